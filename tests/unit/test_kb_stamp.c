/* test_kb_stamp.c: the rule directory's stamp changes whenever a rule
 * file could have changed (added, removed, rewritten) and only then. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "kbwiz/kb_stamp.h"
#include "lib/testlib.h"

static void write_file(const char *dir, const char *name, const char *text)
{
	char path[1024];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

static void stamp(const char *dir, char out[KB_STAMP_MAX])
{
	struct kb_error err = { "" };

	assert_int_equal(kb_dir_stamp(dir, out, &err), 0);
}

static void test_stamp_is_stable_and_follows_every_change(void **state)
{
	char *dir = test_tmpdir();
	char a[KB_STAMP_MAX], b[KB_STAMP_MAX], path[1024];

	(void)state;
	assert_non_null(dir);
	write_file(dir, "Q1.yaml", "id: Q1\n");
	write_file(dir, "Q2.yaml", "id: Q2\n");
	stamp(dir, a);
	stamp(dir, b);
	assert_string_equal(a, b);

	/* Files that are not rules do not count. */
	write_file(dir, "README.md", "notes\n");
	write_file(dir, ".hidden.yaml", "id: Q3\n");
	stamp(dir, b);
	assert_string_equal(a, b);

	/* A rewrite of the same size still changes the change time. */
	{
		struct timespec pause = { 0, 20 * 1000 * 1000 };
		nanosleep(&pause, NULL);
	}
	write_file(dir, "Q1.yaml", "id: Q9\n");
	stamp(dir, b);
	assert_string_not_equal(a, b);

	stamp(dir, a);
	write_file(dir, "Q3.yaml", "id: Q3\n");
	stamp(dir, b);
	assert_string_not_equal(a, b);

	stamp(dir, a);
	snprintf(path, sizeof path, "%s/Q3.yaml", dir);
	assert_int_equal(unlink(path), 0);
	stamp(dir, b);
	assert_string_not_equal(a, b);

	test_rm_rf(dir);
	free(dir);
}

/* Thousands of files are stat'ed on several threads: the stamp is still
 * one value, follows a change to any file, and a file that cannot be
 * stat'ed is named. */
static void test_large_directory_stamp_follows_every_file(void **state)
{
	struct kb_error err = { "" };
	char *dir = test_tmpdir();
	char a[KB_STAMP_MAX], b[KB_STAMP_MAX], name[64], path[1024];
	int i, n = 5000;

	(void)state;
	assert_non_null(dir);
	for (i = 0; i < n; i++) {
		snprintf(name, sizeof name, "Q%06d.yaml", i);
		write_file(dir, name, "id: Q\n");
	}
	stamp(dir, a);
	stamp(dir, b);
	assert_string_equal(a, b);
	assert_non_null(strstr(a, ":5000"));
	/* Whichever thread's share a file falls in, its change shows. */
	for (i = 0; i < n; i += 1237) {
		struct timespec pause = { 0, 20 * 1000 * 1000 };
		nanosleep(&pause, NULL);
		snprintf(name, sizeof name, "Q%06d.yaml", i);
		write_file(dir, name, "id: R\n");
		stamp(dir, b);
		assert_string_not_equal(a, b);
		memcpy(a, b, sizeof a);
	}
	snprintf(path, sizeof path, "%s/Q999999.yaml", dir);
	assert_int_equal(symlink("/nonexistent/target", path), 0);
	assert_int_equal(kb_dir_stamp(dir, b, &err), KB_EIO);
	assert_non_null(strstr(err.msg, "Q999999.yaml"));
	test_rm_rf(dir);
	free(dir);
}

static void test_missing_directory_is_named(void **state)
{
	struct kb_error err = { "" };
	char out[KB_STAMP_MAX];

	(void)state;
	assert_int_equal(kb_dir_stamp("/nonexistent/kb", out, &err), KB_EIO);
	assert_non_null(strstr(err.msg, "/nonexistent/kb"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stamp_is_stable_and_follows_every_change),
		cmocka_unit_test(test_large_directory_stamp_follows_every_file),
		cmocka_unit_test(test_missing_directory_is_named),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
