import { describe, expect, it } from 'vitest';
import { compile, type TopLevelSpec } from 'vega-lite';
import { loadedTermsBySide } from '../src/charts/loadedTermsBySide';
import { sourceMix } from '../src/charts/sourceMix';
import { renumberSvgDefIds, toSVG } from '../src/charts/render';
import { GREYSCALE_SAFE_RANGE } from '../src/charts/palette';
import { loadedTermRows, sourceMixRows } from '../src/table/chartRows';
import { fixtureDocuments } from './fixtures/documents';

const loadedSpec = loadedTermsBySide(loadedTermRows(fixtureDocuments));
const mixSpec = sourceMix(sourceMixRows(fixtureDocuments));

/** A layered chart with clipping and a gradient: exercises vega's process-wide id counters. */
const clippedGradientSpec: TopLevelSpec = {
  title: 'clip and gradient',
  data: { values: [{ x: 1, y: 2 }, { x: 2, y: 5 }, { x: 3, y: 3 }] },
  mark: {
    type: 'area',
    clip: true,
    color: { gradient: 'linear', stops: [{ offset: 0, color: 'white' }, { offset: 1, color: 'black' }] },
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
    expect(vega.data?.some((d) => 'values' in d && Array.isArray(d.values) && d.values.length > 0)).toBe(true);
    const title = typeof spec.title === 'string' ? spec.title : (spec.title as { text?: unknown } | undefined)?.text;
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
  it('sorts articles and puts the generic side `none` last', () => {
    const spec = loadedTermsBySide([
      { id: 'z', side: 'none', per1k: 1 },
      { id: 'a', side: 'Pakistan', per1k: 2 },
      { id: 'm', side: 'India', per1k: 3 },
    ]) as { encoding: { y: { sort: string[] }; color: { scale: { domain: string[]; range: string[] } } } };
    expect(spec.encoding.y.sort).toEqual(['a', 'm', 'z']);
    expect(spec.encoding.color.scale.domain).toEqual(['India', 'Pakistan', 'none']);
    expect(spec.encoding.color.scale.range).toEqual(GREYSCALE_SAFE_RANGE.slice(0, 3));
  });

  it('does not depend on row order', async () => {
    const rows = loadedTermRows(fixtureDocuments);
    const reversed = loadedTermsBySide([...rows].reverse());
    const svg = await toSVG(loadedSpec);
    // Same categories in the same order → identical axes and legend; only data order differs.
    expect((reversed as { encoding: unknown }).encoding).toEqual((loadedSpec as { encoding: unknown }).encoding);
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
    const svg = '<clipPath id="clip7"/><g clip-path="url(#clip7)"/><clipPath id="clip3"/><rect fill="url(#gradient_9)"/><linearGradient id="gradient_9"/>';
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
    const svg = await toSVG(sourceMix([...sourceMixRows(fixtureDocuments), { id: 'd-empty', sourceType: 'person', count: 0 }]));
    expect(svg).not.toContain('NaN');
    expect(svg).toContain('d-empty');
  });

  it('renders an empty corpus as an empty chart instead of failing', async () => {
    await expect(toSVG(loadedTermsBySide([]))).resolves.toContain('<svg');
  });
});
