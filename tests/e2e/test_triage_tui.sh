#!/bin/sh
# kbwiz triage --record: a recorded machine is resumed in the wizard
# (tmux) at the diagnosis step with its findings.
. "$(dirname "$0")/lib.sh"

if ! command -v tmux >/dev/null 2>&1; then
	skip "triage --record in the wizard" "tmux is not installed"
	exit 0
fi
SOCK="kbwiz-triage-$$"
T() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'tmux -L "$SOCK" kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
WAIT_TENTHS=${KBWIZ_TUI_WAIT:-80}

wait_for() {
	i=0
	while [ "$i" -lt "$WAIT_TENTHS" ]; do
		SCREEN=$(T capture-pane -p -t main 2>/dev/null)
		printf '%s\n' "$SCREEN" | grep -Eq -- "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
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

"$KBWIZ_SRC/tests/make-demo.sh" "$KBWIZ_BUILD" "$TMP/node1" >/dev/null
"$KBWIZ" triage --record "$TMP/node1/C" >/dev/null 2>&1
T new-session -d -s main -x 80 -y 24 -c "$TMP" \
	"exec env LANG=C.UTF-8 KBWIZ_DB='$KBWIZ_DB' KBWIZ_KB_DIR='$KBWIZ_KB_DIR' '$KBWIZ'"
T set-option -t main remain-on-exit on >/dev/null 2>&1
shows "triage --record: the wizard's menu" 'Resume a session'
T send-keys -t main r
shows "triage --record: Resume lists the recorded machine" 'NODE1' 'in progress 5/7'
T send-keys -t main Enter
shows "triage --record: it resumes at the diagnosis step with its findings" \
	'Step 5 of 7' 'Q262832' 'CONFIRMED|confirmed'
