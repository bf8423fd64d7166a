/* test_kbimport_prose.c: core/kbimport*.c, registry facts an article gives
 * in prose or across its steps (kbimport_asks.c, kbimport_dialog.c,
 * kbimport_registry.c).  Each test imports a small article written here,
 * in our own words, and reads the draft as a parsed rule. */
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

static void test_a_key_the_tool_creates_gets_no_check(void **state)
{
	struct draft d;

	(void)state;
	/* line 17 on; the path starts with a backslash and is cut at a
	 * backslash */
	draft_import_body("\n"
	       "Run FROBLOG once with no arguments so that it makes the key it needs.\n"
	       "The following key will be created:\n"
	       "\n"
	       "   \\HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\EventLog\n"
	       "   \\Application\\FrobLog\n"
	       "\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_at(d.r, 21));
	draft_free(&d);
}

static void test_a_value_named_before_its_key(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* data the reader picks: no check of the key alone, a review */
	draft_import_body("\n"
	       "To avoid the problem, set the value of the QueueDepth value that is\n"
	       "located in the following registry key to a number below 4,000:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "The value is not there by default; add it.\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_at(d.r, 18));
	draft_free(&d);

	/* a number whose type its 0x form says: a value check with its repair */
	draft_import_body("\n"
	       "1. Change the TraceLevel value in the following registry key to 0x3:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "TraceLevel");
	assert_non_null(c);
	assert_int_equal(c->number, 3);
	assert_non_null(draft_fix(d.r, c->id));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL));
	draft_free(&d);
}

static void test_the_add_value_dialog_over_several_steps(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Start the registry editor and find this subkey:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobAgent\n"
	       "\n"
	       "2. On the Edit menu, choose Add Value and type PoolSize in the Value Name\n"
	       "   field.\n"
	       "\n"
	       "3. In the Data Type field, select REG_DWORD and choose OK.\n"
	       "\n"
	       "4. In the Data field, type 2a0. Select the Hex option and choose OK.\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobAgent", "PoolSize");
	assert_non_null(c);
	assert_int_equal(c->number, 0x2a0);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);

	/* no radix said for a number of several digits: read in the DWORD
	 * editor's default, hex, with a review item saying so (the lead's
	 * call, session 8: kbimport_dialog.c, dword_typed()).  Before the
	 * step's dialog words were kept out of the value block reader, the
	 * block read "(without the quotation marks), and select REG_DWORD"
	 * as a value and left none to draft. */
	draft_import_body("\n"
	       "1. Start the registry editor and find this subkey:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobAgent\n"
	       "\n"
	       "2. On the Edit menu, click Add Value. In the Value Name box, type \"PoolSize\"\n"
	       "   (without the quotation marks), and select REG_DWORD as the data type.\n"
	       "\n"
	       "3. In the Data box, type 25, and then click OK.\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobAgent", "PoolSize");
	assert_non_null(c);
	assert_int_equal(c->number, 0x25);
	assert_true(draft_review_says(d.r, 22, "no radix named"));
	draft_free(&d);
}

static void test_a_shown_value_then_edited(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Go to the following subkey:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Options\n"
	       "\n"
	       "2. Double-click Mirror:REG_DWORD:0x1.\n"
	       "\n"
	       "3. In the DWORD Editor dialog box, change data from 1 to 0 and click OK.\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Options", "Mirror");
	assert_non_null(c);
	assert_int_equal(c->number, 0);
	draft_free(&d);

	/* "the value of X from 1 to 2": the name is X */
	draft_import_body("\n"
	       "1. Go to the following subkey:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Options\n"
	       "\n"
	       "2. Change the value of RetryLimit from 1 to 2 (decimal).\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Options", "RetryLimit");
	assert_non_null(c);
	assert_int_equal(c->number, 2);
	draft_free(&d);

	/* "the parameter X": the name is X; "this key" names none */
	draft_import_body("\n"
	       "1. Go to the following subkey:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Options\n"
	       "\n"
	       "2. Set the parameter EchoOff to 0x1, and set this key to 4.\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Options", "EchoOff");
	assert_non_null(c);
	assert_int_equal(c->number, 1);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Options", "this key"));
	draft_free(&d);
}

static void test_slashes_and_slips_in_paths(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Verify that the following keys exist:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE/SOFTWARE/Frobnitz/Agent/\n"
	       "   HKEY_LOCAL_MACHINE\\CurrentControlSet\\Services\\FrobAgent\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz \\Console\n"
	       "\n", &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL));
	assert_non_null(draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobAgent", NULL));
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Console", NULL));
	assert_true(draft_review_at(d.r, 20));
	assert_true(draft_review_at(d.r, 21));
	assert_true(draft_review_at(d.r, 22));
	draft_free(&d);

	/* a slash path wrapped at a slash */
	draft_import_body("\n"
	       "1. Make sure that the following key exists:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE/SOFTWARE/Frobnitz/Agent/Settings/\n"
	       "      Console/Colours\n"
	       "\n", &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Settings\\Console\\Colours", NULL));
	draft_free(&d);
}

static void test_a_key_asked_for_further_on_and_keys_removed(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "A new setting picks the agent's language:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Language\n"
	       "\n"
	       "Its value is called: UiLocale, type: REG_DWORD\n"
	       "\n"
	       "To apply it:\n"
	       "\n"
	       "1. Stop the agent.\n"
	       "\n"
	       "2. Add the above registry key and value.\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Language", NULL);
	assert_non_null(c);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);

	/* "were removed": not a check that the keys exist */
	draft_import_body("\n"
	       "After the uninstall, verify that the following keys were removed:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Console\n"
	       "\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_at(d.r, 20));
	assert_true(draft_review_at(d.r, 21));
	draft_free(&d);
}

static void test_a_value_added_in_words(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "To turn the cache off, add a DWORD value named NoCache with a data value of\n"
	       "1 to the following registry key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Service\\FrobAgent\\Parameters\n"
	       "\n", &d);
	/* "Service" is read as "Services", with a review item */
	c = draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobAgent\\Parameters", "NoCache");
	assert_non_null(c);
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_int_equal(c->number, 1);
	assert_non_null(draft_fix(d.r, c->id));
	assert_true(draft_review_at(d.r, 21));
	draft_free(&d);

	/* the data in a later sentence; a list type goes to a person */
	draft_import_body("\n"
	       "Add a new string value named Banner to the following registry key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Console\n"
	       "\n"
	       "Set the value for the Banner string value to 7.\n"
	       "\n"
	       "Add a multi-string value named Hosts to the following registry key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Console", "Banner");
	assert_non_null(c);
	assert_int_equal(c->type, KB_REG_SZ);
	assert_string_equal(c->data, "7");
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Hosts"));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL));
	assert_true(draft_review_at(d.r, 24));
	draft_free(&d);
}

static void test_a_following_entry_over_a_path_ending_in_its_name(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* the path is wrapped and ends with the value's name, which has
	 * spaces: "following" is no name, the last part of the path is */
	draft_import_body("\n"
	       "Set the following registry entry to 0x10 to give the agent more room:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\n"
	       "                     \\FrobAgent\\Parameters\\Queue slots\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobAgent\\Parameters",
			 "Queue slots");
	assert_non_null(c);
	assert_int_equal(c->number, 0x10);
	assert_non_null(draft_fix(d.r, c->id));
	assert_null(draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobAgent\\Parameters\\Queue slots",
				 "following"));
	draft_free(&d);

	/* a key named in running text before the words: "following"
	 * points on to a path the window does not hold, not back to it */
	draft_import_body("\n"
	       "The agent reads its mode (from HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Mode) at\n"
	       "start.\n"
	       "\n"
	       "To make it poll again, set the following registry value\n"
	       "to 0 (zero):\n"
	       "\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz", "Mode"));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Mode", "following"));
	assert_true(draft_review_at(d.r, 18));
	draft_free(&d);
}

static void test_present_data_then_changed(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* "Name: REG_SZ: data" shows what is there; the change line says
	 * what to write, and only that is the repair's data */
	draft_import_body("\n"
	       "- edit the following registry value:\n"
	       "\n"
	       "  HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\ \n"
	       "         Release: REG_SZ: 3.1 Update 4\n"
	       "\n"
	       "  change \"3.1 Update 4\" to \"3.1 Update 2\" (without the quotes)\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Release");
	assert_non_null(c);
	assert_string_equal(c->data, "3.1 Update 2");
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);

	/* the change names other data than the one shown: a review item */
	draft_import_body("\n"
	       "- edit the following registry value:\n"
	       "\n"
	       "  HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\ \n"
	       "         Release: REG_SZ: 3.1 Update 4\n"
	       "\n"
	       "  change \"3.1 Update 3\" to \"3.1 Update 2\" (without the quotes)\n"
	       "\n", &d);
	assert_true(draft_review_at(d.r, 23));
	draft_free(&d);
}

static void test_a_multi_string_added_in_the_dialog(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Find and click this registry key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobAgent\n"
	       "\n"
	       "2. Click Add Value on the Edit menu.\n"
	       "\n"
	       "3. Type \"DependOnService\" (without the quotation marks) in the Value Name box.\n"
	       "\n"
	       "4. Click REG_MULTI_SZ in the Data Type box, and then click OK.\n"
	       "\n"
	       "5. Type \"FrobBase\" (without the quotation marks) in the Data box, and then\n"
	       "   click OK.\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobAgent", "DependOnService");
	assert_non_null(c);
	assert_int_equal(c->type, KB_REG_MULTI_SZ);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_a_value_picked_then_edited_in_later_steps(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Open the registry editor and go to this subkey of HKEY_LOCAL_MACHINE:\n"
	       "\n"
	       "   \\SOFTWARE\\Frobnitz\\Agent\\Tuning\n"
	       "\n"
	       "2. Select the following value: SpinCount\n"
	       "\n"
	       "3. On the Edit menu, pick DWORD.\n"
	       "\n"
	       "4. Change the data from 1 to 4.\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Tuning", "SpinCount");
	assert_non_null(c);
	assert_int_equal(c->number, 4);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);

	/* named before a wrapped path that ends in the whole name, with a
	 * bracket in it; the steps pick it, open the DWORD editor and type
	 * decimal data */
	draft_import_body("\n"
	       "1. Find the Pool Limit value under the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\\n"
	       "   FrobAgent\\Parameters\\Pool Limit (A+B)\n"
	       "\n"
	       "2. Click the Pool Limit value.\n"
	       "\n"
	       "3. On the Edit menu, click DWORD.\n"
	       "\n"
	       "4. In the Data field, type \"150\" (without the quotation marks) (Dec), and\n"
	       "   then click OK.\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobAgent\\Parameters",
			 "Pool Limit (A+B)");
	assert_non_null(c);
	assert_int_equal(c->number, 150);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);

	/* no editor named: which type is a guess, so no check */
	draft_import_body("\n"
	       "1. Go to this subkey:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Tuning\n"
	       "\n"
	       "2. Select the following value: SpinCount\n"
	       "\n"
	       "3. Change the data from 1 to 4.\n"
	       "\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Tuning", "data from 1"));
	draft_free(&d);
}

static void test_keys_deleted_from_a_list_if_they_exist(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* the sentence ends with a full stop, not a colon, and names a
	 * folder ("..\Frob") before the keys; a key of the current user is
	 * left to a person */
	draft_import_body("\n"
	       "2. Uninstall the agent, then remove the ..\\Frob folder from the disk. Then\n"
	       "   delete the following registry keys if they still exist.\n"
	       "\n"
	       "      HKEY_CURRENT_USER\\Software\\Frobnitz\\Agent\n"
	       "      HKEY_LOCAL_MACHINE\\Software\\Frobnitz\\Agent\n"
	       "      HKEY_LOCAL_MACHINE\\Software\\Frobnitz\\Agent Tools\\2.0\n"
	       "\n"
	       "   Then restart the computer.\n", &d);
	c = draft_check(d.r, "HKLM\\Software\\Frobnitz\\Agent", NULL);
	assert_non_null(c);
	assert_int_equal(c->expect, EXPECT_KEY_ABSENT);
	assert_non_null(draft_fix(d.r, c->id));
	c = draft_check(d.r, "HKLM\\Software\\Frobnitz\\Agent Tools\\2.0", NULL);
	assert_non_null(c);
	assert_int_equal(c->expect, EXPECT_KEY_ABSENT);
	assert_true(draft_review_at(d.r, 21));
	draft_free(&d);
}

static void test_keys_deleted_from_a_list_before_the_agent_is_installed_again(void **state)
{
	struct draft d;

	(void)state;
	/* the same list with the install after it: the keys are cleaned out
	 * before a reinstall that writes them back, so each is review; the
	 * current user's key is still left to a person */
	draft_import_body("\n"
	       "2. Uninstall the agent, then remove the ..\\Frob folder from the disk. Then\n"
	       "   delete the following registry keys if they still exist.\n"
	       "\n"
	       "      HKEY_CURRENT_USER\\Software\\Frobnitz\\Agent\n"
	       "      HKEY_LOCAL_MACHINE\\Software\\Frobnitz\\Agent\n"
	       "      HKEY_LOCAL_MACHINE\\Software\\Frobnitz\\Agent Tools\\2.0\n"
	       "\n"
	       "   Then install the agent again.\n", &d);
	assert_null(draft_check(d.r, "HKLM\\Software\\Frobnitz\\Agent", NULL));
	assert_null(draft_check(d.r, "HKLM\\Software\\Frobnitz\\Agent Tools\\2.0", NULL));
	assert_non_null(strstr(d.yaml, "the key HKLM\\Software\\Frobnitz\\Agent: the article deletes it to clean out"));
	assert_true(draft_review_at(d.r, 21));
	draft_free(&d);
}

static void test_a_key_named_in_words_over_its_parent(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* the parent in the CAUSE holds what the sentence is about: no check
	 * of it; the key to delete is the parent's path and the name */
	draft_import_body("\n"
	       "After a crash the agent leaves a Pending Work key in the following\n"
	       "key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "CAUSE\n"
	       "=====\n"
	       "\n"
	       "The Pending Work key is added to the following key when a job starts:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "WORKAROUND\n"
	       "==========\n"
	       "\n"
	       "To work around this, delete the Pending Work key from the Registry\n"
	       "Editor in the following location:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Pending Work", NULL);
	assert_non_null(c);
	assert_int_equal(c->expect, EXPECT_KEY_ABSENT);
	assert_non_null(draft_fix(d.r, c->id));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL));
	assert_true(draft_review_at(d.r, 28));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_key_the_tool_creates_gets_no_check),
		cmocka_unit_test(test_a_value_named_before_its_key),
		cmocka_unit_test(test_the_add_value_dialog_over_several_steps),
		cmocka_unit_test(test_a_shown_value_then_edited),
		cmocka_unit_test(test_slashes_and_slips_in_paths),
		cmocka_unit_test(test_a_key_asked_for_further_on_and_keys_removed),
		cmocka_unit_test(test_a_value_added_in_words),
		cmocka_unit_test(test_a_following_entry_over_a_path_ending_in_its_name),
		cmocka_unit_test(test_present_data_then_changed),
		cmocka_unit_test(test_a_multi_string_added_in_the_dialog),
		cmocka_unit_test(test_a_value_picked_then_edited_in_later_steps),
		cmocka_unit_test(test_keys_deleted_from_a_list_if_they_exist),
		cmocka_unit_test(test_keys_deleted_from_a_list_before_the_agent_is_installed_again),
		cmocka_unit_test(test_a_key_named_in_words_over_its_parent),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
