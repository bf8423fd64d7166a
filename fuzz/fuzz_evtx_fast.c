/* fuzz_evtx_fast.c: libFuzzer target for core/evtx_fast.c, the .evtx
 * chunk and binary XML reader.  The input is read twice: as the records
 * of a chunk (a chunk header made around it, so that the fuzzer reaches
 * the records and templates at once), and as a whole chunk.  Each buffer
 * is exactly as long as the data, so that ASan sees any read past it.
 * Then the checks kbwiz makes before vouching for a file: on the input
 * as a file header, and on the input as a whole 64 KiB chunk whose
 * checksums are made right (so that the framing checks behind them are
 * reached). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "kbwiz/evtx_fast.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define HEAD 512

static void put32le(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

static size_t touch_all(struct evtx_fast *f, const uint8_t *chunk, size_t len)
{
	struct evtx_fast_record rec;
	uint64_t a = 0, b = 0;
	size_t total = 0, i;
	int rc;

	(void)evtx_fast_chunk_count(chunk, len, &a, &b);
	(void)evtx_fast_chunk_sound(chunk, len);
	if (evtx_fast_chunk_start(f, chunk, len) != 0)
		return 0;
	while ((rc = evtx_fast_next(f, &rec)) == 1) {
		if (!rec.supported)
			continue;
		total += strlen(rec.provider) + strlen(rec.channel) +
			 strlen(rec.computer) + rec.event_id + rec.level;
		for (i = 0; i < rec.n_strings; i++)
			total += strlen(rec.strings[i]);
	}
	return total;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct evtx_fast *f = evtx_fast_new();
	uint8_t *chunk;
	size_t len;

	if (f == NULL)
		return 0;
	/* The records of a chunk. */
	len = HEAD + (size < EVTX_CHUNK_SIZE - HEAD ? size : EVTX_CHUNK_SIZE - HEAD);
	chunk = calloc(1, len);
	if (chunk != NULL) {
		uint32_t free_off = (uint32_t)len;

		memcpy(chunk, "ElfChnk", 8);
		chunk[48] = (uint8_t)free_off;
		chunk[49] = (uint8_t)(free_off >> 8);
		chunk[50] = (uint8_t)(free_off >> 16);
		memcpy(chunk + HEAD, data, len - HEAD);
		(void)touch_all(f, chunk, len);
		free(chunk);
	}
	/* A whole chunk, its header included. */
	len = size < EVTX_CHUNK_SIZE ? size : EVTX_CHUNK_SIZE;
	chunk = malloc(len ? len : 1);
	if (chunk != NULL) {
		memcpy(chunk, data, len);
		(void)touch_all(f, chunk, len);
		free(chunk);
	}
	/* The input as a file header. */
	{
		struct evtx_fast_file_info info;
		uint8_t *h = malloc(size ? size : 1);

		if (h != NULL) {
			memcpy(h, data, size);
			(void)evtx_fast_file_header(h, size, &info);
			free(h);
		}
	}
	/* A whole chunk with its checksums right. */
	chunk = calloc(1, EVTX_CHUNK_SIZE);
	if (chunk != NULL) {
		uint32_t crc, free_off;

		memcpy(chunk, data, size < EVTX_CHUNK_SIZE ? size : EVTX_CHUNK_SIZE);
		free_off = (uint32_t)chunk[48] | (uint32_t)chunk[49] << 8 |
			   (uint32_t)chunk[50] << 16 | (uint32_t)chunk[51] << 24;
		if (free_off >= 512 && free_off <= EVTX_CHUNK_SIZE) {
			crc = (uint32_t)crc32(0, chunk + 512, free_off - 512);
			put32le(chunk + 52, crc);
		}
		crc = (uint32_t)crc32(crc32(0, chunk, 120), chunk + 128, 384);
		put32le(chunk + 124, crc);
		(void)evtx_fast_chunk_sound(chunk, EVTX_CHUNK_SIZE);
		(void)touch_all(f, chunk, EVTX_CHUNK_SIZE);
		free(chunk);
	}
	evtx_fast_free(f);
	return 0;
}
