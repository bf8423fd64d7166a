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

#endif
