/* store_fixture.c: a fresh store for unit tests (store_fixture.h). */
#include "store_fixture.h"

#include <stdio.h>
#include <stdlib.h>

#include "kbwiz/rule_load.h"
#include "testlib.h"

int test_store_fixture(char **dir, char *db, size_t size, const char *kb_dir,
		       struct kb_store **store)
{
	struct kb_error err = { "" };
	struct rule_set set;
	int rc;

	*store = NULL;
	if ((*dir = test_tmpdir()) == NULL)
		return -1;
	snprintf(db, size, "%s/kbwiz.db", *dir);
	if (store_open(db, STORE_OPEN_CREATE, store, NULL, &err) != 0) {
		fprintf(stderr, "store fixture: %s\n", err.msg);
		return -1;
	}
	if (kb_dir == NULL)
		return 0;
	if (rule_load_dir(kb_dir, &set, &err) != 0) {
		fprintf(stderr, "store fixture: %s\n", err.msg);
		return -1;
	}
	rc = store_load_rules(*store, &set, kb_dir, NULL, &err);
	rule_set_free(&set);
	if (rc != 0) {
		fprintf(stderr, "store fixture: %s\n", err.msg);
		return -1;
	}
	return 0;
}

void test_store_fixture_free(char *dir, struct kb_store *store)
{
	store_close(store);
	if (dir != NULL)
		test_rm_rf(dir);
	free(dir);
}
