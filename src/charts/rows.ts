import type { ArticleLabel } from './articleLabels';

/** The row types the charts draw are defined with the table verbs that build them (src/table/rows.ts). */
export type {
  ActorMentionRow,
  AnonymityRow,
  FightinWordsRow,
  FramingProfileRow,
  GroupComparisonRow,
  HedgingRow,
  LoadedTermsRow,
  ReferentRow,
  SourceMixRow,
  StanceKind,
  Voice,
} from '../table/rows';

/** Options every chart builder accepts. */
export interface ChartOptions {
  title?: string;
  /** Width of the plotting area in pixels. */
  width?: number;
}

/** Options of charts with one row or column per article. */
export interface ArticleChartOptions extends ChartOptions {
  /**
   * Short labels for the article axis (`articleLabels(documents)`): the axis shows them, the
   * tooltip the label, full id and title. Without them the axis shows the ids.
   */
  articles?: readonly ArticleLabel[];
}
