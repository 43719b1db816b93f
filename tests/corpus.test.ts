import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, loadCorpus } from '../src';
import { CORPUS, SEEDS, tempDir } from './helpers';

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

function errorOf(paths: string[]): InputError {
  try {
    loadCorpus(paths);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('the sample corpus', () => {
  it.runIf(fs.existsSync(SEEDS))('keeps every body byte-identical to the seed it came from', () => {
    for (const document of loadCorpus([CORPUS])) {
      expect(document.text).toBe(fs.readFileSync(path.join(SEEDS, String(document.meta.seed)), 'utf8'));
    }
  });

  it('states only metadata the texts give: titles in brackets were supplied, not invented', () => {
    const documents = loadCorpus([CORPUS]);
    expect(documents.find((d) => d.id === '002-pakistan-diplomatic-offensive')?.meta).toMatchObject({
      outlet: 'Daily Express',
      dateline: 'Karachi',
    });
    expect(documents.find((d) => d.id === '003-karabakh-model-kashmir')?.meta).toMatchObject({
      author: 'Hilal Ahmad',
    });
    for (const document of documents) expect(document.meta).not.toHaveProperty('perspective');
  });
});

describe('loading documents', () => {
  it('reads text files with optional front matter, JSONL and CSV, folders recursively in sorted order', () => {
    const dir = tempDir();
    write(dir, 'b/two.md', '---\nid: second\noutlet: Dawn\ndate: 2019-08-05\n---\nBody two.');
    write(dir, 'a.txt', 'Body one, no front matter.');
    write(
      dir,
      'c.jsonl',
      '{"id": "j1", "text": "Line one.", "outlet": "Reuters"}\n\n{"text": "Line two."}\n',
    );
    write(dir, 'd.csv', 'id,outlet,text\nc1,AP,"A quoted, multi\nline ""text""."\n');
    write(dir, 'notes.pdf', 'ignored');
    const documents = loadCorpus([dir]);
    expect(documents.map((d) => d.id)).toEqual(['a', 'second', 'j1', 'c:3', 'c1']);
    expect(documents[1].meta).toEqual({ outlet: 'Dawn', date: '2019-08-05' });
    expect(documents[1].text).toBe('Body two.');
    expect(documents[3].origin).toEqual({ file: path.join(dir, 'c.jsonl'), line: 3 });
    expect(documents[4]).toMatchObject({ meta: { outlet: 'AP' }, text: 'A quoted, multi\nline "text".' });
  });

  it('names the file and the problem for every kind of bad input', () => {
    const dir = tempDir();
    const cases: [string, string | Buffer, string][] = [
      ['empty.txt', '', 'file is empty: there is nothing to analyse'],
      [
        'image.txt',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
        'file is a PNG image, not text',
      ],
      ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'file is not valid UTF-8 text'],
      ['yaml.md', '---\ntitle: [unclosed\n---\nBody.', 'malformed YAML front matter'],
      ['open.md', '---\ntitle: x\nBody.', 'never closed'],
      ['notext.jsonl', '{"body": "x"}\n', 'object has no "text" string field'],
      ['nocolumn.csv', 'id,body\n1,x\n', 'CSV has no "text" column (columns: id, body)'],
    ];
    for (const [name, content, problem] of cases) {
      const file = write(dir, name, content);
      const error = errorOf([file]);
      expect(error.file).toBe(file);
      expect(error.message).toContain(problem);
    }
    expect(errorOf([path.join(dir, 'missing.txt')]).message).toBe(
      `${path.join(dir, 'missing.txt')}: no such file or folder`,
    );
    const emptyFolder = path.join(dir, 'nothing');
    fs.mkdirSync(emptyFolder);
    expect(errorOf([emptyFolder]).message).toContain('folder holds no documents');
  });

  it('reports the line of a bad JSONL record', () => {
    const file = write(tempDir(), 'x.jsonl', '{"text": "ok"}\n{"text": 3}\n');
    expect(errorOf([file])).toMatchObject({
      line: 2,
      message: `${file}:2: object has no "text" string field`,
    });
  });

  it('refuses two documents with the same id', () => {
    const dir = tempDir();
    write(dir, 'a/x.txt', 'One.');
    write(dir, 'b/x.txt', 'Two.');
    expect(errorOf([dir]).message).toContain('document id "x" is already used by');
  });
});
