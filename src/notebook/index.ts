export { showChart, showTable } from './show';
export { chartBundle, VEGA_LITE_MIME, type ChartBundle } from './chartBundle';
export { toHtmlTable, toTextTable, toTableData, type TableData, type Cell } from './htmlTable';
export { sendDisplayData, findTslabWriter, type DisplayWriter, type DisplayContent } from './tslabChannel';
