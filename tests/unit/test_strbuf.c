/* test_strbuf.c: the shared growing buffer (strbuf.h) and string helpers
 * (strutil.h): binary-safe appends that stay NUL-terminated, formatted
 * appends past the first allocation, a sticky out-of-memory mark, and
 * ownership handed over by kb_buf_steal. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kbwiz/error.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"

static void test_add_is_binary_safe_and_nul_terminated(void **state)
{
	struct kb_buf b = KB_BUF_INIT;

	(void)state;
	assert_null(b.p);
	assert_string_equal(kb_buf_str(&b), "");
	kb_buf_add(&b, "a\0b", 3);
	kb_buf_putc(&b, '\0');
	kb_buf_puts(&b, "cd");
	assert_false(b.oom);
	assert_int_equal(b.len, 6);
	assert_memory_equal(b.p, "a\0b\0cd", 7);
	kb_buf_free(&b);
	assert_null(b.p);
}

static void test_empty_add_allocates_an_empty_string(void **state)
{
	struct kb_buf b = KB_BUF_INIT;

	(void)state;
	kb_buf_add(&b, "", 0);
	assert_non_null(b.p);
	assert_string_equal(b.p, "");
	kb_buf_free(&b);
}

static void test_printf_grows_past_the_first_allocation(void **state)
{
	struct kb_buf b = KB_BUF_INIT;
	char want[1200];
	int i;

	(void)state;
	want[0] = '\0';
	for (i = 0; i < 100; i++) {
		kb_buf_printf(&b, "%d:%s;", i, "xxxxx");
		snprintf(want + strlen(want), sizeof want - strlen(want), "%d:%s;", i, "xxxxx");
	}
	assert_false(b.oom);
	assert_int_equal(b.len, strlen(want));
	assert_string_equal(b.p, want);
	kb_buf_free(&b);
}

static void test_reset_and_truncate_keep_the_memory(void **state)
{
	struct kb_buf b = KB_BUF_INIT;
	char *p;

	(void)state;
	kb_buf_puts(&b, "hello world");
	p = b.p;
	kb_buf_truncate(&b, 5);
	assert_string_equal(b.p, "hello");
	kb_buf_reset(&b);
	assert_ptr_equal(b.p, p);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.p, "");
	kb_buf_free(&b);
}

static void test_oom_is_sticky_and_steal_gives_null(void **state)
{
	struct kb_buf b = KB_BUF_INIT;

	(void)state;
	kb_buf_puts(&b, "kept");
	b.oom = 1;              /* as a failed realloc leaves it */
	kb_buf_puts(&b, " dropped");
	kb_buf_printf(&b, "%s", " dropped");
	assert_string_equal(b.p, "kept");
	assert_int_equal(kb_buf_reserve(&b, 1), KB_ENOMEM);
	assert_null(kb_buf_steal(&b));
	assert_null(b.p);
	assert_false(b.oom);
}

static void test_steal_hands_over_the_string(void **state)
{
	struct kb_buf b = KB_BUF_INIT;
	char *s;

	(void)state;
	s = kb_buf_steal(&b);
	assert_string_equal(s, "");
	free(s);
	kb_buf_printf(&b, "%s-%d", "id", 7);
	s = kb_buf_steal(&b);
	assert_string_equal(s, "id-7");
	assert_null(b.p);
	assert_int_equal(b.len, 0);
	free(s);
}

static void test_string_helpers(void **state)
{
	char *s;

	(void)state;
	assert_null(kb_strdup(NULL));
	s = kb_strndup("ab\0cd", 4);
	assert_memory_equal(s, "ab\0c", 5);
	free(s);
	s = kb_strdup_printf("%s %u", "event", 7023u);
	assert_string_equal(s, "event 7023");
	free(s);
	assert_true(kb_ci_contains("The Service CONTROL Manager", "control man"));
	assert_true(kb_ci_contains("", ""));
	assert_false(kb_ci_contains("clusnet", "clussvc"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_add_is_binary_safe_and_nul_terminated),
		cmocka_unit_test(test_empty_add_allocates_an_empty_string),
		cmocka_unit_test(test_printf_grows_past_the_first_allocation),
		cmocka_unit_test(test_reset_and_truncate_keep_the_memory),
		cmocka_unit_test(test_oom_is_sticky_and_steal_gives_null),
		cmocka_unit_test(test_steal_hands_over_the_string),
		cmocka_unit_test(test_string_helpers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
