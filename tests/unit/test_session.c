/* test_session.c: the wizard's engine driven without a terminal: every
 * step, back navigation, every outcome, the history, and resuming after
 * the process is killed at each step. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pwd.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include <sqlite3.h>

#include "kbwiz/fix.h"
#include "kbwiz/rule_load.h"
#include "kbwiz/session.h"
#include "kbwiz/store.h"
#include "lib/evt_writer.h"
#include "lib/hive_writer.h"
#include "lib/store_fixture.h"
#include "lib/testlib.h"

struct fixture {
	char *dir;
	char db[600];
	char hive[600];
	char log[600];
	char events[600];
	struct kb_store *store;
};

static void write_events(const char *path, int with_failure)
{
	static const char *const start[] = { "Cluster Server", "running" };
	static const char *const failed[] = { "Cluster Server", "%%1720" };
	struct evt_writer *w = evt_writer_new(path, NULL);

	assert_non_null(w);
	assert_int_equal(evt_writer_add(w, 1023790000, evt_identifier_for(6005, EVT_TYPE_INFORMATION),
					EVT_TYPE_INFORMATION, "EventLog", "NODE1", NULL, 0, NULL), 0);
	assert_int_equal(evt_writer_add(w, 1023790100, evt_identifier_for(7036, EVT_TYPE_INFORMATION),
					EVT_TYPE_INFORMATION, "Service Control Manager", "NODE1",
					start, 2, NULL), 0);
	if (with_failure)
		assert_int_equal(evt_writer_add(w, 1023790142, evt_identifier_for(7023, EVT_TYPE_ERROR),
						EVT_TYPE_ERROR, "Service Control Manager", "NODE1",
						failed, 2, NULL), 0);
	assert_int_equal(evt_writer_close(w, NULL), 0);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct kb_error msg = { "" };

	if (f == NULL || test_store_fixture(&f->dir, f->db, sizeof f->db, "kb", &f->store) != 0)
		return -1;
	snprintf(f->hive, sizeof f->hive, "%s/SYSTEM", f->dir);
	snprintf(f->events, sizeof f->events, "%s/SysEvent.Evt", f->dir);
	snprintf(f->log, sizeof f->log, "tests/fixtures/logs/cluster_nt_q262832.log");
	if (hive_fixture_build_file(f->hive, "tests/fixtures/hives/q262832-transports-lacks-clusnet.spec",
				    &msg) != 0) {
		fprintf(stderr, "hive fixture: %s\n", msg.msg);
		return -1;
	}
	write_events(f->events, 1);
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

#define OK(call) do { struct kb_error e_ = { "" }; \
	if ((call) != 0) fail_msg("%s: %s", #call, e_.msg); } while (0)
/* The calls below pass &err; OK() gives the message on failure. */
#define CALL(expr) do { err.msg[0] = '\0'; if ((expr) != 0) fail_msg("%s: %s", #expr, err.msg); } while (0)

/* Walk a session forward until it stands at `until` (STEP_SUMMARY + 1
 * means: finish it as resolved). */
static struct session *walk(struct fixture *f, int until)
{
	struct kb_error err = { "" };
	struct search_hit hits[10];
	struct session_case c;
	struct session *s;
	size_t n;

	CALL(session_new(f->store, &s, &err));
	if (until <= STEP_CASE)
		return s;
	memset(&c, 0, sizeof c);
	snprintf(c.technician, sizeof c.technician, "tester");
	snprintf(c.label, sizeof c.label, "NODE1 case 4711");
	snprintf(c.notes, sizeof c.notes, "Cluster service will not start after NIC change");
	CALL(session_set_case(s, &c, &err));
	CALL(session_next(s, &err));
	if (until <= STEP_SYMPTOMS)
		return s;
	CALL(session_search(s, "7023", hits, 10, &n, &err));
	assert_true(n >= 1);
	CALL(session_pick_symptom(s, "Q262832", "scm-7023", &err));
	CALL(session_answer(s, "Q262832", "network-change", 1, &err));
	CALL(session_next(s, &err));
	if (until <= STEP_EVIDENCE)
		return s;
	CALL(session_add_evidence(s, EVIDENCE_HIVE, f->hive, &err));
	CALL(session_add_evidence(s, EVIDENCE_LOG, f->log, &err));
	CALL(session_add_evidence(s, EVIDENCE_EVENTS, f->events, &err));
	CALL(session_scan(s, NULL, NULL, &err));
	CALL(session_next(s, &err));
	if (until <= STEP_REGISTRY)
		return s;
	CALL(session_check_registry(s, &err));
	CALL(session_next(s, &err));
	if (until <= STEP_DIAGNOSIS)
		return s;
	CALL(session_next(s, &err));
	if (until <= STEP_REMEDIATION)
		return s;
	CALL(session_set_fix(s, "backup", FIXST_DONE, "copied SYSTEM to a USB stick", &err));
	CALL(session_set_fix(s, "add-transports-entry", FIXST_DONE, NULL, &err));
	CALL(session_set_fix(s, "reinstall-cluster-service", FIXST_SKIPPED, "not needed", &err));
	CALL(session_next(s, &err));
	if (until <= STEP_SUMMARY)
		return s;
	CALL(session_finish(s, SESSION_RESOLVED, "service starts again", &err));
	return s;
}

static void test_new_session_starts_at_case_with_login_name(void **state)
{
	struct fixture *f = *state;
	struct session *s = walk(f, STEP_CASE);
	struct passwd *pw = getpwuid(getuid());

	assert_int_equal(session_step(s), STEP_CASE);
	assert_int_equal(session_state(s), SESSION_IN_PROGRESS);
	assert_string_equal(session_step_name(session_step(s)), "Case details");
	if (pw != NULL)
		assert_string_equal(session_get_case(s)->technician, pw->pw_name);
	assert_true(session_can_advance(s, NULL, 0));
	session_close(s);
}

static void test_full_walk_diagnoses_q262832_and_finishes(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session_fix fixes[32];
	const struct diagnosis *d;
	struct session *s;
	size_t n, i;
	int found_transports = 0, found_key = 0;

	s = walk(f, STEP_REMEDIATION);
	assert_int_equal(session_step(s), STEP_REMEDIATION);
	d = session_diagnosis(s);
	assert_true(d->rules[0].diagnosed);
	assert_string_equal(d->rules[0].rule->id, "Q262832");
	assert_non_null(strstr(d->rules[0].why, "Clusnet missing"));
	assert_non_null(strstr(d->rules[0].why, "16 of 16 lines in order"));
	assert_non_null(strstr(d->rules[0].why, "event 7023 from Service Control Manager seen 1 time"));
	assert_string_equal(session_chosen(s), "Q262832");
	n = session_fixes(s, fixes, 32);
	assert_true(n >= 5);
	for (i = 0; i < n; i++) {
		if (strcmp(fixes[i].fix->id, "add-transports-entry") == 0) {
			found_transports = 1;
			assert_int_equal(fixes[i].needed, 1);
		}
		if (strcmp(fixes[i].fix->id, "add-provider-key") == 0) {
			found_key = 1;
			assert_int_equal(fixes[i].needed, 0);   /* its check passed */
		}
		assert_int_equal(fixes[i].status, FIXST_PENDING);
	}
	assert_true(found_transports && found_key);
	/* Steps left pending: the engine does not suggest "resolved". */
	assert_int_equal(session_suggested_outcome(s), SESSION_NOT_RESOLVED);
	for (i = 0; i < n; i++)
		if (fixes[i].fix->kind != FIX_LAST_RESORT)
			CALL(session_set_fix(s, fixes[i].fix->id,
					     fixes[i].needed == 0 ? FIXST_SKIPPED : FIXST_DONE, NULL, &err));
	assert_int_equal(session_suggested_outcome(s), SESSION_RESOLVED);
	CALL(session_set_fix(s, "add-transports-entry", FIXST_DONE, "added with regedit", &err));
	CALL(session_next(s, &err));
	assert_int_equal(session_step(s), STEP_SUMMARY);
	assert_false(session_can_advance(s, NULL, 0));
	CALL(session_finish(s, SESSION_RESOLVED, "node joined", &err));
	assert_int_equal(session_state(s), SESSION_RESOLVED);
	assert_true(session_read_only(s));
	/* A finished session is a record: it cannot be changed. */
	assert_int_equal(session_set_fix(s, "backup", FIXST_DONE, NULL, &err), KB_EREFUSED);
	assert_non_null(strstr(err.msg, "is resolved: it can be read, not changed"));
	assert_int_equal(session_back(s, &err), KB_EREFUSED);
	session_close(s);
}

static void test_evidence_must_be_read_before_moving_on(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	char reason[200];
	struct session *s = walk(f, STEP_EVIDENCE);

	CALL(session_add_evidence(s, EVIDENCE_LOG, f->log, &err));
	assert_false(session_can_advance(s, reason, sizeof reason));
	assert_string_equal(reason, "read the evidence first (scan), or remove it");
	assert_int_equal(session_next(s, &err), KB_EINVAL);
	CALL(session_scan(s, NULL, NULL, &err));
	assert_true(session_can_advance(s, NULL, 0));
	/* New evidence makes the findings stale again. */
	CALL(session_add_evidence(s, EVIDENCE_EVENTS, f->events, &err));
	assert_false(session_scanned(s));
	assert_false(session_can_advance(s, NULL, 0));
	CALL(session_remove_evidence(s, 1, &err));
	CALL(session_remove_evidence(s, 0, &err));
	assert_int_equal(session_evidence(s)->n, 0);
	assert_true(session_can_advance(s, NULL, 0));
	assert_int_equal(session_add_evidence(s, EVIDENCE_LOG, "/nonexistent/cluster.log", &err), KB_EIO);
	assert_string_equal(err.msg, "/nonexistent/cluster.log: No such file or directory");
	session_close(s);
}

static void test_registry_checks_must_run_when_hives_are_given(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	char reason[200];
	struct session *s = walk(f, STEP_REGISTRY);

	assert_false(session_can_advance(s, reason, sizeof reason));
	assert_string_equal(reason, "run the registry checks first, or remove the hives");
	CALL(session_check_registry(s, &err));
	assert_true(session_registry_checked(s));
	assert_true(session_can_advance(s, NULL, 0));
	session_close(s);
}

static void test_back_goes_one_step_and_stops_at_the_first(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session *s = walk(f, STEP_EVIDENCE);

	CALL(session_back(s, &err));
	assert_int_equal(session_step(s), STEP_SYMPTOMS);
	/* The choices made in a step survive going back through it. */
	assert_int_equal(session_n_candidates(s), 1);
	CALL(session_back(s, &err));
	assert_int_equal(session_step(s), STEP_CASE);
	assert_int_equal(session_back(s, &err), KB_EINVAL);
	assert_string_equal(err.msg, "this is the first step");
	CALL(session_next(s, &err));
	CALL(session_next(s, &err));
	assert_int_equal(session_step(s), STEP_EVIDENCE);
	session_close(s);
}

static void test_no_chosen_rule_skips_remediation(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session *s;

	CALL(session_new(f->store, &s, &err));
	CALL(session_next(s, &err));   /* case */
	CALL(session_next(s, &err));   /* symptoms: none chosen */
	CALL(session_next(s, &err));   /* evidence: none */
	CALL(session_next(s, &err));   /* registry: no hive */
	assert_int_equal(session_step(s), STEP_DIAGNOSIS);
	assert_false(session_diagnosis(s)->rules[0].diagnosed);
	assert_string_equal(session_chosen(s), "");
	CALL(session_next(s, &err));
	assert_int_equal(session_step(s), STEP_SUMMARY);
	CALL(session_back(s, &err));
	assert_int_equal(session_step(s), STEP_DIAGNOSIS);
	session_close(s);
}

static void test_questions_and_answers(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session_question q[16];
	struct session *s = walk(f, STEP_EVIDENCE);
	size_t n, i;
	int seen_question = 0;

	n = session_questions(s, q, 16);
	assert_true(n >= 2);
	for (i = 0; i < n; i++) {
		if (strcmp(q[i].symptom_id, "network-change") == 0) {
			seen_question = 1;
			assert_int_equal(q[i].answer, 1);
		}
		if (strcmp(q[i].symptom_id, "manual-start-1720") == 0)
			assert_int_equal(q[i].answer, -1);
	}
	assert_true(seen_question);
	CALL(session_answer(s, "Q262832", "manual-start-1720", 0, &err));
	assert_int_equal(session_answer(s, "Q262832", "nope", 1, &err), KB_ENOTFOUND);
	assert_int_equal(session_add_candidate(s, "Q000000", "typo", &err), KB_ENOTFOUND);
	CALL(session_remove_candidate(s, "Q262832", &err));
	assert_int_equal(session_n_candidates(s), 0);
	assert_int_equal(session_questions(s, q, 16), 0);
	session_close(s);
}

static void test_every_outcome_is_recorded(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session_summary sum;
	static const enum session_state outcomes[] = {
		SESSION_RESOLVED, SESSION_NOT_RESOLVED, SESSION_ABANDONED,
	};
	size_t i;

	for (i = 0; i < 3; i++) {
		struct session *s = walk(f, STEP_SYMPTOMS);
		int64_t id = session_id(s);
		/* Abandoning is possible from any step. */
		CALL(session_finish(s, outcomes[i], "why", &err));
		session_close(s);
		CALL(session_open(f->store, id, &s, &err));
		assert_int_equal(session_state(s), outcomes[i]);
		assert_string_equal(session_outcome_note(s), "why");
		CALL(session_get_summary(s, &sum, &err));
		assert_int_equal(sum.state, outcomes[i]);
		assert_string_equal(sum.kbwiz_version, KBWIZ_VERSION);
		session_close(s);
	}
	{
		struct session *s = walk(f, STEP_CASE);
		assert_int_equal(session_finish(s, SESSION_IN_PROGRESS, NULL, &err), KB_EINVAL);
		session_close(s);
	}
}

/* Run walk() in a child killed with SIGKILL right after reaching `step`:
 * nothing gets a chance to clean up, as with a power cut of the process. */
static int64_t walk_and_kill(struct fixture *f, int step)
{
	int pipefd[2], status;
	int64_t id = -1;
	pid_t pid;

	assert_int_equal(pipe(pipefd), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct kb_error err = { "" };
		struct kb_store *store;
		struct session *s;
		close(pipefd[0]);
		/* The child's own connection, as a second process would have. */
		if (store_open(f->db, 0, &store, NULL, &err) != 0)
			_exit(3);
		f->store = store;
		s = walk(f, step);
		id = session_id(s);
		if (write(pipefd[1], &id, sizeof id) != (ssize_t)sizeof id)
			_exit(4);
		raise(SIGKILL);
		_exit(5);
	}
	close(pipefd[1]);
	if (read(pipefd[0], &id, sizeof id) != (ssize_t)sizeof id)
		id = -1;
	close(pipefd[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
	return id;
}

/* Rows in a table of the session's store. */
static int count_rows(struct fixture *f, const char *table)
{
	char sql[128];
	sqlite3_stmt *st;
	int n = -1;

	sqlite3 *db;

	/* A second connection, as another reader would see the store. */
	if (sqlite3_open_v2(store_path(f->store), &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		sqlite3_close(db);
		return -1;
	}
	snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", table);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	return n;
}

/* The outcome note typed before finishing is kept for an open session
 * (issue 19: Ctrl-C or a lost terminal must not lose it), written once
 * per change, and finishing takes its final text; a finished session's
 * note cannot change. */
static void test_outcome_note_is_kept_before_finishing(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session *s = walk(f, STEP_SUMMARY);
	int64_t id = session_id(s);
	int lines_before, lines_after;

	CALL(session_save_outcome_note(s, "service starts after the fix", &err));
	session_close(s);
	CALL(session_open(f->store, id, &s, &err));
	assert_int_equal(session_state(s), SESSION_IN_PROGRESS);
	assert_string_equal(session_outcome_note(s), "service starts after the fix");
	lines_before = count_rows(f, "session_log");
	CALL(session_save_outcome_note(s, "service starts after the fix", &err));
	lines_after = count_rows(f, "session_log");
	assert_int_equal(lines_after, lines_before);
	CALL(session_finish(s, SESSION_RESOLVED, "service starts, node joined", &err));
	assert_int_equal(session_save_outcome_note(s, "changed later", &err), KB_EREFUSED);
	session_close(s);
	CALL(session_open(f->store, id, &s, &err));
	assert_string_equal(session_outcome_note(s), "service starts, node joined");
	session_close(s);
}

/* The verify action is the engine's: it reruns the checks on the hive as
 * it is now and says how many of the chosen rule's checks pass. */
static void test_verify_reports_the_checks_as_they_are_now(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session *s = walk(f, STEP_CASE);
	char out[1024];

	assert_int_equal(session_verify_chosen(s, out, sizeof out), -1);
	assert_non_null(strstr(out, "choose the rule first"));
	session_close(s);
	s = walk(f, STEP_REMEDIATION);
	assert_int_equal(session_verify_chosen(s, out, sizeof out), 0);
	assert_non_null(strstr(out, "not fixed: 2 of 3 checks pass now"));
	assert_non_null(strstr(out, "transports-has-clusnet"));
	/* The hive repaired by someone: the same session now verifies. */
	CALL(hive_fixture_build_file(f->hive, "tests/fixtures/hives/q262832-healthy.spec",
				     &err));
	assert_int_equal(session_verify_chosen(s, out, sizeof out), 1);
	assert_non_null(strstr(out, "fixed: 3 of 3 checks pass now"));
	session_close(s);
}

static int confirm_yes(void *ctx, const struct fix_plan *p, const char *question)
{
	(void)ctx;
	(void)p;
	(void)question;
	return 1;
}

/* Repaired in the session and verified: what was found stays what was
 * found (the rule confirmed, its failing check, the hive's SHA-256
 * before), and the verification is recorded beside it, also after the
 * session is opened again. */
static void test_verified_repair_keeps_what_was_found(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session *s = walk(f, STEP_REMEDIATION);
	const struct session_verification *v;
	const struct diag_rule *dr;
	struct evidence_facts before, now, found;
	struct fix_apply_result res;
	char out[1024], line[2048];
	int known, round;
	int64_t id = session_id(s);

	CALL(session_evidence_facts(s, 0, &before, &known, &err));
	assert_true(known);
	memset(&res, 0, sizeof res);
	CALL(fix_session_apply(s, 0, confirm_yes, NULL, NULL, &res, &err));
	assert_true(res.n_applied > 0);
	assert_int_equal(session_verify_chosen(s, out, sizeof out), 1);
	for (round = 0; round < 2; round++) {
		/* The findings now describe the repaired hive... */
		dr = diagnosis_find(session_diagnosis(s), "Q262832");
		assert_int_equal(dr->n_failed_checks, 0);
		/* ...and what was found is kept. */
		dr = diagnosis_find(session_found(s), "Q262832");
		assert_non_null(dr);
		assert_int_equal(dr->verdict, VERDICT_CONFIRMED);
		assert_int_equal(dr->n_failed_checks, 1);
		CALL(session_found_facts(s, 0, &found, &known, &err));
		assert_true(known);
		assert_string_equal(found.sha256, before.sha256);
		CALL(session_evidence_facts(s, 0, &now, &known, &err));
		assert_string_not_equal(now.sha256, before.sha256);
		v = session_verification(s);
		assert_non_null(v);
		assert_string_equal(v->rule_id, "Q262832");
		assert_true(v->fixed);
		assert_int_equal(v->passed, 3);
		assert_int_equal(v->total, 3);
		assert_string_equal(v->hive_sha256, now.sha256);
		assert_true(strlen(v->at) >= 20);
		assert_int_equal(session_final_verdict(s), VERDICT_REPAIRED);
		/* The step the repair made was needed: its check failed. */
		{
			struct session_fix fixes[16];
			size_t i, n = session_fixes(s, fixes, 16);
			int seen = 0;
			for (i = 0; i < n && i < 16; i++)
				if (strcmp(fixes[i].fix->id, "add-transports-entry") == 0) {
					assert_int_equal(fixes[i].needed, 1);
					seen = 1;
				}
			assert_true(seen);
		}
		session_findings_line(s, line, sizeof line);
		assert_non_null(strstr(line, "found: Q262832 confirmed"));
		assert_non_null(strstr(line, "1 of 3 checks failed"));
		assert_non_null(strstr(line, "repaired and verified: 3 of 3 checks pass at "));
		assert_non_null(strstr(line, now.sha256));
		session_close(s);
		CALL(session_open(f->store, id, &s, &err));
	}
	session_close(s);
}

/* Without a repair there is nothing else to keep: what was found is the
 * findings, and the line says only what was found. */
static void test_found_is_the_findings_without_a_repair(void **state)
{
	struct fixture *f = *state;
	struct session *s = walk(f, STEP_REMEDIATION);
	char line[2048];

	assert_ptr_equal(session_found(s), session_diagnosis(s));
	assert_null(session_verification(s));
	assert_int_equal(session_final_verdict(s), VERDICT_CONFIRMED);
	session_findings_line(s, line, sizeof line);
	assert_non_null(strstr(line, "found: Q262832 confirmed"));
	assert_null(strstr(line, "verified"));
	session_close(s);
}

static void test_resume_after_kill_at_each_step(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	int step;

	for (step = STEP_CASE; step <= STEP_SUMMARY; step++) {
		int64_t id = walk_and_kill(f, step);
		struct session *s;

		assert_true(id > 0);
		CALL(session_open(f->store, id, &s, &err));
		assert_int_equal(session_step(s), step);
		assert_int_equal(session_state(s), SESSION_IN_PROGRESS);
		if (step > STEP_CASE)
			assert_string_equal(session_get_case(s)->label, "NODE1 case 4711");
		if (step > STEP_SYMPTOMS) {
			assert_int_equal(session_n_candidates(s), 1);
			assert_string_equal(session_candidate(s, 0), "Q262832");
			assert_string_equal(session_candidate_how(s, 0), "picked symptom scm-7023");
		}
		if (step > STEP_EVIDENCE) {
			assert_int_equal(session_evidence(s)->n, 3);
			/* The relative log path was recorded absolute. */
			assert_int_equal(session_evidence(s)->files[1].path[0], '/');
			assert_true(session_scanned(s));
		}
		if (step > STEP_REGISTRY)
			assert_true(session_registry_checked(s));
		if (step >= STEP_DIAGNOSIS) {
			const struct diagnosis *d = session_diagnosis(s);
			/* The findings come back as recorded, without the files. */
			assert_string_equal(d->rules[0].rule->id, "Q262832");
			assert_true(d->rules[0].diagnosed);
			assert_non_null(strstr(d->rules[0].why, "Clusnet missing"));
			assert_int_equal(d->rules[0].evidence[0].n_matched, 16);
			assert_true(d->rules[0].evidence[0].n_hits > 0);
			assert_string_equal(session_chosen(s), "Q262832");
		}
		if (step == STEP_SUMMARY) {
			struct session_fix fixes[32];
			size_t n = session_fixes(s, fixes, 32), i;
			for (i = 0; i < n; i++)
				if (strcmp(fixes[i].fix->id, "backup") == 0) {
					assert_int_equal(fixes[i].status, FIXST_DONE);
					assert_string_equal(fixes[i].note, "copied SYSTEM to a USB stick");
				}
		}
		/* And it goes on from there. */
		if (step < STEP_SUMMARY && session_can_advance(s, NULL, 0))
			CALL(session_next(s, &err));
		session_close(s);
	}
}

static void test_resume_does_not_reread_the_files(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	int64_t id = walk_and_kill(f, STEP_DIAGNOSIS);
	struct session *s;

	/* The evidence is gone (an unmounted disk): the record stands. */
	assert_int_equal(unlink(f->hive), 0);
	assert_int_equal(unlink(f->events), 0);
	CALL(session_open(f->store, id, &s, &err));
	assert_string_equal(session_diagnosis(s)->rules[0].rule->id, "Q262832");
	assert_int_equal(session_diagnosis(s)->rules[0].n_failed_checks, 1);
	session_close(s);
}

struct list_ctx {
	int n;
	int64_t ids[64];
};

static int collect(void *vctx, const struct session_summary *sum)
{
	struct list_ctx *ctx = vctx;

	if (ctx->n < 64)
		ctx->ids[ctx->n] = sum->id;
	ctx->n++;
	return 0;
}

static int count_records(void *vctx, const struct session_record *r)
{
	int *n = vctx;

	assert_non_null(r->kind);
	(*n)++;
	return 0;
}

static void test_history_filters_timeline_and_delete(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session_filter filter = { NULL, NULL, -1, NULL, NULL };
	struct list_ctx ctx;
	struct session *a = walk(f, STEP_SUMMARY + 1);   /* resolved */
	struct session *b = walk(f, STEP_CASE);          /* in progress */
	int64_t ida = session_id(a), idb = session_id(b);
	int records = 0;

	session_close(a);
	session_close(b);
	memset(&ctx, 0, sizeof ctx);
	CALL(session_list(f->store, &filter, collect, &ctx, &err));
	assert_int_equal(ctx.n, 2);
	assert_int_equal(ctx.ids[0], idb);   /* newest first */
	filter.text = "case 4711";
	memset(&ctx, 0, sizeof ctx);
	CALL(session_list(f->store, &filter, collect, &ctx, &err));
	assert_int_equal(ctx.n, 1);
	assert_int_equal(ctx.ids[0], ida);
	filter.text = NULL;
	filter.rule = "q262832";
	memset(&ctx, 0, sizeof ctx);
	CALL(session_list(f->store, &filter, collect, &ctx, &err));
	assert_int_equal(ctx.n, 1);
	filter.rule = NULL;
	filter.state = SESSION_IN_PROGRESS;
	memset(&ctx, 0, sizeof ctx);
	CALL(session_list(f->store, &filter, collect, &ctx, &err));
	assert_int_equal(ctx.n, 1);
	assert_int_equal(ctx.ids[0], idb);
	filter.state = -1;
	filter.since = "2999-01-01";
	memset(&ctx, 0, sizeof ctx);
	CALL(session_list(f->store, &filter, collect, &ctx, &err));
	assert_int_equal(ctx.n, 0);

	CALL(session_timeline(f->store, ida, count_records, &records, &err));
	assert_true(records >= 15);
	CALL(session_delete(f->store, ida, &err));
	assert_int_equal(session_delete(f->store, ida, &err), KB_ENOTFOUND);
	assert_int_equal(session_open(f->store, ida, &a, &err), KB_ENOTFOUND);
	records = 0;
	CALL(session_timeline(f->store, ida, count_records, &records, &err));
	assert_int_equal(records, 0);   /* the timeline went with it */
}

/* A new session with this label and technician, left in progress. */
static int64_t labelled(struct fixture *f, const char *label, const char *tech)
{
	struct kb_error err = { "" };
	struct session_case c;
	struct session *s;
	int64_t id;

	memset(&c, 0, sizeof c);
	snprintf(c.label, sizeof c.label, "%s", label);
	snprintf(c.technician, sizeof c.technician, "%s", tech);
	CALL(session_new(f->store, &s, &err));
	CALL(session_set_case(s, &c, &err));
	id = session_id(s);
	session_close(s);
	return id;
}

static int listed(struct fixture *f, const char *text)
{
	struct kb_error err = { "" };
	struct session_filter filter = { NULL, NULL, -1, NULL, NULL };
	struct list_ctx ctx;
	int64_t n;

	filter.text = text;
	memset(&ctx, 0, sizeof ctx);
	CALL(session_list(f->store, &filter, collect, &ctx, &err));
	CALL(session_count(f->store, &filter, &n, &err));
	assert_int_equal(n, ctx.n);
	/* A list view's size and ID column in one read: the same count,
	 * the highest id listed. */
	{
		int64_t m, top = 0;
		int i;
		CALL(session_list_size(f->store, &filter, &n, &m, &err));
		assert_int_equal(n, ctx.n);
		for (i = 0; i < ctx.n; i++)
			if (ctx.ids[i] > top)
				top = ctx.ids[i];
		assert_int_equal(m, top);
	}
	return ctx.n;
}

static void test_history_text_follows_edits_and_pages(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct session_filter filter = { NULL, NULL, -1, NULL, NULL };
	struct session_case c;
	struct session *s;
	struct list_ctx ctx;
	int64_t a = labelled(f, "ALPHA-node 7", "zed");
	int64_t b = labelled(f, "beta \"quoted\" node", "amy");
	int64_t n;

	/* Through the trigram index (3+ ASCII characters), case folded as
	 * lower() does, across the joined fields, and by reading every
	 * session (shorter or non-ASCII text): the same meaning. */
	assert_int_equal(listed(f, "alpha"), 1);
	assert_int_equal(listed(f, "Node"), 2);
	assert_int_equal(listed(f, "zed alpha"), 1);
	assert_int_equal(listed(f, "\"quoted\""), 1);
	assert_int_equal(listed(f, "a-"), 1);
	assert_int_equal(listed(f, "z\xc3\xa9" "d"), 0);
	assert_int_equal(listed(f, "gamma"), 0);
	/* Edits and deletes reach the index. */
	CALL(session_open(f->store, a, &s, &err));
	memset(&c, 0, sizeof c);
	snprintf(c.label, sizeof c.label, "gamma-node");
	snprintf(c.technician, sizeof c.technician, "zed");
	CALL(session_set_case(s, &c, &err));
	session_close(s);
	assert_int_equal(listed(f, "alpha"), 0);
	assert_int_equal(listed(f, "gamma"), 1);
	CALL(session_delete(f->store, b, &err));
	assert_int_equal(listed(f, "quoted"), 0);
	assert_int_equal(listed(f, "node"), 1);
	/* Pages, newest first. */
	b = labelled(f, "delta", "amy");
	CALL(session_count(f->store, &filter, &n, &err));
	assert_int_equal(n, 2);
	memset(&ctx, 0, sizeof ctx);
	CALL(session_list_page(f->store, &filter, 0, 1, collect, &ctx, &err));
	assert_int_equal(ctx.n, 1);
	assert_int_equal(ctx.ids[0], b);
	memset(&ctx, 0, sizeof ctx);
	CALL(session_list_page(f->store, &filter, 1, 5, collect, &ctx, &err));
	assert_int_equal(ctx.n, 1);
	assert_int_equal(ctx.ids[0], a);
	filter.until = "1999-12-31";
	CALL(session_count(f->store, &filter, &n, &err));
	assert_int_equal(n, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_new_session_starts_at_case_with_login_name, setup, teardown),
		cmocka_unit_test_setup_teardown(test_full_walk_diagnoses_q262832_and_finishes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_evidence_must_be_read_before_moving_on, setup, teardown),
		cmocka_unit_test_setup_teardown(test_registry_checks_must_run_when_hives_are_given, setup, teardown),
		cmocka_unit_test_setup_teardown(test_back_goes_one_step_and_stops_at_the_first, setup, teardown),
		cmocka_unit_test_setup_teardown(test_no_chosen_rule_skips_remediation, setup, teardown),
		cmocka_unit_test_setup_teardown(test_questions_and_answers, setup, teardown),
		cmocka_unit_test_setup_teardown(test_every_outcome_is_recorded, setup, teardown),
		cmocka_unit_test_setup_teardown(test_outcome_note_is_kept_before_finishing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_verify_reports_the_checks_as_they_are_now, setup, teardown),
		cmocka_unit_test_setup_teardown(test_verified_repair_keeps_what_was_found, setup, teardown),
		cmocka_unit_test_setup_teardown(test_found_is_the_findings_without_a_repair, setup, teardown),
		cmocka_unit_test_setup_teardown(test_resume_after_kill_at_each_step, setup, teardown),
		cmocka_unit_test_setup_teardown(test_resume_does_not_reread_the_files, setup, teardown),
		cmocka_unit_test_setup_teardown(test_history_filters_timeline_and_delete, setup, teardown),
		cmocka_unit_test_setup_teardown(test_history_text_follows_edits_and_pages, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
