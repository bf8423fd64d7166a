/* test_kbimport_s38.c: forms of session 38's importer mends, read from
 * the misses of the labelled sets unseen159-160 and from the whole
 * archive's drafts.  Each case imports a small article written here, in
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

/* The cases' bodies open under a SYMPTOMS heading: what they name is
 * what the technician sees. */
static const char sym_head[] = SYMPTOMS_ARTICLE("Frob Agent Stops Responding");

/* The archive's Q140818 and Q127922: the bug check named by the screen it
 * shows, "STOP Message 0x0000001E", "a STOP message 0xA" (the keyword
 * reader took no word between STOP and its code). */
static void test_a_stop_message_names_its_code(void **state)
{
	static const struct draft_case cases[] = {
		{ "STOP Message alone on its line",
		  "\nWhen the frob driver unloads, the computer halts with:\n\n"
		  "   STOP Message 0x0000001E\n" FIX_WORDS,
		  { "error 0x1E", NULL },
		  { NULL } },
		{ "a STOP message in a sentence, its colon",
		  "\nThe frob server may halt with a STOP message: 0xA when a client\n"
		  "disconnects.\n" FIX_WORDS,
		  { "error 0xA", NULL },
		  { NULL } },
		{ "a STOP message with no code is no code",
		  "\nA STOP message appears 20 seconds after the frob driver loads.\n" FIX_WORDS,
		  { NULL },
		  { "error 20", "error 0x20", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen160's Q262038: "ERROR 21" to "ERROR 24" inside a Visual FoxPro
 * class between "*** START CODE ***" and "*** END CODE ***" were drafted
 * as four errors; the sample program raises them, the machine shows none
 * of them as its symptom. */
static void test_codes_in_a_marked_sample_program(void **state)
{
	static const struct draft_case cases[] = {
		{ "between START CODE and END CODE marks",
		  "\nThe frob object reports only its last error.\n\n"
		  "   ******** START CODE ********\n"
		  "   PROCEDURE INIT\n"
		  "       ERROR 31\n"
		  "       ERROR 32\n"
		  "   ENDPROC\n"
		  "   ******** END CODE **********\n" FIX_WORDS,
		  { "review 17: sample program", "review 18: sample program", NULL },
		  { "error 31", "error 32", NULL } },
		{ "Start of code example / End of code example",
		  "\nThe frob object reports only its last error.\n\n"
		  "   * Start of code example\n"
		  "   IF nResult < 0 THEN ERROR 33\n"
		  "   * End of code example\n" FIX_WORDS,
		  { "review 16: sample program", NULL },
		  { "error 33", NULL } },
		{ "after the end mark the text is the article's again",
		  "\nThe frob object reports only its last error.\n\n"
		  "   *** Begin code ***\n"
		  "   ERROR 31\n"
		  "   *** End code ***\n\n"
		  "The frob client then shows error 34: Frob object not found.\n" FIX_WORDS,
		  { "error 34", NULL },
		  { "error 31", NULL } },
		{ "a start mark never closed marks nothing",
		  "\nThe frob object reports only its last error.\n\n"
		  "   *** Begin code ***\n\n"
		  "The frob client then shows error 34: Frob object not found.\n" FIX_WORDS,
		  { "error 34", NULL },
		  { NULL } },
		{ "words beside the mark make it no mark",
		  "\nTo start code signing, the frob tool must be installed.\n"
		  "The frob client then shows error 34: Frob object not found.\n"
		  "End code signing with the frob tool.\n" FIX_WORDS,
		  { "error 34", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen159's Q170007: the Exchange MTA's own log line for its event,
 * "NMI9224: Internal Operating System Error;", with the word "message"
 * left out (the reader took only "message NMI0210:"). */
static void test_an_mta_message_without_the_word(void **state)
{
	static const struct draft_case cases[] = {
		{ "NMI and four digits, indented",
		  "\nThe frob MTA logs the following in the Application log:\n\n"
		  "   NMI9224: Internal Operating System Error;\n"
		  "   severity 12\n" FIX_WORDS,
		  { "event 9224", "review 15: message NMI9224", NULL },
		  { NULL } },
		{ "in running text it is no log line",
		  "\nNMI9224: the frob MTA names this in its log.\n" FIX_WORDS,
		  { NULL },
		  { "event 9224", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* The archive's Q127922, Q128719, Q139782 and eleven more: the words read
 * beside a code for its message led in to the lines below ("The stack
 * trace might look like the following:", "The error message is:") and
 * were drafted as the message itself. */
static void test_a_lead_in_is_no_message(void **state)
{
	static const struct draft_case cases[] = {
		{ "the next sentence leads in with 'following:'",
		  "\nThe frob server halts with a STOP 0xA. The stack might look like the following:\n\n"
		  "   frob+0x12\n" FIX_WORDS,
		  { "error 0xA", "review 13: lead in to what follows", NULL },
		  { "message: 'The stack might", NULL } },
		{ "a sentence ending 'is:'",
		  "\nThe frob client returns error 1589. The error text is:\n\n"
		  "   The frob cannot be found.\n" FIX_WORDS,
		  { "error 1589", "review 13: lead in to what follows", NULL },
		  { "message: 'The error text is:'", NULL } },
		{ "the message before the lead-in's sentence is kept",
		  "\nFrob setup fails with error 1603: Fatal frob error during set-up. The log shows the following:\n\n"
		  "   frob.msi returned 1603\n" FIX_WORDS,
		  { "error 1603", "message: 'Fatal frob error during set-up.'", NULL },
		  { "review 13: lead in", NULL } },
		{ "reads as follows",
		  "\nThe frob client returns error 1589. The error text reads as follows:\n\n"
		  "   The frob cannot be found.\n" FIX_WORDS,
		  { "error 1589", "review 13: lead in to what follows", NULL },
		  { NULL } },
		{ "a message that ends with a colon of its own is kept",
		  "\nThe frob client returns error 1589: Frob not found: frobdb.\n" FIX_WORDS,
		  { "error 1589", "message: 'Frob not found: frobdb.'", NULL },
		  { "review 13: lead in", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen162's Q246949 and the archive's Q140681, Q200921: SQL Server's
 * message lines, "Server: Msg 7306, Level 16, State 2, Line 1 Could not
 * ..." and a client log's "SQL message 105, severity 15: ...", whose
 * number no reader took. */
static void test_a_sql_server_message(void **state)
{
	static const struct draft_case cases[] = {
		{ "Msg, Level, State, Line, then the words",
		  "\nThe frob query fails with the following message:\n\n"
		  "   Server: Msg 7399, Level 16, State 1, Line 1 OLE DB provider 'frob'\n"
		  "   reported an error.\n" FIX_WORDS,
		  { "error 7399", "message: 'OLE DB provider ''frob'' reported an error'", NULL },
		  { "error 16", "error 1", NULL } },
		{ "the fields alone, the words on the next line",
		  "\nThe frob query fails with the following message:\n\n"
		  "   Msg 208, Level 16, State 1\n"
		  "   Invalid object name 'frobs'.\n" FIX_WORDS,
		  { "error 208", "Invalid object name", NULL },
		  { NULL } },
		{ "a client's log names the message and its severity",
		  "\nThe frob summary fails and the following appears in Frob.log:\n\n"
		  "   SQL Server reported SQL message 105, severity 15: Unclosed quotation mark.\n" FIX_WORDS,
		  { "error 105", "Unclosed quotation mark", NULL },
		  { "error 15", NULL } },
		{ "a stored procedure's field before the line's",
		  "\nThe frob job fails with the following message:\n\n"
		  "   Server: Msg 515, Level 16, State 2, Procedure sp_addfrob, Line 52\n"
		  "   Cannot insert the value NULL into column 'name'.\n" FIX_WORDS,
		  { "error 515", "message: \"Cannot insert the value NULL", NULL },
		  { "Procedure sp_addfrob, Line", NULL } },
		{ "a message count is no message",
		  "\nThe frob mail server holds Msg 3 of 10 for the frob account.\n" FIX_WORDS,
		  { NULL },
		  { "error 3", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen161's Q184760: under "the following error messages:" the second
 * quoted message, a blank line below the first one's two lines, was no
 * quoted message to the reader of a status after a message's words
 * ("createinproc 0x80110401"), and no review item listed it. */
static void test_the_second_of_two_quoted_messages(void **state)
{
	static const struct draft_case cases[] = {
		{ "two messages under one lead-in",
		  "\nYou receive the following error messages:\n\n"
		  "   CreateFrobPackage or DeleteFrobPackage, 0x8008005\n"
		  "   Server Execution Failed\n\n"
		  "   createfrob 0x80110401\n" FIX_WORDS,
		  { "error 0x80110401", NULL },
		  { NULL } },
		{ "a lead-in for one message does not reach a line below its output",
		  "\nWhen the check finds no errors, it displays the following message:\n\n"
		  "   Frob check complete.\n"
		  "   All frob volumes were read.\n\n"
		  "   1024: Frob pages scanned 0x80110401\n" FIX_WORDS,
		  { NULL },
		  { "error 0x80110401", "error 1024", NULL } },
		{ "a line after an unindented paragraph is no quoted message",
		  "\nYou receive the following error message:\n\n"
		  "   Frob Server Execution Failed\n\n"
		  "This happens when the frob host is busy.\n\n"
		  "   createfrob 0x80110401\n" FIX_WORDS,
		  { NULL },
		  { "error 0x80110401", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen160's Q139782 and the archive's Q138085: "WINS causes event error
 * 4204", "Event Error 7 may also be logged": an error-type event named by
 * its ID (the articles' titles write "Event Error 2000" so), drafted as
 * an error; and a line whose "error N" was drafted as event N still got
 * a note that the error is named without its message. */
static void test_an_event_error_is_an_event(void **state)
{
	static const struct draft_case cases[] = {
		{ "event error N in a sentence",
		  "\nThe frob service causes event error 4204 when its database is full.\n" FIX_WORDS,
		  { "event 4204", NULL },
		  { "error 4204", "review 13: named in the text without its message", NULL } },
		{ "the subject that causes it is its source",
		  "\nWINS causes event error 4204 when its database is full.\n" FIX_WORDS,
		  { "event 4204 from WINS", NULL },
		  { NULL } },
		{ "event at a line's end, error N on the next",
		  "\nA frob name server produces the following event\n"
		  "error 454:\n\n"
		  "   Zone frob.example could not be loaded.\n" FIX_WORDS,
		  { "event 454", NULL },
		  { "error 454", "event 454 from Server", NULL } },
		{ "an event error named again keeps the named-again note",
		  "\nWINS causes event error 4204 when its database is full.\n\n"
		  "When event error 4204 is logged again, restart the frob.\n" FIX_WORDS,
		  { "event 4204 from WINS", "review 15: drafted from line 13, is named again", NULL },
		  { "review 15: named in the text without its message", NULL } },
		{ "a similar event at a line's end is no event error",
		  "\nWhen the frob service restarts after a power failure or similar event\n"
		  "error 1058 appears in the Services tool: The frob service is disabled.\n" FIX_WORDS,
		  { "error 1058", NULL },
		  { "event 1058", NULL } },
		{ "a related title glued to its number is no symptom",
		  "\nThe frob service stops. For more information, see the following article:\n\n"
		  "Q131366Event Error 5712 with Frob Access Denied\n" FIX_WORDS,
		  { "review 15: related article", NULL },
		  { "event 5712", "error 5712", "review 15: named in the text without its message", NULL } },
		{ "a word ending in event is no event",
		  "\nThe frob prevent error 4204 appears when its database is full.\n" FIX_WORDS,
		  { NULL },
		  { "event 4204", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen163's Q223152 and the archive's Q148304: "Calling GetLastError()
 * gives 0x0000057F", "GetLastError returns the value 0x57F": the call's
 * code after words the keyword reader did not pass. */
static void test_what_getlasterror_gives(void **state)
{
	static const struct draft_case cases[] = {
		{ "gives",
		  "\nThe frob control is not created. Calling GetLastError() gives 0x0000057F,\n"
		  "which means the window class is not registered.\n" FIX_WORDS,
		  { "error 0x57F", NULL },
		  { NULL } },
		{ "returns the value",
		  "\nThe frob control is not created, and GetLastError returns the value 0x57F.\n" FIX_WORDS,
		  { "error 0x57F", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_stop_message_names_its_code),
		cmocka_unit_test(test_codes_in_a_marked_sample_program),
		cmocka_unit_test(test_an_mta_message_without_the_word),
		cmocka_unit_test(test_a_lead_in_is_no_message),
		cmocka_unit_test(test_a_sql_server_message),
		cmocka_unit_test(test_the_second_of_two_quoted_messages),
		cmocka_unit_test(test_an_event_error_is_an_event),
		cmocka_unit_test(test_what_getlasterror_gives),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
