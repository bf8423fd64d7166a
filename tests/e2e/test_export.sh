# test_export.sh: `kbwiz export` and `kbwiz history` through the real
# binary: the golden files, -o/--force, HTML parsed by real parsers and
# rendered by a browser, JSON checked with jq, history filters and CSV.
# The store is made by the unit test binary (test_report --make-fixture),
# which drives the session engine; SOURCE_DATE_EPOCH fixes "Generated".
. "$KBWIZ_SRC/tests/e2e/lib.sh"

GOLDEN="$KBWIZ_SRC/tests/golden"
MAKER="$KBWIZ_BUILD/tests/test_report"
export SOURCE_DATE_EPOCH=1795521600   # 2026-11-24T12:00:00Z, as in the golden files
FIX="$TMP/fixture"
mkdir -p "$FIX"
DB="$FIX/kbwiz.db"
jqcheck() { jq -e "$@" >/dev/null; }

if [ ! -x "$MAKER" ]; then
	skip "export e2e" "$MAKER not built (make $KBWIZ_BUILD/tests/test_report)"
	exit 0
fi
id=$(cd "$KBWIZ_SRC" && "$MAKER" --make-fixture "$FIX" 2>"$TMP/maker.err")
if [ "$id" != 1 ]; then
	fail "fixture session is built" "$(tail -5 "$TMP/maker.err")"
	exit 0
fi
pass "fixture session is built"

for f in md html json txt; do
	"$KBWIZ" --db "$DB" export 1 --format $f >"$TMP/out.$f" 2>"$TMP/err.$f"
	rc=$?
	if [ $rc -ne 0 ]; then
		fail "export --format $f" "exit $rc: $(head -3 "$TMP/err.$f")"
	elif cmp -s "$TMP/out.$f" "$GOLDEN/session-resolved.$f"; then
		pass "export --format $f matches tests/golden/session-resolved.$f"
	else
		fail "export --format $f matches tests/golden/session-resolved.$f" \
			"$(diff "$GOLDEN/session-resolved.$f" "$TMP/out.$f" | head -5)"
	fi
done

# Text wraps at 80 columns (counted in characters).
long=$(LC_ALL=C.UTF-8 awk 'length($0) > 80' "$TMP/out.txt" | head -1)
check "text report has no line over 80 columns" test -z "$long"

# -o: atomic write; refused over an existing file unless --force.
expect_out "export -o writes the file" 0 'wrote .*r.html' "$KBWIZ" --db "$DB" export 1 --format html -o "$TMP/r.html"
check "the written file is the report" cmp -s "$TMP/r.html" "$GOLDEN/session-resolved.html"
echo keep >"$TMP/keep.md"
expect_out "export -o refuses to overwrite" 6 'already exists' "$KBWIZ" --db "$DB" export 1 -o "$TMP/keep.md"
check "the refused file is unchanged" test "$(cat "$TMP/keep.md")" = keep
expect_out "export -o --force overwrites" 0 'wrote' "$KBWIZ" --db "$DB" export 1 -o "$TMP/keep.md" --force
check "the forced file is the report" cmp -s "$TMP/keep.md" "$GOLDEN/session-resolved.md"
mkdir "$TMP/outdir"
expect_out "export -o DIR uses the default name" 0 'kbwiz-session-1-NODE1-2026-11-24\.json' "$KBWIZ" --db "$DB" export 1 --format json -o "$TMP/outdir"
expect_out "export -o DIR/ names the file with one slash" 0 "wrote [^ ]*/outdir/kbwiz-session-1-" "$KBWIZ" --db "$DB" export 1 --format md -o "$TMP/outdir/"
check "the default-named file exists" test -s "$TMP/outdir/kbwiz-session-1-NODE1-2026-11-24.json"
expect_out "export of an unknown session is a usage error" 2 'no session 42' "$KBWIZ" --db "$DB" export 42
expect_out "export with a bad format is a usage error" 2 "unknown format 'pdf'" "$KBWIZ" --db "$DB" export 1 --format pdf
expect_out "export without a session is a usage error" 2 'needs a session number' "$KBWIZ" --db "$DB" export

# HTML: parsed without errors; self-contained.
if command -v xmllint >/dev/null 2>&1; then
	errs=$(xmllint --html --noout "$TMP/out.html" 2>&1)
	check "xmllint --html parses the report without errors" test -z "$errs"
else
	skip "xmllint parses the report" "xmllint not installed (libxml2-utils)"
fi
if command -v tidy >/dev/null 2>&1; then
	errs=$(tidy -errors -q "$TMP/out.html" 2>&1)
	check "tidy finds no errors or warnings in the report" test -z "$errs"
else
	skip "tidy finds no errors in the report" "tidy not installed"
fi
if grep -Eiq '<script|<link|<img|<iframe|src=|href=|https?://' "$TMP/out.html"; then
	fail "HTML report is self-contained" "$(grep -Eio '<script|<link|<img|<iframe|src=|href=|https?://' "$TMP/out.html" | head -3)"
else
	pass "HTML report is self-contained"
fi
check "HTML report has print styles" grep -q '@media print' "$TMP/out.html"
check "HTML marks failures with a word and a symbol" grep -q '✗</span> FAILED' "$TMP/out.html"

# Rendered once by a real browser.
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$chrome" ]; then
	prof=$(mktemp -d "$TMP/chrome.XXXXXX")
	timeout 120 "$chrome" --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run --user-data-dir="$prof" \
		--screenshot="$TMP/report.png" --window-size=1000,1400 "file://$TMP/out.html" \
		>"$TMP/chrome.log" 2>&1
	size=$(wc -c <"$TMP/report.png" 2>/dev/null || echo 0)
	if [ "$size" -gt 20000 ] && [ "$(head -c 8 "$TMP/report.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
		pass "chromium renders the HTML report ($size-byte PNG)"
	else
		fail "chromium renders the HTML report" "png $size bytes; $(tail -2 "$TMP/chrome.log")"
	fi
else
	skip "chromium renders the HTML report" "chromium not installed"
fi

# JSON: the schema's required fields and types.
J="$TMP/out.json"
check "JSON report is valid and names its schema" \
	test "$(jq -r .schema "$J")" = kbwiz-report/1
check "JSON report has the required fields with their types" jqcheck '
	(.generated_at|type=="string") and (.kbwiz_version|type=="string") and
	(.session.id|type=="number") and (.session.state=="resolved") and
	(.session.finished==true) and (.session.label=="NODE1") and
	(.rules|type=="array") and (.rules[0].content_hash|test("^[0-9a-f]{64}$")) and
	(.timeline|length>0) and (.timeline[0]|has("at") and has("step") and has("kind") and has("text")) and
	(.symptoms.candidates==["Q262832"]) and (.symptoms.questions|type=="array") and
	(.evidence|length==3) and (.evidence[0]|has("sha256") and has("size_bytes") and has("mtime")) and
	(.events[0].count|type=="number") and
	(.log_hits[0].hits[0].line|type=="number") and (.log_hits[0].hits[0].timestamp|type=="string") and
	(.registry_checks|map(select(.passed==false))|length==1) and
	(.registry_checks[0].expected|has("key") and has("value") and has("expect") and has("data")) and
	(.registry_checks[0].found|has("text") and has("detail") and has("control_set")) and
	(.diagnosis.diagnosed[0].rule=="Q262832") and (.diagnosis.not_applicable.count|type=="number") and
	(.remediation.steps|length>0) and (.remediation.steps[0].status=="done") and
	(.remediation.records|map(.kind)|index("fix-verify")!=null) and
	(.outcome.state=="resolved") and (.outcome.note|type=="string")' "$J"

# History.
expect_out "history lists the session" 0 '^ +1  2026-11-24 09:00  resolved +7  Q262832 +NODE1 \(A\. Tech\)' "$KBWIZ" --db "$DB" history
expect_out "history --outcome filters" 1 'no sessions match' "$KBWIZ" --db "$DB" history --outcome abandoned
expect_out "history --rule filters" 0 'NODE1' "$KBWIZ" --db "$DB" history --rule q262832
expect_out "history --since after the session finds none" 1 'no sessions match' "$KBWIZ" --db "$DB" history --since 2026-11-25
expect_out "history --until on its day finds it" 0 'NODE1' "$KBWIZ" --db "$DB" history --until 2026-11-24
expect_out "history --text searches the notes" 0 'NODE1' "$KBWIZ" --db "$DB" history --text monday
expect_out "history rejects a bad date" 2 'YYYY-MM-DD' "$KBWIZ" --db "$DB" history --since 24.11.2026
expect_out "history rejects a bad outcome" 2 "unknown outcome 'done'" "$KBWIZ" --db "$DB" history --outcome done
"$KBWIZ" --db "$DB" history --format csv >"$TMP/h.csv"
check "history CSV has the header and CRLF line ends" test "$(head -1 "$TMP/h.csv")" = "$(printf 'id,created,updated,technician,label,state,step,step_name,rule\r')"
check "history JSON is an array of sessions" jqcheck 'type=="array" and .[0].id==1 and .[0].state=="resolved" and .[0].rule=="Q262832"' \
	"$(sh -c '"$0" --db "$1" history --format json >"$2/h.json"; echo "$2/h.json"' "$KBWIZ" "$DB" "$TMP")"
