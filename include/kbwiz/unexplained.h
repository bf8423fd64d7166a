/* unexplained.h: the error and warning events no rule explains, grouped,
 * each with the library articles that may.
 *
 * With 31 curated rules most real failures have no rule; the 57,000
 * article library still may know them.  The events of a diagnosis's logs
 * that no applicable rule claims (diagnosis_explains_event) are grouped by
 * source, event ID, service (the first insertion string of a Service
 * Control Manager event) and error code (the first %%N message
 * reference), and for each group the library is searched for the event
 * ID, the error code (its decimal and hex forms), the source and the
 * service name.  Articles are suggestions to read, never a diagnosis. */
#ifndef KBWIZ_UNEXPLAINED_H
#define KBWIZ_UNEXPLAINED_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/diagnose.h"
#include "kbwiz/error.h"
#include "kbwiz/evidence.h"
#include "kbwiz/evtlist.h"
#include "kbwiz/evtlog.h"
#include "kbwiz/library.h"
#include "kbwiz/msgref.h"
#include "kbwiz/store.h"

/* Articles suggested per group. */
#define UNX_ARTICLES 3

struct unx_group {
	char *source;
	unsigned event_id;
	char *service;            /* NULL when the source names none */
	int has_error;
	unsigned error_code;      /* from the first %%N, when has_error */
	char *error_message;      /* what kbwiz knows of the code, or NULL */
	char *error_from;         /* where that comes from (msgref.h) */
	enum event_level level;   /* the worst seen */
	unsigned count;
	int64_t first, last;      /* seconds since 1970 UTC (0 unknown) */
	char *example;            /* the first event's strings, " | " joined */
	struct library_hit articles[UNX_ARTICLES];
	size_t n_articles;
	char queries[2][256];     /* the library searches made, narrow first */
	size_t n_queries;
};

struct unexplained {
	struct unx_group *groups; /* most frequent first, then earliest */
	size_t n;
	uint64_t events;          /* error and warning events read */
	uint64_t explained;       /* of those, events a rule explains */
	size_t library_articles;  /* articles in the library (0: none added) */
	int searched;             /* unexplained_suggest ran */
};

/* Read the event files of ev again and group the error, warning and
 * critical events d's rules do not explain.  refs (may be NULL) says what
 * error codes mean.  Files that cannot be read are skipped (the
 * diagnosis reports them).  *out is freed with unexplained_free. */
int unexplained_collect(const struct diagnosis *d, const struct evidence_set *ev,
			const struct msgref_table *refs, struct unexplained **out,
			struct kb_error *err);

/* Search the library for each group's articles (best first).  An empty
 * library is not an error: u->library_articles is 0. */
int unexplained_suggest(struct unexplained *u, struct kb_store *s,
			struct kb_error *err);

/* unexplained_collect with the error codes d's rules explain, then
 * unexplained_suggest from store s: what `kbwiz diagnose` and a session's
 * scan both list.  *out is NULL when ev has no event files. */
int unexplained_for_diagnosis(const struct diagnosis *d, const struct evidence_set *ev,
			      struct kb_store *s, struct unexplained **out,
			      struct kb_error *err);

/* The same over events already read (events: any list, of which the
 * error, warning and critical events count; NULL: read ev's files). */
struct evl_list;
struct evl_filter;
int unexplained_for_events(const struct diagnosis *d, const struct evidence_set *ev,
			   const struct evl_list *events, struct kb_store *s,
			   struct unexplained **out, struct kb_error *err);

/* Read ev's event files once for the unexplained events (error, warning,
 * critical) and whatever also_ids names besides (the service doctor's
 * svd_failure_ids): one list for unexplained_for_events and
 * svd_options.events.  l must be zeroed; free with evl_free. */
int unexplained_load_events(const struct evidence_set *ev, const unsigned *also_ids,
			    size_t n_also_ids, struct evl_list *l, struct kb_error *err);

/* The filter unexplained_load_events reads with, into *f: for filling
 * the same list from another read (evl_feed, diagnosis.event_feed). */
void unexplained_events_filter(struct evl_filter *f, const unsigned *also_ids,
			       size_t n_also_ids);

/* The list unexplained_load_events makes, filled instead by a diagnosis's
 * own read of the event files (each file read once): attach before
 * diagnosis_run (nothing happens when ev has no event files), finish
 * after it; then list holds the events for unexplained_for_events and
 * svd_options.events (the service doctor's svd_failure_ids included).
 * s must outlive the run; list must be zeroed; free it with evl_free. */
struct unexplained_share {
	struct evl_filter filter;
	struct evl_feed feed;
};
void unexplained_share_attach(struct unexplained_share *s, struct evl_list *list,
			      struct diagnosis *d, const struct evidence_set *ev);
/* 0, or the read's error; 1 when nothing was attached (no list). */
int unexplained_share_finish(struct unexplained_share *s, const struct diagnosis *d,
			     struct kb_error *err);

void unexplained_free(struct unexplained *u);

/* The line to show when the library is empty. */
const char *unexplained_library_hint(void);

/* Add u to a diagnosis JSON document (diagnosis_to_json's text) as the
 * field "unexplained" (docs/diagnose-json.md); *json is replaced. */
int unexplained_add_to_json(const struct unexplained *u, char **json,
			    struct kb_error *err);

#endif
