# test_kb_verify.sh: `kbwiz kb verify` checks every cited fact of the rules
# against its article's lines: a small rule and article of our own for each
# behaviour, then every curated rule in kb/ against the real articles in
# ../shared (skipped with a SKIP line when they are absent).
. "$KBWIZ_SRC/tests/e2e/lib.sh"

# An article in the classic form, written for this test.
mkdir -p "$TMP/arts" "$TMP/kb/tests"
printf '%s\r\n' \
	'DOCUMENT:Q900001  01-JAN-2001  [winnt]' \
	'TITLE   :Widget Service Does Not Start' \
	'PRODUCT :Microsoft Windows NT' \
	'PROD/VER::4.0' \
	'OPER/SYS:' \
	'KEYWORDS:kbtest' \
	'' \
	'======================================================================' \
	'SYMPTOMS' \
	'========' \
	'' \
	'   Event ID: 7023' \
	'   Source: Service Control Manager' \
	'   Description: The Widget service terminated with the following error:' \
	'   The endpoint cannot be created' \
	'' \
	' - HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\Widget\Setup' \
	'   Long Name' \
	'' \
	'   Value Name: Start' \
	'   Data Type: REG_DWORD' \
	'   Data: 3' \
	'' \
	'======================================================================' \
	'Keywords          : kbtest' >"$TMP/arts/Q900001.txt"

write_rule() { # write_rule SOURCE START: the rule with these two facts
	cat >"$TMP/kb/Q900001.yaml" <<EOF
id: Q900001
article: Q900001
title: Widget does not start
published: 2001-01-01
products: [{name: Windows NT Server}]
symptoms:
  - id: ev
    cite: 12-15
    event: {log: System, id: 7023, source: $1, error: 1720}
cause-inferred: "our reading"
cause: The widget key is bad.
checks:
  - id: start
    cite: 17-22
    key: 'HKLM\SYSTEM\CurrentControlSet\Services\Widget\Setup Long Name'
    value: Start
    type: REG_DWORD
    expect: equals
    data: $2
remediation:
  - id: fix
    registry: {check: start, action: set-value}
    cite: 20-22
references: [Q900001]
EOF
}
kbv() { env KBWIZ_KB_DIR="$TMP/kb" "$KBWIZ" --db "$TMP/v.db" "$@"; }

write_rule "Service Control Manager" 3
rm -f "$TMP/v.db"
expect_out "kb verify passes a rule whose cited lines hold its facts" 0 \
	'1 rule\(s\) checked, 0 with problems' kbv kb verify --articles "$TMP/arts"
expect_out "an id after --articles is an id, not a path" 0 \
	'1 rule\(s\) checked, 0 with problems' kbv kb verify --articles "$TMP/arts" Q900001
expect_out "kb verify reads an article given as a file" 0 \
	'0 mismatch' kbv kb verify Q900001 --articles "$TMP/arts/Q900001.txt"

write_rule "Service Control Mgr" 4
rm -f "$TMP/v.db"
expect_out "a wrong source names file, line, field and both sides" 3 \
	'Q900001\.yaml:7: symptoms\[0\]\.event\.source: article line 12 says "Event ID: 7023", rule says "Service Control Mgr"' \
	kbv kb verify --articles "$TMP/arts"
expect_out "wrong data is reported" 3 \
	'Q900001\.yaml:13: checks\[0\]\.data: article line 17 says .*rule says "4"' \
	kbv kb verify --articles "$TMP/arts"

# Our words for a cited fact say only what its lines say: a reason and a
# service name the lines do not hold are reported, the same words marked
# inferred are not.
write_rule "Service Control Manager" 3
sed -i 's/^references:/  - id: planted\n    cite: 12-15\n    manual: Restart it, because the Spooler hangs.\nreferences:/' "$TMP/kb/Q900001.yaml"
rm -f "$TMP/v.db"
expect_out "a cited step that adds a reason is reported" 3 \
	'Q900001\.yaml:[0-9]+: remediation\[1\]: says "because" \(a reason or consequence\), which article lines 12-15 do not say' \
	kbv kb verify --articles "$TMP/arts"
expect_out "a cited step that adds a name is reported" 3 \
	'remediation\[1\]: says "Spooler" \(a name\)' kbv kb verify --articles "$TMP/arts"
sed -i 's/^    cite: 12-15$/    inferred: "our advice"/' "$TMP/kb/Q900001.yaml"
rm -f "$TMP/v.db"
expect_out "the same step marked inferred passes" 0 \
	'1 rule\(s\) checked, 0 with problems' kbv kb verify --articles "$TMP/arts"

write_rule "Service Control Manager" 3
sed -i '/^    cite: 20-22$/d' "$TMP/kb/Q900001.yaml"
rm -f "$TMP/v.db"
expect_out "a fact with neither cite nor inferred fails" 3 \
	"remediation\[0\]: neither 'cite' \(the article's lines\) nor 'inferred'" \
	kbv kb verify --articles "$TMP/arts"

write_rule "Service Control Manager" 3
rm -f "$TMP/v.db"
expect_out "an article found nowhere is named" 3 \
	'Q900001: article not found \(give it with --articles' kbv kb verify --articles "$TMP/kb"
expect_out "an unknown rule id is a usage error" 2 "no rule 'Q1' in the store" kbv kb verify Q1
expect_out "an unknown option is a usage error" 2 "unknown option '--article'" kbv kb verify --article x
kbv kb library add "$TMP/arts" >/dev/null 2>&1
expect_out "without --articles the article library is read" 0 \
	'1 rule\(s\) checked, 0 with problems' kbv kb verify

sed 's/^    cite: 12-15$/    cite: 15-12/' "$TMP/kb/Q900001.yaml" >"$TMP/bad.yaml"
expect_out "kb check names a bad cite by file:line:column" 3 \
	'bad\.yaml:8:11: symptoms\[0\]\.cite: expected a range that goes up \(12-15\), found 15-12' \
	"$KBWIZ" kb check "$TMP/bad.yaml"

expect_out "kb show tells the article's lines from kbwiz's own words" 0 \
	"\[kbwiz's advice, not in Q262832: the article does not say to restart" \
	"$KBWIZ" kb show Q262832
expect_out "kb show gives a fact's article lines" 0 '\[Q262832, lines 65-69\]' "$KBWIZ" kb show Q262832

# Every curated rule against its article: 23 are in kb-articles, the others
# are taken out of the archive (only the files needed).
if [ -d "$SHARED/kb-articles" ] && [ -f "$SHARED/kb-archive/kb-archive.tar.xz" ]; then
	need=""
	for f in "$KBWIZ_SRC"/kb/Q*.yaml; do
		id=$(sed -n 's/^article: *//p' "$f")
		[ -f "$SHARED/kb-articles/$id.txt" ] && continue
		digits=${id#Q}
		need="$need txt/$(printf '%.3s' "$digits")/$id.TXT"
	done
	mkdir -p "$TMP/archive"
	# shellcheck disable=SC2086
	if [ -z "$need" ] || tar -xJf "$SHARED/kb-archive/kb-archive.tar.xz" -C "$TMP/archive" $need; then
		expect_out "kb verify passes every curated rule against its article" 0 \
			"$(ls "$KBWIZ_SRC"/kb/Q*.yaml | wc -l) rule\(s\) checked, 0 with problems" \
			"$KBWIZ" kb verify --articles "$SHARED/kb-articles" "$TMP/archive"
		printf '%s\n' "$OUT" | grep -v 'rule(s) checked' | head -20
		# A curated rule with our explanation planted back in its cited
		# cause (the audit's finding in Q134425) fails.
		mkdir -p "$TMP/plant"
		sed 's/^  (a long file name such as \\Program Files)\.$/  (a long file name such as \\Program Files), so the Service Control Manager runs the wrong file./' \
			"$KBWIZ_SRC/kb/Q134425.yaml" >"$TMP/plant/Q134425.yaml"
		expect_out "kb verify fails on an explanation planted in a curated rule's cause" 3 \
			'Q134425\.yaml:[0-9]+: cause: says "so" \(a reason or consequence\)' \
			env KBWIZ_KB_DIR="$TMP/plant" "$KBWIZ" --db "$TMP/plant.db" kb verify \
			--articles "$SHARED/kb-articles"
	else
		fail "kb verify passes every curated rule against its article" "cannot unpack the archive's articles:$need"
	fi
else
	skip "kb verify passes every curated rule against its article" "../shared/kb-articles or kb-archive absent"
fi

# A draft's error code wrapped onto the line after its words, or whose
# message the importer read from the line after the code's, is cited on
# both lines: once a person has finished the draft (its review list and
# "REVIEW: " marks taken out), kb verify finds the code and the message
# on the lines they cite.  (Cited on the first line alone, as drafts were
# before session 44, each reported a mismatch.)
mkdir -p "$TMP/wrap/arts" "$TMP/wrap/kb"
printf '%s\n' \
	'DOCUMENT:Q900746  05-MAY-2001  [frob]' \
	'TITLE   :Frob Agent Service Fails to Start' \
	'PRODUCT :Frobnitz Server' \
	'PROD/VER::3.0' \
	'OPER/SYS:' \
	'KEYWORDS:kbfrob' \
	'' \
	'======================================================================' \
	'' \
	'SYMPTOMS' \
	'========' \
	'' \
	'The Frob Agent service terminated with service-specific error' \
	'3781166337.' \
	'' \
	'When you run the frob macro, you receive the following error message:' \
	'' \
	'   Run-time error 1013:' \
	'   The frob cache is full' \
	'' \
	'CAUSE' \
	'=====' \
	'' \
	'The frob cache is full.' \
	'' \
	'RESOLUTION' \
	'==========' \
	'' \
	'Empty the frob cache and restart the service.' \
	'' \
	'Additional query words: frob' >"$TMP/wrap/arts/Q900746.TXT"
if "$KBWIZ" kb import "$TMP/wrap/arts/Q900746.TXT" -o "$TMP/wrap/draft" >/dev/null 2>&1; then
	sed -e '/^# A person/,$d' -e 's/REVIEW: //' "$TMP/wrap/draft/Q900746.yaml" >"$TMP/wrap/kb/Q900746.yaml"
	expect_out "a finished draft's wrapped code cites its number's line too" 0 '^    cite: 13-14$' \
		cat "$TMP/wrap/kb/Q900746.yaml"
	expect_out "a finished draft's wrapped code and message pass kb verify" 0 '1 rule\(s\) checked, 0 with problems' \
		env KBWIZ_KB_DIR="$TMP/wrap/kb" "$KBWIZ" --db "$TMP/wrap.db" kb verify Q900746 \
		--articles "$TMP/wrap/arts"
else
	fail "a finished draft's wrapped code and message pass kb verify" "kb import failed"
fi
