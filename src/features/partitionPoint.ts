/**
 * The first index in `[0, length)` for which `before(index)` is false, where `before` is true for a
 * prefix of the indices and false after it (a sorted array asked "does this one come before?").
 * Binary search: the look-ups that keep features linear in text length are built on it.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
