#!/bin/sh
# kbwiz.sh run|test: the README's two commands, for a machine that may not
# have make yet (a fresh Debian 12 has no make, compiler or pkg-config).
#
#   ./kbwiz.sh run    install what is missing, then `make run`
#   ./kbwiz.sh test   install what is missing, then `make test`
#
# Packages come from scripts/deps.sh: as root it installs what is missing;
# as another user it prints the exact apt-get line and stops.  Extra
# arguments go to make.  With make installed, `make run` and `make test`
# do the same.
set -eu
cd "$(dirname "$0")"
target=${1:-}
case "$target" in
run) pkgs=build ;;
test) pkgs="test" ;;
*)
	echo "usage: $0 run|test   (build and start the wizard | build and run every test)" >&2
	exit 2
	;;
esac
shift
# The test set in one go, so a user without root sees one apt-get line.
sh scripts/deps.sh "$pkgs"
exec make "$target" "$@"
