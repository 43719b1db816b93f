/**
 * Renders the chart shown in README.md, docs/img/source-mix.svg, from the sample corpus: who speaks
 * in each article (notebook 02's source-mix chart). Deterministic: the same corpus gives the same
 * bytes. Run `npm run --silent readme:chart` after a change to sourcing, and commit the image.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePaths } from '../src/analyze';
import { sourceMixWithAnonymity, toSVG } from '../src/charts/index';
import { anonymityRows, sourceMixRows } from '../src/table/index';

async function main(): Promise<void> {
  const root = join(__dirname, '..');
  const documents = analyzePaths([join(root, 'corpus')]);
  const svg = await toSVG(sourceMixWithAnonymity(sourceMixRows(documents), anonymityRows(documents)));
  const out = join(root, 'docs', 'img', 'source-mix.svg');
  writeFileSync(out, svg);
  console.log(`wrote ${out} (${svg.length} bytes)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
