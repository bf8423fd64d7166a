/* screen_history.c: every session, newest first (session_list), with a
 * filter line; one session read in full, read-only (every step's record
 * and the timeline); resume and delete.  The list reads its size and the
 * widest id once (session_list_size) and the rows a page at a time
 * (session_list_page) around the ones shown: at 100,000 sessions it opens
 * in milliseconds, not by reading every row. */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/svcdoctor.h"

/* Rows kept around the ones shown: a few screens, read in one query. */
#define HS_CACHE 256

static struct {
	struct session_summary *rows;  /* HS_CACHE rows from row cache_at */
	size_t n_cached;
	int64_t cache_at;
	size_t n;                      /* how many the filter keeps */
	int64_t max_id;                /* the highest id among them */
	struct list list;
	struct input filter;
	int editing;
	int resume_mode;     /* opened as "Resume a session" */
	int outcome;         /* -1 any, else enum session_state */
	int stale;
} hs;

static struct session_filter hs_filter;
static char hs_text[2048], hs_rule[128];

static int collect(void *ctx, const struct session_summary *s)
{
	(void)ctx;
	if (hs.n_cached < HS_CACHE)
		hs.rows[hs.n_cached++] = *s;
	return 0;
}

/* Row i of the list (0 <= i < hs.n), read with its page when it is not
 * kept; NULL when it cannot be read (the error is shown). */
static const struct session_summary *row_at(int64_t i)
{
	struct kb_error err = { "" };

	if (i < 0 || (size_t)i >= hs.n)
		return NULL;
	if (i >= hs.cache_at && i < hs.cache_at + (int64_t)hs.n_cached)
		return &hs.rows[i - hs.cache_at];
	if (hs.rows == NULL && (hs.rows = malloc(HS_CACHE * sizeof *hs.rows)) == NULL) {
		tui_error("History: out of memory");
		return NULL;
	}
	/* A little above i too: moving up a row does not read again. */
	hs.cache_at = i > HS_CACHE / 4 ? i - HS_CACHE / 4 : 0;
	hs.n_cached = 0;
	if (session_list_page(tui.store, &hs_filter, hs.cache_at, HS_CACHE, collect, NULL,
			      &err) != 0) {
		hs.n_cached = 0;
		tui_error("History: %s", err.msg);
		return NULL;
	}
	if (i >= hs.cache_at + (int64_t)hs.n_cached)
		return NULL;   /* deleted meanwhile by another kbwiz */
	return &hs.rows[i - hs.cache_at];
}

/* The filter line: words, "rule:ID" and "outcome:NAME" (or state:). */
static void load(void)
{
	struct kb_error err = { "" };
	struct session_filter f = { NULL, NULL, -1, NULL, NULL };
	char copy[2048], text[2048] = "", rule[128] = "", *p, *w;
	size_t used = 0;
	int64_t n = 0;

	f.state = hs.outcome;
	snprintf(copy, sizeof copy, "%s", hs.filter.buf);
	for (p = copy; (w = strtok(p, " ")) != NULL; p = NULL) {
		if (strncmp(w, "rule:", 5) == 0) {
			snprintf(rule, sizeof rule, "%s", w + 5);
		} else if (strncmp(w, "outcome:", 8) == 0 || strncmp(w, "state:", 6) == 0) {
			int st = session_state_from_name(strchr(w, ':') + 1);
			if (st < 0)
				tui_error("Unknown outcome \"%s\" (in-progress, resolved, not-resolved, abandoned)",
					  strchr(w, ':') + 1);
			else
				f.state = st;
		} else if (used < sizeof text) {
			used += (size_t)snprintf(text + used, sizeof text - used, "%s%s",
						 used ? " " : "", w);
		}
	}
	memcpy(hs_text, text, sizeof hs_text);
	memcpy(hs_rule, rule, sizeof hs_rule);
	if (text[0] != '\0')
		f.text = hs_text;
	if (rule[0] != '\0')
		f.rule = hs_rule;
	hs_filter = f;
	hs.n = 0;
	hs.n_cached = 0;
	hs.cache_at = 0;
	if (session_list_size(tui.store, &f, &n, &hs.max_id, &err) != 0)
		tui_error("History: %s", err.msg);
	else
		hs.n = (size_t)n;
	hs.stale = 0;
}

void history_open(int resume_mode)
{
	hs.resume_mode = resume_mode;
	hs.outcome = resume_mode ? SESSION_IN_PROGRESS : -1;
	hs.editing = 0;
	hs.list.sel = hs.list.top = 0;
	input_set(&hs.filter, "");
	load();
	if (resume_mode && hs.n == 0)
		tui_msg("No session is in progress: n on the menu starts one.");
	tui_push(SCR_HISTORY);
}

/* The ID column as wide as the widest id listed (at least 3), so that
 * the columns after it stay put past session 999 (as `kbwiz history`). */
static int id_cols(void)
{
	char id[24];
	int n = hs.n > 0 ? snprintf(id, sizeof id, "%lld", (long long)hs.max_id) : 0;

	return n > 3 ? n : 3;
}

static void history_row(void *ctx, int i, int y, int selected)
{
	const struct session_summary *s = row_at(i);
	char outcome[40], when[20], line[1024];

	if (s == NULL)
		return;
	if (s->state == SESSION_IN_PROGRESS)
		snprintf(outcome, sizeof outcome, "in progress %d/%d", (int)s->step,
			 SESSION_N_STEPS);
	else
		snprintf(outcome, sizeof outcome, "%s", session_state_name(s->state));
	/* The time of day too: two sessions of one day differ. */
	snprintf(when, sizeof when, "%.10s %.5s", s->created,
		 strlen(s->created) > 11 ? s->created + 11 : "");
	snprintf(line, sizeof line, "%*lld  %-16.16s  %-7.7s  %-18.18s  %-7.7s  %s",
		 *(const int *)ctx, (long long)s->id, when, s->technician, s->label,
		 s->rule[0] ? s->rule : "-", outcome);
	list_row(y, 1, tui.cols - 2, line, selected, !hs.editing);
}

static void history_draw(void)
{
	int top = 5, h = tui.rows - top - 3, w = id_cols();
	char line[1024];

	ui_title(hs.resume_mode ? "kbwiz - resume a session" : "kbwiz - history",
		 "Sessions, newest first");
	ui_text(2, 2, 8, "Filter:", hs.editing ? ui_attr(UI_HEADING) : (int)A_NORMAL);
	input_draw(&hs.filter, 2, 10, tui.cols - 40, hs.editing);
	snprintf(line, sizeof line, "outcome: %s",
		 hs.outcome < 0 ? "any" : session_state_name((enum session_state)hs.outcome));
	ui_text(2, tui.cols - 28, 27, line, (int)A_NORMAL);
	snprintf(line, sizeof line, "%zu session%s   (words, rule:ID, outcome:resolved; o cycles)",
		 hs.n, hs.n == 1 ? "" : "s");
	ui_text(3, 2, tui.cols - 4, line, ui_attr(UI_DIM));
	snprintf(line, sizeof line, "  %*s  Started (UTC)     Techn.   Machine / case      Rule     Outcome",
		 w, "#");
	ui_text(4, 1, tui.cols - 2, line, ui_attr(UI_HEADING));
	/* h rows of sessions and the list's position under them. */
	list_draw(&hs.list, top, h + 1, (int)hs.n, history_row, &w);
	if (hs.n == 0)
		ui_text(top, 4, tui.cols - 8, "No sessions match.", ui_attr(UI_DIM));
	if (hs.editing)
		ui_keys("Type the filter  Enter apply  Esc cancel  F1 help");
	else if (hs.resume_mode)
		ui_keys("Up/Down move  Enter resume  v read  x export  / filter  d delete  Esc back");
	else
		ui_keys("Enter read  r resume  x export  / filter  o outcome  d delete  Esc back");
}

static void delete_selected(void)
{
	struct kb_error err = { "" };
	const struct session_summary *at = row_at(hs.list.sel);
	struct session_summary row;
	const struct session_summary *s = &row;
	char q[256];
	long long id;

	if (at == NULL)
		return;
	/* A copy: the confirmation's redraw may read another page. */
	row = *at;
	id = (long long)s->id;
	snprintf(q, sizeof q, "Delete session #%lld (%.60s) for good?", id, s->label);
	if (!ui_confirm(q))
		return;
	if (tui.session != NULL && session_id(tui.session) == s->id)
		tui_set_session(NULL);
	if (session_delete(tui.store, s->id, &err) != 0) {
		tui_error("Delete: %s", err.msg);
		return;
	}
	tui_msg("Session #%lld deleted.", id);
	load();
}

static void session_evidence_open(int64_t id);

static enum key_result history_key(int key)
{
	int64_t sel_id;

	if (hs.editing) {
		if (key == TK_ENTER) {
			hs.editing = 0;
			hs.list.sel = hs.list.top = 0;
			load();
		} else if (key == TK_ESC) {
			hs.editing = 0;
		} else {
			input_key(&hs.filter, key);
		}
		return KR_HANDLED;
	}
	if (list_key(&hs.list, key, (int)hs.n, LIST_PAGE))
		return KR_HANDLED;
	switch (key) {
	case '/':
		hs.editing = 1;
		return KR_HANDLED;
	case 'o':
		hs.outcome = hs.outcome >= SESSION_ABANDONED ? -1 : hs.outcome + 1;
		hs.list.sel = hs.list.top = 0;
		load();
		return KR_HANDLED;
	case TK_ESC:
	case 'q':
		return KR_POP;
	}
	if (hs.n == 0 || row_at(hs.list.sel) == NULL)
		return KR_IGNORED;
	sel_id = row_at(hs.list.sel)->id;
	switch (key) {
	case TK_ENTER:
		if (hs.resume_mode)
			tui_resume_session(sel_id);
		else
			session_view_open(sel_id);
		hs.stale = 1;
		break;
	case 'v':
		session_view_open(sel_id);
		break;
	case 'r':
		tui_resume_session(sel_id);
		hs.stale = 1;
		break;
	case 'd':
	case TK_DELETE:
		delete_selected();
		break;
	case 'x':
		export_dialog(sel_id);
		break;
	case 'e':
		session_evidence_open(sel_id);
		break;
	default:
		return KR_IGNORED;
	}
	return KR_HANDLED;
}

/* Back from a session read or resumed: the list is loaded again here,
 * before the draw. */
static void history_sync(void)
{
	if (hs.stale)
		load();
}


const struct screen screen_history = {
	"History",
	history_draw,
	history_key,
	"Every session, newest first: date, technician, machine or case, the\n"
	"rule chosen and the outcome.\n"
	"  Up/Down, PgUp/PgDn  move\n"
	"  Enter            read the session (in Resume: resume it)\n"
	"  r                resume a session in progress at its step\n"
	"  v                read the session\n"
	"  /                type a filter, Enter applies it: words match the\n"
	"                   technician, case and notes; rule:Q262832 the chosen\n"
	"                   rule; outcome:resolved (in-progress, not-resolved,\n"
	"                   abandoned) the outcome\n"
	"  o                cycle the outcome filter\n"
	"  x                export the session's report: asks the format (md,\n"
	"                   html, json, txt) and the path (Tab completes; the\n"
	"                   offered name is in the current directory); never\n"
	"                   replaces a file without asking\n"
	"  d                delete the session (asks first)\n"
	"  Esc              back\n",
	history_sync,
};

/* ---- one session, read-only ------------------------------------------------ */

static struct {
	int64_t id;
	int in_progress;
	struct tbuf text;
} sv;

static int add_record(void *ctx, const struct session_record *r)
{
	(void)ctx;
	tbuf_line(&sv.text, 0, 34);
	tbuf_putf(&sv.text, ui_attr(UI_DIM), "  %.19s ", r->at);
	tbuf_putf(&sv.text, 0, "%d %-9s ", (int)r->step, r->kind != NULL ? r->kind : "");
	tbuf_put(&sv.text, 0, r->text != NULL ? r->text : "");
	return 0;
}

static void heading(const char *title)
{
	tbuf_line(&sv.text, 0, 0);
	tbuf_line(&sv.text, ui_attr(UI_HEADING), 0);
	tbuf_put(&sv.text, 0, title);
}

static void build_view(struct session *s)
{
	struct kb_error err = { "" };
	const struct session_case *c = session_get_case(s);
	const struct evidence_set *ev = session_evidence(s);
	const struct diagnosis *d = session_diagnosis(s);
	struct session_question qs[128];
	struct session_fix fixes[64];
	size_t i, k, n;

	tbuf_clear(&sv.text);
	tbuf_linef(&sv.text, ui_attr(UI_HEADING), 0, "Session #%lld: %s, at step %d of %d (%s)",
		   (long long)session_id(s), session_state_name(session_state(s)),
		   (int)session_step(s), SESSION_N_STEPS, session_step_name(session_step(s)));
	heading("1 Case details");
	tbuf_linef(&sv.text, 0, 18, "  Technician:     %s", c->technician);
	tbuf_linef(&sv.text, 0, 18, "  Machine/case:   %s", c->label);
	tbuf_linef(&sv.text, 0, 18, "  Notes:          %s", c->notes);
	heading("2 Symptoms");
	n = session_n_candidates(s);
	tbuf_line(&sv.text, 0, 18);
	tbuf_put(&sv.text, 0, "  Candidates:     ");
	if (n == 0)
		tbuf_put(&sv.text, 0, "none");
	for (i = 0; i < n; i++)
		tbuf_putf(&sv.text, 0, "%s%s", i ? ", " : "", session_candidate(s, i));
	n = session_questions(s, qs, 128);
	if (n > 128)
		n = 128;
	for (i = 0; i < n; i++)
		tbuf_linef(&sv.text, 0, 10, "  %-6s %s: %s",
			   qs[i].answer == 1 ? "yes" : qs[i].answer == 0 ? "no" : "-",
			   qs[i].rule_id, qs[i].text);
	heading("3 Evidence");
	if (ev == NULL || ev->n == 0)
		tbuf_linef(&sv.text, 0, 2, "  none");
	for (i = 0; ev != NULL && i < ev->n; i++)
		tbuf_linef(&sv.text, 0, 10, "  %-6s %s%s%s%s", evidence_kind_name(ev->files[i].kind),
			   ev->files[i].path, ev->files[i].found_as ? " (found as " : "",
			   ev->files[i].found_as ? ev->files[i].found_as : "",
			   ev->files[i].found_as ? ")" : "");
	for (i = 0; d != NULL && i < d->n_files; i++)
		tbuf_linef(&sv.text, d->files[i].ok ? ui_attr(UI_DIM) : ui_attr(UI_FAIL), 10,
			   "  %s %s: %s", d->files[i].ok ? "read" : "NOT READ", d->files[i].path,
			   d->files[i].ok ? (d->files[i].detail ? d->files[i].detail : "")
			   : (d->files[i].error ? d->files[i].error : ""));
	heading("4-5 Findings");
	if (d == NULL || d->n_rules == 0)
		tbuf_linef(&sv.text, 0, 2, "  none recorded");
	for (i = 0; d != NULL && i < d->n_rules; i++) {
		const struct diag_rule *dr = &d->rules[i];
		if (!dr->diagnosed && dr->score <= 0 && !dr->checks_run)
			continue;
		if (dr->applies == DIAG_NOT_APPLICABLE)
			continue;
		tbuf_linef(&sv.text, dr->verdict == VERDICT_CONFIRMED ? ui_attr(UI_HEADING) : 0, 6,
			   "  %s %s (score %.1f): %s%s%s", dr->verdict == VERDICT_CONFIRMED ? "CONFIRMED" :
			   dr->verdict == VERDICT_NONE ? "considered" : diag_verdict_name(dr->verdict),
			   dr->rule->id, dr->score, dr->why ? dr->why : "",
			   dr->verdict_note != NULL ? "; " : "",
			   dr->verdict_note != NULL ? dr->verdict_note : "");
		for (k = 0; dr->checks_run && k < dr->rule->n_checks; k++) {
			const struct check_result *cr = &dr->checks[k];
			tbuf_line(&sv.text, 0, 14);
			tbuf_put(&sv.text, 0, "    ");
			tbuf_put(&sv.text, ui_check_style(cr->status), ui_check_symbol(cr->status));
			tbuf_putf(&sv.text, 0, " %s: %s", dr->rule->checks[k].id,
				  cr->detail ? cr->detail : check_status_name(cr->status));
		}
	}
	/* The service doctor's, as recorded: kbwiz's own, said so. */
	if (session_service_doctor(s) != NULL) {
		const struct svd_report *sd = session_service_doctor(s);
		for (i = 0; i < sd->n; i++)
			tbuf_linef(&sv.text, sd->v[i].verdict == VERDICT_CONFIRMED ? ui_attr(UI_HEADING) : 0,
				   6, "  %s service doctor (kbwiz's own reasoning, not an article's): %s",
				   sd->v[i].verdict == VERDICT_CONFIRMED ? "CONFIRMED" :
				   diag_verdict_name(sd->v[i].verdict), sd->v[i].summary);
		if (sd->error != NULL)
			tbuf_linef(&sv.text, ui_attr(UI_DIM), 6, "  service doctor: could not run: %s",
				   sd->error);
	}
	heading("6 Remediation");
	tbuf_linef(&sv.text, 0, 2, "  Rule chosen: %s",
		   session_chosen(s) != NULL ? session_chosen(s) : "none");
	n = session_fixes(s, fixes, 64);
	if (n > 64)
		n = 64;
	for (i = 0; i < n; i++)
		tbuf_linef(&sv.text, 0, 14, "  %-8s %s%s%s", fix_status_name(fixes[i].status),
			   fixes[i].fix->id, fixes[i].note && fixes[i].note[0] ? ": " : "",
			   fixes[i].note ? fixes[i].note : "");
	heading("7 Summary");
	tbuf_linef(&sv.text, 0, 2, "  Outcome: %s%s%s", session_state_name(session_state(s)),
		   session_outcome_note(s) && session_outcome_note(s)[0] ? ": " : "",
		   session_outcome_note(s) ? session_outcome_note(s) : "");
	heading("Timeline");
	if (session_timeline(tui.store, session_id(s), add_record, NULL, &err) != 0)
		tbuf_linef(&sv.text, ui_attr(UI_ERROR), 2, "  %s", err.msg);
}

/* e: the evidence explorer over a recorded session's files. */
static void session_evidence_open(int64_t id)
{
	struct kb_error err = { "" };
	struct session *s = NULL;
	char where[64];

	if (session_open(tui.store, id, &s, &err) != 0) {
		tui_error("Session #%lld: %s", (long long)id, err.msg);
		return;
	}
	snprintf(where, sizeof where, "session #%lld", (long long)id);
	evidence_view_open(session_evidence(s), where);
	session_close(s);
}

void session_view_open(int64_t id)
{
	struct kb_error err = { "" };
	struct session *s = NULL;

	if (session_open(tui.store, id, &s, &err) != 0) {
		tui_error("Session #%lld: %s", (long long)id, err.msg);
		return;
	}
	sv.id = id;
	sv.in_progress = session_state(s) == SESSION_IN_PROGRESS;
	build_view(s);
	session_close(s);
	tui_push(SCR_SESSION_VIEW);
}

static void view_draw(void)
{
	char right[64];

	snprintf(right, sizeof right, "Session #%lld (read-only)", (long long)sv.id);
	ui_title("kbwiz - history", right);
	viewer_page_draw(&sv.text);
	ui_keys(sv.in_progress ? "PgUp/PgDn scroll  / search  r resume  x export  e evidence  Esc back"
		: "PgUp/PgDn scroll  / search  n/N  x export  e evidence  Esc back");
}

static enum key_result view_key(int key)
{
	if (key == 'x') {
		export_dialog(sv.id);
		return KR_HANDLED;
	}
	if (key == 'e') {
		session_evidence_open(sv.id);
		return KR_HANDLED;
	}
	if (key == 'r') {
		if (sv.in_progress)
			tui_resume_session(sv.id);
		else
			tui_error("This session is finished: it can be read, not resumed.");
		return KR_HANDLED;
	}
	return viewer_page_key(&sv.text, key);
}

const struct screen screen_session_view = {
	"Session",
	view_draw,
	view_key,
	"One session as it was recorded, read-only: the case, the candidates and\n"
	"answers, the evidence, the findings, the remediation steps, the outcome\n"
	"and the timeline of everything that was done.\n"
	"  Up/Down, PgUp/PgDn, Space, b  scroll\n"
	"  r                resume it (sessions in progress only)\n"
	"  x                export its report (md, html, json or txt)\n"
	"  e                the evidence explorer over its files\n"
	"  Esc              back to the list\n",
	NULL,   /* no sync: nothing to reload */
};
