/* test_kbimport_s42.c: forms of session 42's importer mends, read from
 * the misses of unseen214-217 (POOL errors3) and from the whole archive's
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

/* The cases' bodies open under a SYMPTOMS heading (line 12 is the body's
 * first): what they name is what the technician sees. */
static const char sym_head[] = SYMPTOMS_ARTICLE("Frob Agent Stops Responding");

/* unseen216's Q178559, the archive's Q276494: a web server's success or
 * redirect status ("the status code is 200 (OK)", a script's "Status:
 * 200 OK") is the server saying all went well, never an error code. */
static void test_a_web_server_s_success_status(void **state)
{
	static const struct draft_case cases[] = {
		{ "a status with its reason phrase in brackets",
		  "\nOn the frob server the status code is 401 (Access Denied); on the old\n"
		  "one the status code is 200 (OK).\n" FIX_WORDS,
		  { "review 13: protocol reply", "review 14: protocol reply", NULL },
		  { "error 200", "error 401", NULL } },
		{ "a script's status line",
		  "\nThe script prints the following lines:\n\n   print 'Status: 302 Found'\n" FIX_WORDS,
		  { "checks 0", NULL },
		  { "error 302", NULL } },
		{ "a number that is no status: the same words, another phrase",
		  "\nThe frob service stops with status 200 and the message Frob failed.\n" FIX_WORDS,
		  { "error 200", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen214's Q160494: "ID 1601 Source: DNS Warning: ...": an event's
 * fields on one line with the word "Event" lost, the source's label after
 * the number telling it from any other ID. */
static void test_an_event_id_with_its_source_on_one_line(void **state)
{
	static const struct draft_case cases[] = {
		{ "the ID and its source",
		  "\nThe following error is displayed:\n\n"
		  "   ID 4012 Source: Frob Warning: The frob server lost its zone.\n" FIX_WORDS,
		  { "event 4012 from Frob", NULL },
		  { NULL } },
		{ "an ID with no source's label is no event",
		  "\nThe following error is displayed:\n\n   ID 4012 was refused by the frob server.\n" FIX_WORDS,
		  { NULL },
		  { "event 4012", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen216's Q113144, unseen210's Q120449 and 8 more archive articles:
 * a processor's trap named by its hex letter ("Trap D", "a Trap E
 * message"), on a line that may hold no digit at all; the labels read it
 * as hex, as they read "Fatal exception 0E". */
static void test_a_trap_by_its_hex_letter(void **state)
{
	static const struct draft_case cases[] = {
		{ "two traps on a line with no digit",
		  "\nAfter the frob drive is removed, the server gets a Trap D and Trap C just\n"
		  "after the fault tolerance message.\n" FIX_WORDS,
		  { "error 0xD", "error 0xC", NULL },
		  { NULL } },
		{ "in quotes, with a version on the line",
		  "\nIn Frob 4.0, you may receive a \"Trap E\" message.\n" FIX_WORDS,
		  { "error 0xE", NULL },
		  { NULL } },
		{ "no trap: a word after trap, a strap, a digit alone",
		  "\nClose the trap door D, strap B to the frame, and see trap 13 in the log.\n" FIX_WORDS,
		  { NULL },
		  { "error 0xD", "error 0xB", "error 0x13", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_web_server_s_success_status),
		cmocka_unit_test(test_an_event_id_with_its_source_on_one_line),
		cmocka_unit_test(test_a_trap_by_its_hex_letter),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
