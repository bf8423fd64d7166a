#!/bin/sh
# bench_history.sh: `kbwiz history` over a store of 100,000 sessions
# (BENCH_SESSIONS), each made through the session engine by
# build/tools/mkhistory, against the sqlite3 shell running the same query
# on the same store, side by side.  Figures are the best of three whole
# runs (output to /dev/null); the ratio is kbwiz / sqlite3.
#   history            every session, as the table
#   --format json      every session, against sqlite3 -json
#   --text WORDS       a label few sessions carry (the trigram index) and a
#                      word every session carries (the whole list)
#   --outcome, --rule, --since/--until: the indexed filters
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

# row NAME SQLWHERE KBWIZ-ARGS...: the figure for kbwiz and for sqlite3
# (list mode, or -json for --format json) on the same query.
row() {
	name=$1 where=$2
	shift 2
	mode=-list
	case "$*" in *json*) mode=-json ;; esac
	k=$(best3 "$KBWIZ" "$@")
	s=$(best3 sqlite3 "$mode" "$db" "SELECT $COLS FROM sessions WHERE $where $ORDER")
	rows=$(sqlite3 "$db" "SELECT count(*) FROM sessions WHERE $where")
	awk -v n="$name" -v r="$rows" -v k="$k" -v s="$s" -v m="$mode" 'BEGIN {
		printf "%-34s %6d rows  kbwiz %6.1f ms  sqlite3 %-5s %6.1f ms  ratio %.2f\n",
			n, r, k * 1000, m, s * 1000, (s > 0 ? k / s : 0) }'
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
