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
expect_out "the failed check is marked FAIL, with its article lines" 0 '\[FAIL\] +transports-has-clusnet  \(Q262832, lines [0-9]+-[0-9]+\)$' \
	"$KBWIZ" diagnose --hive "$H_FAULT" --log "$LOG" --events "$TMP/fault.evt"
expect_out "the cause names the article lines it rests on" 0 '^           \(Q262832, lines [0-9]' \
	"$KBWIZ" diagnose --hive "$H_FAULT" --log "$LOG" --events "$TMP/fault.evt"
# The hint is one command to paste: the path on the next line, after a
# backslash, when the line would pass 80 columns.
expect_out "a confirmed fault with a registry repair points to kbwiz fix on its hive" 0 \
	"^          kbwiz fix --rule Q262832 --hive( $H_FAULT| \\\\)\$" \
	"$KBWIZ" diagnose --hive "$H_FAULT" --log "$LOG" --events "$TMP/fault.evt"
OUT=$("$KBWIZ" diagnose --hive "$H_FAULT" --log "$LOG" --events "$TMP/fault.evt" 2>&1)
CMD=$(printf '%s\n' "$OUT" | sed -n '/^          kbwiz fix --rule/{N;p;q}' | sed '2{/^            /!d}')
# The shell reads the hint back (backslash-newline and quotes included).
if [ "$(eval "set -- $(printf '%s' "$CMD" | sed 's/^ *kbwiz//')"; printf %s "$5")" = "$H_FAULT" ]; then
	pass "the kbwiz fix hint pastes into a shell as the hive's path"
else
	fail "the kbwiz fix hint pastes into a shell as the hive's path" "$CMD"
fi
expect_out "the matched log line is shown" 0 '^        .*\[INIT\] Unable to bind RPC' \
	"$KBWIZ" diagnose --hive "$H_FAULT" --log "$LOG" --events "$TMP/fault.evt"
expect_out "the 7023 event is reported" 0 '^    Event 7023 from Service Control Manager, 1 time, last$' \
	"$KBWIZ" diagnose --hive "$H_FAULT" --log "$LOG" --events "$TMP/fault.evt"
expect_out "its time says UTC (the machine's zone unknown)" 0 '^      2002-06-11 10:15:42 UTC:$' \
	"$KBWIZ" diagnose --hive "$H_FAULT" --log "$LOG" --events "$TMP/fault.evt"

# Healthy: nothing reported, exit 1.
expect_out "a healthy node gets no diagnosis" 1 'No rule is supported by this evidence' \
	"$KBWIZ" diagnose --hive "$H_OK" --log "$HEALTHY_LOG" --events "$TMP/healthy.evt"
N_HEALTHY=$("$KBWIZ" events --events "$TMP/healthy.evt" --format csv 2>/dev/null | grep -c '^20')
expect_out "no service failures: the service doctor says how many events it read" 1 \
	"^  no service failures: of the $N_HEALTHY events read, none is a Service Control" \
	"$KBWIZ" diagnose --hive "$H_OK" --log "$HEALTHY_LOG" --events "$TMP/healthy.evt"
OUT=$("$KBWIZ" diagnose --hive "$H_OK" --log "$LOG" --events "$TMP/fault.evt" 2>&1)
if printf '%s\n' "$OUT" | grep -q '^ 1\. Q262832 ' && ! printf '%s\n' "$OUT" | grep -q 'kbwiz fix --rule'; then
	pass "with every check passing, Q262832 is listed but no repair is offered"
else
	fail "with every check passing, Q262832 is listed but no repair is offered" "$(printf '%s' "$OUT" | head -30)"
fi

# Each fault alone names what is missing.
# With no symptom anywhere a registry fault is only possible: printed,
# marked, and the exit status is 1.
for case in "no-provider-key:subkey Clusnet missing" \
	    "provider-list-lacks-clusnet:Clusnet missing" \
	    "transports-wrong-type:expected REG_MULTI_SZ, found REG_SZ" \
	    "all-faults:3 of 3 registry checks failed"; do
	name=${case%%:*} want=${case#*:}
	h=$(hive "q262832-$name")
	expect_out "fault $name alone is a possible finding: $want" 1 "$want" "$KBWIZ" diagnose --hive "$h"
done
expect_out "a registry fault with no symptom is marked POSSIBLE" 1 '^    POSSIBLE  score' \
	"$KBWIZ" diagnose --hive "$H_FAULT"
expect_out "a possible finding says no symptom was seen" 1 'no symptom was seen' \
	"$KBWIZ" diagnose --hive "$H_FAULT"
expect_out "without a confirmed rule the output says so" 1 'No rule is confirmed' \
	"$KBWIZ" diagnose --hive "$H_FAULT"
expect_out "the fault with its 7023 event is CONFIRMED" 0 '^    CONFIRMED  score' \
	"$KBWIZ" diagnose --hive "$H_FAULT" --events "$TMP/fault.evt"
expect_out "a healthy hive with the 7023 event: cause not found" 1 '^    CAUSE NOT FOUND  score' \
	"$KBWIZ" diagnose --hive "$H_OK" --events "$TMP/fault.evt"

# The machine's identity: an NT 4.0 Server, Enterprise Edition node.
{ cat "$FIX/hives/q262832-transports-lacks-clusnet.spec"; printf '%s\n' '' \
	'[ControlSet001\Control\ProductOptions]' '"ProductType"="ServerNT"' '"ProductSuite"=multi:"Enterprise"' \
	'[ControlSet001\Control\TimeZoneInformation]' '"StandardName"="Pacific Standard Time"' \
	'"Bias"=dword:000001e0' '"ActiveTimeBias"=dword:000001e0' \
	'[ControlSet001\Control\Windows]' '"ShutdownTime"=hex:00,48,6e,64,b1,10,c2,01'; } >"$TMP/nt4ee.spec"
"$TOOLS/mkhive" "$TMP/nt4ee.spec" "$TMP/nt4ee-SYSTEM" >/dev/null
printf '%s\n' '@name SOFTWARE' '[Microsoft\Windows NT\CurrentVersion]' '"CurrentVersion"="4.0"' \
	'"CurrentBuildNumber"="1381"' '"CSDVersion"="Service Pack 6"' >"$TMP/nt4.spec"
"$TOOLS/mkhive" "$TMP/nt4.spec" "$TMP/nt4-SOFTWARE" >/dev/null
printf '%s\n' '@name SOFTWARE' '[Microsoft\Windows NT\CurrentVersion]' '"ProductName"="Windows 7 Professional"' \
	'"CurrentVersion"="6.1"' '"CurrentBuildNumber"="7601"' '"CSDVersion"="Service Pack 1"' \
	'"EditionID"="Professional"' >"$TMP/win7.spec"
"$TOOLS/mkhive" "$TMP/win7.spec" "$TMP/win7-SOFTWARE" >/dev/null
NT4="--hive $TMP/nt4ee-SYSTEM --hive $TMP/nt4-SOFTWARE --events $TMP/fault.evt"
expect_out "an NT 4.0 EE node with the fault and its 7023 event is confirmed" 0 '^    CONFIRMED  score' \
	"$KBWIZ" diagnose $NT4
expect_out "the machine is named first, with its version from the hives" 0 \
	'^  NODE1: Windows NT Server 4.0, Enterprise Edition \(build 1381, Service Pack 6\)$' \
	"$KBWIZ" diagnose $NT4
expect_out "the role and suite are shown" 0 '^  role: server \(ProductType ServerNT; suite Enterprise\)$' \
	"$KBWIZ" diagnose $NT4
expect_out "the last shutdown is in the machine's time zone, with UTC" 0 \
	'^  last shut down: 2002-06-10 11:02:40 \(UTC-08:00\), 2002-06-10 19:02:40 UTC$' \
	"$KBWIZ" diagnose $NT4
expect_out "a rule's event: UTC, the machine's clock beside it" 0 \
	'^      2002-06-11 10:15:42 UTC \(machine: 2002-06-11 02:15:42 UTC-08:00\):$' \
	"$KBWIZ" diagnose $NT4
expect_out "the service doctor's event times the same way" 0 \
	'^    evidence: 1 event, 2002-06-11 10:15:42 UTC \(machine: 2002-06-11 02:15:42$' \
	"$KBWIZ" diagnose $NT4
# Nothing in the text passes 80 columns, whatever the paths hold: the
# service doctor's header and configuration, the events, the fix hint
# (its path shell-quoted).
mkdir -p "$TMP/my case"
cp "$TMP/nt4ee-SYSTEM" "$TMP/my case/SYSTEM"
OUT=$("$KBWIZ" diagnose --hive "$TMP/my case/SYSTEM" --hive "$TMP/nt4-SOFTWARE" --events "$TMP/fault.evt" --log "$LOG" 2>&1)
LONG=$(printf '%s\n' "$OUT" | awk 'length($0) > 80')
if [ -z "$LONG" ]; then pass "diagnose text stays within 80 columns"
else fail "diagnose text stays within 80 columns" "$LONG"; fi
if printf '%s\n' "$OUT" | grep -qx "            '$TMP/my case/SYSTEM'"; then
	pass "a path with a space is quoted in the kbwiz fix hint"
else
	fail "a path with a space is quoted in the kbwiz fix hint" "$(printf '%s\n' "$OUT" | grep -A1 'kbwiz fix')"
fi
expect_out "a Windows 7 SOFTWARE hive: Q262832 is not applicable" 1 \
	'not applicable: Q262832: written for Windows NT Server, Enterprise Edition 4.0; this machine runs Windows 7 Professional 6.1 \(build 7601, Service Pack 1\)' \
	"$KBWIZ" diagnose --all --hive "$TMP/nt4ee-SYSTEM" --hive "$TMP/win7-SOFTWARE" --events "$TMP/fault.evt"
expect_out "on Windows 7 nothing is diagnosed" 1 'No rule is supported by this evidence' \
	"$KBWIZ" diagnose --hive "$TMP/nt4ee-SYSTEM" --hive "$TMP/win7-SOFTWARE" --events "$TMP/fault.evt"
expect_out "without a SOFTWARE hive the finding says the version could not be read" 0 \
	'the Windows version could not be read \(no SOFTWARE hive\)' \
	"$KBWIZ" diagnose --hive "$TMP/nt4ee-SYSTEM" --events "$TMP/fault.evt"
"$KBWIZ" diagnose --json $NT4 >"$TMP/m.json"
check "JSON gives the machine" jq -e '.machine.version == "4.0" and .machine.build == "1381" and .machine.service_pack == 6 and .machine.role == "server" and .machine.product_suite == ["Enterprise"] and .machine.utc_offset_minutes == -480 and .machine.computer_name == "NODE1"' "$TMP/m.json"
check "JSON gives the verdict and the confirmed list" jq -e '.rules[0].verdict == "confirmed" and .confirmed == ["Q262832"]' "$TMP/m.json"
"$KBWIZ" diagnose --json --hive "$TMP/nt4ee-SYSTEM" --hive "$TMP/win7-SOFTWARE" >"$TMP/w.json"
check "JSON gives not-applicable with the version named" jq -e '.rules[] | select(.id == "Q262832") | .verdict == "not-applicable" and (.not_applicable_reason | test("Windows 7 Professional 6.1"))' "$TMP/w.json"

# Evidence of two machines: NODE1's hive with a System log whose events
# come from NODE2 (and the same log renamed to NODE1's FQDN: one machine).
sed 's/|NODE1/|NODE2/' "$FIX/events/cluster-node-7023.spec" >"$TMP/node2.spec"
"$TOOLS/mkevt" "$TMP/node2.spec" "$TMP/node2.evt" >/dev/null
expect_out "a log from another computer than the hive's is named before the machine" 0 \
	'^WARNING: the evidence is from more than one machine$' \
	"$KBWIZ" diagnose --hive "$TMP/nt4ee-SYSTEM" --events "$TMP/node2.evt"
expect_out "the warning names both computers" 0 'node2\.evt: its events come from NODE2, the hives from NODE1' \
	"$KBWIZ" diagnose --hive "$TMP/nt4ee-SYSTEM" --events "$TMP/node2.evt"
"$KBWIZ" diagnose --json --hive "$TMP/nt4ee-SYSTEM" --events "$TMP/node2.evt" >"$TMP/two.json"
check "JSON: machine_mismatch and the log's computers" jq -e '(.machine_mismatch | test("NODE2")) and ([.files[] | select(.kind == "events") | .computers] == ["NODE2"])' "$TMP/two.json"
sed 's/|NODE1/|node1.cluster.example/' "$FIX/events/cluster-node-7023.spec" >"$TMP/fqdn.spec"
"$TOOLS/mkevt" "$TMP/fqdn.spec" "$TMP/fqdn.evt" >/dev/null
if "$KBWIZ" diagnose --hive "$TMP/nt4ee-SYSTEM" --events "$TMP/fqdn.evt" 2>&1 | grep -q 'more than one machine'; then
	fail "the same host with its domain and another case is one machine" "warned"
else
	pass "the same host with its domain and another case is one machine"
fi
check "JSON: no mismatch for one machine" jq -e '.machine_mismatch == null' "$TMP/m.json"

# Repaired: the demo case after kbwiz fix --apply on a copy.
mkdir -p "$TMP/rep"
"$KBWIZ_SRC/tests/make-demo.sh" "$KBWIZ_BUILD" "$TMP/rep" >/dev/null
RH="$TMP/rep/C/WINNT/system32/config/SYSTEM"
expect_out "the demo case is confirmed before the repair" 0 '^    CONFIRMED  score' "$KBWIZ" diagnose --root "$TMP/rep/C"
"$KBWIZ" fix --rule Q262832 --hive "$RH" --apply --yes >/dev/null 2>&1
expect_out "after kbwiz fix --apply the demo case is REPAIRED, exit 1" 1 '^    REPAIRED  score' \
	"$KBWIZ" diagnose --root "$TMP/rep/C"
expect_out "repaired names the repair and asks for new logs" 1 \
	'kbwiz repaired this hive with kbwiz fix on 20[0-9-]+' \
	"$KBWIZ" diagnose --root "$TMP/rep/C"
expect_out "repaired says the symptoms are older than the repair" 1 'older than the repair: restart the machine' \
	"$KBWIZ" diagnose --root "$TMP/rep/C"
"$KBWIZ" diagnose --json --root "$TMP/rep/C" >"$TMP/r.json" 2>/dev/null
check "JSON gives the repair" jq -e '.rules[0].verdict == "repaired" and .repairs[0].rule == "Q262832" and .confirmed == []' "$TMP/r.json"
cp "$RH" "$TMP/rep-moved-SYSTEM"
expect_out "a hive changed after the repair is not taken for repaired" 1 'CAUSE NOT FOUND' \
	sh -c 'printf "\0" >>"$1" && "$2" diagnose --hive "$1" --events "$3"' sh "$TMP/rep-moved-SYSTEM" "$KBWIZ" "$TMP/rep/C/WINNT/system32/config/SysEvent.Evt"

# Without a record: symptoms older than every key the checks read.
printf '%s\n' '1999-12-30 10:15:42|7023|error|Service Control Manager|NODE1|Cluster Server|%%1720' >"$TMP/old.spec"
"$TOOLS/mkevt" "$TMP/old.spec" "$TMP/old.evt" >/dev/null
expect_out "symptoms older than every checked key: the repaired hint" 1 \
	'every key they read was written after the$' \
	"$KBWIZ" diagnose --hive "$H_OK" --events "$TMP/old.evt"

# CurrentControlSet follows Select\Current.
h=$(hive q262832-current2-fault-in-002)
expect_out "Select\\Current=2: the fault in ControlSet002 is found" 1 'Clusnet missing' "$KBWIZ" diagnose --hive "$h"
h=$(hive q262832-current2-fix-in-002)
expect_out "Select\\Current=2: ControlSet001's fault is ignored" 1 'No rule is supported' "$KBWIZ" diagnose --hive "$h"

# JSON, checked with jq.
"$KBWIZ" diagnose --json --hive "$H_FAULT" --log "$LOG" --events "$TMP/fault.evt" >"$TMP/d.json"
check "JSON names the schema" jq -e '.schema == "kbwiz-diagnosis/3"' "$TMP/d.json"
check "JSON lists Q262832 as diagnosed first" jq -e '.diagnosed[0] == "Q262832" and .rules[0].id == "Q262832"' "$TMP/d.json"
check "JSON gives the failed check and its entries" \
	jq -e '.rules[0].checks[] | select(.id == "transports-has-clusnet") | .status == "failed" and .failure == "entry missing" and .found_entries == ["Tcpip","NetBT"] and .control_set == "ControlSet001"' "$TMP/d.json"
check "JSON gives the log hits with lines and timestamps" \
	jq -e '.rules[0].evidence[0] | .matched == 16 and .complete and (.hits[1].line > 0) and (.hits[1].timestamp | test("^2002/"))' "$TMP/d.json"
check "JSON lists every evidence file as read" jq -e '[.files[] | .ok] == [true, true, true]' "$TMP/d.json"
# Provenance: every fact says whether it is the article's (its lines) or
# kbwiz's own reasoning, so that neither passes for the other.
check "JSON: the cause cites the article's lines" \
	jq -e '.rules[0].cause_source.cite | test("^[0-9]+(-[0-9]+)?(, [0-9]+(-[0-9]+)?)*$")' "$TMP/d.json"
check "JSON: the trigger, symptoms, log block, checks and steps carry a source" \
	jq -e '.rules[0] | (.trigger_source.cite | length > 0) and ([.symptoms[], .evidence[], .checks[], .applies[], .steps[] | .source | type] | all(. == "object")) and ([.evidence[].pattern_sources[] | type] | all(. == "object"))' "$TMP/d.json"
check "JSON: kbwiz's own step and applicability reasoning is marked inferred, not cited" \
	jq -e '.rules[0] | ([.steps[] | select(.source.inferred != null)] | length > 0) and ([.steps[] | select(.source.inferred != null and .source.cite != null)] | length == 0) and (.applies[0].source.inferred | length > 0)' "$TMP/d.json"
check "JSON: every rule's every fact is sourced one way or the other" \
	jq -e '[.rules[] | .cause_source, (.symptoms[], .evidence[], .checks[], .applies[], .steps[] | .source)] | all(type == "object" and ((.cite != null) != (.inferred != null)))' "$TMP/d.json"

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
expect_out "--rule limits the rules" 1 '^ 1\. Q262832 ' "$KBWIZ" diagnose --rule Q262832 --hive "$H_FAULT"
expect_out "--rule with an unknown rule is a usage error" 2 "no rule 'Q1'" "$KBWIZ" diagnose --rule Q1 --hive "$H_FAULT"
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
expect_out "--control-sets shows where the current set differs" 1 \
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

# No evidence is not a healthy machine: said plainly, exit 3 (bad input).
mkdir -p "$TMP/emptyvol/C/Windows/System32/config"
expect_out "a volume with no evidence file: nothing to judge (exit 3), naming where it looked" 3 \
	"no evidence: nothing to judge: no evidence file under $TMP/emptyvol/C \\(looked in its Windows directory for System32/config/SYSTEM" \
	"$KBWIZ" diagnose --root "$TMP/emptyvol/C"
OUT=$("$KBWIZ" diagnose --root "$TMP/emptyvol/C" 2>&1)
if printf '%s\n' "$OUT" | grep -q 'No rule is supported'; then
	fail "no evidence never reads as 'No rule is supported'" "$(printf '%s' "$OUT" | head -5)"
else
	pass "no evidence never reads as 'No rule is supported'"
fi
expect_out "no file readable: nothing to judge (exit 3)" 3 \
	'no evidence: nothing to judge: none of the 1 evidence file could be read' \
	"$KBWIZ" diagnose --hive "$TMP/truncated-hive"

# A SYSTEM hive given but damaged: the cause could not be checked, so the
# log alone makes the rule possible, not confirmed, and each check says why.
mkdir -p "$TMP/truncvol/WINNT/system32/config" "$TMP/truncvol/WINNT/Cluster"
head -c 3000 "$H_FAULT" >"$TMP/truncvol/WINNT/system32/config/SYSTEM"
cp "$LOG" "$TMP/truncvol/WINNT/Cluster/cluster.log"
cp "$TMP/fault.evt" "$TMP/truncvol/WINNT/system32/config/SysEvent.Evt"
expect_out "a damaged SYSTEM hive: Q262832 is POSSIBLE from the log, not CONFIRMED" 3 '^    POSSIBLE  score' \
	"$KBWIZ" diagnose --root "$TMP/truncvol"
if printf '%s\n' "$OUT" | grep -q 'CONFIRMED'; then
	fail "a damaged SYSTEM hive confirms nothing" "$(printf '%s' "$OUT" | grep CONFIRMED)"
else
	pass "a damaged SYSTEM hive confirms nothing"
fi
"$KBWIZ" diagnose --json --root "$TMP/truncvol" >"$TMP/trunc.json" 2>/dev/null
check "a damaged SYSTEM hive: each check says the hive could not be read and why" \
	jq -e --arg p "$TMP/truncvol/WINNT/system32/config/SYSTEM" \
	'[.rules[] | select(.id == "Q262832") | .checks[] | .detail | startswith("the SYSTEM hive " + $p + " could not be read: ")] | length > 0 and all' "$TMP/trunc.json"
check "a damaged SYSTEM hive: Q262832's verdict is possible" \
	jq -e '.rules[] | select(.id == "Q262832") | .verdict == "possible"' "$TMP/trunc.json"
# With no hive at all, log lines that show the cause itself still confirm.
expect_out "with no hive given, the whole log sequence still confirms Q262832" 0 '^    CONFIRMED  score' \
	"$KBWIZ" diagnose --log "$LOG" --events "$TMP/fault.evt"

# A possible verdict offers no repair command: the article's repair is for
# a machine that shows the symptom.
OUT=$("$KBWIZ" diagnose --hive "$H_FAULT" 2>&1)
if printf '%s\n' "$OUT" | grep -q 'kbwiz fix --rule' ||
   ! printf '%s\n' "$OUT" | grep -q 'no repair offered: the article.s repair is for a machine that'; then
	fail "a POSSIBLE finding prints no kbwiz fix command, and says why" "$(printf '%s' "$OUT" | grep -A3 'Next:')"
else
	pass "a POSSIBLE finding prints no kbwiz fix command, and says why"
fi
