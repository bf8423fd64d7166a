/* test_kbimport_tab.c: registry values given in tables and lists
 * (core/kbimport_coltable.c, and the numbered value blocks of
 * core/kbimport_values.c).  A table with a header row naming a name column
 * and a data column lists values under the key in force; a title over a
 * table names a subkey when the words under the key say it has subkeys; a
 * table of what data means, a table of files and a table with no key in
 * force draft nothing.  "Name : REG_X : data" rows under such titles go
 * under the subkey the same way.  Each case imports a small article written here, in
 * our own words (the body starts at line 17), and states what the draft
 * holds and what it must not hold (struct draft_case, draft_probe.h). */
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

#define GIZMO_KEY "HKLM\\SOFTWARE\\Contoso\\Gizmo"

#define GIZMO_VALUE(name) GIZMO_KEY "|" name

/* A case's first step, the key it locates (lines 17-21; what follows
 * starts on line 22). */
#define LOCATE_GIZMO \
	"\n" \
	"1. Locate the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n" \
	"\n"

/* The step that fills the key the step before made, and the table it
 * gives (four lines: the step, a blank line, the header, one row). */
#define FILL_NEW_KEY \
	"3. Click the new key, and then add these values to it:\n" \
	"\n" \
	"   Type            Name        Data\n" \
	"   String Value    Program     SPIN.EXE\n"

/* A table of one string value, Startup, after the step that leads into
 * it (a blank line, four lines of table, Registry Editor quit). */
#define STARTUP_TABLE \
	"\n" \
	"      Name          Data\n" \
	"      ----          ----\n" \
	"      Startup       /quiet\n" \
	"\nQuit Registry Editor.\n"

static void test_a_header_row_table_lists_values_under_the_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "Regedit's type words, a name with a space, values to add",
		  "\n"
		  "1. Start Registry Editor and locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n"
		  "\n"
		  "2. Add the following values to the key:\n"
		  "\n"
		  "   Type            Name             Data\n"
		  "   ----------------------------------------------\n"
		  "   String Value    Display Label    Gizmo Helper\n"
		  "   String Value    Launcher         GIZMO.EXE\n"
		  "   DWORD Value     Retries          0x3\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_SZ " GIZMO_VALUE("Display Label") " = Gizmo Helper",
		    "check REG_SZ " GIZMO_VALUE("Launcher") " = GIZMO.EXE",
		    "check REG_DWORD " GIZMO_VALUE("Retries") " = 3",
		    "repair " GIZMO_VALUE("Display Label"), "repairs 3", NULL },
		  { "check " GIZMO_VALUE("Type"), "check " GIZMO_VALUE("String Value"), NULL } },
		{ "a rule drawn with \"+\" at the column breaks: no row, the rows under it read",
		  LOCATE_GIZMO
		  "2. Under this key, add the following string values:\n"
		  "\n"
		  "   Value Name    Value Data\n"
		  "   +------------+-----------+\n"
		  "   HelperPath    C:\\Gizmo\\Helper\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_SZ " GIZMO_VALUE("HelperPath") " = C:\\Gizmo\\Helper", "repairs 1", NULL },
		  { "review 25", NULL } },
		{ "no type column: the lead-in names the type",
		  "\n"
		  "1. Locate the following key in Registry Editor:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n"
		  "\n"
		  "2. Under this key, add the following string values:\n"
		  "\n"
		  "   Value Name    Value Data\n"
		  "   ------------------------\n"
		  "   HelperPath    C:\\Gizmo\\Helper\n"
		  "   Mode          quiet\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_SZ " GIZMO_VALUE("HelperPath") " = C:\\Gizmo\\Helper",
		    "check REG_SZ " GIZMO_VALUE("Mode") " = quiet", "repairs 2", "review 24: read row by row",
		    "review 20: drafted under", NULL },
		  /* no note contradicting the checks, none calling the header unplaced */
		  { "review 20: asks nothing of it", "review 24: did not place", NULL } },
		{ "\"multi-string values\" in the lead-in: REG_MULTI_SZ, not a clash with \"string value\"",
		  LOCATE_GIZMO
		  "2. Create these multi-string values under the key:\n"
		  "\n"
		  "   Value Name    Value Data\n"
		  "   Spinners      Left\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_MULTI_SZ " GIZMO_VALUE("Spinners"), NULL },
		  { "check REG_SZ " GIZMO_VALUE("Spinners"), NULL } },
		{ "\"expandable string value\" in the lead-in: REG_EXPAND_SZ",
		  LOCATE_GIZMO
		  "2. Create this expandable string value under the key:\n"
		  "\n"
		  "   Value Name    Value Data\n"
		  "   Spinners      Left\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_EXPAND_SZ " GIZMO_VALUE("Spinners"), NULL },
		  { "check REG_SZ " GIZMO_VALUE("Spinners"), NULL } },
		{ "\"Name  Value\": Value is the data; 0x data is a DWORD's",
		  LOCATE_GIZMO
		  "2. Set the following values:\n"
		  "\n"
		  "      Name           Value\n"
		  "      SpinLimit      0x40\n"
		  "      SpinDelay      0x10\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_VALUE("SpinLimit") " = 64",
		    "check REG_DWORD " GIZMO_VALUE("SpinDelay") " = 16", NULL },
		  { "check " GIZMO_VALUE("Name"), NULL } },
		{ "a list the article calls the defaults, to verify: a check without a repair",
		  "\n"
		  "Use Registry Editor to verify that the values below exist under the\n"
		  "following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n"
		  "\n"
		  "The following table lists the default values:\n"
		  "\n"
		  "   Value Name   Value Type   Value Data\n"
		  "   Launcher     REG_SZ       GIZMO.EXE\n"
		  "   Retries      REG_DWORD    0x3\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_SZ " GIZMO_VALUE("Launcher") " = GIZMO.EXE", "repairs 0", NULL },
		  { "repair " GIZMO_VALUE("Launcher"), "repair " GIZMO_VALUE("Retries"), NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_tables_that_are_no_value_list_draft_nothing(void **state)
{
	static const struct draft_case cases[] = {
		{ "a table under a NOTE beside the steps is an aside: reviewed, not drafted",
		  LOCATE_GIZMO
		  "2. Set the SpinMode value to the path of the spinner.\n"
		  "\n"
		  "   NOTE: To keep the spinner quiet, add another string value under\n"
		  "   this key with these settings:\n"
		  "\n"
		  "      Name           Data\n"
		  "      Quiet          /silent\n"
		  "\nQuit Registry Editor.\n",
		  { "a NOTE, an aside beside the steps", NULL },
		  { "check " GIZMO_VALUE("Quiet"), "repairs 1", NULL } },
		{ "a table of what the data means is no list of values",
		  LOCATE_GIZMO
		  "2. Set the SpinMode value to one of the following:\n"
		  "\n"
		  "   Value   Meaning\n"
		  "   -----   -------\n"
		  "   0       Spin never\n"
		  "   1       Spin when idle\n"
		  "\nQuit Registry Editor.\n",
		  { NULL },
		  /* the rows (lines 26, 27) are meanings: no value, no note */
		  { "check " GIZMO_VALUE("0"), "check " GIZMO_VALUE("1"), "review 26", "review 27", NULL } },
		{ "a table of files and versions is no list of values",
		  "\n"
		  "The fix updates the following files under this key's program:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n"
		  "\n"
		  "   File name     Version      Date\n"
		  "   --------------------------------\n"
		  "   Gizmo.exe     4.0.1.12     03-Mar-2001\n"
		  "   Spin.dll      4.0.1.12     03-Mar-2001\n"
		  "\nQuit Registry Editor.\n",
		  { "checks 0", NULL },
		  { "check " GIZMO_VALUE("Gizmo.exe"), NULL } },
		{ "a key outside the machine hives is not read: no key in force, the rows are reviewed",
		  "\n"
		  "1. Locate the following key:\n"
		  "\n"
		  "   HKEY_CURRENT_USER\\Software\\Contoso\\Gizmo\n"
		  "\n"
		  "2. Add the following registry values:\n"
		  "\n"
		  "   Value Name    Value Type    Value Data\n"
		  "   Launcher      REG_SZ        GIZMO.EXE\n"
		  "\nQuit Registry Editor.\n",
		  { "review 25: no key in force", "checks 0", NULL },
		  { "check HKCU\\Software\\Contoso\\Gizmo|Launcher", NULL } },
		{ "no type given and data that is a word: reviewed",
		  LOCATE_GIZMO
		  "2. Add the following values:\n"
		  "\n"
		  "   Name      Data\n"
		  "   Mode      quiet\n"
		  "\nQuit Registry Editor.\n",
		  { "review 25: gives no type", NULL },
		  { "check " GIZMO_VALUE("Mode"), NULL } },
		{ "a second table borrows no type from the rows of the table above it",
		  LOCATE_GIZMO
		  "2. Add these values under it:\n"
		  "\n"
		  "   Type            Name        Data\n"
		  "   String Value    Launcher    SPIN.EXE\n"
		  "\n"
		  "   Name          Data\n"
		  "   Speed         fast\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_SZ " GIZMO_VALUE("Launcher") " = SPIN.EXE", "review 28: gives no type", NULL },
		  { "check " GIZMO_VALUE("Speed"), NULL } },
		{ "a row whose data wraps onto the next line is reviewed, the row under it drafted",
		  LOCATE_GIZMO
		  "2. Add these values:\n"
		  "\n"
		  "   Name          Type        Data\n"
		  "   Opener        REG_SZ      C:\\Program Files\\Contoso\\\n"
		  "                            Gizmo\\Open.exe\n"
		  "   Retries       REG_DWORD   0x3\n"
		  "\nQuit Registry Editor.\n",
		  { "review 25: 'Opener'", "check REG_DWORD " GIZMO_VALUE("Retries") " = 3", NULL },
		  { "check " GIZMO_VALUE("Opener"), NULL } },
		{ "another key named between the key and the table: the rows' key is not sure",
		  LOCATE_GIZMO
		  "   (The same values live under HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Spin.)\n"
		  "\n"
		  "2. Add these values:\n"
		  "\n"
		  "   Name          Type        Data\n"
		  "   Retries       REG_DWORD   0x3\n"
		  "\nQuit Registry Editor.\n",
		  { "review 27: another key is named between", "checks 0", NULL },
		  { "check " GIZMO_VALUE("Retries"), NULL } },
		{ "cells apart by tabs are read in order: a short row keeps its name",
		  LOCATE_GIZMO
		  "2. Add these values:\n"
		  "\n"
		  "\tType\tName\tData\n"
		  "\tString Value\tProgram\n"
		  "\tDWORD Value\tRetries\t0x3\n"
		  "\nQuit Registry Editor.\n",
		  { "review 25: 'Program' in the table at line 24: no data", "check REG_DWORD " GIZMO_VALUE("Retries") " = 3", NULL },
		  { "check " GIZMO_VALUE("Program"), NULL } },
		{ "a table shown as what the reader should see, similar to this",
		  LOCATE_GIZMO
		  "   You should see values similar to the following:\n"
		  "\n"
		  "   Name          Data\n"
		  "   Retries       0x3\n"
		  "\nQuit Registry Editor.\n",
		  { "review 25: example or a sample", NULL },
		  { "check " GIZMO_VALUE("Retries"), NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_title_over_a_table_names_a_subkey_when_the_words_say_so(void **state)
{
	static const struct draft_case cases[] = {
		{ "each tool has a key beneath the branch: the title is its name",
		  LOCATE_GIZMO
		  "Each tool has a key beneath this branch. Add the following values to\n"
		  "each key:\n"
		  "\n"
		  "Spin Tool\n"
		  "---------\n"
		  "\n"
		  "   Type            Name        Data\n"
		  "   String Value    Program     SPIN.EXE\n"
		  "\n"
		  "Wobble Tool\n"
		  "-----------\n"
		  "\n"
		  "   Type            Name        Data\n"
		  "   String Value    Program     WOBBLE.EXE\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_SZ " GIZMO_KEY "\\Spin Tool|Program = SPIN.EXE",
		    "check REG_SZ " GIZMO_KEY "\\Wobble Tool|Program = WOBBLE.EXE", "repairs 2", NULL },
		  { "check " GIZMO_VALUE("Program"), NULL } },
		{ "\"Name : REG_X : data\" rows under titles: a subkey each, as the step adds them",
		  "\n"
		  "1. Start Registry Editor and locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n"
		  "\n"
		  "2. For each port below, choose Add Key from the Edit menu and type the\n"
		  "   port's name, then add its values:\n"
		  "\n"
		  "      Port3\n"
		  "      -----\n"
		  "      Device : REG_SZ : COM3\n"
		  "      Irq : REG_DWORD : 0x5\n"
		  "\n"
		  "      Port4\n"
		  "      -----\n"
		  "      Device : REG_SZ : COM4\n"
		  "      Irq : REG_DWORD : 0x7\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_SZ " GIZMO_KEY "\\Port3|Device = COM3", "check REG_DWORD " GIZMO_KEY "\\Port3|Irq = 5",
		    "check REG_SZ " GIZMO_KEY "\\Port4|Device = COM4", "check REG_DWORD " GIZMO_KEY "\\Port4|Irq = 7",
		    "repairs 4", NULL },
		  { "check " GIZMO_VALUE("Device"), NULL } },
		{ "the lead-in puts the rows under a subkey it names in words",
		  LOCATE_GIZMO
		  "2. To hide the window, add another string value under\n"
		  "   the Options key with the following information:\n"
		  STARTUP_TABLE,
		  { "check REG_SZ " GIZMO_KEY "\\Options|Startup = /quiet", NULL },
		  { "check " GIZMO_VALUE("Startup"), NULL } },
		{ "the lead-in names the subkey after the word: \"in the subkey named\"",
		  LOCATE_GIZMO
		  "2. Add these string values in the registry, in the subkey named Options:\n"
		  STARTUP_TABLE,
		  { "check REG_SZ " GIZMO_KEY "\\Options|Startup = /quiet", NULL },
		  { "check " GIZMO_VALUE("Startup"), NULL } },
		{ "a title the words do not call a subkey: reviewed",
		  LOCATE_GIZMO
		  "2. Add the following values:\n"
		  "\n"
		  "Fast Setup\n"
		  "----------\n"
		  "\n"
		  "   Type            Name        Data\n"
		  "   String Value    Program     SPIN.EXE\n"
		  "\nQuit Registry Editor.\n",
		  { "review 28: may name a subkey", NULL },
		  { "check " GIZMO_VALUE("Program"), "check " GIZMO_KEY "\\Fast Setup|Program", NULL } },
		{ "\"keys\" said in passing does not make the titles subkeys",
		  "\n"
		  "1. On the host and on each guest, locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n"
		  "\n"
		  "2. Add these values. Names in registry keys are case sensitive, so type\n"
		  "   them exactly.\n"
		  "\n"
		  "On the Host\n"
		  "-----------\n"
		  "\n"
		  "   Type            Name        Data\n"
		  "   DWORD Value     Retries     0x3\n"
		  "\nQuit Registry Editor.\n",
		  { "review 29: may name a subkey", NULL },
		  { "check " GIZMO_KEY "\\On the Host|Retries", "repairs 1", NULL } },
		{ "a step adds a subkey by name, the next one fills it from a table",
		  LOCATE_GIZMO
		  "2. From the Edit menu, choose Add Key, and then type Spinners as the name.\n"
		  "\n"
		  FILL_NEW_KEY
		  "\nQuit Registry Editor.\n",
		  { "check REG_SZ " GIZMO_KEY "\\Spinners|Program = SPIN.EXE", NULL },
		  { "check " GIZMO_VALUE("Program"), NULL } },
		{ "a step adds a key it does not name, a table under it, then Registry Editor is quit: reviewed",
		  LOCATE_GIZMO
		  "2. From the Edit menu, choose Add Key, and then type a name for your spinner.\n"
		  "\n"
		  FILL_NEW_KEY
		  "\nQuit Registry Editor.\n",
		  { "make a key whose name the article does not give", NULL },
		  { "check " GIZMO_VALUE("Program"), "repairs 1", NULL } },
		{ "a step adds a subkey by name, a table fills it, a later step adds a second key: the table "
		  "stays under the first",
		  LOCATE_GIZMO
		  "2. From the Edit menu, choose Add Key, and then type Spinners as the name.\n"
		  "\n"
		  FILL_NEW_KEY
		  "\n"
		  "4. Select the Gizmo key again, and then choose Add Key once more.\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_SZ " GIZMO_KEY "\\Spinners|Program = SPIN.EXE", NULL },
		  { "check " GIZMO_VALUE("Program"), NULL } },
		{ "a step selects a subkey it does not name: the table is reviewed",
		  LOCATE_GIZMO
		  "2. Select the key named for your spinner, and then add these values:\n"
		  "\n"
		  "   Type            Name        Data\n"
		  "   String Value    Program     SPIN.EXE\n"
		  "\nQuit Registry Editor.\n",
		  { "review 25: selects a subkey it does not name", "checks 0", NULL },
		  { "check " GIZMO_VALUE("Program"), NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_numbered_value_blocks_are_one_block(void **state)
{
	static const struct draft_case cases[] = {
		{ "\"Value 0\" / \"Value 1\" over Name, Type and Data lines",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n"
		  "\n"
		  "3. On the Edit menu, click Add Value, and then add the following values:\n"
		  "\n"
		  "   Value 0\n"
		  "   Name: Opener\n"
		  "   Type: REG_SZ\n"
		  "   Data: OpenGizmo\n"
		  "\n"
		  "   Value 1\n"
		  "   Name: Closer\n"
		  "   Type: REG_SZ\n"
		  "   Data: CloseGizmo\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_SZ " GIZMO_VALUE("Opener") " = OpenGizmo",
		    "check REG_SZ " GIZMO_VALUE("Closer") " = CloseGizmo", "repairs 2", NULL },
		  { "check " GIZMO_VALUE("Value 1"), NULL } },
		{ "a numbered block with no key read: each \"Name:\" line is reviewed",
		  "\n"
		  "Under the key your vendor names for the gizmo, add the following values:\n"
		  "\n"
		  "   Value 0\n"
		  "   Name: Opener\n"
		  "   Type: REG_SZ\n"
		  "   Data: OpenGizmo\n"
		  "\n"
		  "   Value 1\n"
		  "   Name: Closer\n"
		  "   Type: REG_SZ\n"
		  "   Data: CloseGizmo\n"
		  "\nQuit Registry Editor.\n",
		  { "review 21: not tied to a key", "review 26: not tied to a key", "checks 0", NULL },
		  { "check " GIZMO_VALUE("Opener"), NULL } },
		{ "the step names the subkey the values go under: \"Under the subkey named X\"",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n"
		  "\n"
		  "3. If there is no subkey named Openers, add one. Under the subkey named\n"
		  "   Openers, add the following values if they are missing:\n"
		  "\n"
		  "   Value 0\n"
		  "   Name: Opener\n"
		  "   Type: REG_SZ\n"
		  "   Data: OpenGizmo\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_SZ " GIZMO_KEY "\\Openers|Opener = OpenGizmo", "repair " GIZMO_KEY "\\Openers|Opener", NULL },
		  { "check " GIZMO_VALUE("Opener"), NULL } },
		{ "a quoted subkey name runs to its closing quote, spaces and all",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n"
		  "\n"
		  "3. In the subkey named \"Spin Tools\", add these values:\n"
		  "\n"
		  "   Value 0\n"
		  "   Name: Opener\n"
		  "   Type: REG_SZ\n"
		  "   Data: OpenGizmo\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_SZ " GIZMO_KEY "\\Spin Tools|Opener = OpenGizmo", NULL },
		  { "check " GIZMO_KEY "\\Spin|Opener", "check " GIZMO_VALUE("Opener"), NULL } },
		{ "an unquoted name runs to the comma: a dotted name is not cut at its dot",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n"
		  "\n"
		  "3. Under the subkey named Gizmo.Spin, add these values:\n"
		  "\n"
		  "   Value 0\n"
		  "   Name: Opener\n"
		  "   Type: REG_SZ\n"
		  "   Data: OpenGizmo\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_SZ " GIZMO_KEY "\\Gizmo.Spin|Opener = OpenGizmo", NULL },
		  { "check " GIZMO_VALUE("Opener"), NULL } },
		{ "the subkey the step names is the key located: the values stay under it",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n"
		  "\n"
		  "3. Under the subkey named Gizmo, add these values:\n"
		  "\n"
		  "   Value 0\n"
		  "   Name: Opener\n"
		  "   Type: REG_SZ\n"
		  "   Data: OpenGizmo\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_SZ " GIZMO_VALUE("Opener") " = OpenGizmo", NULL },
		  { "check " GIZMO_KEY "\\Gizmo|Opener", NULL } },
		{ "the subkey named is the key located, but a later step moves on to a subkey it names"
		  " only by what it is for: reviewed, not drafted under the key",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n"
		  "\n"
		  "3. Under the subkey named Gizmo, add this value.\n"
		  "4. Next, in the subkey named for each spinner you own, add the same value:\n"
		  "\n"
		  "   Value Name: Opener\n"
		  "   Data Type: REG_SZ\n"
		  "   Value: OpenGizmo\n"
		  "\nQuit Registry Editor.\n",
		  { "review 25: names in words", "review 27: unnamed subkey", "checks 0", NULL },
		  { "check " GIZMO_VALUE("Opener"), "repairs 1", NULL } },
		{ "an unquoted name with spaces cannot be cut for sure: reviewed",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n"
		  "\n"
		  "3. Under the subkey named Spin Tools add these values:\n"
		  "\n"
		  "   Value 0\n"
		  "   Name: Opener\n"
		  "   Type: REG_SZ\n"
		  "   Data: OpenGizmo\n"
		  "\nQuit Registry Editor.\n",
		  { "review 24: names in words", "checks 0", NULL },
		  { "check " GIZMO_KEY "\\Spin|Opener", "check " GIZMO_VALUE("Opener"), NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_table_the_article_only_lists_is_not_repaired(void **state)
{
	static const struct draft_case cases[] = {
		{ "a step sets one value; the table under it lists the others: no repair",
		  LOCATE_GIZMO
		  "2. Change the SpinMode value to 0x1.\n"
		  "\n"
		  "These are the other values you will find under the same key:\n"
		  "\n"
		  "   Name          Data\n"
		  "   Retries       0x3\n"
		  "   Delay         0x10\n"
		  "\nQuit Registry Editor.\n",
		  { "repair " GIZMO_VALUE("SpinMode"), "repairs 1", NULL },
		  { "repair " GIZMO_VALUE("Retries"), "repair " GIZMO_VALUE("Delay"), NULL } },
		{ "a table the words say need not be changed: no repair",
		  LOCATE_GIZMO
		  "The gizmo keeps its settings here. There is no need to add or change\n"
		  "them; we list them for your information only:\n"
		  "\n"
		  "   Name          Data\n"
		  "   Retries       0x3\n"
		  "\nQuit Registry Editor.\n",
		  { "repairs 0", NULL },
		  { "repair " GIZMO_VALUE("Retries"), NULL } },
		{ "Registry Editor is closed and a file opened above the table: no registry value",
		  LOCATE_GIZMO
		  "2. Change the SpinMode value to 0x1, and then quit Registry Editor.\n"
		  "\n"
		  "3. Open the Spin.cfg file with a text editor and change these entries\n"
		  "   in its [Spin] part:\n"
		  "\n"
		  "   Setting        Value\n"
		  "   Retries        0x3\n"
		  "\n"
		  "4. Save the file.\n",
		  { "repairs 1", NULL },
		  { "check " GIZMO_VALUE("Retries"), NULL } },
		{ "Regedt32 closed above the table (any way of saying it): the program's options are no registry value",
		  LOCATE_GIZMO
		  "2. Change the SpinMode value to 0x1. Close Regedt32 when you are done.\n"
		  "\n"
		  "3. In the Spin console, set these options:\n"
		  "\n"
		  "   Setting        Value\n"
		  "   Retries        0x3\n"
		  "\n"
		  "4. Restart the console.\n",
		  { "repairs 1", NULL },
		  { "check " GIZMO_VALUE("Retries"), NULL } },
		{ "\"Do not add these values\": no check, no repair; the rows are reviewed",
		  LOCATE_GIZMO
		  "2. Do not add these values to the key:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\nQuit Registry Editor.\n",
		  { "repairs 0", "review 25: say not to", NULL },
		  { "check " GIZMO_VALUE("Retries"), "repair " GIZMO_VALUE("Retries"), NULL } },
		{ "\"If you like, you can add these values\": an option, no repair",
		  LOCATE_GIZMO
		  "2. If you like, you can add these values to tune the gizmo:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\nQuit Registry Editor.\n",
		  { "repairs 0", NULL },
		  { "repair " GIZMO_VALUE("Retries"), NULL } },
		{ "\"To speed it up, add these values\": asked, checked and repaired",
		  LOCATE_GIZMO
		  "2. To speed the gizmo up, add these values to the key:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\nQuit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_VALUE("Retries") " = 3", "repair " GIZMO_VALUE("Retries"), NULL },
		  { NULL } },
		{ "a key the words show as a sample: its table is reviewed, not drafted",
		  "\n"
		  "Here is what a sample registry entry looks like once the gizmo is set up:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n"
		  "\n"
		  "Add the following values:\n"
		  "\n"
		  "   Type            Name        Data\n"
		  "   String Value    Program     SPIN.EXE\n"
		  "\nQuit Registry Editor.\n",
		  { "review 25: shown as a sample", "checks 0", NULL },
		  { "repair " GIZMO_VALUE("Program"), NULL } },
		{ "values an update writes, under \"Key:\" and \"Values:\" labels: the table is reviewed, "
		  "not read as the key's value block",
		  "\n"
		  "Installing the Gizmo update writes these values to the registry:\n"
		  "\n"
		  "Key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n"
		  "\n"
		  "Values:\n"
		  "\n"
		  "   Value Name   Value Type  Value Data\n"
		  "   Retries      REG_DWORD   3\n"
		  "   Mode         REG_SZ      \"quiet\"\n"
		  "\n"
		  "More values may come with a later update.\n",
		  { "checks 0", "review 27: no request above it asks", "review 28: no request above it asks", NULL },
		  { "check " GIZMO_VALUE("Retries"), "check " GIZMO_VALUE("Mode"), NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A step in the editor that closes a dialog box, or says to stay in the
 * editor, does not end the steps on the key: the table under it is the
 * key's.  Quitting the editor does (the last case). */
static void test_a_table_under_a_step_that_stays_in_the_editor_is_the_keys(void **state)
{
	static const struct draft_case cases[] = {
		{ "\"click OK to close each dialog box\" in the lead-in: the rows are the key's",
		  LOCATE_GIZMO
		  "2. In Registry Editor, add these values; click OK to close each dialog box:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "   Mode          REG_SZ        quiet\n"
		  "\n3. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_VALUE("Retries") " = 3", "repair " GIZMO_VALUE("Retries"),
		    "check " GIZMO_VALUE("Mode") " = quiet", "repair " GIZMO_VALUE("Mode"), NULL },
		  { NULL } },
		{ "\"Don't quit Registry Editor yet\" before the lead-in: the rows are the key's",
		  LOCATE_GIZMO
		  "2. Don't quit Registry Editor yet. Add these values to the key:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n3. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_VALUE("Retries") " = 3", "repair " GIZMO_VALUE("Retries"), NULL },
		  { NULL } },
		{ "\"You shouldn't quit Registry Editor yet\" (any \"n't\" word before the verb): the rows are the key's",
		  LOCATE_GIZMO
		  "2. You shouldn't quit Registry Editor yet. Add these values to the key:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n3. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_VALUE("Retries") " = 3", "repair " GIZMO_VALUE("Retries"), NULL },
		  { NULL } },
		{ "\"exit the Registry Editor\" above the table: the program's options are no registry value",
		  LOCATE_GIZMO
		  "2. Change the SpinMode value to 0x1, and then exit the Registry Editor.\n"
		  "\n"
		  "3. In the Spin console, set these options:\n"
		  "\n"
		  "   Setting        Value\n"
		  "   Retries        0x3\n"
		  "\n"
		  "4. Restart the console.\n",
		  { "repairs 1", NULL },
		  { "check " GIZMO_VALUE("Retries"), NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The lead-in over a table puts its rows under the key named at the
 * first "under / in / to the"; a key named further on, a dialog box's
 * name or a key a remark describes is not where the rows go. */
static void test_the_rows_go_under_the_key_the_lead_in_places_them(void **state)
{
	static const struct draft_case cases[] = {
		{ "\"add ... to the key above; the installer moves them to the Spare key\": the rows are Gizmo's",
		  LOCATE_GIZMO
		  "2. Add these values to the key above; the installer moves them to the Spare key\n"
		  "   the next time it runs:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n3. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_VALUE("Retries") " = 3", "repair " GIZMO_VALUE("Retries"), NULL },
		  { "check " GIZMO_KEY "\\Spare|Retries", NULL } },
		{ "\"type Knobs in the Add Key dialog box, and then add these values to Knobs\": never a key \"Add\"",
		  LOCATE_GIZMO
		  "2. Click Add Key, type Knobs in the Add Key dialog box, and then add these values to Knobs:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n3. Quit Registry Editor.\n",
		  { NULL },
		  { "check " GIZMO_KEY "\\Add|Retries", NULL } },
		{ "a remark names the subkey \"called\" that holds something else: the block is the key's",
		  LOCATE_GIZMO
		  "2. Add this value to the key. (The gizmo keeps its log in the subkey\n"
		  "   called Journal; leave that one alone.)\n"
		  "\n"
		  "   Value Name: Retries\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 3\n"
		  "\n3. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_VALUE("Retries") " = 3", "repair " GIZMO_VALUE("Retries"), NULL },
		  { "check " GIZMO_KEY "\\Journal|Retries", NULL } },
		{ "a key made with no name given: the rows reviewed, and no key-exists check on the key above it",
		  LOCATE_GIZMO
		  "2. Click Add Key, and name the new key after your printer.\n"
		  "3. Add these values to the new key:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n4. Quit Registry Editor.\n",
		  { "checks 0", "review 26: whose name the article does not give", "review 20: steps work in a subkey", NULL },
		  { "check " GIZMO_KEY, "check " GIZMO_VALUE("Retries"), NULL } },
		{ "a key verified, then a subkey made and named, then a table for it: the key's own check gives way"
		  " to the subkey's rows, with a note on the key's line saying why",
		  "\n"
		  "1. Make sure the following key exists:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n"
		  "\n"
		  "2. On the Edit menu, click Add Key, and then type Dials as the key name.\n"
		  "3. Add these values to the new key:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n4. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_KEY "\\Dials|Retries = 3", "repair " GIZMO_KEY "\\Dials|Retries",
		    "review 20: the steps work in a subkey below it", "checks 1", NULL },
		  { "check " GIZMO_KEY, "asks nothing of it", NULL } },
		{ "a key located, then \"Add these values to the key:\" over a table: the key's note says where the"
		  " rows went, not that nothing is asked of it",
		  LOCATE_GIZMO
		  "2. Add these values to the key:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n3. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_VALUE("Retries") " = 3",
		    "review 20: the values of the table at line 24 are drafted under " GIZMO_KEY, NULL },
		  { "asks nothing of it", NULL } },
		{ "a key made and named (\"type Knobs\"): the rows under Gizmo\\Knobs, no check on Gizmo alone",
		  LOCATE_GIZMO
		  "2. Click Add Key, type Knobs, and then click OK.\n"
		  "3. Add these values to Knobs:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n4. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_KEY "\\Knobs|Retries = 3", NULL },
		  { "check " GIZMO_KEY, NULL } },
		{ "\"under the Knobs key\" in the lead-in: the rows are Gizmo\\Knobs's",
		  LOCATE_GIZMO
		  "2. Add these values under the Knobs key:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n3. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_KEY "\\Knobs|Retries = 3", NULL },
		  { "check " GIZMO_VALUE("Retries"), NULL } },
		{ "\"under the Gizmo key\": the key's own last name, the rows are Gizmo's",
		  LOCATE_GIZMO
		  "2. Add these values under the Gizmo key:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n3. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_VALUE("Retries") " = 3", NULL },
		  { "check " GIZMO_KEY "\\Gizmo|Retries", NULL } },
		{ "\"under the subkey named \"Knob Settings\"\": quoted, the rows are that subkey's",
		  LOCATE_GIZMO
		  "2. Add these values under the subkey named \"Knob Settings\":\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n3. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_KEY "\\Knob Settings|Retries = 3", NULL },
		  { "check " GIZMO_VALUE("Retries"), NULL } },
		{ "\"under the subkey named Knob Settings (new in 2.0)\": a name that cannot be cut for sure,"
		  " the rows reviewed and not drafted under the key above",
		  LOCATE_GIZMO
		  "2. Add these values under the subkey named Knob Settings (new in 2.0):\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n3. Quit Registry Editor.\n",
		  { "review 25: cannot cut for sure", NULL },
		  { "check " GIZMO_VALUE("Retries"), "check " GIZMO_KEY "\\Knob|Retries", NULL } },
		{ "\"Add them\" / \"under the subkey named\" / \"Knobs:\": the name on the third line, the rows are Knobs's",
		  LOCATE_GIZMO
		  "2. The gizmo wants two settings of its own. Add them\n"
		  "   under the subkey named\n"
		  "   Knobs:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n3. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_KEY "\\Knobs|Retries = 3", "repair " GIZMO_KEY "\\Knobs|Retries", NULL },
		  { "cannot cut for sure", "check " GIZMO_VALUE("Retries"), NULL } },
		{ "a sentence that only tells of a subkey named for each user, then \"Add these values under the\" /"
		  " \"Knobs key:\": the rows are Knobs's",
		  LOCATE_GIZMO
		  "2. The gizmo keeps what each user picks in the subkey named for that user.\n"
		  "   Add these values under the\n"
		  "   Knobs key:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n3. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_KEY "\\Knobs|Retries = 3", "repair " GIZMO_KEY "\\Knobs|Retries", NULL },
		  { "cannot cut for sure", NULL } },
		{ "\", so add these values under the Knobs key:\" after a clause that tells of a subkey named for"
		  " the device: the asking clause decides, the rows are Knobs's",
		  LOCATE_GIZMO
		  "2. The gizmo ignores any values under the subkey named for your device,\n"
		  "   so add these values under the Knobs key:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n3. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_KEY "\\Knobs|Retries = 3", "repair " GIZMO_KEY "\\Knobs|Retries", NULL },
		  { "cannot cut for sure", NULL } },
		{ "\"keeps a set of defaults in the subkey named for each device\": 'set' a noun, no ask; the rows"
		  " are Knobs's",
		  LOCATE_GIZMO
		  "2. The gizmo keeps a set of defaults in the subkey named for each device.\n"
		  "   Add these values under the Knobs key:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n3. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_KEY "\\Knobs|Retries = 3", NULL },
		  { "cannot cut for sure", NULL } },
		{ "a sentence that only tells of a subkey named for each user, then \"Add these values to the key:\":"
		  " the rows are the key's",
		  LOCATE_GIZMO
		  "2. The gizmo keeps what each user picks in the subkey named for that user.\n"
		  "   Add these values to the key:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n3. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_VALUE("Retries") " = 3", "repair " GIZMO_VALUE("Retries"), NULL },
		  { "cannot cut for sure", NULL } },
		{ "a sure subkey told of first, then the rows asked for under a subkey named for the device:"
		  " reviewed, not drafted under the subkey told of",
		  LOCATE_GIZMO
		  "2. The gizmo keeps its defaults in the Knobs key.\n"
		  "   Each device you attach gets a key of its own.\n"
		  "   Add these values under the subkey named for your device:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     3\n"
		  "\n3. Quit Registry Editor.\n",
		  { "review 27: cannot cut for sure", NULL },
		  { "check " GIZMO_KEY "\\Knobs|Retries", "check " GIZMO_VALUE("Retries"), NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Under a header row the column-table reader takes only rows it can
 * split into the header's columns; rows written "Name : TYPE : data" or
 * "Name = TYPE data" stay the value-block reader's.  A rule of
 * underscores after a block ends it, as a page's rule does. */
static void test_rows_the_column_reader_cannot_split_stay_a_value_block(void **state)
{
	static const struct draft_case cases[] = {
		{ "\"Value Name   Data\" over \"Name : TYPE : data\" rows: each row drafted under the key",
		  LOCATE_GIZMO
		  "2. Add these values to the key:\n"
		  "\n"
		  "   Value Name          Data\n"
		  "   Retries : REG_DWORD : 3\n"
		  "   Mode : REG_SZ : quiet\n"
		  "\n3. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_VALUE("Retries") " = 3", "repair " GIZMO_VALUE("Retries"),
		    "check " GIZMO_VALUE("Mode") " = quiet", NULL },
		  { NULL } },
		{ "\"Name   Value\" over \"Name = TYPE data\" rows: drafted under the key",
		  LOCATE_GIZMO
		  "2. Add these values to the key:\n"
		  "\n"
		  "   Name          Value\n"
		  "   Retries = REG_DWORD 3\n"
		  "\n3. Quit Registry Editor.\n",
		  { "check REG_DWORD " GIZMO_VALUE("Retries") " = 3", "repair " GIZMO_VALUE("Retries"), NULL },
		  { NULL } },
		{ "a rule of underscores after a block ends it: the block below, left alone, is no repair",
		  LOCATE_GIZMO
		  "2. Add this value to the key:\n"
		  "\n"
		  "   Value Name: Retries\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 3\n"
		  "____________________________________________________________\n"
		  "   Value Name: Mode\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 2\n"
		  "\n"
		  "A fresh install shows Mode as above; leave it alone.\n",
		  { "repair " GIZMO_VALUE("Retries"), NULL },
		  { "repair " GIZMO_VALUE("Mode"), NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A table longer than the reader takes (60 rows): the rows past it are
 * neither drafted nor dropped in silence; the first of them is listed. */
static void test_a_table_past_sixty_rows_lists_the_rest_for_a_person(void **state)
{
	char body[8192], row[64];
	struct draft d;
	int i;

	(void)state;
	snprintf(body, sizeof body, "\n1. Locate the following key:\n\n"
		 "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Gizmo\n\n"
		 "2. Add these values under it:\n\n   Name      Data\n");
	/* the header is line 24, rows from line 25: row 60 is line 85 */
	for (i = 0; i < 64; i++) {
		snprintf(row, sizeof row, "   Knob%d    0x%x\n", i, i + 1);
		strncat(body, row, sizeof body - strlen(body) - 1);
	}
	strncat(body, "\nQuit Registry Editor.\n", sizeof body - strlen(body) - 1);
	draft_import_body(body, &d);
	assert_non_null(draft_check(d.r, GIZMO_KEY, "Knob59"));
	assert_null(draft_check(d.r, GIZMO_KEY, "Knob60"));
	assert_true(draft_review_says(d.r, 85, "goes on past 60 rows"));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_header_row_table_lists_values_under_the_key),
		cmocka_unit_test(test_tables_that_are_no_value_list_draft_nothing),
		cmocka_unit_test(test_a_title_over_a_table_names_a_subkey_when_the_words_say_so),
		cmocka_unit_test(test_numbered_value_blocks_are_one_block),
		cmocka_unit_test(test_a_table_the_article_only_lists_is_not_repaired),
		cmocka_unit_test(test_a_table_under_a_step_that_stays_in_the_editor_is_the_keys),
		cmocka_unit_test(test_the_rows_go_under_the_key_the_lead_in_places_them),
		cmocka_unit_test(test_rows_the_column_reader_cannot_split_stay_a_value_block),
		cmocka_unit_test(test_a_table_past_sixty_rows_lists_the_rest_for_a_person),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
