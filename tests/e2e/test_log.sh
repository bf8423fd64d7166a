# test_log.sh: `kbwiz log`, the context view of a log hit on the command
# line: the lines around a line agree with sed, the lines holding a text
# with grep -n -i -F (in UTF-8 and UTF-16LE logs), untrusted bytes are
# made visible, bad input is named.
. "$KBWIZ_SRC/tests/e2e/lib.sh"

log="$TMP/cluster.log"
"$TOOLS/mkclusterlog" --size 2M --form 2008 --crlf --scenario q262832 --seed 3 -o "$log"

# The lines around line 5000, as sed prints them (CR dropped).
"$KBWIZ" log "$log" --line 5000 --context 3 >"$TMP/out" 2>&1
sed -n '2,$p' "$TMP/out" | sed 's/^[ >]*[0-9]*  //' >"$TMP/ours"
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
"$KBWIZ" log "$TMP/u16.log" --grep "cdp" --max 0 | grep '^>' | sed 's/^> *//; s/^\([0-9]*\)  /\1:/' >"$TMP/a"
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
expect_out "log --line not a number is a usage error" 2 "not a number" "$KBWIZ" log "$log" --line x
expect_out "log without a file is a usage error" 2 "give the log file" "$KBWIZ" log
