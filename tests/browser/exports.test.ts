/**
 * The static HTML exports in reports/ (written by `npm run report`, or by
 * `scripts/run-notebooks.sh export-committed` before this test) opened in a real browser with
 * JavaScript OFF, as a reviewer without a kernel sees them: every chart must be visible, with
 * Vega marks inside it, and no error output may show.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SCREENSHOT_DIR } from './chromium';
import { legibilityProblems, measureSvg } from './legibility';

const REPO_ROOT = join(__dirname, '..', '..');
const REPORTS_DIR = join(REPO_ROOT, 'reports');
const NOTEBOOKS = readdirSync(join(REPO_ROOT, 'notebooks'))
  .filter((name) => name.endsWith('.ipynb'))
  .sort();
/** Size budget of one HTML export: it must open quickly in a reviewer's browser or mail. */
const MAX_EXPORT_BYTES = 3 * 1024 * 1024;

type Output = { data?: Record<string, unknown> };

/** The chart outputs of a committed notebook (those with an SVG), in order. */
function chartOutputs(notebook: string): Output[] {
  const nb = JSON.parse(readFileSync(join(REPO_ROOT, 'notebooks', notebook), 'utf8'));
  return nb.cells
    .flatMap((cell: { outputs?: Output[] }) => cell.outputs ?? [])
    .filter((output: Output) => output.data?.['image/svg+xml'] !== undefined);
}

/** The SVG an exported chart shows, decoded from its data: URL. */
function svgOf(src: string): string {
  return decodeURIComponent(src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
}

/** How many SVG charts each committed notebook carries: the export must show exactly these. */
function chartCount(notebook: string): number {
  return chartOutputs(notebook).length;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(NOTEBOOKS)('export of %s', (notebook) => {
  const name = notebook.replace(/\.ipynb$/, '');

  it('shows every chart with its marks and no error output, without JavaScript', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:') && !request.url().startsWith('data:'))
        requests.push(request.url());
    });
    await page.goto(pathToFileURL(join(REPORTS_DIR, `${name}.html`)).href, { waitUntil: 'load' });

    const charts = page.locator('[data-mime-type="image/svg+xml"] img');
    const expected = chartCount(notebook);
    await expect(charts.count()).resolves.toBe(expected);
    for (let i = 0; i < expected; i++) {
      const chart = charts.nth(i);
      await chart.scrollIntoViewIfNeeded();
      const state = await chart.evaluate((img: HTMLImageElement) => ({
        loaded: img.complete && img.naturalWidth > 0 && img.naturalHeight > 0,
        width: img.getBoundingClientRect().width,
        src: img.getAttribute('src') ?? '',
      }));
      expect(state.loaded, `chart ${i} decodes as an image`).toBe(true);
      expect(state.width, `chart ${i} takes space on the page`).toBeGreaterThan(100);
      const svg = svgOf(state.src);
      expect(svg, `chart ${i} has Vega marks`).toMatch(/class="mark-(rect|symbol|text|rule|line|area)/);
    }

    // nbconvert's lab template marks error and stderr outputs with these classes.
    await expect(
      page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').count(),
    ).resolves.toBe(0);
    await expect(
      page.locator('.jp-RenderedText[data-mime-type="application/vnd.jupyter.stderr"]').count(),
    ).resolves.toBe(0);
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/Traceback|SyntaxError|TypeError|ReferenceError|Cannot find module/);
    expect(requests, 'the export needs no network').toEqual([]);

    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.export.png`), fullPage: true });
    await context.close();
  });

  it(`stays within the size budget (${MAX_EXPORT_BYTES / 1024 / 1024} MB)`, () => {
    expect(statSync(join(REPORTS_DIR, `${name}.html`)).size).toBeLessThanOrEqual(MAX_EXPORT_BYTES);
  });

  it('has legible charts: no text overlaps other text, is clipped, or is cut short', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    const exportPage = await context.newPage();
    await exportPage.goto(pathToFileURL(join(REPORTS_DIR, `${name}.html`)).href, { waitUntil: 'load' });
    const sources = await exportPage
      .locator('[data-mime-type="image/svg+xml"] img')
      .evaluateAll((images) => images.map((img) => img.getAttribute('src') ?? ''));
    const specs = chartOutputs(notebook).map((output) =>
      JSON.stringify(output.data?.['application/vnd.vegalite.v5+json'] ?? ''),
    );
    const chartPage = await context.newPage();
    const problems: string[] = [];
    for (const [i, src] of sources.entries()) {
      const measured = await measureSvg(chartPage, svgOf(src));
      problems.push(...legibilityProblems(measured, specs[i]).map((problem) => `chart ${i}: ${problem}`));
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
