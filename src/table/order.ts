import type { Document } from '../types';

import { round4 } from '../numbers';

export { round4 };

/**
 * Compares by UTF-16 code units, not `localeCompare`: the order must not change with the
 * machine's locale or ICU version, or two runs of the same notebook would differ.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Documents ordered by id. `Array.prototype.sort` is stable, so documents sharing an id keep
 * their input order — every long table starts from this one order.
 */
export function documentsById(documents: readonly Document[]): Document[] {
  return [...documents].sort((a, b) => compareText(a.id, b.id));
}

/** Rate per 1,000 words; a document without words has rate 0, not NaN. */
export function per1k(count: number, words: number): number {
  return words > 0 ? round4((count * 1000) / words) : 0;
}
