/* test_kbimport_paren.c: a key name with a bracketed word in it
 * ("...\Frob Setup (ACME)\Table Files", core/kbimport_asks.c
 * imp_prose_cut()) is read whole; a path whose next line goes on with
 * more names the join did not take is not deleted as read (core/
 * kbimport_registry.c path_goes_on()).  Each case imports a small article
 * written here, in our own words (the body starts at line 17). */
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

#define SETUP "HKLM\\Software\\Frobco\\Frob Setup (ACME)"

static void test_a_bracketed_word_inside_a_key_s_name(void **state)
{
	static const struct draft_case cases[] = {
		{ "'...\\Frob Setup (ACME)\\Table Files' then 'Delete this key.'",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Find the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\Software\\Frobco\\Frob Setup (ACME)\\Table Files\n"
		  "\n"
		  "3. Delete this key.\n",
		  { "absent " SETUP "\\Table Files", "repair " SETUP "\\Table Files", NULL },
		  { "absent HKLM\\Software\\Frobco\\Frob Setup", NULL } },
		{ "the path wrapped inside a name the next line goes on with: no delete of the part read",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Find the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\Software\\Frobco\\Frob Setup (ACME)\\Table\n"
		  "   Files\\FrobKit@v4.0: REG_SZ: <Frob Kit Location>\n"
		  "\n"
		  "3. After selecting this key, choose Delete from the Edit menu.\n",
		  { "review 22: the line after the path goes on", NULL },
		  { "absent " SETUP "\\Table", "repair " SETUP "\\Table", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_bracketed_word_inside_a_key_s_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
