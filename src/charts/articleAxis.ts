import { round4 } from '../numbers';

/**
 * Sizing of an axis with one band per article (or per group). Small corpora keep a fixed
 * step per article, so a chart grows with its data; past `maxPixels` the axis keeps that
 * length and the bands get thinner, so a 1,000-article corpus gives a dense but
 * screen-sized chart instead of one 24,000 px tall.
 */

/** Longest article axis: about one notebook screen. */
export const MAX_ARTICLE_AXIS_PIXELS = 960;
/** Narrowest band that still fits a readable label (10 px font) and a visible outline. */
export const MIN_LABELLED_STEP = 10;

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

export function articleAxis(articleCount: number, preferredStep: number, maxPixels = MAX_ARTICLE_AXIS_PIXELS): ArticleAxis {
  if (articleCount * preferredStep <= maxPixels) {
    return { step: preferredStep, natural: true, length: articleCount * preferredStep, labelled: preferredStep >= MIN_LABELLED_STEP };
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

/** Axis properties: the ids as labels, or no labels and ticks when they would overlap. */
export function articleAxisLabels(axis: ArticleAxis): { labels: boolean; ticks: boolean } | Record<string, never> {
  return axis.labelled ? {} : { labels: false, ticks: false };
}

/**
 * The `x` channel of a heatmap with one column per article. Ascending = code-point order, as
 * `sortedDistinct`; an explicit list of every id would compile to one nested Vega expression
 * per article (a stack overflow past about a thousand).
 */
export function articleColumns(axis: ArticleAxis, articleCount: number) {
  return {
    field: 'id',
    type: 'nominal' as const,
    sort: 'ascending' as const,
    title: articleAxisTitle(axis, articleCount),
    axis: { labelAngle: -30, labelLimit: 160, ...articleAxisLabels(axis) },
  };
}
