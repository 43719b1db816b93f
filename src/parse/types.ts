import type { FurnitureSpan } from './furniture';
import type { QuoteRegion } from './quotes';

/** Universal POS tags as wink-nlp assigns them. */
export type Pos = string;

export interface Token {
  index: number;
  start: number;
  end: number;
  /** Verbatim text of the token. */
  text: string;
  lower: string;
  /** Lower-cased lemma. Tokens from `parseDocument` compute it on first read (a getter; `toJSON` includes it). */
  lemma: string;
  pos: Pos;
  /** A word or number (not punctuation or a symbol). */
  isWord: boolean;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range `[firstToken, endToken)`. */
  firstToken: number;
  endToken: number;
}

/**
 * A word piece for phrase matching: a maximal run of letters and digits, or `&` read as `and`.
 * Hyphens, apostrophes and spaces fall between pieces, which makes `Pakistan-occupied` and
 * `Pakistan occupied` the same phrase, and `IIOJ&K` the same as `IIOJ and K`.
 */
export interface Piece {
  start: number;
  end: number;
  /** Lower-cased form, `&` → `and`. */
  norm: string;
  /** The token the piece belongs to. */
  token: number;
}

/** A document parsed once; every feature reads this and nothing else. */
export interface ParsedDocument {
  /** Verbatim text: every offset indexes into it. */
  text: string;
  /** Same length as `text`: furniture blanked, soft line breaks as spaces. */
  analysisText: string;
  furniture: FurnitureSpan[];
  tokens: Token[];
  sentences: Sentence[];
  quotes: QuoteRegion[];
  pieces: Piece[];
}
