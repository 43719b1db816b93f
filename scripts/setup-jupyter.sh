#!/usr/bin/env bash
# Prepare a project-local Jupyter for the tslab notebooks. Idempotent.
#  1. Make sure `jupyter nbconvert` (Debian packages, not PyPI) is available.
#  2. (Re)generate jupyter/kernels/tslab/kernel.json with absolute paths for THIS clone.
# Nothing is written to the user's home: JUPYTER_* dirs live under the repo (see jupyter-env.sh).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/jupyter-env.sh
source "$repo_root/scripts/jupyter-env.sh"
# shellcheck source=scripts/apt-install.sh
source "$repo_root/scripts/apt-install.sh"

readonly debian_packages=(jupyter-nbconvert jupyter-client python3-nbclient python3-ipython)

jupyter_is_usable() {
  jupyter nbconvert --version >/dev/null 2>&1 &&
    /usr/bin/python3 -c 'import nbclient, nbformat, nbconvert' >/dev/null 2>&1
}


write_kernelspec() {
  local tslab_bin="$repo_root/node_modules/.bin/tslab"
  if [[ ! -x "$tslab_bin" ]]; then
    echo "setup-jupyter: $tslab_bin not found; run 'npm ci' first." >&2
    exit 1
  fi
  # The kernel runs jupyter/tslab-kernel.js, which starts the local tslab from the repo
  # root (see that file for why). node writes the JSON so paths with spaces or quotes
  # are escaped correctly. The node binary is pinned by absolute path: Jupyter may start
  # the kernel with a PATH where `node` is a different (or no) version.
  node - "$repo_root/jupyter/kernels/tslab" "$repo_root/jupyter/tslab-kernel.js" <<'JS'
const fs = require('fs');
const path = require('path');
const [dir, launcher] = process.argv.slice(2);
const spec = {
  argv: [process.execPath, launcher, 'kernel', '--config-path', '{connection_file}'],
  display_name: 'TypeScript (framing-kit)',
  language: 'typescript',
};
fs.mkdirSync(dir, { recursive: true });
const target = path.join(dir, 'kernel.json');
const tmp = `${target}.tmp-${process.pid}`;
fs.writeFileSync(tmp, JSON.stringify(spec, null, 2) + '\n');
fs.renameSync(tmp, target);
JS
}

jupyter_is_usable || apt_install setup-jupyter "${debian_packages[@]}"
if ! jupyter_is_usable; then
  echo "setup-jupyter: 'jupyter nbconvert' still unusable after install." >&2
  exit 1
fi
write_kernelspec
mkdir -p "$JUPYTER_CONFIG_DIR" "$JUPYTER_DATA_DIR" "$JUPYTER_RUNTIME_DIR" "$IPYTHONDIR"
# Capture first: `grep -q` exiting early would SIGPIPE jupyter and fail the pipeline (pipefail).
kernelspecs="$(jupyter kernelspec list 2>/dev/null || true)"
grep -q '^ *tslab ' <<<"$kernelspecs" || {
  echo "setup-jupyter: kernelspec 'tslab' not visible to Jupyter" >&2
  exit 1
}
echo "setup-jupyter: kernel 'tslab' ready ($repo_root/jupyter/kernels/tslab)" >&2
