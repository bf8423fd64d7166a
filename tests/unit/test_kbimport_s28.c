/* test_kbimport_s28.c: forms of session 28's importer mends, read from
 * the misses of unseen set 44.  Each case imports a small article written
 * here, in our own words. */
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

#define PROC "HKLM\\SOFTWARE\\Frob\\Processors\\frobprint"
#define FROB_P "HKLM\\SOFTWARE\\Frob\\Parameters"
/* A key located, then a step that makes a key (make_step), then the value
 * in Regedt32's "Name:TYPE:data" form. */
#define LOCATE_THEN_MAKE(make_step) \
	"\n2. Check the Frob print processor in the registry:\n\n" \
	"   a. Locate the following key:\n\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Processors\\frobprint\n\n" \
	make_step \
	"\n   Driver:REG_SZ:frobprint.dll\n\n" END_WORDS

/* unseen44, Q105247: "If the Winprint key is not present, create it by
 * clicking Add Key" under ...\Print Processors\winprint: the key the step
 * makes where it is missing is the key located, not a subkey of it, so
 * the value below is under the key located.  It was left in review as
 * "under an unnamed subkey" (core/kbimport_keyforce.c
 * imp_key_made_step()). */
static void test_u44_a_step_that_makes_the_located_key_if_missing(void **state)
{
	static const struct draft_case cases[] = {
		{ "'if the X key is not present, create it' names the key located",
		  LOCATE_THEN_MAKE("   If the Frobprint key is not present, create it by clicking Add Key on the Edit\n"
				   "   menu. If frobprint.dll is not the Driver value in the Frobprint key, click\n"
				   "   Add Value on the Edit menu to create the Driver value as follows:\n"),
		  { "check REG_SZ " PROC "|Driver = frobprint.dll", "repair " PROC "|Driver", NULL },
		  { "review 0: value 'Driver' is under an unnamed subkey", NULL } },
		{ "the key's name wrapped before 'key, click Add Value'",
		  LOCATE_THEN_MAKE("   If the Frobprint key is not present, create it by clicking Add Key on the Edit\n"
				   "   menu. If frobprint.dll is not given as the Driver value in the Frobprint\n"
				   "   key, click Add Value on the Edit menu to create the Driver value:\n"),
		  { "check REG_SZ " PROC "|Driver = frobprint.dll", "repair " PROC "|Driver", NULL },
		  { "review 0: value 'Driver' is under an unnamed subkey", NULL } },
		{ "'if this key does not exist, add it' points back at it too",
		  LOCATE_THEN_MAKE("   If this key does not exist, add it by clicking Add Key on the Edit menu,\n"
				   "   and then click Add Value on the Edit menu to add the following value:\n"),
		  { "check REG_SZ " PROC "|Driver = frobprint.dll", "repair " PROC "|Driver", NULL },
		  { "review 0: value 'Driver' is under an unnamed subkey", NULL } },
		{ "a key made under it with no name given stays unnamed",
		  LOCATE_THEN_MAKE("   Click the Frobprint key, and then click Add Key on the Edit menu to add a\n"
				   "   key for your printer. Click Add Value on the Edit menu to add:\n"),
		  { "review 0: value 'Driver' is under an unnamed subkey", NULL },
		  { "check REG_SZ " PROC "|Driver = frobprint.dll", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen44, Q138634: "Under Name, using the right mouse button, click
 * FlowControl_Hard, and then click Modify on the menu that appears.  In
 * Edit String, delete the data under Value data.": Registry Editor's
 * Modify opens a value, so the step names one; no pass placed it and the
 * line reached no review list (core/kbimport_net.c names_clicked_value()).
 * The same words in another program's steps ("click Normal, and then
 * click Modify" in a word processor's styles) name no value. */
static void test_u44_a_value_clicked_to_modify_is_listed(void **state)
{
	static const struct draft_case cases[] = {
		{ "a value clicked, then Modify, in Registry Editor",
		  "\n1. Start Registry Editor (Regedit.exe) and open the following key:\n\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Modem\n\n"
		  "2. In the right pane, using the right mouse button, click Flow_Frob, and then\n"
		  "   click Modify on the menu that appears. In Edit String, delete the data.\n\n"
		  "3. Double-click FrobSpeedLimit, and then type the speed you want under\n"
		  "   Value data.\n\n" END_WORDS,
		  { "review 22: names a registry key or value", "review 25: names a registry key or value", NULL },
		  { NULL } },
		{ "a style clicked, then Modify, in a word processor",
		  "\n1. On the Format menu, click Style.\n\n"
		  "2. In the Styles box, click BodyText, and then click Modify.\n\n" END_WORDS,
		  { NULL },
		  { "review 20: names a registry key or value", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen44, Q190234: a user's hive loaded by hand under HKEY_USERS as
 * TEMP, its key written "TEMP\Software\Microsoft\Windows\CurrentVersion":
 * CurrentVersion is a name only the registry has, so the review net
 * lists the line.  A path from its root wrapped at a space inside a name
 * ("...\Microsoft\Windows" / "NT\CurrentVersion\Winlogon") is one
 * path: its item is on its first line, not a second on the rest
 * (core/kbimport_net.c registry_component(), continues_path()). */
static void test_u44_currentversion_names_a_key_without_its_root(void **state)
{
	static const struct draft_case cases[] = {
		{ "a key under a hive loaded by hand",
		  "\n5. A FROB hive now shows under HKEY_USERS. Select the following key:\n\n"
		  "   FROB\\Software\\Frobnitz\\Windows\\CurrentVersion\n"
		  "      \\Explorer\\Frob Folders\n\n" END_WORDS,
		  { "review 20: names a registry key or value", NULL },
		  { "review 21: names a registry key or value", NULL } },
		{ "a path wrapped at a space inside a name",
		  "\nThe agent reads its domain from the following key when it starts:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Frob\n"
		  "   Agent\\CurrentVersion\\Winlogon\n\n"
		  "The key is also written by the installer.\n\n" END_WORDS,
		  { "review 20", NULL },
		  { "review 21", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* pool, Q168231: "Change the data value of the UpdateMode value to 1."
 * over its key, the type given elsewhere only with the name ("settings
 * for the UpdateMode DWORD value"): the same value shown with a DWORD
 * type elsewhere implies it (guide C11), and the check was left in
 * review (core/kbimport_asks.c listed_type(), type_word_with_name()). */
static void test_pool_a_type_written_beside_the_name_elsewhere(void **state)
{
	static const struct draft_case cases[] = {
		{ "'the FrobMode DWORD value' after the ask",
		  "\nChange the data value of the FrobMode value to 1. This value is located in the\n"
		  "following registry key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Update\n\n"
		  "The following table lists valid settings for the FrobMode DWORD value.\n\n"
		  "   0   Frobbing is off.\n"
		  "   1   Frobbing is automatic.\n\n" END_WORDS,
		  { "check REG_DWORD HKLM\\SOFTWARE\\Frob\\Update|FrobMode = 1",
		    "repair HKLM\\SOFTWARE\\Frob\\Update|FrobMode", NULL },
		  { "review 0: in words, and the article gives no type", NULL } },
		{ "'a REG_DWORD value named FrobMode' before the ask",
		  "\nThe agent keeps a REG_DWORD value named FrobMode under its key.\n\n"
		  "Change the data value of the FrobMode value to 2. This value is located in the\n"
		  "following registry key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Update\n\n" END_WORDS,
		  { "check REG_DWORD HKLM\\SOFTWARE\\Frob\\Update|FrobMode = 2", NULL },
		  { "review 0: in words, and the article gives no type", NULL } },
		{ "no type anywhere stays for a person",
		  "\nChange the data value of the FrobMode value to 1. This value is located in the\n"
		  "following registry key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Update\n\n"
		  "The following table lists valid settings for the FrobMode value.\n\n" END_WORDS,
		  { "review 0: in words, and the article gives no type", NULL },
		  { "check REG_DWORD HKLM\\SOFTWARE\\Frob\\Update|FrobMode = 1", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* One value shown by a step that looks for it, then the step that deletes
 * it; then is the step after the block. */
#define LOOK_THEN(then) \
	"\n3. From the HKEY_LOCAL_MACHINE subtree, go to the following key:\n\n" \
	"   \\SOFTWARE\\Frob\\Parameters\n\n" \
	"4. Check for the following entry:\n\n" \
	"   MaxFrobSize:REG_DWORD: 0\n\n" \
	then "\n\n" \
	"6. Quit Registry Editor.\n\n" END_WORDS

/* pool, Q150426: "4. Check for the following entry:" / "MaxBurstSize:
 * REG_DWORD: 0" / "5. If the value is present, delete the value.": the
 * step after the block deletes the one value it shows, pointing back at
 * it.  The delete reader knew only "delete the following value:" over
 * the block (core/kbimport_delblock.c imp_place_block_deleted_after()). */
static void test_pool_the_value_shown_then_deleted(void **state)
{
	static const struct draft_case cases[] = {
		{ "'If the value is present, delete the value.'",
		  LOOK_THEN("5. If the value is present, delete the value. Do not set it to 1."),
		  { "absent " FROB_P "|MaxFrobSize", "repair " FROB_P "|MaxFrobSize", NULL },
		  { "review 0: is part of a deletion", NULL } },
		{ "'Remove this entry.'",
		  LOOK_THEN("5. Remove this entry."),
		  { "absent " FROB_P "|MaxFrobSize", "repair " FROB_P "|MaxFrobSize", NULL },
		  { NULL } },
		{ "a choice between changing and removing stays for a person",
		  LOOK_THEN("5. Change the value to 1 or remove the entry."),
		  { NULL },
		  { "absent " FROB_P "|MaxFrobSize", "repair " FROB_P "|MaxFrobSize", NULL } },
		{ "the way back from a change stays for a person",
		  LOOK_THEN("5. To undo this change later, delete the value."),
		  { NULL },
		  { "absent " FROB_P "|MaxFrobSize", "repair " FROB_P "|MaxFrobSize", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The ask over the steps (ask), then a key located and two names picked
 * in it and deleted with Regedt32's Edit menu. */
#define PICK_AND_DELETE(ask) \
	"\n" ask "\n\n" \
	"1. Start Registry Editor (Regedt32.exe).\n\n" \
	"2. Go to the following subkey:\n\n" \
	"      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Methods\n\n" \
	"3. Click SFROB, click Edit, and click Delete.\n\n" \
	"4. Click Yes to confirm the deletion.\n\n" \
	"5. Click CFROB, click Edit, and click Delete.\n\n" \
	"6. Click Yes to confirm the deletion.\n\n" END_WORDS

#define METHODS "HKLM\\SOFTWARE\\Frob\\Methods"

/* pool, Q172216 and Q187829: "you must delete the SPAP and CHAP registry
 * keys", then "3. Click SPAP, click Edit, and click Delete." under
 * ...\RasMan\PPP: a name picked without "the ... value" and deleted.
 * Whether it is a key or a value is what the article calls it; where it
 * calls it neither, the step is listed for a person (core/kbimport_
 * seldelete.c picked_bare(), called_key_or_value()). */
static void test_pool_names_picked_and_deleted_as_the_article_calls_them(void **state)
{
	static const struct draft_case cases[] = {
		{ "'the SFROB and' / 'CFROB registry keys': keys deleted",
		  PICK_AND_DELETE("To force plain frobbing, you must delete the SFROB and\n"
				  "CFROB registry keys from the server by using the following steps:"),
		  { "absent " METHODS "\\SFROB", "repair " METHODS "\\SFROB", "absent " METHODS "\\CFROB",
		    "repair " METHODS "\\CFROB", NULL },
		  { "absent " METHODS "|SFROB", NULL } },
		{ "'the SFROB value and the CFROB value': values deleted",
		  PICK_AND_DELETE("To force plain frobbing, you must delete the SFROB value and the CFROB value\n"
				  "by using the following steps:"),
		  { "absent " METHODS "|SFROB", "repair " METHODS "|SFROB", "absent " METHODS "|CFROB", NULL },
		  { "absent " METHODS "\\SFROB", NULL } },
		{ "called neither: listed for a person",
		  PICK_AND_DELETE("To force plain frobbing, use the following steps:"),
		  { "review 26: 'SFROB' is picked", "review 30: 'CFROB' is picked", NULL },
		  { "absent " METHODS "\\SFROB", "absent " METHODS "|SFROB", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Regedt32's old steps: a key located, a value picked by its name alone
 * (pick), the type's editor opened from the Edit menu (menu), then the
 * data (then). */
#define PICK_EDIT(pick, menu, then) \
	"\n1. Run Registry Editor (REGEDT32.EXE).\n\n" \
	"2. From the HKEY_LOCAL_MACHINE subtree, go to the following key:\n\n" \
	"   \\SOFTWARE\\Frob\\Options\n\n" \
	"3. " pick "\n\n" \
	"4. " menu "\n\n" \
	"5. " then "\n\n" \
	"6. Quit Registry Editor.\n\n" END_WORDS

#define OPTIONS "HKLM\\SOFTWARE\\Frob\\Options"

/* pool, Q137485, Q137988: "3. Select Adapter." / "4. From the Edit menu,
 * select DWORD." / "5. Change the value to 0 and choose OK.": a value
 * named by one plain word ("Adapter", "Version") is picked only where
 * the next step opens the type's editor on it; a name with a capital
 * inside ("MaxFrobs") was read alone before (core/kbimport_procedure.c
 * title_pick()). */
static void test_pool_a_plain_word_picked_then_edited(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Select Adapter.' then the DWORD editor",
		  PICK_EDIT("Select Adapter.", "From the Edit menu, select DWORD.", "Change the value to 0 and choose OK."),
		  { "check REG_DWORD " OPTIONS "|Adapter = 0", "repair " OPTIONS "|Adapter", NULL },
		  { NULL } },
		{ "'Highlight Version.' then the String editor",
		  PICK_EDIT("Highlight Version.", "From the Edit menu, choose String.",
			    "If the value is 692, change the value to 600."),
		  { "check REG_SZ " OPTIONS "|Version = 600", NULL },
		  { NULL } },
		{ "a plain word picked with no editor after it names no value",
		  PICK_EDIT("Select Adapter.", "Click Yes when you are asked to confirm.", "Change the value to 0 and choose OK."),
		  { NULL },
		  { "check " OPTIONS "|Adapter", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* pool, Q140058 and Q195811: "Key: CrashOnAuditFail" right over "Type:
 * REG_DWORD" and "Value: 1", and a parameter list's "Key : AutoCacheUpdate"
 * over "Type : DWORD (Boolean)": a key has no type, so the label names the
 * value.  The block was read as a subkey CrashOnAuditFail holding a value
 * named "1" (core/kbimport_values.c imp_read_value_block()). */
static void test_pool_a_key_label_over_a_type_names_the_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Key: CrashOnFrob' / 'Type: REG_DWORD' / 'Value: 1' under 'Add the entry:'",
		  "\n1. Run Registry Editor (REGEDT32.EXE).\n\n"
		  "2. From the HKEY_LOCAL_MACHINE subtree, go to the following key:\n\n"
		  "   \\SYSTEM\\CurrentControlSet\\Control\\Frob\\\n\n"
		  "3. Add the entry:\n\n"
		  "   Key: CrashOnFrob\n"
		  "   Type: REG_DWORD\n"
		  "   Value: 1\n\n"
		  "4. Quit Registry Editor.\n\n" END_WORDS,
		  { "check REG_DWORD HKLM\\SYSTEM\\CurrentControlSet\\Control\\Frob|CrashOnFrob = 1",
		    "repair HKLM\\SYSTEM\\CurrentControlSet\\Control\\Frob|CrashOnFrob", NULL },
		  { "check HKLM\\SYSTEM\\CurrentControlSet\\Control\\Frob\\CrashOnFrob|1", NULL } },
		{ "'Key: Gadget' over a blank line and a value of its own stays a subkey",
		  "\nAdd the following value under the key below:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\n\n"
		  "   Key: Gadget\n\n"
		  "   Value Name: Spin\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 4\n\n" END_WORDS,
		  { "check REG_DWORD HKLM\\SOFTWARE\\Frob\\Gadget|Spin = 4", NULL },
		  { "check HKLM\\SOFTWARE\\Frob|Gadget", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* pool, Q164025: "make sure the NWCWorkstation key does / not exist in
 * either place:" over two keys joined by "-and-": the first key, whose
 * words end before the step that removes it, was drafted as a check that
 * it exists, the opposite of what the article asks (core/kbimport_asks.c
 * imp_key_only()). */
static void test_pool_make_sure_a_key_does_not_exist(void **state)
{
	static const struct draft_case cases[] = {
		{ "two places, '-and-' between",
		  "\n1. Start Registry Editor.\n\n"
		  "2. Navigate to the following locations and make sure the Frob key does\n"
		  "   not exist in either place:\n\n"
		  "   HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Frob\n\n"
		  "   -and-\n\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\Frob\n\n"
		  "3. If you see the Frob key in either of those locations, remove it.\n\n" END_WORDS,
		  { "absent HKLM\\Software\\Microsoft\\Frob",
		    "absent HKLM\\System\\CurrentControlSet\\Services\\Frob", NULL },
		  { "expect: key-exists", NULL } },
		{ "'if the key does not exist, create it' still creates",
		  "\nIf the following key does not exist, create it:\n\n"
		  "   HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Frob\n\n" END_WORDS,
		  { NULL },
		  { "absent HKLM\\Software\\Microsoft\\Frob", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen44, Q190234: "1. Modify the following value with the appropriate
 * directory path (...):" over "      Personal": a value's name alone on
 * its line under a lead-in that announces a value; no pass placed it and
 * no review item named it (core/kbimport_net.c name_under_value_lead_in()).
 * "the following entries" of a batch file name no value. */
static void test_u44_a_name_alone_under_the_following_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Modify the following value ...:' over a name alone",
		  "\n1. Modify the following value with the path of the user's folder (type\n"
		  "   \"%HOMEPATH%\" for the home folder):\n\n"
		  "      Personal\n\n"
		  "2. Quit Registry Editor.\n\n" END_WORDS,
		  { "review 21: names a registry key or value", NULL },
		  { NULL } },
		{ "a batch file's 'following entries' name no value",
		  "\nCreate a batch file called Frob.bat with the following entries:\n\n"
		  "      Net Time\n\n" END_WORDS,
		  { NULL },
		  { "review 20: names a registry key or value", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen44, Q234259: '(default): "AMD-K6-2 Update"' under the update's
 * key, the key's unnamed value as Registry Editor shows it; no review
 * item named it (core/kbimport_net.c default_value_line()).  A list of
 * data whose first is marked "(Default)" names no value. */
static void test_u44_a_default_value_shown_with_its_data(void **state)
{
	static const struct draft_case cases[] = {
		{ "'(default): \"Frob Update\"' under a key",
		  "\nThe update writes the following information:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Updates\\990602N1\n\n"
		  "   (default): \"Frob Update\"\n\n" END_WORDS,
		  { "review 22", NULL },
		  { NULL } },
		{ "'(Default) 1 - Allow it.' in a list of data",
		  "\nThe FrobMode setting takes the following data:\n\n"
		  "   (Default) 1 - Allow keep-alive frobs.\n"
		  "             0 - Refuse them.\n\n" END_WORDS,
		  { NULL },
		  { "review 20: names a registry key or value", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* pool, Q142692: "Value : NodeType REG_DWORD 4 (4 is for M-NODE)" under
 * its key, a label over a whole value written on one line: it was read as
 * a value named "NodeType REG_DWORD 4 (4 is for M-NODE)" with no type
 * (core/kbimport_values.c imp_read_value_block(), labels_run_on()). */
static void test_pool_a_label_over_a_whole_value_on_its_line(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Value : NodeType REG_DWORD 4 (4 is for M-NODE)'",
		  "\nTo make the agent a mixed frobber, change the following value:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Parameters\n"
		  "   Value : NodeType REG_DWORD 4 (4 is for M-NODE)\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_P "|NodeType = 4", "repair " FROB_P "|NodeType", NULL },
		  { NULL } },
		{ "labels run on one line are still read label by label",
		  "\nTo make the agent a mixed frobber, add the following value:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Parameters\n"
		  "   Value Name: NodeType Data Type: REG_DWORD Value: 4\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_P "|NodeType = 4", NULL },
		  { "NodeType Data Type", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen45, Q251147: "2. Make sure that a registry entry exists for this
 * .chm file in the following registry subkey:" over the key: the check
 * asked is of an entry the words describe, not of the key; it was drafted
 * as a check that the key exists (core/kbimport_asks.c
 * entry_checked_in_key()). */
static void test_u45_an_entry_checked_in_the_following_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "'make sure that a registry entry exists ... in the following subkey:'",
		  "\n2. Make sure that a registry entry exists for this .frb file in the following\n"
		  "   registry subkey:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Help\n\n"
		  "   If a registry entry does not exist for the file, add a new string value\n"
		  "   with the path to the file under this subkey.\n\n" END_WORDS,
		  { "review 21: the words above ask to check for an entry in it", NULL },
		  { "expect: key-exists", NULL } },
		{ "'make sure that the following subkey exists:' checks the key",
		  "\n2. Make sure that the following registry subkey exists:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Help\n\n" END_WORDS,
		  { "expect: key-exists", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen45, Q166602: "MSExchangeMTA   Warning   Resource   9156", a row of
 * Event Viewer's list under "the following error message is logged in the
 * event log:": the event named no review item (core/kbimport_net.c
 * event_list_row()).  A table row with no event type in it names none. */
static void test_u45_an_event_viewer_list_row_is_listed(void **state)
{
	static const struct draft_case cases[] = {
		{ "'FrobAgent   Warning   Resource   9156'",
		  "\nWhen the limit is reached, the following is logged in the event log:\n\n"
		  "   FrobAgent   Warning   Resource   9156\n"
		  "   A resource limit has been reached.\n\n" END_WORDS,
		  { "review 20: names a registry key or value, an event ID", NULL },
		  { NULL } },
		{ "a size table's row",
		  "\nThe agent uses the following sizes:\n\n"
		  "   FrobAgent   Small   Resource   9156\n\n" END_WORDS,
		  { NULL },
		  { "review 20: names a registry key or value, an event ID", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_u44_a_step_that_makes_the_located_key_if_missing),
		cmocka_unit_test(test_u44_a_value_clicked_to_modify_is_listed),
		cmocka_unit_test(test_u44_currentversion_names_a_key_without_its_root),
		cmocka_unit_test(test_pool_a_type_written_beside_the_name_elsewhere),
		cmocka_unit_test(test_pool_the_value_shown_then_deleted),
		cmocka_unit_test(test_pool_names_picked_and_deleted_as_the_article_calls_them),
		cmocka_unit_test(test_pool_a_plain_word_picked_then_edited),
		cmocka_unit_test(test_pool_a_key_label_over_a_type_names_the_value),
		cmocka_unit_test(test_pool_make_sure_a_key_does_not_exist),
		cmocka_unit_test(test_u44_a_name_alone_under_the_following_value),
		cmocka_unit_test(test_u44_a_default_value_shown_with_its_data),
		cmocka_unit_test(test_pool_a_label_over_a_whole_value_on_its_line),
		cmocka_unit_test(test_u45_an_entry_checked_in_the_following_key),
		cmocka_unit_test(test_u45_an_event_viewer_list_row_is_listed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
