/* evidence.c: collecting evidence files, and finding them on a mounted
 * Windows system volume. */
#include "kbwiz/evidence.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "kbwiz/hash.h"

const char *evidence_kind_name(enum evidence_kind k)
{
	switch (k) {
	case EVIDENCE_HIVE: return "hive";
	case EVIDENCE_LOG: return "log";
	case EVIDENCE_EVENTS: return "events";
	}
	return "?";
}

static int add_file(struct evidence_set *set, enum evidence_kind kind,
		    const char *path, const char *found_as, struct kb_error *err)
{
	struct evidence_file *grown;
	size_t i;

	/* The same file twice would be counted twice. */
	for (i = 0; i < set->n; i++)
		if (strcmp(set->files[i].path, path) == 0)
			return 0;
	grown = realloc(set->files, (set->n + 1) * sizeof *grown);
	if (grown == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	set->files = grown;
	grown[set->n].kind = kind;
	grown[set->n].path = strdup(path);
	grown[set->n].found_as = found_as != NULL ? strdup(found_as) : NULL;
	if (grown[set->n].path == NULL || (found_as != NULL && grown[set->n].found_as == NULL)) {
		free(grown[set->n].path);
		free(grown[set->n].found_as);
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	}
	set->n++;
	return 0;
}

int evidence_add(struct evidence_set *set, enum evidence_kind kind,
		 const char *path, struct kb_error *err)
{
	struct stat st;

	/* A directory, a device (/dev/zero) or a FIFO would be read forever
	 * or not at all; a missing file is let through so the reader can
	 * report it with the rest of the evidence. */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		return kb_errorf(err, KB_EFORMAT, "%s: not a regular file (%s)", path,
				 S_ISDIR(st.st_mode) ? "a directory: for a mounted Windows volume use --root" :
				 S_ISFIFO(st.st_mode) ? "a pipe" : "a device or special file");
	return add_file(set, kind, path, NULL, err);
}

void evidence_set_free(struct evidence_set *set)
{
	size_t i;

	for (i = 0; i < set->n; i++) {
		free(set->files[i].path);
		free(set->files[i].found_as);
	}
	free(set->files);
	free(set->root);
	memset(set, 0, sizeof *set);
}

/* The entry of dir whose name equals name ignoring case, as out (a path);
 * 0 when found. */
static int ci_lookup(const char *dir, const char *name, char *out, size_t size)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int rc = -1;

	if (d == NULL)
		return -1;
	while ((de = readdir(d)) != NULL) {
		if (strcasecmp(de->d_name, name) == 0) {
			if (snprintf(out, size, "%s/%s", dir, de->d_name) < (int)size)
				rc = 0;
			break;
		}
	}
	closedir(d);
	return rc;
}

/* Follow a relative path ("System32/config/SYSTEM") case-insensitively. */
static int ci_resolve(const char *base, const char *rel, char *out, size_t size)
{
	char cur[4096], next[4096], part[256];
	const char *p = rel;

	snprintf(cur, sizeof cur, "%s", base);
	while (*p != '\0') {
		size_t n = strcspn(p, "/");
		if (n == 0 || n >= sizeof part)
			return -1;
		memcpy(part, p, n);
		part[n] = '\0';
		if (ci_lookup(cur, part, next, sizeof next) != 0)
			return -1;
		memcpy(cur, next, sizeof cur);
		p += n;
		if (*p == '/')
			p++;
	}
	if (snprintf(out, size, "%s", cur) >= (int)size)
		return -1;
	return 0;
}

static int is_regular(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int is_directory(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int has_suffix_ci(const char *name, const char *suffix)
{
	size_t n = strlen(name), m = strlen(suffix);

	return n >= m && strcasecmp(name + n - m, suffix) == 0;
}

/* The Windows directory under root: WINNT (NT 4.0, 2000) or Windows (XP
 * and later); root itself when it already is one (holds System32). */
static int find_windir(const char *root, char *out, size_t size)
{
	char probe[4096];

	if (ci_lookup(root, "System32", probe, sizeof probe) == 0 && is_directory(probe)) {
		snprintf(out, size, "%s", root);
		return 0;
	}
	if (ci_lookup(root, "WINNT", out, size) == 0 && is_directory(out))
		return 0;
	if (ci_lookup(root, "Windows", out, size) == 0 && is_directory(out))
		return 0;
	return -1;
}

static int add_if_there(struct evidence_set *set, enum evidence_kind kind,
			const char *windir, const char *rel, size_t *found,
			struct kb_error *err)
{
	char path[4096];
	int rc;

	if (ci_resolve(windir, rel, path, sizeof path) != 0 || !is_regular(path))
		return 0;
	rc = add_file(set, kind, path, rel, err);
	if (rc == 0)
		(*found)++;
	return rc;
}

/* Cluster logs: %SystemRoot%\Cluster\cluster.log (NT 4.0 to 2003) and the
 * logs Get-ClusterLog writes to Cluster\Reports (2008 and later). */
static int add_cluster_logs(struct evidence_set *set, const char *windir,
			    const char *rel, size_t *found, struct kb_error *err)
{
	char dir[4096], path[4096 + 256], label[512];
	struct dirent *de;
	DIR *d;
	int rc = 0;

	if (ci_resolve(windir, rel, dir, sizeof dir) != 0 || (d = opendir(dir)) == NULL)
		return 0;
	while (rc == 0 && (de = readdir(d)) != NULL) {
		if (!has_suffix_ci(de->d_name, ".log"))
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
		if (!is_regular(path))
			continue;
		snprintf(label, sizeof label, "%s/%s", rel, de->d_name);
		rc = add_file(set, EVIDENCE_LOG, path, label, err);
		if (rc == 0)
			(*found)++;
	}
	closedir(d);
	return rc;
}

int evidence_find(struct evidence_set *set, const char *root, size_t *n_found,
		  struct kb_error *err)
{
	static const struct {
		enum evidence_kind kind;
		const char *rel;
	} known[] = {
		{ EVIDENCE_HIVE, "System32/config/SYSTEM" },
		{ EVIDENCE_HIVE, "System32/config/SOFTWARE" },
		{ EVIDENCE_EVENTS, "System32/config/SysEvent.Evt" },
		{ EVIDENCE_EVENTS, "System32/config/AppEvent.Evt" },
		{ EVIDENCE_EVENTS, "System32/winevt/Logs/System.evtx" },
		{ EVIDENCE_EVENTS, "System32/winevt/Logs/Application.evtx" },
	};
	char windir[4096];
	size_t i, found = 0;
	int rc;

	*n_found = 0;
	if (!is_directory(root)) {
		struct stat st;
		/* Missing: not readable (5), as a missing evidence file is.
		 * A file: the wrong input for --root (3), and the options
		 * that take a file are named. */
		if (stat(root, &st) != 0)
			return kb_errorf(err, KB_EIO, "%s: %s (expected a mounted Windows system volume)",
					 root, errno == ENOENT ? "no such directory" : strerror(errno));
		return kb_errorf(err, KB_EFORMAT,
				 "%s: not a directory (expected a mounted Windows system volume; give a single file with --hive, --log or --events)",
				 root);
	}
	if (find_windir(root, windir, sizeof windir) != 0)
		return kb_errorf(err, KB_ENOTFOUND,
				 "%s: no Windows directory here (looked for WINNT, Windows or System32, in any case)",
				 root);
	free(set->root);
	set->root = strdup(root);
	if (set->root == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	for (i = 0; i < sizeof known / sizeof known[0]; i++)
		if ((rc = add_if_there(set, known[i].kind, windir, known[i].rel, &found, err)) != 0)
			return rc;
	if ((rc = add_cluster_logs(set, windir, "Cluster", &found, err)) != 0 ||
	    (rc = add_cluster_logs(set, windir, "Cluster/Reports", &found, err)) != 0)
		return rc;
	*n_found = found;
	return 0;
}

int evidence_facts(const char *path, struct evidence_facts *out,
		   struct kb_error *err)
{
	struct stat st;

	if (stat(path, &st) != 0)
		return kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
	out->size_bytes = (uint64_t)st.st_size;
	out->mtime = (int64_t)st.st_mtime;
	return kb_sha256_file(path, out->sha256, err);
}

int evidence_path_ci(const char *root, const char *rel, char *out, size_t size)
{
	return ci_resolve(root, rel, out, size) == 0 && is_regular(out) ? 0 : -1;
}

int evidence_windows_dir(const char *root, char *out, size_t size)
{
	return find_windir(root, out, size);
}

int evidence_find_beside(const char *path, const char *name, char *out, size_t size)
{
	char dir[4096];
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		snprintf(dir, sizeof dir, ".");
	else if ((size_t)(slash - path) < sizeof dir)
		snprintf(dir, sizeof dir, "%.*s", slash == path ? 1 : (int)(slash - path), path);
	else
		return -1;
	return evidence_path_ci(dir, name, out, size);
}

size_t evidence_count(const struct evidence_set *set, enum evidence_kind kind)
{
	size_t i, n = 0;

	for (i = 0; i < set->n; i++)
		n += set->files[i].kind == kind;
	return n;
}
