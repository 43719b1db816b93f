import type { TopLevelSpec } from 'vega-lite';
import { firstSeenCategories, sortedDistinct } from './categories';
import { articleAxis, articleColumns, articleFields, articleLabelIndex, articleTooltip } from './articleAxis';
import { DARK_TEXT, DIVERGING_SCHEME, LIGHT_TEXT } from './palette';
import type { ArticleChartOptions, FramingProfileRow } from './rows';
import { VEGA_LITE_SCHEMA } from './schema';

export interface FramingProfileOptions extends ArticleChartOptions {
  /** Order of the feature rows; default: the order in which features first appear in the rows. */
  featureOrder?: readonly string[];
}

/**
 * Heatmap of framing profiles: one column per article (sorted by id), one row per feature,
 * each cell the article's z-score on that feature against the corpus, printed in the cell
 * with its sign. The colour scale is diverging and symmetric around 0 (blue below the mean,
 * orange above); because no diverging scale keeps its sign in greyscale, the printed value
 * is what carries it there. Features keep the caller's order by default, since a stats
 * table already orders them meaningfully (sourcing, loaded terms, actors, hedging).
 * A z that is not a finite number (a feature constant over the corpus) leaves its cell empty.
 * Past about 15 articles the width stops growing (`articleAxis`); once cells are too narrow
 * for text, values and id labels are left out and the heatmap is read by colour alone.
 */
export function framingProfile(
  rows: readonly FramingProfileRow[],
  options: FramingProfileOptions = {},
): TopLevelSpec {
  const articles = sortedDistinct(rows.map((r) => r.id));
  const features = firstSeenCategories(
    rows.map((r) => r.feature),
    options.featureOrder,
  );
  const finite = rows.filter((r) => Number.isFinite(r.z));
  // Symmetric domain, at least ±1 and rounded up to a half, so 0 is always the neutral middle.
  // A reduce, not Math.max(...rows): spreading thousands of values into arguments can overflow the stack.
  const largestAbsZ = finite.reduce((max, r) => Math.max(max, Math.abs(r.z)), 0);
  const extent = Math.max(1, Math.ceil(largestAbsZ * 2) / 2);
  const axis = articleAxis(articles.length, 64);
  const labels = articleLabelIndex(options.articles);
  // Signed values with one decimal ("+1.2") need about 28 px of cell width at 10 px.
  const cellText = axis.step >= 28;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? 'Framing profile: z-scores per article and feature',
    width: options.width ?? Math.max(160, axis.length),
    height: { step: 20 },
    data: {
      values: finite.map((r) => ({ id: r.id, ...articleFields(r.id, labels), feature: r.feature, z: r.z })),
    },
    transform: [
      {
        calculate: "datum.id + ', ' + datum.feature + ': z = ' + format(datum.z, '+.2f')",
        as: 'description',
      },
    ],
    encoding: {
      x: articleColumns(axis, articles.length, labels),
      // Features are few (the columns of a stats table): their order can be listed.
      y: { field: 'feature', type: 'nominal', scale: { domain: features }, title: 'Feature' },
      description: { field: 'description', type: 'nominal' },
      tooltip: [
        ...articleTooltip(labels),
        { field: 'feature', type: 'nominal', title: 'Feature' },
        { field: 'z', type: 'quantitative', title: 'z-score', format: '+.2f' },
      ],
    },
    layer: [
      {
        // Without room for the white cell borders, they would hide the colours.
        mark: { type: 'rect', ...(axis.labelled ? { stroke: '#ffffff', strokeWidth: 1 } : {}) },
        encoding: {
          color: {
            field: 'z',
            type: 'quantitative',
            title: 'z-score',
            scale: { scheme: DIVERGING_SCHEME, domain: [-extent, extent], domainMid: 0 },
          },
        },
      },
      // The value in each cell, while cells are wide enough to hold it.
      ...(cellText
        ? [
            {
              mark: { type: 'text' as const, fontSize: 10 },
              encoding: {
                text: { field: 'z', type: 'quantitative' as const, format: '+.1f' },
                // The scale's ends are dark, its middle light.
                color: {
                  condition: { test: `abs(datum.z) > ${extent * 0.6}`, value: LIGHT_TEXT },
                  value: DARK_TEXT,
                },
              },
            },
          ]
        : []),
    ],
  };
}
