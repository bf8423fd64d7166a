/* test_kbimport_s25.c: forms of session 25's importer mends, read from
 * the wrong repairs repair audits 23 and 24 left drafted.  Each case
 * imports a small article written here, in our own words. */
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

#define FROB "HKLM\\Software\\Frob"

/* A REGINI file saved to a share, then the step that says what runs it,
 * written after BODY_HEAD: the script's value on line 26, the next step
 * on line 28. */
#define SCRIPT_THEN(then) \
	"\n" \
	"1. Copy Regini.exe from the Resource Kit to the installation share.\n" \
	"\n" \
	"2. Create a text file, name it Frobrun.ini, and save it to the share.\n" \
	"   In this file, create the following entries:\n" \
	"\n" \
	"     \\registry\\machine\n" \
	"          Software\n" \
	"            Frob\n" \
	"              FrobMode = REG_DWORD 1\n" \
	"\n" \
	then "\n"

/* Audits 23 and 24, Q158447 and Q142633: the REGINI file is one of the
 * files unattended setup copies (Dosnet.inf, Txtsetup.sif) or runs
 * (Unattend.txt) on the computers it installs.  Its values set up those
 * computers; as a repair they would be written into the hive of the one
 * being diagnosed (core/kbimport_regini.c).  A file the reader runs, or
 * another file in setup's list, keeps the repair. */
static void test_a24_regini_file_that_setup_runs(void **state)
{
	static const struct draft_case cases[] = {
		{ "the file listed for Dosnet.inf",
		  SCRIPT_THEN("3. Add these lines to the end of the [Files] section of Dosnet.inf:\n"
			      "\n"
			      "   d1,REGINI.EXE d1,FROBRUN.INI"),
		  { "review 26: lists the script among what unattended setup copies", NULL },
		  { "repair " FROB "|FrobMode", NULL } },
		{ "the file given to Unattend.txt's DetachedProgram",
		  SCRIPT_THEN("3. Add these lines to the [GUIUnattended] section of Unattend.txt:\n"
			      "\n"
			      "   DetachedProgram = \"%SystemRoot%\\System32\\REGINI.EXE\"\n"
			      "   Arguments = \"%SystemRoot%\\System32\\FROBRUN.INI\""),
		  { "review 26: lists the script among what unattended setup copies", NULL },
		  { "repair " FROB "|FrobMode", NULL } },
		{ "the reader runs the file",
		  SCRIPT_THEN("3. At a command prompt on the server, run regini frobrun.ini."),
		  { "repair " FROB "|FrobMode", NULL },
		  { "review 26: lists the script among what unattended setup copies", NULL } },
		{ "another file in Dosnet.inf's list",
		  SCRIPT_THEN("3. Run regini frobrun.ini.\n"
			      "\n"
			      "4. Add these lines to the [Files] section of Dosnet.inf:\n"
			      "\n"
			      "   d1,FROBRUNX.INI d1,FROB.INF"),
		  { "repair " FROB "|FrobMode", NULL },
		  { "review 26: lists the script among what unattended setup copies", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a24_regini_file_that_setup_runs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
