/* widgets.c: the curses helpers every screen uses: safe text drawing (the
 * one place untrusted text is sanitized for the screen), attributes that
 * work without colour, text input with file-name completion, lists,
 * scrollable wrapped text, a progress box and a yes/no question. */
#include "tui.h"

#include <ctype.h>
#include <dirent.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <wchar.h>
#include <wctype.h>

#include "kbwiz/hive.h"
#include "kbwiz/sanitize.h"
#include "kbwiz/strutil.h"
#include "textfit.h"

/* ---- attributes ----------------------------------------------------------- */

int ui_attr(enum ui_style st)
{
	/* Colour pairs are set up in tui.c (1..8); without colour every
	 * style still differs by attribute, and statuses carry symbols. */
	int c = tui.colour;

	switch (st) {
	case UI_NORMAL: return A_NORMAL;
	case UI_TITLE: return c ? (int)(COLOR_PAIR(1) | A_BOLD) : (int)(A_REVERSE | A_BOLD);
	case UI_STATUS: return c ? (int)COLOR_PAIR(2) : (int)A_REVERSE;
	case UI_SELECTED: return (int)(A_REVERSE | A_BOLD);
	case UI_HEADING: return (int)A_BOLD;
	case UI_OK: return c ? (int)(COLOR_PAIR(3) | A_BOLD) : (int)A_BOLD;
	case UI_FAIL: return c ? (int)(COLOR_PAIR(4) | A_BOLD) : (int)(A_BOLD | A_UNDERLINE);
	case UI_DAMAGED: return c ? (int)(COLOR_PAIR(5) | A_BOLD) : (int)(A_BOLD | A_UNDERLINE);
	case UI_NOTCHECKED: return (int)A_DIM;
	case UI_MATCH: return c ? (int)(COLOR_PAIR(6) | A_BOLD) : (int)(A_REVERSE | A_UNDERLINE);
	case UI_ERROR: return c ? (int)(COLOR_PAIR(4) | A_BOLD) : (int)A_BOLD;
	case UI_DIM: return (int)A_DIM;
	case UI_FIELD: return c ? (int)(COLOR_PAIR(7) | A_UNDERLINE) : (int)A_UNDERLINE;
	/* The field with the focus stands out without colour too. */
	case UI_FIELD_FOCUS: return c ? (int)(COLOR_PAIR(8) | A_UNDERLINE | A_BOLD) :
				 (int)(A_REVERSE | A_UNDERLINE);
	case UI_DIALOG: return c ? (int)COLOR_PAIR(1) : (int)A_NORMAL;
	case UI_KEY: return (int)A_BOLD;
	}
	return A_NORMAL;
}

const char *ui_check_symbol(int check_status)
{
	switch (check_status) {
	/* One width for all four (right-aligned), so that the check ids
	 * after them line up. */
	case CHECK_PASSED: return tui.ascii ? "[ OK ]" : "  [\u2714 OK]";
	case CHECK_FAILED: return tui.ascii ? "[FAIL]" : "[\u2718 FAIL]";
	case CHECK_DAMAGED: return tui.ascii ? "[DMG!]" : "[\u26a0 DMG!]";
	default: return tui.ascii ? "[ -- ]" : "  [\u00b7 --]";
	}
}

int ui_check_style(int check_status)
{
	switch (check_status) {
	case CHECK_PASSED: return ui_attr(UI_OK);
	case CHECK_FAILED: return ui_attr(UI_FAIL);
	case CHECK_DAMAGED: return ui_attr(UI_DAMAGED);
	default: return ui_attr(UI_NOTCHECKED);
	}
}

/* ---- safe text -------------------------------------------------------------- */

static char *ui_safen(const char *untrusted, size_t len)
{
	char *s = kb_sanitize(untrusted, len, tui.ascii), *v;

	/* Then the invisible formatting characters the sanitizer lets
	 * through (zero-width spaces, joiners, BOM) in the same \uXXXX form
	 * as the direction marks it escapes. */
	v = s != NULL ? tf_show_invisible(s, strlen(s)) : NULL;
	free(s);
	s = v;
	if (s == NULL)
		s = calloc(1, 1);
	if (s == NULL)
		abort();   /* not even one byte: nothing sensible can be drawn */
	return s;
}

char *ui_safe(const char *untrusted)
{
	return ui_safen(untrusted != NULL ? untrusted : "", untrusted != NULL ? strlen(untrusted) : 0);
}

int ui_path(int y, int x, int w, const char *untrusted_path, int attr)
{
	char *s = ui_safe(untrusted_path), fit[8192];
	int n;

	tf_path_fit(s, w, tui.ascii, fit, sizeof fit);
	n = ui_put_safe(y, x, w, fit, strlen(fit), attr);
	free(s);
	return n;
}

int ui_width(const char *safe, size_t len)
{
	return tf_width(safe, len);
}

int ui_put_safe(int y, int x, int w, const char *safe, size_t len, int attr)
{
	size_t i;
	int cols;

	if (w <= 0 || y < 0 || y >= tui.rows || x >= tui.cols)
		return 0;
	if (x + w > tui.cols)
		w = tui.cols - x;
	i = tf_prefix(safe, len, w, &cols);
	attron(attr);
	mvaddnstr(y, x, safe, (int)i);
	attroff(attr);
	return cols;
}

int ui_text(int y, int x, int w, const char *untrusted, int attr)
{
	char *s = ui_safe(untrusted);
	int n = ui_put_safe(y, x, w, s, strlen(s), attr);

	free(s);
	return n;
}

int ui_textf(int y, int x, int w, int attr, const char *fmt, ...)
{
	char buf[4096];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return ui_text(y, x, w, buf, attr);
}

void ui_fill(int y, int x, int w, int attr)
{
	int i;

	if (y < 0 || y >= tui.rows)
		return;
	if (x + w > tui.cols)
		w = tui.cols - x;
	attron(attr);
	for (i = 0; i < w; i++)
		mvaddch(y, x + i, ' ');
	attroff(attr);
}

void ui_hline(int y, int x, int w)
{
	int i;

	if (x + w > tui.cols)
		w = tui.cols - x;
	for (i = 0; i < w; i++)
		mvaddstr(y, x + i, tui.ascii ? "-" : "\u2500");
}

void ui_title(const char *left, const char *right)
{
	int attr = ui_attr(UI_TITLE);
	int rw = 0;

	ui_fill(0, 0, tui.cols, attr);
	if (right != NULL && *right != '\0') {
		char *s = ui_safe(right);
		rw = ui_width(s, strlen(s));
		ui_put_safe(0, tui.cols - rw - 1, rw, s, strlen(s), attr);
		free(s);
	}
	ui_text(0, 1, tui.cols - rw - 3, left, attr);
}

void ui_keys(const char *keys)
{
	int attr = ui_attr(UI_STATUS), pw = 0;
	char line[1024];

	ui_fill(tui.rows - 1, 0, tui.cols, attr);
	if (tui.pos[0] != '\0') {
		pw = (int)strlen(tui.pos);
		ui_text(tui.rows - 1, tui.cols - pw - 1, pw, tui.pos, attr | A_BOLD);
		pw += 2;
	}
	ui_key_names(keys, line, sizeof line);
	ui_key_bar(tui.rows - 1, 1, tui.cols - 2 - pw, line);
}

/* A key line drawn as htop's and mc's function-key bars: in each item
 * ("F5 scan", items two spaces apart) the key stands out from what it
 * does, so the keys can be found at a glance. */
void ui_key_bar(int y, int x, int w, const char *line)
{
	int attr = ui_attr(UI_STATUS), key_attr = tui.colour ? (int)A_NORMAL | A_BOLD :
						  (int)(A_BOLD | A_UNDERLINE);
	const char *p = line;
	int used = 0;

	while (*p != '\0' && used < w) {
		const char *item_end = strstr(p, "  "), *sp;
		size_t item = item_end != NULL ? (size_t)(item_end - p) : strlen(p), k;
		char buf[256];
		sp = memchr(p, ' ', item);
		k = sp != NULL ? (size_t)(sp - p) : item;
		/* A key without what it does misleads ("PgDn" for "PgDn
		 * Next"): an item that does not fit whole is left out. */
		if (used > 0 && used + ui_width(p, item) > w)
			break;
		snprintf(buf, sizeof buf, "%.*s", (int)k, p);
		used += ui_text(y, x + used, w - used, buf, key_attr);
		snprintf(buf, sizeof buf, "%.*s", (int)(item - k), p + k);
		used += ui_text(y, x + used, w - used, buf, attr);
		p += item;
		while (*p == ' ' && used < w) {
			used += ui_text(y, x + used, 1, " ", attr);
			p++;
		}
	}
}


/* ---- text input ------------------------------------------------------------ */

static size_t input_max(const struct input *in)
{
	return in->max > 0 && in->max < sizeof in->buf ? in->max : sizeof in->buf - 1;
}

/* The field as the editing code (textfit.c) sees it, and back. */
static struct tf_line line_of(struct input *in)
{
	struct tf_line l = { in->buf, in->len, in->cur, input_max(in) };

	return l;
}

static void line_back(struct input *in, const struct tf_line *l)
{
	in->len = l->len;
	in->cur = l->cur;
}

void input_set(struct input *in, const char *s)
{
	struct tf_line l = line_of(in);

	tf_line_set(&l, s);
	line_back(in, &l);
}

static void input_insert(struct input *in, const char *bytes, size_t n)
{
	struct tf_line l = line_of(in);

	if (tf_line_insert(&l, bytes, n) == 0)
		line_back(in, &l);
}

int input_key(struct input *in, int key)
{
	struct tf_line l = line_of(in);
	char mb[MB_LEN_MAX];
	mbstate_t st;
	size_t n;

	switch (key) {
	case TK_LEFT:
		l.cur = tf_line_prev(&l, l.cur);
		break;
	case TK_RIGHT:
		l.cur = tf_line_next(&l, l.cur);
		break;
	case TK_HOME:
	case TK_CTRL('a'):
		l.cur = 0;
		break;
	case TK_END:
	case TK_CTRL('e'):
		l.cur = l.len;
		break;
	case TK_BACKSPACE:
		tf_line_backspace(&l);
		break;
	case TK_DELETE:
	case TK_CTRL('d'):
		tf_line_delete_char(&l);
		break;
	case TK_CTRL('u'):
		tf_line_kill_before(&l);
		break;
	case TK_CTRL('k'):
		tf_line_kill_after(&l);
		break;
	default:
		if ((key & TK_FN) || key < 0x20 || key == 0x7f || !iswprint((wint_t)key))
			return 0;
		if (tui.ascii && key > 0x7e)
			return 0;
		memset(&st, 0, sizeof st);
		n = wcrtomb(mb, (wchar_t)key, &st);
		if (n == (size_t)-1)
			return 0;
		tf_line_insert(&l, mb, n);
	}
	line_back(in, &l);
	return 1;
}

void input_complete_path(struct input *in, char *msg, size_t size)
{
	char dir[4096], base[2048], common[2048], full[8192];
	const char *slash, *home = getenv("HOME");
	size_t blen, n_match = 0, used = 0;
	struct dirent *de;
	struct stat st;
	DIR *d;

	msg[0] = '\0';
	in->cur = in->len;
	slash = strrchr(in->buf, '/');
	if (slash == NULL) {
		snprintf(dir, sizeof dir, ".");
		snprintf(base, sizeof base, "%s", in->buf);
	} else if (in->buf[0] == '~' && in->buf[1] == '/' && home != NULL) {
		snprintf(dir, sizeof dir, "%s%.*s", home, (int)(slash - in->buf), in->buf + 1);
		snprintf(base, sizeof base, "%s", slash + 1);
	} else {
		snprintf(dir, sizeof dir, "%.*s", (int)(slash - in->buf + 1), in->buf);
		snprintf(base, sizeof base, "%s", slash + 1);
	}
	blen = strlen(base);
	d = opendir(dir);
	if (d == NULL) {
		snprintf(msg, size, "cannot read the directory %s", dir);
		return;
	}
	common[0] = '\0';
	while ((de = readdir(d)) != NULL) {
		size_t k;
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		if (de->d_name[0] == '.' && base[0] != '.')
			continue;
		if (strncmp(de->d_name, base, blen) != 0)
			continue;
		if (n_match == 0) {
			snprintf(common, sizeof common, "%s", de->d_name);
		} else {
			for (k = 0; common[k] != '\0' && common[k] == de->d_name[k]; k++)
				;
			common[k] = '\0';
		}
		if (used + 1 < size) {
			int w = snprintf(msg + used, size - used, "%s%s", n_match > 0 ? "  " : "",
					 de->d_name);
			if (w > 0)
				used += (size_t)w;
		}
		n_match++;
	}
	closedir(d);
	if (n_match == 0) {
		snprintf(msg, size, "no file name starts with \"%s\" in %s", base, dir);
		return;
	}
	if (strlen(common) > blen)
		input_insert(in, common + blen, strlen(common) - blen);
	if (n_match == 1) {
		msg[0] = '\0';
		snprintf(full, sizeof full, "%s%s%s", dir,
			 dir[strlen(dir) - 1] == '/' ? "" : "/", common);
		if (stat(full, &st) == 0 && S_ISDIR(st.st_mode))
			input_insert(in, "/", 1);
	}
}

void input_draw(const struct input *in, int y, int x, int w, int focused)
{
	struct tf_line l = { (char *)in->buf, in->len, in->cur, sizeof in->buf - 1 };
	size_t start;
	char *before, *shown;
	int attr = focused ? ui_attr(UI_FIELD_FOCUS) : ui_attr(UI_FIELD), cx;

	if (w < 4)
		return;
	/* Scroll sideways so that the cursor stays inside the field.  The
	 * width is of the text as drawn (sanitized). */
	before = ui_safen(in->buf, in->cur);
	start = tf_width(before, strlen(before)) >= w ? tf_line_scroll(&l, w) : 0;
	free(before);
	for (;;) {
		before = ui_safen(in->buf + start, in->cur - start);
		cx = ui_width(before, strlen(before));
		free(before);
		if (cx < w - 1 || start >= in->cur)
			break;
		start = tf_line_next(&l, start);
	}
	ui_fill(y, x, w, attr);
	shown = ui_safen(in->buf + start, in->len - start);
	ui_put_safe(y, x, w, shown, strlen(shown), attr);
	free(shown);
	if (focused) {
		tui.cursor_y = y;
		tui.cursor_x = x + cx;
	}
}

/* ---- scrollable text -------------------------------------------------------- */

void tbuf_clear(struct tbuf *tb)
{
	size_t i;

	for (i = 0; i < tb->n; i++) {
		free(tb->lines[i].text);
		free(tb->lines[i].spans);
	}
	free(tb->lines);
	tb->lines = NULL;
	tb->n = tb->cap = 0;
	tb->top = 0;
	tb->oom = 0;
	tb->mark = NULL;
	tb->mark_line = -1;
}

void tbuf_line(struct tbuf *tb, int attr, int indent)
{
	struct tline *l;

	if (tb->n == tb->cap) {
		size_t cap = tb->cap ? tb->cap * 2 : 64;
		struct tline *p = realloc(tb->lines, cap * sizeof *p);
		if (p == NULL) {
			tb->oom = 1;
			return;
		}
		tb->lines = p;
		tb->cap = cap;
	}
	l = &tb->lines[tb->n++];
	memset(l, 0, sizeof *l);
	l->attr = attr;
	l->indent = indent;
}

void tbuf_putn(struct tbuf *tb, int attr, const char *untrusted, size_t len)
{
	struct tline *l;
	char *safe, *p;
	size_t n;

	if (tb->n == 0)
		tbuf_line(tb, 0, 0);
	if (tb->n == 0)
		return;
	l = &tb->lines[tb->n - 1];
	safe = ui_safen(untrusted != NULL ? untrusted : "", untrusted != NULL ? len : 0);
	n = strlen(safe);
	p = realloc(l->text, l->len + n + 1);
	if (p == NULL) {
		free(safe);
		tb->oom = 1;
		return;
	}
	memcpy(p + l->len, safe, n + 1);
	l->text = p;
	if (attr != 0 && n > 0) {
		struct tspan *sp = realloc(l->spans, (l->n_spans + 1) * sizeof *sp);
		if (sp != NULL) {
			sp[l->n_spans].start = l->len;
			sp[l->n_spans].end = l->len + n;
			sp[l->n_spans].attr = attr;
			l->spans = sp;
			l->n_spans++;
		}
	}
	l->len += n;
	free(safe);
}

void tbuf_put(struct tbuf *tb, int attr, const char *untrusted)
{
	tbuf_putn(tb, attr, untrusted, untrusted != NULL ? strlen(untrusted) : 0);
}

void tbuf_putf(struct tbuf *tb, int attr, const char *fmt, ...)
{
	char buf[4096];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	tbuf_put(tb, attr, buf);
}

void tbuf_linef(struct tbuf *tb, int attr, int indent, const char *fmt, ...)
{
	char buf[4096];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	tbuf_line(tb, attr, indent);
	tbuf_put(tb, 0, buf);
}

static size_t wrap_row(const struct tline *l, size_t pos, int avail, size_t *next)
{
	return tf_wrap_row(l->text, l->len, pos, avail, next);
}

static int row_width(const struct tline *l, int w, int first)
{
	int avail = first ? w : w - l->indent;

	return avail < 10 ? (w < 10 ? w : 10) : avail;
}

static int line_rows(const struct tline *l, int w)
{
	size_t pos = 0, next;
	int rows = 0;

	if (l->len == 0)
		return 1;
	while (pos < l->len) {
		wrap_row(l, pos, row_width(l, w, rows == 0), &next);
		pos = next;
		rows++;
	}
	return rows;
}

int tbuf_rows(const struct tbuf *tb, int w)
{
	size_t i;
	int rows = 0;

	for (i = 0; i < tb->n; i++)
		rows += line_rows(&tb->lines[i], w);
	return rows;
}

/* Draw bytes [a, b) of l at (y, x), each run with its span's attribute. */
static void draw_runs(const struct tline *l, size_t a, size_t b, int y, int x,
		      int w)
{
	while (a < b && w > 0) {
		size_t end = b, k;
		int attr = l->attr, n;
		for (k = 0; k < l->n_spans; k++) {
			const struct tspan *sp = &l->spans[k];
			if (sp->start <= a && a < sp->end) {
				attr |= sp->attr;
				if (sp->end < end)
					end = sp->end;
			} else if (sp->start > a && sp->start < end) {
				end = sp->start;
			}
		}
		n = ui_put_safe(y, x, w, l->text + a, end - a, attr);
		x += n;
		w -= n;
		a = end;
	}
}

/* l with every occurrence of mark (any case) as one more span: the
 * current match reversed, the others underlined (or in the match colour),
 * so they show on a monochrome terminal too.  -1 when there is none (or
 * no memory: the line is then shown unmarked). */
static int mark_spans(const struct tline *l, const char *mark, int current, struct tline *out)
{
	size_t n = strlen(mark), a, k, cap = l->n_spans + 8;
	int attr = current ? ui_attr(UI_MATCH) | (int)A_REVERSE :
		   tui.colour ? ui_attr(UI_MATCH) : (int)(A_UNDERLINE | A_BOLD);
	struct tspan *sp;

	if (l->text == NULL || n == 0 || n > l->len || !kb_ci_contains(l->text, mark))
		return -1;
	sp = malloc(cap * sizeof *sp);
	if (sp == NULL)
		return -1;
	if (l->n_spans > 0)
		memcpy(sp, l->spans, l->n_spans * sizeof *sp);
	*out = *l;
	out->spans = sp;
	out->n_spans = l->n_spans;
	for (a = 0; a + n <= l->len; a++) {
		for (k = 0; k < n; k++)
			if (tolower((unsigned char)l->text[a + k]) != tolower((unsigned char)mark[k]))
				break;
		if (k < n)
			continue;
		if (out->n_spans == cap) {
			struct tspan *more = realloc(out->spans, 2 * cap * sizeof *more);
			if (more == NULL)
				break;
			out->spans = more;
			cap *= 2;
		}
		out->spans[out->n_spans].start = a;
		out->spans[out->n_spans].end = a + n;
		out->spans[out->n_spans].attr = attr;
		out->n_spans++;
		a += n - 1;
	}
	return 0;
}

void tbuf_paint(struct tbuf *tb, int y, int x, int h, int w)
{
	int total = tbuf_rows(tb, w), row = 0;
	size_t i;

	if (tb->top > total - h)
		tb->top = total - h;
	if (tb->top < 0)
		tb->top = 0;
	for (i = 0; i < tb->n && row < tb->top + h; i++) {
		const struct tline *l = &tb->lines[i], *shown = l;
		struct tline marked;
		size_t pos = 0, next, end;
		int first = 1;
		if (tb->mark != NULL && tb->mark[0] != '\0' && row + line_rows(l, w) > tb->top &&
		    mark_spans(l, tb->mark, (long)i == tb->mark_line, &marked) == 0)
			shown = &marked;
		do {
			int avail = row_width(l, w, first);
			int indent = first ? 0 : w - avail;
			end = l->len == 0 ? 0 : wrap_row(l, pos, avail, &next);
			if (l->len == 0)
				next = 0;
			if (row >= tb->top)
				draw_runs(shown, pos, end, y + row - tb->top, x + indent, avail);
			row++;
			pos = next;
			first = 0;
		} while (pos < l->len && row < tb->top + h);
		if (shown == &marked)
			free(marked.spans);
	}
}

void tbuf_draw(struct tbuf *tb, int y, int x, int h, int w)
{
	int total = tbuf_rows(tb, w);

	tbuf_paint(tb, y, x, h, w);
	/* Where the view is goes in the status line, never over the text
	 * (tig's "17-33 of 47"). */
	if (total > h)
		snprintf(tui.pos, sizeof tui.pos, "%d-%d of %d", tb->top + 1,
			 tb->top + h < total ? tb->top + h : total, total);
}

int tbuf_key(struct tbuf *tb, int key, int h, int w, int pages)
{
	int total = tbuf_rows(tb, w), max = total - h;

	if (max < 0)
		max = 0;
	switch (key) {
	case TK_UP:
	case 'k':
		tb->top--;
		break;
	case TK_DOWN:
	case 'j':
		tb->top++;
		break;
	case ' ':
		tb->top += h - 1;
		break;
	case 'b':
		tb->top -= h - 1;
		break;
	case TK_PGDN:
		if (!pages)
			return 0;
		tb->top += h - 1;
		break;
	case TK_PGUP:
		if (!pages)
			return 0;
		tb->top -= h - 1;
		break;
	case TK_HOME:
		tb->top = 0;
		break;
	case TK_END:
		tb->top = max;
		break;
	default:
		return 0;
	}
	if (tb->top > max)
		tb->top = max;
	if (tb->top < 0)
		tb->top = 0;
	return 1;
}
