/* step_registry.c: step 4, the registry checks on the offline hives
 * (session_check_registry): per rule, each check's status with a symbol
 * and a colour, what it expects and what the hive holds.  Evidence from
 * several machines (a cluster's nodes) is also compared node by node (n;
 * step_registry_nodes.c). */
#include "wizard.h"

#include <stdio.h>
#include <string.h>

#include "rule_text.h"
#include "step_registry_nodes.h"

static struct tbuf reg_text;
static int reg_focus_built;
static int show_nodes, show_all;   /* n: the nodes side by side; a: all rows */

/* One check: status symbol, id and what was wrong; then what the rule
 * expects against what the hive holds. */
static void add_check(const struct rule_check *c, const struct check_result *r)
{
	char expect[2048];
	int style = ui_check_style(r->status);

	rule_check_expectation(c, expect, sizeof expect);
	tbuf_line(&reg_text, 0, 13);
	tbuf_put(&reg_text, 0, "  ");
	tbuf_put(&reg_text, style, ui_check_symbol(r->status));
	tbuf_putf(&reg_text, 0, " %s: ", c->id);
	tbuf_put(&reg_text, style, r->detail != NULL && r->detail[0] != '\0' ? r->detail :
		 check_status_name(r->status));
	tbuf_line(&reg_text, 0, 19);
	tbuf_put(&reg_text, ui_attr(UI_DIM), "         expected: ");
	tbuf_put(&reg_text, 0, expect);
	tbuf_line(&reg_text, 0, 19);
	tbuf_put(&reg_text, ui_attr(UI_DIM), "         found:    ");
	tbuf_put(&reg_text, 0, r->found != NULL ? r->found :
		 r->status == CHECK_NOT_CHECKED ? "(not checked)" : "");
	if (r->status == CHECK_FAILED || r->status == CHECK_DAMAGED) {
		tbuf_line(&reg_text, ui_attr(UI_DIM), 19);
		tbuf_putf(&reg_text, 0, "         key:      %s%s%s%s",
			  r->resolved_key != NULL ? r->resolved_key : c->key,
			  r->control_set != NULL ? " (CurrentControlSet = " : "",
			  r->control_set != NULL ? r->control_set : "",
			  r->control_set != NULL ? ")" : "");
	}
}

static void add_rule(const struct diag_rule *dr)
{
	size_t i;
	int counts[4] = { 0, 0, 0, 0 };

	for (i = 0; i < dr->rule->n_checks; i++)
		if ((int)dr->checks[i].status >= 0 && dr->checks[i].status <= CHECK_NOT_CHECKED)
			counts[dr->checks[i].status]++;
	tbuf_line(&reg_text, 0, 0);
	tbuf_line(&reg_text, ui_attr(UI_HEADING), 4);
	tbuf_putf(&reg_text, 0, "%s  %s", dr->rule->id, dr->rule->title);
	tbuf_line(&reg_text, ui_attr(UI_DIM), 4);
	tbuf_putf(&reg_text, 0, "    %d passed, %d failed, %d damaged, %d not checked%s",
		  counts[CHECK_PASSED], counts[CHECK_FAILED], counts[CHECK_DAMAGED],
		  counts[CHECK_NOT_CHECKED],
		  dr->applies == DIAG_APPLIES_UNKNOWN ? "; applicability unknown (no hive)" : "");
	/* After a repair and F5 the rule's standing changes: say so here
	 * rather than let it drop down the ranking without a word. */
	if (dr->verdict == VERDICT_REPAIRED || dr->verdict == VERDICT_CAUSE_NOT_FOUND) {
		tbuf_line(&reg_text, dr->verdict == VERDICT_REPAIRED ? ui_attr(UI_OK) : ui_attr(UI_DIM), 14);
		tbuf_putf(&reg_text, 0, "    verdict: %s%s%s", diag_verdict_name(dr->verdict),
			  dr->verdict_note != NULL ? ": " : "",
			  dr->verdict_note != NULL ? dr->verdict_note : "");
	}
	for (i = 0; i < dr->rule->n_checks; i++)
		add_check(&dr->rule->checks[i], &dr->checks[i]);
}

static void build(void)
{
	const struct diagnosis *d = session_diagnosis(tui.session);
	size_t i, k, n_cand = session_n_candidates(tui.session), n_na = 0;

	tbuf_clear(&reg_text);
	reg_focus_built = 1;
	if (show_nodes && reg_nodes_count() > 0) {
		reg_nodes_build(&reg_text, show_all);
		return;
	}
	show_nodes = 0;
	if (d == NULL || !session_registry_checked(tui.session)) {
		tbuf_linef(&reg_text, ui_attr(UI_DIM), 0,
			   "The registry has not been checked yet: F5 runs the checks.");
		return;
	}
	/* First: with several machines' hives the list below is long. */
	reg_nodes_summary(&reg_text);
	for (i = 0; i < d->n_files; i++) {
		const struct diag_file *f = &d->files[i];
		if (f->kind != EVIDENCE_HIVE)
			continue;
		tbuf_line(&reg_text, 0, 8);
		tbuf_put(&reg_text, f->ok ? 0 : ui_attr(UI_FAIL), f->ok ? "Hive:  " : "Hive NOT READ:  ");
		tbuf_put(&reg_text, 0, f->path);
		tbuf_putf(&reg_text, ui_attr(UI_DIM), "  %s", f->ok ? (f->detail ? f->detail : "") :
			  (f->error ? f->error : ""));
		if (f->hive_dirty)
			tbuf_put(&reg_text, ui_attr(UI_DAMAGED),
				 "  (not cleanly written: changes may sit in its .LOG files)");
	}
	reg_nodes_summary(&reg_text);
	/* The candidates first: they are what the technician suspects. */
	for (k = 0; k < n_cand; k++) {
		const struct diag_rule *dr = wizard_rule(session_candidate(tui.session, k));
		if (dr != NULL && dr->rule->n_checks > 0 && dr->checks_run)
			add_rule(dr);
	}
	for (i = 0; i < d->n_rules; i++) {
		const struct diag_rule *dr = &d->rules[i];
		if (wizard_is_candidate(dr->rule->id) || !dr->checks_run || dr->rule->n_checks == 0)
			continue;
		if (dr->applies == DIAG_NOT_APPLICABLE) {
			n_na++;
			continue;
		}
		add_rule(dr);
	}
	if (n_na > 0) {
		tbuf_line(&reg_text, 0, 0);
		tbuf_linef(&reg_text, ui_attr(UI_HEADING), 0, "Not applicable to this machine");
		for (i = 0; i < d->n_rules; i++) {
			const struct diag_rule *dr = &d->rules[i];
			if (dr->applies != DIAG_NOT_APPLICABLE || wizard_is_candidate(dr->rule->id))
				continue;
			tbuf_line(&reg_text, ui_attr(UI_DIM), 6);
			tbuf_putf(&reg_text, 0, "  %s: %s", dr->rule->id,
				  dr->not_applicable_reason ? dr->not_applicable_reason : "");
		}
	}
}

static void run_checks(void)
{
	struct kb_error err = { "" };

	if (wizard_failed(session_check_registry(tui.session, &err), &err,
			  "Registry checks") == 0) {
		tui_msg("Registry checked; PgDn goes on to the diagnosis.");
		reg_nodes_compute(1);
	}
	build();
}

static void reg_enter(void)
{
	show_nodes = show_all = 0;
	if (!session_registry_checked(tui.session)) {
		run_checks();
	} else {
		reg_nodes_compute(0);
		build();
	}
}

static void reg_draw(int top, int height)
{
	if (!reg_focus_built)
		build();
	tbuf_draw(&reg_text, top, 1, height, tui.cols - 2);
}

static enum key_result reg_key(int key)
{
	if (key == TK_F(5) || key == TK_CTRL('r') || key == 'c') {
		run_checks();
		return 1;
	}
	if (key == 'n') {
		if (reg_nodes_count() == 0) {
			tui_msg("The evidence is one machine's: nothing to compare node by node "
				"(step 3 adds another node's volume).");
			return 1;
		}
		show_nodes = !show_nodes;
		reg_text.top = 0;
		build();
		return 1;
	}
	if (key == 'a' && show_nodes) {
		show_all = !show_all;
		reg_text.top = 0;
		build();
		return 1;
	}
	return tbuf_key(&reg_text, key, tui.rows - 7, tui.cols - 2, 0);
}

const struct step_ops step_registry = {
	reg_enter,
	reg_draw,
	reg_key,
	NULL,
	"Space/b page  F5 check again  n nodes  a all  PgUp Back  PgDn Next  Esc menu",
};
