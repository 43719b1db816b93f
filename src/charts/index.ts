export { loadedTermsBySide } from './loadedTermsBySide';
export { sourceMix } from './sourceMix';
export { sourceMixWithAnonymity } from './sourceMixWithAnonymity';
export { actorHeatmap, type ActorHeatmapOptions } from './actorHeatmap';
export { hedgingByVoice } from './hedgingByVoice';
export { fightinWords, labelledTerms, type FightinWordsOptions } from './fightinWords';
export { framingProfile, type FramingProfileOptions } from './framingProfile';
export { groupComparison, type GroupComparisonOptions } from './groupComparison';
export { terminologyByGroup, defaultReferents, type TerminologyByGroupOptions } from './terminologyByGroup';
export {
  articleLabels,
  articleLabelTable,
  shorten,
  MAX_LABEL_CHARS,
  type ArticleLabel,
  type LabelSource,
} from './articleLabels';
export { toSVG, toVega, renumberSvgDefIds, specFingerprint } from './render';
export { GREYSCALE_SAFE_RANGE, greyscaleSafeRange } from './palette';
export type {
  ActorMentionRow,
  AnonymityRow,
  ArticleChartOptions,
  ChartOptions,
  FightinWordsRow,
  FramingProfileRow,
  GroupComparisonRow,
  HedgingRow,
  LoadedTermsRow,
  ReferentRow,
  SourceMixRow,
  StanceKind,
  Voice,
} from './rows';
