/* library_walk.c: the library's walk (see library_internal.h): the paths
 * of an add into one flat list of files, each to read or refused with its
 * reason, before any file is read. */
#include "library_internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Directories deeper than this are not walked (a tree that deep is not
 * an article library). */
#define WALK_MAX_DEPTH 64

static int walk_push_file(struct walk *w, const char *path, const struct stat *st,
			  const char *reason)
{
	struct walk_file *f;

	if (w->n == w->cap) {
		size_t cap = w->cap ? w->cap * 2 : 1024;
		struct walk_file *grown = realloc(w->files, cap * sizeof *grown);
		if (grown == NULL)
			return w->oom = -1;
		w->files = grown;
		w->cap = cap;
	}
	f = &w->files[w->n];
	memset(f, 0, sizeof *f);
	if ((f->path = strdup(path)) == NULL ||
	    (reason != NULL && (f->reason = strdup(reason)) == NULL)) {
		free(f->path);
		return w->oom = -1;
	}
	if (st != NULL) {
		f->size = (long long)st->st_size;
		f->mtime_ns = (long long)st->st_mtim.tv_sec * 1000000000LL +
			      st->st_mtim.tv_nsec;
	}
	w->n++;
	return 0;
}

static int dir_id_in(const struct dir_id *ids, size_t n, const struct stat *st)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (ids[i].dev == st->st_dev && ids[i].ino == st->st_ino)
			return 1;
	return 0;
}

static int dir_id_add(struct dir_id **ids, size_t *n, size_t *cap,
		      const struct stat *st)
{
	if (*n == *cap) {
		size_t c = *cap ? *cap * 2 : 64;
		struct dir_id *grown = realloc(*ids, c * sizeof *grown);
		if (grown == NULL)
			return -1;
		*ids = grown;
		*cap = c;
	}
	(*ids)[*n].dev = st->st_dev;
	(*ids)[*n].ino = st->st_ino;
	(*n)++;
	return 0;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

const char *library_file_kind(mode_t m)
{
	if (S_ISFIFO(m)) return "a named pipe (FIFO)";
	if (S_ISSOCK(m)) return "a socket";
	if (S_ISCHR(m)) return "a character device";
	if (S_ISBLK(m)) return "a block device";
	return "not a regular file";
}

static void walk_dir(struct walk *w, const char *path, const struct stat *st)
{
	char reason[512];
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	struct dirent *de;
	DIR *d;

	if (dir_id_in(w->stack, w->depth, st)) {
		walk_push_file(w, path, NULL,
			       "symbolic link loop: leads back to a directory above it");
		return;
	}
	/* Reached again through another link: walked once is enough. */
	if (dir_id_in(w->seen, w->n_seen, st))
		return;
	if (w->depth >= WALK_MAX_DEPTH) {
		walk_push_file(w, path, NULL, "directory nested too deep: not walked");
		return;
	}
	if ((d = opendir(path)) == NULL) {
		snprintf(reason, sizeof reason, "cannot read the directory: %s",
			 strerror(errno));
		walk_push_file(w, path, NULL, reason);
		return;
	}
	/* The names are read and the directory closed before going down, so
	 * that a deep tree does not hold a descriptor per level. */
	while ((de = readdir(d)) != NULL) {
		char *name;
		/* Dot files (editor backups, .git) are not articles. */
		if (de->d_name[0] == '.')
			continue;
		if (n == cap) {
			size_t c = cap ? cap * 2 : 256;
			char **grown = realloc(names, c * sizeof *grown);
			if (grown == NULL)
				goto oom;
			names = grown;
			cap = c;
		}
		if ((name = strdup(de->d_name)) == NULL)
			goto oom;
		names[n++] = name;
	}
	closedir(d);
	d = NULL;
	if (names != NULL)
		qsort(names, n, sizeof *names, cmp_names);
	if (dir_id_add(&w->stack, &w->depth, &w->stack_cap, st) != 0 ||
	    dir_id_add(&w->seen, &w->n_seen, &w->seen_cap, st) != 0)
		goto oom;
	for (i = 0; i < n && !w->oom; i++) {
		size_t len = strlen(path) + strlen(names[i]) + 2;
		char *child = malloc(len);
		if (child == NULL)
			goto oom;
		snprintf(child, len, "%s%s%s", path,
			 path[strlen(path) - 1] == '/' ? "" : "/", names[i]);
		library_walk_path(w, child);
		free(child);
	}
	w->depth--;
	goto out;
oom:
	w->oom = -1;
out:
	if (d != NULL)
		closedir(d);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

void library_walk_path(struct walk *w, const char *path)
{
	char reason[512];
	struct stat st, lst;

	if (stat(path, &st) != 0) {
		int e = errno;
		if (e == ELOOP)
			snprintf(reason, sizeof reason, "symbolic link loop");
		else if (e == ENOENT && lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
			snprintf(reason, sizeof reason,
				 "unreadable: a dangling symbolic link");
		else
			snprintf(reason, sizeof reason, "unreadable: %s", strerror(e));
		walk_push_file(w, path, NULL, reason);
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		walk_dir(w, path, &st);
		return;
	}
	if (!S_ISREG(st.st_mode)) {
		snprintf(reason, sizeof reason, "%s, not an article file",
			 library_file_kind(st.st_mode));
		walk_push_file(w, path, NULL, reason);
		return;
	}
	walk_push_file(w, path, &st, NULL);
}

void library_walk_free(struct walk *w)
{
	size_t i;

	for (i = 0; i < w->n; i++) {
		free(w->files[i].path);
		free(w->files[i].reason);
	}
	free(w->files);
	free(w->stack);
	free(w->seen);
}
