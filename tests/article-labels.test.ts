/** Short article labels for chart axes (src/charts/articleLabels.ts) and the charts that use them. */
import { describe, expect, it } from 'vitest';
import { articleLabels, articleLabelTable, shorten } from '../src/charts/articleLabels';
import { sourceMix } from '../src/charts/sourceMix';
import { framingProfile } from '../src/charts/framingProfile';
import { toSVG } from '../src/charts/render';

describe('shorten', () => {
  it('keeps short text and cuts long text at a word boundary, with an ellipsis, within the limit', () => {
    expect(shorten('Talks resume in Geneva', 32)).toBe('Talks resume in Geneva');
    const cut = shorten('Ministers meet again as the border talks resume in Geneva', 32);
    expect(cut).toBe('Ministers meet again as the…');
    expect([...cut].length).toBeLessThanOrEqual(32);
  });

  it('keeps the brackets of a headline written by the corpus editors', () => {
    expect(shorten('[Editors describe a long meeting of ministers on the river dispute]', 32)).toBe(
      '[Editors describe a long…]',
    );
  });

  it('cuts inside a single long word rather than dropping it, and folds whitespace', () => {
    expect(shorten('Supercalifragilisticexpialidocious-and-more', 16)).toBe('Supercalifragil…');
    expect(shorten('  two\nlines  ', 32)).toBe('two lines');
  });
});

describe('articleLabels', () => {
  it('uses the title, else outlet and date, else the id; in id order', () => {
    const labels = articleLabels([
      { id: 'c-3', meta: {} },
      { id: 'a-1', meta: { title: 'River talks resume' } },
      { id: 'b-2', meta: { outlet: 'The Valley Post', date: '2023-05-04' } },
    ]);
    expect(labels).toEqual([
      { id: 'a-1', label: 'River talks resume', title: 'River talks resume', order: 0 },
      { id: 'b-2', label: 'The Valley Post, 2023-05-04', title: null, order: 1 },
      { id: 'c-3', label: 'c-3', title: null, order: 2 },
    ]);
    expect(articleLabelTable(labels)[1]).toEqual({
      label: 'The Valley Post, 2023-05-04',
      id: 'b-2',
      title: null,
    });
  });

  it('keeps every label unique, numbering repeats in id order', () => {
    const labels = articleLabels([
      { id: 'x2', meta: { title: 'Daily briefing' } },
      { id: 'x1', meta: { title: 'Daily briefing' } },
      { id: 'x3', meta: { title: 'Daily briefing' } },
    ]);
    expect(labels.map((l) => [l.id, l.label])).toEqual([
      ['x1', 'Daily briefing'],
      ['x2', 'Daily briefing (2)'],
      ['x3', 'Daily briefing (3)'],
    ]);
  });

  it('lists an id once however many rows carry it', () => {
    expect(articleLabels([{ id: 'a' }, { id: 'a' }, { id: 'b' }]).map((l) => l.id)).toEqual(['a', 'b']);
  });
});

describe('charts with article labels', () => {
  const articles = articleLabels([
    { id: 'b-later', meta: { title: 'Yak crossing row grows into a long and winding dispute' } },
    { id: 'a-first', meta: { title: 'Zebra herders speak' } },
  ]);
  const rows = [
    { id: 'a-first', sourceType: 'person', count: 2 },
    { id: 'b-later', sourceType: 'document', count: 1 },
  ];

  it('show the labels in id order (not label order) and keep id and title in the tooltip', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const spec = sourceMix(rows, { articles }) as Record<string, any>;
    expect(spec.encoding.y.field).toBe('articleLabel');
    expect(spec.data.values[1]).toMatchObject({
      id: 'b-later',
      articleTitle: 'Yak crossing row grows into a long and winding dispute',
    });
    expect(spec.encoding.tooltip.map((t: { field: string }) => t.field)).toEqual(
      expect.arrayContaining(['articleLabel', 'id', 'articleTitle']),
    );
    const svg = await toSVG(spec as never);
    const axes = [...svg.matchAll(/role-axis-label[\s\S]*?<\/g>/g)].map((axis) =>
      [...axis[0].matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]),
    );
    expect(axes).toContainEqual(['Zebra herders speak', 'Yak crossing row grows into a…']);
  });

  it('show ids in full (not cut by the renderer) without labels', async () => {
    const longIds = [{ id: '0001-a-very-long-article-identifier-from-a-feed', feature: 'f', z: 1 }];
    const svg = await toSVG(framingProfile(longIds));
    expect(svg).toContain('>0001-a-very-long-article-identifier-from-a-feed<');
  });
});
