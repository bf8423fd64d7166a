/* test_kbimport_binary.c: REG_BINARY data in a value block becomes a
 * binary `equals` check when it is hex bytes on one line (guide:
 * docs/kbimport-labelling.md, "REG_BINARY"), with a repair only where the
 * article asks to set it; a lone digit, data wrapped over lines, one
 * byte asked of many, data said in decimal or binary, or digits run
 * together ("1000") stays a review item.  Articles are written here, in our own words. */
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

#define KEY "HKLM\\SOFTWARE\\Frobnitz\\Agent"

static void test_hex_bytes_on_one_line_are_a_check_with_its_repair(void **state)
{
	static const unsigned char want[] = { 0x01, 0x00, 0x0a, 0xff };
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* line 17 on: the value block on lines 24-26 */
	draft_import_body("\n"
	       "1. In Registry Editor, locate this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. On the Edit menu, click Add Value, and then add this value:\n"
	       "\n"
	       "   Value Name: Flags\n"
	       "   Data Type: REG_BINARY\n"
	       "   Value: 01 00 0A FF\n"
	       "\n"
	       "3. Quit Registry Editor.\n", &d);
	c = draft_check(d.r, KEY, "Flags");
	assert_non_null(c);
	assert_int_equal(c->type, KB_REG_BINARY);
	assert_int_equal(c->expect, EXPECT_VALUE_EQUALS);
	assert_int_equal(c->n_bytes, sizeof want);
	assert_memory_equal(c->bytes, want, sizeof want);
	assert_true(draft_cites(c, 26));
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

/* "Radix: Hexadecimal" over the bytes: no 0x is put in front of them. */
static void test_bytes_under_a_hex_radix(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. In Registry Editor, locate this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. On the Edit menu, click Add Value, and then add this value:\n"
	       "\n"
	       "   Value name: Packing\n"
	       "   Data type: REG_BINARY\n"
	       "   Radix: Hexadecimal\n"
	       "   Value data: 01 (a single byte)\n"
	       "\n"
	       "3. Quit Registry Editor.\n", &d);
	c = draft_check(d.r, KEY, "Packing");
	assert_non_null(c);
	assert_int_equal(c->n_bytes, 1);
	assert_int_equal(c->bytes[0], 0x01);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

/* A lone digit is no whole byte, and bytes going on below their line are
 * cut: both are left to a person. */
static void test_a_digit_or_wrapped_bytes_stay_in_review(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. In Registry Editor, locate this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. On the Edit menu, click Add Value, and then add this value:\n"
	       "\n"
	       "   Value Name: Hidden\n"
	       "   Data Type: REG_BINARY\n"
	       "   Value: 1\n"
	       "\n"
	       "3. Quit Registry Editor.\n", &d);
	assert_null(draft_check(d.r, KEY, "Hidden"));
	assert_true(draft_review_says(d.r, 24, "not hex bytes"));
	draft_free(&d);
	draft_import_body("\n"
	       "1. In Registry Editor, locate this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. On the Edit menu, click Add Value, and then add this value:\n"
	       "\n"
	       "   Value Name: Table\n"
	       "   Data Type: REG_BINARY\n"
	       "   Value: 01 00 0A FF 01 00 0A FF 01 00 0A FF\n"
	       "          02 00 00 00\n"
	       "\n"
	       "3. Quit Registry Editor.\n", &d);
	assert_null(draft_check(d.r, KEY, "Table"));
	draft_free(&d);
}

/* "Verify ... the third byte is an A": one byte asked, the others the
 * machine's own (a time zone's); the whole data is no check. */
static void test_one_byte_asked_stays_in_review(void **state)
{
	struct draft d;

	(void)state;
	/* line 17 on: the value on lines 22-24 */
	draft_import_body("\n"
	       "1. Check that the change took effect in this value:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Value Name: Schedule\n"
	       "   Data Type: REG_BINARY\n"
	       "   Value: 00000A0005000300\n"
	       "\n"
	       "   What matters is that the third byte is 0A.\n", &d);
	assert_null(draft_check(d.r, KEY, "Schedule"));
	assert_true(draft_review_says(d.r, 22, "one byte of the data ('third byte')"));
	draft_free(&d);
}

/* The value block under "add the following value", with its lines in
 * the middle (lines 24 on). */
static void import_added(const char *lines, struct draft *d)
{
	char body[1024];

	snprintf(body, sizeof body, "\n"
		 "1. In Registry Editor, locate this key:\n"
		 "\n"
		 "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
		 "\n"
		 "2. On the Edit menu, click Add Value, and then add the following value:\n"
		 "\n"
		 "%s"
		 "\n"
		 "3. Quit Registry Editor.\n", lines);
	draft_import_body(body, d);
}

/* Bytes are hex: data said in decimal or binary ("10" is 0a, or 02), or
 * digits run together ("1000", maybe a number), is no check and no
 * repair: a person converts it. */
static void test_data_in_another_radix_stays_in_review(void **state)
{
	static const char *const blocks[] = {
		"   Value Name: Mode\n   Data Type: REG_BINARY\n   Radix: Decimal\n   Value data: 10\n",
		"   Value Name: Mode\n   Data Type: REG_BINARY\n   Value: 10 (decimal)\n",
		"   Value Name: Mode\n   Data Type: REG_BINARY\n   Radix: Binary\n   Value data: 10\n",
		"   Value Name: Mode\n   Data Type: REG_BINARY\n   Value data: 10\n   Radix: Decimal\n",
	};
	struct draft d;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof blocks / sizeof blocks[0]; i++) {
		import_added(blocks[i], &d);
		if (draft_check(d.r, KEY, "Mode") != NULL)
			fail_msg("block %zu drafted a check", i);
		assert_true(draft_review_says(d.r, 24, i == 2 ? "written in binary, not as hex bytes"
							      : "written in decimal, not as hex bytes"));
		draft_free(&d);
	}
	import_added("   Value Name: Mode\n   Data Type: REG_BINARY\n   Value: 1000\n", &d);
	assert_null(draft_check(d.r, KEY, "Mode"));
	assert_true(draft_review_says(d.r, 24, "'1000' is digits only, run together"));
	draft_free(&d);
	/* Spaced bytes, or glued with a hex letter, are bytes. */
	import_added("   Value Name: Mode\n   Data Type: REG_BINARY\n   Value: 10 00\n", &d);
	assert_non_null(draft_check(d.r, KEY, "Mode"));
	draft_free(&d);
	import_added("   Value Name: Mode\n   Data Type: REG_BINARY\n   Value: 100a\n", &d);
	assert_non_null(draft_check(d.r, KEY, "Mode"));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hex_bytes_on_one_line_are_a_check_with_its_repair),
		cmocka_unit_test(test_bytes_under_a_hex_radix),
		cmocka_unit_test(test_a_digit_or_wrapped_bytes_stay_in_review),
		cmocka_unit_test(test_one_byte_asked_stays_in_review),
		cmocka_unit_test(test_data_in_another_radix_stays_in_review),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
