/* test_kbimport_dslot.c: how a value's name and data are said in steps
 * (core/kbimport_procedure.c, core/kbimport_dialog.c).  A step names the
 * field it types into (the "Value data" box, quoted or not, with or
 * without its colon; "Under Value data"); a step that makes a new value
 * ("New > DWORD Value", "Add Value") is followed by its name, typed where
 * Registry Editor put "New Value #1"; a value is picked by the words for
 * it before its name; digits typed into the DWORD editor with no radix
 * named are hex, the editor's default.  Each test imports a small article
 * written here, in our own words (the body starts at line 17), and says
 * what the draft holds and what it must not hold. */
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

static void test_a_new_value_takes_the_name_typed_next_and_the_data_under_value_data(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor (Regedit.exe).\n"
	       "\n"
	       "2. Locate the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "3. On the Edit menu, point to New, and then click DWORD Value.\n"
	       "\n"
	       "4. Type \"SkipWobble\" (without the quotation marks), and then press ENTER.\n"
	       "\n"
	       "5. Under \"Value data\", type \"1\" (without the quotation marks).\n"
	       "\n"
	       "6. Quit Registry Editor.\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "SkipWobble"));
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_int_equal(c->number, 1);
	assert_non_null(draft_fix(d.r, c->id));
	/* the menu's words are no value, and the type is the menu's */
	assert_null(draft_check(d.r, FROB_KEY, "New"));
	assert_false(draft_review_says(d.r, 0, "the steps give no type"));
	assert_int_equal(d.r->n_checks, 1);
	draft_free(&d);
}

static void test_a_string_value_named_as_the_new_name_takes_the_value_data_box(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Locate and click the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "2. On the Edit menu, click New, and then click String Value.\n"
	       "\n"
	       "3. Type \"WobbleHost\" as the name of the new value, and press ENTER.\n"
	       "\n"
	       "4. Double-click WobbleHost. In the \"Value data:\" field, type \"spindle\"\n"
	       "   (without the quotation marks), and then click OK.\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "WobbleHost"));
	assert_int_equal(c->type, KB_REG_SZ);
	assert_string_equal(c->data, "spindle");
	assert_non_null(draft_fix(d.r, c->id));
	/* "type in" and the field's words are not data */
	assert_string_not_equal(c->data, "field");
	assert_int_equal(d.r->n_checks, 1);
	draft_free(&d);
}

static void test_a_rename_then_the_value_data_set_in_words(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "2. On the Edit menu, click New and then point to DWORD Value.\n"
	       "\n"
	       "3. A value named New Value #1 appears in the right pane.\n"
	       "\n"
	       "4. Rename the new value to QuietSpin.\n"
	       "\n"
	       "5. Double-click QuietSpin and change the Value data to 1.\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "QuietSpin"));
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_int_equal(c->number, 1);
	/* the DWORD Value step gives the type: nothing is assumed */
	assert_false(draft_review_says(d.r, 0, "REG_DWORD is assumed"));
	assert_null(draft_check(d.r, FROB_KEY, "New Value #1"));
	draft_free(&d);
}

static void test_the_value_of_a_number_entered_in_the_string_field(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Go to this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "2. On the Edit menu, click Add Value.\n"
	       "\n"
	       "3. In the Value Name box, type SpinCount, in the Data Type box, click\n"
	       "   REG_SZ, and then click OK.\n"
	       "\n"
	       "4. Enter the value of 250 in the String field, and then click OK.\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "SpinCount"));
	assert_int_equal(c->type, KB_REG_SZ);
	assert_string_equal(c->data, "250");
	/* "the value of" is not what is typed */
	assert_string_not_equal(c->data, "the");
	assert_int_equal(d.r->n_checks, 1);
	draft_free(&d);
}

static void test_a_value_picked_by_its_kind_before_its_name(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor (Regedt32.exe).\n"
	       "\n"
	       "2. Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "3. Select the DWORD Value \"WobbleMode\"\n"
	       "\n"
	       "4. On the Edit menu, click DWORD, type \"3\" (without the quotation marks), and\n"
	       "   then click OK.\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "WobbleMode"));
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_int_equal(c->number, 3);
	/* the kind's word is no value's name */
	assert_null(draft_check(d.r, FROB_KEY, "DWORD"));
	assert_int_equal(d.r->n_checks, 1);
	draft_free(&d);
}

static void test_digits_typed_into_the_dword_editor_with_no_radix_are_hex(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor (Regedt32.exe).\n"
	       "\n"
	       "2. Locate the WobbleLimit value under the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "3. On the Edit menu, click DWORD, type \"120\" (without the quotation marks),\n"
	       "   and then click OK.\n"
	       "\n"
	       "4. Quit Registry Editor.\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "WobbleLimit"));
	assert_int_equal(c->type, KB_REG_DWORD);
	/* the DWORD editor opens in hex: 0x120, not 120 */
	assert_int_equal(c->number, 0x120);
	assert_int_not_equal(c->number, 120);
	assert_true(draft_review_says(d.r, 0, "no radix named"));
	draft_free(&d);
}

static void test_no_radix_is_read_as_the_decimal_the_article_gives_elsewhere(void **state)
{
	struct draft d;
	const struct rule_check *c;
	size_t i;

	(void)state;
	draft_import_body("\n"
	       "1. Locate the WobbleLimit value under the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "2. On the Edit menu, click DWORD, type \"120\" (without the quotation marks),\n"
	       "   and then click OK.\n"
	       "\n"
	       "If the value is not there, add it:\n"
	       "\n"
	       "   Value Name: WobbleLimit\n"
	       "   Data Type: REG_DWORD\n"
	       "   Radix: Decimal\n"
	       "   Value: 120\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "WobbleLimit"));
	/* no check of this value holds the hex reading */
	for (i = 0; i < d.r->n_checks; i++)
		if (d.r->checks[i].value != NULL && strcmp(d.r->checks[i].value, "WobbleLimit") == 0)
			assert_int_equal(d.r->checks[i].number, 120);
	assert_false(draft_review_says(d.r, 0, "hex (0x120)"));
	draft_free(&d);
}

static void test_data_set_in_words_with_hex_after_it_is_hex(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "To turn the wobble filter off, edit this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "Change the value for WobbleMask to 2000 (HEX)\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "WobbleMask"));
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_int_equal(c->number, 0x2000);
	assert_int_not_equal(c->number, 2000);
	draft_free(&d);
}

static void test_a_step_gives_one_datum_and_a_range_after_it_does_not_override_it(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor (Regedt32.exe).\n"
	       "\n"
	       "2. Locate the SpinHold value under the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "3. On the Edit menu, click DWORD, type \"0x3c\" (without the quotation marks),\n"
	       "   and then click OK.\n"
	       "\n"
	       "4. Quit Registry Editor.\n"
	       "\n"
	       "The whole range the service accepts is\n"
	       "\n"
	       "   SpinHold REG_DWORD 0x10 - 0x400\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "SpinHold"));
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_int_equal(c->number, 0x3c);
	assert_non_null(draft_fix(d.r, c->id));
	/* the range is not a datum: no check holds its ends */
	assert_int_not_equal(c->number, 0x10);
	assert_int_equal(d.r->n_checks, 1);
	draft_free(&d);
}

static void test_a_value_made_with_data_left_to_the_reader_is_a_review_item(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Locate and click the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "2. On the Edit menu, point to New, and then click String Value.\n"
	       "\n"
	       "3. Type \"SpinHosts\" (without the quotation marks), and then press ENTER.\n"
	       "\n"
	       "4. Double-click SpinHosts, and then enter the names of the hosts you want\n"
	       "   to spin, separated by commas.\n", &d);
	/* no datum to write: a person's, named in the review list */
	assert_null(draft_check(d.r, FROB_KEY, "SpinHosts"));
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_true(draft_review_says(d.r, 24, "SpinHosts"));
	draft_free(&d);
}

static void test_values_set_under_a_subkey_the_steps_make_are_not_put_under_the_key(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Locate and click the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "2. On the Edit menu, point to New, and then click Key.\n"
	       "\n"
	       "3. Type \"Wobble\" as the new key name, and then press ENTER.\n"
	       "\n"
	       "4. With the Wobble key selected, point to New, and then click String Value.\n"
	       "\n"
	       "5. Type \"Mode\" as the name of the new value, and then press ENTER.\n"
	       "\n"
	       "6. In the Value data box, type \"fast\", and then click OK.\n", &d);
	/* the value is under Parameters\Wobble: not drafted under Parameters */
	assert_null(draft_check(d.r, FROB_KEY, "Mode"));
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_true(draft_review_says(d.r, 0, "under a subkey"));
	draft_free(&d);
}

static void test_a_description_of_a_field_types_nothing(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "The Frob service reads the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "By default the Value data box shows 5 for WobbleDepth. If the value is 1,\n"
	       "the service skips the check. The Data Type box lists REG_DWORD.\n", &d);
	/* what the article says is there is not asked for */
	assert_null(draft_check(d.r, FROB_KEY, "WobbleDepth"));
	assert_int_equal(draft_registry_fixes(d.r), 0);
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_new_value_takes_the_name_typed_next_and_the_data_under_value_data),
		cmocka_unit_test(test_a_string_value_named_as_the_new_name_takes_the_value_data_box),
		cmocka_unit_test(test_a_rename_then_the_value_data_set_in_words),
		cmocka_unit_test(test_the_value_of_a_number_entered_in_the_string_field),
		cmocka_unit_test(test_a_value_picked_by_its_kind_before_its_name),
		cmocka_unit_test(test_digits_typed_into_the_dword_editor_with_no_radix_are_hex),
		cmocka_unit_test(test_no_radix_is_read_as_the_decimal_the_article_gives_elsewhere),
		cmocka_unit_test(test_data_set_in_words_with_hex_after_it_is_hex),
		cmocka_unit_test(test_a_step_gives_one_datum_and_a_range_after_it_does_not_override_it),
		cmocka_unit_test(test_a_value_made_with_data_left_to_the_reader_is_a_review_item),
		cmocka_unit_test(test_values_set_under_a_subkey_the_steps_make_are_not_put_under_the_key),
		cmocka_unit_test(test_a_description_of_a_field_types_nothing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
