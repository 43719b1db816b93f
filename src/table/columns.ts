import type { Document } from '../types';

/**
 * Meta keys that lead the feature table, in this order, when any document has them.
 * Other meta keys follow, sorted by code point. This order is part of the output contract: notebooks and exports rely on it.
 */
export const LEADING_META_KEYS: readonly string[] = ['title', 'outlet', 'author', 'date', 'dateline', 'url'];

/** Column layout of the feature table; computed once so table and records agree. */
export interface FeatureColumns {
  /** All column names in table order. */
  names: string[];
  /** For each column, where its value comes from. */
  sources: ColumnSource[];
}

export type ColumnSource = { from: 'id' } | { from: 'meta'; key: string } | { from: 'summary'; key: string };

/**
 * Columns: `id`, then meta keys (LEADING_META_KEYS first, others sorted), then summary
 * keys in the order of the first document's summary (keys that only later documents
 * have are appended in order of first appearance). A meta key that would clash with
 * `id` or a summary key is renamed `meta.<key>` so no value is silently dropped.
 */
export function featureColumns(documents: readonly Document[]): FeatureColumns {
  const summaryKeys = keysInFirstAppearanceOrder(documents.map((d) => d.summary));
  const metaKeys = orderMetaKeys(keysInFirstAppearanceOrder(documents.map((d) => d.meta)));
  const taken = new Set(['id', ...summaryKeys]);
  const sources: ColumnSource[] = [
    { from: 'id' },
    ...metaKeys.map((key): ColumnSource => ({ from: 'meta', key })),
    ...summaryKeys.map((key): ColumnSource => ({ from: 'summary', key })),
  ];
  const names = sources.map((s) => {
    if (s.from === 'id') return 'id';
    if (s.from === 'meta' && taken.has(s.key)) return `meta.${s.key}`;
    return s.key;
  });
  return { names, sources };
}

function keysInFirstAppearanceOrder(records: readonly object[]): string[] {
  const keys = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) keys.add(key);
  return [...keys];
}

function orderMetaKeys(keys: readonly string[]): string[] {
  const present = new Set(keys);
  const leading = LEADING_META_KEYS.filter((k) => present.has(k));
  const rest = keys
    .filter((k) => !LEADING_META_KEYS.includes(k))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...leading, ...rest];
}
