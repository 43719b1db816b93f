# Sourced by scripts that run Jupyter. Confines Jupyter to the repo:
# kernelspecs come from <repo>/jupyter, config/data/runtime go to <repo>/.tmp/jupyter,
# so nothing is read from or written to the user's global Jupyter setup.
# Expects $repo_root to be set by the caller.
export PATH="/usr/bin:$PATH"   # Debian's jupyter/python3, not a pyenv shim
export JUPYTER_PATH="$repo_root/jupyter"
export JUPYTER_CONFIG_DIR="$repo_root/.tmp/jupyter/config"
export JUPYTER_DATA_DIR="$repo_root/.tmp/jupyter/data"
export JUPYTER_RUNTIME_DIR="$repo_root/.tmp/jupyter/runtime"
export IPYTHONDIR="$repo_root/.tmp/jupyter/ipython"
export JUPYTER_PLATFORM_DIRS=1
# Debian's debugpy (pulled in by jupyter-notebook) prints a frozen-modules warning at every start.
export PYDEVD_DISABLE_FILE_VALIDATION=1
