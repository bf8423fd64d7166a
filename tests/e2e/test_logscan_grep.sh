# test_logscan_grep.sh: the log scan finds exactly the lines grep -F finds
# (same line numbers) on the benchmarks' kinds of input: generated cluster
# logs of both forms, LF and CRLF, with the KB's own literals, 1,000
# made-up log phrases and the literals of generated rules (bench/mkrules.sh).
. "$KBWIZ_SRC/tests/e2e/lib.sh"

kb_lits="$TMP/kb-literals.txt"
grep -h -E '^ +- literal:' "$KBWIZ_SRC"/kb/*.yaml |
	sed 's/^ *- literal: "\(.*\)"$/\1/; s/^ *- literal: //' >"$kb_lits"
"$TOOLS/mkclusterlog" --patterns 1000 --seed 42 -o "$TMP/made-up.txt"
cat "$kb_lits" >>"$TMP/made-up.txt"
sh "$KBWIZ_SRC/bench/mkrules.sh" 2000 "$TMP/rules" >/dev/null
grep -h -E '^ +- literal:' "$TMP/rules"/*.yaml |
	sed 's/^ *- literal: "\(.*\)"$/\1/' >"$TMP/rules.txt"
cat "$kb_lits" >>"$TMP/rules.txt"

for form in "nt" "2008" "nt --crlf"; do
	log="$TMP/cluster.log"
	# shellcheck disable=SC2086 # form holds two words on purpose
	"$TOOLS/mkclusterlog" --size 4M --form $form --scenario q262832 --seed 7 -o "$log"
	for pats in kb-literals made-up rules; do
		name="logscan finds grep's lines ($form log, $pats)"
		if ! "$TOOLS/logscan_bench" -l "$TMP/ours" "$TMP/$pats.txt" "$log" >/dev/null; then
			fail "$name" "logscan_bench failed"
			continue
		fi
		LC_ALL=C grep -n -F -f "$TMP/$pats.txt" "$log" | cut -d: -f1 >"$TMP/grep"
		if [ ! -s "$TMP/grep" ]; then
			fail "$name" "grep found nothing: the input does not test anything"
		elif cmp -s "$TMP/ours" "$TMP/grep"; then
			pass "$name"
		else
			fail "$name" "$(wc -l <"$TMP/ours") lines against grep's $(wc -l <"$TMP/grep")"
		fi
	done
done
