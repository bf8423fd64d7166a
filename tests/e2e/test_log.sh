# test_log.sh: `kbwiz log`, the context view of a log hit on the command
# line: the lines around a line agree with sed, the lines holding a text
# with grep -n -i -F (in UTF-8 and UTF-16LE logs), untrusted bytes are
# made visible, bad input is named.
. "$KBWIZ_SRC/tests/e2e/lib.sh"

log="$TMP/cluster.log"
"$TOOLS/mkclusterlog" --size 2M --form 2008 --crlf --scenario q262832 --seed 3 -o "$log"

# The lines around line 5000, as sed prints them (CR dropped); JSON holds
# them whole (the table wraps them at 80 columns).
"$KBWIZ" log "$log" --line 5000 --context 3 --format json >"$TMP/out" 2>&1
python3 -c 'import json,sys; [print(l["text"]) for l in json.load(open(sys.argv[1]))["shown"]]' \
	"$TMP/out" >"$TMP/ours"
sed -n '4997,5003p' "$log" | tr -d '\r' >"$TMP/sed"
if cmp -s "$TMP/ours" "$TMP/sed"; then pass "log --line 5000 --context 3 shows sed's lines 4997-5003"
else fail "log --line 5000 --context 3 shows sed's lines 4997-5003" "$(diff "$TMP/ours" "$TMP/sed" | head -3)"; fi
expect_out "log marks the line asked for" 0 '^> *5000  ' "$KBWIZ" log "$log" --line 5000 --context 1

# --grep: the hit lines are grep's, numbers and all.
"$KBWIZ" log "$log" --grep "status 1720" --max 0 | grep '^>' | sed 's/^>\([0-9]*\) .*/\1/' | tr -d ' ' >"$TMP/ours"
LC_ALL=C grep -n -i -F "status 1720" "$log" | cut -d: -f1 >"$TMP/grep"
if [ -s "$TMP/grep" ] && cmp -s "$TMP/ours" "$TMP/grep"; then pass "log --grep finds grep -n -i -F's lines"
else fail "log --grep finds grep -n -i -F's lines" "$(wc -l <"$TMP/ours") against $(wc -l <"$TMP/grep")"; fi

LC_ALL=C grep -n -i -F "apiopenresource" "$log" | cut -d: -f1 >"$TMP/many"
expect_out "log --grep --backward from the end finds the last hit" 0 "^> *$(tail -1 "$TMP/many")  " \
	"$KBWIZ" log "$log" --grep "APIOPENRESOURCE" --backward --max 1
expect_out "log --grep --line N starts after N" 0 "^> *$(sed -n 3p "$TMP/many")  " \
	"$KBWIZ" log "$log" --grep "apiopenresource" --line "$(sed -n 2p "$TMP/many")" --max 1
expect_out "log --grep with nothing found exits 1" 1 "no line holds" \
	"$KBWIZ" log "$log" --grep "no such words anywhere"

# UTF-16LE with a BOM: the lines iconv decodes.
"$TOOLS/mkclusterlog" --size 512K --encoding utf16le --crlf --scenario q262832 --seed 3 -o "$TMP/u16.log"
"$KBWIZ" log "$TMP/u16.log" --grep "cdp" --max 0 --format json | python3 -c '
import json, sys
for hit in json.load(sys.stdin)["hits"]:
    for l in hit:
        if l["hit"]:
            print("%d:%s" % (l["line"], l["text"]))' >"$TMP/a"
iconv -f UTF-16LE -t UTF-8 "$TMP/u16.log" | sed '1s/^\xEF\xBB\xBF//' | tr -d '\r' | grep -n -i -F "cdp" >"$TMP/b"
if [ -s "$TMP/a" ] && cmp -s "$TMP/a" "$TMP/b"; then pass "log reads UTF-16LE as iconv decodes it"
else fail "log reads UTF-16LE as iconv decodes it" "$(diff "$TMP/a" "$TMP/b" | head -3)"; fi

# Untrusted text: an escape sequence is shown, never sent.
printf 'one\n\033]0;owned\007two\n' >"$TMP/esc.log"
OUT=$("$KBWIZ" log "$TMP/esc.log" --line 2 2>&1)
if printf '%s' "$OUT" | grep -q "$(printf '\033')"; then fail "log makes escapes visible" "raw ESC in output"
elif printf '%s' "$OUT" | grep -qF '\x1b]0;owned\x07two'; then pass "log makes escapes visible"
else fail "log makes escapes visible" "$OUT"; fi

# JSON
"$KBWIZ" log "$log" --grep "apiopenresource" --context 1 --max 2 --format json >"$TMP/j" 2>&1
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["lines"]>0 and len(d["hits"])==2 and any(l["hit"] for l in d["hits"][0])' "$TMP/j" 2>/dev/null
then pass "log --format json lists the hits with their context"; else fail "log --format json" "$(head -5 "$TMP/j")"; fi

# Bad input
expect_out "log of a missing file names it, exit 5" 5 "nope.log" "$KBWIZ" log "$TMP/nope.log"
expect_out "log of a directory says so, exit 3 (as diagnose --log)" 3 "not a regular file" "$KBWIZ" log "$TMP"
expect_out "log --line past the end says so" 1 "past the end" "$KBWIZ" log "$TMP/esc.log" --line 9
expect_out "log --line 0 is a usage error: lines start at 1" 2 "line 0: lines are numbered from 1" \
	"$KBWIZ" log "$TMP/esc.log" --line 0
expect_out "log --grep from past the end says so" 1 "line 9 is past the end \(2 lines\)" \
	"$KBWIZ" log "$TMP/esc.log" --grep one --line 9
expect_out "log --grep --backward from past the end says so" 1 "line 9 is past the end \(2 lines\)" \
	"$KBWIZ" log "$TMP/esc.log" --grep one --line 9 --backward
expect_out "log --grep --backward from line 1 says nothing is before it" 1 "nothing before line 1, the first line" \
	"$KBWIZ" log "$TMP/esc.log" --grep one --line 1 --backward
expect_out "log --backward without --grep is a usage error" 2 "backward searches back with --grep" \
	"$KBWIZ" log "$TMP/esc.log" --backward

# A long line wraps at 80 columns, its rows indented under the text,
# nothing cut; the escapes in it are made visible before it is wrapped.
printf 'short\n' >"$TMP/long.log"
i=0; while [ $i -lt 30 ]; do printf 'word%02d ' $i; i=$((i + 1)); done >>"$TMP/long.log"
printf 'end\033[2J\n' >>"$TMP/long.log"
"$KBWIZ" log "$TMP/long.log" --line 2 >"$TMP/wrapped" 2>&1
long=$(awk 'length($0) > 80' "$TMP/wrapped" | head -1)
check "log: no row of a long line is over 80 columns" test -z "$long"
# Two lines: the numbers take one column, the text starts at column 5.
rows=$(sed -n '/^>2  /,$p' "$TMP/wrapped")
if [ "$(printf '%s\n' "$rows" | wc -l)" -ge 3 ] &&
	[ "$(printf '%s\n' "$rows" | sed -n '2,$p' | grep -vc '^    [^ ]')" -eq 0 ]; then
	pass "log: a long line's rows are indented under its text"
else
	fail "log: a long line's rows are indented under its text" "$rows"
fi
joined=$(printf '%s\n' "$rows" | sed 's/^>2  //; s/^    //' | tr '\n' ' ' | sed 's/ $//')
want="$(sed -n 2p "$TMP/long.log" | sed 's/\x1b/\\x1b/')"
if [ "$joined" = "$want" ]; then pass "log: a wrapped line loses nothing, escapes made visible"
else fail "log: a wrapped line loses nothing, escapes made visible" "$joined"; fi
expect_out "log --line not a number is a usage error" 2 "not a number" "$KBWIZ" log "$log" --line x
expect_out "log without a file is a usage error" 2 "give the log file" "$KBWIZ" log
