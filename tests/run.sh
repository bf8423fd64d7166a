#!/bin/sh
# run.sh BUILD: run every unit test binary and every end-to-end script, and
# end with one line "N passed, N failed[, N skipped]".
#
# Unit tests are cmocka binaries in BUILD/tests; their summary lines
# ("[  PASSED  ] 3 test(s).") are counted.  End-to-end scripts in
# tests/e2e/*.sh print "PASS: name", "FAIL: name: why" or "SKIP: name: why"
# lines (see tests/e2e/lib.sh); a script that exits non-zero without
# printing a FAIL counts as one failure.
set -u
BUILD=${1:-build}
export KBWIZ_BUILD="$BUILD"
export KBWIZ_SRC="$(cd "$(dirname "$0")/.." && pwd)"
# Tests never touch the user's store or terminal settings.
export XDG_DATA_HOME="$(mktemp -d "${TMPDIR:-/tmp}/kbwiz-test-data.XXXXXX")"
export KBWIZ_DB=""
unset KBWIZ_DB
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
log_dir="$BUILD/test-logs"
mkdir -p "$log_dir"

passed=0 failed=0 skipped=0
failures=""

count_line() {
	case "$1" in
	PASS:*) passed=$((passed + 1)) ;;
	FAIL:*) failed=$((failed + 1)); failures="$failures
$2: ${1#FAIL: }" ;;
	SKIP:*) skipped=$((skipped + 1)) ;;
	esac
}

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	name=$(basename "$t")
	out="$log_dir/$name.log"
	(cd "$KBWIZ_SRC" && "$t") >"$out" 2>&1
	rc=$?
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test(s)\..*/\1/p' "$out" | tail -1)
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test(s).*/\1/p' "$out" | tail -1)
	s=$(sed -n 's/^\[  SKIPPED \] \([0-9]*\) test(s).*/\1/p' "$out" | tail -1)
	p=${p:-0} f=${f:-0} s=${s:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		# Crashed or exited before cmocka's summary: one failure.
		f=1
	fi
	passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
	grep -E '^\[  FAILED  \] [a-z_]|^\[  SKIPPED \] [a-z_]|^SKIP' "$out" | sed "s|^|$name: |"
	if [ "$f" -ne 0 ]; then
		failures="$failures
$name: see $out"
		tail -30 "$out" | sed "s|^|  $name> |"
	fi
	echo "unit $name: $p passed, $f failed, $s skipped"
done

for s in "$KBWIZ_SRC"/tests/e2e/test_*.sh; do
	[ -f "$s" ] || continue
	name=$(basename "$s" .sh)
	out="$log_dir/$name.log"
	sh "$s" >"$out" 2>&1
	rc=$?
	before_failed=$failed
	while IFS= read -r line; do
		count_line "$line" "$name"
		case "$line" in FAIL:*|SKIP:*) echo "$name: $line" ;; esac
	done <"$out"
	if [ "$rc" -ne 0 ] && [ "$failed" -eq "$before_failed" ]; then
		failed=$((failed + 1))
		failures="$failures
$name: exited $rc (see $out)"
	fi
	[ "$failed" -ne "$before_failed" ] && tail -30 "$out" | sed "s|^|  $name> |"
	echo "e2e $name: done"
done

rm -rf "$XDG_DATA_HOME"
if [ -n "$failures" ]; then
	echo "failures:$failures"
fi
if [ "$skipped" -gt 0 ]; then
	echo "$passed passed, $failed failed, $skipped skipped"
else
	echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
