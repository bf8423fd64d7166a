/* test_kbimport_s43.c: forms of session 43's importer mends, read from
 * the misses of unseen226-241 (POOL errors3), from the whole archive's
 * drafts and from a review of the mends.  Each case imports a small article written here, in our own
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

/* The cases' bodies open under a SYMPTOMS heading (line 12 is the body's
 * first): what they name is what the technician sees. */
static const char sym_head[] = SYMPTOMS_ARTICLE("Frob Agent Stops Responding");

/* unseen227's Q272114: "the GetLastError function may return 8": the
 * Win32 error a failed call left, named with the word "function" and a
 * modal before the verb, and wrapped after the call's name. */
static void test_what_getlasterror_may_return(void **state)
{
	static const struct draft_case cases[] = {
		{ "the call named as a function, a modal before its verb",
		  "\nWhen you frob a large file, the FrobPage function may fail, and the GetLastError function "
		  "may return 8.\n" FIX_WORDS,
		  { "error 8", NULL },
		  { NULL } },
		{ "the call's name ending the line, its verb on the next",
		  "\nWhen you frob a large file, the FrobPage function may fail, and the GetLastError\n"
		  "function may return 14 (\"Not enough storage is available\").\n" FIX_WORDS,
		  { "error 14", NULL },
		  { NULL } },
		{ "with brackets and \"will\"",
		  "\nAfter the frob server fails, GetLastError() will return 5.\n" FIX_WORDS,
		  { "error 5", NULL },
		  { NULL } },
		{ "a call's name that ends its line above no verb gives nothing",
		  "\nThe frob tool prints the GetLastError\nvalue 12 times in its log.\n" FIX_WORDS,
		  { NULL },
		  { "error 12", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen227's Q129037: "with the exception of 4" is the idiom for "but",
 * no processor's exception. */
static void test_with_the_exception_of(void **state)
{
	static const struct draft_case cases[] = {
		{ "the idiom before a number",
		  "\nThe frob server takes every setting, with the exception of 4.\n" FIX_WORDS,
		  { NULL },
		  { "error 4", NULL } },
		{ "an exception's own code stays read",
		  "\nThe frob server stops with an exception 0E has occurred at 0028:C0012345.\n" FIX_WORDS,
		  { "error 0x0E", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen227's Q154944 and 13 archive articles: "a STOP" / "error message
 * (0xA) may occur", "a "Stop" / "0x1E in Frob.sys" error message": the
 * bug check's word ends one line and its code, written with 0x, opens
 * the next, bare or in brackets after the words that name the screen. */
static void test_a_stop_code_wrapped_after_its_word(void **state)
{
	static const struct draft_case cases[] = {
		{ "the code bare on the next line",
		  "\nOn frob servers you may receive \"Stop\n0x1E in Frob.sys\" error messages.\n" FIX_WORDS,
		  { "error 0x1E", NULL },
		  { NULL } },
		{ "the code in brackets after the screen's words",
		  "\nWhen you run the frob server on a Power PC computer, a STOP\n"
		  "error message (0xA) may occur.\n" FIX_WORDS,
		  { "error 0xA", NULL },
		  { NULL } },
		{ "a character table's Full Stop above the next character's code",
		  "\nThe frob font maps these characters:\n\n   0x2e - 0x002e - ;Full Stop\n"
		  "   0x2f - 0x002f - ;Solidus\n" FIX_WORDS,
		  { NULL },
		  { "error 0x2f", NULL } },
		{ "the verb stop above a flag's value",
		  "\nThe frob service may stop\n(hang) and the 0x0A flag is set.\n" FIX_WORDS,
		  { NULL },
		  { "error 0x0A", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen227's Q161889, unseen167's Q170471: a list of codes, each
 * opening a line with its meaning after it, the meaning's first word
 * the article "A" ("80040115 - A network error prevented ..."). */
static void test_a_listed_code_whose_meaning_opens_with_a(void **state)
{
	static const struct draft_case cases[] = {
		{ "an HRESULT without its 0x and a dash",
		  "\nSome of the frob messages and their causes:\n\n"
		  "80040115 - A network error stopped the frob from finishing.\n" FIX_WORDS,
		  { "error 0x80040115", NULL },
		  { NULL } },
		{ "the HRESULT in quotes, as a script host shows it",
		  "\nWhen you open the frob page, you receive the following error message:\n\n"
		  "   '800a01ad' Frob component can't create object\n" FIX_WORDS,
		  { "error 0x800a01ad", NULL },
		  { NULL } },
		{ "one letter that is no article opens no meaning",
		  "\nSome of the frob messages and their causes:\n\n"
		  "80040115 - x network error stopped the frob from finishing.\n" FIX_WORDS,
		  { NULL },
		  { "error 0x80040115", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen231's Q177591 and unseen233's Q235373: "Service Pack 3, RC 1."
 * names a release candidate, and "Frob.rc  04/29/99" a resource
 * script's file, no return code. */
static void test_rc_that_is_no_return_code(void **state)
{
	static const struct draft_case cases[] = {
		{ "a service pack's release candidate",
		  "\nIn the About box the second line of text may read:\n\n"
		  "   Version 4.0 (Build 1381: Service Pack 3, RC 1.\n" FIX_WORDS,
		  { NULL },
		  { "error 1", NULL } },
		{ "a resource script in a file listing",
		  "\nThe frob update holds these files:\n\n"
		  "   Frob.rc           04/29/99  12:04p      3,392\n" FIX_WORDS,
		  { NULL },
		  { "error 4", NULL } },
		{ "a return code stays read",
		  "\nThe frob job ends with RC 12 and the message Frob failed.\n" FIX_WORDS,
		  { "error 12", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen230's Q235760 and 2 more archive articles: the SMS Provider's
 * report of SQL Server's error, "SQL Err >> #107 Sev 16: ...". */
static void test_the_sms_provider_s_sql_error(void **state)
{
	static const struct draft_case cases[] = {
		{ "two on one message, the first's words on the next line",
		  "\n   The Frob Provider reported the following error: SQL Err >> #107 Sev 16:\n"
		  "   The column does not match. SQL Err>> #10007 Sev 5: General SQL Server error.\n" FIX_WORDS,
		  { "error 107", "message: 'The column does not match'", "error 10007", NULL },
		  { NULL } },
		{ "no severity, no such report",
		  "\n   The frob tool prints Err #12 when it stops.\n" FIX_WORDS,
		  { NULL },
		  { "error 12", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen232's Q128325: "the Jet Blue error ID -1808": a negative number
 * after "error ID" is the error, never an event's ID. */
static void test_a_negative_error_id(void **state)
{
	static const struct draft_case cases[] = {
		{ "negative: the error",
		  "\nThe error text includes the Jet Blue error ID -1808 when the frob store stops.\n" FIX_WORDS,
		  { "error 0xFFFFF8F0", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen236's Q214572 and Q192300, the archive's Q173840: a program's
 * listing, not a message: a C comment line ("// if the return code is
 * 1264"), a value the program compares ("secondary_rc ==  3019964416"),
 * an object's property ("CASE oPrinter.STATUS = 1"). */
static void test_codes_in_a_program_s_listing(void **state)
{
	static const struct draft_case cases[] = {
		{ "a C comment line",
		  "\nThe frob sample reads the secondary code:\n\n"
		  "      // if the actual return code is 1264, retry the frob\n" FIX_WORDS,
		  { NULL },
		  { "error 1264", NULL } },
		{ "a value compared in a condition",
		  "\nThe frob sample reads the secondary code:\n\n"
		  "      if (frob->secondary_rc ==  3019964416)\n" FIX_WORDS,
		  { NULL },
		  { "error 3019964416", NULL } },
		{ "an object's property",
		  "\nThe frob sample reads the printer:\n\n"
		  "         CASE oFrob.STATUS = 1\n" FIX_WORDS,
		  { NULL },
		  { "error 1", NULL } },
		{ "an error in prose stays read",
		  "\nThe frob job stops with error 1264 and the message Frob failed.\n" FIX_WORDS,
		  { "error 1264", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen236's Q249834: "generates an error" / "80004005 when you ...":
 * an HRESULT without its 0x opening the line after its keyword. */
static void test_a_bare_hresult_wrapped_after_error(void **state)
{
	static const struct draft_case cases[] = {
		{ "the HRESULT and words after it",
		  "\nThe frob manager generates an error\n80004005 when you install it on a cluster server.\n" FIX_WORDS,
		  { "error 0x80004005", NULL },
		  { NULL } },
		{ "eight digits that are no HRESULT stay unread",
		  "\nThe frob manager generates an error\n12345678 times a day on a busy server.\n" FIX_WORDS,
		  { NULL },
		  { "error 12345678", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen238's Q134958: a list of events, each an ID and its message,
 * with "-or-" between them: the list goes on past the "-or-". */
static void test_an_event_list_with_or_between(void **state)
{
	static const struct draft_case cases[] = {
		{ "three IDs, two \"-or-\" lines",
		  "\nThe frob server may log one of the following events in Event Viewer:\n\n"
		  "   4204 - An Error was encountered in the frob database\n\n   -or-\n\n"
		  "   4294 - Missing or Corrupt frob files\n\n   -or-\n\n"
		  "   7023 - The frob service stopped with an error\n" FIX_WORDS,
		  { "event 4204", "event 4294", "event 7023", NULL },
		  { NULL } },
		{ "prose after the list ends it",
		  "\nThe frob server may log one of the following events in Event Viewer:\n\n"
		  "   4204 - An Error was encountered in the frob database\n\n   -or-\n\n"
		  "   Then 4294 frob files are lost.\n" FIX_WORDS,
		  { "event 4204", NULL },
		  { "event 4294", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* A review of session 43's readers (each case reproduced there with
 * made-up text): what they must leave alone, and forms of theirs first
 * missed. */
static void test_the_review_s_findings(void **state)
{
	static const struct draft_case cases[] = {
		{ "a connector's own log file named 'event log' is still its own",
		  "\nThe frob connectors stop, and the FrobLink event log file may contain entries\n"
		  "similar to the following:\n\n"
		  " - LME-FROB-MEXDIA(0230) 1 56002:{Table is full}: Could not register timer\n" FIX_WORDS,
		  { "review 16: entry 56002 of an Exchange connector's own log", NULL },
		  { "error 56002", NULL } },
		{ "an information entry (level 3) is listed too, never drafted",
		  "\nThe frob connector's browse log holds the following entries:\n\n"
		  "   1998/08/25 14:30:08- LME-FROB-NTSMEX(0202) 3 41419:Cannot locate the frob server\n" FIX_WORDS,
		  { "review 15: entry 41419 of an Exchange connector's own log (level 3, information)", NULL },
		  { "error 41419", NULL } },
		{ "Event Viewer's description holds a drafted entry",
		  "\nEvent Viewer shows Event ID 1 from the frob connector, with the following description:\n\n"
		  "   LME-FROB-DXA(020d)1 64002:error[Invalid configuration]\n" FIX_WORDS,
		  { "error 64002", NULL },
		  { NULL } },
		{ "a quoted value that is no message",
		  "\nTo turn on tracing, set the FrobFlags entry to the string\n"
		  "'80000001' and then restart the Frobnitz agent.\n" FIX_WORDS,
		  { NULL },
		  { "error 0x80000001", NULL } },
		{ "a count on the line after 'error'",
		  "\nThe frob agent counts each error\n80000000 bytes before it stops.\n" FIX_WORDS,
		  { NULL },
		  { "error 0x80000000", NULL } },
		{ "a table's verb stop above a value",
		  "\nThe FrobAction value takes:\n\n   Value   Action\n   0x1     start\n   0x2     stop\n"
		  "   0x4     pause\n" FIX_WORDS,
		  { NULL },
		  { "error 0x4", NULL } },
		{ "a period called Full-Stop",
		  "\nThe frob font maps the Period, also called Full-Stop\n0x2E in ASCII, to its own glyph.\n" FIX_WORDS,
		  { NULL },
		  { "error 0x2E", NULL } },
		{ "a job's return code after a service pack",
		  "\nAfter you install Service Pack 2, the FROBJOB step ends with RC 12.\n" FIX_WORDS,
		  { "error 12", NULL },
		  { NULL } },
		{ "an exception's status after 'the exception of'",
		  "\nFrobsrv.exe raises the exception of c0000005 at address 77f1a2b3.\n" FIX_WORDS,
		  { "error 0xc0000005", NULL },
		  { NULL } },
		{ "a sample's own return after GetLastError",
		  "\nWhen FrobOpen fails, the sample saves the value of GetLastError\n"
		  "then returns 3 to the service control manager.\n" FIX_WORDS,
		  { NULL },
		  { "error 3", NULL } },
		{ "GetLastError's name, 'function' and the verb over two lines",
		  "\nWhen the frob job fails, the GetLastError function\nmay also return 8 to the caller.\n" FIX_WORDS,
		  { "error 8", NULL },
		  { NULL } },
		{ "GetLastError() ending its line",
		  "\nAt this point in the frob job, GetLastError()\nmay return 87.\n" FIX_WORDS,
		  { "error 87", NULL },
		  { NULL } },
		{ "a dotted name in prose keeps its code",
		  "\nFrobsrv.exe fails with Frob.Error 1722 in the log.\n" FIX_WORDS,
		  { "error 1722", NULL },
		  { NULL } },
		{ "a C block comment line",
		  "\nThe frob sample reads the secondary code:\n\n"
		  "      /* if the actual return code is 1264, retry */\n" FIX_WORDS,
		  { NULL },
		  { "error 1264", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_what_getlasterror_may_return),
		cmocka_unit_test(test_with_the_exception_of),
		cmocka_unit_test(test_a_stop_code_wrapped_after_its_word),
		cmocka_unit_test(test_a_listed_code_whose_meaning_opens_with_a),
		cmocka_unit_test(test_rc_that_is_no_return_code),
		cmocka_unit_test(test_the_sms_provider_s_sql_error),
		cmocka_unit_test(test_a_negative_error_id),
		cmocka_unit_test(test_codes_in_a_program_s_listing),
		cmocka_unit_test(test_a_bare_hresult_wrapped_after_error),
		cmocka_unit_test(test_an_event_list_with_or_between),
		cmocka_unit_test(test_the_review_s_findings),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
