/* strbuf.c: the growing buffer (strbuf.h). */
#include "kbwiz/strbuf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/error.h"

/* The first allocation; it doubles from there. */
#define KB_BUF_MIN_CAP 64

int kb_buf_reserve(struct kb_buf *b, size_t more)
{
	size_t need, cap;
	char *grown;

	if (b->oom)
		return KB_ENOMEM;
	if (more > SIZE_MAX - 1 - b->len) {
		b->oom = 1;
		return KB_ENOMEM;
	}
	need = b->len + more + 1;
	if (need <= b->cap)
		return 0;
	cap = b->cap ? b->cap : KB_BUF_MIN_CAP;
	while (cap < need)
		cap = cap <= SIZE_MAX / 2 ? cap * 2 : need;
	grown = realloc(b->p, cap);
	if (grown == NULL) {
		b->oom = 1;
		return KB_ENOMEM;
	}
	b->p = grown;
	b->cap = cap;
	return 0;
}

void kb_buf_add(struct kb_buf *b, const void *data, size_t n)
{
	if (kb_buf_reserve(b, n) != 0)
		return;
	if (n > 0)
		memcpy(b->p + b->len, data, n);
	b->len += n;
	b->p[b->len] = '\0';
}

void kb_buf_puts(struct kb_buf *b, const char *s)
{
	kb_buf_add(b, s, strlen(s));
}

void kb_buf_putc(struct kb_buf *b, char c)
{
	kb_buf_add(b, &c, 1);
}

void kb_buf_vprintf(struct kb_buf *b, const char *fmt, va_list ap)
{
	va_list again;
	size_t room;
	int n;

	if (b->oom)
		return;
	/* Format straight into the spare room; only when it does not fit,
	 * grow and format a second time. */
	room = b->p != NULL ? b->cap - b->len : 0;
	va_copy(again, ap);
	n = vsnprintf(room > 0 ? b->p + b->len : NULL, room, fmt, ap);
	if (n < 0) {
		if (b->p != NULL)
			b->p[b->len] = '\0';
		b->oom = 1;
		goto out;
	}
	if ((size_t)n >= room) {
		if (kb_buf_reserve(b, (size_t)n) != 0) {
			if (b->p != NULL)
				b->p[b->len] = '\0';
			goto out;
		}
		vsnprintf(b->p + b->len, (size_t)n + 1, fmt, again);
	}
	b->len += (size_t)n;
out:
	va_end(again);
}

void kb_buf_printf(struct kb_buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	kb_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void kb_buf_truncate(struct kb_buf *b, size_t len)
{
	if (len >= b->len)
		return;
	b->len = len;
	b->p[len] = '\0';
}

void kb_buf_reset(struct kb_buf *b)
{
	b->len = 0;
	b->oom = 0;
	if (b->p != NULL)
		b->p[0] = '\0';
}

void kb_buf_free(struct kb_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = 0;
	b->cap = 0;
	b->oom = 0;
}

char *kb_buf_steal(struct kb_buf *b)
{
	char *s;

	if (b->oom) {
		kb_buf_free(b);
		return NULL;
	}
	s = b->p != NULL ? b->p : strdup("");
	b->p = NULL;
	kb_buf_free(b);
	return s;
}

const char *kb_buf_str(const struct kb_buf *b)
{
	return b->p != NULL ? b->p : "";
}
