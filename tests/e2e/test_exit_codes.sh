# test_exit_codes.sh: the same problem with an input path gives the same
# message and exit status in every command (kbwiz(1)): a missing file 5,
# a directory where a file is wanted 3 (pointing to --root), a missing
# volume 5 ("no such directory"), a file given as the volume 3.
. "$KBWIZ_SRC/tests/e2e/lib.sh"

export KBWIZ_DB="$TMP/store.db"
missing="$TMP/no-such-file"
dir="$TMP/a-directory"
mkdir "$dir"
printf 'plain text\n' >"$TMP/plain.txt"

for cmd in "diagnose --hive" "services --hive" "hive info" "fix --rule Q262832 --hive" "events --events"; do
	# shellcheck disable=SC2086
	expect_out "$cmd: a missing file is exit 5" 5 "no-such-file: (no such file|No such file)" \
		"$KBWIZ" $cmd "$missing"
	# shellcheck disable=SC2086
	expect_out "$cmd: a directory is exit 3 and points to --root" 3 \
		'a-directory: not a regular file \(a directory: for a mounted Windows volume use --root\)' \
		"$KBWIZ" $cmd "$dir"
done
for cmd in diagnose services events; do
	expect_out "$cmd --root: a missing volume is exit 5, 'no such directory'" 5 \
		'no-such-file: no such directory \(expected a mounted Windows system volume\)' \
		"$KBWIZ" $cmd --root "$missing"
	expect_out "$cmd --root: a file as the volume is exit 3 and names the file options" 3 \
		'plain.txt: not a directory \(.*--hive, --log or --events\)' \
		"$KBWIZ" $cmd --root "$TMP/plain.txt"
done
