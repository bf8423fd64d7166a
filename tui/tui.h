/* tui.h: the terminal wizard's shared state, screen table and keys.
 *
 * One screen is active at a time (a small stack remembers where Esc goes
 * back to).  Each screen has a draw() that paints the whole screen from
 * state, and a key() that changes state; tui.c runs the loop, handles
 * KEY_RESIZE once for all screens and keeps the terminal restorable.
 * The session engine (session.h) decides; screens only show its state
 * and pass the technician's answers back. */
#ifndef KBWIZ_TUI_H
#define KBWIZ_TUI_H

#include <stddef.h>
#include <stdint.h>

#include <curses.h>

#include "cli.h"
#include "kbwiz/evidence.h"
#include "kbwiz/session.h"

/* Evidence named on the command line: the wizard starts a new session
 * with it already added. */
struct tui_evidence_arg {
	enum evidence_kind kind;
	const char *path;
};

struct tui_start {
	const char *const *roots;               /* --root, each a volume: several
						   are a cluster's nodes */
	size_t n_roots;
	const struct tui_evidence_arg *files;   /* --hive/--log/--events */
	size_t n_files;
};

/* Run the wizard until the user quits.  Returns an exit code. */
int tui_run(struct cli *cli, const struct tui_start *start);

/* ---- keys ---------------------------------------------------------------
 * get_wch() returns characters and function keys in overlapping ranges;
 * function keys are tagged with TK_FN so a key is one int. */
#define TK_FN          0x01000000
#define TK(code)       (TK_FN | (code))
#define TK_ESC         27
#define TK_ENTER       '\n'
#define TK_TAB         '\t'
#define TK_BACKSPACE   0x7f
#define TK_CTRL(c)     ((c) & 0x1f)
#define TK_BTAB        TK(KEY_BTAB)
#define TK_UP          TK(KEY_UP)
#define TK_DOWN        TK(KEY_DOWN)
#define TK_LEFT        TK(KEY_LEFT)
#define TK_RIGHT       TK(KEY_RIGHT)
#define TK_HOME        TK(KEY_HOME)
#define TK_END         TK(KEY_END)
#define TK_PGUP        TK(KEY_PPAGE)
#define TK_PGDN        TK(KEY_NPAGE)
#define TK_DELETE      TK(KEY_DC)
#define TK_F(n)        TK(KEY_F(n))
#define TK_RESIZE      TK(KEY_RESIZE)
/* An escape sequence the terminal sent that no key here means: every
 * screen ignores it (it never acts as Esc). */
#define TK_IGNORED     TK(0x7fff)

/* ---- screens ------------------------------------------------------------ */

enum screen_id {
	SCR_MENU,
	SCR_WIZARD,
	SCR_HISTORY,
	SCR_SESSION_VIEW,
	SCR_KB,
	SCR_RULE,
	SCR_HELP,
	SCR_FIX_PLAN,
	SCR_ARTICLE,
	SCR_EVIDENCE,
	SCR_LOGVIEW,
	SCR_COUNT
};

/* What a key handler did with a key (htop's HandlerResult): the frame
 * runs the keys that work everywhere (F1, ?) only for an ignored key, so
 * routing never depends on what was last painted. */
enum key_result {
	KR_IGNORED = 0,   /* not this screen's: the frame may use it */
	KR_HANDLED = 1,   /* used */
	KR_REDRAW,        /* used; repaint everything */
	KR_POP,           /* leave this screen */
	KR_QUIT,          /* leave kbwiz */
};

struct screen {
	const char *name;
	/* Paint the whole screen from state: no loading, no store calls,
	 * no screen changes (it may run at any time, e.g. under a dialog). */
	void (*draw)(void);
	enum key_result (*key)(int key);
	const char *help;     /* this screen's part of the help text */
	/* Bring state up to date before a draw (reload what a key or another
	 * screen changed); the frame calls it after every key, never draw.
	 * NULL: nothing to do. */
	void (*sync)(void);
};

extern const struct screen screen_menu, screen_wizard, screen_history,
	screen_session_view, screen_kb, screen_rule, screen_help,
	screen_fix_plan, screen_article, screen_evidence;
extern const struct screen screen_logview;

/* Save what is being typed on the wizard's current step (the case
 * fields, a note): kbwiz is ending (a signal, a lost terminal) and the
 * session must be what the closing message says.  0 when all is saved. */
int wizard_save_typing(void);

/* Minimum terminal size every screen is laid out for. */
#define TUI_MIN_ROWS 24
#define TUI_MIN_COLS 80

struct tui {
	struct cli *cli;
	struct kb_store *store;
	struct session *session;  /* the open session, or NULL */
	unsigned session_gen;     /* bumped when session changes */
	int ascii;                /* no UTF-8: ASCII symbols and lines */
	int colour;               /* colours in use (never alone) */
	int rows, cols;
	int stack[16];
	int depth;
	char msg[1024];           /* the message line */
	int msg_error;
	int cursor_y, cursor_x;   /* where the text cursor goes, -1 none */
	char pos[64];             /* the scroll position the frame shows in
				   * the status line ("" none): set by the
				   * text view drawn, like the cursor */
	int quit;
	const char *demo_root;    /* NULL when there is no demo evidence */
	char demo_buf[4096];
};

extern struct tui tui;

/* Screen stack. */
/* The screen registered for id (tui.c holds the one table). */
const struct screen *tui_screen(enum screen_id id);
void tui_push(enum screen_id id);
void tui_pop(void);
void tui_replace(enum screen_id id);
enum screen_id tui_current(void);

/* The message line (sanitized when drawn); "" clears. */
void tui_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void tui_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Give a key to the current screen, then to the global keys when the
 * screen ignores it; and bring the current screen up to date (its sync)
 * before it is drawn. */
void tui_dispatch(int key);
void tui_sync(void);
/* Paint the current screen and show it; tui_paint paints without
 * showing (a dialog then draws over it). */
void tui_draw(void);
void tui_paint(void);
/* Read one key (blocking, with the stop-signal check); ERR when a stop
 * signal arrived. */
int tui_getkey(void);
/* keys.c: the key a control-key stand-in means (^N: PgDn), or key; the
 * key an escape sequence (after the ESC) is, or TK_IGNORED. */
int tui_key_alias(int key);
int tui_escape_sequence(const char *text);
/* After an ESC was read: TK_ESC when it was the Esc key, else the key
 * its sequence is (TK_IGNORED when unknown). */
int tui_after_escape(void);
/* Nonzero when SIGINT or SIGTERM asked us to stop. */
int tui_stopping(void);

/* Entry points of screens that need an argument. */
void history_open(int resume_mode);      /* resume mode: in-progress only */
void session_view_open(int64_t id);      /* one session, read-only */
void rule_view_open(const char *rule_id);
void kb_open(void);                      /* the knowledge base */
void article_open(const char *article_id);  /* a library article */
/* The evidence explorer over a copy of ev (screen_evidence.c); where
 * names it in the title ("session #12"). */
void evidence_view_open(const struct evidence_set *ev, const char *where);
/* A log around line (0: from the top), with search (may be NULL) as the
 * text n and N look for (screen_logview.c). */
void logview_screen_open(const char *path, uint64_t line, const char *search);
/* Add articles to the library from a folder the technician picks, with
 * progress; Esc stops, what was indexed is kept (dialog_library.c).
 * 1 when articles were added. */
int library_add_dialog(void);

/* The registry repair of the open session's chosen rule (screen_fix.c):
 * the plan view, and the actions the remediation step and the plan
 * view share.  Each puts its outcome on the message line. */
void fix_plan_open(void);
void fix_action_apply(void);
void fix_action_export_reg(void);
void fix_action_undo(void);
void fix_action_verify(void);

/* Export a session's report: ask the format and the path, write it
 * (dialog_export.c). */
void export_dialog(int64_t session_id);

/* Session helpers shared by menu, history and wizard. */
void tui_set_session(struct session *s);   /* closes the previous one */
int tui_new_session(const char *root, const struct tui_evidence_arg *files,
		    size_t n_files, const char *label);
int tui_resume_session(int64_t id);

/* ---- drawing helpers (widgets.c) ---------------------------------------- */

enum ui_style {
	UI_NORMAL,
	UI_TITLE,      /* title bar */
	UI_STATUS,     /* key line */
	UI_SELECTED,   /* the highlighted row */
	UI_HEADING,
	UI_OK,
	UI_FAIL,
	UI_DAMAGED,
	UI_NOTCHECKED,
	UI_MATCH,      /* matched text in a log line */
	UI_ERROR,
	UI_DIM,
	UI_FIELD,      /* a text field */
	UI_KEY,        /* a key name in the help */
	UI_FIELD_FOCUS,/* the text field with the focus */
	UI_DIALOG,     /* inside a dialog box */
};

int ui_attr(enum ui_style st);

/* Sanitize untrusted text for the screen (the one place it is done);
 * caller frees.  Never NULL (an empty string on out-of-memory). */
char *ui_safe(const char *untrusted);

/* Draw text at (y, x) clipped to w columns; untrusted text is sanitized
 * here.  Returns the number of columns drawn. */
int ui_text(int y, int x, int w, const char *untrusted, int attr);
/* printf-style; the result is sanitized as a whole. */
int ui_textf(int y, int x, int w, int attr, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* Draw already-sanitized text (len bytes). */
int ui_put_safe(int y, int x, int w, const char *safe, size_t len, int attr);
/* Display width of sanitized UTF-8 text. */
int ui_width(const char *safe, size_t len);
/* Fill a row from x to the right edge with attr. */
void ui_fill(int y, int x, int w, int attr);
/* A horizontal rule. */
void ui_hline(int y, int x, int w);
/* The title bar (row 0) and the key line (last row). */
void ui_title(const char *left, const char *right);
void ui_keys(const char *keys);
/* The key line of w columns at (y, x) as a function-key bar. */
void ui_key_bar(int y, int x, int w, const char *line);
/* The name of a key as this terminal has it, or its stand-in where the
 * terminal lacks it (a vt100 has no PgDn: ^N); keys.c. */
const char *ui_key_name(int key);
/* keys with every key name the terminal lacks replaced by its stand-in
 * ("PgDn Next" reads "^N Next" on a vt100). */
void ui_key_names(const char *keys, char *out, size_t size);

/* Symbols for check and fix statuses: UTF-8 or ASCII, never colour alone. */
const char *ui_check_symbol(int check_status);
int ui_check_style(int check_status);

/* A path in w columns: shortened in the middle so that the file name
 * stays (textfit.c); sanitized here. */
int ui_path(int y, int x, int w, const char *untrusted_path, int attr);

/* ---- dialogs (dialog.c): one modal loop ------------------------------------
 * A bordered, titled box over the current screen with a clear margin:
 * the text (wrapped, never cut), a body of body_rows rows that
 * draw_body paints at body_y/x/w/h, a note (a hint, or an error kept
 * until changed) and the keys.  key() gets every key but F1 (help_text
 * in a box of its own) and returns nonzero to close, with result set. */
struct dialog {
	const char *title;
	const char *text;
	const char *keys;
	const char *help_text;
	int body_rows;
	void (*draw_body)(struct dialog *d);
	int (*key)(struct dialog *d, int key);
	void *ctx;
	char note[2048];
	int note_error;
	int result;                  /* -1 when closed by a stop signal */
	int body_y, body_x, body_w, body_h;   /* set by the loop */
};
int dialog_run(struct dialog *d);
void dialog_note(struct dialog *d, int error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A bordered box with a title and a one-cell clear margin. */
void ui_frame(int y, int x, int h, int w, const char *title);

/* Modal yes/no question over the current screen (wrapped, never cut);
 * 1 yes, 0 no. */
int ui_confirm(const char *question);

/* Draw untrusted text wrapped at w columns in at most max_rows rows;
 * returns the rows used.  ui_text_rows: the rows it needs. */
int ui_text_wrapped(int y, int x, int w, int max_rows, const char *untrusted, int attr);
int ui_text_rows(const char *untrusted, int w);

/* A progress box over the current screen. */
void ui_progress(const char *title, const char *path, uint64_t done,
		 uint64_t total);
/* Nonzero when Esc was pressed (non-blocking); handles resizes. */
int ui_poll_cancel(void);

/* ---- text input ---------------------------------------------------------- */

struct input {
	char buf[2048];
	size_t len, cur;     /* bytes; cur is on a character boundary */
	size_t max;          /* largest len allowed (0: sizeof buf - 1) */
};

void input_set(struct input *in, const char *s);
/* Editing keys; returns 1 when the key was used. */
int input_key(struct input *in, int key);
/* Complete the file name before the cursor from its directory.  msg gets
 * the choices when there are several. */
void input_complete_path(struct input *in, char *msg, size_t size);
/* Draw the field; when focused, the cursor goes there. */
void input_draw(const struct input *in, int y, int x, int w, int focused);

/* Modal choice of one of n (Up/Down, or a choice's key); Enter takes
 * it.  Returns the index, or -1 on Esc. */
struct ui_choice {
	int key;              /* a key that picks it, 0 none */
	const char *label;
};
int ui_choose(const char *question, const struct ui_choice *choices, int n, int def);

/* Modal text question: edits in (start it with the default); Tab
 * completes file names when paths.  1 on Enter (in not empty), 0 on Esc. */
int ui_prompt(const char *question, struct input *in, int paths);
/* The same with a title and a first note (NULL: none). */
int ui_prompt_in(const char *title, const char *question, struct input *in, int paths,
		 const char *note, int note_error);

/* Ask where to write a file, then write it (dialog_path.c): the path
 * (Tab completes; a directory gets name inside it; an existing file is
 * replaced only after a yes) is passed to write(); when write fails the
 * box stays open with the path and the error, to correct or cancel.
 * dir_only: the answer must be a directory (name goes inside it).
 * 1 when written (shown gets the absolute path), 0 when cancelled. */
struct path_ask {
	const char *title;
	const char *question;
	const char *name;            /* the offered file name */
	const char *start;           /* the first answer (NULL: name) */
	int dir_only;
	int (*write)(void *ctx, const char *path, int replace, struct kb_error *err);
	void *ctx;
	char shown[4096];
};
int ui_ask_path(struct path_ask *pa);

/* ---- lists ---------------------------------------------------------------- */

struct list {
	int sel, top;
	int page;        /* items shown at the last list_draw */
	int item_rows;   /* screen rows an item takes (0: 1) */
};

/* Up/Down/Home/End (and PgUp/PgDn when page > 0; page LIST_PAGE: by
 * the rows list_draw showed last); 1 when used. */
#define LIST_PAGE (-1)
int list_key(struct list *l, int key, int n, int page);
/* The list owns its viewport and its position: in h rows from y, keep
 * the selection in view, paint the items that show (row(ctx, i, y,
 * selected), item_rows rows each) and remember how many for paging;
 * the last of the h rows says where the list is (list_status, at the
 * right), the same on every list. */
typedef void (*list_row_fn)(void *ctx, int i, int y, int selected);
void list_draw(struct list *l, int y, int h, int n, list_row_fn row, void *ctx);
/* Keep sel in 0..n-1 and visible in a window of height rows. */
void list_fit(struct list *l, int n, int height);
/* Draw row i of a list (selected rows reversed); text untrusted. */
void list_row(int y, int x, int w, const char *text, int selected, int focused);
int list_row_attr(int selected, int focused);
/* Where a list of n rows shown h at a time is: "3 of 5", or "1-4 of 5,
 * more below" when it does not fit. */
void list_status(const struct list *l, int n, int h, char *buf, size_t size);

/* ---- scrollable text ------------------------------------------------------ */

struct tspan {
	size_t start, end;   /* bytes into the sanitized line */
	int attr;
};

struct tline {
	char *text;          /* sanitized */
	size_t len;
	int indent;          /* columns for wrapped continuation rows */
	int attr;            /* the whole line */
	struct tspan *spans;
	size_t n_spans;
};

struct tbuf {
	struct tline *lines;
	size_t n, cap;
	int top;             /* first visual row shown */
	int oom;
	/* Text shown marked wherever it is (the viewer's search, any case;
	 * NULL none), and the line of the current match, marked more (-1
	 * none).  tbuf_clear drops them. */
	const char *mark;
	long mark_line;
};

void tbuf_clear(struct tbuf *tb);
/* Start a new line. */
void tbuf_line(struct tbuf *tb, int attr, int indent);
/* Append untrusted text to the current line, with attr over it (0: the
 * line's). */
void tbuf_put(struct tbuf *tb, int attr, const char *untrusted);
void tbuf_putn(struct tbuf *tb, int attr, const char *untrusted, size_t len);
void tbuf_putf(struct tbuf *tb, int attr, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A whole line at once. */
void tbuf_linef(struct tbuf *tb, int attr, int indent, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Wrapped at w columns: how many rows. */
int tbuf_rows(const struct tbuf *tb, int w);
void tbuf_draw(struct tbuf *tb, int y, int x, int h, int w);
/* The same without putting the position in the status line (a dialog's
 * text, a message). */
void tbuf_paint(struct tbuf *tb, int y, int x, int h, int w);
/* The one text viewer (viewer.c): tbuf_key's scrolling and / (search,
 * asked in a box), n and N (next and previous match). */
enum key_result viewer_key(struct tbuf *tb, int key, int h, int w);
/* The viewer filling the screen between the title and the key line:
 * viewer_key's keys, and Esc or q leaves (KR_POP). */
void viewer_page_draw(struct tbuf *tb);
enum key_result viewer_page_key(struct tbuf *tb, int key);
/* Up/Down/PgUp/PgDn/Home/End/Space/b; 1 when used.  pages: whether
 * PgUp/PgDn scroll (the wizard uses them for Back/Next). */
int tbuf_key(struct tbuf *tb, int key, int h, int w, int pages);

/* The rule, rendered as `kbwiz kb show` prints it, into tb. */
struct rule;
void tbuf_rule(struct tbuf *tb, const struct rule *r);

#endif
