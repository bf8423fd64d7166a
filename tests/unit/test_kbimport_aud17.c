/* test_kbimport_aud17.c: what session 17's repair audit found wrong, read
 * right (core/kbimport_describes.c).  "Add a key named X to the following
 * key:" adds under the key it leads to: that key is where the change goes,
 * never created (and, with nothing under it drafted, not checked either:
 * core/kbimport_gate.c, session 25).  A remark line (";")
 * inside a REGEDIT export is skipped as REGEDIT skips it: the entries
 * after it are still read, and the header alone is not taken for a key
 * to create.  A path whose colon leads in to named values is their
 * key.  Each case imports a small
 * article written here, in our own words (the body starts at line 17). */
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

#define LAYOUTS "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Frob Layouts"

static void test_a_key_added_to_the_key_below_does_not_create_it(void **state)
{
	static const struct draft_case cases[] = {
		{ "'add a key that is named \"0409\" to the following registry key:' wrapped over two lines",
		  "\n"
		  "1. On the Frob server, add a key that is named \"0409\" to the\n"
		  "   following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Frob Layouts\n"
		  "\n"
		  "2. Restart the Frob server.\n",
		  { "review 21: not drafted: the key " LAYOUTS ": the steps add under it", NULL },
		  { "check " LAYOUTS, "repair " LAYOUTS, NULL } },
		{ "'Add the agent's ProgID to a key in the registry at:' then the key",
		  "\n"
		  "Add the agent's ProgID to a key in the registry at:\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Frob Layouts\n"
		  "\n"
		  "Then restart the Frob server.\n",
		  { "review 19: not drafted: the key " LAYOUTS ": the steps add under it", NULL },
		  { "check " LAYOUTS, "repair " LAYOUTS, NULL } },
		{ "'add it to the registry' names no key to add to: the key asked for is still created",
		  "\n"
		  "If the following key is missing, create it and add it to the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Frob Layouts\n"
		  "\n"
		  "Then restart the Frob server.\n",
		  { "check " LAYOUTS, "repair " LAYOUTS, NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define FROBP "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters"

static void test_a_remark_in_a_regedit_export_does_not_end_it(void **state)
{
	static const struct draft_case cases[] = {
		{ "a commented-out entry between the header and the entry merged",
		  "\n"
		  "1. Create the following file and name it Frob.reg:\n"
		  "\n"
		  "   REGEDIT4\n"
		  "\n"
		  "   [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters]\n"
		  "   ; \"FrobServer\"=\"\"\n"
		  "   \"DhcpFrobServer\"=\"frob1\"\n"
		  "\n"
		  "2. Double-click Frob.reg to merge it.\n",
		  { "check REG_SZ " FROBP "|DhcpFrobServer = frob1", NULL },
		  { "check " FROBP "|FrobServer", "check " FROBP, NULL } },
		{ "the same over a wrapped header, the entry's data empty: a review item, not a key to create",
		  "\n"
		  "1. Create the following file and name it Frob.reg:\n"
		  "\n"
		  "   REGEDIT4\n"
		  "\n"
		  "   [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\n"
		  "      \\Frob\\Parameters]\n"
		  "      ; \"FrobServer\"=\"\"\n"
		  "      \"DhcpFrobServer\"=\"\"\n"
		  "\n"
		  "2. Double-click Frob.reg to merge it.\n",
		  { "review 25: value 'DhcpFrobServer'", NULL },
		  { "check " FROBP, "repair " FROBP, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define FROBC "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Frob"

/* "set the following value under ...\Frob:" over "FrobSupport REG_DWORD
 * 1": the colon leads in to a value with a name of its own, so the path
 * is its key, not a value named Frob under the key above. */
static void test_a_path_ending_in_a_colon_over_named_values_is_their_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "a path in running text ending in ':' over a named value",
		  "\n"
		  "To work around this, set the following value under\n"
		  "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Frob:\n"
		  "\n"
		  "   FrobSupport REG_DWORD 1\n"
		  "\n"
		  "Restart the server.\n",
		  { "check REG_DWORD " FROBC "|FrobSupport = 1", NULL },
		  { "check HKLM\\SYSTEM\\CurrentControlSet\\Control|FrobSupport", "review 18: value 'Frob'",
		    NULL } },
		{ "a path ending in ':' over a value with no name of its own: the path's last name is the value",
		  "\n"
		  "To work around this, add the following value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Frob\\FrobSupport:\n"
		  "   REG_DWORD: 1\n"
		  "\n"
		  "Restart the server.\n",
		  { "check REG_DWORD " FROBC "|FrobSupport = 1", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "the X and/or Y values have been entered as a REG_DWORD set to 0x1 on
 * the following key:": "following" names the key the values are in; its
 * last name is no value set to 0x1 (audit16 Q162467). */
static void test_set_to_on_the_following_key_names_no_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "values named before, 'set to 0x1 on the following key:'",
		  "\n"
		  "The FrobClientSupport and/or GadgetClientSupport values have been entered\n"
		  "as a REG_DWORD set to 0x1 on the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Frob\n"
		  "\n"
		  "Restart the server.\n",
		  { NULL },
		  { "check HKLM\\SYSTEM\\CurrentControlSet\\Control|Frob", "repair HKLM\\SYSTEM\\CurrentControlSet\\Control|Frob",
		    NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_key_added_to_the_key_below_does_not_create_it),
		cmocka_unit_test(test_a_remark_in_a_regedit_export_does_not_end_it),
		cmocka_unit_test(test_a_path_ending_in_a_colon_over_named_values_is_their_key),
		cmocka_unit_test(test_set_to_on_the_following_key_names_no_value),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
