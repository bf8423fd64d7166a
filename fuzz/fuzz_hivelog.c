/* fuzz_hivelog.c: libFuzzer target for core/hivelog.c, the transaction
 * log parser.  The input is one or two logs (split at a 16-bit length)
 * replayed against a small dirty hive built here; a mode byte also lets
 * the input be the hive itself.  Checksums and hashes are hard to guess,
 * so some modes repair the log's base-block checksum and the first
 * entry's Marvin32 hashes, letting the fuzzer reach the entry and page
 * checks behind them. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/hivelog.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define BB 4096
#define BINS 8192

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static void put64(unsigned char *p, uint64_t v)
{
	put32(p, (uint32_t)v);
	put32(p + 4, (uint32_t)(v >> 32));
}

static uint32_t le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static void make_hive(unsigned char *h)
{
	memset(h, 0, BB + BINS);
	memcpy(h, "regf", 4);
	put32(h + 4, 3);
	put32(h + 8, 2);
	put32(h + 20, 1);
	put32(h + 24, 5);
	put32(h + 32, 1);
	put32(h + 36, 32);
	put32(h + 40, BINS);
	put32(h + 44, 1);
	memcpy(h + 48, "F\0U\0Z\0Z\0", 8);
	put32(h + 508, hivelog_checksum(h));
	memcpy(h + BB, "hbin", 4);
}

/* Make the log's base block belong to the hive, with a right checksum,
 * and the first entry's hashes right. */
static void repair(unsigned char *log, size_t n, const unsigned char *hive,
		   int hashes)
{
	uint32_t size;

	if (n < 512)
		return;
	memcpy(log, "regf", 4);
	memcpy(log + 48, hive + 48, 64);
	memset(log + 112, 0, 16);
	put32(log + 508, hivelog_checksum(log));
	if (!hashes || n < 512 + 40)
		return;
	memcpy(log + 512, "HvLE", 4);
	size = le32(log + 516);
	if (size < 40 || size > n - 512)
		return;
	put64(log + 512 + 24, hivelog_marvin32(log + 512 + 40, size - 40,
					       HIVELOG_MARVIN_SEED));
	put64(log + 512 + 32, hivelog_marvin32(log + 512, 32,
					       HIVELOG_MARVIN_SEED));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static unsigned char hive[BB + BINS];
	struct hivelog_input in[2];
	struct hivelog_result r;
	struct kb_error err;
	unsigned char *copy;
	size_t split, n_in = 1, hive_size = sizeof hive;
	int mode;

	if (size < 3)
		return 0;
	mode = data[0] & 3;
	split = (size_t)data[1] | (size_t)data[2] << 8;
	data += 3;
	size -= 3;
	make_hive(hive);
	if ((copy = malloc(size + 1)) == NULL)
		return 0;
	memcpy(copy, data, size);
	if (mode == 3) {
		/* The input is the hive: its first bytes over ours. */
		memcpy(hive, copy, size < sizeof hive ? size : sizeof hive);
		hive_size = size < BB ? BB : (size < sizeof hive ? size : sizeof hive);
		in[0] = (struct hivelog_input){ "FUZZ.LOG1", hive, 0 };
	} else {
		if (split > size)
			split = size;
		if (mode >= 1)
			repair(copy, split, hive, mode == 2);
		in[0] = (struct hivelog_input){ "FUZZ.LOG1", copy, split };
		in[1] = (struct hivelog_input){ "FUZZ.LOG2", copy + split,
						size - split };
		n_in = 2;
	}
	if (hivelog_recover_mem(hive, hive_size, in, n_in, &r, &err) == 0) {
		char line[700];

		hivelog_describe(&r, line, sizeof line);
		/* A recovered image is always a clean, complete hive. */
		if (r.status == HIVELOG_RECOVERED &&
		    (r.image_size < BB || le32(r.image + 4) != le32(r.image + 8) ||
		     le32(r.image + 508) != hivelog_checksum(r.image)))
			abort();
		hivelog_result_free(&r);
	}
	free(copy);
	return 0;
}
