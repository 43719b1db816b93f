import { describe, expect, it } from 'vitest';
import { loadedTermsBySide } from '../src/charts/loadedTermsBySide';
import { loadedTermRows } from '../src/table/chartRows';
import { featureTable } from '../src/table/featureTable';
import { chartBundle, VEGA_LITE_MIME } from '../src/notebook/chartBundle';
import { toHtmlTable, toTableData, toTextTable } from '../src/notebook/htmlTable';
import { type DisplayContent, findTslabWriter, sendDisplayData } from '../src/notebook/tslabChannel';
import { withProgress } from '../src/notebook/progress';
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
    // The test replaces a property of tslab's CommonJS module object, which an import would freeze.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
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
    const html = toHtmlTable({
      columns: ['name', 'n'],
      rows: [
        ['<b>&', 1.23456],
        ['x', null],
      ],
    });
    expect(html).toContain('<td>&lt;b&gt;&amp;</td>');
    expect(html).toContain('<td style="text-align:right">1.235</td>');
    expect(html).not.toContain('<b>');
  });

  it('has a column-aligned text fallback', () => {
    expect(
      toTextTable({
        columns: ['id', 'n'],
        rows: [
          ['long-id', 1],
          ['x', 22],
        ],
      }),
    ).toBe('id       n\nlong-id  1\nx        22');
  });
});

describe('withProgress', () => {
  const record = (): {
    sent: Array<[DisplayContent, boolean]>;
    writer: (c: DisplayContent, u: boolean) => void;
  } => {
    const sent: Array<[DisplayContent, boolean]> = [];
    return { sent, writer: (content, update) => sent.push([content, update]) };
  };

  it('updates one display in place and ends on a stable line without timings', async () => {
    const { sent, writer } = record();
    let clock = 0;
    const results = await withProgress(['a', 'b', 'c', 'd', 'e'], 'documents', (item, i) => `${item}${i}`, {
      verbs: ['Analysing', 'Analysed'],
      describe: (item) => item.toUpperCase(),
      writer,
      now: () => (clock += 100), // every update is 100 ms after the last one
      minIntervalMs: 150,
    });
    expect(results).toEqual(['a0', 'b1', 'c2', 'd3', 'e4']);
    const lines = sent.map(([content]) => content.data['text/plain']);
    expect(lines[0]).toBe('Analysing documents: 0 of 5 done');
    expect(lines).toContain('Analysing documents: 2 of 5 done — now C');
    expect(lines[lines.length - 1]).toBe('Analysed 5 documents');
    // The first message creates the display, every later one replaces it.
    expect(sent.map(([, update]) => update)).toEqual([false, ...Array(sent.length - 1).fill(true)]);
    const ids = new Set(sent.map(([content]) => content.transient?.display_id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^framing-kit-progress-/);
    for (const [content] of sent) expect(Object.keys(content.data)).toEqual(['text/plain']);
  });

  it('throttles live updates but always shows the final line', async () => {
    const { sent, writer } = record();
    await withProgress(
      Array.from({ length: 100 }, (_, i) => i),
      'items',
      (x) => x,
      { writer, now: () => 0 },
    );
    expect(sent.map(([c]) => c.data['text/plain'])).toEqual([
      'Processing items: 0 of 100 done',
      'Processed 100 items',
    ]);
  });

  it('uses the singular for one item, and awaits asynchronous work in order', async () => {
    const { sent, writer } = record();
    const results = await withProgress([3], 'documents', async (x) => x * 2, {
      singular: 'document',
      writer,
    });
    expect(results).toEqual([6]);
    expect(sent[sent.length - 1][0].data['text/plain']).toBe('Processed 1 document');
  });

  it('gives each call its own display id, so two cells never overwrite each other', async () => {
    const first = record();
    const second = record();
    await withProgress([1], 'x', (v) => v, { writer: first.writer });
    await withProgress([1], 'x', (v) => v, { writer: second.writer });
    expect(first.sent[0][0].transient?.display_id).not.toBe(second.sent[0][0].transient?.display_id);
  });

  it('says where it stopped when an item fails, and rethrows', async () => {
    const { sent, writer } = record();
    const failing = withProgress(
      [1, 2, 3],
      'documents',
      (v) => {
        if (v === 2) throw new Error('bad document');
        return v;
      },
      { writer },
    );
    await expect(failing).rejects.toThrow('bad document');
    expect(sent[sent.length - 1][0].data['text/plain']).toBe('Processing documents: stopped at 2 of 3');
  });

  it('runs without any display outside a kernel', async () => {
    expect(findTslabWriter()).toBeNull();
    await expect(withProgress([1, 2], 'x', (v) => v + 1)).resolves.toEqual([2, 3]);
  });
});
