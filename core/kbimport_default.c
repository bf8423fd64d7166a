/* kbimport_default.c: a value the article adds with the data it names as
 * the value's default (kbimport_int.h).
 *
 * "Add the following value: MaxDots REG_DWORD 100" under "if the dots
 * exceed the default value of 100, an error occurs", or "Value: 0x11
 * (range 0-FF, but the default is 0x11)": a value absent already acts as
 * its default, so adding it with that data changes nothing.  The article
 * means another datum (one the reader picks, "increase the value"), or
 * documents the value: no repair, a review item instead.
 *
 * Only where the step adds the value ("click Add Value", "add the
 * following value", "create"): "Set the following value to 0 (the
 * default is 0)", "Modify ...", "To re-enable ..." put back a value some
 * change moved off its default, which is a repair. */
#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* Lines above the value's key read for a default the lead-in states, and
 * lines below its block read for a note on it ("NOTE: The default is 0"). */
#define LEAD_LINES 12
#define NOTE_LINES 3

/* The number stated as a default in s ("the default value of 100", "the
 * default is 0x11", "Default: 5", "default = 0"), or NULL; the first one
 * when s states several. */
static const char *default_in(struct imp *im, const char *s)
{
	static const char *const nouns[] = { "value", "setting", "data", NULL };
	static const char *const links[] = { "is", "of", NULL };
	const char *d, *p;
	int extra;
	size_t i;

	for (d = s; (d = imp_find_word(d, "default")) != NULL; d += 7) {
		p = imp_skip_ws(d + 7);
		for (i = 0; nouns[i] != NULL; i++)
			if (imp_starts_word(p, nouns[i])) {
				p = imp_skip_ws(p + strlen(nouns[i]));
				break;
			}
		if (*p == ':' || *p == '=')
			p = imp_skip_ws(p + 1);
		else {
			for (i = 0; links[i] != NULL; i++)
				if (imp_starts_word(p, links[i]))
					break;
			if (links[i] == NULL)
				continue;
			p = imp_skip_ws(p + strlen(links[i]));
		}
		if ((p = imp_read_number(im, p, UINT64_MAX, &extra)) != NULL)
			return p;
	}
	return NULL;
}

/* Line s labels another value's block, or is a step: the note lines
 * below a block end there. */
static int ends_notes(const char *s)
{
	return imp_ci_find(s, "Name:") != NULL || imp_ci_find(s, "REG_") != NULL ||
	       imp_past_step_mark(s) != imp_skip_ws(s);
}

/* Line s names a value other than c's that the draft holds: a lead-in
 * default there is that value's. */
static int names_other_value(const struct imp *im, const struct imp_check *c, const char *s)
{
	size_t i;

	for (i = 0; i < im->n_checks; i++) {
		const char *v = im->checks[i].value;
		if (v != NULL && strcasecmp(v, c->value) != 0 && imp_find_word(s, v) != NULL)
			return 1;
	}
	return 0;
}

/* The line stating c's default as its data, or 0: in its block, in the
 * notes right under it, or in the lead-in above its key (within its
 * section, past no other value's block or name). */
static size_t default_line(struct imp *im, const struct imp_check *c)
{
	const struct kb_article_section *sec = imp_section_of(im, c->line);
	size_t first, last, n, top = sec != NULL ? sec->first_line : im->a->body_first;
	const char *d;

	imp_check_span(c, &first, &last);
	for (n = c->line; n <= last; n++)
		if ((d = default_in(im, imp_line_at(im, n))) != NULL)
			return imp_same_data(c->type, c->data, c->type, d) ? n : 0;
	for (n = last + 1; n <= last + NOTE_LINES && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		if (ends_notes(s))
			break;
		if ((d = default_in(im, s)) != NULL)
			return imp_same_data(c->type, c->data, c->type, d) ? n : 0;
	}
	for (n = first; n > top && n + LEAD_LINES > first; n--) {
		const char *s = imp_line_at(im, n - 1);
		if (imp_ci_find(s, "Name:") != NULL || imp_ci_find(s, "REG_") != NULL || names_other_value(im, c, s))
			break;
		if ((d = default_in(im, s)) != NULL)
			return imp_same_data(c->type, c->data, c->type, d) ? n - 1 : 0;
	}
	return 0;
}

/* The step over c's block adds the value ("click Add Value", "add the
 * following value", "create") and asks not to change or set what is
 * there; no line from the default's on puts a value back ("re-enable",
 * "restore", "set it back").  The step is read between the key and the
 * block, or, with nothing there, on the few lines over the key: a
 * lead-in's "you can change this in the registry" names the place. */
static int step_adds(const struct imp *im, const struct imp_check *c, size_t from)
{
	static const char *const adds[] = { "add", "create", NULL };
	static const char *const changes[] = { "modify", "change", "set", NULL };
	static const char *const put_back[] = { "re-enable", "reenable", "restore", "reset", "back", "return",
						"again", NULL };
	size_t first, last, n, step_first, step_end, adds_at = 0;

	imp_check_span(c, &first, &last);
	step_first = c->key_last > 0 && c->key_last < c->line ? c->key_last + 1 : c->line;
	step_end = c->line;
	for (n = step_first; n < step_end && imp_blank(imp_line_at(im, n)); n++)
		;
	if (n == step_end) {
		step_first = first > 3 ? first - 3 : 0;
		step_end = first;
	}
	for (n = from < first ? from : first; n < c->line; n++) {
		const char *s = imp_line_at(im, n);
		if (imp_find_any_word(s, put_back) != NULL)
			return 0;
		if (n < step_first || n >= step_end)
			continue;
		if (imp_find_any_word(s, changes) != NULL)
			return 0;
		if (imp_find_any_word(s, adds) != NULL)
			adds_at = n;
	}
	return adds_at != 0;
}

void imp_scan_default_sets(struct imp *im)
{
	size_t i = 0, at;

	while (i < im->n_checks) {
		const struct imp_check *c = &im->checks[i];
		if (!c->repair || c->expect != IE_EQUALS || c->value == NULL || c->data == NULL || c->type == NULL ||
		    (strcmp(c->type, "REG_DWORD") != 0 && strcmp(c->type, "REG_QWORD") != 0) ||
		    (at = default_line(im, c)) == 0 || !step_adds(im, c, at)) {
			i++;
			continue;
		}
		imp_drop_check_reviewed(im, i,
					imp_fmt(im, "not drafted: %s\\%s: the article adds it with %s, the data it gives as the value's default (line %zu): a value left out acts as its default, so this changes nothing; check what data the article means",
						c->key, c->value, c->data, at),
					imp_fmt(im, "not drafted: the key %s: its value %s is added with its default (line %zu), which changes nothing",
						c->key, c->value, at));
	}
}
