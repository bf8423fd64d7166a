/* test_kbimport_evrole.c: events and codes that are not the problem's
 * symptom (labelling guide C2; core/kbimport_afterfix.c): what the
 * article's own change or procedure brings when it is done wrong or left
 * half done, or what an option logs by design, goes to the review list,
 * and so does an informational event of normal operation
 * (core/kbimport_events.c); the problem the change prevents, the events
 * the reader looks for to diagnose it and an informational event in the
 * problem's series stay symptoms.  Also what is no event or code at all
 * (a referenced article's "TITLE :" line, the file Event32.dll) and a code
 * written after a dash standing apart ("error - 1605").  Each case is a small article written
 * here, in our own words (its body follows BODY_HEAD, first line 17). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "draft_probe.h"

static const struct draft_case brought_by_the_change[] = {
	{ "an event logged when the article's order of steps is not kept",
	  "\n"
	  "Make the change on every frob relay first and on the frob hub last.\n"
	  "Failure to follow this order will cause event ID 4701 to be logged on\n"
	  "the hub.\n",
	  { "review 19: event 4701 is brought by the article's own change", NULL },
	  { "event 4701", NULL } },
	{ "an event logged when a step of the procedure is left out",
	  "\n"
	  "1. Add the frob agent key.\n"
	  "2. Restart the server. Note that if you do not restart the server,\n"
	  "   event ID 4702 is logged in Event Viewer.\n",
	  { "review 20: event 4702 is brought by the article's own change", NULL },
	  { "event 4702", NULL } },
	{ "an error the reader gets by setting the article's value too high",
	  "\n"
	  "   If you set the number of frob buffers too high, you will see the\n"
	  "   following message:\n"
	  "\n"
	  "   The frob service could not start. Error 4703: the buffer pool\n"
	  "   could not be made.\n"
	  "\n"
	  "   You will also see event ID 4704 in the application log:\n"
	  "\n"
	  "   Event ID: 4704\n"
	  "   Source: FrobSvc\n"
	  "   Type: Error\n",
	  { "review 0: error 4703 is brought by the article's own change",
	    "review 0: event 4704 is brought by the article's own change", NULL },
	  { "error 4703", "event 4704", NULL } },
	{ "a STOP code that over-reducing the article's setting causes",
	  "\n"
	  "Excessively reducing the frob pool may stop the computer. The Stop\n"
	  "errors most likely are Stop 0x000000E1 or Stop 0x000000E2.\n",
	  { "review 0: error 0x000000E1 is brought by the article's own change", NULL },
	  { "error 0xE1", "error 0xE2", NULL } },
	{ "a STOP code the article's setting itself may cause",
	  "\n"
	  "IMPORTANT: This setting may cause the computer to stop with a\n"
	  "Stop 0x000000E3 error when it starts.\n",
	  { "review 0: error 0x000000E3 is brought by the article's own change", NULL },
	  { "error 0xE3", NULL } },
	{ "an event an option the article sets logs by design",
	  "\n"
	  "If this registry value is being used, a frob larger than the limit is\n"
	  "sent back, and event ID 4705 is logged for it.\n",
	  { "review 19: event 4705 is brought by the article's own change", NULL },
	  { "event 4705", NULL } },
};

static const struct draft_case still_symptoms[] = {
	{ "the problem the change prevents (\"if you do not make this change\")",
	  "\n"
	  "If you do not make this change on frob hubs with 4 GB of memory, you\n"
	  "may receive Stop 0x000000E4 error messages.\n",
	  { "error 0xE4", NULL },
	  { "review 0: error 0x000000E4 is brought", NULL } },
	{ "a setting too low for the load is the problem, not the reader's change",
	  "\n"
	  "If this setting is too low for the number of frob links, event ID\n"
	  "4706 may appear in the application event log.\n",
	  { "event 4706", NULL },
	  { "review 0: event 4706 is brought", NULL } },
	{ "an event the reader raises logging to find is the diagnosis",
	  "\n"
	  "When you set diagnostics logging to maximum for the frob connector,\n"
	  "the following event appears in the application log:\n"
	  "\n"
	  "   Event ID: 4707\n"
	  "   Source: FrobConnector\n"
	  "   Description: Frob parsing failed.\n",
	  { "event 4707 from FrobConnector", NULL },
	  { "review 0: is brought by the article's own change", NULL } },
	{ "a failure to start that the step's order does not bring",
	  "\n"
	  "Follow these steps. The frob service may fail to start and log\n"
	  "event ID 4708 when the hub is offline.\n",
	  { "event 4708", NULL },
	  { "review 0: is brought by the article's own change", NULL } },
};

static const struct draft_case informational[] = {
	{ "an informational event the service logs each time it starts",
	  "\n"
	  "The following event is logged when the frob store starts on a full\n"
	  "edition server:\n"
	  "\n"
	  "   Event ID: 4711\n"
	  "   Source: FrobStore\n"
	  "   Type: Information\n"
	  "   Description: Frob store with no size limit started.\n",
	  { "review 21: event 4711 is informational, of normal operation", NULL },
	  { "event 4711", NULL } },
	{ "a success audit that records who did it",
	  "\n"
	  "The event that shows the account which opened the frob box is:\n"
	  "\n"
	  "   Event ID: 4712\n"
	  "   Event Type: Success Audit\n"
	  "   Event Source: FrobStore\n",
	  { "review 0: event 4712 is informational", NULL },
	  { "event 4712", NULL } },
	{ "a sync that says it completed successfully",
	  "\n"
	  "On the frob hub:\n"
	  "\n"
	  "   Event 4713 Source FrobSync The full sync of the frob list\n"
	  "   completed successfully.\n",
	  { "review 0: event 4713 is informational", NULL },
	  { "event 4713", NULL } },
};

static const struct draft_case ignorable[] = {
	{ "an event the prose announcing it says can be ignored",
	  "\n"
	  "Then bring the frob resource online. This writes the following\n"
	  "System log entry, which can be ignored:\n"
	  "\n"
	  "   Event ID 4741\n"
	  "   Source: FrobClus\n"
	  "   Type: Error\n",
	  { "review 0: event 4741 is given as normal or expected", NULL },
	  { "event 4741", NULL } },
	{ "\"This is by design\" about the resolution leaves the error a symptom",
	  "\n"
	  "The frob service may fail to start with error 4742 when a route is\n"
	  "wrong. Removing the wrong route is required. This is by design.\n",
	  { "error 4742", NULL },
	  { "review 0: error 4742 is given as normal", NULL } },
};

static const struct draft_case informational_but_symptoms[] = {
	{ "an informational event in a run with an Error block is the problem's series",
	  "\n"
	  "The following events are logged in the application log:\n"
	  "\n"
	  "   Event: 4721\n"
	  "   Source: FrobRouter\n"
	  "   Type: Information\n"
	  "   Description: The frob router has started.\n"
	  "\n"
	  "   Event: 4722\n"
	  "   Source: FrobRouter\n"
	  "   Type: Error\n"
	  "   Description: The frob file could not be moved.\n",
	  { "event 4721 from FrobRouter", "event 4722 from FrobRouter", NULL },
	  { "review 0: event 4721 is informational", NULL } },
	{ "an informational event the announcing prose ties to the issue",
	  "\n"
	  "The issue may come with a number of Event ID 4723 entries in the\n"
	  "Event Log:\n"
	  "\n"
	  "   Event ID: 4723\n"
	  "   Source: FrobMTA\n"
	  "   Type: Information\n"
	  "   Description: Free frob block at index 12.\n",
	  { "event 4723 from FrobMTA", NULL },
	  { "review 0: event 4723 is informational", NULL } },
	{ "an informational event the reader searches for to diagnose",
	  "\n"
	  "4. Search the log before the frob error for the following event:\n"
	  "\n"
	  "   Event ID: 4724\n"
	  "   Source: FrobDS\n"
	  "   Type: Information\n"
	  "   Description: The frob agent could not update the object.\n",
	  { "event 4724 from FrobDS", NULL },
	  { "review 0: event 4724 is informational", NULL } },
};

static const struct draft_case titles_names_and_dashes[] = {
	{ "a referenced article's TITLE line under its ARTICLE-ID names no fact",
	  "\n"
	  "For more on the frob driver, see this article in the Knowledge Base:\n"
	  "\n"
	  "   ARTICLE-ID: Q900123\n"
	  "   TITLE : Frob Driver Causes Event ID 4731 and Stop 0x000000E5\n",
	  { "review 21: event 4731 is named in a related article's title",
	    "review 21: a related article's title names", NULL },
	  { "event 4731", "error 0xE5", NULL } },
	{ "\"event number N\" names the event, its source before it",
	  "\n"
	  "Event Viewer shows a Service Control Manager event number 4733 when\n"
	  "the frob service stops.\n",
	  { "event 4733 from Service Control Manager", NULL },
	  { NULL } },
	{ "a setup log's \"dwError = N\" is the error code",
	  "\n"
	  "Setup stops with the following message:\n"
	  "\n"
	  "   FrobSetup Error : CloseFrob g_frob.Save() dwError = 4734\n",
	  { "error 4734", NULL },
	  { NULL } },
	{ "an \"error N\" a log holds is that log's event N",
	  "\n"
	  "Check the System log for error 4735.\n"
	  "\n"
	  "You may also notice frob error 4736 in the Application Log.\n"
	  "\n"
	  "The frob agent returns error 4737 in the dialog box.\n",
	  { "event 4735", "event 4736", "error 4737", NULL },
	  { "error 4735", "error 4736", "event 4737", NULL } },
	{ "the file Event32.dll is no event 32",
	  "\n"
	  "Copy Frobevent32.exe and Event32.dll into the same folder.\n",
	  { NULL },
	  { "event 32", NULL } },
	{ "a dash standing apart after error is a separator",
	  "\n"
	  "When you compact the frob store, a \"duplicate key error - 4732\" may\n"
	  "occur, and the agent reports Access violation - code c0000005.\n",
	  { "error 4732", "error 0xc0000005", NULL },
	  { NULL } },
	{ "a dash after status starts a list; a long decimal after a dash keeps its sign",
	  "\n"
	  "The -s switch sets the frob status - 0 or 1 (1 means success).\n"
	  "\n"
	  "The frob script shows Run-time error - 2147467259 (the HRESULT).\n",
	  { NULL },
	  { "error 1", "error 2147467259", NULL } },
};

static void test_what_the_change_brings_is_review(void **state)
{
	(void)state;
	draft_expect_cases(brought_by_the_change, sizeof brought_by_the_change / sizeof brought_by_the_change[0]);
}

static void test_the_problem_the_change_prevents_stays_a_symptom(void **state)
{
	(void)state;
	draft_expect_cases(still_symptoms, sizeof still_symptoms / sizeof still_symptoms[0]);
}

static void test_an_informational_event_of_normal_operation_is_review(void **state)
{
	(void)state;
	draft_expect_cases(informational, sizeof informational / sizeof informational[0]);
}

static void test_an_event_the_article_says_can_be_ignored_is_review(void **state)
{
	(void)state;
	draft_expect_cases(ignorable, sizeof ignorable / sizeof ignorable[0]);
}

static void test_an_informational_event_tied_to_the_problem_stays(void **state)
{
	(void)state;
	draft_expect_cases(informational_but_symptoms,
			   sizeof informational_but_symptoms / sizeof informational_but_symptoms[0]);
}

static void test_titles_file_names_and_dashes(void **state)
{
	(void)state;
	draft_expect_cases(titles_names_and_dashes, sizeof titles_names_and_dashes / sizeof titles_names_and_dashes[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_what_the_change_brings_is_review),
		cmocka_unit_test(test_the_problem_the_change_prevents_stays_a_symptom),
		cmocka_unit_test(test_an_informational_event_of_normal_operation_is_review),
		cmocka_unit_test(test_an_informational_event_tied_to_the_problem_stays),
		cmocka_unit_test(test_titles_file_names_and_dashes),
		cmocka_unit_test(test_an_event_the_article_says_can_be_ignored_is_review),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
