/* session_text.h: the history's text filter as an SQL function (internal
 * to core: session.c). */
#ifndef KBWIZ_SESSION_TEXT_H
#define KBWIZ_SESSION_TEXT_H

#include <sqlite3.h>

/* Makes kb_text_has(WORDS, technician, label, notes, outcome_note) known
 * to db: 1 where instr(lower(technician || ' ' || label || ' ' || notes
 * || ' ' || outcome_note), lower(WORDS)) > 0 is, 0 where it is not, NULL
 * where any is NULL; without building three strings a row.  0, or an
 * SQLite code (the caller then writes the expression out). */
int session_text_fn(sqlite3 *db);

#endif
