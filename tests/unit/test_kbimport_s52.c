/* test_kbimport_s52.c: what session 52 taught the importer.  Each case
 * reads a small article written here, in our own words, in the forms
 * programs print their errors in: Dr. Watson's "Exception:" field, a
 * debugger's "Access violation - code c0000005", a script's error object
 * ("Number:", "Source:", "Description:"), a program's "Error:" and
 * "Message:" fields, a web page's script error, a dialog's "ID no", a
 * block of trace fields; and the log an event the article does not place
 * is guessed to be in. */
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

/* A symptom's message is what a log line must hold for the symptom to be
 * seen (diagnose.c), so it must be the words the program prints.  The
 * readers took:
 * - "Exception: access" from Dr. Watson's "Exception: access violation
 *   (0xc0000005)": the words before the keyword "violation", without it;
 *   nothing from its later log's "Exception number: c0000005 (access
 *   violation)" (the bracket's words are in lower case), now the line as
 *   the log holds it; nothing from a debugger's "Access violation - code
 *   c0000005";
 * - "Source: Microsoft OLE DB Provider for ODBC Drivers", the field that
 *   names who raised the error, from a script's error object, whose
 *   "Description:" field (above or below "Number:") holds the message;
 * - "Message: ..." and "Description: ..." with the field's label;
 * - "Error: Run-time" from "Error: Run-time error '3028'", the label and
 *   the kind of error, where the next line holds the message;
 * - "Error: MAPI FrobSend" from "Error: MAPI FrobSend Failed: 21", the
 *   failure without its keyword. */
static void test_messages_in_fields(void **state)
{
	static const struct draft_case cases[] = {
		{ "Dr. Watson's exception field",
		  "\n"
		  "The agent quits, and Dr. Watson logs the following:\n"
		  "\n"
		  "   FROBAGNT.EXE\n"
		  "   Exception: access violation (0xc0000005)\n" FIX_WORDS,
		  { "error 0xc0000005", "message: 'Exception: access violation'", NULL },
		  { "message: 'Exception: access'\n", NULL } },
		{ "Dr. Watson's later log line, the exception in brackets",
		  "\n"
		  "Dr. Watson's log holds the following:\n"
		  "\n"
		  "   Exception number: c0000005 (access violation)\n"
		  "   function: frobfunc\n" FIX_WORDS,
		  { "error 0xc0000005", "message: 'Exception number: c0000005 (access violation)'\n", NULL },
		  { "function: frobfunc'", NULL } },
		{ "a debugger's first-chance exception",
		  "\n"
		  "The debugger shows the following when the agent quits:\n"
		  "\n"
		  "   Access violation - code c0000005 (first chance)\n" FIX_WORDS,
		  { "error 0xc0000005", "message: 'Access violation'", NULL },
		  { "message: 'REVIEW", NULL } },
		{ "a script's error object, its description above the number",
		  "\n"
		  "The page shows the following error:\n"
		  "\n"
		  "   Description: [Contoso][Frob Driver] Syntax error in UPDATE\n"
		  "   statement.\n"
		  "   Number: -2147217900 (0x80040E14)\n"
		  "   Source: Contoso Frob Provider\n" FIX_WORDS,
		  { "error 0x80040E14", "message: '[Contoso][Frob Driver] Syntax error in UPDATE statement.'", NULL },
		  { "message: 'Source:", NULL } },
		{ "a script's error object, its description below the source",
		  "\n"
		  "The page shows the following error:\n"
		  "\n"
		  "   Number: -2147217900 (0x80040E14)\n"
		  "   Source: Contoso Frob Provider\n"
		  "   Description: Syntax error in query expression.\n" FIX_WORDS,
		  { "message: 'Syntax error in query expression.'", NULL },
		  { "message: 'Source:", NULL } },
		{ "a script's error object with no description",
		  "\n"
		  "The page shows the following error:\n"
		  "\n"
		  "   Number: -2147467259 (0x80004005)\n"
		  "   Source: Contoso Frob Provider\n" FIX_WORDS,
		  { "error 0x80004005", "review 15: the words read for its message", NULL },
		  { "message: 'Source:", NULL } },
		{ "a program's Message: field",
		  "\n"
		  "The program stops with the following:\n"
		  "\n"
		  "   Program: Refresh\n"
		  "   Error: 1924\n"
		  "   Message: FROBCURSOR is not an object.\n" FIX_WORDS,
		  { "error 1924", "message: 'FROBCURSOR is not an object.'", NULL },
		  { "message: 'Message:", NULL } },
		{ "an event's description with a code in it",
		  "\n"
		  "The following event is logged:\n"
		  "\n"
		  "   Event Source: FrobAgent\n"
		  "   Event ID: 4101\n"
		  "   Description: The agent could not start. Error 0x80070005.\n" FIX_WORDS,
		  { "error 0x80070005", "message: 'The agent could not start.'", NULL },
		  { "message: 'Description:", NULL } },
		{ "the failure the code follows",
		  "\n"
		  "The agent's log shows the following:\n"
		  "\n"
		  "   Error: MAPI FrobSend Failed: 21\n" FIX_WORDS,
		  { "error 21", "message: 'Error: MAPI FrobSend Failed'", NULL },
		  { "message: 'Error: MAPI FrobSend'\n", NULL } },
		{ "a run-time error after an Error: label",
		  "\n"
		  "The program stops with the following:\n"
		  "\n"
		  "   Error: Run-time error '3028'\n"
		  "   Cannot open the frob database.\n" FIX_WORDS,
		  { "error 3028", "message: 'Cannot open the frob database.'", NULL },
		  { "message: 'Error: Run-time'", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Quits"), cases);
}

/* The words after a code on its line are not its message when they are
 * the line's next field (Dr. Watson's ", Address: 0x77f64a55"; taken as
 * the message before), and a code that is itself a field's value in a run
 * of fields ("Server Error: 441, Error Number: 0x800CCCA9") has no message
 * on its line (the next field was drafted as its message).  A ';' parts a
 * code from its message as a ':' does ("Return code = 0x10b; The
 * directory name is invalid."), and an SMS log's '~' after the sentence
 * ends it ("~~; Could not enable program ..." was kept).  A code whose
 * line ends with a colon over a blank line leads in to the paragraph
 * below; its words were drafted as the message ("The event log shows
 * RemoteAccess"); the paragraph set in under it is (session 55,
 * message_below()).  Words after a code that only look like a label are its
 * message ("Object Collection: Could not find ..."). */
static void test_fields_and_marks_after_a_code(void **state)
{
	static const struct draft_case cases[] = {
		{ "Dr. Watson's address after the code",
		  "\n"
		  "The agent quits, and Dr. Watson logs the following:\n"
		  "\n"
		  "   Exception: access violation (0xc0000005), Address: 0x77f64a55\n" FIX_WORDS,
		  { "message: 'Exception: access violation'", NULL },
		  { "message: 'Address", NULL } },
		{ "a code that is a field's value among others",
		  "\n"
		  "The mail client reports the following:\n"
		  "\n"
		  "   Port: 119, Secure(SSL): No, Server Error: 441, Error Number: 0x800CCCA9\n" FIX_WORDS,
		  { "error 441", "review 15: error 441: the article gives no message", NULL },
		  { "message: 'Error Number", "message: '119", NULL } },
		{ "a semicolon and an SMS log's marks",
		  "\n"
		  "The scheduler's log shows the following:\n"
		  "\n"
		  "   SCHED DATA : Return code = 0x10b; The directory name is invalid.~~; Could not run the job.~\n" FIX_WORDS,
		  { "error 0x10b", "message: 'The directory name is invalid.'", NULL },
		  { "message: 'SCHED DATA'", "~~", NULL } },
		{ "a colon ending the code's line over a blank line",
		  "\n"
		  "The event log shows FrobAgent Error # 20078:\n"
		  "\n"
		  "   The frob network number is already in use on the LAN.\n" FIX_WORDS,
		  { "error 20078", "message: 'The frob network number is already in use on the LAN.'",
		    "review 13: error 20078: the message is read from the text around it", NULL },
		  { "message: 'The event log shows", NULL } },
		{ "words after the code that look like a label",
		  "\n"
		  "The program stops with the following error:\n"
		  "\n"
		  "   Error 0x80004001 Object Collection: Could not find the frob.\n" FIX_WORDS,
		  { "message: 'Object Collection: Could not find the frob.'", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Quits"), cases);
}

/* A web page's script error names what raised it, then its code, and the
 * message on the next line ("Microsoft VBScript runtime error
 * '800a0046'" / "Permission denied"; IIS 5: "Microsoft VBScript runtime
 * (0x800A01B6)" over it, or after the bracket on the same line).  The
 * engine's or provider's name was drafted as the message.  An ODBC
 * driver's message opens with its makers in brackets, and one cut at the
 * line's end ("[Contoso][ODBC"), or whose start is on the line before
 * ("Driver][frobnp]..."), is no message.  One or two words before
 * "Error" name what raised it ("Windows NT error 0xc0020002",
 * "TN3270E Service Error 505"), not its message, nor does a dialog's
 * title before "ID no" ("Microsoft Exchange Administrator ID no:
 * c1031662").  Prose that leads up to a
 * code ("you may receive error 1317") and a log line's time ("15:50:23")
 * were drafted as messages too. */
static void test_script_errors_and_lead_ups(void **state)
{
	static const struct draft_case cases[] = {
		{ "an ASP page's error, the message below",
		  "\n"
		  "The page returns the following:\n"
		  "\n"
		  "   Microsoft VBScript runtime error '800a0046'\n"
		  "   Permission denied\n" FIX_WORDS,
		  { "error 0x800a0046", "message: 'Permission denied'", NULL },
		  { "message: 'Microsoft VBScript runtime'", NULL } },
		{ "IIS 5's form, the message below the bracket",
		  "\n"
		  "The page returns the following:\n"
		  "\n"
		  "   Microsoft VBScript runtime (0x800A01B6)\n"
		  "   Object does not support this property or method: frob\n" FIX_WORDS,
		  { "message: 'Object does not support this property or method: frob'", NULL },
		  { "message: 'Microsoft VBScript runtime'", NULL } },
		{ "IIS 5's form, the message after the bracket",
		  "\n"
		  "The page returns the following:\n"
		  "\n"
		  "   Error Type: Microsoft VBScript runtime (0x800A000B) Division by zero\n"
		  "   /frob.asp, line 10\n" FIX_WORDS,
		  { "message: 'Division by zero'", NULL },
		  { "message: 'Error Type", NULL } },
		{ "a data provider's error, an ODBC driver's message below",
		  "\n"
		  "The page returns the following:\n"
		  "\n"
		  "   Microsoft OLE DB Provider for ODBC Drivers error '80004005'\n"
		  "   [Contoso][ODBC Frob Driver] Data source name not found\n" FIX_WORDS,
		  { "message: '[Contoso][ODBC Frob Driver] Data source name not found'", NULL },
		  { "message: 'Microsoft OLE DB", NULL } },
		{ "an ODBC driver's message cut at the line's end",
		  "\n"
		  "The page returns the following:\n"
		  "\n"
		  "   Microsoft OLE DB Provider for ODBC Drivers error '80004005' [Contoso][ODBC\n"
		  "   Frob Driver] Data source name not found\n" FIX_WORDS,
		  { "error 0x80004005", "review 15: the words read for its message", NULL },
		  { "message: '[Contoso][ODBC'", "message: 'Frob Driver]", NULL } },
		{ "prose that leads up to the code",
		  "\n"
		  "When you map a frob drive, you may receive error 1317 (\"The specified\n"
		  "user does not exist\").\n" FIX_WORDS,
		  { "error 1317", NULL },
		  { "message: 'When you map", NULL } },
		{ "a log line's time before the code",
		  "\n"
		  "The client's log shows the following:\n"
		  "\n"
		  "   15:50:23       [80004005-501-0-322]\n"
		  "   15:50:23       The client operation failed.\n" FIX_WORDS,
		  { "error 0x80004005", NULL },
		  { "message: '15:50:23'", NULL } },
		{ "what raised the error, named before 'Error'",
		  "\n"
		  "The service logs the following:\n"
		  "\n"
		  "   FrobGate Service Error 505\n"
		  "   Frob verb WRITE failed. Failure described as:\n" FIX_WORDS,
		  { "error 505", "message: 'Frob verb WRITE failed.'", NULL },
		  { "message: 'FrobGate Service'", NULL } },
		{ "the system's name before 'error' and nothing else",
		  "\n"
		  "The following message appears:\n"
		  "\n"
		  "   Windows NT error 0xc0020002\n" FIX_WORDS,
		  { "error 0xc0020002", "review 15: error 0xc0020002: the article gives no message", NULL },
		  { "message: 'Windows NT'", NULL } },
		{ "a driver's message whose start is on the line before",
		  "\n"
		  "The trace shows the following:\n"
		  "\n"
		  "   [State=01000][Error=1326][Contoso][ODBC Frob\n"
		  "   Driver][frobnp]ConnectionOpen (CreateFile()).\n" FIX_WORDS,
		  { "error 1326", NULL },
		  { "message: 'Driver]", NULL } },
		{ "a dialog's title before 'ID no'",
		  "\n"
		  "The following message appears:\n"
		  "\n"
		  "   Contoso Frob Administrator ID no: c1031662\n" FIX_WORDS,
		  { "error 0xc1031662", "review 15: error 0xc1031662: the article gives no message", NULL },
		  { "message: 'Contoso Frob Administrator'", NULL } },
		{ "a dialog's text, then its title before 'ID no'",
		  "\n"
		  "The following message appears:\n"
		  "\n"
		  "   The frob is not valid. Contoso Frob Administrator ID no: c1035b3c\n" FIX_WORDS,
		  { "message: 'The frob is not valid.'", NULL },
		  { "Administrator'", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Page Fails"), cases);
}

/* A block of fields: the line below a code that is the next field
 * ("Secondary_rc = 010000F0") was drafted as its message, as were the
 * fields before a code on its line ("index: 73, NT/MTA error code:
 * 1783") and the system's name before "NT ID no" ("Microsoft Windows").
 * A message that ends on a colon ("X.25 receive failed on connection
 * x:") is the words up to it: the colon kept would match no log line
 * whose detail follows it.  A quotation closed in the middle of the words
 * read ('Type mismatch" on startup') ends the message, and the article's
 * own "NOTE:" before a code is none. */
static void test_blocks_of_fields(void **state)
{
	static const struct draft_case cases[] = {
		{ "the next field below the code",
		  "\n"
		  "The trace shows the following:\n"
		  "\n"
		  "   Primary_rc = F004\n"
		  "   Secondary_rc = 010000F0\n" FIX_WORDS,
		  { "error 0xF004", NULL },
		  { "message: 'Secondary_rc", NULL } },
		{ "the fields before the code on its line",
		  "\n"
		  "The following event is logged:\n"
		  "\n"
		  "   Frob Table (FTAB) index: 73, NT/MTA error code: 1783.\n" FIX_WORDS,
		  { "error 1783", "review 15: error 1783: the article gives no message", NULL },
		  { "message: 'Frob Table", NULL } },
		{ "the system's name before 'NT ID no'",
		  "\n"
		  "The following message appears:\n"
		  "\n"
		  "   Contoso Windows NT ID No. 0xc0020005\n" FIX_WORDS,
		  { "error 0xc0020005", NULL },
		  { "message: 'Contoso Windows'", NULL } },
		{ "a quotation closed in the message's middle",
		  "\n"
		  "The program shows the following:\n"
		  "\n"
		  " - Run-time error 13: \"Type mismatch\" on startup\n" FIX_WORDS,
		  { "error 13", "message: 'Type mismatch'\n", NULL },
		  { "on startup'", NULL } },
		{ "the article's NOTE before the code",
		  "\n"
		  "NOTE: A factor of 0 generates a run-time error: 1/factor = 1/0.\n" FIX_WORDS,
		  { "error 1", NULL },
		  { "message: 'NOTE:", NULL } },
		{ "a message that ends on a colon",
		  "\n"
		  "The gateway's log shows the following:\n"
		  "\n"
		  "   ERROR 3 (Network): X.25 frob failed on connection x:\n" FIX_WORDS,
		  { "message: 'X.25 frob failed on connection x'", NULL },
		  { "connection x:'", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Gateway Fails"), cases);
}

/* An event the article names without its source or log ("Event 290 is
 * logged") was guessed to be in the System log.  diagnose.c looks for it
 * only in the log the rule names, so in an article about Exchange (or SNA
 * Server), whose services write to the Application log, the guess missed
 * the event on the machine.  The Service Control Manager's 7000-7099 stay
 * the System log's whatever the product.  A source known to write to the
 * Application log (SNA Server's, Dr. Watson's, Perflib's, ESE97's) was
 * guessed System too. */
static void test_the_log_an_unsourced_event_is_guessed_in(void **state)
{
	static const struct draft_case cases[] = {
		{ "an Exchange article's event with no source",
		  "\n"
		  "The message transfer agent stops, and Event 290 is logged.\n" FIX_WORDS,
		  { "event 290", "      log: 'Application'\n      id: 290\n",
		    "review 13: event 290: the article does not say which log; 'Application' is a guess", NULL },
		  { "      log: 'System'\n      id: 290\n", NULL } },
		{ "a source whose events the Application log holds",
		  "\n"
		  "The frob connector quits, and the following event is logged:\n"
		  "\n"
		  "   Event ID: 4097\n"
		  "   Source: DrWatson\n" FIX_WORDS,
		  { "event 4097 from DrWatson", "      log: 'Application'\n      id: 4097\n", NULL },
		  { NULL } },
		{ "the Service Control Manager's event in an Exchange article",
		  "\n"
		  "The frob connector does not start, and Event 7000 is logged.\n" FIX_WORDS,
		  { "event 7000", "      log: 'System'\n      id: 7000\n", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(EXCHANGE_SYMPTOMS_ARTICLE("Frob Connector Stops"), cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_messages_in_fields),
		cmocka_unit_test(test_fields_and_marks_after_a_code),
		cmocka_unit_test(test_script_errors_and_lead_ups),
		cmocka_unit_test(test_blocks_of_fields),
		cmocka_unit_test(test_the_log_an_unsourced_event_is_guessed_in),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
