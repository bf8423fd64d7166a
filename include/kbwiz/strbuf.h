/* strbuf.h: a growing byte buffer for building text (and bytes).
 *
 * struct kb_buf is binary-safe (it may hold NUL bytes) and, once anything
 * has been added, always NUL-terminated, so p can be used as a C string.
 * A zero-initialised buffer is empty and owns nothing (p is NULL until
 * the first add, even an add of zero bytes).  An allocation failure sets
 * oom and turns every later add into a no-op: builders append freely and
 * check oom once at the end.  What was added before the failure stays in
 * p, still terminated. */
#ifndef KBWIZ_STRBUF_H
#define KBWIZ_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct kb_buf {
	char *p;          /* owned; NULL until the first add */
	size_t len;       /* bytes held, not counting the terminating NUL */
	size_t cap;       /* bytes allocated at p */
	int oom;          /* sticky: an allocation failed */
};

#define KB_BUF_INIT { NULL, 0, 0, 0 }

/* Make room for more bytes after len (plus the terminator) without
 * adding them, for callers that write into p + len themselves (read(2)).
 * Returns 0, or KB_ENOMEM (and sets oom; also when oom was already set). */
int kb_buf_reserve(struct kb_buf *b, size_t more);

/* Append n bytes of data (which may hold NULs). */
void kb_buf_add(struct kb_buf *b, const void *data, size_t n);
void kb_buf_puts(struct kb_buf *b, const char *s);
void kb_buf_putc(struct kb_buf *b, char c);
void kb_buf_printf(struct kb_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void kb_buf_vprintf(struct kb_buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

/* Cut the contents to len bytes (len <= b->len), keeping the memory. */
void kb_buf_truncate(struct kb_buf *b, size_t len);

/* Empty the buffer for reuse: keeps the memory, clears oom. */
void kb_buf_reset(struct kb_buf *b);

/* Free the memory; the buffer is empty and may be used again. */
void kb_buf_free(struct kb_buf *b);

/* The contents as a malloc'd string the caller frees ("" when nothing
 * was added), or NULL when out of memory.  Either way the buffer is left
 * empty, owning nothing, with oom cleared. */
char *kb_buf_steal(struct kb_buf *b);

/* The contents as a borrowed C string: "" when nothing was added. */
const char *kb_buf_str(const struct kb_buf *b);

#endif
