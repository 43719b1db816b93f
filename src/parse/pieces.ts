import type { Piece, Token } from './types';

const PIECE = /[\p{L}\p{M}\p{N}]+|&/gu;

const PIECE_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Word pieces of the analysis text, each tied to the token that contains it. The same pieces as
 * `PIECE` finds, scanned by hand: ASCII is classified by its code and only other characters go
 * through the Unicode test, which keeps this off the profile (it runs over every character). A
 * piece of lower-case ASCII letters and digits (most of them) is its own normal form, so only the
 * others are lower-cased: a case-mapping call per piece showed in the profile.
 */
export function findPieces(analysisText: string, tokens: Token[]): Piece[] {
  const pieces: Piece[] = [];
  let t = 0;
  const length = analysisText.length;
  let i = 0;
  while (i < length) {
    let end = i;
    let lowerAscii = true;
    while (end < length) {
      const code = analysisText.charCodeAt(end);
      if (code < 0x80) {
        if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) end++;
        else if (code >= 0x41 && code <= 0x5a) {
          lowerAscii = false;
          end++;
        } else break;
        continue;
      }
      const width = pieceCharWidth(analysisText, end);
      if (width === 0) break;
      lowerAscii = false;
      end += width;
    }
    if (end === i) {
      if (analysisText.charCodeAt(i) !== 0x26 /* & */) {
        i += analysisText.codePointAt(i)! > 0xffff ? 2 : 1;
        continue;
      }
      end = i + 1;
      lowerAscii = false;
    }
    const start = i;
    i = end;
    while (t < tokens.length && tokens[t].end <= start) t++;
    if (t >= tokens.length || tokens[t].start > start) continue; // outside any token: masked text
    const written = analysisText.slice(start, end);
    pieces.push({ start, end, norm: lowerAscii ? written : normalizePiece(written), token: t });
  }
  return pieces;
}

/** Code units taken by the piece character at `i` (a letter, mark or digit), or 0 for any other character. */
function pieceCharWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 1 : 0;
  const point = text.codePointAt(i)!;
  return PIECE_CHAR.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

export function normalizePiece(piece: string): string {
  return piece === '&' ? 'and' : piece.toLowerCase();
}

/** Pieces of a lexicon phrase, normalised the same way as the text's. */
export function phrasePieces(phrase: string): string[] {
  return Array.from(phrase.matchAll(PIECE), (match) => normalizePiece(match[0]));
}
