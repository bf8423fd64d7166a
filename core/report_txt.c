/* report_txt.c: a session report as plain text for terminals, e-mail and
 * tickets: no line longer than 80 columns.  Words wrap at spaces; a token
 * longer than a line (a long path) is cut, each cut piece ending in the
 * marker "\u00bb" so the reader knows the token goes on.  Columns are counted
 * in characters (wide East Asian characters count as one).  Untrusted
 * text has its control characters and escape sequences made visible. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/strutil.h"
#include "report_internal.h"

#define WIDTH 80
#define CUT_MARK "\u00bb"

/* Characters (not bytes) in s[0..n). */
static int u8_cols(const char *s, size_t n)
{
	int cols = 0;
	size_t i;

	for (i = 0; i < n; i++)
		cols += ((unsigned char)s[i] & 0xC0) != 0x80;
	return cols;
}

/* Bytes that hold the first cols characters of s[0..n). */
static size_t u8_prefix(const char *s, size_t n, int cols)
{
	size_t i = 0;

	while (i < n && cols > 0) {
		i++;
		while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		cols--;
	}
	return i;
}

static void newline_indent(struct kb_buf *b, int indent, int *col)
{
	kb_buf_printf(b, "\n%*s", indent, "");
	*col = indent;
}

/* lead (trusted, ASCII), then text made visible and wrapped; following
 * lines start at column indent.  Ends the line. */
static void wrap(struct kb_buf *b, const char *lead, int indent, const char *text)
{
	char *safe = report_visible(text != NULL ? text : ""), *line, *nl;
	int col = (int)strlen(lead), first_line = 1;

	if (safe == NULL) {
		b->oom = 1;
		return;
	}
	kb_buf_puts(b, lead);
	for (line = safe; line != NULL; line = nl != NULL ? nl + 1 : NULL) {
		const char *p = line;
		int has_word = 0;
		nl = strchr(line, '\n');
		if (nl != NULL)
			*nl = '\0';
		if (!first_line)
			newline_indent(b, indent, &col);
		first_line = 0;
		while (*p != '\0') {
			size_t n;
			int cols;
			while (*p == ' ')
				p++;
			if (*p == '\0')
				break;
			n = strcspn(p, " ");
			cols = u8_cols(p, n);
			if (has_word && col + 1 + cols > WIDTH) {
				newline_indent(b, indent, &col);
				has_word = 0;
			} else if (has_word) {
				kb_buf_putc(b, ' ');
				col++;
			}
			while (col + cols > WIDTH) {
				int fit = WIDTH - col - 1;
				size_t bytes;
				if (fit < 8 && col > indent) {
					newline_indent(b, indent, &col);
					continue;
				}
				if (fit < 1)
					fit = 1;
				bytes = u8_prefix(p, n, fit);
				kb_buf_add(b, p, bytes);
				kb_buf_puts(b, CUT_MARK);
				newline_indent(b, indent, &col);
				p += bytes;
				n -= bytes;
				cols -= fit;
			}
			kb_buf_add(b, p, n);
			col += cols;
			p += n;
			has_word = 1;
		}
	}
	kb_buf_putc(b, '\n');
	free(safe);
}

/* wrap() of a formatted text: untrusted pieces go in the arguments, so
 * they are made visible and wrapped with the rest. */
static void wrapf(struct kb_buf *b, const char *lead, int indent, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void wrapf(struct kb_buf *b, const char *lead, int indent, const char *fmt, ...)
{
	va_list ap;
	char *text;

	va_start(ap, fmt);
	text = kb_strdup_vprintf(fmt, ap);
	va_end(ap);
	if (text == NULL) {
		b->oom = 1;
		return;
	}
	wrap(b, lead, indent, text);
	free(text);
}

static void heading(struct kb_buf *b, const char *title)
{
	size_t i, n = strlen(title);

	kb_buf_printf(b, "\n%s\n", title);
	for (i = 0; i < n; i++)
		kb_buf_putc(b, '-');
	kb_buf_putc(b, '\n');
}

/* "  Label:        value" with the value wrapped under itself. */
static void field(struct kb_buf *b, const char *label, const char *value)
{
	char lead[64];

	snprintf(lead, sizeof lead, "  %-14s ", label);
	wrap(b, lead, 17, value != NULL && value[0] != '\0' ? value : "(none)");
}

static const char *check_tag(enum check_status s)
{
	switch (s) {
	case CHECK_PASSED: return "[PASS]";
	case CHECK_FAILED: return "[FAIL]";
	case CHECK_DAMAGED: return "[DAMAGED]";
	case CHECK_NOT_CHECKED: return "[NOT CHECKED]";
	}
	return "[?]";
}

static const char *fix_tag(enum fix_status s)
{
	switch (s) {
	case FIXST_DONE: return "[done]";
	case FIXST_FAILED: return "[FAILED]";
	case FIXST_SKIPPED: return "[skipped]";
	case FIXST_PENDING: return "[to do]";
	}
	return "[?]";
}

static void txt_head(const struct report *r, struct kb_buf *b)
{
	char text[512];
	size_t start = b->len, nl;
	int i, n;

	wrapf(b, "", 2, "kbwiz report: session %lld%s%s", (long long)r->summary.id,
	      r->kase->label[0] != '\0' ? ", " : "", r->kase->label);
	if (b->oom)
		return;
	/* Underline the title's first line. */
	nl = strcspn(b->p + start, "\n");
	n = u8_cols(b->p + start, nl);
	for (i = 0; i < n; i++)
		kb_buf_putc(b, '=');
	kb_buf_puts(b, "\n");
	if (r->state == SESSION_IN_PROGRESS)
		snprintf(text, sizeof text,
			 "Not finished: the session is at step %d of %d (%s); its last change "
			 "was recorded at %s.  This report shows what was recorded so far; the "
			 "session may still be under way, or may have been interrupted.",
			 (int)r->step, SESSION_N_STEPS, session_step_name(r->step),
			 r->summary.updated);
	else
		snprintf(text, sizeof text, "The session was closed at %s.", r->summary.updated);
	kb_buf_puts(b, "\n");
	wrap(b, r->state == SESSION_IN_PROGRESS ? "STATUS: IN PROGRESS. " : "OUTCOME: ", 0,
	     r->state == SESSION_IN_PROGRESS ? text : session_state_name(r->state));
	if (r->state != SESSION_IN_PROGRESS)
		wrap(b, "", 0, text);
}

static void txt_tail(const struct report *r, struct kb_buf *b)
{
	(void)r;
	(void)b;
}

/* Headings are the section titles in capitals. */
static void txt_section(struct kb_buf *b, const char *title)
{
	char upper[128];
	size_t i;

	for (i = 0; title[i] != '\0' && i + 1 < sizeof upper; i++)
		upper[i] = (char)(title[i] >= 'a' && title[i] <= 'z' ? title[i] - 'a' + 'A' : title[i]);
	upper[i] = '\0';
	heading(b, upper);
}

static void txt_section_end(struct kb_buf *b)
{
	(void)b;
}

static void txt_note(struct kb_buf *b, const char *text)
{
	wrap(b, "  ", 2, text);
}

static void txt_list_begin(const struct report *r, struct kb_buf *b, enum report_list l, size_t n)
{
	char buf[256];

	switch (l) {
	case RL_RULES_USED:
		snprintf(buf, sizeof buf, "%s by kbwiz %s", r->generated_at, r->tool_version);
		field(b, "Generated:", buf);
		snprintf(buf, sizeof buf, "%s%s", r->recorded_version[0] ? "kbwiz " : "",
			 r->recorded_version[0] ? r->recorded_version : "(no findings recorded yet)");
		field(b, "Recorded by:", buf);
		if (n == 0)
			field(b, "Rules used:", "none yet");
		else
			kb_buf_puts(b, "  Rules used:\n");
		break;
	case RL_CANDIDATES:
		kb_buf_puts(b, "  Candidate rules:\n");
		break;
	case RL_QUESTIONS:
		kb_buf_puts(b, "  Questions:\n");
		break;
	case RL_CONSIDERED:
		kb_buf_puts(b, "  Considered, not diagnosed:\n");
		break;
	case RL_FIXES:
		if (r->chosen[0] == '\0')
			kb_buf_puts(b, "  No rule was chosen to remediate.\n");
		else
			wrap(b, "  Rule: ", 4, r->chosen);
		break;
	case RL_FIX_RECORDS:
		kb_buf_puts(b, "  Backups, changes and verification:\n");
		break;
	default:
		break;
	}
}

static void txt_list_end(const struct report *r, struct kb_buf *b, enum report_list l, size_t n)
{
	const char *none = NULL;

	if (n > 0)
		return;
	switch (l) {
	case RL_TIMELINE: none = "  Nothing recorded."; break;
	case RL_CANDIDATES: none = "    none chosen"; break;
	case RL_QUESTIONS: none = "    none"; break;
	case RL_EVIDENCE: none = "  No evidence files were added."; break;
	case RL_UNEXPLAINED: none = "  None."; break;
	case RL_SERVICE_DOCTOR:
		none = "  No service failures in the Service Control Manager's events.";
		break;
	case RL_EVENTS:
		none = r->scanned ? "  No matching events." : "  The event logs have not been read yet.";
		break;
	case RL_LOGS:
		none = r->scanned ? "  No log lines matched." : "  The logs have not been read yet.";
		break;
	case RL_REGISTRY:
		none = r->registry_checked ? "  No registry checks ran for these rules." :
		       "  The registry has not been checked yet.";
		break;
	case RL_DIAGNOSED: none = "  No rule is supported by the evidence."; break;
	case RL_FIXES:
		if (r->chosen[0] != '\0')
			none = "  The rule has no remediation steps.";
		break;
	case RL_FIX_RECORDS: none = "    none recorded"; break;
	default: break;
	}
	if (none != NULL)
		kb_buf_printf(b, "%s\n", none);
}

static void txt_case_fields(const struct report *r, struct kb_buf *b)
{
	char buf[64], m[512];

	snprintf(buf, sizeof buf, "%lld", (long long)r->summary.id);
	field(b, "Session:", buf);
	field(b, "Machine/case:", r->kase->label);
	report_machine_line(r->diag, m, sizeof m);
	if (m[0] != '\0')
		field(b, "Machine:", m);
	field(b, "Technician:", r->kase->technician);
	field(b, "Started:", r->summary.created);
	field(b, "Last change:", r->summary.updated);
	field(b, "State:", session_state_name(r->state));
	snprintf(buf, sizeof buf, "%d of %d (%s)", (int)r->step, SESSION_N_STEPS,
		 session_step_name(r->step));
	field(b, "Step:", buf);
	field(b, "Notes:", r->kase->notes);
}

static void txt_rule_used(struct kb_buf *b, const struct report_rule *rr)
{
	char buf[256];

	snprintf(buf, sizeof buf, "%s%s%s%s%s", rr->chosen ? "chosen" : "",
		 rr->chosen && (rr->diagnosed || rr->candidate) ? ", " : "",
		 rr->diagnosed ? "diagnosed" : "",
		 rr->diagnosed && rr->candidate ? ", " : "",
		 rr->candidate ? "candidate" : "");
	wrapf(b, "    ", 6, "%s (%s)", rr->dr->rule->id, buf);
	kb_buf_printf(b, "      SHA-256 %s\n", rr->dr->rule->content_hash);
}

static void txt_record(struct kb_buf *b, size_t i, const struct report_record *t, const char *at)
{
	char lead[128];

	(void)i;
	snprintf(lead, sizeof lead, "  %-24.24s %d ", t->at, (int)t->step);
	wrapf(b, lead, 4, "%s: %s", t->kind, t->text);
	if (strcmp(at, t->at) != 0)
		wrap(b, "    ", 4, at + strlen(t->at) + 1);
}

static void txt_candidate(struct kb_buf *b, const char *id, const struct diag_rule *dr)
{
	wrapf(b, "    ", 6, "%s: %s", id, dr != NULL ? dr->rule->title : "(no longer in the store)");
}

static void txt_question(struct kb_buf *b, const struct session_question *q)
{
	wrapf(b, "    ", 6, "%s / %s: %s", q->rule_id, q->symptom_id, q->text);
	kb_buf_printf(b, "      Answer: %s\n", q->answer < 0 ? "not answered" :
		      q->answer ? "yes" : "no");
}

static void txt_evidence(struct kb_buf *b, size_t i, const struct report_evidence *e)
{
	char lead[64], buf[256];

	snprintf(lead, sizeof lead, "  %zu. %s ", i + 1, evidence_kind_name(e->file->kind));
	wrap(b, lead, 6, e->file->path);
	if (e->file->found_as != NULL)
		wrap(b, "      found as ", 8, e->file->found_as);
	if (e->facts_known) {
		char mtime[32];
		report_time_iso(e->facts.mtime, mtime, sizeof mtime);
		snprintf(buf, sizeof buf, "%llu bytes, modified %s",
			 (unsigned long long)e->facts.size_bytes, mtime);
		wrap(b, "      size ", 8, buf);
		kb_buf_printf(b, "      SHA-256 %s\n", e->facts.sha256);
	} else {
		kb_buf_puts(b, "      size, modification time and SHA-256: not read\n");
	}
	if (e->read != NULL)
		wrap(b, e->read->ok ? "      read: ok: " : "      read: FAILED: ", 8,
		     e->read->ok ? e->read->detail : e->read->error);
}

static void txt_event_group(struct kb_buf *b, const struct diag_rule *dr, size_t j)
{
	const struct rule_symptom *sy = &dr->rule->symptoms[j];
	const struct diag_symptom *ds = &dr->symptoms[j];

	wrapf(b, "  ", 6, "%s / %s: event %u, seen %u time%s, from %s",
	      dr->rule->id, sy->id, sy->event_id, ds->count,
	      ds->count == 1 ? "" : "s", sy->source != NULL ? sy->source : "");
}

static void txt_event(struct kb_buf *b, const char *which, const struct diag_event *e,
		      const char *when)
{
	wrapf(b, "      ", 8, "%s: %s, record %llu, %s", which, when,
	      (unsigned long long)e->record_number, e->file != NULL ? e->file : "");
	wrap(b, "        strings: ", 8, e->text);
}

static void txt_event_group_end(struct kb_buf *b)
{
	(void)b;
}

static void txt_unexplained(struct kb_buf *b, const struct report_unexplained *u,
			    const char *line)
{
	size_t k;

	wrap(b, "  - ", 4, line);
	if (u->example != NULL && u->example[0] != '\0')
		wrap(b, "    strings: ", 6, u->example);
	for (k = 0; k < u->n_articles; k++)
		wrapf(b, "    article ", 6, "%s: %s", u->article_ids[k] != NULL ? u->article_ids[k] : "?",
		      u->article_titles[k] != NULL ? u->article_titles[k] : "");
}

static void txt_log_group(struct kb_buf *b, const struct diag_rule *dr, size_t j)
{
	const struct diag_evidence *de = &dr->evidence[j];
	size_t k;

	wrapf(b, "  ", 4, "%s: %s: %zu of %zu patterns matched%s%s; "
	      "%llu matching line%s in all", dr->rule->id, dr->rule->evidence[j].id,
	      de->n_matched, de->n_patterns,
	      dr->rule->evidence[j].sequence ? ", in order" : "",
	      de->complete ? " (complete)" : "",
	      (unsigned long long)de->total_hits, de->total_hits == 1 ? "" : "s");
	for (k = 0; k < de->n_hits; k++) {
		const struct diag_log_hit *h = &de->hits[k];
		wrapf(b, "    ", 6, "%s:%llu  %s", h->file != NULL ? h->file : "",
		      (unsigned long long)h->line_no,
		      h->timestamp != NULL ? h->timestamp : "(no timestamp)");
		wrap(b, "      ", 6, h->line);
	}
}

static void txt_check_group(struct kb_buf *b, const struct diag_rule *dr)
{
	wrapf(b, "  ", 4, "%s: %d passed, %d failed, %d damaged", dr->rule->id,
	      dr->n_passed_checks, dr->n_failed_checks, dr->n_damaged_checks);
}

static void txt_check(struct kb_buf *b, const struct rule_check *c,
		      const struct check_result *res, const char *purpose,
		      const char *src, const char *now)
{
	char expected[1024], lead[32];

	report_check_expected(c, expected, sizeof expected);
	snprintf(lead, sizeof lead, "    %s ", check_tag(res->status));
	wrapf(b, lead, 8, "%s (%s)%s%s", c->id, purpose, c->description != NULL ? ": " : "",
	      c->description != NULL ? c->description : "");
	wrap(b, "      key:      ", 16, c->key);
	wrap(b, "      expected: ", 16, expected);
	wrap(b, "      found:    ", 16, res->found != NULL ? res->found : "(nothing read)");
	if (res->detail != NULL && res->detail[0] != '\0')
		wrap(b, "      detail:   ", 16, res->detail);
	if (res->hive_file != NULL)
		wrap(b, "      hive:     ", 16, res->hive_file);
	if (res->control_set != NULL)
		wrap(b, "      control set: ", 16, res->control_set);
	wrap(b, "      source:   ", 16, src);
	if (now[0] != '\0')
		wrap(b, "      now:      ", 16, now);
}

static void txt_chosen(struct kb_buf *b, const char *verdict, const char *line)
{
	wrapf(b, "  Chosen rule: ", 4, "%s; %s", verdict, line);
}

static void txt_not_reached(struct kb_buf *b)
{
	wrap(b, "  ", 2, "The diagnosis step has not been reached; the ranking below "
	     "is what the findings so far support.");
}

static void txt_diagnosed(struct kb_buf *b, size_t n, const struct diag_rule *dr,
			  const char *verdict, const char *cause_src, const char *now)
{
	char lead[32];

	snprintf(lead, sizeof lead, "  %zu. ", n);
	wrapf(b, lead, 6, "%s %s", dr->rule->id, dr->rule->title);
	wrap(b, "     ", 6, verdict);
	if (dr->verdict_note != NULL)
		wrap(b, "     Verdict: ", 6, dr->verdict_note);
	wrap(b, "     Why: ", 6, dr->why);
	wrap(b, "     Cause: ", 6, dr->rule->cause);
	wrap(b, "     Cause source: ", 6, cause_src);
	if (now[0] != '\0')
		wrap(b, "     Now: ", 6, now);
}

static void txt_considered(struct kb_buf *b, const struct diag_rule *dr)
{
	wrapf(b, "    ", 6, "%s (%s, score %.1f): %s%s%s", dr->rule->id,
	      diag_verdict_name(dr->verdict), dr->score,
	      dr->why != NULL && dr->why[0] ? dr->why : "little support",
	      dr->verdict_note != NULL ? "; " : "",
	      dr->verdict_note != NULL ? dr->verdict_note : "");
}

static void txt_not_applicable(struct kb_buf *b, size_t n, const char *ids)
{
	char lead[128];

	snprintf(lead, sizeof lead, "  Not applicable to this machine (%zu rule%s): ",
		 n, n == 1 ? "" : "s");
	wrap(b, lead, 4, ids);
}

static void txt_fix(struct kb_buf *b, size_t i, const struct session_fix *f, const char *src)
{
	char lead[160];

	snprintf(lead, sizeof lead, "  %zu. %-9s ", i + 1, fix_tag(f->status));
	wrapf(b, lead, 6, "%s (%s): %s", f->fix->id,
	      report_fix_kind_name(f->fix->kind), f->fix->text);
	wrap(b, "     Source: ", 6, src);
	if (f->needed >= 0)
		wrap(b, "     Needed: ", 6, f->needed ?
		     "yes (its registry check failed)" :
		     "no (its registry check passed)");
	if (f->note != NULL && f->note[0] != '\0')
		wrap(b, "     Note: ", 6, f->note);
}

static void txt_fix_record(struct kb_buf *b, const struct report_record *t, const char *at)
{
	wrapf(b, "    ", 6, "%s %s", at, t->kind);
	wrap(b, "      ", 6, t->text);
}

static void txt_outcome(const struct report *r, struct kb_buf *b)
{
	if (r->state == SESSION_IN_PROGRESS) {
		kb_buf_puts(b, "  IN PROGRESS: no outcome recorded yet.\n");
		return;
	}
	field(b, "Outcome:", session_state_name(r->state));
	field(b, "Note:", r->outcome_note);
}

static void txt_svd_lines(struct kb_buf *b, const char *label, char *const *v, size_t n)
{
	char lead[32];
	size_t i, k;

	if (n == 0)
		return;
	wrapf(b, "    ", 6, "%s:", label);
	for (i = 0; i < n; i++) {
		/* A dependency tree's indentation kept. */
		k = strspn(v[i], " ");
		if (k > 16)
			k = 16;
		snprintf(lead, sizeof lead, "      %*s", (int)k, "");
		wrap(b, lead, (int)strlen(lead) + 2, v[i] + k);
	}
}

static void txt_svd_finding(struct kb_buf *b, const struct svd_finding *f, const char *verdict,
			    char *const *commands, size_t n_commands)
{
	size_t i;

	wrapf(b, "  - ", 4, "[%s] %s", verdict, f->summary);
	if (strcmp(f->named_as, f->service) != 0)
		wrapf(b, "    ", 6, "named \"%s\" in the events: %s", f->named_as, f->mapping);
	if (f->has_error && f->error_from != NULL)
		wrapf(b, "    ", 6, "(error text: %s)", f->error_from);
	txt_svd_lines(b, "evidence", f->evidence, f->n_evidence);
	txt_svd_lines(b, "why", f->reasoning, f->n_reasoning);
	txt_svd_lines(b, "steps (kbwiz's advice, not an article's)", f->steps, f->n_steps);
	for (i = 0; i < n_commands; i++)
		wrapf(b, "    ", 6, "repair kbwiz can make (backup, verify, undo): %s", commands[i]);
	for (i = 0; i < f->n_articles; i++)
		wrapf(b, "    ", 6, "to read (library search, no rule checks it): %s %s",
		      f->articles[i].id, f->articles[i].title);
}

static const struct report_styler txt_styler = {
	.head = txt_head,
	.tail = txt_tail,
	.section = txt_section,
	.section_end = txt_section_end,
	.note = txt_note,
	.list_begin = txt_list_begin,
	.list_end = txt_list_end,
	.case_fields = txt_case_fields,
	.rule_used = txt_rule_used,
	.record = txt_record,
	.candidate = txt_candidate,
	.question = txt_question,
	.evidence = txt_evidence,
	.event_group = txt_event_group,
	.event = txt_event,
	.event_group_end = txt_event_group_end,
	.unexplained = txt_unexplained,
	.log_group = txt_log_group,
	.check_group = txt_check_group,
	.check = txt_check,
	.check_group_end = txt_event_group_end,
	.chosen = txt_chosen,
	.not_reached = txt_not_reached,
	.diagnosed = txt_diagnosed,
	.considered = txt_considered,
	.not_applicable = txt_not_applicable,
	.fix = txt_fix,
	.fix_record = txt_fix_record,
	.outcome = txt_outcome,
	.svd_finding = txt_svd_finding,
};

int report_write_txt(const struct report *r, struct kb_buf *b, struct kb_error *err)
{
	(void)err;
	report_walk(r, &txt_styler, b);
	return 0;
}
