/* library.h: the article library: whole trees of Microsoft KB articles
 * (the public archive: 57,000 of them) kept in the store as reference
 * articles, apart from the rules, with a full-text index.  When no rule
 * covers a failure yet, the library can still point a technician to the
 * right article.
 *
 * Adding is resumable and never stops on a bad file: every file looked at
 * is remembered (size, mtime, SHA-256, or why it was refused), articles
 * are committed in batches, and a later add skips what is already in.
 * Text held by the library is untrusted: front ends sanitize it before it
 * reaches a terminal. */
#ifndef KBWIZ_LIBRARY_H
#define KBWIZ_LIBRARY_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"
#include "kbwiz/store.h"

/* Files larger than this are refused as "too large for an article" without
 * being read: the archive's largest article is under 200 KB. */
#define LIBRARY_MAX_FILE_BYTES (4u * 1024 * 1024)
/* Articles committed per transaction by default. */
#define LIBRARY_BATCH_ARTICLES 1000

/* Where an add is; passed to the progress callback after every file. */
struct library_progress {
	size_t files_total;      /* files found (known once the walk is done) */
	size_t files_done;       /* files dealt with so far */
	size_t added, updated, unchanged, problems, duplicates;
	const char *path;        /* the file just dealt with (borrowed) */
};

/* Return non-zero to stop the add (as the cancel flag does). */
typedef int (*library_progress_fn)(void *ctx, const struct library_progress *p);

/* Called for each file refused during this add, with the reason
 * ("binary data at byte 12", "too large for an article (...)"). */
typedef void (*library_problem_fn)(void *ctx, const char *path,
				   const char *reason);

struct library_add_options {
	library_progress_fn progress;  /* may be NULL */
	void *progress_ctx;
	library_problem_fn problem;    /* may be NULL */
	void *problem_ctx;
	/* Set (by a signal handler) to stop: the articles of the current
	 * batch are committed, and the add returns KB_ECANCEL. */
	const volatile sig_atomic_t *cancel;
	size_t batch_articles;         /* 0: LIBRARY_BATCH_ARTICLES */
	size_t max_file_bytes;         /* 0: LIBRARY_MAX_FILE_BYTES */
};

struct library_add_stats {
	size_t files;        /* regular files and refused entries looked at */
	size_t added;        /* new articles */
	size_t updated;      /* articles whose file changed */
	size_t unchanged;    /* skipped: already in, same content */
	size_t problems;     /* refused files (listed by library_list_problems) */
	size_t duplicates;   /* an article already in from another file */
};

/* Index the article files under each path (a directory, walked
 * recursively following symbolic links, with loops detected, or one
 * file).  A file that is not an article (binary, foreign, truncated,
 * unreadable, too large) is recorded as a problem and the add goes on.
 * Two files with the same article id: the one with the later date is
 * kept, the other recorded as a duplicate.  Returns 0, KB_ECANCEL when
 * stopped (what was committed stays), or an error when the store fails
 * or a named path does not exist; stats (may be NULL) are filled in
 * every case. */
int library_add_paths(struct kb_store *s, const char *const *paths,
		      size_t n_paths, const struct library_add_options *opt,
		      struct library_add_stats *stats, struct kb_error *err);

struct library_hit {
	char id[16];           /* "Q262832" */
	char title[256];
	char published[11];    /* "2002-06-11" or "" */
	char snippet[256];     /* the best passage of the text, on one line */
	double score;          /* higher is better */
};

/* Search the library by event ID (7023), error code (1720, 0x6B8), article
 * id (Q262832, 262832) or words (endpoint cannot be created).  Nothing
 * typed is read as FTS5 syntax.  Every word must match; when nothing
 * matches all of them, articles matching some are returned, ranked lower.
 * Fills up to max hits, best first; KB_EINVAL when the query has no
 * words. */
int library_search(struct kb_store *s, const char *query,
		   struct library_hit *hits, size_t max, size_t *n_hits,
		   struct kb_error *err);

/* One article as kept in the library; library_article_free() frees it. */
struct library_article {
	char id[16];
	char *title;
	char *published;       /* "2002-06-11" or "" */
	char *category;        /* "winnt" or "" */
	char *source_path;     /* the file it was read from */
	char *content_hash;    /* SHA-256 of that file */
	char *added_at;
	int complete;          /* 0: the closing keyword block is missing
				  (the article may be cut short) */
	char *text;            /* the whole article, UTF-8, '\n' line ends;
				  kb_article_parse() reads it again */
	size_t text_len;
};

/* KB_ENOTFOUND when no article has that id (Q262832, q262832, 262832
 * and KB262832 name the same). */
int library_get(struct kb_store *s, const char *id,
		struct library_article **out, struct kb_error *err);
void library_article_free(struct library_article *a);

struct library_stats {
	size_t articles;
	size_t incomplete;      /* articles without their closing block */
	size_t files;           /* files remembered */
	size_t problems;
	size_t duplicates;
	uint64_t source_bytes;  /* the size of the files the articles came from */
	char oldest[11], newest[11];   /* published dates, or "" */
	char last_added[32];    /* when the last article came in, or "" */
};

int library_stats(struct kb_store *s, struct library_stats *st,
		  struct kb_error *err);

struct library_entry {
	const char *id, *title, *published, *source_path;   /* borrowed */
};

typedef int (*library_entry_fn)(void *ctx, const struct library_entry *e);

/* Every article, in id order (Q1234 before Q12345).  fn returns non-zero
 * to stop. */
int library_list(struct kb_store *s, library_entry_fn fn, void *ctx,
		 struct kb_error *err);

struct library_problem {
	const char *path, *status, *reason;   /* status: problem or duplicate */
};

typedef int (*library_problem_entry_fn)(void *ctx,
					const struct library_problem *p);

/* Every file refused (and every duplicate), by path. */
int library_list_problems(struct kb_store *s, library_problem_entry_fn fn,
			  void *ctx, struct kb_error *err);

/* Remove articles: what names an article id removes that article; what
 * starting with '/' or '.' (a path) removes every article read from a file
 * at or under it, with the files' records, so that a later add reads them
 * again.  what NULL removes the whole library.  *removed counts
 * articles.  KB_ENOTFOUND when nothing matched. */
int library_remove(struct kb_store *s, const char *what, size_t *removed,
		   struct kb_error *err);

#endif
