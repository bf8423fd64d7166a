/* store_internal.h: what core modules that keep data in the store (the
 * session engine, the library) share with store.c.  Not for the TUI. */
#ifndef KBWIZ_STORE_INTERNAL_H
#define KBWIZ_STORE_INTERNAL_H

#include <sqlite3.h>

#include "kbwiz/error.h"
#include "kbwiz/store.h"

sqlite3 *store_db(struct kb_store *s);

/* Fill err from the connection's last error, with context. */
int store_dberr(struct kb_store *s, struct kb_error *err, const char *what);

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK.  They nest: inside a transaction a
 * begin is a SAVEPOINT that commit releases and rollback undoes alone, so
 * a caller can make one transaction of several engine calls that each
 * make their own (kbwiz triage --record: one per machine). */
int store_begin(struct kb_store *s, struct kb_error *err);
int store_commit(struct kb_store *s, struct kb_error *err);
void store_rollback(struct kb_store *s);

#endif
