import * as path from 'node:path';
import { InputError } from '../corpus/errors';
import { documentFiles, readDocumentFile } from '../corpus/load';
import type { RawDocument } from '../corpus/types';
import { LexiconError } from '../lexicons/errors';
import { analyzeEncoded } from '../parallel/analyzeStream';
import { parseAnalyzeArgs, USAGE, UsageError, type AnalyzeArgs } from './args';
import { AtomicFileSink, DocumentFormatter, encodingFor, StreamSink, type OutputSink } from './output';
import { createProgress, type Progress } from './progress';

export interface CliIo {
  /** Standard output; may return a promise to make the writer wait (a full pipe). */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  /** Standard error is a terminal: only then is the progress line drawn. */
  stderrIsTTY?: boolean;
}

/**
 * Runs the CLI; resolves to the exit code. Documents are read, analysed (on `--workers` threads)
 * and written one at a time, so memory stays flat on a corpus of any size. With `--out` the file
 * appears only when the whole run succeeded; on standard output the documents before a failure
 * have already been written when the error is reported.
 */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    await io.stdout(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'analyze') {
    io.stderr(`framing: unknown command "${command}"\n${USAGE}\n`);
    return 2;
  }
  let args: AnalyzeArgs | null = null;
  let sink: OutputSink | null = null;
  let progress: Progress | null = null;
  try {
    args = parseAnalyzeArgs(rest);
    const showProgress = !args.quiet && io.stderrIsTTY === true;
    // Skipping a bad file whole, and knowing the total for the ETA, both need a first pass over the
    // files; it reads them lazily too, and costs little next to the analysis.
    const survey = args.skipInvalid || showProgress ? surveyFiles(args, io) : null;
    sink = args.out ? new AtomicFileSink(args.out, args.paths) : new StreamSink(io.stdout);
    progress = createProgress({ enabled: showProgress, total: survey?.documents ?? null, write: io.stderr });
    const formatter = new DocumentFormatter(args.format);
    const documents = analyzeEncoded(readDocuments(args, survey?.files ?? null), encodingFor(args.format), {
      lexicons: args.lexicons,
      gazetteers: args.gazetteers,
      workers: args.workers ?? undefined,
    });
    for await (const document of documents) {
      for (const warning of document.warnings) progress.note(`warning: ${where(document.origin)}: ${warning}`);
      await sink.write(formatter.next(document));
      progress.tick();
    }
    await sink.write(formatter.end());
    await sink.commit();
    progress.finish();
    return 0;
  } catch (error) {
    progress?.abort();
    await sink?.abort().catch(() => undefined);
    io.stderr(`${describe(error, args?.debug ?? rest.includes('--debug'))}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

/** The files to read, checked one path at a time as the run reaches it. */
function* listFiles(args: AnalyzeArgs): Generator<string> {
  for (const given of args.paths) for (const file of refuseOutputAmongInputs(args, documentFiles(given))) yield file;
}

/** `--out` must not name a document the run reads, even one found inside an input folder. */
function refuseOutputAmongInputs(args: AnalyzeArgs, files: string[]): string[] {
  const target = args.out === null ? null : path.resolve(args.out);
  if (target !== null && files.some((file) => path.resolve(file) === target)) {
    throw new InputError(args.out!, 'refusing to overwrite an input file: choose another --out');
  }
  return files;
}

/**
 * Reads every file once without keeping anything: counts the documents (for the ETA) and, with
 * `--skip-invalid`, drops each file that cannot be read whole, with a warning. Without
 * `--skip-invalid` the first problem stops the run, before anything is written.
 */
function surveyFiles(args: AnalyzeArgs, io: CliIo): { files: string[]; documents: number } {
  const files: string[] = [];
  let documents = 0;
  for (const given of args.paths) {
    // A folder that cannot be listed may be skipped; an --out among the inputs never is.
    for (const file of refuseOutputAmongInputs(args, skippable(args, io, () => documentFiles(given)) ?? [])) {
      const count = skippable(args, io, () => {
        let n = 0;
        for (const _document of readDocumentFile(file)) n++;
        return n;
      });
      if (count === null) continue;
      files.push(file);
      documents += count;
    }
  }
  return { files, documents };
}

/** Documents in input order; ids must be unique, which needs only the set of ids seen so far. */
function* readDocuments(args: AnalyzeArgs, surveyed: string[] | null): Generator<RawDocument> {
  const seen = new Set<string>();
  for (const file of surveyed ?? listFiles(args)) {
    for (const raw of readDocumentFile(file)) {
      if (seen.has(raw.id)) throw new InputError(where(raw.origin), `document id "${raw.id}" is used twice`);
      seen.add(raw.id);
      yield raw;
    }
  }
}

function skippable<T>(args: AnalyzeArgs, io: CliIo, read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (!args.skipInvalid || !(error instanceof InputError)) throw error;
    io.stderr(`warning: skipped ${error.message}\n`);
    return null;
  }
}

function where(origin: RawDocument['origin']): string {
  return origin.line === null ? origin.file : `${origin.file}:${origin.line}`;
}

function describe(error: unknown, debug: boolean): string {
  if (debug && error instanceof Error && error.stack) return error.stack;
  if (error instanceof UsageError) return `framing: ${error.message}\n${USAGE}`;
  if (error instanceof InputError || error instanceof LexiconError) return `error: ${error.message}`;
  if (error instanceof Error) return `error: ${error.message} (run with --debug for details)`;
  return `error: ${String(error)}`;
}

function defaultIo(): CliIo {
  return {
    stdout: (text) => (process.stdout.write(text) ? undefined : new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()))),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
