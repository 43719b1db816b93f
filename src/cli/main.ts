import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InputError } from '../corpus/errors';
import { documentFiles, readDocumentFile } from '../corpus/load';
import type { RawDocument } from '../corpus/types';
import { describeError } from '../errors';
import { analyzeEncoded } from '../parallel/analyzeStream';
import { parseAnalyzeArgs, STDIN, USAGE, UsageError, type AnalyzeArgs } from './args';
import { LEXICON_USAGE, lexiconMain } from './lexiconCheck';
import {
  AtomicFileSink,
  DocumentFormatter,
  encodingFor,
  MetaColumns,
  StreamSink,
  type OutputSink,
} from './output';
import { createProgress, type Progress } from './progress';

export interface CliIo {
  /** Standard output; may return a promise to make the writer wait (a full pipe). */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  /** Standard error is a terminal: only then is the progress line drawn. */
  stderrIsTTY?: boolean;
  /** Standard input, read when a path is `-` (default: the process's). */
  stdin?: AsyncIterable<Buffer | string>;
}

/** Exit statuses: 0 done, 1 bad input (or any other failure of the run), 2 bad usage. */
export const EXIT = { done: 0, badInput: 1, usage: 2 } as const;

/** Runs the CLI; resolves to the exit code (see `EXIT`). */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') {
    await io.stdout(`${USAGE}\n\n${LEXICON_USAGE}\n`);
    return EXIT.done;
  }
  if (command === '--version' || command === '-V' || command === 'version') {
    await io.stdout(`framing-kit ${packageVersion()}\n`);
    return EXIT.done;
  }
  if (command === 'analyze') return analyzeCommand(rest, io);
  if (command === 'lexicon') return lexiconMain(rest, io);
  io.stderr(command === undefined ? `${USAGE}\n` : `framing: unknown command "${command}"\n${USAGE}\n`);
  return EXIT.usage;
}

/** The version in package.json, two folders up from this file in src/ and in dist/ alike. */
function packageVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/**
 * `framing analyze`. Documents are read, analysed (on `--workers` threads) and written one at a
 * time, so memory stays flat on a corpus of any size. With `--out` the file appears only when the
 * whole run succeeded; on standard output the documents before a failure have already been written
 * when the error is reported.
 */
async function analyzeCommand(rest: string[], io: CliIo): Promise<number> {
  if (rest.includes('--help') || rest.includes('-h')) {
    await io.stdout(`${USAGE}\n`);
    return EXIT.done;
  }
  let args: AnalyzeArgs | null = null;
  let sink: OutputSink | null = null;
  let progress: Progress | null = null;
  let stdinCopy: StdinCopy | null = null;
  const skips = new SkipLog();
  try {
    args = parseAnalyzeArgs(rest);
    if (args.paths.includes(STDIN))
      stdinCopy = await copyStdin(io.stdin ?? process.stdin, args.id === null ? '.jsonl' : '.txt');
    const input: Input = { args, stdin: stdinCopy };
    const showProgress = !args.quiet && io.stderrIsTTY === true;
    // The ETA's total and the CSV's metadata columns need a first pass over the input; it reads the
    // documents lazily too, keeping none, and costs little next to the analysis.
    const metaColumns = args.format === 'csv' ? new MetaColumns() : null;
    const total = showProgress || metaColumns !== null ? firstPass(input, metaColumns) : null;
    sink = args.out ? new AtomicFileSink(args.out, args.paths) : new StreamSink(io.stdout);
    progress = createProgress({
      enabled: showProgress,
      total: showProgress ? total : null,
      write: io.stderr,
    });
    const formatter = new DocumentFormatter(args.format, metaColumns?.keys ?? []);
    const documents = analyzeEncoded(
      readDocuments(input, args.skipInvalid ? skips : null),
      encodingFor(args.format),
      {
        lexicons: args.lexicons,
        gazetteers: args.gazetteers,
        shippedLexicons: args.shippedLexicons ?? undefined,
        shippedGazetteers: args.shippedGazetteers ?? undefined,
        workers: args.workers ?? undefined,
        explain: args.explain || undefined,
      },
    );
    let written = 0;
    for await (const document of documents) {
      skips.report(written, progress);
      for (const warning of document.warnings)
        progress.note(`warning: ${where(document.origin)}: ${warning}`);
      for (const piece of formatter.next(document)) await sink.write(piece);
      written++;
      progress.tick();
    }
    skips.report(Infinity, progress);
    await sink.write(formatter.end());
    await sink.commit();
    progress.finish();
    return EXIT.done;
  } catch (error) {
    progress?.abort();
    await sink?.abort().catch(() => undefined);
    io.stderr(`${describe(error, args?.debug ?? rest.includes('--debug'))}\n`);
    return error instanceof UsageError ? EXIT.usage : EXIT.badInput;
  } finally {
    stdinCopy?.remove();
  }
}

/** How messages name standard input. */
const STDIN_NAME = '<stdin>';

/** Standard input copied to a temporary file, read from there like any other file. */
interface StdinCopy {
  file: string;
  remove(): void;
}

/**
 * Copies standard input to a temporary file, chunk by chunk (memory stays flat). A file can be read
 * twice — the first pass for the CSV's columns and the ETA — and read synchronously like every
 * other input; output therefore starts once standard input has ended.
 */
async function copyStdin(stdin: AsyncIterable<Buffer | string>, extension: string): Promise<StdinCopy> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-stdin-'));
  const remove = (): void => {
    process.off('exit', remove);
    fs.rmSync(folder, { recursive: true, force: true });
  };
  // Also when the process exits early (a closed output pipe ends it with `process.exit`).
  process.once('exit', remove);
  const copy = { file: path.join(folder, `stdin${extension}`), remove };
  try {
    const fd = fs.openSync(copy.file, 'w');
    try {
      for await (const chunk of stdin)
        fs.writeSync(fd, typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    copy.remove();
    throw error;
  }
  return copy;
}

/** What the run reads: the arguments and, when a path is `-`, the copy of standard input. */
interface Input {
  args: AnalyzeArgs;
  stdin: StdinCopy | null;
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
 * Counts the documents the run will analyse and gathers their metadata keys, keeping none of the
 * documents. Without `--skip-invalid` the first problem stops the run here, before anything is
 * written; with it, what the run will skip is left out and reported by the run itself.
 */
function firstPass(input: Input, metaColumns: MetaColumns | null): number {
  let count = 0;
  for (const document of readDocuments(input, input.args.skipInvalid ? new SkipLog() : null)) {
    metaColumns?.add(document.meta);
    count++;
  }
  return count;
}

/**
 * Documents in input order; ids must be unique, which needs only the set of ids seen so far. With a
 * skip log (`--skip-invalid`) a bad record is logged and the next one read; a problem that leaves
 * the rest of a file (or a folder) unreadable is logged once and the next file read.
 */
function* readDocuments(input: Input, skips: SkipLog | null): Generator<RawDocument> {
  const { args } = input;
  const seen = new Set<string>();
  let yielded = 0;
  const skip = (error: unknown): void => {
    if (skips === null || !(error instanceof InputError)) throw error;
    skips.add(yielded, error);
  };
  const options = skips === null ? {} : { onInvalidRecord: skip };
  for (const given of args.paths) {
    let files: string[] = [];
    const fromStdin = given === STDIN && input.stdin !== null;
    try {
      files = fromStdin ? [input.stdin!.file] : documentFiles(given);
    } catch (error) {
      skip(error);
    }
    // An --out among the inputs is never skipped.
    for (const file of fromStdin ? files : refuseOutputAmongInputs(args, files)) {
      const reader = readDocumentFile(file, fromStdin ? { ...options, name: STDIN_NAME } : options);
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
          // `--id` names the plain-text document read from standard input.
          const raw = fromStdin && args.id !== null ? { ...step.value, id: args.id } : step.value;
          if (seen.has(raw.id))
            throw new InputError(where(raw.origin), `document id "${raw.id}" is used twice`);
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
  // The reader closed the pipe (`framing analyze … | head`): it wants no more, so stop quietly, as
  // a command killed by SIGPIPE does, rather than with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(EXIT.done);
  });
  return {
    stdout: (text) =>
      process.stdout.write(text)
        ? undefined
        : new Promise<void>((resolve) => process.stdout.once('drain', () => resolve())),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
