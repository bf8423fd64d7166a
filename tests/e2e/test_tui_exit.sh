#!/bin/sh
# test_tui_exit.sh: every way the terminal wizard can end keeps what was
# being typed, and a terminal that vanishes without a SIGHUP ends kbwiz
# instead of leaving it spinning.  Driven in tmux; the store is read back
# with `kbwiz history`.
. "$KBWIZ_SRC/tests/e2e/lib.sh"

if ! command -v tmux >/dev/null 2>&1; then
	skip "wizard exit paths" "tmux is not installed"
	exit 0
fi

SOCK="kbwiz-exit-$$"
T() { tmux -L "$SOCK" -f /dev/null "$@"; }
cleanup() {
	tmux -L "$SOCK" kill-server 2>/dev/null
	[ -s "$TMP/outer" ] && kill "$(cat "$TMP/outer")" 2>/dev/null
	# Every wizard this test started, not only the last: one left behind
	# (an ASan build's leak check caught by its pty's end can spin) must
	# not outlive the test.
	for p in $(cat "$TMP/pids" "$TMP/pid" 2>/dev/null); do
		kill -KILL "$p" 2>/dev/null
	done
	rm -rf "$TMP"
}
trap cleanup EXIT
WAIT_TENTHS=${KBWIZ_TUI_WAIT:-80}

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

# The wizard in a shell of its own; its pid in $TMP/pid.  Extra shell
# text (a trap) goes before it.
start() {
	# The previous wizard ends before its terminal goes (an ASan build
	# still checking for leaks when its pty closes can spin for ever).
	if [ -s "$TMP/pid" ]; then
		cat "$TMP/pid" >>"$TMP/pids"
		gone "$(cat "$TMP/pid")" 10 || kill -KILL "$(cat "$TMP/pid")" 2>/dev/null
	fi
	T kill-server 2>/dev/null
	sleep 0.2
	rm -f "$TMP/pid" "$TMP/outer"
	T new-session -d -s main -x 80 -y 24 \
		"echo \$\$ >'$TMP/outer'; $1 sh -c 'echo \$\$ >$TMP/pid; exec env LANG=C.UTF-8 KBWIZ_DB=$KBWIZ_DB KBWIZ_KB_DIR=$KBWIZ_KB_DIR $KBWIZ' 2>'$TMP/stderr'; $2"
	T set-option -g status off >/dev/null 2>&1
}

# A new session with LABEL typed into the case field, not yet left.
type_label() {
	wait_for 'What do you want to do\?' || return 1
	keys n
	wait_for 'Step 1 of 7' || return 1
	# The focus starts on the first field, the technician: the label
	# is the next.
	keys Down
	text "$1"
	wait_for "$1"
}

# gone PID SECONDS: the process ends within SECONDS.
gone() {
	i=0
	while [ $i -lt $(($2 * 10)) ]; do
		kill -0 "$1" 2>/dev/null || return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

label_saved() {
	if "$KBWIZ" history 2>/dev/null | grep -q -- "$2"; then
		pass "$1"
	else
		fail "$1" "history lacks $2: $("$KBWIZ" history 2>&1 | head -3)"
	fi
}

"$KBWIZ" kb list >/dev/null 2>&1

# ---- Ctrl-C, SIGTERM, SIGHUP keep the field being typed ----------------------
start "" "sleep 30"
if type_label CASE-CTRLC; then
	keys C-c
	wait_for '.' >/dev/null
	gone "$(cat "$TMP/pid")" 5 || fail "Ctrl-C ends kbwiz" "still running"
	label_saved "Ctrl-C keeps the case label being typed" CASE-CTRLC
	if grep -q 'session #[0-9]* is saved at step 1' "$TMP/stderr"; then
		pass "Ctrl-C says the session is saved"
	else
		fail "Ctrl-C says the session is saved" "$(cat "$TMP/stderr")"
	fi
else
	fail "Ctrl-C keeps the case label being typed" "could not reach step 1: $SCREEN"
fi

# Resumed: the label is on the title line.
start "" "sleep 30"
if wait_for 'What do you want to do\?'; then
	keys r
	wait_for 'CASE-CTRLC' >/dev/null
	keys Enter
	if wait_for 'session #[0-9]+ +CASE-CTRLC'; then
		pass "the resumed session shows the label typed before Ctrl-C"
	else
		fail "the resumed session shows the label typed before Ctrl-C" "$SCREEN"
	fi
	keys Escape
	sleep 0.4
	keys q
fi

for sig in TERM HUP; do
	start "" "sleep 30"
	if type_label "CASE-SIG$sig"; then
		kill -$sig "$(cat "$TMP/pid")"
		gone "$(cat "$TMP/pid")" 5 || fail "SIG$sig ends kbwiz" "still running"
		label_saved "SIG$sig keeps the case label being typed" "CASE-SIG$sig"
	else
		fail "SIG$sig keeps the case label being typed" "could not reach step 1: $SCREEN"
	fi
done

# ---- the terminal vanishes without a SIGHUP ------------------------------------
# The shell ignores SIGHUP, and only the session leader (the shell) is
# sent one when the pty's other side closes: kbwiz sees only failing reads.
start "trap '' HUP;" "sleep 1000"
if type_label CASE-LOST; then
	pid=$(cat "$TMP/pid")
	T kill-server
	if gone "$pid" 5; then
		pass "kbwiz ends within 5 s when its terminal vanishes without SIGHUP"
	else
		cpu=$(ps -o %cpu= -p "$pid" 2>/dev/null)
		fail "kbwiz ends within 5 s when its terminal vanishes without SIGHUP" \
			"still running (cpu ${cpu:-?}%)"
		kill -KILL "$pid" 2>/dev/null
	fi
	label_saved "the label typed is kept when the terminal vanishes" CASE-LOST
	if grep -q 'terminal went away' "$TMP/stderr"; then
		pass "kbwiz says the terminal went away"
	else
		fail "kbwiz says the terminal went away" "stderr: $(cat "$TMP/stderr")"
	fi
else
	fail "kbwiz ends when its terminal vanishes" "could not reach step 1: $SCREEN"
fi
exit 0
