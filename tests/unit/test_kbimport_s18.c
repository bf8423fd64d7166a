/* test_kbimport_s18.c: forms of session 18's importer mends.  A value
 * picked by a name of several words, some small or a unit in brackets
 * ("Locate the Frob Limit interval (minutes) value under the following
 * key"), is read where the steps' template vouches for it
 * (core/kbimport_procedure.c, template_name).  "Define the following
 * registry value:" leads in to a name on its own line as "Add" does
 * (core/kbimport_listedname.c).  An event logged once "you set this
 * DWORD" is the change working, not a symptom (core/kbimport_afterfix.c).
 * "Add a FrobAlias key to" over a key asks for the key made under it, with
 * its create action (core/kbimport_leadkey.c).  "Date:" under "Data
 * Type:" is the data label mistyped (core/kbimport_values.c).  A log
 * switch turned on is a troubleshooting set-up, not a repair, unless the
 * title says the log is missing (core/kbimport_diagset.c).  What the
 * change brings is read over several announced event blocks
 * (core/kbimport_afterfix.c, announced_words).  An underlined heading
 * below a key ends the words read for what is asked of it
 * (core/kbimport_asks.c).  Regedt32's "Press 1 and then choose OK" types
 * the digits into the editor (core/kbimport_procedure.c).  "event 1017 or
 * 1018" names two events (core/kbimport_errors.c, second_event_id), and
 * "0x80070005 (E_ACCESSDENIED)" in a quoted message an error (its
 * scan_named_code).  The
 * test_r18_* cases mend review18's findings, one test each (its number in
 * the name).  Each case imports a small article written here, in our own
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

#include "../../core/kbimport_int.h"

#define FROBP "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters"

#define LOCATE_STEPS(name, key_text) \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	"\n" \
	"2. Locate the " name " value under the\n" \
	"   following key in the registry:\n" \
	"\n" \
	key_text \
	"\n" \
	"3. Click DWORD on the Edit menu, type 2d0 and then click OK.\n" \
	"\n" \
	"4. Quit Registry Editor.\n"

static void test_a_picked_name_of_small_words(void **state)
{
	static const struct draft_case cases[] = {
		{ "a name with a small word and a unit in brackets, the key wrapped",
		  LOCATE_STEPS("Frob Table Recalculation interval (minutes)",
			       "      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
			       "      \\Parameters\n"),
		  { "check REG_DWORD " FROBP "|Frob Table Recalculation interval (minutes) = 720",
		    "repair " FROBP "|Frob Table Recalculation interval (minutes)", NULL },
		  { NULL } },
		{ "small words only after a capital",
		  LOCATE_STEPS("Dir Frob alias name rule",
			       "      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"),
		  { "check REG_DWORD " FROBP "|Dir Frob alias name rule = 720", NULL },
		  { NULL } },
		{ "a type and its data where the name stands is no name",
		  LOCATE_STEPS("REG_DWORD x1FF",
			       "      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"),
		  { NULL },
		  { "check " FROBP "|REG_DWORD x1FF", "repair " FROBP "|REG_DWORD x1FF", NULL } },
		{ "two values offered ('A or B') are not one name",
		  LOCATE_STEPS("Item Frob File or Other Frob File",
			       "      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"),
		  { NULL },
		  { "check " FROBP "|Item Frob File or Other Frob File", NULL } },
		{ "the reader's words ('the appropriate value') are no name",
		  LOCATE_STEPS("Frob the appropriate",
			       "      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"),
		  { NULL },
		  { "check " FROBP "|Frob the appropriate", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_value_defined_by_name_on_its_own_line(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Define the following registry value:' over the name, its datum and type said under it",
		  "\n"
		  "   1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "   2. Under the HKEY_LOCAL_MACHINE subtree, go to the following subkey:\n"
		  "\n"
		  "   SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "   3. Define the following registry value:\n"
		  "\n"
		  "   Allow loose frob matching\n"
		  "\n"
		  "      Set this value to 0. This registry value is a DWORD value\n"
		  "      type. When it is missing, the agent reads it as 1.\n"
		  "\n"
		  "   4. Quit Registry Editor.\n",
		  { "check REG_DWORD " FROBP "|Allow loose frob matching = 0", "repair " FROBP "|Allow loose frob matching",
		    NULL },
		  { NULL } },
		{ "'Define the following term:' defines no value",
		  "\n"
		  "   1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "   2. Under the HKEY_LOCAL_MACHINE subtree, go to the following subkey:\n"
		  "\n"
		  "   SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "   3. Define the following term:\n"
		  "\n"
		  "   Loose frob matching\n"
		  "\n"
		  "      Set this value to 0 in the console.\n",
		  { NULL },
		  { "check " FROBP "|Loose frob matching", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_an_event_logged_once_the_reader_sets_the_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "'When you set this DWORD, ...' then the event it brings",
		  "\n"
		  "Add the FrobAbortCounter value, a REG_DWORD of 1 to 20, under\n"
		  "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters.\n"
		  "\n"
		  "When you set this DWORD, the agent gives up after that many tries. When\n"
		  "it gives up, an Event 4471 is logged in the Application event log.\n",
		  { "review 22: event 4471 is logged once the fix is applied", NULL },
		  { "event 4471", NULL } },
		{ "'When you see this event, ...' is the reader's symptom, not a change",
		  "\n"
		  "When you see this event, restart the agent. The agent logs an\n"
		  "Event 4472 in the Application event log when it gives up.\n",
		  { "event 4472", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define CONTROL "HKLM\\System\\CurrentControlSet\\Control"

static void test_a_key_the_words_before_a_path_ask_to_make_under_it(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Add a FrobAlias key to' / key / 'in the registry.'",
		  "\n"
		  " 1. Add a FrobAlias key to\n"
		  "\n"
		  " HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\n"
		  "\n"
		  " in the registry.\n"
		  "\n"
		  " 2. Restart the computer.\n",
		  { "check " CONTROL "\\FrobAlias", "repair " CONTROL "\\FrobAlias", NULL },
		  { "check " CONTROL, "repair " CONTROL, NULL } },
		{ "'Add a key named FrobAlias to the following key:'",
		  "\n"
		  "1. Add a key named FrobAlias to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { "check " CONTROL "\\FrobAlias", "repair " CONTROL "\\FrobAlias", NULL },
		  { "check " CONTROL, NULL } },
		{ "'Under the following key, create a new key named \"Frob Alias\":'",
		  "\n"
		  "1. Under the following key, create a new key named \"Frob Alias\":\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { "check " CONTROL "\\Frob Alias", "repair " CONTROL "\\Frob Alias", NULL },
		  { "check " CONTROL, NULL } },
		{ "'Setup adds a key named FrobAlias to the following key:' is told, not asked",
		  "\n"
		  "Setup adds a key named FrobAlias to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\n"
		  "\n"
		  "Restart the computer.\n",
		  { NULL },
		  { "check " CONTROL "\\FrobAlias", "repair " CONTROL "\\FrobAlias", NULL } },
		{ "'Add a key named FrobAlias, and then open the following key:' names no parent",
		  "\n"
		  "1. Add a key named FrobAlias, and then open the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { NULL },
		  { "check " CONTROL "\\FrobAlias", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_data_label_mistyped_date(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Date:' under 'Data Type:' in a value block is its data",
		  "\n"
		  "1. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. On the Edit menu, click Add Value, and then type the following:\n"
		  "\n"
		  "   Value Name: FrobExtensions\n"
		  "   Data Type: REG_SZ\n"
		  "   Date: frobext.dll\n"
		  "\n"
		  "3. Quit Registry Editor.\n",
		  { "check REG_SZ " FROBP "|FrobExtensions = frobext.dll", "repair " FROBP "|FrobExtensions", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define LOG_STEPS(name, datum) \
	"\n" \
	"To see what the agent sends to the modem, turn on logging:\n" \
	"\n" \
	"1. Locate the following key in the registry:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n" \
	"2. Set the following value:\n" \
	"\n" \
	"      Value Name: " name "\n" \
	"      Data Type: REG_DWORD\n" \
	"      Value: " datum "\n" \
	"\n" \
	"3. Restart the agent. The file Frob.log is written in the system folder.\n"

static void test_a_log_switch_turned_on_is_a_setup(void **state)
{
	static const struct draft_case cases[] = {
		{ "Logging set to 1: a troubleshooting set-up",
		  LOG_STEPS("Logging", "1"),
		  { "review 26: a log or trace turned on", NULL },
		  { "repair " FROBP "|Logging", NULL } },
		{ "Logging set to 0 turns the log off: the repair stays",
		  LOG_STEPS("Logging", "0"),
		  { "repair " FROBP "|Logging", NULL },
		  { NULL } },
		{ "'Circular Logging' is how a database keeps its logs, not a trace",
		  LOG_STEPS("Circular Logging", "1"),
		  { NULL },
		  { "review 26: a log or trace turned on", NULL } },
	};
	static const struct draft_case missing[] = {
		{ "the title says the log is not created: turning it on is the fix",
		  LOG_STEPS("Logging", "1"),
		  { "repair " FROBP "|Logging", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
	draft_expect_cases_head("Q900778.txt",
				ARTICLE_HEAD("Q900778", "Frob Log File Is Not Created") "SYMPTOMS\n========\n\n"
				"The agent writes no log.\n\nRESOLUTION\n==========\n",
				missing, 1);
}

static void test_events_told_after_the_change_over_several_blocks(void **state)
{
	static const struct draft_case cases[] = {
		{ "'With X enabled, you will see ... the following event:' then a second announced event and a code",
		  "\n"
		  "1. Set FrobCrypt to 1 under the Frob key and restart the computer.\n"
		  "\n"
		  "With strong frob encryption enabled, you will see event log messages when\n"
		  "users connect. If the client supports it, the server may log the following event:\n"
		  "\n"
		  "   Event ID: 4481\n"
		  "   Source: FrobServer\n"
		  "\n"
		  "If the client does not support it, the server may log the following event:\n"
		  "\n"
		  "   Event ID: 4482\n"
		  "   Source: FrobServer\n"
		  "\n"
		  "A client that fails with the above event may receive the following message:\n"
		  "\n"
		  "   Error 4483: The frob link was closed by the server.\n",
		  { "review 23: event 4481 is logged once the fix is applied",
		    "review 28: event 4482 is logged once the fix is applied",
		    "review 33: error 4483 is reported once the fix is applied", NULL },
		  { "event 4482", "error 4483", NULL } },
		{ "a key path between the announcements is the cause told, not the change's account",
		  "\n"
		  "The failure occurs when the FrobAudit value is enabled in the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "The event that appears at each poll looks like this:\n"
		  "\n"
		  "   Event ID = 4484\n"
		  "   Source = FrobServer\n",
		  { "event 4484", NULL },
		  { NULL } },
		{ "'When you set the value of X to 5' raises a log to diagnose: its event stays",
		  "\n"
		  "To find the cause, raise the agent's logging. When you set the value of\n"
		  "FrobDiag to 5, the agent logs Event ID 4485 each time a query times out.\n",
		  { "event 4485", NULL },
		  { NULL } },
		{ "'When you set this value' after the event does not reach back to it",
		  "\n"
		  "The agent logs Event ID 4486 and stops. To avoid this, set the FrobLimit\n"
		  "value to 10. When you set this value, the agent waits longer.\n",
		  { "event 4486", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_heading_below_a_key_ends_what_is_asked_of_it(void **state)
{
	static const struct draft_case cases[] = {
		{ "'remove' under the next underlined heading is not asked of the key above it",
		  "\n"
		  "Turning the Agent Off\n"
		  "--------------------\n"
		  "\n"
		  "Look at the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
		  "\n"
		  "Removing the Agent Software\n"
		  "---------------------------\n"
		  "\n"
		  "You can remove the agent with its setup program.\n",
		  { NULL },
		  { "review 23: the article deletes", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define FROBFS "HKLM\\SYSTEM\\CurrentControlSet\\Control\\FrobSystem"

static void test_digits_pressed_into_the_editor(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Select X.' / 'From the Edit menu choose DWORD.' / 'Press 1 and then choose OK.'",
		  "\n"
		  "1. Run Registry Editor (REGEDT32.EXE).\n"
		  "\n"
		  "2. From the HKEY_LOCAL_MACHINE subtree, go to the following key:\n"
		  "\n"
		  "      SYSTEM\\CurrentControlSet\\Control\\FrobSystem\n"
		  "\n"
		  "3. Select FrobWin31Mode.\n"
		  "\n"
		  "4. From the Edit menu choose DWORD.\n"
		  "\n"
		  "5. Press 1 and then choose OK.\n",
		  { "check REG_DWORD " FROBFS "|FrobWin31Mode = 1", "repair " FROBFS "|FrobWin31Mode", NULL },
		  { NULL } },
		{ "'Press ENTER' presses a key, it types no datum",
		  "\n"
		  "1. Run Registry Editor (REGEDT32.EXE).\n"
		  "\n"
		  "2. From the HKEY_LOCAL_MACHINE subtree, go to the following key:\n"
		  "\n"
		  "      SYSTEM\\CurrentControlSet\\Control\\FrobSystem\n"
		  "\n"
		  "3. Select FrobWin31Mode.\n"
		  "\n"
		  "4. From the Edit menu choose DWORD.\n"
		  "\n"
		  "5. Press ENTER and then choose OK.\n",
		  { NULL },
		  { "check " FROBFS "|FrobWin31Mode", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_second_event_id_after_or_and(void **state)
{
	static const struct draft_case cases[] = {
		{ "'event 4491 or 4492' names two events",
		  "\n"
		  "Check the application event log for event 4491 or 4492 (the stop events).\n",
		  { "event 4491", "event 4492", NULL },
		  { NULL } },
		{ "'posted by the Perflib source' on the next line is both events' source",
		  "\n"
		  "Check the application event log for event 4496 or 4497 (the disable events) posted by\n"
		  "the Perflib source. Then look for other events that give the reasons.\n",
		  { "event 4496 from Perflib", "event 4497 from Perflib", NULL },
		  { NULL } },
		{ "'Event ID 4493 and 4494 are logged' names two events",
		  "\n"
		  "The agent does not start. Event ID 4493 and 4494 are logged to the System log.\n",
		  { "event 4493", "event 4494", NULL },
		  { NULL } },
		{ "'event 4495 and 624 bytes': a size, not an event",
		  "\n"
		  "The agent logs event 4495 and 624 bytes of its queue to the trace file.\n",
		  { "event 4495", NULL },
		  { "event 624", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* review18 finding 1: the sentence before a key is read past a stop that
 * opens the text, and never from the byte before it (here a digit, which
 * the reading took for a step's number). */
static void test_r18_1_a_stop_opening_the_text(void **state)
{
	static const char text[] = "7. Add a key named FrobAlias to the following key: ";
	static const struct draft_case cases[] = {
		{ "'. Add a key named FrobAlias to the following key:' (a step's number lost)",
		  "\n"
		  ". Add a key named FrobAlias to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { "check " CONTROL "\\FrobAlias", "repair " CONTROL "\\FrobAlias", NULL },
		  { NULL } },
	};

	(void)state;
	assert_string_equal(imp_last_sentence(text + 1), "Add a key named FrobAlias to the following key: ");
	assert_string_equal(imp_last_sentence(text), text);
	assert_string_equal(imp_last_sentence("Open it. Then add a key. "), "Then add a key. ");
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* review18 finding 2: a path that already ends in the name the words ask
 * to make shows the key to make, not its parent. */
static void test_r18_2_the_path_shown_ends_in_the_name(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Add a key named FrobAlias to the following key:' over ...\\Control\\FrobAlias",
		  "\n"
		  "1. Add a key named FrobAlias to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\\FrobAlias\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { "check " CONTROL "\\FrobAlias", "repair " CONTROL "\\FrobAlias",
		    "review 20: the path shown ends in it", NULL },
		  { "check " CONTROL "\\FrobAlias\\FrobAlias", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define SERVERS "HKLM\\SOFTWARE\\Vendor\\Frob\\Servers"
#define ADD_NAMED(words) \
	"\n" \
	"1. Add a new key " words " to the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Frob\\Servers\n" \
	"\n" \
	"2. Restart the computer.\n"

/* review18 finding 4: an unquoted name is written as names are (a capital
 * or a digit in it) and is no small word of the sentence. */
static void test_r18_4_small_words_are_no_name(void **state)
{
	static const struct draft_case cases[] = {
		{ "'named after the printer'", ADD_NAMED("named after the printer"),
		  { NULL }, { "check " SERVERS "\\after", NULL } },
		{ "'named for your server'", ADD_NAMED("named for your server"),
		  { NULL }, { "check " SERVERS "\\for", NULL } },
		{ "'named as follows'", ADD_NAMED("named as follows"),
		  { NULL }, { "check " SERVERS "\\as", NULL } },
		{ "'named like the service'", ADD_NAMED("named like the service"),
		  { NULL }, { "check " SERVERS "\\like", NULL } },
		{ "'named by the host name'", ADD_NAMED("named by the host name"),
		  { NULL }, { "check " SERVERS "\\by", NULL } },
		{ "'named with the site name'", ADD_NAMED("named with the site name"),
		  { NULL }, { "check " SERVERS "\\with", NULL } },
		{ "'Add a new key named For to': a capital does not make a small word a name",
		  ADD_NAMED("named For"),
		  { NULL }, { "check " SERVERS "\\For", NULL } },
		{ "'Add a spare key to': a plain word", "\n"
		  "1. Add a spare key to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Frob\\Servers\n",
		  { NULL }, { "check " SERVERS "\\spare", NULL } },
		{ "'named Frob2' is a name", ADD_NAMED("named Frob2"),
		  { "check " SERVERS "\\Frob2", "repair " SERVERS "\\Frob2", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* review18 finding 5: a stop or comma of the sentence put inside the
 * quotes is none of the name. */
static void test_r18_5_a_stop_inside_the_quotes(void **state)
{
	static const struct draft_case cases[] = {
		{ "'create a new key named \"FrobAlias.\":'",
		  "\n"
		  "1. Under the following key, create a new key named \"FrobAlias.\":\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { "check " CONTROL "\\FrobAlias", "repair " CONTROL "\\FrobAlias", NULL },
		  { "check " CONTROL "\\FrobAlias.", NULL } },
		{ "'Add a key named \"Frob Alias,\" to the following key:'",
		  "\n"
		  "1. Add a key named \"Frob Alias,\" to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\n",
		  { "check " CONTROL "\\Frob Alias", "repair " CONTROL "\\Frob Alias", NULL },
		  { "check " CONTROL "\\Frob Alias,", NULL } },
		{ "'named \".\"' names nothing",
		  "\n"
		  "1. Add a key named \".\" to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\n",
		  { NULL },
		  { "check " CONTROL "\\.", "check " CONTROL "\\", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* review18 findings 3 and 6: "to|under|in" comes right after the name and
 * leads to the key shown ("the following key", "this key", or the path
 * itself), not to a place of a later clause nor past a name of several
 * words cut short. */
static void test_r18_3_6_the_preposition_leads_to_the_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Add a key named Frob Alias to the following key:' (unquoted, cut at its first word)",
		  "\n"
		  "1. Add a new key named Frob Alias to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { NULL },
		  { "check " CONTROL "\\Frob", "check " CONTROL "\\Frob Alias", NULL } },
		{ "'Under the following key, create a new key named Frob Alias:'",
		  "\n"
		  "1. Under the following key, create a new key named Frob Alias:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\n",
		  { NULL },
		  { "check " CONTROL "\\Frob", NULL } },
		{ "'Add a key named FrobAlias to the registry, and then locate the following key:'",
		  "\n"
		  "1. Add a key named FrobAlias to the registry, and then locate the\n"
		  "   following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { NULL },
		  { "check HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\FrobAlias", NULL } },
		{ "'Add a key named FrobAlias to the Gizmo key, and then open the following key:'",
		  "\n"
		  "1. Add a key named FrobAlias to the Gizmo key, and then open the\n"
		  "   following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n",
		  { NULL },
		  { "check HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\FrobAlias", NULL } },
		{ "'Add a key named FrobAlias under this registry key:' leads to the key",
		  "\n"
		  "1. Add a key named FrobAlias under this registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\n",
		  { "check " CONTROL "\\FrobAlias", "repair " CONTROL "\\FrobAlias", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* review18 finding 8: the sentence may end on the line right above the
 * key, with no blank line between. */
static void test_r18_8_the_key_on_the_very_next_line(void **state)
{
	static const struct draft_case cases[] = {
		{ "'1. Add a FrobAlias key to' / key",
		  "\n"
		  "1. Add a FrobAlias key to\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { "check " CONTROL "\\FrobAlias", "repair " CONTROL "\\FrobAlias", NULL },
		  { "check " CONTROL, NULL } },
		{ "'Under the following key, create a new key named \"Frob Alias\":' / key",
		  "\n"
		  "1. Under the following key, create a new key named \"Frob Alias\":\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\n",
		  { "check " CONTROL "\\Frob Alias", "repair " CONTROL "\\Frob Alias", NULL },
		  { "check " CONTROL, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* review18 finding 14: words asking to make a key under each of a list of
 * paths ask it of every path listed; words asking it of one key do not
 * reach a path further down. */
static void test_r18_14_a_key_made_under_each_of_a_list(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Add a key named FrobAlias to each of the following keys:' over two paths",
		  "\n"
		  "1. Add a key named FrobAlias to each of the following keys:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Frob\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\FrobLite\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { "check HKLM\\SOFTWARE\\Vendor\\Frob\\FrobAlias", "repair HKLM\\SOFTWARE\\Vendor\\Frob\\FrobAlias",
		    "check HKLM\\SOFTWARE\\Vendor\\FrobLite\\FrobAlias",
		    "repair HKLM\\SOFTWARE\\Vendor\\FrobLite\\FrobAlias", NULL },
		  { "check HKLM\\SOFTWARE\\Vendor\\FrobLite", NULL } },
		{ "'... to the following keys:' over paths a blank line apart",
		  "\n"
		  "1. Add a FrobAlias key to the following keys:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Frob\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\FrobLite\n",
		  { "check HKLM\\SOFTWARE\\Vendor\\Frob\\FrobAlias",
		    "check HKLM\\SOFTWARE\\Vendor\\FrobLite\\FrobAlias", NULL },
		  { NULL } },
		{ "'... to the following key:' (one) does not reach a second path",
		  "\n"
		  "1. Add a key named FrobAlias to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Frob\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\FrobLite\n",
		  { "check HKLM\\SOFTWARE\\Vendor\\Frob\\FrobAlias", NULL },
		  { "check HKLM\\SOFTWARE\\Vendor\\FrobLite\\FrobAlias", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* review18 finding 7: a path whose name may go on on the next line is a
 * review item, also when the words above ask to make a key under it. */
static void test_r18_7_a_key_to_make_under_a_path_that_may_wrap(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Add a key named FrobAlias to the following key:' / a path near the width / 'for site xyz'",
		  "\n"
		  "1. Add a key named FrobAlias to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Frobnitz Server\\Agents\\Frob Site\n"
		  "   for site xyz\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { "review 20: the line after it may go on with its name", NULL },
		  { "check HKLM\\SOFTWARE\\Vendor\\Frobnitz Server\\Agents\\Frob Site\\FrobAlias", NULL } },
		{ "a short path is not cut: the line after it ends no name",
		  "\n"
		  "1. Add a key named FrobAlias to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Frob\\Site\n"
		  "   for site xyz\n",
		  { "check HKLM\\SOFTWARE\\Vendor\\Frob\\Site\\FrobAlias", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* review18 finding 11: a word with an apostrophe or a slash is words
 * about a value, not a name of several words. */
static void test_r18_11_a_possessive_or_slash_is_no_name(void **state)
{
	static const struct draft_case cases[] = {
		{ "'the Frob service's Start value'",
		  LOCATE_STEPS("Frob service's Start",
			       "      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"),
		  { NULL },
		  { "check " FROBP "|Frob service's Start", NULL } },
		{ "'the FROB/IP keep alive value'",
		  LOCATE_STEPS("FROB/IP keep alive",
			       "      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"),
		  { NULL },
		  { "check " FROBP "|FROB/IP keep alive", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* review18 finding 9: a bracket after a name of several words is kept in
 * the name only when it holds a unit of time or size; a type word, a
 * number's base or a remark is no part of it. */
static void test_r18_9_only_a_unit_in_brackets(void **state)
{
#define FROBKEY "      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	static const struct draft_case cases[] = {
		{ "'(REG_DWORD)'", LOCATE_STEPS("Frob Limit (REG_DWORD)", FROBKEY),
		  { NULL }, { "check " FROBP "|Frob Limit (REG_DWORD)", NULL } },
		{ "'(DWORD)'", LOCATE_STEPS("Frob Limit (DWORD)", FROBKEY),
		  { NULL }, { "check " FROBP "|Frob Limit (DWORD)", NULL } },
		{ "'(see note)'", LOCATE_STEPS("Frob Limit (see note)", FROBKEY),
		  { NULL }, { "check " FROBP "|Frob Limit (see note)", NULL } },
		{ "'(if present)'", LOCATE_STEPS("Frob Limit (if present)", FROBKEY),
		  { NULL }, { "check " FROBP "|Frob Limit (if present)", NULL } },
		{ "'(hex)'", LOCATE_STEPS("Frob Limit (hex)", FROBKEY),
		  { NULL }, { "check " FROBP "|Frob Limit (hex)", NULL } },
		{ "'(seconds)' is a unit", LOCATE_STEPS("Frob Wait interval (seconds)", FROBKEY),
		  { "check " FROBP "|Frob Wait interval (seconds)", NULL }, { NULL } },
		{ "'(MB)' is a unit", LOCATE_STEPS("Frob Cache size (MB)", FROBKEY),
		  { "check " FROBP "|Frob Cache size (MB)", NULL }, { NULL } },
	};
#undef FROBKEY

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* review18 finding 10: words of several that only the steps' template
 * vouches for are the last reading: a value picked by its name alone in
 * the same sentence comes first. */
static void test_r18_10_a_name_picked_alone_comes_first(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Find the Frob agent entry in the following key and double-click MaxFrobs:'",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Find the Frob agent entry in the following key and double-click MaxFrobs:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. Click DWORD on the Edit menu, type 2d0 and then click OK.\n"
		  "\n"
		  "4. Quit Registry Editor.\n",
		  { "check REG_DWORD " FROBP "|MaxFrobs = 720", NULL },
		  { "check " FROBP "|Frob agent", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_code_named_by_its_constant(void **state)
{
	static const struct draft_case cases[] = {
		{ "a quoted message holding the code and its constant in brackets",
		  "\n"
		  "When the agent starts, you receive the following error message:\n"
		  "\n"
		  "   0x80070005 (E_ACCESSDENIED)\n",
		  { "error 0x80070005", "E_ACCESSDENIED", NULL },
		  { NULL } },
		{ "a how-to telling what its own call does is no symptom",
		  "\n"
		  "Call FrobFire() with the out-of-memory code. This causes the SCODE of the error\n"
		  "to be 0x800A0007 (CTL_E_OUTOFMEMORY), and the text to be a single space.\n",
		  { NULL },
		  { "error 0x800A0007", NULL } },
		{ "the success a caller awaits is no symptom",
		  "\n"
		  "When you call FrobDone, you expect the return code to be 0x8000000A (E_PENDING)\n"
		  "while the task runs.\n",
		  { NULL },
		  { "error 0x8000000A", NULL } },
		{ "announcements nested under 'After this fix is applied, when this error occurs:'",
		  "\n"
		  "After this fix is applied, when this error occurs:\n"
		  "\n"
		  " - The following error code is returned:\n"
		  "\n"
		  "   0x8004011B (MAPI_E_CORRUPT_DATA)\n",
		  { "review 22: error 0x8004011B is reported once the fix is applied", NULL },
		  { "error 0x8004011B", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The final read of session 18's change (helper review), one case per
 * finding that drafted a wrong fact. */
static void test_final18_findings(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Under this key,' points back at the key above, not at the path below",
		  "\n"
		  "1. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\n"
		  "\n"
		  "2. Under this key, create a new key named FrobAlias, and then copy to it the\n"
		  "   values of the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n",
		  { NULL },
		  { "check HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\FrobAlias", NULL } },
		{ "steps that reproduce the problem make what the fix takes away",
		  "\n"
		  "Remove the FrobAlias key.\n"
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "Steps to Reproduce the Problem\n"
		  "\n"
		  " 1. Add a FrobAlias key to\n"
		  "\n"
		  " HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\n"
		  "\n"
		  " 2. Restart the computer.\n",
		  { NULL },
		  { "repair HKLM\\System\\CurrentControlSet\\Control\\FrobAlias", NULL } },
		{ "'DisableLogging = 1' turns the log off: its repair stays",
		  "\n"
		  "To stop the agent from filling the disk, turn its log off:\n"
		  "\n"
		  "1. Locate the following key in the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Set the following value:\n"
		  "\n"
		  "      Value Name: DisableLogging\n"
		  "      Data Type: REG_DWORD\n"
		  "      Value: 1\n",
		  { "repair " FROBP "|DisableLogging", NULL },
		  { NULL } },
		{ "a number later in the line is no second event ('and 10 minutes later ... 4096 bytes')",
		  "\n"
		  "The agent logs event 4410 and 10 minutes later writes 4096 bytes to its trace.\n",
		  { "event 4410", NULL },
		  { "event 10", NULL } },
		{ "'event 4491 or 4492': the second takes the source the first has in the draft",
		  "\n"
		  "   Event ID: 4491\n"
		  "   Source: FrobSvc\n"
		  "\n"
		  "Check the log for event 4491 or 4492 after the restart.\n",
		  { "event 4491 from FrobSvc", "event 4492 from FrobSvc", NULL },
		  { NULL } },
		{ "'When you set these values, ...' is the change made, as 'this value' is",
		  "\n"
		  "When you set these values, the agent retries. When it gives up, an Event 4498\n"
		  "is logged in the Application event log.\n",
		  { "review 18: event 4498 is logged once the fix is applied", NULL },
		  { "event 4498", NULL } },
	};
	static const struct draft_case titled[] = {
		{ "the title's 'Cannot' is far from 'Logging': turning the log on is still a set-up",
		  LOG_STEPS("Logging", "1"),
		  { "review 26: a log or trace turned on", NULL },
		  { "repair " FROBP "|Logging", NULL } },
	};
	static const struct draft_case failing[] = {
		{ "'a failure code of 0x80070005 (E_ACCESSDENIED)' in the symptoms",
		  "\n"
		  "Nothing else.\n",
		  { "error 0x80070005", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
	draft_expect_cases_head("Q900779.txt",
				ARTICLE_HEAD("Q900779", "Cannot Connect to Frob Server; How to Turn On Logging")
				"SYMPTOMS\n========\n\nThe agent cannot connect.\n\nRESOLUTION\n==========\n",
				titled, 1);
	draft_expect_cases_head("Q900780.txt",
				ARTICLE_HEAD("Q900780", "Frob Agent Stops")
				"SYMPTOMS\n========\n\nThe agent run ends with a failure code of 0x80070005 (E_ACCESSDENIED).\n"
				"\nRESOLUTION\n==========\n",
				failing, 1);
}

#define FROBIFEO "HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Frob Execution Options"

/* Add Key "to create a new key with the name X", then Add Value "to
 * create the Value Name: Y and Data Type: REG_SZ", then the datum: the
 * value is under the key made (kbimport_keyforce.c imp_made_key_name(),
 * kbimport_subkeys.c, kbimport_dialog.c name_after_words()). */
static void test_a_value_under_a_key_made_with_the_name(void **state)
{
	static const struct draft_case cases[] = {
		{ "'create a new key with the name \"frob.exe\"' then 'create the Value Name: X and Data Type: REG_SZ'",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe), and locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Frob Execution\n"
		  "   Options\n"
		  "\n"
		  "2. Click the Frob Execution Options key, and then click Add Key from the\n"
		  "   Edit menu to create a new key with the name \"frob.exe\" (without the\n"
		  "   quotation marks). You can leave the Class field blank.\n"
		  "\n"
		  "3. Click the new key you created in step 2, and then click Add Value from the\n"
		  "   Edit menu to create the Value Name: DisableFrobLookaside and Data Type:\n"
		  "   REG_SZ.\n"
		  "\n"
		  "4. Click OK, and then type \"1\" (without the quotation marks) in the String\n"
		  "   field.\n",
		  { "check REG_SZ " FROBIFEO "\\frob.exe|DisableFrobLookaside = 1",
		    "repair " FROBIFEO "\\frob.exe|DisableFrobLookaside", NULL },
		  { "check " FROBIFEO, "check " FROBIFEO "\\1|DisableFrobLookaside", NULL } },
		{ "a key named by the reader's program: what is typed after Add Value names no key",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe), and locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Frob Execution\n"
		  "   Options\n"
		  "\n"
		  "2. Click Add Key from the Edit menu to create a new key using the name of your\n"
		  "   program's executable file.\n"
		  "\n"
		  "3. Select the new key and click Add Value from the Edit menu to create the Value\n"
		  "   Name: DisableFrobLookaside and Data Type: REG_SZ. Click OK and then type \"1\"\n"
		  "   in the String field.\n",
		  { NULL },
		  { "check " FROBIFEO "\\1|DisableFrobLookaside", "repair " FROBIFEO "|DisableFrobLookaside", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The last read of the change (session 18's close): a log switch whose
 * name opens with "No" only as a word ("NotifyLogging" is on), and a
 * default's own note that puts the value back keeps the repair. */
static void test_last_read_findings(void **state)
{
	static const struct draft_case cases[] = {
		{ "'NotifyLogging = 1' is a log turned on ('No' is no word there)",
		  LOG_STEPS("NotifyLogging", "1"),
		  { "review 26: a log or trace turned on", NULL },
		  { "repair " FROBP "|NotifyLogging", NULL } },
		{ "the default's note under the block puts the value back: the repair stays",
		  "\n"
		  "1. Locate the following key in the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "      Value Name: FrobRetry\n"
		  "      Data Type: REG_DWORD\n"
		  "      Value: 1\n"
		  "\n"
		  "   The default is 1. Set it back after a test to re-enable retries.\n",
		  { "repair " FROBP "|FrobRetry", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_picked_name_of_small_words),
		cmocka_unit_test(test_a_value_defined_by_name_on_its_own_line),
		cmocka_unit_test(test_an_event_logged_once_the_reader_sets_the_value),
		cmocka_unit_test(test_a_key_the_words_before_a_path_ask_to_make_under_it),
		cmocka_unit_test(test_a_data_label_mistyped_date),
		cmocka_unit_test(test_a_log_switch_turned_on_is_a_setup),
		cmocka_unit_test(test_events_told_after_the_change_over_several_blocks),
		cmocka_unit_test(test_a_heading_below_a_key_ends_what_is_asked_of_it),
		cmocka_unit_test(test_digits_pressed_into_the_editor),
		cmocka_unit_test(test_a_second_event_id_after_or_and),
		cmocka_unit_test(test_r18_1_a_stop_opening_the_text),
		cmocka_unit_test(test_r18_2_the_path_shown_ends_in_the_name),
		cmocka_unit_test(test_r18_4_small_words_are_no_name),
		cmocka_unit_test(test_r18_5_a_stop_inside_the_quotes),
		cmocka_unit_test(test_r18_3_6_the_preposition_leads_to_the_key),
		cmocka_unit_test(test_r18_8_the_key_on_the_very_next_line),
		cmocka_unit_test(test_r18_14_a_key_made_under_each_of_a_list),
		cmocka_unit_test(test_r18_7_a_key_to_make_under_a_path_that_may_wrap),
		cmocka_unit_test(test_r18_11_a_possessive_or_slash_is_no_name),
		cmocka_unit_test(test_r18_9_only_a_unit_in_brackets),
		cmocka_unit_test(test_r18_10_a_name_picked_alone_comes_first),
		cmocka_unit_test(test_a_code_named_by_its_constant),
		cmocka_unit_test(test_final18_findings),
		cmocka_unit_test(test_a_value_under_a_key_made_with_the_name),
		cmocka_unit_test(test_last_read_findings),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
