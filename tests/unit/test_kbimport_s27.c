/* test_kbimport_s27.c: forms of session 27's importer mends, read from
 * the misses of unseen set 41.  Each case imports a small article written
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

#define FROB "HKLM\\SOFTWARE\\Frob\\Parameters"
/* A parameter entry as the Resource Kit prints it: the value's name on a
 * line of its own, then "Key:" with the full path, then the type, range
 * and default; lead is the sentence above it, blanks the blank lines
 * between. */
#define PARAM_ENTRY(lead, blanks, name_line) \
	"\n" lead "\n" blanks \
	name_line "\n" \
	"   Key: HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Parameters\n" \
	"   Value Type: REG_DWORD - Boolean\n" \
	"   Valid Range: 0,1 (False or True)\n" \
	"   Default: 0 (False)\n" \
	"   Description: Setting this parameter to 1 makes the hub frob.\n" \
	"\n" END_WORDS

/* unseen41, Q259760: "3. Set the EnablePostCmp registry parameter to 1:"
 * over such an entry.  The path after "Key:" was split as if its last name
 * were the value ('Parameters' under ...\W3Svc) because "Value Type"
 * follows it, and the name above was left in review
 * (core/kbimport_asks.c imp_trailing_value(); the asking sentence over
 * the name, core/kbimport_prosekey.c imp_dword_set_in_words()). */
static void test_u41_a_parameter_entry_named_over_its_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "a step sets it, three blank lines above the entry",
		  PARAM_ENTRY("3. Set the FrobOnPost registry parameter to 1:", "\n   \n\n", "   FrobOnPost"),
		  { "check REG_DWORD " FROB "|FrobOnPost = 1", "repair " FROB "|FrobOnPost", NULL },
		  { "check HKLM\\SOFTWARE\\Frob|Parameters", NULL } },
		{ "the name labelled 'Value:', documented only: no data, no repair",
		  PARAM_ENTRY("The new registry parameter that controls this is:", "\n", "   Value: FrobOnPost"),
		  { "review 0: value 'FrobOnPost' REG_DWORD - Boolean under " FROB ": the article gives no data", NULL },
		  { "repair " FROB "|FrobOnPost", "check HKLM\\SOFTWARE\\Frob|Parameters", NULL } },
		{ "a 'Key:' line with no name over it keeps its last name a value",
		  "\nSet the following value to 1:\n\n"
		  "   Key: HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Parameters\\FrobOnPost\n"
		  "   Value Type: REG_DWORD\n"
		  "\n" END_WORDS,
		  { "check " FROB "|FrobOnPost = 1", NULL },
		  { "check " FROB "\\FrobOnPost", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen41, Q290621: Event Viewer's blocks copied with "EventID:" run
 * together and, in one block, the labels "Category" and "Source" without
 * their colons.  The block reader knew only "Event ID", so the events were
 * read as prose, three lines under their source, and drafted without it
 * (core/kbimport_events.c event_id_at(), bare_label_line(); 4 archive
 * articles gain their source). */
static void test_u41_event_blocks_with_eventid_run_together(void **state)
{
	static const struct draft_case cases[] = {
		{ "'EventID:' under 'Source:' and a 'Category' without its colon",
		  "\nThe following events are logged in the Application event log:\n\n"
		  "   Source: Frob Hub Public\n"
		  "   Type: Error\n"
		  "   Category Rules\n"
		  "   EventID: 1041\n"
		  "   Description:\n"
		  "   The rule with sequence number 100 is being disabled due to errors.\n\n"
		  "   Source Frob Hub Public\n"
		  "   Type: Error\n"
		  "   Category: Transport\n"
		  "   EventID: 2028\n"
		  "   Description:\n"
		  "   The delivery of a message sent by a public folder has failed.\n\n" END_WORDS,
		  { "event 1041 from Frob Hub Public", "event 2028 from Frob Hub Public", NULL },
		  { "review 0: named without its source", NULL } },
		{ "a sentence above the block is not a label without its colon",
		  "\nThe following event is logged in the Application event log.\n"
		  "Source code control shows the following.\n"
		  "   EventID: 1041\n"
		  "   Description: The rule is being disabled due to errors.\n\n" END_WORDS,
		  { "event 1041", NULL },
		  { "event 1041 from code", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen41, Q209304: "events 4124 and/or 4126 may occur" named the
 * second event after "and/or", which the reader of a second ID did not
 * know (core/kbimport_errors.c second_event_id(); the archive's one). */
static void test_u41_a_second_event_after_and_or(void **state)
{
	static const struct draft_case cases[] = {
		{ "'and/or' joins the second event",
		  "\nIn the Application log, events 4124 and/or 4126 may occur when the frob\n"
		  "catalog is damaged.\n\n" END_WORDS,
		  { "event 4124", "event 4126", NULL }, { NULL } },
		{ "'and/or' before a count is no event",
		  "\nIn the Application log, event 4124 and/or 20 more may occur when the frob\n"
		  "catalog is damaged.\n\n" END_WORDS,
		  { "event 4124", NULL }, { "event 20", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen41, Q135316: "The following registry setting ... must be
 * enabled:" over the key and "AP_SAMENosUser: REG_SZ: YES".  The guide
 * reads "must be" as a set; the importer took it for a look only and
 * drafted the check without its repair (core/kbimport_asks.c
 * imp_article_asks(); the archive's one). */
static void test_u41_a_setting_that_must_be_enabled(void **state)
{
	static const struct draft_case cases[] = {
		{ "'must be enabled' in a list of what a feature needs",
		  "\nObtain the latest service pack for Frobnitz Server.\n\n"
		  "MORE INFORMATION\n================\n\n"
		  "This enhancement lets the hub use the logged-on user. To enable this feature:\n\n"
		  "1. The hub must set the security field to SAME.\n\n"
		  "2. The following registry setting, or the FROB.INI setting for old clients,\n"
		  "   must be enabled: If Frobnitz Server 2.0 is being used:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Parameters\n\n"
		  "          FrobSameUser: REG_SZ: YES\n\n" END_WORDS,
		  { "check " FROB "|FrobSameUser = YES", "repair " FROB "|FrobSameUser", NULL }, { NULL } },
		{ "a setting said to be enabled already is only looked at",
		  "\nMORE INFORMATION\n================\n\nFrob logons use this setting:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Parameters\n\n"
		  "          FrobSameUser: REG_SZ: YES\n\n"
		  "The setting is enabled by default.\n\n" END_WORDS,
		  { NULL }, { "repair " FROB "|FrobSameUser", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen41, Q218920: "click Add Value, and type "Logon Only As" (without
 * the quotation marks) in the Value Name text box".  The dialog reader
 * knew the "Value Name box" and "field" but not the "text box", so the
 * value went unread and its line had no review item
 * (core/kbimport_dialog.c name_field()). */
static void test_u41_the_value_name_text_box(void **state)
{
	static const struct draft_case cases[] = {
		{ "name, type and data typed into text boxes",
		  "\n1. Run Registry Editor (Regedt32.exe).\n\n"
		  "2. Go to the following key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Parameters\n\n"
		  "3. On the Edit menu, click Add Value, and type \"Hub Only As\" (without the\n"
		  "   quotation marks) in the Value Name text box. Type \"REG_MULTI_SZ\" (without the\n"
		  "   quotation marks) in the Data Type text box.\n\n"
		  "4. Click OK. In the Data text box, type hub1 and then click OK.\n\n" END_WORDS,
		  { "check REG_MULTI_SZ " FROB "|Hub Only As = hub1", "repair " FROB "|Hub Only As", NULL }, { NULL } },
		{ "data the reader picks: a review item on the value's line",
		  "\n1. Run Registry Editor (Regedt32.exe).\n\n"
		  "2. Go to the following key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Parameters\n\n"
		  "3. On the Edit menu, click Add Value, and type \"Hub Only As\" (without the\n"
		  "   quotation marks) in the Value Name text box. Type \"REG_MULTI_SZ\" (without the\n"
		  "   quotation marks) in the Data Type text box.\n\n"
		  "4. Click OK. In the Data text box, type the names of both hubs on separate\n"
		  "   lines, and then click OK.\n\n" END_WORDS,
		  { "review 24: value 'Hub Only As' (REG_MULTI_SZ)", NULL },
		  { "check " FROB "|Hub Only As", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen41, Q197254: "2. Locate the Dir Sync alias name rule value under
 * the following key in the registry:" names a value by several words, its
 * data the reader's rule.  No pass placed the line: the one-word reader
 * cannot tell where such a name starts (core/kbimport_named.c
 * words_named_value(); 2 archive articles). */
/* Steps that locate a value named by words ("the <words> value") under
 * ...\Frob\Parameters, its data the reader's rule. */
#define LOCATE_NAMED(words) \
	"\n1. Start Registry Editor (Regedt32.exe).\n\n" \
	"2. Locate the " words " value under the following key in the\n" \
	"   registry:\n\n" \
	"      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Parameters\n\n" \
	"3. Under data, type in the rule to use.\n\n" END_WORDS

static void test_u41_a_value_named_by_several_words(void **state)
{
	static const struct draft_case cases[] = {
		{ "several words, a capital first: a review item on its line",
		  LOCATE_NAMED("Hub Sync alias name rule"),
		  { "review 20: ('Hub Sync alias name rule')", NULL }, { NULL } },
		{ "'the appropriate value' names none",
		  LOCATE_NAMED("appropriate hub"),
		  { NULL }, { "review 0: which do not show where its name starts", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen41, Q164156: "Confirm the following registry entries ... point
 * to valid files" over a wrapped key and "Engine=C:\...\MSSP232.DLL",
 * "Dictionary=...": values shown as Name=data with no type, which no pass
 * placed (core/kbimport_regblock.c entry_under_key(); 4 archive
 * articles). */
static void test_u41_name_equals_data_under_a_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "two entries under a wrapped key",
		  "\nConfirm that the following registry entries point to valid files.\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Proofing Tools\n"
		  "   \\Spelling\\1033\\Normal\n\n"
		  "   Engine=C:\\Frob\\PROOF\\FROBSP.DLL\n\n"
		  "   Dictionary=C:\\Frob\\PROOF\\frob_en.lex\n\n" END_WORDS,
		  { "review 23: 'Engine' is shown as Name=data under the key on line 20",
		    "review 25: 'Dictionary' is shown as Name=data under the key on line 20", NULL },
		  { "check HKLM\\SOFTWARE\\Frob\\Proofing Tools\\Spelling\\1033\\Normal|Engine", NULL } },
		{ "an entry under prose is not a value of a key",
		  "\nConfirm that the FROB.INI file holds the following line.\n\n"
		  "   Engine=C:\\Frob\\PROOF\\FROBSP.DLL\n\n" END_WORDS,
		  { "review 20: is a setting in an .ini file", NULL },
		  { "review 0: is shown as Name=data", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The steps of unseen42's Q236111, "3. On the Edit menu, click Add
 * Value." / "4. Add one of the following values, depending on which
 * protocol is shared between the clients and the PDC:" over four names,
 * each alone on its line, then "select REG_DWORD" and "type "1"".  The
 * listed-name reader took one name after a one-line "following value:"
 * lead-in, and the steps' reader forgot a listed name once "click Add
 * Value" had made a value, so even one name got no data
 * (core/kbimport_listedname.c imp_values_listed_after(),
 * core/kbimport_procedure.c read_sentence(); the archive's one). */
#define ADD_LISTED(lead, names) \
	"\n1. Start Registry Editor (Regedt32.exe).\n\n" \
	"2. Under the HKEY_LOCAL_MACHINE subtree, go to the following subkey:\n\n" \
	"   SOFTWARE\\Frob\\Parameters\n\n" \
	"3. On the Edit menu, click Add Value.\n\n" \
	"4. " lead "\n\n" names \
	"5. In the Data Type field, select REG_DWORD, and then click OK.\n\n" \
	"6. In the DWORD editor, in the Data field, type \"1\" (without the quotation\n" \
	"   marks).\n\n" \
	"7. Click OK. The new value appears.\n\n" END_WORDS

static void test_u42_values_listed_by_name_in_the_steps(void **state)
{
	static const struct draft_case cases[] = {
		{ "one name under 'Add the following value:', type and data in later steps",
		  ADD_LISTED("Add the following value:", "   FrobClientSupport\n\n"),
		  { "check REG_DWORD " FROB "|FrobClientSupport = 1", "repair " FROB "|FrobClientSupport", NULL },
		  { NULL } },
		{ "'one of the following values' over three names: each, and a review item",
		  ADD_LISTED("Add one of the following values, depending on which protocol is shared\n"
			     "   between the hub and the clients:",
			     "   FrobIpxSupport\n\n   FrobTcpSupport\n\n   FrobTalkSupport\n\n"),
		  { "check REG_DWORD " FROB "|FrobIpxSupport = 1", "check REG_DWORD " FROB "|FrobTcpSupport = 1",
		    "check REG_DWORD " FROB "|FrobTalkSupport = 1", "repair " FROB "|FrobTalkSupport",
		    "review 26: the article adds one of the values listed below", NULL },
		  { NULL } },
		{ "'Add the following values:' leads in to a block, not to lone names",
		  "\n1. Start Registry Editor (Regedt32.exe).\n\n"
		  "2. Under the HKEY_LOCAL_MACHINE subtree, go to the following subkey:\n\n"
		  "   SOFTWARE\\Frob\\Parameters\n\n"
		  "3. Add the following values:\n\n   Hub Only Settings\n\n   FrobIpxSupport\n\n"
		  "4. Quit Registry Editor.\n\n" END_WORDS,
		  { NULL },
		  { "check " FROB "|Hub Only Settings", "review 26: value 'Hub Only Settings'", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen42, Q184576: "3. Add SetFixedTabs = 'TRUE' (the type is
 * REG_SZ)." under the key.  No reader drafts the form, and the last pass,
 * which lists every line naming a fact that nothing placed, took the
 * step's own "rewrite this step" item for a placement
 * (core/kbimport.c review_unplaced(); 88 lines in 78 archive drafts). */
/* Steps that open ...\Frob\Hub\Parameters, then step 3 (line 24). */
#define NAVIGATE_THEN(step3) \
	"\n1. Start RegEdt32.exe.\n\n" \
	"2. Navigate to the following key:\n\n" \
	"HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Hub\\Parameters\n\n" \
	"3. " step3 "\n\n" END_WORDS

static void test_u42_a_step_naming_a_value_is_listed(void **state)
{
	static const struct draft_case cases[] = {
		{ "a numbered step naming a value and its type",
		  NAVIGATE_THEN("Add SetFixedFrobs = 'TRUE' (the type is REG_SZ).\n\n"
				"4. Stop and start the Frob service."),
		  { "review 24: this line names a registry key or value", NULL }, { NULL } },
		{ "a step that names no fact gets no such item",
		  NAVIGATE_THEN("Stop and start the Frob service."),
		  { NULL }, { "review 24: this line names a registry key or value", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen42, Q126017: "The HKEY_LOCAL_MACHINE\SOFTWARE\MICROSOFT\WINDOWS
 * NT\MCI line should be:" over "WaveAudio:REG_SZ:mciwave.drv".  A path in
 * running text was read to its first space ("...\WINDOWS"), so the value
 * went under no key.  A word after the space that holds a backslash goes
 * on with the path (core/kbimport_registry.c spaced_name_goes_on(); 24
 * archive drafts read a longer path, 2 checks more). */
static void test_u42_a_running_path_with_a_space_in_a_name(void **state)
{
	static const struct draft_case cases[] = {
		{ "'WINDOWS NT\\MCI line should be:' over the value",
		  "\nCheck the registry for the following lines.\n\n"
		  "The HKEY_LOCAL_MACHINE\\SOFTWARE\\FROB CORP\\MCI line should be:\n\n"
		  "   FrobAudio:REG_SZ:mcifrob.drv\n\n" END_WORDS,
		  { "check REG_SZ HKLM\\SOFTWARE\\FROB CORP\\MCI|FrobAudio = mcifrob.drv", NULL },
		  { "check HKLM\\SOFTWARE\\FROB|FrobAudio", NULL } },
		{ "a file's path after the key is not the key's",
		  "\nThe HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob key names C:\\Frob\\bin as its folder.\n\n" END_WORDS,
		  { "review 0: key HKLM\\SOFTWARE\\Frob is named in running text", NULL },
		  { "review 0: key HKLM\\SOFTWARE\\Frob key", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen42, Q142273: "the following error is logged in the system log:"
 * over "   4204 - "An error was encountered in the database..."".  The
 * list reader took an event written as its ID and its message after a
 * lead-in naming events, not "ID - message", nor a lead-in naming only the
 * log, nor a "Source:" line over the IDs (Q257348); an option's "the
 * following event will be logged when ..." stays out (guide C2)
 * (core/kbimport_errors.c imp_scan_event_number_list(); 8 archive
 * articles gain 11 events, 12 lose a doubled "listed without its source"
 * note). */
static void test_u42_events_written_id_dash_message(void **state)
{
	static const struct draft_case cases[] = {
		{ "'ID - message' under a lead-in naming the system log",
		  "\nThe frob service stops, and the following error is logged in the system log:\n\n"
		  "   4204 - \"An error was encountered in the frob database. You might need to\n"
		  "   restore the database from a backup.\"\n\n" END_WORDS,
		  { "event 4204", NULL }, { NULL } },
		{ "a 'Source:' line over the IDs gives their source",
		  "\nThe following error messages may be logged in the application event log:\n\n"
		  "   Source: FrobHub\n"
		  "   2026 - An internal hub error occurred. Contact your administrator.\n\n" END_WORDS,
		  { "event 2026 from FrobHub", NULL }, { "review 0: is listed without its source", NULL } },
		{ "what an option logs 'when' it fires is no symptom",
		  "\n - To check every update the hub receives.\n\n"
		  "   In addition, the following application event will be logged when the hub\n"
		  "   receives a bad update from a client:\n\n"
		  "   631 - Invalid message received across the LAN.\n\n" END_WORDS,
		  { NULL }, { "event 631", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen43, Q243287: "EBU<xxxx> caused an exception c0000006h in module
 * kernel32.dll": a status written with the assembler's hex suffix was
 * read as no code (core/kbimport_errors.c read_code(); 7 archive
 * articles gain 9 codes, "Error Code: C0000008H" among them).  Q286350:
 * "These exceptions are normal." under a list of RPC exceptions: the
 * reader of "normal" knew "this ... is", not "these ... are"
 * (core/kbimport_afterfix.c says_normal(); guide C2).  Q145679: "If lrc
 * <> ERROR_NONE Then Error 5", Visual Basic's Error statement in sample
 * code, drafted as error 5 (core/kbimport_errors.c
 * basic_error_statement(); 2 archive articles lose a wrong code). */
static void test_u43_hex_suffix_and_these_are_normal(void **state)
{
	static const struct draft_case cases[] = {
		{ "a status with an 'h' after its eight digits",
		  "\nThe following error message appears:\n\n"
		  "   FROBSIM caused an exception c0000006h in module frob.dll.\n\n" END_WORDS,
		  { "error 0xc0000006", NULL }, { NULL } },
		{ "... and with 'H' after 'Error Code:'",
		  "\nThe hub logs the following line:\n\n"
		  "   GetChallengeResponse failed --- Error Code: C0000008H\n\n" END_WORDS,
		  { "error 0xC0000008", NULL }, { NULL } },
		{ "a word that only ends in h is no code",
		  "\nThe frob tool prints error 0000006h to the console.\n\n" END_WORDS,
		  { NULL }, { "error 0x6", "error 6", NULL } },
		{ "Q145679: 'Then Error 5' in sample code raises the error, no message shown",
		  "\nThe following function reads a frob value:\n\n"
		  "      lrc = RegQueryFrob(lhKey, szValueName, 0&, lType, 0&, cch)\n"
		  "      If lrc <> ERROR_NONE Then Error 5\n\n" END_WORDS,
		  { "review 0: is raised by a Visual Basic statement", NULL }, { "error 5", NULL } },
		{ "'These exceptions are normal.' under the list",
		  "\nMORE INFORMATION\n================\n\n"
		  " - When the tool watches a process that calls a failed one, its log may\n"
		  "   contain one or more of the following exceptions:\n\n"
		  "   Unknown exception - code 800706be (first chance)\n"
		  "   Unknown exception - code 800706ba (first chance)\n\n"
		  "   These exceptions are normal. RPC raises them when a call is made to a\n"
		  "   failed process.\n\n" END_WORDS,
		  { "review 0: error 0x800706be is given as normal or expected", NULL },
		  { "error 0x800706be", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_u41_a_parameter_entry_named_over_its_key),
		cmocka_unit_test(test_u41_event_blocks_with_eventid_run_together),
		cmocka_unit_test(test_u41_a_second_event_after_and_or),
		cmocka_unit_test(test_u41_a_setting_that_must_be_enabled),
		cmocka_unit_test(test_u41_the_value_name_text_box),
		cmocka_unit_test(test_u41_a_value_named_by_several_words),
		cmocka_unit_test(test_u41_name_equals_data_under_a_key),
		cmocka_unit_test(test_u42_values_listed_by_name_in_the_steps),
		cmocka_unit_test(test_u42_a_step_naming_a_value_is_listed),
		cmocka_unit_test(test_u42_a_running_path_with_a_space_in_a_name),
		cmocka_unit_test(test_u42_events_written_id_dash_message),
		cmocka_unit_test(test_u43_hex_suffix_and_these_are_normal),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
