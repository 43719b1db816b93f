import { numericValue, round4, rowId } from './numbers';
import { columnScale, standardise, type ColumnScale } from './zScores';

export interface SimilarityRow {
  a: string;
  b: string;
  /** Cosine of the two z-scored profiles; null when either profile is all zeros (no direction). */
  cosine: number | null;
}

/**
 * How alike two documents' framing profiles are: cosine similarity of their z-scored feature
 * vectors (population SD, as `zScores`). z-scoring first puts per-1k rates and shares on one
 * scale and makes the cosine read "leans the same way from the corpus average". A missing value
 * counts as z = 0 (at the average), so it neither adds nor removes similarity. Rows for every
 * ordered pair, diagonal included, in row order × row order — a square a heatmap can draw as is.
 */
export function similarity(rows: readonly object[], features: readonly string[]): SimilarityRow[] {
  const profiles = zProfiles(rows, features);
  const ids = rows.map((row) => rowId(row, 'similarity'));
  return ids.flatMap((a, i) =>
    ids.map((b, j): SimilarityRow => ({ a, b, cosine: cosine(profiles[i], profiles[j]) })),
  );
}

function zProfiles(rows: readonly object[], features: readonly string[]): number[][] {
  const columns = features.map((feature) => rows.map((row) => numericValue(row, feature, 'similarity')));
  const scales = columns.map((values): ColumnScale | null => {
    const present = values.filter((v): v is number => v !== null);
    return present.length > 0 ? columnScale(present) : null;
  });
  return rows.map((_, r) =>
    features.map((_, c) => {
      const value = columns[c][r];
      const scale = scales[c];
      return value === null || scale === null ? 0 : standardise(value, scale);
    }),
  );
}

function cosine(x: readonly number[], y: readonly number[]): number | null {
  let dot = 0;
  let xx = 0;
  let yy = 0;
  for (let i = 0; i < x.length; i++) {
    dot += x[i] * y[i];
    xx += x[i] * x[i];
    yy += y[i] * y[i];
  }
  if (xx === 0 || yy === 0) return null;
  // Clamped: rounding can push |cos| of parallel profiles a hair past 1.
  return round4(Math.max(-1, Math.min(1, dot / Math.sqrt(xx * yy))));
}
