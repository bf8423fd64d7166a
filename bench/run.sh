#!/bin/sh
# run.sh BUILD: run every benchmark script bench/bench_*.sh.  Each prints
# its own figures and the ratio against a standard tool run in the same run.
set -u
BUILD=${1:-build}
export KBWIZ_BUILD="$BUILD"
export KBWIZ_SRC="$(cd "$(dirname "$0")/.." && pwd)"
rc=0
for b in "$KBWIZ_SRC"/bench/bench_*.sh; do
	[ -f "$b" ] || continue
	echo "== $(basename "$b" .sh)"
	sh "$b" || rc=1
done
exit $rc
