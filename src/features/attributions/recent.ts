import type { Attribution } from '../../types';

/**
 * How many of the attributions found so far a back-reference (`he added`, `It denounced`, `…,
 * asserting that`) searches, newest first. References reach back a sentence or two, so a bound
 * keeps every lookup constant-time in a document with hundreds of attributions.
 */
const LOOKBACK = 64;

/** The most recently found attribution that satisfies `test`, within LOOKBACK. */
export function lastFound(found: Attribution[], test: (attribution: Attribution) => boolean): Attribution | undefined {
  for (let i = found.length - 1; i >= 0 && i >= found.length - LOOKBACK; i--) if (test(found[i])) return found[i];
  return undefined;
}
