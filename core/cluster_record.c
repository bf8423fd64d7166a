/* cluster_record.c: `kbwiz triage --cluster --record` records, beside a
 * session per machine, one session of the whole cluster: the nodes'
 * evidence together, walked as triage walks a machine, so that the
 * wizard's Resume opens the nodes side by side (cluster_nodes.h). */
#include "kbwiz/cluster_nodes.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/session.h"
#include "store_internal.h"

/* Its "triage-cluster" line: the machines as listed, one a line. */
struct find_ctx {
	struct kb_store *store;
	const char *text;
	int hit;
	int64_t found;
};

static int on_line(void *ctx, const struct session_record *r)
{
	struct find_ctx *c = ctx;

	if (strcmp(r->kind, "triage-cluster") == 0 && strcmp(r->text, c->text) == 0)
		c->hit = 1;
	return 0;
}

static int on_session(void *ctx, const struct session_summary *sum)
{
	struct find_ctx *c = ctx;
	struct kb_error ignore;

	c->hit = 0;
	if (session_timeline(c->store, sum->id, on_line, c, &ignore) == 0 && c->hit) {
		c->found = sum->id;
		return 1;
	}
	return 0;
}

/* An in-progress session already recorded for these machines (the run
 * made again after a finished one): its id, or 0. */
static int64_t already_recorded(struct kb_store *store, const char *text)
{
	struct session_filter f = { NULL, NULL, SESSION_IN_PROGRESS, NULL, NULL };
	struct find_ctx c = { store, text, 0, 0 };
	struct kb_error ignore;

	session_list(store, &f, on_session, &c, &ignore);
	return c.found;
}

int cluster_session_record(struct kb_store *store, const int64_t *ids, const char *const *paths,
			   size_t n, int64_t *id_out, struct kb_error *err)
{
	struct session_case kase;
	struct session *s = NULL, *node = NULL;
	char *text = NULL;
	size_t i, j, len = 0, used;
	json_t *cmp = NULL;
	int rc;

	*id_out = 0;
	for (i = 0; i < n; i++)
		len += strlen(paths[i]) + 1;
	if ((text = malloc(len + 1)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	for (i = 0, used = 0; i < n; i++) {
		size_t l = strlen(paths[i]);
		memcpy(text + used, paths[i], l);
		used += l;
		text[used++] = i + 1 < n ? '\n' : '\0';
	}
	if (n == 0)
		text[0] = '\0';
	if ((*id_out = already_recorded(store, text)) != 0) {
		rc = 0;
		goto out;
	}
	/* One transaction: a kill leaves the cluster's session whole or
	 * absent (the engine's own transactions nest as savepoints). */
	if ((rc = store_begin(store, err)) != 0)
		goto out;
	if ((rc = session_new(store, &s, err)) != 0)
		goto fail;
	kase = *session_get_case(s);
	snprintf(kase.label, sizeof kase.label, "cluster of %zu nodes", n);
	snprintf(kase.notes, sizeof kase.notes, "kbwiz triage --cluster --record: the nodes' "
		 "evidence together; step 4 compares them node by node (n)");
	if ((rc = session_note(s, "triage-cluster", text, err)) != 0 ||
	    (rc = session_set_case(s, &kase, err)) != 0 ||
	    (rc = session_next(s, err)) != 0 || (rc = session_next(s, err)) != 0)
		goto fail;
	for (i = 0; i < n; i++) {
		const struct evidence_set *ev;
		if ((rc = session_open(store, ids[i], &node, err)) != 0)
			goto fail;
		ev = session_evidence(node);
		for (j = 0; j < ev->n; j++)
			if ((rc = session_add_evidence(s, ev->files[j].kind, ev->files[j].path, err)) != 0)
				goto fail;
		session_close(node);
		node = NULL;
	}
	if ((rc = session_scan(s, NULL, NULL, err)) != 0 || (rc = session_next(s, err)) != 0 ||
	    (rc = session_check_registry(s, err)) != 0 ||
	    (rc = session_cluster_record(s, store, &cmp, err)) != 0)
		goto fail;
	/* Named by its nodes, as the history lists a machine by its name. */
	if (cmp != NULL) {
		json_t *nd;
		used = (size_t)snprintf(kase.label, sizeof kase.label, "cluster:");
		json_array_foreach(json_object_get(json_object_get(cmp, "cluster"), "nodes"), i, nd)
			if (used < sizeof kase.label)
				used += (size_t)snprintf(kase.label + used, sizeof kase.label - used,
							 "%s %s", i > 0 ? "," : "",
							 json_string_value(json_object_get(nd, "node")));
		if ((rc = session_set_case(s, &kase, err)) != 0)
			goto fail;
	}
	if ((rc = session_next(s, err)) != 0 || (rc = store_commit(store, err)) != 0)
		goto fail;
	*id_out = session_id(s);
	goto out;
fail:
	store_rollback(store);
	*id_out = 0;
out:
	json_decref(cmp);
	session_close(node);
	session_close(s);
	free(text);
	return rc;
}
