/* test_kbimport_reg2.c: registry forms the unseen9 set showed
 * (core/kbimport_registry.c's REGEDIT reader, kbimport_values.c,
 * kbimport_procedure.c, kbimport_asks.c): a .reg file with a stray mark
 * before a header and string data that is empty or only spaces.  Each
 * test imports a small article written here, in our own words (the body
 * starts at line 17). */
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

#define FROB_KEY "HKLM\\SOFTWARE\\Frobnitz\\Relay\\{0A1B2C3D-0000-1111-2222-333344445555}"

/* body line 17 is the blank line after the title */
static const char reg_file_with_marks[] =
	"\n"
	"To repair the relay, save the following as Relay.reg and merge it into\n"   /* 18 */
	"the registry:\n"
	"\n"
	"   REGEDIT4\n"
	"\n"
	"   *[HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Relay\\{0A1B2C3D-0000-1111-2222-333344445555}]\n" /* 23 */
	"   \"Mode\"=\"Pooled\"\n"                                                     /* 24 */
	"   \"Comment\"=\"\"\n"                                                        /* 25 */
	"   \"Label\"=\"  \"\n"                                                        /* 26 */
	"   \"Limit\"=dword:0000000a\n"                                               /* 27 */
	"\n"
	"   ;[HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Spare]\n"                        /* 29 */
	"   \"Ghost\"=\"Yes\"\n";                                                      /* 30 */

static void test_a_stray_mark_before_a_regedit_header_keeps_its_values(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body(reg_file_with_marks, &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "Mode"));
	assert_string_equal(c->data, "Pooled");
	assert_non_null(draft_fix(d.r, c->id));
	assert_non_null(c = draft_check(d.r, FROB_KEY, "Limit"));
	assert_non_null(draft_fix(d.r, c->id));
	assert_true(draft_review_says(d.r, 23, "stray '*'"));
	/* the mark is no part of the key */
	assert_null(draft_check(d.r, "*" FROB_KEY, "Mode"));
	draft_free(&d);
}

static void test_empty_or_blank_regedit_strings_are_review_not_checks(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body(reg_file_with_marks, &d);
	/* the rule language has no empty or all-space string data */
	assert_null(draft_check(d.r, FROB_KEY, "Comment"));
	assert_null(draft_check(d.r, FROB_KEY, "Label"));
	assert_true(draft_review_says(d.r, 25, "an empty string"));
	assert_true(draft_review_says(d.r, 26, "spaces only"));
	draft_free(&d);
}

static void test_a_commented_out_regedit_header_is_not_read(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body(reg_file_with_marks, &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Spare", NULL));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Spare", "Ghost"));
	assert_null(draft_check(d.r, FROB_KEY, "Ghost"));
	draft_free(&d);
}

#define RELAY_PARAMS "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobRelay\\Parameters"

static void test_a_parameter_that_can_be_configured_per_machine_is_set(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "To make the relay answer at once, the following registry parameter can be\n"
	       "configured:\n"
	       "\n"
	       "On the relay server:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobRelay\\Parameters\\\n"
	       "   AnswerAtOnce: REG_SZ: YES\n"
	       "\n"
	       "-OR-\n"
	       "\n"
	       "On the relay client:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\FrobRelay\\Parameters\\\n"
	       "   AnswerAtOnce: REG_SZ: YES\n", &d);
	assert_non_null(c = draft_check(d.r, RELAY_PARAMS, "AnswerAtOnce"));
	assert_string_equal(c->data, "YES");
	assert_non_null(draft_fix(d.r, c->id));
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\FrobRelay\\Parameters", "AnswerAtOnce"));
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_enable_or_configuring_the_following_setting_asks_to_set_it(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "If the relays are split by routers, then enable the following registry\n"
	       "parameter:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobRelay\\Parameters\\\n"
	       "   : RouteAround:REG_SZ:YES\n", &d);
	assert_non_null(c = draft_check(d.r, RELAY_PARAMS, "RouteAround"));
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_a_parameter_the_program_reads_is_not_asked_for(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "The relay reads the following registry parameter when it starts:\n"
	       "\n"
	       "On the relay server:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobRelay\\Parameters\\\n"
	       "   AnswerAtOnce: REG_SZ: YES\n", &d);
	/* described, not asked: no repair, whatever else is drafted */
	if ((c = draft_check(d.r, RELAY_PARAMS, "AnswerAtOnce")) != NULL)
		assert_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_stray_mark_before_a_regedit_header_keeps_its_values),
		cmocka_unit_test(test_empty_or_blank_regedit_strings_are_review_not_checks),
		cmocka_unit_test(test_a_commented_out_regedit_header_is_not_read),
		cmocka_unit_test(test_a_parameter_that_can_be_configured_per_machine_is_set),
		cmocka_unit_test(test_enable_or_configuring_the_following_setting_asks_to_set_it),
		cmocka_unit_test(test_a_parameter_the_program_reads_is_not_asked_for),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
