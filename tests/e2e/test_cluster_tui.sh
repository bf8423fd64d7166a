#!/bin/sh
# A session made from a cluster's nodes (kbwiz --root N1 --root N2 --root
# N3): the registry step compares them node by node (tmux, 80x24), the
# node that lost Clusnet marked, its text made safe; the comparison is
# in the session's timeline and its report.
. "$(dirname "$0")/lib.sh"

if ! command -v tmux >/dev/null 2>&1 || ! command -v jq >/dev/null 2>&1; then
	skip "cluster session in the wizard" "needs tmux and jq (scripts/deps.sh test)"
	exit 0
fi
. "$KBWIZ_SRC/tests/e2e/tui_lib.sh"
. "$KBWIZ_SRC/tests/e2e/triage_lib.sh"

# Three nodes: NODE1 lacks Clusnet, NODE2 and NODE3 have it (NODE3's
# name carries an escape sequence, which must not reach the terminal).
TRIAGE_KINDS="$TMP"
triage_kinds "$TMP"
C="$TMP/cluster"
mkdir -p "$C"
cp -r "$TMP/kinds/faulty/C" "$C/node1"
cp -r "$TMP/kinds/healthy/C" "$C/node2"
cp -r "$TMP/kinds/healthy/C" "$C/node3"
sed 's/"NODE2"/"NODE3\\033]0;pwned\\007"/' "$TMP/kinds/healthy.spec" |
	sed 's/\\033/\x1b/g; s/\\007/\x07/g' >"$TMP/node3.spec"
"$TOOLS/mkhive" "$TMP/node3.spec" "$C/node3/WINNT/system32/config/SYSTEM" >/dev/null

# From step 1 to step 4: steps 2 and 3 need nothing; step 3 scans.
to_registry_step() {
keys $NEXT
wait_for 'Step 2 of 7'
keys $NEXT
wait_for 'Step 3 of 7'
keys $SCAN
wait_for 'Evidence files \([0-9]+\), scanned'
keys $NEXT
}

start_tui "" --root "'$C/node1'" --root "'$C/node2'" --root "'$C/node3'"
shows "cluster: --root three times starts one session" 'Step 1 of 7'
to_registry_step
shows "cluster: the registry step says the evidence is from 3 machines" 'Step 4 of 7' \
	'3 machines: 1 of [0-9]+ registry values differ \(n: node by node\)'
keys n
shows "cluster: n shows the nodes side by side, the differing value" \
	'The nodes side by side: 1 of [0-9]+ registry values differ' \
	'DIFFERS Q262832/transports-has-clusnet' 'a shows all rows'
shows "cluster: the node without Clusnet is marked odd" \
	'^ +\* NODE1 +failed +Transports \(REG_MULTI_SZ\) = \[Tcpip, NetBT\]' \
	'^ +NODE2 +passed +Transports \(REG_MULTI_SZ\) = \[Tcpip, NetBT, Clusnet\]'
lacks "cluster: only the differing values by default" 'same +Q262832/'
shows "cluster: a node's name is shown with its escapes visible" 'NODE3\\x1b\]0;pwned'
lacks "cluster: no escape sequence reached the terminal" 'pwned$'
keys a
shows "cluster: a shows every value" 'same +Q262832/' 'a shows only those'
T resize-window -t main -x 100 -y 30 >/dev/null 2>&1
shows "cluster: a resize lays the table out again" 'The nodes side by side'
T resize-window -t main -x 80 -y 24 >/dev/null 2>&1
keys n
shows "cluster: n goes back to the checks" 'Hive: .*node1'
esc
stop_tmux

# Recorded: the timeline says what differs; the report shows the table.
id=$("$KBWIZ" history --format csv 2>/dev/null | awk -F, 'NR == 2 { print $1 }')
"$KBWIZ" export "$id" --format json -o "$TMP/report.json" >/dev/null 2>&1
got=$(jq -r '.timeline[]|select(.kind=="cluster")|.text' "$TMP/report.json" 2>&1)
case "$got" in *"3 nodes compared"*"Q262832/transports-has-clusnet (odd: NODE1)"*)
	pass "cluster: the comparison is in the session's timeline" ;;
*) fail "cluster: timeline" "$got" ;; esac
got=$(jq -c '.cluster.values[]|select(.differs)|[.check, [.nodes[]|select(.odd)|.node]]' "$TMP/report.json" 2>&1)
[ "$got" = '["transports-has-clusnet",["NODE1"]]' ] && pass "cluster: the JSON report has the comparison" ||
	fail "cluster: JSON report" "$got"
"$KBWIZ" export "$id" --format txt -o "$TMP/report.txt" >/dev/null 2>&1
if grep -qi 'Cluster nodes compared' "$TMP/report.txt" &&
   grep -Eq 'NODE1 \(odd\): failed' "$TMP/report.txt"; then
	pass "cluster: the report compares the nodes"
else
	fail "cluster: report" "$(grep -n -A12 'Cluster' "$TMP/report.txt" | head -30)"
fi

# triage --cluster --record: the nodes together in one more session,
# which Resume opens; step 4 compares them.
"$KBWIZ" triage --cluster --record "$C/node1" "$C/node2" "$C/node3" >/dev/null 2>"$TMP/rec.err"
grep -q 'the 3 nodes together: session #' "$TMP/rec.err" &&
	pass "triage --cluster --record: says which session holds the nodes together" ||
	fail "triage --cluster --record: message" "$(cat "$TMP/rec.err")"
n_before=$("$KBWIZ" history --format csv 2>/dev/null | grep -c 'cluster: NODE1')
"$KBWIZ" triage --cluster --record "$C/node1" "$C/node2" "$C/node3" >/dev/null 2>&1
n_after=$("$KBWIZ" history --format csv 2>/dev/null | grep -c 'cluster: NODE1')
[ "$n_before" = 1 ] && [ "$n_after" = 1 ] &&
	pass "triage --cluster --record: run again, the cluster is not recorded twice" ||
	fail "triage --cluster --record: again" "$n_before then $n_after sessions"
start_tui ""
shows "triage --cluster --record: the wizard's menu" 'Resume a session'
keys r
wait_for 'cluster: NODE1'
select_row 'cluster: NODE1'
keys Enter
shows "triage --cluster --record: the cluster session resumes at the diagnosis" 'Step 5 of 7'
keys PPage
shows "triage --cluster --record: its step 4 compares the nodes" 'Step 4 of 7' \
	'3 machines: 1 of [0-9]+ registry values differ'
keys n
shows "triage --cluster --record: NODE1 marked odd in the wizard" '^ +\* NODE1 +failed'
esc
stop_tmux

# One machine: no comparison, and n says why.
start_tui "" --root "'$C/node2'"
wait_for 'Step 1 of 7'
to_registry_step
wait_for 'Step 4 of 7'
lacks "cluster: one machine's session shows no comparison" 'machines: .* differ'
keys n
shows "cluster: n on one machine says there is nothing to compare" "one machine's: nothing to compare"
stop_tmux
