/* textfit.c: text fitted into columns, with no curses (textfit.h). */
#include "textfit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "kbwiz/sanitize.h"

size_t tf_char(const char *s, size_t n, int *width)
{
	mbstate_t st;
	wchar_t wc;
	size_t k;
	int w;

	memset(&st, 0, sizeof st);
	k = mbrtowc(&wc, s, n, &st);
	if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
		*width = 1;
		return 1;
	}
	w = wcwidth(wc);
	*width = w < 0 ? 1 : w;
	return k;
}

int tf_width(const char *s, size_t len)
{
	size_t i = 0;
	int cols = 0, w;

	while (i < len) {
		i += tf_char(s + i, len - i, &w);
		cols += w;
	}
	return cols;
}

size_t tf_prefix(const char *s, size_t len, int w, int *cols)
{
	size_t i = 0;
	int c = 0, cw;

	while (i < len) {
		size_t k = tf_char(s + i, len - i, &cw);
		if (c + cw > w)
			break;
		i += k;
		c += cw;
	}
	if (cols != NULL)
		*cols = c;
	return i;
}

size_t tf_wrap_row(const char *text, size_t len, size_t pos, int avail, size_t *next)
{
	size_t i = pos, last_space = 0;
	int cols = 0, cw;

	while (i < len) {
		size_t k = tf_char(text + i, len - i, &cw);
		if (cols + cw > avail)
			break;
		if (text[i] == ' ' && i > pos)
			last_space = i;
		cols += cw;
		i += k;
	}
	if (i >= len) {
		*next = len;
		return len;
	}
	if (i == pos) {   /* a character wider than the row: show it anyway */
		*next = pos + tf_char(text + pos, len - pos, &cw);
		return *next;
	}
	/* A row that ends just before a space breaks there. */
	if (text[i] == ' ') {
		*next = i + 1;
		return i;
	}
	if (last_space > pos) {
		/* A word no row could hold (a long path) is cut where the row
		 * ends rather than pushed down, which would only leave a
		 * half-empty row above it. */
		size_t w_end = last_space + 1;
		while (w_end < len && text[w_end] != ' ')
			w_end++;
		if (tf_width(text + last_space + 1, w_end - last_space - 1) <= avail) {
			*next = last_space + 1;
			return last_space;
		}
	}
	*next = i;
	return i;
}

int tf_wrap_rows(const char *text, size_t len, int w)
{
	size_t pos = 0, next;
	int rows = 0;

	if (len == 0)
		return 1;
	if (w < 1)
		w = 1;
	while (pos < len) {
		tf_wrap_row(text, len, pos, w, &next);
		pos = next;
		rows++;
	}
	return rows;
}

/* ---- paths ------------------------------------------------------------------ */

/* The first byte from which the end of s (len bytes) fits in w columns. */
static size_t suffix_start(const char *s, size_t len, int w)
{
	size_t i = 0;
	int cw;

	while (i < len && tf_width(s + i, len - i) > w)
		i += tf_char(s + i, len - i, &cw);
	return i;
}

void tf_path_fit(const char *path, int w, int ascii, char *out, size_t size)
{
	const char *ell = ascii ? "..." : "\u2026";
	int ell_w = ascii ? 3 : 1;
	size_t len = strlen(path), base, head, tail;
	const char *slash;
	int base_w;

	if (size == 0)
		return;
	out[0] = '\0';
	if (w <= 0)
		return;
	if (tf_width(path, len) <= w) {
		snprintf(out, size, "%s", path);
		return;
	}
	if (w <= ell_w) {
		snprintf(out, size, "%.*s", (int)tf_prefix(path, len, w, NULL), path);
		return;
	}
	/* The last component, without a trailing slash. */
	while (len > 1 && path[len - 1] == '/')
		len--;
	slash = NULL;
	for (base = len; base > 0; base--)
		if (path[base - 1] == '/') {
			slash = path + base - 1;
			break;
		}
	base_w = tf_width(path + base, len - base);
	if (slash != NULL && base_w + 1 + ell_w <= w) {
		/* Start ... /name: the start cut after a slash when one fits. */
		size_t k;
		head = tf_prefix(path, (size_t)(slash - path), w - base_w - 1 - ell_w, NULL);
		for (k = head; k > 0 && path[k - 1] != '/'; k--)
			;
		if (k > 0)
			head = k;
		snprintf(out, size, "%.*s%s%.*s", (int)head, path, ell, (int)(len - base + 1), slash);
		return;
	}
	/* Even the name is too long: its end, after the ellipsis. */
	tail = suffix_start(path, len, w - ell_w);
	snprintf(out, size, "%s%.*s", ell, (int)(len - tail), path + tail);
}

/* ---- invisible characters ---------------------------------------------------- */

/* Unicode's default-ignorable and format characters that draw nothing
 * (or move text around) on a terminal. */
static int is_invisible(unsigned cp)
{
	return cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x115F || cp == 0x1160 ||
	       cp == 0x17B4 || cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180F) ||
	       (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F) ||
	       cp == 0xFEFF || cp == 0xFFA0 || (cp >= 0xFFF0 && cp <= 0xFFF8) ||
	       (cp >= 0x1D173 && cp <= 0x1D17A) || (cp >= 0xE0000 && cp <= 0xE0FFF);
}

char *tf_show_invisible(const char *text, size_t len)
{
	const unsigned char *p = (const unsigned char *)text;
	/* \u%06x is 8 bytes for a character of at least 3: room for 3x. */
	char *out = malloc(len * 3 + 1), *o;
	size_t i = 0;

	if (out == NULL)
		return NULL;
	o = out;
	while (i < len) {
		unsigned cp;
		size_t n = p[i] >= 0x80 ? kb_utf8_decode(p + i, len - i, &cp) : 0;
		if (n > 0 && is_invisible(cp)) {
			o += sprintf(o, cp > 0xFFFF ? "\\u%06x" : "\\u%04x", cp);
			i += n;
		} else {
			n = n > 0 ? n : 1;
			memcpy(o, p + i, n);
			o += n;
			i += n;
		}
	}
	*o = '\0';
	return out;
}

/* ---- a line being edited ------------------------------------------------------- */

size_t tf_line_prev(const struct tf_line *l, size_t i)
{
	if (i == 0)
		return 0;
	i--;
	while (i > 0 && ((unsigned char)l->buf[i] & 0xC0) == 0x80)
		i--;
	return i;
}

size_t tf_line_next(const struct tf_line *l, size_t i)
{
	if (i >= l->len)
		return l->len;
	i++;
	while (i < l->len && ((unsigned char)l->buf[i] & 0xC0) == 0x80)
		i++;
	return i;
}

int tf_line_insert(struct tf_line *l, const char *bytes, size_t n)
{
	if (l->len + n > l->max)
		return -1;
	memmove(l->buf + l->cur + n, l->buf + l->cur, l->len - l->cur + 1);
	memcpy(l->buf + l->cur, bytes, n);
	l->len += n;
	l->cur += n;
	return 0;
}

void tf_line_delete(struct tf_line *l, size_t from, size_t to)
{
	if (to > l->len)
		to = l->len;
	if (from >= to) {
		l->cur = from < l->len ? from : l->len;
		return;
	}
	memmove(l->buf + from, l->buf + to, l->len - to + 1);
	l->len -= to - from;
	l->cur = from;
}

void tf_line_backspace(struct tf_line *l)
{
	if (l->cur > 0)
		tf_line_delete(l, tf_line_prev(l, l->cur), l->cur);
}

void tf_line_delete_char(struct tf_line *l)
{
	if (l->cur < l->len)
		tf_line_delete(l, l->cur, tf_line_next(l, l->cur));
}

void tf_line_kill_before(struct tf_line *l)
{
	tf_line_delete(l, 0, l->cur);
}

void tf_line_kill_after(struct tf_line *l)
{
	l->buf[l->cur] = '\0';
	l->len = l->cur;
}

void tf_line_set(struct tf_line *l, const char *s)
{
	size_t n = s != NULL ? strlen(s) : 0, full = n;

	if (n > l->max)
		n = l->max;
	/* Never cut a UTF-8 character in two. */
	while (n > 0 && n < full && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	if (n > 0)
		memcpy(l->buf, s, n);
	l->buf[n] = '\0';
	l->len = l->cur = n;
}

size_t tf_line_scroll(const struct tf_line *l, int w)
{
	size_t start = 0;

	/* The cursor needs its own column at the right end. */
	while (start < l->cur && tf_width(l->buf + start, l->cur - start) >= w)
		start = tf_line_next(l, start);
	return start;
}
