/* test_shell_quote.c: words printed for pasting into a shell
 * (shell_quote.h) read back as the exact path, and never carry a raw
 * control character to the terminal. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kbwiz/shell_quote.h"

static void expect_quoted(const char *in, const char *want)
{
	char *q = kb_shell_quote(in);

	assert_non_null(q);
	assert_string_equal(q, want);
	free(q);
}

static void test_plain_path_is_left_as_it_is(void **state)
{
	(void)state;
	expect_quoted("demo/C/WINNT/system32/config/SYSTEM", "demo/C/WINNT/system32/config/SYSTEM");
}

static void test_spaces_and_quotes_are_single_quoted(void **state)
{
	(void)state;
	expect_quoted("/tmp/my case/SYSTEM", "'/tmp/my case/SYSTEM'");
	expect_quoted("it's $HOME", "'it'\\''s $HOME'");
	expect_quoted("", "''");
}

static void test_control_characters_become_escapes(void **state)
{
	(void)state;
	expect_quoted("esc\x1b[31mdir/SYSTEM", "$'esc\\x1b[31mdir/SYSTEM'");
	expect_quoted("a'b\\\n", "$'a\\x27b\\x5c\\x0a'");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_path_is_left_as_it_is),
		cmocka_unit_test(test_spaces_and_quotes_are_single_quoted),
		cmocka_unit_test(test_control_characters_become_escapes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
