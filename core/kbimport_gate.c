/* kbimport_gate.c: the last pass over the drafted checks.
 *
 * The passes before read values from every layout an article uses, and
 * some layouts only describe a value: a parameter reference ("Valid Range:
 * 0,1", "Default: 0", "Suggested value ...: 1"), data the reader picks
 * ("0 (default) to 5 as defined above"), an export shown "in this
 * example", a key whose permissions the reader checks, a key named in the
 * cause.  A draft must not carry a repair its article does not ask for,
 * so each check is read once more against the words around it; a check
 * those words only describe becomes a review item on its lines (every
 * line naming a key or value stays in the draft or in review). */
#include <ctype.h>
#include <string.h>

#include "kbimport_int.h"

/* How far around a check its describing words are looked for. */
#define GATE_BEFORE 4   /* the sentence introducing a key or an export */
#define GATE_BLOCK 8    /* the rest of a value's block, to a blank line */

/* "0 to 5", "1-10", "0,1": the data line offers a choice, not one value. */
static int says_range(const char *s)
{
	const char *p;

	for (p = s; *p != '\0'; p++) {
		const char *q;

		if (!isdigit((unsigned char)*p) || (p > s && isalnum((unsigned char)p[-1])))
			continue;
		q = p;
		while (isdigit((unsigned char)*q))
			q++;
		if (strncmp(q, " to ", 4) == 0 && isdigit((unsigned char)q[4]))
			return 1;
		if ((q[0] == '-' || q[0] == ',') && isdigit((unsigned char)q[1]))
			return 1;
		p = q - 1;
	}
	return 0;
}

/* Words on a value's own lines saying the data is documented, not asked
 * for.  "(Default)" alone is the name Registry Editor gives the unnamed
 * value, so it counts only after a label's colon (on the data). */
int imp_gate_line_describes(const char *s)
{
	static const char *const cues[] = {
		"valid range", "range:", "valid values", "valid data",
		"suggested value", "recommended value", "possible values",
		"as defined above", "as described above", "default setting",
		"or as defined",
	};
	const char *colon = strchr(s, ':');
	size_t i;

	for (i = 0; i < sizeof cues / sizeof cues[0]; i++)
		if (imp_ci_find(s, cues[i]) != NULL)
			return 1;
	if (colon != NULL && (imp_ci_find(colon, "(default)") != NULL ||
			      imp_starts_ci(imp_skip_ws(s), "default")))
		return 1;
	if (colon != NULL && imp_ci_find(s, "data") != NULL && says_range(colon + 1))
		return 1;
	return 0;
}

/* Words before a key or an export saying it is shown, not asked for. */
int imp_gate_intro_describes(const char *s)
{
	static const char *const cues[] = {
		"in this example", "for example", "in the example", "example of",
	};
	size_t i;

	for (i = 0; i < sizeof cues / sizeof cues[0]; i++)
		if (imp_ci_find(s, cues[i]) != NULL)
			return 1;
	return 0;
}

/* A line of a .reg export: "REGEDIT4", a "[HKEY_...]" header, a
 * ""Name"=dword:1" or "@=" value. */
static int regfile_line(const char *s)
{
	s = imp_skip_ws(s);
	return *s == '[' || *s == '"' || *s == '@' || imp_starts_ci(s, "REGEDIT") ||
	       imp_starts_ci(s, "Windows Registry Editor");
}

static int in_section(const struct imp *im, size_t n, const char *name)
{
	const struct kb_article_section *s = imp_section_of(im, n);

	return s != NULL && s->name != NULL && imp_ci_find(s->name, name) != NULL;
}

/* Why check c is not asked for, or NULL when nothing says so. */
static const char *why_describes(const struct imp *im, const struct imp_check *c)
{
	size_t first = c->key_line > 0 && c->key_line < c->line ? c->key_line : c->line;
	size_t last = c->line_last > c->line ? c->line_last : c->line;
	size_t n, stop, ask;

	/* A key alone (no value) named where the article tells what goes
	 * wrong: its fix, if any, is asked for elsewhere. */
	if (c->value == NULL && (in_section(im, first, "CAUSE") || in_section(im, first, "SYMPTOM")))
		return "the article names it in its cause or symptoms, it asks nothing of it here";
	/* The value's block: its lines and the ones below it to a blank.
	 * "Set these values back to their defaults" asks for the "Default:"
	 * the block documents. */
	ask = imp_ask_window_start(im, first);
	if (c->value != NULL && !imp_lines_say(im, ask, first, "default value") &&
	    !imp_lines_say(im, ask, first, "to the default")) {
		stop = last + GATE_BLOCK;
		for (n = c->line; n <= stop && n < im->a->body_end; n++) {
			const char *s = imp_line_at(im, n);
			if (n > last && imp_blank(s))
				break;
			if (imp_gate_line_describes(s))
				return "the article documents this value (a range, a default or a suggestion), it does not ask to set it";
		}
	}
	/* The paragraph introducing the key or the export (above the export's
	 * other lines and headers). */
	n = first;
	while (n > im->a->body_first && (imp_blank(imp_line_at(im, n - 1)) ||
					 regfile_line(imp_line_at(im, n - 1))))
		n--;
	for (stop = 0; n > im->a->body_first && stop < GATE_BEFORE; stop++) {
		const char *s = imp_line_at(im, --n);
		if (imp_blank(s))
			break;
		if (c->value == NULL && imp_ci_find(s, "permission") != NULL)
			return "the article has the reader look at the key's permissions, it asks nothing of its values";
		if (imp_gate_intro_describes(s))
			return "the article shows this as an example, it does not ask to set it";
	}
	return NULL;
}

/* Drop check i: reviews that named it by index follow the shift. */
static void drop_check(struct imp *im, size_t i)
{
	size_t r;

	for (r = 0; r < im->n_reviews; r++) {
		struct imp_review *v = &im->reviews[r];
		if (v->target != T_CHECK)
			continue;
		if (v->index == i)
			v->target = T_NONE, v->index = 0;
		else if (v->index > i)
			v->index--;
	}
	memmove(&im->checks[i], &im->checks[i + 1], (im->n_checks - i - 1) * sizeof im->checks[0]);
	im->n_checks--;
}

/* The key of several dropped values is listed once. */
static void review_once(struct imp *im, size_t line, const char *note)
{
	size_t r;

	if (note == NULL)
		return;
	for (r = 0; r < im->n_reviews; r++)
		if (im->reviews[r].line == line && im->reviews[r].note != NULL &&
		    strcmp(im->reviews[r].note, note) == 0)
			return;
	imp_review(im, line, T_NONE, 0, note);
}

void imp_gate(struct imp *im)
{
	size_t i = 0;

	while (i < im->n_checks) {
		struct imp_check c = im->checks[i];
		const char *why = why_describes(im, &c);
		const char *what;

		if (why == NULL) {
			i++;
			continue;
		}
		what = c.value != NULL ? imp_fmt(im, "%s\\%s", c.key ? c.key : "", c.value)
				       : c.key;
		imp_review(im, c.line, T_NONE, 0,
			   imp_fmt(im, "not drafted: %s: %s", what ? what : "?", why));
		if (c.key_line > 0 && c.key_line != c.line)
			review_once(im, c.key_line,
				    imp_fmt(im, "not drafted: the key %s: %s", c.key ? c.key : "?", why));
		drop_check(im, i);
	}
}
