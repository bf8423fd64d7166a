#!/bin/sh
# bench_evtx.sh: time kbwiz's reading of a real .evtx (evtlog_read via
# build/tools/evtdump, every event formatted and sanitized) against
# libevtx's own evtxexport on the same file.  Both render every record
# (kbwiz asks libevtx for the XML to get the channel), so the ratio shows
# what our normalisation costs on top of the library.
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

events=$("$EVTDUMP" "$FILE" 2>/dev/null | wc -l)
kb_ms=$(run_reps "$EVTDUMP" "$FILE") || exit 1
ref_ms=$(run_reps evtxexport "$FILE") || exit 1
echo "file: $FILE ($events events), $REPS runs each"
echo "kbwiz evtdump: $kb_ms ms total, $((kb_ms / REPS)) ms per run"
echo "evtxexport:    $ref_ms ms total, $((ref_ms / REPS)) ms per run"
if [ "$ref_ms" -gt 0 ]; then
	awk -v a="$kb_ms" -v b="$ref_ms" \
		'BEGIN { printf "ratio kbwiz/evtxexport: %.2f\n", a / b }'
fi

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
