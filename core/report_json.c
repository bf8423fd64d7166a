/* report_json.c: a session report as the JSON document "kbwiz-report/1"
 * (docs/report-json.md).  Field names are stable: a change that breaks a
 * reader gets a new schema string.  Every member is always present (null
 * when unknown) so scripts need no existence checks.  Text is carried as
 * it was recorded (jansson escapes control characters; kb_json_text turns
 * invalid UTF-8 into U+FFFD). */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "kbwiz/json_text.h"
#include "report_internal.h"

static json_t *text_or_null(const char *s)
{
	return s != NULL && s[0] != '\0' ? kb_json_text(s) : json_null();
}

static json_t *session_json(const struct report *r)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(r->summary.id));
	json_object_set_new(o, "created", json_string(r->summary.created));
	json_object_set_new(o, "updated", json_string(r->summary.updated));
	json_object_set_new(o, "state", json_string(report_state_id(r->state)));
	json_object_set_new(o, "finished", json_boolean(r->state != SESSION_IN_PROGRESS));
	json_object_set_new(o, "step", json_integer(r->step));
	json_object_set_new(o, "step_name", json_string(session_step_name(r->step)));
	json_object_set_new(o, "technician", kb_json_text(r->kase->technician));
	json_object_set_new(o, "label", kb_json_text(r->kase->label));
	json_object_set_new(o, "notes", kb_json_text(r->kase->notes));
	json_object_set_new(o, "chosen_rule", text_or_null(r->chosen));
	json_object_set_new(o, "scanned", json_boolean(r->scanned));
	json_object_set_new(o, "registry_checked", json_boolean(r->registry_checked));
	json_object_set_new(o, "machine", machine_to_json(&r->diag->machine));
	return o;
}

static json_t *rules_json(const struct report *r)
{
	json_t *arr = json_array();
	size_t i;

	for (i = 0; i < r->n_rules; i++) {
		const struct report_rule *rr = &r->rules[i];
		json_t *o = json_object();
		json_object_set_new(o, "id", kb_json_text(rr->dr->rule->id));
		json_object_set_new(o, "article", kb_json_text(rr->dr->rule->article));
		json_object_set_new(o, "title", kb_json_text(rr->dr->rule->title));
		json_object_set_new(o, "content_hash", json_string(rr->dr->rule->content_hash));
		json_object_set_new(o, "rank", json_integer((json_int_t)rr->rank));
		json_object_set_new(o, "chosen", json_boolean(rr->chosen));
		json_object_set_new(o, "diagnosed", json_boolean(rr->diagnosed));
		json_object_set_new(o, "candidate", json_boolean(rr->candidate));
		json_array_append_new(arr, o);
	}
	return arr;
}

static json_t *record_json(const struct report_record *t)
{
	json_t *o = json_object();

	json_object_set_new(o, "at", json_string(t->at));
	json_object_set_new(o, "step", json_integer(t->step));
	json_object_set_new(o, "kind", kb_json_text(t->kind));
	json_object_set_new(o, "text", kb_json_text(t->text));
	return o;
}

static json_t *symptoms_json(const struct report *r)
{
	json_t *o = json_object(), *cands = json_array(), *qs = json_array();
	size_t i;

	for (i = 0; i < r->n_candidates; i++)
		json_array_append_new(cands, kb_json_text(r->candidates[i]));
	for (i = 0; i < r->n_questions; i++) {
		const struct session_question *q = &r->questions[i];
		json_t *qo = json_object();
		json_object_set_new(qo, "rule", kb_json_text(q->rule_id));
		json_object_set_new(qo, "symptom", kb_json_text(q->symptom_id));
		json_object_set_new(qo, "text", kb_json_text(q->text));
		json_object_set_new(qo, "answer", q->answer < 0 ? json_null() :
				    json_string(q->answer ? "yes" : "no"));
		json_array_append_new(qs, qo);
	}
	json_object_set_new(o, "candidates", cands);
	json_object_set_new(o, "questions", qs);
	return o;
}

static json_t *evidence_json(const struct report *r)
{
	json_t *arr = json_array();
	size_t i;

	for (i = 0; i < r->n_evidence; i++) {
		const struct report_evidence *e = &r->evidence[i];
		json_t *o = json_object();
		json_object_set_new(o, "kind", json_string(evidence_kind_name(e->file->kind)));
		json_object_set_new(o, "path", kb_json_text(e->file->path));
		json_object_set_new(o, "found_as", kb_json_text(e->file->found_as));
		json_object_set_new(o, "facts_known", json_boolean(e->facts_known));
		json_object_set_new(o, "size_bytes", e->facts_known ?
				    json_integer((json_int_t)e->facts.size_bytes) : json_null());
		json_object_set_new(o, "mtime", e->facts_known ? kb_json_time(e->facts.mtime) :
				    json_null());
		json_object_set_new(o, "sha256", e->facts_known ? json_string(e->facts.sha256) :
				    json_null());
		json_object_set_new(o, "read", json_boolean(e->read != NULL));
		json_object_set_new(o, "ok", e->read != NULL ? json_boolean(e->read->ok) : json_null());
		json_object_set_new(o, "detail", kb_json_text(e->read != NULL ? e->read->detail : NULL));
		json_object_set_new(o, "error", kb_json_text(e->read != NULL ? e->read->error : NULL));
		json_array_append_new(arr, o);
	}
	return arr;
}

static json_t *events_json(const struct report *r)
{
	json_t *arr = json_array();
	size_t i, j;

	for (i = 0; i < r->n_rules; i++) {
		const struct diag_rule *dr = r->rules[i].dr;
		for (j = 0; j < dr->rule->n_symptoms; j++) {
			const struct rule_symptom *sy = &dr->rule->symptoms[j];
			const struct diag_symptom *ds = &dr->symptoms[j];
			json_t *o;
			if (sy->kind != SYMPTOM_EVENT || ds->count == 0)
				continue;
			o = json_object();
			json_object_set_new(o, "rule", kb_json_text(dr->rule->id));
			json_object_set_new(o, "symptom", kb_json_text(sy->id));
			json_object_set_new(o, "event_id", json_integer(sy->event_id));
			json_object_set_new(o, "source", kb_json_text(sy->source));
			json_object_set_new(o, "count", json_integer(ds->count));
			json_object_set_new(o, "first", diag_event_to_json(&ds->first));
			json_object_set_new(o, "last", diag_event_to_json(&ds->last));
			json_array_append_new(arr, o);
		}
	}
	return arr;
}

static json_t *log_hits_json(const struct report *r)
{
	json_t *arr = json_array();
	size_t i, j;

	for (i = 0; i < r->n_rules; i++) {
		const struct diag_rule *dr = r->rules[i].dr;
		for (j = 0; j < dr->rule->n_evidence; j++) {
			const struct diag_evidence *de = &dr->evidence[j];
			json_t *o;
			if (de->n_matched == 0)
				continue;
			o = json_object();
			json_object_set_new(o, "rule", kb_json_text(dr->rule->id));
			json_object_set_new(o, "evidence", kb_json_text(dr->rule->evidence[j].id));
			diagnosis_evidence_add_json(o, &dr->rule->evidence[j], de);
			json_array_append_new(arr, o);
		}
	}
	return arr;
}

static json_t *check_json(const char *rule_id, const struct rule_check *c,
			  const struct check_result *res, const char *purpose)
{
	json_t *o = json_object(), *exp = json_object(), *found = json_object(),
	       *entries = json_array();
	char expected[1024];
	size_t i;

	report_check_expected(c, expected, sizeof expected);
	json_object_set_new(o, "rule", kb_json_text(rule_id));
	json_object_set_new(o, "check", kb_json_text(c->id));
	json_object_set_new(o, "purpose", json_string(purpose));
	json_object_set_new(o, "description", kb_json_text(c->description));
	json_object_set_new(exp, "key", kb_json_text(c->key));
	json_object_set_new(exp, "value", kb_json_text(c->value));
	json_object_set_new(exp, "type", c->type == KB_REG_NONE ? json_null() :
			    json_string(kb_reg_type_name(c->type)));
	json_object_set_new(exp, "expect", json_string(check_expect_name(c->expect)));
	json_object_set_new(exp, "data", kb_json_text(c->data));
	json_object_set_new(exp, "number", c->expect == EXPECT_VALUE_EQUALS && c->data == NULL ?
			    json_integer((json_int_t)c->number) : json_null());
	json_object_set_new(exp, "min", c->expect == EXPECT_DWORD_RANGE ?
			    json_integer((json_int_t)c->min) : json_null());
	json_object_set_new(exp, "max", c->expect == EXPECT_DWORD_RANGE ?
			    json_integer((json_int_t)c->max) : json_null());
	json_object_set_new(exp, "text", kb_json_text(expected));
	json_object_set_new(o, "expected", exp);
	json_object_set_new(o, "status", json_string(check_status_name(res->status)));
	json_object_set_new(o, "passed", json_boolean(res->status == CHECK_PASSED));
	json_object_set_new(o, "failure", res->failure == FAIL_NONE ? json_null() :
			    json_string(check_failure_name(res->failure)));
	json_object_set_new(found, "text", kb_json_text(res->found));
	json_object_set_new(found, "detail", kb_json_text(res->detail));
	json_object_set_new(found, "type", res->found_type == KB_REG_NONE ? json_null() :
			    json_string(kb_reg_type_name(res->found_type)));
	for (i = 0; i < res->n_found_entries; i++)
		json_array_append_new(entries, kb_json_text(res->found_entries[i]));
	json_object_set_new(found, "entries", entries);
	json_object_set_new(found, "hive_file", kb_json_text(res->hive_file));
	json_object_set_new(found, "control_set", kb_json_text(res->control_set));
	json_object_set_new(found, "resolved_key", kb_json_text(res->resolved_key));
	json_object_set_new(o, "found", found);
	json_object_set_new(o, "source", kb_json_cite(&c->cite));
	return o;
}

/* A check as the walk gives it, with "now" (report_check_now) when this
 * session's repair changed it: null otherwise. */
static json_t *check_json_now(const struct report *r, const struct diag_rule *dr, size_t j,
			      int applies)
{
	json_t *o = check_json(dr->rule->id, applies ? &dr->rule->applies[j] : &dr->rule->checks[j],
			       applies ? &dr->applies_results[j] : &dr->checks[j],
			       applies ? "applies" : "check");
	char now[1024];

	report_check_now(r, dr, j, applies, now, sizeof now);
	json_object_set_new(o, "now", now[0] != '\0' ? kb_json_text(now) : json_null());
	return o;
}

static json_t *registry_json(const struct report *r)
{
	json_t *arr = json_array();
	size_t i, j;

	for (i = 0; i < r->n_rules; i++) {
		const struct diag_rule *dr = r->rules[i].dr;
		if (!dr->checks_run)
			continue;
		for (j = 0; j < dr->rule->n_applies; j++)
			json_array_append_new(arr, check_json_now(r, dr, j, 1));
		for (j = 0; j < dr->rule->n_checks; j++)
			json_array_append_new(arr, check_json_now(r, dr, j, 0));
	}
	return arr;
}

/* The chosen rule as the session ends with it: the verdict ("repaired"
 * after a verified repair), what was found, and the verification. */
static json_t *chosen_json(const struct report *r)
{
	const struct session_verification *v = r->verification;
	const struct diag_rule *dr;
	json_t *o;

	if (r->chosen[0] == '\0')
		return json_null();
	dr = diagnosis_find(r->diag, r->chosen);
	o = json_object();
	json_object_set_new(o, "rule", kb_json_text(r->chosen));
	json_object_set_new(o, "verdict", json_string(diag_verdict_id(r->final_verdict)));
	json_object_set_new(o, "found_verdict", dr != NULL ?
			    json_string(diag_verdict_id(dr->verdict)) : json_null());
	json_object_set_new(o, "summary", kb_json_text(r->findings_line));
	if (v == NULL) {
		json_object_set_new(o, "verification", json_null());
		return o;
	}
	json_object_set_new(o, "verification", json_pack("{s:s, s:i, s:i, s:o, s:o, s:o, s:o}",
		"result", v->fixed ? "fixed" : "not-fixed", "passed", v->passed, "total", v->total,
		"at", text_or_null(v->at), "hive", text_or_null(v->hive),
		"hive_sha256", text_or_null(v->hive_sha256), "text", text_or_null(v->text)));
	return o;
}

static json_t *diagnosis_json(const struct report *r)
{
	json_t *o = json_object(), *ranked = json_array(), *considered = json_array(),
	       *na = json_object(), *na_rules = json_array();
	size_t i;

	json_object_set_new(o, "reached", json_boolean(r->step >= STEP_DIAGNOSIS));
	for (i = 0; i < r->diag->n_rules; i++) {
		const struct diag_rule *dr = &r->diag->rules[i];
		json_t *e;
		if (dr->diagnosed) {
			e = json_object();
			json_object_set_new(e, "rank", json_integer((json_int_t)json_array_size(ranked) + 1));
			json_object_set_new(e, "rule", kb_json_text(dr->rule->id));
			json_object_set_new(e, "title", kb_json_text(dr->rule->title));
			json_object_set_new(e, "verdict", json_string(diag_verdict_id(dr->verdict)));
			json_object_set_new(e, "verdict_note", kb_json_text(dr->verdict_note));
			json_object_set_new(e, "score", json_real(dr->score));
			json_object_set_new(e, "applicable", json_string(
				dr->applies == DIAG_APPLIES ? "yes" : "unknown"));
			json_object_set_new(e, "why", kb_json_text(dr->why));
			json_object_set_new(e, "cause", kb_json_text(dr->rule->cause));
			json_object_set_new(e, "cause_source", kb_json_cite(&dr->rule->cause_cite));
			json_array_append_new(ranked, e);
		} else if (report_rule_is_considered(dr)) {
			e = json_object();
			json_object_set_new(e, "rule", kb_json_text(dr->rule->id));
			json_object_set_new(e, "verdict", json_string(diag_verdict_id(dr->verdict)));
			json_object_set_new(e, "verdict_note", kb_json_text(dr->verdict_note));
			json_object_set_new(e, "score", json_real(dr->score));
			json_object_set_new(e, "why", kb_json_text(dr->why));
			json_array_append_new(considered, e);
		} else if (dr->applies == DIAG_NOT_APPLICABLE) {
			e = json_object();
			json_object_set_new(e, "rule", kb_json_text(dr->rule->id));
			json_object_set_new(e, "reason", kb_json_text(dr->not_applicable_reason));
			json_array_append_new(na_rules, e);
		}
	}
	json_object_set_new(o, "chosen", chosen_json(r));
	json_object_set_new(o, "diagnosed", ranked);
	json_object_set_new(o, "considered", considered);
	json_object_set_new(na, "count", json_integer((json_int_t)r->n_not_applicable));
	json_object_set_new(na, "rules", na_rules);
	json_object_set_new(o, "not_applicable", na);
	return o;
}

static json_t *remediation_json(const struct report *r)
{
	json_t *o = json_object(), *steps = json_array(), *records = json_array();
	size_t i;

	json_object_set_new(o, "rule", text_or_null(r->chosen));
	for (i = 0; i < r->n_fixes; i++) {
		const struct session_fix *f = &r->fixes[i];
		json_t *s = json_object();
		static const char *const status_ids[] = { "pending", "done", "skipped", "failed" };
		json_object_set_new(s, "id", kb_json_text(f->fix->id));
		json_object_set_new(s, "kind", json_string(report_fix_kind_name(f->fix->kind)));
		json_object_set_new(s, "text", kb_json_text(f->fix->text));
		json_object_set_new(s, "check", kb_json_text(f->fix->check_id));
		json_object_set_new(s, "source", kb_json_cite(&f->fix->cite));
		json_object_set_new(s, "status", json_string((unsigned)f->status <= FIXST_FAILED ?
							     status_ids[f->status] : "pending"));
		json_object_set_new(s, "note", kb_json_text(f->note != NULL ? f->note : ""));
		json_object_set_new(s, "needed", f->needed < 0 ? json_null() :
				    json_boolean(f->needed));
		json_array_append_new(steps, s);
	}
	for (i = 0; i < r->n_fix_records; i++)
		json_array_append_new(records, record_json(r->fix_records[i]));
	json_object_set_new(o, "steps", steps);
	json_object_set_new(o, "records", records);
	return o;
}

static json_t *outcome_json(const struct report *r)
{
	json_t *o = json_object();

	json_object_set_new(o, "state", json_string(report_state_id(r->state)));
	json_object_set_new(o, "finished", json_boolean(r->state != SESSION_IN_PROGRESS));
	json_object_set_new(o, "note", kb_json_text(r->outcome_note));
	return o;
}

/* The service doctor's findings as the session recorded them
 * (docs/service-doctor.md), each with the commands of the repairs kbwiz
 * can make for it; null when the doctor did not run. */
static json_t *service_doctor_json(const struct report *r)
{
	json_t *o = r->recorded != NULL ? json_object_get(r->recorded, "service_doctor") : NULL;
	json_t *copy, *fs;
	size_t i, j;

	if (!json_is_object(o) || (copy = json_deep_copy(o)) == NULL)
		return json_null();
	fs = json_object_get(copy, "findings");
	for (i = 0; json_is_array(fs) && i < json_array_size(fs); i++) {
		json_t *f = json_array_get(fs, i), *cmds = json_array(), *rep = json_object_get(f, "start_repairs");
		for (j = 0; json_is_array(rep) && j < json_array_size(rep); j++) {
			const char *name = json_string_value(json_array_get(rep, j));
			char *cmd = name != NULL ? svd_fix_command(name, r->svd != NULL ? r->svd->hive_path : NULL,
							    session_evidence(r->session)) : NULL;
			if (cmd != NULL)
				json_array_append_new(cmds, kb_json_text(cmd));
			free(cmd);
		}
		json_object_set_new(f, "repair_commands", cmds);
	}
	return copy;
}

int report_write_json(const struct report *r, struct kb_buf *b, struct kb_error *err)
{
	json_t *root = json_object(), *timeline = json_array();
	char *text;
	size_t i;

	json_object_set_new(root, "schema", json_string("kbwiz-report/1"));
	json_object_set_new(root, "generated_at", json_string(r->generated_at));
	json_object_set_new(root, "kbwiz_version", json_string(r->tool_version));
	json_object_set_new(root, "recorded_by", text_or_null(r->recorded_version));
	json_object_set_new(root, "session", session_json(r));
	json_object_set_new(root, "rules", rules_json(r));
	for (i = 0; i < r->n_timeline; i++)
		json_array_append_new(timeline, record_json(&r->timeline[i]));
	json_object_set_new(root, "timeline", timeline);
	json_object_set_new(root, "symptoms", symptoms_json(r));
	json_object_set_new(root, "evidence", evidence_json(r));
	json_object_set_new(root, "events", events_json(r));
	/* As the session recorded it (docs/diagnose-json.md), null when the
	 * event logs were not read. */
	json_object_set_new(root, "unexplained", r->recorded != NULL &&
			    json_is_object(json_object_get(r->recorded, "unexplained")) ?
			    json_deep_copy(json_object_get(r->recorded, "unexplained")) : json_null());
	json_object_set_new(root, "log_hits", log_hits_json(r));
	json_object_set_new(root, "registry_checks", registry_json(r));
	if (r->cluster != NULL)
		json_object_set(root, "cluster", json_object_get(r->cluster, "cluster"));
	json_object_set_new(root, "diagnosis", diagnosis_json(r));
	json_object_set_new(root, "service_doctor", service_doctor_json(r));
	json_object_set_new(root, "remediation", remediation_json(r));
	json_object_set_new(root, "outcome", outcome_json(r));
	text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (text == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory writing JSON");
	kb_buf_puts(b, text);
	kb_buf_putc(b, '\n');
	free(text);
	return 0;
}
