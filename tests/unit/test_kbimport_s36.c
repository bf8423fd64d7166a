/* test_kbimport_s36.c: forms of session 36's importer mends, read from
 * the misses of unseen sets 131 and on (drawn from the articles that name
 * an error code, neither an event ID nor the registry) and from the whole
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
static const char sym_head[] = ARTICLE_HEAD("Q900777", "Frob Mail Is Returned")
	"SYMPTOMS\n"
	"========\n";

/* unseen132's Q311618: "Error 501 - Not implemented" indented under a
 * lead-in, an HTTP status with its reason phrase, was drafted by the
 * reader of indented "Error N Message" lines, which never asked whether
 * the code is a protocol's reply (core/kbimport_errors.c imp_scan_errors()
 * now calls reply_reviewed()).  Where a keyword reader had listed a reply,
 * the mentions' loop listed it again as "named without its message" (45
 * archive drafts). */
static void test_u132_an_http_status_on_an_indented_error_line(void **state)
{
	static const struct draft_case cases[] = {
		{ "a status with its reason phrase",
		  "\nIf a frob client sends a verb the server does not know, you receive the\n"
		  "following error message:\n\n"
		  "   Error 501 - Not implemented\n"
		  "   Frob Web Server\n" FIX_WORDS,
		  { "review 0: status 501 is a web server's protocol reply (HTTP)", NULL },
		  { "error 501", "review 0: error 501 is named in the text without its message", NULL } },
		{ "a program's own error on the same kind of line stays an error",
		  "\nWhen you start the frob service, you receive the following error message:\n\n"
		  "   Error 503 The frob service did not start\n" FIX_WORDS,
		  { "error 503", NULL },
		  { "review 0: status 503", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen132's Q182610: "Run-time error - 2147467259 (80004005)", a
 * negative HRESULT written apart from its sign, its hex form in brackets,
 * was read by no reader and listed by none (spaced_negative_hresult()). */
static void test_u132_a_negative_hresult_apart_from_its_sign(void **state)
{
	static const struct draft_case cases[] = {
		{ "the hex form in brackets agrees",
		  "\nWhen you merge frob letters, you receive the following error message:\n\n"
		  "   Run-time error - 2147467259 (80004005)\n"
		  "   Method 'Merge' of object 'Frob' failed\n" FIX_WORDS,
		  { "error 0x80004005", "message: 'Method ''Merge'' of object ''Frob'' failed'", NULL },
		  { NULL } },
		{ "a hex form that does not agree is not taken",
		  "\nWhen you merge frob letters, you receive the following error message:\n\n"
		  "   Run-time error - 2147467259 (80004006)\n"
		  "   Method 'Merge' of object 'Frob' failed\n" FIX_WORDS,
		  { NULL },
		  { "error 0x80004005", NULL } },
		{ "a short number after a separating dash is still the code",
		  "\nWhen you compact the frob database, a \"duplicate key error - 1605\"\n"
		  "occurs.\n" FIX_WORDS,
		  { "error 1605", NULL },
		  { "error 0x80004005", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_u132_an_http_status_on_an_indented_error_line),
		cmocka_unit_test(test_u132_a_negative_hresult_apart_from_its_sign),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
