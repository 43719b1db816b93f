import type { Document } from '../types';
import { featureColumns, type ColumnSource } from './columns';

/** One cell of the feature table: flat scalars only. */
export type FeatureValue = string | number | boolean | null;
export type FeatureRow = Record<string, FeatureValue>;

/**
 * The feature table as plain records (one per document, keys in column order).
 * Missing meta/summary values become null so every row has every column.
 */
export function featureRows(documents: readonly Document[]): FeatureRow[] {
  const { names, sources } = featureColumns(documents);
  return documents.map((doc) => {
    const row: FeatureRow = {};
    sources.forEach((source, i) => {
      row[names[i]] = valueOf(doc, source);
    });
    return row;
  });
}

function valueOf(doc: Document, source: ColumnSource): FeatureValue {
  switch (source.from) {
    case 'id':
      return doc.id;
    case 'meta':
      return doc.meta[source.key] ?? null;
    case 'summary':
      return doc.summary[source.key] ?? null;
  }
}
