import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from './errors';
import { splitFrontMatter, toMeta } from './frontMatter';
import { readCsvRecords } from './csv';
import { notTextError, SIGNATURE_BYTES } from './sniff';
import type { RawDocument } from './types';

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);
const RECORD_EXTENSIONS = new Set(['.jsonl', '.csv']);
const SUPPORTED = 'a .txt/.md file, a .jsonl or .csv file, or a folder of them';

export interface ReadOptions {
  /**
   * Called with the error for each record (a JSONL line, a CSV row) that cannot be read, after which
   * reading goes on with the next record: one bad document among thousands need not cost the rest.
   * Left out, the first bad record throws. A problem that leaves the rest of a file unreadable (not
   * UTF-8, binary, a CSV quote never closed, no header) throws either way.
   */
  onInvalidRecord?: (error: InputError) => void;
  /**
   * What messages and `origin.file` call the file, when not its path: a copy of standard input is
   * read from a temporary file but reported as what the user gave.
   */
  name?: string;
}

/**
 * Reads documents lazily from files and folders, in a stable order: paths as given, folders
 * recursively in sorted order. Throws `InputError` naming the file (and line) on bad input.
 */
export function* readCorpus(paths: string[], options: ReadOptions = {}): Generator<RawDocument> {
  if (paths.length === 0) throw new InputError('(no path)', `nothing to analyse: give ${SUPPORTED}`);
  for (const given of paths) for (const file of documentFiles(given)) yield* readDocumentFile(file, options);
}

/** Reads the whole corpus into memory and checks that ids are unique. */
export function loadCorpus(paths: string[], options: ReadOptions = {}): RawDocument[] {
  const documents = Array.from(readCorpus(paths, options));
  assertUniqueIds(documents);
  return documents;
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
export function* readDocumentFile(file: string, options: ReadOptions = {}): Generator<RawDocument> {
  const ext = path.extname(file).toLowerCase();
  if (!TEXT_EXTENSIONS.has(ext) && !RECORD_EXTENSIONS.has(ext)) {
    throw new InputError(file, `unsupported file type "${ext || '(none)'}": give ${SUPPORTED}`);
  }
  // Record files are read in chunks, one document at a time, so a corpus of any size streams.
  const invalid = invalidRecordHandler(options);
  const name = options.name ?? file;
  if (ext === '.jsonl') yield* readJsonl(readUtf8Chunks(file, name), name, invalid);
  else if (ext === '.csv') yield* readCsv(readUtf8Chunks(file, name), name, invalid);
  else yield readTextFile(readUtf8(file, name), name);
}

/** What to do with a bad record: pass it to the caller's handler, or stop reading by throwing. */
type InvalidRecord = (error: InputError) => void;

function invalidRecordHandler(options: ReadOptions): InvalidRecord {
  const report = options.onInvalidRecord;
  if (report) return report;
  return (error) => {
    throw error;
  };
}

/** Decodes strictly: a binary or non-UTF-8 file is an error, not mojibake. Messages call the file `name`. */
export function readUtf8(source: string, name: string = source): string {
  const file = name;
  const bytes = fs.readFileSync(source);
  if (bytes.length === 0) throw new InputError(file, 'file is empty: there is nothing to analyse');
  const head = bytes.subarray(0, SIGNATURE_BYTES);
  if (bytes.includes(0)) throw notTextError(head, file, 'file is binary (it contains NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notTextError(head, file, 'file is not valid UTF-8 text (re-save it as UTF-8)');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const CHUNK_BYTES = 1 << 16;

/** `readUtf8` in chunks, with the same checks and messages; the file is closed however reading ends. */
function* readUtf8Chunks(source: string, file: string = source): Generator<string> {
  const fd = fs.openSync(source, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let head = new Uint8Array(0);
    for (let first = true; ; first = false) {
      const size = fs.readSync(fd, buffer, 0, CHUNK_BYTES, null);
      const bytes = buffer.subarray(0, size);
      if (first && size === 0) throw new InputError(file, 'file is empty: there is nothing to analyse');
      if (first) head = Uint8Array.from(bytes.subarray(0, SIGNATURE_BYTES)); // a copy: the buffer is reused
      if (bytes.includes(0)) throw notTextError(head, file, 'file is binary (it contains NUL bytes), not text');
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: size > 0 });
      } catch {
        throw notTextError(head, file, 'file is not valid UTF-8 text (re-save it as UTF-8)');
      }
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text !== '') yield text;
      if (size === 0) return;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Lines of chunked text split on `\n`, like `content.split('\n')` without holding the content. */
function* splitLines(chunks: Iterable<string>): Generator<string> {
  let pending: string[] = [];
  for (const chunk of chunks) {
    let start = 0;
    for (let newline = chunk.indexOf('\n'); newline >= 0; newline = chunk.indexOf('\n', start)) {
      pending.push(chunk.slice(start, newline));
      yield pending.join('');
      pending = [];
      start = newline + 1;
    }
    pending.push(chunk.slice(start));
  }
  yield pending.join('');
}

function readTextFile(content: string, file: string): RawDocument {
  if (content.trim() === '') throw new InputError(file, 'file holds only whitespace: there is nothing to analyse');
  const { meta, body } = splitFrontMatter(content, file);
  if (body.trim() === '') throw new InputError(file, 'document body is empty: there is nothing to analyse');
  const id = typeof meta.id === 'string' || typeof meta.id === 'number' ? String(meta.id) : baseId(file);
  const { id: _ignored, ...rest } = meta;
  return { id, meta: rest, text: body, origin: { file, line: null } };
}

function baseId(file: string): string {
  return path.basename(file, path.extname(file));
}

function* readJsonl(chunks: Iterable<string>, file: string, invalid: InvalidRecord): Generator<RawDocument> {
  // Bad lines count too: a file of bad lines has had each of them reported already.
  let lines = 0;
  let lineNumber = 0;
  for (const rawLine of splitLines(chunks)) {
    lineNumber++;
    const line = rawLine.replace(/\r$/, '');
    if (line.trim() === '') continue;
    lines++;
    let document: RawDocument;
    try {
      document = jsonlDocument(line, file, lineNumber);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      invalid(error);
      continue;
    }
    yield document;
  }
  if (lines === 0) throw new InputError(file, 'file holds no JSON lines: there is nothing to analyse');
}

function jsonlDocument(line: string, file: string, lineNumber: number): RawDocument {
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
  return {
    id: typeof id === 'string' || typeof id === 'number' ? String(id) : `${baseId(file)}:${lineNumber}`,
    meta: toMeta(rest, file, lineNumber),
    text,
    origin: { file, line: lineNumber },
  };
}

function* readCsv(chunks: Iterable<string>, file: string, invalid: InvalidRecord): Generator<RawDocument> {
  const records = readCsvRecords(chunks, file);
  const first = records.next();
  if (first.done) throw new InputError(file, 'CSV file has no header row');
  const header = first.value.fields.map((name) => name.trim());
  const textColumn = header.indexOf('text');
  if (textColumn < 0) throw new InputError(file, `CSV has no "text" column (columns: ${header.join(', ')})`, 1);
  const idColumn = header.indexOf('id');
  // Bad rows count too: a file of bad rows has had each of them reported already.
  let rows = 0;
  for (const record of records) {
    rows++;
    const problem = csvRowProblem(record.fields, header.length, textColumn);
    if (problem !== null) {
      invalid(new InputError(file, problem, record.line));
      continue;
    }
    const meta: Record<string, string> = {};
    header.forEach((name, column) => {
      if (column !== textColumn && column !== idColumn) meta[name] = record.fields[column];
    });
    yield {
      id: idColumn >= 0 && record.fields[idColumn] !== '' ? record.fields[idColumn] : `${baseId(file)}:${record.line}`,
      meta,
      text: record.fields[textColumn],
      origin: { file, line: record.line },
    };
  }
  if (rows === 0) throw new InputError(file, 'CSV has a header but no rows: there is nothing to analyse');
}

/** Why a CSV row cannot be a document, or null when it can. */
function csvRowProblem(fields: string[], columns: number, textColumn: number): string | null {
  if (fields.length !== columns) return `row has ${fields.length} fields, the header has ${columns}`;
  if (fields[textColumn].trim() === '') return '"text" is empty: there is nothing to analyse';
  return null;
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
