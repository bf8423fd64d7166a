/* textfit.h: fitting text into columns, with no curses: the width of
 * UTF-8 text, where a wrapped row ends, a path shortened in the middle
 * so that its file name stays, invisible characters made visible, and
 * the editing of a line of text.  The widgets draw with these; the unit
 * test (tests/unit/test_textfit.c) runs them without a terminal.  Widths
 * follow wcwidth() under the current locale. */
#ifndef KBWIZ_TEXTFIT_H
#define KBWIZ_TEXTFIT_H

#include <stddef.h>

/* Bytes and columns of the character at s (n bytes left): an invalid
 * byte is one byte, one column; a control character one column. */
size_t tf_char(const char *s, size_t n, int *width);
/* Columns of len bytes of text. */
int tf_width(const char *s, size_t len);
/* Bytes of the longest prefix of s (len bytes) that fits in w columns;
 * *cols gets its width (may be NULL). */
size_t tf_prefix(const char *s, size_t len, int w, int *cols);

/* Where the row starting at byte pos of text ends when rows are avail
 * columns wide: at the last space that fits (the space is dropped), or
 * mid-word when a word is wider than the row; *next is where the
 * following row starts.  A character wider than the row takes a row. */
size_t tf_wrap_row(const char *text, size_t len, size_t pos, int avail, size_t *next);
/* How many rows text takes at w columns (1 for empty text). */
int tf_wrap_rows(const char *text, size_t len, int w);

/* path fitted in w columns into out: whole when it fits; else the
 * start, an ellipsis ("..." in ASCII, U+2026 otherwise) and as much of
 * the end as fits, keeping the last component whole when it can
 * ("/very/long/.../SYSTEM").  out always ends in '\0'. */
void tf_path_fit(const char *path, int w, int ascii, char *out, size_t size);

/* A copy of text (len bytes, malloc'd; NULL when out of memory) where
 * every invisible formatting character (zero-width spaces and joiners,
 * direction marks and embeddings, the word joiner, soft hyphen, byte
 * order mark, variation selectors, tags) is written as \uXXXX, the form
 * kb_sanitize uses for the direction marks: a U+200E in a service name
 * reads the same everywhere and cannot hide or reorder text. */
char *tf_show_invisible(const char *text, size_t len);

/* ---- a line being edited ----------------------------------------------------
 * buf holds len bytes and a '\0'; cur is a byte offset on a character
 * boundary; max is the largest len allowed. */
struct tf_line {
	char *buf;
	size_t len, cur, max;
};

size_t tf_line_prev(const struct tf_line *l, size_t i);
size_t tf_line_next(const struct tf_line *l, size_t i);
/* Insert n bytes at the cursor; 0, or -1 when it would not fit. */
int tf_line_insert(struct tf_line *l, const char *bytes, size_t n);
/* Delete bytes [from, to); the cursor goes to from. */
void tf_line_delete(struct tf_line *l, size_t from, size_t to);
void tf_line_backspace(struct tf_line *l);
void tf_line_delete_char(struct tf_line *l);
void tf_line_kill_before(struct tf_line *l);   /* ^U */
void tf_line_kill_after(struct tf_line *l);    /* ^K */
/* Set the text (cut on a character boundary to max). */
void tf_line_set(struct tf_line *l, const char *s);
/* The first byte to show so that the cursor is inside a field of w
 * columns (scrolled sideways). */
size_t tf_line_scroll(const struct tf_line *l, int w);

#endif
