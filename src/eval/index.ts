export * from './types';
export { prf, accuracy } from './metrics';
export { matchOneToOne, overlaps, sameSpan } from './spans';
export { canonicalName, buildAliasMap } from './names';
export {
  scoreAttributions,
  scoreLoadedTerms,
  scoreCues,
  scoreActors,
  scoreRoleCounts,
  scoreRolesByMention,
  scoreFurniture,
  scoreDocument,
  scoreCorpus,
  addScores,
  type PredictedDocument,
  type PredictedActor,
} from './score';
export { flattenScores, checkThresholds, type Thresholds, type ThresholdFailure } from './thresholds';
export { formatTable, formatDocumentOverview } from './report';
