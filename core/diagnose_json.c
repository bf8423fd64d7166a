/* diagnose_json.c: a diagnosis as the JSON document described in
 * docs/diagnose-json.md (built with jansson). */
#include "kbwiz/diagnose.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "kbwiz/json_text.h"

static json_t *check_json(const struct rule_check *c, const struct check_result *res)
{
	json_t *o = json_object(), *entries = json_array();
	size_t i;

	json_object_set_new(o, "id", kb_json_text(c->id));
	json_object_set_new(o, "key", kb_json_text(c->key));
	json_object_set_new(o, "value", kb_json_text(c->value));
	json_object_set_new(o, "expect", json_string(check_expect_name(c->expect)));
	if (c->data != NULL)
		json_object_set_new(o, "data", kb_json_text(c->data));
	json_object_set_new(o, "status", json_string(check_status_name(res->status)));
	json_object_set_new(o, "failure", res->failure == FAIL_NONE ? json_null() :
			    json_string(check_failure_name(res->failure)));
	json_object_set_new(o, "hive_file", kb_json_text(res->hive_file));
	json_object_set_new(o, "control_set", kb_json_text(res->control_set));
	json_object_set_new(o, "resolved_key", kb_json_text(res->resolved_key));
	json_object_set_new(o, "found_type", res->found_type == KB_REG_NONE ? json_null() :
			    json_string(kb_reg_type_name(res->found_type)));
	for (i = 0; i < res->n_found_entries; i++)
		json_array_append_new(entries, kb_json_text(res->found_entries[i]));
	json_object_set_new(o, "found_entries", entries);
	json_object_set_new(o, "found", kb_json_text(res->found));
	json_object_set_new(o, "detail", kb_json_text(res->detail));
	return o;
}

static json_t *event_json(const struct diag_event *e)
{
	json_t *o = json_object();

	json_object_set_new(o, "time", json_integer(e->time));
	json_object_set_new(o, "file", kb_json_text(e->file));
	json_object_set_new(o, "record", json_integer((json_int_t)e->record_number));
	json_object_set_new(o, "source", kb_json_text(e->source));
	json_object_set_new(o, "event_id", json_integer(e->event_id));
	json_object_set_new(o, "strings", kb_json_text(e->text));
	return o;
}

static const char *symptom_kind_name(enum symptom_kind k)
{
	return k == SYMPTOM_EVENT ? "event" : k == SYMPTOM_ERROR ? "error" : "question";
}

static const char *applicability_name(enum diag_applicability a)
{
	return a == DIAG_APPLIES ? "yes" : a == DIAG_NOT_APPLICABLE ? "no" : "unknown";
}

static json_t *rule_json(const struct diag_rule *dr, size_t rank)
{
	const struct rule *r = dr->rule;
	json_t *o = json_object(), *arr;
	size_t i, j;

	json_object_set_new(o, "rank", json_integer((json_int_t)rank));
	json_object_set_new(o, "id", kb_json_text(r->id));
	json_object_set_new(o, "article", kb_json_text(r->article));
	json_object_set_new(o, "title", kb_json_text(r->title));
	json_object_set_new(o, "content_hash", json_string(r->content_hash));
	json_object_set_new(o, "diagnosed", json_boolean(dr->diagnosed));
	json_object_set_new(o, "score", json_real(dr->score));
	json_object_set_new(o, "applicable", json_string(applicability_name(dr->applies)));
	json_object_set_new(o, "not_applicable_reason", kb_json_text(dr->not_applicable_reason));
	json_object_set_new(o, "why", kb_json_text(dr->why));
	json_object_set_new(o, "cause", kb_json_text(r->cause));

	arr = json_array();
	for (i = 0; i < r->n_symptoms; i++) {
		json_t *s = json_object();
		json_object_set_new(s, "id", kb_json_text(r->symptoms[i].id));
		json_object_set_new(s, "kind", json_string(symptom_kind_name(r->symptoms[i].kind)));
		json_object_set_new(s, "events_seen", json_integer(dr->symptoms[i].count));
		json_object_set_new(s, "answer", dr->answers[i] < 0 ? json_null() :
				    json_string(dr->answers[i] ? "yes" : "no"));
		if (dr->symptoms[i].count > 0) {
			json_object_set_new(s, "first", event_json(&dr->symptoms[i].first));
			json_object_set_new(s, "last", event_json(&dr->symptoms[i].last));
		}
		json_array_append_new(arr, s);
	}
	json_object_set_new(o, "symptoms", arr);

	arr = json_array();
	for (i = 0; i < r->n_evidence; i++) {
		const struct diag_evidence *de = &dr->evidence[i];
		json_t *e = json_object(), *hits = json_array();
		json_object_set_new(e, "id", kb_json_text(r->evidence[i].id));
		json_object_set_new(e, "sequence", json_boolean(r->evidence[i].sequence));
		json_object_set_new(e, "patterns", json_integer((json_int_t)de->n_patterns));
		json_object_set_new(e, "matched", json_integer((json_int_t)de->n_matched));
		json_object_set_new(e, "complete", json_boolean(de->complete));
		json_object_set_new(e, "total_hits", json_integer((json_int_t)de->total_hits));
		for (j = 0; j < de->n_hits; j++) {
			json_t *h = json_object();
			json_object_set_new(h, "pattern", json_integer((json_int_t)de->hits[j].pattern + 1));
			json_object_set_new(h, "file", kb_json_text(de->hits[j].file));
			json_object_set_new(h, "line", json_integer((json_int_t)de->hits[j].line_no));
			json_object_set_new(h, "timestamp", kb_json_text(de->hits[j].timestamp));
			json_object_set_new(h, "text", kb_json_text(de->hits[j].line));
			json_array_append_new(hits, h);
		}
		json_object_set_new(e, "hits", hits);
		json_array_append_new(arr, e);
	}
	json_object_set_new(o, "evidence", arr);

	arr = json_array();
	for (i = 0; i < r->n_applies; i++)
		json_array_append_new(arr, check_json(&r->applies[i], &dr->applies_results[i]));
	json_object_set_new(o, "applies", arr);
	arr = json_array();
	for (i = 0; i < r->n_checks; i++)
		json_array_append_new(arr, check_json(&r->checks[i], &dr->checks[i]));
	json_object_set_new(o, "checks", arr);
	return o;
}

int diagnosis_to_json(const struct diagnosis *d, char **out, struct kb_error *err)
{
	json_t *root = json_object(), *files = json_array(), *rules = json_array(),
	       *matched = json_array();
	size_t i;

	*out = NULL;
	json_object_set_new(root, "schema", json_string("kbwiz-diagnosis/1"));
	json_object_set_new(root, "kbwiz_version", json_string(KBWIZ_VERSION));
	for (i = 0; i < d->n_files; i++) {
		const struct diag_file *f = &d->files[i];
		json_t *o = json_object();
		json_object_set_new(o, "kind", json_string(evidence_kind_name(f->kind)));
		json_object_set_new(o, "path", kb_json_text(f->path));
		json_object_set_new(o, "ok", json_boolean(f->ok));
		json_object_set_new(o, "error", kb_json_text(f->error));
		json_object_set_new(o, "detail", kb_json_text(f->detail));
		if (f->kind == EVIDENCE_HIVE) {
			json_object_set_new(o, "hive", kb_json_text(f->hive_kind));
			json_object_set_new(o, "dirty", json_boolean(f->hive_dirty));
		}
		json_array_append_new(files, o);
	}
	for (i = 0; i < d->n_rules; i++) {
		json_array_append_new(rules, rule_json(&d->rules[i], i + 1));
		if (d->rules[i].diagnosed)
			json_array_append_new(matched, kb_json_text(d->rules[i].rule->id));
	}
	json_object_set_new(root, "files", files);
	json_object_set_new(root, "diagnosed", matched);
	json_object_set_new(root, "rules", rules);
	*out = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (*out == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory writing JSON");
	return 0;
}
