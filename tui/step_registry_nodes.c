/* step_registry_nodes.c: the nodes of a cluster side by side in the
 * registry step, as `kbwiz triage --cluster` prints them: each registry
 * value the rules check, what every node holds, the node that differs
 * from the others marked.  The comparison is the engine's
 * (session_cluster_compare); this only lays it out. */
#include "step_registry_nodes.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "kbwiz/cluster_nodes.h"
#include "wizard.h"

static json_t *cmp;             /* the last comparison, or NULL */
/* What it was made of: each node is diagnosed again (its event logs
 * read), so coming back to the step does not redo it; F5 does. */
static unsigned cmp_gen;
static int64_t cmp_session;
static size_t cmp_files;

void reg_nodes_compute(int record)
{
	struct kb_error err = { "" };
	size_t n_files = tui.session != NULL ? session_evidence(tui.session)->n : 0;
	int rc;

	if (!record && tui.session != NULL && cmp_gen == tui.session_gen &&
	    cmp_session == session_id(tui.session) && cmp_files == n_files)
		return;
	json_decref(cmp);
	cmp = NULL;
	cmp_session = 0;
	if (tui.session == NULL)
		return;
	cmp_gen = tui.session_gen;
	cmp_session = session_id(tui.session);
	cmp_files = n_files;
	rc = record ? session_cluster_record(tui.session, tui.store, &cmp, &err) :
		session_cluster_compare(tui.session, tui.store, &cmp, &err);
	if (rc != 0) {
		cmp_session = 0;
		wizard_failed(rc, &err, "Comparing the nodes");
	}
}

static json_t *cluster(void)
{
	return json_object_get(cmp, "cluster");
}

size_t reg_nodes_count(void)
{
	return json_array_size(json_object_get(cluster(), "nodes"));
}

static const char *str_of(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));

	return s != NULL ? s : "";
}

void reg_nodes_summary(struct tbuf *tb)
{
	long long differing = json_integer_value(json_object_get(cluster(), "differing"));

	if (cmp == NULL)
		return;
	tbuf_line(tb, ui_attr(differing > 0 ? UI_DAMAGED : UI_OK), 4);
	tbuf_putf(tb, 0, "%zu machines: %lld of %zu registry values differ (n: node by node)",
		  reg_nodes_count(), differing, json_array_size(json_object_get(cluster(), "values")));
	tbuf_line(tb, 0, 0);
}

static void add_value(struct tbuf *tb, json_t *v, int differs)
{
	json_t *n;
	size_t i;

	tbuf_line(tb, 0, 0);
	tbuf_line(tb, ui_attr(UI_HEADING), 8);
	tbuf_putf(tb, differs ? ui_attr(UI_FAIL) : ui_attr(UI_OK), "%s",
		  differs ? "DIFFERS " : "same    ");
	tbuf_put(tb, 0, str_of(v, "rule"));
	tbuf_put(tb, 0, "/");
	tbuf_put(tb, 0, str_of(v, "check"));
	tbuf_line(tb, ui_attr(UI_DIM), 4);
	tbuf_put(tb, 0, "  ");
	tbuf_put(tb, 0, str_of(v, "key"));
	if (json_is_string(json_object_get(v, "value"))) {
		tbuf_put(tb, 0, " \\ ");
		tbuf_put(tb, 0, str_of(v, "value"));
	}
	json_array_foreach(json_object_get(v, "nodes"), i, n) {
		int odd = json_is_true(json_object_get(n, "odd"));
		int compared = json_is_true(json_object_get(n, "compared"));
		char name[64];
		/* Columns: mark, node, status, value; the value gets 52 of
		 * 78, room for a REG_MULTI_SZ of three transports. */
		snprintf(name, sizeof name, "%-12.12s", str_of(n, "node"));
		tbuf_line(tb, odd ? ui_attr(UI_FAIL) : compared ? 0 : ui_attr(UI_DIM), 26);
		tbuf_put(tb, 0, odd ? "  * " : "    ");
		tbuf_put(tb, 0, name);
		tbuf_putf(tb, 0, " %-8s ", str_of(n, "status"));
		tbuf_put(tb, 0, compared ? str_of(n, "found") : "(not compared)");
	}
}

void reg_nodes_build(struct tbuf *tb, int all)
{
	json_t *cl = cluster(), *v, *n;
	size_t i, n_values = json_array_size(json_object_get(cl, "values"));
	long long differing = json_integer_value(json_object_get(cl, "differing"));

	tbuf_clear(tb);
	if (cmp == NULL) {
		tbuf_linef(tb, ui_attr(UI_DIM), 0, "The evidence is one machine's: nothing to compare.");
		return;
	}
	tbuf_line(tb, ui_attr(UI_HEADING), 0);
	tbuf_putf(tb, 0, "The nodes side by side: %lld of %zu registry values differ", differing,
		  n_values);
	json_array_foreach(json_object_get(cl, "nodes"), i, n) {
		tbuf_line(tb, json_is_true(json_object_get(n, "compared")) ? 0 : ui_attr(UI_FAIL), 8);
		tbuf_put(tb, 0, "  ");
		tbuf_put(tb, 0, str_of(n, "node"));
		tbuf_put(tb, ui_attr(UI_DIM), "  ");
		tbuf_put(tb, ui_attr(UI_DIM), str_of(n, "path"));
		if (!json_is_true(json_object_get(n, "compared")))
			tbuf_put(tb, 0, "  not compared: nothing could be read");
	}
	if (json_integer_value(json_object_get(cl, "left_out")) > 0)
		tbuf_linef(tb, ui_attr(UI_DIM), 2, "  %lld evidence file(s) in no node's folder "
			   "left out", (long long)json_integer_value(json_object_get(cl, "left_out")));
	tbuf_linef(tb, ui_attr(UI_DIM), 2, "  * marks the odd node, named only when most nodes "
		   "hold one value; only values read (passed or failed) are compared.");
	if (!all && n_values > (size_t)differing)
		tbuf_linef(tb, ui_attr(UI_DIM), 2, "  %lld the same on every node not shown: "
			   "a shows all rows.", (long long)n_values - differing);
	else if (all)
		tbuf_linef(tb, ui_attr(UI_DIM), 2, "  Every value shown: a shows only those "
			   "that differ.");
	/* The differing values first: they are what the comparison is for. */
	for (int pass = 0; pass < (all ? 2 : 1); pass++) {
		json_array_foreach(json_object_get(cl, "values"), i, v) {
			int differs = json_is_true(json_object_get(v, "differs"));
			if (differs == (pass == 0))
				add_value(tb, v, differs);
		}
	}
}
