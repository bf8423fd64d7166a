# test_tui_craft.sh: the wizard as a user meets it (issue 15), in tmux at
# 80x24: keys reach the screen that uses them, dialogs are whole boxes
# with nothing of the screen below showing through, scroll positions sit
# in the status line, vt100 keys work, nothing is cut off, a resize
# during a scan redraws everything.  Each check failed before the
# redesign.
. "$KBWIZ_SRC/tests/e2e/lib.sh"

if ! command -v tmux >/dev/null 2>&1; then
	skip "terminal wizard (craft)" "tmux is not installed"
	exit 0
fi

. "$KBWIZ_SRC/tests/e2e/tui_lib.sh"

# Rows of the pane counted in characters, not bytes.
u() { LC_ALL=C.UTF-8 "$@"; }

# boxed NAME TITLE: a dialog titled TITLE is a whole box: its four
# corners and its borders at columns 4 and 75, and a blank margin round
# it, so that nothing of the screen below touches it.  (capture-pane
# drops spaces at the ends of rows: an empty end counts as blank.)
boxed() {
	name=$1 title=$2
	if ! wait_for "┌─ $title ─"; then
		fail "$name" "no box titled $title:
$(printf '%s\n' "$SCREEN" | sed 's/^/    | /')"
		return 1
	fi
	top=$(printf '%s\n' "$SCREEN" | grep -n "┌─ $title ─" | head -1 | cut -d: -f1)
	bot=$(printf '%s\n' "$SCREEN" | sed -n "$top,\$p" | grep -n '└' | head -1 | cut -d: -f1)
	why=""
	if [ -z "$bot" ]; then
		why="no bottom border"
	else
		bot=$((top + bot - 1))
		row() { printf '%s\n' "$SCREEN" | sed -n "$1p"; }
		row "$top" | u grep -Eq '^.{3} ┌.{70}┐( |$)' || why="top border: $(row "$top")"
		row "$bot" | u grep -Eq '^.{3} └─{70}┘( |$)' || why="bottom border: $(row "$bot")"
		r=$((top + 1))
		while [ "$r" -lt "$bot" ]; do
			row "$r" | u grep -Eq '^.{3} │.{70}│( |$)' || why="side border, row $r: $(row "$r")"
			r=$((r + 1))
		done
		for r in $((top - 1)) $((bot + 1)); do
			row "$r" | u grep -Eq '^(.{3} {74}|.{0,3}$)' || why="margin, row $r: $(row "$r")"
		done
	fi
	if [ -n "$why" ]; then
		fail "$name" "$why
$(printf '%s\n' "$SCREEN" | sed 's/^/    | /')"
		return 1
	fi
	pass "$name"
}

# ---- 1 keys go to the screen that uses them ------------------------------------------

start_tui ""
wait_for 'What do you want to do' || fail "menu" "no menu"
keys h
shows "history opens" 'kbwiz - history'
keys /
text 'why?'
shows "1: ? typed into the history filter is text, not help" 'Filter: why\?'
keys Enter
keys '?'
shows "1: ? on the history list (the screen ignores it) opens help" 'Help: History'
esc
esc

# ---- 2 dialogs ---------------------------------------------------------------------------

if demo_to_symptoms; then pass "2: a demo session"; else fail "2: a demo session" "stuck"; fi
esc
shows "2: Esc leaves the wizard for the menu" 'Continue session #1'
keys q
boxed "2: a question is a bordered, titled box with a clear margin" "Confirm"
shows "2: the question and its keys are inside it" 'Session #1 is open' 'y = yes'
keys F1
boxed "2: F1 inside a dialog opens its help, a box too" "Help"
shows "2: the dialog's help names its keys" 'y +yes, go ahead'
esc
boxed "2: Esc leaves the help for the question" "Confirm"
keys n
keys h
wait_for 'kbwiz - history'
keys x
boxed "2: a choice is a box" "Choose"
keys Enter
boxed "2: the path question is a box" "Export the report"
keys C-u
text "$TMP/no-such-dir/report.md"
keys Enter
boxed "2: a failed export keeps the box open" "Export the report"
shows "2: ... with the path and the error" "Could not write .*no-such-dir/report\.md"
keys C-u
text "$TMP/report.md"
keys Enter
shows "2: the corrected path is written" 'Wrote .*report\.md'
if [ -s "$TMP/report.md" ]; then pass "2: the report is on disk"; else fail "2: the report is on disk" "no $TMP/report.md"; fi
keys x Enter
boxed "2: the path question again" "Export the report"
keys C-u
text "$TMP/report.md"
keys Enter
boxed "2: an existing file is asked about in a box" "Confirm"
keys n
shows "2: not replaced: the path box is back, saying so" 'Not replaced: .*report\.md'
esc
shows "2: Esc cancels" 'Export cancelled'

stop_tmux
