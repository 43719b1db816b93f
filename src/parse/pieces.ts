import type { Piece, Token } from './types';

const PIECE_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Word pieces of the analysis text, each tied to the token that contains it. The same pieces as
 * `/[\p{L}\p{M}\p{N}]+|&/gu` finds, scanned by hand: ASCII is classified by its code and only
 * other characters go through the Unicode test, which keeps this off the profile (it runs over
 * every character).
 *
 * Most pieces are a whole token whose lower-cased form the token already holds: the piece then
 * shares that string instead of slicing and lower-casing its own (two allocations per word, and a
 * string whose hash the phrase-start index would compute again).
 */
export function findPieces(analysisText: string, tokens: Token[]): Piece[] {
  const pieces: Piece[] = [];
  let t = 0;
  const length = analysisText.length;
  let i = 0;
  while (i < length) {
    let end = i;
    while (end < length) {
      const width = pieceCharWidth(analysisText, end);
      if (width === 0) break;
      end += width;
    }
    if (end === i) {
      if (analysisText.charCodeAt(i) !== 0x26 /* & */) {
        i += analysisText.codePointAt(i)! > 0xffff ? 2 : 1;
        continue;
      }
      end = i + 1;
    }
    const start = i;
    i = end;
    while (t < tokens.length && tokens[t].end <= start) t++;
    if (t >= tokens.length || tokens[t].start > start) continue; // outside any token: masked text
    const token = tokens[t];
    const norm =
      token.start === start && token.end === end && isAsciiLowerCaseOf(analysisText, start, end, token.lower)
        ? token.lower
        : normalizePiece(analysisText.slice(start, end));
    pieces.push({ start, end, norm, token: t });
  }
  return pieces;
}

/**
 * Whether `lower` is `text.slice(start, end).toLowerCase()` for an ASCII word (`&` excluded: its
 * piece reads `and`); false for anything else, which is then lower-cased the ordinary way.
 */
function isAsciiLowerCaseOf(text: string, start: number, end: number, lower: string): boolean {
  if (lower.length !== end - start) return false;
  for (let k = 0; k < lower.length; k++) {
    let code = text.charCodeAt(start + k);
    if (code >= 0x80 || code === 0x26) return false;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if (code !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** Code units taken by the piece character at `i` (a letter, mark or digit), or 0 for any other character. */
function pieceCharWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
      ? 1
      : 0;
  const point = text.codePointAt(i)!;
  return PIECE_CHAR.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

export function normalizePiece(piece: string): string {
  return piece === '&' ? 'and' : piece.toLowerCase();
}

/**
 * Pieces of a lexicon phrase, normalised the same way as the text's: the matches of the same pattern, found
 * by the same hand scan as `findPieces` (sourcing calls this for every cue it finds).
 */
export function phrasePieces(phrase: string): string[] {
  const pieces: string[] = [];
  let i = 0;
  while (i < phrase.length) {
    let end = i;
    while (end < phrase.length) {
      const width = pieceCharWidth(phrase, end);
      if (width === 0) break;
      end += width;
    }
    if (end > i) {
      pieces.push(normalizePiece(phrase.slice(i, end)));
      i = end;
    } else if (phrase.charCodeAt(i) === 0x26 /* & */) {
      pieces.push('and');
      i++;
    } else i += phrase.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  return pieces;
}
