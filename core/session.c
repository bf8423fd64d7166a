/* session.c: the wizard's engine (session.h).
 *
 * Every change is one transaction: the change itself, a line in the
 * session's timeline, and the session's updated_at.  A process killed at
 * any moment leaves the session as it was after the last completed change,
 * and session_open() brings it back at that step. */
#include "kbwiz/session.h"

#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "kbwiz/fsutil.h"
#include "kbwiz/repair_record.h"
#include "kbwiz/rule_load.h"
#include "kbwiz/svcdoctor.h"
#include "kbwiz/unexplained.h"
#include "session_svd.h"
#include "session_text.h"
#include "sql_util.h"
#include "store_internal.h"

struct fix_record {
	char rule_id[64];
	char fix_id[64];
	enum fix_status status;
	char *note;
};

struct session {
	struct kb_store *store;
	int64_t id;
	enum session_step step;
	enum session_state state;
	struct session_case kase;
	char **candidates;
	char **candidates_how;      /* parallel to candidates */
	size_t n_candidates;
	struct evidence_set ev;
	struct diagnosis *diag;     /* over every rule in the store */
	int scanned, checked, ranked;
	char chosen[64];
	struct fix_record *fixes;
	size_t n_fixes;
	char *outcome_note;
	/* What was found before the checks ran again on a hive this session
	 * repaired: the findings ("findings", a diagnosis document) and the
	 * evidence facts then ("evidence"), as recorded under "found" in the
	 * session's diagnosis_json.  NULL while nothing was repaired. */
	json_t *found_doc;
	struct diagnosis *found;
	struct session_verification ver;
	int have_ver;
	/* The events no rule explains (unexplained.h), as the "unexplained"
	 * object of the findings document; NULL before a scan. */
	json_t *unexplained;
	/* The service doctor's findings (session_svd.c), as the
	 * "service_doctor" object of the findings document and read back
	 * from it; NULL until the diagnosis step ran it. */
	json_t *svd_doc;
	struct svd_report *svd;
	/* The event files as the scan read them (unexplained_share): the
	 * unexplained events and the service doctor take them from here
	 * instead of reading the files again.  have_events 0 (no scan in this
	 * process, or its read failed): they read the files. */
	struct evl_list events;
	int have_events;
};

static void drop_events(struct session *s)
{
	evl_free(&s->events);
	memset(&s->events, 0, sizeof s->events);
	s->have_events = 0;
}

/* ---- names --------------------------------------------------------------- */

const char *session_step_name(enum session_step s)
{
	static const char *const names[] = {
		"", "Case details", "Symptoms", "Log evidence", "Registry checks",
		"Diagnosis", "Remediation", "Summary",
	};

	return s >= STEP_CASE && s <= STEP_SUMMARY ? names[s] : "?";
}

static const char *const state_db_names[] = {
	"in-progress", "resolved", "not-resolved", "abandoned",
};

const char *session_state_name(enum session_state s)
{
	static const char *const names[] = {
		"in progress", "resolved", "not resolved", "abandoned",
	};

	return (unsigned)s <= SESSION_ABANDONED ? names[s] : "?";
}

/* The store's own names first, exactly (once per row of a 100,000-session
 * listing), then either kind of name whatever its case (a user's filter). */
int session_state_from_name(const char *name)
{
	int i;

	if (name == NULL)
		return -1;
	for (i = 0; i <= SESSION_ABANDONED; i++)
		if (strcmp(name, state_db_names[i]) == 0)
			return i;
	for (i = 0; i <= SESSION_ABANDONED; i++)
		if (strcasecmp(name, state_db_names[i]) == 0 ||
		    strcasecmp(name, session_state_name((enum session_state)i)) == 0)
			return i;
	return -1;
}

static const char *const fix_db_names[] = { "pending", "done", "skipped", "failed" };

static int fix_status_from_db(const char *name)
{
	int i;

	for (i = 0; i <= FIXST_FAILED; i++)
		if (strcmp(name, fix_db_names[i]) == 0)
			return i;
	return FIXST_PENDING;
}

/* ---- store helpers ------------------------------------------------------- */

static void now_iso(char *buf, size_t size)
{
	struct timespec ts;
	struct tm tm;
	size_t n;

	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	n = strftime(buf, size, "%Y-%m-%dT%H:%M:%S", &tm);
	/* Milliseconds keep the timeline in order within one second. */
	if (n > 0 && n + 6 <= size)
		snprintf(buf + n, size - n, ".%03dZ", (int)(ts.tv_nsec / 1000000) % 1000);
}

static int begin(struct session *s, struct kb_error *err)
{
	if (s->state != SESSION_IN_PROGRESS)
		return kb_errorf(err, KB_EREFUSED, "session %lld is %s: it can be read, not changed",
				 (long long)s->id, session_state_name(s->state));
	return store_begin(s->store, err);
}

/* The timeline line and updated_at, then COMMIT; ROLLBACK on any failure.
 * rc is the result of the change itself. */
static int finish_tx(struct session *s, int rc, const char *kind,
		     struct kb_error *err, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static int finish_tx(struct session *s, int rc, const char *kind,
		     struct kb_error *err, const char *fmt, ...)
{
	sqlite3 *db = store_db(s->store);
	char now[40], text[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	now_iso(now, sizeof now);
	if (rc == 0)
		rc = sql_exec_bind(db, "INSERT INTO session_log(session_id, at, step, kind, text)"
				   " VALUES(?, ?, ?, ?, ?)", "itits",
				   s->id, now, (int64_t)s->step, kind, text);
	if (rc == 0)
		rc = sql_exec_bind(db, "UPDATE sessions SET updated_at = ?, step = ? WHERE id = ?",
				   "tii", now, (int64_t)s->step, s->id);
	if (rc != 0) {
		store_rollback(s->store);
		return store_dberr(s->store, err, "recording the session");
	}
	return store_commit(s->store, err);
}

/* ---- building the findings ---------------------------------------------- */

static int load_rules_into(struct session *s, struct diagnosis **out,
			   struct kb_error *err)
{
	struct rule_set set;
	int rc;

	rc = store_get_rules(s->store, NULL, &set, err);
	if (rc != 0)
		return rc;
	rc = diagnosis_new(set.rules, set.n, out, err);
	if (rc != 0)
		rule_set_free(&set);
	else
		free(set.rules);   /* the diagnosis owns the rules now */
	return rc;
}

/* Answers and candidates recorded for this session, onto d. */
static int apply_choices_to(struct session *s, struct diagnosis *d, struct kb_error *err)
{
	sqlite3 *db = store_db(s->store);
	sqlite3_stmt *st;
	size_t i;

	for (i = 0; i < s->n_candidates; i++)
		diagnosis_set_candidate(d, s->candidates[i], 1, NULL);
	if (sqlite3_prepare_v2(db, "SELECT rule_id, symptom_id, answer FROM session_answers"
			       " WHERE session_id = ?", -1, &st, NULL) != SQLITE_OK)
		return store_dberr(s->store, err, "reading answers");
	sqlite3_bind_int64(st, 1, s->id);
	while (sqlite3_step(st) == SQLITE_ROW)
		/* A rule gone from the store since: its answer stays recorded. */
		diagnosis_answer(d, (const char *)sqlite3_column_text(st, 0),
				 (const char *)sqlite3_column_text(st, 1),
				 sqlite3_column_int(st, 2), NULL);
	sqlite3_finalize(st);
	return 0;
}

static int apply_choices(struct session *s, struct kb_error *err)
{
	return apply_choices_to(s, s->diag, err);
}

/* The service doctor's recorded object (a reference is taken; NULL
 * clears it), and its findings read back from it, so that what the
 * session shows now is what a reopened one shows.  A record that does
 * not read back is kept as recorded, without findings. */
static void set_service_doctor(struct session *s, json_t *doc)
{
	struct kb_error ignore;
	json_t *old = s->svd_doc;

	/* Taken before the old one is let go: doc may be it. */
	s->svd_doc = json_incref(doc);
	json_decref(old);
	svd_free(s->svd);
	s->svd = NULL;
	if (doc != NULL)
		(void)svd_from_json(doc, &s->svd, &ignore);
}

/* New evidence makes the old findings stale: start the findings again. */
static int rebuild_findings(struct session *s, struct kb_error *err)
{
	struct diagnosis *fresh = NULL;
	int rc;

	if ((rc = load_rules_into(s, &fresh, err)) != 0)
		return rc;
	diagnosis_free(s->diag);
	s->diag = fresh;
	s->scanned = s->checked = s->ranked = 0;
	json_decref(s->unexplained);
	s->unexplained = NULL;
	set_service_doctor(s, NULL);
	drop_events(s);
	return apply_choices(s, err);
}

static json_t *verification_json(const struct session_verification *v)
{
	return json_pack("{s:s, s:s, s:i, s:i, s:s, s:s, s:s, s:s}", "rule", v->rule_id,
			 "result", v->fixed ? "fixed" : "not-fixed", "passed", v->passed,
			 "total", v->total, "at", v->at, "hive", v->hive,
			 "hive_sha256", v->hive_sha256, "text", v->text);
}

static void verification_from_json(json_t *o, struct session_verification *v)
{
	const char *result = json_string_value(json_object_get(o, "result"));

	memset(v, 0, sizeof *v);
#define COPY(field, key) snprintf(v->field, sizeof v->field, "%s", \
		json_string_value(json_object_get(o, key)) != NULL ? \
		json_string_value(json_object_get(o, key)) : "")
	COPY(rule_id, "rule");
	COPY(at, "at");
	COPY(hive, "hive");
	COPY(hive_sha256, "hive_sha256");
	COPY(text, "text");
#undef COPY
	v->fixed = result != NULL && strcmp(result, "fixed") == 0;
	v->passed = (int)json_integer_value(json_object_get(o, "passed"));
	v->total = (int)json_integer_value(json_object_get(o, "total"));
}

/* The findings document, with what was found before a repair ("found")
 * and the last verification ("verification") beside it when there are
 * any: one document, so that reading a session back is one column. */
static char *findings_json(struct session *s)
{
	struct kb_error jerr;
	json_t *root;
	char *json = NULL, *out;

	if (diagnosis_to_json(s->diag, &json, &jerr) != 0)
		return NULL;
	if (s->found_doc == NULL && !s->have_ver && s->unexplained == NULL && s->svd_doc == NULL)
		return json;
	root = json_loads(json, JSON_DECODE_ANY, NULL);
	free(json);
	if (root == NULL)
		return NULL;
	if (s->found_doc != NULL)
		json_object_set(root, "found", s->found_doc);
	if (s->have_ver)
		json_object_set_new(root, "verification", verification_json(&s->ver));
	if (s->unexplained != NULL)
		json_object_set(root, "unexplained", s->unexplained);
	if (s->svd_doc != NULL)
		json_object_set(root, "service_doctor", s->svd_doc);
	out = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	return out;
}

/* The events no rule explains, listed again: which rules apply (the
 * registry checks) decides which events they explain.  Not being able to
 * list them is no reason to lose the findings: the list is left out and
 * the files' problems are in the findings. */
static void refresh_unexplained(struct session *s)
{
	struct unexplained *u = NULL;
	struct kb_error err;
	char *doc = NULL;
	json_t *root;

	json_decref(s->unexplained);
	s->unexplained = NULL;
	if (unexplained_for_events(s->diag, &s->ev, s->have_events ? &s->events : NULL, s->store,
				   &u, &err) != 0 || u == NULL ||
	    (doc = strdup("{}")) == NULL || unexplained_add_to_json(u, &doc, &err) != 0)
		goto out;
	root = json_loads(doc, 0, NULL);
	s->unexplained = json_incref(json_object_get(root, "unexplained"));
	json_decref(root);
out:
	free(doc);
	unexplained_free(u);
}

static int save_findings(struct session *s)
{
	char *json = findings_json(s);
	int rc;

	if (json == NULL)
		return SQLITE_NOMEM;
	rc = sql_exec_bind(store_db(s->store),
			   "UPDATE sessions SET diagnosis_json = ?, scanned = ?, registry_checked = ?"
			   " WHERE id = ?", "tiii", json, (int64_t)s->scanned,
			   (int64_t)s->checked, s->id);
	free(json);
	return rc;
}

/* The findings and evidence facts as they are now, for "found". */
static json_t *found_snapshot(struct session *s)
{
	struct evidence_facts facts;
	struct kb_error jerr;
	json_t *doc, *files;
	char *json = NULL;
	size_t i;
	int known;

	if (diagnosis_to_json(s->diag, &json, &jerr) != 0)
		return NULL;
	doc = json_object();
	files = json_array();
	json_object_set_new(doc, "findings", json_loads(json, 0, NULL));
	free(json);
	for (i = 0; i < s->ev.n; i++) {
		if (session_evidence_facts(s, i, &facts, &known, &jerr) != 0 || !known)
			continue;
		json_array_append_new(files, json_pack("{s:s, s:I, s:I, s:s}",
						       "path", s->ev.files[i].path,
						       "size", (json_int_t)facts.size_bytes,
						       "mtime", (json_int_t)facts.mtime,
						       "sha256", facts.sha256));
	}
	json_object_set_new(doc, "evidence", files);
	if (json_object_get(doc, "findings") == NULL) {
		json_decref(doc);
		return NULL;
	}
	return doc;
}

/* s->found from s->found_doc: the rules as loaded now, with the recorded
 * findings put back. */
static int restore_found(struct session *s, struct kb_error *err)
{
	struct diagnosis *d = NULL;
	char *json;
	int rc;

	json = json_dumps(json_object_get(s->found_doc, "findings"), JSON_COMPACT);
	if (json == NULL)
		return kb_errorf(err, KB_EFORMAT, "session %lld: damaged record of what was found",
				 (long long)s->id);
	if ((rc = load_rules_into(s, &d, err)) == 0 &&
	    (rc = diagnosis_restore_json(d, json, err)) == 0)
		rc = apply_choices_to(s, d, err);
	free(json);
	if (rc != 0) {
		diagnosis_free(d);
		return rc;
	}
	diagnosis_free(s->found);
	s->found = d;
	return 0;
}

/* ---- lifetime ----------------------------------------------------------- */

static void default_technician(char *buf, size_t size)
{
	struct passwd *pw = getpwuid(getuid());
	const char *user = getenv("USER");

	if (pw != NULL && pw->pw_name != NULL)
		snprintf(buf, size, "%s", pw->pw_name);
	else if (user != NULL)
		snprintf(buf, size, "%s", user);
	else
		buf[0] = '\0';
}

int session_new(struct kb_store *store, struct session **out, struct kb_error *err)
{
	struct session *s;
	char now[40];
	int rc;

	*out = NULL;
	s = calloc(1, sizeof *s);
	if (s == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	s->store = store;
	s->step = STEP_CASE;
	s->state = SESSION_IN_PROGRESS;
	default_technician(s->kase.technician, sizeof s->kase.technician);
	if ((rc = load_rules_into(s, &s->diag, err)) != 0)
		goto fail;
	now_iso(now, sizeof now);
	if ((rc = store_begin(store, err)) != 0)
		goto fail;
	rc = sql_exec_bind(store_db(store),
			   "INSERT INTO sessions(created_at, updated_at, technician, state, step,"
			   " kbwiz_version) VALUES(?, ?, ?, 'in-progress', 1, ?)",
			   "tttt", now, now, s->kase.technician, KBWIZ_VERSION);
	if (rc != 0) {
		store_rollback(store);
		rc = store_dberr(store, err, "starting a session");
		goto fail;
	}
	s->id = sqlite3_last_insert_rowid(store_db(store));
	if ((rc = finish_tx(s, 0, "start", err, "session started by %s (kbwiz %s, %zu rules)",
			    s->kase.technician, KBWIZ_VERSION, s->diag->n_rules)) != 0)
		goto fail;
	*out = s;
	return 0;
fail:
	session_close(s);
	return rc;
}

void session_close(struct session *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->n_candidates; i++) {
		free(s->candidates[i]);
		free(s->candidates_how[i]);
	}
	free(s->candidates);
	free(s->candidates_how);
	for (i = 0; i < s->n_fixes; i++)
		free(s->fixes[i].note);
	free(s->fixes);
	free(s->outcome_note);
	evidence_set_free(&s->ev);
	diagnosis_free(s->diag);
	diagnosis_free(s->found);
	json_decref(s->found_doc);
	json_decref(s->unexplained);
	set_service_doctor(s, NULL);
	drop_events(s);
	free(s);
}

static int add_candidate_mem(struct session *s, const char *rule_id, const char *how)
{
	char **grown, **grown_how, *copy, *how_copy;

	grown = realloc(s->candidates, (s->n_candidates + 1) * sizeof *grown);
	if (grown != NULL)
		s->candidates = grown;
	grown_how = realloc(s->candidates_how, (s->n_candidates + 1) * sizeof *grown_how);
	if (grown_how != NULL)
		s->candidates_how = grown_how;
	copy = strdup(rule_id);
	how_copy = strdup(how != NULL ? how : "");
	if (grown == NULL || grown_how == NULL || copy == NULL || how_copy == NULL) {
		free(copy);
		free(how_copy);
		return -1;
	}
	s->candidates[s->n_candidates] = copy;
	s->candidates_how[s->n_candidates++] = how_copy;
	return 0;
}

static int set_fix_mem(struct session *s, const char *rule_id, const char *fix_id,
		       enum fix_status status, const char *note)
{
	struct fix_record *f = NULL, *grown;
	size_t i;

	for (i = 0; i < s->n_fixes; i++)
		if (strcmp(s->fixes[i].rule_id, rule_id) == 0 &&
		    strcmp(s->fixes[i].fix_id, fix_id) == 0)
			f = &s->fixes[i];
	if (f == NULL) {
		grown = realloc(s->fixes, (s->n_fixes + 1) * sizeof *grown);
		if (grown == NULL)
			return -1;
		s->fixes = grown;
		f = &grown[s->n_fixes++];
		memset(f, 0, sizeof *f);
		snprintf(f->rule_id, sizeof f->rule_id, "%s", rule_id);
		snprintf(f->fix_id, sizeof f->fix_id, "%s", fix_id);
	}
	free(f->note);
	f->status = status;
	f->note = strdup(note != NULL ? note : "");
	return f->note != NULL ? 0 : -1;
}

static int load_session_rows(struct session *s, struct kb_error *err)
{
	sqlite3 *db = store_db(s->store);
	sqlite3_stmt *st;
	int rc = 0;

	if (sqlite3_prepare_v2(db, "SELECT rule_id, how FROM session_candidates WHERE session_id = ?"
			       " ORDER BY ord", -1, &st, NULL) != SQLITE_OK)
		return store_dberr(s->store, err, "reading the session");
	sqlite3_bind_int64(st, 1, s->id);
	while (rc == 0 && sqlite3_step(st) == SQLITE_ROW)
		rc = add_candidate_mem(s, (const char *)sqlite3_column_text(st, 0),
				       (const char *)sqlite3_column_text(st, 1));
	sqlite3_finalize(st);
	if (sqlite3_prepare_v2(db, "SELECT kind, path, found_as FROM session_evidence"
			       " WHERE session_id = ? ORDER BY ord", -1, &st, NULL) != SQLITE_OK)
		return store_dberr(s->store, err, "reading the session");
	sqlite3_bind_int64(st, 1, s->id);
	while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
		const char *kind = (const char *)sqlite3_column_text(st, 0);
		enum evidence_kind k = strcmp(kind, "hive") == 0 ? EVIDENCE_HIVE :
				       strcmp(kind, "log") == 0 ? EVIDENCE_LOG : EVIDENCE_EVENTS;
		rc = evidence_add(&s->ev, k, (const char *)sqlite3_column_text(st, 1), err);
	}
	sqlite3_finalize(st);
	if (sqlite3_prepare_v2(db, "SELECT rule_id, fix_id, status, note FROM session_fixes"
			       " WHERE session_id = ?", -1, &st, NULL) != SQLITE_OK)
		return store_dberr(s->store, err, "reading the session");
	sqlite3_bind_int64(st, 1, s->id);
	while (rc == 0 && sqlite3_step(st) == SQLITE_ROW)
		rc = set_fix_mem(s, (const char *)sqlite3_column_text(st, 0),
				 (const char *)sqlite3_column_text(st, 1),
				 (enum fix_status)fix_status_from_db((const char *)sqlite3_column_text(st, 2)),
				 (const char *)sqlite3_column_text(st, 3));
	sqlite3_finalize(st);
	if (rc != 0)
		return rc < 0 ? kb_errorf(err, KB_ENOMEM, "out of memory") : rc;
	return 0;
}

static int restore_found_and_verification(struct session *s, const char *json,
					  struct kb_error *err)
{
	json_t *root = json_loads(json, 0, NULL), *ver;
	int rc = 0;

	if (root == NULL)
		return 0;   /* diagnosis_restore_json said what was wrong */
	if (json_is_object(json_object_get(root, "unexplained")))
		s->unexplained = json_incref(json_object_get(root, "unexplained"));
	if (json_is_object(json_object_get(root, "service_doctor")))
		set_service_doctor(s, json_object_get(root, "service_doctor"));
	ver = json_object_get(root, "verification");
	if (json_is_object(ver)) {
		verification_from_json(ver, &s->ver);
		s->have_ver = 1;
	}
	if (json_is_object(json_object_get(root, "found"))) {
		s->found_doc = json_incref(json_object_get(root, "found"));
		rc = restore_found(s, err);
	}
	json_decref(root);
	return rc;
}

int session_open(struct kb_store *store, int64_t id, struct session **out,
		 struct kb_error *err)
{
	sqlite3_stmt *st;
	struct session *s;
	char *json = NULL;
	int rc;

	*out = NULL;
	s = calloc(1, sizeof *s);
	if (s == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	s->store = store;
	s->id = id;
	if (sqlite3_prepare_v2(store_db(store),
			       "SELECT technician, label, notes, state, step, chosen_rule,"
			       " outcome_note, scanned, registry_checked, diagnosis_json"
			       " FROM sessions WHERE id = ?", -1, &st, NULL) != SQLITE_OK) {
		rc = store_dberr(store, err, "reading a session");
		goto fail;
	}
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		rc = kb_errorf(err, KB_ENOTFOUND, "no session %lld in %s", (long long)id,
			       store_path(store));
		goto fail;
	}
	sql_copy_text(s->kase.technician, sizeof s->kase.technician, st, 0);
	sql_copy_text(s->kase.label, sizeof s->kase.label, st, 1);
	sql_copy_text(s->kase.notes, sizeof s->kase.notes, st, 2);
	s->state = (enum session_state)session_state_from_name((const char *)sqlite3_column_text(st, 3));
	s->step = (enum session_step)sqlite3_column_int(st, 4);
	sql_copy_text(s->chosen, sizeof s->chosen, st, 5);
	s->outcome_note = strdup((const char *)sqlite3_column_text(st, 6));
	s->scanned = sqlite3_column_int(st, 7);
	s->checked = sqlite3_column_int(st, 8);
	if (sqlite3_column_type(st, 9) != SQLITE_NULL)
		json = strdup((const char *)sqlite3_column_text(st, 9));
	sqlite3_finalize(st);
	if ((int)s->state < 0 || s->step < STEP_CASE || s->step > STEP_SUMMARY) {
		rc = kb_errorf(err, KB_EFORMAT, "session %lld: damaged record", (long long)id);
		goto fail;
	}
	if ((rc = load_session_rows(s, err)) != 0 ||
	    (rc = load_rules_into(s, &s->diag, err)) != 0)
		goto fail;
	if (json != NULL && (rc = diagnosis_restore_json(s->diag, json, err)) != 0)
		goto fail;
	if ((rc = apply_choices(s, err)) != 0)
		goto fail;
	if (json != NULL && (rc = restore_found_and_verification(s, json, err)) != 0)
		goto fail;
	s->ranked = s->step >= STEP_DIAGNOSIS;
	free(json);
	*out = s;
	return 0;
fail:
	free(json);
	session_close(s);
	return rc;
}

int64_t session_id(const struct session *s) { return s->id; }
enum session_step session_step(const struct session *s) { return s->step; }
enum session_state session_state(const struct session *s) { return s->state; }
int session_read_only(const struct session *s) { return s->state != SESSION_IN_PROGRESS; }
struct kb_store *session_store(const struct session *s) { return s->store; }

/* ---- navigation --------------------------------------------------------- */

static size_t count_kind(const struct session *s, enum evidence_kind kind)
{
	size_t i, n = 0;

	for (i = 0; i < s->ev.n; i++)
		n += s->ev.files[i].kind == kind;
	return n;
}

int session_can_advance(const struct session *s, char *reason, size_t size)
{
	char dummy[8];

	if (reason == NULL) {
		reason = dummy;
		size = sizeof dummy;
	}
	reason[0] = '\0';
	if (s->state != SESSION_IN_PROGRESS) {
		snprintf(reason, size, "this session is %s", session_state_name(s->state));
		return 0;
	}
	switch (s->step) {
	case STEP_EVIDENCE:
		if (!s->scanned && count_kind(s, EVIDENCE_LOG) + count_kind(s, EVIDENCE_EVENTS) > 0) {
			snprintf(reason, size, "read the evidence first (scan), or remove it");
			return 0;
		}
		return 1;
	case STEP_REGISTRY:
		if (!s->checked && count_kind(s, EVIDENCE_HIVE) > 0) {
			snprintf(reason, size, "run the registry checks first, or remove the hives");
			return 0;
		}
		return 1;
	case STEP_SUMMARY:
		snprintf(reason, size, "this is the last step: record the outcome to finish");
		return 0;
	default:
		return 1;
	}
}

/* The rule to remediate when the technician has not chosen: the best
 * diagnosed rule, else the first candidate. */
static void default_choice(struct session *s)
{
	size_t i;

	if (s->chosen[0] != '\0')
		return;
	for (i = 0; i < s->diag->n_rules; i++)
		if (s->diag->rules[i].diagnosed) {
			snprintf(s->chosen, sizeof s->chosen, "%s", s->diag->rules[i].rule->id);
			return;
		}
	if (s->n_candidates > 0)
		snprintf(s->chosen, sizeof s->chosen, "%s", s->candidates[0]);
}

int session_next(struct session *s, struct kb_error *err)
{
	enum session_step from = s->step, to;
	char reason[256];
	int rc = 0;

	if (!session_can_advance(s, reason, sizeof reason))
		return kb_errorf(err, KB_EINVAL, "%s", reason);
	char chosen_before[sizeof s->chosen];
	json_t *svd_before = NULL, *svd_now = NULL;

	to = (enum session_step)(from + 1);
	/* The service doctor runs before the transaction, which stays
	 * short (on the scan's events; it reads the files only for a
	 * session reopened from the store). */
	if (to == STEP_DIAGNOSIS && s->state == SESSION_IN_PROGRESS)
		svd_now = session_svd_run(s->store, &s->ev, s->have_events ? &s->events : NULL);
	if ((rc = begin(s, err)) != 0) {
		json_decref(svd_now);
		return rc;
	}
	memcpy(chosen_before, s->chosen, sizeof chosen_before);
	if (to == STEP_DIAGNOSIS) {
		diagnosis_rank(s->diag, NULL);
		s->ranked = 1;
		default_choice(s);
		svd_before = json_incref(s->svd_doc);
		set_service_doctor(s, svd_now);
		rc = save_findings(s);
		if (rc == 0)
			rc = sql_exec_bind(store_db(s->store), "UPDATE sessions SET chosen_rule = ? WHERE id = ?",
					   "ti", s->chosen, s->id);
	}
	/* Nothing to remediate: the summary comes next. */
	if (to == STEP_REMEDIATION && s->chosen[0] == '\0')
		to = STEP_SUMMARY;
	s->step = to;
	rc = finish_tx(s, rc, "step", err, "step %d -> %d (%s)", from, to, session_step_name(to));
	if (rc != 0) {
		/* Rolled back: memory goes back to what the store holds. */
		s->step = from;
		memcpy(s->chosen, chosen_before, sizeof chosen_before);
		if (to == STEP_DIAGNOSIS)
			set_service_doctor(s, svd_before);
	}
	json_decref(svd_before);
	json_decref(svd_now);
	return rc;
}

int session_back(struct session *s, struct kb_error *err)
{
	enum session_step from = s->step, to;
	int rc;

	if (from == STEP_CASE)
		return kb_errorf(err, KB_EINVAL, "this is the first step");
	to = (enum session_step)(from - 1);
	if (to == STEP_REMEDIATION && s->chosen[0] == '\0')
		to = STEP_DIAGNOSIS;
	if ((rc = begin(s, err)) != 0)
		return rc;
	s->step = to;
	rc = finish_tx(s, 0, "step", err, "step %d -> %d (%s), back", from, to, session_step_name(to));
	if (rc != 0)
		s->step = from;
	return rc;
}

/* ---- step 1 ------------------------------------------------------------- */

const struct session_case *session_get_case(const struct session *s)
{
	return &s->kase;
}

int session_set_case(struct session *s, const struct session_case *c,
		     struct kb_error *err)
{
	int rc;

	if ((rc = begin(s, err)) != 0)
		return rc;
	rc = sql_exec_bind(store_db(s->store),
			   "UPDATE sessions SET technician = ?, label = ?, notes = ? WHERE id = ?",
			   "ttti", c->technician, c->label, c->notes, s->id);
	rc = finish_tx(s, rc, "case", err, "technician \"%s\", case \"%s\"%s",
		       c->technician, c->label, c->notes[0] != '\0' ? ", notes" : "");
	if (rc == 0 && c != &s->kase)
		s->kase = *c;
	return rc;
}

/* ---- step 2 ------------------------------------------------------------- */

int session_search(struct session *s, const char *query, struct search_hit *hits,
		   size_t max, size_t *n_hits, struct kb_error *err)
{
	int rc = store_search(s->store, query, hits, max, n_hits, err);

	if (rc != 0 || s->state != SESSION_IN_PROGRESS)
		return rc;
	if ((rc = begin(s, err)) != 0)
		return rc;
	return finish_tx(s, 0, "search", err, "searched \"%s\": %zu rule%s", query, *n_hits,
			 *n_hits == 1 ? "" : "s");
}

int session_known_symptoms(struct session *s, struct known_symptom **out,
			   size_t *n, struct kb_error *err)
{
	size_t i, j, count = 0, k = 0;
	struct known_symptom *list;

	for (i = 0; i < s->diag->n_rules; i++)
		for (j = 0; j < s->diag->rules[i].rule->n_symptoms; j++)
			count += s->diag->rules[i].rule->symptoms[j].kind != SYMPTOM_QUESTION;
	list = calloc(count + 1, sizeof *list);
	if (list == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	for (i = 0; i < s->diag->n_rules; i++) {
		const struct rule *r = s->diag->rules[i].rule;
		for (j = 0; j < r->n_symptoms; j++) {
			const struct rule_symptom *sy = &r->symptoms[j];
			if (sy->kind == SYMPTOM_QUESTION)
				continue;
			snprintf(list[k].rule_id, sizeof list[k].rule_id, "%s", r->id);
			snprintf(list[k].symptom_id, sizeof list[k].symptom_id, "%s", sy->id);
			if (sy->kind == SYMPTOM_EVENT)
				snprintf(list[k].text, sizeof list[k].text, "Event %u from %s%s%s%s",
					 sy->event_id, sy->source,
					 sy->n_text > 0 ? " (" : "", sy->n_text > 0 ? sy->text[0] : "",
					 sy->n_text > 0 ? ")" : "");
			else
				snprintf(list[k].text, sizeof list[k].text, "Error %u: %s",
					 sy->error_code, sy->message);
			k++;
		}
	}
	*out = list;
	*n = k;
	return 0;
}

static const struct rule *find_rule(const struct session *s, const char *rule_id)
{
	const struct diag_rule *dr = diagnosis_find(s->diag, rule_id);

	return dr != NULL ? dr->rule : NULL;
}

static int is_candidate(const struct session *s, const char *rule_id)
{
	size_t i;

	for (i = 0; i < s->n_candidates; i++)
		if (strcasecmp(s->candidates[i], rule_id) == 0)
			return 1;
	return 0;
}

int session_add_candidate(struct session *s, const char *rule_id, const char *how,
			  struct kb_error *err)
{
	const struct rule *r = find_rule(s, rule_id);
	int rc;

	if (r == NULL)
		return kb_errorf(err, KB_ENOTFOUND, "no rule '%s' in the store", rule_id);
	if (is_candidate(s, r->id))
		return 0;
	if ((rc = begin(s, err)) != 0)
		return rc;
	rc = sql_exec_bind(store_db(s->store),
			   "INSERT INTO session_candidates(session_id, rule_id, ord, how) VALUES(?, ?, ?, ?)",
			   "itit", s->id, r->id, (int64_t)s->n_candidates, how != NULL ? how : "");
	rc = finish_tx(s, rc, "candidate", err, "candidate %s (%s)", r->id, how != NULL ? how : "chosen");
	if (rc != 0)
		return rc;
	if (add_candidate_mem(s, r->id, how != NULL ? how : "chosen") != 0)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	diagnosis_set_candidate(s->diag, r->id, 1, NULL);
	return 0;
}

int session_remove_candidate(struct session *s, const char *rule_id,
			     struct kb_error *err)
{
	size_t i;
	int rc;

	for (i = 0; i < s->n_candidates; i++)
		if (strcasecmp(s->candidates[i], rule_id) == 0)
			break;
	if (i == s->n_candidates)
		return kb_errorf(err, KB_ENOTFOUND, "'%s' is not a candidate", rule_id);
	if ((rc = begin(s, err)) != 0)
		return rc;
	rc = sql_exec_bind(store_db(s->store),
			   "DELETE FROM session_candidates WHERE session_id = ? AND rule_id = ?",
			   "it", s->id, s->candidates[i]);
	rc = finish_tx(s, rc, "candidate", err, "dropped candidate %s", s->candidates[i]);
	if (rc != 0)
		return rc;
	diagnosis_set_candidate(s->diag, s->candidates[i], 0, NULL);
	free(s->candidates[i]);
	free(s->candidates_how[i]);
	memmove(&s->candidates[i], &s->candidates[i + 1],
		(s->n_candidates - i - 1) * sizeof *s->candidates);
	memmove(&s->candidates_how[i], &s->candidates_how[i + 1],
		(s->n_candidates - i - 1) * sizeof *s->candidates_how);
	s->n_candidates--;
	return 0;
}

size_t session_n_candidates(const struct session *s) { return s->n_candidates; }

const char *session_candidate(const struct session *s, size_t i)
{
	return i < s->n_candidates ? s->candidates[i] : NULL;
}

const char *session_candidate_how(const struct session *s, size_t i)
{
	return i < s->n_candidates ? s->candidates_how[i] : NULL;
}

int session_answer(struct session *s, const char *rule_id, const char *symptom_id,
		   int answer, struct kb_error *err)
{
	char now[40];
	int rc;

	if ((rc = diagnosis_answer(s->diag, rule_id, symptom_id, -1, err)) != 0)
		return rc;   /* no such rule or symptom */
	if ((rc = begin(s, err)) != 0)
		return rc;
	now_iso(now, sizeof now);
	if (answer < 0)
		rc = sql_exec_bind(store_db(s->store),
				   "DELETE FROM session_answers WHERE session_id = ? AND rule_id = ?"
				   " AND symptom_id = ?", "itt", s->id, rule_id, symptom_id);
	else
		rc = sql_exec_bind(store_db(s->store),
				   "INSERT INTO session_answers(session_id, rule_id, symptom_id, answer,"
				   " answered_at) VALUES(?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET"
				   " answer = excluded.answer, answered_at = excluded.answered_at",
				   "ittit", s->id, rule_id, symptom_id, (int64_t)(answer > 0), now);
	rc = finish_tx(s, rc, "answer", err, "%s / %s: %s", rule_id, symptom_id,
		       answer < 0 ? "cleared" : answer > 0 ? "yes" : "no");
	if (rc == 0)
		diagnosis_answer(s->diag, rule_id, symptom_id, answer, NULL);
	return rc;
}

int session_pick_symptom(struct session *s, const char *rule_id,
			 const char *symptom_id, struct kb_error *err)
{
	char how[160];
	int rc;

	snprintf(how, sizeof how, "picked symptom %.100s", symptom_id);
	if ((rc = session_add_candidate(s, rule_id, how, err)) != 0)
		return rc;
	return session_answer(s, rule_id, symptom_id, 1, err);
}

size_t session_questions(const struct session *s, struct session_question *out,
			 size_t max)
{
	size_t i, j, n = 0;

	for (i = 0; i < s->n_candidates; i++) {
		const struct diag_rule *dr = diagnosis_find(s->diag, s->candidates[i]);
		if (dr == NULL)
			continue;
		for (j = 0; j < dr->rule->n_symptoms; j++) {
			const struct rule_symptom *sy = &dr->rule->symptoms[j];
			if (sy->kind == SYMPTOM_EVENT)
				continue;
			if (n < max) {
				out[n].rule_id = dr->rule->id;
				out[n].symptom_id = sy->id;
				if (sy->kind == SYMPTOM_QUESTION) {
					out[n].text = sy->question;
				} else {
					/* An error symptom is asked as a question too. */
					snprintf(out[n].text_buf, sizeof out[n].text_buf,
						 "Did you see error %u (0x%X): %s?", sy->error_code,
						 sy->error_code, sy->message != NULL ? sy->message : "");
					out[n].text = out[n].text_buf;
				}
				out[n].answer = dr->answers[j];
			}
			n++;
		}
	}
	return n;
}

/* ---- step 3 ------------------------------------------------------------- */

static int record_evidence(struct session *s, const struct evidence_file *f,
			   const char *now)
{
	return sql_exec_bind(store_db(s->store),
			     "INSERT INTO session_evidence(session_id, ord, kind, path, found_as, added_at)"
			     " VALUES(?, (SELECT coalesce(max(ord), -1) + 1 FROM session_evidence"
			     " WHERE session_id = ?), ?, ?, ?, ?)",
			     "iitttt", s->id, s->id, evidence_kind_name(f->kind), f->path,
			     f->found_as, now);
}

int session_add_evidence(struct session *s, enum evidence_kind kind,
			 const char *path, struct kb_error *err)
{
	size_t before = s->ev.n;
	char now[40], *abs_path = NULL;
	int rc;

	if (access(path, R_OK) != 0)
		return kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
	/* Recorded absolute: a session resumed from another directory must
	 * still find its files. */
	if ((rc = kb_absolute_path(path, &abs_path, err)) != 0)
		return rc;
	path = abs_path;
	if ((rc = evidence_add(&s->ev, kind, path, err)) != 0 || s->ev.n == before)
		goto out;   /* error, or already there */
	if ((rc = begin(s, err)) != 0)
		goto undo;
	now_iso(now, sizeof now);
	rc = record_evidence(s, &s->ev.files[before], now);
	rc = finish_tx(s, rc, "evidence", err, "added %s %s", evidence_kind_name(kind), path);
	if (rc != 0)
		goto undo;
	rc = rebuild_findings(s, err);
	goto out;
undo:
	free(s->ev.files[before].path);
	free(s->ev.files[before].found_as);
	s->ev.n = before;
out:
	free(abs_path);
	return rc;
}

int session_find_evidence(struct session *s, const char *root, size_t *n_found,
			  struct kb_error *err)
{
	size_t before = s->ev.n, i;
	char now[40], *abs_root = NULL;
	int rc;

	*n_found = 0;
	if (s->state != SESSION_IN_PROGRESS)
		return begin(s, err);
	if ((rc = kb_absolute_path(root, &abs_root, err)) != 0)
		return rc;
	root = abs_root;
	if ((rc = evidence_find(&s->ev, root, n_found, err)) != 0)
		goto undo;
	if ((rc = begin(s, err)) != 0)
		goto undo;
	now_iso(now, sizeof now);
	for (i = before; rc == 0 && i < s->ev.n; i++)
		rc = record_evidence(s, &s->ev.files[i], now);
	rc = finish_tx(s, rc, "evidence", err, "searched the Windows volume %s: %zu files found",
		       root, s->ev.n - before);
	if (rc != 0)
		goto undo;
	rc = rebuild_findings(s, err);
	goto out;
undo:
	for (i = before; i < s->ev.n; i++) {
		free(s->ev.files[i].path);
		free(s->ev.files[i].found_as);
	}
	s->ev.n = before;
out:
	free(abs_root);
	return rc;
}

int session_remove_evidence(struct session *s, size_t index, struct kb_error *err)
{
	struct evidence_file f;
	int rc;

	if (index >= s->ev.n)
		return kb_errorf(err, KB_EINVAL, "no evidence file %zu", index + 1);
	if ((rc = begin(s, err)) != 0)
		return rc;
	rc = sql_exec_bind(store_db(s->store),
			   "DELETE FROM session_evidence WHERE session_id = ? AND path = ?",
			   "it", s->id, s->ev.files[index].path);
	rc = finish_tx(s, rc, "evidence", err, "removed %s", s->ev.files[index].path);
	if (rc != 0)
		return rc;
	f = s->ev.files[index];
	memmove(&s->ev.files[index], &s->ev.files[index + 1],
		(s->ev.n - index - 1) * sizeof f);
	s->ev.n--;
	free(f.path);
	free(f.found_as);
	return rebuild_findings(s, err);
}

const struct evidence_set *session_evidence(const struct session *s)
{
	return &s->ev;
}

/* Size, time and SHA-256 of each file, as it was when it was read. */
static int record_facts(struct session *s, enum evidence_kind kind)
{
	struct evidence_facts facts;
	size_t i;
	int rc = 0;

	for (i = 0; rc == 0 && i < s->ev.n; i++) {
		if (s->ev.files[i].kind != kind ||
		    evidence_facts(s->ev.files[i].path, &facts, NULL) != 0)
			continue;
		rc = sql_exec_bind(store_db(s->store),
				   "UPDATE session_evidence SET size = ?, mtime = ?, sha256 = ?"
				   " WHERE session_id = ? AND path = ?", "iitit",
				   (int64_t)facts.size_bytes, facts.mtime, facts.sha256, s->id,
				   s->ev.files[i].path);
	}
	return rc;
}

/* Counted for the timeline: "Q262832 log 16/16, event 7023 x1". */
static void scan_summary(const struct session *s, char *buf, size_t size)
{
	char found[512];
	size_t i, used = 0;

	buf[0] = '\0';
	for (i = 0; i < s->diag->n_rules && used + 1 < size; i++) {
		diagnosis_rule_findings(&s->diag->rules[i], found, sizeof found);
		if (found[0] != '\0')
			used += (size_t)snprintf(buf + used, size - used, "%s%s: %s",
						 used ? "; " : "", s->diag->rules[i].rule->id, found);
	}
	if (buf[0] == '\0')
		snprintf(buf, size, "nothing matched");
}

int session_scan(struct session *s, diag_progress_fn progress, void *ctx,
		 struct kb_error *err)
{
	char summary[1024];
	struct unexplained_share share;
	struct kb_error ignore;
	int rc;

	if (s->state != SESSION_IN_PROGRESS)
		return begin(s, err);
	/* A second scan starts from clean findings, not on top of the first. */
	if (s->scanned && (rc = rebuild_findings(s, err)) != 0)
		return rc;
	/* The unexplained events and the service doctor take the events from
	 * this read of the files (as `diagnose` does): each file read once. */
	drop_events(s);
	unexplained_share_attach(&share, &s->events, s->diag, &s->ev);
	rc = diagnosis_scan_events(s->diag, &s->ev, progress, ctx, err);
	/* the feed lives on this stack: detached whatever happened */
	if (unexplained_share_finish(&share, s->diag, &ignore) == 0 && rc == 0)
		s->have_events = 1;
	s->diag->event_feed = NULL;
	if (rc != 0 || (rc = diagnosis_scan_logs(s->diag, &s->ev, progress, ctx, err)) != 0) {
		/* Cancelled or failed: what was half-read is dropped. */
		rebuild_findings(s, &ignore);
		return rc;
	}
	s->scanned = 1;
	diagnosis_rank(s->diag, NULL);
	refresh_unexplained(s);
	if ((rc = begin(s, err)) != 0)
		return rc;
	rc = save_findings(s);
	if (rc == 0)
		rc = record_facts(s, EVIDENCE_LOG);
	if (rc == 0)
		rc = record_facts(s, EVIDENCE_EVENTS);
	scan_summary(s, summary, sizeof summary);
	return finish_tx(s, rc, "scan", err, "read %zu event log(s) and %zu log(s): %s",
			 count_kind(s, EVIDENCE_EVENTS), count_kind(s, EVIDENCE_LOG), summary);
}

int session_scanned(const struct session *s) { return s->scanned; }

/* ---- step 4 ------------------------------------------------------------- */

/* A repair recorded in this session matches a hive as it is now. */
static int repaired_in_session(const struct session *s)
{
	size_t i;

	for (i = 0; i < s->diag->n_repairs; i++)
		if (s->diag->repairs[i].session_id == s->id)
			return 1;
	return 0;
}

int session_check_registry(struct session *s, struct kb_error *err)
{
	char summary[1024];
	size_t i, used = 0;
	json_t *before = NULL;
	int rc;

	if (s->state != SESSION_IN_PROGRESS)
		return begin(s, err);
	/* The findings of a hive this session repairs are what was found:
	 * kept, before the checks run on the repaired hive, the first time. */
	if (s->found_doc == NULL && s->checked && (before = found_snapshot(s)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	if ((rc = diagnosis_check_registry(s->diag, &s->ev, err)) != 0 ||
	    (rc = diagnosis_find_repairs(s->diag, &s->ev, s->store, err)) != 0) {
		json_decref(before);
		return rc;
	}
	if (before != NULL && repaired_in_session(s)) {
		s->found_doc = before;
		before = NULL;
		if ((rc = restore_found(s, err)) != 0)
			return rc;
	}
	json_decref(before);
	s->checked = 1;
	diagnosis_rank(s->diag, NULL);
	if (s->scanned)
		refresh_unexplained(s);
	summary[0] = '\0';
	for (i = 0; i < s->diag->n_rules && used + 1 < sizeof summary; i++) {
		const struct diag_rule *dr = &s->diag->rules[i];
		if (dr->applies == DIAG_NOT_APPLICABLE || dr->rule->n_checks == 0)
			continue;
		used += (size_t)snprintf(summary + used, sizeof summary - used,
					 "%s%s: %d passed, %d failed, %d damaged",
					 used ? "; " : "", dr->rule->id, dr->n_passed_checks,
					 dr->n_failed_checks, dr->n_damaged_checks);
	}
	if ((rc = begin(s, err)) != 0)
		return rc;
	rc = save_findings(s);
	if (rc == 0)
		rc = record_facts(s, EVIDENCE_HIVE);
	return finish_tx(s, rc, "registry", err, "checked %zu hive(s): %s",
			 count_kind(s, EVIDENCE_HIVE), summary[0] ? summary : "no applicable checks");
}

int session_registry_checked(const struct session *s) { return s->checked; }

/* ---- step 5 ------------------------------------------------------------- */

const struct diagnosis *session_diagnosis(const struct session *s)
{
	return s->diag;
}

int session_choose(struct session *s, const char *rule_id, struct kb_error *err)
{
	const struct rule *r = find_rule(s, rule_id);
	int rc;

	if (r == NULL)
		return kb_errorf(err, KB_ENOTFOUND, "no rule '%s' in the store", rule_id);
	if ((rc = begin(s, err)) != 0)
		return rc;
	rc = sql_exec_bind(store_db(s->store), "UPDATE sessions SET chosen_rule = ? WHERE id = ?",
			   "ti", r->id, s->id);
	rc = finish_tx(s, rc, "choose", err, "chose %s to remediate", r->id);
	if (rc == 0)
		snprintf(s->chosen, sizeof s->chosen, "%s", r->id);
	return rc;
}

const struct svd_report *session_service_doctor(const struct session *s)
{
	return s->svd;
}

const char *session_chosen(const struct session *s)
{
	return s->chosen;
}

/* ---- step 6 ------------------------------------------------------------- */

static const struct fix_record *find_fix(const struct session *s, const char *rule_id,
					 const char *fix_id)
{
	size_t i;

	for (i = 0; i < s->n_fixes; i++)
		if (strcmp(s->fixes[i].rule_id, rule_id) == 0 &&
		    strcmp(s->fixes[i].fix_id, fix_id) == 0)
			return &s->fixes[i];
	return NULL;
}

size_t session_fixes(const struct session *s, struct session_fix *out, size_t max)
{
	const struct diag_rule *dr;
	size_t i, k;

	/* Needed by what was found: a step a repair made unnecessary was
	 * needed all the same. */
	if (s->chosen[0] == '\0' || (dr = diagnosis_find(session_found(s), s->chosen)) == NULL)
		return 0;
	for (i = 0; i < dr->rule->n_fixes && i < max; i++) {
		const struct rule_fix *f = &dr->rule->fixes[i];
		const struct fix_record *rec = find_fix(s, dr->rule->id, f->id);
		out[i].fix = f;
		out[i].status = rec != NULL ? rec->status : FIXST_PENDING;
		out[i].note = rec != NULL ? rec->note : "";
		out[i].needed = -1;
		if (f->kind == FIX_REGISTRY && dr->checks_run) {
			for (k = 0; k < dr->rule->n_checks; k++)
				if (strcmp(dr->rule->checks[k].id, f->check_id) == 0)
					out[i].needed = dr->checks[k].status == CHECK_FAILED ||
							dr->checks[k].status == CHECK_DAMAGED ? 1 :
							dr->checks[k].status == CHECK_PASSED ? 0 : -1;
		}
	}
	return dr->rule->n_fixes;
}

int session_set_fix(struct session *s, const char *fix_id, enum fix_status status,
		    const char *note, struct kb_error *err)
{
	const struct diag_rule *dr;
	char now[40];
	size_t i;
	int rc;

	if (s->chosen[0] == '\0' || (dr = diagnosis_find(s->diag, s->chosen)) == NULL)
		return kb_errorf(err, KB_EINVAL, "no rule chosen to remediate");
	for (i = 0; i < dr->rule->n_fixes; i++)
		if (strcmp(dr->rule->fixes[i].id, fix_id) == 0)
			break;
	if (i == dr->rule->n_fixes)
		return kb_errorf(err, KB_ENOTFOUND, "rule %s has no step '%s'", dr->rule->id, fix_id);
	if ((unsigned)status > FIXST_FAILED)
		return kb_errorf(err, KB_EINVAL, "bad step status");
	if ((rc = begin(s, err)) != 0)
		return rc;
	now_iso(now, sizeof now);
	rc = sql_exec_bind(store_db(s->store),
			   "INSERT INTO session_fixes(session_id, rule_id, fix_id, status, note, updated_at)"
			   " VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET status = excluded.status,"
			   " note = excluded.note, updated_at = excluded.updated_at",
			   "itttt" "t", s->id, dr->rule->id, fix_id, fix_db_names[status],
			   note != NULL ? note : "", now);
	rc = finish_tx(s, rc, "fix", err, "%s step %s: %s%s%s", dr->rule->id, fix_id,
		       fix_status_name(status), note != NULL && *note ? ": " : "",
		       note != NULL ? note : "");
	if (rc == 0 && set_fix_mem(s, dr->rule->id, fix_id, status, note) != 0)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	return rc;
}

/* ---- step 7 ------------------------------------------------------------- */

int session_finish(struct session *s, enum session_state outcome, const char *note,
		   struct kb_error *err)
{
	int rc;

	if (outcome == SESSION_IN_PROGRESS || (unsigned)outcome > SESSION_ABANDONED)
		return kb_errorf(err, KB_EINVAL, "an outcome is resolved, not resolved or abandoned");
	if ((rc = begin(s, err)) != 0)
		return rc;
	rc = sql_exec_bind(store_db(s->store),
			   "UPDATE sessions SET state = ?, outcome_note = ? WHERE id = ?",
			   "tti", state_db_names[outcome], note != NULL ? note : "", s->id);
	rc = finish_tx(s, rc, "finish", err, "%s%s%s", session_state_name(outcome),
		       note != NULL && *note ? ": " : "", note != NULL ? note : "");
	if (rc != 0)
		return rc;
	s->state = outcome;
	free(s->outcome_note);
	s->outcome_note = strdup(note != NULL ? note : "");
	return 0;
}

enum session_state session_suggested_outcome(const struct session *s)
{
	const struct diag_rule *dr;
	enum session_state st = SESSION_NOT_RESOLVED;
	size_t i;

	if (s->chosen[0] == '\0' || (dr = diagnosis_find(s->diag, s->chosen)) == NULL)
		return SESSION_NOT_RESOLVED;
	for (i = 0; i < dr->rule->n_fixes; i++) {
		const struct rule_fix *f = &dr->rule->fixes[i];
		const struct fix_record *rec = find_fix(s, dr->rule->id, f->id);
		enum fix_status status = rec != NULL ? rec->status : FIXST_PENDING;

		if (status == FIXST_FAILED ||
		    (status == FIXST_PENDING && f->kind != FIX_LAST_RESORT))
			return SESSION_NOT_RESOLVED;
		if (status == FIXST_DONE)
			st = SESSION_RESOLVED;
	}
	return st;
}

int session_save_outcome_note(struct session *s, const char *note,
			      struct kb_error *err)
{
	char *copy;
	int rc;

	if (s->state != SESSION_IN_PROGRESS)
		return kb_errorf(err, KB_EREFUSED, "session %lld is finished: its note "
				 "cannot change", (long long)s->id);
	if (note == NULL)
		note = "";
	if (strcmp(note, session_outcome_note(s)) == 0)
		return 0;
	if ((copy = strdup(note)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	if ((rc = begin(s, err)) != 0) {
		free(copy);
		return rc;
	}
	rc = sql_exec_bind(store_db(s->store),
			   "UPDATE sessions SET outcome_note = ? WHERE id = ?", "ti", note, s->id);
	rc = finish_tx(s, rc, "note", err, "outcome note so far: %s", note);
	if (rc != 0) {
		free(copy);
		return rc;
	}
	free(s->outcome_note);
	s->outcome_note = copy;
	return 0;
}

const char *session_outcome_note(const struct session *s)
{
	return s->outcome_note != NULL ? s->outcome_note : "";
}

/* ---- history ------------------------------------------------------------ */

/* The texts are fix.c's and record_verification's: a hive replaced by
 * the repaired one, restored from its backup, and the session's own
 * verification ("RULE: fixed: ..."), taken in the order they happened. */
#define REPAIR_KINDS "kind IN ('fix-rename', 'fix-undo', 'fix-verify')"

static void repair_step(enum session_repair *state, const char *kind, const char *text)
{
	if (kind == NULL || text == NULL)
		return;
	if (strcmp(kind, "fix-rename") == 0 && strstr(text, " replaced by the repaired hive") != NULL)
		*state = SESSION_REPAIR_WRITTEN;
	else if (strcmp(kind, "fix-undo") == 0 && strstr(text, " restored from ") != NULL)
		*state = SESSION_REPAIR_NONE;
	else if (strcmp(kind, "fix-verify") == 0 && *state != SESSION_REPAIR_NONE)
		*state = strstr(text, ": fixed: ") != NULL ? SESSION_REPAIR_VERIFIED :
			 strstr(text, ": not fixed: ") != NULL ? SESSION_REPAIR_WRITTEN : *state;
}

int session_repair_state(struct kb_store *store, int64_t id, enum session_repair *out,
			 struct kb_error *err)
{
	static const char sql[] = "SELECT kind, text FROM session_log WHERE session_id = ?1"
				  " AND " REPAIR_KINDS " ORDER BY id";
	sqlite3_stmt *st;
	int rc;

	*out = SESSION_REPAIR_NONE;
	if (sqlite3_prepare_v2(store_db(store), sql, -1, &st, NULL) != SQLITE_OK)
		return kb_errorf(err, KB_EIO, "reading session %lld: %s", (long long)id,
				 sqlite3_errmsg(store_db(store)));
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		repair_step(out, (const char *)sqlite3_column_text(st, 0),
			    (const char *)sqlite3_column_text(st, 1));
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return kb_errorf(err, KB_EIO, "reading session %lld: %s", (long long)id,
				 sqlite3_errmsg(store_db(store)));
	return 0;
}

int session_repair_states(struct kb_store *store, struct session_repair_of **out, size_t *n,
			  struct kb_error *err)
{
	static const char sql[] = "SELECT session_id, kind, text FROM session_log WHERE "
				  REPAIR_KINDS " ORDER BY session_id, id";
	struct session_repair_of *v = NULL, *grown;
	size_t used = 0, cap = 0;
	sqlite3_stmt *st;
	int rc;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(store_db(store), sql, -1, &st, NULL) != SQLITE_OK)
		return store_dberr(store, err, "reading the sessions' repairs");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		if (used == 0 || v[used - 1].id != id) {
			if (used == cap) {
				cap = cap ? cap * 2 : 16;
				if ((grown = realloc(v, cap * sizeof *v)) == NULL) {
					sqlite3_finalize(st);
					free(v);
					return kb_errorf(err, KB_ENOMEM, "out of memory");
				}
				v = grown;
			}
			v[used].id = id;
			v[used++].repair = SESSION_REPAIR_NONE;
		}
		repair_step(&v[used - 1].repair, (const char *)sqlite3_column_text(st, 1),
			    (const char *)sqlite3_column_text(st, 2));
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(v);
		return store_dberr(store, err, "reading the sessions' repairs");
	}
	*out = v;
	*n = used;
	return 0;
}

/* The text filter's meaning: lower() folds ASCII letters only. */
#define TEXT_FILTER " AND instr(lower(technician || ' ' || label || ' ' || notes || ' ' ||" \
	" outcome_note), lower(?1)) > 0"

/* The trigram index (store.c, sessions_text) finds text of 3 characters
 * or more; its case folding covers lower()'s for printable ASCII, so for
 * such text it gives every session TEXT_FILTER keeps (and TEXT_FILTER,
 * still applied, drops any extra).  Other text is matched by reading
 * every session. */
static int text_indexable(const char *text)
{
	const unsigned char *p;

	for (p = (const unsigned char *)text; *p != '\0'; p++)
		if (*p < 0x20 || *p >= 0x7F)
			return 0;
	return p - (const unsigned char *)text >= 3;
}

#define TEXT_MATCH "sessions_text MATCH '\"' || replace(?1, '\"', '\"\"') || '\"'"

/* Whether to use the index for this text: it pays when few sessions
 * match.  Text most sessions hold ("cluster") is faster matched by
 * reading the sessions in order than by gathering thousands of ids from
 * the index first; the index answers "more than TEXT_INDEX_MAX" at once. */
#define TEXT_INDEX_MAX 2000
static int text_indexed(struct kb_store *store, const char *text)
{
	sqlite3_stmt *st;
	int many = 1;

	if (!text_indexable(text))
		return 0;
	if (sqlite3_prepare_v2(store_db(store), "SELECT count(*) FROM (SELECT rowid FROM"
			       " sessions_text WHERE " TEXT_MATCH " LIMIT ?2)", -1, &st,
			       NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, TEXT_INDEX_MAX);
	if (sqlite3_step(st) == SQLITE_ROW)
		many = sqlite3_column_int(st, 0) >= TEXT_INDEX_MAX;
	sqlite3_finalize(st);
	return !many;
}

/* Only the filters given go into the WHERE clause, each in a form an
 * index can serve (store.c's sessions_created, sessions_state,
 * sessions_rule, sessions_text), and the order is the sessions_created
 * index read backwards: no sort of the whole history.  Dates compare as
 * ISO 8601 text: "substr(created_at, 1, 10) <= until" is created_at below
 * until followed by a character above any a timestamp holds.  what is
 * the column list (or count(*)); the statement's parameters are bound. */
static int prepare_list(struct kb_store *store, const struct session_filter *f,
			const char *what, int paged, int64_t offset, int64_t limit,
			sqlite3_stmt **st, struct kb_error *err)
{
	char sql[1024];
	int has_text = f->text != NULL && *f->text != '\0';
	int has_rule = f->rule != NULL && *f->rule != '\0';
	int has_state = f->state >= 0 && f->state <= SESSION_ABANDONED;
	/* TEXT_FILTER's meaning in one call a row (session_text.c); the
	 * expression itself if the function cannot be made known. */
	const char *text_filter = !has_text ? "" : session_text_fn(store_db(store)) == 0
		? " AND kb_text_has(?1, technician, label, notes, outcome_note)" : TEXT_FILTER;

	snprintf(sql, sizeof sql, "SELECT %s FROM sessions WHERE 1%s%s%s%s%s%s%s", what,
		 has_text && text_indexed(store, f->text)
		 ? " AND id IN (SELECT rowid FROM sessions_text WHERE " TEXT_MATCH ")" : "",
		 text_filter,
		 has_rule ? " AND chosen_rule = ?2 COLLATE NOCASE" : "",
		 has_state ? " AND state = ?3" : "",
		 f->since != NULL ? " AND created_at >= ?4" : "",
		 f->until != NULL ? " AND created_at < ?5 || char(127)" : "",
		 paged ? " ORDER BY created_at DESC, id DESC LIMIT ?6 OFFSET ?7" : "");
	if (sqlite3_prepare_v2(store_db(store), sql, -1, st, NULL) != SQLITE_OK)
		return store_dberr(store, err, "listing sessions");
	if (has_text)
		sqlite3_bind_text(*st, 1, f->text, -1, SQLITE_STATIC);
	if (has_rule)
		sqlite3_bind_text(*st, 2, f->rule, -1, SQLITE_STATIC);
	if (has_state)
		sqlite3_bind_text(*st, 3, state_db_names[f->state], -1, SQLITE_STATIC);
	if (f->since != NULL)
		sqlite3_bind_text(*st, 4, f->since, -1, SQLITE_STATIC);
	if (f->until != NULL)
		sqlite3_bind_text(*st, 5, f->until, -1, SQLITE_STATIC);
	if (paged) {
		sqlite3_bind_int64(*st, 6, limit > 0 ? limit : -1);
		sqlite3_bind_int64(*st, 7, offset > 0 ? offset : 0);
	}
	return 0;
}

int session_list(struct kb_store *store, const struct session_filter *f,
		 session_list_fn fn, void *ctx, struct kb_error *err)
{
	return session_list_page(store, f, 0, 0, fn, ctx, err);
}

int session_list_page(struct kb_store *store, const struct session_filter *f,
		      int64_t offset, int64_t limit, session_list_fn fn, void *ctx,
		      struct kb_error *err)
{
	static const struct session_filter none = { NULL, NULL, -1, NULL, NULL };
	struct session_summary sum;
	sqlite3_stmt *st;
	int rc;

	if (f == NULL)
		f = &none;
	if ((rc = prepare_list(store, f, "id, created_at, updated_at, technician, label, state,"
			       " step, chosen_rule, kbwiz_version", 1, offset, limit, &st, err)) != 0)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sum.id = sqlite3_column_int64(st, 0);
		sql_copy_text(sum.created, sizeof sum.created, st, 1);
		sql_copy_text(sum.updated, sizeof sum.updated, st, 2);
		sql_copy_text(sum.technician, sizeof sum.technician, st, 3);
		sql_copy_text(sum.label, sizeof sum.label, st, 4);
		sum.state = (enum session_state)session_state_from_name((const char *)sqlite3_column_text(st, 5));
		sum.step = (enum session_step)sqlite3_column_int(st, 6);
		sql_copy_text(sum.rule, sizeof sum.rule, st, 7);
		sql_copy_text(sum.kbwiz_version, sizeof sum.kbwiz_version, st, 8);
		if (fn(ctx, &sum) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_dberr(store, err, "listing sessions");
	return 0;
}

int session_count(struct kb_store *store, const struct session_filter *f,
		  int64_t *n, struct kb_error *err)
{
	int64_t max_id;

	return session_list_size(store, f, n, &max_id, err);
}

int session_list_size(struct kb_store *store, const struct session_filter *f,
		      int64_t *n, int64_t *max_id, struct kb_error *err)
{
	static const struct session_filter none = { NULL, NULL, -1, NULL, NULL };
	sqlite3_stmt *st;
	int rc;

	*n = 0;
	*max_id = 0;
	if (f == NULL)
		f = &none;
	if ((rc = prepare_list(store, f, "count(*), max(id)", 0, 0, 0, &st, err)) != 0)
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*n = sqlite3_column_int64(st, 0);
		*max_id = sqlite3_column_int64(st, 1);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return store_dberr(store, err, "counting sessions");
	return 0;
}

int session_delete(struct kb_store *store, int64_t id, struct kb_error *err)
{
	int rc;

	if ((rc = store_begin(store, err)) != 0)
		return rc;
	rc = sql_exec_bind(store_db(store), "DELETE FROM sessions WHERE id = ?", "i", id);
	if (rc != 0) {
		store_rollback(store);
		return store_dberr(store, err, "deleting a session");
	}
	if (sqlite3_changes(store_db(store)) == 0) {
		store_rollback(store);
		return kb_errorf(err, KB_ENOTFOUND, "no session %lld", (long long)id);
	}
	return store_commit(store, err);
}

int session_timeline(struct kb_store *store, int64_t id, session_record_fn fn,
		     void *ctx, struct kb_error *err)
{
	struct session_record r;
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(store_db(store), "SELECT at, step, kind, text FROM session_log"
			       " WHERE session_id = ? ORDER BY id", -1, &st, NULL) != SQLITE_OK)
		return store_dberr(store, err, "reading a session's timeline");
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sql_copy_text(r.at, sizeof r.at, st, 0);
		r.step = (enum session_step)sqlite3_column_int(st, 1);
		r.kind = (const char *)sqlite3_column_text(st, 2);
		r.text = (const char *)sqlite3_column_text(st, 3);
		if (fn(ctx, &r) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_dberr(store, err, "reading a session's timeline");
	return 0;
}

int session_diagnosis_json(struct kb_store *store, int64_t id, char **out,
			   struct kb_error *err)
{
	sqlite3_stmt *st;
	int rc;

	*out = NULL;
	if (sqlite3_prepare_v2(store_db(store), "SELECT diagnosis_json FROM sessions WHERE id = ?",
			       -1, &st, NULL) != SQLITE_OK)
		return store_dberr(store, err, "reading a session");
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		if (sqlite3_column_type(st, 0) != SQLITE_NULL &&
		    (*out = strdup((const char *)sqlite3_column_text(st, 0))) == NULL)
			rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		else
			rc = 0;
	} else {
		rc = kb_errorf(err, KB_ENOTFOUND, "no session %lld", (long long)id);
	}
	sqlite3_finalize(st);
	return rc;
}

/* ---- the record --------------------------------------------------------- */

int session_note(struct session *s, const char *kind, const char *text,
		 struct kb_error *err)
{
	int rc;

	/* Not begin(): notes are allowed on finished sessions. */
	if ((rc = store_begin(s->store, err)) != 0)
		return rc;
	return finish_tx(s, 0, kind, err, "%s", text);
}

int session_evidence_facts(struct session *s, size_t i,
			   struct evidence_facts *facts, int *known,
			   struct kb_error *err)
{
	sqlite3_stmt *st;
	int rc;

	memset(facts, 0, sizeof *facts);
	*known = 0;
	if (i >= s->ev.n)
		return kb_errorf(err, KB_EINVAL, "no evidence file %zu", i + 1);
	if (sqlite3_prepare_v2(store_db(s->store),
			       "SELECT size, mtime, sha256 FROM session_evidence"
			       " WHERE session_id = ? AND path = ?", -1, &st, NULL) != SQLITE_OK)
		return store_dberr(s->store, err, "reading evidence facts");
	sqlite3_bind_int64(st, 1, s->id);
	sqlite3_bind_text(st, 2, s->ev.files[i].path, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_type(st, 2) != SQLITE_NULL) {
		facts->size_bytes = (uint64_t)sqlite3_column_int64(st, 0);
		facts->mtime = sqlite3_column_int64(st, 1);
		sql_copy_text(facts->sha256, sizeof facts->sha256, st, 2);
		*known = 1;
	}
	sqlite3_finalize(st);
	return 0;
}

int session_get_summary(struct session *s, struct session_summary *out,
			struct kb_error *err)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	if (sqlite3_prepare_v2(store_db(s->store),
			       "SELECT id, created_at, updated_at, technician, label, state, step,"
			       " chosen_rule, kbwiz_version FROM sessions WHERE id = ?", -1, &st, NULL) != SQLITE_OK)
		return store_dberr(s->store, err, "reading a session");
	sqlite3_bind_int64(st, 1, s->id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->id = sqlite3_column_int64(st, 0);
		sql_copy_text(out->created, sizeof out->created, st, 1);
		sql_copy_text(out->updated, sizeof out->updated, st, 2);
		sql_copy_text(out->technician, sizeof out->technician, st, 3);
		sql_copy_text(out->label, sizeof out->label, st, 4);
		out->state = (enum session_state)session_state_from_name((const char *)sqlite3_column_text(st, 5));
		out->step = (enum session_step)sqlite3_column_int(st, 6);
		sql_copy_text(out->rule, sizeof out->rule, st, 7);
		sql_copy_text(out->kbwiz_version, sizeof out->kbwiz_version, st, 8);
		rc = 0;
	} else {
		rc = kb_errorf(err, KB_ENOTFOUND, "no session %lld", (long long)s->id);
	}
	sqlite3_finalize(st);
	return rc;
}

/* ---- verify a repair ---- */

/* The verification beside the findings, and a line in the timeline. */
static void record_verification(struct session *s, const struct diag_rule *dr,
				const char *text)
{
	struct session_verification *v = &s->ver;
	struct evidence_facts facts;
	struct kb_error err;
	size_t i, k;
	int known;

	memset(v, 0, sizeof *v);
	snprintf(v->rule_id, sizeof v->rule_id, "%s", dr->rule->id);
	v->total = (int)dr->rule->n_checks;
	v->passed = dr->n_passed_checks;
	v->fixed = v->passed == v->total;
	now_iso(v->at, sizeof v->at);
	snprintf(v->text, sizeof v->text, "%s", text);
	for (k = 0; k < dr->rule->n_checks && v->hive[0] == '\0'; k++)
		if (dr->checks[k].hive_file != NULL)
			snprintf(v->hive, sizeof v->hive, "%s", dr->checks[k].hive_file);
	for (i = 0; i < s->ev.n; i++)
		if (strcmp(s->ev.files[i].path, v->hive) == 0 &&
		    session_evidence_facts(s, i, &facts, &known, &err) == 0 && known)
			snprintf(v->hive_sha256, sizeof v->hive_sha256, "%s", facts.sha256);
	s->have_ver = 1;
	if (begin(s, &err) != 0)
		return;
	finish_tx(s, save_findings(s), "fix-verify", &err, "%s: %s (%s SHA-256 %s)",
		  v->rule_id, v->text, v->hive[0] ? v->hive : "hive",
		  v->hive_sha256[0] ? v->hive_sha256 : "not read");
}

int session_verify_chosen(struct session *s, char *out, size_t size)
{
	struct kb_error err = { "" };
	const struct diag_rule *dr;
	const char *chosen = s != NULL ? session_chosen(s) : NULL;
	size_t i, used;
	int total;

	if (chosen == NULL || chosen[0] == '\0') {
		snprintf(out, size, "Verify: choose the rule first (step 5, Enter).");
		return -1;
	}
	if (session_check_registry(s, &err) != 0) {
		snprintf(out, size, "Verify: the checks could not run: %s", err.msg);
		return -1;
	}
	dr = diagnosis_find(session_diagnosis(s), chosen);
	if (dr == NULL || dr->rule->n_checks == 0) {
		snprintf(out, size, "Verify: %s has no registry checks to run again.", chosen);
		return -1;
	}
	total = (int)dr->rule->n_checks;
	if (dr->n_passed_checks == total) {
		snprintf(out, size, "fixed: %d of %d check%s pass%s now. Restart the machine and "
			 "collect new logs to confirm: the symptoms seen so far are from before.",
			 total, total, total == 1 ? "" : "s", total == 1 ? "es" : "");
		record_verification(s, dr, out);
		return 1;
	}
	used = (size_t)snprintf(out, size, "not fixed: %d of %d check%s pass%s now; still "
				"failing:", dr->n_passed_checks, total, total == 1 ? "" : "s",
				dr->n_passed_checks == 1 ? "es" : "");
	for (i = 0; i < dr->rule->n_checks && used < size; i++) {
		const struct check_result *c = &dr->checks[i];
		if (c->status == CHECK_PASSED)
			continue;
		used += (size_t)snprintf(out + used, size - used, " %s (%s)", dr->rule->checks[i].id,
					 c->detail != NULL ? c->detail : check_status_name(c->status));
	}
	record_verification(s, dr, out);
	return 0;
}

const struct session_verification *session_verification(const struct session *s)
{
	return s->have_ver ? &s->ver : NULL;
}

const struct diagnosis *session_found(const struct session *s)
{
	return s->found != NULL ? s->found : s->diag;
}

int session_found_facts(struct session *s, size_t i, struct evidence_facts *facts,
			int *known, struct kb_error *err)
{
	json_t *files = json_object_get(s->found_doc, "evidence"), *o;
	size_t k;

	if (s->found_doc == NULL || i >= s->ev.n)
		return session_evidence_facts(s, i, facts, known, err);
	memset(facts, 0, sizeof *facts);
	*known = 0;
	json_array_foreach(files, k, o) {
		const char *path = json_string_value(json_object_get(o, "path"));
		const char *sha = json_string_value(json_object_get(o, "sha256"));
		if (path == NULL || sha == NULL || strcmp(path, s->ev.files[i].path) != 0)
			continue;
		facts->size_bytes = (uint64_t)json_integer_value(json_object_get(o, "size"));
		facts->mtime = json_integer_value(json_object_get(o, "mtime"));
		snprintf(facts->sha256, sizeof facts->sha256, "%s", sha);
		*known = 1;
	}
	return 0;
}

/* The verification, when it is of the chosen rule. */
static const struct session_verification *chosen_verification(const struct session *s)
{
	return s->have_ver && s->chosen[0] != '\0' &&
	       strcasecmp(s->ver.rule_id, s->chosen) == 0 ? &s->ver : NULL;
}

enum diag_verdict session_final_verdict(const struct session *s)
{
	const struct session_verification *v = chosen_verification(s);
	const struct diag_rule *dr;

	if (s->chosen[0] == '\0')
		return VERDICT_NONE;
	if (v != NULL && v->fixed)
		return VERDICT_REPAIRED;
	dr = diagnosis_find(session_found(s), s->chosen);
	return dr != NULL ? dr->verdict : VERDICT_NONE;
}

void session_findings_line(const struct session *s, char *buf, size_t size)
{
	const struct session_verification *v = chosen_verification(s);
	const struct diag_rule *dr;
	const char *base;
	char found[512];
	size_t used;

	buf[0] = '\0';
	if (s->chosen[0] == '\0')
		return;
	dr = diagnosis_find(session_found(s), s->chosen);
	if (dr == NULL) {
		used = (size_t)snprintf(buf, size, "found: %s (no longer in the store)", s->chosen);
	} else {
		diagnosis_rule_findings(dr, found, sizeof found);
		used = (size_t)snprintf(buf, size, "found: %s %s, score %.1f (%s%s", dr->rule->id,
					diag_verdict_name(dr->verdict), dr->score, found,
					found[0] ? "; " : "");
		if (used < size && dr->checks_run)
			used += (size_t)snprintf(buf + used, size - used, "%d of %zu check%s failed)",
						 dr->n_failed_checks + dr->n_damaged_checks,
						 dr->rule->n_checks, dr->rule->n_checks == 1 ? "" : "s");
		else if (used < size)
			used += (size_t)snprintf(buf + used, size - used, "registry not checked)");
	}
	if (v == NULL || used >= size)
		return;
	base = strrchr(v->hive, '/');
	base = base != NULL ? base + 1 : v->hive;
	snprintf(buf + used, size - used, "; %s: %d of %d check%s pass at %s%s%s%s%s",
		 v->fixed ? "repaired and verified" : "verified, not fixed", v->passed, v->total,
		 v->total == 1 ? "" : "s", v->at, v->hive_sha256[0] ? ", " : "",
		 v->hive_sha256[0] ? base : "", v->hive_sha256[0] ? " SHA-256 now " : "",
		 v->hive_sha256);
}
