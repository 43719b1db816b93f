import { tokenIndexAtOrAfter } from '../../parse/tokens';
import type { ParsedDocument, Sentence, Token } from '../../parse/types';
import type { Span } from '../../types';

export const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
export const NP_INNER = new Set(['of', 'for', "'s", '’s', '-', '&', '/']);
export const SOURCE_TAIL_PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'for']);
export const SKIPPABLE_BEFORE_CUE = new Set(['AUX', 'ADV', 'PART']);
export const DATE_WORD = /^(mon|tues|wednes|thurs|fri|satur|sun)day$|^(january|february|march|april|may|june|july|august|september|october|november|december)$/i;

export function span(doc: ParsedDocument, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

export function tokenSpan(doc: ParsedDocument, first: number, end: number): Span | null {
  if (end <= first) return null;
  return span(doc, doc.tokens[first].start, doc.tokens[end - 1].end);
}

export function firstTokenAfter(doc: ParsedDocument, offset: number): number {
  return tokenIndexAtOrAfter(doc, offset);
}

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
    if (inSentence(end - 2) && DATE_WORD.test(doc.tokens[end - 1].text) && doc.tokens[end - 2].pos === 'ADP') {
      end -= 2;
      continue;
    }
    const opening = inSentence(end - 1) && doc.tokens[end - 1].text === ')' ? openingBracket(doc, end - 1, sentence) : null;
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

/** `about 40 percent`, `nearly half`: words before a number that belong to its phrase. */
const APPROXIMATORS = new Set(['about', 'around', 'over', 'under', 'nearly', 'almost', 'roughly', 'some', 'only', 'just', 'more', 'fewer', 'less', 'than', 'at', 'least', 'most']);

export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const QUANTIFIERS = new Set(['most', 'many', 'some', 'few', 'several', 'all', 'both']);
const QUANTITY_WORDS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'dozen', 'majority', 'percent']);

/** Words tagged ADP that open a clause: the noun phrase after them is that clause's subject (`after Sanders said`). */
const SUBORDINATORS = new Set(['after', 'although', 'though', 'because', 'since', 'while', 'as', 'before', 'until', 'once', 'if', 'whereas', 'unless', 'when', 'than', 'whether']);
/** Prepositions that modify a subject noun: `a study by Gallup`, `officials in Delhi`, `people with knowledge of`, `sources close to`. */
const SUBJECT_MODIFIER_PREPOSITIONS = new Set(['by', 'in', 'with', 'from', 'at', 'on', 'to', 'among', 'inside', 'within', 'near', 'across']);
/** `sources close to the campaign`, `officials loyal to him`. */
const CLOSE_TO = new Set(['close', 'closest', 'loyal', 'opposed', 'near', 'sympathetic', 'allied', 'linked', 'connected', 'tied', 'friendly', 'hostile']);
/** Pronouns that stand for a whole subject. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** Participles that, after `those` or a plural noun, name the people a poll asked (`those surveyed said`). */
const POLLED = /^(surveyed|polled|asked|interviewed|questioned|sampled|contacted)$/u;

/** The subject before a cue: the noun phrase right before it, past auxiliaries and adverbs. */
export function subjectBefore(doc: ParsedDocument, cueFirst: number, documentHeads: ReadonlySet<string>): Span | null {
  const sentence = doc.tokens[cueFirst].sentence;
  let end = skipBack(doc, cueFirst);
  if (POLLED.test(doc.tokens[end - 1]?.lower ?? '') && doc.tokens[end - 1].sentence === sentence) end--;
  // `a finish that he said defied expectations`: a personal pronoun is the whole subject.
  if (SUBJECT_PRONOUNS.has(doc.tokens[end - 1]?.lower ?? '') && doc.tokens[end - 1].sentence === sentence) return tokenSpan(doc, end - 1, end);
  let start = nounPhraseStart(doc, end, sentence);
  if (start === end) return misTaggedName(doc, end, cueFirst, sentence) ?? misTaggedName(doc, end - 1, cueFirst, sentence) ?? participleOrGerundSubject(doc, end, sentence, documentHeads);
  // `a poll this month found`: a time phrase at the end of the noun phrase is not part of the subject.
  const timeStart = trailingTimeStart(doc, start, end);
  if (timeStart > start) end = timeStart;
  // `an article published Friday found`: the time phrase is not the subject.
  else if (isTimePhrase(doc, start, end)) {
    let beforeTime = start;
    if (doc.tokens[beforeTime - 1]?.pos === 'ADP') beforeTime--;
    if (isPastParticiple(doc.tokens[beforeTime - 1])) beforeTime--;
    // `Feinstein (D-Calif.) last week said`: a bracket or an adverb may stand between the name and the time phrase.
    else if (beforeTime > 0 && doc.tokens[beforeTime - 1].sentence === sentence) beforeTime = skipBack(doc, beforeTime);
    const outer = beforeTime > 0 && doc.tokens[beforeTime - 1].sentence === sentence ? nounPhraseStart(doc, beforeTime, sentence) : beforeTime;
    if (outer === beforeTime) return null;
    start = outer;
    end = beforeTime;
  }
  // `…, a claim New Delhi disputed`: a reporting noun before another noun phrase is the object of a reduced relative.
  for (let k = end - 2; k > start; k--) {
    const next = doc.tokens[k + 1];
    if (doc.tokens[k].pos === 'NOUN' && REDUCED_RELATIVE_OBJECTS.has(doc.tokens[k].lower) && (next.pos === 'DET' || (isNamePart(next) && next.pos === 'PROPN'))) {
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
  if (before?.lower === 'with' && before.sentence === sentence && /ing$/u.test(doc.tokens[cueFirst].lower)) return tokenSpan(doc, start, end);
  if (before && before.sentence === sentence && before.pos === 'ADP' && before.lower !== 'of') {
    let t = start - 1;
    while (t > 0 && doc.tokens[t - 1].sentence === sentence && ['ADP', 'ADV'].includes(doc.tokens[t - 1].pos)) t--;
    const participle = doc.tokens[t - 1];
    // `A joint communiqué issued after the meeting declared`, `Two officials speaking on condition of anonymity said`.
    const presentParticiple = participle !== undefined && participle.pos === 'VERB' && /ing$/u.test(participle.lower);
    if (participle && participle.sentence === sentence && (isPastParticiple(participle) || presentParticiple)) {
      const outerStart = nounPhraseStart(doc, t - 1, sentence);
      // `The talks stalled after the delegation said`: after a subordinator only a document keeps its participle phrase.
      const outer = tokenSpan(doc, outerStart, t - 1);
      if (outer && (!SUBORDINATORS.has(before.lower) || documentHeads.has(headOf(doc.tokens.slice(outerStart, t - 1))?.lower ?? ''))) return outer;
    }
    if (!SUBORDINATORS.has(before.lower)) return relativeClauseSubject(doc, end, sentence) ?? nameAfterCommonNoun(doc, start, end);
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
  return first < end && first > start && ((noun.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text)) || joined) ? tokenSpan(doc, first, end) : null;
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
    const fits = NP_POS.has(token.pos) || NP_INNER.has(token.lower) || LIST_MARKS.has(token.text) || token.lower === 'and' || isCapitalized(token);
    if (!fits || token.pos === 'VERB' || token.pos === 'AUX') return start;
  }
  return first < start - 2 ? first : start;
}

const LIST_MARKS = new Set([',', '(', ')']);

/** Nouns for what was said that a reduced relative reports on (`a claim New Delhi disputed`, `an account the army denied`). */
const REDUCED_RELATIVE_OBJECTS = new Set(['claim', 'claims', 'account', 'accounts', 'assertion', 'assertions', 'allegation', 'allegations', 'charge', 'charges', 'version', 'argument', 'view', 'position', 'statement', 'accusation', 'accusations']);

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

/**
 * `sources close to her campaign`, `People with knowledge of the talks`, `Many in the crowd`,
 * `three in 10`: a noun phrase before a preposition takes the phrase after it as a modifier.
 */
export function withModifiers(doc: ParsedDocument, start: number, sentence: number): number {
  for (let hops = 0; hops < 3; hops++) {
    const preposition = doc.tokens[start - 1];
    const head = doc.tokens[start - 2];
    if (!preposition || !head || head.sentence !== sentence || !SUBJECT_MODIFIER_PREPOSITIONS.has(preposition.lower)) break;
    if (preposition.lower === 'to' && !CLOSE_TO.has(head.lower) && head.pos !== 'NOUN' && head.pos !== 'PROPN') break; // `much to the dismay of`
    if ((!['NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON'].includes(head.pos) && !isNounTaggedVerb(doc, start - 2)) || DATE_WORD.test(head.text)) break;
    const outer = nounPhraseStart(doc, start - 1, sentence);
    if (outer === start - 1) break;
    start = outer;
  }
  return start;
}

/** A word tagged VERB after an article and any adjectives or adverbs is a noun (`an earlier report`, `the most recent polling`). */
export function isNounTaggedVerb(doc: ParsedDocument, t: number): boolean {
  if (doc.tokens[t]?.pos !== 'VERB') return false;
  const sentence = doc.tokens[t].sentence;
  // `The military said`, `the wounded told`: a past form after an adjective used as a noun is a verb.
  if (PAST_FORM.test(doc.tokens[t].lower) && doc.tokens[t - 1]?.pos === 'ADJ' && ARTICLES.has(doc.tokens[t - 2]?.lower ?? '')) return false;
  let before = t - 1;
  while (before >= 0 && doc.tokens[before].sentence === sentence && (doc.tokens[before].pos === 'ADJ' || doc.tokens[before].pos === 'ADV')) before--;
  return before >= 0 && doc.tokens[before].sentence === sentence && ARTICLES.has(doc.tokens[before].lower);
}

const ARTICLES = new Set(['a', 'an', 'the']);
const PAST_FORM = /(ed|^said|^told|^wrote|^thought|^knew|^found|^saw|^felt)$/u;

/** `Jolly said`: wink tags some surnames as adverbs or adjectives; a capitalised sentence opener right before the cue is a name. */
function misTaggedName(doc: ParsedDocument, end: number, cueFirst: number, sentence: number): Span | null {
  const word = doc.tokens[end];
  // `…, states would become middle men, Jolly said.`: after a comma, when the cue ends the sentence.
  const opensClause = end === doc.sentences[sentence].firstToken || (doc.tokens[end - 1]?.text === ',' && doc.tokens[cueFirst + 1]?.text === '.' && doc.tokens[cueFirst + 1].sentence === sentence);
  if (!word || !opensClause || end + 1 !== cueFirst || !isCapitalized(word) || word.pos === 'PRON') return null;
  if (!['ADV', 'ADJ', 'VERB', 'NOUN', 'PROPN'].includes(word.pos) || COMMON_OPENERS.has(word.lower)) return null;
  return tokenSpan(doc, end, end + 1);
}

/** `issued`, `taken`, `shown`: a verb form that can head a participle phrase after a noun. */
export function isPastParticiple(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'VERB' && /(ed|en|wn)$/u.test(token.lower);
}

/** Nouns that say when (`this month`, `Tuesday night`), and the words that may come with them. */
const TIME_HEADS = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'today', 'yesterday', 'tonight', 'day', 'days']);
const TIME_WORDS = new Set([...TIME_HEADS, 'this', 'last', 'next', 'earlier', 'later']);

/** Where a time phrase closing `[start, end)` begins (`A poll this month`), or `end` if there is none. */
function trailingTimeStart(doc: ParsedDocument, start: number, end: number): number {
  let t = end;
  while (t > start && (TIME_WORDS.has(doc.tokens[t - 1].lower) || DATE_WORD.test(doc.tokens[t - 1].text))) t--;
  return t < end && isTimePhrase(doc, t, end) ? t : end;
}

/**
 * `A poll released on Tuesday showed` (the date already skipped): the noun before a participle;
 * `Exit polling showed`: a document noun wink tagged as a verb.
 */
function participleOrGerundSubject(doc: ParsedDocument, end: number, sentence: number, documentHeads: ReadonlySet<string>): Span | null {
  const word = doc.tokens[end - 1];
  if (!word || word.sentence !== sentence || word.pos !== 'VERB') return null;
  if (documentHeads.has(word.lower)) return tokenSpan(doc, nounPhraseStart(doc, end - 1, sentence), end);
  if (!isPastParticiple(word)) return null;
  const start = nounPhraseStart(doc, end - 1, sentence);
  return start < end - 1 && documentHeads.has(headOf(doc.tokens.slice(start, end - 1))?.lower ?? '') ? tokenSpan(doc, start, end - 1) : null;
}

/** `Friday`, `this month`, `last week`, `March 5`: a phrase that only says when — not a surname such as `Day` or `Weeks`. */
function isTimePhrase(doc: ParsedDocument, start: number, end: number): boolean {
  if (end - start === 1 && TIME_HEADS.has(doc.tokens[start].lower) && isCapitalized(doc.tokens[start])) return false;
  let hasTime = false;
  for (let t = start; t < end; t++) {
    const token = doc.tokens[t];
    if (DATE_WORD.test(token.text) || TIME_HEADS.has(token.lower)) hasTime = true;
    else if (!TIME_WORDS.has(token.lower) && token.pos !== 'NUM') return false;
  }
  return hasTime;
}

/** Prepositions that wink tags ADP where they modify a noun like adjectives (`an inside source`, `an outside adviser`). */
const ATTRIBUTIVE_PREPOSITIONS = new Set(['inside', 'outside']);

/** Sentence openers that are never names (`Still said`, `Also says` in headlines). */
const COMMON_OPENERS = new Set(['also', 'still', 'then', 'now', 'later', 'earlier', 'once', 'never', 'just', 'only', 'even', 'again', 'previously', 'recently', 'separately', 'meanwhile', 'finally', 'he', 'she', 'it', 'reportedly', 'publicly', 'privately', 'repeatedly', 'often']);

export function nounPhraseStart(doc: ParsedDocument, end: number, sentence: number): number {
  let start = end;
  while (start > 0) {
    const token = doc.tokens[start - 1];
    if (token.sentence !== sentence) break;
    if (isSpacedHyphen(doc, start - 1)) break; // `Jason Sims - a teacher - says`: a dash, not `R-Miss.`
    const joins =
      NP_INNER.has(token.lower) ||
      (token.lower === 'and' && start - 2 >= 0 && NP_POS.has(doc.tokens[start - 2].pos)) ||
      (token.pos === 'ADP' && isNamePart(doc.tokens[start]) && isNamePart(doc.tokens[start - 2]) && doc.tokens[start - 2].pos !== 'CCONJ') || // `Contact Group on Kashmir`, not `But as Clyburn`
      (token.lower === 'out' && doc.tokens[start]?.lower === 'of') || // `nine out of 10`
      (ATTRIBUTIVE_PREPOSITIONS.has(token.lower) && doc.tokens[start]?.pos === 'NOUN' && ['DET', 'ADJ'].includes(doc.tokens[start - 2]?.pos ?? '')) || // `an inside source`
      (APPROXIMATORS.has(token.lower) && (doc.tokens[start]?.pos === 'NUM' || QUANTITY_WORDS.has(doc.tokens[start]?.lower ?? ''))) || // `About three in 10`, `about half of`
      (QUANTIFIERS.has(token.lower) && ['NOUN', 'PROPN', 'ADJ'].includes(doc.tokens[start]?.pos ?? '')) || // `most D.C. insiders` (wink tags `most` ADV)
      (isNamePart(token) && start - 1 > doc.sentences[sentence].firstToken) || // `Mr. Burke said`: wink tags some names as verbs
      isNounTaggedVerb(doc, start - 1) || // `the most recent polling`, `an earlier report`
      isInsideHyphenatedWord(doc, start - 1) || // `Police in Indian-administered Kashmir`
      (token.pos === 'ADV' && ARTICLES.has(doc.tokens[start - 2]?.lower ?? '') && start < end); // `An earlier report`
    if (!NP_POS.has(token.pos) && !joins && token.text !== '%' && !(token.pos === 'PART' && /s$/u.test(token.lower))) break;
    start--;
  }
  while (start < end && (NP_INNER.has(doc.tokens[start].lower) || doc.tokens[start].lower === 'and')) start++;
  return start;
}

/** A hyphen between two letters with no space, or the word right after one (`op-ed`, `Indian-administered`). */
export function isInsideHyphenatedWord(doc: ParsedDocument, t: number): boolean {
  const token = doc.tokens[t];
  const hyphen = token.text === '-' ? token : doc.tokens[t - 1]?.text === '-' ? doc.tokens[t - 1] : null;
  if (!hyphen) return false;
  const before = doc.tokens[hyphen.index - 1];
  const after = doc.tokens[hyphen.index + 1];
  return before !== undefined && after !== undefined && before.end === hyphen.start && hyphen.end === after.start;
}

/** A hyphen with a space on either side is a dash. */
function isSpacedHyphen(doc: ParsedDocument, t: number): boolean {
  const token = doc.tokens[t];
  return token.text === '-' && (doc.tokens[t - 1]?.end !== token.start || doc.tokens[t + 1]?.start !== token.end);
}

/** `said a top official in the federal government while speaking …` → `a top official in the federal government`. */
export function nounPhraseAfter(doc: ParsedDocument, first: number): Span | null {
  const sentence = doc.tokens[first]?.sentence;
  if (sentence === undefined) return null;
  const end = nounPhraseEnd(doc, first, doc.sentences[sentence].endToken);
  return tokenSpan(doc, first, end);
}

export function nounPhraseEnd(doc: ParsedDocument, first: number, limit: number): number {
  let end = first;
  while (end < limit) {
    const token = doc.tokens[end];
    // `it’s good`: a contracted `is` (tagged AUX) is a verb, not the possessive `’s`.
    if (isSpacedHyphen(doc, end) || token.pos === 'AUX') break;
    const prepositionInPhrase = SOURCE_TAIL_PREPOSITIONS.has(token.lower) && end > first && NP_POS.has(doc.tokens[end + 1]?.pos ?? '');
    if (!NP_POS.has(token.pos) && !NP_INNER.has(token.lower) && !prepositionInPhrase && !isCapitalized(token) && !(token.lower === 'and' && end > first) && !isInsideHyphenatedWord(doc, end)) break;
    if (token.pos === 'PRON' && end > first && token.lower !== 'its' && token.lower !== 'their') break;
    // `told reporters the army fired first`: an article after a noun starts the next noun phrase.
    if (ARTICLES.has(token.lower) && end > first && ['NOUN', 'PROPN'].includes(doc.tokens[end - 1].pos)) break;
    end++;
  }
  while (end > first && (doc.tokens[end - 1].lower === 'and' || SOURCE_TAIL_PREPOSITIONS.has(doc.tokens[end - 1].lower))) end--;
  return end;
}

export function contentBeforeCue(doc: ParsedDocument, sentence: Sentence, end: number): Span | null {
  let first = sentence.firstToken;
  while (first < end && doc.tokens[first].pos === 'PUNCT') first++;
  return tokenSpan(doc, first, trimPunctuation(doc, first, end));
}

export function trimPunctuation(doc: ParsedDocument, first: number, end: number): number {
  while (end > first && doc.tokens[end - 1].pos === 'PUNCT') end--;
  return end;
}

export function trimAuxiliaries(doc: ParsedDocument, first: number, end: number): number {
  while (end > first && SKIPPABLE_BEFORE_CUE.has(doc.tokens[end - 1].pos)) end--;
  return end;
}

/** A capitalised word that can sit inside a name (`Contact Group on Kashmir`), not a date (`India on Tuesday`). */
export function isNamePart(token: Token | undefined): boolean {
  return isCapitalized(token) && !DATE_WORD.test(token!.text);
}

export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && /^\p{Lu}/u.test(token.text);
}

/** The head noun: the last noun or pronoun before any `of`/preposition phrase. */
export function headOf(words: Token[]): Token | undefined {
  let head: Token | undefined;
  let gerund: Token | undefined;
  for (const word of words) {
    // `a new batch of State Department emails`: a partitive hands the head on to the noun after `of`.
    if (word.lower === 'of' && head !== undefined && PARTITIVES.has(head.lower)) {
      head = undefined;
      continue;
    }
    if (SOURCE_TAIL_PREPOSITIONS.has(word.lower)) break;
    if (['NOUN', 'PROPN', 'PRON', 'NUM'].includes(word.pos)) head = word;
    else if (word.pos === 'VERB' && /ing$/u.test(word.lower)) gerund = word;
  }
  // `the most recent polling in Florida`: wink tags some nouns in -ing as verbs.
  return head ?? gerund;
}

const PARTITIVES = new Set(['batch', 'batches', 'series', 'set', 'sets', 'trove', 'troves', 'cache', 'caches', 'pair', 'handful', 'bunch', 'collection', 'stack', 'pile', 'number']);

/**
 * `held a rally called …`, `linked to a group called …`, `issued a report saying …`: an indefinite
 * object noun with a participle names or describes, it does not speak. Only participles can do
 * that: `the organizer of a rally said …` is a finite verb with its subject.
 */
export function isReducedRelative(doc: ParsedDocument, source: Span, sentence: Sentence, cueFirst: number): boolean {
  if (!PARTICIPLE_OF_REDUCED_RELATIVE.test(doc.tokens[cueFirst].lower)) return false;
  const first = tokenIndexAtOrAfter(doc, source.start);
  const end = tokenIndexAtOrAfter(doc, source.end);
  // `members of a group called …`: the indefinite noun after the last `of` is the one named.
  for (let t = end - 1; t > first; t--) if (doc.tokens[t - 1].lower === 'of') return isIndefinite(doc.tokens[t]);
  const before = doc.tokens[first - 1];
  return isIndefinite(doc.tokens[first]) && before !== undefined && before.sentence === sentence.index && (before.pos === 'VERB' || before.pos === 'ADP');
}

const PARTICIPLE_OF_REDUCED_RELATIVE = /ing$|^(called|named|dubbed|titled|entitled|labell?ed|billed|branded|nicknamed|known|described)$/u;

function isIndefinite(token: Token): boolean {
  return token.lower === 'a' || token.lower === 'an';
}
