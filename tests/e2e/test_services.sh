# test_services.sh: `kbwiz services` on a generated SYSTEM hive (with a
# generated volume for the image files) and on the real Windows 7 SYSTEM
# hive in ../shared/testdata when present.
. "$KBWIZ_SRC/tests/e2e/lib.sh"
FIX="$KBWIZ_SRC/tests/fixtures"

VOL="$TMP/vol"
mkdir -p "$VOL/WINDOWS/System32/config" "$VOL/WINDOWS/System32/Drivers" "$VOL/Program Files/My App"
"$TOOLS/mkhive" "$FIX/hives/services.spec" "$VOL/WINDOWS/System32/config/SYSTEM" >/dev/null
H="$VOL/WINDOWS/System32/config/SYSTEM"
: >"$VOL/WINDOWS/System32/svchost.exe"
: >"$VOL/WINDOWS/System32/Drivers/TCPIP.SYS"

expect_out "the table lists every key under Services" 0 '^14 of 14 keys in ControlSet001\\Services of ' \
	"$KBWIZ" services --hive "$H"
expect_out "the table shows kind and start" 0 '^LanmanServer +service auto-delayed Server$' \
	"$KBWIZ" services --hive "$H"
expect_out "a missing dependency is flagged" 0 '^    ! needs missing Srv2$' \
	"$KBWIZ" services --hive "$H"
OUT=$("$KBWIZ" services --hive "$H")
if printf '%s\n' "$OUT" | awk 'length($0) > 80 { bad = 1 } END { exit bad }'; then
	pass "the table fits 80 columns"
else
	fail "the table fits 80 columns" "$(printf '%s\n' "$OUT" | awk 'length($0) > 80' | head -2)"
fi
expect_out "--root finds the hive and looks up image files" 0 '^    ! image file missing' \
	"$KBWIZ" services --root "$VOL"
expect_out "--root: a file present ignoring case" 0 '^    on the volume +.*/vol/WINDOWS/System32/Drivers/TCPIP\.SYS$' \
	"$KBWIZ" services --root "$VOL" --name tcpip
expect_out "--name with one match shows the detail" 0 '^  depends on +LanmanServer, LanmanWorkstation$' \
	"$KBWIZ" services --hive "$H" --name 'Computer B*'
expect_out "--name matching nothing exits 1" 1 "no service matches 'zzz'" \
	"$KBWIZ" services --hive "$H" --name zzz
expect_out "--deps shows what it needs, flagging missing and disabled" 0 '^      MRxSmb  DISABLED$' \
	"$KBWIZ" services --hive "$H" --deps browser
expect_out "--deps shows what needs it" 0 '^    Browser  DISABLED$' \
	"$KBWIZ" services --hive "$H" --deps LanmanWorkstation
expect_out "--deps of an unknown service" 1 'no service NoSuch' \
	"$KBWIZ" services --hive "$H" --deps NoSuch
expect_out "JSON has the expanded image and dependencies" 0 '"name": "Srv2",' \
	"$KBWIZ" services --hive "$H" --format json
if "$KBWIZ" services --hive "$H" --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
s = {x["name"]: x for x in d["services"]}
assert d["control_set"] == "ControlSet001"
assert s["LanmanServer"]["delayed_autostart"] is True
assert s["Browser"]["image"]["path"] == "%SystemRoot%\\system32\\svchost.exe"
assert s["Browser"]["image"]["arguments"] == "-k netsvcs"
assert s["Quoted"]["type_text"] == "own process, interactive"
assert [g["exists"] for g in s["MyApp"]["depend_on_group"]] == [False, True]
' 2>"$TMP/py.err"; then pass "JSON fields read back"; else fail "JSON fields read back" "$(cat "$TMP/py.err")"; fi

# CSV: RFC 4180 quoting and the formula guard of history.
mkdir -p "$TMP/evil"
printf '[Select]\n"Current"=dword:1\n[ControlSet001\\Services\\Evil]\n"DisplayName"="=HYPERLINK(\\"x\\",\\"y\\")"\n"Type"=dword:10\n"ImagePath"="C:\\\\a,b.exe"\n' >"$TMP/evil.spec"
"$TOOLS/mkhive" "$TMP/evil.spec" "$TMP/evil/SYSTEM" >/dev/null
expect_out "CSV neutralises a formula and quotes per RFC 4180" 0 \
	"^Evil,\"'=HYPERLINK\(\"\"x\"\",\"\"y\"\"\)\",service,own process,,\"C:\\\\a,b\.exe\"," \
	"$KBWIZ" services --hive "$TMP/evil/SYSTEM" --format csv
# Terminal escapes in a display name are shown, not run.
printf '[Select]\n"Current"=dword:1\n[ControlSet001\\Services\\Esc]\n"DisplayName"="a\033[2Jb"\n' >"$TMP/esc.spec"
"$TOOLS/mkhive" "$TMP/esc.spec" "$TMP/evil/SYSTEM2" >/dev/null
expect_out "control characters are made visible" 0 'a\\x1b\[2Jb' \
	"$KBWIZ" services --hive "$TMP/evil/SYSTEM2" --name esc

# Bad input names the file.
printf 'not a hive' >"$TMP/junk"
expect_out "a file that is not a hive is refused naming it" 3 "$TMP/junk" \
	"$KBWIZ" services --hive "$TMP/junk"
expect_out "a hive with no Select is refused naming it" 3 "software.*Select|Select.*software" \
	sh -c "'$TOOLS/mkhive' /dev/stdin '$TMP/software' <<'X' >/dev/null && '$KBWIZ' services --hive '$TMP/software'
[Microsoft]
\"x\"=dword:1
X"
expect_out "--root without Windows is refused" 3 "no Windows directory" \
	"$KBWIZ" services --root "$TMP/evil"
expect_out "no hive named is a usage error" 2 "give the SYSTEM hive" "$KBWIZ" services

# The real Windows 7 SYSTEM hive: every key under Services is listed.
REAL="$SHARED/testdata/hives/SYSTEM"
if [ -r "$REAL" ] && command -v hivexsh >/dev/null; then
	want=$(printf 'cd \\ControlSet001\\Services\nls\n' | hivexsh "$REAL" | wc -l)
	got=$("$KBWIZ" services --hive "$REAL" --format csv | python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(sys.stdin)) - 1)')
	if [ "$want" -gt 300 ] && [ "$want" = "$got" ]; then
		pass "real SYSTEM: every Services key listed ($got, as hivexsh)"
	else
		fail "real SYSTEM: every Services key listed" "kbwiz $got, hivexsh $want"
	fi
	expect_out "real SYSTEM: a driver with its start type and display name" 0 \
		'^tcpipreg +driver +auto +TCP/IP Registry Compatibility$' "$KBWIZ" services --hive "$REAL"
else
	skip "real SYSTEM: every Services key listed" "no $REAL or no hivexsh"
fi
if [ -r "$SHARED/testdata/hives/SYSTEM_B" ]; then
	expect_out "a dirty hive is listed from its replayed logs, saying so" 0 'SYSTEM_B: dirty: recovered from SYSTEM_B\.LOG1' \
		"$KBWIZ" services --hive "$SHARED/testdata/hives/SYSTEM_B" --name tcpip
	expect_out "a damaged hive is refused naming it" 3 'corrupted_system_hive: damaged registry hive' \
		"$KBWIZ" services --hive "$SHARED/testdata/hives/corrupted_system_hive"
else
	skip "a dirty hive is listed from its replayed logs, saying so" "no $SHARED/testdata/hives/SYSTEM_B"
fi
expect_out "a missing hive file is named" 5 "$TMP/nope" "$KBWIZ" services --hive "$TMP/nope"
