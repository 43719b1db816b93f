import { describe, expect, it } from 'vitest';
import { loadedTermsBySide } from '../src/charts/loadedTermsBySide';
import { loadedTermRows } from '../src/table/chartRows';
import { featureTable } from '../src/table/featureTable';
import { chartBundle, VEGA_LITE_MIME } from '../src/notebook/chartBundle';
import { toHtmlTable, toTableData, toTextTable } from '../src/notebook/htmlTable';
import { type DisplayContent, findTslabWriter, sendDisplayData } from '../src/notebook/tslabChannel';
import { fixtureDocuments } from './fixtures/documents';

const spec = loadedTermsBySide(loadedTermRows(fixtureDocuments));

describe('chart display bundle', () => {
  it('carries exactly Vega-Lite, SVG and text — no text/html', async () => {
    const bundle = await chartBundle(spec);
    expect(Object.keys(bundle).sort()).toEqual([VEGA_LITE_MIME, 'image/svg+xml', 'text/plain'].sort());
    expect(bundle).not.toHaveProperty('text/html');
    expect(VEGA_LITE_MIME).toBe('application/vnd.vegalite.v5+json');
  });

  it('holds the Vega-Lite spec itself with data inlined, its SVG, and a titled description', async () => {
    const bundle = await chartBundle(spec);
    expect(bundle[VEGA_LITE_MIME]).toEqual(spec);
    expect(bundle[VEGA_LITE_MIME]).toHaveProperty('data.values');
    expect(bundle['image/svg+xml']).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(bundle['text/plain']).toBe(`Vega-Lite chart: ${spec.title}`);
  });

  it('survives the JSON round trip of a notebook file unchanged', async () => {
    const bundle = await chartBundle(spec);
    expect(JSON.parse(JSON.stringify(bundle))).toEqual(bundle);
  });
});

describe('sending display data', () => {
  it('sends one display_data message with the whole bundle', async () => {
    const sent: Array<[DisplayContent, boolean]> = [];
    const bundle = await chartBundle(spec);
    sendDisplayData({ ...bundle }, (content, update) => sent.push([content, update]));
    expect(sent).toHaveLength(1);
    const [content, update] = sent[0];
    expect(update).toBe(false);
    expect(Object.keys(content.data).sort()).toEqual(Object.keys(bundle).sort());
    expect(content.metadata).toEqual({});
  });

  it('fails clearly outside a tslab kernel', () => {
    expect(findTslabWriter()).toBeNull();
    expect(() => sendDisplayData({ 'text/plain': 'x' })).toThrow(/tslab/);
  });

  it('finds the writer tslab installs for the executing cell', async () => {
    // tslab's kernel sets this for every executed cell (tslab/dist/jupyter.js, handleExecuteImpl).
    const jupyter = require('tslab/dist/jupyter') as { lastWriteDisplayData: unknown };
    const sent: DisplayContent[] = [];
    jupyter.lastWriteDisplayData = (content: DisplayContent) => sent.push(content);
    try {
      sendDisplayData({ 'text/plain': 'hello', 'image/svg+xml': '<svg/>' });
    } finally {
      jupyter.lastWriteDisplayData = null;
    }
    expect(sent).toEqual([{ data: { 'text/plain': 'hello', 'image/svg+xml': '<svg/>' }, metadata: {} }]);
  });
});

describe('tables', () => {
  it('renders a DataFrame and plain records the same way', () => {
    const fromFrame = toTableData(featureTable(fixtureDocuments));
    const fromRecords = toTableData(fixtureDocuments.map((d) => ({ id: d.id, words: d.stats.words })));
    expect(fromFrame.columns[0]).toBe('id');
    expect(fromFrame.rows).toHaveLength(3);
    expect(fromRecords).toEqual({
      columns: ['id', 'words'],
      rows: [
        ['a-occupation', 20],
        ['b-border', 18],
        ['c-talks', 12],
      ],
    });
  });

  it('escapes HTML and right-aligns numeric columns', () => {
    const html = toHtmlTable({ columns: ['name', 'n'], rows: [['<b>&', 1.23456], ['x', null]] });
    expect(html).toContain('<td>&lt;b&gt;&amp;</td>');
    expect(html).toContain('<td style="text-align:right">1.235</td>');
    expect(html).not.toContain('<b>');
  });

  it('has a column-aligned text fallback', () => {
    expect(toTextTable({ columns: ['id', 'n'], rows: [['long-id', 1], ['x', 22]] })).toBe('id       n\nlong-id  1\nx        22');
  });
});
