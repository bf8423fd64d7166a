/* screen_logview.c: a cluster or text log around one line, read-only: the
 * context of a log hit.  / searches (any case), n and N go to the next
 * and previous line holding the text, g jumps to a line.  The reading and
 * searching are core's (logview.h: bounded memory on logs of any size);
 * this screen only shows a window of lines.  Log text is untrusted: it
 * reaches the screen through the text buffer, which sanitizes it. */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/logview.h"

static struct {
	struct logview *lv;
	uint64_t top;                  /* first line shown */
	uint64_t cur;                  /* the line marked, 0 none */
	char search[LOGVIEW_SEARCH_MAX + 1];
	struct tbuf view;              /* the window, built by build() */
	int built_rows;                /* the height it was built for */
} lvs;

static int view_rows(void)
{
	return tui.rows - 4;
}

/* The lines from top, as many as the screen has rows (long lines wrap
 * and push the last ones off), the marked line flagged and every
 * occurrence of the search text highlighted. */
static void build(void)
{
	struct kb_error err = { "" };
	struct logview_window w;
	char num[32];
	int width;
	size_t i;

	tbuf_clear(&lvs.view);
	lvs.built_rows = tui.rows;
	width = snprintf(num, sizeof num, "%llu", (unsigned long long)logview_line_count(lvs.lv));
	if (logview_read(lvs.lv, lvs.top, (size_t)(view_rows() > 0 ? view_rows() : 1), &w,
			 &err) != 0) {
		tbuf_linef(&lvs.view, ui_attr(UI_ERROR), 0, "%s", err.msg);
		return;
	}
	for (i = 0; i < w.n; i++) {
		const struct logview_line *l = &w.lines[i];
		int mark = l->line_no == lvs.cur;
		size_t at = 0, from = 0, k = strlen(lvs.search);

		tbuf_line(&lvs.view, mark ? ui_attr(UI_HEADING) : 0, width + 3);
		tbuf_putf(&lvs.view, ui_attr(mark ? UI_HEADING : UI_DIM), "%c%*llu ", mark ? '>' : ' ',
			  width, (unsigned long long)l->line_no);
		/* In parts, so the highlight lands on the text even where
		 * escapes make the line longer. */
		while (k > 0 && logview_find_in(l->text, l->len, lvs.search, &at)) {
			tbuf_putn(&lvs.view, 0, l->text + from, at - from);
			tbuf_putn(&lvs.view, ui_attr(UI_MATCH), l->text + at, k);
			from = at = at + k;
		}
		tbuf_putn(&lvs.view, 0, l->text + from, l->len - from);
		if (l->cut)
			tbuf_putf(&lvs.view, ui_attr(UI_DIM), " [... %llu bytes in all]",
				  (unsigned long long)l->full_len);
	}
	if (w.n == 0)
		tbuf_linef(&lvs.view, ui_attr(UI_DIM), 0, "(the log is empty)");
	logview_window_clear(&w);
}

/* Show line with a few lines above it, marked. */
static void go_to(uint64_t line)
{
	uint64_t above = (uint64_t)(view_rows() / 3);

	lvs.cur = line;
	lvs.top = line > above ? line - above : 1;
	build();
}

/* The last lines: wrapped lines take more than one row, so the top moves
 * down until the last line fits. */
static void show_end(void)
{
	uint64_t n = logview_line_count(lvs.lv), rows = (uint64_t)(view_rows() > 0 ? view_rows() : 1);

	lvs.top = n > rows ? n - rows + 1 : 1;
	build();
	while (lvs.top < n && tbuf_rows(&lvs.view, tui.cols) > view_rows()) {
		lvs.top++;
		build();
	}
}

static int open_progress(void *ctx, uint64_t done, uint64_t total)
{
	ui_progress("Reading the log (Esc stops)", ctx, done, total);
	return ui_poll_cancel();
}

void logview_screen_open(const char *path, uint64_t line, const char *search)
{
	struct kb_error err = { "" };
	struct logview *lv = NULL;

	if (logview_open(path, open_progress, (void *)path, &lv, &err) != 0) {
		tui_error("%s", err.msg);
		return;
	}
	logview_close(lvs.lv);
	tbuf_clear(&lvs.view);
	memset(&lvs, 0, sizeof lvs);
	lvs.lv = lv;
	if (search != NULL && strlen(search) <= LOGVIEW_SEARCH_MAX)
		snprintf(lvs.search, sizeof lvs.search, "%s", search);
	tui_push(SCR_LOGVIEW);
	if (line > 0) {
		go_to(line);
	} else {
		lvs.top = 1;
		build();
	}
}

static void logview_draw(void)
{
	const char *name = strrchr(logview_path(lvs.lv), '/');
	uint64_t n = logview_line_count(lvs.lv);

	if (lvs.built_rows != tui.rows)
		build();
	ui_title("kbwiz - log (read-only)", name != NULL ? name + 1 : logview_path(lvs.lv));
	ui_textf(1, 1, tui.cols - 2, ui_attr(UI_DIM), "line %llu of %llu%s%s%s",
		 (unsigned long long)(lvs.cur != 0 ? lvs.cur : lvs.top), (unsigned long long)n,
		 lvs.search[0] ? "   search: " : "", lvs.search, lvs.search[0] ? " (n next, N previous)" : "");
	lvs.view.top = 0;
	tbuf_draw(&lvs.view, 2, 0, view_rows(), tui.cols);
	ui_keys("Up/Down/PgUp/PgDn scroll  / search  n/N next/prev  g line  Esc back  F1");
}

static void search(int backward)
{
	struct kb_error err = { "" };
	uint64_t from = lvs.cur != 0 ? lvs.cur : backward ? lvs.top : lvs.top - 1, found = 0;

	if (lvs.search[0] == '\0') {
		tui_msg("Type / and a text to search for first.");
		return;
	}
	if (logview_search(lvs.lv, lvs.search, from, backward, &found, &err) != 0) {
		tui_error("Not found %s line %llu: %s", backward ? "before" : "after",
			  (unsigned long long)from, lvs.search);
		return;
	}
	tui_msg("%s", "");
	go_to(found);
}

static void ask(const char *question, int is_line)
{
	struct input in;

	memset(&in, 0, sizeof in);
	if (!is_line)
		input_set(&in, lvs.search);
	if (!ui_prompt(question, &in, 0))
		return;
	if (is_line) {
		char *end;
		unsigned long long v = strtoull(in.buf, &end, 10);
		if (end == in.buf || *end != '\0' || v == 0 || v > logview_line_count(lvs.lv)) {
			tui_error("Not a line of this log (1 to %llu): %s",
				  (unsigned long long)logview_line_count(lvs.lv), in.buf);
			return;
		}
		go_to(v);
		return;
	}
	if (in.len > LOGVIEW_SEARCH_MAX) {
		tui_error("The search text is longer than %d bytes.", LOGVIEW_SEARCH_MAX);
		return;
	}
	memcpy(lvs.search, in.buf, in.len + 1);
	search(0);
}

static enum key_result logview_key(int key)
{
	uint64_t n = logview_line_count(lvs.lv), page = (uint64_t)(view_rows() > 1 ? view_rows() - 1 : 1);
	uint64_t last_top = n > (uint64_t)view_rows() ? n - (uint64_t)view_rows() + 1 : 1;

	switch (key) {
	case TK_ESC:
	case 'q':
		logview_close(lvs.lv);
		tbuf_clear(&lvs.view);
		memset(&lvs, 0, sizeof lvs);
		return KR_POP;
	case TK_UP:
		lvs.top = lvs.top > 1 ? lvs.top - 1 : 1;
		break;
	case TK_DOWN:
		lvs.top = lvs.top < last_top ? lvs.top + 1 : lvs.top;
		break;
	case TK_PGUP:
	case 'b':
		lvs.top = lvs.top > page ? lvs.top - page : 1;
		break;
	case TK_PGDN:
	case ' ':
		lvs.top = lvs.top + page < last_top ? lvs.top + page : last_top;
		break;
	case TK_HOME:
		lvs.top = 1;
		break;
	case TK_END:
		show_end();
		return KR_HANDLED;
	case '/':
		ask("Search the log for (any case):", 0);
		return KR_HANDLED;
	case 'n':
		search(0);
		return KR_HANDLED;
	case 'N':
		search(1);
		return KR_HANDLED;
	case 'g':
	case ':':
		ask("Go to line:", 1);
		return KR_HANDLED;
	default:
		return KR_IGNORED;
	}
	build();
	return KR_HANDLED;
}

const struct screen screen_logview = {
	"Log",
	logview_draw,
	logview_key,
	"A log around one line, read-only: the line marked with > is the hit\n"
	"or the line you went to.\n"
	"  Up/Down, PgUp/PgDn (Space, b), Home/End   scroll\n"
	"  /                search for a text, ignoring case (from the marked line)\n"
	"  n, N             the next, the previous line holding it\n"
	"  g                go to a line number\n"
	"  Esc              back\n"
	"Control characters in the log are shown as \\xNN escapes, never sent to\n"
	"the terminal.  Long lines wrap; past 4096 bytes they are cut.\n",
	NULL,
};
