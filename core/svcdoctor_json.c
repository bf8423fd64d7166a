/* svcdoctor_json.c: the service doctor's findings in a diagnosis JSON
 * document, and the library articles for their error codes
 * (svcdoctor.h, docs/service-doctor.md). */
#include "kbwiz/svcdoctor.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "kbwiz/json_text.h"
#include "kbwiz/strutil.h"

int svd_suggest(struct svd_report *r, struct kb_store *s, struct kb_error *err)
{
	struct library_stats st;
	struct library_hit hits[SVD_ARTICLES];
	size_t i, j, n;
	int rc;

	if ((rc = library_stats(s, &st, err)) != 0)
		return rc;
	r->library_articles = st.articles;
	r->searched = 1;
	if (st.articles == 0)
		return 0;
	for (i = 0; i < r->n; i++) {
		struct svd_finding *f = &r->v[i];
		/* Error codes only: the articles that name the event with the
		 * code (library_search scores one with every word at about 0
		 * and up; fewer words score far below). */
		if (!f->has_error || f->n_ids == 0 || f->service_specific)
			continue;
		snprintf(f->query, sizeof f->query, "%u 0x%x", f->ids[0], f->error_code);
		rc = library_search(s, f->query, hits, SVD_ARTICLES, &n, err);
		if (rc == KB_EINVAL)
			continue;
		if (rc != 0)
			return rc;
		for (j = 0; j < n && f->n_articles < SVD_ARTICLES; j++)
			if (hits[j].score >= 0.0)
				f->articles[f->n_articles++] = hits[j];
	}
	return 0;
}

static json_t *strv(char *const *v, size_t n)
{
	json_t *a = json_array();
	size_t i;

	for (i = 0; i < n; i++)
		json_array_append_new(a, kb_json_text(v[i]));
	return a;
}

static json_t *finding_json(const struct svd_finding *f)
{
	json_t *o = json_object(), *ids = json_array(), *arts = json_array();
	size_t i;

	json_object_set_new(o, "service", kb_json_text(f->service));
	json_object_set_new(o, "named_as", kb_json_text(f->named_as));
	json_object_set_new(o, "mapped", json_boolean(f->index >= 0));
	json_object_set_new(o, "mapping", kb_json_text(f->mapping));
	json_object_set_new(o, "kind", json_string(svd_kind_id(f->kind)));
	json_object_set_new(o, "verdict", json_string(diag_verdict_id(f->verdict)));
	json_object_set_new(o, "summary", kb_json_text(f->summary));
	json_object_set_new(o, "error_code", f->has_error ? json_integer(f->error_code) : json_null());
	json_object_set_new(o, "service_specific", json_boolean(f->service_specific));
	json_object_set_new(o, "error_message", kb_json_text(f->error_text));
	json_object_set_new(o, "error_message_from", kb_json_text(f->error_from));
	for (i = 0; i < f->n_ids; i++) {
		json_t *e = json_object();
		json_object_set_new(e, "event_id", json_integer(f->ids[i]));
		json_object_set_new(e, "count", json_integer(f->id_counts[i]));
		json_array_append_new(ids, e);
	}
	json_object_set_new(o, "events", ids);
	json_object_set_new(o, "first", kb_json_time(f->first));
	json_object_set_new(o, "last", kb_json_time(f->last));
	json_object_set_new(o, "example", kb_json_text(f->example));
	json_object_set_new(o, "evidence", strv(f->evidence, f->n_evidence));
	json_object_set_new(o, "reasoning", strv(f->reasoning, f->n_reasoning));
	json_object_set_new(o, "manual_steps", strv(f->steps, f->n_steps));
	json_object_set_new(o, "start_repairs", strv(f->start_repairs, f->n_start_repairs));
	json_object_set_new(o, "library_query", f->query[0] ? kb_json_text(f->query) : json_null());
	for (i = 0; i < f->n_articles; i++) {
		json_t *a = json_object();
		json_object_set_new(a, "id", kb_json_text(f->articles[i].id));
		json_object_set_new(a, "title", kb_json_text(f->articles[i].title));
		json_array_append_new(arts, a);
	}
	json_object_set_new(o, "articles", arts);
	return o;
}

int svd_add_to_json(const struct svd_report *r, char **json, struct kb_error *err)
{
	json_error_t jerr;
	json_t *doc, *o, *fs;
	char *text;
	size_t i;

	doc = json_loads(*json, 0, &jerr);
	if (doc == NULL || !json_is_object(doc)) {
		json_decref(doc);
		return kb_errorf(err, KB_EINVAL, "the diagnosis document does not parse: %s", jerr.text);
	}
	o = json_object();
	fs = json_array();
	/* Marked so that no reader takes it for an article's. */
	json_object_set_new(o, "source", json_string("kbwiz's own reasoning, not an article's"));
	json_object_set_new(o, "events_read", json_integer((json_int_t)r->events_read));
	json_object_set_new(o, "scm_failure_events", json_integer((json_int_t)r->scm_failures));
	json_object_set_new(o, "other_sources_left_out", json_integer((json_int_t)r->other_sources));
	json_object_set_new(o, "configuration", json_string(r->configuration ? "available" : "not available"));
	json_object_set_new(o, "configuration_why", kb_json_text(r->configuration ? NULL : r->configuration_why));
	json_object_set_new(o, "hive", kb_json_text(r->hive_path));
	json_object_set_new(o, "control_set", r->configuration ? json_string(r->control_set) : json_null());
	json_object_set_new(o, "volume", json_boolean(r->volume));
	json_object_set_new(o, "services_pipe_timeout_ms",
			    r->has_pipe_timeout ? json_integer(r->pipe_timeout_ms) : json_null());
	json_object_set_new(o, "sam", kb_json_text(r->sam_path));
	for (i = 0; i < r->n; i++)
		json_array_append_new(fs, finding_json(&r->v[i]));
	json_object_set_new(o, "findings", fs);
	json_object_set_new(doc, "service_doctor", o);
	text = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(doc);
	if (text == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	free(*json);
	*json = text;
	return 0;
}

/* ---- reading a recorded report back ------------------------------------ */

/* A string member copied, NULL when absent or not a string; *oom set
 * when the copy fails. */
static char *str_dup(const json_t *o, const char *key, int *oom)
{
	const char *v = json_string_value(json_object_get(o, key));
	char *c;

	if (v == NULL)
		return NULL;
	if ((c = strdup(v)) == NULL)
		*oom = 1;
	return c;
}

/* Never NULL where the doctor itself never leaves NULL (service,
 * named_as, mapping, summary): a damaged record reads as "". */
static char *str_dup_or_empty(const json_t *o, const char *key, int *oom)
{
	char *c = str_dup(o, key, oom);

	if (c == NULL && !*oom && (c = strdup("")) == NULL)
		*oom = 1;
	return c;
}

static void strv_from(const json_t *a, char ***v, size_t *n, int *oom)
{
	size_t i;

	*v = NULL;
	*n = 0;
	if (!json_is_array(a) || json_array_size(a) == 0)
		return;
	if ((*v = calloc(json_array_size(a), sizeof **v)) == NULL) {
		*oom = 1;
		return;
	}
	for (i = 0; i < json_array_size(a); i++) {
		const char *t = json_string_value(json_array_get(a, i));
		if (t == NULL)
			continue;
		if (((*v)[*n] = strdup(t)) == NULL) {
			*oom = 1;
			return;
		}
		(*n)++;
	}
}

static int kind_from_id(const char *id)
{
	int k;

	for (k = SVD_IMAGE; id != NULL && k <= SVD_CRASH; k++)
		if (strcmp(svd_kind_id((enum svd_kind)k), id) == 0)
			return k;
	return -1;
}

static int64_t time_of(const json_t *o, const char *key)
{
	const char *t = json_string_value(json_object_get(o, key));

	return t != NULL ? kb_iso_to_unix(t) : 0;
}

static int finding_from(const json_t *o, struct svd_finding *f, int *oom)
{
	const json_t *ids = json_object_get(o, "events"), *arts = json_object_get(o, "articles");
	const char *q;
	int kind = kind_from_id(json_string_value(json_object_get(o, "kind")));
	int verdict = diag_verdict_from_id(json_string_value(json_object_get(o, "verdict")));
	size_t i;

	if (!json_is_object(o) || kind < 0 || verdict < 0)
		return -1;
	f->kind = (enum svd_kind)kind;
	f->verdict = (enum diag_verdict)verdict;
	f->service = str_dup_or_empty(o, "service", oom);
	f->named_as = str_dup_or_empty(o, "named_as", oom);
	f->index = json_is_true(json_object_get(o, "mapped")) ? 0 : -1;
	f->mapping = str_dup_or_empty(o, "mapping", oom);
	f->has_error = json_is_integer(json_object_get(o, "error_code"));
	f->error_code = (unsigned)json_integer_value(json_object_get(o, "error_code"));
	f->service_specific = json_is_true(json_object_get(o, "service_specific"));
	f->error_text = str_dup(o, "error_message", oom);
	f->error_from = str_dup(o, "error_message_from", oom);
	for (i = 0; json_is_array(ids) && i < json_array_size(ids) && f->n_ids < SVD_MAX_IDS; i++) {
		const json_t *e = json_array_get(ids, i);
		f->ids[f->n_ids] = (unsigned)json_integer_value(json_object_get(e, "event_id"));
		f->id_counts[f->n_ids] = (unsigned)json_integer_value(json_object_get(e, "count"));
		f->events += f->id_counts[f->n_ids++];
	}
	f->first = time_of(o, "first");
	f->last = time_of(o, "last");
	f->example = str_dup(o, "example", oom);
	f->summary = str_dup_or_empty(o, "summary", oom);
	strv_from(json_object_get(o, "evidence"), &f->evidence, &f->n_evidence, oom);
	strv_from(json_object_get(o, "reasoning"), &f->reasoning, &f->n_reasoning, oom);
	strv_from(json_object_get(o, "manual_steps"), &f->steps, &f->n_steps, oom);
	strv_from(json_object_get(o, "start_repairs"), &f->start_repairs, &f->n_start_repairs, oom);
	q = json_string_value(json_object_get(o, "library_query"));
	snprintf(f->query, sizeof f->query, "%s", q != NULL ? q : "");
	for (i = 0; json_is_array(arts) && i < json_array_size(arts) && f->n_articles < SVD_ARTICLES; i++) {
		const json_t *a = json_array_get(arts, i);
		const char *id = json_string_value(json_object_get(a, "id"));
		const char *title = json_string_value(json_object_get(a, "title"));
		struct library_hit *h = &f->articles[f->n_articles++];
		memset(h, 0, sizeof *h);
		snprintf(h->id, sizeof h->id, "%s", id != NULL ? id : "");
		snprintf(h->title, sizeof h->title, "%s", title != NULL ? title : "");
	}
	return 0;
}

int svd_from_json(const struct json_t *o, struct svd_report **out, struct kb_error *err)
{
	const json_t *fs = json_object_get(o, "findings");
	const char *cs = json_string_value(json_object_get(o, "control_set"));
	const char *conf = json_string_value(json_object_get(o, "configuration"));
	struct svd_report *r;
	size_t i;
	int oom = 0;

	*out = NULL;
	if (!json_is_object(o) || !json_is_array(fs))
		return kb_errorf(err, KB_EFORMAT, "the recorded service doctor's findings are damaged");
	if ((r = calloc(1, sizeof *r)) == NULL ||
	    (json_array_size(fs) > 0 && (r->v = calloc(json_array_size(fs), sizeof *r->v)) == NULL)) {
		free(r);
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	}
	r->events_read = (uint64_t)json_integer_value(json_object_get(o, "events_read"));
	r->scm_failures = (uint64_t)json_integer_value(json_object_get(o, "scm_failure_events"));
	r->other_sources = (uint64_t)json_integer_value(json_object_get(o, "other_sources_left_out"));
	r->configuration = conf != NULL && strcmp(conf, "available") == 0;
	r->configuration_why = str_dup(o, "configuration_why", &oom);
	r->hive_path = str_dup(o, "hive", &oom);
	snprintf(r->control_set, sizeof r->control_set, "%s", cs != NULL ? cs : "");
	r->volume = json_is_true(json_object_get(o, "volume"));
	r->has_pipe_timeout = json_is_integer(json_object_get(o, "services_pipe_timeout_ms"));
	r->pipe_timeout_ms = (uint32_t)json_integer_value(json_object_get(o, "services_pipe_timeout_ms"));
	r->sam_path = str_dup(o, "sam", &oom);
	r->error = str_dup(o, "error", &oom);
	/* Every finding zeroed and counted first: one free covers a
	 * half-read one. */
	r->n = json_array_size(fs);
	for (i = 0; i < r->n && !oom; i++)
		if (finding_from(json_array_get(fs, i), &r->v[i], &oom) != 0)
			break;
	if (oom || i < r->n) {
		svd_free(r);
		return oom ? kb_errorf(err, KB_ENOMEM, "out of memory") :
			kb_errorf(err, KB_EFORMAT, "the recorded service doctor's finding %zu is damaged",
				  i + 1);
	}
	*out = r;
	return 0;
}
