/* evidence_tabs.c: the Logs tab (each log of the evidence and the lines
 * the session's rules matched in it) and the LastKnownGood tab (core/
 * lkg.c) of the evidence explorer.  Untrusted text goes into the text
 * buffer or list rows, which sanitize it. */
#include "evidence_tabs.h"

#include <stdlib.h>
#include <string.h>

#include "kbwiz/diagnose.h"
#include "kbwiz/hive.h"
#include "kbwiz/lkg.h"
#include "kbwiz/rule_load.h"
#include "kbwiz/strutil.h"

void ev_logs_free(struct ev_log_row *rows, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(rows[i].text);
		free(rows[i].match);
	}
	free(rows);
}

static int push(struct ev_log_row **rows, size_t *n, const char *path, uint64_t line,
		const struct diag_log_hit *h)
{
	struct ev_log_row *v = realloc(*rows, (*n + 1) * sizeof *v), *r;

	if (v == NULL)
		return KB_ENOMEM;
	*rows = v;
	r = &v[(*n)++];
	memset(r, 0, sizeof *r);
	r->path = path;
	r->line = line;
	if (h != NULL) {
		size_t len = strlen(h->line), off = h->match_off < len ? h->match_off : len;
		size_t mlen = h->match_len < len - off ? h->match_len : len - off;
		r->text = kb_strdup(h->line);
		r->match = malloc(mlen + 1);
		if (r->text == NULL || r->match == NULL)
			return KB_ENOMEM;
		memcpy(r->match, h->line + off, mlen);
		r->match[mlen] = '\0';
	}
	return 0;
}

static int cmp_line(const void *a, const void *b)
{
	const struct ev_log_row *x = a, *y = b;

	return x->line < y->line ? -1 : x->line > y->line;
}

/* The hits of the open session's diagnosis in path, once per line. */
static int add_hits(struct ev_log_row **rows, size_t *n, const char *path)
{
	const struct diagnosis *d = tui.session != NULL ? session_diagnosis(tui.session) : NULL;
	size_t first = *n, i, j, k, m;
	int rc = 0;

	for (i = 0; d != NULL && i < d->n_rules && rc == 0; i++)
		for (j = 0; j < d->rules[i].rule->n_evidence && rc == 0; j++)
			for (k = 0; k < d->rules[i].evidence[j].n_hits && rc == 0; k++) {
				const struct diag_log_hit *h = &d->rules[i].evidence[j].hits[k];
				int seen = 0;
				if (strcmp(h->file, path) != 0)
					continue;
				for (m = first; m < *n; m++)
					seen |= (*rows)[m].line == h->line_no;
				if (!seen)
					rc = push(rows, n, path, h->line_no, h);
			}
	if (*n - first > 1)
		qsort(*rows + first, *n - first, sizeof **rows, cmp_line);
	return rc;
}

int ev_logs_build(const struct evidence_set *ev, struct ev_log_row **rows, size_t *n)
{
	size_t i;
	int rc = 0;

	*rows = NULL;
	*n = 0;
	for (i = 0; i < ev->n && rc == 0; i++) {
		if (ev->files[i].kind != EVIDENCE_LOG)
			continue;
		rc = push(rows, n, ev->files[i].path, 0, NULL);
		if (rc == 0)
			rc = add_hits(rows, n, ev->files[i].path);
	}
	return rc;
}

static void put_diffs(struct tbuf *tb, const struct lkg_compare *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		const struct lkg_diff *d = &c->diffs[i];
		if (d->kind == LKG_ONLY_CURRENT || d->kind == LKG_ONLY_LKG) {
			tbuf_linef(tb, ui_attr(UI_FAIL), 4, "  %s  %s", d->name,
				   d->kind == LKG_ONLY_CURRENT ? "only in the current set"
				   : "only in LastKnownGood");
			tbuf_linef(tb, 0, 6, "      %s", d->kind == LKG_ONLY_CURRENT ? d->current : d->lkg);
			continue;
		}
		tbuf_linef(tb, ui_attr(UI_FAIL), 4, "  %s%s  %s", d->kind == LKG_RULE_CHECK ? "rule " : "",
			   d->name, d->field);
		tbuf_linef(tb, 0, 21, "      current        %s", d->current);
		tbuf_linef(tb, 0, 21, "      LastKnownGood  %s", d->lkg);
	}
}

void ev_lkg_build(const struct evidence_set *ev, struct tbuf *tb)
{
	struct kb_error err = { "" };
	struct rule_set set = { NULL, 0 };
	struct lkg_compare *c = NULL;
	struct kb_hive *h = NULL;
	size_t i;

	tbuf_clear(tb);
	for (i = 0; i < ev->n && h == NULL; i++) {
		if (ev->files[i].kind != EVIDENCE_HIVE || hive_open(ev->files[i].path, &h, &err) != 0)
			continue;
		if (strcmp(hive_kind(h), "SYSTEM") != 0) {
			hive_close(h);
			h = NULL;
		}
	}
	if (h == NULL) {
		tbuf_linef(tb, ui_attr(UI_DIM), 2, "  No SYSTEM hive among the evidence: nothing to compare.");
		return;
	}
	if (store_get_rules(tui.store, NULL, &set, &err) != 0)
		tbuf_linef(tb, ui_attr(UI_ERROR), 2, "  rules not compared: %s", err.msg);
	if (lkg_compare(h, set.rules, set.n, &c, &err) != 0) {
		tbuf_linef(tb, ui_attr(UI_ERROR), 2, "  %s", err.msg);
		goto out;
	}
	tbuf_linef(tb, ui_attr(UI_HEADING), 0, "Current %s against LastKnownGood %s", c->current_set,
		   c->lkg_set);
	tbuf_linef(tb, ui_attr(UI_DIM), 2, "  %zu and %zu service keys; the checks of %zu rules; "
		   "Start, Type, ImagePath, DependOnService, DependOnGroup of every service",
		   c->services_current, c->services_lkg, c->rules_compared);
	tbuf_linef(tb, ui_attr(UI_DIM), 2, "  What differs changed after the last boot Windows "
		   "counted as good.");
	tbuf_line(tb, 0, 0);
	if (c->same_set)
		tbuf_linef(tb, 0, 2, "  LastKnownGood is the current control set: nothing to compare.");
	else if (c->n == 0)
		tbuf_linef(tb, ui_attr(UI_OK), 2, "  No difference.");
	else
		tbuf_linef(tb, ui_attr(UI_HEADING), 0, "%zu difference%s", c->n, c->n == 1 ? "" : "s");
	put_diffs(tb, c);
out:
	lkg_compare_free(c);
	rule_set_free(&set);
	hive_close(h);
}
