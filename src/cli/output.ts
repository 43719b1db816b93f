import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../corpus/errors';
import type { Document } from '../types';
import type { OutputFormat } from './args';

/** Serialises documents; the same documents always give the same bytes. */
export function formatDocuments(documents: Document[], format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify({ documents }, null, 2)}\n`;
  if (format === 'jsonl') return documents.map((document) => `${JSON.stringify(document)}\n`).join('');
  return summaryCsv(documents);
}

/** One row per document: id, then every summary key (the union, in first-seen order). */
export function summaryCsv(documents: Document[]): string {
  const keys: string[] = [];
  for (const document of documents) for (const key of Object.keys(document.summary)) if (!keys.includes(key)) keys.push(key);
  const rows = [['id', ...keys], ...documents.map((document) => [document.id, ...keys.map((key) => document.summary[key] ?? '')])];
  return rows.map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes through a temporary file in the same folder and a rename, so a crash never leaves a
 * half-written file, and refuses to write onto one of the inputs.
 */
export function writeAtomically(file: string, content: string, inputs: string[]): void {
  const target = path.resolve(file);
  for (const input of inputs) {
    if (path.resolve(input) === target) throw new InputError(file, 'refusing to overwrite an input file: choose another --out');
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
