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
 * what something else does (a reinstall sets it back to 0).
 *
 * A key delete is temporary the same way when a later step of the
 * procedure brings the key back (add the Gizmo key again, re-create the
 * key, import the .reg file you exported first) or its own sentence
 * does (delete the keys, and then add them again; delete it for now).
 * So is a value delete that a later step re-creates ("delete and then
 * re-create the Scripts value"): the value stays. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

const char *imp_past_aside_label(const char *s)
{
	static const char *const labels[] = { "NOTE", "IMPORTANT", "WARNING", "CAUTION", NULL };
	size_t i, l;

	for (i = 0; labels[i] != NULL; i++) {
		l = strlen(labels[i]);
		if (strncasecmp(s, labels[i], l) == 0 && s[l] == ':')
			return imp_skip_ws(s + l + 1);
	}
	return s;
}

/* Line s past its step mark, its bullet and an aside's label. */
static const char *sentence_start(const char *s)
{
	return imp_past_aside_label(imp_past_bullet(imp_past_step_mark(s)));
}

/* A value's name's character: a letter, a digit or '_' ("Max_Count2"). */
static int name_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* Where text names the value name whole (case ignored: "Flags", not
 * "FlagsEx" nor "Max_Flags"), or NULL.  Not imp_find_word(): a name's
 * edge is a digit or '_' as well as a letter. */
const char *imp_names_value(const char *text, const char *name)
{
	size_t nl = strlen(name);
	const char *p;

	/* an unnamed value ("") would match at every byte, and run past
	 * the text's end */
	if (nl == 0)
		return NULL;
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
const char *imp_sentence_of(const char *text, const char *at)
{
	const char *p;

	for (p = at; p > text; p--)
		if (p[-1] == '.' && (p[0] == ' ' || p[0] == '\t'))
			return imp_skip_ws(p);
	return text;
}

/* Where the clause of the verb ending at from ends: the sentence's end
 * (a full stop that ends the text or is followed by a blank: not the dot
 * of ".reg" or "1.5"), a ";" or a comma ("Check that X is set, and then
 * go back to step 2"). */
static const char *clause_end(const char *from)
{
	const char *e = from + strcspn(from, ".;,");

	while (*e == '.' && e[1] != '\0' && !isspace((unsigned char)e[1]))
		e = e + 1 + strcspn(e + 1, ".;,");
	return e;
}

/* The words from verb (vl bytes) to its clause's end into buf (cap
 * bytes, cut to fit). */
static char *clause_copy(const char *verb, size_t vl, char *buf, size_t cap)
{
	size_t l = (size_t)(clause_end(verb + vl) - verb);

	if (l >= cap)
		l = cap - 1;
	memcpy(buf, verb, l);
	buf[l] = '\0';
	return buf;
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
	static const char *const beside[] = { "if ", "unless ", "to ", "alternatively", "optionally", "you may ",
					      "you might ", "you can ", "if necessary", NULL };
	const char *s = imp_sentence_of(text, verb);
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

/* The words between a change verb and its "back" (object) hold another
 * verb's clause: "so that", "because", a purpose "to <verb>", or a verb
 * that moves data ("reads", "writes", "sends", "copies"). */
static int another_verbs_back(const char *object)
{
	/* not "which"/"that": "change the value that you added back to 0"
	 * still names the value */
	static const char *const openers[] = { "so", "because", NULL };
	static const char *const movers[] = { "read", "reads", "write", "writes", "send", "sends", "copy",
					      "copies", "transfer", "transfers", "pass", "passes", NULL };
	static const char *const nouns[] = { "the", "a", "an", "its", "their", "your", "this", "that", NULL };
	const char *t, *w;
	size_t i;

	if (imp_find_any_word(object, openers) != NULL || imp_find_any_word(object, movers) != NULL)
		return 1;
	for (t = object; (t = imp_find_word(t, "to")) != NULL; t += 2) {
		w = imp_skip_ws(t + 2);
		if (!islower((unsigned char)*w))
			continue;
		for (i = 0; nouns[i] != NULL && !imp_starts_word(w, nouns[i]); i++)
			;
		if (nouns[i] == NULL)
			return 1;
	}
	return 0;
}

/* The words from a to b hold the value a change verb governs, however
 * it is put: its name anywhere ("the value of Frob", "the \"Frob\"
 * value", "Frob's data", "Frob from 8", "the REG_DWORD value Frob", a
 * path ending in it), "it", "them", or a word for a value ("the value",
 * "this setting").  Words around it are not listed: a quote, a bracket,
 * a second name or the data it had stand there as well. */
static int governs_value(const char *a, const char *b, const char *value)
{
	static const char *const value_words[] = { "it", "them", "value", "values", "setting", "settings",
						   "entry", "entries", "data", NULL };
	char object[256];
	size_t l = (size_t)(b - a);

	if (l >= sizeof object)
		l = sizeof object - 1;
	memcpy(object, a, l);
	object[l] = '\0';
	/* "so that it reads the value back", "to send the setting back",
	 * "makes the agent write the data back": the "back" is another
	 * verb's, which moves data, not the change verb's */
	if (another_verbs_back(object))
		return 0;
	return (*value != '\0' && imp_names_value(object, value) != NULL) || imp_find_any_word(object, value_words) != NULL;
}

/* The word "back" at b moves something other than the value: a verb of
 * motion before it ("switch back to the console", "go back to work",
 * "comes back"), or after it a place or state no data is ("back up",
 * "back online", "back to life", "back to step 2"). */
static int moves_something_else(const char *clause, const char *b)
{
	static const char *const motion[] = { "go", "goes", "going", "come", "comes", "coming", "switch",
					      "switches", "get", "gets", "move", "moves", "fall", "falls", NULL };
	static const char *const after[] = { "up", "online", "on-line", "end", NULL };
	const char *p = imp_skip_ws(b + 4);
	size_t i;

	if (imp_word_before_is(clause, b, motion))
		return 1;
	for (i = 0; after[i] != NULL; i++)
		if (imp_starts_word(p, after[i]))
			return 1;
	return imp_starts_word(p, "to") &&
	       (imp_starts_word(imp_skip_ws(p + 2), "step") || imp_starts_word(imp_skip_ws(p + 2), "life"));
}

/* The datum at p ("8", "0x10", "zero." less its full stop) gives c's
 * data, as imp_same_data() compares them; in_words: a small number in
 * words counts as its digits ("back to one"). */
static int datum_is(const char *p, const struct imp_check *c, int in_words)
{
	char datum[32];
	size_t l = strcspn(p, " \t,;:)");
	const char *digits, *e;

	while (l > 0 && p[l - 1] == '.')
		l--;
	if (c->data == NULL || l == 0 || l >= sizeof datum)
		return 0;
	memcpy(datum, p, l);
	datum[l] = '\0';
	/* a number in words ("back to zero") compares as its digits */
	if (in_words && (digits = imp_number_word(datum, &e)) != NULL && *e == '\0')
		return imp_same_data(c->type, digits, c->type, c->data);
	return imp_same_data(c->type, datum, c->type, c->data);
}

/* "back to <datum>" at b gives check c's own data ("back to 8" after a
 * set to 8): the fix restated, no undo. */
static int back_to_own_data(const char *b, const struct imp_check *c)
{
	const char *p = imp_skip_ws(b + 4);

	return imp_starts_word(p, "to") && datum_is(imp_skip_ws(p + 2), c, 0);
}

/* The clause (a change verb vl bytes long, and its words) says the
 * value goes back: a whole word "back" (not "back-end") after words that
 * hold the value the verb governs ("set the value back to 0", "change
 * Frob from 8 back to 0", "change it back"), which moves no other thing
 * back (moves_something_else()). */
static int says_back(const char *clause, size_t vl, const struct imp_check *c)
{
	const char *b, *value = c->value;

	for (b = imp_find_word(clause + vl, "back"); b != NULL; b = imp_find_word(b + 4, "back")) {
		if (b[4] == '-')
			continue;
		/* "set Frob back to 8 if Setup resets it": the fix's own
		 * data put back after something else changed it */
		if (back_to_own_data(b, c))
			continue;
		if (governs_value(clause + vl, b, value) && !moves_something_else(clause, b))
			return 1;
	}
	return 0;
}

/* One of verbs (whole words) asked in text whose own clause, after the
 * verb, holds what says the undo (check c, when given: its value goes
 * back, says_back(); else the values the procedure made: "remove the value
 * you added"). */
static int undo_verb_in(const char *text, const char *const *verbs, const struct imp_check *c)
{
	const char *v;
	char clause[256];
	size_t i;

	for (i = 0; verbs[i] != NULL; i++)
		for (v = text; (v = imp_find_word(v, verbs[i])) != NULL; v += strlen(verbs[i])) {
			clause_copy(v, strlen(verbs[i]), clause, sizeof clause);
			if (c != NULL ? says_back(clause, strlen(verbs[i]), c) : names_values_made(clause)) {
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

/* The clause at p names the end of the procedure's own task ("when the
 * replay finishes", "only after the tool is done", "when finished",
 * "when you have completed the replay"): the time to undo the fix, not
 * a case.  A word for the end counts only as the clause's verb: "done",
 * "over" and the like after a form of "be" (or "have", or right after
 * "when"), "finishes" and the like as they are; not "the complete
 * installation", "has over 8 nodes", "after a power failure". */
int imp_at_tasks_end(const char *p)
{
	static const char *const verbs[] = { "finish", "finishes", "completes", "ends", NULL };
	static const char *const states[] = { "done", "finished", "complete", "completed", "over", "ended", NULL };
	static const char *const be[] = { "is", "are", "was", "were", "be", "been", "when", "once", NULL };
	static const char *const have[] = { "has", "have", "had", NULL };
	char clause[160];
	const char *w;
	size_t i;

	clause_copy(p, 0, clause, sizeof clause);
	if (imp_find_any_word(clause, verbs) != NULL)
		return 1;
	for (i = 0; states[i] != NULL; i++)
		for (w = clause; (w = imp_find_word(w, states[i])) != NULL; w += strlen(states[i]))
			if (imp_word_before_is(clause, w, be) ||
			    (strcmp(states[i], "complete") != 0 && strcmp(states[i], "over") != 0 &&
			     imp_word_before_is(clause, w, have)))
				return 1;
	return 0;
}

/* The number at s, read as kbverify reads one (base 16 only after
 * "0x"): 1 and *n, or 0 when s holds no number. */
static int number_at(const char *s, unsigned long long *n)
{
	int hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
	char *end;

	if (!(hex ? isxdigit((unsigned char)s[2]) : isdigit((unsigned char)*s)))
		return 0;
	*n = strtoull(hex ? s + 2 : s, &end, hex ? 16 : 10);
	return 1;
}

/* The bracket at p ("(or ...)") offers a second datum beside the one at
 * data: a number after "or" that is another number ("16 (or 32 on large
 * servers)").  The same number in another base ("0 (or 0x0 in
 * hexadecimal)") or in words ("0 (or zero)") restates the datum. */
static int offers_other_data(const char *data, const char *p)
{
	unsigned long long first, second;
	const char *o = imp_skip_ws(p + 1);

	if (!imp_starts_word(o, "or"))
		return 0;
	o = imp_skip_ws(o + 2);
	return number_at(o, &second) && (!number_at(data, &first) || first != second);
}

/* The words after the data at p say why or when ("to 0 to turn the limit
 * off", "to 60 if the server is busy", "to 16 when many clients
 * connect", "to 4 only on the hub"), or give another datum beside it
 * ("to 8 (or 32 on large servers)"): a purpose, a case or a choice, no
 * step that undoes the fix.  "when" and "only" that name the end of the
 * task ("to 0 when the replay finishes") are the undo's time.  Brackets
 * that restate the datum ("(zero)", "(0x10)", "(or 0x0)") are skipped;
 * "or 32", ", or to 32 on ...", "instead on ...", "between 9 and 5",
 * ", depending on the load" offer a choice or a case as well. */
int imp_datum_for_case(const char *p)
{
	static const char *const words[] = { "to", "if", "unless", "for", "on", "when", "where", "only", "or",
					     "instead", "between", "depending", NULL };
	const char *data = p;
	size_t i;

	p += strspn(p, "0123456789abcdefABCDEFxX");
	p = imp_skip_ws(p);
	while (*p == '(') {
		if (offers_other_data(data, p))
			return 1;
		if (strchr(p, ')') == NULL)
			break;
		p = imp_skip_ws(strchr(p, ')') + 1);
	}
	/* "to 16, or to 32 on ...", "to 16, depending on the load" */
	if (*p == ',')
		p = imp_skip_ws(p + 1);
	if ((imp_starts_word(p, "when") || imp_starts_word(p, "only")) && imp_at_tasks_end(p))
		return 0;
	for (i = 0; words[i] != NULL; i++)
		if (imp_starts_word(p, words[i]))
			return 1;
	return 0;
}

/* The verb at v (inside text) follows a time clause of its own sentence
 * that names the end of a task ("When the replay finishes, return ...",
 * "Afterward, change ..."): the step comes back after the task. */
static int after_a_time_clause(const char *text, const char *v)
{
	static const char *const openers[] = { "when", "after", "afterward", "afterwards", "once", "then",
					       "later", NULL };
	const char *s = imp_sentence_of(text, v), *comma;
	size_t i;

	for (i = 0; openers[i] != NULL && !imp_starts_word(s, openers[i]); i++)
		;
	if (openers[i] == NULL)
		return 0;
	comma = strchr(s, ',');
	return comma != NULL && imp_skip_ws(comma + 1) == v;
}

/* The number after "to" past where (the value's name) in text: "Change
 * the X value setting to 0 (zero)"; NULL when none, or when the words
 * around it set another value or say why (plain_between(),
 * imp_datum_for_case()). */
static const char *data_after_to(struct imp *im, const char *where)
{
	const char *to = imp_ci_find(where, " to ");
	int extra = 0;

	if (to == NULL || to - where > 60 || !plain_between(where, to) || imp_datum_for_case(imp_skip_ws(to + 4)))
		return NULL;
	return imp_read_number(im, imp_skip_ws(to + 4), 0xFFFFFFFFu, &extra);
}

/* Where line n's own part of text (imp_step_text() of n) ends: a verb past
 * it is the next line's, which is read in its turn.  Never past text's
 * end: a long line is cut in text. */
static const char *own_part_end(struct imp *im, size_t n, const char *text)
{
	size_t own = strlen(sentence_start(imp_line_at(im, n))), l = strlen(text);

	return text + (own < l ? own : l);
}

/* Line n and the next (a sentence wraps) past n's step mark, into text. */
const char *imp_step_text(struct imp *im, size_t n, char *text, size_t cap)
{
	const char *next = n + 1 < im->a->body_end ? imp_line_at(im, n + 1) : "";

	/* a new step is its own sentence, read in its turn */
	if (imp_numbered_step(next) || imp_substep(next))
		next = "";
	snprintf(text, cap, "%s %s", sentence_start(imp_line_at(im, n)), imp_blank(next) ? "" : imp_skip_ws(next));
	return text;
}

/* After a time clause ("When the replay finishes, ...", "Afterward,
 * ..."), a change verb asked before until (line n's own part of text)
 * whose clause names check c's value and puts it to its "original" or
 * "previous" data ("set Frob to its original value", "restore the
 * original data of Frob") or to other data ("return Frob to 0", "change
 * Frob to 0 again"). */
static int changed_back_later(struct imp *im, const struct imp_check *c, const char *text, const char *until)
{
	static const char *const verbs[] = { "change", "set", "return", "restore", "reset", NULL };
	static const char *const before[] = { "original", "originally", "previous", NULL };
	const char *v, *named, *d;
	char clause[256];
	size_t i;

	for (i = 0; verbs[i] != NULL; i++)
		for (v = text; (v = imp_find_word(v, verbs[i])) != NULL && v < until; v += strlen(verbs[i])) {
			if (!undo_asked(text, v) || !after_a_time_clause(text, v))
				continue;
			clause_copy(v, strlen(verbs[i]), clause, sizeof clause);
			if ((named = imp_names_value(clause, c->value)) == NULL || another_verbs_back(clause))
				continue;
			if (imp_find_any_word(clause, before) != NULL)
				return 1;
			if (c->data != NULL && (d = data_after_to(im, named + strlen(c->value))) != NULL &&
			    !imp_same_data(c->type, d, c->type, c->data))
				return 1;
		}
	return 0;
}

/* The verbs that delete a value or a key: one list for the undo of a
 * value set ("remove the value you added") and for a key delete's own
 * words (its condition, its "for a while"). */
static const char *const delete_verbs[] = { "delete", "remove", NULL };

/* Line n undoes the set of check c: it names c's value (or the values
 * the procedure made) and changes it back, deletes it, or (a step that
 * opens with "Change" or "Set") sets it to other data. */
static int undoes(struct imp *im, const struct imp_check *c, size_t n)
{
	static const char *const change_verbs[] = { "change", "changing", "set", "setting", "reset",
						    "return", "restore", "modify", NULL };
	const char *p = sentence_start(imp_line_at(im, n)), *named, *d;
	char text[512];

	named = imp_names_value(imp_step_text(im, n, text, sizeof text), c->value);
	/* the name opens on this line (a wrapped one is the line above's) */
	if (named != NULL && named >= own_part_end(im, n, text))
		named = NULL;
	if (named == NULL && !names_values_made(p))
		return 0;
	if (undo_verb_in(text, change_verbs, c) || (names_values_made(p) && undo_verb_in(p, delete_verbs, NULL)))
		return 1;
	/* "6. Change the X value setting to 0 (zero).": other data */
	if (named != NULL && (imp_starts_word(p, "Change") || imp_starts_word(p, "Set")) && c->data != NULL &&
	    (d = data_after_to(im, named + strlen(c->value))) != NULL)
		return !imp_same_data(c->type, d, c->type, c->data);
	return named != NULL && changed_back_later(im, c, text, own_part_end(im, n, text));
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

/* ---- a key deleted for a while ---------------------------------------- */

/* Check c asks that a key be gone (no value named). */
static int is_key_delete(const struct imp_check *c)
{
	return c->expect == IE_KEY_ABSENT && c->value == NULL;
}



/* How a verb that puts a deleted key back must go on to say so. */
enum key_back { KB_NAMED, KB_AGAIN, KB_SAVED };

/* Verbs that put a deleted key back: "re-create the key", "add the Frob
 * key again", "import the .reg file you exported", "restore the key from
 * the backup". */
static const struct {
	const char *verb;
	enum key_back needs;
} key_back_verbs[] = {
	{ "re-create", KB_NAMED }, { "recreate", KB_NAMED }, { "re-add", KB_NAMED },
	{ "add", KB_AGAIN },       { "create", KB_AGAIN },   { "put", KB_AGAIN },
	{ "restore", KB_SAVED },   { "import", KB_SAVED },   { "merge", KB_SAVED },
	{ "double-click", KB_SAVED }, { NULL, KB_NAMED },
};

/* The last part of key's path: the name a step calls it by. */
static const char *key_leaf(const char *key)
{
	const char *b = strrchr(key, '\\');

	return b != NULL ? b + 1 : key;
}

/* The key's name leaf stands in text as a key's: before "key" or
 * "subkey" ("the Frob key"), at a path's end ("...\\Agent\\Frob"), or
 * alone ("re-create Frob", "add Frob again").  "the Frob share", "the
 * Frob value", "the Frob printer" name other things. */
static int leaf_as_key(const char *text, const char *leaf)
{
	static const char *const after[] = { "key", "keys", "subkey", "subkeys", "again", "back", NULL };
	static const char *const keys[] = { "keys", "subkeys", NULL };
	const char *p, *a, *w;
	size_t i;

	if (*leaf == '\0')
		return 0;
	for (p = text; (p = imp_names_value(p, leaf)) != NULL; p += strlen(leaf)) {
		a = imp_skip_ws(p + strlen(leaf));
		if ((p > text && p[-1] == '\\') || !isalpha((unsigned char)*a))
			return 1;
		/* "the Frob and Frob2 keys", not "the Frob and FrobLevel
		 * values" */
		if (imp_starts_word(a, "and")) {
			w = imp_skip_ws(a + 3);
			w = imp_skip_ws(w + strcspn(w, " \t"));
			for (i = 0; keys[i] != NULL; i++)
				if (imp_starts_word(w, keys[i]))
					return 1;
		}
		for (i = 0; after[i] != NULL; i++)
			if (imp_starts_word(a, after[i]))
				return 1;
	}
	return 0;
}

/* s past any run of words (blanks between): "the following subkeys"
 * past "the" and "following". */
static const char *past_words(const char *s, const char *const *words)
{
	size_t i = 0;

	while (words[i] != NULL)
		if (imp_starts_word(s, words[i]))
			s = imp_skip_ws(s + strlen(words[i])), i = 0;
		else
			i++;
	return s;
}

/* The object of the verb that opens clause (vl bytes) is the deleted key:
 * its name used as a key's (leaf_as_key()), or, past "the", "this",
 * "following" and the like, the word "key" itself ("re-create the key",
 * "delete the following subkeys"), or a pronoun ("add it again") that
 * before (the sentence up to the verb) gives no other thing to stand
 * for: empty, or naming the key ("Delete the Frob key, and then add it
 * again", not "Remove the node from the cluster, and then add it
 * again"). */
static int names_deleted_key(const char *clause, size_t vl, const char *leaf, const char *before)
{
	static const char *const lead[] = { "the", "this", "that", "these", "those", "following", "same",
					    "registry", "deleted", NULL };
	static const char *const keys[] = { "key", "keys", "subkey", "subkeys", NULL };
	static const char *const pronouns[] = { "it", "them", NULL };
	const char *o = past_words(imp_skip_ws(clause + vl), lead);
	size_t i;

	if (leaf_as_key(clause, leaf))
		return 1;
	for (i = 0; keys[i] != NULL; i++)
		if (imp_starts_word(o, keys[i]))
			return 1;
	for (i = 0; pronouns[i] != NULL && !imp_starts_word(o, pronouns[i]); i++)
		;
	if (pronouns[i] == NULL)
		return 0;
	if (*imp_skip_ws(before) == '\0' || leaf_as_key(before, leaf))
		return 1;
	for (i = 0; keys[i] != NULL; i++)
		if (imp_find_word(before, keys[i]) != NULL)
			return 1;
	return 0;
}

/* The clause of the verb at verb (vl bytes, inside text) names the
 * deleted key (names_deleted_key()). */
static int names_deleted_key_in_clause(const char *text, const char *verb, size_t vl, const char *leaf)
{
	char clause[512], before[512];  /* a long unwrapped sentence whole */
	const char *s = imp_sentence_of(text, verb);
	size_t l = (size_t)(verb - s) < sizeof before ? (size_t)(verb - s) : sizeof before - 1;

	memcpy(before, s, l);
	before[l] = '\0';
	return names_deleted_key(clause_copy(verb, vl, clause, sizeof clause), vl, leaf, before);
}

/* clause names a .reg file by a name of its own ("Settings.reg"), not
 * only "the .reg file". */
static int names_own_reg_file(const char *clause)
{
	const char *r;

	for (r = imp_ci_find(clause, ".reg"); r != NULL; r = imp_ci_find(r + 4, ".reg"))
		if (r > clause && isalnum((unsigned char)r[-1]))
			return 1;
	return 0;
}

/* The clause (from a verb of key_back_verbs[k], inside text) brings the
 * deleted key back: it names the key, then (add, create, put) says
 * "again" or "back", or (restore, import, merge) takes it from a copy
 * the procedure saved, which may be named as the file ("the .reg file you
 * exported", "the registry file that you backed up"), or from its own
 * delete ("the key that you deleted"); exported: the procedure exported
 * a copy before the delete, so "import the file" is that copy. */
static int brings_key_back(const char *text, const char *verb, size_t k, const char *leaf, int exported)
{
	static const char *const saved[] = { "backup", "back up", "backed up", "exported", "saved", "copy",
					     "you deleted", NULL };
	size_t vl = strlen(key_back_verbs[k].verb);
	int named = names_deleted_key_in_clause(text, verb, vl, leaf);
	char clause[256];

	clause_copy(verb, vl, clause, sizeof clause);
	/* "Re-create the following key:" over a path: the path names the
	 * key, which is another one unless the clause names the leaf */
	if (named && *leaf != '\0' && imp_has_word(clause, "following") && !leaf_as_key(clause, leaf))
		named = 0;
	/* "the Settings.reg file", "the NewAgent.reg file that comes with the
	 * update": a file with a name of its own is no copy of the key */
	if (!named && key_back_verbs[k].needs == KB_SAVED && names_own_reg_file(clause))
		return 0;
	switch (key_back_verbs[k].needs) {
	case KB_NAMED:
		return named;
	case KB_AGAIN:
		return named && (imp_find_word(clause, "again") != NULL || imp_find_word(clause, "back") != NULL);
	case KB_SAVED:
		return (named || imp_ci_find(clause, ".reg") != NULL || imp_has_word(clause, "file")) &&
		       (exported || imp_cue_in(clause, saved) != NULL);
	}
	return 0;
}

/* Text, with a verb from from on and before until, asks to bring the
 * deleted key back (a step of the procedure, undo_asked(): not "If the
 * problem returns, add the key again", nor "do not re-create the key",
 * nor "the service adds it again", whose verb is no imperative). */
static int key_back_in(const char *text, const char *from, const char *until, const char *leaf, int exported)
{
	const char *v;
	char clause[256];
	size_t k;

	for (k = 0; key_back_verbs[k].verb != NULL; k++)
		for (v = from; (v = imp_find_word(v, key_back_verbs[k].verb)) != NULL && v < until;
		     v += strlen(key_back_verbs[k].verb)) {
			clause_copy(v, strlen(key_back_verbs[k].verb), clause, sizeof clause);
			/* "re-create the key only if the agent does not":
			 * a fallback, not a step of the procedure */
			if (brings_key_back(text, v, k, leaf, exported) && undo_asked(text, v) &&
			    imp_condition_in(clause + strlen(key_back_verbs[k].verb)) == NULL)
				return 1;
		}
	return 0;
}

/* ---- a value deleted and then re-created -------------------------------- */

/* Verbs that bring a deleted value back; again: the clause must also say
 * "again" or "back" ("add the Scripts value again"). */
static const struct {
	const char *verb;
	int again;
} value_back_verbs[] = {
	{ "re-create", 0 }, { "recreate", 0 }, { "re-add", 0 }, { "add", 1 }, { "create", 1 }, { NULL, 0 },
};

/* The clause after a create or add verb makes a new value: "create a
 * new binary value named Frob"; with the same name when same_name (the
 * deleted one's, unnamed: "create a new binary value with the same
 * name").  After the delete, it changes the value's type; the value is
 * there at the end. */
static int new_value_in(const char *clause, int same_name)
{
	const char *v = imp_find_word(clause, "value");

	if (imp_find_word(clause, "new") == NULL || v == NULL)
		return 0;
	return !same_name || imp_ci_find(v, "with the same name") != NULL || imp_ci_find(v, "of the same name") != NULL;
}

/* Text, from from on and before until, asks to bring the deleted value
 * name back: "re-create the Scripts value", "re-add Scripts", "add the
 * Scripts value again" (the clause names it whole), "create a new binary
 * value with the same name" (new_value_in()), a step of the
 * procedure (undo_asked()), on no condition.  "Delete and then re-create
 * the Scripts value" leaves the value there, with the data the steps
 * give it: no value-absent repair. */
static int value_back_in(const char *text, const char *from, const char *until, const char *name)
{
	const char *v;
	char clause[256];
	size_t k, vl;

	for (k = 0; value_back_verbs[k].verb != NULL; k++)
		for (v = from, vl = strlen(value_back_verbs[k].verb); (v = imp_find_word(v, value_back_verbs[k].verb)) != NULL &&
								     v < until;
		     v += vl) {
			clause_copy(v, vl, clause, sizeof clause);
			/* "re-create the FrobPath value under HKEY_...\\Relay":
			 * another key's, which leaves this one's delete */
			if ((imp_names_value(clause + vl, name) == NULL && !new_value_in(clause + vl, 1)) ||
			    !undo_asked(text, v) ||
			    imp_condition_in(clause + vl) != NULL || imp_next_root(clause + vl) != NULL ||
			    imp_find_word(clause + vl, "under") != NULL)
				continue;
			if (!value_back_verbs[k].again || imp_find_word(clause, "again") != NULL ||
			    imp_find_word(clause, "back") != NULL || new_value_in(clause + vl, 0))
				return 1;
		}
	return 0;
}

/* The value delete c's own step brings the value back after its delete
 * verb: "Delete the FrobPath value, and then re-create it as ..." names
 * it again ("re-create the FrobPath value"). */
static int value_back_in_own_step(struct imp *im, const struct imp_check *c)
{
	char text[512];
	const char *d;
	size_t i;

	imp_step_text(im, c->line, text, sizeof text);
	for (i = 0; delete_verbs[i] != NULL; i++)
		if ((d = imp_find_word(text, delete_verbs[i])) != NULL &&
		    value_back_in(text, d + strlen(delete_verbs[i]), text + strlen(text), c->value))
			return 1;
	return 0;
}

/* The sentence holding at (inside text) into buf (cap bytes, cut to
 * fit); where at is in buf. */
static const char *sentence_copy(const char *text, const char *at, char *buf, size_t cap)
{
	const char *s = imp_sentence_of(text, at), *e = strstr(at, ". ");
	size_t l = e != NULL ? (size_t)(e - s) : strlen(s);

	if (l >= cap)
		l = cap - 1;
	memcpy(buf, s, l);
	buf[l] = '\0';
	return buf + (at - s < (ptrdiff_t)l ? at - s : (ptrdiff_t)l);
}

/* Ends s at a purpose infinitive, "to" before a word that is no
 * article ("to clear the cache"; not "to the Agent key"). */
static void cut_at_purpose(char *s)
{
	static const char *const nouns[] = { "the", "a", "an", "your", "its", "this", "that", "these", "those",
					     "each", "all", "any", NULL };
	char *t;
	const char *w;
	size_t i;

	for (t = s; (t = (char *)imp_find_word(t, "to")) != NULL; t += 2) {
		w = imp_skip_ws(t + 2);
		if (!islower((unsigned char)*w))
			continue;
		for (i = 0; nouns[i] != NULL && !imp_starts_word(w, nouns[i]); i++)
			;
		if (nouns[i] == NULL) {
			*t = '\0';
			return;
		}
	}
}

/* The delete verb at verb (vl bytes, inside sentence) deletes for a
 * while: "temporarily" right before it ("Temporarily remove the Frob
 * key"), or in its own clause "for now", "for the time being",
 * "temporarily" or "until ..." ("Delete the Frob key until the replay
 * finishes").  A relative clause ("the key, which holds temporarily
 * cached data", "the key that Setup made temporarily") and another
 * step's words are no part of the clause. */
static int for_a_while(const char *sentence, const char *verb, size_t vl)
{
	static const char *const before[] = { "temporarily", NULL };
	static const char *const words[] = { "temporarily", "for now", "for the time being", "until", NULL };
	static const char *const relative[] = { "which", "that", "who", NULL };
	char clause[256];
	const char *r;
	size_t i;

	if (imp_word_before_is(sentence, verb, before))
		return 1;
	clause_copy(verb, vl, clause, sizeof clause);
	/* a second verb's clause ("and wait until the agent stops") and a
	 * purpose ("to clear the temporarily stored passwords") are no part
	 * of the delete's own words */
	clause[imp_own_clause_end(clause + vl) - clause] = '\0';
	cut_at_purpose(clause + vl);
	for (i = 0; relative[i] != NULL; i++)
		if ((r = imp_find_word(clause, relative[i])) != NULL)
			clause[r - clause] = '\0';
	for (i = 0; words[i] != NULL; i++)
		if (imp_find_word(clause, words[i]) != NULL)
			return 1;
	return 0;
}

/* The delete asked at line n (check c's own line, already read as
 * asked) undoes itself: past its verb, the sentence brings the key back
 * ("Remove the Frob and Frob2 keys, and then add them again") or says
 * it is for a while. */
static int key_delete_undone_at(struct imp *im, const struct imp_check *c, size_t n)
{
	char text[512];

	return imp_delete_undoes_itself(imp_step_text(im, n, text, sizeof text), key_leaf(c->key));
}

int imp_delete_undoes_itself(const char *text, const char *leaf)
{
	const char *v, *at;
	char sentence[512];     /* as large as imp_step_text()'s text: never cut */
	size_t i;

	for (i = 0; delete_verbs[i] != NULL; i++)
		for (v = text; (v = imp_find_word(v, delete_verbs[i])) != NULL; v += strlen(delete_verbs[i])) {
			at = sentence_copy(text, v, sentence, sizeof sentence);
			/* the check's own delete: its clause names the key */
			if (!names_deleted_key_in_clause(sentence, at, strlen(delete_verbs[i]), leaf))
				continue;
			if (for_a_while(sentence, at, strlen(delete_verbs[i])) ||
			    key_back_in(sentence, at + strlen(delete_verbs[i]), sentence + strlen(sentence), leaf, 0))
				return 1;
		}
	return 0;
}

/* The word at v ends: past the verb, not the punctuation after it
 * ("Delete;", "remove.") that may open the next clause. */
static const char *past_word(const char *v)
{
	while (isalpha((unsigned char)*v))
		v++;
	return v;
}

/* The last delete verb of text that starts before end, or NULL; its
 * length in *len when len is not NULL.  The verb nearest a list or a
 * key's name is the one that governs it. */
static const char *last_delete_verb(const char *text, const char *end, size_t *len)
{
	const char *verb = NULL, *v;
	size_t i;

	for (i = 0; delete_verbs[i] != NULL; i++)
		for (v = text; (v = imp_find_word(v, delete_verbs[i])) != NULL && v < end; v += strlen(delete_verbs[i]))
			if (verb == NULL || v > verb) {
				verb = v;
				if (len != NULL)
					*len = strlen(delete_verbs[i]);
			}
	return verb;
}

/* Where the words of the delete verb's own clause, from verb on, set a
 * condition on it ("Delete the Frob key only if ...",
 * imp_own_clause_end()), or NULL.  A condition before the verb ("If the
 * service does not start, delete the key") is left out: on a single key
 * it is most often the problem the fix is for. */
static const char *delete_verb_condition(const char *verb)
{
	return imp_condition_in_part(verb, imp_own_clause_end(past_word(verb)));
}

const char *imp_lead_in_delete_condition(const char *text)
{
	/* the verb that governs the list: the last delete verb before "the
	 * following" (or, with none, before the colon).  An earlier one is
	 * another clause's ("Remove the old files and then delete the
	 * following subkeys only if ..."), and so is a later one ("Remove
	 * the following subkeys; the editor asks whether to delete each") */
	const char *end = imp_find_word(text, "following"), *verb;

	if (end == NULL && (end = strchr(text, ':')) == NULL)
		end = text + strlen(text);
	if ((verb = last_delete_verb(text, end, NULL)) == NULL)
		return imp_condition_in(text);
	return imp_condition_in_part(text, imp_own_clause_end(past_word(verb)));
}

/* Where the words after key delete c's own delete verb (on c's line)
 * set a condition on it (delete_verb_condition(): "Delete the Frob key
 * only if Frob is not installed"), or NULL.  Any delete reader's check is
 * read here, so one test serves them all.  A condition that opens the
 * sentence ("If the service does not start, delete the key") is left
 * alone: most often it is the problem the fix is for, which the rule's
 * symptoms already carry. */
static const char *key_delete_condition(struct imp *im, const struct imp_check *c, char *sentence, size_t cap)
{
	const char *leaf = key_leaf(c->key), *v, *at, *named, *nearest;
	char text[512];
	size_t i, nl;

	imp_step_text(im, c->line, text, sizeof text);
	/* the verb nearest before the key's name governs it: "Remove the
	 * FrobSvc subkey, and then delete the following subkeys only if
	 * ..." gives FrobSvc no condition */
	if ((named = imp_names_value(text, leaf)) != NULL && (nearest = last_delete_verb(text, named, &nl)) != NULL) {
		at = sentence_copy(text, nearest, sentence, cap);
		if (names_deleted_key_in_clause(sentence, at, nl, leaf))
			return delete_verb_condition(at);
	}
	for (i = 0; delete_verbs[i] != NULL; i++)
		for (v = text; (v = imp_find_word(v, delete_verbs[i])) != NULL; v += strlen(delete_verbs[i])) {
			at = sentence_copy(text, v, sentence, cap);
			if (names_deleted_key_in_clause(sentence, at, strlen(delete_verbs[i]), leaf))
				return delete_verb_condition(at);
		}
	return NULL;
}

/* A line of section sec up to line n (the delete's) exports a copy
 * ("Export the Frob key to a file", "export the branch first"): a later
 * "import the file" puts that copy back. */
static int exported_before(struct imp *im, const struct kb_article_section *sec, size_t n)
{
	size_t k;

	for (k = sec != NULL ? sec->first_line : n; k <= n; k++)
		if (imp_has_word(imp_line_at(im, k), "export") || imp_has_word(imp_line_at(im, k), "exported"))
			return 1;
	return 0;
}

/* Line n (with its wrapped next line) returns c's value to the data
 * of problem, a check that gives the data the problem comes with (the
 * gate's pair: kbimport_gate.c): it names the value, or says one of the
 * words loose ("value", "setting", "data"; NULL: the name only), and
 * goes "back to" problem's data, or sets it "again", to its
 * "original"/"previous" data, "returns"/"restores" it or turns
 * something "back on" ("When the backup is complete, set the cache
 * value to 1 again", "restore the setting to its original value", "turn
 * the cache back on (set the value to 1)").  Wider than undoes(): the
 * problem's data stated in the article is what the words go back to.
 * An option the reader may take ("If you want to turn it back on later,
 * ...") is no step of the procedure. */
static int goes_back_to_problem(struct imp *im, size_t n, const struct imp_check *c, const struct imp_check *problem,
				const char *const *loose, struct kb_buf *join)
{
	/* narrower than undo_asked()'s beside[]: the CAUSE states the data
	 * these words go back to, so a case or a time ("If the backup
	 * fails, set the value back to 0") still brings the problem back;
	 * only the reader's own choice is no step of the procedure */
	static const char *const options[] = { "if you want", "if you wish", "if you prefer", "if you decide",
					       "if you later", "optionally", "alternatively", NULL };
	static const char *const back[] = { "again", "original", "originally", "previous", "restore", "return",
					    "back on", NULL };
	const char *next = n + 1 < im->a->body_end ? imp_line_at(im, n + 1) : "", *s, *b;
	size_t i;

	if (imp_numbered_step(next) || imp_blank(next))
		next = "";
	/* a line may be a whole paragraph: a fixed buffer would cut the
	 * undo off its end */
	kb_buf_reset(join);
	kb_buf_printf(join, "%s %s", imp_line_at(im, n), imp_skip_ws(next));
	if (join->oom || join->p == NULL) {
		im->oom = 1;
		return 0;
	}
	s = imp_past_step_mark(join->p);
	for (i = 0; options[i] != NULL; i++)
		if (imp_starts_ci(s, options[i]))
			return 0;
	if ((loose == NULL || imp_find_any_word(s, loose) == NULL) && imp_names_value(s, c->value) == NULL)
		return 0;
	for (b = imp_ci_find(s, "back to "); b != NULL; b = imp_ci_find(b + 8, "back to "))
		if (datum_is(b + 8, problem, 1))
			return 1;
	return imp_find_any_word(s, back) != NULL;
}

/* The key the registry pass read alone on line n (the last, when it
 * read more than one there), or NULL. */
static const char *key_read_at(const struct imp *im, size_t n)
{
	const char *key = NULL;
	size_t k;

	for (k = 0; k < im->n_keys_read; k++)
		if (im->keys_read[k].line == n)
			key = im->keys_read[k].key;
	return key;
}

/* A value under key is drafted (set, deleted or shown) on a line from
 * line from to line n: the procedure works on a value of that key's
 * own, which "the value" may then be. */
static int value_of_key_between(const struct imp *im, const char *key, size_t from, size_t n)
{
	const struct imp_check *c;
	size_t i;

	for (i = 0; i < im->n_checks; i++) {
		c = &im->checks[i];
		if (c->key != NULL && c->value != NULL && c->line >= from && c->line <= n &&
		    strcasecmp(c->key, key) == 0)
			return 1;
	}
	return 0;
}

/* text names a value other than name by a name of its own before the
 * word "value" ("the CacheSize value", "the Frob2 value"): a word
 * written as a name (a capital first), not a type's or a plain word's
 * ("the DWORD value", "the New value"). */
static int names_another_value(const char *text, const char *name)
{
	/* imp_not_a_name()'s words, and those that stand before "value"
	 * in a step's own words: "the Original value", "Set value" */
	static const char *const more[] = { "Original", "Previous", "Set", "Change", NULL };
	const char *v, *w;
	size_t l;

	for (v = text; (v = imp_find_word(v, "value")) != NULL; v += 5) {
		for (w = v; w > text && w[-1] == ' '; w--)
			;
		for (l = 0; w > text && name_char(w[-1]); w--, l++)
			;
		if (l < 2 || !isupper((unsigned char)*w) || imp_word_is(w, l, name))
			continue;
		if (!imp_not_a_name(w, l) && !imp_word_in(w, l, more))
			return 1;
	}
	return 0;
}

int imp_set_back_to_problem(struct imp *im, const struct imp_check *fix, const struct imp_check *problem)
{
	static const char *const value_words[] = { "value", "setting", "data", NULL };
	/* the whole of the fix's own section: a step that opens another
	 * key ("Locate the Backup key", a NOTE naming one) does not end
	 * the task the fix was made for */
	size_t end = imp_section_end(im, fix->line), n;
	const char *other = NULL, *key;
	int found = 0, other_owns = 0;     /* since other's line, a value of its own is worked on */
	const char *const *loose;
	struct kb_buf join = KB_BUF_INIT;

	if (problem->data == NULL || fix->value == NULL)
		return 0;
	for (n = imp_check_last_line(fix) + 1; n < end && !found && !im->oom; n++) {
		/* the key in force: going back to the fix's own key ("go back
		 * to the Agent key") ends the other one's stretch */
		if (fix->key != NULL && (key = key_read_at(im, n)) != NULL) {
			other = strcasecmp(key, fix->key) != 0 ? key : NULL;
			other_owns = 0;
		}
		/* once owned, owned until the key in force changes: only
		 * line n is new */
		if (other != NULL && !other_owns)
			other_owns = value_of_key_between(im, other, n, n) ||
				     names_another_value(imp_line_at(im, n), fix->value);
		if (imp_blank(imp_line_at(im, n)))
			continue;
		/* past another key where a value of its own is changed, "the
		 * value" may be that one ("set the CacheSize value back to
		 * its original value"): only the fix's value by name goes
		 * back.  A key only located, or named in a NOTE, has no
		 * value of its own to go back: "the value" is still the
		 * fix's. */
		loose = other_owns ? NULL : value_words;
		found = goes_back_to_problem(im, n, fix, problem, loose, &join);
	}
	kb_buf_free(&join);
	return found;
}

/* The line of repair c's own section, past c's last line and before the
 * next line that names another key, that undoes c: a value set changed
 * back ("set Frob back to 0", "return Frob to its original value"),
 * deleted as "the value you added" or set to other data, or a key
 * delete brought back (or the delete's own line, when its sentence says
 * so itself); 0 when none, or c is no set or key delete. */
static size_t undone_at(struct imp *im, const struct imp_check *c)
{
	const struct kb_article_section *sec = imp_section_of(im, c->line);
	/* the check's own procedure: a later section describes or
	 * offers, it does not undo */
	size_t end = imp_section_end(im, c->line), after = imp_check_last_line(c), n;
	int key_delete = is_key_delete(c), exported;
	int value_delete = c->expect == IE_VALUE_ABSENT && c->value != NULL;
	const char *leaf;
	char text[512];

	if (!c->repair || c->key == NULL ||
	    !(key_delete || value_delete || (c->expect == IE_EQUALS && c->value != NULL)))
		return 0;
	if (key_delete && key_delete_undone_at(im, c, c->line))
		return c->line;
	if (value_delete && value_back_in_own_step(im, c))
		return c->line;
	leaf = key_leaf(c->key);
	exported = key_delete && exported_before(im, sec, c->line);
	for (n = after + 1; n < end && !another_key_at(im, c, n); n++) {
		if (imp_blank(imp_line_at(im, n)))
			continue;
		if (value_delete) {
			imp_step_text(im, n, text, sizeof text);
			if (value_back_in(text, text, own_part_end(im, n, text), c->value))
				return n;
			continue;
		}
		if (!key_delete) {
			if (undoes(im, c, n))
				return n;
			continue;
		}
		/* the text first: own_part_end() reads its length */
		imp_step_text(im, n, text, sizeof text);
		if (key_back_in(text, text, own_part_end(im, n, text), leaf, exported))
			return n;
	}
	return 0;
}

/* Drops key delete i, which line undo brings back (or, when undo is its
 * own line, its own sentence undoes), with review items on both. */
static void drop_key_delete(struct imp *im, size_t i, size_t undo)
{
	const struct imp_check *c = &im->checks[i];
	const char *why = undo == c->line ? "its own sentence brings the key back or deletes it for a while only"
					  : imp_fmt(im, "line %zu brings the key back", undo);

	/* out of memory (im->oom fails the import): drop it all the same,
	 * the caller's loop goes on only past a dropped check */
	if (why == NULL)
		why = "";

	if (undo != c->line)
		imp_review(im, undo, T_NONE, 0,
			   imp_fmt(im, "brings back the key deleted at line %zu: a temporary step; write it by hand if the rule needs it",
				   c->line));
	imp_drop_check_reviewed(im, i,
				imp_fmt(im, "not drafted: the delete of the key %s: %s: a temporary step, not a repair",
					c->key, why),
				imp_fmt(im, "not drafted: the key %s is deleted for a while only (%s)", c->key, why));
}

/* Drops value check i, which line undo changes back or re-creates: a
 * review item on that line (at_undo), and the check's own (why, and
 * key_why for its key's line; imp_drop_check_reviewed()). */
static void drop_undone_value(struct imp *im, size_t i, size_t undo, const char *at_undo, const char *why,
			      const char *key_why)
{
	imp_review(im, undo, T_NONE, 0, at_undo);
	imp_drop_check_reviewed(im, i, why, key_why);
}

void imp_scan_undone_sets(struct imp *im)
{
	size_t i = 0, undo;

	char sentence[512];     /* as large as imp_step_text()'s text: never cut */
	const char *cond;

	while (i < im->n_checks) {
		const struct imp_check *c = &im->checks[i];

		if (c->repair && c->key != NULL && is_key_delete(c) &&
		    (cond = key_delete_condition(im, c, sentence, sizeof sentence)) != NULL) {
			imp_drop_check_reviewed(im, i,
						imp_fmt(im, "not drafted: the delete of the key %s is asked on a condition ('%.*s'): a draft cannot carry it; write it by hand",
							c->key, imp_condition_quote_len(cond), cond),
						imp_fmt(im, "not drafted: the key %s is deleted on a condition only", c->key));
			continue;
		}
		if ((undo = undone_at(im, c)) == 0) {
			i++;
			continue;
		}
		if (is_key_delete(c)) {
			drop_key_delete(im, i, undo);
			continue;
		}
		if (c->expect == IE_VALUE_ABSENT)
			drop_undone_value(im, i, undo,
					  imp_fmt(im, "re-creates value '%s' deleted at line %zu: the value stays, with the data the steps give it; write its check by hand",
						  c->value, c->line),
					  imp_fmt(im, "not drafted: the delete of value '%s' under %s: line %zu re-creates it, so the article leaves the value there, not gone",
						  c->value, c->key, undo),
					  imp_fmt(im, "not drafted: the key %s: its value '%s' is deleted and re-created (line %zu)",
						  c->key, c->value, undo));
		else
			drop_undone_value(im, i, undo,
					  imp_fmt(im, "undoes the change to value '%s' at line %zu: a temporary step; write it by hand if the rule needs it",
						  c->value, c->line),
					  imp_fmt(im, "not drafted: value '%s' under %s: the article undoes this change at line %zu: a temporary step, not a repair",
						  c->value, c->key, undo),
					  imp_fmt(im, "not drafted: the key %s: its value '%s' is changed for a while only (line %zu undoes it)",
						  c->key, c->value, undo));
	}
}
