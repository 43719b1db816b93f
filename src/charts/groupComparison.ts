import type { TopLevelSpec } from 'vega-lite';
import { firstSeenCategories, sortedDistinct } from './categories';
import { MAX_ARTICLE_AXIS_PIXELS, articleAxis, articleAxisLabels, articleAxisSize } from './articleAxis';
import { GREYSCALE_SAFE_RANGE } from './palette';
import type { ChartOptions, GroupComparisonRow } from './rows';
import { VEGA_LITE_SCHEMA } from './schema';

export interface GroupComparisonOptions extends ChartOptions {
  /** Order of the feature panels; default: order of first appearance in the rows. */
  featureOrder?: readonly string[];
  /** Order of the groups; default: sorted by name. */
  groupOrder?: readonly string[];
  /** What the interval is, for the axis and tooltip (default `95 % CI`). */
  intervalLabel?: string;
}

/**
 * Group means with confidence intervals: one small panel per feature (stacked, each with
 * its own x scale, since features have different units), one row per group, a point at the
 * mean and a horizontal error bar from `low` to `high`. The group size n is printed beside
 * each row because a wide interval on n = 2 means something else than on n = 200. Groups
 * without an interval (null bounds) show the mean only.
 */
export function groupComparison(
  rows: readonly GroupComparisonRow[],
  options: GroupComparisonOptions = {},
): TopLevelSpec {
  const interval = options.intervalLabel ?? '95 % CI';
  const groups = options.groupOrder ? [...options.groupOrder] : sortedDistinct(rows.map((r) => r.group));
  const features = firstSeenCategories(
    rows.map((r) => r.feature),
    options.featureOrder,
  );
  // All panels together stay about a screen tall, however many groups there are.
  const axis = articleAxis(
    groups.length,
    22,
    Math.max(120, Math.floor(MAX_ARTICLE_AXIS_PIXELS / Math.max(1, features.length))),
  );
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? `Group means with ${interval}, per feature`,
    data: {
      values: rows.map((r) => ({
        group: r.group,
        feature: r.feature,
        mean: r.mean,
        low: r.low,
        high: r.high,
        n: r.n,
        nLabel: `n = ${r.n}`,
        // Panel order as a field: a listed sort order compiles to one nested expression per entry.
        featureOrder: features.indexOf(r.feature),
      })),
    },
    facet: {
      row: {
        field: 'feature',
        type: 'nominal',
        sort: { field: 'featureOrder', op: 'min' },
        title: null,
        header: { labelOrient: 'top', labelAnchor: 'start', labelFontWeight: 'bold' },
      },
    },
    spacing: 8,
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: options.width ?? 360,
      height: articleAxisSize(axis),
      encoding: {
        // A caller's group order is a list they wrote (and may name groups without rows);
        // by default the groups are sorted by name (code point), which Vega does from the data.
        y: options.groupOrder
          ? {
              field: 'group',
              type: 'nominal',
              scale: { domain: groups },
              title: null,
              axis: articleAxisLabels(axis),
            }
          : {
              field: 'group',
              type: 'nominal',
              sort: 'ascending',
              title: null,
              axis: articleAxisLabels(axis),
            },
      },
      layer: [
        {
          transform: [{ filter: 'isValid(datum.low) && isValid(datum.high)' }],
          mark: { type: 'rule', color: '#444444', strokeWidth: 1.5 },
          encoding: {
            // Few ticks, kept apart: the renderer's text widths are estimates, and a browser's fonts
            // can run wider, so tick labels two hundredths apart would touch.
            x: {
              field: 'low',
              type: 'quantitative',
              title: `Mean (line: ${interval})`,
              scale: { zero: false },
              axis: { tickCount: 5, labelSeparation: 8, labelOverlap: true },
            },
            x2: { field: 'high' },
          },
        },
        {
          mark: { type: 'point', filled: true, size: 60, color: GREYSCALE_SAFE_RANGE[0] },
          encoding: {
            x: {
              field: 'mean',
              type: 'quantitative',
              title: `Mean (line: ${interval})`,
              scale: { zero: false },
              axis: { tickCount: 5, labelSeparation: 8, labelOverlap: true },
            },
            tooltip: [
              { field: 'feature', type: 'nominal', title: 'Feature' },
              { field: 'group', type: 'nominal', title: 'Group' },
              { field: 'mean', type: 'quantitative', title: 'Mean', format: '.3~f' },
              { field: 'low', type: 'quantitative', title: `${interval} low`, format: '.3~f' },
              { field: 'high', type: 'quantitative', title: `${interval} high`, format: '.3~f' },
              { field: 'n', type: 'quantitative', title: 'Articles' },
            ],
          },
        },
        // n at the right edge of each panel, independent of where the interval ends, while
        // rows are tall enough to hold a line of text.
        ...(axis.labelled
          ? [
              {
                mark: {
                  type: 'text' as const,
                  align: 'left' as const,
                  dx: 6,
                  fontSize: 10,
                  color: '#444444',
                },
                encoding: {
                  x: { value: options.width ?? 360 },
                  text: { field: 'nLabel', type: 'nominal' as const },
                },
              },
            ]
          : []),
      ],
    },
  };
}
