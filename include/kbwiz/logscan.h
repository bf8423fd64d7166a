/* logscan.h: scanning text logs (cluster logs and others) for the
 * patterns of every rule in one pass.
 *
 * The file is streamed: memory stays flat whatever its size.  Encodings
 * UTF-8, UTF-8 with BOM and UTF-16LE with BOM are detected and lines are
 * handed out as UTF-8; CRLF or LF; lines of any length; NUL bytes and
 * binary junk are tolerated (counted, never fatal). */
#ifndef KBWIZ_LOGSCAN_H
#define KBWIZ_LOGSCAN_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"

struct logscan;   /* opaque: a compiled set of patterns */

int logscan_new(struct logscan **out, struct kb_error *err);
void logscan_free(struct logscan *ls);

/* Add a pattern; group and index are the caller's (e.g. which rule's
 * evidence block and which pattern in it) and come back in each hit.
 * Literal patterns match as substrings, case-sensitively; regexes are
 * PCRE2.  A bad regex is an error naming the pattern. */
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

struct logscan_hit {
	int group;
	int index;
	const char *path;
	uint64_t line_no;        /* 1-based */
	const char *timestamp;   /* "2002/06/11-10:15:42.123" or NULL */
	const char *line;        /* the whole line, UTF-8, without EOL; may
				    hold any bytes: sanitize before display */
	size_t line_len;
	size_t match_off, match_len;
};

/* Called for each hit, in line order; return non-zero to stop the scan
 * (logscan_file then returns KB_ECANCEL). */
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
	uint64_t longest_line;
	enum log_format format;
	enum text_encoding encoding;
};

int logscan_file(struct logscan *ls, const char *path, logscan_hit_fn on_hit,
		 logscan_progress_fn on_progress, void *ctx,
		 struct logscan_stats *stats, struct kb_error *err);

/* The same over a buffer in memory (tests, fuzzing). */
int logscan_buffer(struct logscan *ls, const char *name, const void *data,
		   size_t len, logscan_hit_fn on_hit, void *ctx,
		   struct logscan_stats *stats, struct kb_error *err);

const char *log_format_name(enum log_format f);

#endif
