#!/usr/bin/env bash
# Make sure the browser tests can run: Debian's chromium (driven by playwright-core through
# executablePath; playwright's own browser download is never used) and the classic Jupyter
# Notebook front end for the live-notebook test. Idempotent; installs with apt only as root.
set -euo pipefail

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
/usr/bin/python3 -c 'import notebook' >/dev/null 2>&1 || missing+=(jupyter-notebook)
[[ ${#missing[@]} -eq 0 ]] && exit 0

source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"
apt_install setup-browser "${missing[@]}"
