/**
 * A binned density of points on a log-x × linear-y plane, computed before the spec is built:
 * thousands of overlapping points become at most `xBins × yBins` cells, each with how many
 * points fall in it. Charts draw the cells instead of the points they stand for, so the
 * spec and its SVG stay small however many points there are, and the result depends only on
 * the points (not on their order).
 */

export interface DensityPoint {
  /** Positive: the x axis is logarithmic. */
  x: number;
  y: number;
}

export interface DensityCell {
  /** Lower and upper x edge of the cell (data units, > 0). */
  x: number;
  x2: number;
  /** Lower and upper y edge of the cell. */
  y: number;
  y2: number;
  /** Points in the cell (≥ 1: empty cells are left out). */
  count: number;
}

export interface DensityOptions {
  xBins: number;
  yBins: number;
}

/** Cells in row-major order (x, then y), only those holding at least one point. */
export function logDensity(points: readonly DensityPoint[], { xBins, yBins }: DensityOptions): DensityCell[] {
  if (!(Number.isInteger(xBins) && xBins > 0 && Number.isInteger(yBins) && yBins > 0)) {
    throw new RangeError(`logDensity: bins must be positive integers, got ${xBins} × ${yBins}`);
  }
  const usable = points.filter((p) => p.x > 0 && Number.isFinite(p.x) && Number.isFinite(p.y));
  if (usable.length === 0) return [];
  const xEdges = edges(
    usable.map((p) => Math.log10(p.x)),
    xBins,
  );
  const yEdges = edges(
    usable.map((p) => p.y),
    yBins,
  );
  const counts = new Map<number, number>();
  for (const p of usable) {
    const key = binOf(Math.log10(p.x), xEdges) * yBins + binOf(p.y, yEdges);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, count]) => {
      const i = Math.floor(key / yBins);
      const j = key % yBins;
      return {
        x: round6(10 ** xEdges.at(i)),
        x2: round6(10 ** xEdges.at(i + 1)),
        y: round6(yEdges.at(j)),
        y2: round6(yEdges.at(j + 1)),
        count,
      };
    });
}

interface Edges {
  low: number;
  width: number;
  bins: number;
  at(i: number): number;
}

/** Equal-width bins over the values' range; a range of one value gets a bin of width 1 around it. */
function edges(values: number[], bins: number): Edges {
  // A loop, not Math.min(...values): a large vocabulary would overflow the argument list.
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (high - low < 1e-9) {
    low -= 0.5;
    high += 0.5;
  }
  const width = (high - low) / bins;
  return { low, width, bins, at: (i) => low + i * width };
}

function binOf(value: number, { low, width, bins }: Edges): number {
  return Math.min(bins - 1, Math.max(0, Math.floor((value - low) / width)));
}

/** Six significant digits: plenty for a cell edge, and short, stable JSON. */
function round6(value: number): number {
  return Number(value.toPrecision(6));
}
