import { regionAt } from '../../../parse/quotes';
import { tokenIndexAtOrAfter, tokensWithin } from '../../../parse/tokens';
import type { ParsedDocument, Sentence, Token } from '../../../parse/types';
import type { Span } from '../../../types';
import { cueKey, type CueHit } from '../cueHits';
import { lastFound } from '../recent';
import type { SourcingResources } from '../resources';
import {
  record,
  reject,
  type Candidate,
  type Proposal,
  type SourcingPass,
  type SourcingState,
} from '../state';
import {
  headOf,
  isReducedRelative,
  nounPhraseAfter,
  nounPhraseEnd,
  nounPhraseStart,
  withModifiers,
} from '../syntax/nounPhrases';
import { contentBeforeCue, firstTokenAfter, tokenSpan, trimPunctuation } from '../syntax/spans';
import { skipBack, subjectBefore } from '../syntax/subjects';
import { isGerund, isInsideHyphenatedWord, isPastParticiple } from '../syntax/tokenShape';
import { BE_FORMS, POSSESSIVE_CLITICS } from '../../../lexicons/english';

/**
 * Reported speech: every cue the direct quotes left, in text order, with the subject before it as
 * source (`X said that …`), or the noun phrase after it (`…, said a top official`), or the subject of
 * the clause it hangs from (`…, saying`, `wants to say`). A cue that reports nothing here is noted
 * with the reason, for `explain`.
 */
export const reportedSpeech: SourcingPass = {
  name: 'reportedSpeech',
  run(state) {
    state.cues.forEach((cue, index) => {
      if (state.usedCues.has(index)) return;
      const found = reportCue(state, cue);
      if (typeof found === 'string') reject(state, cue, found);
      else record(state, reportedSpeech.name, found);
    });
  },
};

/** What stands right before a cue: the token, a comma inside a closing quote, and the clause kind. */
function cueContext(doc: ParsedDocument, cue: CueHit) {
  const sentence = doc.tokens[cue.first].sentence;
  const previous = doc.tokens[skipBack(doc, cue.first) - 1];
  // `Humphrey, who calls Trump a “sociopath,” said`, `blamed a “bad earpiece,” claiming`: the comma stands inside the closing quote mark.
  const closer =
    previous !== undefined &&
    CLOSING_QUOTES.has(previous.text) &&
    doc.tokens[previous.index - 1]?.text === ','
      ? doc.tokens[previous.index - 1]
      : previous;
  // `…, saying`, `– saying`, `by saying`, `after initially saying`: the participle's subject is the main clause's.
  const participle =
    isGerund(doc.tokens[cue.first]) &&
    closer !== undefined &&
    closer.sentence === sentence &&
    PARTICIPLE_INTRODUCERS.has(closer.lower);
  const coordinated = previous !== undefined && previous.pos === 'CCONJ' && previous.sentence === sentence;
  return { previous, closer, participle, coordinated };
}

/**
 * The source before a cue that opens a quotation (`X said: “…”`), found as for reported speech: the
 * main clause's subject for a participle or a second verb (`…, saying: “…”`, `shared photos and
 * said: “…”`), else the subject before the cue, else the subject before an aside
 * (`X, a diplomat of …, said: “…”`). Null when there is none.
 */
export function sourceBeforeQuoteCue(state: SourcingState, cue: CueHit): Span | null {
  const { doc, res } = state;
  const sentence = doc.sentences[doc.tokens[cue.first].sentence];
  const { closer, participle, coordinated } = cueContext(doc, cue);
  if (participle || coordinated) return mainClauseSubject(doc, res, sentence, cue, state.found);
  const subject = subjectBefore(doc, cue.first, res.documentHeads);
  if (subject || !closer || closer.sentence !== sentence.index || !PARENTHESIS_CLOSERS.has(closer.text))
    return subject;
  return subjectBeforeParenthetical(doc, sentence, closer.index);
}

/** The attribution `cue` gives, or the name of the rule that says it gives none. */
function reportCue(state: SourcingState, cue: CueHit): Proposal | string {
  const { doc, res } = state;
  const earlier = state.found;
  const sentence = doc.sentences[doc.tokens[cue.first].sentence];
  if (insideEarlierSource(cue, state)) return 'insideEarlierSource';
  if (cue.kind === 'source-first') return accordingTo(doc, cue, sentence) ?? 'noSourceAfterCue';

  const infinitive = doc.tokens[cue.first - 1]?.lower === 'to';
  // `continued` reports only beside a quote (attached above) or with `that` / a colon right after it.
  if (res.quoteOnlyCues.has(cueKey(cue)) && !['that', ':'].includes(doc.tokens[cue.end]?.lower ?? ''))
    return 'quoteOnlyCueAwayFromQuote';
  const key = cueKey(cue);
  // `56 percent support the ban` is a poll's finding; `the party backed her bid` is an act.
  const reportsWhatFollows = () =>
    res.clauseCues.has(key) && (reportsClause(doc, res, cue, sentence) || hasDocumentSubject(doc, res, cue));
  if (res.stanceCues.has(key) && !heldByShareOfPeople(doc, res, cue) && !reportsWhatFollows())
    return 'stanceNotHeldByShare';
  if (!res.stanceCues.has(key) && res.clauseCues.has(key) && !reportsWhatFollows())
    return 'clauseCueWithoutClause';
  if (
    res.viewCues.has(cueKey(cue)) &&
    doc.tokens[cue.end]?.lower !== 'that' &&
    !objectAs(doc, cue.end, sentence)
  )
    return 'viewCueWithoutAsOrThat';
  const { previous, closer, participle, coordinated } = cueContext(doc, cue);
  let source = infinitive
    ? infinitiveSubject(doc, state, sentence, cue)
    : participle || coordinated
      ? mainClauseSubject(doc, res, sentence, cue, earlier)
      : subjectBefore(doc, cue.first, res.documentHeads);
  if (infinitive && !source) return 'infinitiveWithoutSubject';
  let content: Span | null;
  if (source) content = contentAfter(doc, cue, sentence);
  else if (
    closer &&
    PARENTHESIS_CLOSERS.has(closer.text) &&
    (source = subjectBeforeParenthetical(doc, sentence, closer.index))
  ) {
    content = contentAfter(doc, cue, sentence);
  } else if (previous?.text === ',') {
    // `…, said a top official`: the cue follows the content, the source follows the cue.
    source = nounPhraseAfter(doc, cue.end);
    content = contentBeforeCue(doc, sentence, cue.first);
  } else return 'noSource';
  if (!source) return 'noSource';
  // `issued a statement saying …` names a document that speaks; `held a rally called …` names a thing.
  if (
    source.end <= cue.span.start &&
    isReducedRelative(doc, source, sentence, cue.first) &&
    !isDocument(doc, res, source)
  )
    return 'reducedRelative';
  if (isTailReport(doc, cue, sentence) || isAsFrameAtEnd(doc, cue, sentence, source)) {
    // `…, as Clyburn noted.`: the `as` belongs to the frame, not to what was said.
    const sourceFirst = firstTokenOf(doc, source);
    content = contentBeforeCue(
      doc,
      sentence,
      doc.tokens[sourceFirst - 1]?.lower === 'as' ? sourceFirst - 1 : sourceFirst,
    );
  }
  return { cue, source, content, mode: 'indirect' };
}

function isDocument(doc: ParsedDocument, res: SourcingResources, phrase: Span): boolean {
  const head = headOf(tokensWithin(doc, phrase.start, phrase.end).filter((token) => token.isWord));
  return head !== undefined && res.documentHeads.has(head.lower);
}

/** `the survey shows a close race`, `FEC records show…`: a document or a body of evidence reports whatever its object is. */
function hasDocumentSubject(doc: ParsedDocument, res: SourcingResources, cue: CueHit): boolean {
  const subject = subjectBefore(doc, cue.first, res.documentHeads);
  return subject !== null && isDocument(doc, res, subject);
}

/** Words that make a subject a share of people (`56 percent`, `a majority of voters`, `three in 10`, `those surveyed`). */
const SHARE_OF_PEOPLE =
  /^(percent|%|half|third|thirds|quarter|quarters|majority|majorities|minority|plurality|most|those|surveyed|polled|respondents)$/u;

/** `six in 10 support`, `two of three back`, not `one that favors` nor `36 percent support.` (a noun). */
function heldByShareOfPeople(doc: ParsedDocument, res: SourcingResources, cue: CueHit): boolean {
  if (doc.tokens[cue.end]?.pos === 'PUNCT') return false;
  const subject = subjectBefore(doc, cue.first, res.documentHeads);
  if (!subject) return false;
  // `the 1 percent who preferred him`, `those who support`: the relative pronoun's noun holds the stance.
  let first = tokenIndexAtOrAfter(doc, subject.start);
  if (/^(who|that)$/u.test(doc.tokens[first].lower))
    first = nounPhraseStart(doc, first, doc.tokens[first].sentence);
  return doc.tokens
    .slice(first, tokenIndexAtOrAfter(doc, subject.end))
    .some(
      (token) =>
        SHARE_OF_PEOPLE.test(token.lower) ||
        (token.pos === 'NUM' && /^(in|of|out)$/u.test(doc.tokens[token.index + 1]?.lower ?? '')),
    );
}

const PARENTHESIS_CLOSERS = new Set([',', '—', '–', '--', '-']);
/** A pair of dashes sets off an aside whatever it holds (`insiders in two states — Nevada and South Carolina — said`). */
const DASHES = new Set(['—', '–', '--', '-']);
const CLOSING_QUOTES = new Set(['”', '"', "''"]);
const PARTICIPLE_INTRODUCERS = new Set([
  ',',
  '—',
  '–',
  'by',
  'after',
  'while',
  'before',
  'when',
  'since',
  'without',
  'upon',
  'in',
]);
const PARENTHETICAL_OPENERS = new Set([
  'who',
  'which',
  'whose',
  'a',
  'an',
  'the',
  'its',
  'his',
  'her',
  'their',
  'in',
  'on',
  'at',
  'during',
  'after',
  'via',
  'through',
  'speaking',
  'however',
  'meanwhile',
  'too',
  'also',
]);

/**
 * `A police officer, who spoke on condition of anonymity, said …` / `Jaiswal, the MEA spokesperson, said …` /
 * `Jason Sims — a teacher from Mount Pleasant — says …`: the subject is the noun phrase before the
 * parenthetical, which opens with a known opener or follows a name.
 */
function subjectBeforeParenthetical(doc: ParsedDocument, sentence: Sentence, closing: number): Span | null {
  const mark = doc.tokens[closing].text;
  if (mark === '-' && !isSpaced(doc, closing)) return null;
  for (let t = closing - 1; t > sentence.firstToken; t--) {
    // A hyphen sets off an aside only with spaces around it (`Jason Sims - a teacher - says`), not inside a word.
    if (doc.tokens[t].text !== mark || (mark === '-' && !isSpaced(doc, t))) continue;
    // `Sanders, meanwhile, who …, said`: an adverb set off by commas sits between the subject and its aside.
    let open = t;
    if (doc.tokens[t - 1].pos === 'ADV' && doc.tokens[t - 2]?.text === mark && t - 2 > sentence.firstToken)
      open = t - 2;
    const afterName = doc.tokens[open - 1].pos === 'PROPN';
    const appositiveName = isNameAside(doc, t + 1, closing); // `A Twitter spokesman, Christopher Abboud, said`
    // `A Fox News poll, conducted jointly with two firms, shows`: a participle phrase is an aside too.
    const participleAside = mark === ',' && isPastParticiple(doc.tokens[t + 1]);
    if (
      !afterName &&
      !appositiveName &&
      !participleAside &&
      !DASHES.has(mark) &&
      !PARENTHETICAL_OPENERS.has(doc.tokens[t + 1]?.lower ?? '')
    )
      return null;
    // `The Valley Front (VLF), a proxy of …, claimed`: the name's bracketed acronym stays with it.
    const phraseEnd = bracketedAcronymBefore(doc, open) ?? open;
    const start = withModifiers(doc, nounPhraseStart(doc, phraseEnd, sentence.index), sentence.index);
    if (start >= phraseEnd) return null;
    return tokenSpan(doc, start, appositiveName ? closing : open);
  }
  return null;
}

/** `… Front (VLF)` before token `t`: the index of `(`, when a capitalised word precedes it; else null. */
function bracketedAcronymBefore(doc: ParsedDocument, t: number): number | null {
  const [open, acronym, close] = [t - 3, t - 2, t - 1].map((i) => doc.tokens[i]);
  if (open?.text !== '(' || close?.text !== ')' || !acronym || !/^\p{Lu}[\p{Lu}&.-]+$/u.test(acronym.text))
    return null;
  return /^\p{Lu}/u.test(doc.tokens[t - 4]?.text ?? '') ? t - 3 : null;
}

function isSpaced(doc: ParsedDocument, t: number): boolean {
  return doc.tokens[t - 1]?.end !== doc.tokens[t].start && doc.tokens[t + 1]?.start !== doc.tokens[t].end;
}

/** Tokens `[first, end)` form a name: capitalised words, initials and `Jr.` (`Anna Richardson White`, `James B. Comey`). */
function isNameAside(doc: ParsedDocument, first: number, end: number): boolean {
  if (end - first < 1 || end - first > MAX_NAME_ASIDE_TOKENS) return false;
  for (let t = first; t < end; t++) {
    const token = doc.tokens[t];
    // `Maj. Gen. Asif Lone`: wink can split a rank's full stop from it.
    if (token.text === '.' && t > first && doc.tokens[t - 1].end === token.start) continue;
    if (token.pos !== 'PROPN' || !/^\p{Lu}/u.test(token.text)) return false;
  }
  return true;
}

/** A name with its rank (`Maj . Gen. Asif Ghafoor Khan`) fits in this many tokens. */
const MAX_NAME_ASIDE_TOKENS = 7;

const CLAUSE_OPENERS = new Set([
  'that',
  ':',
  '"',
  '“',
  'how',
  'why',
  'whether',
  'what',
  'when',
  'where',
  'who',
  'if',
]);

/**
 * `noted that …`, `highlighted how …`, `…, he noted.` — but not `highlighted the plight of …`.
 * Also a clause without `that` (`believes the talks will fail`), an infinitive (`wants to contest`,
 * `declined to comment`) and an object with an infinitive (`expects Delhi to respond`).
 */
function reportsClause(
  doc: ParsedDocument,
  res: SourcingResources,
  cue: CueHit,
  sentence: Sentence,
): boolean {
  const next = doc.tokens[cue.end];
  if (next && next.sentence === sentence.index && CLAUSE_OPENERS.has(next.lower)) return true;
  // `noted in a guest column in Saturday’s Times that …`: a short adverbial before the `that`.
  const afterAdverbial = afterLeadingAdverbial(doc, cue.end, sentence);
  if (afterAdverbial > cue.end && doc.tokens[afterAdverbial].lower === 'that') return true;
  // `recalled sitting in on focus groups`, `denied having met him`: a gerund clause.
  if (
    next &&
    next.sentence === sentence.index &&
    next.pos === 'VERB' &&
    isGerund(next) &&
    !res.verbFormSet.has(next.lower)
  )
    return true;
  if (
    next &&
    next.sentence === sentence.index &&
    (isInfinitiveAt(doc, cue.end) ||
      clauseWithoutThat(doc, cue.end, sentence) ||
      smallClause(doc, cue.end, sentence))
  )
    return true;
  if (/^call/u.test(doc.tokens[cue.first].lower) && namesFrontedWhat(doc, res, cue)) return true;
  // `Loyalty, he noted, has long been …`: a parenthetical cue reports the sentence around it.
  if (
    next?.text === ',' &&
    doc.tokens[skipBack(doc, cue.first) - 1]?.pos !== 'PUNCT' &&
    tokenBeforeSubject(doc, res, cue, sentence)?.text === ','
  )
    return true;
  // `As Clyburn noted, those voters will …`, `…, as the Times observed.`: `as` + subject + cue frames the clause.
  if (
    (next?.text === ',' || next?.text === '.' || next?.text === '—' || endsInComma(doc, cue.end, sentence)) &&
    tokenBeforeSubject(doc, res, cue, sentence)?.lower === 'as'
  )
    return true;
  const rest = sentence.endToken - cue.end;
  const commaBefore = doc.tokens.slice(sentence.firstToken, cue.first).some((token) => token.text === ',');
  return (
    commaBefore &&
    rest <= 6 &&
    doc.tokens.slice(cue.end, sentence.endToken).every((token) => token.pos !== 'VERB')
  );
}

/** `noted in an op-ed Thursday,`: a prepositional phrase without a verb, then a comma. */
function endsInComma(doc: ParsedDocument, first: number, sentence: Sentence): boolean {
  if (doc.tokens[first]?.pos !== 'ADP') return false;
  for (let t = first + 1; t < sentence.endToken && t <= first + MAX_ADVERBIAL_AFTER_CUE; t++) {
    const token = doc.tokens[t];
    if (token.text === ',') return true;
    if (isInsideHyphenatedWord(doc, t)) continue;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') return false;
  }
  return false;
}

/** The token right before the cue's subject, when it stands in the same sentence (`As X noted`, `, X said,`). */
function tokenBeforeSubject(
  doc: ParsedDocument,
  res: SourcingResources,
  cue: CueHit,
  sentence: Sentence,
): Token | undefined {
  const subject = subjectBefore(doc, cue.first, res.documentHeads);
  if (!subject) return undefined;
  const before = doc.tokens[tokenIndexAtOrAfter(doc, subject.start) - 1];
  return before !== undefined && before.sentence === sentence.index ? before : undefined;
}

/** `to` + verb: an infinitive complement. */
function isInfinitiveAt(doc: ParsedDocument, t: number): boolean {
  return (
    doc.tokens[t]?.lower === 'to' &&
    (doc.tokens[t + 1]?.pos === 'VERB' ||
      doc.tokens[t + 1]?.pos === 'AUX' ||
      doc.tokens[t + 2]?.pos === 'VERB')
  );
}

/** Prepositions that attach a phrase to the noun before them (not subordinators such as `as`, `after`). */
const NOUN_PREPOSITIONS = new Set([
  'on',
  'about',
  'over',
  'with',
  'against',
  'in',
  'at',
  'from',
  'for',
  'of',
  'to',
  'by',
  'under',
  'among',
  'between',
  'toward',
  'towards',
  'within',
]);

const EVIDENCE_VERB = /^(show|shows|showed|shown|showing|find|finds|found|finding)$/u;

/** A subject noun phrase followed by a verb (`the talks will fail`) or by an infinitive (`Delhi to respond`). */
function clauseWithoutThat(doc: ParsedDocument, first: number, sentence: Sentence): boolean {
  let subjectEnd = nounPhraseEnd(doc, first, sentence.endToken);
  // `the progress on climate change is real`: prepositional phrases inside the clause's subject.
  for (
    let hops = 0;
    hops < 2 &&
    subjectEnd > first &&
    NOUN_PREPOSITIONS.has(doc.tokens[subjectEnd]?.lower ?? '') &&
    subjectEnd + 1 < sentence.endToken;
    hops++
  ) {
    const end = nounPhraseEnd(doc, subjectEnd + 1, sentence.endToken);
    if (end === subjectEnd + 1) break;
    subjectEnd = end;
  }
  if (subjectEnd === first || subjectEnd >= sentence.endToken) return false;
  // `Shapiro’s argument inadvertently reveals …`: adverbs may stand between the clause's subject and its verb.
  let verb = subjectEnd;
  while (verb + 1 < sentence.endToken && doc.tokens[verb].pos === 'ADV') verb++;
  const after = doc.tokens[verb];
  if (after.pos === 'AUX' || (after.pos === 'VERB' && !isGerund(after))) return true;
  // `shows Clinton leading`, `found voters warming to him`: evidence verbs take a participle clause.
  if ((after.pos === 'VERB' || isGerund(after)) && EVIDENCE_VERB.test(doc.tokens[first - 1].lower))
    return true;
  // `expects Delhi to respond`, not `highlights the party's determination to keep…` (a noun's complement).
  const objectHead = doc.tokens[subjectEnd - 1];
  return (objectHead.pos === 'PROPN' || objectHead.pos === 'PRON') && isInfinitiveAt(doc, subjectEnd);
}

/**
 * `called the plan “a sham”`, `called him a liar`, `calls Clinton unqualified`, `called Ford’s plans
 * to open a plant in Mexico “an absolute disgrace”`: an object and what it is called.
 */
function smallClause(doc: ParsedDocument, first: number, sentence: Sentence): boolean {
  const object = doc.tokens[first];
  let objectEnd = first;
  if (object.pos === 'PRON') objectEnd = first + 1;
  else if (object.pos === 'PROPN')
    while (
      objectEnd < sentence.endToken &&
      (doc.tokens[objectEnd].pos === 'PROPN' || POSSESSIVE_CLITICS.has(doc.tokens[objectEnd].lower))
    )
      objectEnd++;
  else objectEnd = nounPhraseEnd(doc, first, sentence.endToken);
  if (objectEnd === first || objectEnd >= sentence.endToken) return false;
  const after = doc.tokens[objectEnd];
  if (QUOTE_MARKS.has(after.text)) return true;
  if ((object.pos === 'PRON' || object.pos === 'PROPN') && ['DET', 'ADJ'].includes(after.pos)) return true;
  // The name given comes in quotation marks a little later in the sentence.
  const limit = Math.min(sentence.endToken, objectEnd + MAX_TOKENS_TO_QUOTED_NAME);
  for (let t = objectEnd; t < limit; t++)
    if (QUOTE_MARKS.has(doc.tokens[t].text) && regionAt(doc.quotes, doc.tokens[t].start) >= 0) return true;
  return false;
}

const MAX_VIEWED_OBJECT = 8;

/** `see the campaign as unfair`, `views Mr. Netanyahu as captured by …`: an object, then `as`. */
function objectAs(doc: ParsedDocument, first: number, sentence: Sentence): boolean {
  const objectEnd = nounPhraseEnd(doc, first, sentence.endToken);
  // `has seen candidates such as Bush stumble` lists examples.
  return (
    objectEnd > first &&
    objectEnd - first <= MAX_VIEWED_OBJECT &&
    doc.tokens[objectEnd]?.lower === 'as' &&
    doc.tokens[objectEnd - 1].lower !== 'such'
  );
}

const QUOTE_MARKS = new Set(['“', '"', '‘']);
const MAX_TOKENS_TO_QUOTED_NAME = 15;

/** `what he calls corruption`, `what officials called a hate crime`: the name is given to `what`. */
function namesFrontedWhat(doc: ParsedDocument, res: SourcingResources, cue: CueHit): boolean {
  const subject = subjectBefore(doc, cue.first, res.documentHeads);
  if (!subject) return false;
  const first = tokenIndexAtOrAfter(doc, subject.start);
  return doc.tokens[first].lower === 'what' || doc.tokens[first - 1]?.lower === 'what';
}

/** The cue's words already serve as (part of) an earlier attribution's source. */
function insideEarlierSource(cue: CueHit, state: SourcingState): boolean {
  for (let t = cue.first; t < cue.end; t++) if (!state.sourceTokens.has(t)) return false;
  return true;
}

/** `X said.` at the end of a sentence: what was said comes before X. */
function isTailReport(doc: ParsedDocument, cue: CueHit, sentence: Sentence): boolean {
  let t = cue.end;
  const object = nounPhraseEnd(doc, t, sentence.endToken);
  if (object > t && doc.tokens[cue.first].lower.startsWith('told')) t = object;
  const rest = doc.tokens.slice(t, sentence.endToken);
  const subjectStart = doc.tokens[cue.first - 1];
  return (
    rest.every((token) => token.pos === 'PUNCT') &&
    subjectStart !== undefined &&
    doc.tokens.slice(sentence.firstToken, cue.first).some((token) => token.text === ',')
  );
}

/** `… as toxic as most insiders believe.`: an `as` frame that ends the sentence reports what comes before it. */
function isAsFrameAtEnd(doc: ParsedDocument, cue: CueHit, sentence: Sentence, source: Span): boolean {
  if (doc.tokens[firstTokenOf(doc, source) - 1]?.lower !== 'as') return false;
  return doc.tokens.slice(cue.end, sentence.endToken).every((token) => token.pos === 'PUNCT');
}

function firstTokenOf(doc: ParsedDocument, source: Span): number {
  return tokenIndexAtOrAfter(doc, source.start);
}

/** `according to X, …` / `…, according to X`: the source follows the cue. */
function accordingTo(doc: ParsedDocument, cue: CueHit, sentence: Sentence): Proposal | null {
  const source = nounPhraseAfter(doc, cue.end) ?? misTaggedNounAfter(doc, cue.end);
  if (!source) return null;
  const sourceEnd = firstTokenAfter(doc, source.end);
  const atStart = doc.tokens.slice(sentence.firstToken, cue.first).every((token) => token.pos === 'PUNCT');
  let content: Span | null;
  if (atStart) {
    let t = sourceEnd;
    while (t < sentence.endToken && doc.tokens[t].text !== ',') t++;
    content = tokenSpan(
      doc,
      Math.min(t + 1, sentence.endToken),
      trimPunctuation(doc, sentence.firstToken, sentence.endToken),
    );
  } else content = contentBeforeCue(doc, sentence, cue.first);
  return { cue, source, content, mode: 'indirect' };
}

/** `according to polls at the time`, `according to company leaders`: wink can tag a noun after `to` as a verb. */
function misTaggedNounAfter(doc: ParsedDocument, first: number): Span | null {
  const token = doc.tokens[first];
  if (!token || token.pos !== 'VERB' || /(ing|ed)$/u.test(token.lower)) return null;
  const sentence = doc.sentences[token.sentence];
  return tokenSpan(doc, first, Math.max(first + 1, nounPhraseEnd(doc, first + 1, sentence.endToken)));
}

const MAX_TOKENS_TO_GOVERNING_VERB = 8;

/**
 * `went on Twitter to applaud the announcement`, `The panel is right to note that …`: the subject of
 * the verb the infinitive depends on. Nothing when that verb reports itself (`wants to say` is one
 * attribution, of `wants`), nor for an infinitive without a finite verb before it (`worth to mention`).
 */
function infinitiveSubject(
  doc: ParsedDocument,
  state: SourcingState,
  sentence: Sentence,
  cue: CueHit,
): Span | null {
  // `would have to tell`, `need to show up`, `were to decide`: an obligation or a plan, nothing said yet;
  // `the second country to recognize`, `the first candidate to weigh in`: a rank, not a report.
  const beforeTo = doc.tokens[cue.first - 2];
  if (!beforeTo || NOT_YET_SAID.test(beforeTo.lower) || BE_FORMS.has(beforeTo.lower)) return null;
  if (beforeTo.pos === 'NOUN' && RANKS.test(doc.tokens[cue.first - 3]?.lower ?? '')) return null;
  for (
    let t = cue.first - 2;
    t >= sentence.firstToken && t >= cue.first - 1 - MAX_TOKENS_TO_GOVERNING_VERB;
    t--
  ) {
    const token = doc.tokens[t];
    if (token.pos === 'PUNCT' || token.lower === 'to') return null;
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue;
    if (state.cueTokens.has(t)) return null;
    const subject = subjectBefore(doc, t, state.res.documentHeads);
    // `It is too soon to say`, `it's safe to say`: a dummy subject speaks for nobody.
    return subject && DUMMY_SUBJECTS.test(subject.text) ? null : subject;
  }
  return null;
}

const NOT_YET_SAID = /^(have|has|had|having|need|needs|needed|going|ought|able)$/u;
const RANKS = /^(first|second|third|fourth|fifth|last|latest|only|next)$/u;
const DUMMY_SUBJECTS = /^(it|there|this|that)$/iu;

/** For `…, asserting that …`: the subject of the sentence's main clause, or the sentence's last source. */
function mainClauseSubject(
  doc: ParsedDocument,
  res: SourcingResources,
  sentence: Sentence,
  cue: CueHit,
  earlier: Candidate[],
): Span | null {
  const previous = lastFound(
    earlier,
    earlier.length,
    (found) =>
      found.source !== null && found.cue.span.start >= sentence.start && found.cue.span.end <= cue.span.start,
  );
  if (previous?.source) return previous.source;
  // `House Democrats, looking for a way…, seized the floor and said …`: the sentence opens with its subject.
  // `In a post at 9 am, Lone shared … and said`: a leading adverbial up to its comma is no subject.
  const opening = afterLeadingPhrase(doc, sentence, cue.first);
  const openingEnd = nounPhraseEnd(doc, opening, cue.first);
  const afterOpening = doc.tokens[openingEnd];
  const aside = doc.tokens[openingEnd + 1]?.lower ?? '';
  // `Mr. Trump, in an interview on Friday, barely dwelled on …, saying`
  // Not an article (`Meeting in Islamabad, the two leaders reviewed …, pledging`: the opening phrase is no subject).
  const parenthetical =
    afterOpening?.text === ',' &&
    /^(who|which|after|before|while|when|since|by|upon|without|in|on|at|during|via|through|however|meanwhile|too|also)$|ing$|ed$/u.test(
      aside,
    );
  // `Nepal’s army media wing, NAMW, put …, adding`: a name set off by commas names the subject.
  const nameEnd = afterOpening?.text === ',' ? nameAsideEnd(doc, openingEnd + 1, cue.first) : -1;
  if (nameEnd > 0 && ['VERB', 'AUX'].includes(doc.tokens[nameEnd + 1]?.pos ?? ''))
    return tokenSpan(doc, opening, nameEnd);
  if (
    openingEnd > opening &&
    afterOpening &&
    (parenthetical || afterOpening.pos === 'VERB' || afterOpening.pos === 'AUX')
  ) {
    return tokenSpan(doc, opening, openingEnd);
  }
  for (let t = sentence.firstToken; t < cue.first; t++) {
    const token = doc.tokens[t];
    if (token.pos === 'VERB' || token.pos === 'AUX') {
      const subject = subjectBefore(doc, t, res.documentHeads);
      if (subject) return subject;
    }
  }
  return null;
}

/** `, NAMW,` / `, Maj. Gen. Asif Lone,`: the index of the comma closing a name that starts at `first`, else -1. */
function nameAsideEnd(doc: ParsedDocument, first: number, limit: number): number {
  for (let t = first; t < limit && t <= first + MAX_NAME_ASIDE_TOKENS; t++) {
    if (doc.tokens[t].text === ',') return isNameAside(doc, first, t) ? t : -1;
  }
  return -1;
}

/** The first token after a sentence-opening prepositional or subordinate phrase and its comma, else the first. */
function afterLeadingPhrase(doc: ParsedDocument, sentence: Sentence, limit: number): number {
  const first = doc.tokens[sentence.firstToken];
  if (first.pos !== 'ADP' && first.pos !== 'SCONJ') return sentence.firstToken;
  for (let t = sentence.firstToken + 1; t < limit; t++) if (doc.tokens[t].text === ',') return t + 1;
  return sentence.firstToken;
}

function contentAfter(doc: ParsedDocument, cue: CueHit, sentence: Sentence): Span | null {
  let first = cue.end;
  // `told the newspaper that …`: skip the hearer, unless the cue phrase holds it already (`told reporters`).
  if (doc.tokens[cue.first].lower.startsWith('tol') && cue.end - cue.first === 1)
    first = nounPhraseEnd(doc, first, sentence.endToken);
  first = afterLeadingAdverbial(doc, first, sentence);
  // `as the tabloid noted in an op-ed Thursday, the candidate …`: the adverbial and its comma are not what was said.
  if (endsInComma(doc, first, sentence)) while (doc.tokens[first].text !== ',') first++;
  while (
    first < sentence.endToken &&
    (doc.tokens[first].lower === 'that' || doc.tokens[first].pos === 'PUNCT')
  )
    first++;
  return tokenSpan(doc, first, trimPunctuation(doc, first, sentence.endToken));
}

/**
 * Tokens of an adverbial between an active cue and its `that` or comma (`noted in a guest column in
 * Saturday’s Times that`). A passive allows fewer (`MAX_ADVERBIAL_AFTER_PASSIVE`, unstatedSources.ts):
 * the two limits measure the same thing and were set apart, each against its own rule's errors.
 */
const MAX_ADVERBIAL_AFTER_CUE = 12;

/** `said on Saturday that …`, `said after a lunch on Tuesday that …`: what was said starts after `that`. */
function afterLeadingAdverbial(doc: ParsedDocument, first: number, sentence: Sentence): number {
  if (doc.tokens[first]?.pos !== 'ADP' && doc.tokens[first]?.pos !== 'ADV') return first;
  for (let t = first + 1; t < sentence.endToken && t <= first + MAX_ADVERBIAL_AFTER_CUE; t++) {
    const token = doc.tokens[t];
    // wink tags some of these `that`s DET: a clause subject, not a verb, must follow.
    if (
      token.lower === 'that' &&
      (token.pos === 'SCONJ' || !['VERB', 'AUX', 'PUNCT'].includes(doc.tokens[t + 1]?.pos ?? 'PUNCT'))
    )
      return t;
    if (isInsideHyphenatedWord(doc, t)) continue; // `in an op-ed Thursday`
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT' || token.pos === 'PRON')
      return first;
  }
  return first;
}
