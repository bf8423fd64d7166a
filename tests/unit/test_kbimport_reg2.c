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

static void test_a_key_after_a_key_label_heads_its_value_block(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "To turn the fix on, you must add the following registry value:\n"
	       "\n"
	       "   Key: HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Frob Spooler\n"
	       "\n"
	       "   Value Name: UseSoftQueue\n"
	       "   Type: DWORD\n"
	       "   Value: 1\n", &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Frob Spooler", "UseSoftQueue"));
	assert_int_equal(c->number, 1);
	assert_non_null(draft_fix(d.r, c->id));
	/* the path is read whole, not cut at its space */
	assert_null(draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Frob", NULL));
	assert_false(draft_review_says(d.r, 20, "running text"));
	draft_free(&d);
}

static void test_data_given_as_meanings_is_a_choice_not_a_datum(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Policy: Hide the frob tab\n"
	       "Key: HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Policies\\Panel\n"
	       "\n"
	       "Registry Value Registry Data Description\n"
	       "NoFrobTab REG_DWORD Off = 0 or value removed; On = 1\n"
	       "FrobText REG_SZ Off = value is removed; On = text of the caption\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Policies\\Panel", "NoFrobTab"));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Policies\\Panel", "FrobText"));
	assert_true(draft_review_at(d.r, 22));
	assert_true(draft_review_at(d.r, 23));
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
		cmocka_unit_test(test_a_key_after_a_key_label_heads_its_value_block),
		cmocka_unit_test(test_data_given_as_meanings_is_a_choice_not_a_datum),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
