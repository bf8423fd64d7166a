/* testlib.c: small helpers shared by unit tests and fixture tools. */
#include "testlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *test_tmpdir(void)
{
	const char *base = getenv("TMPDIR");
	char *path;

	if (base == NULL || *base == '\0')
		base = "/tmp";
	path = malloc(strlen(base) + 32);
	if (path == NULL)
		return NULL;
	sprintf(path, "%s/kbwiz-unit.XXXXXX", base);
	if (mkdtemp(path) == NULL) {
		free(path);
		return NULL;
	}
	return path;
}

int test_write_file(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	int rc = 0;

	if (f == NULL)
		return -1;
	if (len > 0 && fwrite(data, 1, len, f) != len)
		rc = -1;
	if (fclose(f) != 0)
		rc = -1;
	return rc;
}

int test_rm_rf(const char *path)
{
	char *cmd;
	int rc;

	/* Only ever called on our own mkdtemp directories. */
	cmd = malloc(strlen(path) + 16);
	if (cmd == NULL)
		return -1;
	sprintf(cmd, "rm -rf '%s'", path);
	rc = system(cmd);
	free(cmd);
	return rc;
}

unsigned char *test_slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *buf = NULL;
	long size = -1;

	if (fp != NULL && fseek(fp, 0, SEEK_END) == 0)
		size = ftell(fp);
	if (size >= 0) {
		rewind(fp);
		buf = malloc((size_t)size + 1);
	}
	if (buf == NULL || fread(buf, 1, (size_t)size, fp) != (size_t)size) {
		fprintf(stderr, "test_slurp: cannot read %s\n", path);
		exit(1);
	}
	fclose(fp);
	*len = (size_t)size;
	return buf;
}

int test_shared_file(const char *path)
{
	struct stat st;

	if (stat(path, &st) == 0)
		return 1;
	printf("SKIP: %s absent (real test data lives in ../shared/testdata)\n",
	       path);
	return 0;
}

int test_store_dir_setup(void **state, const char *db_name)
{
	struct test_store_dir *f = calloc(1, sizeof *f);

	if (f == NULL || (f->dir = test_tmpdir()) == NULL) {
		free(f);
		return -1;
	}
	snprintf(f->db, sizeof f->db, "%s/%s", f->dir, db_name);
	*state = f;
	return 0;
}

int test_store_dir_teardown(void **state)
{
	struct test_store_dir *f = *state;

	test_rm_rf(f->dir);
	free(f->dir);
	free(f);
	return 0;
}
