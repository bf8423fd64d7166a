/* test_store.c: the SQLite store: first run, migrations, reopening,
 * refusing files that are not ours, loading rules atomically, search. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "kbwiz/fsutil.h"
#include "kbwiz/rule_load.h"
#include "kbwiz/store.h"
#include "lib/testlib.h"
#include "../../core/store_internal.h"

static int setup(void **state)
{
	return test_store_dir_setup(state, "sub/dir/kbwiz.db");
}

static int teardown(void **state)
{
	return test_store_dir_teardown(state);
}

/* Write a rule file into dir from a template with the id, title and
 * symptoms filled in; returns its path in buf. */
static void write_rule(const char *dir, const char *id, const char *title,
		       const char *symptoms, const char *cause, char *buf,
		       size_t size)
{
	char text[4096];

	snprintf(buf, size, "%s/%s.yaml", dir, id);
	snprintf(text, sizeof text,
		 "id: %s\narticle: %s\ntitle: %s\npublished: 2002-01-01\n"
		 "products: [{name: Windows 2000}]\n"
		 "symptoms:\n%s"
		 "cause: %s\n"
		 "remediation: [{id: r, manual: Restart it.}]\n"
		 "references: [%s]\n",
		 id, id, title, symptoms, cause, id);
	assert_int_equal(test_write_file(buf, text, strlen(text)), 0);
}

static void load_dir(struct kb_store *s, const char *dir,
		     struct store_load_stats *st)
{
	struct kb_error err = { "" };
	struct rule_set set;

	assert_int_equal(rule_load_dir(dir, &set, &err), 0);
	if (store_load_rules(s, &set, dir, st, &err) != 0)
		fail_msg("load: %s", err.msg);
	rule_set_free(&set);
}

static int query_int(const char *db, const char *sql)
{
	sqlite3 *h;
	sqlite3_stmt *st;
	int v = -1;

	assert_int_equal(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(h);
	return v;
}

static void test_first_run_creates_store_and_directories(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	int created = 0;

	assert_int_equal(store_open(f->db, STORE_OPEN_CREATE, &s, &created, &err), 0);
	assert_true(created);
	assert_int_equal(store_schema_version(s), STORE_SCHEMA_VERSION);
	assert_int_equal(store_rule_count(s), 0);
	store_close(s);
	assert_int_equal(query_int(f->db, "PRAGMA application_id"), STORE_APPLICATION_ID);
	assert_int_equal(query_int(f->db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	/* WAL is a property of the file and survives a reopen. */
	assert_int_equal(query_int(f->db, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), 1);
	/* A second open finds it and does not "create" it again. */
	assert_int_equal(store_open(f->db, STORE_OPEN_CREATE, &s, &created, &err), 0);
	assert_false(created);
	store_close(s);
}

static void test_open_without_create_names_the_missing_file(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	char expect[600];

	assert_int_equal(store_open(f->db, 0, &s, NULL, &err), KB_ENOTFOUND);
	snprintf(expect, sizeof expect, "%s: no such store", f->db);
	assert_string_equal(err.msg, expect);
}

static void test_reopen_keeps_rules(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	struct store_load_stats st;
	struct rule *r = NULL;

	assert_int_equal(store_open(f->db, STORE_OPEN_CREATE, &s, NULL, &err), 0);
	load_dir(s, "kb", &st);
	assert_true(st.added >= 1);
	store_close(s);
	assert_int_equal(store_open(f->db, 0, &s, NULL, &err), 0);
	assert_int_equal(store_get_rule(s, "q262832", &r, &err), 0);
	assert_string_equal(r->id, "Q262832");
	assert_int_equal(r->n_checks, 3);
	rule_free(r);
	assert_int_equal(store_get_rule(s, "Q1", &r, &err), KB_ENOTFOUND);
	store_close(s);
}

static void test_migration_from_older_schema_keeps_data(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	struct store_load_stats st;
	int before;

	/* Version 1 is the first with rules; build a store at the version
	 * before this build's and let store_open bring it forward. */
	assert_int_equal(store_open_at_version(f->db, 1, &s, &err), 0);
	load_dir(s, "kb", &st);
	before = (int)store_rule_count(s);
	store_close(s);
	assert_int_equal(query_int(f->db, "PRAGMA user_version"), 1);
	assert_int_equal(store_open(f->db, 0, &s, NULL, &err), 0);
	assert_int_equal(store_schema_version(s), STORE_SCHEMA_VERSION);
	assert_int_equal((int)store_rule_count(s), before);
	store_close(s);
}

static void assert_file_unchanged(const char *path, const char *before, size_t len)
{
	struct kb_error err = { "" };
	char *after;
	size_t alen;

	assert_int_equal(kb_read_file(path, 1 << 20, &after, &alen, &err), 0);
	assert_int_equal(alen, len);
	assert_memory_equal(after, before, len);
	free(after);
}

static void test_foreign_text_file_is_refused_untouched(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	char path[600], expect[700];
	const char text[] = "This is somebody's notes file, not a database.\n"
			    "It is long enough that SQLite reads a header from it......\n";

	snprintf(path, sizeof path, "%s/notes.db", f->dir);
	assert_int_equal(test_write_file(path, text, sizeof text - 1), 0);
	assert_int_equal(store_open(path, STORE_OPEN_CREATE, &s, NULL, &err), KB_EFORMAT);
	snprintf(expect, sizeof expect,
		 "%s: not a kbwiz store (not an SQLite database, or damaged); left untouched", path);
	assert_string_equal(err.msg, expect);
	assert_file_unchanged(path, text, sizeof text - 1);
}

static void test_other_programs_database_is_refused_untouched(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	char path[600], *before;
	size_t len;
	sqlite3 *h;

	snprintf(path, sizeof path, "%s/other.db", f->dir);
	assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, "CREATE TABLE accounts(id, name);"
				      "INSERT INTO accounts VALUES(1, 'x');", NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(h);
	assert_int_equal(kb_read_file(path, 1 << 20, &before, &len, &err), 0);
	assert_int_equal(store_open(path, STORE_OPEN_CREATE, &s, NULL, &err), KB_EFORMAT);
	assert_non_null(strstr(err.msg, "an SQLite database of another program, not a kbwiz store; left untouched"));
	assert_file_unchanged(path, before, len);
	free(before);
	assert_int_equal(query_int(path, "PRAGMA user_version"), 0);
}

static void test_newer_schema_is_refused_untouched(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	char expect[700];
	sqlite3 *h;

	assert_int_equal(store_open(f->db, STORE_OPEN_CREATE, &s, NULL, &err), 0);
	store_close(s);
	assert_int_equal(sqlite3_open(f->db, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	assert_int_equal(store_open(f->db, 0, &s, NULL, &err), KB_EVERSION);
	snprintf(expect, sizeof expect,
		 "%s: written by a newer kbwiz (schema 99, this one knows up to %d); left untouched",
		 f->db, STORE_SCHEMA_VERSION);
	assert_string_equal(err.msg, expect);
	assert_int_equal(query_int(f->db, "PRAGMA user_version"), 99);
}

/* The read-only mount the test below makes, inside the fixture's own
 * folder: root writes through permission bits, so only a read-only file
 * system stops it, and a path like /sys is read-only on some machines,
 * an empty writable directory in a chroot or container.  0 when DIR is
 * now a read-only mount; otherwise -1 and why in buf. */
static int mount_read_only_tmpfs(const char *dir, char *why, size_t size)
{
	struct statvfs vfs;

	if (mount("kbwiz-test", dir, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC,
		  "size=16k") != 0) {
		snprintf(why, size, "cannot mount a read-only tmpfs here (%s)", strerror(errno));
		return -1;
	}
	if (statvfs(dir, &vfs) != 0 || !(vfs.f_flag & ST_RDONLY)) {
		snprintf(why, size, "the tmpfs mounted read-only is not read-only");
		return -1;
	}
	return 0;
}

static int teardown_read_only_mount(void **state)
{
	struct test_store_dir *f = *state;
	char ro[600];

	snprintf(ro, sizeof ro, "%s/ro", f->dir);
	/* Not mounted when the test skipped: EINVAL, nothing to do. */
	umount2(ro, MNT_DETACH);
	return teardown(state);
}

static void test_read_only_directory_gives_clear_error(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	char ro[600], db[700], why[160], expect[800];

	snprintf(ro, sizeof ro, "%s/ro", f->dir);
	assert_int_equal(mkdir(ro, 0700), 0);
	if (mount_read_only_tmpfs(ro, why, sizeof why) != 0) {
		printf("SKIP: test_read_only_directory_gives_clear_error: %s\n", why);
		skip();
	}
	snprintf(db, sizeof db, "%s/kbwiz.db", ro);
	assert_int_equal(store_open(db, STORE_OPEN_CREATE, &s, NULL, &err), KB_EIO);
	snprintf(expect, sizeof expect, "%s: cannot create the store: %s", db, strerror(EROFS));
	assert_string_equal(err.msg, expect);
	assert_int_not_equal(access(db, F_OK), 0);
}

static void test_directory_path_is_refused(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	char expect[700];

	assert_int_equal(store_open(f->dir, STORE_OPEN_CREATE, &s, NULL, &err), KB_EINVAL);
	snprintf(expect, sizeof expect, "%s: is a directory, not a store file", f->dir);
	assert_string_equal(err.msg, expect);
}

static void test_reload_adds_updates_removes_and_skips_unchanged(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	struct store_load_stats st;
	char kbdir[600], p[700];
	static const char ev[] = "  - {id: e, event: {log: System, id: 7000, source: Service Control Manager}}\n";

	snprintf(kbdir, sizeof kbdir, "%s/kb", f->dir);
	assert_int_equal(kb_mkdir_p(kbdir, &err), 0);
	write_rule(kbdir, "A1", "First", ev, "One.", p, sizeof p);
	write_rule(kbdir, "B1", "Second", ev, "Two.", p, sizeof p);
	assert_int_equal(store_open(f->db, STORE_OPEN_CREATE, &s, NULL, &err), 0);
	load_dir(s, kbdir, &st);
	assert_int_equal(st.added, 2);
	load_dir(s, kbdir, &st);
	assert_int_equal(st.unchanged, 2);
	assert_int_equal(st.added + st.updated + st.removed, 0);
	write_rule(kbdir, "A1", "First, changed", ev, "One.", p, sizeof p);
	unlink(p);
	write_rule(kbdir, "A1", "First, changed", ev, "One.", p, sizeof p);
	snprintf(p, sizeof p, "%s/B1.yaml", kbdir);
	unlink(p);
	write_rule(kbdir, "C1", "Third", ev, "Three.", p, sizeof p);
	load_dir(s, kbdir, &st);
	assert_int_equal(st.added, 1);
	assert_int_equal(st.updated, 1);
	assert_int_equal(st.removed, 1);
	assert_int_equal(store_rule_count(s), 2);
	/* The index follows: the removed rule is not found any more. */
	{
		struct search_hit hits[5];
		size_t n;
		assert_int_equal(store_search(s, "Second", hits, 5, &n, &err), 0);
		assert_int_equal(n, 0);
		assert_int_equal(store_search(s, "changed", hits, 5, &n, &err), 0);
		assert_int_equal(n, 1);
		assert_string_equal(hits[0].id, "A1");
	}
	store_close(s);
}

static void test_failed_load_leaves_store_unchanged(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	struct store_load_stats st;
	struct rule_set set;
	char kbdir[600], p[700];
	static const char ev[] = "  - {id: e, event: {log: System, id: 7000, source: Service Control Manager}}\n";

	snprintf(kbdir, sizeof kbdir, "%s/kb", f->dir);
	assert_int_equal(kb_mkdir_p(kbdir, &err), 0);
	write_rule(kbdir, "A1", "First", ev, "One.", p, sizeof p);
	assert_int_equal(store_open(f->db, STORE_OPEN_CREATE, &s, NULL, &err), 0);
	load_dir(s, kbdir, &st);
	/* A new set whose second rule's file vanished before the store could
	 * read its source: the load fails half-way and must roll back. */
	write_rule(kbdir, "A1", "First, changed", ev, "One.", p, sizeof p);
	write_rule(kbdir, "Z1", "Last", ev, "Z.", p, sizeof p);
	assert_int_equal(rule_load_dir(kbdir, &set, &err), 0);
	unlink(p);
	assert_int_not_equal(store_load_rules(s, &set, kbdir, &st, &err), 0);
	assert_non_null(strstr(err.msg, "Z1.yaml"));
	rule_set_free(&set);
	assert_int_equal(store_rule_count(s), 1);
	{
		struct rule *r;
		assert_int_equal(store_get_rule(s, "A1", &r, &err), 0);
		assert_string_equal(r->title, "First");
		rule_free(r);
	}
	store_close(s);
}

/* Three rules that share words; the search must rank by what a
 * technician typed: codes first, then titles and symptoms, then body. */
static void make_ranking_store(struct test_store_dir *f, struct kb_store **s)
{
	struct kb_error err = { "" };
	struct store_load_stats st;
	char kbdir[600], p[700];

	snprintf(kbdir, sizeof kbdir, "%s/kb", f->dir);
	assert_int_equal(kb_mkdir_p(kbdir, &err), 0);
	write_rule(kbdir, "R7023", "Service stops at start",
		   "  - {id: e, event: {log: System, id: 7023, source: Service Control Manager, text: [Cluster Server]}}\n"
		   "  - {id: x, error: {code: 1720, message: The endpoint cannot be created}}\n",
		   "RPC cannot bind.", p, sizeof p);
	write_rule(kbdir, "RBODY", "Disk fills up",
		   "  - {id: e, event: {log: System, id: 2013, source: Srv}}\n",
		   "Unrelated; mentions 7023 and endpoint once in passing.", p, sizeof p);
	write_rule(kbdir, "RTITLE", "Endpoint mapper is slow",
		   "  - {id: e, event: {log: Application, id: 1000, source: RPC}}\n",
		   "The endpoint mapper database grows.", p, sizeof p);
	assert_int_equal(store_open(f->db, STORE_OPEN_CREATE, s, NULL, &err), 0);
	load_dir(*s, kbdir, &st);
}

static void test_search_ranks_event_id_symptom_above_body_mention(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s;
	struct search_hit hits[5];
	size_t n;

	make_ranking_store(f, &s);
	assert_int_equal(store_search(s, "7023", hits, 5, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_string_equal(hits[0].id, "R7023");
	assert_string_equal(hits[1].id, "RBODY");
	assert_true(hits[0].score > hits[1].score);
	assert_string_equal(hits[0].matched, "event 7023 from Service Control Manager");
	store_close(s);
}

static void test_search_finds_error_code_in_decimal_and_hex(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s;
	struct search_hit hits[5];
	size_t n;

	make_ranking_store(f, &s);
	assert_int_equal(store_search(s, "1720", hits, 5, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_string_equal(hits[0].id, "R7023");
	assert_int_equal(store_search(s, "0x6B8", hits, 5, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_string_equal(hits[0].id, "R7023");
	assert_string_equal(hits[0].matched, "error 1720 (0x6B8): The endpoint cannot be created");
	store_close(s);
}

static void test_search_words_rank_symptom_text_first(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s;
	struct search_hit hits[5];
	size_t n;

	make_ranking_store(f, &s);
	assert_int_equal(store_search(s, "endpoint cannot be created", hits, 5, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_string_equal(hits[0].id, "R7023");
	/* Source names are searchable too. */
	assert_int_equal(store_search(s, "Service Control Manager", hits, 5, &n, &err), 0);
	assert_string_equal(hits[0].id, "R7023");
	store_close(s);
}

static void test_search_falls_back_to_some_words(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s;
	struct search_hit hits[5];
	size_t n;

	make_ranking_store(f, &s);
	/* No rule has every word; rules with some of them come back, the
	 * one matching the title word first. */
	assert_int_equal(store_search(s, "endpoint zebra", hits, 5, &n, &err), 0);
	assert_true(n >= 2);
	assert_true(hits[0].score < 0);
	store_close(s);
}

static void test_search_treats_query_syntax_as_text(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s;
	struct search_hit hits[5];
	size_t n;

	make_ranking_store(f, &s);
	/* FTS5 operators and quotes typed by a user are words, not syntax. */
	assert_int_equal(store_search(s, "\"endpoint\" AND (NEAR* OR", hits, 5, &n, &err), 0);
	assert_int_equal(store_search(s, "endpoint\"", hits, 5, &n, &err), 0);
	assert_true(n >= 2);
	assert_int_equal(store_search(s, "  ** ", hits, 5, &n, &err), KB_EINVAL);
	store_close(s);
}

/* Transactions nest: an inner begin is a savepoint that its rollback
 * undoes alone, and the outer rollback undoes everything (kbwiz triage
 * --record makes one transaction of a machine's many engine calls). */
static void test_transactions_nest_as_savepoints(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;

	assert_int_equal(store_open(f->db, STORE_OPEN_CREATE, &s, NULL, &err), 0);
	assert_int_equal(store_begin(s, &err), 0);
	assert_int_equal(store_meta_set(s, "t-outer", "1", &err), 0);
	assert_int_equal(store_begin(s, &err), 0);
	assert_int_equal(store_meta_set(s, "t-undone", "1", &err), 0);
	store_rollback(s);
	assert_int_equal(store_begin(s, &err), 0);
	assert_int_equal(store_meta_set(s, "t-inner", "1", &err), 0);
	assert_int_equal(store_commit(s, &err), 0);
	/* Nothing is visible to another connection before the outer commit. */
	assert_int_equal(query_int(f->db, "SELECT count(*) FROM kb_meta WHERE key LIKE 't-%'"), 0);
	assert_int_equal(store_commit(s, &err), 0);
	assert_int_equal(query_int(f->db, "SELECT count(*) FROM kb_meta WHERE key IN ('t-outer', 't-inner')"), 2);
	assert_int_equal(query_int(f->db, "SELECT count(*) FROM kb_meta WHERE key = 't-undone'"), 0);

	/* The outer rollback takes a committed inner one with it. */
	assert_int_equal(store_begin(s, &err), 0);
	assert_int_equal(store_begin(s, &err), 0);
	assert_int_equal(store_meta_set(s, "t-lost", "1", &err), 0);
	assert_int_equal(store_commit(s, &err), 0);
	store_rollback(s);
	assert_int_equal(query_int(f->db, "SELECT count(*) FROM kb_meta WHERE key = 't-lost'"), 0);
	/* And the store is out of any transaction: a new one begins. */
	assert_int_equal(store_begin(s, &err), 0);
	assert_int_equal(store_commit(s, &err), 0);
	store_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_first_run_creates_store_and_directories, setup, teardown),
		cmocka_unit_test_setup_teardown(test_transactions_nest_as_savepoints, setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_without_create_names_the_missing_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reopen_keeps_rules, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migration_from_older_schema_keeps_data, setup, teardown),
		cmocka_unit_test_setup_teardown(test_foreign_text_file_is_refused_untouched, setup, teardown),
		cmocka_unit_test_setup_teardown(test_other_programs_database_is_refused_untouched, setup, teardown),
		cmocka_unit_test_setup_teardown(test_newer_schema_is_refused_untouched, setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_only_directory_gives_clear_error, setup,
						teardown_read_only_mount),
		cmocka_unit_test_setup_teardown(test_directory_path_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reload_adds_updates_removes_and_skips_unchanged, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_load_leaves_store_unchanged, setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_ranks_event_id_symptom_above_body_mention, setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_finds_error_code_in_decimal_and_hex, setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_words_rank_symptom_text_first, setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_falls_back_to_some_words, setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_treats_query_syntax_as_text, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
