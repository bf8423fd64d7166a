/* test_library.c: the article library: indexing a tree of made-up
 * articles, searching them ranked, re-adding only what changed, refusing
 * bad files without stopping, and surviving a kill in the middle. */
#include <errno.h>
#include <setjmp.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "kbwiz/fts_query.h"
#include "kbwiz/library.h"
#include "kbwiz/store.h"
#include "lib/article_writer.h"
#include "lib/testlib.h"

struct fixture {
	char *dir;
	char db[512];
	char tree[512];
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);

	if (f == NULL || (f->dir = test_tmpdir()) == NULL)
		return -1;
	snprintf(f->db, sizeof f->db, "%s/kbwiz.db", f->dir);
	snprintf(f->tree, sizeof f->tree, "%s/articles", f->dir);
	if (mkdir(f->tree, 0700) != 0)
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	test_rm_rf(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

/* A made-up article in the classic form (CRLF line ends, as the archive). */
static void write_article(const char *dir, const char *id, const char *date,
			  const char *title, const char *symptoms, const char *cause)
{
	assert_int_equal(test_write_article(dir, id, date, title, symptoms, cause), 0);
}

static void write_small_tree(const char *dir)
{
	char sub[1024];

	write_article(dir, "Q900001", "11-JUN-2002", "Widget Service Does Not Start with Event ID 7023",
		      "The widget service stops and Event ID: 7023 is logged by the\r\n"
		      "Service Control Manager: the endpoint cannot be created.",
		      "The widget port is taken by another program.");
	write_article(dir, "Q900002", "01-MAR-2001", "Gadget Logon Fails",
		      "Logging on to the gadget fails with error 1326 (0x0000052E):\r\n"
		      "Logon failure: unknown user name or bad password.",
		      "The gadget account has expired.  Event 7023 may also appear later.");
	snprintf(sub, sizeof sub, "%s/sub", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	write_article(sub, "Q900003", "05-MAY-2000", "Sprocket Cache Fills the Paged Pool",
		      "The sprocket cache grows until the paged pool is exhausted and\r\n"
		      "the server stops responding (STOP 0x0000000A).",
		      "A leak in the sprocket cache driver.");
}

static struct kb_store *open_store(struct fixture *f)
{
	struct kb_error err = { "" };
	struct kb_store *s = NULL;

	if (store_open(f->db, STORE_OPEN_CREATE, &s, NULL, &err) != 0)
		fail_msg("open: %s", err.msg);
	return s;
}

static void add(struct kb_store *s, const char *path,
		const struct library_add_options *opt, struct library_add_stats *st)
{
	struct kb_error err = { "" };
	const char *paths[1] = { path };

	if (library_add_paths(s, paths, 1, opt, st, &err) != 0)
		fail_msg("add: %s", err.msg);
}

static long long query_int(const char *db, const char *sql)
{
	sqlite3 *h;
	sqlite3_stmt *st;
	long long v = -1;

	assert_int_equal(sqlite3_open_v2(db, &h, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(h);
	return v;
}

/* The store is whole and the index holds exactly the articles. */
static void assert_consistent(const char *db)
{
	sqlite3 *h;
	sqlite3_stmt *st;

	assert_int_equal(sqlite3_open_v2(db, &h, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(st, 0), "ok");
	sqlite3_finalize(st);
	assert_int_equal(sqlite3_exec(h, "INSERT INTO library_fts(library_fts) VALUES('integrity-check')",
				      NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	assert_int_equal(query_int(db, "SELECT count(*) FROM library_articles"),
			 query_int(db, "SELECT count(*) FROM library_fts_docsize"));
	assert_int_equal(query_int(db, "SELECT count(*) FROM library_articles"),
			 query_int(db, "SELECT count(*) FROM library_files WHERE status = 'indexed'"));
}

static size_t search(struct kb_store *s, const char *q, struct library_hit *hits, size_t max)
{
	struct kb_error err = { "" };
	size_t n = 0;

	if (library_search(s, q, hits, max, &n, &err) != 0)
		fail_msg("search '%s': %s", q, err.msg);
	return n;
}

static void test_add_indexes_a_tree_and_search_ranks_it(void **state)
{
	struct fixture *f = *state;
	struct library_add_stats st;
	struct library_hit hits[10];
	struct library_stats ls;
	struct kb_error err = { "" };
	struct kb_store *s;
	size_t n;

	write_small_tree(f->tree);
	s = open_store(f);
	add(s, f->tree, NULL, &st);
	assert_int_equal(st.files, 3);
	assert_int_equal(st.added, 3);
	assert_int_equal(st.problems, 0);

	/* Event ID: the article whose title and symptoms carry it first,
	 * the one that only mentions the number after. */
	n = search(s, "7023", hits, 10);
	assert_int_equal(n, 2);
	assert_string_equal(hits[0].id, "Q900001");
	assert_string_equal(hits[1].id, "Q900002");
	assert_true(hits[0].score > hits[1].score);

	/* Error code in decimal and in hex forms. */
	n = search(s, "1326", hits, 10);
	assert_true(n >= 1);
	assert_string_equal(hits[0].id, "Q900002");
	n = search(s, "0x52E", hits, 10);
	assert_int_equal(n, 1);
	assert_string_equal(hits[0].id, "Q900002");
	n = search(s, "0xA", hits, 10);
	assert_int_equal(n, 1);
	assert_string_equal(hits[0].id, "Q900003");

	/* Words, and a phrase's words; the title is weighted above the body. */
	n = search(s, "endpoint cannot be created", hits, 10);
	assert_int_equal(n, 1);
	assert_string_equal(hits[0].id, "Q900001");
	assert_non_null(strstr(hits[0].snippet, "endpoint"));
	n = search(s, "sprocket", hits, 10);
	assert_int_equal(n, 1);
	assert_string_equal(hits[0].id, "Q900003");
	assert_string_equal(hits[0].published, "2000-05-05");

	/* Article ids, in every form. */
	n = search(s, "Q900003", hits, 10);
	assert_true(n >= 1);
	assert_string_equal(hits[0].id, "Q900003");
	n = search(s, "KB900002", hits, 10);
	assert_true(n >= 1);
	assert_string_equal(hits[0].id, "Q900002");

	/* Some words only: still an answer, ranked lower. */
	n = search(s, "sprocket nonexistentword", hits, 10);
	assert_int_equal(n, 1);
	assert_true(hits[0].score < 0);

	/* FTS5 syntax typed by a technician is just words. */
	n = search(s, "\"widget\" AND NEAR( * : -", hits, 10);
	assert_true(n >= 1);
	assert_int_equal(library_search(s, "*** ()", hits, 10, &n, &err), KB_EINVAL);

	assert_int_equal(library_stats(s, &ls, &err), 0);
	assert_int_equal(ls.articles, 3);
	assert_int_equal(ls.problems, 0);
	assert_string_equal(ls.oldest, "2000-05-05");
	assert_string_equal(ls.newest, "2002-06-11");
	store_close(s);
	assert_consistent(f->db);
}

static void test_get_returns_the_text_by_any_id_form(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	struct library_article *a;
	struct kb_store *s;

	write_small_tree(f->tree);
	s = open_store(f);
	add(s, f->tree, NULL, NULL);
	assert_int_equal(library_get(s, "q900001", &a, &err), 0);
	assert_string_equal(a->id, "Q900001");
	assert_string_equal(a->title, "Widget Service Does Not Start with Event ID 7023");
	assert_true(a->complete);
	assert_non_null(strstr(a->text, "DOCUMENT:Q900001"));
	assert_null(strchr(a->text, '\r'));
	library_article_free(a);
	assert_int_equal(library_get(s, "900002", &a, &err), 0);
	assert_string_equal(a->id, "Q900002");
	library_article_free(a);
	assert_int_equal(library_get(s, "KB900003", &a, &err), 0);
	library_article_free(a);
	assert_int_equal(library_get(s, "Q1", &a, &err), KB_ENOTFOUND);
	assert_null(a);
	store_close(s);
}

static void test_readd_skips_unchanged_and_takes_a_changed_one(void **state)
{
	struct fixture *f = *state;
	struct library_add_stats st;
	struct library_hit hits[10];
	struct kb_store *s;
	char path[1024];
	struct timespec times[2];

	write_small_tree(f->tree);
	s = open_store(f);
	add(s, f->tree, NULL, &st);
	assert_int_equal(st.added, 3);
	add(s, f->tree, NULL, &st);
	assert_int_equal(st.added, 0);
	assert_int_equal(st.updated, 0);
	assert_int_equal(st.unchanged, 3);

	/* Changed text (and a different size): read and replaced. */
	write_article(f->tree, "Q900002", "01-MAR-2001", "Gadget Logon Fails After a Password Change",
		      "Logging on fails with error 1909: the account is locked out.",
		      "Too many bad passwords.");
	/* Touched only: same bytes, new mtime; read, hashed, not replaced. */
	snprintf(path, sizeof path, "%s/sub/Q900003.TXT", f->tree);
	times[0].tv_nsec = UTIME_NOW;
	times[1].tv_sec = 1000000000;
	times[1].tv_nsec = 0;
	assert_int_equal(utimensat(AT_FDCWD, path, times, 0), 0);
	add(s, f->tree, NULL, &st);
	assert_int_equal(st.updated, 1);
	assert_int_equal(st.unchanged, 2);
	assert_int_equal(search(s, "1909", hits, 10), 1);
	assert_string_equal(hits[0].id, "Q900002");
	/* The old text is gone from the index. */
	assert_int_equal(search(s, "1326", hits, 10), 0);
	store_close(s);
	assert_consistent(f->db);
}

static void test_duplicate_ids_keep_the_later_article(void **state)
{
	struct fixture *f = *state;
	struct library_add_stats st;
	struct kb_error err = { "" };
	struct library_article *a;
	struct kb_store *s;
	char other[1024];

	snprintf(other, sizeof other, "%s/other", f->dir);
	assert_int_equal(mkdir(other, 0700), 0);
	write_article(f->tree, "Q900001", "11-JUN-2002", "Newer Widget Article", "Symptom text.", "Cause.");
	write_article(other, "Q900001", "11-JUN-1999", "Older Widget Article", "Symptom text.", "Cause.");
	s = open_store(f);
	add(s, f->tree, NULL, &st);
	add(s, other, NULL, &st);
	assert_int_equal(st.duplicates, 1);
	assert_int_equal(st.added, 0);
	assert_int_equal(library_get(s, "Q900001", &a, &err), 0);
	assert_string_equal(a->title, "Newer Widget Article");
	library_article_free(a);
	store_close(s);
	assert_consistent(f->db);
}

struct problem_log {
	char text[8192];
	size_t n;
};

static void log_problem(void *ctx, const char *path, const char *reason)
{
	struct problem_log *l = ctx;
	const char *base = strrchr(path, '/');
	size_t used = strlen(l->text);

	snprintf(l->text + used, sizeof l->text - used, "%s: %s\n",
		 base != NULL ? base + 1 : path, reason);
	l->n++;
}

/* Whether /proc/self/mem fails when read at offset 0 (EIO: nothing is
 * mapped there), the file that errors when read below; where /proc is
 * not mounted (a chroot, some containers) it is a dangling link. */
static int proc_mem_read_fails(void)
{
	char c;
	ssize_t n;
	int fd = open("/proc/self/mem", O_RDONLY), e;

	if (fd < 0)
		return 0;
	n = read(fd, &c, 1);
	e = errno;
	close(fd);
	return n < 0 && e == EIO;
}

static void test_bad_files_are_reported_and_never_stop_the_add(void **state)
{
	struct fixture *f = *state;
	struct library_add_options opt;
	struct library_add_stats st;
	struct problem_log log;
	struct kb_error err = { "" };
	struct library_stats ls;
	struct kb_store *s;
	char path[1024], target[1024];
	unsigned char bin[512];
	size_t i;
	FILE *fp;

	write_small_tree(f->tree);
	for (i = 0; i < sizeof bin; i++)
		bin[i] = (unsigned char)(i * 37);
	snprintf(path, sizeof path, "%s/binary.TXT", f->tree);
	assert_int_equal(test_write_file(path, bin, sizeof bin), 0);
	snprintf(path, sizeof path, "%s/notes.txt", f->tree);
	assert_int_equal(test_write_file(path, "just some notes\n", 16), 0);
	snprintf(path, sizeof path, "%s/cut.TXT", f->tree);
	assert_int_equal(test_write_file(path, "DOCUMENT:Q900009  01-JAN-2000\r\nTITLE   :Cut", 43), 0);
	snprintf(path, sizeof path, "%s/empty.TXT", f->tree);
	assert_int_equal(test_write_file(path, "", 0), 0);
	/* A FIFO: opening it would block a careless reader forever. */
	snprintf(path, sizeof path, "%s/pipe.TXT", f->tree);
	assert_int_equal(mkfifo(path, 0600), 0);
	/* A dangling symbolic link. */
	snprintf(path, sizeof path, "%s/dangling.TXT", f->tree);
	assert_int_equal(symlink("/nonexistent/kbwiz/article.TXT", path), 0);
	/* A loop back up the tree, and a link to itself. */
	snprintf(path, sizeof path, "%s/sub/loop", f->tree);
	assert_int_equal(symlink(".", path), 0);
	snprintf(path, sizeof path, "%s/self.TXT", f->tree);
	assert_int_equal(symlink("self.TXT", path), 0);
	/* A file that errors when read (root reads through chmod 000). */
	snprintf(path, sizeof path, "%s/procmem.TXT", f->tree);
	assert_int_equal(symlink("/proc/self/mem", path), 0);
	/* 1 GB, sparse: refused by its size without being read. */
	snprintf(path, sizeof path, "%s/huge.TXT", f->tree);
	fp = fopen(path, "w");
	assert_non_null(fp);
	assert_int_equal(ftruncate(fileno(fp), 1024LL * 1024 * 1024), 0);
	fclose(fp);
	snprintf(target, sizeof target, "%s/Q900001.TXT", f->tree);
	snprintf(path, sizeof path, "%s/sub/linked.TXT", f->tree);
	assert_int_equal(symlink(target, path), 0);

	memset(&opt, 0, sizeof opt);
	memset(&log, 0, sizeof log);
	opt.problem = log_problem;
	opt.problem_ctx = &log;
	s = open_store(f);
	add(s, f->tree, &opt, &st);
	print_message("%s", log.text);
	assert_int_equal(st.added, 3);
	/* binary, notes, cut, empty, pipe, dangling, loop, self, procmem, huge */
	assert_int_equal(st.problems, 10);
	assert_int_equal(log.n, 10);
	/* The link to an article is the same article again. */
	assert_int_equal(st.duplicates, 1);
	assert_non_null(strstr(log.text, "binary.TXT: binary data"));
	assert_non_null(strstr(log.text, "notes.txt: not a KB article"));
	assert_non_null(strstr(log.text, "cut.TXT: truncated"));
	assert_non_null(strstr(log.text, "pipe.TXT: a named pipe"));
	assert_non_null(strstr(log.text, "dangling.TXT: unreadable: a dangling symbolic link"));
	assert_non_null(strstr(log.text, "loop: symbolic link loop"));
	assert_non_null(strstr(log.text, "self.TXT: symbolic link loop"));
	if (proc_mem_read_fails()) {
		snprintf(path, sizeof path, "procmem.TXT: unreadable: %s", strerror(EIO));
		assert_non_null(strstr(log.text, path));
	} else {
		printf("note: /proc/self/mem does not fail when read here (/proc not mounted?): "
		       "procmem.TXT is checked only as unreadable\n");
		assert_non_null(strstr(log.text, "procmem.TXT: unreadable"));
	}
	assert_non_null(strstr(log.text, "huge.TXT: too large for an article (1073741824 bytes"));
	assert_int_equal(library_stats(s, &ls, &err), 0);
	assert_int_equal(ls.problems, 10);
	assert_int_equal(ls.articles, 3);
	/* Again: the problems are looked at again, the articles skipped. */
	add(s, f->tree, NULL, &st);
	assert_int_equal(st.unchanged, 4);
	assert_int_equal(st.problems, 10);
	store_close(s);
	assert_consistent(f->db);
}

static void test_missing_path_is_an_error_before_anything(void **state)
{
	struct fixture *f = *state;
	struct kb_error err = { "" };
	const char *paths[2];
	struct kb_store *s;
	char missing[1024];

	write_small_tree(f->tree);
	snprintf(missing, sizeof missing, "%s/no-such-dir", f->dir);
	paths[0] = f->tree;
	paths[1] = missing;
	s = open_store(f);
	assert_int_equal(library_add_paths(s, paths, 2, NULL, NULL, &err), KB_ENOTFOUND);
	assert_non_null(strstr(err.msg, "no-such-dir"));
	store_close(s);
	assert_int_equal(query_int(f->db, "SELECT count(*) FROM library_articles"), 0);
}

static void write_many(const char *dir, int n)
{
	char id[16], title[64];
	int i;

	for (i = 0; i < n; i++) {
		snprintf(id, sizeof id, "Q%d", 800000 + i);
		snprintf(title, sizeof title, "Made-up Article Number %d", i);
		write_article(dir, id, "01-JAN-2001", title, "Event ID: 1069 in the log.", "A cause.");
	}
}

static int cancel_after(void *ctx, const struct library_progress *p)
{
	volatile sig_atomic_t *flag = ctx;

	if (p->files_done == 12)
		*flag = 1;
	return 0;
}

static void test_cancel_keeps_what_was_done_and_add_goes_on(void **state)
{
	struct fixture *f = *state;
	struct library_add_options opt;
	struct library_add_stats st;
	struct kb_error err = { "" };
	volatile sig_atomic_t stop = 0;
	const char *paths[1] = { f->tree };
	struct kb_store *s;

	write_many(f->tree, 40);
	memset(&opt, 0, sizeof opt);
	opt.batch_articles = 5;
	opt.cancel = &stop;
	opt.progress = cancel_after;
	opt.progress_ctx = (void *)&stop;
	s = open_store(f);
	assert_int_equal(library_add_paths(s, paths, 1, &opt, &st, &err), KB_ECANCEL);
	assert_int_equal(st.added, 12);
	store_close(s);
	assert_int_equal(query_int(f->db, "SELECT count(*) FROM library_articles"), 12);
	assert_consistent(f->db);
	s = open_store(f);
	add(s, f->tree, NULL, &st);
	assert_int_equal(st.unchanged, 12);
	assert_int_equal(st.added, 28);
	store_close(s);
	assert_consistent(f->db);
}

static int kill_self_mid_batch(void *ctx, const struct library_progress *p)
{
	(void)ctx;
	/* After two batches of 5 are committed, inside the third. */
	if (p->files_done == 13)
		raise(SIGKILL);
	return 0;
}

static void test_kill_9_leaves_the_store_consistent(void **state)
{
	struct fixture *f = *state;
	struct library_add_stats st;
	struct kb_store *s;
	int status = 0;
	long long n;
	pid_t pid;

	write_many(f->tree, 40);
	/* Made, with its schema, before the child writes to it. */
	s = open_store(f);
	store_close(s);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct library_add_options opt;
		struct kb_error err = { "" };
		const char *paths[1] = { f->tree };
		struct kb_store *cs = NULL;

		memset(&opt, 0, sizeof opt);
		opt.batch_articles = 5;
		opt.progress = kill_self_mid_batch;
		if (store_open(f->db, 0, &cs, NULL, &err) != 0)
			_exit(3);
		library_add_paths(cs, paths, 1, &opt, NULL, &err);
		_exit(4);   /* not reached: the callback kills us */
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGKILL);

	/* Opening rolls back the half-written batch. */
	s = open_store(f);
	n = query_int(f->db, "SELECT count(*) FROM library_articles");
	assert_true(n >= 10 && n < 40);
	assert_int_equal(n % 5, 0);
	assert_consistent(f->db);
	add(s, f->tree, NULL, &st);
	assert_int_equal(st.unchanged, (size_t)n);
	assert_int_equal(st.added, 40 - (size_t)n);
	store_close(s);
	assert_int_equal(query_int(f->db, "SELECT count(*) FROM library_articles"), 40);
	assert_int_equal(query_int(f->db, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	assert_consistent(f->db);
}

static void test_remove_by_id_path_and_all(void **state)
{
	struct fixture *f = *state;
	struct library_add_stats st;
	struct library_hit hits[10];
	struct kb_error err = { "" };
	struct kb_store *s;
	size_t removed;
	char sub[1024];

	write_small_tree(f->tree);
	s = open_store(f);
	add(s, f->tree, NULL, &st);
	assert_int_equal(library_remove(s, "Q900002", &removed, &err), 0);
	assert_int_equal(removed, 1);
	assert_int_equal(search(s, "1326", hits, 10), 0);
	assert_int_equal(library_remove(s, "Q900002", &removed, &err), KB_ENOTFOUND);
	snprintf(sub, sizeof sub, "%s/sub/", f->tree);
	assert_int_equal(library_remove(s, sub, &removed, &err), 0);
	assert_int_equal(removed, 1);
	store_close(s);
	assert_consistent(f->db);
	s = open_store(f);
	/* What was removed is read again by the next add. */
	add(s, f->tree, NULL, &st);
	assert_int_equal(st.added, 2);
	assert_int_equal(st.unchanged, 1);
	assert_int_equal(library_remove(s, NULL, &removed, &err), 0);
	assert_int_equal(removed, 3);
	assert_int_equal(search(s, "7023", hits, 10), 0);
	store_close(s);
	assert_consistent(f->db);
}

static void test_fts_query_quotes_every_term(void **state)
{
	char out[256];

	(void)state;
	assert_int_equal(kb_fts_query("Event \"7023\" AND NEAR(x*", " AND ", out, sizeof out), 5);
	assert_string_equal(out, "\"event\" AND \"7023\" AND \"and\" AND \"near\" AND \"x\"");
	assert_int_equal(kb_fts_query("0x6B8", " OR ", out, sizeof out), 1);
	assert_string_equal(out, "(\"0x6b8\" OR \"1720\")");
	assert_int_equal(kb_fts_query("  ::: ", " AND ", out, sizeof out), 0);
}

static void test_fts_query_leaves_off_a_term_that_does_not_fit(void **state)
{
	char out[24];

	(void)state;
	/* 18 bytes hold "alpha" AND "beta"; the third term would be cut. */
	assert_int_equal(kb_fts_query("alpha beta gamma", " AND ", out, sizeof out), 2);
	assert_string_equal(out, "\"alpha\" AND \"beta\"");
	/* More than 16 hex digits is no 64-bit number: one plain term. */
	assert_int_equal(kb_fts_query("0x10000000000000000", " OR ", out, sizeof out), 1);
	assert_string_equal(out, "\"0x10000000000000000\"");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_add_indexes_a_tree_and_search_ranks_it, setup, teardown),
		cmocka_unit_test_setup_teardown(test_get_returns_the_text_by_any_id_form, setup, teardown),
		cmocka_unit_test_setup_teardown(test_readd_skips_unchanged_and_takes_a_changed_one, setup, teardown),
		cmocka_unit_test_setup_teardown(test_duplicate_ids_keep_the_later_article, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_files_are_reported_and_never_stop_the_add, setup, teardown),
		cmocka_unit_test_setup_teardown(test_missing_path_is_an_error_before_anything, setup, teardown),
		cmocka_unit_test_setup_teardown(test_cancel_keeps_what_was_done_and_add_goes_on, setup, teardown),
		cmocka_unit_test_setup_teardown(test_kill_9_leaves_the_store_consistent, setup, teardown),
		cmocka_unit_test_setup_teardown(test_remove_by_id_path_and_all, setup, teardown),
		cmocka_unit_test(test_fts_query_quotes_every_term),
		cmocka_unit_test(test_fts_query_leaves_off_a_term_that_does_not_fit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
