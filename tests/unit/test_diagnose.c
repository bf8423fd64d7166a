/* test_diagnose.c: the verdicts of the diagnosis engine, one test per
 * verdict, on a small rule of our own and evidence built here: hives from
 * specs, events with evt_writer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <jansson.h>

#include "kbwiz/diagnose.h"
#include "lib/evt_writer.h"
#include "lib/hive_writer.h"
#include "kbwiz/rule_load.h"
#include "lib/testlib.h"

/* A rule written for NT 4.0 Server, Enterprise Edition: event 7023 for
 * "Test Service" is the symptom, Services\TestSvc\Start = 2 the check. */
static const char rule_yaml[] =
	"id: T1\n"
	"article: T1\n"
	"title: Test service does not start\n"
	"published: 2002-01-01\n"
	"products:\n"
	"  - name: Windows NT Server, Enterprise Edition\n"
	"    versions: [\"4.0\"]\n"
	"    windows: \"4.0\"\n"
	"    role: server\n"
	"    edition: Enterprise\n"
	"symptoms:\n"
	"  - id: ev\n"
	"    event: {log: System, id: 7023, source: Service Control Manager, text: [\"Test Service\"]}\n"
	"cause: The start type is wrong.\n"
	"checks:\n"
	"  - id: start\n"
	"    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\TestSvc'\n"
	"    value: Start\n"
	"    type: REG_DWORD\n"
	"    expect: equals\n"
	"    data: 2\n"
	"remediation:\n"
	"  - id: fix\n"
	"    manual: Set it back.\n"
	"references: [T1]\n";

/* A second rule with only a question, for the ranking. */
static const char rule2_yaml[] =
	"id: T2\n"
	"article: T2\n"
	"title: Something else\n"
	"published: 2002-01-01\n"
	"products:\n"
	"  - name: Exchange Server\n"
	"symptoms:\n"
	"  - id: q\n"
	"    question: Did it happen?\n"
	"cause: Because.\n"
	"checks:\n"
	"  - id: other\n"
	"    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Other'\n"
	"    expect: key-exists\n"
	"remediation:\n"
	"  - id: fix\n"
	"    manual: Do it.\n"
	"references: [T2]\n";

static const char system_spec[] =
	"@name SYSTEM\n"
	"[Select]\n\"Current\"=dword:1\n"
	"[ControlSet001\\Control\\ComputerName\\ComputerName]\n\"ComputerName\"=\"NODE9\"\n"
	"[ControlSet001\\Control\\ProductOptions]\n\"ProductType\"=\"ServerNT\"\n"
	"\"ProductSuite\"=multi:\"Enterprise\"\n"
	"[ControlSet001\\Services\\TestSvc]\n\"Start\"=dword:%d\n";

static const char nt4_spec[] =
	"@name SOFTWARE\n"
	"[Microsoft\\Windows NT\\CurrentVersion]\n\"CurrentVersion\"=\"4.0\"\n"
	"\"CurrentBuildNumber\"=\"1381\"\n\"CSDVersion\"=\"Service Pack 6\"\n";

static const char win7_spec[] =
	"@name SOFTWARE\n"
	"[Microsoft\\Windows NT\\CurrentVersion]\n\"ProductName\"=\"Windows 7 Professional\"\n"
	"\"CurrentVersion\"=\"6.1\"\n\"CurrentBuildNumber\"=\"7601\"\n"
	"\"CSDVersion\"=\"Service Pack 1\"\n\"EditionID\"=\"Professional\"\n";

struct fx {
	char *dir;
	struct evidence_set ev;
	struct diagnosis *d;
};

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);

	if (f == NULL || (f->dir = test_tmpdir()) == NULL)
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;

	diagnosis_free(f->d);
	evidence_set_free(&f->ev);
	test_rm_rf(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

static void add_system(struct fx *f, int start)
{
	struct kb_error msg = { "" };
	char path[700], spec[2048];
	struct kb_error err = { "" };

	snprintf(path, sizeof path, "%s/SYSTEM", f->dir);
	snprintf(spec, sizeof spec, system_spec, start);
	if (hive_fixture_build(path, spec, &msg) != 0)
		fail_msg("SYSTEM: %s", msg.msg);
	assert_int_equal(evidence_add(&f->ev, EVIDENCE_HIVE, path, &err), 0);
}

static void add_software(struct fx *f, const char *spec)
{
	struct kb_error msg = { "" };
	char path[700];
	struct kb_error err = { "" };

	snprintf(path, sizeof path, "%s/SOFTWARE", f->dir);
	if (hive_fixture_build(path, spec, &msg) != 0)
		fail_msg("SOFTWARE: %s", msg.msg);
	assert_int_equal(evidence_add(&f->ev, EVIDENCE_HIVE, path, &err), 0);
}

/* The 7023 event at time t (Unix seconds). */
static void add_event(struct fx *f, int64_t t)
{
	static const char *const strings[] = { "Test Service", "%%1058" };
	struct kb_error err = { "" };
	struct evt_writer *w;
	char path[700];

	snprintf(path, sizeof path, "%s/SysEvent.Evt", f->dir);
	w = evt_writer_new(path, NULL);
	assert_non_null(w);
	assert_int_equal(evt_writer_add(w, t, evt_identifier_for(7023, EVT_TYPE_ERROR), EVT_TYPE_ERROR,
					"Service Control Manager", "NODE9", strings, 2, NULL), 0);
	assert_int_equal(evt_writer_close(w, NULL), 0);
	assert_int_equal(evidence_add(&f->ev, EVIDENCE_EVENTS, path, &err), 0);
}

static void load(struct fx *f, int with_second)
{
	struct kb_error err = { "" };
	struct rule *rules[2];

	if (rule_load_text("T1.yaml", rule_yaml, strlen(rule_yaml), &rules[0], &err) != 0)
		fail_msg("rule: %s", err.msg);
	if (with_second &&
	    rule_load_text("T2.yaml", rule2_yaml, strlen(rule2_yaml), &rules[1], &err) != 0)
		fail_msg("rule 2: %s", err.msg);
	assert_int_equal(diagnosis_new(rules, with_second ? 2 : 1, &f->d, &err), 0);
}

static const struct diag_rule *run(struct fx *f)
{
	struct kb_error err = { "" };

	if (diagnosis_run(f->d, &f->ev, NULL, NULL, &err) != 0)
		fail_msg("run: %s", err.msg);
	return diagnosis_find(f->d, "T1");
}

/* 2002-06-11, after the fixture hives' key times (2000-01-01). */
#define EVENT_2002 1023790142
/* 1999-12-30, before them. */
#define EVENT_1999 946548942

static void test_symptom_and_failed_check_is_confirmed(void **state)
{
	struct fx *f = *state;
	const struct diag_rule *dr;

	add_system(f, 3);
	add_software(f, nt4_spec);
	add_event(f, EVENT_2002);
	load(f, 0);
	dr = run(f);
	assert_int_equal(dr->verdict, VERDICT_CONFIRMED);
	assert_true(dr->diagnosed);
	assert_int_equal(diagnosis_count_verdict(f->d, VERDICT_CONFIRMED), 1);
	assert_null(dr->verdict_note);
}

static void test_failed_check_without_symptom_is_possible(void **state)
{
	struct fx *f = *state;
	const struct diag_rule *dr;

	add_system(f, 3);
	add_software(f, nt4_spec);
	load(f, 0);
	dr = run(f);
	assert_int_equal(dr->verdict, VERDICT_POSSIBLE);
	assert_non_null(strstr(dr->verdict_note, "no symptom was seen"));
	assert_int_equal(diagnosis_count_verdict(f->d, VERDICT_CONFIRMED), 0);
}

static void test_symptom_without_hive_is_possible(void **state)
{
	struct fx *f = *state;
	const struct diag_rule *dr;

	add_event(f, EVENT_2002);
	load(f, 0);
	dr = run(f);
	assert_int_equal(dr->verdict, VERDICT_POSSIBLE);
	assert_non_null(strstr(dr->verdict_note, "nothing could check the cause"));
}

/* T1 with its check gated (when-symptom) on a second event, described,
 * and a third check gated on a question. */
static const char gated_yaml[] =
	"id: T1\n"
	"article: T1\n"
	"title: Test service does not start\n"
	"published: 2002-01-01\n"
	"products:\n"
	"  - name: Windows NT Server\n"
	"    windows: \"4.0\"\n"
	"symptoms:\n"
	"  - id: ev\n"
	"    event: {log: System, id: 7023, source: Service Control Manager, text: [\"Test Service\"]}\n"
	"  - id: hung\n"
	"    description: The Test service hangs at start.\n"
	"    event: {log: System, id: 7022, source: Service Control Manager}\n"
	"  - id: moved\n"
	"    question: >\n"
	"      Was the Test service moved to\n"
	"      another disk?\n"
	"cause: The start type is wrong.\n"
	"checks:\n"
	"  - id: start\n"
	"    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\TestSvc'\n"
	"    value: Start\n"
	"    type: REG_DWORD\n"
	"    expect: equals\n"
	"    data: 2\n"
	"    when-symptom: %s\n"
	"remediation:\n"
	"  - id: fix\n"
	"    manual: Set it back.\n"
	"references: [T1]\n";

static void load_gated(struct fx *f, const char *gate)
{
	struct kb_error err = { "" };
	struct rule *r;
	char yaml[sizeof gated_yaml + 64];

	snprintf(yaml, sizeof yaml, gated_yaml, gate);
	if (rule_load_text("T1.yaml", yaml, strlen(yaml), &r, &err) != 0)
		fail_msg("rule: %s", err.msg);
	assert_int_equal(diagnosis_new(&r, 1, &f->d, &err), 0);
}

/* A symptom seen, a hive given, but the check waits for a symptom not
 * seen: the note names what it waits for in the rule's words, not "no
 * hive". */
static void test_gated_checks_name_the_symptom_they_wait_for(void **state)
{
	struct fx *f = *state;
	const struct diag_rule *dr;

	add_system(f, 3);
	add_software(f, nt4_spec);
	add_event(f, EVENT_2002);
	load_gated(f, "hung");
	dr = run(f);
	assert_int_equal(dr->verdict, VERDICT_POSSIBLE);
	assert_string_equal(dr->verdict_note, "a symptom was seen, but its check waits for symptom "
			    "hung, not seen: The Test service hangs at start.");
	diagnosis_free(f->d);
	f->d = NULL;
	load_gated(f, "moved");
	dr = run(f);
	assert_string_equal(dr->verdict_note, "a symptom was seen, but its check waits for the "
			    "answer to: Was the Test service moved to another disk?");
}

/* A SYSTEM hive given but damaged: its checks say so, naming the file and
 * why, not "no SYSTEM hive supplied", and the rule is only possible. */
static void test_damaged_system_hive_is_named_in_its_checks(void **state)
{
	struct fx *f = *state;
	struct kb_error err = { "" };
	const struct diag_rule *dr;
	char path[700];
	FILE *fp;

	snprintf(path, sizeof path, "%s/SYSTEM", f->dir);
	assert_non_null(fp = fopen(path, "wb"));
	fputs("regf but nothing else", fp);
	fclose(fp);
	assert_int_equal(evidence_add(&f->ev, EVIDENCE_HIVE, path, &err), 0);
	add_event(f, EVENT_2002);
	load(f, 0);
	dr = run(f);
	assert_int_equal(dr->verdict, VERDICT_POSSIBLE);
	assert_int_equal(dr->n_unread_checks, 1);
	assert_int_equal(dr->checks[0].status, CHECK_NOT_CHECKED);
	assert_non_null(dr->checks[0].detail);
	assert_true(strncmp(dr->checks[0].detail, "the SYSTEM hive ", 16) == 0);
	assert_non_null(strstr(dr->checks[0].detail, "/SYSTEM could not be read: "));
	assert_non_null(strstr(dr->verdict_note, "the cause could not be checked"));
}

/* Nothing read is said as such, naming where it looked; one file read is
 * evidence. */
static void test_no_evidence_is_said_plainly(void **state)
{
	struct fx *f = *state;
	char buf[1024];

	load(f, 0);
	(void)run(f);
	assert_int_equal(diagnosis_no_evidence(f->d, "/mnt/vol", buf, sizeof buf), 1);
	assert_true(strncmp(buf, "no evidence: nothing to judge", 29) == 0);
	assert_non_null(strstr(buf, "/mnt/vol"));
}

static void test_one_readable_file_is_evidence(void **state)
{
	struct fx *f = *state;
	char buf[1024] = "";

	add_event(f, EVENT_2002);
	load(f, 0);
	(void)run(f);
	assert_int_equal(diagnosis_no_evidence(f->d, NULL, buf, sizeof buf), 0);
}

static void test_symptom_with_passing_checks_is_cause_not_found(void **state)
{
	struct fx *f = *state;
	const struct diag_rule *dr;

	add_system(f, 2);
	add_software(f, nt4_spec);
	add_event(f, EVENT_2002);
	load(f, 0);
	dr = run(f);
	assert_int_equal(dr->verdict, VERDICT_CAUSE_NOT_FOUND);
	assert_non_null(strstr(dr->verdict_note, "last resort"));
}

static void test_recorded_repair_with_passing_checks_is_repaired(void **state)
{
	struct fx *f = *state;
	struct kb_error err = { "" };
	const struct diag_rule *dr;

	add_system(f, 2);
	add_software(f, nt4_spec);
	add_event(f, EVENT_2002);
	load(f, 0);
	assert_int_equal(diagnosis_add_repair(f->d, "T1", f->ev.files[0].path, 7,
					      "2026-11-30T10:00:00Z", &err), 0);
	dr = run(f);
	assert_int_equal(dr->verdict, VERDICT_REPAIRED);
	assert_false(dr->diagnosed);
	assert_non_null(strstr(dr->verdict_note, "in session 7 on 2026-11-30 10:00:00"));
	assert_non_null(strstr(dr->verdict_note, "older than the repair"));
	assert_non_null(strstr(dr->verdict_note, "collect new logs"));
}

static void test_recorded_repair_with_a_failing_check_is_not_repaired(void **state)
{
	struct fx *f = *state;
	struct kb_error err = { "" };

	add_system(f, 3);
	add_event(f, EVENT_2002);
	load(f, 0);
	assert_int_equal(diagnosis_add_repair(f->d, "T1", f->ev.files[0].path, 0,
					      "2026-11-30T10:00:00Z", &err), 0);
	assert_int_equal(run(f)->verdict, VERDICT_CONFIRMED);
}

static void test_symptoms_older_than_every_checked_key_are_repaired(void **state)
{
	struct fx *f = *state;
	const struct diag_rule *dr;

	add_system(f, 2);
	add_event(f, EVENT_1999);
	load(f, 0);
	dr = run(f);
	assert_int_equal(dr->verdict, VERDICT_REPAIRED);
	assert_true(dr->keys_written > dr->last_symptom_time);
	assert_non_null(strstr(dr->verdict_note, "written after the last symptom"));
}

static void test_other_windows_version_is_not_applicable(void **state)
{
	struct fx *f = *state;
	const struct diag_rule *dr;

	add_system(f, 3);
	add_software(f, win7_spec);
	add_event(f, EVENT_2002);
	load(f, 0);
	dr = run(f);
	assert_int_equal(dr->verdict, VERDICT_NOT_APPLICABLE);
	assert_string_equal(dr->not_applicable_reason,
			    "written for Windows NT Server, Enterprise Edition 4.0; this machine runs "
			    "Windows 7 Professional 6.1 (build 7601, Service Pack 1)");
	assert_false(dr->diagnosed);
}

static void test_unknown_version_stays_applicable_and_says_so(void **state)
{
	struct fx *f = *state;
	const struct diag_rule *dr;

	add_system(f, 3);
	add_event(f, EVENT_2002);
	load(f, 0);
	dr = run(f);
	assert_int_equal(dr->verdict, VERDICT_CONFIRMED);
	assert_non_null(strstr(dr->verdict_note, "the Windows version could not be read (no SOFTWARE hive)"));
}

static void test_confirmed_ranks_above_possible(void **state)
{
	struct fx *f = *state;
	struct kb_error err = { "" };

	add_system(f, 3);    /* T1's check fails; T2's key is missing */
	add_event(f, EVENT_2002);
	load(f, 1);
	/* T2 gets the higher score (two answers' worth and a failed check)
	 * but no event: it must still rank below the confirmed T1. */
	assert_int_equal(diagnosis_set_candidate(f->d, "T2", 1, &err), 0);
	assert_int_equal(diagnosis_run(f->d, &f->ev, NULL, NULL, &err), 0);
	assert_string_equal(f->d->rules[0].rule->id, "T1");
	assert_int_equal(f->d->rules[0].verdict, VERDICT_CONFIRMED);
	assert_int_equal(f->d->rules[1].verdict, VERDICT_POSSIBLE);
}

/* Event times in the document are ISO 8601 UTC (null when unknown), the
 * form the reports and `kbwiz events --json` use; sessions recorded with
 * schema 2 hold numbers, and read back the same. */
static void test_event_times_are_iso_and_old_numbers_read_back(void **state)
{
	struct fx *f = *state;
	struct kb_error err = { "" };
	struct diagnosis *back = NULL;
	struct diag_event unknown;
	struct rule *rule;
	char *json = NULL, *old, *at, number[32];
	json_t *o;
	int64_t t;
	size_t n;

	add_system(f, 3);
	add_event(f, EVENT_2002);
	load(f, 0);
	run(f);
	t = f->d->rules[0].symptoms[0].first.time;
	assert_true(t != 0);
	assert_int_equal(diagnosis_to_json(f->d, &json, &err), 0);
	at = strstr(json, "\"time\": \"2002-");
	assert_non_null(at);
	/* The same document as schema 2 wrote it: the time a number. */
	n = strlen(json) + 32;
	old = malloc(n);
	assert_non_null(old);
	snprintf(number, sizeof number, "%lld", (long long)t);
	snprintf(old, n, "%.*s\"time\": %s%s", (int)(at - json), json, number,
		 strchr(at + 9, '"') + 1);
	assert_int_equal(rule_load_text("T1.yaml", rule_yaml, strlen(rule_yaml), &rule, &err), 0);
	assert_int_equal(diagnosis_new(&rule, 1, &back, &err), 0);
	assert_int_equal(diagnosis_restore_json(back, old, &err), 0);
	assert_int_equal(back->rules[0].symptoms[0].first.time, t);
	assert_int_equal(diagnosis_restore_json(back, json, &err), 0);
	assert_int_equal(back->rules[0].symptoms[0].first.time, t);
	memset(&unknown, 0, sizeof unknown);
	o = diag_event_to_json(&unknown);
	assert_true(json_is_null(json_object_get(o, "time")));
	json_decref(o);
	diagnosis_free(back);
	free(old);
	free(json);
}

static void test_verdict_and_machine_survive_json(void **state)
{
	struct fx *f = *state;
	struct kb_error err = { "" };
	struct diagnosis *back = NULL;
	struct rule *rule;
	char *json = NULL;

	add_system(f, 3);
	add_software(f, nt4_spec);
	add_event(f, EVENT_2002);
	load(f, 0);
	run(f);
	assert_int_equal(diagnosis_to_json(f->d, &json, &err), 0);
	assert_non_null(strstr(json, "\"schema\": \"kbwiz-diagnosis/3\""));
	assert_int_equal(rule_load_text("T1.yaml", rule_yaml, strlen(rule_yaml), &rule, &err), 0);
	assert_int_equal(diagnosis_new(&rule, 1, &back, &err), 0);
	assert_int_equal(diagnosis_restore_json(back, json, &err), 0);
	assert_int_equal(back->rules[0].verdict, VERDICT_CONFIRMED);
	assert_string_equal(back->machine.computer_name, "NODE9");
	assert_string_equal(back->machine.version, "4.0");
	assert_int_equal(back->machine.service_pack, 6);
	/* Ranking again after the restore keeps the verdict. */
	assert_int_equal(diagnosis_rank(back, &err), 0);
	assert_int_equal(back->rules[0].verdict, VERDICT_CONFIRMED);
	diagnosis_free(back);
	free(json);
}

static void test_verdict_names(void **state)
{
	(void)state;
	assert_string_equal(diag_verdict_name(VERDICT_CAUSE_NOT_FOUND), "cause not found");
	assert_string_equal(diag_verdict_id(VERDICT_CAUSE_NOT_FOUND), "cause-not-found");
	assert_int_equal(diag_verdict_from_id("not-applicable"), VERDICT_NOT_APPLICABLE);
	assert_int_equal(diag_verdict_from_id("repaired"), VERDICT_REPAIRED);
	assert_int_equal(diag_verdict_from_id("sure"), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_symptom_and_failed_check_is_confirmed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_check_without_symptom_is_possible, setup, teardown),
		cmocka_unit_test_setup_teardown(test_symptom_without_hive_is_possible, setup, teardown),
		cmocka_unit_test_setup_teardown(test_gated_checks_name_the_symptom_they_wait_for, setup, teardown),
		cmocka_unit_test_setup_teardown(test_symptom_with_passing_checks_is_cause_not_found, setup, teardown),
		cmocka_unit_test_setup_teardown(test_damaged_system_hive_is_named_in_its_checks, setup, teardown),
		cmocka_unit_test_setup_teardown(test_no_evidence_is_said_plainly, setup, teardown),
		cmocka_unit_test_setup_teardown(test_one_readable_file_is_evidence, setup, teardown),
		cmocka_unit_test_setup_teardown(test_recorded_repair_with_passing_checks_is_repaired, setup, teardown),
		cmocka_unit_test_setup_teardown(test_recorded_repair_with_a_failing_check_is_not_repaired, setup, teardown),
		cmocka_unit_test_setup_teardown(test_symptoms_older_than_every_checked_key_are_repaired, setup, teardown),
		cmocka_unit_test_setup_teardown(test_other_windows_version_is_not_applicable, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unknown_version_stays_applicable_and_says_so, setup, teardown),
		cmocka_unit_test_setup_teardown(test_confirmed_ranks_above_possible, setup, teardown),
		cmocka_unit_test_setup_teardown(test_verdict_and_machine_survive_json, setup, teardown),
		cmocka_unit_test_setup_teardown(test_event_times_are_iso_and_old_numbers_read_back, setup, teardown),
		cmocka_unit_test(test_verdict_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
