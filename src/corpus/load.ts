import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from './errors';
import { splitFrontMatter, toMeta } from './frontMatter';
import { parseCsv } from './csv';
import type { RawDocument } from './types';

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);
const RECORD_EXTENSIONS = new Set(['.jsonl', '.csv']);
const SUPPORTED = 'a .txt/.md file, a .jsonl or .csv file, or a folder of them';

/**
 * Reads documents lazily from files and folders, in a stable order: paths as given, folders
 * recursively in sorted order. Throws `InputError` naming the file (and line) on bad input.
 */
export function* readCorpus(paths: string[]): Generator<RawDocument> {
  if (paths.length === 0) throw new InputError('(no path)', `nothing to analyse: give ${SUPPORTED}`);
  for (const given of paths) yield* readPath(given);
}

/** Reads the whole corpus into memory and checks that ids are unique. */
export function loadCorpus(paths: string[]): RawDocument[] {
  const documents = Array.from(readCorpus(paths));
  assertUniqueIds(documents);
  return documents;
}

function* readPath(given: string): Generator<RawDocument> {
  for (const file of documentFiles(given)) yield* readDocumentFile(file);
}

/** The document files a path stands for: itself, or a folder's files recursively in sorted order. */
export function documentFiles(given: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(given);
  } catch {
    throw new InputError(given, 'no such file or folder');
  }
  if (!stat.isDirectory()) return [given];
  const files = listFolder(given);
  if (files.length === 0) throw new InputError(given, `folder holds no documents (looked for ${[...TEXT_EXTENSIONS, ...RECORD_EXTENSIONS].join(', ')})`);
  return files;
}

function listFolder(folder: string): string[] {
  const found: string[] = [];
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => compareNames(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...listFolder(full));
    else if (isDocumentFile(entry.name) && !/^readme\./i.test(entry.name)) found.push(full);
  }
  return found;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDocumentFile(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return TEXT_EXTENSIONS.has(ext) || RECORD_EXTENSIONS.has(ext);
}

/** Reads every document in one file (one for .txt/.md, one per line or row for .jsonl/.csv). */
export function* readDocumentFile(file: string): Generator<RawDocument> {
  const ext = path.extname(file).toLowerCase();
  if (!TEXT_EXTENSIONS.has(ext) && !RECORD_EXTENSIONS.has(ext)) {
    throw new InputError(file, `unsupported file type "${ext || '(none)'}": give ${SUPPORTED}`);
  }
  const content = readUtf8(file);
  if (ext === '.jsonl') yield* readJsonl(content, file);
  else if (ext === '.csv') yield* readCsv(content, file);
  else yield readTextFile(content, file);
}

/** Decodes strictly: a binary or non-UTF-8 file is an error, not mojibake. */
export function readUtf8(file: string): string {
  const bytes = fs.readFileSync(file);
  if (bytes.length === 0) throw new InputError(file, 'file is empty: there is nothing to analyse');
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    throw new InputError(file, 'file is a PNG image, not text');
  }
  if (bytes.includes(0)) throw new InputError(file, 'file is binary (it contains NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'file is not valid UTF-8 text (re-save it as UTF-8)');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function readTextFile(content: string, file: string): RawDocument {
  const { meta, body } = splitFrontMatter(content, file);
  if (body.trim() === '') throw new InputError(file, 'document body is empty: there is nothing to analyse');
  const id = typeof meta.id === 'string' || typeof meta.id === 'number' ? String(meta.id) : baseId(file);
  const { id: _ignored, ...rest } = meta;
  return { id, meta: rest, text: body, origin: { file, line: null } };
}

function baseId(file: string): string {
  return path.basename(file, path.extname(file));
}

function* readJsonl(content: string, file: string): Generator<RawDocument> {
  const lines = content.split('\n');
  let count = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].replace(/\r$/, '');
    if (line.trim() === '') continue;
    const lineNumber = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new InputError(file, `line is not valid JSON (${reason})`, lineNumber);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InputError(file, 'line must be a JSON object with a "text" field', lineNumber);
    }
    const { text, id, ...rest } = value as Record<string, unknown>;
    if (typeof text !== 'string') throw new InputError(file, 'object has no "text" string field', lineNumber);
    if (text.trim() === '') throw new InputError(file, '"text" is empty: there is nothing to analyse', lineNumber);
    count++;
    yield {
      id: typeof id === 'string' || typeof id === 'number' ? String(id) : `${baseId(file)}:${lineNumber}`,
      meta: toMeta(rest, file, lineNumber),
      text,
      origin: { file, line: lineNumber },
    };
  }
  if (count === 0) throw new InputError(file, 'file holds no JSON lines: there is nothing to analyse');
}

function* readCsv(content: string, file: string): Generator<RawDocument> {
  const records = parseCsv(content);
  if (records.length === 0) throw new InputError(file, 'CSV file has no header row');
  const header = records[0].fields.map((name) => name.trim());
  const textColumn = header.indexOf('text');
  if (textColumn < 0) throw new InputError(file, `CSV has no "text" column (columns: ${header.join(', ')})`, 1);
  const idColumn = header.indexOf('id');
  if (records.length === 1) throw new InputError(file, 'CSV has a header but no rows: there is nothing to analyse');
  for (const record of records.slice(1)) {
    if (record.fields.length !== header.length) {
      throw new InputError(file, `row has ${record.fields.length} fields, the header has ${header.length}`, record.line);
    }
    const text = record.fields[textColumn];
    if (text.trim() === '') throw new InputError(file, '"text" is empty: there is nothing to analyse', record.line);
    const meta: Record<string, string> = {};
    header.forEach((name, column) => {
      if (column !== textColumn && column !== idColumn) meta[name] = record.fields[column];
    });
    yield {
      id: idColumn >= 0 && record.fields[idColumn] !== '' ? record.fields[idColumn] : `${baseId(file)}:${record.line}`,
      meta,
      text,
      origin: { file, line: record.line },
    };
  }
}

function assertUniqueIds(documents: RawDocument[]): void {
  const seen = new Map<string, RawDocument>();
  for (const doc of documents) {
    const first = seen.get(doc.id);
    if (first) {
      const where = (d: RawDocument) => (d.origin.line === null ? d.origin.file : `${d.origin.file}:${d.origin.line}`);
      throw new InputError(where(doc), `document id "${doc.id}" is already used by ${where(first)}`);
    }
    seen.set(doc.id, doc);
  }
}
