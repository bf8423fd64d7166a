# test_fix_session.sh: `kbwiz fix SESSION` around its own repair: after
# --apply it says the repair is already there (not "the hive changed" and
# the same plan again); after --undo restored the hive byte for byte the
# session's plan applies again (content compared, not mtime); undo says
# what it keeps; a .reg is not written from a plan whose hive changed.
. "$KBWIZ_SRC/tests/e2e/lib.sh"

if [ ! -x "$KBWIZ" ] || [ ! -x "$TOOLS/mkhive" ]; then
	fail "build" "$KBWIZ or $TOOLS/mkhive missing (make _test-build)"
	exit 1
fi
export KBWIZ_DB="$TMP/kbwiz.db"
mkdir -p "$TMP/m1/WINDOWS/system32/config"
H="$TMP/m1/WINDOWS/system32/config/SYSTEM"
"$TOOLS/mkhive" "$KBWIZ_SRC/tests/fixtures/hives/q262832-all-faults.spec" "$H" >/dev/null ||
	{ fail "fixture" "mkhive failed"; exit 1; }
cp "$H" "$TMP/orig"
# triage --record leaves one session with the rule's checks and the hive's facts.
"$KBWIZ" triage --record "$TMP/m1" >/dev/null 2>&1
expect_out "the session plans the repair" 0 '^Repair for Q262832 on ' "$KBWIZ" fix 1

expect_out "fix 1 --apply writes it" 0 '^Undo: kbwiz fix --undo 1$' "$KBWIZ" fix 1 --apply --yes
expect_out "fix 1 again: already applied in session 1, with the time, backup and undo" 1 \
	'^Already applied in session 1 at 20[0-9T:-]+Z \(backup .*SYSTEM\.kbwiz-s1-.*\.bak\);' "$KBWIZ" fix 1
OUT=$("$KBWIZ" fix 1 2>&1)
if printf '%s\n' "$OUT" | grep -q 'changed since\|add entry'; then
	fail "fix 1 again: no stale warning, no second plan" "$OUT"
else pass "fix 1 again: no stale warning, no second plan"; fi

expect_out "undo says what it keeps" 0 '^Kept: the backup .*\.bak and the undo record .*SYSTEM\.kbwiz-undo$' \
	"$KBWIZ" fix --undo 1
if cmp -s "$TMP/orig" "$H"; then pass "undo restores the bytes"
else fail "undo restores the bytes" "differs"; fi
expect_out "after undo (same bytes, new mtime) the session's plan applies again" 0 \
	'^Wrote 3 changes to ' "$KBWIZ" fix 1 --apply --yes
"$KBWIZ" fix --undo 1 >/dev/null 2>&1

# The hive repaired outside the session: the session's plan is stale.
"$KBWIZ" fix --rule Q262832 --hive "$H" --apply --yes >/dev/null 2>&1
expect_out "a stale plan: --reg-out refused as --apply is" 6 'changed since the session.s checks ran: no \.reg file' \
	"$KBWIZ" fix 1 --reg-out "$TMP/stale.reg"
if [ ! -e "$TMP/stale.reg" ]; then pass "no .reg file from a stale plan"
else fail "no .reg file from a stale plan" "$(head -3 "$TMP/stale.reg")"; fi
