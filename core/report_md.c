/* report_md.c: a session report in Markdown (CommonMark, with nothing
 * that needs GitHub's extensions), for tickets and wikis.
 *
 * Untrusted text goes in one of three ways: inline, with every character
 * Markdown gives a meaning to backslash-escaped; in a code span, fenced
 * with one more backtick than the longest run inside it; or in a fenced
 * block whose fence is longer than any backtick run inside it (a fence
 * closes only on a run at least as long, CommonMark 4.5).  Control
 * characters and escape sequences are made visible first in every case. */
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"

/* Characters that make Markdown markup wherever they stand: emphasis,
 * code, links and images (with [ escaped, "![" and "](" cannot form),
 * HTML, tables, entities, strikethrough.  CommonMark lets a backslash
 * escape any ASCII punctuation (2.4), but escaping only these keeps the
 * report readable as plain text in a terminal or a ticket. */
static const char md_special[] = "\\`*_[]<>|&~";
/* ... and those that make a heading, list or rule at the start of a line. */
static const char md_line_start[] = "#+-=";

static int all_digits(const char *from, const char *to)
{
	for (; from < to; from++)
		if (*from < '0' || *from > '9')
			return 0;
	return 1;
}

static size_t longest_backtick_run(const char *s)
{
	size_t run = 0, best = 0;

	for (; *s != '\0'; s++) {
		run = *s == '`' ? run + 1 : 0;
		if (run > best)
			best = run;
	}
	return best;
}

/* Inline text: visible, escaped, line breaks as spaces. */
static void md_text(struct kb_buf *b, const char *s)
{
	char *safe = report_visible(s), *p;

	if (safe == NULL) {
		b->oom = 1;
		return;
	}
	for (p = safe; *p != '\0'; p++) {
		if (*p == '\n') {
			kb_buf_putc(b, ' ');
			continue;
		}
		if (strchr(md_special, *p) != NULL ||
		    (p == safe && strchr(md_line_start, *p) != NULL) ||
		    /* "12. " or "3) " at the start would be an ordered list */
		    ((*p == '.' || *p == ')') && p > safe && all_digits(safe, p) &&
		     (p[1] == ' ' || p[1] == '\0')))
			kb_buf_putc(b, '\\');
		kb_buf_putc(b, *p);
	}
	free(safe);
}

/* A code span: visible, on one line. */
static void md_code(struct kb_buf *b, const char *s)
{
	char *safe = report_visible(s), *p;
	size_t fence, i;

	if (safe == NULL) {
		b->oom = 1;
		return;
	}
	for (p = safe; *p != '\0'; p++)
		if (*p == '\n')
			*p = ' ';
	fence = longest_backtick_run(safe) + 1;
	for (i = 0; i < fence; i++)
		kb_buf_putc(b, '`');
	/* A space on each side when the content touches a backtick or is
	 * blank; CommonMark strips one such space from each side. */
	if (fence > 1 || safe[0] == '\0' || safe[0] == ' ')
		kb_buf_putc(b, ' ');
	kb_buf_puts(b, safe[0] != '\0' ? safe : " ");
	if (fence > 1 || safe[0] == '\0' || safe[strlen(safe) - 1] == ' ')
		kb_buf_putc(b, ' ');
	for (i = 0; i < fence; i++)
		kb_buf_putc(b, '`');
	free(safe);
}

/* A fenced block of lines, indented by indent spaces (inside a list). */
static void md_block(struct kb_buf *b, const char *s, int indent)
{
	char *safe = report_visible(s), *line, *nl;
	size_t fence, i;

	if (safe == NULL) {
		b->oom = 1;
		return;
	}
	fence = longest_backtick_run(safe) + 1;
	if (fence < 3)
		fence = 3;
	kb_buf_printf(b, "%*s", indent, "");
	for (i = 0; i < fence; i++)
		kb_buf_putc(b, '`');
	kb_buf_puts(b, "text\n");
	for (line = safe; line != NULL; line = nl != NULL ? nl + 1 : NULL) {
		nl = strchr(line, '\n');
		if (nl != NULL)
			*nl = '\0';
		kb_buf_printf(b, "%*s%s\n", indent, "", line);
	}
	kb_buf_printf(b, "%*s", indent, "");
	for (i = 0; i < fence; i++)
		kb_buf_putc(b, '`');
	kb_buf_putc(b, '\n');
	free(safe);
}

/* Text that may span lines: inline when it is one line, else a block. */
static void md_field(struct kb_buf *b, const char *label, const char *s, int indent)
{
	kb_buf_printf(b, "%*s- **%s:**", indent, "", label);
	if (s == NULL || s[0] == '\0') {
		kb_buf_puts(b, " (none)\n");
	} else if (strchr(s, '\n') == NULL) {
		kb_buf_putc(b, ' ');
		md_text(b, s);
		kb_buf_putc(b, '\n');
	} else {
		kb_buf_puts(b, "\n\n");
		md_block(b, s, indent + 2);
	}
}

static void section_head(const struct report *r, struct kb_buf *b)
{
	const struct session_summary *s = &r->summary;

	kb_buf_printf(b, "# kbwiz report: session %lld", (long long)s->id);
	if (r->kase->label[0] != '\0') {
		kb_buf_puts(b, ", ");
		md_text(b, r->kase->label);
	}
	kb_buf_puts(b, "\n\n");
	if (r->state == SESSION_IN_PROGRESS)
		kb_buf_printf(b, "**Status: IN PROGRESS.** Not finished: the session is at step %d of %d "
			  "(%s); its last change was recorded at %s.  This report shows what "
			  "was recorded so far; the session may still be under way, or may "
			  "have been interrupted.\n\n", (int)r->step, SESSION_N_STEPS,
			  session_step_name(r->step), s->updated);
	else
		kb_buf_printf(b, "**Outcome: %s.** The session was closed at %s.\n\n",
			  session_state_name(r->state), s->updated);
}

static void section_case(const struct report *r, struct kb_buf *b)
{
	const struct session_summary *s = &r->summary;

	kb_buf_puts(b, "## Case\n\n");
	kb_buf_printf(b, "- **Session:** %lld\n", (long long)s->id);
	md_field(b, "Machine or case", r->kase->label, 0);
	{
		char m[512];
		report_machine_line(r->diag, m, sizeof m);
		if (m[0] != '\0')
			md_field(b, "Machine", m, 0);
	}
	md_field(b, "Technician", r->kase->technician, 0);
	kb_buf_printf(b, "- **Started:** %s\n", s->created);
	kb_buf_printf(b, "- **Last change:** %s\n", s->updated);
	kb_buf_printf(b, "- **State:** %s\n", session_state_name(r->state));
	kb_buf_printf(b, "- **Step:** %d of %d (%s)\n", (int)r->step, SESSION_N_STEPS,
		  session_step_name(r->step));
	md_field(b, "Notes", r->kase->notes, 0);
	kb_buf_putc(b, '\n');
}

static void rule_roles(const struct report_rule *rr, struct kb_buf *b)
{
	const char *sep = "";

	if (rr->chosen) {
		kb_buf_puts(b, "chosen");
		sep = ", ";
	}
	if (rr->diagnosed) {
		kb_buf_printf(b, "%sdiagnosed", sep);
		sep = ", ";
	}
	if (rr->candidate)
		kb_buf_printf(b, "%scandidate", sep);
}

static void section_about(const struct report *r, struct kb_buf *b)
{
	size_t i;

	kb_buf_puts(b, "## About this report\n\n");
	kb_buf_printf(b, "- **Generated:** %s by kbwiz %s\n", r->generated_at, r->tool_version);
	if (r->recorded_version[0] != '\0') {
		kb_buf_puts(b, "- **Findings recorded by:** kbwiz ");
		md_text(b, r->recorded_version);
		kb_buf_putc(b, '\n');
	} else {
		kb_buf_puts(b, "- **Findings recorded by:** (no findings recorded yet)\n");
	}
	kb_buf_puts(b, "- **Rules used:**");
	if (r->n_rules == 0)
		kb_buf_puts(b, " none yet");
	kb_buf_putc(b, '\n');
	for (i = 0; i < r->n_rules; i++) {
		const struct rule *rule = r->rules[i].dr->rule;
		kb_buf_puts(b, "  - ");
		md_code(b, rule->id);
		kb_buf_puts(b, " (");
		rule_roles(&r->rules[i], b);
		kb_buf_printf(b, "), content SHA-256 `%s`\n", rule->content_hash);
	}
	kb_buf_putc(b, '\n');
}

static void section_timeline(const struct report *r, struct kb_buf *b)
{
	size_t i;

	kb_buf_puts(b, "## Timeline\n\n");
	{
		char note[256];
		report_time_note(r, note, sizeof note);
		md_text(b, note);
		kb_buf_puts(b, "\n\n");
	}
	for (i = 0; i < r->n_timeline; i++) {
		const struct report_record *t = &r->timeline[i];
		char at[160];
		report_at_machine(r, t->at, at, sizeof at);
		kb_buf_printf(b, "%zu. %s, step %d (%s), **", i + 1, at, (int)t->step,
			  session_step_name(t->step));
		md_text(b, t->kind);
		kb_buf_puts(b, "**: ");
		md_text(b, t->text);
		kb_buf_putc(b, '\n');
	}
	if (r->n_timeline == 0)
		kb_buf_puts(b, "Nothing recorded.\n");
	kb_buf_putc(b, '\n');
}

static void section_symptoms(const struct report *r, struct kb_buf *b)
{
	size_t i;

	kb_buf_puts(b, "## Symptoms and answers\n\n");
	kb_buf_puts(b, "Candidate rules:\n\n");
	for (i = 0; i < r->n_candidates; i++) {
		const struct diag_rule *dr = diagnosis_find(r->diag, r->candidates[i]);
		kb_buf_puts(b, "- ");
		md_code(b, r->candidates[i]);
		if (dr != NULL) {
			kb_buf_puts(b, ": ");
			md_text(b, dr->rule->title);
		}
		kb_buf_putc(b, '\n');
	}
	if (r->n_candidates == 0)
		kb_buf_puts(b, "- none chosen\n");
	kb_buf_puts(b, "\nQuestions:\n\n");
	for (i = 0; i < r->n_questions; i++) {
		const struct session_question *q = &r->questions[i];
		kb_buf_puts(b, "- ");
		md_code(b, q->rule_id);
		kb_buf_puts(b, " / ");
		md_code(b, q->symptom_id);
		kb_buf_puts(b, ": ");
		md_text(b, q->text);
		kb_buf_printf(b, " **Answer: %s**\n", q->answer < 0 ? "not answered" :
			  q->answer ? "yes" : "no");
	}
	if (r->n_questions == 0)
		kb_buf_puts(b, "- none\n");
	kb_buf_putc(b, '\n');
}

static void section_evidence(const struct report *r, struct kb_buf *b)
{
	size_t i;

	kb_buf_puts(b, "## Evidence files\n\n");
	for (i = 0; i < r->n_evidence; i++) {
		const struct report_evidence *e = &r->evidence[i];
		kb_buf_printf(b, "%zu. **%s** ", i + 1, evidence_kind_name(e->file->kind));
		md_code(b, e->file->path);
		kb_buf_putc(b, '\n');
		if (e->file->found_as != NULL) {
			kb_buf_puts(b, "   - found as ");
			md_code(b, e->file->found_as);
			kb_buf_putc(b, '\n');
		}
		if (e->facts_known) {
			char mtime[32];
			report_time_iso(e->facts.mtime, mtime, sizeof mtime);
			kb_buf_printf(b, "   - size %llu bytes, modified %s\n",
				  (unsigned long long)e->facts.size_bytes, mtime);
			kb_buf_printf(b, "   - SHA-256 `%s`\n", e->facts.sha256);
		} else {
			kb_buf_puts(b, "   - size, modification time and SHA-256: not read\n");
		}
		if (e->read != NULL) {
			kb_buf_printf(b, "   - read: %s: ", e->read->ok ? "ok" : "FAILED");
			md_text(b, e->read->ok ? e->read->detail : e->read->error);
			kb_buf_putc(b, '\n');
		}
	}
	if (r->n_evidence == 0)
		kb_buf_puts(b, "No evidence files were added.\n");
	kb_buf_putc(b, '\n');
}

static void event_line(const struct report *r, struct kb_buf *b, const char *which,
		       const struct diag_event *e)
{
	char when[160];

	report_time_machine(r, e->time, when, sizeof when);
	kb_buf_printf(b, "  - %s: %s, ", which, when);
	md_code(b, e->file != NULL ? e->file : "");
	kb_buf_printf(b, " record %llu: ", (unsigned long long)e->record_number);
	md_code(b, e->text != NULL ? e->text : "");
	kb_buf_putc(b, '\n');
}

static void section_events(const struct report *r, struct kb_buf *b)
{
	size_t i, j, n = 0;

	kb_buf_puts(b, "## Events\n\n");
	{
		char note[256];
		report_time_note(r, note, sizeof note);
		md_text(b, note);
		kb_buf_puts(b, "\n\n");
	}
	for (i = 0; i < r->n_rules; i++) {
		const struct diag_rule *dr = r->rules[i].dr;
		for (j = 0; j < dr->rule->n_symptoms; j++) {
			const struct rule_symptom *sy = &dr->rule->symptoms[j];
			const struct diag_symptom *ds = &dr->symptoms[j];
			if (sy->kind != SYMPTOM_EVENT || ds->count == 0)
				continue;
			n++;
			kb_buf_puts(b, "- ");
			md_code(b, dr->rule->id);
			kb_buf_puts(b, " / ");
			md_code(b, sy->id);
			kb_buf_printf(b, ": event %u from ", sy->event_id);
			md_text(b, sy->source);
			kb_buf_printf(b, ", seen %u time%s\n", ds->count, ds->count == 1 ? "" : "s");
			event_line(r, b, "first", &ds->first);
			if (ds->count > 1)
				event_line(r, b, "last", &ds->last);
		}
	}
	if (n == 0)
		kb_buf_printf(b, "%s\n", r->scanned ? "No matching events." :
			  "The event logs have not been read yet.");
	kb_buf_putc(b, '\n');
}

static void section_logs(const struct report *r, struct kb_buf *b)
{
	size_t i, j, k, n = 0;

	kb_buf_puts(b, "## Log hits\n\n");
	for (i = 0; i < r->n_rules; i++) {
		const struct diag_rule *dr = r->rules[i].dr;
		for (j = 0; j < dr->rule->n_evidence; j++) {
			const struct diag_evidence *de = &dr->evidence[j];
			struct kb_buf lines = { 0 };
			if (de->n_matched == 0)
				continue;
			n++;
			kb_buf_puts(b, "### ");
			md_text(b, dr->rule->id);
			kb_buf_puts(b, ": ");
			md_text(b, dr->rule->evidence[j].id);
			kb_buf_printf(b, "\n\n%zu of %zu patterns matched%s%s; %llu matching line%s in all",
				  de->n_matched, de->n_patterns,
				  dr->rule->evidence[j].sequence ? ", in order" : "",
				  de->complete ? " (complete)" : "",
				  (unsigned long long)de->total_hits, de->total_hits == 1 ? "" : "s");
			if (de->total_hits > de->n_hits)
				kb_buf_printf(b, ", the first %zu shown", de->n_hits);
			kb_buf_puts(b, ".  Each line: file:line, timestamp, text.\n\n");
			kb_buf_puts(&lines, "");
			for (k = 0; k < de->n_hits; k++) {
				const struct diag_log_hit *h = &de->hits[k];
				char *one, *nl;
				kb_buf_printf(&lines, "%s:%llu  %s  ", h->file != NULL ? h->file : "",
					  (unsigned long long)h->line_no,
					  h->timestamp != NULL ? h->timestamp : "(no timestamp)");
				/* One hit, one line: a line break inside the
				 * text would look like another hit. */
				one = strdup(h->line != NULL ? h->line : "");
				if (one == NULL) {
					lines.oom = 1;
					break;
				}
				while ((nl = strpbrk(one, "\r\n")) != NULL)
					*nl = ' ';
				kb_buf_puts(&lines, one);
				kb_buf_putc(&lines, '\n');
				free(one);
			}
			if (lines.oom)
				b->oom = 1;
			else if (lines.len > 0)
				md_block(b, lines.p, 0);
			kb_buf_free(&lines);
			kb_buf_putc(b, '\n');
		}
	}
	if (n == 0)
		kb_buf_printf(b, "%s\n\n", r->scanned ? "No log lines matched." :
			  "The logs have not been read yet.");
}

static void check_item(struct kb_buf *b, const struct rule_check *c,
		       const struct check_result *res, const char *purpose)
{
	char expected[1024];

	report_check_expected(c, expected, sizeof expected);
	kb_buf_printf(b, "- %s **%s** ", report_check_mark(res->status),
		  report_check_word(res->status));
	md_code(b, c->id);
	kb_buf_printf(b, " (%s)", purpose);
	if (c->description != NULL) {
		kb_buf_puts(b, ": ");
		md_text(b, c->description);
	}
	kb_buf_puts(b, "\n  - key: ");
	md_code(b, c->key);
	kb_buf_puts(b, "\n  - expected: ");
	md_code(b, expected);
	kb_buf_puts(b, "\n  - found: ");
	if (res->found != NULL)
		md_code(b, res->found);
	else
		kb_buf_puts(b, "(nothing read)");
	if (res->detail != NULL && res->detail[0] != '\0') {
		kb_buf_puts(b, "\n  - detail: ");
		md_text(b, res->detail);
	}
	if (res->control_set != NULL || res->hive_file != NULL) {
		kb_buf_puts(b, "\n  - read from: ");
		if (res->hive_file != NULL)
			md_code(b, res->hive_file);
		if (res->control_set != NULL) {
			kb_buf_puts(b, res->hive_file != NULL ? ", control set " : "control set ");
			md_text(b, res->control_set);
		}
	}
	kb_buf_putc(b, '\n');
}

static void section_registry(const struct report *r, struct kb_buf *b)
{
	size_t i, j, n = 0;

	kb_buf_puts(b, "## Registry checks\n\n");
	for (i = 0; i < r->n_rules; i++) {
		const struct diag_rule *dr = r->rules[i].dr;
		if (!dr->checks_run)
			continue;
		n++;
		kb_buf_puts(b, "### ");
		md_text(b, dr->rule->id);
		kb_buf_printf(b, "\n\n%d passed, %d failed, %d damaged.\n\n", dr->n_passed_checks,
			  dr->n_failed_checks, dr->n_damaged_checks);
		for (j = 0; j < dr->rule->n_applies; j++)
			check_item(b, &dr->rule->applies[j], &dr->applies_results[j],
				   "does the rule apply");
		for (j = 0; j < dr->rule->n_checks; j++)
			check_item(b, &dr->rule->checks[j], &dr->checks[j], "check");
		kb_buf_putc(b, '\n');
	}
	if (n == 0)
		kb_buf_printf(b, "%s\n\n", r->registry_checked ? "No registry checks ran for these rules." :
			  "The registry has not been checked yet.");
}

static void section_diagnosis(const struct report *r, struct kb_buf *b)
{
	size_t i, n = 0;
	const char *sep = "";
	char verdict[128];

	kb_buf_puts(b, "## Diagnosis\n\n");
	if (r->findings_line[0] != '\0') {
		kb_buf_printf(b, "**Chosen rule: %s**; ", diag_verdict_name(r->final_verdict));
		md_text(b, r->findings_line);
		kb_buf_puts(b, "\n\n");
	}
	if (r->step < STEP_DIAGNOSIS)
		kb_buf_puts(b, "The diagnosis step has not been reached; the ranking below is "
			  "what the findings so far support.\n\n");
	for (i = 0; i < r->diag->n_rules; i++) {
		const struct diag_rule *dr = &r->diag->rules[i];
		if (!dr->diagnosed)
			continue;
		n++;
		kb_buf_printf(b, "%zu. **", n);
		md_text(b, dr->rule->id);
		kb_buf_puts(b, "**: ");
		md_text(b, dr->rule->title);
		report_verdict_line(dr, verdict, sizeof verdict);
		kb_buf_printf(b, " (%s)\n", verdict);
		if (dr->verdict_note != NULL) {
			kb_buf_puts(b, "   - verdict: ");
			md_text(b, dr->verdict_note);
			kb_buf_putc(b, '\n');
		}
		kb_buf_puts(b, "   - why: ");
		md_text(b, dr->why != NULL ? dr->why : "");
		kb_buf_puts(b, "\n   - cause: ");
		md_text(b, dr->rule->cause);
		kb_buf_putc(b, '\n');
	}
	if (n == 0)
		kb_buf_puts(b, "No rule is supported by the evidence.\n");
	if (r->n_considered > 0) {
		kb_buf_puts(b, "\nConsidered, not diagnosed:\n\n");
		for (i = 0; i < r->diag->n_rules; i++) {
			const struct diag_rule *dr = &r->diag->rules[i];
			if (!report_rule_is_considered(dr))
				continue;
			kb_buf_puts(b, "- ");
			md_code(b, dr->rule->id);
			kb_buf_printf(b, " (%s, score %.1f): ", diag_verdict_name(dr->verdict), dr->score);
			md_text(b, dr->why != NULL && dr->why[0] != '\0' ? dr->why : "little support");
			if (dr->verdict_note != NULL) {
				kb_buf_puts(b, "; ");
				md_text(b, dr->verdict_note);
			}
			kb_buf_putc(b, '\n');
		}
	}
	if (r->n_not_applicable > 0) {
		kb_buf_printf(b, "\nNot applicable to this machine (%zu rule%s): ", r->n_not_applicable,
			  r->n_not_applicable == 1 ? "" : "s");
		for (i = 0; i < r->diag->n_rules; i++) {
			const struct diag_rule *dr = &r->diag->rules[i];
			if (dr->applies != DIAG_NOT_APPLICABLE)
				continue;
			kb_buf_puts(b, sep);
			md_text(b, dr->rule->id);
			sep = ", ";
		}
		kb_buf_puts(b, ".\n");
	}
	kb_buf_putc(b, '\n');
}

static void section_remediation(const struct report *r, struct kb_buf *b)
{
	char src[1024];
	size_t i;

	kb_buf_puts(b, "## Remediation\n\n");
	if (r->chosen[0] == '\0') {
		kb_buf_puts(b, "No rule was chosen to remediate.\n\n");
	} else {
		kb_buf_puts(b, "Rule: ");
		md_code(b, r->chosen);
		kb_buf_puts(b, "\n\n");
		for (i = 0; i < r->n_fixes; i++) {
			const struct session_fix *f = &r->fixes[i];
			kb_buf_printf(b, "%zu. %s **%s** ", i + 1, report_fix_mark(f->status),
				  fix_status_name(f->status));
			md_code(b, f->fix->id);
			kb_buf_printf(b, " (%s): ", report_fix_kind_name(f->fix->kind));
			md_text(b, f->fix->text);
			kb_buf_putc(b, '\n');
			report_fix_source(r, f->fix, src, sizeof src);
			md_field(b, "Source", src, 3);
			if (f->needed >= 0)
				kb_buf_printf(b, "   - needed: %s\n", f->needed ?
					  "yes (its registry check failed)" :
					  "no (its registry check passed)");
			if (f->note != NULL && f->note[0] != '\0')
				md_field(b, "Note", f->note, 3);
		}
		if (r->n_fixes == 0)
			kb_buf_puts(b, "The rule has no remediation steps.\n");
		kb_buf_putc(b, '\n');
	}
	kb_buf_puts(b, "Backups, changes and verification:\n\n");
	for (i = 0; i < r->n_fix_records; i++) {
		const struct report_record *t = r->fix_records[i];
		char at[160];
		report_at_machine(r, t->at, at, sizeof at);
		kb_buf_printf(b, "- %s **", at);
		md_text(b, t->kind);
		kb_buf_puts(b, "**: ");
		md_text(b, t->text);
		kb_buf_putc(b, '\n');
	}
	if (r->n_fix_records == 0)
		kb_buf_puts(b, "- none recorded\n");
	kb_buf_putc(b, '\n');
}

static void section_outcome(const struct report *r, struct kb_buf *b)
{
	kb_buf_puts(b, "## Outcome\n\n");
	if (r->state == SESSION_IN_PROGRESS) {
		kb_buf_puts(b, "**IN PROGRESS**: no outcome recorded yet.\n");
		return;
	}
	kb_buf_printf(b, "**%s**\n\n", session_state_name(r->state));
	md_field(b, "Note", r->outcome_note, 0);
}

int report_write_md(const struct report *r, struct kb_buf *b, struct kb_error *err)
{
	(void)err;
	section_head(r, b);
	section_case(r, b);
	section_about(r, b);
	section_timeline(r, b);
	section_symptoms(r, b);
	section_evidence(r, b);
	section_events(r, b);
	section_logs(r, b);
	section_registry(r, b);
	section_diagnosis(r, b);
	section_remediation(r, b);
	section_outcome(r, b);
	return 0;
}
