/* logview.h: reading a text log (cluster log or other) around a line, and
 * searching it, for the context view of a log hit.
 *
 * Lines are numbered as logscan numbers them (1-based; LF ends a line, a
 * CR before it is dropped; a last line without LF counts), so a hit's
 * line_no opens at the same line.  UTF-8, UTF-8 with BOM and UTF-16LE
 * with BOM are read; lines come out as UTF-8.
 *
 * Memory is bounded whatever the file's size: opening reads the file once
 * and remembers the byte offset of every LOGVIEW_INDEX_EVERY-th line (8
 * bytes per 1024 lines); reading a window seeks to the nearest remembered
 * line; a line is kept to LOGVIEW_LINE_MAX bytes (the rest is counted,
 * not held); searching streams each line in pieces.  Text comes from the
 * failing machine: sanitize before display. */
#ifndef KBWIZ_LOGVIEW_H
#define KBWIZ_LOGVIEW_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"
#include "kbwiz/logscan.h"

#define LOGVIEW_INDEX_EVERY 1024
#define LOGVIEW_LINE_MAX 4096
/* The longest search text (bytes). */
#define LOGVIEW_SEARCH_MAX 1024

struct logview;   /* opaque: an open log and its line index */

/* Open path and index its lines.  on_progress (may be NULL; it may
 * cancel: KB_ECANCEL) is called now and then with the bytes read.  A
 * missing file is KB_ENOTFOUND, a directory or unreadable file KB_EIO,
 * naming the file. */
int logview_open(const char *path, logscan_progress_fn on_progress, void *ctx,
		 struct logview **out, struct kb_error *err);
void logview_close(struct logview *lv);

const char *logview_path(const struct logview *lv);
uint64_t logview_line_count(const struct logview *lv);
uint64_t logview_size_bytes(const struct logview *lv);
enum text_encoding logview_encoding(const struct logview *lv);

struct logview_line {
	uint64_t line_no;      /* 1-based */
	char *text;            /* UTF-8, NUL-terminated, at most
				  LOGVIEW_LINE_MAX bytes; untrusted */
	size_t len;
	uint64_t full_len;     /* the whole line's bytes (UTF-8) */
	int cut;               /* full_len > len: the rest is not shown */
};

struct logview_window {
	struct logview_line *lines;
	size_t n;
};

/* Lines first .. first+count-1, clamped to the file (first 0 is read as
 * 1); an empty window past the end.  out is overwritten: clear it with
 * logview_window_clear. */
int logview_read(struct logview *lv, uint64_t first, size_t count,
		 struct logview_window *out, struct kb_error *err);

/* The lines around line: up to context before and after it. */
int logview_around(struct logview *lv, uint64_t line, size_t context,
		   struct logview_window *out, struct kb_error *err);

void logview_window_clear(struct logview_window *w);

/* The next line after from (backward: the last line before it) holding
 * text, ignoring ASCII case; from 0 forward starts at line 1, from past
 * the end backward starts at the last line.  No wrapping: KB_ENOTFOUND
 * when there is none.  The whole line is searched however long it is.
 * KB_EINVAL for an empty text or one longer than LOGVIEW_SEARCH_MAX. */
int logview_search(struct logview *lv, const char *text, uint64_t from,
		   int backward, uint64_t *found, struct kb_error *err);

/* Where text first occurs in line[0..len) ignoring ASCII case, from
 * *off on; 1 and *off set when it does (for highlighting a window's
 * line). */
int logview_find_in(const char *line, size_t len, const char *text,
		    size_t *off);

#endif
