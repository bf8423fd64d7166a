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

/* Regedt32's old walk to a key (lines 17-23): step 3 on line 24 on. */
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
		{ "'Change the string to FROBSH.EXE if the file was moved.': the sentence goes on",
		  GO_TO_FROBP
		  "3. Select FrobShell.\n"
		  "\n"
		  "4. From the Edit menu, select String.\n"
		  "\n"
		  "5. Change the string to FROBSH.EXE if the file was moved.\n",
		  { NULL },
		  { "check " FROBP "|FrobShell", NULL } },
		{ "'select DWORD' / 'Change the data to FROBSH.EXE.': bare data is a string's only",
		  GO_TO_FROBP
		  "3. Select FrobShell.\n"
		  "\n"
		  "4. From the Edit menu, select DWORD.\n"
		  "\n"
		  "5. Change the data to FROBSH.EXE.\n",
		  { NULL },
		  { "check " FROBP "|FrobShell", NULL } },
		{ "'Double-click FrobShell.' / 'Change the data to FROBSH.EXE.': no type said",
		  GO_TO_FROBP
		  "3. Double-click FrobShell.\n"
		  "\n"
		  "4. Change the data to FROBSH.EXE.\n",
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

/* Audit 22, Q243085's form: "Add the following value to the Gadget
 * registry key:" over a block under "...\\Frob": the values' key is
 * named in words and is not the key read, so the block goes to a person
 * (core/kbimport_registry.c, kbimport_values.c step_subkey()); the key
 * read named so ("to the Frob key"), or "the preceding key", still
 * drafts. */
static void test_a22_values_put_in_a_key_named_in_words(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Add the following value to the Gadget registry key:' under ...\\Frob",
		  START_REGEDT32
		  "2. Add the Gadget key to the following registry key if it does not exist:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "3. Add the following value to the Gadget registry key:\n"
		  "\n"
		  "   Value Name: FrobLimit\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 1\n",
		  { "review 24: puts the values below in the 'Gadget' key", NULL },
		  { "check " FROB "|FrobLimit", "repair " FROB "|FrobLimit", NULL } },
		{ "'Add the following value to the Frob key:': the key read",
		  START_REGEDT32
		  "2. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "3. Add the following value to the Frob key:\n"
		  "\n"
		  "   Value Name: FrobLimit\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 1\n",
		  { "check REG_DWORD " FROB "|FrobLimit = 1", "repair " FROB "|FrobLimit", NULL },
		  { NULL } },
		{ "'Add the following value to the preceding key:': a pointer, not a name",
		  START_REGEDT32
		  "2. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "3. Add the following value to the preceding key:\n"
		  "\n"
		  "   Value Name: FrobLimit\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 1\n",
		  { "check REG_DWORD " FROB "|FrobLimit = 1", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Audit 22, Q182083's form: "It is recommended that customers not enable
 * this feature ... If you still want to enable this mechanism, here are
 * the instructions": a change the article advises against is no repair
 * (core/kbimport_optin.c advised_against()); "If you still want to" with
 * no such advice (a fix's own steps) stays drafted. */
static void test_a22_a_change_advised_against(void **state)
{
	static const struct draft_case cases[] = {
		{ "'not recommended' then 'If you still want to enable it, ...'",
		  "\n"
		  "Frob 2.0 can rename attachments as Frob 1.0 did. It is recommended that\n"
		  "customers not enable this, because some viewers then fail.\n"
		  "\n"
		  "If you still want to enable this mechanism, add the following value:\n"
		  "\n"
		  "1. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "   Value Name: FrobRename\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 1\n",
		  { "review 29: advises against this change", NULL },
		  { "check " FROBP "|FrobRename", "repair " FROBP "|FrobRename", NULL } },
		{ "'If you still want to enable this mechanism' with no advice against it",
		  "\n"
		  "After you apply the fix, a new value must be set as described below.\n"
		  "\n"
		  "If you still want to enable this mechanism, add the following value:\n"
		  "\n"
		  "1. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "   Value Name: FrobRename\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 1\n",
		  { "check REG_DWORD " FROBP "|FrobRename = 1", "repair " FROBP "|FrobRename", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Audit 22, Q173646's form: "This example illustrates registry changes
 * for a custom profile ...": the procedure after a sentence that calls
 * it an example acts on that example (guide C1), not on the reader's
 * computer (core/kbimport_describes.c example_says_what_follows()). */
static void test_a22_a_procedure_called_an_example(void **state)
{
	static const struct draft_case cases[] = {
		{ "'This example illustrates registry changes that lower FrobRetry to 5.'",
		  "\n"
		  "This example illustrates registry changes that lower FrobRetry from 20 to 5.\n"
		  "\n"
		  "1. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "   Value Name: FrobRetry\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 5\n",
		  { "review 26: an example it names", NULL },
		  { "check " FROBP "|FrobRetry", "repair " FROBP "|FrobRetry", NULL } },
		{ "'For example' elsewhere: the procedure stays",
		  "\n"
		  "Slow links, for example dial-up lines, need a lower FrobRetry.\n"
		  "\n"
		  "1. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "   Value Name: FrobRetry\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 5\n",
		  { "check REG_DWORD " FROBP "|FrobRetry = 5", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A REGEDIT value line the import does not place ('"Show"=hex:00,00')
 * names a value: each one is in the review list when its data is in a
 * form only the registry uses (core/kbimport.c regedit_value_line()). */
static void test_regedit_value_lines_listed(void **state)
{
	static const struct draft_case cases[] = {
		{ "three REGEDIT value lines under a key of another hive",
		  "\n"
		  "The contents of the Tips key should look like the following:\n"
		  "\n"
		  "   \"FrobTip\"=dword:00000000\n"
		  "   \"FrobShow\"=hex:00,00,00,00\n"
		  "   \"FrobNext\"=hex(2):25,00\n"
		  "\n"
		  "Restart the agent.\n",
		  { "review 20: did not place", "review 21: did not place", "review 22: did not place", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Regedt32's walk to the key, FrobShell picked and the String editor
 * opened and closed (lines 17-27): what step 5 (line 28) types is not
 * in that editor. */
#define FROBSHELL_PICKED \
	GO_TO_FROBP \
	"3. Select FrobShell.\n" \
	"\n" \
	"4. From the Edit menu, select String, and then click Cancel.\n" \
	"\n"

/* Review 22 (F1, F3, F5): "type the following:" over a line of its own is
 * the string's data only where the sentence points at the editor (the
 * String or Value data box, "the string to the following") or the
 * sentence before opened it; not the Run box, a command prompt, a search,
 * a Path variable, a file renamed; not a multi-string; not when another
 * data line or "where X is" follows. */
static void test_r22_a_line_typed_elsewhere(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Click Start, click Run, and then type the following:'",
		  FROBSHELL_PICKED
		  "5. Click Start, click Run, and then type the following:\n"
		  "\n"
		  "      regsvr32 frob.dll\n"
		  "\n"
		  "6. Quit Registry Editor.\n",
		  { NULL }, { "check " FROBP "|FrobShell", NULL } },
		{ "'At a command prompt, type the following:'",
		  FROBSHELL_PICKED
		  "5. At a command prompt, type the following:\n"
		  "\n"
		  "      copy a:\\frobsh.exe c:\\frob\n"
		  "\n"
		  "6. Quit Registry Editor.\n",
		  { NULL }, { "check " FROBP "|FrobShell", NULL } },
		{ "'To search for the string, type the following:'",
		  GO_TO_FROBP
		  "3. Double-click the FrobShell value to view it.\n"
		  "\n"
		  "4. To search for the string, type the following:\n"
		  "\n"
		  "      FrobUser\n"
		  "\n"
		  "5. Quit Registry Editor.\n",
		  { NULL }, { "check " FROBP "|FrobShell", NULL } },
		{ "'change the Path variable to the following:'",
		  FROBSHELL_PICKED
		  "5. In Control Panel, double-click System, and change the Path variable to the following:\n"
		  "\n"
		  "      C:\\WINNT;C:\\FROB\n"
		  "\n"
		  "6. Quit Registry Editor.\n",
		  { NULL }, { "check " FROBP "|FrobShell", NULL } },
		{ "'In the Edit Multi-String dialog box, type the following:' over two entries",
		  START_REGEDT32
		  "2. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. Double-click the FrobList value.\n"
		  "\n"
		  "4. In the Edit Multi-String dialog box, type the following:\n"
		  "\n"
		  "      FROBA\n"
		  "\n"
		  "      FROBB\n"
		  "\n"
		  "5. Click OK.\n",
		  { NULL }, { "check " FROBP "|FrobList", NULL } },
		{ "'select String. Type the following:' over two data lines a blank apart",
		  GO_TO_FROBP
		  "3. Select FrobShell.\n"
		  "\n"
		  "4. From the Edit menu, select String. Type the following:\n"
		  "\n"
		  "      FROBSH.EXE\n"
		  "\n"
		  "      FROBUI.EXE\n"
		  "\n"
		  "5. Quit Registry Editor.\n",
		  { NULL }, { "check " FROBP "|FrobShell", NULL } },
		{ "'In the String box, type the following:' over 'X:\\FROB\\FROBSH.EXE' and 'where X is ...'",
		  GO_TO_FROBP
		  "3. Double-click FrobShell.\n"
		  "\n"
		  "4. In the String box, type the following:\n"
		  "\n"
		  "      X:\\FROB\\FROBSH.EXE\n"
		  "\n"
		  "   where X is the drive on which Frob is installed.\n"
		  "\n"
		  "5. Quit Registry Editor.\n",
		  { NULL }, { "check " FROBP "|FrobShell", NULL } },
		{ "'On the Edit menu, click String.' / 'Type the following:': the editor just opened",
		  GO_TO_FROBP
		  "3. Click the FrobShell value.\n"
		  "\n"
		  "4. On the Edit menu, click String.\n"
		  "\n"
		  "5. Type the following:\n"
		  "\n"
		  "      \"%SystemRoot%\\System32\\frobsh.exe\" (without the quotation marks)\n"
		  "\n"
		  "6. Click OK.\n",
		  { "check REG_SZ " FROBP "|FrobShell = %SystemRoot%\\System32\\frobsh.exe", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Review 22 (F2, F5, F6, F7): a bare token is a string's data only when
 * what changes is the editor's string or value data, the sentence takes
 * nothing back or puts off nothing for later, and the token is no
 * placeholder, abbreviation or quantity. */
static void test_r22_bare_tokens_held(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Set it to Automatic': another program's setting",
		  FROBSHELL_PICKED
		  "5. Start Control Panel, double-click Services, click Frob, and click Startup. Set it to\n"
		  "   Automatic, and then click OK.\n",
		  { NULL }, { "check " FROBP "|FrobShell", NULL } },
		{ "'change the setting to VGA'",
		  FROBSHELL_PICKED
		  "5. In Control Panel, double-click Display, and change the setting to VGA, and then click OK.\n",
		  { NULL }, { "check " FROBP "|FrobShell", NULL } },
		{ "'Change the string to [drive]:\\frob\\frobsh.exe.': a placeholder",
		  GO_TO_FROBP
		  "3. Select FrobShell.\n"
		  "\n"
		  "4. From the Edit menu, select String.\n"
		  "\n"
		  "5. Change the string to [drive]:\\frob\\frobsh.exe.\n",
		  { NULL }, { "check " FROBP "|FrobShell", NULL } },
		{ "'To undo the change later, change the string to FROBSH.OLD.'",
		  GO_TO_FROBP
		  "3. Select FrobShell.\n"
		  "\n"
		  "4. From the Edit menu, select String.\n"
		  "\n"
		  "5. To undo the change later, change the string to FROBSH.OLD.\n",
		  { NULL }, { "check " FROBP "|FrobShell", NULL } },
		{ "'Change the string to e.g.': an abbreviation",
		  GO_TO_FROBP
		  "3. Select FrobShell.\n"
		  "\n"
		  "4. From the Edit menu, select String.\n"
		  "\n"
		  "5. Change the string to e.g.\n",
		  { NULL }, { "check " FROBP "|FrobShell", NULL } },
		{ "'Change the string to 30MB.': a quantity",
		  GO_TO_FROBP
		  "3. Select FrobShell.\n"
		  "\n"
		  "4. From the Edit menu, select String.\n"
		  "\n"
		  "5. Change the string to 30MB.\n",
		  { NULL }, { "check " FROBP "|FrobShell", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Review 22 (F4): "My Computer\\HKEY_..." or "\\\\HKEY_..." wrapped with its
 * next line under the prefix, not under the root: the whole key, as
 * without the prefix. */
static void test_r22_a_prefixed_key_wrapped(void **state)
{
	static const struct draft_case cases[] = {
		{ "'My Computer\\HKEY_...\\Frob' / '\\Parameters' under the prefix",
		  START_REGEDT32
		  "2. Locate the following key:\n"
		  "\n"
		  "   My Computer\\HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "   \\Parameters\n"
		  "\n"
		  "3. Change the FrobLimit value to 0x20.\n",
		  { "check REG_DWORD " FROBP "|FrobLimit = 32", NULL },
		  { "check " FROB "|FrobLimit", NULL } },
		{ "'\\\\HKEY_...\\Frob' / '\\Parameters' under the prefix",
		  START_REGEDT32
		  "2. Locate the following key:\n"
		  "\n"
		  "   \\\\HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "   \\Parameters\n"
		  "\n"
		  "3. Change the FrobLimit value to 0x20.\n",
		  { "check REG_DWORD " FROBP "|FrobLimit = 32", NULL },
		  { "check " FROB "|FrobLimit", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Audit 22, Q281320's form (arguable): a fix whose data is a path on
 * drive C, where the article tells the reader to put their own drive
 * letter: the fix stays, with a note to check the drive
 * (core/kbimport_cases.c note_drive_letters()). */
static void test_a22_a_drive_letter_to_substitute(void **state)
{
	static const struct draft_case cases[] = {
		{ "'type \"C:\\Frob Files\"' / 'substitute the appropriate drive letter'",
		  START_REGEDT32
		  "2. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. Click the FrobDir value, and then on the Edit menu, click String.\n"
		  "\n"
		  "4. Type \"C:\\Frob Files\" (without the quotation marks), and then click OK. If\n"
		  "   Windows is on another partition, substitute the appropriate drive letter.\n",
		  { "check REG_SZ " FROBP "|FrobDir = C:\\Frob Files", "review 24: names drive C:", NULL },
		  { NULL } },
		{ "the same fix with no word on the drive: no note",
		  START_REGEDT32
		  "2. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. Click the FrobDir value, and then on the Edit menu, click String.\n"
		  "\n"
		  "4. Type \"C:\\Frob Files\" (without the quotation marks), and then click OK.\n",
		  { "check REG_SZ " FROBP "|FrobDir = C:\\Frob Files", NULL },
		  { "review 24: names drive C:", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A made-up key's value block under step 3 of a Locate step (lines
 * 17-22); step 3 on line 24, the block on lines 26-28. */
#define LOCATE_FROBP_STEP(step) \
	START_REGEDT32 \
	"2. Locate the following registry key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n" \
	"3. " step "\n" \
	"\n" \
	"   Value Name: FrobLimit\n" \
	"   Data Type: REG_DWORD\n" \
	"   Data: 1\n"

/* Review 22b (F2, F3, F8, F10): the audit-22 guards hold only where
 * they apply: an example of an event or of a cause is no example
 * procedure; advice against something else is no advice against the
 * fix; a step that names the key read, a part of its path, a value of
 * the block or a pointer word ("the next key") keeps the block. */
static void test_r22b_guards_held(void **state)
{
	static const struct draft_case cases[] = {
		{ "'The following example shows the event that is logged:' above the fix",
		  "\n"
		  "When the agent stops, it logs an event. The following example shows the event\n"
		  "that is logged:\n"
		  "\n"
		  "   Frob agent stopped: retry limit reached.\n"
		  "\n"
		  "1. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "   Value Name: FrobLimit\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 1\n",
		  { "check REG_DWORD " FROBP "|FrobLimit = 1", "repair " FROBP "|FrobLimit", NULL }, { NULL } },
		{ "'not recommended' of the firewall, 'If you still want to use FTP' for the fix",
		  "\n"
		  "Turning off the Frob firewall is not recommended, because it guards the server.\n"
		  "If you still want to use FTP through the firewall, add the following value:\n"
		  "\n"
		  "1. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "   Value Name: FrobLimit\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 1\n",
		  { "check REG_DWORD " FROBP "|FrobLimit = 1", "repair " FROBP "|FrobLimit", NULL }, { NULL } },
		{ "'Microsoft does not recommend this change.' / 'If you still want to make it'",
		  "\n"
		  "Microsoft does not recommend this change, because viewers then fail.\n"
		  "If you still want to make it, add the following value:\n"
		  "\n"
		  "1. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "   Value Name: FrobLimit\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 1\n",
		  { "review 27: advises against this change", NULL }, { "repair " FROBP "|FrobLimit", NULL } },
		{ "'Add the following value to the next key:': a pointer word",
		  LOCATE_FROBP_STEP("Add the following value to the next key:"),
		  { "check REG_DWORD " FROBP "|FrobLimit = 1", NULL }, { NULL } },
		{ "'Add the following value to the Frob key:': a part of the key's path",
		  LOCATE_FROBP_STEP("Add the following value to the Frob key:"),
		  { "check REG_DWORD " FROBP "|FrobLimit = 1", NULL }, { NULL } },
		{ "'Set the following data in the FrobLimit key:': a value called a key",
		  LOCATE_FROBP_STEP("Set the following data in the FrobLimit key:"),
		  { "check REG_DWORD " FROBP "|FrobLimit = 1", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Review 22b (F1, F4-F7, F9): two "\\\\HKEY_..." lines one under the
 * other are two keys; the string readers keep "To restore the original
 * shell, ...", the editor opened in the same sentence or across a
 * sentence that describes it, a step's sentence after the data line,
 * "Change the data to ..."; and leave "In the Frob Console, change the
 * value to the following:". */
static void test_r22b_readings_held(void **state)
{
	static const struct draft_case cases[] = {
		{ "two '\\\\HKEY_...' lines one under the other: not one joined key",
		  START_REGEDT32
		  "2. Add the following value to each of these keys:\n"
		  "\n"
		  "   \\\\HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Agent\n"
		  "   \\\\HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Console\n"
		  "\n"
		  "   Value Name: FrobLimit\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 1\n",
		  { NULL }, { "check HKLM\\SOFTWARE\\Frob\\Agent\\\\HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Console|FrobLimit", NULL } },
		{ "'To restore the original shell, change the string to FROBSH.EXE.'",
		  GO_TO_FROBP
		  "3. Double-click the FrobShell value.\n"
		  "\n"
		  "4. From the Edit menu, select String.\n"
		  "\n"
		  "5. To restore the original shell, change the string to FROBSH.EXE.\n",
		  { "check REG_SZ " FROBP "|FrobShell = FROBSH.EXE", NULL }, { NULL } },
		{ "'on the Edit menu click String, and then type the following:' in one sentence",
		  GO_TO_FROBP
		  "3. Select the FrobShell value, on the Edit menu click String, and then type the\n"
		  "   following:\n"
		  "\n"
		  "      FROBSH.EXE\n"
		  "\n"
		  "4. Quit Registry Editor.\n",
		  { "check REG_SZ " FROBP "|FrobShell = FROBSH.EXE", NULL }, { NULL } },
		{ "'The String Editor dialog box appears.' between the editor and 'Type the following:'",
		  GO_TO_FROBP
		  "3. Select the FrobShell value. On the Edit menu, click String. The String Editor\n"
		  "   dialog box appears.\n"
		  "\n"
		  "4. Type the following:\n"
		  "\n"
		  "      FROBSH.EXE\n"
		  "\n"
		  "5. Quit Registry Editor.\n",
		  { "check REG_SZ " FROBP "|FrobShell = FROBSH.EXE", NULL }, { NULL } },
		{ "'In the String box, type the following:' / data / 'Then click OK.' at the same indent",
		  GO_TO_FROBP
		  "3. Double-click FrobShell.\n"
		  "\n"
		  "4. In the String box, type the following:\n"
		  "\n"
		  "   FROBSH.EXE\n"
		  "\n"
		  "   Then click OK.\n",
		  { "check REG_SZ " FROBP "|FrobShell = FROBSH.EXE", NULL }, { NULL } },
		{ "'Change the data to FROBSH.EXE, and then click OK.'",
		  GO_TO_FROBP
		  "3. Select the FrobShell value, and then on the Edit menu, click String.\n"
		  "\n"
		  "4. Change the data to FROBSH.EXE, and then click OK.\n",
		  { "check REG_SZ " FROBP "|FrobShell = FROBSH.EXE", NULL }, { NULL } },
		{ "'In the Frob Console, change the value to the following:'",
		  FROBSHELL_PICKED
		  "5. In the Frob Console, change the value to the following:\n"
		  "\n"
		  "      FROBUSER\n"
		  "\n"
		  "6. Quit Registry Editor.\n",
		  { NULL }, { "check " FROBP "|FrobShell", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Last read 22: "defaults to 1" under a block is its default (B1); the
 * drive-letter note names the line its words are on and needs a verb
 * that asks for the reader's own letter (B2); "This example shows the
 * registry setting that ..." is no example procedure (B3); "does not
 * recommend enabling" is advice against "If you still want to enable"
 * (B4); a path's colon before "type the following:" (B5) and the Edit
 * String dialog box named (B6) keep the data below. */
static void test_lr22_readings_held(void **state)
{
	static const struct draft_case cases[] = {
		{ "a block, then 'The FrobLimit value defaults to 1.'",
		  "\n"
		  "The agent reads the following value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "   Value Name: FrobLimit\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 1\n"
		  "\n"
		  "The FrobLimit value defaults to 1.\n",
		  { NULL }, { "check " FROBP "|FrobLimit", NULL } },
		{ "'NOTE: Substitute the appropriate drive letter' on the line after a blank",
		  GO_TO_FROBP
		  "3. Click the FrobDir value, and then on the Edit menu, click String.\n"
		  "\n"
		  "4. Type \"C:\\Frob Files\" (without the quotation marks), and then click OK.\n"
		  "\n"
		  "NOTE: Substitute the appropriate drive letter if Frob is on another drive.\n",
		  { "check REG_SZ " FROBP "|FrobDir = C:\\Frob Files", "review 24: line 28 tells the reader", NULL },
		  { "line 27 tells the reader", NULL } },
		{ "'If your CD-ROM drive letter changes ...': no letter to substitute",
		  GO_TO_FROBP
		  "3. Click the FrobDir value, and then on the Edit menu, click String.\n"
		  "\n"
		  "4. Type \"C:\\Frob Files\" (without the quotation marks), and then click OK.\n"
		  "\n"
		  "If your CD-ROM drive letter changes after you add a disk, Frob cannot find its files.\n",
		  { "check REG_SZ " FROBP "|FrobDir = C:\\Frob Files", NULL },
		  { "tells the reader to put their own drive letter", NULL } },
		{ "'This example shows the registry setting that stops the agent.' above the fix",
		  "\n"
		  "The agent stops when FrobLimit is 0. This example shows the registry setting that\n"
		  "stops the agent. To resolve the problem, follow these steps:\n"
		  "\n"
		  "1. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "   Value Name: FrobLimit\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 1\n",
		  { "check REG_DWORD " FROBP "|FrobLimit = 1", "repair " FROBP "|FrobLimit", NULL }, { NULL } },
		{ "'does not recommend enabling' / 'If you still want to enable'",
		  "\n"
		  "Microsoft does not recommend enabling the old renaming, because viewers then fail.\n"
		  "If you still want to enable the old renaming, add the following value:\n"
		  "\n"
		  "1. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "   Value Name: FrobRename\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 1\n",
		  { "review 27: advises against this change", NULL }, { "repair " FROBP "|FrobRename", NULL } },
		{ "'In the String box, which now holds C:\\OLD\\FROBSH.EXE, type the following:'",
		  GO_TO_FROBP
		  "3. Double-click FrobShell.\n"
		  "\n"
		  "4. In the String box, which now holds C:\\OLD\\FROBSH.EXE, type the\n"
		  "   following:\n"
		  "\n"
		  "      FROBSH.EXE\n"
		  "\n"
		  "5. Quit Registry Editor.\n",
		  { "check REG_SZ " FROBP "|FrobShell = FROBSH.EXE", NULL }, { NULL } },
		{ "'In the Edit String dialog box, change the string to the following:'",
		  GO_TO_FROBP
		  "3. Double-click FrobShell.\n"
		  "\n"
		  "4. In the Edit String dialog box, change the string to the following:\n"
		  "\n"
		  "      FROBSH.EXE\n"
		  "\n"
		  "5. Quit Registry Editor.\n",
		  { "check REG_SZ " FROBP "|FrobShell = FROBSH.EXE", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Review 22c: "no longer defaults to 1" and another value's default are
 * no default of this value; an example is of what comes right after its
 * verb ("these steps" too); a verb's forms are whole words ("use" is not
 * "users"), looked for before the wish; "installed on a different drive"
 * asks for the reader's letter; another program's dialog box, or a box
 * whose name only ends in "String box", is not the editor's. */
static void test_r22c_readings_held(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Because FrobLimit no longer defaults to 1, add it as follows:'",
		  LEAD_THEN_FIX("Because FrobLimit no longer defaults to 1, add it as follows:"),
		  { "check REG_DWORD " FROBP "|FrobLimit = 1", "repair " FROBP "|FrobLimit", NULL }, { NULL } },
		{ "'This example shows these steps on a server named FROB1:'",
		  LEAD_THEN_FIX("This example shows these steps on a server named FROB1:"),
		  { NULL }, { "repair " FROBP "|FrobLimit", NULL } },
		{ "'This example shows the error ... when the steps below are skipped.'",
		  LEAD_THEN_FIX("This example shows the error that users see when the steps below are skipped."),
		  { "repair " FROBP "|FrobLimit", NULL }, { NULL } },
		{ "'Letting users bypass the proxy is not recommended. If you still want to use FTP ...'",
		  LEAD_THEN_FIX("Letting users bypass the proxy is not recommended. If you still want to use\n"
				"FTP through the proxy, add the following value:"),
		  { "repair " FROBP "|FrobLimit", NULL }, { NULL } },
		{ "'Opening the port is not recommended, but if you still want to use FTP, ...'",
		  LEAD_THEN_FIX("Opening the port is not recommended, but if you still want to use FTP, add\n"
				"the following value:"),
		  { "repair " FROBP "|FrobLimit", NULL }, { NULL } },
		{ "'Microsoft does not recommend using FTP. If you still want to use it, ...'",
		  LEAD_THEN_FIX("Microsoft does not recommend using FTP here. If you still want to use it,\n"
				"add the following value:"),
		  { "advises against this change", NULL }, { "repair " FROBP "|FrobLimit", NULL } },
		{ "'In the Frob Logon dialog box, type the following:' with the String editor open",
		  GO_TO_FROBP
		  "3. Select FrobShell. On the Edit menu, click String.\n"
		  "\n"
		  "4. In the Frob Logon dialog box, type the following:\n"
		  "\n"
		  "      FROBADMIN\n"
		  "\n"
		  "5. Quit Registry Editor.\n",
		  { NULL }, { "check " FROBP "|FrobShell", NULL } },
		{ "'In the Connection String box, type the following:'",
		  GO_TO_FROBP
		  "3. Double-click FrobShell.\n"
		  "\n"
		  "4. In the Connection String box, type the following:\n"
		  "\n"
		  "      FROBADMIN\n"
		  "\n"
		  "5. Quit Registry Editor.\n",
		  { NULL }, { "check " FROBP "|FrobShell", NULL } },
		{ "'If Frob is installed on a different drive, ...': the note on the fix",
		  GO_TO_FROBP
		  "3. Click the FrobDir value, and then on the Edit menu, click String.\n"
		  "\n"
		  "4. Type \"C:\\Frob Files\" (without the quotation marks), and then click OK. If\n"
		  "   Frob is installed on a different drive, type that drive instead.\n",
		  { "check REG_SZ " FROBP "|FrobDir = C:\\Frob Files", "review 24: names drive C:", NULL }, { NULL } },
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
		cmocka_unit_test(test_a22_values_put_in_a_key_named_in_words),
		cmocka_unit_test(test_a22_a_change_advised_against),
		cmocka_unit_test(test_a22_a_procedure_called_an_example),
		cmocka_unit_test(test_regedit_value_lines_listed),
		cmocka_unit_test(test_r22_a_line_typed_elsewhere),
		cmocka_unit_test(test_r22_bare_tokens_held),
		cmocka_unit_test(test_r22_a_prefixed_key_wrapped),
		cmocka_unit_test(test_a22_a_drive_letter_to_substitute),
		cmocka_unit_test(test_r22b_guards_held),
		cmocka_unit_test(test_r22b_readings_held),
		cmocka_unit_test(test_lr22_readings_held),
		cmocka_unit_test(test_r22c_readings_held),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
