# test_tui_svcdoctor.sh: the service doctor in the wizard's diagnosis step
# (issue 20), in tmux at 80x24: a session on a volume where a service fails
# because a dependency two levels down is disabled (svd_fixture.sh) shows
# the finding in step 5 beside the rules, labelled as kbwiz's own
# reasoning, with its evidence, reasoning and the repair command on Enter;
# a resumed session shows the same from the record.
. "$KBWIZ_SRC/tests/e2e/lib.sh"
. "$KBWIZ_SRC/tests/e2e/svd_fixture.sh"

if ! command -v tmux >/dev/null 2>&1; then
	skip "service doctor in the wizard" "tmux is not installed"
	exit 0
fi
. "$KBWIZ_SRC/tests/e2e/tui_lib.sh"

VOL="$TMP/svdvol"
if ! svd_volume "$VOL"; then
	fail "the fixture volume is made" "mkhive or mkevt failed"
	exit 0
fi

start_tui "" --root "'$VOL'"
shows "--root starts a session" 'Step 1 of 7'
keys $NEXT
shows "step 2" 'Step 2 of 7'
keys $NEXT
shows "step 3 lists the event log" 'Step 3 of 7' 'SysEvent.Evt'
keys $SCAN
keys $NEXT
shows "step 4" 'Step 4 of 7'
keys $SCAN
keys $NEXT
shows "step 5 lists the service doctor's finding beside the rules, as kbwiz's own" \
	'Step 5 of 7: Diagnosis' \
	'kbwiz +- +CONFIRMED +Service doctor \(kbwiz.s own\): TopSvc' \
	'Q[0-9]+ +[0-9.]+ +(no sign|n/a)'
select_row 'Service doctor'
shows "its detail says it is not an article's" "Service doctor: kbwiz's own reasoning, not a Microsoft article" \
	'Verdict: confirmed' 'Finding: TopSvc: dependency, error 1068'
shows "the display name from the hive is shown as text" 'named "Top <Svc> & Co" in the events'
keys Enter
shows "Enter shows the whole finding: evidence down the chain" "Service doctor's finding: Enter or Esc goes back" \
	'Evidence:' 'MidSvc' 'LowSvc +DISABLED \(Start = 4\)' 'Why:'
keys Space
keys Space
shows "the repair is the exact kbwiz fix command" 'Repair kbwiz can make' \
	'kbwiz fix --service-start LowSvc --hive'
# The command is whole on the screen: wrapped, never cut at 80 columns.
shows "the command's last argument is on the screen" 'SysEvent\.Evt *$'
keys Enter
shows "Enter goes back to the list" 'Rule +Score +Verdict +Title'
keys Enter
lacks "a finding is not a rule to remediate" 'is the rule to remediate'

# Resumed: the findings come from the session's record, with no event
# log to read again.
stop_tmux
mv "$VOL/WINDOWS/System32/config/SysEvent.Evt" "$TMP/moved.evt"
start_tui ""
shows "the menu" 'What do you want to do'
keys r
shows "resume lists the session" 'SVDNODE'
keys Enter
shows "the resumed session shows the recorded finding" 'Step 5 of 7: Diagnosis' \
	'kbwiz +- +CONFIRMED +Service doctor \(kbwiz.s own\): TopSvc'

# The history's read view lists it with the session's findings.
stop_tmux
start_tui ""
shows "the menu again" 'What do you want to do'
keys h
shows "the history" 'kbwiz - history' 'SVDNODE'
keys Enter
shows "the history reads the session" 'Session #1 \(read-only\)'
keys NPage
shows "the history's view of the session shows the finding as kbwiz's own" \
	"CONFIRMED service doctor \(kbwiz's own reasoning, not an article's\): TopSvc"
T kill-server 2>/dev/null
exit 0
