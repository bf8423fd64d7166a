# test_diagnose.sh: `kbwiz diagnose` on generated evidence sets and on the
# real files in ../shared/testdata when present.
. "$KBWIZ_SRC/tests/e2e/lib.sh"
FIX="$KBWIZ_SRC/tests/fixtures"

hive() { "$TOOLS/mkhive" "$FIX/hives/$1.spec" "$TMP/$1" >/dev/null && echo "$TMP/$1"; }
"$TOOLS/mkevt" "$FIX/events/cluster-node-7023.spec" "$TMP/fault.evt" >/dev/null
"$TOOLS/mkevt" "$FIX/events/healthy-node.spec" "$TMP/healthy.evt" >/dev/null
LOG="$FIX/logs/cluster_nt_q262832.log"
HEALTHY_LOG="$FIX/logs/cluster_2008_healthy.log"
H_FAULT=$(hive q262832-transports-lacks-clusnet)
H_OK=$(hive q262832-healthy)

# The whole fault: hive, cluster log, System log.
expect_out "the Q262832 fault set puts Q262832 first" 0 '^ 1\. Q262832 ' \
	"$KBWIZ" diagnose --hive "$H_FAULT" --log "$LOG" --events "$TMP/fault.evt"
expect_out "the failed check names the missing entry" 0 \
	'^        Transports \(REG_MULTI_SZ\) = \[Tcpip, NetBT\]: Clusnet missing' \
	"$KBWIZ" diagnose --hive "$H_FAULT" --log "$LOG" --events "$TMP/fault.evt"
expect_out "the log sequence is reported with line numbers" 0 \
	'cluster_nt_q262832\.log:[0-9]+:$' \
	"$KBWIZ" diagnose --hive "$H_FAULT" --log "$LOG" --events "$TMP/fault.evt"
expect_out "the failed check is marked FAIL" 0 '\[FAIL\] +transports-has-clusnet$' \
	"$KBWIZ" diagnose --hive "$H_FAULT" --log "$LOG" --events "$TMP/fault.evt"
expect_out "the matched log line is shown" 0 '^        .*\[INIT\] Unable to bind RPC' \
	"$KBWIZ" diagnose --hive "$H_FAULT" --log "$LOG" --events "$TMP/fault.evt"
expect_out "the 7023 event is reported" 0 'Event 7023 from Service Control Manager, 1 time, last 2002-06-11' \
	"$KBWIZ" diagnose --hive "$H_FAULT" --log "$LOG" --events "$TMP/fault.evt"

# Healthy: nothing reported, exit 1.
expect_out "a healthy node gets no diagnosis" 1 'No rule is supported by this evidence' \
	"$KBWIZ" diagnose --hive "$H_OK" --log "$HEALTHY_LOG" --events "$TMP/healthy.evt"

# Each fault alone names what is missing.
for case in "no-provider-key:subkey Clusnet missing" \
	    "provider-list-lacks-clusnet:Clusnet missing" \
	    "transports-wrong-type:expected REG_MULTI_SZ, found REG_SZ" \
	    "all-faults:3 of 3 registry checks failed"; do
	name=${case%%:*} want=${case#*:}
	h=$(hive "q262832-$name")
	expect_out "fault $name alone is diagnosed: $want" 0 "$want" "$KBWIZ" diagnose --hive "$h"
done

# CurrentControlSet follows Select\Current.
h=$(hive q262832-current2-fault-in-002)
expect_out "Select\\Current=2: the fault in ControlSet002 is found" 0 'Clusnet missing' "$KBWIZ" diagnose --hive "$h"
h=$(hive q262832-current2-fix-in-002)
expect_out "Select\\Current=2: ControlSet001's fault is ignored" 1 'No rule is supported' "$KBWIZ" diagnose --hive "$h"

# JSON, checked with jq.
"$KBWIZ" diagnose --json --hive "$H_FAULT" --log "$LOG" --events "$TMP/fault.evt" >"$TMP/d.json"
check "JSON names the schema" jq -e '.schema == "kbwiz-diagnosis/2"' "$TMP/d.json"
check "JSON lists Q262832 as diagnosed first" jq -e '.diagnosed[0] == "Q262832" and .rules[0].id == "Q262832"' "$TMP/d.json"
check "JSON gives the failed check and its entries" \
	jq -e '.rules[0].checks[] | select(.id == "transports-has-clusnet") | .status == "failed" and .failure == "entry missing" and .found_entries == ["Tcpip","NetBT"] and .control_set == "ControlSet001"' "$TMP/d.json"
check "JSON gives the log hits with lines and timestamps" \
	jq -e '.rules[0].evidence[0] | .matched == 16 and .complete and (.hits[1].line > 0) and (.hits[1].timestamp | test("^2002/"))' "$TMP/d.json"
check "JSON lists every evidence file as read" jq -e '[.files[] | .ok] == [true, true, true]' "$TMP/d.json"

# A mounted volume: --root finds the files, whatever their case.
mkdir -p "$TMP/vol/winnt/SYSTEM32/Config" "$TMP/vol/winnt/cluster"
cp "$H_FAULT" "$TMP/vol/winnt/SYSTEM32/Config/system"
cp "$TMP/fault.evt" "$TMP/vol/winnt/SYSTEM32/Config/sysevent.evt"
cp "$LOG" "$TMP/vol/winnt/cluster/CLUSTER.LOG"
expect_out "--root finds hive, event log and cluster log case-insensitively" 0 'found 3 evidence files' \
	"$KBWIZ" diagnose --root "$TMP/vol"
expect_out "--root diagnoses Q262832" 0 '^ 1\. Q262832 ' "$KBWIZ" diagnose --root "$TMP/vol"
expect_out "--root on a non-Windows directory says so" 3 'no Windows directory here' \
	"$KBWIZ" diagnose --root "$TMP"
expect_out "--rule limits the rules" 0 '^ 1\. Q262832 ' "$KBWIZ" diagnose --rule Q262832 --hive "$H_FAULT"
expect_out "--rule with an unknown rule" 1 "no rule 'Q1'" "$KBWIZ" diagnose --rule Q1 --hive "$H_FAULT"
expect_out "no evidence is a usage error" 2 'no evidence' "$KBWIZ" diagnose

# Bad input: each names the file and the problem; the rest is evaluated.
head -c 3000 "$H_FAULT" >"$TMP/truncated-hive"
cp "$H_FAULT" "$TMP/flipped-hive"; printf '\377\377\377\377' | dd of="$TMP/flipped-hive" bs=1 seek=4200 conv=notrunc 2>/dev/null
: >"$TMP/empty-hive"
head -c 900 "$TMP/fault.evt" >"$TMP/truncated.evt"
printf 'line one\n\000\000binary\000junk\nline [INIT] Unable to bind RPC to CDP, status 1720\n' >"$TMP/nul.log"
expect_out "a truncated hive is named (exit 3), the log still read" 3 'truncated-hive: .*' \
	"$KBWIZ" diagnose --hive "$TMP/truncated-hive" --log "$LOG" --events "$TMP/fault.evt"
expect_out "an empty hive is named" 3 'empty-hive: ' "$KBWIZ" diagnose --hive "$TMP/empty-hive"
OUT=$("$KBWIZ" diagnose --hive "$TMP/flipped-hive" 2>&1); rc=$?
if [ "$rc" -le 3 ]; then pass "a bit-flipped hive does not crash (exit $rc)"; else fail "a bit-flipped hive does not crash" "exit $rc: $OUT"; fi
expect_out "a truncated .evt is read as far as it goes" 1 'truncated\.evt' "$KBWIZ" diagnose --events "$TMP/truncated.evt"
expect_out "a log with NUL bytes is scanned" 1 'holds binary data' "$KBWIZ" diagnose --log "$TMP/nul.log"
expect_out "a missing file is named (exit 5), the rest evaluated" 5 'nope\.log: .*' \
	"$KBWIZ" diagnose --log "$TMP/nope.log" --hive "$H_FAULT"
expect_out "the rest is still diagnosed when a file is missing" 5 '^ 1\. Q262832 ' \
	"$KBWIZ" diagnose --log "$TMP/nope.log" --hive "$H_FAULT"

# Real files from real machines, when ../shared is there.
if [ -f "$SHARED/testdata/hives/SYSTEM" ]; then
	expect_out "a real Windows 7 SYSTEM hive gets no diagnosis" 1 'No rule is supported' \
		"$KBWIZ" diagnose --hive "$SHARED/testdata/hives/SYSTEM"
	expect_out "on Windows 7 the cluster rule is not applicable" 1 'not applicable: Q262832: the Cluster service \(ClusSvc\) is not installed' \
		"$KBWIZ" diagnose --all --hive "$SHARED/testdata/hives/SYSTEM"
	expect_out "the damaged real hive is refused by name" 3 'corrupted_system_hive: ' \
		"$KBWIZ" diagnose --hive "$SHARED/testdata/hives/corrupted_system_hive"
	expect_out "the real legacy System log is read" 1 'evt, 6[0-9]{3} events' \
		"$KBWIZ" diagnose --events "$SHARED/testdata/evt/SysEvent.Evt"
	expect_out "the real System.evtx is read" 1 'evtx, 1601 events' \
		"$KBWIZ" diagnose --events "$SHARED/testdata/evtx/system.evtx"
else
	skip "real Windows files" "../shared/testdata is absent"
fi

# --control-sets: the fault only in the current set shows against LastKnownGood.
expect_out "--control-sets shows where the current set differs" 0 \
	'transports-has-clusnet in ControlSet002: Transports \(REG_MULTI_SZ\) = \[Tcpip, NetBT, Clusnet\]' \
	"$KBWIZ" diagnose --control-sets --hive "$H_FAULT"
expect_out "--control-sets on a healthy node finds them equal" 1 'every control set agrees' \
	"$KBWIZ" diagnose --control-sets --all --rule Q262832 --hive "$H_OK"

# Files that are not regular files are refused at once, never read forever.
expect_out "a device as --log is refused" 3 '/dev/zero: not a regular file \(a device or special file\)' \
	"$KBWIZ" diagnose --log /dev/zero
expect_out "a directory as --hive points to --root" 3 'not a regular file \(a directory: for a mounted Windows volume use --root\)' \
	"$KBWIZ" diagnose --hive "$TMP"

# A message reference in an event is explained from the rule.
expect_out "%%1720 in the event is explained" 0 '\(%%1720: error 1720, The endpoint cannot be created\)' \
	"$KBWIZ" diagnose --events "$TMP/fault.evt" --hive "$H_FAULT"
