import { Worker } from 'node:worker_threads';

/** An error thrown inside a worker, as it crosses the thread boundary: its class name, message and fields. */
export interface SerializedError {
  name: string;
  message: string;
  stack: string | undefined;
  /** The error's own enumerable fields (`file`, `line`, `problem`...), when they are plain values. */
  fields: Record<string, unknown>;
}

/** What a worker posts back for one job. */
export type JobResult<O> =
  { seq: number; ok: true; value: O } | { seq: number; ok: false; error: SerializedError };

/** What the main thread posts to a worker. */
export interface Job<I> {
  seq: number;
  input: I;
}

export interface OrderedPoolOptions {
  /** Worker threads to use at most; they are started one by one as work arrives, so a tiny input starts one. */
  workers: number;
  /** Starts one worker thread (see `startWorker` in `workerScript.ts`). */
  start: () => Worker;
  /** Jobs handed out but not yet yielded, at most: bounds memory however long the input is. */
  maxInFlight: number;
  /** Turns an error from a worker back into an error of the right class. */
  reviveError: (error: SerializedError) => Error;
}

interface PoolWorker {
  worker: Worker;
  outstanding: number;
}

/**
 * Maps `inputs` through worker threads and yields the results in input order. Reading the input is
 * lazy and bounded by `maxInFlight`, so memory stays flat on a corpus of any size (back-pressure: no
 * new input is read while that many results are pending). An error — from reading the input or from
 * a worker — is thrown at its place in the order, after every result before it, so what a run
 * prints before it fails does not depend on the number of workers. Workers are stopped when the
 * generator finishes, fails or is abandoned.
 */
export async function* mapOrdered<I, O>(inputs: Iterable<I>, options: OrderedPoolOptions): AsyncGenerator<O> {
  const maxInFlight = Math.max(1, options.maxInFlight);
  const pool: PoolWorker[] = [];
  const results = new Map<number, JobResult<O>>();
  let fatal: Error | null = null;
  let finished = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };

  const spawn = (): PoolWorker => {
    const member: PoolWorker = { worker: options.start(), outstanding: 0 };
    member.worker.on('message', (result: JobResult<O>) => {
      member.outstanding--;
      results.set(result.seq, result);
      notify();
    });
    member.worker.on('error', (error: Error) => {
      fatal ??= error;
      notify();
    });
    member.worker.on('exit', (code: number) => {
      if (!finished) fatal ??= new Error(`a worker thread stopped unexpectedly (exit code ${code})`);
      notify();
    });
    pool.push(member);
    return member;
  };

  const dispatch = (job: Job<I>) => {
    let target = pool.reduce<PoolWorker | null>(
      (best, member) => (best === null || member.outstanding < best.outstanding ? member : best),
      null,
    );
    if (target === null || (target.outstanding > 0 && pool.length < options.workers)) target = spawn();
    target.outstanding++;
    target.worker.postMessage(job);
  };

  const iterator = inputs[Symbol.iterator]();
  let dispatched = 0;
  let yielded = 0;
  let inputDone = false;
  let inputError: { seq: number; error: unknown } | null = null;
  try {
    for (;;) {
      while (!inputDone && dispatched - yielded < maxInFlight) {
        let step: IteratorResult<I>;
        try {
          step = iterator.next();
        } catch (error) {
          inputError = { seq: dispatched, error };
          inputDone = true;
          break;
        }
        if (step.done) inputDone = true;
        else dispatch({ seq: dispatched++, input: step.value });
      }
      const result = results.get(yielded);
      if (result !== undefined) {
        results.delete(yielded);
        yielded++;
        if (!result.ok) throw options.reviveError(result.error);
        yield result.value;
        continue; // room for one more input before the next result
      }
      if (inputError && inputError.seq === yielded) throw inputError.error;
      if (inputDone && yielded === dispatched) return;
      if (fatal) throw fatal;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    finished = true;
    iterator.return?.();
    await Promise.all(pool.map((member) => member.worker.terminate()));
  }
}

/** The worker side: answers each job with `handle(input)`, errors included, so the pool sees them in order. */
export function serveJobs<I, O>(
  port: {
    on(event: 'message', listener: (job: Job<I>) => void): void;
    postMessage(result: JobResult<O>): void;
  },
  handle: (input: I) => O,
): void {
  port.on('message', (job) => {
    let result: JobResult<O>;
    try {
      result = { seq: job.seq, ok: true, value: handle(job.input) };
    } catch (error) {
      result = { seq: job.seq, ok: false, error: serializeError(error) };
    }
    port.postMessage(result);
  });
}

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error))
    return { name: 'Error', message: String(error), stack: undefined, fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return { name: error.name, message: error.message, stack: error.stack, fields };
}
