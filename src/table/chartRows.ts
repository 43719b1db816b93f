import type { ActorMentionRow, AnonymityRow, HedgingRow, LoadedTermsRow, SourceMixRow } from './rows';
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

const SOURCE_TYPES: readonly SourceType[] = ['person', 'organization', 'document', 'unnamed', 'implicit'];

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

/** Attributions per article and how many of them are anonymous (for `sourceMixWithAnonymity`). */
export function anonymityRows(documents: readonly Document[]): AnonymityRow[] {
  return documents.map((doc) => ({
    id: doc.id,
    attributions: doc.attributions.length,
    anonymous: doc.attributions.filter((a) => a.anonymous).length,
  }));
}

/**
 * Mentions per actor and article (for `actorHeatmap`): one row per actor the article names,
 * in the document's own actor order; the count is the number of mention spans.
 */
export function actorMentionRows(documents: readonly Document[]): ActorMentionRow[] {
  return documents.flatMap((doc) =>
    doc.actors.map((actor) => ({
      id: doc.id,
      actor: actor.name,
      side: actor.side,
      mentions: actor.mentions.length,
    })),
  );
}

/** Summary keys holding hedge and booster rates per voice (docs/output.md, "Summary keys"). */
const HEDGING_KEYS: readonly (readonly [HedgingRow['kind'], HedgingRow['voice'], string])[] = [
  ['hedge', 'outlet', 'hedgesPer1kOutlet'],
  ['hedge', 'quoted', 'hedgesPer1kQuoted'],
  ['booster', 'outlet', 'boostersPer1kOutlet'],
  ['booster', 'quoted', 'boostersPer1kQuoted'],
];

/**
 * Hedges and boosters per 1,000 words of the outlet's voice and of quoted voices (for
 * `hedgingByVoice`): four rows per article. The rates are taken from the document summary,
 * because only the analysis knows how many words stand inside quotation marks; a Document
 * without them (not made by `analyze`) is an error rather than a silent zero.
 */
export function hedgingRows(documents: readonly Document[]): HedgingRow[] {
  return documents.flatMap((doc) =>
    HEDGING_KEYS.map(([kind, voice, key]) => {
      const per1k = doc.summary[key];
      if (typeof per1k !== 'number') {
        throw new Error(
          `hedgingRows: document "${doc.id}" has no numeric summary.${key}; pass Documents made by analyze()`,
        );
      }
      return { id: doc.id, kind, voice, per1k };
    }),
  );
}
