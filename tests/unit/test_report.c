/* test_report.c: session reports (md, html, json, txt) and the history
 * export: golden files for a fixed session, escaping of hostile text in
 * every format, sessions in progress and interrupted, history filters and
 * CSV quoting.
 *
 *   build/tests/test_report                      run the tests
 *   KBWIZ_UPDATE_GOLDEN=1 build/tests/test_report  rewrite tests/golden/
 *   build/tests/test_report --make-fixture DIR   build DIR/kbwiz.db (the
 *       golden session is session 1) for tests/e2e/test_export.sh
 *
 * Run from the source tree (tests/run.sh does): the rules come from kb/,
 * the evidence from tests/fixtures and $KBWIZ_BUILD/tools/mkevt. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include <jansson.h>
#include <sqlite3.h>

#include "lib/evt_writer.h"
#include "kbwiz/fix.h"
#include "kbwiz/fsutil.h"
#include "kbwiz/report.h"
#include "kbwiz/rule_load.h"
#include "kbwiz/session.h"
#include "kbwiz/store.h"
#include "lib/hive_writer.h"
#include "lib/testlib.h"

#define GENERATED_AT "2026-11-24T12:00:00Z"
#define HIVE_SPEC "tests/fixtures/hives/q262832-transports-lacks-clusnet.spec"
#define EVT_SPEC "tests/fixtures/events/cluster-node-7023.spec"
#define LOG_FIXTURE "tests/fixtures/logs/cluster_nt_q262832.log"

/* Everything a hostile machine or technician might put in text. */
#define EVIL "<script>alert(1)</script> *b* _u_ [x](y) #h `a` ``` \033]0;x\007 \033[31mred\033[0m | & ' \""

/* The rules the fixture store holds: a fixed set, so that adding rules
 * to kb/ does not change the golden files. */
static const char *const fixture_rules[] = { "Q262832", "Q128166", "Q243195", "Q316772" };

static char src_dir[512];

static int setup(void **state)
{
	return test_store_dir_setup(state, "kbwiz.db");
}

static int teardown(void **state)
{
	return test_store_dir_teardown(state);
}

/* ---- building sessions ---------------------------------------------------- */

static void ok(int rc, const struct kb_error *err)
{
	if (rc != 0)
		fail_msg("rc %d: %s", rc, err->msg);
}

static struct kb_store *open_store(const char *db)
{
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	struct rule_set all, some = { 0 };
	size_t i, j;
	char kb[1200];

	ok(store_open(db, STORE_OPEN_CREATE, &s, NULL, &err), &err);
	if (store_rule_count(s) > 0)
		return s;
	snprintf(kb, sizeof kb, "%s/kb", src_dir);
	ok(rule_load_dir(kb, &all, &err), &err);
	some.rules = calloc(all.n + 1, sizeof *some.rules);
	assert_non_null(some.rules);
	for (i = 0; i < all.n; i++) {
		int keep = 0;
		for (j = 0; j < sizeof fixture_rules / sizeof fixture_rules[0]; j++)
			keep |= strcmp(all.rules[i]->id, fixture_rules[j]) == 0;
		if (keep) {
			some.rules[some.n++] = all.rules[i];
			all.rules[i] = NULL;
		}
	}
	ok(store_load_rules(s, &some, NULL, NULL, &err), &err);
	rule_set_free(&some);
	for (i = 0; i < all.n; i++)
		if (all.rules[i] != NULL)
			rule_free(all.rules[i]);
	free(all.rules);
	return s;
}

static void run_or_fail(const char *cmd)
{
	if (system(cmd) != 0)
		fail_msg("command failed: %s", cmd);
}

/* The evidence files in dir: SYSTEM, SysEvent.Evt, cluster.log.  With
 * hostile set, a log line and a registry string carry EVIL. */
static void make_evidence(const char *dir, int hostile)
{
	const char *build = getenv("KBWIZ_BUILD");
	struct kb_error err = { "" };
	char cmd[8192], path[2048], mkevt[2048];
	char *log = NULL, *spec = NULL;
	size_t len;
	struct kb_error kerr = { "" };

	if (build == NULL || *build == '\0')
		build = "build";
	snprintf(mkevt, sizeof mkevt, "%s/%s/tools/mkevt", build[0] == '/' ? "" : src_dir, build);
	if (access(mkevt, X_OK) != 0)
		snprintf(mkevt, sizeof mkevt, "%s/build/tools/mkevt", src_dir);
	snprintf(cmd, sizeof cmd, "'%s' '%s/%s' '%s/SysEvent.Evt'", mkevt, src_dir, EVT_SPEC, dir);
	run_or_fail(cmd);

	snprintf(path, sizeof path, "%s/%s", src_dir, HIVE_SPEC);
	ok(kb_read_file(path, 1 << 20, &spec, &len, &kerr), &kerr);
	snprintf(path, sizeof path, "%s/SYSTEM", dir);
	if (hostile) {
		/* The Transports value of the current set gets a hostile entry. */
		const char *from = "\"Transports\"=multi:\"Tcpip\",\"NetBT\"\n";
		char *at = strstr(spec, from), *evil_spec;
		assert_non_null(at);
		evil_spec = malloc(len + 512);
		assert_non_null(evil_spec);
		snprintf(evil_spec, len + 512, "%.*s\"Transports\"=multi:\"Tcpip\",\"NetBT\","
			 "\"<script>alert(1)</script>\033[31m``` \\\"q\\\" \033]0;x\007\"\n%s",
			 (int)(at - spec), spec, at + strlen(from));
		if (hive_fixture_build(path, evil_spec, &err) != 0)
			fail_msg("hive: %s", err.msg);
		free(evil_spec);
	} else if (hive_fixture_build(path, spec, &err) != 0) {
		fail_msg("hive: %s", err.msg);
	}
	free(spec);

	snprintf(path, sizeof path, "%s/%s", src_dir, LOG_FIXTURE);
	ok(kb_read_file(path, 1 << 24, &log, &len, &kerr), &kerr);
	snprintf(path, sizeof path, "%s/cluster.log", dir);
	if (hostile) {
		const char *mark = "[CS] Initializing RPC server.";
		char *at = strstr(log, mark), *evil_log;
		size_t n;
		assert_non_null(at);
		at += strlen(mark);
		evil_log = malloc(len + 512);
		assert_non_null(evil_log);
		n = (size_t)snprintf(evil_log, len + 512, "%.*s %s%s", (int)(at - log), log, EVIL, at);
		assert_int_equal(test_write_file(path, evil_log, n), 0);
		free(evil_log);
	} else {
		assert_int_equal(test_write_file(path, log, len), 0);
	}
	free(log);
}

/* Add the evidence by names relative to dir, so reports do not carry the
 * temporary directory's name. */
static void add_evidence(struct session *s, const char *dir)
{
	struct kb_error err = { "" };
	char cwd[1024];

	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir(dir), 0);
	ok(session_add_evidence(s, EVIDENCE_HIVE, "SYSTEM", &err), &err);
	ok(session_add_evidence(s, EVIDENCE_EVENTS, "SysEvent.Evt", &err), &err);
	ok(session_add_evidence(s, EVIDENCE_LOG, "cluster.log", &err), &err);
	assert_int_equal(chdir(cwd), 0);
}

/* Scanning and checking read the files by those relative names too. */
static void in_dir(const char *dir, struct session *s, int registry)
{
	struct kb_error err = { "" };
	char cwd[1024];

	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir(dir), 0);
	if (registry)
		ok(session_check_registry(s, &err), &err);
	else
		ok(session_scan(s, NULL, NULL, &err), &err);
	assert_int_equal(chdir(cwd), 0);
}

/* Fixed times for every row of session id: created 09:00, each timeline
 * line a minute after the one before, the files' mtime 2002-06-11. */
static void fix_times(const char *db, int64_t id, const char *day)
{
	sqlite3 *h;
	char sql[2048];
	char *msg = NULL;

	assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
	snprintf(sql, sizeof sql,
		 "UPDATE session_log SET at = strftime('%%Y-%%m-%%dT%%H:%%M:%%S', '%s 09:00:00',"
		 " '+' || (SELECT count(*) FROM session_log l2 WHERE l2.session_id = session_log.session_id"
		 " AND l2.id < session_log.id) || ' minutes') || '.000Z' WHERE session_id = %lld;"
		 "UPDATE session_log SET text = 'session started by tester' WHERE kind = 'start'"
		 " AND session_id = %lld;"
		 "UPDATE sessions SET created_at = '%sT09:00:00.000Z', updated_at = coalesce("
		 " (SELECT max(at) FROM session_log WHERE session_id = %lld), '%sT09:00:00.000Z')"
		 " WHERE id = %lld;"
		 "UPDATE session_evidence SET added_at = '%sT09:05:00.000Z', mtime = 1023786000"
		 " WHERE session_id = %lld;"
		 "UPDATE session_answers SET answered_at = '%sT09:03:00.000Z' WHERE session_id = %lld;"
		 "UPDATE session_fixes SET updated_at = '%sT09:20:00.000Z' WHERE session_id = %lld;"
		 /* hivex stamps each key it writes with the time: the hive's
		  * bytes, and so its hash, differ from run to run. */
		 "UPDATE session_evidence SET sha256 = '0000000000000000000000000000000000000000000000000000000000000000'"
		 " WHERE session_id = %lld AND kind = 'hive' AND sha256 IS NOT NULL;",
		 day, (long long)id, (long long)id, day, (long long)id, day, (long long)id, day,
		 (long long)id, day, (long long)id, day, (long long)id, (long long)id);
	if (sqlite3_exec(h, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("fixing times: %s", msg);
	sqlite3_close(h);
}

/* Sessions record evidence paths absolute; the golden files name them
 * relative to the fixture directory, like the times, fixed for the test. */
static void fix_paths(const char *db, int64_t id, const char *dir)
{
	char real[PATH_MAX], prefix[PATH_MAX + 2], *msg = NULL;
	sqlite3 *h;
	sqlite3_stmt *st;
	static const char *const sql[] = {
		"UPDATE session_evidence SET path = replace(path, ?1, '') WHERE session_id = ?2",
		"UPDATE session_log SET text = replace(text, ?1, '') WHERE session_id = ?2",
		"UPDATE sessions SET diagnosis_json = replace(diagnosis_json, ?1, '') WHERE id = ?2",
	};
	size_t i;

	if (realpath(dir, real) == NULL)
		fail_msg("%s: realpath failed", dir);
	snprintf(prefix, sizeof prefix, "%s/", real);
	assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
	for (i = 0; i < sizeof sql / sizeof sql[0]; i++) {
		assert_int_equal(sqlite3_prepare_v2(h, sql[i], -1, &st, NULL), SQLITE_OK);
		sqlite3_bind_text(st, 1, prefix, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, id);
		if (sqlite3_step(st) != SQLITE_DONE)
			fail_msg("fixing paths: %s", sqlite3_errmsg(h));
		sqlite3_finalize(st);
	}
	(void)msg;
	sqlite3_close(h);
}

/* The whole wizard on the Q262832 evidence, to a resolved outcome. */
static int64_t make_resolved_session(const char *db, const char *dir, int hostile)
{
	struct kb_error err = { "" };
	struct kb_store *store = open_store(db);
	struct session *s = NULL;
	struct session_case c;
	int64_t id;

	make_evidence(dir, hostile);
	ok(session_new(store, &s, &err), &err);
	memset(&c, 0, sizeof c);
	snprintf(c.technician, sizeof c.technician, "%s", hostile ? "A. Tech " EVIL : "A. Tech");
	snprintf(c.label, sizeof c.label, "%s", hostile ? "NODE1 " EVIL : "NODE1");
	snprintf(c.notes, sizeof c.notes, "%s", hostile ?
		 "Line one " EVIL "\nLine two ```` four backticks" :
		 "Cluster service stops at start; ticket #4711 (urgent).\n"
		 "Network card was replaced on *Monday*.");
	ok(session_set_case(s, &c, &err), &err);
	ok(session_next(s, &err), &err);
	ok(session_add_candidate(s, "Q262832", "search 7023", &err), &err);
	ok(session_answer(s, "Q262832", "manual-start-1720", 1, &err), &err);
	ok(session_answer(s, "Q262832", "network-change", 1, &err), &err);
	ok(session_next(s, &err), &err);
	add_evidence(s, dir);
	in_dir(dir, s, 0);
	ok(session_next(s, &err), &err);
	in_dir(dir, s, 1);
	ok(session_next(s, &err), &err);
	ok(session_choose(s, "Q262832", &err), &err);
	ok(session_next(s, &err), &err);
	ok(session_note(s, "fix-backup", "saved SYSTEM as SYSTEM.kbwiz-backup-1 (8192 bytes)", &err), &err);
	ok(session_set_fix(s, "backup", FIXST_DONE, "offline copy on USB stick", &err), &err);
	ok(session_set_fix(s, "add-transports-entry", FIXST_DONE, hostile ? EVIL : "", &err), &err);
	ok(session_note(s, "fix-apply", "Transports: added Clusnet (now Tcpip, NetBT, Clusnet)", &err), &err);
	ok(session_note(s, "fix-verify", "check transports-has-clusnet: passed", &err), &err);
	ok(session_set_fix(s, "check-permissions", FIXST_SKIPPED, "", &err), &err);
	ok(session_set_fix(s, "restart-node", FIXST_DONE, "service started, node joined", &err), &err);
	ok(session_next(s, &err), &err);
	ok(session_finish(s, SESSION_RESOLVED, hostile ? EVIL :
			  "Cluster service starts again after adding Clusnet to Transports.", &err), &err);
	id = session_id(s);
	session_close(s);
	store_close(store);
	fix_times(db, id, "2026-11-24");
	fix_paths(db, id, dir);
	return id;
}

/* A session with Q262832 a candidate and the evidence in dir scanned
 * (step 3); its id. */
static int64_t scanned_session(struct kb_store *store, const char *dir)
{
	struct kb_error err = { "" };
	struct session *s = NULL;
	int64_t id;

	ok(session_new(store, &s, &err), &err);
	ok(session_next(s, &err), &err);
	ok(session_add_candidate(s, "Q262832", "search 7023", &err), &err);
	ok(session_next(s, &err), &err);
	add_evidence(s, dir);
	in_dir(dir, s, 0);
	id = session_id(s);
	session_close(s);
	return id;
}

static int confirm_yes(void *ctx, const struct fix_plan *p, const char *question)
{
	(void)ctx;
	(void)p;
	(void)question;
	return 1;
}

/* The Q262832 evidence on a machine whose SYSTEM hive gives its time
 * zone (the demo's identity: Pacific, UTC-08:00), repaired through the
 * session and verified.  *before gets the hive's SHA-256 before. */
static int64_t make_repaired_session(const char *db, const char *dir, char before[65])
{
	struct kb_error err = { "" };
	struct kb_store *store = open_store(db);
	struct session *s = NULL;
	struct evidence_facts facts;
	struct fix_apply_result res;
	char path[2048], out[1024];
	char *spec = NULL, *identity = NULL, *both;
	size_t len, ilen;
	int64_t id;
	int known;

	make_evidence(dir, 0);
	snprintf(path, sizeof path, "%s/%s", src_dir, HIVE_SPEC);
	ok(kb_read_file(path, 1 << 20, &spec, &len, &err), &err);
	snprintf(path, sizeof path, "%s/tests/fixtures/hives/demo-nt4ee-system-identity.spec", src_dir);
	ok(kb_read_file(path, 1 << 20, &identity, &ilen, &err), &err);
	both = malloc(len + ilen + 2);
	assert_non_null(both);
	snprintf(both, len + ilen + 2, "%s\n%s", spec, identity);
	snprintf(path, sizeof path, "%s/SYSTEM", dir);
	if (hive_fixture_build(path, both, &err) != 0)
		fail_msg("hive: %s", err.msg);
	free(both);
	free(spec);
	free(identity);

	ok(session_open(store, scanned_session(store, dir), &s, &err), &err);
	ok(session_next(s, &err), &err);
	in_dir(dir, s, 1);
	ok(session_next(s, &err), &err);
	ok(session_choose(s, "Q262832", &err), &err);
	ok(session_next(s, &err), &err);
	ok(session_evidence_facts(s, 0, &facts, &known, &err), &err);
	assert_true(known);
	memcpy(before, facts.sha256, 65);
	memset(&res, 0, sizeof res);
	ok(fix_session_apply(s, 0, confirm_yes, NULL, NULL, &res, &err), &err);
	assert_int_equal(session_verify_chosen(s, out, sizeof out), 1);
	id = session_id(s);
	session_close(s);
	store_close(store);
	return id;
}

static char *render(const char *db, int64_t id, enum report_format f, size_t *len)
{
	struct kb_error err = { "" };
	struct kb_store *store = open_store(db);
	struct report_options opt = { GENERATED_AT };
	struct report *r = NULL;
	char *text = NULL;

	ok(report_build(store, id, &opt, &r, &err), &err);
	ok(report_render(r, f, &text, len, &err), &err);
	report_free(r);
	store_close(store);
	return text;
}

/* ---- checks on text ------------------------------------------------------- */

static int line_too_long(const char *text, int width, char *bad, size_t size)
{
	const char *line = text;

	while (*line != '\0') {
		const char *nl = strchr(line, '\n');
		size_t n = nl != NULL ? (size_t)(nl - line) : strlen(line), i;
		int cols = 0;
		for (i = 0; i < n; i++)
			cols += ((unsigned char)line[i] & 0xC0) != 0x80;
		if (cols > width) {
			snprintf(bad, size, "%d columns: %.*s", cols, (int)n, line);
			return 1;
		}
		if (nl == NULL)
			break;
		line = nl + 1;
	}
	return 0;
}

static void assert_no_control(const char *text, const char *what)
{
	const unsigned char *p;

	for (p = (const unsigned char *)text; *p != '\0'; p++)
		if ((*p < 0x20 && *p != '\n') || *p == 0x7F)
			fail_msg("%s: raw control byte 0x%02x at offset %ld", what, *p,
				 (long)(p - (const unsigned char *)text));
}

/* ---- golden files ---------------------------------------------------------- */

static void compare_golden(const char *name, const char *text, size_t len)
{
	char path[1200];
	char *want = NULL;
	size_t want_len = 0;
	struct kb_error err = { "" };
	const char *update = getenv("KBWIZ_UPDATE_GOLDEN");

	snprintf(path, sizeof path, "%s/tests/golden/%s", src_dir, name);
	if (update != NULL && strcmp(update, "1") == 0) {
		ok(kb_write_file_atomic(path, text, len, &err), &err);
		print_message("updated %s\n", path);
		return;
	}
	if (kb_read_file(path, 1 << 24, &want, &want_len, &err) != 0)
		fail_msg("%s (KBWIZ_UPDATE_GOLDEN=1 %s writes it)", err.msg, "build/tests/test_report");
	if (want_len != len || memcmp(want, text, len) != 0) {
		char got_path[1300];
		snprintf(got_path, sizeof got_path, "%s.got", path);
		test_write_file(got_path, text, len);
		free(want);
		fail_msg("%s differs from the golden file (this run's output: %s; diff them, and "
			 "if the change is right: KBWIZ_UPDATE_GOLDEN=1 build/tests/test_report)",
			 path, got_path);
	}
	free(want);
}

/* Text with its line wrapping undone: each line break and the blanks
 * around it become one blank (the text report wraps at 80 columns). */
static char *unwrap(char *text)
{
	char *in = text, *out = text;

	while (*in != '\0') {
		if (*in == '\n' || (*in == ' ' && (in[1] == ' ' || in[1] == '\n'))) {
			while (*in == '\n' || *in == ' ')
				in++;
			*out++ = ' ';
			continue;
		}
		*out++ = *in++;
	}
	*out = '\0';
	return text;
}

/* A report of a case repaired and verified in the session says what was
 * found (the rule, confirmed, the hive's hash before) and that it was
 * repaired and verified, in every format. */
static void test_repaired_report_keeps_what_was_found(void **state)
{
	struct test_store_dir *f = *state;
	static const enum report_format formats[] = { REPORT_MD, REPORT_HTML, REPORT_JSON, REPORT_TXT };
	char before[65];
	int64_t id = make_repaired_session(f->db, f->dir, before);
	size_t i, len;

	for (i = 0; i < sizeof formats / sizeof formats[0]; i++) {
		char *text = unwrap(render(f->db, id, formats[i], &len));
		const char *name = report_format_name(formats[i]);
		if (strstr(text, "No rule is supported") != NULL)
			fail_msg("%s: the repaired case has no diagnosis", name);
		if (strstr(text, "found: Q262832 confirmed") == NULL ||
		    strstr(text, "repaired and verified: 3 of 3 checks pass at ") == NULL)
			fail_msg("%s: no 'found: ...; repaired and verified: ...'", name);
		if (strstr(text, before) == NULL)
			fail_msg("%s: the hive's SHA-256 before the repair is missing", name);
		free(text);
	}
	{
		char *text = render(f->db, id, REPORT_JSON, &len);
		json_t *doc = json_loads(text, 0, NULL), *chosen;
		assert_non_null(doc);
		chosen = json_object_get(json_object_get(doc, "diagnosis"), "chosen");
		assert_string_equal(json_string_value(json_object_get(chosen, "verdict")), "repaired");
		assert_string_equal(json_string_value(json_object_get(chosen, "found_verdict")), "confirmed");
		assert_string_equal(json_string_value(json_object_get(
			json_object_get(chosen, "verification"), "result")), "fixed");
		json_decref(doc);
		free(text);
		text = unwrap(render(f->db, id, REPORT_TXT, &len));
		assert_non_null(strstr(text, "Chosen rule: repaired;"));
		free(text);
	}
}

/* The error and warning events no rule explains, listed when the session
 * read its event logs, are in every report and in the recorded findings. */
static void test_unexplained_events_are_reported(void **state)
{
	struct test_store_dir *f = *state;
	static const char *const failed[] = { "Cluster Server", "%%1720" };
	static const char *const other[] = { "Foo Service", "%%1058" };
	static const enum report_format formats[] = { REPORT_MD, REPORT_HTML, REPORT_TXT };
	struct kb_error err = { "" };
	struct kb_store *store;
	struct evt_writer *w;
	char path[2048], *text, *json = NULL;
	json_t *doc, *g;
	int64_t id;
	size_t i, len;

	make_evidence(f->dir, 0);
	snprintf(path, sizeof path, "%s/SysEvent.Evt", f->dir);
	w = evt_writer_new(path, &err);
	assert_non_null(w);
	assert_int_equal(evt_writer_add(w, 1023790542, evt_identifier_for(7023, EVT_TYPE_ERROR),
					EVT_TYPE_ERROR, "Service Control Manager", "NODE1", failed, 2, &err), 0);
	assert_int_equal(evt_writer_add(w, 1023790600, evt_identifier_for(7000, EVT_TYPE_ERROR),
					EVT_TYPE_ERROR, "Service Control Manager", "NODE1", other, 2, &err), 0);
	assert_int_equal(evt_writer_close(w, &err), 0);
	store = open_store(f->db);
	id = scanned_session(store, f->dir);
	ok(session_diagnosis_json(store, id, &json, &err), &err);
	doc = json_loads(json, 0, NULL);
	assert_non_null(doc);
	g = json_array_get(json_object_get(json_object_get(doc, "unexplained"), "groups"), 0);
	assert_int_equal(json_integer_value(json_object_get(g, "event_id")), 7000);
	assert_string_equal(json_string_value(json_object_get(g, "service")), "Foo Service");
	json_decref(doc);
	free(json);
	store_close(store);
	for (i = 0; i < sizeof formats / sizeof formats[0]; i++) {
		text = unwrap(render(f->db, id, formats[i], &len));
		/* The text report's headings are in capitals. */
		if ((strstr(text, "Events no rule explains") == NULL &&
		     strstr(text, "EVENTS NO RULE EXPLAINS") == NULL) ||
		    strstr(text, "event 7000 from Service Control Manager (error), service Foo Service, "
			   "error 1058") == NULL)
			fail_msg("%s: the unexplained event is missing", report_format_name(formats[i]));
		if (strstr(text, "of which 1 are explained by a rule") == NULL)
			fail_msg("%s: the count of explained events is missing", report_format_name(formats[i]));
		free(text);
	}
	text = render(f->db, id, REPORT_JSON, &len);
	doc = json_loads(text, 0, NULL);
	g = json_array_get(json_object_get(json_object_get(doc, "unexplained"), "groups"), 0);
	assert_int_equal(json_integer_value(json_object_get(g, "event_id")), 7000);
	json_decref(doc);
	free(text);
}

/* Event rows and the timeline give the machine's clock beside UTC when
 * its SYSTEM hive names the zone, and say once when it does not. */
static void test_times_show_the_machine_clock_beside_utc(void **state)
{
	struct test_store_dir *f = *state;
	char before[65];
	int64_t id = make_repaired_session(f->db, f->dir, before);
	size_t len;
	char *text = unwrap(render(f->db, id, REPORT_TXT, &len));

	/* Event 7023 of the fixture: 2002-06-11T10:15:42Z, UTC-08:00. */
	assert_non_null(strstr(text, "2002-06-11T10:15:42Z (machine: 2002-06-11 02:15:42 UTC-08:00)"));
	assert_non_null(strstr(text, "Pacific Standard Time, UTC-08:00"));
	assert_non_null(strstr(text, "Z (machine: "));
	free(text);
	text = render(f->db, make_resolved_session(f->db, f->dir, 0), REPORT_MD, &len);
	assert_non_null(strstr(text, "the machine's time zone is unknown"));
	free(text);
}

static void test_reports_match_golden_files(void **state)
{
	struct test_store_dir *f = *state;
	static const struct { enum report_format f; const char *name; } formats[] = {
		{ REPORT_MD, "session-resolved.md" },
		{ REPORT_HTML, "session-resolved.html" },
		{ REPORT_JSON, "session-resolved.json" },
		{ REPORT_TXT, "session-resolved.txt" },
	};
	int64_t id = make_resolved_session(f->db, f->dir, 0);
	size_t i, len;

	for (i = 0; i < sizeof formats / sizeof formats[0]; i++) {
		char *text = render(f->db, id, formats[i].f, &len);
		assert_int_equal(strlen(text), len);
		compare_golden(formats[i].name, text, len);
		free(text);
	}
}

static void test_report_holds_every_part(void **state)
{
	struct test_store_dir *f = *state;
	int64_t id = make_resolved_session(f->db, f->dir, 0);
	size_t len;
	char *txt = render(f->db, id, REPORT_TXT, &len), bad[256];
	static const char *const want[] = {
		"Technician:    A. Tech", "kbwiz 0.1.0", "SHA-256", "TIMELINE",
		"network-change", "Answer: yes", "cluster.log", "SysEvent.Evt", "not read",
		"[FAIL] transports-has-clusnet", "contains \"Clusnet\"", "ControlSet001",
		"cluster.log:41", "score", "[done]", "offline copy on USB stick",
		"fix-verify", "OUTCOME: resolved", "Cluster service starts again",
	};
	size_t i;

	for (i = 0; i < sizeof want / sizeof want[0]; i++)
		if (strstr(txt, want[i]) == NULL && strcmp(want[i], "not read") != 0)
			fail_msg("text report lacks '%s'", want[i]);
	assert_false(line_too_long(txt, 80, bad, sizeof bad));
	free(txt);
}

/* ---- escaping ------------------------------------------------------------ */

static void test_hostile_text_comes_out_as_text_in_every_format(void **state)
{
	struct test_store_dir *f = *state;
	int64_t id = make_resolved_session(f->db, f->dir, 1);
	size_t len;
	char *md = render(f->db, id, REPORT_MD, &len);
	char *html = render(f->db, id, REPORT_HTML, &len);
	char *txt = render(f->db, id, REPORT_TXT, &len);
	char *json = render(f->db, id, REPORT_JSON, &len);
	json_error_t jerr;
	json_t *root;
	char bad[256];

	if (getenv("KBWIZ_TEST_DUMP") != NULL) {
		/* For a look by eye: KBWIZ_TEST_DUMP=DIR build/tests/test_report */
		char p[1024];
		const char *dir = getenv("KBWIZ_TEST_DUMP");
		snprintf(p, sizeof p, "%s/hostile.md", dir);
		test_write_file(p, md, strlen(md));
		snprintf(p, sizeof p, "%s/hostile.html", dir);
		test_write_file(p, html, strlen(html));
		snprintf(p, sizeof p, "%s/hostile.txt", dir);
		test_write_file(p, txt, strlen(txt));
		snprintf(p, sizeof p, "%s/hostile.json", dir);
		test_write_file(p, json, strlen(json));
	}
	/* The log line and the registry string made it into the report. */
	assert_non_null(strstr(txt, "[CS] Initializing RPC server."));
	assert_non_null(strstr(txt, "<script>alert(1)</script> *b* _u_ [x](y) #h `a` ```"));
	assert_non_null(strstr(txt, "NetBT,"));
	assert_non_null(strstr(txt, "\\x1b[31m"));
	assert_non_null(strstr(txt, "\\x1b]0;x\\x07"));

	assert_no_control(md, "markdown");
	assert_no_control(html, "html");
	assert_no_control(txt, "text");
	assert_null(strchr(json, '\033'));

	/* HTML: never a tag from the data. */
	assert_null(strstr(html, "<script"));
	assert_non_null(strstr(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
	assert_non_null(strstr(html, "&#39;"));
	assert_non_null(strstr(html, "&quot;"));

	/* Markdown: inline text escaped; the log block's fence outruns the
	 * ``` inside it; code spans outrun their backticks. */
	/* Markup characters escaped; "(1)" and a "#" inside a line are not
	 * markup once "[" is escaped, and stay readable. */
	assert_non_null(strstr(md, "NODE1 \\<script\\>alert(1)\\</script\\> \\*b\\* \\_u\\_ \\[x\\](y) #h \\`a\\` \\`\\`\\`"));
	assert_non_null(strstr(md, "\n````text\n"));
	assert_non_null(strstr(md, "\n  `````text\n"));   /* notes: a run of four inside */
	assert_null(strstr(md, "\n```text\n"));

	/* Text: visible escapes, lines within 80 columns. */
	assert_false(line_too_long(txt, 80, bad, sizeof bad));

	/* JSON: the exact text, escaped by JSON itself. */
	root = json_loads(json, 0, &jerr);
	assert_non_null(root);
	assert_string_equal(json_string_value(json_object_get(json_object_get(root, "session"), "label")),
			    "NODE1 " EVIL);
	assert_string_equal(json_string_value(json_object_get(json_object_get(root, "outcome"), "note")), EVIL);
	assert_non_null(strstr(json, "\\u001B[31m"));
	json_decref(root);
	free(md);
	free(html);
	free(txt);
	free(json);
}

static void test_long_tokens_are_cut_with_a_marker(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *store = open_store(f->db);
	struct session *s = NULL;
	struct session_case c;
	char path[600], bad[256], *txt;
	size_t len, i;
	int64_t id;

	/* A path of over 300 characters with no space in it. */
	snprintf(path, sizeof path, "%s/", f->dir);
	for (i = 0; i < 3; i++) {
		size_t at = strlen(path), k;
		for (k = 0; k < 100; k++)
			path[at + k] = (char)('a' + i);
		path[at + k] = '\0';
		if (i < 2) {
			assert_int_equal(mkdir(path, 0700), 0);
			strcat(path, "/");
		}
	}
	assert_int_equal(test_write_file(path, "x\n", 2), 0);
	ok(session_new(store, &s, &err), &err);
	memset(&c, 0, sizeof c);
	snprintf(c.label, sizeof c.label, "long");
	memset(c.notes, 'n', 500);
	ok(session_set_case(s, &c, &err), &err);
	ok(session_next(s, &err), &err);
	ok(session_next(s, &err), &err);
	ok(session_add_evidence(s, EVIDENCE_LOG, path, &err), &err);
	id = session_id(s);
	session_close(s);
	store_close(store);
	txt = render(f->db, id, REPORT_TXT, &len);
	if (line_too_long(txt, 80, bad, sizeof bad))
		fail_msg("%s", bad);
	assert_non_null(strstr(txt, "\u00bb\n"));
	free(txt);
}

/* ---- unfinished sessions ------------------------------------------------ */

static void assert_marked_in_progress(const char *db, int64_t id)
{
	size_t len;
	char *md = render(db, id, REPORT_MD, &len);
	char *html = render(db, id, REPORT_HTML, &len);
	char *txt = render(db, id, REPORT_TXT, &len);
	char *json = render(db, id, REPORT_JSON, &len);
	json_t *root = json_loads(json, 0, NULL);

	assert_non_null(strstr(md, "**Status: IN PROGRESS.**"));
	assert_non_null(strstr(html, "Status: IN PROGRESS."));
	assert_non_null(strstr(txt, "STATUS: IN PROGRESS."));
	assert_non_null(strstr(txt, "no outcome recorded yet"));
	assert_non_null(root);
	assert_string_equal(json_string_value(json_object_get(json_object_get(root, "session"), "state")),
			    "in-progress");
	assert_true(json_is_false(json_object_get(json_object_get(root, "outcome"), "finished")));
	json_decref(root);
	free(md);
	free(html);
	free(txt);
	free(json);
}

static void test_session_in_progress_is_marked(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_store *store = open_store(f->db);
	size_t len;
	char *txt;
	int64_t id;

	make_evidence(f->dir, 0);
	id = scanned_session(store, f->dir);
	store_close(store);
	assert_marked_in_progress(f->db, id);
	txt = render(f->db, id, REPORT_TXT, &len);
	/* Logs read, hive not yet: the hive's facts are unknown. */
	assert_non_null(strstr(txt, "size, modification time and SHA-256: not read"));
	assert_non_null(strstr(txt, "The registry has not been checked yet."));
	assert_non_null(strstr(txt, "The diagnosis step has not been reached"));
	assert_non_null(strstr(txt, "cluster.log:41"));
	free(txt);
}

static void test_interrupted_session_exports_what_was_recorded(void **state)
{
	struct test_store_dir *f = *state;
	int fds[2], status;
	char c;
	pid_t pid;
	size_t len;
	char *txt;

	make_evidence(f->dir, 0);
	store_close(open_store(f->db));
	assert_int_equal(pipe(fds), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct kb_error err = { "" };
		struct kb_store *store = NULL;
		struct session *s = NULL;
		struct session_case kase = { "tech", "INTERRUPTED", "" };
		close(fds[0]);
		if (store_open(f->db, 0, &store, NULL, &err) != 0 ||
		    session_new(store, &s, &err) != 0 ||
		    session_set_case(s, &kase, &err) != 0 || session_next(s, &err) != 0 ||
		    session_add_candidate(s, "Q262832", "picked", &err) != 0 ||
		    session_next(s, &err) != 0)
			_exit(1);
		if (write(fds[1], "r", 1) != 1)
			_exit(1);
		for (;;)
			pause();   /* killed here, mid-way through step 3 */
	}
	close(fds[1]);
	assert_int_equal(read(fds[0], &c, 1), 1);
	close(fds[0]);
	kill(pid, SIGKILL);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));

	assert_marked_in_progress(f->db, 1);
	txt = render(f->db, 1, REPORT_TXT, &len);
	assert_non_null(strstr(txt, "INTERRUPTED"));
	assert_non_null(strstr(txt, "step 3 of 7 (Log evidence)"));
	assert_non_null(strstr(txt, "No evidence files were added."));
	assert_non_null(strstr(txt, "The logs have not been read yet."));
	free(txt);
}

static void test_unknown_session_is_not_found(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *store = open_store(f->db);
	struct report *r = NULL;

	assert_int_equal(report_build(store, 99, NULL, &r, &err), KB_ENOTFOUND);
	assert_null(r);
	store_close(store);
}

/* ---- files ---------------------------------------------------------------- */

static void test_default_name_is_safe_and_dated(void **state)
{
	struct session_summary s;
	char buf[256];

	(void)state;
	memset(&s, 0, sizeof s);
	s.id = 12;
	snprintf(s.created, sizeof s.created, "2026-11-24T09:00:00.000Z");
	snprintf(s.label, sizeof s.label, "NODE1");
	report_default_name(&s, REPORT_HTML, buf, sizeof buf);
	assert_string_equal(buf, "kbwiz-session-12-NODE1-2026-11-24.html");
	snprintf(s.label, sizeof s.label, "../etc/passwd \033[31m case #7/é");
	report_default_name(&s, REPORT_MD, buf, sizeof buf);
	assert_string_equal(buf, "kbwiz-session-12-etc-passwd-31m-case-7-2026-11-24.md");
	s.label[0] = '\0';
	report_default_name(&s, REPORT_JSON, buf, sizeof buf);
	assert_string_equal(buf, "kbwiz-session-12-2026-11-24.json");
}

static void test_write_refuses_to_overwrite_without_force(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	char path[600], *data = NULL;
	size_t len;

	snprintf(path, sizeof path, "%s/r.md", f->dir);
	ok(report_write_file(path, "one", 3, 0, &err), &err);
	assert_int_equal(report_write_file(path, "two", 3, 0, &err), KB_EREFUSED);
	assert_non_null(strstr(err.msg, "already exists"));
	ok(kb_read_file(path, 100, &data, &len, &err), &err);
	assert_string_equal(data, "one");
	free(data);
	ok(report_write_file(path, "two", 3, 1, &err), &err);
	ok(kb_read_file(path, 100, &data, &len, &err), &err);
	assert_string_equal(data, "two");
	free(data);
}

/* ---- history ------------------------------------------------------------- */

/* Sessions for the history: label, outcome, rule, day. */
static void make_history(const char *db)
{
	static const struct {
		const char *label;
		int outcome;     /* -1 in progress */
		const char *rule;
		const char *day;
	} rows[] = {
		{ "NODE1, east", SESSION_RESOLVED, "Q262832", "2026-01-10" },
		{ "say \"hi\"", SESSION_NOT_RESOLVED, "Q262832", "2026-02-10" },
		{ "two\nlines", SESSION_ABANDONED, "", "2026-03-10" },
		{ "=HYPERLINK(\"http://x\")", -1, "", "2026-04-10" },
		{ "+1 -2 @x", SESSION_RESOLVED, "Q128166", "2026-05-10" },
	};
	struct kb_error err = { "" };
	struct kb_store *store = open_store(db);
	size_t i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct session *s = NULL;
		struct session_case c;
		memset(&c, 0, sizeof c);
		snprintf(c.technician, sizeof c.technician, "tech%zu", i + 1);
		snprintf(c.label, sizeof c.label, "%s", rows[i].label);
		snprintf(c.notes, sizeof c.notes, "%s", i == 2 ? "needle in the notes" : "");
		ok(session_new(store, &s, &err), &err);
		ok(session_set_case(s, &c, &err), &err);
		if (rows[i].rule[0] != '\0') {
			ok(session_next(s, &err), &err);
			ok(session_choose(s, rows[i].rule, &err), &err);
		}
		if (rows[i].outcome >= 0)
			ok(session_finish(s, (enum session_state)rows[i].outcome, "", &err), &err);
		session_close(s);
	}
	store_close(store);
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
		fix_times(db, (int64_t)i + 1, rows[i].day);
}

static char *history(const char *db, const struct session_filter *flt,
		     enum history_format fmt, size_t *n)
{
	struct kb_error err = { "" };
	struct kb_store *store = open_store(db);
	char *text = NULL;
	size_t len;

	ok(report_history(store, flt, fmt, &text, &len, n, &err), &err);
	store_close(store);
	return text;
}

static void test_history_filters(void **state)
{
	struct test_store_dir *f = *state;
	struct session_filter flt = { NULL, NULL, -1, NULL, NULL };
	size_t n;
	char *t, bad[256];

	make_history(f->db);
	free(history(f->db, &flt, HISTORY_TABLE, &n));
	assert_int_equal(n, 5);
	flt.since = "2026-02-10";
	free(history(f->db, &flt, HISTORY_TABLE, &n));
	assert_int_equal(n, 4);
	flt.until = "2026-04-09";
	free(history(f->db, &flt, HISTORY_TABLE, &n));
	assert_int_equal(n, 2);
	flt.since = flt.until = NULL;
	flt.rule = "q262832";
	free(history(f->db, &flt, HISTORY_TABLE, &n));
	assert_int_equal(n, 2);
	flt.rule = NULL;
	flt.state = SESSION_RESOLVED;
	free(history(f->db, &flt, HISTORY_TABLE, &n));
	assert_int_equal(n, 2);
	flt.state = SESSION_IN_PROGRESS;
	free(history(f->db, &flt, HISTORY_TABLE, &n));
	assert_int_equal(n, 1);
	flt.state = -1;
	flt.text = "NEEDLE";
	t = history(f->db, &flt, HISTORY_JSON, &n);
	assert_int_equal(n, 1);
	assert_non_null(strstr(t, "\"label\": \"two\\nlines\""));
	free(t);
	flt.text = NULL;
	/* Newest first; the table fits 80 columns. */
	t = history(f->db, &flt, HISTORY_TABLE, &n);
	assert_true(strstr(t, "+1 -2 @x") < strstr(t, "NODE1, east"));
	if (line_too_long(t, 80, bad, sizeof bad))
		fail_msg("%s", bad);
	assert_no_control(t, "table");
	free(t);
}

/* The column where the text after the id starts on each line of a table;
 * every row and the header agree at 100,000 sessions and more. */
static void assert_columns_in_line(const char *t, int id_cols)
{
	const char *line = t;

	while (*line != '\0' && strncmp(line, "repaired:", 9) != 0) {
		const char *nl = strchr(line, '\n');
		assert_non_null(nl);
		assert_true(nl - line > id_cols + 2);
		/* the id ends right where its column does, two spaces follow */
		assert_true(line[id_cols - 1] != ' ');
		assert_memory_equal(line + id_cols, "  ", 2);
		assert_true(line[id_cols + 2] != ' ');
		line = nl + 1;
	}
}

static void test_history_id_column_fits_the_widest_id(void **state)
{
	struct test_store_dir *f = *state;
	struct session_filter flt = { NULL, NULL, -1, NULL, NULL };
	sqlite3 *h;
	size_t n;
	char *t, bad[256];

	make_history(f->db);
	/* Up to 99999 the column is 5 wide. */
	t = history(f->db, &flt, HISTORY_TABLE, &n);
	assert_columns_in_line(t, 5);
	free(t);
	/* Ids past 99999 and past 9999999, a long label on the widest. */
	assert_int_equal(sqlite3_open(f->db, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h,
		"UPDATE sessions SET id = 123456 WHERE id = 2;"
		"UPDATE session_log SET session_id = 123456 WHERE session_id = 2;"
		"UPDATE sessions SET id = 123456789, label = 'a label much longer than the column it has'"
		" WHERE id = 4;"
		"UPDATE session_log SET session_id = 123456789 WHERE session_id = 4;",
		NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	t = history(f->db, &flt, HISTORY_TABLE, &n);
	assert_int_equal(n, 5);
	assert_columns_in_line(t, 9);
	assert_non_null(strstr(t, "\n123456789  2026-04-10 09:00  "));
	assert_non_null(strstr(t, "\n   123456  2026-02-10 09:00  "));
	assert_non_null(strstr(t, "\n        1  2026-01-10 09:00  "));
	/* The label gives up the columns the id took, cut with a marker. */
	assert_non_null(strstr(t, "a label much longer tha~\n"));
	if (line_too_long(t, 80, bad, sizeof bad))
		fail_msg("%s", bad);
	assert_no_control(t, "table");
	free(t);
	/* The widest id on the newest session, the first row: the rows are
	 * written that wide from the start, the same table. */
	assert_int_equal(sqlite3_open(f->db, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, "UPDATE sessions SET created_at = '2027-01-01T09:00:00.000Z'"
				      " WHERE id = 123456789", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	t = history(f->db, &flt, HISTORY_TABLE, &n);
	assert_columns_in_line(t, 9);
	assert_non_null(strstr(t, "\n123456789  2027-01-01 09:00  "));
	assert_non_null(strstr(t, "\n   123456  2026-02-10 09:00  "));
	assert_non_null(strstr(t, "a label much longer tha~\n"));
	if (line_too_long(t, 80, bad, sizeof bad))
		fail_msg("%s", bad);
	free(t);
}

static void test_history_csv_quotes_and_neutralises_formulas(void **state)
{
	struct test_store_dir *f = *state;
	struct session_filter flt = { NULL, NULL, -1, NULL, NULL };
	size_t n;
	char *t;

	make_history(f->db);
	t = history(f->db, &flt, HISTORY_CSV, &n);
	assert_int_equal(n, 5);
	assert_true(strncmp(t, "id,created,updated,technician,label,state,step,step_name,rule\r\n",
			    63) == 0);
	assert_non_null(strstr(t, "\r\n1,2026-01-10T09:00:00.000Z,2026-01-10T09:0"));
	assert_non_null(strstr(t, ",tech1,\"NODE1, east\",resolved,"));
	assert_non_null(strstr(t, ",tech2,\"say \"\"hi\"\"\",not-resolved,"));
	/* Line breaks from the store are made visible, as on the terminal. */
	assert_non_null(strstr(t, ",tech3,two\\x0alines,abandoned,"));
	assert_non_null(strstr(t, ",tech4,\"'=HYPERLINK(\"\"http://x\"\")\",in-progress,1,Case details,\r\n"));
	assert_non_null(strstr(t, ",tech5,'+1 -2 @x,resolved,"));
	assert_null(strstr(t, ",=") );
	assert_null(strstr(t, ",+"));
	free(t);
}

static void test_csv_field_rules(void **state)
{
	char *buf = NULL;
	size_t len = 0, cap = 0;

	(void)state;
	assert_int_equal(report_csv_field(&buf, &len, &cap, "plain"), 0);
	assert_int_equal(report_csv_field(&buf, &len, &cap, "a,b"), 0);
	assert_int_equal(report_csv_field(&buf, &len, &cap, "-5"), 0);
	assert_int_equal(report_csv_field(&buf, &len, &cap, "@SUM(A1)"), 0);
	assert_int_equal(report_csv_field(&buf, &len, &cap, "x\r\ny"), 0);
	assert_int_equal(report_csv_field(&buf, &len, &cap, ""), 0);
	assert_string_equal(buf, "plain\"a,b\"'-5'@SUM(A1)x\\x0d\\x0ay");
	free(buf);
}

/* ---- fixture for the end-to-end script ------------------------------------- */

static int make_fixture(const char *dir)
{
	char db[1200];
	int64_t id;

	snprintf(db, sizeof db, "%s/kbwiz.db", dir);
	id = make_resolved_session(db, dir, 0);
	printf("%lld\n", (long long)id);
	return 0;
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_reports_match_golden_files, setup, teardown),
		cmocka_unit_test_setup_teardown(test_repaired_report_keeps_what_was_found, setup, teardown),
		cmocka_unit_test_setup_teardown(test_times_show_the_machine_clock_beside_utc, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unexplained_events_are_reported, setup, teardown),
		cmocka_unit_test_setup_teardown(test_report_holds_every_part, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hostile_text_comes_out_as_text_in_every_format, setup, teardown),
		cmocka_unit_test_setup_teardown(test_long_tokens_are_cut_with_a_marker, setup, teardown),
		cmocka_unit_test_setup_teardown(test_session_in_progress_is_marked, setup, teardown),
		cmocka_unit_test_setup_teardown(test_interrupted_session_exports_what_was_recorded, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unknown_session_is_not_found, setup, teardown),
		cmocka_unit_test(test_default_name_is_safe_and_dated),
		cmocka_unit_test_setup_teardown(test_write_refuses_to_overwrite_without_force, setup, teardown),
		cmocka_unit_test_setup_teardown(test_history_filters, setup, teardown),
		cmocka_unit_test_setup_teardown(test_history_id_column_fits_the_widest_id, setup, teardown),
		cmocka_unit_test_setup_teardown(test_history_csv_quotes_and_neutralises_formulas, setup, teardown),
		cmocka_unit_test(test_csv_field_rules),
	};

	if (getcwd(src_dir, sizeof src_dir) == NULL)
		return 1;
	if (argc == 3 && strcmp(argv[1], "--make-fixture") == 0)
		return make_fixture(argv[2]);
	if (argc != 1) {
		fprintf(stderr, "usage: test_report [--make-fixture DIR]\n");
		return 2;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
