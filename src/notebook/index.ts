export { showChart, showFramingDiff, showHighlight, showTable } from './show';
export { framingDiffHtml, framingDiffText, FRAMING_DIFF_CLASS } from './framingDiffView';
export {
  highlight,
  highlightSummary,
  HIGHLIGHT_CLASS,
  type HighlightLayer,
  type HighlightOptions,
} from './highlight';
export { withProgress, type ProgressOptions } from './progress';
export { chartBundle, VEGA_LITE_MIME, type ChartBundle } from './chartBundle';
export {
  toHtmlTable,
  toTextTable,
  toTableData,
  type TableData,
  type TableInput,
  type Cell,
} from './htmlTable';
export {
  sendDisplayData,
  sendUpdatableDisplay,
  findTslabWriter,
  type DisplayWriter,
  type DisplayContent,
} from './tslabChannel';
