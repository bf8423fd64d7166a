/* kbimport_values.c: the values the article gives for a key (kbimport_int.h):
 * "Value Name / Data Type / Data" blocks, inline "Name: REG_X: data"
 * lines and table rows, and the value checks made from them. */
#include "kbwiz/kbimport.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/rule.h"
#include "kbwiz/sanitize.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"
#include "kbimport_int.h"

int imp_has_placeholder(const char *key)
{
	/* "Services\SNADLC?\Parameters": '?' stands for the rest of a name */
	return strchr(key, '<') != NULL || strchr(key, '[') != NULL || strchr(key, '#') != NULL ||
	       strchr(key, '?') != NULL ||
	       imp_ci_find(key, "xxx") != NULL || imp_ci_find(key, "a.b.c.d") != NULL;
}

/* name stands for one the reader chooses: "ValueName", "KeyName",
 * "ValueData", or a word for a value numbered ("Value1", "ValueN"). */
int imp_placeholder_value_name(const char *name)
{
	static const char *const stand_ins[] = { "ValueName", "ValueData", "KeyName", "SubkeyName", "NewValue",
						 "MyValue", "YourValue", "EntryName", NULL };
	static const char *const numbered[] = { "Value", "Key", "Entry", "Name", NULL };
	size_t i, l;

	for (i = 0; stand_ins[i] != NULL; i++)
		if (strcasecmp(name, stand_ins[i]) == 0)
			return 1;
	for (i = 0; numbered[i] != NULL; i++) {
		l = strlen(numbered[i]);
		if (strncasecmp(name, numbered[i], l) == 0 && name[l] != '\0' && name[l + 1] == '\0' &&
		    (isdigit((unsigned char)name[l]) || strchr("nNxX", name[l]) != NULL))
			return 1;
	}
	return 0;
}

/* Registry types as articles write them: "REG_MULTI_SZ", sometimes with
 * a trailing remark; with words_ok (a field labelled as the type) also
 * "DWORD" or "String value" (kbimport_field.c). */
static const char *read_type(const char *s, int words_ok)
{
	int guessed;

	return imp_reg_type(s, words_ok, NULL, &guessed);
}

/* "0 x 2", "0x 2", "0 x2": a hex number's "0x" with a space the print
 * put into it; the length of that prefix up to the digits, or 0. */
static size_t spaced_hex_prefix(const char *s)
{
	const char *p = s;

	if (*p++ != '0')
		return 0;
	if (*p == ' ')
		p++;
	if (*p != 'x' && *p != 'X')
		return 0;
	p++;
	if (*p == ' ')
		p++;
	/* "0x2" is no spaced form; "0 x" needs a hex digit after it */
	if (p - s == 2 || !isxdigit((unsigned char)*p))
		return 0;
	return (size_t)(p - s);
}

/* The number at s as the loader reads it (imp_read_number()); the
 * spaced form "0 x 2" read as 0x2 when spaced_ok, refused (NULL)
 * otherwise: not 0, which is no reading of it either. */
static const char *read_number(struct imp *im, const char *s, uint64_t max, int *extra, int spaced_ok)
{
	const char *p = s, *e, *q;
	uint64_t v = 0;
	int hex = 0;
	size_t spaced;

	if (imp_starts_ci(p, "dword:")) {
		p += 6;
		hex = 1;
	}
	if (!hex && (spaced = spaced_hex_prefix(p)) > 0) {
		if (!spaced_ok)
			return NULL;
		p += spaced;
		hex = 1;
	} else if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		p += 2;
		hex = 1;
	}
	e = p;
	while (hex ? isxdigit((unsigned char)*e) : isdigit((unsigned char)*e))
		e++;
	if (e == p || isalnum((unsigned char)*e))
		return NULL;
	/* The loader refuses data too big for the type: so does this. */
	for (q = p; q < e; q++) {
		unsigned d = isdigit((unsigned char)*q) ? (unsigned)(*q - '0') :
			     (unsigned)(tolower((unsigned char)*q) - 'a' + 10);
		unsigned base = hex ? 16 : 10;
		if (v > (max - d) / base)
			return NULL;
		v = v * base + d;
	}
	*extra = !imp_blank(e);
	return hex ? imp_fmt(im, "0x%.*s", (int)(e - p), p) : imp_dupn(im, p, (size_t)(e - p));
}

const char *imp_read_number(struct imp *im, const char *s, uint64_t max, int *extra)
{
	return read_number(im, s, max, extra, 0);
}

const char *imp_read_spaced_number(struct imp *im, const char *s, uint64_t max, int *extra)
{
	return read_number(im, s, max, extra, 1);
}

static int starts_ci_0x(const char *d)
{
	return imp_starts_ci(d, "0x");
}

static size_t words_in(const char *d)
{
	size_t words = 0;

	for (; *d != '\0'; d++)
		if (*d == ' ')
			words++;
	return words;
}

/* "454000 - 681000", "0 or 1", "1 to 65535", "Number of seconds". */
static int data_is_choice(const char *d)
{
	const char *p = d;

	/* the copy to read failed (im->oom set: the article is refused) */
	if (d == NULL)
		return 0;

	if (imp_has_word(d, "or") || imp_has_word(d, "to") || imp_has_word(d, "between") ||
	    imp_has_word(d, "number") || imp_has_word(d, "see"))
		return 1;
	/* "0x00000001 == Force secure mode": one of the data a reference
	 * lists with its meaning */
	if (strstr(d, "==") != NULL)
		return 1;
	/* "Off = 0; On = 1", "On = text of path": a policy table's
	 * meanings, each datum given with its word */
	if (strstr(d, " = ") != NULL || (strchr(d, '=') != NULL && strchr(d, ';') != NULL))
		return 1;
	/* "0|1 (Disabled|Enabled)", "0/1 [Default=1]": numbers offered as
	 * alternatives */
	for (p = strpbrk(d, "|/"); p != NULL; p = strpbrk(p + 1, "|/"))
		if (p > d && isdigit((unsigned char)p[-1]) && isdigit((unsigned char)p[1]))
			return 1;
	p = d;
	if (imp_starts_ci(p, "0x"))
		p += 2;
	while (isxdigit((unsigned char)*p) || *p == ',')
		p++;
	/* a number, then "- number"; "-1,67" alone is one datum */
	if (p == d || (starts_ci_0x(d) && p == d + 2))
		return 0;
	p = imp_skip_ws(p);
	return *p == '-' && isdigit((unsigned char)*imp_skip_ws(p + 1));
}

/* The word from s to its first blank, comma or end is a number:
 * digits, or "0x" and hex digits ("Frob" and "b" are none). */
static int number_word(const char *s)
{
	const char *p = s;

	if (imp_starts_ci(p, "0x") && isxdigit((unsigned char)p[2]))
		for (p += 2; isxdigit((unsigned char)*p); p++)
			;
	else
		while (isdigit((unsigned char)*p))
			p++;
	return p > s && (*p == '\0' || *p == ' ' || *p == ',');
}

/* DWORD data with its remarks taken out (without_remarks()) lists two
 * numbers: "0x0, 0x1", "0 , 1" from "0 (disable), 1 (enable)", "0  or
 * 1" from "0 (Default) or 1", "0  to 5" from "0 (default) to 5" -- a
 * number, a comma, "or" or "to", then another number, or a number
 * then "or" and words ("0 (default) or as defined above"); "10,000" is
 * one datum.  Only the numbers' own words count:
 * prose after a remark ("1 (on) to turn it on") is read by
 * data_is_choice() on the text before the remark, as ever. */
static int numbers_listed(const char *d)
{
	const char *p, *q, *b, *w;

	if (d == NULL)
		return 0;
	for (p = d; *p != '\0'; p++) {
		if (*p == ',' && p[1] == ' ')
			q = imp_skip_ws(p + 1);
		else if (p > d && p[-1] == ' ' && (imp_starts_word(p, "or") || imp_starts_word(p, "to")))
			q = imp_skip_ws(p + 2);
		else
			continue;
		if (*p == ',' && imp_starts_word(q, "or"))
			q = imp_skip_ws(q + 2);
		for (b = p; b > d && b[-1] == ' '; b--)
			;
		for (w = b; w > d && isalnum((unsigned char)w[-1]); w--)
			;
		/* "0 (default) or as defined above": an alternative in words */
		if (b > w && number_word(w) && (number_word(q) || imp_starts_word(p, "or")))
			return 1;
	}
	return 0;
}

int imp_data_is_choice(const char *d)
{
	return data_is_choice(d);
}

/* d with its remarks in brackets taken out: "0 (disable), 1 (enable)" is
 * read as "0 , 1", "0 (Default) or 1" as "0  or 1", so the data around
 * the remarks show a choice.  Data that opens with a remark ("(default 0)
 * This parameter sets ...") is words, read up to it: none. */
static const char *without_remarks(struct imp *im, const char *d)
{
	const char *close;
	char *out, *o;

	if (*imp_skip_ws(d) == '(')
		return "";
	if ((out = o = strdup(d)) == NULL) {
		im->oom = 1;
		return NULL;
	}
	while (*d != '\0') {
		if (*d == '(' && (close = strchr(d, ')')) != NULL) {
			d = close + 1;
			continue;
		}
		*o++ = *d++;
	}
	*o = '\0';
	return imp_keep(im, out);
}

/* "...\\Applications\\Appname" with "Where appname is the name of the
 * application's executable file": a name in the path that the article
 * defines as a stand-in. */
static int key_names_stand_in(const struct imp *im, const char *key)
{
	const char *c = key, *e;
	char phrase[80];
	size_t n;

	for (; *c != '\0'; c = *e != '\0' ? e + 1 : e) {
		e = strchr(c, '\\');
		if (e == NULL)
			e = c + strlen(c);
		if (e - c < 3 || e - c > 60)
			continue;
		snprintf(phrase, sizeof phrase, "where %.*s is", (int)(e - c), c);
		for (n = im->a->body_first; n < im->a->body_end; n++)
			if (imp_ci_find(imp_line_at(im, n), phrase) != NULL)
				return 1;
	}
	return 0;
}

/* "Default is 0", "0 (default)": data that gives only the default, as
 * the number it names, or NULL. */
static const char *default_only(struct imp *im, const char *data)
{
	const char *p = data;
	int extra = 0;

	if (imp_ci_find(data, "default") == NULL)
		return NULL;
	while (*p != '\0' && !isdigit((unsigned char)*p))
		p++;
	if (*p == '\0' || (p > data && isalnum((unsigned char)p[-1])))
		return NULL;
	p = imp_read_number(im, p, 0xFFFFFFFFu, &extra);
	return p;
}

/* The data of value v, whose block gives only its default, said in the
 * lines after the block: "If this value is (present and) set to 1 (TRUE),
 * then ...".  One number other than the default, within the next few
 * lines; its line in *at.  NULL when none or more than one. */
static const char *data_said_after(struct imp *im, const struct value_spec *v, const char *data,
				   size_t *at)
{
	static const char *const cues[] = { "value is present and set to ", "value is set to ", NULL };
	const char *def = default_only(im, data), *found = NULL;
	size_t n, i, end = (v->last > v->line ? v->last : v->line) + 10;

	if (def == NULL)
		return NULL;
	for (n = (v->last > v->line ? v->last : v->line) + 1; n < im->a->body_end && n <= end; n++) {
		const char *s = imp_line_at(im, n), *q, *num;
		int extra = 0;
		if (imp_ci_find(s, "HKEY_") != NULL)
			break;
		for (i = 0; cues[i] != NULL; i++) {
			if ((q = imp_ci_find(s, cues[i])) == NULL)
				continue;
			num = imp_read_number(im, q + strlen(cues[i]), 0xFFFFFFFFu, &extra);
			if (num == NULL || strcmp(num, def) == 0)
				break;
			if (found != NULL && strcmp(found, num) != 0)
				return NULL;
			found = num;
			*at = n;
			break;
		}
	}
	return found;
}

/* "0x00000003 == allows the server to ...": one number, then "==" and
 * words saying what it means (a block giving one datum with its meaning;
 * several such lines are a choice, value_spec.several_data).  The number,
 * or NULL. */
static const char *datum_then_meaning(struct imp *im, const char *d)
{
	const char *e = d;

	if (imp_starts_ci(e, "0x"))
		e += 2;
	while (isxdigit((unsigned char)*e))
		e++;
	if (e == d || (e == d + 2 && imp_starts_ci(d, "0x")) || strncmp(imp_skip_ws(e), "==", 2) != 0 ||
	    !isalpha((unsigned char)*imp_skip_ws(imp_skip_ws(e) + 2)))
		return NULL;
	/* decimal digits only, or a 0x number: "1F" alone is no datum */
	if (!imp_starts_ci(d, "0x") && strspn(d, "0123456789") != (size_t)(e - d))
		return NULL;
	return imp_dupn(im, d, (size_t)(e - d));
}

/* "<server name>" in data; "<CR>" between a list's entries is none. */
static int angle_placeholder(const char *d)
{
	for (; (d = strchr(d, '<')) != NULL; d++)
		if (strncmp(d, "<CR>", 4) != 0)
			return 1;
	return 0;
}

/* "\\Machine_name\Share", "server_name": a word ending "_name" (in small
 * letters; "SERVER_NAME" is a variable's own name) stands for the
 * reader's own name, as the archive writes placeholders without angle
 * brackets. */
static int underscore_name_placeholder(const char *d)
{
	const char *p;

	for (p = d; (p = strstr(p, "_name")) != NULL; p++)
		if (p > d && isalpha((unsigned char)p[-1]) && !isalnum((unsigned char)p[5]))
			return 1;
	return 0;
}

/* Text s limits a length: a number and a unit of length ("15
 * characters", "max 8 chars", "maximum length: 15", "under 16 letters"). */
static int limits_a_length(const char *s)
{
	static const char *const units[] = { "char", "chars", "characters", "letters", "digits", "length", NULL };

	return imp_find_any_word(s, units) != NULL && strpbrk(s, "0123456789") != NULL;
}

/* The lines right under v's block that hold notes on it ("NOTE:
 * DomainName must not be longer than 15 characters."): up to three, to
 * the next step, value or type. */
#define LIMIT_NOTE_LINES 3

/* String data d (of type, a REG_*SZ) whose length the article limits:
 * the words stand for the reader's own name or text.  A datum given
 * outright needs no limit.  Either a remark in brackets after the data
 * ("DomainName (not longer than 15 chars)", "(maximum length: 15)",
 * "(NetBIOS name, 15 characters)"), or a note under the block naming the
 * datum with a limit.  The line of the limit in *line; a number ("255
 * (the maximum, 255 characters)") is a datum, never a stand-in. */
static int data_has_length_limit(const struct imp *im, const struct value_spec *v, const char *type, const char *d,
				 size_t *line)
{
	const char *open = strchr(d, '('), *close;
	char remark[120], datum[80];
	size_t n, last = v->last > v->line ? v->last : v->line, dl;

	if (type == NULL || (strcmp(type, "REG_SZ") != 0 && strcmp(type, "REG_EXPAND_SZ") != 0 &&
			     strcmp(type, "REG_MULTI_SZ") != 0))
		return 0;
	dl = imp_rtrim_len(d, open != NULL ? (size_t)(open - d) : strlen(d));
	/* "255", "0x20": a number given outright */
	if (dl == 0 || dl >= sizeof datum || isdigit((unsigned char)*d))
		return 0;
	snprintf(datum, sizeof datum, "%.*s", (int)dl, d);
	*line = v->line;
	if (open != NULL && (close = strchr(open, ')')) != NULL) {
		snprintf(remark, sizeof remark, "%.*s", (int)(close - open - 1), open + 1);
		if (limits_a_length(remark))
			return 1;
	}
	/* a note under the block names the datum, one word, and limits it */
	if (strchr(datum, ' ') != NULL)
		return 0;
	for (n = last + 1; n < im->a->body_end && n <= last + 1 + LIMIT_NOTE_LINES; n++) {
		const char *s = imp_line_at(im, n);
		if (imp_blank(s))
			continue;
		if (imp_ci_find(s, "REG_") != NULL || imp_ci_find(s, "Name:") != NULL ||
		    imp_past_step_mark(s) != imp_skip_ws(s))
			break;
		if (imp_find_word(s, datum) != NULL && limits_a_length(s)) {
			*line = n;
			return 1;
		}
	}
	return 0;
}

/* The choices data lists ("0 (disable), 1 (enable)") that text names
 * as numbers of their own: how many of them, each counted once. */
static size_t listed_numbers_named(struct imp *im, const char *data, const char *text)
{
	const char *p, *q;
	size_t named = 0;
	int extra;

	for (p = data; *p != '\0'; p++) {
		const char *d, *before;
		if (!isdigit((unsigned char)*p) || (p > data && isalnum((unsigned char)p[-1])) ||
		    (d = imp_read_number(im, p, 0xFFFFFFFFu, &extra)) == NULL)
			continue;
		/* counted once: the same number earlier in the list */
		for (before = data; before < p; before++)
			if (isdigit((unsigned char)*before) && (before == data || !isalnum((unsigned char)before[-1])) &&
			    (q = imp_read_number(im, before, 0xFFFFFFFFu, &extra)) != NULL &&
			    imp_same_data("REG_DWORD", q, "REG_DWORD", d))
				break;
		if (before < p)
			continue;
		for (q = text; *q != '\0'; q++) {
			const char *t;
			if (!isdigit((unsigned char)*q) || (q > text && isalnum((unsigned char)q[-1])) ||
			    (t = imp_read_number(im, q, 0xFFFFFFFFu, &extra)) == NULL)
				continue;
			if (imp_same_data("REG_DWORD", t, "REG_DWORD", d)) {
				named++;
				break;
			}
		}
	}
	return named;
}

/* The step's lines between the key and v's block name more than one of
 * the choices ("to 1 to enable signing, or to 0 to disable it"), or a
 * case or an alternative ("to 1 on a server (on a workstation, 0)",
 * "to 1 if ..."): the step picks for a case, not for every machine. */
static int step_names_a_case(struct imp *im, const struct imp_at *at, const struct value_spec *v,
			     const char *data)
{
	static const char *const cases[] = { "or", "if", "when", "unless", "only", "for", "otherwise",
					     "either", NULL };
	struct kb_buf b = { 0 };
	size_t starts[16];
	int yes;

	if (v->line > at->key_last + 1)
		imp_join_lines(im, at->key_last + 1, v->line - 1, &b, starts, 16);
	if (b.oom) {
		kb_buf_free(&b);
		return 1;
	}
	/* "on a server", "on an x86 computer": the machines it is for */
	yes = b.p != NULL && (imp_find_any_word(b.p, cases) != NULL || imp_ci_find(b.p, " on a ") != NULL ||
			      imp_ci_find(b.p, " on an ") != NULL || listed_numbers_named(im, data, b.p) > 1);
	kb_buf_free(&b);
	return yes;
}

/* "Set the following value to 0:" between the key and a block whose
 * data lists the choices ("0 (disable), 1 (enable)"): the step's number,
 * when it is one of the choices the data lists and the step names no
 * other choice nor a case (step_names_a_case()); NULL otherwise. */
static const char *choice_set_in_step(struct imp *im, const struct imp_at *at, const struct value_spec *v,
				      const char *type, const char *data, size_t *line)
{
	const char *num, *p;
	int extra;

	if (strcmp(type, "REG_DWORD") != 0 ||
	    (num = imp_dword_set_in_step(im, at, v, line)) == NULL || step_names_a_case(im, at, v, data))
		return NULL;
	for (p = data; *p != '\0'; p++) {
		const char *d;
		if (!isdigit((unsigned char)*p) || (p > data && isalnum((unsigned char)p[-1])))
			continue;
		if ((d = imp_read_number(im, p, 0xFFFFFFFFu, &extra)) != NULL &&
		    imp_same_data("REG_DWORD", d, "REG_DWORD", num))
			return num;
	}
	return NULL;
}

/* The last of the REGEDIT-form lines from line on ('"A"=dword:1' then
 * '"B"=dword:2'): what the article says after them is about them all. */
static size_t regedit_run_end(const struct imp *im, size_t line)
{
	while (line + 1 < im->a->body_end && *imp_skip_ws(imp_line_at(im, line + 1)) == '"' &&
	       strstr(imp_line_at(im, line + 1), "\"=") != NULL)
		line++;
	return line;
}

/* The step over a one-entry list's block adds to what the list holds:
 * "Add the necessary services to make your data look like this:", "add
 * LmHosts to the existing entries"; not "Add the following value:",
 * which makes the value, nor "so that it reads exactly as follows".
 * Read on the few lines above line, below the key's line. */
static int adds_to_the_list(const struct imp *im, size_t line, size_t key_line)
{
	static const char *const objects[] = { "data", "list", "existing", "services", "entries", NULL };
	size_t n, seen = 0;

	for (n = line; n > im->a->body_first && n > key_line + 1 && seen < 3; n--) {
		const char *s = imp_line_at(im, n - 1);
		if (imp_blank(s))
			continue;
		seen++;
		/* "so that the data reads exactly as follows": the whole
		 * list, not an entry added */
		if (!(imp_has_word(s, "add") || imp_has_word(s, "append")) ||
		    imp_has_word(s, "value") || imp_has_word(s, "exactly"))
			continue;
		if (imp_find_any_word(s, objects) != NULL)
			return 1;
	}
	return 0;
}

/* A path written as a tree, one name a line, the value's name last
 *
 *     HKEY_LOCAL_MACHINE
 *     \SYSTEM
 *      ...
 *       \SomeValue
 *
 * is cited on the line naming the value, not on the key's first line:
 * that line, or v's own line when the name is not alone on a line of the
 * key being read. */
static size_t tree_value_line(const struct imp *im, const struct imp_at *at, const struct value_spec *v)
{
	size_t m, nl;

	if (v->name == NULL || at->key_line == 0 || v->line < at->key_line ||
	    v->line >= at->key_last)
		return v->line;
	nl = strlen(v->name);
	for (m = at->key_last; m > v->line; m--) {
		const char *p = imp_skip_ws(imp_line_at(im, m));
		if (*p == '\\')
			p++;
		if (strncasecmp(p, v->name, nl) == 0 && imp_blank(p + nl))
			return m;
	}
	return v->line;
}

/* REG_BINARY data as the rule format reads it (kb/README.md): whole
 * bytes of two hex digits, blanks or commas between them ("01 00 0a
 * ff", "01,00,0A,FF", "01000aff"), 1 to RULE_BINARY_MAX of them.
 * Anything else (a word, "...", an odd digit, more bytes than the loader
 * takes) is not data the draft can compare.  rule_hex_scan() is the
 * loader's own reader, so a draft's data loads; the loader says why it
 * refuses, this only whether. */
static int hex_bytes(const char *data)
{
	struct rule_hex_scan r;

	return rule_hex_scan(data, strlen(data), NULL, RULE_BINARY_MAX, &r) == RULE_HEX_OK;
}

/* "It is important that the third byte is an A": the article asks for
 * single bytes of the value, the others depend on the machine (a time
 * zone's, a printer's), so the whole data is no check.  The words in the
 * value's lines or the three after them; the ordinal said, else NULL. */
static const char *single_byte_asked(const struct imp *im, const struct value_spec *v)
{
	static const char *const ordinals[] = { "first byte", "second byte", "third byte",
						"fourth byte", "fifth byte", "sixth byte",
						"seventh byte", "eighth byte", "last byte", NULL };
	size_t last = v->last > v->line ? v->last : v->line, n;
	const char *o;

	for (n = v->line; n < im->a->body_end && n <= last + 3; n++)
		if ((o = imp_cue_in(imp_line_at(im, n), ordinals)) != NULL)
			return o;
	return NULL;
}

/* "binary" at p names the data's radix, not its type: on a "Radix:"
 * line, or as "(binary)" or "in binary"; never "REG_BINARY", a type
 * line ("Data type: Binary") or a table's "Binary Value". */
static int binary_is_radix(const char *line, const char *p)
{
	if ((p > line && p[-1] == '_') || p[6] == '_')
		return 0;
	if (imp_ci_find(line, "radix") != NULL)
		return 1;
	return (p > line && p[-1] == '(') || imp_phrase_ends_at(line, p, "in ");
}

/* "Radix: Decimal", "10 (decimal)", "Radix: Binary": the value's lines
 * (and a radix line right after them) write its data in a radix other
 * than hex, which bytes "10" would misread (10 is 0a, or 02).  The
 * radix word said, else NULL. */
static const char *radix_not_hex(const struct imp *im, const struct value_spec *v)
{
	size_t last = v->last > v->line ? v->last : v->line, n;
	const char *line, *p;

	for (n = v->line; n < im->a->body_end && n <= last + 1; n++) {
		line = imp_line_at(im, n);
		if (n == last + 1 && imp_ci_find(line, "radix") == NULL)
			break;
		if (imp_find_word(line, "decimal") != NULL)
			return "decimal";
		for (p = line; (p = imp_find_word(p, "binary")) != NULL; p += 6)
			if (binary_is_radix(line, p))
				return "binary";
	}
	return NULL;
}

/* "1000": digits only, glued, more than one byte; as likely a decimal
 * number as the bytes 10 00. */
static int glued_digits(const char *data)
{
	size_t n = strlen(data);

	return n > 2 && strspn(data, "0123456789") == n;
}

/* The sentence ending with a colon right above value v (blank lines
 * between), or right above its key when the key stands between them,
 * names one type for it ("Add the following String Value:", "the
 * following binary value"): that type, *line the lead-in's last line;
 * NULL otherwise. */
static const char *lead_in_type(struct imp *im, const struct imp_at *at, const struct value_spec *v, size_t *line)
{
	struct kb_buf b = { 0 };
	size_t n = v->line, last, first, starts[6];
	const char *t = NULL;

	while (n > im->a->body_first + 1 && imp_blank(imp_line_at(im, n - 1)))
		n--;
	last = n - 1;
	/* the key between: its lead-in above it */
	if (at->key_line > 0 && last >= at->key_line && last <= (at->key_last > 0 ? at->key_last : at->key_line)) {
		n = at->key_line;
		while (n > im->a->body_first + 1 && imp_blank(imp_line_at(im, n - 1)))
			n--;
		last = n - 1;
	}
	if (last <= im->a->body_first || !imp_ends_with_colon(imp_line_at(im, last)) ||
	    imp_ci_find(imp_line_at(im, last), "HKEY_") != NULL)
		return NULL;
	first = imp_sentence_start(im, last, last > 3 ? last - 3 : 0);
	if (imp_join_lines(im, first, last, &b, starts, 6) > 0 && b.p != NULL &&
	    imp_ci_find(b.p, "following") != NULL && (t = imp_menu_type(b.p)) != NULL) {
		/* one type, said of the value: not "DWORD or String" */
		const char *o = imp_menu_type(imp_ci_find(b.p, "following") + 9);
		if (o == NULL || strcmp(o, t) != 0 || imp_find_word(b.p, "or") != NULL)
			t = NULL;
	}
	kb_buf_free(&b);
	*line = last;
	return t;
}

/* The type listed for a value on line shown is not one a block with no
 * type may take: the words over the block's own key (from the ask window
 * to key_line) name a type themselves ("Create the value again as a
 * DWORD value"), or the listing is of the problem (in SYMPTOMS or CAUSE,
 * or with "wrong", "incorrect" or "invalid" in the lines over it: "Setup
 * writes the value with the wrong data type"). */
static int type_not_to_borrow(struct imp *im, size_t key_line, size_t shown)
{
	static const char *const types[] = { "DWORD", "REG_SZ", "string value", "multi-string", "REG_MULTI_SZ",
					     "binary value", "REG_BINARY", "expandable", "REG_EXPAND_SZ", NULL };
	static const char *const problem[] = { "wrong", "incorrect", "invalid", NULL };
	const struct kb_article_section *sec = imp_section_of(im, shown);
	size_t n;

	for (n = imp_ask_window_start(im, key_line); key_line > 0 && n < key_line; n++)
		if (imp_cue_in(imp_line_at(im, n), types) != NULL)
			return 1;
	if (sec != NULL && (imp_symptoms_section(sec) || strcasecmp(sec->name, "CAUSE") == 0))
		return 1;
	for (n = shown > im->a->body_first + 4 ? shown - 4 : im->a->body_first; n <= shown; n++)
		if (imp_cue_in(imp_line_at(im, n), problem) != NULL)
			return 1;
	return 0;
}

/* The bracket after a datum, at p, tags it as the default, every word of
 * it a radix word, "the" or "default": "(Dec,default)", "(default)",
 * "(the default)"; not "(default 1,000)", which names another, nor "(not
 * the default)" or "(non-default)". */
static int default_tag(const char *p)
{
	static const char *const tags[] = { "dec", "decimal", "hex", "hexadecimal", "the", "default", NULL };
	const char *e = strchr(p, ')'), *w;
	size_t l, i;
	int dflt = 0;

	if (e == NULL)
		return 0;
	for (w = p + 1; w < e; w += l) {
		w += strspn(w, " ,");
		l = strcspn(w, " ,)");
		if (l == 0)
			break;
		for (i = 0; tags[i] != NULL; i++)
			if (strlen(tags[i]) == l && strncasecmp(w, tags[i], l) == 0)
				break;
		if (tags[i] == NULL)
			return 0;
		dflt |= strcmp(tags[i], "default") == 0;
	}
	return dflt;
}

/* "By changing the X value, you can increase or decrease the number of
 * tracking log files": in the six lines after a value's last line (not
 * past the next step or key), words that leave its data to be raised or
 * lowered, so the data shown is where it stands, no target. */
static int raised_or_lowered(const struct imp *im, size_t last)
{
	static const char *const cues[] = { "increase or decrease", "increased or decreased", "raise or lower",
					    "raised or lowered", NULL };
	size_t n;

	for (n = last + 1; n < im->a->body_end && n <= last + 6; n++) {
		const char *s = imp_line_at(im, n);
		if (imp_numbered_step(s) || imp_ci_find(s, "HKEY_") != NULL)
			break;
		if (imp_cue_in(s, cues) != NULL)
			return 1;
	}
	return 0;
}

/* name in s as written, case and all, a whole word: "Start" is no "does
 * start". */
static int word_as_written(const char *s, const char *name)
{
	size_t l = strlen(name);
	const char *p;

	for (p = s; (p = strstr(p, name)) != NULL; p++)
		if ((p == s || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[l]))
			return 1;
	return 0;
}

/* The heading over the paragraph that holds line n ("Reset Views" over
 * "-----------") is name, as written. */
static int heading_over_paragraph(const struct imp *im, size_t n, const char *name)
{
	size_t m = n;
	const char *h;

	while (m > im->a->body_first && !imp_blank(imp_line_at(im, m - 1)))
		m--;
	while (m > im->a->body_first && imp_blank(imp_line_at(im, m - 1)))
		m--;
	if (m < im->a->body_first + 2 || !imp_underline(imp_line_at(im, m - 1)))
		return 0;
	h = imp_skip_ws(imp_line_at(im, m - 2));
	return strncmp(h, name, strlen(name)) == 0 && imp_blank(h + strlen(name));
}

/* "Reset Views" / "-----------" / "If this parameter exists and is set to
 * a non-zero value, the store deletes ... and resets the value to zero":
 * the program clears the value once it has acted, so setting it is a
 * one-time trigger.  Anywhere in the article (the value is described once
 * and set in several procedures), a sentence saying the program resets
 * the value, which names it (as written) or stands under its heading: not
 * a neighbour in the same block, nor "Start Registry Editor" above. */
static int reset_by_program(struct imp *im, const char *name)
{
	/* (not "resets it to zero": "it" may be a counter of the program's
	 * own, "each successful send resets it to zero") */
	static const char *const resets[] = { "resets the value to zero", "resets the value to 0",
					      "resets this value to zero", "resets this value to 0",
					      "resets the value back to zero", "resets the value back to 0",
					      "resets the entry to zero", "resets the entry to 0",
					      "resets the parameter to zero", "resets the parameter to 0", NULL };
	size_t n, first, starts[8];
	int hit = 0;

	if (name == NULL || strlen(name) < 3)
		return 0;
	for (n = im->a->body_first; n < im->a->body_end && !hit; n++) {
		struct kb_buf b = { 0 };
		const char *cue, *from, *p;
		char two[512];

		/* the cheap test first, on the line and the next (the words
		 * wrap: "... and resets the" / "value to zero."): this runs
		 * over every line for every value checked, and only a line
		 * that holds the cue is joined with its paragraph */
		snprintf(two, sizeof two, "%s %s", imp_line_at(im, n),
			 n + 1 < im->a->body_end ? imp_skip_ws(imp_line_at(im, n + 1)) : "");
		if (imp_cue_in(two, resets) == NULL)
			continue;
		/* the line, the three above it in its paragraph and the one
		 * below */
		for (first = n; first > im->a->body_first && first + 3 > n && !imp_blank(imp_line_at(im, first - 1));
		     first--)
			;
		imp_join_lines(im, first, n + 1 < im->a->body_end ? n + 1 : n, &b, starts, 8);
		if (b.oom || b.p == NULL || (cue = imp_cue_in(b.p + starts[n - first], resets)) == NULL ||
		    (cue = imp_ci_find(b.p + starts[n - first], cue)) == NULL) {
			kb_buf_free(&b);
			continue;
		}
		/* the cue's sentence, from past the stop before it */
		for (from = b.p, p = b.p; p < cue; p++)
			if (*p == '.' && p[1] == ' ')
				from = p + 2;
		{
			char sent[600];
			snprintf(sent, sizeof sent, "%.*s", (int)(cue - from), from);
			hit = word_as_written(sent, name) || heading_over_paragraph(im, n, name);
		}
		kb_buf_free(&b);
	}
	return hit;
}

void imp_value_checks(struct imp *im, const struct imp_at *caller_at, const char *key,
		      const struct value_spec *v0)
{
	struct imp_at here = *caller_at, *at = &here;
	const char *type, *why = NULL, *data, *paren, *num, *cue, *picked = NULL, *meaning = NULL;
	int contains = 0, extra = 0, guessed = 0, tagged_default = 0;
	size_t dl, ask_line = 0, said_at = 0, limit_line = 0;
	struct imp_check *c;
	struct value_spec vv = *v0;
	const struct value_spec *v = &vv;

	vv.line = tree_value_line(im, at, v0);
	/* "...\\Parameters\\" wrapped before ": Name:REG_SZ:data": the colon
	 * is the path's, not the name's */
	if (vv.name != NULL && vv.name[0] == ':' && imp_skip_ws(vv.name + 1)[0] != '\0')
		vv.name = imp_skip_ws(vv.name + 1);
	if (vv.line != v0->line)
		imp_review(im, v0->line, T_CHECKS, 0,
			   imp_fmt(im, "the path on lines %zu-%zu is written one name a line; its last name, '%s' on line %zu, is read as a value",
				   at->key_line, at->key_last, v0->name, vv.line));
	at->value_last = v->last;
	if (v->subkey != NULL && (key = imp_fmt(im, "%s\\%s", key, v->subkey)) == NULL)
		return;
	/* every reader's fields through one cleaner: '"Name" (without the
	 * quotation marks)', "REG_DWORD<BR/>", "1." */
	if (vv.name != NULL)
		vv.name = imp_clean_field(im, vv.name, strlen(vv.name));
	if (vv.type != NULL)
		vv.type = imp_clean_field(im, vv.type, strlen(vv.type));
	if (vv.data != NULL && !vv.exact)
		vv.data = imp_clean_field(im, vv.data, strlen(vv.data));
	/* "Value name: X" / "Value Data: 1" with no type, where the article
	 * lists X with its type elsewhere under the same key (another
	 * method's block): that type, said (guide C11) */
	if (vv.type == NULL && vv.name != NULL && vv.name[0] != '\0' && vv.data != NULL && vv.data[0] != '\0' &&
	    !vv.sentence && !vv.regedit_form) {
		size_t shown = 0;
		const char *t = imp_type_shown_for(im, vv.name, at->key_line, &shown);
		if (t != NULL && shown != vv.line && !type_not_to_borrow(im, at->key_line, shown)) {
			vv.type = t;
			imp_review(im, vv.line, T_CHECKS, 0,
				   imp_fmt(im, "value '%s': the article gives no type here; %s is the type it lists for it on line %zu: check it",
					   vv.name, t, shown));
		}
	}
	/* "Add the following String Value:", "if the following binary
	 * value is present in the registry:" over a block with no type
	 * line: the type its lead-in names, said (guide C11) */
	if (vv.type == NULL && vv.name != NULL && vv.name[0] != '\0' && vv.data != NULL && vv.data[0] != '\0' &&
	    !vv.sentence && !vv.regedit_form) {
		size_t said = 0;
		const char *t = lead_in_type(im, at, &vv, &said);
		if (t != NULL) {
			vv.type = t;
			imp_review(im, vv.line, T_CHECKS, 0,
				   imp_fmt(im, "value '%s': its type, %s, is read from the words that lead in to it on line %zu: check it",
					   vv.name, t, said));
		}
	}
	type = v->type != NULL ? imp_reg_type(v->type, 1, NULL, &guessed) : NULL;
	if (type != NULL && guessed)
		imp_review(im, v->line, T_CHECKS, 0,
			   imp_fmt(im, "value '%s': the article writes its type '%s', read as %s: check it",
				   v->name != NULL ? v->name : "(unnamed)", v->type, type));
	/* "change the following registry parameter to 1" over a block that
	 * gives no data: the asking sentence says it (kbimport_prosekey.c) */
	if ((vv.data == NULL || vv.data[0] == '\0') && type != NULL && strcmp(type, "REG_DWORD") == 0 &&
	    !vv.sentence && (vv.data = imp_dword_set_in_words(im, at, v, &said_at)) != NULL) {
		/* asked for in so many words: the block's range and default
		 * document it, they do not make it a description; the words
		 * ask for the change, whatever the block's lead-in says
		 * ("The AutoDisconnect value is located in:") */
		here.recommended = 1;
		here.repair = 1;
		imp_review(im, vv.line, T_CHECKS, 0,
			   imp_fmt(im, "value '%s': its data %s is read from the words asking for it on line %zu; check it",
				   vv.name, vv.data, said_at));
	}
	data = v->data;
	if (v->sentence)
		why = "the words before the type are a sentence, not a value's name";
	else if (v->regedit_form && !at->repair)
		/* "the following key remains enabled: <path> "X"=dword:1": a
		 * state shown in REGEDIT's form, no export merged, no step */
		why = "the article shows the value in REGEDIT's form and asks for no change";
	else if (v->name == NULL || v->name[0] == '\0')
		why = "the value has no name (the key's default value)";
	else if (v->type == NULL)
		why = "the article gives no data type";
	else if (type == NULL)
		why = imp_fmt(im, "the data type '%s' is not a registry type", v->type);
	else if (data == NULL || *data == '\0')
		why = "the article gives no data";
	else if (angle_placeholder(data) || underscore_name_placeholder(data) || imp_ci_find(data, "a.b.c.d") != NULL ||
		 (data[0] == '[' && data[strlen(data) - 1] == ']'))     /* "[path name]" */
		why = "the data is a placeholder";
	else if (data_has_length_limit(im, v, type, data, &limit_line))
		why = imp_fmt(im, "the data is a placeholder: the article limits its length (line %zu), so the reader supplies it",
			      limit_line);
	else if (v->example)
		why = "the article gives the data as an example";
	else if (v->alternative)
		why = "the article offers this value as one of alternatives ('or' between the values): a person picks";
	else if (key_names_stand_in(im, key))
		why = "the key's path holds a name the article defines as a stand-in (\"where X is ...\")";
	else if (imp_has_placeholder(key))
		why = "the key's path holds a placeholder for a name";
	else if ((cue = imp_data_left_to_reader(im, v->line, v->regedit_form ? regedit_run_end(im, v->line) :
							  v->last > v->line ? v->last : v->line)) != NULL)
		why = imp_fmt(im, "the article leaves the data to the reader ('%s')", cue);
	else if ((cue = imp_lead_in_shows(im, v->line, at->key_line)) != NULL)
		why = imp_fmt(im, "the article shows the value, it does not ask to set it ('%s')", cue);
	else if (imp_old_state_above(im, v->last > v->line ? v->last : v->line))
		why = "the article changes these values to the ones it lists next: this is the state before";
	else if (raised_or_lowered(im, v->last > v->line ? v->last : v->line))
		why = "the article says to raise or lower the value as needed: the data shown is where it stands, not a target";
	else if (reset_by_program(im, v->name))
		why = "the article says the program resets this value once it has acted on it: a one-time trigger, not a state to check";
	else if (at->key_line > 0 &&
		 imp_program_writes(im, imp_ask_window_start(im, at->key_line), at->key_line))
		why = "the article says a program writes this value, it does not ask the reader to";
	else if (v->data_wraps)
		why = "the data runs over several lines (a list, or a value wrapped in print)";
	else if (v->several_data &&
		 (picked = imp_choice_by_ask(im, v->line, v->last > v->line ? v->last : v->line,
					     at->key_line, &ask_line)) == NULL)
		why = "the article gives a range or a choice, not one datum (a data line for each)";
	else if (picked == NULL && (meaning = datum_then_meaning(im, data)) != NULL && !at->repair)
		/* a datum shown with its meaning, no change asked: the
		 * article describes what the value does */
		why = "the article gives the datum with its meaning and asks for no change";
	else if (picked == NULL && meaning != NULL) {
		/* "Value: 0x00000003 == allows clients without ...": the one
		 * datum a block gives, with what it means */
		imp_review(im, v->line, T_CHECKS, 0,
			   imp_fmt(im, "value '%s': the data '%s' is read as %s, its meaning left out: check it",
				   v->name, data, meaning));
		data = meaning;
	} else if (picked == NULL &&
		   (data_is_choice(imp_dupn(im, data, strcspn(data, "("))) ||
		    ((strcmp(type, "REG_DWORD") == 0 || strcmp(type, "REG_QWORD") == 0) &&
		     numbers_listed(without_remarks(im, data)))) &&
		 (picked = imp_choice_by_ask(im, v->line, v->last > v->line ? v->last : v->line,
					     at->key_line, &ask_line)) == NULL &&
		 (picked = choice_set_in_step(im, at, v, type, data, &ask_line)) == NULL)
		why = "the article gives a range or a choice, not one datum";
	if (why == NULL && picked != NULL) {
		/* "disable it" above "0 = disabled, 1 = enabled" (guide C12) */
		data = picked;
		imp_review(im, v->line, T_CHECKS, 0,
			   imp_fmt(im, "value '%s': the data %s is picked from the article's list by the word it asks with on line %zu: check it",
				   v->name, picked, ask_line));
	}
	if (why == NULL) {
		/* "Clusnet (There will be other data values for this key as
		 * well)": other entries are allowed, so the check is
		 * 'contains', and the remark is not data. */
		if (imp_ci_find(data, "other data value") != NULL || imp_ci_find(data, "other value") != NULL ||
		    imp_ci_find(data, "other entries") != NULL ||
		    (strcmp(type, "REG_MULTI_SZ") == 0 && strpbrk(data, " \t,;") == NULL &&
		     adds_to_the_list(im, v->line, at->key_line)))
			contains = 1;
		paren = v->exact ? NULL : strchr(data, '(');
		tagged_default = paren != NULL && paren > data && default_tag(paren);
		dl = paren != NULL && paren > data ? (size_t)(paren - data) : strlen(data);
		dl = imp_rtrim_len(data, dl);
		if (dl >= 2 && data[0] == '"' && data[dl - 1] == '"') {
			data++;
			dl -= 2;
		}
		data = imp_dupn(im, data, dl);
		if (data == NULL)
			return;
		if (dl == 0)
			why = "the article gives no data";
		else if (tagged_default)
			/* "Value: 35 (Dec,default)" then "Increase this value in
			 * increments of 30": the block shows the default, which
			 * changes nothing written */
			why = "the data shown is the value's default (its bracket says so), not data to set";
		else if (data[0] == '(' && data[dl - 1] == ')' && memchr(data + 1, '(', dl - 1) == NULL)
			/* "Value: (leave blank)": a remark where the data stands */
			why = imp_fmt(im, "the data is a remark in brackets ('%s'), not a datum", data);
		else if (strcmp(type, "REG_DWORD") == 0 || strcmp(type, "REG_QWORD") == 0) {
			/* the one reader of "0 x 2": it says so below */
			num = imp_read_spaced_number(im, data, strcmp(type, "REG_DWORD") == 0 ?
						     0xFFFFFFFFu : UINT64_MAX, &extra);
			size_t said_line = 0;
			const char *later;
			if (num == NULL && at->repair && strcmp(type, "REG_DWORD") == 0 &&
			    (later = data_said_after(im, v, data, &said_line)) != NULL) {
				/* "Value: Default is 0" and, below the steps, "If this
				 * value is present and set to 1, ...": the block gives
				 * the default, the words the data the fix needs */
				at->value_last = said_line;
				c = imp_add_check_at(im, at, key, v->name, type, IE_EQUALS, later, v->line);
				if (c != NULL)
					imp_review(im, v->line, T_CHECK, im->n_checks - 1,
					       imp_fmt(im, "value '%s': the block gives only its default ('%s'); the data %s is read from line %zu: check it",
						   v->name, v->data, later, said_line));
				return;
			}
			if (num != NULL && (imp_ci_find(v->data, "is the default") != NULL ||
					    imp_ci_find(v->data, "is default") != NULL)) {
				/* "60 is the default; set it as you need": the
				 * default, not the data the fix needs */
				why = imp_fmt(im, "the data '%s' names the default, not the data to set", v->data);
			} else if (num == NULL) {
				why = imp_fmt(im, "the data '%s' is not a number", data);
			} else {
				/* "400 (hexadecimal)": the radix said after the digits */
				if (paren != NULL && imp_starts_ci(paren + 1, "hex") && !starts_ci_0x(num) &&
				    strspn(num, "0123456789") == strlen(num))
					num = imp_fmt(im, "0x%s", num);
				c = imp_add_check_at(im, at, key, v->name, type, IE_EQUALS, num, v->line);
				if (c != NULL && (extra || paren != NULL || spaced_hex_prefix(data) > 0))
					imp_review(im, v->line, T_CHECK, im->n_checks - 1,
					       imp_fmt(im, "value '%s': data '%s' was read as %s: check it",
						   v->name, v->data, num));
				return;
			}
		} else if (strcmp(type, "REG_MULTI_SZ") == 0 && words_in(data) >= 6) {
			why = "the data is described in words";
		} else if (strcmp(type, "REG_MULTI_SZ") == 0) {
			const char *p = data, *q;
			size_t entries = 0;
			int many = strstr(data, "<CR>") != NULL;
			/* "A<CR>B<CR>C": the entries of the list. */
			while (*p != '\0') {
				q = strstr(p, "<CR>");
				if (q == NULL)
					q = p + strlen(p);
				if (q > p) {
					c = imp_add_check_at(im, at, key, v->name, type,
						      contains || many ? IE_CONTAINS : IE_EQUALS,
						      imp_dupn(im, p, (size_t)(q - p)), v->line);
					entries++;
				}
				p = *q != '\0' ? q + 4 : q;
			}
			if (many && !contains)
				imp_review(im, v->line, T_CHECKS, 0,
				       imp_fmt(im, "value '%s' lists its entries in full: each is checked with 'contains'; decide whether other entries are allowed", v->name));
			if (entries == 0)
				why = "the article gives no data";
			else
				return;
		} else if (imp_string_type(type)) {
			if (words_in(data) >= 6)
				why = "the data is described in words";
			else {
				imp_add_check_at(im, at, key, v->name, type, IE_EQUALS, data, v->line);
				return;
			}
		} else if (strcmp(type, "REG_BINARY") == 0) {
			/* "Radix: Hexadecimal" over "Value data: 01": the block
			 * reader wrote the radix as 0x (for a number); bytes
			 * take none */
			if (v->radix_hex && imp_starts_ci(data, "0x") && hex_bytes(data + 2))
				data += 2;
			if (!hex_bytes(data))
				why = "the REG_BINARY data is not hex bytes (\"01 00 0a ff\")";
			else if ((cue = radix_not_hex(im, v)) != NULL)
				why = imp_fmt(im, "the REG_BINARY data is written in %s, not as hex bytes: convert it by hand", cue);
			else if (glued_digits(data))
				why = imp_fmt(im, "the REG_BINARY data '%s' is digits only, run together: it may be a number rather than the bytes %.2s %.2s...; check it", data, data, data + 2);
			else if ((cue = single_byte_asked(im, v)) != NULL)
				why = imp_fmt(im, "the article asks for one byte of the data ('%s'), the rest may differ from machine to machine", cue);
			else {
				imp_add_check_at(im, at, key, v->name, type, IE_EQUALS, data, v->line);
				return;
			}
		} else {
			why = imp_fmt(im, "%s data is not converted", type);
		}
	}
	/* What cannot be a value check goes to a person; no key check is
	 * made up in its place. */
	imp_review(im, v->line, T_CHECKS, 0,
	       imp_fmt(im, "value '%s'%s%s under %s: %s; write its check by hand",
		   v->name != NULL ? v->name : "(unnamed)", v->type != NULL ? " " : "",
		   v->type != NULL ? v->type : "", key, why));
}

/* "REG_" between p and e, in any case. */
static int names_type(const char *p, const char *e)
{
	for (; p + 4 <= e; p++)
		if (strncasecmp(p, "REG_", 4) == 0)
			return 1;
	return 0;
}

const char *imp_tail_then_type(struct imp *im, const char *k, const char *last, const char *next,
			       size_t m, struct value_spec *v)
{
	struct value_spec iv;
	const char *name = last + 1, *sp, *d;
	size_t kl = (size_t)(last - k);
	int extra = 0;

	if (next == NULL || !imp_inline_value(im, next, m, &iv) || iv.name != NULL || iv.type == NULL ||
	    iv.data == NULL || imp_has_placeholder(name) || *imp_skip_ws(name) == '\0' ||
	    strchr(name, '=') != NULL)
		return NULL;
	/* one datum: a number for a number type ('REG_DWORD "1"'), a colon
	 * before a string ("REG_SZ: x"); not 'REG_MULTI_SZ type named "X"' */
	d = imp_clean_field(im, iv.data, strcspn(iv.data, "("));
	if (d == NULL || (strcmp(read_type(iv.type, 0), "REG_DWORD") == 0 ?
			  imp_read_number(im, d, 0xFFFFFFFFu, &extra) == NULL || extra :
			  strchr(next, ':') == NULL))
		return NULL;
	v->name = imp_clean_field(im, name, strlen(name));
	v->type = iv.type;
	v->data = iv.data;
	v->last = m;
	im->used[m] = 1;
	/* "...\\Parameters DisableMemoryCache": a key's name and a value's,
	 * one word each, written on one line with a space between; read so,
	 * and said */
	if ((sp = strchr(v->name, ' ')) != NULL && strchr(sp + 1, ' ') == NULL &&
	    strspn(v->name, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") ==
		    (size_t)(sp - v->name) &&
	    strspn(sp + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") == strlen(sp + 1) &&
	    isupper((unsigned char)sp[1])) {
		const char *sub = imp_dupn(im, v->name, (size_t)(sp - v->name));
		v->name = sp + 1;
		imp_review(im, v->line, T_CHECKS, 0,
			   imp_fmt(im, "the path's last name '%s %s' is read as subkey '%s' and value '%s' (its data on line %zu): check it",
				   sub, v->name, sub, v->name, m));
		return imp_fmt(im, "%.*s\\%s", (int)kl, k, sub);
	}
	return imp_dupn(im, k, kl);
}

/* A label at the start of a trimmed line: "Value Name:", "Data Type:". */
const char *imp_value_label(const char *s, const char *label)
{
	const char *p, *e;

	if (!imp_starts_ci(s, label))
		return NULL;
	p = imp_skip_ws(s + strlen(label));
	/* "Value (case sensitive):", "Data (case insensitive):": a remark
	 * in words between the label and its colon (not a type: "Flags
	 * (REG_DWORD):" names a value) */
	if (*p == '(' && islower((unsigned char)p[1]) && (e = strchr(p, ')')) != NULL && e - p < 40 &&
	    !names_type(p, e))
		p = imp_skip_ws(e + 1);
	return *p == ':' ? imp_skip_ws(p + 1) : NULL;
}

int imp_numbered_step(const char *s)
{
	const char *p = imp_skip_ws(s);

	if (imp_indent_of(s) > 4 || !isdigit((unsigned char)*p))
		return 0;
	while (isdigit((unsigned char)*p))
		p++;
	return (*p == '.' || *p == ')') && (p[1] == ' ' || p[1] == '\t');
}

/* "Value Name: X" or "Value Name = X" (a block's labels written with an
 * equals sign, spaced, 7 archive articles): the text after the label. */
static const char *block_label(const char *p, const char *label)
{
	const char *t = imp_value_label(p, label), *e;
	size_t l = strlen(label);

	if (t != NULL || !imp_starts_ci(p, label) || (p[l] != ' ' && p[l] != '\t'))
		return t;
	e = imp_skip_ws(p + l);
	return *e == '=' && (e[1] == ' ' || e[1] == '\t') ? imp_skip_ws(e + 1) : NULL;
}

/* The labels of a value block and the role of the text after each: one
 * table for every layout.  Mined from the archive (FIGURES-lblock.md):
 * of the 1,085 groups of labelled lines below a key in the 2,805 articles
 * that name one, the head of the ranking is "Value Name:/Data Type:/
 * Value:" (116 articles), "Value Name:/Data Type:/Data:" (71), ".../String:"
 * (27), "Value:/Value Name:/Data Type:/Value:" (26), ".../Value Data:" (12),
 * "Value Name:/Data Type:/Data:/Radix:" (8), then remarks: "Range:/
 * Default:" (14), "Data Type:/Range:/Default:" (6), "Description:".
 * Spellings: "DataType", "Value Data Type(s)", "Date Type" (33 lines). */
enum field_role {
	FR_NONE,
	FR_NAME,                /* the value's name */
	FR_NAME_OR_DATA,        /* "Value:": the name opening a block, else its data */
	FR_TYPE,                /* its registry type */
	FR_DATA,                /* its data */
	FR_DATA_HEX,            /* its data, in hex without "0x" ("Hex: 1F") */
	FR_RADIX,               /* "Radix: Hex": how the data is written */
	FR_DEFAULT,             /* a default: not data to set (guide C3) */
	FR_RANGE,               /* the data a reader may pick: not one datum */
	FR_REMARK,              /* words about the value */
};

static const struct {
	const char *label;
	enum field_role role;
} value_fields[] = {
	{ "Value Name", FR_NAME },
	{ "ValueName", FR_NAME },
	{ "Name", FR_NAME },
	/* later articles' labels: "Registry entry: FrobTimeout" under
	 * "Subkey:", "Entry: FrobTimeout" (and the archive's "Entry name:"
	 * over "Entry type:"); only with text after them (prose_labels[]) */
	{ "Registry entry", FR_NAME },
	{ "Registry value", FR_NAME },
	{ "Entry name", FR_NAME },
	{ "Entry", FR_NAME },
	{ "Entry type", FR_TYPE },
	{ "Value", FR_NAME_OR_DATA },
	{ "Data Type", FR_TYPE },
	{ "DataType", FR_TYPE },
	{ "Value Type", FR_TYPE },
	{ "Value Data Type", FR_TYPE },
	{ "Value Data Types", FR_TYPE },
	{ "Data Types", FR_TYPE },
	{ "Date Type", FR_TYPE },
	{ "Type", FR_TYPE },
	{ "Data", FR_DATA },
	{ "Value Data", FR_DATA },     /* Registry Editor's Edit String box */
	{ "Data Value", FR_DATA },
	{ "DWORD Editor Data", FR_DATA }, /* Regedt32's DWORD Editor box */
	{ "Date", FR_DATA },            /* "Data" mistyped, as "Date Type" is */
	{ "String", FR_DATA },
	{ "Decimal", FR_DATA },
	{ "Binary", FR_DATA },
	{ "DWORD", FR_DATA },          /* "DWORD: 1"; "DWORD: Name" is read before */
	{ "Change to", FR_DATA },      /* "Default: 17" over "Change to: 49": the data to set */
	{ "Modify to", FR_DATA },
	{ "New Value", FR_DATA },
	{ "New Data", FR_DATA },
	{ "Data (New)", FR_DATA },
	{ "Hex", FR_DATA_HEX },
	{ "Hexadecimal", FR_DATA_HEX },
	{ "Radix", FR_RADIX },
	{ "Base", FR_RADIX },           /* later articles' word for Regedit's radix */
	{ "Default", FR_DEFAULT },
	{ "Default Value", FR_DEFAULT },
	{ "Default Data", FR_DEFAULT },
	{ "Default Setting", FR_DEFAULT },
	{ "Range", FR_RANGE },
	{ "Valid Range", FR_RANGE },
	{ "Valid Values", FR_RANGE },
	{ "Valid Settings", FR_RANGE },
	{ "Values", FR_RANGE },
	{ "Description", FR_REMARK },
};

/* "DWORD value: 1", "QWORD value: 0x10": a type's word and "value" as
 * the label of a number, the data; the text after the label, or NULL. */
static const char *typed_data_label(const char *p)
{
	const char *q;
	size_t len;

	if (imp_type_word_at(p, &len) == NULL || p[len] != ' ')
		return NULL;
	q = imp_skip_ws(p + len);
	if ((q = imp_value_label(q, "value")) == NULL || !isdigit((unsigned char)*q))
		return NULL;
	return q;
}

/* Labels that a sentence's last words can also be ("... add the following
 * registry entry:" wrapped so that "registry entry:" opens a line): a
 * label only with its text after it. */
static const char *const prose_labels[] = { "Registry entry", "Registry value", "Entry name", "Entry",
					    "Entry type", NULL };

/* The role of the label that opens p ("Data Type: REG_SZ"), the text
 * after it in *text; FR_NONE when p opens with none of them. */
static enum field_role value_field(const char *p, const char **text)
{
	size_t i, k;

	/* "DWORD value: 1" under "DWORD name: SMB1": the data, labelled
	 * with the type's word as later articles write it (a name after
	 * the label, "DWORD value: Frob", is no data) */
	if ((*text = typed_data_label(p)) != NULL)
		return FR_DATA;
	for (i = 0; i < sizeof value_fields / sizeof value_fields[0]; i++)
		if ((*text = block_label(p, value_fields[i].label)) != NULL) {
			for (k = 0; prose_labels[k] != NULL && strcmp(prose_labels[k], value_fields[i].label) != 0; k++)
				;
			if (prose_labels[k] != NULL && imp_blank(*text))
				continue;
			/* "Description : REG_SZ: words": a value named like a
			 * label, in a "Name : TYPE : data" listing */
			if (value_fields[i].role >= FR_DEFAULT && imp_starts_ci(*text, "REG_"))
				break;
			return value_fields[i].role;
		}
	*text = NULL;
	return FR_NONE;
}

/* "Value name (STRING): PolicyHandler": a name's label with the value's
 * type in brackets before its colon (the archive's Q149415 and Q165064,
 * lists of entries under "Registry key:" labels); "DWORD name:
 * FrobTimeout", "String value name: LogPath": the type's word opening the
 * label, as later articles write it under a "Registry location:" line.
 * The name after the colon, the type (REG_SZ) in *type; NULL when p is no
 * such label. */
static const char *name_label_with_type(const char *p, const char **type)
{
	const char *q, *t;
	size_t len;

	if ((t = imp_type_word_at(p, &len)) != NULL && p[len] == ' ') {
		q = imp_skip_ws(p + len);
		if (imp_starts_ci(q, "value "))
			q = imp_skip_ws(q + 6);
		if ((q = imp_value_label(q, "name")) == NULL || imp_blank(q))
			return NULL;
		*type = t;
		return q;
	}
	if (!imp_starts_ci(p, "Value name"))
		return NULL;
	q = imp_skip_ws(p + 10);
	if (*q != '(' || (t = imp_type_word_at(q + 1, &len)) == NULL || q[1 + len] != ')')
		return NULL;
	q = imp_skip_ws(q + 2 + len);
	if (*q != ':' || imp_blank(q + 1))
		return NULL;
	*type = t;
	return imp_skip_ws(q + 1);
}

/* "String value: MailSupport" over "Value: 1" (Q269447): a type's word
 * and "value" as the label of one name-shaped word, the value's name
 * when the block opens with it (after a value's "Data Type: REG_SZ" line
 * "String Value: ..." is its data, a description as often as not).  The
 * name, the type in *type; NULL otherwise ("DWORD value: 1" is data:
 * typed_data_label()). */
static const char *typed_value_label(const char *p, const char **type)
{
	const char *q, *t;
	size_t len, l;

	if ((t = imp_type_word_at(p, &len)) == NULL || p[len] != ' ')
		return NULL;
	if ((q = imp_value_label(imp_skip_ws(p + len), "value")) == NULL || isdigit((unsigned char)*q))
		return NULL;
	l = imp_rtrim_len(q, strlen(q));
	if (l == 0 || !imp_name_shaped(q, l) || memchr(q, ' ', l) != NULL)
		return NULL;
	*type = t;
	return q;
}

/* A block's label followed by its text with no ':' or '=' between
 * ("Value Name   BaseAddress" / "Data Type    REG_DWORD" / "String
 * 0x160", Q154117; "Data Type REG_SZ" / "String .xlc", Q152521): the role
 * of the label, its text in *text; FR_NONE when p opens with none.  The
 * caller asks more of each role, as words in prose can open so. */
static enum field_role spaced_field(const char *p, const char **text)
{
	static const struct {
		const char *label;
		enum field_role role;
	} spaced[] = {
		{ "Value Name", FR_NAME }, { "Data Type", FR_TYPE }, { "Value Type", FR_TYPE },
		{ "Type", FR_TYPE }, { "Value Data", FR_DATA }, { "Data", FR_DATA }, { "String", FR_DATA },
		{ "Decimal", FR_DATA }, { "Value", FR_DATA }, { "Hex", FR_DATA_HEX },
	};
	size_t i, l;

	for (i = 0; i < sizeof spaced / sizeof spaced[0]; i++) {
		l = strlen(spaced[i].label);
		if (!imp_starts_ci(p, spaced[i].label) || (p[l] != ' ' && p[l] != '\t'))
			continue;
		*text = imp_skip_ws(p + l);
		if (**text == '\0' || **text == ':' || **text == '=')
			break;
		return spaced[i].role;
	}
	*text = NULL;
	return FR_NONE;
}

/* Line n of a block gives a value's type, labelled ("Data Type: REG_SZ")
 * or spaced ("Data Type    REG_DWORD"). */
static int type_line(const struct imp *im, size_t n)
{
	const char *p, *t;

	if (n < im->a->body_first || n >= im->a->body_end)
		return 0;
	p = imp_skip_ws(imp_line_at(im, n));
	return value_field(p, &t) == FR_TYPE || (spaced_field(p, &t) == FR_TYPE && imp_starts_ci(t, "REG_"));
}

/* The role of a spaced label on line m (spaced_field()) where the block
 * around it says it is one: a name right over a type line, a type that
 * is a REG_ word, a datum of one word right under a type line. */
static enum field_role spaced_field_in_block(const struct imp *im, const char *p, size_t m, const char **text)
{
	enum field_role r = spaced_field(p, text);
	const char *t = *text;

	switch (r) {
	case FR_NAME:
		return type_line(im, m + 1) && strchr(t, ' ') == NULL ? r : FR_NONE;
	case FR_TYPE:
		return imp_starts_ci(t, "REG_") ? r : FR_NONE;
	case FR_DATA:
	case FR_DATA_HEX:
		return type_line(im, m - 1) && imp_rtrim_len(t, strlen(t)) == strcspn(t, " \t") ? r : FR_NONE;
	default:
		return FR_NONE;
	}
}

/* v's name field read from "Value Name: X Data Type: REG_SZ Value: Y":
 * the name cut before the type's label, the type and the data taken
 * from the same line (8 archive lines).  0 when the name's field is
 * empty ("Value Name:   Data Type:   Value:", labels over rows): no
 * value. */
static int one_line_labels(struct imp *im, struct value_spec *v)
{
	static const char *const type_labels[] = { " Data Type:", " Value Type:", " Type:", NULL };
	static const char *const data_labels[] = { " Value Data:", " Value:", " Data:", NULL };
	const char *n = v->name, *t = NULL, *d = NULL, *ts;
	size_t i, tl = 0, tlen;

	/* the name's copy failed (im->oom set, the article refused): no value */
	if (n == NULL)
		return 0;

	for (i = 0; type_labels[i] != NULL; i++)
		if (imp_starts_ci(n, type_labels[i] + 1))
			return 0;
	for (i = 0; type_labels[i] != NULL && t == NULL; i++)
		if ((t = imp_ci_find(n, type_labels[i])) != NULL)
			tl = strlen(type_labels[i]);
	if (t == NULL || t == n)
		return 1;
	for (i = 0; data_labels[i] != NULL && d == NULL; i++)
		d = imp_ci_find(t + tl, data_labels[i]);
	/* out of memory (im->oom set, the article refused): no value */
	if ((v->name = imp_dupn(im, n, imp_rtrim_len(n, (size_t)(t - n)))) == NULL)
		return 0;
	ts = imp_skip_ws(t + tl);
	/* "Data Type:   Value:": the type's field is empty, and the data's
	 * label lies before where the skipped blanks end */
	tlen = d != NULL ? (d > ts ? (size_t)(d - ts) : 0) : strlen(ts);
	v->type = imp_rtrim_len(ts, tlen) > 0 ? imp_dupn(im, ts, imp_rtrim_len(ts, tlen)) : NULL;
	if (d != NULL) {
		const char *dd = imp_skip_ws(strchr(d, ':') + 1);
		v->data = *dd != '\0' ? imp_dupn(im, dd, imp_rtrim_len(dd, strlen(dd))) : NULL;
	}
	return 1;
}

/* "Value: NtfsFoo" (a label and its field, no sentence after it): a line
 * of a value block, never the end of a step's sentence.  "value:" alone
 * ("... add the following registry\n value:") and '"String Value =
 * Foo" and press ENTER.' are a sentence's words. */
static int block_field_line(const char *p)
{
	const char *t;

	return value_field(p, &t) != FR_NONE && !imp_blank(t) && strstr(t, ". ") == NULL &&
	       strchr(t, '"') == NULL;
}

/* '"Log Level"=dword:00000003', '"Mode"="Y"', 'Mode="Y"', 'Flags=0x108': a value written
 * in REGEDIT's form under a key written as a path, not as a [header] (a
 * REGEDIT file's own lines are regedit_block()'s, kbimport_registry.c).
 * The type is the form's: dword: is REG_DWORD, a quoted string REG_SZ;
 * other data (hex:, an empty string) is left for a person.  0 when the
 * line is not one. */
static int regedit_line_value(struct imp *im, const char *p, size_t line, struct value_spec *v)
{
	const char *e, *eq, *d, *close;
	size_t nl;

	if (*p == '"') {
		e = strchr(p + 1, '"');
		if (e == NULL || e[1] != '=')
			return 0;
		p++;
		eq = e + 1;
	} else {
		for (e = p; isalnum((unsigned char)*e) || *e == '_'; e++)
			;
		if (e == p || *e != '=')
			return 0;
		eq = e;
	}
	nl = (size_t)(e - p);
	d = eq + 1;
	memset(v, 0, sizeof *v);
	v->line = line;
	if ((imp_starts_ci(d, "dword:") && strspn(d + 6, "0123456789abcdefABCDEF") > 0 &&
	     imp_blank(d + 6 + strspn(d + 6, "0123456789abcdefABCDEF"))) ||
	    /* "Flags=0x108": data in 0x form is a DWORD's (guide C11) */
	    (imp_starts_ci(d, "0x") && strspn(d + 2, "0123456789abcdefABCDEF") > 0 &&
	     imp_blank(d + 2 + strspn(d + 2, "0123456789abcdefABCDEF")))) {
		v->type = "REG_DWORD";
		v->data = imp_dupn(im, d, imp_rtrim_len(d, strlen(d)));
	} else if (*d == '"' && (close = strchr(d + 1, '"')) != NULL && close > d + 1 && imp_blank(close + 1) &&
		   memchr(d + 1, '\\', (size_t)(close - d - 1)) == NULL) {
		/* (no backslash: REGEDIT doubles those, a path written once
		 * is not in its form) */
		v->type = "REG_SZ";
		v->exact = 1;
		v->data = imp_dupn(im, d + 1, (size_t)(close - d - 1));
	} else {
		return 0;
	}
	v->name = imp_dupn(im, p, nl);
	v->regedit_form = 1;
	return v->name != NULL && v->data != NULL && nl > 0;
}

/* "Attributes DWORD  0x00010000", "Name: DWORD: 1": a one-word name, the
 * type written without its REG_ prefix (in capitals), a number and
 * nothing else on the line. */
static int bare_dword_value(struct imp *im, const char *p, size_t line, struct value_spec *v)
{
	const char *e = p, *d;
	int extra = 0;

	while (isalnum((unsigned char)*e) || *e == '_')
		e++;
	if (e == p || !isalpha((unsigned char)*p))
		return 0;
	d = imp_skip_ws(*e == ':' ? e + 1 : e);
	if (d == e || strncmp(d, "DWORD", 5) != 0 || isalnum((unsigned char)d[5]))
		return 0;
	d = imp_skip_ws(d + 5);
	if (*d == ':')
		d = imp_skip_ws(d + 1);
	if (imp_read_number(im, d, 0xFFFFFFFFu, &extra) == NULL || extra)
		return 0;
	memset(v, 0, sizeof *v);
	v->line = line;
	v->name = imp_dupn(im, p, (size_t)(e - p));
	v->type = "REG_DWORD";
	v->data = imp_dupn(im, d, imp_rtrim_len(d, strlen(d)));
	return v->name != NULL && v->data != NULL;
}

size_t imp_row_cells(const char *s, const char **cell, size_t *len, size_t max, const char **rest)
{
	const char *p = imp_skip_ws(s);
	size_t nc = 0;

	if (*p != '|')
		return 0;
	for (p++; *p != '\0' && nc < max;) {
		const char *e = strchr(p, '|'), *b = imp_skip_ws(p);
		if (e == NULL)
			break;
		cell[nc] = b;
		len[nc] = b < e ? imp_rtrim_len(b, (size_t)(e - b)) : 0;
		nc++;
		p = e + 1;
	}
	*rest = p;
	return nc;
}

/* A table row of three cells or more, one of them a registry type alone
 * and not the first: the first cell is the name, the cell after the type
 * the data (NULL when none).  0 when the row is not that. */
static int table_row_value(struct imp *im, const char *s, size_t line, struct value_spec *v)
{
	const char *cell[12], *rest;
	size_t len[12], nc = imp_row_cells(s, cell, len, 12, &rest), i, t = 0;

	if (nc < 3)
		return 0;
	for (i = 1; i < nc && t == 0; i++) {
		const char *ty = len[i] > 0 ? read_type(cell[i], 0) : NULL;
		if (ty != NULL && len[i] == strcspn(cell[i], " \t|"))
			t = i;
	}
	if (t == 0 || len[0] == 0 || len[0] > 64 || memchr(cell[0], '\\', len[0]) != NULL)
		return 0;
	memset(v, 0, sizeof *v);
	v->line = line;
	v->name = imp_dupn(im, cell[0], len[0]);
	v->type = imp_dupn(im, cell[t], len[t]);
	v->data = t + 1 < nc && len[t + 1] > 0 ? imp_dupn(im, cell[t + 1], len[t + 1]) : NULL;
	return v->name != NULL;
}

/* Whether the n characters at p end in a lowercase word that joins a
 * sentence to what follows ("a type of", "should be", "a new", "only the
 * first of the"): a value's name, however many words, ends in a word of
 * its own. */
static int ends_in_joining_word(const char *p, size_t n)
{
	static const char *const joining[] = { "of", "be", "the", "a", "an", "new", "named", "called",
					       "to", "with", "has", "have", "should", "must", "for",
					       "and", "or", "that", NULL };
	size_t b = n, i;

	while (b > 0 && p[b - 1] != ' ')
		b--;
	for (i = 0; joining[i] != NULL; i++)
		if (n - b == strlen(joining[i]) && strncmp(p + b, joining[i], n - b) == 0)
			return 1;
	return 0;
}

/* "..., click REG_DWORD in the Data Type box", "select REG_SZ": the
 * words before the type end in the verb that picks it in Registry
 * Editor's Add Value dialog (kbimport_dialog.c reads those steps), not in
 * a value's name. */
static int ends_in_dialog_verb(const char *p, size_t n)
{
	static const char *const verbs[] = { "click", "select", "choose", "pick", NULL };
	size_t b = n, i;

	while (b > 0 && p[b - 1] != ' ')
		b--;
	for (i = 0; verbs[i] != NULL; i++)
		if (n - b == strlen(verbs[i]) && strncasecmp(p + b, verbs[i], n - b) == 0)
			return 1;
	return 0;
}

/* "Name: REG_DWORD: 4096", "Name:REG_DWORD:0x1", "Name   REG_DWORD   1",
 * "2 for Name : REG_DWORD : 0x2": one line naming a value, its type and
 * its data.  Fills v (name NULL when the line gives only "REG_X: data"). */
int imp_inline_value(struct imp *im, const char *s, size_t line, struct value_spec *v)
{
	const char *p, *r = NULL, *q, *e;
	size_t nl;

	/* "| Name | What it does | REG_DWORD | 30 |": the name is the first
	 * cell, the data the cell after the type's */
	if (strchr(s, '|') != NULL && table_row_value(im, s, line, v))
		return 1;
	/* "| Display | REG_SZ | (GMT+02:00) Helsinki |": a table row */
	if (strchr(s, '|') != NULL) {
		char *t = (char *)imp_dupn(im, s, strlen(s)), *c;
		if (t == NULL)
			return 0;
		/* (a bar between two digits, "0|1", is a choice in the data,
		 * which data_is_choice() reads: not a cell's edge) */
		for (c = t; *c != '\0'; c++)
			if (*c == '|' && !(c > t && isdigit((unsigned char)c[-1]) && isdigit((unsigned char)c[1])))
				*c = ' ';
		s = t;
	}
	p = imp_skip_ws(s);
	for (q = p; (q = imp_ci_find(q, "REG_")) != NULL; q++)
		if ((q == p || q[-1] == ' ' || q[-1] == ':' || q[-1] == '\t' || q[-1] == '(') &&
		    read_type(q, 0) != NULL) {
			r = q;
			break;
		}
	if (r == NULL)
		return bare_dword_value(im, p, line, v);
	if (strstr(p, ". ") != NULL || imp_ci_find(p, "HKEY_") != NULL)
		return 0;
	memset(v, 0, sizeof *v);
	v->line = line;
	/* " - Name (REG_DWORD: 74240)": a list item's bullet is no part of
	 * the name */
	if ((*p == '-' || *p == '*') && p[1] == ' ' && r > p + 2)
		p = imp_skip_ws(p + 2);
	/* "(type REG_EXPAND)": a remark in brackets, no name */
	if (*p == '(' && memchr(p, ')', (size_t)(r - p)) == NULL)
		return 0;
	/* "2 for XAPI MA threads : REG_DWORD : 0x2" */
	q = p;
	if (isdigit((unsigned char)*q)) {
		while (isalnum((unsigned char)*q))
			q++;
		if (imp_starts_ci(q, " for "))
			p = q + 5;
	}
	nl = (size_t)(r - p);
	/* "If enabled, (REG_DWORD=1), ...": words before a bracketed type,
	 * not a name */
	if (r > p && r[-1] == '(' && imp_rtrim_len(p, nl - 1) > 0 && p[imp_rtrim_len(p, nl - 1) - 1] == ',')
		return 0;
	/* "Flags (Reg_DWORD): 0x400": the type in brackets after the name;
	 * "Name - REG_DWORD = 0", "Name, REG_DWORD": a dash or a comma
	 * between the name and its type */
	while (nl > 0 && (p[nl - 1] == ' ' || p[nl - 1] == ':' || p[nl - 1] == '\t' || p[nl - 1] == ',' ||
			  p[nl - 1] == '=' || (p[nl - 1] == '(' && r[-1] == '(') ||
			  (p[nl - 1] == '-' && nl >= 2 && p[nl - 2] == ' ')))
		nl--;
	/* "Some Timeout (MS) as REG_DWORD 0x1F4": "as" joins the name to
	 * its type, it is no part of the name */
	if (nl > 3 && strncasecmp(p + nl - 3, " as", 3) == 0)
		nl = imp_rtrim_len(p, nl - 3);
	/* "The X registry key is a value of REG_SZ and ...": a sentence
	 * naming the type, not a value's name */
	if (nl > 0) {
		const char *words = imp_dupn(im, p, nl);
		if (words == NULL || imp_has_word(words, "is") || imp_has_word(words, "are") ||
		    ends_in_dialog_verb(p, nl))
			return 0;
	}
	/* "This value should be a data type of REG_MULTI_SZ.", "Make a new
	 * Reg_SZ:Name ...": words of a sentence that run on into the type.
	 * The line still stands in its block (another reader taking the
	 * block's key would guess at the sentence), as a value to review. */
	v->sentence = ends_in_joining_word(p, nl);
	if (nl > 64 || memchr(p, '\\', nl) != NULL || memchr(p, '<', nl) != NULL ||
	    (nl > 0 && (imp_value_label(p, "Type") != NULL || imp_value_label(p, "Data Type") != NULL ||
				   imp_value_label(p, "Value Type") != NULL)))
		return 0;
	v->name = nl > 0 ? imp_dupn(im, p, nl) : NULL;
	for (e = r; isalnum((unsigned char)*e) || *e == '_'; e++)
		;
	v->type = imp_dupn(im, r, (size_t)(e - r));
	if (r > p && r[-1] == '(' && *e == ')')
		e++;
	e = imp_skip_ws(e);
	if (*e == ':' || *e == '=')
		e = imp_skip_ws(e + 1);
	nl = imp_rtrim_len(e, strlen(e));
	/* "(REG_DWORD: 74240)": the bracket opened before the type closes
	 * after the data */
	if (r > p && r[-1] == '(' && nl > 0 && e[nl - 1] == ')' && memchr(e, '(', nl) == NULL)
		nl = imp_rtrim_len(e, nl - 1);
	v->data = nl > 0 ? imp_dupn(im, e, nl) : NULL;
	return 1;
}

/* s past a "key" that opens it: "key, click Add Value on the Edit menu"
 * ends a sentence the line above began ("... in the Winprint"), which
 * was read with that line, whose key it names. */
static const char *key_word_not_first(const char *s)
{
	const char *p = imp_skip_ws(s);

	return imp_starts_ci(p, "key") && !isalnum((unsigned char)p[3]) ? p + 3 : s;
}

/* "From the Edit menu, choose Add Key and enter SMS for the Key name",
 * "create a subkey named Foo", "Select the SMS key": a step between a
 * key and its values that moves to a subkey.  Named: the values go under
 * it; not named ("select the key with the name of the zone"): the
 * values go to a person. */
static void step_subkey(struct imp *im, const char *s, size_t line, struct value_block *vb)
{
	const char *p, *e;
	int unsure;

	if (imp_ci_find(s, "one path") != NULL || imp_ci_find(s, "wrapped") != NULL)
		return;
	/* "Under the subkey named Openers, add ...": the values' subkey;
	 * one whose name cannot be cut goes to a person */
	if ((p = imp_subkey_in_words(im, s, IMP_NAME_AFTER, &unsure)) != NULL) {
		vb->subkey = p;
		vb->subkey_in_words = 1;
		return;
	}
	if (unsure) {
		vb->subkey_line = line;
		return;
	}
	/* the key in force as the steps go (kbimport_keyforce.c) */
	if (imp_key_in_force_step(im, s, line, vb))
		return;
	if (imp_key_made_step(im, s, vb))
		return;
	if ((p = imp_add_key_command(s)) != NULL || (p = imp_ci_find(s, "create a subkey")) != NULL ||
	    (p = imp_ci_find(s, "add a subkey")) != NULL || (p = imp_ci_find(s, "create a key")) != NULL ||
	    (p = imp_ci_find(s, "add a key")) != NULL) {
		const char *q;
		if ((q = imp_ci_find(p, "the key name,")) != NULL) {
			/* "type the key name, Finnish Standard Time.": the name
			 * runs to the end of the sentence, spaces and all */
			q = imp_skip_ws(q + 13);
			for (e = q; *e != '\0' && !(*e == '.' && (e[1] == '\0' || e[1] == ' ')) &&
				    *e != '"' && *e != ','; e++)
				;
			if (e > q && e[0] == '.' && imp_rtrim_len(q, (size_t)(e - q)) < 48) {
				vb->subkey = imp_dupn(im, q, imp_rtrim_len(q, (size_t)(e - q)));
				return;
			}
		}
		if ((q = imp_ci_find(p, " enter ")) != NULL || (q = imp_ci_find(p, " named ")) != NULL ||
		    (q = imp_ci_find(p, " type ")) != NULL || (q = imp_ci_find(p, " called ")) != NULL) {
			q = imp_skip_ws(strchr(q + 1, ' '));
			/* "and then enter the following key: Jet" */
			if (imp_starts_ci(q, "the following key:"))
				q = imp_skip_ws(q + 18);
			if (*q == '"')
				q++;
			for (e = q; *e != '\0' && *e != ' ' && *e != '"' && *e != ',' &&
				    !(*e == '.' && (e[1] == '\0' || e[1] == ' ')); e++)
				;
			/* "type a name for your widget", "Type the name that
			 * the vendor gives you": no name; a key's is written
			 * with a capital, a digit or in quotes */
			if (e > q && (isupper((unsigned char)*q) || isdigit((unsigned char)*q) || q[-1] == '"')) {
				vb->subkey = imp_dupn(im, q, (size_t)(e - q));
				return;
			}
		}
	}
	if (vb->subkey == NULL && imp_has_word(key_word_not_first(s), "key") &&
	    (imp_has_word(s, "select") || imp_has_word(s, "click") || imp_has_word(s, "highlight") ||
	     imp_has_word(s, "open") || imp_has_word(s, "expand")))
		vb->subkey_line = line;
	/* "Add the following value to the Explorer registry key:": the key
	 * the values go in, named in words before them; the caller compares
	 * it with the key read */
	if (vb->nv == 0 && vb->subkey == NULL && vb->subkey_line == 0 &&
	    (p = imp_subkey_in_words(im, s, IMP_NAME_BEFORE, &unsure)) != NULL) {
		vb->key_in_words = p;
		vb->key_in_words_line = line;
	}
}

/* "c. On the Edit menu, click Add Key": a lettered step under a
 * numbered one. */
int imp_substep(const char *s)
{
	const char *p = imp_skip_ws(s);

	return imp_indent_of(s) <= 8 && isalpha((unsigned char)p[0]) && islower((unsigned char)p[0]) &&
	       (p[1] == '.' || p[1] == ')') && (p[2] == ' ' || p[2] == '\t');
}

const char *imp_step_goes_on(const struct imp *im, size_t m)
{
	const char *next;

	if (m + 1 >= im->a->body_end)
		return "";
	next = imp_line_at(im, m + 1);
	/* "4. ... click Add Key." straight above "5. In the Key Name box,
	 * type Gizmo.": the next step is read on its own line; joined to
	 * this one it would be read twice */
	if (imp_numbered_step(next) || imp_substep(next))
		return "";
	return imp_skip_ws(next);
}

/* "    Linkage:" alone on line m, with a value listed under it, indented
 * deeper ("      OtherDependencies: REG_MULTI_SZ: x"): the subkey's
 * name, or NULL. */
static const char *listing_subkey(struct imp *im, size_t m)
{
	const char *s = imp_line_at(im, m), *p = imp_skip_ws(s), *n;
	struct value_spec iv;
	size_t k;

	for (k = 0; isalnum((unsigned char)p[k]) || p[k] == '_' || p[k] == ' ' || p[k] == '-'; k++)
		;
	if (k == 0 || k > 48 || p[k] != ':' || !imp_blank(p + k + 1) || m + 1 >= im->a->body_end)
		return NULL;
	n = imp_line_at(im, m + 1);
	if (imp_indent_of(n) <= imp_indent_of(s) || !imp_inline_value(im, n, m + 1, &iv) || iv.name == NULL)
		return NULL;
	return imp_dupn(im, p, k);
}

/* "DWORD: SecureVPN", "REG_SZ: ServerName": the type as the label and
 * the value's name after it (a name has a letter that is not a hex
 * digit: "DWORD: 1" and "DWORD: ff" are data).  *type is the type's
 * registry name. */
const char *imp_type_then_name(const char *p, const char **type)
{
	static const char *const labels[] = { "DWORD", "REG_DWORD", "REG_SZ", "REG_EXPAND_SZ",
					      "REG_MULTI_SZ", "REG_BINARY", NULL };
	const char *t = NULL, *q;
	size_t i;
	int letter = 0;

	for (i = 0; labels[i] != NULL && t == NULL; i++)
		t = imp_value_label(p, labels[i]);
	if (t == NULL || !isalpha((unsigned char)*t) || strlen(t) > 64)
		return NULL;
	for (q = t; *q != '\0'; q++) {
		if (!isalnum((unsigned char)*q) && *q != '_' && *q != ' ')
			return NULL;
		if (isalpha((unsigned char)*q) && !isxdigit((unsigned char)*q))
			letter = 1;
	}
	if (!letter || imp_starts_ci(t, "0x"))
		return NULL;
	*type = i == 1 ? "REG_DWORD" : labels[i - 1];
	return t;
}

/* "Value:    \\SERVER1\...\PRIV.EDB" with more entries on the lines
 * below, indented deeper than the label: the data is more than its first
 * line. */
static int data_goes_on(struct imp *im, size_t m)
{
	const char *s = imp_line_at(im, m), *t;

	if (m + 1 >= im->a->body_end)
		return 0;
	t = imp_line_at(im, m + 1);
	if (imp_blank(t) || imp_indent_of(t) <= imp_indent_of(s) || imp_numbered_step(t) ||
	    imp_substep(t) || imp_ci_find(t, "HKEY_") != NULL)
		return 0;
	t = imp_skip_ws(t);
	return imp_value_label(t, "Value Name") == NULL && imp_value_label(t, "Data Type") == NULL &&
	       imp_value_label(t, "Type") == NULL && imp_value_label(t, "Name") == NULL &&
	       imp_value_label(t, "Radix") == NULL && imp_value_label(t, "Default") == NULL;
}

/* "0x00000010(16)", "0X00000001 (1)": Registry Editor's (Regedt32)
 * display of a REG_DWORD, the hex and then the same number in decimal.
 * The hex digits' length (with "0x") in *len; 0 when d is not that. */
static int dword_display(const char *d, size_t *len)
{
	const char *p = d + 2, *q;
	unsigned long long hex = 0, dec = 0;

	if (!starts_ci_0x(d))
		return 0;
	for (q = p; isxdigit((unsigned char)*q) && q - p < 16; q++)
		hex = hex * 16 + (unsigned)(isdigit((unsigned char)*q) ? *q - '0' :
					    tolower((unsigned char)*q) - 'a' + 10);
	if (q == p || q - p > 8)
		return 0;
	*len = (size_t)(q - d);
	q = imp_skip_ws(q);
	if (*q++ != '(' || !isdigit((unsigned char)*q))
		return 0;
	for (; isdigit((unsigned char)*q) && dec <= 0xFFFFFFFFull; q++)
		dec = dec * 10 + (unsigned)(*q - '0');
	return *q == ')' && dec == hex && imp_blank(q + 1);
}

/* "Some Value Name <set to 0x00000001(1)>", "Name (change to 2)": a value
 * listed under a key with the data to give it in brackets after its name.
 * No type is written: Regedt32's "0x...(n)" display is a REG_DWORD's;
 * other data leave the type unknown (a review item). */
static int set_to_value(struct imp *im, const char *s, size_t line, struct value_spec *v)
{
	static const char *const cues[] = { "<set to ", "(set to ", "[set to ", "<change to ",
					    "(change to ", "[change to ", NULL };
	static const char closers[] = ">)]>)]";
	const char *p = imp_skip_ws(s), *q = NULL, *d, *e;
	size_t i, nl, dl, hl;

	for (i = 0; cues[i] != NULL && q == NULL; i++)
		q = imp_ci_find(p, cues[i]);
	if (q == NULL || !isalpha((unsigned char)*p))
		return 0;
	i--;
	nl = imp_rtrim_len(p, (size_t)(q - p));
	d = imp_skip_ws(q + strlen(cues[i]));
	e = strrchr(d, closers[i]);
	if (nl == 0 || nl > 64 || memchr(p, '\\', nl) != NULL || memchr(p, ':', nl) != NULL ||
	    e == NULL || !imp_blank(e + 1) || (dl = imp_rtrim_len(d, (size_t)(e - d))) == 0)
		return 0;
	memset(v, 0, sizeof *v);
	v->line = line;
	v->name = imp_dupn(im, p, nl);
	v->data = imp_dupn(im, d, dl);
	if (v->data != NULL && dword_display(v->data, &hl)) {
		v->type = "REG_DWORD";
		v->data = imp_dupn(im, d, hl);
		v->exact = 1;
	}
	return v->name != NULL && v->data != NULL;
}

/* "Default Setting 0X00000010(16)", "Valid settings 0 and 1": a remark on
 * the value above it, with no colon after its words. */
static int setting_remark(const char *p)
{
	static const char *const words[] = { "Default Setting", "Default value", "Valid settings",
					     "Valid values", NULL };
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (imp_starts_ci(p, words[i]) && !isalpha((unsigned char)p[strlen(words[i])]))
			return 1;
	return 0;
}

/* "Add the following entries to the Multi-String Editor dialog box:",
 * "This value must have the following string values:": a line that
 * introduces the entries of a list, one a line below it. */
static int entries_lead_in(const char *s)
{
	static const char *const nouns[] = { "following entries", "following string values",
					     "following strings", "following lines", NULL };
	size_t l = imp_rtrim_len(s, strlen(s));

	if (l == 0 || s[l - 1] != ':')
		return 0;
	return imp_cue_in(s, nouns) != NULL;
}

/* The entries listed one a line after the lead-in at line m, bare or
 * bulleted (" - NAME"), all at one indent, to a blank line: joined with
 * "<CR>" (the form imp_value_checks() reads a list in), their last line
 * in *last.  NULL when fewer than two lines are entries. */
static const char *listed_entries(struct imp *im, size_t m, size_t *last)
{
	struct kb_buf b = KB_BUF_INIT;
	size_t n, count = 0, indent = 0;
	const char *out;

	for (n = m + 1; n < im->a->body_end && imp_blank(imp_line_at(im, n)); n++)
		;
	for (; n < im->a->body_end && count < 32; n++) {
		const char *s = imp_line_at(im, n), *p = imp_skip_ws(s);
		size_t l;
		if (imp_blank(s))
			break;
		if (count > 0 && imp_indent_of(s) != indent)
			break;
		p = imp_past_bullet(p);
		l = imp_rtrim_len(p, strlen(p));
		if (l == 0 || l > 64 || memchr(p, ' ', l) != NULL || memchr(p, ':', l) != NULL ||
		    imp_numbered_step(s) || im->used[n])
			break;
		if (count > 0)
			kb_buf_puts(&b, "<CR>");
		kb_buf_add(&b, p, l);
		indent = imp_indent_of(s);
		*last = n;
		count++;
	}
	out = count >= 2 && b.p != NULL && !b.oom ? imp_dupn(im, b.p, b.len) : NULL;
	kb_buf_free(&b);
	return out;
}

/* "Add a REG_MULTI_SZ value named X to the following key:" before the
 * key that ends at line after - 1, its entries listed at line lead_in:
 * the value, pushed on vb; 0 when the words name no list value. */
static int list_named_in_words(struct imp *im, size_t after, size_t lead_in, struct value_block *vb)
{
	struct value_spec pv;

	if (after < 2 || !imp_value_named_in_words(im, imp_ask_window_start(im, after - 1), lead_in, &pv) ||
	    pv.type == NULL || strcmp(pv.type, "REG_MULTI_SZ") != 0 || pv.data != NULL)
		return 0;
	vb->v[vb->nv++] = pv;
	return 1;
}

/* "(hit OK here)", "Click OK.", "Press ENTER": a line between a value's
 * labelled lines that tells the reader what to click, or a remark wholly
 * in brackets; no label, no registry text. */
static int block_interlude(const char *p)
{
	static const char *const clicks[] = { "click OK", "hit OK", "press OK", "choose OK", "select OK",
					      "press ENTER", "hit ENTER", NULL };
	size_t l = imp_rtrim_len(p, strlen(p)), i;

	if (l == 0 || l > 72 || memchr(p, ':', l) != NULL || imp_ci_find(p, "REG_") != NULL ||
	    memchr(p, '\\', l) != NULL)
		return 0;
	if (p[0] == '(' && p[l - 1] == ')' && memchr(p + 1, '(', l - 2) == NULL)
		return 1;
	for (i = 0; clicks[i] != NULL; i++)
		if (imp_ci_find(p, clicks[i]) != NULL && !isalnum((unsigned char)imp_ci_find(p, clicks[i])[strlen(clicks[i])]))
			return 1;
	return 0;
}

enum block_join { JOIN_NONE, JOIN_AND, JOIN_OR };

/* "and:", "-and-", "Also:" (imp_and_line()): a word alone on its line
 * between two whole values of one block, joining them (a step adds this
 * value and that one); "-or-", "OR" (imp_or_line()): offering them as
 * alternatives, neither of which is asked for alone. */
static enum block_join block_joiner(const char *p)
{
	return imp_or_line(p) ? JOIN_OR : imp_and_line(p) ? JOIN_AND : JOIN_NONE;
}

/* "For password support using TCP/IP protocol, enter:": one line of
 * words that ends with a colon and is no label, leading in to a case's
 * value. */
static int case_lead_in(const char *q)
{
	const char *t;

	return imp_ends_with_colon(q) && strchr(q, ' ') != NULL && value_field(q, &t) == FR_NONE &&
	       !imp_numbered_step(q) && imp_ci_find(q, "HKEY_") == NULL;
}

/* The next line after m that is not blank names a value in a block's
 * label ("Value Name: X"), or the lead-in of one case does, right above
 * it. */
static int value_name_follows(struct imp *im, size_t m)
{
	const char *t;
	size_t n;

	for (n = m + 1; n < im->a->body_end && n <= m + 2; n++) {
		const char *q = imp_skip_ws(imp_line_at(im, n));
		if (*q == '\0')
			continue;
		/* "-OR-" / "For password support using TCP/IP, enter:" /
		 * "Value Name: X": the other case's lead-in before its value */
		if (case_lead_in(q) && n + 2 < im->a->body_end) {
			n = imp_blank(imp_line_at(im, n + 1)) ? n + 2 : n + 1;
			return value_field(imp_skip_ws(imp_line_at(im, n)), &t) == FR_NAME;
		}
		return value_field(q, &t) == FR_NAME;
	}
	return 0;
}

/* "Value 0", "Value 1": Regedt32's printout numbers the values of a key,
 * each number alone on its line over the value's "Name:" / "Type:" /
 * "Data:" lines (5 archive articles).  The number is no field: the block
 * goes on under it. */
static int numbered_value_heading(const char *p)
{
	size_t l = imp_rtrim_len(p, strlen(p)), d;

	if (!imp_starts_ci(p, "Value ") || l < 7)
		return 0;
	d = strspn(p + 6, "0123456789");
	return d > 0 && d <= 3 && 6 + d == l;
}

/* "| Value Name: | UtilizeNtCaching |", "| Data Type    | String (REG_SZ) |":
 * a row of a box with two cells, the first a block's label (its colon
 * may be left out): the row as "Label: text" in buf (cap bytes), or p as
 * it is. */
static const char *boxed_label_row(const char *p, char *buf, size_t cap)
{
	const char *cell[3], *rest, *t;
	size_t len[3];

	if (imp_row_cells(p, cell, len, 3, &rest) != 2 || !imp_blank(rest))
		return p;
	if (len[0] > 0 && cell[0][len[0] - 1] == ':')
		len[0]--;
	/* "| Value | Meaning |": a table's header over rows of data and
	 * their meanings */
	else if (imp_word_is(cell[0], len[0], "Value"))
		return p;
	if (len[0] == 0 || len[1] == 0 ||
	    snprintf(buf, cap, "%.*s: %.*s", (int)len[0], cell[0], (int)len[1], cell[1]) >= (int)cap)
		return p;
	return value_field(buf, &t) != FR_NONE ? buf : p;
}

/* '"Value Name: X' ... 'Value: YES"': a block opened with a quote ends
 * with one, which is no part of the data; a block whose quote never
 * closes is not read. */
static void close_block_quote(struct imp *im, struct value_block *vb)
{
	struct value_spec *lv;
	size_t l;

	if (vb->nv == 0)
		return;
	lv = &vb->v[vb->nv - 1];
	l = lv->data != NULL ? strlen(lv->data) : 0;
	if (l > 0 && lv->data[l - 1] == '"')
		lv->data = imp_dupn(im, lv->data, l - 1);
	else if (strchr(imp_line_at(im, vb->last), '"') == NULL)
		vb->nv = 0, vb->first = vb->last = 0;
}

/* The labels that name a key or a value on a line of their own between a
 * key and its values, outside the value block's own fields.  Mined from
 * the lines the block reader passed over before a block's first value in
 * the whole archive (1,102 such lines): "Key Name:" (read in
 * kbimport_keyforce.c), a menu command as a label over a value line of
 * another name ("Add Value: gizmo" over "Mask = REG_DWORD 0x10": the name
 * is the subkey's), "KEY: Gadget" over "VALUE: Mask ...", "- Registry
 * Key: GizmoSvc" over "Value Name: ImagePath".  A key's label names a
 * subkey of the key above; a value's label over a value of another name
 * leaves the key unclear (a review). */
static const struct {
	const char *label;
	int names_key;
} between_labels[] = {
	{ "Key", 1 },
	{ "Registry Key", 1 },
	{ "Subkey", 1 },
	{ "Sub Key", 1 },
	{ "Add Key", 1 },       /* Registry Editor's menu command, as a label */
	{ "Add Value", 0 },
	{ "New Value", 0 },
};

/* Words a form or a table writes after "Key:" that answer its question
 * ("Key: Required", "Key: Yes") and the hives' short names ("Key:
 * HKLM"): none names a subkey. */
static const char *const label_answers[] = { "Required", "Optional", "Yes", "No", "True", "False",
					     "Unknown", "Varies", "HKLM", "HKCU", "HKCR", "HKU", "HKCC",
					     NULL };

/* t (l bytes) is a name a label may give: one word of a key name's
 * characters (with spaces_ok, several: a quoted name), not a stand-in
 * ("KeyName", "ProgramName"), a type, a word for none ("DWORD",
 * "none") nor a form's answer or a hive (label_answers). */
static int label_name(const char *t, size_t l, int spaces_ok)
{
	char w[65];
	size_t i;

	if (l == 0 || l >= sizeof w)
		return 0;
	for (i = 0; i < l; i++)
		if (!imp_key_name_char((unsigned char)t[i]) && !(spaces_ok && t[i] == ' '))
			return 0;
	memcpy(w, t, l);
	w[l] = '\0';
	/* "ProgramName", "FileName": a word for the name, not one */
	if (l > 4 && strcmp(w + l - 4, "Name") == 0)
		return 0;
	for (i = 0; label_answers[i] != NULL; i++)
		if (strcasecmp(w, label_answers[i]) == 0)
			return 0;
	return !imp_not_a_name(w, l) && !imp_placeholder_value_name(w) && strcasecmp(w, "none") != 0;
}

/* Line p (trimmed, a list's dash allowed) is "Label: text" with one of
 * between_labels' labels: *names_key its kind, *plain 1 when the text is
 * a name and nothing more (label_name(); a quoted name may hold spaces).
 * The name kept in im; for a key's label that is not plain, the whole
 * text (a review quotes it: "frobtool -or- gadget", "for example, X").
 * A value's label may go on past its name ("Mask, a DWORD"): its first
 * word is the name.  NULL for no label, a path (a key of its own), or a
 * value's label with no name ("(see below)"). */
static const char *between_label(struct imp *im, const char *p, int *names_key, int *plain)
{
	const char *t = NULL, *name, *close = NULL;
	size_t i, l, nl, w;
	int quoted, shaped;

	p = imp_past_bullet(p);
	for (i = 0; i < sizeof between_labels / sizeof between_labels[0] && t == NULL; i++)
		if ((t = imp_value_label(p, between_labels[i].label)) != NULL)
			*names_key = between_labels[i].names_key;
	if (t == NULL)
		return NULL;
	l = imp_rtrim_len(t, strlen(t));
	if (l == 0 || l > 64 || memchr(t, '\\', l) != NULL || memchr(t, '/', l) != NULL || memchr(t, ':', l) != NULL)
		return NULL;
	quoted = *t == '"' && l > 1 && (close = memchr(t + 1, '"', l - 1)) != NULL;
	if (quoted) {
		name = t + 1;
		nl = (size_t)(close - name);
		w = nl + 2;
	} else {
		name = t;
		nl = strcspn(t, " ,;(");
		nl = nl < l ? nl : l;
		w = nl;
	}
	shaped = label_name(name, nl, quoted);
	*plain = shaped && w == l;
	/* "Key: <name of the service>": a placeholder the key's reader
	 * reviews as one */
	if (*names_key && *t == '<' && t[l - 1] == '>') {
		*plain = 1;
		return imp_dupn(im, t, l);
	}
	if (!*names_key && !shaped)
		return NULL;
	return *names_key && !*plain ? imp_dupn(im, t, l) : imp_dupn(im, name, nl);
}

/* t (to its trailing blanks) is a number alone, as the loader reads one
 * (imp_read_number(): "1", "0x1", "0001").  After "Value:" opening a
 * block it is data whose name the block does not give ("Type: DWORD" over
 * "Value: 1" under an unknown label), not a value named "1". */
static int number_alone(struct imp *im, const char *t)
{
	int extra = 0;

	return imp_read_number(im, t, UINT64_MAX, &extra) != NULL && !extra;
}

/* After the block: a name labelled between the key and the first value
 * (line at, kind names_key, plain as between_label() says) that is not
 * that value's own.  A key's plain label names the values' subkey; a
 * value's label naming another value, or a key's label that is no plain
 * name ("-or-", "for example", a remark), leaves the key unclear
 * (named_other_line: a person writes them). */
static void settle_between_label(struct value_block *vb, const char *name, size_t at, int names_key, int plain)
{
	const struct value_spec *v0 = &vb->v[0];

	if (name == NULL || vb->nv == 0 || v0->line <= at ||
	    (v0->name != NULL && strcasecmp(v0->name, name) == 0))
		return;
	/* "KEY: Gadget" then "Type: REG_DWORD": the value's lines give no
	 * name, so the label may be the value's own name or its key's */
	if (!names_key || !plain || v0->name == NULL || vb->subkey != NULL) {
		vb->named_other_line = at;
		vb->named_other = name;
		vb->named_other_value = !names_key;
		return;
	}
	if (vb->subkey_line == 0) {
		vb->subkey = name;
		vb->subkey_labelled = 1;
	}
}

/* After a label, t runs on with more labels ("X Data Type: REG_SZ Value:
 * Y", "X REG_DWORD and Value: Y REG_DWORD"): the block's labels written
 * on one line, not one value's "Name TYPE data". */
static int labels_run_on(const char *t)
{
	static const char *const labels[] = { "Type:", "Type :", "Value:", "Value :", "Data:", "Data :", NULL };

	return imp_cue_in(t, labels) != NULL;
}

/* The "Value Name / Data Type / Data" lines (or inline "Name: REG_X:
 * data" lines) after a key.  Step lines ("3. On the Edit menu, click Add
 * Value.") and a short remark may come between the key and its values. */
void imp_read_value_block(struct imp *im, size_t after, struct value_block *vb)
{
	size_t m, blanks = 0, skipped = 0, remarks = 0, step_indent = 0, interludes = 0;
	const char *t, *tt, *tn, *sub = NULL;
	struct value_spec *cur;
	enum field_role role;
	size_t sub_indent = 0;
	int seen = 0, hex, example = 0, in_step = 0, placeholder = 0, bullet = 0, quoted = 0, alternatives = 0;
	enum block_join join;
	size_t bullet_indent = 0, el = 0, joined_at = 0;
	char boxed[256];
	const char *labelled = NULL;    /* "Add Value: mtrun" above the values */
	const char *typed_label;        /* "Value name (STRING): X": its type */
	size_t labelled_at = 0;
	int labelled_key = 0, labelled_plain = 0;

	memset(vb, 0, sizeof *vb);
	vb->key_last = after - 1;
	for (m = after; m < im->a->body_end && m < after + 30; m++) {
		const char *s = imp_line_at(im, m), *p = imp_past_block_quote(imp_skip_ws(s));
		if (!seen && p != imp_skip_ws(s))
			quoted = 1;
		struct value_spec iv;
		char joined[400];

		if (imp_blank(s)) {
			if (++blanks > 1 && seen)
				break;
			in_step = 0;    /* a step's sentence goes on only on the next line */
			continue;
		}
		blanks = 0;
		if (imp_ci_find(s, "HKEY_") != NULL || im->used[m] ||
		    (*p == '\\' && strchr(p + 1, '\\') != NULL))
			break;
		/* a rule of underscores after a value is a page's rule, not
		 * a table's: the block ends there */
		if (vb->nv > 0 && imp_rule_line(p) && strchr(p, '_') != NULL)
			break;
		if (*p == '\0' || imp_rule_line(p))
			continue;       /* a quote's empty line, a table's rule line */
		/* "| Value Name: | UtilizeNtCaching |": a box of two columns,
		 * the labels in the first, read as "Value Name: UtilizeNtCaching" */
		p = boxed_label_row(p, boxed, sizeof boxed);
		/* rows under a titled subkey or a header row: the column
		 * table reader's (kbimport_coltable.c), and the steps below
		 * the table are not the ones the values follow */
		if (!seen && (imp_title_over_rows(im, m) || imp_table_over_rows(im, m)))
			break;
		if (numbered_value_heading(p) && m + 1 < im->a->body_end &&
		    value_field(imp_skip_ws(imp_line_at(im, m + 1)), &t) == FR_NAME)
			continue;       /* "Value 1" over its "Name:" line */
		/* "| Value Name | Data Type | Value |": a table's heading */
		if (*p == '|' && imp_ci_find(p, "Name") != NULL && imp_ci_find(p, "Type") != NULL &&
		    imp_ci_find(p, "REG_") == NULL)
			continue;
		/* the rest of a step's sentence ("Time."); a line opening
		 * with a block's label ("Value: X" right under "3. Add a
		 * value:") is the block's */
		if (!seen && in_step && imp_indent_of(s) > step_indent && !imp_numbered_step(s) &&
		    !imp_substep(s) && !block_field_line(p) && imp_type_then_name(p, &tt) == NULL &&
		    !imp_inline_value(im, s, m, &iv)) {
			const char *ex = imp_ci_find(s, "example:");
			/* "(Example: 20 MB = ...)"; "For example, ..." after a
			 * placeholder ("where <modem_key> is the name of ..."):
			 * the values shown are one case of it */
			if (strchr(s, '<') != NULL && strchr(s, '>') != NULL)
				placeholder = 1;
			if ((ex != NULL && !imp_blank(ex + 8)) ||
			    (placeholder && imp_ci_find(s, "for example") != NULL))
				example = 1;
			in_step = 0;
			continue;
		}
		in_step = 0;
		role = value_field(p, &t);
		if (role == FR_NONE)
			role = spaced_field_in_block(im, p, m, &t);
		typed_label = NULL;
		if (role == FR_NONE && ((tt = name_label_with_type(p, &typed_label)) != NULL ||
					(vb->nv == 0 && (tt = typed_value_label(p, &typed_label)) != NULL))) {
			role = FR_NAME;
			t = tt;
		}
		cur = vb->nv > 0 ? &vb->v[vb->nv - 1] : NULL;
		if (cur != NULL && cur->data == NULL && role == FR_DEFAULT) {
			cur->def = imp_dupn(im, t, imp_rtrim_len(t, strlen(t)));
		} else if ((tn = imp_type_then_name(p, &tt)) != NULL) {
			if (vb->nv == sizeof vb->v / sizeof vb->v[0])
				break;
			vb->v[vb->nv].name = imp_dupn(im, tn, imp_rtrim_len(tn, strlen(tn)));
			vb->v[vb->nv].type = tt;
			vb->v[vb->nv].line = m;
			vb->nv++;
		} else if ((role == FR_NAME || (role == FR_NAME_OR_DATA && vb->nv == 0)) && !labels_run_on(t) &&
			   imp_inline_value(im, t, m, &iv) && iv.name != NULL && iv.type != NULL) {
			/* "Value : NodeType REG_DWORD 4 (4 is for M-NODE)": the
			 * label over a whole value written on its line (not
			 * "Value Name: X Data Type: REG_SZ", read below) */
			if (vb->nv == sizeof vb->v / sizeof vb->v[0])
				break;
			vb->v[vb->nv++] = iv;
		} else if (role == FR_NAME || (role == FR_NAME_OR_DATA && vb->nv == 0 && !number_alone(im, t))) {
			if (vb->nv == sizeof vb->v / sizeof vb->v[0])
				break;
			vb->v[vb->nv].name = imp_dupn(im, t, imp_rtrim_len(t, strlen(t)));
			vb->v[vb->nv].line = m;
			/* "Value Name: X Data Type: REG_SZ Value: Y": the block's
			 * labels run on one line */
			if (!one_line_labels(im, &vb->v[vb->nv]))
				continue;       /* labels only: a header over rows */
			if (typed_label != NULL)
				vb->v[vb->nv].type = typed_label;
			vb->nv++;
		} else if (role == FR_NONE && imp_lone_name(p, &el) && m + 1 < im->a->body_end &&
			   value_field(imp_skip_ws(imp_line_at(im, m + 1)), &tn) == FR_TYPE) {
			/* "BurstHandling" right over "Type = REG_DWORD": a
			 * parameter reference's entry, headed by the value's
			 * name alone on its line */
			if (vb->nv == sizeof vb->v / sizeof vb->v[0])
				break;
			vb->v[vb->nv].name = imp_dupn(im, p, el);
			vb->v[vb->nv].line = m;
			vb->nv++;
		} else if (cur != NULL && cur->type != NULL && cur->data != NULL && role == FR_TYPE &&
			   block_label(p, "Type") != NULL && imp_inline_value(im, t, m, &iv) && iv.name == NULL && iv.data != NULL) {
			/* "Start: REG_DWORD: 0x3" then "Type: REG_DWORD: 0x10":
			 * after a whole value, a value named Type */
			if (vb->nv == sizeof vb->v / sizeof vb->v[0])
				break;
			iv.name = "Type";
			vb->v[vb->nv++] = iv;
		} else if (cur == NULL && role == FR_TYPE && labelled != NULL && labelled_key && labelled_plain &&
			   labelled_at + 1 == m) {
			/* "Key: CrashOnAuditFail" right over "Type: REG_DWORD":
			 * a key has no type, so the label names the value */
			vb->v[0].name = labelled;
			vb->v[0].type = imp_dupn(im, t, imp_rtrim_len(t, strlen(t)));
			vb->v[0].line = labelled_at;
			vb->nv = 1;
			vb->first = labelled_at;
			seen = 1;
			labelled = NULL;
		} else if (cur != NULL && role == FR_TYPE) {
			cur->type = imp_dupn(im, t, imp_rtrim_len(t, strlen(t)));
		} else if (cur != NULL && role == FR_RADIX) {
			if (imp_starts_ci(t, "hex") && cur->data != NULL && isxdigit((unsigned char)cur->data[0]) &&
			    !imp_starts_ci(cur->data, "0x"))
				cur->data = imp_fmt(im, "0x%s", cur->data);
			cur->radix_hex = imp_starts_ci(t, "hex");
		} else if (cur != NULL && cur->data == NULL &&
			   (role == FR_DATA || role == FR_DATA_HEX || role == FR_NAME_OR_DATA)) {
			hex = role == FR_DATA_HEX || cur->radix_hex;
			cur->data = hex && isxdigit((unsigned char)*t) && !imp_starts_ci(t, "0x") ?
				imp_fmt(im, "0x%.*s", (int)imp_rtrim_len(t, strlen(t)), t) :
				imp_dupn(im, t, imp_rtrim_len(t, strlen(t)));
			cur->data_wraps = data_goes_on(im, m);
		} else if (cur != NULL && cur->data != NULL && (role == FR_DATA || role == FR_DATA_HEX ||
							       (role == FR_NAME_OR_DATA && cur->type != NULL &&
								cur->last + 1 == m))) {
			/* "Value: 0x1 == on" then "Value: 0x0 == off": the data
			 * the value may take, each with its meaning */
			cur->several_data = 1;
		} else if (cur != NULL && (role == FR_DEFAULT || role == FR_RANGE || role == FR_REMARK)) {
			/* remarks of the block */
		} else if (vb->nv > 0 && setting_remark(p)) {
			/* remarks of the block */
		} else if (set_to_value(im, s, m, &iv) || regedit_line_value(im, p, m, &iv)) {
			if (vb->nv == sizeof vb->v / sizeof vb->v[0])
				break;
			vb->v[vb->nv++] = iv;
		} else if (imp_inline_value(im, s, m, &iv) && iv.name != NULL) {
			if (vb->nv == sizeof vb->v / sizeof vb->v[0])
				break;
			if (sub != NULL && imp_indent_of(s) > sub_indent)
				iv.subkey = sub;
			else
				sub = NULL;
			vb->v[vb->nv++] = iv;
			/* " - Name (REG_DWORD: 1)" list items: the paragraphs
			 * indented under one describe it, the next item follows */
			bullet = (*p == '-' || *p == '*') && p[1] == ' ';
			bullet_indent = imp_indent_of(s);
		} else if (bullet && imp_indent_of(s) > bullet_indent && !imp_numbered_step(s) &&
			   !imp_substep(s)) {
			continue;
		} else if (vb->nv > 0 && (t = listing_subkey(im, m)) != NULL) {
			/* "    Parameters:" over deeper "Name: REG_X: data"
			 * lines: a subkey of the key, in a listing */
			sub = t;
			sub_indent = imp_indent_of(s);
			continue;
		} else if (entries_lead_in(p) && (t = listed_entries(im, m, &el)) != NULL &&
			   (vb->nv > 0 ? vb->v[vb->nv - 1].data == NULL :
			    list_named_in_words(im, after, m, vb))) {
			/* "Add the following entries ...:" and the entries one a
			 * line: the list value's data */
			vb->v[vb->nv - 1].data = t;
			if (!seen)
				vb->first = vb->v[vb->nv - 1].line;
			seen = 1;
			vb->last = vb->v[vb->nv - 1].last = m = el;
			continue;
		} else if (((imp_numbered_step(s) || imp_substep(s)) && skipped++ < 6) ||
			   (!seen && remarks++ < 5)) {
			const char *ex = imp_ci_find(s, "example:");
			/* "(Example: 20 MB = ...)"; "For example, ..." after a
			 * placeholder ("where <modem_key> is the name of ..."):
			 * the values shown are one case of it */
			if (strchr(s, '<') != NULL && strchr(s, '>') != NULL)
				placeholder = 1;
			if ((ex != NULL && !imp_blank(ex + 8)) ||
			    (placeholder && imp_ci_find(s, "for example") != NULL))
				example = 1;
			if (!seen && (t = between_label(im, p, &labelled_key, &labelled_plain)) != NULL) {
				labelled = t;
				labelled_at = m;
				continue;
			}
			/* a step's sentence may go on on the next line */
			snprintf(joined, sizeof joined, "%s %s", s, imp_step_goes_on(im, m));
			step_subkey(im, joined, m, vb);
			in_step = imp_numbered_step(s) || imp_substep(s);
			step_indent = imp_indent_of(s);
			/* "3. From the Edit menu, click Add Value.  4. Add the
			 * following:" may come between a key and its values. */
			continue;
		} else if (seen && cur != NULL && cur->data != NULL && (join = block_joiner(p)) != JOIN_NONE &&
			   value_name_follows(im, m)) {
			/* "and:" or "-or-" between two whole values: the block
			 * goes on; "-or-" makes them alternatives */
			alternatives |= join == JOIN_OR;
			joined_at = m;
			continue;
		} else if (joined_at > 0 && m <= joined_at + 2 && case_lead_in(p)) {
			/* the lead-in of the value after the "-or-" */
			continue;
		} else if (seen && vb->nv > 0 && (vb->v[vb->nv - 1].type == NULL || vb->v[vb->nv - 1].data == NULL) &&
			   interludes++ < 3 && block_interlude(p)) {
			/* "(click OK here)" between a value's labelled lines: the
			 * block goes on; a value with all its lines ends it */
			continue;
		} else {
			/* "Value: 0x1 == Force ... on all" / "PPTP connections" /
			 * "Value: 0x0 == Do not ...": a datum's meaning wrapped
			 * onto this line, another datum for the value after it */
			const char *nx = m + 1 < im->a->body_end ? imp_skip_ws(imp_line_at(im, m + 1)) : "";
			enum field_role nr = value_field(nx, &tn);
			if (cur != NULL && cur->data != NULL && cur->last + 1 == m && role == FR_NONE &&
			    (nr == FR_DATA || nr == FR_DATA_HEX || nr == FR_NAME_OR_DATA) && tn != NULL &&
			    isdigit((unsigned char)*tn))
				cur->several_data = 1;
			break;
		}
		if (!seen)
			vb->first = m;
		seen = 1;
		vb->last = m;
		if (vb->nv > 0)
			vb->v[vb->nv - 1].last = m;
	}
	if (vb->nv == 0)
		vb->first = vb->last = 0;
	settle_between_label(vb, labelled, labelled_at, labelled_key, labelled_plain);
	for (m = 0; m < vb->nv; m++)
		vb->v[m].example = example, vb->v[m].alternative = alternatives;
	if (quoted)
		close_block_quote(im, vb);
	imp_key_in_force_at_block(im, vb);
}
