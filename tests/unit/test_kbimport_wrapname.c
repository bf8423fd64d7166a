/* test_kbimport_wrapname.c: a key in running text that the line's end
 * breaks inside a name (core/kbimport_registry.c,
 * running_wrapped_in_name()): "...\Microsoft\Windows" / "NT\CurrentVersion
 * \Frob." is read whole, joined with the space the break took, with a
 * review item that says so; after a control set's fixed container
 * ("...\CurrentControlSet\Services" / "Frob\Parameters") the break took a
 * backslash.  Each case imports a small article written here, in our own
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

static void test_a_running_key_broken_inside_a_name_is_read_whole(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Windows' / 'NT\\CurrentVersion\\Frob.': joined with a space",
		  "\n"
		  "1. Start Registry Editor and go to the key HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\n"
		  "   NT\\CurrentVersion\\Frob.\n"
		  "\n"
		  "2. Restart the computer.\n",
		  { "review 18: read as HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Frob;",
		    NULL },
		  { "review 18: key HKLM\\Software\\Microsoft\\Windows is named", NULL } },
		{ "'...\\CurrentControlSet\\Services' / 'Frob\\Parameters': the break took a backslash",
		  "\n"
		  "The agent reads its settings from HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\n"
		  "Frob\\Parameters when it starts.\n",
		  { "review 18: read as HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters;", NULL },
		  { "review 18: read as HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services Frob", NULL } },
		{ "a next line that starts a sentence of its own words is no part of the path",
		  "\n"
		  "The agent reads HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "when it starts, and the setting under it.\n",
		  { "review 18: key HKLM\\SOFTWARE\\Frobco\\Frob is named", NULL },
		  { "review 18: the path is broken", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_running_key_broken_inside_a_name_is_read_whole),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
