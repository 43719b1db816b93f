#!/usr/bin/env bash
# Make sure the browser tests can run: Debian's chromium (driven by playwright-core through
# executablePath; playwright's own browser download is never used) and the classic Jupyter
# Notebook front end for the live-notebook test. Idempotent; installs with apt only as root.
set -euo pipefail

readonly debian_packages=(chromium jupyter-notebook)

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
/usr/bin/python3 -c 'import notebook' >/dev/null 2>&1 || missing+=(jupyter-notebook)
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ "$(id -u)" != 0 ]]; then
  echo "setup-browser: missing ${missing[*]}. Install the Debian packages as root:" >&2
  echo "  apt-get update && apt-get install -y ${debian_packages[*]}" >&2
  exit 1
fi
echo "setup-browser: installing ${missing[*]} (apt)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq "${missing[@]}" >/dev/null
