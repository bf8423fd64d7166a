/* test_kbimport_join.c: two whole values of one labelled block with a
 * word alone on a line between them.  "and:" (or "Also:") joins them:
 * both are asked for, each a check with its repair.  "-or-" offers them
 * as alternatives: neither is a repair, both are left to a person.  Each
 * case is a small article written here in our own words (the body starts
 * at line 17). */
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

#define PARAMS "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters"

/* Two value blocks under the Parameters key with JOIN on a line of its
 * own between them. */
#define TWO_BLOCKS(JOIN) \
	"\n" \
	"1. Go to the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n" \
	"2. Add the following:\n" \
	"\n" \
	"   Value Name: RetryDelay\n" \
	"   Data Type: REG_DWORD\n" \
	"   Data: 0 (Default: 200)\n" \
	"\n" \
	"   " JOIN "\n" \
	"\n" \
	"   Value Name: RetryCount\n" \
	"   Data Type: REG_DWORD\n" \
	"   Data: 3\n" \
	"\n" \
	"3. Restart the Frob service.\n"

static void test_a_joining_word_between_two_values(void **state)
{
	static const struct draft_case cases[] = {
		{ "'and:' between two whole values: both asked for",
		  TWO_BLOCKS("and:"),
		  { "check REG_DWORD " PARAMS "|RetryDelay = 0", "repair " PARAMS "|RetryDelay",
		    "check REG_DWORD " PARAMS "|RetryCount = 3", "repair " PARAMS "|RetryCount", NULL },
		  { "not tied to a key", NULL } },
		{ "'-and-' between two whole values: both asked for",
		  TWO_BLOCKS("-and-"),
		  { "repair " PARAMS "|RetryDelay", "repair " PARAMS "|RetryCount", NULL },
		  { "not tied to a key", NULL } },
		{ "'Also:' between two whole values: both asked for",
		  TWO_BLOCKS("Also:"),
		  { "repair " PARAMS "|RetryDelay", "repair " PARAMS "|RetryCount", NULL },
		  { "not tied to a key", NULL } },
		{ "'-or-' between two whole values: alternatives, neither a repair",
		  TWO_BLOCKS("-or-"),
		  { "review 24: alternatives", "review 30: alternatives", NULL },
		  { "repair " PARAMS "|RetryDelay", "repair " PARAMS "|RetryCount", NULL } },
		{ "'OR' between two whole values: alternatives, neither a repair",
		  TWO_BLOCKS("OR"),
		  { "review 24: alternatives", "review 30: alternatives", NULL },
		  { "repair ", NULL } },
		{ "'and then restart' after a value: a sentence, the block ends there",
		  TWO_BLOCKS("and then restart the service"),
		  { "repair " PARAMS "|RetryDelay", NULL },
		  { "repair " PARAMS "|RetryCount", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_joining_word_between_two_values),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
