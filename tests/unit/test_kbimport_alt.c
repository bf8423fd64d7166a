/* test_kbimport_alt.c: checks the article offers as alternatives
 * (core/kbimport_alternatives.c).  Guide C7 drafts each alternative as
 * asked; the "-or-" line between them gets a review item saying each
 * holds in its own case only.  Each case is a small article written here
 * in our own words (the body starts at line 17). */
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

#define SERVER "HKLM\\SOFTWARE\\Frobnitz\\Server"
#define CLIENT "HKLM\\SOFTWARE\\Frobnitz\\Client"

static void test_an_or_line_between_two_checks_marks_them_alternatives(void **state)
{
	static const struct draft_case cases[] = {
		{ "one value on the server -or- on the client",
		  "\n"
		  "To turn the check on, set the following registry value:\n"
		  "\n"
		  "On the server:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n"
		  "\n"
		  "-OR-\n"
		  "\n"
		  "On the client:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "   StrictNames: REG_SZ: YES\n",
		  { "check " SERVER "|StrictNames = YES", "check " CLIENT "|StrictNames = YES",
		    "review 25: checks", "are alternatives", NULL },
		  { NULL } },
		{ "a word 'or' inside a sentence is no alternatives line",
		  "\n"
		  "To turn the check on, set the following registry values:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n"
		  "\n"
		  "Restart the service or the computer.\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "   StrictNames: REG_SZ: YES\n",
		  { "check " SERVER "|StrictNames = YES", "check " CLIENT "|StrictNames = YES", NULL },
		  { "are alternatives", NULL } },
		{ "an '-or-' with a check on one side only",
		  "\n"
		  "Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n"
		  "\n"
		  "-or-\n"
		  "\n"
		  "Run the setup program again.\n",
		  { "check " SERVER "|StrictNames = YES", NULL },
		  { "are alternatives", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_an_or_line_between_two_checks_marks_them_alternatives),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
