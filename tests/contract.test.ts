import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { analyzePaths, analyzeText } from '../src';
import { formatDocuments } from '../src/cli/output';
import { allSpans, CORPUS, ROOT } from './helpers';

const documents = analyzePaths([CORPUS]);

describe('the output contract on the sample corpus', () => {
  it('analyses the five sample articles in file order', () => {
    expect(documents.map((d) => d.id)).toEqual([
      '000-ajk-leaders-internationalize',
      '001-pakistan-advocacy-kashmir',
      '002-pakistan-diplomatic-offensive',
      '003-karabakh-model-kashmir',
      '004-oic-contact-group',
    ]);
  });

  it('validates against schema/document.schema.json', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'document.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    for (const document of JSON.parse(JSON.stringify(documents))) {
      const valid = validate(document);
      expect(validate.errors ?? [], document.id).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('flags every sample article as English, without warnings', () => {
    for (const document of documents) {
      expect(document.meta.language, document.id).toBe('en');
      expect(document.warnings, document.id).toBeUndefined();
    }
  });

  it('validates a flagged non-English document, warnings included, against the schema', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'document.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    const urdu = JSON.parse(
      JSON.stringify(analyzeText('وزیر اعظم نے کہا کہ کشمیر کا مسئلہ حل ہونا چاہیے۔', { id: 'urdu' })),
    );
    expect(urdu.warnings).toHaveLength(1);
    expect(validate(urdu) ? [] : validate.errors).toEqual([]);
    const { language: _language, ...metaWithoutLanguage } = urdu.meta;
    expect(validate({ ...urdu, meta: metaWithoutLanguage })).toBe(false);
  });

  it('gives every span the text it indexes', () => {
    for (const document of documents) {
      for (const { where, span } of allSpans(document)) {
        expect(document.text.slice(span.start, span.end), `${document.id} ${where}`).toBe(span.text);
        expect(span.end, `${document.id} ${where}`).toBeGreaterThan(span.start);
      }
    }
  });

  it('fires each of the four features on the sample articles', () => {
    const total = (pick: (d: (typeof documents)[number]) => unknown[]) =>
      documents.reduce((sum, d) => sum + pick(d).length, 0);
    expect(total((d) => d.attributions)).toBeGreaterThanOrEqual(10);
    expect(total((d) => d.loadedTerms)).toBeGreaterThanOrEqual(10);
    expect(total((d) => d.actors)).toBeGreaterThanOrEqual(10);
    expect(total((d) => d.hedges) + total((d) => d.boosters)).toBeGreaterThanOrEqual(3);
  });

  it('keeps attributions anonymous exactly when the source is unnamed', () => {
    for (const attribution of documents.flatMap((d) => d.attributions))
      expect(attribution.anonymous).toBe(attribution.sourceType === 'unnamed');
  });

  it('is deterministic: a second run gives the same bytes in every format', () => {
    const again = analyzePaths([CORPUS]);
    for (const format of ['json', 'jsonl', 'csv'] as const)
      expect(formatDocuments(again, format)).toBe(formatDocuments(documents, format));
  });

  it('writes summaries as flat rows with the same keys for every document', () => {
    const keys = Object.keys(documents[0].summary);
    for (const document of documents) {
      expect(Object.keys(document.summary)).toEqual(keys);
      for (const value of Object.values(document.summary))
        expect(['number', 'string'].includes(typeof value) || value === null).toBe(true);
    }
    expect(keys).toEqual(
      expect.arrayContaining([
        'words',
        'attributionsPer1k',
        'anonymousShare',
        'directShare',
        'distinctSources',
        'loadedPer1k',
        'loadedPer1k_Pakistan',
        'loadedPer1k_India',
        'actorsDistinct',
        'topActor',
        'hedgesPer1k',
        'boostersPer1k',
      ]),
    );
  });
});
