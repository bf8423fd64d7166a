/* kbimport_undo.c: a value the article sets and later undoes.
 *
 * A procedure that sets a value for a while (add it until a nightly job
 * runs, set it to 1 on one server for a test) and later asks to change it
 * back, to delete the value it added or to set it to other data asks for
 * a temporary change: the set is no repair.  Read on the drafted checks
 * once every pass has run (the undo may come a whole procedure later,
 * under the key named again), within the check's own section.
 *
 * Mined from the whole archive's drafts: of the set-value repairs with a
 * later line naming the same value with an undo word, the temporary ones
 * ask in the imperative: change the Gizmo value back to 0, turn the
 * gadget on again by changing the value back, remove the values you
 * added in step 2, or a later step changes the value to other data.  Not
 * undos: a back-out option or a fallback that opens with a purpose or a
 * condition (to get the old behavior back ..., if the fault stays ...),
 * a negation (do not change it back until ...), and a description of
 * what something else does (a reinstall sets it back to 0). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* Line s past its step mark, its bullet and a "NOTE:" label. */
static const char *sentence_start(const char *s)
{
	const char *p = imp_past_bullet(imp_past_step_mark(s));

	if (imp_starts_ci(p, "NOTE:"))
		p = imp_skip_ws(p + 5);
	return p;
}

/* A value's name's character: a letter, a digit or '_' ("Max_Count2"). */
static int name_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* Where text names the value name whole (case ignored: "Flags", not
 * "FlagsEx" nor "Max_Flags"), or NULL.  Not imp_find_word(): a name's
 * edge is a digit or '_' as well as a letter. */
static const char *names_value(const char *text, const char *name)
{
	size_t nl = strlen(name);
	const char *p;

	for (p = text; (p = imp_ci_find(p, name)) != NULL; p++)
		if ((p == text || !name_char(p[-1])) && !name_char(p[nl]))
			return p;
	return NULL;
}

/* "the registry values that you added in step 2", "the value you
 * created": the sentence points back at values the procedure made. */
static int names_values_made(const char *text)
{
	static const char *const made[] = { "you added", "you created", "you made", "you changed",
					    "you modified", NULL };

	return imp_ci_find(text, "value") != NULL && imp_cue_in(text, made) != NULL;
}

/* Where the sentence holding at (inside text) starts: past the last
 * ". " before it, else text. */
static const char *sentence_of(const char *text, const char *at)
{
	const char *p;

	for (p = at; p > text; p--)
		if (p[-1] == '.' && (p[0] == ' ' || p[0] == '\t'))
			return imp_skip_ws(p);
	return text;
}

/* Where the clause of the verb ending at from ends: the sentence's end,
 * a ";" or a comma ("Check that X is set, and then go back to step 2"). */
static const char *clause_end(const char *from)
{
	return from + strcspn(from, ".;,");
}

/* The verb at verb (inside text) is a step of the procedure: an
 * imperative (or its means, "by changing") that nothing says is not
 * asked (imp_verb_asked(): "Do not
 * change it back", "X is set back to 0 when you reinstall"), and whose
 * sentence does not open with a fallback or a purpose ("If the problem
 * remains, remove ...", "To restore the old behavior, set ..."): those
 * are options beside the fix, which stays a repair. */
static int undo_asked(const char *text, const char *verb)
{
	static const char *const beside[] = { "if ", "unless ", "to ", NULL };
	const char *s = sentence_of(text, verb);
	size_t i;

	for (i = 0; beside[i] != NULL; i++)
		if (imp_starts_ci(s, beside[i]))
			return 0;
	/* "turn it back on by changing the value back to 0": the gerund
	 * is the means of the sentence's own ask */
	if (imp_phrase_ends_at(s, verb, "by ") && isalpha((unsigned char)*s))
		return !imp_not_asked(s, verb);
	return imp_verb_asked(s, verb);
}

/* The clause says the value goes back: "back to" some data (not "back
 * to step 2"), or "it back". */
static int says_back(const char *clause)
{
	const char *b = imp_ci_find(clause, "back to ");

	if (b != NULL)
		return !imp_starts_word(b + 8, "step");
	return imp_ci_find(clause, "it back") != NULL;
}

/* One of verbs (whole words) asked in text whose own clause, after the
 * verb, holds what says the undo (back_to: "back to" some data, not
 * "back to step 2", or "it back"; else the values the procedure made:
 * "remove the value you added"). */
static int undo_verb_in(const char *text, const char *const *verbs, int back_to)
{
	const char *v, *e;
	char clause[256];
	size_t i, l;

	for (i = 0; verbs[i] != NULL; i++)
		for (v = text; (v = imp_find_word(v, verbs[i])) != NULL; v += strlen(verbs[i])) {
			e = clause_end(v + strlen(verbs[i]));
			l = (size_t)(e - v) < sizeof clause ? (size_t)(e - v) : sizeof clause - 1;
			memcpy(clause, v, l);
			clause[l] = '\0';
			if (back_to ? says_back(clause) : names_values_made(clause)) {
				if (undo_asked(text, v))
					return 1;
			}
		}
	return 0;
}

/* The words from a to b are only ones that may stand between a value's
 * name and "to" in a plain set ("the X value setting to 0"); a place,
 * a key or a condition there ("in the Parameters subkey", "on servers
 * with four processors") sets another value or sets it for a case. */
static int plain_between(const char *a, const char *b)
{
	static const char *const plain[] = { "value", "setting", "entry", "data", NULL };

	return imp_only_words(a, b, plain);
}

/* The words after the data at p say why or when ("to 0 to turn the limit
 * off", "to 60 if the server is busy"): a purpose or a case, no step
 * that undoes the fix. */
static int purpose_after(const char *p)
{
	static const char *const words[] = { "to", "if", "unless", "for", "on", NULL };
	size_t i;

	p += strspn(p, "0123456789abcdefABCDEFxX");
	p = imp_skip_ws(p);
	if (*p == '(')
		p = imp_skip_ws(p + strcspn(p, ")") + (strchr(p, ')') != NULL));
	for (i = 0; words[i] != NULL; i++)
		if (imp_starts_word(p, words[i]))
			return 1;
	return 0;
}

/* The number after "to" past where (the value's name) in text: "Change
 * the X value setting to 0 (zero)"; NULL when none, or when the words
 * around it set another value or say why (plain_between(),
 * purpose_after()). */
static const char *data_after_to(struct imp *im, const char *where)
{
	const char *to = imp_ci_find(where, " to ");
	int extra = 0;

	if (to == NULL || to - where > 60 || !plain_between(where, to) || purpose_after(imp_skip_ws(to + 4)))
		return NULL;
	return imp_read_number(im, imp_skip_ws(to + 4), 0xFFFFFFFFu, &extra);
}

/* Line n undoes the set of check c: it names c's value (or the values
 * the procedure made) and changes it back, deletes it, or (a step that
 * opens with "Change" or "Set") sets it to other data. */
static int undoes(struct imp *im, const struct imp_check *c, size_t n)
{
	static const char *const change_verbs[] = { "change", "changing", "set", "setting", "reset",
						    "return", "restore", "modify", NULL };
	static const char *const delete_verbs[] = { "delete", "remove", NULL };
	const char *line = imp_line_at(im, n), *next = n + 1 < im->a->body_end ? imp_line_at(im, n + 1) : "";
	const char *p = sentence_start(line), *named, *d;
	char text[512];

	snprintf(text, sizeof text, "%s %s", p, imp_blank(next) ? "" : imp_skip_ws(next));
	named = names_value(text, c->value);
	/* the name opens on this line (a wrapped one is the line above's) */
	if (named != NULL && (size_t)(named - text) >= strlen(p))
		named = NULL;
	if (named == NULL && !names_values_made(p))
		return 0;
	if (undo_verb_in(text, change_verbs, 1) || (names_values_made(p) && undo_verb_in(p, delete_verbs, 0)))
		return 1;
	/* "6. Change the X value setting to 0 (zero).": other data */
	if (named != NULL && (imp_starts_word(p, "Change") || imp_starts_word(p, "Set")) && c->data != NULL &&
	    (d = data_after_to(im, named + strlen(c->value))) != NULL)
		return !imp_same_data(c->type, d, c->type, c->data);
	return 0;
}

/* A key other than c's is read alone on line n ("...\\RC4 40/128" after
 * "...\\NULL 0/128"): the value names below it are that key's. */
static int another_key_at(const struct imp *im, const struct imp_check *c, size_t n)
{
	size_t k;

	for (k = 0; k < im->n_keys_read; k++)
		if (im->keys_read[k].line == n && strcasecmp(im->keys_read[k].key, c->key) != 0)
			return 1;
	return 0;
}

void imp_scan_undone_sets(struct imp *im)
{
	size_t i = 0, n;

	while (i < im->n_checks) {
		const struct imp_check *c = &im->checks[i];
		size_t after = c->line_last > c->line ? c->line_last : c->line, undo = 0;
		const struct kb_article_section *sec = imp_section_of(im, c->line);
		/* the check's own procedure: a later section describes or
		 * offers, it does not undo */
		size_t end = sec != NULL && sec->end_line < im->a->body_end ? sec->end_line : im->a->body_end;

		if (c->repair && c->expect == IE_EQUALS && c->value != NULL && c->key != NULL)
			for (n = after + 1; n < end && undo == 0 && !another_key_at(im, c, n); n++)
				if (!imp_blank(imp_line_at(im, n)) && undoes(im, c, n))
					undo = n;
		if (undo == 0) {
			i++;
			continue;
		}
		imp_review(im, undo, T_NONE, 0,
			   imp_fmt(im, "undoes the change to value '%s' at line %zu: a temporary step; write it by hand if the rule needs it",
				   c->value, c->line));
		imp_drop_check_reviewed(im, i,
					imp_fmt(im, "not drafted: value '%s' under %s: the article undoes this change at line %zu: a temporary step, not a repair",
						c->value, c->key, undo),
					imp_fmt(im, "not drafted: the key %s: its value '%s' is changed for a while only (line %zu undoes it)",
						c->key, c->value, undo));
	}
}
