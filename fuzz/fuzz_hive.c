/* fuzz_hive.c: libFuzzer target for core/hive.c.  hivex opens only
 * files, so each input is written to one temporary file (on /dev/shm
 * when there is one, to keep it in memory), opened, and read through a
 * fixed set of checks: those of Q262832 plus one of each other kind. */
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kbwiz/hive.h"
#include "kbwiz/machine.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CCS "HKLM\\SYSTEM\\CurrentControlSet\\"

static struct rule_check checks[] = {
	{ .id = "clussvc", .key = CCS "Services\\ClusSvc",
	  .expect = EXPECT_KEY_EXISTS },
	{ .id = "provider-key",
	  .key = CCS "Services\\Winsock\\Setup Migration\\Providers\\Clusnet",
	  .expect = EXPECT_KEY_EXISTS },
	{ .id = "provider-list", .key = CCS "Services\\Winsock\\Setup Migration",
	  .value = "Provider List", .type = KB_REG_MULTI_SZ,
	  .expect = EXPECT_MULTI_SZ_CONTAINS, .data = "Clusnet" },
	{ .id = "transports", .key = CCS "Services\\Winsock\\Parameters",
	  .value = "Transports", .type = KB_REG_MULTI_SZ,
	  .expect = EXPECT_MULTI_SZ_CONTAINS, .data = "Clusnet" },
	{ .id = "start", .key = CCS "Services\\ClusSvc", .value = "Start",
	  .type = KB_REG_DWORD, .expect = EXPECT_VALUE_EQUALS, .number = 2 },
	{ .id = "start-range", .key = CCS "Services\\ClusSvc", .value = "Start",
	  .expect = EXPECT_DWORD_RANGE, .min = 0, .max = 4 },
	{ .id = "image", .key = CCS "Services\\ClusSvc", .value = "ImagePath",
	  .type = KB_REG_EXPAND_SZ, .expect = EXPECT_VALUE_EQUALS,
	  .data = "%SystemRoot%\\cluster\\clussvc.exe" },
	{ .id = "default", .key = "HKLM\\SYSTEM\\Select", .value = "",
	  .type = KB_REG_SZ, .expect = EXPECT_VALUE_EQUALS, .data = "x" },
	{ .id = "absent", .key = "HKLM\\SYSTEM\\ControlSet002\\Services\\X",
	  .expect = EXPECT_KEY_ABSENT },
};

static char path[256];
static int fd = -1;

static uint32_t le32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static int setup(void)
{
	const char *dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : getenv("TMPDIR");

	snprintf(path, sizeof path, "%s/kbwiz-fuzz-hive.XXXXXX",
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
	struct rule r = { 0 };
	struct kb_hive *h = NULL;
	struct kb_error err;
	struct controlset_diff *diffs = NULL;
	size_t n_diffs = 0, i;
	uint8_t *copy;
	int n;

	if (fd < 0) {
		if (setup() != 0)
			abort();
		atexit(cleanup);
	}
	copy = malloc(size > 0 ? size : 1);
	if (copy == NULL)
		return 0;
	memcpy(copy, data, size);
	/* Repair the base-block checksum so that mutations reach the cells
	 * instead of all dying at the checksum test (covered by unit tests). */
	if (size >= 4096) {
		uint32_t sum = 0;

		for (i = 0; i < 508; i += 4)
			sum ^= le32(copy + i);
		copy[0x1FC] = (uint8_t)sum;
		copy[0x1FD] = (uint8_t)(sum >> 8);
		copy[0x1FE] = (uint8_t)(sum >> 16);
		copy[0x1FF] = (uint8_t)(sum >> 24);
	}
	if (ftruncate(fd, 0) != 0 ||
	    (size > 0 && pwrite(fd, copy, size, 0) != (ssize_t)size))
		abort();
	free(copy);

	if (hive_open(path, &h, &err) != 0)
		return 0;
	(void)hive_kind(h);
	(void)hive_is_dirty(h);
	(void)hive_select(h, "LastKnownGood", &n, &err);
	for (i = 0; i < sizeof checks / sizeof checks[0]; i++) {
		struct check_result res;

		if (hive_eval_check(h, &checks[i], &res, &err) == 0)
			check_result_clear(&res);
	}
	r.checks = checks;
	r.n_checks = sizeof checks / sizeof checks[0];
	if (hive_compare_control_sets(h, &r, &diffs, &n_diffs, &err) == 0)
		controlset_diffs_free(diffs, n_diffs);
	for (i = 0; i < sizeof checks / sizeof checks[0]; i++) {
		int64_t t;
		(void)hive_check_key_time(h, &checks[i], &t, &err);
	}
	/* The machine's identity reads values of every type from both
	 * hives' places: the input serves as each. */
	{
		struct machine_info m;
		char text[512];

		if (machine_read(h, h, &m, &err) == 0) {
			machine_describe(&m, text, sizeof text);
			machine_summary(&m, text, sizeof text);
			/* Times through the zone's rules: a summer and a winter
			 * day, and the shutdown time. */
			machine_format_time_utc(&m, 1023790542, text, sizeof text);
			machine_format_time_utc(&m, 1011096000, text, sizeof text);
			machine_format_time(&m, m.shutdown_time, text, sizeof text);
			machine_info_clear(&m);
		}
	}
	hive_close(h);
	return 0;
}
