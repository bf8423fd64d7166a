/* test_kbimport_lblock.c: settings files given as the fix
 * (core/kbimport_regini.c) and labelled value blocks (core/kbimport_values.c).
 * A REGINI script the article asks the reader to save and apply is a set of
 * values to set; the same script shown for its syntax is not.  Each test
 * imports a small article written here, in our own words (the body starts at
 * line 17), and asserts both what the draft holds and what it must not hold. */
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

#define SPOOL_KEY "HKLM\\SOFTWARE\\Gadgetry\\Spooler"

static void test_a_regini_file_the_steps_apply_is_drafted_as_values_to_set(void **state)
{
	struct draft d;
	const struct rule_check *c;
	const struct rule_fix *f;

	(void)state;
	draft_import_body("\n"
	       "1. Save the following text in a file named Spool.ini:\n"
	       "\n"
	       "   \\Registry\\Machine\\SOFTWARE\\Gadgetry\\Spooler [1 5 7]\n"
	       "       QueueDepth = REG_DWORD 0x00000020\n"
	       "       Banner = REG_SZ Night shift\n"
	       "       Overflow\n"
	       "           Limit = REG_DWORD 0x10\n"
	       "\n"
	       "2. At a command prompt, type regini spool.ini and press ENTER.\n", &d);
	assert_non_null(c = draft_check(d.r, SPOOL_KEY, "QueueDepth"));
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_string_equal(c->data, "0x00000020");
	assert_non_null(f = draft_fix(d.r, c->id));
	assert_int_equal(f->action, FIX_ACTION_SET_VALUE);
	assert_non_null(c = draft_check(d.r, SPOOL_KEY, "Banner"));
	assert_string_equal(c->data, "Night shift");
	/* an indented name without '=' is a subkey of the key above it */
	assert_non_null(c = draft_check(d.r, SPOOL_KEY "\\Overflow", "Limit"));
	assert_non_null(draft_fix(d.r, c->id));
	assert_null(draft_check(d.r, SPOOL_KEY, "Limit"));
	assert_int_equal(draft_registry_fixes(d.r), 3);
	/* the permission list is no part of the key, and is for a person */
	assert_null(draft_check(d.r, SPOOL_KEY " [1 5 7]", "QueueDepth"));
	assert_true(draft_review_says(d.r, 20, "permissions"));
	draft_free(&d);
}

static void test_a_regini_script_shown_for_its_syntax_sets_nothing(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Regini.exe reads a text file written in the following format:\n"
	       "\n"
	       "   \\Registry\\Machine\\SOFTWARE\\Gadgetry\\Spooler\n"
	       "       QueueDepth = REG_DWORD 0x00000020\n"
	       "\n"
	       "Run regini with the name of the file.\n", &d);
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_null(draft_check(d.r, SPOOL_KEY, "QueueDepth"));
	draft_free(&d);
}

static void test_a_regini_file_under_another_root_or_with_a_stand_in_is_reviewed(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Create a text file that contains the following lines:\n"
	       "\n"
	       "   \\Registry\\User\\S-1-5-21-1-2-3-1001\\Software\\Gadgetry\n"
	       "       Theme = REG_SZ Dark\n"
	       "\n"
	       "   \\Registry\\Machine\\SOFTWARE\\Gadgetry\\Drivers\\XXXXXXXX\n"
	       "       Start = REG_DWORD 0x4\n"
	       "\n"
	       "2. Run regini theme.ini.\n", &d);
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Gadgetry\\Drivers\\XXXXXXXX", "Start"));
	assert_true(draft_review_says(d.r, 21, "Theme"));
	assert_true(draft_review_at(d.r, 24));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_regini_file_the_steps_apply_is_drafted_as_values_to_set),
		cmocka_unit_test(test_a_regini_script_shown_for_its_syntax_sets_nothing),
		cmocka_unit_test(test_a_regini_file_under_another_root_or_with_a_stand_in_is_reviewed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
