/* test_kbimport_s49.c: what session 49 taught the importer.  Each case
 * reads a small article written here, in our own words, in the later
 * articles' way of telling Registry Editor's steps ("Locate and then
 * click the following registry subkey", "In the right pane, ...",
 * "point to New, and then click String Value"). */
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

/* Lines 17-20 of a body after BODY_HEAD: step 1 locates the key
 * ...\Frob\Parameters (line 20); step 2 starts on line 22. */
#define LOCATE_SUBKEY \
	"\n" \
	"1. Locate and then click the following registry subkey:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n"

#define FROB_KEY "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters"

/* A value picked and edited, then a second value made with Regedit's New
 * menu: "click String Value" makes the second value, it does not open the
 * first one's editor, so the first value is not drafted with the second
 * one's type and data (kbimport_dialog.c read it so: MaxFrobs, REG_SZ,
 * the path typed for LogPath).  The first value's type is said only by
 * its dialog's title ("Edit DWORD Value"); without it a person writes its
 * check.  The second value is drafted either way. */
static void test_a_new_value_is_not_the_edited_one(void **state)
{
	static const struct draft_case cases[] = {
		{ "the edited value's type is not said",
		  LOCATE_SUBKEY
		  "2. Double-click the MaxFrobs value.\n"                                   /* 22 */
		  "\n"
		  "3. In the Value data box, type 2, and then click OK.\n"                  /* 24 */
		  "\n"
		  "4. On the Edit menu, point to New, and then click String Value.\n"       /* 26 */
		  "\n"
		  "5. Type LogPath, and then press ENTER.\n"                                /* 28 */
		  "\n"
		  "6. Right-click LogPath, and then click Modify.\n"                        /* 30 */
		  "\n"
		  "7. In the Value data box, type C:\\Frob\\Logs, and then click OK.\n"     /* 32 */
		  "\n"
		  "8. Quit Registry Editor.\n\n" END_WORDS,
		  { "check REG_SZ " FROB_KEY "|LogPath = C:\\Frob\\Logs", "repair " FROB_KEY "|LogPath",
		    "review 22: 'MaxFrobs'", "checks 1", NULL },
		  { "check " FROB_KEY "|MaxFrobs", NULL } },
		{ "the edited value's dialog names its type",
		  LOCATE_SUBKEY
		  "2. Double-click the MaxFrobs value.\n"                                   /* 22 */
		  "\n"
		  "3. In the Edit DWORD Value dialog box, click Decimal, type 2 in the\n"
		  "   Value data box, and then click OK.\n"
		  "\n"
		  "4. On the Edit menu, point to New, and then click String Value.\n"
		  "\n"
		  "5. Type LogPath, and then press ENTER.\n"
		  "\n"
		  "6. Right-click LogPath, and then click Modify.\n"
		  "\n"
		  "7. In the Value data box, type C:\\Frob\\Logs, and then click OK.\n"
		  "\n"
		  "8. Quit Registry Editor.\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|MaxFrobs = 2", "check REG_SZ " FROB_KEY "|LogPath = C:\\Frob\\Logs",
		    "repair " FROB_KEY "|MaxFrobs", "repair " FROB_KEY "|LogPath", "checks 2", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* Registry Editor lists a key's values, and only them, in its right
 * (details) pane: what a step picks there is a value, however plainly
 * it is named.  "In the right pane, right-click StaleCache, and then
 * click Delete" deletes a value (the import could not tell a key from a
 * value); "double-click Start" there names the Start value, whose data
 * the next step types with no type said (the import named nothing).  Not
 * another program's right pane ("of the Windows Explorer window"). */
static void test_what_the_right_pane_picks_is_a_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "deleted in the right pane",
		  LOCATE_SUBKEY
		  "2. In the right pane, right-click StaleCache, and then click Delete.\n"  /* 22 */
		  "\n"
		  "3. Click Yes, and then quit Registry Editor.\n\n" END_WORDS,
		  { "absent " FROB_KEY "|StaleCache", "repair " FROB_KEY "|StaleCache", NULL },
		  { "the article does not say whether it is a key or a value", NULL } },
		{ "picked in the details pane, the pane named after the value",
		  LOCATE_SUBKEY
		  "2. Right-click the StaleCache value in the details pane, and then click\n"
		  "   Delete.\n\n" END_WORDS,
		  { "absent " FROB_KEY "|StaleCache", NULL },
		  { NULL } },
		{ "a plain name double-clicked there",
		  LOCATE_SUBKEY
		  "2. In the right pane, double-click Start.\n"                             /* 22 */
		  "\n"
		  "3. In the Value data box, type 4, and then click OK.\n\n" END_WORDS,
		  { "review 22: 'Start'", NULL },
		  { NULL } },
		{ "another program's right pane",
		  LOCATE_SUBKEY
		  "2. In the right pane of the Windows Explorer window, right-click Cache,\n"
		  "   and then click Delete.\n\n" END_WORDS,
		  { NULL },
		  { "absent " FROB_KEY "|Cache", "absent " FROB_KEY "\\Cache", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* "Right-click the Parameters subkey, and then click Delete" under the
 * key located: that subkey is deleted (the import could not read it);
 * the key located picked again by its own last name is itself.  A key
 * the article gives elsewhere under another parent ("...\\Frob\\Cache"
 * while ...\\Frob\\Parameters is located) is not known to be the
 * located key's subkey: a person writes that check. */
static void test_a_subkey_picked_and_deleted(void **state)
{
	static const struct draft_case cases[] = {
		{ "the located key's subkey",
		  "\n"
		  "1. Locate and then click the following registry subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "2. Right-click the Parameters subkey, and then click Delete.\n"
		  "\n"
		  "3. Click Yes, and then quit Registry Editor.\n\n" END_WORDS,
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { NULL } },
		{ "the located key itself",
		  LOCATE_SUBKEY
		  "2. Right-click the Parameters key, and then click Delete.\n\n" END_WORDS,
		  { "absent " FROB_KEY, NULL },
		  { "absent " FROB_KEY "\\Parameters", NULL } },
		{ "a key the article places elsewhere",
		  LOCATE_SUBKEY
		  "2. Right-click the Cache registry key, and then click Delete.\n"
		  "\n"
		  "The cache is kept in HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Cache.\n\n" END_WORDS,
		  { NULL },
		  { "absent " FROB_KEY "\\Cache", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* Event Viewer's later copy of an event names its log in a field ("Log
 * Name:      Application" over "Source:", "Event ID:", "Level:"): the
 * event is that log's, not the System log the import guessed when no
 * sentence near it named one. */
static void test_the_log_name_field_names_the_log(void **state)
{
	static const struct draft_case cases[] = {
		{ "a Log Name field",
		  "\n"
		  "When the Frobnitz Agent starts, it stops, and an event similar to the\n"
		  "following is logged:\n"
		  "\n"
		  "Log Name:      Application\n"
		  "Source:        Frobnitz-Agent\n"
		  "Date:          5/1/2008 10:00:00 AM\n"
		  "Event ID:      4321\n"
		  "Task Category: None\n"
		  "Level:         Error\n"
		  "Computer:      SERVER1\n"
		  "Description:\n"
		  "The Frobnitz provider could not start.\n" FIX_WORDS,
		  { "event 4321 from Frobnitz-Agent", "      log: 'Application'\n      id: 4321\n", NULL },
		  { "      log: 'System'\n", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frobnitz Agent Stops"), cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_new_value_is_not_the_edited_one),
		cmocka_unit_test(test_what_the_right_pane_picks_is_a_value),
		cmocka_unit_test(test_a_subkey_picked_and_deleted),
		cmocka_unit_test(test_the_log_name_field_names_the_log),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
