/* test_kbimport_fb.c: the last-resort row reader (core/kbimport_fallback.c).
 * Value rows ("name  REG_SZ :  data") no layout reader placed are drafted
 * under the nearest "Key Name:" above them, its root named in the step's
 * lead-in, when a request above asks for them; otherwise they stay review
 * items whose note says what was missing.  Each test imports a small
 * article written here, in our own words (the body starts at line 17),
 * and asserts both what the draft holds and what it must not hold. */
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

#define GADGET_KEY "HKLM\\SOFTWARE\\Gadgetry\\Spindle\\Outbound"

/* Two printed key blocks, rows in columns; lead-in given by the caller. */
#define TWO_BLOCKS \
	"\n" \
	"       Key Name:        SOFTWARE\\Gadgetry\\Spindle\\Inbound\n" \
	"\n" \
	"       wobble_fast      REG_SZ :    Spinin.dll\n" \
	"       wobble_slow      REG_SZ : Spinin.dll\n" \
	"\n" \
	"       Key Name:        SOFTWARE\\Gadgetry\\Spindle\\Outbound\n" \
	"\n" \
	"       wobble_fast      REG_SZ :    Spinout.dll\n" \
	"       wobble_slow      REG_SZ : spinout2.dll\n" \
	"\n"

static void test_rows_under_a_second_key_name_block_are_checked_when_a_step_asks(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Verify the registry values for the spindle DLL files. A damaged\n"
	       "   setup can leave them wrong. The HKEY_LOCAL_MACHINE subtree should\n"
	       "   hold keys that read as follows:\n"
	       TWO_BLOCKS
	       "2. Restart the computer.\n", &d);
	c = draft_check(d.r, GADGET_KEY, "wobble_slow");
	assert_non_null(c);
	assert_int_equal(c->type, KB_REG_SZ);
	assert_string_equal(c->data, "spinout2.dll");
	assert_non_null(c = draft_check(d.r, GADGET_KEY, "wobble_fast"));
	assert_string_equal(c->data, "Spinout.dll");
	/* a check, not a repair: the step asks to verify */
	assert_int_equal(draft_registry_fixes(d.r), 0);
	/* the data of one block is never read under the other's key */
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Gadgetry\\Spindle\\Inbound", "wobble_slow");
	if (c != NULL)
		assert_string_equal(c->data, "Spinin.dll");
	assert_true(draft_review_says(d.r, 0, "last-resort row reader"));
	draft_free(&d);
}

static void test_rows_no_request_asks_for_stay_review_items_saying_so(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "MORE INFORMATION\n"
	       "================\n"
	       "\n"
	       "On a new installation the HKEY_LOCAL_MACHINE subtree holds keys\n"
	       "that read as follows:\n"
	       TWO_BLOCKS, &d);
	assert_null(draft_check(d.r, GADGET_KEY, "wobble_slow"));
	assert_null(draft_check(d.r, GADGET_KEY, "wobble_fast"));
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_true(draft_review_says(d.r, 0, "no request above it asks to check or set it"));
	draft_free(&d);
}

static void test_rows_under_a_relative_key_whose_root_is_not_named_are_reviewed(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Verify the values the spindle reads. They should read as follows:\n"
	       "\n"
	       "       Key Name:        SOFTWARE\\Gadgetry\\Spindle\\Outbound\n"
	       "\n"
	       "       wobble_fast      REG_SZ :    Spinout.dll\n"
	       "\n"
	       "2. Restart the computer.\n", &d);
	assert_null(draft_check(d.r, GADGET_KEY, "wobble_fast"));
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_says(d.r, 0, "root is not named"));
	draft_free(&d);
}

static void test_a_list_marker_or_a_cut_path_is_never_read_as_a_name_or_key(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Verify the values under the HKEY_LOCAL_MACHINE subtree:\n"
	       "\n"
	       "       Key Name:        SOFTWARE\\Gadgetry\\Spindle\\Outbound\n"
	       "\n"
	       "       b wobble_fast    REG_SZ :    Spinout.dll\n"
	       "\n"
	       "       Key Name:        SOFTWARE\\Gadgetry\\\n"
	       "\n"
	       "       wobble_slow      REG_SZ :    Spinout.dll\n"
	       "\n"
	       "2. Restart the computer.\n", &d);
	assert_null(draft_check(d.r, GADGET_KEY, "b wobble_fast"));
	assert_null(draft_check(d.r, GADGET_KEY, "wobble_fast"));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Gadgetry", "wobble_slow"));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Gadgetry\\", "wobble_slow"));
	assert_true(draft_review_says(d.r, 0, "cut at the end of a line"));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows_under_a_second_key_name_block_are_checked_when_a_step_asks),
		cmocka_unit_test(test_rows_no_request_asks_for_stay_review_items_saying_so),
		cmocka_unit_test(test_rows_under_a_relative_key_whose_root_is_not_named_are_reviewed),
		cmocka_unit_test(test_a_list_marker_or_a_cut_path_is_never_read_as_a_name_or_key),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
