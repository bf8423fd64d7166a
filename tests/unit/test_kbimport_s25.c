/* test_kbimport_s25.c: forms of session 25's importer mends, read from
 * the wrong repairs repair audits 23 and 24 left drafted.  Each case
 * imports a small article written here, in our own words. */
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

#define FROB "HKLM\\Software\\Frob"
#define FROB_PARAMS "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters"

/* A REGINI file saved to a share, then the step that says what runs it,
 * written after BODY_HEAD: the script's value on line 26, the next step
 * on line 28. */
#define SCRIPT_THEN(then) \
	"\n" \
	"1. Copy Regini.exe from the Resource Kit to the installation share.\n" \
	"\n" \
	"2. Create a text file, name it Frobrun.ini, and save it to the share.\n" \
	"   In this file, create the following entries:\n" \
	"\n" \
	"     \\registry\\machine\n" \
	"          Software\n" \
	"            Frob\n" \
	"              FrobMode = REG_DWORD 1\n" \
	"\n" \
	then "\n"

/* Audits 23 and 24, Q158447 and Q142633: the REGINI file is one of the
 * files unattended setup copies (Dosnet.inf, Txtsetup.sif) or runs
 * (Unattend.txt) on the computers it installs.  Its values set up those
 * computers; as a repair they would be written into the hive of the one
 * being diagnosed (core/kbimport_regini.c).  A file the reader runs, or
 * another file in setup's list, keeps the repair. */
static void test_a24_regini_file_that_setup_runs(void **state)
{
	static const struct draft_case cases[] = {
		{ "the file listed for Dosnet.inf",
		  SCRIPT_THEN("3. Add these lines to the end of the [Files] section of Dosnet.inf:\n"
			      "\n"
			      "   d1,REGINI.EXE d1,FROBRUN.INI"),
		  { "review 26: lists the script among what unattended setup copies", NULL },
		  { "repair " FROB "|FrobMode", NULL } },
		{ "the file given to Unattend.txt's DetachedProgram",
		  SCRIPT_THEN("3. Add these lines to the [GUIUnattended] section of Unattend.txt:\n"
			      "\n"
			      "   DetachedProgram = \"%SystemRoot%\\System32\\REGINI.EXE\"\n"
			      "   Arguments = \"%SystemRoot%\\System32\\FROBRUN.INI\""),
		  { "review 26: lists the script among what unattended setup copies", NULL },
		  { "repair " FROB "|FrobMode", NULL } },
		{ "the reader runs the file",
		  SCRIPT_THEN("3. At a command prompt on the server, run regini frobrun.ini."),
		  { "repair " FROB "|FrobMode", NULL },
		  { "review 26: lists the script among what unattended setup copies", NULL } },
		{ "another file in Dosnet.inf's list",
		  SCRIPT_THEN("3. Run regini frobrun.ini.\n"
			      "\n"
			      "4. Add these lines to the [Files] section of Dosnet.inf:\n"
			      "\n"
			      "   d1,FROBRUNX.INI d1,FROB.INF"),
		  { "repair " FROB "|FrobMode", NULL },
		  { "review 26: lists the script among what unattended setup copies", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Q158447 line 137, and 120 more across the archive: a line that starts
 * "[Name] " is taken for a log excerpt ("[INIT] Unable to bind ...").  A
 * sentence wrapped before an .ini section's name, a section named in
 * words, and a line of IDL are none: a pattern made of them matches
 * prose (core/kbimport_logs.c).  Lines a lead-in presents stay excerpts,
 * the prose-like line above them too. */
static void test_log_shaped_lines_that_are_no_log(void **state)
{
	static const struct draft_case cases[] = {
		{ "a cluster log excerpt under a lead-in",
		  "\nThe cluster log shows:\n\n   [INIT] Unable to bind to the frob network adapter\n",
		  { "literal: '[INIT] Unable to bind to the frob network adapter'", NULL }, { NULL } },
		{ "a sentence wrapped before a bracketed name",
		  "\n1. Stop the agent. It loads only when the network card's driver is\n"
		  "   loaded after the protocol driver that the card binds to (the\n"
		  "   [NDIS] driver). Then restart the computer.\n",
		  { NULL }, { "literal: '[NDIS] driver", NULL } },
		{ "a section named in words after a blank line",
		  "\nThe agent reads these files:\n\n   [Agent] sections of each Frob.ini file\n",
		  { NULL }, { "literal: '[Agent] sections", NULL } },
		{ "a line of IDL",
		  "\nThe type library holds:\n\n   coclass Frob {\n   [default] interface IFrob;\n   };\n",
		  { NULL }, { "literal: '[default] interface", NULL } },
		{ "a check box",
		  "\nThe dialog box shows:\n\n   [ ] Restart the frob agent when it stops\n",
		  { NULL }, { "literal: '[ ] Restart", NULL } },
		{ "buttons",
		  "\nThe dialog box shows:\n\n   [Abort] [Retry] [Ignore]\n",
		  { NULL }, { "literal: '[Abort]", NULL } },
		{ "lines of an .ini file",
		  "\nFrob.ini then holds:\n\n   [Agent]   TraceLevel=3\n",
		  { NULL }, { "literal: '[Agent]", NULL } },
		{ "a dump's offset and bytes",
		  "\nThe message's first bytes are:\n\n   [     16]  05 00 00 00 05 35 7A 03 00 03 40 E4\n",
		  { NULL }, { "literal: '[     16]", NULL } },
		{ "a program's message that starts with its name in brackets",
		  "\nThe client reports:\n\n   [Frobsoft] [Frob ODBC Driver] Data source name not found\n",
		  { "literal: '[Frobsoft] [Frob ODBC Driver] Data source name not found'", NULL }, { NULL } },
		{ "a gateway's log lines under a lead-in, prose-like line first",
		  "\nThe gateway writes this to its log file:\n\n"
		  "   ERROR FROBPUT: 201 - Failure submitting the message to frob database\n"
		  "   [tx] 552 Error in local delivery\n",
		  { "literal: '[tx] 552 Error in local delivery'", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A key the steps locate and then add under, written after BODY_HEAD and
 * START_REGEDT32: the key on line 22, the step that adds on line 24. */
#define LOCATE_THEN(then) \
	START_REGEDT32 \
	"2. Locate the following key in the registry:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n" \
	then "\n"

/* Unseen 39, Q251107: "Locate the following key" then "click Add Key"
 * and "type the name of one of your connectors": what is added is the
 * reader's own, a review item, and the key kept as a check only because
 * the steps add under it was the draft's one check.  That the key exists
 * is not what the article asks (guide C13, core/kbimport_gate.c).  A
 * value drafted under it keeps the key as its place. */
static void test_u39_key_kept_only_to_add_under(void **state)
{
	static const struct draft_case cases[] = {
		{ "a key added under it with the reader's own name",
		  LOCATE_THEN("3. On the Edit menu, click Add Key, and type the name of one of your\n"
			      "   connectors (for example, Frob Link 1)."),
		  { "review 22: not drafted: the key " FROB_PARAMS ": the steps add under it", "checks 0", NULL },
		  { "check " FROB_PARAMS, NULL } },
		{ "a value drafted under it",
		  LOCATE_THEN("3. On the Edit menu, click Add Value, and add the following value:\n"
			      "\n"
			      "   Value Name: FrobMode\n"
			      "   Data Type: REG_DWORD\n"
			      "   Value: 1"),
		  { "check " FROB_PARAMS "|FrobMode", NULL },
		  { "review 22: not drafted: the key", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A DWORD value of several words added under a key, then the step that
 * sets it, written after BODY_HEAD: the key on line 20. */
#define MULTIWORD_THEN(key, then) \
	"\n" \
	"1. Open the following registry key:\n" \
	"\n" \
	"   " key "\n" \
	"\n" \
	"2. Add a new DWORD value named Per-Site Frob Level.\n" \
	"\n" \
	then "\n"

/* Unseen 39, Q217044 (and Q239427, where it drafts three values): the
 * root written apart from its path, "HKEY_LOCAL_MACHINE \SOFTWARE\...",
 * is the path (core/kbimport_roots.c).  Q239427 then sets "Per-Site
 * Journal Required" to 2 for one case and to 1 for another: the case
 * reader matched a value's name one word at a time, so a name of
 * several words never pointed at the datum (core/kbimport_cases.c). */
static void test_u39_root_apart_and_cases_of_a_long_name(void **state)
{
	static const struct draft_case cases[] = {
		{ "the root written apart from its path",
		  MULTIWORD_THEN("HKEY_LOCAL_MACHINE \\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters",
				 "3. Set the value of Per-Site Frob Level to 2."),
		  { "check REG_DWORD " FROB_PARAMS "|Per-Site Frob Level = 2", NULL },
		  { "for a case", NULL } },
		{ "two cases give a name of several words two data",
		  MULTIWORD_THEN("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters",
				 "3. For frobbing at the server level, set the value of Per-Site Frob\n"
				 "   Level to 2. For frobbing at the site level, set the value of Per-Site\n"
				 "   Frob Level to 1."),
		  { "review 0: sets Per-Site Frob Level to 2, but this line gives 1 for a case", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* An event block after a lead-in that names its log, written after
 * BODY_HEAD: the lead-in on line 18, the event ID on line 20 unless
 * lines come between. */
#define EVENT_UNDER(lead) \
	"\n" \
	lead "\n" \
	"\n" \
	"   Event ID: 306\n" \
	"   Source: Frob Agent\n" \
	"   Description: The Frob Agent could not bind to its port.\n"

/* Audit 25: five of 40 events drafted in the System log where the article
 * names the Application log: "an application event logged by", "the
 * Application event viewer", the log named more than five lines above
 * the event.  The log named nearest the event is its log, looked for up
 * to 12 lines above it in its section (core/kbimport_events.c); a lead-in
 * that names two logs leaves it a guess. */
static void test_a25_the_log_an_event_is_in(void **state)
{
	static const struct draft_case cases[] = {
		{ "'the following application event logged by'",
		  EVENT_UNDER("The session may fail, with the following application event logged by the agent:"),
		  { "event 306 from Frob Agent", "log: 'Application'", NULL },
		  { "is a guess", NULL } },
		{ "'in the Application event viewer'",
		  EVENT_UNDER("The following entry appears in the Application event viewer:"),
		  { "log: 'Application'", NULL }, { "is a guess", NULL } },
		{ "the log named nine lines above the event",
		  EVENT_UNDER("When the agent stops, look in the application event log. The agent\n"
			      "stops when its port is taken by another program, most often a\n"
			      "second copy of the agent that an older setup left running.\n"
			      "\n"
			      "To see which program holds the port, run netstat with its -a and -o\n"
			      "switches and match the process ID to the program in Task Manager.\n"
			      "\n"
			      "The agent writes:"),
		  { "log: 'Application'", NULL }, { "is a guess", NULL } },
		{ "'in the security event log'",
		  EVENT_UNDER("The following event appears in the security event log:"),
		  { "log: 'Security'", NULL }, { "is a guess", NULL } },
		{ "a lead-in that names two logs",
		  EVENT_UNDER("The following events may be logged in the application event log and system event\n"
			      "log:"),
		  { "event 306: the article does not say which log", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Audit 25: "an Event 624, logged by SNA Server" names the source after
 * the number (Q180052), and "Source: Event Log" is the EventLog service
 * (Q243848), while "the application event log may post an event 230"
 * names only the log (core/kbimport_sources.c).  A source with the
 * reader's own name in it, or two names, is no source a log holds as
 * written (the archive's 7 such, core/kbimport_events.c). */
static void test_a25_sources_as_a_log_holds_them(void **state)
{
	static const struct draft_case cases[] = {
		{ "'an Event 624, logged by SNA Server'",
		  "\nWhen the service stops, an Event 624, logged by SNA Server, is written.\n",
		  { "event 624 from SNA Server", NULL }, { NULL } },
		{ "'Source: Event Log'",
		  "\nThe server restarts, and the following is logged:\n\n"
		  "   Event ID: 6008\n"
		  "   Source: Event Log\n"
		  "   Description: The previous system shutdown was unexpected.\n",
		  { "event 6008 from EventLog", NULL }, { NULL } },
		{ "'Source: SNA <type> Link Service' holds a placeholder",
		  "\nThe link fails, and the following is logged:\n\n"
		  "   Event ID: 705\n"
		  "   Source: Frob <type> Link Service\n",
		  { "review 0: its source 'Frob <type> Link Service' holds a placeholder", NULL },
		  { "event 705 from Frob*", NULL } },
		{ "'Source: workstation <computer name> is not a valid computer name.'",
		  "\nThe event log may also show:\n\n"
		  " - Event ID: 3870\n"
		  "   Source: workstation <computer name> is not a valid computer name.\n",
		  { "event 3870 from Workstation", "review 0: its source is read as Workstation", NULL }, { NULL } },
		{ "'Source: MSExchangeIS Private | Public'",
		  "\nThe store stops, and the following is logged:\n\n"
		  "   Event ID: 1025\n"
		  "   Source: MSExchangeIS Private | Public\n",
		  { "event 1025 from MSExchangeIS Private", "review 0: another source as an alternative", NULL },
		  { NULL } },
		{ "'the application event log may post an event 230'",
		  "\nThe connection fails. The application event log may post an event 230 for it.\n",
		  { "event 230", NULL }, { "event 230 from EventLog", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Audit 25, Q186345: "STOP 0x44" in the title, "0x00000044 (0x80c52ba8)"
 * on the blue screen the body shows: the title's code was cited to the
 * title, which is never a fact's line (guide C15).  The body line that
 * gives it in hex is its line (core/kbimport_errors.c); a code the body
 * never gives stays on the title. */
static void test_a25_a_title_code_cited_to_the_body(void **state)
{
	static const struct draft_case cases[] = {
		{ "the body gives the title's code in hex",
		  "SYMPTOMS\n"
		  "========\n"
		  "\n"
		  "When the Frob driver loads, the computer stops with the following message:\n"
		  "\n"
		  "   0x00000044 (0x80c52ba8)\n",
		  { "id: error-0x44\n    cite: 15\n", NULL }, { NULL } },
		{ "the body does not give it",
		  "SYMPTOMS\n"
		  "========\n"
		  "\n"
		  "When the Frob driver loads, the computer stops on a blue screen.\n",
		  { "id: error-0x44\n    cite: 2\n", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900777.txt", ARTICLE_HEAD("Q900777", "STOP 0x44 in Frob.sys When the Driver Loads"),
				cases, sizeof cases / sizeof cases[0]);
}

/* Unseen 39, Q154110: a setup script's entries listed as "Database Name
 * =   "D:\mastvc.mdb"" under each key's path were in neither the draft nor
 * its review list.  Under a path alone on its line they are listed for
 * review; a program's "key = "MyKey"" under a comment that names a root
 * is not (core/kbimport_net.c). */
static void test_u39_quoted_listing_under_a_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "entries listed under a key's path",
		  "\nSetup writes these entries:\n"
		  "\n"
		  "HKEY_LOCAL_MACHINE\\Software\\Frob\\Uninstall\\FrobAgent\n"
		  "\n"
		  "   DisplayName          =   \"Frob Agent 2\"\n"
		  "   UninstallString      =   \"C:\\Frob\\setup.exe\"\n"
		  "\nAdditional query words: frob\n",
		  { "review 22: did not place", "review 23: did not place", NULL }, { NULL } },
		{ "a program's assignments under a comment that names a root",
		  "\nThe sample program does this:\n"
		  "\n"
		  "   'Create a key named MyKey under HKEY_LOCAL_MACHINE\n"
		  "   key = \"MyKey\"\n"
		  "   lpclass = \"MyKeyClass\"\n"
		  "\nAdditional query words: frob\n",
		  { NULL }, { "review 21: did not place", "review 22: did not place", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A SUMMARY that lists keys an uninstall leaves, then MORE INFORMATION
 * with the step given (the head is ARTICLE_HEAD: SUMMARY on line 10, the
 * keys on lines 15 and 17, the step on line 23). */
#define LEFT_KEYS(step) \
	"SUMMARY\n" \
	"=======\n" \
	"\n" \
	"When you remove Frob Server, these registry keys remain:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Agent\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Spool\n" \
	"\n" \
	"MORE INFORMATION\n" \
	"================\n" \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	step "\n" \
	"\n" \
	"Additional query words: frob\n"

#define AGENT_KEY "HKLM\\SOFTWARE\\Frob\\Agent"
#define SPOOL_KEY "HKLM\\SOFTWARE\\Frob\\Spool"

/* Unseen 39, Q217044: "Perform the following steps to delete each of the
 * keys listed in the SUMMARY section": the step names no key, the list
 * it points back at does (core/kbimport_backref.c).  "The key listed
 * above" is the nearest one; "do not delete" asks nothing. */
static void test_u39_keys_deleted_by_a_reference_back(void **state)
{
	static const struct draft_case cases[] = {
		{ "'delete each of the keys listed in the SUMMARY section'",
		  LEFT_KEYS("2. Delete each of the keys listed in the SUMMARY section of this article."),
		  { "absent " AGENT_KEY, "repair " AGENT_KEY, "absent " SPOOL_KEY, "repair " SPOOL_KEY,
		    "review 15: deleted by the step on line 23", NULL },
		  { NULL } },
		{ "'remove the registry key listed above': the nearest",
		  LEFT_KEYS("2. Remove the registry key listed above, and then restart the computer."),
		  { "absent " SPOOL_KEY, "repair " SPOOL_KEY, NULL },
		  { "check " AGENT_KEY, NULL } },
		{ "WMI's key in the list is a person's decision",
		  "\nThe uninstall leaves this key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WBEM\n"
		  "\n"
		  "Remove the registry key listed above, and then restart the computer.\n",
		  { "review 0: a key every program shares", NULL },
		  { "check HKLM\\SOFTWARE\\Microsoft\\WBEM", NULL } },
		{ "'do not delete the keys listed above'",
		  LEFT_KEYS("2. Do not delete the keys listed above; Setup uses them again."),
		  { "checks 0", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900777.txt", ARTICLE_HEAD("Q900777", "Frob Server Uninstall Leaves Keys"),
				cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a24_regini_file_that_setup_runs),
		cmocka_unit_test(test_log_shaped_lines_that_are_no_log),
		cmocka_unit_test(test_u39_key_kept_only_to_add_under),
		cmocka_unit_test(test_u39_root_apart_and_cases_of_a_long_name),
		cmocka_unit_test(test_a25_the_log_an_event_is_in),
		cmocka_unit_test(test_a25_sources_as_a_log_holds_them),
		cmocka_unit_test(test_a25_a_title_code_cited_to_the_body),
		cmocka_unit_test(test_u39_quoted_listing_under_a_key),
		cmocka_unit_test(test_u39_keys_deleted_by_a_reference_back),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
