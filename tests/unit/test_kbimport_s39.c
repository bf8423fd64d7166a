/* test_kbimport_s39.c: forms of session 39's importer mends, read from
 * the misses of the labelled sets unseen171-173 (event IDs and error
 * codes in the archive's less common notations) and from the whole
 * archive's drafts.  Each case imports a small article written here, in
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

/* The cases' bodies open under a SYMPTOMS heading: what they name is
 * what the technician sees. */
static const char sym_head[] = SYMPTOMS_ARTICLE("Frob Agent Stops Responding");

/* unseen171's Q168616, Q183320 and Q257727: Event Viewer's fields copied
 * with a dash between label and value ("Event ID - 2079", "Source -
 * MSExchangeMTA"); no reader took the ID, so the events had neither a
 * draft nor a review item. */
static void test_event_fields_parted_by_dashes(void **state)
{
	static const struct draft_case cases[] = {
		{ "the ID after a dash, the other fields after colons",
		  "\nThe frob store logs the following errors:\n\n"
		  "   Event ID - 2079, Source: FrobStore, Category: Transport,\n"
		  "   Type: Stop, Description, Unable to submit a message.\n" FIX_WORDS,
		  { "event 2079 from FrobStore", NULL },
		  { NULL } },
		{ "every field after a dash, the dash glued to the number",
		  "\nThe frob agent may display the two following messages:\n\n"
		  "   Event ID - 289\n"
		  "   Source - FrobMTA\n"
		  "   Description - A connection could not be opened.\n\n"
		  "   Event ID -1294\n"
		  "   Source - FrobMTA\n"
		  "   Description - An association ended abnormally.\n" FIX_WORDS,
		  { "event 289 from FrobMTA", "event 1294 from FrobMTA", NULL },
		  { "error 0xFFFFFAF2", "error 1294", NULL } },
		{ "a dash in prose after the word source is no field",
		  "\nThe frob agent logs event ID 45 at startup. Its Source - the frob queue -\n"
		  "is named in the text.\n" FIX_WORDS,
		  { "event 45", NULL },
		  { "event 45 from the*", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen171's Q184620, Q185379 and Q178304: the fields as one line of
 * "label=value" pairs ("System Error, Source=DCOM, Event ID=10005"), read
 * with no source; "EventId=1107" with the field's name in mixed case,
 * not read at all. */
static void test_event_fields_on_one_line(void **state)
{
	static const struct draft_case cases[] = {
		{ "the type, the source, then the ID, parted by commas",
		  "\nAfter you install the frob pack, the event log shows:\n\n"
		  "   System Error, Source=FrobSvc, Event ID=10005\n\n"
		  "   -OR-\n\n"
		  "   Application Error, Source=Fi, Category=Fi Service, Event ID=4147\n" FIX_WORDS,
		  { "event 10005 from FrobSvc", "event 4147 from Fi", NULL },
		  { NULL } },
		{ "the field's name run together in mixed case",
		  "\nMonitor the application log for the following event:\n\n"
		  "   EventId=1107\n"
		  "   This frob store has been restored from backup.\n" FIX_WORDS,
		  { "event 1107", NULL },
		  { NULL } },
		{ "the same pairs with the ID first",
		  "\nThe event log shows:\n\n"
		  "   Event ID=10006, Source=FrobSvc, Type=Error\n" FIX_WORDS,
		  { "event 10006 from FrobSvc", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen171's Q277918 and Q201876: an event's fields written with a blank
 * line between each ("Event Source: SNA Server", "", "Event Category:
 * None", "", "Event ID: 38"); the source stood above the ID, or below it
 * past other fields of a logged record, and was not read. */
static void test_a_double_spaced_event_block(void **state)
{
	static const struct draft_case cases[] = {
		{ "the source above the ID, blank lines between",
		  "\nThe frob server logs the following event:\n\n"
		  "   Event Source:\tFrobServer\n\n"
		  "   Event Category:\tNone\n\n"
		  "   Event ID:\t38\n\n"
		  "   Date:\t\tdate\n" FIX_WORDS,
		  { "event 38 from FrobServer", NULL },
		  { NULL } },
		{ "the source below the ID, past a record's other fields",
		  "\nThe frob router logs these errors:\n\n"
		  "   Error:General\n\n"
		  "   Event:6064\n\n"
		  "   Message: Error occurred when processing files.\n"
		  "   Return code: 8004010f\n\n"
		  "   Source:FrobRouter\n" FIX_WORDS,
		  { "event 6064 from FrobRouter", NULL },
		  { NULL } },
		{ "not the source of another event's own block",
		  "\nThe following messages may be logged after the event ID 1171 message:\n\n"
		  "   Event Type: Information\n"
		  "   Event Source: FrobDS\n"
		  "   Event ID: 1082\n"
		  "   Description: The frob agent will try again later.\n" FIX_WORDS,
		  { "event 1082 from FrobDS", NULL },
		  { "event 1171 from FrobDS", NULL } },
		{ "two blank lines end the block",
		  "\nThe frob agent logs the following event:\n\n"
		  "   Event ID: 4123\n\n\n"
		  "   Source: FrobAgent\n" FIX_WORDS,
		  { "event 4123", NULL },
		  { "event 4123 from FrobAgent", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* The whole archive: a sentence that names an event drafted from a
 * block further down ("with source "Monitoring," Event" / "ID 8022"),
 * its ID on a line that alone names no event, had no review item once
 * the block's ID was read first. */
static void test_a_wrapped_mention_of_a_drafted_event(void **state)
{
	static const struct draft_case cases[] = {
		{ "the sentence says where the event is drafted",
		  "\nThe console shows errors with source \"Monitoring,\" Event\n"
		  "ID 8022, and the following text:\n\n"
		  "   ServerGUID: {GGGG}\n"
		  "   EventId: 8022\n"
		  "   Status: NNN\n" FIX_WORDS,
		  { "event 8022", "review 13: event 8022, drafted from line 17, is named again here", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* The whole archive: "For Event1, with VARIANT parameter", "App.LogEvent
 * "Event2"" were drafted as events 1 and 2 (six drafts); a digit glued
 * to the word is a name's. */
static void test_a_digit_glued_to_event_is_a_name(void **state)
{
	static const struct draft_case cases[] = {
		{ "a method named Event1",
		  "\nThe wizard writes the wrong code in the Fire_ method. For Event1, with\n"
		  "VARIANT parameter Param1, it generates a call that fails.\n" FIX_WORDS,
		  { NULL },
		  { "event 1", NULL } },
		{ "a string logged by a sample",
		  "\nThe sample program logs its own entries:\n\n"
		  "   App.LogEvent \"Event2\", vbLogEventTypeError\n" FIX_WORDS,
		  { NULL },
		  { "event 2", NULL } },
		{ "Event: and a number is still an event",
		  "\nThe frob agent logs:\n\n"
		  "   Event:6052\n"
		  "   Source:FrobRouter\n" FIX_WORDS,
		  { "event 6052 from FrobRouter", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen172's Q121449 and Q153694: ODBC's SQLError() gives the server's
 * own error number as the native error ("*pfNativeError = 7221",
 * "NativeError = 102"); 18 such lines in 12 archive articles had neither a
 * draft nor a review item. */
static void test_an_odbc_native_error(void **state)
{
	static const struct draft_case cases[] = {
		{ "the variable with its type's prefix, the message below",
		  "\nThe frob query fails with:\n\n"
		  "   szSqlState = \"S0002\", *pfNativeError = 7221, *pcbErrorMsg = 107\n"
		  "   szErrorMsg = \"[Frob][ODBC Frob Driver]Invalid object name\"\n" FIX_WORDS,
		  { "error 7221", "message: '[Frob][ODBC Frob Driver]Invalid object name'", NULL },
		  { "error 107", NULL } },
		{ "without the prefix, after the SQLSTATE",
		  "\nThis generates the syntax error:\n\n"
		  "   SQLSTATE = 37000 NativeError = 102\n" FIX_WORDS,
		  { "error 102", NULL },
		  { "error 37000", NULL } },
		{ "a negative native error as its 32-bit hex",
		  "\nThe frob driver returns *pfNativeError = -1023 when it connects.\n" FIX_WORDS,
		  { "error 0xFFFFFC01", NULL },
		  { NULL } },
		{ "a native error of 0 is no failure",
		  "\nThe frob driver returns pfNativeError = 0 and an empty message.\n" FIX_WORDS,
		  { NULL },
		  { "error 0", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen172's Q170118 and unseen173's Q68552: "scode = 800A0C62", the
 * status a DAO failure prints; "Fatal Exit code 0x0007", the code the
 * debugging version of Windows 3.x stops a program with (the two words
 * apart, or run together as "FatalExit"). */
static void test_scode_and_fatal_exit(void **state)
{
	static const struct draft_case cases[] = {
		{ "scode and its '='",
		  "\nThe frob form reports:\n\n"
		  "   In file frobcore.cpp on line 2075\n"
		  "   scode = 800A0C62\n" FIX_WORDS,
		  { "error 0x800A0C62", NULL },
		  { NULL } },
		{ "scode without '=' names no code",
		  "\nThe frob form checks the scode 5 times before it fails.\n" FIX_WORDS,
		  { NULL },
		  { "error 5", NULL } },
		{ "Fatal Exit, the words apart, with and without 'code'",
		  "\nWhen the frob window is created, a Fatal Exit 0x0019 occurs. The\n"
		  "debugging version of Windows also creates Fatal Exit code 0x0007 messages.\n" FIX_WORDS,
		  { "error 0x19", "error 0x7", NULL },
		  { NULL } },
		{ "FatalExit run together",
		  "\nWindows generates a FatalExit 0x0001 (insufficient memory for the frob).\n" FIX_WORDS,
		  { "error 0x1", NULL },
		  { NULL } },
		{ "Fatal Exit wrapped before its code",
		  "\nThe debug version of Windows will produce a Fatal Exit\n"
		  "code 0x8800 with the following message:\n" FIX_WORDS,
		  { "error 0x8800", NULL },
		  { NULL } },
		{ "not without 0x, nor where the sentence denies it",
		  "\nThe frob program no longer causes a Fatal Exit 0x0140. A Fatal Exit 25\n"
		  "is a different matter.\n" FIX_WORDS,
		  { NULL },
		  { "error 0x140", "error 25", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen175's Q168130: "error code = 38a", a code after its label and
 * '=' with a hex letter in it (5 archive lines, "Error Code = 0D0D",
 * "Error Code=19FE", none placed, nor listed for review). */
static void test_a_labelled_code_with_a_hex_letter(void **state)
{
	static const struct draft_case cases[] = {
		{ "three digits and a letter",
		  "\nThe frob despooler may display the following:\n\n"
		  "   Frob despooler failed to run the instruction, error code = 38a\n" FIX_WORDS,
		  { "error 0x38A", NULL },
		  { "error 38", NULL } },
		{ "run together, four digits",
		  "\nThe frob box reads: A Critical Error has occurred Error Code=19FE\n" FIX_WORDS,
		  { "error 0x19FE", NULL },
		  { NULL } },
		{ "digits alone stay decimal, letters alone are no code",
		  "\nThe frob log shows Error Code = 1234 once and Error Code = abc twice.\n" FIX_WORDS,
		  { "error 1234", NULL },
		  { "error 0x1234", "error 0xABC", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen176's Q183231: the machine's root misspelt in mixed case,
 * "HKey_Local_Mmachine\Software\...": the reader of misspelt roots took
 * only "HKEY_" or "hkey_", so the key and its value had no draft and no
 * review item. */
static void test_a_misspelt_root_in_mixed_case(void **state)
{
	static const struct draft_case cases[] = {
		{ "one letter too many, in mixed case",
		  "\nTo keep the connections, change the following value:\n\n"
		  "1. Start Registry Editor (Regedt32.exe).\n\n"
		  "2. Locate the following key in the registry:\n\n"
		  "   HKey_Local_Mmachine\\Software\\Frob\\Agent\\Parameters\n\n"
		  "3. Click KeepFrobConnections, and from the Edit menu, click String and change the\n"
		  "   value data to 1.\n" FIX_WORDS,
		  { "check REG_SZ HKLM\\Software\\Frob\\Agent\\Parameters|KeepFrobConnections = 1",
		    "review 19: the article writes the root as HKey_Local_Mmachine", NULL },
		  { NULL } },
		{ "written right in mixed case, no note",
		  "\nTo keep the connections, change the following value:\n\n"
		  "1. Start Registry Editor (Regedt32.exe).\n\n"
		  "2. Locate the following key in the registry:\n\n"
		  "   Hkey_Local_Machine\\Software\\Frob\\Agent\\Parameters\n\n"
		  "3. Click KeepFrobConnections, and from the Edit menu, click String and change the\n"
		  "   value data to 1.\n" FIX_WORDS,
		  { "check REG_SZ HKLM\\Software\\Frob\\Agent\\Parameters|KeepFrobConnections = 1", NULL },
		  { "the article writes the root", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen177's Q162389 and unseen178's Q172404: "Run-time error '5174:
 * This file ...", the closing quote lost before the message; "Run-time
 * error '3011.'", the stop inside the quotes (3 archive lines, neither
 * drafted nor listed for review). */
static void test_a_quoted_code_with_a_slip(void **state)
{
	static const struct draft_case cases[] = {
		{ "the closing quote lost before the message",
		  "\nThe frob macro fails with the following error message:\n\n"
		  "   Run-time error '5174: This frob file could not be found.\n" FIX_WORDS,
		  { "error 5174", "message: 'This frob file could not be found.'", NULL },
		  { NULL } },
		{ "the stop inside the quotes",
		  "\nOpening the whole frob sheet will cause Run-time error '3011.'\n" FIX_WORDS,
		  { "error 3011", NULL },
		  { NULL } },
		{ "words in quotes stay words",
		  "\nThe frob form shows error '12 monkeys' when it opens.\n" FIX_WORDS,
		  { NULL },
		  { "error 12", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* A helper's review of the session's readers, each finding shown with
 * made-up text before its mend: a sentence that names a source and an ID
 * is no line of fields (the facts after it were lost); the walk over a
 * double-spaced block crosses no prose, no bare "ID: N" and takes the
 * Source field in any form, after the source on the event's own line;
 * the dash parts a field only after a capitalised label (not "log -
 * which ..." in a description); "eventId = 1000" in code is no field; an
 * SCODE without its severity bit is success; an apostrophe is no closing
 * quote. */
static void test_review_of_the_session_s_readers(void **state)
{
	static const struct draft_case cases[] = {
		{ "a sentence with a source and an ID is no line of fields",
		  "\nIn the System log you may see an entry with Source: FrobSvc, Event ID: 45.\n"
		  "The frob console then logs event ID 46 and error 1053 when the agent restarts.\n" FIX_WORDS,
		  { "event 45", "event 46", "error 1053", NULL },
		  { NULL } },
		{ "the walk crosses no prose ending in a colon",
		  "\nThe frob agent logs the following event:\n\n"
		  "   Event ID: 4123\n"
		  "   Description: The frob query could not be run.\n\n"
		  "The query returns:\n\n"
		  "   Number: -2147217900\n\n"
		  "   Source: Frob OLE DB Provider\n" FIX_WORDS,
		  { "event 4123", NULL },
		  { "event 4123 from Frob OLE DB Provider", NULL } },
		{ "the source on the event's own line first",
		  "\nThe frob client reports the first record and the server logs the second:\n\n"
		  "   Error: 53\n"
		  "   Source: FrobClient\n\n"
		  "   Srv Event ID: 2000\n" FIX_WORDS,
		  { "event 2000 from Srv", NULL },
		  { "event 2000 from FrobClient", NULL } },
		{ "the walk ends at a bare ID",
		  "\nThe frob agent logs these events:\n\n"
		  "   Event ID: 100\n\n"
		  "   ID: 200\n\n"
		  "   Source: FrobB\n" FIX_WORDS,
		  { "event 100", NULL },
		  { "event 100 from FrobB", NULL } },
		{ "the Source field after a blank line in any form",
		  "\nThe frob agent logs the following event:\n\n"
		  "   Event ID: 7026\n"
		  "   Type: Error\n\n"
		  "   Source = Frob Control Manager\n" FIX_WORDS,
		  { "event 7026 from Frob Control Manager", NULL },
		  { NULL } },
		{ "a dash in a description's wrapped line is prose",
		  "\nThe frob agent logs the following event:\n\n"
		  "   Event ID: 1000\n"
		  "   Source: FrobAgent\n"
		  "   Description: The frob queue could not be opened because the queue\n"
		  "   log - which is kept in frob.log - is full.\n" FIX_WORDS,
		  { "event 1000 from FrobAgent", NULL },
		  { "log: 'which", NULL } },
		{ "a program's variable is no field",
		  "\nThe following sample code shows the problem:\n\n"
		  "   Dim eventId As Long\n"
		  "   eventId = 1000\n"
		  "   FrobLog.Write eventId, \"The frob agent started.\"\n" FIX_WORDS,
		  { NULL },
		  { "event 1000", NULL } },
		{ "an SCODE without its severity bit is success",
		  "\nThe frob call shows sCode = 0x00000001 (S_FALSE) and then\n"
		  "sCode = 0x8007000E E_OUTOFMEMORY.\n" FIX_WORDS,
		  { "error 0x8007000E", NULL },
		  { "error 0x1", NULL } },
		{ "an apostrophe is no closing quote",
		  "\nThe frob macro fails with the following error message:\n\n"
		  "   Run-time error '5174: This frob file can't be found.\n" FIX_WORDS,
		  { "error 5174", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_event_fields_parted_by_dashes),
		cmocka_unit_test(test_event_fields_on_one_line),
		cmocka_unit_test(test_a_double_spaced_event_block),
		cmocka_unit_test(test_a_wrapped_mention_of_a_drafted_event),
		cmocka_unit_test(test_a_digit_glued_to_event_is_a_name),
		cmocka_unit_test(test_an_odbc_native_error),
		cmocka_unit_test(test_scode_and_fatal_exit),
		cmocka_unit_test(test_a_labelled_code_with_a_hex_letter),
		cmocka_unit_test(test_a_misspelt_root_in_mixed_case),
		cmocka_unit_test(test_a_quoted_code_with_a_slip),
		cmocka_unit_test(test_review_of_the_session_s_readers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
