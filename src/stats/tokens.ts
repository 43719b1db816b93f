import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../parse/parse';
import type { Document } from '../types';

/** Word counts: a Map, because news words such as `constructor` are not safe object keys. */
export type TokenCounts = Map<string, number>;

export interface DocumentTokensOptions {
  /** Lower-cased words to leave out (e.g. function words). */
  stopwords?: ReadonlySet<string>;
}

const HAS_LETTER = /\p{L}/u;

/**
 * The document's words, lower-cased, in text order. Uses `parseDocument` — the same wink-nlp
 * tokens, with page furniture (bylines, datelines, footers, related links) masked, that
 * `stats.words` and every per-1k rate count — rather than a second tokenizer over `doc.text`, so
 * the vocabulary of a word comparison and the denominators of the feature table cannot disagree,
 * and a footer's "More in Pakistan" cannot become a distinguishing word. The price is one extra
 * parse per document (milliseconds). Numbers are dropped: they are dates and tallies, not wording.
 * Curly apostrophes are straightened so `don’t` and `don't` count as one word.
 */
export function documentTokens(doc: Pick<Document, 'text'>, options: DocumentTokensOptions = {}): string[] {
  const stopwords = options.stopwords;
  return parseDocument(doc.text)
    .tokens.filter((token) => token.isWord && HAS_LETTER.test(token.lower))
    .map((token) => token.lower.replace(/[’‘]/g, "'"))
    .filter((word) => !stopwords || !stopwords.has(word));
}

/** Counts over token lists (e.g. one list per document of a group), pooled. */
export function tokenCounts(tokenLists: readonly (readonly string[])[]): TokenCounts {
  const counts: TokenCounts = new Map();
  for (const tokens of tokenLists)
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** The shipped English function-word list (`lexicons/stopwords/english.json`). */
export const DEFAULT_STOPWORDS_FILE = path.join(
  __dirname,
  '..',
  '..',
  'lexicons',
  'stopwords',
  'english.json',
);

/**
 * Reads a stopword list: a JSON object whose `words` is an array of strings, compared lower-cased.
 * Negation, modal and reporting verbs are not in the shipped list, since hedging, boosting and
 * sourcing are made of them; pass your own file to change that.
 */
export function loadStopwords(file: string = DEFAULT_STOPWORDS_FILE): Set<string> {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { words?: unknown };
  if (!Array.isArray(data.words) || !data.words.every((word) => typeof word === 'string')) {
    throw new Error(`${file}: "words" must be an array of strings`);
  }
  return new Set((data.words as string[]).map((word) => word.toLowerCase()));
}
