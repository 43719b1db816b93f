import { regionAt, type QuoteRegion } from '../../parse/quotes';
import { tokenIndexAtOrAfter } from '../../parse/tokens';
import type { ParsedDocument } from '../../parse/types';
import type { Attribution, Span } from '../../types';
import { quoteContent } from './passes/directQuotes';

/**
 * Quoted words that go on without a cue of their own belong to the source of the quote before them
 * (news style): `“We will go to every forum,” Qureshi said. “The world cannot look away.”` — the second
 * quote opens the sentence right after the cue's; and a quote left open at a paragraph end is
 * reopened by the next paragraph: `… “The world cannot look away.¶“Kashmir is not an internal
 * matter.”`. A closed quote followed by a new paragraph that opens with a quote is left alone: that is
 * as often a new speaker whose cue comes later. Returns the attributions with `continuation` filled,
 * in the same order. One pass over the quotation regions.
 */
export function withQuoteContinuations(doc: ParsedDocument, attributions: Attribution[]): Attribution[] {
  const regions = doc.quotes;
  // The direct attribution each region's words belong to, by region index.
  const owner = new Map<number, number>();
  const taken = new Set<number>();
  attributions.forEach((attribution, index) => {
    for (const span of [attribution.cue, attribution.content]) {
      const region = span ? regionAt(regions, span.start) : -1;
      if (region < 0) continue;
      taken.add(region);
      if (attribution.mode === 'direct' && span === attribution.content) owner.set(region, index);
    }
  });
  const continuation = new Map<number, Span[]>();
  for (let r = 1; r < regions.length; r++) {
    const previous = owner.get(r - 1);
    if (previous === undefined || taken.has(r) || regions[r].mark === '‘') continue;
    const attribution = attributions[previous];
    if (!continues(doc, regions[r - 1], regions[r], attribution)) continue;
    const words = quoteContent(doc, regions[r]);
    if (!words) continue;
    owner.set(r, previous);
    continuation.set(previous, [...(continuation.get(previous) ?? []), words]);
  }
  return attributions.map((attribution, index) =>
    continuation.has(index) ? { ...attribution, continuation: continuation.get(index)! } : attribution,
  );
}

/** Whether `next` resumes the words of `attribution`, whose quote (or last continuation) is `previous`. */
function continues(
  doc: ParsedDocument,
  previous: QuoteRegion,
  next: QuoteRegion,
  attribution: Attribution,
): boolean {
  const first = tokenIndexAtOrAfter(doc, next.start);
  if (first >= doc.tokens.length) return false;
  const sentence = doc.tokens[first].sentence;
  if (doc.sentences[sentence].firstToken !== first) return false;
  const between = doc.analysisText.slice(previous.end, next.start);
  // Left open at a paragraph end and reopened by the next paragraph.
  if (!previous.closed) return between.includes('\n') && between.trim() === '';
  if (between.includes('\n')) return false;
  // Resumed right after the sentence that holds the cue, or right after the previous continuation.
  const cueSentence = doc.tokens[tokenIndexAtOrAfter(doc, attribution.cue.start)].sentence;
  return cueSentence === sentence - 1 || between.trim() === '';
}
