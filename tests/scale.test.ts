import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze';
import { main } from '../src/cli/main';
import { formatDocuments } from '../src/cli/output';
import { createProgress } from '../src/cli/progress';
import { parseCsv, readCsvRecords } from '../src/corpus/csv';
import { loadCorpus, readDocumentFile } from '../src/corpus/load';
import { analyzeStream } from '../src/parallel/analyzeStream';
import { encodeDocument } from '../src/parallel/encoding';
import { mapOrdered, serializeError } from '../src/parallel/workerPool';
import { CORPUS, analyzeSentence, tempDir, jsonErrorOf } from './helpers';

// Worker threads run the TypeScript sources through tsx here, and each compiles the lexicons.
const WORKER_TIMEOUT = 120_000;

async function run(argv: string[], options: { tty?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stderrIsTTY: options.tty ?? false,
  });
  return { code, stdout, stderr };
}

const expected = (() => {
  let documents: ReturnType<typeof analyze> | null = null;
  return (format: 'json' | 'jsonl' | 'csv') =>
    formatDocuments((documents ??= analyze(loadCorpus([CORPUS]))), format);
})();

describe('streamed output', () => {
  it('writes, one document at a time, the same bytes as formatting every document at once', async () => {
    for (const format of ['json', 'jsonl', 'csv'] as const) {
      const { code, stdout, stderr } = await run(['analyze', CORPUS, '--format', format, '--workers', '1']);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toBe(expected(format));
    }
  });

  it('writes the same empty outputs as before when every file is skipped', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    const outputs = await Promise.all(
      ['json', 'jsonl', 'csv'].map((format) =>
        run(['analyze', dir, '--skip-invalid', '--format', format, '--workers', '1']),
      ),
    );
    expect(outputs.map((output) => output.stdout)).toEqual([
      formatDocuments([], 'json'),
      '',
      formatDocuments([], 'csv'),
    ]);
    expect(outputs.every((output) => output.code === 0)).toBe(true);
  });
});

describe('worker threads', () => {
  it(
    'give byte-identical output whatever their number (1 vs 3), to standard output and to --out',
    async () => {
      const one = await run(['analyze', CORPUS, '--workers', '1']);
      const three = await run(['analyze', CORPUS, '--workers', '3']);
      expect(three.stderr).toBe('');
      expect(three.stdout).toBe(one.stdout);
      expect(three.stdout).toBe(expected('json'));
      const dir = tempDir();
      const out = path.join(dir, 'summary.csv');
      expect((await run(['analyze', CORPUS, '--workers', '3', '--format', 'csv', '--out', out])).code).toBe(
        0,
      );
      expect(fs.readFileSync(out, 'utf8')).toBe(expected('csv'));
      expect(fs.readdirSync(dir)).toEqual(['summary.csv']);
    },
    WORKER_TIMEOUT,
  );

  const polnearTexts = path.join(__dirname, '..', '..', 'shared', 'benchmarks', 'polnear', 'train', 'text');
  it.runIf(fs.existsSync(polnearTexts))(
    'give the same bytes on 1 and 2 workers for 80 real articles (no document depends on what its thread read before)',
    async () => {
      const names = fs
        .readdirSync(polnearTexts)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .slice(0, 80);
      const records = path.join(tempDir(), 'articles.jsonl');
      fs.writeFileSync(
        records,
        names
          .map((name) =>
            JSON.stringify({ id: name, text: fs.readFileSync(path.join(polnearTexts, name), 'utf8') }),
          )
          .join('\n') + '\n',
      );
      const one = await run(['analyze', records, '--format', 'csv', '--workers', '1']);
      const two = await run(['analyze', records, '--format', 'csv', '--workers', '2']);
      expect(one.code).toBe(0);
      expect(two.stderr).toBe('');
      expect(one.stdout.trimEnd().split('\n')).toHaveLength(81);
      expect(two.stdout).toBe(one.stdout);
    },
    WORKER_TIMEOUT,
  );

  it(
    'report an error raised inside a worker as the same one line as in a single thread',
    async () => {
      const dir = tempDir();
      const lexicon = path.join(dir, 'bad-lexicon.json');
      fs.writeFileSync(lexicon, '{"id": "mine", "entries": "not a list"}');
      const single = await run(['analyze', CORPUS, '--lexicon', lexicon, '--workers', '1']);
      const threaded = await run(['analyze', CORPUS, '--lexicon', lexicon, '--workers', '2']);
      expect(single.code).toBe(1);
      expect(threaded.code).toBe(1);
      expect(single.stderr).toMatch(/^error: .*bad-lexicon\.json: /);
      expect(single.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(threaded.stderr).toBe(single.stderr);
      expect(threaded.stdout).toBe('');
    },
    WORKER_TIMEOUT,
  );

  it(
    'stop at bad input after writing exactly the documents before it, and skip bad files under --skip-invalid',
    async () => {
      const dir = tempDir();
      const records = path.join(dir, 'records.jsonl');
      fs.writeFileSync(
        records,
        '{"id": "r1", "text": "The minister said the talks would resume."}\n{"id": "r2", "text": "Officials said the border was calm."}\n{broken\n',
      );
      const single = await run(['analyze', records, '--format', 'jsonl', '--workers', '1']);
      const threaded = await run(['analyze', records, '--format', 'jsonl', '--workers', '2']);
      expect(threaded.code).toBe(1);
      expect(threaded.stderr).toBe(
        `error: ${records}:3: line is not valid JSON (${jsonErrorOf('{broken')})\n`,
      );
      expect(
        threaded.stdout
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line).id),
      ).toEqual(['r1', 'r2']);
      expect(threaded).toEqual(single);

      fs.writeFileSync(path.join(dir, 'good.txt'), 'Rebels said the attack was a warning.');
      const skipped = await run(['analyze', dir, '--format', 'jsonl', '--skip-invalid', '--workers', '2']);
      expect(skipped.code).toBe(0);
      expect(skipped.stderr).toBe(
        `warning: skipped ${records}:3: line is not valid JSON (${jsonErrorOf('{broken')})\n`,
      );
      expect(
        skipped.stdout
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line).id),
      ).toEqual(['good', 'r1', 'r2']);
    },
    WORKER_TIMEOUT,
  );

  it('keep detecting duplicate ids without holding the documents', async () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'a.jsonl'),
      '{"id": "same", "text": "One."}\n{"id": "same", "text": "Two."}\n',
    );
    const { code, stderr } = await run(['analyze', dir, '--workers', '1']);
    expect(code).toBe(1);
    expect(stderr).toBe(`error: ${path.join(dir, 'a.jsonl')}:2: document id "same" is used twice\n`);
  });

  it('refuse an --out that is a document inside an input folder', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Officials said the border was calm.');
    const out = path.join(dir, 'a.txt');
    for (const extra of [[], ['--skip-invalid']]) {
      const { code, stderr } = await run(['analyze', dir, '--out', out, '--workers', '1', ...extra]);
      expect(code).toBe(1);
      expect(stderr).toBe(`error: ${out}: refusing to overwrite an input file: choose another --out\n`);
    }
    expect(fs.readFileSync(out, 'utf8')).toBe('Officials said the border was calm.');
  });

  it(
    'analyzeStream yields the documents of analyze(), in input order',
    async () => {
      const raw = loadCorpus([CORPUS]);
      const streamed = [];
      for await (const document of analyzeStream(raw, { workers: 2, maxInFlight: 2 }))
        streamed.push(document);
      expect(streamed).toEqual(analyze(raw));
    },
    WORKER_TIMEOUT,
  );
});

describe('--skip-invalid with worker threads', () => {
  it(
    'skips the same records with the same warnings, in input order, on 1 or 2 threads',
    async () => {
      const dir = tempDir();
      // Enough documents that reading runs ahead of writing on 2 threads; a bad record every 7th line,
      // and a document that draws a warning of its own (not English) right after one.
      const lines: string[] = [];
      for (let i = 1; i <= 40; i++) {
        if (i % 7 === 0) lines.push(i % 2 === 0 ? '{"id": "bad"}' : `{"id": "j${i}", "text": `);
        else if (i === 8)
          lines.push('{"id": "j8", "text": "وزیر اعظم نے کہا کہ کشمیر کا مسئلہ حل ہونا چاہیے۔"}');
        else
          lines.push(
            JSON.stringify({ id: `j${i}`, text: `Officials said talks number ${i} would resume on Friday.` }),
          );
      }
      fs.writeFileSync(path.join(dir, 'a.jsonl'), `${lines.join('\n')}\n`);
      fs.writeFileSync(
        path.join(dir, 'b.csv'),
        'id,text\nc1,The minister said the border was calm.\nc2,\nc3,Police said the protest was peaceful.\n',
      );
      fs.writeFileSync(path.join(dir, 'c.txt'), '');
      const single = await run(['analyze', dir, '--format', 'jsonl', '--skip-invalid', '--workers', '1']);
      const threaded = await run([
        'analyze',
        dir,
        '--format',
        'jsonl',
        '--skip-invalid',
        '--workers',
        '2',
        '--quiet',
      ]);
      expect(single.code).toBe(0);
      const ids = single.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).id);
      expect(ids).toHaveLength(40 - 5 + 2);
      expect(ids).not.toContain('bad');
      const warnings = single.stderr.trimEnd().split('\n');
      expect(
        warnings.map((warning) =>
          warning.replace(/^(warning: (skipped )?\S+?:\d+).*$/, '$1').replace(`${dir}${path.sep}`, ''),
        ),
      ).toEqual([
        'warning: skipped a.jsonl:7',
        'warning: a.jsonl:8',
        ...[14, 21, 28, 35].map((line) => `warning: skipped a.jsonl:${line}`),
        'warning: skipped b.csv:3',
        'warning: skipped c.txt: file is empty: there is nothing to analyse',
      ]);
      expect(threaded).toEqual(single);
    },
    WORKER_TIMEOUT,
  );
});

describe('the ordered pool', () => {
  // A plain-JS worker that answers out of order (later jobs first) and fails on negative input.
  const ECHO_WORKER = `
    const { parentPort } = require('node:worker_threads');
    parentPort.on('message', ({ seq, input }) => {
      setTimeout(() => {
        if (input < 0) parentPort.postMessage({ seq, ok: false, error: { name: 'RangeError', message: 'negative: ' + input, stack: undefined, fields: {} } });
        else parentPort.postMessage({ seq, ok: true, value: input * 10 });
      }, (7 - (input % 7)) * 3);
    });`;
  const options = (maxInFlight: number) => ({
    workers: 3,
    maxInFlight,
    start: () => new Worker(ECHO_WORKER, { eval: true }),
    reviveError: (error: { name: string; message: string }) =>
      Object.assign(new Error(error.message), { name: error.name }),
  });

  it('yields results in input order and never reads more than maxInFlight ahead', async () => {
    let read = 0;
    let consumed = 0;
    let furthestAhead = 0;
    function* inputs() {
      for (let i = 0; i < 40; i++) {
        read++;
        furthestAhead = Math.max(furthestAhead, read - consumed);
        yield i;
      }
    }
    const results: number[] = [];
    for await (const value of mapOrdered<number, number>(inputs(), options(5))) {
      results.push(value);
      consumed++;
    }
    expect(results).toEqual(Array.from({ length: 40 }, (_, i) => i * 10));
    expect(furthestAhead).toBeLessThanOrEqual(5);
  });

  it('throws a worker error, and an input error, at its place in the order', async () => {
    const fromWorker: number[] = [];
    await expect(async () => {
      for await (const value of mapOrdered<number, number>([1, 2, 3, -4, 5, 6], options(4)))
        fromWorker.push(value);
    }).rejects.toThrow('negative: -4');
    expect(fromWorker).toEqual([10, 20, 30]);

    function* failingInput() {
      yield 1;
      yield 2;
      throw new Error('cannot read the third');
    }
    const fromInput: number[] = [];
    await expect(async () => {
      for await (const value of mapOrdered<number, number>(failingInput(), options(4))) fromInput.push(value);
    }).rejects.toThrow('cannot read the third');
    expect(fromInput).toEqual([10, 20]);
  });

  it('carries an error class name and its fields across the thread boundary', () => {
    const error = Object.assign(new TypeError('bad'), { file: 'a.txt', line: 3 });
    expect(serializeError(error)).toMatchObject({
      name: 'TypeError',
      message: 'bad',
      fields: { file: 'a.txt', line: 3 },
    });
  });
});

describe('streamed reading', () => {
  it('reads CSV in pieces exactly as whole (quotes, doubled quotes, CR LF split across pieces)', () => {
    const content = 'id,text\r\na,"one, ""two""\r\nthree"\r\nb,plain\rc,"x"\n\nd,"" \n';
    const whole = parseCsv(content);
    for (let size = 1; size <= 7; size++) {
      const pieces = content.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
      expect(Array.from(readCsvRecords(pieces))).toEqual(whole);
    }
  });

  it('reads JSONL and CSV files larger than one read chunk, multi-byte characters across chunk edges', () => {
    const dir = tempDir();
    const texts = Array.from(
      { length: 900 },
      (_, i) => `Line ${i}: کشمیر 😀 “quoted” — ${'é'.repeat(i % 97)} ${'news '.repeat(40)}`,
    );
    const jsonl = path.join(dir, 'big.jsonl');
    fs.writeFileSync(jsonl, texts.map((text, i) => JSON.stringify({ id: `d${i}`, text })).join('\r\n'));
    const csv = path.join(dir, 'big.csv');
    fs.writeFileSync(
      csv,
      ['id,text', ...texts.map((text, i) => `d${i},"${text.replace(/"/g, '""')}\nsecond line"`)].join('\n'),
    );
    expect(fs.statSync(jsonl).size).toBeGreaterThan(3 * 65536);
    const fromJsonl = Array.from(readDocumentFile(jsonl));
    expect(fromJsonl.map((d) => d.text)).toEqual(texts);
    expect(fromJsonl[899].origin).toEqual({ file: jsonl, line: 900 });
    const fromCsv = Array.from(readDocumentFile(csv));
    expect(fromCsv.map((d) => d.text)).toEqual(texts.map((text) => `${text}\nsecond line`));
    expect(fromCsv[1].origin.line).toBe(4);
  });
});

describe('progress', () => {
  it('is drawn in place on a terminal, and silent when standard error is not one or with --quiet', async () => {
    const file = path.join(CORPUS, '004-oic-contact-group.md');
    const onTerminal = await run(['analyze', file, '--workers', '1'], { tty: true });
    expect(onTerminal.code).toBe(0);
    expect(onTerminal.stderr).toMatch(/^(\r1\/1 documents · [0-9.]+ docs\/s · \d+s *)+\n$/);
    expect((await run(['analyze', file, '--workers', '1'], { tty: false })).stderr).toBe('');
    expect((await run(['analyze', file, '--workers', '1', '--quiet'], { tty: true })).stderr).toBe('');
  });

  it('shows the rate and the time left, and keeps warnings on lines of their own', () => {
    let clock = 0;
    let written = '';
    const progress = createProgress({
      enabled: true,
      total: 4,
      write: (text) => void (written += text),
      now: () => clock,
      intervalMs: 0,
    });
    clock = 1000;
    progress.tick();
    const line = '1/4 documents · 1.0 docs/s · ETA 3s';
    expect(written).toBe(`\r${line}`);
    progress.note('warning: a.txt: mostly not English');
    expect(written).toBe(
      `\r${line}\r${' '.repeat(line.length)}\rwarning: a.txt: mostly not English\n\r${line}`,
    );
    clock = 2000;
    progress.tick();
    progress.tick();
    progress.tick();
    progress.finish();
    expect(written.endsWith('\r4/4 documents · 2.0 docs/s · 2s\n')).toBe(true);
  });

  it('prints each document warning as "warning: <file>: <message>"', () => {
    const document = {
      ...analyzeSentence('Officials said the border was calm.'),
      warnings: ['mostly non-Latin script'],
    };
    expect(encodeDocument(document, { file: 'a.jsonl', line: 2 }, 'summary').warnings).toEqual([
      'mostly non-Latin script',
    ]);
    expect(
      encodeDocument(analyzeSentence('Calm.'), { file: 'a.txt', line: null }, 'summary').warnings,
    ).toEqual([]);
  });
});
