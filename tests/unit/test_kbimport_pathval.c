/* test_kbimport_pathval.c: a path whose last name the next step edits as
 * a value (core/kbimport_dialog.c imp_path_value_edited(),
 * core/kbimport_registry.c): "Locate the following registry key:
 * ...\Frob\Type" then "On the Edit menu, click DWORD, type "10"
 * (hexadecimal value)" sets the value Type under ...\Frob.  Not when the
 * lead-in names a value of its own, when the datum is a choice, or when
 * the last name is one of a service's keys ("Parameters").  Each case
 * imports a small article written here, in our own words (the body
 * starts at line 17). */
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

#define STEPS(lead, path, edit) \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	"\n" \
	"2. " lead "\n" \
	"\n" \
	"   " path "\n" \
	"\n" \
	"3. " edit "\n" \
	"\n" \
	"4. Quit Registry Editor.\n"

static void test_the_path_s_last_name_edited_as_a_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Locate the following registry key: ...\\Frob\\Type' then 'click DWORD, type \"10\" (hexadecimal value)'",
		  STEPS("Locate the following registry key:",
			"HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Type",
			"On the Edit menu, click DWORD, type \"10\" (without the quotation marks)\n"
			"   (hexadecimal value), and then click OK."),
		  { "check REG_DWORD " FROB "|Type = 16", "repair " FROB "|Type", NULL },
		  { "check " FROB "\\Type", NULL } },
		{ "the lead-in names the value apart: the path is the key",
		  STEPS("Locate the value Frob Level under the following key:",
			"HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Type",
			"On the Edit menu, click DWORD, type \"10\", and then click OK."),
		  { NULL },
		  { "check " FROB "|Type", NULL } },
		{ "'type \"2\" (or the size you want)': a choice, the reader's",
		  STEPS("Locate the following registry key:",
			"HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Type",
			"On the Edit menu, click DWORD, type \"2\" (or the size you want), and\n"
			"   then click OK."),
		  { NULL },
		  { "check " FROB "|Type", NULL } },
		{ "a path ending in a service's Parameters key is a key",
		  STEPS("Locate the following registry key:",
			"HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters",
			"On the Edit menu, click DWORD, type \"1\", and then click OK."),
		  { NULL },
		  { "check " FROB "|Parameters", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_the_path_s_last_name_edited_as_a_value),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
