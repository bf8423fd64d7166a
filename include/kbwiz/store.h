/* store.h: the kbwiz store, one SQLite database file.
 *
 * It holds the rules (built from the YAML files in kb/, never edited by hand), their
 * full-text index, and the session history.  The schema is versioned with
 * PRAGMA user_version and upgraded forward in code; the file is marked
 * with an application id so that a database that is not ours is refused
 * and never modified. */
#ifndef KBWIZ_STORE_H
#define KBWIZ_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "kbwiz/error.h"
#include "kbwiz/rule.h"
#include "kbwiz/rule_load.h"

/* 'kbwz' in PRAGMA application_id. */
#define STORE_APPLICATION_ID 0x6B62777A
/* The schema version this build writes. */
#define STORE_SCHEMA_VERSION 5

struct kb_store;

/* The default store path: $KBWIZ_DB, else $XDG_DATA_HOME/kbwiz/kbwiz.db,
 * else ~/.local/share/kbwiz/kbwiz.db.  Written into buf. */
int store_default_path(char *buf, size_t size, struct kb_error *err);

enum store_open_flags {
	STORE_OPEN_CREATE = 1,   /* create the file (and its directory) */
};

/* Open (and create or upgrade) the store at path.  Refuses, without
 * writing a byte, a file that is not an SQLite database, an SQLite
 * database of another program, or one from a newer kbwiz.
 * *created is set when the file was made now (may be NULL). */
int store_open(const char *path, int flags, struct kb_store **out,
	       int *created, struct kb_error *err);
void store_close(struct kb_store *s);

const char *store_path(const struct kb_store *s);

/* Non-zero when the store could only be opened for reading (a read-only
 * file system, a file or directory we may not write).  Reading works;
 * every write fails with KB_EREFUSED and says the store is read-only. */
int store_read_only(const struct kb_store *s);

/* A writer that finds another process holding the store's write lock
 * waits, up to timeout_ms (5000 by default), then fails saying the store
 * is busy.  The wait callback (may be NULL) is called once per wait that
 * runs past half a second, so that the front end can say it is waiting. */
typedef void (*store_wait_fn)(void *ctx, const char *path, int timeout_ms);
void store_set_busy_timeout(struct kb_store *s, int timeout_ms);
void store_on_wait(struct kb_store *s, store_wait_fn fn, void *ctx);
int store_schema_version(struct kb_store *s);

/* Bring the schema up to version `target` only (tests of migrations).
 * store_open always goes to STORE_SCHEMA_VERSION. */
int store_open_at_version(const char *path, int target, struct kb_store **out,
			  struct kb_error *err);

struct store_load_stats {
	size_t added, updated, unchanged, removed;
};

/* Make the store's rules exactly the set: add new, replace changed
 * (content hash differs), drop rules no longer in the set.  One
 * transaction: on any error nothing changes.  kb_dir is remembered as
 * where the rules came from (may be NULL).  When nothing would change,
 * nothing is written and no lock is taken. */
int store_load_rules(struct kb_store *s, const struct rule_set *set,
		     const char *kb_dir, struct store_load_stats *stats,
		     struct kb_error *err);

size_t store_rule_count(struct kb_store *s);

/* The directory the rules were last loaded from ("" if never).  0, or
 * KB_EDB with the store's message in err (which may be NULL). */
int store_kb_dir(struct kb_store *s, char *buf, size_t size, struct kb_error *err);

/* A free-form note kept in the store's kb_meta table (e.g. the kb
 * directory's stamp, kb_stamp.h).  get: "" when absent, KB_EDB when the
 * store cannot be read (err may be NULL).  set: one write;
 * fails on a read-only or busy store, which callers may ignore. */
int store_meta_get(struct kb_store *s, const char *key, char *buf, size_t size,
		   struct kb_error *err);
int store_meta_set(struct kb_store *s, const char *key, const char *value,
		   struct kb_error *err);

struct rule_summary {
	char id[64];
	char title[256];
	char article[64];
	char content_hash[65];
	int n_symptoms, n_checks, n_evidence;
};

typedef int (*store_rule_fn)(void *ctx, const struct rule_summary *r);

/* Every rule, in id order. */
int store_list_rules(struct kb_store *s, store_rule_fn fn, void *ctx,
		     struct kb_error *err);

/* The whole rule, parsed again from the source text kept in the store.
 * KB_ENOTFOUND when there is no such rule (ids compare case-insensitively). */
int store_get_rule(struct kb_store *s, const char *id, struct rule **out,
		   struct kb_error *err);

/* Every rule (only_id NULL) or one, parsed, into set (caller frees with
 * rule_set_free).  KB_ENOTFOUND when only_id names no rule. */
int store_get_rules(struct kb_store *s, const char *only_id,
		    struct rule_set *set, struct kb_error *err);

struct search_hit {
	char id[64];
	char title[256];
	double score;          /* higher is better */
	char matched[256];     /* why it matched: a short snippet */
};

/* Search rules by event ID (7023), error code (1720 or 0x6B8), source
 * (Service Control Manager) or words (endpoint cannot be created).
 * Every word must match; when nothing matches all words, rules matching
 * some are returned, ranked lower.  Fills up to max hits, best first. */
int store_search(struct kb_store *s, const char *query, struct search_hit *hits,
		 size_t max, size_t *n_hits, struct kb_error *err);

#endif
