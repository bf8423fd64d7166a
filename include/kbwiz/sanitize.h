/* sanitize.h: making untrusted text safe to show.
 *
 * Log lines, registry strings, file names and article text come from the
 * failing machine.  Before any of it reaches a terminal, control
 * characters and escape sequences are turned into visible text (ESC
 * becomes "\x1b") so that nothing in them is executed by the terminal. */
#ifndef KBWIZ_SANITIZE_H
#define KBWIZ_SANITIZE_H

#include <stddef.h>

/* Return a malloc'd, NUL-terminated copy of s[0..len) in which:
 *  - C0 controls (except that tab becomes a space), DEL, and C1 controls
 *    become \xNN (or \u00NN for C1 encoded in UTF-8);
 *  - bytes that are not valid UTF-8 become \xNN;
 *  - bidirectional overrides (U+202A-U+202E, U+2066-U+2069) become \uNNNN;
 *  - a backslash stays a backslash (the escapes are for reading, not for
 *    round-tripping).
 * When ascii_only is set, every non-ASCII character becomes \uNNNN too
 * (terminals whose locale is not UTF-8).  NULL only when out of memory. */
char *kb_sanitize(const char *s, size_t len, int ascii_only);

/* The same for a NUL-terminated string. */
char *kb_sanitize_str(const char *s, int ascii_only);

/* Decode one UTF-8 character at s (n bytes available).  Returns its
 * length and sets *cp, or 0 when the bytes are not valid UTF-8. */
size_t kb_utf8_decode(const unsigned char *s, size_t n, unsigned *cp);

#endif
