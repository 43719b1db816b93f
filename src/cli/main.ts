import { createAnalyzer } from '../analyze';
import { InputError } from '../corpus/errors';
import { documentFiles, readDocumentFile } from '../corpus/load';
import type { RawDocument } from '../corpus/types';
import { LexiconError } from '../lexicons/errors';
import type { Document } from '../types';
import { parseAnalyzeArgs, USAGE, UsageError, type AnalyzeArgs } from './args';
import { formatDocuments, writeAtomically } from './output';

/** Runs the CLI; returns the exit code. Output and errors go through the given streams. */
export function main(argv: string[], io: { stdout: (text: string) => void; stderr: (text: string) => void } = defaultIo()): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'analyze') {
    io.stderr(`framing: unknown command "${command}"\n${USAGE}\n`);
    return 2;
  }
  let args: AnalyzeArgs | null = null;
  try {
    args = parseAnalyzeArgs(rest);
    const documents = analyzeAll(args, io);
    const output = formatDocuments(documents, args.format);
    if (args.out) writeAtomically(args.out, output, args.paths);
    else io.stdout(output);
    return 0;
  } catch (error) {
    io.stderr(`${describe(error, args?.debug ?? rest.includes('--debug'))}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

function analyzeAll(args: AnalyzeArgs, io: { stderr: (text: string) => void }): Document[] {
  const analyzer = createAnalyzer({ lexicons: args.lexicons, gazetteers: args.gazetteers });
  const documents: Document[] = [];
  const seen = new Set<string>();
  for (const raw of readDocuments(args, io)) {
    if (seen.has(raw.id)) throw new InputError(where(raw), `document id "${raw.id}" is used twice`);
    seen.add(raw.id);
    documents.push(analyzer.analyze(raw));
  }
  return documents;
}

/** With --skip-invalid a bad file is reported and skipped; otherwise the first problem stops the run. */
function* readDocuments(args: AnalyzeArgs, io: { stderr: (text: string) => void }): Generator<RawDocument> {
  for (const file of args.paths.flatMap((path) => skippable(args, io, () => documentFiles(path)) ?? [])) {
    const documents = skippable(args, io, () => Array.from(readDocumentFile(file)));
    if (documents) for (const document of documents) yield document;
  }
}

function skippable<T>(args: AnalyzeArgs, io: { stderr: (text: string) => void }, read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (!args.skipInvalid || !(error instanceof InputError)) throw error;
    io.stderr(`warning: skipped ${error.message}\n`);
    return null;
  }
}

function where(raw: RawDocument): string {
  return raw.origin.line === null ? raw.origin.file : `${raw.origin.file}:${raw.origin.line}`;
}

function describe(error: unknown, debug: boolean): string {
  if (debug && error instanceof Error && error.stack) return error.stack;
  if (error instanceof UsageError) return `framing: ${error.message}\n${USAGE}`;
  if (error instanceof InputError || error instanceof LexiconError) return `error: ${error.message}`;
  if (error instanceof Error) return `error: ${error.message} (run with --debug for details)`;
  return `error: ${String(error)}`;
}

function defaultIo() {
  return { stdout: (text: string) => process.stdout.write(text), stderr: (text: string) => process.stderr.write(text) };
}
