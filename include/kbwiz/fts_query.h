/* fts_query.h: what a technician types, as an SQLite FTS5 query; shared
 * by the rule search (store.c) and the article library (library_query.c). */
#ifndef KBWIZ_FTS_QUERY_H
#define KBWIZ_FTS_QUERY_H

#include <stddef.h>

/* Turn the words of query (runs of letters, digits and non-ASCII bytes,
 * lower-cased) into an FTS5 expression of quoted terms joined by joiner
 * (" AND ", " OR ") in out (size bytes).  Every term is quoted, so that
 * nothing typed (", *, AND, NEAR, :) is read as query syntax.  A hex code
 * 0x6B8 (up to 16 digits) also matches its decimal 1720, the form event
 * text and articles usually print.  Terms that do not fit in out are left
 * off whole.  Returns the number of terms (0: nothing to search). */
int kb_fts_query(const char *query, const char *joiner, char *out, size_t size);

#endif
