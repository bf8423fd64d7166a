/* test_kbimport_delist.c: key deletes asked for by a list.  "Remove the
 * following registry entries:" over lines that are each a whole key path
 * (no value on the line) deletes those keys; "delete all entries under
 * the following key" deletes what is in the key, never the key, and stays
 * review.  "Go to the following subkey:" over a key, then "Delete the
 * following subkeys:" over bare names, deletes KEY\\NAME for each; a list
 * with a line that is no bare name, or a key that is not sure, stays
 * review.  A root misspelt so that it does not start with "HKEY_"
 * ("HEY_LOCAL_MACHINE") is read as HKEY_LOCAL_MACHINE with a review note.
 * None is drafted for a list the words do not ask to delete whole ("those
 * keys that are not listed", "one of the following", a warning of the
 * article's own between), for names the lead-in places elsewhere or shows
 * as an example, for an "OR" among the names, for value names set out
 * under an entry key, or for an entry under a key that holds settings.
 * Each case imports a small article written here, in our own
 * words (the body starts at line 17). */
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

#define FROB "HKLM\\SOFTWARE\\Frobco\\Frob"
#define FROBSVC "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob"
#define FROBPERF FROBSVC "\\Performance"

static void test_a_list_of_entries_that_are_key_paths_deletes_the_keys(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Remove the following registry entries:' over two key paths",
		  "\n"
		  "1. Stop the Frob agent.\n"
		  "\n"
		  "2. Remove the following registry entries:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Performance\n"
		  "\n"
		  "   NOTE: Back up the registry first.\n"
		  "\n"
		  "3. Start the Frob agent again.\n",
		  { "absent " FROB, "repair " FROB, "absent " FROBPERF, "repair " FROBPERF, "checks 2", NULL },
		  { "could not read plainly", NULL } },
		{ "the same list with 'Install the Frob agent again' after it: both read, both clean-out review",
		  "\n"
		  "1. Stop the Frob agent.\n"
		  "\n"
		  "2. Remove the following registry entries:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Performance\n"
		  "\n"
		  "   NOTE: Back up the registry first.\n"
		  "\n"
		  "3. Install the Frob agent again.\n",
		  { "the key " FROB ": the article deletes it to clean out before a reinstall",
		    "the key " FROBPERF ": the article deletes it to clean out before a reinstall", "checks 0", NULL },
		  { "could not read plainly", "repair " FROB, "repair " FROBPERF, NULL } },
		{ "'Back up and then remove the following entries:' over bulleted paths",
		  "\n"
		  "1. Back up and then remove the following entries:\n"
		  "\n"
		  "    - HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "    - HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Performance\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { "absent " FROB, "repair " FROB, "absent " FROBPERF, "checks 2", NULL },
		  { "could not read plainly", NULL } },
		{ "'remove the Frob entries from these hives:' with the registry warning between",
		  "\n"
		  "1. Stop the Frob agent.\n"
		  "\n"
		  "2. In the registry, remove the Frob entries from these hives:\n"
		  "\n"
		  "   WARNING: If you use Registry Editor incorrectly, you may cause serious\n"
		  "   problems that may require you to reinstall your operating system. Use\n"
		  "   Registry Editor at your own risk.\n"
		  "\n"
		  "    - HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "    - HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "3. Restart the computer.\n",
		  { "absent " FROB, "repair " FROB, "absent " FROBSVC, "repair " FROBSVC, "checks 2", NULL },
		  { "could not read plainly", NULL } },
		{ "'Delete the following registry entry to make X work:' over one key",
		  "\n"
		  "Delete the following registry entry to make the Frob debugger start again:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Debugger\n"
		  "\n"
		  "Then restart the Frob console.\n",
		  { "absent " FROB "\\Debugger", "repair " FROB "\\Debugger", "checks 1", NULL },
		  { "could not read plainly", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_entries_in_a_key_or_on_a_value_line_delete_no_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "'delete all entries under the following key:' deletes what is in it, not the key",
		  "\n"
		  "To clear the cache, delete all entries under the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n"
		  "\n"
		  "Then restart the Frob agent.\n",
		  { "review 20", NULL },
		  { "absent " FROB "\\Cache", "repair " FROB "\\Cache", NULL } },
		{ "'delete all entries pertaining to Frob under the following keys:'",
		  "\n"
		  "1. Delete all entries pertaining to Frob under the following two keys:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Shared\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Paths\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { "review 20", "review 22", NULL },
		  { "absent HKLM\\SOFTWARE\\Frobco\\Shared", "absent HKLM\\SOFTWARE\\Frobco\\Paths", NULL } },
		{ "'remove the Frob entries from the following keys:' names the keys that hold them",
		  "\n"
		  "1. Remove the Frob entries from the following keys:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Shared\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { "review 20", NULL },
		  { "absent HKLM\\SOFTWARE\\Frobco\\Shared", NULL } },
		{ "a path line that holds a value (name and data after the path) is no key to delete",
		  "\n"
		  "Remove the following registry entry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Trace = 1\n"
		  "\n"
		  "Then restart the Frob agent.\n",
		  { NULL },
		  { "absent " FROB "\\Trace", "absent " FROB, "repair " FROB, NULL } },
		{ "a key line with its value listed under it: the entries are values",
		  "\n"
		  "Remove the following registry entries:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "      TraceLevel : REG_DWORD : 1\n"
		  "\n"
		  "Then restart the Frob agent.\n",
		  { NULL },
		  { "absent " FROB, "repair " FROB, NULL } },
		{ "a value set out under the key at the same indent: the entry is the value",
		  "\n"
		  "Remove the following registry entry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "   Trace = 1\n"
		  "\n"
		  "Then restart the Frob agent.\n",
		  { NULL },
		  { "absent " FROB, "repair " FROB, NULL } },
		{ "a wildcard path in the list stays review; the whole path beside it is deleted",
		  "\n"
		  "1. Remove the following registry entries:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob-*\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { "absent " FROB, "review 21", "checks 1", NULL },
		  { "absent " FROBSVC "-*", NULL } },
		{ "'do not remove the following entries:' asks nothing",
		  "\n"
		  "Do not remove the following registry entries:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "Restart the Frob agent.\n",
		  { NULL },
		  { "absent " FROB, "repair " FROB, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define SVCS "HKLM\\SYSTEM\\CurrentControlSet\\Services"
/* The step that goes to the Services key, over which the next step
 * lists the names to delete. */
#define GO_TO_SERVICES \
	"\n" \
	"1. Go to the following subkey:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\n" \
	"\n"

static void test_subkeys_listed_by_name_under_the_key_gone_to_are_deleted(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Go to the following subkey:' then 'Locate and delete the following subkeys:' over names",
		  "\n"
		  "1. Start Registry Editor, and go to the following subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\n"
		  "\n"
		  "2. Locate and delete the following subkeys:\n"
		  "\n"
		  "   Frob\n"
		  "   FrobLog\n"
		  "   FrobSvc2\n"
		  "\n"
		  "3. Quit Registry Editor and restart the computer.\n",
		  { "absent " SVCS "\\Frob", "repair " SVCS "\\Frob", "absent " SVCS "\\FrobLog",
		    "absent " SVCS "\\FrobSvc2", "checks 3", "review 24: listed in the steps", NULL },
		  { "absent " SVCS, "asks nothing of it", NULL } },
		{ "'Delete the following two keys:' over bulleted names with blank lines between",
		  "\n"
		  "3. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\n"
		  "\n"
		  "4. Delete the three following subkeys:\n"
		  "\n"
		  "    - Frob\n"
		  "\n"
		  "    - FrobLog\n"
		  "\n"
		  "    - Gizmo\n"
		  "\n"
		  "5. Restart the computer.\n",
		  { "absent HKLM\\SOFTWARE\\Frobco\\Frob", "absent HKLM\\SOFTWARE\\Frobco\\FrobLog",
		    "absent HKLM\\SOFTWARE\\Frobco\\Gizmo", "checks 3", NULL },
		  { "absent HKLM\\SOFTWARE\\Frobco", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_list_of_names_under_an_unsure_key_or_with_prose_deletes_nothing(void **state)
{
	static const struct draft_case cases[] = {
		{ "a step between the key and the list moves on: the key in force is not sure",
		  GO_TO_SERVICES
		  "2. Click the Frob subkey.\n"
		  "\n"
		  "3. Delete the following subkeys:\n"
		  "\n"
		  "   Cache\n"
		  "   Log\n"
		  "\n"
		  "4. Restart the computer.\n",
		  { NULL },
		  { "absent " SVCS "\\Cache", "absent " SVCS "\\Frob\\Cache", "absent " SVCS "\\Log", NULL } },
		{ "a line of prose in the list: the whole list stays review",
		  GO_TO_SERVICES
		  "2. Delete the following subkeys:\n"
		  "\n"
		  "   Frob\n"
		  "   any other Frob services you find\n"
		  "\n"
		  "3. Restart the computer.\n",
		  { NULL },
		  { "absent " SVCS "\\Frob", NULL } },
		{ "a list line with a value form is no subkey",
		  "\n"
		  "1. Go to the following subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "2. Delete the following subkeys:\n"
		  "\n"
		  "   Cache\n"
		  "   Trace=1\n"
		  "\n"
		  "3. Restart the computer.\n",
		  { NULL },
		  { "absent HKLM\\SOFTWARE\\Frobco\\Frob\\Cache", NULL } },
		{ "'Delete the following values:' over names deletes no key",
		  "\n"
		  "1. Go to the following subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "2. Delete the following values:\n"
		  "\n"
		  "   CacheSize\n"
		  "   TraceLevel\n"
		  "\n"
		  "3. Restart the computer.\n",
		  { NULL },
		  { "absent HKLM\\SOFTWARE\\Frobco\\Frob\\CacheSize", NULL } },
		{ "a key its own lead-in deletes: the names below are not read as its children",
		  "\n"
		  "1. Delete the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "2. Delete the following subkeys:\n"
		  "\n"
		  "   Cache\n"
		  "\n"
		  "3. Restart the computer.\n",
		  { NULL },
		  { "absent HKLM\\SOFTWARE\\Frobco\\Frob\\Cache", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_misspelt_root_is_read_as_the_machine_root_with_a_note(void **state)
{
	static const struct draft_case cases[] = {
		{ "'HEY_LOCAL_MACHINE' (the K lost) in a list of keys to remove",
		  "\n"
		  "1. Back up and then remove the following registry entries:\n"
		  "\n"
		  "   HEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Performance\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { "absent " FROBPERF, "repair " FROBPERF, "absent " FROB, "checks 2",
		    "review 20: writes the root as HEY_LOCAL_MACHINE", NULL },
		  { "review 22: writes the root", NULL } },
		{ "the misspelt root with 'Run Setup again' after it: the root note stays, the deletes are review",
		  "\n"
		  "1. Back up and then remove the following registry entries:\n"
		  "\n"
		  "   HEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Performance\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "2. Run Setup again.\n",
		  { "review 20: writes the root as HEY_LOCAL_MACHINE",
		    "the key " FROBPERF ": the article deletes it to clean out before a reinstall",
		    "the key " FROB ": the article deletes it to clean out before a reinstall", "checks 0", NULL },
		  { "repair " FROBPERF, "repair " FROB, NULL } },
		{ "'HKEYLOCALMACHINE' and 'HKYEY_LOCAL_MACHINE' over a value set",
		  "\n"
		  "1. Go to the following key:\n"
		  "\n"
		  "   HKEYLOCALMACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "   Value Name: CacheSize\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 0x20\n"
		  "\n"
		  "3. Delete the following key:\n"
		  "\n"
		  "   HKYEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n"
		  "\n"
		  "4. Restart the computer.\n",
		  { "check " FROB "|CacheSize = 32", "absent " FROB "\\Cache",
		    "review 20: writes the root as HKEYLOCALMACHINE", "review 30: writes the root as HKYEY_LOCAL_MACHINE",
		    NULL },
		  { NULL } },
		{ "a root named in prose with no path, and a root with letters too far from it, are not read",
		  "\n"
		  "Go to the HK_LOCAL_MACHINE key, then to SOFTWARE, then to Frobco, and delete\n"
		  "the Frob entry.  The LOCAL_MACHINE\\SOFTWARE\\Frobco\\Gizmo key is not used.\n",
		  { NULL },
		  { "writes the root", "absent HKLM\\SOFTWARE\\Frobco", "repair", NULL } },
		{ "a misspelt root over 'Name:REG_DWORD:0|1': the data is a choice, no repair",
		  "\n"
		  "A fix lets you turn the fallback off by adding the following value:\n"
		  "\n"
		  "   HKEYLOCALMACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\\n"
		  "   NoFallback:REG_DWORD:0|1\n"
		  "\n"
		  "The default is 0.\n",
		  { "review 21: a range or a choice", NULL },
		  { "repair", "check " FROBSVC "\\Parameters|NoFallback", NULL } },
		{ "a key under a misspelt root that the article only describes is no repair",
		  "\n"
		  "The Frob watchdog overwrites the following registry key:\n"
		  "\n"
		  "   HEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Boot\n"
		  "\n"
		  "Install the update to correct this.\n",
		  { "review 20: writes the root as HEY_LOCAL_MACHINE", "checks 0", NULL },
		  { "repair", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_those_keys_that_are_not_listed_delete_no_listed_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Delete those keys that are not in this list:' keeps the keys listed",
		  "\n"
		  "1. Stop the Frob agent.\n"
		  "\n"
		  "2. Delete those keys that are not in this list:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Gizmo\n"
		  "\n"
		  "3. Restart the computer.\n",
		  { "checks 0", "review 20", NULL },
		  { "absent " FROB, "absent HKLM\\SOFTWARE\\Frobco\\Gizmo", NULL } },
		{ "'Keep the following keys, and delete those keys that are not listed:'",
		  "\n"
		  "Keep the following keys, and delete those keys that are not listed:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "Then restart the computer.\n",
		  { "checks 0", NULL },
		  { "absent " FROB, NULL } },
		{ "'Delete those keys:' ends at the noun's colon: the keys listed",
		  "\n"
		  "1. Delete those keys:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { "absent " FROB, "checks 1", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}


static void test_one_of_the_entries_listed_deletes_none_of_them(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Remove one of the following registry entries, depending on your version:'",
		  "\n"
		  "1. Stop the Frob agent.\n"
		  "\n"
		  "2. Remove one of the following registry entries, depending on your version:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Gizmo\n"
		  "\n"
		  "3. Restart the computer.\n",
		  { "checks 0", NULL },
		  { "absent " FROB, "absent HKLM\\SOFTWARE\\Frobco\\Gizmo", NULL } },
		{ "'Remove only one of these entries:'",
		  "\n"
		  "1. Remove only one of these entries:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Gizmo\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { "checks 0", NULL },
		  { "absent " FROB, "absent HKLM\\SOFTWARE\\Frobco\\Gizmo", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_warning_of_its_own_in_the_list_stops_the_lead_in(void **state)
{
	static const struct draft_case cases[] = {
		{ "'WARNING: Do not remove the key below' between the lead-in and a key",
		  "\n"
		  "1. Stop the Frob agent.\n"
		  "\n"
		  "2. Remove the following registry entries:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Gizmo\n"
		  "\n"
		  "   WARNING: Do not remove the key below. The agent needs it to\n"
		  "   start again.\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "3. Restart the computer.\n",
		  { "absent HKLM\\SOFTWARE\\Frobco\\Gizmo", "checks 1", NULL },
		  { "absent " FROB, "repair " FROB, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_list_with_or_between_names_deletes_no_subkey(void **state)
{
	static const struct draft_case cases[] = {
		{ "'OR' as a list item between two names: one of them, so the list stays review",
		  GO_TO_SERVICES
		  "2. Delete the following subkeys:\n"
		  "\n"
		  "   Frob\n"
		  "   OR\n"
		  "   FrobLog\n"
		  "\n"
		  "3. Restart the computer.\n",
		  { "checks 0", "review 20: key " SVCS, NULL },
		  { "absent " SVCS "\\OR", "absent " SVCS "\\Frob", "absent " SVCS "\\FrobLog", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_listed_subkey_delete_shown_as_an_example_or_advised_against_is_no_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "'In this example, the administrator goes to the following subkey:' then the list",
		  "\n"
		  "In this example, the administrator goes to the following subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\n"
		  "\n"
		  "Delete the following subkeys:\n"
		  "\n"
		  "   Frob\n"
		  "   FrobLog\n"
		  "\n"
		  "The example shows a service taken out by hand.\n",
		  { "checks 0", NULL },
		  { "absent " SVCS "\\Frob", "absent " SVCS "\\FrobLog", NULL } },
		{ "'Here is what a sample removal looks like. Locate the following subkey:'",
		  "\n"
		  "Here is what a sample removal looks like. Locate the following subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\n"
		  "\n"
		  "Delete the following subkeys:\n"
		  "\n"
		  "   Frob\n"
		  "   FrobLog\n",
		  { "checks 0", NULL },
		  { "absent " SVCS "\\Frob", NULL } },
		{ "'Frobco does not recommend the following. Locate the following subkey:'",
		  "\n"
		  "Frobco does not recommend the following. Locate the following subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\n"
		  "\n"
		  "Delete the following subkeys:\n"
		  "\n"
		  "   Frob\n"
		  "   FrobLog\n"
		  "\n"
		  "The computer then fails to start.\n",
		  { "checks 0", NULL },
		  { "absent " SVCS "\\Frob", NULL } },
		{ "'Delete the following subkeys, for example:'",
		  GO_TO_SERVICES
		  "2. Delete the following subkeys, for example:\n"
		  "\n"
		  "   Frob\n"
		  "   FrobLog\n"
		  "\n"
		  "3. Quit Registry Editor.\n",
		  { "checks 0", NULL },
		  { "absent " SVCS "\\Frob", NULL } },
		{ "the list and a later 'Remove the Gizmo key and its subkeys': both read",
		  GO_TO_SERVICES
		  "2. Delete the following subkeys:\n"
		  "\n"
		  "   Frob\n"
		  "   FrobLog\n"
		  "\n"
		  "3. Remove the Gizmo key and its subkeys.\n",
		  { "absent " SVCS "\\Frob", "absent " SVCS "\\FrobLog", "absent " SVCS "\\Gizmo", "checks 3", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_list_whose_lead_in_names_another_parent_is_not_joined_to_the_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Delete the following subkeys from HKEY_CURRENT_USER\\Software\\Frobco:'",
		  GO_TO_SERVICES
		  "2. Delete the following subkeys from HKEY_CURRENT_USER\\Software\\Frobco:\n"
		  "\n"
		  "   Frob\n"
		  "   FrobLog\n"
		  "\n"
		  "3. Quit Registry Editor.\n",
		  { "checks 0", NULL },
		  { "absent " SVCS "\\Frob", "absent " SVCS "\\FrobLog", NULL } },
		{ "'Select the Frob subkey, and then delete the following subkeys under it:'",
		  GO_TO_SERVICES
		  "2. Select the Frob subkey, and then delete the following subkeys under it:\n"
		  "\n"
		  "   Cache\n"
		  "   Trace\n"
		  "\n"
		  "3. Quit Registry Editor.\n",
		  { "checks 0", NULL },
		  { "absent " SVCS "\\Cache", "absent " SVCS "\\Trace", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_value_names_listed_under_an_entry_key_delete_no_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "value names indented deeper under the key after a blank line",
		  "\n"
		  "1. Stop the Frob agent.\n"
		  "\n"
		  "2. Remove the following registry entries:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "      CacheSize\n"
		  "      TraceLevel\n"
		  "\n"
		  "3. Start the Frob agent.\n",
		  { "checks 0", NULL },
		  { "absent " FROB, "repair " FROB, NULL } },
		{ "bulleted value names under the key",
		  "\n"
		  "1. Remove the following registry entries:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "   - CacheSize\n"
		  "   - TraceLevel\n"
		  "\n"
		  "2. Start the Frob agent.\n",
		  { "checks 0", NULL },
		  { "absent " FROB, "repair " FROB, NULL } },
		{ "a section heading past the key: the key is the entry",
		  "\n"
		  "Delete the following registry entry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "STATUS\n"
		  "======\n"
		  "\n"
		  "This behavior is by design.\n",
		  { "absent " FROB, "repair " FROB, NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_an_entry_under_a_key_that_holds_values_is_review(void **state)
{
	static const struct draft_case cases[] = {
		{ "an entry path under ...\\Parameters or ...\\Winlogon: a value as likely as a key",
		  "\n"
		  "1. Stop the Frob agent.\n"
		  "\n"
		  "2. Delete the following registry entries:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\EnableTrace\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\\FrobLogon\n"
		  "\n"
		  "3. Restart the computer.\n",
		  { "checks 0", "review 22: the article deletes", NULL },
		  { "absent " FROBSVC "\\Parameters\\EnableTrace", "repair", NULL } },
		{ "an entry path under ...\\CurrentVersion: the key listed is deleted",
		  "\n"
		  "Delete the following registry entry to let the Frob debugger start:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\FrobDebug\n"
		  "\n"
		  "Then restart the Frob console.\n",
		  { "absent HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\FrobDebug", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_entries_listed_for_example_are_no_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Delete the following registry entries, for example:' over two key paths",
		  "\n"
		  "1. Stop the Frob agent.\n"
		  "\n"
		  "2. Delete the following registry entries, for example:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Gizmo\n"
		  "\n"
		  "3. Restart the computer.\n",
		  { "checks 0", NULL },
		  { "absent " FROB, "absent HKLM\\SOFTWARE\\Frobco\\Gizmo", "repair", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_list_of_entries_that_are_key_paths_deletes_the_keys),
		cmocka_unit_test(test_entries_in_a_key_or_on_a_value_line_delete_no_key),
		cmocka_unit_test(test_subkeys_listed_by_name_under_the_key_gone_to_are_deleted),
		cmocka_unit_test(test_a_list_of_names_under_an_unsure_key_or_with_prose_deletes_nothing),
		cmocka_unit_test(test_a_misspelt_root_is_read_as_the_machine_root_with_a_note),
		cmocka_unit_test(test_those_keys_that_are_not_listed_delete_no_listed_key),
		cmocka_unit_test(test_one_of_the_entries_listed_deletes_none_of_them),
		cmocka_unit_test(test_a_warning_of_its_own_in_the_list_stops_the_lead_in),
		cmocka_unit_test(test_a_list_with_or_between_names_deletes_no_subkey),
		cmocka_unit_test(test_a_listed_subkey_delete_shown_as_an_example_or_advised_against_is_no_repair),
		cmocka_unit_test(test_a_list_whose_lead_in_names_another_parent_is_not_joined_to_the_key),
		cmocka_unit_test(test_value_names_listed_under_an_entry_key_delete_no_key),
		cmocka_unit_test(test_an_entry_under_a_key_that_holds_values_is_review),
		cmocka_unit_test(test_entries_listed_for_example_are_no_repair),
		/*TESTS*/
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
