import { round4 } from '../numbers';
import type { ArticleLabel } from './articleLabels';

/**
 * Sizing of an axis with one band per article (or per group). Small corpora keep a fixed
 * step per article, so a chart grows with its data; past `maxPixels` the axis keeps that
 * length and the bands get thinner, so a 1,000-article corpus gives a dense but
 * screen-sized chart instead of one 24,000 px tall.
 */

/** Longest article axis: about one notebook screen. */
export const MAX_ARTICLE_AXIS_PIXELS = 960;
/**
 * Narrowest band that still fits a readable label and a visible outline: a 10 px font's
 * glyph box is about 12 px tall (ascenders and descenders), so narrower bands overlap labels.
 */
export const MIN_LABELLED_STEP = 12;

/** Vega shortens axis labels past ~180 px by default; article labels are short already. */
const NO_CUT = 1000;

export interface ArticleAxis {
  /** Pixels per article (rounded to 4 decimals, so specs stay byte-stable). */
  step: number;
  /** False when the axis was compressed to `maxPixels` (length is then fixed). */
  natural: boolean;
  /** Length of the whole axis in pixels. */
  length: number;
  /** Whether each band is wide enough for an id label, cell text and mark outlines. */
  labelled: boolean;
}

export function articleAxis(
  articleCount: number,
  preferredStep: number,
  maxPixels = MAX_ARTICLE_AXIS_PIXELS,
): ArticleAxis {
  if (articleCount * preferredStep <= maxPixels) {
    return {
      step: preferredStep,
      natural: true,
      length: articleCount * preferredStep,
      labelled: preferredStep >= MIN_LABELLED_STEP,
    };
  }
  const step = round4(maxPixels / articleCount);
  return { step, natural: false, length: maxPixels, labelled: step >= MIN_LABELLED_STEP };
}

/** Axis title that says how many articles an unlabelled axis holds, since no id is shown. */
export function articleAxisTitle(axis: ArticleAxis, articleCount: number, title = 'Article'): string {
  return axis.labelled ? title : `${title} (${articleCount}, sorted by id)`;
}

/** Vega-Lite `height`/`width`: a step per article while it fits, else the fixed length. */
export function articleAxisSize(axis: ArticleAxis): { step: number } | number {
  return axis.natural ? { step: axis.step } : axis.length;
}

/** Axis properties: the labels in full, or no labels and ticks when they would overlap. */
export function articleAxisLabels(
  axis: ArticleAxis,
): { labels: boolean; ticks: boolean } | { labelLimit: number } {
  return axis.labelled ? { labelLimit: NO_CUT } : { labels: false, ticks: false };
}

/**
 * The `x` channel of a heatmap with one column per article. Ascending = code-point order, as
 * `sortedDistinct`; an explicit list of every id would compile to one nested Vega expression
 * per article (a stack overflow past about a thousand).
 */
export function articleColumns(axis: ArticleAxis, articleCount: number, index: ArticleLabelIndex = null) {
  return {
    ...articleField(index),
    title: articleAxisTitle(axis, articleCount),
    axis: { labelAngle: -30, ...articleAxisLabels(axis) },
  };
}

/**
 * Label lookup for a chart: each row's data gains `articleLabel` (the axis text), `articleTitle`
 * and `articleOrder` (its place in id order); without labels the ids are the labels, as before.
 */
export type ArticleLabelIndex = ReadonlyMap<string, ArticleLabel> | null;

export function articleLabelIndex(labels: readonly ArticleLabel[] | undefined): ArticleLabelIndex {
  return labels === undefined ? null : new Map(labels.map((l) => [l.id, l]));
}

/** The fields one data row needs for a labelled article axis; an unknown id keeps its id. */
export function articleFields(
  id: string,
  index: ArticleLabelIndex,
): { articleLabel?: string; articleTitle?: string | null; articleOrder?: number } {
  if (index === null) return {};
  const known = index.get(id);
  return known
    ? { articleLabel: known.label, articleTitle: known.title, articleOrder: known.order }
    : { articleLabel: id, articleTitle: null, articleOrder: index.size };
}

/**
 * The article channel: ids in code-point order, or with labels the `articleLabel` field in the
 * order of the ids (a numeric field, so no Vega expression lists every article).
 */
export function articleField(index: ArticleLabelIndex) {
  return index === null
    ? { field: 'id', type: 'nominal' as const, sort: 'ascending' as const }
    : {
        field: 'articleLabel',
        type: 'nominal' as const,
        sort: { field: 'articleOrder', op: 'min' as const },
      };
}

/** Tooltip entries naming the article: its label, full id and title when labelled. */
export function articleTooltip(index: ArticleLabelIndex) {
  return index === null
    ? [{ field: 'id', type: 'nominal' as const, title: 'Article' }]
    : [
        { field: 'articleLabel', type: 'nominal' as const, title: 'Article' },
        { field: 'id', type: 'nominal' as const, title: 'Id' },
        { field: 'articleTitle', type: 'nominal' as const, title: 'Title' },
      ];
}
