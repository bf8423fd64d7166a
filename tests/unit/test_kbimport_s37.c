/* test_kbimport_s37.c: forms of session 37's importer mends, read from
 * the misses of the labelled sets and from the whole archive's drafts
 * (the events drafted with no source whose article names one outright).
 * Each case imports a small article written here, in our own words. */
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

/* A how-to's head: what its MORE INFORMATION shows is documentation. */
static const char how_to_head[] = HOW_TO_ARTICLE("How to Set Up a Frob Player",
					   "This article documents the frob player's set-up.");

/* unseen73's Q124084, unseen12's Q165546, unseen82's Q172153, unseen83's
 * Q245243, unseen143's Q196313 and the archive's Q172444: the word
 * "source" names the event's source outright, in forms no reader took
 * ("from source X", "coming from source X", "with Source X", "(with a
 * source of X)", "Event N, source X" with a name no list holds). */
static void test_the_word_source_names_it(void **state)
{
	static const struct draft_case cases[] = {
		{ "from source, the name on the next line",
		  "\nThe frob agent hangs. Event Viewer shows event ID 20077 from source\n"
		  "RemoteAccess. Restarting the agent does not help.\n" FIX_WORDS,
		  { "event 20077 from RemoteAccess", NULL },
		  { NULL } },
		{ "coming from source, after a plural's apostrophe",
		  "\nIn the Application log you may see several Event Id 54's coming from source\n"
		  "SNA Host Security.\n" FIX_WORDS,
		  { "event 54 from SNA Host Security", NULL },
		  { NULL } },
		{ "with Source and a name no list holds",
		  "\nAn application event ID 1000, with Source FrobDB, appears when the frob\n"
		  "database cannot be opened.\n" FIX_WORDS,
		  { "event 1000 from FrobDB", NULL },
		  { NULL } },
		{ "the word source before a name that runs on is no name",
		  "\nAn application event ID 1000, with source code in its data, appears when\n"
		  "the frob database cannot be opened.\n" FIX_WORDS,
		  { "event 1000", NULL },
		  { "event 1000 from code", NULL } },
		{ "in brackets, the source is the bracketed event's only",
		  "\nYou may receive either Event ID 5, Event ID 6 (with a source of FROBLOG), or\n"
		  "both in the system log.\n" FIX_WORDS,
		  { "event 6 from FROBLOG", "event 5", NULL },
		  { "event 5 from FROBLOG", NULL } },
		{ "a labelled name after the ID in a block",
		  "\nThe frob server logs many of these events:\n\n"
		  "   Event ID 2024, Source FrobSrv:\n"
		  "   The client at the address below was not logged on.\n" FIX_WORDS,
		  { "event 2024 from FrobSrv", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen64's Q200350 and the archive's Q198540: a later sentence says
 * what the source is with a few words between ("The source for the event
 * ID is X."); the reader took only "The source is X.". */
static void test_a_later_sentence_names_the_source(void **state)
{
	static const struct draft_case cases[] = {
		{ "the source for the event ID is",
		  "\nYou may see Event ID: 1012 in the System log.\n"
		  "The source for the event ID is FROBMON.\n" FIX_WORDS,
		  { "event 1012 from FROBMON", NULL },
		  { NULL } },
		{ "the source of this event will be",
		  "\nThe frob agent logs event ID 1000 when users log on. The source of this\n"
		  "event will be Frobenv and the text names the user.\n" FIX_WORDS,
		  { "event 1000 from Frobenv", NULL },
		  { NULL } },
		{ "other words between are a sentence about something else",
		  "\nThe frob agent logs event ID 1000 when users log on. The source files of the\n"
		  "agent is Frobenv.\n" FIX_WORDS,
		  { "event 1000", NULL },
		  { "event 1000 from Frobenv", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen144's Q107122 and the archive's Q214565: the lead-in above an
 * event's block names the source with the word "source" ("report the
 * source X.", "under the X source:"), and a lead-in that ends with a
 * colon introduces its block even without "following". */
static void test_a_lead_in_names_the_source_with_the_word(void **state)
{
	static const struct draft_case cases[] = {
		{ "report the source, a lead-in ending with a colon",
		  "\nThe failure is recorded in the Application log. The event details will\n"
		  "report the source Frob Link Service. The description reads like this:\n\n"
		  "   Event: 182\n"
		  "   Connection failure, code=11\n" FIX_WORDS,
		  { "event 182 from Frob Link Service", NULL },
		  { NULL } },
		{ "under the source, a well-known name",
		  "\nThe following message may appear in Event Viewer under the MSExchangeMTA\n"
		  "source:\n\n"
		  "   EventID 2539\n\n"
		  "The frob messages are returned.\n" FIX_WORDS,
		  { "event 2539 from MSExchangeMTA", NULL },
		  { NULL } },
		{ "a lead-in with no colon and no 'following' says nothing of the block",
		  "\nThe event details will report the source Frob Link Service. It is\n"
		  "stopped.\n\n"
		  "   Event: 182\n"
		  "   Connection failure, code=11\n" FIX_WORDS,
		  { "event 182", NULL },
		  { "event 182 from Frob Link Service", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen144's Q165697 and unseen140's Q192939: "Event: 3031" alone on its
 * line among Event Viewer's fields, with "Source: Rdr" above it or under
 * it, was read as a prose mention with no source (102 such lines in the
 * archive); it opens an event block now, whose fields give the source. */
static void test_an_event_field_without_id(void **state)
{
	static const struct draft_case cases[] = {
		{ "the source field above the event field",
		  "\nThe redirector logs this event:\n\n"
		  "   Source: Rdr\n"
		  "   Category: None\n"
		  "   Type: Warning\n"
		  "   Event: 3031\n"
		  "   Description: The redirector was unable to delete the file.\n" FIX_WORDS,
		  { "event 3031 from Rdr", NULL },
		  { NULL } },
		{ "named in prose first, the block's source is the event's",
		  "\nThe message generates the following event 4123 and the message is dropped.\n\n"
		  "   Event: 4123\n"
		  "   Source: MSExchangeIMC\n"
		  "   Type: Error\n" FIX_WORDS,
		  { "event 4123 from MSExchangeIMC", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* The whole archive: 944 lines in 609 drafts name an event or an error
 * code drafted from another line ("an Event 18 is logged for every
 * negative response", "Status 0xC000006A means ...") and carried the
 * note that the import did not place what they name; the note now says
 * where it is drafted.  A line that names something else too keeps the
 * general note. */
static void test_an_event_named_again(void **state)
{
	static const struct draft_case cases[] = {
		{ "a later sentence names the drafted event",
		  "\nThe frob agent logs the following event:\n\n"
		  "   Event ID: 4123\n"
		  "   Source: FrobAgent\n"
		  "   Description: The frob queue is full.\n\n"
		  "When the queue fills again, Event 4123 is logged once more for each message\n"
		  "that is refused.\n" FIX_WORDS,
		  { "event 4123 from FrobAgent", "review 19: event 4123, drafted from line 15, is named again here", NULL },
		  { "review 19: this line names a registry key or value", NULL } },
		{ "a drafted error's code named again, with its hex form",
		  "\nWhen you start the frob agent, you receive the following error message:\n\n"
		  "   Error 0x80070005: Access is denied.\n\n"
		  "The agent cannot read its queue. Error 0x80070005 appears again when you\n"
		  "retry.\n" FIX_WORDS,
		  { "error 0x80070005", "review 17: error 0x80070005, drafted from line 15, is named again here", NULL },
		  { "review 17: this line names a registry key or value", NULL } },
		{ "a line that also names an error code keeps the general note",
		  "\nThe frob agent logs the following event:\n\n"
		  "   Event ID: 4123\n"
		  "   Source: FrobAgent\n"
		  "   Description: The frob queue is full.\n\n"
		  "When the queue fills again, Event 4123 is logged with the code 0x80070005\n"
		  "for each message that is refused, but not error.\n" FIX_WORDS,
		  { "event 4123 from FrobAgent", NULL },
		  { "review 19: event 4123, drafted from line 15", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen150's Q136983, unseen149's Q160712 and unseen96's Q127858:
 * "MMSYSTEM263 This is not a registered MCI device.", the multimedia
 * system's message with its error's number (43 archive lines in 28
 * articles, none placed; scan_net_message() reads it beside LAN
 * Manager's NET messages).  An error drafted with no message says so in
 * its review note, not that its message was read from the text (2,491
 * archive notes). */
static void test_a_multimedia_system_message(void **state)
{
	static const struct draft_case cases[] = {
		{ "the number and the message after it",
		  "\nWhen you play a frob video, you receive the following error message:\n\n"
		  "   MMSYSTEM263 This is not a registered MCI device.\n" FIX_WORDS,
		  { "error 263", "message: 'This is not a registered MCI device'", NULL },
		  { NULL } },
		{ "spaced, in another case, with no message",
		  "\nWhen you play a frob video, you receive an Mmsystem 262 error message.\n" FIX_WORDS,
		  { "error 262", "review 13: error 262: the article gives no message for it", NULL },
		  { "review 13: error 262: the message is read from the text around it", NULL } },
		{ "four digits are no such message",
		  "\nWhen you play a frob video, you receive the MMSYSTEM2630 error.\n" FIX_WORDS,
		  { NULL },
		  { "error 2630", "error 263", NULL } },
	};
	static const struct draft_case how_to[] = {
		{ "outside the symptoms, listed for a person",
		  "\nThe frob player reports MMSYSTEM281 This file could not be played when the\n"
		  "codec is missing.\n",
		  { "review 0: MMSYSTEM281 is the multimedia system's (MMSYSTEM) message for error 281", NULL },
		  { "error 281", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
	DRAFT_EXPECT_ALL(how_to_head, how_to);
}

/* unseen152's Q216231 and the archive's Q194776: "(CreateProcess()
 * returned error code 0x000000C1H)", 0x and the assembler's hex suffix
 * both, was read as no code; and the words read for its message,
 * "Cannot start main setup program! (CreateProcess() returned", open a
 * bracket they do not close: cut off, so the message is left to a person
 * (13 archive messages were drafted so, "General network failure
 * (Windows Sockets"). */
static void test_a_hex_code_with_both_marks(void **state)
{
	static const struct draft_case cases[] = {
		{ "0x and a trailing H",
		  "\nWhen you run the frob setup, you receive the following error message:\n\n"
		  "   Cannot start the frob program! (CreateProcess() returned error code\n"
		  "   0x000000C1H)\n" FIX_WORDS,
		  { "error 0x000000C1", "message: 'REVIEW: the words by the code are no whole message", NULL },
		  { "nine hex digits", "message: 'Cannot start", NULL } },
		{ "a bracket closed in the words read is a whole message",
		  "\nWhen you run the frob setup, you receive the following error message:\n\n"
		  "   Error 0x80070005: Access is denied (frob setup).\n" FIX_WORDS,
		  { "error 0x80070005", "message: 'Access is denied (frob setup)", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen109's Q151648, unseen122's Q141091 and Q185085, unseen135's
 * Q202003: Dr. Watson's "access violation (0c00000005)", its status
 * misprinted ("(Oxc0000005)", "(0xc00000050)", the bracket on the next
 * line), was read by no reader and listed by none; the labels read
 * 0xC0000005.  A bracket that holds a code as written is kept so. */
static void test_an_access_violation_s_status_misprinted(void **state)
{
	static const struct draft_case cases[] = {
		{ "the x lost and a zero too many",
		  "\nThe frob agent stops and Dr. Watson logs the following:\n\n"
		  "   Exception: access violation (0c00000005), Address: 0x1f328327.\n" FIX_WORDS,
		  { "error 0xC0000005", "review 15: error 0xC0000005: the article writes '0c00000005'", NULL },
		  { NULL } },
		{ "a letter O, the bracket on the next line",
		  "\nThe frob agent stops and Dr. Watson logs the following:\n\n"
		  "   An application error has occurred. FROB.EXE Exception: access violation\n"
		  "   (Oxc0000005), Address: 0x0046e951.\n" FIX_WORDS,
		  { "error 0xC0000005", "review 16: error 0xC0000005: the article writes 'Oxc0000005'", NULL },
		  { NULL } },
		{ "a code as written is kept as written",
		  "\nThe frob agent stops and Dr. Watson logs the following:\n\n"
		  "   Exception: access violation (0xc000005), Address: 0x1f328327.\n" FIX_WORDS,
		  { NULL },
		  { "error 0xC0000005", NULL } },
		{ "two slips are no misprint of the status",
		  "\nThe frob agent stops and Dr. Watson logs the following:\n\n"
		  "   Exception: access violation (0xc00300015), Address: 0x1f328327.\n" FIX_WORDS,
		  { NULL },
		  { "error 0xC0000005", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen154's misses, after their measure as drawn: Q192535's
 * "GetLastError returns 0x000000b6" (the call and what it returned: the
 * keyword took only "GetLastError is X"); Q257630's "caused an exception
 * 10H in module X" (Windows 98's dialog names the processor's exception
 * with the assembler's hex suffix: 10 archive lines in 9 articles, none
 * placed); Q188641's lead-in "the following events from Service Control
 * Manager will also be logged:" over "7000 - The ... service failed to
 * start". */
static void test_unseen154_s_misses(void **state)
{
	static const struct draft_case cases[] = {
		{ "what GetLastError returns",
		  "\nRegistering the frob control fails with the following message:\n\n"
		  "   RegSvr32: LoadLibrary(\"frob.dll\") failed.\n"
		  "   GetLastError returns 0x000000b6.\n" FIX_WORDS,
		  { "error 0x000000b6", NULL },
		  { NULL } },
		{ "an exception with the hex suffix, in a module",
		  "\nClicking Details shows text similar to the following:\n\n"
		  "   FROB caused an exception 10H in module FROB.DLL at 015f:66024d53.\n" FIX_WORDS,
		  { "error 0x10", NULL },
		  { "error 10", NULL } },
		{ "an exception number in prose stays decimal",
		  "\nThe frob program reports exception 13 when its queue is full.\n" FIX_WORDS,
		  { NULL },
		  { "error 0x13", NULL } },
		{ "events from a well-known source in the lead-in",
		  "\nIn the System log, the following events from Service Control\n"
		  "Manager will also be logged:\n\n"
		  "   7000 - The Frob service failed to start due to the following error:\n"
		  "   The service did not start due to a logon failure.\n" FIX_WORDS,
		  { "event 7000 from Service Control Manager", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* Found by ten minutes of fuzz_article: a form feed (or a vertical tab)
 * in the line under a key that may wrap, "...\\CAP List" over "   for
 * site<FF>zzz", never ended the count of that line's words
 * (key_name_wraps_on() stopped at isspace() and went on with
 * imp_skip_ws(), which passes only blanks and tabs): the import hung.
 * It finishes now, with the key left for a person as before. */
static void test_fuzz_a_form_feed_in_a_wrapped_key_name(void **state)
{
	static const struct draft_case cases[] = {
		{ "a form feed in the words under the key",
		  "\nAdd the following registry key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\CAP List\n"
		  "   for site\fzzz\n\n"
		  "Then restart the frob service.\n" FIX_WORDS,
		  { "review 0: the line after it may go on with its name", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* A review of the session's readers (made-up sentences each reader took
 * wrongly before its mend): the words after GetLastError in capitals;
 * "exception 13 in module", decimal without the hex suffix; a bare status
 * written whole in an access violation's bracket; "the source DC" in a
 * lead-in (a computer, not an event's source). */
static void test_review_of_the_session_s_readers(void **state)
{
	static const struct draft_case cases[] = {
		{ "RETURNS in capitals",
		  "\nThe setup stops with this message:\n\n"
		  "   LOADLIBRARY FAILED. GETLASTERROR RETURNS 126.\n" FIX_WORDS,
		  { "error 126", NULL },
		  { "error 26", NULL } },
		{ "an exception in a module, without the hex suffix",
		  "\nThe frob program reports the following:\n\n"
		  "   FROB caused an exception 13 in module KRNL386.EXE at 0001:2345.\n" FIX_WORDS,
		  { NULL },
		  { "error 0x13", NULL } },
		{ "a bare status written whole after access violation",
		  "\nThe frob agent stops and Dr. Watson logs the following:\n\n"
		  "   Exception: access violation (c0000006), Address: 0x1f328327.\n" FIX_WORDS,
		  { NULL },
		  { "error 0xC0000005", NULL } },
		{ "the source computer in a lead-in",
		  "\nThe following event is logged on the source DC:\n\n"
		  "   Event ID: 1311\n"
		  "   Description: The frob topology is not complete.\n" FIX_WORDS,
		  { "event 1311", NULL },
		  { "event 1311 from DC", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_the_word_source_names_it),
		cmocka_unit_test(test_a_later_sentence_names_the_source),
		cmocka_unit_test(test_a_lead_in_names_the_source_with_the_word),
		cmocka_unit_test(test_an_event_field_without_id),
		cmocka_unit_test(test_an_event_named_again),
		cmocka_unit_test(test_a_multimedia_system_message),
		cmocka_unit_test(test_a_hex_code_with_both_marks),
		cmocka_unit_test(test_an_access_violation_s_status_misprinted),
		cmocka_unit_test(test_unseen154_s_misses),
		cmocka_unit_test(test_fuzz_a_form_feed_in_a_wrapped_key_name),
		cmocka_unit_test(test_review_of_the_session_s_readers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
