/* test_kbimport_rep.c: a draft carries no repair its article does not ask
 * for (core/kbimport_asks.c, kbimport_regblock.c, kbimport_values.c):
 * settings a part of the article lists as reference material, data the
 * article leaves to the reader, data read from a "For example" sentence
 * or a size in a unit, a key whose path holds '?' for a name, an export
 * under an "Example:" / "Case 1:" heading, an entry shown as it "would
 * look like" for one reader, and "Name as REG_X data" read without "as",
 * values a program writes, values a change starts from; paths in an export
 * the article says to adjust to the reader's system are flagged.  Each test imports a small
 * article written here, in our own words (the body starts at line 17),
 * and asserts both what the draft holds and what it must not hold. */
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

#define FROB_KEY "HKLM\\SOFTWARE\\Frobnitz\\Agent"

/* The export the tests below place in different parts of an article. */
#define FROB_EXPORT \
	"   REGEDIT4\n" \
	"\n" \
	"   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent]\n" \
	"   \"SpoolDir\"=\"C:\\\\Frob\\\\Spool\"\n" \
	"   \"FrobLimit\"=dword:00000010\n"

static void test_settings_a_reference_part_lists_are_reviewed_not_repaired(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Install the agent again from the product disc.\n"
	       "\n"
	       "MORE INFORMATION\n"
	       "================\n"
	       "\n"
	       "Settings Reference\n"
	       "------------------\n"
	       "\n"
	       "The companion article points here for the agent's settings. If you\n"
	       "would rather apply them by hand, save them in a file that ends in .reg\n"
	       "and import it with Regedit.\n"
	       "\n"
	       FROB_EXPORT, &d);
	/* none of the listed settings becomes a check or a repair ... */
	assert_null(draft_check(d.r, FROB_KEY, "FrobLimit"));
	assert_null(draft_check(d.r, FROB_KEY, "SpoolDir"));
	assert_int_equal(d.r->n_checks, 0);
	assert_int_equal(draft_registry_fixes(d.r), 0);
	/* ... each is listed for a person, saying why */
	assert_true(draft_review_says(d.r, 0, "lists as reference material"));
	draft_free(&d);
}

static void test_an_export_the_resolution_says_to_import_is_still_repaired(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "To fix the problem, save the following lines in a file named Fix.reg and\n"
	       "import it with Regedit:\n"
	       "\n"
	       FROB_EXPORT, &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "FrobLimit"));
	assert_int_equal(c->number, 0x10);
	assert_non_null(draft_fix(d.r, c->id));
	assert_false(draft_review_says(d.r, 0, "reference material"));
	draft_free(&d);
}

static void test_data_the_article_leaves_to_the_reader_is_not_drafted(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Create a file named Frob.reg that holds these lines:\n"
	       "\n"
	       "   REGEDIT4\n"
	       "\n"
	       "   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent]\n"
	       "   \"SiteNumber\"=dword:00000003\n"
	       "\n"
	       "   NOTE: 00000003 stands for the site the agent reports to. Change\n"
	       "   this to your desired value.\n"
	       "\n"
	       "2. Import Frob.reg with Regedit.\n", &d);
	assert_null(draft_check(d.r, FROB_KEY, "SiteNumber"));
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_true(draft_review_says(d.r, 0, "leaves the data to the reader"));
	draft_free(&d);
}

static void test_the_same_export_without_the_note_is_drafted(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Create a file named Frob.reg that holds these lines:\n"
	       "\n"
	       "   REGEDIT4\n"
	       "\n"
	       "   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent]\n"
	       "   \"SiteNumber\"=dword:00000003\n"
	       "\n"
	       "2. Import Frob.reg with Regedit.\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "SiteNumber"));
	assert_int_equal(c->number, 3);
	assert_non_null(draft_fix(d.r, c->id));
	assert_false(draft_review_says(d.r, 0, "leaves the data to the reader"));
	draft_free(&d);
}

static void test_data_from_a_for_example_sentence_is_not_drafted(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "You can raise the largest spool file the agent accepts. Locate this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\SpoolCap\n"
	       "\n"
	       "The number is counted in bytes. For example, to let the agent take\n"
	       "files of 20 MB, change the SpoolCap value to 20 MB by typing 20000000.\n", &d);
	/* neither 20 (read from "20 MB") nor any data is drafted ... */
	assert_null(draft_check(d.r, FROB_KEY, "SpoolCap"));
	assert_int_equal(draft_registry_fixes(d.r), 0);
	/* ... the line stays on the review list */
	assert_true(draft_review_at(d.r, 20));
	draft_free(&d);
}

static void test_a_size_in_a_unit_is_no_data_even_outside_an_example(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Locate this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\SpoolCap\n"
	       "\n"
	       "Then change the SpoolCap value to 64 KB or more.\n", &d);
	assert_null(draft_check(d.r, FROB_KEY, "SpoolCap"));
	assert_true(draft_review_at(d.r, 20));
	draft_free(&d);
}

/* Guide C11: a bare number says nothing of the value's type (REG_SZ "1"
 * is common); a radix said with it does, as only a DWORD has one. */
static void test_a_number_in_words_is_drafted_only_with_its_type_said(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "Locate this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\SpoolCap\n"
	       "\n"
	       "Then change the SpoolCap value to 64.\n", &d);
	assert_null(draft_check(d.r, FROB_KEY, "SpoolCap"));
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_true(draft_review_says(d.r, 0, "gives no type for it"));
	draft_free(&d);

	draft_import_body("\n"
	       "Locate this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\SpoolCap\n"
	       "\n"
	       "Then change the SpoolCap value to 64 (decimal).\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "SpoolCap"));
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_int_equal(c->number, 64);
	draft_free(&d);
}

static void test_a_key_with_a_question_mark_for_a_name_is_not_drafted(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor.\n"
	       "2. Locate this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FROBLNK?\\Parameters\n"
	       "\n"
	       "   NOTE: FROBLNK? is the link the connection uses.\n"
	       "\n"
	       "3. On the Edit menu, click Add Value, and add this value:\n"
	       "\n"
	       "   Value Name: QuietPolls\n"
	       "   Data Type: REG_DWORD\n"
	       "   Value: 1\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_true(draft_review_says(d.r, 0, "placeholder"));
	draft_free(&d);
}

static void test_an_export_under_an_example_case_heading_is_not_drafted(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor and locate this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. Set this value:\n"
	       "\n"
	       "   Value Name: FrobMode\n"
	       "   Data Type: REG_DWORD\n"
	       "   Value: 0\n"
	       "\n"
	       "What each mode does is shown below.\n"
	       "\n"
	       "Example:\n"
	       "\n"
	       "Case2: FrobMode is set to 1 (the agent spools to the server, which can be slow)\n"
	       "-------------------------------------------------------------------------------\n"
	       "\n"
	       "   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent]\n"
	       "   \"FrobMode\"=dword:00000001\n"
	       "   \"SpoolDir\"=\"D:\\\\Spool\"\n", &d);
	/* the step's value is drafted, with its repair ... */
	assert_non_null(c = draft_check(d.r, FROB_KEY, "FrobMode"));
	assert_int_equal(c->number, 0);
	assert_non_null(draft_fix(d.r, c->id));
	/* ... the example's are not: no second FrobMode, no SpoolDir */
	assert_null(draft_check(d.r, FROB_KEY, "SpoolDir"));
	assert_int_equal(d.r->n_checks, 1);
	assert_true(draft_review_says(d.r, 0, "does not ask to merge or verify"));
	draft_free(&d);
}

static void test_for_example_in_lower_case_wrapped_to_a_line_start_is_no_heading(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Create a file with the following lines. Save it as <name>.reg (for\n"
	       "example, Agent.reg):\n"
	       "\n"
	       "   REGEDIT4\n"
	       "\n"
	       "   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent]\n"
	       "   \"FrobMode\"=dword:00000002\n"
	       "\n"
	       "2. Import the file with Regedit.\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "FrobMode"));
	assert_int_equal(c->number, 2);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_as_between_a_name_and_its_type_is_no_part_of_the_name(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor and go to this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. On the Edit menu, click Add Value, and add these:\n"
	       "\n"
	       "   Spool wait (ms) as REG_DWORD 0x3E8\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "Spool wait (ms)"));
	assert_int_equal(c->number, 0x3E8);
	assert_non_null(draft_fix(d.r, c->id));
	assert_null(draft_check(d.r, FROB_KEY, "Spool wait (ms) as"));
	draft_free(&d);
}

static void test_an_entry_shown_as_it_would_look_for_one_reader_is_not_drafted(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Start Registry Editor, go to the key below and add a REG_SZ value\n"
	       "named HomeSite:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "Its string is the site the agent reports to. If your site is called\n"
	       "MySite, the entry would look like the following:\n"
	       "\n"
	       "   HomeSite:REG_SZ:MySite\n", &d);
	assert_null(draft_check(d.r, FROB_KEY, "HomeSite"));
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_true(draft_review_says(d.r, 0, "would look like"));
	draft_free(&d);
}

static void test_a_sentence_naming_a_type_is_no_value_name(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "The agent reads its spool folder from this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "The spool folder entry is REG_SZ: C:\\Frob\\Spool\n", &d);
	assert_null(draft_check(d.r, FROB_KEY, "The spool folder entry is"));
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_true(draft_review_at(d.r, 22));
	draft_free(&d);
}

static void test_a_setting_that_can_be_set_is_described_not_asked(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "The agent has a setting that can be set to pick its language:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Language\n"
	       "\n"
	       "It holds a locale ID.\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_true(draft_review_at(d.r, 20));
	draft_free(&d);
}

static void test_values_a_program_writes_are_not_drafted(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "When you upgrade the agent, its installer adds or changes some or all of\n"
	       "the following registry values:\n"
	       "\n"
	       " - HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   UpgradePending:REG_DWORD:0x1\n"
	       "\n"
	       "The agent clears them when it starts.\n", &d);
	assert_null(draft_check(d.r, FROB_KEY, "UpgradePending"));
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_true(draft_review_at(d.r, 23));
	draft_free(&d);
}

static void test_values_changed_to_others_are_the_state_before(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor.\n"
	       "\n"
	       "2. Change the registry entries the old agent left:\n"
	       "\n"
	       "      Key Name:\n"
	       "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "      Value Names:\n"
	       "      SpoolMode: REG_DWORD: 0x3\n"
	       "\n"
	       "   to the following registry entries for the new agent\n"
	       "\n"
	       "      Key Name:\n"
	       "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "      Value Names:\n"
	       "      SpoolMode: REG_DWORD: 0x2\n", &d);
	/* only the new data is drafted; the old (0x3) is not */
	assert_non_null(c = draft_check(d.r, FROB_KEY, "SpoolMode"));
	assert_int_equal(c->number, 2);
	assert_int_equal(d.r->n_checks, 1);
	assert_true(draft_review_says(d.r, 26, "state before"));
	draft_free(&d);
}

static void test_paths_the_article_says_to_adjust_are_flagged_for_a_person(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "Save the following lines as Agent.reg and merge the file with Regedit.\n"
	       "The folder in the SpoolDir entry must be adjusted according to where\n"
	       "the agent is installed.\n"
	       "\n"
	       FROB_EXPORT, &d);
	/* the path is the reader's (guide section 4): not drafted, the
	 * words for a person ... */
	assert_null(draft_check(d.r, FROB_KEY, "SpoolDir"));
	assert_true(draft_review_says(d.r, 25, "adjust this path to the system"));
	/* ... and no such note on the number */
	assert_false(draft_review_says(d.r, 26, "adjust this path"));
	assert_non_null(c = draft_check(d.r, FROB_KEY, "FrobLimit"));
	assert_int_equal(c->number, 0x10);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_paths_in_an_export_with_no_such_words_are_drafted(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "Save the following lines as Agent.reg and merge the file with Regedit:\n"
	       "\n"
	       FROB_EXPORT, &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "SpoolDir"));
	assert_string_equal(c->data, "C:\\Frob\\Spool");
	assert_non_null(draft_fix(d.r, c->id));
	assert_false(draft_review_says(d.r, 0, "adjust this path"));
	draft_free(&d);
}

static void test_values_shown_as_they_appear_are_not_drafted(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "The agent starts the spooler named under this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "The following values appear in the right pane of Registry Editor:\n"
	       "\n"
	       "   AutoSpool: REG_SZ: 1\n", &d);
	assert_null(draft_check(d.r, FROB_KEY, "AutoSpool"));
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_true(draft_review_says(d.r, 24, "shows the value"));
	draft_free(&d);
}

static void test_quotes_around_a_name_in_words_are_no_part_of_it(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor and go to this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. Change the 'SpoolMode' value to 0x0.\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "SpoolMode"));
	assert_int_equal(c->number, 0);
	assert_null(draft_check(d.r, FROB_KEY, "'SpoolMode'"));
	draft_free(&d);
}

static void test_keys_whose_permissions_are_changed_are_not_created(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "When the agent is installed, change the registry. Change the permissions\n"
	       "on the following keys and add the Spoolers group to these keys with full control\n"
	       "inheriting the permissions down the key as follows:\n"
	       "\n"
	       "1. Start Registry Editor.\n"
	       "\n"
	       "2. Locate the following keys in the registry:\n"
	       "\n"
	       "   HKEY_CLASSES_ROOT\\FrobDoc\n"
	       "   HKEY_CLASSES_ROOT\\FrobQueue\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Classes\\FrobDoc\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "3. For each key, click Permissions on the Security menu. Add the Spoolers\n"
	       "   group to the key, and then click Apply.\n", &d);
	/* the group is added to the key's permissions: no key is created */
	assert_null(draft_check(d.r, FROB_KEY, NULL));
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_true(draft_review_at(d.r, 29));
	draft_free(&d);
}

static void test_data_offered_as_0_slash_1_is_a_choice(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Start Registry Editor and go to this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. Edit the following value:\n"
	       "\n"
	       "   ShortNames : REG_DWORD : 0/1 [Default=1]\n", &d);
	assert_null(draft_check(d.r, FROB_KEY, "ShortNames"));
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_true(draft_review_says(d.r, 24, "a range or a choice"));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_settings_a_reference_part_lists_are_reviewed_not_repaired),
		cmocka_unit_test(test_an_export_the_resolution_says_to_import_is_still_repaired),
		cmocka_unit_test(test_data_the_article_leaves_to_the_reader_is_not_drafted),
		cmocka_unit_test(test_the_same_export_without_the_note_is_drafted),
		cmocka_unit_test(test_data_from_a_for_example_sentence_is_not_drafted),
		cmocka_unit_test(test_a_size_in_a_unit_is_no_data_even_outside_an_example),
		cmocka_unit_test(test_a_number_in_words_is_drafted_only_with_its_type_said),
		cmocka_unit_test(test_a_key_with_a_question_mark_for_a_name_is_not_drafted),
		cmocka_unit_test(test_an_export_under_an_example_case_heading_is_not_drafted),
		cmocka_unit_test(test_for_example_in_lower_case_wrapped_to_a_line_start_is_no_heading),
		cmocka_unit_test(test_as_between_a_name_and_its_type_is_no_part_of_the_name),
		cmocka_unit_test(test_an_entry_shown_as_it_would_look_for_one_reader_is_not_drafted),
		cmocka_unit_test(test_a_sentence_naming_a_type_is_no_value_name),
		cmocka_unit_test(test_a_setting_that_can_be_set_is_described_not_asked),
		cmocka_unit_test(test_values_a_program_writes_are_not_drafted),
		cmocka_unit_test(test_values_changed_to_others_are_the_state_before),
		cmocka_unit_test(test_paths_the_article_says_to_adjust_are_flagged_for_a_person),
		cmocka_unit_test(test_paths_in_an_export_with_no_such_words_are_drafted),
		cmocka_unit_test(test_values_shown_as_they_appear_are_not_drafted),
		cmocka_unit_test(test_quotes_around_a_name_in_words_are_no_part_of_it),
		cmocka_unit_test(test_keys_whose_permissions_are_changed_are_not_created),
		cmocka_unit_test(test_data_offered_as_0_slash_1_is_a_choice),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
