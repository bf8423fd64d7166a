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
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* Lines above the value's key read for a default the lead-in states, and
 * lines below its block read for a note on it ("NOTE: The default is 0"). */
#define LEAD_LINES 12
#define NOTE_LINES 3

/* Line s labels another value's block, or is a step: the note lines
 * below a block end there. */
static int ends_notes(const char *s)
{
	return imp_ci_find(s, "Name:") != NULL || imp_ci_find(s, "REG_") != NULL ||
	       imp_past_step_mark(s) != imp_skip_ws(s);
}

/* Where the sentence holding at in text opens and ends: after the last
 * ". " before at (or text), up to the next ". " (or the end).  "4.0"
 * and "1.5" end no sentence. */
static void sentence_around(const char *text, const char *at, const char **open, const char **end)
{
	const char *p;

	for (*open = text, p = text; p < at; p++)
		if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == ' ' || p[1] == '\0'))
			*open = p + 1;
	for (p = at; *p != '\0'; p++)
		if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == ' ' || p[1] == '\0' || p[1] == ')'))
			break;
	*end = p;
}

/* The sentence from open, up to num, opens with a clause naming one case,
 * set off by a comma: "On a domain controller, this value defaults to 1",
 * "When Frob runs on a cluster, the default is 1".  "For example," and
 * "In this case," scope nothing, nor a clause on the value's absence. */
static int opens_with_case(const char *open, const char *num)
{
	static const char *const openers[] = { "on", "for", "if", "when", "in", "under", "except", "with", NULL };
	static const char *const unscoped[] = { "for example,", "for instance,", "in this case,", "in that case,",
						"in general,", "in most cases,", "in addition,", "in other words,",
						"if so,", "in practice,", NULL };
	/* the value's absence ("If there is no FrobLimit value,", "If you
	 * leave it out,"), an install, or every machine ("On all servers,"):
	 * no one case */
	static const char *const absent[] = { "not", "no", "isn't", "doesn't", "absent", "missing", "omitted",
					      "removed", "deleted", "leave", "left", "install", "installed",
					      "installation", "all", "every", "each", "both", NULL };
	const char *p = imp_skip_ws(open), *comma;
	char clause[200];
	size_t i;

	for (i = 0; openers[i] != NULL; i++)
		if (imp_starts_word(p, openers[i]))
			break;
	if (openers[i] == NULL || (comma = memchr(p, ',', (size_t)(num - p))) == NULL)
		return 0;
	for (i = 0; unscoped[i] != NULL; i++)
		if (strncasecmp(p, unscoped[i], strlen(unscoped[i])) == 0)
			return 0;
	snprintf(clause, sizeof clause, "%.*s", (int)(comma - p), p);
	return imp_find_any_word(clause, absent) == NULL;
}

/* The default's sentence (open..end, the number at num..after) says it
 * for one case or another quantity, not for this datum: a clause naming
 * a case before it (opens_with_case()) or a word naming one after the
 * number ("0 on Workstation and 1 on Server", "200 with Service Pack 3"),
 * a unit the block's data lacks ("a default of 5 seconds" over "Value:
 * 5"), or, outside the block, a second number. */
static int default_is_of_another(const char *open, const char *end, const char *num, const char *after,
				 const char *block, int in_block)
{
	static const char *const cases[] = { "on", "for", "if", "with", "when", "unless", "in", "under", "except",
					     "server", "servers", "workstation", "workstations", "pack", "sp",
					     "version", "versions", NULL };
	static const char *const units[] = { "second", "seconds", "minute", "minutes", "hour", "hours", "day",
					     "days", "ms", "milliseconds", "byte", "bytes", "KB", "MB", "percent",
					     "times", "characters", NULL };
	char sentence[400], rest[400];
	const char *p;
	size_t i;

	snprintf(sentence, sizeof sentence, "%.*s", (int)(end - open), open);
	snprintf(rest, sizeof rest, "%.*s", (int)(end > after ? end - after : 0), after);
	if (imp_find_any_word(rest, cases) != NULL || opens_with_case(open, num))
		return 1;
	for (i = 0; units[i] != NULL; i++)
		if (imp_find_word(sentence, units[i]) != NULL && imp_find_word(block, units[i]) == NULL)
			return 1;
	if (strchr(sentence, '%') != NULL && strchr(block, '%') == NULL)
		return 1;
	if (in_block)
		return 0;
	for (p = open; p < end; p++)
		if (isdigit((unsigned char)*p) && (p < num || p >= after) &&
		    (p == open || !isalnum((unsigned char)p[-1])))
			return 1;
	return 0;
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

/* The words right before "defaults" at at (text from open) deny it:
 * "no longer defaults to 1", "does not default to", "never defaults". */
static int default_denied(const char *open, const char *at)
{
	static const char *const nots[] = { "not", "no longer", "never", "doesn't", "don't", NULL };
	size_t i, l;

	for (i = 0; nots[i] != NULL; i++) {
		l = strlen(nots[i]);
		if ((size_t)(at - open) >= l + 1 && at[-1] == ' ' && strncasecmp(at - 1 - l, nots[i], l) == 0 &&
		    (at - 1 - l == open || !isalpha((unsigned char)at[-2 - (long)l])))
			return 1;
	}
	return 0;
}

/* The next "default" or "defaults" in text from p, whole words; its
 * length in *len. */
static const char *next_default(const char *p, size_t *len)
{
	const char *a = imp_find_word(p, "default"), *b = imp_find_word(p, "defaults");

	if (b != NULL && (a == NULL || b < a)) {
		*len = strlen("defaults");
		return b;
	}
	*len = strlen("default");
	return a;
}

/* The number stated as this value's default in the text of line n (with
 * the line under it, where a sentence goes on): "the default value of
 * 100", "the default is 0x11", "Default: 5", "default = 0", "defaults to 1"; the first
 * one when it states several; NULL when none, or when its sentence says
 * it of another case or quantity (default_is_of_another()).  Outside
 * the block (in_block 0) a lead-in's sentence (lead 1) must name the
 * value: its name, "this value", or "the default value of". */
static const char *default_in(struct imp *im, const struct imp_check *c, size_t n, int in_block, int lead)
{
	static const char *const nouns[] = { "value", "setting", "data", NULL };
	static const char *const links[] = { "is", "of", NULL };
	static const char *const this_one[] = { "this value", "this entry", "this parameter", "this setting", NULL };
	const char *s = imp_line_at(im, n), *next = n + 1 < im->a->body_end ? imp_line_at(im, n + 1) : "";
	const char *text, *d, *p, *num, *open, *end, *block;
	size_t first, last, i, k, wl;
	int extra, noun;

	imp_check_span(c, &first, &last);
	if ((block = imp_dupn(im, "", 0)) == NULL)
		return NULL;
	for (k = c->line; k <= last; k++)
		block = imp_fmt(im, "%s %s", block, imp_line_at(im, k));
	text = in_block || imp_blank(next) || ends_notes(next) ? s : imp_fmt(im, "%s %s", s, imp_skip_ws(next));
	if (text == NULL || block == NULL)
		return NULL;
	/* the default named on line n itself ("the default is 1", or the
	 * verb: "FrobLimit defaults to 1"); the line under it only ends its
	 * sentence */
	for (d = text; (d = next_default(d, &wl)) != NULL && d < text + strlen(s); d += wl) {
		p = imp_skip_ws(d + wl);
		noun = 0;
		if (wl == strlen("defaults")) {
			/* the verb: "defaults to" */
			if (!imp_starts_word(p, "to"))
				continue;
			p = imp_skip_ws(p + 2);
		} else {
			for (i = 0; nouns[i] != NULL; i++)
				if (imp_starts_word(p, nouns[i])) {
					p = imp_skip_ws(p + strlen(nouns[i]));
					noun = 1;
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
		}
		if ((num = imp_read_number(im, p, UINT64_MAX, &extra)) == NULL)
			continue;
		/* the number's end: "1.5" and "10,000" are no 1 or 10 */
		end = p + (imp_starts_ci(p, "0x") ? 2 : 0);
		while (isxdigit((unsigned char)*end))
			end++;
		if ((*end == '.' || *end == ',') && isdigit((unsigned char)end[1]))
			continue;
		{
			const char *after = end;
			sentence_around(text, d, &open, &end);
			if (default_is_of_another(open, end, p, after, block, in_block))
				continue;
			/* "FrobLimit no longer defaults to 1"; "The FrobRetry
			 * value defaults to 1" under FrobLimit's block */
			if (default_denied(open, d))
				continue;
			if (!in_block && c->value != NULL) {
				const char *sent = imp_fmt(im, "%.*s", (int)(end - open), open);
				if (sent != NULL && names_other_value(im, c, sent) && imp_find_word(sent, c->value) == NULL)
					continue;
			}
		}
		if (lead && !noun && imp_find_word(imp_fmt(im, "%.*s", (int)(end - open), open), c->value) == NULL) {
			for (i = 0; this_one[i] != NULL; i++)
				if (imp_ci_find(open, this_one[i]) != NULL && imp_ci_find(open, this_one[i]) < end)
					break;
			if (this_one[i] == NULL)
				continue;
		}
		return num;
	}
	return NULL;
}

const char *imp_default_stated(struct imp *im, const struct imp_check *c, size_t n)
{
	return default_in(im, c, n, 0, 0);
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
		if ((d = default_in(im, c, n, 1, 0)) != NULL)
			return imp_same_data(c->type, c->data, c->type, d) ? n : 0;
	for (n = last + 1; n <= last + NOTE_LINES && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		if (ends_notes(s))
			break;
		if ((d = default_in(im, c, n, 0, 0)) != NULL)
			return imp_same_data(c->type, c->data, c->type, d) ? n : 0;
	}
	for (n = first; n > top && n + LEAD_LINES > first; n--) {
		const char *s = imp_line_at(im, n - 1);
		if (imp_ci_find(s, "Name:") != NULL || imp_ci_find(s, "REG_") != NULL || names_other_value(im, c, s))
			break;
		if ((d = default_in(im, c, n - 1, 0, 1)) != NULL)
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
	/* from the default's line (or the check's first) down through the
	 * block and the default's note under it ("The default is 1; set it
	 * back to 1 to re-enable"); the adds and changes only in the step,
	 * which ends at the value's line */
	for (n = from < first ? from : first; n <= (from > last ? from : last) && n < im->a->body_end; n++) {
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
