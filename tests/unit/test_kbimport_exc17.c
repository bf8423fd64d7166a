/* test_kbimport_exc17.c: two recall gaps the unseen21 set showed.
 * core/kbimport_errors.c: Windows 95's blue screen names the processor's
 * exception in two hex digits also without "Fatal" ("an exception 0E
 * error", "An exception 0E has occurred at ..."), but only where the
 * sentence is the blue screen's.  core/kbimport_dialog.c: a value the
 * text describes, then requires in a relative clause ("and is a DWORD
 * value "X", which needs to be set to 1").  Each test imports a small article
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
 * the processor's own doing, a denial (with "Fatal" too), EMM386's
 * "exception error 12" (decimal, left to the keyword's reading). */
static void test_an_exception_that_is_no_blue_screen(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "The processor raises exception 0D, which Windows normally handles.\n"
	       "After you install the update you do not receive an exception 0B\n"
	       "error, and unloading the agent no longer causes an exception 0A error.\n"
	       "You will not see an\n"
	       "exception 0F error again.  You no longer receive a Fatal Exception 0E.\n"
	       "An EMM386 exception error 12 is EMM386's own, in decimal.\n", &d);
	assert_null(draft_error(d.r, 0x0D));
	assert_null(draft_error(d.r, 0x0B));
	assert_null(draft_error(d.r, 0x0A));
	assert_null(draft_error(d.r, 0x0F));
	assert_null(draft_error(d.r, 13));
	assert_null(draft_error(d.r, 0x0E));
	assert_null(draft_error(d.r, 0x12));
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
	/* two decimal digits: a program's own number, not the screen's */
	draft_import_head_body("Q900780.txt",
			       ARTICLE_HEAD("Q900780", "Frob Agent Reports Exception 13 When Started"),
			       "SYMPTOMS\n"
			       "========\n"
			       "\n"
			       "When you start the frob agent, it stops.\n", &d);
	assert_null(draft_error(d.r, 0x13));
	draft_free(&d);
}

/* The key alone on its line (written with a leading backslash), then
 * "and is a DWORD value "X", which needs to be set to 1.": the value, its
 * type and datum, set; cited on the sentence. */
static void test_a_value_described_then_required(void **state)
{
	struct draft d;
	const struct rule_check *c;
	const struct rule_fix *f;

	(void)state;
	draft_import_body("\n"
	       "The registry entry that turns on the slow frob mode is\n"
	       "\n"
	       "\\HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "and is a DWORD value \"UseSlowFrob\", which needs to be set to 1.\n", &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters",
					"UseSlowFrob"));
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_int_equal(c->number, 1);
	assert_true(draft_cites(c, 22));
	assert_non_null(f = draft_fix(d.r, c->id));
	assert_int_equal(f->action, FIX_ACTION_SET_VALUE);
	draft_free(&d);
}

/* "that must be set to", and a string's quoted data. */
static void test_a_string_value_required_in_a_that_clause(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "The frob server reads its banner from\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
	       "\n"
	       "and is a string value \"Banner Text\" that must be set to \"Frob Ready\".\n", &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobco\\Frob", "Banner Text"));
	assert_int_equal(c->type, KB_REG_SZ);
	assert_string_equal(c->data, "Frob Ready");
	draft_free(&d);
}

/* What the clause does not require gives no datum: an option, a denial,
 * a choice; a value described with no clause stays described. */
static void test_a_value_described_but_not_required(void **state)
{
	static const char *const clauses[] = {
		"which can be set to 1.", "which must not be set to 0.", "which needs to be set to 1 or 2.",
		"which Setup sets to 1.", NULL,
	};
	char body[512];
	struct draft d;
	const struct rule_check *c;
	size_t i;

	(void)state;
	for (i = 0; clauses[i] != NULL; i++) {
		snprintf(body, sizeof body,
			 "\n"
			 "The registry entry for the slow frob mode is\n"
			 "\n"
			 "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
			 "\n"
			 "and is a DWORD value \"UseSlowFrob\", %s\n",
			 clauses[i]);
		draft_import_body(body, &d);
		c = draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters", "UseSlowFrob");
		if (c != NULL)
			fail_msg("clause '%s' drafted a check:\n%s", clauses[i], d.yaml);
		assert_int_equal(draft_registry_fixes(d.r), 0);
		draft_free(&d);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_an_exception_on_the_blue_screen_without_fatal),
		cmocka_unit_test(test_an_exception_that_is_no_blue_screen),
		cmocka_unit_test(test_a_negation_in_another_clause),
		cmocka_unit_test(test_a_programs_exception_table_is_read_as_before),
		cmocka_unit_test(test_an_exception_named_in_the_title),
		cmocka_unit_test(test_a_value_described_then_required),
		cmocka_unit_test(test_a_string_value_required_in_a_that_clause),
		cmocka_unit_test(test_a_value_described_but_not_required),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
