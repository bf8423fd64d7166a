/* test_kbimport_reg3.c: registry calls of the labelling guide that the
 * older tuning sets still missed (core/kbimport_gate.c, kbimport_edits.c,
 * kbimport_roots.c): values listed under a lead-in that calls them the
 * defaults (C3), keys deleted by a list or a later "click Delete" step
 * (C10), a procedure on an example (C1), data picked from a list by the
 * ask's word (C12, kbimport_choice.c).  Each test imports a small article written here, in our own
 * words (the body starts at line 17), and asserts both what the draft
 * holds and what it must not hold. */
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

#define DEFAULTS_STEP(lead_in) \
	"\n" \
	"1. Stop the Frobnitz Agent.\n" \
	"2. Copy the agent's files back from the setup disk. " lead_in "\n" \
	"\n" \
	"HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"    QueueDepth: REG_DWORD: 0x20\n" \
	"    SpoolPath: REG_SZ: C:\\Frob\\Spool\n"

static void test_values_under_a_defaults_lead_in_are_not_drafted(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body(DEFAULTS_STEP("The following values are the defaults."), &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "QueueDepth"));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "SpoolPath"));
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_says(d.r, 23, "defaults"));
	assert_true(draft_review_says(d.r, 24, "defaults"));
	draft_free(&d);
}

static void test_a_lead_in_asking_to_set_the_defaults_is_drafted(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body(DEFAULTS_STEP("Then set these back to the default values:"), &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "QueueDepth"));
	assert_non_null(draft_fix(d.r, c->id));
	assert_false(draft_review_says(d.r, 23, "defaults"));
	draft_free(&d);
}

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

static void test_a_delete_step_after_the_backup_steps_deletes_the_key(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body(BACKUP_THEN("4. On the Edit menu, click Delete, and then click Yes."), &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Cache", NULL));
	assert_int_equal(c->expect, EXPECT_KEY_ABSENT);
	assert_non_null(draft_fix(d.r, c->id));
	assert_false(draft_review_says(d.r, 20, "asks nothing"));
	draft_free(&d);
}

static void test_backup_steps_alone_ask_nothing_of_the_key(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body(BACKUP_THEN("4. Quit Registry Editor and restart the agent."), &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_at(d.r, 20));
	draft_free(&d);
}

static void test_a_note_pointing_back_at_the_listed_keys_keeps_the_delete(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "Delete the following registry keys, and then restart the server:\n"
	       "\n"
	       "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Spool\n"
	       "\n"
	       "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Queue\n"
	       "\n"
	       "NOTE: To remove the keys listed here, you may first have to give\n"
	       "Administrators full control of them.\n", &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Queue", NULL));
	assert_int_equal(c->expect, EXPECT_KEY_ABSENT);
	assert_non_null(draft_fix(d.r, c->id));
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Spool", NULL));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz", NULL));
	assert_false(draft_review_says(d.r, 22, "could not read plainly"));
	draft_free(&d);
}

#define SCENARIO(lead_in) \
	"\n" \
	lead_in "\n" \
	"\n" \
	"1. Start Registry Editor and go to the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Patches\\FP-12\n" \
	"\n" \
	"2. On the Edit menu, click Delete, and then click Yes.\n"

static void test_a_key_in_a_procedure_that_uses_an_example_is_not_drafted(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body(SCENARIO("The steps below use the example of patch FP-12; other patches\n"
				   "keep their keys in the same place."), &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Patches\\FP-12", NULL));
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_says(d.r, 0, "acts on an example"));
	draft_free(&d);
}

static void test_the_same_procedure_without_the_example_lead_in_deletes_the_key(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body(SCENARIO("The steps below remove the key patch FP-12 left behind."), &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Patches\\FP-12", NULL));
	assert_int_equal(c->expect, EXPECT_KEY_ABSENT);
	assert_non_null(draft_fix(d.r, c->id));
	assert_false(draft_review_says(d.r, 0, "acts on an example"));
	draft_free(&d);
}

#define CHOICE_LIST(ask) \
	"\n" \
	ask "\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"   DWORD: SpoolCompression\n" \
	"   Value: 0x00000001 == Enabled (default)\n" \
	"   Value: 0x00000000 == Disabled\n"

static void test_data_is_picked_from_a_list_by_the_word_the_article_asks_with(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body(CHOICE_LIST("Servers that relay for old clients must disable spool compression. Set\n"
				      "the following value:"), &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "SpoolCompression"));
	assert_int_equal(c->number, 0);
	assert_true(draft_review_says(d.r, 23, "picked from the article's list"));
	assert_false(draft_review_says(d.r, 23, "a range or a choice"));
	draft_free(&d);
}

static void test_a_list_with_both_words_asked_stays_a_choice(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body(CHOICE_LIST("To enable or disable spool compression, set the following value:"), &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "SpoolCompression"));
	assert_true(draft_review_says(d.r, 22, "a range or a choice"));
	assert_false(draft_review_says(d.r, 0, "picked from the article's list"));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_values_under_a_defaults_lead_in_are_not_drafted),
		cmocka_unit_test(test_a_lead_in_asking_to_set_the_defaults_is_drafted),
		cmocka_unit_test(test_a_delete_step_after_the_backup_steps_deletes_the_key),
		cmocka_unit_test(test_backup_steps_alone_ask_nothing_of_the_key),
		cmocka_unit_test(test_a_note_pointing_back_at_the_listed_keys_keeps_the_delete),
		cmocka_unit_test(test_a_key_in_a_procedure_that_uses_an_example_is_not_drafted),
		cmocka_unit_test(test_the_same_procedure_without_the_example_lead_in_deletes_the_key),
		cmocka_unit_test(test_data_is_picked_from_a_list_by_the_word_the_article_asks_with),
		cmocka_unit_test(test_a_list_with_both_words_asked_stays_a_choice),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
