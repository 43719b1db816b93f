import type { TopLevelSpec } from 'vega-lite';
import { chartBundle } from './chartBundle';
import { type Cell, toHtmlTable, toTableData, toTextTable } from './htmlTable';
import { sendDisplayData } from './tslabChannel';

/**
 * Displays a Vega-Lite chart in a tslab notebook as ONE output with the Vega-Lite spec,
 * an SVG rendering and a text fallback. `await` it so the output lands in this cell.
 */
export async function showChart(spec: TopLevelSpec): Promise<void> {
  sendDisplayData({ ...(await chartBundle(spec)) });
}

/** Displays a table (plain records or a danfojs DataFrame) as HTML plus a text fallback. */
export function showTable(table: readonly Record<string, Cell>[] | { columns: string[]; values: unknown }): void {
  const data = toTableData(table);
  sendDisplayData({ 'text/html': toHtmlTable(data), 'text/plain': toTextTable(data) });
}
