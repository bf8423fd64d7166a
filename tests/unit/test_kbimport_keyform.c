/* test_kbimport_keyform.c: how a key path is recognised
 * (core/kbimport_roots.c's relative paths and broken roots, read by the key
 * scan in core/kbimport_registry.c).  A path given relative to
 * HKEY_LOCAL_MACHINE ("SYSTEM\CurrentControlSet\...") joins the root the
 * article names apart just before it; under another hive, or with no root
 * named, it is a review item naming it, never a root guessed.  Each case is a
 * small article written here in our own words (the body starts at line 17)
 * and says what the draft holds and what it must not hold. */
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

#define GADGET "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Gadget\\Parameters"

static void test_a_relative_path_joins_the_root_named_apart(void **state)
{
	static const struct draft_case cases[] = {
		{ "a step's sentence after the root's window",
		  "\n"
		  "1. Start Registry Editor and select the HKEY_LOCAL_MACHINE window.\n"
		  "\n"
		  "2. Go to SYSTEM\\CurrentControlSet\\Services\\Gadget\\Parameters\n"
		  "\n"
		  "3. Change the \"Spin\" value from 4 to 9 (decimal).\n",
		  { "check " GADGET "|Spin = 9", "repair " GADGET "|Spin",
		    "review 20: key path built from HKEY_LOCAL_MACHINE (line 18) and line 20", NULL },
		  { "check HKLM\\Services\\Gadget\\Parameters|Spin", "given without its root", NULL } },
		{ "a Key Name: label under the root alone on its line",
		  "\n"
		  "Add the following value:\n"
		  "\n"
		  "HKEY_LOCAL_MACHINE\n"
		  "\n"
		  "Key Name: SYSTEM\\CurrentControlSet\\Services\\Gadget\\Parameters\n"
		  "Value Name: Spin\n"
		  "Data Type: REG_DWORD\n"
		  "Value: 9\n",
		  { "check " GADGET "|Spin = 9", "repair " GADGET "|Spin", NULL },
		  { "check HKLM\\Key Name: SYSTEM\\CurrentControlSet\\Services\\Gadget\\Parameters|Spin",
		    "given without its root", NULL } },
		{ "a relative path broken after a backslash",
		  "\n"
		  "1. Under the HKEY_LOCAL_MACHINE subtree, go to the following subkey:\n"
		  "\n"
		  "   SYSTEM\\CurrentControlSet\\Services\\\n"
		  "   Gadget\\Parameters\n"
		  "\n"
		  "2. On the Edit menu, click Add Value and use the following entry:\n"
		  "\n"
		  "      Value Name: Spin\n"
		  "      Data Type:  REG_DWORD\n"
		  "      Value:      9\n",
		  { "check " GADGET "|Spin = 9", NULL },
		  { "check HKLM\\SYSTEM\\CurrentControlSet\\Services|Spin", NULL } },
		{ "forward slashes, a subtree named above",
		  "\n"
		  "1. Under the HKEY_LOCAL_MACHINE subtree, go to the following subkey:\n"
		  "\n"
		  "      SYSTEM/CurrentControlSet/Services/Gadget/Parameters\n"
		  "\n"
		  "2. On the Edit menu, click Add Value and use the following entry:\n"
		  "\n"
		  "      Value Name: Spin\n"
		  "      Data Type:  REG_DWORD\n"
		  "      Value:      9\n",
		  { "check " GADGET "|Spin = 9", "review 20: with '/'", NULL },
		  { "check HKLM\\SYSTEM/CurrentControlSet/Services/Gadget/Parameters|Spin", NULL } },
		{ "a path in a sentence ending at its tail word, a name with a space",
		  "\n"
		  "1. On the Window menu, click HKEY_LOCAL_MACHINE on Local Machine.\n"
		  "\n"
		  "2. Find the SOFTWARE\\Microsoft\\Gadget Works\\Spinner key, and then double-click\n"
		  "   the Spin value.\n"
		  "\n"
		  "3. In the DWORD Editor dialog box, change the data from 4 to 9 and click\n"
		  "   Decimal.\n",
		  { "review 20: key HKLM\\SOFTWARE\\Microsoft\\Gadget Works\\Spinner is named", NULL },
		  { "check HKLM\\SOFTWARE\\Microsoft\\Gadget|Spin", "check HKLM\\SOFTWARE\\Microsoft\\Gadget Works\\Spinner key|Spin",
		    "given without its root", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* (A path that opens with SYSTEM\CurrentControlSet is read under
 * HKEY_LOCAL_MACHINE since session 31, the only root that holds it:
 * test_kbimport_s31.c.  These are paths another root may hold.) */
static void test_a_relative_path_with_no_root_named_is_reviewed_not_guessed(void **state)
{
	static const struct draft_case cases[] = {
		{ "no root anywhere near",
		  "\n"
		  "The agent keeps its settings under the following key:\n"
		  "\n"
		  "   SOFTWARE\\Microsoft\\Gadget\\Parameters\n"
		  "\n"
		  "Set the Spin value to 9.\n",
		  { "review 20: key path SOFTWARE\\Microsoft\\Gadget\\Parameters is given without its root",
		    NULL },
		  { "check HKLM\\SOFTWARE\\Microsoft\\Gadget\\Parameters", "repairs 1", NULL } },
		{ "a root named further than the window allows, in another section",
		  "\n"
		  "Start Registry Editor and select the HKEY_LOCAL_MACHINE window.\n"
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "Go to SOFTWARE\\Microsoft\\Gadget\\Parameters\n",
		  { "review 23: is given without its root", NULL },
		  { "check HKLM\\SOFTWARE\\Microsoft\\Gadget\\Parameters", NULL } },
		{ "another hive's root named apart",
		  "\n"
		  "1. From the HKEY_CURRENT_USER subtree, go to the following key:\n"
		  "\n"
		  "   Key: SOFTWARE\\Microsoft\\Gadget\\Spinner\n"
		  "\n"
		  "2. Set the Spin value to 9.\n",
		  { "review 20: HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Gadget\\Spinner (built from line 18 and line 20) is not under HKEY_LOCAL_MACHINE",
		    NULL },
		  { "check HKLM\\SOFTWARE\\Microsoft\\Gadget\\Spinner|Spin", "checks 1", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_folders_and_code_are_not_relative_keys(void **state)
{
	static const struct draft_case cases[] = {
		{ "a folder under the system directory",
		  "\n"
		  "Copy Gadget.dll into the SYSTEM32\\Drivers folder and the System\\Vmm32\n"
		  "folder, with HKEY_LOCAL_MACHINE named in the same paragraph.\n",
		  { NULL },
		  { "given without its root", "check HKLM\\System\\Vmm32", "checks 1", NULL } },
		{ "a path quoted in code",
		  "\n"
		  "   rc = RegOpenKey(HKLM_HANDLE, \"SOFTWARE\\Microsoft\\Gadget\", &hk);\n",
		  { NULL },
		  { "given without its root", "check HKLM\\SOFTWARE\\Microsoft\\Gadget", NULL } },
		{ "a hive loaded under a name with a space",
		  "\n"
		  "1. Select the HKEY_LOCAL_MACHINE window, click Load Hive and name it\n"
		  "   Spare System.\n"
		  "\n"
		  "2. Go to the key: \\Spare System\\CurrentControlSet1\\Services\n",
		  { NULL },
		  { "check HKLM\\System\\CurrentControlSet1\\Services", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_root_broken_by_a_space_is_read_whole(void **state)
{
	static const struct draft_case cases[] = {
		{ "HKEY_LOCAL_ MACHINE in a full path",
		  "\n"
		  "1. Remove the following key from the registry:\n"
		  "\n"
		  "      HKEY_LOCAL_ MACHINE\\SOFTWARE\\Gadget Works\\Spinner\n",
		  { "absent HKLM\\SOFTWARE\\Gadget Works\\Spinner", "repair HKLM\\SOFTWARE\\Gadget Works\\Spinner", NULL },
		  { "HKEY_LOCAL_ MACHINE\\\\", "not under HKEY_LOCAL_MACHINE", NULL } },
		{ "HKEY_LOCAL_ MACHINE as the window a relative path is under",
		  "\n"
		  "1. On the Window menu, click \"HKEY_LOCAL_ MACHINE on Local Machine\".\n"
		  "\n"
		  "2. Double-click the \\Software\\Microsoft\\Gadget Works\\Spinner folder.\n",
		  { "review 20: HKLM\\Software\\Microsoft\\Gadget Works\\Spinner", NULL },
		  { "given without its root", NULL } },
		{ "a word that only looks like a root is left alone",
		  "\n"
		  "The HKEY_LOCAL_ MACHINERY\\Gadget line is a made-up name.\n",
		  { NULL },
		  { "HKLM\\Gadget", "check HKLM", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "HKEY_LOCAL_MACHINE\System" then a name a line, each opening with a
 * backslash, past three lines: one key to its last name. */
static void test_a_path_written_a_name_a_line_after_its_root_and_one_name(void **state)
{
	static const struct draft_case cases[] = {
		{ "root and one name, then five names a line",
		  "\n"
		  "1. In Registry Editor, add the following value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\n"
		  "   \\CurrentControlSet\n"
		  "   \\Services\n"
		  "   \\Gadget\n"
		  "   \\Parameters\n"
		  "   \\Spinner\n"
		  "\n"
		  "   Value Name: Speed\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 0x3\n",
		  { "check " GADGET "\\Spinner|Speed = 3", "repair " GADGET "\\Spinner|Speed", NULL },
		  { "check HKLM\\SYSTEM\\CurrentControlSet\\Services\\Gadget|Speed", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_path_broken_after_a_backslash_goes_on_with_the_next_word(void **state)
{
	static const struct draft_case cases[] = {
		{ "in running text, the next line's first word",
		  "\n"
		  "The agent reads its settings from HKEY_LOCAL_MACHINE\\SOFTWARE\\Gadget\\\n"
		  "Spinner\\Settings when it starts, and never writes them.\n",
		  { "review 18: key HKLM\\SOFTWARE\\Gadget\\Spinner\\Settings is named in running text", NULL },
		  { "key HKLM\\SOFTWARE\\Gadget is named", "names a hive", NULL } },
		{ "after a label, continued at the left margin",
		  "\n"
		  "  - Registry key: HKEY_LOCAL_MACHINE\\SOFTWARE\\Gadget\\\n"
		  "    Spinner\\Settings\n",
		  { "review 18: key HKLM\\SOFTWARE\\Gadget\\Spinner\\Settings", NULL },
		  { "key HKLM\\SOFTWARE\\Gadget is named", NULL } },
		{ "a path alone on its line, its sentence going on after the next word",
		  "\n"
		  "The value is kept under\n"
		  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Gadget\\\n"
		  "Spinner\\Settings. It is a number of seconds.\n",
		  { "review 19: key HKLM\\SOFTWARE\\Gadget\\Spinner\\Settings is named", NULL },
		  { "review 19: key HKLM\\SOFTWARE\\Gadget\\Spinner\\Settings. It", "key HKLM\\SOFTWARE\\Gadget is named", NULL } },
		{ "a plain word starting a sentence is not a name",
		  "\n"
		  "Look under HKEY_LOCAL_MACHINE\\SOFTWARE\\Gadget\\\n"
		  "These keys are made by Setup.\n",
		  { "review 18: key HKLM\\SOFTWARE\\Gadget is named in running text", NULL },
		  { "Gadget\\These", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_the_other_hives_short_roots_are_reviewed(void **state)
{
	static const struct draft_case cases[] = {
		{ "HKCR and HKCU written short, alone on their lines",
		  "\n"
		  "The control registers itself under:\n"
		  "\n"
		  "   HKCR\\CLSID\\{12345678-1234-1234-1234-123456789ABC}\\InprocServer32\n"
		  "\n"
		  "and keeps its options under:\n"
		  "\n"
		  "   HKCU\\Software\\Gadget Works\\Spinner\n",
		  { "review 20: key HKCR\\CLSID\\{12345678-1234-1234-1234-123456789ABC}\\InprocServer32 is not under HKEY_LOCAL_MACHINE",
		    "review 24: key HKCU\\Software\\Gadget Works\\Spinner is not under HKEY_LOCAL_MACHINE", NULL },
		  { "check HKCR", "check HKCU", "repairs 1", NULL } },
		{ "a short root inside a longer word is no root",
		  "\n"
		  "Copy the file to \\\\SERVER\\XHKCU\\Tools before you start, and run it from\n"
		  "the C:\\Tools\\HKU\\bin folder.\n",
		  { NULL },
		  { "not under HKEY_LOCAL_MACHINE", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_current_version_written_as_two_words(void **state)
{
	static const struct draft_case cases[] = {
		{ "a key deleted under 'Current Version'",
		  "\n"
		  "Delete the following registry key to let the frob debugger start:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\Current Version\\FrobDebug\n",
		  { "absent HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\FrobDebug",
		    "review 20: the article writes 'Current Version' for 'CurrentVersion'", NULL },
		  { "Current Version\\FrobDebug", NULL } },
		{ "a key named 'Current Versions' is no slip",
		  "\n"
		  "Delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gadget Works\\Current Versions\n",
		  { "absent HKLM\\SOFTWARE\\Gadget Works\\Current Versions", NULL },
		  { "for 'CurrentVersion'", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_relative_path_joins_the_root_named_apart),
		cmocka_unit_test(test_a_relative_path_with_no_root_named_is_reviewed_not_guessed),
		cmocka_unit_test(test_folders_and_code_are_not_relative_keys),
		cmocka_unit_test(test_a_root_broken_by_a_space_is_read_whole),
		cmocka_unit_test(test_a_path_broken_after_a_backslash_goes_on_with_the_next_word),
		cmocka_unit_test(test_a_path_written_a_name_a_line_after_its_root_and_one_name),
		cmocka_unit_test(test_the_other_hives_short_roots_are_reviewed),
		cmocka_unit_test(test_current_version_written_as_two_words),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
