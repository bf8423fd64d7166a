/* step_diagnosis_svd.c: a service doctor's finding as the diagnosis step
 * shows it (core/svcdoctor.c, recorded by the session): kbwiz's own
 * reasoning from the Service Control Manager's events, labelled so, with
 * its evidence, reasoning and manual steps, and the exact command of the
 * repair kbwiz can make (Start of a disabled service set back), run from
 * a shell: kbwiz fix takes the backup, verifies and undoes it. */
#include "wizard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/svcdoctor.h"

/* A labelled list of the finding's lines; a dependency tree's leading
 * blanks kept as indentation. */
static void put_lines(struct tbuf *tb, const char *label, char *const *v, size_t n)
{
	size_t i, lead;

	if (n == 0)
		return;
	tbuf_linef(tb, ui_attr(UI_HEADING), 0, "%s", label);
	for (i = 0; i < n; i++) {
		lead = strspn(v[i], " ");
		if (lead > 16)
			lead = 16;
		tbuf_line(tb, 0, 2 + (int)lead + 2);
		tbuf_putf(tb, 0, "  %*s", (int)lead, "");
		tbuf_put(tb, 0, v[i] + lead);
	}
}

void dg_svd_detail(struct tbuf *tb, const struct svd_finding *f)
{
	const struct svd_report *r = session_service_doctor(tui.session);
	size_t i;

	tbuf_clear(tb);
	tbuf_linef(tb, ui_attr(UI_HEADING), 2, "Service doctor: kbwiz's own reasoning, not a "
		   "Microsoft article");
	tbuf_line(tb, 0, 9);
	tbuf_put(tb, ui_attr(UI_HEADING), "Verdict: ");
	tbuf_put(tb, f->verdict == VERDICT_CONFIRMED ? ui_attr(UI_FAIL) :
		 f->verdict == VERDICT_REPAIRED ? ui_attr(UI_OK) : 0, diag_verdict_name(f->verdict));
	tbuf_line(tb, 0, 9);
	tbuf_put(tb, ui_attr(UI_HEADING), "Finding: ");
	tbuf_put(tb, 0, f->summary);
	tbuf_line(tb, 0, 9);
	tbuf_put(tb, ui_attr(UI_HEADING), "Service: ");
	tbuf_put(tb, 0, f->service);
	if (strcmp(f->named_as, f->service) != 0) {
		tbuf_put(tb, 0, " (named \"");
		tbuf_put(tb, 0, f->named_as);
		tbuf_put(tb, 0, "\" in the events: ");
		tbuf_put(tb, 0, f->mapping);
		tbuf_put(tb, 0, ")");
	}
	if (f->has_error && f->error_from != NULL) {
		tbuf_line(tb, ui_attr(UI_DIM), 9);
		tbuf_put(tb, 0, "         (error text: ");
		tbuf_put(tb, 0, f->error_from);
		tbuf_put(tb, 0, ")");
	}
	if (r != NULL && !r->configuration)
		tbuf_linef(tb, ui_attr(UI_DIM), 9, "         configuration not available: %s",
			   r->configuration_why != NULL ? r->configuration_why : "no SYSTEM hive");
	put_lines(tb, "Evidence:", f->evidence, f->n_evidence);
	put_lines(tb, "Why:", f->reasoning, f->n_reasoning);
	put_lines(tb, "Steps (kbwiz's advice, not an article's):", f->steps, f->n_steps);
	for (i = 0; i < f->n_start_repairs; i++) {
		char *cmd = svd_fix_command(f->start_repairs[i], r != NULL ? r->hive_path : NULL,
					    session_evidence(tui.session));
		tbuf_linef(tb, ui_attr(UI_HEADING), 0, "Repair kbwiz can make, from a shell "
			   "(shows before/after; --apply writes):");
		tbuf_line(tb, 0, 6);
		tbuf_put(tb, 0, "  ");
		tbuf_put(tb, ui_attr(UI_MATCH), cmd != NULL ? cmd : "(out of memory)");
		free(cmd);
	}
	for (i = 0; i < f->n_articles; i++) {
		tbuf_line(tb, 0, 6);
		tbuf_put(tb, ui_attr(UI_HEADING), "To read: ");
		tbuf_putf(tb, 0, "%s ", f->articles[i].id);
		tbuf_put(tb, 0, f->articles[i].title);
		tbuf_put(tb, ui_attr(UI_DIM), " (library search, no rule checks it)");
	}
}
