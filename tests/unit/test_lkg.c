/* test_lkg.c: the current control set against LastKnownGood
 * (core/lkg.c) on fixture hives: service values, services in one set
 * only, a rule's check, the same set, no LastKnownGood. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kbwiz/hive.h"
#include "lib/hive_writer.h"
#include "kbwiz/lkg.h"
#include "kbwiz/rule_load.h"
#include "lib/testlib.h"

static char *tmpdir;

static int setup(void **state)
{
	(void)state;
	unsetenv("HIVEX_DEBUG");
	tmpdir = test_tmpdir();
	return tmpdir == NULL;
}

static int teardown(void **state)
{
	(void)state;
	test_rm_rf(tmpdir);
	free(tmpdir);
	return 0;
}

static struct kb_hive *open_spec(const char *spec_file, const char *spec_text)
{
	char path[4096];
	struct kb_error e = { "" };
	struct kb_hive *h = NULL;
	static int n;

	snprintf(path, sizeof path, "%s/SYSTEM%d", tmpdir, ++n);
	if ((spec_file != NULL ? hive_fixture_build_file(path, spec_file, &e)
			       : hive_fixture_build(path, spec_text, &e)) != 0)
		fail_msg("building the hive: %s", e.msg);
	if (hive_open(path, &h, &e) != 0)
		fail_msg("%s", e.msg);
	return h;
}

static const struct lkg_diff *find(const struct lkg_compare *c, enum lkg_diff_kind kind,
				   const char *name, const char *field)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->diffs[i].kind == kind && strcmp(c->diffs[i].name, name) == 0 &&
		    strcmp(c->diffs[i].field, field) == 0)
			return &c->diffs[i];
	return NULL;
}

static void test_service_changes_since_last_good_boot_are_listed(void **state)
{
	struct kb_hive *h = open_spec("tests/fixtures/hives/lkg-service-changes.spec", NULL);
	struct kb_error err = { "" };
	struct lkg_compare *c = NULL;
	const struct lkg_diff *d;

	(void)state;
	assert_int_equal(lkg_compare(h, NULL, 0, &c, &err), 0);
	assert_string_equal(c->current_set, "ControlSet001");
	assert_string_equal(c->lkg_set, "ControlSet002");
	assert_false(c->same_set);
	assert_int_equal(c->services_current, 5);
	assert_int_equal(c->services_lkg, 5);
	d = find(c, LKG_SERVICE_VALUE, "ClusSvc", "Start");
	assert_non_null(d);
	assert_string_equal(d->current, "4 (disabled)");
	assert_string_equal(d->lkg, "2 (automatic)");
	d = find(c, LKG_SERVICE_VALUE, "ClusSvc", "ImagePath");
	assert_non_null(d);
	assert_string_equal(d->current, "%SystemRoot%\\cluster\\clussvc2.exe");
	d = find(c, LKG_SERVICE_VALUE, "ClusSvc", "DependOnService");
	assert_non_null(d);
	assert_string_equal(d->current, "ClusNet, RpcSs, NetBT");
	assert_string_equal(d->lkg, "ClusNet, RpcSs");
	d = find(c, LKG_SERVICE_VALUE, "LanmanWorkstation", "DependOnGroup");
	assert_non_null(d);
	assert_string_equal(d->current, "(absent)");
	assert_string_equal(d->lkg, "NetworkProvider");
	/* The values as stored, beside the text: for JSON. */
	assert_int_equal(d->current_raw.kind, LKG_RAW_ABSENT);
	assert_int_equal(d->lkg_raw.kind, LKG_RAW_LIST);
	assert_int_equal(d->lkg_raw.n_items, 1);
	assert_string_equal(d->lkg_raw.items[0], "NetworkProvider");
	d = find(c, LKG_SERVICE_VALUE, "ClusSvc", "Start");
	assert_int_equal(d->current_raw.kind, LKG_RAW_NUMBER);
	assert_int_equal(d->current_raw.number, 4);
	assert_int_equal(d->lkg_raw.number, 2);
	d = find(c, LKG_SERVICE_VALUE, "ClusSvc", "DependOnService");
	assert_int_equal(d->current_raw.kind, LKG_RAW_LIST);
	assert_int_equal(d->current_raw.n_items, 3);
	assert_string_equal(d->current_raw.items[2], "NetBT");
	d = find(c, LKG_SERVICE_VALUE, "Dhcp", "Type");
	assert_int_equal(d->current_raw.kind, LKG_RAW_NUMBER);
	assert_int_equal(d->current_raw.number, 0x10);
	d = find(c, LKG_ONLY_LKG, "OldAgent", "");
	assert_int_equal(d->current_raw.kind, LKG_RAW_ABSENT);
	assert_true(d->lkg_raw.kind == LKG_RAW_STRING || d->lkg_raw.kind == LKG_RAW_KEY);
	assert_non_null(find(c, LKG_SERVICE_VALUE, "Dhcp", "Type"));
	assert_non_null(find(c, LKG_ONLY_CURRENT, "NewFilter", ""));
	assert_non_null(find(c, LKG_ONLY_LKG, "OldAgent", ""));
	/* Nothing for what is the same. */
	assert_null(find(c, LKG_SERVICE_VALUE, "Tcpip", "Start"));
	assert_null(find(c, LKG_SERVICE_VALUE, "LanmanWorkstation", "Start"));
	assert_int_equal(c->n, 7);
	lkg_compare_free(c);
	hive_close(h);
}

static void test_rule_check_differing_in_lkg_is_listed(void **state)
{
	struct kb_hive *h = open_spec("tests/fixtures/hives/q262832-current2-fault-in-002.spec", NULL);
	struct kb_error err = { "" };
	struct rule_set set = { NULL, 0 };
	struct lkg_compare *c = NULL;
	size_t i, checks = 0;

	(void)state;
	if (rule_load_dir("kb", &set, &err) != 0)
		fail_msg("%s", err.msg);
	assert_int_equal(lkg_compare(h, set.rules, set.n, &c, &err), 0);
	assert_string_equal(c->current_set, "ControlSet002");
	assert_string_equal(c->lkg_set, "ControlSet001");
	assert_true(c->rules_compared > 0);
	for (i = 0; i < c->n; i++)
		if (c->diffs[i].kind == LKG_RULE_CHECK && strcmp(c->diffs[i].name, "Q262832") == 0) {
			checks++;
			/* LastKnownGood still has Clusnet in Transports. */
			assert_non_null(strstr(c->diffs[i].lkg, "Clusnet"));
			assert_null(strstr(c->diffs[i].current, "Clusnet"));
			/* As stored: the REG_MULTI_SZ's entries. */
			if (strcmp(c->diffs[i].field, "transports-has-clusnet") == 0) {
				const struct lkg_raw *r = &c->diffs[i].lkg_raw;
				assert_int_equal(r->kind, LKG_RAW_LIST);
				assert_string_equal(r->items[r->n_items - 1], "Clusnet");
				assert_int_equal(c->diffs[i].current_raw.kind, LKG_RAW_LIST);
			}
		}
	assert_true(checks >= 1);
	lkg_compare_free(c);
	rule_set_free(&set);
	hive_close(h);
}

static void test_lkg_same_as_current_has_nothing_to_compare(void **state)
{
	struct kb_hive *h = open_spec(NULL, "@name SYSTEM\n[Select]\n\"Current\"=dword:00000001\n"
				      "\"LastKnownGood\"=dword:00000001\n"
				      "[ControlSet001\\Services\\A]\n\"Start\"=dword:00000002\n");
	struct kb_error err = { "" };
	struct lkg_compare *c = NULL;

	(void)state;
	assert_int_equal(lkg_compare(h, NULL, 0, &c, &err), 0);
	assert_true(c->same_set);
	assert_int_equal(c->n, 0);
	lkg_compare_free(c);
	hive_close(h);
}

static void test_missing_lkg_value_or_set_is_named(void **state)
{
	struct kb_hive *h = open_spec(NULL, "@name SYSTEM\n[Select]\n\"Current\"=dword:00000001\n"
				      "[ControlSet001\\Services\\A]\n\"Start\"=dword:00000002\n");
	struct kb_error err = { "" };
	struct lkg_compare *c = NULL;

	(void)state;
	assert_int_equal(lkg_compare(h, NULL, 0, &c, &err), KB_ENOTFOUND);
	assert_non_null(strstr(err.msg, "LastKnownGood"));
	assert_null(c);
	hive_close(h);
	h = open_spec(NULL, "@name SYSTEM\n[Select]\n\"Current\"=dword:00000001\n"
		      "\"LastKnownGood\"=dword:00000003\n"
		      "[ControlSet001\\Services\\A]\n\"Start\"=dword:00000002\n");
	assert_int_equal(lkg_compare(h, NULL, 0, &c, &err), KB_ENOTFOUND);
	assert_non_null(strstr(err.msg, "ControlSet003"));
	hive_close(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_service_changes_since_last_good_boot_are_listed),
		cmocka_unit_test(test_rule_check_differing_in_lkg_is_listed),
		cmocka_unit_test(test_lkg_same_as_current_has_nothing_to_compare),
		cmocka_unit_test(test_missing_lkg_value_or_set_is_named),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
