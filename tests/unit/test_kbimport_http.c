/* test_kbimport_http.c: a web server's HTTP status is a protocol reply,
 * which the labelling guide leaves out as it does SMTP's 550 (core/
 * kbimport_errors.c http_status()): "HTTP Error 404", "Error 501, Not
 * Supported.", a 4xx/5xx in a web product's article, are review items,
 * never error codes; "Run-time Error '429'" in the same article stays an
 * error.  Each case imports a small article written here, in our own
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

static void import_as(const char *title, const char *product, const char *symptom, struct draft *d)
{
	char head[512], body[1024];

	snprintf(head, sizeof head,
		 "DOCUMENT:Q900800  05-MAY-2001  [frob]\nTITLE   :%s\nPRODUCT :%s\nPROD/VER::3.0\nOPER/SYS:\n"
		 "KEYWORDS:kbfrob\n\n======================================================================\n\n",
		 title, product);
	snprintf(body, sizeof body,
		 "SYMPTOMS\n========\n\nWhen you open the page, you receive the following error message:\n\n   %s\n\n"
		 "RESOLUTION\n==========\n\nApply the fix.\n", symptom);
	draft_import_head_body("Q900800.txt", head, body, d);
}

static void test_http_statuses_are_no_error_codes(void **state)
{
	struct draft d;

	(void)state;
	import_as("Frob Pages Fail", "Frobnitz Server", "Error 501, Not Supported.", &d);
	assert_null(draft_error(d.r, 501));
	assert_true(draft_review_says(d.r, 15, "protocol reply"));
	draft_free(&d);
	import_as("Frob Pages Fail", "Frobnitz Server", "HTTP Error 404 - the page cannot be shown", &d);
	assert_null(draft_error(d.r, 404));
	draft_free(&d);
	import_as("Frob Pages Fail on IIS", "Internet Information Server", "Error 500 while the frob page runs", &d);
	assert_null(draft_error(d.r, 500));
	draft_free(&d);
}

static void test_other_errors_of_those_numbers_stay(void **state)
{
	struct draft d;

	(void)state;
	/* a program's run-time error in a web article */
	import_as("Frob Object Fails on IIS", "Internet Information Server", "Run-time Error '429'", &d);
	assert_non_null(draft_error(d.r, 429));
	draft_free(&d);
	/* a product's error number outside the web */
	import_as("Frob Agent Stops", "Frobnitz Server", "Frob error 450: the queue is full", &d);
	assert_non_null(draft_error(d.r, 450));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_http_statuses_are_no_error_codes),
		cmocka_unit_test(test_other_errors_of_those_numbers_stay),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
