#!/usr/bin/env bash
# Installs the node modules from the lockfile when they are missing or older than the lockfile,
# then builds dist/ (the `framing` CLI runs the compiled library; notebooks and tests read src/).
# when there is nothing to do, so `npm test` and `npm run report` can call it every time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

installed=node_modules/.package-lock.json
if [[ ! -f "$installed" || package-lock.json -nt "$installed" || ! -x node_modules/.bin/vitest ]]; then
  echo "ensure-deps: installing node modules from package-lock.json (npm ci)" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi
# tsc is incremental enough here (about 5 s); always rebuilding keeps dist/ in step with src/.
node_modules/.bin/tsc -p .
