#!/usr/bin/env node
'use strict';
// The compiled CLI lives in dist/ (built by `npm install` through the `prepare` script).
let main;
try {
  ({ main } = require('../dist/cli/main.js'));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write(
      'framing: the toolkit is not built yet; run `npm install` (or `npm run build`) in its folder first\n',
    );
    process.exit(1);
  }
  throw error;
}
// main() resolves to the exit code once every document is written and the worker threads are stopped.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
