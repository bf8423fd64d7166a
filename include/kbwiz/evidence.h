/* evidence.h: the files a diagnosis reads, named one by one or found on a
 * mounted Windows system volume.
 *
 * On the volume every name is matched case-insensitively, since NTFS
 * mounted on Linux keeps Windows' mixed case (WINNT, System32, config). */
#ifndef KBWIZ_EVIDENCE_H
#define KBWIZ_EVIDENCE_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"

enum evidence_kind {
	EVIDENCE_HIVE,    /* registry hive: SYSTEM, SOFTWARE */
	EVIDENCE_LOG,     /* cluster log or other text log */
	EVIDENCE_EVENTS,  /* .evt, .evtx, Event Viewer export */
};

const char *evidence_kind_name(enum evidence_kind k);   /* "hive", ... */

struct evidence_file {
	enum evidence_kind kind;
	char *path;
	char *found_as;     /* why it was picked ("System32/config/SYSTEM"),
			       NULL when named by the user */
};

struct evidence_set {
	struct evidence_file *files;
	size_t n;
	char *root;         /* the volume searched, or NULL */
};

/* Add one file named by the user; the path is copied. */
int evidence_add(struct evidence_set *set, enum evidence_kind kind,
		 const char *path, struct kb_error *err);

/* Look under root (a mounted Windows system volume, or a copy of one) for
 * the SYSTEM and SOFTWARE hives, the System and Application event logs
 * (.evt and .evtx) and cluster logs, and add what is there.  Fails when
 * root is not a directory or holds no Windows directory at all; finding
 * only some files is not an error (*n_found says how many). */
int evidence_find(struct evidence_set *set, const char *root, size_t *n_found,
		  struct kb_error *err);

void evidence_set_free(struct evidence_set *set);
/* How many files of the kind the set holds. */
size_t evidence_count(const struct evidence_set *set, enum evidence_kind kind);

/* Facts about a file for the record: size, modification time, SHA-256. */
struct evidence_facts {
	uint64_t size_bytes;
	int64_t mtime;          /* seconds since 1970 */
	char sha256[65];
};

int evidence_facts(const char *path, struct evidence_facts *out,
		   struct kb_error *err);

/* The regular file at rel ("Windows/System32/drivers/x.sys", '/'
 * separated) under root, every part matched ignoring case, as out; 0
 * when there is one, -1 when not. */
int evidence_path_ci(const char *root, const char *rel, char *out, size_t size);

/* The Windows directory of the volume at root (WINNT or Windows, any
 * case; root itself when it holds System32) as out; -1 when none. */
int evidence_windows_dir(const char *root, char *out, size_t size);

/* The regular file named name (any letter case) in the directory of
 * path, as a path in out: the SOFTWARE hive beside a SYSTEM hive, as
 * Windows keeps them.  0 when there is one. */
int evidence_find_beside(const char *path, const char *name, char *out, size_t size);

#endif
