export { featureTable } from './featureTable';
export { featureRows, type FeatureRow, type FeatureValue } from './featureRows';
export { featureColumns, LEADING_META_KEYS, type FeatureColumns } from './columns';
export { loadedTermRows, sourceMixRows } from './chartRows';
export { dfd, type DataFrame } from './danfo';
