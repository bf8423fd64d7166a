#!/bin/sh
# bench_logscan.sh: logscan against grep -F -c -f on a 1 GiB generated
# cluster log, with the Q262832 sequence (16 literals) plus 1,000 made-up
# log phrases as patterns.  Prints MB/s for both, the ratio kbwiz/grep and
# logscan's peak RSS; best of two runs each.  Fails if the hit line counts
# differ, if logscan is slower than grep, or if its peak RSS reaches
# 64 MiB.  The log is cached in $KBWIZ_BUILD/bench/ and reused.
# LOGSCAN_BENCH_SIZE (default 1G) changes the size.
set -eu
BUILD=${KBWIZ_BUILD:-build}
SRC=${KBWIZ_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$SRC"
gen="$BUILD/tools/mkclusterlog"
tool="$BUILD/tools/logscan_bench"
for t in "$gen" "$tool"; do
	[ -x "$t" ] || { echo "bench_logscan: $t missing (make _test-build)"; exit 1; }
done
dir="$BUILD/bench"
mkdir -p "$dir"
size=${LOGSCAN_BENCH_SIZE:-1G}
log="$dir/cluster-$size.log"
pat="$dir/logscan-patterns.txt"
args="--size $size --form nt --scenario q262832 --seed 42"

now() { date +%s.%N; }

# The arguments are kept next to the log so that a changed generator
# call regenerates it.
if [ ! -f "$log" ] || [ "$(cat "$log.args" 2>/dev/null)" != "$args" ]; then
	t0=$(now)
	"$gen" $args -o "$log.tmp"
	mv "$log.tmp" "$log"
	echo "$args" >"$log.args"
	echo "generated $log in $(awk "BEGIN{printf \"%.1f\", $(now) - $t0}")s"
fi
"$gen" --patterns 1000 --seed 42 -o "$pat"
bytes=$(wc -c <"$log")
npat=$(wc -l <"$pat")
echo "log: $log ($bytes bytes), $npat literal patterns"

best_k=""
best_g=""
k_out=""
g_lines=""
for run in 1 2; do
	k_out=$("$tool" "$pat" "$log")
	s=$(echo "$k_out" | sed -n 's/.*seconds=\([0-9.]*\).*/\1/p')
	if [ -z "$best_k" ] || awk "BEGIN{exit !($s < $best_k)}"; then best_k=$s; fi

	t0=$(now)
	g_lines=$(LC_ALL=C grep -F -c -f "$pat" "$log" || true)
	s=$(awk "BEGIN{printf \"%.3f\", $(now) - $t0}")
	if [ -z "$best_g" ] || awk "BEGIN{exit !($s < $best_g)}"; then best_g=$s; fi
done

k_lines=$(echo "$k_out" | sed -n 's/.*hit_lines=\([0-9]*\).*/\1/p')
k_hits=$(echo "$k_out" | sed -n 's/^hits=\([0-9]*\).*/\1/p')
rss=$(echo "$k_out" | sed -n 's/.*maxrss_kib=\([0-9]*\).*/\1/p')
awk -v b="$bytes" -v k="$best_k" -v g="$best_g" -v rss="$rss" \
    -v kh="$k_hits" -v kl="$k_lines" -v gl="$g_lines" 'BEGIN {
	km = b / 1e6 / k; gm = b / 1e6 / g
	printf "logscan:    %8.1f MB/s  (%.3f s, %s hits on %s lines)\n", km, k, kh, kl
	printf "grep -F -c: %8.1f MB/s  (%.3f s, %s lines)\n", gm, g, gl
	printf "ratio kbwiz/grep: %.2f\n", km / gm
	printf "logscan peak RSS: %.1f MiB\n", rss / 1024
}'
rc=0
if [ "$k_lines" != "$g_lines" ]; then
	echo "FAIL: logscan found $k_lines hit lines, grep $g_lines"
	rc=1
fi
if [ "$rss" -ge 65536 ]; then
	echo "FAIL: peak RSS ${rss} KiB is not under 64 MiB"
	rc=1
fi
if awk "BEGIN{exit !($best_k > $best_g)}"; then
	echo "FAIL: logscan is slower than grep -F"
	rc=1
fi
exit $rc
