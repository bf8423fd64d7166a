/* diagnose_json.c: a diagnosis as the JSON document described in
 * docs/diagnose-json.md (built with jansson). */
#include "kbwiz/diagnose.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "kbwiz/json_text.h"
#include "kbwiz/strutil.h"
#include "report_internal.h"

/* text with the REG_BINARY bytes b cut in it (rule_bytes_text's "...
 * (N bytes)") put back whole, malloc'd; NULL when they are not cut in it
 * (or memory runs out: the text then stays as it is). */
static char *uncut(const char *text, const unsigned char *b, size_t n)
{
	char *cut, *whole, *s = NULL;
	const char *at;

	if (text == NULL || b == NULL || n <= RULE_BYTES_SHOWN)
		return NULL;
	cut = rule_bytes_text(b, n, RULE_BYTES_SHOWN);
	whole = rule_bytes_text(b, n, 0);
	if (cut != NULL && whole != NULL && (at = strstr(text, cut)) != NULL)
		s = kb_strdup_printf("%.*s%s%s", (int)(at - text), text, whole, at + strlen(cut));
	free(cut);
	free(whole);
	return s;
}

/* The found text with the bytes found whole (a program reading the JSON
 * gets all the data, not what fits a screen).  Only those: the first
 * bytes of the found and of the expected data may read alike when cut. */
static char *uncut_found(const char *text, const struct check_result *res)
{
	size_t n;
	unsigned char *found = check_found_bytes(res, &n);
	char *s = uncut(text, found, n);

	free(found);
	return s;
}

static json_t *uncut_json(char *whole, const char *text)
{
	json_t *j = kb_json_text(whole != NULL ? whole : text);

	free(whole);
	return j;
}

/* The rule's why, which quotes check details, with their expected bytes
 * whole. */
static char *why_uncut(const struct diag_rule *dr)
{
	const struct rule *r = dr->rule;
	char *s = NULL, *t;
	size_t i;

	for (i = 0; dr->why != NULL && dr->checks != NULL && i < r->n_checks; i++)
		if ((t = uncut(s != NULL ? s : dr->why, r->checks[i].bytes,
			       r->checks[i].n_bytes)) != NULL) {
			free(s);
			s = t;
		}
	return s;
}

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
	json_object_set_new(o, "found", uncut_json(uncut_found(res->found, res), res->found));
	json_object_set_new(o, "detail", uncut_json(uncut(res->detail, c->bytes, c->n_bytes),
						    res->detail));
	json_object_set_new(o, "source", kb_json_cite(&c->cite));
	return o;
}

/* The time as ISO 8601 UTC, the form every other time in kbwiz's JSON
 * takes (reports, `kbwiz events --json`), and null when unknown: a 0
 * written as a number would read as 1970. */
json_t *diag_event_to_json(const struct diag_event *e)
{
	json_t *o = json_object();

	json_object_set_new(o, "time", kb_json_time(e->time));
	json_object_set_new(o, "file", kb_json_text(e->file));
	json_object_set_new(o, "record", json_integer((json_int_t)e->record_number));
	json_object_set_new(o, "source", kb_json_text(e->source));
	json_object_set_new(o, "event_id", json_integer(e->event_id));
	json_object_set_new(o, "strings", kb_json_text(e->text));
	return o;
}

void diagnosis_evidence_add_json(json_t *o, const struct rule_evidence *e,
				 const struct diag_evidence *de)
{
	json_t *hits = json_array();
	size_t i;

	json_object_set_new(o, "sequence", json_boolean(e->sequence));
	json_object_set_new(o, "patterns", json_integer((json_int_t)de->n_patterns));
	json_object_set_new(o, "matched", json_integer((json_int_t)de->n_matched));
	json_object_set_new(o, "complete", json_boolean(de->complete));
	json_object_set_new(o, "total_hits", json_integer((json_int_t)de->total_hits));
	for (i = 0; i < de->n_hits; i++) {
		const struct diag_log_hit *h = &de->hits[i];
		json_t *ho = json_object();
		json_object_set_new(ho, "pattern", json_integer((json_int_t)h->pattern + 1));
		json_object_set_new(ho, "file", kb_json_text(h->file));
		json_object_set_new(ho, "line", json_integer((json_int_t)h->line_no));
		json_object_set_new(ho, "timestamp", kb_json_text(h->timestamp));
		json_object_set_new(ho, "text", kb_json_text(h->line));
		json_array_append_new(hits, ho);
	}
	json_object_set_new(o, "hits", hits);
}

/* A block may cite line by line: each pattern gets its own cite, else
 * the block's, so that every line looked for has its source. */
static void evidence_sources_json(json_t *o, const struct rule_evidence *e)
{
	json_t *sources = json_array();
	size_t i;

	json_object_set_new(o, "source", kb_json_cite(&e->cite));
	for (i = 0; i < e->n_patterns; i++) {
		const struct rule_cite *c = &e->patterns[i].cite;
		json_array_append_new(sources, kb_json_cite(
			c->n_ranges > 0 || c->inferred != NULL ? c : &e->cite));
	}
	json_object_set_new(o, "pattern_sources", sources);
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
	size_t i;

	json_object_set_new(o, "rank", json_integer((json_int_t)rank));
	json_object_set_new(o, "id", kb_json_text(r->id));
	json_object_set_new(o, "article", kb_json_text(r->article));
	json_object_set_new(o, "title", kb_json_text(r->title));
	json_object_set_new(o, "content_hash", json_string(r->content_hash));
	json_object_set_new(o, "verdict", json_string(diag_verdict_id(dr->verdict)));
	json_object_set_new(o, "verdict_note", kb_json_text(dr->verdict_note));
	json_object_set_new(o, "diagnosed", json_boolean(dr->diagnosed));
	json_object_set_new(o, "candidate", json_boolean(dr->candidate));
	json_object_set_new(o, "checks_run", json_boolean(dr->checks_run));
	json_object_set_new(o, "score", json_real(dr->score));
	json_object_set_new(o, "applicable", json_string(applicability_name(dr->applies)));
	json_object_set_new(o, "not_applicable_reason", kb_json_text(dr->not_applicable_reason));
	json_object_set_new(o, "why", uncut_json(why_uncut(dr), dr->why));
	json_object_set_new(o, "cause", kb_json_text(r->cause));
	json_object_set_new(o, "cause_source", kb_json_cite(&r->cause_cite));
	json_object_set_new(o, "trigger", kb_json_text(r->trigger));
	json_object_set_new(o, "trigger_source", r->trigger != NULL ?
			    kb_json_cite(&r->trigger_cite) : json_null());

	arr = json_array();
	for (i = 0; i < r->n_symptoms; i++) {
		json_t *s = json_object();
		json_object_set_new(s, "id", kb_json_text(r->symptoms[i].id));
		json_object_set_new(s, "kind", json_string(symptom_kind_name(r->symptoms[i].kind)));
		json_object_set_new(s, "source", kb_json_cite(&r->symptoms[i].cite));
		json_object_set_new(s, "events_seen", json_integer(dr->symptoms[i].count));
		json_object_set_new(s, "answer", dr->answers[i] < 0 ? json_null() :
				    json_string(dr->answers[i] ? "yes" : "no"));
		if (dr->symptoms[i].count > 0) {
			json_object_set_new(s, "first", diag_event_to_json(&dr->symptoms[i].first));
			json_object_set_new(s, "last", diag_event_to_json(&dr->symptoms[i].last));
		}
		json_array_append_new(arr, s);
	}
	json_object_set_new(o, "symptoms", arr);

	arr = json_array();
	for (i = 0; i < r->n_evidence; i++) {
		json_t *e = json_object();
		json_object_set_new(e, "id", kb_json_text(r->evidence[i].id));
		evidence_sources_json(e, &r->evidence[i]);
		diagnosis_evidence_add_json(e, &r->evidence[i], &dr->evidence[i]);
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

	arr = json_array();
	for (i = 0; i < r->n_fixes; i++) {
		const struct rule_fix *f = &r->fixes[i];
		json_t *s = json_object();
		json_object_set_new(s, "id", kb_json_text(f->id));
		json_object_set_new(s, "kind", json_string(report_fix_kind_name(f->kind)));
		json_object_set_new(s, "text", kb_json_text(f->text));
		json_object_set_new(s, "check", kb_json_text(f->check_id));
		json_object_set_new(s, "source", kb_json_cite(&f->cite));
		json_array_append_new(arr, s);
	}
	json_object_set_new(o, "steps", arr);
	return o;
}

static json_t *repairs_json(const struct diagnosis *d)
{
	json_t *arr = json_array();
	size_t i;

	for (i = 0; i < d->n_repairs; i++) {
		json_t *o = json_object();
		json_object_set_new(o, "rule", kb_json_text(d->repairs[i].rule_id));
		json_object_set_new(o, "hive_file", kb_json_text(d->repairs[i].hive_path));
		json_object_set_new(o, "session", d->repairs[i].session_id > 0 ?
				    json_integer(d->repairs[i].session_id) : json_null());
		json_object_set_new(o, "at", kb_json_text(d->repairs[i].at));
		json_array_append_new(arr, o);
	}
	return arr;
}

/* Repairs and the machine, as recorded: a resumed session ranks again
 * with what was known then. */
static int restore_context(struct diagnosis *d, json_t *root, struct kb_error *err)
{
	json_t *reps = json_object_get(root, "repairs");
	size_t i;
	int rc;

	machine_info_clear(&d->machine);
	if ((rc = machine_from_json(json_object_get(root, "machine"), &d->machine, err)) != 0)
		return rc;
	for (i = 0; i < json_array_size(reps); i++) {
		json_t *o = json_array_get(reps, i);
		const char *rule = json_string_value(json_object_get(o, "rule"));
		const char *hive = json_string_value(json_object_get(o, "hive_file"));
		if (rule == NULL || hive == NULL)
			continue;
		if ((rc = diagnosis_add_repair(d, rule, hive,
					       json_integer_value(json_object_get(o, "session")),
					       json_string_value(json_object_get(o, "at")), err)) != 0)
			return rc;
	}
	return 0;
}

int diagnosis_to_json(const struct diagnosis *d, char **out, struct kb_error *err)
{
	json_t *root = json_object(), *files = json_array(), *rules = json_array(),
	       *matched = json_array(), *confirmed = json_array();
	size_t i;

	*out = NULL;
	json_object_set_new(root, "schema", json_string("kbwiz-diagnosis/3"));
	json_object_set_new(root, "kbwiz_version", json_string(KBWIZ_VERSION));
	json_object_set_new(root, "machine", machine_to_json(&d->machine));
	json_object_set_new(root, "repairs", repairs_json(d));
	{
		char mismatch[2048];

		json_object_set_new(root, "machine_mismatch",
				    diagnosis_machine_mismatch(d, mismatch, sizeof mismatch)
				    ? kb_json_text(mismatch) : json_null());
	}
	for (i = 0; i < d->n_files; i++) {
		const struct diag_file *f = &d->files[i];
		json_t *o = json_object();
		json_object_set_new(o, "kind", json_string(evidence_kind_name(f->kind)));
		json_object_set_new(o, "path", kb_json_text(f->path));
		json_object_set_new(o, "ok", json_boolean(f->ok));
		json_object_set_new(o, "error", kb_json_text(f->error));
		json_object_set_new(o, "detail", kb_json_text(f->detail));
		if (f->kind == EVIDENCE_EVENTS)
			json_object_set_new(o, "computers", kb_json_text(f->computers));
		if (f->kind == EVIDENCE_HIVE) {
			json_object_set_new(o, "hive", kb_json_text(f->hive_kind));
			json_object_set_new(o, "dirty", json_boolean(f->hive_dirty));
			json_object_set_new(o, "recovery", kb_json_text(f->hive_recovery));
		}
		json_array_append_new(files, o);
	}
	for (i = 0; i < d->n_rules; i++) {
		json_array_append_new(rules, rule_json(&d->rules[i], i + 1));
		if (d->rules[i].diagnosed)
			json_array_append_new(matched, kb_json_text(d->rules[i].rule->id));
		if (d->rules[i].verdict == VERDICT_CONFIRMED)
			json_array_append_new(confirmed, kb_json_text(d->rules[i].rule->id));
	}
	json_object_set_new(root, "files", files);
	json_object_set_new(root, "confirmed", confirmed);
	json_object_set_new(root, "diagnosed", matched);
	json_object_set_new(root, "rules", rules);
	*out = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (*out == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory writing JSON");
	return 0;
}

/* ---- reading a recorded diagnosis back ------------------------------ */

static char *dup_str(json_t *o, const char *key)
{
	const char *v = json_string_value(json_object_get(o, key));

	return v != NULL ? strdup(v) : NULL;
}

static int status_from_name(const char *name)
{
	int i;

	for (i = CHECK_PASSED; i <= CHECK_NOT_CHECKED; i++)
		if (name != NULL && strcmp(check_status_name((enum check_status)i), name) == 0)
			return i;
	return CHECK_NOT_CHECKED;
}

static int failure_from_name(const char *name)
{
	int i;

	for (i = FAIL_NONE; i <= FAIL_OUT_OF_RANGE; i++)
		if (name != NULL && strcmp(check_failure_name((enum check_failure)i), name) == 0)
			return i;
	return FAIL_NONE;
}

static void restore_check(struct check_result *res, json_t *o)
{
	json_t *entries = json_object_get(o, "found_entries");
	const char *type = json_string_value(json_object_get(o, "found_type"));
	size_t i;

	check_result_clear(res);
	res->status = (enum check_status)status_from_name(json_string_value(json_object_get(o, "status")));
	res->failure = (enum check_failure)failure_from_name(json_string_value(json_object_get(o, "failure")));
	res->hive_file = dup_str(o, "hive_file");
	res->control_set = dup_str(o, "control_set");
	res->resolved_key = dup_str(o, "resolved_key");
	res->found = dup_str(o, "found");
	res->detail = dup_str(o, "detail");
	res->found_type = KB_REG_NONE;
	if (type != NULL && kb_reg_type_from_name(type) >= 0)
		res->found_type = (enum kb_reg_type)kb_reg_type_from_name(type);
	if (json_array_size(entries) > 0) {
		res->found_entries = calloc(json_array_size(entries), sizeof *res->found_entries);
		if (res->found_entries == NULL)
			return;
		for (i = 0; i < json_array_size(entries); i++) {
			const char *e = json_string_value(json_array_get(entries, i));
			res->found_entries[i] = strdup(e != NULL ? e : "");
			if (res->found_entries[i] == NULL)
				return;
			res->n_found_entries = i + 1;
		}
	}
}

/* The array entry whose "id" is id. */
static json_t *by_id(json_t *arr, const char *id)
{
	size_t i;

	for (i = 0; i < json_array_size(arr); i++) {
		const char *v = json_string_value(json_object_get(json_array_get(arr, i), "id"));
		if (v != NULL && strcmp(v, id) == 0)
			return json_array_get(arr, i);
	}
	return NULL;
}

static void restore_event(struct diag_event *e, json_t *o)
{
	json_t *t;

	free(e->source);
	free(e->file);
	free(e->text);
	/* Schema 3 writes the time as ISO 8601; sessions recorded with
	 * schema 2 hold seconds since 1970. */
	t = json_object_get(o, "time");
	e->time = json_is_string(t) ? kb_iso_to_unix(json_string_value(t)) : json_integer_value(t);
	e->record_number = (uint64_t)json_integer_value(json_object_get(o, "record"));
	e->event_id = (unsigned)json_integer_value(json_object_get(o, "event_id"));
	e->source = dup_str(o, "source");
	e->file = dup_str(o, "file");
	e->text = dup_str(o, "strings");
}

static void restore_rule(struct diag_rule *dr, json_t *o)
{
	const struct rule *r = dr->rule;
	json_t *arr;
	size_t i, j;
	const char *app = json_string_value(json_object_get(o, "applicable"));

	int verdict = diag_verdict_from_id(json_string_value(json_object_get(o, "verdict")));

	dr->diagnosed = json_is_true(json_object_get(o, "diagnosed"));
	/* Schema 1 had no verdict: what it called diagnosed was at most
	 * possible until the ranking runs again. */
	dr->verdict = verdict >= 0 ? (enum diag_verdict)verdict :
		      dr->diagnosed ? VERDICT_POSSIBLE : VERDICT_NONE;
	free(dr->verdict_note);
	dr->verdict_note = dup_str(o, "verdict_note");
	dr->candidate = json_is_true(json_object_get(o, "candidate"));
	dr->checks_run = json_is_true(json_object_get(o, "checks_run"));
	dr->score = json_number_value(json_object_get(o, "score"));
	dr->applies = app == NULL ? DIAG_APPLIES_UNKNOWN :
		      strcmp(app, "yes") == 0 ? DIAG_APPLIES :
		      strcmp(app, "no") == 0 ? DIAG_NOT_APPLICABLE : DIAG_APPLIES_UNKNOWN;
	free(dr->not_applicable_reason);
	dr->not_applicable_reason = dup_str(o, "not_applicable_reason");
	free(dr->why);
	dr->why = dup_str(o, "why");

	arr = json_object_get(o, "symptoms");
	for (i = 0; i < r->n_symptoms; i++) {
		json_t *s = by_id(arr, r->symptoms[i].id);
		const char *ans;
		if (s == NULL)
			continue;
		dr->symptoms[i].count = (unsigned)json_integer_value(json_object_get(s, "events_seen"));
		ans = json_string_value(json_object_get(s, "answer"));
		dr->answers[i] = ans == NULL ? -1 : strcmp(ans, "yes") == 0;
		if (json_object_get(s, "first") != NULL)
			restore_event(&dr->symptoms[i].first, json_object_get(s, "first"));
		if (json_object_get(s, "last") != NULL)
			restore_event(&dr->symptoms[i].last, json_object_get(s, "last"));
	}
	arr = json_object_get(o, "evidence");
	for (i = 0; i < r->n_evidence; i++) {
		json_t *e = by_id(arr, r->evidence[i].id), *hits;
		struct diag_evidence *de = &dr->evidence[i];
		if (e == NULL)
			continue;
		de->n_matched = (size_t)json_integer_value(json_object_get(e, "matched"));
		de->complete = json_is_true(json_object_get(e, "complete"));
		de->total_hits = (uint64_t)json_integer_value(json_object_get(e, "total_hits"));
		hits = json_object_get(e, "hits");
		de->hits = calloc(json_array_size(hits) + 1, sizeof *de->hits);
		if (de->hits == NULL)
			continue;
		for (j = 0; j < json_array_size(hits); j++) {
			json_t *h = json_array_get(hits, j);
			struct diag_log_hit *lh = &de->hits[j];
			json_int_t pat = json_integer_value(json_object_get(h, "pattern"));
			lh->pattern = pat > 0 ? (size_t)(pat - 1) : 0;
			lh->file = dup_str(h, "file");
			lh->line_no = (uint64_t)json_integer_value(json_object_get(h, "line"));
			lh->timestamp = dup_str(h, "timestamp");
			lh->line = dup_str(h, "text");
			if (lh->line == NULL)
				lh->line = strdup("");
			de->n_hits = j + 1;
		}
	}
	arr = json_object_get(o, "applies");
	for (i = 0; i < r->n_applies; i++) {
		json_t *c = by_id(arr, r->applies[i].id);
		if (c != NULL)
			restore_check(&dr->applies_results[i], c);
	}
	arr = json_object_get(o, "checks");
	dr->n_failed_checks = dr->n_damaged_checks = dr->n_passed_checks = 0;
	for (i = 0; i < r->n_checks; i++) {
		json_t *c = by_id(arr, r->checks[i].id);
		if (c != NULL)
			restore_check(&dr->checks[i], c);
		dr->n_failed_checks += dr->checks[i].status == CHECK_FAILED;
		dr->n_damaged_checks += dr->checks[i].status == CHECK_DAMAGED;
		dr->n_passed_checks += dr->checks[i].status == CHECK_PASSED;
	}
}

static void restore_files(struct diagnosis *d, json_t *files)
{
	size_t i, n = json_array_size(files);

	d->files = calloc(n + 1, sizeof *d->files);
	if (d->files == NULL)
		return;
	for (i = 0; i < n; i++) {
		json_t *o = json_array_get(files, i);
		struct diag_file *f = &d->files[i];
		const char *kind = json_string_value(json_object_get(o, "kind"));
		f->kind = kind != NULL && strcmp(kind, "hive") == 0 ? EVIDENCE_HIVE :
			  kind != NULL && strcmp(kind, "log") == 0 ? EVIDENCE_LOG : EVIDENCE_EVENTS;
		f->path = dup_str(o, "path");
		f->ok = json_is_true(json_object_get(o, "ok"));
		f->error = dup_str(o, "error");
		f->detail = dup_str(o, "detail");
		f->hive_kind = dup_str(o, "hive");
		f->hive_dirty = json_is_true(json_object_get(o, "dirty"));
		f->computers = dup_str(o, "computers");
		f->hive_recovery = dup_str(o, "recovery");
		if (f->path == NULL)
			f->path = strdup("");
		d->n_files = i + 1;
	}
}

int diagnosis_restore_json(struct diagnosis *d, const char *json,
			   struct kb_error *err)
{
	json_error_t jerr;
	json_t *root, *rules;
	struct diag_rule *sorted;
	size_t i, j, n = 0;
	int rc;

	root = json_loads(json, 0, &jerr);
	if (root == NULL)
		return kb_errorf(err, KB_EFORMAT, "recorded findings cannot be read: %s (line %d)",
				 jerr.text, jerr.line);
	for (i = 0; i < d->n_files; i++)
		diag_file_clear(&d->files[i]);
	free(d->files);
	d->files = NULL;
	d->n_files = 0;
	restore_files(d, json_object_get(root, "files"));
	diagnosis_clear_repairs(d);
	if ((rc = restore_context(d, root, err)) != 0) {
		json_decref(root);
		return rc;
	}
	rules = json_object_get(root, "rules");
	/* Keep the recorded order: the ranking as the technician saw it. */
	sorted = calloc(d->n_rules + 1, sizeof *sorted);
	if (sorted == NULL) {
		json_decref(root);
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	}
	for (i = 0; i < json_array_size(rules); i++) {
		json_t *o = json_array_get(rules, i);
		const char *id = json_string_value(json_object_get(o, "id"));
		for (j = 0; j < d->n_rules; j++) {
			if (d->rules[j].rule != NULL && id != NULL &&
			    strcmp(d->rules[j].rule->id, id) == 0) {
				restore_rule(&d->rules[j], o);
				sorted[n++] = d->rules[j];
				d->rules[j].rule = NULL;
				break;
			}
		}
	}
	/* Rules added to the store since then go last, as not yet seen. */
	for (j = 0; j < d->n_rules; j++)
		if (d->rules[j].rule != NULL)
			sorted[n++] = d->rules[j];
	free(d->rules);
	d->rules = sorted;
	json_decref(root);
	return 0;
}
