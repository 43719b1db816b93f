import type { ActorType, Document } from '../types';
import { compareText, documentsById } from './order';

/** One named actor in one document (actor × document long table). */
export interface ActorRow {
  id: string;
  actor: string;
  type: ActorType;
  /** Side from the gazetteer, null when the gazetteer gives none. */
  side: string | null;
  /** Number of mention spans (`Document.actors[].mentions`). */
  mentions: number;
  asSource: number;
  asAgent: number;
  asPatient: number;
}

/**
 * Actor × document rows, ordered by document id, then actor type, then actor name. Only actors
 * a document mentions get a row: an absent actor has no spans to count, and a zero row per
 * actor per document would grow as documents × gazetteer.
 */
export function actorRows(documents: readonly Document[]): ActorRow[] {
  return documentsById(documents).flatMap((doc) =>
    doc.actors
      .map((actor): ActorRow => ({
        id: doc.id,
        actor: actor.name,
        type: actor.type,
        side: actor.side,
        mentions: actor.mentions.length,
        asSource: actor.asSource,
        asAgent: actor.asAgent,
        asPatient: actor.asPatient,
      }))
      .sort((a, b) => compareText(a.type, b.type) || compareText(a.actor, b.actor)),
  );
}

export const ACTOR_COLUMNS: readonly (keyof ActorRow)[] = [
  'id',
  'actor',
  'type',
  'side',
  'mentions',
  'asSource',
  'asAgent',
  'asPatient',
];
