/* test_kbimport_s47.c: what session 47 taught the importer.  Each case
 * reads a small article written here, in our own words. */
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
static const char frob_head[] = SYMPTOMS_ARTICLE("Frob Sender Cannot Reach Its Child Sites");

/* A program's log quoted under a lead-in that names the log ("the
 * Sender.log file states:"): a line that says what failed and ends with
 * a number in brackets is an error with that code, and its message is
 * that line alone (a log's lines are entries of their own, not one
 * wrapped message).  A line that says nothing failed keeps its number;
 * so does a line of the event log, whose text ends with other numbers
 * (a severity), and a lead-in that names no log and no message. */
static void test_a_log_entry_ends_with_its_code(void **state)
{
	static const struct draft_case cases[] = {
		{ "the log file states a failure",
		  "\nThe sender cannot connect to its child sites. When this happens, the\n"
		  "Frobsend.log file states:\n\n"
		  "   Error during WNetAddConnection2 to \\\\Frob\\SITE_SHARE (487).\n\n"
		  "The sender goes on with the next site.\n" FIX_WORDS,
		  { "    cite: 16\n    error:\n      code: 487\n"
		    "      message: 'Error during WNetAddConnection2 to \\\\Frob\\SITE_SHARE'", NULL },
		  { NULL } },
		{ "an entry among other entries",
		  "\nThe frob log shows the following lines:\n\n"
		  "   Started the sending thread\n"
		  "   ACCOUNT MGR : ERROR: NetUserGetInfo failed for user FROB\\AGENT (1722)\n"
		  "   Stopped the sending thread\n" FIX_WORDS,
		  { "      code: 1722\n      message: 'ACCOUNT MGR : ERROR: NetUserGetInfo failed for user FROB\\AGENT'",
		    NULL },
		  { "Started the sending thread ACCOUNT", NULL } },
		{ "a line that says nothing failed",
		  "\nThe Frobsend.log file states:\n\n"
		  "   Sent the queued messages to \\\\Frob\\SITE_SHARE (42)\n" FIX_WORDS,
		  { NULL },
		  { "code: 42", NULL } },
		{ "an event's text in the event log",
		  "\nSeveral 9405 events appear in the Windows NT Event Log:\n\n"
		  "   Error: suspected deadlock FROB KERNEL 29 (16)\n" FIX_WORDS,
		  { NULL },
		  { "code: 16", NULL } },
		{ "a lead-in that names no log",
		  "\nThe sender then reports:\n\n"
		  "   Error during WNetAddConnection2 to \\\\Frob\\SITE_SHARE (487).\n" FIX_WORDS,
		  { NULL },
		  { "code: 487", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(frob_head, cases);
}

/* A message that ends with a one-digit number in brackets after words
 * that say what failed ("Create Directory \\S\SHARE - Fail (5)") is
 * that code; after a sentence's stop a lone digit in brackets marks a
 * note or a list's item, as before. */
static void test_one_digit_after_a_failure(void **state)
{
	static const struct draft_case cases[] = {
		{ "a failure and one digit",
		  "\nThe following error message is written to the FROBLOGON.LOG:\n\n"
		  "   Create Directory \\\\FROB-PDC\\FROBLOGON\\Sites\\PRN - Fail (5)\n" FIX_WORDS,
		  { "      code: 5\n      message: 'Create Directory \\\\FROB-PDC\\FROBLOGON\\Sites\\PRN - Fail'", NULL },
		  { NULL } },
		{ "one digit after a sentence's stop",
		  "\nYou may receive the following error message:\n\n"
		  "   The frob table is full. Remove old entries first. (2)\n" FIX_WORDS,
		  { NULL },
		  { "code: 2", NULL } },
		{ "two digits after a sentence's stop, as before",
		  "\nYou may receive the following error message:\n\n"
		  "   The frob table is full. Remove old entries first. (24)\n" FIX_WORDS,
		  { "      code: 24\n", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(frob_head, cases);
}

/* "-and/or-" or "-and-" alone on a line, shallower than the messages it
 * joins, is no lead-in: the message under it belongs to the lead-in
 * above the first one, as under an "-or-" line. */
static void test_and_or_between_messages(void **state)
{
	static const struct draft_case cases[] = {
		{ "-and/or- between two messages",
		  "\nThe debugger may show the following error messages:\n\n"
		  "   Could not load the debuggee, unknown error in Frob (22)\n\n"
		  "-and/or-\n\n"
		  "   Could not load the debuggee, Frob is out of memory (8)\n" FIX_WORDS,
		  { "      code: 22\n", "    cite: 19\n    error:\n      code: 8\n", NULL },
		  { NULL } },
		{ "-and- between two messages",
		  "\nThe debugger may show the following error messages:\n\n"
		  "   Could not load the debuggee, unknown error in Frob (22)\n\n"
		  "-and-\n\n"
		  "   Could not load the debuggee, Frob is out of memory (14)\n" FIX_WORDS,
		  { "      code: 22\n", "    cite: 19\n    error:\n      code: 14\n", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(frob_head, cases);
}

/* A lead-in in a list item's text, hanging as deep as the message under
 * it (" - If the frob was made with the wizard, the" / "   following
 * error message appears:"), announces that message as a shallower
 * lead-in does.  An indented paragraph of its own, as deep as the lines
 * under it, is no item: they are not read as its message. */
static void test_a_lead_in_hanging_in_a_list_item(void **state)
{
	static const struct draft_case cases[] = {
		{ "a bullet's hanging lead-in",
		  "\nFrob Wizard\n-----------\n\n"
		  " - If the frob was made with the wizard, after you click OK, the\n"
		  "   following error message appears:\n\n"
		  "   The wizard cannot go on because an error has occurred (512).\n" FIX_WORDS,
		  { "    cite: 19\n    error:\n      code: 512\n"
		    "      message: 'The wizard cannot go on because an error has occurred'", NULL },
		  { NULL } },
		{ "a step's hanging lead-in",
		  "\n1. Start the Frob Wizard. After you click OK, the following error\n"
		  "   message appears:\n\n"
		  "   The wizard cannot go on because an error has occurred (512).\n" FIX_WORDS,
		  { "      code: 512\n", NULL },
		  { NULL } },
		{ "an indented paragraph, no item",
		  "\nThe frob is made again.\n\n"
		  "   The wizard shows what it found in the following error:\n\n"
		  "   The wizard cannot go on because an error has occurred (512).\n" FIX_WORDS,
		  { NULL },
		  { "code: 512", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(frob_head, cases);
}

/* A code the sentence says should happen ("the driver should return
 * error 22002", "fails as expected with error 10061", "the expected error
 * message is ...") is what a working system does, not the symptom: a
 * review item, not drafted.  The sentence may turn to what happens
 * instead ("should fail with error 2120 but instead produces error
 * 6700": 6700 is the symptom); "Expected" inside a quoted message is the
 * message's word; "is expected to" says nothing of the code. */
static void test_an_expected_code_is_no_symptom(void **state)
{
	static const struct draft_case cases[] = {
		{ "should return",
		  "\nThe frob driver returns error 87 when a query has no rows. By the\n"
		  "specification the driver should return error 22002 on such a query.\n" FIX_WORDS,
		  { "      code: 87\n",
		    "  - line: 14\n    field: 'symptoms'\n    note: 'error 22002: the words around it say it is what should happen (expected), not what went wrong: add it only if the technician sees it'",
		    NULL },
		  { "code: 22002", NULL } },
		{ "as expected",
		  "\nThe frob client times out with error 10060. A connection to a stopped\n"
		  "server fails as expected with error 10061 (connection refused).\n" FIX_WORDS,
		  { "      code: 10060\n", "note: 'error 10061: the words around it say it is what should happen", NULL },
		  { "code: 10061", NULL } },
		{ "the expected error message",
		  "\nWhen you connect to a missing share, the expected error message is\n"
		  "\"Error 53: The network path was not found.\" Frob Manager shows\n"
		  "\"Error 59: An unexpected network error occurred.\" instead.\n" FIX_WORDS,
		  { "      code: 59\n", "note: 'error 53: the words around it say it is what should happen", NULL },
		  { "code: 53\n", NULL } },
		{ "the sentence turns to what happens",
		  "\nThe allocation should fail with error 2120 but instead produces\n"
		  "error 6700 on the frob server.\n" FIX_WORDS,
		  { "      code: 6700\n", "note: 'error 2120: the words around it say it is what should happen", NULL },
		  { "code: 2120", NULL } },
		{ "Expected inside a quoted message",
		  "\nThe query fails with \"Run-time error '3061': Too few parameters. Expected 1\".\n" FIX_WORDS,
		  { "      code: 3061\n", NULL },
		  { "should happen", NULL } },
		{ "expected to: nothing of the code",
		  "\nWhen the counter wraps, error 39 is logged and the new value is expected\n"
		  "to be random.\n" FIX_WORDS,
		  { "      code: 39\n", NULL },
		  { "should happen", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(frob_head, cases);
}

/* A table of codes ("101    The frob cannot start.", five rows or more
 * under a lead-in about errors, or rows that read as failures) is a
 * reference: each row nothing else placed is listed for a person with
 * its line, so the review list holds every line that names a code.
 * Rows may wrap deeper, over any number of lines, and be parted by
 * blank lines or a table's borders; codes may be hex ("0x1A", "3Fh") or
 * given twice (hex and decimal columns) or follow its constant's name
 * ("FROB_E_FULL  0x80041600L").  Four rows are no table; a table of
 * priorities is not about codes. */
static void test_a_table_of_codes_is_listed_row_by_row(void **state)
{
	static const char head[] = SUMMARY_ARTICLE("Frob Agent Error Codes");
	static const struct draft_case cases[] = {
		{ "a table of error codes",
		  "\nThe frob agent writes the following error codes to its log:\n\n"
		  "   101    The frob cannot start.\n"
		  "   102    The frob cannot read its queue. Check that the queue\n"
		  "          folder exists.\n\n"
		  "   103    The frob ran out of memory.\n"
		  "   104    The frob was stopped by an operator.\n"
		  "   105    The frob lost its connection.\n" END_WORDS,
		  { "  - line: 15\n    note: 'code 101 is a row of a table of codes (lines 15-21), a reference, not one problem",
		    "  - line: 16\n    note: 'code 102 is a row", "  - line: 19\n    note: 'code 103 is a row",
		    "  - line: 21\n    note: 'code 105 is a row", NULL },
		  { "  - line: 17\n    note: 'code", "code: 101", NULL } },
		{ "hex codes, rows that read as failures",
		  "\nThe frob agent knows these:\n\n"
		  "   0x1A    Invalid frob header\n"
		  "   0x1B    Cannot write the frob file\n"
		  "   3Fh     Frob file not found\n"
		  "   40      Frob table is full, unable to add\n"
		  "   41      Frob table is in use\n" END_WORDS,
		  { "note: 'code 0x1A is a row", "note: 'code 3Fh is a row", "note: 'code 41 is a row", NULL },
		  { NULL } },
		{ "a code in two columns, a bar table with borders, long wrapped rows",
		  "\nThe frob agent returns these error codes:\n\n"
		  "+------------------------------------------+\n"
		  "| 02 | 02 | The frob file was not found.   |\n"
		  "+------------------------------------------+\n"
		  "| 03 | 03 | The frob path was not found, or\n"
		  "     the frob folder was moved away from\n"
		  "     its place by another program, by a\n"
		  "     person or by the frob agent itself\n"
		  "     while it ran under another account\n"
		  "     with fewer rights than its own. |\n"
		  "+------------------------------------------+\n"
		  "| 04 | 04 | Too many frob files are open.  |\n"
		  "| 05 | 05 | Access to the frob was denied. |\n"
		  "| 0C | 12 | The frob access code is bad.   |\n" END_WORDS,
		  { "  - line: 16\n    note: 'code 02 is a row of a table of codes (lines 16-27)",
		    "  - line: 18\n    note: 'code 03 is a row", "  - line: 27\n    note: 'code 0C is a row", NULL },
		  { NULL } },
		{ "codes in the column after their constants' names",
		  "\nThe frob library returns the following error codes:\n\n"
		  "   FROB_SUCCESS                 0\n"
		  "   FROB_E_FAILURE               1\n"
		  "   FROB_E_NO_QUEUE              2\n"
		  "| FROB_E_FULL        | 0x80041600L | The frob table is full          |\n"
		  "| FROB_E_BAD_HEADER  | 0x80041601L | The frob header is bad          |\n" END_WORDS,
		  { "  - line: 16\n    note: 'code 1 is a row of a table of codes (lines 15-19)",
		    "  - line: 18\n    note: 'code 0x80041600L is a row", NULL },
		  { "code: 0x80041600", NULL } },
		{ "four rows are no table",
		  "\nThe frob agent writes the following error codes to its log:\n\n"
		  "   101    The frob cannot start.\n"
		  "   102    The frob cannot read its queue.\n"
		  "   103    The frob ran out of memory.\n"
		  "   104    The frob was stopped by an operator.\n" END_WORDS,
		  { NULL },
		  { "is a row of a table of codes", NULL } },
		{ "a table of priorities",
		  "\nThe frob agent sends messages with these priorities:\n\n"
		  "   1      Low\n"
		  "   2      Normal\n"
		  "   3      High\n"
		  "   4      Urgent\n"
		  "   5      Immediate\n" END_WORDS,
		  { NULL },
		  { "is a row of a table of codes", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(head, cases);
}

/* A run of .ini entries ("device=a.386" / "device=b.386" / ...) is read
 * as a whole: words naming the .ini file above the run, or a section's
 * header ("[386 Enhanced]"), make each entry of it a setting outside the
 * registry, listed for a person, however long the run.  An entry that
 * names a registry type ("value=dev0,Drivers,REG_MULTI_SZ,frob", a setup
 * file writing the registry) is not called an .ini setting. */
static void test_a_run_of_ini_entries(void **state)
{
	static const struct draft_case cases[] = {
		{ "a long run under words naming the file",
		  "\nFrob Remote adds the following lines to the SYSTEM.INI file:\n\n"
		  "      [386 Enhanced]\n"
		  "      frobsection=500\n"
		  "      device=frobdos.386\n"
		  "      device=frobaw.386\n"
		  "      device=frobevnt.386\n"
		  "      device=frobtime.386\n" FIX_WORDS,
		  { "  - line: 20\n    field: 'checks'\n    note: \"'device' is a setting in an .ini file",
		    "  - line: 16\n    field: 'checks'\n    note: \"'frobsection' is a setting in an .ini file", NULL },
		  { NULL } },
		{ "a section's header alone",
		  "\nRemove the following lines if you find them:\n\n"
		  "   [Frob Drivers]\n"
		  "   driver1=frobnet.drv\n"
		  "   driver2=frobndis.drv\n" FIX_WORDS,
		  { "  - line: 16\n    field: 'checks'\n    note: \"'driver1' is a setting in an .ini file", NULL },
		  { NULL } },
		{ "an entry that writes the registry",
		  "\nThe setup file of the frob driver holds:\n\n"
		  "   [Config.frob]\n"
		  "   value=dev0,FrobDrivers,REG_MULTI_SZ,frob\n" FIX_WORDS,
		  { NULL },
		  { "'value' is a setting in an .ini file", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(frob_head, cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_log_entry_ends_with_its_code),
		cmocka_unit_test(test_one_digit_after_a_failure),
		cmocka_unit_test(test_and_or_between_messages),
		cmocka_unit_test(test_a_lead_in_hanging_in_a_list_item),
		cmocka_unit_test(test_an_expected_code_is_no_symptom),
		cmocka_unit_test(test_a_table_of_codes_is_listed_row_by_row),
		cmocka_unit_test(test_a_run_of_ini_entries),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
