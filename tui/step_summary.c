/* step_summary.c: step 7, the summary and the outcome (resolved, not
 * resolved, abandoned) with a note; session_finish closes the session.
 * x exports the session's report, before finishing or (x asks) right
 * after: then the finished session stays on this step, read-only, until
 * Enter or Esc goes back to the menu. */
#include "wizard.h"

#include <stdio.h>
#include <string.h>

#define MAX_FIXES 64

static const enum session_state outcomes[3] = {
	SESSION_RESOLVED, SESSION_NOT_RESOLVED, SESSION_ABANDONED,
};

static struct {
	int outcome;         /* index into outcomes */
	int focus_note;
	struct input note;
	struct tbuf text;
} sm;

static void build(void)
{
	const struct session_case *c = session_get_case(tui.session);
	const char *chosen = session_chosen(tui.session);
	/* What was found, not the findings on a hive repaired since. */
	const struct diag_rule *dr = chosen != NULL ?
		diagnosis_find(session_found(tui.session), chosen) : NULL;
	char found[2048];
	struct session_fix fixes[MAX_FIXES];
	size_t n = session_fixes(tui.session, fixes, MAX_FIXES), i, k;
	size_t counts[4] = { 0, 0, 0, 0 };
	const struct evidence_set *ev = session_evidence(tui.session);

	if (n > MAX_FIXES)
		n = MAX_FIXES;
	tbuf_clear(&sm.text);
	tbuf_line(&sm.text, 0, 18);
	tbuf_put(&sm.text, ui_attr(UI_HEADING), "Case:             ");
	tbuf_putf(&sm.text, 0, "%s, technician %s", c->label[0] ? c->label : "(no label)",
		  c->technician[0] ? c->technician : "(none)");
	tbuf_line(&sm.text, 0, 18);
	tbuf_put(&sm.text, ui_attr(UI_HEADING), "Candidates:       ");
	for (k = 0; k < session_n_candidates(tui.session); k++)
		tbuf_putf(&sm.text, 0, "%s%s", k ? ", " : "", session_candidate(tui.session, k));
	tbuf_line(&sm.text, 0, 18);
	tbuf_put(&sm.text, ui_attr(UI_HEADING), "Evidence:         ");
	tbuf_putf(&sm.text, 0, "%zu file%s", ev != NULL ? ev->n : 0,
		  ev != NULL && ev->n == 1 ? "" : "s");
	tbuf_line(&sm.text, 0, 18);
	tbuf_put(&sm.text, ui_attr(UI_HEADING), "Diagnosis:        ");
	if (dr != NULL)
		tbuf_putf(&sm.text, 0, "%s %s (%s, score %.1f)%s%s", dr->rule->id, dr->rule->title,
			  diag_verdict_name(session_final_verdict(tui.session)), dr->score,
			  dr->verdict_note != NULL ? ": " : "",
			  dr->verdict_note != NULL ? dr->verdict_note : "");
	else
		tbuf_put(&sm.text, 0, chosen != NULL ? chosen : "no rule chosen");
	session_findings_line(tui.session, found, sizeof found);
	if (found[0] != '\0') {
		tbuf_line(&sm.text, 0, 18);
		tbuf_put(&sm.text, ui_attr(UI_HEADING), "Findings:         ");
		tbuf_put(&sm.text, 0, found);
	}
	for (i = 0; i < n; i++)
		if (fixes[i].status <= FIXST_FAILED)
			counts[fixes[i].status]++;
	tbuf_line(&sm.text, 0, 18);
	tbuf_put(&sm.text, ui_attr(UI_HEADING), "Remediation:      ");
	tbuf_putf(&sm.text, 0, "%zu steps: %zu done, %zu skipped, %zu failed, %zu to do", n,
		  counts[FIXST_DONE], counts[FIXST_SKIPPED], counts[FIXST_FAILED],
		  counts[FIXST_PENDING]);
	for (i = 0; i < n; i++) {
		tbuf_line(&sm.text, 0, 22);
		tbuf_putf(&sm.text, 0, "    %-8s %s", fix_status_name(fixes[i].status), fixes[i].fix->id);
		if (fixes[i].note != NULL && fixes[i].note[0] != '\0')
			tbuf_putf(&sm.text, ui_attr(UI_DIM), "  note: %s", fixes[i].note);
	}
}

static void sm_enter(void)
{
	/* The engine says which outcome the remediation points to. */
	sm.outcome = session_suggested_outcome(tui.session) == SESSION_RESOLVED ? 0 : 1;
	sm.focus_note = 0;
	/* A note typed before the step was left (or the terminal lost). */
	input_set(&sm.note, session_outcome_note(tui.session));
	build();
}

/* Leaving the step in any way (Back, Esc, q, a signal): keep the note. */
static int sm_leave(void)
{
	struct kb_error err = { "" };

	if (session_state(tui.session) != SESSION_IN_PROGRESS)
		return 0;
	return wizard_failed(session_save_outcome_note(tui.session, sm.note.buf, &err),
			     &err, "saving the note") ? -1 : 0;
}

static void sm_draw(int top, int height)
{
	int i, x = 12, text_h = height - 4;
	static const char *const names[3] = { "Resolved", "Not resolved", "Abandoned" };
	static const char keys[3] = { 'r', 'u', 'a' };

	build();
	tbuf_draw(&sm.text, top, 1, text_h, tui.cols - 2);
	if (session_read_only(tui.session)) {
		const char *note = session_outcome_note(tui.session);
		ui_textf(top + text_h + 1, 2, tui.cols - 4, ui_attr(UI_HEADING),
			 "Finished: %s%s%s", session_state_name(session_state(tui.session)),
			 note != NULL && note[0] != '\0' ? ": " : "", note != NULL ? note : "");
		ui_text(top + text_h + 2, 2, tui.cols - 4,
			"x exports the report again; Enter or Esc goes back to the menu.",
			ui_attr(UI_DIM));
		return;
	}
	ui_text(top + text_h + 1, 2, 10, "Outcome:", sm.focus_note ? (int)A_NORMAL : ui_attr(UI_HEADING));
	for (i = 0; i < 3; i++) {
		char label[64];
		snprintf(label, sizeof label, "(%s) %s [%c]", i == sm.outcome ? "*" : " ", names[i],
			 keys[i]);
		x += ui_text(top + text_h + 1, x, tui.cols - x,
			     label, i == sm.outcome ? (sm.focus_note ? (int)A_BOLD : ui_attr(UI_SELECTED))
			     : (int)A_NORMAL) + 3;
	}
	ui_text(top + text_h + 2, 2, 10, "Note:", sm.focus_note ? ui_attr(UI_HEADING) : (int)A_NORMAL);
	input_draw(&sm.note, top + text_h + 2, 12, tui.cols - 14, sm.focus_note);
}

static void finish(void)
{
	struct kb_error err = { "" };
	enum session_state st = outcomes[sm.outcome];
	long long id = (long long)session_id(tui.session);

	if (wizard_failed(session_finish(tui.session, st, sm.note.buf, &err), &err,
			  "Finishing") != 0)
		return;
	tui_set_session(NULL);
	tui.depth = 1;
	tui_msg("Session #%lld closed: %s.  It is in the History.", id, session_state_name(st));
}

/* Close the finished session that stayed here for its export. */
static void leave_finished(void)
{
	long long id = (long long)session_id(tui.session);
	enum session_state st = session_state(tui.session);

	tui_set_session(NULL);
	tui.depth = 1;
	tui_msg("Session #%lld closed: %s.  It is in the History.", id, session_state_name(st));
}

static const struct ui_choice before_export[3] = {
	{ 'f', "f  finish it now (with the outcome and note above), then export" },
	{ 'o', "o  export it as it stands, still open" },
	{ 'c', "c  cancel" },
};

static void export_key(void)
{
	struct kb_error err = { "" };
	char q[256];
	int c;

	if (session_read_only(tui.session)) {
		export_dialog(session_id(tui.session));
		return;
	}
	snprintf(q, sizeof q, "Export session #%lld: it is still open. Finish it first, so that "
		 "the report has the outcome?", (long long)session_id(tui.session));
	c = ui_choose(q, before_export, 3, 0);
	if (c < 0 || c == 2) {
		tui_msg("Export cancelled.");
		return;
	}
	if (c == 0 && wizard_failed(session_finish(tui.session, outcomes[sm.outcome], sm.note.buf,
						   &err), &err, "Finishing") != 0)
		return;
	export_dialog(session_id(tui.session));
}

static enum key_result sm_key(int key)
{
	if (session_read_only(tui.session)) {
		if (key == 'x')
			export_key();
		else if (key == TK_ENTER || key == TK_PGDN || key == TK_ESC || key == 'q')
			leave_finished();
		else
			return tbuf_key(&sm.text, key, tui.rows - 11, tui.cols - 2, 0);
		return 1;
	}
	if (key == 'x' && !sm.focus_note) {
		export_key();
		return 1;
	}
	if (key == TK_TAB || key == TK_BTAB || (key == TK_DOWN && !sm.focus_note) ||
	    (key == TK_UP && sm.focus_note)) {
		sm.focus_note = !sm.focus_note;
		return 1;
	}
	if (key == TK_PGDN || key == TK_ENTER) {
		finish();
		return 1;
	}
	if (sm.focus_note)
		return input_key(&sm.note, key);
	switch (key) {
	case TK_LEFT:
		sm.outcome = (sm.outcome + 2) % 3;
		return 1;
	case TK_RIGHT:
	case ' ':
		sm.outcome = (sm.outcome + 1) % 3;
		return 1;
	case 'r':
		sm.outcome = 0;
		return 1;
	case 'u':
		sm.outcome = 1;
		return 1;
	case 'a':
		sm.outcome = 2;
		return 1;
	}
	return tbuf_key(&sm.text, key, tui.rows - 11, tui.cols - 2, 0);
}

const struct step_ops step_summary = {
	sm_enter,
	sm_draw,
	sm_key,
	sm_leave,
	"r/u/a outcome  Tab note  x export  Enter/PgDn finish  PgUp Back  Esc menu",
};
