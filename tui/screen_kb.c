/* screen_kb.c: the knowledge base: every rule (store_list_rules), a search
 * (store_search, then the library's articles: library_search), and one
 * rule read in full as `kbwiz kb show` prints it. */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/session_library.h"
#include "rule_text.h"

#define KB_MAX_HITS 100
#define KB_MAX_ARTICLES 50

enum kb_row_kind { ROW_RULE, ROW_HEADING, ROW_ARTICLE };

struct kb_row {
	enum kb_row_kind kind;
	char id[64];
	char title[256];
	char matched[256];
};

static struct {
	int loaded;
	struct kb_row *rows;
	size_t n, cap;
	struct list list;
	struct input query;
	int focus_query;
	char shown_query[2048];   /* "" when listing every rule */
	size_t n_rules, n_articles;
} kb;

static int add_row(enum kb_row_kind kind, const char *id, const char *title,
		   const char *matched)
{
	struct kb_row *r;

	if (kb.n == kb.cap) {
		size_t cap = kb.cap ? kb.cap * 2 : 64;
		struct kb_row *p = realloc(kb.rows, cap * sizeof *p);
		if (p == NULL)
			return -1;
		kb.rows = p;
		kb.cap = cap;
	}
	r = &kb.rows[kb.n++];
	r->kind = kind;
	snprintf(r->id, sizeof r->id, "%s", id);
	snprintf(r->title, sizeof r->title, "%s", title);
	snprintf(r->matched, sizeof r->matched, "%s", matched != NULL ? matched : "");
	return 0;
}

static int list_one(void *ctx, const struct rule_summary *r)
{
	(void)ctx;
	return add_row(ROW_RULE, r->id, r->title, NULL) == 0 ? 0 : KB_ENOMEM;
}

/* The heading row is never selected: step over it the way the key
 * went. */
static void skip_heading(int up)
{
	if (kb.n == 0 || kb.rows[kb.list.sel].kind != ROW_HEADING)
		return;
	if (up && kb.list.sel > 0)
		kb.list.sel--;
	else if (kb.list.sel + 1 < (int)kb.n)
		kb.list.sel++;
}

/* The library's articles after the rules, under a heading row. */
static void load_articles(const char *query)
{
	struct kb_error err = { "" };
	struct library_hit *hits = calloc(KB_MAX_ARTICLES, sizeof *hits);
	char heading[128];
	size_t n = 0, i;

	kb.n_articles = 0;
	if (hits == NULL)
		return;
	if (library_find_articles(tui.store, query, hits, KB_MAX_ARTICLES, &n, &err) != 0) {
		tui_error("Library: %s", err.msg);
		n = 0;
	}
	if (n > 0) {
		snprintf(heading, sizeof heading, "Articles in the library (%zu): Enter reads one", n);
		add_row(ROW_HEADING, "", heading, NULL);
	}
	for (i = 0; i < n; i++)
		if (add_row(ROW_ARTICLE, hits[i].id, hits[i].title, hits[i].snippet) == 0)
			kb.n_articles++;
	free(hits);
}

static void load(const char *query)
{
	struct kb_error err = { "" };
	struct search_hit *hits;
	size_t n = 0, i;

	kb.n = 0;
	kb.n_rules = kb.n_articles = 0;
	kb.list.sel = kb.list.top = 0;
	kb.loaded = 1;
	snprintf(kb.shown_query, sizeof kb.shown_query, "%s", query);
	if (query[0] == '\0') {
		if (store_list_rules(tui.store, list_one, NULL, &err) != 0)
			tui_error("%s", err.msg);
		kb.n_rules = kb.n;
		return;
	}
	hits = calloc(KB_MAX_HITS, sizeof *hits);
	if (hits == NULL) {
		tui_error("out of memory");
		return;
	}
	if (store_search(tui.store, query, hits, KB_MAX_HITS, &n, &err) != 0)
		tui_error("%s", err.msg);
	for (i = 0; i < n; i++)
		add_row(ROW_RULE, hits[i].id, hits[i].title, hits[i].matched);
	kb.n_rules = kb.n;
	free(hits);
	load_articles(query);
	skip_heading(0);
	if (n == 0 && kb.n_articles == 0)
		tui_error("No rule or library article matches \"%s\".", query);
	else if (n == 0)
		tui_error("No rule matches \"%s\"; %zu library article%s do: Enter reads one.",
			  query, kb.n_articles, kb.n_articles == 1 ? "" : "s");
	else
		tui_msg("%zu rule%s match \"%s\", best first; then %zu library article%s.", n,
			n == 1 ? "" : "s", query, kb.n_articles, kb.n_articles == 1 ? "" : "s");
}

static void kb_row_draw(void *ctx, int i, int y, int selected)
{
	const struct kb_row *r = &kb.rows[i];
	char line[512];

	(void)ctx;
	if (r->kind == ROW_HEADING) {
		ui_text(y, 3, tui.cols - 4, r->title, ui_attr(UI_HEADING));
		return;
	}
	snprintf(line, sizeof line, "%-10s %s", r->id, r->title);
	list_row(y, 1, tui.cols - 2, line, selected, !kb.focus_query);
}

static void kb_draw(void)
{
	int top = 4, h = tui.rows - 4 - top - 1;
	char line[512];

	ui_title("kbwiz - knowledge base", "Rules");
	ui_text(2, 2, 10, "Search:", ui_attr(UI_HEADING));
	input_draw(&kb.query, 2, 10, tui.cols - 12, kb.focus_query);
	if (kb.shown_query[0] != '\0')
		snprintf(line, sizeof line, "%zu rules matching \"%.200s\", %zu library articles "
			 "(Esc lists all)", kb.n_rules, kb.shown_query, kb.n_articles);
	else
		snprintf(line, sizeof line, "All %zu rules (/ to search: event ID, error code, words)",
			 kb.n);
	ui_text(3, 2, tui.cols - 4, line, ui_attr(UI_DIM));
	/* h rows of rules and articles and the list's position under them. */
	list_draw(&kb.list, top, h + 1, (int)kb.n, kb_row_draw, NULL);
	if (kb.n > 0 && kb.rows[kb.list.sel].matched[0] != '\0') {
		snprintf(line, sizeof line, "%s: %s",
			 kb.rows[kb.list.sel].kind == ROW_ARTICLE ? "article" : "matched",
			 kb.rows[kb.list.sel].matched);
		ui_text(tui.rows - 3, 3, tui.cols - 6, line, ui_attr(UI_DIM));
	}
	if (kb.focus_query)
		ui_keys("Type a query  Enter search  Tab/Down to the list  Esc cancel  F1 help");
	else
		ui_keys("Up/Down move  Enter read  / search  Esc back  F1/? help");
}

void kb_open(void)
{
	if (!kb.loaded)
		load("");
	tui_push(SCR_KB);
}

static enum key_result kb_key(int key)
{
	if (kb.focus_query) {
		if (key == TK_ENTER) {
			load(kb.query.buf);
			kb.focus_query = kb.n == 0;
		} else if (key == TK_ESC) {
			kb.focus_query = 0;
		} else if (key == TK_TAB || key == TK_DOWN) {
			kb.focus_query = 0;
		} else {
			input_key(&kb.query, key);
		}
		return KR_HANDLED;
	}
	if (list_key(&kb.list, key, (int)kb.n, LIST_PAGE)) {
		skip_heading(key == TK_UP || key == TK_PGUP);
		return KR_HANDLED;
	}
	switch (key) {
	case '/':
	case TK_TAB:
		kb.focus_query = 1;
		break;
	case TK_ENTER:
		if (kb.n > 0 && kb.rows[kb.list.sel].kind == ROW_ARTICLE)
			article_open(kb.rows[kb.list.sel].id);
		else if (kb.n > 0 && kb.rows[kb.list.sel].kind == ROW_RULE)
			rule_view_open(kb.rows[kb.list.sel].id);
		break;
	case TK_ESC:
	case 'q':
		if (kb.shown_query[0] != '\0' && key == TK_ESC) {
			input_set(&kb.query, "");
			load("");
		} else {
			return KR_POP;
		}
		break;
	default:
		return KR_IGNORED;
	}
	return KR_HANDLED;
}

const struct screen screen_kb = {
	"Knowledge base",
	kb_draw,
	kb_key,
	"The rules drawn from Knowledge Base articles.\n"
	"  Up/Down, PgUp/PgDn  move in the list\n"
	"  Enter            read the rule (or the library article) in full\n"
	"  / or Tab         type a search: an event ID (7023), an error code (1720\n"
	"                   or 0x6B8), a source (Service Control Manager) or words;\n"
	"                   Enter searches, best match first: the rules, then the\n"
	"                   articles of the library (kbwiz kb library add DIR)\n"
	"                   under \"Articles in the library\"; an article can be\n"
	"                   read in full and imported as a draft rule (i)\n"
	"  Esc              leave the search results (all rules), then go back\n",
	NULL,   /* no sync: nothing to reload */
};

/* ---- one rule ------------------------------------------------------------ */

static struct {
	char id[64];
	struct tbuf text;
} rv;

static void rule_line(void *ctx, const char *prefix, const char *body, int indent,
		      int flags)
{
	struct tbuf *tb = ctx;
	int attr = (flags & (RT_HEADING | RT_TITLE)) ? ui_attr(UI_HEADING) : 0;

	tbuf_line(tb, attr, indent);
	tbuf_put(tb, 0, prefix);
	if (flags & RT_WRAP) {
		/* The rule's folded text: one space between words, as the
		 * command line prints it. */
		char *copy = strdup(body), *p, *w;
		int first = 1;
		if (copy == NULL)
			return;
		for (p = copy; (w = strtok(p, " \n")) != NULL; p = NULL) {
			if (!first)
				tbuf_put(tb, 0, " ");
			tbuf_put(tb, 0, w);
			first = 0;
		}
		free(copy);
	} else {
		tbuf_put(tb, 0, body);
	}
}

void tbuf_rule(struct tbuf *tb, const struct rule *r)
{
	rule_text(r, rule_line, tb);
}

void rule_view_open(const char *rule_id)
{
	struct kb_error err = { "" };
	struct rule *r = NULL;

	if (store_get_rule(tui.store, rule_id, &r, &err) != 0) {
		tui_error("%s", err.msg);
		return;
	}
	snprintf(rv.id, sizeof rv.id, "%s", r->id);
	tbuf_clear(&rv.text);
	tbuf_rule(&rv.text, r);
	rule_free(r);
	tui_push(SCR_RULE);
}

static void rule_draw(void)
{
	ui_title("kbwiz - knowledge base", rv.id);
	viewer_page_draw(&rv.text);
	ui_keys("PgUp/PgDn/Space scroll  / search  n/N next  Esc back  F1 help");
}

static enum key_result rule_key(int key)
{
	return viewer_page_key(&rv.text, key);
}

const struct screen screen_rule = {
	"Rule",
	rule_draw,
	rule_key,
	"One rule in full: symptoms, cause, log evidence, registry checks and\n"
	"the remediation steps, as kbwiz kb show prints it.\n"
	"  Up/Down, PgUp/PgDn, Space, b  scroll\n"
	"  Home/End         the top or the end\n"
	"  Esc              back to the list\n",
	NULL,   /* no sync: nothing to reload */
};
