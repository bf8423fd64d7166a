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

#include "kbwiz/diagnose.h"
#include "kbwiz/evidence.h"
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

/* 40 bytes 00..27 wanted; the hive's last byte is 20.  Both texts are cut
 * alike, so the detail and the plan name the first byte that differs
 * (counted from 0), and the JSON carries every byte. */
static void long_data(char *rule_data, char *hive_line)
{
	int i;

	strcpy(rule_data, "");
	strcpy(hive_line, "\"Flags\"=hex:");
	for (i = 0; i < 40; i++) {
		char b[8];

		snprintf(b, sizeof b, i == 0 ? "%02x" : ",%02x", i);
		strcat(rule_data, b);
		strcat(hive_line, b);
	}
	hive_line[strlen(hive_line) - 1] = '0';  /* last byte 0x27 -> 0x20 */
}

static struct fix_plan *plan_for(const char *path, const struct rule *r);

static void test_cut_data_names_the_first_difference(void **state)
{
	char data[200], line[300], whole[200], want[300];
	struct rule *r;
	char *path, *json = NULL;
	struct check_result res = { 0 };
	struct kb_error err = { "" };
	struct evidence_set ev = { 0 };
	struct diagnosis *d = NULL;
	struct fix_plan *p;
	int i;

	(void)state;
	long_data(data, line);
	r = binary_rule(data);
	path = hive_with("longdiff", line);
	judge(path, r, &res);
	assert_int_equal(res.failure, FAIL_WRONG_DATA);
	if (strstr(res.detail, " 1f ... (40 bytes); byte 39: 20, expected 27") == NULL)
		fail_msg("detail: %s", res.detail);
	check_result_clear(&res);
	p = plan_for(path, r);
	assert_int_equal(p->n_changes, 1);
	assert_non_null(strstr(p->changes[0].before, " 1f ... (40 bytes)"));
	if (strstr(p->changes[0].after, " 1f ... (40 bytes); byte 39: 20 becomes 27") == NULL)
		fail_msg("after: %s", p->changes[0].after);
	fix_plan_free(p);
	/* The JSON: found and detail with all 40 bytes. */
	assert_int_equal(evidence_add(&ev, EVIDENCE_HIVE, path, &err), 0);
	assert_int_equal(diagnosis_new_borrowed(&r, 1, &d, &err), 0);
	d->serial_readers = 1;
	assert_int_equal(diagnosis_run(d, &ev, NULL, NULL, &err), 0);
	assert_int_equal(diagnosis_to_json(d, &json, &err), 0);
	strcpy(whole, "");
	for (i = 0; i < 40; i++) {
		char b[8];

		snprintf(b, sizeof b, i == 0 ? "%02x" : " %02x", i);
		strcat(whole, b);
	}
	snprintf(want, sizeof want, "\"detail\": \"expected %s; byte 39: 20, expected 27\"", whole);
	if (strstr(json, want) == NULL)
		fail_msg("no %s in\n%s", want, json);
	whole[strlen(whole) - 1] = '0';
	snprintf(want, sizeof want, "\"found\": \"Flags (REG_BINARY) = %s\"", whole);
	if (strstr(json, want) == NULL)
		fail_msg("no %s in\n%s", want, json);
	if (strstr(json, "... (40 bytes)") != NULL)
		fail_msg("cut in\n%s", strstr(json, "... (40 bytes)") - 300);
	free(json);
	diagnosis_free(d);
	evidence_set_free(&ev);
	rule_free(r);
	free(path);
}

/* ---- the repair ----------------------------------------------------- */

static int say_yes(void *ctx, const struct fix_plan *p, const char *question)
{
	(void)ctx;
	(void)p;
	(void)question;
	return 1;
}

static struct fix_plan *plan_for(const char *path, const struct rule *r)
{
	struct kb_error err = { "" };
	struct check_result res = { 0 };
	struct fix_plan *p = NULL;

	judge(path, r, &res);
	if (fix_plan_build(r, &res, NULL, &p, &err) != 0)
		fail_msg("plan: %s", err.msg);
	check_result_clear(&res);
	return p;
}

/* The value as hivex reads it back from the written hive. */
static void assert_hive_value(const char *path, const char *name, hive_type want_type,
			      const void *want, size_t want_len)
{
	hive_h *hx = hivex_open(path, 0);
	hive_node_h node;
	hive_value_h val;
	hive_type t;
	size_t len;
	char *data;

	assert_non_null(hx);
	node = hivex_node_get_child(hx, hivex_root(hx), "ControlSet001");
	node = node != 0 ? hivex_node_get_child(hx, node, "Services") : 0;
	node = node != 0 ? hivex_node_get_child(hx, node, "Foo") : 0;
	node = node != 0 ? hivex_node_get_child(hx, node, "Parameters") : 0;
	assert_true(node != 0);
	assert_true((val = hivex_node_get_value(hx, node, name)) != 0);
	assert_non_null(data = hivex_value_value(hx, val, &t, &len));
	assert_int_equal(t, want_type);
	assert_int_equal(len, want_len);
	assert_memory_equal(data, want, want_len);
	free(data);
	hivex_close(hx);
}

static void test_repair_writes_the_bytes_after_a_backup(void **state)
{
	static const unsigned char want[] = { 0x01, 0x00, 0x0a, 0xff };
	struct rule *r = binary_rule("01 00 0a ff");
	char *path = hive_with("repair", "\"Flags\"=hex:01,00,0a,fe,07");
	struct fix_apply_opts opts = { 0 };
	struct fix_apply_result ar;
	struct kb_error err = { "" };
	struct check_result res = { 0 };
	unsigned char *orig, *backup;
	size_t orig_len, backup_len;
	struct fix_plan *p;

	(void)state;
	assert_non_null(orig = test_slurp(path, &orig_len));
	p = plan_for(path, r);
	assert_int_equal(p->n_changes, 1);
	assert_int_equal(p->n_manual, 0);
	assert_int_equal(p->changes[0].kind, FIXCH_SET_VALUE);
	assert_int_equal(p->changes[0].type, KB_REG_BINARY);
	assert_string_equal(p->changes[0].before, "01 00 0a fe 07");
	assert_string_equal(p->changes[0].after, "01 00 0a ff");
	opts.confirm = say_yes;
	if (fix_apply(p, &opts, &ar, &err) != 0)
		fail_msg("apply: %s", err.msg);
	assert_int_equal(ar.n_applied, 1);
	/* The backup holds the hive as it was. */
	assert_non_null(backup = test_slurp(ar.backup_path, &backup_len));
	assert_int_equal(backup_len, orig_len);
	assert_memory_equal(backup, orig, orig_len);
	/* The bytes as REG_BINARY (type 3), the other value kept. */
	assert_hive_value(path, "Flags", hive_t_REG_BINARY, want, sizeof want);
	assert_hive_value(path, "Other", hive_t_REG_SZ, "k\0e\0p\0t\0\0", 10);
	judge(path, r, &res);
	assert_int_equal(res.status, CHECK_PASSED);
	check_result_clear(&res);
	fix_plan_free(p);
	free(orig);
	free(backup);
	rule_free(r);
	free(path);
}

static void test_missing_value_is_created_as_binary(void **state)
{
	static const unsigned char want[] = { 0xde, 0xad, 0xbe, 0xef, 0x00 };
	struct rule *r = binary_rule("de ad be ef 00");
	char *path = hive_with("create", NULL);
	struct fix_apply_opts opts = { 0 };
	struct kb_error err = { "" };
	struct fix_plan *p;

	(void)state;
	p = plan_for(path, r);
	assert_int_equal(p->n_changes, 1);
	assert_int_equal(p->changes[0].kind, FIXCH_CREATE_VALUE);
	assert_string_equal(p->changes[0].before, "(no value)");
	assert_string_equal(p->changes[0].after, "de ad be ef 00");
	opts.confirm = say_yes;
	if (fix_apply(p, &opts, NULL, &err) != 0)
		fail_msg("apply: %s", err.msg);
	assert_hive_value(path, "Flags", hive_t_REG_BINARY, want, sizeof want);
	fix_plan_free(p);
	rule_free(r);
	free(path);
}

/* ---- the .reg file -------------------------------------------------- */

/* The REGEDIT4 file's text (it is ANSI). */
static char *reg_text(const struct fix_plan *p)
{
	struct kb_error err = { "" };
	unsigned char *out;
	size_t len;
	char *text;

	if (fix_plan_render_reg(p, REGFILE_REGEDIT4, &out, &len, &err) != 0)
		fail_msg("%s", err.msg);
	assert_non_null(text = calloc(1, len + 1));
	memcpy(text, out, len);
	free(out);
	return text;
}

static void test_reg_file_writes_hex_bytes(void **state)
{
	struct rule *r = binary_rule("01,00,0a,ff");
	char *path = hive_with("reg", "\"Flags\"=hex:00");
	struct kb_error err = { "" };
	struct fix_plan *p;
	unsigned char *out;
	size_t len, i;
	char *text;
	int found = 0;

	(void)state;
	p = plan_for(path, r);
	text = reg_text(p);
	assert_non_null(strstr(text, "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Foo\\Parameters]\r\n"
				     "\"Flags\"=hex:01,00,0a,ff\r\n"));
	free(text);
	/* Version 5.00: the same line in UTF-16LE. */
	assert_int_equal(fix_plan_render_reg(p, REGFILE_V5, &out, &len, &err), 0);
	for (i = 0; i + 2 * 26 <= len && !found; i += 2) {
		const char *want = "\"Flags\"=hex:01,00,0a,ff\r\n";
		size_t k;

		for (k = 0; want[k] != '\0'; k++)
			if (out[i + 2 * k] != (unsigned char)want[k] || out[i + 2 * k + 1] != 0)
				break;
		found = want[k] == '\0';
	}
	assert_true(found);
	free(out);
	fix_plan_free(p);
	rule_free(r);
	free(path);
}

/* 40 bytes: 22 on the first line ("Flags"=hex: and 66 characters), the
 * rest on a continuation line, as regedit wraps them. */
static void test_reg_file_wraps_long_data_as_regedit(void **state)
{
	char data[200] = "", want[400];
	struct rule *r;
	char *path, *text;
	struct fix_plan *p;
	int i;

	(void)state;
	for (i = 0; i < 40; i++) {
		char b[8];

		snprintf(b, sizeof b, i == 0 ? "%02x" : ",%02x", i);
		strcat(data, b);
	}
	r = binary_rule(data);
	path = hive_with("regwrap", NULL);
	p = plan_for(path, r);
	text = reg_text(p);
	/* "00,...,15," then a continuation line with the rest. */
	snprintf(want, sizeof want, "\"Flags\"=hex:%.*s\\\r\n  %s\r\n", 22 * 3, data,
		 data + 22 * 3);
	if (strstr(text, want) == NULL)
		fail_msg("want\n%s\nin\n%s", want, text);
	free(text);
	fix_plan_free(p);
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
		cmocka_unit_test(test_cut_data_names_the_first_difference),
		cmocka_unit_test(test_repair_writes_the_bytes_after_a_backup),
		cmocka_unit_test(test_missing_value_is_created_as_binary),
		cmocka_unit_test(test_reg_file_writes_hex_bytes),
		cmocka_unit_test(test_reg_file_wraps_long_data_as_regedit),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
