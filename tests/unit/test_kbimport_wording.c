/* test_kbimport_wording.c: core/kbimport*.c, registry facts an article's
 * wording gives or only mentions (kbimport_dialog.c, kbimport_asks.c,
 * kbimport_edits.c, kbimport_registry.c, kbimport_named.c): a value named
 * in one step and given data in the next, values named in sentences,
 * paths written the ways Registry Editor's windows show them.  Each test
 * imports a small article written here, in our own words, and reads the
 * draft as a parsed rule. */
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

static void test_a_value_named_after_a_colon_then_its_data(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* line 17 on: the name in step 3 (line 21), its data in step 4 */
	draft_import_body("\n"
	       "1. Open this subkey in the registry editor:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. Add the DWORD value: Spool Limit Count.\n"
	       "\n"
	       "3. Add a hexadecimal value of 1a.\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Spool Limit Count");
	assert_non_null(c);
	assert_int_equal(c->number, 0x1a);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);

	/* "called", and a quoted number */
	draft_import_body("\n"
	       "Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "Create a DWORD entry called RetryCount with the value set to \"4\".\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "RetryCount");
	assert_non_null(c);
	assert_int_equal(c->number, 4);
	draft_free(&d);

	/* a sentence after the colon, not a name: nothing drafted */
	draft_import_body("\n"
	       "Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "Add the DWORD value: it is read when the agent starts.\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	draft_free(&d);
}

static void test_a_path_written_with_the_window_title(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* Regedt32's window title before the path: the hive's key read, a
	 * review on the line; the value named before the key, with data
	 * the reader picks, a review too (line 18), no key check */
	draft_import_body("\n"
	       "The QueueDepth value is located in the following registry\n"
	       "location:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE on Local Machine\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "Set it to the number of queues you need.\n", &d);
	assert_true(draft_review_at(d.r, 18));
	assert_true(draft_review_at(d.r, 21));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL));
	draft_free(&d);

	/* a value check under it when the steps give one */
	draft_import_body("\n"
	       "1. Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE on Local Machine\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. Change the TraceLevel value to 0x2.\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "TraceLevel");
	assert_non_null(c);
	assert_int_equal(c->number, 2);
	draft_free(&d);
}

static void test_a_missing_value_asks_nothing_of_its_key(void **state)
{
	struct draft d;

	(void)state;
	/* "add the missing value in the following key": the key is where
	 * the value goes, not a key to check */
	draft_import_body("\n"
	       "To fix this, add the missing DWORD value in the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "Ask your vendor which data to use.\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL));
	assert_true(draft_review_at(d.r, 20));
	draft_free(&d);
}

/* A review item on line saying the line names a value or key in words. */
static int named_review_at(const struct rule *r, int line, const char *name)
{
	size_t i;

	for (i = 0; i < r->n_reviews; i++)
		if (r->reviews[i].source_line == line && strstr(r->reviews[i].note, "named here in words") != NULL &&
		    (name == NULL || strstr(r->reviews[i].note, name) != NULL))
			return 1;
	return 0;
}

static void test_values_and_keys_named_in_sentences(void **state)
{
	struct draft d;

	(void)state;
	/* lines 18, 20, 22, 24: each names a value or key by its name
	 * alone; line 26 is a dialog's title, line 28 plain prose */
	draft_import_body("\n"
	       "The agent reads the QueueDepth value when it starts.\n"
	       "\n"
	       "To fix this, change the value of SpoolLimit from 1 to 0.\n"
	       "\n"
	       "Ensure that the registry key Work Folder points to a local disk.\n"
	       "\n"
	       "The Frobnitz registry key is present only after setup.\n"
	       "\n"
	       "In the Registry Key Permissions dialog box, click Add.\n"
	       "\n"
	       "Then restart the agent and check the value shown.\n"
	       "\n"
	       "The key is HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz.\n", &d);
	assert_true(named_review_at(d.r, 18, "'QueueDepth'"));
	assert_true(named_review_at(d.r, 20, "'SpoolLimit'"));
	assert_true(named_review_at(d.r, 22, "'Work Folder'"));
	assert_true(named_review_at(d.r, 24, "'Frobnitz'"));
	assert_false(named_review_at(d.r, 26, NULL));
	assert_false(named_review_at(d.r, 28, NULL));
	draft_free(&d);

	/* a name in quotes after the word for it, under a key of a hive
	 * kbwiz does not read (line 20): the line is listed */
	draft_import_body("\n"
	       "   HKEY_CURRENT_USER\\Software\\Frobnitz\\Agent\n"
	       "\n"
	       "5. Delete the key, \"Pending.\"\n"
	       "\n"
	       "6. Set it to the value \"yes\" when asked.\n", &d);
	assert_true(named_review_at(d.r, 20, "'Pending'"));
	assert_false(named_review_at(d.r, 22, NULL));
	draft_free(&d);

	/* "the X key" for a name that looks like one, several capitalised
	 * words before "value", not a keyboard's key (lines 18, 20, 22) */
	draft_import_body("\n"
	       "If you find the SynFlood key, remove it.\n"
	       "\n"
	       "Double-click the Site Check Last Run value and change it.\n"
	       "\n"
	       "Press the DELETE key, then the F5 key.\n"
	       "\n"
	       "The key is under HKLM\\SOFTWARE\\Frobnitz.\n"
	       "\n", &d);
	assert_true(named_review_at(d.r, 18, "'SynFlood'"));
	assert_true(named_review_at(d.r, 20, "'Site Check Last Run'"));
	assert_false(named_review_at(d.r, 22, NULL));
	draft_free(&d);

	/* the Help topic's title is no name, even when "Help topic" is on
	 * the next line (line 18) */
	draft_import_body("\n"
	       "For how to edit the registry, see the Changing Keys And Values\n"
	       "Help topic. The agent's key is HKLM\\SOFTWARE\\Frobnitz.\n"
	       "\n", &d);
	assert_false(named_review_at(d.r, 18, NULL));
	draft_free(&d);

	/* "the" ends the line, the name opens the next (line 19) */
	draft_import_body("\n"
	       "The key is HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz. Check that the\n"
	       "registry key Spool Folder points to a local disk.\n"
	       "\n", &d);
	assert_true(named_review_at(d.r, 19, "'Spool Folder'"));
	draft_free(&d);

	/* no key or registry type anywhere: a program's values, not read */
	draft_import_body("\n"
	       "The agent reads the QueueDepth value from its own settings file.\n", &d);
	assert_false(named_review_at(d.r, 18, NULL));
	draft_free(&d);
}

static void test_a_value_typed_after_its_name_and_assigned(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* the type after the name, the data and its radix in the next
	 * sentence; "WindowsNT" in the path read as the key's real name */
	draft_import_body("\n"
	       "1. Find this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsNT\\CurrentVersion\\Frob\n"
	       "\n"
	       "2. Create a new value called TraceMask as a reg_dword. Assign the value\n"
	       "   20a in hexadecimal format.\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Frob", "TraceMask");
	assert_non_null(c);
	assert_int_equal(c->number, 0x20a);
	assert_non_null(draft_fix(d.r, c->id));
	assert_true(draft_review_at(d.r, 20));
	draft_free(&d);

	/* "as a" followed by no type: nothing drafted */
	draft_import_body("\n"
	       "1. Find this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\n"
	       "\n"
	       "2. Create a new value called TraceMask as a test. Assign the value 2.\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	draft_free(&d);
}

static void test_a_setting_that_must_be_as_follows(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* in the RESOLUTION: what the setting is to be, a repair */
	draft_import_body("\n"
	       "For server clients, this setting must be as follows:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
	       "\n"
	       "   FastPath: REG_SZ: Yes\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Client", "FastPath");
	assert_non_null(c);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);

	/* "must be" alone: a check, no repair */
	draft_import_body("\n"
	       "For server clients, this setting must be present:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
	       "\n"
	       "   FastPath: REG_SZ: Yes\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Client", "FastPath");
	assert_non_null(c);
	assert_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_short_and_relative_paths(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* a path under another hive, relative to it: a review, no check */
	draft_import_body("\n"
	       "1. Locate the following subkey in the\n"
	       "   HKEY_CURRENT_USER subtree:\n"
	       "\n"
	       "      \\Software\\Frobnitz\\Agent\n"
	       "\n"
	       "2. Delete the Cache value.\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_at(d.r, 21));
	draft_free(&d);

	/* HKLM\\ written short: a path like the long one */
	draft_import_body("\n"
	       "Add the following value to the registry:\n"
	       "\n"
	       "   HKLM\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   TraceLevel : REG_DWORD : 2\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "TraceLevel");
	assert_non_null(c);
	assert_int_equal(c->number, 2);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);

	/* relative to the HKEY_LOCAL_MACHINE named above, written with '/'
	 * and a space after one slash */
	draft_import_body("\n"
	       "Add the following value under the HKEY_LOCAL_MACHINE subtree:\n"
	       "\n"
	       "   /SOFTWARE/Frobnitz/  Agent/\n"
	       "\n"
	       "   Value Name: RetryCount\n"
	       "   Data Type:  REG_DWORD\n"
	       "   Data: 3\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "RetryCount");
	assert_non_null(c);
	assert_int_equal(c->number, 3);
	assert_true(draft_review_at(d.r, 20));
	draft_free(&d);

	/* the first line after the root, not indented */
	draft_import_body("\n"
	       "Set it in the HKEY_LOCAL_MACHINE subtree in the following key:\n"
	       "\n"
	       "\\SOFTWARE\\Frobnitz\\Agent\\\n"
	       "\n"
	       "      TraceFlags     REG_DWORD\n", &d);
	assert_true(draft_review_at(d.r, 20));
	draft_free(&d);

	/* a path whose line goes on in prose: where it ends is a guess */
	draft_import_body("\n"
	       "Set RetryCount to 1:\n"
	       "HKLM\\SOFTWARE\\Frobnitz\\Agent By default retries are off on new systems.\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent By default", "RetryCount"));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent By", "RetryCount"));
	assert_true(draft_review_at(d.r, 19));
	draft_free(&d);

	/* a tree, one name a line, each ending with the backslash */
	draft_import_body("\n"
	       "Make the value as follows:\n"
	       "\n"
	       "HKLM\\\n"
	       "  SOFTWARE\\\n"
	       "    Frobnitz\\\n"
	       "      Agent\\\n"
	       "        Mode:REG_SZ:Fast\n", &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Mode"));
	draft_free(&d);
}

static void test_placeholders_and_places_get_no_repair(void **state)
{
	struct draft d;

	(void)state;
	/* "(x)": one of numbered keys, not a literal name */
	draft_import_body("\n"
	       "Delete the following registry key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobPort(x)\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_at(d.r, 20));
	draft_free(&d);

	/* "create ... in the following place:": the key is where */
	draft_import_body("\n"
	       "Create a copy of this key in either of the two following places:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Shared\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	draft_free(&d);

	/* "change the setting to 0": no value named "setting" */
	draft_import_body("\n"
	       "The problem is caused by this registry entry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\FastMode\n"
	       "\n"
	       "If you change the setting to 0, the problem goes away.\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\FastMode", "setting"));
	draft_free(&d);
}

static void test_phrases_that_only_look_like_verbs(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* "set up", "Add/Remove Programs": no set, no delete */
	draft_import_body("\n"
	       "After you set up the agent, Add/Remove Programs lists it under:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Version: REG_SZ: 3.0\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Version");
	if (c != NULL)
		assert_null(draft_fix(d.r, c->id));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL));
	draft_free(&d);

	/* "set" as a verb still asks */
	draft_import_body("\n"
	       "Set the following value:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Version: REG_SZ: 3.0\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Version");
	assert_non_null(c);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_what_the_reader_did_or_a_sample_asks_nothing(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* "after you set": what the reader did before the problem */
	draft_import_body("\n"
	       "The agent stops after you set the registry value\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   FastMode:REG_SZ:1\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "FastMode");
	if (c != NULL)
		assert_null(draft_fix(d.r, c->id));
	draft_free(&d);

	/* "To correct this problem, locate": no create-key */
	draft_import_body("\n"
	       "To correct this problem, locate the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "Change the path it holds to the agent's folder.\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL);
	if (c != NULL)
		assert_null(draft_fix(d.r, c->id));
	draft_free(&d);

	/* a sample that only shows what it looks like: review items */
	draft_import_body("\n"
	       "7. Quit Registry Editor.\n"
	       "\n"
	       "Here is what a sample registry entry looks like for one of the\n"
	       "adapters we tested.\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Adapter\n"
	       "\n"
	       "   Port : REG_DWORD : 0x320\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_at(d.r, 23));
	assert_true(draft_review_at(d.r, 25));
	draft_free(&d);
}

static void test_deletions_the_reader_picks_are_listed(void **state)
{
	struct draft d;
	size_t i;
	int found = 0;

	(void)state;
	/* the rule that picks the entries goes on on the next line (19) */
	draft_import_body("\n"
	       "Go to the SOFTWARE\\Frobnitz\\Ports key under HKEY_LOCAL_MACHINE. If the\n"
	       "adapter was added after the modem, remove all\n"
	       "the entries that end in 2.\n"
	       "\n"
	       "The agent will remove any entries that it no longer uses.\n", &d);
	for (i = 0; i < d.r->n_reviews; i++) {
		if (d.r->reviews[i].source_line == 19 && strstr(d.r->reviews[i].note, "reader picks") != NULL)
			found = 1;
		assert_false(d.r->reviews[i].source_line == 22 &&
			     strstr(d.r->reviews[i].note, "reader picks") != NULL);
	}
	assert_true(found);
	assert_int_equal(d.r->n_checks, 0);
	draft_free(&d);
}

static void test_an_indented_tree_and_a_named_placeholder(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* one name a line, indented deeper each time, no backslashes */
	draft_import_body("\n"
	       "Add the following value:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\n"
	       "      SOFTWARE\n"
	       "         Frobnitz\n"
	       "            Agent\n"
	       "\n"
	       "   TraceLevel : REG_DWORD : 2\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "TraceLevel");
	assert_non_null(c);
	assert_true(draft_review_at(d.r, 20));
	draft_free(&d);

	/* "Where 'frob.exe' is the name of your program": no literal key */
	draft_import_body("\n"
	       "Create the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Programs\\frob.exe\n"
	       "\n"
	       "Where 'frob.exe' is the name of your program.\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_at(d.r, 20));
	draft_free(&d);

	/* the warning's "to correct them" asks nothing */
	draft_import_body("\n"
	       "You can see the version under this key:\n"
	       "\n"
	       "WARNING: Misusing the editor may require you to reinstall the system to\n"
	       "correct them.\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Version: REG_SZ: 3.0\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Version");
	if (c != NULL)
		assert_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_a_value_at_the_end_of_a_tree_is_cited_on_its_line(void **state)
{
	struct draft d;

	(void)state;
	/* the value's name ends a path written a name a line (line 24):
	 * what is said about it is on that line */
	draft_import_body("\n"
	       "The retries are set by this parameter:\n"
	       "\n"
	       "  HKEY_LOCAL_MACHINE\n"
	       "  \\SOFTWARE\n"
	       "   \\Frobnitz\n"
	       "    \\Agent\n"
	       "     \\RetryCount\n"
	       "         Value Type: REG_DWORD\n"
	       "         Valid Range: 0-10\n"
	       "         Default: 2\n", &d);
	assert_true(draft_review_at(d.r, 24));
	draft_free(&d);
}

static void test_names_listed_under_a_key_are_listed(void **state)
{
	struct draft d;

	(void)state;
	/* bullets after "for the following:" below a key (lines 22, 24) */
	draft_import_body("\n"
	       "The settings at\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "for the following:\n"
	       "\n"
	       " - Queue length\n"
	       "\n"
	       " - Spool #\n"
	       "\n"
	       "are too small for the load.\n"
	       "\n"
	       " - Not a name here\n"
	       "\n", &d);
	assert_true(draft_review_at(d.r, 24));
	assert_true(draft_review_at(d.r, 26));
	assert_false(draft_review_at(d.r, 30));
	draft_free(&d);
}

static void test_a_path_closed_by_its_backslash_is_a_key(void **state)
{
	struct draft d;
	size_t i;

	(void)state;
	/* "set the * entry in <path>\\" / "to 1.": no value named after
	 * the path's last name, none named "to 1" */
	draft_import_body("\n"
	       "Use the registry editor to set the * entry in\n"
	       "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent Settings\\\n"
	       "to 1.\n"
	       "\n", &d);
	for (i = 0; i < d.r->n_checks; i++)
		assert_null(d.r->checks[i].value);
	draft_free(&d);
}

static void test_a_name_entered_on_the_line_after_the_field(void **state)
{
	struct draft d;

	(void)state;
	/* the name on the line after "... in the Value Name field:" (line
	 * 26), data the reader picks: a review item on it, no check */
	draft_import_body("\n"
	       "1. Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. Click Add Value on the Edit menu.\n"
	       "\n"
	       "3. Enter the following in the Value Name field:\n"
	       "\n"
	       "   \"Spool alarm high\" (without the quotation marks)\n"
	       "\n"
	       "4. In the Data Type list, click REG_DWORD.\n"
	       "\n"
	       "5. Enter the number of jobs you want as the limit.\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_at(d.r, 26));
	draft_free(&d);
}

/* The words around a key that ask for another key by its name: what
 * they ask is not asked of the key on the line. */
static void test_words_naming_another_key_ask_nothing_of_this_one(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* below the key: the key to add is the one named, under it */
	draft_import_body("\n"
	       "2. Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   If the Widgets key does not exist under the key above, add the\n"
	       "   following key:\n"
	       "\n"
	       "   Widgets\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL));
	assert_true(draft_review_at(d.r, 20));
	draft_free(&d);

	/* above the key: what a setup program creates under it */
	draft_import_body("\n"
	       "The new setup program creates the Gizmo key\n"
	       "under the HKEY_LOCAL_MACHINE subtree in this subkey:\n"
	       "\n"
	       "   \\SOFTWARE\\Frobnitz\\Agent\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL));
	draft_free(&d);

	/* must not: the key's own name, and "the following key" above it */
	draft_import_body("\n"
	       "If the Agent key does not exist, create it:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL);
	assert_non_null(c);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
	draft_import_body("\n"
	       "Create the following key under the Frobnitz key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL);
	assert_non_null(c);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
	/* the key's parent, or a key of the keyboard, is no other key */
	draft_import_body("\n"
	       "Create the key shown below, under the Frobnitz key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n", &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL));
	draft_free(&d);
	draft_import_body("\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "If this key is missing, create it, and then press the F5 key or the Y key.\n", &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL));
	draft_free(&d);
	/* "the required key" describes; it names no other key */
	draft_import_body("\n"
	       "Create the required key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n", &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_value_named_after_a_colon_then_its_data),
		cmocka_unit_test(test_a_path_written_with_the_window_title),
		cmocka_unit_test(test_a_missing_value_asks_nothing_of_its_key),
		cmocka_unit_test(test_values_and_keys_named_in_sentences),
		cmocka_unit_test(test_a_value_typed_after_its_name_and_assigned),
		cmocka_unit_test(test_a_setting_that_must_be_as_follows),
		cmocka_unit_test(test_short_and_relative_paths),
		cmocka_unit_test(test_placeholders_and_places_get_no_repair),
		cmocka_unit_test(test_phrases_that_only_look_like_verbs),
		cmocka_unit_test(test_what_the_reader_did_or_a_sample_asks_nothing),
		cmocka_unit_test(test_deletions_the_reader_picks_are_listed),
		cmocka_unit_test(test_an_indented_tree_and_a_named_placeholder),
		cmocka_unit_test(test_a_value_at_the_end_of_a_tree_is_cited_on_its_line),
		cmocka_unit_test(test_names_listed_under_a_key_are_listed),
		cmocka_unit_test(test_a_path_closed_by_its_backslash_is_a_key),
		cmocka_unit_test(test_a_name_entered_on_the_line_after_the_field),
		cmocka_unit_test(test_words_naming_another_key_ask_nothing_of_this_one),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
