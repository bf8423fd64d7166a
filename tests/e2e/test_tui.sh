# test_tui.sh: the terminal wizard through the real binary in tmux: each
# screen is read back with capture-pane.  Keys are sent with send-keys and
# every check polls the pane until the expected text shows (or times out).
. "$KBWIZ_SRC/tests/e2e/lib.sh"

if ! command -v tmux >/dev/null 2>&1; then
	skip "terminal wizard" "tmux is not installed"
	exit 0
fi

SOCK="kbwiz-test-$$"
T() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'tmux -L "$SOCK" kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
# A sanitizer build is slower: give it longer before a check fails.
WAIT_TENTHS=${KBWIZ_TUI_WAIT:-80}

# ---- the demo evidence --------------------------------------------------------
DEMO="$KBWIZ_BUILD/demo/C"
if [ ! -f "$DEMO/WINNT/system32/config/SYSTEM" ]; then
	DEMO="$TMP/demo/C"
	mkdir -p "$DEMO/WINNT/system32/config" "$DEMO/WINNT/Cluster"
	"$TOOLS/mkhive" "$KBWIZ_SRC/tests/fixtures/hives/q262832-transports-lacks-clusnet.spec" \
		"$DEMO/WINNT/system32/config/SYSTEM" >/dev/null
	"$TOOLS/mkevt" "$KBWIZ_SRC/tests/fixtures/events/cluster-node-7023.spec" \
		"$DEMO/WINNT/system32/config/SysEvent.Evt" >/dev/null
	if [ -x "$TOOLS/mkclusterlog" ]; then
		"$TOOLS/mkclusterlog" --size 64K --form nt --scenario q262832 --seed 7 \
			-o "$DEMO/WINNT/Cluster/cluster.log"
	else
		sed -n 's/^      - literal: "\(.*\)"$/\1/p' "$KBWIZ_SRC/kb/Q262832.yaml" |
			sed 's/^/00000574.00000578::2002\/06\/11-12:00:01.234 /' \
			>"$DEMO/WINNT/Cluster/cluster.log"
	fi
fi

# ---- helpers ------------------------------------------------------------------

# Stop the test's tmux server and wait until its socket is gone, so the
# next new-session does not meet a server on its way out.
stop_tmux() {
	T kill-server 2>/dev/null
	i=0
	while [ "$i" -lt 30 ] && T has-session 2>/dev/null; do
		sleep 0.1
		i=$((i + 1))
	done
	sleep 0.2
}

# start_tui "ENV=VALUE ..." ARGS...: kbwiz alone in an 80x24 window; its
# pid lands in $TMP/pid.  The pane stays after kbwiz exits.
start_tui() {
	envs=$1
	shift
	stop_tmux
	rm -f "$TMP/pid"
	T new-session -d -s main -x 80 -y 24 \
		"echo \$\$ >'$TMP/pid'; exec env LANG=C.UTF-8 KBWIZ_DB='$KBWIZ_DB' KBWIZ_KB_DIR='$KBWIZ_KB_DIR' KBWIZ_DEMO_ROOT='$DEMO' $envs '$KBWIZ' $*"
	T set-option -t main remain-on-exit on >/dev/null 2>&1
	T set-option -g status off >/dev/null 2>&1
}

screen() { T capture-pane -p -t main 2>/dev/null; }

# wait_for PATTERN: poll until grep -E PATTERN matches the pane; the pane
# is left in $SCREEN.
wait_for() {
	i=0
	while [ "$i" -lt "$WAIT_TENTHS" ]; do
		SCREEN=$(screen)
		if printf '%s\n' "$SCREEN" | grep -Eq -- "$1"; then
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# shows NAME PATTERN...: pass when every pattern shows.
shows() {
	name=$1
	shift
	for p in "$@"; do
		if ! wait_for "$p"; then
			fail "$name" "the screen lacks /$p/:
$(printf '%s\n' "$SCREEN" | sed 's/^/    | /')"
			return 1
		fi
	done
	pass "$name"
}

# lacks NAME PATTERN: pass when the pattern is not on the screen (after
# a moment for the screen to settle).
lacks() {
	sleep 0.3
	SCREEN=$(screen)
	if printf '%s\n' "$SCREEN" | grep -Eq -- "$2"; then
		fail "$1" "the screen shows /$2/"
	else
		pass "$1"
	fi
}

keys() { T send-keys -t main "$@"; sleep 0.15; }
text() { T send-keys -t main -l "$1"; sleep 0.15; }
# Esc alone: wait out the terminal's escape delay before the next key.
esc() { T send-keys -t main Escape; sleep 0.4; }

# select_row PATTERN: move the selection (the row marked ">") down until
# it holds PATTERN, then up if the list ended first.  No Home key: a
# vt100 has none.
selected() { screen | grep -E '^ ?> ' | head -1; }
select_row() {
	n=0
	dir=Down
	while [ "$n" -lt 60 ]; do
		before=$(selected)
		if printf '%s\n' "$before" | grep -Eq -- "$1"; then
			return 0
		fi
		keys $dir
		[ "$(selected)" = "$before" ] && dir=Up
		n=$((n + 1))
	done
	return 1
}

# Next and scan keys: PgDn and F5, or ^N and ^R where the terminal has
# no such keys (vt100).
NEXT=NPage
SCAN=F5

# Session from the demo case up to step 2 with Q262832 a candidate and
# its first question answered yes.
demo_to_symptoms() {
	keys d
	wait_for 'Step 1 of 7' || return 1
	keys Down Down
	text "node 1 fails after NIC swap"
	keys Enter
	keys $NEXT
	wait_for 'Step 2 of 7' || return 1
	text 7023
	keys Enter
	wait_for 'Results \([1-9]' || return 1
	select_row Q262832 || return 1
	keys Space
	wait_for 'Candidates: .*Q262832' || return 1
	keys Tab Tab
	wait_for 'Questions \(0 of' || return 1
	keys y
	wait_for '\[yes\]' || return 1
}

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
shows "step 3 lists the evidence found on the volume" 'Step 3 of 7' 'Evidence files \(3\)' \
	'SYSTEM' 'cluster.log' 'SysEvent.Evt'
keys NPage
shows "Next is refused with the engine's reason before the scan" 'Next: .*scan'
keys F5
shows "F5 scans the evidence" 'Evidence files \(3\), scanned' 'read: cluster log'
keys NPage
shows "step 4 shows the failed check Clusnet missing" 'Step 4 of 7' \
	'\[✘ FAIL\] transports-has-clusnet: Clusnet missing' '\[✔ OK\] clusnet-provider-key' \
	'expected: Transports \(REG_MULTI_SZ\) contains "Clusnet"' 'found: +Transports \(REG_MULTI_SZ\) = \[Tcpip, NetBT\]'
keys NPage
shows "step 5 ranks Q262832 first, diagnosed" 'Step 5 of 7' '^> \(\*\) Q262832 +[0-9.]+ +DIAGNOSED' \
	'Why: +event 7023'
keys Tab
n=0
while [ "$n" -lt 8 ] && ! screen | grep -q 'Unable to bind RPC'; do keys Space; n=$((n + 1)); done
shows "step 5 shows the log sequence hits with line numbers" 'Log sequence cluster-log-startup-failure: 16 of 16 lines in order' \
	'cluster\.log:[0-9]+: ' 'Unable to bind RPC to CDP, status 1720'
keys Tab
keys NPage
shows "step 6 lists the remediation steps" 'Step 6 of 7' 'Remediating Q262832' \
	'\(needed\) Add Clusnet to the Transports' '\(not needed\) Create the missing'
keys d
shows "d marks a step done" 'backup: done' '✔ done'
keys Down n
text "hive backed up to E:"
keys Enter
shows "n writes a note" 'Note: hive backed up to E:'
keys NPage
shows "step 7 summarises the session" 'Step 7 of 7' 'Diagnosis: +Q262832' \
	'7 steps: 1 done, 0 skipped, 0 failed, 6 to do' 'Outcome: +\(\*\) Resolved'
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
	'Evidence files \(3\)'
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

T kill-server 2>/dev/null
exit 0
