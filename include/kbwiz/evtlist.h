/* evtlist.h: the events of several logs as one list in time order, each
 * copied out of the readers' callbacks (core/evtlog.c), filtered as the
 * technician asks: by ID, source, level, time and words.  Used by
 * `kbwiz events`, the unexplained-evidence section of a diagnosis and the
 * wizard's evidence screen.  Text is untrusted: sanitize before display. */
#ifndef KBWIZ_EVTLIST_H
#define KBWIZ_EVTLIST_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"
#include "kbwiz/evtlog.h"

struct evl_event {
	int64_t time;             /* seconds since 1970 UTC, 0 unknown */
	uint64_t record_number;
	char *log;
	char *source;
	unsigned event_id;        /* low 16 bits */
	uint32_t raw_identifier;
	enum event_level level;
	char *computer;
	char **strings;
	size_t n_strings;
	int recovered;
	size_t file;              /* index in evl_list.files */
};

struct evl_file {
	char *path;
	int ok;                   /* read (damaged records may be skipped) */
	char *error;              /* why not, when !ok */
	int error_code;
	struct evtlog_stats stats;
	size_t kept;              /* events of this file in the list */
};

/* Level filter bits: 1u << enum event_level. */
#define EVL_LEVEL_BIT(l) (1u << (unsigned)(l))

struct evl_filter {
	const unsigned *ids;      /* event IDs, any of them; none: all */
	size_t n_ids;
	const char *source;       /* part of the source, ignoring case */
	unsigned levels;          /* EVL_LEVEL_BIT()s; 0: all */
	int64_t since, until;     /* inclusive bounds; 0: none */
	const char *text;         /* words that must all appear (ignoring
				     case) in the source or the strings */
	const unsigned *also_ids; /* kept whatever levels says (one read
				     serving two lists: the unexplained
				     events and the service doctor's) */
	size_t n_also_ids;
};

struct evl_list {
	struct evl_event *events;  /* by time, then file and record order */
	size_t n;
	struct evl_file *files;
	size_t n_files;
	uint64_t read;             /* events read, before filtering */
};

/* Read each file (any format evtlog_read takes) and keep the events the
 * filter (may be NULL) selects.  A file that cannot be read is recorded
 * in l->files with its error (naming it) and the others are still read;
 * only running out of memory fails.  l must be zeroed first. */
int evl_load(struct evl_list *l, const char *const *paths, size_t n_paths,
	     const struct evl_filter *f, struct kb_error *err);
void evl_free(struct evl_list *l);

/* The same list filled from a read someone else makes (one read of the
 * files serving several readers: diagnose's rules and this list).  For
 * each file, in order: evl_feed_file, then the reader's want asks
 * evl_feed_want (an evtlog_want_fn over the feed: whether the filter may
 * select the event, from the fields a want sees) and each event the
 * reader delivers goes to evl_feed_event (an evtlog_event_fn: any event,
 * wanted by the feed or not), then evl_feed_file_done with how the read
 * ended; evl_feed_finish at the end.  The list is then what evl_load
 * gives over the same files.  l must be zeroed; f stays the caller's. */
struct evl_feed {
	struct evl_list *l;
	const struct evl_filter *f;
	size_t file;              /* the file being read */
	size_t cap;
	int oom;                  /* out of memory: evl_feed_finish says */
};
void evl_feed_init(struct evl_feed *c, struct evl_list *l, const struct evl_filter *f);
/* 0, or KB_ENOMEM. */
int evl_feed_file(struct evl_feed *c, const char *path);
int evl_feed_want(void *feed, const struct kb_event *ev);
/* 0, or 1 when out of memory (the feed remembers). */
int evl_feed_event(void *feed, const struct kb_event *ev);
/* rc: the read's result (0, or its error with message). */
int evl_feed_file_done(struct evl_feed *c, int rc, const struct evtlog_stats *st,
		       const char *message);
/* Files read into lists of their own (side by side), appended in file
 * order: from's files and events move to the feed's list (from is left
 * empty).  0, or KB_ENOMEM (the feed remembers). */
int evl_feed_take(struct evl_feed *c, struct evl_list *from);
/* Orders the list: 0, or KB_ENOMEM when anything ran out of memory. */
int evl_feed_finish(struct evl_feed *c, struct kb_error *err);

/* The insertion strings joined with " | " into a malloc'd string. */
char *evl_event_text(const struct evl_event *e);

/* Parse a --level list ("error,warning"): 0 with *levels set, or -1
 * naming the bad word in bad (size bad_size). */
int evl_parse_levels(const char *s, unsigned *levels, char *bad, size_t bad_size);

/* Parse a time: "2002-06-11", "2002-06-11 09:30", "2002-06-11T09:30:15Z"
 * (UTC).  A date alone means its first second, or its last when
 * end_of_day.  0 or -1. */
int evl_parse_time(const char *s, int end_of_day, int64_t *out);

/* The level in at most 5 characters for tables: "error", "warn", "info",
 * "crit", "verb", "audok", "audno", "?". */
const char *evl_level_short(enum event_level l);

/* e in the readers' form (the strings borrowed from e), for code that
 * takes a struct kb_event. */
void evl_event_view(const struct evl_event *e, struct kb_event *out);

/* Whether f (NULL: everything) selects e: for filtering a loaded list
 * again without reading the files. */
int evl_matches(const struct evl_filter *f, const struct evl_event *e);

#endif
