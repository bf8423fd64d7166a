/* store.c: opening, creating and migrating the SQLite store, and the rule
 * tables with their full-text index. */
#include "kbwiz/store.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "kbwiz/fsutil.h"
#include "kbwiz/fts_query.h"
#include "kbwiz/hash.h"
#include "kbwiz/rule_blob.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"
#include "sql_util.h"
#include "store_internal.h"

struct kb_store {
	sqlite3 *db;
	char *path;
	int read_only;           /* opened read-only: every write is refused */
	char read_only_why[96];  /* "a read-only file system", ... */
	int busy_ms;             /* how long a writer waits for another's lock */
	store_wait_fn on_wait;   /* told once per wait that runs long */
	void *on_wait_ctx;
	double wait_started_ms;
	int wait_told;
	int depth;               /* store_begin nesting (store_internal.h) */
	int rule_cache;          /* schema 5 or later: rules have a cache row */
};

/* The first schema with the rule_cache table. */
#define SCHEMA_RULE_CACHE 5

/* Wait this long for another process's write lock before giving up. */
#define STORE_BUSY_TIMEOUT_MS 5000
/* A wait longer than this is worth telling the user about. */
#define STORE_WAIT_NOTICE_MS 500

/* ---- schema ------------------------------------------------------------ */

/* Each migration takes the schema from version i to i+1.  Never edit one
 * that has shipped: add the next. */
static const char *const migrations[] = {
	/* 0 -> 1: rules and their full-text index. */
	"CREATE TABLE kb_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
	"CREATE TABLE rules("
	"  id TEXT PRIMARY KEY COLLATE NOCASE,"
	"  article TEXT NOT NULL,"
	"  title TEXT NOT NULL,"
	"  published TEXT,"
	"  trigger_text TEXT,"
	"  cause TEXT NOT NULL,"
	"  source_path TEXT NOT NULL,"
	"  source TEXT NOT NULL,"          /* the YAML text: the rule as loaded */
	"  content_hash TEXT NOT NULL,"
	"  loaded_at TEXT NOT NULL);"
	"CREATE TABLE rule_products(rule_id TEXT NOT NULL REFERENCES rules(id) ON DELETE CASCADE,"
	"  ord INTEGER NOT NULL, name TEXT NOT NULL, versions TEXT NOT NULL,"
	"  PRIMARY KEY(rule_id, ord));"
	"CREATE TABLE rule_tags(rule_id TEXT NOT NULL REFERENCES rules(id) ON DELETE CASCADE,"
	"  tag TEXT NOT NULL, PRIMARY KEY(rule_id, tag));"
	"CREATE TABLE rule_symptoms(rule_id TEXT NOT NULL REFERENCES rules(id) ON DELETE CASCADE,"
	"  symptom_id TEXT NOT NULL, ord INTEGER NOT NULL,"
	"  kind TEXT NOT NULL CHECK(kind IN ('event','error','question')),"
	"  description TEXT, log TEXT, event_id INTEGER, source TEXT, text TEXT,"
	"  error_code INTEGER, message TEXT, question TEXT,"
	"  PRIMARY KEY(rule_id, symptom_id));"
	"CREATE INDEX rule_symptoms_event ON rule_symptoms(event_id);"
	"CREATE TABLE rule_evidence(rule_id TEXT NOT NULL REFERENCES rules(id) ON DELETE CASCADE,"
	"  evidence_id TEXT NOT NULL, ord INTEGER NOT NULL,"
	"  log_kind TEXT NOT NULL, sequence INTEGER NOT NULL, description TEXT,"
	"  PRIMARY KEY(rule_id, evidence_id));"
	"CREATE TABLE rule_patterns(rule_id TEXT NOT NULL, evidence_id TEXT NOT NULL,"
	"  ord INTEGER NOT NULL, is_regex INTEGER NOT NULL, pattern TEXT NOT NULL,"
	"  PRIMARY KEY(rule_id, evidence_id, ord),"
	"  FOREIGN KEY(rule_id, evidence_id) REFERENCES rule_evidence(rule_id, evidence_id) ON DELETE CASCADE);"
	"CREATE TABLE rule_checks(rule_id TEXT NOT NULL REFERENCES rules(id) ON DELETE CASCADE,"
	"  check_id TEXT NOT NULL, role TEXT NOT NULL CHECK(role IN ('check','applies')),"
	"  ord INTEGER NOT NULL, description TEXT, key TEXT NOT NULL, value TEXT,"
	"  type TEXT, expect TEXT NOT NULL, data TEXT, number INTEGER,"
	"  min INTEGER, max INTEGER, reason TEXT,"
	"  PRIMARY KEY(rule_id, role, check_id));"
	"CREATE TABLE rule_fixes(rule_id TEXT NOT NULL REFERENCES rules(id) ON DELETE CASCADE,"
	"  fix_id TEXT NOT NULL, ord INTEGER NOT NULL,"
	"  kind TEXT NOT NULL CHECK(kind IN ('manual','registry','last-resort')),"
	"  text TEXT NOT NULL, check_id TEXT, action TEXT,"
	"  PRIMARY KEY(rule_id, fix_id));"
	"CREATE TABLE rule_refs(rule_id TEXT NOT NULL REFERENCES rules(id) ON DELETE CASCADE,"
	"  ord INTEGER NOT NULL, ref TEXT NOT NULL, PRIMARY KEY(rule_id, ord));"
	/* codes: event IDs and error codes in every form a technician
	 * types them (1720, 0x6b8, 6b8), weighted highest in ranking. */
	"CREATE VIRTUAL TABLE rules_fts USING fts5(rule_id UNINDEXED, codes, title,"
	"  symptoms, body, tokenize = 'unicode61');",

	/* 1 -> 2: the session history.  Rules may change or go after a
	 * session ran, so sessions name rules by id and keep the findings
	 * (with each rule's content hash) as recorded, not as a join. */
	"CREATE TABLE sessions("
	"  id INTEGER PRIMARY KEY,"
	"  created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
	"  technician TEXT NOT NULL DEFAULT '', label TEXT NOT NULL DEFAULT '',"
	"  notes TEXT NOT NULL DEFAULT '',"
	"  state TEXT NOT NULL CHECK(state IN ('in-progress','resolved','not-resolved','abandoned')),"
	"  step INTEGER NOT NULL CHECK(step BETWEEN 1 AND 7),"
	"  chosen_rule TEXT NOT NULL DEFAULT '',"
	"  outcome_note TEXT NOT NULL DEFAULT '',"
	"  scanned INTEGER NOT NULL DEFAULT 0, registry_checked INTEGER NOT NULL DEFAULT 0,"
	"  diagnosis_json TEXT,"
	"  kbwiz_version TEXT NOT NULL);"
	"CREATE INDEX sessions_updated ON sessions(updated_at);"
	"CREATE TABLE session_candidates(session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
	"  rule_id TEXT NOT NULL, ord INTEGER NOT NULL, how TEXT NOT NULL,"
	"  PRIMARY KEY(session_id, rule_id));"
	"CREATE TABLE session_answers(session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
	"  rule_id TEXT NOT NULL, symptom_id TEXT NOT NULL,"
	"  answer INTEGER NOT NULL CHECK(answer IN (0, 1)), answered_at TEXT NOT NULL,"
	"  PRIMARY KEY(session_id, rule_id, symptom_id));"
	"CREATE TABLE session_evidence(session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
	"  ord INTEGER NOT NULL, kind TEXT NOT NULL CHECK(kind IN ('hive','log','events')),"
	"  path TEXT NOT NULL, found_as TEXT, size INTEGER, mtime INTEGER, sha256 TEXT,"
	"  added_at TEXT NOT NULL, PRIMARY KEY(session_id, ord));"
	"CREATE TABLE session_fixes(session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
	"  rule_id TEXT NOT NULL, fix_id TEXT NOT NULL,"
	"  status TEXT NOT NULL CHECK(status IN ('pending','done','skipped','failed')),"
	"  note TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL,"
	"  PRIMARY KEY(session_id, rule_id, fix_id));"
	"CREATE TABLE session_log(id INTEGER PRIMARY KEY,"
	"  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
	"  at TEXT NOT NULL, step INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL);"
	"CREATE INDEX session_log_session ON session_log(session_id, id);",

	/* 2 -> 3: the article library (core/library_*.c): reference articles,
	 * apart from the rules.  The text is kept once, in library_articles
	 * (last, so that listing never reads it); library_fts is an
	 * external-content index over it, kept in step by library_index.c.
	 * library_files remembers every file an add looked at (size, mtime,
	 * hash, or why it was refused) so that the next add skips what is in
	 * and resumes after a kill. */
	"CREATE TABLE library_articles("
	"  id INTEGER PRIMARY KEY,"
	"  article TEXT NOT NULL UNIQUE COLLATE NOCASE,"  /* Q262832 */
	"  ids TEXT NOT NULL,"           /* as typed: Q262832 262832 KB262832 */
	"  title TEXT NOT NULL,"
	"  published TEXT NOT NULL,"     /* 2002-06-11, or '' */
	"  category TEXT NOT NULL,"
	"  source_path TEXT NOT NULL,"
	"  content_hash TEXT NOT NULL,"  /* SHA-256 of the file as read */
	"  complete INTEGER NOT NULL,"   /* the closing keyword block was found */
	"  added_at TEXT NOT NULL,"
	"  codes TEXT NOT NULL,"         /* hex codes in the text, also in decimal */
	"  keywords TEXT NOT NULL,"      /* products, keywords, query words */
	/* The article, UTF-8 with LF line ends: head || char(10) || body.
	 * The header lines are kept apart so that the index (and its
	 * snippets) see the text, not the header again. */
	"  head TEXT NOT NULL,"
	"  body TEXT NOT NULL);"
	"CREATE INDEX library_articles_source ON library_articles(source_path);"
	"CREATE VIRTUAL TABLE library_fts USING fts5(ids, title, codes, keywords, body,"
	"  content = 'library_articles', content_rowid = 'id', tokenize = 'unicode61');"
	/* Ranking: an article id, then the title, above the body. */
	"INSERT INTO library_fts(library_fts, rank) VALUES('rank', 'bm25(10.0, 6.0, 3.0, 2.0, 1.0)');"
	"CREATE TABLE library_files("
	"  path TEXT PRIMARY KEY,"
	"  size INTEGER, mtime_ns INTEGER, sha256 TEXT,"
	"  status TEXT NOT NULL CHECK(status IN ('indexed','duplicate','problem')),"
	"  article TEXT,"                /* the article id the file holds */
	"  reason TEXT NOT NULL DEFAULT '',"
	"  checked_at TEXT NOT NULL);"
	"CREATE INDEX library_files_status ON library_files(status);",

	/* 3 -> 4: the history (session_list) at 100,000 sessions: newest
	 * first without sorting them all, the outcome and rule filters by
	 * index, and the text filter (a substring of technician, label,
	 * notes and outcome note) through a trigram index, which finds any
	 * substring of 3 characters or more.  The index keeps no copy of the
	 * text (content ''), so the triggers give it the old text to forget. */
	"CREATE INDEX sessions_created ON sessions(created_at, id);"
	"CREATE INDEX sessions_state ON sessions(state, created_at, id);"
	"CREATE INDEX sessions_rule ON sessions(chosen_rule COLLATE NOCASE, created_at, id);"
	/* The history's repaired state: the few repair lines of the whole
	 * timeline in one read (session_repair_states). */
	"CREATE INDEX session_log_kind ON session_log(kind, session_id, id);"
	"CREATE VIRTUAL TABLE sessions_text USING fts5(text, content = '', tokenize = 'trigram');"
	"INSERT INTO sessions_text(rowid, text) SELECT id,"
	"  technician || ' ' || label || ' ' || notes || ' ' || outcome_note FROM sessions;"
	"CREATE TRIGGER sessions_text_add AFTER INSERT ON sessions BEGIN"
	"  INSERT INTO sessions_text(rowid, text) VALUES(new.id,"
	"    new.technician || ' ' || new.label || ' ' || new.notes || ' ' || new.outcome_note);"
	"END;"
	"CREATE TRIGGER sessions_text_drop AFTER DELETE ON sessions BEGIN"
	"  INSERT INTO sessions_text(sessions_text, rowid, text) VALUES('delete', old.id,"
	"    old.technician || ' ' || old.label || ' ' || old.notes || ' ' || old.outcome_note);"
	"END;"
	"CREATE TRIGGER sessions_text_change AFTER UPDATE OF technician, label, notes, outcome_note"
	"  ON sessions BEGIN"
	"  INSERT INTO sessions_text(sessions_text, rowid, text) VALUES('delete', old.id,"
	"    old.technician || ' ' || old.label || ' ' || old.notes || ' ' || old.outcome_note);"
	"  INSERT INTO sessions_text(rowid, text) VALUES(new.id,"
	"    new.technician || ' ' || new.label || ' ' || new.notes || ' ' || new.outcome_note);"
	"END;",

	/* 4 -> 5: each rule parsed once, when loaded from kb/, and kept as a
	 * blob (rule_blob.h): reading 10,000 rules back is then a walk over
	 * bytes, not 10,000 YAML parses.  A row is used only when its format
	 * is the reader's and its hash is the rule's text's; any other row,
	 * or none (a store upgraded from 4: the next load fills them), and
	 * the text is parsed as before. */
	"CREATE TABLE rule_cache("
	"  rule_id TEXT PRIMARY KEY COLLATE NOCASE REFERENCES rules(id) ON DELETE CASCADE,"
	"  format INTEGER NOT NULL,"       /* RULE_BLOB_FORMAT of the writer */
	"  content_hash TEXT NOT NULL,"    /* rules.content_hash it was made from */
	"  rule BLOB NOT NULL) WITHOUT ROWID;"
	/* `kb search 1720`: the rules whose symptoms carry an error code,
	 * found by index instead of a scan of every symptom. */
	"CREATE INDEX rule_symptoms_error ON rule_symptoms(error_code);",
};

#define N_MIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

_Static_assert(N_MIGRATIONS == STORE_SCHEMA_VERSION,
	       "one migration per schema version");

/* ---- small helpers ----------------------------------------------------- */

sqlite3 *store_db(struct kb_store *s)
{
	return s->db;
}

const char *store_path(const struct kb_store *s)
{
	return s->path;
}

/* The store's own words for the errors a user can act on: another
 * process holding the write lock, a store that cannot be written, a full
 * disk.  NULL for the rest (SQLite's message is then as good as any). */
static const char *explain(struct kb_store *s, int code, char *buf, size_t size)
{
	switch (code & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		snprintf(buf, size, "the store is busy: another kbwiz is writing to it"
			 " (waited %d s); try again when it is done",
			 (s->busy_ms + 999) / 1000);
		return buf;
	case SQLITE_READONLY:
		snprintf(buf, size, "the store is read-only (%s); nothing was written",
			 s->read_only_why[0] ? s->read_only_why : "no write permission");
		return buf;
	case SQLITE_FULL:
		snprintf(buf, size, "database or disk is full; what was stored before is kept");
		return buf;
	}
	return NULL;
}

int store_dberr(struct kb_store *s, struct kb_error *err, const char *what)
{
	char buf[256];
	const char *why = explain(s, sqlite3_extended_errcode(s->db), buf, sizeof buf);

	return kb_errorf(err, KB_EDB, "%s: %s: %s", s->path, what,
			 why != NULL ? why : sqlite3_errmsg(s->db));
}

static int exec(struct kb_store *s, const char *sql, struct kb_error *err)
{
	char *msg = NULL, buf[256];
	const char *why;
	int rc;

	rc = sqlite3_exec(s->db, sql, NULL, NULL, &msg);
	if (rc != SQLITE_OK) {
		why = explain(s, sqlite3_extended_errcode(s->db), buf, sizeof buf);
		if (why == NULL)
			why = msg != NULL ? msg : sqlite3_errstr(rc);
		kb_errorf(err, KB_EDB, "%s: %s", s->path, why);
		sqlite3_free(msg);
		return KB_EDB;
	}
	return 0;
}

int store_begin(struct kb_store *s, struct kb_error *err)
{
	if (s->read_only)
		return kb_errorf(err, KB_EREFUSED,
				 "%s: the store is read-only (%s); nothing can be saved",
				 s->path, s->read_only_why);
	if (s->depth > 0) {
		int rc = exec(s, "SAVEPOINT kb_nested", err);
		if (rc == 0)
			s->depth++;
		return rc;
	}
	if (exec(s, "BEGIN IMMEDIATE", err) != 0)
		return KB_EDB;
	s->depth = 1;
	return 0;
}

int store_commit(struct kb_store *s, struct kb_error *err)
{
	int rc;

	if (s->depth > 1) {
		if ((rc = exec(s, "RELEASE kb_nested", err)) == 0)
			s->depth--;
		return rc;
	}
	/* A failed COMMIT leaves the transaction open: depth stays, and the
	 * caller's store_rollback ends it. */
	if ((rc = exec(s, "COMMIT", err)) == 0)
		s->depth = 0;
	return rc;
}

void store_rollback(struct kb_store *s)
{
	if (s->depth > 1) {
		sqlite3_exec(s->db, "ROLLBACK TO kb_nested; RELEASE kb_nested", NULL, NULL, NULL);
		s->depth--;
		return;
	}
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	s->depth = 0;
}

/* ---- opening ----------------------------------------------------------- */

int store_default_path(char *buf, size_t size, struct kb_error *err)
{
	const char *env = getenv("KBWIZ_DB");
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	int n;

	if (env != NULL && *env != '\0')
		n = snprintf(buf, size, "%s", env);
	else if (xdg != NULL && *xdg == '/')
		n = snprintf(buf, size, "%s/kbwiz/kbwiz.db", xdg);
	else if (home != NULL && *home != '\0')
		n = snprintf(buf, size, "%s/.local/share/kbwiz/kbwiz.db", home);
	else
		return kb_errorf(err, KB_EINVAL,
				 "cannot tell where the store goes: HOME is not set (use --db PATH)");
	if (n < 0 || (size_t)n >= size)
		return kb_errorf(err, KB_EINVAL, "store path too long");
	return 0;
}

static double monotonic_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* SQLite's busy handler: wait for another process's lock up to
 * busy_ms, telling the front end once when the wait runs long.
 * Returns 0 to give up (the call then fails with SQLITE_BUSY). */
static int busy_wait(void *ctx, int count)
{
	struct kb_store *s = ctx;
	struct timespec pause = { 0, 10 * 1000 * 1000 };
	double waited;

	if (count == 0) {
		s->wait_started_ms = monotonic_ms();
		s->wait_told = 0;
	}
	waited = monotonic_ms() - s->wait_started_ms;
	if (waited >= s->busy_ms)
		return 0;
	if (!s->wait_told && waited >= STORE_WAIT_NOTICE_MS && s->on_wait != NULL) {
		s->wait_told = 1;
		s->on_wait(s->on_wait_ctx, s->path, s->busy_ms);
	}
	nanosleep(&pause, NULL);
	return 1;
}

void store_set_busy_timeout(struct kb_store *s, int timeout_ms)
{
	s->busy_ms = timeout_ms;
}

void store_on_wait(struct kb_store *s, store_wait_fn fn, void *ctx)
{
	s->on_wait = fn;
	s->on_wait_ctx = ctx;
}

int store_read_only(const struct kb_store *s)
{
	return s->read_only;
}

/* Decide, before any write, whether the file at path is ours. */
static int check_ownership(struct kb_store *s, int *fresh, int *version,
			   struct kb_error *err)
{
	sqlite3_stmt *st = NULL;
	int app_id = 0, tables = 0, rc;

	/* One statement, so one snapshot: read apart, the three could
	 * straddle another process's commit of a new store's schema. */
	rc = sqlite3_prepare_v2(s->db,
		"SELECT (SELECT application_id FROM pragma_application_id),"
		" (SELECT user_version FROM pragma_user_version),"
		" (SELECT count(*) FROM sqlite_master)", -1, &st, NULL);
	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			app_id = sqlite3_column_int(st, 0);
			*version = sqlite3_column_int(st, 1);
			tables = sqlite3_column_int(st, 2);
			rc = SQLITE_OK;
		}
	}
	sqlite3_finalize(st);
	if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: not a kbwiz store (not an SQLite database, or damaged); left untouched",
				 s->path);
	if (rc != SQLITE_OK)
		return store_dberr(s, err, "cannot read the store");
	if (app_id == 0 && tables == 0 && *version == 0) {
		*fresh = 1;
		return 0;
	}
	*fresh = 0;
	if (app_id != STORE_APPLICATION_ID)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: an SQLite database of another program, not a kbwiz store; left untouched",
				 s->path);
	if (*version > STORE_SCHEMA_VERSION)
		return kb_errorf(err, KB_EVERSION,
				 "%s: written by a newer kbwiz (schema %d, this one knows up to %d); left untouched",
				 s->path, *version, STORE_SCHEMA_VERSION);
	return 0;
}

static int set_application_id(struct kb_store *s, struct kb_error *err)
{
	char sql[64];

	snprintf(sql, sizeof sql, "PRAGMA application_id = %d", STORE_APPLICATION_ID);
	return exec(s, sql, err);
}

/* Bring the schema from `from` to `to`.  The caller holds the write
 * lock (store_begin) and commits: every step, and the application id of a
 * new store, go in with the transaction that read the version. */
static int migrate(struct kb_store *s, int from, int to, struct kb_error *err)
{
	char sql[64];
	int v, rc;

	for (v = from; v < to; v++) {
		snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v + 1);
		if ((rc = exec(s, migrations[v], err)) != 0 ||
		    (rc = exec(s, sql, err)) != 0)
			return kb_error_prefix(err, rc, "upgrading the store to schema %d", v + 1);
		if (v == 0 && (rc = set_application_id(s, err)) != 0)
			return rc;
	}
	return 0;
}

/* Create or upgrade under the write lock.  Any number of processes may
 * race here on a new file: each takes the lock in turn, reads the version
 * again inside its transaction, and only the first finds work to do.
 * *made is set when this process created the schema. */
static int create_or_upgrade(struct kb_store *s, int target, int *made,
			     struct kb_error *err)
{
	int fresh = 0, version = 0, rc;

	*made = 0;
	if ((rc = store_begin(s, err)) != 0)
		return kb_error_prefix(err, rc, "setting up the store");
	if ((rc = check_ownership(s, &fresh, &version, err)) != 0 ||
	    (rc = migrate(s, version, target, err)) != 0) {
		store_rollback(s);
		return rc;
	}
	if ((rc = store_commit(s, err)) != 0) {
		store_rollback(s);
		return rc;
	}
	*made = fresh && target > 0;
	return 0;
}

/* Why a store cannot be written, in the user's words. */
static void note_read_only(struct kb_store *s)
{
	char dir[4096];

	s->read_only = 1;
	if (access(s->path, W_OK) != 0 && errno == EROFS)
		snprintf(s->read_only_why, sizeof s->read_only_why, "a read-only file system");
	else if (access(s->path, W_OK) != 0)
		snprintf(s->read_only_why, sizeof s->read_only_why, "no permission to write the file");
	else {
		kb_dirname(s->path, dir, sizeof dir);
		snprintf(s->read_only_why, sizeof s->read_only_why,
			 access(dir, W_OK) != 0 ? "no permission to write in its directory"
						: "opened read-only");
	}
}

/* Bytes that would end the path or start a query in a URI filename. */
static int uri_path(const char *path, char *buf, size_t size)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = 0;

	n = (size_t)snprintf(buf, size, "file:");
	for (; *path != '\0'; path++) {
		unsigned char c = (unsigned char)*path;
		if (n + 4 >= size)
			return -1;
		if (c == '%' || c == '?' || c == '#' || c <= ' ' || c >= 0x7f) {
			buf[n++] = '%';
			buf[n++] = hex[c >> 4];
			buf[n++] = hex[c & 15];
		} else {
			buf[n++] = (char)c;
		}
	}
	buf[n] = '\0';
	return 0;
}

static int open_db(struct kb_store *s, const char *name, int flags,
		   struct kb_error *err)
{
	int rc;

	if (s->db != NULL) {
		sqlite3_close(s->db);
		s->db = NULL;
	}
	/* One thread at a time uses a connection (the reader threads of
	 * library_index.c and diagnose_run.c never touch it): no mutex
	 * around every call, a tenth of a 100,000-row history listing. */
	rc = sqlite3_open_v2(name, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc != SQLITE_OK)
		return kb_errorf(err, KB_EDB, "%s: cannot open the store: %s", s->path,
				 s->db != NULL ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
	sqlite3_extended_result_codes(s->db, 1);
	/* Another kbwiz may be writing (a second terminal): wait, don't fail. */
	sqlite3_busy_handler(s->db, busy_wait, s);
	return 0;
}

/* Reading a WAL store needs its -shm index: SQLite opens an existing one
 * read-only, but cannot make one on a read-only file system or in a
 * directory it may not write.  There, the file is opened as immutable, as
 * SQLite documents for read-only media: nothing can change it while we
 * read (a -wal left by a killed writer without its -shm is not read). */
static int open_read_only(struct kb_store *s, struct kb_error *err)
{
	char uri[8300];

	if (uri_path(s->path, uri, sizeof uri - 16) != 0)
		return kb_errorf(err, KB_EINVAL, "%s: store path too long", s->path);
	strcat(uri, "?immutable=1");
	note_read_only(s);
	return open_db(s, uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, err);
}

/* The errors that mean "could not read because nothing may be written
 * here" (the -shm cannot be made), not "this file is damaged". */
static int read_only_failure(sqlite3 *db)
{
	int code = sqlite3_extended_errcode(db) & 0xff;

	return code == SQLITE_CANTOPEN || code == SQLITE_READONLY ||
	       code == SQLITE_PERM || code == SQLITE_AUTH;
}

/* An exclusive flock on the store's directory, waiting for it. */
static int lock_setup(const char *path, int *dir_fd, struct kb_error *err)
{
	char dir[4096];
	int fd;

	kb_dirname(path, dir, sizeof dir);
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return kb_errorf(err, KB_EIO, "%s: %s", dir, strerror(errno));
	while (flock(fd, LOCK_EX) != 0) {
		if (errno == EINTR)
			continue;
		/* A file system without flock: go on unserialized, as
		 * SQLite's locks still keep the store whole. */
		break;
	}
	*dir_fd = fd;
	return 0;
}

static int open_common(const char *path, int flags, int target,
		       struct kb_store **out, int *created, struct kb_error *err)
{
	struct kb_store *s;
	struct stat st;
	char dir[4096];
	int exists, fresh = 0, version = 0, made = 0, rc, fd, dir_fd = -1;

	*out = NULL;
	if (created != NULL)
		*created = 0;
	exists = stat(path, &st) == 0;
	if (exists && S_ISDIR(st.st_mode))
		return kb_errorf(err, KB_EINVAL, "%s: is a directory, not a store file", path);
	if (!exists && !(flags & STORE_OPEN_CREATE))
		return kb_errorf(err, KB_ENOTFOUND, "%s: no such store", path);
	if (!exists) {
		kb_dirname(path, dir, sizeof dir);
		if ((rc = kb_mkdir_p(dir, err)) != 0)
			return kb_error_prefix(err, rc, "cannot create the store's directory");
		/* Create the file ourselves: permission bits do not stop root,
		 * but a read-only file system does, and either way the message
		 * should name the real reason.  Not O_EXCL: another kbwiz may
		 * be creating the same store this instant, which is fine (the
		 * schema is made under the write lock, by whoever comes
		 * first); and nothing here ever unlinks it again, as another
		 * process may already hold it open. */
		fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
		if (fd < 0)
			return kb_errorf(err, KB_EIO, "%s: cannot create the store: %s",
					 path, strerror(errno));
		close(fd);
	}
	s = calloc(1, sizeof *s);
	if (s == NULL || (s->path = strdup(path)) == NULL) {
		free(s);
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	}
	s->busy_ms = STORE_BUSY_TIMEOUT_MS;
	if ((rc = open_db(s, path, SQLITE_OPEN_READWRITE, err)) != 0)
		goto fail;
	rc = check_ownership(s, &fresh, &version, err);
	if (rc != 0 && read_only_failure(s->db)) {
		if ((rc = open_read_only(s, err)) != 0)
			goto fail;
		rc = check_ownership(s, &fresh, &version, err);
	}
	if (rc != 0)
		goto fail;
	if (sqlite3_db_readonly(s->db, "main") == 1 && !s->read_only)
		note_read_only(s);
	if (version < target && s->read_only) {
		rc = kb_errorf(err, KB_EIO, "%s: the store is read-only (%s) and needs %s",
			       path, s->read_only_why, fresh ? "creating" : "an upgrade");
		goto fail;
	}
	/* Setting a new store up, one process at a time: switching a new
	 * file to WAL takes SQLite's exclusive lock outside any
	 * transaction, and two processes doing it at once can each wait
	 * for the other until the busy timeout.  The lock is on the
	 * directory, never on the store (closing another descriptor of the
	 * store would drop SQLite's own locks), and only while setting up. */
	if (version < target && (rc = lock_setup(path, &dir_fd, err)) != 0)
		goto fail;
	/* WAL, always: readers are never blocked by a writer, and a
	 * writer waits only for another writer.  Set outside a transaction
	 * (SQLite requires it); a no-op once the file is in WAL mode. */
	if (!s->read_only && (rc = exec(s, "PRAGMA journal_mode = WAL", err)) != 0)
		goto fail;
	if ((rc = exec(s, "PRAGMA foreign_keys = ON", err)) != 0)
		goto fail;
	if (version < target && (rc = create_or_upgrade(s, target, &made, err)) != 0)
		goto fail;
	if (dir_fd >= 0)
		close(dir_fd);
	/* Stores are opened below the current schema only by the tests of
	 * migrations, which load rules there too. */
	s->rule_cache = store_schema_version(s) >= SCHEMA_RULE_CACHE;
	if (created != NULL)
		*created = made;
	*out = s;
	return 0;
fail:
	/* Never unlink the file, even one made just now: another kbwiz may
	 * have opened it since.  An empty file is a new store to the next
	 * open. */
	store_close(s);
	if (dir_fd >= 0)
		close(dir_fd);
	return rc;
}

int store_open(const char *path, int flags, struct kb_store **out,
	       int *created, struct kb_error *err)
{
	return open_common(path, flags, STORE_SCHEMA_VERSION, out, created, err);
}

int store_open_at_version(const char *path, int target, struct kb_store **out,
			  struct kb_error *err)
{
	if (target < 0 || target > STORE_SCHEMA_VERSION)
		return kb_errorf(err, KB_EINVAL, "no schema version %d", target);
	return open_common(path, STORE_OPEN_CREATE, target, out, NULL, err);
}

void store_close(struct kb_store *s)
{
	if (s == NULL)
		return;
	if (s->db != NULL)
		sqlite3_close(s->db);
	free(s->path);
	free(s);
}

int store_schema_version(struct kb_store *s)
{
	sqlite3_int64 v = -1;

	sql_query_int64(s->db, "PRAGMA user_version", &v);
	return (int)v;
}

/* ---- loading rules ----------------------------------------------------- */

/* Append s to an index column as a word: a space before it unless the
 * column is empty.  NULL adds nothing; "" adds only the space. */
static void add_word(struct kb_buf *b, const char *s)
{
	if (s == NULL)
		return;
	if (b->len > 0)
		kb_buf_putc(b, ' ');
	kb_buf_puts(b, s);
}

static void add_uint_word(struct kb_buf *b, unsigned v, int hex, int prefix, int width)
{
	char tmp[32];

	if (!hex)
		snprintf(tmp, sizeof tmp, "%u", v);
	else
		snprintf(tmp, sizeof tmp, "%s%0*x", prefix ? "0x" : "", width, v);
	add_word(b, tmp);
}

/* Every form a technician may type a code in: 1720, 0x6b8, 6b8,
 * 0x000006b8, and for legacy NTSTATUS-like ids the raw hex too. */
static void add_code_forms(struct kb_buf *b, unsigned code)
{
	add_uint_word(b, code, 0, 0, 0);
	add_uint_word(b, code, 1, 1, 0);
	add_uint_word(b, code, 1, 0, 0);
	add_uint_word(b, code, 1, 1, 8);
}

struct rule_stmts {
	sqlite3_stmt *rule, *product, *tag, *symptom, *evidence, *pattern,
		*check, *fix, *ref, *fts, *cache;
	struct kb_buf blob;      /* reused for each rule's cache row */
};

static const char *const rule_stmt_sql[] = {
	"INSERT INTO rules(id, article, title, published, trigger_text, cause,"
	" source_path, source, content_hash, loaded_at) VALUES(?,?,?,?,?,?,?,?,?,?)",
	"INSERT INTO rule_products(rule_id, ord, name, versions) VALUES(?,?,?,?)",
	"INSERT OR IGNORE INTO rule_tags(rule_id, tag) VALUES(?,?)",
	"INSERT INTO rule_symptoms(rule_id, symptom_id, ord, kind, description, log,"
	" event_id, source, text, error_code, message, question)"
	" VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
	"INSERT INTO rule_evidence(rule_id, evidence_id, ord, log_kind, sequence,"
	" description) VALUES(?,?,?,?,?,?)",
	"INSERT INTO rule_patterns(rule_id, evidence_id, ord, is_regex, pattern)"
	" VALUES(?,?,?,?,?)",
	"INSERT INTO rule_checks(rule_id, check_id, role, ord, description, key,"
	" value, type, expect, data, number, min, max, reason)"
	" VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
	"INSERT INTO rule_fixes(rule_id, fix_id, ord, kind, text, check_id, action)"
	" VALUES(?,?,?,?,?,?,?)",
	"INSERT INTO rule_refs(rule_id, ord, ref) VALUES(?,?,?)",
	"INSERT INTO rules_fts(rule_id, codes, title, symptoms, body) VALUES(?,?,?,?,?)",
	"INSERT OR REPLACE INTO rule_cache(rule_id, format, content_hash, rule) VALUES(?,?,?,?)",
};

static sqlite3_stmt **stmt_slot(struct rule_stmts *rs, size_t i)
{
	sqlite3_stmt **slots[] = { &rs->rule, &rs->product, &rs->tag, &rs->symptom,
				   &rs->evidence, &rs->pattern, &rs->check,
				   &rs->fix, &rs->ref, &rs->fts, &rs->cache };
	return slots[i];
}

#define N_RULE_STMTS (sizeof rule_stmt_sql / sizeof rule_stmt_sql[0])

static void finalize_stmts(struct rule_stmts *rs)
{
	size_t i;

	for (i = 0; i < N_RULE_STMTS; i++)
		sqlite3_finalize(*stmt_slot(rs, i));
	kb_buf_free(&rs->blob);
}

static int prepare_stmts(struct kb_store *s, struct rule_stmts *rs,
			 struct kb_error *err)
{
	size_t i;

	memset(rs, 0, sizeof *rs);
	for (i = 0; i < N_RULE_STMTS; i++) {
		if (stmt_slot(rs, i) == &rs->cache && !s->rule_cache)
			continue;
		if (sqlite3_prepare_v2(s->db, rule_stmt_sql[i], -1, stmt_slot(rs, i),
				       NULL) != SQLITE_OK)
			return store_dberr(s, err, "preparing the rule tables");
	}
	return 0;
}

static const char *fix_kind_name(enum fix_kind k)
{
	return k == FIX_MANUAL ? "manual" : k == FIX_REGISTRY ? "registry" : "last-resort";
}

static int insert_checks(sqlite3_stmt *st, const char *rule_id, const char *role,
			 const struct rule_check *c, size_t n, struct kb_buf *body)
{
	size_t i;
	int rc;

	for (i = 0; i < n; i++) {
		sql_bind_text(st, 1, rule_id);
		sql_bind_text(st, 2, c[i].id);
		sql_bind_text(st, 3, role);
		sqlite3_bind_int(st, 4, (int)i);
		sql_bind_text(st, 5, c[i].description);
		sql_bind_text(st, 6, c[i].key);
		sql_bind_text(st, 7, c[i].value);
		if (c[i].type != KB_REG_NONE)
			sql_bind_text(st, 8, kb_reg_type_name(c[i].type));
		sql_bind_text(st, 9, check_expect_name(c[i].expect));
		sql_bind_text(st, 10, c[i].data);
		sqlite3_bind_int64(st, 11, (sqlite3_int64)c[i].number);
		sqlite3_bind_int64(st, 12, (sqlite3_int64)c[i].min);
		sqlite3_bind_int64(st, 13, (sqlite3_int64)c[i].max);
		sql_bind_text(st, 14, c[i].reason);
		if ((rc = sql_step_reset(st)) != 0)
			return rc;
		add_word(body, c[i].description);
		add_word(body, c[i].key);
		add_word(body, c[i].value);
		add_word(body, c[i].data);
	}
	return 0;
}

static int insert_rule(struct rule_stmts *rs, const struct rule *r,
		       const char *source, const char *now)
{
	struct kb_buf codes = { 0 }, symptoms = { 0 }, body = { 0 };
	char versions[512];
	size_t i, j;
	int rc;

	sql_bind_text(rs->rule, 1, r->id);
	sql_bind_text(rs->rule, 2, r->article);
	sql_bind_text(rs->rule, 3, r->title);
	sql_bind_text(rs->rule, 4, r->published);
	sql_bind_text(rs->rule, 5, r->trigger);
	sql_bind_text(rs->rule, 6, r->cause);
	sql_bind_text(rs->rule, 7, r->source_path);
	sql_bind_text(rs->rule, 8, source);
	sql_bind_text(rs->rule, 9, r->content_hash);
	sql_bind_text(rs->rule, 10, now);
	if ((rc = sql_step_reset(rs->rule)) != 0)
		goto out;

	add_word(&codes, r->id);
	add_word(&codes, r->article);
	for (i = 0; i < r->n_products; i++) {
		size_t used = 0;
		versions[0] = '\0';
		for (j = 0; j < r->products[i].n_versions && used < sizeof versions; j++)
			used += (size_t)snprintf(versions + used, sizeof versions - used,
						 "%s%s", j ? "," : "", r->products[i].versions[j]);
		sql_bind_text(rs->product, 1, r->id);
		sqlite3_bind_int(rs->product, 2, (int)i);
		sql_bind_text(rs->product, 3, r->products[i].name);
		sql_bind_text(rs->product, 4, versions);
		if ((rc = sql_step_reset(rs->product)) != 0)
			goto out;
		add_word(&body, r->products[i].name);
	}
	for (i = 0; i < r->n_tags; i++) {
		sql_bind_text(rs->tag, 1, r->id);
		sql_bind_text(rs->tag, 2, r->tags[i]);
		if ((rc = sql_step_reset(rs->tag)) != 0)
			goto out;
		add_word(&symptoms, r->tags[i]);
	}
	for (i = 0; i < r->n_symptoms; i++) {
		const struct rule_symptom *sy = &r->symptoms[i];
		struct kb_buf text = { 0 };
		static const char *const kinds[] = { "event", "error", "question" };

		for (j = 0; j < sy->n_text; j++)
			add_word(&text, sy->text[j]);
		sql_bind_text(rs->symptom, 1, r->id);
		sql_bind_text(rs->symptom, 2, sy->id);
		sqlite3_bind_int(rs->symptom, 3, (int)i);
		sql_bind_text(rs->symptom, 4, kinds[sy->kind]);
		sql_bind_text(rs->symptom, 5, sy->description);
		sql_bind_text(rs->symptom, 6, sy->log);
		if (sy->kind == SYMPTOM_EVENT)
			sqlite3_bind_int(rs->symptom, 7, (int)sy->event_id);
		sql_bind_text(rs->symptom, 8, sy->source);
		sql_bind_text(rs->symptom, 9, text.p);
		if (sy->error_code != 0)
			sqlite3_bind_int64(rs->symptom, 10, sy->error_code);
		sql_bind_text(rs->symptom, 11, sy->message);
		sql_bind_text(rs->symptom, 12, sy->question);
		rc = sql_step_reset(rs->symptom);
		if (sy->kind == SYMPTOM_EVENT)
			add_uint_word(&codes, sy->event_id, 0, 0, 0);
		if (sy->error_code != 0)
			add_code_forms(&codes, sy->error_code);
		add_word(&symptoms, sy->log);
		add_word(&symptoms, sy->source);
		add_word(&symptoms, text.p);
		add_word(&symptoms, sy->message);
		add_word(&symptoms, sy->description);
		add_word(&body, sy->question);
		kb_buf_free(&text);
		if (rc != 0)
			goto out;
	}
	for (i = 0; i < r->n_evidence; i++) {
		const struct rule_evidence *e = &r->evidence[i];
		sql_bind_text(rs->evidence, 1, r->id);
		sql_bind_text(rs->evidence, 2, e->id);
		sqlite3_bind_int(rs->evidence, 3, (int)i);
		sql_bind_text(rs->evidence, 4, e->log == LOG_CLUSTER ? "cluster" : "text");
		sqlite3_bind_int(rs->evidence, 5, e->sequence);
		sql_bind_text(rs->evidence, 6, e->description);
		if ((rc = sql_step_reset(rs->evidence)) != 0)
			goto out;
		add_word(&body, e->description);
		for (j = 0; j < e->n_patterns; j++) {
			sql_bind_text(rs->pattern, 1, r->id);
			sql_bind_text(rs->pattern, 2, e->id);
			sqlite3_bind_int(rs->pattern, 3, (int)j);
			sqlite3_bind_int(rs->pattern, 4, e->patterns[j].is_regex);
			sql_bind_text(rs->pattern, 5, e->patterns[j].text);
			if ((rc = sql_step_reset(rs->pattern)) != 0)
				goto out;
			if (!e->patterns[j].is_regex)
				add_word(&body, e->patterns[j].text);
		}
	}
	if ((rc = insert_checks(rs->check, r->id, "check", r->checks, r->n_checks, &body)) != 0 ||
	    (rc = insert_checks(rs->check, r->id, "applies", r->applies, r->n_applies, &body)) != 0)
		goto out;
	for (i = 0; i < r->n_fixes; i++) {
		const struct rule_fix *f = &r->fixes[i];
		sql_bind_text(rs->fix, 1, r->id);
		sql_bind_text(rs->fix, 2, f->id);
		sqlite3_bind_int(rs->fix, 3, (int)i);
		sql_bind_text(rs->fix, 4, fix_kind_name(f->kind));
		sql_bind_text(rs->fix, 5, f->text);
		sql_bind_text(rs->fix, 6, f->check_id);
		sql_bind_text(rs->fix, 7, f->action != FIX_ACTION_NONE ? fix_action_name(f->action) : NULL);
		if ((rc = sql_step_reset(rs->fix)) != 0)
			goto out;
		add_word(&body, f->text);
	}
	for (i = 0; i < r->n_references; i++) {
		sql_bind_text(rs->ref, 1, r->id);
		sqlite3_bind_int(rs->ref, 2, (int)i);
		sql_bind_text(rs->ref, 3, r->references[i]);
		if ((rc = sql_step_reset(rs->ref)) != 0)
			goto out;
		add_word(&codes, r->references[i]);
	}
	add_word(&body, r->cause);
	add_word(&body, r->trigger);
	if (codes.oom || symptoms.oom || body.oom) {
		rc = SQLITE_NOMEM;
		goto out;
	}
	sql_bind_text(rs->fts, 1, r->id);
	sql_bind_text(rs->fts, 2, codes.p);
	sql_bind_text(rs->fts, 3, r->title);
	sql_bind_text(rs->fts, 4, symptoms.p);
	sql_bind_text(rs->fts, 5, body.p);
	rc = sql_step_reset(rs->fts);
out:
	kb_buf_free(&codes);
	kb_buf_free(&symptoms);
	kb_buf_free(&body);
	return rc;
}

/* The rule as parsed, into its cache row (rule_cache, schema 5). */
static int cache_rule(struct rule_stmts *rs, const struct rule *r)
{
	if (rs->cache == NULL)   /* a schema before the cache */
		return 0;
	kb_buf_reset(&rs->blob);
	if (rule_blob_encode(r, &rs->blob) != 0)
		return SQLITE_NOMEM;
	sql_bind_text(rs->cache, 1, r->id);
	sqlite3_bind_int(rs->cache, 2, RULE_BLOB_FORMAT);
	sql_bind_text(rs->cache, 3, r->content_hash);
	sqlite3_bind_blob(rs->cache, 4, rs->blob.p, (int)rs->blob.len, SQLITE_STATIC);
	return sql_step_reset(rs->cache);
}

/* 1 when every rule has a cache row this build can use. */
static int all_cached(struct kb_store *s)
{
	sqlite3_stmt *st;
	int rc, missing = 1;

	if (!s->rule_cache)
		return 1;
	rc = sqlite3_prepare_v2(s->db,
		"SELECT EXISTS(SELECT 1 FROM rules r LEFT JOIN rule_cache c ON c.rule_id = r.id"
		" AND c.format = ? AND c.content_hash = r.content_hash WHERE c.rule IS NULL)",
		-1, &st, NULL);
	if (rc != SQLITE_OK)
		return 0;
	sqlite3_bind_int(st, 1, RULE_BLOB_FORMAT);
	if (sqlite3_step(st) == SQLITE_ROW)
		missing = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return !missing;
}

/* The hash stored for rule id, or "" when the rule is not there. */
static int stored_hash(struct kb_store *s, const char *id, char hash[65])
{
	sqlite3_stmt *st;
	int rc;

	hash[0] = '\0';
	rc = sqlite3_prepare_v2(s->db, "SELECT content_hash FROM rules WHERE id = ?",
				-1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(hash, 65, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return SQLITE_OK;
}

static int delete_rule(struct kb_store *s, const char *id)
{
	int rc;

	rc = sql_exec_bind(s->db, "DELETE FROM rules_fts WHERE rule_id = ?", "t", id);
	if (rc == SQLITE_OK)
		rc = sql_exec_bind(s->db, "DELETE FROM rules WHERE id = ?", "t", id);
	return rc;
}

static int cmp_id_nocase(const void *a, const void *b)
{
	return strcasecmp(*(char *const *)a, *(char *const *)b);
}

/* Rules in the store that the set no longer has.  The set's ids are
 * sorted once and searched: looking each stored id up in the whole set
 * took a quarter of building a store of 10,000 rules. */
static int remove_missing(struct kb_store *s, const struct rule_set *set,
			  size_t *removed)
{
	sqlite3_stmt *st;
	char **gone = NULL, **grown, **ids;
	size_t n = 0, i;
	int rc;

	if ((ids = malloc((set->n + 1) * sizeof *ids)) == NULL)
		return SQLITE_NOMEM;
	for (i = 0; i < set->n; i++)
		ids[i] = set->rules[i]->id;
	qsort(ids, set->n, sizeof *ids, cmp_id_nocase);
	rc = sqlite3_prepare_v2(s->db, "SELECT id FROM rules", -1, &st, NULL);
	if (rc != SQLITE_OK) {
		free(ids);
		return rc;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *id = (const char *)sqlite3_column_text(st, 0);
		if (bsearch(&id, ids, set->n, sizeof *ids, cmp_id_nocase) != NULL)
			continue;
		grown = realloc(gone, (n + 1) * sizeof *gone);
		if (grown == NULL || (grown[n] = strdup(id)) == NULL) {
			gone = grown != NULL ? grown : gone;
			rc = SQLITE_NOMEM;
			break;
		}
		gone = grown;
		n++;
	}
	sqlite3_finalize(st);
	free(ids);
	if (rc == SQLITE_DONE)
		rc = 0;
	for (i = 0; i < n; i++) {
		if (rc == 0)
			rc = delete_rule(s, gone[i]);
		free(gone[i]);
	}
	free(gone);
	if (rc == 0)
		*removed = n;
	return rc;
}

static int set_meta(struct kb_store *s, const char *key, const char *value)
{
	return sql_exec_bind(s->db, "INSERT INTO kb_meta(key, value) VALUES(?, ?)"
			     " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
			     "tt", key, value);
}

/* 1 when the store holds exactly the set's rules, each with the same
 * content hash and a usable cache row, loaded from kb_dir: a load would
 * change nothing. */
static int rules_match(struct kb_store *s, const struct rule_set *set,
		       const char *kb_dir)
{
	char hash[65], dir[4096];
	size_t i;

	if (store_rule_count(s) != set->n || store_kb_dir(s, dir, sizeof dir, NULL) != 0 ||
	    strcmp(dir, kb_dir != NULL ? kb_dir : "") != 0)
		return 0;
	for (i = 0; i < set->n; i++)
		if (stored_hash(s, set->rules[i]->id, hash) != SQLITE_OK ||
		    strcmp(hash, set->rules[i]->content_hash) != 0)
			return 0;
	return all_cached(s);
}

int store_load_rules(struct kb_store *s, const struct rule_set *set,
		     const char *kb_dir, struct store_load_stats *stats,
		     struct kb_error *err)
{
	struct store_load_stats local = { 0 };
	struct rule_stmts rs;
	char now[32], hash[65], read_hash[KB_SHA256_HEX_SIZE];
	size_t i;
	int rc, cached;

	/* Every command checks the built-in rules are current: when they
	 * are, take no write lock, so that a command that only reads never
	 * waits behind another kbwiz's write (nor fails on a read-only
	 * store). */
	if (rules_match(s, set, kb_dir)) {
		if (stats != NULL) {
			*stats = local;
			stats->unchanged = set->n;
		}
		return 0;
	}
	kb_now_iso(now, sizeof now);
	if ((rc = store_begin(s, err)) != 0)
		return rc;
	if ((rc = prepare_stmts(s, &rs, err)) != 0)
		goto fail;
	/* A store upgraded from schema 4, or cached by another format: the
	 * unchanged rules get their cache rows now. */
	cached = all_cached(s);
	for (i = 0; i < set->n; i++) {
		const struct rule *r = set->rules[i];
		char *source = NULL;
		size_t len;

		if (stored_hash(s, r->id, hash) != SQLITE_OK) {
			rc = store_dberr(s, err, "reading the rules");
			goto fail;
		}
		if (strcmp(hash, r->content_hash) == 0) {
			local.unchanged++;
			if (!cached && cache_rule(&rs, r) != 0) {
				rc = kb_errorf(err, KB_EDB, "%s: caching rule %s: %s", s->path,
					       r->id, sqlite3_errmsg(s->db));
				goto fail;
			}
			continue;
		}
		/* The source text is kept so the rule can be shown and parsed
		 * again exactly as it was loaded. */
		rc = kb_read_file(r->source_path, RULE_FILE_MAX_BYTES, &source, &len, err);
		if (rc != 0)
			goto fail;
		/* The cache row is the parse of the text read then: text that
		 * changed since would be kept beside a parse of other text. */
		kb_sha256_buffer(source, len, read_hash);
		if (strcmp(read_hash, r->content_hash) != 0) {
			free(source);
			rc = kb_errorf(err, KB_EIO, "%s: changed while the rules were loaded;"
				       " nothing was stored: load them again", r->source_path);
			goto fail;
		}
		if (hash[0] != '\0') {
			local.updated++;
			rc = delete_rule(s, r->id);
		} else {
			local.added++;
		}
		if (rc == 0)
			rc = insert_rule(&rs, r, source, now);
		if (rc == 0)
			rc = cache_rule(&rs, r);
		free(source);
		if (rc != 0) {
			rc = kb_errorf(err, KB_EDB, "%s: storing rule %s: %s", s->path,
				       r->id, sqlite3_errmsg(s->db));
			goto fail;
		}
	}
	if (remove_missing(s, set, &local.removed) != 0 ||
	    set_meta(s, "kb_dir", kb_dir != NULL ? kb_dir : "") != 0 ||
	    set_meta(s, "kb_loaded_at", now) != 0) {
		rc = store_dberr(s, err, "updating the rules");
		goto fail;
	}
	finalize_stmts(&rs);
	if ((rc = store_commit(s, err)) != 0) {
		store_rollback(s);
		return rc;
	}
	if (stats != NULL)
		*stats = local;
	return 0;
fail:
	finalize_stmts(&rs);
	store_rollback(s);
	return rc != 0 ? rc : KB_EDB;
}

size_t store_rule_count(struct kb_store *s)
{
	sqlite3_int64 n = 0;

	sql_query_int64(s->db, "SELECT count(*) FROM rules", &n);
	return n < 0 ? 0 : (size_t)n;
}

int store_kb_dir(struct kb_store *s, char *buf, size_t size, struct kb_error *err)
{
	return store_meta_get(s, "kb_dir", buf, size, err);
}

int store_meta_get(struct kb_store *s, const char *key, char *buf, size_t size,
		   struct kb_error *err)
{
	sqlite3_stmt *st;
	int rc;

	buf[0] = '\0';
	if (sqlite3_prepare_v2(s->db, "SELECT value FROM kb_meta WHERE key = ?",
			       -1, &st, NULL) != SQLITE_OK)
		return store_dberr(s, err, key);
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		sql_copy_text(buf, size, st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_dberr(s, err, key);
	return 0;
}

int store_meta_set(struct kb_store *s, const char *key, const char *value,
		   struct kb_error *err)
{
	if (set_meta(s, key, value) != 0)
		return store_dberr(s, err, key);
	return 0;
}

/* ---- reading rules ----------------------------------------------------- */

int store_list_rules(struct kb_store *s, store_rule_fn fn, void *ctx,
		     struct kb_error *err)
{
	sqlite3_stmt *st;
	struct rule_summary sum;
	int rc;

	rc = sqlite3_prepare_v2(s->db,
		"SELECT r.id, r.title, r.article, r.content_hash,"
		" (SELECT count(*) FROM rule_symptoms WHERE rule_id = r.id),"
		" (SELECT count(*) FROM rule_checks WHERE rule_id = r.id AND role = 'check'),"
		" (SELECT count(*) FROM rule_evidence WHERE rule_id = r.id)"
		" FROM rules r ORDER BY r.id", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return store_dberr(s, err, "listing rules");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sql_copy_text(sum.id, sizeof sum.id, st, 0);
		sql_copy_text(sum.title, sizeof sum.title, st, 1);
		sql_copy_text(sum.article, sizeof sum.article, st, 2);
		sql_copy_text(sum.content_hash, sizeof sum.content_hash, st, 3);
		sum.n_symptoms = sqlite3_column_int(st, 4);
		sum.n_checks = sqlite3_column_int(st, 5);
		sum.n_evidence = sqlite3_column_int(st, 6);
		if (fn(ctx, &sum) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_dberr(s, err, "listing rules");
	return 0;
}

/* Reading a rule back: its cache row when this build can use it, else
 * (no row, another format, made from other text, damaged) its text,
 * parsed.  Both give the same rule (rule_blob.h); the text is the
 * authority, so a row that does not decode is passed over, never an
 * error. */
#define RULE_READ_SQL \
	"SELECT r.source_path, r.source, r.content_hash, c.rule FROM rules r" \
	" LEFT JOIN rule_cache c ON c.rule_id = r.id AND c.format = ?1" \
	" AND c.content_hash = r.content_hash"
#define RULE_READ_SQL_UNCACHED \
	"SELECT r.source_path, r.source, r.content_hash, NULL FROM rules r" \
	" WHERE ?1 IS NOT NULL"

static int rule_from_row(sqlite3_stmt *st, struct rule **out, struct kb_error *err)
{
	const char *name = (const char *)sqlite3_column_text(st, 0);
	const char *hash = (const char *)sqlite3_column_text(st, 2);
	const void *blob = sqlite3_column_blob(st, 3);
	const char *text;

	if (blob != NULL &&
	    rule_blob_decode(blob, (size_t)sqlite3_column_bytes(st, 3), name, hash,
			     out, NULL) == 0)
		return 0;
	text = (const char *)sqlite3_column_text(st, 1);
	return rule_load_text(name, text, (size_t)sqlite3_column_bytes(st, 1), out, err);
}

/* Every rule, in id order, from its cache row when it has a current one.
 * The rules and their cache rows are read as two scans in the same order
 * and matched here: joined in SQL, each rule cost an index search by
 * its id (case-insensitively), which at 10,000 rules was most of the
 * reading.  A rule without a usable row is read again with its text. */
static int read_all_rules(struct kb_store *s, struct rule_set *set,
			  struct kb_error *err)
{
	sqlite3_stmt *rules = NULL, *cache = NULL, *one = NULL;
	struct rule **grown;
	size_t cap = 0;
	int rc, rc_cache;

	if (sqlite3_prepare_v2(s->db, "SELECT id, source_path, content_hash FROM rules"
			       " ORDER BY id", -1, &rules, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db, "SELECT rule_id, content_hash, rule FROM rule_cache"
			       " WHERE format = ? ORDER BY rule_id", -1, &cache, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db, RULE_READ_SQL " WHERE r.id = ?2", -1, &one,
			       NULL) != SQLITE_OK) {
		rc = store_dberr(s, err, "reading rules");
		goto out;
	}
	sqlite3_bind_int(cache, 1, RULE_BLOB_FORMAT);
	sqlite3_bind_int(one, 1, RULE_BLOB_FORMAT);
	rc_cache = sqlite3_step(cache);
	while ((rc = sqlite3_step(rules)) == SQLITE_ROW) {
		const char *id = (const char *)sqlite3_column_text(rules, 0);
		const char *name = (const char *)sqlite3_column_text(rules, 1);
		const char *hash = (const char *)sqlite3_column_text(rules, 2);
		int decoded = 0;

		if (set->n == cap) {
			cap = cap == 0 ? 64 : cap * 2;
			if ((grown = realloc(set->rules, cap * sizeof *grown)) == NULL) {
				rc = kb_errorf(err, KB_ENOMEM, "out of memory");
				goto out;
			}
			set->rules = grown;
		}
		/* Both in NOCASE order: skip rows of rules that are gone. */
		while (rc_cache == SQLITE_ROW &&
		       sqlite3_stricmp((const char *)sqlite3_column_text(cache, 0), id) < 0)
			rc_cache = sqlite3_step(cache);
		if (rc_cache == SQLITE_ROW &&
		    sqlite3_stricmp((const char *)sqlite3_column_text(cache, 0), id) == 0 &&
		    strcmp((const char *)sqlite3_column_text(cache, 1), hash) == 0)
			decoded = rule_blob_decode(sqlite3_column_blob(cache, 2),
						   (size_t)sqlite3_column_bytes(cache, 2), name,
						   hash, &set->rules[set->n], NULL) == 0;
		if (!decoded) {
			sqlite3_reset(one);
			sqlite3_bind_text(one, 2, id, -1, SQLITE_TRANSIENT);
			if (sqlite3_step(one) != SQLITE_ROW) {
				rc = store_dberr(s, err, "reading rules");
				goto out;
			}
			/* The text, as the row with no usable cache reads. */
			if ((rc = rule_from_row(one, &set->rules[set->n], err)) != 0)
				goto out;
		}
		set->n++;
	}
	if (rc != SQLITE_DONE || (rc_cache != SQLITE_ROW && rc_cache != SQLITE_DONE))
		rc = store_dberr(s, err, "reading rules");
	else
		rc = 0;
out:
	sqlite3_finalize(rules);
	sqlite3_finalize(cache);
	sqlite3_finalize(one);
	return rc;
}

int store_get_rule(struct kb_store *s, const char *id, struct rule **out,
		   struct kb_error *err)
{
	sqlite3_stmt *st;
	int rc;

	*out = NULL;
	rc = sqlite3_prepare_v2(s->db, s->rule_cache ? RULE_READ_SQL " WHERE r.id = ?2"
				: RULE_READ_SQL_UNCACHED " AND r.id = ?2", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return store_dberr(s, err, "reading a rule");
	sqlite3_bind_int(st, 1, RULE_BLOB_FORMAT);
	sqlite3_bind_text(st, 2, id, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		rc = rule_from_row(st, out, err);
	else if (rc == SQLITE_DONE)
		rc = kb_errorf(err, KB_ENOTFOUND, "no rule '%s' in %s", id, s->path);
	else
		rc = store_dberr(s, err, "reading a rule");
	sqlite3_finalize(st);
	return rc;
}

int store_get_rules(struct kb_store *s, const char *only_id,
		    struct rule_set *set, struct kb_error *err)
{
	sqlite3_stmt *st;
	struct rule **grown;
	size_t cap = 0;
	int rc;

	set->rules = NULL;
	set->n = 0;
	if (only_id != NULL) {
		set->rules = calloc(1, sizeof *set->rules);
		if (set->rules == NULL)
			return kb_errorf(err, KB_ENOMEM, "out of memory");
		rc = store_get_rule(s, only_id, &set->rules[0], err);
		if (rc != 0) {
			free(set->rules);
			set->rules = NULL;
			return rc;
		}
		set->n = 1;
		return 0;
	}
	if (s->rule_cache) {
		if ((rc = read_all_rules(s, set, err)) != 0)
			rule_set_free(set);
		return rc;
	}
	rc = sqlite3_prepare_v2(s->db, RULE_READ_SQL_UNCACHED " ORDER BY r.id", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return store_dberr(s, err, "reading rules");
	sqlite3_bind_int(st, 1, RULE_BLOB_FORMAT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (set->n == cap) {
			cap = cap == 0 ? 64 : cap * 2;
			grown = realloc(set->rules, cap * sizeof *grown);
			if (grown == NULL) {
				rc = kb_errorf(err, KB_ENOMEM, "out of memory");
				goto fail;
			}
			set->rules = grown;
		}
		rc = rule_from_row(st, &set->rules[set->n], err);
		if (rc != 0)
			goto fail;
		set->n++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		rule_set_free(set);
		return store_dberr(s, err, "reading rules");
	}
	return 0;
fail:
	sqlite3_finalize(st);
	rule_set_free(set);
	return rc;
}

/* ---- search ------------------------------------------------------------ */

/* "7023", "1720", "0x6B8": a query that is one code. */
static int is_code_query(const char *q)
{
	while (*q == ' ')
		q++;
	if (q[0] == '0' && (q[1] == 'x' || q[1] == 'X')) {
		q += 2;
		if (!isxdigit((unsigned char)*q))
			return 0;
		while (isxdigit((unsigned char)*q))
			q++;
	} else {
		if (!isdigit((unsigned char)*q))
			return 0;
		while (isdigit((unsigned char)*q))
			q++;
	}
	while (*q == ' ')
		q++;
	return *q == '\0';
}

/* Say why a rule matched.  The best snippet of the words the technician
 * sees (title, symptoms, body) when the words are there; for a match on a
 * code alone, the symptom that carries the code. */
static void describe_match(struct kb_store *s, sqlite3_stmt *st,
			   const char *query, struct search_hit *hit)
{
	const char *sym = (const char *)sqlite3_column_text(st, 3);
	const char *body = (const char *)sqlite3_column_text(st, 4);
	sqlite3_stmt *q;
	char *end;
	unsigned long code;
	const char *p = query;

	int code_only = is_code_query(query);

	if (code_only)
		hit->matched[0] = '\0';
	else if (sym != NULL && strchr(sym, '\x01') != NULL)
		snprintf(hit->matched, sizeof hit->matched, "%s", sym);
	else if (body != NULL && strchr(body, '\x01') != NULL)
		snprintf(hit->matched, sizeof hit->matched, "%s", body);
	else
		hit->matched[0] = '\0';
	/* Drop the match markers: the caller decides how to highlight. */
	for (end = hit->matched; *end != '\0'; end++)
		if (*end == '\x01' || *end == '\x02')
			memmove(end, end + 1, strlen(end));
	if (hit->matched[0] != '\0')
		return;
	if (!code_only) {
		snprintf(hit->matched, sizeof hit->matched, "%s",
			 sym != NULL ? sym : "");
		return;
	}
	while (*p != '\0' && !isdigit((unsigned char)*p))
		p++;
	code = strtoul(p, &end, p[0] == '0' && (p[1] == 'x' || p[1] == 'X') ? 16 : 10);
	if (sqlite3_prepare_v2(s->db,
		"SELECT kind, event_id, source, error_code, message FROM rule_symptoms"
		" WHERE rule_id = ?1 AND (event_id = ?2 OR error_code = ?2) ORDER BY ord LIMIT 1",
		-1, &q, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_text(q, 1, hit->id, -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 2, (sqlite3_int64)code);
	if (sqlite3_step(q) == SQLITE_ROW) {
		const char *kind = (const char *)sqlite3_column_text(q, 0);
		const char *src = (const char *)sqlite3_column_text(q, 2);
		const char *msg = (const char *)sqlite3_column_text(q, 4);
		if (strcmp(kind, "event") == 0 && (unsigned long)sqlite3_column_int64(q, 1) == code)
			snprintf(hit->matched, sizeof hit->matched, "event %lu from %s", code,
				 src != NULL ? src : "?");
		else
			snprintf(hit->matched, sizeof hit->matched, "error %lu (0x%lX): %s",
				 code, code, msg != NULL ? msg : "");
	}
	sqlite3_finalize(q);
}

static int run_search(struct kb_store *s, const char *query, const char *fts,
		      double penalty, struct search_hit *hits, size_t max,
		      size_t *n, struct kb_error *err)
{
	sqlite3_stmt *st;
	int rc;

	/* bm25 weights: codes, title, symptoms, body.  A match on an event
	 * ID or error code is the strongest signal a technician has. */
	rc = sqlite3_prepare_v2(s->db,
		"SELECT f.rule_id, r.title, -bm25(rules_fts, 0.0, 10.0, 4.0, 3.0, 1.0),"
		" snippet(rules_fts, 3, char(1), char(2), '...', 14),"
		" snippet(rules_fts, 4, char(1), char(2), '...', 14)"
		" FROM rules_fts f JOIN rules r ON r.id = f.rule_id"
		" WHERE rules_fts MATCH ? ORDER BY bm25(rules_fts, 0.0, 10.0, 4.0, 3.0, 1.0), f.rule_id"
		" LIMIT ?", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return store_dberr(s, err, "searching");
	sqlite3_bind_text(st, 1, fts, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)max);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && *n < max) {
		sql_copy_text(hits[*n].id, sizeof hits[*n].id, st, 0);
		sql_copy_text(hits[*n].title, sizeof hits[*n].title, st, 1);
		hits[*n].score = sqlite3_column_double(st, 2) - penalty;
		describe_match(s, st, query, &hits[*n]);
		(*n)++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_dberr(s, err, "searching");
	return 0;
}

/* A code typed alone: the rules whose symptoms carry it, most specific
 * first.  A rule whose only event is 7023 is a better answer to "7023"
 * than one listing 7023 among several events; both come before rules that
 * merely mention the number in their text.  Among equally specific rules,
 * those kbwiz can confirm from the evidence (registry checks, log lines)
 * come first: the technician can settle them at once. */
static int search_code(struct kb_store *s, const char *query,
		       struct search_hit *hits, size_t max, size_t *n,
		       struct kb_error *err)
{
	sqlite3_stmt *st;
	const char *p = query;
	unsigned long code;
	int rc;

	while (*p == ' ')
		p++;
	code = strtoul(p, NULL, p[0] == '0' && (p[1] == 'x' || p[1] == 'X') ? 16 : 10);
	rc = sqlite3_prepare_v2(s->db,
		"SELECT r.id, r.title,"
		" (CASE WHEN EXISTS(SELECT 1 FROM rule_symptoms x WHERE x.rule_id = r.id"
		"   AND x.kind = 'event' AND x.event_id = ?1)"
		"  THEN 1.0 / (SELECT count(DISTINCT event_id) FROM rule_symptoms y"
		"   WHERE y.rule_id = r.id AND y.kind = 'event') ELSE 0 END) +"
		" (CASE WHEN EXISTS(SELECT 1 FROM rule_symptoms x WHERE x.rule_id = r.id"
		"   AND x.error_code = ?1)"
		"  THEN 1.0 / (SELECT count(DISTINCT error_code) FROM rule_symptoms y"
		"   WHERE y.rule_id = r.id AND y.error_code IS NOT NULL) ELSE 0 END) AS spec,"
		" (SELECT count(*) FROM rule_checks c WHERE c.rule_id = r.id AND c.role = 'check') +"
		" (SELECT count(*) FROM rule_evidence e WHERE e.rule_id = r.id) AS verifiable"
		" FROM rules r WHERE r.id IN (SELECT rule_id FROM rule_symptoms WHERE event_id = ?1"
		"   UNION SELECT rule_id FROM rule_symptoms WHERE error_code = ?1)"
		" AND spec > 0 ORDER BY spec DESC, verifiable DESC, r.id LIMIT ?2",
		-1, &st, NULL);
	if (rc != SQLITE_OK)
		return store_dberr(s, err, "searching");
	sqlite3_bind_int64(st, 1, (sqlite3_int64)code);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)max);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && *n < max) {
		sql_copy_text(hits[*n].id, sizeof hits[*n].id, st, 0);
		sql_copy_text(hits[*n].title, sizeof hits[*n].title, st, 1);
		/* Above any text match (bm25 scores stay well below 1000). */
		hits[*n].score = 1000.0 + 100.0 * sqlite3_column_double(st, 2) +
				 (sqlite3_column_int(st, 3) > 9 ? 9 : sqlite3_column_int(st, 3));
		describe_match(s, st, query, &hits[*n]);
		(*n)++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_dberr(s, err, "searching");
	return 0;
}

int store_search(struct kb_store *s, const char *query, struct search_hit *hits,
		 size_t max, size_t *n_hits, struct kb_error *err)
{
	struct search_hit *more;
	char fts[2048];
	size_t n_more = 0, i, j;
	int rc;

	*n_hits = 0;
	if (kb_fts_query(query, " AND ", fts, sizeof fts) == 0)
		return kb_errorf(err, KB_EINVAL, "nothing to search for in '%s'", query);
	if (is_code_query(query)) {
		if ((rc = search_code(s, query, hits, max, n_hits, err)) != 0)
			return rc;
		more = calloc(max + 1, sizeof *more);
		if (more == NULL)
			return kb_errorf(err, KB_ENOMEM, "out of memory");
		rc = run_search(s, query, fts, 0.0, more, max, &n_more, err);
		for (i = 0; rc == 0 && i < n_more && *n_hits < max; i++) {
			for (j = 0; j < *n_hits; j++)
				if (strcmp(hits[j].id, more[i].id) == 0)
					break;
			if (j == *n_hits)
				hits[(*n_hits)++] = more[i];
		}
		free(more);
		return rc;
	}
	if ((rc = run_search(s, query, fts, 0.0, hits, max, n_hits, err)) != 0)
		return rc;
	/* Nothing matched every word: offer rules matching some of them,
	 * ranked below any full match. */
	if (*n_hits == 0) {
		kb_fts_query(query, " OR ", fts, sizeof fts);
		rc = run_search(s, query, fts, 1000.0, hits, max, n_hits, err);
	}
	return rc;
}
