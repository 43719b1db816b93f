import { describe, expect, it } from 'vitest';
import { compile, type TopLevelSpec } from 'vega-lite';
import { loadedTermsBySide } from '../src/charts/loadedTermsBySide';
import { sourceMix } from '../src/charts/sourceMix';
import { renumberSvgDefIds, toSVG, toVega } from '../src/charts/render';
import { GREYSCALE_SAFE_RANGE } from '../src/charts/palette';
import {
  actorMentionRows,
  anonymityRows,
  hedgingRows,
  loadedTermRows,
  sourceMixRows,
} from '../src/table/chartRows';
import { sourceMixWithAnonymity } from '../src/charts/sourceMixWithAnonymity';
import { actorHeatmap } from '../src/charts/actorHeatmap';
import { hedgingByVoice } from '../src/charts/hedgingByVoice';
import { fightinWords, labelledTerms, rankedTerms, splitDistinctive } from '../src/charts/fightinWords';
import { logDensity } from '../src/charts/density';
import { framingProfile } from '../src/charts/framingProfile';
import { groupComparison } from '../src/charts/groupComparison';
import type {
  ActorMentionRow,
  FightinWordsRow,
  FramingProfileRow,
  GroupComparisonRow,
  HedgingRow,
} from '../src/charts/rows';
import { fixtureDocuments } from './fixtures/documents';

/** Axis labels as drawn, one list per axis in SVG order: the order a reader sees. */
const axisLabels = (svg: string): string[][] =>
  [...svg.matchAll(/class="mark-text role-axis-label"[^>]*>([\s\S]*?)<\/g>/g)].map((m) =>
    [...m[1].matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]),
  );

const loadedSpec = loadedTermsBySide(loadedTermRows(fixtureDocuments));
const mixSpec = sourceMix(sourceMixRows(fixtureDocuments));

/** A layered chart with clipping and a gradient: exercises vega's process-wide id counters. */
const clippedGradientSpec: TopLevelSpec = {
  title: 'clip and gradient',
  data: {
    values: [
      { x: 1, y: 2 },
      { x: 2, y: 5 },
      { x: 3, y: 3 },
    ],
  },
  mark: {
    type: 'area',
    clip: true,
    color: {
      gradient: 'linear',
      stops: [
        { offset: 0, color: 'white' },
        { offset: 1, color: 'black' },
      ],
    },
  },
  encoding: {
    x: { field: 'x', type: 'quantitative', scale: { domain: [1, 2.5] } },
    y: { field: 'y', type: 'quantitative' },
  },
};

describe.each([
  ['loadedTermsBySide', loadedSpec],
  ['sourceMix', mixSpec],
])('%s spec', (_name, spec) => {
  it('compiles with vega-lite, with inline data and a title', () => {
    const vega = compile(spec).spec;
    expect(vega.data?.some((d) => 'values' in d && Array.isArray(d.values) && d.values.length > 0)).toBe(
      true,
    );
    const title =
      typeof spec.title === 'string' ? spec.title : (spec.title as { text?: unknown } | undefined)?.text;
    expect(typeof title === 'string' && title.length > 0).toBe(true);
    expect(JSON.stringify(vega.title)).toContain(String(title));
  });

  it('renders to SVG with bar marks', async () => {
    const svg = await toSVG(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toMatch(/class="mark-rect[^"]*"/);
    expect(svg).toMatch(/<path[^>]*d="M/);
    expect(svg).toContain(String(spec.title));
  });

  it('renders the same bytes twice in a row', async () => {
    expect(await toSVG(spec)).toBe(await toSVG(spec));
  });
});

describe('loadedTermsBySide', () => {
  it('sorts articles by code point and puts the generic side `none` last', async () => {
    const spec = loadedTermsBySide([
      { id: 'z', side: 'none', per1k: 1 },
      { id: 'a-10', side: 'Pakistan', per1k: 2 },
      { id: 'B', side: 'India', per1k: 3 },
      { id: 'é', side: 'India', per1k: 3 },
      { id: 'a-9', side: 'India', per1k: 3 },
    ]) as { encoding: { color: { scale: { domain: string[]; range: string[] } } } };
    // Code-point order, as sortedDistinct gives: upper case first, digits not numeric, accents last.
    expect(axisLabels(await toSVG(spec as TopLevelSpec))).toContainEqual(['B', 'a-10', 'a-9', 'z', 'é']);
    expect(spec.encoding.color.scale.domain).toEqual(['India', 'Pakistan', 'none']);
    expect(spec.encoding.color.scale.range).toEqual(GREYSCALE_SAFE_RANGE.slice(0, 3));
  });

  it('does not depend on row order', async () => {
    const rows = loadedTermRows(fixtureDocuments);
    const reversed = loadedTermsBySide([...rows].reverse());
    const svg = await toSVG(loadedSpec);
    // Same categories in the same order → identical axes and legend; only data order differs.
    expect((reversed as { encoding: unknown }).encoding).toEqual(
      (loadedSpec as { encoding: unknown }).encoding,
    );
    expect(svg).toBe(await toSVG(loadedSpec));
  });
});

describe('per-1k rows', () => {
  it('computes loaded terms per 1,000 words for every side of every article', () => {
    const rows = loadedTermRows(fixtureDocuments);
    expect(rows).toHaveLength(fixtureDocuments.length * 3);
    expect(rows.find((r) => r.id === 'a-occupation' && r.side === 'Pakistan')?.per1k).toBe(100);
    expect(rows.find((r) => r.id === 'b-border' && r.side === 'India')?.per1k).toBe(111.11);
    expect(rows.find((r) => r.id === 'c-talks' && r.side === 'India')?.per1k).toBe(0);
  });

  it('counts attributions per source type', () => {
    const rows = sourceMixRows(fixtureDocuments).filter((r) => r.id === 'a-occupation');
    expect(Object.fromEntries(rows.map((r) => [r.sourceType, r.count]))).toEqual({
      person: 1,
      organization: 1,
      document: 0,
      unnamed: 1,
      implicit: 0,
    });
  });
});

describe('SVG def ids', () => {
  it('are the same whatever was rendered before in this process', async () => {
    const first = await toSVG(clippedGradientSpec);
    await toSVG(loadedSpec); // advances vega's global counters
    const second = await toSVG(clippedGradientSpec);
    expect(first).toMatch(/clip1"/);
    expect(first).toMatch(/gradient_1"/);
    expect(second).toBe(first);
  });

  it('are renumbered in order of first appearance, references included', () => {
    const svg =
      '<clipPath id="clip7"/><g clip-path="url(#clip7)"/><clipPath id="clip3"/><rect fill="url(#gradient_9)"/><linearGradient id="gradient_9"/>';
    expect(renumberSvgDefIds(svg, 'p-')).toBe(
      '<clipPath id="p-clip1"/><g clip-path="url(#p-clip1)"/><clipPath id="p-clip2"/><rect fill="url(#p-gradient_1)"/><linearGradient id="p-gradient_1"/>',
    );
  });

  it('differ between different charts, so several SVGs can share one HTML page', async () => {
    const ids = (svg: string): string[] => [...svg.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    const other = await toSVG({ ...clippedGradientSpec, title: 'another chart' });
    const shared = ids(await toSVG(clippedGradientSpec)).filter((id) => ids(other).includes(id));
    expect(shared).toEqual([]);
  });
});

describe('toSVG', () => {
  it('leaves the spec it renders untouched', async () => {
    const spec = loadedTermsBySide(loadedTermRows(fixtureDocuments));
    const before = JSON.parse(JSON.stringify(spec));
    await toSVG(spec);
    expect(spec).toStrictEqual(before);
  });
});

describe('edge cases', () => {
  it('draws an article without attributions without NaN coordinates', async () => {
    const svg = await toSVG(
      sourceMix([...sourceMixRows(fixtureDocuments), { id: 'd-empty', sourceType: 'person', count: 0 }]),
    );
    expect(svg).not.toContain('NaN');
    expect(svg).toContain('d-empty');
  });

  it('renders an empty corpus as an empty chart instead of failing', async () => {
    await expect(toSVG(loadedTermsBySide([]))).resolves.toContain('<svg');
  });
});

// ---------------------------------------------------------------- comparison charts (issue #6)

const mentionRows: ActorMentionRow[] = [
  { id: 'b', actor: 'India', side: 'India', mentions: 5 },
  { id: 'a', actor: 'India', side: 'India', mentions: 2 },
  { id: 'a', actor: 'Narendra Modi', side: 'India', mentions: 3 },
  { id: 'b', actor: 'OIC', side: 'international', mentions: 3 },
  { id: 'a', actor: 'Hurriyat Conference', side: null, mentions: 1 },
  { id: 'c', actor: 'Pakistan', side: 'Pakistan', mentions: 4 },
];
const hedging: HedgingRow[] = fixtureDocuments.flatMap((d, i) =>
  (['hedge', 'booster'] as const).flatMap((kind) =>
    (['outlet', 'quoted'] as const).map((voice) => ({
      id: d.id,
      kind,
      voice,
      per1k: (i + 1) * (kind === 'hedge' ? 2 : 1) * (voice === 'outlet' ? 1.5 : 1),
    })),
  ),
);
const fightin: FightinWordsRow[] = [
  { term: 'occupied', countA: 30, countB: 1, z: 4.1 },
  { term: 'martyrs', countA: 12, countB: 0, z: 3.2 },
  { term: 'valiant', countA: 4, countB: 0, z: 2.1 },
  { term: 'talks', countA: 10, countB: 11, z: 0.1 },
  { term: 'terrorists', countA: 2, countB: 25, z: -3.9 },
  { term: 'integral', countA: 0, countB: 9, z: -2.8 },
  { term: 'unused', countA: 0, countB: 0, z: 0 },
];
const profile: FramingProfileRow[] = fixtureDocuments.flatMap((d, i) =>
  ['loadedPer1k', 'anonymousShare', 'hedgesPer1k'].map((feature, j) => ({
    id: d.id,
    feature,
    z: [1.24, -0.56, -2.71][(i + j) % 3],
  })),
);
const groups: GroupComparisonRow[] = [
  { group: 'Pakistan', feature: 'loadedPer1k', mean: 12.5, low: 9.25, high: 15.75, n: 5 },
  { group: 'India', feature: 'loadedPer1k', mean: 6.25, low: 2.5, high: 9.5, n: 4 },
  { group: 'wire', feature: 'loadedPer1k', mean: 1.5, low: null, high: null, n: 1 },
  { group: 'Pakistan', feature: 'anonymousShare', mean: 0.125, low: 0.05, high: 0.2, n: 5 },
];

const comparisonSpecs: Array<[string, TopLevelSpec, string[]]> = [
  [
    'sourceMixWithAnonymity',
    sourceMixWithAnonymity(sourceMixRows(fixtureDocuments), anonymityRows(fixtureDocuments)),
    ['mark-rect', 'mark-text'],
  ],
  ['actorHeatmap', actorHeatmap(mentionRows), ['mark-rect', 'mark-text']],
  ['hedgingByVoice', hedgingByVoice(hedging), ['mark-rect']],
  [
    'fightinWords',
    fightinWords(fightin, { groupA: 'Pakistani outlets', groupB: 'Indian outlets', labelsPerSide: 2 }),
    ['mark-symbol', 'mark-rect', 'mark-rule'],
  ],
  ['framingProfile', framingProfile(profile), ['mark-rect', 'mark-text']],
  ['groupComparison', groupComparison(groups), ['mark-symbol', 'mark-rule', 'mark-text']],
];

const titleText = (spec: TopLevelSpec): string => {
  const title = spec.title as string | { text: string } | undefined;
  return typeof title === 'string' ? title : (title?.text ?? '');
};

describe.each(comparisonSpecs)('%s spec', (_name, spec, markClasses) => {
  it('compiles with vega-lite, with inline data, a schema and a title', () => {
    const vega = compile(spec).spec;
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
    expect(JSON.stringify(vega.data)).toContain('"values"');
    expect(titleText(spec).length).toBeGreaterThan(10);
  });

  it('renders to SVG with its marks and title', async () => {
    const svg = await toSVG(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    // role-mark: the chart's own marks, not axis ticks or legend symbols.
    for (const cls of markClasses)
      expect(svg, cls).toMatch(new RegExp(`class="${cls} role-mark[^"]*"[^>]*>\\s*<(path|text|line)`));
    expect(svg).toContain(titleText(spec).replace(/&/g, '&amp;'));
    expect(svg).not.toContain('NaN');
  });

  it('renders the same bytes twice, and the same bytes for a freshly built equal spec', async () => {
    const first = await toSVG(spec);
    expect(await toSVG(JSON.parse(JSON.stringify(spec)))).toBe(first);
    expect(await toSVG(spec)).toBe(first);
  });

  it('has tooltips', () => {
    expect(JSON.stringify(spec)).toContain('"tooltip"');
  });
});

// Vega-Lite specs read as plain JSON: any nesting, checked by the assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

describe('sourceMixWithAnonymity', () => {
  it('puts the anonymous share next to the mix, on the same article rows, 0 % without attributions', async () => {
    const spec = sourceMixWithAnonymity(
      [{ id: 'b', sourceType: 'person', count: 2 }],
      [
        { id: 'b', attributions: 4, anonymous: 1 },
        { id: 'a', attributions: 0, anonymous: 0 },
      ],
    ) as Json;
    const [, anonymity] = spec.hconcat;
    expect(anonymity.data.values.map((v: Json) => [v.id, v.share])).toEqual([
      ['b', 0.25],
      ['a', 0],
    ]);
    const svg = await toSVG(spec as TopLevelSpec);
    // `a` has no mix rows: it is on the mix panel's axis only through the shared y scale.
    expect(axisLabels(svg)).toContainEqual(['a', 'b']);
    expect(svg).toContain('>25%<');
    expect(svg).toContain('>0%<');
  });

  it('counts anonymous attributions per article from Documents', () => {
    expect(anonymityRows(fixtureDocuments)).toEqual([
      { id: 'a-occupation', attributions: 3, anonymous: 1 },
      { id: 'b-border', attributions: 2, anonymous: 1 },
      { id: 'c-talks', attributions: 1, anonymous: 1 },
    ]);
  });
});

describe('actorHeatmap', () => {
  it('keeps the top N actors by total mentions, ties by name, and fills absent cells with 0', async () => {
    const spec = actorHeatmap(mentionRows, { topActors: 3 }) as Json;
    const [articles, actors] = axisLabels(await toSVG(spec as TopLevelSpec));
    expect(actors).toEqual(['India', 'Pakistan', 'Narendra Modi (India)']);
    expect(articles).toEqual(['a', 'b', 'c']);
    expect(spec.data.values).toHaveLength(9);
    expect(spec.data.values.find((v: Json) => v.actor === 'India' && v.id === 'c').mentions).toBe(0);
    expect(spec.data.values.find((v: Json) => v.actor === 'India' && v.id === 'b').mentions).toBe(5);
    expect(spec.title).toBe('Actor mentions per article (top 3 actors)');
  });

  it('prints each count in its cell and names actors without a side', async () => {
    const svg = await toSVG(actorHeatmap(mentionRows));
    expect(svg).toContain('Hurriyat Conference (—)');
    expect(svg).toMatch(/<text[^>]*>5<\/text>/);
  });

  it('builds one row per actor and article from Documents', () => {
    const doc = {
      ...fixtureDocuments[0],
      actors: [
        {
          name: 'India',
          type: 'state' as const,
          side: 'India',
          mentions: [
            { start: 0, end: 3, text: 'The' },
            { start: 4, end: 7, text: 'min' },
          ],
          asSource: 0,
          asAgent: 0,
          asPatient: 0,
        },
        {
          name: 'UN',
          type: 'organization' as const,
          side: null,
          mentions: [{ start: 0, end: 3, text: 'The' }],
          asSource: 0,
          asAgent: 0,
          asPatient: 0,
        },
      ],
    };
    expect(actorMentionRows([doc])).toEqual([
      { id: 'a-occupation', actor: 'India', side: 'India', mentions: 2 },
      { id: 'a-occupation', actor: 'UN', side: null, mentions: 1 },
    ]);
  });
});

describe('hedgingByVoice', () => {
  it('shows hedges before boosters and the outlet voice before quoted voices', () => {
    const spec = hedgingByVoice(hedging) as Json;
    expect(spec.encoding.column.sort).toEqual(['Hedges', 'Boosters']);
    expect(spec.encoding.yOffset.sort).toEqual(["Outlet's own voice", 'Quoted voices']);
    expect(spec.encoding.color.scale.range).toEqual([GREYSCALE_SAFE_RANGE[0], GREYSCALE_SAFE_RANGE[3]]);
  });

  it('takes the per-voice rates from the summary, and refuses Documents without them', () => {
    const summary = {
      hedgesPer1kOutlet: 12.5,
      hedgesPer1kQuoted: 0,
      boostersPer1kOutlet: 2.25,
      boostersPer1kQuoted: 40,
    };
    const doc = { ...fixtureDocuments[0], summary: { ...fixtureDocuments[0].summary, ...summary } };
    expect(hedgingRows([doc])).toEqual([
      { id: 'a-occupation', kind: 'hedge', voice: 'outlet', per1k: 12.5 },
      { id: 'a-occupation', kind: 'hedge', voice: 'quoted', per1k: 0 },
      { id: 'a-occupation', kind: 'booster', voice: 'outlet', per1k: 2.25 },
      { id: 'a-occupation', kind: 'booster', voice: 'quoted', per1k: 40 },
    ]);
    expect(() => hedgingRows(fixtureDocuments)).toThrow(/a-occupation.*hedgesPer1kOutlet/);
  });
});

describe('fightinWords', () => {
  it('ranks the k most extreme terms of each side, from the most A to the most B, ties to the more frequent term', () => {
    expect(rankedTerms(fightin, 2).map((r) => r.term)).toEqual([
      'occupied',
      'martyrs',
      'integral',
      'terrorists',
    ]);
    expect([...labelledTerms(fightin, 2)].sort()).toEqual(['integral', 'martyrs', 'occupied', 'terrorists']);
    const tied: FightinWordsRow[] = [
      { term: 'b', countA: 1, countB: 0, z: 2 },
      { term: 'a', countA: 1, countB: 0, z: 2 },
      { term: 'c', countA: 5, countB: 0, z: 2 },
    ];
    expect([...labelledTerms(tied, 2)]).toEqual(['c', 'a']);
  });

  it('draws distinctive terms as points, up to a limit, the most extreme first; the rest go to the density', () => {
    const { points, rest } = splitDistinctive(fightin, 1.96, 3);
    expect(points.map((r) => r.term)).toEqual(['occupied', 'terrorists', 'martyrs']);
    expect(rest.map((r) => r.term).sort()).toEqual(['integral', 'talks', 'unused', 'valiant']);
    expect(splitDistinctive(fightin, 1.96, 0).points).toEqual([]);
  });

  it('marks distinctive terms by group, counts the others per cell and leaves out terms with no occurrences', async () => {
    const spec = fightinWords(fightin, { groupA: 'PK', groupB: 'IN', labelsPerSide: 1 }) as Json;
    const [scatter, bars] = spec.hconcat;
    const [cells, , points] = scatter.layer;
    const byTerm = Object.fromEntries(points.data.values.map((v: Json) => [v.term, v]));
    expect(Object.keys(byTerm).sort()).toEqual(['integral', 'martyrs', 'occupied', 'terrorists', 'valiant']);
    expect(byTerm.valiant.side).toBe('PK');
    expect(byTerm.integral.side).toBe('IN');
    expect(byTerm.occupied.total).toBe(31);
    // 'talks' is the one term below the threshold ('unused' occurs nowhere): one cell, one term.
    expect(cells.data.values.map((c: Json) => c.terms)).toEqual([1]);
    expect(bars.layer[0].data.values.map((v: Json) => v.term)).toEqual(['occupied', 'terrorists']);
    const svg = await toSVG(spec as TopLevelSpec);
    expect(axisLabels(svg).some((labels) => labels.join() === 'occupied,terrorists')).toBe(true);
    expect(svg).toContain('>Used more by<');
    expect(svg).toContain('>faded: |z| &lt; 1.96<');
  });

  it('fades the ranked terms that are not distinctive', async () => {
    // Four per side reaches 'talks' (z 0.1): its bar is faded, the distinctive ones are not.
    const svg = await toSVG(fightinWords(fightin, { groupA: 'PK', groupB: 'IN', labelsPerSide: 4 }));
    const bars = [
      ...svg.matchAll(
        /aria-label="[^"]*Term: (\w+);[^"]*"[^>]*role="graphics-symbol" aria-roledescription="bar"[^>]*?(opacity="([\d.]+)")?\/>/g,
      ),
    ];
    const opacityOf = Object.fromEntries(bars.map((m) => [m[1], m[3] ?? '1']));
    expect(opacityOf).toMatchObject({ talks: '0.4', occupied: '1', valiant: '1', integral: '1' });
  });

  it('keeps a large vocabulary to a bounded number of marks and spec rows', async () => {
    // 30,000 made-up terms: frequencies 1..500 and z spread over ±8, deterministic.
    const rows: FightinWordsRow[] = Array.from({ length: 30000 }, (_, i) => {
      const countA = (i * 7919) % 251;
      const countB = (i * 104729) % 241;
      return {
        term: `t${i}`,
        countA,
        countB,
        z: Math.round(((countA - countB) / Math.sqrt(countA + countB + 1)) * 400) / 100,
      };
    });
    const spec = fightinWords(rows, { groupA: 'A', groupB: 'B', maxPoints: 800 }) as Json;
    const [scatter, bars] = spec.hconcat;
    const [cells, , points] = scatter.layer;
    expect(points.data.values).toHaveLength(800);
    expect(cells.data.values.length).toBeLessThanOrEqual(24 * 20);
    const drawnTerms =
      points.data.values.length + cells.data.values.reduce((sum: number, c: Json) => sum + c.terms, 0);
    expect(drawnTerms).toBe(rows.filter((r) => r.countA + r.countB > 0).length);
    expect(bars.layer[0].data.values).toHaveLength(20);
    const svg = await toSVG(spec as TopLevelSpec);
    expect((svg.match(/<path/g) ?? []).length).toBeLessThan(2000);
    expect(svg).toMatch(
      /the 800 terms with the largest \|z\|; grey cells: the other \d{1,2},\d{3} terms \(\d+(,\d{3})? of them with \|z\| ≥ 1\.96\)/,
    );
  });

  it('refuses two groups with the same name', () => {
    expect(() => fightinWords(fightin, { groupA: 'x', groupB: 'x' })).toThrow(/different names/);
  });
});

describe('logDensity', () => {
  const points = [
    { x: 1, y: 0 },
    { x: 10, y: 1 },
    { x: 100, y: -1 },
    { x: 100, y: -1 },
  ];

  it('counts every point once, in cells spanning the range on a log x axis', () => {
    const cells = logDensity(points, { xBins: 2, yBins: 2 });
    expect(cells).toEqual([
      { x: 1, x2: 10, y: 0, y2: 1, count: 1 },
      { x: 10, x2: 100, y: -1, y2: 0, count: 2 },
      { x: 10, x2: 100, y: 0, y2: 1, count: 1 },
    ]);
  });

  it('does not depend on the order of the points, and skips what a log axis cannot show', () => {
    const reversed = logDensity([...points].reverse(), { xBins: 3, yBins: 4 });
    expect(reversed).toEqual(logDensity(points, { xBins: 3, yBins: 4 }));
    expect(
      logDensity(
        [
          { x: 0, y: 1 },
          { x: -2, y: 1 },
        ],
        { xBins: 2, yBins: 2 },
      ),
    ).toEqual([]);
  });

  it('gives a single value a range one unit wide (a decade on x) and a cell holding it', () => {
    // The range is [10^0.5, 10^1.5] × [1.5, 2.5] in 4 × 4 bins; the value sits on the third edge.
    expect(
      logDensity(
        [
          { x: 10, y: 2 },
          { x: 10, y: 2 },
        ],
        { xBins: 4, yBins: 4 },
      ),
    ).toEqual([{ x: 10, x2: 17.7828, y: 2, y2: 2.25, count: 2 }]);
  });

  it('refuses bins that are not positive integers', () => {
    expect(() => logDensity(points, { xBins: 0, yBins: 2 })).toThrow(/positive integers/);
  });
});

describe('framingProfile', () => {
  it('uses a symmetric diverging scale around 0 and prints signed z in each cell', async () => {
    const spec = framingProfile(profile) as Json;
    expect(spec.layer[0].encoding.color.scale.domain).toEqual([-3, 3]);
    const svg = await toSVG(spec as TopLevelSpec);
    expect(axisLabels(svg)[1]).toEqual(['loadedPer1k', 'anonymousShare', 'hedgesPer1k']);
    expect(svg).toContain('>+1.2<');
    expect(svg).toContain('>−2.7<');
    expect(svg.match(/<text[^>]*>[+−]\d\.\d<\/text>/g)).toHaveLength(9);
  });

  it('follows a given feature order and leaves non-finite z out', () => {
    const spec = framingProfile([...profile, { id: 'a-occupation', feature: 'flat', z: Number.NaN }], {
      featureOrder: ['hedgesPer1k'],
    }) as Json;
    expect(spec.encoding.y.scale.domain).toEqual(['hedgesPer1k', 'loadedPer1k', 'anonymousShare', 'flat']);
    expect(spec.data.values.some((v: Json) => v.feature === 'flat')).toBe(false);
  });
});

describe('groupComparison', () => {
  it('draws an interval per group that has one, the mean for every group, and n', async () => {
    const spec = groupComparison(groups) as Json;
    expect(spec.resolve.scale.x).toBe('independent');
    const svg = await toSVG(spec as TopLevelSpec);
    const headers = [...svg.matchAll(/class="mark-text role-title-text"[^>]*><text[^>]*>([^<]*)</g)].map(
      (m) => m[1],
    );
    expect(headers.slice(0, 2)).toEqual(['loadedPer1k', 'anonymousShare']);
    // Groups sorted by name, the same rows in every panel.
    expect(axisLabels(svg).filter((labels) => labels.includes('Pakistan'))).toEqual([
      ['India', 'Pakistan', 'wire'],
      ['India', 'Pakistan', 'wire'],
    ]);
    expect(svg).toContain('>n = 5<');
    expect(svg).toContain('>n = 1<');
    // 3 intervals (wire has none), 4 means.
    const rules = [...svg.matchAll(/class="mark-rule role-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/g)].map(
      (m) => (m[1].match(/<line/g) ?? []).length,
    );
    expect(rules.reduce((a, b) => a + b, 0)).toBe(3);
    const ordered = await toSVG(
      groupComparison(groups, {
        groupOrder: ['wire', 'Pakistan', 'India'],
        featureOrder: ['anonymousShare'],
      }),
    );
    expect(axisLabels(ordered)[0]).toEqual(['wire', 'Pakistan', 'India']);
    expect([...ordered.matchAll(/aria-label="Title text '([^']*)'"/g)].map((m) => m[1]).slice(0, 2)).toEqual([
      'anonymousShare',
      'loadedPer1k',
    ]);
    const points = [...svg.matchAll(/class="mark-symbol role-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/g)].map(
      (m) => (m[1].match(/<path/g) ?? []).length,
    );
    expect(points.reduce((a, b) => a + b, 0)).toBe(4);
  });
});

// ---------------------------------------------------------------- large corpora

describe('charts on a large corpus (1,500 articles)', () => {
  const ARTICLES = 1500;
  // Reverse order, so nothing passes merely because the rows arrive sorted.
  const ids = Array.from({ length: ARTICLES }, (_, i) => `doc-${String(ARTICLES - i).padStart(4, '0')}`);
  const sides = ['India', 'Pakistan', 'none'];
  const sourceTypes = ['person', 'organization', 'document', 'unnamed'];
  const actors = Array.from({ length: 20 }, (_, i) => `Actor ${String.fromCharCode(65 + i)}`);
  const features = ['loadedPer1k', 'anonymousShare', 'hedgesPer1k', 'boostersPer1k'];
  // Deterministic pseudo-variation without Math.random.
  const value = (i: number, j: number): number => ((i * 7919 + j * 104729) % 1000) / 100;

  const large: Array<[string, TopLevelSpec]> = [
    [
      'loadedTermsBySide',
      loadedTermsBySide(ids.flatMap((id, i) => sides.map((side, j) => ({ id, side, per1k: value(i, j) })))),
    ],
    [
      'sourceMix',
      sourceMix(
        ids.flatMap((id, i) =>
          sourceTypes.map((sourceType, j) => ({ id, sourceType, count: Math.round(value(i, j)) })),
        ),
      ),
    ],
    [
      'sourceMixWithAnonymity',
      sourceMixWithAnonymity(
        ids.flatMap((id, i) =>
          sourceTypes.map((sourceType, j) => ({ id, sourceType, count: Math.round(value(i, j)) })),
        ),
        ids.map((id, i) => ({ id, attributions: 10, anonymous: Math.round(value(i, 0)) })),
      ),
    ],
    [
      'actorHeatmap',
      actorHeatmap(
        ids.flatMap((id, i) =>
          actors.map((actor, j) => ({
            id,
            actor,
            side: j % 2 ? 'India' : null,
            mentions: Math.round(value(i, j)),
          })),
        ),
      ),
    ],
    [
      'hedgingByVoice',
      hedgingByVoice(
        ids.flatMap((id, i) =>
          (['hedge', 'booster'] as const).flatMap((kind, j) =>
            (['outlet', 'quoted'] as const).map((voice, k) => ({
              id,
              kind,
              voice,
              per1k: value(i, j * 2 + k),
            })),
          ),
        ),
      ),
    ],
    [
      'fightinWords',
      fightinWords(
        Array.from({ length: ARTICLES * 2 }, (_, i) => ({
          term: `term${i}`,
          countA: 1 + (i % 37),
          countB: 1 + (i % 23),
          z: value(i, 1) - 5,
        })),
        { groupA: 'Pakistani outlets', groupB: 'Indian outlets' },
      ),
    ],
    [
      'framingProfile',
      framingProfile(
        ids.flatMap((id, i) => features.map((feature, j) => ({ id, feature, z: value(i, j) / 2 - 2.5 }))),
      ),
    ],
    [
      // One group per article: the most groups a corpus can have.
      'groupComparison',
      groupComparison(
        ids.flatMap((group, i) =>
          features.map((feature, j) => ({
            group,
            feature,
            mean: value(i, j),
            low: value(i, j) - 1,
            high: value(i, j) + 1,
            n: 1 + (i % 9),
          })),
        ),
      ),
    ],
  ];

  it.each(large)('%s compiles to Vega expressions that do not grow with the data', (_name, spec) => {
    // Every string in the compiled spec outside the inline data: sort lists and domains of all
    // ids used to become expressions thousands of characters long, which overflowed vega's parser.
    const { data: _data, ...rest } = toVega(spec) as Json;
    const strings = JSON.stringify(rest).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
    expect(Math.max(...strings.map((x) => x.length))).toBeLessThan(1000);
    expect(JSON.stringify(rest)).not.toContain('doc-0750');
  });

  it.each(large)('%s renders to SVG without throwing, at a bounded size', async (_name, spec) => {
    const svg = await toSVG(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('NaN');
    const [, width, height] = svg.match(/<svg[^>]*width="([\d.]+)" height="([\d.]+)"/) ?? [];
    expect(Number(width), 'width').toBeLessThan(2000);
    expect(Number(height), 'height').toBeLessThan(2000);
  });

  it('says how many articles an axis too dense to label holds, and renders the same bytes twice', async () => {
    const svg = await toSVG(large[0][1]);
    expect(svg).toContain('Article (1500, sorted by id)');
    expect(svg).not.toContain('>doc-0001<');
    expect(await toSVG(large[0][1])).toBe(svg);
  });

  it('keeps one labelled bar per article while the articles fit on a screen', async () => {
    const few = ids.slice(0, 30).reverse();
    const labels = axisLabels(
      await toSVG(loadedTermsBySide(few.map((id) => ({ id, side: 'India', per1k: 1 })))),
    );
    expect(labels).toContainEqual([...few].sort());
  });
});

describe('labels a reader can take in', () => {
  it('actorHeatmap names the side only where the actor’s name does not already say it', () => {
    const rows: ActorMentionRow[] = [
      { id: 'a', actor: 'Ruritania', side: 'Ruritania', mentions: 3 },
      { id: 'a', actor: 'Ruritania Navy', side: 'Ruritania', mentions: 2 },
      { id: 'a', actor: 'Home Office (Ruritania)', side: 'Ruritania', mentions: 2 },
      { id: 'a', actor: 'Ruritanian Guard', side: 'Ruritania', mentions: 1 },
    ];
    const spec = actorHeatmap(rows) as unknown as { data: { values: { label: string }[] } };
    expect([...new Set(spec.data.values.map((v) => v.label))].sort()).toEqual([
      'Home Office (Ruritania)',
      'Ruritania',
      'Ruritania Navy',
      'Ruritanian Guard (Ruritania)',
    ]);
  });

  it('groupComparison keeps few, separated tick labels on each panel’s own scale', () => {
    const rows: GroupComparisonRow[] = [
      { group: 'a', feature: 'f', mean: 0.1, low: 0.08, high: 0.34, n: 4 },
      { group: 'b', feature: 'f', mean: 0.2, low: 0.1, high: 0.3, n: 4 },
    ];
    const layers = (
      groupComparison(rows) as unknown as { spec: { layer: { encoding: { x?: { axis?: object } } }[] } }
    ).spec.layer;
    for (const layer of layers.slice(0, 2)) {
      expect(layer.encoding.x?.axis).toEqual({ tickCount: 5, labelSeparation: 8, labelOverlap: true });
    }
  });
});
