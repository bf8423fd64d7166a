#!/bin/sh
# test_fix.sh: `kbwiz fix` end to end on the Q262832 fixtures: the plan,
# --apply --yes, diagnose afterwards, the .reg export imported by an
# independent tool (chntpw's reged) giving the same content as kbwiz's own
# repair, --undo, and a process killed (SIGKILL, through the testing hook
# KBWIZ_TEST_KILL_AT) at every stage leaving either the original hive or
# the fully repaired one, and the backup intact.
. "${KBWIZ_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/e2e/lib.sh"

SPEC="$KBWIZ_SRC/tests/fixtures/hives/q262832-all-faults.spec"
unset KBWIZ_TEST_KILL_AT KBWIZ_TEST_FAIL_AT HIVEX_DEBUG
# The fault-injection hooks live only in the test build of kbwiz.
HOOKS="$KBWIZ_BUILD/kbwiz-hooks"

if [ ! -x "$KBWIZ" ] || [ ! -x "$HOOKS" ] || [ ! -x "$TOOLS/mkhive" ]; then
	fail "build" "$KBWIZ, $HOOKS or $TOOLS/mkhive missing (make _test-build)"
	exit 1
fi

sha() { sha256sum "$1" | cut -d' ' -f1; }

# failed_checks HIVE: how many of Q262832's checks fail on HIVE.
failed_checks() {
	"$KBWIZ" diagnose --hive "$1" --rule Q262832 --json 2>/dev/null |
		grep -c '"status": *"failed"'
}

# state HIVE: the three keys/values the rule reads, as hivexget shows them.
state() {
	for k in 'ControlSet001\Services\Winsock\Setup Migration\Providers\Clusnet' \
		 'ControlSet001\Services\Winsock\Setup Migration' \
		 'ControlSet001\Services\Winsock\Parameters'; do
		printf '[%s]\n' "$k"
		hivexget "$1" "$k" 2>&1 | sort
	done
}

mkdir -p "$TMP/a"
H="$TMP/a/SYSTEM"
"$TOOLS/mkhive" "$SPEC" "$H" || { fail "fixture" "mkhive failed"; exit 1; }
ORIG=$(sha "$H")
cp "$H" "$TMP/original.hive"

expect_out "plan is shown" 0 'before: \[Tcpip, NetBT\]' \
	"$KBWIZ" fix --rule Q262832 --hive "$H"
expect_out "plan names every change" 0 'create key +ControlSet001.Services.Winsock.Setup Migration.Providers.Clusnet' \
	"$KBWIZ" fix --rule Q262832 --hive "$H"
if [ "$(sha "$H")" = "$ORIG" ]; then pass "plan writes nothing"; else fail "plan writes nothing" "hive changed"; fi

expect_out "apply without a terminal needs --yes" 6 'give --yes' \
	"$KBWIZ" fix --rule Q262832 --hive "$H" --apply </dev/null
expect_out ".reg export (5.00)" 0 'Wrote .*fix5.reg' \
	"$KBWIZ" fix --rule Q262832 --hive "$H" --reg-out "$TMP/fix5.reg" --reg-format 5
expect_out ".reg export (REGEDIT4)" 0 'Wrote .*fix4.reg' \
	"$KBWIZ" fix --rule Q262832 --hive "$H" --reg-out "$TMP/fix4.reg" --reg-format 4
expect_out ".reg export keeps an existing file" 6 'fix4.reg: already exists; --force replaces it' \
	"$KBWIZ" fix --rule Q262832 --hive "$H" --reg-out "$TMP/fix4.reg" --reg-format 4
expect_out ".reg export --force replaces it" 0 'Wrote .*fix4.reg' \
	"$KBWIZ" fix --rule Q262832 --hive "$H" --reg-out "$TMP/fix4.reg" --reg-format 4 --force
if head -c 10 "$TMP/fix4.reg" | grep -q '^REGEDIT4' && grep -q "$(printf '\r')\$" "$TMP/fix4.reg"; then
	pass "REGEDIT4 header and CRLF"
else
	fail "REGEDIT4 header and CRLF" "$(head -c 40 "$TMP/fix4.reg")"
fi
if [ "$(head -c 2 "$TMP/fix5.reg" | od -An -tx1 | tr -d ' ')" = "fffe" ]; then
	pass "5.00 file is UTF-16LE with BOM"
else
	fail "5.00 file is UTF-16LE with BOM" "no BOM"
fi

expect_out "apply --yes" 0 'Wrote 3 changes' \
	"$KBWIZ" fix --rule Q262832 --hive "$H" --apply --yes
n=$(failed_checks "$H")
if [ "$n" -eq 0 ]; then pass "diagnose finds no failed check"; else fail "diagnose finds no failed check" "$n failed"; fi
expect_out "second run has nothing to do" 1 'Nothing to change' \
	"$KBWIZ" fix --rule Q262832 --hive "$H"
bak=$(ls "$TMP/a"/SYSTEM.kbwiz-*.bak 2>/dev/null | head -1)
if [ -n "$bak" ] && [ "$(sha "$bak")" = "$ORIG" ]; then
	pass "backup is the original"
else
	fail "backup is the original" "no backup or wrong SHA-256 ($bak)"
fi

# The .reg file names CurrentControlSet, as a technician imports it on the
# live machine.  An offline hive has only ControlSet00N, and reged's prefix
# argument only strips a prefix (HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet
# would land the keys at the hive's root), so the test rewrites the path to
# ControlSet001 (Select\Current of this fixture) and strips
# HKEY_LOCAL_MACHINE\SYSTEM.  reged accepts the UTF-16LE 5.00 form; it
# refuses REGEDIT4 ("signature missing"), whose bytes test_regfile checks.
# reged crashes on comment lines (regedit skips them): the header comment
# kbwiz writes is taken out of its copy.
if command -v reged >/dev/null 2>&1 && command -v iconv >/dev/null 2>&1; then
	cp "$TMP/original.hive" "$TMP/reged.hive"
	{ printf '\377\376'; iconv -f UTF-16 -t UTF-8 "$TMP/fix5.reg" |
		sed 's/\\CurrentControlSet\\/\\ControlSet001\\/; /^;/d' | iconv -f UTF-8 -t UTF-16LE; } >"$TMP/fix5-cs1.reg"
	reged -I -C "$TMP/reged.hive" 'HKEY_LOCAL_MACHINE\SYSTEM' "$TMP/fix5-cs1.reg" >"$TMP/reged.log" 2>&1
	if grep -q 'operation SUCCEEDED' "$TMP/reged.log"; then
		pass "reged imports the 5.00 file"
	else
		fail "reged imports the 5.00 file" "$(tail -3 "$TMP/reged.log")"
	fi
	state "$H" >"$TMP/state-kbwiz"
	state "$TMP/reged.hive" >"$TMP/state-reged"
	if cmp -s "$TMP/state-kbwiz" "$TMP/state-reged"; then
		pass ".reg via reged equals kbwiz's repair"
	else
		fail ".reg via reged equals kbwiz's repair" "$(diff "$TMP/state-kbwiz" "$TMP/state-reged" | head -5)"
	fi
	n=$(failed_checks "$TMP/reged.hive")
	if [ "$n" -eq 0 ]; then pass "checks pass on the reged hive"; else fail "checks pass on the reged hive" "$n failed"; fi
else
	skip "reged equivalence" "reged (chntpw) or iconv not installed"
fi

expect_out "undo" 0 'Restored' "$KBWIZ" fix --undo --hive "$H"
if [ "$(sha "$H")" = "$ORIG" ]; then pass "undo restores the original SHA-256"; else fail "undo restores the original SHA-256" "differs"; fi
expect_out "undo twice does nothing" 0 'nothing to undo' "$KBWIZ" fix --undo --hive "$H"

# The released binary obeys no fault injection from its environment.
mkdir -p "$TMP/nohooks"
cp "$TMP/original.hive" "$TMP/nohooks/SYSTEM"
expect_out "the released kbwiz ignores KBWIZ_TEST_KILL_AT" 0 'Wrote 3 changes' \
	env KBWIZ_TEST_KILL_AT=plan KBWIZ_TEST_FAIL_AT=write \
	"$KBWIZ" fix --rule Q262832 --hive "$TMP/nohooks/SYSTEM" --apply --yes

# Killed at every stage: the hive is the original or the repaired one,
# never anything else, and hivex opens it; the backup, once written, is
# the original.
for stage in plan backup write verify rename renamed; do
	d="$TMP/kill-$stage"
	mkdir -p "$d"
	cp "$TMP/original.hive" "$d/SYSTEM"
	KBWIZ_TEST_KILL_AT=$stage "$HOOKS" fix --rule Q262832 --hive "$d/SYSTEM" --apply --yes \
		>"$d/out" 2>&1
	rc=$?
	unset KBWIZ_TEST_KILL_AT
	if [ "$rc" -ne 137 ]; then
		fail "killed at $stage" "exit $rc, not SIGKILL"
		continue
	fi
	if ! hivexget "$d/SYSTEM" 'Select' Current >/dev/null 2>&1; then
		fail "killed at $stage: hive opens" "hivex cannot read it"
		continue
	fi
	n=$(failed_checks "$d/SYSTEM")
	case "$stage:$n:$(sha "$d/SYSTEM")" in
	renamed:0:*) pass "killed at $stage: hive fully repaired" ;;
	renamed:*) fail "killed at $stage" "$n checks failed after the rename" ;;
	*:3:"$ORIG") pass "killed at $stage: hive is the original" ;;
	*) fail "killed at $stage" "$n failed checks, SHA-256 $(sha "$d/SYSTEM")" ;;
	esac
	b=$(ls "$d"/SYSTEM.kbwiz-*.bak 2>/dev/null | head -1)
	if [ "$stage" = plan ]; then
		[ -z "$b" ] && pass "killed at plan: no backup yet" || fail "killed at plan" "backup $b"
	elif [ -n "$b" ] && [ "$(sha "$b")" = "$ORIG" ]; then
		pass "killed at $stage: backup intact"
	else
		fail "killed at $stage: backup intact" "missing or changed"
	fi
	# A stale temporary file may stay; the next run still works.
	expect_out "after a kill at $stage, a new run completes" 0 'Wrote 3 changes|Nothing to change' \
		sh -c "'$KBWIZ' fix --rule Q262832 --hive '$d/SYSTEM' --apply --yes; [ \$? -le 1 ]"
done

# Killed while the backup is being copied: no file under a backup's name
# (the copy is made under a temporary name and linked when verified).
mkdir -p "$TMP/kill-copy"
cp "$TMP/original.hive" "$TMP/kill-copy/SYSTEM"
KBWIZ_TEST_KILL_AT=backup-copy "$HOOKS" fix --rule Q262832 --hive "$TMP/kill-copy/SYSTEM" \
	--apply --yes >/dev/null 2>&1
rc=$?
if [ "$rc" -eq 137 ] && [ -z "$(ls "$TMP/kill-copy"/*.bak 2>/dev/null)" ] &&
   [ "$(sha "$TMP/kill-copy/SYSTEM")" = "$ORIG" ]; then
	pass "killed during the backup copy: no backup name used, hive original"
else
	fail "killed during the backup copy" "exit $rc; $(ls "$TMP/kill-copy")"
fi

# A hive given as a symbolic link: the file it points to is repaired, the
# backup beside it, the link stays a link; undo through the link.
mkdir -p "$TMP/real" "$TMP/case"
cp "$TMP/original.hive" "$TMP/real/SYSTEM"
ln -s "$TMP/real/SYSTEM" "$TMP/case/SYSTEM"
expect_out "symlinked hive: the plan says the link's target is repaired" 0 'is a symbolic link: the file it points to is repaired' \
	"$KBWIZ" fix --rule Q262832 --hive "$TMP/case/SYSTEM" --apply --yes
if [ -L "$TMP/case/SYSTEM" ] && [ "$(failed_checks "$TMP/real/SYSTEM")" -eq 0 ] &&
   [ -n "$(ls "$TMP/real"/SYSTEM.kbwiz-*.bak 2>/dev/null)" ] && [ -z "$(ls "$TMP/case"/*.bak 2>/dev/null)" ]; then
	pass "symlinked hive: the real file repaired, backup beside it, the link kept"
else
	fail "symlinked hive" "link replaced, real file unrepaired or backup misplaced: $(ls -l "$TMP/case" "$TMP/real")"
fi
expect_out "symlinked hive: undo through the link" 0 'Restored' "$KBWIZ" fix --undo --hive "$TMP/case/SYSTEM"
[ -L "$TMP/case/SYSTEM" ] && [ "$(sha "$TMP/real/SYSTEM")" = "$ORIG" ] &&
	pass "symlinked hive: undo restores the real file" || fail "symlinked hive: undo" "not restored"

# A newline (and a %) in the hive's name: the undo record keeps it.
mkdir -p "$TMP/nl"
NL="$TMP/nl/$(printf 'SYS\nTEM%%41')"
cp "$TMP/original.hive" "$NL"
expect_out "a hive named with a newline is repaired" 0 'Wrote 3 changes' \
	"$KBWIZ" fix --rule Q262832 --hive "$NL" --apply --yes
expect_out "... and undone" 0 'Restored' "$KBWIZ" fix --undo --hive "$NL"
# (from stdin: sha256sum escapes a newline in the name it prints)
[ "$(sha256sum <"$NL" | cut -d' ' -f1)" = "$ORIG" ] && pass "undo restores the newline-named hive" ||
	fail "undo restores the newline-named hive" "differs"

# A dirty hive whose transaction log holds the faults (the file alone
# looks healthy, build/tools/mkdirtyhive): planned on the recovered state,
# repaired, its log moved into the backup set; --undo puts both back.
"$TOOLS/mkhive" "$KBWIZ_SRC/tests/fixtures/hives/q262832-healthy.spec" "$TMP/healthy.hive" >/dev/null
mkdir -p "$TMP/dirty"
"$TOOLS/mkdirtyhive" "$TMP/healthy.hive" "$TMP/original.hive" "$TMP/dirty/SYSTEM" ||
	fail "dirty fixture" "mkdirtyhive failed"
cp "$TMP/dirty/SYSTEM" "$TMP/dirty-original.hive"
cp "$TMP/dirty/SYSTEM.LOG1" "$TMP/dirty-original.LOG1"
DORIG=$(sha "$TMP/dirty/SYSTEM") DLOG=$(sha "$TMP/dirty/SYSTEM.LOG1")
expect_out "dirty: the plan is made on the state its log gives" 0 \
	'The hive is dirty: recovered from SYSTEM.LOG1 \(1 log entry' \
	"$KBWIZ" fix --rule Q262832 --hive "$TMP/dirty/SYSTEM"
expect_out "dirty: --apply repairs it and moves its log into the backup set" 0 \
	'Its 1 transaction log moved into the backup set' \
	"$KBWIZ" fix --rule Q262832 --hive "$TMP/dirty/SYSTEM" --apply --yes
[ ! -e "$TMP/dirty/SYSTEM.LOG1" ] && pass "dirty: the log is gone from beside the hive" ||
	fail "dirty: the log is gone" "SYSTEM.LOG1 still there"
lb=$(ls "$TMP/dirty"/SYSTEM.kbwiz-*.LOG1.bak 2>/dev/null | head -1)
[ -n "$lb" ] && [ "$(sha "$lb")" = "$DLOG" ] && pass "dirty: the log's copy is in the backup set" ||
	fail "dirty: the log's copy is in the backup set" "missing or changed"
n=$(failed_checks "$TMP/dirty/SYSTEM")
[ "$n" -eq 0 ] && pass "dirty: the checks pass on the repaired hive" || fail "dirty: checks" "$n failed"
expect_out "dirty: the repaired hive is clean" 0 '^state: clean' "$KBWIZ" hive info "$TMP/dirty/SYSTEM"
expect_out "dirty: undo" 0 'Restored' "$KBWIZ" fix --undo --hive "$TMP/dirty/SYSTEM"
if [ "$(sha "$TMP/dirty/SYSTEM")" = "$DORIG" ] && [ -f "$TMP/dirty/SYSTEM.LOG1" ] &&
   [ "$(sha "$TMP/dirty/SYSTEM.LOG1")" = "$DLOG" ]; then
	pass "dirty: undo puts back the hive and its log"
else
	fail "dirty: undo puts back the hive and its log" "differs or missing"
fi

# Dirty, with a damaged log: refused, nothing written.
mkdir -p "$TMP/dirty-bad"
"$TOOLS/mkdirtyhive" "$TMP/original.hive" "$TMP/original.hive" "$TMP/dirty-bad/SYSTEM"
BORIG=$(sha "$TMP/dirty-bad/SYSTEM")
printf '\125' | dd of="$TMP/dirty-bad/SYSTEM.LOG1" bs=1 seek=3000 conv=notrunc 2>/dev/null
expect_out "dirty with a damaged log: refused" 6 'fails its hash check' \
	"$KBWIZ" fix --rule Q262832 --hive "$TMP/dirty-bad/SYSTEM" --apply --yes --force-dirty
[ "$(sha "$TMP/dirty-bad/SYSTEM")" = "$BORIG" ] && [ -z "$(ls "$TMP/dirty-bad"/*.bak 2>/dev/null)" ] &&
	pass "dirty with a damaged log: nothing written" || fail "dirty with a damaged log" "written"

# Killed at every stage of a dirty repair: either the original hive with
# its log, or the repaired hive.  Between the rename and the log's removal
# ("renamed") the repaired, clean hive sits beside its old log, which
# Windows ignores (the hive is clean and its sequence number is higher);
# the next run moves it aside.
for stage in plan backup write verify rename renamed logs; do
	d="$TMP/dkill-$stage"
	mkdir -p "$d"
	cp "$TMP/dirty-original.hive" "$d/SYSTEM"
	cp "$TMP/dirty-original.LOG1" "$d/SYSTEM.LOG1"
	KBWIZ_TEST_KILL_AT=$stage "$HOOKS" fix --rule Q262832 --hive "$d/SYSTEM" --apply --yes \
		>"$d/out" 2>&1
	rc=$?
	unset KBWIZ_TEST_KILL_AT
	if [ "$rc" -ne 137 ]; then
		fail "dirty, killed at $stage" "exit $rc, not SIGKILL"
		continue
	fi
	n=$(failed_checks "$d/SYSTEM")
	if [ "$(sha "$d/SYSTEM")" = "$DORIG" ] && [ "$(sha "$d/SYSTEM.LOG1" 2>/dev/null)" = "$DLOG" ]; then
		state=original
	elif [ "$n" -eq 0 ] && [ ! -e "$d/SYSTEM.LOG1" ]; then
		state=repaired
	elif [ "$n" -eq 0 ] && "$KBWIZ" hive info "$d/SYSTEM" | grep -q '^state: clean'; then
		state=repaired-old-log
	else
		state="mixed ($n failed checks)"
	fi
	case "$stage:$state" in
	plan:original|backup:original|write:original|verify:original|rename:original|logs:repaired)
		pass "dirty, killed at $stage: $state" ;;
	renamed:repaired-old-log) pass "dirty, killed at $stage: repaired, clean, old log ignored" ;;
	*) fail "dirty, killed at $stage" "$state" ;;
	esac
	expect_out "dirty, after a kill at $stage, a new run completes" 0 'Wrote 3 changes|Nothing to change' \
		sh -c "'$KBWIZ' fix --rule Q262832 --hive '$d/SYSTEM' --apply --yes; [ \$? -le 1 ]"
	if [ ! -e "$d/SYSTEM.LOG1" ] && [ "$(failed_checks "$d/SYSTEM")" -eq 0 ]; then
		pass "dirty, after a kill at $stage: repaired, log moved aside"
	else
		fail "dirty, after a kill at $stage: repaired, log moved aside" "log still there or checks fail"
	fi
done

# The fault on a machine whose SOFTWARE hive (beside SYSTEM, as Windows
# keeps them) says Windows 7: the article is for NT 4.0 EE, so nothing is
# written.
mkdir -p "$TMP/w7/config"
"$TOOLS/mkhive" "$SPEC" "$TMP/w7/config/SYSTEM" >/dev/null
printf '%s\n' '@name SOFTWARE' '[Microsoft\Windows NT\CurrentVersion]' '"ProductName"="Windows 7 Professional"' \
	'"CurrentVersion"="6.1"' '"CurrentBuildNumber"="7601"' >"$TMP/w7.spec"
"$TOOLS/mkhive" "$TMP/w7.spec" "$TMP/w7/config/software" >/dev/null
W0=$(sha "$TMP/w7/config/SYSTEM")
expect_out "a SOFTWARE hive beside SYSTEM naming Windows 7: the fix is refused" 6 \
	'rule Q262832 does not apply to this machine: written for Windows NT Server, Enterprise Edition 4.0; this machine runs Windows 7 Professional 6.1' \
	"$KBWIZ" fix --rule Q262832 --hive "$TMP/w7/config/SYSTEM" --apply --yes
[ "$(sha "$TMP/w7/config/SYSTEM")" = "$W0" ] && pass "the Windows 7 hive is untouched" || fail "the Windows 7 hive is untouched" "changed"

# A real Windows 7 SYSTEM hive: no cluster service, so the rule does not
# apply and kbwiz refuses to change anything.
REAL="$SHARED/testdata/hives/SYSTEM"
if [ -f "$REAL" ]; then
	cp "$REAL" "$TMP/real-SYSTEM"
	R0=$(sha "$TMP/real-SYSTEM")
	expect_out "real hive: rule does not apply, nothing written" 6 'does not apply' \
		"$KBWIZ" fix --rule Q262832 --hive "$TMP/real-SYSTEM" --apply --yes
	[ "$(sha "$TMP/real-SYSTEM")" = "$R0" ] && pass "real hive untouched" || fail "real hive untouched" "changed"
else
	skip "real hive" "$REAL not present"
fi
exit 0
