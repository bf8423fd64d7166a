/* test_kbimport_codes.c: core/kbimport_errors.c, kbimport_events.c and
 * kbimport_afterfix.c, the layouts of error codes and events that the
 * unseen sets showed: a code opening a wrapped line, statuses in brackets
 * and in log samples, HRESULTs without 0x, "Return code from X is N", a
 * success status, an Event Viewer row, and what the fix brings.  Each test
 * imports a small article written here, in our own words (the body starts
 * at line 17, in a RESOLUTION section; BODY_HEAD's SYMPTOMS hold error
 * 1067), and reads the draft as a parsed rule. */
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

static size_t n_errors(const struct rule *r)
{
	size_t i, n = 0;

	for (i = 0; i < r->n_symptoms; i++)
		n += r->symptoms[i].kind == SYMPTOM_ERROR;
	return n;
}

static void test_a_code_opening_a_wrapped_line(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "The frob log then holds:\n"
	       "\n"
	       "   The Frob Server could not file order * because of an error:\n"
	       "   0x80070057. The order came from an older client. Send the order\n"
	       "   again from a newer client.\n"
	       "\n"
	       "The relay stops with error\n"
	       "4312. Starting it by hand gives the same.\n"
	       "\n"
	       "   The frob queue could not be read (error\n"
	       "   6118).\n"
	       "\n"
	       "   The frob agent could not read the queue. Error code\n"
	       "   0x8100ABCD. Frob Registry - 4411 -\n"
	       "\n"
	       "   The frob agent stopped on an access violation\n"
	       "   (0xc0000005)\n"
	       "\n"
	       "A numbered step is no code: the rule asks for error\n"
	       "2. Restart the agent.\n", &d);
	assert_non_null(draft_error(d.r, 0x80070057));
	assert_non_null(draft_error(d.r, 4312));
	assert_non_null(draft_error(d.r, 6118));
	assert_non_null(draft_error(d.r, 0x8100ABCD));
	assert_non_null(draft_error(d.r, 0xC0000005));
	assert_null(draft_error(d.r, 2));
	draft_free(&d);
}

/* "NET HELPMSG N" names error N: the command prints its text.  The
 * message is the one that pointed to the command (before "More help is
 * available by typing ...", on its line or the paragraph above), or the
 * words the command is said to print. */
static void test_a_code_named_by_net_helpmsg(void **state)
{
	struct draft d;
	const struct rule_symptom *e;

	(void)state;
	draft_import_body("\n"
	       "Starting the frob relay from a command prompt gives:\n"
	       "\n"
	       "   The frob relay name is not valid.\n"
	       "\n"
	       "   More help is available by typing NET HELPMSG 3977.\n"
	       "\n"
	       " - The frob queue is full. More help is available by typing\n"
	       "   NET HELPMSG 3978.\n"
	       "\n"
	       "NET HELPMSG 3979 displays the following: The frob lease ran out.\n"
	       "\n"
	       "If you type NET HELPMSG 3980 on the server, you receive the following\n"
	       "message:\n"
	       "\n"
	       "   The frob ticket is too old.\n", &d);
	assert_non_null(e = draft_error(d.r, 3977));
	assert_string_equal(e->message, "The frob relay name is not valid.");
	assert_non_null(e = draft_error(d.r, 3978));
	assert_string_equal(e->message, "The frob queue is full.");
	assert_non_null(e = draft_error(d.r, 3979));
	assert_string_equal(e->message, "The frob lease ran out.");
	assert_non_null(e = draft_error(d.r, 3980));
	assert_string_equal(e->message, "The frob ticket is too old.");
	draft_free(&d);
}

static void test_statuses_in_brackets_and_log_samples(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "A trace of this problem has lines like these:\n"
	       "\n"
	       "   11/04 09:12:01 [SYNC] FrobSyncDatabase: returning unsuccessful\n"
	       "   (c0000022).\n"
	       "   11/04 09:12:01 [SYNC] FrobSync: store returning (0xc000003a) to peer\n"
	       "\n"
	       "   The frob client failed to start properly (0xc0000135). Click OK.\n"
	       "   Frob could not sign you on (C000006E).\n"
	       "   [Frob Objects [E_FAIL (80004005)]]\n"
	       "   09:40:12 [8004010E-501-0-77]\n"
	       "\n"
	       "Not statuses: a stack dump, a parameter, a count.\n"
	       "\n"
	       "   8015a1b2 7405      jz   FROB!_Queue+0x1c (8015a1d9)\n"
	       "   The second parameter (0x8016c2d0) is an address.\n"
	       "   It showed 4294967294 (0xFFFFFFFE) items.\n", &d);
	assert_non_null(draft_error(d.r, 0xC0000022));
	assert_non_null(draft_error(d.r, 0xC000003A));
	assert_non_null(draft_error(d.r, 0xC0000135));
	assert_non_null(draft_error(d.r, 0xC000006E));
	assert_non_null(draft_error(d.r, 0x80004005));
	assert_non_null(draft_error(d.r, 0x8004010E));
	assert_null(draft_error(d.r, 0x8015a1d9));
	assert_null(draft_error(d.r, 0x8016c2d0));
	assert_null(draft_error(d.r, 0xFFFFFFFE));
	draft_free(&d);
}

static void test_hresults_written_without_0x(void **state)
{
	const struct rule_symptom *e;
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "The page may show one of these messages:\n"
	       "\n"
	       "   80070002 \"The frob file was not found\"\n"
	       "   80030070 - There is no room left on the frob disk\n"
	       "   80050001: No frob session: the host refused the request\n"
	       "\n"
	       "   FROBAPI returns 80070005 when the account has no rights.\n"
	       "   Run-time error '-2147417848 (80010108)': the frob object left\n"
	       "   Run-time error '-21474178 (8001010A)': a digit lost\n"
	       "   Run-time error '3426':\n"
	       "\n"
	       "Not codes: a count at the start of a line, a status line in quotes.\n"
	       "\n"
	       "   80070003 frobs were counted in 2001.\n"
	       "   Frob.Status = \"401 Access Denied\"\n"
	       "   It fails with the error \"550 Unable to relay\".\n", &d);
	e = draft_error(d.r, 0x80070002);
	assert_non_null(e);
	assert_non_null(strstr(e->message, "The frob file was not found"));
	assert_non_null(draft_error(d.r, 0x80030070));
	assert_non_null(draft_error(d.r, 0x80050001));
	assert_non_null(draft_error(d.r, 0x80070005));
	assert_non_null(draft_error(d.r, 0x80010108));
	assert_non_null(draft_error(d.r, 0x8001010A));
	assert_non_null(draft_error(d.r, 3426));
	assert_null(draft_error(d.r, 401));
	assert_null(draft_error(d.r, 550));
	assert_null(draft_error(d.r, 0x80070003));
	assert_null(draft_error(d.r, 80070003));
	draft_free(&d);
}

static void test_return_codes_named_with_their_function(void **state)
{
	const struct rule_symptom *e;
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "The frob agent then logs:\n"
	       "\n"
	       "   Could not open the frob journal.\n"
	       "   Return code from OpenFrobJournal is 1326.\n"
	       "   Primary return code = 0003 (FROB_ALLOCATION_ERROR)\n"
	       "   Secondary return code = 08000100\n"
	       "   Other return code = F0A1\n"
	       "   The call returns 1 when it is done.\n"
	       "   Frob exited with return code 0.\n"
	       "\n"
	       "In prose a return code of 7 or 9 only describes the script.\n", &d);
	assert_non_null(draft_error(d.r, 1326));
	e = draft_error(d.r, 3);
	assert_non_null(e);
	assert_string_equal(e->message, "FROB_ALLOCATION_ERROR");
	/* a zero-padded word or double word is hex */
	assert_non_null(draft_error(d.r, 0x08000100));
	assert_non_null(draft_error(d.r, 0xF0A1));
	assert_null(draft_error(d.r, 1));
	assert_null(draft_error(d.r, 7));
	draft_free(&d);
}

static void test_a_success_status_is_no_error(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "   Event ID: 4100\n"
	       "   Source: FrobAgent\n"
	       "   Description: The frob dispatcher gave up waiting on the store and\n"
	       "   took the thread back, with status 0x0. Restart the agent if this\n"
	       "   goes on.\n"
	       "\n"
	       "   Frob last error code = 0\n"
	       "   FrobSend failed, rc 0\n", &d);
	assert_non_null(draft_event(d.r, 4100));
	assert_int_equal(draft_event(d.r, 4100)->error_code, 0);
	/* only BODY_HEAD's error 1067 */
	assert_int_equal(n_errors(d.r), 1);
	draft_free(&d);
}

static void test_an_event_viewer_row_is_an_event(void **state)
{
	const struct rule_symptom *ev;
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "One or both of these messages may show in the event\n"
	       "viewer:\n"
	       "\n"
	       "    Error 2207 Error just occurred while writing the frob journal\n"
	       "     to the store.\n"
	       "\n"
	       "The frob relay does not start:\n"
	       "\n"
	       "   Error 3106 Source: FrobRelay\n"
	       "   Description: the relay could not bind its port\n"
	       "\n"
	       "The frob tool stops with:\n"
	       "\n"
	       "   Error 1068: The dependency service or group failed to start.\n", &d);
	ev = draft_event(d.r, 2207);
	assert_non_null(ev);
	assert_null(draft_error(d.r, 2207));
	ev = draft_event(d.r, 3106);
	assert_non_null(ev);
	assert_string_equal(ev->source, "FrobRelay");
	assert_null(draft_error(d.r, 3106));
	/* a code with its message after a colon stays a code */
	assert_non_null(draft_error(d.r, 1068));
	draft_free(&d);
}

static void test_what_the_fix_brings_is_no_symptom(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Install the update from the frob site.\n"
	       "\n"
	       "If you run Frob Monitor on servers where this update is applied, the\n"
	       "frob log agent (FrobLogAgent) generates the following Event ID 3301\n"
	       "error:\n"
	       "\n"
	       "   Error opening frob journal Security.\n"
	       "   Journal will not be read.\n"
	       "   Return code from OpenFrobJournal is 1314.\n"
	       "\n"
	       "After you apply the fix, the frob server logs an Event 77 warning\n"
	       "for each old client.\n"
	       "\n"
	       "The agent may also log event 4021 when its queue fills.\n", &d);
	assert_null(draft_event(d.r, 3301));
	assert_null(draft_error(d.r, 1314));
	assert_null(draft_event(d.r, 77));
	assert_true(draft_review_says(d.r, 21, "once the fix is applied"));
	assert_true(draft_review_says(d.r, 26, "once the fix is applied"));
	assert_true(draft_review_says(d.r, 28, "once the fix is applied"));
	/* a paragraph that does not say so keeps its event */
	assert_non_null(draft_event(d.r, 4021));
	draft_free(&d);
}

static void test_an_event_block_whose_id_line_lost_its_event_word(void **state)
{
	const struct rule_symptom *ev;
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "   Event Type:\n"
	       "   Error Event Source: FrobStore\n"
	       "   Event Category: General Event\n"
	       "   ID: 5123\n"
	       "   Description: The frob store could not start.\n"
	       "\n"
	       "The backup may log this:\n"
	       "\n"
	       "   ID : 4412\n"
	       "   Source : FrobBackup\n"
	       "   Type : Warning\n"
	       "\n"
	       "A line alone is no event:\n"
	       "\n"
	       "   ID: 4410\n", &d);
	ev = draft_event(d.r, 5123);
	assert_non_null(ev);
	assert_string_equal(ev->source, "FrobStore");
	ev = draft_event(d.r, 4412);
	assert_non_null(ev);
	assert_string_equal(ev->source, "FrobBackup");
	assert_null(draft_event(d.r, 4410));
	draft_free(&d);
}

static void test_an_ntstatus_written_with_nine_digits(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "   The exception unknown software exception (0XC0000009A) occurred in\n"
	       "   the frob agent.\n"
	       "   Frob failed to start properly (0xc00000135).\n"
	       "   Frob stopped on an access violation (0xc00000050)\n", &d);
	assert_non_null(draft_error(d.r, 0xC000009A));
	assert_true(draft_review_says(d.r, 18, "nine hex digits"));
	assert_non_null(draft_error(d.r, 0xC0000135));
	/* the extra zero could be at either end: not read */
	assert_null(draft_error(d.r, 0xC0000050));
	assert_null(draft_error(d.r, 0xC0000005));
	draft_free(&d);
}

/* The same words in SYMPTOMS: the technician sees the event. */
static void test_the_fix_cue_does_not_reach_the_symptoms(void **state)
{
	static const char text[] =
		ARTICLE_HEAD("Q900778", "Frobnitz Agent Logs Event 3301")
		"SYMPTOMS\n"
		"========\n"
		"\n"
		"After you apply the update, the frob agent logs Event ID 3301 and\n"
		"stops with error 1314.\n"
		"\n"
		"RESOLUTION\n"
		"==========\n"
		"\n"
		"Remove the update.\n";
	struct kb_error err = { "" };
	struct kb_article *a = NULL;
	struct draft d;

	(void)state;
	memset(&d, 0, sizeof d);
	if (kb_article_parse("Q900778.txt", text, sizeof text - 1, &a, &err) != 0)
		fail_msg("%s", err.msg);
	draft_of_article("Q900778.txt", a, &d);
	assert_non_null(draft_event(d.r, 3301));
	assert_non_null(draft_error(d.r, 1314));
	draft_free(&d);
}

static void test_an_appc_return_code_in_hex(void **state)
{
	struct draft d;

	(void)state;
	/* "primary_rc = F00A": a verb's return code printed as a hex word
	 * holding a letter; "= 0003" stays as it was read */
	draft_import_body("\n"
	       "CAUSE\n"
	       "=====\n"
	       "\n"
	       "With tracing on, the frob link's OPEN call is seen failing with\n"
	       "frob_rc = F00A (FROB_LINK_DOWN) and the client gives up.\n", &d);
	assert_non_null(draft_error(d.r, 0xF00A));
	draft_free(&d);
}

static void test_a_logged_event_and_a_quoted_status(void **state)
{
	struct draft d;

	(void)state;
	/* "logs a N event": the ID before the word; a status quoted with its
	 * words after "status is" */
	draft_import_body("\n"
	       "CAUSE\n"
	       "=====\n"
	       "\n"
	       "When the queue is full the frob agent logs a 4127 event and drops\n"
	       "the oldest entry. The status is \"0xC00000AB frob pipe busy\" and\n"
	       "the agent gives up; a log of 12 entries is kept.\n", &d);
	assert_non_null(draft_event(d.r, 4127));
	assert_non_null(draft_error(d.r, 0xC00000AB));
	assert_null(draft_event(d.r, 12));
	draft_free(&d);
}

static void test_an_error_objects_number(void **state)
{
	struct draft d;

	(void)state;
	/* "Number: -N (0x...)": the negative HRESULT and its hex form */
	draft_import_body("\n"
	       "SYMPTOMS\n"
	       "========\n"
	       "\n"
	       "The frob page stops with this:\n"
	       "\n"
	       "   Source: FrobData\n"
	       "   Number: -2147467259 (0x80004005)\n"
	       "   Number: -12 (0x8000000C)\n", &d);
	assert_non_null(draft_error(d.r, 0x80004005));
	assert_null(draft_error(d.r, 0x8000000C));
	draft_free(&d);
}

/* Visual Basic writes hex as "&H80004005": a code after an error word
 * in that form is the same code as 0x80004005, its message after the
 * decimal in brackets; a constant in a sample ("Const FROB_FLAG =
 * &H80000000") and a colour are not errors. */
static void test_a_visual_basic_hex_code(void **state)
{
	const struct rule_symptom *e;
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Running the frob component shows one of these messages:\n"
	       "\n"
	       "   System Error &H80004015(-2147467243). The frob class runs as\n"
	       "   another account.\n"
	       "   FROB_E_NOT_FOUND error (&H8004010F), even though the frob exists.\n"
	       "\n"
	       "The sample declares:\n"
	       "\n"
	       "   Const FROB_FLAG = &H80000000\n"
	       "   Form1.BackColor = &H8000000F\n"
	       "   If rc = &H2 Then MsgBox \"Frob is not installed\"\n", &d);
	e = draft_error(d.r, 0x80004015);
	assert_non_null(e);
	/* the message after the code's decimal in brackets, not the next line */
	assert_non_null(strstr(e->message, "The frob class runs as"));
	assert_non_null(draft_error(d.r, 0x8004010F));
	assert_non_null(strstr(d.yaml, "code: 0x80004015"));
	assert_null(draft_error(d.r, 0x80000000));
	assert_null(draft_error(d.r, 0x8000000F));
	/* a program's own return code in a sample is no HRESULT */
	assert_null(draft_error(d.r, 2));
	draft_free(&d);
}

/* "Error [115] Failure to read", "FAILED ERROR CODE <183>": a code in
 * square or angle brackets after its keyword, its message after the
 * closing bracket. */
static void test_a_code_in_square_or_angle_brackets(void **state)
{
	const struct rule_symptom *e;
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "The frob gateway stops with one of these messages:\n"
	       "\n"
	       "   Error [4115] Failure to read the frob queue\n"
	       "   The command FROBCTR FROB.INI FAILED ERROR CODE <4183>\n"
	       "   Frob call returned code: 4109 (hex)  >> frobcall(1000)\n"
	       "   Error [ 472] Frob name is too long\n"
	       "   Unexpected error [0x8004AB12 - The frob store could not be opened.\n"
	       "\n"
	       "None of these is a code:\n"
	       "\n"
	       "   while (rc <= 5) status = FrobRead(status << 8);\n"
	       "   IF (status < 7)\n"
	       "   Status [3 of 10] Copying frob files; the copy failed [4 times]\n"
	       "   Error [10:42:07] The frob store could not be opened.\n"
	       "   Press the Stop [2] button, and note the error [6], as the footnote says.\n"
	       "   if (status[11] == 0) rc[12] = FrobOpen(hFile); note the error [9] too.\n"
	       "   VM error[4127]: Not enough frob space\n"
	       "\n"
	       "[6] The footnote's own sentence.\n"
	       "[9]  see the other footnote.\n", &d);
	e = draft_error(d.r, 4115);
	assert_non_null(e);
	assert_non_null(strstr(e->message, "Failure to read the frob queue"));
	assert_non_null(draft_error(d.r, 4183));
	/* the message is not a function's name past a bracket and marks */
	e = draft_error(d.r, 4109);
	if (e != NULL)
		assert_null(strstr(e->message, "frobcall"));
	/* "[ 472]": padded to three places */
	assert_non_null(draft_error(d.r, 472));
	assert_non_null(draft_error(d.r, 0x8004AB12));
	/* comparisons, counts, times, a button, a footnote's mark */
	assert_null(draft_error(d.r, 5));
	assert_null(draft_error(d.r, 8));
	assert_null(draft_error(d.r, 7));
	assert_null(draft_error(d.r, 3));
	assert_null(draft_error(d.r, 4));
	assert_null(draft_error(d.r, 10));
	assert_null(draft_error(d.r, 2));
	assert_null(draft_error(d.r, 6));
	/* an array's index, a footnote mark written loosely */
	assert_null(draft_error(d.r, 11));
	assert_null(draft_error(d.r, 12));
	assert_null(draft_error(d.r, 9));
	/* the error word's own bracket, glued */
	assert_non_null(draft_error(d.r, 4127));
	draft_free(&d);
}

/* Windows 95's blue screen: "A Fatal Exception 0E has occurred at
 * ...", the processor's exception in two hex digits with no 0x. */
static void test_a_fatal_exception_number_is_hex(void **state)
{
	struct draft d;
	const struct rule_symptom *e;

	(void)state;
	draft_import_body("\n"
	       "When you start the frob viewer, you receive one of these messages:\n"
	       "\n"
	       "   A Fatal Exception 0E has occurred at 0028:C0012345 in VXD FROB(01)\n"
	       "\n"
	       "   Fatal Exception Error 0D\n"
	       "\n"
	       "Other fatal exception errors may follow.  A fatal exception 0E28 is\n"
	       "not one of them.\n", &d);
	assert_non_null(e = draft_error(d.r, 0x0E));
	assert_string_equal(e->message, "Fatal Exception 0E");
	assert_non_null(e = draft_error(d.r, 0x0D));
	assert_string_equal(e->message, "Fatal Exception Error 0D");
	assert_null(draft_error(d.r, 0x0E28));
	assert_null(draft_error(d.r, 28));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_code_opening_a_wrapped_line),
		cmocka_unit_test(test_a_code_named_by_net_helpmsg),
		cmocka_unit_test(test_a_code_in_square_or_angle_brackets),
		cmocka_unit_test(test_statuses_in_brackets_and_log_samples),
		cmocka_unit_test(test_hresults_written_without_0x),
		cmocka_unit_test(test_return_codes_named_with_their_function),
		cmocka_unit_test(test_a_success_status_is_no_error),
		cmocka_unit_test(test_an_event_viewer_row_is_an_event),
		cmocka_unit_test(test_what_the_fix_brings_is_no_symptom),
		cmocka_unit_test(test_the_fix_cue_does_not_reach_the_symptoms),
		cmocka_unit_test(test_an_event_block_whose_id_line_lost_its_event_word),
		cmocka_unit_test(test_an_ntstatus_written_with_nine_digits),
		cmocka_unit_test(test_an_appc_return_code_in_hex),
		cmocka_unit_test(test_a_logged_event_and_a_quoted_status),
		cmocka_unit_test(test_an_error_objects_number),
		cmocka_unit_test(test_a_visual_basic_hex_code),
		cmocka_unit_test(test_a_fatal_exception_number_is_hex),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
