/* logscan_bench: scans one log with logscan for the literal patterns in a
 * file (one per line) and prints the figures bench/bench_logscan.sh
 * compares with grep -F -c -f:
 *
 *   logscan_bench [-e REGEX]... [-l FILE] [-j WORKERS] [-m BYTES] PATTERNS LOG
 *
 * -j and -m are logscan_set_parallel's workers and min_part_bytes (tests
 * force the split on small logs with -m).  -l writes each hit line's number to FILE, one a line, as grep -n would
 * number them (tests compare the two).
 * Output, one line: hits=N hit_lines=N lines=N bytes=N seconds=S
 * mb_per_s=R maxrss_kib=K.  hit_lines is what grep -c counts. */
#include "kbwiz/logscan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

struct counts {
	uint64_t hits, hit_lines, last_line;
	FILE *lines_out;
};

static int on_hit(void *ctx, const struct logscan_hit *hit)
{
	struct counts *c = ctx;

	c->hits++;
	if (hit->line_no != c->last_line) {
		c->hit_lines++;
		c->last_line = hit->line_no;
		if (c->lines_out != NULL)
			fprintf(c->lines_out, "%llu\n", (unsigned long long)hit->line_no);
	}
	return 0;
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int add_patterns(struct logscan *ls, const char *path,
			struct kb_error *err)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int index = 0, rc = 0;

	if (f == NULL) {
		perror(path);
		return -1;
	}
	while (rc == 0 && (len = getline(&line, &cap, f)) >= 0) {
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0)
			continue;
		rc = logscan_add(ls, 0, index++, 0, line, err);
	}
	free(line);
	fclose(f);
	return rc;
}

int main(int argc, char **argv)
{
	struct logscan *ls = NULL;
	struct logscan_stats st;
	struct kb_error err = { { 0 } };
	struct counts c = { 0, 0, 0, NULL };
	struct rusage ru;
	double t0, secs;
	int i, rc, n_rx = 0;
	unsigned workers = 0;
	unsigned long long min_part = 0;

	if (argc < 3) {
		fprintf(stderr, "usage: logscan_bench [-e REGEX]... [-l FILE] [-j WORKERS] [-m BYTES] PATTERNS LOG\n");
		return 2;
	}
	if (logscan_new(&ls, &err) != 0)
		goto fail;
	for (i = 1; i + 2 < argc; i += 2) {
		if (strcmp(argv[i], "-l") == 0) {
			if (c.lines_out != NULL)
				fclose(c.lines_out);
			c.lines_out = fopen(argv[i + 1], "w");
			if (c.lines_out == NULL) {
				perror(argv[i + 1]);
				return 2;
			}
			continue;
		}
		if (strcmp(argv[i], "-j") == 0 || strcmp(argv[i], "-m") == 0) {
			if (argv[i][1] == 'j')
				workers = (unsigned)strtoul(argv[i + 1], NULL, 10);
			else
				min_part = strtoull(argv[i + 1], NULL, 10);
			continue;
		}
		if (strcmp(argv[i], "-e") != 0) {
			fprintf(stderr, "logscan_bench: unknown option %s\n", argv[i]);
			return 2;
		}
		if (logscan_add(ls, 1, n_rx++, 1, argv[i + 1], &err) != 0)
			goto fail;
	}
	if (add_patterns(ls, argv[argc - 2], &err) != 0 ||
	    logscan_set_parallel(ls, workers, min_part, &err) != 0)
		goto fail;
	t0 = now_s();
	rc = logscan_file(ls, argv[argc - 1], on_hit, NULL, &c, &st, &err);
	secs = now_s() - t0;
	if (c.lines_out != NULL && fclose(c.lines_out) != 0) {
		perror("logscan_bench: -l");
		rc = -1;
	}
	c.lines_out = NULL;
	if (rc != 0)
		goto fail;
	getrusage(RUSAGE_SELF, &ru);
	printf("hits=%llu hit_lines=%llu lines=%llu bytes=%llu seconds=%.3f "
	       "mb_per_s=%.1f maxrss_kib=%ld nul=%llu longest=%llu format=\"%s\"\n",
	       (unsigned long long)c.hits, (unsigned long long)c.hit_lines,
	       (unsigned long long)st.lines, (unsigned long long)st.bytes, secs,
	       (double)st.bytes / 1e6 / secs, ru.ru_maxrss,
	       (unsigned long long)st.nul_bytes,
	       (unsigned long long)st.longest_line, log_format_name(st.format));
	logscan_free(ls);
	return 0;
fail:
	fprintf(stderr, "logscan_bench: %s\n", err.msg);
	logscan_free(ls);
	return 1;
}
