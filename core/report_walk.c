/* report_walk.c: the one walk over the report model that the Markdown,
 * HTML and text reports share (report_internal.h).  What a report holds,
 * and in which order, is decided here; each format's styler only draws
 * the parts (report_md.c, report_html.c, report_txt.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "kbwiz/cluster_nodes.h"
#include "report_internal.h"

static void time_note(const struct report *r, const struct report_styler *st, struct kb_buf *b)
{
	char note[256];

	report_time_note(r, note, sizeof note);
	st->note(b, note);
}

static void walk_about(const struct report *r, const struct report_styler *st, struct kb_buf *b)
{
	size_t i;

	st->section(b, "About this report");
	st->list_begin(r, b, RL_RULES_USED, r->n_rules);
	for (i = 0; i < r->n_rules; i++)
		st->rule_used(b, &r->rules[i]);
	st->list_end(r, b, RL_RULES_USED, r->n_rules);
	st->section_end(b);
}

/* The timeline is kbwiz's own record, stamped by the technician's
 * computer: the failed machine's clock has no place beside it. */
static const char utc_note[] = "Times are UTC, as kbwiz recorded them on the computer it "
	"ran on (the examined machine's clock is shown only beside its own events).";

static void walk_timeline(const struct report *r, const struct report_styler *st, struct kb_buf *b)
{
	size_t i;

	st->section(b, "Timeline");
	st->note(b, utc_note);
	st->list_begin(r, b, RL_TIMELINE, r->n_timeline);
	for (i = 0; i < r->n_timeline; i++)
		st->record(b, i, &r->timeline[i], r->timeline[i].at);
	st->list_end(r, b, RL_TIMELINE, r->n_timeline);
	st->section_end(b);
}

static void walk_symptoms(const struct report *r, const struct report_styler *st, struct kb_buf *b)
{
	size_t i;

	st->section(b, "Symptoms and answers");
	st->list_begin(r, b, RL_CANDIDATES, r->n_candidates);
	for (i = 0; i < r->n_candidates; i++)
		st->candidate(b, r->candidates[i], diagnosis_find(r->diag, r->candidates[i]));
	st->list_end(r, b, RL_CANDIDATES, r->n_candidates);
	st->list_begin(r, b, RL_QUESTIONS, r->n_questions);
	for (i = 0; i < r->n_questions; i++)
		st->question(b, &r->questions[i]);
	st->list_end(r, b, RL_QUESTIONS, r->n_questions);
	st->section_end(b);
}

static void walk_evidence(const struct report *r, const struct report_styler *st, struct kb_buf *b)
{
	size_t i;

	st->section(b, "Evidence files");
	st->list_begin(r, b, RL_EVIDENCE, r->n_evidence);
	for (i = 0; i < r->n_evidence; i++)
		st->evidence(b, i, &r->evidence[i]);
	st->list_end(r, b, RL_EVIDENCE, r->n_evidence);
	st->section_end(b);
}

static void walk_events(const struct report *r, const struct report_styler *st, struct kb_buf *b)
{
	char when[160];
	size_t i, j, n = 0;

	st->section(b, "Events");
	time_note(r, st, b);
	for (i = 0; i < r->n_rules; i++) {
		const struct diag_rule *dr = r->rules[i].dr;
		for (j = 0; j < dr->rule->n_symptoms; j++) {
			const struct diag_symptom *ds = &dr->symptoms[j];
			if (dr->rule->symptoms[j].kind != SYMPTOM_EVENT || ds->count == 0)
				continue;
			if (n++ == 0)
				st->list_begin(r, b, RL_EVENTS, 1);
			st->event_group(b, dr, j);
			report_time_machine(r, ds->first.time, when, sizeof when);
			st->event(b, "first", &ds->first, when);
			if (ds->count > 1) {
				report_time_machine(r, ds->last.time, when, sizeof when);
				st->event(b, "last", &ds->last, when);
			}
			st->event_group_end(b);
		}
	}
	if (n == 0)
		st->list_begin(r, b, RL_EVENTS, 0);
	st->list_end(r, b, RL_EVENTS, n);
	st->section_end(b);
}

void report_unexplained_line(const struct report_unexplained *u, char *buf, size_t size)
{
	size_t used;

	used = (size_t)snprintf(buf, size, "event %u from %s (%s)", u->event_id,
				u->source != NULL ? u->source : "an unknown source",
				u->level != NULL ? u->level : "level unknown");
	if (u->service != NULL && used < size)
		used += (size_t)snprintf(buf + used, size - used, ", service %s", u->service);
	if (u->has_error && used < size)
		used += (size_t)snprintf(buf + used, size - used, ", error %u%s%s%s", u->error_code,
					 u->error_message != NULL ? " (" : "",
					 u->error_message != NULL ? u->error_message : "",
					 u->error_message != NULL ? ")" : "");
	if (used < size)
		snprintf(buf + used, size - used, ": %u time%s, first %s, last %s", u->count,
			 u->count == 1 ? "" : "s", u->first != NULL ? u->first : "unknown",
			 u->last != NULL ? u->last : "unknown");
}

/* The error and warning events no rule explains, as the session listed
 * them, with the library articles that may: suggestions to read, never
 * a diagnosis. */
static void walk_unexplained(const struct report *r, const struct report_styler *st,
			     struct kb_buf *b)
{
	char line[1024];
	size_t i;

	st->section(b, "Events no rule explains");
	if (!r->unexplained_listed) {
		st->note(b, "Not listed: no event log has been read.");
		st->section_end(b);
		return;
	}
	snprintf(line, sizeof line, "Errors and warnings read: %llu, of which %llu are explained "
		 "by a rule.  %s", r->unexplained_events, r->unexplained_explained,
		 r->library_articles > 0 ? "The articles named are from the library, for reading: "
		 "no rule checks that they fit this machine." :
		 "The article library is empty: no articles are suggested.");
	st->note(b, line);
	st->list_begin(r, b, RL_UNEXPLAINED, r->n_unexplained);
	for (i = 0; i < r->n_unexplained; i++) {
		report_unexplained_line(&r->unexplained[i], line, sizeof line);
		st->unexplained(b, &r->unexplained[i], line);
	}
	st->list_end(r, b, RL_UNEXPLAINED, r->n_unexplained);
	st->section_end(b);
}

static void walk_logs(const struct report *r, const struct report_styler *st, struct kb_buf *b)
{
	size_t i, j, n = 0;

	st->section(b, "Log hits");
	for (i = 0; i < r->n_rules; i++) {
		const struct diag_rule *dr = r->rules[i].dr;
		for (j = 0; j < dr->rule->n_evidence; j++) {
			if (dr->evidence[j].n_matched == 0)
				continue;
			if (n++ == 0)
				st->list_begin(r, b, RL_LOGS, 1);
			st->log_group(b, dr, j);
		}
	}
	if (n == 0)
		st->list_begin(r, b, RL_LOGS, 0);
	st->list_end(r, b, RL_LOGS, n);
	st->section_end(b);
}

void report_check_now(const struct report *r, const struct diag_rule *dr, size_t j,
		      int applies, char *buf, size_t size)
{
	const struct diagnosis *now = session_diagnosis(r->session);
	const struct diag_rule *ndr;
	const struct check_result *was, *is;

	buf[0] = '\0';
	if (r->verification == NULL || now == NULL || now == r->diag)
		return;
	ndr = diagnosis_find(now, dr->rule->id);
	if (ndr == NULL || !ndr->checks_run)
		return;
	was = applies ? &dr->applies_results[j] : &dr->checks[j];
	is = applies ? &ndr->applies_results[j] : &ndr->checks[j];
	if (was->status == is->status)
		return;
	snprintf(buf, size, "repaired since: %s after the repair (checked again at %s)%s%s",
		 is->status == CHECK_PASSED ? "passes" : check_status_name(is->status),
		 r->verification->at, is->found != NULL ? "; found now: " : "",
		 is->found != NULL ? is->found : "");
}

/* src: where the fact comes from (rule_cite_describe). */
static void cite_source(const struct diag_rule *dr, const struct rule_cite *c,
			char *buf, size_t size)
{
	rule_cite_describe(c, dr->rule->article != NULL ? dr->rule->article : dr->rule->id,
			   "reading", buf, size);
}

static void walk_registry(const struct report *r, const struct report_styler *st, struct kb_buf *b)
{
	char src[1024], now[1024];
	size_t i, j, n = 0;

	st->section(b, "Registry checks");
	for (i = 0; i < r->n_rules; i++) {
		const struct diag_rule *dr = r->rules[i].dr;
		if (!dr->checks_run)
			continue;
		if (n++ == 0)
			st->list_begin(r, b, RL_REGISTRY, 1);
		st->check_group(b, dr);
		for (j = 0; j < dr->rule->n_applies; j++) {
			cite_source(dr, &dr->rule->applies[j].cite, src, sizeof src);
			report_check_now(r, dr, j, 1, now, sizeof now);
			st->check(b, &dr->rule->applies[j], &dr->applies_results[j],
				  "does the rule apply", src, now);
		}
		for (j = 0; j < dr->rule->n_checks; j++) {
			cite_source(dr, &dr->rule->checks[j].cite, src, sizeof src);
			report_check_now(r, dr, j, 0, now, sizeof now);
			st->check(b, &dr->rule->checks[j], &dr->checks[j], "check", src, now);
		}
		st->check_group_end(b);
	}
	if (n == 0)
		st->list_begin(r, b, RL_REGISTRY, 0);
	st->list_end(r, b, RL_REGISTRY, n);
	st->section_end(b);
}

static void walk_diagnosis(const struct report *r, const struct report_styler *st, struct kb_buf *b)
{
	struct kb_buf ids = { 0 };
	char verdict[128], src[1024], now[1200];
	size_t i, n = 0, n_diagnosed = 0;

	st->section(b, "Diagnosis");
	if (r->findings_line[0] != '\0')
		st->chosen(b, diag_verdict_name(r->final_verdict), r->findings_line);
	if (r->step < STEP_DIAGNOSIS)
		st->not_reached(b);
	for (i = 0; i < r->diag->n_rules; i++)
		n_diagnosed += r->diag->rules[i].diagnosed != 0;
	st->list_begin(r, b, RL_DIAGNOSED, n_diagnosed);
	for (i = 0; i < r->diag->n_rules; i++) {
		const struct diag_rule *dr = &r->diag->rules[i];
		if (!dr->diagnosed)
			continue;
		report_verdict_line(dr, verdict, sizeof verdict);
		cite_source(dr, &dr->rule->cause_cite, src, sizeof src);
		now[0] = '\0';
		/* The ranking is what was found; the chosen rule's repair is
		 * said beside it, so found and now read the same everywhere. */
		if (r->verification != NULL && strcasecmp(dr->rule->id, r->chosen) == 0)
			snprintf(now, sizeof now, "%s: %d of %d checks pass after the repair "
				 "(checked again at %s)", r->verification->fixed ? "repaired since" :
				 "repaired, not fixed", r->verification->passed,
				 r->verification->total, r->verification->at);
		st->diagnosed(b, ++n, dr, verdict, src, now);
	}
	st->list_end(r, b, RL_DIAGNOSED, n_diagnosed);
	if (r->n_considered > 0) {
		st->list_begin(r, b, RL_CONSIDERED, r->n_considered);
		for (i = 0; i < r->diag->n_rules; i++)
			if (report_rule_is_considered(&r->diag->rules[i]))
				st->considered(b, &r->diag->rules[i]);
		st->list_end(r, b, RL_CONSIDERED, r->n_considered);
	}
	st->list_begin(r, b, RL_NOT_APPLICABLE, r->n_not_applicable);
	if (r->n_not_applicable > 0) {
		kb_buf_puts(&ids, "");
		for (i = 0; i < r->diag->n_rules; i++)
			if (r->diag->rules[i].applies == DIAG_NOT_APPLICABLE)
				kb_buf_printf(&ids, "%s%s", ids.len ? ", " : "", r->diag->rules[i].rule->id);
		if (ids.oom)
			b->oom = 1;
		else
			st->not_applicable(b, r->n_not_applicable, ids.p);
		kb_buf_free(&ids);
	}
	st->list_end(r, b, RL_NOT_APPLICABLE, r->n_not_applicable);
	st->section_end(b);
}

static void walk_remediation(const struct report *r, const struct report_styler *st, struct kb_buf *b)
{
	char src[1024];
	size_t i;

	st->section(b, "Remediation");
	st->list_begin(r, b, RL_FIXES, r->n_fixes);
	for (i = 0; i < r->n_fixes; i++) {
		report_fix_source(r, r->fixes[i].fix, src, sizeof src);
		st->fix(b, i, &r->fixes[i], src);
	}
	st->list_end(r, b, RL_FIXES, r->n_fixes);
	st->list_begin(r, b, RL_FIX_RECORDS, r->n_fix_records);
	for (i = 0; i < r->n_fix_records; i++)
		st->fix_record(b, r->fix_records[i], r->fix_records[i]->at);
	st->list_end(r, b, RL_FIX_RECORDS, r->n_fix_records);
	st->section_end(b);
}

/* The service doctor's findings: kbwiz's own reasoning from the Service
 * Control Manager's events, said so in the heading, never mixed with the
 * rules' diagnosis above. */
static void walk_service_doctor(const struct report *r, const struct report_styler *st,
				struct kb_buf *b)
{
	const struct svd_report *sd = r->svd;
	char line[2048];
	size_t i, j;

	st->section(b, "Service doctor (kbwiz's own reasoning, not a Microsoft article)");
	if (sd == NULL) {
		st->note(b, "Not run: it runs when the diagnosis step is reached with an event log "
			 "among the evidence.");
		st->section_end(b);
		return;
	}
	if (sd->error != NULL) {
		snprintf(line, sizeof line, "Could not run: %s", sd->error);
		st->note(b, line);
		st->section_end(b);
		return;
	}
	if (sd->configuration)
		snprintf(line, sizeof line, "kbwiz reasons from the general pattern of the Service "
			 "Control Manager's events (%llu event%s read, %llu service failure event%s) and "
			 "the services' configuration (%s, %s), not from an article: no article is "
			 "cited for these findings.", (unsigned long long)sd->events_read,
			 sd->events_read == 1 ? "" : "s", (unsigned long long)sd->scm_failures,
			 sd->scm_failures == 1 ? "" : "s", sd->hive_path != NULL ? sd->hive_path : "",
			 sd->control_set);
	else
		snprintf(line, sizeof line, "kbwiz reasons from the general pattern of the Service "
			 "Control Manager's events (%llu event%s read, %llu service failure event%s), not "
			 "from an article; the configuration is not available (%s).",
			 (unsigned long long)sd->events_read, sd->events_read == 1 ? "" : "s",
			 (unsigned long long)sd->scm_failures, sd->scm_failures == 1 ? "" : "s",
			 sd->configuration_why != NULL ? sd->configuration_why : "no SYSTEM hive");
	st->note(b, line);
	st->list_begin(r, b, RL_SERVICE_DOCTOR, sd->n);
	for (i = 0; i < sd->n; i++) {
		const struct svd_finding *f = &sd->v[i];
		char *cmds[8];
		size_t n = 0;

		for (j = 0; j < f->n_start_repairs && n < sizeof cmds / sizeof cmds[0]; j++)
			if ((cmds[n] = svd_fix_command(f->start_repairs[j], sd->hive_path,
						       session_evidence(r->session))) != NULL)
				n++;
			else
				b->oom = 1;
		st->svd_finding(b, f, diag_verdict_name(f->verdict), cmds, n);
		for (j = 0; j < n; j++)
			free(cmds[j]);
	}
	st->list_end(r, b, RL_SERVICE_DOCTOR, sd->n);
	st->section_end(b);
}

/* Evidence from several machines: the values that differ between the
 * nodes, each node's on its own line (the whole table is in the JSON
 * report and in the wizard). */
static void walk_cluster(const struct report *r, const struct report_styler *st, struct kb_buf *b)
{
	json_t *cl = json_object_get(r->cluster, "cluster"), *v, *n;
	size_t i, j, n_values = json_array_size(json_object_get(cl, "values"));
	long long differing = json_integer_value(json_object_get(cl, "differing"));
	char line[2048];

	if (cl == NULL)
		return;
	st->section(b, "Cluster nodes compared");
	cluster_summary_line(r->cluster, line, sizeof line);
	st->note(b, line);
	st->note(b, "Each node diagnosed on its own, as kbwiz triage --cluster does, from the "
		 "evidence files as they are when this report was written; only values read "
		 "(passed or failed) are compared, and (odd) marks a node holding another value "
		 "than most nodes hold.");
	json_array_foreach(json_object_get(cl, "values"), i, v) {
		const char *val = json_string_value(json_object_get(v, "value"));
		if (!json_is_true(json_object_get(v, "differs")))
			continue;
		snprintf(line, sizeof line, "%s/%s: %s%s%s",
			 json_string_value(json_object_get(v, "rule")),
			 json_string_value(json_object_get(v, "check")),
			 json_string_value(json_object_get(v, "key")), val != NULL ? " \\ " : "",
			 val != NULL ? val : "");
		st->note(b, line);
		json_array_foreach(json_object_get(v, "nodes"), j, n) {
			cluster_node_value_text(n, line, sizeof line);
			st->note(b, line);
		}
	}
	if (n_values > (size_t)differing) {
		snprintf(line, sizeof line, "%lld value%s the same on every node compared: not listed.",
			 (long long)n_values - differing, n_values - (size_t)differing == 1 ? "" : "s");
		st->note(b, line);
	}
	st->section_end(b);
}

void report_walk(const struct report *r, const struct report_styler *st, struct kb_buf *b)
{
	st->head(r, b);
	st->section(b, "Case");
	st->case_fields(r, b);
	st->section_end(b);
	walk_about(r, st, b);
	walk_timeline(r, st, b);
	walk_symptoms(r, st, b);
	walk_evidence(r, st, b);
	walk_events(r, st, b);
	walk_unexplained(r, st, b);
	walk_logs(r, st, b);
	walk_registry(r, st, b);
	walk_cluster(r, st, b);
	walk_diagnosis(r, st, b);
	walk_service_doctor(r, st, b);
	walk_remediation(r, st, b);
	st->section(b, "Outcome");
	st->outcome(r, b);
	st->section_end(b);
	st->tail(r, b);
}
