# asdrawn.awk: each unseen set's figures as drawn, pooled (bench_kbimport.sh).
# The first row under each FIGURES.md table header "| importer at |":
# each set's figures as drawn; sums the (a/b) pairs of the events, errors
# and registry columns.
FNR == 1 { hdr = 0; done = 0 }
/^\| importer at/ && !done { n = split($0, h, "|"); hdr = 1; next }
hdr == 1 { hdr = 2; next }            # the |---| line
hdr == 2 && !done {
	split($0, c, "|")
	for (i = 2; i < n; i++) {
		k = h[i]; gsub(/^ +| +$/, "", k); sub(/ .*/, "", k)
		if (k != "events" && k != "errors" && k != "registry") continue
		cell = c[i]; m = 0
		while (match(cell, /\([0-9]+\/[0-9]+\)/)) {
			pair = substr(cell, RSTART + 1, RLENGTH - 2); split(pair, ab, "/")
			if (m == 0) { pa[k] += ab[1]; pb[k] += ab[2] } else { ra[k] += ab[1]; rb[k] += ab[2] }
			m++; cell = substr(cell, RSTART + RLENGTH)
		}
	}
	done = 1; hdr = 0
}
END {
	split("registry errors events", ks, " ")
	for (j = 1; j <= 3; j++) {
		k = ks[j]
		printf "%-9s precision %5.1f%% (%d of %d drafted)  recall %5.1f%% (%d of %d labelled)\n", k,
		    pb[k] ? 100 * pa[k] / pb[k] : 0, pa[k], pb[k], rb[k] ? 100 * ra[k] / rb[k] : 0, ra[k], rb[k]
	}
}
