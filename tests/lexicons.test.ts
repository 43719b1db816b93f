import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { afterAll, describe, expect, it } from 'vitest';
import { LexiconError } from '../src/lexicons/errors';
import {
  actorForms,
  defaultLexiconPaths,
  loadCueLexicon,
  loadGazetteer,
  loadLexicons,
  loadLoadedLexicon,
  loadRecognition,
  loadReportingCues,
} from '../src/lexicons/load';
import { matchKey } from '../src/lexicons/validate';

const ROOT = path.join(__dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lexicons-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let counter = 0;
/** Writes `content` (an object, or raw text) to a fresh temp file and returns its path. */
function writeTemp(content: unknown, name = 'bad.json'): string {
  const dir = path.join(tmp, String(counter++));
  fs.mkdirSync(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

/** Runs `load` and returns the LexiconError it throws (failing the test if it does not throw one). */
function errorOf(load: () => unknown): LexiconError {
  try {
    load();
  } catch (err) {
    expect(err).toBeInstanceOf(LexiconError);
    return err as LexiconError;
  }
  throw new Error('expected a LexiconError');
}

const lexicons = loadLexicons();
const kashmir = lexicons.loaded.find((f) => f.name === 'kashmir')!;

function loadedEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'iiojk',
    term: 'Indian Illegally Occupied Jammu and Kashmir',
    category: 'toponym',
    favours: 'Pakistan',
    neutral: 'Indian-administered Kashmir',
    ...overrides,
  };
}

function loadedFile(entries: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'test', description: 'test lexicon', sides: ['Pakistan', 'India'], entries, ...extra };
}

describe('shipped lexicons', () => {
  const paths = defaultLexiconPaths();
  const allFiles = [
    ...paths.loaded,
    paths.hedges,
    paths.boosters,
    paths.cues,
    ...paths.gazetteers,
    paths.recognition,
  ];

  it('resolve inside the package and all exist', () => {
    expect(paths.loaded.map((p) => path.basename(p))).toEqual(
      expect.arrayContaining(['kashmir.json', 'generic.json', 'us-politics.json']),
    );
    expect(paths.gazetteers.map((p) => path.basename(p))).toEqual(
      expect.arrayContaining([
        'south-asia.gazetteer.json',
        'international.gazetteer.json',
        'us-politics.gazetteer.json',
      ]),
    );
    for (const file of allFiles) {
      expect(path.relative(ROOT, file).startsWith('lexicons')).toBe(true);
      expect(fs.existsSync(file)).toBe(true);
    }
  });

  it('all load through loadLexicons', () => {
    expect(lexicons.loaded.length).toBeGreaterThanOrEqual(3);
    expect(lexicons.hedges.kind).toBe('hedge');
    expect(lexicons.boosters.kind).toBe('booster');
    expect(lexicons.gazetteers.length).toBeGreaterThanOrEqual(3);
  });

  it('name their JSON Schema with a path that exists, and the schemas are valid JSON', () => {
    const schemaOf = (file: string) => {
      if (file.includes(`${path.sep}loaded${path.sep}`)) return 'loaded-lexicon';
      if (file.includes(`${path.sep}hedging${path.sep}`)) return 'cue-lexicon';
      if (file.endsWith('reporting-cues.json')) return 'reporting-cues';
      if (file.endsWith('.gazetteer.json')) return 'gazetteer';
      return 'recognition';
    };
    for (const file of allFiles) {
      const data = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(data.$schema, file).toBe(`../../schema/${schemaOf(file)}.schema.json`);
      const schemaPath = path.resolve(path.dirname(file), data.$schema);
      const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('are pretty-printed with two spaces', () => {
    for (const file of allFiles) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text, file).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    }
  });

  it('never give one written form to two loaded entries, or to two actors, across files', () => {
    const loadedForms = new Map<string, string>();
    for (const file of lexicons.loaded) {
      for (const entry of file.entries) {
        for (const form of [entry.term, ...(entry.variants ?? [])]) {
          const key = matchKey(form);
          expect(loadedForms.get(key), `${form} in ${entry.id}`).toBeUndefined();
          loadedForms.set(key, entry.id);
        }
      }
    }
    const actorKeys = new Map<string, string>();
    for (const file of lexicons.gazetteers) {
      for (const actor of file.actors) {
        for (const { phrase } of actorForms(actor)) {
          const key = matchKey(phrase);
          expect(actorKeys.get(key), `${phrase} of ${actor.name}`).toBeUndefined();
          actorKeys.set(key, actor.name);
        }
      }
    }
  });
});

describe('coverage users rely on', () => {
  it('the Kashmir lexicon covers both sides in every major category, each entry with a neutral', () => {
    expect(kashmir.sides).toEqual(['Pakistan', 'India']);
    for (const side of kashmir.sides) {
      for (const category of ['toponym', 'violence-label', 'delegitimizing'] as const) {
        expect(
          kashmir.entries.some((e) => e.favours === side && e.category === category),
          `${side} ${category}`,
        ).toBe(true);
      }
    }
    for (const entry of kashmir.entries) expect(entry.neutral.trim().length).toBeGreaterThan(0);
  });

  it('the Kashmir lexicon knows the partisan toponyms and their abbreviations', () => {
    const favouring = (form: string) =>
      kashmir.entries.find((e) => [e.term, ...(e.variants ?? [])].some((f) => matchKey(f) === matchKey(form)))
        ?.favours;
    for (const form of [
      'IIOJK',
      'IIOJ&K',
      'IIOJ and K',
      'IOK',
      'IOJK',
      'Indian Occupied Kashmir',
      'Occupied Kashmir',
      'Azad Kashmir',
      'AJK',
      'freedom fighters',
      'martyrs',
    ]) {
      expect(favouring(form), form).toBe('Pakistan');
    }
    for (const form of [
      'PoK',
      'POK',
      'PoJK',
      'Pakistan-occupied Kashmir',
      'Pak-occupied Kashmir',
      'cross-border terrorism',
      'terrorists',
      'jihadis',
      'integral part',
    ]) {
      expect(favouring(form), form).toBe('India');
    }
    for (const plain of [
      'militants',
      'killed',
      'curfew',
      'resolution',
      'Kashmir dispute',
      'occupied',
      'lockdown',
    ]) {
      expect(favouring(plain), plain).toBeUndefined();
    }
  });

  it('martyrs in proper names is not loaded', () => {
    const martyrs = kashmir.entries.find((e) => e.id === 'martyrs')!;
    expect(martyrs.notWithin).toEqual(expect.arrayContaining(['Alley of Martyrs', "Martyrs' Day"]));
  });

  it('the generic and US lexicons have the promised shape', () => {
    const generic = lexicons.loaded.find((f) => f.name === 'generic')!;
    expect(generic.entries.every((e) => e.favours === 'none')).toBe(true);
    const terms = generic.entries.flatMap((e) => [e.term, ...(e.variants ?? [])].map((f) => matchKey(f)));
    for (const t of [
      'atrocities',
      'draconian',
      'brutal',
      'heinous',
      'barbaric',
      'dastardly',
      'cowardly attack',
      'blatant violation',
      'oppressed',
      'so-called',
      'sham',
      'puppet',
      'valiant',
      'heroic',
      'visionary leadership',
    ]) {
      expect(terms, t).toContain(matchKey(t));
    }
    const us = lexicons.loaded.find((f) => f.name === 'us-politics')!;
    expect(us.sides).toEqual(['conservative', 'liberal']);
    expect(us.entries.length).toBeGreaterThanOrEqual(25);
    for (const side of us.sides) expect(us.entries.some((e) => e.favours === side)).toBe(true);
  });

  it('reporting cues list at least 250 verb forms, with every form of the core verbs', () => {
    const forms = new Set(lexicons.cues.verbs.flatMap((v) => v.forms));
    expect(forms.size).toBeGreaterThanOrEqual(250);
    const core: Record<string, string[]> = {
      deny: ['deny', 'denies', 'denied', 'denying'],
      urge: ['urge', 'urges', 'urged', 'urging'],
      allege: ['allege', 'alleges', 'alleged', 'alleging'],
      ask: ['ask', 'asks', 'asked', 'asking'],
      demand: ['demand', 'demands', 'demanded', 'demanding'],
      condemn: ['condemn', 'condemns', 'condemned', 'condemning'],
      reiterate: ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
      stress: ['stress', 'stresses', 'stressed', 'stressing'],
      assert: ['assert', 'asserts', 'asserted', 'asserting'],
      claim: ['claim', 'claims', 'claimed', 'claiming'],
      warn: ['warn', 'warns', 'warned', 'warning'],
      say: ['say', 'says', 'said', 'saying'],
      tell: ['tell', 'tells', 'told', 'telling'],
      write: ['write', 'writes', 'wrote', 'written', 'writing'],
      emphasise: ['emphasise', 'emphasised', 'emphasize', 'emphasized', 'emphasising', 'emphasizing'],
      criticise: ['criticise', 'criticised', 'criticize', 'criticized'],
    };
    for (const [lemma, expected] of Object.entries(core)) {
      for (const form of expected) expect(forms.has(form), `${lemma}: ${form}`).toBe(true);
    }
  });

  it('reporting cues have the phrases, anonymity markers and heads of ANNOTATION.md', () => {
    const cues = lexicons.cues;
    expect(cues.sourceFirstPhrases).toEqual(
      expect.arrayContaining(['according to', 'as per', 'in the words of']),
    );
    expect(cues.phrases).toEqual(
      expect.arrayContaining(['expressed concern', 'called for', 'quoted as saying', 'pointed out']),
    );
    expect(cues.anonymityMarkers).toEqual(
      expect.arrayContaining([
        'on condition of anonymity',
        'on the condition of anonymity',
        'not authorised to speak',
        'not authorized to speak',
        'requested anonymity',
        'asked not to be named',
      ]),
    );
    expect(cues.unnamedHeads).toEqual(
      expect.arrayContaining([
        'sources',
        'official',
        'officials',
        'residents',
        'witnesses',
        'experts',
        'analysts',
        'diplomats',
      ]),
    );
    expect(cues.documentHeads).toEqual(
      expect.arrayContaining(['communiqué', 'communique', 'statement', 'report', 'resolution']),
    );
    const nouns = cues.nouns.flatMap((n) => n.forms);
    expect(nouns).toEqual(expect.arrayContaining(['statement', 'communiqué', 'communique', 'report']));
  });

  it('hedges and boosters include the cues of ANNOTATION.md section 4', () => {
    const formsOf = (file: typeof lexicons.hedges) =>
      new Set(file.entries.flatMap((e) => [e.term, ...(e.variants ?? [])].map((f) => f.toLowerCase())));
    const hedges = formsOf(lexicons.hedges);
    for (const h of [
      'may',
      'might',
      'could',
      'possibly',
      'perhaps',
      'probably',
      'likely',
      'reportedly',
      'allegedly',
      'apparently',
      'presumably',
      'purportedly',
      'seemingly',
      'arguably',
      'possible',
      'unclear',
      'alleged',
      'about',
      'around',
      'approximately',
      'nearly',
      'almost',
      'some',
      'believed',
      'thought',
    ]) {
      expect(hedges.has(h), h).toBe(true);
    }
    const boosters = formsOf(lexicons.boosters);
    for (const b of [
      'clearly',
      'certainly',
      'definitely',
      'undoubtedly',
      'undeniably',
      'indeed',
      'in fact',
      'of course',
      'obviously',
      'surely',
      'no doubt',
      'without doubt',
      'must',
      'always',
      'never',
      'prove',
      'demonstrate',
      'show',
      'it is clear that',
      'the fact that',
    ]) {
      expect(boosters.has(b), b).toBe(true);
    }
    const contextOf = (term: string) =>
      [...lexicons.hedges.entries, ...lexicons.boosters.entries].find((e) => e.term === term)?.context;
    expect(contextOf('may')).toBe('epistemic-modal');
    expect(contextOf('must')).toBe('epistemic-must');
    expect(contextOf('about')).toBe('quantity');
    expect(contextOf('show')).toBe('evidence');
    expect(contextOf('always')).toBe('certainty');
    expect(contextOf('believed')).toBe('passive-report');
  });

  it('gazetteers resolve the actors of ANNOTATION.md', () => {
    const byForm = new Map<string, string>();
    for (const file of lexicons.gazetteers)
      for (const actor of file.actors)
        for (const { phrase } of actorForms(actor)) byForm.set(matchKey(phrase), actor.name);
    const expectations: Record<string, string> = {
      Modi: 'Narendra Modi',
      'Narendra Modi': 'Narendra Modi',
      OIC: 'OIC',
      'Organisation of Islamic Cooperation': 'OIC',
      'Organization of Islamic Countries': 'OIC',
      'New Delhi': 'India',
      Islamabad: 'Pakistan',
      Indian: 'India',
      'Hurriyat Conference': 'All Parties Hurriyat Conference',
      'Jaish-e-Mohammed': 'Jaish-e-Mohammed',
      Reuters: 'Reuters',
      'Kashmiri people': 'Kashmiri people',
      GOP: 'Republican Party',
    };
    for (const [form, actor] of Object.entries(expectations))
      expect(byForm.get(matchKey(form)), form).toBe(actor);
    const people = lexicons.gazetteers.flatMap((g) => g.actors).filter((a) => a.type === 'person');
    expect(people.find((p) => p.name === 'Narendra Modi')?.roles).toContain('Prime Minister of India');
  });

  it('locations never collide with actor forms, and every actor side is documented', () => {
    const actorKeys = new Set(
      lexicons.gazetteers.flatMap((g) =>
        g.actors.flatMap((a) => actorForms(a).map((f) => matchKey(f.phrase))),
      ),
    );
    for (const location of lexicons.recognition.locations)
      expect(actorKeys.has(matchKey(location)), location).toBe(false);
    const readme = fs.readFileSync(path.join(ROOT, 'lexicons', 'README.md'), 'utf8');
    const sides = new Set(
      lexicons.gazetteers.flatMap((g) => g.actors.map((a) => a.side)).filter((s): s is string => !!s),
    );
    for (const side of sides) expect(readme, `side ${side}`).toContain(`\`${side}\``);
  });
});

describe('errors name the file, the entry and the field', () => {
  it('reports JSON syntax errors with line and column', () => {
    const file = writeTemp('{\n  "name": "x",\n  "description": tru\n}');
    const err = errorOf(() => loadLoadedLexicon(file));
    expect(err.message).toMatch(/bad\.json: invalid JSON at line 3, column 18/);
    expect(err.entry).toBeNull();
    expect(err.field).toBeNull();
  });

  it('reports a trailing comma at its position', () => {
    const file = writeTemp('{\n  "a": 1,\n}');
    expect(errorOf(() => loadRecognition(file)).message).toMatch(/line 3, column 1/);
  });

  it('reports a missing file', () => {
    expect(errorOf(() => loadGazetteer(path.join(tmp, 'nope.json'))).message).toMatch(
      /nope\.json: cannot read file: file not found/,
    );
  });

  it('a byTarget polarity other than pejorative or praise', () => {
    const err = errorOf(() =>
      loadLoadedLexicon(writeTemp(loadedFile([loadedEntry({ byTarget: 'negative' })]))),
    );
    expect(err.field).toBe('byTarget');
    expect(err.message).toContain('must be one of "pejorative", "praise"');
  });

  it('an alignment to a side the lexicon does not have', () => {
    const err = errorOf(() =>
      loadLoadedLexicon(writeTemp(loadedFile([loadedEntry()], { alignments: { Kashmiri: 'Kashmir' } }))),
    );
    expect(err.field).toBe('alignments.Kashmiri');
    expect(err.message).toContain("must be one of the lexicon's sides [Pakistan, India]");
  });

  it('keeps byTarget, alignments and criticCues when they are valid', () => {
    const file = writeTemp(
      loadedFile([loadedEntry({ byTarget: 'pejorative' })], {
        alignments: { Kashmiri: 'Pakistan' },
        criticCues: ['denounce'],
      }),
    );
    const loaded = loadLoadedLexicon(file);
    expect(loaded.entries[0].byTarget).toBe('pejorative');
    expect(loaded.alignments).toEqual({ Kashmiri: 'Pakistan' });
    expect(loaded.criticCues).toEqual(['denounce']);
  });

  it('favours outside the sides, in the documented format', () => {
    const file = writeTemp(
      loadedFile([
        loadedEntry({ id: 'a', term: 'a' }),
        loadedEntry({ id: 'b', term: 'b' }),
        loadedEntry({ id: 'c', term: 'c' }),
        loadedEntry({ favours: 'Pakistani' }),
      ]),
    );
    const err = errorOf(() => loadLoadedLexicon(file));
    expect(err.entry).toBe('iiojk');
    expect(err.index).toBe(3);
    expect(err.field).toBe('favours');
    expect(err.message).toContain(
      `: entry "iiojk" (#3): field "favours": must be one of the lexicon's sides [Pakistan, India] or "none"`,
    );
    expect(err.message).not.toContain('\n');
  });

  it.each([
    ['a missing required field', loadedEntry({ neutral: undefined }), 'neutral', /is required/],
    ['a wrong type', loadedEntry({ variants: 'IIOJK' }), 'variants', /must be an array, got a string/],
    [
      'a bad enum value',
      loadedEntry({ category: 'place-name' }),
      'category',
      /must be one of "toponym", .* got "place-name"/,
    ],
    ['an empty string', loadedEntry({ neutral: '  ' }), 'neutral', /must not be empty/],
    ['an empty variant', loadedEntry({ variants: ['IIOJK', ''] }), 'variants[1]', /must not be empty/],
    ['surrounding whitespace', loadedEntry({ term: 'IIOJK ' }), 'term', /whitespace/],
    [
      'an unknown field, with a suggestion',
      loadedEntry({ notwithin: ['x'] }),
      'notwithin',
      /unknown field; did you mean "notWithin"\?/,
    ],
    ['a non-boolean flag', loadedEntry({ caseSensitive: 'yes' }), 'caseSensitive', /must be true or false/],
    [
      'a notWithin phrase that cannot contain the term',
      loadedEntry({ notWithin: ['Alley of Martyrs'] }),
      'notWithin[0]',
      /does not contain the term/,
    ],
    [
      'a neutral equal to the term',
      loadedEntry({ neutral: 'Indian illegally-occupied Jammu & Kashmir' }),
      'neutral',
      /must differ/,
    ],
  ])('loaded lexicon: %s', (_label, entry, field, message) => {
    const err = errorOf(() => loadLoadedLexicon(writeTemp(loadedFile([entry]))));
    expect(err.entry).toBe('iiojk');
    expect(err.field).toBe(field);
    expect(err.message).toMatch(message);
    expect(err.message).toContain(`bad.json: entry "iiojk" (#0): field "${field}": `);
  });

  it('loaded lexicon: a bad id is named by position', () => {
    const err = errorOf(() => loadLoadedLexicon(writeTemp(loadedFile([loadedEntry({ id: 'IIOJK' })]))));
    expect(err.entry).toBe(0);
    expect(err.field).toBe('id');
    expect(err.message).toMatch(/entry #0: field "id": "IIOJK" must be kebab-case/);
  });

  it('loaded lexicon: duplicate ids and duplicate forms', () => {
    const dupId = errorOf(() =>
      loadLoadedLexicon(writeTemp(loadedFile([loadedEntry(), loadedEntry({ term: 'IIOJK' })]))),
    );
    expect(dupId.entry).toBe('iiojk');
    expect(dupId.index).toBe(1);
    expect(dupId.message).toMatch(/field "id": id "iiojk" is already used by entry #0/);
    const dupForm = errorOf(() =>
      loadLoadedLexicon(
        writeTemp(
          loadedFile([
            loadedEntry({ variants: ['IIOJ&K'] }),
            loadedEntry({ id: 'other', term: 'iioj and k' }),
          ]),
        ),
      ),
    );
    expect(dupForm.entry).toBe('other');
    expect(dupForm.field).toBe('term');
    expect(dupForm.message).toMatch(/form "iioj and k" is already used by entry "iiojk"/);
  });

  it('loaded lexicon: file-level problems have no entry', () => {
    const err = errorOf(() => loadLoadedLexicon(writeTemp(loadedFile([loadedEntry()], { side: ['x'] }))));
    expect(err.entry).toBeNull();
    expect(err.field).toBe('side');
    expect(err.message).toMatch(/did you mean "sides"\?/);
    const empty = errorOf(() => loadLoadedLexicon(writeTemp(loadedFile([]))));
    expect(empty.field).toBe('entries');
  });

  it('cue lexicon: bad context, bad type, wrong kind', () => {
    const file = (entry: Record<string, unknown>, kind = 'hedge') =>
      writeTemp({
        name: 'h',
        description: 'd',
        kind,
        entries: [{ id: 'may', term: 'may', type: 'modal', context: 'epistemic-modal', ...entry }],
      });
    const context = errorOf(() => loadCueLexicon(file({ context: 'epistemic' })));
    expect([context.entry, context.field]).toEqual(['may', 'context']);
    const type = errorOf(() => loadCueLexicon(file({ type: 'noun' })));
    expect([type.entry, type.field]).toEqual(['may', 'type']);
    const kind = errorOf(() => loadCueLexicon(file({}, 'booster'), 'hedge'));
    expect([kind.entry, kind.field]).toEqual([null, 'kind']);
  });

  it('reporting cues: a form under two lemmas, an unknown field, a duplicate phrase', () => {
    const base = {
      description: 'd',
      verbs: [{ lemma: 'say', forms: ['say', 'said'] }],
      nouns: [{ lemma: 'statement', forms: ['statement'] }],
      sourceFirstPhrases: ['according to'],
      phrases: ['called for'],
      anonymityMarkers: ['on condition of anonymity'],
      unnamedHeads: ['sources'],
      documentHeads: ['statement'],
    };
    const twice = errorOf(() =>
      loadReportingCues(
        writeTemp({ ...base, verbs: [...base.verbs, { lemma: 'state', forms: ['stated', 'said'] }] }),
      ),
    );
    expect(twice.message).toMatch(
      /verbs entry "state" \(#1\): field "forms\[1\]": form "said" is already used by "say"/,
    );
    expect([twice.entry, twice.field]).toEqual(['state', 'forms[1]']);
    const unknown = errorOf(() =>
      loadReportingCues(writeTemp({ ...base, nouns: [{ lemma: 'statement', form: ['statement'] }] })),
    );
    expect([unknown.entry, unknown.field]).toEqual(['statement', 'form']);
    const dup = errorOf(() =>
      loadReportingCues(writeTemp({ ...base, unnamedHeads: ['sources', 'Sources'] })),
    );
    expect([dup.entry, dup.field]).toEqual([null, 'unnamedHeads[1]']);
    const missing = errorOf(() => loadReportingCues(writeTemp({ ...base, documentHeads: undefined })));
    expect(missing.field).toBe('documentHeads');
  });

  it('gazetteer: state-only fields on a person, a shared alias, a bad type', () => {
    const file = (...actors: Record<string, unknown>[]) => writeTemp({ name: 'g', description: 'd', actors });
    const person = { name: 'Imran Khan', type: 'person', aliases: ['Imran Khan'] };
    const demonym = errorOf(() => loadGazetteer(file({ ...person, demonyms: ['Khanian'] })));
    expect([demonym.entry, demonym.field]).toEqual(['Imran Khan', 'demonyms']);
    expect(demonym.message).toMatch(
      /actors entry "Imran Khan" \(#0\): field "demonyms": only actors of type "state"/,
    );
    const shared = errorOf(() =>
      loadGazetteer(
        file(person, { name: 'Imran Khan Niazi', type: 'person', aliases: ['Niazi', 'imran khan'] }),
      ),
    );
    expect([shared.entry, shared.field]).toEqual(['Imran Khan Niazi', 'aliases[1]']);
    const type = errorOf(() => loadGazetteer(file({ ...person, type: 'people' })));
    expect(type.field).toBe('type');
  });

  it('recognition: an empty item and a head word in two lists', () => {
    const base = {
      description: 'd',
      personTitles: ['President'],
      governmentNouns: ['authorities'],
      organizationHeads: ['Ministry'],
      groupHeads: ['Front'],
      nonActorWords: ['May'],
      locations: ['Srinagar'],
      givenNames: ['Sana'],
      personNouns: ['spokesman'],
      titleAbbreviations: { PM: 'Prime Minister' },
      nameVariants: [['Muhammad', 'Mohammad']],
    };
    const empty = errorOf(() => loadRecognition(writeTemp({ ...base, locations: ['Srinagar', ''] })));
    expect([empty.entry, empty.field]).toEqual([null, 'locations[1]']);
    const both = errorOf(() => loadRecognition(writeTemp({ ...base, groupHeads: ['Front', 'ministry'] })));
    expect(both.field).toBe('groupHeads[1]');
    const abbreviation = errorOf(() =>
      loadRecognition(writeTemp({ ...base, titleAbbreviations: { 'P M': 'Prime Minister' } })),
    );
    expect(abbreviation.field).toBe('titleAbbreviations.P M');
    const twice = errorOf(() =>
      loadRecognition(
        writeTemp({
          ...base,
          nameVariants: [
            ['Muhammad', 'Mohammad'],
            ['Mohammad', 'Mohammed'],
          ],
        }),
      ),
    );
    expect(twice.field).toBe('nameVariants[1][0]');
  });
});

describe('user lexicons extend and override the shipped ones', () => {
  it('an extra loaded entry with a shipped id replaces it', () => {
    const extra = writeTemp(
      loadedFile([loadedEntry({ neutral: 'Jammu and Kashmir (Indian-administered)', variants: ['IIOJK'] })], {
        name: 'my-kashmir',
      }),
      'mine.json',
    );
    const merged = loadLexicons({ extraLoaded: [extra] });
    const withId = merged.loaded.flatMap((f) =>
      f.entries.filter((e) => e.id === 'iiojk').map((e) => ({ file: f.name, e })),
    );
    expect(withId).toHaveLength(1);
    expect(withId[0].file).toBe('my-kashmir');
    expect(withId[0].e.neutral).toBe('Jammu and Kashmir (Indian-administered)');
    expect(merged.loaded.at(-1)!.name).toBe('my-kashmir');
  });

  it('an extra entry that reuses a shipped form under another id is an error naming the extra file', () => {
    const extra = writeTemp(
      loadedFile([loadedEntry({ id: 'my-pok', term: 'PoK', favours: 'India' })]),
      'mine.json',
    );
    const err = errorOf(() => loadLexicons({ extraLoaded: [extra] }));
    expect(err.file).toMatch(/mine\.json$/);
    expect(err.entry).toBe('my-pok');
    expect(err.message).toMatch(/already used by "pok" in kashmir\.json; give this entry the same id/);
  });

  it('an extra gazetteer actor with a shipped name replaces it, and new actors are added', () => {
    const extra = writeTemp(
      {
        name: 'mine',
        description: 'd',
        actors: [
          {
            name: 'Pakistan',
            type: 'state',
            aliases: ['Pakistan', 'Islamic Republic of Pakistan'],
            side: 'Pakistan',
          },
          { name: 'Hilal Ahmad', type: 'person', aliases: ['Hilal Ahmad'] },
        ],
      },
      'mine.gazetteer.json',
    );
    const merged = loadLexicons({ extraGazetteers: [extra] });
    const pakistans = merged.gazetteers.flatMap((g) => g.actors).filter((a) => a.name === 'Pakistan');
    expect(pakistans).toHaveLength(1);
    expect(pakistans[0].demonyms).toBeUndefined();
    expect(merged.gazetteers.flatMap((g) => g.actors).some((a) => a.name === 'Hilal Ahmad')).toBe(true);
  });

  it('an invalid extra file fails with its own name', () => {
    const extra = writeTemp(loadedFile([loadedEntry({ favours: 'Kashmir' })]), 'broken.json');
    expect(errorOf(() => loadLexicons({ extraLoaded: [extra] })).file).toMatch(/broken\.json$/);
  });
});

describe('reporting-cue verb forms are well-formed (catches typos such as agreeed for agreed)', () => {
  // Read straight from the file, so these checks do not depend on what the loader accepts.
  type Lemma = { lemma: string; forms: string[] };
  const cuesFile = path.join(ROOT, 'lexicons', 'sourcing', 'reporting-cues.json');
  const cueData = JSON.parse(fs.readFileSync(cuesFile, 'utf8')) as Record<string, unknown> & {
    verbs: Lemma[];
    nouns: Lemma[];
  };
  const singleWord = (s: string) => /^[a-z]+$/.test(s);

  /** Irregular past / participle forms, keyed by base verb (also the head verb of phrasal lemmas: take aim → took aim). */
  const IRREGULAR: Record<string, string[]> = {
    say: ['said'],
    tell: ['told'],
    write: ['wrote', 'written'],
    think: ['thought'],
    know: ['knew', 'known'],
    feel: ['felt'],
    understand: ['understood'],
    find: ['found'],
    show: ['shown'],
    plead: ['pled'],
    take: ['took', 'taken'],
    make: ['made'],
    see: ['saw', 'seen'],
    read: ['read'],
  };

  type Kind = 's' | 'past' | 'ing';
  /**
   * Single-word lemmas that lack a form on purpose. Keep this short: a lemma belongs here only when the
   * missing form is a decision (lexicons/README.md), never to silence a typo.
   */
  const MISSING_ON_PURPOSE: Record<string, { missing: Kind[]; why: string }> = {
    state: {
      missing: ['s'],
      why: 'states is mostly the noun; base left out too (README: state → stated, stating)',
    },
    term: {
      missing: ['s'],
      why: 'terms is mostly the noun (in terms of); base left out too (README, load.ts)',
    },
    object: { missing: ['s'], why: 'objects is mostly the noun; only objected/objecting report' },
    question: { missing: ['s'], why: 'questions is mostly the noun; only questioned/questioning report' },
    answer: { missing: ['s'], why: 'answers is mostly the noun; only answered/answering report' },
    label: { missing: ['s'], why: 'labels is mostly the noun; only the participles and -ing report' },
    flag: { missing: ['s'], why: 'flags is mostly the noun (national flags)' },
    voice: { missing: ['s'], why: 'voices is mostly the noun (voices of dissent)' },
    joke: { missing: ['s'], why: 'jokes is mostly the noun' },
    rap: { missing: ['s'], why: 'raps is mostly the noun (rap music, rap sheet); base left out too' },
    email: { missing: ['s'], why: 'emails is mostly the noun and is listed as a documentHead instead' },
    dispute: {
      missing: ['s'],
      why: 'disputes and the base are mostly the noun (the Kashmir dispute, border disputes)',
    },
    brand: {
      missing: ['s', 'ing'],
      why: 'brands/branding are mostly nouns (marketing); only branded reports',
    },
    counter: {
      missing: ['s', 'ing'],
      why: 'counter(s) is mostly noun/prefix and countering mostly an action (countering terrorism); countered is a clauseCue',
    },
    quote: {
      missing: ['s', 'ing'],
      why: 'quotes is mostly the noun; quoting is a sourceFirstPhrase (quoting officials)',
    },
    cite: { missing: ['ing'], why: 'citing is a sourceFirstPhrase (citing sources), not a verb form' },
    regard: { missing: ['ing'], why: 'regarding is mostly the preposition (regarding the talks)' },
    lambaste: {
      missing: ['past', 'ing'],
      why: 'lambasted/lambasting are the same as lambast’s and a form may belong to one lemma only',
    },
  };

  /** The regular forms of a base verb by simple English spelling rules; several candidates where the rules cannot tell (stress). */
  function regularForms(base: string): Record<Kind, string[]> {
    const s = /(s|x|z|ch|sh|[^aeiou]o)$/.test(base)
      ? [base + 'es']
      : /[^aeiou]y$/.test(base)
        ? [base.slice(0, -1) + 'ies']
        : [base + 's'];
    if (/[^aeiou]y$/.test(base)) return { s, past: [base.slice(0, -1) + 'ied'], ing: [base + 'ing'] };
    if (/(ee|ye|oe)$/.test(base)) return { s, past: [base + 'd'], ing: [base + 'ing'] };
    if (/e$/.test(base)) return { s, past: [base + 'd'], ing: [base.slice(0, -1) + 'ing'] };
    const w = base.replace(/qu/g, 'qw'); // the u of qu is no vowel: quip → quipped
    if (/(^|[^aeiou])[aeiou][^aeiouwxy]$/.test(w)) {
      const doubled = base + base.slice(-1);
      // One syllable: always doubled (slam → slammed). Longer: doubled only with final stress (admit → admitted,
      // but threaten → threatened), and UK/US differ (labelled/labeled), so accept both.
      if ((w.match(/[aeiou]+/g) ?? []).length === 1)
        return { s, past: [doubled + 'ed'], ing: [doubled + 'ing'] };
      return { s, past: [doubled + 'ed', base + 'ed'], ing: [doubled + 'ing', base + 'ing'] };
    }
    return { s, past: [base + 'ed'], ing: [base + 'ing'] };
  }

  const singleWordVerbs = cueData.verbs.filter((v) => singleWord(v.lemma));

  it('no form or phrase contains a letter three times in a row (eee, sss)', () => {
    const strings: string[] = [];
    for (const [key, value] of Object.entries(cueData)) {
      if (key === '$schema' || key === 'description') continue;
      for (const item of value as (string | Lemma)[])
        strings.push(...(typeof item === 'string' ? [item] : [item.lemma, ...item.forms]));
    }
    expect(strings.length).toBeGreaterThan(500);
    expect(strings.filter((s) => /(\p{L})\1\1/iu.test(s))).toEqual([]);
  });

  it('every single-word verb lemma has a past, an -ing and a 3rd-person -s form (rules or irregular table)', () => {
    const offending: string[] = [];
    for (const { lemma, forms } of singleWordVerbs) {
      const regular = regularForms(lemma);
      const expected: Record<Kind, string[]> = {
        s: regular.s,
        past: [...regular.past, ...(IRREGULAR[lemma] ?? [])],
        ing: regular.ing,
      };
      const missing = (Object.keys(expected) as Kind[]).filter(
        (kind) => !expected[kind].some((f) => forms.includes(f)),
      );
      const allowed = MISSING_ON_PURPOSE[lemma]?.missing ?? [];
      for (const kind of missing)
        if (!allowed.includes(kind))
          offending.push(
            `${lemma}: no ${kind} form (expected ${expected[kind].join(' or ')}; has ${forms.join(', ')})`,
          );
    }
    expect(singleWordVerbs.length).toBeGreaterThan(150);
    expect(offending).toEqual([]);
  });

  it('every form of a single-word verb lemma is its base or one the rules or the irregular table derive', () => {
    const offending: string[] = [];
    for (const { lemma, forms } of singleWordVerbs) {
      const regular = regularForms(lemma);
      const known = new Set([
        lemma,
        ...regular.s,
        ...regular.past,
        ...regular.ing,
        ...(IRREGULAR[lemma] ?? []),
      ]);
      for (const form of forms) if (!known.has(form)) offending.push(`${lemma}: ${form}`);
    }
    expect(offending).toEqual([]);
  });

  it('the allow-list of missing forms stays short and every entry is still needed', () => {
    expect(Object.keys(MISSING_ON_PURPOSE).length).toBeLessThanOrEqual(20);
    const stale: string[] = [];
    for (const [lemma, { missing }] of Object.entries(MISSING_ON_PURPOSE)) {
      const entry = singleWordVerbs.find((v) => v.lemma === lemma);
      if (!entry) {
        stale.push(`${lemma}: no such single-word verb lemma`);
        continue;
      }
      const regular = regularForms(lemma);
      const candidates: Record<Kind, string[]> = {
        s: regular.s,
        past: [...regular.past, ...(IRREGULAR[lemma] ?? [])],
        ing: regular.ing,
      };
      for (const kind of missing)
        if (candidates[kind].some((f) => entry.forms.includes(f)))
          stale.push(`${lemma}: ${kind} is listed now`);
    }
    expect(stale).toEqual([]);
  });

  it('every form of a verb or noun lemma starts with the lemma’s first two letters (catches forms pasted into the wrong entry)', () => {
    const offending: string[] = [];
    for (const { lemma, forms } of [...cueData.verbs, ...cueData.nouns]) {
      const head = lemma.split(' ')[0].toLowerCase();
      for (const form of forms) {
        const formHead = form.split(' ')[0].toLowerCase();
        if (formHead.slice(0, 2) === head.slice(0, 2)) continue;
        if (IRREGULAR[head]?.includes(formHead)) continue; // true irregulars: tell → told, find → found, take aim → took aim
        offending.push(`${lemma}: ${form}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
