/* test_cluster_nodes.c: a session's evidence split into the machines it
 * came from, and the session's nodes compared as `kbwiz triage
 * --cluster` compares them (core/cluster_nodes.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <cmocka.h>

#include <jansson.h>

#include "kbwiz/cluster_nodes.h"
#include "kbwiz/rule_load.h"
#include "kbwiz/session.h"
#include "kbwiz/store.h"
#include "lib/hive_writer.h"
#include "lib/testlib.h"

struct fixture {
	char *dir;
	char db[600];
	struct kb_store *store;
};

/* The spec's text with "NODE1" made name. */
static char *spec_named(const char *spec_path, const char *name)
{
	FILE *f = fopen(spec_path, "rb");
	char *text = calloc(1, 65536), *out = calloc(1, 70000), *p, *o;
	size_t n;

	assert_non_null(f);
	assert_non_null(text);
	assert_non_null(out);
	n = fread(text, 1, 65535, f);
	fclose(f);
	text[n] = '\0';
	for (p = text, o = out; *p != '\0';) {
		if (strncmp(p, "\"NODE1\"", 7) == 0) {
			o += sprintf(o, "\"%s\"", name);
			p += 7;
		} else {
			*o++ = *p++;
		}
	}
	*o = '\0';
	free(text);
	return out;
}

/* DIR/name/WINNT/system32/config/SYSTEM from spec, named name. */
static void make_node(const char *dir, const char *name, const char *spec)
{
	char path[800], *text = spec_named(spec, name);
	struct kb_error err = { "" };
	const char *parts[] = { "", "/WINNT", "/WINNT/system32", "/WINNT/system32/config" };
	size_t i;

	for (i = 0; i < 4; i++) {
		snprintf(path, sizeof path, "%s/%s%s", dir, name, parts[i]);
		mkdir(path, 0700);
	}
	snprintf(path, sizeof path, "%s/%s/WINNT/system32/config/SYSTEM", dir, name);
	if (hive_fixture_build(path, text, &err) != 0)
		fail_msg("%s: %s", path, err.msg);
	free(text);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct kb_error err = { "" };
	struct rule_set set;

	if (f == NULL || (f->dir = test_tmpdir()) == NULL)
		return -1;
	snprintf(f->db, sizeof f->db, "%s/kbwiz.db", f->dir);
	if (store_open(f->db, STORE_OPEN_CREATE, &f->store, NULL, &err) != 0 ||
	    rule_load_dir("kb", &set, &err) != 0 ||
	    store_load_rules(f->store, &set, "kb", NULL, &err) != 0) {
		fprintf(stderr, "setup: %s\n", err.msg);
		return -1;
	}
	rule_set_free(&set);
	make_node(f->dir, "NODE1", "tests/fixtures/hives/q262832-healthy.spec");
	make_node(f->dir, "NODE2", "tests/fixtures/hives/q262832-healthy.spec");
	make_node(f->dir, "NODE3", "tests/fixtures/hives/q262832-transports-lacks-clusnet.spec");
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	store_close(f->store);
	test_rm_rf(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

static void add_file(struct evidence_set *ev, enum evidence_kind kind, const char *path,
		     const char *found_as)
{
	struct kb_error err = { "" };

	assert_int_equal(evidence_add(ev, kind, path, &err), 0);
	if (found_as != NULL)
		ev->files[ev->n - 1].found_as = strdup(found_as);
}

static void test_split_groups_files_by_volume_then_by_folder(void **state)
{
	struct evidence_set ev = { 0 };
	struct cluster_nodes nodes;
	struct kb_error err = { "" };

	(void)state;
	/* Found on two volumes (one holding the Windows directory, one that
	 * is it), named by hand beside them, and an event log from nowhere. */
	add_file(&ev, EVIDENCE_HIVE, "/c/n1/WINNT/system32/config/SYSTEM", "System32/config/SYSTEM");
	add_file(&ev, EVIDENCE_EVENTS, "/c/n1/WINNT/system32/config/SysEvent.Evt",
		 "System32/config/SysEvent.Evt");
	add_file(&ev, EVIDENCE_HIVE, "/c/n2/Windows/System32/config/SYSTEM", "System32/config/SYSTEM");
	add_file(&ev, EVIDENCE_LOG, "/c/n2/windows/cluster/cluster.log", NULL);
	add_file(&ev, EVIDENCE_LOG, "/c/n1/WINNT/Cluster/Reports/a.log", "Cluster/Reports/a.log");
	add_file(&ev, EVIDENCE_HIVE, "/cases/node3/SYSTEM", NULL);
	add_file(&ev, EVIDENCE_HIVE, "/cases/node3/SOFTWARE", NULL);
	add_file(&ev, EVIDENCE_EVENTS, "/elsewhere/System.evtx", NULL);
	assert_int_equal(cluster_nodes_split(&ev, &nodes, &err), 0);
	assert_int_equal(nodes.n, 3);
	assert_string_equal(nodes.v[0].path, "/c/n1");
	assert_int_equal(nodes.v[0].ev.n, 3);
	assert_string_equal(nodes.v[0].ev.root, "/c/n1");
	assert_string_equal(nodes.v[1].path, "/c/n2");
	assert_int_equal(nodes.v[1].ev.n, 2);
	assert_string_equal(nodes.v[2].path, "/cases/node3");
	assert_int_equal(nodes.v[2].ev.n, 2);
	assert_null(nodes.v[2].ev.root);
	assert_int_equal(nodes.n_left_out, 1);
	cluster_nodes_free(&nodes);
	evidence_set_free(&ev);
}

static json_t *value_of(json_t *cmp, const char *check)
{
	json_t *v;
	size_t i;

	json_array_foreach(json_object_get(json_object_get(cmp, "cluster"), "values"), i, v)
		if (strcmp(json_string_value(json_object_get(v, "check")), check) == 0)
			return v;
	return NULL;
}

struct find_kind {
	const char *kind;
	char text[1024];
};

static int on_record(void *ctx, const struct session_record *r)
{
	struct find_kind *k = ctx;

	if (strcmp(r->kind, k->kind) == 0)
		snprintf(k->text, sizeof k->text, "%s", r->text);
	return 0;
}

static void test_session_of_three_nodes_marks_the_node_without_clusnet(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session *s = NULL;
	struct find_kind k = { "cluster", "" };
	char root[700];
	json_t *cmp = NULL, *v, *n;
	size_t found, i, n_odd = 0;
	int rc;

	assert_int_equal(session_new(f->store, &s, &err), 0);
	for (i = 1; i <= 3; i++) {
		snprintf(root, sizeof root, "%s/NODE%zu", f->dir, i);
		rc = session_find_evidence(s, root, &found, &err);
		if (rc != 0)
			fail_msg("%s", err.msg);
	}
	rc = session_cluster_record(s, f->store, &cmp, &err);
	if (rc != 0)
		fail_msg("%s", err.msg);
	assert_non_null(cmp);
	assert_int_equal(json_array_size(json_object_get(json_object_get(cmp, "cluster"), "nodes")), 3);
	v = value_of(cmp, "transports-has-clusnet");
	assert_non_null(v);
	assert_true(json_is_true(json_object_get(v, "differs")));
	json_array_foreach(json_object_get(v, "nodes"), i, n) {
		if (!json_is_true(json_object_get(n, "odd")))
			continue;
		n_odd++;
		assert_string_equal(json_string_value(json_object_get(n, "node")), "NODE3");
	}
	assert_int_equal(n_odd, 1);
	/* Recorded in the timeline, in words. */
	assert_int_equal(session_timeline(f->store, session_id(s), on_record, &k, &err), 0);
	assert_non_null(strstr(k.text, "3 nodes compared (NODE1, NODE2, NODE3)"));
	assert_non_null(strstr(k.text, "Q262832/transports-has-clusnet (odd: NODE3)"));
	json_decref(cmp);
	session_close(s);
}

static void test_one_machine_is_no_cluster(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session *s = NULL;
	char root[700];
	json_t *cmp = (json_t *)1;
	size_t found;

	assert_int_equal(session_new(f->store, &s, &err), 0);
	snprintf(root, sizeof root, "%s/NODE1", f->dir);
	assert_int_equal(session_find_evidence(s, root, &found, &err), 0);
	assert_int_equal(session_cluster_compare(s, f->store, &cmp, &err), 0);
	assert_null(cmp);
	session_close(s);
}

static void test_an_unreadable_node_is_listed_not_compared(void **state)
{
	struct fixture *f = *state;
	struct evidence_set ev = { 0 };
	struct kb_error err = { "" };
	struct rule_set set;
	char path[800], line[1024];
	json_t *cmp = NULL, *n;
	size_t i;

	assert_int_equal(rule_load_dir("kb", &set, &err), 0);
	for (i = 1; i <= 3; i++) {
		snprintf(path, sizeof path, "%s/NODE%zu/WINNT/system32/config/SYSTEM", f->dir, i);
		assert_int_equal(evidence_add(&ev, EVIDENCE_HIVE, path, &err), 0);
	}
	snprintf(path, sizeof path, "%s/BAD", f->dir);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/BAD/SYSTEM", f->dir);
	assert_int_equal(test_write_file(path, "not a hive\n", 11), 0);
	assert_int_equal(evidence_add(&ev, EVIDENCE_HIVE, path, &err), 0);
	assert_int_equal(cluster_compare_evidence(&ev, set.rules, set.n, NULL, &cmp, &err), 0);
	assert_non_null(cmp);
	n = json_array_get(json_object_get(json_object_get(cmp, "cluster"), "nodes"), 3);
	assert_false(json_is_true(json_object_get(n, "compared")));
	cluster_summary_line(cmp, line, sizeof line);
	assert_non_null(strstr(line, "3 nodes compared"));
	assert_non_null(strstr(line, "/BAD not compared (unreadable)"));
	/* The odd node still stands out among the three read. */
	assert_non_null(strstr(line, "(odd: NODE3)"));
	json_decref(cmp);
	evidence_set_free(&ev);
	rule_set_free(&set);
}

static void test_triage_cluster_record_makes_one_session_of_the_nodes(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session *s = NULL;
	struct find_kind k = { "cluster", "" };
	char roots[3][700];
	const char *paths[3];
	int64_t ids[3], id = 0, again = 0;
	size_t found, i;

	/* The machines' sessions, as triage --record leaves them. */
	for (i = 0; i < 3; i++) {
		snprintf(roots[i], sizeof roots[i], "%s/NODE%zu", f->dir, i + 1);
		paths[i] = roots[i];
		assert_int_equal(session_new(f->store, &s, &err), 0);
		assert_int_equal(session_find_evidence(s, roots[i], &found, &err), 0);
		ids[i] = session_id(s);
		session_close(s);
	}
	if (cluster_session_record(f->store, ids, paths, 3, &id, &err) != 0)
		fail_msg("%s", err.msg);
	assert_true(id > ids[2]);
	assert_int_equal(session_open(f->store, id, &s, &err), 0);
	assert_int_equal(session_step(s), STEP_DIAGNOSIS);
	assert_int_equal(session_evidence(s)->n, 3);
	assert_string_equal(session_get_case(s)->label, "cluster: NODE1, NODE2, NODE3");
	session_close(s);
	assert_int_equal(session_timeline(f->store, id, on_record, &k, &err), 0);
	assert_non_null(strstr(k.text, "(odd: NODE3)"));
	/* Run again: the same session, not a second one. */
	assert_int_equal(cluster_session_record(f->store, ids, paths, 3, &again, &err), 0);
	assert_int_equal(again, id);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_split_groups_files_by_volume_then_by_folder),
		cmocka_unit_test_setup_teardown(test_session_of_three_nodes_marks_the_node_without_clusnet,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_one_machine_is_no_cluster, setup, teardown),
		cmocka_unit_test_setup_teardown(test_an_unreadable_node_is_listed_not_compared,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_triage_cluster_record_makes_one_session_of_the_nodes,
						setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
