/* sql_util.h: the SQLite idioms that the modules keeping data in the
 * store (store.c, session.c, library*.c) share.  Internal to core.
 *
 * Convention: every function here returns an SQLite result code
 * (SQLITE_OK on success), never a KB_E* code.  A caller may run several
 * and turn the first failure into one message with store_dberr()
 * (store_internal.h), which returns KB_EDB with SQLite's own message, or
 * the store's words for a busy, read-only or full store.  The connection
 * keeps that message (sqlite3_errmsg) until its next call, so the caller
 * maps the failure before it runs another statement. */
#ifndef KBWIZ_SQL_UTIL_H
#define KBWIZ_SQL_UTIL_H

#include <stddef.h>

#include <sqlite3.h>

/* Bind text to parameter i (1-based); NULL binds SQL NULL.  The text is
 * not copied (SQLITE_STATIC): it must live until the statement is reset. */
int sql_bind_text(sqlite3_stmt *st, int i, const char *text);

/* Step a prepared statement once, then reset it and clear its bindings
 * for the next row.  SQLITE_OK when it ran (SQLITE_DONE or SQLITE_ROW),
 * else the code. */
int sql_step_reset(sqlite3_stmt *st);

/* Prepare, bind, step once and finalize one statement.  Parameters are
 * given by a type string, one letter each: 'i' an int64_t, 't' a
 * const char * (NULL binds NULL; copied, so it may be a temporary).  A
 * letter for a parameter the statement does not have is ignored.
 * SQLITE_OK when the statement ran, else the code. */
int sql_exec_bind(sqlite3 *db, const char *sql, const char *types, ...);

/* The first column of the first row of sql (a count, a PRAGMA) in *out.
 * SQLITE_OK when there was a row; SQLITE_DONE when there was none (*out
 * is then untouched); else the code. */
int sql_query_int64(sqlite3 *db, const char *sql, sqlite3_int64 *out);

/* Column col of the current row as text ("" for NULL), cut to fit. */
void sql_copy_text(char *dst, size_t size, sqlite3_stmt *st, int col);

/* The same, newly allocated (the caller frees it); NULL when out of
 * memory. */
char *sql_dup_text(sqlite3_stmt *st, int col);

#endif
