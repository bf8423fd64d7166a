/* test_kbimport_listed.c: a value the step after a key lists by name on a
 * line of its own (core/kbimport_listedname.c): "Add the following
 * case-sensitive DWORD value of 0:" over "Unique Frob Names"; the type and
 * datum from the lead-in or the sentences under the name; a name with no
 * datum said is a review item that names it; an entry added to another
 * value is none of this.  Each case imports a small article written here,
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

#define FROB "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob"

#define STEPS(add, name, under) \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	"\n" \
	"2. Go to the following subkey:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n" \
	"\n" \
	"3. " add "\n" \
	"\n" \
	"      " name "\n" \
	"\n" \
	under \
	"4. Quit Registry Editor.\n"

static void test_a_value_listed_by_name_under_its_lead_in(void **state)
{
	static const struct draft_case cases[] = {
		{ "type and datum in the lead-in",
		  STEPS("Add the following case-sensitive DWORD value of 0:", "Unique Frob Names", ""),
		  { "check REG_DWORD " FROB "|Unique Frob Names = 0", "repair " FROB "|Unique Frob Names", NULL },
		  { NULL } },
		{ "type and datum in the sentences under the name",
		  STEPS("Create the following new registry value:", "Allow frob search",
			"   Set this value to 2. This registry value is a DWORD type value.\n\n"),
		  { "check REG_DWORD " FROB "|Allow frob search = 2", NULL },
		  { NULL } },
		{ "no datum said: a review item that names the value, no check",
		  STEPS("Add the following DWORD value:", "FrobInterval",
			"   Change it to the number of seconds you want.\n\n"),
		  { "review 26: value 'FrobInterval' (REG_DWORD)", NULL },
		  { "check " FROB "|FrobInterval", NULL } },
		{ "an entry added to another value's data is no value of its own",
		  STEPS("On the FrobOrder registry entry add the following value:", "NCACN_FROB", ""),
		  { NULL },
		  { "check " FROB "|NCACN_FROB", "review 26: value 'NCACN_FROB'", NULL } },
		{ "'do not add the following value:' asks nothing",
		  STEPS("Do not add the following DWORD value of 1:", "FrobNoCache", ""),
		  { NULL },
		  { "check " FROB "|FrobNoCache", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_value_listed_by_name_under_its_lead_in),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
