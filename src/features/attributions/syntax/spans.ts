import { tokenIndexAtOrAfter } from '../../../parse/tokens';
import type { ParsedDocument, Sentence } from '../../../parse/types';
import type { Span } from '../../../types';

/** Spans of the verbatim text, from character offsets or from token ranges. */

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

/** Tokens `[first, end)` without the punctuation at their end, as an end index. */
export function trimPunctuation(doc: ParsedDocument, first: number, end: number): number {
  while (end > first && doc.tokens[end - 1].pos === 'PUNCT') end--;
  return end;
}

/** From the sentence start (past opening punctuation) to `end`: what was said before a cue. */
export function contentBeforeCue(doc: ParsedDocument, sentence: Sentence, end: number): Span | null {
  let first = sentence.firstToken;
  while (first < end && doc.tokens[first].pos === 'PUNCT') first++;
  return tokenSpan(doc, first, trimPunctuation(doc, first, end));
}
