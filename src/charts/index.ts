export { loadedTermsBySide } from './loadedTermsBySide';
export { sourceMix } from './sourceMix';
export { toSVG, toVega, renumberSvgDefIds, specFingerprint } from './render';
export { GREYSCALE_SAFE_RANGE, greyscaleSafeRange } from './palette';
export type { ChartOptions, LoadedTermsRow, SourceMixRow } from './rows';
