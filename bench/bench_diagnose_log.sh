#!/bin/sh
# bench_diagnose_log.sh: `kbwiz diagnose --log` end to end (the KB's rules,
# store open, scan, verdicts) on a generated cluster log against
# grep -F -c -f with the KB's own literals on the same file, best of three
# each: wall and CPU time (user + sys) and peak RSS, with the ratios.
# Fails if diagnose's RSS reaches 64 MiB.
# DIAG_BENCH_SIZE (default 512M) changes the log's size.
set -eu
. "${KBWIZ_SRC:-$(cd "$(dirname "$0")/.." && pwd)}/bench/lib.sh"
bench_dirs
gen="$BUILD/tools/mkclusterlog"
size=${DIAG_BENCH_SIZE:-512M}
log="$BUILD/bench/diag-cluster-$size.log"
lits="$BUILD/bench/kb-literals.txt"
db="$BUILD/bench/diag.db"
mkdir -p "$BUILD/bench"
[ -f "$log" ] || "$gen" --size "$size" --form nt --scenario q262832 --seed 42 -o "$log"
kb_literals "$SRC/kb" "$lits"
rm -f "$db" "$db-wal" "$db-shm"
"$K" --db "$db" --kb-dir "$SRC/kb" kb list >/dev/null 2>&1

kd=$(best3v "$K" --db "$db" --kb-dir "$SRC/kb" diagnose --log "$log")
gd=$(best3v env LC_ALL=C grep -F -c -f "$lits" "$log")
vs_line "diagnose --log" "$kd" "$gd" "grep -F -c -f ($(wc -l <"$lits") KB literals)"
rss=$(echo "$kd" | awk '{print $3}')
echo "log $(wc -c <"$log") bytes; $(nproc) CPUs online"
if [ "$rss" -ge 65536 ]; then
	echo "FAIL: diagnose peak RSS ${rss} KiB is not under 64 MiB"
	exit 1
fi
