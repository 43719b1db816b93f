import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { CORPUS, tempDir } from './helpers';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('framing analyze', async () => {
  it('writes {"documents": [...]} as JSON by default', async () => {
    const { code, stdout, stderr } = await run('analyze', path.join(CORPUS, '004-oic-contact-group.md'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.documents).toHaveLength(1);
    expect(parsed.documents[0].id).toBe('004-oic-contact-group');
    expect(parsed.documents[0].meta.seed).toBe('004_360c5b8f5e98ae70.txt');
  });

  it('writes one document per line as JSONL and one summary row per document as CSV', async () => {
    const jsonl = await run('analyze', CORPUS, '--format', 'jsonl');
    expect(
      jsonl.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toHaveLength(5);
    const csv = (await run('analyze', CORPUS, '--format', 'csv')).stdout.trimEnd().split('\n');
    expect(csv).toHaveLength(6);
    expect(csv[0].split(',').slice(0, 3)).toEqual(['id', 'title', 'date']);
    expect(csv[0].split(',')).toContain('words');
    expect(csv[1].startsWith('000-ajk-leaders-internationalize,')).toBe(true);
  });

  it('writes --out atomically and never onto an input file', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'a.txt');
    fs.writeFileSync(input, 'The minister said the talks would resume.');
    const out = path.join(dir, 'out.json');
    expect((await run('analyze', input, '--out', out)).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).documents[0].id).toBe('a');
    expect(fs.readdirSync(dir).sort()).toEqual(['a.txt', 'out.json']);
    const refused = await run('analyze', input, '--out', input);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `error: ${input}: refusing to overwrite an input file: choose another --out\n`,
    );
    expect(fs.readFileSync(input, 'utf8')).toBe('The minister said the talks would resume.');
  });

  it('reports bad input in one line naming the file and line, without a stack trace', async () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.jsonl');
    fs.writeFileSync(bad, '{"text": "fine"}\n{not json}\n');
    const { code, stderr } = await run('analyze', bad);
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${bad}:2: line is not valid JSON`);
    expect(stderr).not.toContain('    at ');
  });

  it('skips bad files with a warning each under --skip-invalid', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'good.txt'), 'Officials said the border was calm.');
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    const { code, stdout, stderr } = await run('analyze', dir, '--skip-invalid');
    expect(code).toBe(0);
    expect(stderr).toBe(
      `warning: skipped ${path.join(dir, 'empty.txt')}: file is empty: there is nothing to analyse\n`,
    );
    expect(JSON.parse(stdout).documents.map((d: { id: string }) => d.id)).toEqual(['good']);
  });

  describe('--skip-invalid skips a bad record, not its file', () => {
    const ids = (stdout: string) => JSON.parse(stdout).documents.map((d: { id: string }) => d.id);

    it('JSONL with a bad line in the middle', async () => {
      const file = path.join(tempDir(), 'records.jsonl');
      fs.writeFileSync(
        file,
        '{"id": "r1", "text": "The minister said the talks would resume."}\n{"id": "r2", "text": "Officials said\n{"id": "r3", "text": "Police said the protest was peaceful."}\n',
      );
      const skipped = await run('analyze', file, '--skip-invalid', '--workers', '1');
      expect(skipped.code).toBe(0);
      expect(ids(skipped.stdout)).toEqual(['r1', 'r3']);
      expect(skipped.stderr).toMatch(
        new RegExp(`^warning: skipped ${escape(file)}:2: line is not valid JSON \\([^\n]*\\)\n$`),
      );

      const failed = await run('analyze', file, '--workers', '1');
      expect(failed.code).toBe(1);
      expect(failed.stderr).toBe(skipped.stderr.replace('warning: skipped ', 'error: '));
    });

    it('CSV with a record missing its text', async () => {
      const file = path.join(tempDir(), 'records.csv');
      fs.writeFileSync(
        file,
        'id,text\nc1,The minister said the talks would resume.\nc2\nc3,"Police said the protest was ""peaceful""."\n',
      );
      const skipped = await run('analyze', file, '--skip-invalid', '--workers', '1');
      expect(skipped.code).toBe(0);
      expect(ids(skipped.stdout)).toEqual(['c1', 'c3']);
      expect(skipped.stderr).toBe(`warning: skipped ${file}:3: row has 1 fields, the header has 2\n`);

      const failed = await run('analyze', file, '--workers', '1');
      expect(failed.code).toBe(1);
      expect(failed.stderr).toBe(`error: ${file}:3: row has 1 fields, the header has 2\n`);
    });

    it('an unclosed quote or bytes that are not UTF-8 skip the rest of their file, keeping what was read before, with one warning', async () => {
      const dir = tempDir();
      fs.writeFileSync(
        path.join(dir, 'a.csv'),
        'id,text\nc1,The minister said the talks would resume.\nc2,"Never closed\nc3,Police said so.\n',
      );
      fs.writeFileSync(path.join(dir, 'b.txt'), 'Officials said the border was calm.');
      fs.writeFileSync(
        path.join(dir, 'c.jsonl'),
        Buffer.concat([
          Buffer.from('{"text": "Police said so."}\n{"text": "Caf'),
          Buffer.from([0xe9]),
          Buffer.from('"}\n'),
        ]),
      );
      const { code, stdout, stderr } = await run('analyze', dir, '--skip-invalid', '--workers', '1');
      expect(code).toBe(0);
      expect(ids(stdout)).toEqual(['c1', 'b']);
      expect(stderr).toBe(
        `warning: skipped ${path.join(dir, 'a.csv')}:3: quoted field opened on this line is never closed: add the closing "\n` +
          `warning: skipped ${path.join(dir, 'c.jsonl')}: file is not valid UTF-8 text (re-save it as UTF-8)\n`,
      );
    });
  });

  it('--lexicons reads the corpus through the named shipped lexicons only, and names the choices on a typo', async () => {
    const file = path.join(CORPUS, '004-oic-contact-group.md');
    const all = JSON.parse((await run('analyze', file)).stdout).documents[0];
    expect(all.loadedTerms.some((t: { entry: string }) => t.entry.startsWith('kashmir/'))).toBe(true);
    const generic = JSON.parse((await run('analyze', file, '--lexicons', 'generic,us-politics')).stdout)
      .documents[0];
    expect(generic.loadedTerms.length).toBeGreaterThan(0);
    expect(generic.loadedTerms.every((t: { entry: string }) => !t.entry.startsWith('kashmir/'))).toBe(true);
    const typo = await run('analyze', file, '--lexicons', 'kashmr');
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(
      /^error: .*no shipped lexicon "kashmr" \(available: generic, kashmir, us-politics\)\n$/,
    );
  });

  it('--gazetteers recognises actors through the named shipped gazetteers only', async () => {
    const file = path.join(CORPUS, '004-oic-contact-group.md');
    const names = (doc: { actors: { name: string }[] }) => doc.actors.map((a) => a.name);
    const all = JSON.parse((await run('analyze', file)).stdout).documents[0];
    expect(names(all)).toContain('Pakistan');
    const us = JSON.parse((await run('analyze', file, '--gazetteers', 'us-politics')).stdout).documents[0];
    expect(names(us)).not.toContain('Pakistan');
    const typo = await run('analyze', file, '--gazetteers', 'south-asa');
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/south-asa/);
  });

  it('rejects unknown options and formats with usage help', async () => {
    expect((await run('analyze', CORPUS, '--format', 'xml')).code).toBe(2);
    expect((await run('analyze', CORPUS, '--colour')).stderr).toContain('unknown option --colour');
    expect((await run('analyze')).stderr).toContain('give at least one file or folder');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
