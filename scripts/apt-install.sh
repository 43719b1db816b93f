# Sourced by the setup scripts. `apt_install <who> <package>...` installs Debian packages when
# running as root; otherwise it prints the command to run and exits 1 (nothing is installed
# behind the user's back).
apt_install() {
  local who="$1"
  shift
  if [[ "$(id -u)" != 0 ]]; then
    echo "$who: missing $*. Install the Debian packages as root:" >&2
    echo "  apt-get update && apt-get install -y $*" >&2
    exit 1
  fi
  echo "$who: installing $* (apt)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "$@" >/dev/null
}
