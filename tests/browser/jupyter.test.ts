/**
 * A researcher's session, end to end: `npm run notebooks` (scripts/start-jupyter.sh) serves the
 * notebooks on loopback with the project's tslab kernel; headless Chromium opens each notebook,
 * runs all cells, and we check that every chart appears — Vega-Lite's interactive renderer where
 * the front end has one (JupyterLab), the SVG rendering otherwise (the classic Notebook) — and
 * that no cell errs or writes to stderr. The notebooks are served from a temporary copy, so
 * Jupyter's autosave can never touch the committed files.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SCREENSHOT_DIR } from './chromium';

const REPO_ROOT = join(__dirname, '..', '..');
const NOTEBOOKS = readdirSync(join(REPO_ROOT, 'notebooks'))
  .filter((name) => name.endsWith('.ipynb'))
  .sort();
const TOKEN = 'framing-kit-browser-test';

function chartCount(notebook: string): number {
  const nb = JSON.parse(readFileSync(join(REPO_ROOT, 'notebooks', notebook), 'utf8'));
  return nb.cells
    .flatMap((cell: { outputs?: { data?: Record<string, unknown> }[] }) => cell.outputs ?? [])
    .filter((output: { data?: Record<string, unknown> }) => output.data?.['image/svg+xml'] !== undefined)
    .length;
}

/**
 * Paths in `metadata.framing_kit.requires` that are absent here (07 needs the PolNeAR data): such a
 * notebook must still run cleanly and say so, but then it draws no charts (as in scripts/run-notebooks.py).
 */
function missingRequirements(notebook: string): string[] {
  const nb = JSON.parse(readFileSync(join(REPO_ROOT, 'notebooks', notebook), 'utf8'));
  const required: string[] = nb.metadata?.framing_kit?.requires ?? [];
  return required.filter((path) => !existsSync(join(REPO_ROOT, path)));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForServer(base: string, jupyter: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (jupyter.exitCode !== null) throw new Error(`Jupyter exited with ${jupyter.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${base}/api/status?token=${TOKEN}`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Jupyter did not answer within 120 s:\n${log()}`);
}

let browser: Browser;
let jupyter: ChildProcess;
let base = '';

beforeAll(async () => {
  const served = mkdtempSync(join(tmpdir(), 'framing-notebooks-'));
  for (const notebook of NOTEBOOKS)
    copyFileSync(join(REPO_ROOT, 'notebooks', notebook), join(served, notebook));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  let output = '';
  jupyter = spawn('bash', [join(REPO_ROOT, 'scripts', 'start-jupyter.sh')], {
    env: {
      ...process.env,
      FRAMING_JUPYTER_PORT: String(port),
      FRAMING_JUPYTER_ROOT: served,
      FRAMING_JUPYTER_TOKEN: TOKEN,
    },
    detached: true, // its own process group, so the kernels go down with it
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  jupyter.stdout?.on('data', (chunk) => (output += chunk));
  jupyter.stderr?.on('data', (chunk) => (output += chunk));
  await waitForServer(base, jupyter, () => output);
  browser = await launchChromium();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (jupyter?.pid && jupyter.exitCode === null) process.kill(-jupyter.pid, 'SIGTERM');
});

describe.each(NOTEBOOKS)('%s in a live Jupyter', (notebook) => {
  it('runs all cells in the browser; charts appear and no cell errs', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/notebooks/${notebook}?token=${TOKEN}`);
    // Classic Notebook front end: wait until the kernel is connected, then Run All.
    await page.waitForFunction(
      () => (window as any).Jupyter?.notebook?.kernel?.is_connected?.() === true,
      undefined,
      { timeout: 120_000 },
    );
    await page.evaluate(() => {
      const nb = (window as any).Jupyter.notebook;
      nb.clear_all_output();
      nb.execute_all_cells();
    });
    await page.waitForFunction(
      () => {
        const nb = (window as any).Jupyter.notebook;
        const code = nb.get_cells().filter((cell: any) => cell.cell_type === 'code');
        return code.every((cell: any) => typeof cell.input_prompt_number === 'number') && !nb.kernel_busy;
      },
      undefined,
      { timeout: 240_000, polling: 500 },
    );

    const errors = await page
      .locator('.output_area .output_error, .output_area .output_stderr')
      .allInnerTexts();
    expect(errors, 'error or stderr outputs').toEqual([]);
    // JupyterLab renders the vega-lite MIME type interactively (.vega-embed); the classic
    // Notebook has no renderer for it and falls back to the SVG of the same output.
    const interactive = await page.locator('.vega-embed').count();
    const svgCharts = page.locator('.output_svg svg');
    const shown = interactive > 0 ? interactive : await svgCharts.count();
    expect(shown, 'charts rendered').toBe(
      missingRequirements(notebook).length > 0 ? 0 : chartCount(notebook),
    );
    for (let i = 0; i < (await svgCharts.count()); i++) {
      await expect(
        svgCharts.nth(i).locator('.mark-rect, .mark-symbol, .mark-text, .mark-rule').count(),
      ).resolves.toBeGreaterThan(0);
    }
    // The classic Notebook scrolls inside #site, so a full-page shot needs a viewport as tall as the notebook.
    const height = await page.evaluate(() => document.querySelector('#notebook')?.scrollHeight ?? 900);
    await page.setViewportSize({ width: 1280, height: Math.min(height + 150, 16_000) });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${notebook.replace(/\.ipynb$/, '')}.jupyter.png`) });
    // Shut this notebook's kernel down before the next one starts: kernels are heavy.
    await page.evaluate(() => (window as any).Jupyter.notebook.session.delete());
    await page.close();
  });
});
