/* test_kbimport_s30.c: forms of session 30's importer mends, read from
 * the misses of unseen sets 50 to 53 and of the pool.  Each case imports a small article written
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

#define FROB_S "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob"
#define FROB_P FROB_S "\\Parameters"
/* unseen50, Q129999: Regedt32 shows a value as "Name:REG_SZ:data"; the
 * step picks it with "Select" (not only "Double-click") and a later step
 * writes "Change old to new", a change of case alone.  The value was
 * left to the review net (core/kbimport_dialog.c shown_value_picked(),
 * shown_string_changed()). */
static void test_u50_a_shown_value_selected_then_changed(void **state)
{
	static const struct draft_case cases[] = {
		{ "selected, then its data changed",
		  "\n1. Locate the following registry key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n\n"
		  "2. Select DriverName:REG_SZ:\\device\\frobdrv.\n\n"
		  "3. From the Edit menu, choose String.\n\n"
		  "4. Change \\device\\frobdrv to \\Device\\Frobdrv.\n\n" END_WORDS,
		  { "check REG_SZ " FROB_P "|DriverName = \\Device\\Frobdrv", "repair " FROB_P "|DriverName", NULL },
		  { NULL } },
		{ "a change of other data than the one shown",
		  "\n1. Locate the following registry key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n\n"
		  "2. Select DriverName:REG_SZ:\\device\\frobdrv.\n\n"
		  "3. From the Edit menu, choose String.\n\n"
		  "4. Change \\device\\gizmo to \\Device\\Frobdrv.\n\n" END_WORDS,
		  { NULL },
		  { "check " FROB_P "|DriverName", NULL } },
		{ "a change the sentence goes on from",
		  "\n1. Locate the following registry key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n\n"
		  "2. Select DriverName:REG_SZ:\\device\\frobdrv.\n\n"
		  "3. Change \\device\\frobdrv to \\Device\\Frobdrv only when the agent is older than 3.0.\n\n"
		  END_WORDS,
		  { NULL },
		  { "check " FROB_P "|DriverName", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen50, Q196171 (and 4 archive articles): a path in the bold of the
 * web page the text was taken from, "<B>HKEY_...\Frob</B>", alone on its
 * line: read as running text with "</B>" in its last name, so "3. Delete
 * this key." found no key (core/kbimport_registry.c bold_closed(),
 * core/kbimport_edits.c deletable()). */
static void test_u50_a_path_in_bold_tags(void **state)
{
	static const struct draft_case cases[] = {
		{ "a bold path, then deleted",
		  "\n1. Start Registry Editor (Regedt32.exe).\n\n"
		  "2. Locate the following key in the registry:\n\n"
		  "      <B>HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob</B>\n\n"
		  "3. Delete this key.\n\n" END_WORDS,
		  { "absent " FROB_S, "repair " FROB_S, NULL },
		  { "</B>", NULL } },
		{ "a bold path wrapped over two lines",
		  "\nTo turn the agent on, add the following value:\n\n"
		  "   <B>HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\n"
		  "   \\Frob\\Parameters</B>\n\n"
		  "   Value Name: Enabled\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 1\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_P "|Enabled = 1", NULL },
		  { "</B>", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen50, Q155232: "From the Edit menu, select Add Key, and then enter
 * the following key: Jet" names the key made, and the values added below
 * go under it; the name was not read after "the following key:", so the
 * values were left "under a subkey named in words" (core/kbimport_values.c
 * step_subkey()).  The article's WORKAROUND heading is underlined with
 * '-': see test_u50_a_section_underlined_with_dashes(). */
static void test_u50_a_key_entered_after_the_following_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "the key entered, then a value under it",
		  "\n1. From the HKEY_LOCAL_MACHINE subtree, go to the following key:\n\n"
		  "   \\SYSTEM\\CurrentControlSet\\Services\\Frob\n\n"
		  "2. From the Edit menu, select Add Key, and then enter the following key: Parameters\n\n"
		  "3. Select the Parameters key.\n\n"
		  "4. From the Edit menu, select Add Value.\n\n"
		  "5. Add the following:\n\n"
		  "      Value: Enabled\n"
		  "      Data Type: REG_DWORD\n"
		  "      Data: 1\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_P "|Enabled = 1", "repair " FROB_P "|Enabled", NULL },
		  { "review 0: names in words", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen50, Q155232 (143 headings in 107 archive articles): "WORKAROUND"
 * underlined with '-' after "SYMPTOMS" underlined with '='.  The parser
 * took only '=' underlines, so the steps were read as part of SYMPTOMS
 * (the draft said the article had no WORKAROUND) and what they ask of a
 * key was dropped as a symptom's description (core/article.c
 * standard_section_name()).  A heading of another name
 * underlined so ("NAME" over a table's column) stays no section. */
static void test_u50_a_section_underlined_with_dashes(void **state)
{
	static const char head[] = ARTICLE_HEAD("Q900777", "Frobnitz Agent Does Not Start")
		"SYMPTOMS\n"
		"========\n"
		"\n"
		"The agent does not start and logs error 1067.\n"
		"\n"
		"WORKAROUND\n"
		"----------\n";
	static const struct draft_case cases[] = {
		{ "the steps under a dashed WORKAROUND",
		  LOCATE_THEN_ADD
		  "   Value Name: FrobLimit\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 1\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_P "|FrobLimit = 1", "repair " FROB_P "|FrobLimit", NULL },
		  { "has no RESOLUTION or WORKAROUND section", NULL } },
	};
	struct kb_article *a;
	struct kb_error err = { "" };
	static const char table[] = ARTICLE_HEAD("Q900778", "Frobnitz Names")
		"SYMPTOMS\n"
		"========\n"
		"\n"
		"The agent lists these names:\n"
		"\n"
		"NAME\n"
		"----\n"
		"frob1\n";
	size_t i;

	(void)state;
	DRAFT_EXPECT_ALL(head, cases);
	assert_int_equal(kb_article_parse("Q900778.txt", table, strlen(table), &a, &err), 0);
	for (i = 0; i < a->n_sections; i++)
		assert_string_not_equal(a->sections[i].name, "NAME");
	assert_int_equal(a->n_sections, 1);
	kb_article_free(a);
}

/* unseen50, Q152521 (and the archive's Q154117): a block whose labels
 * are followed by their text with no ':' or '=' ("Data Type REG_SZ",
 * "String .xlc"): the type and data were not read (core/kbimport_values.c
 * spaced_field_in_block()).  Words in prose that open with a label word
 * are not read so. */
static void test_u50_labels_without_a_colon(void **state)
{
	static const struct draft_case cases[] = {
		{ "labels spaced from their text",
		  LOCATE_THEN_ADD
		  "   Value Name   FrobPath\n"
		  "   Data Type    REG_SZ\n"
		  "   String       C:\\Frob\n\n" END_WORDS,
		  { "check REG_SZ " FROB_P "|FrobPath = C:\\Frob", "repair " FROB_P "|FrobPath", NULL },
		  { NULL } },
		{ "one space after each label, the name labelled with '='",
		  LOCATE_THEN_ADD
		  "   Value Name = FrobPath\n"
		  "   Data Type REG_SZ\n"
		  "   String .frob\n\n" END_WORDS,
		  { "check REG_SZ " FROB_P "|FrobPath = .frob", NULL },
		  { NULL } },
		{ "a datum of several words is not read so",
		  LOCATE_THEN_ADD
		  "   Value Name   FrobPath\n"
		  "   Data Type    REG_SZ\n"
		  "   String       the folder you installed to\n\n" END_WORDS,
		  { NULL },
		  { "check REG_SZ " FROB_P "|FrobPath = the", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen50, Q171338: "The Hman.log file should show all sites active
 * (status 1)": a status in brackets after the words it stands for is the
 * state they describe, not an error (core/kbimport_errors.c).  A status a
 * program exits with is still one, and so is a failure's NTSTATUS in
 * brackets. */
static void test_u50_a_status_that_names_a_state(void **state)
{
	static const struct draft_case cases[] = {
		{ "a state's status in brackets",
		  "\nThe Frob.log file should show all agents running (status 1) before you go on.\n\n" END_WORDS,
		  { NULL },
		  { "error 1", NULL } },
		{ "a status a program exits with",
		  "\nThe agent stops and logs: Exiting with Status 66\n\n" END_WORDS,
		  { "error 66", NULL },
		  { NULL } },
		{ "a failure's status in brackets",
		  "\nThe agent stops (status 0xC0000022) when it starts.\n\n" END_WORDS,
		  { "error 0xC0000022", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen50's Q173663, Q153544, Q194591, Q124549: lines that name a value
 * or a key in words the review net did not read, so no pass placed them
 * and no review item listed them (core/kbimport_net.c): a value clicked
 * in the right pane, the list of a key's values; "the value Userinit"
 * (near words about the registry, as other names in words);
 * "The Diagnostics subkey contains ..."; Regedt32's "Add Value:" as a
 * label over the value it adds; Q194934's '" Key Name: S36', the Add Key
 * dialog's lines quoted as a block.  Clicks elsewhere, "the value to 5", a
 * key of the keyboard and "New Value:" (new data) name none. */
static const char net_body[] =
	"\n"
	"1. Locate the following registry key:\n"                           /* 18 */
	"\n"
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"   /* 20 */
	"\n"
	"2. In the right pane, click FrobPort.\n"                           /* 22 */
	"3. In Registry Editor's Find box, click FrobPort.\n"               /* 23 */
	"4. Edit the value FrobList and add \",gizmo\" to its end.\n"       /* 24 */
	"5. Set the value to 5.\n"                                          /* 25 */
	"\n"
	"The Diagnostics subkey holds one value for each kind of log.\n"    /* 27 */
	"Press the F8 key to stop the agent.\n"                             /* 28 */
	"\n"
	"   Add Value: \"FrobLog\"\n"                                       /* 30 */
	"   New Value: C:\\Frob\\Logs\n"                                     /* 31 */
	"\n"
	"   \" Key Name: FrobSub\n"                                          /* 33 */
	"   Class:\" (without the quotation marks)\n"
	"\n" END_WORDS;

static void test_u50_values_and_keys_named_in_words(void **state)
{
	static const size_t names[] = { 22, 24, 27, 30, 33 }, none[] = { 23, 25, 28, 31 };

	(void)state;
	expect_net_lines(net_body, names, sizeof names / sizeof names[0], none, sizeof none / sizeof none[0]);
}

/* The pool's misses with no review item (unseen13-50 after tuning):
 * names typed in a step.  Q233969's 'Specify "SSIEnableCmdDirective"
 * (without the quotation marks) for the name', Q135237's "Type
 * DirectHost and press ENTER" (after New, String Value), Q188059's "In
 * the Key Name box, type "Lana""; not Registry Editor's own name typed in
 * the Run box or at a prompt, nor data ("type 1 and press ENTER"), nor a
 * file saved (core/kbimport_net.c names_typed_name()). */
static const char typed_body[] =
	"\n"
	"1. Click Start, click Run, type \"regedt32\" (without the quotation marks).\n" /* 18 */
	"2. Locate the following registry key:\n"                              /* 19 */
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"     /* 20 */
	"3. Specify \"FrobMaxLinks\" (without the quotation marks) for the name.\n" /* 21 */
	"4. Type FrobHost and press ENTER.\n"                                  /* 22 */
	"5. In the Key Name box, type \"Lana\" (without the quotation marks).\n"  /* 23 */
	"6. Type 1 and press ENTER.\n"                                         /* 24 */
	"7. Save the file as \"FrobSave\" (without the quotation marks).\n"      /* 25 */
	"8. At a command prompt, type Regedt32 and press ENTER.\n"             /* 26 */
	"\n" END_WORDS;

static void test_pool_names_typed_in_a_step(void **state)
{
	static const size_t names[] = { 21, 22, 23 }, none[] = { 18, 24, 25, 26 };

	(void)state;
	expect_net_lines(typed_body, names, sizeof names / sizeof names[0], none, sizeof none / sizeof none[0]);
}

/* unseen51's Q165064 (and the pool's Q149415): entries listed as
 * "- Registry key: HKEY_..." / "Value name (STRING): PolicyHandler" /
 * "Value data: ...", the value's type in brackets in its name's label,
 * were not read (core/kbimport_values.c name_label_with_type()).  In
 * Q149415 the list is under "The registry must contain the following
 * entries:" and "If any of these entries does not exist, use either of
 * the following methods:" follows it: each entry is to be made, not only
 * checked; only the last one's set was read, its window reaching that
 * line (core/kbimport_asks.c imp_scan_listed_added_when_missing()).  "If
 * any of these entries does not exist, the agent uses its defaults"
 * describes. */
#define TYPED_LIST(lead, after) \
	"\n" lead "\n\n" \
	"    - Registry key: HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Logon\n" \
	"      Value name (STRING): FrobHandler\n" \
	"      Value data: FROBPOL.DLL,FrobPolicies\n\n" \
	"    - Registry key: HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Groups\n" \
	"      Value name (STRING): GroupFcn\n" \
	"      Value data: FROBPOL.DLL,FrobGroups\n\n" \
	after "\n\n" END_WORDS

static void test_u51_a_list_of_entries_typed_in_brackets(void **state)
{
	static const char more_head[] = ARTICLE_HEAD("Q900777", "Frobnitz Agent Ignores Group Policies")
		"SYMPTOMS\n"
		"========\n"
		"\n"
		"The agent ignores group policies.\n"
		"\n"
		"MORE INFORMATION\n"
		"================\n";
	static const struct draft_case fix_cases[] = {
		{ "a list the steps add",
		  TYPED_LIST("You can add the following entries to the registry:", ""),
		  { "check REG_SZ HKLM\\SOFTWARE\\Frob\\Logon|FrobHandler = FROBPOL.DLL,FrobPolicies",
		    "check REG_SZ HKLM\\SOFTWARE\\Frob\\Groups|GroupFcn = FROBPOL.DLL,FrobGroups",
		    "repair HKLM\\SOFTWARE\\Frob\\Logon|FrobHandler", NULL },
		  { NULL } },
	};
	static const struct draft_case more_cases[] = {
		{ "a list the registry must hold, added when missing",
		  TYPED_LIST("The registry must contain the following entries:",
			     "If any of these entries does not exist, use either of the following methods:"),
		  { "repair HKLM\\SOFTWARE\\Frob\\Logon|FrobHandler", "repair HKLM\\SOFTWARE\\Frob\\Groups|GroupFcn",
		    NULL },
		  { NULL } },
		{ "a list the registry must hold, defaults when missing",
		  TYPED_LIST("The registry must contain the following entries:",
			     "If any of these entries does not exist, the agent uses its defaults."),
		  { "check REG_SZ HKLM\\SOFTWARE\\Frob\\Logon|FrobHandler = FROBPOL.DLL,FrobPolicies", NULL },
		  { "repair HKLM\\SOFTWARE\\Frob\\Logon|FrobHandler", "repair HKLM\\SOFTWARE\\Frob\\Groups|GroupFcn",
		    NULL } },
	};

	(void)state;
	draft_expect_cases(fix_cases, sizeof fix_cases / sizeof fix_cases[0]);
	DRAFT_EXPECT_ALL(more_head, more_cases);
}

/* unseen51's Q173946 (and the archive's Q156063): "create the following
 * DWORD registry value and set its value to 1:" over a path whose last
 * name is that value ("...\\ParametersSystem\\NNTP NewNews Disabled", a
 * name with spaces): the path was read as a key and the value left to a
 * review note (core/kbimport_asks.c path_ends_in_created_value()); and
 * unseen52's Q164606, "by setting the following registry key to
 * REG_DWORD 0:" (a type, which only a value has).  A
 * range ("set it to a value between 1 and 65535") or no type gives no
 * check. */
static void test_u51_a_value_created_at_the_end_of_its_path(void **state)
{
	static const struct draft_case cases[] = {
		{ "type and datum in the lead-in",
		  "\nTo turn the feed off, create the following DWORD registry value and set its value to 1:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\\n"
		  "   Parameters\\Feed Disabled\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_P "|Feed Disabled = 1", "repair " FROB_P "|Feed Disabled",
		    "review 21: the last name of the path", NULL },
		  { NULL } },
		{ "a range",
		  "\nTo set the port, create the following DWORD registry value and set it to a value between 1\n"
		  "and 65535:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\FeedPort\n\n" END_WORDS,
		  { NULL },
		  { "check " FROB_P "|FeedPort", NULL } },
		{ "a key set to a type and a datum",
		  "\nTurn the feed off by setting the following registry key\nto REG_DWORD 0:\n\n"
		  "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\FeedOn\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_P "|FeedOn = 0", "repair " FROB_P "|FeedOn", NULL },
		  { NULL } },
		{ "a key set to a datum with no type",
		  "\nTurn the feed off by setting the following registry key to 0:\n\n"
		  "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\FeedOn\n\n" END_WORDS,
		  { NULL },
		  { "check " FROB_P "|FeedOn", NULL } },
		{ "no type",
		  "\nTo turn the feed off, create the following registry value and set it to 1:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\FeedOff\n\n" END_WORDS,
		  { NULL },
		  { "check " FROB_P "|FeedOff", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen51's review lines not placed (Q121555, Q176183, Q196208,
 * Q167050): a value's name with its type or default in brackets after it
 * ('"Yield Time" (DWORD)', "EnableRemoteConnect (default value = "N")"),
 * and "Parameter: CapPercentsAt100" as a label; not a file's "(binary)
 * format", a C cast "(DWORD)hWnd", nor a protocol's "Parameter: [L]"
 * (core/kbimport_net.c names_value_with_bracket(), names_by_label()). */
static const char bracket_body[] =
	"\n"
	"The agent reads these values under HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob:\n" /* 18 */
	"\n"
	"   \"Yield Time\" (DWORD)\n"                                         /* 20 */
	"   FrobRemote (default value = \"N\")\n"                             /* 21 */
	"   Parameter: CapFrobAt100\n"                                       /* 22 */
	"   Saved in the agent's (binary) format.\n"                         /* 23 */
	"   Call it as x = (DWORD)hWnd; in the registry code.\n"             /* 24 */
	"   Parameter: [L] - the length of the field.\n"                     /* 25 */
	"\n" END_WORDS;

static void test_u51_names_with_a_bracket_after_them(void **state)
{
	static const size_t names[] = { 20, 21, 22 }, none[] = { 23, 24, 25 };

	(void)state;
	expect_net_lines(bracket_body, names, sizeof names / sizeof names[0], none, sizeof none / sizeof none[0]);
}

/* The pool's events missed with no review item (Q313621, Q143186): "an
 * event ID of 3001", "many MTA 9406 and 9407 event ID's"; not a count
 * before other words ("2 event viewers") (core/kbimport_net.c
 * word_then_number(), number_then_event_id()). */
static const char event_body[] =
	"\n"
	"The agent logs an event with a source of Frob, an event ID of 3001, and a text.\n" /* 18 */
	"Servers that show many Frob 9406 and 9407 event ID's are slow.\n"               /* 19 */
	"Open the 2 event viewers side by side.\n"                                        /* 20 */
	"\n" END_WORDS;

static void test_pool_event_ids_named_other_ways(void **state)
{
	static const size_t names[] = { 18, 19 }, none[] = { 20 };

	(void)state;
	expect_net_lines(event_body, names, sizeof names / sizeof names[0], none, sizeof none / sizeof none[0]);
}

/* unseen52's Q273027: "- HKLM\\System\\CCS\\Services\\Netbt\\Parameters\\
 * CacheTimeout = 60000 (60 seconds)," / "type REG_DWORD in milliseconds":
 * the path was read with " = 60000 (60 seconds)" in its last name and
 * the next line as a value named "type".  The path ends before " = ", and
 * what the line gives is for a person: the name may be a value or the
 * data the key's default value (core/kbimport_registry.c).  "... =
 * Value: Current Database" names its value after a label, as before. */
static void test_u52_a_path_given_data_on_its_line(void **state)
{
	static const struct draft_case cases[] = {
		{ "a path, then its data after an equals sign",
		  "\nYou can shorten the delay with the following settings:\n\n"
		  " - HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\FrobTimeout = 60000 (60 seconds),\n"
		  "   type REG_DWORD in milliseconds\n\n" END_WORDS,
		  { "review 20: is given data on its line ('60000 (60 seconds),')", NULL },
		  { "FrobTimeout = 60000", "value ''type''", "check " FROB_P "\\FrobTimeout", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen52's Q120741 (and the archive's Q164912, Q178071): a path
 * wrapped after a backslash whose last line ends in a value written with
 * its type and data ("...\\CurrentVersion\\" / "FileManager\\AddOns\\Afp
 * Manager: REG_SZ: sfmmgr.cpl"): the join stopped at the colon, so the
 * value was lost and its key cut after "Afp" (core/kbimport_registry.c
 * join_wrapped()).  "0|1" after the colon is a choice of data, not a
 * mistyped backslash in the path. */
static void test_u52_a_wrapped_path_ending_in_a_typed_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "a name with a space, its type and data",
		  "\nEdit it to read as shown below:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\\n"
		  "   Parameters\\Frob Path: REG_SZ: frob.cpl\n\n" END_WORDS,
		  { "check REG_SZ HKLM\\SOFTWARE\\Frob\\Parameters|Frob Path = frob.cpl",
		    "repair HKLM\\SOFTWARE\\Frob\\Parameters|Frob Path", NULL },
		  { NULL } },
		{ "a choice of data",
		  "\nEdit it to read as shown below:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\\n"
		  "   Parameters\\NoFrob: REG_DWORD:0|1\n\n" END_WORDS,
		  { "review 20: a range or a choice", NULL },
		  { "holds a '|'", "check HKLM\\SOFTWARE\\Frob\\Parameters|NoFrob", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen52's Q290287 and Q198586: a key named by its GUID ("If the
 * {bc00f780-...} key still exists, delete it") and "create a new key
 * named Properties" reach the review net; a key of the keyboard does not
 * (core/kbimport_net.c names_guid_key(), names_value_after_noun()). */
static const char key_words_body[] =
	"\n"
	"1. In Registry Editor, if the {0A1B2C3D-1111-2222-3333-444455556666} key still exists, delete it.\n" /* 18 */
	"2. Under the catalog name in the registry, create a new key named FrobProps.\n"                   /* 19 */
	"3. Press the Enter key to close the registry dialog.\n"                                           /* 20 */
	"\n" END_WORDS;

static void test_u52_keys_named_in_words(void **state)
{
	static const size_t names[] = { 18, 19 }, none[] = { 20 };

	(void)state;
	expect_net_lines(key_words_body, names, sizeof names / sizeof names[0], none, sizeof none / sizeof none[0]);
}

/* unseen53's Q258846: "3. Change the data for the SameAreaRule (REG_SZ)
 * value from "G" to "0FG"." after the key: the type in brackets between
 * the value's name and its noun was not read, so the step set nothing
 * (core/kbimport_procedure.c set_to()). */
static void test_u53_a_change_naming_the_type_in_brackets(void **state)
{
	static const struct draft_case cases[] = {
		{ "the data for a value, its type in brackets",
		  "\n1. Locate the following key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n\n"
		  "2. Change the data for the FrobRule (REG_SZ) value from \"G\" to \"0FG\".\n\n" END_WORDS,
		  { "check REG_SZ " FROB_P "|FrobRule = 0FG", "repair " FROB_P "|FrobRule", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen53's Q137567 and Q150475: a list of values under a lead-in, each
 * a name, a run of spaces and its data in quotes ("DefaultSyntax
 * "3"", "QuickLaunch   "4.0;..."" under "Delete the following value:"):
 * no review item named them (core/kbimport_net.c
 * name_under_value_lead_in()).  Lines so under other words do not. */
static const char quoted_list_body[] =
	"\n"
	"The Frob key in the registry should contain the following string values:\n" /* 18 */
	"\n"
	"      FrobSyntax        \"3\"\n"                                        /* 20 */
	"      FrobEndpoint      \"\\pipe\\frob\"\n"                            /* 21 */
	"\n"
	"The installer then prints the following lines:\n"                      /* 23 */
	"\n"
	"      Copying           \"frob.dll\"\n"                                 /* 25 */
	"\n" END_WORDS;

static void test_u53_a_list_of_names_and_quoted_data(void **state)
{
	static const size_t names[] = { 20, 21 }, none[] = { 25 };

	(void)state;
	expect_net_lines(quoted_list_body, names, sizeof names / sizeof names[0], none, sizeof none / sizeof none[0]);
}

/* The pool's Q233969: 'Specify "SSIEnableCmdDirective" (without the
 * quotation marks) for the name.' under "click New, and then DWORD
 * Value" names a value, though no word "registry" stands within three
 * lines: Registry Editor's own commands and boxes speak of it too, as
 * the editor writes them ("the CString value" is no such command)
 * (core/kbimport_net.c registry_near()). */
static const char command_body[] =
	"\n"
	"1. On the Edit menu, click New, and then DWORD Value.\n"                     /* 18 */
	"\n"
	"2. Specify \"FrobLinks\" (without the quotation marks) for the name.\n"    /* 20 */
	"\n"
	"The program keeps its text in a buffer.\n"
	"\n"
	"It stores the CString value first.\n"                                        /* 24 */
	"\n"
	"3. Specify \"FrobShare\" (without the quotation marks) for the share.\n"    /* 26 */
	"\n" END_WORDS;

static void test_pool_a_name_typed_near_an_editor_command(void **state)
{
	static const size_t names[] = { 20 }, none[] = { 26 };

	(void)state;
	expect_net_lines(command_body, names, sizeof names / sizeof names[0], none, sizeof none / sizeof none[0]);
}

/* unseen53's Q152664 and Q154594: "Remove the registry value
 * NetWareClientSupport if NWLINK is not installed", "the registry value
 * USERINIT by using the ...": the name in the review note ran on over
 * the condition ("NetWareClientSupport if NWLINK") (core/kbimport_named.c
 * name_words_end()); a name of several words still reads whole. */
static void test_u53_a_value_named_before_a_condition(void **state)
{
	static const struct draft_case cases[] = {
		{ "a condition after the name",
		  "\nRemove the registry value FrobSupport if NWLINK is not installed on the server.\n\n"
		  "The agent keeps its settings under HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob.\n\n" END_WORDS,
		  { "review 18: value 'FrobSupport' is named here in words", NULL },
		  { "value ''FrobSupport if", NULL } },
		{ "a name of two words",
		  "\nCheck the registry value Frob Folder when the agent starts.\n\n"
		  "The agent keeps its settings under HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob.\n\n" END_WORDS,
		  { "review 18: value 'Frob Folder' is named here in words", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_u50_a_shown_value_selected_then_changed),
		cmocka_unit_test(test_u50_a_path_in_bold_tags),
		cmocka_unit_test(test_u50_a_key_entered_after_the_following_key),
		cmocka_unit_test(test_u50_a_section_underlined_with_dashes),
		cmocka_unit_test(test_u50_labels_without_a_colon),
		cmocka_unit_test(test_u50_a_status_that_names_a_state),
		cmocka_unit_test(test_u50_values_and_keys_named_in_words),
		cmocka_unit_test(test_pool_names_typed_in_a_step),
		cmocka_unit_test(test_u51_a_list_of_entries_typed_in_brackets),
		cmocka_unit_test(test_u51_a_value_created_at_the_end_of_its_path),
		cmocka_unit_test(test_u51_names_with_a_bracket_after_them),
		cmocka_unit_test(test_pool_event_ids_named_other_ways),
		cmocka_unit_test(test_u52_a_path_given_data_on_its_line),
		cmocka_unit_test(test_u52_a_wrapped_path_ending_in_a_typed_value),
		cmocka_unit_test(test_u52_keys_named_in_words),
		cmocka_unit_test(test_u53_a_change_naming_the_type_in_brackets),
		cmocka_unit_test(test_u53_a_list_of_names_and_quoted_data),
		cmocka_unit_test(test_pool_a_name_typed_near_an_editor_command),
		cmocka_unit_test(test_u53_a_value_named_before_a_condition),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
