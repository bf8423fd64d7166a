/* test_logscan.c: the one-pass log scanner (core/logscan.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/logscan.h"
#include "lib/testlib.h"

struct rec {
	int group, index;
	uint64_t line_no;
	char ts[40];
	int has_ts;
	char match[64];
	size_t match_off, match_len, line_len;
	uint64_t line_offset;
	int slice;
};

struct recs {
	struct rec *v;
	size_t n, cap;
	int stop_after;   /* stop the scan after this many hits (0: never) */
};

static int collect(void *ctx, const struct logscan_hit *hit)
{
	struct recs *r = ctx;
	struct rec *x;
	size_t m;

	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->v = realloc(r->v, r->cap * sizeof *r->v);
		assert_non_null(r->v);
	}
	x = &r->v[r->n++];
	memset(x, 0, sizeof *x);
	x->group = hit->group;
	x->index = hit->index;
	x->line_no = hit->line_no;
	if (hit->timestamp != NULL) {
		x->has_ts = 1;
		snprintf(x->ts, sizeof x->ts, "%s", hit->timestamp);
	}
	assert_true(hit->match_off + hit->match_len <= hit->line_len);
	m = hit->match_len < sizeof x->match - 1 ? hit->match_len : sizeof x->match - 1;
	memcpy(x->match, hit->line + hit->match_off, m);
	x->match_off = hit->match_off;
	x->match_len = hit->match_len;
	x->line_len = hit->line_len;
	x->line_offset = hit->line_offset;
	x->slice = hit->line_is_slice;
	return r->stop_after > 0 && (int)r->n >= r->stop_after;
}

static struct logscan *new_scanner(void)
{
	struct logscan *ls = NULL;
	struct kb_error err;

	assert_int_equal(logscan_new(&ls, &err), 0);
	return ls;
}

static void add(struct logscan *ls, int group, int index, int is_regex,
		const char *text)
{
	struct kb_error err;
	int rc = logscan_add(ls, group, index, is_regex, text, &err);

	if (rc != 0)
		fail_msg("logscan_add(%s): %s", text, err.msg);
}

static int scan_buf(struct logscan *ls, const char *text, size_t len,
		    struct recs *r, struct logscan_stats *st)
{
	struct kb_error err = { { 0 } };

	return logscan_buffer(ls, "test.log", text, len, collect, r, st, &err);
}

static const struct rec *find_rec(const struct recs *r, int group, int index)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (r->v[i].group == group && r->v[i].index == index)
			return &r->v[i];
	return NULL;
}

static const char nt_log[] =
	"00000574.00000578::2002/06/11-12:00:00.101 [CS] Cluster Service started - Cluster Node Version 3.2195\n"
	"00000574.00000578::2002/06/11-12:00:01.234 [CS] Initializing RPC server.\n"
	"00000574.0000057c::2002/06/11-12:00:01.300 [NM] Node 2 (NODE2) is now up.\n"
	"00000574.00000578::2002/06/11-12:00:01.512 [INIT] Unable to bind RPC to CDP, status 1720\n"
	"00000574.00000578::2002/06/11-12:00:01.513 [CS] ClusterInitialize failed 1720\n";

static void test_nt_cluster_log_literal_hits_have_line_numbers_and_timestamps(void **state)
{
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };
	struct logscan_stats st;
	const struct rec *h;

	(void)state;
	add(ls, 7, 0, 0, "[CS] Initializing RPC server.");
	add(ls, 7, 1, 0, "[INIT] Unable to bind RPC to CDP, status 1720");
	add(ls, 7, 2, 0, "[CS] ClusterInitialize failed 1720");
	add(ls, 7, 3, 0, "never logged at all");
	assert_int_equal(scan_buf(ls, nt_log, sizeof nt_log - 1, &r, &st), 0);
	assert_int_equal(r.n, 3);
	assert_int_equal(st.format, LOGFMT_CLUSTER_NT);
	assert_int_equal(st.lines, 5);
	assert_int_equal(st.hits, 3);

	h = find_rec(&r, 7, 1);
	assert_non_null(h);
	assert_int_equal(h->line_no, 4);
	assert_true(h->has_ts);
	assert_string_equal(h->ts, "2002/06/11-12:00:01.512");
	assert_int_equal(h->match_off, 43);
	assert_string_equal(h->match, "[INIT] Unable to bind RPC to CDP, status 1720");
	/* In line order. */
	assert_int_equal(r.v[0].index, 0);
	assert_int_equal(r.v[0].line_no, 2);
	assert_int_equal(r.v[2].index, 2);
	assert_int_equal(r.v[2].line_no, 5);
	free(r.v);
	logscan_free(ls);
}

static void test_2008_cluster_log_is_detected_and_hits_have_timestamps(void **state)
{
	static const char log[] =
		"00000a10.00000bb8::2008/06/11-10:15:42.123 INFO  [NM] Received request from client address 10.0.0.2.\n"
		"00000a10.00000bb8::2008/06/11-10:15:42.200 ERR   [NM] Node 3 (NODE3) lost communication\n"
		"00000a10.00000bc0::2008/06/11-10:15:43.001 WARN  [FM] Group 1 moved to node 2\n";
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };
	struct logscan_stats st;

	(void)state;
	add(ls, 1, 0, 0, "lost communication");
	add(ls, 1, 1, 1, "moved to node \\d+");
	assert_int_equal(scan_buf(ls, log, sizeof log - 1, &r, &st), 0);
	assert_int_equal(st.format, LOGFMT_CLUSTER_2008);
	assert_int_equal(r.n, 2);
	assert_int_equal(r.v[0].line_no, 2);
	assert_string_equal(r.v[0].ts, "2008/06/11-10:15:42.200");
	assert_int_equal(r.v[1].line_no, 3);
	assert_int_equal(r.v[1].index, 1);
	assert_string_equal(r.v[1].ts, "2008/06/11-10:15:43.001");
	assert_string_equal(r.v[1].match, "moved to node 2");
	free(r.v);
	logscan_free(ls);
}

static void test_plain_log_hits_have_timestamp_only_when_line_has_one(void **state)
{
	static const char log[] =
		"service starting\n"
		"2021-03-04 05:06:07.890 service error 1720\n"
		"no time here: error 1720\n";
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };
	struct logscan_stats st;

	(void)state;
	add(ls, 0, 0, 0, "error 1720");
	assert_int_equal(scan_buf(ls, log, sizeof log - 1, &r, &st), 0);
	assert_int_equal(st.format, LOGFMT_PLAIN);
	assert_int_equal(r.n, 2);
	assert_int_equal(r.v[0].line_no, 2);
	assert_true(r.v[0].has_ts);
	assert_string_equal(r.v[0].ts, "2021-03-04 05:06:07.890");
	assert_int_equal(r.v[1].line_no, 3);
	assert_false(r.v[1].has_ts);
	free(r.v);
	logscan_free(ls);
}

static void test_regex_hits_every_match_in_a_line_with_offsets(void **state)
{
	static const char log[] =
		"status 5 then status 1720\n"
		"nothing\n"
		"end status 42\n";
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };

	(void)state;
	add(ls, 2, 0, 1, "status \\d+");
	add(ls, 2, 1, 1, "^end");
	add(ls, 2, 2, 1, "1720$");
	assert_int_equal(scan_buf(ls, log, sizeof log - 1, &r, NULL), 0);
	assert_int_equal(r.n, 5);
	assert_int_equal(r.v[0].line_no, 1);
	assert_string_equal(r.v[0].match, "status 5");
	assert_int_equal(r.v[0].match_off, 0);
	assert_string_equal(r.v[1].match, "status 1720");
	assert_int_equal(r.v[1].match_off, 14);
	assert_string_equal(r.v[2].match, "1720");
	assert_int_equal(r.v[2].index, 2);
	assert_int_equal(r.v[3].line_no, 3);
	assert_string_equal(r.v[3].match, "end");
	assert_string_equal(r.v[4].match, "status 42");
	free(r.v);
	logscan_free(ls);
}

static void test_regex_anchors_apply_to_each_line_not_the_buffer(void **state)
{
	static const char log[] = "abc one\nabc two\nx abc\n";
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };

	(void)state;
	/* \A is "start of subject": the subject is the line. */
	add(ls, 0, 0, 1, "\\Aabc");
	add(ls, 0, 1, 1, "(?<!x )abc");
	assert_int_equal(scan_buf(ls, log, sizeof log - 1, &r, NULL), 0);
	assert_int_equal(r.n, 4);
	assert_int_equal(r.v[0].line_no, 1);
	assert_int_equal(r.v[1].line_no, 1);
	assert_int_equal(r.v[2].line_no, 2);
	assert_int_equal(r.v[3].line_no, 2);
	free(r.v);
	logscan_free(ls);
}

/* Runs the same patterns over text given in three encodings. */
static void scan_file_as(struct logscan *ls, const char *dir, const char *name,
			 const void *data, size_t len, struct recs *r,
			 struct logscan_stats *st)
{
	char path[512];
	struct kb_error err;
	int rc;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	assert_int_equal(test_write_file(path, data, len), 0);
	rc = logscan_file(ls, path, collect, NULL, r, st, &err);
	if (rc != 0)
		fail_msg("%s", err.msg);
}

static size_t to_utf16le(const char *in, unsigned char *out)
{
	/* Test text is ASCII plus "ü" (C3 BC) and "€" (E2 82 AC). */
	size_t i = 0, o = 0;

	out[o++] = 0xFF;
	out[o++] = 0xFE;
	while (in[i] != '\0') {
		unsigned char c = (unsigned char)in[i];
		unsigned cp;

		if (c < 0x80) {
			cp = c;
			i++;
		} else if ((c & 0xE0) == 0xC0) {
			cp = (c & 0x1Fu) << 6 | ((unsigned char)in[i + 1] & 0x3Fu);
			i += 2;
		} else {
			cp = (c & 0x0Fu) << 12 | ((unsigned char)in[i + 1] & 0x3Fu) << 6 |
			     ((unsigned char)in[i + 2] & 0x3Fu);
			i += 3;
		}
		out[o++] = (unsigned char)(cp & 0xFF);
		out[o++] = (unsigned char)(cp >> 8);
	}
	return o;
}

static void assert_same_hits(const struct recs *a, const struct recs *b)
{
	size_t i;

	assert_int_equal(a->n, b->n);
	for (i = 0; i < a->n; i++) {
		assert_int_equal(a->v[i].group, b->v[i].group);
		assert_int_equal(a->v[i].index, b->v[i].index);
		assert_int_equal(a->v[i].line_no, b->v[i].line_no);
		assert_int_equal(a->v[i].match_off, b->v[i].match_off);
		assert_int_equal(a->v[i].line_len, b->v[i].line_len);
		assert_string_equal(a->v[i].match, b->v[i].match);
		assert_string_equal(a->v[i].ts, b->v[i].ts);
	}
}

static void test_utf8_bom_and_utf16le_bom_give_the_same_hits_as_utf8(void **state)
{
	static const char text[] =
		"00000574.00000578::2002/06/11-12:00:01.234 [RM] Resource File Share Z\xC3\xBCrich is now online.\n"
		"00000574.00000578::2002/06/11-12:00:01.512 [INIT] Unable to bind RPC to CDP, status 1720\n"
		"00000574.00000578::2002/06/11-12:00:02.000 [RM] Cost 5\xE2\x82\xAC for Z\xC3\xBCrich\n";
	unsigned char wide[2 * sizeof text + 2];
	char *bom = malloc(sizeof text + 3);
	char *dir = test_tmpdir();
	struct logscan *ls = new_scanner();
	struct recs plain = { 0 }, with_bom = { 0 }, utf16 = { 0 };
	struct logscan_stats st;
	size_t wlen;

	(void)state;
	assert_non_null(dir);
	assert_non_null(bom);
	add(ls, 0, 0, 0, "Z\xC3\xBCrich");
	add(ls, 0, 1, 0, "[INIT] Unable to bind RPC to CDP, status 1720");
	add(ls, 0, 2, 1, "\\d\xE2\x82\xAC");
	add(ls, 0, 3, 1, "Z.rich is");

	scan_file_as(ls, dir, "utf8.log", text, sizeof text - 1, &plain, &st);
	assert_int_equal(st.encoding, ENC_UTF8);
	assert_int_equal(plain.n, 5);

	memcpy(bom, "\xEF\xBB\xBF", 3);
	memcpy(bom + 3, text, sizeof text - 1);
	scan_file_as(ls, dir, "bom.log", bom, sizeof text + 2, &with_bom, &st);
	assert_int_equal(st.encoding, ENC_UTF8_BOM);
	assert_int_equal(st.format, LOGFMT_CLUSTER_NT);
	assert_same_hits(&plain, &with_bom);

	wlen = to_utf16le(text, wide);
	scan_file_as(ls, dir, "utf16.log", wide, wlen, &utf16, &st);
	assert_int_equal(st.encoding, ENC_UTF16LE_BOM);
	assert_int_equal(st.format, LOGFMT_CLUSTER_NT);
	assert_int_equal(st.bytes, wlen);
	assert_same_hits(&plain, &utf16);

	free(plain.v);
	free(with_bom.v);
	free(utf16.v);
	free(bom);
	test_rm_rf(dir);
	free(dir);
	logscan_free(ls);
}

static void test_utf16le_with_tiny_window_converts_across_reads(void **state)
{
	/* Many non-ASCII characters, a window too small for more than a
	 * few of them: characters must never be split or lost. */
	char text[4096];
	unsigned char wide[2 * sizeof text + 2];
	size_t n = 0, i;
	char *dir = test_tmpdir();
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };
	struct logscan_stats st;
	struct kb_error err;

	(void)state;
	for (i = 0; i < 60; i++)
		n += (size_t)snprintf(text + n, sizeof text - n,
				      "line %zu \xE2\x82\xAC\xC3\xBC marker\xE2\x82\xAC end\n", i);
	add(ls, 0, 0, 0, "marker\xE2\x82\xAC end");
	assert_int_equal(logscan_set_window(ls, 64, &err), 0);
	scan_file_as(ls, dir, "w.log", wide, to_utf16le(text, wide), &r, &st);
	assert_int_equal(r.n, 60);
	assert_int_equal(st.lines, 60);
	for (i = 0; i < r.n; i++)
		assert_int_equal(r.v[i].line_no, i + 1);
	free(r.v);
	test_rm_rf(dir);
	free(dir);
	logscan_free(ls);
}

static void test_crlf_and_lf_give_the_same_hits(void **state)
{
	static const char lf[] = "alpha status 1720\nbeta\nstatus 1720 gamma\n";
	static const char crlf[] = "alpha status 1720\r\nbeta\r\nstatus 1720 gamma\r\n";
	struct logscan *ls = new_scanner();
	struct recs a = { 0 }, b = { 0 };
	struct logscan_stats sa, sb;

	(void)state;
	add(ls, 0, 0, 0, "status 1720");
	add(ls, 0, 1, 1, "1720$");
	add(ls, 0, 2, 1, "gamma$");
	assert_int_equal(scan_buf(ls, lf, sizeof lf - 1, &a, &sa), 0);
	assert_int_equal(scan_buf(ls, crlf, sizeof crlf - 1, &b, &sb), 0);
	assert_int_equal(a.n, 4);
	assert_same_hits(&a, &b);
	assert_int_equal(sa.lines, 3);
	assert_int_equal(sb.lines, 3);
	assert_int_equal(sa.longest_line, sb.longest_line);
	free(a.v);
	free(b.v);
	logscan_free(ls);
}

static void test_literal_ending_in_cr_of_crlf_is_not_a_hit(void **state)
{
	static const char crlf[] = "abc\r\nabc\rdef\r\n";
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };
	struct kb_error err;

	(void)state;
	/* A literal may not hold CR or LF at all. */
	assert_int_equal(logscan_add(ls, 0, 0, 0, "abc\r", &err), KB_EINVAL);
	assert_non_null(strstr(err.msg, "abc"));
	add(ls, 0, 1, 0, "abc");
	assert_int_equal(scan_buf(ls, crlf, sizeof crlf - 1, &r, NULL), 0);
	assert_int_equal(r.n, 2);
	assert_int_equal(r.v[1].line_no, 2);
	/* A lone CR stays inside the line. */
	assert_int_equal(r.v[1].line_len, 7);
	free(r.v);
	logscan_free(ls);
}

static void test_hit_in_line_longer_than_window_is_found_in_slices(void **state)
{
	size_t len = 10000, i;
	char *text = malloc(len + 64);
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };
	struct logscan_stats st;
	struct kb_error err;
	size_t n;

	(void)state;
	assert_non_null(text);
	n = (size_t)sprintf(text, "00000574.00000578::2002/06/11-12:00:01.234 ");
	memset(text + n, 'x', len - n);
	/* One hit at the start, one straddling each of many slice
	 * boundaries (positions 250..260 around a 256-byte window), one at
	 * the end. */
	memcpy(text + 60, "NEEDLE-1720", 11);
	for (i = 250; i < 262; i++)
		memcpy(text + i * 31, "NEEDLE-1720", 11);
	memcpy(text + len - 11, "NEEDLE-1720", 11);
	memcpy(text + len, "\nshort NEEDLE-1720\n", 20);
	add(ls, 0, 0, 0, "NEEDLE-1720");
	add(ls, 0, 1, 1, "NEEDLE-\\d+");
	assert_int_equal(logscan_set_window(ls, 256, &err), 0);
	assert_int_equal(scan_buf(ls, text, len + 19, &r, &st), 0);
	assert_int_equal(st.lines, 2);
	assert_int_equal(st.long_lines, 1);
	assert_int_equal(st.longest_line, len);
	/* 14 literal and 14 regex hits on line 1, 2 on line 2. */
	assert_int_equal(r.n, 30);
	for (i = 0; i < r.n; i++) {
		const struct rec *h = &r.v[i];
		if (h->line_no == 1) {
			uint64_t abs = h->line_offset + h->match_off;
			assert_true(h->slice);
			assert_true(abs == 60 || abs == len - 11 ||
				    (abs % 31 == 0 && abs / 31 >= 250 && abs / 31 < 262));
			assert_string_equal(h->match, "NEEDLE-1720");
			/* The timestamp survives slicing. */
			assert_string_equal(h->ts, "2002/06/11-12:00:01.234");
			assert_true(h->line_len <= 256);
		} else {
			assert_int_equal(h->line_no, 2);
			assert_false(h->slice);
		}
	}
	free(r.v);
	free(text);
	logscan_free(ls);
}

static void test_pattern_straddling_window_boundary_is_found(void **state)
{
	/* Short lines with the pattern at every offset relative to a 64-byte
	 * window: each must be found exactly once. */
	char text[8192];
	size_t n = 0, i;
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };
	struct kb_error err;

	(void)state;
	for (i = 0; i < 100; i++)
		n += (size_t)snprintf(text + n, sizeof text - n, "%.*s[CS] ClusterInitialize failed 1720\n",
				      (int)(i % 23), "padpadpadpadpadpadpadpad");
	add(ls, 0, 0, 0, "[CS] ClusterInitialize failed 1720");
	add(ls, 0, 1, 0, "1720");
	assert_int_equal(logscan_set_window(ls, 160, &err), 0);
	assert_int_equal(scan_buf(ls, text, n, &r, NULL), 0);
	assert_int_equal(r.n, 200);
	for (i = 0; i < r.n; i += 2) {
		assert_int_equal(r.v[i].line_no, i / 2 + 1);
		assert_int_equal(r.v[i + 1].line_no, i / 2 + 1);
		assert_int_equal(r.v[i].match_off, (i / 2) % 23);
		assert_false(r.v[i].slice);
	}
	free(r.v);
	logscan_free(ls);
}

static void test_nul_bytes_and_binary_junk_are_counted_not_fatal(void **state)
{
	static const char junk[] = "abc\0\0def status 1720\n\xff\xfe\x01\0x\nstatus 1720";
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };
	struct logscan_stats st;

	(void)state;
	add(ls, 0, 0, 0, "status 1720");
	add(ls, 0, 1, 1, "c\\x00\\x00d");
	assert_int_equal(scan_buf(ls, junk, sizeof junk - 1, &r, &st), 0);
	assert_int_equal(st.nul_bytes, 3);
	assert_int_equal(st.lines, 3);
	assert_int_equal(r.n, 3);
	assert_int_equal(r.v[0].index, 1);
	assert_int_equal(r.v[1].line_no, 1);
	assert_int_equal(r.v[2].line_no, 3);
	free(r.v);
	logscan_free(ls);
}

/* A regex's lines are found through text every match must contain
 * (quantified characters, classes, groups and escapes left out): each
 * regex here must hit exactly the lines PCRE2 matches on their own. */
static void test_regex_prefilter_text_never_loses_a_line(void **state)
{
	static const char text[] =
		"abc error 17 at node\n"
		"ac error 7 at\n"
		"abbbc xw\n"
		"xyzw aab\n"
		"[x]yz Disk <d1>: SCSI, error\n"
		"a.b.c\n"
		"colour color\n"
		"colr\n"
		"cafx\n";
	static const struct {
		const char *re;
		const char *lines;
	} cases[] = {
		{ "ab+c", "1 3" },
		{ "error \\d+ at", "1 2" },
		{ "colou?r", "7" },
		{ "Disk <[^>]*>: SCSI", "5" },
		{ "a\\.b\\.c", "6" },
		{ "xyza{0}w", "4" },
		{ "(error) 1[0-9] at", "1" },
		{ "c\\s+error", "1 2" },
		{ "[]x]yz", "4 5" },
		{ "^a.b", "3 6" },
		/* an optional two-byte character: none of its bytes required */
		{ "caf\xc3\xa9?x", "9" },
	};
	size_t i, j;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct logscan *ls = new_scanner();
		struct recs r = { 0 };
		char got[64] = "";
		uint64_t last = 0;

		add(ls, 0, 0, 1, cases[i].re);
		assert_int_equal(scan_buf(ls, text, sizeof text - 1, &r, NULL), 0);
		for (j = 0; j < r.n; j++) {
			if (r.v[j].line_no == last)
				continue;
			last = r.v[j].line_no;
			snprintf(got + strlen(got), sizeof got - strlen(got), "%s%llu",
				 got[0] ? " " : "", (unsigned long long)last);
		}
		if (strcmp(got, cases[i].lines) != 0)
			fail_msg("/%s/: lines \"%s\", expected \"%s\"", cases[i].re,
				 got, cases[i].lines);
		free(r.v);
		logscan_free(ls);
	}
}

static void test_bad_regex_error_names_the_pattern(void **state)
{
	struct logscan *ls = new_scanner();
	struct kb_error err;

	(void)state;
	assert_int_equal(logscan_add(ls, 0, 0, 1, "status (\\d+", &err), KB_EINVAL);
	assert_non_null(strstr(err.msg, "status (\\d+"));
	assert_int_equal(logscan_add(ls, 0, 0, 0, "", &err), KB_EINVAL);
	logscan_free(ls);
}

static void test_patterns_with_shared_prefixes_are_all_found(void **state)
{
	static const char log[] = "xabcdx\nbc\nab\n";
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };

	(void)state;
	add(ls, 0, 0, 0, "abc");
	add(ls, 0, 1, 0, "abcd");
	add(ls, 0, 2, 0, "bc");
	add(ls, 0, 3, 0, "abcdx");
	add(ls, 0, 4, 0, "xabcdx");
	assert_int_equal(scan_buf(ls, log, sizeof log - 1, &r, NULL), 0);
	assert_int_equal(r.n, 6);
	assert_non_null(find_rec(&r, 0, 0));
	assert_non_null(find_rec(&r, 0, 1));
	assert_non_null(find_rec(&r, 0, 3));
	assert_non_null(find_rec(&r, 0, 4));
	assert_int_equal(find_rec(&r, 0, 2)->match_off, 2);
	assert_int_equal(r.v[5].line_no, 2);
	assert_int_equal(r.v[5].index, 2);
	free(r.v);
	logscan_free(ls);
}

static void test_overlapping_hits_on_one_line_are_all_reported(void **state)
{
	static const char log[] = "aaaa [DM] DmpShutdownFlusher: Entry\n";
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };
	size_t i, aa = 0;

	(void)state;
	add(ls, 0, 0, 0, "aa");
	add(ls, 0, 1, 0, "[DM] DmpShutdownFlusher: Entry");
	add(ls, 0, 2, 0, "DmpShutdownFlusher");
	add(ls, 0, 3, 0, "Flusher: Entry");
	assert_int_equal(scan_buf(ls, log, sizeof log - 1, &r, NULL), 0);
	for (i = 0; i < r.n; i++)
		aa += r.v[i].index == 0;
	/* "aa" at 0, 1 and 2. */
	assert_int_equal(aa, 3);
	assert_int_equal(r.n, 6);
	free(r.v);
	logscan_free(ls);
}

static void test_empty_input_gives_no_hits_and_no_lines(void **state)
{
	char *dir = test_tmpdir();
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };
	struct logscan_stats st;

	(void)state;
	add(ls, 0, 0, 0, "anything");
	add(ls, 0, 1, 1, ".*");
	assert_int_equal(scan_buf(ls, "", 0, &r, &st), 0);
	assert_int_equal(r.n, 0);
	assert_int_equal(st.lines, 0);
	scan_file_as(ls, dir, "empty.log", "", 0, &r, &st);
	assert_int_equal(r.n, 0);
	assert_int_equal(st.lines, 0);
	assert_int_equal(st.bytes, 0);
	test_rm_rf(dir);
	free(dir);
	logscan_free(ls);
}

static void test_missing_file_is_an_error_naming_the_file(void **state)
{
	struct logscan *ls = new_scanner();
	struct kb_error err;
	struct logscan_stats st;

	(void)state;
	add(ls, 0, 0, 0, "x");
	assert_int_equal(logscan_file(ls, "/nonexistent/kbwiz/cluster.log", NULL,
				      NULL, NULL, &st, &err), KB_ENOTFOUND);
	assert_non_null(strstr(err.msg, "/nonexistent/kbwiz/cluster.log"));
	logscan_free(ls);
}

struct cancel_ctx {
	int calls;
	uint64_t last_done, total;
};

static int cancel_on_second_call(void *ctx, uint64_t done, uint64_t total)
{
	struct cancel_ctx *c = ctx;

	assert_true(done >= c->last_done);
	c->last_done = done;
	c->total = total;
	return ++c->calls >= 2;
}

static int count_hit(void *ctx, const struct logscan_hit *hit)
{
	(void)ctx;
	(void)hit;
	return 0;
}

static void test_progress_callback_can_cancel_the_scan(void **state)
{
	size_t len = 3 << 20, i;
	char *text = malloc(len);
	char *dir = test_tmpdir(), path[512];
	struct logscan *ls = new_scanner();
	struct cancel_ctx c = { 0, 0, 0 };
	struct logscan_stats st;
	struct kb_error err;

	(void)state;
	assert_non_null(text);
	for (i = 0; i < len; i++)
		text[i] = i % 80 == 79 ? '\n' : 'a' + (char)(i % 26);
	snprintf(path, sizeof path, "%s/big.log", dir);
	assert_int_equal(test_write_file(path, text, len), 0);
	add(ls, 0, 0, 0, "xyz");
	assert_int_equal(logscan_file(ls, path, count_hit, cancel_on_second_call,
				      &c, &st, &err), KB_ECANCEL);
	assert_int_equal(c.calls, 2);
	assert_int_equal(c.total, len);
	assert_true(st.bytes < len);
	assert_non_null(strstr(err.msg, "big.log"));
	free(text);
	test_rm_rf(dir);
	free(dir);
	logscan_free(ls);
}

static void test_hit_callback_can_stop_the_scan(void **state)
{
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };

	(void)state;
	r.stop_after = 2;
	add(ls, 0, 0, 0, "1720");
	assert_int_equal(scan_buf(ls, nt_log, sizeof nt_log - 1, &r, NULL), KB_ECANCEL);
	assert_int_equal(r.n, 2);
	free(r.v);
	logscan_free(ls);
}

/* The reference: every literal's occurrences, line by line. */
/* The naive search's hits as a count and an order-free digest of
 * (line number, offset in the line, pattern). */
static void naive_digest(const char *text, size_t len, char **pats,
			 size_t n_pats, size_t *count, uint64_t *digest)
{
	size_t start = 0, p, at;
	uint64_t line_no = 1;

	*count = 0;
	*digest = 0;
	while (start < len) {
		const char *nl = memchr(text + start, '\n', len - start);
		size_t end = nl ? (size_t)(nl - text) : len, ce = end;

		if (ce > start && text[ce - 1] == '\r')
			ce--;
		for (p = 0; p < n_pats; p++) {
			size_t pl = strlen(pats[p]);
			for (at = start; at + pl <= ce; at++) {
				if (memcmp(text + at, pats[p], pl) == 0) {
					(*count)++;
					*digest += (line_no * 1000003u + (at - start)) * 131u + p;
				}
			}
		}
		start = end + 1;
		line_no++;
	}
}

static size_t naive_count(const char *text, size_t len, char **pats, size_t n_pats)
{
	size_t count;
	uint64_t digest;

	naive_digest(text, len, pats, n_pats, &count, &digest);
	return count;
}

static void test_small_windows_agree_with_a_naive_search(void **state)
{
	static const char alphabet[] = "ab\n\r\0c[] ";
	char text[3000];
	char *pats[12];
	size_t round, i, want;
	uint64_t seed = 12345;

	(void)state;
	for (round = 0; round < 40; round++) {
		struct logscan *ls = new_scanner();
		struct recs r = { 0 };
		struct kb_error err;
		size_t window = 64 + round * 37, n_pats = 1 + round % 12;

		for (i = 0; i < sizeof text; i++) {
			seed = seed * 6364136223846793005ull + 1442695040888963407ull;
			text[i] = alphabet[(seed >> 33) % (sizeof alphabet - 1)];
			/* Long stretches without LF sometimes. */
			if (round % 3 == 0 && text[i] == '\n')
				text[i] = 'a';
		}
		for (i = 0; i < n_pats; i++) {
			size_t pl = 1 + (i * 7 + round) % 16, j;
			pats[i] = malloc(pl + 1);
			for (j = 0; j < pl; j++) {
				seed = seed * 6364136223846793005ull + 1442695040888963407ull;
				pats[i][j] = "abc"[(seed >> 33) % 3];
			}
			pats[i][pl] = '\0';
			add(ls, 0, (int)i, 0, pats[i]);
		}
		assert_int_equal(logscan_set_window(ls, window, &err), 0);
		want = naive_count(text, sizeof text, pats, n_pats);
		assert_int_equal(logscan_buffer(ls, "rand", text, sizeof text, collect,
						&r, NULL, &err), 0);
		assert_int_equal(r.n, want);
		for (i = 1; i < r.n; i++)
			assert_true(r.v[i].line_no >= r.v[i - 1].line_no);
		for (i = 0; i < n_pats; i++)
			free(pats[i]);
		free(r.v);
		logscan_free(ls);
	}
}

static void test_generated_q262832_fixture_hits_the_whole_sequence_in_order(void **state)
{
	static const char *const seq[] = {
		"[CS] Initializing RPC server.",
		"[INIT] Unable to bind RPC to CDP, status 1720",
		"[CS] ClusterInitialize failed 1720",
		"[INIT] The cluster service is shutting down.",
		"[FM] Shutdown: Failover Manager requested to shutdown groups.",
		"[FM] FmpCleanupGroups: Entry",
		"[Dm] DmShutdown",
		"[DM] DmpShutdownFlusher: Entry",
		"[DM] DmpShutdownFlusher: Setting event",
		"[DM] DmpRegistryFlusher: got 0",
		"[DM] DmpRegistryFlusher: exiting",
		"[CPROXY] clussvc terminated, error 1720",
		"[CPROXY] Service Stopping...",
		"[CPROXY] Cleaning up",
		"[CPROXY] Cleanup complete.",
		"[CPROXY] Service Stopped.",
	};
	static const char *const fixtures[] = {
		"tests/fixtures/logs/cluster_nt_q262832.log",
		"tests/fixtures/logs/cluster_2008_q262832_utf16.log",
		"tests/fixtures/logs/cluster_2008_healthy.log",
	};
	size_t f, i;

	(void)state;
	for (f = 0; f < 3; f++) {
		struct logscan *ls = new_scanner();
		struct recs r = { 0 };
		struct logscan_stats st;
		struct kb_error err;
		int rc;

		for (i = 0; i < 16; i++)
			add(ls, 3, (int)i, 0, seq[i]);
		rc = logscan_file(ls, fixtures[f], collect, NULL, &r, &st, &err);
		if (rc != 0)
			fail_msg("%s", err.msg);
		assert_int_equal(st.format, f == 0 ? LOGFMT_CLUSTER_NT : LOGFMT_CLUSTER_2008);
		if (f == 2) {
			/* Healthy: the start-up line only. */
			assert_int_equal(r.n, 1);
			assert_int_equal(r.v[0].index, 0);
		} else {
			assert_int_equal(r.n, 16);
			for (i = 0; i < 16; i++) {
				assert_int_equal(r.v[i].index, (int)i);
				assert_true(r.v[i].has_ts);
				if (i > 0)
					assert_true(r.v[i].line_no > r.v[i - 1].line_no);
			}
		}
		free(r.v);
		logscan_free(ls);
	}
}

/* Within a line hits come by match start whatever tier found them and
 * wherever the window starts (a part of a split input starts elsewhere):
 * a sequence of two patterns on one line must not depend on it. */
static void test_hits_within_a_line_come_in_match_order(void **state)
{
	char text[512];
	size_t pad;

	(void)state;
	for (pad = 0; pad < 24; pad++) {
		struct logscan *ls = new_scanner();
		struct recs r = { 0 };
		size_t n;

		add(ls, 0, 0, 0, "Unable to bind RPC to CDP");   /* 8-byte grams, sampled */
		add(ls, 0, 1, 0, "RPC");                          /* short tier */
		add(ls, 0, 2, 0, "bind RPC t");                   /* middle tier */
		add(ls, 0, 3, 1, "CDP|Unable");
		n = (size_t)snprintf(text, sizeof text, "%*sx\nRPC: Unable to bind RPC to CDP, RPC\n",
				     (int)pad, "");
		assert_int_equal(scan_buf(ls, text, n, &r, NULL), 0);
		assert_int_equal(r.n, 7);
		assert_int_equal(r.v[0].match_off, 0);              /* RPC */
		assert_int_equal(r.v[1].match_off, 5);              /* Unable (regex) */
		assert_int_equal(r.v[1].match_len, 6);
		assert_int_equal(r.v[2].match_off, 5);              /* the long literal */
		assert_int_equal(r.v[2].index, 0);
		assert_int_equal(r.v[3].match_off, 15);             /* bind RPC t */
		assert_int_equal(r.v[4].match_off, 20);             /* RPC */
		assert_int_equal(r.v[5].match_off, 27);             /* CDP (regex) */
		assert_int_equal(r.v[6].match_off, 32);             /* RPC */
		free(r.v);
		logscan_free(ls);
	}
}

/* ---- large inputs scanned in parts side by side ---- */

/* Everything a hit says, compared between two scans. */
static void assert_identical_hits(const struct recs *a, const struct recs *b)
{
	size_t i;

	assert_same_hits(a, b);
	for (i = 0; i < a->n; i++) {
		assert_int_equal(a->v[i].has_ts, b->v[i].has_ts);
		assert_int_equal(a->v[i].match_len, b->v[i].match_len);
		assert_int_equal(a->v[i].line_offset, b->v[i].line_offset);
		assert_int_equal(a->v[i].slice, b->v[i].slice);
	}
}

static void assert_same_stats(const struct logscan_stats *a,
			      const struct logscan_stats *b)
{
	assert_int_equal(a->bytes, b->bytes);
	assert_int_equal(a->lines, b->lines);
	assert_int_equal(a->hits, b->hits);
	assert_int_equal(a->nul_bytes, b->nul_bytes);
	assert_int_equal(a->longest_line, b->longest_line);
	assert_int_equal(a->long_lines, b->long_lines);
	assert_int_equal(a->regex_gave_up, b->regex_gave_up);
	assert_int_equal(a->format, b->format);
	assert_int_equal(a->encoding, b->encoding);
}

/* Scans data serially and in 2 to 7 parts (forced with a 1-byte part
 * minimum), from memory and from a file, and wants the very same hits
 * and stats each time. */
static void assert_parts_agree(struct logscan *ls, const char *dir,
			       const void *data, size_t len)
{
	struct recs serial = { 0 };
	struct logscan_stats st0, st;
	struct kb_error err;
	unsigned workers;
	char path[512];

	assert_int_equal(logscan_set_parallel(ls, 1, 0, &err), 0);
	assert_int_equal(logscan_buffer(ls, "test.log", data, len, collect,
					&serial, &st0, &err), 0);
	snprintf(path, sizeof path, "%s/part.log", dir);
	assert_int_equal(test_write_file(path, data, len), 0);
	for (workers = 2; workers <= 7; workers++) {
		struct recs mem = { 0 }, file = { 0 };

		assert_int_equal(logscan_set_parallel(ls, workers, 1, &err), 0);
		assert_int_equal(logscan_buffer(ls, "test.log", data, len, collect,
						&mem, &st, &err), 0);
		assert_identical_hits(&serial, &mem);
		assert_same_stats(&st0, &st);
		assert_int_equal(logscan_file(ls, path, collect, NULL, &file, &st,
					      &err), 0);
		assert_identical_hits(&serial, &file);
		assert_same_stats(&st0, &st);
		free(mem.v);
		free(file.v);
	}
	free(serial.v);
}

static uint64_t next_rand(uint64_t *seed)
{
	*seed = *seed * 6364136223846793005ull + 1442695040888963407ull;
	return *seed >> 33;
}

/* Many literals made of a few shared words and a number, as a large
 * rule set's are ("[RM] network open registry, status 9992"), in text
 * of the same words with some of them planted: the tiers' grams are
 * chosen among shared ones, at every residue of the stride, and every
 * occurrence must still be found once, at its line and offset. */
static void test_many_literals_of_shared_words_agree_with_a_naive_search(void **state)
{
	static const char *const words[] = {
		"[RM] ", "[CS] ", "[DM] ", "network ", "open ", "registry", ", status ",
		"checkpoint ", "Resource ", "online ", "Failed ", "join ", "a", "\r\n", "\n",
	};
	const size_t n_words = sizeof words / sizeof words[0];
	size_t text_len = 60000, round, i;
	char *text = malloc(text_len);
	uint64_t seed = 4242;

	(void)state;
	assert_non_null(text);
	for (round = 0; round < 6; round++) {
		struct logscan *ls = new_scanner();
		struct recs r = { 0 };
		struct kb_error err;
		size_t n_pats = 50 + round * 150, want = 0, at, len;
		char **pats = calloc(n_pats, sizeof *pats);
		uint64_t want_digest = 0, got_digest = 0;

		assert_non_null(pats);
		for (i = 0; i < n_pats; i++) {
			char buf[200];

			len = 0;
			/* 1 to 6 words, a number now and then: lengths from a
			 * few bytes (the short tiers) to about 70. */
			for (at = 1 + next_rand(&seed) % 6; at > 0; at--) {
				const char *w = words[next_rand(&seed) % (n_words - 2)];
				memcpy(buf + len, w, strlen(w));
				len += strlen(w);
			}
			if (next_rand(&seed) % 3 != 0)
				len += (size_t)snprintf(buf + len, sizeof buf - len, "%u",
							(unsigned)(next_rand(&seed) % 400));
			buf[len] = '\0';
			pats[i] = strdup(buf);
			assert_non_null(pats[i]);
			add(ls, 0, (int)i, 0, pats[i]);
		}
		for (at = 0; at < text_len; at += len) {
			const char *w;

			if (next_rand(&seed) % 8 == 0)
				w = pats[next_rand(&seed) % n_pats];
			else if (next_rand(&seed) % 6 == 0) {
				static char num[8];
				snprintf(num, sizeof num, "%u", (unsigned)(next_rand(&seed) % 400));
				w = num;
			} else
				w = words[next_rand(&seed) % n_words];
			len = strlen(w);
			if (len > text_len - at)
				len = text_len - at;
			memcpy(text + at, w, len);
		}
		assert_int_equal(logscan_set_window(ls, 4096 + round * 3001, &err), 0);
		naive_digest(text, text_len, pats, n_pats, &want, &want_digest);
		assert_int_equal(logscan_buffer(ls, "words", text, text_len, collect,
						&r, NULL, &err), 0);
		assert_int_equal(r.n, want);
		for (i = 0; i < r.n; i++)
			got_digest += (r.v[i].line_no * 1000003u + r.v[i].match_off) * 131u +
				      (uint64_t)r.v[i].index;
		assert_true(got_digest == want_digest);
		for (i = 0; i < n_pats; i++)
			free(pats[i]);
		free(pats);
		free(r.v);
		logscan_free(ls);
	}
	free(text);
}

static void test_parts_give_the_serial_hits_on_random_text(void **state)
{
	static const char alphabet[] = "ab\n\r\0c[] \xEF\xBB\xBF";
	char text[4000];
	char *dir = test_tmpdir();
	size_t round, i;
	uint64_t seed = 777;

	(void)state;
	assert_non_null(dir);
	for (round = 0; round < 24; round++) {
		struct logscan *ls = new_scanner();
		struct kb_error err;
		size_t n_pats = 1 + round % 9;

		for (i = 0; i < sizeof text; i++) {
			seed = seed * 6364136223846793005ull + 1442695040888963407ull;
			text[i] = alphabet[(seed >> 33) % (sizeof alphabet - 1)];
			/* Lines longer than the window, sometimes. */
			if (round % 4 == 0 && text[i] == '\n' && i % 1000 > 100)
				text[i] = 'a';
		}
		for (i = 0; i < n_pats; i++) {
			char pat[20];
			size_t pl = 1 + (i * 5 + round) % 14, j;

			for (j = 0; j < pl; j++) {
				seed = seed * 6364136223846793005ull + 1442695040888963407ull;
				pat[j] = "abc"[(seed >> 33) % 3];
			}
			pat[pl] = '\0';
			add(ls, 0, (int)i, 0, pat);
		}
		add(ls, 1, 0, 1, "^a+b");
		add(ls, 1, 1, 1, "c\\[\\]");
		add(ls, 1, 2, 1, "b$");
		assert_int_equal(logscan_set_window(ls, 64 + round * 41, &err), 0);
		assert_parts_agree(ls, dir, text, sizeof text);
		logscan_free(ls);
	}
	test_rm_rf(dir);
	free(dir);
}

/* Each cut falls inside a hit line, inside a CRLF, right after a LF; the
 * line numbers after a cut count the lines before it. */
static void test_parts_cut_at_line_ends_and_number_lines_globally(void **state)
{
	char *dir = test_tmpdir();
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };
	struct kb_error err;
	struct logscan_stats st;
	char text[600];
	size_t n = 0, i;

	(void)state;
	assert_non_null(dir);
	add(ls, 0, 0, 0, "STRADDLE");
	add(ls, 0, 1, 1, "^x+\\d$");
	/* a small window: the first part holds at least the first fill */
	assert_int_equal(logscan_set_window(ls, 64, &err), 0);
	for (i = 0; i < 30; i++)
		n += (size_t)snprintf(text + n, sizeof text - n,
				      i % 3 == 0 ? "xx%zu\r\n" : "a STRADDLE b %zu\r\n", i % 10);
	assert_parts_agree(ls, dir, text, n);

	assert_int_equal(logscan_set_parallel(ls, 3, 1, &err), 0);
	assert_int_equal(logscan_buffer(ls, "t", text, n, collect, &r, &st, &err), 0);
	assert_int_equal(st.lines, 30);
	assert_int_equal(r.n, 30);
	for (i = 0; i < r.n; i++) {
		assert_int_equal(r.v[i].line_no, i + 1);
		assert_int_equal(r.v[i].index, i % 3 == 0 ? 1 : 0);
	}
	free(r.v);
	test_rm_rf(dir);
	free(dir);
	logscan_free(ls);
}

/* A BOM counts only at the input's start; UTF-16 input is not cut. */
static void test_parts_keep_bom_and_utf16_handling(void **state)
{
	static const char text[] =
		"\xEF\xBB\xBFline one Z\xC3\xBCrich\n"
		"\xEF\xBB\xBFline two Z\xC3\xBCrich\r\n"
		"line three Z\xC3\xBCrich and more text to cut\n"
		"\xEF\xBB\xBFZ\xC3\xBCrich four\n";
	unsigned char wide[2 * sizeof text + 2];
	char *dir = test_tmpdir();
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };
	struct logscan_stats st;
	struct kb_error err;
	size_t wlen, i;

	(void)state;
	assert_non_null(dir);
	add(ls, 0, 0, 0, "Z\xC3\xBCrich");
	add(ls, 0, 1, 1, "^\xEF\xBB\xBF");
	assert_int_equal(logscan_set_window(ls, 64, &err), 0);
	assert_parts_agree(ls, dir, text, sizeof text - 1);
	/* the BOM-like bytes at lines 2 and 4 are text */
	assert_int_equal(logscan_set_parallel(ls, 4, 1, &err), 0);
	assert_int_equal(logscan_buffer(ls, "t", text, sizeof text - 1, collect,
					&r, &st, &err), 0);
	assert_int_equal(st.encoding, ENC_UTF8_BOM);
	assert_int_equal(r.n, 6);
	free(r.v);

	/* to_utf16le knows no U+FEFF: the BOM-less text, as UTF-16 */
	wlen = to_utf16le("one Z\xC3\xBCrich\ntwo\r\nZ\xC3\xBCrich three\n"
			  "four Z\xC3\xBCrich\n", wide);
	assert_parts_agree(ls, dir, wide, wlen);
	r.v = NULL;
	r.n = r.cap = 0;
	assert_int_equal(logscan_set_parallel(ls, 4, 1, &err), 0);
	assert_int_equal(logscan_buffer(ls, "t", wide, wlen, collect, &r, &st, &err), 0);
	assert_int_equal(st.encoding, ENC_UTF16LE_BOM);
	assert_int_equal(r.n, 3);
	for (i = 0; i < r.n; i++)
		assert_int_equal(r.v[i].line_no, i == 0 ? 1 : i == 1 ? 3 : 4);
	free(r.v);
	test_rm_rf(dir);
	free(dir);
	logscan_free(ls);
}

/* Stopping from the hit callback in a later part: exactly the hits asked
 * for, the error names the global line, the workers end. */
static void test_parts_stop_and_cancel_cleanly(void **state)
{
	size_t len = 3 << 20, i;
	char *text = malloc(len);
	char *dir = test_tmpdir(), path[512];
	struct logscan *ls = new_scanner();
	struct recs r = { 0 };
	struct cancel_ctx c = { 0, 0, 0 };
	struct logscan_stats st;
	struct kb_error err;

	(void)state;
	assert_non_null(text);
	assert_non_null(dir);
	for (i = 0; i + 80 <= len; i += 80)
		snprintf(text + i, 80, "%07zu marker %064zu", i / 80, i);
	for (i = 79; i < len; i += 80)
		text[i] = '\n';
	add(ls, 0, 0, 0, "marker");
	assert_int_equal(logscan_set_parallel(ls, 3, 1, &err), 0);
	/* every line holds one hit; stop deep in the last part */
	r.stop_after = (int)(len / 80 - 5);
	assert_int_equal(logscan_buffer(ls, "many.log", text, len, collect, &r,
					&st, &err), KB_ECANCEL);
	assert_int_equal(r.n, (size_t)r.stop_after);
	assert_int_equal(r.v[r.n - 1].line_no, r.n);
	assert_non_null(strstr(err.msg, "many.log"));
	free(r.v);

	snprintf(path, sizeof path, "%s/big.log", dir);
	assert_int_equal(test_write_file(path, text, len), 0);
	assert_int_equal(logscan_file(ls, path, count_hit, cancel_on_second_call,
				      &c, &st, &err), KB_ECANCEL);
	assert_int_equal(c.calls, 2);
	assert_int_equal(c.total, len);
	free(text);
	test_rm_rf(dir);
	free(dir);
	logscan_free(ls);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nt_cluster_log_literal_hits_have_line_numbers_and_timestamps),
		cmocka_unit_test(test_2008_cluster_log_is_detected_and_hits_have_timestamps),
		cmocka_unit_test(test_plain_log_hits_have_timestamp_only_when_line_has_one),
		cmocka_unit_test(test_regex_hits_every_match_in_a_line_with_offsets),
		cmocka_unit_test(test_regex_anchors_apply_to_each_line_not_the_buffer),
		cmocka_unit_test(test_utf8_bom_and_utf16le_bom_give_the_same_hits_as_utf8),
		cmocka_unit_test(test_utf16le_with_tiny_window_converts_across_reads),
		cmocka_unit_test(test_crlf_and_lf_give_the_same_hits),
		cmocka_unit_test(test_literal_ending_in_cr_of_crlf_is_not_a_hit),
		cmocka_unit_test(test_hit_in_line_longer_than_window_is_found_in_slices),
		cmocka_unit_test(test_pattern_straddling_window_boundary_is_found),
		cmocka_unit_test(test_nul_bytes_and_binary_junk_are_counted_not_fatal),
		cmocka_unit_test(test_bad_regex_error_names_the_pattern),
		cmocka_unit_test(test_regex_prefilter_text_never_loses_a_line),
		cmocka_unit_test(test_patterns_with_shared_prefixes_are_all_found),
		cmocka_unit_test(test_overlapping_hits_on_one_line_are_all_reported),
		cmocka_unit_test(test_empty_input_gives_no_hits_and_no_lines),
		cmocka_unit_test(test_missing_file_is_an_error_naming_the_file),
		cmocka_unit_test(test_progress_callback_can_cancel_the_scan),
		cmocka_unit_test(test_hit_callback_can_stop_the_scan),
		cmocka_unit_test(test_small_windows_agree_with_a_naive_search),
		cmocka_unit_test(test_many_literals_of_shared_words_agree_with_a_naive_search),
		cmocka_unit_test(test_generated_q262832_fixture_hits_the_whole_sequence_in_order),
		cmocka_unit_test(test_hits_within_a_line_come_in_match_order),
		cmocka_unit_test(test_parts_give_the_serial_hits_on_random_text),
		cmocka_unit_test(test_parts_cut_at_line_ends_and_number_lines_globally),
		cmocka_unit_test(test_parts_keep_bom_and_utf16_handling),
		cmocka_unit_test(test_parts_stop_and_cancel_cleanly),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
