/* test_kbimport_evsrc.c: an event's source as the archive says it
 * (core/kbimport_sources.c, kbimport_events.c, kbimport_errors.c): a
 * well-known source's name as the event's label ("NETLOGON Event 5719"),
 * as the subject of "logs" after "The" or in brackets ("(DCOM) logs system
 * error event"), a source field with a remark, a dash or one letter, the
 * source on an event's own line before its neighbours', and a table of
 * related articles.  Each case imports a small article written here, in
 * our own words, and says what the draft holds and what it must not hold
 * (struct draft_case, draft_probe.h).  Body lines start at line 17. */
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

static void test_an_event_source_is_read_where_the_archive_says_it(void **state)
{
	static const struct draft_case cases[] = {
		{ "a source name before Event is its source",
		  "\n"
		  "The frob domain cannot be reached, and the log shows:\n"
		  "\n"
		  "   NETLOGON Event 5719\n"
		  "   No frob controller answered the request.\n"
		  "\n"
		  "The Frob Management Server Event 336 is also logged.\n",
		  /* "Server" ends a longer capitalised name here: not the Server
		   * source */
		  { "event 5719 from NETLOGON", "event 336 from REVIEW:*", NULL },
		  { "event 336 from Server", NULL } },
		{ "The before a subject is not part of its name",
		  "\n"
		  "When a frob client sends a short packet, the frob link drops. The SNA Server also\n"
		  "logs an Event ID 624 in the application log.\n",
		  { "event 624 from SNA Server", NULL },
		  { "review 0: event 624 is named without its source", NULL } },
		{ "a bracketed name logs a system error event",
		  "\n"
		  " - The distributed frob object model (DCOM) logs system\n"
		  "   error event 10010 with the following text:\n"
		  "\n"
		  "   The frob server did not register in time.\n"
		  "\n"
		  " - The frob helper (FrobHlp) logs event 77 as well.\n",
		  /* a bracketed name that no source registers stays for review */
		  { "event 10010 from DCOM", "event 77 from REVIEW:*", NULL },
		  { "event 77 from FrobHlp", NULL } },
		{ "a remark after the source is dropped",
		  "\n"
		  "The frob printer stops, and the application log holds:\n"
		  "\n"
		  "   Event 624 - Source: SNA Server (frobdump)\n"
		  "   Event 625 - Source: SNA Server Service\n"
		  "   Event 4097 - Source: DrWatson\n",
		  /* "SNA Server Service": the logged name (guide C19); the source
		   * on the event's own line, not the line above */
		  { "event 624 from SNA Server", "event 625 from SNA Server", "event 4097 from DrWatson", NULL },
		  { "event 625 from SNA Server Service", "event 4097 from SNA Server", NULL } },
		{ "a dash for the colon and a lone letter",
		  "\n"
		  "The frob pages fail to load, and this event is logged:\n"
		  "\n"
		  "   Event ID 5\n"
		  "   Source - Frob Pages\n"
		  "\n"
		  "The frob store then logs:\n"
		  "\n"
		  "   Event ID: 1900\n"
		  "   Source: n\n",
		  { "event 5 from Frob Pages", "event 1900 from REVIEW:*", NULL },
		  { "event 1900 from n", NULL } },
		{ "an event number wrapped onto the next line",
		  "\n"
		  "The frob controller that answers your logon generates an event id\n"
		  "5722 in the System log for your computer name. The SNA Server also logs\n"
		  "the following event\n"
		  "624: the frob link failed.\n"
		  "\n"
		  "To set the frob logging level, use one of these:\n"
		  "\n"
		  "   0 - Only error events\n"
		  "   2 - Warning and error events\n",
		  { "event 5722", "event 624 from SNA Server", NULL },
		  /* a list's numbers after "events" are no event IDs */
		  { "event 2", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_code_is_read_where_it_is_one_and_only_there(void **state)
{
	static const struct draft_case cases[] = {
		{ "a related article table names no event",
		  "\n"
		  "The frob dialer hangs up. See also:\n"
		  "\n"
		  "+-------------------------------------------------+\n"
		  "| Q654321 | Frob Dialer Logs Event ID 20100 After Setup  |\n"
		  "+-------------------------------------------------+\n"
		  "| Q654322 | Frob Dialer Fails with Error 20091           |\n"
		  "+-------------------------------------------------+\n"
		  "\n"
		  "The frob dialer logs event 20111 when it hangs up.\n",
		  { "event 20111", NULL },
		  { "event 20100", "error 20091", NULL } },
		{ "a code after code= is read",
		  "\n"
		  "When you search the frob list backwards, the following error occurs:\n"
		  "\n"
		  "   Fatal error: Exception code=C0000005\n"
		  "\n"
		  "The frob log then shows \"Frob read failed, Error code=4097\".\n"
		  "The frob window is 0x2A wide; its handle number=77 is kept.\n",
		  { "error 0xC0000005", "error 4097", NULL },
		  /* a size and a handle are no codes */
		  { "error 0x2A", "error 77", NULL } },
		{ "a status wrapped before more words is read",
		  "\n"
		  "   Description: The frob helper stopped. The exception generated\n"
		  "   c0000005 at address 6f2674ab (no symbols).\n"
		  "\n"
		  "The frob helper reported error\n"
		  "100 times before it stopped.\n",
		  { "error 0xC0000005", NULL },
		  /* the address after it is not a second code; a count wrapped
		   * after "error" is no code */
		  { "error 0x6f2674ab", "error 100", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define REFERENCE_HEAD \
	ARTICLE_HEAD("Q900779", "Frob Console Error Messages: 4000 to 4099") \
	"SUMMARY\n" \
	"=======\n" \
	"\n" \
	"This article lists the frob console's error messages.\n" \
	"\n" \
	"MORE INFORMATION\n" \
	"================\n"

#define PROBLEM_HEAD \
	ARTICLE_HEAD("Q900779", "Frob Console Shows Many Errors") \
	"SYMPTOMS\n" \
	"========\n" \
	"\n" \
	"When the frob console fails, it may show any of these errors.\n" \
	"\n" \
	"MORE INFORMATION\n" \
	"================\n"

/* "Error 40nn" / "----------" / "The frob console could not ... nn." */
static char *error_entries(size_t count)
{
	char *b = malloc(count * 80 + 2);
	size_t len = 0, i;

	assert_non_null(b);
	b[len++] = '\n';
	for (i = 0; i < count; i++)
		len += (size_t)sprintf(b + len, "Error %zu\n----------\nThe frob console could not open part %zu.\n\n",
				       4000 + i, i);
	return b;
}

static void test_a_catalogue_of_error_codes_is_review(void **state)
{
	struct draft d;
	char *body = error_entries(16);

	(void)state;
	draft_import_head_body("Q900779.txt", REFERENCE_HEAD, body, &d);
	/* a message reference with no SYMPTOMS: no code is a symptom */
	assert_null(draft_error(d.r, 4000));
	assert_null(draft_error(d.r, 4015));
	assert_true(draft_review_says(d.r, 0, "error 4000 is one entry of a catalogue of 16 error codes"));
	draft_free(&d);
	/* the same list under a SYMPTOMS section is one problem's */
	draft_import_head_body("Q900779.txt", PROBLEM_HEAD, body, &d);
	assert_non_null(draft_error(d.r, 4000));
	assert_non_null(draft_error(d.r, 4015));
	assert_false(draft_review_says(d.r, 0, "catalogue"));
	draft_free(&d);
	free(body);
}

/* Fewer than 15 codes under a title that names no list (session 35: a
 * title that does, "... Error Messages: 4000 to 4099", makes any number
 * of codes a catalogue, test_kbimport_s35.c) stay codes. */
#define UNLISTED_HEAD \
	ARTICLE_HEAD("Q900779", "Frob Console Stops Opening Parts") \
	"SUMMARY\n" \
	"=======\n" \
	"\n" \
	"The frob console may stop opening its parts.\n" \
	"\n" \
	"MORE INFORMATION\n" \
	"================\n"

static void test_a_few_codes_without_symptoms_stay_codes(void **state)
{
	struct draft d;
	char *body = error_entries(14);

	(void)state;
	draft_import_head_body("Q900779.txt", UNLISTED_HEAD, body, &d);
	assert_non_null(draft_error(d.r, 4000));
	assert_non_null(draft_error(d.r, 4013));
	assert_false(draft_review_says(d.r, 0, "catalogue"));
	draft_free(&d);
	free(body);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_an_event_source_is_read_where_the_archive_says_it),
		cmocka_unit_test(test_a_code_is_read_where_it_is_one_and_only_there),
		cmocka_unit_test(test_a_catalogue_of_error_codes_is_review),
		cmocka_unit_test(test_a_few_codes_without_symptoms_stay_codes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
