import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstMentionFrom, mentionsWithin } from '../src/features/actors/mentionIndex';
import type { ActorMention } from '../src/features/actors/recognize';
import { spanCover, spanOverlap } from '../src/features/spanCover';

// The look-ups that keep sourcing and roles linear in text length must answer exactly what a scan
// over every span would: checked against that scan on random spans (fast-check, seeded).
const spansArb = fc.array(
  fc.tuple(fc.nat(200), fc.nat(40)).map(([start, length]) => ({ start, end: start + length })),
  { maxLength: 30 },
);
const queryArb = fc.tuple(fc.nat(240), fc.nat(40)).map(([start, length]) => ({ start, end: start + length }));

describe('span look-ups used for linear-time sourcing', () => {
  it('spanCover tells whether some span contains the range, as a scan would', () => {
    fc.assert(
      fc.property(spansArb, queryArb, (spans, q) => {
        expect(spanCover(spans)(q.start, q.end)).toBe(
          spans.some((s) => s.start <= q.start && q.end <= s.end),
        );
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('spanOverlap tells whether some span overlaps the range, as a scan would', () => {
    fc.assert(
      fc.property(spansArb, queryArb, (spans, q) => {
        expect(spanOverlap(spans)(q.start, q.end)).toBe(
          spans.some((s) => s.start < q.end && q.start < s.end),
        );
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it('mentionsWithin returns the mentions wholly inside a range, in text order, as a filter would', () => {
    fc.assert(
      fc.property(spansArb, queryArb, (spans, q) => {
        const mentions = spans
          .map(
            (s, i) =>
              ({
                ...s,
                text: '',
                firstToken: 0,
                endToken: 0,
                actor: `a${i}`,
                type: 'person',
                side: null,
                via: 'alias',
              }) as ActorMention,
          )
          .sort((a, b) => a.start - b.start);
        expect(mentionsWithin(mentions, q.start, q.end)).toEqual(
          mentions.filter((m) => m.start >= q.start && m.end <= q.end),
        );
        const first = firstMentionFrom(mentions, q.start);
        expect(
          mentions.slice(0, first).every((m) => m.start < q.start) &&
            mentions.slice(first).every((m) => m.start >= q.start),
        ).toBe(true);
      }),
      { seed: 13, numRuns: 500 },
    );
  });
});
