import type { LoadedTermsRow, SourceMixRow } from '../charts/rows';
import type { Document, SourceType } from '../types';

/** Rounded so notebook outputs and tooltips stay readable; 2 decimals is far below noise. */
const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Loaded terms per 1,000 words, per article and favoured side. Every side seen anywhere
 * in the corpus gets a row for every article (0 when absent), so charts and tables line
 * up across articles. Articles with no words count as 0, not NaN.
 */
export function loadedTermRows(documents: readonly Document[]): LoadedTermsRow[] {
  const sides = [...new Set(documents.flatMap((d) => d.loadedTerms.map((t) => t.favours)))].sort();
  return documents.flatMap((doc) =>
    sides.map((side) => {
      const count = doc.loadedTerms.filter((t) => t.favours === side).length;
      return { id: doc.id, side, per1k: doc.stats.words > 0 ? round2((count * 1000) / doc.stats.words) : 0 };
    }),
  );
}

const SOURCE_TYPES: readonly SourceType[] = ['person', 'organization', 'document', 'unnamed'];

/** Attribution counts per article and source type (all four types, 0 when absent). */
export function sourceMixRows(documents: readonly Document[]): SourceMixRow[] {
  return documents.flatMap((doc) =>
    SOURCE_TYPES.map((sourceType) => ({
      id: doc.id,
      sourceType,
      count: doc.attributions.filter((a) => a.sourceType === sourceType).length,
    })),
  );
}
