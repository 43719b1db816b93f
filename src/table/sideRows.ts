import type { Document } from '../types';
import { compareText, documentsById, per1k } from './order';

/** What one side gets in one document: favourable wording, stage presence, and voice. */
export interface SideRow {
  id: string;
  side: string;
  /** Loaded terms that favour the side (`none`: generic emotive wording). */
  loadedTerms: number;
  /** The same per 1,000 words (`stats.words`), as `summary.loadedPer1k_<side>`. */
  loadedPer1k: number;
  /** Mentions of actors whose gazetteer side is this side. */
  actorMentions: number;
  /** Attributions whose speaker is an actor of this side in the same document. */
  voices: number;
}

/**
 * Side × document rows. The sides are those seen anywhere in the corpus — loaded terms'
 * `favours` and actors' `side` — and every document gets a row for every side (0 when absent)
 * so documents line up. Actors without a side are left out: an unknown side is not the
 * `none` of generic wording. Ordered by document id, then side.
 */
export function sideRows(documents: readonly Document[]): SideRow[] {
  const sides = corpusSides(documents);
  return documentsById(documents).flatMap((doc) => {
    const sideOfActor = new Map(doc.actors.map((actor) => [actor.name, actor.side]));
    return sides.map((side): SideRow => {
      const loadedTerms = doc.loadedTerms.filter((t) => t.favours === side).length;
      return {
        id: doc.id,
        side,
        loadedTerms,
        loadedPer1k: per1k(loadedTerms, doc.stats.words),
        actorMentions: doc.actors
          .filter((a) => a.side === side)
          .reduce((sum, a) => sum + a.mentions.length, 0),
        // As the summary's voices_<side>: an attribution counts once for each side among its speakers.
        voices: doc.attributions.filter((a) =>
          (a.speakers ?? (a.speaker === null ? [] : [a.speaker])).some(
            (speaker) => sideOfActor.get(speaker) === side,
          ),
        ).length,
      };
    });
  });
}

function corpusSides(documents: readonly Document[]): string[] {
  const sides = new Set<string>();
  for (const doc of documents) {
    for (const term of doc.loadedTerms) sides.add(term.favours);
    for (const actor of doc.actors) if (actor.side !== null) sides.add(actor.side);
  }
  return [...sides].sort(compareText);
}

export const SIDE_COLUMNS: readonly (keyof SideRow)[] = [
  'id',
  'side',
  'loadedTerms',
  'loadedPer1k',
  'actorMentions',
  'voices',
];
