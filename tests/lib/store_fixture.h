/* store_fixture.h: a fresh store in a temporary folder of its own, for
 * the unit tests of the session engine (not part of kbwiz). */
#ifndef KBWIZ_STORE_FIXTURE_H
#define KBWIZ_STORE_FIXTURE_H

#include <stddef.h>

#include "kbwiz/store.h"

/* A new temporary folder (*dir, malloc'd) holding a new store (db, its
 * path, written into size bytes; *store open), with the rules of kb_dir
 * loaded into it unless kb_dir is NULL.  0, or -1 with the reason on
 * stderr. */
int test_store_fixture(char **dir, char *db, size_t size, const char *kb_dir,
		       struct kb_store **store);

/* Closes the store and removes the folder (and frees dir). */
void test_store_fixture_free(char *dir, struct kb_store *store);

#endif
