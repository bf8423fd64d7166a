/* test_kbimport_s45.c: a draft's cites hold what they cite (session
 * 45).  Found by finishing 800 random archive drafts as a person would
 * (the review list and the REVIEW: marks taken out) and running kb
 * verify over them: codes whose message stands on the lines above the
 * code, codes wrapped past their words, checks whose key, value or data
 * lie on lines next to the ones cited.  Each case reads a small article
 * written here, in our own words. */
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

/* The cases' bodies open under a SYMPTOMS heading (line 13 is the body's
 * first line of text). */
static const char sym_head[] = SYMPTOMS_ARTICLE("Frob Agent Stops Responding");

/* An error's cite holds its code and its whole message, wherever the
 * reader took the message from: the lines above a code that closes it
 * ("... will be created. (1009)."), the line below ("Run-time error
 * '75':" / "Path/File access error"), and a code wrapped past the words
 * that name it ("a "Stop" / "0xA" error"). */
static void test_an_error_cite_holds_its_message_and_code(void **state)
{
	static const struct draft_case cases[] = {
		{ "a message wrapped over the code that closes it",
		  "\nWhen you start the Frob Agent, you receive the following message:\n\n"
		  "   The Frob Agent was unable to load a locally stored frob file. A new\n"
		  "   frob file will be created. (1009).\n" FIX_WORDS,
		  { "    cite: 15-16\n    error:\n      code: 1009", NULL },
		  { NULL } },
		{ "a code in brackets after a two-line message",
		  "\nWhen you log on, you receive the following message:\n\n"
		  "   The Frob Agent was unable to load your frob file. Please contact your\n"
		  "   frob administrator. [18]\n" FIX_WORDS,
		  { "    cite: 15-16\n    error:\n      code: 18", NULL },
		  { NULL } },
		{ "a run-time error's message on the next line",
		  "\nWhen you save the frob report, you receive the following error message:\n\n"
		  "   Run-time error '75':\n"
		  "   Path/File access error\n" FIX_WORDS,
		  { "    cite: 15-16\n    error:\n      code: 75\n      message: 'Path/File access error'", NULL },
		  { NULL } },
		{ "a STOP code wrapped past its word",
		  "\nAfter you install the Frob Filter, you may receive a \"Stop\n"
		  "0xA\" error message on a blue screen.\n" FIX_WORDS,
		  { "    cite: 13-14\n    error:\n      code: 0xA", NULL },
		  { NULL } },
		{ "a code and message on one line keep the one line",
		  "\nWhen you start the Frob Agent, you receive the following message:\n\n"
		  "   Error 1058: The frob service cannot be started.\n\n"
		  "The agent then stops.\n" FIX_WORDS,
		  { "    cite: 15\n    error:\n      code: 1058", NULL },
		  { "cite: 15-16", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* An event that writes the code and message of the error its
 * description carries cites the description's lines that hold them
 * (before, only the ID's line: kb verify found neither there). */
static void test_an_event_cite_holds_its_error(void **state)
{
	static const struct draft_case cases[] = {
		{ "an error in the event's description",
		  "\nThe following event is logged in the application event log:\n\n"
		  "   Event ID: 1206\n"
		  "   Source: FrobDS\n"
		  "   Type: Warning\n"
		  "   Description: Could not modify the frob replication connector\n"
		  "   because of error 34. If this condition persists, stop and restart\n"
		  "   the frob server.\n" FIX_WORDS,
		  { "    cite: 15-20\n    event:", "      error: 34\n", NULL },
		  { NULL } },
		{ "the code named far below, the message in the description",
		  "\nThe following event is logged in the system event log:\n\n"
		  "   Event ID: 7023\n"
		  "   Source: Service Control Manager\n"
		  "   Description: The Frob service terminated with the following error:\n"
		  "                Not enough frob storage is available to process this\n"
		  "                command.\n\n"
		  "The frob service keeps its storage in a pool that other services share.\n"
		  "When the pool is full, the frob service cannot allocate its queues, and it\n"
		  "stops. Other services that depend on it then stop too, and the frob\n"
		  "console shows no servers.\n\n"
		  "When you start the service at a command prompt, you receive:\n\n"
		  "   System error 1130 has occurred.\n"
		  "   Not enough frob storage is available to process this command.\n" FIX_WORDS,
		  { "    cite: 15-19\n    event:", "      error: 1130\n", "    cite: 28-29\n    error:", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* A check's cite holds its key, value and data: a key wrapped with its
 * value and data on its second line ("...\CurrentVersion\" / "AddOns\Frob
 * Manager: REG_SZ: frobmgr.cpl"), and data typed in the step after the
 * one that names the value, data in a lead-in's second line above the
 * key ("... in the following registry" / "key, and set the data value to
 * 1:").  A step's number above the key ("1. Start Registry Editor") is
 * never read as the data. */
static void test_a_check_cite_holds_its_key_value_and_data(void **state)
{
	static const struct draft_case cases[] = {
		{ "a key wrapped with its value on the second line",
		  "\nThe Frob Agent does not load its add-on.\n\nRESOLUTION\n==========\n\n"
		  "The following registry entry must read as shown below:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Agent\\CurrentVersion\\\n"
		  "   AddOns\\Frob Manager: REG_SZ: frobmgr.cpl\n\n" END_WORDS,
		  { "    cite: 20-21\n    key: 'HKLM\\SOFTWARE\\Frob\\Agent\\CurrentVersion\\AddOns'\n"
		    "    value: 'Frob Manager'", NULL },
		  { NULL } },
		{ "data typed in the step after the value's",
		  "\nThe Frob Agent shows the last user's name.\n\nRESOLUTION\n==========\n\n"
		  "1. Start Registry Editor and locate the following key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Agent\\CurrentVersion\n"
		  "   \\Logon\n\n"
		  "2. Select the HideLastUserName value, and then click String from the Edit\n"
		  "   menu.\n\n"
		  "3. Type 1 in the String Editor dialog box, and then click OK.\n\n" END_WORDS,
		  { "    cite: 20-21, 23-26\n    key: 'HKLM\\SOFTWARE\\Frob\\Agent\\CurrentVersion\\Logon'\n"
		    "    value: 'HideLastUserName'", "data: '1'", NULL },
		  { "cite: 18-", "cite: 19-", NULL } },
		{ "data in the lead-in's second line, above the key",
		  "\nFrob clients cannot open long share names.\n\nRESOLUTION\n==========\n\n"
		  "1. Start Registry Editor.\n\n"
		  "2. Create a REG_DWORD value named AllowFrobNames in the following registry\n"
		  "   key, and set the data value to 1:\n\n"
		  "      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n\n"
		  "3. Quit Registry Editor.\n\n" END_WORDS,
		  { "    cite: 20-21, 23\n    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters'\n"
		    "    value: 'AllowFrobNames'", "data: 1\n", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* The cause's and each step's extract cite every line their words come
 * from, not the first alone (14,867 archive drafts had a prose cite
 * shorter than its extract). */
static void test_prose_extracts_cite_their_lines(void **state)
{
	static const struct draft_case cases[] = {
		{ "a cause and a step wrapped over two lines",
		  "\nThe Frob Agent does not start.\n\nCAUSE\n=====\n\n"
		  "The Frob Agent reads its settings from a\n"
		  "file that Setup skips.\n\nRESOLUTION\n==========\n\n"
		  "1. Run Frob Setup and use the Add/Remove option to remove \"Frob\n"
		  "   Integration.\"\n\n" END_WORDS,
		  { "cause-cite: 18-19\n", "    cite: 24-25\n    manual: 'REVIEW: Run Frob Setup", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* "Source X" with no colon takes the name up to the next field, not the
 * rest of the line (a made-up article drafted "MSFTPSVC Event ID 8: FTP
 * Server could not create a client worker" as the source). */
static void test_a_source_without_colon_ends_at_the_next_field(void **state)
{
	static const struct draft_case cases[] = {
		{ "the event's ID after its source on one line",
		  "\nWhen clients connect to the frob site, they get an error.\n\n"
		  "   Source FrobSvc Event ID 8: The frob server could not create a client\n"
		  "   worker thread for the user.\n" FIX_WORDS,
		  { "event 8", "      source: 'FrobSvc'\n", NULL },
		  { "source: 'FrobSvc Event", NULL } },
		{ "a quoted source, then its category",
		  "\nThe frob console may show a matching error in the Application Event Log with\n"
		  "Source \"Frob Center,\" Category \"Monitoring,\" Event 53, and the following\n"
		  "description.\n" FIX_WORDS,
		  { "event 53", "      source: 'Frob Center'\n", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* A helper's review of the cite passes: a code kb verify cannot read as
 * written ("Stop 50", read as 0x50) is never "found" in another number
 * of the same value nearby ("80 users"); a short datum is not "found" in
 * a line that only lists it among a range ("Valid Range: 0,1") but
 * where a line states it ("Change the value to 1"). */
static void test_cite_review_findings(void **state)
{
	static const struct draft_case cases[] = {
		{ "a code kb verify cannot read keeps its line",
		  "\nA \"Stop 50\" error may occur in Frob.sys on a Frobnitz server.\n\n"
		  "This problem occurs on servers with more than 80 users.\n" FIX_WORDS,
		  { "    cite: 13\n    error:\n      code: 0x50", NULL },
		  { "cite: 13-15", NULL } },
		{ "a short datum where a line states it",
		  "\nThe Frob service runs in the wrong mode.\n\nRESOLUTION\n==========\n\n"
		  "1. Start Registry Editor.\n\n"
		  "2. Locate the FrobMode value under the following key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n\n"
		  "   FrobMode (REG_DWORD), Valid Range: 0,1\n\n"
		  "3. Change the value to 1.\n\n" END_WORDS,
		  { "    cite: 22, 24-26\n    key:", "data: 1\n", NULL },
		  { NULL } },
		{ "a short datum only listed in a range below",
		  "\nThe Frob service posts unchecked requests.\n\nRESOLUTION\n==========\n\n"
		  "To resolve this problem, obtain the latest service pack, and then follow\n"
		  "these steps:\n\n"
		  "1. Install the fix.\n\n"
		  "2. Set the FrobPostCheck registry parameter to 1:\n\n"
		  "   \n\n"
		  "   FrobPostCheck\n"
		  "   Key: HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\W3Svc\\Parameters\n"
		  "   Value Type: REG_DWORD - Boolean\n"
		  "   Valid Range: 0,1 (False or True)\n"
		  "   Default: 0 (False)\n\n" END_WORDS,
		  { "    cite: 27, 28\n    key:", "data: 1\n", NULL },
		  { "cite: 27, 28-", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* A field's label alone after the code ("Address:", its value on the
 * next line) is no message; "Type mismatch:" is one (its name follows;
 * the colon is dropped since session 52). */
static void test_a_bare_label_is_no_message(void **state)
{
	static const struct draft_case cases[] = {
		{ "Dr. Watson's address label after the exception's code",
		  "\nWhen the frob tool stops, the following message appears:\n\n"
		  "   An application error has occurred and an application error log is being\n"
		  "   generated. Frob.exe. Exception: access violation (0xc0000005), Address:\n"
		  "   0x0523ca55.\n" FIX_WORDS,
		  { "      code: 0xc0000005\n      message: 'REVIEW:", NULL },
		  { "message: 'Address:'", NULL } },
		{ "a message that ends in a colon (without it, session 52)",
		  "\nWhen you run the frob script, you receive:\n\n"
		  "   Microsoft VBScript runtime error '800a000d' Type mismatch:\n"
		  "   'frob_object' /frob/functions.inc, line 39\n" FIX_WORDS,
		  { "      code: 0x800a000d\n      message: 'Type mismatch'", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_an_error_cite_holds_its_message_and_code),
		cmocka_unit_test(test_an_event_cite_holds_its_error),
		cmocka_unit_test(test_a_check_cite_holds_its_key_value_and_data),
		cmocka_unit_test(test_prose_extracts_cite_their_lines),
		cmocka_unit_test(test_a_source_without_colon_ends_at_the_next_field),
		cmocka_unit_test(test_cite_review_findings),
		cmocka_unit_test(test_a_bare_label_is_no_message),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
