/* test_fix_bigdata.c: changes hivex would write where Windows cannot read
 * them are left to the technician.  Windows keeps data over 16344 bytes in
 * a big-data record; hivex writes every data as one cell, and setting or
 * deleting one value rewrites the key's other values the same way.  So a
 * write of more data than that, or any write to a key that holds such a
 * value, is a manual item saying why, and nothing of it is planned.
 * Rules and data here are made up for the test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kbwiz/fix.h"
#include "kbwiz/fix_bigdata.h"
#include "kbwiz/hive.h"
#include "kbwiz/rule_load.h"
#include "lib/hive_writer.h"
#include "lib/testlib.h"

static char *tmpdir;

/* One check of value Setting under Foo\Parameters (what: its type, expect
 * and data lines) and the step that repairs it. */
static struct rule *rule_of(const char *what, const char *action)
{
	static const char head[] =
		"id: T900301\n"
		"article: Q900301\n"
		"title: A service ignores its setting\n"
		"published: 2004-05-06\n"
		"products:\n"
		"  - name: Windows Server 2003\n"
		"    versions: [\"5.2\"]\n"
		"symptoms:\n"
		"  - id: asked\n"
		"    inferred: a test\n"
		"    question: Does the service ignore its setting?\n"
		"cause-inferred: a test\n"
		"cause: The setting is wrong.\n"
		"checks:\n"
		"  - id: setting\n"
		"    inferred: a test\n"
		"    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Foo\\Parameters'\n"
		"    value: Setting\n";
	struct kb_error err = { "" };
	struct rule *r = NULL;
	char *text;

	text = malloc(strlen(head) + strlen(what) + strlen(action) + 200);
	assert_non_null(text);
	sprintf(text, "%s%s"
		"remediation:\n"
		"  - id: fix-setting\n"
		"    inferred: a test\n"
		"    registry: {check: setting, action: %s}\n"
		"references: [Q900301]\n", head, what, action);
	if (rule_load_text("t.yaml", text, strlen(text), &r, &err) != 0)
		fail_msg("%s", err.msg);
	free(text);
	return r;
}

/* A REG_SZ equals of n 'x's: (n + 1) * 2 bytes in UTF-16LE. */
static struct rule *sz_rule(size_t n)
{
	static const char head[] = "    type: REG_SZ\n    expect: equals\n    data: ";
	char *what = malloc(sizeof head + n + 2);
	struct rule *r;

	assert_non_null(what);
	memcpy(what, head, sizeof head - 1);
	memset(what + sizeof head - 1, 'x', n);
	strcpy(what + sizeof head - 1 + n, "\n");
	r = rule_of(what, "set-value");
	free(what);
	return r;
}

/* A SYSTEM hive whose Foo\Parameters holds Setting="old" and, when
 * big_len > 0, a REG_BINARY "Big" of big_len bytes; no Foo at all when
 * no_key. */
static char *hive_with(const char *name, size_t big_len, int no_key)
{
	struct kb_error err = { "" };
	char path[512];
	char *spec = malloc(3 * big_len + 512), *at;
	size_t i;

	assert_non_null(spec);
	at = spec + sprintf(spec,
			    "@name SYSTEM\n"
			    "[Select]\n\"Current\"=dword:1\n\"Default\"=dword:1\n"
			    "\"LastKnownGood\"=dword:2\n");
	if (no_key)
		at += sprintf(at, "[ControlSet001\\Services]\n\"Other\"=\"kept\"\n");
	else
		at += sprintf(at, "[ControlSet001\\Services\\Foo\\Parameters]\n\"Setting\"=\"old\"\n");
	if (big_len > 0) {
		at += sprintf(at, "\"Big\"=hex:");
		for (i = 0; i < big_len; i++)
			at += sprintf(at, i == 0 ? "%02x" : ",%02x", (unsigned)(i & 0xff));
		at += sprintf(at, "\n");
	}
	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	if (hive_fixture_build(path, spec, &err) != 0)
		fail_msg("%s: %s", name, err.msg);
	free(spec);
	assert_non_null(at = strdup(path));
	return at;
}

static struct fix_plan *plan_for(const char *path, const struct rule *r)
{
	struct kb_error err = { "" };
	struct check_result res = { 0 };
	struct fix_plan *p = NULL;
	struct kb_hive *h = NULL;

	if (hive_open(path, &h, &err) != 0)
		fail_msg("%s", err.msg);
	assert_int_equal(hive_eval_check(h, &r->checks[0], &res, &err), 0);
	hive_close(h);
	assert_int_equal(res.status, CHECK_FAILED);
	if (fix_plan_build(r, &res, NULL, &p, &err) != 0)
		fail_msg("plan: %s", err.msg);
	check_result_clear(&res);
	return p;
}

static void assert_left_to_hand(const struct fix_plan *p, const char *says)
{
	assert_int_equal(p->n_changes, 0);
	assert_int_equal(p->n_manual, 1);
	if (strstr(p->manual[0].why, says) == NULL ||
	    strstr(p->manual[0].why, "big-data record, which hivex") == NULL)
		fail_msg("why: %s", p->manual[0].why);
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

/* 8171 characters and their NUL are 16344 bytes, the most one cell
 * holds; one character more is 16346 bytes, left to the technician. */
static void test_data_over_one_cell_is_left_to_hand(void **state)
{
	char *path = hive_with("sz", 0, 0);
	struct rule *most = sz_rule(8171), *over = sz_rule(8172);
	struct fix_plan *p;

	(void)state;
	p = plan_for(path, most);
	assert_int_equal(p->n_manual, 0);
	assert_int_equal(p->n_changes, 1);
	assert_int_equal(p->changes[0].data_len, FIX_CELL_DATA_MAX);
	fix_plan_free(p);
	p = plan_for(path, over);
	assert_left_to_hand(p, "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Foo\\Parameters: "
			    "the new data is 16346 bytes; past 16344 bytes");
	fix_plan_free(p);
	rule_free(most);
	rule_free(over);
	free(path);
}

/* The key to be created is not created either: the change is left whole. */
static void test_missing_key_is_not_created_for_big_data(void **state)
{
	char *path = hive_with("nokey", 0, 1);
	struct rule *over = sz_rule(9000);
	struct fix_plan *p;

	(void)state;
	p = plan_for(path, over);
	assert_left_to_hand(p, "the new data is 18002 bytes");
	fix_plan_free(p);
	rule_free(over);
	free(path);
}

/* A small write to a key that holds a value over 16344 bytes would have
 * hivex rewrite that value as one cell: left to the technician too. */
static void test_key_holding_big_data_is_not_rewritten(void **state)
{
	char *big = hive_with("big", FIX_CELL_DATA_MAX + 1, 0);
	char *most = hive_with("most", FIX_CELL_DATA_MAX, 0);
	struct rule *set = rule_of("    type: REG_SZ\n    expect: equals\n    data: new\n", "set-value");
	struct rule *del = rule_of("    expect: value-absent\n", "delete-value");
	struct fix_plan *p;

	(void)state;
	p = plan_for(big, set);
	assert_left_to_hand(p, "Parameters: value 'Big' holds 16345 bytes, and writing any value "
			    "of this key rewrites them all; past 16344 bytes");
	fix_plan_free(p);
	p = plan_for(big, del);
	assert_left_to_hand(p, "value 'Big' holds 16345 bytes");
	fix_plan_free(p);
	p = plan_for(most, set);
	assert_int_equal(p->n_manual, 0);
	assert_int_equal(p->n_changes, 1);
	assert_int_equal(p->changes[0].kind, FIXCH_SET_VALUE);
	fix_plan_free(p);
	rule_free(set);
	rule_free(del);
	free(big);
	free(most);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_data_over_one_cell_is_left_to_hand),
		cmocka_unit_test(test_missing_key_is_not_created_for_big_data),
		cmocka_unit_test(test_key_holding_big_data_is_not_rewritten),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
