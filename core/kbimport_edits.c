/* kbimport_edits.c: edits an article's steps ask for in words
 * (kbimport_int.h): deleting a key or a value ("delete the key", "On the
 * Edit menu, click Delete", "delete the X value") and removing or adding
 * an entry of a list ("delete NetBT from the data", "add W3svc to the
 * Depend On Service list").  Each becomes a check with the repair the
 * words ask for (key-absent / delete-key, value-absent / delete-value,
 * not-contains / remove-entry, contains / add-entry), cited to the lines;
 * when the words do not say plainly what goes, nothing is drafted and the
 * caller lists the key for a person. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* What one instruction asks to take away or add. */
enum edit_kind { EDIT_NONE, EDIT_KEY, EDIT_VALUE, EDIT_ENTRY, EDIT_UNSURE };

struct edit {
	enum edit_kind kind;
	const char *value;      /* EDIT_VALUE, EDIT_ENTRY: the value's name */
	const char *value2;     /* EDIT_VALUE: a second value the same words
				   delete ("the A value and the B value"), or
				   NULL */
	const char *entry;      /* EDIT_ENTRY: the entry */
	size_t line;            /* the line of the instruction */
};

/* Service dependencies are REG_MULTI_SZ values that articles name in
 * words as often as by name ("the Depend On Service list"); Windows
 * defines their type, so a draft may rely on it. */
static const char *const dependency_values[][2] = {
	{ "DependOnService", "Depend On Service" },
	{ "DependOnGroup", "Depend On Group" },
};

static int is_dependency_value(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof dependency_values / sizeof dependency_values[0]; i++)
		if (strcasecmp(name, dependency_values[i][0]) == 0)
			return 1;
	return 0;
}

/* "Depend on Service" or "DependOnService" anywhere in s: the value's
 * name, or NULL. */
static const char *dependency_named(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof dependency_values / sizeof dependency_values[0]; i++)
		if (imp_ci_find(s, dependency_values[i][0]) != NULL ||
		    imp_ci_find(s, dependency_values[i][1]) != NULL)
			return dependency_values[i][0];
	return NULL;
}

/* The word at s (letters, digits, _ $ . -), its length; quotes around it
 * are skipped. */
static size_t word_at(const char *s, const char **start)
{
	const char *e;

	if (*s == '"' || *s == '\'')
		s++;
	*start = s;
	for (e = s; isalnum((unsigned char)*e) || *e == '_' || *e == '$' || *e == '-' ||
		    (*e == '.' && isalnum((unsigned char)e[1])); e++)
		;
	return (size_t)(e - s);
}

/* Skips articles and fillers before the object of a verb. */
static const char *skip_fillers(const char *p)
{
	static const char *const fillers[] = { "the ", "this ", "that ", "these ", "those ",
					       "following ", "registry ", "entire ", "whole ",
					       "existing ", NULL };
	size_t i;
	int again = 1;

	while (again) {
		again = 0;
		p = imp_skip_ws(p);
		for (i = 0; fillers[i] != NULL; i++)
			if (imp_starts_ci(p, fillers[i])) {
				p += strlen(fillers[i]);
				again = 1;
			}
	}
	return p;
}

/* The name of a value the step selects: "Click the X value",
 * "Double-click X", "the X value", or the dependency named in words. */
static const char *value_selected(struct imp *im, size_t first, size_t last)
{
	size_t n;

	for (n = first; n <= last && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n), *p, *w;
		size_t wl;

		if ((p = dependency_named(s)) != NULL)
			return p;
		for (p = s; (p = imp_ci_find(p, " value")) != NULL; p++) {
			/* "the X value": X just before " value" */
			const char *b = p;
			while (b > s && !isspace((unsigned char)b[-1]))
				b--;
			wl = word_at(b, &w);
			if (wl > 0 && w + wl <= p + 1 && !imp_word_is(w, wl, "the") && !imp_word_is(w, wl, "a") &&
			    !imp_word_is(w, wl, "this") && !imp_word_is(w, wl, "following") &&
			    !imp_word_is(w, wl, "registry") && !imp_word_is(w, wl, "new") &&
			    !imp_word_is(w, wl, "data") && !imp_word_is(w, wl, "its") &&
			    (b - s < 5 || imp_starts_ci(b - 4, "the ")))
				return imp_dupn(im, w, wl);
		}
		if ((p = imp_ci_find(s, "double-click ")) != NULL) {
			p = skip_fillers(p + 13);
			wl = word_at(p, &w);
			if (wl > 0 && !imp_word_is(w, wl, "it") && (w[wl] == '.' || w[wl] == ' ' || w[wl] == '\0') &&
			    (w[wl] == '\0' || imp_starts_ci(imp_skip_ws(w + wl), "value") ||
			     *imp_skip_ws(w + wl) == '\0' || w[wl] == '.'))
				return imp_dupn(im, w, wl);
		}
	}
	return NULL;
}

/* A name as articles write value names: no spaces, and a capital, a
 * digit or an underscore somewhere ("Dcache", "DependOnService"), unlike
 * the words of a sentence ("pointing"). */
static int looks_like_name(const char *w, size_t wl)
{
	size_t i;

	static const char *const kinds[] = { "String", "DWORD", "Binary", "Value", "Key", "Subkey",
					     "Multi", "Expandable", "Entry", "QWORD", NULL };

	if (wl == 0 || imp_has_placeholder(w) || imp_starts_ci(w, "REG_"))
		return 0;
	for (i = 0; kinds[i] != NULL; i++)
		if (imp_word_is(w, wl, kinds[i]))
			return 0;
	for (i = 0; i < wl; i++)
		if (isupper((unsigned char)w[i]) || isdigit((unsigned char)w[i]) || w[i] == '_')
			return 1;
	return 0;
}

/* 1 when the last name of key starts with the wl bytes at w, case
 * ignored ("Web" or "WebConn" for ...\\WebConnector): a name the steps
 * shorten. */
static int last_name_starts(const char *key, const char *w, size_t wl)
{
	const char *last = strrchr(key, '\\');

	return last != NULL && strncasecmp(last + 1, w, wl) == 0;
}

/* 1 when the last name of key ends with the w words: "Web Connector",
 * "Connector" and "web connector" all name ...\\Web Connector. */
static int is_last_name(const char *key, const char *w, size_t wl)
{
	const char *last = strrchr(key, '\\');
	size_t ll;

	if (last == NULL)
		return 0;
	last++;
	ll = strlen(last);
	return wl <= ll && strncasecmp(last + ll - wl, w, wl) == 0 &&
	       (wl == ll || last[ll - wl - 1] == ' ');
}

/* "the Web Connector key", "Click SPAP", "Locate the subkey which ...":
 * s names or picks a key other than the last name of key, so what is
 * deleted there is not key itself. */
static int names_other_key(const char *s, const char *key)
{
	static const char *const picks[] = { "click ", "select ", "right-click ", "locate ",
					     "highlight ", "open ", NULL };
	static const char *const menu[] = { "Edit", "Delete", "Del", "Registry", "OK", "Yes", "No",
					    "Start", "Run", "File", "View", "Security", "Save",
					    "Export", "Permissions", "Owner", "Add", "Apply",
					    "Cancel", "Close", "Find", "Multi", "Open", "Regedit",
					    "Regedt32", "Registry Editor", "HKEY_LOCAL_MACHINE", NULL };
	const char *p, *w, *b;
	size_t wl, i;

	if (imp_has_word(s, "subkey") || imp_has_word(s, "subkeys"))
		return 1;
	for (p = s; (p = imp_ci_find(p, " key")) != NULL; p += 4) {
		if (isalpha((unsigned char)p[4]))
			continue;
		/* the word or words before " key" */
		for (b = p; b > s && b[-1] != ' ' && b[-1] != '"'; b--)
			;
		wl = word_at(b, &w);
		if (wl == 0 || !looks_like_name(w, wl) || imp_word_is(w, wl, "DELETE") ||
		    imp_word_is(w, wl, "Del") || is_last_name(key, w, wl))
			continue;
		return 1;
	}
	for (i = 0; picks[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, picks[i])) != NULL; p += strlen(picks[i])) {
			size_t k;
			int known = 0;
			if (p > s && isalpha((unsigned char)p[-1]))
				continue;
			wl = word_at(skip_fillers(p + strlen(picks[i])), &w);
			if (wl == 0 || !looks_like_name(w, wl))
				continue;
			for (k = 0; menu[k] != NULL; k++)
				if (imp_word_is(w, wl, menu[k]))
					known = 1;
			if (!known && !is_last_name(key, w, wl) && !last_name_starts(key, w, wl))
				return 1;
		}
	return 0;
}

/* "click Delete" / "press DELETE" deletes what the lines since the key
 * selected: the key itself unless a value or another subkey was chosen. */
static void selected_thing(struct imp *im, const char *key, size_t from, size_t to,
			   const char *tail_name, struct edit *e)
{
	size_t n;

	if (tail_name != NULL) {
		e->kind = EDIT_VALUE;
		return;
	}
	for (n = from; n <= to && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		if (imp_has_word(s, "value") || imp_has_word(s, "values")) {
			/* "Click the Dcache value, press DELETE" */
			e->value = value_selected(im, n, n);
			e->kind = e->value != NULL && looks_like_name(e->value, strlen(e->value)) ?
				  EDIT_VALUE : EDIT_UNSURE;
			return;
		}
		if (names_other_key(s, key)) {
			e->kind = EDIT_UNSURE;
			return;
		}
	}
	e->kind = EDIT_KEY;
}

/* s opens with a key as its subject: "the key", "this subkey", "the
 * Frob key", "these keys". */
static int names_a_key(const char *s)
{
	static const char *const articles[] = { "the", "this", "these", "those", NULL };
	static const char *const keys[] = { "key", "keys", "subkey", "subkeys", NULL };
	size_t i, k;

	for (i = 0; articles[i] != NULL && !imp_starts_word(s, articles[i]); i++)
		;
	if (articles[i] == NULL)
		return 0;
	s = imp_skip_ws(s + strlen(articles[i]));
	for (k = 0; k < 2; k++, s = imp_skip_ws(s + strcspn(s, " \t")))
		for (i = 0; keys[i] != NULL; i++)
			if (imp_starts_word(s, keys[i]))
				return 1;
	return 0;
}

/* After a presence word at w (wl bytes): nothing, or only a place ("if
 * present on your computer", "if found under the Agent key"), so the
 * words still say only where the thing to delete may be. */
static int place_or_nothing(const char *w, size_t wl)
{
	static const char *const places[] = { "on", "in", "under", "at", "below", NULL };
	const char *p = imp_skip_ws(w + wl);
	size_t i;

	if (!isalnum((unsigned char)*p))
		return 1;
	for (i = 0; places[i] != NULL; i++)
		if (imp_starts_word(p, places[i]))
			return 1;
	return 0;
}

/* "if they still exist", "if it is present", "if there" (a, from its
 * "if"): the words say only that there may be nothing to delete, which
 * a check of absence holds anyway; no condition on the delete. */
static int if_there(const char *a)
{
	static const char *const alone[] = { "present", "there", "needed", "necessary", "found", "any", NULL };
	static const char *const subjects[] = { "they", "it", "these", "those", "any", "one", NULL };
	/* "if there is one", "if one exists": one of the things to delete */
	static const char *const one[] = { "there is one", "there are any", "there is any", "there is such a key",
					   NULL };
	static const char *const found[] = { "you find", "you see", NULL };
	static const char *const there[] = { "exist", "exists", "present", "there", NULL };
	char clause[120];
	const char *w;
	size_t i;

	if (!imp_starts_ci(a, "if "))
		return 0;
	w = imp_skip_ws(a + 3);
	for (i = 0; alone[i] != NULL; i++)
		if (imp_starts_word(w, alone[i]) && place_or_nothing(w, strlen(alone[i])))
			return 1;
	for (i = 0; one[i] != NULL; i++)
		if (imp_starts_ci(w, one[i]) && place_or_nothing(w, strlen(one[i])))
			return 1;
	for (i = 0; found[i] != NULL; i++)
		if (imp_starts_ci(w, found[i]))
			return 1;
	/* "if they (still) exist", "if it is present", "if the keys are
	 * there": the listed keys themselves, in the clause */
	for (i = 0; subjects[i] != NULL && !imp_starts_word(w, subjects[i]); i++)
		;
	if (subjects[i] == NULL && !names_a_key(w))
		return 0;
	imp_copy_to(w, ",.;:", clause, sizeof clause);
	return !imp_has_word(clause, "not") && imp_find_any_word(clause, there) != NULL;
}

/* "only if", "only when", "only on", "(Frob 2.0 only)": "only" that
 * limits the step to a case, not "delete only the following". */
static int only_for_a_case(const char *only)
{
	/* not "only after"/"only once": "delete the key only after you
	 * export it" orders a precaution first, it names no case */
	static const char *const next[] = { "if", "when", "on", "in", "for", "where", NULL };
	const char *p = imp_skip_ws(only + 4);
	size_t i;

	if (*p == ')')
		return 1;
	for (i = 0; next[i] != NULL; i++)
		if (imp_starts_word(p, next[i]))
			return 1;
	return 0;
}

/* The words after "where" (at w) say what a placeholder stands for
 * ("where <N> is the number of the agent", "where X is the drive"), no
 * case: a '<' or '%' name, or one word, then is/are and an article. */
static int defines_a_placeholder(const char *w)
{
	static const char *const articles[] = { "the", "a", "an", "your", NULL };
	const char *p = imp_skip_ws(w);
	static const char *const names[] = { "represents", "represent", "stands for", "stand for", "means", NULL };
	size_t i;

	if (*p == '<' || *p == '%')
		return 1;
	p = imp_skip_ws(p + strcspn(p, " \t"));
	/* "where Frob represents the name of the agent" */
	for (i = 0; names[i] != NULL; i++)
		if (imp_starts_word(p, names[i]))
			return 1;
	if (!imp_starts_word(p, "is") && !imp_starts_word(p, "are"))
		return 0;
	p = imp_skip_ws(p + strcspn(p, " \t"));
	for (i = 0; articles[i] != NULL; i++)
		if (imp_starts_word(p, articles[i]))
			return 1;
	return 0;
}

int imp_set_condition_in(const char *s)
{
	static const char *const words[] = { "if", "unless", "whenever", "except", "provided", NULL };
	const char *p;

	if (imp_find_any_word(s, words) != NULL)
		return 1;
	/* "only on servers where the agent runs", "(Frob 2.0 only)" */
	for (p = s; (p = imp_find_word(p, "only")) != NULL; p += 4)
		if (only_for_a_case(p))
			return 1;
	return 0;
}

/* p (inside s) is within an open bracket: "(Setup creates them when
 * the agent is installed)" describes, it sets no case. */
static int in_brackets(const char *s, const char *p)
{
	const char *o = NULL, *q;

	for (q = s; q < p; q++)
		if (*q == '(')
			o = q;
		else if (*q == ')')
			o = NULL;
	return o != NULL;
}

/* "where present", "where found": "if present" said with "where". */
static int where_there(const char *where)
{
	static const char *const alone[] = { "present", "found", "applicable", "they exist", "it exists", NULL };
	const char *p = imp_skip_ws(where + 5);
	size_t i;

	for (i = 0; alone[i] != NULL; i++)
		if (imp_starts_ci(p, alone[i]) && place_or_nothing(p, strlen(alone[i])))
			return 1;
	return 0;
}

const char *imp_condition_in(const char *s)
{
	static const char *const words[] = { "if", "unless", "when", "whenever", "where", "provided", "except",
					     "only", "in case", NULL };
	const char *p, *first = NULL, *rel;
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		for (p = s; (p = imp_find_word(p, words[i])) != NULL; p += strlen(words[i])) {
			if (i == 0 && if_there(p))
				continue;
			/* "when", "where" and "in case" in a bracket describe
			 * ("(export it first in case you need it)"); an "if"
			 * or "only" there is still a case */
			if ((strcmp(words[i], "when") == 0 || strcmp(words[i], "where") == 0 ||
			     strcmp(words[i], "in case") == 0) && in_brackets(s, p))
				continue;
			if (strcmp(words[i], "where") == 0 && where_there(p))
				continue;
			if (strcmp(words[i], "only") == 0 && !only_for_a_case(p))
				continue;
			if (strcmp(words[i], "where") == 0 && defines_a_placeholder(p + 5))
				continue;
			/* "which Setup leaves when it fails": a clause about
			 * the keys, no case of the step */
			if ((strcmp(words[i], "when") == 0 || strcmp(words[i], "where") == 0) &&
			    (((rel = imp_find_word(s, "which")) != NULL && rel < p) ||
			     ((rel = imp_find_word(s, "that")) != NULL && rel < p)))
				continue;
			if (first == NULL || p < first)
				first = p;
			break;
		}
	return first;
}

const char *imp_own_clause_end(const char *from)
{
	/* verbs a second clause opens with after "and" ("and click Yes
	 * when you are prompted", "and restart the agent if it runs") */
	static const char *const verbs[] = { "then", "click", "press", "restart", "close", "quit", "exit", "run",
					     "type", "select", "choose", "reboot", "start", "stop", "wait", "answer",
					     "confirm", "tap", "shut", "log", "open", NULL };
	const char *p, *e = from + strlen(from), *w;
	size_t i;

	for (p = from; *p != '\0'; p++) {
		if (*p == ';' || (*p == '.' && (p[1] == '\0' || isspace((unsigned char)p[1])))) {
			e = p;
			break;
		}
		if (!imp_starts_ci(p, "and") || (p > from && isalnum((unsigned char)p[-1])) || isalnum((unsigned char)p[3]))
			continue;
		w = imp_skip_ws(p + 3);
		/* a verb mid-sentence is lower case: "the Frob and Run keys"
		 * names a second key */
		if (!islower((unsigned char)*w))
			continue;
		for (i = 0; verbs[i] != NULL && !imp_starts_word(w, verbs[i]); i++)
			;
		if (verbs[i] != NULL) {
			e = p;
			break;
		}
	}
	return e;
}

int imp_condition_quote_len(const char *cond)
{
	size_t l = (size_t)(imp_own_clause_end(cond) - cond), colon = strcspn(cond, ":");

	if (colon < l)
		l = colon;
	return (int)(l < 60 ? l : 60);
}

const char *imp_condition_in_part(const char *s, const char *end)
{
	char part[512];
	size_t l = (size_t)(end - s);
	const char *c;

	if (l >= sizeof part)
		l = sizeof part - 1;
	memcpy(part, s, l);
	part[l] = '\0';
	c = imp_condition_in(part);
	return c != NULL ? s + (c - part) : NULL;
}

/* "remove the keys noted in the article", "delete the key listed
 * above": words pointing back at the keys just given (3 archive
 * articles). */
static int points_back(const char *w, size_t wl)
{
	return imp_word_is(w, wl, "noted") || imp_word_is(w, wl, "listed") || imp_word_is(w, wl, "mentioned") ||
	       imp_word_is(w, wl, "above");
}

/* The verb at verb (in line, its end at p) names Registry Editor's menu
 * command: "choose Delete from the Edit menu", "click Delete on the Edit
 * menu", "select Delete from the Edit menu". */
static int menu_command(const char *line, const char *verb, const char *p)
{
	static const char *const picks[] = { "choose", "click", "select", "pick", NULL };
	const char *q = imp_skip_ws(p);

	if (!imp_starts_ci(q, "from the Edit menu") && !imp_starts_ci(q, "on the Edit menu") &&
	    !imp_starts_ci(q, "in the Edit menu"))
		return 0;
	return imp_word_before_is(line, verb, picks);
}

/* "HP Jet Admin value", "\"Frob Monitor\" value": a value's name of
 * several words at p, each opening with a capital or a digit (or the
 * words in quotes), then the word "value".  1 with the name in *w, *wl
 * and *after at "value"; 0 when the words are not that (one word is
 * word_at()'s). */
static int value_name_run(const char *p, const char **w, size_t *wl, const char **after)
{
	const char *q = p, *e;
	size_t words = 0;

	if (*p == '"') {
		if ((e = strchr(p + 1, '"')) == NULL || e == p + 1 || e - p > 64 || memchr(p + 1, '<', (size_t)(e - p - 1)))
			return 0;
		*w = p + 1;
		*wl = (size_t)(e - p - 1);
		*after = imp_skip_ws(e + 1);
		return imp_starts_word(*after, "value") && memchr(*w, ' ', *wl) != NULL;
	}
	for (;;) {
		size_t l = word_at(q, &e);
		if (l == 0 || e != q)
			return 0;
		if (imp_word_is(q, l, "value"))
			break;
		/* ("the MaxConnections DWORD value": a type word is no part
		 * of the name) */
		if ((!isupper((unsigned char)q[0]) && !isdigit((unsigned char)q[0])) || !looks_like_name(q, l))
			return 0;
		if (++words > 4 || q[l] != ' ')
			return 0;
		q = imp_skip_ws(q + l);
	}
	if (words < 2)
		return 0;
	*w = p;
	*wl = imp_rtrim_len(p, (size_t)(q - p));
	*after = q;
	return 1;
}

/* After "value" at v: "and the B value" names a second value the verb
 * deletes: its copy, or NULL. */
static const char *second_value(struct imp *im, const char *v)
{
	const char *q = imp_skip_ws(v + 5), *w, *after;
	size_t wl;

	if (!imp_starts_ci(q, "and the "))
		return NULL;
	q = imp_skip_ws(q + 8);
	if (value_name_run(q, &w, &wl, &after) ||
	    ((wl = word_at(q, &w)) > 0 && looks_like_name(w, wl) &&
	     imp_starts_word(after = imp_skip_ws(w + wl + (w[wl] == '"' ? 1 : 0)), "value")))
		return word_at(imp_skip_ws(after + 5), &after) == 0 ? imp_dupn(im, w, wl) : NULL;
	return NULL;
}

/* One delete verb at p in line n: what it asks to take away. */
static void classify(struct imp *im, const char *key, size_t key_last, size_t n, const char *line,
		     const char *verb, size_t verb_len, const char *tail_name, struct edit *e)
{
	const char *p = verb + verb_len, *obj, *w, *from, *last = strrchr(key, '\\'), *after, *a2, *next;
	char phrase[200];
	size_t wl, pl, al;
	int following;

	memset(e, 0, sizeof *e);
	e->line = n;
	if (imp_not_asked(line, verb))
		return;
	/* "press the DELETE key", "press the Delete (Del) key": the
	 * keyboard's key deletes what is selected */
	if (verb > line + 4 && imp_starts_ci(verb - 4, "the ") &&
	    (imp_starts_ci(imp_skip_ws(p), "key") || imp_starts_ci(imp_skip_ws(p), "(Del) key"))) {
		selected_thing(im, key, key_last + 1, n, tail_name, e);
		return;
	}
	/* "choose Delete from the Edit menu", "click Delete on the Edit
	 * menu": Registry Editor's command deletes the key selected (a
	 * value picked in the step, "Select the X value and click Delete on
	 * the Edit menu", is the selected-deletes reader's, which reads every
	 * step's pick) */
	if (menu_command(line, verb, p) && !imp_has_word(line, "value") && !imp_has_word(line, "values")) {
		selected_thing(im, key, key_last + 1, n, tail_name, e);
		return;
	}
	e->kind = EDIT_UNSURE;
	/* "If the values under this key are corrupted, delete the key": a
	 * condition the check of absence would not express; "if this key
	 * exists, delete it" is one */
	{
		const char *st = line;
		char cond[160];
		size_t cl;
		for (st = verb; st > line && !(st[-1] == '.' && st[0] == ' '); st--)
			;
		st = imp_skip_ws(st);
		cl = (size_t)(verb - st) < sizeof cond ? (size_t)(verb - st) : sizeof cond - 1;
		memcpy(cond, st, cl);
		cond[cl] = '\0';
		if ((imp_starts_ci(st, "if ") || imp_has_word(cond, "if")) &&
		    !imp_has_word(cond, "exists") && !imp_has_word(cond, "exist") &&
		    !imp_has_word(cond, "see") && !imp_has_word(cond, "find") &&
		    !imp_has_word(cond, "present") && !imp_has_word(cond, "there"))
			return;
	}
	/* the object, joined with the next line when the sentence goes on
	 * (not into a step or a lettered substep of its own) */
	pl = (size_t)snprintf(phrase, sizeof phrase, "%s", p);
	next = imp_step_goes_on(im, n);
	if (pl < sizeof phrase && strpbrk(phrase, ".:;") == NULL && *next != '\0')
		snprintf(phrase + pl, sizeof phrase - pl, " %s", next);
	/* the sentence ends at a full stop, not at one inside a name or a
	 * path ("..\\DevStudio", "5.0") */
	for (pl = 0; phrase[pl] != '\0'; pl++)
		if (strchr(";:(", phrase[pl]) != NULL ||
		    (phrase[pl] == '.' && !(phrase[pl + 1] == '.' || phrase[pl + 1] == '\\' ||
					     isalnum((unsigned char)phrase[pl + 1])) &&
		     !(pl > 0 && phrase[pl - 1] == '.')))
			break;
	phrase[pl] = '\0';
	obj = skip_fillers(phrase);
	/* "remove the Exchsrvr\\Imcdata directory": not the registry */
	if (imp_has_word(phrase, "directory") || imp_has_word(phrase, "folder") ||
	    imp_has_word(phrase, "file") || imp_has_word(phrase, "files") ||
	    imp_has_word(phrase, "subdirectory")) {
		e->kind = EDIT_NONE;
		return;
	}
	following = imp_has_word(phrase, "following") || imp_has_word(phrase, "this") ||
		    imp_has_word(phrase, "these");
	e->kind = EDIT_UNSURE;
	/* "Delete the following key from the registry": where from, not
	 * what */
	if ((from = imp_ci_find(obj, " from the registry")) != NULL ||
	    (from = imp_ci_find(obj, " from registry")) != NULL)
		*(char *)from = '\0';
	/* "In the Multi-String Editor, remove the line containing the
	 * string NetworkProvider": one entry of the list value the steps
	 * opened, and only that (the entry a whole name, "and then click
	 * OK" or nothing after it) */
	{
		static const char *const lines[] = { "line containing the string ", "line containing ",
						     "line that contains the string ", "line that contains ", NULL };
		size_t li;
		for (li = 0; lines[li] != NULL; li++)
			if (imp_starts_ci(obj, lines[li])) {
				const char *rest;
				wl = word_at(obj + strlen(lines[li]), &w);
				rest = imp_skip_ws(w + wl + (w[wl] == '"' ? 1 : 0));
				/* "the line containing Frobhook.dll": a file's
				 * name (or a path) may stand inside a longer
				 * line ("C:\\Frob\\Frobhook.dll"), which a
				 * whole-entry check would miss */
				if (wl == 0 || !looks_like_name(w, wl) || memchr(w, '.', wl) != NULL ||
				    memchr(w, '\\', wl) != NULL || memchr(w, '/', wl) != NULL || memchr(w, ':', wl) != NULL ||
				    !(*rest == '\0' || imp_starts_ci(rest, ", and then click OK") ||
				      imp_starts_ci(rest, "and then click OK") || imp_starts_ci(rest, "and click OK") ||
				      imp_starts_ci(rest, ", and then select OK") ||
				      imp_starts_ci(rest, "and then select OK") || imp_starts_ci(rest, "and select OK") ||
				      imp_starts_ci(rest, "(without the quot")))
					return;
				e->entry = imp_dupn(im, w, wl);
				e->kind = EDIT_ENTRY;
				return;
			}
	}
	/* "delete NetBT from the data", "remove W3svc from the list" */
	if ((from = imp_ci_find(obj, " from ")) != NULL) {
		wl = word_at(obj, &w);
		if (wl == 0 || imp_skip_ws(w + wl + (*w == '"' || w[wl] == '"' ? 1 : 0)) != from + 1 ||
		    !looks_like_name(w, wl))
			return;
		e->entry = imp_dupn(im, w, wl);
		e->kind = EDIT_ENTRY;
		e->value = dependency_named(from);
		return;
	}
	wl = word_at(obj, &w);
	if (wl == 0) {
		/* "On the Edit menu, click Delete.", "press DELETE" */
		if (verb > line && (imp_has_word(line, "click") || imp_has_word(line, "press")))
			selected_thing(im, key, key_last + 1, n, tail_name, e);
		return;
	}
	after = imp_skip_ws(w + wl + (w[wl] == '"' ? 1 : 0));
	al = word_at(after, &a2);
	if (imp_word_is(w, wl, "key") || imp_word_is(w, wl, "subkey") || imp_word_is(w, wl, "keys") ||
	    imp_word_is(w, wl, "subkeys")) {
		/* "delete the key", "the following keys and any subkeys";
		 * not "the subkey with the name of ...", which is another */
		if (tail_name == NULL && (al == 0 || imp_word_is(a2, al, "and") || if_there(a2) || points_back(a2, al)) &&
		    (following || w[0] == 'k' || w[0] == 'K'))
			e->kind = EDIT_KEY;
		else if (imp_word_is(w, wl, "key") && verb > line && imp_has_word(line, "press"))
			selected_thing(im, key, key_last + 1, n, tail_name, e);
		return;
	}
	if (imp_word_is(w, wl, "value")) {
		/* "delete the value", "delete the following value" */
		if (tail_name != NULL && al == 0)
			e->kind = EDIT_VALUE;
		return;
	}
	if (imp_word_is(w, wl, "it")) {
		const char *named;
		/* "if this key exists, ... delete it"; not "If the Web
		 * Connector key still exists, delete it" under its parent */
		if (tail_name != NULL) {
			e->kind = EDIT_VALUE;
		} else if (imp_values_picked_before(im, line, verb, key, &named) == 1) {
			/* "Locate the FrobCheck value, and then delete it" */
			e->kind = EDIT_VALUE;
			e->value = named;
		} else if (imp_has_word(line, "key") && !imp_has_word(line, "value") &&
			   !names_other_key(line, key)) {
			e->kind = EDIT_KEY;
		}
		return;
	}
	/* "Delete the HP Jet Admin value": a name of several words */
	if (!imp_word_is(a2, al, "value") && !imp_word_is(a2, al, "key") && !imp_word_is(a2, al, "subkey")) {
		const char *rw, *rafter;
		size_t rwl;
		if (value_name_run(obj, &rw, &rwl, &rafter)) {
			w = rw;
			wl = rwl;
			a2 = rafter;
			al = 5;
		}
	}
	/* "delete the X key", "remove the X value": nothing after but the
	 * end of the sentence, "and", or words pointing at the key that
	 * follows ("... value that is located under the following key") */
	{
		const char *a3;
		size_t al3 = word_at(imp_skip_ws(a2 + al), &a3);
		if (al3 > 0 && !imp_word_is(a3, al3, "and") && !imp_has_word(a3, "following"))
			return;
	}
	if (imp_word_is(a2, al, "key") || imp_word_is(a2, al, "subkey")) {
		if (tail_name == NULL && last != NULL && strncasecmp(last + 1, w, wl) == 0 &&
		    last[1 + wl] == '\0')
			e->kind = EDIT_KEY;
	} else if (imp_word_is(a2, al, "value") && (looks_like_name(w, wl) || memchr(w, ' ', wl) != NULL)) {
		e->kind = EDIT_VALUE;
		e->value = imp_dupn(im, w, wl);
		e->value2 = second_value(im, a2);
		/* "the A value and the B value from ...": a second thing
		 * named that was not read whole is a person's */
		if (e->value2 == NULL && imp_starts_ci(imp_skip_ws(a2 + 5), "and the "))
			e->kind = EDIT_UNSURE;
	}
}

/* Every delete verb of the step around the key; 1 with *out filled when
 * they agree on one thing, 0 when none asks plainly. */
static int read_deletion(struct imp *im, const char *key, size_t first, size_t key_line,
			 size_t key_last, size_t last, const char *tail_name, struct edit *out)
{
	static const char *const verbs[] = { "delete", "remove", NULL };
	size_t n, i, len = 0;
	int found = 0;
	char lead[600] = "", step[300];

	memset(out, 0, sizeof *out);
	/* "you may want to turn off wobbling as a troubleshooting step. To
	 * turn it off, delete ...": the words over the key suggest, they do
	 * not ask (labelling guide C8), as imp_governing_act() reads them */
	/* (the six lines right over the key, which a lead-in's sentence
	 * fills: a suggestion further up governs another step) */
	for (n = key_line > first + 6 ? key_line - 6 : first; n < key_line && n < im->a->body_end; n++) {
		const char *t = imp_skip_ws(imp_line_at(im, n));
		if (!imp_join_words(lead, sizeof lead, &len, t, imp_rtrim_len(t, strlen(t))))
			break;
	}
	if (imp_suggests(lead))
		return 0;
	for (n = first; n <= last && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n), *p;

		/* "2. Delete the following registry subkey: HKEY_...": the
		 * step's words before the key on its own line are read as
		 * those on the line over it */
		if (n == key_line && (p = imp_next_root(s)) != NULL && imp_step_colon_lead(imp_skip_ws(s), p) &&
		    (size_t)(p - s) < sizeof step) {
			memcpy(step, s, (size_t)(p - s));
			step[p - s] = '\0';
			s = step;
		} else if (n >= key_line && n <= key_last)
			continue;
		/* "the hotfix key you wish to delete": the reader picks (not
		 * "confirm that you want to delete the key") */
		if (((p = imp_ci_find(s, "you wish to")) != NULL || (p = imp_ci_find(s, "you want to")) != NULL) &&
		    !(p - s >= 5 && imp_starts_ci(p - 5, "that ")))
			return 0;
		if (imp_ci_find(s, "Help topic") != NULL || imp_ci_find(s, "Information in the Registry") != NULL ||
		    imp_ci_find(s, "Registry Editor incorrectly") != NULL)
			continue;
		for (i = 0; verbs[i] != NULL; i++)
			for (p = s; (p = imp_ci_find(p, verbs[i])) != NULL; p += strlen(verbs[i])) {
				struct edit e;
				size_t vl = strlen(verbs[i]);
				/* whole words; "Add/Remove Programs" names a tool */
				if ((p > s && (isalpha((unsigned char)p[-1]) || p[-1] == '/')) ||
				    isalpha((unsigned char)p[vl]) || p[vl] == '/')
					continue;
				classify(im, key, key_last, n, s, p, vl, tail_name, &e);
				if (e.kind == EDIT_NONE)
					continue;
				/* unclear words leave it all to a person */
				if (e.kind == EDIT_UNSURE)
					return 0;
				if (found && (e.kind != out->kind ||
					      (e.value != NULL) != (out->value != NULL) ||
					      (e.value != NULL && strcasecmp(e.value, out->value) != 0) ||
					      (e.value2 != NULL) != (out->value2 != NULL) ||
					      (e.value2 != NULL && strcasecmp(e.value2, out->value2) != 0) ||
					      (e.entry != NULL) != (out->entry != NULL) ||
					      (e.entry != NULL && strcasecmp(e.entry, out->entry) != 0)))
					return 0;
				if (!found)
					*out = e;
				found = 1;
			}
	}
	return found;
}

/* "13. On the Registry menu, click Export Registry File." "14. In the
 * "File name" box, type ...": a step that saves a copy of the key before
 * the change (10 archive articles have one between the key and the step
 * that deletes it). */
static int backup_step(const char *s)
{
	return imp_ci_find(s, "Export Registry") != NULL || imp_ci_find(s, "Save Key") != NULL ||
	       imp_ci_find(s, "\"File name\"") != NULL || imp_ci_find(s, "File name box") != NULL;
}

/* The last line of the backup steps right after the key's lines (with
 * their notes), or key_last when none follows: what the article asks of
 * the key comes after them. */
size_t imp_past_backup_steps(const struct imp *im, size_t key_last)
{
	size_t n, end = key_last, limit = key_last + 20;
	int in_backup = 0;

	for (n = key_last + 1; n < im->a->body_end && n <= limit; n++) {
		const char *s = imp_line_at(im, n);
		if (imp_blank(s))
			continue;
		if (imp_numbered_step(s))
			in_backup = backup_step(s);
		else if (!in_backup || imp_indent_of(s) == 0 || imp_ci_find(s, "HKEY_") != NULL)
			break;
		if (!in_backup)
			break;
		end = n;
	}
	return end;
}

/* The step holding the key: from the line that introduces it (a numbered
 * step or a sentence ending with a colon) to the end of the two steps
 * after it, which often say what to do with it ("3. Click the
 * DependOnService value." "4. ... delete NetBT from the data."),
 * stopping before anything that names another key. */
static void step_span(const struct imp *im, size_t key_line, size_t key_last,
		      size_t *first, size_t *last)
{
	size_t n, start = imp_ask_window_start(im, key_line), steps = 0, floor;

	*first = key_line;
	for (n = key_line; n > start; n--) {
		const char *s = imp_line_at(im, n - 1);
		size_t l = imp_rtrim_len(s, strlen(s));
		*first = n - 1;
		if (imp_numbered_step(s) || (l > 0 && s[l - 1] == ':'))
			break;
	}
	/* the sentence ending with the colon may start lines above
	 * ("1. Delete the X value that is located under the" / "following
	 * registry setting:"), up to four lines above the key or to the
	 * ask window's start, whichever is higher up */
	floor = key_line >= 4 ? key_line - 4 : 0;
	if (start < floor)
		floor = start;     /* a long list's lead-in, far above the key */
	*first = imp_sentence_start(im, *first, floor);
	*last = imp_past_backup_steps(im, key_last);
	for (n = *last + 1; n < im->a->body_end && n <= *last + 6; n++) {
		const char *s = imp_line_at(im, n);
		size_t l = imp_rtrim_len(s, strlen(s));
		/* another key's introduction, or an alternative */
		if (imp_ci_find(s, "HKEY_") != NULL || im->used[n] || (l > 0 && s[l - 1] == ':') ||
		    imp_ci_find(s, "-or-") != NULL)
			break;
		if (imp_numbered_step(s) && ++steps > 2)
			break;
		*last = n;
	}
}

/* Keys that hold every service, program or setting: an article never
 * asks to delete one, so a deletion read for one is a misread path (a
 * wrapped key cut short: "...\\Services" / "W3SVC\\Parameters"). */
static const char *const containers[] = {
	"SYSTEM", "SOFTWARE", "CurrentControlSet", "ControlSet001", "ControlSet002",
	"Services", "Control", "Microsoft", "Windows", "Windows NT", "CurrentVersion",
	"Uninstall", "Enum", "Class", "Classes", "Policies", NULL,
};

int imp_container_name(const char *name)
{
	size_t i;

	for (i = 0; containers[i] != NULL; i++)
		if (strcasecmp(name, containers[i]) == 0)
			return 1;
	return 0;
}

static int deletable(const struct imp *im, const char *key, size_t key_last)
{
	const char *last = strrchr(key, '\\'), *next;

	/* "...\\ADVSDLCLS_1.0_*": a wildcard names no one key */
	if (last == NULL || last[1] == '\0' || imp_has_placeholder(key) || strpbrk(key, "*?") != NULL ||
	    strstr(key, "\\ ") != NULL || strstr(key, " \\") != NULL)
		return 0;
	if (imp_container_name(last + 1))
		return 0;
	/* the key's line goes on after it ("...\\MS Setup (ACME)\\Table
	 * Files"): the path was read short */
	{
		const char *kl = imp_line_at(im, key_last), *lw = strrchr(last, ' ');
		size_t l = imp_rtrim_len(kl, strlen(kl)), ln;
		/* its last word: a name may be wrapped at a space */
		lw = lw != NULL ? lw + 1 : last + 1;
		ln = strlen(lw);
		/* a quote closes a path written the INF way; a backslash
		 * after the last name ("...\\Print\\") is the article's
		 * habit when nothing goes on below (the key was read whole) */
		while (l > 0 && strchr(".,;\"\\", kl[l - 1]) != NULL)
			l--;
		l = imp_bold_closed_len(kl, l);
		if (l < ln || strncasecmp(kl + l - ln, lw, ln) != 0)
			return 0;
	}
	/* "...\\Wobble Cache" then "   Store": any line set under the key
	 * (the rest of its name, a name or value under it, or a remark) may
	 * narrow what is deleted; short key lines followed by a fragment are
	 * most often a key and the value or subkey under it, not a remark */
	if (imp_line_under_key(im, key_last))
		return 0;
	/* a path fragment on the next line: the key was cut short */
	if (key_last + 1 < im->a->body_end) {
		next = imp_skip_ws(imp_line_at(im, key_last + 1));
		if (strchr(next, '\\') != NULL && strchr(next, ' ') == NULL &&
		    imp_ci_find(next, "HKEY") == NULL)
			return 0;
	}
	return 1;
}

/* The lead-in's line, past the value's name, goes on to add the value
 * back ("..., and then add it again:"): the value ends present. */
static int undone_on_its_line(struct imp *im, size_t line, const char *value)
{
	const char *at = line > 0 ? imp_ci_find(imp_line_at(im, line), value) : NULL;

	return at != NULL && imp_delete_undone(at);
}

/* A line that gives a value: "Name = data", "Name : REG_SZ : x",
 * "Name REG_DWORD 1". */
static int value_form(const char *s)
{
	return strchr(s, '=') != NULL || strchr(s, ':') != NULL || imp_ci_find(s, "REG_") != NULL;
}

/* "WARNING:", "NOTE:": a word in capitals and a colon open a remark,
 * not a value. */
static int remark_label(const char *s)
{
	const char *t = imp_skip_ws(s), *e = t;

	while (isupper((unsigned char)*e))
		e++;
	return e - t >= 3 && *e == ':';
}

/* The key at key_line..key_last is an entry of a list on its own: its
 * lines hold the path and nothing else (no value form), and no value is
 * set out under it: the next line, past blank ones, is another key, a
 * step, a remark, or a line with no value form that is neither indented
 * deeper than the key nor a bare name ("FrobLevel", "- FrobLevel": a
 * value's name under the key, so the entries are values). */
static int bare_key_entry(struct imp *im, size_t key_line, size_t key_last)
{
	size_t n, col = imp_indent_of(imp_line_at(im, key_line));
	const char *s;

	for (n = key_line; n <= key_last; n++) {
		s = imp_line_at(im, n);
		/* "HKEY_LOCAL_MACHINE\..." opens no value form at its root */
		if (value_form(s + (n == key_line ? col : 0)))
			return 0;
	}
	for (n = key_last + 1; n < im->a->body_end && imp_blank(imp_line_at(im, n)); n++)
		;
	if (n >= im->a->body_end)
		return 1;
	s = imp_line_at(im, n);
	/* (a heading past the key, "STATUS", is the next section's) */
	if (imp_line_starts_key(s) || imp_numbered_step(s) || remark_label(s) ||
	    imp_section_of(im, n) != imp_section_of(im, key_line))
		return 1;
	return !value_form(s) && imp_indent_of(s) <= col && imp_bare_name(s, &(size_t){ 0 }) == NULL;
}

/* key's parent is a key that holds a service's or the system's settings
 * ("...\\Tcpip\\Parameters\\EnableFrobDHCP", "...\\Winlogon\\AutoAdmin"):
 * an "entry" under it is as likely a value as a subkey.  Not
 * CurrentVersion: its entries in the archive's lists are keys
 * ("...\\CurrentVersion\\AeDebug"). */
static int parent_holds_values(const char *key)
{
	static const char *const parents[] = { "Parameters", "Winlogon", "Lsa", "Memory Management",
					       "Environment", NULL };
	const char *last = strrchr(key, '\\'), *p;
	size_t i, l;

	if (last == NULL)
		return 0;
	for (p = last; p > key && p[-1] != '\\'; p--)
		;
	if (p == key)
		return 0;
	l = (size_t)(last - p);
	for (i = 0; parents[i] != NULL; i++)
		if (l == strlen(parents[i]) && strncasecmp(p, parents[i], l) == 0)
			return 1;
	return 0;
}

/* Multi-string values other than the dependency lists whose type Windows
 * defines, which articles name with no type ("Add "winreg" to the
 * NullSessionPipes entry"). */
static const char *const known_lists[] = { "NullSessionPipes", "NullSessionShares", NULL };

/* value, named in the step (lines first..last), as the list it is: a
 * dependency list, a known list, or one the step calls a multi-string
 * ("Multi String Editor", "Multi-String", REG_MULTI_SZ); else NULL.  The
 * one test of "is this value a list?" for an entry added or removed. */
static const char *step_says_list(const struct imp *im, const char *value, size_t first, size_t last)
{
	size_t i;

	for (i = 0; known_lists[i] != NULL; i++)
		if (strcasecmp(value, known_lists[i]) == 0)
			return known_lists[i];
	if (is_dependency_value(value) || imp_lines_say(im, first, last, "Multi String") ||
	    imp_lines_say(im, first, last, "Multi-String") || imp_lines_say(im, first, last, "REG_MULTI_SZ"))
		return value;
	return NULL;
}

/* The steps after the key speak of other things ("Remove the shared
 * folder", "Remove the duplicate entry in the Disk key"), but the lead-in
 * over the list of keys says plainly that each is deleted: "Delete the
 * following registry keys on the X server:", "Locate and delete the
 * following registry key:". */
static int lead_in_deletes(struct imp *im, const char *key, size_t key_line,
			   const struct value_spec *tail, const struct imp_at *at)
{
	struct key_act ka;
	const char *value;

	/* "...\\Services\\asyncmac*": a wildcard names no one key */
	if (tail != NULL || strpbrk(key, "*?") != NULL || !imp_governing_act(im, key_line, &ka) ||
	    ka.verb != KV_DELETE)
		return 0;
	/* "Delete the following registry entries, for example:": keys
	 * shown, not the ones to delete */
	if (imp_intro_shows_example(imp_line_at(im, ka.line)))
		return 0;
	if (ka.object == KO_KEY && ka.own && deletable(im, key, at->key_last))
		return imp_add_check_at(im, at, key, NULL, NULL, IE_KEY_ABSENT, NULL, ka.line) != NULL;
	/* "Remove the following registry entries:" over a list whose line
	 * is a whole key path: the entry is that key */
	if (ka.object == KO_VALUE && ka.own && ka.value[0] == '\0' && bare_key_entry(im, key_line, at->key_last) &&
	    !parent_holds_values(key) && deletable(im, key, at->key_last))
		return imp_add_check_at(im, at, key, NULL, NULL, IE_KEY_ABSENT, NULL, ka.line) != NULL;
	/* "Use Registry Editor to remove the EnableRouting value from the
	 * following registry key:" */
	if (ka.object != KO_VALUE || ka.value[0] == '\0' || imp_has_placeholder(ka.value) ||
	    imp_placeholder_value_name(ka.value) || undone_on_its_line(im, ka.line, ka.value) ||
	    imp_has_placeholder(key) || (value = imp_dupn(im, ka.value, strlen(ka.value))) == NULL)
		return 0;
	return imp_add_check_at(im, at, key, value, NULL, IE_VALUE_ABSENT, NULL, ka.line) != NULL;
}

int imp_place_deletion(struct imp *im, const char *key, size_t key_line, size_t key_last,
		       const char *vkey, const struct value_spec *tail)
{
	struct edit e;
	size_t first, last, n;
	const char *value, *ckey = key;
	struct imp_check *c = NULL;
	const struct imp_at at = { .key_line = key_line, .key_last = key_last, .repair = 1 };

	step_span(im, key_line, key_last, &first, &last);
	/* "use either of the following methods: ... -or- ...": one of
	 * several ways, which a check of absence cannot say */
	for (n = first > 4 ? first - 4 : 1; n <= last + 3 && n < im->a->body_end; n++)
		if (imp_ci_find(imp_line_at(im, n), "-or-") != NULL ||
		    imp_ci_find(imp_line_at(im, n), "either of the following") != NULL)
			return 0;
	/* "delete the Timeserv key in the following registry key:" over
	 * the parent: read before this, by imp_place_named_child()
	 * (kbimport_prosekey.c) */
	if (!deletable(im, key, key_last))
		return lead_in_deletes(im, key, key_line, tail, &at);
	if (!read_deletion(im, key, first, key_line, key_last, last,
			   tail != NULL ? tail->name : NULL, &e))
		return lead_in_deletes(im, key, key_line, tail, &at);
	switch (e.kind) {
	case EDIT_KEY:
		c = imp_add_check_at(im, &at, key, NULL, NULL, IE_KEY_ABSENT, NULL, e.line);
		break;
	case EDIT_VALUE:
		value = e.value;
		if (tail != NULL) {
			ckey = vkey;
			value = tail->name;
		}
		if (value == NULL || imp_has_placeholder(value) || imp_placeholder_value_name(value))
			break;
		c = imp_add_check_at(im, &at, ckey, value, NULL, IE_VALUE_ABSENT, NULL, e.line);
		if (c != NULL && tail == NULL && e.value2 != NULL && !imp_has_placeholder(e.value2))
			imp_add_check_at(im, &at, ckey, e.value2, NULL, IE_VALUE_ABSENT, NULL, e.line);
		break;
	case EDIT_ENTRY:
		value = e.value != NULL ? e.value : tail != NULL ? tail->name :
			value_selected(im, first, last);
		if (tail != NULL)
			ckey = vkey;
		/* remove-entry works on lists: the article must say the value
		 * is one, or it is a list whose type Windows defines */
		if (value == NULL || imp_has_placeholder(value) || step_says_list(im, value, first, last) == NULL)
			break;
		c = imp_add_check_at(im, &at, ckey, value, "REG_MULTI_SZ", IE_NOT_CONTAINS, e.entry, e.line);
		break;
	case EDIT_NONE:
	case EDIT_UNSURE:
		break;
	}
	return c != NULL || lead_in_deletes(im, key, key_line, tail, &at);
}

/* After " to the " at to: the list's value name, when it is a dependency
 * list, a known list, or a name the words call a multi-string value ("the
 * Foo multi-string value", "the Foo REG_MULTI_SZ value"); else NULL. */
static const char *list_named(struct imp *im, const char *to)
{
	const char *w, *after, *dep = dependency_named(to);
	size_t wl, i;

	/* the dependency named right there, not later in the sentence */
	if (dep != NULL && (imp_starts_ci(to + 8, dep) || imp_starts_ci(to + 8, "Depend On")))
		return dep;
	wl = word_at(to + 8, &w);
	if (wl == 0)
		return NULL;
	for (i = 0; known_lists[i] != NULL; i++)
		if (imp_word_is(w, wl, known_lists[i]))
			return known_lists[i];
	after = imp_skip_ws(w + wl + (w[wl] == '"' ? 1 : 0));
	if ((imp_starts_ci(after, "multi-string value") || imp_starts_ci(after, "multistring value") ||
	     imp_starts_ci(after, "REG_MULTI_SZ value")) && looks_like_name(w, wl))
		return imp_dupn(im, w, wl);
	return NULL;
}

/* The value the step (lines first..last) selects or opens to edit, when
 * it is a list: a dependency list, a known list, or one the step calls a
 * multi-string; else NULL.  Not a value the steps after the key (which
 * ends at key_last) make ("Add a
 * REG_MULTI_SZ value named DependOnService, and then add portmap to the
 * list"): a new list holds only what is typed, which 'contains' cannot
 * say (guide: a new value with one entry is set to it). */
static const char *opened_list(struct imp *im, size_t first, size_t key_last, size_t last)
{
	static const char *const makes[] = { "Add a ", "Add an ", "Add Value", "Create", "New,", "click New",
					     "point to New", NULL };
	const char *v = value_selected(im, first, last);
	size_t i;

	if (v == NULL || imp_has_placeholder(v))
		return NULL;
	for (i = 0; makes[i] != NULL; i++)
		if (imp_lines_say(im, key_last + 1, last, makes[i]))
			return NULL;
	return step_says_list(im, v, first, last);
}

/* 'the "NetBios" (without the quotation marks) data value to': the entry
 * in quotes after "add " (p), its remark and a word for what it is
 * skipped up to to; its length, 0 when the words are not that. */
static size_t quoted_entry(const char *p, const char *to, const char **w)
{
	static const char *const kinds[] = { "data value", "value", "string", "entry", "data", NULL };
	const char *q, *e;
	size_t i;

	p = skip_fillers(p);
	if (*p != '"')
		return 0;
	*w = p + 1;
	if ((q = strchr(*w, '"')) == NULL || q == *w || q > to || memchr(*w, ' ', (size_t)(q - *w)) != NULL)
		return 0;
	e = imp_skip_ws(q + 1);
	if (*e == '(' && (e = strchr(e, ')')) != NULL)
		e = imp_skip_ws(e + 1);
	if (e == NULL)
		return 0;
	for (i = 0; kinds[i] != NULL; i++)
		if (imp_starts_ci(e, kinds[i])) {
			e = imp_skip_ws(e + strlen(kinds[i]));
			break;
		}
	return e == to + 1 ? (size_t)(q - *w) : 0;
}

/* "To resolve this issue, add W3svc to the Depend On Service list for
 * SNMP:" / "1. ... open the following key:": a sentence ending with a
 * colon right above the procedure's first step introduces the step
 * holding the key; where it starts, or first. */
static size_t procedure_lead_in(const struct imp *im, size_t first)
{
	size_t pf, pl;

	if (!imp_numbered_step(imp_line_at(im, first)) || !imp_paragraph_above(im, first, &pf, &pl) ||
	    !imp_ends_with_colon(imp_line_at(im, pl)))
		return first;
	return imp_sentence_start(im, pl, pl > 3 ? pl - 3 : im->a->body_first);
}

/* Line n goes on the sentence of line n - 1 (within first..): that line
 * is not blank and ends no sentence, and n opens no step. */
static int sentence_goes_on(const struct imp *im, size_t first, size_t n)
{
	const char *above;
	size_t l;

	if (n <= first || n <= im->a->body_first || imp_numbered_step(imp_line_at(im, n)) ||
	    imp_substep(imp_line_at(im, n)))
		return 0;
	above = imp_line_at(im, n - 1);
	l = imp_rtrim_len(above, strlen(above));
	return l > 0 && above[l - 1] != '.' && above[l - 1] != ':';
}

/* Where the sentence holding p starts in s: after the last ". " before
 * p, past a step's number or letter ("2. ", "b) ", "- "). */
static const char *ask_start(const char *s, const char *p)
{
	const char *q, *start = imp_skip_ws(s);

	for (q = s; (q = strstr(q, ". ")) != NULL && q < p; q += 2)
		start = imp_skip_ws(q + 2);
	q = start;
	while (isdigit((unsigned char)*q))
		q++;
	if (q > start && (*q == '.' || *q == ')'))
		return imp_skip_ws(q + 1);
	if (isalpha((unsigned char)start[0]) && (start[1] == '.' || start[1] == ')') && start[2] == ' ')
		return imp_skip_ws(start + 2);
	if (*start == '-' || *start == '*')
		return imp_skip_ws(start + 1);
	return start;
}

/* "add the World Wide Web service (W3svc) to the Depend On Service list
 * for SNMP", 'Add "winreg" (without the quotation marks) to the
 * NullSessionPipes entry', 'add the "NetBios" data value to the
 * DependOnService multi-string value': the entry is the name in quotes, in
 * parentheses, or the one word before "to".  Dependency lists are values
 * of a service's own key, so only a key under ...\Services\ takes one for
 * them.  Only the key's own step is read, and only an imperative add. */
int imp_place_list_add(struct imp *im, const char *key, size_t key_line, size_t key_last)
{
	size_t first, last, n;
	const char *value = NULL, *entry = NULL, *svc;
	size_t entry_line = 0;
	char joined[512];

	svc = imp_ci_find(key, "\\Services\\");
	if (imp_has_placeholder(key))
		return 0;
	/* the key's own step and its lead-in: an add in another step is
	 * another key's (a step that names no key, then "Verify that the
	 * following key exists:") */
	step_span(im, key_line, key_last, &first, &last);
	first = procedure_lead_in(im, first);
	for (n = first; n <= last && n < im->a->body_end && entry == NULL; n++) {
		const char *s, *p, *to, *w, *open, *close;
		size_t wl;

		if (n >= key_line && n <= key_last)
			continue;
		/* the sentence may go on on the next line, or start on the
		 * line above ("Many administrators" / "add ...") */
		snprintf(joined, sizeof joined, "%s %s %s", sentence_goes_on(im, first, n) ?
			 imp_skip_ws(imp_line_at(im, n - 1)) : "", imp_skip_ws(imp_line_at(im, n)),
			 n + 1 < key_line || n + 1 > key_last ? imp_step_goes_on(im, n) : "");
		s = joined;
		for (p = s; (p = imp_ci_find(p, "add ")) != NULL; p += 4) {
			/* an ask: "Many administrators add", "Some programs
			 * add" describe what others do */
			if ((p > s && isalpha((unsigned char)p[-1])) || !imp_verb_asked(ask_start(s, p), p))
				continue;
			to = imp_ci_find(p + 4, " to the ");
			if (to == NULL)
				continue;
			/* 'Edit the DependOnService value. Add "ClusSvc" to
			 * the list of services.': the list the step opened */
			if ((value = list_named(im, to)) == NULL && imp_starts_word(to + 8, "list"))
				value = opened_list(im, first, key_last, last);
			if (value == NULL)
				continue;
			/* a dependency list is a service key's own value */
			if (is_dependency_value(value) && (svc == NULL || strchr(svc + 10, '\\') != NULL))
				continue;
			open = memchr(p, '(', (size_t)(to - p));
			close = open != NULL ? memchr(open, ')', (size_t)(to - open)) : NULL;
			if ((wl = quoted_entry(p + 4, to, &w)) > 0) {
				/* the quotes say where the entry ends */
			} else if (open != NULL && close != NULL) {
				wl = word_at(open + 1, &w);
				if (w + wl != close)
					continue;
			} else {
				wl = word_at(skip_fillers(p + 4), &w);
				if (imp_skip_ws(w + wl) != to + 1)
					continue;
			}
			if (wl == 0 || imp_has_placeholder(w))
				continue;
			entry = imp_dupn(im, w, wl);
			entry_line = n;
			break;
		}
	}
	if (entry == NULL || value == NULL)
		return 0;
	return imp_add_list_entry(im, key_line, key_last, 0, key, value, entry, entry_line) != NULL;
}
