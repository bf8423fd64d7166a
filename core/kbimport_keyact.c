/* kbimport_keyact.c: what the sentence that governs a key asks of it.
 *
 * A key set on its own lines is governed by the sentence above it that
 * ends with a colon ("Delete the following registry keys on the X
 * server:", "Locate and then click the following key:"), with other keys
 * of the same list and "and" lines between.  Its frame is read as one
 * verb class and one object, whatever words come between them
 * ("registry", "following", "on the X"), not one branch per phrasing:
 * over the archive's 4,341 key occurrences the lead-in frames are flat,
 * and the verb class is what decides the action (see
 * tests/fixtures/kbimport-unseen12/FIGURES-keyact.md). */
#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strutil.h"
#include "kbimport_int.h"

/* "and" or "and," alone on a line between two keys of a list ("or"
 * offers alternatives, which are not one list to act on). */
static int joiner_line(const char *s)
{
	const char *t = imp_skip_ws(s);
	size_t l = imp_rtrim_len(t, strlen(t));

	return (l == 3 && strncasecmp(t, "and", 3) == 0) || (l == 4 && strncasecmp(t, "and,", 4) == 0);
}

struct verb_word {
	const char *w;
	enum key_verb verb;
};

/* The imperative verbs, by class.  "add"/"create" take their class from
 * their object (a key, or a value, which is set). */
static const struct verb_word verbs[] = {
	{ "delete", KV_DELETE }, { "remove", KV_DELETE },
	{ "create", KV_ADD_KEY }, { "add", KV_ADD_KEY },
	{ "set", KV_SET_VALUE }, { "change", KV_SET_VALUE }, { "modify", KV_SET_VALUE },
	{ "edit", KV_SET_VALUE },
	{ "check", KV_CHECK }, { "verify", KV_CHECK }, { "confirm", KV_CHECK },
	{ "ensure", KV_CHECK },
	{ "locate", KV_NAVIGATE }, { "find", KV_NAVIGATE }, { "open", KV_NAVIGATE },
	{ "go", KV_NAVIGATE }, { "navigate", KV_NAVIGATE }, { "expand", KV_NAVIGATE },
	{ "select", KV_NAVIGATE }, { "click", KV_NAVIGATE }, { "highlight", KV_NAVIGATE },
	{ "browse", KV_NAVIGATE }, { "view", KV_NAVIGATE },
	{ NULL, KV_NONE },
};

/* The word before a modal that makes it the reader's, who is asked, not
 * a program or a person the sentence tells of: imp_word_before_is(). */
static const char *const reader[] = { "you", NULL };

const char *imp_reminder_before(const char *s, const char *p)
{
	const char *e, *to = imp_word_before(s, p, IMP_WORD_LETTERS, &e), *forget, *neg, *aux;

	if (!imp_word_is(to, (size_t)(e - to), "to"))
		return NULL;
	forget = imp_word_before(s, to, IMP_WORD_LETTERS, &e);
	if (!imp_word_is(forget, (size_t)(e - forget), "forget") || !imp_negated_before(s, forget))
		return NULL;
	neg = imp_word_before(s, forget, IMP_WORD_TOKEN, NULL);
	aux = imp_word_before(s, neg, IMP_WORD_TOKEN, NULL);
	return imp_starts_word(aux, "do") ? aux : neg;
}

/* The word at p is where an instruction starts: the sentence's start, or
 * after "then", "and", "please", a comma ("To fix this, delete ..."), or
 * "you must"/"you should" (the same ask). */
static int at_clause_start(const char *s, const char *p)
{
	static const char *const before[] = { "then", "and", "please", "must", "should",
					      "first", "also", NULL };
	/* of those, the ones that start the ask only where a clause starts */
	static const char *const in_clause[] = { "then", "first", "also", NULL };
	/* "if you want to delete", "how to remove": the reader's choice or
	 * a topic, not the step.  "It may also be necessary to remove the
	 * following keys" is labelled review (heldout Q151237), so it is
	 * one too, though guide C8 keeps "you may need to remove" */
	static const char *const hedges[] = { "want to", "wish to", "how to", "able to", "unable to",
					      "necessary to", NULL };
	const char *reminder;
	size_t i;

	while (p > s && p[-1] == ' ')
		p--;
	/* "you must manually change", "then simply delete": an adverb
	 * between the ask's words and its verb */
	if (p - s > 3 && strncasecmp(p - 2, "ly", 2) == 0) {
		const char *w = p - 2;
		while (w > s && isalpha((unsigned char)w[-1]))
			w--;
		if (w > s && w[-1] == ' ') {
			p = w;
			while (p > s && p[-1] == ' ')
				p--;
		}
	}
	if (p == s || p[-1] == ',' || p[-1] == ';')
		return 1;
	/* "use Registry Editor to delete the following key:" */
	if (p - s >= 3 && strncasecmp(p - 3, " to", 3) == 0) {
		/* a whole word: "advisable to delete" is no hedge */
		for (i = 0; hedges[i] != NULL; i++)
			if (imp_phrase_ends_at(s, p, hedges[i]))
				return 0;
		/* "you need to delete", "you have to remove": the step */
		if (((size_t)(p - s) >= 7 && strncasecmp(p - 7, "need to", 7) == 0) ||
		    ((size_t)(p - s) >= 7 && strncasecmp(p - 7, "have to", 7) == 0))
			return 1;
		/* "Don't forget to delete": a reminder of the step, which
		 * starts where the reminder does */
		if ((reminder = imp_reminder_before(s, p)) != NULL)
			return at_clause_start(s, reminder);

		return imp_ci_find(s, "use ") != NULL || imp_ci_find(s, "using ") != NULL;
	}
	for (i = 0; before[i] != NULL; i++) {
		size_t l = strlen(before[i]);
		if (imp_phrase_ends_at(s, p, before[i])) {
			/* "you must delete" asks; "the uninstaller should
			 * delete" says what a program is meant to do */
			if (strcmp(before[i], "must") == 0 || strcmp(before[i], "should") == 0)
				return imp_word_before_is(s, p - l, reader);
			/* "then", "also", "first" start the ask only where
			 * the ask starts: ", then delete", "you must then
			 * delete"; not "Setup then deletes"'s subject */
			return imp_cue_in(before[i], in_clause) != NULL ? at_clause_start(s, p - l) : 1;
		}
	}
	return 0;
}

/* "you may need to remove", "you will have to delete": the modal at m
 * (l letters) is one the labelling guide (C8) keeps as an ask, the need
 * being the reader's. */
static int modal_of_need(const char *m, size_t l)
{
	return m[l] == ' ' && (imp_starts_ci(m + l + 1, "need to") || imp_starts_ci(m + l + 1, "have to") ||
			       imp_starts_ci(m + l + 1, "also need to") || imp_starts_ci(m + l + 1, "also have to"));
}

/* The words that tell what something else does, will or may do. */
static const char *const modals[] = { "will", "would", "might", "may", NULL };

/* The modal at m (l letters, in s) tells of the verb after it: not the
 * reader's need, and with reader_asks not the reader's own step ("you
 * will add"). */
static int modal_tells(const char *s, const char *m, size_t l, int reader_asks)
{
	return !modal_of_need(m, l) && !(reader_asks && imp_word_before_is(s, m, reader));
}

/* The word of w..e may stand between a modal and its verb: "will then
 * add", "will automatically add". */
static int adverb_after_modal(const char *w, const char *e)
{
	static const char *const adverbs[] = { "then", "also", "now", "again", "first", NULL };
	size_t i, wl = (size_t)(e - w);

	for (i = 0; adverbs[i] != NULL; i++)
		if (imp_word_is(w, wl, adverbs[i]))
			return 1;
	return wl > 3 && strncasecmp(e - 2, "ly", 2) == 0;
}

int imp_told_by_modal(const char *s, const char *p, enum imp_modal_reach reach, int reader_asks)
{
	const char *e = p, *w;
	size_t i;
	int words;

	if (reach == IMP_MODAL_CLAUSE) {
		for (i = 0; modals[i] != NULL; i++)
			for (w = s; (w = imp_find_word(w, modals[i])) != NULL && w < p; w += strlen(modals[i]))
				if (modal_tells(s, w, strlen(modals[i]), reader_asks))
					return 1;
		return 0;
	}
	/* the verb's own word before it, and two adverbs at most */
	for (words = 0; words < (reach == IMP_MODAL_ADVERBS ? 3 : 1); words++, e = w) {
		w = imp_word_before(s, e, IMP_WORD_LETTERS, &e);
		if (w == e)
			return 0;
		for (i = 0; modals[i] != NULL; i++)
			if (imp_word_is(w, (size_t)(e - w), modals[i]))
				return modal_tells(s, w, (size_t)(e - w), reader_asks);
		if (!adverb_after_modal(w, e))
			return 0;
	}
	return 0;
}

/* The last k words of s (its punctuation kept). */
static const char *last_words(const char *s, size_t k)
{
	const char *p = s + strlen(s);

	while (p > s && k > 0) {
		while (p > s && !isalpha((unsigned char)p[-1]))
			p--;
		while (p > s && isalpha((unsigned char)p[-1]))
			p--;
		k--;
	}
	return p;
}

int imp_says_negation(const char *s)
{
	const char *w = s, *e;

	for (;; w = e) {
		while (*w != '\0' && !isalpha((unsigned char)*w))
			w++;
		if (*w == '\0')
			return 0;
		e = kb_word_end(w);
		/* a closing quote is no part of the word: "'not'" */
		if (imp_negation_word(w, (size_t)(e - w) - (e[-1] == '\'')))
			return 1;
	}
}

size_t imp_clause_break(const char *s, const char *q)
{
	/* a break right after a negation or these words is an aside inside
	 * the clause ("Don't, so to speak, delete", "Setup will, so that
	 * ..., add"), or carries it on ("Never do the following: delete") */
	static const char *const carried[] = { "can", "could", "will", "would", "might", "may", "must", "should",
						"following", "this", "these", NULL };
	size_t l = 0;

	if (*q == '.' && (q[1] == ' ' || q[1] == '\t' || q[1] == '\0'))
		l = q[1] == '\0' ? 1 : 2;
	else if (*q == ';')
		l = q[1] == ' ' ? 2 : 1;
	else if (imp_starts_ci(q, ", so "))
		l = 5;
	else if (q[0] == ':' && q[1] == ' ')
		l = 2;
	/* ("Don't, so to speak," read whole, not as "t") */
	if (l == 0 || imp_word_before_is(s, q, carried) || imp_negated_before(s, q))
		return 0;
	return l;
}

/* Where the clause of s that ends s (the verb's own) starts: past the
 * last clause break (imp_clause_break()), else s.  What the clauses
 * before say (a negation, a modal, "while") is not said of the verb. */
static char *verb_clause(char *s)
{
	char *start = s, *q;
	size_t l;

	for (q = s; *q != '\0'; q++)
		if ((l = imp_clause_break(s, q)) > 0)
			start = q + l;
	return start;
}

/* The words of s up to end are only ones that may open an imperative
 * ("Please do", "And"): nothing names who does it. */
static int imperative_opening(const char *s, const char *end)
{
	static const char *const words[] = { "do", "please", "and", "then", "also", "but", NULL };

	return imp_only_words(s, end, words);
}

size_t imp_drop_lead_in(char *buf, size_t n)
{
	static const char *const purposes[] = { "so that ", "in order ", NULL };
	static const char *const sure[] = { "be sure to ", "make sure that you ", "make sure you ", NULL };
	char *comma, *reminder;
	size_t i;

	for (i = 0; purposes[i] != NULL; i++)
		if (imp_starts_ci(buf, purposes[i]) && (comma = strchr(buf, ',')) != NULL) {
			memmove(buf, comma + 1, strlen(comma + 1) + 1);
			n = strlen(buf);
			break;
		}
	for (i = 0; sure[i] != NULL; i++)
		if (imp_phrase_ends_at(buf, buf + n, sure[i])) {
			n -= strlen(sure[i]);
			buf[n] = '\0';
			break;
		}
	/* "Setup doesn't forget to delete" tells of a program: only
	 * "do", "please", "and" ... may come before the reminder */
	if ((reminder = (char *)imp_reminder_before(buf, buf + n)) != NULL &&
	    imperative_opening(buf, reminder)) {
		n = (size_t)(reminder - buf);
		*reminder = '\0';
	}
	return n;
}

int imp_not_asked(const char *text, const char *verb)
{
	/* words that keep the verb from asking ("without deleting",
	 * "instead"), and "can", "could" ("you can also remove": what the
	 * reader may do); the negations are imp_says_negation()'s, will,
	 * would, might and may imp_told_by_modal()'s */
	static const char *const not_asking[] = { "without", "instead", "can", "could", NULL };
	/* a clause that is not the sentence's opening one: "Earlier
	 * versions of Setup, when run twice, delete"; "When X, delete Y"
	 * opens the sentence and asks */
	static const char *const failures[] = { "fails to", "failed to", "fail to", "unable to", "no longer", NULL };
	static const char *const subordinate[] = { "when", "after", "before", "while", "once", "in case", NULL };
	static const char *const opening[] = { "if ", "when ", "after ", "once ", "unless ", "to ", "because ",
					       "since ", "while ", "before ", "in case ", NULL };
	const char *start = text, *p;
	char buf[200];
	size_t i, n;

	for (p = verb; p > text; p--)
		if (p[-1] == '.' && (p[0] == ' ' || p[0] == '\t')) {
			start = p;
			break;
		}
	start = imp_skip_ws(start);
	if (start > verb)
		start = verb;
	n = (size_t)(verb - start);
	/* the words nearest the verb decide when the sentence is long */
	if (n >= sizeof buf) {
		start = verb - (sizeof buf - 1);
		n = sizeof buf - 1;
	}
	memcpy(buf, start, n);
	buf[n] = '\0';
	if ((p = verb_clause(buf)) > buf)
		memmove(buf, p, strlen(p) + 1);
	n = imp_drop_lead_in(buf, strlen(buf));
	/* "If X is not required, delete Y": the condition that opens the
	 * sentence keeps the ask (labelling guide C8); its words are not
	 * the ask's */
	for (i = 0; opening[i] != NULL; i++)
		if (imp_starts_ci(buf, opening[i]) && strchr(buf, ',') != NULL) {
			memmove(buf, strchr(buf, ',') + 1, strlen(strchr(buf, ',') + 1) + 1);
			n = strlen(buf);
			break;
		}
	if (imp_says_negation(buf))
		return 1;
	for (i = 0; not_asking[i] != NULL; i++)
		if (imp_has_word(buf, not_asking[i]))
			return 1;
	/* "the uninstall program fails to delete", "you no longer have to
	 * delete": what went wrong or is not needed, said of the verb */
	if (imp_cue_in(last_words(buf, 4), failures) != NULL)
		return 1;
	if (imp_told_by_modal(buf, buf + n, IMP_MODAL_CLAUSE, 0))
		return 1;
	/* past the sentence's first word: "When X, delete" opens with
	 * its condition */
	for (i = 0; n > 1 && subordinate[i] != NULL; i++)
		if (imp_has_word(buf + 1, subordinate[i]))
			return 1;
	/* "if you delete", "you then delete": a condition, not a step;
	 * "verify that X is 1, or delete X": one of two ways, not the
	 * repair */
	return imp_has_word(last_words(buf, 1), "you") || imp_has_word(last_words(buf, 1), "or") ||
	       (imp_has_word(last_words(buf, 2), "you") && !imp_has_word(last_words(buf, 1), "must") &&
		!imp_has_word(last_words(buf, 1), "should"));
}

int imp_verb_asked(const char *text, const char *verb)
{
	return at_clause_start(text, verb) && !imp_not_asked(text, verb);
}

/* After "entries" (rest, to the sentence's end), det when a determiner
 * came before it: the entries are the lines set out below ("the following
 * registry entries:", "the Frob entries from these hives:"), not entries
 * held in a key the sentence names ("under the following key", "pertaining
 * to Frob", "from the following keys"), which are its values or subkeys. */
static int entries_listed(const char *rest, int det)
{
	static const char *const inside[] = { "key", "keys", "subkey", "subkeys", "under", "pertaining",
					      "value", "values", NULL };
	static const char *const places[] = { " from these ", " from those ", " from the following", NULL };
	char buf[160];
	size_t i;

	imp_copy_to(rest, ".", buf, sizeof buf);
	for (i = 0; inside[i] != NULL; i++)
		if (imp_has_word(buf, inside[i]))
			return 0;
	if (det)
		return 1;
	for (i = 0; places[i] != NULL; i++)
		if (imp_starts_ci(buf, places[i]))
			return 1;
	return 0;
}

/* After "those KEYS" (rest): the clause ends at the noun's colon, and
 * nothing after it says which ones are not meant ("that are not
 * listed", "except"). */
static int those_end_at(const char *rest)
{
	static const char *const refusing[] = { "not", "except", NULL };
	char buf[160];
	size_t i;

	if (*rest != ':')
		return 0;
	imp_copy_to(rest, ".", buf, sizeof buf);
	for (i = 0; refusing[i] != NULL; i++)
		if (imp_has_word(buf, refusing[i]))
			return 0;
	return imp_ci_find(buf, "that are") == NULL;
}

/* The object of the verb ending at p, within six words: a key or a
 * value.  *own is 1 when it is the key set out below
 * ("the following key", "these keys", "this registry key"), not a key
 * named in words ("the Restore in Progress key"). */
static enum key_object object_of(const char *p, int *own)
{
	size_t words = 0;
	int named = 0, det = 0, every = 0, those = 0;
	const char *q = p;

	*own = 0;
	while (*q != '\0' && words < 7) {
		size_t wl;
		while (*q == ' ')
			q++;
		for (wl = 0; q[wl] != '\0' && q[wl] != ' '; wl++)
			;
		if (wl == 0)
			break;
		/* the word, less its trailing punctuation */
		size_t bl = wl;
		while (bl > 0 && strchr(":,.;", q[bl - 1]) != NULL)
			bl--;
#define IS(w) (bl == strlen(w) && strncasecmp(q, w, bl) == 0)
		/* "delete those keys that are not in this list:": "those"
		 * points at the list only when the clause ends at the noun's
		 * colon */
		if (those && (IS("key") || IS("keys") || IS("subkey") || IS("subkeys") || IS("entry") ||
			      IS("entries")) && !those_end_at(q + bl))
			det = 0;
		if (IS("key") || IS("keys") || IS("subkey") || IS("subkeys")) {
			/* "the following keys", "these keys": the list below;
			 * "the subkey:" ends the sentence on it; "the key
			 * from:", "all the keys on the right-hand pane in:"
			 * name a place, the key below holds what is meant */
			const char *rest = imp_skip_ws(q + bl);
			*own = !named && (det || *rest == '\0' || *rest == ':' || *rest == ',');
			/* "the following registry keys and values:": a line
			 * below may be a key and a value's name run together */
			if (imp_starts_ci(rest, "and value") || imp_starts_ci(rest, "and entr") ||
			    imp_starts_ci(rest, "or value") || imp_starts_ci(rest, "and their value"))
				*own = 0;
			return KO_KEY;
		}
		if (IS("value") || IS("values"))
			return KO_VALUE;
		/* "the following registry entries": what the lines below
		 * are, a key or a value (*own: the lines listed are the
		 * entries) */
		if (IS("entry") || IS("entries")) {
			*own = !every && entries_listed(q + bl, det);
			return KO_VALUE;
		}
		/* "delete all entries under", "any entries": not a list's;
		 * "one of the following entries", "either", "only one of
		 * these": some of the list, not each line of it */
		if (IS("all") || IS("any") || IS("one") || IS("either") || IS("some") || IS("only") || IS("of"))
			every = 1;
		/* "delete each key from the registry": each key of the list */
		if (IS("those"))
			those = 1;
		if (IS("following") || IS("these") || IS("those") || IS("this") || IS("both") || IS("above") ||
		    IS("preceding") || IS("each"))
			det = 1;
		else if (!(IS("the") || IS("registry") || IS("two") || IS("three") || IS("new") ||
			   IS("and") || IS("then") || IS("to") || IS("on") || IS("in") || IS("a") ||
			   IS("any")))
			named = 1;
		/* the sentence's end: nothing more is its object */
		if (bl < wl && q[bl] != ',')
			break;
#undef IS
		q += wl;
		words++;
	}
	return KO_NONE;
}

/* "the EnableRouting value from the following key", "the "NoDrives"
 * value in the following", "the ncacn_spx string value from following":
 * one name, a kind, the word for a value, and the key below as where it
 * is.  Copies the name into name (cap bytes); 0 when the words are not
 * that. */
static int value_named(const char *p, char *name, size_t cap)
{
	static const char *const kinds[] = { " string", " DWORD", " registry", NULL };
	static const char *const preps[] = { " from the following", " in the following",
					     " under the following", " from following", " in following",
					     " from this", " in this", NULL };
	const char *n, *e;
	size_t i, len;

	p = imp_skip_ws(p);
	if (!imp_starts_ci(p, "the "))
		return 0;
	n = p + 4;
	if (*n == '"') {
		e = strchr(n + 1, '"');
		if (e == NULL)
			return 0;
		n++;
		len = (size_t)(e - n);
		e++;
	} else {
		for (len = 0; isalnum((unsigned char)n[len]) || n[len] == '_' || n[len] == '.' || n[len] == '-'; len++)
			;
		e = n + len;
	}
	if (len == 0 || len >= cap || *e != ' ')
		return 0;
	for (i = 0; kinds[i] != NULL; i++)
		if (imp_starts_ci(e, kinds[i])) {
			e += strlen(kinds[i]);
			break;
		}
	if (!imp_starts_ci(e, " value ") && !imp_starts_ci(e, " entry "))
		return 0;
	e += 6; /* " value" or " entry" */
	for (i = 0; preps[i] != NULL; i++)
		if (imp_starts_ci(e, preps[i]))
			break;
	if (preps[i] == NULL)
		return 0;
	memcpy(name, n, len);
	name[len] = '\0';
	/* "the following value", "the registry value": no name */
	return strcasecmp(name, "following") != 0 && strcasecmp(name, "registry") != 0 &&
	       strcasecmp(name, "this") != 0 && strcasecmp(name, "default") != 0;
}

/* The strongest ask of one sentence: of its imperative verbs, a delete
 * over an add or set, over a check, over navigation ("Locate and delete
 * the following key" deletes; "Locate and then click the following key"
 * only opens it). */
static void classify(const char *s, struct key_act *out)
{
	/* "find the key and repair it if it is missing": a condition on
	 * the key's presence checks it, whatever opens it */
	static const char *const absent[] = { "missing", "does not exist", "do not exist", "not present",
					      "make sure", NULL };
	const char *p;
	size_t i;

	if (imp_cue_in(s, absent) != NULL)
		out->verb = KV_CHECK;

	for (i = 0; verbs[i].w != NULL; i++) {
		size_t l = strlen(verbs[i].w);
		for (p = s; (p = imp_ci_find(p, verbs[i].w)) != NULL; p += l) {
			enum key_verb v = verbs[i].verb;
			enum key_object o;
			int own;
			if ((p > s && (isalpha((unsigned char)p[-1]) || p[-1] == '/' || p[-1] == '-')) ||
			    isalpha((unsigned char)p[l]) || p[l] == '/' || p[l] == '-')
				continue;
			if (!imp_verb_asked(s, p))
				continue;
			o = object_of(p + l, &own);
			/* "add the X value", "add the X data value to the Y
			 * multi-string value": a value is set, whatever it holds */
			if (v == KV_ADD_KEY && o == KO_VALUE)
				v = KV_SET_VALUE;
			if (v > out->verb) {
				out->verb = v;
				out->object = o;
				out->own = own;
				out->value[0] = '\0';
				if (v == KV_DELETE && o == KO_VALUE)
					value_named(p + l, out->value, sizeof out->value);
			}
		}
	}
}

int imp_suggests(const char *text)
{
	static const char *const suggests[] = { "you may want to", "you might want to", "you may wish to",
						NULL };

	return imp_cue_in(text, suggests) != NULL;
}

void imp_sentence_act(const char *sentence, struct key_act *out)
{
	memset(out, 0, sizeof *out);
	classify(sentence, out);
}

int imp_line_under_key(const struct imp *im, size_t key_last)
{
	const char *s;

	if (key_last + 1 >= im->a->body_end || !imp_line_starts_key(imp_line_at(im, key_last)))
		return 0;
	s = imp_line_at(im, key_last + 1);
	return !imp_blank(s) && !imp_line_starts_key(s) && strchr(s, ':') == NULL && imp_indent_of(s) > 0 &&
	       !imp_numbered_step(s) && !imp_substep(s);
}

/* The column past which an article's writer wraps a key's line.  Archive
 * prose wraps at 79-81 columns (93% of the articles that wrap enough
 * lines to tell; 427 wrap at 72 or less), but indented key lines wrap
 * earlier: of the archive's key lines that go on at a space with the
 * rest of their name (outside a placeholder), none would have ended
 * before column 74 had the name's next word stayed on them.  A shorter
 * key line followed by a fragment ends where its writer ended it: a
 * value or subkey under the key follows, or a remark ("...\\Access\\7.0"
 * over "   (if you run 7.0)"). */
#define WRAP_WIDTH 72

/* s (len bytes) leaves a placeholder or a GUID open ("...\\<Printer" over
 * "   Name>"): its name goes on below, whatever the width. */
static int bracket_open(const char *s, size_t len)
{
	int angle = 0, brace = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '<')
			angle++;
		else if (s[i] == '>' && angle > 0)
			angle--;
		else if (s[i] == '{')
			brace++;
		else if (s[i] == '}' && brace > 0)
			brace--;
	}
	return angle > 0 || brace > 0;
}

int imp_key_runs_on(const struct imp *im, size_t key_last)
{
	const char *kl, *s;
	size_t l;

	if (!imp_line_under_key(im, key_last))
		return 0;
	kl = imp_line_at(im, key_last);
	l = imp_rtrim_len(kl, strlen(kl));
	s = imp_skip_ws(imp_line_at(im, key_last + 1));
	/* "...\\CurrentVersion" over "   \\App Paths\\Frob.exe": a break at a
	 * backslash is the writer's own, at any width */
	if (*s == '\\' || (l > 0 && kl[l - 1] == '\\') || bracket_open(kl, l))
		return 1;
	/* a wrap at a space falls near the text's width: a short key line
	 * ends where its writer ended it, and what follows is not its name */
	return l + 1 + strcspn(s, " \t") > WRAP_WIDTH;
}

/* s is a key set out on its own line from its root, bare or after a
 * list's bullet ("- HKEY_LOCAL_MACHINE\..."). */
static int list_key_line(const char *s)
{
	return imp_line_starts_key(imp_past_bullet(s));
}

/* Line n ends a paragraph that is the registry warning ("WARNING: If you
 * use Registry Editor incorrectly ...", "For information about how to
 * edit the registry ..."), which articles set between a lead-in and its
 * list: the paragraph's first line, else 0.  Another warning ("WARNING:
 * Do not remove the key below") speaks of the list: not skipped. */
static size_t warning_paragraph(const struct imp *im, size_t n)
{
	size_t first = n, m;
	const char *t;

	while (first > im->a->body_first && !imp_blank(imp_line_at(im, first - 1)) && n - first < 8)
		first--;
	t = imp_skip_ws(imp_line_at(im, first));
	if (imp_starts_ci(t, "For information about how to edit"))
		return first;
	if (!imp_starts_ci(t, "WARNING"))
		return 0;
	for (m = first; m <= n; m++) {
		t = imp_line_at(im, m);
		if (imp_ci_find(t, "incorrectly") != NULL || imp_ci_find(t, "edit the registry") != NULL)
			return first;
	}
	return 0;
}

int imp_governing_act(const struct imp *im, size_t key_line, struct key_act *out)
{
	size_t n, lead = 0, first, skipped = 0, w;
	char buf[640];
	const char *s, *start;
	size_t len = 0;

	memset(out, 0, sizeof *out);
	/* only a key set out on its own line from its root: a path built
	 * from a root named in the lead-in and lines below is not read
	 * here */
	if (!list_key_line(imp_line_at(im, key_line)))
		return 0;
	/* up over the list: blank lines, other keys, "and", the registry
	 * warning */
	for (n = key_line; n > im->a->body_first && n + 14 + skipped > key_line; n--) {
		s = imp_line_at(im, n - 1);
		if (imp_blank(s) || list_key_line(s) || joiner_line(s))
			continue;
		/* "   DLC Network Port" under "...\Monitors\Lexmark": the
		 * wrapped end of the key above it in the list, or a remark on
		 * that key ("   on every node"): no lead-in either way */
		if (n - 1 > im->a->body_first && imp_line_under_key(im, n - 2))
			continue;
		size_t l = imp_rtrim_len(s, strlen(s));
		/* (a warning run on into the lead-in ends with its colon) */
		if (l > 0 && s[l - 1] != ':' && (w = warning_paragraph(im, n - 1)) != 0) {
			skipped += n - w;
			n = w + 1;
			continue;
		}
		if (l == 0 || s[l - 1] != ':')
			return 0;
		lead = n - 1;
		break;
	}
	if (lead == 0)
		return 0;
	/* the sentence may start lines above its colon, but not above a
	 * key or an earlier lead-in ("Delete the following key:" / key /
	 * "Locate the following key:" with no blank line between) */
	first = imp_sentence_start(im, lead, lead >= 3 ? lead - 3 : 0);
	buf[0] = '\0';
	for (n = first; n <= lead; n++) {
		s = imp_skip_ws(imp_line_at(im, n));
		if (!imp_join_words(buf, sizeof buf, &len, s, imp_rtrim_len(s, strlen(s))))
			return 0;
	}
	if (imp_suggests(buf))
		return 0;
	/* the last sentence: after the last ". " before the colon */
	start = buf;
	for (s = buf; (s = strstr(s, ". ")) != NULL; s += 2)
		if (isupper((unsigned char)s[2]) || isdigit((unsigned char)s[2]))
			start = s + 2;
	/* its step number or letter: "2. ", "b. ", "- " */
	if (start == buf) {
		const char *t = start;
		while (isdigit((unsigned char)*t))
			t++;
		if (t > start && (*t == '.' || *t == ')'))
			start = imp_skip_ws(t + 1);
		else if (isalpha((unsigned char)start[0]) && (start[1] == '.' || start[1] == ')') && start[2] == ' ')
			start = imp_skip_ws(start + 2);
		else if (*start == '-' || *start == '*')
			start = imp_skip_ws(start + 1);
	}
	classify(start, out);
	out->line = lead;
	return out->verb != KV_NONE;
}
