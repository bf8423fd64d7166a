/* screen_fix.c: the registry repair of the open session's chosen rule, as
 * core/fix.c plans, applies, exports and undoes it.  The plan view shows
 * each key and value before and after, and the checks that stay manual
 * and why; the actions (also on keys of step 6) ask before they write and
 * put their outcome on the message line.  The engine records every step
 * in the session's timeline itself. */
#include "tui.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "kbwiz/fix.h"

static struct {
	struct tbuf text;
	char rule[64];
	char last[16384];    /* what the last action did, "" none */
	int last_error;
} fp;

/* ---- the plan as text -------------------------------------------------- */

static void field(const char *name, const char *value, int value_attr)
{
	tbuf_line(&fp.text, 0, 14);
	tbuf_put(&fp.text, ui_attr(UI_DIM), name);
	tbuf_put(&fp.text, value_attr, value);
}

static void build_text(const struct fix_plan *p)
{
	struct fix_hand_step *steps = NULL;
	size_t i, n_steps = 0;

	tbuf_clear(&fp.text);
	tbuf_linef(&fp.text, ui_attr(UI_HEADING), 4, "Repair for %s", p->rule_id);
	if (p->hive_path != NULL) {
		field("  Hive:       ", p->hive_path, 0);
		if (p->control_set != NULL) {
			tbuf_line(&fp.text, 0, 14);
			tbuf_put(&fp.text, ui_attr(UI_DIM), "  Changes in: ");
			tbuf_putf(&fp.text, 0, "%s (the control set the checks read)", p->control_set);
		}
	}
	if (p->stale) {
		tbuf_line(&fp.text, ui_attr(UI_FAIL), 4);
		tbuf_put(&fp.text, 0, "  The hive changed since the checks ran: applying is refused. "
			 "Run the checks again (step 4, F5) to plan on what is there now.");
	}
	if (p->dirty) {
		tbuf_line(&fp.text, ui_attr(UI_DAMAGED), 4);
		tbuf_put(&fp.text, 0, "  The hive is dirty: changes may still sit in its .LOG files. "
			 "Applying asks a second time, because those changes would be lost.");
	}
	tbuf_line(&fp.text, 0, 0);
	tbuf_linef(&fp.text, ui_attr(UI_HEADING), 0, "Changes (%zu)", p->n_changes);
	if (p->n_changes == 0)
		tbuf_linef(&fp.text, ui_attr(UI_DIM), 4, "  Nothing to change%s.",
			   p->n_manual > 0 ? " automatically" : "");
	for (i = 0; i < p->n_changes; i++) {
		const struct fix_change *c = &p->changes[i];
		char value[512];

		tbuf_line(&fp.text, 0, 6);
		tbuf_putf(&fp.text, ui_attr(UI_HEADING), "  %zu. %s", i + 1, fix_change_kind_name(c->kind));
		field("     key:     ", c->key, 0);
		/* HKLM, as regedit's address bar takes it: the long form
		 * would wrap the key in two. */
		if (c->live_key != NULL && strncmp(c->live_key, "HKEY_LOCAL_MACHINE\\", 19) == 0)
			snprintf(value, sizeof value, "HKLM\\%.400s", c->live_key + 19);
		else
			snprintf(value, sizeof value, "%.400s", c->live_key != NULL ? c->live_key : "");
		field("     live:    ", value, ui_attr(UI_DIM));
		if (c->value != NULL) {
			snprintf(value, sizeof value, "%.400s (%s)",
				 c->value[0] != '\0' ? c->value : "(Default)", kb_reg_type_name(c->type));
			field("     value:   ", value, 0);
		}
		field("     before:  ", c->before != NULL ? c->before : "", ui_attr(UI_FAIL));
		field("     after:   ", c->after != NULL ? c->after : "", ui_attr(UI_OK));
		tbuf_line(&fp.text, ui_attr(UI_DIM), 14);
		tbuf_putf(&fp.text, 0, "     for step %s, check %s", c->fix_id != NULL ? c->fix_id : "-",
			  c->check_id != NULL ? c->check_id : "-");
	}
	if (p->n_manual > 0) {
		tbuf_line(&fp.text, 0, 0);
		tbuf_linef(&fp.text, ui_attr(UI_HEADING), 0, "Stays manual (%zu)", p->n_manual);
		for (i = 0; i < p->n_manual; i++) {
			const struct fix_manual *m = &p->manual[i];
			tbuf_line(&fp.text, 0, 6);
			tbuf_putf(&fp.text, 0, "  - %s", m->check_id);
			if (m->fix_id != NULL)
				tbuf_putf(&fp.text, ui_attr(UI_DIM), " (step %s)", m->fix_id);
			tbuf_put(&fp.text, 0, ": ");
			tbuf_put(&fp.text, 0, m->why != NULL ? m->why : "");
		}
	}
	tbuf_line(&fp.text, 0, 0);
	tbuf_linef(&fp.text, ui_attr(UI_DIM), 2, "%zu check%s already pass%s.", p->n_passed,
		   p->n_passed == 1 ? "" : "s", p->n_passed == 1 ? "es" : "");
	/* The rule's steps by hand, placed among the changes as `kbwiz fix`
	 * and the .reg file place them (core/fix_steps.c); under the
	 * summary line, which stays on the first screen. */
	if (fix_plan_hand_steps(p, &steps, &n_steps) == 0 && n_steps > 0) {
		tbuf_line(&fp.text, 0, 0);
		tbuf_linef(&fp.text, ui_attr(UI_HEADING), 0, "By hand (%zu)", n_steps);
		for (i = 0; i < n_steps; i++) {
			char *line = fix_hand_step_line(&steps[i]);
			tbuf_line(&fp.text, 0, 6);
			tbuf_put(&fp.text, 0, "  - ");
			tbuf_put(&fp.text, 0, line != NULL ? line : "(out of memory)");
			free(line);
		}
	}
	free(steps);
	if (p->n_changes > 0)
		tbuf_linef(&fp.text, ui_attr(UI_DIM), 2,
			   "a writes the changes after a backup beside the hive; e writes them as a "
			   ".reg file for the live machine; U undoes the last repair.");
}

/* Plan the session's repair; NULL (with the error shown) when it cannot. */
static struct fix_plan *plan_now(const char *what)
{
	struct kb_error err = { "" };
	struct fix_plan *p = NULL;
	int rc;

	if (tui.session == NULL) {
		tui_error("%s: no session is open.", what);
		return NULL;
	}
	if (session_chosen(tui.session) == NULL) {
		tui_error("%s: choose the rule to fix first (step 5, Enter).", what);
		return NULL;
	}
	rc = fix_plan_for_session(tui.session, &p, &err);
	if (rc != 0) {
		tui_error("%s: %s", what, err.msg[0] != '\0' ? err.msg : "cannot plan the repair");
		return NULL;
	}
	return p;
}

/* After an action, the open plan view shows what is there now. */
static void refresh_view(void)
{
	struct fix_plan *p;
	char msg[sizeof tui.msg];
	int msg_error = tui.msg_error;

	if (tui_current() != SCR_FIX_PLAN)
		return;
	snprintf(msg, sizeof msg, "%s", tui.msg);
	p = plan_now("Repair plan");
	if (p != NULL) {
		build_text(p);
		fix_plan_free(p);
	}
	/* The action's outcome stays on the message line. */
	snprintf(tui.msg, sizeof tui.msg, "%s", msg);
	tui.msg_error = msg_error;
}

static void set_last(int error, const char *text)
{
	snprintf(fp.last, sizeof fp.last, "%s", text);
	fp.last_error = error;
}

void fix_plan_open(void)
{
	struct fix_plan *p = plan_now("Repair plan");

	if (p == NULL)
		return;
	snprintf(fp.rule, sizeof fp.rule, "%s", p->rule_id);
	build_text(p);
	fp.last[0] = '\0';
	tui_msg("Repair plan for %s: %zu change%s, %zu by hand.", p->rule_id, p->n_changes,
		p->n_changes == 1 ? "" : "s", p->n_manual);
	fix_plan_free(p);
	tui_push(SCR_FIX_PLAN);
}

/* ---- verify -------------------------------------------------------------- */

void fix_action_verify(void)
{
	char line[4096];
	int rc = session_verify_chosen(tui.session, line, sizeof line);

	if (rc < 0)
		tui_error("%s", line);
	else if (rc == 0)
		tui_error("%.200s", line);
	else
		tui_msg("%.200s", line);
	set_last(rc != 1, line);
	refresh_view();
}

/* ---- apply --------------------------------------------------------------- */

struct apply_ctx {
	int dirty_declined;
};

/* The core asks once, naming the hive; a dirty hive needs a second yes
 * that says what would be lost. */
static int confirm_apply(void *ctx, const struct fix_plan *plan, const char *question)
{
	struct apply_ctx *ac = ctx;
	char q[5000];

	snprintf(q, sizeof q, "%s\nA backup is made beside it first; U undoes the repair.", question);
	if (!ui_confirm(q))
		return 0;
	/* A dirty hive whose logs were replayed loses nothing: the first
	 * question already says its logs move into the backup set. */
	if (plan->dirty && !plan->recovered) {
		snprintf(q, sizeof q, "%.4000s is DIRTY: changes may still sit in its .LOG files "
			 "(.LOG, .LOG1, .LOG2) and writing it now would LOSE them.\n"
			 "Write it anyway?", plan->hive_path);
		if (!ui_confirm(q)) {
			ac->dirty_declined = 1;
			return 0;
		}
	}
	return 1;
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash != NULL ? slash + 1 : path;
}

void fix_action_apply(void)
{
	struct kb_error err = { "" };
	struct apply_ctx ac = { 0 };
	struct fix_apply_result res;
	struct fix_plan *p = plan_now("Apply");
	char hive[4096], line[12600], check[4096];
	size_t n_manual;
	int force, rc, verified;

	if (p == NULL)
		return;
	if (p->n_changes == 0 || p->hive_path == NULL) {
		tui_msg("Nothing to write: %s%zu check%s stay%s manual (p shows why).",
			p->n_manual > 0 ? "" : "no change is needed; ", p->n_manual,
			p->n_manual == 1 ? "" : "s", p->n_manual == 1 ? "s" : "");
		fix_plan_free(p);
		return;
	}
	snprintf(hive, sizeof hive, "%s", p->hive_path);
	/* Forcing is asked for only when the hive is dirty now; the
	 * confirmation then asks a second time. */
	force = p->dirty;
	n_manual = p->n_manual;
	fix_plan_free(p);
	memset(&res, 0, sizeof res);
	rc = fix_session_apply(tui.session, force, confirm_apply, &ac, NULL, &res, &err);
	if (rc == 0 && res.n_applied > 0) {
		tui_msg("Repaired %s: %zu change%s written; backup %s (U undoes)", base_name(hive),
			res.n_applied, res.n_applied == 1 ? "" : "s", base_name(res.backup_path));
		/* The checks run again at once, so the plan below shows the
		 * hive as it is now rather than a plan for the old one. */
		verified = session_verify_chosen(tui.session, check, sizeof check);
		snprintf(line, sizeof line, "Applied: %zu change%s written to %s.%s Backup: %s\n%s",
			 res.n_applied, res.n_applied == 1 ? "" : "s", hive,
			 n_manual > 0 ? " Some checks stay manual." : "", res.backup_path, check);
		set_last(verified != 1, line);
	} else if (rc == 0) {
		tui_msg("Nothing to write.");
	} else if (rc == KB_ECANCEL && ac.dirty_declined) {
		tui_error("Not written: %s is dirty and writing it was not confirmed.", hive);
		set_last(1, "Not written: the hive is dirty and forcing it was declined.");
	} else if (rc == KB_ECANCEL) {
		tui_msg("Not confirmed: nothing was written to %s.", hive);
	} else if (rc == KB_EREFUSED) {
		tui_error("Refused: %s", err.msg);
		snprintf(line, sizeof line, "Refused: %s", err.msg);
		set_last(1, line);
	} else {
		tui_error("Repair failed (rolled back): %s", err.msg);
		snprintf(line, sizeof line, "Repair failed and was rolled back: %s", err.msg);
		set_last(1, line);
	}
	refresh_view();
}

/* ---- undo ---------------------------------------------------------------- */

void fix_action_undo(void)
{
	struct kb_error err = { "" };
	struct fix_undo_record rec;
	char hive[4096], q[9000], line[9000];
	int restored = 0, rc;

	if (tui.session == NULL)
		return;
	rc = fix_session_hive(tui.session, hive, sizeof hive, &err);
	if (rc == KB_ENOTFOUND) {
		tui_error("Nothing to undo: no repair by this session is recorded beside its hive.");
		return;
	}
	if (rc != 0) {
		tui_error("Undo: %s", err.msg);
		return;
	}
	if (fix_undo_record_read(hive, &rec, &err) != 0) {
		tui_error("Undo: %s", err.msg);
		return;
	}
	snprintf(q, sizeof q, "Undo the repair of %s: put the backup %s back over it? "
		 "The backup's SHA-256 is checked first.", hive, rec.backup_path);
	if (!ui_confirm(q)) {
		tui_msg("Undo not confirmed: nothing changed.");
		return;
	}
	rc = fix_undo(hive, tui.session, 0, &restored, &err);
	if (rc != 0) {
		tui_error("Undo refused: %s", err.msg);
		snprintf(line, sizeof line, "Undo refused: %s", err.msg);
		set_last(1, line);
	} else if (restored) {
		tui_msg("Undone: %s restored from its backup.", hive);
		snprintf(line, sizeof line, "Undone: %s restored from %s.", hive, rec.backup_path);
		set_last(0, line);
	} else {
		tui_msg("%s already is the original: nothing to undo.", hive);
	}
	refresh_view();
}

/* ---- export as .reg ------------------------------------------------------ */

/* "<label or session-N>-<rule>.reg", with only characters every file
 * system and shell take as they are. */
static void default_reg_name(const char *rule_id, char *buf, size_t size)
{
	const char *label = session_get_case(tui.session)->label;
	char safe[48];
	size_t i, n = 0;

	for (i = 0; label[i] != '\0' && n < 40; i++) {
		unsigned char c = (unsigned char)label[i];
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c == '_' || c == '-' || (c == '.' && n > 0))
			safe[n++] = (char)c;
		else if (n > 0 && safe[n - 1] != '-')
			safe[n++] = '-';
	}
	while (n > 0 && (safe[n - 1] == '-' || safe[n - 1] == '.'))
		n--;
	safe[n] = '\0';
	if (n > 0 && strstr(safe, rule_id) != NULL)
		snprintf(buf, size, "%s.reg", safe);
	else if (n > 0)
		snprintf(buf, size, "%s-%s.reg", safe, rule_id);
	else
		snprintf(buf, size, "session-%lld-%s.reg", (long long)session_id(tui.session), rule_id);
}

struct reg_out {
	const struct fix_plan *plan;
	enum regfile_format fmt;
};

static int write_reg(void *ctx, const char *path, int replace, struct kb_error *err)
{
	struct reg_out *ro = ctx;

	/* A file there was replaced only after a yes (ui_ask_path). */
	(void)replace;
	return fix_plan_write_reg(ro->plan, ro->fmt, path, err);
}

void fix_action_export_reg(void)
{
	static const struct ui_choice formats[2] = {
		{ '5', "5  Version 5.00 (Unicode; Windows 2000 and later)" },
		{ '4', "4  REGEDIT4 (ANSI; Windows NT 4.0)" },
	};
	struct fix_plan *p = plan_now("Export .reg");
	struct reg_out ro;
	struct path_ask pa;
	char name[512], q[4400];
	int f, fmt;

	if (p == NULL)
		return;
	if (p->n_changes == 0) {
		tui_msg("No .reg file written: nothing to change automatically.");
		goto out;
	}
	f = ui_choose("Export the repair as a .reg file: which format?", formats, 2, 0);
	if (f < 0) {
		tui_msg("Export cancelled.");
		goto out;
	}
	fmt = f == 0 ? REGFILE_V5 : REGFILE_REGEDIT4;
	default_reg_name(p->rule_id, name, sizeof name);
	ro = (struct reg_out){ p, (enum regfile_format)fmt };
	pa = (struct path_ask){ .title = "Export the repair", .name = name, .write = write_reg,
				.ctx = &ro, .question = "Write the .reg file to (a path; the current "
				"directory when no directory is given):" };
	if (!ui_ask_path(&pa)) {
		tui_msg("Export cancelled.");
		goto out;
	}
	{
		struct kb_error nerr = { "" };
		if (fix_note_reg_export(tui.session, p, (enum regfile_format)fmt, pa.shown, &nerr) != 0)
			tui_error("Recording the export: %s", nerr.msg);
	}
	tui_msg("Wrote %s (%s); import it on the live machine.", pa.shown,
		fmt == REGFILE_V5 ? "version 5.00" : "REGEDIT4");
	snprintf(q, sizeof q, "Exported: %.4000s (%s, paths under CurrentControlSet for the live machine).",
		 pa.shown, fmt == REGFILE_V5 ? "version 5.00, UTF-16LE" : "REGEDIT4, ANSI");
	set_last(0, q);
out:
	fix_plan_free(p);
}

/* ---- the plan view ------------------------------------------------------- */

static int note_rows(void)
{
	return fp.last[0] != '\0' ? ui_text_rows(fp.last, tui.cols - 4) : 0;
}

static void plan_draw(void)
{
	int rows = note_rows(), h;

	if (rows > 6)
		rows = 6;
	h = tui.rows - 4 - (rows > 0 ? rows + 1 : 0);
	ui_title("kbwiz - repair plan", fp.rule);
	tbuf_draw(&fp.text, 2, 1, h, tui.cols - 2);
	if (rows > 0)
		ui_text_wrapped(2 + h, 2, tui.cols - 4, rows, fp.last,
				fp.last_error ? ui_attr(UI_ERROR) : ui_attr(UI_HEADING));
	ui_keys("a apply  v verify  e .reg  U undo  / search  Esc back  F1 help");
}

static enum key_result plan_key(int key)
{
	int rows = note_rows() > 6 ? 6 : note_rows();

	switch (key) {
	case TK_ESC:
	case 'q':
		return KR_POP;
	case 'a':
		fix_action_apply();
		return KR_HANDLED;
	case 'e':
		fix_action_export_reg();
		return KR_HANDLED;
	case 'U':
		fix_action_undo();
		return KR_HANDLED;
	case 'v':
		fix_action_verify();
		return KR_HANDLED;
	}
	return viewer_key(&fp.text, key, tui.rows - 4 - (rows > 0 ? rows + 1 : 0), tui.cols - 2);
}

const struct screen screen_fix_plan = {
	"Repair plan",
	plan_draw,
	plan_key,
	"The registry repair of the chosen rule, as it would be written to the\n"
	"offline hive: for each key and value, how it is now (before) and how it\n"
	"will be (after); the checks that stay manual, and why.  Nothing is\n"
	"removed or reordered.\n"
	"  Up/Down, PgUp/PgDn, Space, b  scroll\n"
	"  a                apply: asks first, naming the hive; a backup is made\n"
	"                   beside it, the written hive is checked before it\n"
	"                   replaces the old one.  Refused (with the reason) when\n"
	"                   the hive changed since the checks or cannot be\n"
	"                   written; a dirty hive asks a second time, because\n"
	"                   changes in its .LOG files would be lost\n"
	"  v                verify: run the registry checks again on the hive as\n"
	"                   it is now and say whether the rule is fixed\n"
	"                   (\"fixed: 3 of 3 checks pass now\") or what still\n"
	"                   fails; applying does this by itself\n"
	"  e                export the repair as a .reg file (format 4 or 5)\n"
	"  U                undo the last repair: put the backup back (its\n"
	"                   SHA-256 is checked first)\n"
	"  Esc              back to the remediation step\n",
	NULL,   /* no sync: nothing to reload */
};
