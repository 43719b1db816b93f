import type { ParsedDocument, Token } from '../parse/types';

/**
 * A set of lower-case words that a rule asks about at every token of a document (`is`, `was` …
 * before a reporting passive; the forms of reporting nouns; `reportedly` …).
 *
 * Several rules scan every token, and a set look-up per token and rule showed in the profile: the
 * token's object and its string are fetched each time, for an answer that is nearly always no. So,
 * as for phrase starts (`phraseStartBits`), every class enters its words here under its own bit,
 * a document's tokens are looked up here once, and a class is asked only where its bit is set.
 * Bits are shared once more than 31 classes exist; the set then settles it, so a token is never
 * let through that is not in the class, nor turned away that is.
 */
export interface WordClass {
  readonly words: ReadonlySet<string>;
  readonly bit: number;
}

const bitsOfWord = new Map<string, number>();
let classesMade = 0;

/** A class of lower-case words; make it once (with the compiled lexicons), not per document. */
export function wordClass(words: Iterable<string>): WordClass {
  const set = new Set(words);
  const bit = 1 << classesMade % 31;
  classesMade++;
  for (const word of set) bitsOfWord.set(word, (bitsOfWord.get(word) ?? 0) | bit);
  return { words: set, bit };
}

/** The last document indexed, and for how many classes: rules ask about one document at a time. */
let indexedTokens: Token[] | null = null;
let indexedFor = -1;
let indexedBits = new Int32Array(0);

function classBits(doc: ParsedDocument): Int32Array {
  if (doc.tokens === indexedTokens && indexedFor === classesMade) return indexedBits;
  const { tokens } = doc;
  const bits = new Int32Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) bits[t] = bitsOfWord.get(tokens[t].lower) ?? 0;
  indexedTokens = tokens;
  indexedFor = classesMade;
  indexedBits = bits;
  return bits;
}

/** Whether token `t` of the document, lower-cased, is one of the class's words. */
export function inClass(doc: ParsedDocument, t: number, words: WordClass): boolean {
  return (classBits(doc)[t] & words.bit) !== 0 && words.words.has(doc.tokens[t].lower);
}
