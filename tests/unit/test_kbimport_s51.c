/* test_kbimport_s51.c: what session 51 taught the importer.  Each case
 * reads a small article written here, in our own words, in the ways
 * later articles tell a change (the archive ends in 2002): a key to
 * delete after the step's colon, a new value's data set with "Set it to
 * 1." in a step of its own, the menu's path written with '>', "select
 * OK", "a value that is named X", a value block's later labels, a value
 * block the words do not ask the reader to change, a box of events, codes
 * in a table, a command that repeats the steps, later event logs, "delete
 * it" after the value named, a range of event IDs, a key broken at the
 * space in a name. */
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

#define CACHE_KEY "HKLM\\SOFTWARE\\Contoso\\Frob\\Cache"
/* Lines 17-21: step 1 (line 18) goes to CONTOSO_KEY (line 20); step 2
 * starts on line 22. */
#define LOCATE_CONTOSO \
	"\n" \
	"1. Locate the following registry subkey:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Frob\n" \
	"\n"
#define CONTOSO_KEY "HKLM\\SOFTWARE\\Contoso\\Frob"

/* Step 1 (line 18) names the key after its colon; step 2 (line 19)
 * restarts the computer. */
#define COLON_STEP(words) \
	"\n" \
	"1. " words " HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Frob\\Cache\n" \
	"2. Restart the computer.\n\n" END_WORDS

/* "1. Delete the following registry subkey: HKEY_...\Cache": the step's
 * words stand before the key on its own line.  The deletion reader read
 * the words over a key and after it, never those on its line, and left
 * the step to a person ("deletes ... in words the import could not read
 * plainly").  It is now a check that the key is absent and its delete
 * action.  "Locate and then delete" is the same; "Do not delete" drafts
 * nothing, and a step that only goes to the key drafts no deletion. */
static void test_a_key_to_delete_after_the_colon(void **state)
{
	static const struct draft_case cases[] = {
		{ "delete the following registry subkey:",
		  COLON_STEP("Delete the following registry subkey:"),
		  { "absent " CACHE_KEY, "repair " CACHE_KEY, "repairs 1", NULL },
		  { "review 18: the article deletes", NULL } },
		{ "locate and then delete the following subkey:",
		  COLON_STEP("Locate and then delete the following subkey:"),
		  { "absent " CACHE_KEY, "repair " CACHE_KEY, NULL },
		  { NULL } },
		{ "do not delete the following registry subkey:",
		  COLON_STEP("Do not delete the following registry subkey:"),
		  { "repairs 0", NULL },
		  { "absent " CACHE_KEY, NULL } },
		{ "locate the following registry subkey:",
		  COLON_STEP("Locate the following registry subkey:"),
		  { "repairs 0", NULL },
		  { "absent " CACHE_KEY, NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* The steps make a value through Regedit's New menu and name it, then
 * "4. Set it to 1." on its own.  The prose reader took "it" for the key's
 * last name and drafted a review item for a value "Frob" set to 1 (a
 * wrong fact), and the value made was not drafted.  "it" after the steps
 * that make a value since the key is that value, which the steps' reader
 * drafts.  So is "it" after a step that picks a value by its name
 * ("double-click the FrobCheck REG_DWORD value", "Locate the FrobCheck
 * value"), which read as value "Frob" too.  A path that ends with the
 * value's name, then "Set it to 1", still reads "it" as that name. */
static void test_set_it_after_the_steps_make_a_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "typed after the Edit menu's New",
		  "\n"
		  "1. Locate the following registry subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Frob\n"
		  "\n"
		  "2. On the Edit menu, point to New, and then click DWORD Value.\n"
		  "3. Type FrobCheck, and then press ENTER.\n"
		  "4. Set it to 1.\n\n" END_WORDS,
		  { "check REG_DWORD " CONTOSO_KEY "|FrobCheck = 1", "repair " CONTOSO_KEY "|FrobCheck", NULL },
		  { "review 0: value 'Frob' is set to 1", "check HKLM\\SOFTWARE\\Contoso|Frob", NULL } },
		{ "named after the key's New",
		  "\n"
		  "1. Locate the following registry subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Frob\n"
		  "\n"
		  "2. Right-click Frob, point to New, and then click DWORD (32-bit) Value.\n"
		  "3. Name the new value FrobCheck.\n"
		  "4. Set it to 1.\n\n" END_WORDS,
		  { "check REG_DWORD " CONTOSO_KEY "|FrobCheck = 1", "repair " CONTOSO_KEY "|FrobCheck", NULL },
		  { "review 0: value 'Frob' is set to 1", NULL } },
		{ "a value picked with its type, then it set",
		  "\n"
		  "1. Locate the following registry subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Frob\n"
		  "\n"
		  "2. In the right pane, double-click the FrobCheck REG_DWORD value.\n"
		  "3. Set it to 1.\n\n" END_WORDS,
		  { "check REG_DWORD " CONTOSO_KEY "|FrobCheck = 1", "repair " CONTOSO_KEY "|FrobCheck", NULL },
		  { "review 0: value 'Frob' is set to 1", NULL } },
		{ "a value picked with no type, then it set",
		  "\n"
		  "1. Locate the following registry subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Frob\n"
		  "\n"
		  "2. Locate the FrobCheck value, and then set it to 1.\n\n" END_WORDS,
		  { "review 22: value 'FrobCheck'", "repairs 0", NULL },
		  { "review 0: value 'Frob' is set to 1", NULL } },
		{ "the path ends with the value's name",
		  "\n"
		  "1. Locate the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Frob\\FrobCheck\n"
		  "\n"
		  "2. Set it to 1.\n\n" END_WORDS,
		  { "review 0: value 'FrobCheck' is set to 1", NULL },
		  { "check " CONTOSO_KEY "\\FrobCheck|Frob", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* Lines 17-21: step 1 (line 18) goes to CONTOSO_KEY (line 20); step 2
 * starts on line 22. */
#define GO_TO_CONTOSO_KEY \
	"\n" \
	"1. Locate and then select the following registry subkey:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Frob\n" \
	"\n"

/* Later articles' words for the steps that make a value: the menu's
 * path written with '>' ("select New > DWORD (32-bit) Value"), "select
 * OK" where earlier articles "click OK", and "a value that is named X".
 * None was read: the first gave "the steps type '1' but give no type",
 * the second dropped a string set bare ("set Value data to Contoso, and
 * then select OK"), the third drafted nothing. */
static void test_later_words_for_making_a_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "the New menu's path with '>'",
		  GO_TO_CONTOSO_KEY
		  "2. Right-click Frob, and then select New > DWORD (32-bit) Value.\n"
		  "3. Type FrobCheck, and then press Enter.\n"
		  "4. Right-click FrobCheck, and then select Modify.\n"
		  "5. In the Value data box, type 1, and then select OK.\n\n" END_WORDS,
		  { "check REG_DWORD " CONTOSO_KEY "|FrobCheck = 1", "repair " CONTOSO_KEY "|FrobCheck", NULL },
		  { "review 0: give no type", NULL } },
		{ "a string set bare, then select OK",
		  GO_TO_CONTOSO_KEY
		  "2. Select Edit > New > String Value.\n"
		  "3. Type FrobName, and then press Enter.\n"
		  "4. Double-click FrobName, set Value data to Contoso, and then select OK.\n\n" END_WORDS,
		  { "check REG_SZ " CONTOSO_KEY "|FrobName = Contoso", "repair " CONTOSO_KEY "|FrobName", NULL },
		  { NULL } },
		{ "a value that is named",
		  GO_TO_CONTOSO_KEY
		  "2. Create a DWORD (32-bit) value that is named FrobCheck, and then set its value to 1.\n\n" END_WORDS,
		  { "check REG_DWORD " CONTOSO_KEY "|FrobCheck = 1", "repair " CONTOSO_KEY "|FrobCheck", NULL },
		  { NULL } },
		{ "a value that is named, with no data",
		  GO_TO_CONTOSO_KEY
		  "2. Make sure that there is a DWORD value that is named FrobCheck.\n\n" END_WORDS,
		  { "review 22: value 'FrobCheck' (REG_DWORD)", "repairs 0", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* A value's block under a labelled path, in later articles' labels.
 * Each case's block starts on line 19 (the key's line), under "To fix
 * this issue, set the following registry value:" (line 18).  "Key:
 * HKLM\..." (a short root after the label) and "Key path:" were keys
 * "named in running text" with their values untied; "String value:
 * MailSupport" over "Value: 1" (the archive's Q269447) drafted nothing,
 * as did a box whose rows give the key ("| Registry key | HKLM\... |")
 * over the value's rows (which the block reader read without the key);
 * "Value: 1" opening a block under a label the importer does not know
 * was a value named "1" (a wrong fact). */
#define LABELLED_BLOCK(lines) \
	"\nTo fix this issue, set the following registry value:\n" lines "\nThen restart the computer.\n\n" END_WORDS

static void test_later_labels_of_a_block(void **state)
{
	static const struct draft_case cases[] = {
		{ "a short root after Key:",
		  LABELLED_BLOCK("Key: HKLM\\SOFTWARE\\Contoso\\Frob\n"
				 "Value name: FrobCheck\n"
				 "Value type: REG_DWORD\n"
				 "Value data: 1\n"),
		  { "check REG_DWORD " CONTOSO_KEY "|FrobCheck = 1", "repair " CONTOSO_KEY "|FrobCheck", NULL },
		  { "review 0: named in running text", NULL } },
		{ "Key path:",
		  LABELLED_BLOCK("Key path: HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Frob\n"
				 "Value name: FrobCheck\n"
				 "Value type: REG_DWORD\n"
				 "Value data: 1\n"),
		  { "check REG_DWORD " CONTOSO_KEY "|FrobCheck = 1", NULL },
		  { "review 0: named in running text", NULL } },
		{ "the type's word and value: as the name's label",
		  LABELLED_BLOCK("HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Frob\n"
				 "\n"
				 "String value: FrobName\n"
				 "Value: 1\n"),
		  { "check REG_SZ " CONTOSO_KEY "|FrobName = 1", NULL },
		  { NULL } },
		{ "a value's data after its type is no second value",
		  LABELLED_BLOCK("HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Frob\n"
				 "\n"
				 "Value Name: FrobName\n"
				 "Data Type: REG_SZ\n"
				 "String Value: Contoso\n"),
		  { "review 21: value 'FrobName' REG_SZ", NULL },
		  { "check " CONTOSO_KEY "|Contoso", "review 0: value 'Contoso'", NULL } },
		{ "a box of two columns, the key in a row of its own",
		  LABELLED_BLOCK("| Setting | Value |\n"
				 "|---|---|\n"
				 "| Registry key | HKLM\\SOFTWARE\\Contoso\\Frob |\n"
				 "| Value name | FrobCheck |\n"
				 "| Type | REG_DWORD |\n"
				 "| Data | 1 |\n"),
		  { "check REG_DWORD " CONTOSO_KEY "|FrobCheck = 1", "repair " CONTOSO_KEY "|FrobCheck", NULL },
		  { "review 0: named in running text", NULL } },
		{ "a number after Value: under an unknown label",
		  LABELLED_BLOCK("Path: HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Frob\n"
				 "Setting: FrobCheck\n"
				 "Type: DWORD\n"
				 "Value: 1\n"),
		  { "repairs 0", NULL },
		  { "review 0: value '1'", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* A value block under words that tell what the reader is not asked to
 * do, or what setup does.  "You do not have to change it." under the
 * block asked a set: the verb's negation four words before it was not
 * read ("Do not change" was), and the check got a set-value repair.  "Do
 * not delete this value." asked a deletion (a review item, and the value
 * lost).  "After you install this update, the following registry value is
 * created:", then "To turn the feature off, change the value data to 0.":
 * the block is what setup makes, and the set asked is of other data;
 * drafted as a repair to 1, it is a review item now.  "If the value does
 * not exist, create it." still asks, and "Do not delete the entire key,
 * only the X value" still deletes (a person's to write). */
#define VALUE_UNDER(lead, tail) \
	"\n" lead "\n\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Frob\n\n" \
	"   Value name: FrobCheck\n" \
	"   Value type: REG_DWORD\n" \
	"   Value data: 1\n\n" tail "\n\n" END_WORDS
#define CONTROLS "The following registry value controls the feature:"
#define FROBCHECK_1 "check REG_DWORD " CONTOSO_KEY "|FrobCheck = 1"

static void test_what_the_reader_is_not_asked(void **state)
{
	static const struct draft_case cases[] = {
		{ "you do not have to change it",
		  VALUE_UNDER(CONTROLS, "You do not have to change it."),
		  { FROBCHECK_1, "repairs 0", NULL },
		  { NULL } },
		{ "you don't need to modify this value",
		  VALUE_UNDER(CONTROLS, "You don't need to modify this value."),
		  { FROBCHECK_1, "repairs 0", NULL },
		  { NULL } },
		{ "do not delete this value",
		  VALUE_UNDER(CONTROLS, "Do not delete this value."),
		  { FROBCHECK_1, "repairs 0", NULL },
		  { "review 0: the article deletes", NULL } },
		{ "do not delete the key, only the value",
		  VALUE_UNDER(CONTROLS, "Do not delete the entire key, only the FrobCheck value."),
		  { "review 0: the article deletes " CONTOSO_KEY, "repairs 0", NULL },
		  { FROBCHECK_1, NULL } },
		{ "if the value does not exist, create it",
		  VALUE_UNDER(CONTROLS, "If the value does not exist, create it."),
		  { FROBCHECK_1, "repair " CONTOSO_KEY "|FrobCheck", NULL },
		  { NULL } },
		{ "setup creates it; the reader may change it to 0",
		  VALUE_UNDER("After you install this update, the following registry value is created:",
			      "To turn the feature off, change the value data to 0."),
		  { "repairs 0", "checks 0", "review 20: a program or setup creates", NULL },
		  { NULL } },
		{ "setup creates it; nothing asked",
		  VALUE_UNDER("After you install this update, the following registry value is created:", ""),
		  { FROBCHECK_1, "repairs 0", NULL },
		  { NULL } },
		{ "create the following",
		  VALUE_UNDER("To fix this issue, create the following registry value:", ""),
		  { FROBCHECK_1, "repair " CONTOSO_KEY "|FrobCheck", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* Later articles give events in a box: "| Event ID | Source |
 * Description |" over its rule and a row an event.  Nothing was read,
 * and no review item named the rows (the column table the archive
 * writes with spaces was read).  Each row is an event with its source
 * and text now; a row whose ID cell is no one number is a review item. */
static void test_a_box_of_events(void **state)
{
	static const struct draft_case cases[] = {
		{ "a box of events",
		  "\n"
		  "The agent stops. Events like the following are logged:\n"
		  "\n"
		  "| Event ID | Source | Description |\n"
		  "|---|---|---|\n"
		  "| 4122 | MSFrobAgent | The agent could not read its configuration. |\n"
		  "| 7031 | Service Control Manager | The Frob Agent service terminated unexpectedly. |\n"
		  "| 4123, 4124 | MSFrobAgent | The agent lost its store. |\n" FIX_WORDS,
		  { "event 4122 from MSFrobAgent", "event 7031 from Service Control Manager",
		    "review 19: ID cell is not one number", NULL },
		  { "event 4123", "event 4124", NULL } },
		{ "a box without a source column",
		  "\n"
		  "The agent stops. Events like the following are logged:\n"
		  "\n"
		  "| Event ID | Description |\n"
		  "|---|---|\n"
		  "| 4122 | The agent could not read its configuration. |\n" FIX_WORDS,
		  { "review 17: event 4122 in a table without a source column", NULL },
		  { "event 4122", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Stops Unexpectedly"), cases);
}

/* Codes with their messages in SYMPTOMS.  Under column
 * headings ("Error code    Description") the first row was taken for a
 * sentence wrapped from the headings and left out (the next rows were
 * read).  In a box ("| 0x80070005 | Access is denied. |") no row was
 * read, only reviewed.  "The RPC server is unavailable. (Exception from
 * HRESULT: 0x800706BA)", as .NET wraps a code, gave no message. */
static void test_codes_in_a_table(void **state)
{
	static const struct draft_case cases[] = {
		{ "under column headings",
		  "\n"
		  "Setup fails with one of the following errors:\n"
		  "\n"
		  "   Error code    Description\n"
		  "   0x80070005    Access is denied.\n"
		  "   0x800F0922    The installation failed.\n" FIX_WORDS,
		  { "error 0x80070005", "error 0x800F0922", NULL },
		  { NULL } },
		{ "in a box",
		  "\n"
		  "Setup fails with one of the following errors:\n"
		  "\n"
		  "| Error code | Description |\n"
		  "|---|---|\n"
		  "| 0x80070005 | Access is denied. |\n"
		  "| 0x800F0922 | The installation failed. |\n" FIX_WORDS,
		  { "error 0x80070005", "error 0x800F0922", "message: 'Access is denied.'", NULL },
		  { NULL } },
		{ ".NET's wrapper around the code",
		  "\n"
		  "The console shows the following message:\n"
		  "\n"
		  "   The RPC server is unavailable. (Exception from HRESULT: 0x800706BA)\n" FIX_WORDS,
		  { "error 0x800706BA", "message: 'The RPC server is unavailable.'", NULL },
		  { "review 0: are part of a sentence or cut off", NULL } },
		{ "a sentence wrapped before the code",
		  "\n"
		  "Setup fails, and the log shows a status of\n"
		  "0x80070005 which the installer then retries.\n" FIX_WORDS,
		  { NULL },
		  { "message: 'which the installer then retries.'", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Setup Fails"), cases);
}

/* "Method 1: Use Registry Editor" sets a value, "Method 2: Use a
 * command" runs reg add for the same value and data.  The command's line
 * was left unplaced (the check existed: "names a key ... the import did
 * not place"), and the note on the ways said the fix was drafted under
 * one of them only.  The command is a review item on the check now, and
 * the note says each way makes the same change; a command that sets
 * other data makes the two a choice for a person, as before. */
#define TWO_WAYS(data) \
	"\n" \
	"To fix this issue, use one of the following methods.\n" \
	"\n" \
	"Method 1: Use Registry Editor\n" \
	"\n" \
	"1. Locate the following registry subkey:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Frob\n" \
	"\n" \
	"2. Set the FrobCheck DWORD value to 1.\n" \
	"\n" \
	"Method 2: Use a command\n" \
	"\n" \
	"At an elevated command prompt, run the following command:\n" \
	"\n" \
	"   reg add HKLM\\SOFTWARE\\Contoso\\Frob /v FrobCheck /t REG_DWORD /d " data " /f\n\n" END_WORDS

static void test_a_command_that_repeats_the_steps(void **state)
{
	static const struct draft_case cases[] = {
		{ "the same data",
		  TWO_WAYS("1"),
		  { FROBCHECK_1, "checks 1", "review 32: another way to the same change",
		    "review 0: one fix serves them all", NULL },
		  { "review 32: the import did not place", "review 0: it is one way, not the only one", NULL } },
		{ "other data",
		  TWO_WAYS("2"),
		  { "checks 0", "review 32: asked for with different data", NULL },
		  { "review 32: another way to the same change", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* Later articles' event logs and sources.  "The following event is
 * logged in the Microsoft-Windows-FailoverClustering/Operational log:"
 * over the event: the log was taken from a "Security log" named four
 * lines above (a wrong fact); Event Viewer's "Log Name:" field with a
 * channel was not read.  "Event 5120 (source: Microsoft-Windows-
 * FailoverClustering) is logged": the source kept the closing bracket. */
static void test_later_logs_and_sources(void **state)
{
	static const struct draft_case cases[] = {
		{ "a channel named in the lead-in",
		  "\n"
		  "Event ID 4625 is logged in the Security log.\n"
		  "\n"
		  "The following event is logged in the Microsoft-Windows-FrobAgent/Operational log:\n"
		  "\n"
		  "Event ID: 1641\n"
		  "Source: Microsoft-Windows-FrobAgent\n"
		  "Description: The agent is moving its store.\n" FIX_WORDS,
		  { "event 1641 from Microsoft-Windows-FrobAgent", "log: 'Microsoft-Windows-FrobAgent/Operational'",
		    "log: 'Security'", NULL },
		  { NULL } },
		{ "a channel in Log Name:",
		  "\n"
		  "The following event is logged:\n"
		  "\n"
		  "Log Name:      Microsoft-Windows-FrobAgent/Diagnostic\n"
		  "Source:        Microsoft-Windows-FrobAgent\n"
		  "Event ID:      1650\n" FIX_WORDS,
		  { "event 1650 from Microsoft-Windows-FrobAgent", "log: 'Microsoft-Windows-FrobAgent/Diagnostic'", NULL },
		  { "log: 'System'", NULL } },
		{ "the source in brackets",
		  "\n"
		  "Event 5120 (source: Microsoft-Windows-FrobAgent) is logged in the System log.\n" FIX_WORDS,
		  { "event 5120 from Microsoft-Windows-FrobAgent", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Stops Unexpectedly"), cases);
}

/* "Locate the FrobCheck value, and then delete it": "it" after "the X
 * value" in its sentence is that value.  The deletion reader took "it"
 * for the key's thing only when a path ended with the value's name, and
 * left this to a person ("deletes ... in words the import could not read
 * plainly").  Two values named before "it" stay a person's. */
static void test_delete_it_after_the_value_named(void **state)
{
	static const struct draft_case cases[] = {
		{ "the value named, then delete it",
		  LOCATE_CONTOSO "2. Locate the FrobCheck value, and then delete it.\n\n" END_WORDS,
		  { "absent " CONTOSO_KEY "|FrobCheck", "repair " CONTOSO_KEY "|FrobCheck", NULL },
		  { NULL } },
		{ "two values named, then delete it",
		  LOCATE_CONTOSO "2. Locate the FrobCheck value and the FrobMode value, and then delete it.\n\n" END_WORDS,
		  { "repairs 0", NULL },
		  { "absent " CONTOSO_KEY "|FrobCheck", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* "The agent logs events 4100 through 4199", "Event IDs 4000-4099 are
 * informational": a range of IDs (the archive's "Events 1283 through
 * 1305", "events 1010 thru 1018"), drafted as its first ID, an event the
 * article does not name.  A range is a review item; an ID named on its
 * own beside it is still an event. */
static void test_a_range_of_event_ids(void **state)
{
	static const struct draft_case cases[] = {
		{ "ranges beside an event",
		  "\n"
		  "The agent logs events 4100 through 4199 in the Application log.\n"
		  "Event IDs 4000-4099 are informational. The agent logs event ID 4122 when it fails.\n" FIX_WORDS,
		  { "event 4122", "review 13: events 4100 through 4199: a range", "review 14: events 4000-4099", NULL },
		  { "event 4100", "event 4000", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Stops Unexpectedly"), cases);
}

/* A key whose path breaks at the space inside a name, the line before
 * the break short: "HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows" /
 * "NT\CurrentVersion\FrobAgent" (14 archive drafts, "Component" /
 * "Categories\{...}" and "Client for" / "NFS\..." among them).  The key
 * was read as ...\Windows, its values under it.  The next line goes on
 * when its first word would not have fitted and the name split is
 * "Windows NT" or one the article writes whole elsewhere; not
 * "...\Services" / "W3SVC\Parameters", where the article lost a
 * backslash (that stays a person's). */
#define BROKEN_KEY(first, rest) \
	"\n" \
	"To fix this issue, add the following registry value:\n" \
	"\n" \
	"   " first "\n" \
	"   " rest "\n" \
	"\n" \
	"   Value Name: FrobCheck\n" \
	"   Data Type: REG_DWORD\n" \
	"   Data: 1\n\n" END_WORDS

static void test_a_key_broken_at_a_space(void **state)
{
	static const struct draft_case cases[] = {
		{ "Windows / NT",
		  BROKEN_KEY("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows",
			     "NT\\CurrentVersion\\FrobAgentParameters\\CurrentSettings"),
		  { "check REG_DWORD HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\FrobAgentParameters\\CurrentSettings|FrobCheck = 1",
		    NULL },
		  { "check REG_DWORD HKLM\\SOFTWARE\\Microsoft\\Windows|FrobCheck = 1", NULL } },
		{ "a backslash lost at the break",
		  BROKEN_KEY("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services",
			     "FrobAgentService\\Parameters\\CurrentSettings\\Defaults"),
		  { NULL },
		  { "check REG_DWORD HKLM\\SYSTEM\\CurrentControlSet\\Services FrobAgentService\\Parameters\\CurrentSettings\\Defaults|FrobCheck = 1",
		    NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_key_to_delete_after_the_colon),
		cmocka_unit_test(test_set_it_after_the_steps_make_a_value),
		cmocka_unit_test(test_later_words_for_making_a_value),
		cmocka_unit_test(test_later_labels_of_a_block),
		cmocka_unit_test(test_what_the_reader_is_not_asked),
		cmocka_unit_test(test_a_box_of_events),
		cmocka_unit_test(test_codes_in_a_table),
		cmocka_unit_test(test_a_command_that_repeats_the_steps),
		cmocka_unit_test(test_later_logs_and_sources),
		cmocka_unit_test(test_delete_it_after_the_value_named),
		cmocka_unit_test(test_a_range_of_event_ids),
		cmocka_unit_test(test_a_key_broken_at_a_space),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
