/* repair_record.c: the repairs kbwiz recorded for the hives under
 * examination (repair_record.h).  A hive counts as repaired by kbwiz only
 * while its content is the one written then: its SHA-256 must equal the
 * hash recorded after the repair, so a hive changed since (by Windows or
 * another tool) is not taken for repaired. */
#include "kbwiz/repair_record.h"

#include <stdio.h>
#include <string.h>

#include "kbwiz/fix.h"
#include "kbwiz/hash.h"
#include "store_internal.h"

/* fix.c notes the rename as "... (SHA-256 <hash>); backup ..." under the
 * session's chosen rule. */
static int from_store(struct diagnosis *d, struct kb_store *store, const char *path,
		      const char *sha, struct kb_error *err)
{
	static const char sql[] =
		"SELECT l.session_id, l.at, s.chosen_rule FROM session_log l"
		" JOIN sessions s ON s.id = l.session_id"
		" WHERE l.kind = 'fix-rename' AND instr(l.text, ?1) > 0 AND s.chosen_rule <> ''"
		" ORDER BY l.id";
	sqlite3_stmt *st = NULL;
	char needle[KB_SHA256_HEX_SIZE + 16];
	int rc = 0, step;

	snprintf(needle, sizeof needle, "SHA-256 %s)", sha);
	if (sqlite3_prepare_v2(store_db(store), sql, -1, &st, NULL) != SQLITE_OK)
		return store_dberr(store, err, "reading the repairs recorded");
	sqlite3_bind_text(st, 1, needle, -1, SQLITE_STATIC);
	while (rc == 0 && (step = sqlite3_step(st)) == SQLITE_ROW)
		rc = diagnosis_add_repair(d, (const char *)sqlite3_column_text(st, 2), path,
					  sqlite3_column_int64(st, 0),
					  (const char *)sqlite3_column_text(st, 1), err);
	if (rc == 0 && step != SQLITE_DONE)
		rc = store_dberr(store, err, "reading the repairs recorded");
	sqlite3_finalize(st);
	return rc;
}

/* Any repair recorded in the store at all?  Hashing a large SOFTWARE
 * hive costs a read of the whole file: skip it when nothing could match. */
static int store_has_repairs(struct kb_store *store)
{
	sqlite3_stmt *st = NULL;
	int found = 0;

	if (store == NULL)
		return 0;
	if (sqlite3_prepare_v2(store_db(store), "SELECT 1 FROM session_log WHERE kind = 'fix-rename' LIMIT 1",
			       -1, &st, NULL) != SQLITE_OK)
		return 1;   /* cannot tell: look */
	found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return found;
}

int diagnosis_find_repairs(struct diagnosis *d, const struct evidence_set *ev,
			   struct kb_store *store, struct kb_error *err)
{
	size_t i, before;
	int rc, in_store;

	diagnosis_clear_repairs(d);
	in_store = store_has_repairs(store);
	for (i = 0; i < ev->n; i++) {
		struct fix_undo_record rec;
		struct kb_error e = { "" };
		char sha[KB_SHA256_HEX_SIZE];
		const char *path = ev->files[i].path;
		int beside;

		if (ev->files[i].kind != EVIDENCE_HIVE)
			continue;
		/* The record beside the hive covers fixes made without a
		 * session, which the store does not see. */
		beside = fix_undo_record_read(path, &rec, &e) == 0;
		if ((!beside && !in_store) || kb_sha256_file(path, sha, &e) != 0)
			continue;
		before = d->n_repairs;
		if (in_store && (rc = from_store(d, store, path, sha, err)) != 0)
			return rc;
		if (d->n_repairs == before && beside && strcmp(rec.written_sha256, sha) == 0 &&
		    (rc = diagnosis_add_repair(d, rec.rule_id, path, rec.session_id, rec.at, err)) != 0)
			return rc;
	}
	return 0;
}
