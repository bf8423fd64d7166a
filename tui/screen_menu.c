/* screen_menu.c: the main menu: start, resume or review sessions, browse
 * the knowledge base, open the demo case, help, quit. */
#include "tui.h"

#include <stdio.h>
#include <string.h>

enum menu_action {
	ACT_CONTINUE,
	ACT_NEW,
	ACT_RESUME,
	ACT_HISTORY,
	ACT_KB,
	ACT_DEMO,
	ACT_HELP,
	ACT_QUIT,
};

struct menu_item {
	enum menu_action action;
	int hotkey;
	char label[160];
	const char *what;
};

static struct list menu_list;
static size_t n_rules;      /* the store's rules, counted in sync */

/* The items depend on state: "Continue" only with an open session, the
 * demo only when its evidence exists. */
static int menu_items(struct menu_item *items)
{
	int n = 0;

	if (tui.session != NULL) {
		items[n].action = ACT_CONTINUE;
		items[n].hotkey = 'c';
		snprintf(items[n].label, sizeof items[n].label,
			 "c  Continue session #%lld (step %d of %d: %s)",
			 (long long)session_id(tui.session), (int)session_step(tui.session),
			 SESSION_N_STEPS, session_step_name(session_step(tui.session)));
		items[n++].what = "go back to the session you left";
	}
#define ITEM(act, key, text, desc) do { \
		items[n].action = act; items[n].hotkey = key; \
		snprintf(items[n].label, sizeof items[n].label, "%s", text); \
		items[n++].what = desc; } while (0)
	ITEM(ACT_NEW, 'n', "n  New session", "start a troubleshooting session from step 1");
	ITEM(ACT_RESUME, 'r', "r  Resume a session", "pick a session in progress and go on where it stopped");
	ITEM(ACT_HISTORY, 'h', "h  History", "every session, newest first; read, resume or delete");
	ITEM(ACT_KB, 'k', "k  Knowledge base", "browse and search the rules and read one in full");
	if (tui.demo_root != NULL)
		ITEM(ACT_DEMO, 'd', "d  Demo case", "a new session on the bundled Q262832 cluster evidence");
	ITEM(ACT_HELP, '?', "?  Help", "the keys of every screen");
	ITEM(ACT_QUIT, 'q', "q  Quit", "leave kbwiz (sessions are saved as you go)");
#undef ITEM
	return n;
}

static void menu_draw(void)
{
	struct menu_item items[10];
	int n = menu_items(items), i, y = 3, x = 6;

	ui_title("kbwiz - troubleshooting wizard for failing Windows servers", "Main menu");
	ui_text(2, 2, tui.cols - 4, "What do you want to do?", ui_attr(UI_HEADING));
	list_fit(&menu_list, n, n);
	for (i = 0; i < n; i++) {
		list_row(y + 1 + i, x, tui.cols - x - 2, items[i].label, i == menu_list.sel, 1);
	}
	ui_text(y + 2 + n, x + 2, tui.cols - x - 4, items[menu_list.sel].what, ui_attr(UI_DIM));
	{
		char line[256];
		int w;
		/* Long paths keep their file names (shortened in the middle). */
		snprintf(line, sizeof line, "  (%zu rules)", n_rules);
		w = (int)strlen(line);
		ui_text(tui.rows - 4, 2, 7, "Store: ", ui_attr(UI_DIM));
		w = ui_path(tui.rows - 4, 9, tui.cols - 11 - w, store_path(tui.store), ui_attr(UI_DIM));
		ui_text(tui.rows - 4, 9 + w, tui.cols - 11 - w, line, ui_attr(UI_DIM));
		if (tui.demo_root != NULL) {
			ui_text(tui.rows - 3, 2, 15, "Demo evidence: ", ui_attr(UI_DIM));
			ui_path(tui.rows - 3, 17, tui.cols - 19, tui.demo_root, ui_attr(UI_DIM));
		}
	}
	ui_keys("Up/Down move  Enter choose  n r h k d: items  F1/? help  q quit");
}

static void menu_do(enum menu_action act)
{
	switch (act) {
	case ACT_CONTINUE:
		tui_push(SCR_WIZARD);
		break;
	case ACT_NEW:
		tui_new_session(NULL, NULL, 0, NULL);
		break;
	case ACT_RESUME:
		history_open(1);
		break;
	case ACT_HISTORY:
		history_open(0);
		break;
	case ACT_KB:
		kb_open();
		break;
	case ACT_DEMO:
		tui_new_session(tui.demo_root, NULL, 0, "demo: cluster node (Q262832)");
		break;
	case ACT_HELP:
		tui_push(SCR_HELP);
		break;
	case ACT_QUIT:
		if (tui.session != NULL) {
			char q[160];
			snprintf(q, sizeof q, "Session #%lld is open (it is saved). Quit kbwiz?",
				 (long long)session_id(tui.session));
			if (!ui_confirm(q))
				break;
		}
		tui.quit = 1;
		break;
	}
}

static enum key_result menu_key(int key)
{
	struct menu_item items[10];
	int n = menu_items(items), i;

	if (list_key(&menu_list, key, n, 0))
		return KR_HANDLED;
	if (key == TK_ENTER || key == ' ') {
		list_fit(&menu_list, n, n);
		menu_do(items[menu_list.sel].action);
		return KR_HANDLED;
	}
	if (key == TK_ESC) {
		tui_msg("This is the main menu: q quits.");
		return KR_HANDLED;
	}
	for (i = 0; i < n; i++)
		if (key == items[i].hotkey || (key < 0x80 && key == (items[i].hotkey ^ 0x20) &&
					       items[i].hotkey >= 'a')) {
			menu_list.sel = i;
			menu_do(items[i].action);
			return KR_HANDLED;
		}
	return KR_IGNORED;
}

/* The rule count may change under us (another kbwiz imports rules);
 * counted here, before a draw, never in it. */
static void menu_sync(void)
{
	n_rules = store_rule_count(tui.store);
}

const struct screen screen_menu = {
	"Main menu",
	menu_draw,
	menu_key,
	"The main menu.\n"
	"  Up/Down, Enter   choose an item\n"
	"  c                continue the open session (when there is one)\n"
	"  n                new session: the seven-step wizard from case details to summary\n"
	"  r                resume a session in progress where it stopped\n"
	"  h                history of every session: read, filter, resume, delete\n"
	"  k                knowledge base: browse, search and read the rules\n"
	"  d                demo case: a session on bundled Q262832 evidence (after make demo)\n"
	"  q                quit (asks first when a session is open; it is saved either way)\n",
	menu_sync,
};
