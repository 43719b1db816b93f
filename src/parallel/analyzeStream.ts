import * as os from 'node:os';
import { createAnalyzer, type AnalyzeOptions } from '../analyze';
import { InputError } from '../corpus/errors';
import type { RawDocument } from '../corpus/types';
import { LexiconError } from '../lexicons/errors';
import type { Document } from '../types';
import { encodeDocument, type EncodedDocument, type Encoding } from './encoding';
import { mapOrdered, type SerializedError } from './workerPool';
import { startWorker } from './workerScript';

export interface StreamOptions extends AnalyzeOptions {
  /**
   * Worker threads. With 1 the documents are analysed in the calling thread. Left out: one per core
   * (`os.availableParallelism()`), except that an input of fewer than `SMALL_INPUT` documents stays in
   * the calling thread, since starting a worker (model and lexicons) costs about as much as
   * analysing that many documents. The output is the same, byte for byte, whatever the number.
   */
  workers?: number;
  /** Documents read but not yet yielded, at most (default: 4 per worker). */
  maxInFlight?: number;
}

/** What each worker thread is started with. */
export interface AnalyzeWorkerData {
  options: AnalyzeOptions;
  encoding: Encoding;
}

export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism());
}

/** Below this many documents, and unless workers were asked for, the calling thread does the work. */
export const SMALL_INPUT = 50;

/**
 * Analyses documents as they are read, on several threads, and yields them in input order. Memory
 * stays flat: at most `maxInFlight` documents are read ahead. `raw` is read lazily (pass
 * `readCorpus(paths)`); an error reading it is thrown after every document before it.
 *
 * ```ts
 * for await (const document of analyzeStream(readCorpus(['big-corpus/']), { workers: 4 })) { ... }
 * ```
 */
export async function* analyzeStream(
  raw: Iterable<RawDocument>,
  options: StreamOptions = {},
): AsyncGenerator<Document> {
  for await (const encoded of analyzeEncoded(raw, 'document', options)) yield encoded.document!;
}

/** `analyzeStream` for writers: each document comes back already serialised as `encoding` asks. */
export async function* analyzeEncoded(
  raw: Iterable<RawDocument>,
  encoding: Encoding,
  options: StreamOptions = {},
): AsyncGenerator<EncodedDocument> {
  let workers = Math.max(1, Math.floor(options.workers ?? defaultWorkers()));
  const analyzeOptions: AnalyzeOptions = {
    lexicons: options.lexicons,
    gazetteers: options.gazetteers,
    shippedLexicons: options.shippedLexicons,
    shippedGazetteers: options.shippedGazetteers,
    features: options.features,
    explain: options.explain,
  };
  if (options.workers === undefined && workers > 1) {
    // Look ahead (a bounded number of documents) to see whether the input is small.
    const { head, rest, ended } = peek(raw, SMALL_INPUT);
    if (ended) workers = 1;
    raw = concat(head, rest);
  }
  if (workers === 1) {
    const analyzer = createAnalyzer(analyzeOptions);
    for (const document of raw) yield encodeDocument(analyzer.analyze(document), document.origin, encoding);
    return;
  }
  const workerData: AnalyzeWorkerData = { options: analyzeOptions, encoding };
  yield* mapOrdered<RawDocument, EncodedDocument>(raw, {
    workers,
    maxInFlight: options.maxInFlight ?? 4 * workers,
    start: () => startWorker(__dirname, 'analyzeWorker', workerData),
    reviveError,
  });
}

/**
 * The first `count` items (fewer if the input ends first) and an iterator over the rest. A read error
 * met while peeking is deferred to the place where it happened in the sequence.
 */
function peek<T>(items: Iterable<T>, count: number): { head: T[]; rest: Iterator<T>; ended: boolean } {
  const rest = items[Symbol.iterator]();
  const head: T[] = [];
  while (head.length < count) {
    let step: IteratorResult<T>;
    try {
      step = rest.next();
    } catch (error) {
      return { head, rest: failing(error), ended: false };
    }
    if (step.done) return { head, rest, ended: true };
    head.push(step.value);
  }
  return { head, rest, ended: false };
}

function failing<T>(error: unknown): Iterator<T> {
  return {
    next: () => {
      throw error;
    },
  };
}

function* concat<T>(head: T[], rest: Iterator<T>): Generator<T> {
  for (const item of head) yield item;
  for (let step = rest.next(); !step.done; step = rest.next()) yield step.value;
}

const REVIVABLE: Record<string, object> = {
  InputError: InputError.prototype,
  LexiconError: LexiconError.prototype,
};

/**
 * A worker's error as the class it was thrown as, so the CLI prints an input or lexicon problem as
 * the same one line it prints when the error happens in the main thread.
 */
function reviveError(serialized: SerializedError): Error {
  const prototype = REVIVABLE[serialized.name] ?? Error.prototype;
  const error = Object.assign(Object.create(prototype) as Error, serialized.fields);
  Object.defineProperty(error, 'message', { value: serialized.message, writable: true, configurable: true });
  Object.defineProperty(error, 'stack', {
    value: serialized.stack ?? `${serialized.name}: ${serialized.message}`,
    writable: true,
    configurable: true,
  });
  if (!(serialized.name in REVIVABLE))
    Object.defineProperty(error, 'name', { value: serialized.name, writable: true, configurable: true });
  return error;
}
