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
 * - The review's findings on the reader: whole names ("EntryPoint"),
 *   another object in the sentence, "value data for", "entries", one-letter
 *   names, data not asked for or another value's, failed or unneeded
 *   deletes, hex data, an add under a heading, whole type words.
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

/* Review findings on the sentence reader: each case drafted a fact the
 * article does not ask for (or lost one) before its mend. */
static void test_a_request_read_no_wider_than_the_article_asks(void **state)
{
	static const struct draft_case cases[] = {
		{ "names that start 'Entry' or 'Value' are whole names",
		  "\n"
		  "To fix this, delete the EntryPoint and EntryCount values from the following\n"
		  "registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "absent " GIZMO "|EntryPoint", "absent " GIZMO "|EntryCount", NULL },
		  { "check " GIZMO "|Point", NULL } },
		{ "a value word followed by a name is not cut ('ValueCache')",
		  "\n"
		  "Delete the ValueCache value from the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "absent " GIZMO "|ValueCache", NULL },
		  { "check " GIZMO "|Cache", NULL } },
		{ "a key deleted in the same sentence leaves the request to review",
		  "\n"
		  "To fix this, remove the LogoText value and the Logo key from the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "review 18", NULL },
		  { "absent " GIZMO "|LogoText", NULL } },
		{ "a second object after the key's place leaves the request to review",
		  "\n"
		  "Delete the QueueDir and QueueMax values from the following\n"
		  "registry key, and then delete the Queue subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|QueueDir", "absent " GIZMO "|QueueMax", NULL } },
		{ "a value removed from a list value is not a value deleted",
		  "\n"
		  "Remove the GizmoHook value from the LoadHooks list in the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|GizmoHook", NULL } },
		{ "clearing a value's data is not deleting the value",
		  "\n"
		  "Delete the value data for the QueueDir string value in the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|QueueDir", NULL } },
		{ "'entries' under a key of services are subkeys",
		  "\n"
		  "Remove the GizmoSvc and WidgetSvc entries in the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\n",
		  { NULL },
		  { "absent HKLM\\SYSTEM\\CurrentControlSet\\Services|GizmoSvc", NULL } },
		{ "'entries' alone may be keys",
		  "\n"
		  "Delete the BannerOld and LogoOld entries from the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|BannerOld", NULL } },
		{ "'value entries' are values",
		  "\n"
		  "Delete the BannerOld and LogoOld value entries from the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "absent " GIZMO "|BannerOld", "absent " GIZMO "|LogoOld", NULL },
		  { NULL } },
		{ "one-letter names are placeholders",
		  "\n"
		  "Remove the A and B values from the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|A", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Data the article does not ask for this value: forbidden, someone
 * else's doing, asked in a question, for one system, a choice, or
 * another value's. */
static void test_data_not_asked_for_the_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "a datum the sentence under the key forbids",
		  "\n"
		  "Add a registry value QuietStart of type REG_DWORD to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "\n"
		  "Never set it to 2.\n",
		  { NULL },
		  { "check " GIZMO "|QuietStart = 2", NULL } },
		{ "a datum under the key another program sets",
		  "\n"
		  "Add a registry value QuietStart of type REG_DWORD to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "\n"
		  "Older gizmos set it to 2.\n",
		  { NULL },
		  { "check " GIZMO "|QuietStart = 2", NULL } },
		{ "a datum under the key in a question",
		  "\n"
		  "Add a registry value QuietStart of type REG_DWORD to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "\n"
		  "Why set it to 2? The gizmo starts anyway.\n",
		  { NULL },
		  { "check " GIZMO "|QuietStart = 2", NULL } },
		{ "a datum under the key for one system only",
		  "\n"
		  "Add a registry value QuietStart of type REG_DWORD to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "\n"
		  "NOTE: On Windows 2000, set it to 2.\n",
		  { NULL },
		  { "check " GIZMO "|QuietStart = 2", NULL } },
		{ "a datum under the key offered as a choice",
		  "\n"
		  "Add a registry value QuietStart of type REG_DWORD to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "\n"
		  "Set it to 2 for a quiet start, or to 0 for a normal one.\n",
		  { NULL },
		  { "check " GIZMO "|QuietStart = 2", NULL } },
		{ "a datum under the key the reader may set",
		  "\n"
		  "Add a registry value QuietStart of type REG_DWORD to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "\n"
		  "You can set it to 2.\n",
		  { NULL },
		  { "check " GIZMO "|QuietStart = 2", NULL } },
		{ "a datum for another value is not this value's",
		  "\n"
		  "Add a string value named PowerMode to the following key, with a value of 1 for the\n"
		  "Widget value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "check " GIZMO "|PowerMode = 1", NULL } },
		{ "a datum inside an aside is not the one asked",
		  "\n"
		  "Change the BuildTag string value (it goes from 1 to 5) to 3 in the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "check " GIZMO "|BuildTag = 5)", NULL } },
		{ "'to 1 (or 2 ...)' is a choice",
		  "\n"
		  "Add a string value named PowerMode to the following key and set it to 1 (or 2 on a\n"
		  "server):\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "check " GIZMO "|PowerMode = 1", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A delete the article reports as failed or no longer needed, or as a
 * program's doing ("the remover should delete"), is not asked
 * (imp_not_asked(), at_clause_start(), kbimport_keyact.c). */
static void test_a_failed_or_unneeded_delete_is_not_asked(void **state)
{
	static const struct draft_case cases[] = {
		{ "'the remover fails to delete the X and Y values'",
		  "\n"
		  "This happens because the remover fails to delete the QueueDir and QueueMax values\n"
		  "from the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|QueueDir", "absent " GIZMO "|QueueMax", NULL } },
		{ "'the remover should delete the X and Y values' tells what a program is meant to do",
		  "\n"
		  "When you remove the gizmo, the remover should delete the QueueDir and QueueMax\n"
		  "values from the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|QueueDir", "absent " GIZMO "|QueueMax", NULL } },
		{ "'you should delete the X and Y values' asks",
		  "\n"
		  "To fix this, you should delete the QueueDir and QueueMax values from the following\n"
		  "registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "absent " GIZMO "|QueueDir", "absent " GIZMO "|QueueMax", NULL },
		  { NULL } },
		{ "'you no longer have to delete the X and Y values'",
		  "\n"
		  "With this update, you no longer have to delete the QueueDir and QueueMax values\n"
		  "from the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|QueueDir", "absent " GIZMO "|QueueMax", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Data said to be hexadecimal is drafted in hex ("10 hex" is 0x10). */
static void test_hex_data_in_the_sentence(void **state)
{
	static const struct draft_case cases[] = {
		{ "'with a data value of 10 hex' is 0x10",
		  "\n"
		  "Add a new value named QueueMax with a data value of 10 hex in the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "check REG_DWORD " GIZMO "|QueueMax = 16", NULL },
		  { NULL } },
		{ "'with a hexadecimal value of 10' is 0x10",
		  "\n"
		  "Add a new value named QueueMax with a hexadecimal value of 10 in the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "check REG_DWORD " GIZMO "|QueueMax = 16", NULL },
		  { NULL } },
		{ "'set it to 60 (hexadecimal 3c)' is 60: the hex is the same datum",
		  "\n"
		  "Add a new value named QueueMax to the following registry key and set it to 60\n"
		  "(hexadecimal 3c):\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "check REG_DWORD " GIZMO "|QueueMax = 60", NULL },
		  { NULL } },
		{ "'set it to 60 (hex 3d)' agrees in no radix: no datum",
		  "\n"
		  "Add a new value named QueueMax to the following registry key and set it to 60\n"
		  "(hex 3d):\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "check " GIZMO "|QueueMax", NULL } },
		{ "'set it to 10 (decimal 16)' is 0x10",
		  "\n"
		  "Add a new value named QueueMax to the following registry key and set it to 10\n"
		  "(decimal 16):\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "check REG_DWORD " GIZMO "|QueueMax = 16", NULL },
		  { NULL } },
		{ "'with a value of 10' stays decimal",
		  "\n"
		  "Add a DWORD value named QueueMax with a value of 10 to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "check REG_DWORD " GIZMO "|QueueMax = 10", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* An add whose sentence opens with its occasion or reason asks
 * (labelling guide C8), the RESOLUTION heading right above it does not
 * change that (the body starts straight under the heading here). */
static void test_an_add_opened_by_its_occasion_asks(void **state)
{
	static const struct draft_case cases[] = {
		{ "'When you are done, add a DWORD value named X with a value of 1'",
		  "When you are done, add a DWORD value named QuietStart with a value of 1 to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "check REG_DWORD " GIZMO "|QuietStart = 1", NULL },
		  { NULL } },
		{ "'Because the installer skips it, add ...'",
		  "Because the installer skips it, add a DWORD value named QuietStart with a value of 1 to\n"
		  "the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "check REG_DWORD " GIZMO "|QuietStart = 1", NULL },
		  { NULL } },
		{ "'Do not add ...' stays undrafted",
		  "Do not add a DWORD value named QuietStart with a value of 1 to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "check " GIZMO "|QuietStart", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The type words of a value added in words come from one table: "an
 * expandable string value" is REG_EXPAND_SZ, not the "string" it ends with. */
static void test_the_type_word_read_whole(void **state)
{
	static const struct draft_case cases[] = {
		{ "'add an expandable string value named X' is REG_EXPAND_SZ",
		  "\n"
		  "Add an expandable string value named LogDir with a value of \"%SystemRoot%\\Logs\" to\n"
		  "the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "check REG_EXPAND_SZ " GIZMO "|LogDir", NULL },
		  { "check REG_SZ " GIZMO "|LogDir", NULL } },
		{ "'add a string value named X' stays REG_SZ",
		  "\n"
		  "Add a string value named LogDir with a value of \"C:\\Logs\" to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { "check REG_SZ " GIZMO "|LogDir", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The request straight under the RESOLUTION heading, at column 0 (the
 * body starts under the heading's rule here): a sentence, not a row of a
 * table titled by the heading (kbimport_coltable.c). */
static void test_a_request_straight_under_the_heading(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Add a registry value X of type REG_DWORD to:' under the heading's rule",
		  "Add a registry value QuietStart of type REG_DWORD to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"
		  "\n"
		  "Set it to 1.\n",
		  { "check REG_DWORD " GIZMO "|QuietStart = 1", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Second-round review, finding 1: the sentence under the key gives a
 * datum the fix does not end on: an undo or a trial step, one of two
 * settings, an example, a datum per role, or one the next sentence sets
 * again.  No datum, so no set; the plain "Set it to 1." still drafts. */
#define ADD_FASTBOOT(below)                                                                    \
	"\n"                                                                                   \
	"Add a registry value FastBoot of type REG_DWORD to the following key:\n"              \
	"\n"                                                                                   \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n"                                  \
	"\n" below "\n"
#define NO_FASTBOOT_SET { "check REG_DWORD " GIZMO "|FastBoot", "repair " GIZMO "|FastBoot", NULL }

static void test_data_below_the_fix_does_not_end_on(void **state)
{
	static const struct draft_case cases[] = {
		{ "an undo step ('To go back to the old way, set it to 0.') is not the fix",
		  ADD_FASTBOOT("To go back to the old way, set it to 0."), { NULL }, NO_FASTBOOT_SET },
		{ "'To undo this, set it to 0.' is not the fix", ADD_FASTBOOT("To undo this, set it to 0."), { NULL },
		  NO_FASTBOOT_SET },
		{ "a trial setting then the real one ('While testing, set it to 7; afterwards, set it to 2.')",
		  ADD_FASTBOOT("While testing, set it to 7; afterwards, set it to 2."), { NULL }, NO_FASTBOOT_SET },
		{ "'Set it to 1 to try it, and then set it back to 0.' ends on 0",
		  ADD_FASTBOOT("Set it to 1 to try it, and then set it back to 0."), { NULL }, NO_FASTBOOT_SET },
		{ "the next sentence sets it again ('Set it to 1. When the copy ends, set it to 0.')",
		  ADD_FASTBOOT("Set it to 1. When the copy ends, set it to 0."), { NULL }, NO_FASTBOOT_SET },
		{ "a later sentence told, not asked, sets it again ('Set it to 1. Afterwards, once ..., set it to 0.')",
		  ADD_FASTBOOT("Set it to 1. Afterwards, once the copy ends, set it to 0."), { NULL },
		  NO_FASTBOOT_SET },
		{ "a datum per role ('Set it to 1 on the domain controller and 0 on each workstation.')",
		  ADD_FASTBOOT("Set it to 1 on the domain controller and 0 on each workstation."), { NULL },
		  NO_FASTBOOT_SET },
		{ "a case ('Set it to 1 whenever the agent restarts.'): one shared condition test, no set",
		  ADD_FASTBOOT("Set it to 1 whenever the agent restarts."), { NULL }, NO_FASTBOOT_SET },
		{ "a case ('Set it to 1, provided that the agent is installed.'): no set",
		  ADD_FASTBOOT("Set it to 1, provided that the agent is installed."), { NULL }, NO_FASTBOOT_SET },
		{ "a case ('Set it to 1 only on servers where the agent runs.'): no set",
		  ADD_FASTBOOT("Set it to 1 only on servers where the agent runs."), { NULL }, NO_FASTBOOT_SET },
		{ "an example ('Set it to 30, for example.') is not the datum",
		  ADD_FASTBOOT("Set it to 30, for example."), { NULL }, NO_FASTBOOT_SET },
		{ "'Set it to a number such as 30.' is not the datum",
		  ADD_FASTBOOT("Set it to a number of seconds, such as 30."), { NULL }, NO_FASTBOOT_SET },
		{ "'Set it to 1. Then restart the computer.' still drafts 1",
		  ADD_FASTBOOT("Set it to 1. Then restart the computer."),
		  { "check REG_DWORD " GIZMO "|FastBoot = 1", "repair " GIZMO "|FastBoot", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Second-round review, findings 2 and 8: a delete the same sentence
 * undoes ("and then add them again", "if not, add them"), and names that
 * stand for the reader's own (ValueName, KeyName, ValueN): no delete. */
static void test_a_delete_undone_or_of_placeholder_names(void **state)
{
	static const struct draft_case cases[] = {
		{ "'delete the X and Y values ..., and then add them back:' is a re-create, not a delete",
		  "\n"
		  "Delete the CacheDir and CacheAge values from the following key, and then add them back:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|CacheDir", "absent " GIZMO "|CacheAge", "repair " GIZMO "|CacheDir", NULL } },
		{ "'delete the X and Y values from the key if there; otherwise create them:' is no delete",
		  "\n"
		  "Delete the CacheDir and CacheAge values from the following key if they are there;\n"
		  "otherwise, create them:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|CacheDir", NULL } },
		{ "'delete the ValueName and ValueData values' names no value",
		  "\n"
		  "Delete the ValueName and ValueData values from the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|ValueName", "absent " GIZMO "|ValueData", NULL } },
		{ "'remove the Value1 and Value2 values' names no value",
		  "\n"
		  "Remove the Value1 and Value2 values from the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|Value1", "absent " GIZMO "|Value2", NULL } },
		{ "'delete the X value from the key, and then add it again:' (one name) is no delete",
		  "\n"
		  "Delete the CacheDir value from the following key, and then add it again:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|CacheDir", NULL } },
		{ "'delete the ValueName value' (one name, read as the key's act) names no value",
		  "\n"
		  "Delete the ValueName value from the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|ValueName", NULL } },
		{ "'delete the KeyName and ValueN values' names no value",
		  "\n"
		  "Delete the KeyName and ValueN values from the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gizmoware\\Gizmo\n",
		  { NULL },
		  { "absent " GIZMO "|KeyName", "absent " GIZMO "|ValueN", NULL } },
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
		cmocka_unit_test(test_a_request_read_no_wider_than_the_article_asks),
		cmocka_unit_test(test_data_not_asked_for_the_value),
		cmocka_unit_test(test_a_failed_or_unneeded_delete_is_not_asked),
		cmocka_unit_test(test_hex_data_in_the_sentence),
		cmocka_unit_test(test_an_add_opened_by_its_occasion_asks),
		cmocka_unit_test(test_the_type_word_read_whole),
		cmocka_unit_test(test_a_request_straight_under_the_heading),
		cmocka_unit_test(test_data_below_the_fix_does_not_end_on),
		cmocka_unit_test(test_a_delete_undone_or_of_placeholder_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
