import * as path from 'node:path';
import { InputError } from '../corpus/errors';
import { documentFiles, readDocumentFile } from '../corpus/load';
import type { RawDocument } from '../corpus/types';
import { describeError } from '../errors';
import { analyzeEncoded } from '../parallel/analyzeStream';
import { parseAnalyzeArgs, USAGE, UsageError, type AnalyzeArgs } from './args';
import { AtomicFileSink, DocumentFormatter, encodingFor, StreamSink, type OutputSink } from './output';
import { LEXICON_USAGE, lexiconMain } from './lexiconCheck';
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
    await io.stdout(`${USAGE}\n\n${LEXICON_USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === 'lexicon') return lexiconMain(rest, io);
  if (command !== 'analyze') {
    io.stderr(`framing: unknown command "${command}"\n${USAGE}\n`);
    return 2;
  }
  let args: AnalyzeArgs | null = null;
  let sink: OutputSink | null = null;
  let progress: Progress | null = null;
  const skips = new SkipLog();
  try {
    args = parseAnalyzeArgs(rest);
    const showProgress = !args.quiet && io.stderrIsTTY === true;
    // The total for the ETA needs a first pass over the files; it reads them lazily too, and costs
    // little next to the analysis.
    const total = showProgress ? countDocuments(args) : null;
    sink = args.out ? new AtomicFileSink(args.out, args.paths) : new StreamSink(io.stdout);
    progress = createProgress({ enabled: showProgress, total, write: io.stderr });
    const formatter = new DocumentFormatter(args.format);
    const documents = analyzeEncoded(readDocuments(args, args.skipInvalid ? skips : null), encodingFor(args.format), {
      lexicons: args.lexicons,
      gazetteers: args.gazetteers,
      shippedLexicons: args.shippedLexicons ?? undefined,
      workers: args.workers ?? undefined,
      explain: args.explain || undefined,
    });
    let written = 0;
    for await (const document of documents) {
      skips.report(written, progress);
      for (const warning of document.warnings) progress.note(`warning: ${where(document.origin)}: ${warning}`);
      await sink.write(formatter.next(document));
      written++;
      progress.tick();
    }
    skips.report(Infinity, progress);
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

/**
 * What `--skip-invalid` skipped, each held until the documents read before it are written. Reading
 * runs ahead of writing by up to a few documents per worker thread, so printing a warning when it is
 * met would place it differently for each `--workers`; this way standard error is the same for any.
 */
class SkipLog {
  private readonly pending: { documentsBefore: number; error: InputError }[] = [];

  add(documentsBefore: number, error: InputError): void {
    this.pending.push({ documentsBefore, error });
  }

  /** Prints every skip met before document number `written` (0-based) was read. */
  report(written: number, progress: Progress): void {
    while (this.pending.length > 0 && this.pending[0].documentsBefore <= written) {
      progress.note(`warning: skipped ${this.pending.shift()!.error.message}`);
    }
  }
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
 * Counts the documents the run will analyse, keeping none of them. Without `--skip-invalid` the
 * first problem stops the run here, before anything is written; with it, what the run will skip is
 * left out of the count and reported by the run itself.
 */
function countDocuments(args: AnalyzeArgs): number {
  let count = 0;
  for (const _document of readDocuments(args, args.skipInvalid ? new SkipLog() : null)) count++;
  return count;
}

/**
 * Documents in input order; ids must be unique, which needs only the set of ids seen so far. With a
 * skip log (`--skip-invalid`) a bad record is logged and the next one read; a problem that leaves
 * the rest of a file (or a folder) unreadable is logged once and the next file read.
 */
function* readDocuments(args: AnalyzeArgs, skips: SkipLog | null): Generator<RawDocument> {
  const seen = new Set<string>();
  let yielded = 0;
  const skip = (error: unknown): void => {
    if (skips === null || !(error instanceof InputError)) throw error;
    skips.add(yielded, error);
  };
  const options = skips === null ? {} : { onInvalidRecord: skip };
  for (const given of args.paths) {
    let files: string[] = [];
    try {
      files = documentFiles(given);
    } catch (error) {
      skip(error);
    }
    // An --out among the inputs is never skipped.
    for (const file of refuseOutputAmongInputs(args, files)) {
      const reader = readDocumentFile(file, options);
      try {
        for (;;) {
          let step: IteratorResult<RawDocument>;
          try {
            step = reader.next();
          } catch (error) {
            skip(error);
            break;
          }
          if (step.done) break;
          const raw = step.value;
          if (seen.has(raw.id)) throw new InputError(where(raw.origin), `document id "${raw.id}" is used twice`);
          seen.add(raw.id);
          yielded++;
          yield raw;
        }
      } finally {
        // Closes the file when the run stops before reading it to the end.
        reader.return(undefined);
      }
    }
  }
}

function where(origin: RawDocument['origin']): string {
  return origin.line === null ? origin.file : `${origin.file}:${origin.line}`;
}

function describe(error: unknown, debug: boolean): string {
  if (debug && error instanceof Error && error.stack) return error.stack;
  if (error instanceof UsageError) return `framing: ${error.message}\n${USAGE}`;
  return `error: ${describeError(error, 'run with --debug for details')}`;
}

function defaultIo(): CliIo {
  return {
    stdout: (text) => (process.stdout.write(text) ? undefined : new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()))),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
