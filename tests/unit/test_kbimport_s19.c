/* test_kbimport_s19.c: forms of session 19's importer mends, read from the
 * misses of unseen set 25.  "Locate the following key:" then "click Add
 * Key, and then add the following registry key:" over "Key Name: X" asks
 * for the key made under it, though the step's own colon ends the words
 * read for the key (core/kbimport_asks.c, kbimport_subkeys.c).  "Delete
 * the following object:" over a value block deletes the value it names
 * (core/kbimport_delblock.c).  A block that gives no type takes the one
 * the article lists for the same value under the same key
 * (core/kbimport_values.c).  Regedt32's "Multi-String Editor": "double-
 * click the existing X entry" picks the value, "add a line containing the
 * string "Y"" adds an entry (core/kbimport_listentry.c), "remove the line
 * containing the string Y" removes one (core/kbimport_edits.c).  The
 * Services dialog's "Could not start the X service on \\\\S." over
 * "2186: text" gives the error (core/kbimport_errors.c).  Each case
 * imports a small article written here, in our own words (the body starts
 * at line 17). */
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

#define FROB "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob"
#define FROBP FROB "\\Parameters"

/* Steps 1 and 2: Registry Editor started, the Frob key located (its
 * line 22). */
#define LOCATE_FROB \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	"\n" \
	"2. Locate the following key in the registry:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n" \
	"\n"

static void test_a_key_added_under_the_located_one(void **state)
{
	static const struct draft_case cases[] = {
		{ "'click Add Key, and then add the following registry key:' over 'Key Name: X'",
		  LOCATE_FROB
		  "3. On the Edit menu, click Add Key, and then add the following registry key:\n"
		  "\n"
		  "   Key Name: Parameters\n"
		  "\n"
		  "4. Quit Registry Editor.\n",
		  { "check " FROBP, "repair " FROBP, "review 26: the steps add key 'Parameters'", NULL },
		  { "check " FROB, "repair " FROB, NULL } },
		{ "keys made one under another: the first is part of what is set under the last",
		  LOCATE_FROB
		  "3. On the Edit menu, click Add Key to create the following entry:\n"
		  "\n"
		  "   Key Name: Parameters\n"
		  "\n"
		  "4. Open the Parameters key that you created in step 3.\n"
		  "\n"
		  "5. On the Edit menu, click Add Key to create the following entry:\n"
		  "\n"
		  "   Key Name: <number>\n",
		  { NULL },
		  { "check " FROBP, "repair " FROBP, "repair " FROB, NULL } },
		{ "a key only opened, nothing added under it, stays unasked",
		  LOCATE_FROB
		  "3. On the Edit menu, click Permissions, and then add the following user:\n"
		  "\n"
		  "   User Name: Frobadmin\n"
		  "\n"
		  "4. Quit Registry Editor.\n",
		  { "review 22: key " FROB " is named but the article asks nothing", NULL },
		  { "check " FROB, "repair " FROB, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define DELETE_BLOCK(lead) \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	"\n" \
	"2. Locate the FrobLimit value under the following key in the registry:\n" \
	"\n" \
	"      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n" \
	"3. " lead "\n" \
	"\n" \
	"      Value Name: FrobLimit\n" \
	"      Data Type:  REG_DWORD\n" \
	"      Value:      1\n" \
	"\n" \
	"4. Quit Registry Editor.\n"

static void test_a_value_block_the_step_deletes(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Delete the following object:' over a value block",
		  DELETE_BLOCK("Delete the following object:"),
		  { "absent " FROBP "|FrobLimit", "repair " FROBP "|FrobLimit", "action: delete-value", NULL },
		  { "check REG_DWORD " FROBP "|FrobLimit = 1", NULL } },
		{ "'Remove this registry value:' says the same",
		  DELETE_BLOCK("Remove this registry value:"),
		  { "absent " FROBP "|FrobLimit", "repair " FROBP "|FrobLimit", NULL },
		  { NULL } },
		{ "removing one entry of the value is not deleting it",
		  DELETE_BLOCK("For the following value name, remove Tcpip:"),
		  { NULL },
		  { "absent " FROBP "|FrobLimit", "repair " FROBP "|FrobLimit", NULL } },
		{ "a delete the article does not ask ('if you want to') is not drafted",
		  DELETE_BLOCK("If you want to go back, you may want to delete the following value:"),
		  { NULL },
		  { "absent " FROBP "|FrobLimit", "repair " FROBP "|FrobLimit", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_block_with_no_type_takes_the_one_listed(void **state)
{
	static const struct draft_case cases[] = {
		{ "the type the article lists for the value elsewhere under the key",
		  "\n"
		  "Method 1\n"
		  "\n"
		  "Add the following value under this key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "   Value Name: FrobPorts\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 0 or 1\n"
		  "\n"
		  "NOTE: Old frob clients need the ports above 1024. For them, create the\n"
		  "following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "   Value name: FrobPorts\n"
		  "   Value Data: 1\n",
		  { "check REG_DWORD " FROBP "|FrobPorts = 1", "repair " FROBP "|FrobPorts",
		    "review 33: value 'FrobPorts': the article gives no type here; REG_DWORD", NULL },
		  { NULL } },
		{ "no type listed anywhere: still a review item",
		  "\n"
		  "Create the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "   Value name: FrobPorts\n"
		  "   Value Data: 1\n",
		  { "review 22: value 'FrobPorts' under " FROBP ": the article gives no data type", NULL },
		  { "check " FROBP "|FrobPorts", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The steps up to "remove the line containing the string" (the next line
 * ends the sentence). */
#define REMOVE_LINE_STEPS \
	"\n" \
	"1. Expand the HKEY_LOCAL_MACHINE registry key to the following subkey:\n" \
	"\n" \
	"   SYSTEM\\CurrentControlSet\\Services\\Frob\n" \
	"\n" \
	"2. In the right pane, double-click the existing DependOnGroup value.\n" \
	"\n" \
	"3. In the Multi-String Editor, remove the line containing the string\n"

static void test_lines_of_the_multi_string_editor(void **state)
{
	static const struct draft_case cases[] = {
		{ "'double-click the existing X entry' then 'add a line containing the string'",
		  "\n"
		  "1. Start Regedt32.exe.\n"
		  "\n"
		  "2. Expand the HKEY_LOCAL_MACHINE registry key to the following subkey:\n"
		  "\n"
		  "   SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "3. In this key, double-click the existing DependOnService entry in the right\n"
		  "   pane.\n"
		  "\n"
		  "4. In the Multi-String Editor, add a line containing the string \"FrobBase\"\n"
		  "   (without the quotes) and click the OK button.\n",
		  { "check REG_MULTI_SZ " FROB "|DependOnService", "data: 'FrobBase'", "action: add-entry",
		    "expect: contains", NULL },
		  { NULL } },
		{ "'Click X, and then ... click Multi String.' picks X",
		  "\n"
		  "1. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Click AllowedFrobs, and then on the Edit menu, click Multi String.\n"
		  "\n"
		  "3. Add the following:\n"
		  "\n"
		  "   Frob\\Alpha\n"
		  "\n"
		  "4. Click OK and then quit Registry Editor.\n",
		  { "check REG_MULTI_SZ " FROBP "|AllowedFrobs", "data: 'Frob\\Alpha'", "action: add-entry", NULL },
		  { NULL } },
		{ "'Click OK, and then' picks nothing",
		  "\n"
		  "1. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Click OK, and then on the Edit menu, click Multi String.\n"
		  "\n"
		  "3. Add the following:\n"
		  "\n"
		  "   Frob\\Alpha\n",
		  { NULL },
		  { "|OK", "action: add-entry", NULL } },
		{ "'remove the line containing the string Y' takes one entry out",
		  REMOVE_LINE_STEPS
		  "   FrobProvider, and then click OK.\n",
		  { "check REG_MULTI_SZ " FROB "|DependOnGroup", "expect: not-contains", "data: 'FrobProvider'",
		    "action: remove-entry", NULL },
		  { "absent " FROB, NULL } },
		{ "a line removed with more words after it is not read",
		  REMOVE_LINE_STEPS
		  "   FrobProvider only when the alpha frob is installed.\n",
		  { NULL },
		  { "action: remove-entry", "absent " FROB, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_the_services_dialog_code_without_error(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Could not start the X service on \\\\S.' over 'NNNN: text'",
		  "\n"
		  "Starting the agent by hand may show the following error:\n"
		  "\n"
		  "   Could not start the Frobnitz Agent service on \\\\Server.\n"
		  "   2186: The service is not responding to the control function.\n",
		  { "error 2186", "The service is not responding to the control function.", NULL },
		  { NULL } },
		{ "a bare 'NNNN: text' under other words is no error",
		  "\n"
		  "The frob code pages are:\n"
		  "\n"
		  "   Frob code pages for the agent:\n"
		  "   1250: Central European\n",
		  { NULL },
		  { "error 1250", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_key_added_under_the_located_one),
		cmocka_unit_test(test_a_value_block_the_step_deletes),
		cmocka_unit_test(test_a_block_with_no_type_takes_the_one_listed),
		cmocka_unit_test(test_lines_of_the_multi_string_editor),
		cmocka_unit_test(test_the_services_dialog_code_without_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
