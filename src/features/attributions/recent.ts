/**
 * How many of the attributions found so far a back-reference (`he added`, `It denounced`, `…,
 * asserting that`) searches, newest first. References reach back a sentence or two, so a bound
 * keeps every lookup constant-time in a document with hundreds of attributions.
 */
const LOOKBACK = 64;

/** Among the first `count` of `found`, the most recently found that satisfies `test`, within LOOKBACK. */
export function lastFound<T>(found: readonly T[], count: number, test: (item: T) => boolean): T | undefined {
  for (let i = count - 1; i >= 0 && i >= count - LOOKBACK; i--) if (test(found[i])) return found[i];
  return undefined;
}
