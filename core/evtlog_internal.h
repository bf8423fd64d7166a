/* evtlog_internal.h: the event log readers behind evtlog.h.  Internal to
 * core.
 *
 * evtlog.c owns what every format shares: detection (a table of formats
 * and their signatures), naming (format names, the log name a file name
 * gives), getting the bytes (a file for the binary formats, which
 * libevt/libevtx open by name only; memory for the exports) and the
 * public entry points.  A reader only parses: it is handed a struct
 * evtlog_source, calls on_event for each event and counts into stats.
 * No reader calls back into evtlog.c.
 *
 *   evtlog_binary.c  .evt through libevt and .evtx through libevtx: one
 *                    file and record loop, each library giving its own
 *                    open, get and convert steps.  .evtx records are
 *                    read by evtx_fast.c (binary XML, a template cache):
 *                    a file it vouches for as libevtx would read it is
 *                    read chunk by chunk (memory flat), libevtx opening
 *                    only a chunk whose records it leaves; any other
 *                    file where libevtx, opening it whole, agrees on its
 *                    records; else libevtx alone.
 *   evtlog_export.c  Event Viewer text and CSV exports and copied event
 *                    listings (the layouts are listed in evtlog.h). */
#ifndef KBWIZ_EVTLOG_INTERNAL_H
#define KBWIZ_EVTLOG_INTERNAL_H

#include <stddef.h>

#include "kbwiz/evtlog.h"

struct evtlog_source {
	const char *name;         /* in messages */
	const char *path;         /* binary formats: the file the library
				     opens (a temporary copy for a buffer) */
	const void *data;         /* exports: the content, len bytes */
	size_t len;
	const char *log_name;     /* from the file name ("" when it says
				     nothing), for events that carry none */
	evtlog_want_fn want;      /* NULL: every event */
	evtlog_event_fn on_event;
	evtlog_progress_fn on_progress;
	void *ctx;
	struct evtlog_stats *stats;  /* zeroed, format set, by evtlog.c */
};

/* Which reader evtlog_evtx_read uses: AUTO, evtx_fast.c with libevtx as
 * the authority (see evtlog_binary.c), or LIBEVTX alone.  Tests and the
 * benchmark compare the two; nothing else changes it. */
enum evtx_reader { EVTX_READER_AUTO, EVTX_READER_LIBEVTX };
extern enum evtx_reader evtlog_evtx_reader;

int evtlog_evt_read(const struct evtlog_source *src, struct kb_error *err);
int evtlog_evtx_read(const struct evtlog_source *src, struct kb_error *err);

/* Exports set stats->format themselves (text or CSV: the layout says). */
int evtlog_export_read(const struct evtlog_source *src, struct kb_error *err);

/* Which export the start of data (at least its first 64 KiB when there
 * is that much) looks like: 0 and EVTLOG_TEXT_EXPORT or
 * EVTLOG_CSV_EXPORT, KB_EFORMAT when none, KB_ENOMEM. */
int evtlog_export_sniff(const void *data, size_t len, enum evtlog_format *format);

#endif
