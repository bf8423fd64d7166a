#!/bin/sh
# mkrules.sh N DIR: write N made-up rule files (Q9NNNNNN.yaml) into DIR,
# each with one cluster-log literal, one event and one registry check, as
# the benchmarks' stand-in for a knowledge base of N articles.  The
# literals are log-like phrases built from a fixed word list with a
# fixed seed, so the same N gives the same files; few of them occur in
# mkclusterlog's logs, as with a real KB.
set -eu
n=${1:?usage: mkrules.sh N DIR}
dir=${2:?usage: mkrules.sh N DIR}
mkdir -p "$dir"
awk -v n="$n" -v dir="$dir" 'BEGIN {
	srand(17)
	nc = split("CS INIT FM DM NM GUM CPROXY API RM OM EP LM MM CP", comp, " ")
	nw = split("Failed to open the quorum resource online offline " \
		"registry checkpoint node join retry group arbitrate " \
		"heartbeat network interface timeout status lost " \
		"replicate update partition restore cannot starting " \
		"stopping shutdown disk volume cluster service rpc bind", w, " ")
	for (i = 1; i <= n; i++) {
		id = sprintf("Q9%06d", i)
		lit = sprintf("[%s] %s %s %s %s, status %d", comp[int(rand() * nc) + 1],
			w[int(rand() * nw) + 1], w[int(rand() * nw) + 1],
			w[int(rand() * nw) + 1], w[int(rand() * nw) + 1], 5000 + i)
		f = dir "/" id ".yaml"
		printf "id: %s\narticle: %s\ntitle: Made-up rule %d for benchmarks\n", id, id, i > f
		printf "published: 2001-01-01\nproducts: [{name: Windows NT Server}]\n" > f
		printf "symptoms:\n  - id: ev\n    inferred: bench\n" > f
		printf "    event: {log: System, id: %d, source: Service Control Manager}\n", 7000 + i % 1000 > f
		printf "cause-inferred: bench\ncause: A made-up cause %d.\n", i > f
		printf "evidence:\n  - id: log\n    inferred: bench\n    description: a made-up log line\n" > f
		printf "    log: cluster\n    patterns:\n      - literal: \"%s\"\n", lit > f
		printf "checks:\n  - id: start\n    inferred: bench\n" > f
		printf "    key: '"'"'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Bench%d'"'"'\n", i > f
		printf "    value: Start\n    type: REG_DWORD\n    expect: equals\n    data: 3\n" > f
		printf "remediation:\n  - id: fix\n    inferred: bench\n    registry: {check: start, action: set-value}\n" > f
		printf "references: [%s]\n", id > f
		close(f)
	}
}'
