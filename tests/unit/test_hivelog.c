/* test_hivelog.c: transaction-log recovery of dirty hives: base-block
 * checksum and Marvin32, both log formats on hives and logs built here,
 * every kind of damaged log refused with its reason, the logs found
 * beside a hive whatever their case, and the real dirty hives of
 * ../shared/testdata when they are there (the truth being the hive that
 * Windows itself recovered). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <hivex.h>
#include <unistd.h>

#include "kbwiz/fsutil.h"
#include "kbwiz/hivelog.h"
#include "lib/testlib.h"

#define DIRTY "../shared/testdata/dirty-hives/"
#define HIVES "../shared/testdata/hives/"
#define BB 4096
#define BINS 8192          /* two hbins of 4096 in the test hive */

static char *tmpdir;

static int group_setup(void **state)
{
	(void)state;
	unsetenv("HIVEX_DEBUG");
	tmpdir = test_tmpdir();
	return tmpdir != NULL ? 0 : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	test_rm_rf(tmpdir);
	free(tmpdir);
	return 0;
}

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

/* A base block: name "TEST", given sequence numbers and type. */
static void make_base(unsigned char *bb, uint32_t s1, uint32_t s2,
		      uint32_t type, uint32_t bins, const char *name)
{
	size_t i;

	memset(bb, 0, 512);
	memcpy(bb, "regf", 4);
	put32(bb + 4, s1);
	put32(bb + 8, s2);
	put32(bb + 20, 1);
	put32(bb + 24, 5);
	put32(bb + 28, type);
	put32(bb + 32, 1);
	put32(bb + 36, 32);
	put32(bb + 40, bins);
	put32(bb + 44, 1);
	for (i = 0; name[i] != '\0' && i < 31; i++)
		bb[48 + 2 * i] = (unsigned char)name[i];
	put32(bb + 508, hivelog_checksum(bb));
}

/* The primary: base block (s1/s2) and BINS bytes of 'A'. */
static unsigned char *make_hive(uint32_t s1, uint32_t s2, size_t *size)
{
	unsigned char *h = calloc(1, BB + BINS);

	assert_non_null(h);
	make_base(h, s1, s2, 0, BINS, "TEST");
	memset(h + BB, 'A', BINS);
	*size = BB + BINS;
	return h;
}

/* Append one HvLE entry with one 512-byte page of fill at page_off. */
static size_t add_entry(unsigned char *log, size_t at, uint32_t seq,
			uint32_t bins, uint32_t page_off, int fill)
{
	unsigned char *e = log + at;
	const uint32_t size = 1024;   /* 40 + 8 + 512, rounded to 512 */

	memset(e, 0, size);
	memcpy(e, "HvLE", 4);
	put32(e + 4, size);
	put32(e + 12, seq);
	put32(e + 16, bins);
	put32(e + 20, 1);
	put32(e + 40, page_off);
	put32(e + 44, 512);
	memset(e + 48, fill, 512);
	put64(e + 24, hivelog_marvin32(e + 40, size - 40, HIVELOG_MARVIN_SEED));
	put64(e + 32, hivelog_marvin32(e, 32, HIVELOG_MARVIN_SEED));
	return at + size;
}

/* A new-format log starting at seq with n entries (pages 0, 512, ...). */
static unsigned char *make_new_log(uint32_t seq, unsigned n, size_t *size)
{
	unsigned char *log = calloc(1, 512 + 1024 * (n + 1));
	size_t at = 512;
	unsigned i;

	assert_non_null(log);
	make_base(log, seq, seq, 6, BINS, "TEST");
	for (i = 0; i < n; i++)
		at = add_entry(log, at, seq + i, BINS, 512 * i, 'a' + (int)i);
	*size = at;
	return log;
}

static void recover(const unsigned char *hive, size_t hsize,
		    struct hivelog_input *in, size_t n,
		    struct hivelog_result *r)
{
	struct kb_error err = { "" };

	assert_int_equal(hivelog_recover_mem(hive, hsize, in, n, r, &err), 0);
}

static void assert_clean_base_block(const struct hivelog_result *r,
				    uint32_t seq, uint32_t bins)
{
	assert_non_null(r->image);
	assert_int_equal(get32(r->image + 4), seq);
	assert_int_equal(get32(r->image + 8), seq);
	assert_int_equal(get32(r->image + 28), 0);
	assert_int_equal(get32(r->image + 40), bins);
	assert_int_equal(get32(r->image + 508), hivelog_checksum(r->image));
}

static void test_checksum_never_zero_or_all_ones(void **state)
{
	unsigned char bb[512];

	(void)state;
	memset(bb, 0, sizeof bb);
	assert_int_equal(hivelog_checksum(bb), 1);
	put32(bb, 0xFFFFFFFFu);
	assert_int_equal(hivelog_checksum(bb), 0xFFFFFFFEu);
	put32(bb + 4, 0x0000000Fu);
	assert_int_equal(hivelog_checksum(bb), 0xFFFFFFF0u);
}

static void test_marvin32_known_vectors(void **state)
{
	/* Published Marvin32 vectors (seed 0x004FB61A001BDBCC). */
	const uint64_t seed = 0x004FB61A001BDBCCull;
	const unsigned char b1[] = { 0xAF }, b2[] = { 0xE7, 0x0F },
		b3[] = { 0x37, 0xF4, 0x95 }, b4[] = { 0x86, 0x42, 0xDC, 0x59 };

	(void)state;
	assert_true(hivelog_marvin32(NULL, 0, seed) == 0x30ED35C100CD3C7Dull);
	assert_true(hivelog_marvin32(b1, 1, seed) == 0x48E73FC77D75DDC1ull);
	assert_true(hivelog_marvin32(b2, 2, seed) == 0xB5F6E1FC485DBFF8ull);
	assert_true(hivelog_marvin32(b3, 3, seed) == 0xF0B07C789B8CF7E8ull);
	assert_true(hivelog_marvin32(b4, 4, seed) == 0x7008F2E87E9CF556ull);
}

static void test_clean_hive_needs_no_recovery(void **state)
{
	struct hivelog_result r;
	size_t hs;
	unsigned char *h = make_hive(7, 7, &hs);

	(void)state;
	recover(h, hs, NULL, 0, &r);
	assert_int_equal(r.status, HIVELOG_CLEAN);
	assert_null(r.image);
	hivelog_result_free(&r);
	free(h);
}

static void test_dirty_hive_without_logs_is_stale(void **state)
{
	struct hivelog_result r;
	size_t hs;
	unsigned char *h = make_hive(3, 2, &hs);

	(void)state;
	recover(h, hs, NULL, 0, &r);
	assert_int_equal(r.status, HIVELOG_NO_LOGS);
	assert_non_null(strstr(r.message, "stale"));
	assert_null(r.image);
	hivelog_result_free(&r);
	free(h);
}

static void test_bad_checksum_makes_a_hive_dirty(void **state)
{
	struct hivelog_result r;
	size_t hs;
	unsigned char *h = make_hive(3, 3, &hs);

	(void)state;
	h[100] ^= 1;
	recover(h, hs, NULL, 0, &r);
	assert_int_equal(r.status, HIVELOG_NO_LOGS);
	assert_false(r.hive.checksum_ok);
	hivelog_result_free(&r);
	free(h);
}

static void test_new_format_entries_are_replayed(void **state)
{
	struct hivelog_result r;
	struct hivelog_input in;
	size_t hs, ls;
	unsigned char *h = make_hive(3, 2, &hs);
	unsigned char *log = make_new_log(2, 3, &ls);

	(void)state;
	in.name = "TEST.LOG1";
	in.data = log;
	in.size = ls;
	recover(h, hs, &in, 1, &r);
	assert_int_equal(r.status, HIVELOG_RECOVERED);
	assert_int_equal(r.entries_applied, 3);
	assert_int_equal(r.pages_applied, 3);
	assert_clean_base_block(&r, 4, BINS);
	assert_int_equal(r.image[BB], 'a');
	assert_int_equal(r.image[BB + 512], 'b');
	assert_int_equal(r.image[BB + 1024 + 511], 'c');
	assert_int_equal(r.image[BB + 1536], 'A');
	assert_string_equal(r.message,
			    "dirty: recovered from TEST.LOG1 (3 log entries, 3 pages)");
	hivelog_result_free(&r);
	free(h);
	free(log);
}

static void test_entries_continue_across_two_logs_in_order(void **state)
{
	struct hivelog_result r;
	struct hivelog_input in[2];
	size_t hs, l1, l2;
	unsigned char *h = make_hive(3, 2, &hs);
	unsigned char *a = make_new_log(2, 2, &l1);   /* 2, 3 */
	unsigned char *b = make_new_log(4, 1, &l2);   /* 4 */

	(void)state;
	/* Given LOG2 first: the order comes from the sequence numbers. */
	in[0] = (struct hivelog_input){ "TEST.LOG2", b, l2 };
	in[1] = (struct hivelog_input){ "TEST.LOG1", a, l1 };
	recover(h, hs, in, 2, &r);
	assert_int_equal(r.status, HIVELOG_RECOVERED);
	assert_int_equal(r.entries_applied, 3);
	assert_string_equal(r.applied, "TEST.LOG1, TEST.LOG2");
	assert_clean_base_block(&r, 4, BINS);
	/* LOG2's entry 4 wrote page 0 last. */
	assert_int_equal(r.image[BB], 'a');
	hivelog_result_free(&r);
	free(h);
	free(a);
	free(b);
}

static void test_older_round_after_the_entries_is_the_normal_end(void **state)
{
	struct hivelog_result r;
	struct hivelog_input in;
	size_t hs, ls;
	unsigned char *h = make_hive(3, 2, &hs);
	unsigned char *log = make_new_log(5, 2, &ls);

	(void)state;
	/* Leftover of an older round (sequence 1) after 5, 6. */
	log = realloc(log, ls + 1024);
	assert_non_null(log);
	ls = add_entry(log, ls, 1, BINS, 0, 'z');
	in = (struct hivelog_input){ "TEST.LOG1", log, ls };
	recover(h, hs, &in, 1, &r);
	assert_int_equal(r.status, HIVELOG_RECOVERED);
	assert_int_equal(r.entries_applied, 2);
	assert_int_equal(r.sequence_after, 6);
	assert_int_equal(r.image[BB], 'a');
	hivelog_result_free(&r);
	free(h);
	free(log);
}

static void test_stale_log_older_than_hive_is_not_used(void **state)
{
	struct hivelog_result r;
	struct hivelog_input in;
	size_t hs, ls;
	unsigned char *h = make_hive(10, 9, &hs);
	unsigned char *log = make_new_log(2, 2, &ls);

	(void)state;
	in = (struct hivelog_input){ "TEST.LOG1", log, ls };
	recover(h, hs, &in, 1, &r);
	assert_int_equal(r.status, HIVELOG_NO_LOGS);
	assert_non_null(strstr(r.logs[0].problem, "older than the hive"));
	hivelog_result_free(&r);
	free(h);
	free(log);
}

/* A damaged log: DAMAGED, no image, the reason in the message. */
static void expect_refused(const unsigned char *h, size_t hs,
			   struct hivelog_input *in, size_t n, const char *why)
{
	struct hivelog_result r;

	recover(h, hs, in, n, &r);
	assert_int_equal(r.status, HIVELOG_DAMAGED);
	assert_null(r.image);
	if (strstr(r.message, why) == NULL)
		fail_msg("\"%s\" lacks \"%s\"", r.message, why);
	hivelog_result_free(&r);
}

static void test_flipped_byte_fails_the_hash(void **state)
{
	struct hivelog_input in;
	size_t hs, ls;
	unsigned char *h = make_hive(3, 2, &hs);
	unsigned char *log = make_new_log(2, 3, &ls);

	(void)state;
	log[512 + 1024 + 300] ^= 0x10;     /* page data of entry 2 */
	in = (struct hivelog_input){ "TEST.LOG1", log, ls };
	expect_refused(h, hs, &in, 1, "TEST.LOG1: log entry 2");
	expect_refused(h, hs, &in, 1, "hash check");
	free(h);
	free(log);
}

static void test_truncated_log_is_refused(void **state)
{
	struct hivelog_input in;
	size_t hs, ls;
	unsigned char *h = make_hive(3, 2, &hs);
	unsigned char *log = make_new_log(2, 3, &ls);

	(void)state;
	in = (struct hivelog_input){ "TEST.LOG1", log, ls - 700 };
	expect_refused(h, hs, &in, 1, "truncated");
	free(h);
	free(log);
}

static void test_log_of_another_hive_is_refused(void **state)
{
	struct hivelog_input in;
	size_t hs, ls;
	unsigned char *h = make_hive(3, 2, &hs);
	unsigned char *log = make_new_log(2, 1, &ls);

	(void)state;
	make_base(log, 2, 2, 6, BINS, "OTHER");
	in = (struct hivelog_input){ "TEST.LOG1", log, ls };
	expect_refused(h, hs, &in, 1, "belongs to another hive");
	free(h);
	free(log);
}

static void test_sequence_gap_in_a_log_is_refused(void **state)
{
	struct hivelog_input in;
	size_t hs, ls;
	unsigned char *h = make_hive(3, 2, &hs);
	unsigned char *log = make_new_log(2, 1, &ls);

	(void)state;
	log = realloc(log, ls + 1024);
	assert_non_null(log);
	ls = add_entry(log, ls, 5, BINS, 0, 'q');   /* 3 and 4 missing */
	in = (struct hivelog_input){ "TEST.LOG1", log, ls };
	expect_refused(h, hs, &in, 1, "a gap");
	free(h);
	free(log);
}

static void test_sequence_gap_between_logs_is_refused(void **state)
{
	struct hivelog_input in[2];
	size_t hs, l1, l2;
	unsigned char *h = make_hive(3, 2, &hs);
	unsigned char *a = make_new_log(2, 1, &l1);
	unsigned char *b = make_new_log(5, 1, &l2);

	(void)state;
	in[0] = (struct hivelog_input){ "TEST.LOG1", a, l1 };
	in[1] = (struct hivelog_input){ "TEST.LOG2", b, l2 };
	expect_refused(h, hs, in, 2, "TEST.LOG2: starts at sequence 5");
	free(h);
	free(a);
	free(b);
}

static void test_entry_growing_beyond_what_logs_hold_is_refused(void **state)
{
	struct hivelog_input in;
	size_t hs, ls;
	unsigned char *h = make_hive(3, 2, &hs);
	unsigned char *log = make_new_log(2, 0, &ls);

	(void)state;
	log = realloc(log, ls + 1024);
	assert_non_null(log);
	ls = add_entry(log, ls, 2, 0x40000000u, 0, 'q');
	in = (struct hivelog_input){ "TEST.LOG1", log, ls };
	expect_refused(h, hs, &in, 1, "cannot hold");
	free(h);
	free(log);
}

static void test_entry_growing_the_hive_extends_the_image(void **state)
{
	struct hivelog_result r;
	struct hivelog_input in;
	size_t hs, ls;
	unsigned char *h = make_hive(3, 2, &hs);
	unsigned char *log = make_new_log(2, 0, &ls);

	(void)state;
	log = realloc(log, ls + 1024);
	assert_non_null(log);
	ls = add_entry(log, ls, 2, BINS + 4096, BINS, 'g');
	in = (struct hivelog_input){ "TEST.LOG1", log, ls };
	recover(h, hs, &in, 1, &r);
	assert_int_equal(r.status, HIVELOG_RECOVERED);
	assert_int_equal(r.image_size, BB + BINS + 4096);
	assert_int_equal(r.image[BB + BINS], 'g');
	assert_int_equal(r.image[BB + BINS + 512], 0);
	assert_clean_base_block(&r, 2, BINS + 4096);
	hivelog_result_free(&r);
	free(h);
	free(log);
}

/* Old format: base block (type 1), DIRT + bitmap, pages. */
static unsigned char *make_old_log(uint32_t seq, size_t *size)
{
	unsigned char *log = calloc(1, 1024 + 2 * 512);

	assert_non_null(log);
	make_base(log, seq, seq, 1, BINS, "TEST");
	memcpy(log + 512, "DIRT", 4);
	log[516] = 0x05;             /* pages 0 and 2 of BINS / 512 */
	memset(log + 1024, 'x', 512);
	memset(log + 1536, 'y', 512);
	*size = 2048;
	return log;
}

static void test_old_format_dirty_pages_are_replayed(void **state)
{
	struct hivelog_result r;
	struct hivelog_input in;
	size_t hs, ls;
	unsigned char *h = make_hive(3, 2, &hs);
	unsigned char *log = make_old_log(3, &ls);

	(void)state;
	in = (struct hivelog_input){ "TEST.LOG", log, ls };
	recover(h, hs, &in, 1, &r);
	assert_int_equal(r.status, HIVELOG_RECOVERED);
	assert_int_equal(r.pages_applied, 2);
	assert_int_equal(r.image[BB], 'x');
	assert_int_equal(r.image[BB + 512], 'A');
	assert_int_equal(r.image[BB + 1024], 'y');
	assert_clean_base_block(&r, 3, BINS);
	hivelog_result_free(&r);
	free(h);
	free(log);
}

static void test_old_format_higher_sequence_is_refused(void **state)
{
	struct hivelog_input in;
	size_t hs, ls;
	unsigned char *h = make_hive(3, 2, &hs);
	unsigned char *log = make_old_log(9, &ls);

	(void)state;
	in = (struct hivelog_input){ "TEST.LOG", log, ls };
	expect_refused(h, hs, &in, 1, "higher than the hive allows");
	free(h);
	free(log);
}

static void test_old_format_truncated_pages_are_refused(void **state)
{
	struct hivelog_input in;
	size_t hs, ls;
	unsigned char *h = make_hive(3, 2, &hs);
	unsigned char *log = make_old_log(3, &ls);

	(void)state;
	in = (struct hivelog_input){ "TEST.LOG", log, ls - 100 };
	expect_refused(h, hs, &in, 1, "truncated");
	free(h);
	free(log);
}

static void test_garbage_logs_never_read_out_of_bounds(void **state)
{
	struct hivelog_result r;
	struct hivelog_input in;
	unsigned char junk[600];
	size_t hs, i, cut;
	unsigned char *h = make_hive(3, 2, &hs);
	unsigned char *log;
	size_t ls;

	(void)state;
	/* Every prefix of a valid log: refused or ended, never a crash
	 * (ASan watches the reads). */
	log = make_new_log(2, 2, &ls);
	for (cut = 0; cut <= ls; cut += 37) {
		in = (struct hivelog_input){ "TEST.LOG1", log, cut };
		recover(h, hs, &in, 1, &r);
		assert_true(r.status != HIVELOG_CLEAN);
		hivelog_result_free(&r);
	}
	for (i = 0; i < sizeof junk; i++)
		junk[i] = (unsigned char)(i * 7);
	memcpy(junk, "regf", 4);
	in = (struct hivelog_input){ "TEST.LOG1", junk, sizeof junk };
	recover(h, hs, &in, 1, &r);
	assert_true(r.status == HIVELOG_NO_LOGS || r.status == HIVELOG_DAMAGED);
	assert_null(r.image);
	hivelog_result_free(&r);
	free(log);
	free(h);
}

static void test_logs_found_beside_hive_whatever_their_case(void **state)
{
	char dir[4096], p[4200], *paths[HIVELOG_MAX_LOGS];
	struct kb_error err = { "" };
	int n, i;

	(void)state;
	snprintf(dir, sizeof dir, "%s/case", tmpdir);
	assert_int_equal(kb_mkdir_p(dir, &err), 0);
	snprintf(p, sizeof p, "%s/SYSTEM", dir);
	assert_int_equal(test_write_file(p, "x", 1), 0);
	snprintf(p, sizeof p, "%s/system.log2", dir);
	assert_int_equal(test_write_file(p, "x", 1), 0);
	snprintf(p, sizeof p, "%s/SYSTEM.Log1", dir);
	assert_int_equal(test_write_file(p, "x", 1), 0);
	snprintf(p, sizeof p, "%s/SYSTEM.LOG3", dir);
	assert_int_equal(test_write_file(p, "x", 1), 0);
	snprintf(p, sizeof p, "%s/SYSTEM", dir);
	n = hivelog_find_logs(p, paths, &err);
	assert_int_equal(n, 2);
	assert_non_null(strstr(paths[0], "/SYSTEM.Log1"));
	assert_non_null(strstr(paths[1], "/system.log2"));
	for (i = 0; i < n; i++)
		free(paths[i]);
}

static void test_image_fd_opens_in_hivex(void **state)
{
	struct hivelog_result r;
	struct kb_error err = { "" };
	char proc[64];
	hive_h *hx;
	int fd;

	(void)state;
	if (access(DIRTY "NewDirtyHive1/NewDirtyHive", R_OK) != 0) {
		printf("SKIP: test_image_fd_opens_in_hivex: ../shared/testdata "
		       "absent\n");
		skip();
	}
	assert_int_equal(hivelog_recover_file(DIRTY "NewDirtyHive1/NewDirtyHive",
					      &r, &err), 0);
	assert_int_equal(r.status, HIVELOG_RECOVERED);
	assert_int_equal(hivelog_image_fd(&r, &fd, &err), 0);
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
	hx = hivex_open(proc, 0);
	assert_non_null(hx);
	assert_true(hivex_root(hx) != 0);
	hivex_close(hx);
	close(fd);
	hivelog_result_free(&r);
}

/* The real hives: the bins Windows 10 wrote equal ours byte for byte. */
static void test_real_new_format_matches_windows_recovery(void **state)
{
	struct hivelog_result r;
	struct kb_error err = { "" };
	char *win = NULL;
	size_t wlen = 0;

	(void)state;
	if (access(DIRTY "NewDirtyHive1/RecoveredHive_Windows10", R_OK) != 0) {
		printf("SKIP: test_real_new_format_matches_windows_recovery: "
		       "../shared/testdata absent\n");
		skip();
	}
	assert_int_equal(hivelog_recover_file(DIRTY "NewDirtyHive1/NewDirtyHive",
					      &r, &err), 0);
	assert_int_equal(r.status, HIVELOG_RECOVERED);
	assert_int_equal(r.entries_applied, 4);
	assert_int_equal(kb_read_file(DIRTY "NewDirtyHive1/RecoveredHive_Windows10",
				      1 << 24, &win, &wlen, &err), 0);
	assert_int_equal(wlen, r.image_size);
	assert_memory_equal(win + BB, r.image + BB, wlen - BB);
	free(win);
	hivelog_result_free(&r);
}

static void test_real_system_b_logs_continue_each_other(void **state)
{
	struct hivelog_result r;
	struct kb_error err = { "" };

	(void)state;
	if (access(HIVES "SYSTEM_B.LOG2", R_OK) != 0) {
		printf("SKIP: test_real_system_b_logs_continue_each_other: "
		       "../shared/testdata absent\n");
		skip();
	}
	assert_int_equal(hivelog_recover_file(HIVES "SYSTEM_B", &r, &err), 0);
	assert_int_equal(r.status, HIVELOG_RECOVERED);
	assert_string_equal(r.applied, "SYSTEM_B.LOG1, SYSTEM_B.LOG2");
	assert_int_equal(r.logs[0].first_seq, 2107);
	assert_int_equal(r.logs[1].last_seq, 2130);
	assert_int_equal(r.sequence_after, 2130);
	hivelog_result_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_checksum_never_zero_or_all_ones),
		cmocka_unit_test(test_marvin32_known_vectors),
		cmocka_unit_test(test_clean_hive_needs_no_recovery),
		cmocka_unit_test(test_dirty_hive_without_logs_is_stale),
		cmocka_unit_test(test_bad_checksum_makes_a_hive_dirty),
		cmocka_unit_test(test_new_format_entries_are_replayed),
		cmocka_unit_test(test_entries_continue_across_two_logs_in_order),
		cmocka_unit_test(test_older_round_after_the_entries_is_the_normal_end),
		cmocka_unit_test(test_stale_log_older_than_hive_is_not_used),
		cmocka_unit_test(test_flipped_byte_fails_the_hash),
		cmocka_unit_test(test_truncated_log_is_refused),
		cmocka_unit_test(test_log_of_another_hive_is_refused),
		cmocka_unit_test(test_sequence_gap_in_a_log_is_refused),
		cmocka_unit_test(test_sequence_gap_between_logs_is_refused),
		cmocka_unit_test(test_entry_growing_beyond_what_logs_hold_is_refused),
		cmocka_unit_test(test_entry_growing_the_hive_extends_the_image),
		cmocka_unit_test(test_old_format_dirty_pages_are_replayed),
		cmocka_unit_test(test_old_format_higher_sequence_is_refused),
		cmocka_unit_test(test_old_format_truncated_pages_are_refused),
		cmocka_unit_test(test_garbage_logs_never_read_out_of_bounds),
		cmocka_unit_test(test_logs_found_beside_hive_whatever_their_case),
		cmocka_unit_test(test_image_fd_opens_in_hivex),
		cmocka_unit_test(test_real_new_format_matches_windows_recovery),
		cmocka_unit_test(test_real_system_b_logs_continue_each_other),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
