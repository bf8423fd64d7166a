/* dialog.c: the one modal loop.  A dialog is a bordered, titled box over
 * the current screen (drawn first, untouched): its question wrapped, a
 * body (choices, a text field, a scrolling text), a note (a hint or an
 * error) and its keys.  The box and a one-cell margin around it are
 * cleared, so nothing of the screen below shows through.  Yes/no
 * questions, choices, text questions and help inside a dialog (F1) are
 * all this loop with their own body and keys. */
#include "tui.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The widest box a dialog uses: the whole width but a margin that shows
 * the screen below around it. */
static int dialog_width(void)
{
	int w = tui.cols - 8;

	return w > 72 ? 72 : w;
}

void ui_frame(int y, int x, int h, int w, const char *title)
{
	int attr = ui_attr(UI_DIALOG), i;
	const char *hz = tui.ascii ? "-" : "\u2500", *vt = tui.ascii ? "|" : "\u2502";

	/* The margin: one blank cell all round, in the screen's colours. */
	for (i = -1; i <= h; i++)
		ui_fill(y + i, x - 1, w + 2, A_NORMAL);
	for (i = 0; i < h; i++)
		ui_fill(y + i, x, w, attr);
	attron(attr);
	for (i = 1; i < w - 1; i++) {
		mvaddstr(y, x + i, hz);
		mvaddstr(y + h - 1, x + i, hz);
	}
	for (i = 1; i < h - 1; i++) {
		mvaddstr(y + i, x, vt);
		mvaddstr(y + i, x + w - 1, vt);
	}
	mvaddstr(y, x, tui.ascii ? "+" : "\u250c");
	mvaddstr(y, x + w - 1, tui.ascii ? "+" : "\u2510");
	mvaddstr(y + h - 1, x, tui.ascii ? "+" : "\u2514");
	mvaddstr(y + h - 1, x + w - 1, tui.ascii ? "+" : "\u2518");
	attroff(attr);
	if (title != NULL && *title != '\0') {
		char t[256];
		snprintf(t, sizeof t, " %s ", title);
		ui_text(y, x + 2, w - 4, t, attr | A_BOLD);
	}
}

/* Wrap untrusted text into tb; returns the rows it takes at w columns. */
static int wrap_into(struct tbuf *tb, const char *untrusted, int attr, int w)
{
	const char *p = untrusted, *nl;

	tbuf_clear(tb);
	do {
		nl = strchr(p, '\n');
		tbuf_line(tb, attr, 2);
		tbuf_putn(tb, 0, p, nl != NULL ? (size_t)(nl - p) : strlen(p));
		p = nl != NULL ? nl + 1 : NULL;
	} while (p != NULL);
	return tbuf_rows(tb, w);
}

int ui_text_wrapped(int y, int x, int w, int max_rows, const char *untrusted, int attr)
{
	struct tbuf tb;
	int rows;

	memset(&tb, 0, sizeof tb);
	rows = wrap_into(&tb, untrusted, attr, w);
	if (rows > max_rows)
		rows = max_rows;
	if (rows > 0)
		tbuf_paint(&tb, y, x, rows, w);
	tbuf_clear(&tb);
	return rows;
}

int ui_text_rows(const char *untrusted, int w)
{
	struct tbuf tb;
	int rows;

	memset(&tb, 0, sizeof tb);
	rows = wrap_into(&tb, untrusted, 0, w);
	tbuf_clear(&tb);
	return rows;
}

/* ---- the loop ------------------------------------------------------------ */

static void dialog_help(const struct dialog *d);

/* Lay the dialog out and paint it over the screen below. */
static void dialog_paint(struct dialog *d, struct tbuf *q, struct tbuf *note)
{
	int w = dialog_width(), iw = w - 4, q_rows, n_rows = 0, body, h, y, x, attr;

	tui_paint();
	tui.cursor_y = tui.cursor_x = -1;
	if (tui.rows < TUI_MIN_ROWS || tui.cols < TUI_MIN_COLS)
		return;
	attr = ui_attr(UI_DIALOG);
	/* The question is wrapped, never cut: it may name a file whose
	 * whole path matters.  Only a question taller than the screen
	 * loses its last rows. */
	q_rows = d->text != NULL && d->text[0] != '\0' ? wrap_into(q, d->text, attr, iw) : 0;
	if (d->note[0] != '\0')
		n_rows = wrap_into(note, d->note, d->note_error ? ui_attr(UI_ERROR) | attr : attr, iw);
	if (n_rows > 4)
		n_rows = 4;
	body = d->body_rows;
	if (body > tui.rows - 8)
		body = tui.rows - 8;
	if (q_rows > tui.rows - 8 - body - n_rows)
		q_rows = tui.rows - 8 - body - n_rows;
	if (q_rows < 0)
		q_rows = 0;
	h = 2 + q_rows + (q_rows > 0 && body > 0 ? 1 : 0) + body + (n_rows > 0 ? n_rows + 1 : 0) + 2;
	y = (tui.rows - h) / 2;
	x = (tui.cols - w) / 2;
	ui_frame(y, x, h, w, d->title);
	if (q_rows > 0)
		tbuf_paint(q, y + 1, x + 2, q_rows, iw);
	d->body_y = y + 1 + q_rows + (q_rows > 0 && body > 0 ? 1 : 0);
	d->body_x = x + 2;
	d->body_w = iw;
	d->body_h = body;
	if (n_rows > 0)
		tbuf_paint(note, d->body_y + body + 1, x + 2, n_rows, iw);
	ui_text(y + h - 2, x + 2, iw, d->keys != NULL ? d->keys : "", attr | A_DIM);
	if (d->draw_body != NULL && body > 0)
		d->draw_body(d);
}

int dialog_run(struct dialog *d)
{
	struct tbuf q, note;
	int key, rc;

	memset(&q, 0, sizeof q);
	memset(&note, 0, sizeof note);
	d->result = -1;
	for (;;) {
		dialog_paint(d, &q, &note);
		if (tui.cursor_y >= 0) {
			curs_set(1);
			move(tui.cursor_y, tui.cursor_x);
		} else {
			curs_set(0);
		}
		refresh();
		key = tui_getkey();
		if (key == ERR)
			break;
		if (key == TK_RESIZE || key == TK_IGNORED)
			continue;
		if (tui.rows < TUI_MIN_ROWS || tui.cols < TUI_MIN_COLS)
			continue;
		if (key == TK_F(1) && d->help_text != NULL) {
			dialog_help(d);
			continue;
		}
		rc = d->key(d, key);
		if (rc != 0)
			break;
	}
	tbuf_clear(&q);
	tbuf_clear(&note);
	return d->result;
}

void dialog_note(struct dialog *d, int error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(d->note, sizeof d->note, fmt, ap);
	va_end(ap);
	d->note_error = error;
}

/* ---- help inside a dialog (F1) --------------------------------------------- */

struct help_ctx {
	struct tbuf text;
};

static void help_body(struct dialog *d)
{
	struct help_ctx *hc = d->ctx;

	tbuf_paint(&hc->text, d->body_y, d->body_x, d->body_h, d->body_w);
}

static int help_key(struct dialog *d, int key)
{
	struct help_ctx *hc = d->ctx;

	if (key == TK_ESC || key == TK_ENTER || key == 'q' || key == TK_F(1) || key == '?')
		return 1;
	tbuf_key(&hc->text, key, d->body_h, d->body_w, 1);
	return 0;
}

static void add_lines(struct tbuf *tb, const char *text)
{
	const char *p = text, *nl;

	while (*p != '\0') {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p);
		tbuf_line(tb, 0, 19);
		tbuf_putn(tb, 0, p, (size_t)(nl - p));
		p = *nl == '\n' ? nl + 1 : nl;
	}
}

static void dialog_help(const struct dialog *d)
{
	struct help_ctx hc;
	struct dialog h;
	int rows;

	memset(&hc, 0, sizeof hc);
	memset(&h, 0, sizeof h);
	tbuf_line(&hc.text, ui_attr(UI_HEADING), 0);
	tbuf_put(&hc.text, 0, d->title != NULL ? d->title : "This box");
	add_lines(&hc.text, d->help_text);
	tbuf_line(&hc.text, 0, 0);
	tbuf_line(&hc.text, ui_attr(UI_HEADING), 0);
	tbuf_put(&hc.text, 0, "Everywhere in a box");
	add_lines(&hc.text, "  Esc              cancel: nothing is written\n"
		  "  F1               this help\n");
	rows = tbuf_rows(&hc.text, dialog_width() - 4);
	h.title = "Help";
	h.keys = "Up/Down/Space/b scroll  Esc back to the box";
	h.body_rows = rows;
	h.draw_body = help_body;
	h.key = help_key;
	h.ctx = &hc;
	dialog_run(&h);
	tbuf_clear(&hc.text);
}

/* ---- yes or no --------------------------------------------------------------- */

static int confirm_key(struct dialog *d, int key)
{
	if (key == 'y' || key == 'Y') {
		d->result = 1;
		return 1;
	}
	if (key == 'n' || key == 'N' || key == TK_ESC) {
		d->result = 0;
		return 1;
	}
	return 0;
}

int ui_confirm(const char *question)
{
	struct dialog d = {
		.title = "Confirm", .text = question, .key = confirm_key,
		.keys = "y = yes    n or Esc = no    F1 help",
		.help_text = "  y                yes, go ahead\n"
			     "  n, Esc           no: nothing changes\n",
	};

	return dialog_run(&d) == 1;
}

/* ---- one of n ------------------------------------------------------------------ */

struct choose_ctx {
	const struct ui_choice *choices;
	int n, sel;
};

static void choose_body(struct dialog *d)
{
	struct choose_ctx *cc = d->ctx;
	int i;

	for (i = 0; i < cc->n && i < d->body_h; i++) {
		char line[256];
		int sel = i == cc->sel;
		snprintf(line, sizeof line, "(%s) %s", sel ? "*" : " ", cc->choices[i].label);
		ui_fill(d->body_y + i, d->body_x, d->body_w, sel ? ui_attr(UI_SELECTED) : ui_attr(UI_DIALOG));
		ui_text(d->body_y + i, d->body_x + 1, d->body_w - 1, line,
			sel ? ui_attr(UI_SELECTED) : ui_attr(UI_DIALOG));
	}
	tui.cursor_y = d->body_y + cc->sel;
	tui.cursor_x = d->body_x + 2;
}

static int choose_key(struct dialog *d, int key)
{
	struct choose_ctx *cc = d->ctx;
	int i;

	if (key == TK_ESC) {
		d->result = -1;
		return 1;
	}
	if (key == TK_ENTER) {
		d->result = cc->sel;
		return 1;
	}
	if (key == TK_UP || key == TK_LEFT || key == TK_BTAB || key == 'k')
		cc->sel = (cc->sel + cc->n - 1) % cc->n;
	else if (key == TK_DOWN || key == TK_RIGHT || key == TK_TAB || key == ' ' || key == 'j')
		cc->sel = (cc->sel + 1) % cc->n;
	for (i = 0; i < cc->n; i++)
		if (cc->choices[i].key != 0 && key == cc->choices[i].key)
			cc->sel = i;
	return 0;
}

int ui_choose(const char *question, const struct ui_choice *choices, int n, int def)
{
	struct choose_ctx cc = { choices, n, def >= 0 && def < n ? def : 0 };
	struct dialog d = {
		.title = "Choose", .text = question, .body_rows = n,
		.draw_body = choose_body, .key = choose_key, .ctx = &cc,
		.keys = "Up/Down or the key in brackets  Enter = OK  Esc = cancel  F1 help",
		.help_text = "  Up/Down, Tab     move between the choices\n"
			     "  a key            the choice it starts with\n"
			     "  Enter            take the marked choice\n"
			     "  Esc              cancel\n",
	};

	return dialog_run(&d);
}

/* ---- a line of text ---------------------------------------------------------------- */

/* The editing keys of every text field (widgets.c input_key). */
#define EDIT_KEYS "  Left/Right, Home/End, ^A/^E  move in the field\n" \
		  "  Backspace, Del, ^U, ^K       delete\n"

struct prompt_ctx {
	struct input *in;
	int paths;
};

static void prompt_body(struct dialog *d)
{
	struct prompt_ctx *pc = d->ctx;

	input_draw(pc->in, d->body_y, d->body_x, d->body_w, 1);
}

static int prompt_key(struct dialog *d, int key)
{
	struct prompt_ctx *pc = d->ctx;

	if (key == TK_ESC) {
		d->result = 0;
		return 1;
	}
	if (key == TK_ENTER) {
		if (pc->in->buf[0] == '\0') {
			dialog_note(d, 0, "Type something first (Esc cancels).");
			return 0;
		}
		d->result = 1;
		return 1;
	}
	if (key == TK_TAB && pc->paths) {
		input_complete_path(pc->in, d->note, sizeof d->note);
		d->note_error = 0;
		return 0;
	}
	input_key(pc->in, key);
	return 0;
}

int ui_prompt_in(const char *title, const char *question, struct input *in, int paths,
		 const char *note, int note_error)
{
	struct prompt_ctx pc = { in, paths };
	struct dialog d;

	memset(&d, 0, sizeof d);
	d.title = title;
	d.text = question;
	d.keys = paths ? "Enter = OK  Tab completes the file name  Esc = cancel  F1 help" :
		 "Enter = OK  Esc = cancel  F1 help";
	d.help_text = paths ? "  Enter            take the path\n"
			      "  Tab              complete the file or directory name\n"
			      EDIT_KEYS "  Esc              cancel: nothing is written\n" :
		      "  Enter            take the text\n" EDIT_KEYS "  Esc              cancel\n";
	d.body_rows = 1;
	d.draw_body = prompt_body;
	d.key = prompt_key;
	d.ctx = &pc;
	if (note != NULL)
		dialog_note(&d, note_error, "%s", note);
	in->cur = in->len;
	return dialog_run(&d) == 1;
}

int ui_prompt(const char *question, struct input *in, int paths)
{
	return ui_prompt_in(paths ? "Path" : "Type", question, in, paths, NULL, 0);
}

/* ---- progress ------------------------------------------------------------------------ */

static struct {
	char title[128];
	char path[4096];
	uint64_t done, total;
} prog;

static void progress_paint(void)
{
	int w = dialog_width(), iw = w - 4, y, x, bar, fill, i, pct;

	if (tui.rows < 9 || tui.cols < 40)
		return;
	y = (tui.rows - 7) / 2;
	x = (tui.cols - w) / 2;
	ui_frame(y, x, 7, w, prog.title);
	ui_text(y + 1, x + 2, 8, "reading ", ui_attr(UI_DIALOG));
	ui_path(y + 1, x + 10, iw - 8, prog.path, ui_attr(UI_DIALOG));
	pct = prog.total > 0 ? (int)(prog.done * 100 / prog.total) : 0;
	if (pct > 100)
		pct = 100;
	bar = iw - 7;
	fill = bar * pct / 100;
	attron(ui_attr(UI_DIALOG));
	mvaddch(y + 3, x + 2, '[');
	for (i = 0; i < bar; i++)
		mvaddstr(y + 3, x + 3 + i, i < fill ? (tui.ascii ? "#" : "\u2588") : (tui.ascii ? "." : "\u00b7"));
	mvaddch(y + 3, x + 3 + bar, ']');
	attroff(ui_attr(UI_DIALOG));
	ui_textf(y + 3, x + 5 + bar, 4, ui_attr(UI_DIALOG), "%3d%%", pct);
	ui_text(y + 5, x + 2, iw, "Esc cancels (nothing is recorded)", ui_attr(UI_DIALOG) | A_DIM);
}

void ui_progress(const char *title, const char *path, uint64_t done,
		 uint64_t total)
{
	snprintf(prog.title, sizeof prog.title, "%s", title);
	snprintf(prog.path, sizeof prog.path, "%s", path != NULL ? path : "");
	prog.done = done;
	prog.total = total;
	/* The whole screen below, then the box: a draw is cheap next to
	 * reading the evidence, and a resize never leaves it blank. */
	tui_paint();
	progress_paint();
	refresh();
}

int ui_poll_cancel(void)
{
	wint_t wc;
	int rc, cancel = 0;

	if (tui_stopping())
		return 1;
	nodelay(stdscr, TRUE);
	while ((rc = get_wch(&wc)) != ERR) {
		if (rc == KEY_CODE_YES && wc == KEY_RESIZE) {
			/* Laid out again from state: the whole screen behind
			 * the box, then the box. */
			tui_paint();
			progress_paint();
			refresh();
		} else if (rc == OK && wc == TK_ESC) {
			/* Esc alone cancels; a key's escape sequence does not. */
			if (tui_after_escape() == TK_ESC)
				cancel = 1;
			nodelay(stdscr, TRUE);
		}
	}
	timeout(250);
	return cancel || tui_stopping();
}
