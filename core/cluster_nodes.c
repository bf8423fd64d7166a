/* cluster_nodes.c: a session's evidence split into the machines it came
 * from, and those machines compared as `kbwiz triage --cluster` compares
 * them (cluster_nodes.h).  The comparison itself is triage_report.c's;
 * each node's line is triage.c's; only the grouping is here. */
#include "kbwiz/cluster_nodes.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/session.h"
#include "kbwiz/strutil.h"
#include "kbwiz/triage.h"

/* Cut a trailing "/part" (any case) off dir; 1 when it was there. */
static int cut_suffix(char *dir, const char *part)
{
	size_t n = strlen(dir), m = strlen(part);

	if (n <= m || dir[n - m - 1] != '/' || strcasecmp(dir + n - m, part) != 0)
		return 0;
	dir[n - m - 1] = '\0';
	return 1;
}

/* The volume of a Windows directory: without its WINNT or Windows
 * folder (a volume searched as root itself holds System32 when it is
 * the Windows directory). */
static void windir_to_volume(char *dir)
{
	if (!cut_suffix(dir, "WINNT"))
		cut_suffix(dir, "Windows");
}

/* The node a file belongs to, as a directory (malloc'd); *volume set
 * when that is a Windows volume. */
static char *node_of(const struct evidence_file *f, int *volume)
{
	/* Where Windows keeps the evidence kbwiz reads, under its
	 * directory (evidence.c's list, and the cluster logs). */
	static const char *const places[] = {
		"System32/config", "System32/winevt/Logs", "Cluster/Reports", "Cluster",
	};
	char *dir = kb_strdup(f->path), *slash;
	size_t i;

	*volume = 0;
	if (dir == NULL)
		return NULL;
	if (f->found_as != NULL && cut_suffix(dir, f->found_as)) {
		windir_to_volume(dir);
		*volume = 1;
		return dir;
	}
	if ((slash = strrchr(dir, '/')) == NULL) {
		free(dir);
		return kb_strdup(".");
	}
	*slash = '\0';
	if (dir[0] == '\0') {
		free(dir);
		return kb_strdup("/");
	}
	for (i = 0; i < sizeof places / sizeof places[0]; i++) {
		if (cut_suffix(dir, places[i])) {
			windir_to_volume(dir);
			*volume = 1;
			break;
		}
	}
	return dir;
}

void cluster_nodes_free(struct cluster_nodes *nodes)
{
	size_t i;

	for (i = 0; i < nodes->n; i++) {
		free(nodes->v[i].path);
		evidence_set_free(&nodes->v[i].ev);
	}
	free(nodes->v);
	memset(nodes, 0, sizeof *nodes);
}

int cluster_nodes_split(const struct evidence_set *ev, struct cluster_nodes *out,
			struct kb_error *err)
{
	struct cluster_nodes all = { NULL, 0, 0 };
	size_t i, j, k;
	int rc = 0;

	memset(out, 0, sizeof *out);
	for (i = 0; i < ev->n; i++) {
		int volume;
		char *dir = node_of(&ev->files[i], &volume);
		if (dir == NULL) {
			rc = kb_errorf(err, KB_ENOMEM, "out of memory");
			goto out;
		}
		for (j = 0; j < all.n; j++)
			if (strcmp(all.v[j].path, dir) == 0)
				break;
		if (j == all.n) {
			struct cluster_node *grown = realloc(all.v, (all.n + 1) * sizeof *grown);
			if (grown == NULL) {
				free(dir);
				rc = kb_errorf(err, KB_ENOMEM, "out of memory");
				goto out;
			}
			all.v = grown;
			memset(&all.v[all.n], 0, sizeof all.v[all.n]);
			all.v[all.n++].path = dir;
		} else {
			free(dir);
		}
		/* On a volume, the services' image files are looked up there,
		 * as `diagnose --root` does. */
		if (volume && all.v[j].ev.root == NULL &&
		    (all.v[j].ev.root = kb_strdup(all.v[j].path)) == NULL) {
			rc = kb_errorf(err, KB_ENOMEM, "out of memory");
			goto out;
		}
		if ((rc = evidence_add(&all.v[j].ev, ev->files[i].kind, ev->files[i].path, err)) != 0)
			goto out;
	}
	/* A node is a machine's registry: a group without a hive (an event
	 * log named from elsewhere) cannot be told apart from the others. */
	for (i = 0, k = 0; i < all.n; i++) {
		int has_hive = 0;
		for (j = 0; j < all.v[i].ev.n; j++)
			has_hive |= all.v[i].ev.files[j].kind == EVIDENCE_HIVE;
		if (!has_hive) {
			all.n_left_out += all.v[i].ev.n;
			free(all.v[i].path);
			evidence_set_free(&all.v[i].ev);
			continue;
		}
		all.v[k++] = all.v[i];
	}
	all.n = k;
	*out = all;
	all.v = NULL;
	all.n = 0;
out:
	cluster_nodes_free(&all);
	return rc;
}

int cluster_compare_evidence(const struct evidence_set *ev, struct rule *const *rules,
			     size_t n_rules, struct kb_store *store, json_t **out,
			     struct kb_error *err)
{
	struct cluster_nodes nodes = { NULL, 0, 0 };
	json_t *lines = NULL, *cmp = NULL;
	size_t i;
	int rc;

	*out = NULL;
	if ((rc = cluster_nodes_split(ev, &nodes, err)) != 0 || nodes.n < 2)
		goto out;
	if ((lines = json_array()) == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	for (i = 0; i < nodes.n; i++) {
		json_t *line = NULL;
		if ((rc = triage_evidence_line(nodes.v[i].path, &nodes.v[i].ev, rules, n_rules,
					       store, &line, err)) != 0)
			goto out;
		if (json_array_append_new(lines, line) != 0) {
			rc = kb_errorf(err, KB_ENOMEM, "out of memory");
			goto out;
		}
	}
	if ((cmp = triage_cluster_compare(lines)) == NULL ||
	    json_object_set_new(json_object_get(cmp, "cluster"), "left_out",
				json_integer((json_int_t)nodes.n_left_out)) != 0) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	*out = cmp;
	cmp = NULL;
out:
	json_decref(cmp);
	json_decref(lines);
	cluster_nodes_free(&nodes);
	return rc;
}

int session_cluster_compare(struct session *s, struct kb_store *store, json_t **out,
			    struct kb_error *err)
{
	const struct diagnosis *d = session_diagnosis(s);
	struct rule **rules = NULL;
	size_t i, n = d != NULL ? d->n_rules : 0;
	int rc;

	*out = NULL;
	if (n > 0 && (rules = malloc(n * sizeof *rules)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	for (i = 0; i < n; i++)
		rules[i] = d->rules[i].rule;
	rc = cluster_compare_evidence(session_evidence(s), rules, n, store, out, err);
	free(rules);
	return rc;
}

int session_cluster_record(struct session *s, struct kb_store *store, json_t **out,
			   struct kb_error *err)
{
	char line[1024];
	int rc;

	if ((rc = session_cluster_compare(s, store, out, err)) != 0 || *out == NULL ||
	    session_read_only(s))
		return rc;
	cluster_summary_line(*out, line, sizeof line);
	if ((rc = session_note(s, "cluster", line, err)) != 0) {
		json_decref(*out);
		*out = NULL;
	}
	return rc;
}

static const char *str_of(json_t *o, const char *key, const char *dflt)
{
	const char *s = json_string_value(json_object_get(o, key));

	return s != NULL ? s : dflt;
}

/* Append text to buf (size) at *used, cut when full. */
static void add(char *buf, size_t size, size_t *used, const char *text)
{
	size_t n = strlen(text);

	if (*used + 1 >= size)
		return;
	if (n > size - *used - 1)
		n = size - *used - 1;
	memcpy(buf + *used, text, n);
	*used += n;
	buf[*used] = '\0';
}

void cluster_summary_line(json_t *cmp, char *buf, size_t size)
{
	json_t *cl = json_object_get(cmp, "cluster"), *n, *v, *vn;
	size_t i, j, used = 0, n_compared = 0, n_shown = 0;
	size_t n_values = json_array_size(json_object_get(cl, "values"));
	char count[96];

	if (size == 0)
		return;
	buf[0] = '\0';
	json_array_foreach(json_object_get(cl, "nodes"), i, n)
		n_compared += json_is_true(json_object_get(n, "compared"));
	snprintf(count, sizeof count, "%zu node%s compared (", n_compared, n_compared == 1 ? "" : "s");
	add(buf, size, &used, count);
	json_array_foreach(json_object_get(cl, "nodes"), i, n) {
		if (!json_is_true(json_object_get(n, "compared")))
			continue;
		if (n_shown++ > 0)
			add(buf, size, &used, ", ");
		add(buf, size, &used, str_of(n, "node", "?"));
	}
	snprintf(count, sizeof count, "): %lld of %zu registry value%s differ",
		 (long long)json_integer_value(json_object_get(cl, "differing")), n_values,
		 n_values == 1 ? "" : "s");
	add(buf, size, &used, count);
	json_array_foreach(json_object_get(cl, "values"), i, v) {
		size_t n_odd = 0;
		if (!json_is_true(json_object_get(v, "differs")))
			continue;
		add(buf, size, &used, "; ");
		add(buf, size, &used, str_of(v, "rule", "?"));
		add(buf, size, &used, "/");
		add(buf, size, &used, str_of(v, "check", "?"));
		json_array_foreach(json_object_get(v, "nodes"), j, vn) {
			if (!json_is_true(json_object_get(vn, "odd")))
				continue;
			add(buf, size, &used, n_odd++ > 0 ? ", " : " (odd: ");
			add(buf, size, &used, str_of(vn, "node", "?"));
		}
		if (n_odd > 0)
			add(buf, size, &used, ")");
	}
	json_array_foreach(json_object_get(cl, "nodes"), i, n) {
		if (json_is_true(json_object_get(n, "compared")))
			continue;
		add(buf, size, &used, "; ");
		add(buf, size, &used, str_of(n, "node", "?"));
		add(buf, size, &used, " not compared (unreadable)");
	}
}

void cluster_node_value_text(json_t *node, char *buf, size_t size)
{
	int compared = json_is_true(json_object_get(node, "compared"));
	const char *found = str_of(node, "found", NULL);

	snprintf(buf, size, "%s%s: %s%s%s", str_of(node, "node", "?"),
		 json_is_true(json_object_get(node, "odd")) ? " (odd)" : "",
		 str_of(node, "status", "?"),
		 compared && found != NULL ? ": " : compared ? "" : " (not compared)",
		 compared && found != NULL ? found : "");
}
