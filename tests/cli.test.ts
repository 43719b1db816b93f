import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { CORPUS, tempDir } from './helpers';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) });
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
    expect(jsonl.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).id)).toHaveLength(5);
    const csv = (await run('analyze', CORPUS, '--format', 'csv')).stdout.trimEnd().split('\n');
    expect(csv).toHaveLength(6);
    expect(csv[0].split(',').slice(0, 3)).toEqual(['id', 'words', 'sentences']);
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
    expect(refused.stderr).toBe(`error: ${input}: refusing to overwrite an input file: choose another --out\n`);
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
    expect(stderr).toBe(`warning: skipped ${path.join(dir, 'empty.txt')}: file is empty: there is nothing to analyse\n`);
    expect(JSON.parse(stdout).documents.map((d: { id: string }) => d.id)).toEqual(['good']);
  });

  it('rejects unknown options and formats with usage help', async () => {
    expect((await run('analyze', CORPUS, '--format', 'xml')).code).toBe(2);
    expect((await run('analyze', CORPUS, '--colour')).stderr).toContain('unknown option --colour');
    expect((await run('analyze')).stderr).toContain('give at least one file or folder');
  });
});
