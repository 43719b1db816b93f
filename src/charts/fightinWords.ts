import type { TopLevelSpec } from 'vega-lite';
import { logDensity } from './density';
import { GREYSCALE_SAFE_RANGE } from './palette';
import type { ChartOptions, FightinWordsRow } from './rows';
import { VEGA_LITE_SCHEMA } from './schema';

export interface FightinWordsOptions extends ChartOptions {
  /** Name of group A (positive z), e.g. `Pakistani outlets`. */
  groupA: string;
  /** Name of group B (negative z). */
  groupB: string;
  /** How many of the most distinctive terms of each side the ranked bars list (default 10). */
  labelsPerSide?: number;
  /** |z| from which a term counts as distinctive (default 1.96, two-sided 5 %). */
  threshold?: number;
  /**
   * Most distinctive terms drawn as single points (default 1,000, the most extreme |z| first);
   * any beyond join the grey density with the rest, so a chart never carries more marks than
   * a reader can tell apart, nor a notebook megabytes of them.
   */
  maxPoints?: number;
  height?: number;
}

const DEFAULT_LABELS_PER_SIDE = 10;
const DEFAULT_THRESHOLD = 1.96;
const DEFAULT_MAX_POINTS = 1000;
/** The density grid: at most 24 × 20 = 480 cells. */
const DENSITY_BINS = { xBins: 24, yBins: 20 };
const DENSITY_GREY = '#555555';
const RULE_GREY = '#888888';
/** Pixels per ranked term: room for a 10 px label with a gap. */
const BAR_STEP = 16;
/** Vega shortens labels and legend titles past ~180 px by default; ours are never cut. */
const NO_CUT = 1000;
/** Opacity of a ranked term that is not distinctive (|z| under the threshold). */
const FADED = 0.4;

/**
 * The Fightin' Words plot (Monroe, Colaresi & Quinn 2008), in two panels.
 * Left, the scatter: each term's z-score against its total frequency in both groups (log
 * scale), dashed lines at ±threshold. Distinctive terms (|z| ≥ threshold) are points, coloured
 * and shaped (▲ group A, ▼ group B, for greyscale) by the group they are distinctive of; the
 * other terms, thousands in a large corpus, are a grey binned density (cells of the log
 * frequency × z plane, darker = more terms), so every term is accounted for but none is
 * drawn singly. Right, the ranked terms: the `labelsPerSide` highest and lowest z-scores as
 * diverging bars, one labelled row each, so every word can be read. Terms that occur in
 * neither group are left out: they have no place on a log axis.
 */
export function fightinWords(rows: readonly FightinWordsRow[], options: FightinWordsOptions): TopLevelSpec {
  const { groupA, groupB } = options;
  if (groupA === groupB)
    throw new Error(`fightinWords: the two groups need different names (both are "${groupA}")`);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const maxPoints = options.maxPoints ?? DEFAULT_MAX_POINTS;
  const height = options.height ?? 360;
  const shown = rows.filter((r) => r.countA + r.countB > 0);
  const { points, rest } = splitDistinctive(shown, threshold, maxPoints);
  const perSide = options.labelsPerSide ?? DEFAULT_LABELS_PER_SIDE;
  const ranked = rankedTerms(shown, perSide);
  const sideOf = (r: FightinWordsRow) => (r.z > 0 ? groupA : groupB);
  const term = (r: FightinWordsRow) => ({
    term: r.term,
    countA: r.countA,
    countB: r.countB,
    total: r.countA + r.countB,
    z: r.z,
    side: sideOf(r),
  });
  const cells = logDensity(
    rest.map((r) => ({ x: r.countA + r.countB, y: r.z })),
    DENSITY_BINS,
  );

  const sides = { field: 'side', type: 'nominal', title: 'Used more by' } as const;
  const colour = {
    ...sides,
    scale: { domain: [groupA, groupB], range: [GREYSCALE_SAFE_RANGE[0], GREYSCALE_SAFE_RANGE[2]] },
  };
  const z = { field: 'z', type: 'quantitative', title: `z-score (${groupA} +, ${groupB} −)` } as const;
  const tooltip = [
    { field: 'term', type: 'nominal', title: 'Term' },
    { field: 'z', type: 'quantitative', title: 'z', format: '.2f' },
    { field: 'countA', type: 'quantitative', title: groupA },
    { field: 'countB', type: 'quantitative', title: groupB },
  ];
  const thresholdRules = {
    data: { values: [{ z: threshold }, { z: -threshold }] },
    mark: { type: 'rule', strokeDash: [4, 4], color: RULE_GREY },
  } as const;
  const frequency = {
    field: 'total',
    type: 'quantitative',
    scale: { type: 'log' },
    title: 'Total frequency in both groups (log scale)',
  } as const;
  // Past maxPoints the least extreme distinctive terms are in the cells too: the subtitle says so.
  const overflow = countDistinctive(shown, threshold) - points.length;
  const pointsNote =
    overflow > 0
      ? `Points: the ${thousands(points.length)} terms with the largest |z|; grey cells: the other ${thousands(rest.length)} terms (${thousands(overflow)} of them with |z| ≥ ${threshold}), counted per cell.`
      : `Points: terms with |z| ≥ ${threshold}; grey cells: the other ${thousands(rest.length)} terms, counted per cell.`;

  const scatter = {
    width: options.width ?? 420,
    height,
    encoding: { y: z },
    layer: [
      {
        data: { values: cells.map((c) => ({ total: c.x, total2: c.x2, z: c.y, z2: c.y2, terms: c.count })) },
        // aria: false: a label per cell or point would triple the SVG and no screen reader can use thousands.
        mark: { type: 'rect', color: DENSITY_GREY, aria: false },
        encoding: {
          x: frequency,
          x2: { field: 'total2' },
          y2: { field: 'z2' },
          opacity: {
            field: 'terms',
            type: 'quantitative',
            title: 'Other terms per cell',
            scale: { type: 'log', range: [0.12, 0.75] },
            legend: { titleLimit: NO_CUT, labelLimit: NO_CUT },
          },
          tooltip: [
            { field: 'terms', type: 'quantitative', title: 'Terms in this cell' },
            { field: 'total', type: 'quantitative', title: 'Frequency from', format: '.3~r' },
            { field: 'total2', type: 'quantitative', title: 'Frequency to', format: '.3~r' },
          ],
        },
      },
      thresholdRules,
      {
        data: { values: points.map(term) },
        mark: {
          type: 'point',
          filled: true,
          size: 36,
          opacity: 0.85,
          stroke: '#222222',
          strokeWidth: 0.3,
          aria: false,
        },
        encoding: {
          x: frequency,
          color: { ...colour, legend: { titleLimit: NO_CUT, labelLimit: NO_CUT } },
          shape: { ...sides, scale: { domain: [groupA, groupB], range: ['triangle-up', 'triangle-down'] } },
          tooltip,
        },
      },
    ],
  };

  const bars = {
    width: 220,
    height: { step: BAR_STEP },
    title: { text: `Top ${perSide} terms per side`, subtitle: `faded: |z| < ${threshold}`, fontSize: 12 },
    layer: [
      {
        data: { values: ranked.map(term) },
        mark: { type: 'bar', stroke: '#222222', strokeWidth: 0.3 },
        encoding: {
          y: {
            field: 'term',
            type: 'nominal',
            sort: { field: 'z', order: 'descending' },
            title: null,
            axis: { labelLimit: NO_CUT, labelFontSize: 11 },
          },
          // A short title: the panel is narrow, and the colours say which side is which.
          x: { ...z, title: 'z-score' },
          color: colour,
          // The top terms of a side need not be distinctive: those under the threshold are faded.
          opacity: { condition: { test: `abs(datum.z) >= ${threshold}`, value: 1 }, value: FADED },
          tooltip,
        },
      },
      { ...thresholdRules, encoding: { x: { field: 'z', type: 'quantitative' } } },
    ],
  };

  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? {
      text: `Distinctive terms: ${groupA} vs ${groupB}`,
      subtitle: [
        `Fightin' Words z-score; above 0 = used more by ${groupA}, below 0 = used more by ${groupB}.`,
        pointsNote,
      ],
    },
    hconcat: [scatter, bars],
    resolve: { scale: { y: 'independent' } },
  } as TopLevelSpec;
}

/** 12345 → "12,345", whatever the process locale. */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

function countDistinctive(rows: readonly FightinWordsRow[], threshold: number): number {
  return rows.filter((r) => Math.abs(r.z) >= threshold).length;
}

/**
 * Distinctive terms (|z| ≥ threshold) to draw as points, at most `maxPoints`, the most extreme
 * first (ties: more frequent, then alphabetical); everything else goes to the density.
 */
export function splitDistinctive(
  rows: readonly FightinWordsRow[],
  threshold: number,
  maxPoints: number,
): { points: FightinWordsRow[]; rest: FightinWordsRow[] } {
  const distinctive = rows.filter((r) => Math.abs(r.z) >= threshold).sort(byExtremity);
  const points = distinctive.slice(0, Math.max(0, maxPoints));
  const drawn = new Set(points);
  return { points, rest: rows.filter((r) => !drawn.has(r)) };
}

/**
 * The `perSide` highest positive and `perSide` lowest negative z-scores, ordered from the most
 * group-A term to the most group-B term. Ties go to the more frequent term, then alphabetical
 * order, so the same rows always rank the same terms.
 */
export function rankedTerms(rows: readonly FightinWordsRow[], perSide: number): FightinWordsRow[] {
  const shown = rows.filter((r) => r.countA + r.countB > 0);
  const sideA = shown
    .filter((r) => r.z > 0)
    .sort(byExtremity)
    .slice(0, perSide);
  const sideB = shown
    .filter((r) => r.z < 0)
    .sort(byExtremity)
    .slice(0, perSide);
  return [...sideA, ...sideB.reverse()];
}

/** The terms `rankedTerms` lists. */
export function labelledTerms(rows: readonly FightinWordsRow[], perSide: number): Set<string> {
  return new Set(rankedTerms(rows, perSide).map((r) => r.term));
}

function byExtremity(a: FightinWordsRow, b: FightinWordsRow): number {
  return (
    Math.abs(b.z) - Math.abs(a.z) ||
    b.countA + b.countB - (a.countA + a.countB) ||
    (a.term < b.term ? -1 : a.term > b.term ? 1 : 0)
  );
}
