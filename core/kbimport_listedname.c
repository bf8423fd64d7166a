/* kbimport_listedname.c: a value the steps after a key list by name on a
 * line of its own (kbimport_int.h):
 *
 *     3. Add the following case-sensitive DWORD value of 0:
 *
 *           Unique Frob Names
 *
 * or with its type and datum in the sentences under the name ("Set this
 * value to 2. This case-sensitive registry value is a DWORD type value.").
 * The lead-in must add, create or define "the following ... value:"; the name is
 * the next line, alone (a few words, no path, label or '='); the type and
 * datum come from the lead-in, else from the two sentences under the name.
 * A name with no type or datum said plainly is still returned (data NULL),
 * so that the caller lists it for a person rather than losing it. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* How many lines after the key the lead-in is looked for. */
#define LISTED_WINDOW 8
/* How many lines under the name its type and datum are looked for. */
#define LISTED_UNDER 4

/* s is a lead-in: "Add the following [new] [case-sensitive] [TYPE]
 * [registry] value[ of N]:", "Create|Define the following ...", ending with a
 * colon.  Where "following" starts, or NULL. */
static const char *lead_in(const char *s)
{
	const char *f = imp_ci_find(s, "following"), *v, *verb;
	size_t l = imp_rtrim_len(s, strlen(s));

	if (f == NULL || l == 0 || s[l - 1] != ':')
		return NULL;
	/* ("Define the following registry value:", Exchange's word for it) */
	verb = imp_find_any_word(s, (const char *const[]){ "add", "create", "define", NULL });
	if (verb == NULL || verb > f)
		return NULL;
	/* "On the X registry entry add the following value:": what is
	 * added goes into another value, an entry of its data */
	{
		char head[160];
		snprintf(head, sizeof head, "%.*s", (int)(verb - s), s);
		if (imp_has_word(head, "entry") || imp_has_word(head, "value"))
			return NULL;
	}
	/* "value" after "following", and nothing but its datum after it */
	if ((v = imp_ci_find(f, " value")) == NULL || isalpha((unsigned char)v[6]))
		return NULL;
	if (imp_ci_find(f, " entry") != NULL || imp_ci_find(f, " key") != NULL || imp_ci_find(f, " section") != NULL)
		return NULL;
	return f;
}

/* Line t is a value's name alone: one to six words, no path, label,
 * '=' or bracket, not a step's number or a sentence. */
static int name_alone(const char *t)
{
	size_t l = imp_rtrim_len(t, strlen(t)), words = 1, i;

	if (l == 0 || l > 60 || imp_numbered_step(t) || t[l - 1] == '.' || t[l - 1] == ':')
		return 0;
	if (strpbrk(t, "\\/:=<>[]()\"") != NULL || imp_starts_ci(t, "HKEY") || imp_starts_ci(t, "REG_"))
		return 0;
	for (i = 0; i < l; i++)
		if (t[i] == ' ' && t[i + 1] != ' ')
			words++;
	return words <= 6 && isalnum((unsigned char)t[0]);
}

/* "of 0", "with a value of 1", "with data 5" in the lead-in after v: the
 * datum (one number, imp_set_datum()), or NULL. */
static const char *lead_in_datum(struct imp *im, const char *v)
{
	static const char *const ofs[] = { " with a value of ", " with a data value of ", " with data ",
					   " set to ", " of ", NULL };
	struct set_datum sd;
	const char *p;
	size_t i;

	for (i = 0; ofs[i] != NULL; i++)
		if ((p = imp_ci_find(v, ofs[i])) != NULL)
			return imp_set_datum(im, p + strlen(ofs[i]), &sd) ? sd.data : NULL;
	return NULL;
}

/* The sentences under the name (lines from..to): "Set this value to 2.",
 * "Change this value to 1", "This ... value is a DWORD type value", "Add
 * this value as a REG_DWORD".  Fills *type and *data where said. */
static void under_name(struct imp *im, size_t from, size_t to, const char **type, const char **data)
{
	static const char *const sets[] = { "set this value to ", "set the value to ", "change this value to ",
					    "set it to ", NULL };
	struct set_datum sd;
	size_t n, i, tl;
	const char *s, *p, *t;

	for (n = from; n <= to && n < im->a->body_end; n++) {
		s = imp_line_at(im, n);
		if (imp_numbered_step(s) || imp_ci_find(s, "HKEY_") != NULL)
			break;
		for (i = 0; *data == NULL && sets[i] != NULL; i++)
			if ((p = imp_ci_find(s, sets[i])) != NULL && !imp_not_asked(s, p) &&
			    imp_set_datum(im, p + strlen(sets[i]), &sd))
				*data = sd.data;
		if (*type == NULL && ((p = imp_ci_find(s, " is a ")) != NULL || (p = imp_ci_find(s, " as a ")) != NULL) &&
		    (t = imp_type_word_at(p + 6, &tl)) != NULL)
			*type = t;
	}
}

int imp_value_listed_after(struct imp *im, size_t key_last, struct value_spec *v)
{
	size_t n, m, end = key_last + LISTED_WINDOW, tl;
	const char *s = NULL, *f = NULL, *t, *type = NULL, *data = NULL, *word;

	for (n = key_last + 1; n <= end && n < im->a->body_end; n++) {
		s = imp_line_at(im, n);
		if (imp_ci_find(s, "HKEY_") != NULL)
			return 0;
		if ((f = lead_in(s)) != NULL)
			break;
	}
	if (n > end || n >= im->a->body_end || f == NULL || imp_not_asked(s, f))
		return 0;
	for (m = n + 1; m < im->a->body_end && m <= n + 2 && imp_blank(imp_line_at(im, m)); m++)
		;
	if (m >= im->a->body_end || !name_alone(t = imp_skip_ws(imp_line_at(im, m))))
		return 0;
	/* the type word in the lead-in, just before " value" */
	word = imp_ci_find(f, " value");
	type = imp_type_word_before(s, word, &tl);
	data = lead_in_datum(im, word);
	under_name(im, m + 1, m + LISTED_UNDER, &type, &data);
	memset(v, 0, sizeof *v);
	v->name = imp_dupn(im, t, imp_rtrim_len(t, strlen(t)));
	v->type = type;
	v->data = type != NULL ? data : NULL;
	/* cited from the lead-in (the type and datum it may say) to the
	 * name; with nothing to draft, the review item goes on the name's
	 * line, the line that names the value */
	v->line = v->data != NULL ? n : m;
	v->last = m;
	return v->name != NULL;
}
