/* test_kbimport_audfix.c: forms a repair audit of archive drafts found
 * wrong or arguable.  A value line is its key's only when nothing that
 * names something else sits between them; a value asked for twice with
 * different data, or set and then undone by the same procedure, is no
 * repair.  Each case is a small article written here in our own words
 * (the body starts at line 17). */
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

#define APPS "HKLM\\SOFTWARE\\Frobnitz\\Compat\\Programs"
#define AGENT "HKLM\\SOFTWARE\\Frobnitz\\Agent"

static void test_a_name_labelled_between_a_key_and_its_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Add Value: X' over a value of another name: which key is unclear",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\n"
		  "      \\Programs\n"
		  "      Add Value: frobtool\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "review 22: between", "review 23: frobtool", NULL },
		  { "check " APPS "|Mask", "repair " APPS "|Mask", "check " APPS "\\frobtool|Mask", NULL } },
		{ "'Subkey: X' over a named value: the value is under the subkey",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Subkey: frobtool\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "check REG_DWORD " APPS "\\frobtool|Mask = 520", "repair " APPS "\\frobtool|Mask", NULL },
		  { "check " APPS "|Mask", NULL } },
		{ "'Add Value: X' naming the value itself: the value stays the key's",
		  "\n"
		  "To stop the hang, add the following value:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Add Value: Mask\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "check REG_DWORD " APPS "|Mask = 520", "repair " APPS "|Mask", NULL },
		  { "between", NULL } },
		{ "no line between: the value is the key's",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "check REG_DWORD " APPS "|Mask = 520", "repair " APPS "|Mask", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_name_labelled_between_a_key_and_its_value),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
