/**
 * Size budget of the committed notebooks: GitHub's notebook view, a reviewer's mail and a
 * browser all struggle past a few megabytes, and a chart needs no more data than it draws.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const NOTEBOOKS_DIR = join(__dirname, '..', 'notebooks');
const MAX_NOTEBOOK_BYTES = 2 * 1024 * 1024;
const NOTEBOOKS = readdirSync(NOTEBOOKS_DIR)
  .filter((name) => name.endsWith('.ipynb'))
  .sort();

describe('committed notebooks', () => {
  it('exist', () => {
    expect(NOTEBOOKS.length).toBeGreaterThan(0);
  });

  it.each(NOTEBOOKS)(`%s is at most ${MAX_NOTEBOOK_BYTES / 1024 / 1024} MB`, (name) => {
    expect(statSync(join(NOTEBOOKS_DIR, name)).size).toBeLessThanOrEqual(MAX_NOTEBOOK_BYTES);
  });
});
