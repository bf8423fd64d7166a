# lib.sh: helpers for end-to-end scripts.  Source it first:
#   . "$KBWIZ_SRC/tests/e2e/lib.sh"
# Then call pass/fail/skip, or check NAME CMD... which passes when CMD
# exits 0.  Each prints one line that tests/run.sh counts.
set -u
: "${KBWIZ_SRC:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${KBWIZ_BUILD:=build}"
case "$KBWIZ_BUILD" in /*) ;; *) KBWIZ_BUILD="$KBWIZ_SRC/$KBWIZ_BUILD" ;; esac
KBWIZ="$KBWIZ_BUILD/kbwiz"
TOOLS="$KBWIZ_BUILD/tools"
SHARED="$KBWIZ_SRC/../shared"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/kbwiz-e2e.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export KBWIZ_DB="$TMP/kbwiz.db"
export KBWIZ_KB_DIR="$KBWIZ_SRC/kb"

pass() { echo "PASS: $1"; }
fail() { echo "FAIL: $1: $2"; }
skip() { echo "SKIP: $1: $2"; }

# check NAME CMD...: run CMD; pass when it exits 0.
check() {
	name=$1; shift
	if "$@" >/dev/null; then pass "$name"; else fail "$name" "command failed: $*"; fi
}

# expect_out NAME EXPECTED_RC PATTERN CMD...: run CMD, capture stdout+stderr
# into $OUT, pass when the exit code is EXPECTED_RC and grep -E PATTERN
# matches the output.
expect_out() {
	name=$1 want_rc=$2 pattern=$3; shift 3
	OUT=$("$@" 2>&1); rc=$?
	if [ "$rc" -ne "$want_rc" ]; then
		fail "$name" "exit $rc, wanted $want_rc; output: $(printf '%s' "$OUT" | head -5)"
	elif ! printf '%s\n' "$OUT" | grep -Eq -- "$pattern"; then
		fail "$name" "output lacks /$pattern/: $(printf '%s' "$OUT" | head -5)"
	else
		pass "$name"
	fi
}
