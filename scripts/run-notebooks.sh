#!/usr/bin/env bash
# Execute the notebooks on the project-local tslab kernel.
#   scripts/run-notebooks.sh update   # re-execute notebooks/*.ipynb in place (commit the result)
#   scripts/run-notebooks.sh check    # re-execute and compare byte for byte with the committed files
#   scripts/run-notebooks.sh export   # re-execute and write reports/<name>.html
# Optional extra arguments: specific notebook files (default: all notebooks/*.ipynb, sorted).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/jupyter-env.sh
source "$repo_root/scripts/jupyter-env.sh"

"$repo_root/scripts/setup-jupyter.sh"
exec /usr/bin/python3 "$repo_root/scripts/run-notebooks.py" "$@"
