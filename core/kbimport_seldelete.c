/* kbimport_seldelete.c: values deleted by picking them in Registry
 * Editor (kbimport_int.h).  "Locate the following key: ...\LSA" then
 * "Select the Frob value and click Delete", "Right-click the Frob entry
 * in the Name list, and then click Delete", "Click the value Frob, press
 * DELETE": each names one value of the located key to delete.  Read when
 * the article's words delete but the deletion reader found nothing it
 * could place. */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

static const char *const pick_verbs[] = {
	"select the ", "click the ", "right-click the ", "highlight the ", NULL,
};

/* A value's name at p: letters, digits, '_', '.', starting with a
 * capital or a digit (so "the incorrect value" names none); length. */
static size_t name_at(const char *p)
{
	size_t n = 0;

	if (!isupper((unsigned char)*p) && !isdigit((unsigned char)*p))
		return 0;
	while (isalnum((unsigned char)p[n]) || p[n] == '_' || p[n] == '.')
		n++;
	while (n > 0 && p[n - 1] == '.')
		n--;
	return n;
}

/* After the verb at p: "value X" or "X value|entry" ("X registry
 * value"); the name and its length, or NULL. */
static const char *picked_value(const char *p, size_t *len)
{
	const char *q;
	size_t n;

	if (imp_starts_ci(p, "value ") && (n = name_at(p + 6)) > 0) {
		*len = n;
		return p + 6;
	}
	if ((n = name_at(p)) == 0)
		return NULL;
	q = p + n;
	if (imp_starts_ci(q, " registry "))
		q += 9;
	if (imp_starts_ci(q, " value") || imp_starts_ci(q, " entry")) {
		if (isalpha((unsigned char)q[6]))
			return NULL;
		*len = n;
		return p;
	}
	return NULL;
}

/* "click Delete", "press DELETE", "choose Delete" in [p, end). */
static int deletes_in(const char *p, const char *end)
{
	static const char *const acts[] = { "click delete", "press delete", "press the delete",
					    "choose delete", "click on delete", NULL };
	const char *q;
	size_t i;

	for (i = 0; acts[i] != NULL; i++)
		if ((q = imp_ci_find(p, acts[i])) != NULL && q < end &&
		    !isalpha((unsigned char)q[strlen(acts[i])]))
			return 1;
	return 0;
}

int imp_place_selected_deletes(struct imp *im, const char *key, size_t key_line, size_t key_last)
{
	struct kb_buf b = { 0 };
	size_t n, last, starts[12], ns, i, len, drafted = 0;
	const char *p, *s, *name, *end;
	struct imp_at at = { .key_line = key_line, .key_last = key_last, .repair = 1 };

	if (imp_has_placeholder(key))
		return 0;
	for (last = key_last + 1; last < im->a->body_end && last < key_last + 12; last++)
		if (imp_ci_find(imp_line_at(im, last), "HKEY_") != NULL)
			break;
	if (last <= key_last + 1)
		return 0;
	ns = imp_join_lines(im, key_last + 1, last - 1, &b, starts, 12);
	if (b.oom || b.p == NULL) {
		kb_buf_free(&b);
		return 0;
	}
	s = b.p;
	for (i = 0; pick_verbs[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, pick_verbs[i])) != NULL; p += strlen(pick_verbs[i])) {
			if (p > s && isalpha((unsigned char)p[-1]))
				continue;
			if (i == 1 && p > s && p[-1] == '-')
				continue;       /* "right-click the" is read as its own verb */
			name = picked_value(p + strlen(pick_verbs[i]), &len);
			if (name == NULL)
				continue;
			end = name + len + strcspn(name + len, ".;");
			if (!deletes_in(name + len, end))
				continue;
			n = imp_joined_line(key_last + 1, starts, ns, (size_t)(name - s));
			at.value_last = imp_joined_line(key_last + 1, starts, ns, (size_t)(end - s));
			if (imp_add_check_at(im, &at, key, imp_dupn(im, name, len), NULL, IE_VALUE_ABSENT, NULL, n) != NULL)
				drafted++;
		}
	kb_buf_free(&b);
	return drafted > 0;
}
