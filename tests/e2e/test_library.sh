#!/bin/sh
# test_library.sh: `kbwiz kb library ...` end to end: the real articles of
# ../shared/kb-articles added, searched and shown; re-adding skips them;
# a bad file is reported and listed without stopping the add; show
# sanitizes what it prints.
. "$(dirname "$0")/lib.sh"

ARTICLES="$SHARED/kb-articles"
if [ ! -x "$KBWIZ" ]; then
	skip library "$KBWIZ not built"
	exit 0
fi
if ! "$KBWIZ" kb library >/dev/null 2>&1 && \
   "$KBWIZ" kb library 2>&1 | grep -q "unknown kb command"; then
	skip library "kb library is not wired into this kbwiz yet"
	exit 0
fi

if [ -d "$ARTICLES" ]; then
	expect_out "library add the real articles" 0 \
		'library: [0-9]+ files .* 23 added' "$KBWIZ" kb library add "$ARTICLES"
	expect_out "library search 7023 finds Q262832" 0 'Q262832' \
		"$KBWIZ" kb library search 7023
	OUT=$("$KBWIZ" kb library search 7023 2>&1)
	if printf '%s\n' "$OUT" | head -1 | grep -q 'Q262832'; then
		pass "library search 7023 ranks Q262832 first"
	else
		fail "library search 7023 ranks Q262832 first" "$(printf '%s' "$OUT" | head -3)"
	fi
	expect_out "library show Q262832 prints it" 0 \
		'TITLE +:Cluster Service Does Not Start with Event ID 7023' \
		"$KBWIZ" kb library show Q262832
	expect_out "library show takes the number alone" 0 'DOCUMENT:Q262832' \
		"$KBWIZ" kb library show 262832
	expect_out "library search by words" 0 'Q262832' \
		"$KBWIZ" kb library search endpoint cannot be created
	expect_out "library search with FTS syntax is safe" 0 'Q262832' \
		"$KBWIZ" kb library search '"endpoint" AND (created*'
	expect_out "library re-add skips unchanged files" 0 '0 added, 0 updated, 2[0-9] unchanged' \
		"$KBWIZ" kb library add "$ARTICLES"
	expect_out "library list" 0 'Q262832 +2002-06-11 +Cluster Service' \
		"$KBWIZ" kb library list
	expect_out "library stats" 0 'articles: +23' "$KBWIZ" kb library stats
else
	skip "library real articles" "$ARTICLES not present"
fi

# Bad files: reported, listed, never stopping the add; text shown safely.
mkdir -p "$TMP/lib"
printf 'DOCUMENT:Q999001  01-JAN-2000  [test]\r\nTITLE   :Made-up \033[31mEscape\033[0m Article\r\nPRODUCT :Test\r\n\r\nSYMPTOMS\r\n========\r\n\r\nThe made-up zorblax service fails with \033]0;pwned\007 event 4242.\r\n' \
	>"$TMP/lib/Q999001.TXT"
head -c 2048 /dev/urandom >"$TMP/lib/binary.TXT"
truncate -s 1G "$TMP/lib/huge.TXT"
ln -s . "$TMP/lib/loop"
mkfifo "$TMP/lib/pipe.TXT"
expect_out "library add reports bad files and goes on" 0 \
	'1 added.*4 problems' "$KBWIZ" kb library add "$TMP/lib"
expect_out "library add names the reason" 0 'huge.TXT: too large for an article' \
	"$KBWIZ" kb library add "$TMP/lib"
expect_out "library problems lists them" 0 'binary.TXT: binary data' \
	"$KBWIZ" kb library problems
expect_out "library search finds the made-up article" 0 'Q999001' \
	"$KBWIZ" kb library search zorblax
OUT=$("$KBWIZ" kb library show Q999001 2>&1)
if printf '%s' "$OUT" | grep -q "$(printf '\033')"; then
	fail "library show sanitizes escapes" "raw ESC in the output"
elif printf '%s' "$OUT" | grep -q 'x1b\[31m'; then
	pass "library show sanitizes escapes"
else
	fail "library show sanitizes escapes" "$(printf '%s' "$OUT" | head -3)"
fi
expect_out "library show of an unknown id" 1 'no article' "$KBWIZ" kb library show Q1
expect_out "library search with nothing found" 1 'no library article matches' \
	"$KBWIZ" kb library search qwertyuiopzxcv
expect_out "library remove by id" 0 '1 articles removed' \
	"$KBWIZ" kb library remove Q999001
expect_out "library add of a missing path" 1 'no-such' \
	"$KBWIZ" kb library add "$TMP/no-such"
exit 0
