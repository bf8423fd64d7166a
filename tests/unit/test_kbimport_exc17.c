/* test_kbimport_exc17.c: two recall gaps the unseen21 set showed.
 * core/kbimport_errors.c: Windows 95's blue screen names the processor's
 * exception in two hex digits also without "Fatal" ("an exception 0E
 * error", "An exception 0E has occurred at ..."), but only where the
 * sentence is the blue screen's.  Each test imports a small article
 * written here, in our own words (the body starts at line 17, in a
 * RESOLUTION section; BODY_HEAD's SYMPTOMS hold error 1067), and reads
 * the draft as a parsed rule. */
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

/* "an exception 0E error" and "An exception 10 occurred at ...": the
 * blue screen's two digits are hex, 0x10 and never decimal 10. */
static void test_an_exception_on_the_blue_screen_without_fatal(void **state)
{
	struct draft d;
	const struct rule_symptom *e;

	(void)state;
	draft_import_body("\n"
	       "If the frob agent is unloaded while a session runs, an exception 0E\n"
	       "error may occur under Windows 95.  On a slow computer the screen says:\n"
	       "\n"
	       "   An exception 10 occurred at 0028:C0012345 in VxD FROB(01)\n"
	       "\n"
	       "Later builds show an exception 0C that has\n"
	       "occurred at 0028:C0054321 instead.\n", &d);
	assert_non_null(e = draft_error(d.r, 0x0E));
	assert_string_equal(e->message, "exception 0E");
	assert_true(draft_cite_has_line(&e->cite, 18));
	assert_non_null(e = draft_error(d.r, 0x10));
	assert_string_equal(e->message, "exception 10");
	assert_null(draft_error(d.r, 10));
	/* "occurred at" on the sentence's next line */
	assert_non_null(draft_error(d.r, 0x0C));
	draft_free(&d);
}

/* Outside the blue screen's sentence "exception NN" is no symptom of it:
 * the processor's own doing, a denial, what the fix brings. */
static void test_an_exception_that_is_no_blue_screen(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "The processor raises exception 0D, which Windows normally handles.\n"
	       "After you install the update you do not receive an exception 0B\n"
	       "error, and unloading the agent no longer causes an exception 0A error.\n"
	       "You will not see an\n"
	       "exception 0F error again.\n", &d);
	assert_null(draft_error(d.r, 0x0D));
	assert_null(draft_error(d.r, 0x0B));
	assert_null(draft_error(d.r, 0x0A));
	assert_null(draft_error(d.r, 0x0F));
	assert_null(draft_error(d.r, 13));
	draft_free(&d);
}

/* A negation in another clause of the sentence is not said of the
 * exception: "If the agent is not loaded, an exception 06 error occurs". */
static void test_a_negation_in_another_clause(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "If the frob agent is not loaded, an exception 06 error occurs.\n", &d);
	assert_non_null(draft_error(d.r, 0x06));
	draft_free(&d);
}

/* A program's own table of its exceptions keeps the keyword's reading
 * (decimal, with the row's message), as before. */
static void test_a_programs_exception_table_is_read_as_before(void **state)
{
	struct draft d;
	const struct rule_symptom *e;

	(void)state;
	draft_import_body("\n"
	       "The frob tape driver reports these exceptions:\n"
	       "\n"
	       "   Exception 01  The tape is write protected.\n"
	       "   Exception 12  The frob drive is not ready.\n", &d);
	assert_non_null(e = draft_error(d.r, 1));
	assert_non_null(strstr(e->message, "write protected"));
	assert_non_null(e = draft_error(d.r, 12));
	assert_non_null(strstr(e->message, "not ready"));
	assert_null(draft_error(d.r, 0x12));
	draft_free(&d);
}

/* A title naming the exception names the blue screen; the text may call
 * it only "the error".  Cited to the title's line (2). */
static void test_an_exception_named_in_the_title(void **state)
{
	struct draft d;
	const struct rule_symptom *e;

	(void)state;
	draft_import_head_body("Q900778.txt",
			       ARTICLE_HEAD("Q900778", "Exception 0E May Occur When Frobbing on Windows 95"),
			       "SYMPTOMS\n"
			       "========\n"
			       "\n"
			       "When you frob a widget, the error may occur and the computer stops.\n", &d);
	assert_non_null(e = draft_error(d.r, 0x0E));
	assert_true(draft_cite_has_line(&e->cite, 2));
	assert_string_equal(e->message, "Exception 0E");
	draft_free(&d);
	draft_import_head_body("Q900779.txt",
			       ARTICLE_HEAD("Q900779", "Frob Update No Longer Causes Exception 0E"),
			       "SYMPTOMS\n"
			       "========\n"
			       "\n"
			       "The frob update fixes a problem with the agent.\n", &d);
	assert_null(draft_error(d.r, 0x0E));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_an_exception_on_the_blue_screen_without_fatal),
		cmocka_unit_test(test_an_exception_that_is_no_blue_screen),
		cmocka_unit_test(test_a_negation_in_another_clause),
		cmocka_unit_test(test_a_programs_exception_table_is_read_as_before),
		cmocka_unit_test(test_an_exception_named_in_the_title),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
