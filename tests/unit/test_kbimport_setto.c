/* test_kbimport_setto.c: the words after "set X to" (core/kbimport_setdatum.c),
 * as the three readers of a value set in words read them: a procedure's
 * step (kbimport_procedure.c), a sentence around a key (kbimport_asks.c)
 * and the sentence leading into a value block with no data
 * (kbimport_prosekey.c).
 * - One datum is data: "to 0x10", "to 10 hex", "to 16 decimal", "to 300
 *   in decimal".
 * - A choice ("to one of the following", "to 0 or 1", "to 1 or higher"),
 *   a range ("to between 1 and 5") and a quantity in a unit ("to 30
 *   seconds", "to 5 minutes") are the reader's to pick or convert: no
 *   datum is drafted from them.
 * Each case imports a small article written here, in our own words (the
 * body starts at line 17; struct draft_case, draft_probe.h). */
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

#define FROB "HKLM\\SOFTWARE\\Frobco\\Frob"

/* The sentence leading into a block that gives ProxyWait no data: the
 * datum is the lead-in's (kbimport_prosekey.c). */
#define LEAD_IN(words) \
	"\n" \
	"To lengthen the wait, change the following registry parameter " words ":\n" \
	"\n" \
	"HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\\n" \
	"\n" \
	"   Value Name: ProxyWait\n" \
	"   Value Type: REG_DWORD\n"

/* A procedure that adds ProxyWait, then sets its data in step 4
 * (kbimport_procedure.c). */
#define STEPS(words) \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	"\n" \
	"2. Go to the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n" \
	"\n" \
	"3. On the Edit menu, click Add Value, type ProxyWait in the Value Name box, click\n" \
	"   REG_DWORD, and then click OK.\n" \
	"\n" \
	"4. Set the data " words ".\n" \
	"\n" \
	"5. Quit Registry Editor.\n"

/* One sentence naming the value and its key (kbimport_asks.c). */
#define SENTENCE(words) \
	"\n" \
	"To lengthen the wait, set the ProxyWait value " words " in the following registry key:\n" \
	"\n" \
	"HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n" \
	"\n" \
	"Then restart the computer.\n"

static const struct draft_case lead_in_cases[] = {
	{ "lead-in: 'to 1' is the datum", LEAD_IN("to 1"),
	  { "check REG_DWORD " FROB "|ProxyWait = 1", NULL }, { NULL } },
	{ "lead-in: 'to 10 hex' is 0x10, not 10", LEAD_IN("to 10 hex"),
	  { "check REG_DWORD " FROB "|ProxyWait = 16", NULL }, { "check " FROB "|ProxyWait = 10", NULL } },
	{ "lead-in: 'to one of the following' is a choice, not 1", LEAD_IN("to one of the following"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "lead-in: 'to 30 seconds' is a quantity", LEAD_IN("to 30 seconds"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "lead-in: 'to 5 minutes' is a quantity", LEAD_IN("to 5 minutes"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
};

static const struct draft_case step_cases[] = {
	{ "step: 'to 10 hex' is 0x10", STEPS("to 10 hex"),
	  { "check " FROB "|ProxyWait = 16", NULL }, { NULL } },
	{ "step: 'to 16 decimal' is 16", STEPS("to 16 decimal"),
	  { "check " FROB "|ProxyWait = 16", NULL }, { NULL } },
	{ "step: 'to 0 or 1' is a choice, not 0", STEPS("to 0 or 1"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 1 or higher' is a choice, not 1", STEPS("to 1 or higher"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 30 seconds' is a quantity", STEPS("to 30 seconds"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 300 in decimal' is 300", STEPS("to 300 in decimal"),
	  { "check " FROB "|ProxyWait = 300", NULL }, { NULL } },
};

static const struct draft_case sentence_cases[] = {
	{ "sentence: 'to 10 hex' is 0x10", SENTENCE("to 10 hex"),
	  { "check " FROB "|ProxyWait = 16", NULL }, { NULL } },
	{ "sentence: 'to 0 or 1' is a choice, not 0", SENTENCE("to 0 or 1"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "sentence: 'to 1 or higher' is a choice, not 1", SENTENCE("to 1 or higher"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "sentence: 'to 30 seconds' is a quantity", SENTENCE("to 30 seconds"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "sentence: 'to 1-5' is a range", SENTENCE("to 1-5"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
};

#define CASE_TEST(name, table, i) \
	static void name(void **state) \
	{ \
		(void)state; \
		draft_expect_cases(&table[i], 1); \
	}

CASE_TEST(lead_in_0, lead_in_cases, 0)
CASE_TEST(lead_in_1, lead_in_cases, 1)
CASE_TEST(lead_in_2, lead_in_cases, 2)
CASE_TEST(lead_in_3, lead_in_cases, 3)
CASE_TEST(lead_in_4, lead_in_cases, 4)
CASE_TEST(step_0, step_cases, 0)
CASE_TEST(step_1, step_cases, 1)
CASE_TEST(step_2, step_cases, 2)
CASE_TEST(step_3, step_cases, 3)
CASE_TEST(step_4, step_cases, 4)
CASE_TEST(step_5, step_cases, 5)
CASE_TEST(sentence_0, sentence_cases, 0)
CASE_TEST(sentence_1, sentence_cases, 1)
CASE_TEST(sentence_2, sentence_cases, 2)
CASE_TEST(sentence_3, sentence_cases, 3)
CASE_TEST(sentence_4, sentence_cases, 4)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(lead_in_0), cmocka_unit_test(lead_in_1), cmocka_unit_test(lead_in_2),
		cmocka_unit_test(lead_in_3), cmocka_unit_test(lead_in_4),
		cmocka_unit_test(step_0), cmocka_unit_test(step_1), cmocka_unit_test(step_2),
		cmocka_unit_test(step_3), cmocka_unit_test(step_4), cmocka_unit_test(step_5),
		cmocka_unit_test(sentence_0), cmocka_unit_test(sentence_1), cmocka_unit_test(sentence_2),
		cmocka_unit_test(sentence_3), cmocka_unit_test(sentence_4),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
