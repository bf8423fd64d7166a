# test_svcdoctor.sh: the service doctor in `kbwiz diagnose`: a generated
# volume (SYSTEM and SAM hives, program files) and a generated System log
# with one Service Control Manager failure per case; then the real
# Windows 7 SYSTEM hive with its System.evtx (no false finding) and the
# real XP SysEvent.Evt alone, when ../shared/testdata is present.
. "$KBWIZ_SRC/tests/e2e/lib.sh"
. "$KBWIZ_SRC/tests/e2e/svd_fixture.sh"

VOL="$TMP/vol"
CFG="$VOL/WINDOWS/system32/config"
mkdir -p "$CFG" "$VOL/WINDOWS/system32/drivers" "$VOL/Program Files/App"
cat >"$TMP/system.spec" <<'EOF'
@name SYSTEM
[Select]
"Current"=dword:1
[ControlSet001\Control]
"ServicesPipeTimeout"=dword:0000ea60
[ControlSet001\Control\ComputerName\ComputerName]
"ComputerName"="NODE1"
[ControlSet001\Control\ServiceGroupOrder]
"List"=multi:"Base","PNP_TDI"
[ControlSet001\Services\MissApp]
"DisplayName"="Missing App"
"Type"=dword:10
"Start"=dword:2
"ImagePath"=expand:"%SystemRoot%\system32\missapp.exe"
[ControlSet001\Services\TruncSvc]
"DisplayName"="Truncated Service"
"Type"=dword:10
"Start"=dword:2
"ImagePath"="\"C:\Program Files\App\trunc.exe\" -service"
[ControlSet001\Services\ZeroSvc]
"DisplayName"="Zero Service"
"Type"=dword:10
"Start"=dword:2
"ImagePath"="C:\Program Files\App\zero.exe"
[ControlSet001\Services\WholeSvc]
"DisplayName"="Whole Service"
"Type"=dword:10
"Start"=dword:2
"ImagePath"="C:\Program Files\App\whole.exe"
EOF
W='C:\Program Files\App\whole.exe'
svd_chain_spec "Top Service" "$W" "$W" "$W" >>"$TMP/system.spec"
cat >>"$TMP/system.spec" <<'EOF'
[ControlSet001\Services\ChainSvc]
"DisplayName"="Chain Service"
"Type"=dword:10
"Start"=dword:2
"ImagePath"="C:\Program Files\App\whole.exe"
"DependOnService"=multi:"MissApp"
[ControlSet001\Services\GrpSvc]
"DisplayName"="Group Service"
"Type"=dword:10
"Start"=dword:2
"ImagePath"="C:\Program Files\App\whole.exe"
"DependOnGroup"=multi:"NoSuchGroup"
[ControlSet001\Services\AcctSvc]
"DisplayName"="Account Service"
"Type"=dword:10
"Start"=dword:2
"ImagePath"="C:\Program Files\App\whole.exe"
"ObjectName"=".\svcuser"
[ControlSet001\Services\DomSvc]
"DisplayName"="Domain Service"
"Type"=dword:10
"Start"=dword:2
"ImagePath"="C:\Program Files\App\whole.exe"
"ObjectName"="CORP\svcacct"
[ControlSet001\Services\BootDrv]
"Type"=dword:1
"Start"=dword:0
"Group"="Base"
"ImagePath"=expand:"system32\DRIVERS\bootdrv.sys"
[ControlSet001\Services\SlowSvc]
"DisplayName"="Slow Service"
"Type"=dword:10
"Start"=dword:2
"ImagePath"="C:\Program Files\App\whole.exe"
[ControlSet001\Services\IndSvc]
"DisplayName"="@%SystemRoot%\system32\ind.dll,-100"
"Type"=dword:20
"Start"=dword:4
"ImagePath"=expand:"%SystemRoot%\system32\svchost.exe -k netsvcs"
EOF
cat >"$TMP/sam.spec" <<'EOF'
@name SAM
[SAM\Domains\Account\Users\Names\Administrator]
[SAM\Domains\Account\Users\Names\Guest]
EOF
cat >"$TMP/sys.spec" <<'EOF'
2024-03-01 08:00:00|7000|error|Service Control Manager|NODE1|Missing App|%%2
2024-03-01 08:00:01|7000|error|Service Control Manager|NODE1|Truncated Service|%%193
2024-03-01 08:00:02|7000|error|Service Control Manager|NODE1|Zero Service|%%193
2024-03-01 08:00:03|7000|error|Service Control Manager|NODE1|Whole Service|%%193
2024-03-01 08:00:04|7001|error|Service Control Manager|NODE1|Top Service|Mid Service|%%1068
2024-03-01 08:00:04|7001|error|Service Control Manager|NODE1|Chain Service|Missing App|%%2
2024-03-01 08:00:05|7000|error|Service Control Manager|NODE1|Group Service|%%1068
2024-03-01 08:00:06|7000|error|Service Control Manager|NODE1|Account Service|%%1069
2024-03-01 08:00:07|7038|error|Service Control Manager|NODE1|Domain Service|CORP\\svcacct|%%1326
2024-03-01 08:00:08|7026|error|Service Control Manager|NODE1|\nBootDrv\n
2024-03-01 08:00:09|7009|error|Service Control Manager|NODE1|60000|Slow Service
2024-03-01 08:00:10|7000|error|Service Control Manager|NODE1|Slow Service|%%1053
2024-03-01 08:00:11|7000|error|Service Control Manager|NODE1|IndSvc|%%1058
2024-03-01 08:00:12|7023|error|Service Control Manager|NODE1|Whole Service|%%1067
2024-03-01 08:00:13|7001|information|Microsoft-Windows-Winlogon|NODE1|2|S-1-5-21-1-2-3-1105
2024-03-01 08:00:14|7036|information|Service Control Manager|NODE1|Whole Service|running
EOF
"$TOOLS/mkhive" "$TMP/system.spec" "$CFG/SYSTEM" >/dev/null
"$TOOLS/mkhive" "$TMP/sam.spec" "$CFG/SAM" >/dev/null
"$TOOLS/mkevt" "$TMP/sys.spec" "$TMP/sys.evt" >/dev/null
: >"$VOL/Program Files/App/zero.exe"
# A PE file whose one section (0x1000 bytes at 0x400) runs past its end
# when cut to 0x200 bytes; whole at 0x1400.
python3 - "$VOL/Program Files/App" <<'EOF'
import struct, sys
h = bytearray(0x400)
h[0:2] = b"MZ"; struct.pack_into("<I", h, 0x3C, 0x80)
h[0x80:0x84] = b"PE\0\0"
struct.pack_into("<HH", h, 0x84, 0x14c, 1)
struct.pack_into("<H", h, 0x94, 0xE0)
sec = 0x80 + 24 + 0xE0
h[sec:sec + 8] = b".text\0\0\0"
struct.pack_into("<II", h, sec + 16, 0x1000, 0x400)
open(sys.argv[1] + "/trunc.exe", "wb").write(bytes(h[:0x200]))
open(sys.argv[1] + "/whole.exe", "wb").write(bytes(h) + bytes(0x1000))
EOF
cp "$VOL/Program Files/App/whole.exe" "$VOL/WINDOWS/system32/svchost.exe"

"$KBWIZ" diagnose --root "$VOL" --events "$TMP/sys.evt" --json >"$TMP/d.json" 2>"$TMP/d.err"
rc=$?
if [ "$rc" -eq 0 ]; then pass "confirmed findings make diagnose exit 0"; else fail "confirmed findings make diagnose exit 0" "exit $rc: $(head -3 "$TMP/d.err")"; fi

# One python check per case: NAME then the assertion on f (the finding
# for SERVICE and KIND) and sd (the whole section).
case_check() {
	name=$1 svc=$2 kind=$3 cond=$4
	if python3 - "$TMP/d.json" "$svc" "$kind" "$cond" 2>"$TMP/py.err" <<'EOF'
import json, sys
sd = json.load(open(sys.argv[1]))["service_doctor"]
fs = [x for x in sd["findings"] if x["service"] == sys.argv[2] and x["kind"] == sys.argv[3]]
assert len(fs) == 1, "findings for %s/%s: %d" % (sys.argv[2], sys.argv[3], len(fs))
f = fs[0]
ev = "\n".join(f["evidence"])
why = "\n".join(f["reasoning"])
assert eval(sys.argv[4]), "%s\n%s\n%s" % (f["verdict"], ev, why)
EOF
	then pass "$name"; else fail "$name" "$(tail -4 "$TMP/py.err" | tr '\n' ' ')"; fi
}
case_check "a missing image file is confirmed" MissApp image \
	'f["verdict"] == "confirmed" and "not on the volume" in ev and "missapp.exe" in ev and f["mapping"] == "by display name"'
case_check "a truncated image is named truncated" TruncSvc image \
	'f["verdict"] == "confirmed" and "truncated: 512 bytes, its sections end at 5120" in ev'
case_check "a zero-length image is named" ZeroSvc image \
	'f["verdict"] == "confirmed" and "zero-length file" in ev'
case_check "a whole image: cause not found" WholeSvc image \
	'f["verdict"] == "cause-not-found" and "MZ and PE headers whole" in ev'
case_check "a disabled dependency two levels down is found" TopSvc dependency \
	'f["verdict"] == "confirmed" and "    LowSvc  DISABLED" in ev and "  MidSvc" in ev and "\"Mid Service\" (MidSvc)" in ev'
case_check "a disabled dependency: the repair another control set allows is offered" TopSvc dependency \
	'any("kbwiz fix --service-start LowSvc --hive" in x and "back to 3, the value ControlSet002 keeps" in x for x in f["manual_steps"])'
case_check "a disabled service with no earlier value: set by hand, not guessed" IndSvc disabled \
	'any("kbwiz does not guess it" in x for x in f["manual_steps"])'
case_check "a dependency that failed itself (its own events)" ChainSvc dependency \
	'f["verdict"] == "confirmed" and "  MissApp  FAILED itself (its own events)" in ev'
case_check "a missing group is found" GrpSvc dependency \
	'f["verdict"] == "confirmed" and "group NoSuchGroup  MISSING" in ev'
case_check "a local account absent from the SAM is confirmed" AcctSvc logon \
	'f["verdict"] == "confirmed" and "has no local user svcuser" in ev'
case_check "a domain account: what cannot be known offline" DomSvc logon \
	'f["verdict"] == "possible" and "domain controller" in why and f["error_code"] == 1326'
case_check "7026: the boot driver with its file, start and group" BootDrv driver \
	'f["verdict"] == "confirmed" and "Start = boot" in ev and "Group = Base" in ev and "bootdrv.sys" in ev and "not on the volume" in ev and "boot loader" in why'
case_check "7009: the pipe timeout in force and the slow-start history" SlowSvc timeout \
	'"ServicesPipeTimeout = 60000 ms" in ev and "7009 x1, 7000 x1" in ev and f["verdict"] == "possible"'
case_check "an indirect display name: matched by key name, saying so" IndSvc disabled \
	'f["verdict"] == "confirmed" and "cannot be read offline" in f["mapping"] and "Start = disabled" in ev'
case_check "7023: the code explained from the shipped table" WholeSvc error-code \
	'f["error_code"] == 1067 and f["error_message"] == "The process terminated unexpectedly." and "win32-errors.tsv" in f["error_message_from"]'
if python3 -c '
import json, sys
sd = json.load(open(sys.argv[1]))["service_doctor"]
assert sd["other_sources_left_out"] == 1, sd["other_sources_left_out"]
assert sd["scm_failure_events"] == 14, sd["scm_failure_events"]
assert sd["events_read"] >= 16, sd["events_read"]
assert sd["services_pipe_timeout_ms"] == 60000
assert "not an article" in sd["source"]
assert not any(f["kind"] == "dependency" and f["named_as"] == "2" for f in sd["findings"])
' "$TMP/d.json" 2>"$TMP/py.err"; then pass "Winlogon's 7001 is left out; 7036 is not a failure"
else fail "Winlogon's 7001 is left out; 7036 is not a failure" "$(tail -2 "$TMP/py.err")"; fi

expect_out "text: the section is marked as kbwiz's own reasoning" 0 \
	"^Service doctor \(kbwiz's own reasoning" "$KBWIZ" diagnose --root "$VOL" --events "$TMP/sys.evt"
expect_out "text: one event from another source is one event" 0 \
	'^  \(1 event with these IDs from other sources left out\)$' \
	"$KBWIZ" diagnose --root "$VOL" --events "$TMP/sys.evt"
expect_out "text: a confirmed finding with its evidence" 0 \
	'^  \[confirmed\] MissApp: image file, error 2 \(The system cannot find the' \
	"$KBWIZ" diagnose --root "$VOL" --events "$TMP/sys.evt"
# The hive alone (no volume): image files cannot be looked up.
expect_out "no volume: the image is possible, not confirmed" 0 \
	'^  \[possible\] MissApp: image file' "$KBWIZ" diagnose --hive "$CFG/SYSTEM" --events "$TMP/sys.evt"

# The repair: Start of LowSvc set back to ControlSet002's, through the
# fix machinery (backup, verify, undo), on a copy.
mkdir -p "$TMP/fixc"
cp "$CFG/SYSTEM" "$TMP/fixc/SYSTEM"
# A disabled service may be an admin's choice: no repair without an SCM
# failure event for it or for a service that depends on it.
expect_out "fix --service-start without --events is refused, saying why" 6 \
	"no event log given: .*may be an administrator's choice\); add --events FILE" \
	"$KBWIZ" fix --service-start LowSvc --hive "$TMP/fixc/SYSTEM"
printf '2024-03-01 08:00:00|7000|error|Service Control Manager|NODE1|Missing App|%%%%2\n' >"$TMP/other.spec"
"$TOOLS/mkevt" "$TMP/other.spec" "$TMP/other.evt" >/dev/null
expect_out "fix --service-start with events about other services is refused" 6 \
	'hold no Service Control Manager failure event for LowSvc or for a service that depends on it' \
	"$KBWIZ" fix --service-start LowSvc --hive "$TMP/fixc/SYSTEM" --events "$TMP/other.evt"
if cmp -s "$CFG/SYSTEM" "$TMP/fixc/SYSTEM"; then pass "a refused repair writes nothing"
else fail "a refused repair writes nothing" "the hive changed"; fi
expect_out "fix --service-start shows the before and after" 0 '^       after:  3 \(0x00000003\)$' \
	"$KBWIZ" fix --service-start LowSvc --hive "$TMP/fixc/SYSTEM" --events "$TMP/sys.evt"
expect_out "the plan says it is kbwiz's own repair, not an article's" 0 \
	"^kbwiz's own repair, not a Microsoft article's" \
	"$KBWIZ" fix --service-start LowSvc --hive "$TMP/fixc/SYSTEM" --events "$TMP/sys.evt"
expect_out "the plan shows the doctor's evidence (the 7001 and the disabled dependency)" 0 \
	'^ +LowSvc  DISABLED' \
	"$KBWIZ" fix --service-start LowSvc --hive "$TMP/fixc/SYSTEM" --events "$TMP/sys.evt"
OUT=$("$KBWIZ" fix --service-start LowSvc --hive "$TMP/fixc/SYSTEM" --events "$TMP/sys.evt" 2>&1)
if printf '%s\n' "$OUT" | grep -Eq "Repair for|\(step set-start|rule's checks"; then
	fail "the plan does not speak of a rule's steps or checks" "$OUT"
else pass "the plan does not speak of a rule's steps or checks"; fi
"$KBWIZ" fix --service-start LowSvc --hive "$TMP/fixc/SYSTEM" --events "$TMP/sys.evt" \
	--reg-out "$TMP/low.reg" --reg-format 4 >/dev/null 2>&1
if grep -q "^; kbwiz's own repair (kbwiz-service-start-LowSvc), not a Microsoft article's" "$TMP/low.reg" &&
   grep -q '^;   .*LowSvc  DISABLED' "$TMP/low.reg" && grep -q "^; Planned on the offline hive .*SHA-256 [0-9a-f]\{64\}" "$TMP/low.reg"; then
	pass "the .reg file says it is kbwiz's own repair, with the evidence and the hive's SHA-256"
else fail "the .reg file says it is kbwiz's own repair, with the evidence and the hive's SHA-256" "$(head -8 "$TMP/low.reg")"; fi
expect_out "fix --service-start --apply writes it after a backup" 0 '^Backup: .*SYSTEM\.kbwiz-.*\.bak$' \
	"$KBWIZ" fix --service-start LowSvc --hive "$TMP/fixc/SYSTEM" --events "$TMP/sys.evt" --apply --yes
if grep -q '^source=kbwiz$' "$TMP/fixc/SYSTEM.kbwiz-undo" &&
   grep -q "^# kbwiz's own repair, not a Microsoft article's" "$TMP/fixc/SYSTEM.kbwiz-undo"; then
	pass "the undo record says it is kbwiz's own repair"
else fail "the undo record says it is kbwiz's own repair" "$(head -5 "$TMP/fixc/SYSTEM.kbwiz-undo")"; fi
expect_out "the repaired hive has LowSvc on manual" 0 '^LowSvc +service manual ' \
	"$KBWIZ" services --hive "$TMP/fixc/SYSTEM" --name LowSvc
expect_out "a service that is not disabled is refused" 6 'LowSvc is not disabled \(Start = 3\)' \
	"$KBWIZ" fix --service-start LowSvc --hive "$TMP/fixc/SYSTEM"
expect_out "the repair is undone" 0 'Restored' "$KBWIZ" fix --undo --hive "$TMP/fixc/SYSTEM"
if cmp -s "$CFG/SYSTEM" "$TMP/fixc/SYSTEM"; then pass "undo gives back the original bytes"
else fail "undo gives back the original bytes" "the hive differs from the original"; fi
expect_out "no earlier value: refused, never guessed" 6 'not known offline, and kbwiz does not guess it' \
	"$KBWIZ" fix --service-start IndSvc --hive "$TMP/fixc/SYSTEM"

# 7023 with a Win32 code: the library's articles for the event and code.
ART="$SHARED/kb-articles"
if [ -d "$ART" ]; then
	printf '2024-03-01 08:00:00|7023|error|Service Control Manager|NODE1|Cluster Server|%%%%1720\n' >"$TMP/c.spec"
	"$TOOLS/mkevt" "$TMP/c.spec" "$TMP/c.evt" >/dev/null
	"$KBWIZ" kb library add "$ART" >/dev/null 2>&1
	expect_out "7023: the code explained and the library's article for it" 1 \
		'^    to read: Q262832 Cluster Service Does Not Start with Event ID 7023' \
		"$KBWIZ" diagnose --events "$TMP/c.evt"
	expect_out "7023: error 1720 in words" 1 'error 1720: The endpoint cannot be created\.' \
		"$KBWIZ" diagnose --events "$TMP/c.evt"
else
	skip "7023: the code explained and the library's article for it" "no $ART"
fi

# Real Windows 7: only 7036/7040/7045 from the SCM and Winlogon's 7001s.
W7H="$SHARED/testdata/hives/SYSTEM"
W7E="$SHARED/testdata/evtx/system.evtx"
if [ -r "$W7H" ] && [ -r "$W7E" ]; then
	if "$KBWIZ" diagnose --json --hive "$W7H" --events "$W7E" 2>/dev/null | python3 -c '
import json, sys
sd = json.load(sys.stdin)["service_doctor"]
assert sd["configuration"] == "available"
assert sd["findings"] == [], [f["summary"] for f in sd["findings"]]
assert sd["other_sources_left_out"] == 10, sd["other_sources_left_out"]
' 2>"$TMP/py.err"; then pass "real Windows 7 SYSTEM + System.evtx: no false finding"
	else fail "real Windows 7 SYSTEM + System.evtx: no false finding" "$(tail -2 "$TMP/py.err")"; fi
else
	skip "real Windows 7 SYSTEM + System.evtx: no false finding" "no $W7H or $W7E"
fi

# Real XP SysEvent.Evt alone.  Expected by hand from `kbwiz events
# --source "Service Control"`: 7000 McAfee SiteAdvisor Service %%2 (x106),
# McAfee McShield %%1053 (x3) with 7009 (x3) and 7022 (x2), 7031 McAfee
# McShield (x7), 7009 for epjltj, fjbslz, jqspvx, xdtmoc, 7022 Windows
# Firewall/Internet Connection Sharing (ICS).
XP="$SHARED/testdata/evt/SysEvent.Evt"
if [ -r "$XP" ]; then
	if "$KBWIZ" diagnose --json --events "$XP" 2>/dev/null | python3 -c '
import json, sys
sd = json.load(sys.stdin)["service_doctor"]
assert sd["configuration"] == "not available"
got = sorted((f["service"], f["kind"], f["error_code"], sum(e["count"] for e in f["events"])) for f in sd["findings"])
want = sorted([
	("McAfee SiteAdvisor Service", "image", 2, 106),
	("McAfee McShield", "timeout", 1053, 8),
	("McAfee McShield", "terminated", None, 7),
	("epjltj", "timeout", None, 1), ("fjbslz", "timeout", None, 1),
	("jqspvx", "timeout", None, 1), ("xdtmoc", "timeout", None, 1),
	("Windows Firewall/Internet Connection Sharing (ICS)", "timeout", None, 1)])
assert got == want, got
for f in sd["findings"]:
	assert f["verdict"] == "possible", f
	assert any("configuration: not available" in e for e in f["evidence"]), f
	if f["error_code"] is not None:
		assert f["error_message"], f
e = {f["error_code"]: f["error_message"] for f in sd["findings"]}
assert e[2] == "The system cannot find the file specified."
assert e[1053].startswith("The service did not respond to the start or control request")
' 2>"$TMP/py.err"; then pass "real XP SysEvent.Evt: each failing service, errors explained, configuration not available"
	else fail "real XP SysEvent.Evt: each failing service, errors explained, configuration not available" "$(tail -3 "$TMP/py.err")"; fi
else
	skip "real XP SysEvent.Evt: each failing service, errors explained, configuration not available" "no $XP"
fi
