import type { Meta } from '../types';

/** A document as read from the corpus, before analysis. `text` is the verbatim body. */
export interface RawDocument {
  id: string;
  meta: Meta;
  text: string;
  /** Where it came from, for error messages: file path and, for JSONL/CSV, the line. */
  origin: { file: string; line: number | null };
}
