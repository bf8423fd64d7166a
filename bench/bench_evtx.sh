#!/bin/sh
# bench_evtx.sh: time kbwiz's reading of a real .evtx (evtlog_read via
# build/tools/evtdump, every event formatted and sanitized) against
# libevtx's own evtxexport on the same file, wall and user CPU time.
#
# kbwiz reads records with its own binary-XML reader (core/evtx_fast.c,
# a per-chunk template cache), libevtx opening the file as the authority
# and reading the records evtx_fast leaves to it; `evtdump -L` is the
# reader before it (libevtx alone, every record rendered to XML for its
# channel), shown as "before".
#
# Then the filtered read (evtdump -i, evtlog_read_wanted): records
# declined on their ID and source before the insertion strings are
# read, as diagnose does with its rules' IDs.  And the same on a large
# file (BENCH_EVTX_RECORDS, 100,000 by default; 0 skips it) that
# bench/evtx_assemble.py makes from the real one's chunks, renumbered,
# with fewer runs (BENCH_EVTX_BIG_REPS, 1): libevtx takes seconds
# there, and evtxexport is run side by side.  Peak RSS (max of one run)
# is printed where /usr/bin/time exists.
#
# Last, memory against the file's size: files of 10,000, 100,000 and
# 400,000 records (BENCH_EVTX_RSS_RECORDS; empty skips it) read once each
# by evtdump (the file vouched for by kbwiz and read chunk by chunk:
# flat), evtdump -L (libevtx opening the whole file) and evtxexport,
# peak RSS and user CPU of each.
set -u
: "${KBWIZ_SRC:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${KBWIZ_BUILD:=build}"
case "$KBWIZ_BUILD" in /*) ;; *) KBWIZ_BUILD="$KBWIZ_SRC/$KBWIZ_BUILD" ;; esac
FILE=${BENCH_EVTX:-$KBWIZ_SRC/../shared/testdata/evtx/system.evtx}
REPS=${BENCH_REPS:-10}
EVTDUMP="$KBWIZ_BUILD/tools/evtdump"

if [ ! -f "$FILE" ]; then
	echo "SKIP: bench_evtx: $FILE absent"
	exit 0
fi
if ! command -v evtxexport >/dev/null 2>&1; then
	echo "SKIP: bench_evtx: evtxexport not installed (libevtx-utils)"
	exit 0
fi
if [ ! -x "$EVTDUMP" ]; then
	echo "SKIP: bench_evtx: $EVTDUMP not built (make build/tools/evtdump)"
	exit 0
fi

now_ns() { date +%s%N; }

# run_reps CMD...: run CMD $REPS times (output discarded), print the
# total wall time in milliseconds.
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

# cpu_rss CMD...: "USER_MS RSS_KB": user CPU per run over $REPS runs
# of CMD, and the peak RSS of the largest ("- -" without /usr/bin/time).
cpu_rss() {
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f "%U %M" -o "$TIMEFILE" sh -c '
			n=$1; shift; i=0
			while [ "$i" -lt "$n" ]; do
				"$@" >/dev/null 2>&1; i=$((i + 1))
			done' sh "$REPS" "$@" >/dev/null 2>&1 || { echo "- -"; return 0; }
		awk -v n="$REPS" '{ printf "%d %d\n", $1 * 1000 / n, $2 }' "$TIMEFILE"
	else
		echo "- -"
	fi
}
TIMEFILE=$(mktemp)
trap 'rm -f "$TIMEFILE"' EXIT

# run_reps_any CMD...: as run_reps, where exit 1 ("nothing diagnosed")
# is a normal outcome.
run_reps_any() {
	start=$(now_ns)
	i=0
	while [ "$i" -lt "$REPS" ]; do
		"$@" >/dev/null 2>&1
		[ $? -le 1 ] || { echo "FAIL: $*" >&2; return 1; }
		i=$((i + 1))
	done
	end=$(now_ns)
	echo $(((end - start) / 1000000))
}

# Warm the page cache for both.
"$EVTDUMP" -q "$FILE" >/dev/null 2>&1
evtxexport "$FILE" >/dev/null 2>&1

# compare FILE: every event (the fast reader, and libevtx alone:
# before), and the events with 7023 (the KB's Cluster service symptom:
# none or few in a System log, the common case for a rule), against
# evtxexport.  Wall and user CPU time per run over $REPS runs; peak
# RSS of the largest run.
compare() {
	f=$1
	events=$("$EVTDUMP" "$f" 2>/dev/null | wc -l)
	kb_ms=$(run_reps "$EVTDUMP" "$f") || exit 1
	lib_ms=$(run_reps "$EVTDUMP" -L "$f") || exit 1
	want_ms=$(run_reps "$EVTDUMP" -i 7023 "$f") || exit 1
	libwant_ms=$(run_reps "$EVTDUMP" -L -i 7023 "$f") || exit 1
	ref_ms=$(run_reps evtxexport "$f") || exit 1
	set -- $(cpu_rss "$EVTDUMP" "$f"); kb_cpu=$1 kb_rss=$2
	set -- $(cpu_rss "$EVTDUMP" -L "$f"); lib_cpu=$1 lib_rss=$2
	set -- $(cpu_rss evtxexport "$f"); ref_cpu=$1 ref_rss=$2
	echo "file: $f ($events events), $REPS runs each"
	echo "kbwiz evtdump:            $((kb_ms / REPS)) ms wall per run, $kb_cpu ms user, $kb_rss KB peak RSS"
	echo "kbwiz evtdump -L (before): $((lib_ms / REPS)) ms wall per run, $lib_cpu ms user, $lib_rss KB peak RSS"
	echo "kbwiz evtdump -i 7023:    $((want_ms / REPS)) ms wall per run"
	echo "kbwiz evtdump -L -i 7023 (before): $((libwant_ms / REPS)) ms wall per run"
	echo "evtxexport:               $((ref_ms / REPS)) ms wall per run, $ref_cpu ms user, $ref_rss KB peak RSS"
	"$EVTDUMP" -q "$f" 2>&1 | sed -n 's/.*, \([0-9]* read by libevtx\)/kbwiz: \1/p'
	if [ "$ref_ms" -gt 0 ]; then
		awk -v a="$kb_ms" -v l="$lib_ms" -v w="$want_ms" -v lw="$libwant_ms" -v b="$ref_ms" \
		    -v ac="$kb_cpu" -v lc="$lib_cpu" -v bc="$ref_cpu" 'BEGIN {
			printf "ratio kbwiz/evtxexport: %.2f wall", a / b
			if (bc + 0 > 0) printf ", %.2f user cpu", ac / bc
			printf "\n"
			printf "ratio before (libevtx only)/evtxexport: %.2f wall", l / b
			if (bc + 0 > 0) printf ", %.2f user cpu", lc / bc
			printf "\n"
			printf "ratio kbwiz filtered (-i 7023)/evtxexport: %.2f\n", w / b
			printf "ratio before filtered (-L -i 7023)/evtxexport: %.2f\n", lw / b }'
	fi
}
compare "$FILE"

# The whole `kbwiz diagnose` on the same file: every rule's event symptoms
# matched against every event, on a store made once before timing.
KBWIZ_BIN="$KBWIZ_BUILD/kbwiz"
if [ -x "$KBWIZ_BIN" ]; then
	db=$(mktemp -d)/bench.db
	KBWIZ_DB="$db" "$KBWIZ_BIN" kb list >/dev/null 2>&1
	diag_ms=$(KBWIZ_DB="$db" run_reps_any "$KBWIZ_BIN" diagnose --events "$FILE")
	echo "kbwiz diagnose: $diag_ms ms total, $((diag_ms / REPS)) ms per run"
	awk -v a="$diag_ms" -v b="$ref_ms" \
		'BEGIN { printf "ratio kbwiz diagnose/evtxexport: %.2f\n", a / b }'
	rm -rf "$(dirname "$db")"
fi

N_BIG=${BENCH_EVTX_RECORDS:-100000}
if [ "$N_BIG" -gt 0 ]; then
	if ! command -v python3 >/dev/null 2>&1; then
		echo "SKIP: bench_evtx: python3 absent, no large file assembled"
		exit 0
	fi
	big=$(mktemp -d)
	python3 "$KBWIZ_SRC/bench/evtx_assemble.py" "$FILE" "$big/System.evtx" "$N_BIG" ||
		{ echo "FAIL: assembling $N_BIG records"; rm -rf "$big"; exit 1; }
	REPS=${BENCH_EVTX_BIG_REPS:-1}
	"$EVTDUMP" -q "$big/System.evtx" >/dev/null 2>&1
	compare "$big/System.evtx"
	rm -rf "$big"
fi

# rss_cpu CMD...: "RSS_KB USER_MS" of one run of CMD.
rss_cpu() {
	/usr/bin/time -f "%M %U" -o "$TIMEFILE" "$@" >/dev/null 2>&1 || { echo "- -"; return 0; }
	awk '{ printf "%d %d\n", $1, $2 * 1000 }' "$TIMEFILE"
}
RSS_SIZES=${BENCH_EVTX_RSS_RECORDS-10000 100000 400000}
if [ -n "$RSS_SIZES" ] && [ -x /usr/bin/time ] && command -v python3 >/dev/null 2>&1; then
	echo "peak RSS against the file size (one run each):"
	printf '%9s %8s | %-22s | %-22s | %-22s\n' records "file MB" "kbwiz evtdump" \
		"evtdump -L (before)" "evtxexport"
	for n in $RSS_SIZES; do
		big=$(mktemp -d)
		python3 "$KBWIZ_SRC/bench/evtx_assemble.py" "$FILE" "$big/System.evtx" "$n" >/dev/null ||
			{ echo "FAIL: assembling $n records"; rm -rf "$big"; exit 1; }
		f="$big/System.evtx"
		mb=$(($(wc -c <"$f") / 1048576))
		"$EVTDUMP" -q "$f" 2>"$big/q" >/dev/null
		set -- $(rss_cpu "$EVTDUMP" "$f"); a="$1 KB $2 ms"
		set -- $(rss_cpu "$EVTDUMP" -L "$f"); b="$1 KB $2 ms"
		set -- $(rss_cpu evtxexport "$f"); c="$1 KB $2 ms"
		printf '%9s %8s | %-22s | %-22s | %-22s\n' "$n" "$mb" "$a" "$b" "$c"
		sed -n 's/.*, \([0-9]* read by libevtx.*\)/  kbwiz: \1/p' "$big/q"
		rm -rf "$big"
	done
fi
