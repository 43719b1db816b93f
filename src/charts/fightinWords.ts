import type { TopLevelSpec } from 'vega-lite';
import { GREYSCALE_SAFE_RANGE } from './palette';
import type { ChartOptions, FightinWordsRow } from './rows';
import { VEGA_LITE_SCHEMA } from './schema';

export interface FightinWordsOptions extends ChartOptions {
  /** Name of group A (positive z), e.g. `Pakistani outlets`. */
  groupA: string;
  /** Name of group B (negative z). */
  groupB: string;
  /** How many of the most distinctive terms to label on each side (default 10). */
  labelsPerSide?: number;
  /** |z| from which a term counts as distinctive (default 1.96, two-sided 5 %). */
  threshold?: number;
  height?: number;
}

const DEFAULT_LABELS_PER_SIDE = 10;
const DEFAULT_THRESHOLD = 1.96;
const NEITHER = 'neither';
const NEUTRAL_GREY = '#bbbbbb';

/**
 * The Fightin' Words plot (Monroe, Colaresi & Quinn 2008): each term's z-score against its
 * total frequency in both groups (log scale), dashed lines at ±threshold, and the most
 * extreme terms of each side labelled. Terms above the threshold are marked with the group
 * they are distinctive of, by colour and by shape (▲ group A, ▼ group B) for greyscale.
 * Terms that occur in neither group are left out: they have no place on a log axis.
 */
export function fightinWords(rows: readonly FightinWordsRow[], options: FightinWordsOptions): TopLevelSpec {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const labelled = labelledTerms(rows, options.labelsPerSide ?? DEFAULT_LABELS_PER_SIDE);
  const { groupA, groupB } = options;
  if (groupA === groupB) throw new Error(`fightinWords: the two groups need different names (both are "${groupA}")`);
  const values = rows
    .filter((r) => r.countA + r.countB > 0)
    .map((r) => ({
      term: r.term,
      countA: r.countA,
      countB: r.countB,
      total: r.countA + r.countB,
      z: r.z,
      distinctiveOf: r.z >= threshold ? groupA : r.z <= -threshold ? groupB : NEITHER,
      labelled: labelled.has(r.term),
    }));
  const categories = [groupA, groupB, NEITHER];
  const frequencyAxis = {
    field: 'total',
    type: 'quantitative',
    scale: { type: 'log' },
    title: 'Total frequency in both groups (log scale)',
  } as const;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? {
      text: `Distinctive terms: ${groupA} vs ${groupB}`,
      subtitle: `Fightin' Words z-score; above 0 = used more by ${groupA}, below 0 = used more by ${groupB}`,
    },
    width: options.width ?? 520,
    height: options.height ?? 360,
    data: { values },
    // x is set per layer: the threshold rules have no frequency and span the whole width.
    encoding: { y: { field: 'z', type: 'quantitative', title: `z-score (${groupA} +, ${groupB} −)` } },
    layer: [
      {
        data: { values: [{ z: threshold }, { z: -threshold }] },
        mark: { type: 'rule', strokeDash: [4, 4], color: '#888888' },
      },
      {
        mark: { type: 'point', filled: true, size: 36, opacity: 0.8, stroke: '#222222', strokeWidth: 0.3 },
        encoding: {
          x: frequencyAxis,
          color: {
            field: 'distinctiveOf',
            type: 'nominal',
            title: `Distinctive (|z| ≥ ${threshold})`,
            scale: { domain: categories, range: [GREYSCALE_SAFE_RANGE[0], GREYSCALE_SAFE_RANGE[2], NEUTRAL_GREY] },
          },
          shape: {
            field: 'distinctiveOf',
            type: 'nominal',
            scale: { domain: categories, range: ['triangle-up', 'triangle-down', 'circle'] },
          },
          tooltip: [
            { field: 'term', type: 'nominal', title: 'Term' },
            { field: 'z', type: 'quantitative', title: 'z', format: '.2f' },
            { field: 'countA', type: 'quantitative', title: groupA },
            { field: 'countB', type: 'quantitative', title: groupB },
          ],
        },
      },
      {
        transform: [{ filter: 'datum.labelled' }],
        mark: { type: 'text', align: 'left', dx: 5, fontSize: 10, color: '#111111' },
        encoding: { x: frequencyAxis, text: { field: 'term', type: 'nominal' } },
      },
    ],
  };
}

/**
 * The `perSide` highest and `perSide` lowest z-scores (only positive ones count for A,
 * only negative ones for B). Ties go to the more frequent term, then alphabetical order,
 * so the same rows always label the same terms.
 */
export function labelledTerms(rows: readonly FightinWordsRow[], perSide: number): Set<string> {
  const byExtremity = (sign: 1 | -1) => (a: FightinWordsRow, b: FightinWordsRow): number =>
    sign * (b.z - a.z) || b.countA + b.countB - (a.countA + a.countB) || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
  const shown = rows.filter((r) => r.countA + r.countB > 0);
  const sideA = shown.filter((r) => r.z > 0).sort(byExtremity(1)).slice(0, perSide);
  const sideB = shown.filter((r) => r.z < 0).sort(byExtremity(-1)).slice(0, perSide);
  return new Set([...sideA, ...sideB].map((r) => r.term));
}
