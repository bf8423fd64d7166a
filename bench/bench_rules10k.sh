#!/bin/sh
# bench_rules10k.sh: kbwiz with 10,000 rules (bench/mkrules.sh) plus the
# KB's own: the store built from the rule files, `kb search 7023` end to
# end against the sqlite3 shell's FTS query on the same store, and
# `diagnose --log` on a generated cluster log against grep -F -c -f with
# every rule's literal; best of three runs each.  Fails if the store
# build passes 5 s.
# RULES_BENCH_N (default 10000), RULES_BENCH_LOG_SIZE (default 512M; the
# log is the one bench_diagnose_log.sh uses).
set -eu
BUILD=${KBWIZ_BUILD:-build}
SRC=${KBWIZ_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$SRC"
case "$BUILD" in /*) ;; *) BUILD="$SRC/$BUILD" ;; esac
K="$BUILD/kbwiz"
gen="$BUILD/tools/mkclusterlog"
n=${RULES_BENCH_N:-10000}
size=${RULES_BENCH_LOG_SIZE:-512M}
dir="$BUILD/bench/rules$n"
log="$BUILD/bench/diag-cluster-$size.log"
db="$BUILD/bench/rules$n.db"
for t in "$K" "$gen"; do
	[ -x "$t" ] || { echo "bench_rules10k: $t missing"; exit 1; }
done
if ! command -v sqlite3 >/dev/null 2>&1; then
	echo "SKIP: bench_rules10k: sqlite3 shell not installed"
	exit 0
fi
if [ ! -f "$dir/.done" ]; then
	rm -rf "$dir"
	sh "$SRC/bench/mkrules.sh" "$n" "$dir"
	cp "$SRC"/kb/*.yaml "$dir/"
	: >"$dir/.done"
fi
[ -f "$log" ] || "$gen" --size "$size" --form nt --scenario q262832 --seed 42 -o "$log"
lits="$BUILD/bench/rules$n-literals.txt"
grep -h -E '^ +- literal:' "$dir"/*.yaml |
	sed 's/^ *- literal: "\(.*\)"$/\1/; s/^ *- literal: //' >"$lits"

. "$SRC/bench/lib.sh"

rm -f "$db" "$db-wal" "$db-shm"
t0=$(now)
"$K" --db "$db" --kb-dir "$dir" kb list >/dev/null 2>&1
build_s=$(awk "BEGIN{printf \"%.3f\", $(now) - $t0}")
nr=$(ls "$dir" | grep -c "\.yaml$")
echo "store: $nr rule files built in ${build_s} s"

ks=$(best3 "$K" --db "$db" --kb-dir "$dir" kb search 7023)
qs=$(best3 sqlite3 "$db" "SELECT rule_id FROM rules_fts WHERE rules_fts MATCH '7023' ORDER BY rank LIMIT 50")
awk -v k="$ks" -v q="$qs" 'BEGIN {
	printf "kb search 7023: %.1f ms   sqlite3 shell FTS: %.1f ms   ratio %.2f\n", k * 1000, q * 1000, k / q }'

kd=$(best3v "$K" --db "$db" --kb-dir "$dir" diagnose --log "$log")
gd=$(best3v env LC_ALL=C grep -F -c -f "$lits" "$log")
vs_line "diagnose --log ($(wc -c <"$log") bytes)" "$kd" "$gd" "grep -F -c -f ($(wc -l <"$lits") literals)"

rc=0
rss=$(echo "$kd" | awk '{print $3}')
if [ "$rss" -ge 65536 ]; then
	echo "FAIL: diagnose peak RSS ${rss} KiB is not under 64 MiB"
	rc=1
fi
if awk "BEGIN{exit !($build_s >= 5)}"; then
	echo "FAIL: building the store took ${build_s} s (goal: under 5 s)"
	rc=1
fi
exit $rc
