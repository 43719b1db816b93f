/**
 * Terminology alignment: referents of loaded terms, neutral wordings found in the text, the
 * referent × group × wording table and its chart. Every sentence here is made up for the test.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyze';
import { defaultReferents, terminologyByGroup } from '../src/charts/terminologyByGroup';
import { toSVG } from '../src/charts/render';
import { LexiconError } from '../src/lexicons/errors';
import { loadLoadedLexicon } from '../src/lexicons/load';
import { isPlainReferent } from '../src/referents';
import { referentRows } from '../src/table/referentRows';
import type { Document } from '../src/types';
import { analyzeSentence, tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function writeLexicon(name: string, entries: Record<string, unknown>[]): string {
  const file = path.join(tmp, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify({ name, description: 'test', sides: ['North', 'South'], entries }));
  return file;
}

const rebels = {
  id: 'rebels',
  term: 'patriots',
  category: 'valorizing',
  favours: 'North',
  neutral: 'the armed group (North calls them patriots)',
};

function doc(id: string, meta: Document['meta'], text: string): Document {
  return { ...analyzeSentence(text), id, meta };
}

describe('the referent field of loaded-term lexicons', () => {
  it('is optional, validated, and defaults to the neutral wording', () => {
    const file = writeLexicon('ok', [
      rebels,
      { ...rebels, id: 'bandits', term: 'bandits', favours: 'South', referent: 'fighters' },
    ]);
    const [withDefault, explicit] = loadLoadedLexicon(file).entries;
    expect(withDefault.referent).toBeUndefined();
    expect(explicit.referent).toBe('fighters');
  });

  it.each([
    ['empty', ' ', /must not be empty/],
    ['with a double space', 'armed  men', /double spaces/],
    ['one of its own forms', 'Patriots', /one of the entry's own loaded forms/],
  ])('rejects a referent that is %s, naming entry and field', (_label, referent, message) => {
    const file = writeLexicon('bad', [{ ...rebels, referent }]);
    let error: unknown;
    try {
      loadLoadedLexicon(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LexiconError);
    expect((error as LexiconError).field).toBe('referent');
    expect((error as LexiconError).message).toMatch(message);
  });

  it('tells wordings from editing advice', () => {
    expect(isPlainReferent('militants')).toBe(true);
    expect(isPlainReferent('Indian-administered Kashmir')).toBe(true);
    expect(isPlainReferent("India's position")).toBe(true);
    expect(isPlainReferent('(omit the adjective)')).toBe(false);
    expect(isPlainReferent('militants / the insurgency')).toBe(false);
  });
});

describe('referents in analysed text', () => {
  it('gives each loaded term its referent and finds the plain wording as a neutral term', () => {
    const text =
      'Police said militants fired at a patrol in Indian-administered Kashmir; a rival paper called the men freedom fighters, ' +
      'and a minister spoke of terrorists.';
    const d = analyzeSentence(text);
    const loaded = d.loadedTerms.map((t) => [t.text, t.referent]);
    expect(loaded).toEqual(
      expect.arrayContaining([
        ['freedom fighters', 'militants'],
        ['terrorists', 'militants'],
      ]),
    );
    const neutral = d.neutralTerms.map((t) => [t.text, t.referent]);
    expect(neutral).toEqual(
      expect.arrayContaining([
        ['militants', 'militants'],
        ['Indian-administered Kashmir', 'Indian-administered Kashmir'],
      ]),
    );
    for (const t of d.neutralTerms) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('never takes a neutral wording out of a loaded one, and marks quoted ones', () => {
    const d = analyzeSentence(
      'The ministry spoke of Pakistan-occupied Kashmir. “The militants came at night,” a farmer said.',
    );
    // "Pakistan" is a referent (of *terror-sponsoring state*), but here it is part of a loaded toponym.
    expect(d.neutralTerms.some((t) => t.text === 'Pakistan')).toBe(false);
    const quoted = d.neutralTerms.find((t) => t.text === 'militants');
    expect(quoted?.inQuote).toBe(true);
  });

  it('aligns an explicit referent of a user lexicon, and searches plain referents only', () => {
    const lexicon = writeLexicon('north-south', [
      rebels,
      {
        id: 'bandits',
        term: 'bandits',
        category: 'delegitimizing',
        favours: 'South',
        neutral: 'the armed group (South calls them bandits)',
        referent: 'armed group',
      },
      {
        id: 'heroes',
        term: 'heroes of the hills',
        category: 'valorizing',
        favours: 'North',
        neutral: 'fighters',
        referent: 'armed group',
      },
    ]);
    const analyzer = createAnalyzer({ lexicons: [lexicon], shippedLexicons: [] });
    const text =
      'The armed group held the pass. Northern radio hailed the heroes of the hills; the southern press wrote of bandits and patriots.';
    const d = analyzer.analyze({ id: 'x', meta: {}, text, origin: { file: '(test)', line: null } });
    expect(d.loadedTerms.map((t) => [t.text, t.referent])).toEqual([
      ['heroes of the hills', 'armed group'],
      ['bandits', 'armed group'],
      ['patriots', 'the armed group (North calls them patriots)'],
    ]);
    // The default referent of *patriots* is a gloss with brackets: advice, not a wording to look for.
    expect(d.neutralTerms.map((t) => [t.text, t.referent])).toEqual([['armed group', 'armed group']]);
  });

  it('is switched off with the loaded-terms feature', () => {
    const analyzer = createAnalyzer({ features: { loadedTerms: false } });
    const d = analyzer.analyze({
      id: 'x',
      meta: {},
      text: 'Militants crossed the line.',
      origin: { file: '(test)', line: null },
    });
    expect(d.neutralTerms).toEqual([]);
  });
});

describe('referentRows', () => {
  const docs = [
    doc(
      'n1',
      { side: 'north' },
      'Army officers said terrorists attacked the post. Two terrorists were killed.',
    ),
    doc('n2', { side: 'north' }, 'The terrorists escaped, residents said.'),
    doc(
      's1',
      { side: 'south' },
      'Freedom fighters attacked the post; three were martyred, their families said.',
    ),
    doc(
      'w1',
      { side: 'wire' },
      'Militants attacked the post and two militants were killed, an official said; "terrorists," he called them.',
    ),
    doc('x1', {}, 'The weather was calm.'),
  ];

  it('counts each wording per referent and group, with shares and article counts', () => {
    const rows = referentRows(docs, { by: 'side' }).filter((r) => r.referent === 'militants');
    expect(rows.map((r) => [r.group, r.wording, r.favours, r.loaded, r.count, r.documents, r.share])).toEqual(
      [
        ['north', 'terrorists', 'India', true, 3, 2, 1],
        ['south', 'freedom fighters', 'Pakistan', true, 1, 1, 1],
        ['wire', 'militants', 'neutral', false, 2, 1, 0.6667],
        ['wire', 'terrorists', 'India', true, 1, 1, 0.3333],
      ],
    );
    const killed = referentRows(docs, { by: 'side' }).filter((r) => r.referent === 'killed');
    expect(killed.map((r) => [r.group, r.wording, r.count])).toEqual([
      ['north', 'killed', 1],
      ['south', 'martyred', 1],
      ['wire', 'killed', 1],
    ]);
  });

  it('leaves quoted wordings out in the outlet voice, and groups by a function or to (none)', () => {
    const outlet = referentRows(docs, { by: 'side', voice: 'outlet' }).filter(
      (r) => r.referent === 'militants' && r.group === 'wire',
    );
    expect(outlet.map((r) => [r.wording, r.count, r.share])).toEqual([['militants', 2, 1]]);
    const all = referentRows(docs, { by: 'side' });
    expect(all.find((r) => r.group === 'wire' && r.wording === 'terrorists')?.inQuoteCount).toBe(1);
    const byFirstLetter = referentRows(docs, { by: (d) => d.id[0] });
    expect([...new Set(byFirstLetter.map((r) => r.group))]).toEqual(expect.arrayContaining(['n', 's', 'w']));
    expect(referentRows([{ ...docs[0], meta: {} }], { by: 'side' }).every((r) => r.group === '(none)')).toBe(
      true,
    );
  });

  it('gives the same rows whatever the order of the documents', () => {
    expect(referentRows([...docs].reverse(), { by: 'side' })).toEqual(referentRows(docs, { by: 'side' }));
  });
});

describe('terminologyByGroup', () => {
  const docs = [
    doc(
      'n1',
      { side: 'north' },
      'Terrorists attacked the post near Pakistan-occupied Kashmir; two were killed.',
    ),
    doc('s1', { side: 'south' }, 'Freedom fighters attacked the post in Azad Kashmir; two were martyred.'),
    doc(
      'w1',
      { side: 'wire' },
      'Militants attacked a post in Pakistan-administered Kashmir; two were killed. The despicable attack drew anger.',
    ),
  ];
  const rows = referentRows(docs, { by: 'side' });

  it('picks referents with two or more wordings, one of them loaded, and no editing advice', () => {
    const chosen = defaultReferents(rows, 10);
    expect(chosen).toEqual(expect.arrayContaining(['militants', 'killed', 'Pakistan-administered Kashmir']));
    expect(chosen.every(isPlainReferent)).toBe(true);
    expect(defaultReferents(rows, 1)).toHaveLength(1);
  });

  it('draws one panel per referent, one bar per group, wordings coloured by side with neutral in the middle', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const spec = terminologyByGroup(rows, { referents: ['militants'] }) as any;
    expect(spec.facet.row.field).toBe('referent');
    const bar = spec.spec.layer[0].encoding;
    expect(bar.color.scale.domain).toEqual(['India', 'neutral', 'Pakistan']);
    expect(bar.color.scale.range[1]).toBe('#d9d9d9');
    const values = spec.data.values as { group: string; wording: string; share: number; barLabel: boolean }[];
    expect(values.map((v) => [v.group, v.wording, v.share])).toEqual([
      ['north', 'terrorists', 1],
      ['wire', 'militants', 1],
      ['south', 'freedom fighters', 1],
    ]);
    expect(values.filter((v) => v.barLabel)).toHaveLength(3);
    const svg = await toSVG(spec);
    expect(svg).toContain('freedom fighters');
    expect(await toSVG(terminologyByGroup(rows, { referents: ['militants'] }))).toBe(svg);
  });
});

describe('highlight of referents', () => {
  it('marks neutral wordings and names a loaded term’s referent where it differs from its neutral', async () => {
    const { highlight } = await import('../src/notebook/highlight');
    const d = analyzeSentence(
      'Militants crossed the line; officials blamed Pakistan-sponsored terrorists and spoke of martyred jawans.',
    );
    const html = highlight(d);
    expect(html).toContain(
      '<span class="fk-neutral" title="Neutral wording of the referent “militants”">Militants</span>',
    );
    expect(html).toContain(
      'neutral alternative: militancy that India says is backed by Pakistan; referent: militants"',
    );
    expect(html).toContain('neutral alternative: Indian soldiers killed; referent: killed"');
    // Where the referent is the neutral alternative, it is not repeated.
    expect(highlight(analyzeSentence('Militants, not terrorists.'))).toMatch(
      /neutral alternative: militants"/,
    );
    expect(highlight(d, { layers: { neutralTerms: false } })).not.toContain('fk-neutral');
  });
});

describe('neutral wordings inside names', () => {
  it('are not wordings of the referent when they sit inside an organisation’s or group’s name', () => {
    const d = analyzeSentence(
      'The Resistance Front claimed the attack; Pakistan called for calm, and the resistance of villagers was noted.',
    );
    const found = d.neutralTerms.map((t) => [t.text, t.start]);
    expect(found).toContainEqual(['resistance', d.text.indexOf('resistance of')]);
    expect(found.some(([, start]) => start === d.text.indexOf('Resistance'))).toBe(false);
  });
});

describe('names of persons and states', () => {
  it('are not neutral wordings of an epithet for their bearer', () => {
    const d = analyzeSentence(
      'Pakistan denied it; critics abroad call it a terror-sponsoring state, and the state was silent.',
    );
    expect(d.loadedTerms.map((t) => t.text)).toContain('terror-sponsoring state');
    expect(d.neutralTerms.map((t) => t.text)).not.toContain('Pakistan');
  });
});
