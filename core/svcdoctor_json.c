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
