/* test_logview.c: a log read around a line and searched (core/logview.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/logscan.h"
#include "kbwiz/logview.h"
#include "kbwiz/strbuf.h"
#include "lib/testlib.h"

static char *dir;

static int setup(void **state)
{
	(void)state;
	dir = test_tmpdir();
	return dir == NULL;
}

static int teardown(void **state)
{
	(void)state;
	test_rm_rf(dir);
	free(dir);
	return 0;
}

static struct logview *open_data(const char *name, const void *data, size_t len)
{
	struct kb_error err = { "" };
	struct logview *lv = NULL;
	char path[4096];

	snprintf(path, sizeof path, "%s/%s", dir, name);
	assert_int_equal(test_write_file(path, data, len), 0);
	assert_int_equal(logview_open(path, NULL, NULL, &lv, &err), 0);
	return lv;
}

/* "line 1 ...\n" up to n lines, with "NEEDLE" on the lines in marks. */
static struct logview *open_numbered(uint64_t n, const uint64_t *marks, size_t n_marks)
{
	struct kb_buf b = KB_BUF_INIT;
	struct logview *lv;
	uint64_t i;
	size_t k;

	for (i = 1; i <= n; i++) {
		int mark = 0;
		for (k = 0; k < n_marks; k++)
			mark |= marks[k] == i;
		kb_buf_printf(&b, "00000a10.00000bb8::2008/06/11-10:15:42.123 INFO line %llu%s\r\n",
			      (unsigned long long)i, mark ? " the NeeDLE here" : "");
	}
	assert_false(b.oom);
	lv = open_data("numbered.log", b.p, b.len);
	kb_buf_free(&b);
	return lv;
}

static void test_lines_counted_as_logscan_counts_them(void **state)
{
	struct logview *lv;

	(void)state;
	lv = open_data("a.log", "a\nb\r\nc", 6);
	assert_int_equal(logview_line_count(lv), 3);
	logview_close(lv);
	lv = open_data("b.log", "a\nb\n", 4);
	assert_int_equal(logview_line_count(lv), 2);
	logview_close(lv);
	lv = open_data("c.log", "", 0);
	assert_int_equal(logview_line_count(lv), 0);
	logview_close(lv);
}

static void test_window_around_a_line_far_into_the_file(void **state)
{
	struct kb_error err = { "" };
	struct logview_window w;
	struct logview *lv;

	(void)state;
	lv = open_numbered(5000, NULL, 0);
	assert_int_equal(logview_line_count(lv), 5000);
	assert_int_equal(logview_around(lv, 3000, 2, &w, &err), 0);
	assert_int_equal(w.n, 5);
	assert_int_equal(w.lines[0].line_no, 2998);
	assert_non_null(strstr(w.lines[0].text, "line 2998"));
	assert_non_null(strstr(w.lines[2].text, "line 3000"));
	/* The CR of CRLF is dropped. */
	assert_null(strchr(w.lines[2].text, '\r'));
	logview_window_clear(&w);
	/* Clamped at both ends. */
	assert_int_equal(logview_around(lv, 1, 3, &w, &err), 0);
	assert_int_equal(w.n, 4);
	assert_int_equal(w.lines[0].line_no, 1);
	logview_window_clear(&w);
	assert_int_equal(logview_around(lv, 5000, 3, &w, &err), 0);
	assert_int_equal(w.n, 4);
	assert_int_equal(w.lines[3].line_no, 5000);
	logview_window_clear(&w);
	assert_int_equal(logview_read(lv, 6000, 10, &w, &err), 0);
	assert_int_equal(w.n, 0);
	logview_close(lv);
}

static void test_search_forward_and_backward_across_index_blocks(void **state)
{
	static const uint64_t marks[] = { 7, 1024, 1025, 4100 };
	struct kb_error err = { "" };
	struct logview *lv;
	uint64_t found = 0;

	(void)state;
	lv = open_numbered(5000, marks, 4);
	assert_int_equal(logview_search(lv, "needle", 0, 0, &found, &err), 0);
	assert_int_equal(found, 7);
	assert_int_equal(logview_search(lv, "needle", 7, 0, &found, &err), 0);
	assert_int_equal(found, 1024);
	assert_int_equal(logview_search(lv, "needle", 1025, 0, &found, &err), 0);
	assert_int_equal(found, 4100);
	assert_int_equal(logview_search(lv, "needle", 4100, 0, &found, &err), KB_ENOTFOUND);
	assert_non_null(strstr(err.msg, "not found"));
	/* Backward, across empty blocks. */
	assert_int_equal(logview_search(lv, "needle", 4100, 1, &found, &err), 0);
	assert_int_equal(found, 1025);
	assert_int_equal(logview_search(lv, "NEEDLE", 1025, 1, &found, &err), 0);
	assert_int_equal(found, 1024);
	assert_int_equal(logview_search(lv, "needle", 1024, 1, &found, &err), 0);
	assert_int_equal(found, 7);
	assert_int_equal(logview_search(lv, "needle", 7, 1, &found, &err), KB_ENOTFOUND);
	assert_int_equal(logview_search(lv, "needle", 999999, 1, &found, &err), 0);
	assert_int_equal(found, 4100);
	assert_int_equal(logview_search(lv, "", 0, 0, &found, &err), KB_EINVAL);
	logview_close(lv);
}

/* A line of 300 KB: kept to LOGVIEW_LINE_MAX, searched whole, even where
 * the text crosses the reader's 64 KB pieces. */
static void test_long_line_cut_for_display_but_searched_whole(void **state)
{
	struct kb_error err = { "" };
	struct logview_window w;
	struct logview *lv;
	size_t n = 300000, at = (64 << 10) - 3;
	char *data = malloc(n + 20);
	uint64_t found = 0;

	(void)state;
	assert_non_null(data);
	memcpy(data, "first\n", 6);
	memset(data + 6, 'x', n);
	memcpy(data + 6 + at, "needle", 6);
	memcpy(data + 6 + n, "\nlast\n", 6);
	lv = open_data("long.log", data, n + 12);
	assert_int_equal(logview_line_count(lv), 3);
	assert_int_equal(logview_read(lv, 2, 2, &w, &err), 0);
	assert_int_equal(w.n, 2);
	assert_true(w.lines[0].cut);
	assert_int_equal(w.lines[0].len, LOGVIEW_LINE_MAX);
	assert_int_equal(w.lines[0].full_len, n);
	assert_string_equal(w.lines[1].text, "last");
	logview_window_clear(&w);
	assert_int_equal(logview_search(lv, "needle", 0, 0, &found, &err), 0);
	assert_int_equal(found, 2);
	assert_int_equal(logview_search(lv, "last", 0, 0, &found, &err), 0);
	assert_int_equal(found, 3);
	logview_close(lv);
	free(data);
}

static void test_utf16le_with_bom_read_as_utf8(void **state)
{
	/* "a\r\n\u00e9t\u00e9\r\nz" in UTF-16LE with a BOM */
	static const unsigned char d[] = { 0xFF, 0xFE, 'a', 0, '\r', 0, '\n', 0, 0xE9, 0, 't', 0,
					   0xE9, 0, '\r', 0, '\n', 0, 'z', 0 };
	struct kb_error err = { "" };
	struct logview_window w;
	struct logview *lv;
	uint64_t found = 0;

	(void)state;
	lv = open_data("u16.log", d, sizeof d);
	assert_int_equal(logview_encoding(lv), ENC_UTF16LE_BOM);
	assert_int_equal(logview_line_count(lv), 3);
	assert_int_equal(logview_read(lv, 1, 3, &w, &err), 0);
	assert_string_equal(w.lines[0].text, "a");
	assert_string_equal(w.lines[1].text, "\xC3\xA9t\xC3\xA9");
	assert_string_equal(w.lines[2].text, "z");
	logview_window_clear(&w);
	assert_int_equal(logview_search(lv, "z", 1, 0, &found, &err), 0);
	assert_int_equal(found, 3);
	logview_close(lv);
}

static void test_bom_and_binary_junk_kept_as_bytes(void **state)
{
	static const char d[] = "\xEF\xBB\xBFone\n\x1b[2Jtwo\0three\n";
	struct kb_error err = { "" };
	struct logview_window w;
	struct logview *lv;

	(void)state;
	lv = open_data("bom.log", d, sizeof d - 1);
	assert_int_equal(logview_encoding(lv), ENC_UTF8_BOM);
	assert_int_equal(logview_read(lv, 1, 2, &w, &err), 0);
	assert_string_equal(w.lines[0].text, "one");
	/* The escape and the NUL are there for the sanitizer to show. */
	assert_int_equal(w.lines[1].len, 13);
	assert_memory_equal(w.lines[1].text, "\x1b[2Jtwo\0three", 13);
	logview_window_clear(&w);
	logview_close(lv);
}

static void test_missing_file_and_directory_named(void **state)
{
	struct kb_error err = { "" };
	struct logview *lv = NULL;
	char path[4096];

	(void)state;
	snprintf(path, sizeof path, "%s/nope.log", dir);
	assert_int_equal(logview_open(path, NULL, NULL, &lv, &err), KB_ENOTFOUND);
	assert_non_null(strstr(err.msg, "nope.log"));
	assert_int_equal(logview_open(dir, NULL, NULL, &lv, &err), KB_EIO);
	assert_non_null(strstr(err.msg, "not a regular file"));
	assert_null(lv);
}

static void test_find_in_ignores_ascii_case(void **state)
{
	size_t off = 0;

	(void)state;
	assert_true(logview_find_in("abc ERROR def error", 19, "error", &off));
	assert_int_equal(off, 4);
	off = 5;
	assert_true(logview_find_in("abc ERROR def error", 19, "error", &off));
	assert_int_equal(off, 14);
	off = 15;
	assert_false(logview_find_in("abc ERROR def error", 19, "error", &off));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lines_counted_as_logscan_counts_them),
		cmocka_unit_test(test_window_around_a_line_far_into_the_file),
		cmocka_unit_test(test_search_forward_and_backward_across_index_blocks),
		cmocka_unit_test(test_long_line_cut_for_display_but_searched_whole),
		cmocka_unit_test(test_utf16le_with_bom_read_as_utf8),
		cmocka_unit_test(test_bom_and_binary_junk_kept_as_bytes),
		cmocka_unit_test(test_missing_file_and_directory_named),
		cmocka_unit_test(test_find_in_ignores_ascii_case),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
