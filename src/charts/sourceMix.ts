import type { TopLevelSpec } from 'vega-lite';
import { orderedCategories, sortedDistinct } from './categories';
import { BAR_OUTLINE, greyscaleSafeRange } from './palette';
import type { ChartOptions, SourceMixRow } from './rows';
import { VEGA_LITE_SCHEMA } from './schema';
import type { DataUnitView } from './specTypes';

/** Same order as `SourceType` in src/types.ts: named sources first, anonymous last. */
const SOURCE_TYPE_ORDER = ['person', 'organization', 'document'];
const SOURCE_TYPES_SHOWN_LAST = ['unnamed'];

/**
 * Horizontal 100 % stacked bars: for each article (sorted by id), the share of its
 * attributions that cite each source type. Shares, not counts, so long and short
 * articles are comparable; counts stay available in the tooltip.
 */
export function sourceMix(rows: readonly SourceMixRow[], options: ChartOptions = {}): TopLevelSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? 'Source-type mix of attributions, per article',
    ...sourceMixUnit(rows, sortedDistinct(rows.map((r) => r.id)), options.width ?? 480),
  };
}

/**
 * The bars of `sourceMix` without title or schema, so that other charts can place them
 * next to related views. `articles` fixes the y order (and may list articles without rows).
 */
export function sourceMixUnit(rows: readonly SourceMixRow[], articles: readonly string[], width: number): DataUnitView {
  const sourceTypes = orderedCategories(
    rows.map((r) => r.sourceType),
    SOURCE_TYPE_ORDER,
    SOURCE_TYPES_SHOWN_LAST,
  );
  return {
    width,
    height: { step: 24 },
    data: { values: rows.map((r) => ({ id: r.id, sourceType: r.sourceType, count: r.count })) },
    transform: [
      { calculate: `indexof(${JSON.stringify(sourceTypes)}, datum.sourceType)`, as: 'typeOrder' },
      // Screen-reader label per bar; otherwise vega-lite lists every channel, stack order included.
      { calculate: "datum.id + ': ' + datum.count + ' attribution(s) to ' + datum.sourceType + ' sources'", as: 'description' },
    ],
    mark: { type: 'bar', ...BAR_OUTLINE },
    encoding: {
      y: { field: 'id', type: 'nominal', sort: [...articles], scale: { domain: [...articles] }, title: 'Article' },
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
        { field: 'id', type: 'nominal', title: 'Article' },
        { field: 'sourceType', type: 'nominal', title: 'Source type' },
        { field: 'count', type: 'quantitative', title: 'Attributions' },
      ],
    },
  };
}
