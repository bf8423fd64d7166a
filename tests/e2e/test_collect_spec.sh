#!/bin/sh
# kbwiz collect-spec: a KAPE target and a Velociraptor artifact made from
# the loaded rules, naming every file `diagnose --root` reads.
. "$(dirname "$0")/lib.sh"

"$KBWIZ" kb list >/dev/null 2>&1   # the store first: its message is not the spec
expect_out "collect-spec: needs --kape or --velociraptor" 2 'say which' "$KBWIZ" collect-spec
expect_out "collect-spec --kape: a KAPE target" 0 '^Targets:' "$KBWIZ" collect-spec --kape
printf '%s\n' "$OUT" >"$TMP/kbwiz.tkape"
expect_out "collect-spec --velociraptor: an artifact" 0 '^name: Custom.Kbwiz.Evidence' \
	"$KBWIZ" collect-spec --velociraptor
printf '%s\n' "$OUT" >"$TMP/kbwiz.yaml"
check "collect-spec -o writes the file" "$KBWIZ" collect-spec --kape -o "$TMP/out.tkape"
cmp -s "$TMP/out.tkape" "$TMP/kbwiz.tkape" && pass "collect-spec: the same rules give the same file" ||
	fail "collect-spec: -o" "differs from stdout"
grep -q 'FileMask: SYSTEM.LOG\*' "$TMP/kbwiz.tkape" && pass "collect-spec: hives come with their transaction logs" ||
	fail "collect-spec: hive logs" "no SYSTEM.LOG* target"

if ! command -v python3 >/dev/null || ! command -v jq >/dev/null; then
	skip "collect-spec: every file read is collected" "needs python3 and jq"
	exit 0
fi
"$KBWIZ_SRC/tests/make-demo.sh" "$KBWIZ_BUILD" "$TMP/demo" >/dev/null
# A Windows-layout volume (XP and later) holding every file diagnose reads
# from a volume: both hives, the four event logs, both cluster log folders.
W="$TMP/win/Windows"
mkdir -p "$TMP/win"
cp -r "$TMP/demo/C/WINNT" "$W"
mkdir -p "$W/system32/winevt/Logs" "$W/Cluster/Reports"
cp "$W/system32/config/SysEvent.Evt" "$W/system32/config/AppEvent.Evt"
cp "$W/Cluster/cluster.log" "$W/Cluster/Reports/Cluster-node1.log"
if [ -r "$SHARED/testdata/evtx/system.evtx" ]; then
	cp "$SHARED/testdata/evtx/system.evtx" "$W/system32/winevt/Logs/System.evtx"
	cp "$SHARED/testdata/evtx/system.evtx" "$W/system32/winevt/Logs/Application.evtx"
else
	skip "collect-spec: .evtx logs on the Windows volume" "no ../shared/testdata/evtx/system.evtx"
fi
# A spec for one rule that names no cluster log still collects what
# diagnose reads.
"$KBWIZ" collect-spec --kape --rule Q128166 >"$TMP/one.tkape"
"$KBWIZ" collect-spec --velociraptor --rule Q128166 >"$TMP/one.yaml"
for vol in "$TMP/demo/C" "$TMP/win"; do
	"$KBWIZ" diagnose --json --root "$vol" 2>/dev/null | jq -r '.files[].path' >"$TMP/read.txt"
	for spec in kbwiz.tkape kbwiz.yaml one.tkape one.yaml; do
		missing=$(python3 - "$TMP/$spec" "$TMP/read.txt" "$vol/" <<'PY'
import fnmatch, re, sys
spec, read, root = sys.argv[1:4]
text = open(spec).read()
globs = []
for m in re.finditer(r"Path: C:\\(.*?)\\\n\s+FileMask: (\S+)", text):
    globs.append(m.group(1).replace("\\", "/") + "/" + m.group(2))
for m in re.finditer(r"^\s+C:/(\S+?),", text, re.M):
    globs.append(m.group(1))
for line in open(read):
    rel = line.strip()[len(root):]
    if not any(fnmatch.fnmatch(rel.lower(), g.lower()) for g in globs):
        print(rel)
PY
)
		layout=WINNT; [ "$vol" = "$TMP/win" ] && layout=Windows
		[ "$(wc -l <"$TMP/read.txt")" -ge 4 ] && [ -z "$missing" ] &&
			pass "collect-spec: $spec names every file diagnose reads ($layout, $(wc -l <"$TMP/read.txt") files)" ||
			fail "collect-spec: $spec misses ($layout)" "$missing"
	done
done
