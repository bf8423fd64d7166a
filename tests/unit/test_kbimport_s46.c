/* test_kbimport_s46.c: what session 46 taught the importer.  Each case
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
 * first line of text); the first head is an article about Exchange. */
static const char exchange_head[] = EXCHANGE_SYMPTOMS_ARTICLE("Frob Connector Queues Grow");
static const char frob_head[] = SYMPTOMS_ARTICLE("Frob Connector Queues Grow");

/* "a message transfer agent (MTA) may log an event ID 4283": the
 * subject that logs the event ends with the short name the article gives
 * the service, in brackets.  In an article about Exchange the short name
 * is read as the name the service logs under, with a review note, as
 * "the MTA may log an event" already was; elsewhere, and for a short name
 * no list maps, the event keeps asking for its source. */
static void test_a_bracketed_short_name_names_the_source(void **state)
{
	static const struct draft_case exchange_cases[] = {
		{ "the short name in brackets before the verb",
		  "\nOn a server with many slow links, a\n"
		  "message transfer agent (MTA) may log an event ID 4283 message that holds a\n"
		  "description like the following:\n" FIX_WORDS,
		  { "      id: 4283\n      source: 'MSExchangeMTA'",
		    "event 4283: its source is read as MSExchangeMTA from the words that log it (''MTA''", NULL },
		  { "names no source", NULL } },
		{ "a service with its short name before 'service'",
		  "\nThe Frob Connector (IMC) will log event ID 4116 when a queue is full.\n" FIX_WORDS,
		  { "      id: 4116\n      source: 'MSExchangeIMC'", NULL },
		  { NULL } },
		{ "a short name no list maps",
		  "\nThe Frob Agent (FA) may log an event ID 4283 message.\n" FIX_WORDS,
		  { "      id: 4283\n      source: 'REVIEW: the article names no source'", NULL },
		  { "source: 'FA'", NULL } },
		{ "words in brackets that are no short name",
		  "\nThe message transfer agent (see above) may log an event ID 4283 message.\n" FIX_WORDS,
		  { "      id: 4283\n      source: 'REVIEW: the article names no source'", NULL },
		  { NULL } },
	};
	static const struct draft_case frob_cases[] = {
		{ "not an article about Exchange",
		  "\nOn a server with many slow links, a\n"
		  "message transfer agent (MTA) may log an event ID 4283 message.\n" FIX_WORDS,
		  { "      id: 4283\n      source: 'REVIEW: the article names no source'", NULL },
		  { "MSExchangeMTA", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(exchange_head, exchange_cases);
	DRAFT_EXPECT_ALL(frob_head, frob_cases);
}

/* An event drafted from a sentence with no source, then shown again as
 * a record whose line opens with its source field ("Source FrobSvc
 * Event ID 8: ..."): the draft takes that source, and the review note
 * that says where it was read stands on that line (before, the source
 * was only taken from "in Source ( X )", and the record's line was
 * listed as naming the event again, adding nothing). */
static void test_a_record_line_fills_in_the_source(void **state)
{
	static const struct draft_case cases[] = {
		{ "the source field opens the record's line",
		  "\nUsers may see an error, and Event ID 8 appears in the System Event\n"
		  "Viewer Log:\n\n"
		  "   Source FrobSvc Event ID 8: Frob Server could not start a worker\n"
		  "   thread for the user.\n" FIX_WORDS,
		  { "    cite: 13\n    event:\n      log: 'System'\n      id: 8\n      source: 'FrobSvc'",
		    "  - line: 16\n    field: 'symptoms[0]'\n    note: 'event 8: its source FrobSvc is read from line 16: check it'",
		    NULL },
		  { "named again here", "named without its source", NULL } },
		{ "a source field after the ID on the record's line",
		  "\nEvent ID 8 appears in the System Event Viewer Log:\n\n"
		  "   Event ID 8, Source: FrobSvc, Frob Server could not start a worker.\n" FIX_WORDS,
		  { "      id: 8\n      source: 'FrobSvc'", NULL },
		  { "names no source", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(frob_head, cases);
}

/* An event record copied without its labels: the ID's line, then the
 * source alone on the line under it ("   Event ID 8005" / "   FROBSYNC"),
 * the type's word maybe after it.  A well-known source is taken as
 * logged; another name only as one word with two capitals or more, with
 * a review note; words that are the event's text are no source. */
static void test_a_source_alone_under_the_id(void **state)
{
	static const struct draft_case cases[] = {
		{ "an unknown one-word source, with a note",
		  "\nYou receive the following error in the application event log:\n\n"
		  "   Event ID 8005\n"
		  "   FROBSYNC\n\n"
		  "   The frob sync agent failed to find the last change it processed.\n" FIX_WORDS,
		  { "      id: 8005\n      source: 'FROBSYNC'",
		    "  - line: 16\n    field: 'symptoms'\n    note: 'event 8005: its source FROBSYNC is read from the line under its ID, which has no label: check it'",
		    NULL },
		  { NULL } },
		{ "a well-known source with a dash before the ID",
		  "\nThe following error may be logged in the application event log:\n\n"
		  "   Event ID - 4122\n"
		  "   MSExchangeIMC\n"
		  "   Description -\n"
		  "   An error occurred while the frob address was read.\n" FIX_WORDS,
		  { "      id: 4122\n      source: 'MSExchangeIMC'", NULL },
		  { "names no source", NULL } },
		{ "a well-known source written otherwise, its type after it",
		  "\nThe error that is recorded in the application log is:\n\n"
		  "   Event ID 4097\n"
		  "   Dr Watson Error\n"
		  "   An application error has occurred in frob.exe.\n" FIX_WORDS,
		  { "      id: 4097\n      source: 'DrWatson'", NULL },
		  { NULL } },
		{ "the event's text is no source",
		  "\nThe following events are logged:\n\n"
		  "   Event ID 529\n"
		  "   Logon Failure\n"
		  "   Reason: Unknown user name or bad password\n" FIX_WORDS,
		  { "      id: 529\n      source: 'REVIEW: the article names no source'", NULL },
		  { "source: 'Logon", NULL } },
		{ "one word with capitals over a sentence is no source",
		  "\nThe following event is logged:\n\n"
		  "   Event ID 4098\n"
		  "   FrobAgent\n"
		  "   could not start because the frob file is missing.\n" FIX_WORDS,
		  { "      id: 4098\n      source: 'REVIEW: the article names no source'", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(frob_head, cases);
}

/* A lead-in that says which source logs the block of events under it:
 * "the following event logged by X:", "the following events generated
 * by the X service:" (a name a list of sources vouches for); a name no
 * list holds, or "by" after a verb that logs nothing, gives none. */
static void test_a_lead_in_logged_by_a_source(void **state)
{
	static const struct draft_case cases[] = {
		{ "logged by a well-known source",
		  "\nIn the Event Viewer, you will find the following event\n"
		  "logged by MSExchangeDSImp:\n\n"
		  "   Event ID: 154\n"
		  "   The frob attribute is not directly importable.\n" FIX_WORDS,
		  { "      id: 154\n      source: 'MSExchangeDSImp'", NULL },
		  { "names no source", NULL } },
		{ "generated by the service",
		  "\nThe following events are generated by the MSExchangeIS service:\n\n"
		  "   Event ID: 1085\n"
		  "   The frob store could not be opened.\n" FIX_WORDS,
		  { "      id: 1085\n      source: 'MSExchangeIS'", NULL },
		  { NULL } },
		{ "a name no list holds",
		  "\nThe following event is logged by FrobAgent:\n\n"
		  "   Event ID: 154\n"
		  "   The frob attribute is not directly importable.\n" FIX_WORDS,
		  { "      id: 154\n      source: 'REVIEW: the article names no source'", NULL },
		  { NULL } },
		{ "'by' after a word that logs nothing",
		  "\nThe following event, caused by MSExchangeIS, appears:\n\n"
		  "   Event ID: 154\n"
		  "   The frob attribute is not directly importable.\n" FIX_WORDS,
		  { "      id: 154\n      source: 'REVIEW: the article names no source'", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(exchange_head, cases);
}

/* An event named in a related article's title quoted in running text
 * and wrapped ('see article Q154690, "How to Troubleshoot' / 'Event 9
 * and Event 11 Error Messages."') is that article's subject, not a
 * symptom of this one: a review item, not an event.  A line that closes
 * a quote no article number opened is read as before. */
static void test_an_event_in_a_wrapped_quoted_title(void **state)
{
	static const struct draft_case cases[] = {
		{ "the title's second line",
		  "\nThe frob controller logs event 9 in the system log when a device times out.\n\n"
		  "For further information, see Knowledge Base article Q154690, \"How to Frob\n"
		  "Event 9 and Event 11 Error Messages.\"\n" FIX_WORDS,
		  { "      id: 9\n", "    note: 'event 11 is named in a related article''s title", NULL },
		  { "id: event-11", NULL } },
		{ "a quote no article number opened",
		  "\nThe frob controller shows the message \"Device is not\n"
		  "ready\" and logs event 11 in the system log.\n" FIX_WORDS,
		  { "  - id: event-11\n", NULL },
		  { "related article", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(frob_head, cases);
}

/* An ESE (Jet) error given by its negative number and its symbolic name,
 * no keyword beside it ("-1811 JET_errFileNotFound", "JET_errFrob
 * (-1206 = 0xfffffb4a)"): the code in its 32-bit form, the name as its
 * message; outside the symptoms and cause, a review item.  A name with
 * no number beside it, or a positive one, gives no code. */
static void test_a_jet_error_by_its_name(void **state)
{
	static const struct draft_case cases[] = {
		{ "the number before the name",
		  "\nThe frob store does not start, and the following errors are logged:\n\n"
		  "   Error(s) -1811 JET_errFileNotFound\n\n"
		  "   -509 JET_errMissingPreviousLogFile\n" FIX_WORDS,
		  { "    cite: 15\n    error:\n      code: 0xFFFFF8ED\n      message: 'JET_errFileNotFound'",
		    "    cite: 17\n    error:\n      code: 0xFFFFFE03\n      message: 'JET_errMissingPreviousLogFile'", NULL },
		  { NULL } },
		{ "the number in the bracket after the name",
		  "\nThe restore reports JET_errDatabaseCorrupted (-1206 = 0xfffffb4a) and stops.\n" FIX_WORDS,
		  { "      code: 0xFFFFFB4A\n      message: 'JET_errDatabaseCorrupted'", NULL },
		  { NULL } },
		{ "no number beside the name, or a positive one",
		  "\nThe restore reports JET_errDatabaseCorrupted and stops; the store logs\n"
		  "1206 JET_errFrobbed once a day.\n" FIX_WORDS,
		  { NULL },
		  { "JET_errDatabaseCorrupted'", "JET_errFrobbed'", NULL } },
	};
	static const struct draft_case more_cases[] = {
		{ "a list of Jet errors outside the symptoms",
		  "\nThe frob store does not start.\n\n"
		  "MORE INFORMATION\n================\n\n"
		  "The errors the frob store may return include:\n\n"
		  " - -510 JET_errLogWriteFail The log files are out of disk space.\n" FIX_WORDS,
		  { "note: 'error -510 (JET_errLogWriteFail) is named here: add it as a symptom if the technician sees it'", NULL },
		  { "code: 0xFFFFFE02", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(exchange_head, cases);
	DRAFT_EXPECT_ALL(exchange_head, more_cases);
}

/* A code on a line that tests a value in a program ("CASE error = 2",
 * "IF nError = 5") is program code even with no listing marks around it:
 * a review item, not a symptom.  "Error = 5" in a log line, with no
 * control word opening it, is read as before. */
static void test_a_program_test_line_is_no_symptom(void **state)
{
	static const struct draft_case cases[] = {
		{ "an error handler's CASE lines",
		  "\nThe frob import fails. The sample's error handler reads:\n\n"
		  "      DO CASE\n"
		  "         CASE error = 2\n"
		  "            reason = \"File not found\"\n"
		  "         CASE error = 29\n"
		  "            reason = \"Disk is full\"\n"
		  "      ENDCASE\n" FIX_WORDS,
		  { "note: 'code 2 is a value a program line tests (''CASE error = 2'')",
		    "note: 'code 29 is a value a program line tests (''CASE error = 29'')", NULL },
		  { "code: 2\n", "code: 29\n", NULL } },
		{ "a log line's field",
		  "\nThe frob import fails, and the log shows:\n\n"
		  "   Open of frob.dat failed, error = 5\n" FIX_WORDS,
		  { "      code: 5\n", NULL },
		  { "a program line tests", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(frob_head, cases);
}

/* Registry Editor's steps told with "Specify": "click New, and then
 * DWORD Value" makes the value, "Specify "X" ... for the name" names it,
 * "Specify "1" ... for the value" gives its data; the value is set. */
static void test_specify_steps_set_a_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "specify the name, then the value",
		  START_REGEDT32
		  "2. Locate the following key in the registry:\n\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\Frob\\Parameters\n\n"
		  "3. On the Edit menu, click New, and then DWORD Value.\n\n"
		  "4. Specify \"FrobLimit\" (without the quotation marks) for the name.\n\n"
		  "5. Specify \"1\" (without the quotation marks) for the value.\n\n" END_WORDS,
		  { "    key: 'HKLM\\System\\CurrentControlSet\\Services\\Frob\\Parameters'\n"
		    "    value: 'FrobLimit'\n    type: 'REG_DWORD'\n    expect: equals\n    data: 1\n",
		    "      check: froblimit\n      action: set-value", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* An event record whose ID line lost the word "Event" ("   ID 3096"
 * alone, "   ID 7011 - Service control manager - ..."), opening an
 * indented block under a lead-in about an event or a message, or under
 * the blocks of the same list: an event, its source read from its own
 * line or the line under it.  Under a lead-in about something else, or
 * with words after the ID, no event. */
static void test_an_id_line_without_event(void **state)
{
	static const struct draft_case cases[] = {
		{ "the ID alone under a lead-in about an event",
		  "\nThe following event error appears in the new server's event log:\n\n"
		  "   ID 3096\n"
		  "   The frob controller could not be located.\n" FIX_WORDS,
		  { "    cite: 15\n    event:\n", "      id: 3096\n      source: 'REVIEW: the article names no source'", NULL },
		  { NULL } },
		{ "a list of ID blocks, each source under its ID",
		  "\nAfter you install the frob server, the following errors may appear\n"
		  "in the Application log following each reboot:\n\n"
		  "   ID 11502\n"
		  "   MSExchangeNNTP\n"
		  "   Error\n"
		  "   Initialization of the frob interface failed.\n\n"
		  "   ID 11504\n"
		  "   MSExchange Pop3\n"
		  "   Error\n"
		  "   Initialization of the other frob interface failed.\n" FIX_WORDS,
		  { "      id: 11502\n      source: 'MSExchange NNTP'", "      id: 11504\n      source: 'MSExchangePOP3'", NULL },
		  { NULL } },
		{ "the source between dashes on the ID's line",
		  "\nThe server shuts down slowly and the following event is written in the event log:\n\n"
		  "   ID 7011 - Service control manager - Timeout(120000 ms)\n"
		  "   waiting for transaction response.\n" FIX_WORDS,
		  { "      id: 7011\n      source: 'Service Control Manager'", NULL },
		  { NULL } },
		{ "a row of source, type and category under the ID",
		  "\nThe following events may be logged in the application event log:\n\n"
		  "   ID 6067\n"
		  "   MSExchangeGWRtr, Error General, Failed to move the frob file.\n" FIX_WORDS,
		  { "      id: 6067\n      source: 'MSExchangeGWRtr'", NULL },
		  { NULL } },
		{ "a lead-in about something else",
		  "\nThe frob adapter reports the following devices:\n\n"
		  "   ID 5\n"
		  "   Frob disk drive\n" FIX_WORDS,
		  { NULL },
		  { "id: 5\n", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(frob_head, cases);
}

/* "Error ID N" with no hex after it: on an indented message line with
 * words after its full stop, an error and its message; where the line
 * names the event log or a Source field, an event; in a later section,
 * a review item. */
static void test_error_id_without_hex(void **state)
{
	static const struct draft_case cases[] = {
		{ "a dialog's message",
		  "\nIf you start the frob service from Control Panel, the following error message results:\n\n"
		  "   Error ID 1069. The Service Did Not Start Due to Logon Failure.\n" FIX_WORDS,
		  { "    cite: 15\n    error:\n      code: 1069\n      message: 'The Service Did Not Start Due to Logon Failure.'", NULL },
		  { NULL } },
		{ "in the event log",
		  "\nThe frob client cannot get an address.\n\n"
		  "Also, Error ID 1003 may appear in the Event Log with the following description:\n\n"
		  "   Frob failed to obtain a lease for the card.\n" FIX_WORDS,
		  { "    cite: 15\n    event:\n", "      id: 1003\n", NULL },
		  { "code: 1003", NULL } },
		{ "with a Source field",
		  "\nThe frob service fails to start, and the following error is recorded:\n\n"
		  "   Error ID: 7024  Source:\n"
		  "   The Frob Service Terminated With Service-Specific Error 2105.\n" FIX_WORDS,
		  { "      id: 7024\n", NULL },
		  { "code: 7024", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(frob_head, cases);
}

/* "Turn off keep-alives ... by using regedit and the following entry:":
 * the steps' verb that turns a feature off or on asks for the value
 * shown, as "set" or "add" does; what Setup will do is still told, not
 * asked. */
static void test_turn_off_asks_for_the_entry(void **state)
{
	static const struct draft_case cases[] = {
		{ "turn off by using regedit",
		  "\nTurn off keep-alives on the Frob Server by using regedit (or\n"
		  "regedt32) and the following entry:\n\n"
		  "HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\Frob\\Parameters\\FrobNoKeepAlive:\n\n"
		  "REG_DWORD: 1\n\n" END_WORDS,
		  { "    value: 'FrobNoKeepAlive'\n    type: 'REG_DWORD'\n    expect: equals\n    data: 1\n",
		    "      check: frobnokeepalive\n      action: set-value", NULL },
		  { NULL } },
		{ "what Setup will do",
		  "\nFrob Setup will disable keep-alives with the following entry:\n\n"
		  "HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\Frob\\Parameters\\FrobNoKeepAlive:\n\n"
		  "REG_DWORD: 1\n\n" END_WORDS,
		  { NULL },
		  { "action: set-value", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_bracketed_short_name_names_the_source),
		cmocka_unit_test(test_a_record_line_fills_in_the_source),
		cmocka_unit_test(test_a_source_alone_under_the_id),
		cmocka_unit_test(test_a_lead_in_logged_by_a_source),
		cmocka_unit_test(test_an_event_in_a_wrapped_quoted_title),
		cmocka_unit_test(test_a_jet_error_by_its_name),
		cmocka_unit_test(test_a_program_test_line_is_no_symptom),
		cmocka_unit_test(test_specify_steps_set_a_value),
		cmocka_unit_test(test_an_id_line_without_event),
		cmocka_unit_test(test_error_id_without_hex),
		cmocka_unit_test(test_turn_off_asks_for_the_entry),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
