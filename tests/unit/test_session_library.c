/* test_session_library.c: the library as the wizard uses it: a step 2
 * search finds the articles beside the rules (a query with nothing to
 * search finds none, without an error), and an article of the library
 * becomes a draft rule. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <cmocka.h>

#include "kbwiz/session_library.h"
#include "kbwiz/store.h"
#include "lib/article_writer.h"
#include "lib/testlib.h"

struct fixture {
	char *dir;
	struct kb_store *store;
	struct session *session;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct kb_error err = { "" };
	char db[512], tree[512];
	const char *paths[1] = { tree };

	if (f == NULL || (f->dir = test_tmpdir()) == NULL)
		return -1;
	snprintf(db, sizeof db, "%s/kbwiz.db", f->dir);
	snprintf(tree, sizeof tree, "%s/articles", f->dir);
	/* The widget article of test_library.c's small tree. */
	if (mkdir(tree, 0700) != 0 ||
	    test_write_article(tree, "Q900001", "11-JUN-2002",
			       "Widget Service Does Not Start with Event ID 7023",
			       "The widget service stops and Event ID: 7023 is logged by the\r\n"
			       "Service Control Manager: the endpoint cannot be created.",
			       "The widget port is taken by another program.") != 0)
		return -1;
	if (store_open(db, STORE_OPEN_CREATE, &f->store, NULL, &err) != 0 ||
	    library_add_paths(f->store, paths, 1, NULL, NULL, &err) != 0 ||
	    session_new(f->store, &f->session, &err) != 0) {
		fprintf(stderr, "setup: %s\n", err.msg);
		return -1;
	}
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	session_close(f->session);
	store_close(f->store);
	test_rm_rf(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

static void test_search_finds_the_article(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct library_hit hits[4];
	size_t n = 99;

	assert_int_equal(session_search_articles(f->session, "7023", hits, 4, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_string_equal(hits[0].id, "Q900001");
	assert_int_equal(session_search_articles(f->session, "sprocket", hits, 4, &n, &err), 0);
	assert_int_equal(n, 0);
}

/* Punctuation alone is nothing to search for: no article, no error
 * (the step 2 search of the rules says what it found). */
static void test_nothing_to_search_is_no_error(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct library_hit hits[4];
	size_t n = 99;

	assert_int_equal(session_search_articles(f->session, "...", hits, 4, &n, &err), 0);
	assert_int_equal(n, 0);
	assert_string_equal(err.msg, "");
}

static void test_draft_rule(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct library_draft d;

	assert_int_equal(library_draft_rule(f->store, "q900001", &d, &err), 0);
	assert_string_equal(d.id, "Q900001");
	assert_non_null(d.yaml);
	assert_int_equal(strlen(d.yaml), d.len);
	assert_non_null(strstr(d.yaml, "Q900001"));
	assert_non_null(strstr(d.yaml, "7023"));
	assert_true(d.stats.n_events >= 1);
	library_draft_free(&d);
	assert_null(d.yaml);
	library_draft_free(&d);
}

static void test_draft_of_a_missing_article(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct library_draft d;

	assert_int_equal(library_draft_rule(f->store, "Q999999", &d, &err), KB_ENOTFOUND);
	assert_null(d.yaml);
	assert_non_null(strstr(err.msg, "Q999999"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_search_finds_the_article, setup, teardown),
		cmocka_unit_test_setup_teardown(test_nothing_to_search_is_no_error, setup, teardown),
		cmocka_unit_test_setup_teardown(test_draft_rule, setup, teardown),
		cmocka_unit_test_setup_teardown(test_draft_of_a_missing_article, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
