/* mkdirtyhive: make a dirty hive with a new-format transaction log, for
 * tests.
 *
 *   mkdirtyhive PRIMARY LATER OUT
 *
 * OUT is PRIMARY with its base block made dirty (first sequence number
 * one above the second); OUT.LOG1 holds one HvLE entry carrying every
 * hive bins page of LATER.  Replaying the log therefore gives LATER's
 * content: a reader that ignores the logs sees PRIMARY, one that replays
 * them sees LATER.  LATER must be at least as large as PRIMARY. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/fsutil.h"
#include "kbwiz/hivelog.h"

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static void put64(unsigned char *p, uint64_t v)
{
	put32(p, (uint32_t)v);
	put32(p + 4, (uint32_t)(v >> 32));
}

int main(int argc, char **argv)
{
	struct kb_error err = { "" };
	char *prim = NULL, *later = NULL, logname[4200];
	unsigned char *log = NULL, *e;
	size_t plen, llen, size, i, count, bins;
	uint32_t seq;
	int rc = 1;

	if (argc != 4) {
		fprintf(stderr, "usage: mkdirtyhive PRIMARY LATER OUT\n");
		return 2;
	}
	if (kb_read_file(argv[1], 1 << 28, &prim, &plen, &err) != 0 ||
	    kb_read_file(argv[2], 1 << 28, &later, &llen, &err) != 0) {
		fprintf(stderr, "mkdirtyhive: %s\n", err.msg);
		goto out;
	}
	bins = get32((unsigned char *)later + 40);
	if (plen < 4096 || llen < 4096 + bins || llen < plen) {
		fprintf(stderr, "mkdirtyhive: unsuitable hives\n");
		goto out;
	}
	seq = get32((unsigned char *)prim + 8);
	put32((unsigned char *)prim + 4, seq + 1);
	put32((unsigned char *)prim + 508, hivelog_checksum((unsigned char *)prim));
	count = bins / 4096;
	size = (40 + count * 8 + bins + 511) / 512 * 512;
	if ((log = calloc(1, 512 + size)) == NULL)
		goto out;
	memcpy(log, prim, 512);
	put32(log + 4, seq + 1);
	put32(log + 8, seq + 1);
	put32(log + 28, 6);
	put32(log + 508, hivelog_checksum(log));
	e = log + 512;
	memcpy(e, "HvLE", 4);
	put32(e + 4, (uint32_t)size);
	put32(e + 12, seq + 1);
	put32(e + 16, (uint32_t)bins);
	put32(e + 20, (uint32_t)count);
	for (i = 0; i < count; i++) {
		put32(e + 40 + 8 * i, (uint32_t)(i * 4096));
		put32(e + 44 + 8 * i, 4096);
	}
	memcpy(e + 40 + count * 8, later + 4096, bins);
	put64(e + 24, hivelog_marvin32(e + 40, size - 40, HIVELOG_MARVIN_SEED));
	put64(e + 32, hivelog_marvin32(e, 32, HIVELOG_MARVIN_SEED));
	snprintf(logname, sizeof logname, "%s.LOG1", argv[3]);
	if (kb_write_file_atomic(argv[3], prim, plen, &err) != 0 ||
	    kb_write_file_atomic(logname, log, 512 + size, &err) != 0) {
		fprintf(stderr, "mkdirtyhive: %s\n", err.msg);
		goto out;
	}
	rc = 0;
out:
	free(prim);
	free(later);
	free(log);
	return rc;
}
