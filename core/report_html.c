/* report_html.c: a session report as one self-contained HTML5 file: the
 * style is inline, there are no scripts, no images and no links out, so
 * the file reads the same offline, attached to a ticket or printed
 * (@media print).  Results carry a word and a symbol besides their colour.
 *
 * Untrusted text is made visible (kb_sanitize) and then HTML-escaped
 * (& < > " '), the five characters that can end a text node or an
 * attribute value (HTML 13.1.2.6, 13.1.2.3). */
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"

static const char css[] =
	"body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;"
	"color:#1b1b1b;background:#fff;margin:0 auto;max-width:62em;padding:1em 1.5em 3em}\n"
	"h1{font-size:1.5em;margin:.4em 0}\n"
	"h2{font-size:1.2em;border-bottom:2px solid #d0d4da;padding-bottom:.15em;margin-top:1.6em}\n"
	"h3{font-size:1.05em;margin:1.1em 0 .4em}\n"
	"td.mono{white-space:nowrap}\n"
	"code,pre,.mono{font-family:'DejaVu Sans Mono',Consolas,Menlo,monospace;font-size:.9em}\n"
	"code{background:#f1f3f5;padding:0 .2em;border-radius:3px;overflow-wrap:anywhere}\n"
	"pre{background:#f6f8fa;border:1px solid #d0d4da;padding:.6em .8em;overflow-x:auto;"
	"white-space:pre-wrap;overflow-wrap:anywhere}\n"
	".multi{white-space:pre-wrap}\n"
	"table{border-collapse:collapse;width:100%;margin:.4em 0 1em}\n"
	"th,td{border:1px solid #d0d4da;padding:.3em .5em;text-align:left;vertical-align:top}\n"
	"th{background:#eef1f4}\n"
	"dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:.5em 0}\n"
	"dt{font-weight:600}\n"
	"dd{margin:0}\n"
	".banner{border:2px solid;padding:.5em .8em;border-radius:4px;font-weight:600}\n"
	".banner.progress{border-color:#b26a00;background:#fff4e0}\n"
	".banner.resolved{border-color:#1e7b34;background:#e8f5ec}\n"
	".banner.closed{border-color:#8a1c1c;background:#fbeaea}\n"
	".st{white-space:nowrap;font-weight:700}\n"
	".ok{color:#1e7b34}\n"
	".bad{color:#b00020}\n"
	".warn{color:#8a5a00}\n"
	".muted{color:#5b6470}\n"
	".footer{margin-top:2em;font-size:.85em;color:#5b6470}\n"
	"@media print{body{max-width:none;padding:0;font-size:10.5pt}"
	"h2{break-after:avoid}tr,pre,li{break-inside:avoid}"
	"code,pre,th,.banner{background:none!important}"
	".ok,.bad,.warn{color:#000}@page{margin:15mm}}\n";

static void h_text(struct kb_buf *b, const char *s)
{
	report_html_text(b, s, 0);
}

static void h_code(struct kb_buf *b, const char *s)
{
	kb_buf_puts(b, "<code>");
	h_text(b, s != NULL ? s : "");
	kb_buf_puts(b, "</code>");
}

/* Text that may hold line breaks, or "(none)". */
static void h_multi(struct kb_buf *b, const char *s)
{
	if (s == NULL || s[0] == '\0') {
		kb_buf_puts(b, "<span class=\"muted\">(none)</span>");
		return;
	}
	kb_buf_puts(b, "<span class=\"multi\">");
	h_text(b, s);
	kb_buf_puts(b, "</span>");
}

static void dt(struct kb_buf *b, const char *label)
{
	kb_buf_printf(b, "<dt>%s</dt><dd>", label);
}

static const char *check_class(enum check_status s)
{
	return s == CHECK_PASSED ? "ok" : s == CHECK_FAILED ? "bad" : "warn";
}

static const char *fix_class(enum fix_status s)
{
	return s == FIXST_DONE ? "ok" : s == FIXST_FAILED ? "bad" : "muted";
}

static void html_head(const struct report *r, struct kb_buf *b)
{
	kb_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
		  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		  "<meta name=\"generator\" content=\"kbwiz\">\n<title>");
	kb_buf_printf(b, "kbwiz report: session %lld", (long long)r->summary.id);
	if (r->kase->label[0] != '\0') {
		kb_buf_puts(b, ", ");
		h_text(b, r->kase->label);
	}
	kb_buf_printf(b, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<div class=\"header\">\n<h1>", css);
	kb_buf_printf(b, "kbwiz report: session %lld", (long long)r->summary.id);
	if (r->kase->label[0] != '\0') {
		kb_buf_puts(b, ", ");
		h_text(b, r->kase->label);
	}
	kb_buf_puts(b, "</h1>\n");
	if (r->state == SESSION_IN_PROGRESS)
		kb_buf_printf(b, "<p class=\"banner progress\"><span aria-hidden=\"true\">\u23f3 </span>"
			  "Status: IN PROGRESS. Not finished: the session is at step %d of %d "
			  "(%s); its last change was recorded at %s. This report shows what was "
			  "recorded so far; the session may still be under way, or may have been "
			  "interrupted.</p>\n", (int)r->step, SESSION_N_STEPS,
			  session_step_name(r->step), r->summary.updated);
	else
		kb_buf_printf(b, "<p class=\"banner %s\">Outcome: %s. The session was closed at %s.</p>\n",
			  r->state == SESSION_RESOLVED ? "resolved" : "closed",
			  session_state_name(r->state), r->summary.updated);
	kb_buf_puts(b, "</div>\n<div class=\"main\">\n");
}

static void html_tail(const struct report *r, struct kb_buf *b)
{
	kb_buf_printf(b, "</div>\n<div class=\"footer\">Generated %s by kbwiz %s.</div>\n</body>\n</html>\n",
		  r->generated_at, r->tool_version);
}

static void html_section(struct kb_buf *b, const char *title)
{
	kb_buf_printf(b, "<div class=\"section\">\n<h2>%s</h2>\n", title);
}

static void html_section_end(struct kb_buf *b)
{
	kb_buf_puts(b, "</div>\n");
}

static void html_note(struct kb_buf *b, const char *text)
{
	kb_buf_puts(b, "<p class=\"muted\">");
	h_text(b, text);
	kb_buf_puts(b, "</p>\n");
}

/* How a list opens: an optional heading, then the sentence that says it
 * is empty, or the opening of its table or list. */
static const struct {
	const char *h3, *none, *open;
} html_lists[] = {
	[RL_RULES_USED] = { NULL, "No rules used yet.",
		"<table>\n<thead><tr><th>Rule</th><th>Role</th><th>Content SHA-256</th>"
		"</tr></thead>\n<tbody>\n" },
	[RL_TIMELINE] = { NULL, "Nothing recorded.",
		"<table>\n<thead><tr><th>Time</th><th>Step</th><th>What</th>"
		"<th>Details</th></tr></thead>\n<tbody>\n" },
	[RL_CANDIDATES] = { "Candidate rules", "None chosen.", "<ul>\n" },
	[RL_QUESTIONS] = { "Questions", "None.",
		"<table>\n<thead><tr><th>Rule / symptom</th><th>Question</th><th>Answer</th>"
		"</tr></thead>\n<tbody>\n" },
	[RL_EVIDENCE] = { NULL, "No evidence files were added.",
		"<table>\n<thead><tr><th>Kind</th><th>File</th><th>Size (bytes)</th>"
		"<th>Modified (UTC)</th><th>SHA-256</th><th>Read</th></tr></thead>\n<tbody>\n" },
	[RL_UNEXPLAINED] = { NULL, "None.", "<ul>\n" },
	[RL_SERVICE_DOCTOR] = { NULL, "No service failures in the Service Control Manager's events.",
		"<ul>\n" },
	[RL_DIAGNOSED] = { NULL, "No rule is supported by the evidence.", "<ol>\n" },
	[RL_CONSIDERED] = { "Considered, not diagnosed", NULL, "<ul>\n" },
	[RL_FIXES] = { NULL, "The rule has no remediation steps.",
		"<table>\n<thead><tr><th>#</th><th>Status</th><th>Step</th>"
		"<th>Note</th></tr></thead>\n<tbody>\n" },
	[RL_FIX_RECORDS] = { "Backups, changes and verification", "None recorded.", "<ul>\n" },
};

static void html_list_begin(const struct report *r, struct kb_buf *b, enum report_list l, size_t n)
{
	const char *none = NULL;

	switch (l) {
	case RL_RULES_USED:
		kb_buf_puts(b, "<dl>\n");
		dt(b, "Generated");
		kb_buf_printf(b, "%s by kbwiz %s</dd>\n", r->generated_at, r->tool_version);
		dt(b, "Findings recorded by");
		if (r->recorded_version[0] != '\0') {
			kb_buf_puts(b, "kbwiz ");
			h_text(b, r->recorded_version);
		} else {
			kb_buf_puts(b, "(no findings recorded yet)");
		}
		kb_buf_puts(b, "</dd>\n</dl>\n");
		break;
	case RL_EVENTS:
		none = r->scanned ? "No matching events." : "The event logs have not been read yet.";
		break;
	case RL_LOGS:
		none = r->scanned ? "No log lines matched." : "The logs have not been read yet.";
		break;
	case RL_REGISTRY:
		none = r->registry_checked ? "No registry checks ran for these rules." :
		       "The registry has not been checked yet.";
		break;
	case RL_FIXES:
		if (r->chosen[0] == '\0') {
			kb_buf_puts(b, "<p>No rule was chosen to remediate.</p>\n");
			return;
		}
		kb_buf_puts(b, "<p>Rule: ");
		h_code(b, r->chosen);
		kb_buf_puts(b, "</p>\n");
		break;
	default:
		break;
	}
	if ((size_t)l < sizeof html_lists / sizeof html_lists[0] && html_lists[l].open != NULL) {
		if (html_lists[l].h3 != NULL)
			kb_buf_printf(b, "<h3>%s</h3>\n", html_lists[l].h3);
		none = html_lists[l].none;
		if (n > 0)
			kb_buf_puts(b, html_lists[l].open);
	}
	if (n == 0 && none != NULL)
		kb_buf_printf(b, "<p>%s</p>\n", none);
}

static void html_list_end(const struct report *r, struct kb_buf *b, enum report_list l, size_t n)
{
	(void)r;
	if (n == 0)
		return;
	switch (l) {
	case RL_RULES_USED:
	case RL_TIMELINE:
	case RL_QUESTIONS:
	case RL_EVIDENCE:
	case RL_FIXES:
		kb_buf_puts(b, "</tbody>\n</table>\n");
		break;
	case RL_CANDIDATES:
	case RL_CONSIDERED:
	case RL_UNEXPLAINED:
	case RL_FIX_RECORDS:
	case RL_SERVICE_DOCTOR:
		kb_buf_puts(b, "</ul>\n");
		break;
	case RL_DIAGNOSED:
		kb_buf_puts(b, "</ol>\n");
		break;
	default:
		break;
	}
}

static void html_case_fields(const struct report *r, struct kb_buf *b)
{
	char m[512];

	kb_buf_puts(b, "<dl>\n");
	dt(b, "Session");
	kb_buf_printf(b, "%lld</dd>\n", (long long)r->summary.id);
	dt(b, "Machine or case");
	h_multi(b, r->kase->label);
	kb_buf_puts(b, "</dd>\n");
	report_machine_line(r->diag, m, sizeof m);
	if (m[0] != '\0') {
		dt(b, "Machine");
		h_text(b, m);
		kb_buf_puts(b, "</dd>\n");
	}
	dt(b, "Technician");
	h_multi(b, r->kase->technician);
	kb_buf_puts(b, "</dd>\n");
	dt(b, "Started");
	kb_buf_printf(b, "%s</dd>\n", r->summary.created);
	dt(b, "Last change");
	kb_buf_printf(b, "%s</dd>\n", r->summary.updated);
	dt(b, "State");
	kb_buf_printf(b, "%s</dd>\n", session_state_name(r->state));
	dt(b, "Step");
	kb_buf_printf(b, "%d of %d (%s)</dd>\n", (int)r->step, SESSION_N_STEPS,
		  session_step_name(r->step));
	dt(b, "Notes");
	h_multi(b, r->kase->notes);
	kb_buf_puts(b, "</dd>\n</dl>\n");
}

static void html_rule_used(struct kb_buf *b, const struct report_rule *rr)
{
	kb_buf_puts(b, "<tr><td>");
	h_code(b, rr->dr->rule->id);
	kb_buf_printf(b, "</td><td>%s%s%s%s%s</td><td><code>%s</code></td></tr>\n",
		      rr->chosen ? "chosen" : "",
		      rr->chosen && (rr->diagnosed || rr->candidate) ? ", " : "",
		      rr->diagnosed ? "diagnosed" : "",
		      rr->diagnosed && rr->candidate ? ", " : "",
		      rr->candidate ? "candidate" : "", rr->dr->rule->content_hash);
}

static void html_record(struct kb_buf *b, size_t i, const struct report_record *t, const char *at)
{
	(void)i;
	kb_buf_puts(b, "<tr><td class=\"mono\">");
	h_text(b, at);
	kb_buf_printf(b, "</td><td>%d %s</td><td>", (int)t->step, session_step_name(t->step));
	h_text(b, t->kind);
	kb_buf_puts(b, "</td><td>");
	h_text(b, t->text);
	kb_buf_puts(b, "</td></tr>\n");
}

static void html_candidate(struct kb_buf *b, const char *id, const struct diag_rule *dr)
{
	kb_buf_puts(b, "<li>");
	h_code(b, id);
	if (dr != NULL) {
		kb_buf_puts(b, ": ");
		h_text(b, dr->rule->title);
	}
	kb_buf_puts(b, "</li>\n");
}

static void html_question(struct kb_buf *b, const struct session_question *q)
{
	kb_buf_puts(b, "<tr><td>");
	h_code(b, q->rule_id);
	kb_buf_puts(b, " / ");
	h_code(b, q->symptom_id);
	kb_buf_puts(b, "</td><td>");
	h_text(b, q->text);
	kb_buf_printf(b, "</td><td class=\"st\">%s</td></tr>\n", q->answer < 0 ? "not answered" :
		      q->answer ? "yes" : "no");
}

static void html_evidence(struct kb_buf *b, size_t i, const struct report_evidence *e)
{
	(void)i;
	kb_buf_printf(b, "<tr><td>%s</td><td>", evidence_kind_name(e->file->kind));
	h_code(b, e->file->path);
	if (e->file->found_as != NULL) {
		kb_buf_puts(b, "<br><span class=\"muted\">found as ");
		h_text(b, e->file->found_as);
		kb_buf_puts(b, "</span>");
	}
	kb_buf_puts(b, "</td>");
	if (e->facts_known) {
		char mtime[32];
		report_time_iso(e->facts.mtime, mtime, sizeof mtime);
		kb_buf_printf(b, "<td>%llu</td><td class=\"mono\">%s</td><td><code>%s</code></td>",
			      (unsigned long long)e->facts.size_bytes, mtime, e->facts.sha256);
	} else {
		kb_buf_puts(b, "<td colspan=\"3\" class=\"muted\">not read</td>");
	}
	if (e->read == NULL) {
		kb_buf_puts(b, "<td class=\"muted\">not read</td>");
	} else {
		kb_buf_printf(b, "<td><span class=\"st %s\">%s</span> ", e->read->ok ? "ok" : "bad",
			      e->read->ok ? "\u2713 ok" : "\u2717 FAILED");
		h_text(b, e->read->ok ? e->read->detail : e->read->error);
		kb_buf_puts(b, "</td>");
	}
	kb_buf_puts(b, "</tr>\n");
}

static void html_event_group(struct kb_buf *b, const struct diag_rule *dr, size_t j)
{
	const struct rule_symptom *sy = &dr->rule->symptoms[j];
	const struct diag_symptom *ds = &dr->symptoms[j];

	kb_buf_puts(b, "<h3>");
	h_text(b, dr->rule->id);
	kb_buf_puts(b, " / ");
	h_text(b, sy->id);
	kb_buf_printf(b, ": event %u from ", sy->event_id);
	h_text(b, sy->source);
	kb_buf_printf(b, ", seen %u time%s</h3>\n", ds->count, ds->count == 1 ? "" : "s");
	kb_buf_puts(b, "<table>\n<thead><tr><th>Which</th><th>Time</th><th>File</th>"
		    "<th>Record</th><th>Strings</th></tr></thead>\n<tbody>\n");
}

static void html_event(struct kb_buf *b, const char *which, const struct diag_event *e,
		       const char *when)
{
	kb_buf_printf(b, "<tr><td>%s</td><td class=\"mono\">", which);
	h_text(b, when);
	kb_buf_puts(b, "</td><td>");
	h_code(b, e->file != NULL ? e->file : "");
	kb_buf_printf(b, "</td><td>%llu</td><td>", (unsigned long long)e->record_number);
	h_text(b, e->text != NULL ? e->text : "");
	kb_buf_puts(b, "</td></tr>\n");
}

static void html_table_end(struct kb_buf *b)
{
	kb_buf_puts(b, "</tbody>\n</table>\n");
}

static void html_unexplained(struct kb_buf *b, const struct report_unexplained *u,
			     const char *line)
{
	size_t k;

	kb_buf_puts(b, "<li>");
	h_text(b, line);
	if (u->example != NULL && u->example[0] != '\0') {
		kb_buf_puts(b, "<br><span class=\"muted\">strings:</span> ");
		h_code(b, u->example);
	}
	for (k = 0; k < u->n_articles; k++) {
		kb_buf_puts(b, "<br>article ");
		h_code(b, u->article_ids[k] != NULL ? u->article_ids[k] : "?");
		kb_buf_puts(b, ": ");
		h_text(b, u->article_titles[k] != NULL ? u->article_titles[k] : "");
	}
	kb_buf_puts(b, "</li>\n");
}

static void html_log_group(struct kb_buf *b, const struct diag_rule *dr, size_t j)
{
	const struct diag_evidence *de = &dr->evidence[j];
	size_t k;

	kb_buf_puts(b, "<h3>");
	h_text(b, dr->rule->id);
	kb_buf_puts(b, ": ");
	h_text(b, dr->rule->evidence[j].id);
	kb_buf_printf(b, "</h3>\n<p>%zu of %zu patterns matched%s%s; %llu matching line%s in all.</p>\n",
		      de->n_matched, de->n_patterns,
		      dr->rule->evidence[j].sequence ? ", in order" : "",
		      de->complete ? " (complete)" : "",
		      (unsigned long long)de->total_hits, de->total_hits == 1 ? "" : "s");
	kb_buf_puts(b, "<table>\n<thead><tr><th>File:line</th><th>Timestamp</th><th>Line</th>"
		    "</tr></thead>\n<tbody>\n");
	for (k = 0; k < de->n_hits; k++) {
		const struct diag_log_hit *h = &de->hits[k];
		kb_buf_puts(b, "<tr><td class=\"mono\">");
		h_text(b, h->file != NULL ? h->file : "");
		kb_buf_printf(b, ":%llu</td><td class=\"mono\">", (unsigned long long)h->line_no);
		h_text(b, h->timestamp != NULL ? h->timestamp : "(none)");
		kb_buf_puts(b, "</td><td>");
		h_code(b, h->line);
		kb_buf_puts(b, "</td></tr>\n");
	}
	html_table_end(b);
}

static void html_check_group(struct kb_buf *b, const struct diag_rule *dr)
{
	kb_buf_puts(b, "<h3>");
	h_text(b, dr->rule->id);
	kb_buf_printf(b, ": %d passed, %d failed, %d damaged</h3>\n", dr->n_passed_checks,
		      dr->n_failed_checks, dr->n_damaged_checks);
	kb_buf_puts(b, "<table>\n<thead><tr><th>Result</th><th>Check</th><th>Expected</th>"
		    "<th>Found</th></tr></thead>\n<tbody>\n");
}

static void check_row(struct kb_buf *b, const struct rule_check *c,
		      const struct check_result *res, const char *purpose,
		      const char *src, const char *now)
{
	char expected[1024];

	report_check_expected(c, expected, sizeof expected);
	kb_buf_printf(b, "<tr><td class=\"st %s\"><span aria-hidden=\"true\">%s</span> %s</td><td>",
		  check_class(res->status), report_check_mark(res->status),
		  report_check_word(res->status));
	h_code(b, c->id);
	kb_buf_printf(b, "<br><span class=\"muted\">%s</span>", purpose);
	if (c->description != NULL) {
		kb_buf_puts(b, "<br>");
		h_text(b, c->description);
	}
	kb_buf_puts(b, "</td><td>");
	h_code(b, c->key);
	kb_buf_puts(b, "<br>");
	h_text(b, expected);
	kb_buf_puts(b, "</td><td>");
	if (res->found != NULL)
		h_code(b, res->found);
	else
		kb_buf_puts(b, "<span class=\"muted\">nothing read</span>");
	if (res->detail != NULL && res->detail[0] != '\0') {
		kb_buf_puts(b, "<br>");
		h_text(b, res->detail);
	}
	if (res->hive_file != NULL || res->control_set != NULL) {
		kb_buf_puts(b, "<br><span class=\"muted\">");
		if (res->hive_file != NULL)
			h_text(b, res->hive_file);
		if (res->control_set != NULL) {
			kb_buf_puts(b, res->hive_file != NULL ? ", " : "");
			h_text(b, res->control_set);
		}
		kb_buf_puts(b, "</span>");
	}
	if (now[0] != '\0') {
		kb_buf_puts(b, "<br><strong>Now:</strong> ");
		h_text(b, now);
	}
	kb_buf_puts(b, "<br><span class=\"muted\">Source: ");
	h_text(b, src);
	kb_buf_puts(b, "</span></td></tr>\n");
}

static void html_chosen(struct kb_buf *b, const char *verdict, const char *line)
{
	kb_buf_printf(b, "<p><strong>Chosen rule: %s</strong>; ", verdict);
	h_text(b, line);
	kb_buf_puts(b, "</p>\n");
}

static void html_not_reached(struct kb_buf *b)
{
	kb_buf_puts(b, "<p><strong>The diagnosis step has not been reached</strong>; the ranking "
		    "below is what the findings so far support.</p>\n");
}

static void html_diagnosed(struct kb_buf *b, size_t n, const struct diag_rule *dr,
			   const char *verdict, const char *cause_src, const char *now)
{
	(void)n;
	kb_buf_puts(b, "<li><strong>");
	h_text(b, dr->rule->id);
	kb_buf_puts(b, "</strong>: ");
	h_text(b, dr->rule->title);
	kb_buf_printf(b, " (<strong>%s</strong>)<br>", verdict);
	if (dr->verdict_note != NULL) {
		kb_buf_puts(b, "Verdict: ");
		h_text(b, dr->verdict_note);
		kb_buf_puts(b, "<br>");
	}
	kb_buf_puts(b, "Why: ");
	h_text(b, dr->why != NULL ? dr->why : "");
	kb_buf_puts(b, "<br>Cause: ");
	h_text(b, dr->rule->cause);
	kb_buf_puts(b, "<br><span class=\"muted\">Cause source: ");
	h_text(b, cause_src);
	kb_buf_puts(b, "</span>");
	if (now[0] != '\0') {
		kb_buf_puts(b, "<br><strong>Now:</strong> ");
		h_text(b, now);
	}
	kb_buf_puts(b, "</li>\n");
}

static void html_considered(struct kb_buf *b, const struct diag_rule *dr)
{
	kb_buf_puts(b, "<li>");
	h_code(b, dr->rule->id);
	kb_buf_printf(b, " (%s, score %.1f): ", diag_verdict_name(dr->verdict), dr->score);
	h_text(b, dr->why != NULL && dr->why[0] ? dr->why : "little support");
	if (dr->verdict_note != NULL) {
		kb_buf_puts(b, "; ");
		h_text(b, dr->verdict_note);
	}
	kb_buf_puts(b, "</li>\n");
}

static void html_not_applicable(struct kb_buf *b, size_t n, const char *ids)
{
	kb_buf_printf(b, "<p>Not applicable to this machine (%zu rule%s): ", n, n == 1 ? "" : "s");
	h_text(b, ids);
	kb_buf_puts(b, ".</p>\n");
}

static void html_fix(struct kb_buf *b, size_t i, const struct session_fix *f, const char *src)
{
	kb_buf_printf(b, "<tr><td>%zu</td><td class=\"st %s\"><span aria-hidden=\"true\">%s"
		      "</span> %s</td><td>", i + 1, fix_class(f->status),
		      report_fix_mark(f->status), fix_status_name(f->status));
	h_code(b, f->fix->id);
	kb_buf_printf(b, " <span class=\"muted\">(%s)</span><br>",
		      report_fix_kind_name(f->fix->kind));
	h_text(b, f->fix->text);
	kb_buf_puts(b, "<br><span class=\"muted\">Source: ");
	h_text(b, src);
	kb_buf_puts(b, "</span>");
	if (f->needed >= 0)
		kb_buf_printf(b, "<br><span class=\"muted\">Needed: %s</span>", f->needed ?
			      "yes (its registry check failed)" :
			      "no (its registry check passed)");
	kb_buf_puts(b, "</td><td>");
	h_multi(b, f->note);
	kb_buf_puts(b, "</td></tr>\n");
}

static void html_fix_record(struct kb_buf *b, const struct report_record *t, const char *at)
{
	kb_buf_puts(b, "<li><span class=\"mono\">");
	h_text(b, at);
	kb_buf_puts(b, "</span> <strong>");
	h_text(b, t->kind);
	kb_buf_puts(b, "</strong>: ");
	h_text(b, t->text);
	kb_buf_puts(b, "</li>\n");
}

static void html_outcome(const struct report *r, struct kb_buf *b)
{
	if (r->state == SESSION_IN_PROGRESS) {
		kb_buf_puts(b, "<p><strong>IN PROGRESS</strong>: no outcome recorded yet.</p>\n");
		return;
	}
	kb_buf_printf(b, "<p><strong>%s</strong></p>\n<dl>\n", session_state_name(r->state));
	dt(b, "Note");
	h_multi(b, r->outcome_note);
	kb_buf_puts(b, "</dd>\n</dl>\n");
}

static void html_svd_lines(struct kb_buf *b, const char *label, char *const *v, size_t n)
{
	size_t i, k, lead;

	if (n == 0)
		return;
	kb_buf_printf(b, "<li>%s:\n<ul>\n", label);
	for (i = 0; i < n; i++) {
		/* A dependency tree's indentation kept. */
		lead = strspn(v[i], " ");
		kb_buf_puts(b, "<li>");
		for (k = 0; k < lead; k++)
			kb_buf_puts(b, "&nbsp;");
		h_text(b, v[i] + lead);
		kb_buf_puts(b, "</li>\n");
	}
	kb_buf_puts(b, "</ul></li>\n");
}

static void html_svd_finding(struct kb_buf *b, const struct svd_finding *f, const char *verdict,
			     char *const *commands, size_t n_commands)
{
	size_t i;

	kb_buf_printf(b, "<li><strong%s>%s</strong> <span class=\"muted\">(kbwiz's own "
		      "reasoning)</span>: ", f->verdict == VERDICT_CONFIRMED ? " class=\"bad\"" : "",
		      verdict);
	h_text(b, f->summary);
	kb_buf_puts(b, "\n<ul>\n<li>service: ");
	h_code(b, f->service);
	if (strcmp(f->named_as, f->service) != 0) {
		kb_buf_puts(b, ", named ");
		h_code(b, f->named_as);
		kb_buf_puts(b, " in the events: ");
		h_text(b, f->mapping);
	}
	kb_buf_puts(b, "</li>\n");
	if (f->has_error && f->error_from != NULL) {
		kb_buf_puts(b, "<li>error text: ");
		h_text(b, f->error_from);
		kb_buf_puts(b, "</li>\n");
	}
	html_svd_lines(b, "evidence", f->evidence, f->n_evidence);
	html_svd_lines(b, "why", f->reasoning, f->n_reasoning);
	html_svd_lines(b, "steps (kbwiz's advice, not an article's)", f->steps, f->n_steps);
	for (i = 0; i < n_commands; i++) {
		kb_buf_puts(b, "<li>repair kbwiz can make (backup, verify, undo): ");
		h_code(b, commands[i]);
		kb_buf_puts(b, "</li>\n");
	}
	for (i = 0; i < f->n_articles; i++) {
		kb_buf_puts(b, "<li>to read (library search, no rule checks it): ");
		h_code(b, f->articles[i].id);
		kb_buf_puts(b, " ");
		h_text(b, f->articles[i].title);
		kb_buf_puts(b, "</li>\n");
	}
	kb_buf_puts(b, "</ul></li>\n");
}

static const struct report_styler html_styler = {
	.head = html_head,
	.tail = html_tail,
	.section = html_section,
	.section_end = html_section_end,
	.note = html_note,
	.list_begin = html_list_begin,
	.list_end = html_list_end,
	.case_fields = html_case_fields,
	.rule_used = html_rule_used,
	.record = html_record,
	.candidate = html_candidate,
	.question = html_question,
	.evidence = html_evidence,
	.event_group = html_event_group,
	.event = html_event,
	.event_group_end = html_table_end,
	.unexplained = html_unexplained,
	.log_group = html_log_group,
	.check_group = html_check_group,
	.check = check_row,
	.check_group_end = html_table_end,
	.chosen = html_chosen,
	.not_reached = html_not_reached,
	.diagnosed = html_diagnosed,
	.considered = html_considered,
	.not_applicable = html_not_applicable,
	.fix = html_fix,
	.fix_record = html_fix_record,
	.outcome = html_outcome,
	.svd_finding = html_svd_finding,
};

int report_write_html(const struct report *r, struct kb_buf *b, struct kb_error *err)
{
	(void)err;
	report_walk(r, &html_styler, b);
	return 0;
}
