/* test_session_svd.c: the service doctor in the session engine (issue
 * 20): it runs on the session's event logs and hives when the diagnosis
 * step is entered, its findings are recorded with the session and read
 * back from the record (no file read again), new evidence clears them,
 * and a damaged record is refused by name. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <jansson.h>

#include "kbwiz/session.h"
#include "kbwiz/store.h"
#include "kbwiz/svcdoctor.h"
#include "lib/evt_writer.h"
#include "lib/hive_writer.h"
#include "lib/store_fixture.h"
#include "lib/testlib.h"

/* TopSvc depends on MidSvc, which depends on LowSvc: disabled here, 3 in
 * the other control set (the repair kbwiz can make). */
static const char system_spec[] =
	"@name SYSTEM\n"
	"[Select]\n\"Current\"=dword:1\n\"LastKnownGood\"=dword:2\n"
	"[ControlSet001\\Services\\TopSvc]\n\"DisplayName\"=\"Top Service\"\n\"Type\"=dword:10\n"
	"\"Start\"=dword:2\n\"ImagePath\"=\"C:\\App\\top.exe\"\n\"DependOnService\"=multi:\"MidSvc\"\n"
	"[ControlSet001\\Services\\MidSvc]\n\"DisplayName\"=\"Mid Service\"\n\"Type\"=dword:10\n"
	"\"Start\"=dword:3\n\"ImagePath\"=\"C:\\App\\mid.exe\"\n\"DependOnService\"=multi:\"LowSvc\"\n"
	"[ControlSet001\\Services\\LowSvc]\n\"DisplayName\"=\"Low Service\"\n\"Type\"=dword:10\n"
	"\"Start\"=dword:4\n\"ImagePath\"=\"C:\\App\\low.exe\"\n"
	"[ControlSet002\\Services\\LowSvc]\n\"Start\"=dword:3\n";

struct fixture {
	char *dir;
	char db[600], hive[600], events[600], quiet[600];
	struct kb_store *store;
};

static void write_events(const char *path, int failure)
{
	static const char *const failed[] = { "Top Service", "Mid Service", "%%1068" };
	static const char *const running[] = { "Mid Service", "running" };
	struct evt_writer *w = evt_writer_new(path, NULL);

	assert_non_null(w);
	assert_int_equal(evt_writer_add(w, 1709280000, evt_identifier_for(7036, EVT_TYPE_INFORMATION),
					EVT_TYPE_INFORMATION, "Service Control Manager", "NODE1",
					running, 2, NULL), 0);
	if (failure)
		assert_int_equal(evt_writer_add(w, 1709280004, evt_identifier_for(7001, EVT_TYPE_ERROR),
						EVT_TYPE_ERROR, "Service Control Manager", "NODE1",
						failed, 3, NULL), 0);
	assert_int_equal(evt_writer_close(w, NULL), 0);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct kb_error err = { "" };

	/* No rules: the doctor needs none. */
	if (f == NULL || test_store_fixture(&f->dir, f->db, sizeof f->db, NULL, &f->store) != 0)
		return -1;
	snprintf(f->hive, sizeof f->hive, "%s/SYSTEM", f->dir);
	snprintf(f->events, sizeof f->events, "%s/SysEvent.Evt", f->dir);
	snprintf(f->quiet, sizeof f->quiet, "%s/Quiet.Evt", f->dir);
	if (hive_fixture_build(f->hive, system_spec, &err) != 0) {
		fprintf(stderr, "hive fixture: %s\n", err.msg);
		return -1;
	}
	write_events(f->events, 1);
	write_events(f->quiet, 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	test_store_fixture_free(f->dir, f->store);
	free(f);
	return 0;
}

#define CALL(expr) do { err.msg[0] = '\0'; if ((expr) != 0) fail_msg("%s: %s", #expr, err.msg); } while (0)

/* A session at the registry step with the hive and, when events is not
 * NULL, that event log, read and checked. */
static struct session *to_registry(struct fixture *f, const char *events)
{
	struct kb_error err = { "" };
	struct session *s;

	CALL(session_new(f->store, &s, &err));
	CALL(session_next(s, &err));
	CALL(session_next(s, &err));
	CALL(session_add_evidence(s, EVIDENCE_HIVE, f->hive, &err));
	if (events != NULL)
		CALL(session_add_evidence(s, EVIDENCE_EVENTS, events, &err));
	CALL(session_scan(s, NULL, NULL, &err));
	CALL(session_next(s, &err));
	CALL(session_check_registry(s, &err));
	return s;
}

static int has_line(char *const *v, size_t n, const char *text)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strstr(v[i], text) != NULL)
			return 1;
	return 0;
}

static void assert_disabled_dependency(const struct svd_report *r)
{
	const struct svd_finding *fd;

	assert_non_null(r);
	assert_null(r->error);
	assert_true(r->configuration);
	assert_int_equal(r->n, 1);
	fd = &r->v[0];
	assert_string_equal(fd->service, "TopSvc");
	assert_string_equal(fd->named_as, "Top Service");
	assert_int_equal(fd->kind, SVD_DEPENDENCY);
	assert_int_equal(fd->verdict, VERDICT_CONFIRMED);
	assert_true(fd->has_error);
	assert_int_equal(fd->error_code, 1068);
	assert_true(has_line(fd->evidence, fd->n_evidence, "LowSvc  DISABLED (Start = 4)"));
	assert_true(fd->n_reasoning > 0);
	assert_int_equal(fd->n_start_repairs, 1);
	assert_string_equal(fd->start_repairs[0], "LowSvc");
	assert_int_equal(fd->n_ids, 1);
	assert_int_equal(fd->ids[0], 7001);
	assert_int_equal(fd->first, 1709280004);
}

static void test_doctor_runs_when_the_diagnosis_step_is_entered(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session *s = to_registry(f, f->events);
	char *json = NULL;

	assert_null(session_service_doctor(s));
	CALL(session_next(s, &err));
	assert_int_equal(session_step(s), STEP_DIAGNOSIS);
	assert_disabled_dependency(session_service_doctor(s));
	/* Recorded beside the rules' findings, marked as kbwiz's own. */
	CALL(session_diagnosis_json(f->store, session_id(s), &json, &err));
	assert_non_null(strstr(json, "\"service_doctor\""));
	assert_non_null(strstr(json, "kbwiz's own reasoning, not an article's"));
	free(json);
	session_close(s);
}

static void test_findings_are_read_back_without_the_files(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session *s = to_registry(f, f->events);
	int64_t id = session_id(s);

	CALL(session_next(s, &err));
	session_close(s);
	/* Gone from the disk: the record is what a reopened session shows. */
	assert_int_equal(unlink(f->events), 0);
	assert_int_equal(unlink(f->hive), 0);
	CALL(session_open(f->store, id, &s, &err));
	assert_disabled_dependency(session_service_doctor(s));
	/* And a finished session keeps them. */
	/* No rule chosen: the summary comes next. */
	CALL(session_next(s, &err));
	CALL(session_finish(s, SESSION_NOT_RESOLVED, "", &err));
	session_close(s);
	CALL(session_open(f->store, id, &s, &err));
	assert_disabled_dependency(session_service_doctor(s));
	session_close(s);
}

static void test_new_evidence_clears_and_the_step_runs_it_again(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session *s = to_registry(f, f->quiet);
	int64_t id = session_id(s);
	char *json = NULL;

	CALL(session_next(s, &err));
	/* Events with no failure: it ran and found nothing. */
	assert_non_null(session_service_doctor(s));
	assert_int_equal(session_service_doctor(s)->n, 0);
	assert_int_equal(session_service_doctor(s)->events_read, 1);
	CALL(session_back(s, &err));
	CALL(session_back(s, &err));
	CALL(session_add_evidence(s, EVIDENCE_EVENTS, f->events, &err));
	assert_null(session_service_doctor(s));
	/* The next findings recorded (the scan's) are without it. */
	CALL(session_scan(s, NULL, NULL, &err));
	CALL(session_diagnosis_json(f->store, id, &json, &err));
	assert_true(json == NULL || strstr(json, "service_doctor") == NULL);
	free(json);
	CALL(session_next(s, &err));
	CALL(session_check_registry(s, &err));
	CALL(session_next(s, &err));
	assert_disabled_dependency(session_service_doctor(s));
	session_close(s);
}

/* The scan's read of the event files is the one the unexplained events
 * and the doctor use: with the file gone after the scan, the registry
 * step (which lists the unexplained events again) and the diagnosis step
 * (which runs the doctor) still have its events; reading the file a
 * second time would fail. */
static void test_the_events_are_read_once_by_the_scan(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session *s;
	char *json = NULL;

	CALL(session_new(f->store, &s, &err));
	CALL(session_next(s, &err));
	CALL(session_next(s, &err));
	CALL(session_add_evidence(s, EVIDENCE_HIVE, f->hive, &err));
	CALL(session_add_evidence(s, EVIDENCE_EVENTS, f->events, &err));
	CALL(session_scan(s, NULL, NULL, &err));
	assert_int_equal(unlink(f->events), 0);
	CALL(session_next(s, &err));
	CALL(session_check_registry(s, &err));
	CALL(session_next(s, &err));
	assert_int_equal(session_step(s), STEP_DIAGNOSIS);
	assert_disabled_dependency(session_service_doctor(s));
	assert_int_equal(session_service_doctor(s)->events_read, 2);
	CALL(session_diagnosis_json(f->store, session_id(s), &json, &err));
	assert_non_null(json);
	/* the 7001 error, which no rule explains, listed after the registry
	 * step's second listing */
	assert_non_null(strstr(json, "\"unexplained\""));
	assert_non_null(strstr(json, "7001"));
	free(json);
	session_close(s);
}

static void test_no_event_log_no_doctor(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session *s = to_registry(f, NULL);
	char *json = NULL;

	CALL(session_next(s, &err));
	assert_null(session_service_doctor(s));
	CALL(session_diagnosis_json(f->store, session_id(s), &json, &err));
	assert_non_null(json);
	assert_null(strstr(json, "service_doctor"));
	free(json);
	session_close(s);
}

static void test_damaged_record_is_refused(void **state)
{
	static const char *const bad[] = {
		"{\"findings\": 3}",
		"{\"findings\": [{\"kind\": \"no-such-kind\", \"verdict\": \"confirmed\"}]}",
		"{\"findings\": [{\"kind\": \"dependency\", \"verdict\": \"sure\"}]}",
		"[]",
	};
	struct kb_error err = { "" };
	struct svd_report *r = (struct svd_report *)&err;
	json_t *o;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		o = json_loads(bad[i], JSON_DECODE_ANY, NULL);
		assert_non_null(o);
		assert_int_equal(svd_from_json(o, &r, &err), KB_EFORMAT);
		assert_null(r);
		assert_non_null(strstr(err.msg, "service doctor"));
		json_decref(o);
	}
	/* A recorded failure reads back as such. */
	o = json_loads("{\"source\": \"kbwiz's own reasoning, not an article's\", \"error\": "
		       "\"SysEvent.Evt: not an event log\", \"findings\": []}", 0, NULL);
	assert_int_equal(svd_from_json(o, &r, &err), 0);
	assert_string_equal(r->error, "SysEvent.Evt: not an event log");
	assert_int_equal(r->n, 0);
	svd_free(r);
	json_decref(o);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_doctor_runs_when_the_diagnosis_step_is_entered, setup, teardown),
		cmocka_unit_test_setup_teardown(test_findings_are_read_back_without_the_files, setup, teardown),
		cmocka_unit_test_setup_teardown(test_new_evidence_clears_and_the_step_runs_it_again, setup, teardown),
		cmocka_unit_test_setup_teardown(test_the_events_are_read_once_by_the_scan, setup, teardown),
		cmocka_unit_test_setup_teardown(test_no_event_log_no_doctor, setup, teardown),
		cmocka_unit_test(test_damaged_record_is_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
