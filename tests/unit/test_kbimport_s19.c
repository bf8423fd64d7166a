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

#include "../../core/kbimport_int.h"

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

/* ---- review 19's findings: each case fails on the code before its mend ---- */

/* Finding 1: "Delete the following value:" over one block, then "4. Add
 * the following value:" over another; the block reader ran on over both. */
static void test_r19_1_a_delete_block_ends_at_the_next_step(void **state)
{
	static const struct draft_case cases[] = {
		{ "the value the next step adds is not deleted",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Locate the following key in the registry:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. Delete the following value:\n"
		  "\n"
		  "      Value Name: FrobQuota\n"
		  "\n"
		  "4. Add the following value:\n"
		  "\n"
		  "      Value Name: FrobCeiling\n"
		  "      Data Type:  REG_DWORD\n"
		  "      Value:      4\n"
		  "\n"
		  "5. Quit Registry Editor.\n",
		  { NULL },
		  { "absent " FROBP "|FrobCeiling", "action: delete-value", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Finding 16: a placed delete block leaves no "not tied to a key" note
 * on the values it drafted. */
static void test_r19_16_a_placed_delete_block_is_read(void **state)
{
	static const struct draft_case cases[] = {
		{ "no stale 'not tied to a key' note next to the drafted check",
		  DELETE_BLOCK("Delete the following object:"),
		  { "absent " FROBP "|FrobLimit", "action: delete-value", NULL },
		  { "not tied to a key", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The Frob key reached by its relative path (line 20). */
#define EXPAND_FROB \
	"\n" \
	"1. Expand the HKEY_LOCAL_MACHINE registry key to the following subkey:\n" \
	"\n" \
	"   SYSTEM\\CurrentControlSet\\Services\\Frob\n" \
	"\n"

/* Finding 2: the value the Multi-String editor opens is the nearest one
 * picked before it, not the first one picked after the key. */
static void test_r19_2_the_nearest_pick_opens_the_editor(void **state)
{
	static const struct draft_case cases[] = {
		{ "a value edited on a step of its own is not the list",
		  EXPAND_FROB
		  "2. Double-click the ErrorControl value, and then type 1 in the Data box.\n"
		  "\n"
		  "3. Double-click the DependOnGroup value, and then in the Multi-String\n"
		  "   Editor, add a line containing the string \"FrobGroup\" and click OK.\n",
		  { "check REG_MULTI_SZ " FROB "|DependOnGroup", "data: 'FrobGroup'", "action: add-entry", NULL },
		  { "|ErrorControl contains", NULL } },
		{ "a step that types its own data stands between: no pick",
		  EXPAND_FROB
		  "2. Double-click the DependOnGroup value, and then type FrobGroup in the Data box.\n"
		  "\n"
		  "3. In the Multi-String Editor, add a line containing the string \"FrobGroup\"\n"
		  "   and click OK.\n",
		  { NULL },
		  { "action: add-entry", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The editor opened on DependOnService (its step on line 22). */
#define OPEN_DEPENDS \
	EXPAND_FROB \
	"2. In the right pane, double-click the existing DependOnService entry.\n" \
	"\n"

/* Finding 3: "add a line containing" under a negation, a condition or a
 * suggestion is no entry the steps add. */
static void test_r19_3_an_added_line_not_asked(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Do not add a line containing'",
		  OPEN_DEPENDS
		  "3. In the Multi-String Editor, look over the list. Do not add a line containing\n"
		  "   the string \"FrobCore\"; the agent loads it itself. Click OK.\n",
		  { NULL },
		  { "action: add-entry", "contains", NULL } },
		{ "'If you add a line containing'",
		  OPEN_DEPENDS
		  "3. In the Multi-String Editor, see that no line names FrobCore. If you\n"
		  "   add a line containing the string \"FrobCore\", the agent hangs. Click OK.\n",
		  { NULL },
		  { "action: add-entry", NULL } },
		{ "'you may want to add a line containing'",
		  OPEN_DEPENDS
		  "3. In the Multi-String Editor, you may want to add a line containing the\n"
		  "   string \"FrobCore\" for faster starts. Click OK.\n",
		  { NULL },
		  { "action: add-entry", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Finding 13: "add a line ... at the top of the list": add-entry appends,
 * so the step is for a person. */
static void test_r19_13_an_added_line_placed_first(void **state)
{
	static const struct draft_case cases[] = {
		{ "'add a line containing the string ... at the top of the list'",
		  OPEN_DEPENDS
		  "3. In the Multi-String Editor, add a line containing the string \"FrobFirst\"\n"
		  "   at the top of the list, and then click OK.\n",
		  { "review 24: the step adds an entry to a list value other than at its end", NULL },
		  { "action: add-entry", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Finding 7: "Click X, and then click Y." then the editor: X is a key the
 * steps pass through, not the value. */
static void test_r19_7_a_second_click_before_the_editor(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Click Frob, and then click DependOnGroup. On the Edit menu, click Multi String.'",
		  "\n"
		  "1. Start Regedt32.exe and go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\n"
		  "\n"
		  "2. Click Frob, and then click DependOnGroup. On the Edit menu, click Multi String.\n"
		  "\n"
		  "3. Add the following:\n"
		  "\n"
		  "   FrobGroup\n",
		  { NULL },
		  { "|Frob contains", "action: add-entry", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Finding 4: one entry of a list value removed is not the value deleted. */
static void test_r19_4_an_entry_of_a_list_removed(void **state)
{
	static const struct draft_case cases[] = {
		{ "'In the DependOnGroup value, remove the following entry:' over a REG_MULTI_SZ",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Locate the following key in the registry:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "3. In the DependOnGroup value, remove the following entry:\n"
		  "\n"
		  "      Value Name: DependOnGroup\n"
		  "      Data Type:  REG_MULTI_SZ\n"
		  "      Value:      FrobGroup\n"
		  "\n"
		  "4. Quit Registry Editor.\n",
		  { NULL },
		  { "absent " FROB "|DependOnGroup", "action: delete-value", NULL } },
		{ "'Remove the following entry:' over a list value alone",
		  DELETE_BLOCK("Remove the following entry:")
		  "\n",
		  { "absent " FROBP "|FrobLimit", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Finding 11: "Under the X subkey, delete the following value:": the
 * value is under X, not the key read. */
static void test_r19_11_a_subkey_named_in_the_delete_lead_in(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Under the Tuning subkey, delete the following value:'",
		  DELETE_BLOCK("Under the Tuning subkey, delete the following value:"),
		  { NULL },
		  { "absent " FROBP "|FrobLimit", "action: delete-value", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Finding 12: a delete that undoes the change the steps made is the way
 * back, not the repair. */
static void test_r19_12_a_delete_that_undoes_the_change(void **state)
{
	static const struct draft_case cases[] = {
		{ "'To undo this change later, delete the following value:'",
		  DELETE_BLOCK("To undo this change later, delete the following value:"),
		  { NULL },
		  { "absent " FROBP "|FrobLimit", "action: delete-value", NULL } },
		{ "a paragraph after the steps that turns the change off again",
		  "\n"
		  "1. Locate the following key in the registry:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. On the Edit menu, click Add Value, and then add the following value:\n"
		  "\n"
		  "      Value Name: FrobQuota\n"
		  "      Data Type:  REG_DWORD\n"
		  "      Value:      3\n"
		  "\n"
		  "To turn the quota off again later, start Registry Editor, locate the\n"
		  "following key in the registry:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "and then delete the following value:\n"
		  "\n"
		  "      Value Name: FrobQuota\n",
		  { "check REG_DWORD " FROBP "|FrobQuota = 3", "action: set-value", NULL },
		  { "action: delete-value", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Steps 1 and 2 with the Frob\Parameters key located. */
#define LOCATE_FROBP \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	"\n" \
	"2. Locate the following key in the registry:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n"

/* Finding 5: an Add Key that makes the located key itself does not nest
 * it under itself. */
static void test_r19_5_the_located_key_made_again(void **state)
{
	static const struct draft_case cases[] = {
		{ "'If the Parameters key is not there, select the Frob key, ... Add Key' / 'Key Name: Parameters'",
		  LOCATE_FROBP
		  "3. If the Parameters key is not there, select the Frob key, and then on the\n"
		  "   Edit menu, click Add Key, and then add the following registry key:\n"
		  "\n"
		  "   Key Name: Parameters\n"
		  "\n"
		  "4. Quit Registry Editor.\n",
		  { NULL },
		  { "Parameters\\Parameters", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Finding 8: a key added after the steps go to another subkey is not
 * under the located key. */
static void test_r19_8_add_key_after_going_to_a_subkey(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Expand the Frob key, and then click the Tuning subkey.' then Add Key",
		  LOCATE_FROB
		  "3. Expand the Frob key, and then click the Tuning subkey.\n"
		  "\n"
		  "4. On the Edit menu, click Add Key, and then add the following registry key:\n"
		  "\n"
		  "   Key Name: Paths\n"
		  "\n"
		  "5. Quit Registry Editor.\n",
		  { NULL },
		  { "check " FROB "\\Paths", "action: create-key", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Finding 9: a "Key Name:" of several words is not cut to its first. */
static void test_r19_9_a_key_name_of_two_words(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Key Name: Frob Spool'",
		  LOCATE_FROB
		  "3. On the Edit menu, click Add Key, and then add the following registry key:\n"
		  "\n"
		  "   Key Name: Frob Spool\n"
		  "\n"
		  "4. Quit Registry Editor.\n",
		  { NULL },
		  { "check " FROB "\\Frob", "action: create-key", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The Add Key step of an optional or conditional key (its words, the
 * step's start) over "Key Name: Spool". */
#define ADD_KEY_STEP(words) \
	LOCATE_FROB \
	"3. " words " on the Edit menu, click Add Key, and then add the following registry key:\n" \
	"\n" \
	"   Key Name: Spool\n" \
	"\n" \
	"4. Quit Registry Editor.\n"

/* Finding 10: an Add Key offered or on a case is no repair. */
static void test_r19_10_an_optional_add_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Optionally, ...'", ADD_KEY_STEP("Optionally,"), { NULL }, { "action: create-key", NULL } },
		{ "'If you want a spool file, ...'", ADD_KEY_STEP("If you want a spool file,"), { NULL },
		  { "action: create-key", NULL } },
		{ "'On a test server only, you can ...'", ADD_KEY_STEP("On a test server only, you can"), { NULL },
		  { "action: create-key", NULL } },
		{ "a plain Add Key is still asked for", ADD_KEY_STEP("Next,"),
		  { "check " FROB "\\Spool", "action: create-key", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Finding 6: a type listed for the broken state, against the type the
 * block's own lead-in names, is not borrowed; the lead-in's is read
 * (session 49: "again as a DWORD value"). */
static void test_r19_6_no_type_borrowed_from_the_problem(void **state)
{
	static const struct draft_case cases[] = {
		{ "'written with the wrong data type' then 'create it again as a DWORD value'",
		  "\n"
		  "The installer writes the following value with the wrong data type (text):\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "   FrobSlots : REG_SZ : 12\n"
		  "\n"
		  "To mend it, make it a number. Create the following registry value again as\n"
		  "a DWORD value, in its place:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "   Value name: FrobSlots\n"
		  "   Value Data: 12\n",
		  { "check REG_DWORD " FROBP "|FrobSlots = 12", NULL },
		  { "check REG_SZ " FROBP "|FrobSlots", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Finding 14: a listing under another key named relative to its hive is
 * not the same key's. */
static void test_r19_14_a_type_listed_under_a_relative_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "the client's key written 'SOFTWARE\\Frobnitz\\Viewer' in prose",
		  "\n"
		  "On the server, create the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "   Value name: FrobSlots\n"
		  "   Value Data: 12\n"
		  "\n"
		  "On each viewer, open the SOFTWARE\\Frobnitz\\Viewer key in the same hive and\n"
		  "look at the following value, which the viewer reads as a list:\n"
		  "\n"
		  "   FrobSlots : REG_MULTI_SZ : 12-14\n",
		  { NULL },
		  { "check REG_MULTI_SZ " FROBP "|FrobSlots", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Finding 15: hex data said of another value whose name holds this one's
 * ("MaxSlots = 0x20") gives this one no type. */
static void test_r19_15_a_type_from_a_longer_name(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Slots' with no type, 'MaxSlots = 0x20' in prose",
		  "\n"
		  "Create the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "   Value name: Slots\n"
		  "   Value Data: 16\n"
		  "\n"
		  "The agent also reads MaxSlots = 0x20 from the same key.\n",
		  { NULL },
		  { "check REG_DWORD " FROBP "|Slots", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Finding 17: "remove the line containing" a file's name: the line may
 * hold more than the name, so no whole-entry check. */
static void test_r19_17_a_line_containing_a_file_name(void **state)
{
	static const struct draft_case cases[] = {
		{ "'remove the line containing the string Frobhook.dll'",
		  REMOVE_LINE_STEPS
		  "   Frobhook.dll, and then click OK.\n",
		  { NULL },
		  { "action: remove-entry", "not-contains", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "you receive the following error:" over "   3050 Could not lock file.":
 * a four-digit number opening a message paragraph right under a lead-in
 * that announces an error is its code; a three-digit server reply, a
 * number under other words, or a number inside a sentence is not. */
static void test_a_message_that_opens_with_its_number(void **state)
{
	static const struct draft_case cases[] = {
		{ "four digits, then the message, under 'the following error message:'",
		  "\n"
		  "When the agent opens the frob table, you may receive the following error message:\n"
		  "\n"
		  "   3050 Could not lock file.\n",
		  { "error 3050", "Could not lock file.", NULL },
		  { NULL } },
		{ "a second message paragraph in the same block",
		  "\n"
		  "You receive the following errors:\n"
		  "\n"
		  "   1087 The frob store was restored from an old copy.\n"
		  "\n"
		  "   1005 Unable to start the frob store.\n",
		  { "error 1087", "error 1005", NULL },
		  { NULL } },
		{ "a server's three-digit reply is no code",
		  "\n"
		  "The frob gateway returns the following error:\n"
		  "\n"
		  "   550 Mailbox unavailable\n",
		  { NULL },
		  { "error 550", NULL } },
		{ "under 'In the event log, ... the following error message:' the number is an event's",
		  "\n"
		  "In the event log, you may receive the following error message:\n"
		  "\n"
		  "   5719 - No frob controller available\n",
		  { "event 5719", NULL },
		  { "error 5719", NULL } },
		{ "a list of codes that may come is no message seen",
		  "\n"
		  "The following subcodes describe other possible frob errors:\n"
		  "\n"
		  "   1010 - The frob server was not found in the table.\n"
		  "   1011 - The frob table is full.\n",
		  { NULL },
		  { "error 1010", "error 1011", NULL } },
		{ "a line of the message above that ends 'the following error:' is no lead-in",
		  "\n"
		  "The following events are logged:\n"
		  "\n"
		  "   7000 - The Frob service failed to start due to the following error:\n"
		  "   The service did not start.\n"
		  "\n"
		  "   7013 - Logon attempt with the frob password failed.\n",
		  { NULL },
		  { "error 7013", NULL } },
		{ "a number under words that announce no error",
		  "\n"
		  "The frob table holds the following entries:\n"
		  "\n"
		  "   1250 Central European\n",
		  { NULL },
		  { "error 1250", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* imp_last_sentence(): a step's number ("2. Add") ends no sentence, but a
 * datum before a stop ("set it to 5. Add") does. */
static void test_the_last_sentence_past_a_number(void **state)
{
	(void)state;
	assert_string_equal(imp_last_sentence("Set it to 5. Add a FrobAlias key to"), "Add a FrobAlias key to");
	assert_string_equal(imp_last_sentence("2. Add a FrobAlias key to"), "2. Add a FrobAlias key to");
	assert_string_equal(imp_last_sentence("Done. 3. Add a FrobAlias key to"), "3. Add a FrobAlias key to");
	assert_string_equal(imp_last_sentence("Restart after step 12. Then add it"), "Then add it");
}

/* A key's line that is the path in double quotes: the quotes end it
 * (names with spaces kept whole, nothing joined from the next line), and
 * it is read as a key set out, not one in running text. */
static void test_a_key_line_in_quotes(void **state)
{
	static const struct draft_case cases[] = {
		{ "a quoted path over Add Value dialog steps",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Go to the following key:\n"
		  "\n"
		  "   \"HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\"\n"
		  "\n"
		  "3. On the Edit menu, click Add Value, type \"FrobLimit\" (without the\n"
		  "   quotation marks), click REG_DWORD in the Data Type box, and then click OK.\n"
		  "\n"
		  "4. Type \"0\" (without the quotation marks), and then click OK.\n",
		  { "check REG_DWORD " FROBP "|FrobLimit = 0", "repair " FROBP "|FrobLimit", NULL },
		  { "running text", NULL } },
		{ "a quoted path with spaces in its names stays whole",
		  "\n"
		  "The agent keeps its settings under:\n"
		  "\n"
		  "   \"HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob Works\\Frob Agent Settings\"\n",
		  { "HKLM\\SOFTWARE\\Frob Works\\Frob Agent Settings", NULL },
		  { "running text", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "Go to ...\\Services and confirm that the Frob service does not exist":
 * what is checked is the service's own key, not Services. */
static void test_a_service_named_under_services(void **state)
{
	static const struct draft_case cases[] = {
		{ "'confirm that the X service does not exist' under Services",
		  "\n"
		  "3. Start Registry Editor. Go to the following key\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\n"
		  "\n"
		  "   and confirm that the FrobSync service does not exist.\n",
		  { NULL },
		  { "check HKLM\\System\\CurrentControlSet\\Services", NULL } },
		{ "'verify that the following key exists' still checks it",
		  "\n"
		  "Verify that the following key exists:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\FrobSync\n",
		  { "check HKLM\\System\\CurrentControlSet\\Services\\FrobSync", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* review19b's findings on the message-number and quoted-key readings: a
 * log line's date is no code; a line whose code "Error" names gives no
 * second one; a dialog box shown while Event Viewer opens a log holds an
 * error, not an event; "-or-" between messages keeps the block; a quoted
 * line under a message's lead-in is the message, not a key. */
static void test_r19b_messages_and_quoted_lines(void **state)
{
	static const struct draft_case cases[] = {
		{ "finding 7: a dated log line under 'the following error:'",
		  "\n"
		  "The frob daemon on the gateway writes the following error:\n"
		  "\n"
		  "   2001 Mar 12 10:22:01 gw1 frobd: lost contact with the frob server\n",
		  { NULL },
		  { "error 2001", NULL } },
		{ "finding 8: 'NNNN text. Error MMMM' gives only MMMM",
		  "\n"
		  "You receive the following error:\n"
		  "\n"
		  "   1005 Unable to start the frob store. Error 1011\n",
		  { "error 1011", NULL },
		  { "error 1005", NULL } },
		{ "finding 9: a dialog box over an Event Viewer log is an error, not an event",
		  "\n"
		  "When you open the Frob log in Event Viewer, a dialog box appears with the following\n"
		  "error message:\n"
		  "\n"
		  "   1502 - The frob log file is full.\n",
		  { "error 1502", NULL },
		  { "event 1502", NULL } },
		{ "finding 10: '-or-' between two messages keeps the block",
		  "\n"
		  "You may receive one or more of the following errors:\n"
		  "\n"
		  "   1715 The frob server is not listening.\n"
		  "\n"
		  "   -or-\n"
		  "\n"
		  "   1753 There are no more frob endpoints available.\n",
		  { "error 1715", "error 1753", NULL },
		  { NULL } },
		{ "finding 11: a quoted path under a message's lead-in is the message",
		  "\n"
		  "When the agent starts, it stops with the following message:\n"
		  "\n"
		  "   \"HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Agent Settings could not be opened\"\n"
		  "\n"
		  "To fix this problem, use Registry Editor to create this key again.\n",
		  { NULL },
		  { "could not be opened'", "create-key", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The last read's findings 1-4: whole words in the event-log and
 * list-of-codes lead-ins ("you are logged on", "the Frob listener"); a
 * delete block with one value refused keeps the others without a second
 * note; a step's number is no version on a scope line. */
static void test_lr19_lead_in_words_and_partial_blocks(void **state)
{
	static const struct draft_case cases[] = {
		{ "finding 1: 'you are logged on' names no log",
		  "\n"
		  "When you are logged on as a user, you receive the following error message:\n"
		  "\n"
		  "   3050 Could not lock file.\n",
		  { "error 3050", NULL },
		  { "event 3050", NULL } },
		{ "finding 2: 'the Frob listener' offers no list of codes",
		  "\n"
		  "When the Frob listener starts, you receive the following error message:\n"
		  "\n"
		  "   3050 Could not lock file.\n",
		  { "error 3050", NULL },
		  { NULL } },
		{ "finding 3: a delete block with a '(Default)' line keeps the other value, noted once",
		  "\n"
		  "1. Locate the following key in the registry:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Agent\n"
		  "\n"
		  "2. Delete the following values:\n"
		  "\n"
		  "      Value Name: Retries\n"
		  "      Data Type:  REG_DWORD\n"
		  "\n"
		  "      Value Name: (Default)\n"
		  "      Data Type:  REG_SZ\n",
		  { "absent HKLM\\SOFTWARE\\Frob\\Agent|Retries", "repair HKLM\\SOFTWARE\\Frob\\Agent|Retries", NULL },
		  { "'Retries' is part of a deletion", NULL } },
		{ "finding 4: '1. On the server, ...' names a role, no version",
		  "\n"
		  "   1. On the server, set the following registry value:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "      StrictNames: REG_SZ: YES\n",
		  { NULL },
		  { "holds only for the version", NULL } },
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
		cmocka_unit_test(test_a_message_that_opens_with_its_number),
		cmocka_unit_test(test_the_last_sentence_past_a_number),
		cmocka_unit_test(test_a_key_line_in_quotes),
		cmocka_unit_test(test_a_service_named_under_services),
		cmocka_unit_test(test_r19b_messages_and_quoted_lines),
		cmocka_unit_test(test_lr19_lead_in_words_and_partial_blocks),
		cmocka_unit_test(test_r19_1_a_delete_block_ends_at_the_next_step),
		cmocka_unit_test(test_r19_16_a_placed_delete_block_is_read),
		cmocka_unit_test(test_r19_2_the_nearest_pick_opens_the_editor),
		cmocka_unit_test(test_r19_3_an_added_line_not_asked),
		cmocka_unit_test(test_r19_13_an_added_line_placed_first),
		cmocka_unit_test(test_r19_7_a_second_click_before_the_editor),
		cmocka_unit_test(test_r19_4_an_entry_of_a_list_removed),
		cmocka_unit_test(test_r19_11_a_subkey_named_in_the_delete_lead_in),
		cmocka_unit_test(test_r19_12_a_delete_that_undoes_the_change),
		cmocka_unit_test(test_r19_5_the_located_key_made_again),
		cmocka_unit_test(test_r19_8_add_key_after_going_to_a_subkey),
		cmocka_unit_test(test_r19_9_a_key_name_of_two_words),
		cmocka_unit_test(test_r19_10_an_optional_add_key),
		cmocka_unit_test(test_r19_6_no_type_borrowed_from_the_problem),
		cmocka_unit_test(test_r19_14_a_type_listed_under_a_relative_key),
		cmocka_unit_test(test_r19_15_a_type_from_a_longer_name),
		cmocka_unit_test(test_r19_17_a_line_containing_a_file_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
