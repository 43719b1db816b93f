import { partitionPoint } from './partitionPoint';

/** A `[start, end)` range of the text. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Spans sorted by start with the running maximum of their ends: among the first k spans, one reaches
 * as far as `reach[k - 1]`. Built once, asked many times in logarithmic time.
 */
function sortedWithReach(spans: readonly Range[]): { sorted: Range[]; reach: number[] } {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let furthest = -1;
  for (const span of sorted) reach.push((furthest = Math.max(furthest, span.end)));
  return { sorted, reach };
}

/** Answers "does one of these spans contain `[start, end)`?": some span starting at or before `start` reaches `end`. */
export function spanCover(spans: readonly Range[]): (start: number, end: number) => boolean {
  const { sorted, reach } = sortedWithReach(spans);
  return (start, end) => {
    const count = partitionPoint(sorted.length, (i) => sorted[i].start <= start);
    return count > 0 && reach[count - 1] >= end;
  };
}

/** Answers "does one of these spans overlap `[start, end)`?": some span starting before `end` reaches past `start`. */
export function spanOverlap(spans: readonly Range[]): (start: number, end: number) => boolean {
  const { sorted, reach } = sortedWithReach(spans);
  return (start, end) => {
    const count = partitionPoint(sorted.length, (i) => sorted[i].start < end);
    return count > 0 && reach[count - 1] > start;
  };
}
