/* test_kbimport_diagset.c: sets a step asks for that are no fix
 * (core/kbimport_diagset.c).
 * - A debugger or a global flag set for a program under Image File
 *   Execution Options is a debugging set-up: review, never a repair; a
 *   heap switch there, or a "Debugger" value under another key, stays.
 * - "Set X from 0 to 255" on a value the steps add, or words that say
 *   it is a range, is the span the reader picks from: review; "change
 *   the value from 0 to 1" on a value already there stays a change.
 * - A set under a test ("Test 1", "Troubleshooting Steps" headings in
 *   any section; "To find out whether ..." in CAUSE) is a diagnostic:
 *   review, the workaround's own value stays; a workaround that sends
 *   the reader back to those steps keeps it, and a lead-in in the
 *   resolution or a heading of other steps leaves the set as it was.
 * - A listing in the CAUSE section of what a key holds "by default",
 *   which the resolution names only by reference, is no set: review;
 *   the same listing in the resolution stays.
 * - The reviewer's forms (diagfix): a value name met only as a word of
 *   the fix ("Start Registry Editor"), a listing over several keys or
 *   under a note, a test read in its common forms ("To confirm that",
 *   "Test 1 - title", MORE INFORMATION), a range said in the next
 *   sentence or on a long line: review; a flag set to 0, a change whose
 *   "between"/"strange" or "create it if" words are not about its
 *   numbers, a datum given before "raises it from 512 to 2048", a fix
 *   after a test's paragraphs, a listing the fix asks to add: repair.
 * - The second-round reviewer's forms (r2afix): a debug switch turned
 *   down or off by a word, range words in the next sentence that describe
 *   the value, a listing of missing values, a fix that adopts the CAUSE
 *   test, a test ended by the fix's other lead-ins, a default the fix
 *   only looks at: repair; a range wrapped to the next line, a defaults
 *   lead-in with a negated aside, a log turned up for support: review.
 * Each case imports a small article written here, in our own words.
 * Cases with a CAUSE section start it at line 15, after SYMPTOMS. */
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

#define IFEO "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options"
#define FROBPRM "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters"
#define FROB "HKLM\\SOFTWARE\\Frobco\\Frob"

/* The head of an article whose body opens with its own sections (CAUSE,
 * then RESOLUTION or WORKAROUND): the SYMPTOMS section only. */
#define SYMPTOMS_ONLY \
	ARTICLE_HEAD("Q900778", "Frobnitz Folder Opens Slowly") \
	"SYMPTOMS\n" \
	"========\n" \
	"\n" \
	"A shared Frob folder takes minutes to open.\n" \
	"\n"

/* Each case's body after SYMPTOMS_ONLY. */
static void expect_cases_after_symptoms(const struct draft_case *cases, size_t n)
{
	draft_expect_cases_head("Q900778.txt", SYMPTOMS_ONLY, cases, n);
}

/* ---- 1. a debugging set-up under Image File Execution Options ---------- */

static void test_a_debugger_or_global_flag_for_a_program_is_no_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Debugger' for a program, in REGEDIT form, in a how-to",
		  "\n"
		  "To start the Frob agent under a debugger, do the following:\n"
		  "\n"
		  "1. Add the following to the registry:\n"
		  "\n"
		  "   REGEDIT4\n"
		  "\n"
		  "   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\frobagt.exe]\n"
		  "   \"Debugger\"=\"C:\\\\Tools\\\\probe -g\"\n"
		  "\n"
		  "2. Start the Frob agent.\n",
		  { "review 0: a set-up for debugging it", NULL },
		  { "repair " IFEO "\\frobagt.exe|Debugger", "set-value", NULL } },
		{ "'GlobalFlag' for a program, as a Value Name block",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\frobagt.exe\n"
		  "\n"
		  "3. Add the following value:\n"
		  "\n"
		  "   Value Name: GlobalFlag\n"
		  "   Data Type: REG_SZ\n"
		  "   String: 0x02000000\n",
		  { "review 0: a set-up for debugging it", NULL },
		  { "set-value", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_heap_switch_for_a_program_or_a_debugger_value_elsewhere_stays_a_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "a heap switch for a program under Image File Execution Options",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\frobagt.exe\n"
		  "\n"
		  "3. Add the following value:\n"
		  "\n"
		  "   Value Name: DisableHeapLookaside\n"
		  "   Data Type: REG_SZ\n"
		  "   String: 1\n",
		  { "repair " IFEO "\\frobagt.exe|DisableHeapLookaside", NULL },
		  { "a set-up for debugging it", NULL } },
		{ "a value named Debugger under the product's own key",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "3. Add the following value:\n"
		  "\n"
		  "   Value Name: Debugger\n"
		  "   Data Type: REG_SZ\n"
		  "   String: none\n",
		  { "repair " FROB "|Debugger", NULL },
		  { "a set-up for debugging it", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* ---- 2. a range read as a change --------------------------------------- */

static void test_from_a_to_b_on_a_value_added_or_said_to_be_a_range_is_no_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Set the value of X from 0 to 255' after the step adds X",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. Add a REG_DWORD value named WaitDelay.\n"
		  "\n"
		  "4. Set the value of WaitDelay from 0 to 255. This is the wait in seconds.\n",
		  { "review 0: gives the range the reader picks from", "review 0: 'from 0 to 255' (line 26)",
		    NULL },
		  { "repair " FROBPRM "|WaitDelay", "set-value", "a value set under it is no repair", NULL } },
		{ "'from 1 to 99' on a value already there, the words saying any between will do",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. Select the WaitDelay value.\n"
		  "\n"
		  "4. On the Edit menu, click DWORD and change the value from 1 to 99; any\n"
		  "   number between these works.\n",
		  { "review 0: gives the range the reader picks from", NULL },
		  { "repair " FROBPRM "|WaitDelay", "set-value", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_from_a_to_b_on_a_value_already_there_stays_a_change(void **state)
{
	static const struct draft_case cases[] = {
		{ "'change the value from 0 to 1' on a value selected",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. Select the WaitDelay value.\n"
		  "\n"
		  "4. On the Edit menu, click DWORD and change the value from 0 to 1.\n",
		  { "repair " FROBPRM "|WaitDelay", NULL },
		  { "range the reader picks from", NULL } },
		{ "'change it from the default of 16 to 32' after the step adds it",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. Add the following value:\n"
		  "\n"
		  "   Value Name: PoolSize\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 32\n"
		  "\n"
		  "   This raises the pool from the default of 16 to 32.\n",
		  { "repair " FROBPRM "|PoolSize", NULL },
		  { "range the reader picks from", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* ---- 3. a test in the CAUSE section ------------------------------------ */

/* A CAUSE section whose steps set Glimmer under lead (a test's lead-in
 * and heading), then a WORKAROUND section (fix) that sets Sparkle or
 * sends the reader back. */
#define CAUSE_TEST(lead, fix) \
	"CAUSE\n" \
	"=====\n" \
	"\n" \
	"The agent keeps too many cached views on one folder.\n" \
	"\n" \
	lead \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe) and go to the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n" \
	"2. Add the following value:\n" \
	"\n" \
	"   Value Name: Glimmer\n" \
	"   Data Type: REG_DWORD\n" \
	"   Value: 1\n" \
	"\n" \
	"3. Restart the agent. It sets Glimmer back to 0 by itself.\n" \
	"\n" \
	"WORKAROUND\n" \
	"==========\n" \
	"\n" \
	fix

#define SPARKLE_FIX \
	"1. Go to the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n" \
	"2. Add the following value:\n" \
	"\n" \
	"   Value Name: Sparkle\n" \
	"   Data Type: REG_DWORD\n" \
	"   Value: 1\n"

static void test_a_set_under_a_test_in_the_cause_is_no_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "'To find out whether ...' over 'Test 1' in CAUSE, the fix another value",
		  CAUSE_TEST("To find out whether this is your problem, do either test below.\n"
			     "\n"
			     "Test 1\n"
			     "------\n",
			     SPARKLE_FIX),
		  { "repair " FROBPRM "|Sparkle", "review 0: set in a test or troubleshooting steps", NULL },
		  { "repair " FROBPRM "|Glimmer", NULL } },
		{ "'To determine whether ...' alone in CAUSE",
		  CAUSE_TEST("To determine whether the views are the problem, follow these steps:\n",
			     SPARKLE_FIX),
		  { "repair " FROBPRM "|Sparkle", "review 0: set in a test or troubleshooting steps", NULL },
		  { "repair " FROBPRM "|Glimmer", NULL } },
		{ "a 'Troubleshooting Steps' heading in CAUSE",
		  CAUSE_TEST("Troubleshooting Steps\n"
			     "---------------------\n",
			     SPARKLE_FIX),
		  { "repair " FROBPRM "|Sparkle", "review 0: set in a test or troubleshooting steps", NULL },
		  { "repair " FROBPRM "|Glimmer", NULL } },
		{ "a 'Troubleshooting Steps' heading in RESOLUTION, no fix's lead-in above",
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Troubleshooting Steps\n"
		  "---------------------\n"
		  "\n"
		  SPARKLE_FIX,
		  { "review 0: set in a test or troubleshooting steps", NULL },
		  { "repair " FROBPRM "|Sparkle", NULL } },
	};

	(void)state;
	expect_cases_after_symptoms(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_test_the_workaround_sends_the_reader_back_to_stays_a_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "'as a test' in CAUSE, the workaround 'use the above steps'",
		  CAUSE_TEST("To turn the cache off as a test, follow these steps:\n",
			     "To work around the problem, use the above steps to turn the cache off.\n"),
		  { "repair " FROBPRM "|Glimmer", NULL },
		  { "set in a test or troubleshooting steps", NULL } },
		{ "a set in the resolution under 'To determine whether' stays what it was",
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "To determine whether the fix is in place, and to apply it, follow these steps:\n"
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe) and go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "   Value Name: Glimmer\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 1\n",
		  { "repair " FROBPRM "|Glimmer", NULL },
		  { "set in a test or troubleshooting steps", NULL } },
		{ "a heading of steps that are no test ('Steps to Fix') in RESOLUTION",
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Steps to Fix\n"
		  "------------\n"
		  "\n"
		  SPARKLE_FIX,
		  { "repair " FROBPRM "|Sparkle", NULL },
		  { "set in a test or troubleshooting steps", NULL } },
	};

	(void)state;
	expect_cases_after_symptoms(cases, sizeof cases / sizeof cases[0]);
}

/* ---- 4. a listing of defaults in the CAUSE section --------------------- */

#define DEFAULTS_LISTING(lead) \
	lead \
	"\n" \
	"   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob]\n" \
	"   \"HomeDir\"=\"[path name]\"\n" \
	"   \"Spindle\"=dword:00000040\n" \
	"   \"Mode\"=\"fast\"\n" \
	"\n"

static void test_a_listing_of_defaults_in_the_cause_is_no_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "'By default, the account should have full access to the following keys:'",
		  "CAUSE\n"
		  "=====\n"
		  "\n"
		  DEFAULTS_LISTING("A value is missing from the Frob key. By default, the agent account\n"
				   "should have full access to the following keys:\n")
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Make sure that the agent account has full access to all the keys listed in\n"
		  "the Cause section. If a value is missing, create it again.\n",
		  { "review 0: listed in the cause as what the key holds by default", NULL },
		  { "repair " FROB "|Spindle", "repair " FROB "|Mode", "set-value", NULL } },
		{ "'the key should contain the following:' in CAUSE",
		  "CAUSE\n"
		  "=====\n"
		  "\n"
		  DEFAULTS_LISTING("The agent fails when its key has lost a value. After setup, the\n"
				   "key should contain the following:\n")
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Create again any value from the list above that is missing.\n",
		  { "review 0: listed in the cause as what the key holds by default", NULL },
		  { "repair " FROB "|Spindle", "repair " FROB "|Mode", "set-value", NULL } },
	};

	(void)state;
	expect_cases_after_symptoms(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_listing_the_resolution_asks_for_stays_a_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "the same listing in the resolution, asked for",
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "1. Add the following to the registry:\n"
		  "\n"
		  "   REGEDIT4\n"
		  "\n"
		  DEFAULTS_LISTING("")
		  "2. Restart the agent.\n",
		  { "repair " FROB "|Spindle", "repair " FROB "|Mode", NULL },
		  { "listed in the cause", NULL } },
		{ "a cause listing 'by default' whose value the resolution names and sets",
		  "CAUSE\n"
		  "=====\n"
		  "\n"
		  DEFAULTS_LISTING("By default, the Frob key should have the following values:\n")
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Set Spindle to 64 again as it is listed in the Cause section.\n",
		  { NULL },
		  { "Frob\\Spindle: listed in the cause", NULL } },
	};

	(void)state;
	expect_cases_after_symptoms(cases, sizeof cases / sizeof cases[0]);
}

/* ---- 5. the reviewer's forms (issue 14, diagfix) ----------------------- */

/* A CAUSE listing of defaults with values named Start and Type, and a
 * resolution of lead (words that may or may not name them). */
#define START_TYPE_LISTING(lead, fix) \
	"CAUSE\n" \
	"=====\n" \
	"\n" \
	lead \
	"\n" \
	"   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob]\n" \
	"   \"Start\"=dword:00000002\n" \
	"   \"Type\"=dword:00000010\n" \
	"\n" \
	"RESOLUTION\n" \
	"==========\n" \
	"\n" \
	fix

static void test_a_defaults_listing_is_read_whole_and_named_values_only_as_values(void **state)
{
	static const struct draft_case cases[] = {
		{ "value names met only as words of the fix ('Start Registry Editor', 'type')",
		  START_TYPE_LISTING("By default, the Frob key should have the following values:\n",
				     "Start Registry Editor and check that each value above is of the right\n"
				     "type. If one is missing, create it again.\n"),
		  { "review 0: listed in the cause as what the key holds by default", NULL },
		  { "repair " FROB "|Start", "repair " FROB "|Type", NULL } },
		{ "a listing over two keys, the lead-in above a note",
		  "CAUSE\n"
		  "=====\n"
		  "\n"
		  "The agent fails when a value is lost. By default, the keys hold the\n"
		  "values listed below.\n"
		  "\n"
		  "NOTE: The path differs from one computer to the next, and the count\n"
		  "depends on what setup found when it ran. These are a first install's.\n"
		  "\n"
		  "   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob]\n"
		  "   \"HomeDir\"=\"C:\\\\Frob\"\n"
		  "\n"
		  "   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Store]\n"
		  "   \"Pages\"=dword:00000100\n"
		  "   \"Layout\"=\"compact\"\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Make sure that each value listed earlier is there. If one is missing,\n"
		  "create it again.\n",
		  { "review 0: listed in the cause as what the key holds by default", NULL },
		  { "repair " FROB "|HomeDir", "repair " FROB "\\Store|Pages", "repair " FROB "\\Store|Layout",
		    NULL } },
	};

	(void)state;
	expect_cases_after_symptoms(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_listing_the_fix_names_or_asks_to_add_stays_a_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "the fix names the value as a value ('the Start value')",
		  START_TYPE_LISTING("By default, the Frob key should have the following values:\n",
				     "Set the Start value back to 2.\n"),
		  { "repair " FROB "|Start", NULL },
		  { "Frob\\Start: listed in the cause", NULL } },
		{ "'By default ... does not' then 'To make it ..., its key needs the following value:'",
		  "CAUSE\n"
		  "=====\n"
		  "\n"
		  "By default, the agent does not try again. To make it try again, its key\n"
		  "needs the following value:\n"
		  "\n"
		  "   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob]\n"
		  "   \"Retries\"=dword:00000005\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Add the value given in the Cause section, and then restart the agent.\n",
		  { "repair " FROB "|Retries", NULL },
		  { "listed in the cause", NULL } },
		{ "'setup should have made the following value, but it does not'",
		  "CAUSE\n"
		  "=====\n"
		  "\n"
		  "Setup should have made the following value, but it does not:\n"
		  "\n"
		  "   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob]\n"
		  "   \"AddOns\"=\"C:\\\\Frob\\\\AddOns\"\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "To fix this, create the value shown above.\n",
		  { "repair " FROB "|AddOns", NULL },
		  { "listed in the cause", NULL } },
	};

	(void)state;
	expect_cases_after_symptoms(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_test_is_read_in_its_common_forms(void **state)
{
	static const struct draft_case cases[] = {
		{ "the fix mentions the Cause section's views, not its steps",
		  CAUSE_TEST("To find out whether this is your problem, do this test:\n",
			     "For the views described in the Cause section, limit how many are kept:\n"
			     "\n" SPARKLE_FIX),
		  { "repair " FROBPRM "|Sparkle", "review 0: set in a test or troubleshooting steps", NULL },
		  { "repair " FROBPRM "|Glimmer", NULL } },
		{ "the fix ends 'If the steps above do not help'",
		  CAUSE_TEST("To find out whether this is your problem, do this test:\n",
			     SPARKLE_FIX
			     "\n"
			     "If the steps above do not help, call Frobco.\n"),
		  { "repair " FROBPRM "|Sparkle", "review 0: set in a test or troubleshooting steps", NULL },
		  { "repair " FROBPRM "|Glimmer", NULL } },
		{ "'To confirm that this is the cause ...' in CAUSE",
		  CAUSE_TEST("To confirm that this is the cause, turn the cache off once:\n",
			     SPARKLE_FIX),
		  { "repair " FROBPRM "|Sparkle", "review 0: set in a test or troubleshooting steps", NULL },
		  { "repair " FROBPRM "|Glimmer", NULL } },
		{ "a heading 'Test 1 - title' in CAUSE",
		  CAUSE_TEST("Either test below shows whether you have this problem.\n"
			     "\n"
			     "Test 1 - Turn the cache off\n"
			     "---------------------------\n",
			     SPARKLE_FIX),
		  { "repair " FROBPRM "|Sparkle", "review 0: set in a test or troubleshooting steps", NULL },
		  { "repair " FROBPRM "|Glimmer", NULL } },
		{ "'To find out whether ...' in MORE INFORMATION",
		  "WORKAROUND\n"
		  "==========\n"
		  "\n"
		  SPARKLE_FIX
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "To find out whether the views are your problem, turn the cache off:\n"
		  "\n"
		  "1. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "   Value Name: Glimmer\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 1\n",
		  { "repair " FROBPRM "|Sparkle", "review 0: set in a test or troubleshooting steps", NULL },
		  { "repair " FROBPRM "|Glimmer", NULL } },
	};

	(void)state;
	expect_cases_after_symptoms(cases, sizeof cases / sizeof cases[0]);
}

/* A RESOLUTION that opens with lead (tests, a fix's lead-in, a heading),
 * then adds Sparkle. */
#define RESOLUTION_AFTER(lead) \
	"RESOLUTION\n" \
	"==========\n" \
	"\n" \
	lead \
	"\n" \
	SPARKLE_FIX

static void test_the_fix_after_a_test_or_under_troubleshooting_steps_stays_a_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Test 2: sentence' paragraphs, then 'follow these steps to fix it'",
		  RESOLUTION_AFTER("Test 1: Open the folder from another computer.\n"
				   "\n"
				   "Test 2: Open the folder with the console.\n"
				   "\n"
				   "If either test shows the problem, follow these steps to fix it:\n"),
		  { "repair " FROBPRM "|Sparkle", NULL },
		  { "set in a test or troubleshooting steps", NULL } },
		{ "'To resolve this problem ...' over a 'Troubleshooting Steps' heading",
		  RESOLUTION_AFTER("To resolve this problem, work through these steps in order.\n"
				   "\n"
				   "Troubleshooting Steps\n"
				   "---------------------\n"),
		  { "repair " FROBPRM "|Sparkle", NULL },
		  { "set in a test or troubleshooting steps", NULL } },
		{ "'to determine whether' in a MORE INFORMATION sentence that introduces no steps",
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "Make a network trace to determine whether the problem is on the LAN. If\n"
		  "so, correct it.\n"
		  "\n"
		  SPARKLE_FIX,
		  { "repair " FROBPRM "|Sparkle", NULL },
		  { "set in a test or troubleshooting steps", NULL } },
		{ "a 'To find out whether' test, then 'To fix the problem' in MORE INFORMATION",
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "To find out whether the views are your problem, open the folder twice.\n"
		  "\n"
		  "To fix the problem, follow these steps:\n"
		  "\n"
		  SPARKLE_FIX,
		  { "repair " FROBPRM "|Sparkle", NULL },
		  { "set in a test or troubleshooting steps", NULL } },
	};

	(void)state;
	expect_cases_after_symptoms(cases, sizeof cases / sizeof cases[0]);
}

#define GO_TO(key) \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	"\n" \
	"2. Go to the following key:\n" \
	"\n" \
	"   " key "\n" \
	"\n"

#define SM_KEY "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager"
#define SM "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager"
#define IFEO_FROB "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\frobagt.exe"

static void test_a_debugging_switch_turned_off_or_elsewhere_stays_a_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "GlobalFlag for a program cleared to 0",
		  GO_TO(IFEO_FROB)
		  "3. Double-click the GlobalFlag value and change its data to 0x00000000.\n",
		  { "repair " IFEO "\\frobagt.exe|GlobalFlag", NULL },
		  { "a set-up for debugging", NULL } },
		{ "the system-wide GlobalFlag under Session Manager cleared to 0",
		  GO_TO(SM_KEY)
		  "3. Double-click the GlobalFlag value and change its data to 0x00000000.\n",
		  { "repair " SM "|GlobalFlag", NULL },
		  { "debugging set-up", NULL } },
		{ "a GlobalFlag of the same name under a product's own key stays a repair",
		  GO_TO("HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Session Manager")
		  "3. Add the following value:\n"
		  "\n"
		  "   Value Name: GlobalFlag\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 0x400\n",
		  { "repair HKLM\\SOFTWARE\\Frobnitz\\Session Manager|GlobalFlag", NULL },
		  { "debugging set-up", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A value named for a component's debug output ("DBFlag", "...DebugLevel",
 * "Debug") turned on is a troubleshooting set-up (guide C20); a value
 * that sizes such a log, or the switch turned off, stays a repair. */
static void test_a_debug_output_switch_turned_on_is_no_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "'DBFlag' set to 0x4 to log the service's traffic",
		  GO_TO("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters")
		  "3. Add the following value:\n"
		  "\n"
		  "   Value Name: DBFlag\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 0x4\n",
		  { "review 0: turns debug output on", NULL },
		  { "repair ", NULL } },
		{ "'FrobDebugLevel' set to 0x10002",
		  GO_TO("HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent")
		  "3. Add the following value:\n"
		  "\n"
		  "   Value Name: FrobDebugLevel\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 0x10002\n",
		  { "review 0: turns debug output on", NULL },
		  { "repair ", NULL } },
		{ "a value that sizes the debug log stays a repair",
		  GO_TO("HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent")
		  "3. Add the following value:\n"
		  "\n"
		  "   Value Name: Log Size for Debugging\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 0x400\n",
		  { "repair HKLM\\SOFTWARE\\Frobnitz\\Agent|Log Size for Debugging", NULL },
		  { "turns debug output on", NULL } },
		{ "'DBFlag' turned off (0) stays a repair",
		  GO_TO("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters")
		  "3. Double-click the DBFlag value and change its data to 0x00000000.\n",
		  { "repair HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters|DBFlag", NULL },
		  { "turns debug output on", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The system-wide GlobalFlag turned on (a leak tool's heap tagging) is
 * the same debugging set-up for every program (labelling guide C20). */
static void test_the_system_wide_global_flag_turned_on_is_no_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "the system-wide GlobalFlag under Session Manager set to 0x400",
		  GO_TO(SM_KEY)
		  "3. Add the following value:\n"
		  "\n"
		  "   Value Name: GlobalFlag\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 0x400\n",
		  { "review 0: the system-wide GlobalFlag turned on", NULL },
		  { "repair " SM "|GlobalFlag", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_range_is_read_in_the_numbers_sentence_and_the_next(void **state)
{
	static const struct draft_case cases[] = {
		{ "'set it from 30 to 3600. ... pick the number that suits your site'",
		  GO_TO("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters")
		  "3. Double-click IdleWait, click Decimal, and set it from 30 to 3600. It\n"
		  "   counts seconds; pick the number that suits your site.\n",
		  { "review 0: gives the range the reader picks from", "review 0: 'from 30 to 3600' (line 24)",
		    "review 0: a value set under the key " FROBPRM " is no repair (see the note on that value", NULL },
		  { "repair " FROBPRM "|IdleWait", "a value set under it is no repair", NULL } },
		{ "the range on a step written as one long line",
		  GO_TO("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters")
		  "3. Add a REG_DWORD value named WaitDelay. The agent reads this value each time it starts, and"
		  " it reads it again whenever the administrator restarts the service from the console, so there is"
		  " no need to restart the computer itself after you make the change that this step describes in"
		  " full. When the value is not present, the agent falls back on its own built-in wait, which suits"
		  " most small sites well enough but can be too short on a busy network with many clients or a"
		  " slow link between the sites. Set the value of WaitDelay from 0 to 255. This is the wait.\n",
		  { "review 0: gives the range the reader picks from", NULL },
		  { "repair " FROBPRM "|WaitDelay", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_change_stays_when_range_or_add_words_are_not_about_its_numbers(void **state)
{
	static const struct draft_case cases[] = {
		{ "'between' and 'strange' in the sentence after the change",
		  GO_TO("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters")
		  "3. Click the KeepAlive value.\n"
		  "\n"
		  "4. On the Edit menu, click DWORD, and change the value from 0 to 1. This\n"
		  "   stops the strange drops between the server and its clients.\n",
		  { "repair " FROBPRM "|KeepAlive", NULL },
		  { "range the reader picks from", NULL } },
		{ "'(create it if it is not there)', then a change from 0 to 1",
		  GO_TO("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters")
		  "3. Select the AuditLogons value (create it if it is not there).\n"
		  "\n"
		  "4. On the Edit menu, click DWORD, and change the value from 0 to 1.\n",
		  { "repair " FROBPRM "|AuditLogons", NULL },
		  { "range the reader picks from", NULL } },
		{ "a value added with its datum, the next step changing another 'from 0 to 1'",
		  GO_TO("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters")
		  "3. Add a REG_DWORD value named WindowScale with a value of 1.\n"
		  "\n"
		  "4. Double-click the existing BigWindows value and change it from 0 to 1.\n",
		  { "repair " FROBPRM "|WindowScale", NULL },
		  { "range the reader picks from", NULL } },
		{ "an added value's datum given, then 'This raises ... from 512 to 2048'",
		  GO_TO("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters")
		  "3. Add the following value:\n"
		  "\n"
		  "   Value Name: CacheSlots\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 2048\n"
		  "\n"
		  "   This raises the number of slots from 512 to 2048.\n",
		  { "repair " FROBPRM "|CacheSlots", NULL },
		  { "range the reader picks from", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* ---- r2afix: repairs the second-round review found dropped ------------- */

/* A debug-output switch turned down ("lower the trace level") or off by a
 * word ("no", "false") is the fix of too much logging: it stays. */
static void test_a_debug_output_switch_turned_down_or_off_by_a_word_stays_a_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Lower the trace level.' in the step setting FrobDebugLevel to 1",
		  GO_TO("HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent")
		  "3. Lower the trace level. Change the following value:\n"
		  "\n"
		  "   Value Name: FrobDebugLevel\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 1\n",
		  { "repair HKLM\\SOFTWARE\\Frobnitz\\Agent|FrobDebugLevel", NULL },
		  { "turns debug output on", NULL } },
		{ "a 'Debug' value set to the word 'no'",
		  GO_TO("HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Console")
		  "3. Change the following value:\n"
		  "\n"
		  "   Value Name: Debug\n"
		  "   Data Type: REG_SZ\n"
		  "   Value: no\n",
		  { "repair HKLM\\SOFTWARE\\Frobnitz\\Console|Debug", NULL },
		  { "turns debug output on", NULL } },
		{ "must not: 'Raise the trace level.' in the step setting FrobDebugLevel to 5",
		  GO_TO("HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent")
		  "3. Raise the trace level. Change the following value:\n"
		  "\n"
		  "   Value Name: FrobDebugLevel\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 5\n",
		  { "review 0: turns debug output on", NULL },
		  { "repair HKLM\\SOFTWARE\\Frobnitz\\Agent|FrobDebugLevel", NULL } },
		{ "must not: a 'Debug' value set to the word 'yes'",
		  GO_TO("HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Console")
		  "3. Change the following value:\n"
		  "\n"
		  "   Value Name: Debug\n"
		  "   Data Type: REG_SZ\n"
		  "   Value: yes\n",
		  { "review 0: turns debug output on", NULL },
		  { "repair HKLM\\SOFTWARE\\Frobnitz\\Console|Debug", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "Valid values", "range" and "between 5 and 10" in the sentence after a
 * change describe the value or something else, and "so that the agent
 * creates" is what the program does: the change stays.  In the numbers'
 * own sentence a range word still makes it review. */
static void test_a_change_stays_when_the_next_sentence_describes_the_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "'from 0 to 1. Valid values are 0 (off) and 1 (on).'",
		  GO_TO("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters")
		  "3. Select the SendPing value.\n"
		  "\n"
		  "4. On the Edit menu, click DWORD and change the value from 0 to 1. Valid values\n"
		  "   are 0 (off) and 1 (on).\n",
		  { "repair " FROBPRM "|SendPing", NULL },
		  { "range the reader picks from", NULL } },
		{ "'from 0 to 1. The agent then waits between 5 and 10 seconds'",
		  GO_TO("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters")
		  "3. Select the RetryLater value.\n"
		  "\n"
		  "4. On the Edit menu, click DWORD, and change the value from 0 to 1. The\n"
		  "   agent then waits between 5 and 10 seconds before it tries again.\n",
		  { "repair " FROBPRM "|RetryLater", NULL },
		  { "range the reader picks from", NULL } },
		{ "'from 0 to 1, so that the agent creates a new log'",
		  GO_TO("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters")
		  "3. Select the NewLogDaily value.\n"
		  "\n"
		  "4. On the Edit menu, click DWORD and change the value from 0 to 1, so that the agent creates\n"
		  "   a new log file each day.\n",
		  { "repair " FROBPRM "|NewLogDaily", NULL },
		  { "range the reader picks from", NULL } },
		{ "must not: 'from 0 to 255, the valid range' in the numbers' own sentence",
		  GO_TO("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters")
		  "3. Select the WaitTicks value.\n"
		  "\n"
		  "4. On the Edit menu, click DWORD, and set the value from 0 to 255, the valid\n"
		  "   range. The agent reads it at start.\n",
		  { "review 0: gives the range the reader picks from", NULL },
		  { "repair " FROBPRM "|WaitTicks", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A listing of values that are missing is no listing of defaults: a name
 * "Default..." above a value, or "should have ..., which the upgrade
 * leaves out", says nothing of defaults.  The word "default" in prose
 * between the key and the value still does. */
static void test_a_listing_of_missing_values_is_no_defaults_listing(void **state)
{
	static const struct draft_case cases[] = {
		{ "a value named 'DefaultOwner' above the others of a missing listing",
		  "CAUSE\n"
		  "=====\n"
		  "\n"
		  "The upgrade does not copy the following values to the new key:\n"
		  "\n"
		  "   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob]\n"
		  "   \"DefaultOwner\"=\"frobadmin\"\n"
		  "   \"Spindle\"=dword:00000040\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Add the missing values listed in the Cause section with the data shown.\n",
		  { "repair " FROB "|DefaultOwner", "repair " FROB "|Spindle", NULL },
		  { "holds by default", NULL } },
		{ "'should have the following value, which the upgrade leaves out'",
		  "CAUSE\n"
		  "=====\n"
		  "\n"
		  "The agent's key should have the following value, which the upgrade\n"
		  "leaves out:\n"
		  "\n"
		  "   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob]\n"
		  "   \"Spindle\"=dword:00000040\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Add the value shown in the Cause section.\n",
		  { "repair " FROB "|Spindle", NULL },
		  { "holds by default", NULL } },
		{ "must not: a line of prose 'These are the default values:' under the key",
		  "CAUSE\n"
		  "=====\n"
		  "\n"
		  "The Frob key holds the following values:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "   These are the default values:\n"
		  "\n"
		  "   Value Name: Spindle\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 0x40\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Make sure that every value listed in the Cause section is there. If a\n"
		  "value is missing, create it again.\n",
		  { "review 0: among the defaults", NULL },
		  { "repair " FROB "|Spindle", NULL } },
	};

	(void)state;
	expect_cases_after_symptoms(cases, sizeof cases / sizeof cases[0]);
}

/* A fix that adopts the CAUSE test ("make the registry change described
 * in the Cause section", "leave Glimmer in place") keeps its set. */
static void test_a_fix_that_adopts_the_cause_test_keeps_its_set(void **state)
{
	static const struct draft_case cases[] = {
		{ "'make the registry change described in the Cause section'",
		  CAUSE_TEST("To find out whether this is your problem, turn the cache off:\n",
			     "To work around this problem, make the registry change described in the\n"
			     "Cause section, and leave the cache turned off.\n"),
		  { "repair " FROBPRM "|Glimmer", NULL },
		  { "set in a test or troubleshooting steps", NULL } },
		{ "'If the above steps help, leave Glimmer in place'",
		  CAUSE_TEST("To find out whether this is your problem, turn the cache off:\n",
			     "If the above steps make the folder open quickly, leave Glimmer in place:\n"
			     "that is the fix until you upgrade the agent.\n"),
		  { "repair " FROBPRM "|Glimmer", NULL },
		  { "set in a test or troubleshooting steps", NULL } },
		{ "must not: 'do not leave Glimmer in place'",
		  CAUSE_TEST("To find out whether this is your problem, turn the cache off:\n",
			     "After the test, do not leave Glimmer in place. " "Instead, limit the views:\n"
			     "\n" SPARKLE_FIX),
		  { "repair " FROBPRM "|Sparkle", "review 0: set in a test or troubleshooting steps", NULL },
		  { "repair " FROBPRM "|Glimmer", NULL } },
	};

	(void)state;
	expect_cases_after_symptoms(cases, sizeof cases / sizeof cases[0]);
}

/* A test ends at the fix's own lead-in in its other forms ("If the test
 * shows ...", "To turn on X, follow these steps", "and to correct it",
 * "To solve this problem"), and a sentence of the CAUSE that says what
 * the program does ("reads the value to determine whether") is no test. */
static void test_a_test_ends_at_the_fix_lead_in_in_its_other_forms(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Test 1' heading, then 'If the test shows the delay, change the registry'",
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Test 1\n"
		  "------\n"
		  "\n"
		  "Open the folder and time how long it takes.\n"
		  "\n"
		  "If the test shows the delay, change the registry as follows:\n"
		  "\n" SPARKLE_FIX,
		  { "repair " FROBPRM "|Sparkle", NULL },
		  { "set in a test or troubleshooting steps", NULL } },
		{ "a test in MORE INFORMATION, then 'To turn on the fast scan, follow these steps'",
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "To determine whether this problem affects your server, run this command:\n"
		  "\n"
		  "   frobdiag /scan\n"
		  "\n"
		  "If it says slow, turn on the fast scan. To turn on the fast scan, follow\n"
		  "these steps:\n"
		  "\n" SPARKLE_FIX,
		  { "repair " FROBPRM "|Sparkle", NULL },
		  { "set in a test or troubleshooting steps", NULL } },
		{ "'To determine whether ... and to correct it if it does, follow these steps'",
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "To determine whether your server has this problem and to correct it if it\n"
		  "does, follow these steps:\n"
		  "\n" SPARKLE_FIX,
		  { "repair " FROBPRM "|Sparkle", NULL },
		  { "set in a test or troubleshooting steps", NULL } },
		{ "'To solve this problem' over a 'Troubleshooting Steps' heading",
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "To solve this problem, work through the steps below in order.\n"
		  "\n"
		  "Troubleshooting Steps\n"
		  "---------------------\n"
		  "\n" SPARKLE_FIX,
		  { "repair " FROBPRM "|Sparkle", NULL },
		  { "set in a test or troubleshooting steps", NULL } },
		{ "CAUSE: 'The agent reads the value below to determine whether ...'",
		  "CAUSE\n"
		  "=====\n"
		  "\n"
		  "The agent reads the value below to determine whether a folder is offered\n"
		  "to clients. The upgrade leaves it out.\n"
		  "\n"
		  "   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob]\n"
		  "   \"Spindle\"=dword:00000002\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Add the value shown in the Cause section.\n",
		  { "repair " FROB "|Spindle", NULL },
		  { "set in a test or troubleshooting steps", NULL } },
		{ "must not: 'To determine whether this problem affects you, follow these steps'",
		  "WORKAROUND\n"
		  "==========\n"
		  "\n"
		  "Upgrade the agent.\n"
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "To determine whether this problem affects your server, follow these steps:\n"
		  "\n" SPARKLE_FIX,
		  { "review 0: set in a test or troubleshooting steps", NULL },
		  { "repair " FROBPRM "|Sparkle", NULL } },
	};

	(void)state;
	expect_cases_after_symptoms(cases, sizeof cases / sizeof cases[0]);
}

/* Sets the diagset pass drops are no alternatives: the "-OR-" note must
 * not name checks the draft no longer holds.  Two kept sets still get it. */
static void test_the_alternatives_note_names_no_dropped_set(void **state)
{
	static const struct draft_case cases[] = {
		{ "two debug levels turned on, '-OR-' between them",
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "To find the failing request, set the following registry value:\n"
		  "\n"
		  "On the server:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   ServerDebugLevel: REG_DWORD: 3\n"
		  "\n"
		  "-OR-\n"
		  "\n"
		  "On the client:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "   ClientDebugLevel: REG_DWORD: 3\n",
		  { "review 0: turns debug output on", NULL },
		  { "are alternatives", "repair HKLM\\SOFTWARE\\Frobnitz", NULL } },
		{ "must not: two cache sizes, '-OR-' between them",
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "To stop the stalls, set the following registry value:\n"
		  "\n"
		  "On the server:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   CacheSlots: REG_DWORD: 3\n"
		  "\n"
		  "-OR-\n"
		  "\n"
		  "On the client:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "   CacheSlots: REG_DWORD: 3\n",
		  { "are alternatives", NULL },
		  { "turns debug output on", NULL } },
	};

	(void)state;
	expect_cases_after_symptoms(cases, sizeof cases / sizeof cases[0]);
}

/* A defaults lead-in with an aside about the values (", which most sites
 * never need to change") is still one; the negation of its own clause
 * ("By default, the key does not hold ...") still is not. */
static void test_a_defaults_lead_in_with_a_negated_aside_is_still_one(void **state)
{
	static const struct draft_case cases[] = {
		{ "'By default, the key holds the following values, which most sites never need to change:'",
		  "CAUSE\n"
		  "=====\n"
		  "\n"
		  DEFAULTS_LISTING("The agent starts too early. By default, the key holds the following\n"
				   "values, which most sites never need to change:\n")
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Make sure that the agent account has full access to the key listed in\n"
		  "the Cause section. If a value is missing, create it again.\n",
		  { "review 0: listed in the cause as what the key holds by default", NULL },
		  { "repair " FROB "|Spindle", "repair " FROB "|Mode", NULL } },
		{ "must not: 'By default, the key does not hold the following values:'",
		  "CAUSE\n"
		  "=====\n"
		  "\n"
		  DEFAULTS_LISTING("The agent starts too early. By default, the key does not hold the\n"
				   "following values:\n")
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Make sure that the agent account has full access to the key listed in\n"
		  "the Cause section. If a value is missing, create it again.\n",
		  { "repair " FROB "|Spindle", NULL },
		  { "holds by default", NULL } },
	};

	(void)state;
	expect_cases_after_symptoms(cases, sizeof cases / sizeof cases[0]);
}

/* "from A to B" wrapped so that "from" opens the next line of the step
 * is read as the range it is; a from-to on the next step's own line that
 * names another value is not this value's. */
static void test_a_range_wrapped_to_the_next_line_is_read(void **state)
{
	static const struct draft_case cases[] = {
		{ "'change the value / from 1 to 99; any number between these works'",
		  GO_TO("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters")
		  "3. Select the WaitDelay value.\n"
		  "\n"
		  "4. On the Edit menu, click DWORD, click Decimal, and then change the value\n"
		  "   from 1 to 99; any number between these works.\n",
		  { "review 0: gives the range the reader picks from", NULL },
		  { "repair " FROBPRM "|WaitDelay", NULL } },
		{ "must not: the next step's own 'from 0 to 1' on another value",
		  GO_TO("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters")
		  "3. Add a REG_DWORD value named WindowScale with a value of 1.\n"
		  "\n"
		  "4. Double-click the existing BigWindows value and change it\n"
		  "   from 0 to 1; any number between these works.\n",
		  { "repair " FROBPRM "|WindowScale", NULL },
		  { "range the reader picks from", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A fix that only looks at a listed default ("Make sure that ImagePath
 * points to ...") or says a plain name as a noun ("the path to the
 * folder") asks for no datum: the default stays review.  "set Path to"
 * still asks. */
#define PATH_DEFAULTS \
	"CAUSE\n" \
	"=====\n" \
	"\n" \
	"The agent key is damaged. By default, the key holds the following values:\n" \
	"\n" \
	"   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob]\n" \
	"   \"ImagePath\"=\"C:\\\\Frob\\\\Frobagt.exe\"\n" \
	"   \"Path\"=\"C:\\\\Program Files\\\\Frob\"\n" \
	"\n" \
	"RESOLUTION\n" \
	"==========\n" \
	"\n"
static void test_a_default_the_fix_only_looks_at_stays_review(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Make sure that ImagePath points to the folder where you installed Frob'",
		  PATH_DEFAULTS
		  "Make sure that ImagePath points to the folder where you installed Frob.\n"
		  "If a value is missing, create it again.\n",
		  { "review 0: listed in the cause as what the key holds by default", NULL },
		  { "repair " FROB "|ImagePath", "repair " FROB "|Path", NULL } },
		{ "'create it again with the path to the folder where you installed Frob'",
		  PATH_DEFAULTS
		  "If a value is missing, create it again with the path to the folder where\n"
		  "you installed Frob.\n",
		  { "review 0: listed in the cause as what the key holds by default", NULL },
		  { "repair " FROB "|Path", "repair " FROB "|ImagePath", NULL } },
		{ "must not: 'set Path to the folder shown above'",
		  PATH_DEFAULTS
		  "If a value is missing, create it again, and set Path to the folder shown above.\n",
		  { "repair " FROB "|Path", NULL },
		  { "repair " FROB "|ImagePath", NULL } },
	};

	(void)state;
	expect_cases_after_symptoms(cases, sizeof cases / sizeof cases[0]);
}

/* A log turned up to find something out and sent to support is a
 * troubleshooting set-up in any section, whatever the value's name
 * ("TraceLevel"); the same value set with no log sent stays. */
static void test_a_log_turned_up_for_support_is_no_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "'To find out which file the agent stops on' ... TraceLevel ... 'send the log to Support'",
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "To find out which file the agent stops on, turn on full tracing:\n"
		  "\n"
		  "1. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "   Value Name: TraceLevel\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 5\n"
		  "\n"
		  "3. Let the nightly copy run, and then send the file Frobagt.log to Frobco\n"
		  "   Technical Support.\n",
		  { "review 0: a log turned up to find out what fails", NULL },
		  { "repair " FROBPRM "|TraceLevel", NULL } },
		{ "must not: the same TraceLevel, the log sent nowhere",
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "To find out which file the agent stops on, turn on full tracing:\n"
		  "\n"
		  "1. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "   Value Name: TraceLevel\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 5\n"
		  "\n"
		  "3. Restart the agent.\n",
		  { "repair " FROBPRM "|TraceLevel", NULL },
		  { "a log turned up", NULL } },
	};

	(void)state;
	expect_cases_after_symptoms(cases, sizeof cases / sizeof cases[0]);
}

/* A switch the words after it say is set "for debug purposes", in a
 * how-to whose title is about debugging, is a developer's set-up; the
 * same words in an article about a fault, or a switch with no such
 * words, keep the repair. */
#define DEBUG_SWITCH_BODY(after) \
	"MORE INFORMATION\n" \
	"================\n" \
	"\n" \
	"Set the following registry value:\n" \
	"\n" \
	"HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n" \
	"PassFrobFaults=\"Y\"\n" \
	"\n" \
	after

static void test_a_switch_set_for_debug_purposes_is_no_repair(void **state)
{
	static const struct draft_case howto[] = {
		{ "'(for debug purposes)' after the value, in a how-to of debugging",
		  DEBUG_SWITCH_BODY("When the value is set, the frob run time passes the following faults on\n"
				    "to the caller (for debug purposes):\n"),
		  { "debug purposes in a how-to of debugging", NULL },
		  { "repair " FROB "|PassFrobFaults", NULL } },
		{ "no such words: the set stays",
		  DEBUG_SWITCH_BODY("When the value is set, the frob run time passes faults on to the caller.\n"),
		  { "repair " FROB "|PassFrobFaults", NULL },
		  { "debug purposes", NULL } },
	};
	static const struct draft_case fault[] = {
		{ "the same words in an article whose title is no debugging",
		  DEBUG_SWITCH_BODY("When the value is set, the frob run time passes the following faults on\n"
				    "to the caller (for debug purposes):\n"),
		  { "repair " FROB "|PassFrobFaults", NULL },
		  { "debug purposes in a how-to", NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900777.txt", ARTICLE_HEAD("Q900777", "HOWTO: Debug a Frob Server"), howto,
				sizeof howto / sizeof howto[0]);
	draft_expect_cases_head("Q900777.txt", ARTICLE_HEAD("Q900777", "Frob Server Stops on a Fault"), fault,
				sizeof fault / sizeof fault[0]);
	/* review19b finding 5: a problem in debugging ("PRB: Cannot Debug")
	 * whose fix is the switch keeps it */
	draft_expect_cases_head("Q900777.txt", ARTICLE_HEAD("Q900777", "PRB: Cannot Debug the Frob Server"), fault,
				sizeof fault / sizeof fault[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_debugger_or_global_flag_for_a_program_is_no_repair),
		cmocka_unit_test(test_a_heap_switch_for_a_program_or_a_debugger_value_elsewhere_stays_a_repair),
		cmocka_unit_test(test_from_a_to_b_on_a_value_added_or_said_to_be_a_range_is_no_repair),
		cmocka_unit_test(test_from_a_to_b_on_a_value_already_there_stays_a_change),
		cmocka_unit_test(test_a_set_under_a_test_in_the_cause_is_no_repair),
		cmocka_unit_test(test_a_test_the_workaround_sends_the_reader_back_to_stays_a_repair),
		cmocka_unit_test(test_a_listing_of_defaults_in_the_cause_is_no_repair),
		cmocka_unit_test(test_a_listing_the_resolution_asks_for_stays_a_repair),
		cmocka_unit_test(test_a_defaults_listing_is_read_whole_and_named_values_only_as_values),
		cmocka_unit_test(test_a_listing_the_fix_names_or_asks_to_add_stays_a_repair),
		cmocka_unit_test(test_a_test_is_read_in_its_common_forms),
		cmocka_unit_test(test_the_fix_after_a_test_or_under_troubleshooting_steps_stays_a_repair),
		cmocka_unit_test(test_a_debugging_switch_turned_off_or_elsewhere_stays_a_repair),
		cmocka_unit_test(test_the_system_wide_global_flag_turned_on_is_no_repair),
		cmocka_unit_test(test_a_debug_output_switch_turned_on_is_no_repair),
		cmocka_unit_test(test_a_range_is_read_in_the_numbers_sentence_and_the_next),
		cmocka_unit_test(test_a_change_stays_when_range_or_add_words_are_not_about_its_numbers),
		cmocka_unit_test(test_a_debug_output_switch_turned_down_or_off_by_a_word_stays_a_repair),
		cmocka_unit_test(test_a_change_stays_when_the_next_sentence_describes_the_value),
		cmocka_unit_test(test_a_listing_of_missing_values_is_no_defaults_listing),
		cmocka_unit_test(test_a_fix_that_adopts_the_cause_test_keeps_its_set),
		cmocka_unit_test(test_a_test_ends_at_the_fix_lead_in_in_its_other_forms),
		cmocka_unit_test(test_the_alternatives_note_names_no_dropped_set),
		cmocka_unit_test(test_a_defaults_lead_in_with_a_negated_aside_is_still_one),
		cmocka_unit_test(test_a_range_wrapped_to_the_next_line_is_read),
		cmocka_unit_test(test_a_default_the_fix_only_looks_at_stays_review),
		cmocka_unit_test(test_a_log_turned_up_for_support_is_no_repair),
		cmocka_unit_test(test_a_switch_set_for_debug_purposes_is_no_repair),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
