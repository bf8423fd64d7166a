/* test_kbimport_s21.c: forms of session 21's importer mends, read from the
 * misses of unseen set 30 (measured as drawn first) and from later
 * reviews' findings.  Each case imports a small article written here, in
 * our own words. */
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

/* "3. In "HKEY_...\\Parameters", set the value of A to 0x20 and B to
 * 0x30": a step that opens with the key, its end marked by a quote, a
 * comma or the word "key", sets the rest of the step's values under it
 * (core/kbimport_registry.c); a key only named in a sentence, or a step
 * that says what is there, still drafts nothing. */
static void test_a_step_that_opens_with_its_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "'In \"KEY\",' / 'set the value of Frob Limit to 0x20 and Frob Max to 0x30'",
		  START_REGEDT32
		  "2. In \"HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\",\n"
		  "   set the value of Frob Limit to 0x20 and Frob Max to 0x30\n"
		  "\n"
		  "3. Quit Registry Editor.\n",
		  { "check REG_DWORD " FROBP "|Frob Limit = 32", "check REG_DWORD " FROBP "|Frob Max = 48",
		    "repair " FROBP "|Frob Limit", "repair " FROBP "|Frob Max",
		    "review 20: the steps give no type", NULL },
		  { "checks 3", NULL } },
		{ "'In the KEY key,' / 'set FrobLimit to 0x20.'",
		  START_REGEDT32
		  "2. In the HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters key,\n"
		  "   set FrobLimit to 0x20.\n",
		  { "check REG_DWORD " FROBP "|FrobLimit = 32", "repair " FROBP "|FrobLimit", NULL },
		  { NULL } },
		{ "'Under KEY, change FrobLimit to 0x20.'",
		  START_REGEDT32
		  "2. Under HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters, change\n"
		  "   FrobLimit to 0x20.\n",
		  { "check REG_DWORD " FROBP "|FrobLimit = 32", NULL },
		  { NULL } },
		{ "'In KEY, the FrobLimit value is set to 0x20 by Setup.': a description",
		  START_REGEDT32
		  "2. In HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters, the\n"
		  "   FrobLimit value is set to 0x20 by Setup.\n",
		  { "review 20: is named in running text", NULL },
		  { "check " FROBP "|FrobLimit", "repair " FROBP "|FrobLimit", NULL } },
		{ "'In KEY you may find FrobLimit set to 0x20': the key's end not marked",
		  START_REGEDT32
		  "2. In HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters you may\n"
		  "   find that someone set FrobLimit to 0x20.\n",
		  { NULL },
		  { "check " FROBP "|FrobLimit", NULL } },
		{ "a sentence that names the key in passing, not a step",
		  "\n"
		  "In HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters, set FrobLimit\n"
		  "to 0x20 only when a vendor asks you to.\n",
		  { NULL },
		  { "repair " FROBP "|FrobLimit", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "Value  Default setting" over rows whose long names leave one space
 * before the default: the row is cut at the header's column
 * (core/kbimport_coltable.c), and a default setting is no data to set
 * (the header and its rule on lines 22-23, the rows on 24-26). */
static void test_a_table_of_default_settings(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Value  Default setting', a name as long as its column",
		  "\n"
		  "The agent keeps its settings under the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "   Value                     Default setting\n"
		  "   -----------------------------------------\n"
		  "   Allow Frob Chat           1\n"
		  "   Allow Remote Frob Restart 0 (servers only)\n"
		  "   FrobLevel                 2\n"
		  "\n"
		  "Restart the agent after a change.\n",
		  { "review 24: value 'Allow Frob Chat' in the table",
		    "review 25: value 'Allow Remote Frob Restart' in the table", "review 26: 'FrobLevel'", NULL },
		  { "check " FROBP "|FrobLevel", "Restart 0", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "HKEY_LOCAL _MACHINE\\...": a space before the root's underscore, as
 * after it, is dropped (core/kbimport_roots.c). */
static void test_a_root_broken_before_its_underscore(void **state)
{
	static const struct draft_case cases[] = {
		{ "'HKEY_LOCAL _MACHINE\\SYSTEM\\...' among keys to delete",
		  "\n"
		  "1. Use Registry Editor to delete the following keys:\n"
		  "\n"
		  "   HKEY_LOCAL _MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Cache\n"
		  "   HKEY_LOCAL_ MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Spool\n",
		  { "absent " FROB "\\Cache", "repair " FROB "\\Cache", "absent " FROB "\\Spool", NULL },
		  { NULL } },
		{ "'HKEY_CURRENT_USER _Frob': a whole root, then a word",
		  "\n"
		  "Settings live in HKEY_CURRENT_USER _Frob\\Options on some builds.\n",
		  { NULL },
		  { "HKEY_CURRENT_USER_Frob", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Audit 21's wrong repairs, each in its general form. */

/* "delete and then re-create the Scripts value": a later step brings the
 * value back, so the article leaves it there: no value-absent repair
 * (core/kbimport_undo.c); a delete with no such step stays. */
static void test_a21_a_value_deleted_and_recreated(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Locate and delete the FrobPath value.' then 'Re-create the FrobPath value:'",
		  "\n"
		  "1. Start Registry Editor and locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Locate and delete the FrobPath value.\n"
		  "\n"
		  "3. Restart the computer.\n"
		  "\n"
		  "4. Re-create the FrobPath value as a REG_EXPAND_SZ holding %SystemRoot%\\Frob.\n",
		  { "review 22: line 26 re-creates it", "review 26: re-creates value 'FrobPath'", NULL },
		  { "absent " FROBP "|FrobPath", NULL } },
		{ "'delete the FrobPath value' with no step that adds it back",
		  "\n"
		  "1. Start Registry Editor and locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Locate and delete the FrobPath value.\n"
		  "\n"
		  "3. Restart the computer. If the agent fails again, re-create the FrobPath value.\n",
		  { "absent " FROBP "|FrobPath", "repair " FROBP "|FrobPath", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "CASE #1:" / "CASE #2:" headings number cases: a fix under one of them
 * holds in that case only, which the draft says (core/kbimport_cases.c). */
static void test_a21_a_fix_under_one_case(void **state)
{
	static const struct draft_case cases[] = {
		{ "'CASE #1:' over a key delete, 'CASE #2:' over a file edit",
		  "\n"
		  "CASE #1:\n"
		  "\n"
		  "Delete the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Cache\n"
		  "\n"
		  "CASE #2:\n"
		  "\n"
		  "Edit the Frob.ini file and remove the line that starts with Cache.\n",
		  { "absent " FROB "\\Cache", "review 18: under one of the 2 numbered cases", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A key path that ends with the name of one of the block's values
 * ("...\\CurrentVersion\\MinorVersion" over MajorVersion and MinorVersion,
 * or "...\\ComputerName\\ComputerName" over ComputerName): that part may
 * be the value's path or a key holding a value of its own name, so every
 * value of the block is left to a person (core/kbimport_registry.c). */
static void test_a21_a_path_ending_in_a_sibling_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "'...\\CurrentVersion' / '\\MinorVersion' over 'MajorVersion:REG_DWORD:0x4' / 'MinorVersion:REG_DWORD:0'",
		  "\n"
		  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Frob\\CurrentVersion\n"
		  "\\MinorVersion\n"
		  "\n"
		  "1. Start Registry Editor and change the key above to the following:\n"
		  "\n"
		  "   MajorVersion:REG_DWORD:0x4\n"
		  "   MinorVersion:REG_DWORD:0\n",
		  { "review 18: ends with the name of value 'MinorVersion'", "checks 0", NULL },
		  { "check HKLM\\SOFTWARE\\Microsoft\\Frob\\CurrentVersion\\MinorVersion|MajorVersion", NULL } },
		{ "'...\\ComputerName\\ComputerName' over 'ComputerName : REG_SZ : FROBSRV1' / 'Frob : REG_SZ : 1'",
		  "\n"
		  "1. Start Registry Editor and locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName\n"
		  "\n"
		  "2. Set the following values:\n"
		  "\n"
		  "   ComputerName : REG_SZ : FROBSRV1\n"
		  "   Frob : REG_SZ : 1\n"
		  "\n"
		  "3. Quit Registry Editor.\n",
		  { "review 20: ends with the name of value 'ComputerName'", NULL },
		  { "check HKLM\\SYSTEM\\CurrentControlSet\\Control|ComputerName",
		    "check HKLM\\SYSTEM\\CurrentControlSet\\Control\\ComputerName|Frob", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Step 1 of a made-up procedure that locates the Frob Agent key (line
 * 20), in two wordings; step 2 on line 22 on. */
#define LOCATE_AGENT \
	"\n" \
	"1. Locate the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Agent\n" \
	"\n"
#define LOCATE_AGENT_IN_REGISTRY \
	"\n" \
	"1. Locate the following key in the registry:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Agent\n" \
	"\n"

/* Review 21's findings on the step that opens with its key, the table's
 * first cell cut at the next column and "the value of" with several
 * words: each a made-up step that must not draft what it did. */
#define AGENT "HKLM\\SOFTWARE\\Frob\\Agent"
static void test_r21_a_step_that_opens_with_its_key_held(void **state)
{
	static const struct draft_case cases[] = {
		{ "another key later on the step's line: no value under either",
		  START_REGEDT32
		  "2. In HKLM\\SOFTWARE\\Frob\\Agent, set FrobLevel to 0x2 (not in HKLM\\SOFTWARE\\Frob\\Spare, a copy).\n",
		  { NULL },
		  { "repair HKLM\\SOFTWARE\\Frob\\Spare|FrobLevel", "repair " AGENT "|FrobLevel", NULL } },
		{ "a second sentence under another key",
		  START_REGEDT32
		  "2. In HKLM\\SOFTWARE\\Frob\\Agent, find FrobPort. In the HKLM\\SOFTWARE\\Frob\\Relay\n"
		  "   key, set FrobPort to 0x50.\n",
		  { NULL },
		  { "repair " AGENT "|FrobPort", NULL } },
		{ "'open the Agent subkey, and then set': the value is under the subkey",
		  START_REGEDT32
		  "2. In HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob, open the Agent subkey, and then set\n"
		  "   FrobLevel to 0x2.\n",
		  { "review 20", NULL },
		  { "repair HKLM\\SOFTWARE\\Frob|FrobLevel", NULL } },
		{ "'expand Agent\\Logging, and then set'",
		  START_REGEDT32
		  "2. In HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob, expand Agent\\Logging, and then set\n"
		  "   FrobLevel to 0x2.\n",
		  { NULL },
		  { "repair HKLM\\SOFTWARE\\Frob|FrobLevel", NULL } },
		{ "steps to reproduce make the problem, not the fix",
		  "\n"
		  "Install Frob Agent 3.1.\n"
		  "\n"
		  "Steps to Reproduce the Problem\n"
		  "------------------------------\n"
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. In HKLM\\SOFTWARE\\Frob\\Agent, set FrobLevel to 0x0.\n",
		  { NULL },
		  { "repair " AGENT "|FrobLevel", NULL } },
		{ "'set the value of Value Data to 0x2': a dialog's field, not a value",
		  LOCATE_AGENT_IN_REGISTRY
		  "2. Double-click FrobLevel, and then set the value of Value Data to 0x2.\n",
		  { NULL },
		  { "check " AGENT "|Value Data", NULL } },
		{ "'on the Tools menu, click Options, and then set the value of Cache Size': another program's",
		  LOCATE_AGENT_IN_REGISTRY
		  "2. Set FrobLevel to 0x2.\n"
		  "\n"
		  "3. In Frob Manager, on the Tools menu, click Options, and then set the value\n"
		  "   of Cache Size to 0x400.\n",
		  { "check REG_DWORD " AGENT "|FrobLevel = 2", NULL },
		  { "check " AGENT "|Cache Size", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_r21_a_table_row_cut_held(void **state)
{
	static const struct draft_case cases[] = {
		{ "a data cell with spaces under a later Description column stays whole",
		  LOCATE_AGENT
		  "2. Add the following registry values:\n"
		  "\n"
		  "   Value Name    Value Type    Value Data    Description\n"
		  "   DisplayName   REG_SZ        Frob Services Agent  Shown in the Services list\n"
		  "   FrobLevel     REG_DWORD     0x2           How much the agent logs\n"
		  "\n"
		  "Quit Registry Editor.\n",
		  { "check REG_DWORD " AGENT "|FrobLevel = 2", NULL },
		  { "check " AGENT "|DisplayName = Frob Services", NULL } },
		{ "a sentence under the table ends it",
		  LOCATE_AGENT
		  "2. Under this key, add the following string values:\n"
		  "\n"
		  "   Value Name    Value Data\n"
		  "   ------------------------\n"
		  "   HelperPath    C:\\Frob\\Helper\n"
		  "   FrobMode      quiet\n"
		  "   Next, restart the agent. It reads the values when it starts.\n"
		  "\n"
		  "3. Quit Registry Editor.\n",
		  { NULL },
		  { "value ''Next,", "''Next'", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "you may receive the following error" / "messages:" over a message
 * whose last sentence ends with its number in brackets, "(1009)." or
 * "[18]" (core/kbimport_errors.c); a function's "(660)", a phone
 * number's "at (800)" and a bracket under no lead-in are no codes. */
static void test_a_message_that_ends_with_its_number(void **state)
{
	static const struct draft_case cases[] = {
		{ "'... will be created. (1009).' and '... administrator. [18]' under a wrapped lead-in",
		  "\n"
		  "When you log on, you may receive the following error\n"
		  "messages:\n"
		  "\n"
		  "   The agent was unable to load the stored settings. New settings\n"
		  "   will be created. (1009).\n"
		  "\n"
		  "   The agent was unable to load your settings. Please contact your\n"
		  "   administrator. [18]\n"
		  "\n"
		  "The agent then runs with its defaults.\n",
		  { "error 1009", "error 18",
		    "message: 'The agent was unable to load the stored settings. New settings will be created.'", NULL },
		  { NULL } },
		{ "'lsnabapi(660)' and 'call us at (800)': no stop before the bracket",
		  "\n"
		  "The trace shows the following error:\n"
		  "\n"
		  "   >> lsnabapi(660)\n"
		  "   For help, call the Frob line at (800)\n"
		  "\n"
		  "The agent then stops.\n",
		  { NULL },
		  { "error 660", "error 800", NULL } },
		{ "a message with a bracketed number under no lead-in",
		  "\n"
		  "The agent then writes a line to its own file.\n"
		  "\n"
		  "   The agent started. (42)\n"
		  "\n"
		  "Nothing else is written.\n",
		  { NULL },
		  { "error 42", NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900778.txt", ARTICLE_HEAD("Q900778", "Frobnitz Agent Loses Settings") "SYMPTOMS\n========\n",
				cases, sizeof cases / sizeof cases[0]);
}

/* The last read's findings (session 21), each a made-up article that
 * must not draft what it did. */
static void test_lr21_readings_held(void **state)
{
	static const struct draft_case cases[] = {
		{ "'not been able to reproduce' above a fix does not drop it",
		  "\n"
		  "Microsoft has not been able to reproduce this problem on a clean installation.\n"
		  "To work around it, change the agent's log level:\n"
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. In HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Agent, set FrobLevel to 0x2.\n"
		  "\n"
		  "3. Quit Registry Editor.\n",
		  { "check REG_DWORD " AGENT "|FrobLevel = 2", NULL },
		  { NULL } },
		{ "a long 'Steps to Reproduce' list: its 17th step makes the problem",
		  "\n"
		  "Install Frob Agent 3.2.\n"
		  "\n"
		  "Steps to Reproduce the Problem\n"
		  "------------------------------\n"
		  "\n"
		  "1. Open the Frob console and click Refresh.\n\n2. Open the Frob console and click Refresh.\n\n"
		  "3. Open the Frob console and click Refresh.\n\n4. Open the Frob console and click Refresh.\n\n"
		  "5. Open the Frob console and click Refresh.\n\n6. Open the Frob console and click Refresh.\n\n"
		  "7. Open the Frob console and click Refresh.\n\n8. Open the Frob console and click Refresh.\n\n"
		  "9. Open the Frob console and click Refresh.\n\n10. Open the Frob console and click Refresh.\n\n"
		  "11. Open the Frob console and click Refresh.\n\n12. Open the Frob console and click Refresh.\n\n"
		  "13. Open the Frob console and click Refresh.\n\n14. Open the Frob console and click Refresh.\n\n"
		  "15. Open the Frob console and click Refresh.\n\n16. Open the Frob console and click Refresh.\n\n"
		  "17. In HKLM\\SOFTWARE\\Frob\\Agent, set FrobLevel to 0x0.\n"
		  "\n"
		  "18. Restart the agent. The agent stops.\n",
		  { NULL },
		  { "repair " AGENT "|FrobLevel", NULL } },
		{ "'In ...\\Frob\\Hot Keys, set': 'Keys' is no word 'key'",
		  START_REGEDT32
		  "2. In HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Hot Keys, set FrobLevel to 0x2.\n",
		  { NULL },
		  { "check HKLM\\SOFTWARE\\Frob\\Hot|FrobLevel", NULL } },
		{ "'In \"...\\Frob\\Hot Keys\", set': the closing quote ends the path",
		  START_REGEDT32
		  "2. In \"HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Hot Keys\", set FrobLevel to 0x2.\n",
		  { NULL },
		  { "check HKLM\\SOFTWARE\\Frob\\Hot|FrobLevel", NULL } },
		{ "'In the Relay key, set': another key named in words",
		  START_REGEDT32
		  "2. In HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Agent, find FrobPort. In the Relay\n"
		  "   key, set FrobPort to 0x50.\n",
		  { NULL },
		  { "check " AGENT "|FrobPort", NULL } },
		{ "'under Agent, set' and 'choose Agent and set': a subkey in words",
		  START_REGEDT32
		  "2. In HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob, under Agent, set FrobLevel to 0x2.\n"
		  "\n"
		  "3. In HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob, choose Agent and set FrobMode to 0x1.\n",
		  { NULL },
		  { "check HKLM\\SOFTWARE\\Frob|FrobLevel", "check HKLM\\SOFTWARE\\Frob|FrobMode", NULL } },
		{ "'on the Tools menu, click Options, and then set the value of Timeout': one word too",
		  LOCATE_AGENT_IN_REGISTRY
		  "2. Set FrobLevel to 0x2.\n"
		  "\n"
		  "3. In Frob Manager, on the Tools menu, click Options, and then set the value\n"
		  "   of Timeout to 0x1E.\n",
		  { "check REG_DWORD " AGENT "|FrobLevel = 2", NULL },
		  { "check " AGENT "|Timeout", NULL } },
		{ "'Delete the FrobPath value, and then re-create the FrobPath value.' in one step",
		  "\n"
		  "1. Start Registry Editor and locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Delete the FrobPath value, and then re-create the FrobPath value.\n"
		  "\n"
		  "3. Restart the computer.\n",
		  { "review 22: re-creates", NULL },
		  { "absent " FROBP "|FrobPath", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_lr21_table_rows_held(void **state)
{
	static const struct draft_case cases[] = {
		{ "a sentence with no blank line under the rows is no value",
		  LOCATE_AGENT
		  "2. Under this key, add the following string values:\n"
		  "\n"
		  "   Value Name    Value Data\n"
		  "   ------------------------\n"
		  "   HelperPath    C:\\Frob\\Helper\n"
		  "   FrobMode      quiet\n"
		  "   Restart a new agent after you add the values.\n"
		  "\n"
		  "3. Quit Registry Editor.\n",
		  { "check " AGENT "|FrobMode = quiet", NULL },
		  { "check " AGENT "|Restart a new", NULL } },
		{ "a long name then two spaces in a three-column table is not cut at the data column",
		  LOCATE_AGENT
		  "2. Add the following string values:\n"
		  "\n"
		  "   Value             Data   Description\n"
		  "   Allow Remote Frob Restart  1\n"
		  "   FrobMode          quiet  How much the agent logs\n"
		  "\n"
		  "3. Quit Registry Editor.\n",
		  { NULL },
		  { "check " AGENT "|Allow Remote Frob", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Review 21b's findings on the last read's mends: each a made-up
 * article that must not draft what it did. */
static void test_r21b_steps_held(void **state)
{
	static const struct draft_case cases[] = {
		{ "'The following steps reproduce the problem:' in MORE INFORMATION",
		  "\n"
		  "Install the agent update.\n"
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "The following steps reproduce the problem:\n"
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. In HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Agent, set FrobLevel to 0x0.\n"
		  "\n"
		  "3. Restart the agent. It does not start.\n",
		  { NULL },
		  { "repair " AGENT "|FrobLevel", NULL } },
		{ "a later sentence of the step turns to another program",
		  START_REGEDT32
		  "2. In HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Agent, set FrobLevel to 0x2. Then\n"
		  "   start Frob Manager, and on the Server tab, set MaxUsers to 0x40.\n",
		  { NULL },
		  { "check " AGENT "|MaxUsers", NULL } },
		{ "'locate Agent, and then set': the value is under the subkey",
		  START_REGEDT32
		  "2. In HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob, locate Agent, and then set\n"
		  "   FrobLevel to 0x2.\n",
		  { NULL },
		  { "check HKLM\\SOFTWARE\\Frob|FrobLevel", NULL } },
		{ "'In \"KEY\" key, set': the word after the quote is the mark's",
		  START_REGEDT32
		  "2. In \"HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Agent\" key, set FrobLevel to 0x2.\n"
		  "\n"
		  "3. Quit Registry Editor.\n",
		  { "check REG_DWORD " AGENT "|FrobLevel = 2", NULL },
		  { NULL } },
		{ "'Server Only Settings' over the rows is a heading, not a value",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe) and locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Agent\n"
		  "\n"
		  "2. Add the following string values:\n"
		  "\n"
		  "   Value       Data\n"
		  "   ---------------------\n"
		  "   Server Only Settings\n"
		  "   FrobHost    alpha\n"
		  "\n"
		  "3. Quit Registry Editor.\n",
		  { "check " AGENT "|FrobHost = alpha", NULL },
		  { "check " AGENT "|Server Only", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define LOSES_SETTINGS_HEAD \
	ARTICLE_HEAD("Q900778", "Frobnitz Agent Loses Settings") "SYMPTOMS\n========\n"
static void test_r21b_message_numbers_held(void **state)
{
	static const struct draft_case cases[] = {
		{ "two messages with no blank line between: each its own text",
		  "\n"
		  "You receive the following error messages:\n"
		  "\n"
		  "   The agent cannot find the settings file. (12)\n"
		  "   The agent cannot open the settings file. (15)\n"
		  "\n"
		  "The agent then runs with its defaults.\n",
		  { "error 12", "error 15", "message: 'The agent cannot open the settings file.'", NULL },
		  { "(12) The agent", NULL } },
		{ "'call Frob Support. (425)' over '555-0100.': the message goes on",
		  "\n"
		  "You may receive the following error message:\n"
		  "\n"
		  "   The agent could not reach the server. For help, call Frob Support. (425)\n"
		  "   555-0100.\n"
		  "\n"
		  "The agent then runs with its defaults.\n",
		  { NULL },
		  { "error 425", NULL } },
		{ "'Copyright Frob Corp. (1999)': a year",
		  "\n"
		  "The About dialog box shows the following message:\n"
		  "\n"
		  "   Frob Agent 3.0 for Windows NT. Copyright Frob Corp. (1999)\n"
		  "\n"
		  "The agent then runs with its defaults.\n",
		  { NULL },
		  { "error 1999", NULL } },
		{ "'followed by the build number:' over '... 4.0. (1381)'",
		  "\n"
		  "The following message appears, followed by the build number:\n"
		  "\n"
		  "   Frob Agent for Windows NT 4.0. (1381)\n"
		  "\n"
		  "The agent then runs with its defaults.\n",
		  { NULL },
		  { "error 1381", NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900778.txt", LOSES_SETTINGS_HEAD, cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_step_that_opens_with_its_key),
		cmocka_unit_test(test_a_table_of_default_settings),
		cmocka_unit_test(test_a_root_broken_before_its_underscore),
		cmocka_unit_test(test_a21_a_value_deleted_and_recreated),
		cmocka_unit_test(test_a21_a_fix_under_one_case),
		cmocka_unit_test(test_a21_a_path_ending_in_a_sibling_value),
		cmocka_unit_test(test_r21_a_step_that_opens_with_its_key_held),
		cmocka_unit_test(test_r21_a_table_row_cut_held),
		cmocka_unit_test(test_a_message_that_ends_with_its_number),
		cmocka_unit_test(test_lr21_readings_held),
		cmocka_unit_test(test_lr21_table_rows_held),
		cmocka_unit_test(test_r21b_steps_held),
		cmocka_unit_test(test_r21b_message_numbers_held),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
