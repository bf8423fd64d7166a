/* kbimport_leadkey.c: a key the words before a path ask to make under it
 * (kbimport_int.h):
 *
 *   1. Add a FrobAlias key to
 *         HKEY_LOCAL_MACHINE\System\CurrentControlSet\Control
 *   1. Under the following key, create a new key named "Frob Alias":
 *   1. Add a subkey called FrobAlias to the following registry key:
 *
 * The key asked for is Control\FrobAlias, not Control, which is there
 * already: kbimport_asks.c's imp_key_only() drafts the check and its
 * create action on the key made.  Only a step's own sentence counts: its
 * verb opens it (past a step's number, or after "Under|In the following
 * key,"), so that "Setup adds a key named X to" (told) is left alone;
 * and the words after the name lead straight to the key shown ("to the
 * following key:"), so that a name cut short ("named Frob Alias to") or a
 * later clause's place ("to the registry, and then open the following
 * key:") names nothing.  A name not sure is no key: the path keeps the
 * review item it has without this reading. */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

/* How many lines of paths above a key the words asking for a list of
 * them are looked for past ("to each of the following keys:"). */
#define LEAD_LIST_REACH 100

/* Words that point at a key or describe it rather than name it, and the
 * small words of a sentence ("named after the printer", "named as
 * follows", "named for your server"). */
static const char *const not_names[] = { "following", "new", "registry", "the", "this", "that", "same",
					 "separate", "second", "another", "blank", "empty", "key", "subkey",
					 "value", "string", "dword", "a", "an", "after", "as", "by", "for",
					 "from", "in", "like", "of", "on", "to", "under", "with", NULL };

/* A name at p: quoted (no '\\', '<' or '>'; a stop or comma of the
 * sentence put inside the quotes is none of it: "FrobAlias."), or one
 * word of key name characters written as names are (a capital or a digit
 * in it: not "named after the printer", "a default key"); its length in
 * *len, *after just past it (and its closing quote), or NULL. */
static const char *name_at(const char *p, size_t *len, const char **after)
{
	const char *q;
	size_t n;
	int shaped = 0;

	if (*p == '"') {
		q = strchr(p + 1, '"');
		if (q == NULL || q - p > 60 || strcspn(p + 1, "\\<>") < (size_t)(q - p - 1))
			return NULL;
		for (n = (size_t)(q - p - 1); n > 0 && (p[n] == '.' || p[n] == ','); n--)
			;
		if (n == 0)
			return NULL;
		*len = n;
		*after = q + 1;
		return p + 1;
	}
	for (n = 0; imp_key_name_char((unsigned char)p[n]); n++)
		shaped |= isupper((unsigned char)p[n]) || isdigit((unsigned char)p[n]);
	*after = p + n;
	while (n > 0 && p[n - 1] == '.')
		n--;
	if (n == 0 || !shaped || !isalpha((unsigned char)*p) || imp_word_in(p, n, not_names))
		return NULL;
	*len = n;
	return p;
}

/* After the verb at p ("add ", "create "): "a [new] [registry] key|subkey
 * named|called|that is named X" or "a [new] X key|subkey"; the name, or
 * NULL; *after just past it (past "X key" for the second form). */
static const char *made_key_name(const char *p, size_t *len, const char **after)
{
	static const char *const namings[] = { "named ", "called ", "that is named ", "that is called ",
					       "with the name ", NULL };
	const char *name;
	size_t i;

	if (imp_starts_ci(p, "a "))
		p += 2;
	else if (imp_starts_ci(p, "an "))
		p += 3;
	else
		return NULL;
	if (imp_starts_ci(p, "new "))
		p += 4;
	if (imp_starts_ci(p, "registry "))
		p += 9;
	if (imp_starts_ci(p, "key ") || imp_starts_ci(p, "subkey ")) {
		p = imp_skip_ws(strchr(p, ' '));
		for (i = 0; namings[i] != NULL; i++)
			if (imp_starts_ci(p, namings[i]))
				return name_at(p + strlen(namings[i]), len, after);
		return NULL;
	}
	/* "a FrobAlias key to", "an "Frob Alias" subkey under" */
	if ((name = name_at(p, len, after)) == NULL)
		return NULL;
	if (imp_starts_ci(*after, " key "))
		*after += 4;
	else if (imp_starts_ci(*after, " subkey "))
		*after += 7;
	else
		return NULL;
	return name;
}

/* The sentence ends at p: blanks, a closing ':' or '.', blanks. */
static int ends_at(const char *p)
{
	p = imp_skip_ws(p);
	if (*p == ':' || *p == '.')
		p = imp_skip_ws(p + 1);
	return *p == '\0';
}

/* Right after the name, at p: "to|under|in" and the key that follows,
 * up to the sentence's end: nothing more (the path comes next), "the
 * following [registry] key|subkey" or "this key"; 1 for one key, 2 for
 * a list ("to each of the following keys:"), 0 when the words lead
 * elsewhere ("to the registry, and then locate the following key:",
 * "to the Control key", or "Frob Alias to", a name cut short). */
static int leads_to_key(const char *p)
{
	static const char *const preps[] = { " to", " under", " in", NULL };
	static const char *const keys[] = { "keys", "subkeys", "key", "subkey", NULL };
	size_t i;
	int many = 0;

	for (i = 0; preps[i] != NULL; i++)
		if (imp_starts_ci(p, preps[i]) && (p[strlen(preps[i])] == ' ' || p[strlen(preps[i])] == '\0'))
			break;
	if (preps[i] == NULL)
		return 0;
	p = imp_skip_ws(p + strlen(preps[i]));
	if (ends_at(p))
		return 1;
	if (imp_starts_ci(p, "each of the following ")) {
		p += 22;
		many = 1;
	} else if (imp_starts_ci(p, "the following ")) {
		p += 14;
	} else if (imp_starts_ci(p, "this ")) {
		p += 5;
	} else {
		return 0;
	}
	if (imp_starts_ci(p, "registry "))
		p += 9;
	for (i = 0; keys[i] != NULL; i++)
		if (imp_starts_word(p, keys[i]))
			break;
	if (keys[i] == NULL)
		return 0;
	if (i < 2)
		many = 1;
	p += strlen(keys[i]);
	if (imp_starts_ci(p, " in the registry"))
		p += 16;
	return ends_at(p) ? 1 + many : 0;
}

/* The sentence's verb opens it: 1 at its start past a step's number, 2
 * after an opening "Under|In the following [registry] key|subkey," clause
 * (the key to make it under is the one that follows), else 0.  ("Under
 * this key," points back at a key shown above, not at the path below.) */
static int verb_opens(const char *sentence, const char *verb)
{
	const char *s = imp_past_step_mark(sentence), *c, *k;

	if (verb == s)
		return 1;
	if (imp_starts_ci(s, "Under the following "))
		k = s + 20;
	else if (imp_starts_ci(s, "In the following "))
		k = s + 17;
	else
		return 0;
	if (imp_starts_ci(k, "registry "))
		k += 9;
	if (!imp_starts_word(k, "key") && !imp_starts_word(k, "subkey"))
		return 0;
	c = strchr(s, ',');
	return c != NULL && imp_skip_ws(c + 1) == verb ? 2 : 0;
}

/* The ". " at p (in text) closes a step's number ("2. Add", "Done. 3.
 * Add"): one or two digits that open the text or follow a stop, a colon
 * or nothing but blanks; "set it to 5. Add" ends a sentence. */
static int step_number_stop(const char *text, const char *p)
{
	const char *d = p, *b;

	while (d > text && isdigit((unsigned char)d[-1]))
		d--;
	if (d == p || p - d > 2)
		return 0;
	for (b = d; b > text && isspace((unsigned char)b[-1]); b--)
		;
	return b == text || b[-1] == '.' || b[-1] == ':';
}

const char *imp_last_sentence(const char *text)
{
	const char *s = text, *p;

	/* a step's number ("2. Add") is no sentence's end; a stop at the
	 * very start ends no sentence of the text's, and is passed like
	 * one after a blank */
	for (p = text; (p = strstr(p, ". ")) != NULL; p += 2)
		if (p[2] != '\0' && (p == text || !step_number_stop(text, p)))
			s = p + 2;
	return s;
}

/* The line the sentence asking for the key at key_line ends on: right
 * above the key ("1. Add a FrobAlias key to" / key), or a blank line or
 * two above it; past the paths of a list the key is one of ("to each of
 * the following keys:" over two paths; *listed then set).  0 when none. */
static size_t lead_in_last_line(const struct imp *im, size_t key_line, int *listed)
{
	size_t n = key_line, blanks = 0;

	*listed = 0;
	for (; n > im->a->body_first && n + LEAD_LIST_REACH > key_line; n--) {
		const char *s = imp_line_at(im, n - 1);
		if (imp_blank(s) && ++blanks > 2)
			return 0;
		if (imp_blank(s))
			continue;
		if (!imp_line_starts_key(s))
			break;
		blanks = 0;
		*listed = 1;
	}
	if (n <= im->a->body_first || n + LEAD_LIST_REACH <= key_line)
		return 0;
	/* with no blank line between, the key opens its line: the words
	 * above end there, not run on into the key's line */
	if (n == key_line && !imp_line_starts_key(imp_line_at(im, key_line)))
		return 0;
	return n - 1;
}

const char *imp_lead_in_subkey(struct imp *im, size_t key_line, size_t *len)
{
	static const char *const verbs[] = { "add ", "create ", NULL };
	struct kb_buf b = { 0 };
	size_t starts[8], i, first, last;
	const char *s, *p, *name = NULL, *out = NULL, *after = NULL;
	int opens = 0, leads, listed;

	if ((last = lead_in_last_line(im, key_line, &listed)) == 0)
		return NULL;
	first = imp_sentence_start(im, last, last > 6 ? last - 6 : 0);
	imp_join_lines(im, first, last, &b, starts, 8);
	if (b.p == NULL)
		return NULL;
	s = imp_last_sentence(b.p);
	for (i = 0; name == NULL && verbs[i] != NULL; i++)
		for (p = s; name == NULL && (p = imp_ci_find(p, verbs[i])) != NULL; p++) {
			if ((p > s && isalpha((unsigned char)p[-1])) || (opens = verb_opens(s, p)) == 0 ||
			    imp_not_asked(s, p))
				continue;
			name = made_key_name(p + strlen(verbs[i]), len, &after);
		}
	/* the sentence leads to the key: an opening "Under the following
	 * key," with nothing more after the name, or "to|under|in" and the
	 * key right after it ("Add a key named X." alone names no parent);
	 * a key further down a list only when the words ask it of each
	 * ("to each of the following keys:") */
	if (name != NULL) {
		/* (after a comma, the rest must not lead to another key:
		 * ", and then copy to it the values of the following key:") */
		if (opens == 2)
			leads = ends_at(after) ||
				((*after == ',' || *after == ';') && imp_ci_find(after, "following") == NULL &&
				 imp_ci_find(after, " key") == NULL);
		else
			leads = leads_to_key(after);
		if (leads == 2 || (leads == 1 && !listed))
			out = imp_dupn(im, name, *len);
	}
	free(b.p);
	return out;
}
