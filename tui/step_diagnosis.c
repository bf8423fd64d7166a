/* step_diagnosis.c: step 5, the ranking (session_diagnosis): diagnosed
 * rules first with their score and why, and for the selected rule its
 * cause, the events seen, and the log lines that matched (line numbers,
 * the matched text highlighted).  Enter chooses the rule to remediate.
 * Below the rules, the service doctor's findings (kbwiz's own reasoning,
 * step_diagnosis_svd.c); Enter shows one in the whole pane. */
#include "wizard.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "kbwiz/svcdoctor.h"

static struct {
	struct list list;
	int focus_detail;
	struct tbuf detail;
	int detail_for;   /* the list row the detail was built for, -1 none */
	int unexplained;  /* the pane shows the events no rule explains */
	struct tbuf unx;
	int svd_full;     /* a service doctor's finding fills the pane */
} dg;

/* The service doctor's findings, listed after the rules. */
static int n_svd(void)
{
	const struct svd_report *r = tui.session != NULL ? session_service_doctor(tui.session) : NULL;

	return r != NULL ? (int)r->n : 0;
}

static int n_rules(void)
{
	const struct diagnosis *d = tui.session != NULL ? session_diagnosis(tui.session) : NULL;

	return d != NULL ? (int)d->n_rules : 0;
}

/* Where the service doctor's rows go: after the rules the evidence
 * supports (ranked first), before those it does not, so that a finding
 * is in view beside them, not under thirty rules that found nothing. */
static int svd_first_row(void)
{
	const struct diagnosis *d = session_diagnosis(tui.session);
	int k = 0;

	while (d != NULL && k < (int)d->n_rules &&
	       (d->rules[k].diagnosed || d->rules[k].score > 0.0))
		k++;
	return k;
}

/* The finding on list row i, NULL when the row is a rule's. */
static const struct svd_finding *svd_row(int i)
{
	const struct svd_report *r = session_service_doctor(tui.session);
	int k = svd_first_row();

	return r != NULL && i >= k && i - k < (int)r->n ? &r->v[i - k] : NULL;
}

/* The rule on list row i (not a finding's row). */
static const struct diag_rule *rule_row(int i)
{
	const struct diagnosis *d = session_diagnosis(tui.session);

	if (i >= svd_first_row())
		i -= n_svd();
	return d != NULL && i >= 0 && i < (int)d->n_rules ? &d->rules[i] : NULL;
}

static void dg_enter(void)
{
	dg.list.sel = dg.list.top = 0;
	dg.focus_detail = 0;
	dg.detail_for = -1;
	dg.unexplained = 0;
	dg.svd_full = 0;
	tbuf_clear(&dg.unx);
	/* With no rule ranked and no finding of the service doctor, the
	 * events no rule explains are all there is. */
	if (tui.session != NULL && session_diagnosis(tui.session) != NULL &&
	    session_diagnosis(tui.session)->n_rules == 0 && n_svd() == 0) {
		dg.unexplained = 1;
		dg_unexplained_build(&dg.unx);
	}
}

/* The engine's verdict; upper case only for a confirmed one, so it is
 * never mistaken for a possible one at a glance. */
static const char *verdict_word(enum diag_verdict v)
{
	switch (v) {
	case VERDICT_CONFIRMED: return "CONFIRMED";
	case VERDICT_POSSIBLE: return "possible";
	case VERDICT_CAUSE_NOT_FOUND: return "no cause";
	case VERDICT_REPAIRED: return "repaired";
	case VERDICT_NOT_APPLICABLE: return "n/a";
	case VERDICT_NONE: break;
	}
	return "no sign";
}

static const char *verdict(const struct diag_rule *dr)
{
	return verdict_word(dr->verdict);
}

/* UTC, and the machine's clock beside it when its zone is known, as
 * `kbwiz diagnose` says it. */
static void put_time(int64_t t, char *buf, size_t size)
{
	const struct diagnosis *d = session_diagnosis(tui.session);

	machine_format_time_text(d != NULL ? &d->machine : NULL, t, buf, size);
}

/* The fact's source under it: the article's lines, or kbwiz's own
 * reading said as such (issue 13: never shown as the article's). */
static void put_source(const struct rule_cite *c, const struct rule *r,
		       const char *ours, const char *label)
{
	char source[512];

	rule_cite_describe(c, r->article != NULL ? r->article : r->id, ours,
			   source, sizeof source);
	tbuf_line(&dg.detail, ui_attr(UI_DIM), (int)strlen(label));
	tbuf_putf(&dg.detail, 0, "%s%s", label, source);
}

static void add_hit(const struct diag_log_hit *h)
{
	const char *name = strrchr(h->file, '/');
	size_t len = strlen(h->line), off = h->match_off, mlen = h->match_len;

	if (off > len)
		off = len;
	if (mlen > len - off)
		mlen = len - off;
	tbuf_line(&dg.detail, 0, 8);
	tbuf_putf(&dg.detail, ui_attr(UI_DIM), "      %s:%llu: ", name != NULL ? name + 1 : h->file,
		  (unsigned long long)h->line_no);
	/* Sanitized in three parts so the highlight lands on the matched
	 * text even where escapes make the line longer. */
	tbuf_putn(&dg.detail, 0, h->line, off);
	tbuf_putn(&dg.detail, ui_attr(UI_MATCH), h->line + off, mlen);
	tbuf_putn(&dg.detail, 0, h->line + off + mlen, len - off - mlen);
}

static void build_detail(const struct diag_rule *dr)
{
	const struct rule *r = dr->rule;
	char when[128];
	size_t i, j;

	tbuf_clear(&dg.detail);
	tbuf_line(&dg.detail, ui_attr(UI_HEADING), 4);
	tbuf_putf(&dg.detail, 0, "%s  %s", r->id, r->title);
	tbuf_line(&dg.detail, 0, 9);
	tbuf_put(&dg.detail, ui_attr(UI_HEADING), "Verdict: ");
	tbuf_put(&dg.detail, dr->verdict == VERDICT_CONFIRMED ? ui_attr(UI_FAIL) :
		 dr->verdict == VERDICT_REPAIRED ? ui_attr(UI_OK) : 0, diag_verdict_name(dr->verdict));
	if (dr->verdict_note != NULL)
		tbuf_putf(&dg.detail, 0, ": %s", dr->verdict_note);
	tbuf_line(&dg.detail, 0, 9);
	tbuf_put(&dg.detail, ui_attr(UI_HEADING), "Why:     ");
	tbuf_put(&dg.detail, 0, dr->why != NULL && dr->why[0] != '\0' ? dr->why :
		 "nothing in the evidence points to it");
	if (dr->applies == DIAG_NOT_APPLICABLE) {
		tbuf_line(&dg.detail, 0, 9);
		tbuf_put(&dg.detail, ui_attr(UI_HEADING), "N/A:     ");
		tbuf_put(&dg.detail, 0, dr->not_applicable_reason ? dr->not_applicable_reason : "");
	}
	tbuf_line(&dg.detail, 0, 9);
	tbuf_put(&dg.detail, ui_attr(UI_HEADING), "Cause:   ");
	tbuf_put(&dg.detail, 0, r->cause);
	put_source(&r->cause_cite, r, "reading", "Source:  ");
	for (i = 0; i < r->n_symptoms; i++) {
		const struct diag_symptom *s = &dr->symptoms[i];
		if (s->count == 0)
			continue;
		put_time(s->last.time, when, sizeof when);
		tbuf_line(&dg.detail, 0, 6);
		tbuf_putf(&dg.detail, ui_attr(UI_HEADING), "  Event %u", r->symptoms[i].event_id);
		tbuf_putf(&dg.detail, 0, " from %s, %u time%s, last %s: %s",
			  r->symptoms[i].source ? r->symptoms[i].source : "", s->count,
			  s->count == 1 ? "" : "s", when, s->last.text ? s->last.text : "");
		put_source(&r->symptoms[i].cite, r, "reading", "    Source: ");
	}
	for (i = 0; i < r->n_symptoms; i++) {
		if (dr->answers == NULL || dr->answers[i] < 0)
			continue;
		tbuf_line(&dg.detail, 0, 6);
		tbuf_putf(&dg.detail, 0, "  You answered %s: %s", dr->answers[i] ? "yes" : "no",
			  r->symptoms[i].question ? r->symptoms[i].question :
			  r->symptoms[i].message ? r->symptoms[i].message : r->symptoms[i].id);
	}
	for (i = 0; i < r->n_evidence; i++) {
		const struct diag_evidence *de = &dr->evidence[i];
		if (de->n_matched == 0)
			continue;
		tbuf_line(&dg.detail, 0, 6);
		tbuf_putf(&dg.detail, ui_attr(UI_HEADING), "  Log sequence %s:", r->evidence[i].id);
		tbuf_putf(&dg.detail, 0, " %zu of %zu lines%s%s", de->n_matched, de->n_patterns,
			  r->evidence[i].sequence ? " in order" : "",
			  de->complete ? " (complete)" : "");
		put_source(&r->evidence[i].cite, r, "reading", "    Source: ");
		for (j = 0; j < de->n_hits; j++)
			add_hit(&de->hits[j]);
		if (de->total_hits > de->n_hits) {
			tbuf_line(&dg.detail, ui_attr(UI_DIM), 6);
			tbuf_putf(&dg.detail, 0, "      ... %llu matching lines in all",
				  (unsigned long long)de->total_hits);
		}
	}
	if (dr->checks_run && r->n_checks > 0) {
		tbuf_line(&dg.detail, 0, 6);
		tbuf_putf(&dg.detail, ui_attr(UI_HEADING), "  Registry:");
		tbuf_putf(&dg.detail, 0, " %d failed, %d damaged, %d passed",
			  dr->n_failed_checks, dr->n_damaged_checks, dr->n_passed_checks);
		for (i = 0; i < r->n_checks; i++) {
			const struct check_result *c = &dr->checks[i];
			tbuf_line(&dg.detail, 0, 12);
			tbuf_put(&dg.detail, 0, "    ");
			tbuf_put(&dg.detail, ui_check_style(c->status), ui_check_symbol(c->status));
			tbuf_putf(&dg.detail, 0, " %s: %s", r->checks[i].id,
				  c->detail != NULL ? c->detail : check_status_name(c->status));
		}
	}
}

/* The rows in view: at most 7 items and the list's position under them. */
#define DG_LIST_H(n) (((n) < 7 ? (n) : 7) + 1)

/* One row of the list: a rule's, or a service doctor finding's. */
static void dg_row(void *ctx, int i, int y, int selected)
{
	const char *chosen = session_chosen(tui.session);
	const struct svd_finding *f = svd_row(i);
	char line[512];

	(void)ctx;
	if (f != NULL) {
		/* Never a rule's row: no article, no score, and said so. */
		snprintf(line, sizeof line, "    %-10s %5s  %-9s  Service doctor (kbwiz's own): %s",
			 "kbwiz", "-", verdict_word(f->verdict), f->summary);
		list_row(y, 0, tui.cols - 1, line, selected, !dg.focus_detail);
		return;
	}
	const struct diag_rule *dr = rule_row(i);
	int is_chosen = chosen != NULL && strcmp(chosen, dr->rule->id) == 0;
	snprintf(line, sizeof line, "%s %-10s %5.1f  %-9s  %s", is_chosen ? "(*)" : "   ",
		 dr->rule->id, dr->score, verdict(dr), dr->rule->title);
	list_row(y, 0, tui.cols - 1, line, selected, !dg.focus_detail);
	if (dr->verdict == VERDICT_CONFIRMED && !selected)
		ui_text(y, 2, 3, is_chosen ? "(*)" : "   ", ui_attr(UI_OK));
}

static void dg_draw(int top, int height)
{
	int n = n_rules() + n_svd(), list_h;

	if (n == 0) {
		ui_text(top, 2, tui.cols - 4, "No rules were ranked.", ui_attr(UI_DIM));
		tbuf_draw(&dg.unx, top + 2, 1, height - 2, tui.cols - 2);
		return;
	}
	if (dg.svd_full && svd_row(dg.list.sel) != NULL) {
		if (dg.detail_for != dg.list.sel) {
			dg_svd_detail(&dg.detail, svd_row(dg.list.sel));
			dg.detail_for = dg.list.sel;
		}
		ui_text(top, 2, tui.cols - 4, "Service doctor's finding: Enter or Esc goes back "
			"to the list", ui_attr(UI_DIM));
		tbuf_draw(&dg.detail, top + 1, 1, height - 1, tui.cols - 2);
		return;
	}
	list_h = DG_LIST_H(n);
	ui_text(top, 2, tui.cols - 4, "   Rule       Score  Verdict    Title", ui_attr(UI_DIM));
	list_draw(&dg.list, top + 1, list_h, n, dg_row, NULL);
	ui_hline(top + 1 + list_h, 0, tui.cols);
	if (dg.detail_for != dg.list.sel) {
		if (svd_row(dg.list.sel) != NULL)
			dg_svd_detail(&dg.detail, svd_row(dg.list.sel));
		else
			build_detail(rule_row(dg.list.sel));
		dg.detail_for = dg.list.sel;
	}
	tbuf_draw(dg.unexplained ? &dg.unx : &dg.detail, top + 2 + list_h, 1, height - 2 - list_h,
		  tui.cols - 2);
}

static enum key_result dg_key(int key)
{
	struct kb_error err = { "" };
	int nr = n_rules(), n = nr + n_svd();
	int list_h = DG_LIST_H(n), h = tui.rows - 7 - 2 - list_h;

	if (dg.svd_full) {
		/* The finding fills the pane: its keys scroll it. */
		if (key == TK_ENTER || key == TK_ESC || key == TK_TAB || key == TK_BTAB) {
			dg.svd_full = 0;
			return 1;
		}
		return tbuf_key(&dg.detail, key, tui.rows - 7 - 1, tui.cols - 2, 0);
	}
	if (key == TK_TAB || key == TK_BTAB) {
		dg.focus_detail = !dg.focus_detail;
		return 1;
	}
	switch (key) {
	case 'u':
		if (n == 0)
			return 1;
		dg.unexplained = !dg.unexplained;
		if (dg.unexplained)
			dg_unexplained_build(&dg.unx);
		return 1;
	case 'L':
		dg_library_add(&dg.unx);
		return 1;
	case 'v':
		if (svd_row(dg.list.sel) == NULL && nr > 0)
			dg_open_log_hit(rule_row(dg.list.sel));
		else if (n > 0)
			tui_msg("The service doctor reads event logs, not log lines: its evidence is "
				"in the pane below.");
		return 1;
	}
	if (n == 0)
		return tbuf_key(&dg.unx, key, tui.rows - 7 - 2, tui.cols - 2, 0);
	if (key == ' ' || key == 'b' || dg.focus_detail)
		return tbuf_key(dg.unexplained ? &dg.unx : &dg.detail, key, h, tui.cols - 2, 0);
	if (list_key(&dg.list, key, n, 0))
		return 1;
	if (key == TK_ENTER && svd_row(dg.list.sel) != NULL) {
		dg.svd_full = 1;
		dg.detail_for = -1;
		dg.detail.top = 0;
		return 1;
	}
	if (key == TK_ENTER && n > 0) {
		const char *id = rule_row(dg.list.sel)->rule->id;
		if (wizard_failed(session_choose(tui.session, id, &err), &err, "Choosing") == 0)
			tui_msg("%s is the rule to remediate; PgDn shows its steps.", id);
		dg.detail_for = -1;
		return 1;
	}
	return 0;
}

const struct step_ops step_diagnosis = {
	dg_enter,
	dg_draw,
	dg_key,
	NULL,
	"Up/Down  Enter choose/view  Tab detail  v log  u unexplained  PgDn Next",
};
