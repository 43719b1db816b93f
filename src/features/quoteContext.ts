import { regionAt } from '../parse/quotes';
import type { ParsedDocument } from '../parse/types';

/** Whether a match starting at `offset` stands inside quotation marks (the source's words). */
export function isInQuote(doc: ParsedDocument, offset: number): boolean {
  return regionAt(doc.quotes, offset) >= 0;
}
