import { mean, numericValue, round4, rowId } from './numbers';

/** One standardised feature of one document: the long shape a heatmap encodes directly. */
export interface ZScoreRow {
  id: string;
  feature: string;
  /** The raw value. */
  value: number;
  /** (value − corpus mean) / corpus SD; 0 for a constant column. */
  z: number;
}

/** Mean and population SD of one column over the documents that have it. */
export interface ColumnScale {
  mean: number;
  sd: number;
}

/**
 * Mean and **population** SD (divide by n, not n − 1). The corpus being profiled is the whole
 * population the heatmap describes — we are not estimating a wider population's SD from a
 * sample — and with n = 5 articles the n − 1 version would shrink every |z| by √(4/5). It is
 * also what scikit-learn's StandardScaler does, so numbers can be checked against it.
 */
export function columnScale(values: readonly number[]): ColumnScale {
  const m = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - m) ** 2;
  return { mean: m, sd: Math.sqrt(squares / values.length) };
}

/**
 * A z-score that is 0 for a constant column instead of NaN (0/0): a feature every document
 * shares says nothing about any one of them. The tolerance absorbs rounding noise, e.g. a column
 * of identical per-1k rates whose computed SD is 1e-17 rather than 0.
 */
export function standardise(value: number, scale: ColumnScale): number {
  if (scale.sd <= 1e-12 * Math.max(1, Math.abs(scale.mean))) return 0;
  return (value - scale.mean) / scale.sd;
}

/**
 * Standardised features per document across the corpus: one row per (document, feature), in
 * row order then column order — the rows `framingProfile` draws. Rows are plain records with an
 * `id` (e.g. `featureRows(docs)`). A missing value (null, undefined, NaN) is left out of the
 * mean and SD and gets no row, so a heatmap leaves that cell empty instead of painting it average.
 * `columnScale` + `standardise` give unrounded z values for further arithmetic.
 */
export function zScores(rows: readonly object[], columns: readonly string[]): ZScoreRow[] {
  const values = columns.map((column) => rows.map((row) => numericValue(row, column, 'zScores')));
  const scales = values.map((column) => {
    const present = column.filter((v): v is number => v !== null);
    return present.length > 0 ? columnScale(present) : null;
  });
  return rows.flatMap((row, r) => {
    const id = rowId(row, 'zScores');
    return columns.flatMap((feature, c): ZScoreRow[] => {
      const value = values[c][r];
      const scale = scales[c];
      return value === null || scale === null
        ? []
        : [{ id, feature, value, z: round4(standardise(value, scale)) }];
    });
  });
}
