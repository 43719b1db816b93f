import type { TopLevelSpec } from 'vega-lite';
import { chartBundle } from './chartBundle';
import type { Document } from '../types';
import { framingDiff } from '../compare/framingDiff';
import { framingDiffHtml, framingDiffText } from './framingDiffView';
import { highlight, type HighlightOptions, highlightSummary } from './highlight';
import { type TableInput, toHtmlTable, toTableData, toTextTable } from './htmlTable';
import { sendDisplayData } from './tslabChannel';

/**
 * Displays a Vega-Lite chart in a tslab notebook as ONE output with the Vega-Lite spec,
 * an SVG rendering and a text fallback. `await` it so the output lands in this cell.
 */
export async function showChart(spec: TopLevelSpec): Promise<void> {
  sendDisplayData({ ...(await chartBundle(spec)) });
}

/** Displays a table (plain records or a danfojs DataFrame) as HTML plus a text fallback. */
export function showTable(table: TableInput): void {
  const data = toTableData(table);
  sendDisplayData({ 'text/html': toHtmlTable(data), 'text/plain': toTextTable(data) });
}

/**
 * Displays one article's text with its feature spans highlighted (see `highlight`), as static
 * HTML plus a one-line text fallback.
 */
export function showHighlight(document: Document, options: HighlightOptions = {}): void {
  sendDisplayData({ 'text/html': highlight(document, options), 'text/plain': highlightSummary(document) });
}

/**
 * Displays the framing diff of two articles (see `framingDiff`): a two-column summary, then both
 * texts highlighted side by side; static HTML plus the summary as text.
 */
export function showFramingDiff(a: Document, b: Document, options: HighlightOptions = {}): void {
  sendDisplayData({
    'text/html': framingDiffHtml(a, b, options),
    'text/plain': framingDiffText(framingDiff(a, b)),
  });
}
