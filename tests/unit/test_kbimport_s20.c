/* test_kbimport_s20.c: forms of session 20's importer mends, read from the
 * misses and wrong facts of unseen set 27 and from earlier reviews'
 * findings.  Each case imports a small article written here, in our own
 * words. */
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

/* An article whose SYMPTOMS section is the case's body (line 13 on). */
#define SYMPTOMS_HEAD \
	ARTICLE_HEAD("Q900778", "Frobnitz Agent Stops") \
	"SYMPTOMS\n" \
	"========\n"

/* "No event (such as event ID 7031) is written": the sentence that holds
 * the ID says none is logged (core/kbimport_afterfix.c); one that says
 * so of another machine, in another sentence, leaves the event. */
static void test_an_event_no_log_holds(void **state)
{
	static const struct draft_case cases[] = {
		{ "'No event (such as event ID 7031) is written to the event log'",
		  "\n"
		  "The Frob service stops responding. No event (such as event ID 7031) is\n"
		  "written to the System log.\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Apply the fix.\n",
		  { "review 13: event 7031 is named as one that is not logged", NULL },
		  { "event 7031", NULL } },
		{ "'no event is logged at the controller', a sentence after the ID's",
		  "\n"
		  "The agent logs event 7031 on the workstation where the service runs.\n"
		  "However, no event is logged at the domain controller.\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Apply the fix.\n",
		  { "event 7031", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900778.txt", SYMPTOMS_HEAD, cases, sizeof cases / sizeof cases[0]);
}

/* "If this entry is missing, a default of 30 is used": what the program
 * does without the key, not a problem to check for (core/kbimport_asks.c);
 * "if this key is missing, the agent fails" still checks it. */
static void test_a_missing_key_with_a_default(void **state)
{
	static const struct draft_case cases[] = {
		{ "'If this entry is missing, a default of 30 is used'",
		  "\n"
		  "The agent reads a new registry key that limits how deep it goes:\n"
		  "\n"
		  "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\DepthLimit\n"
		  "\n"
		  "If this entry is missing, a default of 30 is used.\n",
		  { "review 20: is named but the article asks nothing of it", NULL },
		  { "check " FROBP "\\DepthLimit", NULL } },
		{ "'If this key is missing, the agent does not start'",
		  "\n"
		  "The agent reads the following registry key:\n"
		  "\n"
		  "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\DepthLimit\n"
		  "\n"
		  "If this key is missing, the agent does not start.\n",
		  { "check " FROBP "\\DepthLimit", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Steps 1 and 2 of a made-up procedure: Registry Editor started and the
 * Frob Parameters key located (line 20), then the case's step 2 (line
 * 22 on). */
#define LOCATE_FROBP \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe) and locate the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n"

/* "add a value named X of type REG_DWORD, and set it to 5", "a parameter
 * value called X with a type of REG_DWORD": the type after the name
 * (core/kbimport_dialog.c), also where the name's line reads as a value's
 * line of a block (core/kbimport_registry.c). */
static void test_the_type_after_the_added_name(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Add a value named X of type REG_DWORD, and set it to 5.'",
		  LOCATE_FROBP
		  "2. Add a value named FrobLimit of type REG_DWORD, and set it to 5.\n",
		  { "check REG_DWORD " FROBP "|FrobLimit = 5", "repair " FROBP "|FrobLimit", NULL },
		  { NULL } },
		{ "'create a value named \"Frob Time\" of type REG_DWORD' / 'and set it to 5.'",
		  LOCATE_FROBP
		  "2. Under the above key, create a value named \"Frob Time\" of type REG_DWORD\n"
		  "   and set it to 5.\n",
		  { "check REG_DWORD " FROBP "|Frob Time = 5", NULL },
		  { NULL } },
		{ "'add a parameter value called' / 'X with a type of REG_DWORD and set the value to 0'",
		  LOCATE_FROBP
		  "2. On the Edit menu, click Add Value, and add a parameter value called\n"
		  "   MaxBurst with a type of REG_DWORD and set the value to 0 (zero).\n",
		  { "check REG_DWORD " FROBP "|MaxBurst = 0", "repair " FROBP "|MaxBurst", NULL },
		  { "review 23: did not place", NULL } },
		{ "'Add a value named X (REG_DWORD) and set it to 5.'",
		  LOCATE_FROBP
		  "2. Add a value named FrobLimit (REG_DWORD) and set it to 5.\n",
		  { "check REG_DWORD " FROBP "|FrobLimit = 5", NULL },
		  { NULL } },
		{ "'You can add a value named X of type REG_DWORD': an option",
		  LOCATE_FROBP
		  "2. You can add a value named FrobLimit of type REG_DWORD, and set it to 5.\n",
		  { NULL },
		  { "check REG_DWORD " FROBP "|FrobLimit = 5", "repair " FROBP "|FrobLimit", NULL } },
		{ "'of type' naming no registry type",
		  LOCATE_FROBP
		  "2. Add a value named FrobLimit of type number, and set it to 5.\n",
		  { NULL },
		  { "repair " FROBP "|FrobLimit", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "If this parameter is set to a non-zero value, the agent purges its
 * cache and resets the value to zero": the program clears the value once
 * it acts, so the steps that set it are a one-time trigger, no state to
 * check (core/kbimport_values.c). */
static void test_a_value_the_program_resets(void **state)
{
	static const struct draft_case cases[] = {
		{ "'... and resets the' / 'value to zero' above the steps that set it",
		  "\n"
		  "Purge Cache\n"
		  "-----------\n"
		  "\n"
		  "If this parameter is set to a non-zero value, the agent purges its cache and resets the\n"
		  "value to zero.\n"
		  LOCATE_FROBP
		  "2. Add a value named Purge Cache of type REG_DWORD, and set it to 1.\n",
		  { "review 0: the program resets this value", NULL },
		  { "check REG_DWORD " FROBP "|Purge Cache = 1", "repair " FROBP "|Purge Cache", NULL } },
		{ "'resets the value to start' is no clearing",
		  "\n"
		  "Purge Cache\n"
		  "-----------\n"
		  "\n"
		  "The agent reads Purge Cache and resets the value in its memory to start again.\n"
		  LOCATE_FROBP
		  "2. Add a value named Purge Cache of type REG_DWORD, and set it to 1.\n",
		  { "check REG_DWORD " FROBP "|Purge Cache = 1", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* MS Mail's "Fatal [ 7] Error renaming file" brackets a fatal error's
 * code as "Error [115]" does an error's (core/kbimport_errors.c); "fatal"
 * with no bracket names none, and a fix's title over its article number
 * is the other article's. */
static void test_a_fatal_code_in_brackets(void **state)
{
	static const struct draft_case cases[] = {
		{ "'06/12/95 16:52:23 | Fatal [ 7] Error renaming file: M:INF\\IMPORT.INF'",
		  "\n"
		  "The log shows the following lines:\n"
		  "\n"
		  "   06/12/95 16:52:14 | Status Frob Import V3.2a\n"
		  "   06/12/95 16:52:23 | Fatal [ 7] Error renaming file: M:INF\\IMPORT.INF\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Apply the fix.\n",
		  { "error 7", NULL },
		  { NULL } },
		{ "'a fatal 7 percent of the time': no bracket, no code",
		  "\n"
		  "The import is fatal 7 times out of 10.\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Apply the fix.\n",
		  { NULL },
		  { "error 7", NULL } },
		{ "a fix's title over its number: the other article's",
		  "\n"
		  "The fixes in this release:\n"
		  "\n"
		  "Frob Import: Err Msg: Error [203] Rebuild Problem:\n"
		  "\n"
		  "   Q900123\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Apply the fix.\n",
		  { NULL },
		  { "error 203", NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900778.txt", SYMPTOMS_HEAD, cases, sizeof cases / sizeof cases[0]);
}

/* "Double-click Driver:REG_SZ:frobold, edit the string so that it reads
 * "frobnew"": the value shown as it is, then its whole new data
 * (core/kbimport_dialog.c); a path with a space after a backslash before
 * a name ("...\MADGE\ SMART 16/4") is read without it, said in review
 * (core/kbimport_registry.c). */
static void test_a_shown_string_edited(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Double-click Driver:REG_SZ:frobold, edit the string so that it reads' / '\"frobnew\"'",
		  LOCATE_FROBP
		  "2. Double-click Driver:REG_SZ:frobold, edit the string so that it reads\n"
		  "   \"frobnew\" (without the quotation marks).\n",
		  { "check REG_SZ " FROBP "|Driver = frobnew", "repair " FROBP "|Driver", NULL },
		  { NULL } },
		{ "'so that it reads \"frobnew\" or longer': not the whole data",
		  LOCATE_FROBP
		  "2. Double-click Driver:REG_SZ:frobold, edit the string so that it reads\n"
		  "   \"frobnew\" or a longer name.\n",
		  { NULL },
		  { "repair " FROBP "|Driver", NULL } },
		{ "'\\Frob\\ Parameters': the space after the backslash dropped",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe) and locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\ Parameters\n"
		  "\n"
		  "2. Double-click Driver:REG_SZ:frobold, edit the string so that it reads\n"
		  "   \"frobnew\" (without the quotation marks).\n",
		  { "check REG_SZ " FROBP "|Driver = frobnew",
		    "review 20: is read without the space the article writes after a", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "Double-click X." then "Change the value of the string to 1 to make the
 * button available": the string Regedt32's editor holds is a REG_SZ, and
 * "to" with a verb after the datum says what the change is for
 * (core/kbimport_procedure.c); another number in the rest of the
 * sentence makes it a choice. */
static void test_the_string_set_for_a_purpose(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Double-click X.' / 'Change the value of the string to 1 to make the button available.'",
		  LOCATE_FROBP
		  "2. Double-click FrobLimit.\n"
		  "\n"
		  "3. Change the value of the string to 1 to make the button available.\n",
		  { "check REG_SZ " FROBP "|FrobLimit = 1", "repair " FROBP "|FrobLimit", NULL },
		  { NULL } },
		{ "'... to 1 to enable it, or to 0 to disable it': a choice",
		  LOCATE_FROBP
		  "2. Double-click FrobLimit.\n"
		  "\n"
		  "3. Change the string to 1 to enable it, or to 0 to disable it.\n",
		  { NULL },
		  { "repair " FROBP "|FrobLimit", NULL } },
		{ "'Change the value to 1 to make ...': no type, only review",
		  LOCATE_FROBP
		  "2. Double-click FrobLimit.\n"
		  "\n"
		  "3. Change the value to 1 to make the button available.\n",
		  { "review 22: give no type", NULL },
		  { "repair " FROBP "|FrobLimit", NULL } },
		{ "'Change the string to 1 to the right of the comma': a place, not a purpose",
		  LOCATE_FROBP
		  "2. Double-click FrobLimit.\n"
		  "\n"
		  "3. Change the string to 1 to the right of the comma.\n",
		  { NULL },
		  { "repair " FROBP "|FrobLimit", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* review20's findings on the session's first mends, one case each (made
 * up to show the reading, in our own words). */
static void test_r20_keys_and_values(void **state)
{
	static const struct draft_case cases[] = {
		{ "r20-1: '\\Frob\\ If this key does not exist, create it.' keeps the sentence out of the key",
		  LOCATE_FROBP
		  "2. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\ If this key does not exist, create it.\n",
		  { NULL },
		  { "check HKLM\\SOFTWARE\\Frob\\If this", "review 0: without the space the article writes", NULL } },
		{ "r20-1: 'Delete the following key:' over '...\\Frob\\ This removes its settings.'",
		  "\n"
		  "1. Delete the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\ This removes all of its settings.\n",
		  { NULL },
		  { "repair HKLM\\SOFTWARE\\Frob\\This removes all of its settings", NULL } },
		{ "r20-3: 'When the driver does start, ... resets it to zero' leaves Start=4",
		  LOCATE_FROBP
		  "2. Change the value of Start to 4 (REG_DWORD).\n"
		  "\n"
		  "When the agent does start, it counts what it drops in the Dropped value and,\n"
		  "after reporting the count, resets it to zero.\n",
		  { "check REG_DWORD " FROBP "|Start = 4", NULL },
		  { NULL } },
		{ "r20-4: the words add MinBurst, the block line MaxBurst: neither taken for the other",
		  LOCATE_FROBP
		  "2. Add a parameter value called MinBurst with a type of REG_DWORD and set it to 1. Then add\n"
		  "   MaxBurst with a type of REG_DWORD and set the value to 0\n",
		  { NULL },
		  { "check REG_DWORD " FROBP "|MinBurst = 1", "check REG_DWORD " FROBP "|MaxBurst = 0", NULL } },
		{ "r20-5: 'do not edit the string so that it reads \"x\"' asks nothing",
		  LOCATE_FROBP
		  "2. Double-click Driver:REG_SZ:frobold and look at it; do not edit the string so that it\n"
		  "   reads \"frobnew\".\n",
		  { NULL },
		  { "repair " FROBP "|Driver", NULL } },
		{ "r20-5: 'reads \"frobnew\" (or \"frobnu\" on version 2)' is no one datum",
		  LOCATE_FROBP
		  "2. Double-click Driver:REG_SZ:frobold, edit the string so that it reads\n"
		  "   \"frobnew\" (or \"frobnu\" on version 2).\n",
		  { NULL },
		  { "repair " FROBP "|Driver", NULL } },
		{ "r20-6: 'If the key is missing, the default printer cannot be set. Make sure the key exists:'",
		  "\n"
		  "If the following key is missing, the default printer cannot be set. Make sure\n"
		  "the key exists:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Printers\n",
		  { "check HKLM\\SOFTWARE\\Frob\\Printers", NULL },
		  { NULL } },
		{ "r20-8: 'of type REG_SZ or REG_DWORD' is a choice of types",
		  LOCATE_FROBP
		  "2. Add a value named UseDns of type REG_SZ or REG_DWORD and set it to 1.\n",
		  { NULL },
		  { "repair " FROBP "|UseDns", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_r20_events_and_codes(void **state)
{
	static const struct draft_case cases[] = {
		{ "r20-2: 'Event ID 7031 is written to the System log. No event is written to the Application log.'",
		  "\n"
		  "The Frob service stops. Event ID 7031 is written to the System log. No event\n"
		  "is written to the Application log.\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Apply the fix.\n",
		  { "event 7031", NULL },
		  { NULL } },
		{ "r20-2: 'no events other than event ID 7031 are written'",
		  "\n"
		  "When the Frob service stops, no events other than event ID 7031 are written\n"
		  "to the System log.\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Apply the fix.\n",
		  { "event 7031", NULL },
		  { NULL } },
		{ "r20-2: 'event ID 7031 on the server; no event is written on the client'",
		  "\n"
		  "The agent logs event ID 7031 on the server; no event is written on the\n"
		  "client.\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Apply the fix.\n",
		  { "event 7031", NULL },
		  { NULL } },
		{ "r20-7: 'Non-Fatal [ 3]' is no fatal code; 'Fatal [ 12]' is",
		  "\n"
		  "The log shows entries such as the following:\n"
		  "\n"
		  "   Non-Fatal [ 3] Retrying the connection to the post office\n"
		  "   Fatal [ 12] Cannot open the index file\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Apply the fix.\n",
		  { "error 12", NULL },
		  { "error 3", NULL } },
		{ "r20-7: 'is no longer fatal [ 7]'",
		  "\n"
		  "In the update, the following message is no longer fatal [ 7] but a warning.\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Apply the fix.\n",
		  { NULL },
		  { "error 7", NULL } },
		{ "r20-7: a message at the margin over an indented number is no list of fixes",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   Error 1067: The process terminated unexpectedly.\n"
		  "\n"
		  "Q900124\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Apply the fix.\n",
		  { "error 1067", NULL },
		  { "review 0: a related article's title names Error 1067", NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900778.txt", SYMPTOMS_HEAD, cases, sizeof cases / sizeof cases[0]);
}

/* audit20's wrong repairs, read in general terms: a datum whose bracket
 * tags it as the default (core/kbimport_values.c); a REGEDIT datum the
 * note below says is "your preferred number" (core/kbimport_asks.c); a
 * switch a "Debugging ..." article says is "intended for debugging
 * purposes only", however far below in its section
 * (core/kbimport_diagset.c). */
static void test_a20_defaults_examples_and_debugging(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Value: 35 (Dec,default)' then 'Increase this value in increments of 30'",
		  LOCATE_FROBP
		  "2. On the Edit menu, click Add Value, and then add the following value:\n"
		  "\n"
		  "   Value Name: Frob Wait\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 35 (Dec,default)\n"
		  "\n"
		  "NOTE: Increase this value in increments of 30 until the error stops.\n",
		  { "review 0: the data shown is the value's default", NULL },
		  { "repair " FROBP "|Frob Wait", NULL } },
		{ "'Value: 2000 (default 1000)' is 2000",
		  LOCATE_FROBP
		  "2. On the Edit menu, click Add Value, and then add the following value:\n"
		  "\n"
		  "   Value Name: Frob Wait\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 2000 (default 1000)\n",
		  { "check REG_DWORD " FROBP "|Frob Wait = 2000", NULL },
		  { NULL } },
		{ "a REGEDIT datum the note calls 'your preferred number'",
		  "\n"
		  "Create a file named Frob.reg that holds the following lines:\n"
		  "\n"
		  "      REGEDIT4\n"
		  "\n"
		  "      [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters]\n"
		  "      \"Lines\"=dword:00000007\n"
		  "\n"
		  "NOTE: The second line is blank, but it must be there; the key line\n"
		  "must be on one line in the file, with no spaces in it. Also note that\n"
		  "\"00000007\" is the number of lines you want to install. Change this\n"
		  "value to your preferred number of lines.\n",
		  { "review 0: the article leaves the data to the reader", NULL },
		  { "repair " FROBP "|Lines", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define DEBUGGING_BODY \
	"SUMMARY\n" \
	"=======\n" \
	"\n" \
	"Frob problems are easier to find with a trace.\n" \
	"\n" \
	"MORE INFORMATION\n" \
	"================\n" \
	"\n" \
	"To log every Frob command into the trace:\n" \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe) and locate the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n" \
	"\n" \
	"2. Add the following value:\n" \
	"\n" \
	"   Value Name: CommandEcho\n" \
	"   Data Type: REG_DWORD\n" \
	"   Data: 1\n" \
	"\n" \
	"3. Quit Registry Editor.\n" \
	"\n" \
	"The console can show the same commands with the echo switch.\n" \
	"\n" \
	"These settings should not be active for normal use of the system and are\n" \
	"intended for debugging purposes only.\n"

static void test_a20_a_debugging_article(void **state)
{
	static const struct draft_case debugging[] = {
		{ "'Debugging ...' title, 'intended for debugging purposes only' closing the section",
		  DEBUGGING_BODY,
		  { "review 0: for debug purposes in a how-to of debugging", NULL },
		  { "repair HKLM\\SOFTWARE\\Frobco\\Frob|CommandEcho", NULL } },
	};
	static const struct draft_case problem[] = {
		{ "the same words under a problem's title: the switch stays",
		  DEBUGGING_BODY,
		  { "repair HKLM\\SOFTWARE\\Frobco\\Frob|CommandEcho", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900779.txt", ARTICLE_HEAD("Q900779", "Debugging Frob Related Problems"),
				debugging, 1);
	draft_expect_cases_head("Q900779.txt", ARTICLE_HEAD("Q900779", "Frob Commands Are Lost"), problem, 1);
}

/* "4. Add the same value to the following keys also:" over keys: a value
 * is asked for under them that no reader ties to them; the note says so
 * instead of "asks nothing" (core/kbimport_asks.c), which would lead a
 * reviewer to leave the step half done.  "You can add" and a program's
 * "tries to add" keep the old note. */
static void test_a_value_asked_over_keys(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Add the same value to the following keys also:'",
		  "\n"
		  "1. Add the same value to the following keys also:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frobrdr\n",
		  { "review 20: the words on line 18 ask for a value under it that the import could not place", NULL },
		  { "review 20: asks nothing of it", "check HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frobrdr", NULL } },
		{ "'The agent tries to add a value to the following key:'",
		  "\n"
		  "The agent tries to add a value to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frobrdr\n",
		  { "review 20: asks nothing of it", NULL },
		  { "review 20: ask for a value under it", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The session's last read: the readings above, held to what they say. */
static void test_lr20_readings_held(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Change the string to ...' keeps the REG_EXPAND_SZ the steps chose",
		  LOCATE_FROBP
		  "2. Click Add Value, type FrobPath, click REG_EXPAND_SZ, and then click OK.\n"
		  "\n"
		  "3. Change the string to \"%SystemRoot%\\\\frob\".\n",
		  { "check REG_EXPAND_SZ " FROBP "|FrobPath", NULL },
		  { "check REG_SZ " FROBP "|FrobPath", NULL } },
		{ "'in the Registry Editor window. Do not change it so that it reads' asks nothing",
		  LOCATE_FROBP
		  "2. Double-click Driver:REG_SZ:frobold in the Registry Editor window. Do not\n"
		  "   change it so that it reads \"frobnew\".\n",
		  { NULL },
		  { "repair " FROBP "|Driver", NULL } },
		{ "'reads \"frobnew\", and then click OK.' reads the datum",
		  LOCATE_FROBP
		  "2. Double-click Driver:REG_SZ:frobold, edit the string so that it reads\n"
		  "   \"frobnew\", and then click OK.\n",
		  { "check REG_SZ " FROBP "|Driver = frobnew", NULL },
		  { NULL } },
		{ "'Value: 1 (not the default)' is 1",
		  LOCATE_FROBP
		  "2. On the Edit menu, click Add Value, and then add the following value:\n"
		  "\n"
		  "   Value Name: Frob Wait\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 1 (not the default)\n",
		  { "check REG_DWORD " FROBP "|Frob Wait = 1", NULL },
		  { NULL } },
		{ "a neighbour of the value the program resets keeps its repair",
		  "\n"
		  "Create the following file and run it:\n"
		  "\n"
		  "REGEDIT4\n"
		  "\n"
		  "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters]\n"
		  "\"FrobLimit\"=dword:00000010\n"
		  "\"FrobPurge\"=dword:00000001\n"
		  "\n"
		  "FrobLimit sets how many items the store keeps. If FrobPurge is set to a\n"
		  "non-zero value, the store deletes its cache at startup and resets the\n"
		  "value to zero.\n",
		  { "repair " FROBP "|FrobLimit", NULL },
		  { "repair " FROBP "|FrobPurge", NULL } },
		{ "'log on with your preferred account' leaves the datum",
		  "\n"
		  "Create the following file and run it:\n"
		  "\n"
		  "REGEDIT4\n"
		  "\n"
		  "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters]\n"
		  "\"FrobLimit\"=dword:00000010\n"
		  "\n"
		  "Then log on to the console with your preferred account and restart Frob.\n",
		  { "repair " FROBP "|FrobLimit", NULL },
		  { NULL } },
		{ "'If this key is missing, ...; reinstall it to restore the default values.' still checks",
		  "\n"
		  "The agent reads the following registry key:\n"
		  "\n"
		  "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\DepthLimit\n"
		  "\n"
		  "If this key is missing, the agent fails; reinstall it to restore the default values.\n",
		  { "check " FROBP "\\DepthLimit", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_lr20_events_held(void **state)
{
	static const struct draft_case cases[] = {
		{ "'No events (such as event ID 7031) were' / 'recorded'",
		  "\n"
		  "The Frob service stops. No events (such as event ID 7031) were\n"
		  "recorded in the System log.\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Apply the fix.\n",
		  { "review 13: is named as one that is not logged", NULL },
		  { "event 7031", NULL } },
		{ "'No events, e.g. event ID 7031, are written'",
		  "\n"
		  "The Frob service stops. No events, e.g. event ID 7031, are written\n"
		  "to the System log.\n"
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "Apply the fix.\n",
		  { NULL },
		  { "event 7031", NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900778.txt", SYMPTOMS_HEAD, cases, sizeof cases / sizeof cases[0]);
}

#define DEBUG_NOTE_FIRST \
	"SUMMARY\n" \
	"=======\n" \
	"\n" \
	"Frob problems are easier to find with a trace.\n" \
	"\n" \
	"MORE INFORMATION\n" \
	"================\n" \
	"\n" \
	"These settings are for debugging purposes only.\n" \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe) and locate the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n" \
	"\n" \
	"2. Add the following value:\n" \
	"\n" \
	"   Value Name: CommandEcho\n" \
	"   Data Type: REG_DWORD\n" \
	"   Data: 1\n"

static void test_lr20_debugging_said_first(void **state)
{
	static const struct draft_case cases[] = {
		{ "'for debugging purposes only' at the top of the section",
		  DEBUG_NOTE_FIRST,
		  { NULL },
		  { "repair HKLM\\SOFTWARE\\Frobco\\Frob|CommandEcho", NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900779.txt", ARTICLE_HEAD("Q900779", "Debugging Frob Related Problems"), cases, 1);
}

/* "      FrobRetryLimit" over "         Data Type = REG_DWORD": a value's
 * name alone over its type line is a line that names a fact, so the
 * review list holds it: the net listed it when no reader placed it
 * (core/kbimport_net.c); since session 29 the value block reader reads
 * the name with its type (core/kbimport_values.c). */
static void test_a_name_over_its_type_line(void **state)
{
	static const struct draft_case cases[] = {
		{ "a name alone over 'Data Type = REG_DWORD'",
		  "\n"
		  "The parameters below are located under this subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "      FrobRetryLimit\n"
		  "         Data Type = REG_DWORD\n"
		  "         Range = 1 - 10\n",
		  { "review 22: value 'FrobRetryLimit' REG_DWORD", NULL },
		  { "repair " FROBP "|FrobRetryLimit", "review 0: value 'Data Type'", NULL } },
		{ "a heading over prose is no value's name",
		  "\n"
		  "Frob Settings\n"
		  "\n"
		  "The agent reads its settings at start.\n",
		  { NULL },
		  { "review 18: this line names a registry key", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* audit20's Q246136, read in general terms: a value shown as it stands,
 * then "By changing the X value, you can increase or decrease the number
 * of ...": the data is where it stands, no target (core/kbimport_values.c);
 * a set with no such words after it stays. */
static void test_a_value_to_raise_or_lower(void **state)
{
	static const struct draft_case cases[] = {
		{ "'... can be modified to change' / the value / 'you can increase or decrease'",
		  "\n"
		  "The following registry key can be modified to change the number of days\n"
		  "the agent keeps its logs:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\KeepDays:\n"
		  "   Reg_DWORD: 0x7\n"
		  "\n"
		  "By changing the KeepDays value, you can increase or decrease the number of\n"
		  "log files the agent keeps.\n",
		  { "review 0: raise or lower the value as needed", NULL },
		  { "repair " FROBP "|KeepDays", NULL } },
		{ "the same value without those words is set",
		  "\n"
		  "The following registry key can be modified to change the number of days\n"
		  "the agent keeps its logs:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\KeepDays:\n"
		  "   Reg_DWORD: 0x7\n",
		  { "repair " FROBP "|KeepDays", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_an_event_no_log_holds),
		cmocka_unit_test(test_a_missing_key_with_a_default),
		cmocka_unit_test(test_the_type_after_the_added_name),
		cmocka_unit_test(test_a_value_the_program_resets),
		cmocka_unit_test(test_a_fatal_code_in_brackets),
		cmocka_unit_test(test_a_shown_string_edited),
		cmocka_unit_test(test_the_string_set_for_a_purpose),
		cmocka_unit_test(test_r20_keys_and_values),
		cmocka_unit_test(test_r20_events_and_codes),
		cmocka_unit_test(test_a20_defaults_examples_and_debugging),
		cmocka_unit_test(test_a20_a_debugging_article),
		cmocka_unit_test(test_a_value_asked_over_keys),
		cmocka_unit_test(test_lr20_readings_held),
		cmocka_unit_test(test_lr20_events_held),
		cmocka_unit_test(test_lr20_debugging_said_first),
		cmocka_unit_test(test_a_name_over_its_type_line),
		cmocka_unit_test(test_a_value_to_raise_or_lower),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
