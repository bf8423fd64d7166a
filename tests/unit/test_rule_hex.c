/* test_rule_hex.c: rule_hex_scan(), the one reader of REG_BINARY data:
 * each written form gives the same bytes, and each fault (a character
 * that is no hex digit, an odd run of digits, no bytes, too many) is
 * told with where it is, the first from the left winning. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kbwiz/rule.h"

static enum rule_hex_fault scan(const char *s, unsigned char *out, size_t max,
				struct rule_hex_scan *r)
{
	return rule_hex_scan(s, strlen(s), out, max, r);
}

static void test_good_forms_read_the_same_bytes(void **state)
{
	static const char *const forms[] = {
		"01 00 0a ff", "01,00,0A,FF", "01000aff", "  01, 00 0aFF ", " 01000aff ",
		"01\t00,,0a  ff", "0100 0aff",
	};
	static const int joined[] = { 0, 0, 1, 0, 1, 0, 0 };
	static const unsigned char want[] = { 0x01, 0x00, 0x0a, 0xff };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		unsigned char out[8] = { 0 };
		struct rule_hex_scan r;

		if (scan(forms[i], out, sizeof out, &r) != RULE_HEX_OK)
			fail_msg("'%s' refused", forms[i]);
		assert_int_equal(r.n, sizeof want);
		assert_memory_equal(out, want, sizeof want);
		if (r.joined != joined[i])
			fail_msg("'%s': joined %d", forms[i], r.joined);
	}
}

/* Only s[0..len) is read: a word inside a longer line. */
static void test_reads_only_len_characters(void **state)
{
	static const char line[] = "data 0aff then zz";
	unsigned char out[4];
	struct rule_hex_scan r;

	(void)state;
	assert_int_equal(rule_hex_scan(line + 5, 4, out, sizeof out, &r), RULE_HEX_OK);
	assert_int_equal(r.n, 2);
	assert_int_equal(out[0], 0x0a);
	assert_int_equal(out[1], 0xff);
	assert_int_equal(r.joined, 1);
}

/* NULL out: whether, and how many. */
static void test_null_out_only_counts(void **state)
{
	struct rule_hex_scan r;

	(void)state;
	assert_int_equal(scan("01 02 03", NULL, RULE_BINARY_MAX, &r), RULE_HEX_OK);
	assert_int_equal(r.n, 3);
}

static void test_bad_digit_is_named_where_it_stands(void **state)
{
	static const char *const bad[] = { "01 0g", "0x01", "01-02", "hex:01", "01\n02", "\xe9" "1" };
	static const size_t at[] = { 4, 1, 2, 0, 2, 0 };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		unsigned char out[8];
		struct rule_hex_scan r;

		if (scan(bad[i], out, sizeof out, &r) != RULE_HEX_BAD_CHAR)
			fail_msg("'%s' not refused for a bad character", bad[i]);
		assert_ptr_equal(r.at, bad[i] + at[i]);
	}
}

static void test_odd_digit_count_names_the_run(void **state)
{
	static const char end_odd[] = "01 0a0";
	static const char sep_odd[] = "1,00";
	static const char split[] = "0 1";
	unsigned char out[8];
	struct rule_hex_scan r;

	(void)state;
	assert_int_equal(scan(end_odd, out, sizeof out, &r), RULE_HEX_ODD_DIGITS);
	assert_int_equal(r.run, 3);
	assert_ptr_equal(r.at, end_odd + strlen(end_odd));
	assert_int_equal(scan(sep_odd, out, sizeof out, &r), RULE_HEX_ODD_DIGITS);
	assert_int_equal(r.run, 1);
	assert_ptr_equal(r.at, sep_odd + 1);
	/* A byte never spans a separator. */
	assert_int_equal(scan(split, out, sizeof out, &r), RULE_HEX_ODD_DIGITS);
	assert_ptr_equal(r.at, split + 1);
}

static void test_no_bytes_is_empty(void **state)
{
	static const char *const empty[] = { "", " , ", "\t", ",,," };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof empty / sizeof empty[0]; i++) {
		unsigned char out[2];
		struct rule_hex_scan r;

		if (scan(empty[i], out, sizeof out, &r) != RULE_HEX_EMPTY)
			fail_msg("'%s' not empty", empty[i]);
		assert_int_equal(r.n, 0);
	}
}

/* More than max: every byte counted, the first max kept, nothing written
 * past them. */
static void test_too_many_bytes_counts_them_all(void **state)
{
	unsigned char out[3] = { 0 };
	struct rule_hex_scan r;

	(void)state;
	assert_int_equal(scan("01 02", out, 2, &r), RULE_HEX_OK);
	assert_int_equal(scan("01 02 03 04 05", out, 2, &r), RULE_HEX_TOO_MANY);
	assert_int_equal(r.n, 5);
	assert_int_equal(out[0], 0x01);
	assert_int_equal(out[1], 0x02);
	assert_int_equal(out[2], 0x00);
}

/* A fault anywhere wins over too many: the loader names the fault. */
static void test_fault_past_max_wins_over_too_many(void **state)
{
	static const char bad[] = "01 02 03 0g";
	static const char odd[] = "01 02 03 0";
	unsigned char out[1];
	struct rule_hex_scan r;

	(void)state;
	assert_int_equal(scan(bad, out, 1, &r), RULE_HEX_BAD_CHAR);
	assert_ptr_equal(r.at, bad + 10);
	assert_int_equal(scan(odd, out, 1, &r), RULE_HEX_ODD_DIGITS);
	assert_int_equal(r.run, 1);
}

/* RULE_BINARY_MAX is what the loader and the importer pass: the most is
 * good, one more is not. */
static void test_rule_binary_max_bound(void **state)
{
	size_t len = 2 * (RULE_BINARY_MAX + 1);
	char *s = malloc(len + 1);
	struct rule_hex_scan r;

	(void)state;
	assert_non_null(s);
	memset(s, 'a', len);
	s[len] = '\0';
	assert_int_equal(rule_hex_scan(s, len - 2, NULL, RULE_BINARY_MAX, &r), RULE_HEX_OK);
	assert_int_equal(r.n, RULE_BINARY_MAX);
	assert_int_equal(rule_hex_scan(s, len, NULL, RULE_BINARY_MAX, &r), RULE_HEX_TOO_MANY);
	assert_int_equal(r.n, RULE_BINARY_MAX + 1);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_forms_read_the_same_bytes),
		cmocka_unit_test(test_reads_only_len_characters),
		cmocka_unit_test(test_null_out_only_counts),
		cmocka_unit_test(test_bad_digit_is_named_where_it_stands),
		cmocka_unit_test(test_odd_digit_count_names_the_run),
		cmocka_unit_test(test_no_bytes_is_empty),
		cmocka_unit_test(test_too_many_bytes_counts_them_all),
		cmocka_unit_test(test_fault_past_max_wins_over_too_many),
		cmocka_unit_test(test_rule_binary_max_bound),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
