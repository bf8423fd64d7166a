# test_kb_import_measure.sh: the importer against the hand-labelled
# archive articles (tests/fixtures/kbimport-labels): precision and recall
# per kind of fact must reach the goal of issue 14, and every line of the
# labelled articles and of ../shared/kb-articles that names a key, a
# value, an event ID or an error code (in any form the importer's review
# net knows) must be in the draft or in its review list; `make test-long`
# asks the same of the whole archive.  Skips visibly when ../shared is
# absent.
. "$KBWIZ_SRC/tests/e2e/lib.sh"
. "$KBWIZ_SRC/tests/e2e/kbimport_articles.sh"

MEASURE="$TOOLS/kbimport_measure"
GOAL_PRECISION=95
GOAL_RECALL=90
# an error's message, labelled since session 53 (message: fields): the
# words a log line must hold for the symptom to be seen; our own goal,
# under the facts' (session 53 left it at 94.4% / 87.2% here)
GOAL_MESSAGE_PRECISION=85
GOAL_MESSAGE_RECALL=75

if [ -z "$ARCH" ]; then
	skip "kbimport labelled set" "$ARCHIVE_TAR absent"
else
	if "$MEASURE" labels "$LABELS" "$ARCH" --goal "$GOAL_PRECISION" "$GOAL_RECALL" >"$TMP/m" 2>&1; then
		pass "kbimport: precision >= $GOAL_PRECISION% and recall >= $GOAL_RECALL% per kind on the labelled set"
	else
		fail "kbimport labelled set" "below the goal ($GOAL_PRECISION% / $GOAL_RECALL%): $(tr '\n' ';' <"$TMP/m")"
	fi
	sed 's/^/    /' "$TMP/m"
	if ! grep -q '^messages  precision' "$TMP/m"; then
		fail "kbimport labelled set: messages" "no error of the set is labelled with its message: $(tr '\n' ';' <"$TMP/m")"
	elif "$MEASURE" labels "$LABELS" "$ARCH" --message-goal "$GOAL_MESSAGE_PRECISION" "$GOAL_MESSAGE_RECALL" \
		>"$TMP/mm" 2>&1; then
		pass "kbimport: messages precision >= $GOAL_MESSAGE_PRECISION% and recall >= $GOAL_MESSAGE_RECALL% on the labelled set"
	else
		fail "kbimport labelled set: messages" \
			"below the goal ($GOAL_MESSAGE_PRECISION% / $GOAL_MESSAGE_RECALL%): $(grep '^messages' "$TMP/mm")"
	fi
	# several folders give one pooled figure: the same folder twice holds
	# twice the articles and twice each count, at the same percentages
	"$MEASURE" labels "$LABELS" "$LABELS" "$ARCH" >"$TMP/m2" 2>&1
	one=$(sed -n 's/^registry.*(\([0-9]*\) of \([0-9]*\) drafted).*(\([0-9]*\) of \([0-9]*\) labelled).*/\1 \2 \3 \4/p' "$TMP/m")
	two=$(sed -n 's/^registry.*(\([0-9]*\) of \([0-9]*\) drafted).*(\([0-9]*\) of \([0-9]*\) labelled).*/\1 \2 \3 \4/p' "$TMP/m2")
	n1=$(sed -n 's/^labelled articles: //p' "$TMP/m")
	n2=$(sed -n 's/^labelled articles: //p' "$TMP/m2")
	doubled=$(echo "$one" | awk '{ print $1 * 2, $2 * 2, $3 * 2, $4 * 2 }')
	if [ -n "$one" ] && [ "$two" = "$doubled" ] && [ "$n2" -eq $((n1 * 2)) ]; then
		pass "kbimport measure: label folders pool (the same folder twice: $n2 articles, registry $two)"
	else
		fail "kbimport measure pooled" "one folder: $n1 articles, registry '$one'; twice: $n2, '$two'"
	fi
	# a label written wrong is refused with its file and fact, not
	# measured as another fact ("key," for "key:": a fact with no key)
	mkdir -p "$TMP/badlabels"
	first=$(ls "$LABELS"/Q*.yaml | head -1)
	sed 's/^\(  - {kind: \)review, line: \([0-9]*\),.*/\1value, line: \2, key, '"'"'HKLM\\SOFTWARE\\Frob'"'"', value: '"'"'X'"'"', type: REG_SZ, data: '"'"'1'"'"', action: set}/' \
		"$first" >"$TMP/badlabels/$(basename "$first")"
	if grep -q "key, 'HKLM" "$TMP/badlabels/$(basename "$first")"; then
		if "$MEASURE" labels "$TMP/badlabels" "$ARCH" >"$TMP/mb" 2>&1; then
			fail "kbimport measure: a malformed label" "measured: $(tr '\n' ';' <"$TMP/mb")"
		elif grep -q "$(basename "$first"): fact [0-9]*: a registry fact with no key" "$TMP/mb"; then
			pass "kbimport measure: a malformed label is refused, naming its file and fact"
		else
			fail "kbimport measure: a malformed label" "no message naming it: $(tr '\n' ';' <"$TMP/mb")"
		fi
	else
		fail "kbimport measure: a malformed label" "the first labelled article holds no review fact to rewrite"
	fi
	# a message the draft gets right, labelled with other words, is
	# counted wrong: the measure compares the words, not only that there
	# are some
	mkdir -p "$TMP/msglabels"
	right=$("$MEASURE" labels "$LABELS" "$ARCH" -v 2>/dev/null | sed -n 's/^\(Q[0-9]*\): wrong message.*/\1/p' | sort -u)
	for f in "$LABELS"/Q*.yaml; do
		id=$(basename "$f" .yaml)
		echo "$right" | grep -qx "$id" && continue
		grep -q "kind: error.*message: '[A-Z]" "$f" || continue
		sed "s/\(kind: error.*message: \)'[^']*'/\1'Frob words no program prints'/" "$f" >"$TMP/msglabels/$id.yaml"
		break
	done
	if [ -n "$(ls "$TMP/msglabels")" ]; then
		"$MEASURE" labels "$TMP/msglabels" "$ARCH" -v >"$TMP/mw" 2>&1
		if grep -q "wrong message" "$TMP/mw" && grep -q "missed.* message " "$TMP/mw"; then
			pass "kbimport measure: a drafted message unlike the label's words is wrong and the label's missed"
		else
			fail "kbimport measure: a relabelled message" "not counted wrong: $(tr '\n' ';' <"$TMP/mw")"
		fi
	else
		fail "kbimport measure: a relabelled message" "no labelled article with a message drafted right"
	fi
	for p in $(labelled_paths); do echo "$ARCH/$p"; done >"$TMP/files"
	# shellcheck disable=SC2046
	if "$MEASURE" coverage -v $(cat "$TMP/files") >"$TMP/c" 2>&1; then
		pass "kbimport: every fact line of the labelled articles is drafted or in review"
	else
		fail "kbimport coverage (labelled)" "$(tail -1 "$TMP/c"); first: $(head -1 "$TMP/c")"
	fi
fi
if ls "$SHARED"/kb-articles/Q*.txt >/dev/null 2>&1; then
	if "$MEASURE" coverage -v "$SHARED"/kb-articles/Q*.txt >"$TMP/c" 2>&1; then
		pass "kbimport: every fact line of ../shared/kb-articles is drafted or in review"
	else
		fail "kbimport coverage (kb-articles)" "$(tail -1 "$TMP/c"); first: $(head -1 "$TMP/c")"
	fi
else
	skip "kbimport coverage (kb-articles)" "$SHARED/kb-articles absent"
fi
