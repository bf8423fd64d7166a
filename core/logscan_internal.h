/* logscan_internal.h: what logscan.c and logscan_par.c (a large input
 * scanned in parts side by side) share; not part of the API. */
#ifndef KBWIZ_LOGSCAN_INTERNAL_H
#define KBWIZ_LOGSCAN_INTERNAL_H

#include "kbwiz/logscan.h"

/* One byte range [start, end) of an input: a regular file read with
 * pread (fd >= 0), or memory.  A range not at the input's start begins
 * a line and has no BOM. */
struct logscan_range {
	const char *name;
	int fd;
	const unsigned char *mem;
	uint64_t start, end;
	uint64_t total;          /* the whole input's size, for progress */
	int own_match;           /* runs beside other scans: PCRE2 match
				    data of its own */
};

/* Checks the literals against the window and builds the matcher; after
 * it the logscan is only read by scans, so threads may share it. */
int logscan_prepare(struct logscan *ls, struct kb_error *err);

/* Scans one range as logscan_file would a whole file: line numbers and
 * stats count from the range's start. */
int logscan_scan_range(struct logscan *ls, const struct logscan_range *r,
		       logscan_hit_fn on_hit, logscan_progress_fn on_progress,
		       void *ctx, struct logscan_stats *stats,
		       struct kb_error *err);

/* The bytes a scan reads before it searches its first run of lines,
 * where it tells the log's format: the first part of a split input holds
 * at least that much, so that it tells the same format. */
size_t logscan_first_fill(const struct logscan *ls);

/* How many parts an input of size bytes is split into (1: not split). */
unsigned logscan_parts_for(const struct logscan *ls, uint64_t size);

/* Scans the whole input r (start 0) split at line boundaries into
 * logscan_parts_for parts, one thread each; hits reach on_hit on the
 * calling thread, in the serial scan's order, with the serial scan's
 * line numbers.  Falls back to one part for UTF-16 input. */
int logscan_par_scan(struct logscan *ls, const struct logscan_range *r,
		     logscan_hit_fn on_hit, logscan_progress_fn on_progress,
		     void *ctx, struct logscan_stats *stats,
		     struct kb_error *err);

#endif
