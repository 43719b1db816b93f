import type { TopLevelSpec } from 'vega-lite';
import { sortedDistinct } from './categories';
import { GREYSCALE_SAFE_RANGE, LIGHT_TEXT, DARK_TEXT } from './palette';
import type { ChartOptions, ReferentRow } from './rows';
import { VEGA_LITE_SCHEMA } from './schema';
import { isPlainReferent } from '../referents';

export interface TerminologyByGroupOptions extends ChartOptions {
  /**
   * Referents to show, in this order; default: the most frequent plain-phrase referents (`isPlainReferent`)
   * with two or more wordings, one of them loaded.
   */
  referents?: readonly string[];
  /** How many referents by default (8). */
  maxReferents?: number;
  /** Order of the groups in every panel; default sorted by name. */
  groupOrder?: readonly string[];
}

/** `favours` of plain wordings (`NEUTRAL_WORDING` in src/table) and of generic language. */
const NEUTRAL = 'neutral';
const NO_SIDE = 'none';
const NEUTRAL_GREY = '#d9d9d9';
/** Average width of a 10-px label character, to decide whether a wording fits in its segment. */
const CHAR_PIXELS = 5.6;

/**
 * Terminology alignment: one panel per referent, one bar per group, the bar split into the
 * wordings the group used for that referent (share of its occurrences), coloured by the side
 * each wording favours, the plain (neutral) wording in grey between the sides; each segment is
 * labelled with its wording where it fits, and `n` at the right is the occurrences behind the bar.
 * A referent with one wording only says nothing about alignment, so the default picks the
 * `maxReferents` most frequent referents worth aligning (`defaultReferents`).
 */
export function terminologyByGroup(
  rows: readonly ReferentRow[],
  options: TerminologyByGroupOptions = {},
): TopLevelSpec {
  const width = options.width ?? 420;
  const referents = options.referents
    ? [...options.referents]
    : defaultReferents(rows, options.maxReferents ?? 8);
  const shown = rows.filter((r) => referents.includes(r.referent));
  const groups = options.groupOrder ? [...options.groupOrder] : sortedDistinct(shown.map((r) => r.group));
  const colours = colourScale(shown.map((r) => r.favours));
  const totals = new Map<string, number>();
  for (const r of shown)
    totals.set(`${r.referent}\u0000${r.group}`, (totals.get(`${r.referent}\u0000${r.group}`) ?? 0) + r.count);
  const barsLabelled = new Set<string>();
  const values = shown
    .map((r) => ({
      referent: r.referent,
      group: r.group,
      wording: r.wording,
      favours: r.favours,
      count: r.count,
      share: r.share,
      // Stack order: side in legend order, then wording, so one wording sits in the same place in every bar.
      order: colours.domain.indexOf(r.favours),
      label: r.wording.length * CHAR_PIXELS + 6 <= r.share * width ? r.wording : '',
      labelColour:
        colours.range[colours.domain.indexOf(r.favours)] === GREYSCALE_SAFE_RANGE[0] ? LIGHT_TEXT : DARK_TEXT,
      nLabel: `n = ${totals.get(`${r.referent}\u0000${r.group}`)}`,
      referentOrder: referents.indexOf(r.referent),
    }))
    .sort(
      (a, b) =>
        a.referentOrder - b.referentOrder ||
        a.order - b.order ||
        (a.wording < b.wording ? -1 : a.wording > b.wording ? 1 : 0),
    )
    // One `n` label per bar: the first segment of each referent × group carries it.
    .map((v, i) => {
      const bar = `${v.referent}\u0000${v.group}`;
      const barLabel = !barsLabelled.has(bar);
      barsLabelled.add(bar);
      return { ...v, order: i, barLabel };
    });
  const y = options.groupOrder
    ? { field: 'group', type: 'nominal' as const, scale: { domain: groups }, title: null }
    : { field: 'group', type: 'nominal' as const, sort: 'ascending' as const, title: null };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? 'Terminology alignment: which wording each group uses for the same referent',
    data: { values },
    facet: {
      row: {
        field: 'referent',
        type: 'nominal',
        sort: { field: 'referentOrder', op: 'min' },
        title: null,
        header: { labelOrient: 'top', labelAnchor: 'start', labelFontWeight: 'bold', labelLimit: width },
      },
    },
    spacing: 6,
    spec: {
      width,
      height: { step: 18 },
      encoding: { y },
      layer: [
        {
          mark: { type: 'bar', stroke: '#222222', strokeWidth: 0.5 },
          encoding: {
            x: {
              field: 'share',
              type: 'quantitative',
              stack: 'zero',
              title: 'Share of the referent’s occurrences',
              scale: { domain: [0, 1] },
              axis: { format: '%' },
            },
            color: {
              field: 'favours',
              type: 'nominal',
              title: 'Wording favours',
              scale: { domain: colours.domain, range: colours.range },
              legend: { orient: 'bottom' },
            },
            order: { field: 'order', type: 'quantitative' },
            tooltip: [
              { field: 'referent', type: 'nominal', title: 'Referent' },
              { field: 'group', type: 'nominal', title: 'Group' },
              { field: 'wording', type: 'nominal', title: 'Wording' },
              { field: 'favours', type: 'nominal', title: 'Favours' },
              { field: 'count', type: 'quantitative', title: 'Occurrences' },
              { field: 'share', type: 'quantitative', title: 'Share', format: '.0%' },
            ],
          },
        },
        {
          mark: { type: 'text', fontSize: 10, align: 'center', baseline: 'middle' },
          encoding: {
            x: { field: 'share', type: 'quantitative', stack: 'zero', bandPosition: 0.5 },
            order: { field: 'order', type: 'quantitative' },
            text: { field: 'label', type: 'nominal' },
            color: { field: 'labelColour', type: 'nominal', scale: null },
          },
        },
        {
          transform: [{ filter: 'datum.barLabel' }],
          mark: { type: 'text', align: 'left', dx: 6, fontSize: 10, color: '#444444' },
          encoding: { x: { value: width }, text: { field: 'nLabel', type: 'nominal' } },
        },
      ],
    },
  } as TopLevelSpec;
}

/**
 * Referents worth aligning: plain phrases (not editing advice such as `(omit the adjective)`), with at
 * least two wordings in the rows and at least one of them loaded; most occurrences first (ties by name).
 */
export function defaultReferents(rows: readonly ReferentRow[], limit: number): string[] {
  const wordings = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  const loaded = new Set<string>();
  for (const r of rows) {
    if (r.loaded) loaded.add(r.referent);
    if (!wordings.has(r.referent)) wordings.set(r.referent, new Set());
    wordings.get(r.referent)!.add(`${r.favours}\u0000${r.wording}`);
    counts.set(r.referent, (counts.get(r.referent) ?? 0) + r.count);
  }
  return [...wordings.keys()]
    .filter(
      (referent) => isPlainReferent(referent) && loaded.has(referent) && wordings.get(referent)!.size >= 2,
    )
    .sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit);
}

/** Sides in name order around the neutral grey (half before, half after), generic language last. */
function colourScale(favours: readonly string[]): { domain: string[]; range: string[] } {
  const present = new Set(favours);
  const sides = sortedDistinct(favours.filter((f) => f !== NEUTRAL && f !== NO_SIDE));
  const half = Math.ceil(sides.length / 2);
  const domain = [
    ...sides.slice(0, half),
    ...(present.has(NEUTRAL) ? [NEUTRAL] : []),
    ...sides.slice(half),
    ...(present.has(NO_SIDE) ? [NO_SIDE] : []),
  ];
  // Side colours from the greyscale-safe palette, skipping the light end that would read as the neutral grey.
  const sideColours = [
    GREYSCALE_SAFE_RANGE[0],
    GREYSCALE_SAFE_RANGE[2],
    GREYSCALE_SAFE_RANGE[1],
    GREYSCALE_SAFE_RANGE[3],
  ];
  let next = 0;
  const range = domain.map((d) =>
    d === NEUTRAL
      ? NEUTRAL_GREY
      : d === NO_SIDE
        ? GREYSCALE_SAFE_RANGE[4]
        : sideColours[next++ % sideColours.length],
  );
  return { domain, range };
}
