# test_cli_kb.sh: the knowledge-base commands through the real binary.
. "$KBWIZ_SRC/tests/e2e/lib.sh"

expect_out "version prints the version" 0 '^kbwiz [0-9]+\.[0-9]+\.[0-9]+$' "$KBWIZ" --version
expect_out "help lists the kb commands" 0 'kbwiz kb list\|show\|search' "$KBWIZ" --help
expect_out "unknown option is a usage error" 2 '^kbwiz: unknown option .--frobnicate.' "$KBWIZ" --frobnicate
expect_out "unknown command is a usage error" 2 '^kbwiz: unknown command .frob.' "$KBWIZ" frob

# First run: the store is created, with the built-in rules, where
# KBWIZ_DB says.
expect_out "first run creates the store with the built-in rules" 0 'created the store .*kbwiz.db with [0-9]+ rules' "$KBWIZ" kb list
check "the store file exists" test -s "$KBWIZ_DB"
expect_out "kb list lists Q262832" 0 '^Q262832 +Cluster service does not start' "$KBWIZ" kb list

for q in 7023 1720 0x6B8 "endpoint cannot be created"; do
	OUT=$("$KBWIZ" kb search "$q" 2>&1); rc=$?
	first=$(printf '%s\n' "$OUT" | sed -n 's/^ *1\. \([A-Za-z0-9_-]*\).*/\1/p')
	if [ "$rc" -eq 0 ] && [ "$first" = Q262832 ]; then
		pass "kb search '$q' lists Q262832 first"
	else
		fail "kb search '$q' lists Q262832 first" "rc=$rc first=$first"
	fi
done
expect_out "search by source name lists Q262832" 0 'Q262832' "$KBWIZ" kb search "Service Control Manager"
expect_out "search says why a code matched" 0 'event 7023 from Service Control Manager' "$KBWIZ" kb search 7023
expect_out "search for nothing known exits 1" 1 "no rule or article matches 'zzqqxx'" "$KBWIZ" kb search zzqqxx

expect_out "kb show prints the checks" 0 'Transports \(REG_MULTI_SZ\) contains "Clusnet"' "$KBWIZ" kb show Q262832
expect_out "kb show prints the log sequence" 0 '2\. \[INIT\] Unable to bind RPC to CDP, status 1720' "$KBWIZ" kb show Q262832
expect_out "kb show prints the last resort" 0 'Last resort: If all the registry keys' "$KBWIZ" kb show Q262832
expect_out "kb show ids are case-insensitive" 0 '^Q262832 ' "$KBWIZ" kb show q262832
expect_out "kb show of an unknown rule is a usage error" 2 "no rule 'Q1'" "$KBWIZ" kb show Q1

expect_out "kb check accepts the built-in rules" 0 'Q262832.yaml: ok \(rule Q262832' "$KBWIZ" kb check "$KBWIZ_SRC"/kb/*.yaml
sed 's/^    type: REG_MULTI_SZ$/    type: REG_MULTI_STRING/' "$KBWIZ_SRC/kb/Q262832.yaml" >"$TMP/broken.yaml"
expect_out "kb check names file:line:column of a bad type" 3 "broken.yaml:[0-9]+:[0-9]+: checks\[1\]\.type: expected a registry type .*found 'REG_MULTI_STRING'" "$KBWIZ" kb check "$TMP/broken.yaml"
expect_out "kb check reads every file and counts the bad ones" 3 '1 of 2 files have errors' "$KBWIZ" kb check "$TMP/broken.yaml" "$KBWIZ_SRC/kb/Q262832.yaml"
cp "$KBWIZ_SRC/kb/Q262832.yaml" "$TMP/again.yaml"
expect_out "kb check finds duplicate rule ids" 3 "rule 'Q262832' is already defined" "$KBWIZ" kb check "$KBWIZ_SRC/kb/Q262832.yaml" "$TMP/again.yaml"
expect_out "kb check of a missing file exits 5" 5 'nope.yaml: No such file or directory' "$KBWIZ" kb check "$TMP/nope.yaml"

# Reload: a broken kb directory leaves the store as it was.
mkdir "$TMP/kb2"
cp "$KBWIZ_SRC/kb/Q262832.yaml" "$TMP/broken.yaml" "$TMP/kb2/"
expect_out "reload of a broken kb dir fails and names the file" 3 'broken.yaml:[0-9]+:[0-9]+: .*the store is unchanged' "$KBWIZ" kb reload "$TMP/kb2"
expect_out "the store still has its rules after a failed reload" 0 '^Q262832 ' "$KBWIZ" kb list
expect_out "reload of the built-in rules reports unchanged" 0 'unchanged' "$KBWIZ" kb reload
# An edited rule file is counted by the reload itself (the store's sync on
# open once took the change first, and the reload said "31 unchanged").
mkdir "$TMP/kbedit"
cp "$KBWIZ_SRC"/kb/Q*.yaml "$TMP/kbedit/"
KBE="env KBWIZ_KB_DIR=$TMP/kbedit $KBWIZ --db $TMP/kbedit.db"
$KBE kb list >/dev/null 2>&1
sed -i 's/^title: .*/&  (edited)/' "$TMP/kbedit/Q262832.yaml"
expect_out "reload after an edit counts the edited rule as updated" 0 '^loaded .*: 0 added, 1 updated, ' $KBE kb reload

# --db and KBWIZ_DB: a store that is not ours is refused, unmodified.
printf 'not a database, just text that someone keeps here\n%.0s' 1 2 3 >"$TMP/notes.db"
sum_before=$(sha256sum "$TMP/notes.db")
expect_out "a foreign file given as --db is refused" 3 'notes.db: not a kbwiz store' "$KBWIZ" --db "$TMP/notes.db" kb list
check "the foreign file is unchanged" test "$(sha256sum "$TMP/notes.db")" = "$sum_before"
expect_out "--db creates a store where asked" 0 'created the store .*other/place.db' "$KBWIZ" --db "$TMP/other/place.db" kb list

# Untrusted text in a rule file is shown with escapes made visible.
sed 's/^title: .*/title: "Evil \\e[31mred\\e[0m title"/' "$KBWIZ_SRC/kb/Q262832.yaml" >"$TMP/kb3.yaml"
mkdir "$TMP/kb3" && mv "$TMP/kb3.yaml" "$TMP/kb3/Q262832.yaml"
"$KBWIZ" --db "$TMP/esc.db" --kb-dir "$TMP/kb3" kb list >"$TMP/esc.out" 2>&1
if grep -q "$(printf '\033')" "$TMP/esc.out"; then
	fail "escape sequences in rule text are not sent raw" "raw ESC in output"
elif grep -qF 'Evil \x1b[31mred' "$TMP/esc.out"; then
	pass "escape sequences in rule text are not sent raw"
else
	fail "escape sequences in rule text are not sent raw" "$(cat "$TMP/esc.out")"
fi

# Every command answers --help with its usage, exit 0.
for c in diagnose fix export history; do
	expect_out "$c --help prints its usage" 0 "^usage: kbwiz $c" "$KBWIZ" $c --help
done
expect_out "kb --help lists the kb commands" 0 'kbwiz kb search QUERY' "$KBWIZ" kb --help
expect_out "kb search --help is help, not a search" 0 '^usage: kbwiz kb search' "$KBWIZ" kb search --help
expect_out "kbwiz help is the usage" 0 '^usage: kbwiz' "$KBWIZ" help

# A directory stands for its rule files.
expect_out "kb check DIR checks every rule file in it" 0 'Q262832\.yaml: ok' "$KBWIZ" kb check "$KBWIZ_SRC/kb"
mkdir -p "$TMP/kbdir" && cp "$KBWIZ_SRC/kb/Q262832.yaml" "$TMP/broken.yaml" "$TMP/kbdir/"
expect_out "kb check DIR finds the broken file in it" 3 'kbdir/broken\.yaml:[0-9]+:[0-9]+: ' "$KBWIZ" kb check "$TMP/kbdir"
