/**
 * The p-quantile of ascending values by linear interpolation between order statistics
 * (Hyndman & Fan type 7: R's default, numpy's `linear`, d3.quantileSorted), so CIs can be
 * checked against those tools.
 */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('quantileSorted: no values');
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}
