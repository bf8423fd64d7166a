# test_kb_import.sh: `kbwiz kb import` through the real binary: the real
# articles in ../shared/kb-articles import to drafts that `kb check`
# accepts except for their review items and that keep the articles'
# facts; bad input is refused by name and writes nothing.
. "$KBWIZ_SRC/tests/e2e/lib.sh"

FIX="$KBWIZ_SRC/tests/fixtures/articles"
ARTICLES="$SHARED/kb-articles"

# ---- the command itself, on our own fixtures --------------------------------
mkdir "$TMP/out"
expect_out "import writes QNNNNNN.yaml in -o DIR" 0 'Q900001.yaml: draft with 1 event' \
	"$KBWIZ" kb import -o "$TMP/out" "$FIX/Q900001.txt"
check "the draft file exists" test -s "$TMP/out/Q900001.yaml"
expect_out "an existing draft is not overwritten" 6 'already exists; not overwritten' \
	"$KBWIZ" kb import -o "$TMP/out" "$FIX/Q900001.txt"
expect_out "--force overwrites" 0 'Q900001.yaml: draft' \
	"$KBWIZ" kb import --force -o "$TMP/out" "$FIX/Q900001.txt"
(cd "$TMP/out" && "$KBWIZ" kb import "$FIX/Q900002.txt" >/dev/null 2>&1)
check "the default output directory is the current one" test -s "$TMP/out/Q900002.yaml"
expect_out "--stdout prints the draft" 0 "^id: 'Q900003'" "$KBWIZ" kb import --stdout "$FIX/Q900003.txt"
expect_out "no file is a usage error" 2 'usage: kbwiz kb import' "$KBWIZ" kb import
expect_out "-o and --stdout together are a usage error" 2 'exclude each other' \
	"$KBWIZ" kb import --stdout -o "$TMP/out" "$FIX/Q900001.txt"
expect_out "kb check lists the review items of a draft and exits 3" 3 'draft: [0-9]+ item\(s\) to review' \
	"$KBWIZ" kb check "$TMP/out/Q900001.yaml"

# ---- bad input: a clear message naming the file, non-zero, nothing written ---
mkdir "$TMP/bad"
cp "$FIX/not-an-article.txt" "$FIX/truncated.txt" "$TMP/bad/"
printf 'DOCUMENT:Q900010  01-JAN-2001  [x]\nTITLE   :nul \000 here\n\nSYMPTOMS\n' >"$TMP/bad/nul.txt"
head -c 3000 /dev/urandom | tr -d '\n' >"$TMP/bad/random.bin"
printf 'x\000' >>"$TMP/bad/random.bin"
: >"$TMP/bad/empty.txt"
for f in not-an-article.txt truncated.txt nul.txt random.bin empty.txt; do
	case $f in
	not-an-article.txt) want='not a KB article: no DOCUMENT: header' ;;
	truncated.txt) want='truncated: ends inside the header' ;;
	nul.txt) want='binary data at byte 48' ;;
	random.bin) want='binary data at byte|not a KB article' ;;
	empty.txt) want='not a KB article: the file is empty' ;;
	esac
	mkdir "$TMP/bad-out-$f"
	expect_out "bad input $f is refused with a clear message" 3 "$f: ($want)" \
		"$KBWIZ" kb import -o "$TMP/bad-out-$f" "$TMP/bad/$f"
	if [ -z "$(ls -A "$TMP/bad-out-$f")" ]; then
		pass "bad input $f writes nothing"
	else
		fail "bad input $f writes nothing" "$(ls "$TMP/bad-out-$f")"
	fi
done
expect_out "a missing file exits 5" 5 'nope.txt: No such file' "$KBWIZ" kb import --stdout "$TMP/nope.txt"

# Odd but valid encodings import like the plain file.
mkdir "$TMP/enc"
sed 's/$/\r/' "$FIX/Q900001.txt" >"$TMP/enc/crlf.txt"
if command -v iconv >/dev/null 2>&1; then
	{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$FIX/Q900001.txt"; } >"$TMP/enc/utf16.txt"
else
	cp "$TMP/enc/crlf.txt" "$TMP/enc/utf16.txt"
fi
sed 's/spool folder/spool f\xf6lder/' "$FIX/Q900001.txt" >"$TMP/enc/cp1252.txt"
{ head -20 "$FIX/Q900001.txt"; head -c 1048576 /dev/zero | tr '\000' 'y'; printf '\n'; tail -n +21 "$FIX/Q900001.txt"; } >"$TMP/enc/longline.txt"
# (cite: lines aside: longline.txt has one line more, so its lines move.)
"$KBWIZ" kb import --stdout "$FIX/Q900001.txt" 2>/dev/null | sed -n '/^checks:/,/^remediation:/p' | grep -v '^    cite:' >"$TMP/enc/plain.checks"
for f in crlf.txt utf16.txt cp1252.txt longline.txt; do
	out=$("$KBWIZ" kb import --stdout "$TMP/enc/$f" 2>"$TMP/enc/$f.err"); rc=$?
	if [ "$rc" -ne 0 ]; then
		fail "$f imports" "exit $rc: $(cat "$TMP/enc/$f.err")"
	elif [ "$(printf '%s\n' "$out" | sed -n '/^checks:/,/^remediation:/p' | grep -v '^    cite:')" = "$(cat "$TMP/enc/plain.checks")" ]; then
		pass "$f imports with the same checks as the plain file"
	else
		fail "$f imports with the same checks as the plain file" "checks differ"
	fi
done

# ---- every real article ------------------------------------------------------
if [ ! -d "$ARTICLES" ]; then
	skip "real articles import" "$ARTICLES absent (the real articles live in ../shared/kb-articles)"
	exit 0
fi
mkdir "$TMP/drafts"
n=0
for art in "$ARTICLES"/Q*.txt; do
	name=$(basename "$art" .txt)
	draft="$TMP/drafts/$name.yaml"
	if ! "$KBWIZ" kb import -o "$TMP/drafts" "$art" >/dev/null 2>"$TMP/imp.err"; then
		fail "$name imports" "$(cat "$TMP/imp.err")"
		continue
	fi
	n=$((n + 1))
	"$KBWIZ" kb check "$draft" >/dev/null 2>"$TMP/check.err"; rc=$?
	other=$(grep -v -E "^kbwiz: .*$name\.yaml:[0-9]+:1: review|^kbwiz: .*$name\.yaml: draft: [0-9]+ item\(s\) to review$|^kbwiz: 1 of 1 files have errors$" "$TMP/check.err")
	if [ "$rc" -eq 3 ] && [ -z "$other" ]; then
		pass "$name: kb check accepts the draft but for its review items"
	else
		fail "$name: kb check accepts the draft but for its review items" "rc=$rc: $other"
	fi
	# The article's facts, as the article writes them, must all be in
	# the draft (in a field or in a review note).
	tr -d '\r' <"$art" >"$TMP/art.txt"
	missing=""
	for id in $(sed -n 's/^ *Event ID *[:=] *\([0-9][0-9]*\).*/\1/p' "$TMP/art.txt" | sort -u); do
		grep -q "event $id\|id: $id\$\|event-$id" "$draft" || missing="$missing event:$id"
	done
	for code in $(sed -n 's/^  *Error \(0x[0-9A-Fa-f]*\|[0-9][0-9]*\)[: ].*/\1/p' "$TMP/art.txt" | sort -u); do
		grep -q -- "$code" "$draft" || missing="$missing error:$code"
	done
	# Key paths: the part of the first line before any space, with the
	# root as the rule writes it.
	sed -n 's/^ *\(- \)\{0,1\}\\\{0,1\}HKEY_LOCAL_MACHINE\(\\[^ ]*\).*/HKLM\2/p' "$TMP/art.txt" |
		sed 's/[.,]*$//' | sort -u >"$TMP/keys"
	while IFS= read -r k; do
		grep -qiF -- "$k" "$draft" || missing="$missing key:$k"
	done <"$TMP/keys"
	sed -n 's/^ *Value Name *: *\(.*[^ ]\) *$/\1/p' "$TMP/art.txt" | sort -u >"$TMP/values"
	while IFS= read -r v; do
		grep -qF -- "$v" "$draft" || missing="$missing value:$v"
	done <"$TMP/values"
	sed -n 's/^  *\(\[[A-Za-z0-9_]*\] .*[^ ]\) *$/\1/p' "$TMP/art.txt" | grep -v '^\[HKEY' >"$TMP/loglines"
	while IFS= read -r l; do
		grep -qF -- "$l" "$draft" || missing="$missing log:$l"
	done <"$TMP/loglines"
	if [ -z "$missing" ]; then
		pass "$name: the draft keeps the article's events, errors, keys, values and log lines"
	else
		fail "$name: the draft keeps the article's events, errors, keys, values and log lines" "missing$missing"
	fi
done
check "every real article was imported" test "$n" -gt 0

# Facts the importer places carry the article line they came from.
expect_out "a draft cites the article lines of the facts it placed" 0 '^    cite: [0-9]+' \
	"$KBWIZ" kb import --stdout "$FIX/Q900001.txt"
