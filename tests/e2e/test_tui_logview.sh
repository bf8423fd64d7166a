# test_tui_logview.sh: the log view, the vs-LastKnownGood tab, the events
# no rule explains and adding the library, in the wizard at 80x24, in tmux
# (capture-pane).  The demo case is the test's own copy.
. "$KBWIZ_SRC/tests/e2e/lib.sh"

if ! command -v tmux >/dev/null 2>&1; then
	skip "log view in the wizard" "tmux is not installed"
	exit 0
fi

SOCK="kbwiz-logview-$$"
T() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'tmux -L "$SOCK" kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
WAIT_TENTHS=${KBWIZ_TUI_WAIT:-80}

"$KBWIZ_SRC/tests/make-demo.sh" "$KBWIZ_BUILD" "$TMP/demo" >/dev/null
DEMO="$TMP/demo/C"
# An escape sequence in the cluster log, to see it shown as text.
printf '000006df.00000737::2002/06/11-09:00:00.000 \033]0;pwned\007[CS] evil line\n' \
	>>"$DEMO/WINNT/Cluster/cluster.log"
# An event no rule explains: the Computer Browser is disabled.
printf '%s\n' '2002-06-11 09:30:00|7000|error|Service Control Manager|NODE1|Computer Browser|%%1058' \
	'2002-06-11 09:45:00|7000|error|Service Control Manager|NODE1|Computer Browser|%%1058' >"$TMP/app.spec"
"$TOOLS/mkevt" "$TMP/app.spec" "$DEMO/WINNT/system32/config/AppEvent.Evt" >/dev/null
# A small archive of articles for the library (the shared articles).
ARCH="$TMP/archive"
if [ -d "$SHARED/kb-articles" ]; then
	cp -r "$SHARED/kb-articles" "$ARCH"
fi

start_tui() {
	T kill-server 2>/dev/null
	sleep 0.2
	T new-session -d -s main -x 80 -y 24 -c "$TMP" \
		"exec env LANG=C.UTF-8 KBWIZ_DB='$KBWIZ_DB' KBWIZ_KB_DIR='$KBWIZ_KB_DIR' KBWIZ_KB_ARCHIVE='$ARCH' '$KBWIZ' $*"
	T set-option -t main remain-on-exit on >/dev/null 2>&1
	T set-option -g status off >/dev/null 2>&1
}
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
lacks() {
	sleep 0.3
	SCREEN=$(screen)
	if printf '%s\n' "$SCREEN" | grep -Eq -- "$2"; then fail "$1" "the screen shows /$2/"
	else pass "$1"; fi
}
keys() { T send-keys -t main "$@"; sleep 0.15; }
text() { T send-keys -t main -l "$1"; sleep 0.15; }
esc() { T send-keys -t main Escape; sleep 0.4; }
selected() { screen | grep -E '^ ?> ' | head -1; }
select_row() {
	n=0
	dir=Down
	while [ "$n" -lt 60 ]; do
		before=$(selected)
		printf '%s\n' "$before" | grep -Eq -- "$1" && return 0
		keys $dir
		[ "$(selected)" = "$before" ] && dir=Up
		n=$((n + 1))
	done
	return 1
}

# ---- the evidence explorer's Logs and vs-LastKnownGood tabs, before a scan ----
start_tui --root "'$DEMO'"
shows "a session on the demo volume" 'Step 1 of 7'
keys F4
shows "F4: the explorer has Logs and vs-LKG tabs" '4 Logs' '5 vs LKG'
keys 4
shows "4: the logs of the evidence" 'cluster\.log' 'Enter read the log'
keys Enter
shows "Enter reads the log from the top" 'kbwiz - log \(read-only\)' 'line 1 of [0-9]+' '^ +1 [0-9a-f]+\.'
keys /
shows "/ asks for a text" 'Search the log for'
text "STATUS 1720"
keys Enter
shows "the search marks the first line holding it, any case" '^ ?> *[0-9]+ .*Unable to bind RPC' \
	'search: STATUS 1720 \(n next, N previous\)'
keys n
shows "n goes on to the next one (there is none)" 'Not found after line [0-9]+: STATUS 1720'
keys N
shows "N goes back" 'Not found before line [0-9]+: STATUS 1720' '^ ?> *[0-9]+ .*Unable to bind RPC'
keys g
text 3
keys Enter
shows "g jumps to a line" 'line 3 of' '^ ?> *3 '
keys End
shows "End shows the last lines, escapes as text" '\\x1b\]0;pwned\\x07\[CS\] evil line'
lacks "no escape sequence reached the terminal" 'pwned$'
T resize-window -t main -x 100 -y 30 >/dev/null 2>&1
shows "a resize lays the log out again" 'kbwiz - log \(read-only\)' 'evil line'
T resize-window -t main -x 80 -y 24 >/dev/null 2>&1
esc
shows "Esc goes back to the explorer" 'evidence explorer'
keys 5
shows "5: the current control set against LastKnownGood" \
	'Current ControlSet001 against LastKnownGood ControlSet002' 'ClusNet +Type'
esc
shows "Esc goes back to the wizard" 'Step 1 of 7'

# ---- the diagnosis step: a log hit, the events no rule explains, the library ----
keys NPage
shows "step 2" 'Step 2 of 7'
text 7023
keys Enter
wait_for 'Results \([1-9]'
select_row Q262832
keys Space NPage
shows "step 3" 'Step 3 of 7'
keys F5
shows "the evidence is scanned" 'scanned'
keys NPage
wait_for 'Step 4 of 7'
keys NPage
shows "step 5 ranks Q262832" 'Step 5 of 7' 'v log  u unexplained'
keys v
shows "v offers the rule's log hits" 'Open the log at which line\?' 'cluster\.log:[0-9]+: '
keys Enter
shows "Enter opens the log at the hit, marked and highlighted" 'kbwiz - log \(read-only\)' \
	'^ ?> *[0-9]+ .*Initializing RPC server' 'search: \[CS\] Initializing RPC server'
esc
shows "Esc goes back to step 5" 'Step 5 of 7'
keys u
shows "u shows the events no rule explains" 'Events no rule explains' 'errors and warnings read' \
	'Service Control Manager 7000: Computer Browser, error 1058'
if [ -d "$ARCH" ]; then
	shows "with no library, it offers to add it" 'library is empty: press L'
	keys L
	shows "L offers the KB archive or a typed folder" 'Add which KB articles' 'the KB archive: ' \
		'a folder or file I type'
	keys Enter
	shows "the library is added, with what came in" 'Library: [0-9]+ files: [1-9][0-9]* added'
	lacks "the hint is gone once the library has articles" 'library is empty'
	keys Tab
	n=0
	while [ "$n" -lt 20 ] && ! screen | grep -q 'article Q'; do keys Down; n=$((n + 1)); done
	shows "the event's group now has library articles" 'article Q[0-9]+ Event ID 7000'
	keys Tab
else
	skip "adding the library from the wizard" "$SHARED/kb-articles not present"
fi
keys u
shows "u again shows the rule's detail" 'Verdict:'

# ---- a hit row in the Logs tab opens the log at that line ----
keys F4
keys 4
shows "after the scan the Logs tab lists the rules' hits" '^ *> *.*cluster\.log|line [0-9]+ '
shows "the Logs tab says where its list is, on a row of its own" '^ {20,}1(-[0-9]+)? of [0-9]+(, more below (↓|v))? *$'
keys Down Down
hit=$(selected | sed -n 's/.* line \([0-9][0-9]*\) .*/\1/p')
keys Enter
if [ -n "$hit" ]; then
	shows "a hit row opens the log at its line, marked" "^ ?> *$hit "
else
	fail "a hit row opens the log at its line, marked" "no hit row selected: $(selected)"
fi
esc
esc
shows "back at step 5" 'Step 5 of 7'
