# test_fix_by_hand.sh: `kbwiz fix` lists the rule's steps by hand (manual
# and last resort) under "By hand", in the rule's order, each placed
# among the registry changes (before them, after change N, after them)
# and cited: the article's lines, or kbwiz's advice said as such.  Any
# rule: Q262832 as shipped, a copy with a step between two changes, and
# Q128166 (whose restart and Compaq setup-file steps follow its
# deletions) with its Compaq gate lifted so that a hive alone plans them.
. "$KBWIZ_SRC/tests/e2e/lib.sh"

if [ ! -x "$KBWIZ" ] || [ ! -x "$TOOLS/mkhive" ]; then
	fail "build" "$KBWIZ or $TOOLS/mkhive missing (make _test-build)"
	exit 1
fi
# plan ARGS...: the plan as one line (the CLI wraps it).
plan() { "$KBWIZ" fix "$@" 2>&1 | tr '\n' ' ' | tr -s ' '; }
# in_order NAME TEXT PART...: every PART is in TEXT, each after the one before.
in_order() {
	name=$1 text=$2; shift 2
	rest=$text
	for part in "$@"; do
		case "$rest" in
		*"$part"*) rest=${rest#*"$part"} ;;
		*) fail "$name" "'$part' missing or out of order in: $text"; return ;;
		esac
	done
	pass "$name"
}

H="$TMP/SYSTEM"
"$TOOLS/mkhive" "$KBWIZ_SRC/tests/fixtures/hives/q262832-all-faults.spec" "$H" >/dev/null ||
	{ fail "fixture" "mkhive failed"; exit 1; }
OUT=$(plan --rule Q262832 --hive "$H")
in_order "Q262832: the steps by hand follow the changes, in the rule's order, cited" "$OUT" \
	"3. add entry" "By hand:" \
	"- backup (before the changes): Back up the registry" "[Q262832, line 15]" \
	"- check-permissions (after the changes):" "[Q262832, lines 52-69]" \
	"- restart-node (after the changes):" "[kbwiz's advice, not in Q262832:" \
	"- reinstall-cluster-service (last resort):" "[Q262832, lines 71-72]" \
	"0 checks already pass."

"$TOOLS/mkhive" "$KBWIZ_SRC/tests/fixtures/hives/q262832-healthy.spec" "$TMP/healthy" >/dev/null ||
	fail "fixture" "mkhive failed"
OUT=$(plan --rule Q262832 --hive "$TMP/healthy")
case "$OUT" in
*"By hand"*) fail "nothing to repair: no steps by hand" "$OUT" ;;
*"Nothing to change"*) pass "nothing to repair: no steps by hand" ;;
*) fail "nothing to repair: no steps by hand" "$OUT" ;;
esac

# A copy of the rules where a step by hand sits between two changes, and
# Q128166 without its Compaq gate (when-symptom).
KB="$TMP/kb"
cp -r "$KBWIZ_SRC/kb" "$KB"
awk '/^  - id: add-provider-list-entry$/ {
	print "  - id: between-changes"; print "    cite: 58"
	print "    manual: Look at the key just made before going on." }
	{ print }' "$KBWIZ_SRC/kb/Q262832.yaml" >"$KB/Q262832.yaml"
grep -v '^    when-symptom:' "$KBWIZ_SRC/kb/Q128166.yaml" >"$KB/Q128166.yaml"
export KBWIZ_KB_DIR="$KB" KBWIZ_DB="$TMP/copy.db"
OUT=$(plan --rule Q262832 --hive "$H")
in_order "a step between two changes says after which" "$OUT" \
	"1. create key" "2. add entry" "3. add entry" "By hand:" "- backup (before the changes)" \
	"- between-changes (after change 1): Look at the key just made" "[Q262832, line 58]" \
	"- check-permissions (after the changes)"

cat >"$TMP/sfm.spec" <<'SPEC'
@name SYSTEM
[Select]
"Current"=dword:1
"Default"=dword:1
"LastKnownGood"=dword:2
[ControlSet001\Services\AppleTalk]
"Start"=dword:2
[ControlSet001\Services\MacFile]
"Start"=dword:2
SPEC
"$TOOLS/mkhive" "$TMP/sfm.spec" "$TMP/sfm" >/dev/null || fail "fixture" "mkhive failed"
OUT=$(plan --rule Q128166 --hive "$TMP/sfm")
in_order "Q128166: restart and the Compaq setup file follow the deletions, as the article orders them" "$OUT" \
	"1. delete key ControlSet001\\Services\\AppleTalk" "2. delete key ControlSet001\\Services\\MacFile" \
	"By hand:" "- backup (before the changes):" "[kbwiz's advice, not in Q128166:" \
	"- restart (after the changes): Quit Registry Editor and restart Windows NT." "[Q128166, line 96]" \
	"- compaq-inf (after the changes): Get the SP1083 package" "[Q128166, lines 98-111]" \
	"- call-vendor (last resort):" "[kbwiz's advice, not in Q128166:"
