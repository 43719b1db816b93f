import { tokenIndexAtOrAfter } from '../../../parse/tokens';
import type { ParsedDocument, Sentence, Token } from '../../../parse/types';
import type { Span } from '../../../types';
import { tokenSpan } from './spans';
import {
  isCapitalized,
  isGerund,
  isIndefinite,
  isInsideHyphenatedWord,
  isNamePart,
  isPastForm,
  isSpacedHyphen,
} from './tokenShape';
import { ARTICLES, DATE_WORD, QUANTIFIERS } from '../../../lexicons/english';
import { syntaxWords } from './words';

/** Noun phrases: where one starts or ends, what modifies it, its head. */

export const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
export const NP_INNER = new Set(['of', 'for', "'s", '’s', '-', '&', '/']);
export const SOURCE_TAIL_PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'for']);

/** `about 40 percent`, `nearly half`: words before a number that belong to its phrase. */
const APPROXIMATORS = new Set([
  'about',
  'around',
  'over',
  'under',
  'nearly',
  'almost',
  'roughly',
  'some',
  'only',
  'just',
  'more',
  'fewer',
  'less',
  'than',
  'at',
  'least',
  'most',
]);

/** Prepositions that modify a subject noun: `a study by Gallup`, `officials in Delhi`, `people with knowledge of`, `sources close to`. */
const SUBJECT_MODIFIER_PREPOSITIONS = new Set([
  'by',
  'in',
  'with',
  'from',
  'at',
  'on',
  'to',
  'among',
  'inside',
  'within',
  'near',
  'across',
]);

/** Prepositions that wink tags ADP where they modify a noun like adjectives (`an inside source`, `an outside adviser`). */
const ATTRIBUTIVE_PREPOSITIONS = new Set(['inside', 'outside']);

export function nounPhraseStart(doc: ParsedDocument, end: number, sentence: number): number {
  let start = end;
  while (start > 0) {
    const token = doc.tokens[start - 1];
    if (token.sentence !== sentence) break;
    if (isSpacedHyphen(doc, start - 1)) break; // `Jason Sims - a teacher - says`: a dash, not `R-Miss.`
    // `Inspector General of Police (IGP) Farid Lone said`: the title's bracketed abbreviation.
    if (token.text === ')' && start - 3 >= 0 && abbreviationInTitle(doc, start - 3) === start) {
      start -= 3;
      continue;
    }
    const joins =
      NP_INNER.has(token.lower) ||
      (token.lower === 'and' && start - 2 >= 0 && NP_POS.has(doc.tokens[start - 2].pos)) ||
      (token.pos === 'ADP' &&
        isNamePart(doc.tokens[start]) &&
        isNamePart(doc.tokens[start - 2]) &&
        doc.tokens[start - 2].pos !== 'CCONJ') || // `Contact Group on Kashmir`, not `But as Clyburn`
      (token.lower === 'out' && doc.tokens[start]?.lower === 'of') || // `nine out of 10`
      (ATTRIBUTIVE_PREPOSITIONS.has(token.lower) &&
        doc.tokens[start]?.pos === 'NOUN' &&
        ['DET', 'ADJ'].includes(doc.tokens[start - 2]?.pos ?? '')) || // `an inside source`
      (APPROXIMATORS.has(token.lower) &&
        (doc.tokens[start]?.pos === 'NUM' ||
          syntaxWords().quantityWords.has(doc.tokens[start]?.lower ?? ''))) || // `About three in 10`, `about half of`
      (QUANTIFIERS.has(token.lower) && ['NOUN', 'PROPN', 'ADJ'].includes(doc.tokens[start]?.pos ?? '')) || // `most D.C. insiders` (wink tags `most` ADV)
      (isNamePart(token) && start - 1 > doc.sentences[sentence].firstToken) || // `Mr. Burke said`: wink tags some names as verbs
      isNounTaggedVerb(doc, start - 1) || // `the most recent polling`, `an earlier report`
      isInsideHyphenatedWord(doc, start - 1) || // `Police in Indian-administered Kashmir`
      (token.pos === 'ADV' && ARTICLES.has(doc.tokens[start - 2]?.lower ?? '') && start < end); // `An earlier report`
    if (
      !NP_POS.has(token.pos) &&
      !joins &&
      token.text !== '%' &&
      !(token.pos === 'PART' && /s$/u.test(token.lower))
    )
      break;
    start--;
  }
  while (start < end && (NP_INNER.has(doc.tokens[start].lower) || doc.tokens[start].lower === 'and')) start++;
  return start;
}

/** `said a top official in the federal government while speaking …` → `a top official in the federal government`. */
export function nounPhraseAfter(doc: ParsedDocument, first: number): Span | null {
  const sentence = doc.tokens[first]?.sentence;
  if (sentence === undefined) return null;
  const end = nounPhraseEnd(doc, first, doc.sentences[sentence].endToken);
  return tokenSpan(doc, first, end);
}

/**
 * `Inspector General of Police (IGP) Farid Lone`: a bracketed abbreviation of the title before a
 * name belongs to the phrase. `open` is the index of `(`; returns the index after `)`, or -1.
 */
export function abbreviationInTitle(doc: ParsedDocument, open: number): number {
  const [bracket, abbreviation, close, after] = [open, open + 1, open + 2, open + 3].map(
    (t) => doc.tokens[t],
  );
  if (
    bracket?.text !== '(' ||
    close?.text !== ')' ||
    !abbreviation ||
    !/^\p{Lu}[\p{Lu}.&-]*\p{Lu}\.?$/u.test(abbreviation.text)
  )
    return -1;
  const sentence = bracket.sentence;
  if (after?.sentence !== sentence || !isNamePart(after) || !isNamePart(doc.tokens[open - 1])) return -1;
  return open + 3;
}

export function nounPhraseEnd(doc: ParsedDocument, first: number, limit: number): number {
  let end = first;
  while (end < limit) {
    const token = doc.tokens[end];
    const pastAbbreviation = end > first ? abbreviationInTitle(doc, end) : -1;
    if (pastAbbreviation > 0 && pastAbbreviation < limit) {
      end = pastAbbreviation;
      continue;
    }
    // `it’s good`: a contracted `is` (tagged AUX) is a verb, not the possessive `’s`.
    if (isSpacedHyphen(doc, end) || token.pos === 'AUX') break;
    const prepositionInPhrase =
      SOURCE_TAIL_PREPOSITIONS.has(token.lower) && end > first && NP_POS.has(doc.tokens[end + 1]?.pos ?? '');
    if (
      !NP_POS.has(token.pos) &&
      !NP_INNER.has(token.lower) &&
      !prepositionInPhrase &&
      !isCapitalized(token) &&
      !(token.lower === 'and' && end > first) &&
      !isInsideHyphenatedWord(doc, end)
    )
      break;
    if (token.pos === 'PRON' && end > first && token.lower !== 'its' && token.lower !== 'their') break;
    // `told reporters the army fired first`: an article after a noun starts the next noun phrase.
    if (ARTICLES.has(token.lower) && end > first && ['NOUN', 'PROPN'].includes(doc.tokens[end - 1].pos))
      break;
    end++;
  }
  while (
    end > first &&
    (doc.tokens[end - 1].lower === 'and' || SOURCE_TAIL_PREPOSITIONS.has(doc.tokens[end - 1].lower))
  )
    end--;
  return end;
}

/**
 * `sources close to her campaign`, `People with knowledge of the talks`, `Many in the crowd`,
 * `three in 10`: a noun phrase before a preposition takes the phrase after it as a modifier.
 */
export function withModifiers(doc: ParsedDocument, start: number, sentence: number): number {
  for (let hops = 0; hops < 3; hops++) {
    const preposition = doc.tokens[start - 1];
    const head = doc.tokens[start - 2];
    if (
      !preposition ||
      !head ||
      head.sentence !== sentence ||
      !SUBJECT_MODIFIER_PREPOSITIONS.has(preposition.lower)
    )
      break;
    if (
      preposition.lower === 'to' &&
      !syntaxWords().closeToAdjectives.has(head.lower) &&
      head.pos !== 'NOUN' &&
      head.pos !== 'PROPN'
    )
      break; // `much to the dismay of`
    if (
      (!['NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON'].includes(head.pos) && !isNounTaggedVerb(doc, start - 2)) ||
      DATE_WORD.test(head.text)
    )
      break;
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
  if (
    isPastForm(doc.tokens[t]) &&
    doc.tokens[t - 1]?.pos === 'ADJ' &&
    ARTICLES.has(doc.tokens[t - 2]?.lower ?? '')
  )
    return false;
  let before = t - 1;
  while (
    before >= 0 &&
    doc.tokens[before].sentence === sentence &&
    (doc.tokens[before].pos === 'ADJ' || doc.tokens[before].pos === 'ADV')
  )
    before--;
  return before >= 0 && doc.tokens[before].sentence === sentence && ARTICLES.has(doc.tokens[before].lower);
}

/** The head noun: the last noun or pronoun before any `of`/preposition phrase. */
export function headOf(words: Token[]): Token | undefined {
  let head: Token | undefined;
  let gerund: Token | undefined;
  for (const word of words) {
    // `a new batch of State Department emails`: a partitive hands the head on to the noun after `of`.
    if (word.lower === 'of' && head !== undefined && syntaxWords().partitives.has(head.lower)) {
      head = undefined;
      continue;
    }
    if (SOURCE_TAIL_PREPOSITIONS.has(word.lower)) break;
    if (['NOUN', 'PROPN', 'PRON', 'NUM'].includes(word.pos)) head = word;
    else if (word.pos === 'VERB' && isGerund(word)) gerund = word;
  }
  // `the most recent polling in Florida`: wink tags some nouns in -ing as verbs.
  return head ?? gerund;
}

/**
 * `held a rally called …`, `linked to a group called …`, `issued a report saying …`: an indefinite
 * object noun with a participle names or describes, it does not speak. Only participles can do
 * that: `the organizer of a rally said …` is a finite verb with its subject.
 */
export function isReducedRelative(
  doc: ParsedDocument,
  source: Span,
  sentence: Sentence,
  cueFirst: number,
): boolean {
  if (!PARTICIPLE_OF_REDUCED_RELATIVE.test(doc.tokens[cueFirst].lower)) return false;
  const first = tokenIndexAtOrAfter(doc, source.start);
  const end = tokenIndexAtOrAfter(doc, source.end);
  // `members of a group called …`: the indefinite noun after the last `of` is the one named.
  for (let t = end - 1; t > first; t--)
    if (doc.tokens[t - 1].lower === 'of') return isIndefinite(doc.tokens[t]);
  const before = doc.tokens[first - 1];
  return (
    isIndefinite(doc.tokens[first]) &&
    before !== undefined &&
    before.sentence === sentence.index &&
    (before.pos === 'VERB' || before.pos === 'ADP')
  );
}

const PARTICIPLE_OF_REDUCED_RELATIVE =
  /ing$|^(called|named|dubbed|titled|entitled|labell?ed|billed|branded|nicknamed|known|described)$/u;
