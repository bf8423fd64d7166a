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

static void md_head(const struct report *r, struct kb_buf *b)
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

static void md_tail(const struct report *r, struct kb_buf *b)
{
	(void)r;
	(void)b;
}

static void md_section(struct kb_buf *b, const char *title)
{
	kb_buf_printf(b, "## %s\n\n", title);
}

static void md_section_end(struct kb_buf *b)
{
	(void)b;
}

static void md_note(struct kb_buf *b, const char *text)
{
	md_text(b, text);
	kb_buf_puts(b, "\n\n");
}

static void md_list_begin(const struct report *r, struct kb_buf *b, enum report_list l, size_t n)
{
	switch (l) {
	case RL_RULES_USED:
		kb_buf_printf(b, "- **Generated:** %s by kbwiz %s\n", r->generated_at, r->tool_version);
		if (r->recorded_version[0] != '\0') {
			kb_buf_puts(b, "- **Findings recorded by:** kbwiz ");
			md_text(b, r->recorded_version);
			kb_buf_putc(b, '\n');
		} else {
			kb_buf_puts(b, "- **Findings recorded by:** (no findings recorded yet)\n");
		}
		kb_buf_puts(b, "- **Rules used:**");
		if (n == 0)
			kb_buf_puts(b, " none yet");
		kb_buf_putc(b, '\n');
		break;
	case RL_CANDIDATES:
		kb_buf_puts(b, "Candidate rules:\n\n");
		break;
	case RL_QUESTIONS:
		kb_buf_puts(b, "\nQuestions:\n\n");
		break;
	case RL_CONSIDERED:
		kb_buf_puts(b, "\nConsidered, not diagnosed:\n\n");
		break;
	case RL_FIXES:
		if (r->chosen[0] == '\0') {
			kb_buf_puts(b, "No rule was chosen to remediate.\n\n");
		} else {
			kb_buf_puts(b, "Rule: ");
			md_code(b, r->chosen);
			kb_buf_puts(b, "\n\n");
		}
		break;
	case RL_FIX_RECORDS:
		kb_buf_puts(b, "Backups, changes and verification:\n\n");
		break;
	default:
		break;
	}
}

static void md_list_end(const struct report *r, struct kb_buf *b, enum report_list l, size_t n)
{
	switch (l) {
	case RL_RULES_USED:
		kb_buf_putc(b, '\n');
		break;
	case RL_TIMELINE:
		kb_buf_puts(b, n == 0 ? "Nothing recorded.\n\n" : "\n");
		break;
	case RL_CANDIDATES:
		if (n == 0)
			kb_buf_puts(b, "- none chosen\n");
		break;
	case RL_QUESTIONS:
		kb_buf_puts(b, n == 0 ? "- none\n\n" : "\n");
		break;
	case RL_EVIDENCE:
		kb_buf_puts(b, n == 0 ? "No evidence files were added.\n\n" : "\n");
		break;
	case RL_EVENTS:
		if (n == 0)
			kb_buf_printf(b, "%s\n", r->scanned ? "No matching events." :
				      "The event logs have not been read yet.");
		kb_buf_putc(b, '\n');
		break;
	case RL_UNEXPLAINED:
		kb_buf_puts(b, n == 0 ? "None.\n\n" : "\n");
		break;
	case RL_SERVICE_DOCTOR:
		kb_buf_puts(b, n == 0 ? "No service failures in the Service Control Manager's "
			    "events.\n\n" : "\n");
		break;
	case RL_LOGS:
		if (n == 0)
			kb_buf_printf(b, "%s\n\n", r->scanned ? "No log lines matched." :
				      "The logs have not been read yet.");
		break;
	case RL_REGISTRY:
		if (n == 0)
			kb_buf_printf(b, "%s\n\n", r->registry_checked ?
				      "No registry checks ran for these rules." :
				      "The registry has not been checked yet.");
		break;
	case RL_DIAGNOSED:
		if (n == 0)
			kb_buf_puts(b, "No rule is supported by the evidence.\n");
		break;
	case RL_NOT_APPLICABLE:
		kb_buf_putc(b, '\n');
		break;
	case RL_FIXES:
		if (r->chosen[0] != '\0')
			kb_buf_puts(b, n == 0 ? "The rule has no remediation steps.\n\n" : "\n");
		break;
	case RL_FIX_RECORDS:
		kb_buf_puts(b, n == 0 ? "- none recorded\n\n" : "\n");
		break;
	default:
		break;
	}
}

static void md_case_fields(const struct report *r, struct kb_buf *b)
{
	const struct session_summary *s = &r->summary;
	char m[512];

	kb_buf_printf(b, "- **Session:** %lld\n", (long long)s->id);
	md_field(b, "Machine or case", r->kase->label, 0);
	report_machine_line(r->diag, m, sizeof m);
	if (m[0] != '\0')
		md_field(b, "Machine", m, 0);
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

static void md_rule_used(struct kb_buf *b, const struct report_rule *rr)
{
	const struct rule *rule = rr->dr->rule;

	kb_buf_puts(b, "  - ");
	md_code(b, rule->id);
	kb_buf_puts(b, " (");
	rule_roles(rr, b);
	kb_buf_printf(b, "), content SHA-256 `%s`\n", rule->content_hash);
}

static void md_record(struct kb_buf *b, size_t i, const struct report_record *t, const char *at)
{
	kb_buf_printf(b, "%zu. %s, step %d (%s), **", i + 1, at, (int)t->step,
		      session_step_name(t->step));
	md_text(b, t->kind);
	kb_buf_puts(b, "**: ");
	md_text(b, t->text);
	kb_buf_putc(b, '\n');
}

static void md_candidate(struct kb_buf *b, const char *id, const struct diag_rule *dr)
{
	kb_buf_puts(b, "- ");
	md_code(b, id);
	if (dr != NULL) {
		kb_buf_puts(b, ": ");
		md_text(b, dr->rule->title);
	}
	kb_buf_putc(b, '\n');
}

static void md_question(struct kb_buf *b, const struct session_question *q)
{
	kb_buf_puts(b, "- ");
	md_code(b, q->rule_id);
	kb_buf_puts(b, " / ");
	md_code(b, q->symptom_id);
	kb_buf_puts(b, ": ");
	md_text(b, q->text);
	kb_buf_printf(b, " **Answer: %s**\n", q->answer < 0 ? "not answered" :
		      q->answer ? "yes" : "no");
}

static void md_evidence(struct kb_buf *b, size_t i, const struct report_evidence *e)
{
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

static void md_event_group(struct kb_buf *b, const struct diag_rule *dr, size_t j)
{
	const struct rule_symptom *sy = &dr->rule->symptoms[j];
	const struct diag_symptom *ds = &dr->symptoms[j];

	kb_buf_puts(b, "- ");
	md_code(b, dr->rule->id);
	kb_buf_puts(b, " / ");
	md_code(b, sy->id);
	kb_buf_printf(b, ": event %u from ", sy->event_id);
	md_text(b, sy->source);
	kb_buf_printf(b, ", seen %u time%s\n", ds->count, ds->count == 1 ? "" : "s");
}

static void md_event(struct kb_buf *b, const char *which, const struct diag_event *e,
		     const char *when)
{
	kb_buf_printf(b, "  - %s: %s, ", which, when);
	md_code(b, e->file != NULL ? e->file : "");
	kb_buf_printf(b, " record %llu: ", (unsigned long long)e->record_number);
	md_code(b, e->text != NULL ? e->text : "");
	kb_buf_putc(b, '\n');
}

static void md_nothing(struct kb_buf *b)
{
	(void)b;
}

static void md_unexplained(struct kb_buf *b, const struct report_unexplained *u,
			   const char *line)
{
	size_t k;

	kb_buf_puts(b, "- ");
	md_text(b, line);
	kb_buf_putc(b, '\n');
	if (u->example != NULL && u->example[0] != '\0') {
		kb_buf_puts(b, "  - strings: ");
		md_code(b, u->example);
		kb_buf_putc(b, '\n');
	}
	for (k = 0; k < u->n_articles; k++) {
		kb_buf_puts(b, "  - article ");
		md_code(b, u->article_ids[k] != NULL ? u->article_ids[k] : "?");
		kb_buf_puts(b, ": ");
		md_text(b, u->article_titles[k] != NULL ? u->article_titles[k] : "");
		kb_buf_putc(b, '\n');
	}
}

static void md_log_group(struct kb_buf *b, const struct diag_rule *dr, size_t j)
{
	const struct diag_evidence *de = &dr->evidence[j];
	struct kb_buf lines = { 0 };
	size_t k;

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
		/* One hit, one line: a line break inside the text would look
		 * like another hit. */
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

static void md_check_group(struct kb_buf *b, const struct diag_rule *dr)
{
	kb_buf_puts(b, "### ");
	md_text(b, dr->rule->id);
	kb_buf_printf(b, "\n\n%d passed, %d failed, %d damaged.\n\n", dr->n_passed_checks,
		      dr->n_failed_checks, dr->n_damaged_checks);
}

static void md_check(struct kb_buf *b, const struct rule_check *c,
		     const struct check_result *res, const char *purpose,
		     const char *src, const char *now)
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
	kb_buf_puts(b, "\n  - source: ");
	md_text(b, src);
	if (now[0] != '\0') {
		kb_buf_puts(b, "\n  - now: ");
		md_text(b, now);
	}
	kb_buf_putc(b, '\n');
}

static void md_check_group_end(struct kb_buf *b)
{
	kb_buf_putc(b, '\n');
}

static void md_chosen(struct kb_buf *b, const char *verdict, const char *line)
{
	kb_buf_printf(b, "**Chosen rule: %s**; ", verdict);
	md_text(b, line);
	kb_buf_puts(b, "\n\n");
}

static void md_not_reached(struct kb_buf *b)
{
	kb_buf_puts(b, "The diagnosis step has not been reached; the ranking below is "
		    "what the findings so far support.\n\n");
}

static void md_diagnosed(struct kb_buf *b, size_t n, const struct diag_rule *dr,
			 const char *verdict, const char *cause_src, const char *now)
{
	kb_buf_printf(b, "%zu. **", n);
	md_text(b, dr->rule->id);
	kb_buf_puts(b, "**: ");
	md_text(b, dr->rule->title);
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
	kb_buf_puts(b, "\n   - cause source: ");
	md_text(b, cause_src);
	if (now[0] != '\0') {
		kb_buf_puts(b, "\n   - now: ");
		md_text(b, now);
	}
	kb_buf_putc(b, '\n');
}

static void md_considered(struct kb_buf *b, const struct diag_rule *dr)
{
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

static void md_not_applicable(struct kb_buf *b, size_t n, const char *ids)
{
	kb_buf_printf(b, "\nNot applicable to this machine (%zu rule%s): ", n, n == 1 ? "" : "s");
	md_text(b, ids);
	kb_buf_puts(b, ".\n");
}

static void md_fix(struct kb_buf *b, size_t i, const struct session_fix *f, const char *src)
{
	kb_buf_printf(b, "%zu. %s **%s** ", i + 1, report_fix_mark(f->status),
		      fix_status_name(f->status));
	md_code(b, f->fix->id);
	kb_buf_printf(b, " (%s): ", report_fix_kind_name(f->fix->kind));
	md_text(b, f->fix->text);
	kb_buf_putc(b, '\n');
	md_field(b, "Source", src, 3);
	if (f->needed >= 0)
		kb_buf_printf(b, "   - needed: %s\n", f->needed ?
			      "yes (its registry check failed)" :
			      "no (its registry check passed)");
	if (f->note != NULL && f->note[0] != '\0')
		md_field(b, "Note", f->note, 3);
}

static void md_fix_record(struct kb_buf *b, const struct report_record *t, const char *at)
{
	kb_buf_printf(b, "- %s **", at);
	md_text(b, t->kind);
	kb_buf_puts(b, "**: ");
	md_text(b, t->text);
	kb_buf_putc(b, '\n');
}

static void md_outcome(const struct report *r, struct kb_buf *b)
{
	if (r->state == SESSION_IN_PROGRESS) {
		kb_buf_puts(b, "**IN PROGRESS**: no outcome recorded yet.\n");
		return;
	}
	kb_buf_printf(b, "**%s**\n\n", session_state_name(r->state));
	md_field(b, "Note", r->outcome_note, 0);
}

/* A list of the finding's lines under a label; leading blanks (a
 * dependency tree's indentation) kept as non-breaking spaces. */
static void md_svd_lines(struct kb_buf *b, const char *label, char *const *v, size_t n)
{
	size_t i, k, lead;

	if (n == 0)
		return;
	kb_buf_printf(b, "  - %s:\n", label);
	for (i = 0; i < n; i++) {
		lead = strspn(v[i], " ");
		kb_buf_puts(b, "    - ");
		for (k = 0; k < lead; k++)
			kb_buf_puts(b, "&nbsp;");
		md_text(b, v[i] + lead);
		kb_buf_putc(b, '\n');
	}
}

static void md_svd_finding(struct kb_buf *b, const struct svd_finding *f, const char *verdict,
			   char *const *commands, size_t n_commands)
{
	size_t i;

	kb_buf_printf(b, "- **%s** (kbwiz's own reasoning): ", verdict);
	md_text(b, f->summary);
	kb_buf_puts(b, "\n  - service: ");
	md_code(b, f->service);
	if (strcmp(f->named_as, f->service) != 0) {
		kb_buf_puts(b, ", named ");
		md_code(b, f->named_as);
		kb_buf_puts(b, " in the events: ");
		md_text(b, f->mapping);
	}
	kb_buf_putc(b, '\n');
	if (f->has_error && f->error_from != NULL) {
		kb_buf_puts(b, "  - error text: ");
		md_text(b, f->error_from);
		kb_buf_putc(b, '\n');
	}
	md_svd_lines(b, "evidence", f->evidence, f->n_evidence);
	md_svd_lines(b, "why", f->reasoning, f->n_reasoning);
	md_svd_lines(b, "steps (kbwiz's advice, not an article's)", f->steps, f->n_steps);
	for (i = 0; i < n_commands; i++) {
		kb_buf_puts(b, "  - repair kbwiz can make (backup, verify, undo): ");
		md_code(b, commands[i]);
		kb_buf_putc(b, '\n');
	}
	for (i = 0; i < f->n_articles; i++) {
		kb_buf_puts(b, "  - to read (library search, no rule checks it): ");
		md_code(b, f->articles[i].id);
		kb_buf_puts(b, " ");
		md_text(b, f->articles[i].title);
		kb_buf_putc(b, '\n');
	}
}

static const struct report_styler md_styler = {
	.head = md_head,
	.tail = md_tail,
	.section = md_section,
	.section_end = md_section_end,
	.note = md_note,
	.list_begin = md_list_begin,
	.list_end = md_list_end,
	.case_fields = md_case_fields,
	.rule_used = md_rule_used,
	.record = md_record,
	.candidate = md_candidate,
	.question = md_question,
	.evidence = md_evidence,
	.event_group = md_event_group,
	.event = md_event,
	.event_group_end = md_nothing,
	.unexplained = md_unexplained,
	.log_group = md_log_group,
	.check_group = md_check_group,
	.check = md_check,
	.check_group_end = md_check_group_end,
	.chosen = md_chosen,
	.not_reached = md_not_reached,
	.diagnosed = md_diagnosed,
	.considered = md_considered,
	.not_applicable = md_not_applicable,
	.fix = md_fix,
	.fix_record = md_fix_record,
	.outcome = md_outcome,
	.svd_finding = md_svd_finding,
};

int report_write_md(const struct report *r, struct kb_buf *b, struct kb_error *err)
{
	(void)err;
	report_walk(r, &md_styler, b);
	return 0;
}
