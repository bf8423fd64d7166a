# test_services_lkg.sh: `kbwiz services --compare-lkg`: the current control
# set against LastKnownGood, on generated hives: service changes, a rule's
# check that differs, the same set, no LastKnownGood; table, CSV, JSON.
. "$KBWIZ_SRC/tests/e2e/lib.sh"

"$TOOLS/mkhive" "$KBWIZ_SRC/tests/fixtures/hives/lkg-service-changes.spec" "$TMP/SYSTEM" >/dev/null
"$TOOLS/mkhive" "$KBWIZ_SRC/tests/fixtures/hives/q262832-current2-fault-in-002.spec" "$TMP/SYSTEM2" >/dev/null

expect_out "compare-lkg names both sets" 0 "Current ControlSet001 against LastKnownGood ControlSet002" \
	"$KBWIZ" services --hive "$TMP/SYSTEM" --compare-lkg
expect_out "compare-lkg shows a disabled service" 0 "current +4 \(disabled\)" \
	"$KBWIZ" services --hive "$TMP/SYSTEM" --compare-lkg
expect_out "compare-lkg shows a service only in LastKnownGood" 0 "OldAgent +only in LastKnownGood" \
	"$KBWIZ" services --hive "$TMP/SYSTEM" --compare-lkg
expect_out "compare-lkg shows a rule's check that differs" 0 "rule Q262832" \
	"$KBWIZ" services --hive "$TMP/SYSTEM2" --compare-lkg

"$KBWIZ" services --hive "$TMP/SYSTEM" --compare-lkg --format csv >"$TMP/csv"
if head -1 "$TMP/csv" | grep -q '^kind,name,field,current,last_known_good' &&
   grep -q '^service value,ClusSvc,DependOnService,"ClusNet, RpcSs, NetBT","ClusNet, RpcSs"' "$TMP/csv" &&
   [ "$(wc -l <"$TMP/csv")" -eq 8 ]
then pass "compare-lkg --format csv: a header and one row per difference"
else fail "compare-lkg --format csv" "$(head -3 "$TMP/csv")"; fi

# JSON gives values as stored: numbers, null for absent, arrays for lists;
# the readable text beside them.
"$KBWIZ" services --hive "$TMP/SYSTEM" --compare-lkg --format json >"$TMP/json1"
if python3 - "$TMP/json1" <<'PY'
import json, sys
d = {(x["name"], x["field"]): x for x in json.load(open(sys.argv[1]))["differences"]}
s = d[("ClusSvc", "Start")]
assert s["current"] == 4 and s["last_known_good"] == 2 and s["current_text"] == "4 (disabled)", s
t = d[("Dhcp", "Type")]
assert t["current"] == 16 and t["last_known_good"] == 32, t
dep = d[("ClusSvc", "DependOnService")]
assert dep["current"] == ["ClusNet", "RpcSs", "NetBT"] and dep["last_known_good"] == ["ClusNet", "RpcSs"], dep
g = d[("LanmanWorkstation", "DependOnGroup")]
assert g["current"] is None and g["last_known_good"] == ["NetworkProvider"], g
old = [x for x in d.values() if x["kind"] == "only in LastKnownGood"][0]
assert old["current"] is None and old["last_known_good"] not in (None, "(absent)"), old
PY
then pass "compare-lkg --format json: raw values (numbers, null, arrays) and their text"
else fail "compare-lkg --format json: raw values" "$(head -20 "$TMP/json1")"; fi
"$KBWIZ" services --hive "$TMP/SYSTEM2" --compare-lkg --format json >"$TMP/json"
if python3 - "$TMP/json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["current_set"] == "ControlSet002" and d["last_known_good_set"] == "ControlSet001"
assert any(x["kind"] == "rule check" and x["name"] == "Q262832" and "Clusnet" in x["last_known_good"]
           and "Clusnet" not in x["current"] and "Clusnet" in x["last_known_good_text"]
           for x in d["differences"])
PY
then pass "compare-lkg --format json"; else fail "compare-lkg --format json" "$(head -5 "$TMP/json")"; fi

printf '@name SYSTEM\n[Select]\n"Current"=dword:00000001\n"LastKnownGood"=dword:00000001\n[ControlSet001\\Services\\A]\n"Start"=dword:00000002\n' >"$TMP/same.spec"
"$TOOLS/mkhive" "$TMP/same.spec" "$TMP/SAME" >/dev/null
expect_out "compare-lkg when LastKnownGood is the current set" 1 "nothing to compare" \
	"$KBWIZ" services --hive "$TMP/SAME" --compare-lkg
printf '@name SYSTEM\n[Select]\n"Current"=dword:00000001\n[ControlSet001\\Services\\A]\n"Start"=dword:00000002\n' >"$TMP/nolkg.spec"
"$TOOLS/mkhive" "$TMP/nolkg.spec" "$TMP/NOLKG" >/dev/null
expect_out "compare-lkg without LastKnownGood names the hive, exit 3" 3 "NOLKG.*LastKnownGood" \
	"$KBWIZ" services --hive "$TMP/NOLKG" --compare-lkg

real="$SHARED/testdata/hives/SYSTEM"
if [ -f "$real" ]; then
	cp "$real" "$TMP/REAL"
	OUT=$("$KBWIZ" services --hive "$TMP/REAL" --compare-lkg 2>&1); rc=$?
	if [ "$rc" -le 1 ] && printf '%s' "$OUT" | grep -q "against LastKnownGood"; then
		pass "compare-lkg on the real Windows 7 SYSTEM hive"
	else fail "compare-lkg on the real Windows 7 SYSTEM hive" "exit $rc: $(printf '%s' "$OUT" | head -3)"; fi
else
	skip "compare-lkg on the real Windows 7 SYSTEM hive" "$real not present"
fi
