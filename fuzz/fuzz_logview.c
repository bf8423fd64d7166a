/* fuzz_logview.c: libFuzzer target for core/logview.c.  logview reads
 * files, so each input is written to one temporary file (on /dev/shm when
 * there is one), opened, read in windows and searched both ways; the
 * lines a window returns are checked against the line count. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kbwiz/logview.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[256];
static int fd = -1;

static int setup(void)
{
	const char *dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : getenv("TMPDIR");

	snprintf(path, sizeof path, "%s/kbwiz-fuzz-logview.XXXXXX",
		 dir != NULL && *dir != '\0' ? dir : "/tmp");
	fd = mkstemp(path);
	return fd >= 0 ? 0 : -1;
}

static void cleanup(void)
{
	if (fd >= 0)
		unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const texts[] = { "a", "\r", "status 1720", "\xC3\xA9" };
	struct logview *lv = NULL;
	struct logview_window w;
	struct kb_error err;
	uint64_t n, found, at;
	size_t i;

	if (fd < 0) {
		if (setup() != 0)
			abort();
		atexit(cleanup);
	}
	if (ftruncate(fd, 0) != 0 || (size > 0 && pwrite(fd, data, size, 0) != (ssize_t)size))
		abort();
	if (logview_open(path, NULL, NULL, &lv, &err) != 0)
		return 0;
	n = logview_line_count(lv);
	for (at = 0; at <= n + 1; at += n / 3 + 1) {
		if (logview_around(lv, at, 2, &w, &err) != 0)
			continue;
		for (i = 0; i < w.n; i++)
			if (w.lines[i].line_no == 0 || w.lines[i].line_no > n ||
			    w.lines[i].len > LOGVIEW_LINE_MAX || w.lines[i].text[w.lines[i].len] != '\0')
				abort();
		logview_window_clear(&w);
	}
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		if (logview_search(lv, texts[i], 0, 0, &found, &err) == 0 && (found == 0 || found > n))
			abort();
		if (logview_search(lv, texts[i], n + 1, 1, &found, &err) == 0 && (found == 0 || found > n))
			abort();
	}
	logview_close(lv);
	return 0;
}
