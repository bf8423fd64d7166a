#!/bin/sh
# bench_triage.sh: `kbwiz triage` over 100 machines (volumes, KAPE folders
# and Velociraptor zips of faulty, healthy and non-cluster machines) with
# --jobs 2 against --jobs 1, and beside the single-machine way (one
# `kbwiz diagnose --root` per machine, in a shell loop).  The goal on a
# 2-core machine: --jobs 2 takes at most 0.6 of --jobs 1's time.
set -u
: "${KBWIZ_SRC:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${KBWIZ_BUILD:=build}"
case "$KBWIZ_BUILD" in /*) ;; *) KBWIZ_BUILD="$KBWIZ_SRC/$KBWIZ_BUILD" ;; esac
KBWIZ="$KBWIZ_BUILD/kbwiz"
TOOLS="$KBWIZ_BUILD/tools"
N=${BENCH_MACHINES:-100}
. "$KBWIZ_SRC/bench/lib.sh"

for t in python3 zip; do
	if ! command -v "$t" >/dev/null 2>&1; then
		echo "SKIP: bench_triage: $t not installed"
		exit 0
	fi
done
TMP=$(mktemp -d "${TMPDIR:-/tmp}/kbwiz-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export KBWIZ_DB="$TMP/kbwiz.db" KBWIZ_KB_DIR="$KBWIZ_SRC/kb"
. "$KBWIZ_SRC/tests/e2e/triage_lib.sh"
TRIAGE_KINDS="$TMP"
triage_kinds "$TMP" || exit 1
# Machines of a realistic size: a cluster log of some MiB on every node
# (the demo's is 64 KiB).
LOG_SIZE=${BENCH_CLUSTER_LOG:-4M}
for kind in faulty healthy notnode; do
	mkdir -p "$TMP/kinds/$kind/C/WINNT/Cluster"
	scen=q262832
	[ "$kind" = faulty ] || scen=healthy
	"$TOOLS/mkclusterlog" --size "$LOG_SIZE" --form nt --scenario "$scen" --seed 7 \
		-o "$TMP/kinds/$kind/C/WINNT/Cluster/cluster.log" >/dev/null 2>&1 ||
		"$TOOLS/mkclusterlog" --size "$LOG_SIZE" --form nt --seed 7 \
			-o "$TMP/kinds/$kind/C/WINNT/Cluster/cluster.log" >/dev/null || exit 1
done
M="$TMP/machines"
mkdir -p "$M"
i=0
while [ "$i" -lt "$N" ]; do
	case $((i % 3)) in 0) kind=faulty ;; 1) kind=healthy ;; *) kind=notnode ;; esac
	case $((i % 5)) in 0 | 1) layout=volume ;; 2 | 3) layout=kape ;; *) layout=velo ;; esac
	triage_machine "$kind" "$layout" "$(printf 'm%03d' "$i")" "$M"
	i=$((i + 1))
done
"$KBWIZ" kb list >/dev/null 2>&1
# Warm the page cache and check the run works.
"$KBWIZ" triage --jobs 2 --format jsonl "$M" >"$TMP/out.jsonl" 2>&1 ||
	{ echo "FAIL: bench_triage: triage failed: $(tail -3 "$TMP/out.jsonl")"; exit 1; }
one=$(best3 "$KBWIZ" triage --jobs 1 --format jsonl "$M")
two=$(best3 "$KBWIZ" triage --jobs 2 --format jsonl "$M")
loop() {
	for m in "$M"/*; do
		case "$m" in *.zip) continue ;; esac
		root=$m
		[ -d "$m/C" ] && root="$m/C"
		"$KBWIZ" diagnose --json --root "$root" >/dev/null 2>&1
	done
}
n_dirs=$(ls -d "$M"/*/ | wc -l)
seq=$(best3 loop)
# The machine's own ceiling, side by side: sha256sum, which is perfectly
# parallel, twice one after the other and twice at once.  On a shared
# machine the cores are not all ours, and this ratio shows how much.
head -c 200M /dev/zero >"$TMP/blob"
sum_seq() { sha256sum "$TMP/blob" >/dev/null; sha256sum "$TMP/blob" >/dev/null; }
sum_par() { sha256sum "$TMP/blob" >/dev/null & sha256sum "$TMP/blob" >/dev/null; wait; }
s_seq=$(best3 sum_seq)
s_par=$(best3 sum_par)
rm -f "$TMP/blob"
echo "kbwiz triage, $N machines ($n_dirs folders, $((N - n_dirs)) zips, cluster logs of $LOG_SIZE), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (other work on the cores lowers the gain):"
echo "  --jobs 1: ${one} s"
echo "  --jobs 2: ${two} s"
echo "  kbwiz diagnose --root, one per folder in a shell loop ($n_dirs folders): ${seq} s"
awk -v a="$two" -v b="$one" -v c="$seq" -v n="$N" -v d="$n_dirs" -v p="$s_par" -v q="$s_seq" 'BEGIN {
	printf "ratio --jobs 2 / --jobs 1: %.2f (goal: at most 0.6)\n", a / b
	printf "ratio sha256sum x2 at once / one after the other: %.2f (this machine'"'"'s ceiling now; 0.5 on idle cores)\n", p / q
	printf "per machine: triage --jobs 1 %.1f ms, diagnose loop %.1f ms\n", 1000 * b / n, 1000 * c / d }'
