#!/bin/sh
# bench_diagnose_root.sh: `kbwiz diagnose --root` of a realistic case (the
# real 12 MB SYSTEM hive and 6,501-record SysEvent.Evt of ../shared/testdata
# when present, else generated ones; a generated 64 MiB cluster log), with
# the readers side by side (the default: logs on a thread beside events and
# hive, a large log split across the CPUs) and one after another
# (KBWIZ_SERIAL_READERS=1 KBWIZ_LOG_WORKERS=1), against the manual
# toolchain run in sequence on the same files (grep -F -c -f with the KB's
# literals on the log, evtexport of the event log, hivexget of the keys
# Q262832 reads).  Best of three each: wall, CPU (user + sys), peak RSS.
# Both cores used shows as the default's wall below its CPU time.
# ROOT_BENCH_LOG_SIZE (default 64M) changes the log's size.
set -eu
. "${KBWIZ_SRC:-$(cd "$(dirname "$0")/.." && pwd)}/bench/lib.sh"
bench_dirs
TD="$SRC/../shared/testdata"
size=${ROOT_BENCH_LOG_SIZE:-64M}
vol="$BUILD/bench/root-$size"
db="$BUILD/bench/root.db"
lits="$BUILD/bench/kb-literals.txt"
for t in "$K" "$BUILD/tools/mkclusterlog" "$BUILD/tools/mkhive" "$BUILD/tools/mkevt"; do
	[ -x "$t" ] || { echo "bench_diagnose_root: $t missing (make _test-build)"; exit 1; }
done
cfg="$vol/WINNT/system32/config"
if [ ! -f "$vol/.done" ]; then
	rm -rf "$vol"
	mkdir -p "$cfg" "$vol/WINNT/Cluster"
	if [ -f "$TD/hives/SYSTEM" ] && [ -f "$TD/evt/SysEvent.Evt" ]; then
		cp "$TD/hives/SYSTEM" "$cfg/SYSTEM"
		cp "$TD/evt/SysEvent.Evt" "$cfg/SysEvent.Evt"
	else
		echo "(../shared/testdata absent: generated hive and event log)"
		"$BUILD/tools/mkhive" "$SRC/tests/fixtures/hives/q262832-transports-lacks-clusnet.spec" "$cfg/SYSTEM" >/dev/null
		"$BUILD/tools/mkevt" "$SRC/tests/fixtures/events/cluster-node-7023.spec" "$cfg/SysEvent.Evt" >/dev/null
	fi
	chmod u+w "$cfg/SYSTEM" "$cfg/SysEvent.Evt"
	"$BUILD/tools/mkclusterlog" --size "$size" --form nt --scenario q262832 --seed 42 \
		-o "$vol/WINNT/Cluster/cluster.log"
	: >"$vol/.done"
fi
kb_literals "$SRC/kb" "$lits"
rm -f "$db" "$db-wal" "$db-shm"
"$K" --db "$db" --kb-dir "$SRC/kb" kb list >/dev/null 2>&1

man="$BUILD/bench/root-manual.sh"
{
	echo "LC_ALL=C grep -F -c -f '$lits' '$vol/WINNT/Cluster/cluster.log'"
	echo "evtexport '$cfg/SysEvent.Evt'"
	echo "hivexget '$cfg/SYSTEM' 'Select' Current"
	echo "hivexget '$cfg/SYSTEM' 'ControlSet001\\Services\\NetBT\\Linkage'"
	echo "hivexget '$cfg/SYSTEM' 'ControlSet001\\Services\\ClusSvc\\Parameters'"
} >"$man"

par=$(best3v "$K" --db "$db" --kb-dir "$SRC/kb" diagnose --root "$vol")
ser=$(best3v env KBWIZ_SERIAL_READERS=1 KBWIZ_LOG_WORKERS=1 "$K" --db "$db" --kb-dir "$SRC/kb" diagnose --root "$vol")
tool=$(best3v sh "$man")
echo "case: $(du -sh "$vol" | cut -f1) in $vol; $(nproc) CPUs online"
vs_line "diagnose --root (side by side)" "$par" "$ser" "one after another"
vs_line "diagnose --root (side by side)" "$par" "$tool" "manual toolchain (grep, evtexport, hivexget x3)"
