/* step_remediation.c: step 6, the chosen rule's steps (session_fixes),
 * each with its status (to do, done, skipped, failed) and a note; for
 * registry steps, whether the failed check makes them needed; for steps
 * by hand, where they fall among the repair's changes (the plan's answer,
 * core/fix_steps.c, as `kbwiz fix` and the .reg file give it).  The
 * registry repair itself (plan, apply, .reg, undo) is screen_fix.c's. */
#include "wizard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/fix.h"

#define MAX_FIXES 64

static struct {
	struct list list;
	int editing_note;
	struct input note;
	struct tbuf detail;
	/* Where each step by hand falls, by its id; none when the plan
	 * does not place them (nothing to repair, no hive). */
	struct { char id[64], where[64]; } placed[MAX_FIXES];
	size_t n_placed;
} rm;

/* Plan the repair (read-only) to place the steps by hand: on entering
 * the step and after an action that changes the hive. */
static void rm_place(void)
{
	struct kb_error err = { "" };
	struct fix_plan *p = NULL;
	struct fix_hand_step *steps = NULL;
	size_t i, n = 0;

	rm.n_placed = 0;
	if (tui.session == NULL || fix_plan_for_session(tui.session, &p, &err) != 0)
		return;
	if (fix_plan_hand_steps(p, &steps, &n) == 0)
		for (i = 0; i < n && rm.n_placed < MAX_FIXES; i++) {
			if (steps[i].fix->id == NULL)
				continue;
			snprintf(rm.placed[rm.n_placed].id, sizeof rm.placed[0].id, "%s",
				 steps[i].fix->id);
			snprintf(rm.placed[rm.n_placed].where, sizeof rm.placed[0].where, "%s",
				 steps[i].where);
			rm.n_placed++;
		}
	free(steps);
	fix_plan_free(p);
}

static void rm_enter(void)
{
	rm.list.sel = rm.list.top = 0;
	rm.editing_note = 0;
	rm_place();
}

/* Where the plan places step f, or NULL. */
static const char *placed_at(const struct session_fix *f)
{
	size_t i;

	for (i = 0; f->fix->id != NULL && i < rm.n_placed; i++)
		if (strcmp(rm.placed[i].id, f->fix->id) == 0)
			return rm.placed[i].where;
	return NULL;
}

static const char *status_tag(enum fix_status s)
{
	switch (s) {
	/* One width for all, so the steps' texts line up. */
	case FIXST_PENDING: return "[to do   ]";
	case FIXST_DONE: return tui.ascii ? "[done    ]" : "[\u2714 done  ]";
	case FIXST_SKIPPED: return "[skipped ]";
	case FIXST_FAILED: return tui.ascii ? "[FAILED  ]" : "[\u2718 FAILED]";
	}
	return "[?]";
}

static int status_style(enum fix_status s)
{
	switch (s) {
	case FIXST_DONE: return ui_attr(UI_OK);
	case FIXST_FAILED: return ui_attr(UI_FAIL);
	case FIXST_SKIPPED: return ui_attr(UI_DIM);
	default: return (int)A_NORMAL;
	}
}

static const char *needed_text(const struct session_fix *f)
{
	if (f->fix->kind != FIX_REGISTRY)
		return f->fix->kind == FIX_LAST_RESORT ? "last resort" : "by hand";
	return f->needed == 1 ? "NEEDED: its check failed" :
	       f->needed == 0 ? "not needed: its check passed" : "registry: not checked";
}

static void build_detail(const struct session_fix *f)
{
	char source[1024];
	/* "last resort" says it already. */
	const char *where = f->fix->kind == FIX_MANUAL ? placed_at(f) : NULL;

	tbuf_clear(&rm.detail);
	tbuf_line(&rm.detail, 0, 0);
	tbuf_put(&rm.detail, ui_attr(UI_HEADING), f->fix->id);
	if (where != NULL)
		tbuf_putf(&rm.detail, 0, "  (%s, %s)", needed_text(f), where);
	else
		tbuf_putf(&rm.detail, 0, "  (%s)", needed_text(f));
	tbuf_line(&rm.detail, 0, 0);
	tbuf_put(&rm.detail, 0, f->fix->text);
	if (f->fix->kind == FIX_REGISTRY && f->fix->check_id != NULL) {
		tbuf_line(&rm.detail, ui_attr(UI_DIM), 0);
		tbuf_putf(&rm.detail, 0, "Repairs the check %s.", f->fix->check_id);
	}
	/* The article's lines, or kbwiz's own advice said as such. */
	rule_cite_describe(&f->fix->cite, session_chosen(tui.session), "advice",
			   source, sizeof source);
	tbuf_line(&rm.detail, ui_attr(UI_DIM), 0);
	tbuf_putf(&rm.detail, 0, "Source: %s", source);
	tbuf_line(&rm.detail, 0, 6);
	tbuf_put(&rm.detail, ui_attr(UI_HEADING), "Note: ");
	tbuf_put(&rm.detail, 0, f->note != NULL && f->note[0] != '\0' ? f->note : "(none; n writes one)");
}

static void fix_row(void *ctx, int i, int y, int sel)
{
	const struct session_fix *f = (const struct session_fix *)ctx + i;
	const char *need = f->fix->kind == FIX_REGISTRY ?
		(f->needed == 1 ? "(needed) " : f->needed == 0 ? "(not needed) " : "(not checked) ") : "";
	char line[1024];

	snprintf(line, sizeof line, "%s %d. %s%s", status_tag(f->status), i + 1, need,
		 f->fix->text);
	list_row(y, 1, tui.cols - 2, line, sel, !rm.editing_note);
	if (!sel)
		ui_text(y, 3, 10, status_tag(f->status), status_style(f->status));
}

static void rm_draw(int top, int height)
{
	struct session_fix fixes[MAX_FIXES];
	size_t n = session_fixes(tui.session, fixes, MAX_FIXES);
	const char *chosen = session_chosen(tui.session);
	int list_h;

	if (n > MAX_FIXES)
		n = MAX_FIXES;
	ui_textf(top, 2, tui.cols - 4, ui_attr(UI_HEADING), "Remediating %s",
		 chosen != NULL ? chosen : "(no rule chosen)");
	if (n == 0) {
		ui_text(top + 2, 4, tui.cols - 8, "This rule has no steps.", ui_attr(UI_DIM));
		return;
	}
	list_h = (int)n < height - 8 ? (int)n : height - 8;
	/* The steps, and the list's position on the row under them. */
	list_draw(&rm.list, top + 1, list_h + 1, (int)n, fix_row, fixes);
	ui_hline(top + 2 + list_h, 0, tui.cols);
	/* Rebuilt each time: a note or status may have changed. */
	build_detail(&fixes[rm.list.sel]);
	tbuf_draw(&rm.detail, top + 3 + list_h, 2, height - 4 - list_h - (rm.editing_note ? 1 : 0),
		  tui.cols - 4);
	if (rm.editing_note) {
		ui_text(top + height - 1, 2, 6, "Note:", ui_attr(UI_HEADING));
		input_draw(&rm.note, top + height - 1, 8, tui.cols - 10, 1);
	}
}

static void set_status(const struct session_fix *f, enum fix_status st, const char *note)
{
	struct kb_error err = { "" };

	if (wizard_failed(session_set_fix(tui.session, f->fix->id, st, note, &err), &err,
			  "Saving the step") == 0)
		tui_msg("%s: %s", f->fix->id, fix_status_name(st));
}

static enum key_result rm_key(int key)
{
	struct session_fix fixes[MAX_FIXES];
	size_t n = session_fixes(tui.session, fixes, MAX_FIXES);
	const struct session_fix *f;

	if (n > MAX_FIXES)
		n = MAX_FIXES;
	if (!rm.editing_note) {
		switch (key) {
		case 'p':
			fix_plan_open();
			return 1;
		case 'a':
			fix_action_apply();
			rm_place();
			return 1;
		case 'e':
			fix_action_export_reg();
			return 1;
		case 'U':
			fix_action_undo();
			rm_place();
			return 1;
		case 'v':
			fix_action_verify();
			return 1;
		}
	}
	if (n == 0)
		return 0;
	if (rm.list.sel >= (int)n)
		rm.list.sel = (int)n - 1;
	f = &fixes[rm.list.sel];
	if (rm.editing_note) {
		if (key == TK_ENTER) {
			set_status(f, f->status, rm.note.buf);
			rm.editing_note = 0;
			return 1;
		}
		if (key == TK_ESC) {
			rm.editing_note = 0;
			tui_msg("Note not changed.");
			return 1;
		}
		input_key(&rm.note, key);
		return 1;
	}
	if (list_key(&rm.list, key, (int)n, 0))
		return 1;
	switch (key) {
	case 'd':
		set_status(f, FIXST_DONE, f->note);
		break;
	case 's':
		set_status(f, FIXST_SKIPPED, f->note);
		break;
	case 'f':
		set_status(f, FIXST_FAILED, f->note);
		break;
	case 't':
		set_status(f, FIXST_PENDING, f->note);
		break;
	case ' ':
		set_status(f, (enum fix_status)((f->status + 1) % 4), f->note);
		break;
	case 'n':
	case TK_ENTER:
		rm.editing_note = 1;
		input_set(&rm.note, f->note);
		break;
	default:
		return 0;
	}
	return 1;
}

/* Leaving the step (or kbwiz ending) with a note half typed: keep it. */
static int rm_leave(void)
{
	struct session_fix fixes[MAX_FIXES];
	size_t n;

	if (!rm.editing_note)
		return 0;
	n = session_fixes(tui.session, fixes, MAX_FIXES);
	if (n > MAX_FIXES)
		n = MAX_FIXES;
	rm.editing_note = 0;
	if (rm.list.sel >= 0 && (size_t)rm.list.sel < n)
		set_status(&fixes[rm.list.sel], fixes[rm.list.sel].status, rm.note.buf);
	return 0;
}

const struct step_ops step_remediation = {
	rm_enter,
	rm_draw,
	rm_key,
	rm_leave,
	"d/s/f/t status  n note  p plan  a apply  v verify  e .reg  U undo",
};
