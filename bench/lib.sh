# lib.sh: helpers shared by bench scripts (sourced, not run by run.sh).
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
