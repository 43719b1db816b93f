import { compareText, round4 } from './numbers';
import { tokenCounts, type TokenCounts } from './tokens';

/** A group's words: token lists (one per document) or counts already pooled. */
export type WordGroup =
  readonly (readonly string[])[] | ReadonlyMap<string, number> | Readonly<Record<string, number>>;

export interface FightinWordsOptions {
  /**
   * α0, the total weight of the prior, in pseudo-words. Each word's prior is α0 × its share of
   * the pooled counts of both groups (Monroe et al. 2008, §3.5.1). Larger α0 shrinks rare words'
   * log-odds harder towards 0; α0 equal to the pooled word count weighs prior and data alike.
   * Required, not defaulted: the ranking depends on it, so a notebook should state it.
   */
  prior: number;
}

export interface FightinWordsRow {
  term: string;
  countA: number;
  countB: number;
  /** Log-odds ratio of the word in A versus B, smoothed by the prior; > 0 leans A. */
  delta: number;
  /** Approximate variance of delta. */
  variance: number;
  /** delta / √variance: > 1.96 marks a word distinctly more A's, < −1.96 more B's. */
  z: number;
}

/**
 * Fightin' Words: which words distinguish group A from group B, by the log-odds ratio with an
 * informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, Political Analysis 16(4), §3.5.1).
 * With y_w^A, y_w^B the counts, n^A, n^B the group totals, α_w = α0 · (y_w^A + y_w^B) / (n^A + n^B):
 *
 *   δ_w = ln[(y_w^A + α_w) / (n^A + α0 − y_w^A − α_w)] − ln[(y_w^B + α_w) / (n^B + α0 − y_w^B − α_w)]
 *   σ²_w ≈ 1/(y_w^A + α_w) + 1/(y_w^B + α_w),   z_w = δ_w / σ_w
 *
 * The z-score, not δ, ranks: frequent words with a modest difference outrank a word seen twice.
 * Rows for every word of either group, sorted by z descending (A's words first), then by word.
 * A vocabulary of a single word has nothing to contrast it with: its δ and z are 0.
 */
export function fightinWords(
  groupA: WordGroup,
  groupB: WordGroup,
  options: FightinWordsOptions,
): FightinWordsRow[] {
  const alpha0 = options.prior;
  if (!(alpha0 > 0) || !Number.isFinite(alpha0))
    throw new RangeError(`fightinWords: prior (α0) must be a positive number, got ${alpha0}`);
  const a = asCounts(groupA, 'A');
  const b = asCounts(groupB, 'B');
  const nA = total(a);
  const nB = total(b);
  const vocabulary = [...new Set([...a.keys(), ...b.keys()])];
  const pooled = nA + nB;
  const rows = vocabulary.map((term): FightinWordsRow => {
    const yA = a.get(term) ?? 0;
    const yB = b.get(term) ?? 0;
    const alpha = (alpha0 * (yA + yB)) / pooled;
    const variance = 1 / (yA + alpha) + 1 / (yB + alpha);
    const delta = vocabulary.length < 2 ? 0 : logOdds(yA, nA, alpha, alpha0) - logOdds(yB, nB, alpha, alpha0);
    return {
      term,
      countA: yA,
      countB: yB,
      delta: round4(delta),
      variance: round4(variance),
      z: round4(delta / Math.sqrt(variance)),
    };
  });
  // Sorted on the rounded z, so two words shown with the same z are ordered by the word itself.
  return rows.sort((x, y) => y.z - x.z || compareText(x.term, y.term));
}

function logOdds(count: number, groupTotal: number, alpha: number, alpha0: number): number {
  return Math.log((count + alpha) / (groupTotal + alpha0 - count - alpha));
}

function asCounts(group: WordGroup, label: string): TokenCounts {
  if (Array.isArray(group)) return tokenCounts(group as readonly (readonly string[])[]);
  const entries =
    group instanceof Map ? [...group.entries()] : Object.entries(group as Readonly<Record<string, number>>);
  const counts: TokenCounts = new Map();
  for (const [term, count] of entries) {
    if (!(count >= 0) || !Number.isFinite(count))
      throw new RangeError(
        `fightinWords: group ${label} count of "${term}" must be a non-negative number, got ${count}`,
      );
    if (count > 0) counts.set(term, count);
  }
  return counts;
}

function total(counts: TokenCounts): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}
