#!/bin/sh
# bench_hivelog.sh: time `kbwiz hive recover` on the real dirty SYSTEM_B
# (12 MiB hive + 6 MiB of logs: read, validate every entry's hashes,
# replay, write and fsync the 12 MiB result) beside `hivexml` reading the
# same hive once.  The goal: recovery adds less than hivexml takes to read
# the hive, i.e. the ratio stays under 1.  `kbwiz hive info` (the same
# replay in memory, nothing written) is shown too.
set -u
: "${KBWIZ_SRC:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${KBWIZ_BUILD:=build}"
case "$KBWIZ_BUILD" in /*) ;; *) KBWIZ_BUILD="$KBWIZ_SRC/$KBWIZ_BUILD" ;; esac
HIVE=${BENCH_DIRTY_HIVE:-$KBWIZ_SRC/../shared/testdata/hives/SYSTEM_B}
REPS=${BENCH_REPS:-10}
KBWIZ="$KBWIZ_BUILD/kbwiz"

if [ ! -f "$HIVE" ]; then
	echo "SKIP: bench_hivelog: $HIVE absent"
	exit 0
fi
if ! command -v hivexml >/dev/null 2>&1; then
	echo "SKIP: bench_hivelog: hivexml not installed (libhivex-bin)"
	exit 0
fi
TMP=$(mktemp -d "${TMPDIR:-/tmp}/kbwiz-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

now_ns() { date +%s%N; }
run_reps() {
	start=$(now_ns)
	i=0
	while [ "$i" -lt "$REPS" ]; do
		"$@" >/dev/null 2>&1 || { echo "FAIL: $*" >&2; return 1; }
		i=$((i + 1))
	done
	end=$(now_ns)
	echo $(((end - start) / 1000000))
}

# Warm the page cache.
cat "$HIVE" "$HIVE".LOG1 "$HIVE".LOG2 >/dev/null 2>&1
hivexml "$HIVE" >/dev/null 2>&1
rec=$(run_reps "$KBWIZ" hive recover "$HIVE" -o "$TMP/out" --force) || exit 1
info=$(run_reps "$KBWIZ" hive info "$HIVE") || exit 1
xml=$(run_reps hivexml "$HIVE") || exit 1
echo "kbwiz hive recover: $((rec / REPS)) ms per run ($REPS runs, $(basename "$HIVE"), written and fsynced)"
echo "kbwiz hive info (replay in memory): $((info / REPS)) ms per run"
echo "hivexml (read the hive once): $((xml / REPS)) ms per run"
awk -v a="$rec" -v b="$xml" -v c="$info" 'BEGIN {
	printf "ratio recover/hivexml: %.2f (goal: under 1)\n", a / b
	printf "ratio info/hivexml: %.2f\n", c / b }'
