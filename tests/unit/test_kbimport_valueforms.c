/* test_kbimport_valueforms.c: value layouts of core/kbimport_values.c,
 * kbimport_regblock.c and kbimport_gate.c met on articles the importer
 * had not seen.  Each test imports a small article written here, in our
 * own words, and reads the draft as a parsed rule: a value the article
 * asks to set is a check with its repair, cited on the value's line; one
 * it only documents is a review item on that line. */
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

/* The draft holds no check, and review items on lines a and b (b 0: a
 * only), then is freed. */
static void expect_listed_only(struct draft *d, int a, int b)
{
	assert_int_equal(d->r->n_checks, 0);
	assert_true(draft_review_at(d->r, a));
	if (b > 0)
		assert_true(draft_review_at(d->r, b));
	draft_free(d);
}

static void test_value_lines_with_the_data_to_set_in_brackets(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* line 17 on; the key wraps before its last name */
	draft_import_body("\n"
	       "1. Slow the agent down:\n"
	       "\n"
	       "   a. In Registry Editor, go to this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "   \\Tuning\n"
	       "\n"
	       "   b. Change these values:\n"
	       "\n"
	       "   Widgets Sent Per Pass <set to 0x00000002(2)>\n"
	       "   Default Setting 0X00000020(32)\n"
	       "   Keep a copy of sent widgets <set to 0X00000001(1)>\n"
	       "   Valid settings 0X00000000(0) and 0X00000001(1)\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Tuning", "Widgets Sent Per Pass");
	assert_non_null(c);
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_true(draft_cites(c, 27));
	assert_non_null(draft_fix(d.r, c->id));
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Tuning", "Keep a copy of sent widgets");
	assert_non_null(c);
	assert_non_null(draft_fix(d.r, c->id));
	/* the defaults are no values of their own */
	assert_int_equal(d.r->n_checks, 2);
	draft_free(&d);
}

static void test_a_tree_path_is_cited_on_the_value_name(void **state)
{
	struct draft d;

	(void)state;
	/* line 17 on: the value's name ends the tree on line 25 */
	draft_import_body("\n"
	       "The agent reads this parameter:\n"
	       "\n"
	       "  HKEY_LOCAL_MACHINE\n"
	       "  \\SOFTWARE\n"
	       "   \\Frobnitz\n"
	       "    \\Agent\n"
	       "     \\Parameters\n"
	       "      \\PassLimit\n"
	       "          Value Type: REG_DWORD\n"
	       "          Valid Range: 1-0x40\n"
	       "          Default: 4\n"
	       "\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Parameters", "PassLimit"));
	assert_true(draft_review_at(d.r, 25));
	draft_free(&d);
}

static void test_a_value_first_block_with_a_relative_key(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* line 17 on: the first block is recommended, the second documented;
	 * the tree further down is the one full path holding Agent\Tuning */
	draft_import_body("\n"
	       "We recommend that you use the following value:\n"
	       "\n"
	       "ThrottleMode\n"
	       "Key: Agent\\Tuning\n"
	       "Value Type: REG_DWORD\n"
	       "Valid Range: 0, 1, 2\n"
	       "Default: 0 (off)\n"
	       "Recommendation: 2\n"
	       "\n"
	       "The values below change only if the one above does not help.\n"
	       "\n"
	       "PassWidth\n"
	       "Key: Agent\\Tuning\n"
	       "Value Type: REG_DWORD\n"
	       "Valid Range: 1-0x40\n"
	       "Default: 4\n"
	       "\n"
	       "SpareSlots\n"
	       "Key: Agent\\Elsewhere\n"
	       "Value Type: REG_DWORD\n"
	       "Default: 4\n"
	       "\n"
	       "The agent keeps them here:\n"
	       "\n"
	       "  HKEY_LOCAL_MACHINE\n"
	       "  \\SOFTWARE\n"
	       "   \\Frobnitz\n"
	       "    \\Agent\n"
	       "     \\Tuning\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Tuning", "ThrottleMode");
	assert_non_null(c);
	assert_true(draft_cites(c, 20));
	assert_non_null(draft_fix(d.r, c->id));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Tuning", "PassWidth"));
	assert_true(draft_review_at(d.r, 29));
	/* no full path holds Agent\Elsewhere: listed, not guessed */
	assert_true(draft_review_at(d.r, 35));
	assert_int_equal(d.r->n_checks, 1);
	draft_free(&d);
}

static void test_a_relative_key_first_with_a_value_label(void **state)
{
	struct draft d;

	(void)state;
	/* line 17 on */
	draft_import_body("\n"
	       "In the HKEY_LOCAL_MACHINE hive, add the value to this key:\n"
	       "\n"
	       "   Key: SOFTWARE\\Frobnitz\\Agent\n"
	       "   Value: Spare Slot Count\n"
	       "   Data Type: REG_DWORD\n"
	       "   Value data: <slots in hex>\n"
	       "\n", &d);
	expect_listed_only(&d, 21, 0);
}

static void test_a_reference_heading_with_a_type_without_reg(void **state)
{
	struct draft d;

	(void)state;
	/* line 17 on: the heading on line 21, underlined */
	draft_import_body("\n"
	       "The agent reads these values from this key:\n"
	       "\n"
	       "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "LateStart\n"
	       "---------\n"
	       "\n"
	       "Value type: DWORD\n"
	       "Valid data values: 0 or 1\n"
	       "Default data value: 0\n"
	       "\n", &d);
	expect_listed_only(&d, 22, 0);
}

static void test_a_one_line_value_with_a_bare_dword_type(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* line 17 on */
	draft_import_body("\n"
	       "1. Go to this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. On the Edit menu, click Add Value and add this value:\n"
	       "\n"
	       "  QuietHours DWORD  0x00000008\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "QuietHours");
	assert_non_null(c);
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_a_value_name_cut_by_the_wrap_is_not_drafted(void **state)
{
	struct draft d;

	(void)state;
	/* line 17 on: the name goes on, glued, on line 20 */
	draft_import_body("\n"
	       "To avoid this, change the value of\n"
	       "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\KeepShort\n"
	       "8charNames to 1. The agent then keeps short names only.\n"
	       "\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_at(d.r, 19) || draft_review_at(d.r, 18));
	draft_free(&d);
}

static void test_a_value_named_below_the_words_that_set_it(void **state)
{
	struct draft d;

	(void)state;
	/* line 17 on: "set to 1" is the value's on line 27, not Tuning's */
	draft_import_body("\n"
	       " - To turn it on, you must add a value:\n"
	       "\n"
	       "   Change the key as follows:\n"
	       "\n"
	       "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\n"
	       "         \\Agent\\Tuning\n"
	       "\n"
	       "   Add the following value (type of DWORD set to 1):\n"
	       "\n"
	       "      Look for spare widgets\n"
	       "\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Tuning"));
	assert_int_equal(d.r->n_checks, 0);
	draft_free(&d);
}

static void test_an_enum_listing_is_never_data_to_set(void **state)
{
	struct draft d;

	(void)state;
	/* line 17 on */
	draft_import_body("\n"
	       "Merge the following into the registry:\n"
	       "\n"
	       "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Params\\Mode]\n"
	       "\"default\"=\"1\"\n"
	       "\"type\"=\"enum\"\n"
	       "\n"
	       "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Params\\Mode\\enum]\n"
	       "\"1\"=\"On\"\n"
	       "\"0\"=\"Off\"\n"
	       "\n", &d);
	expect_listed_only(&d, 21, 25);
}

static void test_bulleted_values_with_paragraphs_between(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* line 17 on */
	draft_import_body("\n"
	       "To work around this, add these values to the key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       " - SpareWidgets (REG_DWORD: 4096)\n"
	       "\n"
	       "   How many widgets the agent keeps aside. It must not be\n"
	       "   smaller than the queue.\n"
	       "\n"
	       " - QueueDepth (REG_DWORD: 40)\n"
	       "\n"
	       "   How deep the queue grows.\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "SpareWidgets");
	assert_non_null(c);
	assert_string_equal(c->data, "4096");
	assert_non_null(draft_fix(d.r, c->id));
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "QueueDepth"));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "- SpareWidgets"));
	draft_free(&d);
}

static void test_the_data_said_after_a_block_giving_only_the_default(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* line 17 on: the data to write is on line 30 */
	draft_import_body("\n"
	       "To fix this, add the value below.\n"
	       "\n"
	       "1. Go to this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. On the Edit menu, click Add Value, and add this value:\n"
	       "\n"
	       "   Value Name: WidgetCheck\n"
	       "   Data Type: REG_DWORD\n"
	       "   Value: Default is 0\n"
	       "\n"
	       "When this value is present and set to 1, the agent checks widgets.\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "WidgetCheck");
	assert_non_null(c);
	assert_string_equal(c->data, "1");
	assert_true(draft_cites(c, 30));
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_list_entries_one_a_line_under_a_lead_in(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* line 17 on: a block with no data, then its entries; a value added
	 * in words, then its entries as bullets */
	draft_import_body("\n"
	       "1. Go to this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. On the Edit menu, click Add Value, and add this value:\n"
	       "\n"
	       "   Value name: Feeds\n"
	       "   Data type: REG_MULTI_SZ\n"
	       "\n"
	       "   Add the following entries to the list editor:\n"
	       "\n"
	       "   NorthFeed\n"
	       "   SouthFeed\n"
	       "\n"
	       "3. Add a REG_MULTI_SZ value named \"Sinks\" to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Relay\n"
	       "\n"
	       "   NOTE: This value must have the following string values:\n"
	       "\n"
	       "    - EASTSINK\n"
	       "    - WESTSINK\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Feeds");
	assert_non_null(c);
	assert_int_equal(c->expect, EXPECT_MULTI_SZ_CONTAINS);
	assert_non_null(draft_fix(d.r, c->id));
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Relay", "Sinks");
	assert_non_null(c);
	assert_int_equal(c->expect, EXPECT_MULTI_SZ_CONTAINS);
	assert_true(draft_cites(c, 39));
	assert_non_null(draft_fix(d.r, c->id));
	assert_int_equal(d.r->n_checks, 4);
	draft_free(&d);
}

static void test_keys_built_from_a_tree_or_another_root_are_flagged(void **state)
{
	struct draft d;
	size_t i;

	(void)state;
	/* line 17 on: an indented tree (lines 19-23), and a path under
	 * another root named on the line above it (line 27).  The tree may
	 * be read as a key (the steps ask to create it), but only with a
	 * review item on its first line; the other root's key is never a
	 * check (kbwiz reads machine hives only). */
	draft_import_body("\n"
	       "Create the following key:\n"
	       "   HKEY_LOCAL_MACHINE\n"
	       "       SOFTWARE\n"
	       "           Frobnitz\n"
	       "               Agent Options\n"
	       "                   widget.exe\n"
	       "\n"
	       "The agent also keeps a list in the HKEY_CURRENT_USER subtree:\n"
	       "\n"
	       "   \\Software\\Frobnitz\\Widget List\\Recent\n"
	       "\n", &d);
	assert_true(draft_review_at(d.r, 19));
	assert_true(draft_review_at(d.r, 27));
	for (i = 0; i < d.r->n_checks; i++) {
		assert_string_equal(d.r->checks[i].key, "HKLM\\SOFTWARE\\Frobnitz\\Agent Options\\widget.exe");
		assert_true(draft_cites(&d.r->checks[i], 19));
	}
	draft_free(&d);
}

static void test_words_naming_another_value_than_the_paths_end(void **state)
{
	struct draft d;

	(void)state;
	/* line 17 on: "set it to 250" is the words' value's, not Tuning's */
	draft_import_body("\n"
	       "To avoid this, change the setting in the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Tuning\n"
	       "\n"
	       "Create a value called SpareWidgets and set it to 250.\n"
	       "\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Tuning"));
	draft_free(&d);
}

static void test_a_value_name_made_of_sentence_words_is_not_drafted(void **state)
{
	struct draft d;
	size_t i;

	(void)state;
	/* line 17 on */
	draft_import_body("\n"
	       "On the agent server, change the following Registry value from 1 to 0:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\n"
	       "      \\Agent\\Parameters\\QuietStart\n"
	       "\n", &d);
	for (i = 0; i < d.r->n_checks; i++)
		assert_true(d.r->checks[i].value == NULL ||
			    strstr(d.r->checks[i].value, "following") == NULL);
	assert_true(draft_review_at(d.r, 18) || draft_review_at(d.r, 20));
	draft_free(&d);
}

static void test_a_table_of_defaults_is_documentation(void **state)
{
	struct draft d;

	(void)state;
	/* line 17 on: the rows are on lines 25 and 27 */
	draft_import_body("\n"
	       "The agent's settings are under this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "+------------------------------------------------------------+\n"
	       "| Name         | What it does           | Type      | Default |\n"
	       "+------------------------------------------------------------+\n"
	       "| SweepMinutes | How often it sweeps    | REG_DWORD | 30      |\n"
	       "+------------------------------------------------------------+\n"
	       "| KeepDays     | How long it keeps logs | REG_DWORD | 7       |\n"
	       "+------------------------------------------------------------+\n"
	       "\n", &d);
	expect_listed_only(&d, 25, 27);
}

static void test_a_guid_wrapped_after_a_dash_is_joined(void **state)
{
	struct draft d;

	(void)state;
	/* line 17 on */
	draft_import_body("\n"
	       "Save the following as a .reg file and merge it into the registry:\n"
	       "\n"
	       "   REGEDIT4\n"
	       "\n"
	       "   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Classes\\CLSID\\{12345678-ABCD-0010-8000-\n"
	       "   00AA00BB00CC}\\InprocServer32]\n"
	       "   \"ThreadingModel\"=\"Both\"\n"
	       "\n", &d);
	assert_non_null(draft_check(d.r,
		"HKLM\\SOFTWARE\\Classes\\CLSID\\{12345678-ABCD-0010-8000-00AA00BB00CC}\\InprocServer32",
		"ThreadingModel"));
	draft_free(&d);
}

static void test_a_key_to_create_a_key_under_is_checked_not_created(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* line 17 on */
	draft_import_body("\n"
	       "1. Create a registry key under the following location, and name it Trace:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. Restart the agent.\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL);
	if (c != NULL)
		assert_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_an_ini_setting_is_listed_not_drafted(void **state)
{
	struct draft d;

	(void)state;
	/* line 17 on: the .ini line is line 21 */
	draft_import_body("\n"
	       "For older clients, add the following line to the [Frob] section of the\n"
	       "Agent.ini file:\n"
	       "\n"
	       "SpareWidgets=<count>\n"
	       "\n", &d);
	expect_listed_only(&d, 21, 0);
}

static void test_numbers_offered_as_alternatives_are_a_choice(void **state)
{
	struct draft d;

	(void)state;
	/* line 17 on: the block's value is on line 23 */
	draft_import_body("\n"
	       "1. Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. The values that match the options dialog box are shown:\n"
	       "\n"
	       "   Value Name: AutoRestart\n"
	       "   Data Type: REG_DWORD\n"
	       "   Data: 0|1 (Off|On)\n"
	       "\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "AutoRestart"));
	assert_true(draft_review_at(d.r, 24));
	draft_free(&d);
}

/* A one-entry REG_MULTI_SZ block under a step that adds to the list
 * ("Add the necessary services to make your data look like this:"): the
 * entry is added (contains), the list is not replaced; under "Add the
 * following value:" the value is made with that one entry. */
static void test_a_list_entry_added_to_what_the_list_holds(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobSvc\n"
	       "\n"
	       "2. Select the DependOnService entry.\n"
	       "\n"
	       "3. Add the necessary services to make your data look like this:\n"
	       "\n"
	       "   Value Name: DependOnService\n"
	       "   Data Type: REG_MULTI_SZ\n"
	       "   Data: LanmanServer\n", &d);
	c = draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobSvc", "DependOnService");
	assert_non_null(c);
	assert_int_equal(c->expect, EXPECT_MULTI_SZ_CONTAINS);
	draft_free(&d);

	draft_import_body("\n"
	       "1. Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobSvc\n"
	       "\n"
	       "2. Add the following value:\n"
	       "\n"
	       "   Value Name: DependOnService\n"
	       "   Data Type: REG_MULTI_SZ\n"
	       "   Data: LanmanServer\n", &d);
	c = draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobSvc", "DependOnService");
	assert_non_null(c);
	assert_int_equal(c->expect, EXPECT_VALUE_EQUALS);
	draft_free(&d);

	/* "so that the data reads exactly as follows": the whole list */
	draft_import_body("\n"
	       "1. Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobSvc\n"
	       "\n"
	       "2. Add the necessary services so that the data reads exactly as follows:\n"
	       "\n"
	       "   Value Name: DependOnService\n"
	       "   Data Type: REG_MULTI_SZ\n"
	       "   Data: LanmanServer\n", &d);
	c = draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobSvc", "DependOnService");
	assert_non_null(c);
	assert_int_equal(c->expect, EXPECT_VALUE_EQUALS);
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_value_lines_with_the_data_to_set_in_brackets),
		cmocka_unit_test(test_a_tree_path_is_cited_on_the_value_name),
		cmocka_unit_test(test_a_value_first_block_with_a_relative_key),
		cmocka_unit_test(test_a_relative_key_first_with_a_value_label),
		cmocka_unit_test(test_a_reference_heading_with_a_type_without_reg),
		cmocka_unit_test(test_a_one_line_value_with_a_bare_dword_type),
		cmocka_unit_test(test_a_value_name_cut_by_the_wrap_is_not_drafted),
		cmocka_unit_test(test_a_value_named_below_the_words_that_set_it),
		cmocka_unit_test(test_an_enum_listing_is_never_data_to_set),
		cmocka_unit_test(test_bulleted_values_with_paragraphs_between),
		cmocka_unit_test(test_the_data_said_after_a_block_giving_only_the_default),
		cmocka_unit_test(test_list_entries_one_a_line_under_a_lead_in),
		cmocka_unit_test(test_keys_built_from_a_tree_or_another_root_are_flagged),
		cmocka_unit_test(test_words_naming_another_value_than_the_paths_end),
		cmocka_unit_test(test_a_value_name_made_of_sentence_words_is_not_drafted),
		cmocka_unit_test(test_a_table_of_defaults_is_documentation),
		cmocka_unit_test(test_a_guid_wrapped_after_a_dash_is_joined),
		cmocka_unit_test(test_a_key_to_create_a_key_under_is_checked_not_created),
		cmocka_unit_test(test_an_ini_setting_is_listed_not_drafted),
		cmocka_unit_test(test_numbers_offered_as_alternatives_are_a_choice),
		cmocka_unit_test(test_a_list_entry_added_to_what_the_list_holds),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
