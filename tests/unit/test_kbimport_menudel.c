/* test_kbimport_menudel.c: Registry Editor's Delete command named in the
 * step after a key (core/kbimport_edits.c, menu_command()): "After
 * selecting this key, choose Delete from the Edit menu", "click Delete on
 * the Edit menu" delete the key selected; a value the step picks stays
 * the selected-deletes reader's (test_kbimport_regforms.c).  Each case imports a small article written here, in our own
 * words (the body starts at line 17). */
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

#define FROB "HKLM\\SOFTWARE\\Frobco\\Frob"

static void test_the_edit_menu_s_delete_command(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Find the following key:' then 'After selecting this key, choose Delete from the Edit menu.'",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Find the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "3. After selecting this key, choose Delete from the Edit menu.\n"
		  "\n"
		  "4. Quit Registry Editor.\n",
		  { "absent " FROB, "repair " FROB, NULL },
		  { "could not read plainly", NULL } },
		{ "'Click the FrobLevel value, and then click Delete on the Edit menu.'",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "3. Click the FrobLevel value, and then click Delete on the Edit menu.\n"
		  "\n"
		  "4. Quit Registry Editor.\n",
		  { "absent " FROB "|FrobLevel", "repair " FROB "|FrobLevel", NULL },
		  { "absent " FROB, NULL } },
		{ "'Do not choose Delete from the Edit menu': nothing deleted",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Find the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "3. Do not choose Delete from the Edit menu; write down the values.\n",
		  { NULL },
		  { "absent " FROB, "repair " FROB, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_the_edit_menu_s_delete_command),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
