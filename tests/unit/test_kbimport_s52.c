/* test_kbimport_s52.c: what session 52 taught the importer.  Each case
 * reads a small article written here, in our own words, in the forms
 * programs print their errors in: Dr. Watson's "Exception:" field, a
 * debugger's "Access violation - code c0000005", a script's error object
 * ("Number:", "Source:", "Description:"), a program's "Error:" and
 * "Message:" fields. */
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

/* A symptom's message is what a log line must hold for the symptom to be
 * seen (diagnose.c), so it must be the words the program prints.  The
 * readers took:
 * - "Exception: access" from Dr. Watson's "Exception: access violation
 *   (0xc0000005)": the words before the keyword "violation", without it;
 *   and nothing from a debugger's "Access violation - code c0000005";
 * - "Source: Microsoft OLE DB Provider for ODBC Drivers", the field that
 *   names who raised the error, from a script's error object, whose
 *   "Description:" field (above or below "Number:") holds the message;
 * - "Message: ..." and "Description: ..." with the field's label;
 * - "Error: Run-time" from "Error: Run-time error '3028'", the label and
 *   the kind of error, where the next line holds the message. */
static void test_messages_in_fields(void **state)
{
	static const struct draft_case cases[] = {
		{ "Dr. Watson's exception field",
		  "\n"
		  "The agent quits, and Dr. Watson logs the following:\n"
		  "\n"
		  "   FROBAGNT.EXE\n"
		  "   Exception: access violation (0xc0000005)\n" FIX_WORDS,
		  { "error 0xc0000005", "message: 'Exception: access violation'", NULL },
		  { "message: 'Exception: access'\n", NULL } },
		{ "a debugger's first-chance exception",
		  "\n"
		  "The debugger shows the following when the agent quits:\n"
		  "\n"
		  "   Access violation - code c0000005 (first chance)\n" FIX_WORDS,
		  { "error 0xc0000005", "message: 'Access violation'", NULL },
		  { "message: 'REVIEW", NULL } },
		{ "a script's error object, its description above the number",
		  "\n"
		  "The page shows the following error:\n"
		  "\n"
		  "   Description: [Contoso][Frob Driver] Syntax error in UPDATE\n"
		  "   statement.\n"
		  "   Number: -2147217900 (0x80040E14)\n"
		  "   Source: Contoso Frob Provider\n" FIX_WORDS,
		  { "error 0x80040E14", "message: '[Contoso][Frob Driver] Syntax error in UPDATE statement.'", NULL },
		  { "message: 'Source:", NULL } },
		{ "a script's error object, its description below the source",
		  "\n"
		  "The page shows the following error:\n"
		  "\n"
		  "   Number: -2147217900 (0x80040E14)\n"
		  "   Source: Contoso Frob Provider\n"
		  "   Description: Syntax error in query expression.\n" FIX_WORDS,
		  { "message: 'Syntax error in query expression.'", NULL },
		  { "message: 'Source:", NULL } },
		{ "a script's error object with no description",
		  "\n"
		  "The page shows the following error:\n"
		  "\n"
		  "   Number: -2147467259 (0x80004005)\n"
		  "   Source: Contoso Frob Provider\n" FIX_WORDS,
		  { "error 0x80004005", "review 15: the words read for its message", NULL },
		  { "message: 'Source:", NULL } },
		{ "a program's Message: field",
		  "\n"
		  "The program stops with the following:\n"
		  "\n"
		  "   Program: Refresh\n"
		  "   Error: 1924\n"
		  "   Message: FROBCURSOR is not an object.\n" FIX_WORDS,
		  { "error 1924", "message: 'FROBCURSOR is not an object.'", NULL },
		  { "message: 'Message:", NULL } },
		{ "an event's description with a code in it",
		  "\n"
		  "The following event is logged:\n"
		  "\n"
		  "   Event Source: FrobAgent\n"
		  "   Event ID: 4101\n"
		  "   Description: The agent could not start. Error 0x80070005.\n" FIX_WORDS,
		  { "error 0x80070005", "message: 'The agent could not start.'", NULL },
		  { "message: 'Description:", NULL } },
		{ "a run-time error after an Error: label",
		  "\n"
		  "The program stops with the following:\n"
		  "\n"
		  "   Error: Run-time error '3028'\n"
		  "   Cannot open the frob database.\n" FIX_WORDS,
		  { "error 3028", "message: 'Cannot open the frob database.'", NULL },
		  { "message: 'Error: Run-time'", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Quits"), cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_messages_in_fields),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
