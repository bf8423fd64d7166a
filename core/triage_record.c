/* triage_record.c: what earlier `kbwiz triage --record` runs left in the
 * store, so that a run cut short (kill -9, a power cut) is run again
 * without recording a finished machine twice or leaving a half-recorded
 * one looking like work in progress. */
#include <stdlib.h>
#include <string.h>

#include "kbwiz/session.h"
#include "kbwiz/triage.h"

struct found_session {
	int64_t id;
	char *path;        /* from its "triage-start" line */
	int done;          /* it has its "triage-done" line */
};

struct scan_ctx {
	struct found_session *v;
	size_t n;
	int oom;
	struct kb_store *store;
};

struct timeline_ctx {
	char *start;
	int done;
	int oom;
};

static int on_record(void *ctx, const struct session_record *r)
{
	struct timeline_ctx *t = ctx;

	if (strcmp(r->kind, "triage-start") == 0 && t->start == NULL) {
		if ((t->start = strdup(r->text)) == NULL)
			t->oom = 1;
	} else if (strcmp(r->kind, "triage-done") == 0) {
		t->done = 1;
	}
	return 0;
}

static int on_session(void *ctx, const struct session_summary *sum)
{
	struct scan_ctx *c = ctx;
	struct found_session *grown;
	struct timeline_ctx t = { NULL, 0, 0 };
	struct kb_error ignore;

	if (session_timeline(c->store, sum->id, on_record, &t, &ignore) != 0 || t.start == NULL) {
		free(t.start);
		c->oom |= t.oom;
		return 0;
	}
	if ((grown = realloc(c->v, (c->n + 1) * sizeof *grown)) == NULL) {
		free(t.start);
		c->oom = 1;
		return 1;
	}
	c->v = grown;
	grown[c->n].id = sum->id;
	grown[c->n].path = t.start;
	grown[c->n].done = t.done;
	c->n++;
	return 0;
}

int triage_record_scan(struct kb_store *store, struct triage_list *l,
		       size_t *n_done, size_t *n_abandoned, struct kb_error *err)
{
	struct session_filter f = { NULL, NULL, SESSION_IN_PROGRESS, NULL, NULL };
	struct scan_ctx c = { NULL, 0, 0, store };
	size_t i, j;
	int rc;

	*n_done = *n_abandoned = 0;
	if ((rc = session_list(store, &f, on_session, &c, err)) != 0)
		goto out;
	if (c.oom) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	for (i = 0; i < c.n; i++) {
		struct session *s = NULL;
		if (c.v[i].done) {
			/* Newest first: a machine recorded twice keeps the
			 * newest session. */
			for (j = 0; j < l->n; j++) {
				if (l->machines[j].session_id == 0 &&
				    strcmp(l->machines[j].path, c.v[i].path) == 0) {
					l->machines[j].session_id = c.v[i].id;
					(*n_done)++;
					break;
				}
			}
			continue;
		}
		/* Cut short: its findings are partial, so it must not be
		 * picked up as if it were a diagnosis; the machine is
		 * recorded again.  Only machines of this run: another run may
		 * be recording its own right now. */
		for (j = 0; j < l->n; j++)
			if (strcmp(l->machines[j].path, c.v[i].path) == 0)
				break;
		if (j == l->n)
			continue;
		if ((rc = session_open(store, c.v[i].id, &s, err)) != 0)
			goto out;
		rc = session_finish(s, SESSION_ABANDONED,
				    "kbwiz triage --record was cut short before this machine was "
				    "recorded whole; a later run records it again in a new session", err);
		session_close(s);
		if (rc != 0)
			goto out;
		(*n_abandoned)++;
	}
out:
	for (i = 0; i < c.n; i++)
		free(c.v[i].path);
	free(c.v);
	return rc;
}
