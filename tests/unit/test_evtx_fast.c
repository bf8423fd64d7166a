/* test_evtx_fast.c: core/evtx_fast.c and the .evtx reader built on it
 * (core/evtlog_binary.c): every event it gives equals what libevtx alone
 * gives, on the real System.evtx, on a large file assembled from its
 * chunks, and on cut and bit-flipped copies. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "kbwiz/evtlog.h"
#include "kbwiz/evtx_fast.h"
#include "kbwiz/strbuf.h"
#include "lib/testlib.h"
#include "../../core/evtlog_internal.h"

#define REAL_EVTX "../shared/testdata/evtx/system.evtx"

/* Every field of every event, one line each. */
static int dump(void *ctx, const struct kb_event *ev)
{
	struct kb_buf *b = ctx;
	size_t i;

	kb_buf_printf(b, "%lld|%llu|%s|%s|%u|%08x|%d|%s|%d", (long long)ev->time,
		      (unsigned long long)ev->record_number, ev->log, ev->source,
		      ev->event_id, ev->raw_identifier, (int)ev->level,
		      ev->computer, ev->recovered);
	for (i = 0; i < ev->n_strings; i++)
		kb_buf_printf(b, "|[%s]", ev->strings[i]);
	kb_buf_putc(b, '\n');
	return 0;
}

struct reading {
	int rc;
	struct evtlog_stats st;
	struct kb_buf out;
};

/* Declines all but two event IDs (one whose strings libevtx reads). */
static int want_two(void *ctx, const struct kb_event *ev)
{
	(void)ctx;
	assert_null(ev->log);
	return ev->event_id == 7036 || ev->event_id == 6013;
}

static void read_with(enum evtx_reader reader, const char *name,
		      const unsigned char *data, size_t len, struct reading *r,
		      evtlog_want_fn want)
{
	struct kb_error err;

	memset(r, 0, sizeof *r);
	evtlog_evtx_reader = reader;
	if (data != NULL)
		r->rc = evtlog_read_buffer(name, data, len, dump, &r->out, &r->st, &err);
	else
		r->rc = evtlog_read_wanted(name, want, dump, NULL, &r->out,
					   &r->st, &err);
	evtlog_evtx_reader = EVTX_READER_AUTO;
	assert_false(r->out.oom);
	if (r->rc != 0)
		assert_non_null(strstr(err.msg, name));
}

/* Read name (or data) both ways: the same result.  Returns how many
 * records the fast reader left to libevtx. */
/* Whether the last fast read was streamed (vouched for by kbwiz). */
static int last_streamed;

static uint64_t check_same_wanted(const char *name, const unsigned char *data,
				  size_t len, uint64_t *events, evtlog_want_fn want)
{
	struct reading fast, slow;

	read_with(EVTX_READER_AUTO, name, data, len, &fast, want);
	read_with(EVTX_READER_LIBEVTX, name, data, len, &slow, want);
	assert_int_equal(fast.rc, slow.rc);
	assert_int_equal(fast.st.events, slow.st.events);
	assert_int_equal(fast.st.skipped, slow.st.skipped);
	assert_int_equal(fast.st.damaged, slow.st.damaged);
	assert_int_equal(fast.st.recovered, slow.st.recovered);
	assert_int_equal(fast.st.file_dirty, slow.st.file_dirty);
	assert_int_equal(fast.st.file_corrupted, slow.st.file_corrupted);
	assert_int_equal(fast.out.len, slow.out.len);
	if (fast.out.len > 0)
		assert_string_equal(fast.out.p, slow.out.p);
	if (events != NULL)
		*events = fast.st.events;
	last_streamed = fast.st.evtx_streamed;
	assert_int_equal(slow.st.evtx_streamed, 0);
	kb_buf_free(&fast.out);
	kb_buf_free(&slow.out);
	return fast.st.evtx_libevtx;
}

static uint64_t check_same(const char *name, const unsigned char *data,
			   size_t len, uint64_t *events)
{
	return check_same_wanted(name, data, len, events, NULL);
}

static void test_real_evtx_reads_as_libevtx_does(void **state)
{
	uint64_t events = 0, slow;

	(void)state;
	if (!test_shared_file(REAL_EVTX)) {
		skip();
		return;
	}
	slow = check_same(REAL_EVTX, NULL, 0, &events);
	assert_int_equal(events, 1601);
	/* Vouched for and read chunk by chunk, libevtx opening single
	 * chunks for the records left to it. */
	assert_true(last_streamed);
	assert_true(slow > 0);
	/* The fast reader did the work: libevtx read only what it left
	 * (string arrays, values left out), a few percent. */
	assert_true(slow * 10 < events);
	/* Filtered: the same events delivered and skipped. */
	check_same_wanted(REAL_EVTX, NULL, 0, &events, want_two);
}

/* The real System.evtx read into memory, or NULL (the test skipped)
 * when ../shared/testdata is absent. */
static unsigned char *real_evtx(size_t *len)
{
	if (!test_shared_file(REAL_EVTX)) {
		skip();
		return NULL;
	}
	return test_slurp(REAL_EVTX, len);
}

/* A CRC32 (IEEE), as the .evtx checksums use. */
static uint32_t crc32_ieee(const unsigned char *p, size_t n)
{
	uint32_t c = 0xFFFFFFFFu;
	size_t i;
	int k;

	for (i = 0; i < n; i++) {
		c ^= p[i];
		for (k = 0; k < 8; k++)
			c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
	}
	return ~c;
}

static uint64_t get64(const unsigned char *p)
{
	uint64_t v = 0;
	int i;

	for (i = 7; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static void put64(unsigned char *p, uint64_t v)
{
	int i;

	for (i = 0; i < 8; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static void put32(unsigned char *p, uint32_t v)
{
	int i;

	for (i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

/* A chunk's records CRC32 (512 to the free-space offset) and header
 * CRC32 (bytes 0-119 and 128-511) made right again. */
static void fix_chunk_crcs(unsigned char *c)
{
	unsigned char tmp[504];

	put32(c + 52, crc32_ieee(c + 512, get32(c + 48) - 512));
	memcpy(tmp, c, 120);
	memcpy(tmp + 120, c + 128, 384);
	put32(c + 124, crc32_ieee(tmp, sizeof tmp));
}

static void fix_header_crc(unsigned char *h)
{
	put32(h + 124, crc32_ieee(h, 120));
}

/* The chunks of src repeated `copies` times, renumbered so that the file
 * reads as one log (what bench/evtx_assemble.py does). */
static unsigned char *assemble(const unsigned char *src, size_t len,
			       unsigned copies, size_t *out_len)
{
	size_t n_src = 0, i, n = 0;
	uint64_t first, last, per_copy;
	unsigned char *out;
	unsigned k;

	for (i = 0; EVTX_FILE_HEADER_SIZE + (i + 1) * EVTX_CHUNK_SIZE <= len; i++)
		if (memcmp(src + EVTX_FILE_HEADER_SIZE + i * EVTX_CHUNK_SIZE,
			   "ElfChnk", 8) == 0)
			n_src = i + 1;
	assert_true(n_src > 0);
	first = get64(src + EVTX_FILE_HEADER_SIZE + 24);
	last = get64(src + EVTX_FILE_HEADER_SIZE + (n_src - 1) * EVTX_CHUNK_SIZE + 32);
	per_copy = last - first + 1;
	out = calloc(1, EVTX_FILE_HEADER_SIZE + copies * n_src * EVTX_CHUNK_SIZE);
	assert_non_null(out);
	for (k = 0; k < copies; k++) {
		uint64_t shift = k * per_copy;

		for (i = 0; i < n_src; i++, n++) {
			unsigned char *c = out + EVTX_FILE_HEADER_SIZE + n * EVTX_CHUNK_SIZE;
			uint32_t free_off, pos = 512;
			int f;

			memcpy(c, src + EVTX_FILE_HEADER_SIZE + i * EVTX_CHUNK_SIZE,
			       EVTX_CHUNK_SIZE);
			for (f = 0; f < 4; f++)
				put64(c + 8 + 8 * f, get64(c + 8 + 8 * f) + shift);
			free_off = get32(c + 48);
			while (pos + 24 <= free_off && memcmp(c + pos, "**\0\0", 4) == 0) {
				uint32_t size = get32(c + pos + 4);

				put64(c + pos + 8, get64(c + pos + 8) + shift);
				if (size < 24)
					break;
				pos += size;
			}
			fix_chunk_crcs(c);
		}
	}
	memcpy(out, src, EVTX_FILE_HEADER_SIZE);
	put64(out + 8, 0);
	put64(out + 16, n - 1);
	put64(out + 24, last + (copies - 1) * per_copy + 1);
	out[42] = (unsigned char)(n & 0xFF);
	out[43] = (unsigned char)(n >> 8);
	fix_header_crc(out);
	*out_len = EVTX_FILE_HEADER_SIZE + n * EVTX_CHUNK_SIZE;
	return out;
}

static void test_assembled_evtx_reads_as_libevtx_does(void **state)
{
	unsigned char *src, *big;
	size_t len, big_len;
	uint64_t events = 0, slow;

	(void)state;
	if ((src = real_evtx(&len)) == NULL)
		return;
	big = assemble(src, len, 4, &big_len);
	slow = check_same("assembled.evtx", big, big_len, &events);
	assert_int_equal(events, 4 * 1601);
	assert_true(last_streamed);
	assert_true(slow * 10 < events);
	free(big);
	free(src);
}

static void test_cut_evtx_reads_as_libevtx_does(void **state)
{
	unsigned char *src;
	size_t len, cut;

	(void)state;
	if ((src = real_evtx(&len)) == NULL)
		return;
	/* At chunk boundaries, inside the header, inside records. */
	for (cut = 100; cut < len; cut = cut * 2 + 4097)
		check_same("cut.evtx", src, cut, NULL);
	check_same("cut.evtx", src, EVTX_FILE_HEADER_SIZE + EVTX_CHUNK_SIZE, NULL);
	check_same("cut.evtx", src, EVTX_FILE_HEADER_SIZE + 3 * EVTX_CHUNK_SIZE + 777, NULL);
	free(src);
}

static void test_bit_flipped_evtx_reads_as_libevtx_does(void **state)
{
	unsigned char *src;
	size_t len, at;

	(void)state;
	if ((src = real_evtx(&len)) == NULL)
		return;
	/* Only the chunks that hold records (the rest is zeros). */
	for (at = 13; at < 10 * EVTX_CHUNK_SIZE; at += 40009) {
		size_t pos = at % len;

		src[pos] ^= 0x10;
		check_same("flipped.evtx", src, len, NULL);
		src[pos] ^= 0x10;
	}
	free(src);
}

/* The parser alone on what is not a chunk, and on chunks whose record
 * framing or binary XML is damaged: no crash, a clear answer. */
static void test_fast_reader_refuses_what_is_not_a_chunk(void **state)
{
	unsigned char *chunk = calloc(1, EVTX_CHUNK_SIZE);
	struct evtx_fast *f = evtx_fast_new();
	struct evtx_fast_record rec;
	uint64_t a = 0, b = 0;

	(void)state;
	assert_non_null(chunk);
	assert_non_null(f);
	assert_int_equal(evtx_fast_chunk_start(f, chunk, EVTX_CHUNK_SIZE), -1);
	assert_int_equal(evtx_fast_next(f, &rec), 0);
	assert_int_equal(evtx_fast_chunk_count(chunk, EVTX_CHUNK_SIZE, &a, &b), -1);
	memcpy(chunk, "ElfChnk", 8);
	put32(chunk + 48, 512);
	assert_int_equal(evtx_fast_chunk_start(f, chunk, EVTX_CHUNK_SIZE), 0);
	assert_int_equal(evtx_fast_next(f, &rec), 0);
	assert_int_equal(evtx_fast_chunk_count(chunk, EVTX_CHUNK_SIZE, &a, &b), 0);
	/* A record whose size runs past the free space: framing broken. */
	put32(chunk + 48, 1024);
	memcpy(chunk + 512, "**\0\0", 4);
	put32(chunk + 516, 4000);
	assert_int_equal(evtx_fast_chunk_start(f, chunk, EVTX_CHUNK_SIZE), 0);
	assert_int_equal(evtx_fast_next(f, &rec), -1);
	assert_int_equal(evtx_fast_chunk_count(chunk, EVTX_CHUNK_SIZE, &a, &b), -1);
	/* A well-framed record with no binary XML in it: not supported. */
	put32(chunk + 516, 40);
	put32(chunk + 512 + 36, 40);
	put32(chunk + 48, 512 + 40);
	assert_int_equal(evtx_fast_chunk_start(f, chunk, EVTX_CHUNK_SIZE), 0);
	assert_int_equal(evtx_fast_next(f, &rec), 1);
	assert_int_equal(rec.supported, 0);
	assert_int_equal(evtx_fast_next(f, &rec), 0);
	/* A chunk shorter than its header. */
	assert_int_equal(evtx_fast_chunk_start(f, chunk, 100), -1);
	evtx_fast_free(f);
	free(chunk);
}

/* name (data, len) is not vouched for, and reads as libevtx reads it. */
static void check_declined(const char *name, const unsigned char *data, size_t len)
{
	check_same(name, data, len, NULL);
	assert_false(last_streamed);
}

/* Each check kbwiz makes before vouching for a file, failed on its own
 * (the checksums made right again where the change is elsewhere): the
 * file is left to libevtx opened whole, and reads as libevtx reads it. */
static void test_files_not_vouched_for_read_as_libevtx_does(void **state)
{
	unsigned char *src, *f, *c0;
	size_t len, i;
	uint32_t free_off, last_off;

	(void)state;
	if ((src = real_evtx(&len)) == NULL)
		return;
	f = malloc(len);
	assert_non_null(f);
	c0 = f + EVTX_FILE_HEADER_SIZE;

#define FRESH() memcpy(f, src, len)
	/* The file header's CRC32. */
	FRESH();
	f[100] ^= 1;
	check_declined("hdrcrc.evtx", f, len);
	/* The chunk count disagreeing with the first and last chunk
	 * numbers. */
	FRESH();
	f[42]++;
	fix_header_crc(f);
	check_declined("count.evtx", f, len);
	/* A chunk in use never written (zeros): more chunks in use than
	 * the file has written. */
	FRESH();
	f[16]++;
	f[42]++;
	fix_header_crc(f);
	check_declined("zerochunk.evtx", f, len);
	/* Another header size, another major version. */
	FRESH();
	f[32] = 0x90;
	fix_header_crc(f);
	check_declined("hdrsize.evtx", f, len);
	FRESH();
	f[38] = 2;
	fix_header_crc(f);
	check_declined("version.evtx", f, len);
	/* A chunk's header CRC32, and its records CRC32. */
	FRESH();
	c0[100] ^= 1;
	check_declined("chunkcrc.evtx", f, len);
	FRESH();
	c0[get32(c0 + 48) - 9] ^= 1;
	fix_chunk_crcs(c0);
	c0[52] ^= 1;
	check_declined("datacrc.evtx", f, len);
	/* The records' numbers spanning one record more than the chunk
	 * holds. */
	FRESH();
	put64(c0 + 16, get64(c0 + 16) + 1);
	fix_chunk_crcs(c0);
	check_declined("numbers.evtx", f, len);
	/* The last record offset not at the last record. */
	FRESH();
	put32(c0 + 44, get32(c0 + 44) - 8);
	fix_chunk_crcs(c0);
	check_declined("lastoff.evtx", f, len);
	/* A record's size copy differing. */
	FRESH();
	put32(c0 + 512 + get32(c0 + 516) - 4, 8);
	fix_chunk_crcs(c0);
	check_declined("sizecopy.evtx", f, len);
	/* A record in the free space: libevtx recovers it. */
	FRESH();
	for (i = 0; i < f[42]; i++) {
		unsigned char *c = c0 + i * EVTX_CHUNK_SIZE;

		free_off = get32(c + 48);
		last_off = get32(c + 44);
		if (free_off + (free_off - last_off) + 4 <= EVTX_CHUNK_SIZE) {
			memcpy(c + free_off, c + last_off, free_off - last_off);
			break;
		}
	}
	assert_true(i < f[42]);
	check_declined("slack.evtx", f, len);
	/* A chunk past the count in use holding records: recovered (or
	 * read, the file being dirty), the count disagreeing. */
	FRESH();
	for (i = 1; EVTX_FILE_HEADER_SIZE + (i + 1) * EVTX_CHUNK_SIZE <= len; i++)
		;
	memcpy(f + EVTX_FILE_HEADER_SIZE + (i - 1) * EVTX_CHUNK_SIZE, c0,
	       EVTX_CHUNK_SIZE);
	check_declined("pastcount.evtx", f, len);
	/* ... and a few bytes there only. */
	FRESH();
	f[len - 1] = 1;
	check_declined("pastbyte.evtx", f, len);
	/* Vouched for: the dirty flag cleared (a clean file), and a cut
	 * chunk at the end (libevtx reads whole chunks only). */
	FRESH();
	f[120] = 0;
	fix_header_crc(f);
	check_same("clean.evtx", f, len, NULL);
	assert_true(last_streamed);
	check_same("tail.evtx", src, len - 1000, NULL);
	assert_true(last_streamed);
#undef FRESH
	free(f);
	free(src);
}

/* The checks alone. */
static void test_chunk_and_header_checks(void **state)
{
	unsigned char *src, *c;
	size_t len;
	struct evtx_fast_file_info info;
	uint64_t a = 0, b = 0;

	(void)state;
	if ((src = real_evtx(&len)) == NULL)
		return;
	c = src + EVTX_FILE_HEADER_SIZE;
	assert_int_equal(evtx_fast_file_header(src, len, &info), 0);
	assert_int_equal(info.n_chunks, 9);
	assert_true(info.dirty);
	assert_int_equal(evtx_fast_file_header(src, 4095, &info), -1);
	assert_int_equal(evtx_fast_chunk_sound(c, EVTX_CHUNK_SIZE),
			 evtx_fast_chunk_count(c, EVTX_CHUNK_SIZE, &a, &b));
	assert_true(evtx_fast_chunk_sound(c, EVTX_CHUNK_SIZE) > 0);
	assert_int_equal(evtx_fast_chunk_sound(c, EVTX_CHUNK_SIZE - 1), -1);
	c[60] ^= 1;
	assert_int_equal(evtx_fast_chunk_sound(c, EVTX_CHUNK_SIZE), -1);
	c[60] ^= 1;
	/* The free-space offset not 4-aligned, or past the chunk. */
	put32(c + 48, get32(c + 48) + 2);
	fix_chunk_crcs(c);
	assert_int_equal(evtx_fast_chunk_sound(c, EVTX_CHUNK_SIZE), -1);
	assert_true(evtx_fast_all_zero(src + len - 100, 100));
	assert_false(evtx_fast_all_zero(src, 100));
	free(src);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_real_evtx_reads_as_libevtx_does),
		cmocka_unit_test(test_assembled_evtx_reads_as_libevtx_does),
		cmocka_unit_test(test_cut_evtx_reads_as_libevtx_does),
		cmocka_unit_test(test_bit_flipped_evtx_reads_as_libevtx_does),
		cmocka_unit_test(test_fast_reader_refuses_what_is_not_a_chunk),
		cmocka_unit_test(test_files_not_vouched_for_read_as_libevtx_does),
		cmocka_unit_test(test_chunk_and_header_checks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
