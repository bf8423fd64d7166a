# test_tui.sh: the terminal wizard through the real binary in tmux: each
# screen is read back with capture-pane.  Keys are sent with send-keys and
# every check polls the pane until the expected text shows (or times out).
. "$KBWIZ_SRC/tests/e2e/lib.sh"

if ! command -v tmux >/dev/null 2>&1; then
	skip "terminal wizard" "tmux is not installed"
	exit 0
fi

. "$KBWIZ_SRC/tests/e2e/tui_lib.sh"

# ---- the main menu --------------------------------------------------------------

start_tui ""
shows "menu at 80x24 lists every item" 'New session' 'Resume a session' 'History' \
	'Knowledge base' 'Demo case' 'Help' 'Quit'
shows "menu has a status line with its keys" '^ Up/Down move  Enter choose .*F1/\? help  q quit'
keys F1
shows "F1 opens help for the menu" 'Help: Main menu' 'Esc +go back one screen'
esc
shows "Esc leaves the help" 'What do you want to do\?'
keys '?'
shows "? opens help too" 'Help: Main menu'
esc

# ---- the knowledge base -----------------------------------------------------------

keys k
shows "knowledge base lists the rules" 'All [0-9]+ rules' '^ > Q[0-9]+ +[A-Z]'
keys /
text 7023
keys Enter
shows "searching 7023 finds Q262832" 'rules? matching "7023"' 'Q262832'
if select_row Q262832; then pass "Q262832 can be selected in the results"; else fail "Q262832 can be selected in the results" "no row"; fi
keys Enter
shows "Enter opens the rule in full" 'Q262832  Cluster service does not start' 'Symptoms' \
	'Event 7023 from Service Control Manager'
keys End
shows "the rule scrolls to its end" 'SHA-256:' 'Last resort:'
esc
esc
esc
shows "Esc goes back to the menu" 'What do you want to do\?'

# ---- a full session on the demo case ----------------------------------------------

if demo_to_symptoms; then
	pass "demo session: case, search, candidate and answer"
else
	fail "demo session: case, search, candidate and answer" "stuck:
$(printf '%s\n' "$SCREEN" | sed 's/^/    | /')"
fi
keys NPage
shows "step 3 lists the evidence found on the volume" 'Step 3 of 7' 'Evidence files \(4\)' \
	'SYSTEM' 'cluster.log' 'SysEvent.Evt'
keys NPage
shows "Next is refused with the engine's reason before the scan" 'Next: .*scan'
keys F5
shows "F5 scans the evidence" 'Evidence files \(4\), scanned' 'read: cluster log'
keys NPage
shows "step 4 shows the failed check Clusnet missing" 'Step 4 of 7' \
	'\[✘ FAIL\] transports-has-clusnet: Clusnet missing' '\[✔ OK\] clusnet-provider-key' \
	'expected: Transports \(REG_MULTI_SZ\) contains "Clusnet"'
# The demo's SOFTWARE hive takes a line above the checks: scroll to the
# failed check's found line.
keys Down Down
shows "step 4 shows what was found for the failed check" 'found: +Transports \(REG_MULTI_SZ\) = \[Tcpip, NetBT\]'
keys NPage
shows "step 5 ranks Q262832 first, confirmed" 'Step 5 of 7' '^> \(\*\) Q262832 +[0-9.]+ +CONFIRMED' \
	'Why: +event 7023'
keys Tab
n=0
# Scroll the detail line by line until the sequence's heading, its source
# and its first hits are on screen together.
while [ "$n" -lt 80 ] && ! { screen | grep -q 'Log sequence cluster-log' && screen | grep -q 'Unable to bind RPC'; }; do
	keys Down; n=$((n + 1))
done
shows "step 5 shows the log sequence hits with line numbers" 'Log sequence cluster-log-startup-failure: 16 of 16 lines in order' \
	'cluster\.log:[0-9]+: ' 'Unable to bind RPC to CDP, status 1720'
shows "step 5 names the article's lines for the log sequence" 'Source: Q262832, lines? [0-9]'
keys Tab
keys NPage
shows "step 6 lists the remediation steps" 'Step 6 of 7' 'Remediating Q262832' \
	'\(needed\) Add Clusnet to the Transports' '\(not needed\) Create the missing'
# Placed among the repair's changes as `kbwiz fix` places it (fix_steps.c).
shows "step 6 says where a step by hand falls among the changes" \
	'backup +\(by hand, before the changes\)'
keys d
shows "d marks a step done" 'backup: done' '✔ done'
keys Down n
text "hive backed up to E:"
keys Enter
shows "n writes a note" 'Note: hive backed up to E:'
shows "a step's detail gives its source in the article" 'Source: Q262832, lines 52-57'
keys NPage
shows "step 7 summarises the session" 'Step 7 of 7' 'Diagnosis: +Q262832' \
	'7 steps: 1 done, 0 skipped, 0 failed, 6 to do' 'Outcome: +\( \) Resolved.*\(\*\) Not resolved'
keys r Tab
text "Clusnet added to Transports"
keys Enter
shows "finishing returns to the menu" 'closed: resolved' 'What do you want to do\?'

# ---- kill -9 in the middle, then resume -----------------------------------------------

if demo_to_symptoms; then
	pass "second session reaches the symptoms"
else
	fail "second session reaches the symptoms" "stuck:
$(printf '%s\n' "$SCREEN" | sed 's/^/    | /')"
fi
keys NPage
shows "second session at step 3" 'Step 3 of 7'
kill -9 "$(cat "$TMP/pid")"
sleep 0.3
start_tui ""
shows "after kill -9 the menu comes back" 'Resume a session'
keys r
shows "resume lists the interrupted session" 'in progress 3/7'
keys Enter
shows "the session resumes at the step it was on" 'Resumed session #2 at step 3' 'Step 3 of 7' \
	'Evidence files \(4\)'
keys PPage
shows "its candidate survived" 'Step 2 of 7' 'Candidates: Q262832'
keys Tab Tab Tab
shows "its answer survived" '\[yes\] Q262832'
keys Tab PPage
shows "its case survived" 'Step 1 of 7' 'node 1 fails after NIC swap'
esc

# ---- history ----------------------------------------------------------------------------

keys h
shows "history lists both sessions, newest first" '^ >   2 .*in progress 1/7' \
	'1 .*demo: cluster node.*Q262832 +resolved'
keys /
text "rule:Q262832"
keys Enter
shows "filter by rule" '1 session ' 'Q262832 +resolved'
lacks "the filter hides the other session" 'in progress [0-9]'
keys /
keys C-u
text "outcome:in-progress"
keys Enter
shows "filter by outcome" '1 session ' 'in progress 1/7'
keys /
keys C-u
text "NIC swap"
keys Enter
shows "filter by text" '2 sessions'
keys /
keys C-u
keys Enter
select_row resolved
keys Enter
shows "Enter opens a session read-only" 'read-only' 'Session #1: resolved' '1 Case details' \
	'Technician:' 'Candidates: +Q262832'
keys End
shows "the read-only view ends with the timeline" 'finish +resolved: Clusnet added'
esc
select_row 'in progress'
keys d
shows "d asks before deleting" 'Delete session #2'
keys y
shows "the session is deleted" 'Session #2 deleted' '1 session '
esc

# ---- resize during a step, with typed input -------------------------------------------------

keys n
shows "new session for the resize test" 'Step 1 of 7'
keys Down
text "half-typed label"
T resize-window -t main -x 100 -y 30
shows "redraws at 100x30 with the typed text" 'Step 1 of 7' 'half-typed label'
T resize-window -t main -x 60 -y 20
shows "60x20 says the terminal is too small" 'Terminal too small: 60x20' 'at least 80x24'
T resize-window -t main -x 80 -y 24
shows "back at 80x24 the typed text is still there" 'Step 1 of 7' 'Machine or case: +half-typed label'
esc
keys q
shows "q asks first when a session is open" 'is open \(it is saved\)\. Quit'
keys y
sleep 0.5

# ---- escape sequences in a log line ----------------------------------------------------------

printf '00000574.00000578::2002/06/11-12:00:01.234 \033]0;pwned\007\033[31m[CS] Initializing RPC server.\n' >"$TMP/evil.log"
sed -n 's/^      - literal: "\(.*\)"$/\1/p' "$KBWIZ_SRC/kb/Q262832.yaml" | sed '1d' |
	sed 's/^/00000574.00000578::2002\/06\/11-12:00:01.234 /' >>"$TMP/evil.log"
start_tui "" --log "'$TMP/evil.log'"
T set-option -t main allow-rename on >/dev/null 2>&1
title_before=$(T display-message -p -t main '#{pane_title}')
shows "--log starts a session with the file" 'Step 1 of 7'
keys NPage
text 1720
keys Enter
wait_for 'Results \([1-9]'
select_row Q262832
keys Space NPage
shows "the log is listed" 'evil\.log'
keys F5
shows "the log is scanned" 'scanned'
keys NPage
wait_for 'Step 4 of 7'
keys NPage
wait_for 'Step 5 of 7'
keys Tab
n=0
while [ "$n" -lt 8 ] && ! screen | grep -q 'pwned'; do keys Space; n=$((n + 1)); done
shows "escape sequences in a log line are shown as text" '\\x1b\]0;pwned\\x07\\x1b\[31m\[CS\]'
title_after=$(T display-message -p -t main '#{pane_title}')
if [ "$title_after" = "$title_before" ] && [ "$title_after" != pwned ]; then
	pass "the window title is unchanged"
else
	fail "the window title is unchanged" "'$title_before' became '$title_after'"
fi

# ---- the registry repair, on a copy of the demo hive -----------------------------------

COPY="$TMP/copy/C"
HIVE="$COPY/WINNT/system32/config/SYSTEM"
mkdir -p "$TMP/copy" "$TMP/out" "$TMP/drafts"
cp -R "$DEMO" "$COPY"
start_tui "KBWIZ_DB='$TMP/fix.db' KBWIZ_DEMO_ROOT='$COPY'"
if wait_for 'Demo case' && demo_to_symptoms; then
	pass "repair: a demo session on the copy"
else
	fail "repair: a demo session on the copy" "stuck:
$(printf '%s\n' "$SCREEN" | sed 's/^/    | /')"
fi
keys NPage
wait_for 'Step 3 of 7'
keys F5
shows "step 3 sums up what the scan found, per rule" 'Found in the evidence:' \
	'Q262832: event 7023 x1, cluster log 16/16 lines'
keys NPage
if wait_for 'transports-has-clusnet: Clusnet missing' && wait_for 'clusnet-provider-key:'; then
	c_ok=$(printf '%s\n' "$SCREEN" | grep 'clusnet-provider-key:' | head -1 | awk '{ print index($0, "clusnet-provider-key") }')
	c_fail=$(printf '%s\n' "$SCREEN" | grep 'transports-has-clusnet:' | head -1 | awk '{ print index($0, "transports-has-clusnet") }')
	if [ "$c_ok" = "$c_fail" ]; then
		pass "step 4: the check ids line up after [OK] and [FAIL]"
	else
		fail "step 4: the check ids line up after [OK] and [FAIL]" "columns $c_ok and $c_fail"
	fi
else
	fail "step 4: the check ids line up after [OK] and [FAIL]" "checks not shown"
fi
keys NPage
wait_for 'Step 5 of 7'
keys NPage
shows "repair: step 6 offers the repair keys" 'Step 6 of 7' 'p plan  a apply  v verify  e .reg  U undo'
keys p
shows "p shows the repair plan, before and after" 'Repair for Q262832' 'copy/C/WINNT/system32/config/SYSTEM' \
	'Transports \(REG_MULTI_SZ\)' 'before: +\[Tcpip, NetBT\]' 'after: +\[Tcpip, NetBT, Clusnet\]' \
	'2 checks already pass'
keys End
shows "the plan places the steps by hand among its changes" 'By hand \([0-9]+\)' \
	'- backup \(before the changes\): ' 'reinstall-cluster-service \(last resort\)'
keys Home
keys e
shows "e asks the .reg format (5 first)" 'which format' '\(\*\) 5 '
keys Enter
shows "e offers a file name" 'Write the .reg file to' 'demo-cluster-node-Q262832\.reg'
keys C-u
text "$TMP/out/repair.reg"
keys Enter
shows "e writes the .reg file and says where" 'Wrote .*repair\.reg'
if [ -s "$TMP/out/repair.reg" ]; then pass "the .reg file exists"; else fail "the .reg file exists" "missing"; fi
# Its header places the steps by hand as the plan does.
reg_text=$(iconv -f UTF-16LE -t UTF-8 "$TMP/out/repair.reg" 2>/dev/null | tr -d '\r')
case "$reg_text" in
*"; By hand, among the changes as kbwiz fix numbers them:"*"backup (before the changes): "*"(last resort): "*)
	pass "the .reg file's header places the steps by hand" ;;
*) fail "the .reg file's header places the steps by hand" "$(printf '%s\n' "$reg_text" | head -12)" ;;
esac
keys a
shows "a asks first, naming the hive" 'Write 1 change to' 'copy/C/WINNT/system32/config/SYSTEM\?' 'y = yes'
keys n
shows "no writes nothing" 'Not confirmed: nothing was written'
if "$KBWIZ" diagnose --hive "$HIVE" 2>&1 | grep -q '\[FAIL\] .*transports-has-clusnet'; then
	pass "the hive is unchanged after no"
else
	fail "the hive is unchanged after no" "the check no longer fails"
fi
keys a
wait_for 'Write 1 change to'
keys y
shows "a then y repairs the hive" 'Repaired SYSTEM: 1 change written' 'Applied: 1 change written to'
shows "applying verifies: the checks run again and pass" 'fixed: 3 of 3 checks pass now'
if printf '%s\n' "$SCREEN" | grep -q 'applying is refused'; then
	fail "the plan after applying shows the hive as it is now" "$(printf '%s\n' "$SCREEN" | sed 's/^/    | /')"
else
	shows "the plan after applying shows the hive as it is now" 'Nothing to change' '3 checks already pass'
fi
keys v
shows "v verifies on request" 'fixed: 3 of 3 checks pass now'
# The store remembers the repair by the hive's SHA-256: a copy of the
# repaired hive away from its undo record is still known as repaired.
mkdir -p "$TMP/moved"
cp "$HIVE" "$TMP/moved/SYSTEM"
expect_out "a copy of the repaired hive is REPAIRED, naming the session" 1 'kbwiz repaired this hive in session 1 on' \
	env KBWIZ_DB="$TMP/fix.db" "$KBWIZ" diagnose --hive "$TMP/moved/SYSTEM" --events "$COPY/WINNT/system32/config/SysEvent.Evt"
OUT=$("$KBWIZ" diagnose --hive "$HIVE" 2>&1)
if printf '%s\n' "$OUT" | grep -q '\[FAIL\]'; then
	fail "kbwiz diagnose on the repaired copy shows no failed check" "$(printf '%s\n' "$OUT" | grep FAIL)"
elif printf '%s\n' "$OUT" | grep -Eq '^ +ok +hive '; then
	pass "kbwiz diagnose on the repaired copy shows no failed check"
else
	fail "kbwiz diagnose on the repaired copy shows no failed check" "$(printf '%s' "$OUT" | head -20)"
fi
if ls "$HIVE".kbwiz-s1-*.bak >/dev/null 2>&1; then
	pass "a backup lies beside the repaired hive"
else
	fail "a backup lies beside the repaired hive" "$(ls "$(dirname "$HIVE")")"
fi
keys U
shows "U asks before undoing" 'Undo the repair of' 'y = yes'
keys y
shows "U restores the backup" 'Undone: .*restored'
keys v
shows "v after the undo says what fails again" 'not fixed: 2 of 3 checks pass now; still' \
	'transports-has-clusnet'
if "$KBWIZ" diagnose --hive "$HIVE" 2>&1 | grep -q '\[FAIL\] .*transports-has-clusnet'; then
	pass "after the undo the check fails again"
else
	fail "after the undo the check fails again" "the hive is not the original"
fi
esc
keys NPage
shows "repair: step 7" 'Step 7 of 7' 'x export'
keys r
keys x
shows "x on an open session asks whether to finish first" 'still open' 'finish it now'
keys f Enter
shows "x asks the report format" 'which format' 'html'
keys h Enter
shows "x offers the default file name" 'Write the html report to' 'kbwiz-session-1-.*\.html'
keys Enter
shows "the HTML report is written and where is shown" "Wrote $TMP/kbwiz-session-1-" 'Finished: resolved'
f=$(ls "$TMP"/kbwiz-session-1-*.html 2>/dev/null | head -1)
if [ -n "$f" ] && grep -q Q262832 "$f" && ! grep -q "$(printf '\033')" "$f"; then
	pass "the HTML report exists, names Q262832, holds no ESC"
else
	fail "the HTML report exists, names Q262832, holds no ESC" "file '$f'"
fi
keys x
shows "x again on the finished session" 'which format'
keys m Enter
wait_for 'Write the md report to'
keys C-u
text "$TMP/out/report.md"
keys Enter
shows "the Markdown report is written" 'Wrote .*out/report\.md'
if grep -q Q262832 "$TMP/out/report.md" && ! grep -q "$(printf '\033')" "$TMP/out/report.md"; then
	pass "the Markdown report names Q262832, holds no ESC"
else
	fail "the Markdown report names Q262832, holds no ESC" "$(head -3 "$TMP/out/report.md")"
fi
keys x
wait_for 'which format'
keys m Enter
wait_for 'Write the md report to'
keys C-u
text "$TMP/out/report.md"
keys Enter
shows "an existing file is not replaced without a yes" 'already exists\. Replace it\?'
keys n
esc
shows "Esc cancels the export" 'Export cancelled'
keys Enter
shows "Enter leaves the finished session for the menu" 'closed: resolved' 'What do you want to do\?'
keys h
wait_for 'resolved'
keys x
shows "History: x exports the selected session" 'Export session #1'
keys j Enter
wait_for 'Write the json report to'
keys C-u
text "$TMP/out/h.json"
keys Enter
shows "History: the JSON report is written" 'Wrote .*out/h\.json'
esc

# ---- the article library -----------------------------------------------------------------

KBWIZ_DB="$TMP/lib.db" "$KBWIZ" kb library add "$KBWIZ_SRC/tests/fixtures/articles" >/dev/null 2>&1
if [ -d "$SHARED/kb-articles" ]; then
	KBWIZ_DB="$TMP/lib.db" "$KBWIZ" kb library add "$SHARED/kb-articles" >/dev/null 2>&1
fi
start_tui "KBWIZ_DB='$TMP/lib.db'"
wait_for 'Knowledge base'
keys k
wait_for 'All [0-9]+ rules'
keys /
text 4711
keys Enter
shows "KB search shows library articles after the rules" 'Articles in the library \([1-9]' \
	'Q900001 +Frobnitz Replication Service'
select_row Q900001
keys Enter
shows "Enter opens the article" 'library article' 'Q900001  Frobnitz Replication Service' 'DOCUMENT:Q900001'
n=0
while [ "$n" -lt 8 ] && ! screen | grep -q 'Event ID: 4711'; do keys Space; n=$((n + 1)); done
shows "the article scrolls to its text" 'After a move of the spool folder' 'Event ID: 4711'
keys i
shows "i asks for the directory of the draft" 'write Q900001\.yaml into which directory'
keys C-u
text "$TMP/drafts"
keys Enter
shows "i writes the draft and says where" 'Draft rule written to' 'drafts/Q900001\.yaml' 'kbwiz kb check'
if [ -s "$TMP/drafts/Q900001.yaml" ]; then
	"$KBWIZ" kb check "$TMP/drafts/Q900001.yaml" >/dev/null 2>"$TMP/check.err"; rc=$?
	other=$(grep -v -E "^kbwiz: .*Q900001\.yaml:[0-9]+:1: review|^kbwiz: .*Q900001\.yaml: draft: [0-9]+ item\(s\) to review$|^kbwiz: 1 of 1 files have errors$" "$TMP/check.err")
	if [ "$rc" -eq 3 ] && [ -z "$other" ]; then
		pass "kb check lists only the draft's review items"
	else
		fail "kb check lists only the draft's review items" "rc=$rc: $other"
	fi
else
	fail "the draft file exists" "no $TMP/drafts/Q900001.yaml"
fi
esc
esc
esc
wait_for 'What do you want to do'
keys n
wait_for 'Step 1 of 7'
keys NPage
text 4711
keys Enter
shows "step 2 lists library articles below the rules" 'Articles in the library \([1-9]' 'Q900001'

# ---- NO_COLOR and a monochrome vt100 in ASCII ---------------------------------------------------

start_tui "NO_COLOR=1"
shows "NO_COLOR: the menu works" 'New session' '^ Up/Down move'
if T capture-pane -e -p -t main | grep -Eq "$(printf '\033')\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;|48;)"; then
	fail "NO_COLOR: no colour on the screen" "colour escapes found"
else
	pass "NO_COLOR: no colour on the screen"
fi
keys k
shows "NO_COLOR: the knowledge base works" 'All [0-9]+ rules'

start_tui "TERM=vt100 LANG=C LC_ALL=C"
shows "vt100: the menu works" 'New session' 'Demo case'
NEXT=C-n
SCAN=C-r
if demo_to_symptoms; then pass "vt100: the wizard works (^N for Next)"; else fail "vt100: the wizard works (^N for Next)" "stuck"; fi
keys $NEXT
keys $SCAN
shows "vt100: ^R scans" 'scanned'
keys $NEXT
shows "vt100: ASCII status symbols" '\[FAIL\] transports-has-clusnet: Clusnet missing' '\[ OK \] clusnet-provider-key'
if screen | grep -q '[^ -~]'; then
	fail "vt100: ASCII only on the screen" "$(screen | grep '[^ -~]' | head -2)"
else
	pass "vt100: ASCII only on the screen"
fi

# ---- the evidence explorer (F4 in the wizard, e in the history) ---------------------------------

EVOL="$TMP/evol"
mkdir -p "$EVOL/WINDOWS/System32/config"
"$TOOLS/mkhive" "$KBWIZ_SRC/tests/fixtures/hives/services.spec" "$EVOL/WINDOWS/System32/config/SYSTEM" >/dev/null
printf '[Microsoft\\Windows NT\\CurrentVersion]\n"ProductName"="Windows Server 2003"\n"CurrentVersion"="5.2"\n"CurrentBuildNumber"="3790"\n' \
	>"$TMP/software.spec"
"$TOOLS/mkhive" "$TMP/software.spec" "$EVOL/WINDOWS/System32/config/SOFTWARE" >/dev/null
printf '%s\n' \
	'2002-06-11 09:30:00|7000|error|Service Control Manager|NODE2|Computer Browser|%%1058' \
	'2002-06-11 09:45:00|7000|error|Service Control Manager|NODE2|Computer Browser|%%1058' \
	'2002-06-11 10:15:42|7023|error|Service Control Manager|NODE2|Cluster Server|%%1720' \
	'2002-06-11 10:16:00|7036|information|Service Control Manager|NODE2|Alerter|running' \
	'2002-06-11 10:17:00|1|warning|Evil|NODE2|\033]0;pwned\007\033[31mred' |
	sed 's/\\033/\x1b/g; s/\\007/\x07/g' >"$TMP/evol.spec"
"$TOOLS/mkevt" "$TMP/evol.spec" "$EVOL/WINDOWS/System32/config/SysEvent.Evt" >/dev/null
start_tui "" --root "'$EVOL'"
shows "--root starts a session for the explorer" 'Step 1 of 7'
keys F4
shows "F4 opens the evidence explorer on the services" 'evidence explorer \(read-only\)' \
	'\[2 Services \(14\)\]' 'Services: 14 '
# Where the list is: the list's own row under its rows (list_draw).
shows "the services say where the list is, on a row of their own" \
	'^ {20,}1-7 of 14, more below (↓|v) *$'
select_row '^ ?> Browser '
shows "a service's detail, position shown" 'display name +Computer Browser' \
	'^ {20,}1-7 of 14, more below (↓|v) *$'
keys d
shows "d shows the dependency tree, missing and disabled flagged" 'Srv2  MISSING' 'MRxSmb  DISABLED' \
	'What it needs'
keys /
text lanman
keys Enter
shows "/ filters the services" 'Services: 2 of 14 shown' '^ {20,}1 of 2 *$'
keys 3
shows "3: the events, in time order" '\[3 Events \(5\)\]' 'Events: 5 ' '^ {20,}1 of 5 *$' \
	'> 2002-06-11 09:30 error Service Control Manager +7000'
shows "an event's detail explains its message reference" '%%1058 = error 1058 \(Windows system error text\)'
keys l
shows "l: errors only" 'Events: 3 of 5 shown +level critical\+error' '^ {20,}1 of 3 *$'
keys l
shows "l again: warnings, their text made visible" 'Events: 1 of 5 shown' '\\x1b\]0;pwned\\x07\\x1b\[31mred'
lacks "no escape sequence reached the terminal" 'pwned$'
keys c
shows "c clears the filters" 'Events: 5 ' '^ {20,}1 of 5 *$'
keys 1
shows "1: the machine" 'Windows +Windows Server 2003 5\.2 \(build 3790' \
	'current control set +ControlSet001' 'LastKnownGood +ControlSet002'
T resize-window -t main -x 100 -y 30 >/dev/null 2>&1
keys 2
shows "a resize lays the screen out again" '\[2 Services \(14\)\]'
T resize-window -t main -x 80 -y 24 >/dev/null 2>&1
esc
shows "Esc goes back to the wizard step" 'Step 1 of 7'
esc
keys h
shows "the history lists the session" 'kbwiz - history'
keys e
shows "e in the history opens the explorer over that session" 'evidence explorer' 'session #[0-9]+'
esc
shows "Esc goes back to the history" 'Enter read'

# ---- the machine from the hives fills an empty label -----------------------------

start_tui "KBWIZ_DB='$TMP/machine.db'" --hive "'$DEMO/WINNT/system32/config/SYSTEM'"
shows "step 1 takes the computer name from the hive for an empty label" 'Step 1 of 7' \
	'Machine or case: +NODE1' 'NODE1, unknown Windows version \(no SOFTWARE hive\)'

# ---- Ctrl-C and a crash restore the terminal ---------------------------------------------------

stop_tmux
T new-session -d -s main -x 80 -y 24 "env PS1='$ ' sh -i"
T set-option -g status off >/dev/null 2>&1
sleep 0.3
keys "env LANG=C.UTF-8 KBWIZ_DB='$KBWIZ_DB' KBWIZ_KB_DIR='$KBWIZ_KB_DIR' '$KBWIZ'; echo KBWIZ-EXIT=\$?; stty -a | tr ' ' '\\n' | grep -E '^-?(echo|icanon)\$' | tr '\\n' ' '; echo" Enter
shows "the menu runs from a shell" 'What do you want to do\?'
keys C-c
shows "Ctrl-C ends kbwiz" 'KBWIZ-EXIT=130'
shows "the terminal is sane afterwards (echo, icanon)" '^icanon echo *$'
lacks "the menu is gone from the screen" 'What do you want to do'

keys clear Enter
keys "env LANG=C.UTF-8 KBWIZ_DB='$KBWIZ_DB' KBWIZ_KB_DIR='$KBWIZ_KB_DIR' sh -c 'echo \$\$ >$TMP/pid; exec $KBWIZ'; echo KBWIZ-EXIT=\$?; stty -a | tr ' ' '\\n' | grep -E '^-?(echo|icanon)\$' | tr '\\n' ' '; echo" Enter
shows "the menu runs again" 'What do you want to do\?'
kill -SEGV "$(cat "$TMP/pid")"
shows "a crash (SIGSEGV) ends kbwiz with its signal" 'KBWIZ-EXIT=139'
shows "the terminal is sane after the crash" '^icanon echo *$'

# Evidence named on the command line that is not there: a clear message,
# exit 5, no session started.
keys clear Enter
keys "env KBWIZ_DB='$KBWIZ_DB' KBWIZ_KB_DIR='$KBWIZ_KB_DIR' '$KBWIZ' --hive /nonexistent/SYSTEM; echo KBWIZ-EXIT=\$?" Enter
shows "a missing --hive is named before the wizard starts" 'nonexistent/SYSTEM: No such file or directory' 'KBWIZ-EXIT=5'

T kill-server 2>/dev/null
exit 0
