/* fuzz_zipsrc.c: libFuzzer target for core/zipsrc.c.  The input is a zip
 * (read through libarchive from a memfd); the entries that are evidence
 * are copied into a private directory, which must then hold only files
 * under vol/ that zipsrc named, and nothing outside it.  The first line
 * of the input is also tried as an entry name. */
#define _GNU_SOURCE
#include <ftw.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "kbwiz/zipsrc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct zipsrc_limits lim;
	struct zipsrc_result r;
	struct kb_error err;
	char name[512], out[1024], dir[] = "/tmp/kbwiz-fuzz-zip.XXXXXX", zip[64];
	size_t n = 0, i;
	int fd;

	while (n < size && n + 1 < sizeof name && data[n] != '\n') {
		name[n] = data[n] ? (char)data[n] : '_';
		n++;
	}
	name[n] = '\0';
	if (zipsrc_volume_path(name, out, sizeof out) == 1 &&
	    (strstr(out, "/../") != NULL || strncmp(out, "../", 3) == 0 || out[0] == '/'))
		abort();
	if ((fd = memfd_create("fuzz-zip", 0)) < 0)
		return 0;
	if (write(fd, data, size) != (ssize_t)size || mkdtemp(dir) == NULL) {
		close(fd);
		return 0;
	}
	snprintf(zip, sizeof zip, "/proc/self/fd/%d", fd);
	zipsrc_default_limits(&lim);
	lim.max_entry_bytes = lim.max_total_bytes = 1 << 20;
	lim.ratio_floor_bytes = 1 << 16;
	zipsrc_extract(zip, dir, &lim, &r, &err);
	for (i = 0; i < r.n_files; i++)
		if (strncmp(r.files[i].copy_path, dir, strlen(dir)) != 0 ||
		    strstr(r.files[i].copy_path, "/../") != NULL)
			abort();
	zipsrc_result_free(&r);
	nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	close(fd);
	return 0;
}
