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
	/* "value" after "following", and nothing but its datum after it;
	 * "values" only when one of them is added ("Add one of the
	 * following values, depending on ...:"): "Add the following
	 * values:" leads in to a table or a block, its rows no lone names */
	if ((v = imp_ci_find(f, " value")) == NULL ||
	    (isalpha((unsigned char)v[6]) &&
	     !(v[6] == 's' && !isalpha((unsigned char)v[7]) && f - s >= 11 && imp_starts_ci(f - 11, "one of the "))))
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

/* Line n's sentence, joined with the next line when the colon that ends
 * it is there ("4. Add one of the following values, depending on which
 * protocol is shared" / "between the clients and the PDC:"), into buf;
 * the line the lead-in ends on in *end. */
static const char *lead_in_lines(const struct imp *im, size_t n, char *buf, size_t size, size_t *end)
{
	const char *s = imp_line_at(im, n), *next;
	size_t l = imp_rtrim_len(s, strlen(s));

	*end = n;
	if (l > 0 && s[l - 1] == ':')
		return s;
	if (n + 1 >= im->a->body_end || imp_blank(next = imp_line_at(im, n + 1)) || imp_numbered_step(next) ||
	    imp_ci_find(next, "HKEY_") != NULL)
		return s;
	snprintf(buf, size, "%.*s %s", (int)l, s, imp_skip_ws(next));
	*end = n + 1;
	return buf;
}

size_t imp_values_listed_after(struct imp *im, size_t key_last, struct value_spec *vs, size_t max, size_t *lead,
			       int *one_of)
{
	size_t n, m, end = key_last + LISTED_WINDOW, tl, lead_end = 0, count = 0, last_name = 0;
	const char *s = NULL, *f = NULL, *t, *type = NULL, *data = NULL, *word;
	char joined[512];

	*one_of = 0;
	for (n = key_last + 1; n <= end && n < im->a->body_end; n++) {
		s = imp_line_at(im, n);
		if (imp_ci_find(s, "HKEY_") != NULL)
			return 0;
		s = lead_in_lines(im, n, joined, sizeof joined, &lead_end);
		if ((f = lead_in(s)) != NULL)
			break;
	}
	if (n > end || n >= im->a->body_end || f == NULL || imp_not_asked(s, f))
		return 0;
	*lead = n;
	word = imp_ci_find(f, " value");
	/* the names, each alone on its line, blank lines between: one
	 * ("the following value:"), or several of which "one of the
	 * following values" adds one */
	for (m = lead_end + 1; m < im->a->body_end && count < max; m++) {
		const char *line = imp_line_at(im, m);
		if (imp_blank(line)) {
			if (m > lead_end + 2 && last_name + 1 < m)
				break;
			continue;
		}
		if (!name_alone(t = imp_skip_ws(line)))
			break;
		memset(&vs[count], 0, sizeof vs[count]);
		vs[count].name = imp_dupn(im, t, imp_rtrim_len(t, strlen(t)));
		vs[count].line = vs[count].last = m;
		count++;
		last_name = m;
		if (word[6] != 's')
			break;
	}
	if (count == 0)
		return 0;
	/* the type word in the lead-in, just before " value" */
	type = imp_type_word_before(s, word, &tl);
	data = lead_in_datum(im, word);
	if (count == 1)
		under_name(im, last_name + 1, last_name + LISTED_UNDER, &type, &data);
	*one_of = count > 1 && imp_ci_find(s, "one of the following") != NULL;
	for (m = 0; m < count; m++) {
		vs[m].type = type;
		vs[m].data = type != NULL ? data : NULL;
		/* cited from the lead-in (the type and datum it may say) to
		 * the name; with nothing to draft, the review item goes on
		 * the name's line, the line that names the value */
		if (vs[m].data != NULL)
			vs[m].line = n;
	}
	return count;
}
