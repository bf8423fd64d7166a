#!/bin/sh
# test_hive_recover.sh: `kbwiz hive info` and `kbwiz hive recover` end to
# end.  The truth for a recovery is Windows' own: the real dirty hives of
# ../shared/testdata/dirty-hives come with the hive Windows 7 / Windows 10
# produced by replaying the same logs, and ours must give the same
# `hivexml` output apart from the base block's timestamp (hivexml's first
# <mtime>).  Damaged logs are made here from copies: each is refused with
# its reason, nothing written, no crash.
. "${KBWIZ_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/e2e/lib.sh"

SPEC="$KBWIZ_SRC/tests/fixtures/hives/q262832-healthy.spec"
DIRTY="$SHARED/testdata/dirty-hives"
HIVES="$SHARED/testdata/hives"
unset HIVEX_DEBUG

if [ ! -x "$KBWIZ" ] || [ ! -x "$TOOLS/mkhive" ]; then
	fail "build" "$KBWIZ or $TOOLS/mkhive missing"
	exit 1
fi

# get32 FILE OFFSET / put32 FILE OFFSET VALUE: little-endian dwords.
get32() { od -An -tu4 -j "$2" -N4 "$1" | tr -d ' '; }
put32() {
	v=$3
	printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $((v & 255)) $((v >> 8 & 255)) \
		$((v >> 16 & 255)) $((v >> 24 & 255)))" |
		dd of="$1" bs=1 seek="$2" conv=notrunc 2>/dev/null
}
# fix_checksum FILE: the base block's XOR checksum at 508.
fix_checksum() {
	sum=0
	for w in $(od -An -tu4 -v -N508 "$1"); do sum=$((sum ^ w)); done
	[ "$sum" -eq 0 ] && sum=1
	[ "$sum" -eq 4294967295 ] && sum=4294967294
	put32 "$1" 508 "$sum"
}
# xml FILE: hivexml without the base block's own timestamp.
xml() { hivexml "$1" | sed -E '2s|^<hive><mtime>[^<]*</mtime>|<hive>|'; }

# ---- generated hives (no ../shared needed) ----
mkdir -p "$TMP/gen"
"$TOOLS/mkhive" "$SPEC" "$TMP/gen/SYSTEM" >/dev/null || { fail "fixture" "mkhive"; exit 1; }

expect_out "info on a clean hive says clean and no logs" 0 '^state: clean' \
	"$KBWIZ" hive info "$TMP/gen/SYSTEM"
expect_out "recover on a clean hive copies it with a note" 0 'no recovery was needed' \
	"$KBWIZ" hive recover "$TMP/gen/SYSTEM" -o "$TMP/gen/copy"
if cmp -s "$TMP/gen/SYSTEM" "$TMP/gen/copy"; then pass "the copy is identical"
else fail "the copy is identical" "differs"; fi
expect_out "an existing OUT is kept without --force" 6 'exists; give --force' \
	"$KBWIZ" hive recover "$TMP/gen/SYSTEM" -o "$TMP/gen/copy"
expect_out "--force replaces OUT" 0 'Wrote' \
	"$KBWIZ" hive recover "$TMP/gen/SYSTEM" -o "$TMP/gen/copy" --force
expect_out "the hive itself is never the output" 6 'is the hive itself' \
	"$KBWIZ" hive recover "$TMP/gen/SYSTEM" -o "$TMP/gen/SYSTEM" --force
# A truncated hive keeps a clean base block: neither info nor recover may
# call it clean, and nothing is written.
head -c 6000 "$TMP/gen/SYSTEM" >"$TMP/gen/TRUNC"
expect_out "info on a truncated hive with a clean base block says damaged" 3 '^state: DAMAGED: .*truncated' \
	"$KBWIZ" hive info "$TMP/gen/TRUNC"
expect_out "recover on a truncated hive refuses it" 3 'truncated registry hive.*nothing written' \
	"$KBWIZ" hive recover "$TMP/gen/TRUNC" -o "$TMP/gen/trunc.out"
[ -e "$TMP/gen/trunc.out" ] && fail "truncated: nothing written" "out exists" ||
	pass "truncated: nothing written"
expect_out "recover without -o is a usage error" 2 'needs -o OUT' \
	"$KBWIZ" hive recover "$TMP/gen/SYSTEM"
expect_out "hive --help prints the usage" 0 '^usage: kbwiz hive info' \
	"$KBWIZ" hive --help
expect_out "a file that is not a hive: exit 3" 3 'not a registry hive' \
	"$KBWIZ" hive info "$KBWIZ_SRC/README.md"

# Dirty, no logs: nothing written, a warning about stale data.
cp "$TMP/gen/SYSTEM" "$TMP/gen/DIRTY"
put32 "$TMP/gen/DIRTY" 8 $(( $(get32 "$TMP/gen/DIRTY" 4) - 1 ))
fix_checksum "$TMP/gen/DIRTY"
expect_out "a dirty hive without logs is not recovered" 3 'no transaction logs found.*stale' \
	"$KBWIZ" hive recover "$TMP/gen/DIRTY" -o "$TMP/gen/out"
[ -e "$TMP/gen/out" ] && fail "nothing written without logs" "out exists" ||
	pass "nothing written without logs"
expect_out "diagnose warns that a dirty hive without logs may be stale" 1 \
	'dirty: no transaction.*' "$KBWIZ" diagnose --hive "$TMP/gen/DIRTY"

# ---- the real dirty hives ----
if [ ! -d "$DIRTY" ] || [ ! -r "$HIVES/SYSTEM_B" ]; then
	skip "real dirty hives" "../shared/testdata absent (dirty-hives, hives/SYSTEM_B)"
	exit 0
fi
if ! command -v hivexml >/dev/null; then
	fail "hivexml" "not installed (libhivex-bin, scripts/deps.sh test)"
	exit 0
fi

# truth NAME HIVE WINDOWS_RECOVERED
truth() {
	out="$TMP/$1.recovered"
	expect_out "$1: recovered" 0 "^Wrote .*recovered from $2" \
		"$KBWIZ" hive recover "$3" -o "$out"
	if [ -f "$out" ] && [ "$(xml "$out" | sha256sum)" = "$(xml "$4" | sha256sum)" ]; then
		pass "$1: hivexml equals Windows' own recovery"
	else
		fail "$1: hivexml equals Windows' own recovery" "differs"
	fi
}
truth old "OldDirtyHive.LOG1 \(1 log entry, 64 pages\)" \
	"$DIRTY/OldDirtyHive/OldDirtyHive" "$DIRTY/OldDirtyHive/RecoveredHive_Windows7"
truth new "NewDirtyHive.LOG1, NewDirtyHive.LOG2 \(4 log entries" \
	"$DIRTY/NewDirtyHive1/NewDirtyHive" "$DIRTY/NewDirtyHive1/RecoveredHive_Windows10"
if [ "$(xml "$DIRTY/NewDirtyHive1/NewDirtyHive" | sha256sum)" != \
     "$(xml "$TMP/new.recovered" | sha256sum)" ]; then
	pass "new: the primary alone reads differently (the logs mattered)"
else
	fail "new: the primary alone reads differently" "same"
fi

# SYSTEM_B with its logs, in a case folder of our own.
mkdir -p "$TMP/b"
cp "$HIVES/SYSTEM_B" "$HIVES/SYSTEM_B.LOG1" "$HIVES/SYSTEM_B.LOG2" "$TMP/b/"
expect_out "SYSTEM_B: info lists both logs and their entries" 0 \
	'SYSTEM_B.LOG2: .*entries 2111\.\.2130 \(20\), used' "$KBWIZ" hive info "$TMP/b/SYSTEM_B"
expect_out "SYSTEM_B: recovered" 0 'recovered from SYSTEM_B.LOG1, SYSTEM_B.LOG2' \
	"$KBWIZ" hive recover "$TMP/b/SYSTEM_B" -o "$TMP/b.out"
if hivexml "$TMP/b.out" >"$TMP/b.xml" 2>/dev/null &&
   [ "$(wc -c <"$TMP/b.xml")" -gt "$(hivexml "$HIVES/SYSTEM_B" | wc -c)" ]; then
	pass "SYSTEM_B: hivex reads the recovered hive, which holds more than the file alone"
else
	fail "SYSTEM_B: recovered hive" "hivexml failed or found no more than the primary"
fi
expect_out "SYSTEM_B: diagnose reads the recovered state" 1 \
	'ControlSet001, dirty: recovered from' "$KBWIZ" diagnose --hive "$TMP/b/SYSTEM_B"
expect_out "SYSTEM_B: the JSON says how it was recovered" 1 \
	'"recovery": "dirty: recovered from SYSTEM_B.LOG1, SYSTEM_B.LOG2' \
	"$KBWIZ" diagnose --hive "$TMP/b/SYSTEM_B" --json

# ---- damaged logs, made from copies of NewDirtyHive1 / OldDirtyHive ----
# damaged NAME WANT: recover must exit 3 naming WANT and write nothing.
damaged() {
	rm -f "$TMP/d.out"
	expect_out "damaged: $1: refused" 3 "$2" \
		"$KBWIZ" hive recover "$TMP/d/NewDirtyHive" -o "$TMP/d.out"
	[ -e "$TMP/d.out" ] && fail "damaged: $1: nothing written" "out exists" ||
		pass "damaged: $1: nothing written"
	expect_out "damaged: $1: diagnose warns and reads the file as it is" 1 \
		'"recovery": "dirty, and its transaction log is refused: .*read as it is' \
		"$KBWIZ" diagnose --hive "$TMP/d/NewDirtyHive" --json
}
fresh() {
	rm -rf "$TMP/d"; mkdir -p "$TMP/d"
	cp "$DIRTY/NewDirtyHive1/NewDirtyHive" "$DIRTY/NewDirtyHive1/NewDirtyHive.LOG1" \
	   "$DIRTY/NewDirtyHive1/NewDirtyHive.LOG2" "$TMP/d/"
	chmod u+w "$TMP/d"/*
}
fresh
printf '\125' | dd of="$TMP/d/NewDirtyHive.LOG2" bs=1 seek=2000 conv=notrunc 2>/dev/null
damaged "flipped byte" 'NewDirtyHive.LOG2: log entry 1 .*fails its hash check'
fresh
truncate -s 1536 "$TMP/d/NewDirtyHive.LOG2"
damaged "truncated log" 'NewDirtyHive.LOG2: log entry 1 .*truncated'
fresh
cp "$HIVES/SYSTEM_B.LOG1" "$TMP/d/NewDirtyHive.LOG1"
damaged "log of another hive" 'NewDirtyHive.LOG1: belongs to another hive'
fresh
# LOG2 said to start at 5 where LOG1 ends at 2: entries 3 and 4 missing.
# Both sequence numbers change alike, so the XOR checksum holds.
put32 "$TMP/d/NewDirtyHive.LOG2" 4 5; put32 "$TMP/d/NewDirtyHive.LOG2" 8 5
damaged "sequence gap" 'NewDirtyHive.LOG2: starts at sequence 5 .*a gap'

mkdir -p "$TMP/o"
cp "$DIRTY/OldDirtyHive/OldDirtyHive" "$DIRTY/OldDirtyHive/OldDirtyHive.LOG1" "$TMP/o/"
chmod u+w "$TMP/o"/*
put32 "$TMP/o/OldDirtyHive.LOG1" 4 9; put32 "$TMP/o/OldDirtyHive.LOG1" 8 9
expect_out "damaged: sequence higher than the hive allows: refused" 3 \
	'OldDirtyHive.LOG1: its sequence number 9 is higher than the hive allows \(5\)' \
	"$KBWIZ" hive recover "$TMP/o/OldDirtyHive" -o "$TMP/o.out"
[ -e "$TMP/o.out" ] && fail "damaged: higher sequence: nothing written" "out exists" ||
	pass "damaged: higher sequence: nothing written"

# The evidence is never touched.
if cmp -s "$TMP/b/SYSTEM_B" "$HIVES/SYSTEM_B" && cmp -s "$TMP/b/SYSTEM_B.LOG1" "$HIVES/SYSTEM_B.LOG1" &&
   [ "$(ls "$TMP/b" | wc -l)" -eq 3 ]; then
	pass "the hive and its logs are unchanged and nothing was added beside them"
else
	fail "the evidence is untouched" "changed or files added: $(ls "$TMP/b")"
fi
