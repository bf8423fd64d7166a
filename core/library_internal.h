/* library_internal.h: how the article library's parts fit together.
 * Internal to core: the contract for callers is kbwiz/library.h.
 *
 * An add runs in two stages over one list, as ncdu's scanner feeds its
 * output:
 *
 *   library_walk.c   the walk.  Every path given to an add, directories
 *                    followed depth first in name order, becomes one flat
 *                    list of struct walk_file: a regular file to read, or
 *                    a file refused with its reason (a FIFO, a device, a
 *                    symbolic-link loop, a directory seen before).  The
 *                    walk reads no file and touches no store, so that
 *                    progress knows the total before the first file is
 *                    read.
 *   library_index.c  the index.  library_add_paths hands the walked files
 *                    to a reader thread (read, hash, parse, build the
 *                    index columns) and writes what it prepares into the
 *                    store, a batch of files a transaction;
 *                    library_remove takes articles and their words out.
 *   library_query.c  the reading side: search, one article, figures and
 *                    lists.  It reads only what the index committed.
 *
 * Paths in the walk are absolute (kb_absolute_path): the same file is the
 * same record whatever directory kbwiz runs in. */
#ifndef KBWIZ_LIBRARY_INTERNAL_H
#define KBWIZ_LIBRARY_INTERNAL_H

#include <stddef.h>
#include <sys/types.h>

/* ---- the walk ---------------------------------------------------------- */

struct walk_file {
	char *path;
	char *reason;          /* non-NULL: refused by the walk */
	long long size;
	long long mtime_ns;
};

struct dir_id {
	dev_t dev;
	ino_t ino;
};

struct walk {
	struct walk_file *files;
	size_t n, cap;
	struct dir_id *stack;  /* the directories being walked: a loop */
	size_t depth, stack_cap;
	struct dir_id *seen;   /* every directory walked: no second visit */
	size_t n_seen, seen_cap;
	int oom;
};

/* Add path to w: a file as it is, a directory with everything below it.
 * Never fails: what cannot be walked is listed with its reason, and w->oom
 * is set when memory runs out (the list is then incomplete). */
void library_walk_path(struct walk *w, const char *path);

/* What a file that is not a regular file is, for a reason shown to the
 * user ("a FIFO", "a block device", ...). */
const char *library_file_kind(mode_t m);

/* Free what the walk holds (w itself is the caller's). */
void library_walk_free(struct walk *w);

/* ---- what the index and the queries share --------------------------------- */

/* One word of digits only ("7023") in digits, or 0. */
int library_number_query(const char *q, char *digits, size_t size);

/* "Q262832", "KB262832", "kb 262832": the article id asked for in id, as
 * the library writes it, or 0. */
int library_article_id_query(const char *q, char *id, size_t size);

#endif
