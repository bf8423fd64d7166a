/* test_kbimport_sources.c: core/kbimport_sources.c, an event's source as
 * Event Viewer logs it (a well-known source written with other spacing,
 * case or dots), a source named in the sentence before the ID, and events
 * named only in a related article's title.  Each test imports a small
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

static void test_a_known_source_spelt_otherwise_is_written_as_logged(void **state)
{
	struct draft d;
	const struct rule_symptom *ev;

	(void)state;
	draft_import_body("\n"
	       "The frob dialler then logs:\n"
	       "\n"
	       "   Event ID: 20111\n"
	       "   Source: Remote Access\n"
	       "   Description: The frob line dropped.\n"
	       "\n"
	       "and the watcher logs:\n"
	       "\n"
	       "   Event ID: 4097\n"
	       "   Source: dr. watson\n"
	       "   Description: The frob agent stopped.\n"
	       "\n"
	       "and the frob agent itself logs:\n"
	       "\n"
	       "   Event ID: 12\n"
	       "   Source: Frob Agent\n"
	       "   Description: The frob queue is full.\n", &d);
	assert_non_null(ev = draft_event(d.r, 20111));
	assert_string_equal(ev->source, "RemoteAccess");
	assert_non_null(ev = draft_event(d.r, 4097));
	assert_string_equal(ev->source, "DrWatson");
	/* a source not in the table is kept as written */
	assert_non_null(ev = draft_event(d.r, 12));
	assert_string_equal(ev->source, "Frob Agent");
	draft_free(&d);
}

static void test_a_source_named_in_the_sentence_before_the_id(void **state)
{
	struct draft d;
	const struct rule_symptom *ev;

	(void)state;
	draft_import_body("\n"
	       "When the frob link is lost, the SNA Manage Agent\n"
	       "records event ID 4401 in the Application log.\n"
	       "\n"
	       "If the frob queue fills, SNA Server may also log an Event 4402.\n"
	       "\n"
	       "The DNS Server logs Event 4403 when a frob zone is stale.\n"
	       "\n"
	       "The frob agent logs event 4404 when it stops.\n", &d);
	assert_non_null(ev = draft_event(d.r, 4401));
	assert_string_equal(ev->source, "SNA Manage Agent");
	assert_non_null(ev = draft_event(d.r, 4402));
	assert_string_equal(ev->source, "SNA Server");
	/* "Server" is a source, but here part of a longer name */
	assert_non_null(ev = draft_event(d.r, 4403));
	assert_true(strncmp(ev->source, "REVIEW:", 7) == 0);
	/* not a well-known source: the article names none */
	assert_non_null(ev = draft_event(d.r, 4404));
	assert_true(strncmp(ev->source, "REVIEW:", 7) == 0);
	draft_free(&d);
}

static void test_an_event_in_a_related_articles_title_is_no_symptom(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Restart the frob agent.  For more information, click the article\n"
	       "numbers below to view the articles in the Microsoft Knowledge Base:\n"
	       "\n"
	       "   Q900101 Frob Agent Fails to Start with Event ID 7311 or 7312\n"
	       "\n"
	       "   Q900102 Frob Agent Stops Processing Orders and May Log\n"
	       "   Event 7313\n"
	       "\n"
	       "The agent logs Event 7314 when it starts again.\n", &d);
	assert_null(draft_event(d.r, 7311));
	assert_null(draft_event(d.r, 7312));
	assert_null(draft_event(d.r, 7313));
	assert_true(draft_review_says(d.r, 21, "related article's title"));
	assert_true(draft_review_says(d.r, 24, "related article's title"));
	assert_non_null(draft_event(d.r, 7314));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_known_source_spelt_otherwise_is_written_as_logged),
		cmocka_unit_test(test_a_source_named_in_the_sentence_before_the_id),
		cmocka_unit_test(test_an_event_in_a_related_articles_title_is_no_symptom),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
