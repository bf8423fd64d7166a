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

# ---- 3 one text viewer: the position in the status line, search --------------------------

# last_row / above_last: the status line, and the rows above it.
last_row() { screen | tail -1; }
rule_from_menu ""
if last_row | grep -Eq ' 1-[0-9]+ of [0-9]+ *$'; then
	pass "3: the scroll position is in the status line"
else
	fail "3: the scroll position is in the status line" "$(last_row)"
fi
if screen | sed '$d' | grep -Eq '[0-9]+-[0-9]+ of [0-9]+ *$'; then
	fail "3: no position over the text" "$(screen | sed '$d' | grep -E '[0-9]+-[0-9]+ of [0-9]+ *$')"
else
	pass "3: no position over the text"
fi
keys /
boxed "3: / asks what to search for, in a box" "Search"
text "last resort"
keys Enter
shows "3: / finds the text and says which line" '"last resort": line [0-9]+ of [0-9]+' 'Last resort:'
keys g
shows "3: g goes back to the top" ' 1-[0-9]+ of [0-9]+ *$'
keys n
shows "3: n finds the next match" '"last resort": line [0-9]+ of [0-9]+' 'Last resort:'
esc
esc
esc

# ---- 4 keys on a vt100 ------------------------------------------------------------------------

start_tui "TERM=vt100 LANG=C LC_ALL=C"
wait_for 'What do you want to do'
keys d
wait_for 'Step 1 of 7'
shows "4: vt100: the Next button names ^N (no PgDn key there)" 'Next > \(\^N\)'
keys NPage
shows "4: vt100: PgDn (ESC [ 6 ~) goes to the next step, not to the menu" 'Step 2 of 7'
lacks "4: vt100: the key line names the stand-ins" 'PgDn'
keys PPage
shows "4: vt100: PgUp goes back" 'Step 1 of 7'
# An escape sequence no key means is ignored: it neither leaves nor types.
T send-keys -t main -l "$(printf '\033[99~')"
sleep 0.3
shows "4: an unknown escape sequence does not act as Esc" 'Step 1 of 7'
lacks "4: ... nor is typed into a field" '99~'
esc
shows "4: Esc itself still goes back to the menu" 'What do you want to do'

# ---- 5 nothing cut off ----------------------------------------------------------------------------

LONG="$TMP/a_rather_long_directory_name_number_one/and_a_second_long_directory_name/third"
mkdir -p "$LONG"
cp -R "$DEMO" "$LONG/C"
start_tui "" --root "$LONG/C"
wait_for 'Step 1 of 7'
keys NPage
keys NPage
wait_for 'Step 3 of 7'
shows "5: a long path keeps its file name (shortened in the middle)" 'hive +/.*…/SYSTEM *$' \
	'… */[A-Za-z]+\.(log|Evt|evt|evtx)'
# Step 3 starts on its path field too, with files already listed.
text "abc"
shows "6: step 3 starts on its first text field" 'Path: +abc'
keys C-u
keys F5
wait_for 'scanned'
keys Escape
sleep 0.4
keys h
wait_for 'kbwiz - history'
shows "5: History shows the time of day" ' 1  [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} '
keys x Enter
wait_for 'Export the report'
keys C-u
text "$LONG/report-with-a-name-long-enough-to-wrap.md"
keys Enter
wait_for 'Wrote'
# The message may take two rows: put them together.
joined=$(screen | sed 's/^ *//' | tr -d '\n')
case "$joined" in
*"Wrote $LONG/report-with-a-name-long-enough-to-wrap.md"*) pass "5: a long message wraps, nothing cut off" ;;
*) fail "5: a long message wraps, nothing cut off" "$(screen | tail -4)" ;;
esac
esc
keys d
wait_for 'Step 1 of 7'
# A zero-width space typed into the label is shown, as \u200b, in the field.
keys Down C-u
text "node$(printf '\342\200\213')1"
shows "5: an invisible character is made visible" 'Machine or case: +node\\u200b1'

# ---- 6 where typing goes -------------------------------------------------------------------------

stop_tmux
start_tui ""
wait_for 'What do you want to do'
keys n
wait_for 'Step 1 of 7'
text "zed"
shows "6: a form starts on its first field" 'Technician: +.*zed'
keys NPage
wait_for 'Step 2 of 7'
text 7023
keys Enter
wait_for 'Results \([1-9]'
text "cluster fails"
shows "6: typing after a search lands in the search field" 'Search: +cluster fails'
lacks "6: ... and no space toggled a candidate" 'Candidates: +Q'


# A resize during a scan: the whole screen behind the progress box is
# drawn again.  Large cluster logs keep the scan going long enough: one
# 512 MiB log is scanned in about 0.1 s on both cores, so the same file
# is given under eight names (hard links: no more disk).
"$TOOLS/mkclusterlog" --size 512M --form nt --scenario noise --seed 3 -o "$TMP/big.log" >/dev/null
big_logs="--log $TMP/big.log"
for i in 2 3 4 5 6 7 8; do
	ln "$TMP/big.log" "$TMP/big$i.log"
	big_logs="$big_logs --log $TMP/big$i.log"
done
# shellcheck disable=SC2086
start_tui "" --root "$DEMO" $big_logs
wait_for 'Step 1 of 7'
keys NPage NPage
wait_for 'Step 3 of 7'
keys F5
if wait_for 'Scanning the evidence'; then
	T resize-window -t main -x 100 -y 30 >/dev/null 2>&1
	# Waited for, not slept on: a loaded machine may take a while to
	# redraw.  The heading the 24-row box hid shows at 30 rows; with the
	# box still up, the screen behind it was drawn again.
	if ! wait_for 'Evidence files'; then
		fail "6: a resize during a scan redraws the screen behind the box" "
$(printf '%s\n' "$SCREEN" | sed 's/^/    | /')"
	elif ! printf '%s\n' "$SCREEN" | grep -q 'Scanning the evidence'; then
		skip "6: a resize during a scan redraws the screen behind the box" "the scan ended before the resized screen showed (too quick to tell)"
	elif printf '%s\n' "$SCREEN" | grep -q 'Step 3 of 7'; then
		pass "6: a resize during a scan redraws the screen behind the box"
	else
		fail "6: a resize during a scan redraws the screen behind the box" "
$(printf '%s\n' "$SCREEN" | sed 's/^/    | /')"
	fi
else
	skip "6: a resize during a scan redraws the screen behind the box" "the scan was too quick to see"
fi
rm -f "$TMP/big.log"

stop_tmux
