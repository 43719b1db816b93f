import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { loadCorpus } from '../src/corpus/load';
import { parseCsv } from '../src/corpus/csv';
import { jsonPieces } from '../src/parallel/encoding';
import { CORPUS, ROOT, tempDir } from './helpers';

/** Runs the CLI in this process; `stdin` arrives in the given chunks. */
async function run(argv: string[], stdin: string[] = []) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text: string) => void (stdout += text),
    stderr: (text: string) => void (stderr += text),
    stdin: (async function* () {
      for (const chunk of stdin) yield Buffer.from(chunk);
    })(),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Runs the CLI as its own process (from src/, through tsx), its standard input a pipe. */
function pipe(argv: string[], input: string) {
  const script =
    "require('./src/cli/main').main(process.argv.slice(1)).then((code) => { process.exitCode = code; })";
  const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script, ...argv], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** The sample corpus as JSONL: id, text, then its metadata (front matter) as fields. */
function corpusJsonl(): string[] {
  return loadCorpus([CORPUS]).map((document) =>
    JSON.stringify({ id: document.id, text: document.text, ...document.meta }),
  );
}

describe('framing --version, help and exit statuses', () => {
  it('prints the version of package.json and exits 0', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `framing-kit ${version}\n`, stderr: '' });
  });

  it('prints the usage, exit statuses included, on standard output for help, --help and analyze --help, and exits 0', async () => {
    for (const argv of [['help'], ['--help'], ['-h'], ['analyze', '--help']]) {
      const { code, stdout, stderr } = await run(argv);
      expect([code, stderr]).toEqual([0, '']);
      expect(stdout).toContain('Usage: framing analyze');
      expect(stdout).toContain('Exit status: 0 done; 1 bad input');
    }
  });

  it('exits 2 on bad usage, with the usage on standard error and nothing on standard output', async () => {
    for (const argv of [
      [],
      ['analyse', CORPUS],
      ['analyze'],
      ['analyze', CORPUS, '--colour'],
      ['analyze', '-', '-'],
      ['analyze', CORPUS, '--id', 'x'],
    ]) {
      const { code, stdout, stderr } = await run(argv);
      expect([argv, code, stdout]).toEqual([argv, 2, '']);
      expect(stderr).toContain('Usage: framing analyze');
    }
  });

  it('exits 1 on bad input with one line naming the file and line, and 0 when done', async () => {
    const bad = await run(
      ['analyze', '-', '--format', 'jsonl'],
      ['{"text": "Police said so."}\n', '{"text": 5}\n'],
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('error: <stdin>:2: object has no "text" string field\n');
    expect((await run(['analyze', path.join(CORPUS, 'missing.md')])).code).toBe(1);
    expect((await run(['analyze', path.join(CORPUS, '004-oic-contact-group.md'), '--quiet'])).code).toBe(0);
  });
});

describe('framing analyze - (standard input)', () => {
  it('reads JSONL in any chunking, and gives what the same file gives', async () => {
    const lines = corpusJsonl();
    const file = path.join(tempDir(), 'corpus.jsonl');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const fromFile = await run(['analyze', file, '--format', 'jsonl']);
    const text = fs.readFileSync(file, 'utf8');
    // Chunks that cut lines and multi-byte characters alike.
    const chunks = [text.slice(0, 7), text.slice(7, 5000), text.slice(5000)];
    const fromStdin = await run(['analyze', '-', '--format', 'jsonl'], chunks);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('reads plain text as one document named by --id', async () => {
    const { code, stdout } = await run(
      ['analyze', '-', '--id', 'note-1', '--format', 'jsonl'],
      ['Officials said the border ', 'was calm.\n'],
    );
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.id).toBe('note-1');
    expect(document.text).toBe('Officials said the border was calm.\n');
    expect(document.attributions).toHaveLength(1);
  });

  it('through a pipe, two shards of a corpus give, concatenated, the single run byte for byte', () => {
    const lines = corpusJsonl();
    const half = Math.ceil(lines.length / 2);
    const whole = pipe(['analyze', '-', '--format', 'jsonl'], `${lines.join('\n')}\n`);
    const first = pipe(['analyze', '-', '--format', 'jsonl'], `${lines.slice(0, half).join('\n')}\n`);
    const second = pipe(['analyze', '-', '--format', 'jsonl'], `${lines.slice(half).join('\n')}\n`);
    for (const result of [whole, first, second]) expect([result.code, result.stderr]).toEqual([0, '']);
    expect(whole.stdout.trimEnd().split('\n')).toHaveLength(lines.length);
    expect(first.stdout + second.stdout).toBe(whole.stdout);
  }, 120_000);
});

describe('a reader that closes the pipe early', () => {
  it('ends the run quietly with status 0', async () => {
    const script =
      "require('./src/cli/main').main(process.argv.slice(1)).then((code) => { process.exitCode = code; })";
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '-e', script, 'analyze', '-', '--format', 'jsonl', '--workers', '1'],
      { cwd: ROOT },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // Enough documents that the output outlasts the pipe's buffer once nobody reads it.
    child.stdin.end(
      `${Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `d${i}`, text: 'The minister said the talks would resume on Monday. '.repeat(20) })).join('\n')}\n`,
    );
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) =>
      child.on('close', (status) => resolve(status)),
    );
    expect([code, stderr]).toEqual([0, '']);
  }, 120_000);
});

describe('CSV output carries the metadata', () => {
  const records = [
    {
      id: 'a',
      text: 'The minister said the talks would resume.',
      title: 'Talks, "again"',
      outlet: 'Dawn',
      date: '2019-08-05',
    },
    {
      id: 'b',
      text: 'Police said the protest was peaceful.',
      outlet: 'The Hindu',
      perspective: 'India',
      title: 'Line one\nline two',
    },
    {
      id: 'c',
      text: 'Officials said the border was calm.',
      pages: 3,
      wire: true,
      language: 'en',
      note: null,
    },
  ];
  const metaColumns = ['title', 'outlet', 'date', 'language', 'perspective', 'pages', 'wire', 'note'];

  it('writes id, every metadata key (union, first-seen order), then the summary, and a CSV parser reads it back', async () => {
    const file = path.join(tempDir(), 'records.jsonl');
    fs.writeFileSync(file, records.map((record) => JSON.stringify(record)).join('\n'));
    const { code, stdout } = await run(['analyze', file, '--format', 'csv']);
    expect(code).toBe(0);
    const ours = parseCsv(stdout).map((record) => record.fields);
    const papa = Papa.parse<string[]>(stdout.trimEnd(), { header: false }).data;
    expect(papa).toEqual(ours);
    const [header, ...rows] = ours;
    expect(header.slice(0, 1 + metaColumns.length)).toEqual(['id', ...metaColumns]);
    expect(header.slice(1 + metaColumns.length, 1 + metaColumns.length + 2)).toEqual(['words', 'sentences']);
    expect(new Set(header).size).toBe(header.length);
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, i) => {
      expect(row).toHaveLength(header.length);
      const record = records[i] as Record<string, unknown>;
      expect(row[0]).toBe(record.id);
      metaColumns.forEach((key, k) => {
        const expected =
          key === 'language'
            ? 'en'
            : record[key] === undefined || record[key] === null
              ? ''
              : String(record[key]);
        expect([key, row[1 + k]]).toEqual([key, expected]);
      });
    });
  });

  it('gives the same bytes from standard input, and names a metadata key that clashes with a summary column meta.<key>', async () => {
    const lines = records.map((record) => JSON.stringify(record)).join('\n');
    const file = path.join(tempDir(), 'records.jsonl');
    fs.writeFileSync(file, lines);
    expect((await run(['analyze', '-', '--format', 'csv'], [lines])).stdout).toBe(
      (await run(['analyze', file, '--format', 'csv'])).stdout,
    );
    const clash = await run(
      ['analyze', '-', '--format', 'csv'],
      [JSON.stringify({ id: 'x', text: 'Police said so.', words: 'many' })],
    );
    const [header, row] = parseCsv(clash.stdout).map((record) => record.fields);
    expect(header.slice(0, 3)).toEqual(['id', 'meta.words', 'language']);
    expect(row[1]).toBe('many');
    expect(header.filter((name) => name === 'words')).toHaveLength(1);
  });
});

describe('documents serialised in pieces', () => {
  const json = (value: object) => JSON.stringify(value);
  const pretty = (value: object) => `    ${JSON.stringify(value, null, 2).replace(/\n/g, '\n    ')}`;

  it('join to exactly what JSON.stringify writes, compact and pretty at any depth (fast-check, seeded)', () => {
    const item = fc.oneof(fc.jsonValue(), fc.constant(undefined));
    const object = fc.dictionary(fc.string(), fc.oneof(item, fc.array(item, { maxLength: 4 })));
    fc.assert(
      fc.property(object, (value) => {
        expect(jsonPieces(value, null).join('')).toBe(json(value));
        expect(`    ${jsonPieces(value, 2).join('')}`).toBe(pretty(value));
        expect(jsonPieces(value, 0).join('')).toBe(JSON.stringify(value, null, 2));
      }),
      { seed: 19, numRuns: 500 },
    );
  });

  it('gives one piece per attribution, so no piece holds the whole output', () => {
    const document = {
      id: 'x',
      meta: {},
      attributions: [{ content: 'a\nb' }, { content: '“c”' }],
      actors: [],
      warnings: undefined,
    };
    const pieces = jsonPieces(document, null);
    expect(pieces.join('')).toBe(json(document));
    expect(pieces.filter((piece) => piece.includes('content'))).toHaveLength(2);
  });
});
