#!/bin/sh
# test_rule_v2.sh: rule language v2 through the binary, on a rule of our
# own in a temporary kb/: `kb check` names file:line:column for a bad
# v2 field; `kb test` shows an event symptom counting only with two 7023
# within 10 minutes, a check gated by when-symptom, an `any:` applies
# group and a wildcard key; `kbwiz fix` plans, exports (.reg [-key],
# "Name"=-, the whole new list) and applies delete-key, delete-value and
# remove-entry, after which diagnose finds every check passing, and
# --undo puts the original back.
. "${KBWIZ_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/e2e/lib.sh"

unset HIVEX_DEBUG
if [ ! -x "$KBWIZ" ] || [ ! -x "$TOOLS/mkhive" ]; then
	fail "build" "$KBWIZ or $TOOLS/mkhive missing (make _test-build)"
	exit 1
fi
export KBWIZ_KB_DIR="$TMP/kb"
mkdir -p "$TMP/kb/tests"

cat >"$TMP/kb/Q900100.yaml" <<'YAML'
id: Q900100
article: Q900100
title: Cluster service stops twice in ten minutes (test rule for v2)
published: 2001-01-01
products:
  - name: Windows NT Server, Enterprise Edition
applies:
  - any:
      - id: clussvc
        inferred: test
        key: 'HKLM\SYSTEM\CurrentControlSet\Services\ClusSvc'
        expect: key-exists
      - id: clusdisk
        inferred: test
        key: 'HKLM\SYSTEM\CurrentControlSet\Services\ClusDisk'
        expect: key-exists
    reason: neither the Cluster service nor its disk driver is installed
symptoms:
  - id: twice
    inferred: test
    event:
      log: System
      id: 7023
      source: Service Control Manager
      text: ["Cluster Server"]
      count: 2
      within: 10m
cause: test
cause-inferred: test
checks:
  - id: no-stale
    inferred: test
    key: 'HKLM\SYSTEM\CurrentControlSet\Services\ClusSvc\Stale'
    expect: key-absent
    when-symptom: twice
  - id: no-debug
    inferred: test
    key: 'HKLM\SYSTEM\CurrentControlSet\Services\ClusSvc\Parameters'
    value: DebugLevel
    expect: value-absent
    when-symptom: twice
  - id: no-spx
    inferred: test
    key: 'HKLM\SYSTEM\CurrentControlSet\Services\ClusSvc'
    value: DependOnService
    expect: not-contains
    data: NwlnkSpx
    when-symptom: twice
  - id: params-no-debug
    inferred: test
    key: 'HKLM\SYSTEM\CurrentControlSet\Services\*\Parameters'
    value: DebugLevel
    expect: value-absent
    match: all
    when-symptom: twice
remediation:
  - id: del-stale
    inferred: test
    registry: {check: no-stale, action: delete-key}
  - id: del-debug
    inferred: test
    registry: {check: no-debug, action: delete-value}
  - id: rm-spx
    inferred: test
    registry: {check: no-spx, action: remove-entry}
references: Q900100
YAML

SYS_FAULT='        [Select]
        "Current"=dword:1
        [ControlSet001\Services\ClusSvc]
        "DependOnService"=multi:"ClusNet","NwlnkSpx","RpcSs"
        [ControlSet001\Services\ClusSvc\Parameters]
        "DebugLevel"=dword:5
        "Keep"="yes"
        [ControlSet001\Services\ClusSvc\Stale\Sub]
        "X"="1"'
cat >"$TMP/kb/tests/Q900100.yaml" <<YAML
rule: Q900100
cases:
  - name: twice-within-ten-minutes
    expect: match
    hives:
      SYSTEM: |
$SYS_FAULT
    events:
      - {log: System, id: 7023, source: "Service Control Manager", level: error, strings: ["Cluster Server", "%%1720"]}
      - {log: System, id: 7023, source: "Service Control Manager", level: error, strings: ["Cluster Server", "%%1720"], after: 540}
  - name: twice-an-hour-apart
    expect: no-match
    hives:
      SYSTEM: |
$SYS_FAULT
    events:
      - {log: System, id: 7023, source: "Service Control Manager", level: error, strings: ["Cluster Server", "%%1720"]}
      - {log: System, id: 7023, source: "Service Control Manager", level: error, strings: ["Cluster Server", "%%1720"], after: 3600}
  - name: once
    expect: no-match
    hives:
      SYSTEM: |
$SYS_FAULT
    events:
      - {log: System, id: 7023, source: "Service Control Manager", level: error, strings: ["Cluster Server", "%%1720"]}
  - name: disk-driver-only
    expect: match
    hives:
      SYSTEM: |
        [Select]
        "Current"=dword:1
        [ControlSet001\Services\ClusDisk\Parameters]
        "DebugLevel"=dword:1
    events:
      - {log: System, id: 7023, source: "Service Control Manager", level: error, strings: ["Cluster Server", "%%1720"]}
      - {log: System, id: 7023, source: "Service Control Manager", level: error, strings: ["Cluster Server", "%%1720"], after: 60}
  - name: no-cluster
    expect: not-applicable
    hives:
      SYSTEM: |
        [Select]
        "Current"=dword:1
        [ControlSet001\Services\Tcpip]
        "Start"=dword:1
YAML

expect_out "kb check accepts the v2 rule" 0 'ok \(rule Q900100' "$KBWIZ" kb check "$TMP/kb/Q900100.yaml"
sed 's/within: 10m/within: ten minutes/' "$TMP/kb/Q900100.yaml" >"$TMP/bad.yaml"
expect_out "a bad time window names file:line:column" 3 \
	'bad.yaml:[0-9]+:[0-9]+: symptoms\[0\].event.within: expected a time window' "$KBWIZ" kb check "$TMP/bad.yaml"
sed 's/action: delete-value/action: delete-key/' "$TMP/kb/Q900100.yaml" >"$TMP/bad.yaml"
expect_out "a repair that does not make the checked state is refused" 3 \
	"bad.yaml:[0-9]+:1: remediation\[1\].registry.action: check 'no-debug' \(value-absent\) cannot be repaired by this action; expected delete-value" \
	"$KBWIZ" kb check "$TMP/bad.yaml"
sed 's/    match: all//' "$TMP/kb/Q900100.yaml" >"$TMP/bad.yaml"
expect_out "a wildcard key without match is refused" 3 "bad.yaml:[0-9]+:[0-9]+: checks\[3\].key: a key with a '\*' component needs 'match: all'" \
	"$KBWIZ" kb check "$TMP/bad.yaml"

"$KBWIZ" kb reload >/dev/null 2>&1
"$KBWIZ" kb test Q900100 >"$TMP/test.out" 2>&1; rc=$?
for c in twice-within-ten-minutes twice-an-hour-apart once disk-driver-only no-cluster; do
	if grep -q "^PASS: Q900100/$c\$" "$TMP/test.out"; then pass "kb test: $c"
	else fail "kb test: $c" "$(grep "Q900100/$c" "$TMP/test.out" | head -3)"; fi
done
[ "$rc" -eq 0 ] && pass "kb test exits 0" || fail "kb test exits 0" "exit $rc"

# The repair, on the fault hive, for the same checks without when-symptom
# (a hive alone shows no events).
sed '/when-symptom: twice/d' "$TMP/kb/Q900100.yaml" >"$TMP/kb/Q900100.yaml.new" &&
	mv "$TMP/kb/Q900100.yaml.new" "$TMP/kb/Q900100.yaml"
"$KBWIZ" kb reload >/dev/null 2>&1
printf '@name SYSTEM\n%s\n[ControlSet001\\Services\\Other\\Parameters]\n"DebugLevel"=dword:2\n' \
	"$(printf '%s\n' "$SYS_FAULT" | sed 's/^        //')" >"$TMP/fault.spec"
mkdir -p "$TMP/h"
H="$TMP/h/SYSTEM"
"$TOOLS/mkhive" "$TMP/fault.spec" "$H" || { fail "fixture" "mkhive failed"; exit 1; }
ORIG=$(sha256sum "$H" | cut -d' ' -f1)

expect_out "plan deletes the key" 0 'delete key +ControlSet001.Services.ClusSvc.Stale' "$KBWIZ" fix --rule Q900100 --hive "$H"
expect_out "plan deletes the value" 0 'delete value +ControlSet001.Services.ClusSvc.Parameters' "$KBWIZ" fix --rule Q900100 --hive "$H"
expect_out "plan removes the entry, keeping the others in order" 0 'after: +\[ClusNet, RpcSs\]' "$KBWIZ" fix --rule Q900100 --hive "$H"
# A hive alone shows the cause but no symptom: the verdict is "possible"
# and diagnose exits 1.
expect_out "wildcard check is reported with the first key that fails" 1 '"resolved_key": "ControlSet001.+Services.+ClusSvc.+Parameters"' \
	"$KBWIZ" diagnose --hive "$H" --rule Q900100 --json
expect_out ".reg export" 0 'Wrote' "$KBWIZ" fix --rule Q900100 --hive "$H" --reg-out "$TMP/fix4.reg" --reg-format 4
tr -d '\r' <"$TMP/fix4.reg" >"$TMP/fix4.txt"
grep -qxF '[-HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\ClusSvc\Stale]' "$TMP/fix4.txt" &&
	pass ".reg deletes the key with [-...]" || fail ".reg deletes the key with [-...]" "$(cat "$TMP/fix4.txt")"
grep -qxF '"DebugLevel"=-' "$TMP/fix4.txt" &&
	pass ".reg deletes the value with =-" || fail ".reg deletes the value with =-" "$(cat "$TMP/fix4.txt")"
grep -qF '"DependOnService"=hex(7):43,6c,75,73,4e,65,74,00,52,70,63,53,73,00,00' "$TMP/fix4.txt" &&
	pass ".reg writes the whole new list" || fail ".reg writes the whole new list" "$(cat "$TMP/fix4.txt")"
expect_out ".reg export (5.00)" 0 'Wrote' "$KBWIZ" fix --rule Q900100 --hive "$H" --reg-out "$TMP/fix5.reg" --reg-format 5
if command -v iconv >/dev/null && iconv -f UTF-16LE -t UTF-8 "$TMP/fix5.reg" | tr -d '\r' | grep -qF '[-HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\ClusSvc\Stale]'; then
	pass ".reg 5.00 deletes the key"
else
	fail ".reg 5.00 deletes the key" "no [-...] line"
fi

expect_out "apply" 0 '3 change' "$KBWIZ" fix --rule Q900100 --hive "$H" --apply --yes
if hivexget "$H" 'ControlSet001\Services\ClusSvc\Stale' >/dev/null 2>&1; then
	fail "the key is gone" "still there"
else
	pass "the key is gone"
fi
out=$(hivexget "$H" 'ControlSet001\Services\ClusSvc\Parameters' 2>&1)
case "$out" in *DebugLevel*) fail "the value is gone, its neighbour kept" "$out" ;;
	*Keep*) pass "the value is gone, its neighbour kept" ;;
	*) fail "the value is gone, its neighbour kept" "$out" ;; esac
out=$(hivexget "$H" 'ControlSet001\Services\ClusSvc' DependOnService 2>&1 | tr '\n' ' ')
case "$out" in "ClusNet RpcSs "*) pass "the entry is removed, the rest in order" ;;
	*) fail "the entry is removed, the rest in order" "$out" ;; esac
# The repaired checks pass; the wildcard check has no repair (manual)
# and now fails on the next key, Other.
"$KBWIZ" diagnose --hive "$H" --rule Q900100 --json >"$TMP/after.json" 2>&1
n=$(grep -c '"detail": "\(absent as expected\|NwlnkSpx absent as expected\)"' "$TMP/after.json")
[ "$n" = 3 ] && pass "the three repaired checks pass" || fail "the three repaired checks pass" "$n pass"
grep -q '"resolved_key": "ControlSet001.*Services.*Other.*Parameters"' "$TMP/after.json" &&
	pass "the wildcard check now reports the next key" || fail "the wildcard check now reports the next key" "$(grep resolved_key "$TMP/after.json")"
expect_out "undo" 0 '' "$KBWIZ" fix --undo --hive "$H"
[ "$(sha256sum "$H" | cut -d' ' -f1)" = "$ORIG" ] && pass "undo restores the original" ||
	fail "undo restores the original" "hive differs"
