/* kbimport_alternatives.c: checks the article offers as alternatives.
 *
 * "Delete the value under key A" / "-or-" / "Delete the value under
 * key B", "On the server: <key>" / "-OR-" / "On the client: <key>": the
 * labelling guide (call C7) drafts each alternative as asked, but each
 * holds only in its own case (the file the error names, the machine's
 * role), so a rule that checks and repairs both would act on a machine
 * where one does not apply.  The draft keeps both and says so on the
 * "-or-" line: a person gives each an `applies` condition or keeps the
 * one that applies.  Runs last, over the checks as drafted. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* How far from an "-or-" line the checks it separates may be. */
#define ALT_WINDOW 12

int imp_or_line(const char *s)
{
	const char *p = imp_skip_ws(s);
	size_t l = imp_rtrim_len(p, strlen(p)), dashes = 0;

	/* (two characters at least: a lone "-" is both its first and its
	 * last, and taking two from one would wrap l) */
	while (l >= 2 && p[0] == '-' && p[l - 1] == '-') {
		p++;
		l -= 2;
		dashes++;
		while (l > 0 && isspace((unsigned char)*p))
			p++, l--;
		l = imp_rtrim_len(p, l);
	}
	return l == 2 && strncasecmp(p, "or", 2) == 0 && (dashes > 0 || (p[0] == 'O' && p[1] == 'R'));
}

int imp_and_line(const char *s)
{
	static const char *const joins[] = { "and", "also", "plus", "and/or", NULL };
	const char *p = imp_skip_ws(s);
	size_t l = imp_rtrim_len(p, strlen(p));

	while (l > 0 && (*p == '-' || *p == ' '))
		p++, l--;
	while (l > 0 && (p[l - 1] == '-' || p[l - 1] == ':' || p[l - 1] == ' '))
		l--;
	return imp_word_in(p, l, joins);
}

void imp_check_span(const struct imp_check *c, size_t *first, size_t *last)
{
	*first = imp_check_first_line(c);
	*last = imp_check_last_line(c);
	if (c->key_last > *last)
		*last = c->key_last;
}

/* The drafted check nearest above line n (within ALT_WINDOW) or below
 * it; NULL when none. */
static const struct imp_check *check_near(const struct imp *im, size_t n, int above)
{
	const struct imp_check *best = NULL;
	size_t i, first, last, best_at = 0;

	for (i = 0; i < im->n_checks; i++) {
		if (im->checks[i].not_asked != NULL)
			continue;
		imp_check_span(&im->checks[i], &first, &last);
		if (above && last < n && last + ALT_WINDOW >= n && (best == NULL || last > best_at))
			best = &im->checks[i], best_at = last;
		if (!above && first > n && first <= n + ALT_WINDOW && (best == NULL || first < best_at))
			best = &im->checks[i], best_at = first;
	}
	return best;
}

void imp_note_alternatives(struct imp *im)
{
	const struct imp_check *up, *down;
	size_t n;

	if (im->n_checks < 2)
		return;
	for (n = im->a->body_first; n < im->a->body_end; n++) {
		if (!imp_or_line(imp_line_at(im, n)) || (up = check_near(im, n, 1)) == NULL ||
		    (down = check_near(im, n, 0)) == NULL)
			continue;
		imp_review(im, n, T_CHECKS, 0,
			   imp_fmt(im, "checks '%s' and '%s' are alternatives (the article's '-or-'): each holds in its own case only; give each an 'applies' condition, or keep the one that applies",
				   up->id, down->id));
	}
}
