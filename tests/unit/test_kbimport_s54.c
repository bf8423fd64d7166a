/* test_kbimport_s54.c: what session 54 taught the importer about an
 * event's source where the article names none, and about the article's
 * own words by an error code.  Each case reads a small article written
 * here, in our own words, in the form the articles show an event or a
 * code in: the Exchange services' events printed with their text and no
 * source field, and codes named in the article's prose. */
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

/* An Exchange article prints an MTA event as its ID and its text, with no
 * "Source:" line: the text ("An MTA database server error was
 * encountered", "may cause the MTA to terminate", the trace "[BASE IL
 * MAIN BASE 1 171] (10)" it ends with) is one only the MTA writes, so the
 * source is read as MSExchangeMTA, with a review note.  So is the
 * directory's, whose text opens with "The directory replication agent",
 * even where it speaks of the MTA.  A connector's event that speaks of
 * the MTA keeps its missing source, as does a text that names a service
 * further in or as the Service Control Manager names services, and the
 * same text in an article not about Exchange. */
static void test_mta_events_by_their_text(void **state)
{
	static const struct draft_case cases[] = {
		{ "the ID and the MTA's text on one line",
		  "\n"
		  "The MTA stops. The application log shows the following event:\n"
		  "\n"
		  "   Event ID 9405 An unexpected error has occurred which may cause the MTA to\n"
		  "   terminate. Error: Exception c0000005 at address 0x12345.\n" FIX_WORDS,
		  { "event 9405 from MSExchangeMTA", "review 0: event 9405: its source is read as MSExchangeMTA",
		    NULL },
		  { NULL } },
		{ "the text in a Description field under the ID",
		  "\n"
		  "Messages stay in the queue, and the following event is logged:\n"
		  "\n"
		  "   Event ID: 2171\n"
		  "   Description: An MTA database server error was encountered while\n"
		  "   reading an attribute.\n" FIX_WORDS,
		  { "event 2171 from MSExchangeMTA", NULL },
		  { NULL } },
		{ "the MTA's trace of where it was, at the end of the text",
		  "\n"
		  "Connections fail, and events such as the following are logged:\n"
		  "\n"
		  "   Event ID 9160\n"
		  "   No free control blocks remain for the frob network. The configured\n"
		  "   count is 20. [BASE IL MAIN BASE 1 171] (10)\n" FIX_WORDS,
		  { "event 9160 from MSExchangeMTA", NULL },
		  { NULL } },
		{ "the directory's text opens with its replication agent",
		  "\n"
		  "Replication stops, and the following event is logged:\n"
		  "\n"
		  "   Event ID: 1105\n"
		  "   Description: The directory replication agent (DRA) could not reach\n"
		  "   the frob server.\n" FIX_WORDS,
		  { "event 1105 from MSExchangeDS", "review 0: event 1105: its source is read as MSExchangeDS", NULL },
		  { NULL } },
		{ "a service named further into the text is not its writer",
		  "\n"
		  "Messages stay in the queue, and the following event is logged:\n"
		  "\n"
		  "   Event ID: 8\n"
		  "   Description: Failed to open the frob message. At the Internet Mail\n"
		  "   Service, the frob message is the one that was sent.\n" FIX_WORDS,
		  { "event 8", NULL },
		  { "event 8 from MSExchangeIMC", NULL } },
		{ "the Service Control Manager's words about a service are not the service's",
		  "\n"
		  "The connector does not start, and the following event is logged:\n"
		  "\n"
		  "   Event ID: 7031\n"
		  "   Description: The Internet Mail Service service terminated unexpectedly.\n" FIX_WORDS,
		  { "event 7031", NULL },
		  { "event 7031 from MSExchangeIMC", NULL } },
		{ "the directory's event that names the MTA is the directory's",
		  "\n"
		  "Replication stops, and the following event is logged:\n"
		  "\n"
		  "   Event ID 1091\n"
		  "   The directory replication agent could not connect to the MTA.\n"
		  "   The MTA will be tried again later.\n" FIX_WORDS,
		  { "event 1091 from MSExchangeDS", NULL },
		  { "event 1091 from MSExchangeMTA", NULL } },
		{ "a connector's event that names the MTA keeps no source",
		  "\n"
		  "Mail stays in the queue, and the following event is logged:\n"
		  "\n"
		  "   Event ID 2556\n"
		  "   The thread in MS Mail Connector that delivers to the frob post office\n"
		  "   has found an error. The MTA will be tried again later.\n" FIX_WORDS,
		  { "event 2556", NULL },
		  { "event 2556 from MSExchangeMTA", "event 2556 from MSExchangeMSMI", NULL } },
		{ "the MTA named before the ID is not the event's text",
		  "\n"
		  "When the MTA will not start, event ID 4001 is logged.\n" FIX_WORDS,
		  { "event 4001", NULL },
		  { "event 4001 from MSExchangeMTA", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(EXCHANGE_SYMPTOMS_ARTICLE("XCON: MTA Stops Delivering Mail"), cases);
}

/* The same text in an article about another product: the MTA there is
 * not Exchange's, and no source is read. */
static void test_mta_text_outside_exchange(void **state)
{
	static const struct draft_case cases[] = {
		{ "no Exchange, no MSExchangeMTA",
		  "\n"
		  "The frob relay stops. The application log shows the following event:\n"
		  "\n"
		  "   Event ID 9405 An unexpected error has occurred which may cause the MTA to\n"
		  "   terminate.\n" FIX_WORDS,
		  { "event 9405", NULL },
		  { "event 9405 from MSExchangeMTA", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Relay Stops"), cases);
}

/* In the article's own prose (a line at the margin), the words by a code
 * are the article's: who shows the code ("... it may report error code
 * 29"), the sentence after the code's ("... of 0xC0000005. Windows NT
 * displays STOP"), or words after the quote that closed the code (a list
 * of titles: ""Frob Error 325" Occurs While ...").  The draft took them
 * for the program's message; they are a review item now.  A message
 * quoted after the code, and a program's line set in from the margin,
 * keep their words; a quoted message the prose wraps is joined to its
 * closing quote. */
static void test_article_words_are_no_message(void **state)
{
	static const struct draft_case cases[] = {
		{ "the words before the code say who reports it",
		  "\n"
		  "In Device Manager, the status of the frob adapter may report error code 29\n"
		  "when the adapter is not seated.\n" FIX_WORDS,
		  { "error 29", "review 0: error 29: the words by it, in a line of the article's prose", NULL },
		  { "message: 'In Device Manager", NULL } },
		{ "the sentence after the code's is the article's",
		  "\n"
		  "The frob service stops with an access violation of 0xC0000005. It restarts.\n" FIX_WORDS,
		  { "error 0xC0000005", NULL },
		  { "message: 'It restarts.'", NULL } },
		{ "words after the quote that closed the code",
		  "\n"
		  "The following articles describe frob setup problems:\n"
		  "\n"
		  "\"Frob Error 325\" Occurs While Your Setup Program Is Running\n" FIX_WORDS,
		  { "error 325", NULL },
		  { "message: 'Occurs While", NULL } },
		{ "a message quoted after the code keeps its words",
		  "\n"
		  "When the frob form loads, you may receive the compile error \"Frob not\n"
		  "defined\" or run-time error 424 \"Object Required\".\n" FIX_WORDS,
		  { "error 424", "message: 'Object Required'", NULL },
		  { NULL } },
		{ "a quoted message wrapped in the article's prose is joined to its close",
		  "\n"
		  "When the frob form loads in the designer, you may receive run-time error 91 \"Object\n"
		  "variable or With block variable not set\" and the form stays empty.\n" FIX_WORDS,
		  { "error 91", "message: 'Object variable or With block variable not set'", NULL },
		  { NULL } },
		{ "a quotation opened before the code and wrapped is joined to its close",
		  "\n"
		  "If there is a path for frob packets between the two adapters, you will receive\n"
		  "\"Error 52: Duplicate Name\n"
		  "on Network.\"\n" FIX_WORDS,
		  { "error 52", "message: 'Duplicate Name on Network.'", NULL },
		  { NULL } },
		{ "a quotation closed on the code's line is not joined to the next",
		  "\n"
		  "You may receive error 1704 \"The frob sequence is invalid\" or error 1720 \"The\n"
		  "frob endpoint cannot be created.\"\n" FIX_WORDS,
		  { "error 1704", NULL },
		  { "1720 \"The frob endpoint", NULL } },
		{ "a program's line set in keeps its words",
		  "\n"
		  "The frob log holds the following line:\n"
		  "\n"
		  "   Unable to start because Windows reports error 1815.\n" FIX_WORDS,
		  { "error 1815", "message: 'Unable to start because Windows reports'", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Adapter Does Not Start"), cases);
}

/* A code printed as a field's value ("Error: 1945") over the block's next
 * field ("Method: release", "Printer: \\server"), or before the next field
 * of its own line ("Database error code: 2111. Object at fault:
 * 06000035."): that field is no message; a box's "Source:" still leads
 * to its "Description:". */
static void test_next_field_is_no_message(void **state)
{
	static const struct draft_case cases[] = {
		{ "the next field of the block",
		  "\n"
		  "The frob report fails with the following error:\n"
		  "\n"
		  "   Error: 1945\n"
		  "   Method: release\n"
		  "   Line: 13\n" FIX_WORDS,
		  { "error 1945", NULL },
		  { "message: 'Method: release'", NULL } },
		{ "the next field on the code's own line",
		  "\n"
		  "The frob store stops, and its log holds the following line:\n"
		  "\n"
		  "   Called from frob. Database error code: 2111. Object at fault: 06000035.\n" FIX_WORDS,
		  { "error 2111", NULL },
		  { "message: 'Object at fault", NULL } },
		{ "a box's Source field leads to its Description",
		  "\n"
		  "The frob dialer shows the following error:\n"
		  "\n"
		  "   Error: 20101\n"
		  "   Source: Remote Access\n"
		  "   Description: Unable to connect to the frob port.\n" FIX_WORDS,
		  { "error 20101", "message: 'Unable to connect to the frob port.'", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Report Fails"), cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mta_events_by_their_text),
		cmocka_unit_test(test_mta_text_outside_exchange),
		cmocka_unit_test(test_article_words_are_no_message),
		cmocka_unit_test(test_next_field_is_no_message),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
