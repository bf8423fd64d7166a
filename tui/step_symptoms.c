/* step_symptoms.c: step 2, what the technician sees.  A search over the
 * rules (session_search) and, below the rules, the library's articles
 * (session_search_articles) to read when no rule fits; the symptoms the knowledge
 * base knows (session_known_symptoms), the candidate rules, and the
 * candidates' yes/no questions. */
#include "wizard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/session_library.h"

#define MAX_HITS 50
#define MAX_ARTICLES 20
#define MAX_QUESTIONS 128

enum { P_QUERY, P_RESULTS, P_KNOWN, P_QUESTIONS, P_COUNT };

static struct {
	struct input query;
	char searched[2048];
	struct search_hit hits[MAX_HITS];
	size_t n_hits;
	struct library_hit articles[MAX_ARTICLES];
	size_t n_articles;
	struct known_symptom *known;
	size_t n_known;
	struct session_question questions[MAX_QUESTIONS];
	size_t n_questions;
	int focus;
	struct list results, known_list, question_list;
	unsigned gen;   /* the session the search belongs to */
} sy;

static void refresh_questions(void)
{
	sy.n_questions = session_questions(tui.session, sy.questions, MAX_QUESTIONS);
	if (sy.n_questions > MAX_QUESTIONS)
		sy.n_questions = MAX_QUESTIONS;
}

static void sy_enter(void)
{
	struct kb_error err = { "" };

	free(sy.known);
	sy.known = NULL;
	sy.n_known = 0;
	if (session_known_symptoms(tui.session, &sy.known, &sy.n_known, &err) != 0)
		wizard_failed(-1, &err, "Known symptoms");
	sy.focus = P_QUERY;
	/* Back from step 3, the search is still there; in another session
	 * it starts empty. */
	if (sy.gen != tui.session_gen) {
		sy.gen = tui.session_gen;
		input_set(&sy.query, "");
		sy.searched[0] = '\0';
		sy.n_hits = 0;
		sy.n_articles = 0;
		sy.results.sel = sy.results.top = 0;
	}
	refresh_questions();
}

/* The Results pane: the rules, then (when the library has any) a heading
 * row and the articles.  Rows are indexes into that list. */
enum { ROW_RULE, ROW_HEADING, ROW_ARTICLE };

static int n_result_rows(void)
{
	return (int)sy.n_hits + (sy.n_articles > 0 ? 1 + (int)sy.n_articles : 0);
}

static int row_kind(int row, size_t *index)
{
	if (row < (int)sy.n_hits) {
		*index = (size_t)row;
		return ROW_RULE;
	}
	if (row == (int)sy.n_hits) {
		*index = 0;
		return ROW_HEADING;
	}
	*index = (size_t)(row - (int)sy.n_hits - 1);
	return ROW_ARTICLE;
}

/* The heading row is never selected: step over it in the direction of
 * travel (up from the first article goes to the last rule). */
static void skip_heading(int up)
{
	size_t k;

	if (n_result_rows() == 0 || row_kind(sy.results.sel, &k) != ROW_HEADING)
		return;
	if (up && sy.results.sel > 0)
		sy.results.sel--;
	else
		sy.results.sel++;
}

static void search(void)
{
	struct kb_error err = { "" };

	sy.n_hits = 0;
	sy.n_articles = 0;
	snprintf(sy.searched, sizeof sy.searched, "%s", sy.query.buf);
	if (sy.query.buf[0] == '\0')
		return;
	if (wizard_failed(session_search(tui.session, sy.query.buf, sy.hits, MAX_HITS,
					 &sy.n_hits, &err), &err, "Search") != 0)
		return;
	if (wizard_failed(session_search_articles(tui.session, sy.query.buf, sy.articles,
						  MAX_ARTICLES, &sy.n_articles, &err),
			  &err, "Library search") != 0)
		sy.n_articles = 0;
	sy.results.sel = sy.results.top = 0;
	skip_heading(0);
	if (sy.n_hits == 0 && sy.n_articles == 0) {
		tui_error("No rule matches \"%s\".", sy.query.buf);
	} else if (sy.n_hits == 0) {
		tui_error("No rule matches \"%s\"; %zu library article%s do: Enter reads one.",
			  sy.query.buf, sy.n_articles, sy.n_articles == 1 ? "" : "s");
		sy.focus = P_RESULTS;
	} else {
		tui_msg("%zu rule%s match; Space or Enter adds the selected one.", sy.n_hits,
			sy.n_hits == 1 ? "" : "s");
		sy.focus = P_RESULTS;
	}
}

static void toggle_candidate(const char *rule_id)
{
	struct kb_error err = { "" };
	char how[2100];

	if (wizard_is_candidate(rule_id)) {
		if (wizard_failed(session_remove_candidate(tui.session, rule_id, &err), &err,
				  "Dropping the rule") == 0)
			tui_msg("%s is no longer a candidate.", rule_id);
		return;
	}
	snprintf(how, sizeof how, "search %s", sy.searched);
	if (wizard_failed(session_add_candidate(tui.session, rule_id, how, &err), &err,
			  "Adding the rule") != 0)
		return;
	refresh_questions();
	tui_msg("%s is a candidate; %zu question%s to answer (Tab to Questions).", rule_id,
		sy.n_questions, sy.n_questions == 1 ? "" : "s");
}

static void pick_symptom(const struct known_symptom *k)
{
	struct kb_error err = { "" };

	if (wizard_failed(session_pick_symptom(tui.session, k->rule_id, k->symptom_id, &err),
			  &err, "Picking the symptom") == 0)
		tui_msg("Picked %s of %s: the rule is a candidate.", k->symptom_id, k->rule_id);
}

static void answer(int value)
{
	struct kb_error err = { "" };
	const struct session_question *q;

	if (sy.n_questions == 0)
		return;
	q = &sy.questions[sy.question_list.sel];
	if (wizard_failed(session_answer(tui.session, q->rule_id, q->symptom_id, value, &err),
			  &err, "Answering") != 0)
		return;
	if (sy.question_list.sel + 1 < (int)sy.n_questions)
		sy.question_list.sel++;
}

static const char *answer_text(int a)
{
	return a == 1 ? "[yes]" : a == 0 ? "[no] " : "[ ? ]";
}

static void draw_candidates(int y)
{
	char line[1024];
	size_t i, n = session_n_candidates(tui.session), used;

	used = (size_t)snprintf(line, sizeof line, "Candidates: ");
	if (n == 0)
		snprintf(line + used, sizeof line - used, "none yet");
	for (i = 0; i < n && used < sizeof line; i++)
		used += (size_t)snprintf(line + used, sizeof line - used, "%s%s", i ? ", " : "",
					 session_candidate(tui.session, i));
	ui_text(y, 2, tui.cols - 4, line, ui_attr(UI_HEADING));
}

static void draw_tabs(int y, int pane)
{
	char label[64];
	int x = 2, p;
	size_t answered = 0, i;

	for (i = 0; i < sy.n_questions; i++)
		answered += sy.questions[i].answer >= 0;
	for (p = P_RESULTS; p < P_COUNT; p++) {
		if (p == P_RESULTS)
			snprintf(label, sizeof label, "Results (%zu)", sy.n_hits);
		else if (p == P_KNOWN)
			snprintf(label, sizeof label, "Known symptoms (%zu)", sy.n_known);
		else
			snprintf(label, sizeof label, "Questions (%zu of %zu answered)", answered,
				 sy.n_questions);
		if (p == pane) {
			char sel[80];
			snprintf(sel, sizeof sel, "[%s]", label);
			x += ui_text(y, x, tui.cols - x, sel, ui_attr(UI_SELECTED));
		} else {
			char plain[80];
			snprintf(plain, sizeof plain, " %s ", label);
			x += ui_text(y, x, tui.cols - x, plain, (int)A_NORMAL);
		}
		x += 2;
	}
}

/* Rows for the selected item's full text under a list: at most three. */
static int full_text_rows(const char *text)
{
	int rows = ui_text_rows(text, tui.cols - 8);

	return rows > 3 ? 3 : rows;
}

static void result_row(void *ctx, int row, int y, int sel)
{
	char line[1024];
	size_t k;

	(void)ctx;
	switch (row_kind(row, &k)) {
	case ROW_RULE:
		snprintf(line, sizeof line, "%s %-9s %s",
			 wizard_is_candidate(sy.hits[k].id) ? "[x]" : "[ ]",
			 sy.hits[k].id, sy.hits[k].title);
		break;
	case ROW_HEADING:
		snprintf(line, sizeof line, "Articles in the library (%zu): Enter reads one",
			 sy.n_articles);
		ui_text(y, 3, tui.cols - 4, line, ui_attr(UI_HEADING));
		return;
	default:
		snprintf(line, sizeof line, "    %-9s %s", sy.articles[k].id, sy.articles[k].title);
		break;
	}
	list_row(y, 1, tui.cols - 2, line, sel, sy.focus == P_RESULTS);
}

static void known_row(void *ctx, int i, int y, int sel)
{
	const struct known_symptom *k = &sy.known[i];
	char line[1024];

	(void)ctx;
	snprintf(line, sizeof line, "%s %-9s %s", wizard_is_candidate(k->rule_id) ? "[x]" : "[ ]",
		 k->rule_id, k->text);
	list_row(y, 1, tui.cols - 2, line, sel, 1);
}

static void question_row(void *ctx, int i, int y, int sel)
{
	const struct session_question *q = &sy.questions[i];
	char line[1024];

	(void)ctx;
	snprintf(line, sizeof line, "%s %-9s %s", answer_text(q->answer), q->rule_id, q->text);
	list_row(y, 1, tui.cols - 2, line, sel, 1);
}

static void sy_draw(int top, int height)
{
	int pane = sy.focus == P_QUERY ? P_RESULTS : sy.focus;
	int y0 = top + 3, h = height - 4;
	char line[1024];

	ui_text(top, 2, 10, "Search:", sy.focus == P_QUERY ? ui_attr(UI_HEADING) : (int)A_NORMAL);
	input_draw(&sy.query, top, 10, tui.cols - 12, sy.focus == P_QUERY);
	draw_candidates(top + 1);
	draw_tabs(top + 2, pane);
	/* Each pane is a list: its rows, its position on the row under
	 * them, then the selected item in full. */
	if (pane == P_RESULTS) {
		int n_rows = n_result_rows();
		size_t k;
		if (n_rows == 0)
			ui_text(y0, 4, tui.cols - 8,
				sy.searched[0] ? "No rule matches." :
				"Type an event ID (7023), error code (0x6B8) or words, then Enter.",
				ui_attr(UI_DIM));
		list_draw(&sy.results, y0, h, n_rows, result_row, NULL);
		if (n_rows > 0) {
			if (row_kind(sy.results.sel, &k) == ROW_RULE)
				snprintf(line, sizeof line, "matched: %s", sy.hits[k].matched);
			else
				snprintf(line, sizeof line, "article: %s", sy.articles[k].snippet);
			ui_text(y0 + h, 4, tui.cols - 8, line, ui_attr(UI_DIM));
		}
	} else if (pane == P_KNOWN) {
		int full = sy.n_known > 0 ? full_text_rows(sy.known[sy.known_list.sel < (int)sy.n_known ?
						 sy.known_list.sel : 0].text) : 0;
		int list_h = h + 1 - full;
		list_draw(&sy.known_list, y0, list_h, (int)sy.n_known, known_row, NULL);
		if (full > 0)
			ui_text_wrapped(y0 + list_h, 4, tui.cols - 8, full,
					sy.known[sy.known_list.sel].text, ui_attr(UI_DIM));
	} else {
		int full = sy.n_questions > 0 ? full_text_rows(sy.questions[sy.question_list.sel <
						(int)sy.n_questions ? sy.question_list.sel : 0].text) : 0;
		int list_h = h + 1 - full;
		if (sy.n_questions == 0)
			ui_text(y0, 4, tui.cols - 8,
				"No questions: add a candidate rule first.", ui_attr(UI_DIM));
		list_draw(&sy.question_list, y0, list_h, (int)sy.n_questions, question_row, NULL);
		if (full > 0)
			ui_text_wrapped(y0 + list_h, 4, tui.cols - 8, full,
					sy.questions[sy.question_list.sel].text, ui_attr(UI_DIM));
	}
}

static enum key_result sy_key_pane(int key)
{
	if (key == TK_TAB || key == TK_BTAB) {
		sy.focus = (sy.focus + (key == TK_TAB ? 1 : P_COUNT - 1)) % P_COUNT;
		return 1;
	}
	switch (sy.focus) {
	case P_QUERY:
		if (key == TK_ENTER) {
			search();
			return 1;
		}
		if (key == TK_DOWN && n_result_rows() > 0) {
			sy.focus = P_RESULTS;
			return 1;
		}
		return input_key(&sy.query, key);
	case P_RESULTS: {
		size_t k;
		int first = (int)sy.n_hits == 0 && sy.n_articles > 0 ? 1 : 0;
		if (key == TK_UP && sy.results.sel <= first) {
			sy.focus = P_QUERY;
			return 1;
		}
		if (list_key(&sy.results, key, n_result_rows(), 0)) {
			skip_heading(key == TK_UP || key == TK_HOME);
			return 1;
		}
		if ((key == ' ' || key == TK_ENTER) && n_result_rows() > 0) {
			if (row_kind(sy.results.sel, &k) == ROW_RULE)
				toggle_candidate(sy.hits[k].id);
			else if (row_kind(sy.results.sel, &k) == ROW_ARTICLE)
				article_open(sy.articles[k].id);
			return 1;
		}
		if (key == '/') {
			sy.focus = P_QUERY;
			return 1;
		}
		/* Typing after a search starts a new search, never list
		 * keys: a letter or digit goes to the search field (and so
		 * do the spaces after it); / or Up edits the last one. */
		if (!(key & TK_FN) && key > ' ' && key != 0x7f) {
			sy.focus = P_QUERY;
			input_set(&sy.query, "");
			return input_key(&sy.query, key);
		}
		return 0;
	}
	case P_KNOWN:
		if (list_key(&sy.known_list, key, (int)sy.n_known, 0))
			return 1;
		if ((key == ' ' || key == TK_ENTER) && sy.n_known > 0) {
			pick_symptom(&sy.known[sy.known_list.sel]);
			return 1;
		}
		return 0;
	case P_QUESTIONS:
		if (list_key(&sy.question_list, key, (int)sy.n_questions, 0))
			return 1;
		if (key == 'y' || key == 'Y') {
			answer(1);
			return 1;
		}
		if (key == 'n' || key == 'N') {
			answer(0);
			return 1;
		}
		if (key == 'u' || key == ' ') {
			answer(-1);
			return 1;
		}
		return 0;
	}
	return 0;
}

/* A key may add a candidate or answer a question: the questions are
 * read again after it (the draw only shows them). */
static enum key_result sy_key(int key)
{
	enum key_result r = sy_key_pane(key);

	refresh_questions();
	return r;
}

const struct step_ops step_symptoms = {
	sy_enter,
	sy_draw,
	sy_key,
	NULL,
	"Enter search  Tab pane  Space add/drop, read article  y/n answer  PgDn Next",
};
