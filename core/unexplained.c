/* unexplained.c: error and warning events no rule explains, grouped, with
 * library articles for each (unexplained.h). */
#include "kbwiz/unexplained.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <jansson.h>

#include "kbwiz/evtlist.h"
#include "kbwiz/json_text.h"
#include "kbwiz/strutil.h"
#include "kbwiz/svcdoctor.h"

static const char library_hint[] =
	"No article library in the store: add one with "
	"`kbwiz kb library add DIR` (a tree of KB article files, such as the "
	"public KB archive) to get article suggestions here.";

const char *unexplained_library_hint(void)
{
	return library_hint;
}

static void group_free(struct unx_group *g)
{
	free(g->source);
	free(g->service);
	free(g->error_message);
	free(g->error_from);
	free(g->example);
}

void unexplained_free(struct unexplained *u)
{
	size_t i;

	if (u == NULL)
		return;
	for (i = 0; i < u->n; i++)
		group_free(&u->groups[i]);
	free(u->groups);
	free(u);
}

/* Service Control Manager events name the service first ("The Computer
 * Browser service failed to start ..." is %1 = Computer Browser). */
static int names_service(const char *source)
{
	return source != NULL && strncasecmp(source, "Service Control Manager", 23) == 0;
}

/* Worse levels first: critical, error, warning. */
static int severity(enum event_level l)
{
	return l == EVLEVEL_CRITICAL ? 3 : l == EVLEVEL_ERROR ? 2 : l == EVLEVEL_WARNING ? 1 : 0;
}

static int same_text(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcasecmp(a, b) == 0;
}

static int add_event(struct unexplained *u, const struct msgref_table *refs,
		     const struct evl_event *e, size_t *cap)
{
	const char *service = names_service(e->source) && e->n_strings > 0 &&
			      e->strings[0][0] != '\0' ? e->strings[0] : NULL;
	unsigned code = 0;
	int has_error = 0;
	size_t i, pos;
	struct unx_group *g;

	for (i = 0; i < e->n_strings && !has_error; i++) {
		pos = 0;
		has_error = msgref_next(e->strings[i], &pos, &code);
	}
	for (i = 0; i < u->n; i++) {
		g = &u->groups[i];
		if (g->event_id == e->event_id && same_text(g->source, e->source) &&
		    same_text(g->service, service) && g->has_error == has_error &&
		    g->error_code == code) {
			g->count++;
			if (e->time != 0 && (g->first == 0 || e->time < g->first))
				g->first = e->time;
			if (e->time > g->last)
				g->last = e->time;
			if (severity(e->level) > severity(g->level))
				g->level = e->level;
			return 0;
		}
	}
	if (u->n == *cap) {
		size_t c = *cap ? *cap * 2 : 16;
		g = realloc(u->groups, c * sizeof *g);
		if (g == NULL)
			return KB_ENOMEM;
		u->groups = g;
		*cap = c;
	}
	g = &u->groups[u->n];
	memset(g, 0, sizeof *g);
	g->source = kb_strdup(e->source);
	g->service = service != NULL ? kb_strdup(service) : NULL;
	g->event_id = e->event_id;
	g->has_error = has_error;
	g->error_code = code;
	g->level = e->level;
	g->count = 1;
	g->first = g->last = e->time;
	g->example = evl_event_text(e);
	u->n++;
	if (g->source == NULL || g->example == NULL || (service != NULL && g->service == NULL))
		return KB_ENOMEM;
	if (has_error) {
		const struct msgref_entry *m = msgref_lookup(refs, code);
		if (m != NULL) {
			g->error_message = kb_strdup(m->message);
			g->error_from = kb_strdup(m->from);
			if (g->error_message == NULL || g->error_from == NULL)
				return KB_ENOMEM;
		}
	}
	return 0;
}

static int cmp_group(const void *a, const void *b)
{
	const struct unx_group *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	return x->event_id < y->event_id ? -1 : x->event_id > y->event_id;
}

#define UNX_LEVELS (EVL_LEVEL_BIT(EVLEVEL_ERROR) | EVL_LEVEL_BIT(EVLEVEL_WARNING) | \
		    EVL_LEVEL_BIT(EVLEVEL_CRITICAL))

void unexplained_events_filter(struct evl_filter *f, const unsigned *also_ids,
			       size_t n_also_ids)
{
	memset(f, 0, sizeof *f);
	f->levels = UNX_LEVELS;
	f->also_ids = also_ids;
	f->n_also_ids = n_also_ids;
}

void unexplained_share_attach(struct unexplained_share *s, struct evl_list *list,
			      struct diagnosis *d, const struct evidence_set *ev)
{
	const unsigned *ids;
	size_t n_ids;

	if (evidence_count(ev, EVIDENCE_EVENTS) == 0)
		return;
	svd_failure_ids(&ids, &n_ids);
	unexplained_events_filter(&s->filter, ids, n_ids);
	evl_feed_init(&s->feed, list, &s->filter);
	d->event_feed = &s->feed;
}

int unexplained_share_finish(struct unexplained_share *s, const struct diagnosis *d,
			     struct kb_error *err)
{
	if (d->event_feed != &s->feed)
		return 1;
	return evl_feed_finish(&s->feed, err);
}

int unexplained_load_events(const struct evidence_set *ev, const unsigned *also_ids,
			    size_t n_also_ids, struct evl_list *l, struct kb_error *err)
{
	struct evl_filter f;
	const char **paths;
	size_t n_paths = 0, i;
	int rc;

	if ((paths = calloc(ev->n + 1, sizeof *paths)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	for (i = 0; i < ev->n; i++)
		if (ev->files[i].kind == EVIDENCE_EVENTS)
			paths[n_paths++] = ev->files[i].path;
	unexplained_events_filter(&f, also_ids, n_also_ids);
	rc = evl_load(l, paths, n_paths, &f, err);
	free(paths);
	return rc;
}

/* From a list that may hold other events too (unexplained_load_events'
 * also_ids): only the error, warning and critical ones count. */
static int collect_list(const struct diagnosis *d, const struct evl_list *l,
			const struct msgref_table *refs, struct unexplained *u,
			struct kb_error *err)
{
	size_t cap = 0, i;

	for (i = 0; i < l->n; i++) {
		const struct evl_event *e = &l->events[i];
		struct kb_event kev;

		if (!(UNX_LEVELS & EVL_LEVEL_BIT(e->level)))
			continue;
		u->events++;
		evl_event_view(e, &kev);
		if (diagnosis_explains_event(d, &kev)) {
			u->explained++;
			continue;
		}
		if (add_event(u, refs, e, &cap) != 0)
			return kb_errorf(err, KB_ENOMEM, "out of memory");
	}
	if (u->n > 1)
		qsort(u->groups, u->n, sizeof *u->groups, cmp_group);
	return 0;
}

static int collect_from(const struct diagnosis *d, const struct evidence_set *ev,
			const struct evl_list *events, const struct msgref_table *refs,
			struct unexplained **out, struct kb_error *err)
{
	struct unexplained *u;
	struct evl_list l;
	int rc = 0;

	*out = NULL;
	memset(&l, 0, sizeof l);
	if ((u = calloc(1, sizeof *u)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	if (events == NULL) {
		if ((rc = unexplained_load_events(ev, NULL, 0, &l, err)) != 0)
			goto out;
		events = &l;
	}
	rc = collect_list(d, events, refs, u, err);
out:
	evl_free(&l);
	if (rc != 0) {
		unexplained_free(u);
		return rc;
	}
	*out = u;
	return 0;
}

int unexplained_collect(const struct diagnosis *d, const struct evidence_set *ev,
			const struct msgref_table *refs, struct unexplained **out,
			struct kb_error *err)
{
	return collect_from(d, ev, NULL, refs, out, err);
}

/* Keep the hits scored at least min_score: library_search ranks an
 * article quoting "Event ID N" at 1000 and up, one with every word at
 * about 0, one with only some words below -900.  An article that merely
 * contains the number (a version "3.51" for event 51) is no suggestion. */
static void add_hits(struct unx_group *g, const struct library_hit *hits, size_t n,
		     double min_score)
{
	size_t i, j;

	for (i = 0; i < n && g->n_articles < UNX_ARTICLES; i++) {
		if (hits[i].score < min_score)
			continue;
		for (j = 0; j < g->n_articles; j++)
			if (strcmp(g->articles[j].id, hits[i].id) == 0)
				break;
		if (j == g->n_articles)
			g->articles[g->n_articles++] = hits[i];
	}
}

int unexplained_suggest(struct unexplained *u, struct kb_store *s,
			struct kb_error *err)
{
	struct library_stats st;
	struct library_hit hits[UNX_ARTICLES];
	size_t i, n;
	int rc;

	if ((rc = library_stats(s, &st, err)) != 0)
		return rc;
	u->library_articles = st.articles;
	u->searched = 1;
	if (st.articles == 0)
		return 0;
	for (i = 0; i < u->n; i++) {
		struct unx_group *g = &u->groups[i];
		size_t k;

		double min_score[2];

		/* Articles naming both the event ID and the error code
		 * first; then those quoting the event as an event ("Event ID:
		 * 7000", "event 7000").  Articles with only some of the words
		 * are left out: a number alone is no evidence of relevance. */
		if (g->has_error) {
			min_score[g->n_queries] = 0.0;
			snprintf(g->queries[g->n_queries++], sizeof g->queries[0], "%u 0x%x",
				 g->event_id, g->error_code);
		}
		min_score[g->n_queries] = 1000.0;
		snprintf(g->queries[g->n_queries++], sizeof g->queries[0], "%u", g->event_id);
		for (k = 0; k < g->n_queries; k++) {
			rc = library_search(s, g->queries[k], hits, UNX_ARTICLES, &n, err);
			if (rc != 0 && rc != KB_EINVAL)
				return rc;
			if (rc == 0)
				add_hits(g, hits, n, min_score[k]);
		}
	}
	return 0;
}

int unexplained_add_to_json(const struct unexplained *u, char **json,
			    struct kb_error *err)
{
	json_error_t jerr;
	json_t *doc, *o, *groups;
	char *text;
	size_t i, j;

	doc = json_loads(*json, 0, &jerr);
	if (doc == NULL || !json_is_object(doc)) {
		json_decref(doc);
		return kb_errorf(err, KB_EINVAL, "the diagnosis document does not parse: %s", jerr.text);
	}
	o = json_object();
	groups = json_array();
	json_object_set_new(o, "events", json_integer((json_int_t)u->events));
	json_object_set_new(o, "explained", json_integer((json_int_t)u->explained));
	json_object_set_new(o, "library_articles",
			    u->searched ? json_integer((json_int_t)u->library_articles) : json_null());
	json_object_set_new(o, "hint", u->searched && u->library_articles == 0 ?
			    json_string(library_hint) : json_null());
	for (i = 0; i < u->n; i++) {
		const struct unx_group *g = &u->groups[i];
		json_t *go = json_object(), *arts = json_array();
		json_object_set_new(go, "source", kb_json_text(g->source));
		json_object_set_new(go, "event_id", json_integer(g->event_id));
		json_object_set_new(go, "service", kb_json_text(g->service));
		json_object_set_new(go, "error_code", g->has_error ? json_integer(g->error_code) : json_null());
		json_object_set_new(go, "error_message", kb_json_text(g->error_message));
		json_object_set_new(go, "error_message_from", kb_json_text(g->error_from));
		json_object_set_new(go, "level", json_string(event_level_name(g->level)));
		json_object_set_new(go, "count", json_integer(g->count));
		json_object_set_new(go, "first", kb_json_time(g->first));
		json_object_set_new(go, "last", kb_json_time(g->last));
		json_object_set_new(go, "example", kb_json_text(g->example));
		{
			json_t *q = json_array();
			for (j = 0; j < g->n_queries; j++)
				json_array_append_new(q, kb_json_text(g->queries[j]));
			json_object_set_new(go, "library_queries", q);
		}
		for (j = 0; j < g->n_articles; j++) {
			json_t *a = json_object();
			json_object_set_new(a, "id", kb_json_text(g->articles[j].id));
			json_object_set_new(a, "title", kb_json_text(g->articles[j].title));
			json_object_set_new(a, "published", g->articles[j].published[0] ?
					    kb_json_text(g->articles[j].published) : json_null());
			json_object_set_new(a, "score", json_real(g->articles[j].score));
			json_array_append_new(arts, a);
		}
		json_object_set_new(go, "articles", arts);
		json_array_append_new(groups, go);
	}
	json_object_set_new(o, "groups", groups);
	json_object_set_new(doc, "unexplained", o);
	text = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(doc);
	if (text == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	free(*json);
	*json = text;
	return 0;
}

int unexplained_for_diagnosis(const struct diagnosis *d, const struct evidence_set *ev,
			      struct kb_store *s, struct unexplained **out,
			      struct kb_error *err)
{
	return unexplained_for_events(d, ev, NULL, s, out, err);
}

int unexplained_for_events(const struct diagnosis *d, const struct evidence_set *ev,
			   const struct evl_list *events, struct kb_store *s,
			   struct unexplained **out, struct kb_error *err)
{
	struct msgref_table refs = { NULL, 0 };
	struct rule **rules = NULL;
	size_t i, n_event_files = 0;
	int rc = 0;

	*out = NULL;
	for (i = 0; i < ev->n; i++)
		n_event_files += ev->files[i].kind == EVIDENCE_EVENTS;
	if (n_event_files == 0)
		return 0;
	rules = calloc(d->n_rules + 1, sizeof *rules);
	if (rules == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	for (i = 0; i < d->n_rules; i++)
		rules[i] = d->rules[i].rule;
	if ((rc = msgref_table_add_rules(&refs, rules, d->n_rules)) != 0)
		rc = kb_errorf(err, rc, "out of memory");
	else if ((rc = collect_from(d, ev, events, &refs, out, err)) == 0)
		rc = unexplained_suggest(*out, s, err);
	if (rc != 0) {
		unexplained_free(*out);
		*out = NULL;
	}
	msgref_table_free(&refs);
	free(rules);
	return rc;
}
