#!/usr/bin/env bash
# `npm run notebooks`: start Jupyter on loopback with the project's tslab kernel.
#   JupyterLab when it is installed (renders the interactive Vega-Lite charts), else the classic
#   Notebook from Debian's `jupyter-notebook` package (shows the SVG rendering of each chart).
# Environment:
#   FRAMING_JUPYTER_PORT        port (default 8888; Jupyter picks the next free one if taken)
#   FRAMING_JUPYTER_ROOT        folder served as the notebook root (default: the repository)
#   FRAMING_JUPYTER_TOKEN       access token (default: a random one, printed in the URL)
# The kernel always runs with the repository root as working directory (jupyter/tslab-kernel.js),
# so `./src/...` imports and `corpus/` paths work whatever folder is served.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/jupyter-env.sh
source "$repo_root/scripts/jupyter-env.sh"

"$repo_root/scripts/setup-jupyter.sh"

if jupyter lab --version >/dev/null 2>&1; then
  app=lab
elif jupyter notebook --version >/dev/null 2>&1; then
  app=notebook
else
  # shellcheck source=scripts/apt-install.sh
  source "$repo_root/scripts/apt-install.sh"
  apt_install start-jupyter jupyter-notebook
  app=notebook
fi

port="${FRAMING_JUPYTER_PORT:-8888}"
root="${FRAMING_JUPYTER_ROOT:-$repo_root}"
token="${FRAMING_JUPYTER_TOKEN:-$(node -e 'process.stdout.write(require("crypto").randomBytes(16).toString("hex"))')}"

echo "start-jupyter: Jupyter ${app} on http://127.0.0.1:${port}/?token=${token} (Ctrl-C to stop)" >&2
# --ip=127.0.0.1: loopback only. Root may run it (CI containers), hence --allow-root.
exec jupyter "$app" \
  --no-browser \
  --ip=127.0.0.1 \
  --port="$port" \
  --allow-root \
  --notebook-dir="$root" \
  --NotebookApp.token="$token" \
  --ServerApp.token="$token" \
  --MultiKernelManager.default_kernel_name=tslab
