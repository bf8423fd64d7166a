/* evtlog.h: Windows event logs, read into one normalized event form.
 *
 * Legacy .evt (NT 4.0 to 2003) through libevt, .evtx (Vista and later)
 * through libevtx, and Event Viewer's text (tab-separated) and CSV
 * exports.  The format is detected from the file's content. */
#ifndef KBWIZ_EVTLOG_H
#define KBWIZ_EVTLOG_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"

enum evtlog_format {
	EVTLOG_EVT,
	EVTLOG_EVTX,
	EVTLOG_TEXT_EXPORT,
	EVTLOG_CSV_EXPORT,
};

enum event_level {
	EVLEVEL_UNKNOWN = 0,
	EVLEVEL_ERROR,
	EVLEVEL_WARNING,
	EVLEVEL_INFORMATION,
	EVLEVEL_AUDIT_SUCCESS,
	EVLEVEL_AUDIT_FAILURE,
	EVLEVEL_CRITICAL,
	EVLEVEL_VERBOSE,
};

/* One event.  All strings are borrowed for the duration of the callback. */
struct kb_event {
	int64_t time;             /* seconds since 1970, UTC; 0 when unknown */
	uint64_t record_number;
	const char *log;          /* "System", "Application", ... ("" unknown) */
	const char *source;       /* provider / source name */
	unsigned event_id;        /* low 16 bits: legacy records keep severity
				     and customer bits above them, so 7023 is
				     stored as 0xC0001B6F */
	uint32_t raw_identifier;  /* the identifier as stored */
	enum event_level level;
	const char *computer;
	const char *const *strings;  /* insertion strings (or the message
					text of an export) */
	size_t n_strings;
};

typedef int (*evtlog_event_fn)(void *ctx, const struct kb_event *ev);
typedef int (*evtlog_progress_fn)(void *ctx, uint64_t done, uint64_t total);

struct evtlog_stats {
	enum evtlog_format format;
	uint64_t events;          /* events delivered */
	uint64_t damaged;         /* records that could not be read */
	int file_dirty;           /* the file says it was not closed cleanly */
};

/* Read every event of path, in file order, calling on_event for each;
 * a non-zero return stops the read (KB_ECANCEL).  Damaged records are
 * counted and skipped; a file that is not an event log at all, or cannot
 * be opened, is an error naming it. */
int evtlog_read(const char *path, evtlog_event_fn on_event,
		evtlog_progress_fn on_progress, void *ctx,
		struct evtlog_stats *stats, struct kb_error *err);

/* The same for a buffer in memory (tests, fuzzing); name is used in
 * messages. */
int evtlog_read_buffer(const char *name, const void *data, size_t len,
		       evtlog_event_fn on_event, void *ctx,
		       struct evtlog_stats *stats, struct kb_error *err);

const char *evtlog_format_name(enum evtlog_format f);
const char *event_level_name(enum event_level l);

#endif
