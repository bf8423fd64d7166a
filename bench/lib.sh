# lib.sh: helpers shared by bench scripts (sourced, not run by run.sh).

# bench_dirs: BUILD (absolute), SRC, K (the kbwiz binary) from KBWIZ_BUILD
# and KBWIZ_SRC as bench/run.sh sets them (defaults: build, the checkout
# holding the script); the working directory becomes SRC.
bench_dirs() {
	BUILD=${KBWIZ_BUILD:-build}
	SRC=${KBWIZ_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
	cd "$SRC"
	case "$BUILD" in /*) ;; *) BUILD="$SRC/$BUILD" ;; esac
	K="$BUILD/kbwiz"
}

# kb_literals DIR OUT: the log literals of the rule files DIR/*.yaml
# ("- literal:" lines, quotes taken off), one a line in OUT, for
# grep -F -f beside kbwiz on the same lines.
kb_literals() {
	grep -h -E '^ +- literal:' "$1"/*.yaml |
		sed 's/^ *- literal: "\(.*\)"$/\1/; s/^ *- literal: //' >"$2"
}
now() { date +%s.%N; }

# best3 CMD...: the best wall time of three runs of CMD, in seconds
# (output discarded; a failing run still counts its time).
best3() {
	b=""
	for _ in 1 2 3; do
		t0=$(now)
		"$@" >/dev/null 2>&1 || true
		s=$(awk "BEGIN{printf \"%.4f\", $(now) - $t0}")
		if [ -z "$b" ] || awk "BEGIN{exit !($s < $b)}"; then b=$s; fi
	done
	echo "$b"
}

# best3v CMD...: like best3, and with the CPU time and peak RSS of that
# best run (/usr/bin/time): prints "WALL USER+SYS RSS_KIB".
best3v() {
	bestv 3 "$@"
}

# bestv N CMD...: best3v over N runs (more on a loaded machine).
bestv() {
	runs=$1
	shift
	b="" bc="" br=""
	tf=$(mktemp)
	for _ in $(seq "$runs"); do
		t0=$(now)
		/usr/bin/time -o "$tf" -f "%U %S %M" "$@" >/dev/null 2>&1 || true
		s=$(awk "BEGIN{printf \"%.4f\", $(now) - $t0}")
		if [ -z "$b" ] || awk "BEGIN{exit !($s < $b)}"; then
			b=$s
			bc=$(tail -1 "$tf" | awk '{printf "%.2f", $1 + $2}')
			br=$(tail -1 "$tf" | awk '{print $3}')
		fi
	done
	rm -f "$tf"
	echo "$b $bc $br"
}

# bestus N CMD...: bestv's "WALL USER+SYS RSS_KIB", the CPU time to the
# microsecond (bench/proc_time.py, wait4) when python3 is there: commands
# of a few milliseconds fall below /usr/bin/time's hundredths.
bestus() {
	if command -v python3 >/dev/null 2>&1; then
		python3 "$(dirname "$0")/proc_time.py" "$@"
	else
		bestv "$@"
	fi
}

# vs_line WHAT OURS THEIRS THEIR_NAME: one line comparing two best3v
# results: wall, CPU and peak RSS each, and the ratios ours/theirs.
vs_line() {
	echo "$2 $3" | awk -v what="$1" -v them="$4" '{
		printf "%s: wall %.3f s, cpu %.2f s, peak RSS %.1f MiB   %s: wall %.3f s, cpu %.2f s   ratio wall %.2f, cpu %.2f\n",
			what, $1, $2, $3 / 1024, them, $4, $5, $1 / $4, ($5 > 0 ? $2 / $5 : 0) }'
}
