import type { ParsedDocument, Token } from './types';

/** Index of the first token starting at or after `offset` (tokens.length if none): binary search. */
export function tokenIndexAtOrAfter(doc: ParsedDocument, offset: number): number {
  let low = 0;
  let high = doc.tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (doc.tokens[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The tokens lying wholly inside `[start, end)`. */
export function tokensWithin(doc: ParsedDocument, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  for (let t = tokenIndexAtOrAfter(doc, start); t < doc.tokens.length && doc.tokens[t].end <= end; t++)
    tokens.push(doc.tokens[t]);
  return tokens;
}
