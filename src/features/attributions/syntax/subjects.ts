import type { ParsedDocument } from '../../../parse/types';
import type { Span } from '../../../types';
import { headOf, NP_INNER, NP_POS, nounPhraseStart, withModifiers } from './nounPhrases';
import { tokenSpan } from './spans';
import { isCapitalized, isGerund, isNamePart, isPastParticiple } from './tokenShape';
import { DATE_WORD, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, SUBORDINATORS } from '../../../lexicons/english';
import { syntaxWords } from './words';

/** Subjects: the noun phrase before a cue that says it, past auxiliaries, asides and time phrases. */

export const SKIPPABLE_BEFORE_CUE = new Set(['AUX', 'ADV', 'PART']);

/** Back from a cue over auxiliaries, adverbs, a time phrase (`India on Tuesday rejected`) and a bracket (`Wicker (R-Miss.) said`). */
export function skipBack(doc: ParsedDocument, t: number): number {
  const sentence = doc.tokens[t].sentence;
  const inSentence = (i: number) => i >= 0 && doc.tokens[i].sentence === sentence;
  let end = t;
  for (;;) {
    if (inSentence(end - 1) && SKIPPABLE_BEFORE_CUE.has(doc.tokens[end - 1].pos)) {
      end--;
      continue;
    }
    if (
      inSentence(end - 2) &&
      DATE_WORD.test(doc.tokens[end - 1].text) &&
      doc.tokens[end - 2].pos === 'ADP'
    ) {
      end -= 2;
      continue;
    }
    const opening =
      inSentence(end - 1) && doc.tokens[end - 1].text === ')' ? openingBracket(doc, end - 1, sentence) : null;
    if (opening === null) return end;
    end = opening;
  }
}

/** A bracketed aside between a subject and its cue: `(R-Miss.)`, `(a Connecticut Democrat so boyish he …)`. */
const MAX_BRACKET_TOKENS = 20;

/** `Roger Wicker (R-Miss.) said`: the index of the `(` that a `)` closes, within MAX_BRACKET_TOKENS. */
export function openingBracket(doc: ParsedDocument, closing: number, sentence: number): number | null {
  for (let t = closing - 1; t >= Math.max(0, closing - MAX_BRACKET_TOKENS); t--) {
    if (doc.tokens[t].sentence !== sentence) return null;
    if (doc.tokens[t].text === '(') return t;
  }
  return null;
}

/** Participles that, after `those` or a plural noun, name the people a poll asked (`those surveyed said`). */
const POLLED = /^(surveyed|polled|asked|interviewed|questioned|sampled|contacted)$/u;

/** The subject before a cue: the noun phrase right before it, past auxiliaries and adverbs. */
export function subjectBefore(
  doc: ParsedDocument,
  cueFirst: number,
  documentHeads: ReadonlySet<string>,
): Span | null {
  const sentence = doc.tokens[cueFirst].sentence;
  let end = skipBack(doc, cueFirst);
  if (POLLED.test(doc.tokens[end - 1]?.lower ?? '') && doc.tokens[end - 1].sentence === sentence) end--;
  // `a finish that he said defied expectations`: a personal pronoun is the whole subject.
  if (SUBJECT_PRONOUNS.has(doc.tokens[end - 1]?.lower ?? '') && doc.tokens[end - 1].sentence === sentence)
    return tokenSpan(doc, end - 1, end);
  let start = nounPhraseStart(doc, end, sentence);
  if (start === end)
    return (
      misTaggedName(doc, end, cueFirst, sentence) ??
      misTaggedName(doc, end - 1, cueFirst, sentence) ??
      participleOrGerundSubject(doc, end, sentence, documentHeads)
    );
  // `a poll this month found`: a time phrase at the end of the noun phrase is not part of the subject.
  const timeStart = trailingTimeStart(doc, start, end);
  if (timeStart > start) end = timeStart;
  // `an article published Friday found`: the time phrase is not the subject.
  else if (isTimePhrase(doc, start, end)) {
    let beforeTime = start;
    if (doc.tokens[beforeTime - 1]?.pos === 'ADP') beforeTime--;
    if (isPastParticiple(doc.tokens[beforeTime - 1])) beforeTime--;
    // `Feinstein (D-Calif.) last week said`: a bracket or an adverb may stand between the name and the time phrase.
    else if (beforeTime > 0 && doc.tokens[beforeTime - 1].sentence === sentence)
      beforeTime = skipBack(doc, beforeTime);
    const outer =
      beforeTime > 0 && doc.tokens[beforeTime - 1].sentence === sentence
        ? nounPhraseStart(doc, beforeTime, sentence)
        : beforeTime;
    if (outer === beforeTime) return null;
    start = outer;
    end = beforeTime;
  }
  // `…, a claim New Delhi disputed`: a reporting noun before another noun phrase is the object of a reduced relative.
  for (let k = end - 2; k > start; k--) {
    const next = doc.tokens[k + 1];
    if (
      doc.tokens[k].pos === 'NOUN' &&
      syntaxWords().reducedRelativeObjects.has(doc.tokens[k].lower) &&
      (next.pos === 'DET' || (isNamePart(next) && next.pos === 'PROPN'))
    ) {
      start = k + 1;
      break;
    }
  }
  start = coordinatedListStart(doc, start, sentence);
  if (end < cueFirst && POLLED.test(doc.tokens[end].lower)) end++;
  // `the 30 percent who say`: a relative pronoun closes its own clause's subject.
  if (RELATIVE_PRONOUNS.has(doc.tokens[end - 1].lower)) return tokenSpan(doc, start, end);
  start = withModifiers(doc, start, sentence);
  // `A joint communiqué issued after the meeting declared`: skip a participle phrase back to its noun.
  const before = doc.tokens[start - 1];
  // `with 30 percent of voters saying …`: an absolute phrase; its noun phrase is the participle's subject.
  if (before?.lower === 'with' && before.sentence === sentence && isGerund(doc.tokens[cueFirst]))
    return tokenSpan(doc, start, end);
  if (before && before.sentence === sentence && before.pos === 'ADP' && before.lower !== 'of') {
    let t = start - 1;
    while (t > 0 && doc.tokens[t - 1].sentence === sentence && ['ADP', 'ADV'].includes(doc.tokens[t - 1].pos))
      t--;
    const participle = doc.tokens[t - 1];
    // `A joint communiqué issued after the meeting declared`, `Two officials speaking on condition of anonymity said`.
    const presentParticiple = participle !== undefined && participle.pos === 'VERB' && isGerund(participle);
    if (
      participle &&
      participle.sentence === sentence &&
      (isPastParticiple(participle) || presentParticiple)
    ) {
      const outerStart = nounPhraseStart(doc, t - 1, sentence);
      // `The talks stalled after the delegation said`: after a subordinator only a document keeps its participle phrase.
      const outer = tokenSpan(doc, outerStart, t - 1);
      if (
        outer &&
        (!SUBORDINATORS.has(before.lower) ||
          documentHeads.has(headOf(doc.tokens.slice(outerStart, t - 1))?.lower ?? ''))
      )
        return outer;
    }
    if (!SUBORDINATORS.has(before.lower))
      return relativeClauseSubject(doc, end, sentence) ?? nameAfterCommonNoun(doc, start, end);
  }
  return tokenSpan(doc, start, end);
}

/**
 * `Saturday at the party convention Sen. Elizabeth Warren (D-MA) said`: an opening prepositional phrase
 * without its comma runs into the subject; the name after its last common noun is the subject.
 */
function nameAfterCommonNoun(doc: ParsedDocument, start: number, end: number): Span | null {
  let first = end;
  while (first > start && doc.tokens[first - 1].pos === 'PROPN' && isNamePart(doc.tokens[first - 1])) first--;
  const noun = doc.tokens[first - 1];
  // `he was copied on the AP's questions and Gates said`: a clause coordinated after the object.
  const joined = noun.pos === 'CCONJ' && doc.tokens[first - 2]?.pos === 'NOUN';
  return first < end && first > start && ((noun.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text)) || joined)
    ? tokenSpan(doc, first, end)
    : null;
}

/**
 * `The President of AJK, Barrister Sultan Mahmood Chaudhry, and Prime Minister Haq have vowed`: names
 * and titles set off by commas, joined by `, and`, running from the sentence start, are one subject.
 * Only from the sentence start: `He met Khan, and Modi said` joins two clauses.
 */
function coordinatedListStart(doc: ParsedDocument, start: number, sentence: number): number {
  if (doc.tokens[start - 1]?.lower !== 'and' || doc.tokens[start - 2]?.text !== ',') return start;
  let first = doc.sentences[sentence].firstToken;
  while (first < start && doc.tokens[first].pos === 'PUNCT') first++;
  for (let t = first; t < start - 2; t++) {
    const token = doc.tokens[t];
    const fits =
      NP_POS.has(token.pos) ||
      NP_INNER.has(token.lower) ||
      LIST_MARKS.has(token.text) ||
      token.lower === 'and' ||
      isCapitalized(token);
    if (!fits || token.pos === 'VERB' || token.pos === 'AUX') return start;
  }
  return first < start - 2 ? first : start;
}

const LIST_MARKS = new Set([',', '(', ')']);

const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”']);
const MAX_RELATIVE_CLAUSE = 15;

/** `officials who spoke with The Huffington Post said`: a noun, `who`/`that` and a short clause with a verb, then the cue. */
function relativeClauseSubject(doc: ParsedDocument, end: number, sentence: number): Span | null {
  const first = doc.sentences[sentence].firstToken;
  let hasVerb = false;
  for (let t = end - 1; t > first && t >= end - MAX_RELATIVE_CLAUSE; t--) {
    const token = doc.tokens[t];
    if (CLAUSE_BREAKS.has(token.text)) return null;
    if (token.pos === 'VERB' || token.pos === 'AUX') hasVerb = true;
    if (token.lower !== 'who' && token.lower !== 'that') continue;
    const head = doc.tokens[t - 1];
    if (!hasVerb || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return null;
    const start = withModifiers(doc, nounPhraseStart(doc, t, sentence), sentence);
    return start < t ? tokenSpan(doc, start, end) : null;
  }
  return null;
}

/** `Jolly said`: wink tags some surnames as adverbs or adjectives; a capitalised sentence opener right before the cue is a name. */
function misTaggedName(doc: ParsedDocument, end: number, cueFirst: number, sentence: number): Span | null {
  const word = doc.tokens[end];
  // `…, states would become middle men, Jolly said.`: after a comma, when the cue ends the sentence.
  const opensClause =
    end === doc.sentences[sentence].firstToken ||
    (doc.tokens[end - 1]?.text === ',' &&
      doc.tokens[cueFirst + 1]?.text === '.' &&
      doc.tokens[cueFirst + 1].sentence === sentence);
  if (!word || !opensClause || end + 1 !== cueFirst || !isCapitalized(word) || word.pos === 'PRON')
    return null;
  if (
    !['ADV', 'ADJ', 'VERB', 'NOUN', 'PROPN'].includes(word.pos) ||
    syntaxWords().nonNameOpeners.has(word.lower)
  )
    return null;
  return tokenSpan(doc, end, end + 1);
}

/** Where a time phrase closing `[start, end)` begins (`A poll this month`), or `end` if there is none. */
function trailingTimeStart(doc: ParsedDocument, start: number, end: number): number {
  let t = end;
  while (
    t > start &&
    (syntaxWords().timeWords.has(doc.tokens[t - 1].lower) || DATE_WORD.test(doc.tokens[t - 1].text))
  )
    t--;
  return t < end && isTimePhrase(doc, t, end) ? t : end;
}

/**
 * `A poll released on Tuesday showed` (the date already skipped): the noun before a participle;
 * `Exit polling showed`: a document noun wink tagged as a verb.
 */
function participleOrGerundSubject(
  doc: ParsedDocument,
  end: number,
  sentence: number,
  documentHeads: ReadonlySet<string>,
): Span | null {
  const word = doc.tokens[end - 1];
  if (!word || word.sentence !== sentence || word.pos !== 'VERB') return null;
  if (documentHeads.has(word.lower)) return tokenSpan(doc, nounPhraseStart(doc, end - 1, sentence), end);
  if (!isPastParticiple(word)) return null;
  const start = nounPhraseStart(doc, end - 1, sentence);
  return start < end - 1 && documentHeads.has(headOf(doc.tokens.slice(start, end - 1))?.lower ?? '')
    ? tokenSpan(doc, start, end - 1)
    : null;
}

/** `Friday`, `this month`, `last week`, `March 5`: a phrase that only says when — not a surname such as `Day` or `Weeks`. */
function isTimePhrase(doc: ParsedDocument, start: number, end: number): boolean {
  if (
    end - start === 1 &&
    syntaxWords().timeHeads.has(doc.tokens[start].lower) &&
    isCapitalized(doc.tokens[start])
  )
    return false;
  let hasTime = false;
  for (let t = start; t < end; t++) {
    const token = doc.tokens[t];
    if (DATE_WORD.test(token.text) || syntaxWords().timeHeads.has(token.lower)) hasTime = true;
    else if (!syntaxWords().timeWords.has(token.lower) && token.pos !== 'NUM') return false;
  }
  return hasTime;
}

export function trimAuxiliaries(doc: ParsedDocument, first: number, end: number): number {
  while (end > first && SKIPPABLE_BEFORE_CUE.has(doc.tokens[end - 1].pos)) end--;
  return end;
}
