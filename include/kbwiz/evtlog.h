/* evtlog.h: Windows event logs, read into one normalized event form.
 *
 * Legacy .evt (NT 4.0 to 2003) through libevt, .evtx (Vista and later)
 * through libevtx, and Event Viewer's text (tab-separated) and CSV
 * exports.  The format is detected from the file's content: "LfLe" at
 * offset 4 is a legacy log, "ElfFile\0" at offset 0 an .evtx, anything
 * else must look like one of the exports below or it is refused.
 *
 * Exports accepted (UTF-8 with or without BOM, UTF-16 with BOM, or ANSI
 * taken as Windows-1252; CRLF or LF):
 *   - NT 4.0/2000/XP/2003 "Save Log File As" .txt (tab) or .csv (comma),
 *     no header row, columns Date, Time, Source, Type, Category, Event,
 *     User, Computer, Description; the description runs to the end of the
 *     line, and lines that do not start with a date continue it.
 *   - Vista and later "Save All Events As" .csv/.txt: a header row
 *     "Level,Date and Time,Source,Event ID,Task Category" (or tabs), the
 *     message in the unnamed column after it, quoted when it spans lines.
 *   - Any delimited file whose header row names at least a date, a source
 *     and an event ID column (Date, Time, Date and Time, Source, Type,
 *     Level, Event, Event ID, Category, Task Category, User, Computer,
 *     Description, Message, Log Name).
 *   - The listing copied from an event's Properties (Event Type:, Event
 *     Source:, Event Category:, Event ID:, Date:, Time:, User:, Computer:,
 *     Description:) and Vista's "Copy details as text" (Log Name:,
 *     Source:, Date:, Event ID:, Level:, Computer:, Description:), one
 *     block per event.
 * Export dates are the exporting machine's local wall-clock time with no
 * zone; they are stored as if UTC.  M/D/Y is assumed unless the first
 * number exceeds 12; Y-M-D and D.M.Y are also read. */
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
	int64_t time;             /* seconds since 1970, UTC; 0 when unknown
				     (exports: local time, see above) */
	uint64_t record_number;   /* exports: position in the file, from 1 */
	const char *log;          /* "System", "Application", ... ("" unknown):
				     .evtx the record's channel, .evt and
				     exports from the file name (exports:
				     the "Log Name" when they have one) */
	const char *source;       /* provider / source name */
	unsigned event_id;        /* low 16 bits: legacy records keep severity
				     and customer bits above them, so 7023 is
				     stored as 0xC0001B6F */
	uint32_t raw_identifier;  /* the identifier as stored; .evtx:
				     Qualifiers << 16 | EventID, exports:
				     the number shown */
	enum event_level level;
	const char *computer;
	const char *const *strings;  /* insertion strings (or the message
					text of an export) */
	size_t n_strings;
	int recovered;            /* 1: carved by libevt/libevtx from free
				     space (deleted or past a damaged spot) */
};

typedef int (*evtlog_event_fn)(void *ctx, const struct kb_event *ev);
/* done/total count records for .evt/.evtx and bytes for exports; a
 * non-zero return stops the read like on_event's. */
typedef int (*evtlog_progress_fn)(void *ctx, uint64_t done, uint64_t total);

struct evtlog_stats {
	enum evtlog_format format;
	uint64_t events;          /* events read, recovered included */
	uint64_t skipped;         /* of those, declined by a want callback
				     (evtlog_read_wanted): not delivered */
	uint64_t recovered;       /* of those, recovered records */
	uint64_t damaged;         /* records that could not be read */
	int file_dirty;           /* the file says it was not closed cleanly */
	int file_corrupted;       /* libevt/libevtx found the file corrupted */
	int file_truncated;       /* .evt shorter than its header's MaxSize;
				     the records lost are in damaged */
	uint64_t evtx_libevtx;    /* .evtx read by kbwiz's own reader: the
				     records it left to libevtx */
	int evtx_streamed;        /* .evtx vouched for and read chunk by
				     chunk (memory flat in the file size),
				     libevtx opening single chunks only */
};

/* Read every event of path, in file order, calling on_event for each;
 * a non-zero return stops the read (KB_ECANCEL).  Damaged records are
 * counted and skipped; a file that is not an event log at all, or cannot
 * be opened, is an error naming it. */
int evtlog_read(const char *path, evtlog_event_fn on_event,
		evtlog_progress_fn on_progress, void *ctx,
		struct evtlog_stats *stats, struct kb_error *err);

/* Which events a reader should deliver, asked before the costly parts
 * of a record are read: ev has the time, record number, event ID, raw
 * identifier, source, computer and recovered flag; its log is NULL and it
 * has no strings yet (.evtx: the channel and insertion strings come from
 * rendering the record's XML, most of the cost of reading it).  Non-zero:
 * read the rest and deliver it to on_event; 0: count it in
 * stats->skipped and go on. */
typedef int (*evtlog_want_fn)(void *ctx, const struct kb_event *ev);

/* evtlog_read, delivering only the events want (may be NULL: all) wants;
 * want gets the same ctx. */
int evtlog_read_wanted(const char *path, evtlog_want_fn want,
		       evtlog_event_fn on_event, evtlog_progress_fn on_progress,
		       void *ctx, struct evtlog_stats *stats, struct kb_error *err);

/* The same for a buffer in memory (tests, fuzzing); name is used in
 * messages and for the log name.  .evt/.evtx content goes through a
 * temporary file in $TMPDIR (the libraries open files by name only). */
int evtlog_read_buffer(const char *name, const void *data, size_t len,
		       evtlog_event_fn on_event, void *ctx,
		       struct evtlog_stats *stats, struct kb_error *err);

/* Which format data (the start of a file, at least 8 bytes when there are
 * that many) is; KB_EFORMAT when it is none of them. */
int evtlog_detect_format(const void *data, size_t len,
			 enum evtlog_format *format);

/* Parse an Event Viewer export or a copied event listing held in memory
 * (e.g. text pasted by the user); the same rules as evtlog_read. */
int evtlog_parse_export(const char *name, const void *data, size_t len,
			evtlog_event_fn on_event,
			evtlog_progress_fn on_progress, void *ctx,
			struct evtlog_stats *stats, struct kb_error *err);

/* The log name kbwiz gives a file: SysEvent.Evt -> "System", AppEvent ->
 * "Application", SecEvent -> "Security" (and DnsEvent, NtFrs, NTDS);
 * otherwise the name without directory and extension, "%4" read as '/'
 * as in .evtx channel file names ("" instead when known_only).  Exports
 * use known_only, since "export1.csv" says nothing about the log. */
void evtlog_log_name_from_path(const char *path, int known_only,
			       char *out, size_t out_size);

const char *evtlog_format_name(enum evtlog_format f);
const char *event_level_name(enum event_level l);

#endif
