import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createAnalyzer,
  describeError,
  detectLanguage,
  InputError,
  LexiconError,
  loadCorpus,
  readCorpus,
} from '../src/index';
import { main } from '../src/cli/main';
import type { Document } from '../src/types';
import { allSpans, analyzeSentence, CORPUS, tempDir, jsonErrorOf } from './helpers';

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

function inputErrorOf(paths: string[]): InputError {
  const error = thrown(() => loadCorpus(paths));
  if (!(error instanceof InputError)) throw error;
  return error;
}

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

/** Every file under a folder with the SHA-256 of its bytes, in sorted order. */
function hashTree(folder: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else
        hashes[path.relative(folder, full)] = crypto
          .createHash('sha256')
          .update(fs.readFileSync(full))
          .digest('hex');
    }
  };
  walk(folder);
  return hashes;
}

function expectSpansIndexText(document: Document): void {
  for (const { where, span } of allSpans(document)) {
    expect(document.text.slice(span.start, span.end), where).toBe(span.text);
  }
}

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

/**
 * The matrix of issue #8: each bad input, the file name it is written under, its content, the line
 * the error must name (null when the whole file is at fault) and the problem the message must state.
 */
const BAD_FILES: { name: string; content: string | Buffer; line: number | null; problem: string }[] = [
  { name: 'empty.txt', content: '', line: null, problem: 'file is empty: there is nothing to analyse' },
  {
    name: 'blank.txt',
    content: ' \n\t\r\n   \n',
    line: null,
    problem: 'file holds only whitespace: there is nothing to analyse',
  },
  {
    name: 'front-matter-only.md',
    content: '---\ntitle: A title\n---\n\n',
    line: null,
    problem: 'document body is empty',
  },
  {
    name: 'binary.txt',
    content: Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02, 0xff]),
    line: null,
    problem: 'file is binary (it contains NUL bytes), not text',
  },
  {
    name: 'latin1.txt',
    content: Buffer.from('Caf\xe9 au lait, said the minister.', 'latin1'),
    line: null,
    problem: 'file is not valid UTF-8 text (re-save it as UTF-8)',
  },
  {
    name: 'utf16.txt',
    content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The minister said.', 'utf16le')]),
    line: null,
    problem: 'file is UTF-16 text: re-save it as UTF-8',
  },
  { name: 'image.txt', content: PNG, line: null, problem: 'file is a PNG image, not text' },
  {
    name: 'report.txt',
    content: Buffer.concat([
      Buffer.from('%PDF-1.7\n%'),
      Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]),
      Buffer.from('\n1 0 obj'),
    ]),
    line: null,
    problem: 'file is a PDF document, not text',
  },
  {
    name: 'article.docx.txt',
    content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
    line: null,
    problem: 'file is a ZIP archive (or a .docx/.xlsx/.odt document), not text',
  },
  {
    name: 'tab-indent.md',
    content: '---\ntitle: ok\n\tauthor: x\n---\nBody.',
    line: 3,
    problem: 'malformed YAML front matter: Tabs are not allowed as indentation (column 1)',
  },
  {
    name: 'unclosed-quote.md',
    content: '---\ntitle: "Kashmir talks\noutlet: Dawn\n---\nBody.',
    line: 4,
    problem: 'malformed YAML front matter: Missing closing "quote',
  },
  {
    name: 'never-closed.md',
    content: '---\ntitle: x\nBody without the closing line.',
    line: 1,
    problem: 'front matter opened with "---" on line 1 is never closed',
  },
  {
    name: 'list-meta.md',
    content: '---\ntitle: ok\ntags: [a, b]\n---\nBody.',
    line: 3,
    problem: 'metadata field "tags" must be a string, number or boolean, not a list',
  },
  {
    name: 'not-json.jsonl',
    content: '{"text": "Fine."}\n{"text": "Also fine."}\n{text: broken}\n',
    line: 3,
    problem: 'line is not valid JSON',
  },
  {
    name: 'no-text.jsonl',
    content: '{"text": "Fine."}\n{"body": "x"}\n',
    line: 2,
    problem: 'object has no "text" string field',
  },
  {
    name: 'array.jsonl',
    content: '["a", "b"]\n',
    line: 1,
    problem: 'line must be a JSON object with a "text" field',
  },
  {
    name: 'empty-text.jsonl',
    content: '{"text": "   "}\n',
    line: 1,
    problem: '"text" is empty: there is nothing to analyse',
  },
  {
    name: 'no-text-column.csv',
    content: 'id,body\n1,x\n',
    line: 1,
    problem: 'CSV has no "text" column (columns: id, body)',
  },
  {
    name: 'ragged.csv',
    content: 'id,text\nr1,One.\nr2,Two.,extra\n',
    line: 3,
    problem: 'row has 3 fields, the header has 2',
  },
  {
    name: 'open-quote.csv',
    content: 'id,text\n1,"Fine."\n2,"Never closed, so it would swallow\n3,every row after it\n',
    line: 3,
    problem: 'quoted field opened on this line is never closed',
  },
  { name: 'header-only.csv', content: 'id,text\n', line: null, problem: 'CSV has a header but no rows' },
];

describe('bad input: the library throws a typed error naming file and line', () => {
  const dir = tempDir();
  for (const { name, content, line, problem } of BAD_FILES) {
    it(`${name}: ${problem}`, () => {
      const file = write(dir, name, content);
      const error = inputErrorOf([file]);
      expect(error.file).toBe(file);
      expect(error.line).toBe(line);
      expect(error.problem).toContain(problem);
      expect(error.message).toBe(`${line === null ? file : `${file}:${line}`}: ${error.problem}`);
      expect(describeError(error)).toBe(error.message);
      expect(describeError(error)).not.toContain('\n');
    });
  }

  it('a missing path', () => {
    const missing = path.join(dir, 'no-such-file.txt');
    const error = inputErrorOf([missing]);
    expect(error).toMatchObject({ file: missing, line: null, message: `${missing}: no such file or folder` });
  });

  it('a folder with no documents in it (only unsupported files and a README)', () => {
    const folder = path.join(tempDir(), 'nothing-here');
    write(folder, 'notes.pdf', 'x');
    write(folder, 'README.md', 'Not an article.');
    write(folder, '.hidden.txt', 'Hidden files are skipped.');
    expect(inputErrorOf([folder]).message).toContain(`${folder}: folder holds no documents`);
  });

  it('text that only starts like a binary signature is still text', () => {
    const file = write(tempDir(), 'gif.txt', 'GIF89a is an image format, the engineer said.');
    expect(loadCorpus([file])[0].text).toBe('GIF89a is an image format, the engineer said.');
  });

  it('a BOM, CRLF line ends and control characters are read verbatim', () => {
    const file = write(
      tempDir(),
      'crlf.md',
      '\ufeff---\r\ntitle: CRLF\r\n---\r\nThe minister\u0007 said\r\nthe talks\u000b resumed.\r\n',
    );
    const [document] = loadCorpus([file]);
    expect(document.meta).toEqual({ title: 'CRLF' });
    expect(document.text).toBe('The minister\u0007 said\r\nthe talks\u000b resumed.\r\n');
  });
});

describe('bad records: an onInvalidRecord handler gets each one and reading goes on', () => {
  function readAll(files: string[]) {
    const invalid: InputError[] = [];
    const documents = loadCorpus(files, { onInvalidRecord: (error) => void invalid.push(error) });
    return { ids: documents.map((document) => document.id), invalid: invalid.map((error) => error.message) };
  }

  it('JSONL: lines that are not JSON, not objects, without or with an empty "text", or with a list as metadata', () => {
    const file = write(
      tempDir(),
      'mixed.jsonl',
      [
        '{"id": "a", "text": "One."}',
        '{broken',
        '["x"]',
        '{"body": "x"}',
        '{"text": " "}',
        '{"text": "x", "tags": ["a"]}',
        '',
        '{"id": "b", "text": "Two."}',
      ].join('\n'),
    );
    const { ids, invalid } = readAll([file]);
    expect(ids).toEqual(['a', 'b']);
    expect(invalid.map((message) => message.slice(0, message.indexOf(': ', file.length)))).toEqual(
      [2, 3, 4, 5, 6].map((line) => `${file}:${line}`),
    );
    expect(invalid[3]).toBe(`${file}:5: "text" is empty: there is nothing to analyse`);
    expect(invalid[4]).toContain('metadata field "tags" must be a string, number or boolean');
  });

  it('CSV: a row with a field too few or too many, or an empty text; a quoted line break keeps line numbers right', () => {
    const file = write(
      tempDir(),
      'mixed.csv',
      'id,text,outlet\na,"One,\nacross lines.",Dawn\nb,Two.\nc,,Dawn\nd,Four.,Dawn,extra\ne,Five.,Dawn\n',
    );
    const { ids, invalid } = readAll([file]);
    expect(ids).toEqual(['a', 'e']);
    expect(invalid).toEqual([
      `${file}:4: row has 2 fields, the header has 3`,
      `${file}:5: "text" is empty: there is nothing to analyse`,
      `${file}:6: row has 4 fields, the header has 3`,
    ]);
  });

  it('a file of bad records only gives their errors, not one more for the file', () => {
    const jsonl = write(tempDir(), 'all-bad.jsonl', '{broken\n{"body": "x"}\n');
    const csv = write(tempDir(), 'all-bad.csv', 'id,text\n1,\n');
    expect(readAll([jsonl, csv])).toEqual({
      ids: [],
      invalid: [
        `${jsonl}:1: line is not valid JSON (${jsonErrorOf('{broken')})`,
        `${jsonl}:2: object has no "text" string field`,
        `${csv}:2: "text" is empty: there is nothing to analyse`,
      ],
    });
  });

  it('a problem that leaves the rest of the file unreadable still throws, after the records before it', () => {
    const openQuote = write(tempDir(), 'open.csv', 'id,text\n1,"Fine."\n2,"never closed\n3,Three.\n');
    const seen: string[] = [];
    const error = thrown(() => {
      for (const document of readCorpus([openQuote], { onInvalidRecord: () => undefined }))
        seen.push(document.id);
    });
    expect(seen).toEqual(['1']);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      `${openQuote}:3: quoted field opened on this line is never closed: add the closing "`,
    );
    for (const { name, content, problem } of BAD_FILES.filter((bad) => bad.line === null)) {
      const file = write(tempDir(), name, content);
      expect((thrown(() => readAll([file])) as InputError).problem, name).toContain(problem);
    }
  });
});

describe('bad lexicons and gazetteers name the file, the entry and the field', () => {
  const dir = tempDir();
  const lexicon = (entries: unknown[]) =>
    JSON.stringify({ name: 'mine', description: 'A test lexicon.', sides: ['A', 'B'], entries });
  const cases: {
    name: string;
    kind: 'lexicons' | 'gazetteers';
    content: string;
    entry: string | number | null;
    field: string | null;
    problem: string;
  }[] = [
    {
      name: 'empty.json',
      kind: 'lexicons',
      content: '',
      entry: null,
      field: null,
      problem: 'file is empty: a lexicon is a JSON object',
    },
    {
      name: 'syntax.json',
      kind: 'lexicons',
      content: '{\n  "name": "mine",\n}',
      entry: null,
      field: null,
      problem: 'invalid JSON at line 3, column 1',
    },
    {
      name: 'binary.json',
      kind: 'lexicons',
      content: '{"name"\u0000}',
      entry: null,
      field: null,
      problem: 'file is binary (it contains NUL bytes), not JSON text',
    },
    {
      name: 'favours.json',
      kind: 'lexicons',
      content: lexicon([
        { id: 'bad-guys', term: 'bad guys', category: 'emotive', favours: 'C', neutral: 'people' },
      ]),
      entry: 'bad-guys',
      field: 'favours',
      problem: 'must be one of the lexicon\'s sides [A, B] or "none", got "C"',
    },
    {
      name: 'not-object.json',
      kind: 'lexicons',
      content: lexicon(['bad guys']),
      entry: 0,
      field: null,
      problem: 'must be an object, got a string',
    },
    {
      name: 'type.gazetteer.json',
      kind: 'gazetteers',
      content: JSON.stringify({
        name: 'mine',
        description: 'Test actors.',
        actors: [{ name: 'Jane Roe', type: 'alien', aliases: ['Jane Roe'] }],
      }),
      entry: 'Jane Roe',
      field: 'type',
      problem: 'must be one of "person", "state", "organization", "group", got "alien"',
    },
    {
      name: 'alias.gazetteer.json',
      kind: 'gazetteers',
      content: JSON.stringify({
        name: 'mine',
        description: 'Test actors.',
        actors: [{ name: 'Jane Roe', type: 'person', aliases: [''] }],
      }),
      entry: 'Jane Roe',
      field: 'aliases[0]',
      problem: 'must not be empty',
    },
  ];
  for (const { name, kind, content, entry, field, problem } of cases) {
    it(`${kind}: ${name}`, async () => {
      const file = write(dir, name, content);
      const error = thrown(() => createAnalyzer({ [kind]: [file] }));
      expect(error).toBeInstanceOf(LexiconError);
      expect(error).toMatchObject({ entry, field });
      expect((error as LexiconError).file).toMatch(new RegExp(`${name.replace(/\./g, '\\.')}$`));
      expect(describeError(error)).toContain(problem);
      expect(describeError(error)).not.toContain('\n');

      const cli = await run(
        'analyze',
        path.join(CORPUS, '004-oic-contact-group.md'),
        kind === 'lexicons' ? '--lexicon' : '--gazetteer',
        file,
      );
      expect(cli.code).toBe(1);
      expect(cli.stdout).toBe('');
      expect(cli.stderr).toBe(`error: ${describeError(error)}\n`);
    });
  }
});

describe('describeError gives the one line a notebook should show', () => {
  it('keeps typed messages and names unexpected errors without their stack', () => {
    expect(describeError(new InputError('a.jsonl', 'line is not valid JSON', 7))).toBe(
      'a.jsonl:7: line is not valid JSON',
    );
    expect(describeError(new RangeError('Maximum call stack size exceeded\n    at f (x.ts:1:1)'))).toBe(
      'RangeError: Maximum call stack size exceeded (unexpected: error.stack has the details)',
    );
    expect(describeError('a thrown string')).toBe('unexpected error: a thrown string');
  });
});

describe('bad input through the CLI: one line per problem, exit code 1, inputs untouched', () => {
  it('reports every bad file in one line on standard error, without a stack trace', async () => {
    const dir = tempDir();
    const out = path.join(tempDir(), 'out.json');
    for (const { name, content, line, problem } of BAD_FILES) {
      const file = write(dir, name, content);
      // With --out nothing at all is written on failure (on standard output, documents before the
      // bad line may already have been streamed).
      const { code, stdout, stderr } = await run('analyze', file, '--out', out);
      expect(code, name).toBe(1);
      expect(stdout, name).toBe('');
      expect(fs.existsSync(out), name).toBe(false);
      expect(stderr.endsWith('\n'), name).toBe(true);
      expect(stderr.trimEnd().split('\n'), name).toHaveLength(1);
      expect(stderr, name).toContain(`error: ${line === null ? file : `${file}:${line}`}: `);
      expect(stderr, name).toContain(problem);
      expect(stderr, name).not.toMatch(/^\s+at /m);
    }
  });

  it('a missing path and an empty folder', async () => {
    const dir = tempDir();
    const missing = await run('analyze', path.join(dir, 'missing'));
    expect(missing).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `error: ${path.join(dir, 'missing')}: no such file or folder\n`,
    });
    const empty = await run('analyze', dir);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/^error: .*: folder holds no documents .*\n$/);
  });

  it('shows the stack trace only with --debug', async () => {
    const file = write(tempDir(), 'empty.txt', '');
    const { code, stderr } = await run('analyze', file, '--debug');
    expect(code).toBe(1);
    expect(stderr).toContain('file is empty');
    expect(stderr).toMatch(/^\s+at /m);
  });

  it('--skip-invalid skips each bad document (or the unreadable rest of a file) with one warning and analyses the rest', async () => {
    const dir = tempDir();
    write(dir, 'a-good.txt', 'Officials said the border was calm.');
    const bad = [...BAD_FILES].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const { name, content } of bad) write(dir, path.join('bad', name), content);
    write(dir, 'z-good.jsonl', '{"id": "z1", "text": "The minister said the talks would resume."}\n');
    const { code, stdout, stderr } = await run('analyze', dir, '--skip-invalid', '--workers', '1');
    expect(code).toBe(0);
    // The good records of files with one bad record are kept, including those before an unclosed quote.
    expect(JSON.parse(stdout).documents.map((d: Document) => d.id)).toEqual([
      'a-good',
      'no-text:1',
      'not-json:1',
      'not-json:2',
      '1',
      'r1',
      'z1',
    ]);
    const skipped = stderr
      .trimEnd()
      .split('\n')
      .filter((line) => line.startsWith('warning: skipped '));
    expect(skipped).toHaveLength(bad.length);
    bad.forEach(({ name, line, problem }, i) => {
      const file = path.join(dir, 'bad', name);
      expect(skipped[i]).toContain(`warning: skipped ${line === null ? file : `${file}:${line}`}: `);
      expect(skipped[i]).toContain(problem);
    });
  });

  it('never writes a partial --out file, never writes onto an input, and leaves the inputs byte-identical', async () => {
    const dir = tempDir();
    const inputs = path.join(dir, 'inputs');
    write(inputs, 'one.md', '---\ntitle: One\n---\nThe minister said the talks would resume.\r\n');
    write(inputs, 'two.jsonl', '{"id": "t1", "text": "Police said the protest was peaceful."}\n');
    write(inputs, 'three.csv', 'id,text\nc1,"Officials said ""nothing"" about it."\n');
    write(inputs, 'urdu.txt', 'وزیر اعظم نے کہا کہ کشمیر کا مسئلہ حل ہونا چاہیے۔');
    const before = hashTree(inputs);
    const outDir = path.join(dir, 'out');
    fs.mkdirSync(outDir);

    const ok = await run(
      'analyze',
      inputs,
      '--out',
      path.join(outDir, 'all.jsonl'),
      '--format',
      'jsonl',
      '--workers',
      '1',
    );
    expect(ok.code).toBe(0);
    expect(fs.readFileSync(path.join(outDir, 'all.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(4);

    const ontoInput = await run('analyze', inputs, '--out', path.join(inputs, 'one.md'));
    expect(ontoInput.code).toBe(1);
    expect(ontoInput.stderr).toContain('refusing to overwrite an input file');

    write(dir, 'broken/ok.txt', 'The minister said so.');
    write(dir, 'broken/zz.jsonl', '{"text": "Fine."}\nnot json\n');
    const failed = await run(
      'analyze',
      path.join(dir, 'broken'),
      '--out',
      path.join(outDir, 'failed.json'),
      '--workers',
      '1',
    );
    expect(failed.code).toBe(1);
    expect(fs.readdirSync(outDir)).toEqual(['all.jsonl']); // no partial file, no temporary left behind

    expect(hashTree(inputs)).toEqual(before);
  });
});

describe('non-English text is flagged in meta.language with a warning', () => {
  it('English articles are "en" without warnings', () => {
    expect(
      analyzeSentence('Officials said the border was calm, according to the police.').meta.language,
    ).toBe('en');
    const english = analyzeSentence(
      'SRINAGAR, India (AP) — Indian troops fired tear gas at hundreds of protesters in Kashmir on Friday, officials said, as anger mounted over the killing of two civilians. Police said the protesters threw stones at soldiers.',
    );
    expect(english.meta.language).toBe('en');
    expect(english.warnings).toBeUndefined();
  });

  it('Urdu and Hindi: too few Latin letters', () => {
    for (const text of [
      'وزیر اعظم نے کہا کہ کشمیر کا مسئلہ حل ہونا چاہیے۔ انہوں نے کہا کہ بھارت مذاکرات کرے۔',
      'प्रधानमंत्री ने मंगलवार को कहा कि सरकार बातचीत जारी रखेगी।',
    ]) {
      const document = analyzeSentence(text);
      expect(document.meta.language).toBe('non-en');
      expect(document.warnings).toHaveLength(1);
      expect(document.warnings![0]).toMatch(
        /^text does not look like English: only 0% of its letters are Latin script/,
      );
      expectSpansIndexText(document);
    }
  });

  it('French and romanised Urdu: Latin script, but no English function words', () => {
    const french =
      "Le Premier ministre a déclaré mardi que le gouvernement poursuivrait les négociations avec l'Inde sur la question du Cachemire, malgré les tensions croissantes à la frontière.";
    const romanUrdu =
      'Wazir e azam ne mangal ko kaha ke hukumat Bharat ke sath Kashmir ke masle par muzakrat jari rakhegi, sarhad par barhte hue tanao ke bawajood.';
    for (const text of [french, romanUrdu]) {
      const document = analyzeSentence(text);
      expect(document.meta.language).toBe('non-en');
      expect(document.warnings![0]).toMatch(/common English function words/);
    }
  });

  it('a text without letters is flagged too; a language given in the input is kept', () => {
    expect(detectLanguage('"""" 1234 !!! 🎉🎉').warning).toMatch(/no letters/);
    const given = createAnalyzer({ features: { actors: false } }).analyze({
      id: 'x',
      meta: { language: 'ur' },
      text: 'کشمیر کا مسئلہ',
      origin: { file: '(test)', line: null },
    });
    expect(given.meta.language).toBe('ur');
    expect(given.warnings).toHaveLength(1);
  });

  it('is deterministic and reports its figures', () => {
    const text = 'The minister said the talks would resume on Friday.';
    expect(detectLanguage(text)).toEqual(detectLanguage(text));
    expect(detectLanguage(text)).toMatchObject({ language: 'en', latinShare: 1, words: 9, warning: null });
  });

  it('the CLI prints the warning with the file and still analyses the document', async () => {
    const file = write(tempDir(), 'urdu.txt', 'وزیر اعظم نے کہا کہ کشمیر کا مسئلہ حل ہونا چاہیے۔');
    const { code, stdout, stderr } = await run('analyze', file, '--workers', '1');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).documents[0].meta.language).toBe('non-en');
    expect(stderr).toBe(`warning: ${file}: ${JSON.parse(stdout).documents[0].warnings[0]}\n`);
  });
});

describe('hostile text is analysed without a crash, a hang or a stack overflow', () => {
  it('control characters, emoji and Urdu', () => {
    const texts = [
      'The minister\u0000 said\u0001 the\u0007 talks\u001b[31m were "off"\u000b.\f Police\u007f said so.',
      'The minister 😀 said 👍🏽 the talks were “great 🎉”. 👨‍👩‍👧 Officials said: "🇵🇰 and 🇮🇳 will meet."',
      'وزیر اعظم نے کہا کہ "کشمیر کا مسئلہ" حل ہونا چاہیے۔ Prime Minister Imran Khan said the talks would resume.',
    ];
    for (const text of texts) {
      const document = analyzeSentence(text);
      expect(document.text).toBe(text);
      expectSpansIndexText(document);
    }
  });

  it('a 5 MB document on a single line (prose with pasted data runs)', () => {
    const prose =
      'Officials said the so-called freedom fighters may have crossed the Line of Control, according to police. "We will respond," the minister told reporters in Srinagar. ';
    const data = 'iVBORw0KGgoAAAANSUhEUgAA'.repeat(125); // 3,000 characters without a space, like an inline image
    const text = `${prose}${data} `.repeat(Math.ceil(5_000_000 / (prose.length + data.length + 1)));
    expect(text.length).toBeGreaterThanOrEqual(5_000_000);
    expect(text).not.toContain('\n');
    const document = analyzeSentence(text);
    expect(document.stats.sentences).toBeGreaterThan(1000);
    expect(document.attributions.length).toBeGreaterThan(1000);
    expectSpansIndexText(document);
  }, 120_000);

  /**
   * Time grows about linearly when quadrupling the input multiplies it by about 4; a quadratic step
   * multiplies it by 16. The best of three runs, and a floor under the small run, keep machine noise
   * from deciding; the bound (10x) sits between the two. No absolute time limit is asserted.
   */
  function expectNearLinear(make: (size: number) => string, size: number): void {
    const best = (text: string) => {
      let fastest = Infinity;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        analyzeSentence(text);
        fastest = Math.min(fastest, performance.now() - started);
      }
      return fastest;
    };
    best(make(size)); // warm up the JIT
    const small = best(make(size));
    const large = best(make(4 * size));
    expect(large, `n: ${small.toFixed(0)} ms, 4n: ${large.toFixed(0)} ms`).toBeLessThan(
      10 * Math.max(small, 50),
    );
  }

  it('thousands of quotation marks, straight and curly', () => {
    expectNearLinear((n) => '"'.repeat(n), 20_000);
    expectNearLinear((n) => '“”‘’"\''.repeat(n / 6), 20_000);
    expectNearLinear((n) => 'He said "yes and she said “no '.repeat(n / 30), 20_000);
  }, 60_000);

  it('one huge word, and one long line of prose', () => {
    expectNearLinear((n) => 'w'.repeat(n), 100_000);
    expectNearLinear((n) => 'user.name+tag'.repeat(n / 13), 100_000);
    expectNearLinear(
      (n) => 'The minister said the talks may resume, according to officials. '.repeat(n / 65),
      30_000,
    );
  }, 60_000);
});
