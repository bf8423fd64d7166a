# test_kb_rules.sh: every rule's own test cases (kb/tests), through
# `kbwiz kb test`: for each rule's positive set that rule is diagnosed and
# ranked first among all rules; its healthy and not-installed sets give no
# diagnosis at all.  Each case prints its own PASS:/FAIL: line.
. "$KBWIZ_SRC/tests/e2e/lib.sh"

"$KBWIZ" kb test >"$TMP/out" 2>"$TMP/err"
rc=$?
cat "$TMP/out"
n=$(grep -c '^PASS: ' "$TMP/out")
if [ "$rc" -eq 0 ] && [ "$n" -ge 60 ]; then
	pass "kb test runs every rule's cases ($n passed)"
else
	fail "kb test runs every rule's cases" "exit $rc, $n passed: $(cat "$TMP/err")"
fi
ids=$(ls "$KBWIZ_SRC"/kb/Q*.yaml | wc -l)
tests=$(ls "$KBWIZ_SRC"/kb/tests/Q*.yaml | wc -l)
check "every rule has test cases ($ids rules, $tests test files)" test "$ids" -eq "$tests"

# One rule's cases by id; a broken test file is reported by file and line.
expect_out "kb test ID runs that rule's cases" 0 '^PASS: Q262832/fault-present' "$KBWIZ" kb test Q262832
mkdir -p "$TMP/kb/tests"
cp "$KBWIZ_SRC"/kb/Q262832.yaml "$TMP/kb/"
printf 'rule: Q262832\ncases:\n  - name: x\n    expect: matches\n' >"$TMP/kb/tests/Q262832.yaml"
expect_out "a bad expectation names file and line" 3 'Q262832\.yaml:4: expect: expected match, no-match or not-applicable' \
	env KBWIZ_KB_DIR="$TMP/kb" "$KBWIZ" --db "$TMP/other.db" kb test
printf 'rule: Q262832\ncases:\n  - name: x\n    expect: match\n    hivez: {}\n' >"$TMP/kb/tests/Q262832.yaml"
expect_out "an unknown field in a case is refused" 3 "Q262832\.yaml:5: cases\[\]: unknown field 'hivez'" \
	env KBWIZ_KB_DIR="$TMP/kb" "$KBWIZ" --db "$TMP/other.db" kb test

# An unreadable test file ran none of its cases: the summary says so
# instead of a clean-looking "0 failed".
printf 'rule: [unclosed\n' >"$TMP/kb/tests/Q262832.yaml"
expect_out "an unreadable test file is counted as not run" 3 '1 of 1 files not run \(unreadable\)' \
	env KBWIZ_KB_DIR="$TMP/kb" "$KBWIZ" --db "$TMP/other.db" kb test
