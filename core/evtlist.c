/* evtlist.c: several event logs as one filtered list in time order
 * (evtlist.h). */
#include "kbwiz/evtlist.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"

static void event_free(struct evl_event *e)
{
	size_t i;

	free(e->log);
	free(e->source);
	free(e->computer);
	for (i = 0; i < e->n_strings; i++)
		free(e->strings[i]);
	free(e->strings);
}

void evl_free(struct evl_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		event_free(&l->events[i]);
	free(l->events);
	for (i = 0; i < l->n_files; i++) {
		free(l->files[i].path);
		free(l->files[i].error);
	}
	free(l->files);
	memset(l, 0, sizeof *l);
}

char *evl_event_text(const struct evl_event *e)
{
	struct kb_buf b = { 0 };
	size_t i;

	kb_buf_puts(&b, "");
	for (i = 0; i < e->n_strings; i++) {
		if (i > 0)
			kb_buf_puts(&b, " | ");
		kb_buf_puts(&b, e->strings[i] != NULL ? e->strings[i] : "");
	}
	return kb_buf_steal(&b);
}

/* Every blank-separated word of words in the source or a string. */
static int has_words(const struct kb_event *ev, const char *words)
{
	char word[256];
	const char *p = words;

	while (*p != '\0') {
		size_t n = strcspn(p, " \t"), i;
		int found;

		if (n == 0) {
			p++;
			continue;
		}
		snprintf(word, sizeof word, "%.*s", (int)(n < sizeof word ? n : sizeof word - 1), p);
		found = ev->source != NULL && kb_ci_contains(ev->source, word);
		for (i = 0; i < ev->n_strings && !found; i++)
			found = ev->strings[i] != NULL && kb_ci_contains(ev->strings[i], word);
		if (!found)
			return 0;
		p += n;
	}
	return 1;
}

/* Audit events: in .evtx the keywords say so, read after want. */
#define AUDIT_BITS (EVL_LEVEL_BIT(EVLEVEL_AUDIT_SUCCESS) | \
		    EVL_LEVEL_BIT(EVLEVEL_AUDIT_FAILURE))

/* Whether f selects ev.  early: asked by a want (evtlog_want_fn), before
 * the strings are read (the words are not checked) and, in .evtx,
 * before the keywords that make a LogAlways event an audit (it shows as
 * information): whether f may select it. */
static int selects(const struct evl_filter *f, const struct kb_event *ev, int early)
{
	size_t i;
	int id_ok;

	if (f == NULL)
		return 1;
	if (f->n_ids > 0) {
		for (id_ok = 0, i = 0; i < f->n_ids && !id_ok; i++)
			id_ok = f->ids[i] == ev->event_id;
		if (!id_ok)
			return 0;
	}
	if (f->source != NULL && (ev->source == NULL || !kb_ci_contains(ev->source, f->source)))
		return 0;
	if (f->levels != 0 && !(f->levels & EVL_LEVEL_BIT(ev->level)) &&
	    !(early && ev->level == EVLEVEL_INFORMATION && (f->levels & AUDIT_BITS))) {
		for (id_ok = 0, i = 0; i < f->n_also_ids && !id_ok; i++)
			id_ok = f->also_ids[i] == ev->event_id;
		if (!id_ok)
			return 0;
	}
	if (f->since != 0 && ev->time < f->since)
		return 0;
	if (f->until != 0 && ev->time > f->until)
		return 0;
	if (!early && f->text != NULL && !has_words(ev, f->text))
		return 0;
	return 1;
}

int evl_feed_want(void *feed, const struct kb_event *ev)
{
	struct evl_feed *c = feed;

	return selects(c->f, ev, 1);
}

int evl_feed_event(void *feed, const struct kb_event *ev)
{
	struct evl_feed *c = feed;
	struct evl_list *l = c->l;
	struct evl_event *e;
	size_t i;

	l->read++;
	if (!selects(c->f, ev, 0))
		return 0;
	if (l->n == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 256;
		e = realloc(l->events, cap * sizeof *e);
		if (e == NULL)
			goto oom;
		l->events = e;
		c->cap = cap;
	}
	e = &l->events[l->n];
	memset(e, 0, sizeof *e);
	e->time = ev->time;
	e->record_number = ev->record_number;
	e->event_id = ev->event_id;
	e->raw_identifier = ev->raw_identifier;
	e->level = ev->level;
	e->recovered = ev->recovered;
	e->file = c->file;
	e->log = kb_strdup(ev->log != NULL ? ev->log : "");
	e->source = kb_strdup(ev->source != NULL ? ev->source : "");
	e->computer = kb_strdup(ev->computer != NULL ? ev->computer : "");
	if (ev->n_strings > 0)
		e->strings = calloc(ev->n_strings, sizeof *e->strings);
	l->n++;    /* counted now so that evl_free frees what was copied */
	if (e->log == NULL || e->source == NULL || e->computer == NULL ||
	    (ev->n_strings > 0 && e->strings == NULL))
		goto oom;
	for (i = 0; i < ev->n_strings; i++) {
		e->strings[i] = kb_strdup(ev->strings[i] != NULL ? ev->strings[i] : "");
		if (e->strings[i] == NULL)
			goto oom;
		e->n_strings++;
	}
	l->files[c->file].kept++;
	return 0;
oom:
	c->oom = 1;
	return 1;
}

static int cmp_event(const void *a, const void *b)
{
	const struct evl_event *x = a, *y = b;

	if (x->time != y->time)
		return x->time < y->time ? -1 : 1;
	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	if (x->record_number != y->record_number)
		return x->record_number < y->record_number ? -1 : 1;
	return 0;
}

void evl_feed_init(struct evl_feed *c, struct evl_list *l, const struct evl_filter *f)
{
	memset(c, 0, sizeof *c);
	c->l = l;
	c->f = f;
	c->cap = l->n;
}

int evl_feed_file(struct evl_feed *c, const char *path)
{
	struct evl_list *l = c->l;
	struct evl_file *v = realloc(l->files, (l->n_files + 1) * sizeof *v);

	if (v == NULL)
		goto oom;
	l->files = v;
	v = &l->files[l->n_files];
	memset(v, 0, sizeof *v);
	if ((v->path = kb_strdup(path)) == NULL)
		goto oom;
	c->file = l->n_files++;
	return 0;
oom:
	c->oom = 1;
	return KB_ENOMEM;
}

int evl_feed_file_done(struct evl_feed *c, int rc, const struct evtlog_stats *st,
		       const char *message)
{
	struct evl_file *file = &c->l->files[c->file];

	file->stats = *st;
	/* Events the reader's want declined were read all the same: what
	 * evl_load, reading every event, counts. */
	c->l->read += st->skipped;
	file->stats.skipped = 0;
	file->ok = rc == 0;
	if (rc != 0) {
		file->error_code = rc;
		if ((file->error = kb_strdup(message)) == NULL)
			c->oom = 1;
	}
	return c->oom ? KB_ENOMEM : 0;
}

int evl_feed_take(struct evl_feed *c, struct evl_list *from)
{
	struct evl_list *l = c->l;
	size_t base = l->n_files, i;

	if (from->n_files > 0) {
		struct evl_file *v = realloc(l->files, (l->n_files + from->n_files) * sizeof *v);

		if (v == NULL)
			goto oom;
		memcpy(v + l->n_files, from->files, from->n_files * sizeof *v);
		l->files = v;
		l->n_files += from->n_files;
		free(from->files);
		from->files = NULL;
		from->n_files = 0;
	}
	if (from->n > 0) {
		if (l->n + from->n > c->cap) {
			struct evl_event *e = realloc(l->events, (l->n + from->n) * sizeof *e);

			if (e == NULL)
				goto oom;
			l->events = e;
			c->cap = l->n + from->n;
		}
		memcpy(l->events + l->n, from->events, from->n * sizeof *l->events);
		for (i = 0; i < from->n; i++)
			l->events[l->n + i].file += base;
		l->n += from->n;
		free(from->events);
		from->events = NULL;
		from->n = 0;
	}
	l->read += from->read;
	from->read = 0;
	return 0;
oom:
	c->oom = 1;
	return KB_ENOMEM;
}

int evl_feed_finish(struct evl_feed *c, struct kb_error *err)
{
	struct evl_list *l = c->l;

	if (c->oom)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	/* Files are read one after another: a stable order within a file
	 * is its record order, which ties in time keep. */
	if (l->n > 1)
		qsort(l->events, l->n, sizeof *l->events, cmp_event);
	return 0;
}

int evl_load(struct evl_list *l, const char *const *paths, size_t n_paths,
	     const struct evl_filter *f, struct kb_error *err)
{
	struct evl_feed c;
	size_t i;

	evl_feed_init(&c, l, f);
	for (i = 0; i < n_paths; i++) {
		struct evtlog_stats st;
		struct kb_error ferr = { "" };
		int rc;

		if (evl_feed_file(&c, paths[i]) != 0)
			return kb_errorf(err, KB_ENOMEM, "out of memory");
		rc = evtlog_read(paths[i], evl_feed_event, NULL, &c, &st, &ferr);
		if (c.oom)
			return kb_errorf(err, KB_ENOMEM, "out of memory reading %s", paths[i]);
		if (evl_feed_file_done(&c, rc, &st, ferr.msg) != 0)
			return kb_errorf(err, KB_ENOMEM, "out of memory");
	}
	return evl_feed_finish(&c, err);
}

static const struct {
	const char *name;
	enum event_level level;
} level_names[] = {
	{ "error", EVLEVEL_ERROR }, { "warning", EVLEVEL_WARNING },
	{ "information", EVLEVEL_INFORMATION }, { "info", EVLEVEL_INFORMATION },
	{ "audit-success", EVLEVEL_AUDIT_SUCCESS }, { "audit-failure", EVLEVEL_AUDIT_FAILURE },
	{ "critical", EVLEVEL_CRITICAL }, { "verbose", EVLEVEL_VERBOSE },
	{ "unknown", EVLEVEL_UNKNOWN },
};

int evl_parse_levels(const char *s, unsigned *levels, char *bad, size_t bad_size)
{
	const char *p = s;

	*levels = 0;
	while (*p != '\0') {
		size_t n = strcspn(p, ","), i;
		int found = 0;

		for (i = 0; n > 0 && i < sizeof level_names / sizeof level_names[0]; i++) {
			if (strlen(level_names[i].name) == n &&
			    strncasecmp(p, level_names[i].name, n) == 0) {
				*levels |= EVL_LEVEL_BIT(level_names[i].level);
				found = 1;
			}
		}
		if (!found) {
			snprintf(bad, bad_size, "%.*s", (int)n, p);
			return -1;
		}
		p += n;
		if (*p == ',')
			p++;
	}
	if (*levels == 0) {
		snprintf(bad, bad_size, "%s", s);
		return -1;
	}
	return 0;
}

const char *evl_level_short(enum event_level l)
{
	switch (l) {
	case EVLEVEL_ERROR: return "error";
	case EVLEVEL_WARNING: return "warn";
	case EVLEVEL_INFORMATION: return "info";
	case EVLEVEL_AUDIT_SUCCESS: return "audok";
	case EVLEVEL_AUDIT_FAILURE: return "audno";
	case EVLEVEL_CRITICAL: return "crit";
	case EVLEVEL_VERBOSE: return "verb";
	case EVLEVEL_UNKNOWN: break;
	}
	return "?";
}

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian), as timegm does
 * without touching the process's time zone. */
static int64_t days_from_civil(int y, unsigned m, unsigned d)
{
	int64_t era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

int evl_parse_time(const char *s, int end_of_day, int64_t *out)
{
	int y, mo, d, h = 0, mi = 0, sec = 0, n = 0, k;
	char sep;

	if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10)
		return -1;
	if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1601)
		return -1;
	s += n;
	if (*s == '\0') {
		if (end_of_day) {
			h = 23;
			mi = 59;
			sec = 59;
		}
	} else {
		sep = *s++;
		if (sep != ' ' && sep != 'T')
			return -1;
		k = 0;
		if (sscanf(s, "%2d:%2d%n", &h, &mi, &k) != 2 || k != 5)
			return -1;
		s += k;
		if (*s == ':') {
			k = 0;
			if (sscanf(s, ":%2d%n", &sec, &k) != 1 || k != 3)
				return -1;
			s += k;
		} else if (end_of_day) {
			sec = 59;
		}
		if (*s == 'Z')
			s++;
		if (*s != '\0' || h > 23 || mi > 59 || sec > 60)
			return -1;
	}
	*out = days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400 + h * 3600 + mi * 60 + sec;
	return 0;
}

void evl_event_view(const struct evl_event *e, struct kb_event *out)
{
	memset(out, 0, sizeof *out);
	out->time = e->time;
	out->record_number = e->record_number;
	out->log = e->log;
	out->source = e->source;
	out->event_id = e->event_id;
	out->raw_identifier = e->raw_identifier;
	out->level = e->level;
	out->computer = e->computer;
	out->strings = (const char *const *)e->strings;
	out->n_strings = e->n_strings;
	out->recovered = e->recovered;
}

int evl_matches(const struct evl_filter *f, const struct evl_event *e)
{
	struct kb_event ev;

	evl_event_view(e, &ev);
	return selects(f, &ev, 0);
}
