import type { TopLevelSpec } from 'vega-lite';
import { orderedCategories } from './categories';
import { BAR_OUTLINE, greyscaleSafeRange } from './palette';
import type { ArticleChartOptions, LoadedTermsRow } from './rows';
import { VEGA_LITE_SCHEMA } from './schema';
import {
  articleAxis,
  articleAxisLabels,
  articleAxisSize,
  articleAxisTitle,
  articleField,
  articleFields,
  articleLabelIndex,
  articleTooltip,
} from './articleAxis';

/** Generic emotive language is shown last so the sides being compared sit next to each other. */
const SIDES_SHOWN_LAST = ['none'];

/**
 * Horizontal stacked bars: one bar per article (sorted by id), segments = loaded terms
 * per 1,000 words for each favoured side (sorted, `none` last). Expects one row per
 * article and side (as `loadedTermRows` gives); duplicates would simply stack. Past 40
 * articles the height stops growing (`articleAxis`): bars get thinner, ids unlabelled.
 */
export function loadedTermsBySide(
  rows: readonly LoadedTermsRow[],
  options: ArticleChartOptions = {},
): TopLevelSpec {
  const labels = articleLabelIndex(options.articles);
  const articleCount = new Set(rows.map((r) => r.id)).size;
  const sides = orderedCategories(
    rows.map((r) => r.side),
    [],
    SIDES_SHOWN_LAST,
  );
  const axis = articleAxis(articleCount, 24);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? 'Loaded terms per 1,000 words, by favoured side',
    width: options.width ?? 480,
    height: articleAxisSize(axis),
    // Copy the rows: the spec must not alias caller data that might be mutated later. The
    // stacking order is computed here rather than in a Vega expression, so the spec stays
    // the same size whatever the corpus (an expression per category once overflowed the stack).
    data: {
      values: rows.map((r) => ({
        id: r.id,
        ...articleFields(r.id, labels),
        side: r.side,
        per1k: r.per1k,
        sideOrder: sides.indexOf(r.side),
      })),
    },
    transform: [
      // Screen-reader label per bar; otherwise vega-lite lists every channel, stack order included.
      {
        calculate:
          "datum.id + ': ' + format(datum.per1k, '.2f') + ' loaded terms per 1,000 words ' + " +
          "(datum.side === 'none' ? '(generic emotive)' : 'favouring ' + datum.side)",
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
        field: 'per1k',
        type: 'quantitative',
        stack: 'zero',
        title: 'Loaded terms per 1,000 words',
      },
      color: {
        field: 'side',
        type: 'nominal',
        title: 'Favours',
        scale: { domain: sides, range: greyscaleSafeRange(sides.length) },
        legend: { orient: 'right' },
      },
      order: { field: 'sideOrder', type: 'quantitative' },
      description: { field: 'description', type: 'nominal' },
      tooltip: [
        ...articleTooltip(labels),
        { field: 'side', type: 'nominal', title: 'Favours' },
        { field: 'per1k', type: 'quantitative', title: 'Per 1,000 words', format: '.2f' },
      ],
    },
  };
}
