/** Span comparison and one-to-one matching of gold items to predicted items. */

export interface Range {
  start: number;
  end: number;
}

export const overlapLength = (a: Range, b: Range): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export const overlaps = (a: Range, b: Range): boolean => overlapLength(a, b) > 0;

export const sameSpan = (a: Range, b: Range): boolean => a.start === b.start && a.end === b.end;

export interface Matching<G, P> {
  pairs: { gold: G; predicted: P }[];
  unmatchedGold: G[];
  unmatchedPredicted: P[];
}

/**
 * Pairs gold and predicted items one-to-one. Candidate pairs are those `compatible` says yes to;
 * the pairs with the largest overlap are taken first (ties: earlier gold, then earlier prediction),
 * so one long prediction cannot be credited for two gold items and the assignment is deterministic.
 */
export function matchOneToOne<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  goldSpan: (g: G) => Range,
  predictedSpan: (p: P) => Range,
  compatible: (g: G, p: P) => boolean,
): Matching<G, P> {
  const candidates: { gi: number; pi: number; overlap: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      if (compatible(g, p))
        candidates.push({ gi, pi, overlap: overlapLength(goldSpan(g), predictedSpan(p)) });
    }),
  );
  candidates.sort((a, b) => b.overlap - a.overlap || a.gi - b.gi || a.pi - b.pi);
  const goldTaken = new Set<number>();
  const predTaken = new Set<number>();
  const pairs: { gold: G; predicted: P }[] = [];
  for (const c of candidates) {
    if (goldTaken.has(c.gi) || predTaken.has(c.pi)) continue;
    goldTaken.add(c.gi);
    predTaken.add(c.pi);
    pairs.push({ gold: gold[c.gi], predicted: predicted[c.pi] });
  }
  return {
    pairs,
    unmatchedGold: gold.filter((_, i) => !goldTaken.has(i)),
    unmatchedPredicted: predicted.filter((_, i) => !predTaken.has(i)),
  };
}
