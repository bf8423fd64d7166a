/* test_kbimport_msgstatus.c: a quoted error message that ends with an
 * NTSTATUS written bare ("Frob cannot log you on c0000017.",
 * core/kbimport_errors.c scan_message_status()) gives that error, with
 * the message; not in prose, not as a STOP screen's parameter, not when
 * a ':' makes it an address.  Each case imports a small article written
 * here, in our own words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/article.h"
#include "kbwiz/kbimport.h"
#include "kbwiz/rule_load.h"
#include "draft_probe.h"

#define HEAD ARTICLE_HEAD("Q900790", "Users Cannot Log On to the Frob Server")

static void import_symptoms(const char *text, struct draft *d)
{
	char body[1024];

	snprintf(body, sizeof body, "SYMPTOMS\n========\n\n%s\nRESOLUTION\n==========\n\nApply the fix.\n", text);
	draft_import_head_body("Q900790.txt", HEAD, body, d);
}

static void test_a_bare_status_ending_a_quoted_message(void **state)
{
	struct draft d;
	const struct rule_symptom *e;

	(void)state;
	import_symptoms("Users who log on may receive the following error message:\n"
			"\n"
			"   Frob cannot log you on c0000017.\n", &d);
	assert_non_null(e = draft_error(d.r, 0xC0000017));
	assert_non_null(strstr(e->message, "cannot log you on"));
	draft_free(&d);
}

static void test_no_status_where_it_is_no_message_s_code(void **state)
{
	struct draft d;

	(void)state;
	/* prose, not a quoted message */
	import_symptoms("The frob table starts at offset c0000017 in the file.\n", &d);
	assert_null(draft_error(d.r, 0xC0000017));
	draft_free(&d);
	/* a STOP screen's parameters */
	import_symptoms("You may receive the following error message:\n"
			"\n"
			"   Frob halted (00041284, 0e7f8000, C0502000)\n", &d);
	assert_null(draft_error(d.r, 0xC0502000));
	draft_free(&d);
	/* an address */
	import_symptoms("You may receive the following error message:\n"
			"\n"
			"   Frob stopped at 0028:C0012345\n", &d);
	assert_null(draft_error(d.r, 0xC0012345));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_bare_status_ending_a_quoted_message),
		cmocka_unit_test(test_no_status_where_it_is_no_message_s_code),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
