/* test_kbimport_ev2.c: events and error codes under the labelling guide
 * (docs/kbimport-labelling.md; core/kbimport_catalogue.c, kbimport_afterfix.c,
 * kbimport_errors.c, kbimport_sources.c): a catalogue of event IDs (C6),
 * events and codes given as normal or as what the fixed code now logs
 * (C2), SNA sense codes and release-candidate versions that are not error
 * codes (section 3), and the source in "event N from X".  Each test
 * imports a small article written here, in our own words; each asserts
 * what the draft holds and what it must not hold. */
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

/* A made-up article with the given head (DOCUMENT .. first section
 * heading included) and body. */
static void import_text(const char *head, const char *body, struct draft *d)
{
	draft_import_head_body("Q900778.txt", head, body, d);
}

#define CATALOGUE_HEAD \
	ARTICLE_HEAD("Q900778", "Frob Relay Event IDs") \
	"SUMMARY\n" \
	"=======\n" \
	"\n" \
	"This article lists what the frob relay writes to the application log.\n" \
	"\n" \
	"MORE INFORMATION\n" \
	"================\n"

#define SYMPTOMS_HEAD \
	ARTICLE_HEAD("Q900778", "Frob Relay Logs Many Events") \
	"SYMPTOMS\n" \
	"========\n" \
	"\n" \
	"When the frob relay fails, it may log any of the following events.\n" \
	"\n" \
	"MORE INFORMATION\n" \
	"================\n"

/* 16 event blocks "Event ID: 48nn / Source: FrobRelay / Description: ..." */
static char *sixteen_event_blocks(void)
{
	char *b = malloc(16 * 120 + 2);
	size_t len = 0, i;

	assert_non_null(b);
	b[len++] = '\n';
	for (i = 0; i < 16; i++)
		len += (size_t)snprintf(b + len, 120, "   Event ID: %zu\n   Source: FrobRelay\n"
					"   Description: The frob relay step %zu was passed.\n\n", 4800 + i, i);
	b[len] = '\0';
	return b;
}

static void test_a_catalogue_of_event_ids_is_review(void **state)
{
	struct draft d;
	char *body = sixteen_event_blocks();

	(void)state;
	import_text(CATALOGUE_HEAD, body, &d);
	/* no SYMPTOMS section, 16 IDs: a message reference, not one problem */
	assert_null(draft_event(d.r, 4800));
	assert_null(draft_event(d.r, 4815));
	assert_true(draft_review_says(d.r, 0, "event 4800 is one entry of a catalogue"));
	assert_true(draft_review_says(d.r, 0, "event 4815 is one entry of a catalogue"));
	draft_free(&d);

	/* the same list under a SYMPTOMS section is the problem's symptoms */
	import_text(SYMPTOMS_HEAD, body, &d);
	assert_non_null(draft_event(d.r, 4800));
	assert_non_null(draft_event(d.r, 4815));
	assert_false(draft_review_says(d.r, 0, "catalogue"));
	draft_free(&d);
	free(body);
}

static void test_a_few_events_without_symptoms_stay_events(void **state)
{
	struct draft d;

	(void)state;
	import_text(CATALOGUE_HEAD, "\n"
		    "When the relay cannot reach its peer, it logs the following event:\n"
		    "\n"
		    "   Event ID: 4901\n"
		    "   Source: FrobRelay\n"
		    "   Description: The frob peer did not answer.\n", &d);
	assert_non_null(draft_event(d.r, 4901));
	assert_false(draft_review_says(d.r, 0, "catalogue"));
	draft_free(&d);
}

static void test_catalogue_rows_with_a_severity_are_counted(void **state)
{
	struct draft d;
	char body[4096];
	size_t len = 0, i;

	(void)state;
	len += (size_t)snprintf(body + len, sizeof body - len,
				"\nThe relay also writes event ID 4999 when its queue is full.\n\n");
	for (i = 0; i < 15; i++)
		len += (size_t)snprintf(body + len, sizeof body - len,
					"   %zu (Warning) FROB_RELAY_STEP_%zu\n   The frob relay step was slow.\n\n",
					5100 + i, i);
	import_text(CATALOGUE_HEAD, body, &d);
	assert_null(draft_event(d.r, 4999));
	assert_true(draft_review_says(d.r, 18, "event 4999 is one entry of a catalogue of about 15"));
	draft_free(&d);
}

static void test_an_event_or_code_given_as_normal_is_review(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Stop the frob service.\n"
	       "\n"
	       "2. Start the frob service. It will in most cases fail to start once,\n"
	       "   reporting an event 4611 or an error 4612. This is normal, and means\n"
	       "   only that the frob index must be rebuilt.\n"
	       "\n"
	       "3. Pause the frob queue. The following message appears:\n"
	       "\n"
	       "   Could not pause the frob queue. Error 4613: The queue is busy.\n"
	       "\n"
	       "   This is a good message. The queue has begun a rebuild.\n"
	       "\n"
	       "If the rebuild fails, the following event is logged:\n"
	       "\n"
	       "   Event ID: 4614\n"
	       "   Source: FrobSvc\n"
	       "   Description: The frob index is damaged. (This event is expected\n"
	       "   when the index was never built.)\n", &d);
	assert_null(draft_event(d.r, 4611));
	assert_null(draft_error(d.r, 4612));
	assert_null(draft_error(d.r, 4613));
	assert_true(draft_review_says(d.r, 21, "event 4611 is given as normal or expected"));
	assert_true(draft_review_says(d.r, 0, "error 4613 is given as normal or expected"));
	/* words inside a quoted event's own message say nothing of it */
	assert_non_null(draft_event(d.r, 4614));
	assert_false(draft_review_says(d.r, 0, "event 4614 is given as normal"));
	draft_free(&d);
}

static void test_what_the_fixed_code_now_logs_is_review(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "The updated Frob Agent now checks the size of each request. If it is\n"
	       "too large, the request is dropped and event 4621 is logged.\n"
	       "\n"
	       "The frob relay now aborts a session that holds more than 50 requests.\n"
	       "Each time, the following event is logged:\n"
	       "\n"
	       "   Event ID: 4622\n"
	       "   Description: The frob session %1 was aborted.\n"
	       "\n"
	       "Without the update, the frob relay now fails and logs event 4623 every\n"
	       "time the queue is full.\n"
	       "\n"
	       "The queue monitor logs event 4624 with the text \"Queue now contains 9\n"
	       "items\" when the queue grows.\n", &d);
	assert_null(draft_event(d.r, 4621));
	assert_null(draft_event(d.r, 4622));
	assert_true(draft_review_says(d.r, 0, "event 4621 is logged once the fix is applied"));
	assert_true(draft_review_says(d.r, 0, "event 4622 is logged once the fix is applied"));
	/* "now fails" says the problem; a quoted "now contains" is not the
	 * software's new behaviour */
	assert_non_null(draft_event(d.r, 4623));
	assert_non_null(draft_event(d.r, 4624));
	draft_free(&d);
}

static void test_an_sna_sense_code_is_not_an_error_code(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "The host rejects the frob bind with sense code 0877000E, and the\n"
	       "frob gateway reports:\n"
	       "\n"
	       "   Frob bind failed, sense data = 08A10000\n"
	       "\n"
	       "The frob client then fails with error 0x80071234.\n", &d);
	assert_null(draft_error(d.r, 0x0877000Eu));
	assert_null(draft_error(d.r, 0x08A10000u));
	assert_true(draft_review_says(d.r, 18, "0x877000E is an SNA sense code"));
	assert_true(draft_review_says(d.r, 21, "0x8A10000 is an SNA sense code"));
	/* a real error code beside them is still drafted */
	assert_non_null(draft_error(d.r, 0x80071234u));
	draft_free(&d);
}

static void test_a_release_candidate_version_is_not_a_return_code(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Some frob updates set the version string to \"Frob Pack 2, RC 1.5\".\n"
	       "\n"
	       "The frob call then fails with error 0x80074321.\n", &d);
	assert_null(draft_error(d.r, 1));
	assert_non_null(draft_error(d.r, 0x80074321u));
	draft_free(&d);
}

static void test_the_source_in_event_n_from_x(void **state)
{
	struct draft d;
	const struct rule_symptom *ev;

	(void)state;
	draft_import_body("\n"
	       "In addition, you may see event ID 4631 from DCOM in the system log.\n"
	       "\n"
	       "You may also see event 4632 from the frob server in the log.\n", &d);
	assert_non_null(ev = draft_event(d.r, 4631));
	assert_string_equal(ev->source, "DCOM");
	/* "from the frob server" names a machine, not a logged source */
	assert_non_null(ev = draft_event(d.r, 4632));
	assert_true(strncmp(ev->source, "REVIEW:", 7) == 0);
	assert_true(draft_review_says(d.r, 20, "event 4632 is named without its source"));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_catalogue_of_event_ids_is_review),
		cmocka_unit_test(test_a_few_events_without_symptoms_stay_events),
		cmocka_unit_test(test_catalogue_rows_with_a_severity_are_counted),
		cmocka_unit_test(test_an_event_or_code_given_as_normal_is_review),
		cmocka_unit_test(test_what_the_fixed_code_now_logs_is_review),
		cmocka_unit_test(test_an_sna_sense_code_is_not_an_error_code),
		cmocka_unit_test(test_a_release_candidate_version_is_not_a_return_code),
		cmocka_unit_test(test_the_source_in_event_n_from_x),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
