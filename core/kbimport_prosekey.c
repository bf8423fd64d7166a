/* kbimport_prosekey.c: a key to delete or check named in the sentence of a
 * step (kbimport_int.h).  Three layouts, each read from the words right
 * before the path and the verb that governs the sentence (keyact.c):
 *   "Delete the HKEY_LOCAL_MACHINE\...\Frob registry key from the server."
 *       the path itself, in running text;
 *   "Remove the Frob key from:" / path, "Remove the Frob key located in:"
 *       / path, "Check the Frob registry key that is located in the
 *       following registry key:" / path: the path's child so named (or
 *       the path itself when its last name is that name);
 *   "Also remove the Frob registry key located under HKEY_...\Frobco and
 *       the Wob key under HKEY_...\Wobco.": the same, in running text,
 *       the verb carried over "and".
 * Over the archive these are rare (some 20 articles in all), but each is
 * a delete the article asks for in so many words, which drafts left to a
 * person.  The verb must be the sentence's imperative ask of a key (not
 * "do not delete", "it forces Setup to delete", "you may want to"). */
#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

/* The words of a text, each a start and a length (punctuation kept on). */
#define MAX_WORDS 200
struct words {
	const char *w[MAX_WORDS];
	size_t l[MAX_WORDS];
	size_t n;
};

static void split_words(const char *s, size_t len, struct words *out)
{
	size_t i = 0;

	/* the readers look at the words before a path: a long text is
	 * read from its last words (400 bytes hold no more than MAX_WORDS,
	 * cut at a space) */
	if (len > 400) {
		i = len - 400;
		while (i < len && !isspace((unsigned char)s[i]))
			i++;
	}
	out->n = 0;
	while (i < len && out->n < MAX_WORDS) {
		while (i < len && isspace((unsigned char)s[i]))
			i++;
		if (i >= len)
			break;
		out->w[out->n] = s + i;
		while (i < len && !isspace((unsigned char)s[i]))
			i++;
		out->l[out->n] = (size_t)(s + i - out->w[out->n]);
		out->n++;
	}
}

/* Word k of ws is w (without case, a ',', ':' or ';' after it left
 * out). */
static int word_is(const struct words *ws, size_t k, const char *w)
{
	size_t l = ws->l[k];

	while (l > 0 && strchr(",:;", ws->w[k][l - 1]) != NULL)
		l--;
	return l == strlen(w) && strncasecmp(ws->w[k], w, l) == 0;
}

/* A word that may be part of a key's name in words: starts with a
 * capital, a digit or a quote ("Restore in Progress" keeps its "in"). */
static int name_word(const struct words *ws, size_t k)
{
	unsigned char c = (unsigned char)ws->w[k][0];

	return isupper(c) || isdigit(c) || c == '"';
}

/* Words a key's name in words never holds: they point at a key without
 * naming it ("the following key", "the Registry key", "the HKEY_...
 * key"). */
static int pointing_word(const struct words *ws, size_t k)
{
	static const char *const words[] = { "following", "registry", "this", "that", "these", "entire",
					     "whole", "above", "same", "parent", "selected", "appropriate",
					     "relevant", "new", "value", NULL };
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (word_is(ws, k, words[i]))
			return 1;
	return memchr(ws->w[k], '\\', ws->l[k]) != NULL || memchr(ws->w[k], '<', ws->l[k]) != NULL ||
	       imp_starts_ci(ws->w[k], "HKEY");
}

/* s[0, n) is one name as values are named: letters, digits, '_', '.',
 * '-', a capital or digit in it ("EnableRegistryBoot"), not a word of a
 * sentence. */
static int value_like_name(const char *s, size_t n)
{
	size_t i;
	int cap = 0;

	for (i = 0; i < n; i++) {
		if (!isalnum((unsigned char)s[i]) && strchr("_.-", s[i]) == NULL)
			return 0;
		if (isupper((unsigned char)s[i]) || isdigit((unsigned char)s[i]))
			cap = 1;
	}
	return n > 0 && cap;
}

/* The name ending at word k of ws, "the NAME [registry] key|subkey" or
 * "the NAME [DWORD|string] value|entry" (k at "key", "value"): NAME as
 * written (quotes off) in the import's pool, *value 1 for a value, *the
 * the index of its "the"; NULL when the words are not that. */
static const char *thing_named(struct imp *im, const struct words *ws, size_t k, int *value, size_t *the)
{
	size_t first, last;
	const char *s, *e;

	*value = word_is(ws, k, "value") || word_is(ws, k, "entry");
	if (!(word_is(ws, k, "key") || word_is(ws, k, "subkey") || *value) || k < 2)
		return NULL;
	k--;
	if (word_is(ws, k, "registry") || (*value && (word_is(ws, k, "DWORD") || word_is(ws, k, "string"))))
		k--;
	/* the name: back to "the", each word a name's */
	last = k;
	for (first = k + 1; first > 0 && !word_is(ws, first - 1, "the"); first--)
		if (!name_word(ws, first - 1) && !(first - 1 < last && (word_is(ws, first - 1, "in") ||
									word_is(ws, first - 1, "of"))))
			return NULL;
	if (first == 0 || first > last || last - first > 4)
		return NULL;
	/* "all the keys except for the Frob key": the one kept */
	if (first >= 2 && (word_is(ws, first - 2, "for") || word_is(ws, first - 2, "except") ||
			   word_is(ws, first - 2, "than") || word_is(ws, first - 2, "but") ||
			   word_is(ws, first - 2, "not")))
		return NULL;
	for (k = first; k <= last; k++)
		if (pointing_word(ws, k))
			return NULL;
	s = ws->w[first];
	e = ws->w[last] + ws->l[last];
	if (*s == '"' && e > s + 1 && e[-1] == '"') {
		s++;
		e--;
	}
	if (e <= s || memchr(s, '"', (size_t)(e - s)) != NULL)
		return NULL;
	*the = first - 1;
	return imp_dupn(im, s, (size_t)(e - s));
}

/* The words before a path end "the NAME [registry] key|subkey|value [,]
 * [that is|which is] [located|found] in|under|from|at [the following
 * [registry] key|subkey|entry|location]": what they name, a child key
 * (*child) or a value (*value), or both: "the Frob value in the Wob
 * subkey under the following registry entry".  0 when they name nothing. */
static int named_before(struct imp *im, const char *text, size_t len, const char **child, const char **value)
{
	struct words ws;
	size_t k, the;
	int is_value;
	const char *name;

	*child = *value = NULL;
	while (len > 0 && (isspace((unsigned char)text[len - 1]) || text[len - 1] == ':'))
		len--;
	split_words(text, len, &ws);
	if (ws.n < 4)
		return 0;
	/* "... under the following registry key on both nodes", "..., and
	 * then reinstall X": what follows the place is not read */
	for (k = ws.n - 1; k > 0; k--)
		if (word_is(&ws, k - 1, "following") || (k > 1 && word_is(&ws, k - 2, "following") &&
							  word_is(&ws, k - 1, "registry")))
			if (word_is(&ws, k, "key") || word_is(&ws, k, "subkey") || word_is(&ws, k, "location") ||
			    word_is(&ws, k, "entry") || word_is(&ws, k, "path") || word_is(&ws, k, "branch")) {
				ws.n = k + 1;
				break;
			}
	k = ws.n - 1;
	/* "... the following registry key", "... the following location" */
	if (k >= 2 && (word_is(&ws, k, "key") || word_is(&ws, k, "subkey") || word_is(&ws, k, "location") ||
		       word_is(&ws, k, "path") || word_is(&ws, k, "branch") || word_is(&ws, k, "entry"))) {
		size_t j = k - 1;
		if (word_is(&ws, j, "registry") && j > 0)
			j--;
		if (!word_is(&ws, j, "following") || j < 2)
			return 0;
		j--;
		/* "from following key:" drops its "the" */
		if (word_is(&ws, j, "the") && j > 0)
			j--;
		k = j;
	}
	if (!(word_is(&ws, k, "in") || word_is(&ws, k, "under") || word_is(&ws, k, "from") ||
	      word_is(&ws, k, "at") || word_is(&ws, k, "within")) || k < 3)
		return 0;
	k--;
	/* "the X key from the Registry Editor in the following location" */
	if (k >= 4 && word_is(&ws, k, "Editor") && word_is(&ws, k - 1, "Registry") && word_is(&ws, k - 2, "the") &&
	    word_is(&ws, k - 3, "from"))
		k -= 4;
	else if (k >= 3 && word_is(&ws, k, "registry") && word_is(&ws, k - 1, "the") && word_is(&ws, k - 2, "from"))
		k -= 3;
	if (word_is(&ws, k, "located") || word_is(&ws, k, "found") || word_is(&ws, k, "stored")) {
		k--;
		if (k >= 2 && word_is(&ws, k, "is") && (word_is(&ws, k - 1, "that") || word_is(&ws, k - 1, "which")))
			k -= 2;
	}
	/* "delete the value EnableFoo from", 'the value "Foo=0" from': the
	 * name after the word for a value (its data, shown after '=', cut) */
	if (k >= 2 && (word_is(&ws, k - 1, "value") || word_is(&ws, k - 1, "entry")) &&
	    (word_is(&ws, k - 2, "the") || (k >= 3 && word_is(&ws, k - 2, "registry") && word_is(&ws, k - 3, "the")))) {
		const char *s = ws.w[k], *e = s + ws.l[k];
		if (*s == '"' && e > s + 1 && e[-1] == '"')
			s++, e--;
		if (memchr(s, '=', (size_t)(e - s)) != NULL)
			e = memchr(s, '=', (size_t)(e - s));
		if (e > s && !pointing_word(&ws, k) && memchr(s, '"', (size_t)(e - s)) == NULL &&
		    value_like_name(s, (size_t)(e - s))) {
			*value = imp_dupn(im, s, (size_t)(e - s));
			return *value != NULL;
		}
	}
	if ((name = thing_named(im, &ws, k, &is_value, &the)) == NULL)
		return 0;
	if (is_value) {
		*value = name;
		return 1;
	}
	*child = name;
	/* "the Frob value in the Wob subkey under": the value, in that key */
	if (the >= 3 && (word_is(&ws, the - 1, "in") || word_is(&ws, the - 1, "under")) &&
	    (name = thing_named(im, &ws, the - 2, &is_value, &the)) != NULL && is_value)
		*value = name;
	return 1;
}

/* Where the sentence holding offset off of text starts: after the last
 * ". " before off that a capital follows. */
static const char *sentence_before(const char *text, size_t off)
{
	const char *s, *start = text;

	for (s = text; (s = strstr(s, ". ")) != NULL && s < text + off; s += 2)
		if (isupper((unsigned char)imp_skip_ws(s + 2)[0]))
			start = imp_skip_ws(s + 2);
	return start;
}

/* What the sentence asks of the key it names (object KO_KEY) or the
 * value (KO_VALUE): KV_DELETE or KV_CHECK of a key, KV_DELETE of a value,
 * or KV_NONE. */
static enum key_verb sentence_asks(const char *sentence, enum key_object object)
{
	struct key_act ka;

	imp_sentence_act(sentence, &ka);
	if (ka.object != object || (ka.verb != KV_DELETE && (ka.verb != KV_CHECK || object != KO_KEY)))
		return KV_NONE;
	return ka.verb;
}

/* A key a delete may name: not a placeholder, a wildcard or a hive's
 * container ("...\Services"). */
static int nameable(const char *key)
{
	const char *last = strrchr(key, '\\');

	return !(last == NULL || last[1] == '\0' || imp_has_placeholder(key) || strpbrk(key, "*?") != NULL ||
		 strstr(key, "\\ ") != NULL || strstr(key, " \\") != NULL || imp_container_name(last + 1));
}

/* Line n is in a hotfix's back-out steps: its section says so above it
 * ("perform the following steps to restore the system to its original
 * configuration", "to back out the hotfix").  The labelling guide (C10)
 * leaves those deletes to a person: they are not the fix. */
static int in_back_out(const struct imp *im, size_t n)
{
	static const char *const cues[] = { "back out", "back-out", "restore the system to",
					    "original configuration", "uninstall the hotfix",
					    "remove the hotfix", "uninstall this hotfix", "remove this hotfix",
					    "uninstall the update", "remove the update", "uninstall this update",
					    "remove this update", "roll back", NULL };
	const struct kb_article_section *sec = imp_section_of(im, n);
	size_t m;

	for (m = n; m > im->a->body_first && m + 80 > n; m--) {
		if (sec != NULL && m <= sec->first_line)
			break;
		if (imp_cue_in(imp_line_at(im, m - 1), cues) != NULL)
			return 1;
	}
	return 0;
}

/* "Check the X key ... If it exists, delete it", "If the X key is there,
 * ... Remove it.": the check is there to find what the step deletes, so
 * a check that the key exists points the wrong way; the step is left to a
 * person.  A delete or remove in the lines from the asking sentence
 * (line) to a few past the key, before the next step. */
static int deleted_after_check(const struct imp *im, size_t line, size_t key_last)
{
	size_t n;

	for (n = line; n < im->a->body_end && n <= key_last + 4; n++) {
		const char *s = imp_line_at(im, n);
		if (n > key_last && imp_numbered_step(s))
			break;
		if (imp_has_word(s, "delete") || imp_has_word(s, "remove"))
			return 1;
	}
	return 0;
}

/* The check verb asks for on key or its value (NULL: the key itself): a
 * delete's absence and its repair, or a check that the key exists; cited
 * to line; 1 when drafted. */
static int draft_asked(struct imp *im, enum key_verb verb, const char *key, const char *value, size_t key_line,
		       size_t key_last, size_t line)
{
	const struct imp_at at = { .key_line = key_line, .key_last = key_last, .repair = verb == KV_DELETE };

	if (key == NULL || (value == NULL && (!nameable(key) || imp_has_key_check(im, key))) ||
	    in_back_out(im, key_line) || (verb == KV_CHECK && deleted_after_check(im, line, key_last)))
		return 0;
	if (value != NULL) {
		if (imp_has_placeholder(key) || imp_has_placeholder(value) || imp_placeholder_value_name(value) ||
		    imp_not_a_name(value, strlen(value)))
			return 0;
		return imp_add_check_at(im, &at, key, value, NULL, IE_VALUE_ABSENT, NULL, line) != NULL;
	}
	return imp_add_check_at(im, &at, key, NULL, NULL, verb == KV_DELETE ? IE_KEY_ABSENT : IE_EXISTS, NULL,
				line) != NULL;
}

/* The child of key named in text (the words before it), or key itself
 * when its last name is the one named; NULL when text names none.  When
 * the words name a value ("the Frob entry located in", "the Frob value in
 * the Wob subkey under"), its key with the value's name in *value. */
static const char *named_child(struct imp *im, const char *key, const char *text, size_t len, const char **value)
{
	const char *child;

	if (!named_before(im, text, len, &child, value) || strchr(key, '\\') == NULL)
		return NULL;
	return child != NULL ? imp_key_child(im, key, child) : key;
}

/* Where the sentence holding line n starts: line n, or lines above it up
 * to a blank line, a step's start or a line ending a sentence. */
static size_t sentence_first(const struct imp *im, size_t n)
{
	size_t first = n;

	while (first > im->a->body_first && first + 3 > n) {
		const char *above = imp_line_at(im, first - 1), *s = imp_line_at(im, first);
		size_t l = imp_rtrim_len(above, strlen(above));
		if (imp_blank(above) || imp_numbered_step(s) || imp_substep(s) || l == 0 ||
		    above[l - 1] == '.' || above[l - 1] == ':')
			break;
		first--;
	}
	return first;
}

/* After a path in running text (rest), the words "key", "registry key"
 * or "subkey", or the sentence's end. */
static int key_word_after(const char *rest)
{
	rest = imp_skip_ws(rest);
	if (imp_starts_ci(rest, "registry "))
		rest += 9;
	return ((imp_starts_ci(rest, "key") && !isalpha((unsigned char)rest[3])) ||
		(imp_starts_ci(rest, "subkey") && !isalpha((unsigned char)rest[6])));
}

/* The words before a path in running text end "the", "the [registry]
 * key", "[registry] key:": they point at the path itself. */
static int path_itself_before(const char *text, size_t len)
{
	struct words ws;
	size_t k;

	while (len > 0 && isspace((unsigned char)text[len - 1]))
		len--;
	split_words(text, len, &ws);
	if (ws.n == 0)
		return 0;
	k = ws.n - 1;
	if (word_is(&ws, k, "the"))
		return 1;
	/* "the registry key", "registry key:"; not "of the registry" */
	if (!(word_is(&ws, k, "key") || word_is(&ws, k, "subkey")) || k == 0)
		return 0;
	k--;
	if (word_is(&ws, k, "the"))
		return 1;
	/* "delete the registry key", "delete registry key:"; not "the
	 * following registry key" (a list's lead-in, keyact.c's) */
	return word_is(&ws, k, "registry") &&
	       (k == 0 || !(word_is(&ws, k - 1, "following") || word_is(&ws, k - 1, "this") ||
			    word_is(&ws, k - 1, "these") || word_is(&ws, k - 1, "above") ||
			    word_is(&ws, k - 1, "same") || word_is(&ws, k - 1, "parent") ||
			    word_is(&ws, k - 1, "appropriate") || word_is(&ws, k - 1, "new")));
}

/* The last of lines first..last that holds name (the line the check
 * cites, where the thing asked for is named), or first. */
static size_t naming_line(const struct imp *im, size_t first, size_t last, const char *name)
{
	size_t n;

	for (n = last; name != NULL && n > first; n--)
		if (imp_ci_find(imp_line_at(im, n), name) != NULL)
			return n;
	return first;
}

int imp_place_named_child(struct imp *im, const char *key, size_t key_line, size_t key_last)
{
	struct kb_buf b = { 0 };
	size_t starts[8], lead, first;
	const char *child = NULL, *sentence, *value = NULL;
	enum key_verb verb = KV_NONE;
	int drafted = 0;

	/* the lead-in: the line above, past a blank line or two */
	for (lead = key_line - 1; lead > im->a->body_first && lead + 3 > key_line && imp_blank(imp_line_at(im, lead)); lead--)
		;
	if (lead <= im->a->body_first || imp_blank(imp_line_at(im, lead)) || imp_has_placeholder(key))
		return 0;
	first = sentence_first(im, lead);
	imp_join_lines(im, first, lead, &b, starts, 8);
	if (!b.oom && b.p != NULL && !imp_suggests(b.p)) {
		sentence = sentence_before(b.p, strlen(b.p));
		child = named_child(im, key, sentence, strlen(sentence), &value);
		/* "you must delete the registry key" / the path */
		if (child == NULL && path_itself_before(sentence, strlen(sentence)))
			child = key;
		if (child != NULL)
			verb = sentence_asks(sentence, value != NULL ? KO_VALUE : KO_KEY);
		/* "delete the X value ..., and then add it again:" */
		if (verb == KV_DELETE && value != NULL && imp_ci_find(sentence, value) != NULL &&
		    imp_delete_undone(imp_ci_find(sentence, value)))
			verb = KV_NONE;
	}
	kb_buf_free(&b);
	if (child == NULL || verb == KV_NONE)
		return 0;
	drafted = draft_asked(im, verb, child, value, key_line, key_last,
			      naming_line(im, first, lead, value != NULL ? value : child != key ? child + strlen(key) + 1 : NULL));
	if (drafted && child != key)
		imp_review(im, key_line, T_CHECK, im->n_checks - 1,
			   imp_fmt(im, "the key %s, '%s', is named in words above its parent %s: check the path joined from them",
				   value != NULL ? "holding the value to delete" : verb == KV_DELETE ? "to delete" : "to check",
				   child + strlen(key) + 1, key));
	return drafted;
}

int imp_place_running_named(struct imp *im, const char *key, const char *s, const char *p, size_t klen, size_t n,
			    size_t *last)
{
	struct kb_buf b = { 0 };
	size_t starts[8], first = sentence_first(im, n), off, end, ext, kl = klen, ns;
	const char *text, *sentence, *rest, *value = NULL;
	enum key_verb verb;
	int itself, drafted = 0;

	/* the sentence may go on on the next line */
	ns = imp_join_lines(im, first, n + 1 < im->a->body_end && !imp_blank(imp_line_at(im, n + 1)) &&
				     !imp_numbered_step(imp_line_at(im, n + 1)) ? n + 1 : n, &b, starts, 8);
	if (b.oom || b.p == NULL)
		goto out;
	text = b.p;
	if (imp_suggests(text))
		goto out;
	/* the path's place in the joined text: line n starts at starts[n -
	 * first], less the blanks its line was trimmed of */
	off = starts[n - first] + (size_t)(p - imp_skip_ws(s));
	if (off + klen > strlen(text) || strncmp(text + off, p, klen) != 0)
		goto out;
	/* "...\Transaction Server key": a name with a space, when capitals
	 * run from the path to the word "key" */
	rest = text + off + kl;
	for (ext = 0; rest[ext] == ' ' && isupper((unsigned char)rest[ext + 1]);) {
		size_t wl = strcspn(rest + ext + 1, " .,;:");
		/* "...\\Frob Registry key": the words for a key end the name */
		if (memchr(rest + ext + 1, '\\', wl) != NULL || key_word_after(rest + ext))
			break;
		ext += 1 + wl;
		if (key_word_after(rest + ext))
			kl += ext, ext = 0, rest = text + off + kl;
	}
	/* the sentence: from its start before the path to its end after it */
	sentence = sentence_before(text, off);
	for (end = off + kl; text[end] != '\0' && !(text[end] == '.' && (text[end + 1] == ' ' || text[end + 1] == '\0')) &&
			     text[end] != ':'; end++)
		;
	itself = path_itself_before(sentence, (size_t)(text + off - sentence)) &&
		 (key_word_after(text + off + kl) || imp_skip_ws(text + off + kl)[0] == '.' ||
		  imp_skip_ws(text + off + kl)[0] == '\0');
	/* the key as the scan read it, with the words it runs on into */
	if (kl > klen)
		key = imp_fmt(im, "%s%.*s", key, (int)(kl - klen), text + off + klen);
	if (key != NULL && !itself)
		key = named_child(im, key, sentence, (size_t)(text + off - sentence), &value);
	if (key == NULL)
		goto out;
	/* the verb is read over the whole sentence, its object after it */
	{
		const char *whole = imp_dupn(im, sentence, (size_t)(text + end - sentence));
		verb = whole != NULL ? sentence_asks(whole, value != NULL ? KO_VALUE : KO_KEY) : KV_NONE;
	}
	if (verb == KV_NONE)
		goto out;
	*last = imp_joined_line(first, starts, ns, off + kl - 1);
	drafted = draft_asked(im, verb, key, value, n, *last,
			      imp_joined_line(first, starts, ns, (size_t)(sentence - text)));
out:
	kb_buf_free(&b);
	return drafted;
}

/* ---- a value's data said in the sentence that asks for it --------------- */

/* After "set"/"change" at p: the words that name the value ("the
 * following registry parameter", "the data value of the Frob value",
 * "the Frob registry value", "this key", "it"), then "to": where "to"
 * starts, or NULL.  name is the value's name; this_ok lets "this" and
 * "it" name it (a sentence right after the value). */
static const char *object_then_to(const char *p, const char *name, int this_ok)
{
	static const char *const kinds[] = { " registry parameter", " registry value", " registry entry",
					     " parameter", " value", " entry", " setting", " key", NULL };
	const char *q = imp_skip_ws(p);
	size_t i, nl = strlen(name);

	if (imp_starts_ci(q, "the data value of "))
		q += 18;
	if (imp_starts_ci(q, "the "))
		q += 4;
	if (imp_starts_ci(q, "following") && !isalpha((unsigned char)q[9]))
		q += 9;
	else if (imp_starts_word(q, name))
		q += nl;
	else if (*q == '"' && strncasecmp(q + 1, name, nl) == 0 && q[nl + 1] == '"')
		q += nl + 2;
	else if (this_ok && imp_starts_ci(q, "this") && !isalpha((unsigned char)q[4]))
		q += 4;
	else if (this_ok == 1 && imp_starts_ci(q, "it "))
		q += 2;
	else if (this_ok == 2 && q >= p + 4 && imp_starts_ci(q - 4, "the ")) {
		/* "the above parameter", "the value": a noun of its kind
		 * must follow */
		if (imp_starts_ci(q, "above "))
			q += 5;
		else
			q--;
		for (i = 0; kinds[i] != NULL; i++)
			if (imp_starts_ci(q, kinds[i]) && !isalpha((unsigned char)q[strlen(kinds[i])]))
				break;
		if (kinds[i] == NULL)
			return NULL;
	} else
		return NULL;
	for (i = 0; kinds[i] != NULL; i++)
		if (imp_starts_ci(q, kinds[i]) && !isalpha((unsigned char)q[strlen(kinds[i])])) {
			q += strlen(kinds[i]);
			break;
		}
	return imp_starts_ci(q, " to ") ? q + 4 : NULL;
}

/* In lines first..last, an imperative "set"/"change" of the value named
 * name (or of "the following parameter") with a number after "to": the
 * number as the loader reads it, *line its line; NULL when none.
 * this_ok 1: "this" and "it" name the value too (a sentence right after
 * it), the sentence ending at the number; 2: "this", "the above
 * parameter" and "the value" do (a paragraph below a lone value), in a
 * sentence that does not open on a condition ("If you set ..."). */
static const char *number_set_in(struct imp *im, size_t first, size_t last, const char *name, int this_ok,
				 size_t *line)
{
	static const char *const verbs[] = { "set ", "change ", NULL };
	struct kb_buf b = { 0 };
	size_t starts[8], ns, i;
	const char *p, *to, *num = NULL;
	struct set_datum sd;

	if (first > last || first <= im->a->body_first)
		return NULL;
	ns = imp_join_lines(im, first, last, &b, starts, 8);
	for (i = 0; verbs[i] != NULL && num == NULL && !b.oom && b.p != NULL; i++)
		for (p = b.p; num == NULL && (p = imp_ci_find(p, verbs[i])) != NULL; p += strlen(verbs[i])) {
			struct key_act ka;
			const char *sentence = sentence_before(b.p, (size_t)(p - b.p));
			if ((p > b.p && isalpha((unsigned char)p[-1])) ||
			    (to = object_then_to(p + strlen(verbs[i]), name, this_ok)) == NULL)
				continue;
			/* (a condition the sentence opens on, which the
			 * reading of its ask below does not see: "When you
			 * set the value to 0, links are never closed.") */
			if (this_ok == 2 && (imp_starts_ci(sentence, "if ") || imp_starts_ci(sentence, "when ")))
				continue;
			/* the verb is the sentence's ask, not "if set to 1" */
			{
				const char *whole = imp_dupn(im, sentence, (size_t)(to - sentence));
				if (whole == NULL || imp_suggests(whole))
					continue;
				imp_sentence_act(whole, &ka);
				if (ka.verb != KV_SET_VALUE)
					continue;
			}
			num = imp_set_datum(im, to, &sd) ? sd.data : NULL;
			/* "Set this to 1 (true) to disable the thread": what the
			 * setting does, as a parameter reference says it; "Set
			 * this key to 1." asks */
			if (num != NULL && this_ok == 1 && *imp_skip_ws(sd.end) != '.' && *imp_skip_ws(sd.end) != '\0')
				num = NULL;
			if (num != NULL)
				*line = imp_joined_line(first, starts, ns, (size_t)(p - b.p));
		}
	kb_buf_free(&b);
	return num;
}

/* The block under the key gives one value (one type named, "REG_" in
 * the lines from the key to the first sentence at the margin after v):
 * "change the following registry parameter to 1:" says that one value's
 * data, not each value's of a block of several. */
static int lone_value_without_own_data(const struct imp *im, const struct imp_at *at, const struct value_spec *v)
{
	size_t n, types = 0, last = v->last > v->line ? v->last : v->line;

	for (n = at->key_last + 1; n < im->a->body_end && n <= last + 8; n++) {
		const char *s = imp_line_at(im, n);
		if (n > last && !imp_blank(s) && imp_indent_of(s) == 0)
			break;
		if (imp_ci_find(s, "REG_") != NULL)
			types++;
	}
	return types == 1;
}

const char *imp_dword_set_in_words(struct imp *im, const struct imp_at *at, const struct value_spec *v, size_t *line)
{
	size_t top, lead, first, after_first, after_last;
	const char *num = NULL;

	if (v->name == NULL || at->key_line == 0)
		return NULL;
	/* the sentence leading into the key: "change the following registry
	 * parameter to 1 to enable X:"; or into the value's name when it
	 * stands over its key ("EnablePostCmp" / "Key: HKEY_...") */
	top = v->line != 0 && v->line < at->key_line ? v->line : at->key_line;
	for (lead = top - 1; lead > im->a->body_first && lead + 4 > top && imp_blank(imp_line_at(im, lead)); lead--)
		;
	if (lead > im->a->body_first && !imp_blank(imp_line_at(im, lead)) && lone_value_without_own_data(im, at, v)) {
		first = sentence_first(im, lead);
		num = number_set_in(im, first, lead, v->name, 0, line);
	}
	/* the sentence right after the value: "Set this key to 1." */
	after_first = (v->last > v->line ? v->last : v->line) + 1;
	while (num == NULL && after_first < im->a->body_end && after_first < v->line + 6 &&
	       imp_blank(imp_line_at(im, after_first)))
		after_first++;
	for (after_last = after_first; num == NULL && after_last + 1 < im->a->body_end &&
				       !imp_blank(imp_line_at(im, after_last + 1)) && after_last < after_first + 2;
	     after_last++)
		;
	if (num == NULL && after_first < im->a->body_end)
		num = number_set_in(im, after_first, after_last, v->name, 1, line);
	/* further down, before the next step, key or value: "you will need
	 * to set the above parameter to 0", under a lone value that gives
	 * no data */
	if (num == NULL && after_first < im->a->body_end && lone_value_without_own_data(im, at, v)) {
		const struct kb_article_section *sec = imp_section_of(im, v->line);
		size_t end = after_last + 1, stop = sec != NULL && sec->end_line < im->a->body_end ?
						     sec->end_line : im->a->body_end;
		while (end < stop && end < after_first + 14) {
			const char *t = imp_line_at(im, end);
			if (imp_numbered_step(t) || imp_substep(t) || imp_ci_find(t, "HKEY_") != NULL ||
			    imp_ci_find(t, "REG_") != NULL)
				break;
			end++;
		}
		if (end > after_last + 1)
			num = number_set_in(im, after_last + 1, end - 1, v->name, 2, line);
	}
	return num;
}

const char *imp_dword_set_in_step(struct imp *im, const struct imp_at *at, const struct value_spec *v, size_t *line)
{
	size_t first, last;

	if (v->name == NULL || at->key_line == 0 || at->key_last >= v->line || !lone_value_without_own_data(im, at, v))
		return NULL;
	for (first = at->key_last + 1; first < v->line && imp_blank(imp_line_at(im, first)); first++)
		;
	for (last = v->line - 1; last > first && imp_blank(imp_line_at(im, last)); last--)
		;
	if (first >= v->line)
		return NULL;
	return number_set_in(im, first, last, v->name, 0, line);
}

/* ---- a relative path named before its root ------------------------------ */

/* The text of the sentence holding line n (s), from the lines above
 * where it starts to root on line n, joined in the import's pool. */
static const char *text_up_to(struct imp *im, const char *s, const char *root, size_t n)
{
	struct kb_buf b = { 0 };
	size_t starts[8], first = sentence_first(im, n);
	const char *text;

	if (first == n)
		return imp_dupn(im, s, (size_t)(root - s));
	imp_join_lines(im, first, n - 1, &b, starts, 8);
	text = b.oom || b.p == NULL ? NULL : imp_fmt(im, "%s %.*s", b.p, (int)(root - imp_skip_ws(s)), imp_skip_ws(s));
	kb_buf_free(&b);
	return text;
}

int imp_place_relative_named(struct imp *im, const char *s, const char *root, size_t n)
{
	struct words ws;
	size_t k;
	const char *rel, *key, *sentence;
	enum key_verb verb;

	/* "Delete the \System\Disk key under HKEY_LOCAL_MACHINE subtree":
	 * the words before the root end "the PATH [registry] key under|in
	 * [the]", PATH relative (a backslash in it) */
	split_words(s, (size_t)(root - s), &ws);
	if (ws.n < 4)
		return 0;
	k = ws.n - 1;
	if (word_is(&ws, k, "the"))
		k--;
	if (!(word_is(&ws, k, "under") || word_is(&ws, k, "in")) || k < 3)
		return 0;
	k--;
	if (!(word_is(&ws, k, "key") || word_is(&ws, k, "subkey")))
		return 0;
	k--;
	if (word_is(&ws, k, "registry") && k > 1)
		k--;
	if (memchr(ws.w[k], '\\', ws.l[k]) == NULL || imp_starts_ci(ws.w[k], "HKEY") || k == 0 ||
	    !word_is(&ws, k - 1, "the"))
		return 0;
	rel = imp_dupn(im, ws.w[k], ws.l[k]);
	/* the ask is the sentence's, up to the root: "2. Delete the ...";
	 * it may start on a line above ("... program does not" / "delete
	 * the \SOFTWARE\X key under HKEY_LOCAL_MACHINE") */
	sentence = text_up_to(im, s, root, n);
	if (rel == NULL || sentence == NULL)
		return 0;
	sentence = sentence_before(sentence, strlen(sentence));
	if ((verb = sentence_asks(sentence, KO_KEY)) == KV_NONE)
		return 0;
	key = imp_fmt(im, "HKEY_LOCAL_MACHINE%s%s", *rel == '\\' ? "" : "\\", rel);
	if (key == NULL || (key = imp_normal_key(im, key, n)) == NULL)
		return 0;
	if (!draft_asked(im, verb, key, NULL, n, n, n))
		return 0;
	imp_review(im, n, T_CHECK, im->n_checks - 1,
		   imp_fmt(im, "key path built from the path and the root named after it on line %zu: check it", n));
	return 1;
}
