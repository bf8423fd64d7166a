/* test_binary_data.c: a REG_BINARY `equals` check from the rule to the
 * hive: the judge compares the very bytes (equal, different, a different
 * length) and shows them as hex; the repair writes them into a hive the
 * fixture writer made, read back with hivex; the .reg file says hex:.
 * Rules and data here are made up for the test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <hivex.h>

#include "kbwiz/fix.h"
#include "kbwiz/hive.h"
#include "kbwiz/rule_load.h"
#include "lib/hive_writer.h"
#include "lib/testlib.h"

static char *tmpdir;

/* One check, Flags under Foo\Parameters, with the data given. */
static struct rule *binary_rule(const char *data)
{
	static const char fmt[] =
		"id: T900201\n"
		"article: Q900201\n"
		"title: A service ignores its binary flags\n"
		"published: 2004-05-06\n"
		"products:\n"
		"  - name: Windows Server 2003\n"
		"    versions: [\"5.2\"]\n"
		"symptoms:\n"
		"  - id: asked\n"
		"    inferred: a test\n"
		"    question: Does the service ignore its flags?\n"
		"cause-inferred: a test\n"
		"cause: The flags hold the wrong bytes.\n"
		"checks:\n"
		"  - id: flags\n"
		"    inferred: a test\n"
		"    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Foo\\Parameters'\n"
		"    value: Flags\n"
		"    type: REG_BINARY\n"
		"    expect: equals\n"
		"    data: '%s'\n"
		"remediation:\n"
		"  - id: set-flags\n"
		"    inferred: a test\n"
		"    registry: {check: flags, action: set-value}\n"
		"references: [Q900201]\n";
	struct kb_error err = { "" };
	struct rule *r = NULL;
	char text[2048];

	snprintf(text, sizeof text, fmt, data);
	if (rule_load_text("t.yaml", text, strlen(text), &r, &err) != 0)
		fail_msg("%s", err.msg);
	return r;
}

/* A SYSTEM hive whose current control set holds Flags as flags_line
 * ("\"Flags\"=hex:01,02"), or no Flags when it is NULL. */
static char *hive_with(const char *name, const char *flags_line)
{
	struct kb_error err = { "" };
	char spec[2048], path[512];
	char *out;

	snprintf(spec, sizeof spec,
		 "@name SYSTEM\n"
		 "[Select]\n\"Current\"=dword:1\n\"Default\"=dword:1\n"
		 "\"LastKnownGood\"=dword:2\n"
		 "[ControlSet001\\Services\\Foo\\Parameters]\n"
		 "\"Other\"=\"kept\"\n%s\n",
		 flags_line != NULL ? flags_line : "");
	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	if (hive_fixture_build(path, spec, &err) != 0)
		fail_msg("%s: %s", name, err.msg);
	assert_non_null(out = strdup(path));
	return out;
}

static void judge(const char *path, const struct rule *r, struct check_result *res)
{
	struct kb_error err = { "" };
	struct kb_hive *h = NULL;

	if (hive_open(path, &h, &err) != 0)
		fail_msg("%s", err.msg);
	assert_int_equal(hive_eval_check(h, &r->checks[0], res, &err), 0);
	hive_close(h);
}

static int group_setup(void **state)
{
	(void)state;
	tmpdir = test_tmpdir();
	return tmpdir != NULL ? 0 : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	test_rm_rf(tmpdir);
	free(tmpdir);
	return 0;
}

/* ---- the judge ------------------------------------------------------ */

static void test_equal_bytes_pass(void **state)
{
	struct rule *r = binary_rule("01,00,0A,FF");
	char *path = hive_with("equal", "\"Flags\"=hex:01,00,0a,ff");
	struct check_result res = { 0 };

	(void)state;
	judge(path, r, &res);
	assert_int_equal(res.status, CHECK_PASSED);
	assert_string_equal(res.found, "Flags (REG_BINARY) = 01 00 0a ff");
	assert_string_equal(res.detail, "equals 01 00 0a ff");
	check_result_clear(&res);
	rule_free(r);
	free(path);
}

static void test_different_bytes_fail_showing_both(void **state)
{
	struct rule *r = binary_rule("01 00 0a ff");
	char *path = hive_with("different", "\"Flags\"=hex:01,00,0a,fe");
	struct check_result res = { 0 };

	(void)state;
	judge(path, r, &res);
	assert_int_equal(res.status, CHECK_FAILED);
	assert_int_equal(res.failure, FAIL_WRONG_DATA);
	assert_string_equal(res.found, "Flags (REG_BINARY) = 01 00 0a fe");
	assert_string_equal(res.detail, "expected 01 00 0a ff");
	check_result_clear(&res);
	rule_free(r);
	free(path);
}

/* The same first bytes and more, or fewer: not equal. */
static void test_different_length_fails_naming_both_lengths(void **state)
{
	struct rule *r = binary_rule("01000aff");
	char *longer = hive_with("longer", "\"Flags\"=hex:01,00,0a,ff,00");
	char *shorter = hive_with("shorter", "\"Flags\"=hex:01,00,0a");
	struct check_result res = { 0 };

	(void)state;
	judge(longer, r, &res);
	assert_int_equal(res.status, CHECK_FAILED);
	assert_int_equal(res.failure, FAIL_WRONG_DATA);
	assert_string_equal(res.detail, "expected 01 00 0a ff (4 bytes, found 5)");
	check_result_clear(&res);
	judge(shorter, r, &res);
	assert_int_equal(res.status, CHECK_FAILED);
	assert_string_equal(res.detail, "expected 01 00 0a ff (4 bytes, found 3)");
	check_result_clear(&res);
	rule_free(r);
	free(longer);
	free(shorter);
}

/* The same bytes stored as another type are not the value the rule
 * wants (a REG_DWORD 0xff000a01 holds these four bytes too). */
static void test_same_bytes_of_another_type_fail_as_wrong_type(void **state)
{
	struct rule *r = binary_rule("01 00 0a ff");
	char *path = hive_with("dword", "\"Flags\"=dword:ff0a0001");
	struct check_result res = { 0 };

	(void)state;
	judge(path, r, &res);
	assert_int_equal(res.status, CHECK_FAILED);
	assert_int_equal(res.failure, FAIL_WRONG_TYPE);
	check_result_clear(&res);
	rule_free(r);
	free(path);
}

/* Long data is cut in what a person reads, never in what is compared. */
static void test_long_data_is_cut_in_the_texts(void **state)
{
	char data[200] = "", line[300] = "\"Flags\"=hex:";
	struct rule *r;
	char *path;
	struct check_result res = { 0 };
	int i;

	(void)state;
	for (i = 0; i < 40; i++) {
		char b[8];

		snprintf(b, sizeof b, i == 0 ? "%02x" : ",%02x", i);
		strcat(data, b);
		strcat(line, b);
	}
	r = binary_rule(data);
	line[strlen(line) - 1] = '0';           /* last byte 0x27 -> 0x20 */
	path = hive_with("long", line);
	judge(path, r, &res);
	assert_int_equal(res.status, CHECK_FAILED);
	assert_non_null(strstr(res.found, "= 00 01 02"));
	assert_non_null(strstr(res.found, " 1f ... (40 bytes)"));
	assert_non_null(strstr(res.detail, " 1f ... (40 bytes)"));
	check_result_clear(&res);
	rule_free(r);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_equal_bytes_pass),
		cmocka_unit_test(test_different_bytes_fail_showing_both),
		cmocka_unit_test(test_different_length_fails_naming_both_lengths),
		cmocka_unit_test(test_same_bytes_of_another_type_fail_as_wrong_type),
		cmocka_unit_test(test_long_data_is_cut_in_the_texts),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
