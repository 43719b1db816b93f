import type { TopLevelSpec } from 'vega-lite';
import { sortedDistinct } from './categories';
import { BAR_OUTLINE, GREYSCALE_SAFE_RANGE } from './palette';
import type { AnonymityRow, ChartOptions, SourceMixRow } from './rows';
import { VEGA_LITE_SCHEMA } from './schema';
import { sourceMixUnit } from './sourceMix';
import type { DataLayerView } from './specTypes';

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
  options: ChartOptions = {},
): TopLevelSpec {
  // Both panels list every article in the same order so their rows line up.
  const articles = sortedDistinct([...mixRows.map((r) => r.id), ...anonymityRows.map((r) => r.id)]);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? 'Source-type mix and anonymous share of attributions, per article',
    hconcat: [sourceMixUnit(mixRows, articles, options.width ?? 400), anonymityPanel(anonymityRows, articles)],
    spacing: 12,
  };
}

function anonymityPanel(rows: readonly AnonymityRow[], articles: readonly string[]): DataLayerView {
  const values = rows.map((r) => ({
    id: r.id,
    attributions: r.attributions,
    anonymous: r.anonymous,
    // Computed here, not in Vega, so an article without attributions shows 0 % instead of NaN.
    share: r.attributions > 0 ? Math.round((r.anonymous / r.attributions) * 10000) / 10000 : 0,
  }));
  return {
    width: ANONYMITY_PANEL_WIDTH,
    height: { step: 24 },
    data: { values },
    transform: [
      {
        calculate: "datum.id + ': ' + datum.anonymous + ' of ' + datum.attributions + ' attributions anonymous'",
        as: 'description',
      },
    ],
    encoding: {
      y: { field: 'id', type: 'nominal', sort: [...articles], scale: { domain: [...articles] }, axis: null },
      x: {
        field: 'share',
        type: 'quantitative',
        title: 'Anonymous share',
        scale: { domain: [0, 1] },
        axis: { format: '.0%', tickCount: 2 },
      },
      description: { field: 'description', type: 'nominal' },
      tooltip: [
        { field: 'id', type: 'nominal', title: 'Article' },
        { field: 'anonymous', type: 'quantitative', title: 'Anonymous attributions' },
        { field: 'attributions', type: 'quantitative', title: 'All attributions' },
        { field: 'share', type: 'quantitative', title: 'Anonymous share', format: '.0%' },
      ],
    },
    layer: [
      { mark: { type: 'bar', color: GREYSCALE_SAFE_RANGE[1], ...BAR_OUTLINE } },
      // The figure itself, so the share is readable without hovering or measuring the bar.
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 10 },
        encoding: { text: { field: 'share', type: 'quantitative', format: '.0%' } },
      },
    ],
  };
}
