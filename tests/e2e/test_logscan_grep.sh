# test_logscan_grep.sh: the log scan finds exactly the lines grep -F finds
# (same line numbers) on the benchmarks' kinds of input: generated cluster
# logs of both forms, LF and CRLF, with the KB's own literals, 1,000
# made-up log phrases and the literals of generated rules (bench/mkrules.sh).
# Each input is scanned in one part (-j 1) and split at line boundaries
# into parts scanned side by side (-j 3 -m 1 forces the split on these
# small logs; logscan_set_parallel).
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
		LC_ALL=C grep -n -F -f "$TMP/$pats.txt" "$log" | cut -d: -f1 >"$TMP/grep"
		for parts in "-j 1" "-j 3 -m 1"; do
			name="logscan finds grep's lines ($form log, $pats, $parts)"
			# shellcheck disable=SC2086 # parts holds options on purpose
			if ! "$TOOLS/logscan_bench" -l "$TMP/ours" $parts "$TMP/$pats.txt" "$log" >/dev/null; then
				fail "$name" "logscan_bench failed"
				continue
			fi
			if [ ! -s "$TMP/grep" ]; then
				fail "$name" "grep found nothing: the input does not test anything"
			elif cmp -s "$TMP/ours" "$TMP/grep"; then
				pass "$name"
			else
				fail "$name" "$(wc -l <"$TMP/ours") lines against grep's $(wc -l <"$TMP/grep")"
			fi
		done
	done
done

# Regexes, whose required text the literal tiers find in the same pass as
# the literals: the same lines as grep -E, with and without literals beside
# them.  Each KB literal becomes a regex (spaces as ' +', so its required
# text is the longest word run), and the KB's own regexes are added.
sed 's/[][\.*^$+?(){}|/]/\\&/g; s/ / +/' "$kb_lits" >"$TMP/regexes.txt"
grep -h -E "^ +- regex:" "$KBWIZ_SRC"/kb/*.yaml |
	sed "s/^ *- regex: '\(.*\)'$/\1/" >>"$TMP/regexes.txt"
set --
while IFS= read -r re; do set -- "$@" -e "$re"; done <"$TMP/regexes.txt"
: >"$TMP/none.txt"
for form in "nt" "2008" "nt --crlf"; do
	log="$TMP/cluster.log"
	# shellcheck disable=SC2086 # form holds two words on purpose
	"$TOOLS/mkclusterlog" --size 4M --form $form --scenario q262832 --seed 7 -o "$log"
	LC_ALL=C grep -n -E -f "$TMP/regexes.txt" "$log" | cut -d: -f1 >"$TMP/grep-re"
	for pats in none made-up none-parts made-up-parts; do
		name="logscan finds grep -E's lines for regexes ($form log, literals: $pats)"
		parts="-j 1"
		case "$pats" in *-parts) pats=${pats%-parts}; parts="-j 3 -m 1" ;; esac
		# shellcheck disable=SC2086 # parts holds options on purpose
		if ! "$TOOLS/logscan_bench" -l "$TMP/ours" $parts "$@" "$TMP/$pats.txt" "$log" >/dev/null; then
			fail "$name" "logscan_bench failed"
			continue
		fi
		if [ "$pats" = made-up ]; then
			{ cat "$TMP/grep-re"; LC_ALL=C grep -n -F -f "$TMP/made-up.txt" "$log" | cut -d: -f1; } |
				sort -n -u >"$TMP/want"
		else
			cp "$TMP/grep-re" "$TMP/want"
		fi
		if [ ! -s "$TMP/grep-re" ]; then
			fail "$name" "grep -E found nothing: the input does not test anything"
		elif cmp -s "$TMP/ours" "$TMP/want"; then
			pass "$name"
		else
			fail "$name" "$(wc -l <"$TMP/ours") lines against grep's $(wc -l <"$TMP/want")"
		fi
	done
done
