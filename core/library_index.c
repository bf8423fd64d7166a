/* library_index.c: the article library's index (see library.h and
 * library_internal.h): adding walked files to the store, and removing
 * articles.
 *
 * An add walks every path first (so that progress knows the total), then
 * deals with the files one by one inside transactions of a batch of
 * files each.  A file whose size and mtime match what the store remembers
 * is skipped without being read; one whose bytes hash the same is skipped
 * after reading.  What a killed run had not committed is simply not in
 * library_files, so the next add does it. */
#include "kbwiz/library.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "kbwiz/article.h"
#include "kbwiz/fsutil.h"
#include "kbwiz/hash.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"
#include "library_internal.h"
#include "sql_util.h"
#include "store_internal.h"

/* ---- small helpers ----------------------------------------------------- */

/* Append s as a word: a space before it unless the buffer is empty. */
static void add_word(struct kb_buf *b, const char *s)
{
	if (s == NULL || *s == '\0')
		return;
	if (b->len > 0)
		kb_buf_add(b, " ", 1);
	kb_buf_add(b, s, strlen(s));
}

/* ---- reading one file ---------------------------------------------------- */

/* Read path into buf (reused between files), at most max bytes.  Returns
 * 0, or 1 with a reason when the file cannot be an article, or KB_ENOMEM.
 * O_NONBLOCK: a FIFO that appears after the walk must not hang the add. */
static int read_article_file(const char *path, size_t max, struct kb_buf *buf,
			     struct stat *st, char *reason, size_t rsize)
{
	int fd, rc = 0;

	kb_buf_reset(buf);
	fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(reason, rsize, "unreadable: %s", strerror(errno));
		return 1;
	}
	if (fstat(fd, st) != 0) {
		snprintf(reason, rsize, "unreadable: %s", strerror(errno));
		rc = 1;
		goto out;
	}
	if (!S_ISREG(st->st_mode)) {
		snprintf(reason, rsize, "%s, not an article file", library_file_kind(st->st_mode));
		rc = 1;
		goto out;
	}
	if ((unsigned long long)st->st_size > max) {
		snprintf(reason, rsize, "too large for an article (%lld bytes; at most %zu)",
			 (long long)st->st_size, max);
		rc = 1;
		goto out;
	}
	/* The size may be wrong (a file in /proc says 0): read until the end
	 * or one byte past the limit. */
	for (;;) {
		ssize_t n;
		size_t want = buf->len < (size_t)st->st_size ? (size_t)st->st_size - buf->len
							   : 65536;
		if (want > max + 1 - buf->len)
			want = max + 1 - buf->len;
		if (kb_buf_reserve(buf, want) != 0) {
			rc = KB_ENOMEM;
			goto out;
		}
		n = read(fd, buf->p + buf->len, want);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			snprintf(reason, rsize, "unreadable: %s", strerror(errno));
			rc = 1;
			goto out;
		}
		if (n == 0)
			break;
		buf->len += (size_t)n;
		buf->p[buf->len] = '\0';
		if (buf->len > max) {
			snprintf(reason, rsize, "too large for an article (more than %zu bytes)",
				 max);
			rc = 1;
			goto out;
		}
	}
	if (buf->p == NULL && kb_buf_reserve(buf, 1) != 0)
		rc = KB_ENOMEM;
out:
	close(fd);
	return rc;
}

/* ---- the columns of an article --------------------------------------------- */

/* "Q262832 262832 KB262832": an article id in the forms a technician types. */
static void id_forms(const char *id, struct kb_buf *b)
{
	const char *d = id;

	add_word(b, id);
	while (isalpha((unsigned char)*d))
		d++;
	if (d > id && *d != '\0') {
		char kb[24];
		add_word(b, d);
		snprintf(kb, sizeof kb, "KB%s", d);
		if (strcasecmp(kb, id) != 0)
			add_word(b, kb);
	}
}

/* Whether word occurs in b as a whole word. */
static int has_word(const struct kb_buf *b, const char *word)
{
	size_t n = strlen(word);
	const char *p = b->p;

	while (p != NULL && (p = strstr(p, word)) != NULL) {
		if ((p == b->p || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return 1;
		p += n;
	}
	return 0;
}

/* Hex codes as the article prints them (0x000006B8, 0xC0000005) also in
 * the forms a technician types: decimal (event text and error lists print
 * 1720), the short hex 0x6b8, and the bare digits (STOP c0000005). */
static void code_forms(const struct kb_article *a, struct kb_buf *b)
{
	size_t i;

	for (i = 0; i < a->n_lines && b->len < 4096; i++) {
		const char *l = a->lines[i], *p;
		for (p = l; *p != '\0'; p++) {
			const char *h = p + 2, *e = h;
			unsigned long long v;
			char form[32];
			if (p[0] != '0' || (p[1] != 'x' && p[1] != 'X') ||
			    (p > l && isalnum((unsigned char)p[-1])))
				continue;
			while (isxdigit((unsigned char)*e) && e - h < 17)
				e++;
			if (e == h || e - h > 16 || isalnum((unsigned char)*e))
				continue;
			v = strtoull(h, NULL, 16);
			snprintf(form, sizeof form, "%llu", v);
			if (!has_word(b, form))
				add_word(b, form);
			snprintf(form, sizeof form, "0x%llx", v);
			if (!has_word(b, form))
				add_word(b, form);
			if (e - h >= 4) {
				size_t k, n = (size_t)(e - h);
				for (k = 0; k < n; k++)
					form[k] = (char)tolower((unsigned char)h[k]);
				form[n] = '\0';
				if (!has_word(b, form))
					add_word(b, form);
			}
			p = e - 1;
		}
	}
}

/* What the store remembered of a file when the add began; loaded once, so
 * that the reader thread can tell an unchanged file without the store. */
struct known_file {
	char *path;
	long long size, mtime_ns;   /* size -1: not recorded */
	char sha[KB_SHA256_HEX_SIZE];
	int problem;                /* refused last time: look again */
};

/* One file made ready by the reader thread for the writer. */
enum prep_kind { PREP_SKIP, PREP_TOUCH, PREP_PROBLEM, PREP_ARTICLE, PREP_NOMEM };

struct prepared {
	const struct walk_file *wf;
	const struct known_file *known;
	enum prep_kind kind;
	long long size, mtime_ns;
	char sha[KB_SHA256_HEX_SIZE];
	char reason[1024];
	struct kb_article *a;
	/* The index columns; buffers reused from file to file. */
	struct kb_buf head, body, ids, codes, keywords;
};

/* Files read ahead of the writer: enough to keep it busy, few enough
 * that memory stays small (each holds one article). */
#define PIPE_SLOTS 32

struct add_ctx {
	struct kb_store *s;
	sqlite3 *db;
	const struct library_add_options *opt;
	struct library_add_stats st;
	/* st as of the last commit: what the store really holds from this
	 * add when a later batch fails (a full disk) and is rolled back. */
	struct library_add_stats kept;
	struct library_progress prog;
	size_t max_bytes, batch, in_batch;
	int tuned, old_cache, old_sync, old_ckpt;
	char now[32];
	const struct walk *w;
	struct known_file *known;
	size_t n_known;
	/* The pipe from the reader thread: slots [tail, head) are ready. */
	pthread_mutex_t lock;
	pthread_cond_t ready, space;
	struct prepared slot[PIPE_SLOTS];
	size_t head, tail;
	int stop;
	struct kb_buf data;           /* the reader's file buffer */
	sqlite3_stmt *file_put, *file_touch;
	sqlite3_stmt *art_by_id, *art_by_path, *art_ins, *art_del, *art_cols, *fts_ins, *fts_del;
};

static const struct {
	size_t off;
	const char *sql;
} add_sql[] = {
	{ offsetof(struct add_ctx, file_put),
	  "INSERT INTO library_files(path, size, mtime_ns, sha256, status, article, reason, checked_at)"
	  " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(path) DO UPDATE SET"
	  " size = ?2, mtime_ns = ?3, sha256 = ?4, status = ?5, article = ?6, reason = ?7,"
	  " checked_at = ?8" },
	{ offsetof(struct add_ctx, file_touch),
	  "UPDATE library_files SET size = ?2, mtime_ns = ?3, checked_at = ?4 WHERE path = ?1" },
	{ offsetof(struct add_ctx, art_by_id),
	  "SELECT id, source_path, published FROM library_articles WHERE article = ?" },
	{ offsetof(struct add_ctx, art_by_path),
	  "SELECT id, article FROM library_articles WHERE source_path = ?" },
	{ offsetof(struct add_ctx, art_ins),
	  "INSERT INTO library_articles(article, ids, title, published, category, source_path,"
	  " content_hash, complete, added_at, codes, keywords, head, body)"
	  " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
	{ offsetof(struct add_ctx, art_del), "DELETE FROM library_articles WHERE id = ?" },
	{ offsetof(struct add_ctx, art_cols),
	  "SELECT ids, title, codes, keywords, body FROM library_articles WHERE id = ?" },
	{ offsetof(struct add_ctx, fts_ins),
	  "INSERT INTO library_fts(rowid, ids, title, codes, keywords, body) VALUES(?, ?, ?, ?, ?, ?)" },
	{ offsetof(struct add_ctx, fts_del),
	  "INSERT INTO library_fts(library_fts, rowid, ids, title, codes, keywords, body)"
	  " VALUES('delete', ?, ?, ?, ?, ?, ?)" },
};

#define N_ADD_SQL (sizeof add_sql / sizeof add_sql[0])

static sqlite3_stmt **stmt_slot(struct add_ctx *c, size_t i)
{
	return (sqlite3_stmt **)(void *)((char *)c + add_sql[i].off);
}

/* ---- the reader thread: files to ready articles ------------------------- */

static int cmp_known(const void *key, const void *elem)
{
	return strcmp(key, ((const struct known_file *)elem)->path);
}

static const struct known_file *find_known(const struct add_ctx *c, const char *path)
{
	if (c->n_known == 0)
		return NULL;
	return bsearch(path, c->known, c->n_known, sizeof *c->known, cmp_known);
}

/* Build the index columns of a parsed article. */
static void build_columns(struct prepared *p)
{
	const struct kb_article *a = p->a;
	size_t i;

	size_t head_lines = a->body_first > 0 ? a->body_first - 1 : 0;

	kb_buf_reset(&p->head);
	kb_buf_reset(&p->body);
	kb_buf_reset(&p->ids);
	kb_buf_reset(&p->codes);
	kb_buf_reset(&p->keywords);
	for (i = 0; i < a->n_lines; i++) {
		struct kb_buf *b = i < head_lines ? &p->head : &p->body;
		if (i > 0 && i != head_lines)
			kb_buf_add(b, "\n", 1);
		kb_buf_add(b, a->lines[i], strlen(a->lines[i]));
	}
	kb_buf_add(&p->head, "", 0);
	kb_buf_add(&p->body, "", 0);
	id_forms(a->id, &p->ids);
	code_forms(a, &p->codes);
	add_word(&p->keywords, a->product);
	add_word(&p->keywords, a->prod_ver);
	add_word(&p->keywords, a->oper_sys);
	for (i = 0; i < a->n_products; i++)
		add_word(&p->keywords, a->products[i].name);
	for (i = 0; i < a->n_keywords; i++)
		add_word(&p->keywords, a->keywords[i]);
	add_word(&p->keywords, a->query_words);
	kb_buf_add(&p->ids, "", 0);
	kb_buf_add(&p->codes, "", 0);
	kb_buf_add(&p->keywords, "", 0);
}

/* Everything about one file that needs no store: is it unchanged, can it
 * be read, is it an article.  Runs in the reader thread. */
static void prepare_file(struct add_ctx *c, const struct walk_file *wf,
			 struct prepared *p)
{
	struct kb_error perr = { "" };
	struct stat st;
	int rc;

	p->wf = wf;
	p->a = NULL;
	p->reason[0] = '\0';
	p->size = wf->size;
	p->mtime_ns = wf->mtime_ns;
	if (wf->reason != NULL) {
		p->kind = PREP_PROBLEM;
		p->size = -1;
		snprintf(p->reason, sizeof p->reason, "%s", wf->reason);
		return;
	}
	p->known = find_known(c, wf->path);
	/* Unchanged by size and mtime: not even read.  A refused file is
	 * looked at again every time (it may have been fixed, and reading a
	 * refused file is cheap: the big ones are refused by size). */
	if (p->known != NULL && !p->known->problem &&
	    p->known->size == wf->size && p->known->mtime_ns == wf->mtime_ns) {
		p->kind = PREP_SKIP;
		return;
	}
	rc = read_article_file(wf->path, c->max_bytes, &c->data, &st, p->reason,
			       sizeof p->reason);
	if (rc == KB_ENOMEM) {
		p->kind = PREP_NOMEM;
		return;
	}
	if (rc == 1) {
		p->kind = PREP_PROBLEM;
		return;
	}
	p->size = (long long)st.st_size;
	p->mtime_ns = (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
	kb_sha256_buffer(c->data.p, c->data.len, p->sha);
	if (p->known != NULL && !p->known->problem && strcmp(p->known->sha, p->sha) == 0) {
		p->kind = PREP_TOUCH;   /* touched, not changed */
		return;
	}
	rc = kb_article_parse(wf->path, c->data.p, c->data.len, &p->a, &perr);
	if (rc == KB_ENOMEM) {
		p->kind = PREP_NOMEM;
		return;
	}
	if (rc != 0) {
		size_t n = strlen(wf->path);
		const char *r = perr.msg;
		/* The reason without the path the parser put in front. */
		if (strncmp(r, wf->path, n) == 0 && r[n] == ':' && r[n + 1] == ' ')
			r += n + 2;
		snprintf(p->reason, sizeof p->reason, "%s", r);
		p->kind = PREP_PROBLEM;
		return;
	}
	build_columns(p);
	if (p->head.oom || p->body.oom || p->ids.oom || p->codes.oom || p->keywords.oom) {
		kb_article_free(p->a);
		p->a = NULL;
		p->kind = PREP_NOMEM;
		return;
	}
	p->kind = PREP_ARTICLE;
}

static void *reader_main(void *arg)
{
	struct add_ctx *c = arg;
	size_t i;

	for (i = 0; i < c->w->n; i++) {
		struct prepared *p;

		pthread_mutex_lock(&c->lock);
		while (!c->stop && c->head - c->tail == PIPE_SLOTS)
			pthread_cond_wait(&c->space, &c->lock);
		if (c->stop) {
			pthread_mutex_unlock(&c->lock);
			break;
		}
		p = &c->slot[c->head % PIPE_SLOTS];
		pthread_mutex_unlock(&c->lock);
		prepare_file(c, &c->w->files[i], p);
		pthread_mutex_lock(&c->lock);
		c->head++;
		pthread_cond_signal(&c->ready);
		pthread_mutex_unlock(&c->lock);
	}
	return NULL;
}

static int load_known(struct add_ctx *c)
{
	sqlite3_stmt *st;
	int rc;

	if (sqlite3_prepare_v2(c->db,
		"SELECT path, size, mtime_ns, sha256, status = 'problem' FROM library_files"
		" ORDER BY path", -1, &st, NULL) != SQLITE_OK)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct known_file *k;
		if ((c->n_known & (c->n_known - 1)) == 0) {
			size_t cap = c->n_known ? c->n_known * 2 : 1024;
			struct known_file *grown = realloc(c->known, cap * sizeof *grown);
			if (grown == NULL)
				break;
			c->known = grown;
		}
		k = &c->known[c->n_known];
		if ((k->path = sql_dup_text(st, 0)) == NULL)
			break;
		k->size = sqlite3_column_type(st, 1) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 1);
		k->mtime_ns = sqlite3_column_int64(st, 2);
		sql_copy_text(k->sha, sizeof k->sha, st, 3);
		k->problem = sqlite3_column_int(st, 4);
		c->n_known++;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* ---- the writer: ready articles into the store ---------------------------- */

/* Take one article out of the library and its index.  An external-content
 * index forgets a row only when told the values it indexed. */
static int delete_article(struct add_ctx *c, sqlite3_int64 rowid)
{
	int rc, i;

	sqlite3_bind_int64(c->art_cols, 1, rowid);
	rc = sqlite3_step(c->art_cols);
	if (rc == SQLITE_DONE) {
		sqlite3_reset(c->art_cols);
		return 0;
	}
	if (rc != SQLITE_ROW) {
		sqlite3_reset(c->art_cols);
		return -1;
	}
	sqlite3_bind_int64(c->fts_del, 1, rowid);
	for (i = 0; i < 5; i++)
		sqlite3_bind_value(c->fts_del, i + 2, sqlite3_column_value(c->art_cols, i));
	rc = sql_step_reset(c->fts_del);
	sqlite3_reset(c->art_cols);
	if (rc != 0)
		return -1;
	sqlite3_bind_int64(c->art_del, 1, rowid);
	return sql_step_reset(c->art_del);
}

static int put_file(struct add_ctx *c, const char *path, long long size,
		    long long mtime_ns, const char *sha, const char *status,
		    const char *article, const char *reason)
{
	sqlite3_stmt *st = c->file_put;

	sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
	if (size >= 0) {
		sqlite3_bind_int64(st, 2, size);
		sqlite3_bind_int64(st, 3, mtime_ns);
	}
	if (sha != NULL)
		sqlite3_bind_text(st, 4, sha, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, status, -1, SQLITE_STATIC);
	if (article != NULL)
		sqlite3_bind_text(st, 6, article, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, reason != NULL ? reason : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, c->now, -1, SQLITE_STATIC);
	return sql_step_reset(st);
}

static int add_problem(struct add_ctx *c, const char *path, long long size,
		       long long mtime_ns, const char *reason)
{
	c->st.problems++;
	c->in_batch++;
	if (c->opt->problem != NULL)
		c->opt->problem(c->opt->problem_ctx, path, reason);
	return put_file(c, path, size, mtime_ns, NULL, "problem", NULL, reason);
}

static int insert_article(struct add_ctx *c, const struct prepared *p)
{
	const struct kb_article *a = p->a;
	sqlite3_stmt *st = c->art_ins;
	sqlite3_int64 rowid;

	sqlite3_bind_text(st, 1, a->id, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, p->ids.p, (int)p->ids.len, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, a->title, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, a->date, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, a->category, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, p->wf->path, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, p->sha, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 8, a->has_trailer);
	sqlite3_bind_text(st, 9, c->now, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, p->codes.p, (int)p->codes.len, SQLITE_STATIC);
	sqlite3_bind_text(st, 11, p->keywords.p, (int)p->keywords.len, SQLITE_STATIC);
	sqlite3_bind_text(st, 12, p->head.p, (int)p->head.len, SQLITE_STATIC);
	sqlite3_bind_text(st, 13, p->body.p, (int)p->body.len, SQLITE_STATIC);
	if (sql_step_reset(st) != 0)
		return -1;
	rowid = sqlite3_last_insert_rowid(c->db);
	st = c->fts_ins;
	sqlite3_bind_int64(st, 1, rowid);
	sqlite3_bind_text(st, 2, p->ids.p, (int)p->ids.len, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, a->title, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, p->codes.p, (int)p->codes.len, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, p->keywords.p, (int)p->keywords.len, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, p->body.p, (int)p->body.len, SQLITE_STATIC);
	return sql_step_reset(st);
}

/* Store one parsed article: replacing what its file held before, or
 * keeping the later of two files with the same article id. */
static int store_article(struct add_ctx *c, const struct prepared *p)
{
	const struct kb_article *a = p->a;
	const char *path = p->wf->path;
	char other[4096] = "", other_date[16] = "", reason[4200];
	sqlite3_int64 same_id = 0;
	int was_ours = 0, replaced = 0, rc;

	/* The article this file held before (its id may have changed); a
	 * file the store never saw held none. */
	if (p->known != NULL) {
		sqlite3_bind_text(c->art_by_path, 1, path, -1, SQLITE_STATIC);
		while ((rc = sqlite3_step(c->art_by_path)) == SQLITE_ROW) {
			sqlite3_int64 id = sqlite3_column_int64(c->art_by_path, 0);
			was_ours = 1;
			if (strcasecmp((const char *)sqlite3_column_text(c->art_by_path, 1), a->id) != 0) {
				sqlite3_reset(c->art_by_path);
				if (delete_article(c, id) != 0)
					return -1;
				sqlite3_bind_text(c->art_by_path, 1, path, -1, SQLITE_STATIC);
			}
		}
		sqlite3_reset(c->art_by_path);
		sqlite3_clear_bindings(c->art_by_path);
		if (rc != SQLITE_DONE)
			return -1;
	}
	sqlite3_bind_text(c->art_by_id, 1, a->id, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(c->art_by_id)) == SQLITE_ROW) {
		same_id = sqlite3_column_int64(c->art_by_id, 0);
		sql_copy_text(other, sizeof other, c->art_by_id, 1);
		sql_copy_text(other_date, sizeof other_date, c->art_by_id, 2);
	}
	sqlite3_reset(c->art_by_id);
	sqlite3_clear_bindings(c->art_by_id);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return -1;
	if (same_id != 0 && strcmp(other, path) != 0) {
		/* Another file has this article: keep the later one. */
		if (strcmp(a->date, other_date) <= 0) {
			snprintf(reason, sizeof reason,
				 "duplicate: article %s is in the library from %s", a->id, other);
			if (put_file(c, path, p->size, p->mtime_ns, p->sha, "duplicate", a->id,
				     reason) != 0)
				return -1;
			c->st.duplicates++;
			c->in_batch++;
			return 0;
		}
		snprintf(reason, sizeof reason,
			 "duplicate: article %s replaced by the later %s", a->id, path);
		if (put_file(c, other, -1, 0, NULL, "duplicate", a->id, reason) != 0)
			return -1;
		replaced = 1;
	}
	if (same_id != 0 && delete_article(c, same_id) != 0)
		return -1;
	if (insert_article(c, p) != 0 ||
	    put_file(c, path, p->size, p->mtime_ns, p->sha, "indexed", a->id, NULL) != 0)
		return -1;
	if (was_ours || replaced)
		c->st.updated++;
	else
		c->st.added++;
	c->in_batch++;
	return 0;
}

/* Deal with one prepared file.  Returns 0 or a KB_E* code for a failure
 * of the store (which stops the add); a bad file is a problem, not a
 * failure. */
static int store_prepared(struct add_ctx *c, const struct prepared *p,
			  struct kb_error *err)
{
	int rc = 0;

	switch (p->kind) {
	case PREP_SKIP:
		c->st.unchanged++;
		return 0;
	case PREP_NOMEM:
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", p->wf->path);
	case PREP_TOUCH:
		sqlite3_bind_text(c->file_touch, 1, p->wf->path, -1, SQLITE_STATIC);
		sqlite3_bind_int64(c->file_touch, 2, p->size);
		sqlite3_bind_int64(c->file_touch, 3, p->mtime_ns);
		sqlite3_bind_text(c->file_touch, 4, c->now, -1, SQLITE_STATIC);
		rc = sql_step_reset(c->file_touch);
		c->st.unchanged++;
		c->in_batch++;
		break;
	case PREP_PROBLEM:
		rc = add_problem(c, p->wf->path, p->size, p->mtime_ns, p->reason);
		break;
	case PREP_ARTICLE:
		rc = store_article(c, p);
		break;
	}
	if (rc != 0)
		return kb_errorf(err, KB_EDB, "%s: storing %s: %s", store_path(c->s),
				 p->wf->path, sqlite3_errmsg(c->db));
	return 0;
}

static void add_ctx_free(struct add_ctx *c)
{
	size_t i;

	for (i = 0; i < N_ADD_SQL; i++)
		sqlite3_finalize(*stmt_slot(c, i));
	for (i = 0; i < PIPE_SLOTS; i++) {
		kb_article_free(c->slot[i].a);
		kb_buf_free(&c->slot[i].head);
		kb_buf_free(&c->slot[i].body);
		kb_buf_free(&c->slot[i].ids);
		kb_buf_free(&c->slot[i].codes);
		kb_buf_free(&c->slot[i].keywords);
	}
	for (i = 0; i < c->n_known; i++)
		free(c->known[i].path);
	free(c->known);
	kb_buf_free(&c->data);
}

/* For the length of an add only (the connection's settings are put back):
 *  - the store stays in WAL mode: a rollback journal would be faster for
 *    a bulk load (a WAL writes each page twice), but it locks every other
 *    kbwiz out of the store for the whole add, readers included.  In WAL
 *    mode readers never wait, and other writers wait only for the batch
 *    being committed;
 *  - checkpoints less often, so that the log is folded into the store in
 *    large runs rather than after every batch;
 *  - a page cache big enough to hold the index segments being merged;
 *  - synchronous=NORMAL: never a damaged store, a power cut may lose the
 *    last batches, which the next add does again. */
static void tune_for_add(struct add_ctx *c, int on)
{
	char sql[128];

	if (on) {
		sqlite3_int64 cache, sync, ckpt;

		if (sql_query_int64(c->db, "PRAGMA cache_size", &cache) != SQLITE_OK ||
		    sql_query_int64(c->db, "PRAGMA synchronous", &sync) != SQLITE_OK ||
		    sql_query_int64(c->db, "PRAGMA wal_autocheckpoint", &ckpt) != SQLITE_OK)
			return;
		c->old_cache = (int)cache;
		c->old_sync = (int)sync;
		c->old_ckpt = (int)ckpt;
		c->tuned = 1;
		sqlite3_exec(c->db, "PRAGMA cache_size = -65536; PRAGMA synchronous = NORMAL;"
			     " PRAGMA wal_autocheckpoint = 16384", NULL, NULL, NULL);
		return;
	}
	snprintf(sql, sizeof sql,
		 "PRAGMA cache_size = %d; PRAGMA synchronous = %d; PRAGMA wal_autocheckpoint = %d",
		 c->old_cache, c->old_sync, c->old_ckpt);
	sqlite3_exec(c->db, sql, NULL, NULL, NULL);
	c->tuned = 0;
}

static int cancelled(struct add_ctx *c)
{
	return c->opt->cancel != NULL && *c->opt->cancel;
}

int library_add_paths(struct kb_store *s, const char *const *paths,
		      size_t n_paths, const struct library_add_options *opt,
		      struct library_add_stats *stats, struct kb_error *err)
{
	static const struct library_add_options no_options;
	struct add_ctx *c;
	struct walk w;
	pthread_t reader;
	size_t i;
	int rc = 0, in_tx = 0, threaded = 0;

	memset(&w, 0, sizeof w);
	if (stats != NULL)
		memset(stats, 0, sizeof *stats);
	/* A path that is not there is a typing mistake: say so before
	 * doing anything. */
	for (i = 0; i < n_paths; i++) {
		struct stat st;
		if (lstat(paths[i], &st) != 0)
			return kb_errorf(err, errno == ENOENT ? KB_ENOTFOUND : KB_EIO,
					 "%s: %s", paths[i], strerror(errno));
	}
	if ((c = calloc(1, sizeof *c)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	c->s = s;
	c->db = store_db(s);
	c->w = &w;
	c->opt = opt != NULL ? opt : &no_options;
	c->max_bytes = c->opt->max_file_bytes ? c->opt->max_file_bytes : LIBRARY_MAX_FILE_BYTES;
	c->batch = c->opt->batch_articles ? c->opt->batch_articles : LIBRARY_BATCH_ARTICLES;
	kb_now_iso(c->now, sizeof c->now);

	for (i = 0; i < n_paths && !w.oom; i++) {
		char *abs;
		if ((rc = kb_absolute_path(paths[i], &abs, err)) != 0)
			goto out;
		library_walk_path(&w, abs);
		free(abs);
	}
	if (w.oom) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory walking the article files");
		goto out;
	}
	c->prog.files_total = w.n;
	for (i = 0; i < N_ADD_SQL; i++)
		if (sqlite3_prepare_v2(c->db, add_sql[i].sql, -1, stmt_slot(c, i), NULL) != SQLITE_OK) {
			rc = store_dberr(s, err, "preparing the library");
			goto out;
		}
	if (load_known(c) != 0) {
		rc = store_dberr(s, err, "reading the library's files");
		goto out;
	}
	tune_for_add(c, 1);
	/* Reading, hashing and parsing run in a thread of their own, ahead
	 * of the writer: the store's work and theirs overlap. */
	if (pthread_mutex_init(&c->lock, NULL) != 0 ||
	    pthread_cond_init(&c->ready, NULL) != 0 || pthread_cond_init(&c->space, NULL) != 0 ||
	    pthread_create(&reader, NULL, reader_main, c) != 0) {
		rc = kb_errorf(err, KB_ENOMEM, "cannot start the reader thread");
		goto out;
	}
	threaded = 1;
	for (i = 0; i < w.n; i++) {
		struct prepared *p;

		if (cancelled(c)) {
			rc = KB_ECANCEL;
			break;
		}
		pthread_mutex_lock(&c->lock);
		while (c->head == c->tail)
			pthread_cond_wait(&c->ready, &c->lock);
		p = &c->slot[c->tail % PIPE_SLOTS];
		pthread_mutex_unlock(&c->lock);

		if (!in_tx) {
			if ((rc = store_begin(s, err)) != 0)
				goto out;
			in_tx = 1;
		}
		rc = store_prepared(c, p, err);
		kb_article_free(p->a);
		p->a = NULL;
		pthread_mutex_lock(&c->lock);
		c->tail++;
		pthread_cond_signal(&c->space);
		pthread_mutex_unlock(&c->lock);
		if (rc != 0)
			goto out;
		c->st.files++;
		if (c->in_batch >= c->batch) {
			if ((rc = store_commit(s, err)) != 0)
				goto out;
			in_tx = 0;
			c->in_batch = 0;
			c->kept = c->st;
		}
		if (c->opt->progress != NULL) {
			c->prog.files_done = i + 1;
			c->prog.added = c->st.added;
			c->prog.updated = c->st.updated;
			c->prog.unchanged = c->st.unchanged;
			c->prog.problems = c->st.problems;
			c->prog.duplicates = c->st.duplicates;
			c->prog.path = w.files[i].path;
			if (c->opt->progress(c->opt->progress_ctx, &c->prog) != 0) {
				rc = KB_ECANCEL;
				break;
			}
		}
	}
	/* Stopped on request: what was done is kept. */
	if (in_tx) {
		int crc = store_commit(s, err);
		in_tx = 0;
		if (crc != 0) {
			store_rollback(s);
			rc = crc;
			goto out;
		}
		c->kept = c->st;
	}
	if (rc == 0)
		c->kept = c->st;
	if (rc == KB_ECANCEL)
		kb_errorf(err, KB_ECANCEL,
			  "stopped after %zu of %zu files; what was indexed is kept (add again to go on)",
			  c->st.files, w.n);
out:
	if (in_tx)
		store_rollback(s);
	if (threaded) {
		pthread_mutex_lock(&c->lock);
		c->stop = 1;
		pthread_cond_broadcast(&c->space);
		pthread_mutex_unlock(&c->lock);
		pthread_join(reader, NULL);
		pthread_mutex_destroy(&c->lock);
		pthread_cond_destroy(&c->ready);
		pthread_cond_destroy(&c->space);
	}
	if (c->tuned)
		tune_for_add(c, 0);
	/* Count what committed: a batch rolled back is not in the store. */
	if (stats != NULL)
		*stats = c->kept;
	add_ctx_free(c);
	free(c);
	library_walk_free(&w);
	return rc;
}

/* ---- removing ---------------------------------------------------------- */

int library_remove(struct kb_store *s, const char *what, size_t *removed,
		   struct kb_error *err)
{
	sqlite3 *db = store_db(s);
	char alt[48], num[32], *abs = NULL, *prefix = NULL;
	sqlite3_int64 total = 0;
	size_t n = 0;
	const char *where;
	int rc;

	*removed = 0;
	if (what == NULL) {
		where = "1";
	} else if (what[0] == '/' || what[0] == '.') {
		size_t len;
		if ((rc = kb_absolute_path(what, &abs, err)) != 0)
			return rc;
		len = strlen(abs);
		while (len > 1 && abs[len - 1] == '/')
			abs[--len] = '\0';
		if ((prefix = malloc(len + 2)) == NULL) {
			free(abs);
			return kb_errorf(err, KB_ENOMEM, "out of memory");
		}
		snprintf(prefix, len + 2, "%s/", abs);
		/* The path itself, or anything under it (substr, not LIKE or
		 * GLOB: a path may hold % _ * [). */
		where = "(source_path = ?1 OR substr(source_path, 1, length(?2)) = ?2)";
	} else {
		if (!library_article_id_query(what, alt, sizeof alt)) {
			if (library_number_query(what, num, sizeof num))
				snprintf(alt, sizeof alt, "Q%s", num);
			else
				snprintf(alt, sizeof alt, "%s", what);
		}
		where = "(article = ?1 OR article = ?2)";
	}
	{
		char sql[512];
		const char *a1 = abs != NULL ? abs : what, *a2 = abs != NULL ? prefix : alt;
		sqlite3_stmt *st;

		if ((rc = store_begin(s, err)) != 0)
			goto out;
		snprintf(sql, sizeof sql, "SELECT count(*) FROM library_articles WHERE %s", where);
		if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
			goto dberr;
		if (what != NULL) {
			sqlite3_bind_text(st, 1, a1, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 2, a2, -1, SQLITE_STATIC);
		}
		if (sqlite3_step(st) == SQLITE_ROW)
			n = (size_t)sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		if (sql_query_int64(db, "SELECT count(*) FROM library_articles", &total) != SQLITE_OK)
			goto dberr;
		if (n * 2 >= (size_t)total) {
			/* Most of the library goes: dropping the index and
			 * indexing what stays is cheaper than forgetting each
			 * article's words. */
			snprintf(sql, sizeof sql, "DELETE FROM library_articles WHERE %s", where);
			if (sql_exec_bind(db, "INSERT INTO library_fts(library_fts) VALUES('delete-all')",
					  "") != 0 ||
			    sql_exec_bind(db, sql, "tt", what != NULL ? a1 : NULL,
					  what != NULL ? a2 : NULL) != 0 ||
			    (n < (size_t)total &&
			     sql_exec_bind(db, "INSERT INTO library_fts(library_fts) VALUES('rebuild')",
					   "") != 0))
				goto dberr;
		} else {
			snprintf(sql, sizeof sql,
				 "INSERT INTO library_fts(library_fts, rowid, ids, title, codes, keywords, body)"
				 " SELECT 'delete', id, ids, title, codes, keywords, body"
				 " FROM library_articles WHERE %s", where);
			if (sql_exec_bind(db, sql, "tt", a1, a2) != 0)
				goto dberr;
			snprintf(sql, sizeof sql, "DELETE FROM library_articles WHERE %s", where);
			if (sql_exec_bind(db, sql, "tt", a1, a2) != 0)
				goto dberr;
		}
		/* Forget the files too, so that a later add reads them again. */
		if (what == NULL)
			rc = sql_exec_bind(db, "DELETE FROM library_files", "");
		else if (abs != NULL)
			rc = sql_exec_bind(db, "DELETE FROM library_files WHERE path = ?1"
					   " OR substr(path, 1, length(?2)) = ?2", "tt", a1, a2);
		else
			rc = sql_exec_bind(db, "DELETE FROM library_files WHERE article = ?1 COLLATE NOCASE"
					   " OR article = ?2 COLLATE NOCASE", "tt", a1, a2);
		if (rc != 0)
			goto dberr;
		if ((rc = store_commit(s, err)) != 0) {
			store_rollback(s);
			goto out;
		}
	}
	*removed = n;
	rc = n > 0 || what == NULL ? 0
		: kb_errorf(err, KB_ENOTFOUND, "nothing in the library matches '%s'", what);
	goto out;
dberr:
	rc = store_dberr(s, err, "removing from the library");
	store_rollback(s);
out:
	free(abs);
	free(prefix);
	return rc;
}
