import type { TopLevelSpec } from 'vega-lite';
import { orderedCategories } from './categories';
import {
  articleAxis,
  articleAxisLabels,
  articleAxisSize,
  articleAxisTitle,
  articleField,
  articleFields,
  articleLabelIndex,
  articleTooltip,
  type ArticleLabelIndex,
} from './articleAxis';
import { BAR_OUTLINE, greyscaleSafeRange } from './palette';
import type { ArticleChartOptions, SourceMixRow } from './rows';
import { VEGA_LITE_SCHEMA } from './schema';
import type { DataUnitView } from './specTypes';

/** Same order as `SourceType` in src/types.ts: named sources first, then unnamed and unstated ones. */
const SOURCE_TYPE_ORDER = ['person', 'organization', 'document'];
const SOURCE_TYPES_SHOWN_LAST = ['unnamed', 'implicit'];

/**
 * Horizontal 100 % stacked bars: for each article (sorted by id), the share of its
 * attributions that cite each source type. Shares, not counts, so long and short
 * articles are comparable; counts stay available in the tooltip.
 */
export function sourceMix(rows: readonly SourceMixRow[], options: ArticleChartOptions = {}): TopLevelSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? 'Source-type mix of attributions, per article',
    ...sourceMixUnit(
      rows,
      new Set(rows.map((r) => r.id)).size,
      options.width ?? 480,
      articleLabelIndex(options.articles),
    ),
  };
}

/**
 * The bars of `sourceMix` without title or schema, so that other charts can place them
 * next to related views. Articles are sorted by id; `articleCount` sizes the y axis (a view
 * that shares this y scale may add articles that have no rows here).
 */
export function sourceMixUnit(
  rows: readonly SourceMixRow[],
  articleCount: number,
  width: number,
  labels: ArticleLabelIndex = null,
): DataUnitView {
  const sourceTypes = orderedCategories(
    rows.map((r) => r.sourceType),
    SOURCE_TYPE_ORDER,
    SOURCE_TYPES_SHOWN_LAST,
  );
  const axis = articleAxis(articleCount, 24);
  return {
    width,
    height: articleAxisSize(axis),
    // The stacking order is a data field, not a Vega expression listing the categories.
    data: {
      values: rows.map((r) => ({
        id: r.id,
        ...articleFields(r.id, labels),
        sourceType: r.sourceType,
        count: r.count,
        typeOrder: sourceTypes.indexOf(r.sourceType),
      })),
    },
    transform: [
      // Screen-reader label per bar; otherwise vega-lite lists every channel, stack order included.
      {
        calculate: "datum.id + ': ' + datum.count + ' attribution(s) to ' + datum.sourceType + ' sources'",
        as: 'description',
      },
    ],
    mark: { type: 'bar', ...(axis.labelled ? BAR_OUTLINE : {}) },
    encoding: {
      // Id order (code points, as `sortedDistinct`); an explicit list of every id would
      // compile to one nested Vega expression per article.
      y: {
        ...articleField(labels),
        title: articleAxisTitle(axis, articleCount),
        axis: articleAxisLabels(axis),
      },
      x: {
        field: 'count',
        type: 'quantitative',
        stack: 'normalize',
        title: 'Share of attributions',
        axis: { format: '.0%' },
      },
      color: {
        field: 'sourceType',
        type: 'nominal',
        title: 'Source type',
        scale: { domain: sourceTypes, range: greyscaleSafeRange(sourceTypes.length) },
      },
      order: { field: 'typeOrder', type: 'quantitative' },
      description: { field: 'description', type: 'nominal' },
      tooltip: [
        ...articleTooltip(labels),
        { field: 'sourceType', type: 'nominal', title: 'Source type' },
        { field: 'count', type: 'quantitative', title: 'Attributions' },
      ],
    },
  };
}
