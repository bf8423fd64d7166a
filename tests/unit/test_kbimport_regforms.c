/* test_kbimport_regforms.c: registry layouts the unseen5 set showed
 * (core/kbimport_hives.c, kbimport_subkeys.c, kbimport_listentry.c,
 * kbimport_configure.c, kbimport_seldelete.c, kbimport_namedkey.c,
 * kbimport_delkey.c, kbimport_dialog.c, kbimport_values.c,
 * kbimport_roots.c): keys of a hive loaded
 * under a temporary name, a key added under the key a step locates, an
 * entry typed into a list named before its key, "configure the following
 * registry setting", values picked and deleted, a block tied by "in the
 * X key", HKEY_LOCAL_MACHINE misspelt.  Each test imports a small article written
 * here, in our own words (the body starts at line 17). */
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

#define LOADED_HIVE_STEPS(key) \
	"\n" \
	"1. Start Registry Editor on the spare installation.\n" \
	"2. On the Registry menu, click Load Hive, pick the System file of the\n" \
	"   failed installation, and type SPARE in the Key Name box.\n" \
	"3. Locate the following key:\n" \
	"\n" \
	"   " key "\n" \
	"\n" \
	"4. Change the following value:\n" \
	"\n" \
	"   Value Name: FrobLimit\n" \
	"   Data Type: REG_DWORD\n" \
	"   Data: 5\n"

static void test_a_key_of_a_hive_loaded_by_hand_is_no_check(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body(LOADED_HIVE_STEPS("HKEY_LOCAL_MACHINE\\SPARE\\ControlSet001\\Services\\Frob"), &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_says(d.r, 0, "loads by hand"));
	draft_free(&d);
}

static void test_a_live_root_in_an_article_that_loads_a_hive_is_checked(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body(LOADED_HIVE_STEPS("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob"), &d);
	assert_non_null(draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob", "FrobLimit"));
	draft_free(&d);
}

static void test_a_key_added_under_the_located_key_is_the_one_created(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor.\n"
	       "2. Locate the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "3. On the Edit menu, click Add Key, and then type \"Spool\" (without the\n"
	       "   quotation marks).\n"
	       "4. Quit Registry Editor.\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL));
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Spool", NULL));
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_a_key_name_the_reader_picks_is_not_drafted(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Locate the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Queues\n"
	       "\n"
	       "2. On the Edit menu, click Add Key, and enter a unique Key Name, like\n"
	       "   Queue-Test, then click OK.\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Queues\\Queue-Test", NULL));
	draft_free(&d);
}

static void test_an_entry_typed_into_a_list_named_before_its_key(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Locate the DependOnService value under the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobAgent\n"
	       "\n"
	       "2. On the Edit menu, click Multi String, type \"FrobBase\" (without the\n"
	       "   quotation marks), and then click OK.\n"
	       "\n"
	       "3. Locate the Sources value under the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "4. On the Edit menu, click Multi String, type \"Spool\" (without the\n"
	       "   quotation marks), and then click OK.\n", &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobAgent",
					"DependOnService"));
	assert_string_equal(c->data, "FrobBase");
	assert_non_null(draft_fix(d.r, c->id));
	/* typing into another list may replace it: not drafted */
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Sources"));
	draft_free(&d);
}

static void test_configure_the_following_setting_asks_to_set_it(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "To avoid the delay, configure the following registry\n"
	       "setting:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Value Name: RetryDelay\n"
	       "   Data Type: REG_DWORD\n"
	       "   Data: 0x40\n", &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "RetryDelay"));
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_values_picked_and_deleted_in_the_steps(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor and select the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. Select the StaleQueue value and click Delete on the Edit menu.\n"
	       "3. Right-click the value OldSpool, and then click Delete.\n"
	       "4. Select the incorrect value and click Delete.\n", &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "StaleQueue"));
	assert_int_equal(c->expect, EXPECT_VALUE_ABSENT);
	assert_non_null(draft_fix(d.r, c->id));
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "OldSpool"));
	assert_int_equal(d.r->n_checks, 2);
	draft_free(&d);
}

static void test_a_value_block_tied_by_the_key_its_sentence_names(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Locate the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Tuning\n"
	       "\n"
	       "2. Double-click the SpareWidgets value and double its data.\n"
	       "\n"
	       "   The agent reads the data when it starts; a larger number uses more\n"
	       "   memory, so raise it a step at a time and watch the agent.\n"
	       "\n"
	       "   Agents that serve many clients need more: start from twice the\n"
	       "   number of clients and raise it while the queue stays long.\n"
	       "\n"
	       "   The agent logs how many widgets it used each hour, which tells\n"
	       "   whether the number is too small.\n"
	       "\n"
	       "   Agents on small servers may keep the number they start with;\n"
	       "   they rarely run out.\n"
	       "\n"
	       "   Older agents read the number only once a day, so restart them\n"
	       "   after each change.\n"
	       "\n"
	       "   NOTE: The number must not be larger than the queue length.\n"
	       "\n"
	       "3. If the SpareWidgets value does not exist in the Tuning key, on the\n"
	       "   Edit menu, click Add Value, and then add the following registry value:\n"
	       "\n"
	       "   Value Name: SpareWidgets\n"
	       "   Data Type:  REG_DWORD\n"
	       "   Value:      250\n", &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Tuning", "SpareWidgets"));
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_a_misspelt_machine_root_is_read(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Add the following value to this key:\n"
	       "\n"
	       "   HKEY_LOCAL__MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Value Name: Spool\n"
	       "   Data Type: REG_DWORD\n"
	       "   Data: 1\n"
	       "\n"
	       "and this one:\n"
	       "\n"
	       "   HKEY_LOCAL_COMPUTER\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Value Name: Relay\n"
	       "   Data Type: REG_DWORD\n"
	       "   Data: 1\n", &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Spool"));
	assert_true(draft_review_says(d.r, 20, "read as HKEY_LOCAL_MACHINE"));
	/* another root is not guessed */
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Relay"));
	draft_free(&d);
}

/* "Value data:" (the label of the string editor) gives the block's data. */
static void test_value_data_label_gives_the_data(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Locate the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. On the Edit menu, click Add Value, and then add the following value:\n"
	       "\n"
	       "   Value name: SpoolMode\n"
	       "   Data type: REG_SZ\n"
	       "   Value data: FAST\n", &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "SpoolMode"));
	assert_int_equal(c->expect, EXPECT_VALUE_EQUALS);
	assert_string_equal(c->data, "FAST");
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

#define ADD_VALUE_AS_STEPS(data_step) \
	"\n" \
	"1. Start Registry Editor and go to the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"2. On the Edit menu, click Add Value.\n" \
	"3. Type WidgetCap as the Value Name.\n" \
	"4. Enter REG_DWORD as the Data Type, and then click OK.\n" \
	"5. " data_step "\n"

/* "Type X as the Value Name", "Type 8 as the data": the Add Value dialog
 * told with "as the"; data that is a choice is left to a person. */
static void test_add_value_told_as_the_value_name_and_data(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body(ADD_VALUE_AS_STEPS("Type 8 (eight) as the data."), &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "WidgetCap"));
	assert_int_equal(c->expect, EXPECT_VALUE_EQUALS);
	assert_int_equal(c->number, 8);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);

	draft_import_body(ADD_VALUE_AS_STEPS("Enter a value of 0 or 4-16 as the data value."), &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "WidgetCap"));
	assert_true(draft_review_says(d.r, 0, "WidgetCap"));
	draft_free(&d);
}

/* "Remove the X key and its subkeys" after a located key: its child (or
 * the key itself when X is its last part) is deleted; "do not" is no ask. */
static void test_a_key_deleted_by_its_name_under_the_located_key(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor and go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\n"
	       "\n"
	       "2. Remove the Agent key and its subkeys. Also remove the Old Relay\n"
	       "   subkey if it exists.\n"
	       "3. Quit Registry Editor.\n", &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL));
	assert_int_equal(c->expect, EXPECT_KEY_ABSENT);
	assert_non_null(draft_fix(d.r, c->id));
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Old Relay", NULL));
	assert_int_equal(c->expect, EXPECT_KEY_ABSENT);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz", NULL));
	draft_free(&d);

	draft_import_body("\n"
	       "1. Start Registry Editor and go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Spool\n"
	       "\n"
	       "2. To delete the Spool key, click Delete on the Edit menu.\n", &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Spool", NULL));
	assert_int_equal(c->expect, EXPECT_KEY_ABSENT);
	draft_free(&d);

	draft_import_body("\n"
	       "1. Start Registry Editor and go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\n"
	       "\n"
	       "2. Delete the Cache value, but do not delete the Agent key.\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL));
	draft_free(&d);
}

/* A key brought in by an example's lead-in is a sample, not an ask. */
static void test_a_key_after_an_example_lead_in_is_a_sample(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "To turn the widget trace on, add the value below with the mask you want.\n"
	       "\n"
	       "Typical examples of this setting would be:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Value Name: TraceMask\n"
	       "   Data Type : REG_DWORD\n"
	       "   Data      : 0x3\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "TraceMask"));
	assert_true(draft_review_says(d.r, 0, "sample"));
	draft_free(&d);
}

static void test_a_listing_after_a_sample_lead_in_is_a_sample(void **state)
{
	struct draft d;

	(void)state;
	/* a service's settings shown under "Sample registry entries:" after
	 * "configure extra settings with Registry Editor": what they look
	 * like, not values the article asks to write */
	draft_import_body("\n"
	       "If you install the relay by hand, configure its extra settings with\n"
	       "Registry Editor.\n"
	       "\n"
	       "Sample registry entries:\n"
	       "\n"
	       "  HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobRelay\n"
	       "    DisplayName: REG_SZ: FrobRelay\n"
	       "    Start: REG_DWORD: 0x3\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_says(d.r, 23, "sample"));
	draft_free(&d);
}

/* A REGEDIT header over lines that are no "name"=data entries (a map's
 * "type,ext,,5" names, a template's "<Vendor>=hex:<xx>"): what goes
 * under the key is not read, so the key is no create but review; an
 * empty header alone (a key the file makes) is still a create. */
static void test_a_header_over_lines_that_are_no_entries(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "To fix this, add the following registry entries on the server:\n"
	       "\n"
	       "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\TypeMap]\n"
	       "application/x-frob,frb,,5\n"
	       "application/x-frob,frz,,5\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\TypeMap", NULL));
	assert_true(draft_review_at(d.r, 21));
	draft_free(&d);

	draft_import_body("\n"
	       "To fix this, merge the following file:\n"
	       "\n"
	       "REGEDIT4\n"
	       "\n"
	       "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\TypeMap]\n"
	       "---- end of Frob.reg ----\n", &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\TypeMap", NULL));
	draft_free(&d);
	draft_import_body("\n"
	       "To fix this, merge the following file:\n"
	       "\n"
	       "REGEDIT4\n"
	       "\n"
	       "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\TypeMap]\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\TypeMap", NULL);
	assert_non_null(c);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_key_of_a_hive_loaded_by_hand_is_no_check),
		cmocka_unit_test(test_a_live_root_in_an_article_that_loads_a_hive_is_checked),
		cmocka_unit_test(test_a_key_added_under_the_located_key_is_the_one_created),
		cmocka_unit_test(test_a_key_name_the_reader_picks_is_not_drafted),
		cmocka_unit_test(test_an_entry_typed_into_a_list_named_before_its_key),
		cmocka_unit_test(test_configure_the_following_setting_asks_to_set_it),
		cmocka_unit_test(test_values_picked_and_deleted_in_the_steps),
		cmocka_unit_test(test_a_value_block_tied_by_the_key_its_sentence_names),
		cmocka_unit_test(test_a_misspelt_machine_root_is_read),
		cmocka_unit_test(test_value_data_label_gives_the_data),
		cmocka_unit_test(test_add_value_told_as_the_value_name_and_data),
		cmocka_unit_test(test_a_key_deleted_by_its_name_under_the_located_key),
		cmocka_unit_test(test_a_key_after_an_example_lead_in_is_a_sample),
		cmocka_unit_test(test_a_listing_after_a_sample_lead_in_is_a_sample),
		cmocka_unit_test(test_a_header_over_lines_that_are_no_entries),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
