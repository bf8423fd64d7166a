/* test_kbimport_reg3.c: registry calls of the labelling guide that the
 * older tuning sets still missed (core/kbimport_gate.c, kbimport_edits.c,
 * kbimport_roots.c): values listed under a lead-in that calls them the
 * defaults (C3), keys deleted by a list or a later "click Delete" step
 * (C10).  Each test imports a small article written here, in our own
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_values_under_a_defaults_lead_in_are_not_drafted),
		cmocka_unit_test(test_a_lead_in_asking_to_set_the_defaults_is_drafted),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
