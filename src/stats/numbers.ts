export { round4 } from '../numbers';

/** Code-unit order, independent of the machine's locale (see src/table/order.ts). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A field of a plain row, whatever its declared type (interfaces and records alike). */
export function field(row: object, key: string): unknown {
  return (row as Record<string, unknown>)[key];
}

/**
 * A feature value as a number, or null when missing (null, undefined, NaN). Anything else —
 * a string such as `topActor`, a boolean — is a caller error: averaging it would be silent nonsense.
 */
export function numericValue(row: object, key: string, caller: string): number | null {
  const value = field(row, key);
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number') {
    throw new TypeError(
      `${caller}: column "${key}" of row "${String(field(row, 'id'))}" is a ${typeof value}, not a number`,
    );
  }
  return Number.isNaN(value) ? null : value;
}

/** The row's `id` as a string; every long output names its document by it. */
export function rowId(row: object, caller: string): string {
  const id = field(row, 'id');
  if (typeof id !== 'string' && typeof id !== 'number')
    throw new TypeError(`${caller}: every row needs an "id" (string or number)`);
  return String(id);
}

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
