/* kbimport_backref.c: keys deleted by a reference back to where the
 * article lists them (kbimport_int.h).  "Perform the following steps to
 * delete each of the keys listed in the SUMMARY section of this article",
 * "Remove the registry key listed above": the step names no key, the
 * list it points at names them, each alone on its line with nothing
 * asked of it there (the registry pass's "named but the article asks
 * nothing of it here").  Each such key becomes a key-absent check with
 * its delete action, and the note on its line says which step asked.
 *
 * Archive (56,929 articles): about 5 articles delete keys by such a
 * reference; the pass drafts deletes in one (Q217044).  The others point
 * at a key another reader keeps out (Q138050's, named in its cause) or a
 * path wrapped over lines.  A reference to a value ("delete the
 * Installation Sources value that is listed in the Cause section") is
 * left to a person. */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* After the verb at v: within its sentence, "key" or "keys"
 * (or "subkeys", "registry entries") and then "listed", "noted" or
 * "shown", then "above", "earlier", "previously" or "in the X section".
 * The section's name in sec (cap bytes, "" for "above"); *plural
 * whether keys (several) are meant.  0 when the words are not there. */
static int refers_back(const char *v, char *sec, size_t cap, int *plural)
{
	static const char *const nouns[] = { "keys", "subkeys", "entries", "key", "subkey", NULL };
	static const char *const participles[] = { "listed", "noted", "shown", "mentioned", NULL };
	static const char *const back[] = { "above", "earlier", "previously", NULL };
	const char *end = v + strcspn(v, ".;:"), *noun = NULL, *part = NULL, *p, *w, *s;
	size_t i, l;

	for (i = 0; nouns[i] != NULL && noun == NULL; i++)
		if ((p = imp_find_word(v, nouns[i])) != NULL && p < end && p - v < 60) {
			noun = p;
			*plural = nouns[i][strlen(nouns[i]) - 1] == 's';
		}
	if (noun == NULL)
		return 0;
	for (i = 0; participles[i] != NULL && part == NULL; i++)
		if ((p = imp_find_word(noun, participles[i])) != NULL && p < end && p - noun < 40)
			part = p + strlen(participles[i]);
	if (part == NULL)
		return 0;
	w = imp_skip_ws(part);
	if (imp_starts_ci(w, "in "))
		w = imp_skip_ws(w + 3);
	sec[0] = '\0';
	for (i = 0; back[i] != NULL; i++)
		if (imp_starts_ci(w, back[i]) && !isalpha((unsigned char)w[strlen(back[i])]))
			return 1;
	/* "the SUMMARY section", "the "Cause" section" */
	if (!imp_starts_ci(w, "the "))
		return 0;
	w = imp_skip_ws(w + 4);
	if (*w == '"')
		w++;
	if ((s = imp_ci_find(w, " section")) == NULL || s > end || s - w > 30)
		return 0;
	l = (size_t)(s - w);
	if (l > 0 && w[l - 1] == '"')
		l--;
	if (l == 0 || l >= cap)
		return 0;
	memcpy(sec, w, l);
	sec[l] = '\0';
	return 1;
}

/* Key k's line holds its path and nothing after it: a path the line
 * goes on past ("...\SMSPerfCountersForC:_SMS_BIN_I386_SMSPERF.DLL", read
 * as a key and a value) is not the key the list names. */
static int whole_on_its_line(const struct imp *im, const struct imp_key_read *k)
{
	const char *s = imp_line_at(im, k->last), *tail = strrchr(k->key, '\\');
	size_t l = imp_rtrim_len(s, strlen(s)), tl;

	if (tail == NULL)
		return 0;
	tail++;
	tl = strlen(tail);
	return l >= tl && strncasecmp(s + l - tl, tail, tl) == 0 && (l == tl || s[l - tl - 1] == '\\');
}

/* Drafts the delete of key k, which the step at line n points back at. */
static void place_delete(struct imp *im, struct imp_key_read *k, size_t n)
{
	const struct imp_at at = { .key_line = k->line, .key_last = k->last, .repair = 1 };
	const struct imp_check *c;

	if (imp_has_key_check(im, k->key) ||
	    (c = imp_add_check_at(im, &at, k->key, NULL, NULL, IE_KEY_ABSENT, NULL, n)) == NULL)
		return;
	/* a key the other readers hold no fact of its own (named in the
	 * cause, a hive, a volatile key) keeps their reading */
	if (c->not_asked != NULL) {
		imp_drop_check(im, im->n_checks - 1);
		return;
	}
	im->reviews[k->unasked_note - 1].note =
		imp_fmt(im, "key %s: deleted by the step on line %zu, which names no key but the keys listed here: check that it means this one",
			k->key, n);
	k->unasked_note = 0;
}

/* The keys of section sec ("" for the list above line n) that are named
 * with nothing asked of them: each deleted (only the nearest when the
 * step says "the key", singular). */
static void delete_referred(struct imp *im, size_t n, const char *sec, int plural)
{
	const struct kb_article_section *s = NULL;
	size_t i, from = im->a->body_first, to = n, nearest = 0;

	if (*sec != '\0') {
		if ((s = kb_article_section(im->a, sec)) == NULL)
			return;
		from = s->first_line, to = s->end_line;
	}
	/* the list above: the keys from the nearest one up, a few lines
	 * apart each */
	for (i = 0; i < im->n_keys_read; i++)
		if (im->keys_read[i].line < n && im->keys_read[i].line > nearest && (*sec != '\0' ||
		    imp_section_of(im, im->keys_read[i].line) == imp_section_of(im, n) ||
		    n - im->keys_read[i].line < 20))
			nearest = im->keys_read[i].line;
	if (*sec == '\0') {
		if (nearest == 0)
			return;
		to = nearest + 1;
		from = nearest > 12 ? nearest - 12 : im->a->body_first;
	}
	for (i = 0; i < im->n_keys_read; i++) {
		struct imp_key_read *k = &im->keys_read[i];
		if (k->line < from || k->line >= to || k->unasked_note == 0 || k->refused != NULL ||
		    imp_has_placeholder(k->key) || !whole_on_its_line(im, k) ||
		    (!plural && k->line != nearest))
			continue;
		place_delete(im, k, n);
	}
}

void imp_scan_deleted_by_reference(struct imp *im)
{
	static const char *const verbs[] = { "delete", "remove", NULL };
	char text[512], sec[32];
	const char *v;
	size_t n, i;
	int plural;

	for (n = im->a->body_first; n < im->a->body_end; n++) {
		if (imp_blank(imp_line_at(im, n)) || imp_in_symptoms_or_cause(im, n))
			continue;
		imp_step_text(im, n, text, sizeof text);
		for (i = 0; verbs[i] != NULL; i++)
			for (v = text; (v = imp_find_word(v, verbs[i])) != NULL; v += strlen(verbs[i])) {
				/* the verb on line n itself, not on the next */
				if ((size_t)(v - text) > strlen(imp_skip_ws(imp_line_at(im, n))) ||
				    imp_not_asked(text, v) || !refers_back(v, sec, sizeof sec, &plural))
					continue;
				delete_referred(im, n, sec, plural);
			}
	}
}
