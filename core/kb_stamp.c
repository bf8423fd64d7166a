/* kb_stamp.c: a rule directory's fingerprint from stat data (kb_stamp.h). */
#include "kbwiz/kb_stamp.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kbwiz/strbuf.h"

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

/* One file's share of the stamp. */
static uint64_t file_hash(const char *name, const struct stat *st)
{
	uint64_t h;

	h = fnv(FNV_OFFSET, name, strlen(name) + 1);
	h = fnv_u64(h, (uint64_t)st->st_size);
	h = fnv_u64(h, (uint64_t)st->st_ino);
	h = fnv_u64(h, (uint64_t)st->st_mtim.tv_sec);
	h = fnv_u64(h, (uint64_t)st->st_mtim.tv_nsec);
	h = fnv_u64(h, (uint64_t)st->st_ctim.tv_sec);
	h = fnv_u64(h, (uint64_t)st->st_ctim.tv_nsec);
	/* A sum of mixed per-file hashes: independent of the order, no
	 * sort of 10,000 names needed. */
	return h * FNV_PRIME ^ (h >> 29);
}

/* Stat'ing 10,000 files is most of what `kb search` and the wizard's
 * first screen cost, nearly all of it in the kernel's path lookup; the
 * files are stat'ed on up to STAMP_THREADS threads, as git's
 * preload-index does, when there are this many. */
/* Measured at 10,000 files on ext4 (one thread, a warm cache): about
 * 1.15 us a file with fstatat and the same with statx asking only for
 * STATX_MTIME|STATX_SIZE|STATX_INO with AT_STATX_DONT_SYNC, so the cost
 * is the lookup of the name, not the fields filled; readdir adds ~3 ms.
 * A directory's mtime cannot stand in for its files': an edit in place
 * changes only the file's. */
#define STAMP_PARALLEL_MIN 2048
#define STAMP_THREADS 4

struct stat_range {
	int dir_fd;
	const char *names;        /* NUL-separated */
	const size_t *offsets;
	size_t from, to;
	uint64_t sum;
	size_t failed;            /* index of the first file not stat'ed, or to */
	int failed_errno;
};

static void *stat_range_run(void *v)
{
	struct stat_range *r = v;
	struct stat st;
	size_t i;

	r->sum = 0;
	r->failed = r->to;
	for (i = r->from; i < r->to; i++) {
		const char *name = r->names + r->offsets[i];
		if (fstatat(r->dir_fd, name, &st, 0) != 0) {
			r->failed = i;
			r->failed_errno = errno;
			break;
		}
		r->sum += file_hash(name, &st);
	}
	return NULL;
}

static size_t stamp_threads(size_t n_files)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	size_t n = cpus > 1 ? (size_t)cpus : 1;

	if (n_files < STAMP_PARALLEL_MIN)
		return 1;
	if (n > STAMP_THREADS)
		n = STAMP_THREADS;
	if (n > n_files / (STAMP_PARALLEL_MIN / 2))
		n = n_files / (STAMP_PARALLEL_MIN / 2);
	return n > 0 ? n : 1;
}

int kb_dir_stamp(const char *dir, char out[KB_STAMP_MAX], struct kb_error *err)
{
	struct stat_range ranges[STAMP_THREADS];
	pthread_t threads[STAMP_THREADS];
	int started[STAMP_THREADS] = { 0 };
	struct kb_buf names = KB_BUF_INIT;
	size_t *offsets = NULL, cap = 0, n = 0, n_threads, t, failed;
	struct dirent *de;
	uint64_t sum = 0;
	DIR *d;
	int rc = 0;

	out[0] = '\0';
	d = opendir(dir);
	if (d == NULL)
		return kb_errorf(err, KB_EIO, "%s: %s", dir, strerror(errno));
	while ((de = readdir(d)) != NULL) {
		if (!is_rule_file(de->d_name))
			continue;
		if (n == cap) {
			size_t *grown;
			cap = cap == 0 ? 256 : cap * 2;
			if ((grown = realloc(offsets, cap * sizeof *grown)) == NULL)
				goto nomem;
			offsets = grown;
		}
		offsets[n++] = names.len;
		kb_buf_add(&names, de->d_name, strlen(de->d_name) + 1);
	}
	if (names.oom)
		goto nomem;
	n_threads = stamp_threads(n);
	for (t = 0; t < n_threads; t++) {
		ranges[t].dir_fd = dirfd(d);
		ranges[t].names = names.p;
		ranges[t].offsets = offsets;
		ranges[t].from = n * t / n_threads;
		ranges[t].to = n * (t + 1) / n_threads;
		ranges[t].failed_errno = 0;
		/* The first range is this thread's, and so is any range whose
		 * thread cannot be started. */
		if (t > 0 && pthread_create(&threads[t], NULL, stat_range_run, &ranges[t]) == 0)
			started[t] = 1;
	}
	for (t = 0; t < n_threads; t++) {
		if (t == 0 || !started[t])
			stat_range_run(&ranges[t]);
	}
	for (t = 0; t < n_threads; t++)
		if (started[t])
			pthread_join(threads[t], NULL);
	/* Named as the one-thread walk names it: the first in readdir order. */
	for (t = 0, failed = n; t < n_threads; t++) {
		if (ranges[t].failed < ranges[t].to) {
			rc = kb_errorf(err, KB_EIO, "%s/%s: %s", dir,
				       names.p + offsets[ranges[t].failed],
				       strerror(ranges[t].failed_errno));
			failed = ranges[t].failed;
			break;
		}
		sum += ranges[t].sum;
	}
	if (failed < n)
		goto out;
	sum = fnv(sum, dir, strlen(dir));
	snprintf(out, KB_STAMP_MAX, "%016llx:%llu", (unsigned long long)sum,
		 (unsigned long long)n);
	goto out;
nomem:
	rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", dir);
out:
	closedir(d);
	free(offsets);
	kb_buf_free(&names);
	return rc;
}
