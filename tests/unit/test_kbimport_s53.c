/* test_kbimport_s53.c: what session 53 taught the importer about the
 * message of an error, measured for the first time against messages
 * labelled by hand (tests/fixtures' message: fields).  Each case reads a
 * small article written here, in our own words, in a form programs print
 * their errors in: the blue screen's bug check name under its code, a
 * dialog's text above its "ID no", the NET command's "System error N has
 * occurred." over a blank line, an older program's "error N: the ..."
 * line, a line a program prints with its code inside a sentence, where
 * an access violation was, printed after its code, and a code's symbolic
 * name beside it. */
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

/* A bug check's message is its symbolic name, which the blue screen
 * prints after the parameters or on the next line, maybe after one blank
 * line or past parameters wrapped there.  The draft had no message, or
 * the name with the address and driver after it ("KMODE_EXCEPTION_NOT_
 * HANDLED*** Address a002339e has base at ..."), which no other machine's
 * screen holds. */
static void test_bug_check_names(void **state)
{
	static const struct draft_case cases[] = {
		{ "the name under the code, the address after it",
		  "\n"
		  "The server stops with the following error message:\n"
		  "\n"
		  "   STOP 0x0000001E (0xC0000005, 0xA0036FC2, 0x00000000, 0x00000004)\n"
		  "   KMODE_EXCEPTION_NOT_HANDLED*** Address a002339e has base at a0000000 -\n"
		  "   frob.sys\n" FIX_WORDS,
		  { "error 0x0000001E", "message: 'KMODE_EXCEPTION_NOT_HANDLED'\n", NULL },
		  { "Address a002339e'", NULL } },
		{ "the name after one blank line",
		  "\n"
		  "The following error message appears when the frob driver loads:\n"
		  "\n"
		  "   STOP 0x0A (0x14,0x2,0x0,0xf1583318)\n"
		  "\n"
		  "   IRQL_NOT_LESS_OR_EQUAL           (0xA)\n" FIX_WORDS,
		  { "message: 'IRQL_NOT_LESS_OR_EQUAL'\n", NULL },
		  { NULL } },
		{ "the parameters wrapped, the name glued to their bracket",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   STOP 0x0000004e (0x00000007, 0x00007abf, 0x0000f17e,\n"
		  "   0x00000000)PFN_LIST_CORRUPT\n" FIX_WORDS,
		  { "message: 'PFN_LIST_CORRUPT'\n", NULL },
		  { NULL } },
		{ "parameters with no brackets, as Windows NT 3.x printed them",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   STOP 00000050 : a0cd0000 00000000 00000000 00000000\n"
		  "   PAGE_FAULT_IN_NONPAGED_AREA\n" FIX_WORDS,
		  { "message: 'PAGE_FAULT_IN_NONPAGED_AREA'\n", NULL },
		  { NULL } },
		{ "a registry root under the code is no name",
		  "\n"
		  "The server stops with STOP 0x0000007B. The following key holds the\n"
		  "driver's start value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n" FIX_WORDS,
		  { "error 0x0000007B", NULL },
		  { "message: 'HKEY_LOCAL_MACHINE'", NULL } },
		{ "a file's name under the code is no name",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   STOP 0xC0000143\n"
		  "   FROB_DRIVER.SYS is bad or missing.\n" FIX_WORDS,
		  { "error 0xC0000143", NULL },
		  { "message: 'FROB_DRIVER'", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Server Stops"), cases);
}

/* An Exchange dialog prints its text, then its title, then "ID no:" and
 * the code; the drafts had no message when the title stood alone on the
 * code's line or on the line above, or when the text's sentence began on
 * a line above the code's. */
static void test_dialog_text_above_its_id(void **state)
{
	static const struct draft_case cases[] = {
		{ "text, title, ID no: each on its line",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   The frob is in the wrong state for this operation.\n"
		  "   Microsoft Exchange Administrator\n"
		  "   ID no: c1031d9c\n" FIX_WORDS,
		  { "error 0xc1031d9c", "message: 'The frob is in the wrong state for this operation.'\n", NULL },
		  { NULL } },
		{ "the text wrapped over two lines, the title with the code",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   Extension 'frobext' could not be loaded. The extension has not\n"
		  "   been installed in the site.\n"
		  "   Microsoft Exchange Administrator ID no: c1031667\n" FIX_WORDS,
		  { "message: 'Extension ''frobext'' could not be loaded. The extension has not been installed in the site.'\n",
		    NULL },
		  { NULL } },
		{ "the sentence ends on the code's line, no title",
		  "\n"
		  "The following message is displayed:\n"
		  "\n"
		  "   An internal error has occurred during frob replication. Stop\n"
		  "   and then restart the frob service. ID no: c1030b0d\n" FIX_WORDS,
		  { "message: 'An internal error has occurred during frob replication. Stop and then restart the frob service.'\n",
		    NULL },
		  { NULL } },
		{ "Setup's progress line and a one-word title after a blank line",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   Processing file 'frob.ins', at or near line 122\n"
		  "   Some frob operations were not completed.\n"
		  "\n"
		  "   Setup\n"
		  "   ID no. c103264c\n" FIX_WORDS,
		  { "message: 'Some frob operations were not completed.'\n", NULL },
		  { "Processing file", NULL } },
		{ "a sentence wrapped onto a capitalised line is no title",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   An unexpected error has occurred while updating the Frob\n"
		  "   Private Information Store\n"
		  "   ID no: c1070451\n" FIX_WORDS,
		  { "message: 'An unexpected error has occurred while updating the Frob Private Information Store'\n", NULL },
		  { NULL } },
		{ "an error field holds the text, a window title does not",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   Window Title: Microsoft Exchange Administrator\n"
		  "   ERROR: The frob upgrade did not complete.\n"
		  "   Microsoft Exchange Server Setup\n"
		  "   ID No: c1032c08\n" FIX_WORDS,
		  { "message: 'The frob upgrade did not complete.'\n", NULL },
		  { "Window Title", NULL } },
		{ "no text above: still no message",
		  "\n"
		  "The following error messages appear:\n"
		  "\n"
		  "   ID no: c1040af3\n"
		  "\n"
		  "   - or -\n"
		  "\n"
		  "   ID no: c1040af5\n" FIX_WORDS,
		  { "error 0xc1040af5", "message: 'REVIEW", NULL },
		  { "message: '- or -", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(EXCHANGE_SYMPTOMS_ARTICLE("Frob Administrator Fails"), cases);
}

/* The NET command prints "System error N has occurred." and its message
 * below it, after a blank line; a page's script error and others print a
 * line of their own with the code, then the message after a blank line.
 * The drafts had none, or "has occurred." (misspelt "occured" in some
 * articles). */
static void test_messages_below_a_blank_line(void **state)
{
	static const struct draft_case cases[] = {
		{ "NET's message over a blank line, wrapped",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   System error 1385 has occurred.\n"
		  "\n"
		  "   Logon failure: the frob has not been granted the requested logon type at\n"
		  "   this computer.\n" FIX_WORDS,
		  { "error 1385",
		    "message: 'Logon failure: the frob has not been granted the requested logon type at this computer.'\n",
		    NULL },
		  { NULL } },
		{ "'occured' as the article spells it, the message after it",
		  "\n"
		  "The following error message is displayed:\n"
		  "\n"
		  "   System error 87 has occured. The parameter is incorrect.\n" FIX_WORDS,
		  { "message: 'The parameter is incorrect.'\n", NULL },
		  { NULL } },
		{ "words after 'has occurred' on its line: the next line is no message",
		  "\n"
		  "The following event is logged:\n"
		  "\n"
		  "   Error -1022 has occurred (internal ID 2030149). Contact Frob\n"
		  "   Technical Support for assistance.\n" FIX_WORDS,
		  { "error 0xFFFFFC02", NULL },
		  { "message: 'Technical Support", NULL } },
		{ "NET's wrapper with a colon, the message on the next line",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   SYSTEM ERROR 85 HAS OCCURRED:\n"
		  "   The local frob name is already in use.\n" FIX_WORDS,
		  { "message: 'The local frob name is already in use.'\n", NULL },
		  { NULL } },
		{ "a code on a line of its own, the message below",
		  "\n"
		  "Clients may receive the following error:\n"
		  "\n"
		  "   System Error 71\n"
		  "\n"
		  "   No more frob connections can be made at this time because there are\n"
		  "   already as many connections as the server can accept.\n" FIX_WORDS,
		  { "message: 'No more frob connections can be made at this time because there are already as many connections as the server can accept.'\n",
		    NULL },
		  { NULL } },
		{ "the message quoted on the line below the code",
		  "\n"
		  "The frob program stops with the following error:\n"
		  "\n"
		  "   Run-time error 10:\n"
		  "   \"This frob array is fixed or temporarily locked\"\n" FIX_WORDS,
		  { "error 10", "message: 'This frob array is fixed or temporarily locked'\n", NULL },
		  { NULL } },
		{ "a script engine's line, the message below",
		  "\n"
		  "The page shows the following error:\n"
		  "\n"
		  "   Microsoft VBScript runtime error '800a03e3'\n"
		  "\n"
		  "   Unknown runtime error\n"
		  "\n"
		  "   /frob/lib/session.inc, line 300\n" FIX_WORDS,
		  { "error 0x800a03e3", "message: 'Unknown runtime error'\n", NULL },
		  { NULL } },
		{ "the last of a block of fields: the paragraph below is the next block",
		  "\n"
		  "The following errors are logged:\n"
		  "\n"
		  "   Frob ID 19: FROB_SET_RATE_FAILED\n"
		  "   Message Text: Could not set the frob rate.\n"
		  "   Status: 0xC0050013\n"
		  "\n"
		  "   Frob ID 20: FROB_SET_LED_FAILED\n"
		  "   Message Text: Could not set the frob lights.\n" FIX_WORDS,
		  { "error 0xC0050013", NULL },
		  { "message: 'Frob ID 20", NULL } },
		{ "a title below is no message",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   Error ID c103aa11\n"
		  "\n"
		  "   Microsoft Frob Directory Management.\n" FIX_WORDS,
		  { "error 0xc103aa11", "message: 'REVIEW", NULL },
		  { NULL } },
		{ "a paragraph of prose below a code in prose is no message",
		  "\n"
		  "The service stops with error 1067.\n"
		  "\n"
		  "This happens when the frob file is damaged.\n" FIX_WORDS,
		  { "error 1067", NULL },
		  { "message: 'This happens", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Connection Fails"), cases);
}

/* Older programs print "error N: the message" in lower case; the drafts
 * refused the words as a sentence's fragment.  A line shown as the
 * program's (indented, opening with "error", the code and a mark after
 * it) is read; words that go on from the code with no mark ("Error 1201
 * occurred while ...") or say where the error was ("in file ...") are
 * still no message of their own. */
static void test_lower_case_program_lines(void **state)
{
	static const struct draft_case cases[] = {
		{ "error N: the message",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   Could not start the Frob service on \\\\server\n"
		  "   error 1067: the process terminated unexpectedly.\n" FIX_WORDS,
		  { "error 1067", "message: 'the process terminated unexpectedly.'\n", NULL },
		  { NULL } },
		{ "Error N, the message",
		  "\n"
		  "The following error may appear:\n"
		  "\n"
		  "   Error 2140, the specified frob failed to start.\n" FIX_WORDS,
		  { "message: 'the specified frob failed to start.'\n", NULL },
		  { NULL } },
		{ "where the error was is no message",
		  "\n"
		  "The following error message may appear:\n"
		  "\n"
		  "   Error 5000, in file frobsetting.cp line 150.\n" FIX_WORDS,
		  { "error 5000", NULL },
		  { "message: 'in file", NULL } },
		{ "lower-case words in prose are still refused",
		  "\n"
		  "The service returns error 87: the frob parameter is wrong, as the log\n"
		  "shows.\n" FIX_WORDS,
		  { "error 87", NULL },
		  { "message: 'the frob parameter", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Service Fails"), cases);
}

/* A program often prints its code inside a sentence ("AppRegisterI
 * returned error 1058 for component ..."); where the article shows such a
 * line in a block it leads in to with a colon, the sentence is the
 * message.  Not a bug check's line, a dialog's, a field and its value, a
 * log line's time stamp or a sentence that only says there is an error. */
static void test_program_sentences_in_samples(void **state)
{
	static const struct draft_case cases[] = {
		{ "a log's lines, each a sentence with its code",
		  "\n"
		  "The following error messages may be logged in the Frobreg.log file:\n"
		  "\n"
		  "   FrobRegister returned error 1058 for component Frob Inventory Agent\n"
		  "   FrobUnregister returned error 1053 for component Frob Programs\n"
		  "   Manager\n" FIX_WORDS,
		  { "error 1058", "message: 'FrobRegister returned error 1058 for component Frob Inventory Agent'\n",
		    "error 1053", "message: 'FrobUnregister returned error 1053 for component Frob Programs Manager'\n",
		    "review 16: the message is the sentence of the program's line", NULL },
		  { NULL } },
		{ "a sentence wrapped after 'with', the first sentence of three",
		  "\n"
		  "The following event is logged:\n"
		  "\n"
		  "   The error 0x80040115 was encountered while trying to communicate with\n"
		  "   the frob store. An attempt to refresh the connection will be made.\n" FIX_WORDS,
		  { "message: 'The error 0x80040115 was encountered while trying to communicate with the frob store.'\n", NULL },
		  { NULL } },
		{ "a failure and its return code",
		  "\n"
		  "The frob monitor shows the following:\n"
		  "\n"
		  "   Creation of named frob pipe failed, rc = 10048\n" FIX_WORDS,
		  { "message: 'Creation of named frob pipe failed, rc = 10048'\n", NULL },
		  { NULL } },
		{ "a word broken at its hyphen is joined whole",
		  "\n"
		  "The following event is logged:\n"
		  "\n"
		  "   Description: Error 0x8004011d occurred while trying to run a timer-\n"
		  "   based frob agent.\n" FIX_WORDS,
		  { "message: 'Error 0x8004011d occurred while trying to run a timer-based frob agent.'\n", NULL },
		  { "timer- based", NULL } },
		{ "the address the failure was at is cut off",
		  "\n"
		  "The following error is logged:\n"
		  "\n"
		  "   Frobstore.exe exception: 0xc0000005, address:0x0064897c\n" FIX_WORDS,
		  { "message: 'Frobstore.exe exception: 0xc0000005'\n", NULL },
		  { "0x0064897c'", NULL } },
		{ "the memory address a failure was at is cut off",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   FROB386 has detected error #06 in an application at memory address 00B8:0850.\n" FIX_WORDS,
		  { "error 6", "message: 'FROB386 has detected error #06 in an application'\n", NULL },
		  { "00B8:0850", NULL } },
		{ "a sentence with a date and a time is no message",
		  "\n"
		  "The following event is logged:\n"
		  "\n"
		  "   The application, frob.dbg, generated an application error The error\n"
		  "   occurred on 8/27/1997 @ 13:42:45.955 The exception generated was c0000005\n" FIX_WORDS,
		  { "error 0xc0000005", NULL },
		  { "message: 'The application", "message: 'occurred on", NULL } },
		{ "two messages on one line, '-or-' between",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   FROB ERROR [19]:not enough memory to start frob -or- Cannot load file\n"
		  "   frob-L13 file\n" FIX_WORDS,
		  { "error 19", NULL },
		  { "message: 'FROB ERROR", NULL } },
		{ "a line that only says there is an error",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   System error 224 occurred.\n" FIX_WORDS,
		  { "error 224", NULL },
		  { "message: 'System error 224", NULL } },
		{ "a log line's time stamp",
		  "\n"
		  "The frob log shows the following:\n"
		  "\n"
		  "   08/01 08:14:42 [FROB] Frob logon of the user failed with error 1326 for\n"
		  "   the domain\n" FIX_WORDS,
		  { "error 1326", NULL },
		  { "message: '08/01", NULL } },
		{ "a run of fields",
		  "\n"
		  "The following error is logged:\n"
		  "\n"
		  "   Conversion error: 4096, Object at fault: 06000100, Frob type: 56010A01\n" FIX_WORDS,
		  { "error 4096", NULL },
		  { "message: 'Conversion error: 4096", NULL } },
		{ "prose, not led in, is no program's line",
		  "\n"
		  "When the frob agent returns error 1326 for the account, the service\n"
		  "stops.\n" FIX_WORDS,
		  { "error 1326", NULL },
		  { "message: 'When the frob", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Fails"), cases);
}

/* After an access violation's code, Dr. Watson and debuggers print where
 * it was: an address with no colon, a module, a location.  The drafts
 * took those words for the message (a fragment, so none), or the whole
 * line with the address, which no other machine's log holds. */
static void test_where_an_access_violation_was(void **state)
{
	static const struct draft_case cases[] = {
		{ "Dr. Watson's address with no colon",
		  "\n"
		  "Dr. Watson reports the following:\n"
		  "\n"
		  "   FROBSVC.EXE\n"
		  "   Exception: access violation (0xc0000005), Address <number>\n" FIX_WORDS,
		  { "error 0xc0000005", "message: 'Exception: access violation'\n", NULL },
		  { "Address <number>'", NULL } },
		{ "a module and an address after the code",
		  "\n"
		  "The following errors may appear:\n"
		  "\n"
		  "   Access Violation (0xC0000005) in FROB804.DLL @01B20002.\n" FIX_WORDS,
		  { "message: 'Access Violation'\n", NULL },
		  { "FROB804", NULL } },
		{ "a location and what was read",
		  "\n"
		  "The following error message appears:\n"
		  "\n"
		  "   Access violation (0xc0000005) at Address 0x5e215a reading from 0x0.\n" FIX_WORDS,
		  { "message: 'Access violation'\n", NULL },
		  { "0x5e215a", NULL } },
		{ "a module after another exception is no access violation's",
		  "\n"
		  "The following error messages may appear:\n"
		  "\n"
		  " - Frobview caused a divide error in module Frobnet.dll.\n"
		  "\n"
		  " - Frobview caused exception c0000006h in Frobnet.dll\n" FIX_WORDS,
		  { "error 0xc0000006", NULL },
		  { "message: 'Frobview caused'", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Service Quits"), cases);
}

/* A code's symbolic name is its message where the article gives no other
 * words: before the code in its bracket, or in a bracket that opens the
 * next line when the code ends its own.  The drafts had none. */
static void test_symbolic_names(void **state)
{
	static const struct draft_case cases[] = {
		{ "the name before the code in its bracket",
		  "\n"
		  "The frob server returns STATUS_ACCOUNT_RESTRICTION (0xC000006E) when the\n"
		  "user's password has expired.\n" FIX_WORDS,
		  { "error 0xC000006E", "message: 'STATUS_ACCOUNT_RESTRICTION'\n", NULL },
		  { NULL } },
		{ "the name in a bracket opening the next line",
		  "\n"
		  "The send succeeds, but the frob receive that follows fails with error code 1726\n"
		  "(RPC_S_CALL_FAILED). This happens only with large buffers.\n" FIX_WORDS,
		  { "error 1726", "message: 'RPC_S_CALL_FAILED'\n", NULL },
		  { NULL } },
		{ "words in the next line's bracket are no name",
		  "\n"
		  "The frob receive fails with error code 1726\n"
		  "(see the frob log). This happens only with large buffers.\n" FIX_WORDS,
		  { "error 1726", NULL },
		  { "message: 'see the frob log'", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Receive Fails"), cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bug_check_names),
		cmocka_unit_test(test_dialog_text_above_its_id),
		cmocka_unit_test(test_messages_below_a_blank_line),
		cmocka_unit_test(test_lower_case_program_lines),
		cmocka_unit_test(test_program_sentences_in_samples),
		cmocka_unit_test(test_where_an_access_violation_was),
		cmocka_unit_test(test_symbolic_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
