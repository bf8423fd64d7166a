/* test_kbimport_s49.c: what session 49 taught the importer.  Each case
 * reads a small article written here, in our own words, in the later
 * articles' way of telling Registry Editor's steps ("Locate and then
 * click the following registry subkey", "In the right pane, ...",
 * "point to New, and then click String Value"). */
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

/* Lines 17-20 of a body after BODY_HEAD: step 1 locates the key
 * ...\Frob\Parameters (line 20); step 2 starts on line 22. */
#define LOCATE_SUBKEY \
	"\n" \
	"1. Locate and then click the following registry subkey:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n"

#define FROB_KEY "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters"

/* A value picked and edited, then a second value made with Regedit's New
 * menu: "click String Value" makes the second value, it does not open the
 * first one's editor, so the first value is not drafted with the second
 * one's type and data (kbimport_dialog.c read it so: MaxFrobs, REG_SZ,
 * the path typed for LogPath).  The first value's type is said only by
 * its dialog's title ("Edit DWORD Value"); without it a person writes its
 * check.  The second value is drafted either way. */
static void test_a_new_value_is_not_the_edited_one(void **state)
{
	static const struct draft_case cases[] = {
		{ "the edited value's type is not said",
		  LOCATE_SUBKEY
		  "2. Double-click the MaxFrobs value.\n"                                   /* 22 */
		  "\n"
		  "3. In the Value data box, type 2, and then click OK.\n"                  /* 24 */
		  "\n"
		  "4. On the Edit menu, point to New, and then click String Value.\n"       /* 26 */
		  "\n"
		  "5. Type LogPath, and then press ENTER.\n"                                /* 28 */
		  "\n"
		  "6. Right-click LogPath, and then click Modify.\n"                        /* 30 */
		  "\n"
		  "7. In the Value data box, type C:\\Frob\\Logs, and then click OK.\n"     /* 32 */
		  "\n"
		  "8. Quit Registry Editor.\n\n" END_WORDS,
		  { "check REG_SZ " FROB_KEY "|LogPath = C:\\Frob\\Logs", "repair " FROB_KEY "|LogPath",
		    "review 22: 'MaxFrobs'", "checks 1", NULL },
		  { "check " FROB_KEY "|MaxFrobs", NULL } },
		{ "the edited value's dialog names its type",
		  LOCATE_SUBKEY
		  "2. Double-click the MaxFrobs value.\n"                                   /* 22 */
		  "\n"
		  "3. In the Edit DWORD Value dialog box, click Decimal, type 2 in the\n"
		  "   Value data box, and then click OK.\n"
		  "\n"
		  "4. On the Edit menu, point to New, and then click String Value.\n"
		  "\n"
		  "5. Type LogPath, and then press ENTER.\n"
		  "\n"
		  "6. Right-click LogPath, and then click Modify.\n"
		  "\n"
		  "7. In the Value data box, type C:\\Frob\\Logs, and then click OK.\n"
		  "\n"
		  "8. Quit Registry Editor.\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|MaxFrobs = 2", "check REG_SZ " FROB_KEY "|LogPath = C:\\Frob\\Logs",
		    "repair " FROB_KEY "|MaxFrobs", "repair " FROB_KEY "|LogPath", "checks 2", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* Registry Editor lists a key's values, and only them, in its right
 * (details) pane: what a step picks there is a value, however plainly
 * it is named.  "In the right pane, right-click StaleCache, and then
 * click Delete" deletes a value (the import could not tell a key from a
 * value); "double-click Start" there names the Start value, whose data
 * the next step types with no type said (the import named nothing).  Not
 * another program's right pane ("of the Windows Explorer window"). */
static void test_what_the_right_pane_picks_is_a_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "deleted in the right pane",
		  LOCATE_SUBKEY
		  "2. In the right pane, right-click StaleCache, and then click Delete.\n"  /* 22 */
		  "\n"
		  "3. Click Yes, and then quit Registry Editor.\n\n" END_WORDS,
		  { "absent " FROB_KEY "|StaleCache", "repair " FROB_KEY "|StaleCache", NULL },
		  { "the article does not say whether it is a key or a value", NULL } },
		{ "picked in the details pane, the pane named after the value",
		  LOCATE_SUBKEY
		  "2. Right-click the StaleCache value in the details pane, and then click\n"
		  "   Delete.\n\n" END_WORDS,
		  { "absent " FROB_KEY "|StaleCache", NULL },
		  { NULL } },
		{ "a plain name double-clicked there",
		  LOCATE_SUBKEY
		  "2. In the right pane, double-click Start.\n"                             /* 22 */
		  "\n"
		  "3. In the Value data box, type 4, and then click OK.\n\n" END_WORDS,
		  { "review 22: 'Start'", NULL },
		  { NULL } },
		{ "another program's right pane",
		  LOCATE_SUBKEY
		  "2. In the right pane of the Windows Explorer window, right-click Cache,\n"
		  "   and then click Delete.\n\n" END_WORDS,
		  { NULL },
		  { "absent " FROB_KEY "|Cache", "absent " FROB_KEY "\\Cache", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* "Right-click the Parameters subkey, and then click Delete" under the
 * key located: that subkey is deleted (the import could not read it);
 * the key located picked again by its own last name is itself.  A key
 * the article gives elsewhere under another parent ("...\\Frob\\Cache"
 * while ...\\Frob\\Parameters is located) is not known to be the
 * located key's subkey: a person writes that check. */
static void test_a_subkey_picked_and_deleted(void **state)
{
	static const struct draft_case cases[] = {
		{ "the located key's subkey",
		  "\n"
		  "1. Locate and then click the following registry subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "2. Right-click the Parameters subkey, and then click Delete.\n"
		  "\n"
		  "3. Click Yes, and then quit Registry Editor.\n\n" END_WORDS,
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { NULL } },
		{ "the located key itself",
		  LOCATE_SUBKEY
		  "2. Right-click the Parameters key, and then click Delete.\n\n" END_WORDS,
		  { "absent " FROB_KEY, NULL },
		  { "absent " FROB_KEY "\\Parameters", NULL } },
		{ "a key the article places elsewhere",
		  LOCATE_SUBKEY
		  "2. Right-click the Cache registry key, and then click Delete.\n"
		  "\n"
		  "The cache is kept in HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Cache.\n\n" END_WORDS,
		  { NULL },
		  { "absent " FROB_KEY "\\Cache", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* Event Viewer's later copy of an event names its log in a field ("Log
 * Name:      Application" over "Source:", "Event ID:", "Level:"): the
 * event is that log's, not the System log the import guessed when no
 * sentence near it named one. */
static void test_the_log_name_field_names_the_log(void **state)
{
	static const struct draft_case cases[] = {
		{ "a Log Name field",
		  "\n"
		  "When the Frobnitz Agent starts, it stops, and an event similar to the\n"
		  "following is logged:\n"
		  "\n"
		  "Log Name:      Application\n"
		  "Source:        Frobnitz-Agent\n"
		  "Date:          5/1/2008 10:00:00 AM\n"
		  "Event ID:      4321\n"
		  "Task Category: None\n"
		  "Level:         Error\n"
		  "Computer:      SERVER1\n"
		  "Description:\n"
		  "The Frobnitz provider could not start.\n" FIX_WORDS,
		  { "event 4321 from Frobnitz-Agent", "      log: 'Application'\n      id: 4321\n", NULL },
		  { "      log: 'System'\n", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frobnitz Agent Stops"), cases);
}

/* A change told as a reg.exe command (kbimport_regexe.c): "reg add KEY
 * /v NAME /t TYPE /d DATA" sets a value (REG_SZ when no /t, reg.exe's
 * default; a DWORD's data in decimal unless written 0x...), "reg add
 * KEY" makes the key, "reg delete KEY /v NAME" deletes the value and
 * "reg delete KEY" the key.  A quoted path keeps its spaces; a command
 * wrapped before a switch is read whole.  Not drafted: a placeholder's
 * data, the default value (/ve), words reg.exe does not take, and a
 * command the symptoms run ("When you run the following command, you
 * receive ..."). */
static void test_a_reg_exe_command(void **state)
{
	static const struct draft_case cases[] = {
		{ "add and delete",
		  "\n"
		  "To resolve this problem, run the following commands:\n"                 /* 18 */
		  "\n"
		  "   reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters /v FrobLimit /t REG_DWORD /d 16 /f\n" /* 20 */
		  "\n"
		  "   reg add \"HKLM\\SOFTWARE\\Frob Corp\\Frob\" /v \"Log Path\" /d C:\\FrobLogs\n" /* 22 */
		  "\n"
		  "   reg delete \"HKLM\\SOFTWARE\\Frob Corp\\Frob\" /v StaleCache /f\n"       /* 24 */
		  "\n"
		  "   reg delete HKLM\\SOFTWARE\\Frob\\Cache /f\n"                             /* 26 */
		  "\n"
		  "   C:\\>reg add HKLM\\SOFTWARE\\Frob\\Limits\n\n" END_WORDS,                /* 28 */
		  { "check REG_DWORD " FROB_KEY "|FrobLimit = 16", "repair " FROB_KEY "|FrobLimit",
		    "check REG_SZ HKLM\\SOFTWARE\\Frob Corp\\Frob|Log Path = C:\\FrobLogs",
		    "review 22: no /t: REG_SZ, reg.exe's default",
		    "absent HKLM\\SOFTWARE\\Frob Corp\\Frob|StaleCache", "repair HKLM\\SOFTWARE\\Frob Corp\\Frob|StaleCache",
		    "absent HKLM\\SOFTWARE\\Frob\\Cache", "check HKLM\\SOFTWARE\\Frob\\Limits", "checks 5", NULL },
		  { "where its path ends", NULL } },
		{ "wrapped before a switch, hex data",
		  "\n"
		  "To resolve this problem, run the following command:\n"
		  "\n"
		  "   reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "      /v FrobLimit /t REG_DWORD /d 0x10 /f\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|FrobLimit = 16", NULL },
		  { NULL } },
		{ "not read plainly",
		  "\n"
		  "To resolve this problem, run the following commands:\n"
		  "\n"
		  "   reg add HKLM\\SOFTWARE\\Frob /v MaxSize /t REG_DWORD /d <size> /f\n"     /* 20 */
		  "\n"
		  "   reg add HKLM\\SOFTWARE\\Frob /ve /d Frob /f\n"                          /* 22 */
		  "\n"
		  "   reg add HKLM\\SOFTWARE\\Frob /v Mode /d 1 %1 >> out.txt\n"             /* 24 */
		  "\n"
		  "   reg delete HKLM\\SOFTWARE\\Frob /v <ValueName> /f\n\n" END_WORDS,    /* 26 */
		  { "review 20: placeholder", "review 22: the default value", "review 24: words reg.exe does not take",
		    "review 26: holds a placeholder", "checks 0", NULL },
		  { NULL } },
	};
	static const struct draft_case run_in_symptoms[] = {
		{ "the command the symptoms run",
		  "\n"
		  "When you run the following command, you receive an \"Access is denied\"\n"
		  "error message:\n"
		  "\n"
		  "   reg add HKLM\\SOFTWARE\\Frob /v MaxSize /t REG_DWORD /d 5 /f\n" FIX_WORDS,
		  { "review 16: not as a change it asks for", "checks 0", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Command Fails"), run_in_symptoms);
}

/* Regedt32's string editor opened on a value picked by its name ("Highlight
 * FrobPort." then "From the Edit menu, choose String."), then "Add the
 * following value:" over the data on a line of its own: the data typed
 * into the editor.  Without the editor open, the words add a value by its
 * name, and the line below is no data. */
static void test_the_string_editor_adds_the_following_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "the editor open",
		  "\n"
		  "1. From the HKEY_LOCAL_MACHINE subtree, go to the following key:\n"
		  "\n"
		  "   SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Highlight FrobPort.\n"
		  "\n"
		  "3. From the Edit menu, choose String.\n"
		  "\n"
		  "4. Add the following value:\n"
		  "\n"
		  "   \\Device\\Frob1\n"
		  "\n"
		  "5. Close Registry Editor.\n\n" END_WORDS,
		  { "check REG_SZ " FROB_KEY "|FrobPort = \\Device\\Frob1", "repair " FROB_KEY "|FrobPort", NULL },
		  { NULL } },
		{ "no editor open",
		  "\n"
		  "1. From the HKEY_LOCAL_MACHINE subtree, go to the following key:\n"
		  "\n"
		  "   SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Highlight FrobPort.\n"
		  "\n"
		  "3. Add the following value:\n"
		  "\n"
		  "   \\Device\\Frob1\n"
		  "\n"
		  "4. Close Registry Editor.\n\n" END_WORDS,
		  { NULL },
		  { "check " FROB_KEY "|FrobPort", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* The value block a step adds (its step's lead-in line ends before it). */
#define FROBMODE_BLOCK \
	"\n" \
	"   Value Name: FrobMode\n" \
	"   Data Type: REG_SZ\n" \
	"   String: Fast\n\n" END_WORDS

/* A step that only goes to a key named in its sentence ("2. Navigate to
 * the key HKEY_...\Parameters.", "1. Go to HKLM\...\Parameters."): the
 * steps after it act under that key, as under one set out on a line of
 * its own (the import read them under no key).  "add the number 1 into
 * the Data field" types the data as "type 1 in the Data box" does.  A
 * step that goes on past the key ("Locate HKEY_...\Frob and note its
 * values.") is running text still.  A value the step adds "for
 * troubleshooting" is a set-up, not a fix (kbimport_diagset.c); "To
 * troubleshoot this problem, add ..." leads in to a fix as often. */
static void test_a_step_that_goes_to_a_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "navigate, then the Add Value dialog",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Navigate to the key HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\n"
		  "   \\Frob\\Parameters.\n"
		  "\n"
		  "3. If the FrobLimit value does not exist, add it. To do so click Edit,\n"
		  "   select Add Value, type \"FrobLimit\" (without the quotation marks),\n"
		  "   change Data Type to REG_DWORD and click OK. When the DWORD Editor opens,\n"
		  "   add the number 1 into the Data field and ensure Hex is selected, then\n"
		  "   click OK.\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|FrobLimit = 1", "repair " FROB_KEY "|FrobLimit", NULL },
		  { NULL } },
		{ "go to, then a value block",
		  "\n"
		  "1. Go to HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters.\n"
		  "\n"
		  "2. Add the following value:\n"
		  FROBMODE_BLOCK,
		  { "check REG_SZ " FROB_KEY "|FrobMode = Fast", NULL },
		  { NULL } },
		{ "added for troubleshooting: a set-up, no repair",
		  "\n"
		  "1. Go to HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters.\n"
		  "\n"
		  "2. Add the following for troubleshooting the Frob provider:\n"
		  FROBMODE_BLOCK,
		  { "review 0: for troubleshooting", NULL },
		  { "repair " FROB_KEY "|FrobMode", NULL } },
		{ "to troubleshoot this problem: the fix",
		  "\n"
		  "1. Go to HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters.\n"
		  "\n"
		  "2. To troubleshoot this problem, add the following value:\n"
		  FROBMODE_BLOCK,
		  { "repair " FROB_KEY "|FrobMode", NULL },
		  { NULL } },
		{ "the step goes on past the key",
		  "\n"
		  "1. Locate HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters and note\n"
		  "   the values under it.\n"
		  "\n"
		  "2. Add the following value:\n"
		  FROBMODE_BLOCK,
		  { NULL },
		  { "check REG_SZ " FROB_KEY "|FrobMode = Fast", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* A lone value block with no data (lines 17-29 after BODY_HEAD): its
 * type, default and range, and what it does. */
#define IDLE_BLOCK \
	"\n" \
	"The FrobIdle value is located in:\n" \
	"\n" \
	"HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n" \
	"Value: FrobIdle\n" \
	"Data Type: REG_DWORD\n" \
	"Default Value: 14\n" \
	"Value Range: 0-6000\n" \
	"\n" \
	"This value sets the time, in minutes, after which idle frob links are\n" \
	"closed.\n" \
	"\n"

/* A lone value block that gives no data (its type, default and range),
 * then further down, before the next step, key or value, the words that
 * ask for its datum: "you will need to set the above parameter to 0"
 * (the import read only a sentence right after the block, and only with
 * "this" or "it").  Not a sentence that opens on a condition or
 * describes what a setting does. */
static void test_a_datum_asked_below_a_block(void **state)
{
	static const struct draft_case cases[] = {
		{ "the above parameter",
		  IDLE_BLOCK
		  "To keep a frob link open, you will need to set the above parameter to 0,\n"
		  "especially if clients send only datagrams.\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|FrobIdle = 0", "repair " FROB_KEY "|FrobIdle", NULL },
		  { NULL } },
		{ "a condition",
		  IDLE_BLOCK
		  "When you set the value to 0, frob links are never closed.\n\n" END_WORDS,
		  { NULL },
		  { "check " FROB_KEY "|FrobIdle", NULL } },
		{ "what a setting does",
		  IDLE_BLOCK
		  "Setting the value to 0 keeps frob links open.\n\n" END_WORDS,
		  { NULL },
		  { "check " FROB_KEY "|FrobIdle", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* "change the value to 1 Binary": a number with the radix of Regedt32's
 * DWORD editor after it, the only editor that has one, makes the value a
 * REG_DWORD (the import read no type and drafted nothing).  In binary only
 * 0 and 1 read as in decimal: "101 Binary" gives no type. */
static void test_a_number_with_its_radix(void **state)
{
	static const struct draft_case cases[] = {
		{ "1 Binary",
		  "\n"
		  "1. Locate the FrobScan value under the following key in the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. If the value is set to 0, change the value to 1; double-click the entry\n"
		  "   and change the value to 1 Binary.\n"
		  "\n"
		  "3. Quit Registry Editor.\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|FrobScan = 1", "repair " FROB_KEY "|FrobScan", NULL },
		  { NULL } },
		{ "101 Binary",
		  "\n"
		  "1. Locate the FrobScan value under the following key in the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Double-click the entry and change the value to 101 Binary.\n"
		  "\n"
		  "3. Quit Registry Editor.\n\n" END_WORDS,
		  { NULL },
		  { "check REG_DWORD " FROB_KEY "|FrobScan", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* A value shown as it stands, spaced ("Double-click on FrobFs: Reg_Dword
 * 0x0."), then "Set this value to 1 (0 = off, 1 = on).": edited to 1, as
 * the glued form ("Double-click FrobFs:REG_DWORD:0x0") and "change the
 * value to 1" already were. */
static void test_a_shown_value_set_again(void **state)
{
	static const struct draft_case cases[] = {
		{ "spaced, then set this value",
		  "\n"
		  "1. Under the subtree HKEY_LOCAL_MACHINE, go to the following subkey:\n"
		  "\n"
		  "   \\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Double-click on FrobFs: Reg_Dword 0x0.\n"
		  "\n"
		  "3. Set this value to 1 (0 = off, 1 = on).\n"
		  "\n"
		  "4. Quit Regedt32.exe.\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|FrobFs = 1", "repair " FROB_KEY "|FrobFs", NULL },
		  { "FrobFs = 0", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* A block with no type line under a lead-in that names one ("Add the
 * following String Value:", above the block or above its key): that type
 * (the import gave the value to a person for want of one).  Not a lead-in
 * that names two types. */
static void test_the_lead_in_names_the_type(void **state)
{
	static const struct draft_case cases[] = {
		{ "between the key and the block",
		  "\n"
		  "1. Find the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Add the following String Value:\n"
		  "\n"
		  "   Value Name: FrobCache\n"
		  "   String: True\n\n" END_WORDS,
		  { "check REG_SZ " FROB_KEY "|FrobCache = True", "repair " FROB_KEY "|FrobCache",
		    "review 24: its type, REG_SZ, is read from the words that lead in to it on line 22", NULL },
		  { NULL } },
		{ "two types named",
		  "\n"
		  "1. Find the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Add the following String Value or DWORD Value:\n"
		  "\n"
		  "   Value Name: FrobCache\n"
		  "   Value: 1\n\n" END_WORDS,
		  { NULL },
		  { "check REG_SZ " FROB_KEY "|FrobCache", "check REG_DWORD " FROB_KEY "|FrobCache", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* An event the symptoms name as missing in other words than "not
 * logged": "ends silently, without generating a dump file or logging an
 * Event 624", "fails to notify you with Event 2013" (both were drafted
 * as symptoms).  Not "fails to start and logs Event 7000", nor "without
 * a restart, ... logs Event 624". */
static void test_an_event_named_as_missing(void **state)
{
	static const struct draft_case cases[] = {
		{ "without logging",
		  "\n"
		  "The frob server may end silently, without generating a Frobdump.log or\n"
		  "logging an Event 624 in the Application event log.\n" FIX_WORDS,
		  { "review 14: named as one that is not logged", NULL },
		  { "event 624", NULL } },
		{ "fails to notify you with",
		  "\n"
		  "When the frob disk runs below 10 percent free space, the frob server\n"
		  "fails to notify you with Event 2013 \"The disk is at or near capacity\".\n"
		  FIX_WORDS,
		  { "review 14: named as one that is not logged", NULL },
		  { "event 2013", NULL } },
		{ "fails to start, then logs",
		  "\n"
		  "The Frob service fails to start and logs Event 7000 in the System log.\n" FIX_WORDS,
		  { "event 7000", NULL },
		  { NULL } },
		{ "without a restart",
		  "\n"
		  "Without a restart, the frob server logs an Event 624 in the Application\n"
		  "event log.\n" FIX_WORDS,
		  { "event 624", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Server Ends Silently"), cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_new_value_is_not_the_edited_one),
		cmocka_unit_test(test_what_the_right_pane_picks_is_a_value),
		cmocka_unit_test(test_a_subkey_picked_and_deleted),
		cmocka_unit_test(test_the_log_name_field_names_the_log),
		cmocka_unit_test(test_a_reg_exe_command),
		cmocka_unit_test(test_the_string_editor_adds_the_following_value),
		cmocka_unit_test(test_a_step_that_goes_to_a_key),
		cmocka_unit_test(test_a_datum_asked_below_a_block),
		cmocka_unit_test(test_a_number_with_its_radix),
		cmocka_unit_test(test_a_shown_value_set_again),
		cmocka_unit_test(test_the_lead_in_names_the_type),
		cmocka_unit_test(test_an_event_named_as_missing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
