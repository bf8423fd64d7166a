#!/bin/sh
# bench_history.sh: `kbwiz history` over a store of 100,000 sessions
# (BENCH_SESSIONS), each made through the session engine by
# build/tools/mkhistory, against the sqlite3 shell running the same query
# on the same store, side by side.  Figures are the best of five whole
# runs (output to /dev/null): wall time and, beside it, the CPU time
# (user + system) of that run; the ratios are kbwiz / sqlite3.
#   history            every session, as the table
#   --format json      every session, against sqlite3 -json
#   --text WORDS       a label few sessions carry (the trigram index) and a
#                      word every session carries (the whole list)
#   --outcome, --rule, --since/--until: the indexed filters
#   the wizard's history list: from the key (h on the menu) until the list
#   is drawn, in a pseudo-terminal of 80x24 (bench/tui_keytime.py; CPU from
#   /proc/PID/schedstat), against sqlite3 reading what the list reads: the
#   count and highest id, and the first page of rows
# The store is made once and kept in BENCH_HISTORY_DB if that is set.
set -u
: "${KBWIZ_SRC:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${KBWIZ_BUILD:=build}"
case "$KBWIZ_BUILD" in /*) ;; *) KBWIZ_BUILD="$KBWIZ_SRC/$KBWIZ_BUILD" ;; esac
. "$KBWIZ_SRC/bench/lib.sh"
N=${BENCH_SESSIONS:-100000}
KBWIZ="$KBWIZ_BUILD/kbwiz"
MK="$KBWIZ_BUILD/tools/mkhistory"

for t in "$KBWIZ" "$MK"; do
	if [ ! -x "$t" ]; then
		echo "SKIP: bench_history: $t not built (make all tools)"
		exit 0
	fi
done
if ! command -v sqlite3 >/dev/null 2>&1; then
	echo "SKIP: bench_history: sqlite3 shell not installed"
	exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=${BENCH_HISTORY_DB:-$tmp/history.db}
if [ ! -f "$db" ]; then
	t0=$(now)
	"$MK" "$db" "$N" || { echo "FAIL: mkhistory $db $N"; exit 1; }
	echo "made $N sessions in $(awk "BEGIN{printf \"%.1f\", $(now) - $t0}") s"
fi
export KBWIZ_DB="$db"
# Opening once upgrades an older store (schema 4 adds the indexes).
KBWIZ_DB="$db" "$KBWIZ" history --rule none-such >/dev/null 2>&1
n=$(sqlite3 "$db" "SELECT count(*) FROM sessions")
echo "store: $db ($n sessions)"

COLS="id, created_at AS created, updated_at AS updated, technician, label, state, step,
 CASE step WHEN 1 THEN 'Case details' WHEN 2 THEN 'Symptoms' WHEN 3 THEN 'Log evidence'
 WHEN 4 THEN 'Registry checks' WHEN 5 THEN 'Diagnosis' WHEN 6 THEN 'Remediation'
 ELSE 'Summary' END AS step_name, nullif(chosen_rule, '') AS rule"
ORDER="ORDER BY created_at DESC, id DESC"
TEXT="instr(lower(technician || ' ' || label || ' ' || notes || ' ' || outcome_note), lower('%s')) > 0"

# best CMD...: "WALL CPU" of the best of BENCH_RUNS (5) runs (bestus).
best() {
	bestus "${BENCH_RUNS:-5}" "$@" | awk '{ print $1, $2 }'
}

# row NAME SQLWHERE KBWIZ-ARGS...: the figure for kbwiz and for sqlite3
# (list mode, or -json for --format json) on the same query.
row() {
	name=$1 where=$2
	shift 2
	mode=-list
	case "$*" in *json*) mode=-json ;; esac
	k=$(best "$KBWIZ" "$@")
	s=$(best sqlite3 "$mode" "$db" "SELECT $COLS FROM sessions WHERE $where $ORDER")
	rows=$(sqlite3 "$db" "SELECT count(*) FROM sessions WHERE $where")
	line "$name" "$rows" "$k" "$s" "sqlite3 $mode"
}

# line NAME ROWS "WALL CPU" "WALL CPU" THEIRS: one figure and its ratios.
line() {
	echo "$3 $4" | awk -v n="$1" -v r="$2" -v m="$5" '{
		printf "%-34s %6d rows  kbwiz %6.1f ms (cpu %5.1f)  %-13s %6.1f ms (cpu %5.1f)  ratio %.2f (cpu %.2f)\n",
			n, r, $1 * 1000, $2 * 1000, m, $3 * 1000, $4 * 1000,
			($3 > 0 ? $1 / $3 : 0), ($4 > 0 ? $2 / $4 : 0) }'
}

# Correctness first: the JSON holds what sqlite3 finds.
kc=$("$KBWIZ" history --format json | grep -c '"id":')
[ "$kc" -eq "$n" ] || echo "FAIL: history --format json lists $kc sessions, the store holds $n"

row "history (table)" "1" history
row "history --format json" "1" history --format json
row "history --text SRV-00042" "$(printf "$TEXT" srv-00042)" history --text SRV-00042
row "history --text patching (all)" "$(printf "$TEXT" patching)" history --text patching
row "history --outcome resolved" "state = 'resolved'" history --outcome resolved
row "history --rule Q262832" "chosen_rule = 'Q262832' COLLATE NOCASE" history --rule Q262832
row "history --since/--until (1 month)" \
	"substr(created_at, 1, 10) BETWEEN '2025-06-01' AND '2025-06-30'" \
	history --since 2025-06-01 --until 2025-06-30
row "history --outcome --text --format json" \
	"state = 'abandoned' AND $(printf "$TEXT" carol)" \
	history --outcome abandoned --text carol --format json

# The wizard's history list at N sessions: the key until the list shows
# where it is ("1-18 of N"), best of BENCH_RUNS, against the sqlite3 shell
# reading the list's size and its first page (256 rows, the rows the
# wizard keeps around the screen).
if ! command -v python3 >/dev/null 2>&1; then
	echo "SKIP: bench_history: python3 absent, the wizard's list not timed"
	exit 0
fi
b=""
for _ in $(seq "${BENCH_RUNS:-5}"); do
	r=$(TERM=xterm LANG=C.UTF-8 python3 "$KBWIZ_SRC/bench/tui_keytime.py" \
		'What do you want to do' h "of $n" -- "$KBWIZ") || {
		echo "FAIL: bench_history: the wizard's history list did not show"
		exit 1
	}
	if [ -z "$b" ] || awk -v a="$r" -v b="$b" 'BEGIN{split(a, x); split(b, y); exit !(x[1] < y[1])}'; then
		b=$r
	fi
done
s=$(best sqlite3 "$db" "SELECT count(*), max(id) FROM sessions" \
	"SELECT $COLS FROM sessions WHERE 1 $ORDER LIMIT 256")
line "wizard: h until the list is drawn" "$n" "$b" "$s" "sqlite3 -list"
