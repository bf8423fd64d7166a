/* triage_report.c: what many machines' triage lines add up to (the
 * summary), and the nodes of one cluster compared value by value
 * (docs/triage-json.md). */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/error.h"
#include "kbwiz/triage.h"

json_t *triage_summary_new(void)
{
	return json_pack("{s:{s:i, s:{s:i, s:i, s:i, s:i, s:i, s:i}, s:[]}}", "summary", "machines", 0,
			 "by_verdict", "confirmed", 0, "possible", 0, "cause-not-found", 0,
			 "repaired", 0, "none", 0, "unreadable", 0, "rules");
}

static void bump(json_t *o, const char *key)
{
	json_object_set_new(o, key, json_integer(json_integer_value(json_object_get(o, key)) + 1));
}

static int count_rules(json_t *rules, json_t *ids, const char *verdict)
{
	size_t i, j;
	json_t *id, *r;

	json_array_foreach(ids, i, id) {
		const char *s = json_string_value(id);
		json_t *found = NULL;
		if (s == NULL)
			continue;
		json_array_foreach(rules, j, r) {
			if (strcmp(json_string_value(json_object_get(r, "id")), s) == 0) {
				found = r;
				break;
			}
		}
		if (found == NULL) {
			found = json_pack("{s:s, s:i, s:i}", "id", s, "confirmed", 0, "possible", 0);
			if (found == NULL || json_array_append_new(rules, found) != 0)
				return KB_ENOMEM;
		}
		bump(found, verdict);
	}
	return 0;
}

int triage_summary_add(json_t *summary, json_t *line)
{
	json_t *s = json_object_get(summary, "summary");
	json_t *rules = json_object_get(s, "rules");

	bump(s, "machines");
	bump(json_object_get(s, "by_verdict"), triage_line_verdict(line));
	if (count_rules(rules, json_object_get(line, "confirmed"), "confirmed") != 0 ||
	    count_rules(rules, json_object_get(line, "possible"), "possible") != 0)
		return KB_ENOMEM;
	return 0;
}

static json_int_t rule_hits(json_t *r)
{
	return json_integer_value(json_object_get(r, "confirmed")) +
	       json_integer_value(json_object_get(r, "possible"));
}

static int cmp_rules(const void *a, const void *b)
{
	json_t *ra = *(json_t *const *)a, *rb = *(json_t *const *)b;
	json_int_t ca = json_integer_value(json_object_get(ra, "confirmed"));
	json_int_t cb = json_integer_value(json_object_get(rb, "confirmed"));

	if (ca != cb)
		return ca > cb ? -1 : 1;
	if (rule_hits(ra) != rule_hits(rb))
		return rule_hits(ra) > rule_hits(rb) ? -1 : 1;
	return strcmp(json_string_value(json_object_get(ra, "id")),
		      json_string_value(json_object_get(rb, "id")));
}

void triage_summary_finish(json_t *summary)
{
	json_t *rules = json_object_get(json_object_get(summary, "summary"), "rules");
	size_t n = json_array_size(rules), i;
	json_t **v = n > 0 ? malloc(n * sizeof *v) : NULL;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		v[i] = json_incref(json_array_get(rules, i));
	qsort(v, n, sizeof *v, cmp_rules);
	json_array_clear(rules);
	for (i = 0; i < n; i++)
		json_array_append_new(rules, v[i]);
	free(v);
}

static const char *node_name(json_t *line)
{
	const char *name = json_string_value(json_object_get(json_object_get(line, "machine"),
							     "computer_name"));

	return name != NULL ? name : json_string_value(json_object_get(line, "path"));
}

/* What a node holds for one check, as compared: the status and the found
 * text ("Transports (REG_MULTI_SZ) = [Tcpip, NetBT]"). */
static json_t *node_value(json_t *line, const char *rule, const char *check)
{
	size_t i;
	json_t *c;

	json_array_foreach(json_object_get(line, "checks"), i, c) {
		if (strcmp(json_string_value(json_object_get(c, "rule")), rule) == 0 &&
		    strcmp(json_string_value(json_object_get(c, "check")), check) == 0)
			return c;
	}
	return NULL;
}

static int same_value(json_t *a, json_t *b)
{
	const char *sa, *sb;

	if (a == NULL || b == NULL)
		return a == b;
	if (!json_equal(json_object_get(a, "status"), json_object_get(b, "status")))
		return 0;
	sa = json_string_value(json_object_get(a, "found"));
	sb = json_string_value(json_object_get(b, "found"));
	return (sa == NULL && sb == NULL) || (sa != NULL && sb != NULL && strcmp(sa, sb) == 0);
}

/* A value was read on a node when its check passed or failed; "not
 * checked" (the rule does not apply there, or the hive is missing) and
 * "damaged" say nothing of the value, so they are never compared. */
static int value_read(json_t *v)
{
	const char *st = v != NULL ? json_string_value(json_object_get(v, "status")) : NULL;

	return st != NULL && (strcmp(st, "passed") == 0 || strcmp(st, "failed") == 0);
}

/* One value across the nodes. */
static json_t *compare_one(json_t *lines, json_t *first)
{
	const char *rule = json_string_value(json_object_get(first, "rule"));
	const char *check = json_string_value(json_object_get(first, "check"));
	size_t n = json_array_size(lines), i, j, best = 0, best_count = 0, n_read = 0;
	json_t **vals = calloc(n > 0 ? n : 1, sizeof *vals);
	size_t *same = calloc(n > 0 ? n : 1, sizeof *same);
	json_t *o = NULL, *nodes = NULL;
	int differs = 0, majority;

	if (vals == NULL || same == NULL)
		goto out;
	for (i = 0; i < n; i++) {
		vals[i] = node_value(json_array_get(lines, i), rule, check);
		n_read += value_read(vals[i]);
	}
	/* Among the nodes where it was read, the most common value is the
	 * cluster's; a node with another is the odd one.  Without a strict
	 * majority (two nodes that differ, a tie) no node is named. */
	for (i = 0; i < n; i++) {
		if (!value_read(vals[i]))
			continue;
		for (j = 0; j < n; j++)
			same[i] += value_read(vals[j]) && same_value(vals[i], vals[j]);
		if (same[i] < n_read)
			differs = 1;
		if (same[i] > best_count) {
			best_count = same[i];
			best = i;
		}
	}
	majority = best_count * 2 > n_read;
	o = json_pack("{s:s, s:s, s:O, s:O, s:b, s:[]}", "rule", rule, "check", check,
		      "key", json_object_get(first, "key"), "value", json_object_get(first, "value"),
		      "differs", differs, "nodes");
	if (o == NULL)
		goto out;
	nodes = json_object_get(o, "nodes");
	for (i = 0; i < n; i++) {
		int compared = value_read(vals[i]);
		int odd = differs && majority && compared && !same_value(vals[i], vals[best]);
		json_t *no = json_pack("{s:s?, s:s, s:s?, s:b, s:b}", "node",
				       node_name(json_array_get(lines, i)), "status",
				       vals[i] != NULL ? json_string_value(json_object_get(vals[i], "status")) :
				       "not read",
				       "found", vals[i] != NULL ?
				       json_string_value(json_object_get(vals[i], "found")) : NULL,
				       "compared", compared, "odd", odd);
		if (no == NULL || json_array_append_new(nodes, no) != 0) {
			json_decref(o);
			o = NULL;
			goto out;
		}
	}
out:
	free(vals);
	free(same);
	return o;
}

json_t *triage_cluster_compare(json_t *all_lines)
{
	json_t *root = json_pack("{s:{s:[], s:i, s:[]}}", "cluster", "nodes", "differing", 0, "values");
	json_t *cl = json_object_get(root, "cluster"), *values = json_object_get(cl, "values");
	json_t *lines = json_array(), *line, *c;
	size_t i, j, differing = 0;

	if (root == NULL || lines == NULL) {
		json_decref(root);
		json_decref(lines);
		return NULL;
	}
	/* A node that could not be read is listed, not compared: its
	 * missing values would make every value look different. */
	json_array_foreach(all_lines, i, line) {
		int readable = strcmp(triage_line_verdict(line), "unreadable") != 0;
		json_array_append_new(json_object_get(cl, "nodes"), json_pack("{s:s?, s:O, s:b}", "node",
			node_name(line), "path", json_object_get(line, "path"), "compared", readable));
		if (readable)
			json_array_append(lines, line);
	}
	/* Every (rule, check) some node evaluated, in the order first met. */
	json_array_foreach(lines, i, line) {
		json_array_foreach(json_object_get(line, "checks"), j, c) {
			const char *rule = json_string_value(json_object_get(c, "rule"));
			const char *check = json_string_value(json_object_get(c, "check"));
			size_t k, seen = 0;
			json_t *v, *cmp;
			json_array_foreach(values, k, v) {
				if (strcmp(json_string_value(json_object_get(v, "rule")), rule) == 0 &&
				    strcmp(json_string_value(json_object_get(v, "check")), check) == 0) {
					seen = 1;
					break;
				}
			}
			if (seen)
				continue;
			if ((cmp = compare_one(lines, c)) == NULL) {
				json_decref(root);
				json_decref(lines);
				return NULL;
			}
			differing += json_is_true(json_object_get(cmp, "differs"));
			json_array_append_new(values, cmp);
		}
	}
	json_object_set_new(cl, "differing", json_integer((json_int_t)differing));
	json_decref(lines);
	return root;
}
