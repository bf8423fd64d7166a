/* list.c: the list widget every list screen uses: the selection, the
 * rows in view (list_draw paints them through the screen's row painter
 * and remembers the height for paging), and where the list is ("1-4 of
 * 5, more below"), on the row under the rows. */
#include "tui.h"

#include <stdio.h>
#include <string.h>

void list_draw(struct list *l, int y, int h, int n, list_row_fn row, void *ctx)
{
	int per = l->item_rows > 0 ? l->item_rows : 1, fit = (h - 1) / per, i;
	char where[96];

	if (fit < 1)
		fit = 1;
	list_fit(l, n, fit);
	l->page = fit;
	for (i = 0; i < fit && l->top + i < n; i++)
		row(ctx, l->top + i, y + i * per, l->top + i == l->sel);
	/* Where the list is, on its own row under the rows, at the right:
	 * the same corner on every list, never over a row. */
	if (n <= 0 || h < 2)
		return;
	list_status(l, n, fit, where, sizeof where);
	ui_text(y + h - 1, tui.cols - 2 - ui_width(where, strlen(where)),
		ui_width(where, strlen(where)), where, ui_attr(UI_DIM));
}

int list_key(struct list *l, int key, int n, int page)
{
	if (page == LIST_PAGE)
		page = l->page > 1 ? l->page - 1 : 1;
	switch (key) {
	case TK_UP:
		if (l->sel > 0)
			l->sel--;
		return 1;
	case TK_DOWN:
		if (l->sel + 1 < n)
			l->sel++;
		return 1;
	case TK_HOME:
		l->sel = 0;
		return 1;
	case TK_END:
		l->sel = n > 0 ? n - 1 : 0;
		return 1;
	case TK_PGUP:
		if (page <= 0)
			return 0;
		l->sel -= page;
		if (l->sel < 0)
			l->sel = 0;
		return 1;
	case TK_PGDN:
		if (page <= 0)
			return 0;
		l->sel += page;
		if (l->sel >= n)
			l->sel = n > 0 ? n - 1 : 0;
		return 1;
	}
	return 0;
}

void list_fit(struct list *l, int n, int height)
{
	if (l->sel >= n)
		l->sel = n - 1;
	if (l->sel < 0)
		l->sel = 0;
	if (height < 1)
		height = 1;
	if (l->top > l->sel)
		l->top = l->sel;
	if (l->sel >= l->top + height)
		l->top = l->sel - height + 1;
	if (l->top > n - height)
		l->top = n - height;
	if (l->top < 0)
		l->top = 0;
}

void list_row(int y, int x, int w, const char *text, int selected, int focused)
{
	int attr = list_row_attr(selected, focused);

	if (selected)
		ui_fill(y, x, w, attr);
	/* The marker makes the selection visible without attributes too. */
	ui_text(y, x, 2, selected ? ">" : " ", attr);
	ui_text(y, x + 2, w - 2, text, attr);
}

void list_status(const struct list *l, int n, int h, char *buf, size_t size)
{
	int last = l->top + h < n ? l->top + h : n;

	if (n <= h || h <= 0)
		snprintf(buf, size, "%d of %d", n > 0 ? l->sel + 1 : 0, n);
	else
		snprintf(buf, size, "%d-%d of %d%s%s", l->top + 1, last, n,
			 last < n ? (tui.ascii ? ", more below v" : ", more below \u2193") : "",
			 last >= n && l->top > 0 ? (tui.ascii ? ", more above ^" : ", more above \u2191") : "");
}

int list_row_attr(int selected, int focused)
{
	return selected && focused ? ui_attr(UI_SELECTED) : selected ? (int)A_BOLD : (int)A_NORMAL;
}
