/** A `[start, end)` range of the text. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Answers "does one of these spans contain `[start, end)`?" in logarithmic time: the spans sorted by
 * start, with the running maximum of their ends (a span starting at or before `start` reaches `end`
 * exactly when the largest end among them does). Built once, asked many times.
 */
export function spanCover(spans: readonly Range[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let furthest = -1;
  for (const span of sorted) reach.push((furthest = Math.max(furthest, span.end)));
  return (start, end) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid].start <= start) low = mid + 1;
      else high = mid;
    }
    return low > 0 && reach[low - 1] >= end;
  };
}

/** Answers "does one of these spans overlap `[start, end)`?" in logarithmic time, like `spanCover`. */
export function spanOverlap(spans: readonly Range[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let furthest = -1;
  for (const span of sorted) reach.push((furthest = Math.max(furthest, span.end)));
  return (start, end) => {
    // The spans that start before `end`; one of them overlaps when the furthest of their ends passes `start`.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid].start < end) low = mid + 1;
      else high = mid;
    }
    return low > 0 && reach[low - 1] > start;
  };
}
