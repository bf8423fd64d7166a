/* kbimport_verified.c: a value named before its key whose data a later
 * sentence verifies or requires (kbimport_int.h).
 *
 *   2. Locate the Frob Level value under the following key: ...\Frob
 *   3. Verify that the REG_DWORD value is set to 0x3.
 *
 * "Verify that a DWORD value with a value of 1 exists, and if it does not
 * exist or has a value of 0, add it ...", "The Frob Level registry value
 * should be assigned a value of 0x1.": the sentence names the value by
 * its word ("the value", "a DWORD value") or by its name, and gives one
 * datum.  To verify asks a check; a repair only where the words go on to
 * add or edit the value.  "should be" says what the value must hold, the
 * fix the article's steps make. */
#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

/* The lines after the key that the reader looks in: eight at most, in the
 * key's section, up to the next line that names a key of its own. */
#define VERIFY_LINES 8

static const char *const verify_openings[] = { "verify that ", "make sure that ", "ensure that ",
					       "check that ", "confirm that ", "make sure ", NULL };

/* After the subject: the words that give the datum ("is set to 0x3",
 * "with a value of 1"); the datum follows them, or is them ("a value of
 * 1": imp_set_datum() reads that). */
static const char *const datum_links[] = { "is set to ", "is equal to ", "is ", "has a value of ",
					   "has the value ", "with a value of ", "with the value ",
					   "with a data value of ", NULL };
static const char *const required_links[] = { "should be set to ", "should be assigned a value of ",
					      "should be assigned ", "must be set to ", "should be ", NULL };

/* At p, "the" or "a" or "this", a type's word maybe, then "value" (or
 * name, "registry" allowed before "value"): past it, the type in *type
 * (NULL when none is said), or NULL. */
static const char *value_subject(const char *p, const char *name, const char **type)
{
	static const char *const determiners[] = { "the", "a", "this", NULL };
	const char *t;
	size_t tl, dl = imp_starts_any_word(p, determiners);

	if (dl == 0 || p[dl] != ' ')
		return NULL;
	p += dl + 1;
	if ((t = imp_type_word_at(p, &tl)) != NULL)
		p = imp_skip_ws(p + tl);
	else if (imp_starts_ci(p, name) && p[strlen(name)] == ' ')
		p += strlen(name) + 1;
	if (imp_starts_ci(p, "registry "))
		p += 9;
	if (!imp_starts_ci(p, "value ") && !imp_starts_ci(p, "entry "))
		return NULL;
	*type = t;
	return p + 6;
}

/* The datum after one of links at p: 1 with sd filled. */
static int linked_datum(struct imp *im, const char *p, const char *const *links, struct set_datum *sd)
{
	size_t i;

	for (i = 0; links[i] != NULL; i++)
		if (imp_starts_ci(p, links[i]))
			break;
	if (links[i] == NULL)
		return 0;
	/* ("has a value of 1": the datum reader takes "a value of" itself) */
	if (imp_starts_ci(links[i], "has "))
		p += 4;
	else if (imp_starts_ci(links[i], "with "))
		p += 5;
	else
		p += strlen(links[i]);
	return imp_set_datum(im, imp_skip_ws(p), sd) && sd->data != NULL;
}

/* Where the words about the datum end: the end of its sentence (e), or
 * of the next when that one opens with "If" ("... is set to 1. If this
 * value is different or not created, ... add the DWord value"). */
static const char *datum_scope_end(const char *e)
{
	const char *stop = strstr(e, ". "), *next;

	if (stop == NULL)
		return e + strlen(e);
	next = imp_skip_ws(stop + 2);
	if (imp_starts_ci(next, "if ") && (stop = strstr(next, ". ")) == NULL)
		return next + strlen(next);
	return stop;
}

/* The words p..end say to add or edit the value when it is not so: "and
 * if it does not exist or has a value of 0, add it", "If this value is
 * different or not created, use Registry Editor to modify or add the
 * DWord value", "or edit the value to be 1"; whole words, and not "Do
 * not edit the value". */
static int then_fixed(const char *p, const char *end)
{
	static const char *const fixes[] = { "add it", "add the value", "add the DWord value", "add the string value",
					     "edit the value", "edit it", "modify it", "modify or add", "create it",
					     "change it", "set it", NULL };
	char buf[320];
	size_t l = (size_t)(end - p), i;
	const char *at;

	if (l >= sizeof buf)
		l = sizeof buf - 1;
	memcpy(buf, p, l);
	buf[l] = '\0';
	for (i = 0; fixes[i] != NULL; i++)
		if ((at = imp_find_word(buf, fixes[i])) != NULL && !imp_negated_before(buf, at))
			return 1;
	return 0;
}

/* The type the words p..end name ("modify or add the DWord value"), or
 * NULL. */
static const char *type_in_scope(const char *p, const char *end)
{
	const char *q, *t;
	size_t tl;

	for (q = p; q < end; q++)
		if (!isalnum((unsigned char)q[-1]) && (t = imp_type_word_at(q, &tl)) != NULL && q + tl <= end)
			return t;
	return NULL;
}

int imp_value_verified_after(struct imp *im, const char *name, size_t key_last, struct value_spec *v, int *repair)
{
	struct kb_buf b = { 0 };
	size_t starts[16], ns, n, line;
	const char *s, *p, *q, *type = NULL;
	struct set_datum sd;
	int found = 0;

	if ((ns = imp_join_after_key(im, key_last, VERIFY_LINES, 1, &b, starts, 16)) == 0)
		return 0;
	/* each sentence: the text's start, or past ". " */
	for (s = b.p; s != NULL && *s != '\0' && !found; s = (p = strstr(s, ". ")) != NULL ? p + 2 : NULL) {
		size_t i;
		const char *e;
		type = NULL;
		s = imp_skip_ws(s);
		/* a step's number: "3. Verify ..." (the ". " above stops at it) */
		if (isdigit((unsigned char)*s) && (s[1] == '.' || (isdigit((unsigned char)s[1]) && s[2] == '.')))
			continue;
		for (i = 0; verify_openings[i] != NULL && !imp_starts_ci(s, verify_openings[i]); i++)
			;
		if (verify_openings[i] != NULL) {
			q = s + strlen(verify_openings[i]);
			if ((q = value_subject(q, name, &type)) != NULL && linked_datum(im, q, datum_links, &sd)) {
				*repair = then_fixed(sd.end, datum_scope_end(sd.end));
				found = 1;
			}
		} else if (imp_starts_ci(s, "the ") && imp_starts_ci(s + 4, name) && s[4 + strlen(name)] == ' ') {
			/* "The Frob Level registry value should be assigned a
			 * value of 0x1." */
			q = s + 4 + strlen(name) + 1;
			if (imp_starts_ci(q, "registry "))
				q += 9;
			/* the datum ends the sentence: not "should be 0x1 on
			 * servers and 0x0 on workstations", "... by default" */
			if (imp_starts_ci(q, "value ") && linked_datum(im, q + 6, required_links, &sd) &&
			    (*(e = imp_skip_ws(sd.end)) == '.' || *e == '\0')) {
				*repair = 1;
				found = 1;
			}
		}
		if (found) {
			/* the type the words give after the datum ("modify or
			 * add the DWord value") when the sentence names none */
			if (type == NULL)
				type = type_in_scope(sd.end, datum_scope_end(sd.end));
			if (type == NULL && sd.dword_said)
				type = "REG_DWORD";
			n = imp_joined_line(key_last + 1, starts, ns, (size_t)(s - b.p));
			/* (the caller set the line naming the value; nothing else
			 * of v is this reader's to keep) */
			line = v->line;
			memset(v, 0, sizeof *v);
			v->line = line;
			v->name = name;
			v->type = type;
			v->data = sd.data;
			v->last = n;
		}
	}
	kb_buf_free(&b);
	return found && type != NULL;
}
