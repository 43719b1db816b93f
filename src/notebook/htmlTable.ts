/** Rendering of small tables (the feature table) to HTML and plain text, without danfojs. */
import { escapeHtml } from './escapeHtml';

export type Cell = string | number | boolean | null | undefined;

export interface TableData {
  columns: string[];
  rows: Cell[][];
}

/** Table input: plain records (any row interface) or anything DataFrame-shaped (`columns` + 2-D `values`, as danfojs has). */
export type TableInput = readonly object[] | { columns: string[]; values: unknown };

export function toTableData(table: TableInput): TableData {
  if (Array.isArray(table)) {
    const records = table as readonly Record<string, Cell>[];
    const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
    return { columns, rows: records.map((r) => columns.map((c) => r[c])) };
  }
  const frame = table as { columns: string[]; values: unknown };
  return { columns: [...frame.columns], rows: (frame.values as Cell[][]).map((row) => [...row]) };
}

/** Numbers are shown with at most 3 decimals: enough for rates, short enough to scan. */
export function formatCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '';
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
  }
  return String(value);
}

export function toHtmlTable({ columns, rows }: TableData): string {
  const isNumeric = columns.map(
    (_, i) => rows.length > 0 && rows.every((r) => r[i] == null || typeof r[i] === 'number'),
  );
  const align = (i: number): string => (isNumeric[i] ? ' style="text-align:right"' : '');
  const head = columns.map((c, i) => `<th${align(i)}>${escapeHtml(c)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((v, i) => `<td${align(i)}>${escapeHtml(formatCell(v))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table class="framing-kit-table">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** Column-aligned text, for consoles and text-only exports. */
export function toTextTable({ columns, rows }: TableData): string {
  const cells = [columns, ...rows.map((r) => r.map(formatCell))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
