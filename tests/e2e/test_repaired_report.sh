# test_repaired_report.sh: a case repaired and verified in the wizard
# keeps what was found.  The demo case (a copy in a temp folder) is taken
# through the wizard in tmux to step 6, repaired (a, y), verified (v);
# then `kbwiz export` of that session, in every format, still names the
# rule as found (confirmed), says it was repaired and verified, and gives
# the hive's SHA-256 from before the repair.
. "$KBWIZ_SRC/tests/e2e/lib.sh"

if ! command -v tmux >/dev/null 2>&1; then
	skip "repaired case report" "tmux is not installed"
	exit 0
fi

SOCK="kbwiz-rep-$$"
T() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'tmux -L "$SOCK" kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
WAIT_TENTHS=${KBWIZ_TUI_WAIT:-80}

"$KBWIZ_SRC/tests/make-demo.sh" "$KBWIZ_BUILD" "$TMP/demo" >/dev/null
DEMO="$TMP/demo/C"
HIVE="$DEMO/WINNT/system32/config/SYSTEM"
DB="$TMP/rep.db"
before=$(sha256sum "$HIVE" | cut -d' ' -f1)

screen() { T capture-pane -p -t main 2>/dev/null; }
wait_for() {
	i=0
	while [ "$i" -lt "$WAIT_TENTHS" ]; do
		SCREEN=$(screen)
		printf '%s\n' "$SCREEN" | grep -Eq -- "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
keys() { T send-keys -t main "$@"; sleep 0.15; }
text() { T send-keys -t main -l "$1"; sleep 0.15; }
# step NAME PATTERN: stop the test (a failed step leaves nothing to check)
# when PATTERN does not show.
step() {
	if wait_for "$2"; then
		pass "$1"
	else
		fail "$1" "the screen lacks /$2/:
$(printf '%s\n' "$SCREEN" | sed 's/^/    | /')"
		exit 0
	fi
}

# to_step6 DEMO LABEL: a new wizard session on the demo case at DEMO,
# taken to step 6 with Q262832 chosen.
to_step6() {
	T new-session -d -s main -x 100 -y 30 -c "$TMP" \
		"exec env LANG=C.UTF-8 KBWIZ_DB='$DB' KBWIZ_KB_DIR='$KBWIZ_KB_DIR' KBWIZ_DEMO_ROOT='$1' '$KBWIZ'"
	T set-option -t main remain-on-exit on >/dev/null 2>&1
	step "the wizard starts" 'Demo case'
	keys d
	step "the demo case opens a session" 'Step 1 of 7'
	keys Down Down
	text "$2"
	keys Enter NPage
	step "step 2" 'Step 2 of 7'
	text 7023
	keys Enter
	step "searching 7023 finds rules" 'Results \([1-9]'
	# Q262832 is the first result for 7023 on the demo's rules.
	i=0
	while [ "$i" -lt 40 ] && ! screen | grep -Eq '^ ?> .*Q262832'; do keys Down; i=$((i + 1)); done
	keys Space
	step "Q262832 is a candidate" 'Candidates: .*Q262832'
	keys NPage
	step "step 3" 'Step 3 of 7'
	keys F5
	step "the scan finds the 7023 event and the log" 'Q262832: event 7023 x1'
	keys NPage
	step "step 4 finds Clusnet missing" 'transports-has-clusnet: Clusnet missing'
	keys NPage
	step "step 5" 'Step 5 of 7'
	keys NPage
	step "step 6 offers the repair" 'a apply'
}
to_step6 "$DEMO" "repaired case"
keys a
step "a asks before writing" 'y = yes'
keys y
step "the repair is written" 'Repaired SYSTEM: 1 change written'
keys v
step "v verifies again" 'fixed: 3 of 3 checks pass now'
after=$(sha256sum "$HIVE" | cut -d' ' -f1)
if [ "$after" != "$before" ]; then pass "the hive copy was repaired"; else fail "the hive copy was repaired" "unchanged"; fi
keys NPage
step "the summary says found, repaired and verified" 'Findings: +found: Q262832 confirmed'
if printf '%s\n' "$SCREEN" | tr '\n' ' ' | tr -s ' ' | grep -q 'Diagnosis: Q262832 .*(repaired, score'; then
	pass "the summary's verdict is repaired"
else
	fail "the summary's verdict is repaired" "$(printf '%s\n' "$SCREEN" | grep Diagnosis)"
fi
T kill-server 2>/dev/null

# Reports through the binary: one line per check, on the text with its
# wrapping undone.
for f in txt md html json; do
	if ! "$KBWIZ" --db "$DB" export 1 --format $f >"$TMP/r.$f" 2>"$TMP/err"; then
		fail "export --format $f" "$(cat "$TMP/err")"
		continue
	fi
	tr '\n' ' ' <"$TMP/r.$f" | tr -s ' ' >"$TMP/flat.$f"
	if grep -q 'No rule is supported' "$TMP/flat.$f"; then
		fail "$f report keeps the diagnosis" "says no rule is supported"
	else
		pass "$f report keeps the diagnosis"
	fi
	check "$f report names what was found" grep -q 'found: Q262832 confirmed' "$TMP/flat.$f"
	check "$f report says repaired and verified" grep -q 'repaired and verified: 3 of 3 checks pass at ' "$TMP/flat.$f"
	check "$f report gives the hive's SHA-256 from before the repair" grep -q "$before" "$TMP/flat.$f"
	check "$f report gives the hive's SHA-256 after the repair" grep -q "$after" "$TMP/flat.$f"
done
check "the text report's verdict is repaired" grep -q 'Chosen rule: repaired;' "$TMP/flat.txt"
check "JSON: the chosen rule's verdict is repaired, found confirmed" jq -e \
	'.diagnosis.chosen.verdict == "repaired" and .diagnosis.chosen.found_verdict == "confirmed" and .diagnosis.chosen.verification.result == "fixed"' "$TMP/r.json"
check "event times show the machine's clock (the demo: UTC-08:00)" grep -q 'Z (machine: 2002-06-11 [0-9:]* UTC-08:00)' "$TMP/flat.txt"

# Every cited fact carries its source: Q262832's cause cites lines 40-42
# (and 52-69), its checks their own lines; JSON as fields.
for f in txt md html; do
	check "$f report gives the cause's article lines" grep -q 'Q262832, lines 40-42, 52-69' "$TMP/flat.$f"
	check "$f report gives a check's article lines" grep -q 'Q262832, lines 65-69' "$TMP/flat.$f"
	check "$f report says the applicability check is kbwiz's reading" grep -Eq "kbwiz('|&#39;)s reading, not in Q262832" "$TMP/flat.$f"
	# Found and now read the same everywhere: the failed check and the
	# diagnosis say what the repair changed.
	check "$f report: the failed check says it passes after the repair" grep -q 'repaired since: passes after the repair' "$TMP/flat.$f"
	check "$f report: the diagnosis entry says repaired since" grep -q 'repaired since: 3 of 3 checks pass after the repair' "$TMP/flat.$f"
	check "$f report: the step note says it was applied in the wizard" grep -q 'applied in the wizard; backup SYSTEM' "$TMP/flat.$f"
	if grep -q 'applied by kbwiz fix' "$TMP/flat.$f"; then
		fail "$f report does not say kbwiz fix applied it" "$(grep -o 'applied by kbwiz fix[^<]*' "$TMP/flat.$f" | head -1)"
	else
		pass "$f report does not say kbwiz fix applied it"
	fi
done
check "JSON: the cause's source" jq -e '.diagnosis.diagnosed[0].cause_source.cite == "40-42, 52-69"' "$TMP/r.json"
check "JSON: each check has a source" jq -e '[.registry_checks[] | select(.source == null)] == []' "$TMP/r.json"
check "JSON: the failed check says what it reads now" jq -e \
	'[.registry_checks[] | select(.check == "transports-has-clusnet") | .now | test("passes after the repair")] == [true]' "$TMP/r.json"
check "the backup step is done, naming kbwiz's backup" grep -Eq '\[done\] +backup \(manual\).*Note: kbwiz backed up SYSTEM before writing it: .*\.bak' "$TMP/flat.txt"
check "JSON: the backup step is done" jq -e '[.remediation.steps[] | select(.id == "backup") | .status] == ["done"]' "$TMP/r.json"

# kbwiz's own actions are stamped on the technician's computer: the
# timeline and the repair records show UTC only; the machine's clock is
# beside its events alone.
sed -n '/^TIMELINE$/,/^SYMPTOMS AND ANSWERS$/p;/Backups, changes and verification:/,/^OUTCOME$/p' "$TMP/r.txt" >"$TMP/ours.txt"
if [ -s "$TMP/ours.txt" ] && ! grep -q 'machine:' "$TMP/ours.txt"; then
	pass "the timeline and repair records show UTC only"
else
	fail "the timeline and repair records show UTC only" "$(grep 'machine:' "$TMP/ours.txt" | head -3)"
fi
check "the timeline says once that its times are UTC" grep -q 'Times are UTC, as kbwiz recorded them' "$TMP/flat.txt"

# The history says the session was repaired (it stays in progress until
# closed); undone, it does not.
hist() { "$KBWIZ" --db "$DB" history 2>&1; }
check "history: the wizard-repaired session shows repaired" sh -c "'$KBWIZ' --db '$DB' history | grep -Eq '^ +1  .*  repaired  '"
check "history JSON: repair verified, state in progress" sh -c "'$KBWIZ' --db '$DB' history --format json | jq -e '.[0].repair == \"verified\" and .[0].state == \"in-progress\"'"
"$KBWIZ" --db "$DB" fix --undo 1 >"$TMP/undo.out" 2>&1
check "undo restores the hive" test "$(sha256sum "$HIVE" | cut -d' ' -f1)" = "$before"
if hist | grep -Eq '^ +1  .*  repaired'; then
	fail "history: an undone repair is not shown as repaired" "$(hist)"
else
	pass "history: an undone repair is not shown as repaired"
fi

# A second session, taken to step 6 in the wizard and repaired from the
# command line (`kbwiz fix 2 --apply --yes`): the CLI checks the session
# again as the wizard does, and history and report say so.
"$KBWIZ_SRC/tests/make-demo.sh" "$KBWIZ_BUILD" "$TMP/demo2" >/dev/null
to_step6 "$TMP/demo2/C" "cli case"
T kill-server 2>/dev/null
"$KBWIZ" --db "$DB" fix 2 --apply --yes >"$TMP/cli.out" 2>&1
check "kbwiz fix 2 --apply --yes checks the session again" grep -q 'Session 2 checked again: fixed: 3 of 3 checks pass now' "$TMP/cli.out"
check "history: the CLI-repaired session shows repaired" sh -c "'$KBWIZ' --db '$DB' history | grep -Eq '^ +2  .*  repaired  '"
"$KBWIZ" --db "$DB" export 2 --format txt >"$TMP/cli.txt" 2>&1
tr '\n' ' ' <"$TMP/cli.txt" | tr -s ' ' >"$TMP/cli.flat"
check "the report of the CLI repair says kbwiz fix applied it" grep -q 'applied by kbwiz fix; backup SYSTEM' "$TMP/cli.flat"
check "the report of the CLI repair says repaired and verified" grep -q 'Chosen rule: repaired;' "$TMP/cli.flat"
check "the report of the CLI repair marks the backup step done" grep -Eq '\[done\] +backup \(manual\)' "$TMP/cli.flat"
