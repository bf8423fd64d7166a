#!/bin/sh
# deps.sh: make sure the Debian 12 packages kbwiz needs are installed.
#
#   scripts/deps.sh build   what `make` needs (compiler, pkg-config, -dev libraries)
#   scripts/deps.sh test    the above plus what the tests drive (tmux, jq, ...)
#
# As root it installs what is missing with apt-get; otherwise it prints the
# exact apt-get line and fails, so the user knows what to run.
set -eu

BUILD_PKGS="gcc make pkg-config libncurses-dev libhivex-dev libsqlite3-dev \
libevt-dev libevtx-dev libbfio-dev libfyaml-dev libpcre2-dev nettle-dev libjansson-dev libarchive-dev zlib1g-dev"
# python3 (JSON checks), xz-utils (the KB archive is a .tar.xz), procps
# (ps) and zip (triage's zip fixtures) are not in a minimal Debian 12.
TEST_PKGS="libcmocka-dev tmux sqlite3 jq libevtx-utils libevt-utils chntpw \
libxml2-utils clang libclang-rt-14-dev libhivex-bin tidy chromium \
python3 xz-utils procps zip"

what=${1:-build}
pkgs=$BUILD_PKGS
[ "$what" = test ] && pkgs="$BUILD_PKGS $TEST_PKGS"

missing=""
for p in $pkgs; do
	# dpkg-query prints "install ok installed" for a present package.
	status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$status" in
	*"ok installed"*) ;;
	*) missing="$missing $p" ;;
	esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
	echo "kbwiz: missing Debian packages:$missing" >&2
	echo "kbwiz: run as root:  apt-get install -y$missing" >&2
	exit 1
fi
echo "kbwiz: installing Debian packages:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
# The package lists may be empty on a fresh machine; refresh them once.
apt-get install -y -q $missing >/dev/null 2>&1 || {
	apt-get update -q >/dev/null
	apt-get install -y -q $missing >/dev/null
}
