#!/bin/sh
# bench_diagnose_log.sh: `kbwiz diagnose --log` end to end (the KB's rules,
# store open, scan, verdicts) on a generated cluster log against
# grep -F -c -f with the KB's own literals on the same file, best of three
# each, and diagnose's peak RSS.  Fails if RSS reaches 64 MiB.
# DIAG_BENCH_SIZE (default 512M) changes the log's size.
set -eu
BUILD=${KBWIZ_BUILD:-build}
SRC=${KBWIZ_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$SRC"
case "$BUILD" in /*) ;; *) BUILD="$SRC/$BUILD" ;; esac
K="$BUILD/kbwiz"
gen="$BUILD/tools/mkclusterlog"
size=${DIAG_BENCH_SIZE:-512M}
log="$BUILD/bench/diag-cluster-$size.log"
lits="$BUILD/bench/kb-literals.txt"
db="$BUILD/bench/diag.db"
mkdir -p "$BUILD/bench"
[ -f "$log" ] || "$gen" --size "$size" --form nt --scenario q262832 --seed 42 -o "$log"
grep -h -E '^ +- literal:' "$SRC"/kb/*.yaml |
	sed 's/^ *- literal: "\(.*\)"$/\1/; s/^ *- literal: //' >"$lits"
rm -f "$db" "$db-wal" "$db-shm"
"$K" --db "$db" --kb-dir "$SRC/kb" kb list >/dev/null 2>&1

. "$SRC/bench/lib.sh"
kd=$(best3 "$K" --db "$db" --kb-dir "$SRC/kb" diagnose --log "$log")
gd=$(best3 env LC_ALL=C grep -F -c -f "$lits" "$log")
/usr/bin/time -o "$BUILD/bench/diag.rss" -f "%M" "$K" --db "$db" --kb-dir "$SRC/kb" \
	diagnose --log "$log" >/dev/null 2>&1 || true
rss=$(tail -1 "$BUILD/bench/diag.rss")
awk -v k="$kd" -v g="$gd" -v n="$(wc -l <"$lits")" -v rss="$rss" -v b="$(wc -c <"$log")" 'BEGIN {
	printf "diagnose --log: %.3f s   grep -F -c -f (%d KB literals): %.3f s   ratio %.2f\n", k, n, g, k / g
	printf "log %d bytes; diagnose peak RSS %.1f MiB\n", b, rss / 1024 }'
if [ "$rss" -ge 65536 ]; then
	echo "FAIL: diagnose peak RSS ${rss} KiB is not under 64 MiB"
	exit 1
fi
