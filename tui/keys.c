/* keys.c: keys that work on every terminal.  A vt100 has no PgUp, PgDn,
 * Home, End or F5-F10: each has a control-key stand-in that works
 * everywhere (tui_key_alias), and the key lines name the stand-in where
 * the terminal lacks the key.  An escape sequence the terminal's
 * description does not know (tmux sends ESC [ 6 ~ for PgDn whatever
 * TERM says) is decoded here when it is a known key, and otherwise
 * ignored: it must never act as Esc. */
#include "tui.h"

#include <stdio.h>
#include <string.h>

struct key_alias {
	int ctrl;          /* the stand-in, a control key */
	int key;           /* the key it is */
	const char *name;  /* the key's name in key lines */
	const char *alias; /* the stand-in's name */
};

static const struct key_alias aliases[] = {
	{ TK_CTRL('n'), TK_PGDN, "PgDn", "^N" },
	{ TK_CTRL('p'), TK_PGUP, "PgUp", "^P" },
	{ TK_CTRL('a'), TK_HOME, "Home", "^A" },
	{ TK_CTRL('e'), TK_END, "End", "^E" },
	{ TK_CTRL('r'), TK_F(5), "F5", "^R" },
	{ TK_CTRL('v'), TK_F(4), "F4", "^V" },
	{ TK_CTRL('n'), TK_F(10), "F10", "^N" },
	{ TK_CTRL('p'), TK_F(9), "F9", "^P" },
};
#define N_ALIASES (sizeof aliases / sizeof aliases[0])

int tui_key_alias(int key)
{
	size_t i;

	/* The first entry of a stand-in is the key it means. */
	for (i = 0; i < N_ALIASES; i++)
		if (aliases[i].ctrl == key)
			return aliases[i].key;
	return key;
}

static int terminal_has(int key)
{
	return (key & TK_FN) && has_key(key & ~TK_FN) == TRUE;
}

const char *ui_key_name(int key)
{
	size_t i;

	for (i = 0; i < N_ALIASES; i++)
		if (aliases[i].key == key)
			return terminal_has(key) ? aliases[i].name : aliases[i].alias;
	return "";
}

static int word_edge(char c)
{
	return c == '\0' || c == ' ' || c == '/' || c == ',' || c == ')' || c == '(' || c == ':';
}

void ui_key_names(const char *keys, char *out, size_t size)
{
	size_t o = 0, i;
	const char *p = keys;

	if (size == 0)
		return;
	while (*p != '\0' && o + 1 < size) {
		int done = 0;
		if (p == keys || word_edge(p[-1])) {
			for (i = 0; i < N_ALIASES && !done; i++) {
				size_t n = strlen(aliases[i].name);
				if (strncmp(p, aliases[i].name, n) == 0 && word_edge(p[n]) &&
				    !terminal_has(aliases[i].key)) {
					int w = snprintf(out + o, size - o, "%s", aliases[i].alias);
					o += w > 0 && (size_t)w < size - o ? (size_t)w : 0;
					p += n;
					done = 1;
				}
			}
		}
		if (!done)
			out[o++] = *p++;
	}
	out[o] = '\0';
}

/* ---- escape sequences ------------------------------------------------------- */

struct seq {
	const char *text;   /* after the ESC */
	int key;
};

static const struct seq seqs[] = {
	{ "[A", TK_UP }, { "[B", TK_DOWN }, { "[C", TK_RIGHT }, { "[D", TK_LEFT },
	{ "OA", TK_UP }, { "OB", TK_DOWN }, { "OC", TK_RIGHT }, { "OD", TK_LEFT },
	{ "[H", TK_HOME }, { "[F", TK_END }, { "OH", TK_HOME }, { "OF", TK_END },
	{ "[1~", TK_HOME }, { "[4~", TK_END }, { "[7~", TK_HOME }, { "[8~", TK_END },
	{ "[2~", TK(KEY_IC) }, { "[3~", TK_DELETE }, { "[5~", TK_PGUP }, { "[6~", TK_PGDN },
	{ "[Z", TK_BTAB },
	{ "OP", TK_F(1) }, { "OQ", TK_F(2) }, { "OR", TK_F(3) }, { "OS", TK_F(4) },
	{ "[11~", TK_F(1) }, { "[12~", TK_F(2) }, { "[13~", TK_F(3) }, { "[14~", TK_F(4) },
	{ "[15~", TK_F(5) }, { "[17~", TK_F(6) }, { "[18~", TK_F(7) }, { "[19~", TK_F(8) },
	{ "[20~", TK_F(9) }, { "[21~", TK_F(10) },
};

int tui_escape_sequence(const char *text)
{
	size_t i;

	for (i = 0; i < sizeof seqs / sizeof seqs[0]; i++)
		if (strcmp(seqs[i].text, text) == 0)
			return seqs[i].key;
	return TK_IGNORED;
}
