/* kbimport_procedure.c: a value told over the steps of a procedure
 * (kbimport_int.h).  Articles seldom say a value in one place: a step
 * opens the key, the next names the value, a later one its type, the
 * last its data, each in its own words:
 *
 *   2. Locate the "A" and "B" values under the following key: ...
 *   3. Double-click the Frob Limit value.
 *   4. In the Radix area click Hex, in the Data box type "50".
 *   5. Set FrobLimit to zero.
 *   6. Change it to "REG_DWORD".  Change this value to 0.
 *
 * The reader goes through the steps one sentence at a time, carrying a
 * small state (the value or values the steps have named, the type) and
 * emits a value when an imperative sentence gives its data.  A sentence
 * that describes ("The default data type is REG_SZ", "By default this
 * value is set to 50 hex", "You will find that the value is 3", "If X
 * is ...") never fills the state: what the article says is there is not
 * what it asks for.  The dialog's own forms (the Value Name box, the Data
 * box, the radix) are kbimport_dialog.c's, read here per sentence. */
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

#define PROC_LINES 24
#define PROC_NAMES 8
#define PROC_SENTENCE 480
/* typed[]'s flag: digits typed into the DWORD editor with no radix named,
 * read as hex (kbimport_dialog.c, dword_typed) */
#define RADIX_DEFAULT 4
/* set_to()'s *string_said: the object is the editor's string ("change
 * the string to"); the data is a bare token, a datum only for a string */
#define STRING_SAID 1
#define STRING_BARE 2
/* The longest datum read bare ("PROGMAN.EXE") or on a line of its own
 * below "type the following:". */
#define BARE_DATUM_MAX 80
#define DATA_LINE_MAX 200

struct proc {
	const char *names[PROC_NAMES];  /* the value(s) the steps named */
	size_t n_names, name_line;
	const char *type;
	int type_from_radix;            /* only the DWORD editor has a radix */
	int await_name;                 /* a new value was made, its name
					   not typed yet */
	const struct value_spec *seed;
	struct value_spec *out;
	int typed[PROC_NAMES];          /* per out: 1 type said, 0 assumed,
					   2 read from the radix, 3 the
					   seed's; | RADIX_DEFAULT */
	/* values the steps make or type data for that no value in out
	 * holds: a name with no data read, or data with no type (placed
	 * as review items by imp_place_procedure_values) */
	struct { const char *name, *data; size_t line; int subkey; } unread[PROC_NAMES];
	size_t n_unread;
	size_t key_line, key_last;      /* the lines naming the key read */
	int editor_open;                /* a string editor is open: opened
					   ("On the Edit menu, click String.")
					   by this sentence or the last
					   imperative one, and not closed */
	int new_key;                    /* a step made a subkey: what the
					   steps set next is under it, not
					   under the key read */
	const char *maybe_name;         /* "Select Adapter.": a plain word
					   picked, a value's name only if
					   the next step opens its editor */
	size_t maybe_line;
	const char *picked;             /* "Select VNETSUP.": the one name
					   the last step picked, in any case */
	size_t picked_line;
	const char *subkey;             /* a key picked under the key read
					   (just before a new value is made,
					   or "Under K, select X"): the values
					   the steps set are under it */
	size_t subkey_line;
	size_t n_out, max;
};

/* The word at p (letters and '-') equals one of words, ignoring case. */
static int word_in(const char *p, const char *const *words)
{
	size_t i, l = 0;

	while (isalpha((unsigned char)p[l]) || p[l] == '-')
		l++;
	for (i = 0; words[i] != NULL; i++)
		if (strlen(words[i]) == l && strncasecmp(words[i], p, l) == 0)
			return 1;
	return 0;
}

static const char *const verbs[] = {
	"set", "change", "type", "enter", "add", "create", "click", "double-click", "select",
	"choose", "locate", "modify", "edit", "right-click", "highlight", "go", "navigate",
	"open", "make", "assign", "specify", "replace", "find", "expand", "reset", "follow",
	"press", "use", "rename", "update", "name", NULL,
};

/* Words that open a clause before the verb: "In the Data box, type 5",
 * "From the Edit menu, choose Add Value", "Then click OK". */
static const char *const leads[] = {
	"in", "on", "from", "for", "under", "using", "with", "at", "within", "then", "next",
	"now", "finally", "to", "when", "after", "once", "also", "and", NULL,
};

/* The subjects of a clause a lead word opens ("When you ...", "After
 * we ..."). */
static const char *const clause_subjects[] = { "you", "we", "they", NULL };

/* Verbs of a description: a clause holding one before any imperative
 * verb says what is, not what to do. */
static const char *const states[] = {
	"is", "are", "was", "were", "will", "would", "should", "can", "may", "might", "has",
	"have", "had", "does", "do", "appears", "appear", "shows", "contains", "must", NULL,
};

/* Sentence s (its step number dropped) asks the reader to do something:
 * its first word is a verb, or a verb follows a clause that opens it
 * ("In the Radix area click Hex"), before any verb of a description. */
static int imperative(const char *s)
{
	static const char *const never[] = { "if", "note", "notes", "important", "warning",
					     "caution", "example", "you", "by", NULL };
	const char *p, *c;
	size_t words;

	s = imp_skip_ws(s);
	if (word_in(s, never) || imp_ci_find(s, "by default") != NULL ||
	    imp_ci_find(s, "for example") != NULL)
		return 0;
	if (word_in(s, verbs))
		return 1;
	if (!word_in(s, leads))
		return 0;
	/* "When the dialog box appears, type X": the verb after the comma */
	if ((c = strchr(s, ',')) != NULL && c - s < 80 && word_in(imp_skip_ws(c + 1), verbs))
		return 1;
	for (p = s, words = 0; *p != '\0' && words < 10; words++) {
		while (*p != '\0' && *p != ' ')
			p++;
		p = imp_skip_ws(p);
		/* "When you set the value to 0, links stay open": a
		 * subject, so the verb is the clause's, and no verb
		 * followed its comma (read above) */
		if (word_in(p, states) || word_in(p, clause_subjects) || *p == ',')
			return 0;
		if (word_in(p, verbs))
			return 1;
	}
	return 0;
}

const char *imp_past_step_mark(const char *s)
{
	const char *p = imp_skip_ws(s), *q = p;

	while (isdigit((unsigned char)*q))
		q++;
	if (q == p && isalpha((unsigned char)*q) && (q[1] == '.' || q[1] == ')'))
		q++;
	if (q > p && (*q == '.' || *q == ')') && q[1] == ' ')
		return imp_skip_ws(q + 1);
	return p;
}

int imp_name_shaped(const char *p, size_t l)
{
	static const char *const not_names[] = { "DWORD", "String", "Binary", "Multi", "Expandable",
						 "New", "Default", "Following", "Value", "Data", "Key",
						 "The", "This", "That", "It", "Hex", "Decimal", NULL };
	const char *w = p, *e = p + l;
	size_t words = 0;

	if (l == 0 || l > 60)
		return 0;
	while (w < e) {
		const char *we = w;
		while (we < e && *we != ' ')
			we++;
		if (we == w || ++words > 5 || (!isupper((unsigned char)*w) && !isdigit((unsigned char)*w)) ||
		    imp_starts_ci(w, "REG_"))
			return 0;
		if (words == 1 && we == e && word_in(w, not_names))
			return 0;
		if (strcspn(w, ".,;:()\\\"") < (size_t)(we - w))
			return 0;
		w = we + (we < e);
	}
	return 1;
}

/* "Select SystemPages.", "Double-click MaxFrobs, and", "double-click
 * MaxFrobs:" over the key: a value picked by its name alone, written as names are (a capital inside a word of small
 * letters, a digit or '_': not "OK", "DWORD" or "Hex"); 1 with names[0].
 * "Right-click MaxFrobs, and then click Modify" picks one too, as later
 * articles write it: Modify opens a value's editor (a key has no such
 * command; "Right-click FrobSvc, point to New" picks a key). */
static size_t bare_pick(struct imp *im, const char *s, const char **names, const char **at)
{
	static const char *const picks[] = { "select ", "click ", "double-click ", "highlight ", "right-click ",
					     NULL };
	const char *p, *q, *e;
	size_t i, k;
	int lower, inner;

	for (i = 0; picks[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, picks[i])) != NULL; p++) {
			if (p > s && (isalpha((unsigned char)p[-1]) || p[-1] == '-'))
				continue;
			if (imp_starts_ci(p, "right-click ") && imp_find_word(s, "Modify") == NULL)
				continue;
			q = p + strlen(picks[i]);
			for (e = q; isalnum((unsigned char)*e) || *e == '_'; e++)
				;
			if (e - q < 3 || !isupper((unsigned char)*q) ||
			    !(*e == ',' || ((*e == '.' || *e == ';' || *e == ':') && (e[1] == ' ' || e[1] == '\0')) ||
			      *e == '\0'))
				continue;
			for (k = 1, lower = 0, inner = 0; q + k < e; k++) {
				lower |= islower((unsigned char)q[k]) != 0;
				inner |= isupper((unsigned char)q[k]) || isdigit((unsigned char)q[k]) || q[k] == '_';
			}
			if (!lower || !inner)
				continue;
			names[0] = imp_dupn(im, q, (size_t)(e - q));
			*at = q;
			return 1;
		}
	return 0;
}

/* "DWORD Value "Start"", "value MaxFrobs.", "String value "Foo"" at q: a
 * value named after the words for it; where the name starts (its copy in
 * *name), or NULL. */
static const char *noun_then_name(struct imp *im, const char *q, const char **name)
{
	static const char *const kinds[] = { "DWORD ", "String ", "Binary ", "REG_DWORD ", "REG_SZ ", NULL };
	const char *d, *e;
	size_t i;

	for (i = 0; kinds[i] != NULL; i++)
		if (imp_starts_ci(q, kinds[i])) {
			q += strlen(kinds[i]);
			break;
		}
	if (!imp_starts_ci(q, "value ") && !imp_starts_ci(q, "entry "))
		return NULL;
	q += 6;
	/* quoted, or one word written as names are (a capital inside) */
	if ((d = imp_said_word(im, q, &e)) == NULL || !isalpha((unsigned char)d[0]) || strchr(d, '\\') != NULL ||
	    (*q != '"' && !imp_name_shaped(d, strlen(d))) || (*q != '"' && strcspn(d + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == strlen(d + 1)))
		return NULL;
	e = imp_skip_ws(e);
	if (*e == '(' && strchr(e, ')') != NULL)
		e = imp_skip_ws(strchr(e, ')') + 1);
	if (!(*e == '\0' || *e == '.' || *e == ',' || imp_starts_ci(e, "and ") || imp_starts_ci(e, "under ") ||
	      imp_starts_ci(e, "in ")))
		return NULL;
	*name = d;
	return q;
}

/* A unit a value's name gives in brackets ("interval (minutes)"): of
 * time or size.  Not "hex" or "decimal", which say how the data is
 * written, as a type word ("(DWORD)", "(REG_DWORD)") does, nor a remark
 * ("(see note)", "(if present)"). */
static int unit_in_brackets(const char *w, const char *we)
{
	static const char *const units[] = { "ms", "millisecond", "milliseconds", "sec", "secs", "second",
					     "seconds", "min", "minute", "minutes", "hour", "hours", "day", "days",
					     "bytes", "K", "KB", "MB", "GB", "kilobytes", "megabytes", "gigabytes",
					     NULL };

	return imp_word_in(w + 1, (size_t)(we - w - 1), units);
}

/* "Locate the Frob interval (minutes) value under the following key":
 * the words from q to e (before " value") are a name with small words
 * or a unit in brackets, which imp_name_shaped() refuses in running
 * text.  Only the steps' own template vouches for them: the value is
 * picked "under" or "in the following key" right after, the name opens
 * with a capital and holds no article, pronoun or "or" (two values
 * offered: "the A or B value"), and no word with an apostrophe or a
 * slash ("the Frob service's Start value", "the TCP/IP keep alive
 * value": words about a value, not its name). */
static int template_name(const char *q, const char *e)
{
	static const char *const not_in[] = { "a", "an", "the", "this", "that", "these", "your", "its", "or",
					      "and", "new", "value", "following", "appropriate", "DWORD", "String",
					      "Binary", NULL };
	const char *w, *after = imp_skip_ws(e);
	size_t words = 0;

	if (!isupper((unsigned char)*q) || e - q > 60)
		return 0;
	if (!word_in(after, (const char *const[]){ "value", "entry", "parameter", NULL }))
		return 0;
	after = imp_skip_ws(after + strcspn(after, " "));
	if (!imp_starts_ci(after, "under the following ") && !imp_starts_ci(after, "in the following "))
		return 0;
	for (w = q; w < e; w = imp_skip_ws(w)) {
		const char *we = w;
		if (*w == '(') {
			/* one bracket, last, holding a unit: "(minutes)" */
			we = memchr(w, ')', (size_t)(e - w));
			if (we == NULL || we + 1 != e || we - w < 2 || !unit_in_brackets(w, we))
				return 0;
			break;
		}
		while (we < e && *we != ' ')
			we++;
		/* "the REG_DWORD x1FF value": a type and its data */
		if (++words > 7 || word_in(w, not_in) || imp_starts_ci(w, "REG_") ||
		    strcspn(w, ".,;:\\\"()'/") < (size_t)(we - w))
			return 0;
		w = we;
	}
	return words >= 2;
}

/* "the "A", "B", and "C" values", "the Frob Limit value", "the following
 * value: Foo" after a verb that picks: the names (up to max) and where
 * they are; 0 when the sentence picks none. */
static size_t picked_names(struct imp *im, const char *s, const char **names, size_t max,
			   const char **at)
{
	static const char *const picks[] = { "click the ", "select the ", "highlight the ",
					     "locate the ", "find the ", "modify the ", "edit the ",
					     "open the ", "add a ", "add an ", "create a ", "create an ",
					     NULL };
	static const char *const nouns[] = { "value", "values", "entry", "entries", "parameter",
					     "parameters", "registry", NULL };
	const char *p, *q, *e, *tq = NULL, *te = NULL;
	size_t i, n;

	for (i = 0; picks[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, picks[i])) != NULL; p++) {
			if (p > s && isalpha((unsigned char)p[-1]) && !imp_starts_ci(picks[i], "click"))
				continue;
			q = p + strlen(picks[i]);
			if (imp_starts_ci(q, "following value: ") || imp_starts_ci(q, "following value name: ") ||
			    imp_starts_ci(q, "following entry: ") || imp_starts_ci(q, "following registry entry: ") ||
			    imp_starts_ci(q, "following registry value: ")) {
				q = strchr(q, ':') + 1;
				if ((names[0] = imp_said_word(im, q, &e)) == NULL || !isalpha((unsigned char)names[0][0]))
					return 0;
				*at = q;
				return 1;
			}
			/* "Select the DWORD Value "Start"", "click the value
			 * MaxFrobs": the noun before the name */
			if ((e = noun_then_name(im, q, &names[0])) != NULL) {
				*at = e;
				return 1;
			}
			n = 0;
			if (*q == '"' || *q == '\'') {
				/* "A", "B", and "C" */
				char qc = *q;
				while (*q == qc && n < max) {
					e = strchr(q + 1, qc);
					if (e == NULL || e == q + 1 || e - q > 60)
						return 0;
					names[n++] = imp_dupn(im, q + 1, (size_t)(e - q - 1));
					q = e + 1;
					if (*q == ',')
						q++;
					q = imp_skip_ws(q);
					if (imp_starts_ci(q, "and "))
						q = imp_skip_ws(q + 4);
					else if (imp_starts_ci(q, "or "))
						return 0;
				}
				if (!word_in(q, nouns))
					return 0;
				*at = p;
				return n;
			}
			/* "the Frob Limit value" */
			for (e = q; *e != '\0' && e - q < 60; e++)
				if (*e == ' ' && word_in(e + 1, nouns))
					break;
			if (*e != ' ')
				continue;
			/* "the FrobCheck DWORD value": the type's word ends the
			 * words before the noun; the name is before it (the
			 * sentence's type is read on its own) */
			{
				size_t tl;
				if (imp_type_word_before(q, e, &tl) != NULL && (size_t)(e - q) > tl + 1 &&
				    e[-(ptrdiff_t)tl - 1] == ' ')
					e -= tl + 1;
			}
			if (!imp_name_shaped(q, (size_t)(e - q))) {
				/* "the Frob interval (minutes) value": kept
				 * for when nothing surer is picked */
				if (tq == NULL && template_name(q, e)) {
					tq = q;
					te = e;
				}
				continue;
			}
			names[0] = imp_dupn(im, q, (size_t)(e - q));
			*at = q;
			return 1;
		}
	/* "In the right pane, double-click Start": a value, however
	 * plainly named, for Registry Editor lists only values there */
	if ((names[0] = imp_values_pane_pick(im, s, at)) != NULL)
		return 1;
	/* a name picked alone ("double-click MaxFrobs") before words of
	 * several that only the template vouches for ("Find the Frob agent
	 * entry in the following key and double-click MaxFrobs:") */
	if ((n = bare_pick(im, s, names, at)) > 0 || tq == NULL)
		return n;
	names[0] = imp_dupn(im, tq, (size_t)(te - tq));
	*at = tq;
	return 1;
}

/* The condition s..e ("If the value is 692") is on the value's present
 * data: it names the value, its data or "it", with "is" or "equals". */
static int condition_on_the_value(const char *s, const char *e)
{
	static const char *const subjects[] = { "value", "data", "entry", "it", NULL };
	static const char *const states_of[] = { "is", "equals", "reads", NULL };
	char buf[96];

	if ((size_t)(e - s) >= sizeof buf)
		return 0;
	memcpy(buf, s, (size_t)(e - s));
	buf[e - s] = '\0';
	return imp_find_any_word(buf, subjects) != NULL && imp_find_any_word(buf, states_of) != NULL;
}

/* "Select Adapter.", "Highlight Version.": the whole sentence picks one
 * plain capitalised word, which may be a value's name or a button's or a
 * tab's; the caller takes it as a value only when the next step opens the
 * type's editor from the Edit menu.  The word, or NULL. */
static const char *title_pick(struct imp *im, const char *s)
{
	static const char *const picks[] = { "select ", "highlight ", "click ", "click on ", NULL };
	const char *q = NULL, *e;
	size_t i;

	for (i = 0; picks[i] != NULL && q == NULL; i++)
		if (imp_starts_ci(s, picks[i]))
			q = s + strlen(picks[i]);
	if (q == NULL || !isupper((unsigned char)*q))
		return NULL;
	for (e = q; isalnum((unsigned char)*e) || *e == '_'; e++)
		;
	/* a word with small letters ("OK" is a button), alone to the
	 * sentence's end */
	if (e - q < 3 || imp_editor_command(q, (size_t)(e - q)) ||
	    strcspn(q, "abcdefghijklmnopqrstuvwxyz") >= (size_t)(e - q) ||
	    !(*e == '\0' || (*e == '.' && *imp_skip_ws(e + 1) == '\0')))
		return NULL;
	return imp_dupn(im, q, (size_t)(e - q));
}

/* "Select VNETSUP.", "Click the Parameters key.", "Highlight
 * MSExchangeIS.": the one name sentence s picks, whatever its case (a
 * key's name may be all capitals), a button's or a menu's name aside.
 * Which pane it is picked in the sentence does not say; a new value made
 * right after it says it was a key (read_sentence()). */
static const char *picked_word(struct imp *im, const char *s)
{
	static const char *const picks[] = { "select the ", "highlight the ", "click the ", "click on the ",
					     "select ", "highlight ", "click ", "click on ", NULL };
	static const char *const nouns[] = { " key", " subkey", " folder", NULL };
	const char *q = NULL, *e, *t;
	size_t i;

	for (i = 0; picks[i] != NULL && q == NULL; i++)
		if (imp_starts_ci(s, picks[i]))
			q = s + strlen(picks[i]);
	if (q == NULL || !isalpha((unsigned char)*q))
		return NULL;
	for (e = q; isalnum((unsigned char)*e) || *e == '_' || *e == '-'; e++)
		;
	if (e - q < 3 || imp_editor_command(q, (size_t)(e - q)))
		return NULL;
	t = e;
	for (i = 0; nouns[i] != NULL; i++)
		if (imp_starts_ci(t, nouns[i]) && !isalpha((unsigned char)t[strlen(nouns[i])])) {
			t += strlen(nouns[i]);
			break;
		}
	/* the name alone to the sentence's end */
	if (!(*t == '\0' || (*t == '.' && *imp_skip_ws(t + 1) == '\0')))
		return NULL;
	return imp_dupn(im, q, (size_t)(e - q));
}

/* "Under MSFTPSVC, select Parameter ...", "Under the Frob key, click
 * Options.": sentence s picks a name under the key read, which it names
 * by its last name (a word of the key's own lines); the name picked, or
 * NULL.  Not a value picked there ("select the Frob value"). */
static const char *picked_under_key(struct imp *im, const struct proc *st, const char *s)
{
	static const char *const picks[] = { "select ", "click ", "highlight ", "open ", "expand ", NULL };
	const char *p, *e, *under;
	size_t i, n;
	int named = 0;

	if (!imp_starts_ci(s, "under "))
		return NULL;
	p = imp_skip_ws(s + 6);
	if (imp_starts_ci(p, "the "))
		p += 4;
	for (e = p; isalnum((unsigned char)*e) || *e == '_' || *e == '-'; e++)
		;
	if (e == p)
		return NULL;
	under = imp_dupn(im, p, (size_t)(e - p));
	for (n = st->key_line; under != NULL && n > 0 && n <= st->key_last && n < im->a->body_end; n++)
		if (imp_has_word(imp_line_at(im, n), under))
			named = 1;
	if (!named)
		return NULL;
	/* past " key," / " subkey," / " folder," to the verb */
	e = strchr(e, ',');
	if (e == NULL)
		return NULL;
	p = imp_skip_ws(e + 1);
	for (i = 0; picks[i] != NULL && !imp_starts_ci(p, picks[i]); i++)
		;
	if (picks[i] == NULL)
		return NULL;
	p = imp_skip_ws(p + strlen(picks[i]));
	if (imp_starts_ci(p, "the "))
		p += 4;
	for (e = p; isalnum((unsigned char)*e) || *e == '_' || *e == '-'; e++)
		;
	if (e - p < 2 || !isupper((unsigned char)*p) || imp_editor_command(p, (size_t)(e - p)) ||
	    imp_starts_ci(imp_skip_ws(e), "value"))
		return NULL;
	return imp_dupn(im, p, (size_t)(e - p));
}

/* The object of "set|change X to": a pronoun for the value the steps
 * named ("it", "this value", "the value of the key"), or a name. */
static int object_is_pronoun(const char *o, size_t l)
{
	static const char *const pron[] = { "it", "value", "entry", "data", "value data", "data value",
					    "value of the string", "string",
					    "value of the key", "value of this key", "value of it",
					    "value's data", "dword value", "string value",
					    "data of the value", "parameter", "setting", "value of the entry",
					    "value of this entry", NULL };

	return imp_word_in(o, l, pron);
}

/* "value of ", "string value for ", "DWORD data of " at the start of
 * o (before oe): where the name after them starts, or NULL. */
static const char *value_words_of(const char *o, const char *oe)
{
	static const char *const heads[] = { "value", "data", "value data", "data value", "string value",
					     "DWORD value", "string data", "DWORD data", NULL };
	static const char *const preps[] = { " of ", " for ", NULL };
	size_t i, j, hl;

	for (i = 0; heads[i] != NULL; i++) {
		hl = strlen(heads[i]);
		if (strncasecmp(o, heads[i], hl) != 0)
			continue;
		for (j = 0; preps[j] != NULL; j++)
			if (imp_starts_ci(o + hl, preps[j]) && o + hl + strlen(preps[j]) < oe)
				return o + hl + strlen(preps[j]);
	}
	return NULL;
}

/* "(reg_dword)", "(DWORD)": a type written in brackets, in any case. */
static const char *bracket_type(const char *p, size_t l)
{
	static const char *const types[][2] = {
		{ "REG_DWORD", "REG_DWORD" }, { "DWORD", "REG_DWORD" }, { "REG_SZ", "REG_SZ" },
		{ "REG_EXPAND_SZ", "REG_EXPAND_SZ" }, { "REG_MULTI_SZ", "REG_MULTI_SZ" },
		{ "REG_BINARY", "REG_BINARY" },
	};
	size_t i;

	for (i = 0; i < sizeof types / sizeof types[0]; i++)
		if (strlen(types[i][0]) == l && strncasecmp(types[i][0], p, l) == 0)
			return types[i][1];
	return NULL;
}

/* "to 1 to make the Shutdown button available": after the datum, what
 * the change is for: "to" and a word that opens no place (not "to the
 * following key", "to each server"), with no other number in the rest of
 * the sentence ("to 1 to enable it, or 0 to disable it" is a choice). */
static int purpose_after(const char *e)
{
	static const char *const places[] = { "the", "a", "an", "this", "that", "these", "those", "each",
					       "every", "all", "any", "your", NULL };
	size_t n;

	if (!imp_starts_ci(e, " to ") || !isalpha((unsigned char)e[4]) || imp_starts_any_word(e + 4, places) > 0)
		return 0;
	n = strcspn(e, ".;");
	return strcspn(e, "0123456789") >= n;
}

/* After "the value of" in sentence s, the name at n (l bytes) is a
 * registry value's: no word of it is a label's ("the value of Value
 * Data"), and the sentence names no other program's dialog ("on the
 * Tools menu, click Options, and then set the value of Cache Size"). */
static int value_after_of(const char *s, const char *n, size_t l)
{
	static const char *const labels[] = { "value", "data", "name", "type", "string", "key", "entry",
					      "setting", "parameter", "box", "field", NULL };
	static const char *const dialogs[] = { "dialog", "box", "tab", "Tools", "Options", NULL };
	char buf[128];

	if (l >= sizeof buf)
		return 0;
	memcpy(buf, n, l);
	buf[l] = '\0';
	return imp_find_any_word(buf, labels) == NULL && imp_find_any_word(s, dialogs) == NULL;
}

/* The bare token d (l bytes) reads as data: two letters or digits at
 * least ("..." and "-" are not), not an abbreviation of prose ("e.g.",
 * "i.e."), not a quantity ("30MB", "500ms": the value may not count in
 * that unit), not a placeholder ("C:\\xxx\\Frob"). */
static int word_shaped_datum(const char *d, size_t l)
{
	static const char *const units[] = { "KB", "MB", "GB", "K", "ms", "sec", "seconds", "bytes", NULL };
	char tok[BARE_DATUM_MAX + 1];
	size_t i, alnum = 0, digits;

	for (i = 0; i < l; i++)
		alnum += isalnum((unsigned char)d[i]) != 0;
	if (alnum < 2 || l >= sizeof tok)
		return 0;
	memcpy(tok, d, l);
	tok[l] = '\0';
	if (strcasecmp(tok, "e.g") == 0 || strcasecmp(tok, "i.e") == 0 || strcasecmp(tok, "etc") == 0 ||
	    imp_has_placeholder(tok))
		return 0;
	for (digits = 0; digits < l && isdigit((unsigned char)d[digits]); digits++)
		;
	if (digits > 0)
		for (i = 0; units[i] != NULL; i++)
			if (strcasecmp(tok + digits, units[i]) == 0)
				return 0;
	return 1;
}

/* "to PROGMAN.EXE.", "to VGA, and then click OK": data written bare, one
 * token that ends the sentence or the clause before its OK.  Only a
 * token that does not read as a word of prose (a capital, a digit or a
 * sign in it: not "to lowercase", "to reflect the path") and no
 * placeholder; NULL otherwise.  The caller keeps it for a string value
 * only. */
static const char *bare_string_datum(struct imp *im, const char *d, const char **end)
{
	/* (later articles "select" where earlier ones "click") */
	static const char *const oks[] = { "", ", and then click OK", ", and then choose OK", " and click OK",
					   " and choose OK", ", and click OK", ", and then select OK", " and select OK",
					   ", and select OK", NULL };
	const char *e = d, *t;
	size_t l, i;

	while (*e != '\0' && *e != ' ' && *e != ',')
		e++;
	l = (size_t)(e - d);
	if (l > 0 && d[l - 1] == '.' && *imp_skip_ws(e) == '\0')
		l--;
	if (l == 0 || l > BARE_DATUM_MAX || *d == '<' || *d == '"' || *d == '\'' || strcspn(d, "<>[]") < l ||
	    strspn(d, "abcdefghijklmnopqrstuvwxyz") == l || !word_shaped_datum(d, l))
		return NULL;
	t = d + l;
	if (*t == '.')
		t++;
	for (i = 0; oks[i] != NULL; i++) {
		size_t ol = strlen(oks[i]);
		const char *after = t + ol;
		if (strncasecmp(t, oks[i], ol) != 0)
			continue;
		if (*after == '.')
			after++;
		if (*imp_skip_ws(after) == '\0') {
			*end = after;
			return imp_dupn(im, d, l);
		}
	}
	return NULL;
}

/* The object o (l bytes) of "change ... to" is the string editor's
 * data in its own words: "the string", "the value data", "the data
 * value", "the value of the string", "the string value". */
static int object_is_data(const char *o, size_t l)
{
	static const char *const objs[] = { "string", "value data", "data value", "value of the string",
					    "string value", "value's data", "data", NULL };

	return imp_word_in(o, l, objs);
}

/* s is a step for later or one that takes a change back: "To undo the
 * change later, ...", "To remove Frob later, ...", "To revert, ...".
 * ("To restore the original shell, change the string to PROGMAN.EXE"
 * may be the fix itself.) */
static int undoes_later(const char *s)
{
	static const char *const words[] = { "undo", "later", "revert", NULL };

	return imp_find_any_word(s, words) != NULL;
}

/* "Set X to zero", "Change this value to 0", "Change it to "REG_DWORD"",
 * "change the data from 2 to 6", "Set the value of X to 0x1": what is set
 * (*name NULL for a pronoun) and what to (data, or a type in *type).
 * 0 when the sentence sets nothing plainly. */
static int set_to(struct imp *im, const char *s, const char **name, const char **data, const char **type,
		  int *hex, int *dword_said, int *string_said, const char **rest)
{
	static const char *const sv[] = { "set", "change", "modify", "reset", "update", NULL };
	const char *p, *o, *to, *d, *e = NULL, *oe;
	struct set_datum sd;
	size_t i, ol;

	for (p = s; *p != '\0'; p++) {
		if ((p > s && isalpha((unsigned char)p[-1])) || !word_in(p, sv))
			continue;
		if (p - s >= 3 && (imp_starts_ci(p - 3, "is ") || imp_starts_ci(p - 3, "be ")))
			continue;
		o = imp_skip_ws(p + strcspn(p, " "));
		to = strstr(o, " to ");
		if (to == NULL || to - o > 80 || memchr(o, '.', (size_t)(to - o)) != NULL)
			continue;
		oe = to;
		/* "change the data from 2 to 6" */
		for (e = o; e + 6 <= to; e++)
			if (imp_starts_ci(e, " from ")) {
				oe = e;
				break;
			}
		for (;;) {
			if (imp_starts_ci(o, "the "))
				o += 4;
			else if (imp_starts_ci(o, "this "))
				o += 5;
			else if (imp_starts_ci(o, "its "))
				o += 4;
			else
				break;
		}
		ol = oe > o ? (size_t)(oe - o) : 0;
		*name = NULL;
		*type = NULL;
		/* "Set DefaultMaxPacketSize (reg_dword), to 1012": the type in
		 * brackets after the name */
		if (ol > 0 && o[ol - 1] == ',')
			ol--;
		if (ol > 2 && o[ol - 1] == ')') {
			const char *b = memchr(o, '(', ol);
			const char *bt = b != NULL ? bracket_type(b + 1, (size_t)(o + ol - 1 - b - 1)) : NULL;
			if (bt != NULL) {
				*type = bt;
				ol = imp_rtrim_len(o, (size_t)(b - o));
			}
		}
		if (ol == 0)
			continue;
		oe = o + ol;
		/* "Change the value of the string to 1": the string the
		 * steps opened (the caller takes it for a REG_SZ when they
		 * named no type: Regedt32's String editor also edits a
		 * REG_EXPAND_SZ) */
		*string_said = (ol == 6 && strncasecmp(o, "string", 6) == 0) ||
			       (ol == 19 && strncasecmp(o, "value of the string", 19) == 0) ? STRING_SAID : 0;
		if (!object_is_pronoun(o, ol)) {
			size_t nl = ol;
			const char *n0 = o;
			/* "the value of X", "the data for X", "the string value
			 * for X", "the DWORD data of X" */
			const char *of = value_words_of(n0, oe);
			if (of != NULL) {
				n0 = of;
				if (imp_starts_ci(n0, "the "))
					n0 += 4;
				nl = (size_t)(oe - n0);
			}
			/* "the Frob value", "the "Frob" entry" */
			for (i = 0; i < 3; i++) {
				static const char *const tails[] = { " value", " entry", " parameter" };
				size_t tl = strlen(tails[i]);
				if (nl > tl && strncasecmp(n0 + nl - tl, tails[i], tl) == 0) {
					nl -= tl;
					if (nl > 9 && strncasecmp(n0 + nl - 9, " registry", 9) == 0)
						nl -= 9;
					break;
				}
			}
			/* "the FrobCheck DWORD value": the type's word between
			 * the name and its noun */
			if (i < 3 && *type == NULL) {
				size_t tw;
				const char *t = imp_type_word_before(n0, n0 + nl, &tw);
				if (t != NULL && nl > tw + 1 && n0[nl - tw - 1] == ' ') {
					*type = t;
					nl -= tw + 1;
				}
			}
			/* "the data for the SameAreaRule (REG_SZ) value": the
			 * type in brackets between the name and its noun */
			if (i < 3 && *type == NULL && nl > 2 && n0[nl - 1] == ')') {
				const char *b = memchr(n0, '(', nl);
				const char *bt = b != NULL ? bracket_type(b + 1, (size_t)(n0 + nl - 1 - b - 1)) : NULL;
				if (bt != NULL) {
					*type = bt;
					nl = imp_rtrim_len(n0, (size_t)(b - n0));
				}
			}
			if (nl >= 2 && (*n0 == '"' || *n0 == '\'') && n0[nl - 1] == *n0) {
				n0++;
				nl -= 2;
			} else if (!imp_name_shaped(n0, nl) ||
				   /* without "value" after it, one word shaped as a
				    * name ("PagedPoolSize", not "Windows NT"); "the
				    * value of Last Counter" may name a value of several
				    * words (value_after_of()) */
				   (i == 3 && (memchr(n0, ' ', nl) == NULL ?
					       strcspn(n0 + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") >= nl - 1 :
					       of == NULL)) ||
				   (i == 3 && of != NULL && !value_after_of(s, n0, nl))) {
				continue;
			}
			if (nl == 0)
				continue;
			*name = imp_dupn(im, n0, nl);
		}
		d = imp_skip_ws(to + 4);
		*hex = *dword_said = 0;
		*data = NULL;
		e = NULL;
		if (*d == '"' && imp_starts_ci(d + 1, "REG_")) {
			*type = imp_dialog_type(d, &e);
		} else if (imp_starts_ci(d, "REG_")) {
			*type = imp_dialog_type(d, &e);
		} else if (*d == '"') {
			*data = imp_said_word(im, d, &e);
		} else if (imp_set_datum(im, d, &sd)) {
			*data = sd.data;
			*hex = sd.hex;
			*dword_said = sd.dword_said;
			e = sd.end;
			/* "to 4 in the Data box": a word after the number may
			 * start a place the step's reader did not write for; a
			 * new clause is sure, and "to 1 to enable it", what the
			 * change is for (purpose_after()) */
			if (!sd.in_words && !sd.hex && !imp_datum_goes_on(e, 0) && !purpose_after(e))
				*data = NULL;
		} else if (*name == NULL && object_is_data(o, ol) && !undoes_later(s) &&
			   (*data = bare_string_datum(im, d, &e)) != NULL) {
			/* "Change the string to PROGMAN.EXE.", "change the value
			 * data to VGA": the editor's string, written bare; kept
			 * only for a string value (STRING_BARE).  Not "set it to
			 * Automatic", "change the setting to VGA": another
			 * program's words as often as the editor's */
			*string_said |= STRING_BARE;
		}
		if (*type != NULL || *data != NULL) {
			*rest = e != NULL ? e : d;
			return 1;
		}
	}
	return 0;
}

/* "change the value to 1 Binary", "to 25 Decimal": a number with the
 * radix of Regedt32's DWORD editor after it (Binary, Decimal, Hex), the
 * only editor that has one.  In binary only 0 and 1 read the same as in
 * decimal, which is how the data is read. */
static int number_then_radix(const char *s)
{
	static const char *const radixes[] = { "Binary", "Decimal", "Hex", "Hexadecimal", NULL };
	const char *p, *d;
	size_t i;

	for (p = s; (p = strpbrk(p, "0123456789")) != NULL; p = d) {
		for (d = p; isdigit((unsigned char)*d); d++)
			;
		if (p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '.' || p[-1] == 'x'))
			continue;
		if (*d != ' ')
			continue;
		for (i = 0; radixes[i] != NULL; i++)
			if (strncmp(d + 1, radixes[i], strlen(radixes[i])) == 0 &&
			    !isalpha((unsigned char)d[1 + strlen(radixes[i])]))
				break;
		if (radixes[i] == NULL)
			continue;
		if (i == 0 && !(d - p == 1 && (*p == '0' || *p == '1')))
			return 0;
		return 1;
	}
	return 0;
}

/* The type the sentence opens an editor or a value of (imp_menu_type()),
 * or, for "In the Radix area click Hex", the DWORD editor's: only it has
 * a radix (*radix 1).  NULL when none is named. */
static const char *sentence_type(const char *s, int *radix)
{
	const char *t;

	*radix = 0;
	if ((t = imp_menu_type(s)) != NULL)
		return t;
	if (number_then_radix(s)) {
		*radix = 1;
		return "REG_DWORD";
	}
	if (imp_has_word(s, "Radix") || ((imp_has_word(s, "Hex") || imp_has_word(s, "Hexadecimal") ||
					  imp_has_word(s, "Decimal")) &&
					 (imp_has_word(s, "option") || imp_has_word(s, "button") ||
					  imp_has_word(s, "click") || imp_has_word(s, "select")))) {
		*radix = 1;
		return "REG_DWORD";
	}
	return NULL;
}

/* "click DWORD, type "8"", "type 1, and then click OK": data typed into
 * the editor the steps opened, with no box named; NULL otherwise (and
 * for what is typed into the Value Name box). */
static const char *typed_in_editor(struct imp *im, const char *s)
{
	/* "Press 1 and then choose OK": Regedt32's old steps press the
	 * digits into the editor (a number only: "press ENTER", "press F5"
	 * press keys) */
	static const char *const verbs_typed[] = { "type ", "enter ", "specify ", "press ", NULL };
	const char *p, *d, *e;
	size_t i;

	for (i = 0; verbs_typed[i] != NULL; i++) {
		for (p = s; (p = imp_ci_find(p, verbs_typed[i])) != NULL; p++) {
			/* the verb of a clause: "click DWORD, type 8", "and then
			 * type 8", "For Data, enter 20000", not the noun of "the
			 * Data Type box" */
			if (p > s && !(p - s >= 2 && p[-2] == ',') && !(p - s >= 4 && imp_starts_ci(p - 4, "and ")) &&
			    !(p - s >= 5 && imp_starts_ci(p - 5, "then ")))
				continue;
			if ((d = imp_said_word(im, p + strlen(verbs_typed[i]), &e)) == NULL)
				continue;
			if (strcmp(verbs_typed[i], "press ") == 0 &&
			    (d[0] == '\0' || strspn(d, "0123456789") != strlen(d)))
				continue;
			e = imp_skip_ws(e);
			/* "(without the quotation marks)", "(Decimal)" */
			if (*e == '(' && strchr(e, ')') != NULL)
				e = imp_skip_ws(strchr(e, ')') + 1);
			/* "type "00010" for the string value" */
			if (*e == '\0' || *e == ',' || *e == '.' || imp_starts_ci(e, "and ") ||
			    imp_starts_ci(e, "for the "))
				return d;
		}
	}
	return NULL;
}

/* "type a new rule", "enter the following path", "type your server's
 * name": s asks to type something it does not spell out. */
static int reader_types(const char *s)
{
	static const char *const said[] = { "type a ", "type an ", "type the ", "type your ", "type in ",
					    "enter a ", "enter an ", "enter the ", "enter your ", NULL };

	return imp_cue_in(s, said) != NULL;
}

/* name, made by the steps at line (or typed data with no type), is
 * unread until a value in out holds it. */
static void mark_unread(struct proc *st, const char *name, const char *data, size_t line)
{
	size_t i;

	for (i = 0; i < st->n_unread; i++)
		if (strcasecmp(st->unread[i].name, name) == 0) {
			if (data != NULL)
				st->unread[i].data = data;
			return;
		}
	if (st->n_unread < PROC_NAMES) {
		st->unread[st->n_unread].name = name;
		st->unread[st->n_unread].data = data;
		st->unread[st->n_unread].subkey = st->new_key;
		st->unread[st->n_unread++].line = line;
	}
}

/* The article lists name as a REG_DWORD somewhere (a typed listing, a
 * REGEDIT line, a Value Name / Data Type block), under the key read. */
static int shown_dword(struct imp *im, const char *name, size_t key_line)
{
	const char *t = imp_type_shown_for(im, name, key_line, NULL);

	return t != NULL && strcmp(t, "REG_DWORD") == 0;
}

/* The subkey the steps picked (st->subkey), unless the key read
 * already ends in it: its lines name it as a word
 * ("click the Parameters key" under a tree that ends in Parameters). */
static const char *picked_subkey(const struct imp *im, const struct proc *st)
{
	size_t n;

	if (st->subkey == NULL)
		return NULL;
	for (n = st->key_line; n > 0 && n <= st->key_last && n < im->a->body_end; n++)
		if (imp_has_word(imp_line_at(im, n), st->subkey))
			return NULL;
	return st->subkey;
}

/* The value(s) the state names get data, read at data_line: each
 * becomes a value in out, when its type takes the data.  defaulted: the
 * data's radix is the DWORD editor's default (hex), none being said. */
static void emit(struct imp *im, struct proc *st, const char *data, int hex, int dword_said, int defaulted,
		 size_t data_line)
{
	size_t i, k;
	const char *type = st->type, *num;
	int extra = 0, assumed = 0, from_seed = 0;

	if (st->n_names == 0 || data == NULL || *data == '\0')
		return;
	/* "point to New, click Key, type "HTML"", then a value: under the
	 * new subkey, which the key read is not; a person places it */
	if (st->new_key) {
		if (st->seed == NULL)
			for (i = 0; i < st->n_names; i++)
				mark_unread(st, st->names[i], data, st->name_line);
		st->n_names = 0;
		return;
	}
	if (type == NULL && st->seed != NULL && st->seed->type != NULL) {
		type = st->seed->type;
		from_seed = 1;
	}
	if (type == NULL) {
		type = "REG_DWORD";
		assumed = 1;
	}
	/* (the QWORD editor of later Regedits reads its data as the DWORD
	 * editor does, hex by default, over 64 bits) */
	if (strcmp(type, "REG_DWORD") == 0 || strcmp(type, "REG_QWORD") == 0) {
		const char *typed_as = data;
		uint64_t max = strcmp(type, "REG_QWORD") == 0 ? UINT64_MAX : 0xFFFFFFFFu;
		if (hex && !imp_starts_ci(data, "0x"))
			data = imp_fmt(im, "0x%s", data);
		if (data == NULL || (num = imp_read_number(im, data, max, &extra)) == NULL || extra) {
			/* "In the Value Data box, type "ANSI"" with no type
			 * said: a value for a person (guide C11) */
			if (assumed && st->seed == NULL && typed_as != NULL)
				for (i = 0; i < st->n_names; i++)
					mark_unread(st, st->names[i], typed_as, st->name_line);
			return;
		}
		data = num;
	} else if (strcmp(type, "REG_SZ") != 0 && strcmp(type, "REG_EXPAND_SZ") != 0) {
		return;
	}
	for (i = 0; i < st->n_names && st->n_out < st->max; i++) {
		struct value_spec *v = &st->out[st->n_out];
		if (st->seed != NULL && strcasecmp(st->seed->name, st->names[i]) != 0)
			continue;
		/* "Locate the 'default' value": the key's unnamed value,
		 * which the rule names otherwise */
		if (strcasecmp(st->names[i], "default") == 0 || strcasecmp(st->names[i], "(default)") == 0)
			continue;
		/* "type 1" and no type said: REG_DWORD only where the article
		 * shows it, by a radix said, 0x data or the value typed
		 * elsewhere (guide C11); else a value for a person */
		if (assumed && !dword_said && !imp_starts_ci(data, "0x") &&
		    !shown_dword(im, st->names[i], st->key_line)) {
			mark_unread(st, st->names[i], data, st->name_line);
			continue;
		}
		memset(v, 0, sizeof *v);
		v->name = st->names[i];
		v->type = type;
		v->data = data;
		v->line = st->name_line;
		v->subkey = picked_subkey(im, st);
		/* read: no longer a value for a person */
		for (k = 0; k < st->n_unread; k++)
			if (strcasecmp(st->unread[k].name, v->name) == 0)
				st->unread[k] = st->unread[--st->n_unread];
		v->last = data_line > st->name_line ? data_line : 0;
		st->typed[st->n_out++] = (assumed ? 0 : from_seed ? 3 : st->type_from_radix ? 2 : 1) |
					 (defaulted ? RADIX_DEFAULT : 0);
	}
	st->n_names = 0;
	st->type = NULL;
	st->type_from_radix = 0;
}

/* "On the Edit menu, click Add Value", "point to New, and then click
 * DWORD Value", "Click String Value", "click New DWORD Value", "select
 * New > DWORD (32-bit) Value", "select New, then choose String Value": s
 * makes a
 * new value, whose name the steps type next (not "Click Add Key", not
 * "the Edit DWORD Value dialog box", which edits one). */
static int makes_value(const char *s)
{
	static const char *const kinds[] = { "DWORD Value", "DWORD (32-bit) Value", "String Value",
					     "Multi-String Value", "Expandable String Value", "Binary Value",
					     "QWORD Value", "QWORD (64-bit) Value", NULL };
	const char *p;
	size_t i;

	if (imp_ci_find(s, "Add Value") != NULL || imp_ci_find(s, "New Value") != NULL)
		return 1;
	for (i = 0; kinds[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, kinds[i])) != NULL; p++) {
			const char *b = p;
			while (b > s && b[-1] == ' ')
				b--;
			/* "select New > DWORD (32-bit) Value": later articles
			 * write the menu's path with '>' between its items */
			if (b > s && b[-1] == '>') {
				const char *a = b - 1;
				while (a > s && a[-1] == ' ')
					a--;
				if (a - s >= 3 && imp_starts_ci(a - 3, "New") && (a - 3 == s || !isalpha((unsigned char)a[-4])))
					return 1;
			}
			/* "click DWORD Value", "New, and then click String
			 * Value", "New DWORD Value" */
			if ((b - s >= 5 && imp_starts_ci(b - 5, "click")) || (b - s >= 3 && imp_starts_ci(b - 3, "New")) ||
			    (b - s >= 6 && imp_starts_ci(b - 6, "select")) ||
			    /* "select New, then choose String Value" (Windows
			     * 95's Registry Editor) */
			    (b - s >= 6 && imp_starts_ci(b - 6, "choose") && imp_has_word(s, "New")) ||
			    /* "click New and then point to DWORD Value", "click
			     * New, and then DWORD Value" */
			    (b - s >= 8 && imp_starts_ci(b - 8, "point to") && imp_has_word(s, "New")) ||
			    (b - s >= 4 && imp_starts_ci(b - 4, "then") && imp_has_word(s, "New")))
				return 1;
		}
	return 0;
}

/* After a step that makes a value: "Type "Foo" (without the quotation
 * marks), and then press ENTER", "Type Foo as the name", "type "Foo" for
 * the new string value name", "change the New Value #1 to Foo": the name
 * typed for it, or NULL when s types no single name.  (A new key's name:
 * kbimport_subkeys.c's imp_typed_key_name().) */
static const char *typed_value_name(struct imp *im, const char *s)
{
	static const char *const verbs_typed[] = { "type ", "enter ", "specify ", "rename it to ", "name it ",
						   "New Value #1 to ", "rename the new value to ",
						   "rename the value to ", "name the new value ", NULL };
	const char *p, *d, *e, *w;
	size_t i;

	/* "In this example, type ...": not the article's name; "In the
	 * string editor, type Printers": data, not a name */
	if (imp_ci_find(s, "example") != NULL || imp_ci_find(s, "editor") != NULL)
		return NULL;
	for (i = 0; verbs_typed[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, verbs_typed[i])) != NULL; p++) {
			if (p > s && isalpha((unsigned char)p[-1]))
				continue;
			/* "as type REG_DWORD", "the data type": the noun */
			if (p - s >= 3 && (imp_starts_ci(p - 3, "as ") || imp_starts_ci(p - 3, "of ")))
				continue;
			if (p - s >= 5 && (imp_starts_ci(p - 5, "data ") || imp_starts_ci(p - 5, "Data ")))
				continue;
			if ((d = imp_said_word(im, p + strlen(verbs_typed[i]), &e)) == NULL ||
			    !isalpha((unsigned char)d[0]) || strpbrk(d, "\\=;%<>") != NULL ||
			    imp_starts_ci(d, "REG_") || strcasecmp(d, "DWORD") == 0 || strcasecmp(d, "String") == 0)
				return NULL;
			e = imp_skip_ws(e);
			if (*e == '(' && strchr(e, ')') != NULL)
				e = imp_skip_ws(strchr(e, ')') + 1);
			if (*e == ',')
				e = imp_skip_ws(e + 1);
			if (*e == '\0' || *e == '.' || imp_starts_ci(e, "and press") ||
			    imp_starts_ci(e, "and then press") || imp_starts_ci(e, "then press"))
				return d;
			/* "as the name", "for the new string value name", "as the
			 * new value's name": the name field, in a few words */
			if (imp_starts_ci(e, "as ") || imp_starts_ci(e, "for ")) {
				for (w = e; *w != '\0' && *w != ',' && *w != '.' && w - e < 40; w++)
					if ((w == e || w[-1] == ' ') && imp_starts_ci(w, "name") &&
					    !isalpha((unsigned char)w[4]))
						return d;
			}
			return NULL;
		}
	return NULL;
}

/* The state names names[0..n) from now on, at line. */
static void name_values(struct proc *st, const char **names, size_t n, size_t line)
{
	size_t i;

	if (st->n_names != n || (n > 0 && strcasecmp(st->names[0], names[0]) != 0)) {
		st->type = NULL;
		st->type_from_radix = 0;
	}
	for (i = 0; i < n && i < PROC_NAMES; i++)
		st->names[i] = names[i];
	st->n_names = i;
	st->name_line = line;
}

/* The editor's box name (phrase) in s as a name of its own: "the String
 * box", "In the Edit String dialog box", not "the Connection String box"
 * or "the Metadata box" (another program's, whose name ends so). */
static int editor_box_named(const char *s, const char *phrase)
{
	const char *p;
	size_t l = strlen(phrase);

	for (p = s; (p = imp_ci_find(p, phrase)) != NULL; p += l) {
		const char *w = p;
		if (p > s && isalpha((unsigned char)p[-1]))
			continue;
		/* the word before: none, an article, or "In" */
		while (w > s && w[-1] == ' ')
			w--;
		if (w == s || imp_phrase_ends_at(s, w, "the") || imp_phrase_ends_at(s, w, "a") ||
		    imp_phrase_ends_at(s, w, "an") || imp_phrase_ends_at(s, w, "In") || w[-1] == ',')
			return 1;
	}
	return 0;
}

/* s asks for the string editor's data on the lines below: "Change the
 * string to the following and choose OK:", "In the String box, type the
 * following:", or "Type the following:" with the editor open
 * (editor_open).  Only where the sentence points at the editor's data:
 * "the string", "the value [data]" is what changes, or the box typed in
 * is the String or Value data box; not another place ("the Run box", "a
 * command prompt", "In the Frob Console", "the Path variable"), not a
 * multi-string, whose lines are entries.  *names_string: the sentence
 * names the string editor or box (the type where the steps gave none). */
static int asks_for_editor_data(const char *s, int editor_open, int *names_string)
{
	/* places other than the editor a line may be typed in (the
	 * editor's own words, "dialog box", "field", are no such place) */
	static const char *const elsewhere[] = { "Run", "command", "prompt", "Open", "Control", "Find", "Search",
						 "Explorer", "Start", "file", "folder", "Console", "Panel", "tab",
						 "program", NULL };
	static const char *const changes[] = { "change the string to the following", "change the value to the following",
					       "change the value data to the following", "change the data to the following",
					       "change the string value to the following", "set the string to the following",
					       "set the value to the following", "set the value data to the following", NULL };
	static const char *const boxes[] = { "String box", "String field", "Value data box", "Value data field",
					     "Data box", "Data field", "String Editor", "Edit String dialog", NULL };
	static const char *const stringy[] = { "String box", "String field", "String Editor", "Edit String dialog",
					       "the string to the following", "the string value to the following", NULL };
	/* a box, field, dialog or window: the editor's own only when named
	 * as one of boxes[] */
	static const char *const frames[] = { "box", "field", "dialog", "window", NULL };
	/* ("Add the following value:" once the string editor is open, or
	 * in its box: the data; elsewhere it adds a value by its name) */
	int ask, own_box = 0, typed = imp_ci_find(s, "type the following:") != NULL ||
				     imp_ci_find(s, "enter the following:") != NULL ||
				     imp_ci_find(s, "add the following value:") != NULL;
	size_t i;

	if (imp_ci_find(s, "multi") != NULL ||
	    (imp_ci_find(s, "the following:") == NULL && imp_ci_find(s, "the following and") == NULL &&
	     imp_ci_find(s, "add the following value:") == NULL))
		return 0;
	for (i = 0; boxes[i] != NULL && !own_box; i++)
		own_box = editor_box_named(s, boxes[i]);
	ask = typed && own_box;
	if (!ask) {
		for (i = 0; changes[i] != NULL && !ask; i++)
			ask = imp_ci_find(s, changes[i]) != NULL;
		ask |= typed && editor_open;
		if (imp_find_any_word(s, elsewhere) != NULL || (!own_box && imp_find_any_word(s, frames) != NULL))
			ask = 0;
	}
	for (i = 0, *names_string = 0; ask && stringy[i] != NULL; i++)
		*names_string |= imp_ci_find(s, stringy[i]) != NULL;
	return ask;
}

/* Under a sentence whose colon ends line colon_line: the data on the one
 * line of its own below (a blank line between allowed), indented, its
 * quotes and "(without the quotation marks)" taken off.  Not where
 * another data line follows or "where X is" defines part of it.  The
 * data and its line (*data_line), NULL otherwise. */
static const char *data_line_below(struct imp *im, size_t colon_line, size_t *data_line)
{
	const char *t, *q, *e;
	size_t l, d, m;

	t = imp_line_at(im, colon_line);
	if ((l = imp_rtrim_len(t, strlen(t))) == 0 || t[l - 1] != ':')
		return NULL;
	d = colon_line + 1;
	if (d < im->a->body_end && imp_blank(imp_line_at(im, d)))
		d++;
	if (d >= im->a->body_end)
		return NULL;
	t = imp_line_at(im, d);
	if (imp_blank(t) || (*t != ' ' && *t != '\t') || imp_numbered_step(t) || imp_ci_find(t, "HKEY") != NULL)
		return NULL;
	/* alone: the next line with words on it, past blanks, is a step,
	 * prose not indented as far as the data, or the step going on in a
	 * sentence ("Then click OK."); and it defines no part of the data
	 * ("where X is the drive ...") */
	for (m = d + 1; m < im->a->body_end && imp_blank(imp_line_at(im, m)); m++)
		;
	if (m < im->a->body_end) {
		const char *nx = imp_line_at(im, m), *nt = imp_skip_ws(nx);
		size_t nl = imp_rtrim_len(nt, strlen(nt));
		if (!imp_numbered_step(nx) && !imp_substep(nx) && imp_indent_of(nx) >= imp_indent_of(t) &&
		    !(isupper((unsigned char)*nt) && memchr(nt, ' ', nl) != NULL && nl > 0 && nt[nl - 1] == '.'))
			return NULL;
		if (imp_starts_ci(nt, "where "))
			return NULL;
	}
	t = imp_skip_ws(t);
	l = imp_rtrim_len(t, strlen(t));
	if (*t == '"' && (q = memchr(t + 1, '"', l - 1)) != NULL) {
		/* the quotes, and only "(without the quotation marks)" after */
		e = imp_skip_ws(q + 1);
		if (*e != '\0' && !imp_starts_ci(e, "(without the quotation marks)"))
			return NULL;
		t++;
		l = (size_t)(q - t);
	} else if (strchr(t, '"') != NULL || strchr(t, '(') != NULL) {
		return NULL;
	}
	if (l == 0 || l > DATA_LINE_MAX || t[l - 1] == ':')
		return NULL;
	t = imp_dupn(im, t, l);
	if (t == NULL || imp_has_placeholder(t))
		return NULL;
	*data_line = d;
	return t;
}

/* One sentence s (its text at offset off of the text joined from line
 * first).  lead_in: the sentence is before the key, where only the
 * values it names are read. */
static void read_sentence(struct imp *im, struct proc *st, const char *s, size_t first,
			  const size_t *starts, size_t n_starts, size_t off, int lead_in)
{
	const char *names[PROC_NAMES], *at = NULL, *after = NULL, *name, *data = NULL, *type = NULL, *t;
	const char *rest = NULL, *s0;
	size_t n, line = imp_joined_line(first, starts, n_starts, off), data_line;
	int hex = 0, dword_said = 0, string_said = 0, radix = 0, defaulted = 0, names_string = 0;
	int editor_was_open = st->editor_open;

	s0 = s;
	s = imp_past_step_mark(s);
	/* "If the value is 692, change the value to 600.": the condition
	 * describes what is there, the clause after its comma asks (guide
	 * C8); only the ask is read.  Only a condition on the value's own
	 * state: "If the system has one adapter, change ... Or, if it has
	 * two, ..." picks one case of several */
	if (imp_starts_ci(s, "if ") && (t = strchr(s, ',')) != NULL && t - s < 80 &&
	    word_in(imp_skip_ws(t + 1), verbs) && condition_on_the_value(s, t)) {
		off += (size_t)(imp_skip_ws(t + 1) - s);
		s = imp_skip_ws(t + 1);
	}
	/* "The String Editor dialog box appears.": the editor stays open */
	if (!imperative(s))
		return;
	st->editor_open = 0;
	if (lead_in) {
		/* "Locate the "A" and "B" values under the following key:" */
		if (imp_ci_find(s, "following") != NULL && (n = picked_names(im, s, names, PROC_NAMES, &at)) > 0)
			name_values(st, names, n,
				    imp_joined_line(first, starts, n_starts, off + (size_t)(at - s)));
		return;
	}
	if (imp_step_makes_key(s))
		st->new_key = 1;
	if (makes_value(s)) {
		/* "5. Select VNETSUP." then "6. On the Edit menu, select
		 * New, then choose String Value": the value is made in the
		 * key picked, under the key read */
		if (st->picked != NULL && st->subkey == NULL) {
			st->subkey = st->picked;
			st->subkey_line = st->picked_line;
		}
		name_values(st, names, 0, line);
		st->await_name = 1;
	}
	st->picked = picked_word(im, s);
	st->picked_line = line;
	/* "Under MSFTPSVC, select Parameter and find the DWord value": a
	 * key the tree shows under the key read, picked there */
	if (st->subkey == NULL && (t = picked_under_key(im, st, s)) != NULL) {
		st->subkey = t;
		st->subkey_line = line;
	}
	/* "click Add Value." then "Add the following value:" over the
	 * seed's name on a line of its own, joined into this sentence: the
	 * value made is the seed, and the steps after it give its type and
	 * data */
	if (st->await_name && st->seed != NULL && imp_has_word(s, st->seed->name)) {
		names[0] = st->seed->name;
		name_values(st, names, 1, st->seed->line);
		st->await_name = 0;
	}
	if ((name = imp_dialog_name(im, s, &after)) != NULL && name[0] != '\0' && strchr(name, '\\') == NULL) {
		names[0] = name;
		name_values(st, names, 1, line);
		st->await_name = 0;
		if (st->seed == NULL)
			mark_unread(st, name, NULL, line);
	} else if (st->await_name && imp_dialog_data(im, s) == NULL && (name = typed_value_name(im, s)) != NULL) {
		/* the new value's name, typed where Registry Editor put
		 * "New Value #1"; the type its step chose stays */
		const char *made = st->type;
		int made_radix = st->type_from_radix;
		names[0] = name;
		name_values(st, names, 1, line);
		st->type = made;
		st->type_from_radix = made_radix;
		st->await_name = 0;
		if (st->seed == NULL)
			mark_unread(st, name, NULL, line);
		return;
	} else if ((n = picked_names(im, s, names, PROC_NAMES, &at)) > 0 &&
		   !(n == 1 && st->n_names == 1 && strcasecmp(st->names[0], names[0]) == 0)) {
		/* (the value the steps just named, picked again to open its
		 * editor, "Type Frob, and then press ENTER" / "Right-click
		 * Frob, and then click Modify": still named where it was) */
		name_values(st, names, n, imp_joined_line(first, starts, n_starts, off + (size_t)(at - s)));
	}
	/* "3. Select Adapter." then "4. From the Edit menu, select DWORD.":
	 * the plain word picked is the value the editor opens on */
	if (st->maybe_name != NULL && imp_ci_find(s, "Edit menu") != NULL && imp_menu_type(s) != NULL) {
		names[0] = st->maybe_name;
		name_values(st, names, 1, st->maybe_line);
	}
	st->maybe_name = title_pick(im, s);
	st->maybe_line = line;
	/* "On the Edit menu, click DWORD and change the value from 0 to 1":
	 * the editor the sentence opens types what it sets */
	if ((t = sentence_type(after != NULL ? after : s, &radix)) != NULL &&
	    (st->type == NULL || !radix)) {
		st->type = t;
		st->type_from_radix = radix;
		/* "click String, and then click Cancel": closed again */
		st->editor_open = imp_string_type(t) && !imp_has_word(s, "Cancel");
	}
	if (set_to(im, s, &name, &data, &type, &hex, &dword_said, &string_said, &rest)) {
		size_t more;
		for (more = 0;; more++) {
			char next[PROC_SENTENCE];
			const char *of_at;
			if (name != NULL) {
				names[0] = name;
				name_values(st, names, 1, line);
			}
			if (type != NULL) {
				st->type = type;
				st->type_from_radix = 0;
			} else if ((string_said & STRING_SAID) && st->type == NULL) {
				st->type = "REG_SZ";
				st->type_from_radix = 0;
			}
			if (data != NULL && (string_said & STRING_BARE) && !imp_string_type(st->type))
				data = NULL;
			if (data != NULL)
				emit(im, st, data, hex, dword_said, 0, line);
			/* "change the A value to 1846 (decimal) and B value to
			 * 1847 (decimal)": the verb goes on to the next name */
			rest = imp_skip_ws(rest);
			if (*rest == '(' && strchr(rest, ')') != NULL)
				rest = imp_skip_ws(strchr(rest, ')') + 1);
			if (more >= 4 || !imp_starts_ci(rest, "and ") || imp_starts_ci(rest, "and then"))
				break;
			/* "set the value of Last Counter to 1 and Last Help to
			 * 2": a name of several words after "the value of"
			 * carries those words to the next name */
			snprintf(next, sizeof next, name != NULL && strchr(name, ' ') != NULL &&
				 (of_at = imp_ci_find(s, " value of ")) != NULL && of_at < rest ?
				 "set the value of %s" : "set %s", rest + 4);
			if (!set_to(im, next, &name, &data, &type, &hex, &dword_said, &string_said, &rest) || name == NULL ||
			    data == NULL)
				break;
			/* rest points into next: nothing past it is read */
			rest = "";
		}
		return;
	}
	if (st->n_names == 0)
		return;
	/* "click Add Value, type "Foo", click REG_SZ ...": what is typed
	 * after the name, not the name */
	data = imp_dialog_data(im, after != NULL ? after : s);
	if (data == NULL && st->type != NULL)
		data = typed_in_editor(im, after != NULL ? after : s);
	/* "click String, and then type the following:": opened in this one */
	if (st->editor_open)
		editor_was_open = 1;
	/* the colon after "the following", not one of a path before it or
	 * of the data after it */
	if (data == NULL && asks_for_editor_data(s, editor_was_open, &names_string) &&
	    (t = imp_ci_find(s, "the following")) != NULL && (t = strchr(t, ':')) != NULL &&
	    (data = data_line_below(im, imp_joined_line(first, starts, n_starts, off + (size_t)(t - s0)),
				    &data_line)) != NULL) {
		/* "Change the string to the following and choose OK:" over the
		 * data's own line: a string's only (the string editor the steps
		 * opened, or the String box the sentence names), not a row of
		 * the binary editor ("Change the value in the 0000 row to the
		 * following:") */
		if (st->type == NULL && names_string)
			st->type = "REG_SZ";
		if (imp_string_type(st->type)) {
			emit(im, st, data, 0, 0, 0, data_line);
			return;
		}
		data = NULL;
	}
	if (data == NULL) {
		/* "type a new rule", "type the following path:": the data is
		 * the reader's or on lines of its own; what is typed later in
		 * the procedure is no longer this value's */
		if (reader_types(s))
			st->n_names = 0;
		return;
	}
	/* the radix said beside the data; else the DWORD editor's default,
	 * hex, flagged in defaulted */
	if (st->type != NULL && (strcmp(st->type, "REG_DWORD") == 0 || strcmp(st->type, "REG_QWORD") == 0) &&
	    !imp_starts_ci(data, "0x"))
		data = imp_dword_typed(im, s, data, &defaulted);
	emit(im, st, data, 0, 0, defaulted, line);
}

/* Line s names a key: a path from a root ("HKEY_LOCAL_MACHINE\\...",
 * "HKLM\\..."), or a root opening the line (a tree drawn one name a
 * line).  A step that only names a root on its way down ("Open
 * HKEY_LOCAL_MACHINE, then open System, ...") names none. */
static int names_key(const char *s)
{
	const char *p;

	if (imp_ci_find(s, "HKLM\\") != NULL || imp_starts_ci(imp_skip_ws(s), "HKEY_"))
		return 1;
	for (p = s; (p = imp_ci_find(p, "HKEY_")) != NULL; p++) {
		const char *e = p + 5;
		while (isalpha((unsigned char)*e) || *e == '_')
			e++;
		if (*e == '\\' || *e == '/')
			return 1;
	}
	return 0;
}

/* The steps after a key: up to the next key, the next step that
 * introduces one ("4. Go to the following subkey:"), the end of the
 * section, the step that quits Registry Editor, or PROC_LINES lines. */
static size_t proc_end(const struct imp *im, size_t from)
{
	size_t n;

	for (n = from; n < im->a->body_end && n < from + PROC_LINES - 1; n++) {
		const char *s = imp_line_at(im, n);
		size_t l = imp_rtrim_len(s, strlen(s));
		if (names_key(s) ||
		    imp_section_of(im, n) != imp_section_of(im, from) ||
		    (l > 0 && s[l - 1] == ':' && imp_numbered_step(s) &&
		     (imp_has_word(s, "key") || imp_has_word(s, "subkey"))))
			break;
		if (imp_leaves_registry_editor(s))
			return n + 1;
	}
	return n;
}

/* Lines first..last read sentence by sentence into st. */
static void read_lines(struct imp *im, struct proc *st, size_t first, size_t last, int lead_in)
{
	struct kb_buf b = { 0 };
	size_t starts[PROC_LINES], n_starts, i, k, s0;
	char sent[PROC_SENTENCE];

	if (first < im->a->body_first)
		first = im->a->body_first;
	if (last < first)
		return;
	n_starts = imp_join_lines(im, first, last, &b, starts, PROC_LINES);
	if (b.oom || b.p == NULL) {
		kb_buf_free(&b);
		return;
	}
	for (s0 = 0, i = 0; i <= b.len; i++) {
		int end = i == b.len;
		/* a numbered step's line opens a sentence of its own */
		for (k = 1; !end && k < n_starts; k++)
			if (starts[k] == i && i > s0 && imp_numbered_step(imp_line_at(im, first + k)))
				end = 1;
		if (!end && (b.p[i] == '.' || b.p[i] == '?' || b.p[i] == '!') && b.p[i + 1] == ' ') {
			/* "3. In the": the step's number, not a sentence */
			const char *m = imp_past_step_mark(b.p + s0);
			end = m <= b.p + i;
			if (end)
				i++;
		}
		if (!end)
			continue;
		/* the sentence's line is its first word's, not a blank's */
		while (s0 < i && b.p[s0] == ' ')
			s0++;
		if (i > s0) {
			size_t l = i - s0 < sizeof sent - 1 ? i - s0 : sizeof sent - 1;
			memcpy(sent, b.p + s0, l);
			sent[l] = '\0';
			read_sentence(im, st, sent, first, starts, n_starts, s0, lead_in);
		}
		s0 = i;
	}
	kb_buf_free(&b);
}

/* The line after the key's last one goes on with its path
 * ("...\\Microsoft\\Window" / "MessagingSubSystem\\Application"): the key
 * was read short, and a value drafted under it would be under the wrong
 * key. */
static int continued_path(const struct imp *im, size_t key_last)
{
	const char *s;

	if (key_last + 1 >= im->a->body_end)
		return 0;
	s = imp_skip_ws(imp_line_at(im, key_last + 1));
	return strchr(s, '\\') != NULL && strchr(s, ' ') == NULL && !imp_starts_ci(s, "HKEY_");
}

/* The steps around the key at key_line..key_last read one sentence at a
 * time, carrying the value(s) a step names, the type and the data from
 * one step to the next ("Double-click the X value." / "In the Radix area
 * click Hex, in the Data box type 50"; "Set X to zero."); only imperative
 * sentences fill them, never a description ("by default", "is", "if").
 * Reads lines from..to (0, 0: from the key's lead-in to the end of its
 * steps).  seed: a value another reader left with no data (name, type),
 * completed only from the steps; NULL for any value.  Fills out[] (at
 * most max) with values that have their data, and typed[] (NULL: not
 * wanted) with 1 when the steps name the type, 0 when REG_DWORD is
 * assumed for a number, 2 when it is read from the DWORD editor's radix,
 * 3 when it is the seed's, each with RADIX_DEFAULT added when the data
 * is read in the DWORD editor's default radix; returns how many.  The
 * reader's state goes to *st_out (NULL: not wanted), cleared first. */
static size_t read_procedure(struct imp *im, struct proc *st_out, size_t key_line, size_t key_last, size_t from,
			     size_t to, const struct value_spec *seed, struct value_spec *out, size_t max, int *typed)
{
	struct proc st;

	memset(&st, 0, sizeof st);
	st.key_line = key_line;
	st.key_last = key_last;
	st.seed = seed;
	st.out = out;
	st.max = max < PROC_NAMES ? max : PROC_NAMES;
	if (st_out != NULL)
		memset(st_out, 0, sizeof *st_out);
	if (continued_path(im, key_last))
		return 0;
	if (seed != NULL && seed->name != NULL) {
		st.names[0] = seed->name;
		st.n_names = 1;
		st.name_line = seed->line;
	} else {
		st.seed = NULL;
	}
	/* "Locate the X value under the following key:" before the key
	 * names what the steps right after it set */
	if (from == 0 || from == key_last + 1) {
		size_t lead = imp_ask_window_start(im, key_line);
		if (lead < key_line)
			read_lines(im, &st, lead, key_line - 1, 1);
		from = key_last + 1;
	}
	if (to == 0)
		to = proc_end(im, from) - 1;
	if (to >= from)
		read_lines(im, &st, from, to, 0);
	if (typed != NULL)
		memcpy(typed, st.typed, st.n_out * sizeof *typed);
	if (st_out != NULL)
		*st_out = st;
	return st.n_out;
}

/* The review item saying where a value's type comes from, when the
 * steps do not name it (typed: as read_procedure() gives it). */
static void type_note(struct imp *im, const struct value_spec *v, int typed)
{
	typed &= ~RADIX_DEFAULT;
	if (typed == 0)
		imp_review(im, v->line, T_CHECKS, 0,
		       imp_fmt(im, "value '%s': the steps give no type; REG_DWORD is read from its data (0x, a radix) or from where the article shows it typed: check it", v->name));
	else if (typed == 2)
		imp_review(im, v->line, T_CHECKS, 0,
		       imp_fmt(im, "value '%s': the steps give no type; REG_DWORD is read from the radix (Hex, Decimal) that only the DWORD editor has", v->name));
}

/* The value block vb (may be NULL) names name. */
static int block_names(const struct value_block *vb, const char *name)
{
	size_t j;

	for (j = 0; vb != NULL && j < vb->nv; j++)
		if (vb->v[j].name != NULL && strcasecmp(vb->v[j].name, name) == 0)
			return 1;
	return 0;
}

/* The caller has given value name on line its review item already
 * (reported, may be NULL): one item a value. */
static int reported_on(const struct value_spec *reported, size_t line, const char *name)
{
	return reported != NULL && reported->line == line && reported->name != NULL &&
	       strcasecmp(reported->name, name) == 0;
}

/* Key c is key with subkey under it ("...\\VxD\\VNETSUP"), in any case. */
static int key_then_subkey(const char *c, const char *key, const char *subkey)
{
	size_t kl = strlen(key);

	return strncasecmp(c, key, kl) == 0 && c[kl] == '\\' && strcasecmp(c + kl + 1, subkey) == 0;
}

size_t imp_place_procedure_values(struct imp *im, const struct imp_at *at, const char *key, size_t key_line, size_t key_last,
				  size_t from, size_t to, const struct value_block *vb,
				  const struct value_spec *reported)
{
	struct value_spec pv[PROC_NAMES];
	int typed[PROC_NAMES];
	struct proc st;
	size_t i, j, placed = 0,
	       n = read_procedure(im, &st, key_line, key_last, from, to, NULL, pv, PROC_NAMES, typed);
	/* a step asks for these values; the caller's own values keep the
	 * caller's reading of whether they are asked for */
	struct imp_at step_at = *at;

	step_at.repair = 1;
	/* the data is what a step asks for, whatever the lines near it
	 * document (imp_why_shown()) */
	step_at.recommended = 1;

	for (i = 0; i < n; i++) {
		/* "Change GlobalFlag to 23000. For example:" over a block
		 * giving the value in full: the block's reading is the one */
		for (j = 0; vb != NULL && j < vb->nv; j++)
			if (vb->v[j].name != NULL && strcasecmp(vb->v[j].name, pv[i].name) == 0)
				break;
		/* ... unless the block gives a range ("In hexadecimal, the
		 * full range is X REG_DWORD 0xE10 - 0x8CA0") and the step the
		 * one datum the article asks */
		if (vb != NULL && j < vb->nv &&
		    !(vb->v[j].data != NULL && imp_data_is_choice(vb->v[j].data)))
			continue;
		/* another reader drafted this value: its reading stands */
		for (j = 0; j < im->n_checks; j++)
			if (im->checks[j].value != NULL && strcasecmp(im->checks[j].value, pv[i].name) == 0 &&
			    (strcasecmp(im->checks[j].key, key) == 0 ||
			     (pv[i].subkey != NULL && key_then_subkey(im->checks[j].key, key, pv[i].subkey))))
				break;
		if (j < im->n_checks)
			continue;
		/* "...\\Params\\Mode" then "Change the Mode parameter to 0":
		 * the key itself or a value of that name is a guess */
		if (imp_key_ends_in(key, pv[i].name)) {
			imp_review(im, pv[i].line, T_CHECKS, 0,
			       imp_fmt(im, "value '%s' has the name of the key's last part (%s): is it that key's own value or a value under it? write its check by hand",
				   pv[i].name, key));
			continue;
		}
		placed++;
		if (pv[i].subkey != NULL)
			imp_review(im, pv[i].line, T_CHECKS, 0,
			       imp_fmt(im, "value '%s' is set in '%s', which the steps select under %s (line %zu): its check is under %s\\%s; check it",
				   pv[i].name, pv[i].subkey, key, st.subkey_line, key, pv[i].subkey));
		if (typed[i] & RADIX_DEFAULT)
			pv[i].data = imp_dword_radix_default(im, pv[i].last > pv[i].line ? pv[i].last : pv[i].line,
							     pv[i].name, pv[i].data);
		type_note(im, &pv[i], typed[i]);
		imp_review(im, pv[i].line, T_CHECKS, 0,
		       imp_fmt(im, "value '%s' is read from the steps after the key (lines %zu-%zu): check its name, type and data",
			   pv[i].name, pv[i].line, pv[i].last > pv[i].line ? pv[i].last : pv[i].line));
		imp_value_checks(im, &step_at, key, &pv[i]);
	}
	/* "Click String Value, type "Foo", and then press ENTER" then
	 * "Enter the extensions you want": a value the steps make whose data
	 * (or type) they do not give plainly; a person writes its check */
	for (i = 0; i < st.n_unread; i++) {
		for (j = 0; j < im->n_checks; j++)
			if (im->checks[j].value != NULL && strcasecmp(im->checks[j].value, st.unread[i].name) == 0)
				break;
		/* the caller's block reads its own values; one the steps
		 * type beside it is still a person's (guide C11) */
		if (j < im->n_checks || block_names(vb, st.unread[i].name) ||
		    reported_on(reported, st.unread[i].line, st.unread[i].name))
			continue;
		if (st.unread[i].subkey) {
			imp_review(im, st.unread[i].line, T_CHECKS, 0,
			       imp_fmt(im, "value '%s' is set by the steps under a subkey of %s that they make first: write its check by hand, under that subkey",
				   st.unread[i].name, key));
			continue;
		}
		imp_review(im, st.unread[i].line, T_CHECKS, 0, st.unread[i].data != NULL ?
		       imp_fmt(im, "value '%s' under %s: the steps type '%s' for it but give no type: write its check by hand",
			   st.unread[i].name, key, st.unread[i].data) :
		       imp_fmt(im, "value '%s' under %s is made by the steps, with no data the import could read: write its check by hand",
			   st.unread[i].name, key));
	}
	return placed;
}

int imp_procedure_complete(struct imp *im, size_t key_line, size_t key_last, size_t from, size_t to,
			   struct value_spec *v)
{
	struct value_spec pv;
	size_t data_line;
	int typed;

	/* (a value made in a subkey the steps select is not the one under
	 * the key that the caller completes) */
	if (v->name == NULL || v->data != NULL ||
	    read_procedure(im, NULL, key_line, key_last, from, to, v, &pv, 1, &typed) == 0 || pv.subkey != NULL)
		return 0;
	if (typed & RADIX_DEFAULT)
		pv.data = imp_dword_radix_default(im, pv.last > 0 ? pv.last : pv.line, v->name, pv.data);
	typed &= ~RADIX_DEFAULT;
	if (v->type == NULL)
		type_note(im, &pv, typed);
	/* "The default data type is REG_SZ. Change it to REG_DWORD": the
	 * type a step sets, not the one another reader took from a
	 * description */
	if ((typed == 1 || typed == 2) && v->type != NULL && strcasecmp(v->type, pv.type) != 0) {
		imp_review(im, v->line, T_CHECKS, 0,
		       imp_fmt(im, "value '%s': its type is read as %s from the steps, not %s: check it",
			   v->name, pv.type, v->type));
		v->type = pv.type;
	}
	imp_review(im, v->line, T_CHECKS, 0,
	       imp_fmt(im, "value '%s': its data '%s' is read from the step on line %zu: check it",
		   v->name, pv.data, pv.last > 0 ? pv.last : pv.line));
	v->data = pv.data;
	if (v->type == NULL)
		v->type = pv.type;
	/* the step that names the value again ("Set X to 1") is its
	 * data's line */
	data_line = pv.last > 0 ? pv.last : pv.line;
	if (data_line > v->line && data_line > v->last)
		v->last = data_line;
	return 1;
}
