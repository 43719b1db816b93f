import type { TopLevelSpec } from 'vega-lite';
import {
  articleAxis,
  articleAxisLabels,
  articleAxisTitle,
  articleField,
  articleFields,
  articleLabelIndex,
  articleTooltip,
} from './articleAxis';
import { BAR_OUTLINE, GREYSCALE_SAFE_RANGE } from './palette';
import type { ArticleChartOptions, HedgingRow, StanceKind, Voice } from './rows';
import { VEGA_LITE_SCHEMA } from './schema';

const KIND_LABELS: Record<StanceKind, string> = { hedge: 'Hedges', booster: 'Boosters' };
const VOICE_LABELS: Record<Voice, string> = { outlet: "Outlet's own voice", quoted: 'Quoted voices' };
const VOICES: readonly Voice[] = ['outlet', 'quoted'];

/**
 * Hedges and boosters per 1,000 words, outlet voice next to quoted voice: two panels
 * (hedges, boosters) side by side, one pair of bars per article (sorted by id). A dark and a
 * light colour tell the voices apart in greyscale too; the outlet's voice comes first
 * because it is what the outlet itself commits to (ANNOTATION.md §4).
 */
export function hedgingByVoice(rows: readonly HedgingRow[], options: ArticleChartOptions = {}): TopLevelSpec {
  const labels = articleLabelIndex(options.articles);
  const articleCount = new Set(rows.map((r) => r.id)).size;
  // Two 12 px voice bars and the padding between articles: about 30 px per article.
  const axis = articleAxis(articleCount, 30);
  const kinds = (['hedge', 'booster'] as const).filter((k) => rows.some((r) => r.kind === k));
  const voiceLabels = VOICES.map((v) => VOICE_LABELS[v]);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? "Hedges and boosters per 1,000 words: outlet's voice vs quoted voices",
    width: options.width ?? 240,
    // While articles fit, the step is per voice bar (yOffset); past that the height is fixed.
    height: axis.natural ? { step: 12 } : axis.length,
    data: {
      values: rows.map((r) => ({
        id: r.id,
        ...articleFields(r.id, labels),
        kind: KIND_LABELS[r.kind],
        voice: VOICE_LABELS[r.voice],
        per1k: r.per1k,
      })),
    },
    transform: [
      {
        calculate:
          "datum.id + ', ' + datum.voice + ': ' + format(datum.per1k, '.2f') + ' ' + lower(datum.kind) + ' per 1,000 words'",
        as: 'description',
      },
    ],
    mark: { type: 'bar', ...(axis.labelled ? BAR_OUTLINE : {}) },
    encoding: {
      column: {
        field: 'kind',
        type: 'nominal',
        sort: kinds.map((k) => KIND_LABELS[k]),
        title: null,
        header: { labelFontSize: 12, labelFontWeight: 'bold' },
      },
      // Id order (code points); an explicit list of every id would compile to one nested
      // Vega expression per article.
      y: {
        ...articleField(labels),
        title: articleAxisTitle(axis, articleCount),
        axis: articleAxisLabels(axis),
      },
      yOffset: { field: 'voice', type: 'nominal', sort: voiceLabels },
      x: { field: 'per1k', type: 'quantitative', title: 'Per 1,000 words of that voice' },
      color: {
        field: 'voice',
        type: 'nominal',
        title: 'Voice',
        scale: { domain: voiceLabels, range: [GREYSCALE_SAFE_RANGE[0], GREYSCALE_SAFE_RANGE[3]] },
        legend: { orient: 'bottom' },
      },
      description: { field: 'description', type: 'nominal' },
      tooltip: [
        ...articleTooltip(labels),
        { field: 'kind', type: 'nominal', title: 'Cue' },
        { field: 'voice', type: 'nominal', title: 'Voice' },
        { field: 'per1k', type: 'quantitative', title: 'Per 1,000 words', format: '.2f' },
      ],
    },
  };
}
