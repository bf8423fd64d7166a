/* kbimport_dialog.c: a value added through Registry Editor's Add Value
 * dialog, told over the steps after its key (kbimport_int.h):
 *
 *   2. On the Edit menu, click Add Value, and type Foo in the Value Name box.
 *   3. In the Data Type box, select REG_DWORD, and then click OK.
 *   4. In the Data box, type 10.  Select the Hex option, and click OK.
 *
 * The name, the type and the data are each said in their own words and
 * in any order of clauses; what is not said plainly is left to a person. */
#include "kbwiz/kbimport.h"

#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

size_t imp_join_lines(struct imp *im, size_t first, size_t last, struct kb_buf *b,
		      size_t *starts, size_t max)
{
	size_t n, k = 0;

	for (n = first; n <= last && n < im->a->body_end && k < max; n++) {
		starts[k++] = b->len;
		kb_buf_puts(b, imp_skip_ws(imp_line_at(im, n)));
		kb_buf_add(b, " ", 1);
	}
	/* A join that ran out of memory is text missing from the draft:
	 * flagged here, once for every caller, so that the article is
	 * refused rather than drafted from part of its words. */
	if (b->oom)
		im->oom = 1;
	return k;
}

size_t imp_join_after_key(struct imp *im, size_t key_last, size_t lines, int in_section, struct kb_buf *b,
			  size_t *starts, size_t max)
{
	const struct kb_article_section *sec = imp_section_of(im, key_last);
	size_t last, k;

	for (last = key_last + 1; last < im->a->body_end && last <= key_last + lines; last++)
		if ((in_section && imp_section_of(im, last) != sec) ||
		    imp_ci_find(imp_line_at(im, last), "HKEY_") != NULL)
			break;
	if (last <= key_last + 1)
		return 0;
	k = imp_join_lines(im, key_last + 1, last - 1, b, starts, max);
	if (b->oom || b->p == NULL) {
		kb_buf_free(b);
		return 0;
	}
	return k;
}

size_t imp_joined_line(size_t first, const size_t *starts, size_t n_starts, size_t off)
{
	size_t n;

	for (n = 0; n + 1 < n_starts && starts[n + 1] <= off; n++)
		;
	return first + n;
}

int imp_in_note(const struct imp *im, size_t n)
{
	size_t first, last;

	imp_paragraph_of(im, n, &first, &last);
	return imp_starts_ci(imp_skip_ws(imp_line_at(im, first)), "NOTE");
}

/* The sentence from p goes on to another choice (", or ", " or "). */
static int choice_follows(const char *p)
{
	const char *end = strstr(p, ". "), *o = imp_ci_find(p, ", or ");

	return o != NULL && (end == NULL || o < end);
}

/* s quits Registry Editor or starts a program ("Quit Registry Editor",
 * "4. Start the Frobnitz Console", "Start Registry Editor" once more). */
static int leaves_registry_editor(const char *s)
{
	const char *p = imp_skip_ws(s);

	if (imp_leaves_registry_editor(s))
		return 1;
	if (imp_numbered_step(s))
		p = imp_skip_ws(p + strspn(p, "0123456789.)"));
	return imp_starts_ci(p, "Start ");
}

/* The steps after a key: up to the next key, the next step that
 * introduces a key of its own ("4. Go to the following subkey:"), a
 * second Add Value, or fourteen lines. */
static size_t dialog_end(const struct imp *im, size_t from)
{
	size_t n, adds = 0;

	for (n = from; n < im->a->body_end && n < from + 14; n++) {
		const char *s = imp_line_at(im, n);
		size_t l = imp_rtrim_len(s, strlen(s));
		/* "3. Enter the following in the Value Name field:" is the
		 * dialog's, not a step introducing a key */
		if (imp_ci_find(s, "HKEY_") != NULL ||
		    (l > 0 && s[l - 1] == ':' && imp_numbered_step(s) && imp_ci_find(s, "Value Name") == NULL &&
		     imp_ci_find(s, "name of the value") == NULL) ||
		    imp_section_of(im, n) != imp_section_of(im, from))
			break;
		if (imp_ci_find(s, "Add Value") != NULL && ++adds > 1)
			break;
		/* "3. Quit Registry Editor." / "4. Start the Frobnitz Console.
		 * On the Options menu, click Add Value": another program's
		 * dialog, or Registry Editor's after the key was left */
		if (n > from && leaves_registry_editor(s))
			break;
	}
	return n;
}

/* The steps after the key ending at key_last, joined into b (see
 * dialog_end); the number of lines joined. */
static size_t join_steps(struct imp *im, size_t key_last, struct kb_buf *b, size_t *starts)
{
	size_t end = dialog_end(im, key_last + 1);

	return end > key_last + 1 ? imp_join_lines(im, key_last + 1, end - 1, b, starts, 16) : 0;
}

/* The word or quoted words at p: "Foo" (quotes dropped) or Foo up to a
 * space, comma or full stop.  NULL for more words unquoted, or for a
 * description ("the following", "a value in milliseconds"). */
static const char *said_word(struct imp *im, const char *p, const char **end)
{
	const char *e;

	p = imp_skip_ws(p);
	if (*p == '"') {
		e = strchr(p + 1, '"');
		if (e == NULL || e == p + 1 || e - p > 80)
			return NULL;
		*end = e + 1;
		return imp_dupn(im, p + 1, (size_t)(e - p - 1));
	}
	for (e = p; *e != '\0' && *e != ' ' && *e != ','; e++)
		;
	while (e > p && e[-1] == '.')
		e--;
	if (e == p || *p == '<' || *p == '(' || strchr("<>[]", e[-1]) != NULL)
		return NULL;
	if (e - p <= 3 && (imp_starts_ci(p, "the") || imp_starts_ci(p, "a ") || imp_starts_ci(p, "an")))
		return NULL;
	/* "type MBS Package." names two words unquoted: where it ends is a
	 * guess (a new sentence after the word is not another word of it) */
	if (*e == ' ' && isupper((unsigned char)e[1]))
		return NULL;
	*end = e;
	return imp_dupn(im, p, (size_t)(e - p));
}

/* p starts a sentence or a clause of s: "3. In the", ". In the", ", in the" */
static int sentence_start(const char *s, const char *p)
{
	while (p > s && p[-1] == ' ')
		p--;
	return p == s || p[-1] == '.' || p[-1] == ',' || p[-1] == ':' || p[-1] == ';';
}

/* The verb "type" or "enter" at q, as a word: the length with its
 * space, or 0. */
static size_t typed_verb(const char *s, const char *q)
{
	if (q > s && isalpha((unsigned char)q[-1]))
		return 0;
	return imp_starts_ci(q, "type ") ? 5 : imp_starts_ci(q, "enter ") ? 6 : 0;
}

/* "Type Foo as the Value Name.", "Enter "Foo" as the data": the word
 * typed right before the field's name at p (a remark in brackets may
 * come between: "Type 1 (number one) as the data"); NULL when the verb
 * is not close before it or what is typed is not one word. */
static const char *typed_as(struct imp *im, const char *s, const char *p)
{
	const char *q, *d, *e;
	size_t vl;

	for (q = p; q >= s && p - q < 60; q--) {
		if ((vl = typed_verb(s, q)) == 0)
			continue;
		if ((d = said_word(im, q + vl, &e)) == NULL)
			return NULL;
		e = imp_skip_ws(e);
		if (*e == '(' && strchr(e, ')') != NULL && strchr(e, ')') < p)
			e = imp_skip_ws(strchr(e, ')') + 1);
		return e == p ? d : NULL;
	}
	return NULL;
}

/* The name written from p to e, as a step types it: quoted ("Foo",
 * with "(without the quotation marks)" after allowed) or words shaped as
 * a name ("Mailbox Cache Age Limit", imp_name_shaped()).  A copy, or
 * NULL. */
static const char *written_name(struct imp *im, const char *p, const char *e)
{
	const char *q;

	p = imp_skip_ws(p);
	while (e > p && e[-1] == ' ')
		e--;
	if (e - p > 9 && (q = imp_ci_find(p, "(without")) != NULL && q < e)
		for (e = q; e > p && e[-1] == ' '; e--)
			;
	if (e - p >= 2 && *p == '"' && e[-1] == '"' && memchr(p + 1, '"', (size_t)(e - p - 2)) == NULL)
		return imp_dupn(im, p + 1, (size_t)(e - p - 2));
	return imp_name_shaped(p, (size_t)(e - p)) ? imp_dupn(im, p, (size_t)(e - p)) : NULL;
}

/* Where the name after p ends: before the sentence's stop, a comma, a
 * bracket opening a remark, the next step's number ("... Messages
 * 5. Select") or a note under the name ("Hidden NOTE: This value"). */
static const char *name_end(const char *p)
{
	const char *e;

	for (e = p; *e != '\0'; e++) {
		if (*e == '"' && e == p && strchr(e + 1, '"') != NULL)
			e = strchr(e + 1, '"');
		if ((*e == '.' && (e[1] == ' ' || e[1] == '\0')) || *e == ',' || *e == ';' ||
		    (*e == ' ' && e[1] == '(' && !imp_starts_ci(e + 1, "(without")) ||
		    (*e == ' ' && isdigit((unsigned char)e[1]) && e[2] == '.' && e[3] == ' ') ||
		    (*e == ' ' && (imp_starts_ci(e + 1, "NOTE:") || imp_starts_ci(e + 1, "NOTE ")) && isupper((unsigned char)e[2])))
			return e;
	}
	return e;
}

/* "Type the name of the value as MaxFrobs.", "Type the Value Name of
 * MaxFrobs.", "Enter a value name of 1000", "As the Value Name, type:" or
 * "choose Add Value and type:" and the name on the next line, "click
 * Add Value, type "Foo" (without the quotation marks), click REG_DWORD":
 * the name after words that say it is the value's name (the Value Name
 * box unnamed). */
static const char *name_after_words(struct imp *im, const char *s, const char **after)
{
	static const char *const heads[] = { "name of the value as", "value name of ", "value name as ",
					     /* "click Add Value ... to create the Value
					      * Name: Foo and Data Type: REG_SZ" */
					     "create the Value Name:",
					     "As the Value Name, type", "As the Value Name, enter",
					     "Add Value and type:", "Add Value, type", "Add Value, and then type",
					     NULL };
	const char *p, *e, *name;
	size_t i;

	for (i = 0; heads[i] != NULL; i++) {
		if ((p = imp_ci_find(s, heads[i])) == NULL)
			continue;
		p = imp_skip_ws(p + strlen(heads[i]));
		if (*p == ':')
			p = imp_skip_ws(p + 1);
		/* "the value name as the name of the domain": the reader's */
		if (imp_starts_ci(p, "the ") || imp_starts_ci(p, "a ") || imp_starts_ci(p, "follows"))
			return NULL;
		e = name_end(p);
		/* "the Value Name: Foo and Data Type: REG_SZ": an unquoted
		 * name ends before the next label ("Foo and Bar" quoted is
		 * one name) */
		if (*p != '"') {
			const char *and_at = imp_ci_find(p, " and ");
			if (and_at != NULL && and_at < e)
				e = and_at;
		}
		if ((name = written_name(im, p, e)) != NULL) {
			*after = e;
			return name;
		}
		return NULL;
	}
	return NULL;
}

/* "Enter Mailbox Cache Age Limit for the Value name.", "Enter "Foo"
 * (without the quotes) for the value name": the words typed right
 * before "for/as the Value Name", several of them when each is shaped as
 * a name (said_word() reads one). */
static const char *typed_before_name_field(struct imp *im, const char *s, const char **after)
{
	static const char *const fields[] = { " for the Value Name", " as the Value Name", NULL };
	const char *p, *name;
	size_t i, vl = 0, back;

	for (i = 0; fields[i] != NULL; i++) {
		if ((p = imp_ci_find(s, fields[i])) == NULL || isalpha((unsigned char)p[strlen(fields[i])]))
			continue;
		/* back from the field's words to the verb typing the name, at
		 * most 70 bytes and never before s */
		for (back = 0; back < 70 && back <= (size_t)(p - s); back++)
			if ((vl = typed_verb(s, p - back)) > 0)
				break;
		if (back >= 70 || back > (size_t)(p - s))
			continue;
		if ((name = written_name(im, p - back + vl, p)) != NULL) {
			*after = p + strlen(fields[i]);
			return name;
		}
	}
	return NULL;
}

/* Where Registry Editor's Value Name field is named in s ("Value Name
 * box", "Value Name field", "Value Name text box", "Value Name entry"),
 * its words' length in *len; NULL when it is not. */
static const char *name_field(const char *s, size_t *len)
{
	static const char *const fields[] = { "Value Name box", "Value Name field", "Value Name text box",
					      "Value Name entry", NULL };
	const char *p;
	size_t i;

	for (i = 0; fields[i] != NULL; i++)
		if ((p = imp_ci_find(s, fields[i])) != NULL) {
			*len = strlen(fields[i]);
			return p;
		}
	return NULL;
}

/* "type X in the Value Name box", "In the Value Name field, type X",
 * "For the Value Name field, type X", "In the Value Name box enter X". */
static const char *dialog_name(struct imp *im, const char *s, const char **after)
{
	const char *p, *q, *name, *e;
	static const char *const verbs[] = { "type ", "enter ", NULL };
	size_t i, flen;

	if ((p = name_field(s, &flen)) == NULL) {
		/* "Type Foo as the Value Name." */
		if ((p = imp_ci_find(s, "as the Value Name")) == NULL || isalpha((unsigned char)p[17]) ||
		    (name = typed_as(im, s, p)) == NULL)
			return (name = name_after_words(im, s, after)) != NULL ? name :
			       typed_before_name_field(im, s, after);
		*after = p + 17;
		return name;
	}
	/* after the field: "In the Value Name box, type X", "In the Value
	 * Name field, type X" */
	q = p + flen;
	q = imp_skip_ws(*q == ',' ? q + 1 : q);
	if ((p - s >= 7 && strncasecmp(p - 7, "In the ", 7) == 0 && sentence_start(s, p - 7)) ||
	    (p - s >= 8 && strncasecmp(p - 8, "For the ", 8) == 0 && sentence_start(s, p - 8))) {
		for (i = 0; verbs[i] != NULL; i++)
			if (imp_starts_ci(q, verbs[i]))
				break;
		if (verbs[i] == NULL || (name = said_word(im, q + strlen(verbs[i]), &e)) == NULL)
			return NULL;
		*after = e;
		return name;
	}
	/* "Enter the following in the Value Name field:" and the name on the
	 * next line: "Work queue alarm on" (without the quotation marks) */
	if (p - s >= 21 && strncasecmp(p - 21, "the following in the ", 21) == 0 && p[flen] == ':') {
		name = said_word(im, p + flen + 1, &e);
		if (name == NULL)
			return NULL;
		*after = e;
		return name;
	}
	/* before the field: "type "X" (without the quotation marks) in the
	 * Value Name box" */
	for (q = p; q > s; q--)
		if ((q - s >= 4 && imp_starts_ci(q - 4, "type") && (q - s == 4 || !isalpha((unsigned char)q[-5]))) ||
		    (q - s >= 5 && imp_starts_ci(q - 5, "enter") && (q - s == 5 || !isalpha((unsigned char)q[-6]))))
			break;
	if (q == s || p - q > 90)
		return NULL;
	name = said_word(im, q, &e);
	if (name == NULL)
		return NULL;
	q = imp_skip_ws(e);
	if (imp_starts_ci(q, "(without"))
		q = imp_skip_ws(strchr(q, ')') != NULL ? strchr(q, ')') + 1 : q);
	if (!imp_starts_ci(q, "in the Value Name"))
		return NULL;
	*after = p + flen;
	return name;
}

/* "select REG_DWORD", "click REG_DWORD in the Data Type box", "Set the
 * Data Type to DWORD": the first type after the name. */
static const char *dialog_type(const char *s, const char **after)
{
	const char *p = imp_ci_find(s, "REG_"), *t;

	if (p != NULL) {
		size_t l = 4;
		while (isupper((unsigned char)p[l]) || p[l] == '_')
			l++;
		*after = p + l;
		if (l == 9 && strncmp(p, "REG_DWORD", 9) == 0)
			return "REG_DWORD";
		if (l == 6 && strncmp(p, "REG_SZ", 6) == 0)
			return "REG_SZ";
		if (l == 13 && strncmp(p, "REG_EXPAND_SZ", 13) == 0)
			return "REG_EXPAND_SZ";
		if (l == 12 && strncmp(p, "REG_MULTI_SZ", 12) == 0)
			return "REG_MULTI_SZ";
		if (l == 10 && strncmp(p, "REG_BINARY", 10) == 0)
			return "REG_BINARY";
		return NULL;
	}
	if ((p = imp_ci_find(s, "Data Type to ")) != NULL && imp_starts_ci(t = imp_skip_ws(p + 13), "DWORD")) {
		*after = t + 5;
		return "REG_DWORD";
	}
	return NULL;
}

/* "type in the path", "type your name": a word that starts the reader's
 * own words, not a datum typed as written. */
static int reader_word(const char *w)
{
	static const char *const words[] = { "in", "the", "a", "an", "your", "its", "their", "this",
					     "that", "following", "appropriate", "new", NULL };
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (strcmp(w, words[i]) == 0)
			return 1;
	return 0;
}

/* "the value of 0xFFFFFFFF", "a value of 1": words before what is typed
 * that only say it is the datum; p past them. */
static const char *past_datum_words(const char *p)
{
	static const char *const said[] = { "the value of ", "a value of ", "the value ", "the number ",
					    "the data ", NULL };
	size_t i;

	p = imp_skip_ws(p);
	for (i = 0; said[i] != NULL; i++)
		if (imp_starts_ci(p, said[i]) && (p[strlen(said[i])] == '"' ||
						  isdigit((unsigned char)p[strlen(said[i])])))
			return p + strlen(said[i]);
	return p;
}

/* A field of Registry Editor's that takes a value's data, at p: its name
 * ("Value data", "Data", "String", "Value", "DWORD"), quoted or not, with
 * or without its colon, then what it is ("box", "field", "text box",
 * "Editor dialog box", "entry": "Type System for the String entry");
 * "Under "Value data"" and "In Value Data" name the field without saying
 * what it is.  Where the field's words end, or
 * NULL ("Value Name", "Data Type", "String Value" are not it). */
static const char *data_field(const char *s, const char *p)
{
	static const char *const heads[] = { "Value data", "Data", "String", "Value", "DWORD", NULL };
	static const char *const boxes[] = { " Editor dialog box", " Editor", " dialog box", " text box", " box",
					     " field", " entry", NULL };
	static const char *const preps[] = { "under", "into", "for", "in", NULL };
	const char *q = p, *b = p;
	size_t i, j, k;
	int quoted = *q == '"', boxed = 0;

	if (p > s && isalnum((unsigned char)p[-1]))
		return NULL;
	if (quoted)
		q++;
	for (i = 0; heads[i] != NULL; i++)
		if (imp_starts_word(q, heads[i]))
			break;
	if (heads[i] == NULL)
		return NULL;
	q += strlen(heads[i]);
	if (*q == ':')
		q++;
	if (quoted) {
		if (*q != '"')
			return NULL;
		q++;
	}
	for (j = 0; boxes[j] != NULL; j++)
		if (imp_starts_word(q, boxes[j])) {
			q += strlen(boxes[j]);
			boxed = 1;
			break;
		}
	/* the words before the field: "in the", "under", "into the", "for the" */
	while (b > s && b[-1] == ' ')
		b--;
	if (b - s >= 3 && imp_starts_ci(b - 3, "the") && (b - s == 3 || b[-4] == ' '))
		for (b -= 3; b > s && b[-1] == ' '; b--)
			;
	for (k = 0; preps[k] != NULL && !imp_phrase_ends_at(s, b, preps[k]); k++)
		;
	if (preps[k] == NULL)
		return NULL;
	/* "Under "Value data"", "In Value Data, type": only the data's own
	 * field is named without its box ("the Data Type box" is not it) */
	if (!boxed && !(i <= 1 && (quoted || *q == ',' || imp_starts_ci(q, " type \"") ||
				   imp_starts_ci(q, " enter \""))))
		return NULL;
	return q;
}

/* "In the Data box, type 10", "type "0" (without the quotation marks) in
 * the Data box", "Enter 1 in the Data field", "In the DWORD Editor dialog
 * box that appears, type "600"", "Under "Value data", type "1"", "In the
 * "Value data:" field, type 1", "Enter the value of 0xFF in the String
 * field": what is typed into a data field (data_field), as written, or
 * NULL. */
static const char *dialog_data(struct imp *im, const char *s)
{
	const char *p, *q, *d, *e, *f;

	/* "Type 1 (number one) as the data." */
	for (p = s; (p = imp_ci_find(p, "as the data")) != NULL; p++)
		if (!isalpha((unsigned char)p[11]) && (d = typed_as(im, s, p)) != NULL)
			return d;
	/* "enter 0 (zero) for the value.", "Enter 1 for the Data of type
	 * HEX": the same, not the value's name or the data's type */
	for (p = s; (p = imp_ci_find(p, "for the ")) != NULL; p++) {
		const char *w = p + 8;
		size_t wl = imp_starts_ci(w, "value") ? 5 : imp_starts_ci(w, "data") ? 4 : 0;
		if (wl == 0 || isalpha((unsigned char)w[wl]) || imp_starts_ci(w + wl, " name") ||
		    imp_starts_ci(w + wl, " type"))
			continue;
		/* "type Yes for the value to turn it on, or No to turn it
		 * off": a choice, not one datum */
		if (choice_follows(p))
			return NULL;
		if ((d = typed_as(im, s, p)) != NULL)
			return d;
	}
	for (p = s; *p != '\0'; p++) {
		if ((f = data_field(s, p)) == NULL)
			continue;
		/* after the field: "In the Data box, type X" */
		q = f;
		if (imp_starts_ci(q, " that appears"))
			q += 13;
		q = imp_skip_ws(*q == ',' ? q + 1 : q);
		if (imp_starts_ci(q, "type ") || imp_starts_ci(q, "enter ") || imp_starts_ci(q, "input ")) {
			const char *w = imp_skip_ws(q + strcspn(q, " "));
			/* "input the string TRUE": the datum after its word */
			if (imp_starts_ci(w, "the string "))
				w += 11;
			d = said_word(im, past_datum_words(w), &e);
			/* "type in the full path": the reader's words */
			if (d != NULL && !reader_word(d))
				return d;
		}
		/* before it: "type X in the Data box", "Enter 1 in the data
		 * field", "type "0" (without the quotation marks) in the Data
		 * box", "add the number 1 into the Data field" */
		for (q = p; q > s && p - q < 90; q--)
			if ((imp_starts_ci(q, "type ") || imp_starts_ci(q, "enter ") || imp_starts_ci(q, "add ")) &&
			    (q == s || !isalpha((unsigned char)q[-1]))) {
				d = said_word(im, past_datum_words(q + strcspn(q, " ") + 1), &e);
				if (d != NULL && reader_word(d))
					break;
				/* "(without the quotation marks)", "(the numeral one)":
				 * a remark between the datum and the field */
				if (d != NULL && *imp_skip_ws(e) == '(') {
					e = strchr(e, ')');
					e = e != NULL ? e + 1 : p;
				}
				if (d != NULL) {
					e = imp_skip_ws(e);
					if (imp_starts_ci(e, "in the ") || imp_starts_ci(e, "into the ") ||
					    imp_starts_ci(e, "for the ") || imp_starts_ci(e, "under "))
						e = imp_skip_ws(strchr(e, ' '));
					if (imp_starts_ci(e, "the "))
						e = imp_skip_ws(e + 4);
					if (e == p)
						return d;
				}
				break;
			}
	}
	return NULL;
}

/* The last whole word "edit" or "change" in e..q: the verb that asks for
 * what "so that it reads" gives ("Registry Editor" holds no such word);
 * NULL when none. */
static const char *edit_verb_before(const char *e, const char *q)
{
	static const char *const verbs[] = { "edit", "change", NULL };
	const char *p, *last = NULL;
	size_t i;

	for (i = 0; verbs[i] != NULL; i++)
		for (p = e; (p = imp_find_word(p, verbs[i])) != NULL && p < q; p++)
			if (last == NULL || p > last)
				last = p;
	return last;
}

/* The value Regedt32 shows as "Name:REG_TYPE:data", picked in steps s
 * ("3. Double-click Adapter:REG_DWORD:0x1.", "3. Select
 * DeviceName:REG_SZ:\device\LanmanRedirector."): fills iv, *at with where
 * the pick's text starts and *after with where it ends; 0 when no pick
 * shows a value so. */
static int shown_value_picked(struct imp *im, const char *s, struct value_spec *iv, const char **at,
			      const char **after)
{
	static const char *const picks[] = { "Double-click on ", "Double-click ", "Select ", "Click ", "Highlight ",
					     NULL };
	const char *p, *e;
	char shown[160];
	size_t i, n;
	int spaced = 0;

	/* (one scan first: the steps of most keys show no value so) */
	if (imp_ci_find(s, ":REG_") == NULL) {
		/* "Double-click on Win31Filesystem: Reg_Dword 0x0.": the
		 * same, spaced, to the sentence's end */
		if (imp_ci_find(s, ": REG_") == NULL)
			return 0;
		spaced = 1;
	}
	for (i = 0; picks[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, picks[i])) != NULL; p++) {
			const char *t = p + strlen(picks[i]);

			e = strchr(t, ' ');
			if (spaced) {
				/* the name, ": ", the type, one datum */
				if (e == NULL || e == t || e[-1] != ':' || !imp_starts_ci(e + 1, "REG_"))
					continue;
				e = strchr(e + 1, ' ');
				e = e != NULL ? strchr(imp_skip_ws(e), ' ') : NULL;
			}
			if (e == NULL)
				e = t + strlen(t);
			if ((size_t)(e - t) >= sizeof shown)
				continue;
			snprintf(shown, sizeof shown, "%.*s", (int)(e - t), t);
			if (spaced) {
				/* read as the glued form: "Name:REG_DWORD:0x0" */
				char *c = strchr(shown, ':'), *ty, *sp;
				if (c == NULL || c[1] != ' ')
					continue;
				ty = c + 2;
				if ((sp = strchr(ty, ' ')) == NULL)
					continue;
				*sp = ':';
				memmove(c + 1, ty, strlen(ty) + 1);
				for (ty = c + 1; *ty != ':' && *ty != '\0'; ty++)
					*ty = (char)toupper((unsigned char)*ty);
			}
			n = strlen(shown);
			while (n > 0 && (shown[n - 1] == '.' || shown[n - 1] == ','))
				shown[--n] = '\0';
			if (strchr(shown, ':') == NULL || !imp_inline_value(im, shown, 0, iv) || iv->name == NULL ||
			    iv->type == NULL)
				continue;
			*at = t;
			*after = e;
			return 1;
		}
	return 0;
}

static const char *said_text(struct imp *im, const char *p, const char **end);

/* After a string value shown as "Name:REG_SZ:old" is picked, in text e:
 * "Change old to new." (Q129999: "Change \device\LanmanRedirector to
 * \Device\LanmanRedirector", a change of case alone).  The old data must
 * be the one shown, written the same, and the new one must end its
 * sentence.  The new data, *at where its step says it; NULL when none. */
static const char *shown_string_changed(struct imp *im, const char *e, const char *shown, const char **at)
{
	const char *q, *old, *nu, *end;

	for (q = e; (q = imp_find_word(q, "change")) != NULL; q++) {
		if (imp_not_asked(e, q) || (old = said_text(im, imp_skip_ws(q + 6), &end)) == NULL ||
		    strcmp(old, shown) != 0 || !imp_starts_ci(end, " to "))
			continue;
		if ((nu = said_text(im, end + 4, &end)) == NULL)
			return NULL;
		end = imp_skip_ws(end);
		if (*end == '.')
			end = imp_skip_ws(end + 1);
		/* the sentence ends with the data: not "to X when ..." */
		if (*end != '\0' && !isdigit((unsigned char)*end) && !isupper((unsigned char)*end))
			return NULL;
		*at = q;
		return nu;
	}
	return NULL;
}

/* v: the value shown (iv) edited to data, from line to last (0: line);
 * exact when the data is a string to keep as written.  Returns 1. */
static int edited_to(struct value_spec *v, const struct value_spec *iv, const char *data, int exact, size_t line,
		     size_t last)
{
	memset(v, 0, sizeof *v);
	v->name = iv->name;
	v->type = iv->type;
	v->data = data;
	v->exact = exact;
	v->line = line;
	v->last = last;
	return 1;
}

/* "3. Double-click Adapter:REG_DWORD:0x1." then "change data from 1 to 0"
 * or "Change the value to 2", "Double-click Driver:REG_SZ:old, edit the
 * string so that it reads "new"", "Select Name:REG_SZ:old" then "Change
 * old to new": a value shown as it is, then edited.  Fills v with the data
 * it is changed to; 0 when not both are said. */
static int dialog_edit(struct imp *im, const char *s, size_t key_last, const size_t *starts,
		       size_t n_starts, struct value_spec *v)
{
	const char *p, *e, *q, *num;
	struct value_spec iv;
	int extra = 0;

	if (!shown_value_picked(im, s, &iv, &p, &e))
		return 0;
	/* "Double-click Driver:REG_SZ:madgemport, edit the string so that it
	 * reads "mdgmport" (without the quotation marks)": a string's whole
	 * new data, in quotes */
	if (imp_string_type(iv.type) &&
	    ((q = imp_ci_find(e, "so that it reads \"")) != NULL || (q = imp_ci_find(e, "so it reads \"")) != NULL) &&
	    q - e < 80) {
		const char *verb = edit_verb_before(e, q), *datum;
		size_t said;
		/* asked: not "do not edit the string so that ..." */
		if (verb == NULL || imp_not_asked(s, verb) ||
		    (datum = imp_said_word(im, strchr(q, '"'), &q)) == NULL || datum[0] == '\0')
			return 0;
		said = imp_joined_line(key_last + 1, starts, n_starts, (size_t)(q - 1 - s));
		q = imp_skip_ws(q);
		/* only "(without the quotation marks)" after the data: "(where
		 * servername is ...)", "(or "x" on NT 3.51)" make it no one
		 * datum; the sentence may go on to the next click (", and then
		 * click OK"), not to anything else */
		if (*q == '(') {
			if (!imp_starts_ci(q, "(without the quotation marks)") && !imp_starts_ci(q, "(without quotation marks)") &&
			    !imp_starts_ci(q, "(without the quotes)") && !imp_starts_ci(q, "(without quotes)"))
				return 0;
			q = imp_skip_ws(strchr(q, ')') + 1);
		}
		if (*q == ',' && (imp_starts_ci(imp_skip_ws(q + 1), "and then click") ||
				  imp_starts_ci(imp_skip_ws(q + 1), "then click")))
			q = "";
		if (*q != '\0' && *q != '.')
			return 0;
		return edited_to(v, &iv, datum, 1, imp_joined_line(key_last + 1, starts, n_starts, (size_t)(p - s)),
				 said);
	}
	if (imp_string_type(iv.type) && iv.data != NULL &&
	    (num = shown_string_changed(im, e, iv.data, &q)) != NULL)
		return edited_to(v, &iv, num, 1, imp_joined_line(key_last + 1, starts, n_starts, (size_t)(p - s)),
				 imp_joined_line(key_last + 1, starts, n_starts, (size_t)(q - s)));
	q = imp_ci_find(e, "change data ");
	if (q == NULL)
		q = imp_ci_find(e, "change the data ");
	if (q == NULL)
		q = imp_ci_find(e, "change the value ");
	/* "Set this value to 1 (0 = off, 1 = on)." */
	if (q == NULL)
		q = imp_ci_find(e, "set this value ");
	if (q == NULL || (q = strstr(q, " to ")) == NULL || q - e > 200)
		return 0;
	num = imp_read_number(im, imp_skip_ws(q + 4), 0xFFFFFFFFu, &extra);
	if (num == NULL || strcmp(iv.type, "REG_DWORD") != 0)
		return 0;
	return edited_to(v, &iv, num, 0, imp_joined_line(key_last + 1, starts, n_starts, (size_t)(p - s)), 0);
}

/* A DWORD's data as typed in its editor, with the radix said beside it
 * in rest ("Select the Hex option", "(Dec)"): "0x2a0", "25", or NULL when
 * the data is no number.  With no radix said, Registry Editor's own
 * default is read: both Regedt32's DWORD Editor and Regedit's Edit DWORD
 * Value dialog open in hex, so "click DWORD, type 100" writes 0x100 (256);
 * *defaulted is set when that reading differs from the decimal one, so
 * that a person checks it (the lead's call, session 8). */
static const char *dword_typed(struct imp *im, const char *rest, const char *data, int *defaulted)
{
	/* "Select the Hex option", "Click the Hex radio button",
	 * "make sure Hexadecimal is selected", "type 200 (Dec)": the radix
	 * said beside the data, not in a note further on ("Range: 512 to
	 * 65535 (decimal)") */
	const char *d = imp_ci_find(rest, data);
	char near[160];
	int hx, dec, hex = 0;
	size_t k = imp_starts_ci(data, "0x") ? 2 : 0;

	*defaulted = 0;
	if (d == NULL)
		d = rest;
	d = d - rest > 50 ? d - 50 : rest;
	snprintf(near, sizeof near, "%s", d);
	hx = imp_has_word(near, "Hex") || imp_has_word(near, "Hexadecimal");
	dec = imp_has_word(near, "Decimal") || imp_has_word(near, "Dec");
	if (strspn(data + k, "0123456789abcdefABCDEF") != strlen(data + k) || data[k] == '\0') {
		data = NULL;
	} else if (k > 0 || (hx && !dec) || (!dec && strspn(data, "0123456789") != strlen(data))) {
		/* "0x1FE", "click Hex", "1FE": hex by its own words */
		hex = 1;
	} else if (!dec && strlen(data) > 1) {
		/* no radix said: the editor's own, hex ("0" to "9" read the
		 * same either way, and stay as written) */
		hex = 1;
		*defaulted = 1;
	}
	if (data != NULL && hex)
		data = imp_fmt(im, "0x%s", data + k);
	return data;
}

/* A line naming the value name with "Decimal" on it or on the three
 * lines after it ("Value Name: Foo / Data Type: REG_DWORD / Radix:
 * Decimal"): the article gives the value's radix elsewhere. */
static int decimal_elsewhere(const struct imp *im, const char *name)
{
	size_t n, k;

	if (name == NULL || strlen(name) < 3)
		return 0;
	for (n = im->a->body_first; n < im->a->body_end; n++) {
		if (imp_ci_find(imp_line_at(im, n), name) == NULL)
			continue;
		for (k = n; k <= n + 3 && k < im->a->body_end; k++)
			if (imp_has_word(imp_line_at(im, k), "Decimal"))
				return 1;
	}
	return 0;
}

const char *imp_dword_radix_default(struct imp *im, size_t line, const char *name, const char *data)
{
	if (data == NULL || !imp_starts_ci(data, "0x"))
		return data;
	/* "type 5000" in one method, "Radix: Decimal / Value: 5000" in the
	 * other: the article says which it means */
	if (decimal_elsewhere(im, name)) {
		imp_review(im, line, T_CHECKS, 0,
		       imp_fmt(im, "value '%s': its data %s is typed into the DWORD editor with no radix named; it is read as decimal, the radix the article gives the value elsewhere: check it",
			   name, data + 2));
		return data + 2;
	}
	imp_review(im, line, T_CHECKS, 0,
	       imp_fmt(im, "value '%s': its data is typed into the DWORD editor with no radix named, so it is read in the editor's default, hex (%s); check that the article does not mean decimal",
		   name != NULL ? name : "", data));
	return data;
}

/* After a value is picked, in text e: the editor opened on it ("click
 * DWORD", "select String") and the data typed or changed after that
 * ("Change the data from 2 to 6", "In the Data field, type 200 (Dec)").
 * 0 when either is not said. */
static int edited_data(struct imp *im, const char *e, const char **type_out, const char **data_out,
		       int *defaulted)
{
	const char *q, *type = NULL, *rest = NULL, *data = NULL;
	int extra = 0;

	/* the editor opened on it: "click DWORD", "select String" */
	for (q = e; *q != '\0' && type == NULL; q++) {
		size_t l;
		if (q > e && isalpha((unsigned char)q[-1]))
			continue;
		if (imp_starts_ci(q, "DWORD") && !isalpha((unsigned char)q[5]))
			l = 5;
		else if (strncmp(q, "String", 6) == 0 && !isalpha((unsigned char)q[6]))
			l = 6;
		else
			continue;
		/* "point to New, and then click String Value": Regedit's
		 * New menu makes another value, whose steps follow; the
		 * picked value's editor was never named (its dialog's own
		 * title, "Edit DWORD Value", is) */
		if (imp_starts_ci(q + l + imp_item_width_at(q + l), " Value") &&
		    !isalpha((unsigned char)q[l + imp_item_width_at(q + l) + 6]) &&
		    !(q - e >= 5 && imp_starts_ci(q - 5, "Edit ")))
			return 0;
		type = l == 5 ? "REG_DWORD" : "REG_SZ";
		rest = q + l;
	}
	if (type == NULL)
		return 0;
	/* "Change the data from 2 to 6", "In the Data field, type 200" */
	if ((q = imp_ci_find(rest, "data from ")) != NULL && (q = strstr(q, " to ")) != NULL &&
	    q - rest < 200) {
		if (strcmp(type, "REG_DWORD") == 0)
			data = imp_read_number(im, imp_skip_ws(q + 4), 0xFFFFFFFFu, &extra);
		else
			data = said_word(im, q + 4, &e);
	} else {
		data = dialog_data(im, rest);
	}
	if (data == NULL)
		return 0;
	*defaulted = 0;
	if (strcmp(type, "REG_DWORD") == 0 && !imp_starts_ci(data, "0x"))
		data = dword_typed(im, rest, data, defaulted);
	*type_out = type;
	*data_out = data;
	return 1;
}

/* "2. Select the following value: Foo", "3. On the Edit menu, click
 * DWORD.", "4. Change the data from 2 to 6.": a value picked in one step,
 * its editor opened in the next and its data typed or changed in a later
 * one (or all in one step).  The name, the editor (DWORD or String) and
 * the data must each be said, in that order; fills v (data NULL when it
 * cannot be read plainly); 0 when a part is missing. */
static int dialog_selected(struct imp *im, const char *s, size_t key_last, const size_t *starts,
			   size_t n_starts, struct value_spec *v)
{
	static const char *const picks[] = { "following value: ", "following value name: ",
					     "click the ", "select the ", "highlight the ", NULL };
	const char *p = NULL, *name = NULL, *e = NULL, *type = NULL, *data = NULL;
	size_t i;
	int defaulted = 0;

	for (i = 0; picks[i] != NULL && name == NULL; i++)
		for (p = s; name == NULL && (p = imp_ci_find(p, picks[i])) != NULL; p++) {
			name = said_word(im, p + strlen(picks[i]), &e);
			/* "click the X value": the word for it after the name */
			if (name != NULL && i >= 2 && !imp_starts_ci(e, " value") &&
			    !imp_starts_ci(e, " entry"))
				name = NULL;
			if (name != NULL && (strchr(name, '\\') != NULL || !isalpha((unsigned char)name[0]) ||
					     strcasecmp(name, "DWORD") == 0 || strcasecmp(name, "String") == 0 ||
					     strcasecmp(name, "Binary") == 0 || imp_starts_ci(name, "REG_")))
				name = NULL;
		}
	if (name == NULL || p == NULL)
		return 0;
	if (!edited_data(im, e, &type, &data, &defaulted))
		return 0;
	memset(v, 0, sizeof *v);
	v->name = name;
	v->type = type;
	v->data = data;
	v->line = imp_joined_line(key_last + 1, starts, n_starts, (size_t)(p - s));
	if (defaulted)
		v->data = imp_dword_radix_default(im, v->line, name, data);
	return 1;
}

/* Steps s make a key before they add or pick a value ("click Add Key"
 * ahead of "click Add Value"). */
static int made_key_before_value(const char *s)
{
	const char *v = imp_ci_find(s, "Add Value"), *k = imp_add_key_command(s);
	char head[512];

	if (k != NULL)
		return v == NULL || k < v;
	/* Regedit's "New, Key": the words before the value's step */
	snprintf(head, sizeof head, "%.*s", v != NULL ? (int)(v - s) : (int)strlen(s), s);
	return imp_step_makes_key(head);
}

/* The steps s, up to the value's Add Value or its pick, open another key
 * than the one ending at key_last (imp_steps_leave_key()). */
static int steps_leave_key(struct imp *im, const char *s, size_t key_last, const char *made)
{
	const char *v = imp_ci_find(s, "Add Value");
	char head[1024];

	snprintf(head, sizeof head, "%.*s", v != NULL ? (int)(v - s) : (int)strlen(s), s);
	return imp_steps_leave_key(im, head, key_last, made);
}

int imp_dialog_value(struct imp *im, size_t key_last, struct value_spec *v)
{
	struct kb_buf b = { 0 };
	size_t starts[16], n_starts = join_steps(im, key_last, &b, starts), name_line = 0;
	const char *s, *name, *type, *data = NULL, *after = NULL, *rest, *made = NULL, *typed = NULL, *p;
	int ok = 0;

	if (b.oom || b.p == NULL)
		goto out;
	s = b.p;
	/* "click Add Key, type Gizmo" before the value is added: the value
	 * is under the new key (its name typed in the steps), not under the
	 * key read here */
	if (made_key_before_value(s) && (imp_keys_made(s) > 1 || (made = imp_made_key_name(im, s)) == NULL))
		goto out;
	/* "Double-click the folder for your video driver, and then click the
	 * Device0 folder" before the value: not the key read here, nor the
	 * key made */
	if (steps_leave_key(im, s, key_last, made))
		goto out;
	/* "NOTE: When you click Add Value, the dialog appears. Type ...": a
	 * note describing the dialog, not a step using it */
	if ((p = imp_ci_find(s, "Add Value")) != NULL &&
	    imp_in_note(im, imp_joined_line(key_last + 1, starts, n_starts, (size_t)(p - s))))
		goto out;
	if (imp_ci_find(s, "Add Value") == NULL) {
		/* a value there already, edited: 2 (none in a key just made) */
		if (made == NULL && (dialog_edit(im, s, key_last, starts, n_starts, v) ||
		    dialog_selected(im, s, key_last, starts, n_starts, v)))
			ok = 2;
		goto out;
	}
	name = dialog_name(im, s, &after);
	if (name == NULL || name[0] == '\0' || strchr(name, '\\') != NULL)
		goto out;
	name_line = imp_joined_line(key_last + 1, starts, n_starts, (size_t)(after - s));
	/* "4. Type "Foo" for the Value" / "name.": the name's own line */
	/* (searched from the Add Value step on: the name may be written
	 * before it in another sense) */
	if ((p = imp_ci_find(imp_ci_find(s, "Add Value"), name)) != NULL && p < after)
		name_line = imp_joined_line(key_last + 1, starts, n_starts, (size_t)(p - s));
	type = dialog_type(after, &rest);
	if (type == NULL)
		goto out;
	memset(v, 0, sizeof *v);
	v->name = name;
	v->type = type;
	v->line = name_line;
	v->subkey = made;
	data = typed = dialog_data(im, rest);
	if (data != NULL && strcmp(type, "REG_DWORD") == 0) {
		int defaulted;
		data = dword_typed(im, rest, data, &defaulted);
		if (defaulted)
			data = imp_dword_radix_default(im, name_line, name, data);
	} else if (data != NULL && strcmp(type, "REG_SZ") != 0 && strcmp(type, "REG_EXPAND_SZ") != 0 &&
		   strcmp(type, "REG_MULTI_SZ") != 0) {
		data = NULL;
	}
	v->data = data;
	/* the cite runs to the step that types the data */
	if (data != NULL && (p = imp_ci_find(rest, typed != NULL ? typed : data)) != NULL &&
	    imp_joined_line(key_last + 1, starts, n_starts, (size_t)(p - s)) > name_line)
		v->last = imp_joined_line(key_last + 1, starts, n_starts, (size_t)(p - s));
	ok = 1;
out:
	kb_buf_free(&b);
	return ok;
}

/* "2. Locate the following registry key: ...\\DBAGENT\\Type" then "3. On
 * the Edit menu, click DWORD, type "10" (hexadecimal value), and then
 * click OK.": the editor opens on what the path selected, so the path's
 * last name is the value's.  The step right after the key must open the
 * editor before anything else (no value named, no Add Value, no other
 * key), and the data must be said.  Fills v with name (the path's last
 * name, kept by the caller), type, data and lines; 0 otherwise. */
int imp_path_value_edited(struct imp *im, size_t key_last, const char *name, struct value_spec *v)
{
	struct kb_buf b = { 0 };
	size_t starts[16], n_starts = join_steps(im, key_last, &b, starts);
	const char *s, *menu, *rest, *typed, *data, *e;
	int ok = 0, defaulted = 0;

	if (b.oom || b.p == NULL)
		goto out;
	s = imp_skip_ws(b.p);
	/* the next step, and only its opening words: "On the Edit menu,
	 * click DWORD" */
	if (imp_numbered_step(s))
		s = imp_skip_ws(s + strspn(s, "0123456789.)"));
	if ((menu = imp_ci_find(s, "Edit menu")) == NULL || menu - s > 12)
		goto out;
	rest = imp_skip_ws(menu + strlen("Edit menu"));
	if (*rest == ',')
		rest = imp_skip_ws(rest + 1);
	if (!imp_starts_ci(rest, "click DWORD") || isalpha((unsigned char)rest[11]))
		goto out;
	if (imp_ci_find(s, "Add Value") != NULL || imp_ci_find(s, "HKEY_") != NULL)
		goto out;
	/* ", type "10" (without the quotation marks)", ", and then type 1" */
	rest = imp_skip_ws(rest + 11);
	if (*rest == ',')
		rest = imp_skip_ws(rest + 1);
	if (imp_starts_ci(rest, "and then "))
		rest += 9;
	else if (imp_starts_ci(rest, "then "))
		rest += 5;
	if (!imp_starts_ci(rest, "type "))
		goto out;
	typed = said_word(im, past_datum_words(rest + 5), &e);
	/* "type "2" (or the desired size in Hex)": a choice, the reader's */
	if (typed != NULL && (e = imp_ci_find(e, "(or ")) != NULL && e - rest < 80)
		goto out;
	if (typed == NULL || reader_word(typed) ||
	    (data = dword_typed(im, rest, typed, &defaulted)) == NULL)
		goto out;
	memset(v, 0, sizeof *v);
	v->name = name;
	v->type = "REG_DWORD";
	v->line = key_last;
	v->last = imp_joined_line(key_last + 1, starts, n_starts, (size_t)(rest - b.p));
	v->data = defaulted ? imp_dword_radix_default(im, v->line, name, data) : data;
	ok = 1;
out:
	kb_buf_free(&b);
	return ok;
}

/* "Add the DWORD value: Max Queue Length.": the value's name is the rest
 * of the sentence, up to its full stop; at most five words, each starting
 * with a capital or a digit, the way names are written.  NULL otherwise. */
static const char *sentence_name(struct imp *im, const char *p, const char **end)
{
	const char *e, *w;
	size_t words = 0;

	p = imp_skip_ws(p);
	if (*p == '"')
		return said_word(im, p, end);
	for (e = p; *e != '\0' && !(*e == '.' && (e[1] == ' ' || e[1] == '\0')) && *e != ',' &&
		    *e != ';' && *e != '('; e++)
		;
	if (*e != '.' || e == p)
		return NULL;
	for (w = p; w < e; w++)
		if (w == p || w[-1] == ' ') {
			if (*w == ' ')
				continue;
			if ((!isupper((unsigned char)*w) && !isdigit((unsigned char)*w)) || ++words > 5)
				return NULL;
		}
	*end = e;
	return imp_dupn(im, p, (size_t)(e - p));
}

/* The name after a bare intro (see imp_value_named_in_words()) is written
 * as a name: quoted, or, after an intro without a comma, starting with a
 * capital ("value, and then" is the sentence going on). */
static int name_written_as_one(const char *p, const char *intro)
{
	if (*p == '"')
		return 1;
	return intro[strlen(intro) - 2] != ',' && isupper((unsigned char)*p);
}

/* Words that end a value's name written without quotes and go on with the
 * sentence: "named Install Frob Driver and set it to 0". */
static int name_ends_before(const char *w)
{
	static const char *const joins[] = { "and ", "with ", "to ", "in ", "under ", "that ",
					     "which ", "then ", "at ", "on ", "of type ", "of data type ",
					     "as a ", "as an ", NULL };

	return imp_opens_with(w, joins);
}

/* The value's name after "named": quoted, or up to five words each
 * starting with a capital or a digit ("named Journal Recipient Name.",
 * "named Install Frob Driver and set ..."), ending at the sentence's
 * stop, a comma or bracket, or a joining word.  One word reads as
 * said_word() does; NULL when the words do not end plainly. */
static const char *name_words(struct imp *im, const char *p, const char **end)
{
	const char *w, *e;
	size_t words = 0;

	p = imp_skip_ws(p);
	if (*p == '"' || !(isupper((unsigned char)*p) || isdigit((unsigned char)*p)))
		return said_word(im, p, end);
	for (w = p;;) {
		for (e = w; *e != '\0' && *e != ' ' && *e != ',' && *e != ';' && *e != '('; e++)
			;
		while (e > w && e[-1] == '.')
			e--;
		words++;
		if (*e != ' ' || words == 5 || !(isupper((unsigned char)e[1]) || isdigit((unsigned char)e[1])))
			break;
		w = e + 1;
	}
	if (words == 1)
		return said_word(im, p, end);
	/* the words end at a stop, a comma, a bracket or a joining word */
	if (*e == ' ' && !name_ends_before(e + 1))
		return NULL;
	*end = e;
	return imp_dupn(im, p, (size_t)(e - p));
}

/* s holds a lower-case letter: words, not a heading or its rule. */
static int has_lower(const char *s)
{
	for (; *s != '\0'; s++)
		if (islower((unsigned char)*s))
			return 1;
	return 0;
}

/* Where the sentence holding q starts in s, the lines from first joined
 * (starts[], n_starts): its first line (imp_sentence_start(): never over
 * a blank line or a step above; a heading above skipped here), or s when
 * not known. */
static const char *sentence_of(const struct imp *im, size_t first, const size_t *starts, size_t n_starts,
			       const char *s, const char *q)
{
	size_t line = imp_joined_line(first, starts, n_starts, (size_t)(q - s));
	size_t start = imp_sentence_start(im, line, first);

	/* "RESOLUTION" / "==========": a heading and its rule, no words of
	 * the sentence */
	while (start < line && !has_lower(imp_line_at(im, start)))
		start++;
	if (start < first || start - first >= n_starts || s + starts[start - first] > q)
		return s;
	return s + starts[start - first];
}

/* The datum the words after a value's name (at e) ask for, read as the
 * request reader reads them (imp_datum_asked(), through imp_set_datum()):
 * a number for a DWORD, quoted words for a string; NULL when none or not
 * one datum.  The asking words start within 160 characters of the name. */
static const char *asked_datum(struct imp *im, const char *e, const char *name, const char *type)
{
	const char *d, *end = e + strnlen(e, 160);
	int hex = 0, quoted = 0, extra = 0;
	struct set_datum sd;

	if ((d = imp_datum_asked(im, e, end, &hex, &quoted, name)) == NULL)
		return NULL;
	if (strcmp(type, "REG_SZ") == 0)
		return quoted ? d : NULL;
	if (strcmp(type, "REG_DWORD") != 0)
		return NULL;
	/* "with the value set to "1"": quotes around a number */
	if (quoted)
		return imp_set_datum_radix(im, d, hex, &sd) && *imp_skip_ws(sd.end) == '\0' ? sd.data : NULL;
	return imp_read_number(im, d, 0xFFFFFFFFu, &extra);
}

/* The words before p (" value called X", in s) are "a" or "a new", with
 * at most one lower-case word between them and p ("a parameter value
 * called X", "a new registry value named X"): one value, introduced. */
static int a_value_before(const char *s, const char *p)
{
	const char *w = p;

	if ((size_t)(p - s) >= 2 && strncasecmp(p - 2, " a", 2) == 0)
		return 1;
	if ((size_t)(p - s) >= 6 && strncasecmp(p - 6, " a new", 6) == 0)
		return 1;
	while (w > s && islower((unsigned char)w[-1]))
		w--;
	if (w == p || w == s || w[-1] != ' ')
		return 0;
	w--;
	return ((size_t)(w - s) >= 2 && strncasecmp(w - 2, " a", 2) == 0) ||
	       ((size_t)(w - s) >= 6 && strncasecmp(w - 6, " a new", 6) == 0);
}

/* The words for a value at p (in s, the lines from first joined) are the
 * object of a verb that adds it: "add" or "create" within 40 characters
 * before them (the type word's tl too), asked (not "You can add", "do not
 * add").  A bare intro (bare: "a DWORD value X", no "named") names a
 * value only right after such a verb ("is a DWORD value "X"" describes
 * one); "a new value called X" may have no type word. */
static int added_by_verb(const struct imp *im, size_t first, const size_t *starts, size_t n_starts,
			 const char *s, const char *p, size_t tl, int bare)
{
	const char *q;

	/* "Create a new value called X as a reg_dword": the type after the
	 * name */
	if (tl == 0 && !a_value_before(s, p))
		return 0;
	for (q = p - tl; q > s && p - q < 40; q--)
		if (imp_starts_ci(q, "add ") || imp_starts_ci(q, "create ") ||
		    imp_starts_ci(q, "adding "))
			break;
	if (q == s && !imp_starts_ci(s, "add ") && !imp_starts_ci(s, "create "))
		return 0;
	if (bare && !imp_starts_ci(q, "add") && !imp_starts_ci(q, "create"))
		return 0;
	/* "You can add a DWORD value named X": an option, and "do not add" a
	 * warning, not the step (keyact.c); asked of the verb's own
	 * sentence, not of a heading the window joins in above it */
	return !imp_not_asked(sentence_of(im, first, starts, n_starts, s, q), q);
}

/* e, just past a value's name, goes on with what the article requires of
 * the value it describes: ", which needs to be set to 1", "that must be
 * set to 1" ("and is a DWORD value "X", which needs to be set to 1": the
 * one step is in the relative clause).  Where the datum starts, or NULL
 * ("which can be set to", "which must not be set to" require nothing). */
static const char *required_set_to(const char *e)
{
	static const char *const musts[] = { "needs to be set to ", "need to be set to ", "must be set to ",
					     "should be set to ", "has to be set to ", NULL };
	const char *w = imp_skip_ws(e);
	size_t i;

	if (*w == ',')
		w = imp_skip_ws(w + 1);
	if (imp_starts_word(w, "which"))
		w = imp_skip_ws(w + 5);
	else if (imp_starts_word(w, "that"))
		w = imp_skip_ws(w + 4);
	else
		return NULL;
	for (i = 0; musts[i] != NULL; i++)
		if (imp_starts_ci(w, musts[i]))
			return w + strlen(musts[i]);
	return NULL;
}

/* The datum at d that a required set gives a value of the type: one
 * number for a DWORD (imp_set_datum(): not a choice, a range or a
 * quantity), quoted words for a string; NULL otherwise. */
static const char *required_datum(struct imp *im, const char *d, const char *type)
{
	struct set_datum sd;
	const char *end;

	if (strcmp(type, "REG_DWORD") == 0)
		return imp_set_datum(im, d, &sd) ? sd.data : NULL;
	if (imp_string_type(type) && *imp_skip_ws(d) == '"')
		return said_word(im, d, &end);
	return NULL;
}

/* "add a DWORD value named X with a data value of 0 to the following key",
 * "Create a REG_DWORD value named X in the following registry key, and set
 * the data value to 1", "3. Add a DWORD value named X, and then set the
 * value to 0x1": a value created in words, its type the one the sentence
 * names and its data what it says to set.  Lines first..last are read;
 * fills v (data NULL when not said plainly); 0 when no value is named. */
int imp_value_named_in_words(struct imp *im, size_t first, size_t last, struct value_spec *v)
{
	/* "value named X", "value called X", "value, called X", "value with
	 * the name X", "value that is named X" (later articles' style),
	 * "value: X" (the last: the rest of the sentence) */
	static const char *const intros[] = { " value named ", " value called ", " value, called ",
					      " value with the name ", " entry named ", " entry called ",
					      " registry value named ", " registry value called ",
					      " value that is named ", " value that is called ",
					      " entry that is named ", " value: ", NULL };
	/* "Create the DWORD registry value X", "add a DWORD value, "X"",
	 * "add a REG_DWORD value X": the name straight after the words for
	 * the value, only where a type stands before them and the name is
	 * written as one (a capital or a quote: "add a DWORD value to the
	 * key" names none) */
	static const char *const bare_intros[] = { " registry value ", " value, ", " value ", NULL };
	const size_t n_intros = sizeof intros / sizeof intros[0] - 1;
	struct kb_buf b = { 0 };
	size_t j, tl, starts[16], n_starts = 0, hit_len = 0;
	const char *s, *p, *q, *name, *e, *type = NULL, *data = NULL, *hit = NULL;
	int ok = 0, seen = 0, required = 0;

	if (first < im->a->body_first)
		first = im->a->body_first;
	n_starts = imp_join_lines(im, first, last, &b, starts, 16);
	if (b.oom || b.p == NULL)
		goto out;
	s = b.p;
	for (j = 0; j < n_intros || bare_intros[j - n_intros] != NULL; j++) {
		const char *intro = j < n_intros ? intros[j] : bare_intros[j - n_intros];
		for (p = s; (p = imp_ci_find(p, intro)) != NULL; p++) {
			/* "add a DWORD value named", "create a new string value named" */
			const char *said = imp_type_word_before(s, p, &tl), *ne;
			int req = 0;
			if (j >= n_intros && (said == NULL || !name_written_as_one(p + strlen(intro), intro)))
				continue;
			/* "is a DWORD value "X", which needs to be set to 1":
			 * described, then required */
			if (j >= n_intros)
				req = name_words(im, p + strlen(intro), &ne) != NULL && required_set_to(ne) != NULL;
			if (!req && !added_by_verb(im, first, starts, n_starts, s, p, said != NULL ? tl : 0, j >= n_intros))
				continue;
			if (seen++ > 0) {
				/* two values in the same words: a person sorts them */
				ok = 0;
				goto out;
			}
			hit = p;
			hit_len = strlen(intro);
			type = said;
			required = req;
		}
	}
	if (hit == NULL)
		goto out;
	if (hit[hit_len - 2] == ':')
		name = sentence_name(im, hit + hit_len, &e);
	else
		name = name_words(im, hit + hit_len, &e);
	if (name == NULL || strchr(name, '\\') != NULL)
		goto out;
	if (required) {
		memset(v, 0, sizeof *v);
		v->name = name;
		v->type = type;
		v->line = imp_joined_line(first, starts, n_starts, (size_t)(hit - s));
		v->data = required_datum(im, required_set_to(e), type);
		ok = 1;
		goto out;
	}
	if (type == NULL) {
		/* " as a reg_dword.", " as a REG_DWORD value", " as a DWORD
		 * type", " of type REG_DWORD", " with a type of REG_DWORD",
		 * " with a data type of REG_SZ", " (REG_DWORD)" */
		static const char *const joins[] = { "as a ", "as an ", "of type ", "of data type ",
						     "with a type of ", "with type ", "with a data type of ",
						     "with data type ", "(", NULL };
		size_t k;
		q = imp_skip_ws(e);
		for (k = 0; joins[k] != NULL && !imp_starts_ci(q, joins[k]); k++)
			;
		if (joins[k] == NULL)
			goto out;
		q += strlen(joins[k]);
		/* (not "of type REG_SZ or REG_DWORD": a choice of types) */
		if ((type = imp_type_word_at(q, &tl)) == NULL || (*joins[k] == '(' && q[tl] != ')') ||
		    imp_starts_ci(q + tl, " or "))
			goto out;
		e = q + tl + (*joins[k] == '(');
	}
	memset(v, 0, sizeof *v);
	v->name = name;
	v->type = type;
	v->line = imp_joined_line(first, starts, n_starts, (size_t)(hit - s));
	ok = 1;
	data = asked_datum(im, e, name, type);
	v->data = data;
out:
	kb_buf_free(&b);
	return ok;
}

/* The words at p as said: "x y" (quotes dropped, up to the closing one)
 * or one word up to a space; NULL when empty. */
static const char *said_text(struct imp *im, const char *p, const char **end)
{
	const char *e;

	if (*p == '"') {
		e = strchr(p + 1, '"');
		if (e == NULL || e == p + 1 || e - p > 120)
			return NULL;
		*end = e + 1;
		return imp_dupn(im, p + 1, (size_t)(e - p - 1));
	}
	for (e = p; *e != '\0' && *e != ' '; e++)
		;
	while (e > p && (e[-1] == '.' || e[-1] == ','))
		e--;
	if (e == p)
		return NULL;
	*end = e;
	return imp_dupn(im, p, (size_t)(e - p));
}

/* Line s (line n, just under value v's block) sets the value the block
 * shows by its word for it, not its name: "4. Change the value to 0.",
 * "Set the data value to 8.", "Change it to 0x1".  The data the block
 * shows is the state before (or a default); the step's datum, alone in
 * its sentence, is the data to write.  1 when v takes it. */
static int block_value_set_to(struct imp *im, struct value_spec *v, const char *s, size_t n)
{
	static const char *const sets[] = { "change the value to ", "change the data value to ",
					    "change the data to ", "change it to ", "set the value to ",
					    "set the data value to ", "set the data to ", "set it to ", NULL };
	const char *p = s, *nu, *e = NULL;
	size_t i;

	/* a step's number or letter: "4. ", "b. " */
	if ((isdigit((unsigned char)p[0]) || islower((unsigned char)p[0])) &&
	    (p[1] == '.' || (isdigit((unsigned char)p[1]) && p[2] == '.'))) {
		p = strchr(p, '.') + 1;
		p = imp_skip_ws(p);
	}
	for (i = 0; sets[i] != NULL && !imp_starts_ci(p, sets[i]); i++)
		;
	if (sets[i] == NULL)
		return 0;
	nu = said_text(im, p + strlen(sets[i]), &e);
	if (nu == NULL || strcasecmp(nu, v->data) == 0)
		return 0;
	/* the datum ends the sentence: not "Set the value to 1 to suppress
	 * receipts", a choice the article explains */
	e = imp_skip_ws(e);
	if (*e != '\0' && *e != '(' && *e != '.')
		return 0;
	imp_review(im, n, T_CHECKS, 0,
		   imp_fmt(im, "value '%s': its data '%s' is the one this step sets, not the '%s' the lines above show: check it",
			   v->name != NULL ? v->name : "", nu, v->data));
	v->data = nu;
	v->last = n;
	return 1;
}

void imp_data_changed_to(struct imp *im, struct value_spec *v)
{
	size_t n, last = v->last > v->line ? v->last : v->line, seen = 0;

	for (n = last + 1; n < im->a->body_end && n <= last + 4 && seen < 2; n++) {
		const char *s = imp_skip_ws(imp_line_at(im, n)), *p, *old, *nu, *e = NULL;

		if (imp_blank(s))
			continue;
		seen++;
		/* "4. Change the value to 0.", "Set the data value to 8.": a
		 * step setting the value the block shows, by its word for it */
		if (block_value_set_to(im, v, s, n))
			return;
		/* "change "A" to "B"", "Change the data from A to B" */
		if (imp_starts_ci(s, "change the data from "))
			p = s + 21;
		else if (imp_starts_ci(s, "change data from "))
			p = s + 17;
		else if (imp_starts_ci(s, "change "))
			p = s + 7;
		else
			continue;
		old = said_text(im, p, &e);
		if (old == NULL || !imp_starts_ci(e, " to "))
			return;
		if (strcasecmp(old, v->data) != 0) {
			/* a change of other data than the one shown: which
			 * data the article ends with is for a person */
			imp_review(im, n, T_CHECKS, 0,
			       imp_fmt(im, "value '%s': this line changes data '%s', not the '%s' shown above it: check the data to write",
				   v->name != NULL ? v->name : "", old, v->data));
			return;
		}
		nu = said_text(im, e + 4, &e);
		if (nu == NULL)
			return;
		/* a new line of data, not a sentence going on past it */
		e = imp_skip_ws(e);
		if (*e != '\0' && *e != '(' && *e != '.')
			return;
		v->data = nu;
		v->last = n;
		return;
	}
}

int imp_value_edited_after(struct imp *im, const char *name, size_t key_last, struct value_spec *v)
{
	struct kb_buf b = { 0 };
	size_t starts[16], n_starts = join_steps(im, key_last, &b, starts);
	const char *s, *p, *type = NULL, *data = NULL;
	int ok = 0, defaulted = 0;

	if (b.oom || b.p == NULL)
		goto out;
	s = b.p;
	/* "3. Click the Max Threads value.": the steps pick this value
	 * before they open its editor */
	if (imp_ci_find(s, "Add Value") != NULL || (p = imp_ci_find(s, name)) == NULL ||
	    !edited_data(im, p + strlen(name), &type, &data, &defaulted))
		goto out;
	memset(v, 0, sizeof *v);
	v->name = name;
	v->type = type;
	v->data = data;
	v->line = imp_joined_line(key_last + 1, starts, n_starts, (size_t)(p - s));
	if (defaulted)
		v->data = imp_dword_radix_default(im, v->line, name, data);
	ok = 1;
out:
	kb_buf_free(&b);
	return ok;
}

/* The dialog's sentence forms, for the procedure reader
 * (kbimport_procedure.c), which reads the same steps one sentence at a
 * time. */
const char *imp_said_word(struct imp *im, const char *p, const char **end)
{
	return said_word(im, p, end);
}

const char *imp_dialog_name(struct imp *im, const char *s, const char **after)
{
	return dialog_name(im, s, after);
}

const char *imp_dialog_type(const char *s, const char **after)
{
	return dialog_type(s, after);
}

int imp_editor_command(const char *p, size_t n)
{
	static const char *const words[] = { "Edit", "Delete", "Yes", "No", "OK", "Start", "Run", "File",
					     "Registry", "View", "Cancel", "Apply", "Close", "Exit", "Security",
					     "Permissions", "Advanced", "Find", "Key", "Value", "New", "Modify",
					     "Rename", "Remove", "Add", "Options", "Programs", "Settings",
					     "Properties", "Next", "Finish", "Save", NULL };
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (strlen(words[i]) == n && strncasecmp(p, words[i], n) == 0)
			return 1;
	return 0;
}

/* The names articles give Registry Editor's values pane. */
static const char *const value_panes[] = { "right pane", "right-hand pane", "right-side pane", "details pane",
					   NULL };

/* p at one of value_panes[], Registry Editor's and no other program's
 * (nothing named after it but "of Registry Editor": not "of the Windows
 * Explorer window"): where its words end, in *end too; NULL otherwise. */
static const char *registry_pane_at(const char *p, const char **end)
{
	size_t i, l;

	for (i = 0; value_panes[i] != NULL; i++) {
		l = strlen(value_panes[i]);
		if (strncasecmp(p, value_panes[i], l) != 0 || isalpha((unsigned char)p[l]))
			continue;
		p += l;
		if (imp_starts_ci(p, " window"))
			p += 7;
		if (imp_starts_ci(p, " of ")) {
			const char *o = imp_skip_ws(p + 4);
			if (imp_starts_ci(o, "the "))
				o += 4;
			if (!imp_starts_ci(o, "Registry Editor") && !imp_starts_ci(o, "Regedit"))
				return NULL;
			o += strcspn(o, ",.");
			p = o;
		}
		*end = p;
		return p;
	}
	return NULL;
}

/* The name a step picks at q: quoted, or up to four words each opening
 * with a capital or a digit; not a button's or a menu's.  *e_out past
 * it; NULL when q names nothing so. */
static const char *pane_name(struct imp *im, const char *q, const char **e_out)
{
	const char *e = q;
	size_t words = 0;

	if (imp_starts_ci(q, "the "))
		q += 4;
	if (*q == '"') {
		e = strchr(q + 1, '"');
		if (e == NULL || e == q + 1 || e - q > 80)
			return NULL;
		*e_out = e + 1;
		return imp_dupn(im, q + 1, (size_t)(e - q - 1));
	}
	for (e = q; words < 4; words++) {
		const char *w = e;
		if (!isupper((unsigned char)*w) && !isdigit((unsigned char)*w))
			break;
		while (isalnum((unsigned char)*e) || *e == '_' || *e == '.' || *e == '-')
			e++;
		while (e > w && e[-1] == '.')
			e--;
		if (*e != ' ' || !(isupper((unsigned char)e[1]) || isdigit((unsigned char)e[1])))
			break;
		e++;
	}
	while (e > q && e[-1] == ' ')
		e--;
	/* a button or a menu's name is no value's; "Start" names the Start
	 * menu elsewhere, but in this pane a service's Start value */
	if (e - q < 2 || (imp_editor_command(q, (size_t)(e - q)) && !(e - q == 5 && strncasecmp(q, "Start", 5) == 0)))
		return NULL;
	*e_out = e;
	return imp_dupn(im, q, (size_t)(e - q));
}

/* "In the right pane, double-click X", "In the details pane of Registry
 * Editor, right-click X", "double-click the X value in the right pane":
 * Registry Editor lists a key's values, and only them, in its right
 * (details) pane, so what is picked there is a value, however plainly it
 * is named ("Start").  The pick follows the pane's clause or is followed
 * by it in the same sentence. */
const char *imp_values_pane_pick(struct imp *im, const char *s, const char **at)
{
	static const char *const verbs[] = { "double-click ", "right-click ", "click ", "select ", NULL };
	const char *p, *q, *e, *name;
	size_t i;

	/* "In the right pane, double-click X" */
	for (p = s; (p = imp_ci_find(p, "in the ")) != NULL; p++) {
		if ((q = registry_pane_at(p + 7, &e)) == NULL)
			continue;
		q = imp_skip_ws(*e == ',' ? e + 1 : e);
		for (i = 0; verbs[i] != NULL; i++)
			if (imp_starts_ci(q, verbs[i])) {
				q += strlen(verbs[i]);
				if ((name = pane_name(im, q, &e)) == NULL)
					return NULL;
				*at = imp_starts_ci(q, "the ") ? q + 4 : q;
				return name;
			}
	}
	/* "double-click the X value in the right pane" */
	for (i = 0; verbs[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, verbs[i])) != NULL; p++) {
			if (p > s && (isalpha((unsigned char)p[-1]) || (i >= 2 && p[-1] == '-')))
				continue;
			q = p + strlen(verbs[i]);
			if ((name = pane_name(im, q, &e)) == NULL)
				continue;
			if (imp_starts_ci(e, " value") || imp_starts_ci(e, " entry"))
				e += 6;
			if (!imp_starts_ci(e, " in the ") || registry_pane_at(e + 8, &e) == NULL)
				continue;
			*at = imp_starts_ci(q, "the ") ? q + 4 : q;
			return name;
		}
	return NULL;
}

size_t imp_item_width_at(const char *p)
{
	return strncmp(p, " (32-bit)", 9) == 0 || strncmp(p, " (64-bit)", 9) == 0 ? 9 : 0;
}

const char *imp_menu_type(const char *s)
{
	/* Regedt32's Edit menu items and Regedit's New menu items, each
	 * followed by a word's end: "click String" is not "click Strings";
	 * later Regedits add the width ("DWORD (32-bit) Value") */
	static const char *const items[][2] = {
		{ "click DWORD", "REG_DWORD" }, { "select DWORD", "REG_DWORD" }, { "choose DWORD", "REG_DWORD" },
		{ "DWORD Value", "REG_DWORD" }, { "DWORD (32-bit) Value", "REG_DWORD" }, { "DWORD Editor", "REG_DWORD" },
		{ "QWORD Value", "REG_QWORD" }, { "QWORD (64-bit) Value", "REG_QWORD" },
		{ "click Expandable String", "REG_EXPAND_SZ" }, { "Expandable String Value", "REG_EXPAND_SZ" },
		{ "click Multi String", "REG_MULTI_SZ" }, { "Multi-String Value", "REG_MULTI_SZ" },
		{ "click String", "REG_SZ" }, { "select String", "REG_SZ" }, { "choose String", "REG_SZ" },
		{ "String Value", "REG_SZ" },
		{ "click Binary", "REG_BINARY" }, { "Binary Value", "REG_BINARY" },
	};
	const char *t, *e, *p;
	size_t i;

	if ((t = dialog_type(s, &e)) != NULL)
		return t;
	for (i = 0; i < sizeof items / sizeof items[0]; i++)
		if ((p = imp_ci_find(s, items[i][0])) != NULL && !isalpha((unsigned char)p[strlen(items[i][0])]))
			return items[i][1];
	return NULL;
}

const char *imp_dialog_data(struct imp *im, const char *s)
{
	return dialog_data(im, s);
}

const char *imp_dword_typed(struct imp *im, const char *rest, const char *data, int *defaulted)
{
	return dword_typed(im, rest, data, defaulted);
}

const char *imp_dword_editor_data(struct imp *im, size_t first, size_t last, const char *data, size_t line,
				  const char *name)
{
	size_t n;

	if (data == NULL || imp_starts_ci(data, "0x") || strspn(data, "0123456789") != strlen(data) ||
	    strlen(data) < 2)
		return data;
	for (n = first; n <= last && n < im->a->body_end; n++)
		if (imp_has_word(imp_line_at(im, n), "Decimal") || imp_has_word(imp_line_at(im, n), "Dec"))
			return data;
	return imp_dword_radix_default(im, line, name, imp_fmt(im, "0x%s", data));
}
