/* test_kbimport_debt2.c: whether the article asks for a check is decided
 * when the check is drafted (imp_decide_asked(), core/kbimport_asks.c,
 * with the cues of kbimport_describes.c); the gate (kbimport_gate.c) only
 * drops what was decided, and adds the one cue that needs every check (a
 * listing of a parameter's choices, "type"="enum", wherever in the key it
 * comes).  Each case imports a small article written here, in our own
 * words (the body starts at line 17), and says what its draft holds and
 * what it must not hold (struct draft_case, draft_probe.h). */
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

#include "../../core/kbimport_int.h"

#define SPOOL "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Params\\Spool"
#define QUEUE "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Params\\Queue"
#define AGENT "HKLM\\SOFTWARE\\Frobnitz\\Agent"
#define CHOICES "the key lists a parameter's choices"

static const struct draft_case cases[] = {
	{ "a listing whose \"type\"=\"enum\" comes after the values it describes drafts none of them",
	  "\n"
	  "Merge the following into the registry:\n"
	  "\n"
	  "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Params\\Spool]\n"   /* 20 */
	  "\"default\"=\"2\"\n"
	  "\"ParamDesc\"=\"Spool mode\"\n"
	  "\"type\"=\"enum\"\n"                                                  /* 23 */
	  "\n"
	  "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Params\\Queue]\n"
	  "\"Depth\"=dword:00000010\n",                                         /* 26 */
	  { "review 21: " CHOICES, "review 23: " CHOICES, "repair " QUEUE "|Depth",
	    "check " QUEUE "|Depth = 16" },
	  { "check " SPOOL "|default", "check " SPOOL "|type", "review 26: " CHOICES } },
	{ "a defaults lead-in ranks above the listing of choices",
	  "\n"
	  "1. Stop the Frobnitz Agent.\n"
	  "2. Merge the spool settings. The following values are the defaults.\n"
	  "\n"
	  "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Params\\Spool]\n"
	  "\"default\"=\"2\"\n"                                                  /* 22 */
	  "\"type\"=\"enum\"\n",
	  { "checks 0", "review 22: among the defaults" },
	  { "review 22: " CHOICES, "repair " SPOOL "|default" } },
	{ "the listing of choices ranks above a hive loaded by hand",
	  "\n"
	  "1. In Registry Editor, click Load Hive on the Registry menu, open the\n"
	  "   agent's hive file, and name it FROBHIVE.\n"
	  "2. Merge the following settings:\n"
	  "\n"
	  "[HKEY_LOCAL_MACHINE\\FROBHIVE\\Params\\Spool]\n"
	  "\"default\"=\"2\"\n"                                                  /* 23 */
	  "\"type\"=\"enum\"\n"
	  "\n"
	  "[HKEY_LOCAL_MACHINE\\FROBHIVE\\Params\\Queue]\n"
	  "\"Depth\"=dword:00000010\n",                                         /* 27 */
	  { "checks 0", "review 23: " CHOICES, "review 27: a hive the article loads by hand" },
	  { "review 23: a hive the article loads by hand", "review 27: " CHOICES } },
	{ "a key the article adds something under is never created (nor checked when nothing under it is drafted)",
	  "\n"
	  "To make the agent keep its cache, use Registry Editor to add the following\n"
	  "registry entry:\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"                    /* 21 */
	  "\n"
	  "Add a key named CacheKeep under it, and then restart the agent.\n",
	  { "review 21: not drafted: the key " AGENT ": the steps add under it" },
	  { "check " AGENT, "repair " AGENT, "repairs 1" } },
	{ "the same key the article asks to create keeps its create action",
	  "\n"
	  "To make the agent keep its cache, create the following registry key\n"
	  "with Registry Editor if it is missing:\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"                    /* 21 */
	  "\n"
	  "Then restart the agent.\n",
	  { "repair " AGENT },
	  { "review 21: check only" } },
};

static void test_decisions_made_when_drafting(void **state)
{
	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* imp_cue_in: the first cue of the list (in the list's order) found in
 * the text, in any case; NULL when none is. */
static void test_cue_in_finds_the_first_listed_cue(void **state)
{
	static const char *const cues[] = { "would look like", "appear in the right", NULL };
	static const char *const none[] = { NULL };

	(void)state;
	assert_string_equal(imp_cue_in("It APPEAR IN THE RIGHT pane, and would look like this:", cues),
			    "would look like");
	assert_string_equal(imp_cue_in("The values appear in the right pane:", cues), "appear in the right");
	assert_null(imp_cue_in("Add the following values:", cues));
	assert_null(imp_cue_in("would look like", none));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decisions_made_when_drafting),
		cmocka_unit_test(test_cue_in_finds_the_first_listed_cue),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
