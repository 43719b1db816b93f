import { describe, expect, it } from 'vitest';
import { featureColumns } from '../src/table/columns';
import { featureRows } from '../src/table/featureRows';
import { featureTable } from '../src/table/featureTable';
import type { Document } from '../src/types';
import { documentA, fixtureDocuments } from './fixtures/documents';

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
