/* kbimport_treewalk.c: a key told as the steps that open Registry
 * Editor's tree down to it (kbimport_int.h):
 *
 *   3. Open (click on the + next to) HKEY_LOCAL_MACHINE, then open System,
 *      CurrentControlSet, Services, and then finally open VxD.
 *   2. After Registry Editor is open, expand HKEY_Local_Machine, expand
 *      System, expand CurrentControlSet, expand Services, and then expand
 *      MSFTPSVC.
 *   3. Double-click the HKEY_LOCAL_MACHINE folder.
 *   4. Double-click the SOFTWARE folder, and then the Microsoft folder.
 *
 * Windows 95's Registry Editor shows keys as folders, and its articles
 * often walk the reader down the tree rather than print the path.  The
 * names opened, in this step and in the next steps that only open more,
 * are the key's path under the root; the steps after the walk (select a
 * key, make a value, type its data) are the procedure reader's, as they
 * are after a printed path.  A walk that stops at a word that names no
 * key ("Open the HKEY_LOCAL_MACHINE window", "expand HKEY_LOCAL_MACHINE
 * to the following subkey:") gives no key: the path printed below it is
 * the key reader's. */
#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

/* The most steps and lines a walk goes over, and the most names. */
#define WALK_STEPS 4
#define WALK_LINES 12
#define WALK_NAMES 12

/* The verbs that open a folder of the tree. */
static const char *const open_verbs[] = { "open", "expand", "double-click", NULL };

/* Words between the names of a walk: "then open System,
 * CurrentControlSet, and then finally open VxD", "then in turn expand
 * Software, Microsoft", "and then the Microsoft folder". */
static const char *const joiners[] = { "and", "then", "finally", "in", "turn", "next", "the", NULL };

/* The nouns a name may be followed by: "the SOFTWARE folder". */
static const char *const folder_nouns[] = { "folder", "key", "subkey", "hive", "branch", NULL };

/* The word at p (letters, digits and '-') is one of words. */
static int word_is_one_of(const char *p, size_t l, const char *const *words)
{
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (strlen(words[i]) == l && strncasecmp(p, words[i], l) == 0)
			return 1;
	return 0;
}

/* A word that may be (part of) a key's name: a capital or a digit first
 * ("System", "MSFTPSVC", "3.0"), or letters and digits run together with
 * a capital inside ("eBooks"). */
static int name_word(const char *p, size_t l)
{
	size_t i;

	if (isupper((unsigned char)p[0]) || isdigit((unsigned char)p[0]))
		return 1;
	for (i = 1; i < l; i++)
		if (isupper((unsigned char)p[i]))
			return 1;
	return 0;
}

/* The text of steps from line first to last, joined in b, with every
 * bracketed remark left out ("Open (click on the + next to) HKEY_...").
 * 0 on a failed allocation. */
static int join_without_remarks(struct imp *im, size_t first, size_t last, struct kb_buf *b)
{
	size_t n;
	int depth = 0;

	for (n = first; n <= last; n++) {
		const char *s = imp_skip_ws(imp_line_at(im, n));
		if (n > first)
			kb_buf_add(b, " ", 1);
		for (; *s != '\0'; s++) {
			if (*s == '(')
				depth++;
			else if (*s == ')' && depth > 0)
				depth--;
			else if (depth == 0)
				kb_buf_add(b, s, 1);
		}
	}
	if (b->oom) {
		im->oom = 1;
		return 0;
	}
	return b->p != NULL;
}

/* The last line of the step (or paragraph) that line n is in: up to the
 * blank line or the next step. */
static size_t step_end(const struct imp *im, size_t n)
{
	size_t m;

	for (m = n; m + 1 < im->a->body_end && m + 1 <= n + WALK_LINES; m++) {
		const char *nx = imp_line_at(im, m + 1);
		if (imp_blank(nx) || imp_numbered_step(nx) || imp_substep(nx))
			break;
	}
	return m;
}

/* Appends name (up to end) to path as its next key, counted in *names;
 * 0 when the walk already holds as many names as it may. */
static int add_name(struct kb_buf *path, const char *name, const char *end, size_t *names)
{
	if (*names >= WALK_NAMES)
		return 0;
	kb_buf_add(path, "\\", 1);
	kb_buf_add(path, name, (size_t)(end - name));
	(*names)++;
	return 1;
}

/* Reads the names a walk opens from text t on: words joined by commas,
 * the joiners and the open verbs, each name one word or more that may
 * name a key, a folder noun after it left off.  Appends the names to
 * path, counting them in *names; stops at a word that is none of these
 * (returns 0: the walk ends in this step, the name it was reading left
 * out) or at the text's end (1: the walk may go on in the next step). */
static int read_names(const char *t, struct kb_buf *path, size_t *names)
{
	const char *p = t, *name = NULL, *name_end = NULL;

	for (;;) {
		const char *w;
		size_t l;
		int ends_name;

		while (*p == ' ')
			p++;
		if (*p == '\0' || *p == ',' || *p == '.' || *p == ';' || *p == ':') {
			/* a name ends at a mark */
			if (name != NULL && !add_name(path, name, name_end, names))
				return 0;
			name = NULL;
			if (*p == '\0')
				return 1;
			/* a sentence ends the walk's step: what follows is the
			 * next step's to read */
			if (*p == '.' || *p == ':')
				return *imp_skip_ws(p + 1) == '\0';
			p++;
			continue;
		}
		w = p;
		while (*p != '\0' && *p != ' ' && *p != ',' && *p != ';' && *p != ':' &&
		       !(*p == '.' && (p[1] == '\0' || p[1] == ' ')))
			p++;
		l = (size_t)(p - w);
		ends_name = word_is_one_of(w, l, joiners) || word_is_one_of(w, l, open_verbs) ||
			    word_is_one_of(w, l, folder_nouns);
		if (ends_name) {
			if (name != NULL && !add_name(path, name, name_end, names))
				return 0;
			name = NULL;
			continue;
		}
		if (!name_word(w, l) || memchr(w, '\\', l) != NULL)
			return 0;
		if (name == NULL)
			name = w;
		name_end = p;
	}
}

/* An open verb stands in t before root, within 45 characters of it, as
 * a word of its own ("Open (click on the + next to) HKEY_LOCAL_MACHINE",
 * "double-click the HKEY_LOCAL_MACHINE folder"). */
static int opened_before(const char *t, const char *root)
{
	const char *v;
	size_t i;

	for (i = 0; open_verbs[i] != NULL; i++)
		for (v = t; (v = imp_ci_find(v, open_verbs[i])) != NULL && v < root; v++)
			if ((v == t || !isalpha((unsigned char)v[-1])) && root - v < 45)
				return 1;
	return 0;
}

const char *imp_tree_walk(struct imp *im, size_t n, const char *line, const char *root, size_t root_len,
			  size_t *last)
{
	struct kb_buf steps = { 0 }, path = { 0 };
	size_t end, names = 0, k, i;
	const char *key = NULL, *t, *root_name;
	int goes_on;

	/* the verb that opens the root, in the words just before it on its
	 * line */
	t = imp_past_step_mark(line);
	if (root < t || root - t > 80 || !opened_before(t, root) ||
	    (root_name = imp_dupn(im, root, root_len)) == NULL)
		return NULL;
	end = step_end(im, n);
	if (!join_without_remarks(im, n, end, &steps)) {
		kb_buf_free(&steps);
		return NULL;
	}
	/* the words after the root in the joined step (the article's own
	 * line: a root written "HKEY_LOCAL_ MACHINE" is not walked) */
	t = imp_ci_find(steps.p, root_name);
	if (t == NULL) {
		kb_buf_free(&steps);
		return NULL;
	}
	kb_buf_add(&path, root, root_len);
	t += root_len;
	goes_on = read_names(t, &path, &names);
	*last = end;
	/* the next steps, while each only opens more of the tree */
	for (k = 1; goes_on && k < WALK_STEPS; k++) {
		size_t next = end + 1, next_end;
		const char *u;
		while (next < im->a->body_end && next <= end + 2 && imp_blank(imp_line_at(im, next)))
			next++;
		if (next >= im->a->body_end || imp_blank(imp_line_at(im, next)) ||
		    !(imp_numbered_step(imp_line_at(im, next)) || imp_substep(imp_line_at(im, next))))
			break;
		u = imp_past_step_mark(imp_line_at(im, next));
		for (i = 0; open_verbs[i] != NULL && !imp_starts_ci(u, open_verbs[i]); i++)
			;
		if (open_verbs[i] == NULL || isalpha((unsigned char)u[strlen(open_verbs[i])]))
			break;
		next_end = step_end(im, next);
		steps.len = 0;
		if (steps.p != NULL)
			steps.p[0] = '\0';
		if (!join_without_remarks(im, next, next_end, &steps))
			break;
		goes_on = read_names(imp_past_step_mark(steps.p) + strlen(open_verbs[i]), &path, &names);
		end = next_end;
		*last = end;
	}
	/* two names at least: "open HKEY_LOCAL_MACHINE, then open System"
	 * alone names a hive's top, no key a rule checks */
	if (names >= 2 && !path.oom && path.p != NULL)
		key = imp_dupn(im, path.p, path.len);
	if (path.oom)
		im->oom = 1;
	kb_buf_free(&steps);
	kb_buf_free(&path);
	return key;
}
