/* test_kbimport_s42.c: forms of session 42's importer mends, read from
 * the misses of unseen214-217 (POOL errors3) and from the whole archive's
 * drafts.  Each case imports a small article written here, in our own
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

/* unseen216's Q178559, the archive's Q276494: a web server's success or
 * redirect status ("the status code is 200 (OK)", a script's "Status:
 * 200 OK") is the server saying all went well, never an error code. */
static void test_a_web_server_s_success_status(void **state)
{
	static const struct draft_case cases[] = {
		{ "a status with its reason phrase in brackets",
		  "\nOn the frob server the HTTP status code is 401 (Access Denied); on the old\n"
		  "one the HTTP status code is 200 (OK).\n" FIX_WORDS,
		  { "review 13: protocol reply", "review 14: protocol reply", NULL },
		  { "error 200", "error 401", NULL } },
		{ "a script's status line",
		  "\nThe script prints the following HTTP header:\n   print 'Status: 302 Found'\n" FIX_WORDS,
		  { "checks 0", NULL },
		  { "error 302", NULL } },
		{ "a number that is no status: the same words, another phrase",
		  "\nThe frob service stops with status 200 and the message Frob failed.\n" FIX_WORDS,
		  { "error 200", NULL },
		  { NULL } },
		{ "a product's own error whose message opens with a reason's word, no web in sight",
		  "\n   Frob error 201: Created file is empty.\n" FIX_WORDS,
		  { "error 201", NULL },
		  { "protocol reply", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen214's Q160494: "ID 1601 Source: DNS Warning: ...": an event's
 * fields on one line with the word "Event" lost, the source's label after
 * the number telling it from any other ID. */
static void test_an_event_id_with_its_source_on_one_line(void **state)
{
	static const struct draft_case cases[] = {
		{ "the ID and its source",
		  "\nThe following error is displayed:\n\n"
		  "   ID 4012 Source: Frob Warning: The frob server lost its zone.\n" FIX_WORDS,
		  { "event 4012 from Frob", NULL },
		  { NULL } },
		{ "an ID with no source's label is no event",
		  "\nThe following error is displayed:\n\n   ID 4012 was refused by the frob server.\n" FIX_WORDS,
		  { NULL },
		  { "event 4012", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen216's Q113144, unseen210's Q120449 and 8 more archive articles:
 * a processor's trap named by its hex letter ("Trap D", "a Trap E
 * message"), on a line that may hold no digit at all; the labels read it
 * as hex, as they read "Fatal exception 0E". */
static void test_a_trap_by_its_hex_letter(void **state)
{
	static const struct draft_case cases[] = {
		{ "two traps on a line with no digit",
		  "\nAfter the frob drive is removed, the server gets a Trap D and Trap C just\n"
		  "after the fault tolerance message.\n" FIX_WORDS,
		  { "error 0xD", "error 0xC", NULL },
		  { NULL } },
		{ "in quotes, with a version on the line",
		  "\nIn Frob 4.0, you may receive a \"Trap E\" message.\n" FIX_WORDS,
		  { "error 0xE", NULL },
		  { NULL } },
		{ "no trap: a word after trap, a strap, a digit alone, a language",
		  "\nClose the trap door D, strap B to the frame, and see trap 13 in the log.\n"
		  "To trap C++ exceptions and Win32 exceptions in one handler, compile it.\n" FIX_WORDS,
		  { NULL },
		  { "error 0xD", "error 0xB", "error 0x13", "error 0xC", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen215's Q320514 and 4 more archive articles: prose names an Active
 * Server Pages error by its number as the error page prints it ("an
 * \"ASP 0115\" error message", "ASP 0115 errors", "ASP 0115 - Unexpected
 * error"); the labels read it as the number, its zero dropped. */
static void test_an_asp_error_named_in_prose(void **state)
{
	static const struct draft_case cases[] = {
		{ "in quotes, then the word error",
		  "\nIf you use Frob Web Access, you may receive an \"ASP 0115\" error message.\n" FIX_WORDS,
		  { "error 115", NULL },
		  { "error 0115", NULL } },
		{ "a dash and the page's message",
		  "\nThe browser shows the following:\n\n   ASP 0131 - Disallowed Parent Path\n" FIX_WORDS,
		  { "error 131", "Disallowed Parent Path", NULL },
		  { NULL } },
		{ "not denied, not a page's name, not a number of another length",
		  "\nThe page loads without returning an ASP 0131 error. The ASP 0115 page is\n"
		  "small, and ASP 1234 errors are no ASP number.\n" FIX_WORDS,
		  { NULL },
		  { "error 131", "error 115", "error 1234", NULL } },
		{ "'without' denies only with a verb's -ing",
		  "\nFrob servers without the update stop with a Trap 0x0000000A.\n" FIX_WORDS,
		  { "error 0x0000000A", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen216's Q197870, unseen206's Q228715 and 3 more archive articles: a
 * mail connector's log calls its code hex, "Notes returned code: 2c5
 * (hex)", the number maybe wrapped under "code:"; read as hex, letters or
 * none ("109 (hex)" is 0x109, never 109). */
static void test_a_code_the_log_calls_hex(void **state)
{
	static const struct draft_case cases[] = {
		{ "a code with a letter",
		  "\nThe log shows:\n\n   1998/11/27 15:52:56- FROB(01d2) Frob returned code: 2c5 (hex)\n" FIX_WORDS,
		  { "error 0x2C5", NULL },
		  { NULL } },
		{ "digits only, and wrapped under its word",
		  "\nThe log shows:\n\n   Message: Frob returned code 109 (hex)\n"
		  "   Frob returned code:\n   3a4 (hex)\n" FIX_WORDS,
		  { "error 0x109", "error 0x3A4", NULL },
		  { "error 109", NULL } },
		{ "a value the words call hex is no code",
		  "\nSet the frob limit to 14 (hex), and the address 6A (hex) is free.\n" FIX_WORDS,
		  { NULL },
		  { "error 0x14", "error 0x6A", "error 14", NULL } },
		{ "a character's code, a key's scan code, a denied error",
		  "\nA name that holds the Escape character (ASCII code 1B (hex)) stops the\n"
		  "agent; the F1 key sends the scan code 3B (hex); the connector no longer\n"
		  "logs the error 2c5 (hex).\n" FIX_WORDS,
		  { NULL },
		  { "error 0x1B", "error 0x3B", "error 0x2C5", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen217's Q66459: "NMAKE: fatal error U1077: 'cd' return code 1", a
 * build tool's message as it prints it, at the margin: its return code
 * is the failure's, as in the indented listings the labels read so. */
static void test_a_build_tool_s_return_code(void **state)
{
	static const struct draft_case cases[] = {
		{ "a tool's message at the margin",
		  "\nThe build stops with the following output:\n\n"
		  "FROBMAKE: fatal error F1077: 'cd' return code 1\n" FIX_WORDS,
		  { "error 1", NULL },
		  { NULL } },
		{ "a return code in prose describes",
		  "\nThe frob service stopped, return code 1, and a return code of 3 means a\n"
		  "retry.\n" FIX_WORDS,
		  { NULL },
		  { "error 1", "error 3", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* The labelled sets' misses that were in no review item (243 error
 * codes): a code named by the word code or a call's returned value
 * ("exit code 65", "Reason code is 288", "Loadlibrary returned 126"), and
 * an error's constant beside its number ("LUA_DATA_TRUNCATED
 * (0x00000003)", "0x57 (ERROR_INVALID_PARAMETER)", "128L
 * ERROR_WAIT_NO_CHILDREN"): the review net lists them for a person. */
static void test_the_net_lists_codes_by_their_word_or_constant(void **state)
{
	static const struct draft_case cases[] = {
		{ "a code after its word",
		  "\nThe frob log shows the following lines:\n\n"
		  "   The frob job terminated abnormally with exit code 65.\n\n"
		  "   Frob released. Reason code is 288.\n\n"
		  "   FrobOpen returned 126.\n" FIX_WORDS,
		  { "review 15: this line names", "review 17: this line names", "review 19: this line names",
		    NULL },
		  { NULL } },
		{ "a hex code and a negative one after their words; zero is none",
		  "\nThe frob log shows the following lines:\n\n"
		  "   Code=0x887600de\n\n"
		  "   FrobCommit returned -1003\n\n"
		  "   The frob job ended with exit code 0x0.\n" FIX_WORDS,
		  { "review 15: this line names", "review 17: this line names", NULL },
		  { "review 19", NULL } },
		{ "a constant beside its number",
		  "\nThe frob verb gives one of the following:\n\n"
		  "   FROB_DATA_TRUNCATED (0x00000003)\n"
		  "   0x57 (FROB_INVALID_PARAMETER)\n"
		  "   128L FROB_WAIT_NO_CHILDREN - There is no child.\n" FIX_WORDS,
		  { "review 15: this line names", "review 16: this line names", "review 17: this line names",
		    NULL },
		  { NULL } },
		{ "a percentage, a code page, a macro's call, a file's name",
		  "\nThe frob log shows the following lines:\n\n"
		  "   FrobResources returned 25% of the heap and code page 437 is set.\n\n"
		  "   FROB_MSG_MAP(1)\n\n"
		  "   07-14-1995  4:40:00a A---           766 FR_ARROW.CUR\n" FIX_WORDS,
		  { NULL },
		  { "review 15", "review 17", "review 19", NULL } },
		{ "a count, a window's message and a limit",
		  "\nThe frob log shows the following lines:\n\n"
		  "   The query returns 4096 rows.\n\n"
		  "   WM_USER (0x0400)\n\n"
		  "   MAX_PATH (260)\n" FIX_WORDS,
		  { NULL },
		  { "review 15", "review 17", "review 19", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen217's Q124823 and 7 more archive drafts: a code in a Basic
 * program's comment line ("' The error is 2474 if no control is
 * active."), indented in its listing with no marks around it, is the
 * program's, not a message the machine shows: the labels leave each out
 * or review it. */
static void test_a_code_in_a_basic_listing_s_comment(void **state)
{
	static const struct draft_case cases[] = {
		{ "a comment line, and a REM",
		  "\nThe frob form fails when no control is active:\n\n"
		  "      Cid = Screen.ActiveControl.HelpContextID\n"
		  "      ' The error is 2474 if no control is active.\n"
		  "      REM Error 91 is raised here.\n" FIX_WORDS,
		  { "review 16: comment of a program", "review 17: comment of a program", NULL },
		  { "error 2474", "error 91", NULL } },
		{ "a quoted message at the margin is no comment",
		  "\nThe frob form shows the following message:\n\n"
		  "   'Frob' error 2474 occurred.\n" FIX_WORDS,
		  { "error 2474", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen218's Q154274, unseen213's Q170049 and 4 more archive articles:
 * the MAPI dialog's footer "Microsoft Exchange Client - 9992 -
 * [81002708]" holds Exchange's own failures too (facility 0x100), not
 * only the 800 HRESULTs it was read for. */
static void test_an_exchange_failure_in_mapi_s_brackets(void **state)
{
	static const struct draft_case cases[] = {
		{ "the footer's bracketed code",
		  "\nThe item could not be saved.\n\n   Microsoft Frob Client - 9992 - [81002708]\n" FIX_WORDS,
		  { "error 0x81002708", NULL },
		  { "error 9992", NULL } },
		{ "an 810 number out of MAPI's brackets is none",
		  "\nThe frob address is (81002708) on the card.\n" FIX_WORDS,
		  { NULL },
		  { "error 0x81002708", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen217-221's Q126158, Q145703, Q159254 and 7 more archive articles:
 * a Windows Sockets error's number on a line that names sockets is the
 * error, whatever the words ("Socket () failed, 10047", "Couldn't
 * create socket(10047)", "WSAENOBUFS(10055)"); a how-to's sample is
 * listed instead. */
static void test_a_windows_sockets_error_s_number(void **state)
{
	static const struct draft_case cases[] = {
		{ "three forms",
		  "\nThe frob console shows one of the following:\n\n"
		  "   Socket () failed, 10047\n"
		  "   Windows Socket error, Couldn't create socket(10050)\n"
		  "   The Bind() call fails with WSAENOBUFS(10055).\n" FIX_WORDS,
		  { "error 10047", "error 10050", "error 10055", NULL },
		  { NULL } },
		{ "a size, a port, a number no Winsock error has",
		  "\nThe socket buffer holds 10047 bytes, port 10050 serves the socket, and the\n"
		  "socket count reached 10080.\n\n"
		  "The agent listens on a socket bound to TCP port 10051, and allows 10060\n"
		  "sockets (or 10061, on a multiprocessor computer).\n" FIX_WORDS,
		  { NULL },
		  { "error 10047", "error 10050", "error 10080", "error 10051", "error 10061", NULL } },
	};
	static const char howto_head[] = HOW_TO_ARTICLE("How to Trace the Frob Agent",
							"This article tells how to trace the frob agent.");

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
	{
		static const struct draft_case howto[] = {
			{ "in a how-to's sample of a debug run: listed",
			  "\nThe debug run prints lines such as the following:\n\n"
			  "   ipx socket() failed, 10047\n" END_WORDS,
			  { "review 20: Windows Sockets error", NULL },
			  { "error 10047", NULL } },
		};
		DRAFT_EXPECT_ALL(howto_head, howto);
	}
}

/* unseen219's Q99166 and Q106121: LAN Manager's message with the word
 * capitalised, "Net 3054: A request for memory resources ...", read as
 * "NET 3054:" is. */
static void test_a_net_message_capitalised(void **state)
{
	static const struct draft_case cases[] = {
		{ "Net and its number, then the message",
		  "\nThe STARTUP.LOG file holds the message \"Net 3054: A request for memory\n"
		  "resources could not be satisfied.\"\n" FIX_WORDS,
		  { "error 3054", NULL },
		  { NULL } },
		{ "a name and a year",
		  "\nThe Frob Net 2003 release is installed.\n" FIX_WORDS,
		  { NULL },
		  { "error 2003", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen219's Q263710, the archive's Q196241: "Source: MSexchangeDS" over
 * "MessageId=1102" and "Severity=Warning", an event as the message
 * compiler's source names its fields. */
static void test_an_event_by_its_message_id(void **state)
{
	static const struct draft_case cases[] = {
		{ "under its source",
		  "\nThe following events may be logged:\n\n"
		  "   Source: Frob\n   MessageId=1102\n   Severity=Warning\n"
		  "   The frob agent closed the connection.\n" FIX_WORDS,
		  { "event 1102 from Frob", NULL },
		  { NULL } },
		{ "no field around it: none",
		  "\nThe frob program sets MessageId=1102 in its table.\n" FIX_WORDS,
		  { NULL },
		  { "event 1102", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen219's Q249140: Replmon's "Failure Code:           5", the number
 * in a report's column far from its label: the net lists it. */
static void test_the_net_reads_a_code_in_a_report_s_column(void **state)
{
	static const struct draft_case cases[] = {
		{ "a column of a report",
		  "\nThe frob monitor reports the following:\n\n"
		  "   Replication Partner:    FROB01\n"
		  "   Failure Code:           5\n"
		  "   Failure Reason:         Access is denied.\n" FIX_WORDS,
		  { "review 16: this line names", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen219's Q242510, unseen225's Q258465 and 11 more archive articles:
 * a message named by its number after the words "error message" ("you
 * may receive error message 87", "the error message C00E0044 can
 * appear"); a heading that numbers the article's messages is none. */
static void test_an_error_message_by_its_number(void **state)
{
	static const struct draft_case cases[] = {
		{ "in prose, decimal and a bare status",
		  "\nWhen you call the FrobSet function you may receive error message 87, and\n"
		  "when you create frob queues the error message C00E0044 can appear.\n" FIX_WORDS,
		  { "error 87", "error 0xC00E0044", NULL },
		  { NULL } },
		{ "headings that number the messages, and their numbers named in prose",
		  "\nThe frob program shows one of two messages.\n\nError Message 1\n\n"
		  "   Frob cannot start.\n\nError message #2 (Frob 3.0):\n\n   Frob stopped.\n\n"
		  "If you click OK in error message 1, the agent shows error message 2.\n" FIX_WORDS,
		  { NULL },
		  { "error 1", "error 2", NULL } },
		{ "a count after the number",
		  "\nYou receive the error message 3 times before the frob agent stops.\n" FIX_WORDS,
		  { NULL },
		  { "error 3", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* Session 41's last read named two tests of "is this value a list?"
 * (opened_list() and the remove-entry case of imp_place_deletion());
 * step_says_list() is now the one, and so an entry is taken out of a
 * list Windows defines by name ("NullSessionPipes") as it is added to
 * one, where the remove-entry case knew only the dependency lists. */
static void test_an_entry_removed_from_a_known_list(void **state)
{
	static const struct draft_case cases[] = {
		{ "a known list, no type named",
		  "\n1. Start Registry Editor and locate the NullSessionPipes value under the\n"
		  "   following key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters\n\n"
		  "2. Remove FROBPIPE from the NullSessionPipes value, and then click OK.\n" END_WORDS,
		  { "action: remove-entry", "data: 'FROBPIPE'", NULL },
		  { NULL } },
		{ "a value no step calls a list",
		  "\n1. Start Registry Editor and locate the FrobNames value under the\n"
		  "   following key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n\n"
		  "2. Remove FROBPIPE from the FrobNames value, and then click OK.\n" END_WORDS,
		  { NULL },
		  { "action: remove-entry", NULL } },
	};
	static const char fix_head[] = ARTICLE_HEAD("Q900777", "Frob Pipes Are Refused") "RESOLUTION\n" "==========\n";

	(void)state;
	DRAFT_EXPECT_ALL(fix_head, cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_web_server_s_success_status),
		cmocka_unit_test(test_an_event_id_with_its_source_on_one_line),
		cmocka_unit_test(test_a_trap_by_its_hex_letter),
		cmocka_unit_test(test_an_asp_error_named_in_prose),
		cmocka_unit_test(test_a_code_the_log_calls_hex),
		cmocka_unit_test(test_a_build_tool_s_return_code),
		cmocka_unit_test(test_the_net_lists_codes_by_their_word_or_constant),
		cmocka_unit_test(test_a_code_in_a_basic_listing_s_comment),
		cmocka_unit_test(test_an_exchange_failure_in_mapi_s_brackets),
		cmocka_unit_test(test_a_windows_sockets_error_s_number),
		cmocka_unit_test(test_a_net_message_capitalised),
		cmocka_unit_test(test_an_event_by_its_message_id),
		cmocka_unit_test(test_the_net_reads_a_code_in_a_report_s_column),
		cmocka_unit_test(test_an_error_message_by_its_number),
		cmocka_unit_test(test_an_entry_removed_from_a_known_list),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
