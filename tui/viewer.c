/* viewer.c: the one text viewer: a rule, a session, an article, the help
 * and the repair plan are the same scrolling view of a text buffer
 * (tbuf), with less's keys: / searches (asked in a box), n and N go to
 * the next and the previous match; the current match is shown reversed,
 * the others underlined (tbuf_paint), with or without colour.  The search is shared by every view,
 * as in less and vi. */
#include "tui.h"

#include <stdio.h>
#include <string.h>

#include "kbwiz/strutil.h"

static char last_search[256];

/* The first wrapped row of line i at w columns. */
static int row_of_line(const struct tbuf *tb, size_t i, int w)
{
	struct tbuf head = *tb;

	head.n = i;
	return tbuf_rows(&head, w);
}

/* Move to the next (dir 1) or previous (-1) line holding the search,
 * counted from the line at the top of the view (included when
 * from_top); past either end it wraps round, and says so. */
static void find(struct tbuf *tb, int dir, int from_top, int h, int w)
{
	size_t n = tb->n, top_line = 0, step;
	int max = tbuf_rows(tb, w) - h;

	if (last_search[0] == '\0') {
		tui_msg("No search yet: / searches.");
		return;
	}
	if (n == 0)
		return;
	while (top_line + 1 < n && row_of_line(tb, top_line + 1, w) <= tb->top)
		top_line++;
	for (step = from_top ? 0 : 1; step <= n; step++) {
		size_t k = dir > 0 ? (top_line + step) % n : (top_line + n - step % n) % n;
		int wrapped = dir > 0 ? k < top_line : k > top_line;
		int row;
		if (tb->lines[k].text == NULL || !kb_ci_contains(tb->lines[k].text, last_search))
			continue;
		row = row_of_line(tb, k, w);
		tb->top = row > max ? (max > 0 ? max : 0) : row;
		/* The match shows where it is: marked on the screen. */
		tb->mark = last_search;
		tb->mark_line = (long)k;
		tui_msg("\"%s\": line %zu of %zu%s", last_search, k + 1, n,
			wrapped ? " (the search wrapped round)" : "");
		return;
	}
	tb->mark = NULL;
	tui_error("\"%s\" is not in this text.", last_search);
}

enum key_result viewer_key(struct tbuf *tb, int key, int h, int w)
{
	struct input in;

	switch (key) {
	case '/':
		memset(&in, 0, sizeof in);
		in.max = sizeof last_search - 1;
		input_set(&in, last_search);
		if (ui_prompt_in("Search", "Search this text for (any case):", &in, 0, NULL, 0)) {
			snprintf(last_search, sizeof last_search, "%.255s", in.buf);
			find(tb, 1, 1, h, w);
		}
		return KR_HANDLED;
	case 'n':
		find(tb, 1, 0, h, w);
		return KR_HANDLED;
	case 'N':
		find(tb, -1, 0, h, w);
		return KR_HANDLED;
	case 'g':
		return tbuf_key(tb, TK_HOME, h, w, 1) ? KR_HANDLED : KR_IGNORED;
	case 'G':
		return tbuf_key(tb, TK_END, h, w, 1) ? KR_HANDLED : KR_IGNORED;
	}
	return tbuf_key(tb, key, h, w, 1) ? KR_HANDLED : KR_IGNORED;
}

/* A text that fills the screen under its title, above the key line (a
 * rule, a recorded session): its draw and its keys share the geometry,
 * so that a page down moves by the rows that show. */
void viewer_page_draw(struct tbuf *tb)
{
	tbuf_draw(tb, 2, 1, tui.rows - 4, tui.cols - 2);
}

enum key_result viewer_page_key(struct tbuf *tb, int key)
{
	if (key == TK_ESC || key == 'q')
		return KR_POP;
	return viewer_key(tb, key, tui.rows - 4, tui.cols - 2);
}
