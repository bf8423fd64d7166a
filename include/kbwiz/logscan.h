/* logscan.h: scanning text logs (cluster logs and others) for the
 * patterns of every rule in one pass.
 *
 * The file is streamed: memory stays flat whatever its size.  Encodings
 * UTF-8, UTF-8 with BOM and UTF-16LE with BOM are detected and lines are
 * handed out as UTF-8; CRLF or LF; lines of any length; NUL bytes and
 * binary junk are tolerated (counted, never fatal).
 *
 * Memory is bounded by the scan window (LOGSCAN_WINDOW_DEFAULT, 4 MiB):
 * a line longer than the window is never held whole.  It is searched in
 * slices that overlap by LOGSCAN_OVERLAP_MAX bytes (or a quarter of a
 * smaller window), so a literal hit anywhere in it is still found, and
 * the hit carries the slice around it (line_is_slice, line_offset).  A
 * regex match on such a line is found when it fits in one slice. */
#ifndef KBWIZ_LOGSCAN_H
#define KBWIZ_LOGSCAN_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"

struct logscan;   /* opaque: a compiled set of patterns */

#define LOGSCAN_WINDOW_DEFAULT ((size_t)4 << 20)
#define LOGSCAN_WINDOW_MIN ((size_t)64)
#define LOGSCAN_OVERLAP_MAX ((size_t)64 << 10)

int logscan_new(struct logscan **out, struct kb_error *err);
void logscan_free(struct logscan *ls);

/* Set the scan window (default LOGSCAN_WINDOW_DEFAULT; at least
 * LOGSCAN_WINDOW_MIN).  Small windows exist for tests and fuzzing, to
 * make lines cross window boundaries.  A literal longer than the window's
 * overlap + 1 makes a later scan fail with KB_EINVAL naming it. */
int logscan_set_window(struct logscan *ls, size_t window_bytes,
		       struct kb_error *err);

/* Large inputs are scanned in parts side by side: a file (or buffer) of
 * at least 2 * min_part_bytes is split at line boundaries into up to
 * `workers` parts (0: one per online CPU, at most LOGSCAN_WORKERS_MAX;
 * 1: never split; min_part_bytes 0: LOGSCAN_PART_MIN_DEFAULT), each
 * scanned by its own thread with the same compiled patterns and a window
 * of its own.  Hits, line numbers and stats are those of the one-part
 * scan, and callbacks still come one at a time on the calling thread, in
 * line order; only memory grows (a window per part, plus at most
 * LOGSCAN_QUEUE_MAX bytes of hits waiting per part).  UTF-16 input is
 * never split.  Tests force the split on small inputs with a small
 * min_part_bytes. */
#define LOGSCAN_WORKERS_MAX 8u
#define LOGSCAN_PART_MIN_DEFAULT ((uint64_t)8 << 20)
#define LOGSCAN_QUEUE_MAX ((size_t)4 << 20)
int logscan_set_parallel(struct logscan *ls, unsigned workers,
			 uint64_t min_part_bytes, struct kb_error *err);

/* Add a pattern; group and index are the caller's (e.g. which rule's
 * evidence block and which pattern in it) and come back in each hit.
 * Literal patterns match as substrings, case-sensitively; regexes are
 * PCRE2 (UTF-8 mode, invalid UTF-8 in the log tolerated), matched against
 * each line on its own: ^ and $ are the line's ends; a lone CR inside a
 * line also counts as a line end, as in PCRE2_NEWLINE_ANYCRLF.  A bad
 * regex is an error naming the pattern.  A literal holding CR or LF can
 * never match inside one line and is refused (KB_EINVAL); so is an empty
 * literal.  Patterns may be added until the first scan and again after
 * it (the matcher is rebuilt). */
int logscan_add(struct logscan *ls, int group, int index, int is_regex,
		const char *text, struct kb_error *err);

/* The form of a log's lines, detected from its first lines. */
enum log_format {
	LOGFMT_PLAIN,
	LOGFMT_CLUSTER_NT,    /* 000003a4.000003b8::2002/06/11-10:15:42.123 msg */
	LOGFMT_CLUSTER_2008,  /* 00000a10.00000bb8::2008/06/11-10:15:42.123 INFO [NM] msg */
};

enum text_encoding {
	ENC_UTF8,
	ENC_UTF8_BOM,
	ENC_UTF16LE_BOM,
};

/* Every pointer in a hit is valid only during the callback. */
struct logscan_hit {
	int group;
	int index;
	const char *path;
	uint64_t line_no;        /* 1-based */
	const char *timestamp;   /* "2002/06/11-10:15:42.123" or NULL: the
				    cluster log prefix's time, or in other
				    logs a leading "YYYY-MM-DD hh:mm:ss[.f]"
				    (or with / or T) as written */
	const char *line;        /* the whole line, UTF-8, without EOL; may
				    hold any bytes: sanitize before display */
	size_t line_len;
	size_t match_off, match_len;  /* within line */
	/* A line longer than the window comes as a slice: line points at the
	 * slice, which starts line_offset bytes into the whole line. */
	uint64_t line_offset;
	int line_is_slice;
};

/* Called for each hit, in line order (within a line, by match start,
 * then length, group and index; a line longer than the window, slice by
 * slice); return non-zero to stop the scan, which then returns
 * KB_ECANCEL. */
typedef int (*logscan_hit_fn)(void *ctx, const struct logscan_hit *hit);

/* Called now and then with bytes read so far of total; return non-zero to
 * cancel.  May be NULL. */
typedef int (*logscan_progress_fn)(void *ctx, uint64_t done_bytes,
				   uint64_t total_bytes);

struct logscan_stats {
	uint64_t bytes;
	uint64_t lines;
	uint64_t hits;
	uint64_t nul_bytes;      /* NUL bytes seen (binary junk) */
	uint64_t longest_line;   /* bytes, without EOL */
	uint64_t long_lines;     /* lines longer than the window (sliced) */
	uint64_t regex_gave_up;  /* regex match attempts stopped by PCRE2's
				    match limit; counted as no match */
	enum log_format format;
	enum text_encoding encoding;
};

/* bytes counts the file's bytes as read (before any UTF-16 conversion);
 * lines counts a last line without EOL too.  stats may be NULL.  A
 * missing file is KB_ENOTFOUND, other read errors KB_EIO, both naming
 * the file. */
int logscan_file(struct logscan *ls, const char *path, logscan_hit_fn on_hit,
		 logscan_progress_fn on_progress, void *ctx,
		 struct logscan_stats *stats, struct kb_error *err);

/* The same over a buffer in memory (tests, fuzzing). */
int logscan_buffer(struct logscan *ls, const char *name, const void *data,
		   size_t len, logscan_hit_fn on_hit, void *ctx,
		   struct logscan_stats *stats, struct kb_error *err);

const char *log_format_name(enum log_format f);

#endif
