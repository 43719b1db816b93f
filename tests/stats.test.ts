import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareGroups } from '../src/stats/compareGroups';
import { bootstrapMeanInterval } from '../src/stats/bootstrap';
import { fightinWords } from '../src/stats/fightinWords';
import { quantileSorted } from '../src/stats/quantile';
import { deriveSeed, mulberry32 } from '../src/stats/random';
import { similarity } from '../src/stats/similarity';
import { documentTokens, loadStopwords, tokenCounts } from '../src/stats/tokens';
import { zScores } from '../src/stats/zScores';
import { featureRows } from '../src/table/featureRows';
import { fixtureDocuments } from './fixtures/documents';
import { tempDir } from './helpers';

describe('zScores', () => {
  it('standardises [1, 2, 3] with the population SD: mean 2, SD √(2/3), z = ∓1.2247', () => {
    const rows = [
      { id: 'a', x: 1 },
      { id: 'b', x: 2 },
      { id: 'c', x: 3 },
    ];
    expect(zScores(rows, ['x'])).toEqual([
      { id: 'a', feature: 'x', value: 1, z: -1.2247 },
      { id: 'b', feature: 'x', value: 2, z: 0 },
      { id: 'c', feature: 'x', value: 3, z: 1.2247 },
    ]);
  });

  it('gives z = 0 for a constant column (not NaN), also with floating-point noise', () => {
    const rows = [0.1 + 0.2, 0.3, 0.3].map((v, i) => ({ id: String(i), rate: v, flat: 7 }));
    for (const row of zScores(rows, ['rate', 'flat'])) expect(row.z).toBe(0);
  });

  it('leaves missing values out of the scale and out of the rows', () => {
    const rows = [
      { id: 'a', x: 1 },
      { id: 'b', x: null },
      { id: 'c', x: 3 },
    ];
    expect(zScores(rows, ['x']).map((r) => [r.id, r.z])).toEqual([
      ['a', -1],
      ['c', 1],
    ]);
  });

  it('rejects a text column instead of averaging it', () => {
    expect(() => zScores(featureRows(fixtureDocuments), ['topSide'])).toThrow(
      /"topSide" of row "a-occupation" is a string/,
    );
  });

  it('emits long rows per document then feature, from the feature table', () => {
    const rows = zScores(featureRows(fixtureDocuments), ['loadedPer1k', 'hedgesPer1k']);
    expect(rows.map((r) => `${r.id}/${r.feature}`)).toEqual([
      'a-occupation/loadedPer1k',
      'a-occupation/hedgesPer1k',
      'b-border/loadedPer1k',
      'b-border/hedgesPer1k',
      'c-talks/loadedPer1k',
      'c-talks/hedgesPer1k',
    ]);
    // hedgesPer1k = [50, 0, 0]: mean 50/3, population SD 50·√2/3 → z = √2, −1/√2, −1/√2
    expect(rows.filter((r) => r.feature === 'hedgesPer1k').map((r) => r.z)).toEqual([
      1.4142, -0.7071, -0.7071,
    ]);
  });
});

describe('quantileSorted', () => {
  it('interpolates between order statistics (type 7, as R and numpy)', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
    expect(quantileSorted([5], 0.5)).toBe(5);
  });
});

describe('mulberry32 and deriveSeed', () => {
  it('repeat the same stream for the same seed and give floats in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(draws[0]);
  });

  it('derive different seeds for different cells', () => {
    expect(deriveSeed(1, 'Dawn', 'loadedPer1k')).toBe(deriveSeed(1, 'Dawn', 'loadedPer1k'));
    expect(deriveSeed(1, 'Dawn', 'loadedPer1k')).not.toBe(deriveSeed(1, 'Dawn', 'hedgesPer1k'));
    expect(deriveSeed(1, 'ab', 'c')).not.toBe(deriveSeed(1, 'a', 'bc'));
  });
});

describe('compareGroups', () => {
  const rows = [
    { id: 'd1', outlet: 'Dawn', rate: 10, share: 0.5 },
    { id: 'd2', outlet: 'Dawn', rate: 14, share: 0.25 },
    { id: 'd3', outlet: 'Dawn', rate: 30, share: null },
    { id: 'h1', outlet: 'Hindu', rate: 2, share: 0 },
    { id: 'h2', outlet: 'Hindu', rate: 6, share: 1 },
    { id: 'x', outlet: null, rate: 100, share: 1 },
  ];
  const options = { by: 'outlet', features: ['rate', 'share'], resamples: 1000, seed: 7 };

  it('gives n and mean per group and feature, groups sorted, rows without a group left out', () => {
    const result = compareGroups(rows, options);
    expect(result.map(({ group, feature, n, mean }) => ({ group, feature, n, mean }))).toEqual([
      { group: 'Dawn', feature: 'rate', n: 3, mean: 18 },
      { group: 'Dawn', feature: 'share', n: 2, mean: 0.375 },
      { group: 'Hindu', feature: 'rate', n: 2, mean: 4 },
      { group: 'Hindu', feature: 'share', n: 2, mean: 0.5 },
    ]);
  });

  it('gives intervals inside the data range that contain the mean', () => {
    for (const row of compareGroups(rows, options)) {
      const values = rows
        .filter((r) => r.outlet === row.group)
        .map((r) => r[row.feature as 'rate' | 'share'])
        .filter((v): v is number => v !== null);
      expect(row.low!).toBeLessThanOrEqual(row.mean);
      expect(row.high!).toBeGreaterThanOrEqual(row.mean);
      expect(row.low!).toBeGreaterThanOrEqual(Math.min(...values));
      expect(row.high!).toBeLessThanOrEqual(Math.max(...values));
    }
  });

  it('is deterministic: same seed, same intervals; another seed, other intervals', () => {
    // Eight distinct values: with three, the 2.5 % tail is the minimum itself for any seed.
    const spread = [3.1, 4.7, 5.2, 8.9, 10.4, 12.6, 15, 21.3].map((rate, i) => ({
      id: `s${i}`,
      outlet: 'Dawn',
      rate,
    }));
    const first = compareGroups(spread, { by: 'outlet', features: ['rate'], seed: 7 });
    expect(compareGroups(spread, { by: 'outlet', features: ['rate'], seed: 7 })).toEqual(first);
    const other = compareGroups(spread, { by: 'outlet', features: ['rate'], seed: 8 });
    expect([other[0].low, other[0].high]).not.toEqual([first[0].low, first[0].high]);
    expect(first[0].low!).toBeLessThan(first[0].mean);
    expect(first[0].high!).toBeGreaterThan(first[0].mean);
    // Recorded from this implementation (mulberry32, FNV-1a cell seeds, type-7 quantiles, 2000
    // resamples): a change of PRNG, seeding or quantile rule must not pass unnoticed.
    expect([first[0].low, first[0].high]).toEqual(PINNED_CI);
  });

  it('keeps a cell’s interval when other features are added (one stream per cell)', () => {
    const alone = compareGroups(rows, { ...options, features: ['rate'] });
    const both = compareGroups(rows, options).filter((r) => r.feature === 'rate');
    expect(both).toEqual(alone);
  });

  it('gives no interval for a single article, and no row for a group without values', () => {
    const result = compareGroups(
      [
        { id: 'a', outlet: 'Dawn', rate: null },
        { id: 'b', outlet: 'Hindu', rate: 4 },
      ],
      { by: 'outlet', features: ['rate'] },
    );
    expect(result).toEqual([{ group: 'Hindu', feature: 'rate', n: 1, mean: 4, low: null, high: null }]);
  });
});

const PINNED_CI = [6.4375, 14.2516];

describe('bootstrapMeanInterval', () => {
  it('collapses to the value for a single observation', () => {
    expect(bootstrapMeanInterval([3], { resamples: 50, level: 0.95, random: mulberry32(1) })).toEqual({
      low: 3,
      high: 3,
    });
  });

  it('rejects a level outside (0, 1) and a non-integer number of resamples', () => {
    expect(() => bootstrapMeanInterval([1, 2], { resamples: 10, level: 95, random: mulberry32(1) })).toThrow(
      /level/,
    );
    expect(() =>
      bootstrapMeanInterval([1, 2], { resamples: 0.5, level: 0.95, random: mulberry32(1) }),
    ).toThrow(/resamples/);
  });
});

describe('fightinWords', () => {
  /*
   * Hand computation. Group A: war ×3, peace ×1 (n^A = 4). Group B: war ×1, peace ×1, talks ×2 (n^B = 4).
   * Pooled: war 4, peace 2, talks 2 (n = 8). With α0 = 8, α_w = 8 · y_w / 8 = the pooled count:
   * α_war = 4, α_peace = 2, α_talks = 2.
   *
   * war:   δ = ln[(3+4)/(4+8−3−4)] − ln[(1+4)/(4+8−1−4)] = ln(7/5) − ln(5/7) = 2 ln 1.4 = 0.672944
   *        σ² = 1/(3+4) + 1/(1+4) = 1/7 + 1/5 = 0.342857      z = 0.672944 / √0.342857 = 1.149271
   * peace: δ = ln[(1+2)/(4+8−1−2)] − ln[(1+2)/(4+8−1−2)] = ln(3/9) − ln(3/9) = 0
   *        σ² = 1/3 + 1/3 = 0.666667                           z = 0
   * talks: δ = ln[(0+2)/(4+8−0−2)] − ln[(2+2)/(4+8−2−2)] = ln(2/10) − ln(4/8) = ln 0.4 = −0.916291
   *        σ² = 1/2 + 1/4 = 0.75                               z = −0.916291 / √0.75 = −1.058041
   */
  const groupA = [['war', 'war', 'peace'], ['war']];
  const groupB = [['war', 'peace', 'talks'], ['talks']];

  it('computes δ, σ² and z as written out above, sorted by z descending', () => {
    expect(fightinWords(groupA, groupB, { prior: 8 })).toEqual([
      { term: 'war', countA: 3, countB: 1, delta: 0.6729, variance: 0.3429, z: 1.1493 },
      { term: 'peace', countA: 1, countB: 1, delta: 0, variance: 0.6667, z: 0 },
      { term: 'talks', countA: 0, countB: 2, delta: -0.9163, variance: 0.75, z: -1.058 },
    ]);
  });

  it('accepts pooled counts (Map or record) and gives the same rows', () => {
    const expected = fightinWords(groupA, groupB, { prior: 8 });
    expect(
      fightinWords(
        new Map([
          ['war', 3],
          ['peace', 1],
        ]),
        { war: 1, peace: 1, talks: 2 },
        { prior: 8 },
      ),
    ).toEqual(expected);
  });

  it('is antisymmetric: swapping the groups flips the sign of δ and z', () => {
    const ab = fightinWords(groupA, groupB, { prior: 8 });
    const ba = fightinWords(groupB, groupA, { prior: 8 });
    for (const row of ab) {
      const swapped = ba.find((r) => r.term === row.term)!;
      expect(swapped.z).toBeCloseTo(-row.z, 4);
      expect(swapped.variance).toBe(row.variance);
    }
  });

  it('breaks ties in z by the word, and handles words such as "constructor"', () => {
    const rows = fightinWords([['constructor', 'beta', 'alpha']], [['gamma']], { prior: 4 });
    expect(rows.map((r) => r.term)).toEqual(['alpha', 'beta', 'constructor', 'gamma']);
  });

  it('gives δ = z = 0 when both groups use one and the same single word (nothing to contrast)', () => {
    expect(fightinWords([['war']], [['war', 'war']], { prior: 1 })).toMatchObject([
      { term: 'war', delta: 0, z: 0 },
    ]);
  });

  it('rejects a non-positive prior and negative counts', () => {
    expect(() => fightinWords(groupA, groupB, { prior: 0 })).toThrow(/prior/);
    expect(() => fightinWords({ war: -1 }, groupB, { prior: 1 })).toThrow(/"war"/);
  });
});

describe('documentTokens and tokenCounts', () => {
  it('lower-cases words, drops numbers and punctuation, and skips page furniture', () => {
    const text = 'ISLAMABAD: The Minister’s talks began on May 5, 2024.\n\nMore in Pakistan';
    const tokens = documentTokens({ text });
    expect(tokens).toContain('minister');
    expect(tokens).toContain('talks');
    expect(tokens).not.toContain('islamabad'); // dateline
    expect(tokens).not.toContain('2024');
    expect(tokens).not.toContain('.');
    expect(tokens.every((t) => t === t.toLowerCase())).toBe(true);
  });

  it('leaves out stopwords and counts over several documents', () => {
    const lists = [
      documentTokens({ text: 'The war and the peace.' }, { stopwords: new Set(['the', 'and']) }),
      ['war'],
    ];
    expect(lists[0]).toEqual(['war', 'peace']);
    expect([...tokenCounts(lists)]).toEqual([
      ['war', 2],
      ['peace', 1],
    ]);
  });
});

describe('loadStopwords', () => {
  it('ships function words but keeps negation, modals and reporting verbs countable', () => {
    const stopwords = loadStopwords();
    for (const word of ['the', 'of', "'s", 'and']) expect(stopwords.has(word)).toBe(true);
    for (const word of ['not', 'never', 'may', 'must', 'could', 'said'])
      expect(stopwords.has(word)).toBe(false);
  });

  it('names the file when the list is malformed', () => {
    const file = path.join(tempDir(), 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ words: ['the', 3] }));
    expect(() => loadStopwords(file)).toThrow(/bad\.json: "words" must be an array of strings/);
  });
});

describe('similarity', () => {
  const rows = [
    { id: 'a', x: 1, y: 10 },
    { id: 'b', x: 2, y: 20 },
    { id: 'c', x: 3, y: 0 },
  ];

  it('gives every ordered pair, diagonal included, in row order', () => {
    const result = similarity(rows, ['x', 'y']);
    expect(result.map((r) => `${r.a}-${r.b}`)).toEqual([
      'a-a',
      'a-b',
      'a-c',
      'b-a',
      'b-b',
      'b-c',
      'c-a',
      'c-b',
      'c-c',
    ]);
  });

  it('is 1 for a profile with itself and for identical profiles, symmetric otherwise', () => {
    const twin = [...rows, { id: 'a2', x: 1, y: 10 }];
    const result = similarity(twin, ['x', 'y']);
    const cos = (a: string, b: string) => result.find((r) => r.a === a && r.b === b)!.cosine;
    expect(cos('a', 'a')).toBe(1);
    expect(cos('a', 'a2')).toBe(1);
    expect(cos('b', 'c')).toBe(cos('c', 'b'));
  });

  it('computes the cosine of z-scored profiles (worked example)', () => {
    // x = [1,2,3] → z = [−1.2247, 0, 1.2247]; y = [10,20,0] → mean 10, SD 8.165 → z = [0, 1.2247, −1.2247]
    // a = (−1.2247, 0), c = (1.2247, −1.2247): cos = −1.5 / (1.2247 · 1.7321) = −1/√2
    const result = similarity(rows, ['x', 'y']);
    expect(result.find((r) => r.a === 'a' && r.b === 'c')!.cosine).toBe(-0.7071);
  });

  it('gives null for a profile at the corpus mean on every feature', () => {
    const result = similarity(
      [
        { id: 'a', x: 1 },
        { id: 'm', x: 2 },
        { id: 'c', x: 3 },
      ],
      ['x'],
    );
    expect(result.find((r) => r.a === 'm' && r.b === 'm')!.cosine).toBeNull();
    expect(result.find((r) => r.a === 'a' && r.b === 'c')!.cosine).toBe(-1);
  });
});
