import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../corpus/errors';
import type { EncodedDocument, Encoding } from '../parallel/encoding';
import type { Document, Meta, Summary } from '../types';
import type { OutputFormat } from './args';

/** Serialises documents held in memory; `DocumentFormatter` writes the same bytes one document at a time. */
export function formatDocuments(documents: Document[], format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify({ documents }, null, 2)}\n`;
  if (format === 'jsonl') return documents.map((document) => `${JSON.stringify(document)}\n`).join('');
  return summaryCsv(documents);
}

/**
 * One row per document: id, every metadata key (the union, in first-seen order), then every summary
 * key (the union, in first-seen order). A metadata key that is also a summary column is written
 * `meta.<key>`, so no two columns share a name.
 */
export function summaryCsv(documents: Document[]): string {
  const metaKeys = new MetaColumns();
  const summaryKeys: string[] = [];
  for (const document of documents) {
    metaKeys.add(document.meta);
    for (const key of Object.keys(document.summary)) if (!summaryKeys.includes(key)) summaryKeys.push(key);
  }
  const rows = [
    csvHeader(metaKeys.keys, summaryKeys),
    ...documents.map((document) =>
      csvRow(document.id, document.meta, document.summary, metaKeys.keys, summaryKeys),
    ),
  ];
  return rows.join('\n') + '\n';
}

/**
 * The union of metadata keys in first-seen order, built one document at a time. The analysis adds
 * `language` to every document's metadata (after the input's own keys, unless the input has it),
 * so `add` of an input's metadata gives the columns of the analysed documents.
 */
export class MetaColumns {
  private readonly seen = new Set<string>();
  readonly keys: string[] = [];

  add(meta: Meta): void {
    for (const key of Object.keys(meta)) this.take(key);
    this.take('language');
  }

  private take(key: string): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.keys.push(key);
  }
}

function csvHeader(metaKeys: string[], summaryKeys: string[]): string {
  const summary = new Set(summaryKeys);
  const metaNames = metaKeys.map((key) => (key === 'id' || summary.has(key) ? `meta.${key}` : key));
  return ['id', ...metaNames, ...summaryKeys].map(csvField).join(',');
}

function csvRow(id: string, meta: Meta, summary: Summary, metaKeys: string[], summaryKeys: string[]): string {
  return [id, ...metaKeys.map((key) => meta[key] ?? null), ...summaryKeys.map((key) => summary[key] ?? null)]
    .map(csvField)
    .join(',');
}

/** RFC 4180: a field holding a comma, a quotation mark or a line break is quoted, its quotation marks doubled. */
function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** What a worker should send back for each output format (see `src/parallel/encoding.ts`). */
export function encodingFor(format: OutputFormat): Encoding {
  return format === 'csv' ? 'summary' : format;
}

/**
 * Writes the output of `formatDocuments` piece by piece as documents arrive: `next` gives the text
 * for one document (with whatever must precede it), `end` what closes the output.
 *
 * CSV needs its header before the first row. The metadata columns (`metaKeys`) come from a first
 * pass over the input (see `MetaColumns`); the summary columns are fixed for a run — they depend
 * only on the loaded lexicons' sides — so the first document's keys are the rest of the header; a
 * later document with other keys would be a bug, and stops the run rather than writing a ragged table.
 */
export class DocumentFormatter {
  private count = 0;
  private columns: string[] | null = null;
  private readonly knownMeta: Set<string>;

  constructor(
    private readonly format: OutputFormat,
    private readonly metaKeys: string[] = [],
  ) {
    this.knownMeta = new Set(metaKeys);
  }

  /** The text for one document, in pieces to be written in order (see `EncodedDocument.serialized`). */
  next(document: EncodedDocument): string[] {
    const first = this.count++ === 0;
    if (this.format === 'jsonl') return [...document.serialized!, '\n'];
    if (this.format === 'json') return [first ? '{\n  "documents": [\n' : ',\n', ...document.serialized!];
    const keys = Object.keys(document.summary);
    let header = '';
    if (this.columns === null) {
      this.columns = keys;
      header = `${csvHeader(this.metaKeys, keys)}\n`;
    } else if (keys.length !== this.columns.length || keys.some((key, i) => key !== this.columns![i])) {
      throw new Error(
        `document "${document.id}" has other summary columns than the first document; the CSV would be ragged`,
      );
    }
    const missing = Object.keys(document.meta).find((key) => !this.knownMeta.has(key));
    if (missing !== undefined)
      throw new Error(
        `document "${document.id}" has metadata "${missing}" that the first pass did not see; the CSV would drop it`,
      );
    return [
      `${header}${csvRow(document.id, document.meta, document.summary, this.metaKeys, this.columns)}\n`,
    ];
  }

  end(): string {
    if (this.format === 'jsonl') return '';
    if (this.format === 'json') return this.count === 0 ? '{\n  "documents": []\n}\n' : '\n  ]\n}\n';
    return this.columns === null ? `${['id', ...this.metaKeys].map(csvField).join(',')}\n` : '';
  }
}

/**
 * Where output goes, written in pieces; `commit` once everything is written, `abort` on failure: a
 * file is then removed, a stream receives what was written before the failure (whole documents).
 */
export interface OutputSink {
  write(text: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

const FLUSH_CHARS = 1 << 16;

/** Gathers small pieces into writes of about 64K characters. */
abstract class BufferedSink implements OutputSink {
  private pending: string[] = [];
  private pendingChars = 0;

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= FLUSH_CHARS) await this.flush();
  }

  protected async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    await this.emit(text);
  }

  protected abstract emit(text: string): void | Promise<void>;
  abstract commit(): Promise<void>;
  abstract abort(): Promise<void>;
}

/** Standard output (or any writer): `write` may return a promise to say "wait, I am full". */
export class StreamSink extends BufferedSink {
  constructor(private readonly writer: (text: string) => void | Promise<void>) {
    super();
  }

  protected emit(text: string): void | Promise<void> {
    return this.writer(text);
  }

  async commit(): Promise<void> {
    await this.flush();
  }

  async abort(): Promise<void> {
    await this.flush();
  }
}

/**
 * A file written through a temporary file in the same folder and renamed into place at the end, so
 * a crash or an error never leaves a half-written file; refuses to write onto one of the inputs.
 */
export class AtomicFileSink extends BufferedSink {
  private readonly target: string;
  private readonly temporary: string;
  private fd: number | null;

  constructor(file: string, inputs: string[]) {
    super();
    this.target = path.resolve(file);
    assertNotAnInput(file, this.target, inputs);
    this.temporary = path.join(
      path.dirname(this.target),
      `.${path.basename(this.target)}.${process.pid}.tmp`,
    );
    this.fd = fs.openSync(this.temporary, 'w');
  }

  protected emit(text: string): void {
    fs.writeSync(this.fd!, text);
  }

  async commit(): Promise<void> {
    try {
      await this.flush();
      fs.closeSync(this.fd!);
      this.fd = null;
      fs.renameSync(this.temporary, this.target);
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  async abort(): Promise<void> {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
    fs.rmSync(this.temporary, { force: true });
  }
}

function assertNotAnInput(file: string, target: string, inputs: string[]): void {
  for (const input of inputs) {
    if (path.resolve(input) === target)
      throw new InputError(file, 'refusing to overwrite an input file: choose another --out');
  }
}

/** Writes a whole output at once, atomically (see `AtomicFileSink`). */
export function writeAtomically(file: string, content: string, inputs: string[]): void {
  const target = path.resolve(file);
  assertNotAnInput(file, target, inputs);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
