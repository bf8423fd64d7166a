#!/bin/sh
# kbwiz triage --record: every machine a session at the diagnosis step,
# labelled with its computer name; kill -9 in the middle loses no
# finished machine and records none twice.
. "$(dirname "$0")/lib.sh"
. "$KBWIZ_SRC/tests/e2e/triage_lib.sh"

if ! command -v python3 >/dev/null || ! command -v jq >/dev/null || ! command -v sqlite3 >/dev/null ||
	! command -v setsid >/dev/null; then
	skip "triage --record" "needs python3, jq, sqlite3 and setsid (scripts/deps.sh test)"
	exit 0
fi
TRIAGE_KINDS="$TMP"
triage_kinds "$TMP"
M="$TMP/machines"
mkdir -p "$M"
for copy in 1 2 3 4 5 6 7 8; do
	for kind in faulty healthy notnode; do
		triage_machine "$kind" volume "$kind-$copy" "$M"
	done
done
triage_machine faulty velo node-zip "$M"
"$KBWIZ" kb list >/dev/null 2>&1

"$KBWIZ" triage --record --format jsonl "$M/faulty-1" "$M/node-zip.zip" >"$TMP/r1.jsonl" 2>/dev/null
s1=$(jq -r 'select(.path)|.session' "$TMP/r1.jsonl" | sort | tr '\n' ' ')
[ "$s1" = "1 2 " ] && pass "triage --record: one session per machine" || fail "triage --record: sessions" "$s1"
expect_out "triage --record: sessions at the diagnosis step, labelled by computer name" 0 \
	'in progress +5 +Q262832 +NODE1' "$KBWIZ" history
want=$(jq -c 'select(.path)|select(.session == 1)|.confirmed' "$TMP/r1.jsonl")
got=$("$KBWIZ" export 1 --format json 2>/dev/null |
	jq -c '[.diagnosis.diagnosed[]|select(.verdict == "confirmed")|.rule]')
[ -n "$got" ] && [ "$got" = "$want" ] && pass "triage --record: the session holds the findings" ||
	fail "triage --record: session findings" "$got vs $want"
ls "$KBWIZ_DB" >/dev/null
kept=$(find "$(dirname "$KBWIZ_DB")/triage-evidence" -type f | wc -l)
[ "$kept" -gt 0 ] && pass "triage --record: a zip's evidence is kept beside the store for its session" ||
	fail "triage --record: zip evidence" "$kept files"
expect_out "triage --record: a machine recorded before is not recorded again" 0 \
	'1 machine already recorded' "$KBWIZ" triage --record "$M/faulty-1"
n=$(sqlite3 "$KBWIZ_DB" 'SELECT count(*) FROM sessions')
[ "$n" -eq 2 ] && pass "triage --record: no duplicate session" || fail "triage --record: sessions" "$n"

# kill -9 the run and its workers once some machines are done.
setsid "$KBWIZ" triage --record --jobs 2 --format jsonl "$M" >"$TMP/killed.jsonl" 2>/dev/null &
pid=$!
i=0
while [ "$i" -lt 300 ]; do
	d=$(sqlite3 "$KBWIZ_DB" "SELECT count(*) FROM session_log WHERE kind = 'triage-done'" 2>/dev/null)
	[ "${d:-0}" -ge 6 ] && break
	sleep 0.05
	i=$((i + 1))
done
kill -9 "-$pid" 2>/dev/null
wait "$pid" 2>/dev/null
done_before=$(sqlite3 "$KBWIZ_DB" "SELECT group_concat(session_id) FROM (SELECT session_id FROM session_log WHERE kind = 'triage-done' ORDER BY session_id)")
total_before=$(sqlite3 "$KBWIZ_DB" 'SELECT count(*) FROM sessions')
# One transaction per machine: what the kill left holds only whole
# machines, no session without its triage-done line.
partial=$(sqlite3 "$KBWIZ_DB" "SELECT count(*) FROM sessions s WHERE NOT EXISTS
	(SELECT 1 FROM session_log l WHERE l.session_id = s.id AND l.kind = 'triage-done')")
[ "$partial" -eq 0 ] && pass "triage --record: kill -9 left no machine half recorded (one transaction per machine)" ||
	fail "triage --record: half-recorded sessions after kill -9" "$partial of $total_before"
"$KBWIZ" triage --record --jobs 2 --format jsonl "$M" >"$TMP/again.jsonl" 2>"$TMP/again.err"
rc=$?
[ "$rc" -eq 0 ] && pass "triage --record: the run again after kill -9 completes" ||
	fail "triage --record after kill" "exit $rc: $(cat "$TMP/again.err")"
lost=""
for id in $(echo "$done_before" | tr ',' ' '); do
	grep -q "\"session\":$id[,}]" "$TMP/again.jsonl" || lost="$lost $id"
done
[ -z "$lost" ] && pass "triage --record: kill -9 lost no finished machine ($done_before)" ||
	fail "triage --record: finished sessions lost after kill -9" "$lost"
dups=$(jq -r 'select(.path)|.session' "$TMP/again.jsonl" | sort | uniq -d)
missing=$(jq -r 'select(.path)|select(.session == null)|.path' "$TMP/again.jsonl")
[ -z "$dups" ] && [ -z "$missing" ] && pass "triage --record: every machine one session" ||
	fail "triage --record: sessions" "dups: $dups missing: $missing"
done_n=$(sqlite3 "$KBWIZ_DB" "SELECT count(*) FROM sessions WHERE state = 'in-progress' AND step = 5")
[ "$done_n" -eq 25 ] && pass "triage --record: 25 machines in progress at the diagnosis step" ||
	fail "triage --record: recorded" "$done_n in progress at step 5 (before kill: $total_before sessions)"
[ "$total_before" -lt 25 ] && pass "triage --record: the kill came mid-run ($total_before sessions then)" ||
	skip "triage --record: kill mid-run" "the run had finished before the kill came"
cut=$(sqlite3 "$KBWIZ_DB" "SELECT count(*) FROM sessions s WHERE state = 'in-progress' AND step != 5
	AND EXISTS (SELECT 1 FROM session_log l WHERE l.session_id = s.id AND l.kind = 'triage-start')")
blank=$(sqlite3 "$KBWIZ_DB" "SELECT count(*) FROM sessions WHERE state = 'in-progress' AND step = 1 AND label = ''")
[ "$cut" -eq 0 ] && [ "$blank" -eq 0 ] && pass "triage --record: no session cut short or blank is left" ||
	fail "triage --record: cut short" "$cut cut short, $blank blank"
