#!/bin/sh
# kbwiz triage: 40 machines in three layouts (a volume, a KAPE folder, a
# Velociraptor zip) and of five kinds (faulty, healthy, not a cluster
# node, a corrupt hive, empty); every verdict is diagnose's; hostile zips
# are refused with nothing left behind; a cluster's nodes side by side.
. "$(dirname "$0")/lib.sh"
. "$KBWIZ_SRC/tests/e2e/triage_lib.sh"

if ! command -v python3 >/dev/null || ! command -v jq >/dev/null || ! command -v zip >/dev/null; then
	skip triage "needs python3, jq and zip (scripts/deps.sh test)"
	exit 0
fi
TRIAGE_KINDS="$TMP"
"$KBWIZ" kb list >/dev/null 2>&1   # the store, made before stderr is watched
triage_kinds "$TMP"
M="$TMP/machines"
mkdir -p "$M"
n=0
for copy in 1 2 3; do
	for kind in faulty healthy notnode corrupt; do
		for layout in volume kape velo; do
			triage_machine "$kind" "$layout" "$kind-$layout-$copy" "$M"
			n=$((n + 1))
		done
	done
done
triage_machine "" volume empty-1 "$M"
triage_machine "" volume empty-2 "$M"
triage_machine faulty velo-ntfs faulty-ntfs "$M"
triage_machine faulty zip faulty-plainzip "$M"
n=$((n + 4))
[ "$n" -eq 40 ] && pass "triage: 40 machines made" || fail "triage: machines made" "$n, not 40"

# Every machine is read, in parallel, once; the bad ones are reported and
# make the exit status 3, as diagnose's.
"$KBWIZ" triage --jobs 2 --format jsonl "$M" >"$TMP/all.jsonl" 2>"$TMP/all.err"
rc=$?
[ "$rc" -eq 3 ] && pass "triage: exit 3 when some machines could not be read" ||
	fail "triage: exit status" "$rc, wanted 3"
lines=$(jq -c 'select(.path)' "$TMP/all.jsonl" | wc -l)
[ "$lines" -eq 40 ] && pass "triage: one JSON line per machine" || fail "triage: lines" "$lines"
[ ! -s "$TMP/all.err" ] && pass "triage: no progress line when stderr is not a terminal" ||
	fail "triage: stderr" "$(head -3 "$TMP/all.err")"
# The corrupt machines (a damaged SYSTEM hive, a whole cluster log) are
# possible, not confirmed: the cause could not be checked.
want='{"confirmed":11,"possible":9,"cause-not-found":0,"repaired":0,"none":18,"unreadable":2}'
got=$(jq -c 'select(.summary)|.summary.by_verdict' "$TMP/all.jsonl")
[ "$got" = "$want" ] && pass "triage: summary by verdict" || fail "triage: summary" "$got"
got=$(jq -c 'select(.summary)|.summary.rules[0]|[.id,.confirmed]' "$TMP/all.jsonl")
[ "$got" = '["Q262832",11]' ] && pass "triage: rules by machine count" || fail "triage: rules" "$got"
got=$(jq -r 'select(.path)|select(.path|test("corrupt-kape-1"))|.problems[0].reason' "$TMP/all.jsonl")
case "$got" in *SYSTEM*"not a registry hive"*) pass "triage: a corrupt hive is named with its reason" ;;
*) fail "triage: corrupt hive" "$got" ;; esac
got=$(jq -r 'select(.path)|select(.path|test("empty-1"))|[.verdict,.problems[0].reason]|join(": ")' "$TMP/all.jsonl")
case "$got" in unreadable:*"no Windows directory"*) pass "triage: an empty folder is unreadable, with why" ;;
*) fail "triage: empty folder" "$got" ;; esac
got=$(jq -r 'select(.path)|select(.path|test("faulty-velo-1"))|.files[]|select(.kind=="hive")|.path' "$TMP/all.jsonl" | head -1)
case "$got" in *"faulty-velo-1.zip!uploads/auto/C%3A/WINNT/system32/config/"*) pass "triage: zip files named by their entry" ;;
*) fail "triage: zip file names" "$got" ;; esac

# The same verdicts as `diagnose --root` gives each machine (zips: the
# volume they were made from).
verdicts() { jq -c '[(.confirmed|sort), ([.rules[]|select(.verdict=="possible")|.id]|sort)]'; }
mismatch=""
for kind in faulty healthy notnode corrupt; do
	"$KBWIZ" diagnose --json --root "$TMP/kinds/$kind/C" 2>/dev/null | verdicts >"$TMP/want-$kind"
done
while read -r line; do
	path=$(printf '%s\n' "$line" | jq -r .path)
	name=$(basename "$path")
	case "$name" in empty-*) continue ;; esac
	kind=${name%%-*}
	got=$(printf '%s\n' "$line" | jq -c '[(.confirmed|sort), (.possible|sort)]')
	want=$(cat "$TMP/want-$kind")
	case "$name" in *-volume-1 | *-kape-1)
		vol=$path; [ -d "$path/C" ] && vol="$path/C"
		want=$("$KBWIZ" diagnose --json --root "$vol" 2>/dev/null | verdicts) ;;
	esac
	[ "$got" = "$want" ] || mismatch="$mismatch $name($got vs $want)"
done <<EOF
$(jq -c 'select(.path)' "$TMP/all.jsonl")
EOF
[ -z "$mismatch" ] && pass "triage: every machine's verdict is diagnose's" ||
	fail "triage: verdicts differ from diagnose" "$mismatch"

# One worker or two: the same lines in the same order.
"$KBWIZ" triage --jobs 1 --format jsonl "$M" >"$TMP/one.jsonl" 2>/dev/null
cmp -s "$TMP/one.jsonl" "$TMP/all.jsonl" && pass "triage: --jobs 1 and --jobs 2 agree" ||
	fail "triage: --jobs" "outputs differ"

expect_out "triage: CSV to a file, the summary beside it" 3 'Summary: 40 machines' \
	"$KBWIZ" triage --format csv -o "$TMP/all.csv" "$M"
rows=$(grep -c . "$TMP/all.csv")
[ "$rows" -eq 41 ] && head -1 "$TMP/all.csv" | grep -q '^path,computer_name,windows,verdict' &&
	pass "triage: -o writes the CSV, a header and a row per machine" || fail "triage: CSV rows" "$rows"
expect_out "triage: table with a summary" 0 'Summary: 3 machines' \
	"$KBWIZ" triage "$M/healthy-volume-1" "$M/healthy-kape-1" "$M/faulty-velo-1.zip"
expect_out "triage: exit 0 when every machine was read" 0 'confirmed +NODE1' \
	"$KBWIZ" triage "$M/faulty-volume-1" "$M/faulty-ntfs.zip" "$M/faulty-plainzip.zip"
# One rule for where the Windows directory may be: a KAPE folder and the
# same folder zipped ("zip -r k.zip faulty-kape-1": the folder's name on
# top) are the same machine.
mkdir -p "$TMP/kz"
(cd "$M" && zip -qr "$TMP/kz/faulty-kape-1.zip" faulty-kape-1)
same() { jq -c 'select(.path)|[.computer_name,.windows,(.confirmed|sort)]'; }
a=$("$KBWIZ" triage --format jsonl "$M/faulty-kape-1" 2>&1 | same)
b=$("$KBWIZ" triage --format jsonl "$TMP/kz/faulty-kape-1.zip" 2>&1 | same)
[ -n "$a" ] && [ "$a" = "$b" ] && pass "triage: a KAPE folder and its zip are the same machine" ||
	fail "triage: folder and zip layouts differ" "folder $a; zip $b"
expect_out "triage: a missing path is reported, exit 5" 5 'no such file' \
	"$KBWIZ" triage "$TMP/no-such-machine"
expect_out "triage: usage without a path" 2 'no machines' "$KBWIZ" triage

# Hostile zips: refused, nothing written beside them or left in the
# private directory.
H="$TMP/hostile"
P="$TMP/private"
mkdir -p "$H" "$P"
python3 - "$H" <<'PY'
import sys, zipfile
h = sys.argv[1]
with zipfile.ZipFile(h + "/climb.zip", "w") as z:
    z.writestr("uploads/auto/C%3A/Windows/System32/config/SYSTEM", b"regf")
    z.writestr("uploads/auto/C%3A/Windows/System32/config/../../../../../evil.txt", b"x")
with zipfile.ZipFile(h + "/climb-encoded.zip", "w") as z:
    z.writestr("uploads/auto/C%3A/Windows/%2E%2E/%2E%2E/evil.txt", b"x")
with zipfile.ZipFile(h + "/absolute.zip", "w") as z:
    z.writestr("/etc/Windows/System32/config/SYSTEM", b"x")
with zipfile.ZipFile(h + "/link.zip", "w") as z:
    i = zipfile.ZipInfo("Windows/System32/config/SYSTEM")
    i.create_system = 3
    i.external_attr = (0o120777 << 16)
    z.writestr(i, "/etc/passwd")
with open(h + "/damaged.zip", "wb") as f:
    f.write(b"PK\x03\x04 this is not a zip")
PY
python3 "$KBWIZ_SRC/tests/e2e/mkzipbomb.py" "$H/bomb.zip" 10 1024
before=$(ls -a "$H" | sort | tr '\n' ' ')
for z in climb climb-encoded absolute link; do
	expect_out "triage: $z.zip refused" 3 "$z.zip: refused" env TMPDIR="$P" "$KBWIZ" triage "$H/$z.zip"
done
expect_out "triage: a 10 GB zip bomb refused" 3 'bomb.zip: refused: entry' \
	env TMPDIR="$P" "$KBWIZ" triage "$H/bomb.zip"
expect_out "triage: a damaged zip is reported" 3 'damaged.zip' env TMPDIR="$P" "$KBWIZ" triage "$H/damaged.zip"
after=$(ls -a "$H" | sort | tr '\n' ' ')
[ "$before" = "$after" ] && [ -z "$(ls -A "$P")" ] &&
	pass "triage: nothing written beside the zips or left in the temp directory" ||
	fail "triage: files left" "$(ls -A "$P") / $after"
expect_out "triage: one bad zip never stops the others" 3 'confirmed +NODE1' \
	env TMPDIR="$P" "$KBWIZ" triage "$H/bomb.zip" "$M/faulty-velo-1.zip"

# A three-node cluster: NODE1 lost Clusnet, NODE2 and NODE3 have it.
C="$TMP/cluster"
mkdir -p "$C"
cp -r "$TMP/kinds/faulty/C" "$C/node1"
cp -r "$TMP/kinds/healthy/C" "$C/node2"
cp -r "$TMP/kinds/healthy/C" "$C/node3"
sed 's/"NODE2"/"NODE3"/' "$TMP/kinds/healthy.spec" >"$TMP/node3.spec"
"$TOOLS/mkhive" "$TMP/node3.spec" "$C/node3/WINNT/system32/config/SYSTEM" >/dev/null
"$KBWIZ" triage --cluster --format jsonl "$C/node1" "$C/node2" "$C/node3" >"$TMP/cl.jsonl" 2>&1
got=$(jq -c 'select(.cluster)|.cluster.values[]|select(.differs)|select(.check|test("transports"))|[.nodes[]|select(.odd)|.node]' "$TMP/cl.jsonl" | head -1)
[ "$got" = '["NODE1"]' ] && pass "triage --cluster: the node without Clusnet is the odd one" ||
	fail "triage --cluster JSON" "$got; $(head -c 300 "$TMP/cl.jsonl")"
same=$(jq -c 'select(.cluster)|[.cluster.values[]|select(.differs|not)]|length' "$TMP/cl.jsonl")
[ "${same:-0}" -gt 0 ] && pass "triage --cluster: values the nodes agree on are listed too" ||
	fail "triage --cluster: agreeing values" "$same"
expect_out "triage --cluster: text marks the odd node" 0 '\* NODE1 +failed +Transports' \
	"$KBWIZ" triage --cluster "$C/node1" "$C/node2" "$C/node3"
"$KBWIZ" triage --cluster "$C/node1" "$C/node2" "$C/node3" >"$TMP/cl.txt" 2>&1
"$KBWIZ" triage --cluster --all "$C/node1" "$C/node2" "$C/node3" >"$TMP/cl-all.txt" 2>&1
! grep -q '^same ' "$TMP/cl.txt" && grep -q 'the same on every node not listed' "$TMP/cl.txt" &&
	grep -q '^same ' "$TMP/cl-all.txt" &&
	pass "triage --cluster: only differing rows by default, --all lists every row" ||
	fail "triage --cluster: rows" "$(head -5 "$TMP/cl.txt")"
wide=$(cat "$TMP/cl.txt" "$TMP/cl-all.txt" | sed -n '/^Cluster:/,/^VERDICT/p' | awk 'length($0) > 80' | head -2)
[ -z "$wide" ] && pass "triage --cluster: text lines within 80 columns" ||
	fail "triage --cluster: lines over 80 columns" "$wide"
# Two nodes that differ: the row differs, no node is named odd (no majority).
"$KBWIZ" triage --cluster --format jsonl "$C/node1" "$C/node2" >"$TMP/cl2.jsonl" 2>&1
got=$(jq -c 'select(.cluster)|[.cluster.differing, ([.cluster.values[].nodes[]|select(.odd)]|length)]' "$TMP/cl2.jsonl")
[ "$got" = '[1,0]' ] && pass "triage --cluster: two nodes that differ: no node named odd" ||
	fail "triage --cluster: two nodes" "$got"
# Nodes with values "not checked" (a node that is not a cluster node, one
# without its SOFTWARE hive): such values are never compared, never odd;
# a row differs only when the nodes where it was read disagree.
cp -r "$TMP/kinds/notnode/C" "$C/node4"
cp -r "$TMP/kinds/healthy/C" "$C/node5"
find "$C/node5" -iname SOFTWARE -type f -delete
"$KBWIZ" triage --cluster --format jsonl "$C/node1" "$C/node2" "$C/node3" "$C/node4" "$C/node5" \
	>"$TMP/cl5.jsonl" 2>&1
bad=$(jq -c 'select(.cluster)|.cluster.values[]|
	([.nodes[]|select(.compared)|[.status,.found]]|unique|length) as $kinds|
	select((.differs != ($kinds > 1)) or ([.nodes[]|select(.odd and (.compared|not))]|length > 0))|
	.check' "$TMP/cl5.jsonl")
nc=$(jq -c 'select(.cluster)|[.cluster.values[].nodes[]|select(.status=="not checked")|.compared]|unique' "$TMP/cl5.jsonl")
[ -z "$bad" ] && [ "$nc" = '[false]' ] &&
	pass "triage --cluster: values not checked on a node are not compared" ||
	fail "triage --cluster: not checked" "$bad $nc"
"$KBWIZ" triage --cluster --format html -o "$TMP/cl.html" "$C/node1" "$C/node2" "$C/node3" "$M/empty-1" 2>/dev/null
odd=$(grep -o 'class="odd">&#x2260; [a-z]*' "$TMP/cl.html" | sort | uniq -c | tr -s ' ')
[ "$odd" = " 1 class=\"odd\">&#x2260; failed" ] && grep -q 'not compared\|<td><code>' "$TMP/cl.html" &&
	pass "triage --cluster --format html: one odd cell, marked by a sign too" ||
	fail "triage --cluster html" "$odd"
got=$(jq -c 'select(.cluster)|[.cluster.nodes[]|.compared]' "$TMP/cl.jsonl")
[ "$got" = '[true,true,true]' ] && pass "triage --cluster: readable nodes are compared" ||
	fail "triage --cluster: compared" "$got"
if command -v tidy >/dev/null 2>&1; then
	if tidy -q -e "$TMP/cl.html" >"$TMP/tidy.out" 2>&1; then
		pass "triage --format html: tidy finds no error"
	else
		fail "triage --format html: tidy" "$(head -3 "$TMP/tidy.out")"
	fi
fi
# Evidence text is escaped: a machine folder named with markup.
mkdir -p "$TMP/esc"
cp -r "$TMP/kinds/faulty/C" "$TMP/esc/<b>x&y"
"$KBWIZ" triage --format html "$TMP/esc" >"$TMP/esc.html" 2>/dev/null
grep -q '&lt;b&gt;x&amp;y' "$TMP/esc.html" && ! grep -q '<b>x' "$TMP/esc.html" &&
	pass "triage --format html: names from the evidence are escaped" || fail "triage html escaping" "raw markup"

# A worker that dies (here killed with SIGSEGV, as a reader crash would)
# costs only its machine.
mkdir -p "$TMP/crash"
cp -r "$TMP/kinds/faulty/C" "$TMP/crash/a-big"
"$TOOLS/mkclusterlog" --size 100M --form nt --seed 3 -o "$TMP/crash/a-big/WINNT/Cluster/cluster.log" >/dev/null
cp -r "$TMP/kinds/faulty/C" "$TMP/crash/b-small"
"$KBWIZ" triage --jobs 1 --format jsonl "$TMP/crash" >"$TMP/crash.jsonl" 2>/dev/null &
parent=$!
child=""
i=0
while [ -z "$child" ] && [ "$i" -lt 500 ] && kill -0 "$parent" 2>/dev/null; do
	child=$(cat "/proc/$parent/task/$parent/children" 2>/dev/null | awk '{print $1}')
	i=$((i + 1))
done
# The worker may end between being found and being signalled (a fast
# machine, or a slow one that read the log first): stop it, and send
# SIGSEGV only when it is seen stopped, alive; otherwise the case is not
# reached and says so.
landed=""
if [ -n "$child" ] && kill -STOP "$child" 2>/dev/null; then
	i=0
	while [ "$i" -lt 50 ]; do
		state=$(sed 's/.*) //' "/proc/$child/stat" 2>/dev/null | cut -d' ' -f1)
		case "$state" in
		T | t) kill -SEGV "$child" 2>/dev/null && landed=1; break ;;
		"" | Z | X) break ;;
		esac
		sleep 0.01
		i=$((i + 1))
	done
	kill -CONT "$child" 2>/dev/null
fi
wait "$parent"
rc=$?
if [ -z "$landed" ]; then
	skip "triage: a crashed worker" "the worker ended before it could be killed"
else
	got=$(jq -r 'select(.path)|.verdict' "$TMP/crash.jsonl" | tr '\n' ' ')
	reason=$(jq -r 'select(.path)|.problems[0].reason // empty' "$TMP/crash.jsonl" | head -1)
	case "$rc $got $reason" in
	# Under ASan the worker's own SEGV handler reports and exits 1.
	"5 unreadable confirmed "*"killed by signal 11"* | "5 unreadable confirmed "*"ended without a result"*)
		pass "triage: a worker killed by SIGSEGV costs only its machine, exit 5" ;;
	*) fail "triage: crashed worker" "exit $rc: $got $reason" ;;
	esac
fi

# triage gives each machine the verdict diagnose gives it, by the same
# model: a service doctor finding counts, a machine kbwiz repaired is
# repaired, and a volume with no evidence is unreadable, never none.
V="$TMP/verdicts"
mkdir -p "$V/sd/C/WINNT/system32/config" "$V/empty/C/Windows/System32/config" "$V/rep"
cat >"$V/sd.spec" <<'SPEC'
@name SYSTEM
[Select]
"Current"=dword:1
"LastKnownGood"=dword:2
[ControlSet001\Control\ComputerName\ComputerName]
"ComputerName"="SRV9"
[ControlSet001\Services\Foo]
"DisplayName"="Foo Service"
"ImagePath"=expand:"%SystemRoot%\system32\foo.exe"
"Start"=dword:2
"Type"=dword:10
SPEC
printf '2005-01-10 08:00:01|7000|error|Service Control Manager|SRV9|Foo Service|%%%%2\n' >"$V/sd-events.spec"
"$TOOLS/mkhive" "$V/sd.spec" "$V/sd/C/WINNT/system32/config/SYSTEM" >/dev/null
"$TOOLS/mkevt" "$V/sd-events.spec" "$V/sd/C/WINNT/system32/config/SysEvent.Evt" >/dev/null
"$KBWIZ_SRC/tests/make-demo.sh" "$KBWIZ_BUILD" "$V/rep" >/dev/null
"$KBWIZ" fix --rule Q262832 --hive "$V/rep/C/WINNT/system32/config/SYSTEM" --apply --yes >/dev/null 2>&1
# diagnose's verdict of a machine: confirmed when a rule or the service
# doctor is (diagnose exits 0), else its rules' best verdict, else the
# service doctor's; "unreadable" when it found nothing to judge.
diagnose_verdict() {
	"$KBWIZ" diagnose --json --root "$1" >"$V/d.json" 2>"$V/d.err"
	if grep -q 'no evidence: nothing to judge' "$V/d.err"; then echo unreadable; return; fi
	jq -r '[.rules[].verdict] as $r | [.service_doctor.findings // [] | .[].verdict] as $s
		| ["possible","cause-not-found","repaired"] as $w
		| if ($s | index("confirmed")) or ($r | index("confirmed")) then "confirmed"
		  else (first($w[] as $x | select($r | index($x)) | $x)
			// first($w[] as $x | select($s | index($x)) | $x) // "none") end' "$V/d.json"
}
for case in sd:confirmed rep:repaired empty:unreadable; do
	name=${case%%:*} want=${case#*:}
	dv=$(diagnose_verdict "$V/$name/C")
	"$KBWIZ" triage --format jsonl "$V/$name" >"$V/t.jsonl" 2>/dev/null; trc=$?
	tv=$(jq -r 'select(.path)|.verdict' "$V/t.jsonl")
	if [ "$tv" = "$dv" ] && [ "$tv" = "$want" ]; then
		pass "triage == diagnose on the $name machine: $want"
	else
		fail "triage == diagnose on the $name machine" "triage $tv, diagnose $dv, wanted $want"
	fi
	case "$name" in empty)
		reason=$(jq -r 'select(.path)|.problems[0].reason' "$V/t.jsonl")
		case "$trc:$reason" in 3:"no evidence: nothing to judge"*) pass "triage: a machine with no evidence says so and exits 3" ;;
		*) fail "triage: no evidence" "exit $trc: $reason" ;; esac ;;
	esac
done
expect_out "triage table: a machine confirmed by the service doctor names the service" 0 \
	'^confirmed +SRV9 +service Foo ' "$KBWIZ" triage "$V/sd"
