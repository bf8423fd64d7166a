/* strutil.h: small string helpers that core modules share. */
#ifndef KBWIZ_STRUTIL_H
#define KBWIZ_STRUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* A malloc'd copy of s; NULL when s is NULL or out of memory. */
char *kb_strdup(const char *s);

/* A malloc'd, NUL-terminated copy of exactly n bytes at s (s must hold n
 * bytes: unlike strndup(3) it does not stop at a NUL).  NULL when out of
 * memory. */
char *kb_strndup(const char *s, size_t n);

/* A malloc'd formatted string; NULL when out of memory or when the
 * format cannot be expanded. */
char *kb_strdup_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *kb_strdup_vprintf(const char *fmt, va_list ap)
	__attribute__((format(printf, 1, 0)));

/* Whether needle occurs in hay, ignoring case byte by byte (tolower(3));
 * an empty needle occurs in every string.  Event text and rule fragments
 * are compared the way Event Viewer's find compares them. */
int kb_ci_contains(const char *hay, const char *needle);

/* Where the word starting at w ends: letters, and apostrophes inside it,
 * the ASCII one ("doesn't") or the typographic one in UTF-8 (bytes E2 80
 * 99).  The one word reader of the prose checks that look for negations
 * (kbverify_prose.c, the importer's imp_not_asked()). */
const char *kb_word_end(const char *w);

/* The len bytes at word are a contraction that negates: they end in
 * "n't", or in "n", the typographic apostrophe and "t" (case ignored). */
int kb_word_negates(const char *word, size_t len);

/* The value of a hexadecimal digit (either case), or -1: one definition
 * for the %XX decoders (undo records, zip entry names) and hex parsers. */
int kb_hex_digit(int c);

/* The current time in UTC as "2002-06-11T09:00:00Z" (size >= 21), the
 * form the store records times in. */
void kb_now_iso(char *buf, size_t size);

/* "YYYY-MM-DDTHH:MM:SS" (as kb_now_iso writes it, UTC) to Unix seconds;
 * 0 when s is not in that form. */
int64_t kb_iso_to_unix(const char *s);

/* A Windows FILETIME (100 ns ticks since 1601-01-01 UTC: event records,
 * key last-write times, ShutdownTime, base blocks) as Unix seconds; 0
 * for 0 and for anything at or before 1970, which kbwiz treats as
 * unknown. */
int64_t kb_filetime_to_unix(uint64_t filetime);

#endif
