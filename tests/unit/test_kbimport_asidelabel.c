/* test_kbimport_asidelabel.c: an aside's label in any case before a
 * case's datum (imp_past_aside_label(), kbimport_undo.c, read by
 * kbimport_cases.c's case_datum_asked()).  "Important:" opens an aside as
 * "NOTE:" does, so the sentence past it opens with its case; a word that
 * is no label keeps the sentence as written.  Each case is a small
 * article written here in our own words. */
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

#define SET_THREADS "Set the following registry value:\n\n   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n   MaxThreads: REG_DWORD: 4\n\n"

static void test_aside_label_in_any_case_before_a_case(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Important:' (mixed case) before 'when ..., use N' gives a datum for a case",
		  "\n" SET_THREADS "Important: when the server has a proxy in front of it, use 16.\n",
		  { "review 23: gives 16 for a case", NULL },
		  { NULL } },
		{ "'Caution:' before 'if ..., set this value to N' gives a datum for a case",
		  "\n" SET_THREADS "Caution: if the link is slow, set this value to 2.\n",
		  { "review 23: gives 2 for a case", NULL },
		  { NULL } },
		{ "a word that is no aside's label keeps its sentence: no case opens it",
		  "\n" SET_THREADS "Summary: when the server has a proxy in front of it, use 16.\n",
		  { NULL },
		  { "review 23: gives 16 for a case", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_aside_label_in_any_case_before_a_case),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
