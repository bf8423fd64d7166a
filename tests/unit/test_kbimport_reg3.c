/* test_kbimport_reg3.c: registry calls of the labelling guide that the
 * older tuning sets still missed (core/kbimport_gate.c, kbimport_edits.c,
 * kbimport_roots.c): values listed under a lead-in that calls them the
 * defaults (C3), keys deleted by a list or a later "click Delete" step
 * (C10), a procedure on an example (C1), data picked from a list by the
 * ask's word (C12, kbimport_choice.c).  Each case imports a small article
 * written here, in our own words (the body starts at line 17), and says
 * both what the draft holds and what it must not hold (struct draft_case,
 * draft_probe.h). */
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

#define AGENT "HKLM\\SOFTWARE\\Frobnitz\\Agent"
#define CACHE "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Cache"
#define FP12 "HKLM\\SOFTWARE\\Frobnitz\\Patches\\FP-12"

#define DEFAULTS_STEP(lead_in) \
	"\n" \
	"1. Stop the Frobnitz Agent.\n" \
	"2. Copy the agent's files back from the setup disk. " lead_in "\n" \
	"\n" \
	"HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"    QueueDepth: REG_DWORD: 0x20\n" \
	"    SpoolPath: REG_SZ: C:\\Frob\\Spool\n"

#define BACKUP_THEN(step) \
	"\n" \
	"1. Locate the following registry key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Cache\n" \
	"\n" \
	"2. On the Registry menu, click Export Registry File.\n" \
	"\n" \
	"3. In the \"File name\" box, type \"frobcache.reg\", and then click Save.\n" \
	"\n" \
	"   NOTE: To put the key back later, double-click the file you saved.\n" \
	"\n" \
	step "\n"

#define SCENARIO(lead_in) \
	"\n" \
	lead_in "\n" \
	"\n" \
	"1. Start Registry Editor and go to the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Patches\\FP-12\n" \
	"\n" \
	"2. On the Edit menu, click Delete, and then click Yes.\n"

#define CHOICE_LIST(ask) \
	"\n" \
	ask "\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"   DWORD: SpoolCompression\n" \
	"   Value: 0x00000001 == Enabled (default)\n" \
	"   Value: 0x00000000 == Disabled\n"

/* the defaults lead-in (C3) */
static const struct draft_case defaults[] = {
	{ "values under a defaults lead-in are not drafted",
	  DEFAULTS_STEP("The following values are the defaults."),
	  { "checks 0", "review 23: defaults", "review 24: defaults" },
	  { "check " AGENT "|QueueDepth", "check " AGENT "|SpoolPath" } },
	{ "a lead-in asking to set the defaults is drafted",
	  DEFAULTS_STEP("Then set these back to the default values:"),
	  { "repair " AGENT "|QueueDepth" },
	  { "review 23: defaults" } },
};

/* keys deleted by a list or by a later "click Delete" step (C10) */
static const struct draft_case deletes[] = {
	{ "a delete step after the backup steps deletes the key",
	  BACKUP_THEN("4. On the Edit menu, click Delete, and then click Yes."),
	  { "absent " CACHE, "repair " CACHE },
	  { "review 20: asks nothing" } },
	{ "backup steps alone ask nothing of the key",
	  BACKUP_THEN("4. Quit Registry Editor and restart the agent."),
	  { "checks 0", "review 20" },
	  { NULL } },
	{ "a note pointing back at the listed keys keeps the delete",
	  "\n"
	  "Delete the following registry keys, and then restart the server:\n"
	  "\n"
	  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Spool\n"
	  "\n"
	  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Queue\n"
	  "\n"
	  "NOTE: To remove the keys listed here, you may first have to give\n"
	  "Administrators full control of them.\n",
	  { "absent HKLM\\SOFTWARE\\Frobnitz\\Queue", "repair HKLM\\SOFTWARE\\Frobnitz\\Queue",
	    "check HKLM\\SOFTWARE\\Frobnitz\\Spool" },
	  { "check HKLM\\SOFTWARE\\Frobnitz", "review 22: could not read plainly" } },
};

/* a procedure on an example (C1) */
static const struct draft_case scenarios[] = {
	{ "a key in a procedure that uses an example is not drafted",
	  SCENARIO("The steps below use the example of patch FP-12; other patches\n"
		   "keep their keys in the same place."),
	  { "checks 0", "review 0: acts on an example" },
	  { "check " FP12 } },
	{ "the same procedure without the example lead-in deletes the key",
	  SCENARIO("The steps below remove the key patch FP-12 left behind."),
	  { "absent " FP12, "repair " FP12 },
	  { "review 0: acts on an example" } },
};

/* data picked from a list by the ask's word (C12) */
static const struct draft_case choices[] = {
	{ "data is picked from a list by the word the article asks with",
	  CHOICE_LIST("Servers that relay for old clients must disable spool compression. Set\n"
		      "the following value:"),
	  { "check " AGENT "|SpoolCompression = 0", "review 23: picked from the article's list" },
	  { "review 23: a range or a choice" } },
	{ "a list with both words asked stays a choice",
	  CHOICE_LIST("To enable or disable spool compression, set the following value:"),
	  { "review 22: a range or a choice" },
	  { "check " AGENT "|SpoolCompression", "review 0: picked from the article's list" } },
};

static void test_values_under_a_defaults_lead_in(void **state)
{
	(void)state;
	draft_expect_cases(defaults, sizeof defaults / sizeof defaults[0]);
}

static void test_keys_deleted_by_a_list_or_a_later_step(void **state)
{
	(void)state;
	draft_expect_cases(deletes, sizeof deletes / sizeof deletes[0]);
}

static void test_a_procedure_on_an_example(void **state)
{
	(void)state;
	draft_expect_cases(scenarios, sizeof scenarios / sizeof scenarios[0]);
}

static void test_data_picked_from_a_list_by_the_ask(void **state)
{
	(void)state;
	draft_expect_cases(choices, sizeof choices / sizeof choices[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_values_under_a_defaults_lead_in),
		cmocka_unit_test(test_keys_deleted_by_a_list_or_a_later_step),
		cmocka_unit_test(test_a_procedure_on_an_example),
		cmocka_unit_test(test_data_picked_from_a_list_by_the_ask),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
