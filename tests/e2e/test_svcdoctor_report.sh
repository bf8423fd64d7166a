# test_svcdoctor_report.sh: the service doctor's findings recorded by a
# session and shown in its reports (issue 20): a session on a volume where
# a service fails because a dependency two levels down is disabled
# (svd_fixture.sh), made by `kbwiz triage --record` (the session engine
# up to the diagnosis step), then exported in every format.
. "$KBWIZ_SRC/tests/e2e/lib.sh"
. "$KBWIZ_SRC/tests/e2e/svd_fixture.sh"

if ! command -v jq >/dev/null 2>&1; then
	skip "service doctor in reports" "jq is not installed (scripts/deps.sh test)"
	exit 0
fi
VOL="$TMP/vol"
if ! svd_volume "$VOL"; then
	fail "the fixture volume is made" "mkhive or mkevt failed"
	exit 0
fi
"$KBWIZ" triage --record "$VOL" >"$TMP/triage.out" 2>"$TMP/triage.err"
expect_out "the session is recorded at the diagnosis step" 0 'in progress +5 .*SVDNODE' "$KBWIZ" history

# The record: the findings document holds the doctor's object.
"$KBWIZ" export 1 --format json >"$TMP/r.json" 2>"$TMP/r.err"
check "JSON report: service_doctor marked as kbwiz's own" \
	jq -e '.service_doctor.source == "kbwiz'"'"'s own reasoning, not an article'"'"'s"' "$TMP/r.json"
check "JSON report: TopSvc's dependency finding is confirmed" \
	jq -e '.service_doctor.findings[] | select(.service == "TopSvc" and .kind == "dependency" and .verdict == "confirmed")' "$TMP/r.json"
check "JSON report: the evidence names the disabled dependency two levels down" \
	jq -e '.service_doctor.findings[0].evidence | map(select(test("LowSvc +DISABLED"))) | length == 1' "$TMP/r.json"
check "JSON report: the repair is LowSvc's Start, with its exact command" \
	jq -e --arg cfg "$VOL/WINDOWS/System32/config" '.service_doctor.findings[0].start_repairs == ["LowSvc"] and
		.service_doctor.findings[0].repair_commands == ["kbwiz fix --service-start LowSvc --hive \($cfg)/SYSTEM --events \($cfg)/SysEvent.Evt"]' "$TMP/r.json"
check "JSON report: the KB rules' diagnosis is apart from it" jq -e '.diagnosis | has("service_doctor") | not' "$TMP/r.json"

for f in md txt html; do
	"$KBWIZ" export 1 --format $f >"$TMP/r.$f" 2>>"$TMP/r.err" || fail "export --format $f" "$(cat "$TMP/r.err")"
done
check "Markdown: the section heading says it is kbwiz's own" \
	grep -q "^## Service doctor (kbwiz's own reasoning, not a Microsoft article)" "$TMP/r.md"
check "Markdown: the finding with its verdict" grep -q '^- \*\*confirmed\*\* (kbwiz.s own reasoning): TopSvc: dependency, error 1068' "$TMP/r.md"
check "Markdown: the evidence and the reasoning" grep -q 'LowSvc  DISABLED (Start = 4)' "$TMP/r.md"
check "Markdown: the display name escaped" grep -q 'Top \\<Svc\\> \\& Co' "$TMP/r.md"
check "text: the section" grep -q "^SERVICE DOCTOR (KBWIZ'S OWN REASONING, NOT A MICROSOFT ARTICLE)" "$TMP/r.txt"
check "text: the finding and why" grep -q '\[confirmed\] TopSvc: dependency, error 1068' "$TMP/r.txt"
check "text: the repair command" grep -q 'kbwiz fix --service-start' "$TMP/r.txt"
long=$(LC_ALL=C.UTF-8 awk 'length($0) > 80' "$TMP/r.txt" | head -1)
check "text: no line over 80 columns" test -z "$long"
check "HTML: the section" grep -q "<h2>Service doctor (kbwiz's own reasoning, not a Microsoft article)</h2>" "$TMP/r.html"
check "HTML: the display name escaped" grep -q 'named <code>Top &lt;Svc&gt; &amp; Co</code>' "$TMP/r.html"
if grep -q 'Top <Svc>' "$TMP/r.html"; then
	fail "HTML: no raw markup from the evidence" "$(grep -o '.\{20\}Top <Svc>.\{20\}' "$TMP/r.html" | head -2)"
else
	pass "HTML: no raw markup from the evidence"
fi
if command -v xmllint >/dev/null 2>&1; then
	errs=$(xmllint --html --noout "$TMP/r.html" 2>&1)
	check "HTML: xmllint parses the report without errors" test -z "$errs"
else
	skip "HTML: xmllint parses the report" "xmllint not installed (libxml2-utils)"
fi

# The recorded findings are what the report shows: the evidence changed
# afterwards changes nothing (no file is read again).
rm -f "$VOL/WINDOWS/System32/config/SysEvent.Evt"
expect_out "the report reads the findings recorded, not the files" 0 'TopSvc: dependency, error 1068' \
	"$KBWIZ" export 1 --format txt

# A session without event logs: the section says the doctor did not run.
mkdir -p "$TMP/nolog"
svd_volume "$TMP/nolog" && rm -f "$TMP/nolog/WINDOWS/System32/config/SysEvent.Evt"
"$KBWIZ" triage --record "$TMP/nolog" >/dev/null 2>&1
expect_out "no event log: the section says it did not run" 0 'Not run: it runs when the diagnosis step' \
	"$KBWIZ" export 2 --format md
check "no event log: JSON service_doctor is null" sh -c "'$KBWIZ' export 2 --format json | jq -e '.service_doctor == null'"
exit 0
