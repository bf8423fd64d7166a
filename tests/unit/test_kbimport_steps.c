/* test_kbimport_steps.c: the procedure reader (core/kbimport_procedure.c)
 * follows a value through the steps after its key, one sentence at a
 * time: the value a step names, the type another gives, the data a later
 * one sets.  Descriptions ("The default data type is", "By default",
 * "You will find", "If ... is") never fill it.  Each test imports a small
 * article written here, in our own words (the body starts at line 17),
 * and says what the draft holds and what it must not hold. */
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

#define FROB_KEY "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters"

static void test_add_value_steps_take_the_type_the_step_changes_to(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "Create the FrobWidth entry under this location:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\n"
	       "        SYSTEM\n"
	       "             CurrentControlSet\n"
	       "                  Services\n"
	       "                       Frob\n"
	       "                            Parameters\n"
	       "\n"
	       "1. From the Edit menu, choose Add Value.\n"
	       "\n"
	       "2. In the Value Name field, type \"FrobWidth\" (without the quotation marks).\n"
	       "\n"
	       "3. The default data type is REG_SZ. Change it to \"REG_DWORD\" (without the\n"
	       "   quotation marks).\n"
	       "\n"
	       "4. Change the value of the key to \"7\" (without the quotation marks).\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "FrobWidth"));
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_int_equal(c->number, 7);
	assert_non_null(draft_fix(d.r, c->id));
	/* the description's REG_SZ is not the type */
	assert_int_not_equal(c->type, KB_REG_SZ);
	assert_int_equal(d.r->n_checks, 1);
	draft_free(&d);
}

static void test_a_number_word_sets_the_value_and_the_description_does_not(void **state)
{
	struct draft d;
	const struct rule_check *c;
	size_t i;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor.\n"
	       "\n"
	       "2. From the HKEY_LOCAL_MACHINE subtree, go to the following key:\n"
	       "\n"
	       "   SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "You will find that the value for FrobPoolLimit is 0x04000000 (64MB).\n"
	       "\n"
	       "3. Set FrobPoolLimit to zero (0x0).\n"
	       "\n"
	       "4. Restart the computer.\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "FrobPoolLimit"));
	assert_int_equal(c->number, 0);
	/* the type is the one its data says (0x) */
	assert_true(draft_review_says(d.r, 0, "REG_DWORD is read from"));
	for (i = 0; i < d.r->n_checks; i++)
		assert_int_not_equal(d.r->checks[i].number, 0x04000000);
	draft_free(&d);
}

static void test_the_radix_the_step_clicks_makes_the_data_hex(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor (Regedt32.exe).\n"
	       "\n"
	       "2. Locate the following key in the registry:\n"
	       "\n"
	       "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "3. Double-click the Frob Queue Depth value.\n"
	       "\n"
	       "4. In the Radix area click Hex, in the Data box type \"40\" (without the\n"
	       "   quotation marks), and then click OK.\n"
	       "\n"
	       "NOTE: By default this value is set to 20 hex (32 decimal).\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "Frob Queue Depth"));
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_int_equal(c->number, 0x40);
	assert_true(draft_review_says(d.r, 0, "radix"));
	/* not decimal 40, not the default from the note */
	assert_int_not_equal(c->number, 40);
	assert_int_not_equal(c->number, 0x20);
	assert_int_equal(d.r->n_checks, 1);
	draft_free(&d);
}

static void test_values_named_together_before_the_key_all_take_the_data(void **state)
{
	struct draft d;
	const struct rule_check *c;
	static const char *const names[] = { "Reader threads", "Writer threads", "Sweep threads" };
	size_t i;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor (Regedt32.exe).\n"
	       "\n"
	       "2. Locate the \"Reader threads\", \"Writer threads\", and \"Sweep threads\"\n"
	       "   values under the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "3. On the Edit menu, click DWORD, type \"6\" (without the quotation marks), and\n"
	       "   then click OK.\n"
	       "\n"
	       "4. Quit Registry Editor.\n", &d);
	for (i = 0; i < 3; i++) {
		assert_non_null(c = draft_check(d.r, FROB_KEY, names[i]));
		assert_int_equal(c->type, KB_REG_DWORD);
		assert_int_equal(c->number, 6);
	}
	/* one check each, and no key-only check in their place */
	assert_int_equal(d.r->n_checks, 3);
	assert_null(draft_check(d.r, FROB_KEY, NULL));
	draft_free(&d);
}

static void test_a_block_with_only_a_default_takes_the_data_its_step_sets(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Run Registry Editor (Regedt32.exe).\n"
	       "\n"
	       "2. Go to the following key in the registry:\n"
	       "\n"
	       "      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "3. On the Edit menu, click Add Value and use the following entry:\n"
	       "\n"
	       "      Value Name:    AllowLooseFrames\n"
	       "      Data Type:     REG_DWORD\n"
	       "      Value range:   0 - 0xFFFFFFFF\n"
	       "      Default value: 1\n"
	       "\n"
	       "   By default, this value is 1. Change this value to 0.\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "AllowLooseFrames"));
	assert_int_equal(c->number, 0);
	assert_non_null(draft_fix(d.r, c->id));
	assert_true(draft_review_says(d.r, 0, "read from the step on line"));
	/* the default is documentation, not the data */
	assert_int_equal(d.r->n_checks, 1);
	draft_free(&d);
}

static void test_a_value_only_described_is_not_drafted(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor.\n"
	       "\n"
	       "2. Locate the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "By default, the FrobLimit value is set to 5. If FrobLimit is set to 3, the\n"
	       "agent drops frames. The FrobLimit value can be changed to 9 by the agent.\n", &d);
	assert_null(draft_check(d.r, FROB_KEY, "FrobLimit"));
	assert_int_equal(d.r->n_checks, 0);
	/* the key is still on the list for a person */
	assert_true(draft_review_says(d.r, 22, "Frob\\Parameters"));
	draft_free(&d);
}

static void test_data_the_reader_chooses_is_not_taken_from_an_example(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Locate the \"Display rule\" registry value under the following key in the\n"
	       "   registry:\n"
	       "\n"
	       "      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "2. Click String on the Edit menu, type a new rule, and then click OK. For\n"
	       "   example, to show the first name, type \"%F\" (without quotation marks).\n"
	       "   To show the last name, type \"%L\".\n", &d);
	assert_null(draft_check(d.r, FROB_KEY, "Display rule"));
	assert_int_equal(d.r->n_checks, 0);
	draft_free(&d);
}

static void test_a_path_that_goes_on_on_the_next_line_gets_no_value(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Locate the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Frob\n"
	       "   AgentSubSystem\\Queues\\Inbound\n"
	       "\n"
	       "2. Double-click the Frob Size value.\n"
	       "\n"
	       "3. In the Data box, type \"0x400\" (without the quotation marks), and then\n"
	       "   click OK.\n", &d);
	/* the key was read short: no value is drafted under the short path */
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Frob", "Frob Size"));
	assert_int_equal(d.r->n_checks, 0);
	draft_free(&d);
}

static void test_the_default_value_of_a_key_is_no_value_named_default(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Locate the following registry key:\n"
	       "\n"
	       "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Params\\Mode\n"
	       "\n"
	       "2. Locate the 'default' value, type 0 in the Value Data box, and then click\n"
	       "   OK.\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Params\\Mode", "default"));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Params\\Mode", "Default"));
	draft_free(&d);
}

static void test_a_type_in_brackets_after_the_name_is_the_type(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. From the HKEY_LOCAL_MACHINE subtree, go to the following key:\n"
	       "\n"
	       "   \\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "2. Set FrameCeiling (reg_dword), to 1400 (decimal).\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "FrameCeiling"));
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_int_equal(c->number, 1400);
	/* the type is said: no note that it is assumed */
	assert_false(draft_review_says(d.r, 0, "REG_DWORD is assumed"));
	draft_free(&d);
}

static void test_a_value_added_in_words_takes_the_data_a_later_step_sets(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "   a. Add a new string value named KeepFrobbing to the following registry\n"
	       "      key:\n"
	       "\n"
	       "      HKLM\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   b. Set the string value for KeepFrobbing to 1.\n", &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "KeepFrobbing"));
	assert_int_equal(c->type, KB_REG_SZ);
	assert_string_equal(c->data, "1");
	assert_non_null(draft_fix(d.r, c->id));
	/* the words that add it give no data: no "with no data" item left */
	assert_false(draft_review_says(d.r, 0, "with no data the import could read"));
	draft_free(&d);
}

static void test_a_value_picked_by_its_bare_name_then_its_editor_and_data(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor and locate the following subkey in the\n"
	       "   HKEY_LOCAL_MACHINE subtree:\n"
	       "\n"
	       "   \\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "2. Select FrobPages. From the Edit menu, select DWORD.\n"
	       "\n"
	       "3. For Data, enter 3000 (Decimal).\n"
	       "\n"
	       "4. Click OK and quit Registry Editor.\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "FrobPages"));
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_int_equal(c->number, 3000);
	/* "OK" and "DWORD" are no value names; decimal, not 0x3000 */
	assert_null(draft_check(d.r, FROB_KEY, "OK"));
	assert_null(draft_check(d.r, FROB_KEY, "DWORD"));
	assert_int_not_equal(c->number, 0x3000);
	assert_int_equal(d.r->n_checks, 1);
	draft_free(&d);
}

static void test_one_verb_sets_two_values_joined_by_and(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor, and then go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "2. Change the FirstSlot value to 1200 (decimal) and LastSlot value to\n"
	       "   1201 (decimal).\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "FirstSlot"));
	assert_int_equal(c->number, 1200);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "LastSlot"));
	assert_int_equal(c->number, 1201);
	/* each value once, with its own data */
	assert_int_equal(d.r->n_checks, 2);
	draft_free(&d);
}

/* Steps 1 and 2 of the cases below: the key located, Retries set to 5. */
#define SET_RETRIES \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe) and locate the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n" \
	"2. Double-click the Retries value, click DWORD, type 5, and then click OK.\n"

/* The steps on a key end where Registry Editor is quit, by its title or
 * its program's name: a value another program's steps set after that is
 * not under the key. */
static void test_the_steps_end_where_registry_editor_is_quit(void **state)
{
	static const struct draft_case cases[] = {
		{ "\"Quit Regedt32\": the console's value after it is not the key's",
		  SET_RETRIES
		  "3. Quit Regedt32.\n"
		  "4. In the Frob console, double-click the Delay value, click DWORD, type 9,\n"
		  "   and then click OK.\n",
		  { "check REG_DWORD " FROB_KEY "|Retries = 5", NULL },
		  { "check " FROB_KEY "|Delay", NULL } },
		{ "the editor is still open: both values are the key's",
		  SET_RETRIES
		  "3. Double-click the Delay value, click DWORD, type 9, and then click OK.\n"
		  "4. Quit Regedt32.\n",
		  { "check REG_DWORD " FROB_KEY "|Retries = 5", "check REG_DWORD " FROB_KEY "|Delay = 9", NULL },
		  { NULL } },
		{ "a dialog box closed in the editor (\"In Regedt32, ... close the ... box\"): the steps go on",
		  SET_RETRIES
		  "3. In Regedt32, click OK to close the message box that appears.\n"
		  "4. Double-click the Delay value, click DWORD, type 9, and then click OK.\n"
		  "5. Quit Regedt32.\n",
		  { "check REG_DWORD " FROB_KEY "|Delay = 9", "repair " FROB_KEY "|Delay", NULL },
		  { NULL } },
		{ "\"do not close Registry Editor\": the steps go on",
		  SET_RETRIES
		  "3. Do not close Registry Editor yet.\n"
		  "4. Double-click the Delay value, click DWORD, type 9, and then click OK.\n"
		  "5. Quit Registry Editor.\n",
		  { "check REG_DWORD " FROB_KEY "|Delay = 9", NULL },
		  { NULL } },
		{ "\"Exit Windows NT Registry Editor\": the steps end there",
		  SET_RETRIES
		  "3. Exit Windows NT Registry Editor.\n"
		  "4. In the Frob console, double-click the Delay value, click DWORD, type 9,\n"
		  "   and then click OK.\n",
		  { "check REG_DWORD " FROB_KEY "|Retries = 5", NULL },
		  { "check " FROB_KEY "|Delay", NULL } },
		{ "\"Close all programs, including Registry Editor\": the steps end there",
		  SET_RETRIES
		  "3. Close all programs, including Registry Editor.\n"
		  "4. In the Frob console, double-click the Delay value, click DWORD, type 9,\n"
		  "   and then click OK.\n",
		  { "check REG_DWORD " FROB_KEY "|Retries = 5", NULL },
		  { "check " FROB_KEY "|Delay", NULL } },
		{ "\"On the Registry menu, click Exit\": the steps end there",
		  SET_RETRIES
		  "3. On the Registry menu, click Exit.\n"
		  "4. In the Frob console, double-click the Delay value, click DWORD, type 9,\n"
		  "   and then click OK.\n",
		  { "check REG_DWORD " FROB_KEY "|Retries = 5", NULL },
		  { "check " FROB_KEY "|Delay", NULL } },
		{ "\"exit from the Registry Editor\": the steps end there",
		  SET_RETRIES
		  "3. Exit from the Registry Editor.\n"
		  "4. In the Frob console, double-click the Delay value, click DWORD, type 9,\n"
		  "   and then click OK.\n",
		  { "check REG_DWORD " FROB_KEY "|Retries = 5", NULL },
		  { "check " FROB_KEY "|Delay", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_add_value_steps_take_the_type_the_step_changes_to),
		cmocka_unit_test(test_a_number_word_sets_the_value_and_the_description_does_not),
		cmocka_unit_test(test_the_radix_the_step_clicks_makes_the_data_hex),
		cmocka_unit_test(test_values_named_together_before_the_key_all_take_the_data),
		cmocka_unit_test(test_a_block_with_only_a_default_takes_the_data_its_step_sets),
		cmocka_unit_test(test_a_value_only_described_is_not_drafted),
		cmocka_unit_test(test_data_the_reader_chooses_is_not_taken_from_an_example),
		cmocka_unit_test(test_a_path_that_goes_on_on_the_next_line_gets_no_value),
		cmocka_unit_test(test_the_default_value_of_a_key_is_no_value_named_default),
		cmocka_unit_test(test_a_type_in_brackets_after_the_name_is_the_type),
		cmocka_unit_test(test_a_value_added_in_words_takes_the_data_a_later_step_sets),
		cmocka_unit_test(test_a_value_picked_by_its_bare_name_then_its_editor_and_data),
		cmocka_unit_test(test_one_verb_sets_two_values_joined_by_and),
		cmocka_unit_test(test_the_steps_end_where_registry_editor_is_quit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
