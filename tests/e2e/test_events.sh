# test_events.sh: `kbwiz events` over generated .evt files (merged, in
# time order, filtered, message references explained; CSV and JSON), and
# per-ID counts on the real System.evtx and SysEvent.Evt against
# evtxexport and evtexport when ../shared/testdata is present.
. "$KBWIZ_SRC/tests/e2e/lib.sh"
FIX="$KBWIZ_SRC/tests/fixtures"

"$TOOLS/mkevt" "$FIX/events/cluster-node-7023.spec" "$TMP/node1.evt" >/dev/null
cat >"$TMP/node2.spec" <<'X'
2002-06-11 09:30:00|7000|error|Service Control Manager|NODE2|Computer Browser|%%1058
2002-06-11 10:15:35|7001|error|Service Control Manager|NODE2|Workstation|Computer Browser|%%1068
2002-06-11 10:15:36|1111|warning|=HYPERLINK("x")|NODE2|a,b|say "hi"
2002-06-12 08:00:00|17|information|Esc|NODE2|bad\033[2Jterm
X
# mkevt reads \033 as it is: put a real ESC in.
printf '%s\n' "$(cat "$TMP/node2.spec")" | sed 's/\\033/\x1b/' >"$TMP/node2b.spec"
"$TOOLS/mkevt" "$TMP/node2b.spec" "$TMP/node2.evt" >/dev/null

E="$KBWIZ events --events $TMP/node1.evt --events $TMP/node2.evt"
expect_out "two logs as one list, counted" 0 '^15 of 15 events from 2 files$' $E
OUT=$($E)
if printf '%s\n' "$OUT" | grep -E '^[0-9]{4}-' | cut -c1-16 | sort -c 2>/dev/null; then
	pass "the merged list is in time order"
else
	fail "the merged list is in time order" "$(printf '%s\n' "$OUT" | head -5)"
fi
if printf '%s\n' "$OUT" | awk 'length($0) > 80 { bad = 1 } END { exit bad }'; then
	pass "the table fits 80 columns"
else
	fail "the table fits 80 columns" "$(printf '%s\n' "$OUT" | awk 'length($0) > 80' | head -2)"
fi
expect_out "a message reference a rule knows is explained" 0 \
	'^    %%1720 = error 1720 \(as worded in Q262832\): The endpoint cannot be created$' $E
expect_out "a system error code is explained as Windows' text" 0 \
	'^    %%1058 = error 1058 \(Windows system error text\): The service cannot be st' $E
expect_out "--id filters" 0 '^2 of 15 events from 2 files$' $E --id 7000,7023
expect_out "--source filters on part of the source" 0 '^1 of 15 events' $E --source esc
expect_out "--level filters" 0 '^3 of 15 events' $E --level error
expect_out "--level takes a list" 0 '^4 of 15 events' $E --level error,warning
expect_out "--since and --until bound the time" 0 '^3 of 15 events' \
	$E --since '2002-06-11 09:00' --until '2002-06-11 10:15:00'
expect_out "--until a minute takes the whole minute" 0 '^9 of 15 events' \
	$E --since '2002-06-11 09:00' --until '2002-06-11 10:15'
expect_out "--until a date takes the whole day" 0 '^14 of 15 events' $E --until 2002-06-11
expect_out "--text needs every word" 0 '^1 of 15 events' $E --text 'browser 1058'
expect_out "nothing selected exits 1" 1 '^0 of 15 events' $E --id 1
expect_out "control characters are made visible" 0 'bad\\x1b\[2Jterm' $E --source esc
expect_out "a bad level is a usage error" 2 "unknown level 'fatal'" $E --level fatal
expect_out "a bad time is a usage error" 2 "--since wants a UTC time" $E --since yesterday
expect_out "a bad id is a usage error" 2 "--id wants event IDs" $E --id 70000
expect_out "CSV quotes per RFC 4180 and guards formulas" 0 \
	"^2002-06-11T10:15:36Z,node2,\"'=HYPERLINK\(\"\"x\"\"\)\",1111,warning,NODE2,3,no,[^,]*node2\.evt,\"a,b \| say \"\"hi\"\"\"," \
	$E --format csv
if $E --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert len(d["files"]) == 2 and all(f["ok"] for f in d["files"])
e = [x for x in d["events"] if x["event_id"] == 7000][0]
assert e["strings"] == ["Computer Browser", "%%1058"], e
assert e["raw_identifier"] == 0xC0001B58, e["raw_identifier"]
r = e["message_refs"][0]
assert r["code"] == 1058 and r["from"] == "Windows system error text", r
assert d["events"][0]["time"] == "2002-06-10T18:02:11Z"
' 2>"$TMP/py.err"; then pass "JSON reads back"; else fail "JSON reads back" "$(cat "$TMP/py.err")"; fi

# A file that is not an event log is named; the others are still listed.
printf 'this is not a log at all\n' >"$TMP/junk.evt"
expect_out "a bad file is named, exit 3" 3 "junk\.evt" $E --events "$TMP/junk.evt"
expect_out "the good files are still listed" 3 '^15 of 15 events from 3 files$' $E --events "$TMP/junk.evt"
expect_out "no logs given is a usage error" 2 "give event logs" "$KBWIZ" events

# --root: the logs a volume holds.
mkdir -p "$TMP/vol/WINNT/system32/config"
cp "$TMP/node1.evt" "$TMP/vol/WINNT/system32/config/SysEvent.Evt"
expect_out "--root finds SysEvent.Evt" 0 '^11 of 11 events from 1 file$' "$KBWIZ" events --root "$TMP/vol"

# Real logs: the count of each event ID agrees with libevt/libevtx's own tools.
count_ids() {   # tool output on stdin -> "id count" lines
	sed -n 's/^Event identifier[^:]*: 0x\([0-9a-fA-F]*\).*/\1/p' |
		while read -r hex; do echo $(( 0x$hex & 0xFFFF )); done | sort -n | uniq -c |
		awk '{ print $2, $1 }'
}
kbwiz_ids() {
	"$KBWIZ" events --events "$1" --format json |
		python3 -c 'import json,sys,collections
c = collections.Counter(e["event_id"] for e in json.load(sys.stdin)["events"])
for k in sorted(c): print(k, c[k])'
}
for pair in "evtx/system.evtx:evtxexport" "evt/SysEvent.Evt:evtexport -m all"; do
	f="$SHARED/testdata/${pair%%:*}" tool=${pair#*:}
	name="real ${pair%%:*}: events per ID agree with ${tool%% *}"
	if [ ! -r "$f" ]; then
		skip "$name" "no $f"
	elif ! command -v "${tool%% *}" >/dev/null; then
		skip "$name" "${tool%% *} not installed"
	else
		$tool "$f" 2>/dev/null | count_ids >"$TMP/want"
		kbwiz_ids "$f" >"$TMP/got"
		if [ -s "$TMP/want" ] && cmp -s "$TMP/want" "$TMP/got"; then
			pass "$name ($(awk '{ s += $2 } END { print s }' "$TMP/got") events, $(wc -l <"$TMP/got") IDs)"
		else
			fail "$name" "$(diff "$TMP/want" "$TMP/got" | head -5)"
		fi
	fi
done
