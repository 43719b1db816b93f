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
  # The lockfile holds every platform's optional builds (rollup's, esbuild's), so `npm ci` accepts
  # it. Should a registry still make `npm ci` refuse it, `npm install` installs the same pinned
  # versions — but must not rewrite the lockfile, or a clone is dirty after its first install.
  if ! npm ci --no-audit --no-fund --loglevel=error 2>/dev/null; then
    npm install --no-audit --no-fund --loglevel=error
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && ! git diff --quiet -- package-lock.json; then
      echo "ensure-deps: npm install changed package-lock.json; run 'npm ci' to see why, and commit or restore the lockfile" >&2
      exit 1
    fi
  fi
fi
node_modules/.bin/tsc -p .
