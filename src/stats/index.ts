export { zScores, columnScale, standardise, type ZScoreRow, type ColumnScale } from './zScores';
export { compareGroups, type CompareGroupsOptions, type GroupSummaryRow } from './compareGroups';
export { bootstrapMeanInterval, type BootstrapOptions, type Interval } from './bootstrap';
export { fightinWords, type FightinWordsOptions, type FightinWordsRow, type WordGroup } from './fightinWords';
export {
  documentTokens,
  tokenCounts,
  loadStopwords,
  DEFAULT_STOPWORDS_FILE,
  type DocumentTokensOptions,
  type TokenCounts,
} from './tokens';
export { similarity, type SimilarityRow } from './similarity';
export { mulberry32, deriveSeed } from './random';
export { quantileSorted } from './quantile';
