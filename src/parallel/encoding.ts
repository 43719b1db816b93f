import type { Document, Summary } from '../types';

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
  summary: Summary;
  /** The document for the `document` encoding, else null. */
  document: Document | null;
  /** The serialised document for `json` and `jsonl`, else null. */
  serialized: string | null;
}

/** Indentation of a document inside `{"documents": [...]}` as `JSON.stringify(..., null, 2)` writes it. */
const ARRAY_ITEM_INDENT = '    ';

export function encodeDocument(document: Document, origin: EncodedDocument['origin'], encoding: Encoding): EncodedDocument {
  const warnings = (document as Document & { warnings?: string[] }).warnings ?? [];
  let serialized: string | null = null;
  if (encoding === 'jsonl') serialized = JSON.stringify(document);
  else if (encoding === 'json') serialized = ARRAY_ITEM_INDENT + JSON.stringify(document, null, 2).replace(/\n/g, `\n${ARRAY_ITEM_INDENT}`);
  return {
    id: document.id,
    origin,
    warnings,
    summary: document.summary,
    document: encoding === 'document' ? document : null,
    serialized,
  };
}
