/* test_store_shared.c: the store shared with other processes and with an
 * unfriendly file system: many processes creating it at once, readers
 * beside a library add, a read-only mount, a full disk.
 *
 * The tests that need a mount run as root only; the binary moves into a
 * mount namespace of its own first, so that nothing it mounts is seen
 * outside it or outlives it.  Without the right they print a SKIP line. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "kbwiz/library.h"
#include "kbwiz/session.h"
#include "kbwiz/store.h"
#include "lib/article_writer.h"
#include "lib/testlib.h"

static int can_mount;             /* root in a mount namespace of our own */
static const char *no_mount_reason = "not root";

struct fixture {
	char *dir;
	char db[1024];
	char mnt[512];                  /* a tmpfs mounted by the test, or "" */
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);

	if (f == NULL || (f->dir = test_tmpdir()) == NULL)
		return -1;
	snprintf(f->db, sizeof f->db, "%s/new/kbwiz.db", f->dir);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	if (f->mnt[0] != '\0')
		umount2(f->mnt, MNT_DETACH);
	test_rm_rf(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

static long long query_int(const char *db, const char *sql)
{
	sqlite3 *h;
	sqlite3_stmt *st;
	long long v = -1;

	assert_int_equal(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(h);
	return v;
}

static int count_sessions_fn(void *ctx, const struct session_summary *s)
{
	(void)s;
	(*(int *)ctx)++;
	return 0;
}

static int count_sessions(struct kb_store *s)
{
	struct kb_error err = { "" };
	int n = 0;

	assert_int_equal(session_list(s, NULL, count_sessions_fn, &n, &err), 0);
	return n;
}

/* A tmpfs of size_kb at f->dir/mnt; 0 when mounted, else the test is
 * skipped. */
static void mount_tmpfs(struct fixture *f, int size_kb, const char *test)
{
	char opts[64];

	if (!can_mount) {
		printf("SKIP: %s: cannot mount a tmpfs here (%s)\n", test, no_mount_reason);
		skip();
	}
	snprintf(f->mnt, sizeof f->mnt, "%s/mnt", f->dir);
	assert_int_equal(mkdir(f->mnt, 0755), 0);
	snprintf(opts, sizeof opts, "size=%dk,mode=0755", size_kb);
	if (mount("tmpfs", f->mnt, "tmpfs", 0, opts) != 0) {
		printf("SKIP: %s: mount tmpfs: %s\n", test, strerror(errno));
		f->mnt[0] = '\0';
		skip();
	}
}

static void remount_read_only(struct fixture *f)
{
	assert_int_equal(mount(NULL, f->mnt, NULL, MS_REMOUNT | MS_RDONLY, NULL), 0);
}

/* ---- many processes create the store at once --------------------------- */

/* Each child opens (creating) the store and records a session in it; it
 * exits 10 when it was the one that created the store, 0 when it found
 * it, 1 on any failure (printing why). */
static int child_open_and_write(const char *db, int go_fd)
{
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	struct session *sess = NULL;
	int created = 0;
	char c;

	/* Start together: every child is blocked on the pipe until the
	 * parent closes it. */
	if (read(go_fd, &c, 1) < 0)
		return 1;
	if (store_open(db, STORE_OPEN_CREATE, &s, &created, &err) != 0) {
		fprintf(stderr, "child %d: %s\n", (int)getpid(), err.msg);
		return 1;
	}
	if (session_new(s, &sess, &err) != 0) {
		fprintf(stderr, "child %d: session: %s\n", (int)getpid(), err.msg);
		store_close(s);
		return 1;
	}
	session_close(sess);
	store_close(s);
	return created ? 10 : 0;
}

static void test_many_processes_creating_a_new_store_all_succeed(void **state)
{
	struct fixture *f = *state;
	enum { ROUNDS = 6, PROCS = 10 };
	int round, i;

	for (round = 0; round < ROUNDS; round++) {
		struct kb_error err = { "" };
		struct kb_store *s = NULL;
		pid_t pids[PROCS];
		int go[2], creators = 0, failures = 0;

		snprintf(f->db, sizeof f->db, "%s/round%d/kbwiz.db", f->dir, round);
		assert_int_equal(pipe(go), 0);
		for (i = 0; i < PROCS; i++) {
			pids[i] = fork();
			assert_true(pids[i] >= 0);
			if (pids[i] == 0) {
				close(go[1]);
				_exit(child_open_and_write(f->db, go[0]));
			}
		}
		close(go[0]);
		close(go[1]);
		for (i = 0; i < PROCS; i++) {
			int status;
			assert_int_equal(waitpid(pids[i], &status, 0), pids[i]);
			if (!WIFEXITED(status) || (WEXITSTATUS(status) != 0 && WEXITSTATUS(status) != 10))
				failures++;
			else if (WEXITSTATUS(status) == 10)
				creators++;
		}
		assert_int_equal(failures, 0);
		/* One of them made it; the others found it made. */
		assert_int_equal(creators, 1);
		/* The store is there, whole, and holds every child's session. */
		assert_int_equal(query_int(f->db, "PRAGMA application_id"), STORE_APPLICATION_ID);
		assert_int_equal(query_int(f->db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
		assert_int_equal(query_int(f->db, "SELECT count(*) FROM pragma_integrity_check"
					   " WHERE integrity_check <> 'ok'"), 0);
		assert_int_equal(store_open(f->db, 0, &s, NULL, &err), 0);
		assert_int_equal(count_sessions(s), PROCS);
		store_close(s);
	}
}

/* ---- readers beside a library add --------------------------------------- */

static void write_article(const char *dir, int n)
{
	char id[16], title[96], symptoms[96], cause[64];

	snprintf(id, sizeof id, "Q9%05d", n);
	snprintf(title, sizeof title, "Widget %d Does Not Start with Event ID 7023", n);
	snprintf(symptoms, sizeof symptoms, "The widget %d service stops with event 7023.", n);
	snprintf(cause, sizeof cause, "A made-up cause number %d.", n);
	assert_int_equal(test_write_article(dir, id, "11-JUN-2002", title, symptoms, cause), 0);
}

struct beside {
	const char *db;
	int checked;          /* readers that ran while the add held its batch */
	double worst_ms;
	char failure[1200];
};

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* In the middle of a batch (the add holds its write transaction): another
 * connection opens the store, lists the history and searches. */
static int read_beside(void *ctx, const struct library_progress *p)
{
	struct beside *b = ctx;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	struct library_hit hits[4];
	size_t n = 0;
	double t0;

	if (p->files_done % 7 != 3 || b->failure[0] != '\0')
		return 0;
	t0 = now_ms();
	if (store_open(b->db, STORE_OPEN_CREATE, &s, NULL, &err) != 0 ||
	    library_search(s, "7023", hits, 4, &n, &err) != 0) {
		snprintf(b->failure, sizeof b->failure, "%s", err.msg);
		store_close(s);
		return 0;
	}
	count_sessions(s);
	store_close(s);
	if (now_ms() - t0 > b->worst_ms)
		b->worst_ms = now_ms() - t0;
	b->checked++;
	return 0;
}

static void test_readers_are_not_locked_out_by_a_library_add(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	struct library_add_stats st;
	struct library_add_options opt = { 0 };
	struct beside b = { 0 };
	char tree[600];
	const char *paths[1];
	int i;

	snprintf(tree, sizeof tree, "%s/articles", f->dir);
	assert_int_equal(mkdir(tree, 0700), 0);
	for (i = 0; i < 60; i++)
		write_article(tree, i);
	assert_int_equal(store_open(f->db, STORE_OPEN_CREATE, &s, NULL, &err), 0);
	b.db = f->db;
	opt.progress = read_beside;
	opt.progress_ctx = &b;
	opt.batch_articles = 20;
	paths[0] = tree;
	assert_int_equal(library_add_paths(s, paths, 1, &opt, &st, &err), 0);
	assert_string_equal(b.failure, "");
	assert_true(b.checked >= 5);
	/* Not waiting for the lock: a reader never does in WAL mode. */
	assert_true(b.worst_ms < 2000.0);
	assert_int_equal(st.added, 60);
	store_close(s);
	/* And the store stays in WAL mode. */
	assert_int_equal(query_int(f->db, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), 1);
}

/* A writer that finds the store busy waits, and when the wait runs out
 * says who holds it. */
static void test_a_busy_store_makes_a_writer_wait_then_say_why(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct kb_store *holder = NULL, *s = NULL;
	struct session *sess = NULL;
	sqlite3 *h;
	double t0;

	assert_int_equal(store_open(f->db, STORE_OPEN_CREATE, &holder, NULL, &err), 0);
	assert_int_equal(sqlite3_open(f->db, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(store_open(f->db, STORE_OPEN_CREATE, &s, NULL, &err), 0);
	store_set_busy_timeout(s, 300);
	t0 = now_ms();
	assert_int_equal(session_new(s, &sess, &err), KB_EDB);
	assert_true(now_ms() - t0 >= 250.0);
	assert_non_null(strstr(err.msg, "the store is busy"));
	assert_non_null(strstr(err.msg, "another kbwiz"));
	/* Reading is not held up. */
	assert_int_equal(count_sessions(s), 0);
	sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(h);
	assert_int_equal(session_new(s, &sess, &err), 0);
	session_close(sess);
	store_close(s);
	store_close(holder);
}

/* ---- read-only ------------------------------------------------------------ */

/* A store with one session, on the tmpfs, closed cleanly (no -wal or
 * -shm left: the case SQLite cannot read in WAL mode without help). */
static void make_store_with_a_session(const char *db)
{
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	struct session *sess = NULL;

	assert_int_equal(store_open(db, STORE_OPEN_CREATE, &s, NULL, &err), 0);
	assert_int_equal(session_new(s, &sess, &err), 0);
	session_close(sess);
	store_close(s);
}

static void assert_reads_and_refuses_writes(const char *db)
{
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	struct session *sess = NULL;
	int created = 1;

	assert_int_equal(store_open(db, STORE_OPEN_CREATE, &s, &created, &err), 0);
	assert_false(created);
	assert_true(store_read_only(s));
	assert_int_equal(store_schema_version(s), STORE_SCHEMA_VERSION);
	assert_int_equal(count_sessions(s), 1);
	assert_int_equal(session_open(s, 1, &sess, &err), 0);
	session_close(sess);
	/* Every write says why it cannot be done. */
	assert_int_equal(session_new(s, &sess, &err), KB_EREFUSED);
	assert_non_null(strstr(err.msg, "the store is read-only"));
	assert_non_null(strstr(err.msg, db));
	store_close(s);
}

static void test_store_on_a_read_only_mount_can_be_read(void **state)
{
	struct fixture *f = *state;

	mount_tmpfs(f, 4096, "test_store_on_a_read_only_mount_can_be_read");
	snprintf(f->db, sizeof f->db, "%s/kbwiz.db", f->mnt);
	make_store_with_a_session(f->db);
	assert_int_not_equal(access(f->db, F_OK), -1);
	remount_read_only(f);
	assert_reads_and_refuses_writes(f->db);
}

/* The store left by a killed kbwiz: its -wal holds committed sessions. */
static void test_read_only_mount_reads_the_wal_of_a_killed_writer(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	pid_t pid;
	int status, fds[2];
	char c;

	mount_tmpfs(f, 4096, "test_read_only_mount_reads_the_wal_of_a_killed_writer");
	snprintf(f->db, sizeof f->db, "%s/kbwiz.db", f->mnt);
	assert_int_equal(store_open(f->db, STORE_OPEN_CREATE, &s, NULL, &err), 0);
	store_close(s);
	assert_int_equal(pipe(fds), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct session *sess = NULL;
		if (store_open(f->db, 0, &s, NULL, &err) != 0 ||
		    session_new(s, &sess, &err) != 0)
			_exit(1);
		if (write(fds[1], "x", 1) != 1)
			_exit(1);
		pause();     /* killed with the store open */
		_exit(0);
	}
	close(fds[1]);
	assert_int_equal(read(fds[0], &c, 1), 1);
	close(fds[0]);
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	assert_int_equal(access(f->mnt, F_OK), 0);
	remount_read_only(f);
	assert_reads_and_refuses_writes(f->db);
}

/* Another user's store in a directory we cannot write (0555): no -shm can
 * be made beside it. */
static void test_store_in_an_unwritable_directory_can_be_read(void **state)
{
	struct fixture *f = *state;
	char dir[600];
	pid_t pid;
	int status;

	if (geteuid() != 0) {
		printf("SKIP: test_store_in_an_unwritable_directory_can_be_read: needs root to act as another user\n");
		skip();
	}
	snprintf(dir, sizeof dir, "%s/ro", f->dir);
	snprintf(f->db, sizeof f->db, "%s/kbwiz.db", dir);
	make_store_with_a_session(f->db);
	assert_int_equal(chmod(f->db, 0644), 0);
	assert_int_equal(chmod(dir, 0555), 0);
	assert_int_equal(chmod(f->dir, 0755), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		/* nobody: reads the store, cannot write beside it. */
		if (setgid(65534) != 0 || setuid(65534) != 0)
			_exit(2);
		assert_reads_and_refuses_writes(f->db);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	chmod(dir, 0700);
}

/* ---- a full disk ---------------------------------------------------------- */

static void write_big_article(const char *dir, int n)
{
	char path[1024];
	char *text = malloc(40000);
	size_t len;
	int i;

	assert_non_null(text);
	snprintf(path, sizeof path, "%s/Q8%05d.TXT", dir, n);
	len = (size_t)sprintf(text,
		"DOCUMENT:Q8%05d  11-JUN-2002  [winnt]\r\n"
		"TITLE   :Gadget %d Fills the Disk\r\n"
		"PRODUCT :Made-up Server\r\nPROD/VER::4.0\r\nOPER/SYS:\r\nKEYWORDS:kbtest\r\n\r\n"
		"======================================================================\r\n"
		"SYMPTOMS\r\n========\r\n\r\n", n, n);
	/* Words unlike each other, so that the index grows too. */
	for (i = 0; i < 2500; i++)
		len += (size_t)sprintf(text + len, "w%dx%d ", n, i);
	len += (size_t)sprintf(text + len, "\r\n\r\n"
		"======================================================================\r\n"
		"Keywords          : kbtest\r\n");
	assert_int_equal(test_write_file(path, text, len), 0);
	free(text);
}

static void test_full_disk_add_counts_only_what_was_kept(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	struct library_add_stats st;
	struct library_add_options opt = { 0 };
	struct library_stats ls;
	char tree[600];
	const char *paths[1];
	int i, rc;

	snprintf(tree, sizeof tree, "%s/articles", f->dir);
	assert_int_equal(mkdir(tree, 0700), 0);
	for (i = 0; i < 200; i++)
		write_big_article(tree, i);
	mount_tmpfs(f, 2048, "test_full_disk_add_counts_only_what_was_kept");
	snprintf(f->db, sizeof f->db, "%s/kbwiz.db", f->mnt);
	assert_int_equal(store_open(f->db, STORE_OPEN_CREATE, &s, NULL, &err), 0);
	opt.batch_articles = 25;
	paths[0] = tree;
	rc = library_add_paths(s, paths, 1, &opt, &st, &err);
	assert_int_not_equal(rc, 0);
	assert_non_null(strstr(err.msg, "full"));
	assert_int_equal(library_stats(s, &ls, &err), 0);
	/* Some batches went in before the disk filled; the count is theirs. */
	assert_true(ls.articles > 0);
	assert_true(ls.articles < 200);
	assert_int_equal(st.added, ls.articles);
	store_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_many_processes_creating_a_new_store_all_succeed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_readers_are_not_locked_out_by_a_library_add, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_busy_store_makes_a_writer_wait_then_say_why, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_on_a_read_only_mount_can_be_read, setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_only_mount_reads_the_wal_of_a_killed_writer, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_in_an_unwritable_directory_can_be_read, setup, teardown),
		cmocka_unit_test_setup_teardown(test_full_disk_add_counts_only_what_was_kept, setup, teardown),
	};

	/* Mounts made here stay here: a namespace of our own, with no
	 * propagation back to the system's. */
	if (geteuid() == 0) {
		if (unshare(CLONE_NEWNS) != 0)
			no_mount_reason = "no mount namespace (unshare refused)";
		else if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
			no_mount_reason = "cannot make / private";
		else
			can_mount = 1;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
