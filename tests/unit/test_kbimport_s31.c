/* test_kbimport_s31.c: forms of session 31's importer mends, read from
 * the misses of unseen set 54 (the first drawn from the articles that name
 * the registry without HKEY_LOCAL_MACHINE) and from the whole archive's
 * drafts.  Each case imports a small article written here, in our own
 * words. */
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

#define FROB_S "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob"
#define FROB_P FROB_S "\\Parameters"
/* unseen54 (POOL registry2): a path written with no root at all,
 * "SYSTEM\CurrentControlSet\...", was left to a review item however
 * plainly the article asked for a value under it.  Only
 * HKEY_LOCAL_MACHINE holds SYSTEM\CurrentControlSet, so such a path is
 * read under it, with a review item saying so; "SOFTWARE\..." stays the
 * article's to root (the user's hive has a Software key too)
 * (core/kbimport_registry.c machine_only_path()). */
static void test_u54_a_path_with_no_root(void **state)
{
	static const struct draft_case cases[] = {
		{ "a value block under a path with no root",
		  "\n1. Start Registry Editor (Regedt32.exe) and go to the following key:\n\n"
		  "   SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n\n"
		  "2. Add the following value:\n\n"
		  "   Value Name: MaxRetries\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 5\n\n"
		  "3. Quit Registry Editor.\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_P "|MaxRetries = 5", "repair " FROB_P "|MaxRetries",
		    "review 20: the article gives this path no root", NULL },
		  { NULL } },
		{ "a path with no root wrapped at a backslash that opens the next line",
		  "\nTo turn on loopback detection, create the following DWORD registry value and set it\n"
		  "equal to 1:\n\n"
		  "   SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "         \\Parameters\\DisableLoopback\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_P "|DisableLoopback = 1", "repair " FROB_P "|DisableLoopback", NULL },
		  { "check " FROB_S "|Parameters", NULL } },
		{ "SOFTWARE with no root: the root stays the article's to give",
		  "\n1. Start Registry Editor (Regedt32.exe) and go to the following key:\n\n"
		  "   SOFTWARE\\Microsoft\\Frob\\Parameters\n\n"
		  "2. Add the following value:\n\n"
		  "   Value Name: MaxRetries\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 5\n\n" END_WORDS,
		  { "review 20: is given without its root", NULL },
		  { "check HKLM\\SOFTWARE\\Microsoft\\Frob\\Parameters|MaxRetries", NULL } },
		{ "an INF line names its root its own way",
		  "\nAdd the following section to the Setup.inf file:\n\n"
		  "   [frob.reg]\n"
		  "   HKLM,\\System\\CurrentControlSet\\Services\\Frob,\n"
		  "   \"Enabled\",,\"1\"\n\n" END_WORDS,
		  { NULL },
		  { "check " FROB_S, "repair " FROB_S, NULL } },
		{ "a string to delete from a value is its data, not a key",
		  "\n1. Double-click the Machine value in the right pane. Delete the following\n"
		  "   string:\n\n"
		  "   System\\CurrentControlSet\\Services\\Frob\n\n"
		  "2. Click OK.\n\n" END_WORDS,
		  { NULL },
		  { "absent " FROB_S, "repair " FROB_S, NULL } },
		{ "words asking for the key itself: no check on a path with no root",
		  "\nAdd the following entries to the cluster's registry replication list:\n\n"
		  "   SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n\n"
		  "   NOTE: Make sure that you do not replicate the root key of the service\n"
		  "   (for example, the SYSTEM\\CurrentControlSet\\Services\\Frob key).\n\n" END_WORDS,
		  { NULL },
		  { "check " FROB_P, "check " FROB_S, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen54, Q153655 (and the same text in Q156063): "create the following
 * DWORD registry value, and set it equal to 1." over a path that ends in
 * the value.  "set it equal to" was read as a value named "it equal", and
 * the sentence's "DWORD" was not the value's type
 * (core/kbimport_asks.c imp_prose_value(), type_said_before()). */
static void test_u54_set_it_equal_to(void **state)
{
	static const struct draft_case cases[] = {
		{ "set it equal to, the type named before the verb",
		  "\nTo turn on loopback detection, create the following DWORD registry value, and set it equal to\n"
		  "1.\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\ \n"
		  "   DisableLoopback\n\n"
		  "Then restart the Frob service.\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_P "|DisableLoopback = 1", "repair " FROB_P "|DisableLoopback", NULL },
		  { "it equal", NULL } },
		{ "a type in another sentence is not this value's",
		  "\nThe agent keeps a DWORD value for each port. To turn on loopback detection, set it equal\n"
		  "to 1:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\DisableLoopback\n\n"
		  END_WORDS,
		  { NULL },
		  { "it equal", "check REG_DWORD " FROB_P "|DisableLoopback = 1", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen54, Q126396: a path written as a tree, a name a line, whose last
 * line ends in the value with its type and data
 * ("\Parameters\Mode:REG_SZ:YES"), under a sentence that asks for it from
 * the line above its colon ("add the following registry entry using
 * Regedt32, as" / "described in the guide:").  The last line was left
 * out of the path, and the ask out of the window
 * (core/kbimport_registry.c tree_value_line(), core/kbimport_asks.c
 * lead_in_start()). */
static void test_u54_a_tree_ending_in_a_typed_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "the tree's last line holds the value",
		  "\nTo correct this problem, add the following registry entry using Regedt32, as\n"
		  "described in the Frob guide (page 12):\n\n"
		  "   \\HKEY_LOCAL_MACHINE\n"
		  "      \\SYSTEM\n"
		  "         \\CurrentControlSet\n"
		  "            \\Services\n"
		  "               \\Frob\n"
		  "                  \\Parameters\\Mode:REG_SZ:YES\n\n"
		  "Restart the Frob service.\n\n" END_WORDS,
		  { "check REG_SZ " FROB_P "|Mode = YES", "repair " FROB_P "|Mode", NULL },
		  { NULL } },
		{ "spaces set the value apart from the last name: not read as one name",
		  "\nTo correct this problem, add the following registry entry using Regedt32, as\n"
		  "described in the Frob guide (page 12):\n\n"
		  "   HKEY_LOCAL_MACHINE\n"
		  "   \\SYSTEM\n"
		  "      \\CurrentControlSet\n"
		  "         \\Services\n"
		  "            \\Frob\n"
		  "               \\Parameters   Mode: REG_DWORD: 1\n\n" END_WORDS,
		  { NULL },
		  { "value: 'Parameters", NULL } },
		{ "data that is a placeholder",
		  "\nThe variable that names the local LU is:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "   \\Parameters\\Client: REG_SZ: <LocalLUalias>\n\n" END_WORDS,
		  { NULL },
		  { "check " FROB_P "|Client", "Client: REG_SZ", NULL } },
		{ "a line above the colon that ends another sentence asks nothing",
		  "\nThe path may be set wrong. Check to\n"
		  "make sure that the entry is:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\Mode:REG_SZ:YES\n\n"
		  END_WORDS,
		  { NULL },
		  { "repair " FROB_P "|Mode", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The whole archive's drafts, Q258855: "create the following registry
 * entries:" over two paths, the second ending in a value whose type the
 * line after gives ("Use 1 for the value(DWORD)."): the last name is a
 * value's, so no check that it exists as a key
 * (core/kbimport_asks.c key_given_data()). */
static void test_archive_a_value_typed_after_its_path(void **state)
{
	static const struct draft_case cases[] = {
		{ "the type after the path",
		  "\nIf the Frob icon is missing, create the\n"
		  "following registry entries:\n\n"
		  "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n\n"
		  "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\Configure Mode\n\n"
		  "Use 1 for the value(DWORD).\n\n" END_WORDS,
		  { "review 23: give it a type", NULL },
		  { "check " FROB_P "\\Configure Mode", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen54's Q201904 and Q153655 (and 10 archive articles): lines that
 * name a key or a value the review net did not read, so no pass placed
 * them and no review item listed them (core/kbimport_net.c): a path from
 * its root written with '/' ("HKLM/System/..."), a value named by "is"
 * ("The first, FrobMode, is a DWORD value", "the new registry value is
 * FrobWrap").  Data after "is" ("the default value is UpgradeOnly"), a
 * URL's path and a root inside a file's path name none. */
static const char is_body[] =
	"\n"
	"The Frob agent reads the following key when it starts:\n"           /* 18 */
	"\n"
	"   HKLM/System/CurrentControlSet/Services/Frob/Parameters/Mode\n"   /* 20 */
	"\n"
	"Two values were added. The first, FrobMode, is a DWORD value that\n" /* 22 */
	"sets the mode. The second new registry value is FrobWrap.\n"        /* 23 */
	"If no mode is given, the default value is UpgradeOnly.\n"           /* 24 */
	"See http://frob.example.com/HKLM/docs for more.\n"                  /* 25 */
	"The tool is in C:/Tools/HKLM/bin on the server.\n"                  /* 26 */
	"\n" END_WORDS;

static void test_u54_names_the_net_did_not_read(void **state)
{
	static const size_t names[] = { 20, 22, 23 }, none[] = { 18, 24, 25, 26 };

	(void)state;
	expect_net_lines(is_body, names, sizeof names / sizeof names[0], none, sizeof none / sizeof none[0]);
}

/* unseen55, Q141824 (and 9 archive articles): a failed HRESULT as Visual
 * Basic prints it, a negative number and the same value in hex in
 * brackets ("-2147023143 (&H800706d9)", "-2147467259(80004005) ,
 * Automation error"), with no word for an error near it: the two agreeing
 * makes it a code.  Read in hex; its message the rest of the line, or the
 * line under a pair alone on its line (core/kbimport_errors.c
 * scan_paired_code()). */
static void test_u55_a_negative_code_with_its_hex(void **state)
{
	static const struct draft_case cases[] = {
		{ "a pair alone on its line, a heading over its message",
		  "\n-2147023143 (&H800706d9)\n\n"
		  "There are no more endpoints available from the endpoint mapper\n"
		  "---------------------------------------------------------------\n\n"
		  "Make sure the Frob service is running.\n\n" END_WORDS,
		  { "error 0x800706D9", "message: 'There are no more endpoints available from the endpoint mapper'", NULL },
		  { NULL } },
		{ "eight digits in brackets are hex; the message after a comma",
		  "\nThe agent stops with:\n\n"
		  "   -2147467259(80004005) , Automation error\n\n" END_WORDS,
		  { "error 0x80004005", "message: 'Automation error'", NULL },
		  { "code: 80004005", NULL } },
		{ "two numbers that do not agree are no code",
		  "\nThe counter went from 5 to -2147023143 (800706d8) in the sample.\n\n" END_WORDS,
		  { NULL },
		  { "error 0x800706D8", "error 0x800706D9", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen55, Q240377: "If the test code causes this run-time error
 * message:" over "'429': ActiveX component can't create object.", Visual
 * Basic's run-time error with its number quoted (three digits: the
 * unquoted reader takes four only, as a server's replies are three)
 * (core/kbimport_errors.c scan_message_number()). */
static void test_u55_a_quoted_run_time_error(void **state)
{
	static const struct draft_case cases[] = {
		{ "the quoted number under a lead-in",
		  "\n   If the test code causes this run-time error message:\n\n"
		  "   '429': ActiveX component can't create object.\n\n" END_WORDS,
		  { "error 429", "message: 'ActiveX component can''t create object.'", NULL },
		  { NULL } },
		{ "no lead-in that announces an error",
		  "\n   The table lists the codes:\n\n"
		  "   '429': ActiveX component can't create object.\n\n" END_WORDS,
		  { NULL },
		  { "error 429", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen55, Q157447 and Q203263: Registry Editor's Add Value dialog in
 * a paragraph with its fields called "entries" ("Type Fixedsys in the
 * Value Name entry, ... Type System for the String entry"), and a key
 * opened in Regedt32's window as "\SOFTWARE\Vendor\Name" under the root
 * the step before picks, the vendor's name none the relative reader knew
 * (core/kbimport_dialog.c name_field(), data_field(); core/kbimport_roots.c
 * hive_path_at()). */
static void test_u55_the_add_value_dialog_in_other_words(void **state)
{
	static const struct draft_case cases[] = {
		{ "fields called entries",
		  "\n2. Go to the following registry key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Fonts\n\n"
		  "   Click Edit, and then click Add Value. Type Fixedsys in the Value Name entry,\n"
		  "   select REG_SZ for Data Type, and then click OK. Type System for the String\n"
		  "   entry, and click OK.\n\n" END_WORDS,
		  { "check REG_SZ HKLM\\SOFTWARE\\Frob\\Fonts|Fixedsys = System",
		    "repair HKLM\\SOFTWARE\\Frob\\Fonts|Fixedsys", NULL },
		  { NULL } },
		{ "a vendor's key opened under the root picked before",
		  "\n2. On the Windows menu, click HKEY_LOCAL_MACHINE on Local Machine.\n\n"
		  "3. Double-click the \\SOFTWARE\\Gizmoware\\Frob\\Board1 folder.\n\n"
		  "4. On the Edit menu, click Add Value, type \"FrobNumber\" (without the quotation\n"
		  "   marks), click REG_DWORD in the Data Type box, and then click OK.\n\n"
		  "5. Type \"10\" (without the quotation marks) in the Data box, click Hex, and then\n"
		  "   click OK.\n\n" END_WORDS,
		  { "check REG_DWORD HKLM\\SOFTWARE\\Gizmoware\\Frob\\Board1|FrobNumber = 16", NULL },
		  { NULL } },
		{ "the vendor's name alone: no path",
		  "\n2. On the Windows menu, click HKEY_LOCAL_MACHINE on Local Machine.\n\n"
		  "3. Double-click the \\SOFTWARE\\Gizmoware folder.\n\n" END_WORDS,
		  { NULL },
		  { "check HKLM\\SOFTWARE\\Gizmoware", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen54 and unseen55 (Q234595, Q185221, Q240026, Q314599, Q137756,
 * Q141824; 46 archive articles): values and keys named in words the review
 * net did not read.  A value double-clicked by a name of plain words with
 * its editor's box after it ("Double-click Content Type, in the String
 * box"), "Highlight the value: FixedWidthFont", "the (Default) value", a
 * key named in words by a file type's name or a name's shape ("select the
 * .ppt key", "an incorrectly set InprocServer key").  A block's "Value:"
 * label over data, a key of the keyboard and a hive's root alone name
 * none (core/kbimport_net.c). */
static const char words_body[] =
	"\n"
	"1. Start Registry Editor and locate the following registry key:\n"  /* 18 */
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\n"                         /* 19 */
	"2. Double-click Content Type, in the String box, type\n"            /* 20 */
	"   \"text/plain\" (without the quotation marks).\n"                 /* 21 */
	"3. In Registry Editor, highlight the value: FixedWidthFont\n"        /* 22 */
	"4. Change the (Default) string value to Frob.exe.\n"                /* 23 */
	"5. Locate and select the .frb key, and then delete it.\n"           /* 24 */
	"6. The error comes from an incorrectly set InprocServer key.\n"     /* 25 */
	"   Value: Yes\n"                                                    /* 26 */
	"7. Press the F8 key, then the Enter key.\n"                         /* 27 */
	"8. Open the HKEY_Classes_Root key in the registry.\n"               /* 28 */
	"\n" END_WORDS;

static void test_u55_names_in_words_the_net_did_not_read(void **state)
{
	static const size_t names[] = { 20, 22, 23, 24, 25 }, none[] = { 26, 27, 28 };

	(void)state;
	expect_net_lines(words_body, names, sizeof names / sizeof names[0], none, sizeof none / sizeof none[0]);
}

/* unseen57, Q153946 (and 8 archive articles): a path broken by the line's
 * end before a backslash ("... under HKEY_LOCAL_MACHINE\SYSTEM" /
 * "\CurrentControlSet\Services\Frob\Parameters:"), the colon leading in
 * to a value block.  The path stopped at the line's end (in a sentence;
 * alone on its line, at the colon), and a lead-in ending at the path's
 * own colon was not one (core/kbimport_registry.c
 * running_wrapped_in_name(), join_wrapped(), running_lead_in_to_values()). */
static void test_u57_a_running_path_broken_before_a_backslash(void **state)
{
	static const struct draft_case cases[] = {
		{ "the path goes on, its colon over a value block",
		  "\nRun the Frob tuner to set this value, or add this value to the registry under\n"
		  "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\n"
		  "\\Services\\Frob\\Parameters:\n\n"
		  "Value Name: Max Buffers\n"
		  "Data Type: REG_DWORD\n"
		  "Data: 64\n"
		  "Radix: Hex\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_P "|Max Buffers = 100", "repair " FROB_P "|Max Buffers", NULL },
		  { NULL } },
		{ "the same break inside a sentence",
		  "\nRun the Frob tuner, or add this value to the registry under HKEY_LOCAL_MACHINE\\SYSTEM\n"
		  "\\CurrentControlSet\\Services\\Frob\\Parameters:\n\n"
		  "Value Name: Max Buffers\n"
		  "Data Type: REG_DWORD\n"
		  "Data: 64\n"
		  "Radix: Hex\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_P "|Max Buffers = 100", "repair " FROB_P "|Max Buffers",
		    "review 18: broken over lines 18-19 before a backslash", NULL },
		  { NULL } },
		{ "a next line that is a step is not the path's",
		  "\nThe agent reads HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\n"
		  "1. \\Services\\Frob is its key.\n\n" END_WORDS,
		  { NULL },
		  { "before a backslash", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen57, Q153480 (and Q190443 in the archive): events as Event
 * Viewer's columns give them with no labels, the ID alone on a line, the
 * source on the next, the type on the third ("   7200" / "   MSExchangeIS
 * Private" / "   Error" / the text), under words about the event log.  No
 * reader saw an event there (core/kbimport_events.c unlabelled_block()). */
static void test_u57_an_event_block_with_no_labels(void **state)
{
	static const struct draft_case cases[] = {
		{ "two blocks under a lead-in about the log",
		  "\nThe agent stops, and events like these are reported in the Application Log:\n\n"
		  "   7201\n"
		  "   Frob Agent\n"
		  "   Error\n"
		  "   The agent's worker thread halted.\n\n"
		  "   7202\n"
		  "   Frob Agent\n"
		  "   Warning\n"
		  "   The agent's queue is full.\n\n" END_WORDS,
		  { "event 7201 from Frob Agent", "event 7202 from Frob Agent", NULL },
		  { NULL } },
		{ "numbers with no type line under them are no event",
		  "\nThe agent keeps these counts in its log:\n\n"
		  "   7201\n"
		  "   Frob Agent\n"
		  "   Total\n\n" END_WORDS,
		  { NULL },
		  { "event 7201", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen58, Q208237 (and Q175468 in the archive): a value given as
 * "Key     = HLM\SYSTEM\..." / "Value   = Name REG_DWORD 1" / "Default =
 * 0" under "Add the following registry parameter": the key label written
 * with '=', the root with its K lost, and a "Default = 0" that is the
 * state before, not the value's documentation, as the data asked differs
 * (core/kbimport_registry.c key_label(), core/kbimport_roots.c
 * line_mended(), core/kbimport_describes.c other_default()). */
static void test_u58_a_key_and_value_labelled_with_equals(void **state)
{
	static const struct draft_case cases[] = {
		{ "the block, its root written HLM",
		  "\n - Add the following registry parameter on all the agent's computers:\n\n"
		  "   Key     = HLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "   Value   = DisableFrob REG_DWORD 1\n"
		  "   Default = 0\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_P "|DisableFrob = 1", "repair " FROB_P "|DisableFrob",
		    "review 20: writes the root as HLM", NULL },
		  { NULL } },
		{ "a default equal to the data documents the value",
		  "\n - Add the following registry parameter on all the agent's computers:\n\n"
		  "   Key     = HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "   Value   = DisableFrob REG_DWORD 1\n"
		  "   Default = 1\n\n" END_WORDS,
		  { NULL },
		  { "repair " FROB_P "|DisableFrob", NULL } },
		{ "a reference's default with a colon still documents it",
		  "\n3. On the Edit menu, click Add Value and use the following entry:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n\n"
		  "   Value Name: RpcBuffer\n"
		  "   Data Type:  REG_DWORD\n"
		  "   Value:      0-FFFFFFFF\n"
		  "   Default:    800(2048)\n\n" END_WORDS,
		  { NULL },
		  { "repair " FROB_P "|RpcBuffer", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen59, Q169182: the Add Value dialog's steps, the data put into the
 * String field with "input the string TRUE" (not "type" or "enter")
 * (core/kbimport_dialog.c dialog_data()). */
static void test_u59_data_input_in_the_string_field(void **state)
{
	static const struct draft_case cases[] = {
		{ "input the string",
		  "\n2. Go to the following key in the registry:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n\n"
		  "3. On the Edit menu, click Add Value and use the following entry:\n\n"
		  "   Value Name: LineWrap\n"
		  "   Data Type: REG_SZ\n\n"
		  "4. Click OK.\n\n"
		  "5. In the String field, input the string TRUE and then click OK.\n\n" END_WORDS,
		  { "check REG_SZ " FROB_P "|LineWrap = TRUE", "repair " FROB_P "|LineWrap", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen61 (POOL events2), Q307788 and Q199274, and unseen62's Q260338: an
 * event's source named "with a source of Srv" or "with Service Control
 * Manager as the source" on the event's line, or "Source Frob" (no colon)
 * in the paragraph after one blank line under an "Event ID N" alone.  The
 * events were drafted with no source (core/kbimport_errors.c
 * imp_nearby_source()). */
static void test_u61_an_event_source_named_in_other_words(void **state)
{
	static const struct draft_case cases[] = {
		{ "with a source of",
		  "\nThe agent fails, and the event log may show event ID 2009 with a source of Frob. This\n"
		  "happens most often under load.\n\n" END_WORDS,
		  { "event 2009 from Frob", NULL },
		  { NULL } },
		{ "with X as the source",
		  "\nThe following Event ID 7001 with Frob Control Manager as the source is logged\n"
		  "in the System log:\n\n"
		  "   The Frob service failed to start.\n\n" END_WORDS,
		  { "event 7001 from Frob Control Manager", NULL },
		  { NULL } },
		{ "the source after a blank line",
		  "\nWhen the client connects, you may receive the following error message:\n\n"
		  "   Event ID 13006\n\n"
		  "   Source FrobPOP3\n\n"
		  "   The client could not log on.\n\n" END_WORDS,
		  { "event 13006 from FrobPOP3", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen62, Q177763 (and 3 archive articles): "You may also see Errors
 * 1232 or 1233", two codes after the plural, which no reader took (the
 * keyword reader reads "error" alone).  Not in a related article's title
 * ("Q123456 Frob Reports Errors 2563 and 2450"), nor where the article
 * says to ignore them (core/kbimport_errors.c scan_plural_codes()). */
static void test_u62_two_codes_after_errors(void **state)
{
	static const struct draft_case cases[] = {
		{ "errors N or M",
		  "\nRestart the agent. You may also see Errors 1232 or 1233 in its log.\n\n" END_WORDS,
		  { "error 1232", "error 1233", NULL },
		  { NULL } },
		{ "codes the article says to ignore",
		  "\nRestart the agent.\n\n"
		  "NOTE: Errors 1138 and 1139 will be written to the agent's log; however, you can\n"
		  "ignore these errors.\n\n" END_WORDS,
		  { NULL },
		  { "error 1138", "error 1139", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_u54_a_path_with_no_root),
		cmocka_unit_test(test_u54_set_it_equal_to),
		cmocka_unit_test(test_u54_a_tree_ending_in_a_typed_value),
		cmocka_unit_test(test_archive_a_value_typed_after_its_path),
		cmocka_unit_test(test_u54_names_the_net_did_not_read),
		cmocka_unit_test(test_u55_a_negative_code_with_its_hex),
		cmocka_unit_test(test_u55_a_quoted_run_time_error),
		cmocka_unit_test(test_u55_the_add_value_dialog_in_other_words),
		cmocka_unit_test(test_u55_names_in_words_the_net_did_not_read),
		cmocka_unit_test(test_u57_a_running_path_broken_before_a_backslash),
		cmocka_unit_test(test_u57_an_event_block_with_no_labels),
		cmocka_unit_test(test_u58_a_key_and_value_labelled_with_equals),
		cmocka_unit_test(test_u59_data_input_in_the_string_field),
		cmocka_unit_test(test_u61_an_event_source_named_in_other_words),
		cmocka_unit_test(test_u62_two_codes_after_errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
