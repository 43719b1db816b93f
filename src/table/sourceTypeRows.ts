import type { Document, SourceType } from '../types';
import { documentsById, round4 } from './order';

/** Attributions of one source type in one document. */
export interface SourceTypeRow {
  id: string;
  sourceType: SourceType;
  count: number;
  /** Of those, attributions marked anonymous. */
  anonymous: number;
  /** count / all attributions of the document (0 when it has none). */
  share: number;
}

/** The contract's order (src/types.ts), from most to least identifiable source. */
export const SOURCE_TYPES: readonly SourceType[] = [
  'person',
  'organization',
  'document',
  'unnamed',
  'implicit',
];

/**
 * Source type × document rows: all four types for every document (0 when absent), so the
 * shares of a document sum to 1 (or are all 0) and documents line up in charts. Ordered by
 * document id, then source type in the contract's order.
 */
export function sourceTypeRows(documents: readonly Document[]): SourceTypeRow[] {
  return documentsById(documents).flatMap((doc) => {
    const total = doc.attributions.length;
    return SOURCE_TYPES.map((sourceType): SourceTypeRow => {
      const ofType = doc.attributions.filter((a) => a.sourceType === sourceType);
      return {
        id: doc.id,
        sourceType,
        count: ofType.length,
        anonymous: ofType.filter((a) => a.anonymous).length,
        share: total > 0 ? round4(ofType.length / total) : 0,
      };
    });
  });
}

export const SOURCE_TYPE_COLUMNS: readonly (keyof SourceTypeRow)[] = [
  'id',
  'sourceType',
  'count',
  'anonymous',
  'share',
];
