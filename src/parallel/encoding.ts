import type { Document, Meta, Summary } from '../types';

/**
 * What comes back for each analysed document. A worker serialises the document itself, so only a
 * string (or, for CSV, the small summary row) crosses back to the main thread:
 * - `document`: the whole `Document` (library use);
 * - `json`: the document as it appears inside `{"documents": [...]}` pretty-printed with two spaces;
 * - `jsonl`: the document as one line;
 * - `summary`: only the summary row (CSV output).
 */
export type Encoding = 'document' | 'json' | 'jsonl' | 'summary';

export interface EncodedDocument {
  id: string;
  /** Where the document came from, for warnings: the file and, for JSONL/CSV, the line. */
  origin: { file: string; line: number | null };
  /** `document.warnings` (e.g. text that does not look like English); empty when there are none. */
  warnings: string[];
  /** The document's metadata (CSV output carries it). */
  meta: Meta;
  summary: Summary;
  /** The document for the `document` encoding, else null. */
  document: Document | null;
  /**
   * The serialised document for `json` and `jsonl`, else null, in pieces (one per list item) whose
   * concatenation is the serialisation: a document's output can be many times its text (every
   * attribution repeats its content), and pieces are written without ever being joined into one
   * string, which kept several copies of the whole output in memory at once.
   */
  serialized: string[] | null;
}

/** Depth of a document inside `{"documents": [...]}` as `JSON.stringify(..., null, 2)` writes it. */
const ARRAY_ITEM_DEPTH = 2;

export function encodeDocument(
  document: Document,
  origin: EncodedDocument['origin'],
  encoding: Encoding,
): EncodedDocument {
  const warnings = (document as Document & { warnings?: string[] }).warnings ?? [];
  let serialized: string[] | null = null;
  if (encoding === 'jsonl') serialized = jsonPieces(document, null);
  else if (encoding === 'json')
    serialized = ['  '.repeat(ARRAY_ITEM_DEPTH), ...jsonPieces(document, ARRAY_ITEM_DEPTH)];
  return {
    id: document.id,
    origin,
    warnings,
    meta: document.meta,
    summary: document.summary,
    document: encoding === 'document' ? document : null,
    serialized,
  };
}

/**
 * `JSON.stringify(object)` (depth null) or, at `depth`, `JSON.stringify(object, null, 2)` with every
 * line after the first indented by `depth` levels, as pieces: one per item of each list the object
 * holds. Values are written by `JSON.stringify` itself, so the bytes are the same.
 */
export function jsonPieces(object: object, depth: number | null): string[] {
  const entries = Object.entries(object).filter(
    ([, value]) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol',
  );
  if (entries.length === 0) return ['{}'];
  const pretty = depth !== null;
  const inner = pretty ? `\n${'  '.repeat(depth + 1)}` : '';
  const outer = pretty ? `\n${'  '.repeat(depth)}` : '';
  const value = (item: unknown, at: number) =>
    indented(pretty ? JSON.stringify(item, null, 2) : JSON.stringify(item), pretty ? at : 0);
  const pieces: string[] = ['{'];
  entries.forEach(([key, item], k) => {
    pieces.push(`${k > 0 ? ',' : ''}${inner}${JSON.stringify(key)}:${pretty ? ' ' : ''}`);
    if (!Array.isArray(item) || item.length === 0) {
      pieces.push(value(item, (depth ?? 0) + 1));
      return;
    }
    pieces.push('[');
    const itemIndent = pretty ? `\n${'  '.repeat(depth + 2)}` : '';
    // An index loop, not forEach: a hole in the list is `null` in JSON, and forEach skips it.
    for (let i = 0; i < item.length; i++)
      pieces.push(`${i > 0 ? ',' : ''}${itemIndent}${value(item[i], (depth ?? 0) + 2)}`);
    pieces.push(`${inner}]`);
  });
  pieces.push(`${outer}}`);
  return pieces;
}

/**
 * Pretty-printed JSON moved `depth` levels in: JSON escapes line breaks inside strings, so every
 * `\n` is layout. A list item JSON cannot write (`undefined`, a function) is `null`, as in a list.
 */
function indented(json: string | undefined, depth: number): string {
  if (json === undefined) return 'null';
  return depth === 0 ? json : json.replace(/\n/g, `\n${'  '.repeat(depth)}`);
}
