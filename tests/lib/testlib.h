/* testlib.h: helpers for tests (not part of kbwiz). */
#ifndef KBWIZ_TESTLIB_H
#define KBWIZ_TESTLIB_H

#include <stddef.h>

/* A new empty directory under $TMPDIR; caller frees the string. */
char *test_tmpdir(void);
int test_write_file(const char *path, const void *data, size_t len);
/* rm -rf a directory made by test_tmpdir. */
int test_rm_rf(const char *path);

/* The whole file (malloc'd, one spare byte), its size in *len; exits
 * the test program when it cannot be read. */
unsigned char *test_slurp(const char *path, size_t *len);
/* Whether the real test file path exists; prints a SKIP line if not. */
int test_shared_file(const char *path);

/* A cmocka fixture many store tests share: a new temporary folder and
 * the path of a store inside it (db_name, relative: "kbwiz.db",
 * "sub/dir/kbwiz.db"), the store itself not made.  Setup puts it in
 * *state; teardown removes the folder and frees it. */
struct test_store_dir {
	char *dir;
	char db[512];
};
int test_store_dir_setup(void **state, const char *db_name);
int test_store_dir_teardown(void **state);

#endif
