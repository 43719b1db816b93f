/** Helpers that give chart categories a stable, documented order (independent of row order). */

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Distinct values sorted by code point (locale-independent, so CI and laptops agree). */
export function sortedDistinct(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(byCodePoint);
}

/**
 * Distinct values in a preferred order: `preferred` first (only those present),
 * then any others sorted, then `last` values (e.g. `none`) at the end.
 */
export function orderedCategories(
  values: Iterable<string>,
  preferred: readonly string[] = [],
  last: readonly string[] = [],
): string[] {
  const present = new Set(values);
  const head = preferred.filter((v) => present.has(v) && !last.includes(v));
  const tail = last.filter((v) => present.has(v));
  const middle = sortedDistinct([...present].filter((v) => !head.includes(v) && !tail.includes(v)));
  return [...head, ...middle, ...tail];
}

/**
 * Distinct values in order of first appearance, with `preferred` ones (those present) moved
 * to the front in the given order. For categories whose input order already means something
 * (features in feature-table order), where sorting by name would scatter related ones.
 */
export function firstSeenCategories(values: Iterable<string>, preferred: readonly string[] = []): string[] {
  const seen = [...new Set(values)];
  const present = new Set(seen);
  return [...new Set([...preferred.filter((v) => present.has(v)), ...seen])];
}
