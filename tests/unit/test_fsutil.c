/* test_fsutil.c: the one rule for every output file kbwiz writes: only a
 * regular file is replaced (never a device, a FIFO or a symbolic link),
 * a replaced file keeps its mode, a new one honours the umask; and the one
 * way a path is made absolute. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include <cmocka.h>

#include "kbwiz/fsutil.h"
#include "lib/testlib.h"

struct fixture {
	char *dir;
	char path[1024];
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);

	if (f == NULL || (f->dir = test_tmpdir()) == NULL)
		return -1;
	snprintf(f->path, sizeof f->path, "%s/report.md", f->dir);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	test_rm_rf(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

static mode_t mode_of(const char *path)
{
	struct stat st;

	assert_int_equal(lstat(path, &st), 0);
	return st.st_mode;
}

/* Writing over what is at f->path is refused, naming it, and leaves it. */
static void expect_refused(struct fixture *f, const char *kind, mode_t type)
{
	struct kb_error err = { "" };
	char expect[1200];

	assert_int_equal(kb_write_file_atomic(f->path, "x\n", 2, &err), KB_EREFUSED);
	snprintf(expect, sizeof expect, "%s: is %s, not a regular file; refusing to replace it",
		 f->path, kind);
	assert_string_equal(err.msg, expect);
	assert_int_equal(mode_of(f->path) & S_IFMT, type);
}

static void test_a_fifo_is_not_replaced(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(mkfifo(f->path, 0600), 0);
	expect_refused(f, "a FIFO", S_IFIFO);
}

static void test_a_symbolic_link_to_stdout_is_not_replaced(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(symlink("/proc/self/fd/1", f->path), 0);
	expect_refused(f, "a symbolic link", S_IFLNK);
}

static void test_a_character_device_is_not_replaced(void **state)
{
	struct fixture *f = *state;

	/* A null device of our own, in the test's folder: never /dev/null. */
	if (mknod(f->path, S_IFCHR | 0666, makedev(1, 3)) != 0) {
		printf("SKIP: test_a_character_device_is_not_replaced: mknod needs root\n");
		skip();
	}
	expect_refused(f, "a character device", S_IFCHR);
}

static void test_a_directory_is_not_replaced(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(mkdir(f->path, 0700), 0);
	expect_refused(f, "a directory", S_IFDIR);
}

static void test_a_replaced_file_keeps_its_mode(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };

	assert_int_equal(test_write_file(f->path, "old\n", 4), 0);
	assert_int_equal(chmod(f->path, 0600), 0);
	umask(022);
	assert_int_equal(kb_write_file_atomic(f->path, "new\n", 4, &err), 0);
	assert_int_equal(mode_of(f->path) & 07777, 0600);
	assert_int_equal(chmod(f->path, 0640), 0);
	assert_int_equal(kb_write_file_atomic(f->path, "newer\n", 6, &err), 0);
	assert_int_equal(mode_of(f->path) & 07777, 0640);
}

static void test_a_new_file_honours_the_umask(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	mode_t old = umask(077);

	assert_int_equal(kb_write_file_atomic(f->path, "new\n", 4, &err), 0);
	assert_int_equal(mode_of(f->path) & 07777, 0600);
	unlink(f->path);
	umask(022);
	assert_int_equal(kb_write_file_atomic(f->path, "new\n", 4, &err), 0);
	assert_int_equal(mode_of(f->path) & 07777, 0644);
	/* The umask itself is left as it was found. */
	assert_int_equal(umask(old), 022);
}

/* A file whose directory is missing, or is a file, is refused naming that
 * directory, before anything is written. */
static void test_a_missing_directory_is_named(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	char path[1200], expect[2600];
	mode_t mode;

	snprintf(path, sizeof path, "%s/gone/report.md", f->dir);
	assert_int_equal(kb_write_file_atomic(path, "x\n", 2, &err), KB_EIO);
	snprintf(expect, sizeof expect, "%s: cannot write there: %s/gone: no such directory",
		 path, f->dir);
	assert_string_equal(err.msg, expect);
	assert_int_equal(test_write_file(f->path, "x\n", 2), 0);
	snprintf(path, sizeof path, "%s/r.md", f->path);
	assert_int_equal(kb_output_check(path, &mode, &err), KB_EIO);
	snprintf(expect, sizeof expect, "%s: cannot write there: %s is not a directory",
		 path, f->path);
	assert_string_equal(err.msg, expect);
	snprintf(path, sizeof path, "%s/gone/", f->dir);
	assert_int_equal(kb_output_check(path, &mode, &err), KB_EIO);
	assert_non_null(strstr(err.msg, "gone/: no such directory"));
}

static void expect_absolute(const char *path, const char *want)
{
	struct kb_error err = { "" };
	char *abs = NULL;

	assert_int_equal(kb_absolute_path(path, &abs, &err), 0);
	assert_string_equal(abs, want);
	free(abs);
}

static void test_absolute_path_tidies_by_the_letters(void **state)
{
	(void)state;
	expect_absolute("/a//b/./c/", "/a/b/c");
	expect_absolute("/a/b/../c", "/a/c");
	expect_absolute("/../..", "/");
	expect_absolute("/", "/");
}

/* Relative to the working directory; the file need not exist (a library
 * file removed since it was added). */
static void test_absolute_path_joins_the_working_directory(void **state)
{
	struct fixture *f = *state;
	char old[1024], *real, want[2048];

	assert_non_null(getcwd(old, sizeof old));
	assert_int_equal(chdir(f->dir), 0);
	assert_non_null(real = realpath(".", NULL));
	snprintf(want, sizeof want, "%s/not-there/x.evt", real);
	expect_absolute("./not-there//x.evt", want);
	snprintf(want, sizeof want, "%s/x.evt", real);
	expect_absolute("sub/../x.evt", want);
	free(real);
	assert_int_equal(chdir(old), 0);
}

/* A symbolic link keeps its name: following it is the caller's choice
 * (fix.c repairs a hive given as a link at the real file). */
static void test_absolute_path_does_not_follow_links(void **state)
{
	struct fixture *f = *state;
	char link[1100];

	snprintf(link, sizeof link, "%s/link", f->dir);
	assert_int_equal(symlink("/etc/hostname", link), 0);
	expect_absolute(link, link);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_a_fifo_is_not_replaced, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_symbolic_link_to_stdout_is_not_replaced, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_character_device_is_not_replaced, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_directory_is_not_replaced, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_replaced_file_keeps_its_mode, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_new_file_honours_the_umask, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_missing_directory_is_named, setup, teardown),
		cmocka_unit_test(test_absolute_path_tidies_by_the_letters),
		cmocka_unit_test_setup_teardown(test_absolute_path_joins_the_working_directory, setup, teardown),
		cmocka_unit_test_setup_teardown(test_absolute_path_does_not_follow_links, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
