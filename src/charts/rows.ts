/** The row types the charts draw are defined with the table verbs that build them (src/table/rows.ts). */
export type {
  ActorMentionRow,
  AnonymityRow,
  FightinWordsRow,
  FramingProfileRow,
  GroupComparisonRow,
  HedgingRow,
  LoadedTermsRow,
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
