export { featureTable } from './featureTable';
export { featureRows, type FeatureRow, type FeatureValue } from './featureRows';
export { featureColumns, LEADING_META_KEYS, type FeatureColumns } from './columns';
export { actorMentionRows, anonymityRows, hedgingRows, loadedTermRows, sourceMixRows } from './chartRows';
export { actorRows, ACTOR_COLUMNS, type ActorRow } from './actorRows';
export { termRows, normaliseTermText, TERM_COLUMNS, type TermRow } from './termRows';
export { sourceTypeRows, SOURCE_TYPES, SOURCE_TYPE_COLUMNS, type SourceTypeRow } from './sourceTypeRows';
export { sideRows, SIDE_COLUMNS, type SideRow } from './sideRows';
export { actorTable, termTable, sourceTypeTable, sideTable, rowsToDataFrame } from './longTables';
export { dfd, type DataFrame } from './danfo';
export {
  referentRows,
  groupOf,
  NEUTRAL_WORDING,
  REFERENT_COLUMNS,
  type GroupBy,
  type ReferentRowOptions,
} from './referentRows';
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
} from './rows';
export { groupRollup, count, sum, distinctCount, first, type Reducer, type RolledUp } from './groupRollup';
