# test_diagnose_parallel.sh: `kbwiz diagnose` reads text logs on a thread
# beside the event logs and hives, and splits large logs into parts
# scanned side by side; the output is the serial run's, byte for byte
# (KBWIZ_SERIAL_READERS, KBWIZ_LOG_WORKERS and KBWIZ_LOG_PART_MIN choose
# the way; the split is forced on these small logs).
. "$KBWIZ_SRC/tests/e2e/lib.sh"
FIX="$KBWIZ_SRC/tests/fixtures"

"$TOOLS/mkhive" "$FIX/hives/q262832-transports-lacks-clusnet.spec" "$TMP/SYSTEM" >/dev/null
"$TOOLS/mkevt" "$FIX/events/cluster-node-7023.spec" "$TMP/fault.evt" >/dev/null
"$TOOLS/mkevt" "$FIX/events/healthy-node.spec" "$TMP/healthy.evt" >/dev/null
"$TOOLS/mkclusterlog" --size 2M --form nt --scenario q262832 --seed 3 -o "$TMP/cluster.log"
"$TOOLS/mkclusterlog" --size 1M --form 2008 --crlf --scenario q262832 --seed 4 -o "$TMP/cluster2008.log"
printf 'not a log\000\377\n' >"$TMP/junk.log"

# the store, made once before the runs compared
"$KBWIZ" kb list >/dev/null 2>&1

serial() { KBWIZ_SERIAL_READERS=1 KBWIZ_LOG_WORKERS=1 "$KBWIZ" "$@"; }
parallel() { KBWIZ_LOG_WORKERS=3 KBWIZ_LOG_PART_MIN=1 "$KBWIZ" "$@"; }

same_output() {
	name=$1
	shift
	serial "$@" >"$TMP/serial.out" 2>"$TMP/serial.err"
	src=$?
	parallel "$@" >"$TMP/parallel.out" 2>"$TMP/parallel.err"
	prc=$?
	if [ "$src" != "$prc" ]; then
		fail "$name" "exit $prc, serially $src"
	elif ! cmp -s "$TMP/serial.out" "$TMP/parallel.out"; then
		fail "$name" "output differs: $(diff "$TMP/serial.out" "$TMP/parallel.out" | head -5)"
	elif ! cmp -s "$TMP/serial.err" "$TMP/parallel.err"; then
		fail "$name" "messages differ: $(diff "$TMP/serial.err" "$TMP/parallel.err" | head -5)"
	elif [ ! -s "$TMP/serial.out" ]; then
		fail "$name" "no output: nothing compared"
	else
		pass "$name"
	fi
}

all="--hive $TMP/SYSTEM --events $TMP/fault.evt --events $TMP/healthy.evt --log $TMP/cluster.log --log $TMP/cluster2008.log"
# shellcheck disable=SC2086 # $all holds the options on purpose
same_output "diagnose --json: hive, two event logs, two cluster logs read side by side as serially" \
	diagnose --json $all
# shellcheck disable=SC2086
same_output "diagnose text output: the same read side by side as serially" diagnose --all $all
same_output "diagnose --json: logs before events and hive on the command line" \
	diagnose --json --log "$TMP/cluster2008.log" --log "$TMP/cluster.log" \
	--hive "$TMP/SYSTEM" --events "$TMP/fault.evt"
same_output "diagnose --json: unreadable and missing files keep their place and messages" \
	diagnose --json --log "$TMP/junk.log" --log "$TMP/missing.log" --events "$TMP/missing.evt" \
	--log "$TMP/cluster.log" --hive "$TMP/missing-SYSTEM" --events "$TMP/fault.evt"
same_output "diagnose --json: logs only" diagnose --json --log "$TMP/cluster.log"
# Several event files are read side by side and merged in file order:
# first and last events, counts, the service doctor's and the
# unexplained events' list, with no log and with one.
cp "$TMP/fault.evt" "$TMP/fault2.evt"
same_output "diagnose --json: three event logs read side by side as serially" \
	diagnose --json --events "$TMP/healthy.evt" --events "$TMP/fault.evt" --events "$TMP/fault2.evt"
same_output "diagnose text output: three event logs and a hive, side by side as serially" \
	diagnose --all --events "$TMP/fault.evt" --events "$TMP/healthy.evt" \
	--events "$TMP/fault2.evt" --hive "$TMP/SYSTEM"
same_output "diagnose --json: event logs, one missing and one not a log, beside a log" \
	diagnose --json --events "$TMP/fault.evt" --events "$TMP/missing.evt" \
	--events "$TMP/junk.log" --events "$TMP/healthy.evt" --log "$TMP/cluster.log"

mkdir -p "$TMP/vol/winnt/system32/config" "$TMP/vol/winnt/cluster"
cp "$TMP/SYSTEM" "$TMP/vol/winnt/system32/config/system"
cp "$TMP/fault.evt" "$TMP/vol/winnt/system32/config/sysevent.evt"
cp "$TMP/cluster.log" "$TMP/vol/winnt/cluster/cluster.log"
same_output "diagnose --root --json: the same read side by side as serially" \
	diagnose --json --root "$TMP/vol"

check "the parallel run finds the Q262832 sequence in the split log" \
	jq -e '[.rules[] | select(.id == "Q262832") | .evidence[0] | .matched == 16 and .complete] == [true]' \
	"$TMP/parallel.out"
