#!/usr/bin/env node
/*
 * Starts the tslab kernel with the REPOSITORY ROOT as working directory, whatever
 * directory Jupyter starts it in (normally the notebook's, i.e. notebooks/).
 *
 * Why: tslab type-checks cells with `rootDir` = its working directory and refuses to
 * import .ts files outside it ("File ... is not under 'rootDir'"). From the repo root,
 * cells can `import { ... } from './src'` and get the current TypeScript sources —
 * no build step, so notebooks work right after `npm ci`. Paths in notebooks are
 * therefore relative to the repo root, both in JupyterLab and in CI.
 */
'use strict';
const path = require('path');

const repoRoot = path.resolve(__dirname, '..');
process.chdir(repoRoot);
require(path.join(repoRoot, 'node_modules', 'tslab', 'dist', 'main.js')).main();
