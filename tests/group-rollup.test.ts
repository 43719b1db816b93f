import { describe, expect, it } from 'vitest';
import { count, distinctCount, first, groupRollup, sum } from '../src/table';

interface Row {
  id: string;
  actor: string;
  side: string | null;
  mentions: number;
}

const rows: Row[] = [
  { id: 'a', actor: 'Ferry Board', side: null, mentions: 2 },
  { id: 'a', actor: 'City Council', side: 'left', mentions: 1 },
  { id: 'b', actor: 'Ferry Board', side: null, mentions: 3 },
  { id: 'c', actor: 'City Council', side: 'left', mentions: 4 },
  { id: 'c', actor: 'City Council', side: 'right', mentions: 1 },
];

describe('groupRollup', () => {
  it('groups by fields in first-appearance order and reduces each group', () => {
    expect(
      groupRollup(rows, ['actor'], {
        articles: distinctCount('id'),
        mentions: sum('mentions'),
        rows: count(),
      }),
    ).toEqual([
      { actor: 'Ferry Board', articles: 2, mentions: 5, rows: 2 },
      { actor: 'City Council', articles: 2, mentions: 6, rows: 3 },
    ]);
  });

  it('keys on several fields without joining them into a string', () => {
    const tricky: { a: string; b: string; n: number }[] = [
      { a: 'x\u0000y', b: 'z', n: 1 },
      { a: 'x', b: 'y\u0000z', n: 2 },
    ];
    expect(groupRollup(tricky, ['a', 'b'], { n: sum('n') })).toHaveLength(2);
    expect(groupRollup(rows, ['actor', 'side'], { mentions: sum('mentions') })).toEqual([
      { actor: 'Ferry Board', side: null, mentions: 5 },
      { actor: 'City Council', side: 'left', mentions: 5 },
      { actor: 'City Council', side: 'right', mentions: 1 },
    ]);
  });

  it('takes a field from the first row of each group', () => {
    expect(groupRollup(rows, ['actor'], { side: first('side'), firstId: first('id') })).toEqual([
      { actor: 'Ferry Board', side: null, firstId: 'a' },
      { actor: 'City Council', side: 'left', firstId: 'a' },
    ]);
  });

  it('treats no grouping fields as one group, and no rows as no groups', () => {
    expect(groupRollup(rows, [], { total: sum('mentions') })).toEqual([{ total: 11 }]);
    expect(groupRollup([] as Row[], ['actor'], { n: count() })).toEqual([]);
  });
});
