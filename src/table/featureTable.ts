import type { Document } from '../types';
import { featureColumns } from './columns';
import { type DataFrame, dfd } from './danfo';
import { featureRows } from './featureRows';

/**
 * The feature table as a danfojs DataFrame: one row per document, columns as in
 * `featureColumns`. Built from arrays (not objects) so danfojs keeps our column order.
 */
export function featureTable(documents: readonly Document[]): DataFrame {
  const { names } = featureColumns(documents);
  const rows = featureRows(documents).map((row) => names.map((name) => row[name]));
  return new dfd.DataFrame(rows, { columns: names });
}
