/* test_machine.c: the machine's identity from hives, its text, times in
 * its zone, and rule products: what the loader accepts and how a rule is
 * judged against a machine. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <jansson.h>

#include "lib/hive_writer.h"
#include "kbwiz/machine.h"
#include "kbwiz/rule_load.h"
#include "lib/testlib.h"

static struct kb_hive *build(const char *dir, const char *name, const char *spec)
{
	struct kb_error msg = { "" };
	char path[700];
	struct kb_error err = { "" };
	struct kb_hive *h = NULL;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	if (hive_fixture_build(path, spec, &msg) != 0)
		fail_msg("%s: %s", name, msg.msg);
	if (hive_open(path, &h, &err) != 0)
		fail_msg("%s", err.msg);
	return h;
}

static void test_nt4_enterprise_node_is_named_from_type_and_suite(void **state)
{
	char *dir = test_tmpdir(), text[256];
	struct kb_error err = { "" };
	struct machine_info m;
	struct kb_hive *sys, *soft;

	(void)state;
	sys = build(dir, "SYSTEM", "@name SYSTEM\n[Select]\n\"Current\"=dword:2\n"
		    "[ControlSet002\\Control\\ComputerName\\ComputerName]\n\"ComputerName\"=\"NODE1\"\n"
		    "[ControlSet002\\Control\\ProductOptions]\n\"ProductType\"=\"LanmanNT\"\n"
		    "\"ProductSuite\"=multi:\"Enterprise\"\n"
		    "[ControlSet002\\Control\\TimeZoneInformation]\n\"StandardName\"=\"Pacific Standard Time\"\n"
		    "\"Bias\"=dword:1e0\n"
		    "[ControlSet002\\Control\\Windows]\n\"ShutdownTime\"=hex:00,48,6e,64,b1,10,c2,01\n");
	soft = build(dir, "SOFTWARE", "@name SOFTWARE\n[Microsoft\\Windows NT\\CurrentVersion]\n"
		     "\"CurrentVersion\"=\"4.0\"\n\"CurrentBuildNumber\"=\"1381\"\n"
		     "\"CSDVersion\"=\"Service Pack 6\"\n");
	assert_int_equal(machine_read(sys, soft, &m, &err), 0);
	assert_string_equal(m.computer_name, "NODE1");
	assert_string_equal(machine_role(&m), "domain-controller");
	assert_int_equal(m.service_pack, 6);
	assert_int_equal(m.bias_minutes, 480);
	assert_int_equal(m.shutdown_time, 1023735760);
	machine_describe(&m, text, sizeof text);
	assert_string_equal(text, "Windows NT Server 4.0, Enterprise Edition (build 1381, Service Pack 6)");
	machine_format_time(&m, m.shutdown_time, text, sizeof text);
	assert_string_equal(text, "2002-06-10 11:02:40 (UTC-08:00)");
	machine_info_clear(&m);
	hive_close(sys);
	hive_close(soft);
	test_rm_rf(dir);
	free(dir);
}

/* With the zone's daylight saving rules, a time shows the offset in force
 * then (US Pacific as NT 4.0 had it: daylight time from the first Sunday
 * in April, 02:00, to the last Sunday in October, 02:00), not the one in
 * force when the hive was written (ActiveTimeBias, here summer's). */
static void test_times_follow_the_zones_daylight_saving_rules(void **state)
{
	char *dir = test_tmpdir(), text[256];
	struct kb_error err = { "" };
	struct machine_info m, back;
	struct kb_hive *sys;
	struct json_t *o;

	(void)state;
	sys = build(dir, "SYSTEM", "@name SYSTEM\n[Select]\n\"Current\"=dword:1\n"
		    "[ControlSet001\\Control\\TimeZoneInformation]\n"
		    "\"StandardName\"=\"Pacific Standard Time\"\n"
		    "\"Bias\"=dword:1e0\n\"ActiveTimeBias\"=dword:1a4\n"
		    "\"StandardBias\"=dword:0\n\"DaylightBias\"=dword:ffffffc4\n"
		    "\"StandardStart\"=hex:00,00,0a,00,00,00,05,00,02,00,00,00,00,00,00,00\n"
		    "\"DaylightStart\"=hex:00,00,04,00,00,00,01,00,02,00,00,00,00,00,00,00\n");
	assert_int_equal(machine_read(sys, NULL, &m, &err), 0);
	assert_true(m.have_dst);
	/* 2002-06-11T10:15:42Z: summer, UTC-07:00. */
	machine_format_time(&m, 1023790542, text, sizeof text);
	assert_string_equal(text, "2002-06-11 03:15:42 (UTC-07:00)");
	/* 2002-01-15T12:00:00Z: winter, UTC-08:00, though the hive was
	 * written in summer. */
	machine_format_time(&m, 1011096000, text, sizeof text);
	assert_string_equal(text, "2002-01-15 04:00:00 (UTC-08:00)");
	/* The changes: 2002-04-07 02:00 PST is 10:00Z; 2002-10-27 02:00 PDT
	 * is 09:00Z. */
	assert_int_equal(machine_utc_offset_at(&m, 1018173600 - 1, NULL), -480);
	assert_int_equal(machine_utc_offset_at(&m, 1018173600, NULL), -420);
	assert_int_equal(machine_utc_offset_at(&m, 1035709200 - 1, NULL), -420);
	assert_int_equal(machine_utc_offset_at(&m, 1035709200, NULL), -480);
	machine_format_time_utc(&m, 1011096000, text, sizeof text);
	assert_string_equal(text, "2002-01-15T12:00:00Z (machine: 2002-01-15 04:00:00 UTC-08:00)");
	/* Console text: UTC said, the machine's clock beside it; UTC alone
	 * without a zone. */
	machine_format_time_text(&m, 1023790542, text, sizeof text);
	assert_string_equal(text, "2002-06-11 10:15:42 UTC (machine: 2002-06-11 03:15:42 UTC-07:00)");
	machine_format_time_text(NULL, 1023790542, text, sizeof text);
	assert_string_equal(text, "2002-06-11 10:15:42 UTC");
	machine_format_time_text(&m, 0, text, sizeof text);
	assert_string_equal(text, "time unknown");
	/* A recorded session keeps the rules. */
	o = machine_to_json(&m);
	assert_int_equal(machine_from_json(o, &back, &err), 0);
	machine_format_time(&back, 1011096000, text, sizeof text);
	assert_string_equal(text, "2002-01-15 04:00:00 (UTC-08:00)");
	json_decref(o);
	machine_info_clear(&back);
	machine_info_clear(&m);
	hive_close(sys);
	test_rm_rf(dir);
	free(dir);
}

/* A bias further than a day from UTC is damage: the zone is unknown and
 * times are shown in UTC, never shifted by it. */
static void test_damaged_bias_leaves_the_zone_unknown(void **state)
{
	char *dir = test_tmpdir(), text[256];
	struct kb_error err = { "" };
	struct machine_info m;
	struct kb_hive *sys;

	(void)state;
	sys = build(dir, "SYSTEM", "@name SYSTEM\n[Select]\n\"Current\"=dword:1\n"
		    "[ControlSet001\\Control\\TimeZoneInformation]\n"
		    "\"Bias\"=dword:80000000\n\"ActiveTimeBias\"=dword:80000000\n"
		    "\"StandardStart\"=hex:00,00,0a,00,00,00,05,00,02,00,00,00,00,00,00,00\n"
		    "\"DaylightStart\"=hex:00,00,04,00,00,00,01,00,02,00,00,00,00,00,00,00\n");
	assert_int_equal(machine_read(sys, NULL, &m, &err), 0);
	assert_false(m.have_bias);
	assert_false(m.have_dst);
	machine_format_time_utc(&m, 1011096000, text, sizeof text);
	assert_string_equal(text, "2002-01-15T12:00:00Z (machine's time zone unknown)");
	machine_info_clear(&m);
	hive_close(sys);
	test_rm_rf(dir);
	free(dir);
}

static void test_no_software_hive_leaves_the_version_unknown(void **state)
{
	struct machine_info m;
	struct kb_error err = { "" };
	char text[256];

	(void)state;
	assert_int_equal(machine_read(NULL, NULL, &m, &err), 0);
	assert_false(machine_version_known(&m));
	machine_describe(&m, text, sizeof text);
	assert_string_equal(text, "unknown Windows version (no SOFTWARE hive)");
	machine_format_time(&m, 1023735760, text, sizeof text);
	assert_string_equal(text, "2002-06-10 19:02:40 UTC");
	machine_info_clear(&m);
}

static void test_version_ranges(void **state)
{
	(void)state;
	assert_true(machine_version_in_range("4.0", "4.0"));
	assert_false(machine_version_in_range("4.0", "3.51"));
	assert_true(machine_version_in_range("3.51", "3.5-4.0"));
	assert_false(machine_version_in_range("3.1", "3.5-4.0"));
	assert_true(machine_version_in_range("10.0", "6.0+"));
	assert_false(machine_version_in_range("5.2", "6.0+"));
	/* 3.51 is not 3.5: minor numbers compare as numbers. */
	assert_false(machine_version_in_range("3.51", "3.5"));
	assert_true(machine_version_in_range("6", "4-6"));
}

static struct rule *rule_with_products(const char *products, struct kb_error *err)
{
	char text[2048];
	struct rule *r = NULL;

	snprintf(text, sizeof text,
		 "id: P1\narticle: P1\ntitle: t\npublished: 2002-01-01\nproducts:\n%s"
		 "symptoms:\n  - id: q\n    question: Q?\ncause: c\n"
		 "remediation:\n  - id: m\n    manual: do\nreferences: [P1]\n", products);
	if (rule_load_text("P1.yaml", text, strlen(text), &r, err) != 0)
		return NULL;
	return r;
}

static void test_loader_checks_products(void **state)
{
	struct kb_error err = { "" };
	struct rule *r;

	(void)state;
	r = rule_with_products("  - name: Windows NT Server\n    windows: [\"3.51\", \"4.0\"]\n"
			       "    role: server\n    service-pack: [\"0\", \"3-6\"]\n", &err);
	assert_non_null(r);
	assert_int_equal(r->products[0].n_windows, 2);
	assert_int_equal(r->products[0].n_service_packs, 2);
	rule_free(r);
	assert_null(rule_with_products("  - name: W\n    windows: \"four\"\n", &err));
	assert_non_null(strstr(err.msg, "products[0].windows: expected a Windows version range"));
	assert_null(rule_with_products("  - name: W\n    windows: \"4.0\"\n    role: desktop\n", &err));
	assert_non_null(strstr(err.msg, "expected workstation, server or domain-controller"));
	assert_null(rule_with_products("  - name: W\n    edition: Enterprise\n", &err));
	assert_non_null(strstr(err.msg, "needs 'windows' beside it"));
	assert_null(rule_with_products("  - name: W\n    windows: \"4.0\"\n    service-pack: [\"4\", \"SP6\"]\n", &err));
	assert_non_null(strstr(err.msg, "service-pack[1]"));
}

static void test_rule_fits_by_version_role_edition_and_service_pack(void **state)
{
	struct kb_error err = { "" };
	struct machine_info m;
	struct rule *r, *exch;
	char reason[512];
	char *suite[] = { (char *)"Enterprise" };

	(void)state;
	r = rule_with_products("  - name: Windows NT Server, Enterprise Edition\n    versions: [\"4.0\"]\n"
			       "    windows: \"4.0\"\n    role: server\n    edition: Enterprise\n"
			       "    service-pack: [\"0\", \"4-6\"]\n"
			       "  - name: Windows 2000 Advanced Server\n    windows: \"5.0\"\n"
			       "    role: server\n    edition: Enterprise\n", &err);
	exch = rule_with_products("  - name: Exchange Server\n    versions: [\"5.5\"]\n", &err);
	assert_non_null(r);
	assert_non_null(exch);
	memset(&m, 0, sizeof m);
	m.version = (char *)"4.0";
	m.product_type = (char *)"ServerNT";
	m.product_suite = suite;
	m.n_product_suite = 1;
	m.service_pack = 6;
	assert_true(machine_rule_fits(&m, r, reason, sizeof reason));
	m.service_pack = 3;
	assert_false(machine_rule_fits(&m, r, reason, sizeof reason));
	m.service_pack = 6;
	m.n_product_suite = 0;   /* a standard NT 4.0 Server */
	assert_false(machine_rule_fits(&m, r, reason, sizeof reason));
	assert_non_null(strstr(reason, "written for Windows NT Server, Enterprise Edition 4.0 or "
			       "Windows 2000 Advanced Server; this machine runs Windows NT Server 4.0"));
	m.n_product_suite = 1;
	m.product_type = (char *)"WinNT";
	assert_false(machine_rule_fits(&m, r, reason, sizeof reason));
	m.product_type = (char *)"LanmanNT";
	m.version = (char *)"5.0";
	m.service_pack = 4;      /* the 2000 product names no service pack */
	assert_true(machine_rule_fits(&m, r, reason, sizeof reason));
	m.version = (char *)"6.1";
	assert_false(machine_rule_fits(&m, r, reason, sizeof reason));
	/* A rule that names no Windows fits every machine. */
	assert_true(machine_rule_fits(&m, exch, reason, sizeof reason));
	/* And an unknown version fits every rule. */
	m.version = NULL;
	assert_true(machine_rule_fits(&m, r, reason, sizeof reason));
	rule_free(r);
	rule_free(exch);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nt4_enterprise_node_is_named_from_type_and_suite),
		cmocka_unit_test(test_times_follow_the_zones_daylight_saving_rules),
		cmocka_unit_test(test_damaged_bias_leaves_the_zone_unknown),
		cmocka_unit_test(test_no_software_hive_leaves_the_version_unknown),
		cmocka_unit_test(test_version_ranges),
		cmocka_unit_test(test_loader_checks_products),
		cmocka_unit_test(test_rule_fits_by_version_role_edition_and_service_pack),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
