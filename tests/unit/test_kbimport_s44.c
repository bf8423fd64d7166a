/* test_kbimport_s44.c: forms of session 44's importer mends, read from
 * the labelled sets' misses that no review item listed and from the
 * whole archive's drafts.  Each case reads a small article written here,
 * in our own words. */
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

/* The review net and a failure's code written with 0x in any facility
 * (COM+'s 0x8011..., ESE's 0xC800..., an exception's 0xE...) when words
 * before it call it one, and FACILITY_NULL's codes written bare
 * (80004005): labelled codes of nine sets that no reader drafted and no
 * review item listed.  A kernel address looks the same and is no fact:
 * a disassembly's, a dump's field, a register's. */
static const char status_body[] =
	"\n"
	"The scheduler's log shows:\n"                                              /* 18 */
	"\n"
	"   FROB DATA  : Handling an error condition (0xe0040013) for job Nightly\n" /* 20 */
	"   FROB DATA  : Supplied code <0xe160052a>\n"                               /* 21 */
	"   Unable to replay the frob log because error 0xc8000228 occurred\n"       /* 22 */
	"   80004002    17386       FrobE_INTERFACE_NOT_SUPPORTED\n"                 /* 23 */
	"   Frob Agent - 1201 - [80004005 - FFFFFBFE]\n"                             /* 24 */
	"\n"
	"The debugger shows:\n"                                                     /* 26 */
	"\n"
	"   0x80137992  c20400           retn         0004\n"                         /* 28 */
	"   ExceptionAddress . . .0x801325ec\n"                                       /* 29 */
	"   Registers: cr0=80000011 cr2=00000000\n"                                   /* 30 */
	"   Memory at 0x004E00CB was read from 0x801135D8\n"                          /* 31 */
	"   The frob mask is 0x80000000.\n"                                           /* 32 */
	"\n" END_WORDS;

static void test_status_codes_in_any_facility_are_in_the_net(void **state)
{
	static const size_t names[] = { 20, 21, 22, 23, 24 }, none[] = { 28, 29, 30, 31, 32 };

	(void)state;
	expect_net_lines(status_body, names, sizeof names / sizeof names[0], none, sizeof none / sizeof none[0]);
}

/* The cases' bodies open under a SYMPTOMS heading (line 12 is the body's
 * first): what they name is what the technician sees. */
static const char sym_head[] = SYMPTOMS_ARTICLE("Frob Agent Stops Responding");

/* A code or an event ID wrapped onto the line after its words is cited
 * on both lines: the number's line is where a reviewer finds it (135
 * archive drafts' codes, 27 events; the labels put such a number on its
 * own line).  A code on its words' line keeps the one line. */
static void test_a_wrapped_number_cites_its_own_line(void **state)
{
	static const struct draft_case cases[] = {
		{ "a service-specific error wrapped after its words",
		  "\nThe Frob Agent service terminated with service-specific error\n"
		  "3781166337.\n" FIX_WORDS,
		  { "error 3781166337", "    cite: 13-14\n    error:\n      code: 3781166337", NULL },
		  { NULL } },
		{ "an exception's status wrapped in brackets",
		  "\nWhen you frob a zone, the debugger reports an access violation exception\n"
		  "(0xc0000005) in Frob.exe.\n" FIX_WORDS,
		  { "error 0xC0000005", "    cite: 13-14\n    error:\n      code: 0xc0000005", NULL },
		  { NULL } },
		{ "an event ID wrapped after \"Event ID\"",
		  "\nWhen the frob pool cannot be allocated, Event Viewer shows Event ID\n"
		  "5001 from the FrobSvc source.\n" FIX_WORDS,
		  { "event 5001", "    cite: 13-14\n    event:", NULL },
		  { NULL } },
		{ "a message read from the line after the code's",
		  "\nWhen you run the frob macro, you receive the following error message:\n\n"
		  "   Run-time error '13':\n"
		  "   Type mismatch\n" FIX_WORDS,
		  { "    cite: 15-16\n    error:\n      code: 13\n      message: 'Type mismatch'", NULL },
		  { NULL } },
		{ "an \"Error N:\" line whose message goes on below it",
		  "\nWhen you start the frob service, you receive the following message:\n\n"
		  "   Error 1083: The frob program this service is set to run does not\n"
		  "   implement the service.\n" FIX_WORDS,
		  { "    cite: 15-16\n    error:\n      code: 1083", NULL },
		  { NULL } },
		{ "a code on its words' line keeps one line",
		  "\nThe Frob Agent service terminated with service-specific error 3781166337.\n"
		  "The frob log names the same 3781166337 again.\n" FIX_WORDS,
		  { "    cite: 13\n    error:\n      code: 3781166337", NULL },
		  { "cite: 13-14", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* "Locate the FrobMode value in the following key:" over the key, then
 * "Update the data to a hex value of 2.": "update" sets as "change"
 * does; "update your Emergency Repair Disk" gives no datum. */
static void test_update_the_data_to(void **state)
{
	static const struct draft_case cases[] = {
		{ "the value named before its key, its data updated in the next step",
		  "\nThe Frob Agent does not apply its policies.\n\nRESOLUTION\n==========\n\n"
		  "1. Start Registry Editor (Regedt32.exe).\n\n"
		  "2. Locate the FrobMode value in the following key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Frob\n\n"
		  "3. Update the data to a hex value of 2.\n\n"
		  "4. Quit Registry Editor, and then update your Emergency Repair Disk.\n\n" END_WORDS,
		  { "value: 'FrobMode'", "data: 0x2", "action: set-value", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* A list of codes after a keyword: the readers took the first number
 * only ("a fatal exception error 06, 0E, 0C, or 0D", "Error number -108,
 * -3005, -3019 or -3020", "errors 5, 1300, and 1307"); each item is
 * drafted, written as the first is.  Not a bug check's parameters in
 * brackets, nor a count after a comma, nor a reference's "error codes". */
static void test_a_list_of_codes_is_read_whole(void **state)
{
	static const struct draft_case cases[] = {
		{ "exceptions' short hex after the first",
		  "\nThe Frob Wizard may cause a fatal exception error 06, 0E, 0C, or 0D.\n" FIX_WORDS,
		  { "error 6", "error 0x0E", "error 0x0C", "error 0x0D", NULL },
		  { NULL } },
		{ "negative numbers",
		  "\nError number -108, -3005, -3019 or -3020 may be generated by the frob tool.\n" FIX_WORDS,
		  { "error 0xFFFFFF94", "error 0xFFFFF443", "error 0xFFFFF435", "error 0xFFFFF434", NULL },
		  { NULL } },
		{ "the plural, three items, the first a single digit",
		  "\nIf the frob permissions are not set up, errors 5, 1300, and 1307 will appear in the log.\n"
		  FIX_WORDS,
		  { "error 5", "error 1300", "error 1307", NULL },
		  { NULL } },
		{ "STOP codes with 0x",
		  "\nYou may receive a STOP 0x0A, 0x01E, and 0x50 error message.\n" FIX_WORDS,
		  { "error 0x0A", "error 0x1E", "error 0x50", NULL },
		  { NULL } },
		{ "a bug check's parameters are no list",
		  "\nThe frob server stops with STOP 0x0000000A (0xfcc35000, 0xa, 0x00000001, 0x801e092a).\n"
		  FIX_WORDS,
		  { "error 0x0A", NULL },
		  { "error 0x801E092A", "error 0xFCC35000", NULL } },
		{ "a count after the comma ends the list",
		  "\nThe frob tool fails with error 4711, 0 bytes free, or error 425, a write fault.\n" FIX_WORDS,
		  { "error 4711", "error 425", NULL },
		  { "error 0", NULL } },
		{ "a reference's error codes are no failure",
		  "\nIf an application wants to use error codes 19, 20, and 21, it checks the version.\n"
		  FIX_WORDS,
		  { NULL },
		  { "error 19", "error 20", "error 21", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* A message's number in brackets at its end with no stop before it,
 * where the message says something failed: "Error during
 * WNetFrobConnection2 (53)", "Invalid Frob Account [1057]".  Not the
 * MTA's diagnostic level after its bracketed words, nor a heading's
 * number. */
static void test_a_failed_message_ends_with_its_number(void **state)
{
	static const struct draft_case cases[] = {
		{ "in round brackets after the failed call",
		  "\nWhen you map the frob drive, you receive the following error message:\n\n"
		  "   Error during WNetFrobConnection2 (53)\n" FIX_WORDS,
		  { "error 53", NULL },
		  { NULL } },
		{ "in square brackets after \"Invalid\"",
		  "\nWhen you install the frob service, you receive the following error message:\n\n"
		  "   Error Creating Frob Service: Invalid Service Account [1057]\n" FIX_WORDS,
		  { "error 1057", NULL },
		  { NULL } },
		{ "after the MTA's bracketed words: a level",
		  "\nThe frob gateway logs the following error message:\n\n"
		  "   Error: Allocate more frob space. [BASE MAIN BASE 1] (16)\n" FIX_WORDS,
		  { NULL },
		  { "error 16", NULL } },
		{ "no failure said: no code",
		  "\nWhen you start the frob tool, you receive the following message:\n\n"
		  "   Frob Setup is copying the files (2)\n" FIX_WORDS,
		  { NULL },
		  { "error 2", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* A value named before its key, its data in a later sentence that
 * verifies it (a check; a repair only where the words go on to add or
 * edit it) or says what it should be (a repair). */
static void test_a_value_verified_after_its_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "verified: a check and no repair",
		  "\nThe Frob Agent cannot connect.\n\nRESOLUTION\n==========\n\n"
		  "1. Start Registry Editor (Regedt32.exe).\n\n"
		  "2. Locate the Default Frob Level value under the following key in the\n"
		  "   registry:\n\n"
		  "   HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Frob\\Scripting\n\n"
		  "3. Verify that the REG_DWORD value is set to 0x3.\n\n"
		  "4. Quit Registry Editor.\n\n" END_WORDS,
		  { "value: 'Default Frob Level'", "type: 'REG_DWORD'", "data: 0x3", "checks 1", "repairs 0", NULL },
		  { NULL } },
		{ "verified, then added or edited when it is not so: a repair",
		  "\nThe Frob Agent cannot connect.\n\nRESOLUTION\n==========\n\n"
		  "To restrict frobs, use Registry Editor (Regedt32.exe) to locate the FrobMode\n"
		  "value under the following registry key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\\Frob Manager\n\n"
		  "Verify that a DWORD value with a value of 1 exists, and if it does not exist or\n"
		  "has a value of 0, add it to this key, or edit the value to be 1.\n\n" END_WORDS,
		  { "value: 'FrobMode'", "type: 'REG_DWORD'", "data: 1", "repairs 1", NULL },
		  { NULL } },
		{ "what it should be assigned: a repair",
		  "\nThe Frob Agent cannot connect.\n\nRESOLUTION\n==========\n\n"
		  "To enable frob support, modify the Support Frob value under the following\n"
		  "registry key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\Frob\\Parameters\n\n"
		  "The Support Frob registry value should be assigned a value of 0x1.\n\n" END_WORDS,
		  { "value: 'Support Frob'", "data: 0x1", "repairs 1", NULL },
		  { NULL } },
		{ "no type said and no 0x: a person's",
		  "\nThe Frob Agent cannot connect.\n\nRESOLUTION\n==========\n\n"
		  "1. Locate the FrobName value under the following key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\Software\\Frob\n\n"
		  "2. Verify that the value is set to Gizmo.\n\n" END_WORDS,
		  { "review 0: value 'FrobName' under HKLM\\Software\\Frob is named before its key", NULL },
		  { "value: 'FrobName'", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* A name picked bare and deleted in the same sentence: Registry
 * Editor's confirmation dialog says whether it was a value or a key when
 * the article's words do not, and the name may be two or three words. */
static void test_a_pick_the_dialog_names(void **state)
{
	static const struct draft_case cases[] = {
		{ "two words, the Confirm Value Delete dialog",
		  "\nThe Frob Agent cannot connect.\n\nRESOLUTION\n==========\n\n"
		  "1. Start Registry Editor (Regedit.exe) and locate the following subkey:\n\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Setup\n\n"
		  "2. Select Web Gizmo, click Delete on the Edit menu, and then click Yes in\n"
		  "   the Confirm Value Delete dialog box.\n\n"
		  "3. Exit Registry Editor.\n\n" END_WORDS,
		  { "value: 'Web Gizmo'", "expect: value-absent", "action: delete-value", NULL },
		  { NULL } },
		{ "one word, the Confirm Key Delete dialog",
		  "\nThe Frob Agent cannot connect.\n\nRESOLUTION\n==========\n\n"
		  "1. Start Registry Editor (Regedit.exe) and locate the following subkey:\n\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Setup\n\n"
		  "2. Click WebGizmo, press DELETE, and then click Yes in the Confirm Key\n"
		  "   Delete dialog box.\n\n" END_WORDS,
		  { "key: 'HKLM\\SOFTWARE\\Frob\\Setup\\WebGizmo'", "expect: key-absent", NULL },
		  { NULL } },
		{ "no dialog named: a person's",
		  "\nThe Frob Agent cannot connect.\n\nRESOLUTION\n==========\n\n"
		  "1. Start Registry Editor (Regedit.exe) and locate the following subkey:\n\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Setup\n\n"
		  "2. Select WebGizmo, click Delete on the Edit menu, and then click Yes.\n\n" END_WORDS,
		  { "review 0: 'WebGizmo' is picked under", NULL },
		  { "expect: value-absent", "expect: key-absent", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* From a review of the session's readers: each case drafted a wrong
 * fact (or listed a line no fact names) before its mend. */
static void test_review_findings(void **state)
{
	static const struct draft_case cases[] = {
		{ "a verified value, then another step's 'add the': no repair",
		  "\nThe Frob Agent cannot connect.\n\nRESOLUTION\n==========\n\n"
		  "1. Locate the Default Frob Level value under the following key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Frob\\Scripting\n\n"
		  "2. Verify that the REG_DWORD value is set to 0x3.\n\n"
		  "3. Quit Registry Editor. If the agent still fails, add the agent to the Frob Users group.\n\n"
		  END_WORDS,
		  { "data: 0x3", "repairs 0", NULL },
		  { NULL } },
		{ "'Do not edit the value': no repair",
		  "\nThe Frob Agent cannot connect.\n\nRESOLUTION\n==========\n\n"
		  "1. Locate the Default Frob Level value under the following key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Frob\\Scripting\n\n"
		  "2. Verify that the REG_DWORD value is set to 0x3; do not edit the value by hand.\n\n" END_WORDS,
		  { "data: 0x3", "repairs 0", NULL },
		  { NULL } },
		{ "a type of an earlier sentence that named no value",
		  "\nThe Frob Agent cannot connect.\n\nRESOLUTION\n==========\n\n"
		  "1. Locate the Default Frob Level value under the following key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Frob\\Scripting\n\n"
		  "2. Verify that the REG_SZ data exists. The Default Frob Level value should be set to 3.\n\n"
		  END_WORDS,
		  { NULL },
		  { "type: 'REG_SZ'", NULL } },
		{ "a type of a later, other sentence",
		  "\nThe Frob Agent cannot connect.\n\nRESOLUTION\n==========\n\n"
		  "1. Locate the Default Frob Level value under the following key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Frob\\Scripting\n\n"
		  "2. Verify that the value is set to 3. Do not add a REG_SZ value here.\n\n" END_WORDS,
		  { NULL },
		  { "type: 'REG_SZ'", NULL } },
		{ "'should be' with a condition after the datum",
		  "\nThe Frob Agent cannot connect.\n\nRESOLUTION\n==========\n\n"
		  "1. Locate the Default Frob Level value under the following key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Frob\\Scripting\n\n"
		  "2. The Default Frob Level value should be 0x1 on servers and 0x0 on workstations.\n\n"
		  END_WORDS,
		  { NULL },
		  { "value: 'Default Frob Level'", NULL } },
		{ "a list of other numbers that opens with the code's value",
		  "\nThe frob tool returns error 5 when the gizmo count is 5, 6, or 7.\n" FIX_WORDS,
		  { "error 5", NULL },
		  { "error 6", "error 7", NULL } },
		{ "a list of exceptions read as hex, the first one's way",
		  "\nWhen you start Frob, the screen shows a fatal exception 06, 08, or 10\n" FIX_WORDS,
		  { "error 0x06", "error 0x08", "error 0x10", NULL },
		  { "error 10", NULL } },
		{ "a code read without its zeros: no wrapped cite",
		  "\nThe frob client shows:\n\n"
		  "   SYS0005: Access to the frob share is denied.\n"
		  "   The frob client then retries 5 times.\n" FIX_WORDS,
		  { "    cite: 15\n    error:\n      code: 5", NULL },
		  { "cite: 15-16", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* The review net's failure words are whole words: a stack frame's
 * "DecodeFrame" is no "code". */
static const char frame_body[] =
	"\n"
	"The debugger shows:\n"                                   /* 18 */
	"\n"
	"   f8a1b2c4 FrobDrv!DecodeFrame+0x42 (0x8113A4C0)\n"     /* 20 */
	"   The frob error code was 0x8113A4C0 this time.\n"      /* 21 */
	"\n" END_WORDS;

static void test_net_failure_words_are_whole_words(void **state)
{
	static const size_t names[] = { 21 }, none[] = { 20 };

	(void)state;
	expect_net_lines(frame_body, names, sizeof names / sizeof names[0], none, sizeof none / sizeof none[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_status_codes_in_any_facility_are_in_the_net),
		cmocka_unit_test(test_a_wrapped_number_cites_its_own_line),
		cmocka_unit_test(test_update_the_data_to),
		cmocka_unit_test(test_a_list_of_codes_is_read_whole),
		cmocka_unit_test(test_a_failed_message_ends_with_its_number),
		cmocka_unit_test(test_a_value_verified_after_its_key),
		cmocka_unit_test(test_a_pick_the_dialog_names),
		cmocka_unit_test(test_review_findings),
		cmocka_unit_test(test_net_failure_words_are_whole_words),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
