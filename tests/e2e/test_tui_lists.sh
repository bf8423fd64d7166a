# test_tui_lists.sh: the lists, the viewer's search and the key names as
# a user meets them (issue 15), in tmux at 80x24: every list says where
# it is and that more rows are below on the row under its rows (never
# over a row, never in the key line); the viewer's / marks the current
# match reversed and the others underlined, with colour or without; a
# vt100 is told its own keys in messages too, and a key line never ends
# in a key cut from what it does.  Each check failed before.
. "$KBWIZ_SRC/tests/e2e/lib.sh"

if ! command -v tmux >/dev/null 2>&1; then
	skip "terminal wizard (lists)" "tmux is not installed"
	exit 0
fi

. "$KBWIZ_SRC/tests/e2e/tui_lib.sh"

ESC=$(printf '\033')
# The pane with its attributes (SGR sequences) kept.
screen_sgr() { T capture-pane -e -p -t main 2>/dev/null; }
last_row() { screen | tail -1; }
# position_row PATTERN: a row that holds the list's position alone,
# at the right (the rows of the list above it are intact).
position_row() {
	wait_for "^ {20,}$1 *\$"
}

# ---- a: every list says where it is, the same way -------------------------------------

start_tui ""
wait_for 'What do you want to do'
keys k
wait_for 'All [0-9]+ rules'
if position_row '1-[0-9]+ of [0-9]+, more below (↓|v)'; then
	pass "a: the kb list says where it is and that more are below, on a row of its own"
else
	fail "a: the kb list says where it is and that more are below, on a row of its own" "
$(printf '%s\n' "$SCREEN" | sed 's/^/    | /')"
fi
if last_row | grep -Eq ' of [0-9]+'; then
	fail "a: ... not in the key line" "$(last_row)"
else
	pass "a: ... not in the key line"
fi
keys End
if position_row '[0-9]+-[0-9]+ of [0-9]+, more above (↑|\^)'; then
	pass "a: at the end it says more are above"
else
	fail "a: at the end it says more are above" "$(screen | tail -6)"
fi
esc
keys h
wait_for 'kbwiz - history'
sleep 0.3
if screen | grep -Eq '^ {20,}[0-9]+ of [0-9]+ *$'; then
	fail "a: an empty history has no position" "$(screen | tail -4)"
else
	pass "a: an empty history has no position"
fi
esc

keys d
wait_for 'Step 1 of 7'
keys $NEXT
wait_for 'Step 2 of 7'
keys Tab Tab
wait_for '\[Known symptoms'
if position_row '1-[0-9]+ of [0-9]+, more below (↓|v)'; then
	pass "a: step 2's known symptoms say that more are below"
else
	fail "a: step 2's known symptoms say that more are below" "
$(printf '%s\n' "$SCREEN" | sed 's/^/    | /')"
fi
keys $NEXT
wait_for 'Step 3 of 7'
if position_row '1 of 4'; then
	pass "a: step 3's evidence files say where the list is"
else
	fail "a: step 3's evidence files say where the list is" "$(screen | sed -n 8,22p)"
fi
keys $SCAN
wait_for 'Scanned the evidence'
keys $NEXT
wait_for 'Step 4 of 7'
keys $NEXT
wait_for 'Step 5 of 7'
# Step 5's rules: the position on the row under them, the detail pane below.
if position_row '1-[0-9]+ of [0-9]+, more below (↓|v)' &&
	printf '%s\n' "$SCREEN" | grep -Eq '^ +Verdict: '; then
	pass "a: step 5's rules say where the list is, the detail pane below"
else
	fail "a: step 5's rules say where the list is, the detail pane below" "
$(printf '%s\n' "$SCREEN" | sed 's/^/    | /')"
fi
keys End
if position_row '[0-9]+-[0-9]+ of [0-9]+, more above (↑|\^)'; then
	pass "a: at the end of step 5's rules it says more are above"
else
	fail "a: at the end of step 5's rules it says more are above" "$(screen | sed -n 4,14p)"
fi
keys Home
# The key line of step 5 is long: what does not fit is left out whole.
sleep 0.3
if last_row | grep -Eq '(PgDn|\^N|F10) +([0-9]+-[0-9]+ of [0-9]+)? *$'; then
	fail "d: no key in the key line without what it does" "$(last_row)"
else
	pass "d: no key in the key line without what it does"
fi
keys $NEXT
wait_for 'Step 6 of 7'
if position_row '1 of [0-9]+'; then
	pass "a: step 6's remediation steps say where the list is"
else
	fail "a: step 6's remediation steps say where the list is" "$(screen | sed -n 4,14p)"
fi
stop_tmux

# ---- b: the viewer marks what / found ---------------------------------------------------

# search_marks NAME ENV: in a rule, / cluster marks the current match
# reversed and the other matches (underlined or coloured) too.
search_marks() {
	name=$1
	rule_from_menu "$2"
	keys /
	text "cluster"
	keys Enter
	wait_for '"cluster": line [0-9]+ of [0-9]+'
	sgr=$(screen_sgr)
	cur=$(printf '%s\n' "$sgr" | grep -Eo "$ESC\[[0-9;]*7m($ESC\[[0-9;]*m)*[Cc]luster" | wc -l)
	all=$(printf '%s\n' "$sgr" | grep -Eo "$ESC\[[0-9;]*m($ESC\[[0-9;]*m)*[Cc]luster" | wc -l)
	if [ "$cur" -ge 1 ] && [ "$all" -gt "$cur" ]; then
		pass "b: $name: / marks the current match reversed, the others too"
	else
		fail "b: $name: / marks the current match reversed, the others too" \
			"$cur reversed, $all marked:
$(printf '%s\n' "$sgr" | grep -i cluster | cat -v | sed 's/^/    | /')"
	fi
	keys n
	wait_for '"cluster": line [0-9]+ of [0-9]+'
	sgr=$(screen_sgr)
	if printf '%s\n' "$sgr" | grep -Eq "$ESC\[[0-9;]*7m($ESC\[[0-9;]*m)*[Cc]luster"; then
		pass "b: $name: after n the match is still marked"
	else
		fail "b: $name: after n the match is still marked" "$(printf '%s\n' "$sgr" | cat -v | head -8)"
	fi
	stop_tmux
}
search_marks "colour" ""
search_marks "NO_COLOR, ASCII" "NO_COLOR=1 LANG=C LC_ALL=C"

# ---- d: a vt100 is told its own keys ------------------------------------------------------

start_tui "TERM=vt100 LANG=C LC_ALL=C NO_COLOR=1"
wait_for 'What do you want to do'
keys d
shows "d: vt100: step 1 says ^N goes on" 'saved as you type it in; \^N goes on to the symptoms'
lacks "d: vt100: ... not PgDn" 'PgDn goes on'
keys C-n C-n
wait_for 'Step 3 of 7'
keys C-r
shows "d: vt100: a message names ^N too" 'Scanned the evidence; \^N goes on to the registry checks'
shows "d: vt100, ASCII: the list's position shows" '^ {20,}1 of 4 *$'
keys C-n
wait_for 'Step 4 of 7'
keys C-n
shows "d: vt100, ASCII: step 5's rules say more are below" 'Step 5 of 7' \
	'^ {20,}1-[0-9]+ of [0-9]+, more below v *$'
keys C-v
shows "d: vt100, ASCII: ^V: the explorer's services say where the list is" 'evidence explorer' \
	'^ {20,}1(-[0-9]+)? of [0-9]+(, more below v)? *$'
keys 3
shows "d: vt100, ASCII: ... and its events" '\[3 Events' '^ {20,}1(-[0-9]+)? of [0-9]+(, more below v)? *$'
stop_tmux

# ---- e: the history's ID column fits the widest id -----------------------------------------

# 1003 sessions in a store of the test's own: the first page holds ids of
# four digits and of three, and every row's start time lines up under
# the heading's.
export KBWIZ_DB="$TMP/history.db"
"$TOOLS/mkhistory" "$KBWIZ_DB" 1003 >/dev/null
start_tui "TERM=vt100 LANG=C LC_ALL=C NO_COLOR=1"
wait_for 'What do you want to do'
keys h
wait_for ' 999 '
cols=$(printf '%s\n' "$SCREEN" | awk '
	/Started \(UTC\)/ { print "head " index($0, "Started") }
	/^ *>? *[0-9]+  [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] / {
		print "row " match($0, /[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] /) }' |
	sort -u)
if [ "$(printf '%s\n' "$cols" | awk '{ print $2 }' | sort -u | wc -l)" -eq 1 ] &&
	printf '%s\n' "$cols" | grep -q '^head' && printf '%s\n' "$cols" | grep -q '^row'; then
	pass "e: history ids 999 and 1003 keep the columns under the heading"
else
	fail "e: history ids 999 and 1003 keep the columns under the heading" "$cols
$(printf '%s\n' "$SCREEN" | sed -n 4,12p | sed 's/^/    | /')"
fi
# The session viewer and the rule viewer are one viewer (viewer_page_*):
# G goes to the end, q leaves, in both.
keys Enter
shows "f: Enter reads the session" 'Session #1003 \(read-only\)'
keys G
shows "f: G goes to the end of the session" 'Timeline'
keys q
shows "f: q leaves the session for the list" 'kbwiz - history' '1003 sessions'
# The list reads its rows a page at a time: End reads the last page
# (the oldest session), Home the first again.
keys End
shows "e: End shows the oldest session, read with its page" '^ *> +1  [0-9]{4}-' \
	'[0-9]+-1003 of 1003, more above'
keys Home
shows "e: Home shows the newest again" '^ *> +1003  [0-9]{4}-' '1-[0-9]+ of 1003, more below'
stop_tmux
rule_from_menu "TERM=vt100 LANG=C LC_ALL=C NO_COLOR=1"
keys G
keys q
shows "f: q leaves the rule for the list" 'rules matching "7023"'
stop_tmux
