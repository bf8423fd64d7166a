# tui_lib.sh: what the tmux tests of the wizard share (sourced after
# lib.sh by tests/e2e/test_tui*.sh; not a test itself): a tmux server of
# the test's own, kbwiz in an 80x24 window on the test's own demo case,
# keys sent and the screen polled until the expected text shows.
SOCK="kbwiz-test-$$"
T() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'tmux -L "$SOCK" kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
# A sanitizer build is slower: give it longer before a check fails.
WAIT_TENTHS=${KBWIZ_TUI_WAIT:-80}

# ---- the demo evidence --------------------------------------------------------
# The test's own copy, made by the same script as `make demo`: the user's
# build/demo is theirs (they may have repaired its hive, as the README
# invites), so the test never reads or writes it.
"$KBWIZ_SRC/tests/make-demo.sh" "$KBWIZ_BUILD" "$TMP/demo" >/dev/null
DEMO="$TMP/demo/C"

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
	T new-session -d -s main -x 80 -y 24 -c "$TMP" \
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

# rule_from_menu ENV: kbwiz started (with ENV), on the knowledge base's
# rule Q262832, found by a search for 7023.
rule_from_menu() {
	start_tui "$1"
	wait_for 'What do you want to do'
	keys k
	wait_for 'All [0-9]+ rules'
	keys /
	text 7023
	keys Enter
	select_row Q262832
	keys Enter
	wait_for 'Q262832  Cluster service does not start'
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

