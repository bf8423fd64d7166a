/* test_kbimport_s22.c: forms of session 22's importer mends, read from the
 * misses of unseen set 33 (measured as drawn first) and from later
 * reviews' findings.  Each case imports a small article written here, in
 * our own words. */
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
#define FROBP FROB "\\Parameters"

/* Step 1 of a made-up procedure (lines 17-19), step 2 on line 20 on. */
#define START_REGEDT32 \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	"\n"

/* Regedt32's old walk to a key (lines 17-22): step 3 on line 24 on. */
#define GO_TO_FROBP \
	"\n" \
	"1. Run Registry Editor (REGEDT32.EXE).\n" \
	"\n" \
	"2. From the HKEY_LOCAL_MACHINE subtree, go to the following key:\n" \
	"\n" \
	"   \\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n"

/* "Select FrobShell. / From the Edit menu, select String. / Change the
 * string to FROBSH.EXE.": the string editor's data written bare, one
 * token that ends the sentence (core/kbimport_procedure.c); a word of
 * prose, a token the sentence goes on past, or the DWORD editor's data
 * is not read so. */
static void test_a_string_changed_to_bare_data(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Select the following entry: FrobShell' / 'select String' / 'Change the string to FROBSH.EXE.'",
		  GO_TO_FROBP
		  "3. Select the following entry: FrobShell\n"
		  "\n"
		  "4. From the Edit menu, select String.\n"
		  "\n"
		  "5. Change the string to FROBSH.EXE.\n"
		  "\n"
		  "6. Quit Registry Editor.\n",
		  { "check REG_SZ " FROBP "|FrobShell = FROBSH.EXE", "repair " FROBP "|FrobShell", NULL },
		  { "checks 2", NULL } },
		{ "'Change the value data to VGA, and then click OK.' after the String editor",
		  GO_TO_FROBP
		  "3. Select FrobShell.\n"
		  "\n"
		  "4. On the Edit menu, click String. Change the value data to VGA, and then click OK.\n",
		  { "check REG_SZ " FROBP "|FrobShell = VGA", NULL },
		  { NULL } },
		{ "'Enter a value name of 10000, set the data type to REG_SZ, click OK, set String to c_frob.nls, and click OK.'",
		  START_REGEDT32
		  "2. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. From the Edit menu, click Add Value.\n"
		  "\n"
		  "4. Enter a value name of 10000, set the data type to REG_SZ, click OK, set\n"
		  "   String to c_frob.nls, and click OK.\n",
		  { "check REG_SZ " FROBP "|10000 = c_frob.nls", NULL },
		  { NULL } },
		{ "'Change the string to lowercase.': a word of prose, not data",
		  GO_TO_FROBP
		  "3. Select FrobShell.\n"
		  "\n"
		  "4. From the Edit menu, select String.\n"
		  "\n"
		  "5. Change the string to lowercase.\n",
		  { NULL },
		  { "check " FROBP "|FrobShell", NULL } },
		{ "'Change the string to reflect the new path.': the sentence goes on",
		  GO_TO_FROBP
		  "3. Select FrobShell.\n"
		  "\n"
		  "4. From the Edit menu, select String.\n"
		  "\n"
		  "5. Change the string to FROBSH.EXE if the file was moved.\n",
		  { NULL },
		  { "check " FROBP "|FrobShell", NULL } },
		{ "'select DWORD' / 'Change the value to FROBSH.EXE.': bare data is a string's only",
		  GO_TO_FROBP
		  "3. Select FrobShell.\n"
		  "\n"
		  "4. From the Edit menu, select DWORD.\n"
		  "\n"
		  "5. Change the value to FROBSH.EXE.\n",
		  { NULL },
		  { "check " FROBP "|FrobShell", NULL } },
		{ "'Change the string to <path>.': a placeholder",
		  GO_TO_FROBP
		  "3. Select FrobShell.\n"
		  "\n"
		  "4. From the Edit menu, select String.\n"
		  "\n"
		  "5. Change the string to <your shell>.\n",
		  { NULL },
		  { "check " FROBP "|FrobShell", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "Change the String to the following and choose OK:", "In the String
 * box, type the following:" over the data on a line of its own: a
 * string's data (core/kbimport_procedure.c); not a row of the binary
 * editor, not data over two lines, not a line that is not alone. */
static void test_string_data_on_the_line_below(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Change the String to the following and choose OK:' / 'Frob Pack 2'",
		  GO_TO_FROBP
		  "3. Select the FrobVersion entry.\n"
		  "\n"
		  "4. From the Edit menu, select String. Change the String to the following and\n"
		  "   choose OK:\n"
		  "\n"
		  "      Frob Pack 2\n"
		  "\n"
		  "5. Quit Registry Editor.\n",
		  { "check REG_SZ " FROBP "|FrobVersion = Frob Pack 2", "repair " FROBP "|FrobVersion", NULL },
		  { NULL } },
		{ "'In the String box, type the following:' / '\"A:\\\" (without the quotation marks)'",
		  START_REGEDT32
		  "2. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. In the right pane, double-click FrobKeyPath.\n"
		  "\n"
		  "4. In the String box, type the following:\n"
		  "\n"
		  "   \"A:\\\" (without the quotation marks)\n"
		  "\n"
		  "5. Click OK.\n",
		  { "check REG_SZ " FROBP "|FrobKeyPath = A:\\", NULL },
		  { NULL } },
		{ "'Change the value in the 0000 row to the following:' in the binary editor",
		  START_REGEDT32
		  "2. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. Double-click the \"FrobMask\" value.\n"
		  "\n"
		  "4. Under Data Format, click Hex.\n"
		  "\n"
		  "5. Change the value in the 0000 row to the following:\n"
		  "\n"
		  "   03000000\n"
		  "\n"
		  "6. Click OK.\n",
		  { NULL },
		  { "check " FROBP "|FrobMask", NULL } },
		{ "'type the following:' over two lines of data: not one datum",
		  GO_TO_FROBP
		  "3. Select FrobShell.\n"
		  "\n"
		  "4. From the Edit menu, select String. Type the following:\n"
		  "\n"
		  "      FROBSH.EXE\n"
		  "      FROBUI.EXE\n"
		  "\n"
		  "5. Quit Registry Editor.\n",
		  { NULL },
		  { "check " FROBP "|FrobShell", NULL } },
		{ "'type the following:' with no value named first",
		  GO_TO_FROBP
		  "3. From the Edit menu, select String. Type the following:\n"
		  "\n"
		  "      FROBSH.EXE\n"
		  "\n"
		  "4. Quit Registry Editor.\n",
		  { NULL },
		  { "checks 1", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "\\\\HKEY_LOCAL_MACHINE\\..." and "My Computer\\HKEY_LOCAL_MACHINE\\..."
 * alone on their line: a key whose end is known, as without the prefix
 * (core/kbimport_registry.c), so the steps after it are read. */
static void test_a_key_written_with_a_prefix(void **state)
{
	static const struct draft_case cases[] = {
		{ "'\\\\HKEY_...\\Parameters' alone, then a value set",
		  START_REGEDT32
		  "2. Locate the following key:\n"
		  "\n"
		  "   \\\\HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. Change the FrobLimit value to 0x20.\n",
		  { "check REG_DWORD " FROBP "|FrobLimit = 32", NULL },
		  { "review 22: is named in running text", NULL } },
		{ "'My Computer\\HKEY_...\\Parameters' alone, then a value set",
		  START_REGEDT32
		  "2. Locate the following key:\n"
		  "\n"
		  "   My Computer\\HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. Change the FrobLimit value to 0x20.\n",
		  { "check REG_DWORD " FROBP "|FrobLimit = 32", NULL },
		  { "review 22: is named in running text", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_string_changed_to_bare_data),
		cmocka_unit_test(test_string_data_on_the_line_below),
		cmocka_unit_test(test_a_key_written_with_a_prefix),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
