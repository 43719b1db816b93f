import { describe, expect, it } from 'vitest';
import { featureColumns } from '../src/table/columns';
import { featureRows } from '../src/table/featureRows';
import { featureTable } from '../src/table/featureTable';
import type { Document } from '../src/types';
import { actorRows } from '../src/table/actorRows';
import { actorTable, sideTable, sourceTypeTable, termTable } from '../src/table/longTables';
import { sideRows } from '../src/table/sideRows';
import { sourceTypeRows } from '../src/table/sourceTypeRows';
import { normaliseTermText, termRows } from '../src/table/termRows';
import { analyzePaths } from '../src/analyze';
import { CORPUS } from './helpers';
import { documentA, documentB, documentC, fixtureDocuments } from './fixtures/documents';

const EXPECTED_COLUMNS = [
  'id',
  // meta: leading keys in fixed order (those present), then the rest sorted
  'title',
  'outlet',
  'author',
  'date',
  'dateline',
  // summary: in the order of the first document's summary
  'words',
  'attributions',
  'loadedTerms',
  'loadedPer1k',
  'hedgesPer1k',
  'topSide',
];

describe('featureTable', () => {
  it('has one row per document and a stable column order', () => {
    const df = featureTable(fixtureDocuments);
    expect(df.columns).toEqual(EXPECTED_COLUMNS);
    expect(df.shape).toEqual([fixtureDocuments.length, EXPECTED_COLUMNS.length]);
    expect(df.column('id').values).toEqual(['a-occupation', 'b-border', 'c-talks']);
  });

  it('holds the meta and summary values, null where a document lacks a field', () => {
    const values = featureTable(fixtureDocuments).values as unknown[][];
    const rowB = values[1];
    expect(rowB[EXPECTED_COLUMNS.indexOf('author')]).toBe('R. Writer');
    expect(rowB[EXPECTED_COLUMNS.indexOf('outlet')]).toBeNull();
    expect(rowB[EXPECTED_COLUMNS.indexOf('topSide')]).toBe('India');
    expect(values[0][EXPECTED_COLUMNS.indexOf('loadedPer1k')]).toBe(150);
    // danfojs labels numeric columns float32; the values themselves must stay full doubles.
    expect(values[1][EXPECTED_COLUMNS.indexOf('loadedPer1k')]).toBe(111.11);
  });

  it('does not write to the console (notebook checks treat stderr as failure)', async () => {
    const { vi } = await import('vitest');
    const spies = (['log', 'warn', 'error', 'info'] as const).map((m) => vi.spyOn(console, m));
    const df = featureTable(fixtureDocuments);
    df.column('words').sum(); // forces tfjs tensors, which is what used to print a banner
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });

  it('copes with an empty corpus', () => {
    expect(featureTable([]).columns).toEqual(['id']);
  });
});

describe('featureRows', () => {
  it('are plain records keyed in column order', () => {
    const rows = featureRows(fixtureDocuments);
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0])).toEqual(EXPECTED_COLUMNS);
    expect(rows[2]).toMatchObject({ id: 'c-talks', outlet: 'Wire C', author: null, topSide: null });
  });

  it('renames a meta key that would clash with a summary key', () => {
    const clash: Document = { ...documentA, meta: { ...documentA.meta, words: 'many', seed: 'x.txt' } };
    const names = featureColumns([clash]).names;
    expect(names).toContain('meta.words');
    expect(names.indexOf('seed')).toBe(names.indexOf('dateline') + 1); // non-leading meta after leading ones
    expect(featureRows([clash])[0]).toMatchObject({ 'meta.words': 'many', words: 20 });
  });

  it('appends summary keys that only later documents have', () => {
    const later: Document = { ...fixtureDocuments[1], summary: { ...fixtureDocuments[1].summary, extra: 1 } };
    const names = featureColumns([documentA, later]).names;
    expect(names[names.length - 1]).toBe('extra');
    expect(featureRows([documentA, later])[0].extra).toBeNull();
  });
});

describe('long tables', () => {
  // documentA with actors and speakers, so actor and side rows have something to count.
  const textA = documentA.text;
  const mention = (fragment: string) => {
    const start = textA.indexOf(fragment);
    return { start, end: start + fragment.length, text: fragment };
  };
  const withActors: Document = {
    ...documentA,
    attributions: documentA.attributions.map((a) =>
      a.speaker === 'Minister' ? { ...a, speaker: 'Pakistan', speakers: ['Pakistan'] } : a,
    ),
    actors: [
      {
        name: 'Pakistan',
        type: 'state',
        side: 'Pakistan',
        mentions: [mention('The minister')],
        asSource: 1,
        asAgent: 0,
        asPatient: 0,
      },
      {
        name: 'Commission',
        type: 'organization',
        side: null,
        mentions: [mention('the commission')],
        asSource: 1,
        asAgent: 0,
        asPatient: 0,
      },
      {
        name: 'India',
        type: 'state',
        side: 'India',
        mentions: [mention('IOJK')],
        asSource: 0,
        asAgent: 0,
        asPatient: 1,
      },
    ],
  };
  // Given out of id order on purpose: every long table orders by id.
  const corpus = [fixtureDocuments[2], fixtureDocuments[1], withActors];

  it('actor rows: one per actor and document, ordered by id, type, name', () => {
    expect(actorRows(corpus)).toEqual([
      {
        id: 'a-occupation',
        actor: 'Commission',
        type: 'organization',
        side: null,
        mentions: 1,
        asSource: 1,
        asAgent: 0,
        asPatient: 0,
      },
      {
        id: 'a-occupation',
        actor: 'India',
        type: 'state',
        side: 'India',
        mentions: 1,
        asSource: 0,
        asAgent: 0,
        asPatient: 1,
      },
      {
        id: 'a-occupation',
        actor: 'Pakistan',
        type: 'state',
        side: 'Pakistan',
        mentions: 1,
        asSource: 1,
        asAgent: 0,
        asPatient: 0,
      },
    ]);
  });

  it('term rows: wording grouped per entry with in-quote counts, ordered by id, category, term', () => {
    const quoted: Document = {
      ...documentB,
      loadedTerms: [
        ...documentB.loadedTerms,
        { ...documentB.loadedTerms[0], start: 0, end: 10, text: 'Terrorists', inQuote: true },
        { ...documentB.loadedTerms[1], text: 'integral\npart' },
      ],
    };
    const rows = termRows([quoted, documentA]);
    expect(rows.map((r) => [r.id, r.category, r.term, r.count, r.inQuoteCount])).toEqual([
      ['a-occupation', 'emotive', 'atrocities', 1, 0],
      ['a-occupation', 'kashmir', 'iojk', 1, 0],
      ['a-occupation', 'kashmir', 'occupation', 1, 0],
      ['b-border', 'kashmir', 'integral part', 2, 0],
      ['b-border', 'kashmir', 'terrorists', 2, 1],
    ]);
    expect(rows[4]).toMatchObject({ entry: 'kashmir/terrorists', favours: 'India', neutral: 'militants' });
  });

  it('term rows: one wording judged for two sides in one document gives a row per side and target', () => {
    const base = documentB.loadedTerms[0];
    const judged: Document = {
      ...documentB,
      loadedTerms: [
        {
          ...base,
          text: 'illegal steps',
          entry: 'generic/illegal-measures',
          favours: 'Pakistan',
          target: 'India',
        },
        {
          ...base,
          start: base.start + 1,
          text: 'illegal steps',
          entry: 'generic/illegal-measures',
          favours: 'India',
          target: 'Pakistan',
        },
        {
          ...base,
          start: base.start + 2,
          text: 'illegal steps',
          entry: 'generic/illegal-measures',
          favours: 'Pakistan',
          target: 'India',
        },
      ],
    };
    expect(termRows([judged]).map((r) => [r.term, r.favours, r.target, r.count])).toEqual([
      ['illegal steps', 'India', 'Pakistan', 1],
      ['illegal steps', 'Pakistan', 'India', 2],
    ]);
  });

  it('normalises wording across case, hyphens, curly apostrophes and wrapped lines', () => {
    expect(normaliseTermText('Pakistan-occupied\n  Kashmir')).toBe('pakistan occupied kashmir');
    expect(normaliseTermText('Kashmir’s  cause')).toBe("kashmir's cause");
  });

  it('source-type rows: all five types per document, anonymous counts, shares summing to 1', () => {
    const rows = sourceTypeRows(corpus);
    expect(rows).toHaveLength(15);
    expect(rows.slice(0, 5)).toEqual([
      { id: 'a-occupation', sourceType: 'person', count: 1, anonymous: 0, share: 0.3333 },
      { id: 'a-occupation', sourceType: 'organization', count: 1, anonymous: 0, share: 0.3333 },
      { id: 'a-occupation', sourceType: 'document', count: 0, anonymous: 0, share: 0 },
      { id: 'a-occupation', sourceType: 'unnamed', count: 1, anonymous: 1, share: 0.3333 },
      { id: 'a-occupation', sourceType: 'implicit', count: 0, anonymous: 0, share: 0 },
    ]);
    expect(sourceTypeRows([{ ...documentC, attributions: [] }]).every((r) => r.share === 0)).toBe(true);
  });

  it('side rows: every corpus side for every document, with wording, mentions and voices', () => {
    const rows = sideRows(corpus);
    expect(rows.map((r) => r.side).slice(0, 3)).toEqual(['India', 'Pakistan', 'none']);
    expect(rows.filter((r) => r.id === 'a-occupation')).toEqual([
      { id: 'a-occupation', side: 'India', loadedTerms: 0, loadedPer1k: 0, actorMentions: 1, voices: 0 },
      { id: 'a-occupation', side: 'Pakistan', loadedTerms: 2, loadedPer1k: 100, actorMentions: 1, voices: 1 },
      { id: 'a-occupation', side: 'none', loadedTerms: 1, loadedPer1k: 50, actorMentions: 0, voices: 0 },
    ]);
    expect(rows.find((r) => r.id === 'b-border' && r.side === 'India')).toMatchObject({
      loadedTerms: 2,
      loadedPer1k: 111.1111,
    });
  });

  it('danfojs tables keep the column order, and an empty corpus keeps its columns', () => {
    expect(actorTable(corpus).columns).toEqual([
      'id',
      'actor',
      'type',
      'side',
      'mentions',
      'asSource',
      'asAgent',
      'asPatient',
    ]);
    expect(termTable(corpus).shape).toEqual([termRows(corpus).length, 9]);
    expect(sourceTypeTable(corpus).column('share').values).toEqual(
      sourceTypeRows(corpus).map((r) => r.share),
    );
    expect(sideTable([]).columns).toEqual([
      'id',
      'side',
      'loadedTerms',
      'loadedPer1k',
      'actorMentions',
      'voices',
    ]);
    expect(sideTable([]).shape[0]).toBe(0);
  });

  it('agree with the documents of the real corpus (counts add up, rates match the summary)', () => {
    const documents = analyzePaths([CORPUS]);
    const terms = termRows(documents);
    const sides = sideRows(documents);
    for (const doc of documents) {
      const ofDoc = <R extends { id: string }>(rows: R[]) => rows.filter((r) => r.id === doc.id);
      expect(ofDoc(terms).reduce((sum, r) => sum + r.count, 0)).toBe(doc.loadedTerms.length);
      expect(ofDoc(actorRows(documents))).toHaveLength(doc.actors.length);
      expect(ofDoc(sourceTypeRows(documents)).reduce((sum, r) => sum + r.count, 0)).toBe(
        doc.attributions.length,
      );
      for (const row of ofDoc(sides)) {
        const summaryRate = doc.summary[`loadedPer1k_${row.side}`];
        if (summaryRate !== undefined) expect(row.loadedPer1k).toBe(summaryRate);
        expect(row.voices).toBeLessThanOrEqual(doc.attributions.length);
      }
    }
    const ids = sides.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });
});
