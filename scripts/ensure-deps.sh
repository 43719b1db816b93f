#!/usr/bin/env bash
# Installs the node modules from the lockfile when they are missing or older than the lockfile,
# then builds dist/ (the `framing` CLI runs the compiled library; notebooks and tests read src/).
# Idempotent and quiet when there is nothing to do, so `npm test` and `npm run report` call it
# every time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

installed=node_modules/.package-lock.json
if [[ ! -f "$installed" || package-lock.json -nt "$installed" || ! -x node_modules/.bin/vitest ]]; then
  echo "ensure-deps: installing node modules from package-lock.json" >&2
  # `npm ci` refuses a lockfile that lacks other platforms' optional packages (rollup's and
  # esbuild's native builds), and registries that serve only this platform's builds produce exactly
  # such lockfiles (npm/cli#4828, #9846). `npm install` then installs the same pinned versions.
  if ! npm ci --no-audit --no-fund --loglevel=error 2>/dev/null; then
    npm install --no-audit --no-fund --loglevel=error
  fi
fi
node_modules/.bin/tsc -p .
