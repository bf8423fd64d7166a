/* library_query.c: the article library's reading side (see library.h
 * and library_internal.h): search, one article, figures and lists. */
#include "kbwiz/library.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/article.h"
#include "kbwiz/fts_query.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"
#include "library_internal.h"
#include "sql_util.h"
#include "store_internal.h"

/* ---- search ------------------------------------------------------------ */

/* One word of digits only ("7023"), or NULL. */
int library_number_query(const char *q, char *digits, size_t size)
{
	size_t n = 0;

	while (*q == ' ')
		q++;
	while (isdigit((unsigned char)*q) && n + 1 < size)
		digits[n++] = *q++;
	digits[n] = '\0';
	while (*q == ' ')
		q++;
	return n > 0 && *q == '\0';
}

/* "Q262832", "KB262832", "kb 262832": the article id asked for, as the
 * library writes it, or 0. */
int library_article_id_query(const char *q, char *id, size_t size)
{
	const char *d;
	size_t n = 0;

	while (*q == ' ')
		q++;
	if (strncasecmp(q, "KB", 2) == 0)
		d = q + 2;
	else if (*q == 'Q' || *q == 'q')
		d = q + 1;
	else
		return 0;
	while (*d == ' ' || *d == ':')
		d++;
	if (!isdigit((unsigned char)*d))
		return 0;
	id[n++] = 'Q';
	while (isdigit((unsigned char)*d) && n + 1 < size)
		id[n++] = *d++;
	id[n] = '\0';
	while (*d == ' ')
		d++;
	return *d == '\0';
}

static int have_hit(const struct library_hit *hits, size_t n, const char *id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcasecmp(hits[i].id, id) == 0)
			return 1;
	return 0;
}

/* The snippet on one line: no match markers, white space runs as one. */
static void flatten_snippet(char *dst, size_t size, const char *src)
{
	size_t o = 0;
	int space = 0;

	if (src == NULL)
		src = "";
	for (; *src != '\0' && o + 1 < size; src++) {
		unsigned char ch = (unsigned char)*src;
		if (ch == 1 || ch == 2)
			continue;
		if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
			space = o > 0;
			continue;
		}
		if (space && o + 2 < size)
			dst[o++] = ' ';
		space = 0;
		dst[o++] = (char)ch;
	}
	/* Never end inside a UTF-8 sequence cut by the buffer. */
	while (o > 0 && ((unsigned char)dst[o - 1] & 0xC0) == 0x80) {
		size_t k = o - 1;
		while (k > 0 && ((unsigned char)dst[k] & 0xC0) == 0x80)
			k--;
		{
			unsigned char lead = (unsigned char)dst[k];
			size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
			if (o - k == need)
				break;
			o = k;
		}
	}
	dst[o] = '\0';
}

static int run_match(struct kb_store *s, const char *fts, double bonus,
		     struct library_hit *hits, size_t max, size_t *n,
		     struct kb_error *err)
{
	sqlite3_stmt *st;
	int rc;

	if (*n >= max)
		return 0;
	/* ORDER BY rank lets FTS5 sort by the configured bm25 weights
	 * itself, and snippet() runs only for the rows returned. */
	rc = sqlite3_prepare_v2(store_db(s),
		"SELECT a.article, a.title, a.published, -f.rank,"
		" snippet(library_fts, 4, char(1), char(2), '...', 16)"
		" FROM library_fts f JOIN library_articles a ON a.id = f.rowid"
		" WHERE library_fts MATCH ?1 ORDER BY f.rank LIMIT ?2", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return store_dberr(s, err, "searching the library");
	sqlite3_bind_text(st, 1, fts, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)(max + *n));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && *n < max) {
		struct library_hit *h = &hits[*n];
		const char *id = (const char *)sqlite3_column_text(st, 0);
		if (id == NULL || have_hit(hits, *n, id))
			continue;
		sql_copy_text(h->id, sizeof h->id, st, 0);
		sql_copy_text(h->title, sizeof h->title, st, 1);
		sql_copy_text(h->published, sizeof h->published, st, 2);
		h->score = sqlite3_column_double(st, 3) + bonus;
		flatten_snippet(h->snippet, sizeof h->snippet,
				(const char *)sqlite3_column_text(st, 4));
		(*n)++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_dberr(s, err, "searching the library");
	return 0;
}

int library_search(struct kb_store *s, const char *query,
		   struct library_hit *hits, size_t max, size_t *n_hits,
		   struct kb_error *err)
{
	char fts[2048], id[32], num[32];
	size_t n = 0;
	int rc;

	*n_hits = 0;
	if (kb_fts_query(query, " AND ", fts, sizeof fts) == 0)
		return kb_errorf(err, KB_EINVAL, "nothing to search for in '%s'", query);
	if (max == 0)
		return 0;
	/* An article id asked for by name comes first. */
	if (library_article_id_query(query, id, sizeof id) ||
	    (library_number_query(query, num, sizeof num) && strlen(num) >= 5 &&
	     snprintf(id, sizeof id, "Q%s", num) > 0)) {
		struct library_article *a = NULL;
		struct kb_error e2;
		if (library_get(s, id, &a, &e2) == 0) {
			snprintf(hits[0].id, sizeof hits[0].id, "%s", a->id);
			snprintf(hits[0].title, sizeof hits[0].title, "%s", a->title);
			snprintf(hits[0].published, sizeof hits[0].published, "%s", a->published);
			flatten_snippet(hits[0].snippet, sizeof hits[0].snippet, "");
			hits[0].score = 2000.0;
			n = 1;
			library_article_free(a);
		}
	}
	/* An event ID typed alone: articles quoting "Event ID: 7023" before
	 * those where the number is just a number. */
	if (library_number_query(query, num, sizeof num)) {
		char phrase[96];
		snprintf(phrase, sizeof phrase, "\"id %s\" OR \"event %s\"", num, num);
		if ((rc = run_match(s, phrase, 1000.0, hits, max, &n, err)) != 0)
			return rc;
	}
	if ((rc = run_match(s, fts, 0.0, hits, max, &n, err)) != 0)
		return rc;
	/* Nothing has every word: articles with some, ranked below. */
	if (n == 0) {
		kb_fts_query(query, " OR ", fts, sizeof fts);
		if ((rc = run_match(s, fts, -1000.0, hits, max, &n, err)) != 0)
			return rc;
	}
	*n_hits = n;
	return 0;
}

/* ---- reading ----------------------------------------------------------- */

void library_article_free(struct library_article *a)
{
	if (a == NULL)
		return;
	free(a->title);
	free(a->published);
	free(a->category);
	free(a->source_path);
	free(a->content_hash);
	free(a->added_at);
	free(a->text);
	free(a);
}

int library_get(struct kb_store *s, const char *id,
		struct library_article **out, struct kb_error *err)
{
	struct library_article *a = NULL;
	char alt[48], num[32];
	sqlite3_stmt *st;
	int rc;

	*out = NULL;
	/* 262832 and KB262832 name Q262832. */
	if (!library_article_id_query(id, alt, sizeof alt)) {
		if (library_number_query(id, num, sizeof num))
			snprintf(alt, sizeof alt, "Q%s", num);
		else
			snprintf(alt, sizeof alt, "%s", id);
	}
	rc = sqlite3_prepare_v2(store_db(s),
		"SELECT article, title, published, category, source_path, content_hash,"
		" added_at, complete, head, body FROM library_articles"
		" WHERE article = ?1 OR article = ?2 LIMIT 1", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return store_dberr(s, err, "reading the library");
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, alt, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_DONE) {
		rc = kb_errorf(err, KB_ENOTFOUND, "no article '%s' in the library", id);
		goto out;
	}
	if (rc != SQLITE_ROW) {
		rc = store_dberr(s, err, "reading the library");
		goto out;
	}
	if ((a = calloc(1, sizeof *a)) == NULL)
		goto oom;
	sql_copy_text(a->id, sizeof a->id, st, 0);
	a->complete = sqlite3_column_int(st, 7);
	if ((a->title = sql_dup_text(st, 1)) == NULL || (a->published = sql_dup_text(st, 2)) == NULL ||
	    (a->category = sql_dup_text(st, 3)) == NULL || (a->source_path = sql_dup_text(st, 4)) == NULL ||
	    (a->content_hash = sql_dup_text(st, 5)) == NULL || (a->added_at = sql_dup_text(st, 6)) == NULL)
		goto oom;
	{
		/* The text as read: the header, a line end, the rest. */
		const char *head = (const char *)sqlite3_column_text(st, 8);
		size_t hl = (size_t)sqlite3_column_bytes(st, 8);
		const char *body = (const char *)sqlite3_column_text(st, 9);
		size_t bl = (size_t)sqlite3_column_bytes(st, 9);
		if ((a->text = malloc(hl + bl + 2)) == NULL)
			goto oom;
		if (hl > 0)
			memcpy(a->text, head, hl);
		a->text_len = hl;
		if (hl > 0 && bl > 0)
			a->text[a->text_len++] = '\n';
		if (bl > 0)
			memcpy(a->text + a->text_len, body, bl);
		a->text_len += bl;
		a->text[a->text_len] = '\0';
	}
	*out = a;
	a = NULL;
	rc = 0;
	goto out;
oom:
	rc = kb_errorf(err, KB_ENOMEM, "out of memory");
out:
	library_article_free(a);
	sqlite3_finalize(st);
	return rc;
}

int library_stats(struct kb_store *s, struct library_stats *out,
		  struct kb_error *err)
{
	sqlite3 *db = store_db(s);
	sqlite3_stmt *st;
	sqlite3_int64 bytes = 0;
	struct {
		const char *sql;
		size_t *out;
	} figures[] = {
		{ "SELECT count(*) FROM library_articles", &out->articles },
		{ "SELECT count(*) FROM library_articles WHERE complete = 0", &out->incomplete },
		{ "SELECT count(*) FROM library_files", &out->files },
		{ "SELECT count(*) FROM library_files WHERE status = 'problem'", &out->problems },
		{ "SELECT count(*) FROM library_files WHERE status = 'duplicate'", &out->duplicates },
	};
	size_t i;

	memset(out, 0, sizeof *out);
	for (i = 0; i < sizeof figures / sizeof figures[0]; i++) {
		sqlite3_int64 n = 0;
		if (sql_query_int64(db, figures[i].sql, &n) != SQLITE_OK)
			return store_dberr(s, err, "reading the library's figures");
		*figures[i].out = (size_t)n;
	}
	if (sql_query_int64(db, "SELECT coalesce(sum(size), 0) FROM library_files"
			    " WHERE status = 'indexed'", &bytes) != SQLITE_OK)
		return store_dberr(s, err, "reading the library's figures");
	out->source_bytes = (uint64_t)bytes;
	if (sqlite3_prepare_v2(db,
		"SELECT (SELECT min(published) FROM library_articles WHERE published <> ''),"
		" (SELECT max(published) FROM library_articles),"
		" (SELECT max(added_at) FROM library_articles)", -1, &st, NULL) != SQLITE_OK)
		return store_dberr(s, err, "reading the library's figures");
	if (sqlite3_step(st) == SQLITE_ROW) {
		sql_copy_text(out->oldest, sizeof out->oldest, st, 0);
		sql_copy_text(out->newest, sizeof out->newest, st, 1);
		sql_copy_text(out->last_added, sizeof out->last_added, st, 2);
	}
	sqlite3_finalize(st);
	return 0;
}

int library_list(struct kb_store *s, library_entry_fn fn, void *ctx,
		 struct kb_error *err)
{
	struct library_entry e;
	sqlite3_stmt *st;
	int rc;

	/* Q1234 before Q12345: by length, then by text. */
	rc = sqlite3_prepare_v2(store_db(s),
		"SELECT article, title, published, source_path FROM library_articles"
		" ORDER BY length(article), article", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return store_dberr(s, err, "listing the library");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		e.id = (const char *)sqlite3_column_text(st, 0);
		e.title = (const char *)sqlite3_column_text(st, 1);
		e.published = (const char *)sqlite3_column_text(st, 2);
		e.source_path = (const char *)sqlite3_column_text(st, 3);
		if (fn(ctx, &e) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_dberr(s, err, "listing the library");
	return 0;
}

int library_list_problems(struct kb_store *s, library_problem_entry_fn fn,
			  void *ctx, struct kb_error *err)
{
	struct library_problem p;
	sqlite3_stmt *st;
	int rc;

	rc = sqlite3_prepare_v2(store_db(s),
		"SELECT path, status, reason FROM library_files WHERE status <> 'indexed'"
		" ORDER BY status DESC, path", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return store_dberr(s, err, "listing the library's problems");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		p.path = (const char *)sqlite3_column_text(st, 0);
		p.status = (const char *)sqlite3_column_text(st, 1);
		p.reason = (const char *)sqlite3_column_text(st, 2);
		if (fn(ctx, &p) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_dberr(s, err, "listing the library's problems");
	return 0;
}
