/* test_kbimport_s24.c: forms of session 24's importer mends, read from
 * repair audit 24 (the articles that name their keys as HKLM\... and that
 * no earlier audit listed) and from unseen set 38 (measured as drawn
 * first).  Each case imports a small article written
 * here, in our own words. */
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

#define FROB "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob"

/* A delete, then the value again, written after BODY_HEAD: the key on
 * line 20, the step that adds the value back (then) on line 22. */
#define DELETE_THEN(then) \
	"\n" \
	"To fix this, use Registry Editor to delete the existing FrobMode value under the following registry key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n" \
	"\n" \
	then "\n" \
	"\n" \
	"   0   The agent reads its files in order.\n" \
	"   1   The agent reads its newest file first.\n"

/* Audit 24, Q138744: "delete the X value", then "create a new binary
 * value with the same name" and pick its data from a table.  The delete
 * only changes the value's type; a fixed machine has the value, so a
 * value-absent check would call it broken and its repair would delete
 * the good value (core/kbimport_undo.c).  "Do not create ..." and a
 * value of another name keep the delete. */
static void test_a24_a_value_deleted_to_be_created_again(void **state)
{
	static const struct draft_case cases[] = {
		{ "'After you delete FrobMode, create a new binary value with the same name'",
		  DELETE_THEN("After you delete FrobMode, create a new binary value with the same name,\n"
			      "and give it one of these values:"),
		  { "review 22: re-creates value 'FrobMode' deleted at line 18", NULL }, { "repair " FROB "|FrobMode", NULL } },
		{ "'Then create a new binary value named FrobMode'",
		  DELETE_THEN("Then create a new binary value named FrobMode, and give it one of these values:"),
		  { "review 22: re-creates value 'FrobMode' deleted at line 18", NULL }, { "repair " FROB "|FrobMode", NULL } },
		{ "'Do not create a value with the same name again' keeps the delete",
		  DELETE_THEN("Do not create a value with the same name again. The agent used these:"),
		  { "repair " FROB "|FrobMode", NULL }, { NULL } },
		{ "a value of another name added after it keeps the delete",
		  DELETE_THEN("Then create a new binary value named FrobOrder, and give it one of these values:"),
		  { "repair " FROB "|FrobMode", NULL }, { NULL } },
		{ "no value added after it keeps the delete",
		  DELETE_THEN("The agent then falls back to the order it read before:"),
		  { "repair " FROB "|FrobMode", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A list of codes under a lead-in, written after BODY_HEAD: the lead-in
 * on lines 18-19, the code on line 21. */
#define CODES_UNDER(lead) \
	"\n" \
	lead "\n" \
	"the Frob link is not set up:\n" \
	"\n" \
	"   80990001: No link: Frob received a request other than a bind\n" \
	"   when no link was active\n"

/* Unseen 38, Q139115: "the following sense code errors may occur if ...:"
 * over "   80050001: No session: ...": an SNA sense code is a protocol
 * reply, not an error code (labelling guide section 3), when the lead-in
 * names it so, not only when the code's own line does. */
static void test_u38_sense_codes_listed_under_a_lead_in(void **state)
{
	static const struct draft_case cases[] = {
		{ "'the following sense code errors may occur if' over the code",
		  CODES_UNDER("When Frob talks to an older host, the following sense code errors may occur if"),
		  { "review 21: is an SNA sense code", NULL }, { "error 0x80990001", NULL } },
		{ "'the following errors may occur if' over the code stays an error",
		  CODES_UNDER("When Frob talks to an older host, the following errors may occur if"),
		  { "error 0x80990001", NULL }, { "review 21: is an SNA sense code", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a24_a_value_deleted_to_be_created_again),
		cmocka_unit_test(test_u38_sense_codes_listed_under_a_lead_in),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
