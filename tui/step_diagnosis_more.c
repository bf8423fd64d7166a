/* step_diagnosis_more.c: what the diagnosis step shows beside the ranked
 * rules: the error and warning events no rule explains, with library
 * articles to read (core/unexplained.c), the offer to add the library
 * when it is empty, and a rule's log hits opened in the log view. */
#include "wizard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/logview.h"
#include "kbwiz/msgref.h"
#include "kbwiz/unexplained.h"

#define MAX_HIT_CHOICES 8

static void put_group(struct tbuf *tb, const struct unexplained *u, const struct unx_group *g)
{
	const struct diagnosis *d = session_diagnosis(tui.session);
	char line[1024];
	size_t j;

	unx_group_text(g, d != NULL ? &d->machine : NULL, line, sizeof line);
	tbuf_linef(tb, 0, 4, "  %s", line);
	if (g->error_message != NULL && g->error_from != NULL)
		tbuf_linef(tb, ui_attr(UI_DIM), 5, "    (%s%s)",
			   strncmp(g->error_from, "as worded", 9) == 0 ? "error text " : "",
			   g->error_from);
	for (j = 0; j < g->n_articles; j++) {
		const struct library_hit *a = &g->articles[j];
		tbuf_line(tb, 0, 14);
		tbuf_put(tb, ui_attr(UI_HEADING), "    article ");
		tbuf_putf(tb, 0, "%s %s%s%s%s", a->id, a->title, a->published[0] ? " (" : "",
			  a->published, a->published[0] ? ")" : "");
	}
	if (u->library_articles > 0 && g->n_articles == 0)
		tbuf_linef(tb, ui_attr(UI_DIM), 4, "    no library article quotes this event ID");
}

void dg_unexplained_build(struct tbuf *tb)
{
	const struct diagnosis *d = session_diagnosis(tui.session);
	const struct evidence_set *ev = session_evidence(tui.session);
	struct msgref_table refs = { NULL, 0 };
	struct unexplained *u = NULL;
	struct rule **rules = NULL;
	struct kb_error err = { "" };
	size_t i;
	int rc;

	tbuf_clear(tb);
	tbuf_linef(tb, ui_attr(UI_HEADING), 0, "Events no rule explains");
	if (d == NULL || ev == NULL) {
		tbuf_linef(tb, ui_attr(UI_DIM), 2, "  (no diagnosis yet)");
		return;
	}
	rules = calloc(d->n_rules + 1, sizeof *rules);
	if (rules == NULL) {
		tbuf_linef(tb, ui_attr(UI_ERROR), 2, "  out of memory");
		return;
	}
	for (i = 0; i < d->n_rules; i++)
		rules[i] = d->rules[i].rule;
	if ((rc = msgref_table_add_rules(&refs, rules, d->n_rules)) != 0)
		kb_errorf(&err, rc, "out of memory");
	if (rc != 0 || (rc = unexplained_collect(d, ev, &refs, &u, &err)) != 0 ||
	    (rc = unexplained_suggest(u, tui.store, &err)) != 0) {
		tbuf_linef(tb, ui_attr(UI_ERROR), 2, "  %s", err.msg);
		goto out;
	}
	tbuf_linef(tb, ui_attr(UI_DIM), 2, "  errors and warnings read: %llu, %llu explained by a rule",
		   (unsigned long long)u->events, (unsigned long long)u->explained);
	/* The offer to add the library goes first: the pane is short (the
	 * rule list above it takes its position row too), and the offer must
	 * be in view, not under groups whose times take lines of their own. */
	if (u->library_articles == 0)
		tbuf_linef(tb, ui_attr(UI_HEADING), 2, "  The library is empty: press L to add the KB "
			   "archive (or a folder you choose) and see articles for these events.");
	if (u->n == 0)
		tbuf_linef(tb, 0, 2, "  none%s", u->events == 0 ? " (no event log among the evidence)" : "");
	for (i = 0; i < u->n; i++)
		put_group(tb, u, &u->groups[i]);
	if (u->library_articles > 0)
		tbuf_linef(tb, ui_attr(UI_DIM), 2, "  Articles are from the library, for reading: each "
			   "quotes the event ID or names it with the error code, but no rule checks "
			   "that it fits this machine.");
out:
	unexplained_free(u);
	msgref_table_free(&refs);
	free(rules);
}

void dg_library_add(struct tbuf *tb)
{
	if (library_add_dialog())
		dg_unexplained_build(tb);
}

void dg_open_log_hit(const struct diag_rule *dr)
{
	const struct diag_log_hit *hits[MAX_HIT_CHOICES];
	struct ui_choice ch[MAX_HIT_CHOICES];
	char labels[MAX_HIT_CHOICES][160];
	size_t i, j;
	int n = 0, pick = 0;

	for (i = 0; dr != NULL && i < dr->rule->n_evidence; i++)
		for (j = 0; j < dr->evidence[i].n_hits && n < MAX_HIT_CHOICES; j++)
			hits[n++] = &dr->evidence[i].hits[j];
	if (n == 0) {
		tui_msg("No log line matched this rule: F4 then 4 shows the logs.");
		return;
	}
	if (n > 1) {
		for (i = 0; i < (size_t)n; i++) {
			const char *name = strrchr(hits[i]->file, '/');
			snprintf(labels[i], sizeof labels[i], "%s:%llu: %s",
				 name != NULL ? name + 1 : hits[i]->file,
				 (unsigned long long)hits[i]->line_no, hits[i]->line);
			ch[i].key = i < 9 ? (int)('1' + i) : 0;
			ch[i].label = labels[i];
		}
		pick = ui_choose("Open the log at which line?", ch, n, 0);
		if (pick < 0)
			return;
	}
	{
		const struct diag_log_hit *h = hits[pick];
		char text[LOGVIEW_SEARCH_MAX + 1];
		size_t len = strlen(h->line), off = h->match_off < len ? h->match_off : len;
		size_t mlen = h->match_len < len - off ? h->match_len : len - off;

		if (mlen > LOGVIEW_SEARCH_MAX)
			mlen = LOGVIEW_SEARCH_MAX;
		memcpy(text, h->line + off, mlen);
		text[mlen] = '\0';
		logview_screen_open(h->file, h->line_no, mlen > 0 ? text : NULL);
	}
}
