import type { TopLevelSpec } from 'vega-lite';
import {
  articleAxis,
  articleAxisSize,
  articleField,
  articleFields,
  articleLabelIndex,
  articleTooltip,
  type ArticleLabelIndex,
} from './articleAxis';
import { BAR_OUTLINE, GREYSCALE_SAFE_RANGE } from './palette';
import type { AnonymityRow, ArticleChartOptions, SourceMixRow } from './rows';
import { VEGA_LITE_SCHEMA } from './schema';
import { sourceMixUnit } from './sourceMix';
import type { DataLayerView } from './specTypes';
import { round4 } from '../numbers';

/** Width of the anonymous-share panel: a single 0–100 % bar needs less room than the mix. */
const ANONYMITY_PANEL_WIDTH = 160;

/**
 * The source-type mix of each article (100 % stacked bars, as `sourceMix`) with, beside it
 * on the same article rows, the share of its attributions that are anonymous. Anonymity is
 * not the same as `unnamed`: a role given "on condition of anonymity" is anonymous too
 * (ANNOTATION.md §1), so it gets its own panel rather than a segment of the mix.
 */
export function sourceMixWithAnonymity(
  mixRows: readonly SourceMixRow[],
  anonymityRows: readonly AnonymityRow[],
  options: ArticleChartOptions = {},
): TopLevelSpec {
  const labels = articleLabelIndex(options.articles);
  const articleCount = new Set([...mixRows.map((r) => r.id), ...anonymityRows.map((r) => r.id)]).size;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? 'Source-type mix and anonymous share of attributions, per article',
    hconcat: [
      sourceMixUnit(mixRows, articleCount, options.width ?? 400, labels),
      anonymityPanel(anonymityRows, articleCount, labels),
    ],
    spacing: 12,
    // One y scale over both panels' articles, so their rows line up even when an article
    // has rows in only one of them.
    resolve: { scale: { y: 'shared' } },
  };
}

function anonymityPanel(
  rows: readonly AnonymityRow[],
  articleCount: number,
  labels: ArticleLabelIndex,
): DataLayerView {
  const axis = articleAxis(articleCount, 24);
  const values = rows.map((r) => ({
    id: r.id,
    ...articleFields(r.id, labels),
    attributions: r.attributions,
    anonymous: r.anonymous,
    // Computed here, not in Vega, so an article without attributions shows 0 % instead of NaN.
    share: r.attributions > 0 ? round4(r.anonymous / r.attributions) : 0,
  }));
  return {
    width: ANONYMITY_PANEL_WIDTH,
    height: articleAxisSize(axis),
    data: { values },
    transform: [
      {
        calculate:
          "datum.id + ': ' + datum.anonymous + ' of ' + datum.attributions + ' attributions anonymous'",
        as: 'description',
      },
    ],
    encoding: {
      y: { ...articleField(labels), axis: null },
      x: {
        field: 'share',
        type: 'quantitative',
        title: 'Anonymous share',
        scale: { domain: [0, 1] },
        axis: { format: '.0%', tickCount: 2 },
      },
      description: { field: 'description', type: 'nominal' },
      tooltip: [
        ...articleTooltip(labels),
        { field: 'anonymous', type: 'quantitative', title: 'Anonymous attributions' },
        { field: 'attributions', type: 'quantitative', title: 'All attributions' },
        { field: 'share', type: 'quantitative', title: 'Anonymous share', format: '.0%' },
      ],
    },
    layer: [
      { mark: { type: 'bar', color: GREYSCALE_SAFE_RANGE[1], ...(axis.labelled ? BAR_OUTLINE : {}) } },
      // The figure itself, so the share is readable without hovering or measuring the bar;
      // left out when the rows are too thin to hold a line of text.
      ...(axis.labelled
        ? [
            {
              mark: { type: 'text' as const, align: 'left' as const, dx: 4, fontSize: 10 },
              encoding: { text: { field: 'share', type: 'quantitative' as const, format: '.0%' } },
            },
          ]
        : []),
    ],
  };
}
