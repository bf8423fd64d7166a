/* screen_help.c: help for the screen it was opened from, then the keys
 * that work everywhere. */
#include "tui.h"

#include <string.h>

static struct tbuf help_text;
static int help_for = -1;


static void add_text(const char *text)
{
	const char *p = text, *nl;

	while (*p != '\0') {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p);
		tbuf_line(&help_text, 0, 19);
		tbuf_putn(&help_text, 0, p, (size_t)(nl - p));
		p = *nl == '\n' ? nl + 1 : nl;
	}
}

static void build(int id)
{
	tbuf_clear(&help_text);
	tbuf_linef(&help_text, ui_attr(UI_HEADING), 0, "Help: %s", tui_screen(id)->name);
	tbuf_line(&help_text, 0, 0);
	add_text(tui_screen(id)->help);
	tbuf_line(&help_text, 0, 0);
	tbuf_linef(&help_text, ui_attr(UI_HEADING), 0, "Everywhere");
	add_text("  F1 or ?          this help (? types a ? in a text field; F1 always works)\n"
		 "  Esc              go back one screen (cancels typing first)\n"
		 "  Ctrl-C           leave kbwiz at once; the session is saved as you go\n"
		 "  / n N            in a text (a rule, a session, an article, this help,\n"
		 "                   the repair plan): search, next and previous match\n"
		 "  g G              in a text: the top, the end\n"
		 "  ^N ^P ^A ^E ^R ^V  stand in for PgDn PgUp Home End F5 F4 on terminals\n"
		 "                   without those keys (a vt100); the key lines name\n"
		 "                   them there.  The status line shows where you are\n"
		 "                   in a long text (17-33 of 47).\n"
		 "\n"
		 "In a box over the screen: y or n answers a question; Up/Down (or the\n"
		 "key in brackets) and Enter pick a choice; a path is typed, Tab completes\n"
		 "file names; Esc cancels.  Nothing is written over a file without a y.\n"
		 "\n"
		 "Keys added for the repair, reports and the library:\n"
		 "  p a e U          step 6: repair plan, apply, export .reg, undo\n"
		 "  x                step 7, History, a session read: export the report\n"
		 "  Enter, i         an article in the results: read it; import a draft\n"
		 "\n"
		 "Sessions are saved at every answer, so a session stopped in any way\n"
		 "can be resumed from the main menu (r) at the step it was on.\n"
		 "Statuses are shown with words and symbols as well as colours:\n"
		 "  [ OK ] passed  [FAIL] failed  [DMG!] damaged data  [ -- ] not checked\n"
		 "Set NO_COLOR=1 for no colours at all.\n");
	help_for = id;
}

static void help_draw(void)
{
	int below = tui.depth >= 2 ? tui.stack[tui.depth - 2] : SCR_MENU;

	if (below == SCR_HELP)
		below = SCR_MENU;
	if (help_for != below)
		build(below);
	ui_title("kbwiz - help", tui_screen(below)->name);
	tbuf_draw(&help_text, 2, 2, tui.rows - 5, tui.cols - 4);
	ui_keys("Up/Down/PgUp/PgDn scroll  / search  n/N next  Esc or q back");
}

static enum key_result help_key(int key)
{
	if (key == TK_ESC || key == 'q' || key == TK_F(1) || key == TK_ENTER) {
		help_for = -1;
		return KR_POP;
	}
	return viewer_key(&help_text, key, tui.rows - 5, tui.cols - 4);
}

const struct screen screen_help = {
	"Help",
	help_draw,
	help_key,
	"",
	NULL,   /* no sync: nothing to reload */
};
