import { partitionPoint } from '../partitionPoint';
import type { ActorMention } from './recognize';

/*
 * `recognizeActors` returns mentions sorted by start. These look-ups are binary searches over that
 * order, so a feature that asks about every attribution's source stays linear in text length.
 */

/** Index of the first mention starting at or after `offset`. */
export function firstMentionFrom(mentions: readonly ActorMention[], offset: number): number {
  return partitionPoint(mentions.length, (i) => mentions[i].start < offset);
}

/** The mentions lying wholly inside `[start, end)`, in text order. */
export function mentionsWithin(
  mentions: readonly ActorMention[],
  start: number,
  end: number,
): ActorMention[] {
  const inside: ActorMention[] = [];
  for (let i = firstMentionFrom(mentions, start); i < mentions.length && mentions[i].start < end; i++) {
    if (mentions[i].end <= end) inside.push(mentions[i]);
  }
  return inside;
}
