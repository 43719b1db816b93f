import { type DisplayWriter, findTslabWriter, sendUpdatableDisplay } from './tslabChannel';

export interface ProgressOptions<T> {
  /** Verb while running and verb when done (default `['Processing', 'Processed']`). */
  verbs?: readonly [string, string];
  /** Noun for exactly one item (default: `label` itself), so one item reads "Analysed 1 document". */
  singular?: string;
  /** Names the current item in the live line (e.g. the document id); never in the final line. */
  describe?: (item: T) => string;
  /** Least time between two live updates, in ms (default 200): live enough, few messages. */
  minIntervalMs?: number;
  /** Where the display goes; default: the running tslab kernel, or no display outside one. */
  writer?: DisplayWriter | null;
  /** Milliseconds clock, replaceable in tests. */
  now?: () => number;
}

const DEFAULT_VERBS = ['Processing', 'Processed'] as const;
const DEFAULT_MIN_INTERVAL_MS = 200;

/** Per process, so two progress displays (two cells) never share an id and update each other. */
let displayCounter = 0;

/**
 * Runs `fn` over every item and shows progress in ONE notebook output that is updated in
 * place ("Analysing documents: 3 of 5 done — now 003-…"), through tslab's display channel with a
 * display id (Jupyter's update_display_data). When done, the output is replaced by a stable
 * line — "Analysed 5 documents" — with no timings or rates, so a re-executed notebook is
 * byte-identical. Outside a kernel (scripts, tests) it runs without displaying anything.
 * Returns the results in item order. `await` it, so the cell waits and the output stays in it.
 *
 *   const documents = await withProgress(raw, 'documents', (doc) => analyzer.analyze(doc),
 *     { verbs: ['Analysing', 'Analysed'], singular: 'document', describe: (doc) => doc.id });
 */
export async function withProgress<T, R>(
  items: Iterable<T>,
  label: string,
  fn: (item: T, index: number) => R | Promise<R>,
  options: ProgressOptions<T> = {},
): Promise<R[]> {
  const all = Array.from(items);
  const [running, done] = options.verbs ?? DEFAULT_VERBS;
  const noun = (n: number): string => (n === 1 && options.singular ? options.singular : label);
  const writer = options.writer === undefined ? findTslabWriter() : options.writer;
  const now = options.now ?? Date.now;
  const minInterval = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS;
  const displayId = `framing-kit-progress-${process.pid}-${++displayCounter}`;

  let shown = false;
  const show = (line: string): void => {
    if (!writer) return;
    sendUpdatableDisplay({ 'text/plain': line }, displayId, shown, writer);
    shown = true;
  };

  show(`${running} ${label}: 0 of ${all.length} done`);
  let lastShown = now();
  const results: R[] = [];
  for (let i = 0; i < all.length; i++) {
    try {
      results.push(await fn(all[i], i));
    } catch (error) {
      // Leave a line that says where it stopped; the error itself is reported by the kernel.
      show(`${running} ${label}: stopped at ${i + 1} of ${all.length}`);
      throw error;
    }
    if (writer && i + 1 < all.length && now() - lastShown >= minInterval) {
      const current = options.describe ? ` — now ${options.describe(all[i + 1])}` : '';
      show(`${running} ${label}: ${i + 1} of ${all.length} done${current}`);
      lastShown = now();
      // Let the kernel's event loop run, so the update is sent while a synchronous `fn` keeps going.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  show(`${done} ${all.length} ${noun(all.length)}`);
  return results;
}
