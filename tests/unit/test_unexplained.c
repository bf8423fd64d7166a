/* test_unexplained.c: events no rule explains are grouped (source, ID,
 * service, error code), the ones a rule's symptom matches are left out,
 * and each group gets the library's articles; an empty library is said,
 * not an error (core/unexplained.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <jansson.h>

#include "kbwiz/diagnose.h"
#include "kbwiz/evtlist.h"
#include "kbwiz/svcdoctor.h"
#include "lib/evt_writer.h"
#include "kbwiz/rule_load.h"
#include "kbwiz/store.h"
#include "kbwiz/unexplained.h"
#include "lib/testlib.h"

/* 2002-06-11 00:00:00 UTC */
#define DAY 1023753600

static char *tmpdir;
static char evt_path[4096];
static struct rule_set rules;
static struct diagnosis *diag;
static struct evidence_set ev;

static void add(struct evt_writer *w, int64_t t, unsigned id, unsigned type,
		const char *source, const char *s1, const char *s2)
{
	const char *strings[2] = { s1, s2 };

	assert_int_equal(evt_writer_add(w, t, evt_identifier_for(id, type), type, source,
					"NODE", strings, s2 != NULL ? 2 : 1, NULL), 0);
}

static int group_setup(void **state)
{
	struct kb_error e = { "" };
	struct evt_writer *w;

	(void)state;
	tmpdir = test_tmpdir();
	if (tmpdir == NULL)
		return -1;
	snprintf(evt_path, sizeof evt_path, "%s/SysEvent.Evt", tmpdir);
	w = evt_writer_new(evt_path, NULL);
	if (w == NULL)
		return -1;
	add(w, DAY + 10, 7036, EVT_TYPE_INFORMATION, "Service Control Manager", "Alerter", "running");
	add(w, DAY + 20, 7000, EVT_TYPE_ERROR, "Service Control Manager", "Computer Browser", "%%1058");
	add(w, DAY + 30, 4711, EVT_TYPE_ERROR, "FrobRepl", "queue locked", NULL);
	add(w, DAY + 40, 7023, EVT_TYPE_ERROR, "Service Control Manager", "Cluster Server", "%%1720");
	add(w, DAY + 50, 4711, EVT_TYPE_WARNING, "FrobRepl", "queue locked", NULL);
	add(w, DAY + 60, 7000, EVT_TYPE_ERROR, "Service Control Manager", "Alerter", "%%1058");
	if (evt_writer_close(w, NULL) != 0)
		return -1;
	if (rule_load_dir("kb", &rules, &e) != 0 ||
	    diagnosis_new_borrowed(rules.rules, rules.n, &diag, &e) != 0 ||
	    evidence_add(&ev, EVIDENCE_EVENTS, evt_path, &e) != 0 ||
	    diagnosis_run(diag, &ev, NULL, NULL, &e) != 0) {
		fprintf(stderr, "%s\n", e.msg);
		return -1;
	}
	return 0;
}

static int group_teardown(void **state)
{
	(void)state;
	diagnosis_free(diag);
	rule_set_free(&rules);
	evidence_set_free(&ev);
	test_rm_rf(tmpdir);
	free(tmpdir);
	return 0;
}

static struct kb_store *new_store(const char *name, int with_articles)
{
	char db[4096];
	struct kb_store *s = NULL;
	struct kb_error e = { "" };
	const char *paths[] = { "tests/fixtures/articles" };

	snprintf(db, sizeof db, "%s/%s", tmpdir, name);
	assert_int_equal(store_open(db, STORE_OPEN_CREATE, &s, NULL, &e), 0);
	if (with_articles)
		assert_int_equal(library_add_paths(s, paths, 1, NULL, NULL, &e), 0);
	return s;
}

static void test_groups_leave_out_what_a_rule_explains(void **state)
{
	struct unexplained *u = NULL;
	struct kb_error e = { "" };
	const struct unx_group *g;

	(void)state;
	assert_int_equal(unexplained_collect(diag, &ev, NULL, &u, &e), 0);
	assert_int_equal(u->events, 5);
	assert_int_equal(u->explained, 1);     /* 7023 %%1720: Q262832 */
	assert_int_equal(u->n, 3);
	/* Most frequent first: FrobRepl 4711 twice, error and warning. */
	g = &u->groups[0];
	assert_string_equal(g->source, "FrobRepl");
	assert_int_equal(g->event_id, 4711);
	assert_null(g->service);
	assert_false(g->has_error);
	assert_int_equal(g->count, 2);
	assert_int_equal(g->level, EVLEVEL_ERROR);
	assert_int_equal(g->first, DAY + 30);
	assert_int_equal(g->last, DAY + 50);
	/* Same ID and code, another service: another group. */
	g = &u->groups[1];
	assert_int_equal(g->event_id, 7000);
	assert_string_equal(g->service, "Computer Browser");
	assert_true(g->has_error);
	assert_int_equal(g->error_code, 1058);
	assert_string_equal(g->error_from, "Windows system error text");
	assert_string_equal(u->groups[2].service, "Alerter");
	unexplained_free(u);
}

static void test_empty_library_is_said_not_an_error(void **state)
{
	struct unexplained *u = NULL;
	struct kb_error e = { "" };
	struct kb_store *s = new_store("empty.db", 0);
	char *json = strdup("{\"schema\": \"kbwiz-diagnosis/1\"}");
	json_t *doc, *o;

	(void)state;
	assert_int_equal(unexplained_collect(diag, &ev, NULL, &u, &e), 0);
	assert_int_equal(unexplained_suggest(u, s, &e), 0);
	assert_int_equal(u->library_articles, 0);
	assert_int_equal(u->groups[0].n_articles, 0);
	assert_non_null(strstr(unexplained_library_hint(), "kbwiz kb library add"));
	assert_int_equal(unexplained_add_to_json(u, &json, &e), 0);
	doc = json_loads(json, 0, NULL);
	assert_non_null(doc);
	o = json_object_get(doc, "unexplained");
	assert_string_equal(json_string_value(json_object_get(doc, "schema")), "kbwiz-diagnosis/1");
	assert_non_null(strstr(json_string_value(json_object_get(o, "hint")), "library add"));
	assert_int_equal(json_array_size(json_object_get(o, "groups")), 3);
	json_decref(doc);
	free(json);
	unexplained_free(u);
	store_close(s);
}

static void test_library_articles_for_each_group(void **state)
{
	struct unexplained *u = NULL;
	struct kb_error e = { "" };
	struct kb_store *s = new_store("lib.db", 1);

	(void)state;
	assert_int_equal(unexplained_collect(diag, &ev, NULL, &u, &e), 0);
	assert_int_equal(unexplained_suggest(u, s, &e), 0);
	assert_int_equal(u->library_articles, 3);
	assert_true(u->groups[0].n_articles >= 1);
	assert_string_equal(u->groups[0].articles[0].id, "Q900001");
	/* Without an error code the one search is the event ID, kept only
	 * where an article quotes it as an event. */
	assert_string_equal(u->groups[0].queries[0], "4711");
	assert_int_equal(u->groups[0].n_queries, 1);
	assert_int_equal(u->groups[1].n_queries, 2);
	assert_string_equal(u->groups[1].queries[0], "7000 0x422");
	unexplained_free(u);
	store_close(s);
}

static void test_bad_document_is_refused(void **state)
{
	struct unexplained u;
	struct kb_error e = { "" };
	char *json = strdup("[1, 2");

	(void)state;
	memset(&u, 0, sizeof u);
	assert_int_equal(unexplained_add_to_json(&u, &json, &e), KB_EINVAL);
	assert_string_equal(json, "[1, 2");
	free(json);
}

/* `diagnose` reads the event files once for the unexplained events and
 * the service doctor: the lists and findings are those of separate reads,
 * whatever else the shared list holds (also_ids: here the information
 * event 7036 besides the doctor's IDs). */
static void test_one_read_serves_the_doctor_and_the_unexplained_events(void **state)
{
	struct kb_store *s = new_store("shared.db", 0);
	struct unexplained *alone = NULL, *shared = NULL;
	struct svd_report *r_alone = NULL, *r_shared = NULL;
	struct evl_list l;
	struct kb_error e = { "" };
	const unsigned *svd_ids;
	unsigned ids[32];
	size_t n_ids, i;

	(void)state;
	memset(&l, 0, sizeof l);
	svd_failure_ids(&svd_ids, &n_ids);
	assert_true(n_ids < 31);
	memcpy(ids, svd_ids, n_ids * sizeof *ids);
	ids[n_ids++] = 7036;
	assert_int_equal(unexplained_load_events(&ev, ids, n_ids, &l, &e), 0);
	assert_int_equal(l.n, 6);
	assert_int_equal(unexplained_for_diagnosis(diag, &ev, s, &alone, &e), 0);
	assert_int_equal(unexplained_for_events(diag, &ev, &l, s, &shared, &e), 0);
	assert_int_equal(shared->events, alone->events);
	assert_int_equal(shared->explained, alone->explained);
	assert_int_equal(shared->n, alone->n);
	for (i = 0; i < shared->n; i++) {
		assert_string_equal(shared->groups[i].source, alone->groups[i].source);
		assert_int_equal(shared->groups[i].event_id, alone->groups[i].event_id);
		assert_int_equal(shared->groups[i].count, alone->groups[i].count);
	}
	assert_int_equal(svd_run(&ev, NULL, &r_alone, &e), 0);
	assert_int_equal(svd_run_events(&l, &ev, NULL, &r_shared, &e), 0);
	assert_int_equal(r_shared->n, r_alone->n);
	assert_int_equal(r_shared->events_read, r_alone->events_read);
	assert_int_equal(r_shared->scm_failures, r_alone->scm_failures);
	assert_int_equal(r_shared->other_sources, r_alone->other_sources);
	for (i = 0; i < r_shared->n; i++)
		assert_string_equal(r_shared->v[i].summary, r_alone->v[i].summary);
	svd_free(r_alone);
	svd_free(r_shared);
	unexplained_free(alone);
	unexplained_free(shared);
	evl_free(&l);
	store_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_groups_leave_out_what_a_rule_explains),
		cmocka_unit_test(test_empty_library_is_said_not_an_error),
		cmocka_unit_test(test_library_articles_for_each_group),
		cmocka_unit_test(test_bad_document_is_refused),
		cmocka_unit_test(test_one_read_serves_the_doctor_and_the_unexplained_events),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
