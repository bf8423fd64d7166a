/* kbimport_delkey.c: a key deleted by its name in the steps after the key
 * they locate (kbimport_int.h).  "Go to the following key: ...\Services"
 * then "Remove the Tcpip key and its subkeys", "Delete the Installed
 * Components key", "Remove the Basevideo subkey if it exists": the key
 * named is the located key's child (or, when the name is the located
 * key's last part, "To delete the IP key, ...", that key).  Read when the
 * article's words delete but the deletion reader found nothing it could
 * place. */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

static const char *const verbs[] = { "delete the ", "remove the ", NULL };

/* Words that say which key without naming it ("the Registry key", "the
 * Parent key"). */
static int not_a_name(const char *p, size_t n)
{
	static const char *const words[] = { "Registry", "Parent", "Entire", "Whole", "Above", "Same",
					     "Following", "Selected", "HKEY", NULL };
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (n >= strlen(words[i]) && strncasecmp(p, words[i], strlen(words[i])) == 0)
			return 1;
	return 0;
}

/* After the verb at p: one to three words, each starting with a capital
 * or a digit, then " key" or " subkey" as a word: the name and its
 * length, or NULL. */
static const char *deleted_name(const char *p, size_t *len)
{
	const char *q = p;
	size_t words = 0, n;

	for (;;) {
		if (!isupper((unsigned char)*q) && !isdigit((unsigned char)*q))
			return NULL;
		for (n = 0; isalnum((unsigned char)q[n]) || q[n] == '_' || q[n] == '.' || q[n] == '-' ||
			    q[n] == '$'; n++)
			;
		if (n == 0 || q[n - 1] == '.' || ++words > 3)
			return NULL;
		q += n;
		if (*q != ' ')
			return NULL;
		if ((imp_starts_ci(q, " key") && !isalpha((unsigned char)q[4])) ||
		    (imp_starts_ci(q, " subkey") && !isalpha((unsigned char)q[7])))
			break;
		q++;
	}
	if (not_a_name(p, (size_t)(q - p)))
		return NULL;
	*len = (size_t)(q - p);
	return p;
}

/* "do not delete", "Setup will then remove", "-or-": not an ask to
 * delete. */
static int hedged(const char *s, const char *verb)
{
	return imp_not_asked(s, verb) || imp_ci_find(s, "-or-") != NULL;
}

int imp_has_key_check(const struct imp *im, const char *key)
{
	size_t i;

	for (i = 0; i < im->n_checks; i++)
		if (im->checks[i].key != NULL && im->checks[i].value == NULL &&
		    strcasecmp(im->checks[i].key, key) == 0)
			return 1;
	return 0;
}

/* Drafts the delete of ckey, a child of key (or key itself) that the
 * steps name at line: a key-absent check with its delete action, and a
 * review item at note_line to check the path joined from the key and
 * the name ("named" or "listed" in the steps); 1 when drafted. */
static int place_child_delete(struct imp *im, const struct imp_at *at, const char *key, const char *ckey,
			      size_t line, size_t note_line, const char *how)
{
	const char *name = ckey + strlen(key);

	if (imp_has_key_check(im, ckey) ||
	    imp_add_check_at(im, at, ckey, NULL, NULL, IE_KEY_ABSENT, NULL, line) == NULL)
		return 0;
	if (ckey != key)
		imp_review(im, note_line, T_CHECK, im->n_checks - 1,
			   imp_fmt(im, "the key to delete, '%s', is %s in the steps under %s: check the path joined from them",
				   *name == '\\' ? name + 1 : name, how, key));
	return 1;
}

int imp_place_deleted_subkeys(struct imp *im, const char *key, size_t key_line, size_t key_last)
{
	struct kb_buf b = { 0 };
	size_t last, starts[12], ns, i, len, drafted = 0;
	const char *p, *s, *name, *tailp = strrchr(key, '\\'), *ckey;
	const struct imp_at at = { .key_line = key_line, .key_last = key_last, .repair = 1 };

	if (imp_has_placeholder(key) || tailp == NULL)
		return 0;
	for (last = key_last + 1; last < im->a->body_end && last < key_last + 12; last++) {
		const char *l = imp_line_at(im, last);
		if (imp_ci_find(l, "HKEY_") != NULL || imp_ci_find(l, "HKLM\\") != NULL ||
		    imp_section_of(im, last) != imp_section_of(im, key_line))
			break;
		/* "   \ControlsFolder\..." under the key: the path goes on
		 * past what was read, so its child is not known */
		if (*imp_skip_ws(l) == '\\')
			return 0;
	}
	if (last <= key_last + 1)
		return 0;
	ns = imp_join_lines(im, key_last + 1, last - 1, &b, starts, 12);
	if (b.oom || b.p == NULL) {
		kb_buf_free(&b);
		return 0;
	}
	s = b.p;
	for (i = 0; verbs[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, verbs[i])) != NULL; p += strlen(verbs[i])) {
			if ((p > s && isalpha((unsigned char)p[-1])) || hedged(s, p))
				continue;
			name = deleted_name(p + strlen(verbs[i]), &len);
			if (name == NULL || memchr(name, '<', len) != NULL)
				continue;
			/* the located key itself, or its child */
			if (strlen(tailp + 1) == len && strncasecmp(tailp + 1, name, len) == 0)
				ckey = key;
			else
				ckey = imp_fmt(im, "%s\\%.*s", key, (int)len, name);
			if (ckey == NULL || imp_has_placeholder(ckey))
				continue;
			drafted += place_child_delete(im, &at, key, ckey,
						      imp_joined_line(key_last + 1, starts, ns, (size_t)(name - s)),
						      key_line, "named");
		}
	kb_buf_free(&b);
	return drafted > 0;
}

/* ---- "Delete the following subkeys:" over bare names -------------------- */

/* The step starting at line n (its number, letter or bullet dropped),
 * joined up to the line that ends with a colon, at most three lines:
 * buf, and *colon that line; 0 when no line ends so. */
static int lead_in_at(const struct imp *im, size_t n, char *buf, size_t cap, size_t *colon)
{
	size_t m, len = 0;

	buf[0] = '\0';
	for (m = n; m < im->a->body_end && m < n + 3; m++) {
		const char *s = m == n ? imp_past_step_mark(imp_line_at(im, m)) : imp_skip_ws(imp_line_at(im, m));
		size_t l = imp_rtrim_len(s, strlen(s));
		if (l == 0 || !imp_join_words(buf, cap, &len, s, l))
			return 0;
		if (s[l - 1] == ':') {
			*colon = m;
			return 1;
		}
	}
	return 0;
}

/* One item of a list of names ("   NWLink", "    - FrobSvc2"): the name
 * and its length, or NULL when the line holds anything else (a space, a
 * path, a value form, a sentence's punctuation). */
const char *imp_bare_name(const char *s, size_t *len)
{
	const char *t = imp_past_bullet(s);
	size_t l, n;

	l = imp_rtrim_len(t, strlen(t));
	if (l == 0 || l > 48 || !isalnum((unsigned char)t[0]))
		return NULL;
	/* a key's name, with '&' and a GUID's braces; no '.' at its end */
	for (n = 0; n < l && (imp_key_name_char((unsigned char)t[n]) || strchr("&{}", t[n]) != NULL); n++)
		;
	if (n < l || t[l - 1] == '.')
		return NULL;
	*len = l;
	return t;
}

/* A list item that is a word joining two names ("OR", "and"): the
 * list offers a choice, or is prose. */
static int joining_word(const char *name, size_t len)
{
	static const char *const words[] = { "or", "and", "either", NULL };
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (len == strlen(words[i]) && strncasecmp(name, words[i], len) == 0)
			return 1;
	return 0;
}

/* The list set out under the lead-in's colon line: its items' lines
 * (blank lines between them allowed) into items, up to cap; 0 when a
 * line of it is no bare name or the list does not end plainly (a step,
 * a line less indented, the section's end, two blank lines). */
static size_t name_list(const struct imp *im, size_t colon, size_t *items, size_t cap)
{
	size_t n = colon + 1, k = 0, col = 0, len;

	for (;;) {
		size_t blanks = 0;
		while (n < im->a->body_end && imp_blank(imp_line_at(im, n)) && blanks < 2)
			n++, blanks++;
		if (n >= im->a->body_end || blanks >= 2 || imp_section_of(im, n) != imp_section_of(im, colon))
			return k;
		const char *s = imp_line_at(im, n);
		if (k > 0 && (imp_numbered_step(s) || imp_substep(s) || imp_indent_of(s) < col))
			return k;
		/* right under the lead-in, or lined up with the first item */
		if (k == 0 ? imp_indent_of(s) == 0 : imp_indent_of(s) != col)
			return 0;
		/* "OR" between two names: one of them, not both */
		const char *name = imp_bare_name(s, &len);
		if (name == NULL || k == cap || joining_word(name, len))
			return 0;
		col = imp_indent_of(s);
		items[k++] = n++;
	}
}

/* The delete's lead-in names the parent of its list itself ("the
 * following subkeys from HKEY_CURRENT_USER\\Software\\Frobco:", "Select
 * the Frob subkey, and then delete the following subkeys under it:"):
 * the names are not plainly the gone-to key's children. */
static int placed_elsewhere(const char *lead)
{
	const char *in;

	if (imp_ci_find(lead, "HKEY_") != NULL || imp_ci_find(lead, "HKLM") != NULL ||
	    imp_ci_find(lead, "HKCU") != NULL || strchr(lead, '\\') != NULL)
		return 1;
	if (imp_has_word(lead, "from") || imp_has_word(lead, "under") || imp_ci_find(lead, " in it") != NULL)
		return 1;
	/* "in the Frob key", "in the Services subkey" */
	in = imp_ci_find(lead, " in the ");
	return in != NULL && (imp_has_word(in, "key") || imp_has_word(in, "subkey"));
}

/* The most names a subkey list is read for (a longer list is review). */
#define LISTED_MAX 24

int imp_place_listed_subkeys(struct imp *im, const char *key, size_t key_line, size_t key_last)
{
	struct key_act ka;
	char buf[400];
	size_t n, colon, items[LISTED_MAX], ni, i, len, drafted = 0;
	const char *name, *ckeys[LISTED_MAX], *cond;
	const struct imp_at at = { .key_line = key_line, .key_last = key_last, .repair = 1 };

	if (imp_has_placeholder(key) || strrchr(key, '\\') == NULL)
		return 0;
	/* the key is only gone to ("Go to the following subkey:"): a key
	 * its own lead-in deletes, sets or checks is read as that; steps
	 * the article advises against ("does not recommend the following.
	 * Locate") ask nothing */
	if ((imp_governing_act(im, key_line, &ka) && ka.verb > KV_NAVIGATE) ||
	    imp_lines_say(im, imp_ask_window_start(im, key_line), key_line, "not recommend"))
		return 0;
	/* the very next step: no other key, nor a step that moves on */
	for (n = key_last + 1; n < im->a->body_end && imp_blank(imp_line_at(im, n)); n++)
		;
	if (n >= im->a->body_end || imp_section_of(im, n) != imp_section_of(im, key_line) ||
	    !lead_in_at(im, n, buf, sizeof buf, &colon) || imp_suggests(buf) ||
	    imp_intro_shows_example(buf) || imp_ci_find(buf, "-or-") != NULL)
		return 0;
	imp_sentence_act(buf, &ka);
	if (ka.verb != KV_DELETE || ka.object != KO_KEY || !ka.own || placed_elsewhere(buf))
		return 0;
	ni = name_list(im, colon, items, LISTED_MAX);
	if (ni == 0)
		return 0;
	/* a rule's delete has no condition to carry it: the list is review.
	 * The lead-in is the step itself: a condition opening it ("If Frob
	 * is not installed, delete the following subkeys:") is the list's
	 * case */
	if ((cond = imp_lead_in_delete_condition(buf)) != NULL) {
		imp_review(im, colon, T_CHECKS, 0,
			   imp_fmt(im, "the subkeys listed below are deleted on a condition ('%.*s'): a draft cannot carry it; write the deletes by hand",
				   imp_condition_quote_len(cond), cond));
		return 1;
	}
	if (imp_delete_undoes_itself(buf, "")) {
		imp_review(im, colon, T_CHECKS, 0,
			   "the subkeys listed below are deleted for a while only (the step brings them back or deletes them for now): a temporary step, not a repair; write it by hand if the rule needs it");
		return 1;
	}
	/* every name first: a list with one doubtful name is all review */
	for (i = 0; i < ni; i++) {
		name = imp_bare_name(imp_line_at(im, items[i]), &len);
		if ((ckeys[i] = imp_fmt(im, "%s\\%.*s", key, (int)len, name)) == NULL ||
		    imp_container_name(ckeys[i] + strlen(key) + 1))
			return 0;
	}
	for (i = 0; i < ni; i++)
		drafted += place_child_delete(im, &at, key, ckeys[i], items[i], items[i], "listed");
	return drafted > 0;
}
