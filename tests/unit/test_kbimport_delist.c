/* test_kbimport_delist.c: key deletes asked for by a list.  "Remove the
 * following registry entries:" over lines that are each a whole key path
 * (no value on the line) deletes those keys; "delete all entries under
 * the following key" deletes what is in the key, never the key, and stays
 * review.  Each case imports a small article written here, in our own
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
		  "3. Install the Frob agent again.\n",
		  { "absent " FROB, "repair " FROB, "absent " FROBPERF, "repair " FROBPERF, "checks 2", NULL },
		  { "could not read plainly", NULL } },
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_list_of_entries_that_are_key_paths_deletes_the_keys),
		cmocka_unit_test(test_entries_in_a_key_or_on_a_value_line_delete_no_key),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
