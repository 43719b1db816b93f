import type { ParsedDocument, Token } from '../parse/types';
import { WordBits } from './wordBits';

/**
 * A set of lower-case words that a rule asks about at every token of a document (`is`, `was` …
 * before a reporting passive; the forms of reporting nouns; `reportedly` …).
 *
 * Several rules scan every token, and a set look-up per token and rule showed in the profile: the
 * token's object and its string are fetched each time, for an answer that is nearly always no. So,
 * as for phrase starts (`phraseStartBits`), the classes' words are registered in one `WordBits`,
 * a document's tokens are looked up there once, and a class's set is asked only where its bit is
 * set — so a token is never let through that is not in the class, nor turned away that is.
 */
export interface WordClass {
  readonly words: ReadonlySet<string>;
  readonly bit: number;
}

const classes = new WordBits();
const lowerOf = (token: Token) => token.lower;

/** A class of lower-case words; make it once (with the compiled lexicons), not per document. */
export function wordClass(words: Iterable<string>): WordClass {
  const set = new Set(words);
  return { words: set, bit: classes.register(set) };
}

/** Whether token `t` of the document, lower-cased, is one of the class's words. */
export function inClass(doc: ParsedDocument, t: number, words: WordClass): boolean {
  return (classes.index(doc.tokens, lowerOf)[t] & words.bit) !== 0 && words.words.has(doc.tokens[t].lower);
}
