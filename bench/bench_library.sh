#!/bin/sh
# bench_library.sh: index the whole KB archive (56,929 articles, ../shared/
# kb-archive) into a fresh store with the article library, and load the
# same texts, decoded the same way, into a plain FTS5 table with the
# sqlite3 shell.  Prints the time, articles/s, the store's size, the ratio
# kbwiz/sqlite3 (target at most 1.5), kbwiz's peak RSS (under 256 MiB) and
# the median latency of 100 searches in process (under 20 ms), plus what
# `kbwiz kb library search` costs end to end.  The archive is unpacked
# once into $KBWIZ_BUILD/bench/kbarchive and reused.
set -eu
BUILD=${KBWIZ_BUILD:-build}
SRC=${KBWIZ_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$SRC"
case "$BUILD" in /*) ;; *) BUILD="$SRC/$BUILD" ;; esac
archive="$SRC/../shared/kb-archive/kb-archive.tar.xz"
tool="$BUILD/tools/library_bench"
if [ ! -f "$archive" ]; then
	echo "SKIP: bench_library: $archive not present"
	exit 0
fi
if ! command -v sqlite3 >/dev/null 2>&1; then
	echo "SKIP: bench_library: the sqlite3 shell is not installed"
	exit 0
fi
[ -x "$tool" ] || { echo "bench_library: $tool missing (make _test-build)"; exit 1; }
dir="$BUILD/bench"
mkdir -p "$dir"
src="$dir/kbarchive"
if [ ! -d "$src/txt" ] || [ "$(cat "$src/.stamp" 2>/dev/null)" != "$(stat -c %Y "$archive")" ]; then
	rm -rf "$src"
	mkdir -p "$src"
	tar -xJf "$archive" -C "$src"
	stat -c %Y "$archive" >"$src/.stamp"
fi
now() { date +%s.%N; }

# The sqlite3 side: the texts as kbwiz keeps them (decoded to UTF-8, LF).
exp="$dir/library-export"
rm -rf "$exp"
mkdir -p "$exp"
"$tool" export "$exp" "$dir/library-load.sql" "$src/txt" >/dev/null

best_k="" best_s="" k_out=""
for run in 1 2; do
	db="$dir/library-bench.db"
	rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
	out=$("$tool" index "$db" "$src/txt")
	s=$(echo "$out" | sed -n 's/.*seconds=\([0-9.]*\).*/\1/p')
	if [ -z "$best_k" ] || awk "BEGIN{exit !($s < $best_k)}"; then best_k=$s; k_out=$out; fi

	plain="$dir/library-plain.db"
	rm -f "$plain" "$plain-journal"
	t0=$(now)
	sqlite3 "$plain" <"$dir/library-load.sql"
	s=$(awk "BEGIN{printf \"%.3f\", $(now) - $t0}")
	if [ -z "$best_s" ] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; fi
done
db="$dir/library-bench.db"
store_bytes=$(( $(stat -c %s "$db") + $(stat -c %s "$db-wal" 2>/dev/null || echo 0) ))
plain_bytes=$(stat -c %s "$dir/library-plain.db")
added=$(echo "$k_out" | sed -n 's/.*added=\([0-9]*\).*/\1/p')
problems=$(echo "$k_out" | sed -n 's/.*problems=\([0-9]*\).*/\1/p')
rss=$(echo "$k_out" | sed -n 's/.*maxrss_kib=\([0-9]*\).*/\1/p')
s_out=$("$tool" search "$db" 1)
median=$(echo "$s_out" | sed -n 's/.*median_ms=\([0-9.]*\).*/\1/p')
p90=$(echo "$s_out" | sed -n 's/.*p90_ms=\([0-9.]*\).*/\1/p')
maxms=$(echo "$s_out" | sed -n 's/.*max_ms=\([0-9.]*\).*/\1/p')
nq=$(echo "$s_out" | sed -n 's/^queries=\([0-9]*\).*/\1/p')

awk -v k="$best_k" -v s="$best_s" -v n="$added" -v p="$problems" -v sb="$store_bytes" \
    -v pb="$plain_bytes" -v rss="$rss" -v med="$median" -v p90="$p90" -v mx="$maxms" -v nq="$nq" 'BEGIN {
	printf "kbwiz library add: %8.2f s  %6.0f articles/s  (%d articles, %d problems)\n", k, n / k, n, p
	printf "sqlite3 plain FTS5: %7.2f s  %6.0f articles/s\n", s, n / s
	printf "ratio kbwiz/sqlite3: %.2f\n", k / s
	printf "store size: %.1f MiB (plain FTS5 table: %.1f MiB)\n", sb / 1048576, pb / 1048576
	printf "kbwiz add peak RSS: %.1f MiB\n", rss / 1024
	printf "search latency over %d queries: median %.2f ms, p90 %.2f ms, max %.2f ms\n", nq, med, p90, mx
}'

# End to end, start-up included, when this kbwiz has `kb library`.
kbwiz="$BUILD/kbwiz"
if [ -x "$kbwiz" ] && KBWIZ_DB="$db" "$kbwiz" kb library search 7023 >/dev/null 2>&1; then
	t0=$(now)
	for i in 1 2 3 4 5 6 7 8 9 10; do
		KBWIZ_DB="$db" "$kbwiz" kb library search 7023 >/dev/null
	done
	awk "BEGIN{printf \"kbwiz kb library search 7023 end to end: %.1f ms\n\", ($(now) - $t0) * 100}"
else
	echo "kbwiz kb library search end to end: not measured (kb library not wired into $kbwiz)"
fi
rm -rf "$exp"

rc=0
if awk "BEGIN{exit !($best_k > 1.5 * $best_s)}"; then
	echo "FAIL: kbwiz takes more than 1.5 times the sqlite3 shell's time"
	rc=1
fi
if [ "$rss" -ge 262144 ]; then
	echo "FAIL: peak RSS ${rss} KiB is not under 256 MiB"
	rc=1
fi
if awk "BEGIN{exit !($median >= 20)}"; then
	echo "FAIL: median search latency ${median} ms is not under 20 ms"
	rc=1
fi
exit $rc
