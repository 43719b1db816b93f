import type { Piece, Token } from './types';

const PIECE = /[\p{L}\p{M}\p{N}]+|&/gu;

/** Word pieces of the analysis text, each tied to the token that contains it. */
export function findPieces(analysisText: string, tokens: Token[]): Piece[] {
  const pieces: Piece[] = [];
  let t = 0;
  for (const match of analysisText.matchAll(PIECE)) {
    const start = match.index!;
    while (t < tokens.length && tokens[t].end <= start) t++;
    if (t >= tokens.length || tokens[t].start > start) continue; // outside any token: masked text
    pieces.push({ start, end: start + match[0].length, norm: normalizePiece(match[0]), token: t });
  }
  return pieces;
}

export function normalizePiece(piece: string): string {
  return piece === '&' ? 'and' : piece.toLowerCase();
}

/** Pieces of a lexicon phrase, normalised the same way as the text's. */
export function phrasePieces(phrase: string): string[] {
  return Array.from(phrase.matchAll(PIECE), (match) => normalizePiece(match[0]));
}
