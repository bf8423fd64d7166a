/* kbimport_sentence.c: a registry request made in one ordinary sentence
 * over the key it names (kbimport_int.h).
 *
 * "Delete the Foo and Bar values from the following key:", "Add a
 * registry value Foo of type REG_DWORD to the following key:" (then "Set
 * it to 1." under the key), "Add a new string value named Foo with a data
 * value of 1 in the following registry key:", "change the string value" /
 * "Foo" alone / "in the registry key" / key / "from 1 to 0.", "create a
 * new registry value of the REG_SZ type under the following key:" / key /
 * "Name the registry value Foo, and change the value to "x".".  The
 * sentence is read as one grammar: a verb (kbimport_keyact.c's classes,
 * asked as that file decides), an object list (one or several names, or
 * none when the sentence under the key names it), a type, data (in the
 * sentence or the one under the key), and the key's place.  The other
 * readers take the forms they know first; this one reads what they left,
 * and drafts only what the verb asks with every part given: a delete
 * needs the names, an add or a set also a type written or implied
 * (labelling guide C11) and one datum.  It leaves to the other readers'
 * review a sentence that names another object too ("and the Banner key",
 * "from the AppInit list"), "entries" that may be keys, a one-letter
 * name, a datum the sentence under the key does not ask for ("Never set
 * it to 1.", "You can set it to 1.") and one given to another value. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

#define MAX_NAMES 6

/* One sentence's request, as read. */
struct request {
	enum key_verb verb;             /* KV_DELETE or KV_SET_VALUE */
	const char *names[MAX_NAMES];
	size_t n_names;
	const char *type;               /* the REG_ name, or NULL */
	const char *data;               /* as written, or NULL */
	int hex;                        /* the words say a DWORD's data: a hex
					   radix, or the number shown in the
					   other radix (guide C11) */
	int quoted;                     /* the data is written in quotes: as
					   it is, its stops and semicolons too */
	int entries;                    /* the objects are called "entries" */
	int changes;                    /* the verb changes a value that is
					   there ("set", "change", "modify"):
					   "from 1 to 0" after it is the
					   change, where after "add" it is a
					   range */
};

/* Words naming another object a verb may take: a sentence naming one
 * besides the values asks more than this reader drafts. */
static int names_an_object(const char *p, const char *end, int values_too)
{
	static const char *const objects[] = { "key", "keys", "subkey", "subkeys", "folder", "folders", "list",
					       "entry", "entries", "file", "files", NULL };
	const char *q;
	size_t i;

	for (q = p; q < end; q++) {
		if (q > p && (isalnum((unsigned char)q[-1]) || q[-1] == '_'))
			continue;
		for (i = 0; objects[i] != NULL; i++)
			if (imp_starts_word(q, objects[i]))
				return 1;
		/* "the X value and the Y values": not "a data value of" */
		if (values_too && (imp_starts_word(q, "value") || imp_starts_word(q, "values")) &&
		    !imp_starts_ci(imp_skip_ws(q + (imp_starts_word(q, "value") ? 5 : 6)), "of"))
			return 1;
	}
	return 0;
}

/* The words of a key's place after the object: where the object ends. */
static const char *const key_places[] = {
	" to the following", " in the following", " from the following", " under the following",
	" at the following", " underneath the following", " to following", " in following", " from following", " under following",
	" to the the following", " in the the following", " to this registry key", " in this registry key",
	" from this registry key", " to the key", " in the key", " from the key", " under the key",
	" to the registry key", " in the registry key", " from the registry key",
	" under the registry key", NULL,
};

/* The verbs this reader reads, and the class each asks. */
static const struct {
	const char *w;
	enum key_verb verb;
} verbs[] = {
	{ "delete", KV_DELETE }, { "remove", KV_DELETE }, { "add", KV_SET_VALUE },
	{ "create", KV_SET_VALUE }, { "set", KV_SET_VALUE }, { "change", KV_SET_VALUE },
	{ "modify", KV_SET_VALUE }, { NULL, KV_NONE },
};

/* The type written before the word for a value ("REG_DWORD value", "a
 * DWORD value", "string values"): its REG_ name and length, or NULL.
 * imp_reg_type() reads Registry Editor's words only alone on a line. */
static const char *type_before_value(const char *p, size_t *len)
{
	const char *t;

	if ((t = imp_reg_type(p, 0, len, &(int){ 0 })) != NULL)
		return t;
	if ((t = imp_type_word_at(p, len)) != NULL &&
	    (imp_starts_ci(p + *len, " value") || imp_starts_ci(p + *len, " entr") ||
	     imp_starts_ci(p + *len, " registry value")))
		return t;
	return NULL;
}

/* Where the object of the verb at p (ending at v_end) stops: the first
 * key place after it, or NULL. */
static const char *object_end(const char *v_end)
{
	const char *best = NULL, *q;
	size_t i;

	for (i = 0; key_places[i] != NULL; i++)
		if ((q = imp_ci_find(v_end, key_places[i])) != NULL && (best == NULL || q < best))
			best = q;
	/* "Add a registry value Foo of type REG_DWORD to:" over the key:
	 * the colon ending the sentence says the key follows */
	if (best == NULL && (q = imp_ci_find(v_end, " to:")) != NULL && *imp_skip_ws(q + 4) == '\0')
		return q;
	/* "from the following:" over a list of keys and other things: the
	 * place must be a key ("the following registry key", "subkey") */
	if (best != NULL) {
		const char *k = imp_ci_find(best + 1, " key");
		const char *sub = imp_ci_find(best + 1, " subkey");
		if (sub != NULL && (k == NULL || sub < k))
			k = sub;
		if (k == NULL || k - best > 40)
			return NULL;
	}
	return best;
}

/* One name at p (before end): quoted, or one word of a name's letters.
 * Its copy, with *after where it ends; NULL when none. */
static const char *one_name(struct imp *im, const char *p, const char *end, const char **after)
{
	const char *e;

	p = imp_skip_ws(p);
	if (*p == '"') {
		e = memchr(p + 1, '"', (size_t)(end - p - 1));
		if (e == NULL || e == p + 1 || e - p > 60)
			return NULL;
		*after = e + 1;
		return imp_dupn(im, p + 1, (size_t)(e - p - 1));
	}
	for (e = p; e < end && (isalnum((unsigned char)*e) || strchr("_.-$", *e) != NULL); e++)
		;
	while (e > p && e[-1] == '.')
		e--;
	if (e == p || !imp_name_shaped(p, (size_t)(e - p)) || imp_not_a_name(p, (size_t)(e - p)))
		return NULL;
	*after = e;
	return imp_dupn(im, p, (size_t)(e - p));
}

/* "the Foo value", "the Foo and Bar values", "the Foo, Bar, and Baz
 * string values": names, then a type word, then the word for a value,
 * within p..end.  Fills r (names, type); 0 when the words are not that. */
static int name_list(struct imp *im, const char *p, const char *end, struct request *r)
{
	const char *q = p, *after, *name, *t;
	size_t tl;
	int said_values;

	for (;;) {
		if ((name = one_name(im, q, end, &after)) == NULL || r->n_names == MAX_NAMES)
			return 0;
		r->names[r->n_names++] = name;
		q = after;
		if (imp_starts_ci(q, ", and "))
			q += 6;
		else if (imp_starts_ci(q, " and "))
			q += 5;
		else if (imp_starts_ci(q, ", "))
			q += 2;
		else
			break;
	}
	q = imp_skip_ws(q);
	if ((t = type_before_value(q, &tl)) != NULL) {
		r->type = t;
		q = imp_skip_ws(q + tl);
	}
	if (imp_starts_ci(q, "registry "))
		q += 9;
	/* "entries" alone may be keys ("the Gizmo and Widget entries" of
	 * Services): values only as "value entries" or typed ones */
	said_values = r->type != NULL;
	if (imp_starts_word(q, "value") && imp_starts_word(imp_skip_ws(q + 5), "entries")) {
		q = imp_skip_ws(q + 5);
		said_values = 1;
	}
	/* one name takes "value", several "values": "the Foo entries" may
	 * be keys or several things named Foo */
	if (imp_starts_word(q, "values") || imp_starts_word(q, "entries")) {
		if (r->n_names < 2 || (imp_starts_word(q, "entries") && !said_values))
			return 0;
	} else if (!(imp_starts_word(q, "value") || imp_starts_word(q, "entry")) || r->n_names > 1) {
		return 0;
	}
	r->entries = imp_starts_ci(q, "entr");
	while (q < end && isalpha((unsigned char)*q))
		q++;
	/* "the X value and the Y key", "the X value from the Z list" */
	if (names_an_object(q, end, 1))
		return 0;
	return q == end || *q == ' ' || *q == ',';
}

/* "a new DWORD value named Foo", "a registry value Foo of type REG_SZ",
 * "the value "Foo"", "a string value, "Foo"": the word for a value, then
 * one name.  Fills r; 0 when the words are not that. */
static int value_then_name(struct imp *im, const char *p, const char *end, struct request *r)
{
	static const char *const intros[] = { "named ", "called ", "with the name ", NULL };
	const char *q = p, *t, *after, *name;
	size_t tl, i;

	if ((t = type_before_value(q, &tl)) != NULL) {
		r->type = t;
		q = imp_skip_ws(q + tl);
	}
	if (imp_starts_ci(q, "registry "))
		q += 9;
	if (imp_starts_word(q, "value"))
		q += 5;
	else if (imp_starts_word(q, "entry"))
		q += 5;
	else
		return 0;
	if (*q == ',')
		q++;
	q = imp_skip_ws(q);
	for (i = 0; intros[i] != NULL; i++)
		if (imp_starts_ci(q, intros[i])) {
			q += strlen(intros[i]);
			break;
		}
	/* without "named", only a quoted name or one shaped as one */
	if ((name = one_name(im, q, end, &after)) == NULL)
		return 0;
	r->names[r->n_names++] = name;
	q = after;
	if (imp_starts_ci(q, " (without the quotation marks)"))
		q += 30;
	if (*q == ',')
		q++;
	q = imp_skip_ws(q);
	/* "of type REG_DWORD", "as a REG_SZ", "(REG_DWORD)" after the name */
	if (imp_starts_ci(q, "of type "))
		q += 8;
	else if (imp_starts_ci(q, "as a "))
		q += 5;
	else if (*q == '(')
		q++;
	if (r->type == NULL && (t = imp_reg_type(q, 0, &tl, &(int){ 0 })) != NULL)
		r->type = t;
	/* "the X value and the Y subkey" */
	return !names_an_object(q, end, 0);
}

/* "a new registry value of the REG_EXPAND_SZ type", "a new DWORD value":
 * a value added whose name the next sentence gives ("Name the value X").
 * Fills r->type (n_names stays 0); 0 when the words are not that. */
static int unnamed_value(const char *p, const char *end, struct request *r)
{
	const char *q = p, *t;
	size_t tl;

	r->n_names = 0;
	r->type = NULL;
	if ((t = type_before_value(q, &tl)) != NULL) {
		r->type = t;
		q = imp_skip_ws(q + tl);
	}
	if (imp_starts_ci(q, "registry "))
		q += 9;
	if (!imp_starts_word(q, "value"))
		return 0;
	q = imp_skip_ws(q + 5);
	/* "of the REG_X type", "of type REG_X" */
	if (imp_starts_ci(q, "of the ") && r->type == NULL && (t = imp_reg_type(q + 7, 0, &tl, &(int){ 0 })) != NULL &&
	    imp_starts_ci(imp_skip_ws(q + 7 + tl), "type")) {
		r->type = t;
		q = imp_skip_ws(q + 7 + tl) + 4;
	} else if (imp_starts_ci(q, "of type ") && r->type == NULL &&
		   (t = imp_reg_type(q + 8, 0, &tl, &(int){ 0 })) != NULL) {
		r->type = t;
		q += 8 + tl;
	}
	return r->type != NULL && imp_skip_ws(q) >= end;
}

/* The number at d (its words ending at e) as the loader reads it:
 * imp_set_datum(), the one reader of data words, gives "0x10" for "10
 * hex" and "60" for "60 (hexadecimal 3c)"; *hex said by the words
 * before it ("a hexadecimal value of 10") makes its digits hex too.
 * NULL for a choice, a range, a quantity or radixes that disagree. */
static const char *number_datum(struct imp *im, const char *d, const char *e, int *hex)
{
	struct set_datum sd;

	if (!imp_set_datum_radix(im, d, *hex, &sd)) {
		if (sd.kind != SD_NONE)
			return NULL;
		return imp_dupn(im, d, (size_t)(e - d));
	}
	/* a bracket showing the number in the other radix says a DWORD
	 * (guide C11), as a radix word does */
	*hex |= sd.hex || sd.dword_said;
	return sd.data;
}

/* The quoted datum at d (its closing quote at e) goes on to another:
 * "set it to "Fast" or "Slow"", ""a", "b"": a choice. */
static int quoted_choice(const char *e)
{
	const char *q = imp_skip_ws(e + 1);

	if (*q == ',')
		q = imp_skip_ws(q + 1);
	else if (imp_starts_word(q, "or"))
		q = imp_skip_ws(q + 2);
	else
		return 0;
	return *q == '"' || *q == '\'';
}

/* The datum at d (before end): quoted, or a number with no unit after
 * it ("to 10 MB" is none; "(zero)" spells it out).  Its copy, or NULL;
 * *hex set when the words say the number is a DWORD's (a radix, or the
 * number shown in the other radix).  One word ending the sentence is
 * string data only where word_ok ("and set it to TRUE:"). */
static const char *datum_at(struct imp *im, const char *d, const char *end, int *hex, int *quoted, int word_ok)
{
	const char *e;
	int extra = 0;
	struct set_datum sd;

	*quoted = *d == '"';
	if (*d == '"') {
		e = memchr(d + 1, '"', (size_t)(end > d ? end - d : 0));
		if (e == NULL || e == d + 1 || quoted_choice(e))
			return NULL;
		return imp_dupn(im, d + 1, (size_t)(e - d - 1));
	}
	for (e = d; *e != '\0' && *e != ' ' && *e != ',' && *e != ')'; e++)
		;
	while (e > d && (e[-1] == '.' || e[-1] == ':'))
		e--;
	/* "1 (or 2 on a server)": a choice */
	if (imp_starts_ci(e, " (or "))
		return NULL;
	/* "and set it to TRUE:": one word that ends the sentence, string
	 * data (the caller takes it only for a string type); "1a" said hex
	 * before or after it is a number */
	if (imp_read_number(im, d, 0xFFFFFFFFu, &extra) == NULL && !imp_set_datum_radix(im, d, *hex, &sd)) {
		const char *w = d;
		while (w < e && isalpha((unsigned char)*w))
			w++;
		if (!word_ok || w != e || e - d < 2 || e - d > 24 ||
		    !(*e == '\0' || ((*e == '.' || *e == ':') && imp_blank(e + 1))))
			return NULL;
		return imp_dupn(im, d, (size_t)(e - d));
	}
	/* "1 so that", "1 on every server", "10 hex"; not "1 means" */
	if (!imp_datum_goes_on(e, 1) && !imp_starts_ci(e + 1, "hex"))
		return NULL;
	return number_datum(im, d, e, hex);
}

/* "with a value of", "with a data value of", "with a hexadecimal value
 * of", "with a positive numeric value of": "with a", up to three words,
 * then "value of" or "data of".  Where the datum starts, or NULL; *hex
 * set (only then) to whether a word between says hexadecimal. */
static const char *with_a_value_of(const char *w, int *hex)
{
	const char *q = w + 7; /* "with a " */
	size_t words;
	int said_hex = 0, hex_word;

	for (words = 0; words <= 3; words++) {
		if (imp_starts_ci(q, "value of ") || imp_starts_ci(q, "data of ")) {
			*hex = said_hex;
			return strchr(q, ' ') + 4;
		}
		/* "a hex value of", not "a hexagon" */
		if (imp_radix_word(q, &hex_word) > 0 && hex_word)
			said_hex = 1;
		while (isalpha((unsigned char)*q) || *q == '-')
			q++;
		if (*q != ' ')
			return NULL;
		q++;
	}
	return NULL;
}

/* q (in p..) is inside brackets opened after p and not yet closed. */
static int in_brackets(const char *p, const char *q)
{
	int depth = 0;

	for (; p < q; p++)
		depth += *p == '(' ? 1 : *p == ')' && depth > 0 ? -1 : 0;
	return depth > 0;
}

/* The datum at d, unless the words after it give it to a value other
 * than name ("with a value of 1 for the Bar value:"). */
static const char *datum_of(struct imp *im, const char *d, const char *end, int *hex, int *quoted,
			    const char *name, int word_ok)
{
	const char *datum = datum_at(im, d, end, hex, quoted, word_ok), *f, *v;

	if (datum == NULL || *quoted)
		return datum;
	f = d + strlen(datum);
	if (!imp_starts_ci(f, " for the ") || (v = imp_ci_find(f, " value")) == NULL || v - f > 48)
		return datum;
	return name != NULL && imp_ci_find(f, name) != NULL && imp_ci_find(f, name) < v ? datum : NULL;
}

/* The word before q (within p) says hex: "a hexadecimal value of". */
static int hex_word_before(const char *p, const char *q)
{
	const char *w = imp_word_before(p, q, IMP_WORD_LETTERS, &q);
	int hex;

	return imp_radix_word(w, &hex) == (size_t)(q - w) && q > w && hex;
}

/* How the words asking for data stand to the request (datum_in()). */
enum ask_kind {
	ASK_JOINED,     /* "and set it to", "with data": joined to the
			   request's own verb */
	ASK_VERB,       /* "set it to", "assign the value": a verb of its
			   own, an ask only where an imperative clause opens */
	ASK_NOUN,       /* "value of": after "a" that follows a verb or a
			   word like "to" ("to a value of 1", "Add a
			   hexadecimal value of 3"); never "the value of
			   SlowMode", "the default value of", "A value of 1
			   means" */
	ASK_SET_NOUN,   /* "data value to": after "set the" or "change the" */
	ASK_WITH_SET,   /* "value set to": after "with the" */
};

/* The words asking for data, and how each stands to the request. */
static const struct {
	const char *w;
	enum ask_kind kind;
	int hex;        /* the words say the radix is hex */
} asks[] = {
	{ "with value data of ", ASK_JOINED, 0 }, { "with data ", ASK_JOINED, 0 },
	{ "and set it to ", ASK_JOINED, 0 }, { "and set its value to ", ASK_JOINED, 0 },
	{ "and set its data to ", ASK_JOINED, 0 }, { "and set the value to ", ASK_JOINED, 0 },
	{ "and set the data value to ", ASK_JOINED, 0 }, { "and give it a value of ", ASK_JOINED, 0 },
	{ "with the data ", ASK_JOINED, 0 }, { "and change the value to ", ASK_JOINED, 0 },
	{ "and change its value to ", ASK_JOINED, 0 },
	{ "assign the hexadecimal value ", ASK_VERB, 1 }, { "assign the decimal value ", ASK_VERB, 0 },
	{ "assign the hex value ", ASK_VERB, 1 }, { "assign the data value ", ASK_VERB, 0 },
	{ "assign data value ", ASK_VERB, 0 }, { "assign it a value of ", ASK_VERB, 0 },
	{ "assign it the value ", ASK_VERB, 0 }, { "assign it the value of ", ASK_VERB, 0 },
	{ "assign the value ", ASK_VERB, 0 }, { "give it a value of ", ASK_VERB, 0 },
	{ "give it the value ", ASK_VERB, 0 }, { "give it the value of ", ASK_VERB, 0 }, { "set the value to ", ASK_VERB, 0 },
	{ "set it to ", ASK_VERB, 0 }, { "data value of ", ASK_NOUN, 0 }, { "value of ", ASK_NOUN, 0 },
	{ "data value to ", ASK_SET_NOUN, 0 }, { "value data to ", ASK_SET_NOUN, 0 },
	{ "value set to ", ASK_WITH_SET, 0 },
};

/* t is at ", which ...," or ", where ...," closed before q: past the
 * aside, to its closing comma ("TurboMode, which is not there at
 * first, to the key"); t when not. */
static const char *relative_aside_end(const char *t, const char *q)
{
	const char *w = imp_skip_ws(t + 1), *close;

	if (*t != ',' || !(imp_starts_word(w, "which") || imp_starts_word(w, "where")))
		return t;
	for (close = w; close < q && *close != ',' && *close != '(' && *close != ';'; close++)
		;
	return close < q && *close == ',' ? close : t;
}

/* The words of q's clause before q (from its start or its last clause
 * break, imp_clause_break()), from p at most, into buf: the words a phrase at q is asked by.
 * Asides in brackets closed before q are left out ("(without the
 * quotation marks), with a value of 1"), and so is a ", which ...,"
 * aside ("which is not there at first" says nothing of the ask). */
static size_t words_before(const char *p, const char *q, char *buf, size_t size)
{
	const char *s = p, *t;
	size_t n = 0;
	int depth = 0;

	for (t = q; t > p; t--)
		if (imp_clause_break(p, t - 1) > 0) {
			s = t;
			break;
		}
	if (q - s >= (ptrdiff_t)size)
		s = q - (size - 1);
	for (t = imp_skip_ws(s); t < q; t++) {
		if (*t == '(' || (*t == ')' && depth > 0)) {
			depth += *t == '(' ? 1 : -1;
			continue;
		}
		if (depth == 0)
			t = relative_aside_end(t, q);
		/* a phrase inside brackets is an aside (phrase_asked()), so
		 * every bracket here closes before q */
		if (depth == 0)
			buf[n++] = *t == '\t' || *t == '\n' ? ' ' : *t;
	}
	buf[n] = '\0';
	return n;
}

/* The last clause of w (after its last comma, semicolon or colon) opens
 * with a relative word: "which Setup later fills with", "whose data". */
static int relative_clause(const char *w)
{
	static const char *const relatives[] = { "which", "whose", "where", NULL };
	const char *c = w, *q;
	size_t i;

	for (q = w; *q != '\0'; q++)
		if (*q == ',' || *q == ';' || *q == ':')
			c = q + 1;
	c = imp_skip_ws(c);
	for (i = 0; relatives[i] != NULL; i++)
		if (imp_starts_word(c, relatives[i]))
			return 1;
	return 0;
}

/* "a" (or "an") ends w, or "a" or "the" before a radix word ("a
 * hexadecimal", "the hex"), and a word of the same clause stands before
 * it: "to a", "Add a", "is given a", "to the hex"; not "A value of 1
 * means", "the default", "the value of SlowMode". */
static int article_after_word(const char *w, size_t n)
{
	const char *a = imp_word_before(w, w + n, IMP_WORD_LETTERS, NULL);
	int radix = imp_radix_word(a, &(int){ 0 }) > 0;

	if (radix)
		a = imp_word_before(w, a, IMP_WORD_LETTERS, NULL);
	if (!imp_starts_word(a, "a") && !imp_starts_word(a, "an") && !(radix && imp_starts_word(a, "the")))
		return 0;
	while (a > w && a[-1] == ' ')
		a--;
	return a > w && isalpha((unsigned char)a[-1]);
}

/* w (its n characters) ends with "set the", "change the" or "set its",
 * the verb asked there. */
static int set_verb_ends(const char *w, size_t n)
{
	const char *e = w + n, *det = imp_word_before(w, e, IMP_WORD_LETTERS, NULL), *verb;

	if (!imp_starts_word(det, "the") && !imp_starts_word(det, "its"))
		return 0;
	verb = imp_word_before(w, det, IMP_WORD_LETTERS, NULL);
	return (imp_starts_word(verb, "set") || imp_starts_word(verb, "change")) && imp_verb_asked(w, verb);
}

/* A wish phrase at w opens a clause: the sentence's start, or after a
 * comma, "and", "or" or "then" ("; optionally, set", "and if desired,
 * give"); not "the optionally installed agent". */
static int wish_opens_clause(const char *buf, const char *w)
{
	static const char *const joins[] = { "and", "or", "then", NULL };
	const char *e = w;

	while (e > buf && e[-1] == ' ')
		e--;
	return e == buf || e[-1] == ',' || imp_word_before_is(buf, w, joins);
}

/* "if you want the proxy to wait," names what is wanted: a condition,
 * which the ask after it keeps; "if you want," and "if you want to,"
 * leave the ask to the reader. */
static int wish_names_object(const char *after)
{
	const char *w = imp_skip_ws(after);

	return isalpha((unsigned char)*w) && !imp_starts_word(w, "to");
}

/* buf holds a wish phrase, as whole words: the ask after it is an
 * option ("if you want, give it", "add it if you want, and set",
 * "optionally, set").  "optionally" only where it opens a clause, as it
 * may say how a thing was installed; "if you want" only where it names
 * nothing wanted. */
static int wish_in(const char *buf)
{
	static const char *const wishes[] = { "if you want", "if you wish", "if you like", "if you prefer",
					      "if desired", "optionally", NULL };
	const char *w;
	size_t i, l;

	for (i = 0; wishes[i] != NULL; i++)
		for (l = strlen(wishes[i]), w = buf; (w = imp_find_word(w, wishes[i])) != NULL; w += l)
			if ((strcmp(wishes[i], "optionally") != 0 || wish_opens_clause(buf, w)) &&
			    !(imp_starts_ci(wishes[i], "if you ") && wish_names_object(w + l)))
				return 1;
	return 0;
}

/* The phrase of the given kind at q (in p..) asks for data: nothing in
 * its sentence's words before it says no ("but never set it to 1", "do
 * not give it a value of 1", "without the value set to 1"), an option
 * ("You can set it to 1", "if you want, give it"), or a description
 * ("which Setup fills with the value set to 0", "the default value
 * of 0"); an aside in brackets asks nothing. */
static int phrase_asked(const char *p, const char *q, enum ask_kind kind)
{
	char buf[200];
	size_t n;

	if (in_brackets(p, q))
		return 0;
	n = imp_drop_lead_in(buf, words_before(p, q, buf, sizeof buf));
	if (imp_not_asked(buf, buf + n) || wish_in(buf) || relative_clause(buf))
		return 0;
	switch (kind) {
	case ASK_VERB:
		return imp_verb_asked(buf, buf + n);
	case ASK_NOUN:
		return article_after_word(buf, n);
	case ASK_SET_NOUN:
		return set_verb_ends(buf, n);
	case ASK_WITH_SET:
		return imp_phrase_ends_at(buf, buf + n, "with the ");
	default:
		return 1;
	}
}

/* The words asking for data that start at q (a word's start): the
 * longest of asks[] (-1 when none). */
static int ask_at(const char *q)
{
	size_t i, best_len = 0;
	int best = -1;

	for (i = 0; i < sizeof asks / sizeof asks[0]; i++)
		/* the words are written in lower case: most words of a
		 * sentence fail on their first letter */
		if (tolower((unsigned char)*q) == asks[i].w[0] && strlen(asks[i].w) > best_len &&
		    imp_starts_ci(q, asks[i].w)) {
			best = (int)i;
			best_len = strlen(asks[i].w);
		}
	return best;
}

/* "from 4.03 or 4.04 to "4.10"" at q (" from "): where the data it
 * ends with starts, or NULL (not "from the following key to ..."). */
static const char *from_to(const char *q, const char *end)
{
	const char *to = strstr(q + 6, " to ");

	if (imp_starts_ci(q + 6, "the ") || imp_starts_ci(q + 6, "this ") || imp_starts_ci(q + 6, "following") ||
	    to == NULL || to - q > 60 || to >= end)
		return NULL;
	return to + 4;
}

static const char *datum_in(struct imp *im, const char *p, const char *end, int *hex, int *quoted,
			    const char *name, int changes, int *stopped);

/* The rest of the sentence from d asks for a datum other than datum:
 * "and set it to 1, and then set it to 0 when the copy is done" asks
 * two, and the reader picks the one the fix ends on. */
static int other_datum_after(struct imp *im, const char *d, const char *end, const char *name, int changes,
			     const char *datum)
{
	const char *stop = d, *other;
	int hex = 0, quoted = 0, stopped = 0;

	while (stop < end && !(*stop == '.' && (stop[1] == ' ' || stop[1] == '\0')))
		stop++;
	/* "then set it to 0 when ...": asked, though not one datum */
	other = datum_in(im, d + 1, stop, &hex, &quoted, name, changes, &stopped);
	return stopped || (other != NULL && strcmp(other, datum) != 0);
}

/* The datum after words asking for data ("with a value of 1", "with a
 * data value of 0 (zero)", "and set it to 0x1", "with data 1"), in
 * p..end, for the value name: its copy, or NULL.  The asking words are
 * read in the order written; words that do not ask (negated, an option,
 * an aside, a description) or give no datum are passed over, and a
 * choice, a range or a quantity ends the reading with none.  "from X to
 * Y" is read only where the request changes a value (changes): after
 * "add" it gives a range.  *hex when the words say hexadecimal. */
static const char *datum_in(struct imp *im, const char *p, const char *end, int *hex, int *quoted,
			    const char *name, int changes, int *stopped)
{
	const char *q, *d, *datum;
	enum ask_kind kind;
	int i, word_ok;

	for (q = p; q < end; q++) {
		if (q > p && isalpha((unsigned char)q[-1]))
			continue;
		*hex = 0;
		word_ok = 0;
		if (imp_starts_ci(q, "with a ") && (d = with_a_value_of(q, hex)) != NULL && d < end) {
			kind = ASK_JOINED;
		} else if ((i = ask_at(q)) >= 0) {
			kind = asks[i].kind;
			d = q + strlen(asks[i].w);
			/* "assign the hex value 1a", "a hexadecimal value of
			 * 1a": the radix said before */
			*hex = asks[i].hex || hex_word_before(p, q);
			word_ok = kind != ASK_NOUN;
		} else if (changes && q > p && q[-1] == ' ' && imp_starts_word(q, "from") &&
			   (d = from_to(q - 1, end)) != NULL) {
			kind = ASK_JOINED;
		} else {
			continue;
		}
		if (d >= end || !phrase_asked(p, q, kind))
			continue;
		if ((datum = datum_of(im, d, end, hex, quoted, name, word_ok)) != NULL)
			return other_datum_after(im, d, end, name, changes, datum) ? NULL : datum;
		/* a number or quoted words that are not one datum, where
		 * the phrase is itself asked ("and set it to 0 to 3"); a
		 * described "It takes a value of 0 to 3; set it to 1" goes on */
		if ((kind == ASK_JOINED || kind == ASK_VERB) && (isdigit((unsigned char)*d) || *d == '"')) {
			if (stopped != NULL)
				*stopped = 1;
			return NULL;
		}
	}
	return NULL;
}

const char *imp_datum_asked(struct imp *im, const char *p, const char *end, int *hex, int *quoted,
			    const char *name)
{
	return datum_in(im, p, end, hex, quoted, name, 0, NULL);
}

/* The object of the verb ending at v_end, up to end: a list of names or
 * a value word then a name, with its type and data.  0 when unread. */
static int read_object(struct imp *im, const char *v_end, const char *end, struct request *r)
{
	static const char *const dets[] = { "the ", "a new ", "a ", "an ", "new ", NULL };
	static const char *const data_of[] = { "value data for the ", "data value for the ", "value data of the ",
					       "data value of the ", "data for the ", "data of the ", NULL };
	const char *p = imp_skip_ws(v_end), *to;
	size_t i;

	for (i = 0; dets[i] != NULL; i++)
		if (imp_starts_ci(p, dets[i])) {
			p += strlen(dets[i]);
			break;
		}
	/* "the value data for the X string value": its data is what is set */
	for (i = 0; data_of[i] != NULL; i++)
		if (imp_starts_ci(p, data_of[i])) {
			/* "delete the value data for X": X cleared, not deleted */
			if (r->verb == KV_DELETE)
				return 0;
			p += strlen(data_of[i]);
			break;
		}
	if (!value_then_name(im, p, end, r) && !unnamed_value(p, end, r)) {
		r->n_names = 0;
		r->type = NULL;
		if (!name_list(im, p, end, r))
			return 0;
	}
	/* the data may follow the key's place: "... in the following
	 * registry key, and set it to 1:" */
	r->data = datum_in(im, p, p + strlen(p), &r->hex, &r->quoted, r->n_names > 0 ? r->names[0] : NULL,
			   r->changes, NULL);
	/* "Set the Foo value to 1 in the following key"; after "add", "to
	 * 64" ends a range ("whose data may range from 1 to 64") */
	if (r->data == NULL && r->changes && r->n_names == 1 &&
	    (to = imp_ci_find(p, " to ")) != NULL && to < end) {
		int extra = 0;
		const char *d = to + 4, *e = d + strspn(d, "0123456789abcdefABCDEFxX");
		if (e > d && (e == end || *e == ' ' || *e == ',') &&
		    imp_read_number(im, d, 0xFFFFFFFFu, &extra) != NULL && (e == end || !isalpha((unsigned char)e[1])))
			r->data = imp_dupn(im, d, (size_t)(e - d));
	}
	return 1;
}

/* The sentence past the key's place at place names a second object of
 * the verb (", and then delete the Spool subkey:"): more is asked than
 * this reader drafts, so the request stays review. */
static int second_object(const char *place)
{
	const char *k = imp_ci_find(place + 1, " key"), *sub = imp_ci_find(place + 1, " subkey");

	if (sub != NULL && (k == NULL || sub < k))
		k = sub + 3;
	if (k == NULL)
		return 0;
	return names_an_object(k + 4, k + strlen(k), 0);
}

/* The values end present, so no value-absent check says what was
 * asked (kbimport_int.h). */
int imp_delete_undone(const char *place)
{
	static const char *const adds[] = { "add", "create", "re-create", "recreate", "re-add", NULL };
	size_t i;

	for (i = 0; adds[i] != NULL; i++)
		if (imp_has_word(place, adds[i]))
			return 1;
	return 0;
}

/* Sentence s (one sentence, the lead-in over a key) read as a request;
 * name_at gets where its object starts.  0 when it is not one. */
static int read_request(struct imp *im, const char *s, struct request *r, const char **name_at)
{
	const char *p, *end;
	size_t i, l;

	memset(r, 0, sizeof *r);
	for (p = s; *p != '\0'; p++) {
		if (p > s && isalpha((unsigned char)p[-1]))
			continue;
		for (i = 0; verbs[i].w != NULL; i++) {
			l = strlen(verbs[i].w);
			if (strncasecmp(p, verbs[i].w, l) == 0 && p[l] == ' ')
				break;
		}
		if (verbs[i].w == NULL || !imp_verb_asked(s, p))
			continue;
		if ((end = object_end(p + l)) == NULL)
			return 0;
		r->verb = verbs[i].verb;
		r->changes = strcmp(verbs[i].w, "set") == 0 || strcmp(verbs[i].w, "change") == 0 ||
			     strcmp(verbs[i].w, "modify") == 0;
		*name_at = p + l;
		return read_object(im, p + l, end, r) && !second_object(end) &&
		       !(r->verb == KV_DELETE && imp_delete_undone(end));
	}
	return 0;
}

/* Line n, under the key, goes on with the sentence ("from 1 to 0.") or
 * gives the value's data in one of its own ("Add a data value of 1 for
 * the new Foo string value."): fills r->data (a number or quoted words);
 * n, or 0 when the line says neither. */
static size_t data_said_after(struct imp *im, size_t n, struct request *r)
{
	const char *t = imp_skip_ws(imp_line_at(im, n)), *end = t + strlen(t), *q, *d = NULL;

	if (imp_starts_ci(t, "from ") && (q = strstr(t, " to ")) != NULL)
		d = q + 4;
	else if (imp_ci_find(t, r->names[0]) != NULL &&
		 ((q = imp_ci_find(t, "a data value of ")) != NULL || (q = imp_ci_find(t, "a value of ")) != NULL) &&
		 imp_ci_find(t, "value of ") < imp_ci_find(t, r->names[0]))
		d = imp_ci_find(q, "value of ") + 9;
	if (d == NULL || (r->data = datum_at(im, d, end, &r->hex, &r->quoted, 1)) == NULL)
		return 0;
	return n;
}

/* "Name the registry value X, and change the value to "Y"." under the
 * key ending at key_last: the name of the value a sentence added without
 * one, and its data when the sentence gives it.  Fills r (names[0],
 * data), *line the name's line; 0 when the line is not that. */
static int named_below(struct imp *im, size_t key_last, struct request *r, size_t *line)
{
	static const char *const names[] = { "Name the new registry value ", "Name the registry value ",
					      "Name the new value ", "Name the value ", "Name it ", NULL };
	struct kb_buf b = { 0 };
	const char *t, *after, *name;
	size_t n = key_last + 1, i, starts[2];
	int ok = 0;

	while (n < im->a->body_end && n < key_last + 3 && imp_blank(imp_line_at(im, n)))
		n++;
	if (n >= im->a->body_end || imp_blank(imp_line_at(im, n)))
		return 0;
	imp_join_lines(im, n, n + 1 < im->a->body_end ? n + 1 : n, &b, starts, 2);
	if (b.oom || b.p == NULL)
		goto out;
	t = imp_skip_ws(b.p);
	for (i = 0; names[i] != NULL; i++)
		if (imp_starts_ci(t, names[i]))
			break;
	if (names[i] == NULL || (name = one_name(im, t + strlen(names[i]), t + strlen(t), &after)) == NULL)
		goto out;
	r->names[0] = name;
	r->n_names = 1;
	*line = n;
	if (r->data == NULL)
		r->data = datum_in(im, after, after + strlen(after), &r->hex, &r->quoted, name, 1, NULL);
	ok = 1;
out:
	kb_buf_free(&b);
	return ok;
}

static const char *const set_verbs[] = { "set", "change", "modify", "give", "type", "assign", NULL };

/* The first word of set_verbs in sentence, or NULL. */
static const char *first_set_verb(const char *sentence)
{
	const char *p;
	size_t i;

	for (p = sentence; *p != '\0'; p++) {
		if (p > sentence && isalpha((unsigned char)p[-1]))
			continue;
		for (i = 0; set_verbs[i] != NULL; i++)
			if (imp_starts_word(p, set_verbs[i]))
				return p;
	}
	return NULL;
}

/* The first word of set_verbs in sentence, when it opens an imperative
 * clause; NULL otherwise. */
static const char *set_verb_asked(const char *sentence)
{
	const char *p = first_set_verb(sentence);

	return p != NULL && imp_verb_asked(sentence, p) ? p : NULL;
}

/* The sentence gives its datum as a step the fix does not end on, or as
 * one of several: an undo or a trial ("To restore the old behavior",
 * "to test", "set it back"), an example ("for example", "such as"), a
 * second set ("set it to 5; ..., set it to 1"), or a datum per role
 * ("1 on the server and 0 on each client"). */
static int datum_not_the_fix(const char *sentence, const char *verb)
{
	static const char *const words[] = { "restore", "undo", "revert", "old", "test", "testing", "back",
					     "original", "previous", "example", NULL };
	const char *q;
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (imp_has_word(sentence, words[i]))
			return 1;
	if (imp_ci_find(sentence, "such as") != NULL || imp_ci_find(sentence, "e.g.") != NULL ||
	    set_verb_asked(verb + 1) != NULL)
		return 1;
	/* "and 0 on each client", "and 2 for the others" */
	for (q = sentence; (q = imp_ci_find(q, " and ")) != NULL; q++) {
		const char *d = q + 5, *e = d;
		while (isxdigit((unsigned char)*e) || *e == 'x' || *e == 'X')
			e++;
		if (e > d && isdigit((unsigned char)*d) && (imp_starts_ci(e, " on ") || imp_starts_ci(e, " for ")))
			return 1;
	}
	return 0;
}

/* The sentence after the one under the key sets the value again
 * ("Later, when the copy ends, set it to 0."), asked or told: the first
 * datum is not where the fix ends. */
static int set_again_after(const char *next, const char *name)
{
	const char *v;

	for (v = next; (v = first_set_verb(v)) != NULL; v++) {
		const char *obj = imp_skip_ws(v + strcspn(v, " "));
		if (imp_starts_word(obj, "it") || imp_starts_word(obj, "its") || (name != NULL && imp_starts_ci(obj, name)) ||
		    (imp_starts_word(obj, "the") && name != NULL && imp_starts_ci(imp_skip_ws(obj + 3), name)))
			return 1;
	}
	return 0;
}

/* The sentence at line n asks for the data it gives: its verb opens an
 * imperative clause (not "Never set it", "Older gizmos set it", "You can
 * set it"); not a question, a note for one system ("NOTE: On Windows
 * 2000, set it to 2."), a choice ("to 1 if ..., or to 0"), nor a datum
 * the fix does not end on (datum_not_the_fix(), set_again_after(): the
 * next sentence on line n or n + 1). */
static int below_asks(const struct imp *im, size_t n, const char *name)
{
	char sentence[480], *stop, *next = NULL;
	const char *t = imp_skip_ws(imp_line_at(im, n)), *verb;
	size_t len, more;

	len = strlen(t);
	if (len >= sizeof sentence / 2)
		len = sizeof sentence / 2 - 1;
	memcpy(sentence, t, len);
	sentence[len] = '\0';
	if (n + 1 < im->a->body_end && !imp_blank(imp_line_at(im, n + 1))) {
		t = imp_skip_ws(imp_line_at(im, n + 1));
		more = strlen(t) < sizeof sentence - len - 2 ? strlen(t) : sizeof sentence - len - 2;
		sentence[len] = ' ';
		memcpy(sentence + len + 1, t, more);
		sentence[len + 1 + more] = '\0';
	}
	/* the sentence ends at its first stop followed by a space */
	for (stop = sentence; (stop = strpbrk(stop, ".?!")) != NULL; stop++)
		if (stop[1] == '\0' || stop[1] == ' ') {
			if (*stop == '?')
				return 0;
			if (stop[1] == ' ')
				next = stop + 2;
			stop[1] = '\0';
			break;
		}
	/* the set's own condition words (imp_set_condition_in()), not the
	 * delete readers' "when"/"where", which here mostly describe the
	 * value's purpose ("to make the agent start when Windows starts") */
	if (imp_starts_ci(sentence, "note") || imp_starts_ci(sentence, "on ") || imp_has_word(sentence, "or") ||
	    imp_set_condition_in(sentence))
		return 0;
	if ((verb = set_verb_asked(sentence)) == NULL || datum_not_the_fix(sentence, verb))
		return 0;
	return next == NULL || !set_again_after(next, name);
}

/* The data said in the sentence right under the key ("Set it to 1.",
 * "Change its value to 0x1."), read by kbimport_asks.c's prose reader:
 * a pronoun or the one name asked for.  Fills r->data; its line or 0. */
static size_t data_below(struct imp *im, const char *key, size_t key_last, struct request *r)
{
	struct value_spec v;
	const char *vk;
	size_t n = key_last + 1;

	while (n < im->a->body_end && n < key_last + 3 && imp_blank(imp_line_at(im, n)))
		n++;
	if (n >= im->a->body_end || imp_blank(imp_line_at(im, n)))
		return 0;
	if (!imp_prose_value(im, key, n, n + 1, &vk, &v) || v.data == NULL)
		return data_said_after(im, n, r);
	if (!below_asks(im, n, r->names[0]))
		return 0;
	/* the prose reader takes "it" for the path's last name (its
	 * value_key then the path's parent): here "it" is the value asked */
	if (vk != key) {
		const char *last = strrchr(key, '\\');
		if (last == NULL || v.name == NULL || strcasecmp(v.name, last + 1) != 0 ||
		    strlen(vk) != (size_t)(last - key) || strncasecmp(vk, key, strlen(vk)) != 0)
			return 0;
	} else if (v.name != NULL && strcasecmp(v.name, r->names[0]) != 0) {
		return 0;
	}
	r->data = v.data;
	return v.last > v.line ? v.last : v.line;
}

/* The type a datum implies (C11): "0x" or a radix word gives REG_DWORD. */
static const char *implied_type(const struct request *r)
{
	if (r->data != NULL && (r->hex || imp_starts_ci(r->data, "0x")))
		return "REG_DWORD";
	return NULL;
}

/* "-or-", "either ... or" near the lines: one of several ways. */
static int alternatives_near(const struct imp *im, size_t first, size_t last)
{
	size_t n;

	for (n = first > 3 ? first - 3 : 1; n <= last + 3 && n < im->a->body_end; n++)
		if (imp_ci_find(imp_line_at(im, n), "-or-") != NULL ||
		    imp_has_word(imp_line_at(im, n), "either"))
			return 1;
	return 0;
}

/* "add the string value" / "Foo" alone / "to the following registry
 * key:": a sentence broken around the value's name set out on its own
 * line, over the key at key_line.  The lines from the sentence's start
 * to the line over the key, and 1; 0 when the lines are not that. */
static int broken_around_name(const struct imp *im, size_t key_line, size_t *first, size_t *last)
{
	static const char *const places[] = { "to ", "in ", "from ", "under ", NULL };
	static const char *const nouns[] = { "value", "values", "entry", "entries", NULL };
	size_t lead, name, verb_line, len, i;
	const char *t;

	for (lead = key_line - 1; lead > im->a->body_first && imp_blank(imp_line_at(im, lead)); lead--)
		;
	t = imp_skip_ws(imp_line_at(im, lead));
	if (lead == key_line - 1 || !imp_opens_with(t, places) || imp_ci_find(t, "key") == NULL)
		return 0;
	for (name = lead - 1; name > im->a->body_first && imp_blank(imp_line_at(im, name)); name--)
		;
	if (name == lead - 1 || !imp_lone_name(imp_line_at(im, name), &len))
		return 0;
	for (verb_line = name - 1; verb_line > im->a->body_first && imp_blank(imp_line_at(im, verb_line)); verb_line--)
		;
	if (verb_line == name - 1 || verb_line <= im->a->body_first)
		return 0;
	t = imp_line_at(im, verb_line);
	len = imp_rtrim_len(t, strlen(t));
	for (i = 0; nouns[i] != NULL; i++) {
		size_t nl = strlen(nouns[i]);
		if (len > nl && t[len - nl - 1] == ' ' && strncasecmp(t + len - nl, nouns[i], nl) == 0)
			break;
	}
	if (nouns[i] == NULL)
		return 0;
	*first = imp_sentence_start(im, verb_line, verb_line >= 3 ? verb_line - 3 : 0);
	*last = lead;
	return 1;
}

/* The sentence over the key at key_line that may ask something of a
 * value: the lead-in ending with a colon (kbimport_keyact.c), or a
 * sentence broken around the value's name.  Its lines in *first..*last
 * and the verb class it must ask (KV_NONE: any this reader reads); 0
 * when there is none. */
static int request_lines(const struct imp *im, size_t key_line, size_t *first, size_t *last,
			 enum key_verb *verb)
{
	struct key_act ka;

	/* "to the following registry key:" alone asks nothing: its verb
	 * may stand above the name set out over it */
	if (imp_governing_act(im, key_line, &ka) && ka.line > 0 && ka.verb != KV_NONE) {
		if (ka.verb != KV_DELETE && ka.verb != KV_SET_VALUE)
			return 0;
		*first = imp_sentence_start(im, ka.line, ka.line >= 3 ? ka.line - 3 : 0);
		*last = ka.line;
		*verb = ka.verb;
		return 1;
	}
	*verb = KV_NONE;
	return broken_around_name(im, key_line, first, last);
}

/* The last sentence of text (a lead-in joined over its lines), past its
 * step's number ("2. Delete ..."). */
static const char *last_sentence(const char *text)
{
	const char *s = text, *q;

	for (q = text; (q = strstr(q, ". ")) != NULL; q += 2)
		if (isupper((unsigned char)q[2]))
			s = q + 2;
	while (isdigit((unsigned char)*s) || ((*s == '.' || *s == ')') && s > text && isdigit((unsigned char)s[-1])))
		s++;
	return imp_skip_ws(s);
}

/* name is taken as a value's name: not a placeholder ("<name>",
 * "ValueName", or one letter: "the X and Y values"). */
static int name_taken(const char *name)
{
	return !imp_has_placeholder(name) && !imp_placeholder_value_name(name) && strlen(name) >= 2;
}

/* Request r, read over the key at at (its last line key_last), drafted:
 * a value-absent check for each name deleted; for an add or a set, one
 * value with its type (written or implied) and one datum, words only for
 * a string.  How many checks were added. */
static size_t draft_request(struct imp *im, const struct imp_at *at, const char *key, size_t key_last,
			    struct request *r, size_t name_line)
{
	size_t i, placed = 0, data_last = 0, before = im->n_checks;
	struct value_spec v;

	if (r->verb == KV_DELETE) {
		for (i = 0; i < r->n_names; i++)
			if (imp_add_check_at(im, at, key, r->names[i], NULL, IE_VALUE_ABSENT, NULL, name_line) != NULL)
				placed++;
		return placed;
	}
	if (r->n_names != 1)
		return 0;
	if (r->data == NULL)
		data_last = data_below(im, key, key_last, r);
	if (r->type == NULL)
		r->type = implied_type(r);
	if (r->type == NULL || r->data == NULL || imp_data_is_choice(r->data))
		return 0;
	/* words ("TRUE") are data only for a string */
	if (imp_read_number(im, r->data, 0xFFFFFFFFu, &(int){ 0 }) == NULL && strcmp(r->type, "REG_SZ") != 0 &&
	    strcmp(r->type, "REG_EXPAND_SZ") != 0)
		return 0;
	v = (struct value_spec){ .name = r->names[0], .type = r->type, .data = r->data, .line = name_line,
				 .last = data_last, .exact = r->quoted };
	imp_value_checks(im, at, key, &v);
	return im->n_checks - before;
}

int imp_place_value_request(struct imp *im, const char *key, size_t key_line, size_t key_last)
{
	enum key_verb verb;
	struct request r;
	struct kb_buf b = { 0 };
	const struct imp_at at = { .key_line = key_line, .key_last = key_last, .repair = 1 };
	size_t first, last, starts[16], n_starts, i, name_line = 0, placed = 0;
	const char *s, *q, *name_at = NULL;

	/* "...\\*-LME-*": a wildcard names no one key */
	if (key == NULL || strncmp(key, "HKLM\\", 5) != 0 || imp_has_placeholder(key) || strpbrk(key, "*?") != NULL ||
	    !request_lines(im, key_line, &first, &last, &verb) || alternatives_near(im, first, key_last))
		return 0;
	n_starts = imp_join_lines(im, first, last, &b, starts, 16);
	if (b.oom || b.p == NULL || imp_suggests(b.p))
		goto out;
	s = last_sentence(b.p);
	if (!read_request(im, s, &r, &name_at) || (verb != KV_NONE && r.verb != verb) ||
	    (r.n_names == 0 && (r.verb != KV_SET_VALUE || !named_below(im, key_last, &r, &name_line))))
		goto out;
	for (i = 0; i < r.n_names; i++)
		if (!name_taken(r.names[i]))
			goto out;
	/* "entries" of Services, Policies: keys of their own */
	if (r.entries && imp_container_name(strrchr(key, '\\') + 1))
		goto out;
	/* cited on the line naming the (first) value */
	if (name_line == 0) {
		if ((q = strstr(name_at, r.names[0])) != NULL)
			name_at = q;
		name_line = imp_joined_line(first, starts, n_starts, (size_t)(name_at - b.p));
	}
	placed = draft_request(im, &at, key, key_last, &r, name_line);
out:
	kb_buf_free(&b);
	return placed > 0;
}
