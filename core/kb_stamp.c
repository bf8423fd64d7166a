/* kb_stamp.c: a rule directory's fingerprint from stat data (kb_stamp.h). */
#include "kbwiz/kb_stamp.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define FNV_OFFSET 0xcbf29ce484222325ull
#define FNV_PRIME 0x100000001b3ull

static uint64_t fnv(uint64_t h, const void *data, size_t len)
{
	const unsigned char *p = data;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= p[i];
		h *= FNV_PRIME;
	}
	return h;
}

static uint64_t fnv_u64(uint64_t h, uint64_t v)
{
	return fnv(h, &v, sizeof v);
}

/* The same rule as rule_load_dir: visible files ending in ".yaml". */
static int is_rule_file(const char *name)
{
	size_t n = strlen(name);

	return n > 5 && strcmp(name + n - 5, ".yaml") == 0 && name[0] != '.';
}

int kb_dir_stamp(const char *dir, char out[KB_STAMP_MAX], struct kb_error *err)
{
	DIR *d;
	struct dirent *de;
	struct stat st;
	uint64_t sum = 0, n = 0;
	int rc = 0;

	out[0] = '\0';
	d = opendir(dir);
	if (d == NULL)
		return kb_errorf(err, KB_EIO, "%s: %s", dir, strerror(errno));
	while ((de = readdir(d)) != NULL) {
		uint64_t h;

		if (!is_rule_file(de->d_name))
			continue;
		if (fstatat(dirfd(d), de->d_name, &st, 0) != 0) {
			rc = kb_errorf(err, KB_EIO, "%s/%s: %s", dir, de->d_name,
				       strerror(errno));
			goto out;
		}
		h = fnv(FNV_OFFSET, de->d_name, strlen(de->d_name) + 1);
		h = fnv_u64(h, (uint64_t)st.st_size);
		h = fnv_u64(h, (uint64_t)st.st_ino);
		h = fnv_u64(h, (uint64_t)st.st_mtim.tv_sec);
		h = fnv_u64(h, (uint64_t)st.st_mtim.tv_nsec);
		h = fnv_u64(h, (uint64_t)st.st_ctim.tv_sec);
		h = fnv_u64(h, (uint64_t)st.st_ctim.tv_nsec);
		/* A sum of mixed per-file hashes: independent of the
		 * order, no sort of 10,000 names needed. */
		sum += h * FNV_PRIME ^ (h >> 29);
		n++;
	}
	sum = fnv(sum, dir, strlen(dir));
	snprintf(out, KB_STAMP_MAX, "%016llx:%llu", (unsigned long long)sum,
		 (unsigned long long)n);
out:
	closedir(d);
	return rc;
}
