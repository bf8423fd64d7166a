/* test_textfit.c: the TUI's text fitting (tui/textfit.c), with no
 * terminal: widths of UTF-8 text, where wrapped rows end, paths
 * shortened in the middle with the file name kept, invisible characters
 * made visible, and line editing on character boundaries. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../tui/textfit.h"

static void test_width_counts_columns_not_bytes(void **state)
{
	(void)state;
	assert_int_equal(tf_width("abc", 3), 3);
	assert_int_equal(tf_width("\xc3\xa9t\xc3\xa9", 5), 3);          /* été */
	assert_int_equal(tf_width("\xe6\x97\xa5", 3), 2);               /* a wide CJK character */
	assert_int_equal(tf_width("\xff", 1), 1);                       /* not UTF-8: one column */
}

static void test_prefix_never_cuts_a_character(void **state)
{
	int cols;

	(void)state;
	/* "a" + a wide character: 2 columns hold only the "a". */
	assert_int_equal(tf_prefix("a\xe6\x97\xa5", 4, 2, &cols), 1);
	assert_int_equal(cols, 1);
	assert_int_equal(tf_prefix("a\xe6\x97\xa5", 4, 3, &cols), 4);
	assert_int_equal(cols, 3);
}

static void test_wrap_breaks_at_the_last_space_that_fits(void **state)
{
	const char *t = "one two three";
	size_t next, end;

	(void)state;
	end = tf_wrap_row(t, strlen(t), 0, 9, &next);
	assert_int_equal(end, 7);            /* "one two" */
	assert_int_equal(next, 8);           /* "three" */
	end = tf_wrap_row(t, strlen(t), next, 9, &next);
	assert_int_equal(end, strlen(t));
	assert_int_equal(next, strlen(t));
	assert_int_equal(tf_wrap_rows(t, strlen(t), 9), 2);
	assert_int_equal(tf_wrap_rows("", 0, 9), 1);
}

static void test_wrap_at_a_row_that_ends_before_a_space_keeps_the_word(void **state)
{
	const char *t = "abc defg hij";
	size_t next, end;

	(void)state;
	/* "abc defg" is exactly 8 columns: the row takes it whole. */
	end = tf_wrap_row(t, strlen(t), 0, 8, &next);
	assert_int_equal(end, 8);
	assert_int_equal(next, 9);
}

static void test_wrap_cuts_a_word_longer_than_the_row(void **state)
{
	const char *t = "Wrote /tmp/very-long-report-name-2026-11-30.html";
	size_t pos = 0, next;
	char joined[128] = "";
	int rows = 0;

	(void)state;
	/* Nothing is lost: the rows put together are the text (less the
	 * spaces they broke at). */
	while (pos < strlen(t)) {
		size_t end = tf_wrap_row(t, strlen(t), pos, 20, &next);
		strncat(joined, t + pos, end - pos);
		if (next > end && t[end] == ' ')
			strcat(joined, " ");
		pos = next;
		rows++;
	}
	assert_string_equal(joined, t);
	assert_int_equal(rows, tf_wrap_rows(t, strlen(t), 20));
	assert_true(rows >= 3);
	/* The path starts on the first row, beside "Wrote": no row is
	 * left half empty for a word that fits no row anyway. */
	assert_int_equal(tf_wrap_row(t, strlen(t), 0, 20, &next), 20);
}

static void test_path_that_fits_is_whole(void **state)
{
	char out[256];

	(void)state;
	tf_path_fit("/a/b/SYSTEM", 20, 0, out, sizeof out);
	assert_string_equal(out, "/a/b/SYSTEM");
}

static void test_long_path_keeps_its_file_name(void **state)
{
	char out[256];
	const char *p = "/very/long/very_long_directory_name/another_long_directory/config/SYSTEM";

	(void)state;
	tf_path_fit(p, 30, 1, out, sizeof out);
	assert_int_equal(tf_width(out, strlen(out)), (int)strlen(out));
	assert_true(strlen(out) <= 30);
	assert_string_equal(out + strlen(out) - strlen("/SYSTEM"), "/SYSTEM");
	assert_memory_equal(out, "/very/long/...", 14);
	/* UTF-8: one ellipsis character, and still the name. */
	tf_path_fit(p, 30, 0, out, sizeof out);
	assert_true(tf_width(out, strlen(out)) <= 30);
	assert_non_null(strstr(out, "\xe2\x80\xa6/SYSTEM"));
}

static void test_path_whose_name_is_too_long_keeps_its_end(void **state)
{
	char out[256];

	(void)state;
	tf_path_fit("/d/a_file_name_much_longer_than_the_space.html", 16, 1, out, sizeof out);
	assert_int_equal((int)strlen(out), 16);
	assert_string_equal(out, "...he_space.html");
}

static void test_invisible_characters_are_written_out(void **state)
{
	/* "SVC" LRM "1" ZWSP BOM */
	const char *in = "SVC\xe2\x80\x8e" "1\xe2\x80\x8b\xef\xbb\xbf";
	char *out;

	(void)state;
	out = tf_show_invisible(in, strlen(in));
	assert_non_null(out);
	assert_string_equal(out, "SVC\\u200e1\\u200b\\ufeff");
	free(out);
	/* Visible text passes unchanged, é and CJK included. */
	out = tf_show_invisible("\xc3\xa9\xe6\x97\xa5", 5);
	assert_string_equal(out, "\xc3\xa9\xe6\x97\xa5");
	free(out);
}

static void test_line_editing_stays_on_character_boundaries(void **state)
{
	char buf[16];
	struct tf_line l = { buf, 0, 0, 8 };

	(void)state;
	tf_line_set(&l, "ab\xc3\xa9");
	assert_int_equal(l.len, 4);
	assert_int_equal(l.cur, 4);
	tf_line_backspace(&l);               /* removes the whole é */
	assert_string_equal(buf, "ab");
	l.cur = 1;
	assert_int_equal(tf_line_insert(&l, "X", 1), 0);
	assert_string_equal(buf, "aXb");
	tf_line_kill_after(&l);
	assert_string_equal(buf, "aX");
	tf_line_kill_before(&l);
	assert_string_equal(buf, "");
	/* max is kept, and a character is never cut in two. */
	tf_line_set(&l, "1234567\xc3\xa9");
	assert_string_equal(buf, "1234567");
	assert_int_equal(tf_line_insert(&l, "89", 2), -1);
	assert_string_equal(buf, "1234567");
}

static void test_line_scrolls_so_the_cursor_shows(void **state)
{
	char buf[64];
	struct tf_line l = { buf, 0, 0, 60 };
	size_t start;

	(void)state;
	tf_line_set(&l, "0123456789abcdefghij");
	start = tf_line_scroll(&l, 10);
	/* The cursor is at the end: the last 9 characters and the cursor. */
	assert_int_equal(start, 11);
	l.cur = 3;
	assert_int_equal(tf_line_scroll(&l, 10), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_width_counts_columns_not_bytes),
		cmocka_unit_test(test_prefix_never_cuts_a_character),
		cmocka_unit_test(test_wrap_breaks_at_the_last_space_that_fits),
		cmocka_unit_test(test_wrap_at_a_row_that_ends_before_a_space_keeps_the_word),
		cmocka_unit_test(test_wrap_cuts_a_word_longer_than_the_row),
		cmocka_unit_test(test_path_that_fits_is_whole),
		cmocka_unit_test(test_long_path_keeps_its_file_name),
		cmocka_unit_test(test_path_whose_name_is_too_long_keeps_its_end),
		cmocka_unit_test(test_invisible_characters_are_written_out),
		cmocka_unit_test(test_line_editing_stays_on_character_boundaries),
		cmocka_unit_test(test_line_scrolls_so_the_cursor_shows),
	};

	/* Widths follow the locale, as in kbwiz. */
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		setlocale(LC_ALL, "en_US.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
