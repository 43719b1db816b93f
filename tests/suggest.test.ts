/**
 * Bring your own conflict (#22): suggestActors, suggestTerms, checkLexicon and `framing lexicon
 * check`, on texts of our own making about an invented dispute (Veloria and the Tarn valley).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze';
import { main } from '../src/cli/main';
import type { RawDocument } from '../src/corpus/types';
import {
  FILL_IN,
  loadGazetteer,
  loadLexicons,
  loadLoadedLexicon,
  type PendingField,
} from '../src/lexicons/load';
import { checkLexicon } from '../src/suggest/check';
import { writeJsonFile } from '../src/suggest/context';
import { suggestActors, suggestTerms } from '../src/suggest/index';
import { tempDir } from './helpers';

const raw = (id: string, text: string): RawDocument => ({
  id,
  meta: {},
  text,
  origin: { file: `${id}.txt`, line: null },
});

const NEWS = [
  raw(
    'a1',
    'Senator Maria Okonkwo said the Tarn Liberation Front had attacked the dam. Okonkwo said the talks were over.',
  ),
  raw(
    'a2',
    'Maria B. Okonkwo told reporters that the Tarn Liberation Front would be defeated. The United Nations said it was worried.',
  ),
  raw(
    'a3',
    'Governor Karl T. Venn said the dam would reopen. Governor Karl R. Venn, his cousin, said nothing of the sort.',
  ),
];

describe('suggestActors', () => {
  const documents = analyze(NEWS, { shippedGazetteers: ['international'] });
  const suggestions = suggestActors(documents, { shippedGazetteers: ['international'], minMentions: 1 });
  const byName = new Map(suggestions.rows.map((row) => [row.name, row]));

  it('suggests the names no gazetteer holds, merged by variant, with counts, documents and snippets', () => {
    const okonkwo = byName.get('Maria Okonkwo')!;
    expect(okonkwo).toBeDefined();
    expect(okonkwo.variants).toEqual(expect.arrayContaining(['Maria Okonkwo', 'Maria B. Okonkwo']));
    expect(okonkwo.ids).toEqual(['a1', 'a2']);
    expect(okonkwo.mentions).toBeGreaterThanOrEqual(3);
    expect(okonkwo.type).toBe('person');
    expect(okonkwo.typeEvidence).toMatch(/a title before/);
    expect(okonkwo.aliases).toEqual(expect.arrayContaining(['Maria Okonkwo', 'Maria B. Okonkwo', 'Okonkwo']));
    expect(okonkwo.contexts.map((context) => context.id)).toEqual(['a1', 'a2']);
    for (const context of okonkwo.contexts) {
      const document = documents.find((doc) => doc.id === context.id)!;
      expect(document.text.slice(context.start, context.end)).toBe(context.match);
    }
    expect(byName.get('Tarn Liberation Front')?.type).toBe('group');
    expect(byName.has('United Nations')).toBe(false);
  });

  it('keeps persons whose middle names disagree apart, and drops the surname they share', () => {
    expect(byName.get('Karl T. Venn')?.aliases).toEqual(['Karl T. Venn']);
    expect(byName.get('Karl R. Venn')?.aliases).toEqual(['Karl R. Venn']);
  });

  it('guesses a state from government nouns after the name, reading only the documents', () => {
    // Documents made by hand: the guess reads `actors` and the text around mentions, not the recognizer.
    const text = "Veloria's government closed the dam. The Veloria authorities said so. Veloria troops left.";
    const mentionsOf = (word: string) =>
      [...text.matchAll(new RegExp(word, 'g'))].map((m) => ({
        start: m.index!,
        end: m.index! + word.length,
        text: word,
      }));
    const [document] = analyze([raw('v1', text)], { shippedGazetteers: ['international'] });
    const handMade = {
      ...document,
      actors: [
        {
          name: 'Veloria',
          type: 'organization' as const,
          side: null,
          mentions: mentionsOf('Veloria'),
          asSource: 0,
          asAgent: 0,
          asPatient: 0,
        },
      ],
    };
    const [row] = suggestActors([handMade], { shippedGazetteers: ['international'], minMentions: 1 }).rows;
    expect(row).toMatchObject({ name: 'Veloria', type: 'state', mentions: 3 });
    expect(row.typeEvidence).toMatch(/a government noun after 3 of 3 mentions/);
  });

  it('lists gazetteer actors the corpus never mentions, to prune', () => {
    const unseen = new Set(suggestions.unseen.map((row) => row.name));
    expect(unseen.has('United Nations')).toBe(false);
    expect(suggestions.unseen.length).toBeGreaterThan(10);
    expect(suggestions.unseen.every((row) => row.gazetteer === 'international')).toBe(true);
  });

  it('writes a draft gazetteer that validates with every side left to fill, and is refused for analysis until then', () => {
    const file = path.join(tempDir(), 'draft.gazetteer.json');
    writeJsonFile(file, suggestions.gazetteer);
    const pending: PendingField[] = [];
    const loaded = loadGazetteer(file, { pending });
    expect(loaded.actors.length).toBe(suggestions.rows.length);
    expect(pending.map((field) => field.field)).toEqual(loaded.actors.map(() => 'side'));
    expect(() => loadGazetteer(file)).toThrow(/field "side": still "\(fill in\)"/);
    // Next to the gazetteers in use, too: no alias clashes with theirs.
    expect(() =>
      loadLexicons({ shippedGazetteers: ['international'], extraGazetteers: [file], pending: [] }),
    ).not.toThrow();
  });
});

const GROUP_A = [1, 2, 3, 4, 5, 6].map((n) =>
  raw(
    `right-${n}`,
    `Minister Lana Petrov condemned the heartless raids on the dam. Petrov said the heartless raids must end. The harvest was poor this year in district ${n}.`,
  ),
);
const GROUP_B = [1, 2, 3, 4, 5, 6].map((n) =>
  raw(
    `left-${n}`,
    `Minister Lana Petrov described the security operation at the dam. Petrov said the operation would end soon. The harvest was poor this year in district ${n}.`,
  ),
);

describe('suggestTerms', () => {
  const a = analyze(GROUP_A, { shippedLexicons: ['generic'] });
  const b = analyze(GROUP_B, { shippedLexicons: ['generic'] });
  const suggestions = suggestTerms(a, b, {
    prior: 100,
    labels: ['east', 'west'],
    minCount: 4,
    minZ: 1,
    shippedLexicons: ['generic'],
    sides: ['Veloria', 'Tarn'],
  });
  const byTerm = new Map(suggestions.rows.map((row) => [row.term, row]));

  it('finds each group’s evaluative wording near actors, with counts, z and keyword in context', () => {
    const heartless = byTerm.get('heartless')!;
    expect(heartless).toMatchObject({
      group: 'east',
      countA: 12,
      countB: 0,
      documentsA: 6,
      documentsB: 0,
      pos: 'ADJ',
    });
    expect(heartless.z).toBeGreaterThan(1);
    expect(heartless.reasons.join()).toMatch(/adjective near actor mentions/);
    expect(heartless.contexts.map((context) => context.match)).toEqual([
      'heartless',
      'heartless',
      'heartless',
    ]);
    expect(byTerm.get('heartless raids')?.reasons.join()).toMatch(/naming pattern ADJ NOUN/);
    expect(byTerm.get('operation')?.group).toBe('west');
  });

  it('leaves out wording a loaded lexicon in use already holds, and marks a known loaded pattern', () => {
    const savage = [1, 2, 3].map((n) =>
      raw(`s-${n}`, `Minister Lana Petrov condemned the savage raids. Petrov said more savage raids came.`),
    );
    const plain = [1, 2, 3].map((n) =>
      raw(`p-${n}`, `Minister Lana Petrov described the raids. Petrov said more raids came.`),
    );
    const options = { prior: 100, minCount: 2, minZ: 0.5, patternLexicons: ['generic'] };
    const inUse = suggestTerms(analyze(savage), analyze(plain), { ...options, shippedLexicons: ['generic'] });
    expect(inUse.rows.map((row) => row.term)).not.toContain('savage');
    const notInUse = suggestTerms(analyze(savage), analyze(plain), {
      ...options,
      shippedLexicons: ['kashmir'],
    });
    expect(notInUse.rows.find((row) => row.term === 'savage')?.reasons.join()).toMatch(
      /"savage" as in generic\/savage/,
    );
  });

  it('leaves out names, stopwords and wording both groups share', () => {
    for (const term of byTerm.keys()) expect(term).not.toMatch(/petrov|lana|\bthe\b|harvest/);
  });

  it('writes a draft lexicon whose category, favours and neutral are left to fill', () => {
    const file = path.join(tempDir(), 'draft.json');
    writeJsonFile(file, suggestions.lexicon);
    const pending: PendingField[] = [];
    const loaded = loadLoadedLexicon(file, { pending });
    expect(loaded.sides).toEqual(['Veloria', 'Tarn']);
    expect(pending.length).toBe(3 * loaded.entries.length);
    expect(loaded.entries.every((entry) => entry.favours === FILL_IN)).toBe(true);
    expect(() => loadLoadedLexicon(file)).toThrow(/field "category": still "\(fill in\)"/);
  });
});

describe('checkLexicon and framing lexicon check', () => {
  const dir = tempDir();
  const lexicon = path.join(dir, 'mine.json');
  writeJsonFile(lexicon, {
    name: 'mine',
    description: 'A test lexicon.',
    sides: ['Veloria', 'Tarn'],
    entries: [
      { id: 'savage', term: 'savage', category: 'emotive', favours: 'Tarn', neutral: '(omit)' },
      { id: 'savage-raids', term: 'savage raids', category: 'emotive', favours: FILL_IN, neutral: 'raids' },
      {
        id: 'raids-on-the-dam',
        term: 'raids on the dam',
        category: 'emotive',
        favours: 'Tarn',
        neutral: 'operations at the dam',
      },
      {
        id: 'butchers',
        term: 'butchers',
        category: 'delegitimizing',
        favours: 'Veloria',
        neutral: 'soldiers',
      },
    ],
  });
  const corpus = path.join(dir, 'corpus');
  fs.mkdirSync(corpus);
  fs.writeFileSync(
    path.join(corpus, 'one.txt'),
    'The savage raids on the dam went on. A savage winter followed.',
  );
  fs.writeFileSync(path.join(corpus, 'two.txt'), 'Nothing savage happened.');

  it('counts hits, names the never matched and the overlapping entries, and lists fields left to fill', () => {
    const report = checkLexicon(lexicon, analyzeInput([corpus]), { shippedLexicons: ['generic'] });
    expect(report.kind).toBe('lexicon');
    expect(report.pending).toEqual([
      { file: expect.stringMatching(/mine\.json$/), entry: 'savage-raids', field: 'favours' },
    ]);
    expect(report.entries).toEqual([
      // In "savage raids on the dam" the four-word entry wins and hides both others.
      { entry: 'savage', hits: 2, documents: 2 },
      { entry: 'savage-raids', hits: 0, documents: 0 },
      { entry: 'raids-on-the-dam', hits: 1, documents: 1 },
      { entry: 'butchers', hits: 0, documents: 0 },
    ]);
    expect(report.unmatched).toEqual(['savage-raids', 'butchers']);
    expect(report.overlaps.map(({ entry, other, kind, count }) => ({ entry, other, kind, count }))).toEqual([
      { entry: 'savage-raids', other: 'raids-on-the-dam', kind: 'overlaps', count: 1 },
      { entry: 'savage-raids', other: 'savage', kind: 'contains', count: 1 },
    ]);
  });

  it('counts a gazetteer’s mentions per actor', () => {
    const gazetteer = path.join(dir, 'mine.gazetteer.json');
    writeJsonFile(gazetteer, {
      name: 'mine',
      description: 'A test gazetteer.',
      actors: [
        { name: 'Lana Petrov', type: 'person', aliases: ['Lana Petrov', 'Petrov'], side: 'Veloria' },
        {
          name: 'Tarn Liberation Front',
          type: 'group',
          aliases: ['Tarn Liberation Front'],
          caseSensitiveAliases: ['TLF'],
          side: FILL_IN,
        },
      ],
    });
    const text = path.join(dir, 'petrov.txt');
    fs.writeFileSync(text, 'Lana Petrov said the talks had failed. Petrov blamed nobody.');
    const report = checkLexicon(gazetteer, analyzeInput([text]), { shippedGazetteers: ['international'] });
    expect(report.entries).toEqual([
      { entry: 'Lana Petrov', hits: 2, documents: 1 },
      { entry: 'Tarn Liberation Front', hits: 0, documents: 0 },
    ]);
    expect(report.pending.map((field) => `${field.entry}.${field.field}`)).toEqual([
      'Tarn Liberation Front.side',
    ]);
  });

  async function run(...argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
    });
    return { code, stdout, stderr };
  }

  it('exits 0 for a valid file (1 with --strict while fields are left to fill), 1 for an invalid one, 2 for usage', async () => {
    const ok = await run('lexicon', 'check', lexicon, '--corpus', corpus, '--lexicons', 'generic');
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toMatch(/still to fill: 1 fields in 1 entries/);
    expect(ok.stdout).toMatch(/never matched: 2: savage-raids, butchers/);
    expect((await run('lexicon', 'check', lexicon, '--strict', '--lexicons', 'generic')).code).toBe(1);
    const bad = path.join(dir, 'bad.json');
    writeJsonFile(bad, {
      name: 'bad',
      description: 'x',
      sides: [],
      entries: [{ id: 'x', term: 'x', category: 'nasty', favours: 'none', neutral: 'y' }],
    });
    const invalid = await run('lexicon', 'check', bad);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/bad\.json: entry "x" \(#0\): field "category": must be one of/);
    expect((await run('lexicon', 'check')).code).toBe(2);
    expect((await run('lexicon', 'fix', lexicon)).code).toBe(2);
    const json = await run('lexicon', 'check', lexicon, '--format', 'json', '--lexicons', 'generic');
    expect(JSON.parse(json.stdout).entries).toHaveLength(4);
  });
});

describe('shippedGazetteers', () => {
  it('selects shipped gazetteers by name and names the available ones otherwise', () => {
    expect(
      loadLexicons({ shippedGazetteers: ['international'] }).gazetteers.map((file) => file.name),
    ).toHaveLength(1);
    expect(() => loadLexicons({ shippedGazetteers: ['atlantis'] })).toThrow(
      /no shipped gazetteer "atlantis" \(available: international, south-asia, us-politics\)/,
    );
  });
});

function analyzeInput(paths: string[]): RawDocument[] {
  return paths
    .flatMap((given) =>
      fs.statSync(given).isDirectory()
        ? fs
            .readdirSync(given)
            .sort()
            .map((name) => path.join(given, name))
        : [given],
    )
    .map((file) => raw(path.basename(file, '.txt'), fs.readFileSync(file, 'utf8')));
}
