/* test_kbimport_sent.c: a registry request made in one ordinary sentence
 * over its key (core/kbimport_sentence.c).
 * - "Delete the X and Y values from the following key:" deletes each
 *   value named; "the X, Y, and Z string values" as well.
 * - A sentence broken around the value's name set out alone ("change the
 *   string value" / X / "in the registry key" / key / "from 1 to 0."), with
 *   the data in the sentence after the key ("Add a data value of 1 for the
 *   new X string value.").
 * - "Add a registry value X of type REG_DWORD to the following key:" with
 *   "Set it to 1." under the key, "Add a new string value named X with a
 *   data value of 1 to the following key:", and an add whose lead-in a
 *   "DELETE key" below cannot turn into a delete, are sets.
 * - Must not be drafted: a value described, "you can add", a negated
 *   delete, a key with a placeholder, an add with no type, "the X
 *   entries from the following:" (one name for several things, no key
 *   named as the place), one way of two ("-or-").
 * Each case imports a small article written here, in our own words (the
 * body starts at line 17). */
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

#define GIZMO "HKLM\\SOFTWARE\\Gizmoware\\Gizmo"

static void test_values_deleted_by_a_list_in_the_sentence(void **state)
{
	static const struct draft_case cases[] = {
		{ "'delete the X and Y values from the following key:' deletes both",
		  "\n"
		  "To fix this, delete the SpoolPath and SpoolLimit values from the\n"
		  "following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "absent " GIZMO "|SpoolPath", "absent " GIZMO "|SpoolLimit", "repair " GIZMO "|SpoolPath",
		    "repair " GIZMO "|SpoolLimit", "checks 2", NULL },
		  { "absent " GIZMO, NULL } },
		{ "'remove the X, Y, and Z string values in the following key:' deletes all three",
		  "\n"
		  "2. Remove the CacheDir, CacheSize, and CacheAge string values in the following key:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "absent " GIZMO "|CacheDir", "absent " GIZMO "|CacheSize", "absent " GIZMO "|CacheAge",
		    "checks 3", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_value_added_or_set_in_the_sentence(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Add a registry value X of type REG_DWORD to:' then 'Set it to 1.'",
		  "\n"
		  "Add a registry value QuietStart of type REG_DWORD to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "\n"
		  "Set it to 1.\n",
		  { "check REG_DWORD " GIZMO "|QuietStart = 1", "repair " GIZMO "|QuietStart", "checks 1", NULL },
		  { NULL } },
		{ "'add a new string value named X with a data value of on to the key:'",
		  "\n"
		  "To turn the gizmo on, add a new string value named PowerMode with a data value\n"
		  "of \"On\" in the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "\n"
		  "Then restart the gizmo. Do not press CTRL+ALT+DELETE while it restarts.\n",
		  { "check REG_SZ " GIZMO "|PowerMode = On", "repair " GIZMO "|PowerMode", NULL },
		  { "absent " GIZMO, NULL } },
		{ "'change the string value' / X alone / 'in the registry key' / key / 'from 1 to 0.'",
		  "\n"
		  "To quiet the gizmo, change the string value\n"
		  "\n"
		  "   QuietStart\n"
		  "\n"
		  "in the registry key\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "\n"
		  "from 1 to 0.\n",
		  { "check REG_SZ " GIZMO "|QuietStart = 0", "repair " GIZMO "|QuietStart", NULL },
		  { "check " GIZMO "|Gizmo", NULL } },
		{ "'add the string value' / X alone / 'to the following registry key:' / key / 'Add a data value of 1 for the new X string value.'",
		  "\n"
		  "To fix this, add the string value\n"
		  "\n"
		  "   QuietStart\n"
		  "\n"
		  "to the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "\n"
		  "Add a data value of 1 for the new QuietStart string value.\n",
		  { "check REG_SZ " GIZMO "|QuietStart = 1", "checks 1", NULL },
		  { NULL } },
		{ "'add a DWORD value, \"X\" (without the quotation marks), with a positive numeric value of 1'",
		  "\n"
		  "2. Add a DWORD value, \"IdleLimit\" (without the quotation marks), with a positive\n"
		  "   numeric value of 1 (one minute) to the following registry key:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "check REG_DWORD " GIZMO "|IdleLimit = 1", "checks 1", NULL },
		  { NULL } },
		{ "'add the string value \"X\" ... under the following key and set it to TRUE:'",
		  "\n"
		  "1. Add the string value \"Quiet Start\" to the gizmo's settings under the\n"
		  "   following key and set it to TRUE:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "check REG_SZ " GIZMO "|Quiet Start = TRUE", "checks 1", NULL },
		  { NULL } },
		{ "'add a DWORD value named X ... and set it to ON:' (words are no DWORD's data)",
		  "\n"
		  "1. Add a DWORD value named QuietStart to the following key and set it to ON:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "check " GIZMO "|QuietStart", NULL } },
		{ "'change the value data for the X string value from A to \"B\" in the following key:'",
		  "\n"
		  "1. Change the value data for the BuildTag string value from 2.10 to \"2.08\"\n"
		  "   (without the quotation marks) in the following registry key:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "check REG_SZ " GIZMO "|BuildTag = 2.08", "repair " GIZMO "|BuildTag", "checks 1", NULL },
		  { NULL } },
		{ "'create a new registry value of the REG_SZ type under the following key:' then 'Name the registry value X, and change the value to \"Y\".'",
		  "\n"
		  "You must create a new registry value of the REG_SZ type underneath the\n"
		  "following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "\n"
		  "Name the registry value SkipTypes, and change the value to\n"
		  "\"tmp;bak;\".\n",
		  { "check REG_SZ " GIZMO "|SkipTypes = tmp;bak;", "repair " GIZMO "|SkipTypes", "checks 1", NULL },
		  { NULL } },
		{ "'Set the X value to 0x10 in the following key:' (hex implies a DWORD)",
		  "\n"
		  "3. Set the RetryLimit value to 0x10 in the following key:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "\n"
		  "4. Restart the gizmo. Press DELETE to clear the old queue.\n",
		  { "check REG_DWORD " GIZMO "|RetryLimit = 16", "checks 1", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_sentence_that_does_not_ask_drafts_nothing(void **state)
{
	static const struct draft_case cases[] = {
		{ "a value described",
		  "\n"
		  "The gizmo reads the SpoolPath and SpoolLimit values from the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|SpoolPath", "repairs 1", NULL } },
		{ "'you can add' offers, it does not ask",
		  "\n"
		  "You can add a DWORD value named QuietStart with a data value of 1 to the\n"
		  "following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "check " GIZMO "|QuietStart", NULL } },
		{ "a negated delete",
		  "\n"
		  "Do not delete the SpoolPath and SpoolLimit values from the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|SpoolPath", "absent " GIZMO "|SpoolLimit", NULL } },
		{ "a key with a placeholder",
		  "\n"
		  "Delete the SpoolPath and SpoolLimit values from the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\<gizmo name>\n",
		  { NULL },
		  { "absent HKLM\\SOFTWARE\\Gizmoware\\<gizmo name>|SpoolPath", "repairs 1", NULL } },
		{ "an add with no type stays review",
		  "\n"
		  "Add a value named QuietStart with a data value of 1 to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "check " GIZMO "|QuietStart", NULL } },
		{ "'the X entries from the following:' (one name, several things, no key named)",
		  "\n"
		  "3. Remove the SpoolPath entries from the following:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\*-Old-*\n",
		  { NULL },
		  { "absent " GIZMO "|SpoolPath", "absent HKLM\\SOFTWARE\\Gizmoware\\*-Old-*|SpoolPath", NULL } },
		{ "a broken sentence that describes: 'the gizmo reads the string value' / X / 'from the registry key'",
		  "\n"
		  "At start-up the gizmo reads the string value\n"
		  "\n"
		  "   QuietStart\n"
		  "\n"
		  "from the registry key\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "\n"
		  "from 1 to 0.\n",
		  { NULL },
		  { "check " GIZMO "|QuietStart", NULL } },
		{ "a value added with no name, and none given under the key",
		  "\n"
		  "You must create a new registry value of the REG_SZ type underneath the\n"
		  "following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "\n"
		  "Then restart the gizmo.\n",
		  { NULL },
		  { "repairs 1", NULL } },
		{ "one way of two ('-or-') stays review",
		  "\n"
		  "Delete the SpoolPath and SpoolLimit values from the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "\n"
		  "-or-\n"
		  "\n"
		  "Reinstall the gizmo.\n",
		  { NULL },
		  { "absent " GIZMO "|SpoolPath", "absent " GIZMO "|SpoolLimit", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_values_deleted_by_a_list_in_the_sentence),
		cmocka_unit_test(test_a_value_added_or_set_in_the_sentence),
		cmocka_unit_test(test_a_sentence_that_does_not_ask_drafts_nothing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
