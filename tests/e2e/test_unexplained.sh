# test_unexplained.sh: `kbwiz diagnose` lists the error and warning
# events no rule explains, grouped, with library articles for each: on a
# generated .evt with a 7000 event for a service no rule covers, without a
# library (the hint) and with ../shared/kb-articles in the library.
. "$KBWIZ_SRC/tests/e2e/lib.sh"

printf '%s\n' \
	'2002-06-11 09:30:00|7000|error|Service Control Manager|NODE2|Computer Browser|%%1058' \
	'2002-06-11 09:45:00|7000|error|Service Control Manager|NODE2|Computer Browser|%%1058' \
	'2002-06-11 10:15:42|7023|error|Service Control Manager|NODE2|Cluster Server|%%1720' \
	'2002-06-11 10:16:00|7036|information|Service Control Manager|NODE2|Alerter|running' \
	'2002-06-11 10:17:00|7009|warning|Service Control Manager|NODE2|a\033[31mred' |
	sed 's/\\033/\x1b/' >"$TMP/sys.spec"
"$TOOLS/mkevt" "$TMP/sys.spec" "$TMP/sys.evt" >/dev/null

# Events alone show Q262832's symptom but nothing checks its cause: the
# verdict is "possible" and diagnose exits 1, as without any finding.
expect_out "the section counts what rules explain" 1 \
	'^Events no rule explains \(errors and warnings: 4, 1 explained by a rule\)$' \
	"$KBWIZ" diagnose --events "$TMP/sys.evt" --rule Q262832
expect_out "a group reads source, ID, service, error, count, first time" 1 \
	'^  Service Control Manager 7000: Computer Browser, error 1058 \(The service$' \
	"$KBWIZ" diagnose --events "$TMP/sys.evt"
expect_out "the group's count and first time, in UTC" 1 '2 times, first 2002-06-11 09:30:00 UTC$' \
	"$KBWIZ" diagnose --events "$TMP/sys.evt"
# With a SYSTEM hive that gives the zone: the machine's clock beside UTC.
{ cat "$KBWIZ_SRC/tests/fixtures/hives/q262832-healthy.spec"; printf '%s\n' '' \
	'[ControlSet001\Control\TimeZoneInformation]' '"Bias"=dword:000001e0' \
	'"ActiveTimeBias"=dword:000001e0'; } >"$TMP/tz.spec"
"$TOOLS/mkhive" "$TMP/tz.spec" "$TMP/tz-SYSTEM" >/dev/null
OUT=$("$KBWIZ" diagnose --events "$TMP/sys.evt" --hive "$TMP/tz-SYSTEM" 2>&1)
if printf '%s\n' "$OUT" | sed -n '/^Events no rule explains/,$p' | tr '\n' ' ' | tr -s ' ' |
   grep -q '2 times, first 2002-06-11 09:30:00 UTC (machine: 2002-06-11 01:30:00 UTC-08:00)'; then
	pass "the group's first time has the machine's clock beside UTC"
else
	fail "the group's first time has the machine's clock beside UTC" "$(printf '%s\n' "$OUT" | grep -A2 'Computer Browser')"
fi
expect_out "the explained 7023 is not listed again" 1 '^ 1\. Q262832 ' \
	"$KBWIZ" diagnose --events "$TMP/sys.evt"
OUT=$("$KBWIZ" diagnose --events "$TMP/sys.evt" 2>&1)
if printf '%s\n' "$OUT" | sed -n '/^Events no rule explains/,$p' | grep -q ' 7023'; then
	fail "the explained 7023 is left out of the section" "$(printf '%s\n' "$OUT" | grep 7023)"
else
	pass "the explained 7023 is left out of the section"
fi
expect_out "a warning says so, its text made visible" 1 \
	'^  Service Control Manager 7009 \(warning\): a\\x1b\[31mred, 1 time, first' \
	"$KBWIZ" diagnose --events "$TMP/sys.evt"
expect_out "an empty library: the line saying how to add it" 1 \
	'^  No article library in the store: add one with `kbwiz kb library add DIR`' \
	"$KBWIZ" diagnose --events "$TMP/sys.evt"
if "$KBWIZ" diagnose --events "$TMP/sys.evt" --json | python3 -c '
import json, sys
u = json.load(sys.stdin)["unexplained"]
assert u["events"] == 4 and u["explained"] == 1, u
assert u["library_articles"] == 0 and "kbwiz kb library add" in u["hint"]
g = u["groups"][0]
assert (g["source"], g["event_id"], g["service"], g["error_code"], g["count"]) == \
	("Service Control Manager", 7000, "Computer Browser", 1058, 2), g
assert g["first"] == "2002-06-11T09:30:00Z" and g["articles"] == []
assert g["error_message_from"] == "Windows system error text"
assert u["groups"][1]["service"] == "a\x1b[31mred"
' 2>"$TMP/py.err"; then pass "JSON: the unexplained field"; else fail "JSON: the unexplained field" "$(cat "$TMP/py.err")"; fi
expect_out "no event logs: no section" 1 '^Diagnosis$' "$KBWIZ" diagnose --log "$KBWIZ_SRC/tests/fixtures/logs/cluster_2008_healthy.log"
if "$KBWIZ" diagnose --log "$KBWIZ_SRC/tests/fixtures/logs/cluster_2008_healthy.log" | grep -q "no rule explains"; then
	fail "no event logs: no section" "section printed"
else
	pass "no event logs: no section printed"
fi

# With the shared articles in the library: each group gets articles.
ART="$SHARED/kb-articles"
if [ -d "$ART" ]; then
	"$KBWIZ" kb library add "$ART" >/dev/null 2>&1
	expect_out "with the library: articles for the 7000 group" 1 \
		'^    article Q[0-9]+ Event ID 7000' "$KBWIZ" diagnose --events "$TMP/sys.evt"
	expect_out "with the library: the note that articles are for reading" 1 \
		'^  Articles are from the library, for reading: each quotes the event ID or' \
		"$KBWIZ" diagnose --events "$TMP/sys.evt"
	if "$KBWIZ" diagnose --events "$TMP/sys.evt" --json | python3 -c '
import json, sys
u = json.load(sys.stdin)["unexplained"]
assert u["library_articles"] >= 23 and u["hint"] is None, u["library_articles"]
g = u["groups"][0]
assert 1 <= len(g["articles"]) <= 3, g["articles"]
assert all(a["id"].startswith("Q") and a["title"] for a in g["articles"])
assert g["library_queries"][0] == "7000 0x422", g["library_queries"]
' 2>"$TMP/py.err"; then pass "JSON: articles per group"; else fail "JSON: articles per group" "$(cat "$TMP/py.err")"; fi
else
	skip "with the library: articles for the 7000 group" "no $ART"
fi
