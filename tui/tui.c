/* tui.c: the terminal wizard's frame: terminal setup and restore (on
 * every exit path), signals, the screen table and stack, the main loop,
 * and KEY_RESIZE handled once here by redrawing from state. */
#include "tui.h"

#include <limits.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <poll.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct tui tui;

static const struct screen *const screens[SCR_COUNT] = {
	[SCR_MENU] = &screen_menu,
	[SCR_WIZARD] = &screen_wizard,
	[SCR_HISTORY] = &screen_history,
	[SCR_SESSION_VIEW] = &screen_session_view,
	[SCR_KB] = &screen_kb,
	[SCR_RULE] = &screen_rule,
	[SCR_HELP] = &screen_help,
	[SCR_FIX_PLAN] = &screen_fix_plan,
	[SCR_ARTICLE] = &screen_article,
	[SCR_EVIDENCE] = &screen_evidence,
	[SCR_LOGVIEW] = &screen_logview,
};

const struct screen *tui_screen(enum screen_id id)
{
	return screens[id];
}

static volatile sig_atomic_t stop_signal;
static volatile sig_atomic_t curses_on;
static int terminal_gone;       /* the terminal vanished under us */

/* ---- terminal restore ---------------------------------------------------- */

static void restore_terminal(void)
{
	if (curses_on && !isendwin())
		endwin();
	curses_on = 0;
}

/* SIGINT, SIGTERM, SIGHUP: stop at the next key read; the loop restores
 * the terminal and closes the store cleanly. */
static void on_stop(int sig)
{
	stop_signal = sig;
}

/* A crash: give the terminal back, then die of the same signal so that
 * the shell and any core dump see what happened. */
static void on_fatal(int sig)
{
	if (curses_on)
		endwin();
	curses_on = 0;
	signal(sig, SIG_DFL);
	raise(sig);
}

static void install_signals(void)
{
	static const int fatal[] = { SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL };
	static const int stop[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a blocked key read returns so the loop sees the
	 * signal at once. */
	sa.sa_handler = on_stop;
	for (i = 0; i < sizeof stop / sizeof stop[0]; i++)
		sigaction(stop[i], &sa, NULL);
	sa.sa_handler = on_fatal;
	sa.sa_flags = SA_RESETHAND;
	for (i = 0; i < sizeof fatal / sizeof fatal[0]; i++)
		sigaction(fatal[i], &sa, NULL);
}

int tui_stopping(void)
{
	return stop_signal != 0;
}

/* ---- screens ------------------------------------------------------------- */

void tui_push(enum screen_id id)
{
	if (tui.depth < (int)(sizeof tui.stack / sizeof tui.stack[0]))
		tui.stack[tui.depth++] = id;
	else
		tui.stack[tui.depth - 1] = id;
}

void tui_pop(void)
{
	if (tui.depth > 1)
		tui.depth--;
}

void tui_replace(enum screen_id id)
{
	tui.stack[tui.depth - 1] = id;
}

enum screen_id tui_current(void)
{
	return (enum screen_id)tui.stack[tui.depth - 1];
}

/* The message from fmt with the key names this terminal lacks replaced
 * by their stand-ins ("PgDn goes on" reads "^N goes on" on a vt100): in
 * the format only, which is ours, never in the text filled into it. */
static void set_msg(int error, const char *fmt, va_list ap)
{
	char keyed[1024];

	ui_key_names(fmt, keyed, sizeof keyed);
	vsnprintf(tui.msg, sizeof tui.msg, keyed, ap);
	tui.msg_error = error;
}

void tui_msg(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	set_msg(0, fmt, ap);
	va_end(ap);
}

void tui_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	set_msg(1, fmt, ap);
	va_end(ap);
}

/* The screen first; the keys that work everywhere only when it did not
 * use the key (a '?' typed into a field is the field's). */
void tui_dispatch(int key)
{
	enum key_result r = screens[tui_current()]->key(key);

	switch (r) {
	case KR_POP:
		tui_pop();
		return;
	case KR_QUIT:
		tui.quit = 1;
		return;
	case KR_IGNORED:
		break;
	default:
		return;
	}
	if ((key == TK_F(1) || key == '?') && tui_current() != SCR_HELP)
		tui_push(SCR_HELP);
}

void tui_sync(void)
{
	int i;

	/* A sync may leave its screen (the wizard with no session left):
	 * the one below then syncs in turn. */
	for (i = 0; i < 4; i++) {
		enum screen_id cur = tui_current();
		if (screens[cur]->sync != NULL)
			screens[cur]->sync();
		if (tui_current() == cur)
			break;
	}
}

/* The message line, wrapped upward over the rows above it when it is
 * longer than the screen is wide: a path it names is never cut.  It is
 * there until the next key. */
static void draw_message(void)
{
	int rows = ui_text_rows(tui.msg, tui.cols - 2), i;

	if (rows > 4)
		rows = 4;
	for (i = 0; i < rows; i++)
		ui_fill(tui.rows - 1 - rows + i, 0, tui.cols, A_NORMAL);
	ui_text_wrapped(tui.rows - 1 - rows, 1, tui.cols - 2, rows, tui.msg,
			tui.msg_error ? ui_attr(UI_ERROR) : ui_attr(UI_HEADING));
}

static void draw_too_small(void)
{
	char line[128];
	int y = tui.rows / 2 - 1;

	snprintf(line, sizeof line, "Terminal too small: %dx%d", tui.cols, tui.rows);
	ui_text(y, 0, tui.cols, line, A_BOLD);
	snprintf(line, sizeof line, "kbwiz needs at least %dx%d.", TUI_MIN_COLS, TUI_MIN_ROWS);
	ui_text(y + 1, 0, tui.cols, line, A_NORMAL);
	ui_text(y + 2, 0, tui.cols, "Enlarge the window.", A_NORMAL);
}

void tui_draw(void)
{
	tui_paint();
	if (tui.cursor_y >= 0) {
		curs_set(1);
		move(tui.cursor_y, tui.cursor_x);
	} else {
		curs_set(0);
		move(tui.rows - 1, tui.cols - 1);
	}
	refresh();
}

void tui_paint(void)
{
	getmaxyx(stdscr, tui.rows, tui.cols);
	erase();
	tui.cursor_y = tui.cursor_x = -1;
	tui.pos[0] = '\0';
	if (tui.rows < TUI_MIN_ROWS || tui.cols < TUI_MIN_COLS) {
		draw_too_small();
	} else {
		screens[tui_current()]->draw();
		if (tui.msg[0] != '\0')
			draw_message();
	}
}

/* Is the terminal still there?  A pty whose other side has gone (the
 * terminal emulator closed, tmux killed, an ssh link dropped) does not
 * always bring a SIGHUP (the shell may ignore it, and only the session
 * leader is sent one); its reads then fail at once, and get_wch returns
 * ERR at once instead of after its timeout. */
static int terminal_lost(void)
{
	struct pollfd p = { STDIN_FILENO, POLLIN, 0 };

	if (poll(&p, 1, 0) < 0)
		return errno != EINTR;
	return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* After an ESC: the rest of an escape sequence the terminal sent at
 * once (its bytes are already waiting), or nothing (Esc itself). */
int tui_after_escape(void)
{
	char seq[16];
	size_t n = 0;
	wint_t wc;
	int rc, key = TK_IGNORED;

	nodelay(stdscr, TRUE);
	rc = get_wch(&wc);
	if (rc == ERR) {
		key = TK_ESC;
		goto out;
	}
	/* Not the start of a sequence (a resize, another Esc): the Esc was
	 * a key, and what came after it is the next one. */
	if (rc == KEY_CODE_YES || (wc != '[' && wc != 'O' && (wc < 0x20 || wc > 0x7e))) {
		if (rc == KEY_CODE_YES)
			ungetch((int)wc);
		else
			unget_wch((wchar_t)wc);
		key = TK_ESC;
		goto out;
	}
	/* ESC x (Alt-x) means nothing here: ignored. */
	if (wc != '[' && wc != 'O')
		goto out;
	seq[n++] = (char)wc;
	/* CSI and SS3 end at a final byte (the Linux console's F1 is
	 * ESC [ [ A). */
	while (n + 1 < sizeof seq && (rc = get_wch(&wc)) != ERR) {
		if (rc == KEY_CODE_YES || wc < 0x20 || wc > 0x7e) {
			if (rc == KEY_CODE_YES)
				ungetch((int)wc);
			else
				unget_wch((wchar_t)wc);
			goto out;
		}
		seq[n++] = (char)wc;
		if (wc >= 0x40 && wc <= 0x7e && !(n == 2 && seq[0] == '[' && wc == '['))
			break;
	}
	seq[n] = '\0';
	key = tui_escape_sequence(seq);
out:
	timeout(250);
	return key;
}

int tui_getkey(void)
{
	wint_t wc;
	int rc, fast_errors = 0;
	double t0;

	for (;;) {
		if (stop_signal)
			return ERR;
		t0 = now_ms();
		rc = get_wch(&wc);
		if (rc == ERR) {
			/* The timeout (250 ms) or a signal: check and wait on.
			 * Errors far quicker than the timeout, again and again,
			 * mean the reads are failing: the terminal is gone. */
			fast_errors = now_ms() - t0 < 50.0 ? fast_errors + 1 : 0;
			if (terminal_lost() || fast_errors >= 20) {
				terminal_gone = 1;
				stop_signal = SIGHUP;
				return ERR;
			}
			continue;
		}
		if (rc == KEY_CODE_YES) {
			if (wc == KEY_ENTER)
				return TK_ENTER;
			if (wc == KEY_BACKSPACE)
				return TK_BACKSPACE;
			return TK((int)wc);
		}
		if (wc == '\r')
			return TK_ENTER;
		if (wc == 8)
			return TK_BACKSPACE;
		if (wc == TK_ESC)
			return tui_after_escape();
		return tui_key_alias((int)wc);
	}
}

/* ---- sessions -------------------------------------------------------------- */

void tui_set_session(struct session *s)
{
	if (tui.session != NULL && tui.session != s)
		session_close(tui.session);
	tui.session = s;
	tui.session_gen++;
}

/* The evidence on one volume into the session, saying how much. */
static void add_root(struct session *s, const char *root)
{
	struct kb_error err = { "" };
	size_t found = 0;

	if (session_find_evidence(s, root, &found, &err) != 0)
		tui_error("%s", err.msg);
	else
		tui_msg("Session #%lld: found %zu evidence file%s under %s",
			(long long)session_id(s), found, found == 1 ? "" : "s", root);
}

int tui_new_session(const char *root, const struct tui_evidence_arg *files,
		    size_t n_files, const char *label)
{
	struct kb_error err = { "" };
	struct session *s = NULL;
	size_t i;
	int rc;

	rc = session_new(tui.store, &s, &err);
	if (rc != 0) {
		tui_error("New session: %s", err.msg);
		return rc;
	}
	tui_set_session(s);
	tui_msg("Session #%lld started; everything is saved as you go.",
		(long long)session_id(s));
	if (label != NULL) {
		struct session_case c = *session_get_case(s);
		snprintf(c.label, sizeof c.label, "%s", label);
		if (session_set_case(s, &c, &err) != 0)
			tui_error("%s", err.msg);
	}
	for (i = 0; i < n_files; i++)
		if (session_add_evidence(s, files[i].kind, files[i].path, &err) != 0)
			tui_error("%s", err.msg);
	if (root != NULL)
		add_root(s, root);
	tui.depth = 1;
	tui_push(SCR_WIZARD);
	return 0;
}

int tui_resume_session(int64_t id)
{
	struct kb_error err = { "" };
	struct session *s = NULL;
	int rc;

	if (tui.session != NULL && session_id(tui.session) == id) {
		tui.depth = 1;
		tui_push(SCR_WIZARD);
		return 0;
	}
	rc = session_open(tui.store, id, &s, &err);
	if (rc != 0) {
		tui_error("Session #%lld: %s", (long long)id, err.msg);
		return rc;
	}
	if (session_read_only(s)) {
		tui_error("Session #%lld is finished (%s): it can be read, not resumed.",
			  (long long)id, session_state_name(session_state(s)));
		session_close(s);
		return KB_EREFUSED;
	}
	tui_set_session(s);
	tui_msg("Resumed session #%lld at step %d of %d.", (long long)id,
		(int)session_step(s), SESSION_N_STEPS);
	tui.depth = 1;
	tui_push(SCR_WIZARD);
	return 0;
}

/* ---- setup --------------------------------------------------------------- */

static int is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The demo case that `make demo` builds beside the binary, or where
 * KBWIZ_DEMO_ROOT says. */
static void find_demo(void)
{
	const char *env = getenv("KBWIZ_DEMO_ROOT");
	char exe[PATH_MAX], *slash;
	ssize_t n;

	tui.demo_root = NULL;
	if (env != NULL && *env != '\0') {
		if (is_dir(env)) {
			snprintf(tui.demo_buf, sizeof tui.demo_buf, "%s", env);
			tui.demo_root = tui.demo_buf;
		}
		return;
	}
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return;
	exe[n] = '\0';
	slash = strrchr(exe, '/');
	if (slash == NULL)
		return;
	*slash = '\0';
	snprintf(tui.demo_buf, sizeof tui.demo_buf, "%.4000s/demo/C", exe);
	if (is_dir(tui.demo_buf))
		tui.demo_root = tui.demo_buf;
}

static void setup_colours(void)
{
	const char *no_colour = getenv("NO_COLOR");

	tui.colour = 0;
	if ((no_colour != NULL && *no_colour != '\0') || !has_colors())
		return;
	if (start_color() != OK)
		return;
	use_default_colors();
	init_pair(1, COLOR_WHITE, COLOR_BLUE);    /* title */
	init_pair(2, COLOR_BLACK, COLOR_CYAN);    /* key line */
	init_pair(3, COLOR_GREEN, -1);            /* passed */
	init_pair(4, COLOR_RED, -1);              /* failed, errors */
	init_pair(5, COLOR_YELLOW, -1);           /* damaged */
	init_pair(6, COLOR_BLACK, COLOR_YELLOW);  /* matched text */
	init_pair(7, COLOR_WHITE, COLOR_BLACK);   /* text fields */
	init_pair(8, COLOR_BLACK, COLOR_WHITE);   /* the focused field */
	tui.colour = 1;
}

static int check_start_evidence(const struct tui_start *start)
{
	struct stat st;
	size_t i;
	int bad = 0;

	for (i = 0; i < start->n_files; i++) {
		const char *path = start->files[i].path;
		if (stat(path, &st) != 0) {
			cli_error("%s: %s", path, strerror(errno));
			bad = 1;
		} else if (!S_ISREG(st.st_mode)) {
			cli_error("%s: not a regular file%s", path,
				  S_ISDIR(st.st_mode) ? " (for a mounted Windows volume use --root)" : "");
			bad = 1;
		} else if (access(path, R_OK) != 0) {
			cli_error("%s: %s", path, strerror(errno));
			bad = 1;
		}
	}
	for (i = 0; i < start->n_roots; i++) {
		const char *root = start->roots[i];
		if (stat(root, &st) != 0 || !S_ISDIR(st.st_mode)) {
			cli_error("%s: %s", root, stat(root, &st) != 0 ? strerror(errno) :
				  "not a directory (expected a mounted Windows system volume)");
			bad = 1;
		}
	}
	return bad ? -1 : 0;
}

int tui_run(struct cli *cli, const struct tui_start *start)
{
	int code = EXIT_OK;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		cli_error("the wizard needs a terminal; for scripts use a command (see kbwiz --help)");
		return EXIT_USAGE;
	}
	/* Evidence named on the command line is checked before anything
	 * starts: a typo should be a clear message, not a file quietly
	 * missing from the session. */
	if (start != NULL && check_start_evidence(start) != 0)
		return EXIT_IO;
	memset(&tui, 0, sizeof tui);
	tui.cli = cli;
	tui.ascii = cli->ascii;
	/* The store is opened before curses so that its first-run messages
	 * reach the normal screen. */
	tui.store = cli_store(cli, &code);
	if (tui.store == NULL)
		return code;
	/* Under curses a waiting notice on stderr would tear the screen. */
	store_on_wait(tui.store, NULL, NULL);
	find_demo();

	atexit(restore_terminal);
	install_signals();
	/* Short: Esc is a key people press, and the sequences that start
	 * with one arrive at once (read_escape takes the rest). */
	if (getenv("ESCDELAY") == NULL)
		set_escdelay(25);
	if (initscr() == NULL) {
		cli_error("cannot set up the terminal (TERM=%s)",
			  getenv("TERM") != NULL ? getenv("TERM") : "");
		return EXIT_INTERNAL;
	}
	curses_on = 1;
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	timeout(250);
	setup_colours();

	tui_push(SCR_MENU);
	if (start != NULL && (start->n_roots > 0 || start->n_files > 0)) {
		size_t i;
		tui_new_session(start->n_roots > 0 ? start->roots[0] : NULL, start->files,
				start->n_files, NULL);
		/* Several volumes: a cluster's nodes, compared in step 4. */
		for (i = 1; i < start->n_roots && tui.session != NULL; i++)
			add_root(tui.session, start->roots[i]);
	}

	tui_sync();
	tui_draw();
	while (!tui.quit) {
		int key = tui_getkey();
		if (key == ERR)
			break;
		if (key == TK_RESIZE) {
			tui_draw();
			continue;
		}
		if (tui.rows < TUI_MIN_ROWS || tui.cols < TUI_MIN_COLS) {
			tui_draw();
			continue;
		}
		tui.msg[0] = '\0';
		tui_dispatch(key);
		if (!tui.quit) {
			tui_sync();
			tui_draw();
		}
	}
	{
		/* Say where the work is, once the screen is the shell's again:
		 * every answer is already in the store. */
		int64_t open_id = tui.session != NULL && !session_read_only(tui.session) ?
				  session_id(tui.session) : 0;
		int open_step = open_id != 0 ? (int)session_step(tui.session) : 0;
		int typing_lost;

		/* Whatever the way out (q, Ctrl-C, SIGTERM, SIGHUP, a lost
		 * terminal), the field being typed goes in first, so that
		 * "saved" below is true. */
		tui.msg[0] = '\0';
		tui.msg_error = 0;
		typing_lost = wizard_save_typing() != 0 || tui.msg_error;
		tui_set_session(NULL);
		restore_terminal();
		if (open_id != 0 && typing_lost)
			fprintf(stderr, "kbwiz: session #%lld is saved at step %d of 7, but not what "
				"was being typed: %s\n", (long long)open_id, open_step, tui.msg);
		else if (open_id != 0)
			fprintf(stderr, "kbwiz: session #%lld is saved at step %d of 7; run kbwiz and "
				"choose Resume to go on.\n", (long long)open_id, open_step);
		if (terminal_gone)
			fprintf(stderr, "kbwiz: the terminal went away; stopped.\n");
	}
	if (stop_signal != 0)
		return 128 + (int)stop_signal;
	return EXIT_OK;
}
