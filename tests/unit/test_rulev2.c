/* test_rulev2.c: rule language v2 (kb/README.md): the loader's
 * validation of value-absent, not-contains, delete-key, delete-value,
 * remove-entry, `applies` any-of groups, wildcard keys with match
 * all|any, when-symptom and an event's count/within; their evaluation on
 * built hives; and the repairs (plan, write, verify, undo-ready backup,
 * .reg export) on SYSTEM and SOFTWARE hives. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kbwiz/applies.h"
#include "kbwiz/fix.h"
#include "kbwiz/hive.h"
#include "lib/hive_writer.h"
#include "kbwiz/rule_load.h"
#include "lib/testlib.h"

static char *tmpdir;

static int group_setup(void **state)
{
	(void)state;
	unsetenv("HIVEX_DEBUG");
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

/* A rule around the given checks/remediation/applies text. */
static int load(const char *middle, const char *remediation, struct rule **r,
		struct kb_error *err)
{
	char text[8192];

	snprintf(text, sizeof text,
		 "id: T1\narticle: Q1\ntitle: t\npublished: 2001-01-01\n"
		 "products:\n  - name: Windows NT Server\n"
		 "symptoms:\n  - id: ev\n    inferred: test\n    event:\n"
		 "      log: System\n      id: 7023\n      source: Service Control Manager\n"
		 "cause: c\n%s"
		 "remediation:\n  - id: m\n    manual: do it\n%s"
		 "references: Q1\n", middle, remediation);
	return rule_load_text("t.yaml", text, strlen(text), r, err);
}

static void load_fails(const char *middle, const char *remediation, const char *want)
{
	struct kb_error err = { "" };
	struct rule *r = NULL;

	if (load(middle, remediation, &r, &err) == 0) {
		rule_free(r);
		fail_msg("loaded, expected an error with '%s'", want);
	}
	if (strstr(err.msg, want) == NULL)
		fail_msg("error '%s' lacks '%s'", err.msg, want);
	/* Every message names the file, line and column. */
	assert_non_null(strstr(err.msg, "t.yaml:"));
}

static struct rule *load_ok(const char *middle, const char *remediation)
{
	struct kb_error err = { "" };
	struct rule *r = NULL;

	if (load(middle, remediation, &r, &err) != 0)
		fail_msg("%s", err.msg);
	return r;
}

/* ---- loader ------------------------------------------------------------ */

static void test_value_absent_takes_no_data(void **state)
{
	(void)state;
	load_fails("checks:\n  - id: a\n    key: 'HKLM\\SYSTEM\\X'\n    value: V\n"
		   "    expect: value-absent\n    data: x\n", "",
		   "checks[0].data: a 'value-absent' check takes no 'data'");
	load_fails("checks:\n  - id: a\n    key: 'HKLM\\SYSTEM\\X'\n    expect: value-absent\n", "",
		   "missing required field 'value'");
}

static void test_not_contains_defaults_to_multi_sz_and_needs_data(void **state)
{
	struct rule *r;

	(void)state;
	r = load_ok("checks:\n  - id: a\n    key: 'HKLM\\SYSTEM\\X'\n    value: V\n"
		    "    expect: not-contains\n    data: NwlnkSpx\n", "");
	assert_int_equal(r->checks[0].expect, EXPECT_NOT_CONTAINS);
	assert_int_equal(r->checks[0].type, KB_REG_MULTI_SZ);
	rule_free(r);
	load_fails("checks:\n  - id: a\n    key: 'HKLM\\SYSTEM\\X'\n    value: V\n"
		   "    expect: not-contains\n", "", "missing required field 'data'");
	load_fails("checks:\n  - id: a\n    key: 'HKLM\\SYSTEM\\X'\n    value: V\n"
		   "    expect: not-contains\n    type: REG_DWORD\n    data: 1\n", "",
		   "expected REG_MULTI_SZ, REG_SZ or REG_EXPAND_SZ");
}

static void test_repair_must_make_the_state_the_check_asks_for(void **state)
{
	static const char checks[] =
		"checks:\n  - id: a\n    key: 'HKLM\\SYSTEM\\X'\n    value: V\n    expect: value-absent\n"
		"  - id: k\n    key: 'HKLM\\SYSTEM\\X'\n    expect: key-exists\n"
		"  - id: s\n    key: 'HKLM\\SYSTEM\\X'\n    value: V\n    type: REG_SZ\n"
		"    expect: not-contains\n    data: x\n";
	struct rule *r;

	(void)state;
	load_fails(checks, "  - id: f\n    registry: {check: k, action: delete-key}\n",
		   "cannot be repaired by this action; expected create-key");
	load_fails(checks, "  - id: f\n    registry: {check: a, action: remove-entry}\n",
		   "expected delete-value");
	/* A string has no entry to remove: only a manual step. */
	load_fails(checks, "  - id: f\n    registry: {check: s, action: remove-entry}\n",
		   "expected a manual step");
	load_fails(checks, "  - id: f\n    registry: {check: a, action: erase}\n",
		   "expected create-key, add-entry, set-value, delete-key, delete-value or remove-entry");
	r = load_ok(checks, "  - id: f\n    registry: {check: a, action: delete-value}\n");
	assert_int_equal(r->fixes[1].action, FIX_ACTION_DELETE_VALUE);
	assert_string_equal(r->fixes[1].text, "Delete the value from HKLM\\SYSTEM\\X");
	rule_free(r);
}

static void test_wildcard_key_needs_match_and_no_repair(void **state)
{
	static const char wild[] =
		"checks:\n  - id: w\n    key: 'HKLM\\SYSTEM\\S\\*\\Parameters'\n    value: V\n"
		"    expect: value-absent\n";
	char text[512];
	struct rule *r;

	(void)state;
	load_fails(wild, "", "needs 'match: all'");
	snprintf(text, sizeof text, "%s    match: any\n", wild);
	r = load_ok(text, "");
	assert_int_equal(r->checks[0].match_any, 1);
	rule_free(r);
	load_fails(text, "  - id: f\n    registry: {check: w, action: delete-value}\n",
		   "kbwiz repairs only named keys");
	load_fails("checks:\n  - id: w\n    key: 'HKLM\\SYSTEM\\S'\n    expect: key-exists\n"
		   "    match: all\n", "", "has no '*' component");
	snprintf(text, sizeof text, "%s    match: some\n", wild);
	load_fails(text, "", "checks[0].match: expected all or any, found 'some'");
}

static void test_when_symptom_names_a_symptom(void **state)
{
	struct rule *r;

	(void)state;
	load_fails("checks:\n  - id: a\n    key: 'HKLM\\SYSTEM\\X'\n    expect: key-exists\n"
		   "    when-symptom: nope\n", "",
		   "checks[0].when-symptom: expected the id of one of this rule's symptoms, found 'nope'");
	r = load_ok("checks:\n  - id: a\n    key: 'HKLM\\SYSTEM\\X'\n    expect: key-exists\n"
		    "    when-symptom: ev\n", "");
	assert_int_equal(r->checks[0].n_when_symptoms, 1);
	assert_string_equal(r->checks[0].when_symptoms[0], "ev");
	rule_free(r);
}

static void test_event_count_and_window(void **state)
{
	static const char head[] =
		"id: T1\narticle: Q1\ntitle: t\npublished: 2001-01-01\n"
		"products:\n  - name: W\n"
		"symptoms:\n  - id: ev\n    inferred: test\n    event:\n"
		"      log: System\n      id: 7023\n      source: Service Control Manager\n";
	static const char tail[] = "cause: c\nremediation:\n  - id: m\n    manual: x\nreferences: Q1\n";
	static const struct { const char *mid, *err; } bad[] = {
		{ "      within: 10m\n", "a time window needs 'count' of 2 or more" },
		{ "      count: 2\n      within: 10 minutes\n", "expected a time window (90s, 10m, 2h, 1d" },
		{ "      count: 0\n", "found 0" },
		{ "      count: 2\n      within: 0s\n", "expected a time window" },
	};
	struct kb_error err = { "" };
	struct rule *r = NULL;
	char text[2048];
	size_t i;

	(void)state;
	snprintf(text, sizeof text, "%s      count: 2\n      within: 10m\n%s", head, tail);
	assert_int_equal(rule_load_text("t.yaml", text, strlen(text), &r, &err), 0);
	assert_int_equal(r->symptoms[0].min_count, 2);
	assert_int_equal(r->symptoms[0].within_seconds, 600);
	rule_free(r);
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		snprintf(text, sizeof text, "%s%s%s", head, bad[i].mid, tail);
		assert_int_not_equal(rule_load_text("t.yaml", text, strlen(text), &r, &err), 0);
		if (strstr(err.msg, bad[i].err) == NULL || strstr(err.msg, "t.yaml:") == NULL)
			fail_msg("'%s' lacks '%s'", err.msg, bad[i].err);
	}
}

static void test_applies_any_group_is_flattened(void **state)
{
	struct rule *r;

	(void)state;
	r = load_ok("applies:\n  - id: a\n    inferred: x\n    key: 'HKLM\\SYSTEM\\A'\n    expect: key-exists\n"
		    "  - any:\n      - id: b\n        inferred: x\n        key: 'HKLM\\SYSTEM\\B'\n"
		    "        expect: key-exists\n"
		    "      - id: c\n        inferred: x\n        key: 'HKLM\\SOFTWARE\\C'\n"
		    "        expect: key-exists\n"
		    "    reason: neither B nor C\n", "");
	assert_int_equal(r->n_applies, 3);
	assert_int_equal(r->applies[0].any_group, 0);
	assert_int_equal(r->applies[1].any_group, 1);
	assert_int_equal(r->applies[2].any_group, 1);
	assert_string_equal(r->applies[2].reason, "neither B nor C");
	rule_free(r);
	load_fails("applies:\n  - any:\n      - id: b\n        key: 'HKLM\\SYSTEM\\B'\n"
		   "        expect: key-exists\n    reason: r\n", "",
		   "applies[0].any: expected a list of two or more conditions");
	load_fails("applies:\n  - any:\n      - id: b\n        key: 'HKLM\\SYSTEM\\B'\n"
		   "        expect: key-exists\n      - id: c\n        key: 'HKLM\\SYSTEM\\C'\n"
		   "        expect: key-exists\n", "", "applies[0].reason: required field is missing");
}

static void test_applies_decide_all_of_and_any_of(void **state)
{
	struct rule *r;
	struct check_result res[3];
	size_t failed = 99;

	(void)state;
	r = load_ok("applies:\n  - id: a\n    key: 'HKLM\\SYSTEM\\A'\n    expect: key-exists\n"
		    "  - any:\n      - id: b\n        key: 'HKLM\\SYSTEM\\B'\n        expect: key-exists\n"
		    "      - id: c\n        key: 'HKLM\\SYSTEM\\C'\n        expect: key-exists\n"
		    "    reason: r\n", "");
	memset(res, 0, sizeof res);
	res[0].status = CHECK_PASSED;
	res[1].status = CHECK_FAILED;
	res[2].status = CHECK_PASSED;
	assert_int_equal(applies_decide(r, res, &failed), APPLIES_YES);
	res[2].status = CHECK_NOT_CHECKED;
	assert_int_equal(applies_decide(r, res, &failed), APPLIES_UNKNOWN);
	res[2].status = CHECK_FAILED;
	assert_int_equal(applies_decide(r, res, &failed), APPLIES_NO);
	assert_int_equal(failed, 1);
	res[0].status = CHECK_FAILED;
	res[2].status = CHECK_PASSED;
	assert_int_equal(applies_decide(r, res, &failed), APPLIES_NO);
	assert_int_equal(failed, 0);
	rule_free(r);
}

/* ---- evaluation -------------------------------------------------------- */

static char *build(const char *name, const char *spec)
{
	struct kb_error err = { "" };
	char *out = malloc(strlen(tmpdir) + strlen(name) + 2);

	assert_non_null(out);
	sprintf(out, "%s/%s", tmpdir, name);
	if (hive_fixture_build(out, spec, &err) != 0)
		fail_msg("building %s: %s", name, err.msg);
	return out;
}

static const char system_spec[] =
	"@name SYSTEM\n"
	"[Select]\n\"Current\"=dword:00000001\n"
	"[ControlSet001\\Services\\Replicator\\Exports]\n\"Scripts\"=\"0\"\n\"Other\"=dword:00000005\n"
	"[ControlSet001\\Services\\Replicator\\Parameters]\n\"ImportList\"=\"x\"\n"
	"\"ExportPath\"=expand:\"C:\\\\WINNT\\\\System32\\\\Repl\\\\Export\"\n"
	"[ControlSet001\\Services\\Old\\Sub]\n\"A\"=\"1\"\n"
	"[ControlSet001\\Services\\NwlnkIpx\\Linkage]\n"
	"\"Bind\"=multi:\"NetBT\",\"NwlnkSpx\",\"Tcpip\"\n"
	"[ControlSet001\\Services\\A\\Parameters]\n\"Mode\"=dword:00000001\n"
	"[ControlSet001\\Services\\B\\Parameters]\n\"Mode\"=dword:00000002\n"
	"[ControlSet001\\Services\\C]\n\"Start\"=dword:00000002\n";

static void eval_one(const char *hive, const char *checks, enum check_status want,
		     const char *want_key, const char *want_detail)
{
	struct kb_error err = { "" };
	struct check_result res;
	struct kb_hive *h = NULL;
	struct rule *r = load_ok(checks, "");

	if (hive_open(hive, &h, &err) != 0)
		fail_msg("%s", err.msg);
	assert_int_equal(hive_eval_check(h, &r->checks[0], &res, &err), 0);
	if (res.status != want)
		fail_msg("%s: %s (%s)", r->checks[0].id, check_status_name(res.status), res.detail);
	if (want_key != NULL)
		assert_string_equal(res.resolved_key, want_key);
	if (want_detail != NULL && strstr(res.detail, want_detail) == NULL)
		fail_msg("detail '%s' lacks '%s'", res.detail, want_detail);
	check_result_clear(&res);
	hive_close(h);
	rule_free(r);
}

#define REPL "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Replicator"

static void test_value_absent_and_not_contains_evaluate(void **state)
{
	char *hive = build("eval-SYSTEM", system_spec);

	(void)state;
	eval_one(hive, "checks:\n  - id: a\n    key: '" REPL "\\Parameters'\n    value: ImportList\n"
		 "    expect: value-absent\n", CHECK_FAILED, NULL, "ImportList should be absent");
	eval_one(hive, "checks:\n  - id: a\n    key: '" REPL "\\Parameters'\n    value: importlist2\n"
		 "    expect: value-absent\n", CHECK_PASSED, NULL, "absent as expected");
	/* No key: nothing can be there. */
	eval_one(hive, "checks:\n  - id: a\n    key: '" REPL "\\Gone'\n    value: V\n"
		 "    expect: value-absent\n", CHECK_PASSED, NULL, NULL);
	eval_one(hive, "checks:\n  - id: a\n    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\NwlnkIpx\\Linkage'\n"
		 "    value: Bind\n    expect: not-contains\n    data: nwlnkspx\n", CHECK_FAILED, NULL,
		 "nwlnkspx present");
	eval_one(hive, "checks:\n  - id: a\n    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\NwlnkIpx\\Linkage'\n"
		 "    value: Bind\n    expect: not-contains\n    data: Nbf\n", CHECK_PASSED, NULL, NULL);
	/* A string: data must not be a part of it. */
	eval_one(hive, "checks:\n  - id: a\n    key: '" REPL "\\Parameters'\n    value: ExportPath\n"
		 "    type: REG_SZ\n    expect: not-contains\n    data: repl\\export\n", CHECK_FAILED, NULL, NULL);
	eval_one(hive, "checks:\n  - id: a\n    key: '" REPL "\\Parameters'\n    value: ExportPath\n"
		 "    type: REG_SZ\n    expect: not-contains\n    data: Import\n", CHECK_PASSED, NULL, NULL);
	free(hive);
}

static void test_if_key_exists_skips_a_missing_component(void **state)
{
	char *hive = build("ifkey-SYSTEM", system_spec);
	static const char check[] =
		"checks:\n  - id: spx\n    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\%s'\n"
		"    value: Start\n    type: REG_DWORD\n    expect: equals\n    data: 3\n    if-key-exists: true\n";
	char text[512];

	(void)state;
	snprintf(text, sizeof text, check, "NwlnkSpx");
	eval_one(hive, text, CHECK_NOT_CHECKED, NULL, "applies only where the key exists");
	/* Where it is installed it is judged as usual. */
	snprintf(text, sizeof text, check, "C");
	eval_one(hive, text, CHECK_FAILED, NULL, "expected 3");
	load_fails("checks:\n  - id: a\n    key: 'HKLM\\SYSTEM\\X'\n    expect: key-exists\n"
		   "    if-key-exists: true\n", "", "'if-key-exists' goes with value checks");
	free(hive);
}

static void test_wildcard_all_and_any_report_the_key(void **state)
{
	char *hive = build("wild-SYSTEM", system_spec);
	static const char base[] =
		"checks:\n  - id: w\n    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\*\\Parameters'\n"
		"    value: Mode\n    type: REG_DWORD\n    expect: equals\n    data: %d\n    match: %s\n";
	char text[512];

	(void)state;
	/* A, B and Replicator have Parameters, C has none: C is not judged. */
	snprintf(text, sizeof text, base, 1, "all");
	eval_one(hive, text, CHECK_FAILED, "ControlSet001\\Services\\B\\Parameters", "expected 1");
	snprintf(text, sizeof text, base, 2, "any");
	eval_one(hive, text, CHECK_PASSED, "ControlSet001\\Services\\B\\Parameters", NULL);
	snprintf(text, sizeof text, base, 3, "any");
	eval_one(hive, text, CHECK_FAILED, "ControlSet001\\Services\\A\\Parameters", "none of 3 matching keys");
	eval_one(hive, "checks:\n  - id: w\n    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\*\\Parameters'\n"
		 "    value: Mode\n    expect: in-range\n    min: 1\n    max: 2\n    match: all\n",
		 CHECK_FAILED, "ControlSet001\\Services\\Replicator\\Parameters", "no value Mode");
	eval_one(hive, "checks:\n  - id: w\n    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\*\\Parameters'\n"
		 "    expect: key-exists\n    match: all\n",
		 CHECK_PASSED, NULL, "all 3 matching keys pass");
	/* No key matches: all has nothing to break it, any has nothing to hold. */
	eval_one(hive, "checks:\n  - id: w\n    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\*\\Nothing'\n"
		 "    expect: key-exists\n    match: all\n", CHECK_PASSED, NULL, "nothing to check");
	eval_one(hive, "checks:\n  - id: w\n    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\*\\Nothing'\n"
		 "    expect: key-exists\n    match: any\n", CHECK_FAILED, NULL, "no key matches");
	free(hive);
}

/* ---- repairs ----------------------------------------------------------- */

static int say_yes(void *ctx, const struct fix_plan *p, const char *question)
{
	(void)ctx;
	(void)p;
	(void)question;
	return 1;
}

/* Evaluate r's checks on hive, plan, apply, and check every check passes
 * on the result; the .reg export text (V5 decoded to ASCII) into reg. */
static void repair(const char *hive, struct rule *r, size_t want_changes, char *reg, size_t reg_size)
{
	struct kb_error err = { "" };
	struct check_result res[8];
	struct fix_apply_opts opts;
	struct fix_apply_result ar;
	struct fix_plan *p = NULL;
	struct kb_hive *h = NULL;
	unsigned char *bytes;
	size_t i, len, n = 0;

	assert_true(r->n_checks <= 8);
	if (hive_open(hive, &h, &err) != 0)
		fail_msg("%s", err.msg);
	for (i = 0; i < r->n_checks; i++)
		assert_int_equal(hive_eval_check(h, &r->checks[i], &res[i], &err), 0);
	hive_close(h);
	if (fix_plan_build(r, res, NULL, &p, &err) != 0)
		fail_msg("plan: %s", err.msg);
	for (i = 0; i < r->n_checks; i++)
		check_result_clear(&res[i]);
	if (p->n_changes != want_changes)
		fail_msg("%zu changes, %zu manual (%s)", p->n_changes, p->n_manual,
			 p->n_manual > 0 ? p->manual[0].why : "");
	assert_int_equal(fix_plan_render_reg(p, REGFILE_REGEDIT4, &bytes, &len, &err), 0);
	for (i = 0; i < len && n + 1 < reg_size; i++)
		if (bytes[i] != '\r')
			reg[n++] = (char)bytes[i];
	reg[n] = '\0';
	free(bytes);
	memset(&opts, 0, sizeof opts);
	opts.confirm = say_yes;
	if (fix_apply(p, &opts, &ar, &err) != 0)
		fail_msg("apply: %s", err.msg);
	assert_int_equal(ar.n_applied, want_changes);
	assert_non_null(ar.backup_path);
	fix_plan_free(p);
	if (hive_open(hive, &h, &err) != 0)
		fail_msg("%s", err.msg);
	for (i = 0; i < r->n_checks; i++) {
		assert_int_equal(hive_eval_check(h, &r->checks[i], &res[i], &err), 0);
		if (res[i].status != CHECK_PASSED)
			fail_msg("after repair, %s: %s", r->checks[i].id, res[i].detail);
		check_result_clear(&res[i]);
	}
	hive_close(h);
}

static void test_delete_value_delete_key_remove_entry(void **state)
{
	char *hive = build("SYSTEM", system_spec);
	char reg[4096];
	struct kb_error err = { "" };
	struct kb_hive *h = NULL;
	struct hive_value v;
	hive_key k;
	struct rule *r = load_ok(
		"checks:\n"
		"  - id: no-importlist\n    key: '" REPL "\\Parameters'\n    value: ImportList\n    expect: value-absent\n"
		"  - id: no-scripts\n    key: '" REPL "\\Exports'\n    value: Scripts\n    expect: value-absent\n"
		"  - id: no-old\n    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Old'\n    expect: key-absent\n"
		"  - id: no-spx\n    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\NwlnkIpx\\Linkage'\n"
		"    value: Bind\n    expect: not-contains\n    data: NwlnkSpx\n",
		"  - id: f1\n    registry: {check: no-importlist, action: delete-value}\n"
		"  - id: f2\n    registry: {check: no-scripts, action: delete-value}\n"
		"  - id: f3\n    registry: {check: no-old, action: delete-key}\n"
		"  - id: f4\n    registry: {check: no-spx, action: remove-entry}\n");

	(void)state;
	repair(hive, r, 4, reg, sizeof reg);
	assert_non_null(strstr(reg, "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Replicator\\Parameters]\n"
				    "\"ImportList\"=-\n"));
	assert_non_null(strstr(reg, "[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Old]\n\n"));
	/* The whole new list, in order: NetBT, Tcpip. */
	assert_non_null(strstr(reg, "\"Bind\"=hex(7):4e,65,74,42,54,00,54,63,70,69,70,00,00\n"));
	/* What the deletions did not name is kept. */
	if (hive_open(hive, &h, &err) != 0)
		fail_msg("%s", err.msg);
	assert_int_equal(hive_key_find(h, hive_root_key(h), "ControlSet001\\Services\\Replicator\\Exports", &k, &err), 0);
	assert_int_equal(hive_key_value(h, k, "Other", &v, &err), 0);
	assert_int_equal(v.number, 5);
	hive_value_clear(&v);
	assert_int_equal(hive_key_find(h, hive_root_key(h), "ControlSet001\\Services\\Replicator\\Parameters", &k, &err), 0);
	assert_int_equal(hive_key_value(h, k, "ExportPath", &v, &err), 0);
	assert_int_equal(v.type, KB_REG_EXPAND_SZ);
	hive_value_clear(&v);
	assert_int_equal(hive_key_find(h, hive_root_key(h), "ControlSet001\\Services\\NwlnkIpx\\Linkage", &k, &err), 0);
	assert_int_equal(hive_key_value(h, k, "Bind", &v, &err), 0);
	assert_int_equal(v.n_entries, 2);
	assert_string_equal(v.entries[0], "NetBT");
	assert_string_equal(v.entries[1], "Tcpip");
	hive_value_clear(&v);
	assert_int_equal(hive_key_find(h, hive_root_key(h), "ControlSet001\\Services\\Old", &k, &err), KB_ENOTFOUND);
	hive_close(h);
	rule_free(r);
	free(hive);
}

static void test_software_hive_checks_and_repairs(void **state)
{
	char *hive = build("SOFTWARE",
			   "@name SOFTWARE\n"
			   "[Microsoft\\Windows NT\\CurrentVersion]\n\"CurrentVersion\"=\"4.0\"\n"
			   "[Microsoft\\Cluster Server]\n\"Bad\"=\"1\"\n");
	char reg[4096];
	struct rule *r = load_ok(
		"checks:\n"
		"  - id: ver\n    key: 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'\n"
		"    value: CurrentVersion\n    type: REG_SZ\n    expect: equals\n    data: '4.0'\n"
		"  - id: no-bad\n    key: 'HKLM\\SOFTWARE\\Microsoft\\Cluster Server'\n    value: Bad\n"
		"    expect: value-absent\n",
		"  - id: f\n    registry: {check: no-bad, action: delete-value}\n");

	(void)state;
	repair(hive, r, 1, reg, sizeof reg);
	assert_non_null(strstr(reg, "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cluster Server]\n\"Bad\"=-\n"));
	rule_free(r);
	free(hive);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_value_absent_takes_no_data),
		cmocka_unit_test(test_not_contains_defaults_to_multi_sz_and_needs_data),
		cmocka_unit_test(test_repair_must_make_the_state_the_check_asks_for),
		cmocka_unit_test(test_wildcard_key_needs_match_and_no_repair),
		cmocka_unit_test(test_when_symptom_names_a_symptom),
		cmocka_unit_test(test_event_count_and_window),
		cmocka_unit_test(test_applies_any_group_is_flattened),
		cmocka_unit_test(test_applies_decide_all_of_and_any_of),
		cmocka_unit_test(test_value_absent_and_not_contains_evaluate),
		cmocka_unit_test(test_if_key_exists_skips_a_missing_component),
		cmocka_unit_test(test_wildcard_all_and_any_report_the_key),
		cmocka_unit_test(test_delete_value_delete_key_remove_entry),
		cmocka_unit_test(test_software_hive_checks_and_repairs),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
