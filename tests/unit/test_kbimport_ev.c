/* test_kbimport_ev.c: events and error codes on articles nobody tuned on
 * (core/kbimport_events.c, kbimport_sources.c, kbimport_afterfix.c,
 * kbimport_errors.c): related-article titles in bulleted and "Qnnnnnn:"
 * lists, the source Event Viewer's missing-message text names, source
 * fields that run on into the sentence, and events that the article
 * gives as the sign that its fix worked.  Each test imports a small
 * article written here, in our own words (the body starts at line 17). */
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

static int is_review_source(const struct rule_symptom *ev)
{
	return ev != NULL && strncmp(ev->source, "REVIEW:", 7) == 0;
}

static void test_bulleted_and_colon_related_titles_are_not_events(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Apply the frob update.\n"
	       "\n"
	       "For more information, see the following articles:\n"
	       "\n"
	       " - Q900101 Frob Agent Logs Event 4411 at Start\n"
	       "   Q900102: Frob Relay Fails with Event ID 4412\n"
	       " * Q900103 Frob Queue Stops with Error 0xC0000017\n", &d);
	assert_null(draft_event(d.r, 4411));
	assert_null(draft_event(d.r, 4412));
	assert_null(draft_error(d.r, 0xC0000017u));
	assert_true(draft_review_says(d.r, 22, "related article's title"));
	assert_true(draft_review_says(d.r, 23, "related article's title"));
	draft_free(&d);
}

static void test_a_source_the_missing_message_text_names(void **state)
{
	struct draft d;
	const struct rule_symptom *ev;

	(void)state;
	draft_import_body("\n"
	       "The frob agent logs the following:\n"
	       "\n"
	       "   The description for Event ID ( 4421 ) in Source ( FrobSvc ) could not\n"
	       "   be found. It contains the following insertion string(s): frob1.\n"
	       "\n"
	       "The relay logs:\n"
	       "\n"
	       "   The description for Event ID \"4422\" in source \"FrobRelay\" could\n"
	       "   not be found.\n"
	       "\n"
	       "The probe logs:\n"
	       "\n"
	       "   The description for Event ID (4423) in Source (<probe name>) could\n"
	       "   not be found.\n"
	       "\n"
	       "Frob sessions are counted (event (1) is set once).\n"
	       "\n"
	       "The last frob line: Event ID (4424) in Source (<x>)", &d);
	assert_non_null(ev = draft_event(d.r, 4421));
	assert_string_equal(ev->source, "FrobSvc");
	assert_non_null(ev = draft_event(d.r, 4422));
	assert_string_equal(ev->source, "FrobRelay");
	/* a placeholder is no source: a person fills it in */
	assert_true(is_review_source(draft_event(d.r, 4423)));
	/* "event (1)" without "ID" is no event */
	assert_null(draft_event(d.r, 1));
	/* a placeholder closing the article's last line (the search goes
	 * on from there, not past the text's end) */
	assert_true(is_review_source(draft_event(d.r, 4424)));
	draft_free(&d);
}

/* A source read on a later line replaces the note that the event has
 * none: for an event block and for an event named in prose, so the
 * review list never says both. */
static const struct draft_case later_source_cases[] = {
	{ "an event block's source read later replaces 'has no source'",
	  "\n"
	  "Event Viewer shows:\n"
	  "\n"
	  "   The description for Event ID ( 4431 ) in Source ( FrobNet ) could not\n"
	  "   be found.\n"
	  "\n"
	  "The full text of the event is:\n"
	  "\n"
	  "   Event ID 4431: The frob redirector timed out a request.\n",
	  { "event 4431 from FrobNet", "review 0: its source FrobNet is read from line 20" },
	  { "review 0: has no source in the article" } },
	{ "a prose event's source read later replaces 'named without its source'",
	  "\n"
	  "When a request times out, the frob redirector logs event 4432.\n"
	  "\n"
	  "Restart the agent to clear it.\n"
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "On some builds the log cannot show its text, and the entry reads:\n"
	  "\n"
	  "   The description for Event ID ( 4432 ) in Source ( FrobNet ) could not\n"
	  "   be found.\n",
	  /* (the note stands on the line the source is read from, which it
	   * places: session 46) */
	  { "event 4432 from FrobNet", "review 27: its source FrobNet is read from line 27" },
	  { "review 0: named without its source" } },
};

static void test_a_later_line_gives_the_source_of_an_event_drafted_without_one(void **state)
{
	(void)state;
	draft_expect_cases(later_source_cases, sizeof later_source_cases / sizeof later_source_cases[0]);
}

static void test_a_source_field_that_runs_on_keeps_the_name_only(void **state)
{
	struct draft d;
	const struct rule_symptom *ev;

	(void)state;
	draft_import_body("\n"
	       "The frob router logs the following error:\n"
	       "\n"
	       "   Event ID 4441\n"
	       "   Source:  FrobRip logs with the following description:\n"
	       "   Description: Another frob router claims the same number.\n"
	       "\n"
	       "and then:\n"
	       "\n"
	       "   Event ID: 7023\n"
	       "   Source: Service Control Manager Error\n"
	       "   The Frob service terminated.\n"
	       "\n"
	       "and:\n"
	       "\n"
	       "   Event ID 4443<BR/>\n"
	       "   Source:   FrobStore Private<BR/>\n"
	       "\n"
	       "and:\n"
	       "\n"
	       "   Event ID: 4444 Source: Frob Print Server The frob buffer pool is full\n", &d);
	assert_non_null(ev = draft_event(d.r, 4441));
	assert_string_equal(ev->source, "FrobRip");
	assert_non_null(ev = draft_event(d.r, 7023));
	assert_string_equal(ev->source, "Service Control Manager");
	assert_non_null(ev = draft_event(d.r, 4443));
	assert_string_equal(ev->source, "FrobStore Private");
	assert_non_null(ev = draft_event(d.r, 4444));
	assert_string_equal(ev->source, "Frob Print Server");
	draft_free(&d);
}

static void test_a_source_of_several_words_is_kept_whole(void **state)
{
	struct draft d;
	const struct rule_symptom *ev;

	(void)state;
	draft_import_body("\n"
	       "The frob host logs:\n"
	       "\n"
	       "   Event ID: 4451\n"
	       "   Source: Frob Host Security (or Frob Base)\n"
	       "   Description: The frob host refused the session.\n", &d);
	assert_non_null(ev = draft_event(d.r, 4451));
	/* the alternative in brackets is not part of the logged name: the
	 * first name is kept whole, the choice goes to review */
	assert_string_equal(ev->source, "Frob Host Security");
	assert_true(draft_review_says(d.r, 20, "alternative"));
	draft_free(&d);
}

static void test_an_event_the_change_brings_is_a_review_item(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Set the FrobCheck value to 1.\n"
	       "\n"
	       "MORE INFORMATION\n"
	       "================\n"
	       "\n"
	       "This update introduces a new frob audit event with event ID 4461. The\n"
	       "following event is logged:\n"
	       "\n"
	       "   Event ID: 4461\n"
	       "   Source: FrobAudit\n"
	       "\n"
	       "With frob encryption enabled, you will see events when users connect. If\n"
	       "the client supports it, the agent may log the following event:\n"
	       "\n"
	       "   Event ID: 4462\n"
	       "   Source: FrobAgent\n"
	       "   Description: The user connected using strong frob encryption.\n"
	       "\n"
	       "If the client does not support it, the agent may log the following event:\n"
	       "\n"
	       "   Event ID: 4463\n"
	       "   Source: FrobAgent\n"
	       "   Description: The client does not support the frob encryption.\n"
	       "\n"
	       "Now when the agent finds no name and the registry value is set, it searches\n"
	       "again and puts an event message with Event ID 4464 in the event log.\n", &d);
	assert_null(draft_event(d.r, 4461));
	assert_null(draft_event(d.r, 4462));
	assert_null(draft_event(d.r, 4464));
	assert_true(draft_review_says(d.r, 0, "event 4461 is logged once the fix is applied"));
	assert_true(draft_review_says(d.r, 0, "event 4462 is logged once the fix is applied"));
	assert_true(draft_review_says(d.r, 0, "event 4464 is logged once the fix is applied"));
	/* the failure the change brings to a client that cannot follow is
	 * not the rule's symptom either: its repair is the very setting
	 * that causes it (repair audit 18, session 18) */
	assert_null(draft_event(d.r, 4463));
	assert_true(draft_review_says(d.r, 0, "event 4463 is logged once the fix is applied"));
	draft_free(&d);
}

static void test_events_outside_the_change_stay_symptoms(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Remove the frob filter.\n"
	       "\n"
	       "MORE INFORMATION\n"
	       "================\n"
	       "\n"
	       "With a frob filter installed on the server, you may receive many\n"
	       "instances of the following event:\n"
	       "\n"
	       "   Event ID: 4471\n"
	       "   Source: FrobStore\n"
	       "\n"
	       "The frob relay logs Event ID 4472 when the queue fills. The queue's\n"
	       "address is logged in these new events.\n", &d);
	assert_non_null(draft_event(d.r, 4471));
	assert_non_null(draft_event(d.r, 4472));
	assert_false(draft_review_says(d.r, 0, "is logged once the fix is applied"));
	draft_free(&d);
}

static void test_the_status_a_debugger_shows_after_the_module(void **state)
{
	struct draft d;
	const struct rule_symptom *er;

	(void)state;
	draft_import_body("\n"
	       "The frob debugger shows:\n"
	       "\n"
	       "   First-chance exception in Frob.exe (FROBLIB.DLL): 0xC0000017:\n"
	       "   Not Enough Frob Quota.\n"
	       "\n"
	       "or:\n"
	       "\n"
	       "   Unhandled exception in Frob.exe: 0xE0434F4D: Frob Runtime Failure.\n"
	       "\n"
	       "An exception in the frob module (see step 2: 0x00000010 bytes) is harmless.\n", &d);
	assert_non_null(er = draft_error(d.r, 0xC0000017u));
	assert_string_equal(er->message, "Not Enough Frob Quota");
	assert_non_null(er = draft_error(d.r, 0xE0434F4Du));
	assert_string_equal(er->message, "Frob Runtime Failure");
	/* a small number after the colon is no status */
	assert_null(draft_error(d.r, 0x10));
	draft_free(&d);
}

static void test_sources_in_rows_past_a_blank_line_and_placeholders(void **state)
{
	struct draft d;
	const struct rule_symptom *ev;

	(void)state;
	draft_import_body("\n"
	       "The frob service logs:\n"
	       "\n"
	       "   Event ID: 7026\n"
	       "\n"
	       "   Source: Service Control Manager\n"
	       "   Description: The frob driver failed to load.\n"
	       "\n"
	       "and in the list of events:\n"
	       "\n"
	       "   Event 9301   MSExchangeMTA     Configuration\n"
	       "   Event 4481  Frob link lost\n"
	       "\n"
	       "and:\n"
	       "\n"
	       "   Event ID: 4482\n"
	       "   Source: <value>\n"
	       "   Description: The frob reply is not valid.\n", &d);
	assert_non_null(ev = draft_event(d.r, 7026));
	assert_string_equal(ev->source, "Service Control Manager");
	assert_non_null(ev = draft_event(d.r, 9301));
	assert_string_equal(ev->source, "MSExchangeMTA");
	/* a column that is no well-known source is not read as one */
	assert_true(is_review_source(draft_event(d.r, 4481)));
	/* nor is a placeholder */
	assert_true(is_review_source(draft_event(d.r, 4482)));
	draft_free(&d);
}

static void test_an_event_announced_for_after_the_update_is_a_review_item(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Apply the frob update.\n"
	       "\n"
	       "MORE INFORMATION\n"
	       "================\n"
	       "\n"
	       "The frob agent no longer stops. The following event will be logged in\n"
	       "the application log if this problem occurs after the update is applied.\n"
	       "\n"
	       "   Event ID: 4491\n"
	       "   Source: FrobAgent\n", &d);
	assert_null(draft_event(d.r, 4491));
	assert_true(draft_review_says(d.r, 0, "event 4491 is logged once the fix is applied"));
	draft_free(&d);
}

static void test_an_event_named_as_not_logged_is_a_review_item(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "On a frob branch server, frob outage notices (Event 4501) may not be\n"
	       "logged in the application log.\n"
	       "\n"
	       "Some frob builds do not log Event ID 4502.\n"
	       "\n"
	       "When the disk is full, the frob saver does not write the following entry\n"
	       "to the event log:\n"
	       "\n"
	       "   Event ID: 4503\n"
	       "   Source: FrobSaver\n"
	       "\n"
	       "The frob import may fail with the following error:\n"
	       "\n"
	       "   Event ID: 4504\n"
	       "   Source: FrobImport\n"
	       "   Changes could not be written to the frob object.\n"
	       "\n"
	       "The detail that is logged with Event ID 4505 in the frob log is not logged\n"
	       "accurately.\n", &d);
	assert_null(draft_event(d.r, 4501));
	assert_null(draft_event(d.r, 4502));
	assert_null(draft_event(d.r, 4503));
	assert_true(draft_review_says(d.r, 18, "event 4501 is named as one that is not logged"));
	assert_true(draft_review_says(d.r, 0, "event 4503 is named as one that is not logged"));
	/* the event's own message, and a detail logged wrongly, are no
	 * missing event */
	assert_non_null(draft_event(d.r, 4504));
	assert_non_null(draft_event(d.r, 4505));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bulleted_and_colon_related_titles_are_not_events),
		cmocka_unit_test(test_a_source_the_missing_message_text_names),
		cmocka_unit_test(test_a_later_line_gives_the_source_of_an_event_drafted_without_one),
		cmocka_unit_test(test_a_source_field_that_runs_on_keeps_the_name_only),
		cmocka_unit_test(test_a_source_of_several_words_is_kept_whole),
		cmocka_unit_test(test_an_event_the_change_brings_is_a_review_item),
		cmocka_unit_test(test_events_outside_the_change_stay_symptoms),
		cmocka_unit_test(test_the_status_a_debugger_shows_after_the_module),
		cmocka_unit_test(test_sources_in_rows_past_a_blank_line_and_placeholders),
		cmocka_unit_test(test_an_event_announced_for_after_the_update_is_a_review_item),
		cmocka_unit_test(test_an_event_named_as_not_logged_is_a_review_item),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
