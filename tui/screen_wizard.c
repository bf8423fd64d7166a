/* screen_wizard.c: the seven-step wizard around the open session.  The
 * engine says which step we are on and whether Next may go on (and why
 * not); this file draws the frame (step bar, Back/Next, key line) and
 * hands the rest to the step's own file (step_*.c). */
#include "wizard.h"

#include <stdio.h>
#include <string.h>

static const struct step_ops *const steps[SESSION_N_STEPS + 1] = {
	NULL,
	&step_case,
	&step_symptoms,
	&step_evidence,
	&step_registry,
	&step_diagnosis,
	&step_remediation,
	&step_summary,
};

static int shown_step;
static unsigned shown_gen;

int wizard_failed(int rc, const struct kb_error *err, const char *what)
{
	if (rc != 0)
		tui_error("%s: %s", what, err->msg[0] != '\0' ? err->msg : "failed");
	return rc;
}

const struct diag_rule *wizard_rule(const char *id)
{
	const struct diagnosis *d = session_diagnosis(tui.session);

	return d != NULL && id != NULL ? diagnosis_find(d, id) : NULL;
}

int wizard_is_candidate(const char *rule_id)
{
	size_t i, n = session_n_candidates(tui.session);

	for (i = 0; i < n; i++) {
		const char *c = session_candidate(tui.session, i);
		if (c != NULL && strcmp(c, rule_id) == 0)
			return 1;
	}
	return 0;
}

static const struct step_ops *current_step(void)
{
	int s = (int)session_step(tui.session);

	if (s < 1 || s > SESSION_N_STEPS)
		s = 1;
	return steps[s];
}

/* Before a draw: leave when the session is gone; a step that became
 * current (or a session that changed) loads its state here, never in
 * draw. */
static void wizard_sync(void)
{
	int s;

	if (tui.session == NULL) {
		tui_pop();
		return;
	}
	s = (int)session_step(tui.session);
	if (s < 1 || s > SESSION_N_STEPS)
		s = 1;
	if (s != shown_step || shown_gen != tui.session_gen) {
		shown_step = s;
		shown_gen = tui.session_gen;
		steps[s]->enter();
	}
}

/* The step bar: " 1 Case [2 Symptoms] 3 Log ...".  Names are cut to
 * their first word, and to numbers alone when even that does not fit. */
static int step_bar(int y, int cur, int words, int draw)
{
	int x = 1, s;
	char label[64];

	for (s = 1; s <= SESSION_N_STEPS; s++) {
		int attr = s == cur ? ui_attr(UI_SELECTED) : (s < cur ? (int)A_NORMAL : ui_attr(UI_DIM));
		const char *name = session_step_name((enum session_step)s);
		int len = words || s == cur ? (int)strcspn(name, " ") : 0;
		snprintf(label, sizeof label, s == cur ? "[%d %.*s]" : (len ? " %d %.*s " : " %d "),
			 s, len, name);
		if (draw)
			ui_text(y, x, tui.cols - x - 1, label, attr);
		x += (int)strlen(label);
	}
	return x;
}

static void draw_step_bar(int y, int cur)
{
	step_bar(y, cur, step_bar(y, cur, 1, 0) < tui.cols - 1, 1);
}

static void wizard_draw(void)
{
	const struct step_ops *st;
	char left[512], right[128];
	int step, top = 4, bottom = tui.rows - 3;

	if (tui.session == NULL) {
		screen_menu.draw();
		return;
	}
	st = current_step();
	step = (int)session_step(tui.session);
	snprintf(left, sizeof left, "kbwiz - session #%lld  %s",
		 (long long)session_id(tui.session), session_get_case(tui.session)->label);
	snprintf(right, sizeof right, "Step %d of %d", step, SESSION_N_STEPS);
	ui_title(left, right);
	draw_step_bar(1, step);
	ui_textf(2, 1, tui.cols - 2, ui_attr(UI_HEADING), "Step %d of %d: %s", step,
		 SESSION_N_STEPS, session_step_name((enum session_step)step));
	ui_hline(3, 0, tui.cols);
	st->draw(top, bottom - top);
	/* The buttons; the keys are the real interface, the buttons say
	 * which they are. */
	if (session_read_only(tui.session)) {
		/* Finished on the summary step, kept for its export. */
		ui_text(bottom, tui.cols - 18, 17, "[ Menu (Enter) ]", A_BOLD);
		ui_keys("x export the report  Enter or Esc back to the menu  F1 help");
		return;
	}
	{
		/* The key named is one this terminal has (^N on a vt100). */
		char next[64], back[64];
		int w;
		snprintf(next, sizeof next, "[ %s (%s) ]", step == SESSION_N_STEPS ? "Finish" :
			 "Next >", ui_key_name(TK_PGDN));
		snprintf(back, sizeof back, "[ < Back (%s) ]", ui_key_name(TK_PGUP));
		w = (int)strlen(next);
		if (step > 1)
			ui_text(bottom, 1, 20, back, A_BOLD);
		ui_text(bottom, tui.cols - w - 1, w, next, A_BOLD);
	}
	ui_keys(st->keys);
}

static void wizard_next(const struct step_ops *st)
{
	struct kb_error err = { "" };
	char reason[512] = "";

	if (st->leave != NULL && st->leave() != 0)
		return;
	if (session_step(tui.session) == STEP_SUMMARY) {
		/* The summary's own Finish does the closing. */
		st->key(TK_PGDN);
		return;
	}
	if (!session_can_advance(tui.session, reason, sizeof reason)) {
		tui_error("Next: %s", reason[0] != '\0' ? reason : "not yet");
		return;
	}
	if (session_next(tui.session, &err) != 0)
		tui_error("Next: %s", err.msg);
}

static void wizard_back(const struct step_ops *st)
{
	struct kb_error err = { "" };

	if (session_step(tui.session) == STEP_CASE) {
		tui_msg("This is the first step.");
		return;
	}
	if (st->leave != NULL && st->leave() != 0)
		return;
	if (session_back(tui.session, &err) != 0)
		tui_error("Back: %s", err.msg);
}

static enum key_result wizard_key(int key)
{
	const struct step_ops *st;
	enum key_result r;

	if (tui.session == NULL)
		return KR_POP;
	st = current_step();
	if (key == TK_PGDN || key == TK_F(10) || key == TK_CTRL('n')) {
		wizard_next(st);
		return KR_HANDLED;
	}
	if (key == TK_PGUP || key == TK_F(9) || key == TK_CTRL('p')) {
		wizard_back(st);
		return KR_HANDLED;
	}
	if (key == TK_F(4)) {
		char where[64];
		snprintf(where, sizeof where, "session #%lld", (long long)session_id(tui.session));
		evidence_view_open(session_evidence(tui.session), where);
		return KR_HANDLED;
	}
	r = st->key(key);
	if (r != KR_IGNORED)
		return r;
	if (key == TK_ESC) {
		if (st->leave != NULL)
			st->leave();
		tui_msg("Session #%lld is saved; c on the menu continues it.",
			(long long)session_id(tui.session));
		tui.depth = 1;
		return KR_HANDLED;
	}
	return KR_IGNORED;
}

int wizard_save_typing(void)
{
	const struct step_ops *st;
	int s;

	if (tui.session == NULL || session_read_only(tui.session))
		return 0;
	s = (int)session_step(tui.session);
	/* Only a step whose fields were loaded holds anything typed. */
	if (s < 1 || s > SESSION_N_STEPS || s != shown_step || shown_gen != tui.session_gen)
		return 0;
	st = steps[s];
	return st->leave != NULL ? st->leave() : 0;
}

const struct screen screen_wizard = {
	"Wizard",
	wizard_draw,
	wizard_key,
	"The wizard: seven steps from the case to a summary.  Every answer is\n"
	"saved at once; the session can be left and resumed at any time.\n"
	"  PgDn, F10, ^N    Next step (refused, with the reason, when the step\n"
	"                   is not complete)\n"
	"  PgUp, F9, ^P     Back one step\n"
	"                   (^N and ^P work on terminals without PgUp/PgDn keys)\n"
	"  Esc              back to the main menu (the session stays open)\n"
	"  F4, ^V           the evidence explorer: machine, services, events\n"
	"\n"
	"1 Case details: Tab/Up/Down move between the fields; type to edit.\n"
	"  The typing starts in the first field, the technician.\n"
	"2 Symptoms: type an event ID, error code or words and press Enter;\n"
	"  Tab moves to the results, the known symptoms and the questions;\n"
	"  in the results, typing a letter or digit starts a new search;\n"
	"  Space/Enter adds (or drops) a rule or picks a symptom; y/n answer.\n"
	"  Below the rules, \"Articles in the library\" lists matching KB\n"
	"  articles: Enter reads one in full (i there imports it as a draft).\n"
	"  The selected question or symptom is shown in full below its list.\n"
	"3 Evidence: choose the kind (Left/Right on the Kind line), type a path\n"
	"  (Tab completes file names), Enter adds it (a mounted Windows volume\n"
	"  is searched); Del removes a file; F5 or ^R scans (Esc cancels).\n"
	"  After the scan, what each rule found is listed under the files.\n"
	"4 Registry: the checks run on the hives; F5 or ^R runs them again.\n"
	"  Evidence of several machines (a cluster's nodes): n compares them\n"
	"  node by node, the odd node marked *; a shows every value.\n"
	"5 Diagnosis: Up/Down choose a rule, Enter makes it the one to fix;\n"
	"  Tab moves to the details, Space/b page them.\n"
	"6 Remediation: Up/Down choose a step; d done, s skipped, f failed,\n"
	"  t to do; n writes a note (Enter saves it).\n"
	"  p shows the registry repair of the chosen rule: each key and value\n"
	"  before and after, and the checks that stay manual and why;\n"
	"  a applies it to the offline hive (asks first, naming the hive; a\n"
	"  backup is made beside it; a dirty hive asks a second time);\n"
	"  e exports it as a .reg file (format 4 or 5, a path; Tab completes);\n"
	"  U undoes the last repair (puts the backup back after its SHA-256\n"
	"  check).  Every step is recorded in the session's timeline.\n"
	"7 Summary: r resolved, u not resolved, a abandoned; Tab to the note;\n"
	"  PgDn or Enter finishes the session.  x exports the report (md,\n"
	"  html, json or txt; a path, Tab completes): before finishing, or\n"
	"  after (x asks whether to finish first; the finished session stays\n"
	"  here for more exports until Enter or Esc).\n",
	wizard_sync,
};
