import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread running the module `name` from the folder `directory` (pass `__dirname`).
 *
 * The CLI runs the compiled build, where `name.js` sits next to the caller and is started directly.
 * Tests (vitest), `tsx` scripts and notebooks run the TypeScript sources, where only `name.ts`
 * exists: Node cannot run it by itself, so the worker first registers tsx's CommonJS loader (a
 * devDependency, present wherever the sources are run) and then requires the `.ts` file. Either
 * way the worker runs the same code as the thread that started it.
 */
export function startWorker(directory: string, name: string, workerData: unknown): Worker {
  const compiled = path.join(directory, `${name}.js`);
  if (fs.existsSync(compiled)) return new Worker(compiled, { workerData });
  const source = path.join(directory, `${name}.ts`);
  let loader: string;
  try {
    loader = require.resolve('tsx/cjs', { paths: [directory] });
  } catch {
    throw new Error(
      `cannot start a worker from the TypeScript sources without tsx; build first (npm run build) or use --workers 1`,
    );
  }
  const bootstrap = `require(${JSON.stringify(loader)});\nrequire(${JSON.stringify(source)});\n`;
  return new Worker(bootstrap, { eval: true, workerData });
}
