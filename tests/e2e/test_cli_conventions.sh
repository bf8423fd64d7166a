#!/bin/sh
# test_cli_conventions.sh: what every command keeps to (found by the
# review of 2026-11-30): untrusted text never reaches the terminal raw
# (CSV too), no file is replaced without --force, wrong input has one exit
# code, kbwiz log's edge cases.
. "$(dirname "$0")/lib.sh"

ESC=$(printf '\033')
BEL=$(printf '\007')
# The demo machine, under a folder whose name holds an escape sequence,
# and an evil machine whose computer name and a service's display name do.
DEMO="$TMP/demo"
"$KBWIZ_SRC/tests/make-demo.sh" "$KBWIZ_BUILD" "$DEMO" >/dev/null
EVILDIR="$TMP/esc${ESC}[31mdir"
mkdir -p "$EVILDIR"
cp -r "$DEMO/C" "$EVILDIR/C"
EVIL="$TMP/evil"
mkdir -p "$EVIL/C/WINNT/system32/config"
cat "$KBWIZ_SRC/tests/fixtures/hives/q262832-transports-lacks-clusnet.spec" \
	"$KBWIZ_SRC/tests/fixtures/hives/demo-nt4ee-system-identity.spec" |
	sed "s/\"NODE1\"/\"NODE${ESC}[31mRED${ESC}]0;pwned${BEL}\"/" >"$TMP/evil.spec"
printf '[ControlSet001\\Services\\Evil]\n"DisplayName"="a%s[2Jb%s"\n"Type"=dword:10\n' "$ESC" "$BEL" >>"$TMP/evil.spec"
"$TOOLS/mkhive" "$TMP/evil.spec" "$EVIL/C/WINNT/system32/config/SYSTEM" >/dev/null
cp "$DEMO/C/WINNT/system32/config/SOFTWARE" "$DEMO/C/WINNT/system32/config/SysEvent.Evt" \
	"$EVIL/C/WINNT/system32/config/"

# no_raw NAME CMD...: CMD's stdout and stderr hold no ESC or BEL.
no_raw() {
	name=$1; shift
	"$@" >"$TMP/raw.out" 2>&1
	if grep -q "[$ESC$BEL]" "$TMP/raw.out"; then
		fail "$name" "raw control character: $(cat -v "$TMP/raw.out" | grep -m1 '\^\[\|\^G')"
	else
		pass "$name"
	fi
}

"$KBWIZ" kb list >/dev/null 2>&1
no_raw "diagnose: the volume path in 'found N evidence files' is escaped" \
	"$KBWIZ" diagnose --root "$EVILDIR/C"
expect_out "diagnose: the volume path is shown with visible escapes" 0 'under .*esc\\x1b\[31mdir' \
	"$KBWIZ" diagnose --root "$EVILDIR/C"
no_raw "services --format csv: registry strings are escaped" \
	"$KBWIZ" services --root "$EVIL/C" --format csv
expect_out "services --format csv: the display name's escapes are visible" 0 'a\\x1b\[2Jb\\x07' \
	"$KBWIZ" services --root "$EVIL/C" --format csv
no_raw "triage --format csv: the computer name is escaped" \
	"$KBWIZ" triage "$EVIL" --format csv
expect_out "triage --format csv: the computer name's escapes are visible" 0 'NODE\\x1b\[31mRED\\x1b\]0;pwned\\x07' \
	"$KBWIZ" triage "$EVIL" --format csv
no_raw "services --name: an unknown name with an escape is echoed escaped" \
	"$KBWIZ" services --root "$EVIL/C" --name "x${ESC}[31m"

# No output file is replaced without --force (as export).
echo keep >"$TMP/keep.txt"
expect_out "triage -o: an existing file is refused without --force" 6 'keep\.txt: already exists \(--force' \
	"$KBWIZ" triage "$DEMO" -o "$TMP/keep.txt"
check "triage -o: the refused file is left as it was" grep -qx keep "$TMP/keep.txt"
expect_out "triage -o --force replaces it" 0 '' "$KBWIZ" triage "$DEMO" -o "$TMP/keep.txt" --force
check "triage -o --force wrote the table" grep -q NODE1 "$TMP/keep.txt"
echo keep >"$TMP/keep.tkape"
expect_out "collect-spec -o: an existing file is refused without --force" 6 'keep\.tkape: already exists \(--force' \
	"$KBWIZ" collect-spec --kape -o "$TMP/keep.tkape"
check "collect-spec -o: the refused file is left as it was" grep -qx keep "$TMP/keep.tkape"
expect_out "collect-spec -o --force replaces it" 0 '' "$KBWIZ" collect-spec --kape -o "$TMP/keep.tkape" --force
check "collect-spec -o --force wrote the target" grep -q '^Targets:' "$TMP/keep.tkape"
expect_out "collect-spec -o: a new file needs no --force" 0 '' "$KBWIZ" collect-spec --velociraptor -o "$TMP/new.yaml"

# An argument that names no rule or session is a usage error (2), the
# same in every command; a directory given as a file is bad input (3).
expect_out "diagnose --rule NOPE is a usage error" 2 "no rule 'NOPE'" "$KBWIZ" diagnose --root "$DEMO/C" --rule NOPE
expect_out "fix 9999 is a usage error" 2 "no session 9999" "$KBWIZ" fix 9999
expect_out "export 9999 is a usage error" 2 "no session 9999" "$KBWIZ" export 9999 -o "$TMP/x.md"
expect_out "collect-spec --rule NOPE is a usage error" 2 "no rule 'NOPE'" "$KBWIZ" collect-spec --kape --rule NOPE
expect_out "kb verify NOPE is a usage error" 2 "no rule 'NOPE'" "$KBWIZ" kb verify NOPE
expect_out "kb show NOPE is a usage error" 2 "no rule 'NOPE'" "$KBWIZ" kb show NOPE
expect_out "log DIR is bad input, as diagnose --log DIR" 3 "not a regular file" "$KBWIZ" log "$TMP"
expect_out "diagnose --log DIR is bad input" 3 "not a regular file" "$KBWIZ" diagnose --log "$TMP"
expect_out "log: a missing file is exit 5" 5 "no such file" "$KBWIZ" log "$TMP/nothing.log"
expect_out "collect-spec --kape --velociraptor is refused" 2 "give one" "$KBWIZ" collect-spec --kape --velociraptor

# kbwiz log: the no-hit message says where the search ran.
L="$DEMO/C/WINNT/Cluster/cluster.log"
last=$(grep -n 1720 "$L" | head -1 | cut -d: -f1)
expect_out "log --grep --backward from a line says 'before line N'" 1 "no line before line $last holds '1720'" \
	"$KBWIZ" log "$L" --line "$last" --grep 1720 --backward
expect_out "log --grep from a line says 'after line N'" 1 "no line after line $last holds 'zzqq'" \
	"$KBWIZ" log "$L" --line "$last" --grep zzqq
expect_out "log --grep from past the end says so, not 'no line after'" 1 "line 100000 is past the end" \
	"$KBWIZ" log "$L" --line 100000 --grep zzqq
no_raw "log --grep with an escape is echoed escaped" "$KBWIZ" log "$L" --grep "x${ESC}[31m"

# --help fits an 80-column console: usages wrap between options, summaries
# under them.
long=$({ "$KBWIZ" --help
	for c in diagnose export history fix services events log triage collect-spec; do
		"$KBWIZ" "$c" --help
	done; } 2>&1 | awk 'length($0) > 80')
if [ -z "$long" ] && "$KBWIZ" --help | grep -q '^        \[--rule ID\] \[--json\]'; then
	pass "--help and each command's --help fit 80 columns, bracketed options kept whole"
else fail "--help fits 80 columns" "$long"; fi
