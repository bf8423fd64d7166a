/* kbimport_asks.c: what the article asks of a key (kbimport_int.h): check,
 * set or delete it, read from the words around it; values set in prose
 * ("set the X value to 1"); where a key only mentioned goes. */
#include "kbwiz/kbimport.h"

#include <ctype.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/rule.h"
#include "kbwiz/sanitize.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"
#include "kbimport_int.h"

int imp_ends_with_colon(const char *s)
{
	size_t l = imp_rtrim_len(s, strlen(s));

	return l > 0 && s[l - 1] == ':';
}

const char *imp_cue_in(const char *s, const char *const *cues)
{
	size_t i;

	for (i = 0; cues[i] != NULL; i++)
		if (imp_ci_find(s, cues[i]) != NULL)
			return cues[i];
	return NULL;
}

/* "the following registry parameter can be configured:" / "On the
 * server:" / key / "-OR-" / "On the client:" / key: a line that only says
 * where ("On ...:", "For ...:") is no request; the sentence that
 * introduces the alternatives, a few lines above, asks for each. */
static size_t scoped_list_start(const struct imp *im, size_t colon, size_t first)
{
	const char *t = imp_skip_ws(imp_line_at(im, colon));
	size_t n;

	if (!imp_starts_ci(t, "On ") && !imp_starts_ci(t, "For "))
		return first;
	for (n = colon; n > im->a->body_first && n + 12 > colon; n--) {
		const char *s = imp_line_at(im, n - 1);
		size_t l = imp_rtrim_len(s, strlen(s));
		if (imp_numbered_step(s))
			break;
		if (l == 0 || s[l - 1] != ':' || imp_ci_find(s, "HKEY") != NULL)
			continue;
		/* the sentence may wrap before its colon */
		if (imp_ci_find(s, "following") != NULL)
			return n - 1 < first ? n - 1 : first;
		if (n - 1 > im->a->body_first && imp_ci_find(imp_line_at(im, n - 2), "following") != NULL)
			return n - 2 < first ? n - 2 : first;
	}
	return first;
}

int imp_line_starts_key(const char *s)
{
	const char *t = imp_skip_ws(s);

	if (imp_starts_ci(t, "HKEY_") || imp_short_root_at(t))
		return 1;
	return imp_inf_line_starts_key(t);
}

size_t imp_sentence_start(const struct imp *im, size_t line, size_t min)
{
	while (line > im->a->body_first && line > min) {
		const char *s = imp_line_at(im, line), *above = imp_line_at(im, line - 1);

		/* "RESOLUTION" / "==========" straight over the sentence: the
		 * heading is none of its words */
		if (imp_numbered_step(s) || imp_substep(s) || imp_blank(above) || imp_line_starts_key(above) ||
		    imp_ends_with_colon(above) || imp_rule_line(above))
			break;
		line--;
	}
	return line;
}

/* How many lines above a key a list of paths is followed up to its
 * first path. */
#define LIST_REACH 400

static size_t lead_in_start(const struct imp *im, size_t key_line);

/* Where the words asking something of the key at key_line start: three
 * lines before it, or the sentence that introduces a list of keys
 * ("Check each of the following keys and correct them:") when one ends
 * with a colon within the lines before; for a key further down a list
 * of paths, those of the list's first path. */
size_t imp_ask_window_start(const struct imp *im, size_t key_line)
{
	size_t n, top = key_line;

	/* a key further down a list of paths, one a line: the words that
	 * ask for the list stand above its first path, however long the
	 * list ("remove the following keys:" over thirty paths; the
	 * archive's longest has 105).  A path wrapped onto a second line
	 * ends the walk: "...\\Extensions GroupShield" / "Exchange Client
	 * Extensions" under "remove the following keys and values" may be
	 * a key and a value, which the lead-in must not decide.  The walk
	 * goes LIST_REACH lines at most, once, so that a list of thousands
	 * of paths costs that many lines a key, not lines squared (a key
	 * further down than that reads the list's paths above it). */
	for (n = key_line; n > im->a->body_first && n + LIST_REACH > key_line; n--) {
		const char *s = imp_line_at(im, n - 1);
		if (imp_line_starts_key(s))
			top = n - 1;
		else if (!imp_blank(s))
			break;
	}
	return lead_in_start(im, top);
}

/* Line s ends a sentence (a full stop, a colon) or a heading's rule. */
static int ends_sentence(const char *s)
{
	size_t l = imp_rtrim_len(s, strlen(s));

	return l == 0 || strchr(".:!?=-", s[l - 1]) != NULL;
}

/* imp_ask_window_start() for the first key of a list, or a key alone. */
static size_t lead_in_start(const struct imp *im, size_t key_line)
{
	size_t n, first = key_line > 3 ? key_line - 3 : 1;

	for (n = key_line; n > im->a->body_first && n + 15 > key_line; n--) {
		const char *s = imp_line_at(im, n - 1);
		size_t l = imp_rtrim_len(s, strlen(s));
		if (l > 0 && s[l - 1] == ':' && imp_ci_find(s, "HKEY") == NULL &&
		    strchr(imp_skip_ws(s), ':') == s + l - 1) {
			size_t c = n - 1;
			/* "add the following registry entry using REGEDT32, as" /
			 * "described in ... (page 198):": the sentence that ends
			 * in the colon began on the line above it (a whole line
			 * of it: one that holds the end of another sentence
			 * holds words that ask nothing of this key) */
			while (c > im->a->body_first && c + 1 > n - 1 && !imp_numbered_step(imp_line_at(im, c)) &&
			       !imp_blank(imp_line_at(im, c - 1)) && !ends_sentence(imp_line_at(im, c - 1)) &&
			       strstr(imp_line_at(im, c - 1), ". ") == NULL)
				c--;
			if (c < first)
				first = c;
			first = scoped_list_start(im, n - 1, first);
			break;
		}
		if (imp_numbered_step(s))
			break;
	}
	/* the first key of a list under a sentence with no colon ("Then
	 * delete the following keys if they still exist." above four
	 * paths): the sentence above the list asks for every one */
	for (n = key_line; n > im->a->body_first && n + 12 > key_line; n--) {
		const char *s = imp_line_at(im, n - 1);
		if (imp_blank(s))
			continue;
		if (n - 1 < first && (imp_ci_find(s, "following") != NULL ||
				      (n - 1 > im->a->body_first &&
				       imp_ci_find(imp_line_at(im, n - 2), "following") != NULL)))
			first = n - 2;
		break;
	}
	return first;
}

/* "must be as follows", "should look like this", "should read like the
 * following": the words give what the setting is to be. */
static int as_follows(const char *s)
{
	static const char *const modal[] = { "must ", "should ", NULL };
	static const char *const verb[] = { "be ", "read ", "look ", NULL };
	static const char *const how[] = { "as follows", "like this", "like the following", NULL };
	const char *p, *q;
	size_t i, j, k;

	for (i = 0; modal[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, modal[i])) != NULL; p++)
			for (j = 0; verb[j] != NULL; j++) {
				q = p + strlen(modal[i]);
				if (!imp_starts_ci(q, verb[j]))
					continue;
				q += strlen(verb[j]);
				for (k = 0; how[k] != NULL; k++)
					if (imp_starts_ci(q, how[k]))
						return 1;
			}
	return 0;
}

/* The word at p (of length n) stands after an article or a determiner
 * as a noun or an adjective: "the correct database", "the delete
 * operation", "this change".  Written with a capital it names a command
 * or a button ("the Add Value command", "the Delete button") and may
 * ask; followed by an object ("To fix this delete the following key")
 * it is a verb after all. */
static int noun_after_article(const char *s, const char *p, size_t n)
{
	static const char *const articles[] = { "the", "a", "an", "this", "that", "these", "those", "its",
						"your", "their", NULL };
	static const char *const objects[] = { "the", "a", "an", "following", "them", "this", "these",
					       "those", NULL };
	/* "make this change the ...": the verb before the article rules */
	static const char *const doing[] = { "make", "makes", "making", "made", "apply", "applying",
					     "undo", "undoing", NULL };
	const char *after = imp_skip_ws(p + n), *art;
	size_t i;

	if (!islower((unsigned char)*p) || !imp_word_before_is(s, p, articles))
		return 0;
	art = imp_word_before(s, p, IMP_WORD_LETTERS, NULL);
	if (imp_word_before_is(s, art, doing))
		return 1;
	/* "To work around this change CacheSize to 0": a name after it */
	if (isupper((unsigned char)*after))
		return 0;
	for (i = 0; objects[i] != NULL; i++)
		if (imp_starts_word(after, objects[i]))
			return 0;
	return 1;
}

/* The word before p is a form of "be" that makes the verb at p a
 * passive: "unless SecureFrob is set to YES", "the keys are correct".
 * (asks_word() takes whole base forms only, so this is "set" and
 * "correct" in practice.)  A modal before "be" ("must be set") is not
 * one: it asks. */
static int passive_before(const char *s, const char *p)
{
	static const char *const be[] = { "is", "are", "was", "were", "been", NULL };

	return imp_word_before_is(s, p, be);
}

/* "You do not have to change it", "you don't need to modify this value",
 * "Never delete": a negation among the four words before the verb at p
 * (in s), in its clause (a stop or a comma ends it: "If the value does
 * not exist, create it" asks; "Don't forget to delete" is a reminder,
 * which asks; "Do not delete the key, only its X subkeys" narrows the
 * ask). */
static int negated_near(const char *s, const char *p)
{
	const char *b = p, *e;
	int words;

	if (imp_reminder_before(s, p) != NULL)
		return 0;
	/* "Do not delete the entire key, only those subkeys for MSDN": the
	 * negation narrows the ask, it does not take it back */
	if (imp_ci_find(p, ", only ") != NULL || imp_ci_find(p, " but only ") != NULL)
		return 0;
	for (words = 0; words < 4; words++) {
		while (b > s && (b[-1] == ' ' || b[-1] == '\t'))
			b--;
		if (b == s || !(isalpha((unsigned char)b[-1]) || b[-1] == '\''))
			return 0;
		for (e = b; b > s && (isalpha((unsigned char)b[-1]) || b[-1] == '\''); b--)
			;
		if (imp_negation_word(b, (size_t)(e - b)))
			return 1;
	}
	return 0;
}

/* Word w in s as a verb: a whole word, not in a phrase that only looks
 * like it ("set up", "a set of", "add up", "add-in", "Add/Remove
 * Programs", "the type of"). */
static int asks_word(const char *s, const char *w)
{
	const char *p;
	size_t n = strlen(w);

	for (p = s; (p = imp_ci_find(p, w)) != NULL; p += n) {
		const char *a = p + n;
		if ((p > s && (isalpha((unsigned char)p[-1]) || p[-1] == '/' || p[-1] == '-')) ||
		    isalpha((unsigned char)*a) || *a == '/' || *a == '-')
			continue;
		if (imp_starts_ci(a, " up") && !isalpha((unsigned char)a[3]))
			continue;
		/* "the value you add is placed", "when you set": a clause
		 * about the reader, not a step */
		if (p - s >= 4 && strncasecmp(p - 4, "you ", 4) == 0)
			continue;
		/* "unless X is set to YES": a state, described ("you are
		 * removing" is no passive) */
		if ((n < 4 || strncasecmp(a - 3, "ing", 3) != 0) && passive_before(s, p))
			continue;
		if (noun_after_article(s, p, n))
			continue;
		/* "You do not have to change it": what the reader need not do */
		if (negated_near(s, p))
			continue;
		/* "Setup will add the following value", "it might then
		 * change": what something else does, told (regblock.c
		 * modal_verb() and imp_not_asked() read theirs with the same
		 * reader, nearer or farther); "you will add" is the reader's
		 * step */
		if (imp_told_by_modal(s, p, IMP_MODAL_ADVERBS, 1))
			continue;
		/* "a new setting that can be set to pick the language": what
		 * the reader may do, described, not a step ("must be set" is) */
		if (p - s >= 7 && (strncasecmp(p - 7, "can be ", 7) == 0 || strncasecmp(p - 7, "may be ", 7) == 0))
			continue;
		/* "To correct this problem, locate ...": the purpose of the
		 * steps, not what they do */
		if (imp_starts_ci(a, " this problem") || imp_starts_ci(a, " this issue") ||
		    imp_starts_ci(a, " this behavior") || imp_starts_ci(a, " the problem") ||
		    imp_starts_ci(a, " this error") || imp_starts_ci(a, " the issue"))
			continue;
		if (imp_starts_ci(a, " of ") && (p - s < 2 || p[-1] == ' ') &&
		    (strcasecmp(w, "set") == 0 || strcasecmp(w, "type") == 0))
			continue;
		/* "Modify the value to add or remove the computer names":
		 * entries of a value changed either way, the value kept */
		if (((p - s >= 7 && strncasecmp(p - 7, "add or ", 7) == 0) ||
		     (p - s >= 8 && strncasecmp(p - 8, "add and ", 8) == 0)) &&
		    (strcasecmp(w, "remove") == 0 || strcasecmp(w, "delete") == 0))
			continue;
		return 1;
	}
	return 0;
}

/* What lines first..last ask of a key or value, by the words of their
 * steps: deleting wins (it becomes a review item), then creating or
 * setting, then verifying.  The warning boilerplate ("Add and Delete
 * Information in the Registry") asks nothing. */
enum asks imp_article_asks(const struct imp *im, size_t first, size_t after, size_t last)
{
	static const char *const del[] = { "delete", "remove", "deleting", "removing", NULL };
	static const char *const set[] = { "add", "create", "set", "change", "modify", "edit",
					   "correct", "increase", "decrease", "enter", "type",
					   "adding", "creating", "changing", "raise", "turn off", "turn on",
					   "disable", "enable", NULL };
	static const char *const chk[] = { "verify", "check", "make sure", "ensure", "missing",
					   "exists", "should be", "must be", "confirm", NULL };
	size_t n, i;
	int d = 0, st = 0, c = 0;

	if (first < im->a->body_first)
		first = im->a->body_first;
	for (n = first; n <= last && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		/* a following step that introduces its own key ("5. Delete
		 * the following key:") asks its own things; so does the part
		 * an underlined heading opens ("Removing Client Software" /
		 * "-------": its "remove" is not this key's) */
		if (n > after && imp_numbered_step(s) && imp_ends_with_colon(s))
			break;
		if (n > after && n + 1 < im->a->body_end && !imp_blank(s) && imp_underline(imp_line_at(im, n + 1)))
			break;
		/* the paths of a list above the key: names, not words that
		 * ask ("...\\Setup\\Remove"); skipping them keeps a list of
		 * thousands of paths from costing lines squared */
		if (n < after && imp_line_starts_key(s))
			continue;
		if (imp_ci_find(s, "Help topic") != NULL || imp_ci_find(s, "Information in the Registry") != NULL ||
		    imp_ci_find(s, "Registry Editor incorrectly") != NULL || imp_ci_find(s, "Data Type") != NULL ||
		    /* the warning's "may require you to reinstall Windows NT
		     * to correct them" */
		    imp_ci_find(s, "to correct them") != NULL || imp_starts_ci(imp_skip_ws(s), "correct them") ||
		    imp_ci_find(s, "Value Type") != NULL)
			continue;
		for (i = 0; del[i] != NULL; i++)
			d |= asks_word(s, del[i]);
		for (i = 0; set[i] != NULL; i++)
			st |= asks_word(s, set[i]);
		st |= imp_asks_configure(im, n);
		for (i = 0; chk[i] != NULL; i++)
			c |= imp_has_word(s, chk[i]);
		/* "For Windows NT clients, this setting must be as follows:"
		 * in the resolution: what to make it, a set */
		if (as_follows(s) && imp_in_resolution(im, n))
			st = 1;
		/* "The following registry setting must be enabled:", "must
		 * be added": the setting is to be made, not only looked at
		 * (labelling guide: "must be" sets) */
		if (imp_ci_find(s, "must be enabled") != NULL || imp_ci_find(s, "must be added") != NULL ||
		    imp_ci_find(s, "must be created") != NULL)
			st = 1;
	}
	return d ? ASK_DELETE : st ? ASK_SET : c ? ASK_CHECK : ASK_NOTHING;
}

/* "Locate the following key:" (and nothing stronger in that sentence)
 * over the key of check c: the steps open it to add or change something
 * under it; the key is part of that fact, not one of its own (labelling
 * guide, section 4 and C13). */
static int only_opened(const struct imp *im, const struct imp_check *c)
{
	struct key_act ka;
	size_t at = c->key_line > 0 ? c->key_line : c->line;
	size_t last = c->key_last > at ? c->key_last : at, n;

	if (!imp_governing_act(im, at, &ka) || ka.verb != KV_NAVIGATE)
		return 0;
	/* "click Add Key, type X": imp_scan_added_subkeys() moves the check
	 * to the key made there, which is asked for (C13) */
	for (n = last + 1; n <= last + 8 && n < im->a->body_end; n++)
		if (imp_add_key_command(imp_line_at(im, n)) != NULL)
			return 0;
	return 1;
}

#define STEP_REACH 40 /* lines from a value up to the step it is shown in */

/* The article's own part holding line n, past sub-headings that the
 * parser also reads as sections ("WINDOWS NT 4.0" underlined inside
 * RESOLUTION): the nearest section at or above it with one of the names
 * KB articles give their parts, or NULL. */
static const struct kb_article_section *part_of(const struct imp *im, size_t n)
{
	static const char *const parts[] = { "SYMPTOMS", "SYMPTOM", "CAUSE", "RESOLUTION", "WORKAROUND", "WORKAROUNDS",
					     "SOLUTION", "MORE INFORMATION", "STATUS", "SUMMARY", "REFERENCES",
					     "INTRODUCTION", NULL };
	const struct kb_article_section *sec = imp_section_of(im, n);

	for (; sec != NULL; sec--) {
		if (sec->name != NULL && imp_word_in(sec->name, strlen(sec->name), parts))
			return sec;
		if (sec == im->a->sections)
			break;
	}
	return NULL;
}

/* Part p tells what to do: RESOLUTION, WORKAROUND(S), SOLUTION. */
static int fix_part(const struct kb_article_section *p)
{
	static const char *const fixes[] = { "RESOLUTION", "WORKAROUND", "WORKAROUNDS", "SOLUTION", NULL };

	return p != NULL && imp_word_in(p->name, strlen(p->name), fixes);
}

/* Words in s saying the state shown is the one required: the cues as
 * whole words (not the "confirm" in "ConfirmDelete"), "correctly" not
 * negated ("Setup does not correctly update" shows the bad state). */
static int says_required(const char *s)
{
	static const char *const cues[] = { "verify", "make sure", "ensure", "check that", "confirm",
					    "must be", "must contain", "must have", "must read", "should be",
					    "should read", "should contain", "should have", "should look",
					    "normally", NULL };
	static const char *const against[] = { "but", "however", "reads", NULL };
	const char *p;

	/* "it should be 1, but it reads:", "normally on; after the
	 * upgrade it reads": the words set the right state against the
	 * one shown */
	if (imp_find_any_word(s, against) != NULL)
		return 0;
	if (imp_find_any_word(s, cues) != NULL)
		return 1;
	p = imp_find_word(s, "correctly");
	return p != NULL && !imp_negated_before(s, p);
}

/* A value no step sets (a check only) is the state the computer must
 * hold when the article gives it where it says what to do (RESOLUTION,
 * WORKAROUND), or, in another part but SYMPTOMS and CAUSE, says so in
 * words around it ("verify that", "make sure", "must be", "should read",
 * "if it is installed correctly").  In SYMPTOMS and CAUSE it is the
 * state that goes wrong, whatever the words ("it should be 0, but it
 * reads: 1").  A repair audit of such checks found 11 of 11 wrong in
 * SYMPTOMS, CAUSE, SUMMARY and STATUS, and 8 wrong, 3 arguable, 2 right
 * in MORE INFORMATION. */
static int shown_as_required(const struct imp *im, const struct imp_check *c)
{
	const struct kb_article_section *part = part_of(im, c->line), *sec = imp_section_of(im, c->line);
	size_t first = imp_check_first_line(c), last = imp_check_last_line(c), n;
	/* the lines of the value's own section (none: the text before the
	 * first section) */
	size_t sec_first = sec != NULL ? sec->first_line : im->a->body_first;
	size_t sec_end = sec != NULL ? sec->end_line : (im->a->n_sections > 0 ? im->a->sections[0].first_line
									     : im->a->body_end);

	if (fix_part(part))
		return 1;
	if (part != NULL && (imp_symptoms_section(part) || strcasecmp(part->name, "CAUSE") == 0))
		return 0;
	/* the step the value's listing belongs to ("16. Verify the values
	 * for the DLLs. ... normally look like the following:"), in its
	 * own section */
	for (n = first; n > im->a->body_first && n + STEP_REACH > first && n >= sec_first; n--)
		if (imp_numbered_step(imp_line_at(im, n))) {
			first = n;
			break;
		}
	first = imp_ask_window_start(im, first);
	if (first < sec_first)
		first = sec_first;
	for (n = first; n <= last + 2 && n < sec_end && n < im->a->body_end; n++)
		if (says_required(imp_line_at(im, n)))
			return 1;
	return 0;
}

void imp_drop_shown_values(struct imp *im)
{
	size_t i = 0;

	while (i < im->n_checks) {
		const struct imp_check *c = &im->checks[i];
		if (c->value == NULL || c->repair || c->key == NULL || shown_as_required(im, c)) {
			i++;
			continue;
		}
		imp_drop_check_reviewed(im, i,
					imp_fmt(im, "not drafted: %s\\%s: the article shows this value outside its "
						    "resolution and asks nothing of it (no step sets it, no words say "
						    "it must be so): a description, a default, a sample or the state "
						    "that goes wrong",
						c->key, c->value),
					imp_fmt(im, "not drafted: the key %s: only a value shown under it, which the "
						    "article asks nothing of",
						c->key));
	}
}

/* "Add a FrobAlias key to" / "Under the following key, create a key
 * named X:" before the key at key_line (kbimport_leadkey.c): the name of
 * the key asked for, made under it; NULL when none.  Not in the symptoms
 * or the cause, which tell what happens, nor in steps that reproduce the
 * problem ("Steps to Reproduce the Problem" or "To reproduce ..." above
 * the key in its section), which make what the fix takes away. */
static const char *lead_in_name(struct imp *im, size_t key_line)
{
	const char *name;
	size_t len;

	/* the reading first: the section is scanned only for a key it
	 * names, not for every path of a list of thousands */
	if (imp_in_symptoms_or_cause(im, key_line) || (name = imp_lead_in_subkey(im, key_line, &len)) == NULL)
		return NULL;
	return imp_in_reproduction(im, key_line) ? NULL : name;
}

int imp_in_reproduction(const struct imp *im, size_t line)
{
	static const char *const words[] = { "reproduce", "reproduces", NULL };
	const struct kb_article_section *sec = imp_section_of(im, line);
	const char *t, *last;
	size_t n;

	for (n = sec != NULL ? sec->first_line : line; n < line; n++) {
		t = imp_skip_ws(imp_line_at(im, n));
		if (imp_starts_ci(t, "To reproduce") || imp_starts_ci(t, "Steps to Reproduce"))
			return 1;
		/* "The following steps reproduce the problem:": a lead-in's
		 * last sentence, not "Microsoft has not been able to
		 * reproduce this problem." */
		if (!imp_ends_with_colon(t) || (last = imp_find_any_word(t, words)) == NULL)
			continue;
		if (strstr(last, ". ") == NULL && !imp_negated_before(t, last))
			return 1;
	}
	return 0;
}

/* Check c is on the key that the words before its parent's path ask to
 * make ("Add a key named X to the following key:"): its key ends in the
 * name lead_in_name() reads there. */
static int made_by_lead_in(struct imp *im, const struct imp_check *c)
{
	size_t at = c->key_line > 0 ? c->key_line : c->line;
	const char *name = lead_in_name(im, at);

	return name != NULL && imp_key_ends_in(c->key, name);
}

void imp_decide_asked(struct imp *im, struct imp_check *c)
{
	struct imp_check read = *c;
	const char *mended;

	/* read as imp_gate() will mend it, once every pass has run */
	if ((mended = imp_joined_guid_key(im, read.key)) != NULL)
		read.key = mended;
	if ((mended = imp_name_before_from(im, &read)) != NULL)
		read.value = mended;
	c->not_asked_late = 0;
	c->not_asked = imp_why_misnamed(im, &read);
	if (c->not_asked == NULL)
		c->not_asked = imp_why_shown(im, &read, &c->not_asked_late);
	/* after the reasons above, which say more of a key only shown or
	 * misnamed: HKLM\HARDWARE is no check nor repair in any case */
	if (c->not_asked == NULL)
		c->not_asked = imp_volatile_hive_why(&read);
	if (c->not_asked == NULL) {
		c->not_asked = imp_loaded_hive_why(im, &read);
		c->not_asked_late = 1;
	}
	if (c->not_asked != NULL || read.value != NULL || read.expect != IE_EXISTS)
		return;
	/* a key asked for, whose steps then add under it: what is asked is
	 * under the key, which is kept as a check only (not the key the
	 * words before its parent ask to make, lead_in_subkey_check()) */
	if (read.repair && !made_by_lead_in(im, &read) && (c->check_only = imp_adds_under(im, &read)) != NULL)
		c->repair = 0;
	/* a key kept as a check only (so from here, or never asked to be
	 * made) may be one the steps just open */
	if (!c->repair && only_opened(im, c))
		c->not_asked = "the steps only open this key (\"locate the following key\") to work under it: "
			       "the key is part of what they do there, not a fact of its own";
}

/* "...\Parameters\MaxFreeTcbs" followed by "Value Type: REG_DWORD", or
 * "...\Parameters\LetHex27Pass: REG_SZ: x", "...\PPP:MaxConfigure",
 * "...\DiskSpaceLowWaterMark (DWORD)": the path ends in a value name.
 * Splits *key and fills v; 0 when the path is a key (*key then without
 * the colon that leads in to named values below it, "...\\Parameters:"). */
int imp_trailing_value(struct imp *im, const char **key, size_t key_line, size_t key_last,
			  struct value_spec *v)
{
	const char *k = *key, *last = strrchr(k, '\\'), *colon, *next = NULL, *t;
	size_t m;

	if (last == NULL || last[1] == '\0')
		return 0;
	memset(v, 0, sizeof *v);
	/* the value's name is on the path's last line: "\\Parameters" /
	 * "\\TcpMaxDataRetransmissions" written a name a line */
	v->line = key_last > key_line && imp_ci_find(imp_line_at(im, key_last), last + 1) != NULL ?
		  key_last : key_line;
	for (m = key_last + 1; m < im->a->body_end && m <= key_last + 2; m++)
		if (!imp_blank(imp_line_at(im, m))) {
			next = imp_skip_ws(imp_line_at(im, m));
			break;
		}
	colon = strchr(last, ':');
	if (colon != NULL) {
		struct value_spec iv;
		/* "\Name: REG_SZ: data" or "\Key:Name" */
		if (imp_inline_value(im, colon + 1, key_line, &iv) && iv.name == NULL) {
			*v = iv;
			v->name = imp_dupn(im, last + 1, (size_t)(colon - last - 1));
		} else if (imp_skip_ws(colon + 1)[0] == '\0') {
			/* "set the following value under ...\\Frob:" over
			 * "FrobSupport REG_DWORD 1": the colon leads in to
			 * values that have their own names, so the path is
			 * their key */
			if (next != NULL && imp_inline_value(im, next, m, &iv) && iv.name != NULL) {
				*key = imp_dupn(im, k, (size_t)(colon - k));
				return 0;
			}
			v->name = imp_dupn(im, last + 1, (size_t)(colon - last - 1));
			if (next != NULL && imp_inline_value(im, next, m, &iv) && iv.name == NULL) {
				v->type = iv.type;
				v->data = iv.data;
				im->used[m] = 1;
			}
		} else {
			v->name = imp_dupn(im, imp_skip_ws(colon + 1), imp_rtrim_len(imp_skip_ws(colon + 1), strlen(imp_skip_ws(colon + 1))));
			*key = imp_dupn(im, k, (size_t)(colon - k));
			return 1;
		}
		*key = imp_dupn(im, k, (size_t)(last - k));
		return 1;
	}
	if ((t = imp_ci_find(last, "(REG_")) != NULL || (t = imp_ci_find(last, "(DWORD)")) != NULL) {
		v->name = imp_dupn(im, last + 1, imp_rtrim_len(last + 1, (size_t)(t - last - 1)));
		v->type = *imp_skip_ws(t + 1) == 'D' || *imp_skip_ws(t + 1) == 'd' ? "REG_DWORD" :
			  imp_dupn(im, t + 1, strcspn(t + 1, ")"));
		*key = imp_dupn(im, k, (size_t)(last - k));
		return 1;
	}
	if (next == NULL)
		return 0;
	if ((t = imp_value_label(next, "Value Type")) != NULL || (t = imp_value_label(next, "Data Type")) != NULL ||
	    (t = imp_value_label(next, "Type")) != NULL) {
		const char *name;
		size_t nl, above = 0;
		if (imp_value_label(imp_skip_ws(imp_line_at(im, key_line)), "Key") != NULL)
			above = imp_name_over_key(im, key_line, &name, &nl);
		if (above != 0) {
			/* "EnablePostCmp" / "Key: HKEY_...\Parameters" /
			 * "Value Type: REG_DWORD - Boolean": the Resource Kit's
			 * parameter entry, the name over its labelled key */
			v->name = imp_dupn(im, name, nl);
			v->line = above;
			v->type = imp_dupn(im, t, imp_rtrim_len(t, strlen(t)));
			im->used[m] = 1;
			return 1;
		}
		v->name = imp_dupn(im, last + 1, strlen(last + 1));
		v->type = imp_dupn(im, t, imp_rtrim_len(t, strlen(t)));
		im->used[m] = 1;
		*key = imp_dupn(im, k, (size_t)(last - k));
		/* "...\Parameters\FrobTimeout" / "Type: REG_DWORD" / "Value:
		 * 60": the data labelled on the line under the type (not a
		 * range or a default, which document the value) */
		if (m + 1 < im->a->body_end && !im->used[m + 1]) {
			static const char *const data_labels[] = { "Value data", "Data", "Value", "Data value", NULL };
			const char *d = NULL, *u = imp_skip_ws(imp_line_at(im, m + 1));
			size_t i;
			for (i = 0; data_labels[i] != NULL && d == NULL; i++)
				d = imp_value_label(u, data_labels[i]);
			if (d != NULL && !imp_blank(d)) {
				v->data = imp_dupn(im, d, imp_rtrim_len(d, strlen(d)));
				v->last = m + 1;
				im->used[m + 1] = 1;
			}
		}
		return 1;
	}
	if ((t = imp_tail_then_type(im, k, last, next, m, v)) != NULL) {
		*key = t;
		return 1;
	}
	if (*next == '=' ) {
		/* "...\Active Messaging Use Exchange" / "= 0x00000001 (1)" */
		v->name = imp_dupn(im, last + 1, strlen(last + 1));
		v->data = imp_dupn(im, imp_skip_ws(next + 1), imp_rtrim_len(imp_skip_ws(next + 1), strlen(imp_skip_ws(next + 1))));
		v->line = m;
		im->used[m] = 1;
		*key = imp_dupn(im, k, (size_t)(last - k));
		return 1;
	}
	return 0;
}

/* b..e is one word in camel case: a capital after its first letter and
 * no space ("fUseDefaultGina", "dwStartType"). */
static int camel_case(const char *b, const char *e)
{
	const char *p;
	int upper = 0;

	for (p = b; p < e; p++) {
		if (!isalnum((unsigned char)*p))
			return 0;
		upper |= p > b && isupper((unsigned char)*p);
	}
	return upper;
}

/* "the MaxTokenSize value that is located in the following registry key",
 * "the Logging value in the following key", "the "Full Version" registry
 * value under the following subkey": in text s, a value named by the words
 * between "the" and "value" in a sentence that goes on to the key.  The
 * name (at most four words, not starting in lower case unless one word in
 * camel case) and where its "value" word is, or NULL. */
static const char *value_named_ahead(struct imp *im, const char *s, const char **at)
{
	static const char *const nouns[] = { " value ", " entry ", " parameter ", NULL };
	static const char *const links[] = { "that is located ", "which is located ", "located ",
					     "is located ", "is stored ", "is enabled ", "is disabled ",
					     "is missing ", "that is ", "which is ", "", NULL };
	static const char *const preps[] = { "in the following ", "under the following ",
					     "of the following ", "at the following ",
					     "from the following ", NULL };
	size_t i, j, k, words;
	const char *p, *q, *b, *e;

	for (i = 0; nouns[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, nouns[i])) != NULL; p++) {
			q = p + strlen(nouns[i]);
			for (j = 0; links[j] != NULL; j++) {
				if (!imp_starts_ci(q, links[j]))
					continue;
				for (k = 0; preps[k] != NULL; k++)
					if (imp_starts_ci(q + strlen(links[j]), preps[k]))
						break;
				if (preps[k] != NULL)
					break;
			}
			if (links[j] == NULL)
				continue;
			q += strlen(links[j]) + strlen(preps[k]);
			if (imp_starts_ci(q, "registry "))
				q += 9;
			if (!imp_starts_ci(q, "key") && !imp_starts_ci(q, "subkey") &&
			    !imp_starts_ci(q, "location"))
				continue;
			e = p;
			if (e - s >= 9 && imp_starts_ci(e - 9, " registry"))
				e -= 9;
			/* back to "the", over at most four words */
			for (b = e, words = 0; words < 5; words++) {
				const char *we, *w = imp_word_before(s, b, IMP_WORD_TOKEN, &we);
				if (we - w == 3 && strncasecmp(w, "the", 3) == 0)
					break;
				if (w == we) {
					words = 5;
					break;
				}
				b = w;
			}
			/* a name in lower case only when written in camel case
			 * ("fUseDefaultGina"), not words ("the default value") */
			if (words == 0 || words >= 5 || (islower((unsigned char)*b) && !camel_case(b, e)))
				continue;
			if (*b == '"' && e - b >= 2 && e[-1] == '"') {
				b++;
				e--;
			}
			if (strcspn(b, ".,:;()\\") < (size_t)(e - b) || imp_starts_ci(b, "REG_") ||
			    imp_starts_ci(b, "DWORD") || imp_starts_ci(b, "String") || imp_starts_ci(b, "Binary"))
				continue;
			*at = p;
			return imp_dupn(im, b, (size_t)(e - b));
		}
	return NULL;
}

/* "parameter SQLEnabled", "registry entry X": the length of the word
 * for a value before its name, 0 when there is none. */
static size_t lead_noun(const char *s, size_t n)
{
	static const char *const nouns[] = { "parameter ", "registry entry ", "registry value ",
					     "registry parameter ", "entry ", NULL };
	size_t i;

	for (i = 0; nouns[i] != NULL; i++)
		if (n > strlen(nouns[i]) && imp_starts_ci(s, nouns[i]))
			return strlen(nouns[i]);
	return 0;
}

/* "value of RemoteListen from 1", "data value for the UseHomeDirectory
 * entry": the value's name inside the words naming its data, or NULL
 * when they name none ("data from 1", "value of the key"). */
static const char *name_in_words(struct imp *im, const char *s, size_t n)
{
	static const char *const heads[] = { "data value ", "value data ", "data ", "value ", NULL };
	static const char *const tails[] = { " string", " entry", " value", " DWORD", " parameter", NULL };
	const char *e = s + n, *f;
	size_t i;

	for (i = 0; heads[i] != NULL; i++)
		if ((size_t)(e - s) > strlen(heads[i]) && imp_starts_ci(s, heads[i])) {
			s += strlen(heads[i]);
			break;
		}
	if (heads[i] == NULL)
		return NULL;
	if (imp_starts_ci(s, "for "))
		s += 4;
	else if (imp_starts_ci(s, "of "))
		s += 3;
	else
		return NULL;
	if (imp_starts_ci(s, "the "))
		s += 4;
	for (f = s; f + 6 <= e; f++)
		if (imp_starts_ci(f, " from ")) {
			e = f;
			break;
		}
	for (i = 0; tails[i] != NULL; i++)
		if ((size_t)(e - s) > strlen(tails[i]) && strncasecmp(e - strlen(tails[i]), tails[i], strlen(tails[i])) == 0) {
			e -= strlen(tails[i]);
			break;
		}
	/* one name, written as names are: no spaces, not a common word */
	if (e <= s || memchr(s, ' ', (size_t)(e - s)) != NULL || islower((unsigned char)*s) ||
	    memchr(s, ',', (size_t)(e - s)) != NULL || memchr(s, '.', (size_t)(e - s)) != NULL)
		return NULL;
	return imp_dupn(im, s, (size_t)(e - s));
}

/* "setting", "option", "number": a common noun where a value's name
 * would stand. */
static int generic_noun(const char *s, size_t n)
{
	static const char *const nouns[] = { "setting", "settings", "option", "options", "number",
					     "size", "level", "limit", "default", "timeout", "registry",
					     "flag", "count", "interval", "time", NULL };
	size_t i;

	for (i = 0; nouns[i] != NULL; i++)
		if (strlen(nouns[i]) == n && strncasecmp(nouns[i], s, n) == 0)
			return 1;
	return 0;
}

/* "change the Autorun value to 0", "Set MaxWorkItems to 4096", "set the
 * <key>\SQL Enabled registry parameter to 1", "Change it to 0x00000004":
 * a value given in words in lines first..last.  The name is the words
 * between the verb and "to" ("it" or the key itself: the path's last
 * name, which must then be a value).  Fills v; 0 when none. */
/* "For example, if you want to change the X value to 10 MB, enter a value
 * of 10000000": the sentence holding the verb at p (in s) gives an
 * example of what the reader may pick, not data the article asks for.
 * (A size in a unit, "to 10 MB", is imp_set_datum()'s to see.) */
static int example_said(const char *s, const char *p)
{
	static const char *const examples[] = { "for example", "for instance", "e.g.", NULL };
	const char *b = p;
	size_t i;

	/* back to the start of the sentence */
	while (b > s && !((b[-1] == ' ') && b - 1 > s && (b[-2] == '.' || b[-2] == ':') &&
			  !(b - 5 >= s && strncmp(b - 5, "e.g.", 4) == 0)))
		b--;
	for (i = 0; examples[i] != NULL; i++) {
		const char *e = imp_ci_find(b, examples[i]);
		if (e != NULL && e < p)
			return 1;
	}
	return 0;
}

size_t imp_values_picked_before(struct imp *im, const char *s, const char *p, const char *key,
				const char **name)
{
	static const char *const picks[] = { "double-click ", "right-click ", "select ", "locate ", "find ", NULL };
	const char *b = s, *q, *w, *e, *n, *last = key != NULL ? strrchr(key, '\\') : NULL, *found = NULL;
	size_t i, wl, tl, fl = 0, count = 0;
	int the;

	for (q = s; q < p; q++)
		if (*q == '\\')
			b = q + 1;
	last = last != NULL ? last + 1 : key;
	if (name != NULL)
		*name = NULL;
	for (q = b; q < p; q++) {
		if (q > b && isalpha((unsigned char)q[-1]))
			continue;
		for (i = 0; picks[i] != NULL && !imp_starts_ci(q, picks[i]); i++)
			;
		w = picks[i] != NULL ? q + strlen(picks[i]) : q;
		if ((the = imp_starts_ci(w, "the ")) != 0)
			w += 4;
		/* a pick, or "the X value" on its own */
		if (picks[i] == NULL && !the)
			continue;
		for (e = w; e < p && *e != ' ' && *e != ',' && *e != '.'; e++)
			;
		wl = (size_t)(e - w);
		if (wl == 0 || !imp_name_shaped(w, wl) ||
		    (last != NULL && strlen(last) == wl && strncasecmp(w, last, wl) == 0))
			continue;
		/* "Locate the X value", "double-click the X REG_DWORD value":
		 * the noun after the name (a type's word between); a bare
		 * double-click or right-click ("double-click X") needs none */
		n = e;
		if (*n == ' ' && imp_type_word_at(n + 1, &tl) != NULL)
			n += 1 + tl;
		if ((picks[i] == NULL || i >= 2 || the) &&
		    !((imp_starts_ci(n, " value") || imp_starts_ci(n, " entry")) && !isalpha((unsigned char)n[6])))
			continue;
		if (found == NULL || !(fl == wl && strncasecmp(found, w, wl) == 0))
			count++;
		found = w;
		fl = wl;
		q = n;
	}
	if (name != NULL && count == 1)
		*name = imp_dupn(im, found, fl);
	return count;
}

/* Between q (at "create a" or "add a") and p, the words name a value:
 * a name with a capital, not a type's word, then "value" or "entry"
 * ("Create a FrobCheck DWORD value"; not "add a registry value", whose
 * name is the path's last). */
static int value_word_between(const char *q, const char *p)
{
	const char *w;
	size_t tl;
	int named = 0;

	for (w = q + strcspn(q, " "); w < p; w++) {
		if (w[-1] != ' ')
			continue;
		if ((imp_starts_ci(w, "value") || imp_starts_ci(w, "entry")) && !isalpha((unsigned char)w[5]))
			return named;
		if (isupper((unsigned char)*w) && imp_type_word_at(w, &tl) == NULL)
			named = 1;
	}
	return 0;
}

/* The sentence of s that holds p, or the steps since the last path
 * before p, make or name a value before p: "New" (Regedit's menu), "name
 * it", "named" ("point to New, click DWORD Value, name it Frob, and set
 * it to 1"; "2. On the Edit menu, point to New ... 3. Type Frob, and then
 * press ENTER. 4. Set it to 1."), "create a ... value". */
static int makes_value_before(const char *s, const char *p)
{
	const char *b = p, *q, *path = NULL;

	while (b > s && !(b[-1] == ' ' && b - 1 > s && (b[-2] == '.' || b[-2] == ':')))
		b--;
	for (q = s; q < b; q++)
		if (*q == '\\')
			path = q + 1;
	if (path != NULL)
		b = path;
	for (q = b; q < p; q++) {
		if (q > b && isalpha((unsigned char)q[-1]))
			continue;
		if ((strncmp(q, "New", 3) == 0 && !isalpha((unsigned char)q[3])) || imp_starts_ci(q, "name it ") ||
		    imp_starts_ci(q, "named "))
			return 1;
		/* "Create a FrobCheck DWORD value, and set it to 1" */
		if ((imp_starts_ci(q, "create a") || imp_starts_ci(q, "add a")) && value_word_between(q, p))
			return 1;
	}
	return 0;
}

/* "create the following DWORD registry value, and set it equal to 1":
 * the type the sentence holding the verb at p (in s) gives the value
 * before it ("a REG_SZ value", "the following DWORD registry entry"), or
 * NULL. */
static const char *type_said_before(const char *s, const char *p)
{
	const char *b = p, *q, *type, *w;
	size_t len;

	while (b > s && !(b[-1] == ' ' && b - 1 > s && (b[-2] == '.' || b[-2] == ':')))
		b--;
	for (q = b; q < p; q++) {
		if ((q > s && isalnum((unsigned char)q[-1])) || (type = imp_type_word_at(q, &len)) == NULL)
			continue;
		w = imp_skip_ws(q + len);
		if (imp_starts_word(w, "registry"))
			w = imp_skip_ws(w + 8);
		if (w < p && (imp_starts_word(w, "value") || imp_starts_word(w, "entry")))
			return type;
	}
	return NULL;
}

int imp_prose_value(struct imp *im, const char *key, size_t first, size_t last,
		       const char **value_key, struct value_spec *v)
{
	struct kb_buf b = { 0 };
	const char *p, *s, *to, *num, *name_from, *named = NULL, *ahead, *ahead_at = NULL, *said;
	struct set_datum sd;
	size_t n, nl = 0, starts[16], n_starts = 0, h;
	int found = 0;

	if (first < im->a->body_first)
		first = im->a->body_first;
	/* (the shared join flags im->oom when it cannot grow: this reader's
	 * own loop did not, and a value set in words went missing from the
	 * draft instead of the article being refused) */
	n_starts = imp_join_lines(im, first, last, &b, starts, 16);
	if (b.oom || b.p == NULL) {
		kb_buf_free(&b);
		return 0;
	}
	s = b.p;
	/* "Locate the OpenRetryDelay value under the following key" */
	for (p = s; (p = imp_ci_find(p, " value under")) != NULL || (p = NULL, 0); p++) {
		const char *q = p;
		while (q > s && q[-1] != ' ')
			q--;
		if (q > s + 4 && imp_starts_ci(q - 4, "the "))
			named = imp_dupn(im, q, (size_t)(p - q));
		break;
	}
	ahead = value_named_ahead(im, s, &ahead_at);
	for (p = s; !found && *p != '\0'; p++) {
		size_t vl;
		int following = 0;
		const char *named_type = NULL;
		if (!(p == s || p[-1] == ' ') ||
		    !(imp_starts_ci(p, "set ") || imp_starts_ci(p, "change ") || imp_starts_ci(p, "setting ")))
			continue;
		if (p >= s + 3 && (imp_starts_ci(p - 3, "is ") || imp_starts_ci(p - 3, "be ")))
			continue;
		vl = imp_starts_ci(p, "set ") ? 4 : imp_starts_ci(p, "setting ") ? 8 : 7;
		to = imp_starts_ci(p + vl, "to ") ? p + vl - 1 : strstr(p + vl, " to ");
		if (to == NULL || to - p > 160)
			continue;
		/* "to 10000 (HEX)", "to (DWORD) 1", not "to 0 or 1".  Data in
		 * words ("set it to zero (0)") are the steps' to read
		 * (kbimport_procedure.c), which know what "it" is: here "it"
		 * is the path's last name */
		if (!imp_set_datum(im, to + 4, &sd) || sd.in_words || example_said(s, p))
			continue;
		num = sd.data;
		name_from = imp_skip_ws(p + vl);
		if (imp_starts_ci(name_from, "the "))
			name_from += 4;
		/* "you must set to 1 the following entry:": no words between
		 * the verb and "to" (to stands before name_from); the value
		 * is the path's last name, as for "the following".  Without
		 * "following" after the data ("SomeName set to 0x1a") the
		 * name is not after the verb: no value here. */
		if (to < name_from) {
			const char *f = imp_ci_find(to, "following"), *w;
			if (f == NULL || f - to > 40)
				continue;
			/* "set to 0x1 on the following key:": what follows is
			 * the key the values named before are in, not a value */
			w = imp_skip_ws(f + 9);
			if (imp_starts_ci(w, "registry "))
				w = imp_skip_ws(w + 9);
			if (imp_starts_word(w, "key") || imp_starts_word(w, "subkey") || imp_starts_word(w, "keys") ||
			    imp_starts_word(w, "subkeys"))
				continue;
			following = 1;
		}
		nl = to > name_from ? (size_t)(to - name_from) : 0;
		if (ahead != NULL && ahead_at > name_from && ahead_at < to) {
			/* "Change the Logging value in the following registry
			 * key to 1:": the name stands before the key's words */
			memset(v, 0, sizeof *v);
			v->data = num;
			v->type = "REG_DWORD";
			v->type_assumed = !sd.dword_said;
			v->line = imp_joined_line(first, starts, n_starts, (size_t)(ahead_at - s));
			v->name = ahead;
			*value_key = key;
			found = 1;
			break;
		}
		{
			const char *e = name_from + nl;
			/* " equal": "set it equal to 1" says "to" */
			static const char *const tails[] = { " value", " entry", " parameter",
							     " registry", " data", " equal", NULL };
			size_t i;
			int again = 1;
			while (again) {
				again = 0;
				for (i = 0; tails[i] != NULL; i++) {
					size_t tl = strlen(tails[i]);
					if ((size_t)(e - name_from) >= tl && strncasecmp(e - tl, tails[i], tl) == 0) {
						e -= tl;
						again = 1;
					}
				}
			}
			nl = (size_t)(e - name_from);
			/* "Set the FrobCheck DWORD value to 1": the type's word
			 * ends the name's words; the name is before it */
			{
				size_t tl;
				const char *tw = imp_type_word_before(name_from, name_from + nl, &tl);
				if (tw != NULL && nl > tl + 1 && name_from[nl - tl - 1] == ' ') {
					named_type = tw;
					nl -= tl + 1;
				}
			}
			/* "Change the following registry entry to 0x20" over a
			 * path that ends in the value's name: "following" is
			 * the word for it, not a name */
			if (nl == 9 && strncasecmp(name_from, "following", 9) == 0) {
				const char *k1 = imp_ci_find(s, "HKEY_");
				if (name_from + nl == to)
					continue;       /* "the following": no word for a value */
				/* the path it points to is this key, after the
				 * words, not one named before them */
				if (k1 == NULL || k1 < p)
					continue;
				following = 1;
			}
			if ((nl == 5 && strncasecmp(name_from, "value", 5) == 0) ||
			    (nl == 5 && strncasecmp(name_from, "entry", 5) == 0) ||
			    (nl == 9 && strncasecmp(name_from, "parameter", 9) == 0) ||
			    (nl > 0 && name_from[0] == '('))
				nl = 0;
		}
		memset(v, 0, sizeof *v);
		v->data = num;
		v->type = named_type != NULL ? named_type : "REG_DWORD";
		/* "Change the DWORD value to 1" says it too */
		v->type_assumed = named_type == NULL && !sd.dword_said &&
				  !(nl == 5 && strncasecmp(name_from, "DWORD", 5) == 0);
		if (v->type_assumed && (said = type_said_before(s, p)) != NULL) {
			v->type = said;
			v->type_assumed = 0;
		}
		/* the line the verb is on */
		for (n = 0; n + 1 < n_starts && starts[n + 1] <= (size_t)(p - s); n++)
			;
		v->line = first + n;
		*value_key = key;
		/* "Change the DWORD value to 1": the value's kind, no name,
		 * as "it" */
		if (nl == 0 || following || (nl == 2 && strncasecmp(name_from, "it", 2) == 0) ||
		    (nl == 5 && strncasecmp(name_from, "DWORD", 5) == 0) ||
		    memchr(name_from, '\\', nl) != NULL) {
			const char *lastc = strrchr(key, '\\');
			/* "point to New, click DWORD Value, name it Frob, and
			 * set it to 1": "it" is the value the sentence makes,
			 * which the steps' reader names, not the path's last
			 * name */
			if (nl == 2 && (makes_value_before(s, p) || imp_values_picked_before(im, s, p, key, NULL) > 0))
				continue;
			/* "set the * entry in <path>\\ to 1": a path closed by
			 * its backslash is a key; the value is named before it */
			if (imp_rtrim_len(name_from, nl) > 0 &&
			    name_from[imp_rtrim_len(name_from, nl) - 1] == '\\')
				continue;
			if (named != NULL && memchr(name_from, '\\', nl) == NULL) {
				v->name = named;
			} else if ((nl > 0 || following) && lastc != NULL) {
				v->name = imp_dupn(im, lastc + 1, strlen(lastc + 1));
				*value_key = imp_dupn(im, key, (size_t)(lastc - key));
			} else {
				continue;
			}
		} else if ((nl >= 4 && strncasecmp(name_from, "data", 4) == 0) ||
			   (nl >= 5 && strncasecmp(name_from, "value", 5) == 0)) {
			/* "change the value of RemoteListen from 1 to 2", "set
			 * the data value for UseHomeDirectory to 0": the name
			 * is inside; "change data from 1 to 0" names none */
			if ((v->name = name_in_words(im, name_from, nl)) == NULL)
				continue;
			/* "the value for the DirectHost string": a string */
			if (nl > 7 && strncasecmp(name_from + nl - 7, " string", 7) == 0) {
				v->type = "REG_SZ";
				v->type_assumed = 0;
			}
		} else if ((nl >= 4 && (strncasecmp(name_from, "this", 4) == 0 ||
					strncasecmp(name_from, "that", 4) == 0) &&
			    (nl == 4 || name_from[4] == ' ')) ||
			   (nl == 3 && strncasecmp(name_from, "its", 3) == 0) ||
			   (nl == 3 && strncasecmp(name_from, "key", 3) == 0)) {
			/* "Set this value to 2", "Set this key to 0x1": the
			 * name is elsewhere */
			continue;
		} else if ((h = lead_noun(name_from, nl)) > 0) {
			/* "Set the parameter SQLEnabled to 1": one name after
			 * the word for it */
			if (memchr(name_from + h, ' ', nl - h) != NULL || islower((unsigned char)name_from[h]))
				continue;
			v->name = imp_dupn(im, name_from + h, nl - h);
		} else if (generic_noun(name_from, nl)) {
			/* "change the setting to 0": a word for a value, not
			 * its name */
			continue;
		} else if (nl <= 40 && memchr(name_from, ',', nl) == NULL &&
			   memchr(name_from, '.', nl) == NULL) {
			/* "Change the 'EnableIpRouting' value to 0": the quotes
			 * are not the name's */
			if (nl > 2 && (name_from[0] == '\'' || name_from[0] == '"') && name_from[nl - 1] == name_from[0]) {
				name_from++;
				nl -= 2;
			}
			v->name = imp_dupn(im, name_from, nl);
		} else {
			continue;
		}
		found = 1;
	}
	kb_buf_free(&b);
	return found;
}

/* At p, just past a value's name: "is 0x3000", "= 0x1", ": 0x1f", " value
 * is 0x10": its data in 0x form, which only a DWORD has. */
static int data_in_hex_after(const char *p)
{
	static const char *const joins[] = { "value is ", "is ", "= ", "=", ": ", NULL };
	size_t i;

	p = imp_skip_ws(p);
	for (i = 0; joins[i] != NULL; i++)
		if (imp_starts_ci(p, joins[i])) {
			p = imp_skip_ws(p + strlen(joins[i]));
			/* "is 0x10 bytes long": a size, not data */
			return imp_starts_ci(p, "0x") && isxdigit((unsigned char)p[2]) &&
			       !imp_unit_after(p + 2 + strspn(p + 2, "0123456789abcdefABCDEF"));
		}
	return 0;
}

/* The type written with the name at p (nl bytes, in s): "the UpdateMode
 * DWORD value", "the Foo REG_SZ entry", "a REG_DWORD value named Foo",
 * "the DWORD value Foo".  The noun after the type word ties it to the
 * name: "Foo DWORD" alone may be a column of a table. */
static const char *type_word_with_name(const char *s, const char *p, size_t nl)
{
	static const char *const nouns[] = { "value", "entry", "parameter", NULL };
	static const char *const links[] = { " named", " called", "", NULL };
	const char *q = p + nl, *t, *e;
	size_t tl, i, j;

	/* after the name: "<name> <type> value" */
	if (*q == ' ' && (t = imp_type_word_at(q + 1, &tl)) != NULL) {
		q = imp_skip_ws(q + 1 + tl);
		for (i = 0; nouns[i] != NULL; i++)
			if (imp_starts_ci(q, nouns[i]) && !isalpha((unsigned char)q[strlen(nouns[i])]))
				return t;
	}
	/* before it: "<type> value [named|called] <name>" */
	if (p == s || p[-1] != ' ')
		return NULL;
	for (j = 0; links[j] != NULL; j++) {
		size_t ll = strlen(links[j]);
		if ((size_t)(p - 1 - s) < ll || strncasecmp(p - 1 - ll, links[j], ll) != 0)
			continue;
		e = p - 1 - ll;                 /* the end of the noun */
		for (i = 0; nouns[i] != NULL; i++) {
			size_t l = strlen(nouns[i]);
			if ((size_t)(e - s) < l + 2 || strncasecmp(e - l, nouns[i], l) != 0 || e[-(ptrdiff_t)l - 1] != ' ')
				continue;
			if ((t = imp_type_word_before(s, e - l - 1, &tl)) != NULL)
				return t;
		}
	}
	return NULL;
}

/* Line n lists the value name with its type, read as the article's
 * listings are: "Name: REG_SZ: x" or "Name  REG_DWORD  1"
 * (imp_inline_value()), '"Name"=dword:1' (REGEDIT), "Name is 0x10", or
 * "Value Name: Name" over "Data Type: REG_SZ".  Never a type named in
 * prose near the name, which may be another value's.  NULL when the line
 * lists none. */
static const char *listed_type(struct imp *im, size_t n, const char *name)
{
	static const char *const type_labels[] = { "Data Type", "Value Type", "Type", NULL };
	const char *s = imp_line_at(im, n), *p, *t;
	struct value_spec v;
	size_t k, i, nl = strlen(name);
	int guessed;

	if (imp_inline_value(im, s, n, &v) && v.name != NULL && v.type != NULL &&
	    strcasecmp(imp_clean_field(im, v.name, strlen(v.name)), name) == 0)
		return imp_reg_type(v.type, 1, NULL, &guessed);
	for (p = s; (p = imp_ci_find(p, name)) != NULL; p += nl) {
		/* "MaxPorts = 0x20" is another value's, not Ports' */
		if ((p > s && imp_key_name_char((unsigned char)p[-1])) || imp_key_name_char((unsigned char)p[nl]))
			continue;
		if (p > s && p[-1] == '"' && p[nl] == '"' && p[nl + 1] == '=') {
			if (imp_starts_ci(p + nl + 2, "dword:"))
				return "REG_DWORD";
			if (p[nl + 2] == '"')
				return "REG_SZ";
		}
		/* "the value for Foo is 0x03000000", "Foo = 0x1": hex data
		 * said of the name itself */
		if (data_in_hex_after(p + nl))
			return "REG_DWORD";
		if ((t = type_word_with_name(s, p, nl)) != NULL)
			return t;
	}
	p = imp_skip_ws(s);
	if (imp_starts_ci(p, "Value Name"))
		p += 10;
	else if (imp_starts_ci(p, "Name"))
		p += 4;
	else
		return NULL;
	p = imp_skip_ws(p);
	if (*p != ':' || strncasecmp(imp_skip_ws(p + 1), name, nl) != 0 ||
	    !imp_blank(imp_skip_ws(p + 1) + nl))
		return NULL;
	/* the type label on the next lines of the same block */
	for (k = n + 1; k <= n + 2 && k < im->a->body_end; k++) {
		const char *l = imp_skip_ws(imp_line_at(im, k));
		for (i = 0; type_labels[i] != NULL; i++)
			if (imp_starts_ci(l, type_labels[i]) && *(t = imp_skip_ws(l + strlen(type_labels[i]))) == ':')
				return imp_reg_type(imp_skip_ws(t + 1), 1, NULL, &guessed);
		if (imp_blank(l) || strchr(l, ':') == NULL)
			return NULL;
	}
	return NULL;
}

/* s holds a word that starts a path in a machine hive or a short root
 * ("SOFTWARE\Frob\Client", "HKCU\Software\Frob"), even under names
 * imp_relative_path() does not know. */
static int hive_word_in(const char *s)
{
	static const char *const starts[] = { "SOFTWARE\\", "SYSTEM\\", "HKCU\\", "HKU\\", "HKCR\\", NULL };
	const char *p;
	size_t i;

	for (i = 0; starts[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, starts[i])) != NULL; p++)
			if ((p == s || (!imp_key_name_char((unsigned char)p[-1]) && p[-1] != '\\')) &&
			    imp_key_name_char((unsigned char)p[strlen(starts[i])]))
				return 1;
	return 0;
}

/* The nearest line above n naming a key, 0 when none: from its root, or
 * relative to a machine hive ("go to the SOFTWARE\Frob\Client key"),
 * which names another key as much. */
static size_t key_line_above(const struct imp *im, size_t n)
{
	size_t len;
	int alone;

	while (n-- > im->a->body_first) {
		const char *s = imp_line_at(im, n);
		if (imp_ci_find(s, "HKEY_") != NULL || imp_ci_find(s, "HKLM\\") != NULL ||
		    imp_relative_path(s, &len, &alone) != NULL || hive_word_in(s))
			return n;
	}
	return 0;
}

/* A listing at line n stands under the key named at key_line: no key is
 * named above it, or the key line is the nearest above it (a root named
 * just before a relative path counts as its line), or the nearest names
 * the same path again. */
static int under_same_key(const struct imp *im, size_t n, size_t key_line)
{
	size_t k = key_line_above(im, n);
	const char *a, *b;

	if (k == 0 || key_line == 0 || k == key_line || (key_line < n && k <= key_line))
		return 1;
	/* "Expand HKEY_LOCAL_MACHINE to the following subkey:" over the
	 * path relative to it: the key's own lines */
	if (k > key_line && k <= key_line + 3 && k < n)
		return 1;
	a = imp_skip_ws(imp_line_at(im, k));
	b = imp_skip_ws(imp_line_at(im, key_line));
	return imp_rtrim_len(a, strlen(a)) == imp_rtrim_len(b, strlen(b)) &&
	       strncasecmp(a, b, imp_rtrim_len(a, strlen(a))) == 0;
}

const char *imp_type_shown_for(struct imp *im, const char *name, size_t key_line, size_t *line)
{
	const char *found = NULL, *t;
	size_t n, found_line = 0;

	if (name == NULL || strlen(name) < 3)
		return NULL;
	for (n = im->a->body_first; n < im->a->body_end; n++) {
		if (imp_ci_find(imp_line_at(im, n), name) == NULL || (t = listed_type(im, n, name)) == NULL ||
		    !under_same_key(im, n, key_line))
			continue;
		/* two types listed for one name: none to take */
		if (found != NULL && strcmp(found, t) != 0)
			return NULL;
		if (found == NULL)
			found_line = n;
		found = t;
	}
	if (found != NULL && line != NULL)
		*line = found_line;
	return found;
}

int imp_settle_assumed_type(struct imp *im, size_t key_line, struct value_spec *v)
{
	size_t shown = 0;

	if (!v->type_assumed)
		return 1;
	v->type_assumed = 0;
	v->type = imp_type_shown_for(im, v->name, key_line, &shown);
	if (v->type == NULL) {
		imp_review(im, v->line, T_CHECKS, 0,
			   imp_fmt(im, "value '%s' is set to %s in words, and the article gives no type for it (guide C11): write its check by hand",
				   v->name, v->data));
		return 0;
	}
	imp_review(im, v->line, T_CHECKS, 0,
		   imp_fmt(im, "value '%s' is set in words with no type; %s is the type the article lists for it on line %zu: check it",
			   v->name, v->type, shown));
	return 1;
}

const char *imp_value_ahead_of_key(struct imp *im, size_t key_line, size_t *line)
{
	struct kb_buf b = { 0 };
	const char *name = NULL, *at;
	size_t first = imp_ask_window_start(im, key_line), starts[16], n_starts = 0;

	if (first < im->a->body_first)
		first = im->a->body_first;
	if (key_line > first)
		n_starts = imp_join_lines(im, first, key_line - 1, &b, starts, 16);
	if (!b.oom && b.p != NULL && (name = value_named_ahead(im, b.p, &at)) != NULL)
		*line = imp_joined_line(first, starts, n_starts, (size_t)(at - b.p));
	kb_buf_free(&b);
	return name;
}

/* "...\\Bh key and its subkeys, or": a path ends where prose starts.
 * "MSExchangeDS or MSExchangeIS\\Restore in Progress" names two keys: a
 * review item, not one merged path.  NULL when nothing is left. */
/* Where prose starts after the path key ("...\\Bh key and its subkeys"),
 * or NULL when nothing in it reads as prose. */
const char *imp_prose_cut(const char *key)
{
	static const char *const words[] = { " key", " keys", " subkey", " subkeys", " registry",
					     " and", " or", " if", " is", " are", " has", " which",
					     " where", " with", " to", " on", " the", " as", " (", NULL };
	const char *cut = NULL, *p;
	size_t i, n;

	for (i = 0; words[i] != NULL; i++) {
		n = strlen(words[i]);
		for (p = key; (p = imp_ci_find(p, words[i])) != NULL; p += n)
			if ((words[i][1] == '(' || !isalnum((unsigned char)p[n])) && (cut == NULL || p < cut)) {
				/* "(DWORD)" after a value name is a type, kept. */
				if (words[i][1] == '(' && (imp_starts_ci(p + 2, "REG_") || imp_starts_ci(p + 2, "DWORD")))
					break;
				/* "...\\MS Setup (ACME)\\Table Files": a bracketed
				 * capitalised word the path goes on after is part of
				 * a key's name ("...\\Pause (secs)" over "\\Next
				 * value" is a remark, the line after another name) */
				if (words[i][1] == '(') {
					const char *close = strchr(p, ')');
					size_t bl = close != NULL ? (size_t)(close - p - 2) : 0;
					if (close != NULL && close[1] == '\\' && bl >= 2 &&
					    strspn(p + 2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == bl)
						continue;
				}
				cut = p;
				break;
			}
	}
	return cut;
}

const char *imp_trim_prose(struct imp *im, const char *key, size_t line)
{
	const char *cut = imp_prose_cut(key);
	size_t n;

	if (cut == NULL)
		return key;
	if (imp_starts_ci(cut, " or ") && strchr(cut, '\\') != NULL) {
		imp_review(im, line, T_CHECKS, 0,
		       imp_fmt(im, "'%s' names alternative keys: write a check for each by hand", key));
		return NULL;
	}
	n = (size_t)(cut - key);
	while (n > 0 && (key[n - 1] == '\\' || key[n - 1] == ' '))
		n--;
	return imp_dupn(im, key, n);
}

/* "add the missing DWORD value in the following key", "create a new
 * string value in this key": what the word (add, create, missing) is
 * about is a value, named within the four words after it, not the key.
 * 1 when every use of the word on line s is about a value. */
static int word_is_about_a_value(const char *s, const char *word)
{
	const char *p, *q;
	size_t words, wl = strlen(word);
	int seen = 0;

	for (p = s; (p = imp_find_word(p, word)) != NULL; p += wl) {
		seen = 1;
		for (q = p + wl, words = 0; *q != '\0' && words < 5; q++) {
			if (q[-1] == ' ' && (imp_starts_ci(q, "value") || imp_starts_ci(q, "entry") ||
					     imp_starts_ci(q, "entries")))
				break;
			if ((q[-1] == ' ' && (imp_starts_ci(q, "key") || imp_starts_ci(q, "subkey"))) ||
			    *q == '.' || *q == ',' || *q == ':')
				return 0;
			if (*q == ' ')
				words++;
		}
		if (*q == '\0' || words >= 5)
			return 0;
	}
	return seen;
}

/* The line over a key, from first, whose words add, set or delete a value
 * in it ("Add the same value to the following keys also:"), the verb
 * asked (not "You can add", not a program's "tries to add"); 0 when
 * none. */
static size_t value_asked_over(const struct imp *im, size_t first, size_t key_line)
{
	static const char *const verbs[] = { "add", "create", "set", "change", "delete", "remove", NULL };
	size_t n, i;

	for (n = first; n < key_line && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n), *v;
		for (i = 0; verbs[i] != NULL; i++)
			if (asks_word(s, verbs[i]) && word_is_about_a_value(s, verbs[i]) &&
			    (v = imp_find_word(s, verbs[i])) != NULL && !imp_not_asked(s, v) &&
			    imp_ci_find(s, "tries to") == NULL && imp_ci_find(s, "attempts to") == NULL)
				return n;
	}
	return 0;
}

/* "create the following DWORD registry value and set its value to 1:"
 * (lines lead..key_line-1) over a path whose last name is that value
 * ("...\\ParametersSystem\\NNTP NewNews Disabled", unseen51's Q173946), or
 * "by setting the following registry key to REG_DWORD 0:" (unseen52's
 * Q164606: a type, which only a value has): the lead-in names one value,
 * its type and one datum, so the path's last name is the value's and the
 * rest its key.  Adds the check with its set and a review note naming the
 * lead-in; 0 when the words give less (no type, a range, "set it to a
 * value between 1 and 65535"). */
static int path_ends_in_created_value(struct imp *im, const struct imp_at *at, const char *key, size_t lead,
				      size_t key_line, size_t key_last)
{
	static const char *const sets[] = { "set it to ", "set it equal to ", "set its value to ",
					    "set its data to ", "set the value to ", NULL };
	struct kb_buf b = { 0 };
	size_t starts[8], i, len;
	const char *s, *p, *q, *type, *last = strrchr(key, '\\'), *e, *sub;
	struct set_datum sd;
	struct imp_at a = *at;
	int ok = 0;

	if (last == NULL || last[1] == '\0' || imp_has_placeholder(key) || key_line - lead > 3)
		return 0;
	imp_join_lines(im, lead, key_line - 1, &b, starts, 8);
	if (b.oom || (s = b.p) == NULL || (p = imp_ci_find(s, "the following ")) == NULL)
		goto out;
	q = p + 14;
	if ((type = imp_type_word_at(q, &len)) != NULL) {
		q = imp_skip_ws(q + len);
		if (imp_starts_word(q, "registry"))
			q = imp_skip_ws(q + 8);
		if (!imp_starts_word(q, "value"))
			goto out;
		for (i = 0, p = NULL; sets[i] != NULL && p == NULL; i++)
			if ((p = imp_ci_find(q, sets[i])) != NULL)
				p += strlen(sets[i]);
	} else {
		/* "by setting the following registry key to REG_DWORD 0:": a
		 * type, which no key has, and a datum right after the noun */
		if (imp_starts_word(q, "registry"))
			q = imp_skip_ws(q + 8);
		if (!imp_starts_word(q, "key") && !imp_starts_word(q, "value") && !imp_starts_word(q, "entry"))
			goto out;
		q = imp_skip_ws(q + strcspn(q, " "));
		if (!imp_starts_word(q, "to") || (type = imp_type_word_at(imp_skip_ws(q + 2), &len)) == NULL)
			goto out;
		p = imp_skip_ws(imp_skip_ws(q + 2) + len);
	}
	if (p == NULL || !imp_set_datum(im, p, &sd) || sd.kind != SD_DATA)
		goto out;
	e = imp_skip_ws(sd.end);
	if (*e != ':' && *e != '.' && *e != '\0')
		goto out;
	sub = imp_dupn(im, key, (size_t)(last - key));
	a.repair = 1;
	/* cited on the path's last line, which names the value, the key
	 * on the lines above it */
	a.key_line = key_line;
	a.key_last = key_last > key_line ? key_last - 1 : key_line;
	if (sub == NULL || imp_add_check_at(im, &a, sub, last + 1, type, IE_EQUALS, sd.data, key_last) == NULL)
		goto out;
	imp_review(im, key_last, T_CHECK, im->n_checks - 1,
		   imp_fmt(im, "value '%s' is the last name of the path, as the words on line %zu say (the following %s value, set to %s): check the split",
			   last + 1, lead, type, sd.data));
	ok = 1;
out:
	kb_buf_free(&b);
	return ok;
}

/* "Create an exact copy of this key in either of the two following
 * places:", "add a subkey under the following key:": the key that
 * follows is where something goes, not what is created. */
static int names_a_place(const char *s)
{
	static const char *const preps[] = { " in ", " under ", " to ", " at ", " into ", NULL };
	const char *p, *q;
	size_t i;

	for (i = 0; preps[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, preps[i])) != NULL; p++) {
			q = p + strlen(preps[i]);
			if (imp_starts_ci(q, "either of "))
				q += 10;
			if (!imp_starts_ci(q, "the "))
				continue;
			q += 4;
			/* "the following", "the two following" */
			if (imp_starts_ci(q, "following") ||
			    (strchr(q, ' ') != NULL && imp_starts_ci(strchr(q, ' ') + 1, "following")))
				return 1;
		}
	return 0;
}

/* "the F5 key", "the ENTER key": a key of the keyboard. */
static int keyboard_key(const char *w, size_t wl)
{
	static const char *const keys[] = { "ENTER", "DELETE", "DEL", "ESC", "TAB", "SHIFT", "CTRL", "ALT",
					    "SPACEBAR", "BACKSPACE", "INSERT", "HOME", "END", "RETURN", "Windows",
					    NULL };

	/* "the F5 key", "the Y key" (a letter alone) */
	if (wl == 1 || (wl <= 3 && (w[0] == 'F' || w[0] == 'f') && isdigit((unsigned char)w[1])))
		return 1;
	return imp_word_in(w, wl, keys);
}

/* The wl bytes at w are a whole part of path key: "under the Frobnitz
 * key" for ...\Frobnitz\Agent names where the key goes, no other key. */
static int path_part(const char *key, const char *w, size_t wl)
{
	const char *p;

	for (p = key; (p = strchr(p, '\\')) != NULL; p++)
		if (strncasecmp(p + 1, w, wl) == 0 && (p[1 + wl] == '\\' || p[1 + wl] == '\0'))
			return 1;
	return 0;
}

/* s speaks of another key by its name ("If the Fonts key does not
 * exist, add the following key:" under ...\CurrentVersion): "the X key"
 * or "the X subkey" (under ...\Services, "the X service": "confirm that
 * the Frob service does not exist") with X a name (a capital, not a
 * hive's: "the required key" describes) that is not key's last part,
 * and key's last part named nowhere in s.  What s asks is asked of that
 * key. */
int imp_names_another_key(const char *s, const char *key)
{
	static const char *const the[] = { "the", NULL };
	static const char *const nouns[] = { "key", "subkey", "service", NULL };
	const char *last = strrchr(key, '\\'), *p, *w, *we;
	size_t i;

	last = last != NULL ? last + 1 : key;
	if (*last == '\0' || imp_find_word(s, last) != NULL)
		return 0;
	for (i = 0; nouns[i] != NULL; i++) {
		if (strcmp(nouns[i], "service") == 0 && strcasecmp(last, "Services") != 0)
			continue;
		for (p = s; (p = imp_find_word(p, nouns[i])) != NULL; p++) {
			w = imp_word_before(s, p, IMP_WORD_TOKEN, &we);
			if (w == we || !isupper((unsigned char)*w) || imp_starts_ci(w, "HKEY") ||
			    imp_starts_ci(w, "HKLM") || imp_word_is(w, (size_t)(we - w), "Registry") ||
			    keyboard_key(w, (size_t)(we - w)) || path_part(key, w, (size_t)(we - w)))
				continue;
			if (imp_word_before_is(s, w, the))
				return 1;
		}
	}
	return 0;
}

/* A line above or below the key (above: is_above) whose ask is of
 * another key.  Above the key, "Create the following key under the Frob
 * key:" still asks for the key that follows. */
static int about_another_key(const char *s, const char *key, int is_above)
{
	if (is_above && imp_find_word(s, "following") != NULL)
		return 0;
	return imp_names_another_key(s, key);
}

/* s names the value the program falls back on ("a default of 30", "the
 * default value is used", "defaults to 30") and asks nothing itself; not
 * "restore the default values", "the default value of Depth is lost". */
static int fallback_default(const char *s)
{
	static const char *const fallbacks[] = { "a default of", "the default of", "default value is used",
						 "default value will be used", "default is used", "default will be used",
						 "defaults to", NULL };
	static const char *const asks[] = { "verify", "make sure", "ensure", "create", "add", NULL };
	size_t i;

	for (i = 0; asks[i] != NULL; i++)
		if (imp_has_word(s, asks[i]))
			return 0;
	return imp_cue_in(s, fallbacks) != NULL;
}

/* Words that make "exists" on their line an ask or a condition ("check
 * that the key exists", "if the key exists", "the key must exist"), not a
 * statement ("this key exists because ..."). */
static const char *const exists_asked[] = { "verify", "make sure", "ensure", "confirm", "check", "if ",
					    "whether", "must", "should", NULL };

/* What the lines around a key ask of the key itself: "Add Key",
 * "create the following key" (create); "is missing", "verify that the
 * key exists" (check).  Navigation ("go to the following key") asks
 * nothing. */
static enum asks key_asks(const struct imp *im, const char *key, size_t key_line, size_t key_last,
			  size_t *other_at)
{
	size_t n, first = imp_ask_window_start(im, key_line);
	int st = 0, c = 0, says_missing;

	if (first < im->a->body_first)
		first = im->a->body_first;
	for (n = first; n <= key_last + 2 && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		/* the next step asks of its own key: "4. Make sure all values
		 * in the following registry key are ..." */
		if (n > key_last && imp_numbered_step(s) && (imp_ends_with_colon(s) || imp_has_word(s, "following")))
			break;
		int of_key = imp_has_word(s, "key") || imp_has_word(s, "keys") || imp_has_word(s, "subkey") ||
			  (n >= key_line && n <= key_last);
		if (imp_ci_find(s, "Help topic") != NULL || imp_ci_find(s, "Restoring") != NULL)
			continue;
		if (about_another_key(s, key, n < key_line)) {
			if (*other_at == 0 && (asks_word(s, "create") || asks_word(s, "add") || asks_word(s, "delete")))
				*other_at = n;
			continue;
		}
		/* "Modify the permissions on the following keys and add the
		 * X group to these keys with full control": what is added is
		 * an entry of the key's permissions, not the key */
		if (imp_ci_find(s, "permission") != NULL || imp_ci_find(s, "full control") != NULL ||
		    /* "Make sure the ACL on the following registry key allows
		     * only Administrators ... write access": the key's ACL */
		    imp_has_word(s, "ACL") || imp_has_word(s, "ACLs") || imp_ci_find(s, "access control") != NULL)
			of_key = 0;
		if (of_key && !names_a_place(s) &&
		    ((asks_word(s, "create") && !word_is_about_a_value(s, "create")) ||
			    (asks_word(s, "add") && !word_is_about_a_value(s, "add")) ||
			    asks_word(s, "correct")))
			st = 1;
		/* "If this entry is missing, a default of 30 is used": what
		 * the program does without it, no problem to check for (not
		 * "the default printer is lost", nor a line that also asks
		 * to verify or create) */
		says_missing = (imp_has_word(s, "missing") && !word_is_about_a_value(s, "missing")) ||
			       imp_has_word(s, "does not exist");
		if (says_missing && fallback_default(s))
			continue;
		/* not "Make sure all values in the following key are ..."
		 * (what is checked is the key's values), nor "this key exists
		 * because ..." (a statement, no ask or condition on the line) */
		if (says_missing ||
		    (of_key && ((imp_has_word(s, "verify") && !word_is_about_a_value(s, "verify")) ||
				(imp_has_word(s, "make sure") && !word_is_about_a_value(s, "make sure")) ||
				(imp_has_word(s, "exists") && imp_cue_in(s, exists_asked) != NULL))))
			c = 1;
	}
	return st ? ASK_SET : c ? ASK_CHECK : ASK_NOTHING;
}

/* "click Modify, and then type "20" (without the quotation marks) in
 * the Value Data field.  Make sure that Hexadecimal is selected": data
 * typed into Registry Editor, in lines first..last. */
const char *imp_typed_data(struct imp *im, size_t first, size_t last)
{
	size_t n, k;
	const char *p, *data = NULL;
	int hex = 0;

	for (n = first; n <= last && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		if (data == NULL && (p = imp_ci_find(s, "type \"")) != NULL) {
			/* "type "0x1"": the prefix says hexadecimal */
			size_t x = imp_starts_ci(p + 6, "0x") ? 2 : 0;
			k = strspn(p + 6 + x, "0123456789abcdefABCDEF");
			if (k > 0 && p[6 + x + k] == '"')
				data = imp_dupn(im, p + 6 + x, k);
			if (data != NULL && x > 0)
				hex = 1;
		}
		if (imp_has_word(s, "Hexadecimal"))
			hex = 1;
	}
	if (data != NULL && (hex || strspn(data, "0123456789") < strlen(data)))
		data = imp_fmt(im, "0x%s", data);
	return data;
}

/* "2. Locate the OpLocksDisabled value under the following key:" before
 * the key, then "3. On the Edit menu, click DWORD, type "0x1" (without
 * the quotation marks)" after it: a value named before its key and set by
 * what is typed into Registry Editor, its type the editor's command
 * (DWORD, String).  Fills v; 0 when the lines do not say all three. */
int imp_value_named_before(struct imp *im, size_t key_line, size_t key_last, struct value_spec *v)
{
	size_t n, first = imp_ask_window_start(im, key_line), last = key_last + 4;
	const char *name = NULL, *data, *type = NULL;
	size_t name_line = 0, type_line = 0;

	if (first < im->a->body_first)
		first = im->a->body_first;
	for (n = first; n < key_line && name == NULL; n++) {
		const char *s = imp_line_at(im, n), *p = imp_ci_find(s, " value under the following"), *q;
		if (p == NULL)
			continue;
		for (q = p; q > s && q[-1] != ' '; q--)
			;
		/* one word after "the": "the Site Config Last Checked value"
		 * is a name whose start cannot be told from the sentence */
		if (q - s >= 4 && imp_starts_ci(q - 4, "the ") && p > q) {
			name = imp_dupn(im, q, (size_t)(p - q));
			name_line = n;
		}
	}
	if (name == NULL)
		return 0;
	/* stop at the next step that names another value */
	for (n = key_last + 1; n <= last && n < im->a->body_end; n++)
		if (imp_ci_find(imp_line_at(im, n), " value under") != NULL || imp_ci_find(imp_line_at(im, n), "HKEY_") != NULL) {
			last = n - 1;
			break;
		}
	data = imp_typed_data(im, key_last + 1, last);
	for (n = key_last + 1; n <= last && n < im->a->body_end && data != NULL; n++) {
		const char *s = imp_line_at(im, n);
		/* Regedt32's Edit menu, named by its words or, in some
		 * articles, by the type ("click REG_DWORD") */
		const char *t = imp_menu_type(s);
		if (t != NULL)
			type = t, type_line = n;
	}
	if (data == NULL || type == NULL)
		return 0;
	if (strcmp(type, "REG_DWORD") == 0)
		data = imp_dword_editor_data(im, key_last + 1, last, data, name_line, name);
	memset(v, 0, sizeof *v);
	v->name = name;
	v->type = type;
	v->data = data;
	v->line = name_line;
	/* cited to the step that opens the editor and types the data */
	v->last = type_line;
	return 1;
}

/* Lines first..last name phrase ("back to their default values"). */
int imp_lines_say(const struct imp *im, size_t first, size_t last, const char *phrase)
{
	size_t n;

	for (n = first; n <= last && n < im->a->body_end; n++)
		if (imp_ci_find(imp_line_at(im, n), phrase) != NULL)
			return 1;
	return 0;
}

int imp_created_by_program(const struct imp *im, size_t first, size_t last)
{
	static const char *const said[] = { "is created", "are created", "will be created",
					    "gets created", "get created", "is automatically created",
					    "are automatically created", "will create the",
					    "creates the following", "creates this key",
					    "creates the key", "creates a key", "creates a registry",
					    "creates the registry", NULL };
	size_t n;

	for (n = first; n <= last && n < im->a->body_end; n++)
		if (imp_cue_in(imp_line_at(im, n), said) != NULL)
			return 1;
	return 0;
}

/* The key ending at key_last goes straight on with a fragment that may
 * be the rest of its name, wrapped at a space ("...\\CAP List" over
 * "   for site zzz"; imp_key_runs_on() weighs the width): a few words, no
 * sentence ("If it is missing, reinstall."), no remark in brackets, no
 * joiner or note. */
static int key_name_wraps_on(const struct imp *im, size_t key_last)
{
	static const char *const not_names[] = { "-or-", "-and-", "or", "and", "if", "then", "note",
						 "where", NULL };
	const char *s, *p;
	size_t words = 0, i;

	if (!imp_key_runs_on(im, key_last))
		return 0;
	s = imp_skip_ws(imp_line_at(im, key_last + 1));
	if (strpbrk(s, ".()") != NULL)
		return 0;
	for (i = 0; not_names[i] != NULL; i++)
		if (imp_starts_word(s, not_names[i]))
			return 0;
	/* (the words end at any white space, a form feed or a stray
	 * carriage return too, which imp_skip_ws() does not pass: both loops
	 * ask isspace(), or a line holding one never ends) */
	for (p = s; *p != '\0'; words++) {
		while (*p != '\0' && !isspace((unsigned char)*p))
			p++;
		while (isspace((unsigned char)*p))
			p++;
	}
	return words <= 3;
}

/* "3. Add the above registry key and value.": a step further on asks for
 * the key at key_line..key_last, when no other key comes between. */
int imp_key_asked_later(const struct imp *im, size_t key_last)
{
	static const char *const verbs[] = { "add the ", "create the ", NULL };
	static const char *const refs[] = { "above ", "preceding ", "previous ", NULL };
	size_t n, i, j;

	for (n = key_last + 1; n < im->a->body_end && n <= key_last + 80; n++) {
		const char *s = imp_line_at(im, n), *p;
		if (imp_ci_find(s, "HKEY_") != NULL)
			return 0;
		for (i = 0; verbs[i] != NULL; i++) {
			const char *b = imp_skip_ws(s);
			if ((p = imp_ci_find(s, verbs[i])) == NULL)
				continue;
			/* an instruction: "3. Add the above ...", not "when
			 * you add the above key" */
			while (isdigit((unsigned char)*b) || *b == '.' || *b == ')' || *b == ' ')
				b++;
			if (p != b && !(p - s >= 2 && p[-2] == '.' && p[-1] == ' '))
				continue;
			p += strlen(verbs[i]);
			for (j = 0; refs[j] != NULL; j++)
				if (imp_starts_ci(p, refs[j])) {
					p += strlen(refs[j]);
					if (imp_starts_ci(p, "registry "))
						p += 9;
					if (imp_starts_ci(p, "key") || imp_starts_ci(p, "subkey"))
						return 1;
				}
		}
	}
	return 0;
}


/* The key lead_in_name() names is the one asked for, drafted with its
 * create action; 1 when done with the key (placed, or refused by
 * imp_add_check_at(), which says why).  A path that ends in the name already
 * shows the key to make, not its parent ("...\\Control\\FrobAlias"
 * under "Add a key named FrobAlias to the following key:"): the check is
 * on it, not on a FrobAlias under it. */
static int lead_in_subkey_check(struct imp *im, struct imp_at *at, const char *key, size_t key_line,
				const char *name, struct imp_key_read *kr)
{
	const char *made;

	if ((made = imp_key_child(im, key, name)) == NULL)
		return 0;
	at->repair = 1;
	if (imp_add_check_at(im, at, made, NULL, NULL, IE_EXISTS, NULL, key_line) == NULL)
		return 1;
	if (kr != NULL)
		kr->key_check = im->n_checks;
	if (made == key)
		imp_review(im, key_line, T_CHECK, im->n_checks - 1,
			   imp_fmt(im, "the words before the key ask to make key '%s', and the path shown ends in it: the check and its create action are on %s; check it",
				   name, made));
	else
		imp_review(im, key_line, T_CHECK, im->n_checks - 1,
			   imp_fmt(im, "the words before the key ask to make key '%s' under it: the check and its create action are on %s; check it",
				   name, made));
	return 1;
}

/* The line from first to key_last + 2 (key_asks()' window, to the next
 * step) that gives the "key" a type, or 0: "If the following DWORD key
 * exists, increase the current value by one" / "If this registry key does
 * not exist, add it, and set the value to 6" / "Use 1 for the
 * value(DWORD)."  A key has no type: the article calls a value a key, and
 * the path's last part is its name. */
static size_t key_given_data(const struct imp *im, size_t first, size_t key_last)
{
	/* a type said of the key itself: "set the value to 1" or "current
	 * value" may be said of another value the words name */
	static const char *const data_words[] = { "DWORD key", "REG_DWORD key", "REG_SZ key", "string key",
						  "binary key", "REG_BINARY key", "REG_EXPAND_SZ key",
						  "REG_MULTI_SZ key", "value(DWORD)", "value (DWORD)",
						  "value(REG_DWORD)", "value (REG_DWORD)", NULL };
	/* "add a DWORD value under that key ... with a value of 1": the
	 * data is of a value the words put under the key */
	static const char *const a_value[] = { "value under", "value named", "value called", "a value",
					       "new value", "following value", "values", NULL };
	size_t n, at = 0;

	for (n = first; n <= key_last + 2 && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		if (n > key_last && imp_numbered_step(s))
			break;
		if (imp_cue_in(s, a_value) != NULL)
			return 0;
		if (at == 0 && imp_cue_in(s, data_words) != NULL)
			at = n;
	}
	return at;
}

/* The words that ask the reader to see that something is so ("make sure
 * the Frob key does not exist", "verify that an entry exists"). */
static const char *const check_asks[] = { "make sure", "ensure that", "verify that", "confirm that",
					  "check that", "check whether", NULL };

/* Lines first..last, joined (a sentence may wrap: "the Frob key does" /
 * "not exist"), hold a phrase of each of the NULL-ended lists in cues. */
static int joined_say_each(struct imp *im, size_t first, size_t last, const char *const *const *cues)
{
	struct kb_buf b = { 0 };
	size_t starts[12], i;
	int said;

	if (last < first)
		return 0;
	imp_join_lines(im, first, last, &b, starts, 12);
	said = !b.oom && b.p != NULL;
	for (i = 0; said && cues[i] != NULL; i++)
		said = imp_cue_in(b.p, cues[i]) != NULL;
	kb_buf_free(&b);
	return said;
}

/* Lines first..last ask the reader to see that a key is not there: "make
 * sure the Frob key does not exist", "verify that these keys are not
 * present".  Not a description ("when the MD5 key does not exist") nor a
 * value's absence ("if the following string value does not exist"). */
static int key_asked_absent(struct imp *im, size_t first, size_t last)
{
	static const char *const absent[] = { "key does not exist", "keys do not exist",
					      "key is not present", "keys are not present", NULL };
	static const char *const *const cues[] = { check_asks, absent, NULL };

	return joined_say_each(im, first, last, cues);
}

/* Lines first..last ask to check that a value is in the key that follows:
 * "Make sure that a registry entry exists for this .chm file in the
 * following registry subkey:".  What is checked is an entry the words
 * describe, not the key. */
static int entry_checked_in_key(struct imp *im, size_t first, size_t last)
{
	static const char *const entries[] = { "entry exists", "value exists", "entry is present",
					       "value is present", "entries exist", "values exist", NULL };
	static const char *const places[] = { "in the following", "under the following", NULL };
	static const char *const *const cues[] = { check_asks, entries, places, NULL };

	return joined_say_each(im, first, last, cues);
}

/* A key named with no value: a check only when the article asks for one
 * ("verify", "create"); else a review item, never a repair the article
 * does not ask for. */
void imp_key_only(struct imp *im, struct imp_at *at, const char *key, size_t key_line, size_t key_last,
		  struct imp_key_read *kr)
{
	size_t other_at = 0;
	enum asks ask = key_asks(im, key, key_line, key_last, &other_at);
	size_t first = imp_ask_window_start(im, key_line), reviews, asked_at;
	const char *lead;

	if (first < im->a->body_first)
		first = im->a->body_first;
	if (((ask == ASK_SET || ask == ASK_CHECK) && (imp_lines_say(im, first, key_line - 1, " removed") ||
						      imp_lines_say(im, first, key_line - 1, " deleted"))) ||
	    (ask == ASK_CHECK && key_asked_absent(im, first, key_line - 1))) {
		/* "Make sure the following registry keys are removed:", "make
		 * sure the Frob key does not exist in either place:": the
		 * reader is to leave the key absent, removing it where it
		 * is there (a key-absent check and its delete action, the
		 * gate judging the key as for any delete); a check of the
		 * key's presence would say the opposite */
		if (!imp_has_placeholder(key) && (imp_lines_say(im, first, key_line - 1, "make sure") ||
						  imp_lines_say(im, first, key_line - 1, "ensure that") ||
						  imp_lines_say(im, first, key_line - 1, "Ensure the")) &&
		    !imp_lines_say(im, first, key_line - 1, "were removed") &&
		    !imp_lines_say(im, first, key_line - 1, "were deleted")) {
			at->repair = 1;
			if (imp_add_check_at(im, at, key, NULL, NULL, IE_KEY_ABSENT, NULL, key_line) != NULL) {
				imp_review(im, key_line, T_CHECK, im->n_checks - 1,
					   imp_fmt(im, "key %s: the steps ask to make sure it is removed: read as a key-absent check with its delete action; check it",
						   key));
				return;
			}
		}
		/* "Verify that the following keys were removed:": what
		 * is checked is the key's absence */
		imp_review(im, key_line, T_CHECKS, 0,
		       imp_fmt(im, "key %s: the article speaks of it as removed; write a key-absent check by hand if it asks for one",
			   key));
		return;
	}
	if (ask == ASK_NOTHING && imp_key_asked_later(im, key_last)) {
		ask = ASK_SET;
		imp_review(im, key_line, T_CHECKS, 0,
		       imp_fmt(im, "key %s is asked for further on (\"add the above key\"): check that the check and its create action belong",
			   key));
	}
	if (ask == ASK_NOTHING && imp_steps_add_named_key(im, key, key_last))
		/* "Locate the following key:" / "3. On the Edit menu, click
		 * Add Key, and then add the following registry key:" / "Key
		 * Name: X": the step's own colon stops the words read for
		 * the key, but the key it adds is asked for, under this one;
		 * imp_scan_added_subkeys() moves the check there */
		ask = ASK_SET;
	if (ask == ASK_NOTHING && other_at > 0) {
		/* "If the Fonts key does not exist, add the following key:"
		 * under the key: what is asked is of another key, named in
		 * words, under or beside this one */
		imp_review(im, key_line, T_CHECKS, 0,
		       imp_fmt(im, "key %s: what the words on line %zu ask is of another key they name (under or beside this one), not of this one: write that key's check by hand if the article asks one",
			   key, other_at));
		return;
	}
	if (ask == ASK_SET && imp_created_by_program(im, first, key_line - 1)) {
		imp_review(im, key_line, T_CHECKS, 0,
		       imp_fmt(im, "key %s: the article says a program or setup creates it, not the reader: nothing to check or repair unless the article asks elsewhere",
			   key));
		return;
	}
	if ((ask == ASK_SET || ask == ASK_CHECK) && imp_section_of(im, key_line) != NULL &&
	    (strcasecmp(imp_section_of(im, key_line)->name, "CAUSE") == 0 ||
	     strcasecmp(imp_section_of(im, key_line)->name, "SYMPTOMS") == 0) &&
	    (imp_lines_say(im, first, key_line - 1, "to the following") ||
	     imp_lines_say(im, first, key_line - 1, "in the following") ||
	     imp_lines_say(im, first, key_line - 1, "under the following"))) {
		/* "the X key is added to the following key:", "values are
		 * missing in the following key:" in the CAUSE: the key
		 * holds what the sentence is about; it tells what happens
		 * and asks nothing of the key itself ("the following key
		 * is missing" keeps its check) */
		imp_review(im, key_line, T_CHECKS, 0,
		       imp_fmt(im, "key %s is named in the %s, which tells what happens: add a check by hand if the article asks for one",
			   key, imp_section_of(im, key_line)->name));
		return;
	}
	lead = ask == ASK_SET || ask == ASK_NOTHING ? lead_in_name(im, key_line) : NULL;
	if ((ask == ASK_SET || ask == ASK_CHECK || lead != NULL) && key_name_wraps_on(im, key_last)) {
		/* "...\\CAP List" / "   for site zzz": the name may go on on
		 * the next line, so the path read may be cut short (a key to
		 * make under it too: its parent is not sure) */
		imp_review(im, key_line, T_CHECKS, 0,
			   imp_fmt(im, "key %s: the line after it may go on with its name; check the whole path and write its check by hand",
				   key));
		return;
	}
	if (lead != NULL && lead_in_subkey_check(im, at, key, key_line, lead, kr))
		return;
	if ((ask == ASK_SET || ask == ASK_CHECK) && (asked_at = key_given_data(im, first, key_last)) > 0) {
		imp_review(im, key_line, T_CHECKS, 0,
			   imp_fmt(im, "key %s: the words on line %zu give it a type, which only a value has: the path's last part may name a value; write its check by hand",
				   key, asked_at));
		return;
	}
	if (ask == ASK_CHECK && entry_checked_in_key(im, first, key_line - 1)) {
		imp_review(im, key_line, T_CHECKS, 0,
			   imp_fmt(im, "key %s: the words above ask to check for an entry in it, not for the key: write that value's check by hand",
				   key));
		return;
	}
	/* "SYSTEM\\CurrentControlSet\\...\\ParametersNetIF" with no root:
	 * such paths are also a cluster's replicated keys, a tool's
	 * argument, an INF's line; the words near one ask of a key in a
	 * hive only when the article names the hive */
	if ((ask == ASK_SET || ask == ASK_CHECK) && im->unrooted) {
		imp_review(im, key_line, T_CHECKS, 0,
			   imp_fmt(im, "key %s (written with no root): the words near it ask for the key itself; write its check by hand if it is a key of the machine's registry",
				   key));
		return;
	}
	if (ask == ASK_SET || ask == ASK_CHECK) {
		/* the key's own ask, not that of values near it */
		at->repair = ask == ASK_SET;
		if (imp_add_check_at(im, at, key, NULL, NULL, IE_EXISTS, NULL, key_line) == NULL)
			return;
		if (kr != NULL)
			kr->key_check = im->n_checks;
		if (imp_has_placeholder(key))
			imp_review(im, key_line, T_CHECK, im->n_checks - 1,
			       imp_fmt(im, "key %s holds a placeholder: replace it or make the check by hand", key));
		return;
	}
	reviews = im->n_reviews;
	if ((asked_at = value_asked_over(im, first, key_line)) > 0 &&
	    path_ends_in_created_value(im, at, key, asked_at, key_line, key_last))
		return;
	/* ("setting the following registry key to REG_DWORD 0:", which
	 * value_asked_over() does not read as an ask of a value) */
	if (asked_at == 0 && first < key_line &&
	    path_ends_in_created_value(im, at, key, key_line > first + 3 ? key_line - 3 : first, key_line, key_last))
		return;
	if (asked_at > 0)
		/* "4. Add the same value to the following keys also:": a
		 * value is asked for under the key, one the import could
		 * not tie to it; "asks nothing" would lead the reader to
		 * leave the step half done */
		imp_review(im, key_line, T_CHECKS, 0,
			   imp_fmt(im, "key %s: the words on line %zu ask for a value under it that the import could not place: write its check by hand",
				   key, asked_at));
	else
		imp_review(im, key_line, T_CHECKS, 0,
			   imp_fmt(im, "key %s is named but the article asks nothing of it here: add a check by hand if it matters", key));
	if (kr != NULL && im->n_reviews > reviews)
		kr->unasked_note = im->n_reviews;
}

/* ---- what the article shows without asking for it --------------------- */

/* How far above a line its part's heading is looked for: a reference
 * part may list many screens of settings under one heading. */
#define REFERENCE_REACH 600

int imp_in_reference_part(const struct imp *im, size_t n)
{
	/* a heading naming the part for what it is */
	static const char *const headings[] = { "reference", "resource data", "appendix", NULL };
	/* the words opening the part: it serves another article or the
	 * reader's look-ups, not a fix of its own */
	static const char *const opening[] = { "information referenced in", "referenced in part",
					       "for reference", "for your reference", "reference only",
					       NULL };
	size_t h, k, seen;

	for (h = n; h > im->a->body_first + 1 && h + REFERENCE_REACH > n; h--) {
		const char *head = imp_line_at(im, h - 2);
		if (!imp_underline(imp_line_at(im, h - 1)) || imp_blank(head) || imp_underline(head))
			continue;
		/* the nearest heading above decides: the part it opens */
		if (imp_cue_in(head, headings) != NULL)
			return 1;
		for (k = h, seen = 0; k < n && k < im->a->body_end && seen < 6; k++) {
			const char *s = imp_line_at(im, k);
			if (imp_blank(s)) {
				if (seen > 0)
					break;
				continue;
			}
			seen++;
			if (imp_cue_in(s, opening) != NULL)
				return 1;
		}
		return 0;
	}
	return 0;
}

#define DATA_NOTE_LINES 8

const char *imp_data_left_to_reader(const struct imp *im, size_t first, size_t last)
{
	static const char *const cues[] = {
		"your desired value", "desired value", "change this to your", "of your choice",
		"the value you want", "the value that you want", "value that you specify",
		"value you specify", "replace this value", "with your own", "set to anything",
		"can be anything", "select the desired", "type the desired", "enter the desired",
		"choose a value", "acceptable values", "to your preferred", "your preferred number",
		"your preferred value", "your preferred setting", NULL,
	};
	/* the lines read past the data: a NOTE under a REGEDIT block may
	 * take six lines before it comes to the datum ("... Please change
	 * this value to your preferred number of PPTP ports.") */
	size_t n, end = last + DATA_NOTE_LINES;
	const char *cue;

	for (n = first; n <= end && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		/* the next key or export is about something else; the next
		 * step may still say the data is the reader's ("2. Select the
		 * desired X value"), the ones after it do not */
		/* (a line that opens with a quoted word is the next REGEDIT
		 * value only with its '=': ""00000007" is the number of
		 * ports you want" is the note about this one) */
		if (n > last && (imp_ci_find(s, "HKEY_") != NULL || *imp_skip_ws(s) == '[' ||
				 (*imp_skip_ws(s) == '"' && strstr(s, "\"=") != NULL) || imp_underline(s)))
			break;
		if ((cue = imp_cue_in(s, cues)) != NULL)
			return cue;
		if (n > last && imp_numbered_step(s))
			break;
	}
	return NULL;
}

int imp_example_heading(const struct imp *im, size_t first, size_t last)
{
	size_t n;
	int shown = 0;

	for (n = first; n <= last && n < im->a->body_end; n++) {
		const char *s = imp_skip_ws(imp_line_at(im, n)), *p = s;
		size_t l = imp_rtrim_len(s, strlen(s));
		/* a step after the heading applies the example */
		if (imp_numbered_step(s)) {
			shown = 0;
			continue;
		}
		/* a heading opens with its capital ("for example, X.reg):"
		 * wrapped to the line's start is a sentence) */
		if ((strncmp(s, "Example", 7) == 0 || strncmp(s, "Sample", 6) == 0) &&
		    s[strncmp(s, "Example", 7) == 0 ? 7 : 6] != ',')
			p = s + (strncmp(s, "Example", 7) == 0 ? 7 : 6);
		else if (imp_starts_ci(s, "Case") && (isdigit((unsigned char)s[4]) ||
						     (s[4] == ' ' && isdigit((unsigned char)s[5]))))
			p = s + 4;
		else
			continue;
		/* a heading: short, ending in a colon or underlined
		 * ("Example:", "Case 1: X is set to 0" over "----") */
		if (l > 0 && l <= 60 && (s[l - 1] == ':' || strchr(p, ':') != NULL ||
					 (n + 1 < im->a->body_end && imp_underline(imp_line_at(im, n + 1)))))
			shown = 1;
		/* "Case2: X is set to 1 (only admins can ...)": a case's
		 * number and colon make it a heading at any length */
		p = imp_skip_ws(p);
		while (isdigit((unsigned char)*p))
			p++;
		if (imp_starts_ci(s, "Case") && *p == ':')
			shown = 1;
	}
	return shown;
}

int imp_program_writes(struct imp *im, size_t first, size_t last)
{
	static const char *const verbs[] = { " adds ", " creates ", " writes ", " modifies ", NULL };
	struct kb_buf b = { 0 };
	size_t starts[24], i;
	int found = 0;

	/* the sentence may open a line or two above the window, and its
	 * "following" fall on the next line */
	first = first > im->a->body_first + 2 ? first - 2 : im->a->body_first;
	imp_join_lines(im, first, last, &b, starts, sizeof starts / sizeof starts[0]);
	for (i = 0; !found && b.p != NULL && !b.oom && verbs[i] != NULL; i++) {
		const char *p;
		for (p = b.p; !found && (p = imp_ci_find(p, verbs[i])) != NULL; p++) {
			const char *f = imp_ci_find(p, "following");
			/* a subject before the verb ("Setup adds"), and what it
			 * writes named just after it */
			found = p > b.p && isalpha((unsigned char)p[-1]) && f != NULL && f - p < 48;
		}
	}
	kb_buf_free(&b);
	return found;
}

int imp_old_state_above(const struct imp *im, size_t last)
{
	static const char *const what[] = { "entries", "entry", "values", "value", "settings", ":", NULL };
	size_t n, i;

	for (n = last + 1; n < im->a->body_end && n <= last + 15; n++) {
		const char *s = imp_skip_ws(imp_line_at(im, n));
		if (imp_ci_find(s, "HKEY_") != NULL || imp_numbered_step(s) || imp_underline(s))
			return 0;
		if (!imp_starts_ci(s, "to the following"))
			continue;
		s = imp_skip_ws(s + 16);
		if (imp_starts_ci(s, "registry "))
			s = imp_skip_ws(s + 9);
		for (i = 0; what[i] != NULL; i++)
			if (imp_starts_ci(s, what[i]))
				return 1;
		return 0;
	}
	return 0;
}

const char *imp_lead_in_shows(const struct imp *im, size_t first, size_t stop)
{
	/* "If you use the MyDomain domain, the entry would look like the
	 * following:" (one reader's data), "The following parameters appear
	 * in the right window of Registry Editor:" (what is there) */
	static const char *const shown[] = {
		"would look like", "might look like", "could look like", "would look similar",
		"following parameters appear", "following values appear", "following entries appear",
		"following settings appear", "appear in the right", NULL,
	};
	size_t n;
	const char *cue;

	if (stop < im->a->body_first)
		stop = im->a->body_first;
	/* back over the list's other values, to its key or ten lines */
	for (n = first; n > stop && n + 10 > first; n--) {
		const char *s = imp_line_at(im, n - 1);
		if (imp_numbered_step(s))
			break;
		if ((cue = imp_cue_in(s, shown)) != NULL)
			return cue;
	}
	return NULL;
}

/* "If any of these entries does not exist, use either of the following
 * methods:", "If they are missing, add them": line s tells what to do
 * when what is shown is missing, so the state shown is to be made (a
 * set), as "must be added" says.  The clause after the condition must
 * open with a step's verb: "if it does not exist, the default is used"
 * describes. */
static int adds_when_missing(const char *s)
{
	static const char *const missing[] = { "does not exist,", "do not exist,", "is missing,", "are missing,",
					       "is not present,", "are not present,", NULL };
	static const char *const verbs[] = { "use", "add", "create", "follow", "run", "import", "double-click",
					     "then add", "then create", "then use", NULL };
	const char *t = imp_skip_ws(s), *p;
	size_t i;

	if (imp_numbered_step(t))
		t = imp_skip_ws(t + strspn(t, "0123456789.)"));
	if (!imp_starts_word(t, "if") ||
	    (strstr(t, "exist") == NULL && strstr(t, "missing") == NULL && strstr(t, "present") == NULL))
		return 0;
	for (i = 0; missing[i] != NULL; i++)
		if ((p = imp_ci_find(t, missing[i])) != NULL)
			break;
	if (missing[i] == NULL)
		return 0;
	p = imp_skip_ws(p + strlen(missing[i]));
	for (i = 0; verbs[i] != NULL; i++)
		if (imp_starts_word(p, verbs[i]))
			return 1;
	return 0;
}

/* Line n below a list of values says what to do when any is missing
 * ("3. The registry must contain the following entries:" / three
 * "Registry key: ... Value name: ... Value data: ..." items / "If any of
 * these entries does not exist, use either of the following methods:"):
 * each value of the list is to be made, not only checked.  The list runs
 * from the lead-in ending with a colon above it; every value drafted
 * there without a repair gets one (imp_article_asks() reads a value's
 * own lines and two after, which reach such a line only from the last
 * value of the list). */
void imp_scan_listed_added_when_missing(struct imp *im)
{
	size_t n, lead, i;

	for (n = im->a->body_first + 1; n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		if (!adds_when_missing(s) || (!imp_has_word(s, "these") && !imp_has_word(s, "any")))
			continue;
		/* the lead-in: the nearest line above ending with a colon
		 * that holds no value's own lines */
		for (lead = n - 1; lead > im->a->body_first && lead + 40 > n; lead--) {
			int in_check = 0;
			for (i = 0; i < im->n_checks && !in_check; i++)
				in_check = lead >= imp_check_first_line(&im->checks[i]) &&
					   lead <= imp_check_last_line(&im->checks[i]);
			if (!in_check && imp_ends_with_colon(imp_line_at(im, lead)))
				break;
		}
		if (lead <= im->a->body_first || lead + 40 <= n)
			continue;
		for (i = 0; i < im->n_checks; i++) {
			struct imp_check *c = &im->checks[i];
			if (c->value != NULL && !c->repair && c->data != NULL && c->line > lead &&
			    imp_check_last_line(c) < n)
				c->repair = 1;
		}
	}
}
