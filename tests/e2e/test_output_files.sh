#!/bin/sh
# test_output_files.sh: every file kbwiz writes for the user (export -o,
# kb import -o, fix --reg-out) follows one rule: only a regular file is
# replaced, never a FIFO, a device or a symbolic link (to /proc/self/fd/1
# say); a replaced file keeps its mode; a new one honours the umask.
. "$KBWIZ_SRC/tests/e2e/lib.sh"

MAKER="$KBWIZ_BUILD/tests/test_report"
FIX="$TMP/fixture"
mkdir -p "$FIX"
if [ ! -x "$MAKER" ]; then
	skip "output files" "$MAKER not built (make $KBWIZ_BUILD/tests/test_report)"
	exit 0
fi
id=$(cd "$KBWIZ_SRC" && "$MAKER" --make-fixture "$FIX" 2>"$TMP/maker.err")
if [ "$id" != 1 ]; then
	fail "output files: fixture session" "$(tail -3 "$TMP/maker.err")"
	exit 0
fi
export KBWIZ_DB="$FIX/kbwiz.db"
mode() { stat -c %a "$1"; }

# Special files: refused by name, left as they were.
mkfifo "$TMP/fifo"
expect_out "export --force refuses a FIFO" 6 'fifo: is a FIFO, not a regular file' \
	"$KBWIZ" export 1 -o "$TMP/fifo" --force
check "the FIFO is still a FIFO" test -p "$TMP/fifo"
ln -s /proc/self/fd/1 "$TMP/stdout-link"
expect_out "export --force refuses a symbolic link to /proc/self/fd/1" 6 \
	'stdout-link: is a symbolic link, not a regular file' \
	"$KBWIZ" export 1 -o "$TMP/stdout-link" --force
check "the link is still a link" test -L "$TMP/stdout-link"
if [ "$(id -u)" = 0 ] && mknod "$TMP/null" c 1 3 2>/dev/null; then
	expect_out "export --force refuses a character device" 6 \
		'null: is a character device, not a regular file' \
		"$KBWIZ" export 1 -o "$TMP/null" --force
	check "the device is still a device" test -c "$TMP/null"
else
	skip "export --force refuses a character device" "mknod needs root"
fi

# Modes.
echo old >"$TMP/private.md"
chmod 600 "$TMP/private.md"
"$KBWIZ" export 1 -o "$TMP/private.md" --force >/dev/null 2>&1
if [ "$(mode "$TMP/private.md")" = 600 ] && grep -q '^# ' "$TMP/private.md"; then
	pass "export --force keeps the mode (0600) of the file it replaces"
else
	fail "export --force keeps the mode of the file it replaces" "mode $(mode "$TMP/private.md")"
fi
(umask 077 && "$KBWIZ" export 1 -o "$TMP/new-077.md" >/dev/null 2>&1)
if [ "$(mode "$TMP/new-077.md")" = 600 ]; then
	pass "a new report honours umask 077 (0600)"
else
	fail "a new report honours umask 077" "mode $(mode "$TMP/new-077.md")"
fi
(umask 022 && "$KBWIZ" export 1 -o "$TMP/new-022.md" >/dev/null 2>&1)
if [ "$(mode "$TMP/new-022.md")" = 644 ]; then
	pass "a new report under umask 022 is 0644"
else
	fail "a new report under umask 022 is 0644" "mode $(mode "$TMP/new-022.md")"
fi

# kb import -o: the same rule for drafts.
mkdir "$TMP/drafts"
mkfifo "$TMP/drafts/Q900001.yaml"
expect_out "kb import --force refuses a FIFO where the draft goes" 6 'is a FIFO, not a regular file' \
	"$KBWIZ" kb import --force -o "$TMP/drafts" "$KBWIZ_SRC/tests/fixtures/articles/Q900001.txt"
check "the draft FIFO is still a FIFO" test -p "$TMP/drafts/Q900001.yaml"

# fix --reg-out: the same rule for .reg files.
H="$TMP/SYSTEM"
if "$TOOLS/mkhive" "$KBWIZ_SRC/tests/fixtures/hives/q262832-all-faults.spec" "$H" >/dev/null 2>&1; then
	mkfifo "$TMP/fix.reg"
	expect_out "fix --reg-out --force refuses a FIFO" 6 'is a FIFO, not a regular file' \
		"$KBWIZ" fix --rule Q262832 --hive "$H" --reg-out "$TMP/fix.reg" --force
	check "the .reg FIFO is still a FIFO" test -p "$TMP/fix.reg"
else
	skip "fix --reg-out --force refuses a FIFO" "mkhive could not build the fixture hive"
fi

# Where the file cannot go: the message names the path and what is wrong
# with it, the exit is non-zero, nothing is written.
roots_before=$(ls -d /kbwiz-session-* 2>/dev/null | wc -l)
expect_out "export -o / is refused naming the path" 6 '^kbwiz: /: is the filesystem root' \
	"$KBWIZ" export 1 -o /
check "export -o / wrote nothing in /" test "$(ls -d /kbwiz-session-* 2>/dev/null | wc -l)" = "$roots_before"
expect_out "export -o into a missing directory names that directory" 5 \
	'x\.md: cannot write there: .*/missing: no such directory' \
	"$KBWIZ" export 1 -o "$TMP/missing/x.md"
expect_out "export -o DIR/ where no such directory is" 5 'missing/: no such directory' \
	"$KBWIZ" export 1 -o "$TMP/missing/"
check "nothing was made for the missing directory" test ! -e "$TMP/missing"
expect_out "triage -o into a missing directory fails before the run" 5 \
	'cannot write there: .*/missing: no such directory' \
	"$KBWIZ" triage "$FIX" -o "$TMP/missing/t.txt"
# A directory the user may not write in (root may write anywhere: the
# command then runs as nobody on a copy of the store).
RO="$TMP/shared/ro"
mkdir -p "$RO"
chmod 711 "$TMP"
chmod 777 "$TMP/shared"
cp "$KBWIZ_DB" "$TMP/shared/kbwiz.db"
chmod 666 "$TMP/shared/kbwiz.db"
chmod 555 "$RO"
as_user=""
if [ "$(id -u)" = 0 ]; then
	if command -v setpriv >/dev/null 2>&1; then
		as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
	fi
fi
if [ "$(id -u)" != 0 ] || [ -n "$as_user" ]; then
	for target in "$RO" "$RO/r.md"; do
		expect_out "export -o $(basename "$target") in a directory not writable names it" 5 \
			"cannot write in directory .*/shared/ro: Permission denied" \
			$as_user "$KBWIZ" --db "$TMP/shared/kbwiz.db" export 1 -o "$target"
	done
	check "nothing was written in the directory" test -z "$(ls -A "$RO")"
else
	skip "export -o in a directory not writable" "running as root without setpriv"
fi
if [ -f "$H" ]; then
	mkdir "$TMP/regdir"
	expect_out "fix --reg-out DIR says it is a directory (not: --force replaces it)" 6 \
		'regdir: is a directory, not a regular file' \
		"$KBWIZ" fix --rule Q262832 --hive "$H" --reg-out "$TMP/regdir"
	check "the directory is left empty" test -z "$(ls -A "$TMP/regdir")"
fi
