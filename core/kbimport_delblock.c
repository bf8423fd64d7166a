/* kbimport_delblock.c: a value block the step above it deletes.
 *
 * "3. Delete the following value:" (or "object", "entry") over
 * "Value Name: X" / "Data Type: REG_DWORD" / "Value: 1": the block names
 * the value to remove, type and data only tell it apart.  Each value
 * becomes a value-absent check with its delete action; anything less
 * plain (a choice, an example, a placeholder, a key as the object, an
 * entry of a list value, a subkey named in words, the way back from a
 * change, a block that runs on into the next step) is left to the
 * caller's review item.
 *
 * The same delete may come after the block: "4. Check for the following
 * entry:" over one value, then "5. If the value is present, delete the
 * value." (imp_place_block_deleted_after()). */
#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* The lead-in right above the block's first line, from key_last on: the
 * sentence ending with a colon, read into buf; its last line, or 0. */
static size_t block_lead_in(const struct imp *im, size_t key_last, size_t first, char *buf, size_t cap)
{
	size_t n, lead, start, len = 0;
	const char *s;

	for (n = first; n > key_last + 1 && imp_blank(imp_line_at(im, n - 1)); n--)
		;
	if (n <= key_last + 1)
		return 0;
	lead = n - 1;
	s = imp_line_at(im, lead);
	if (!imp_ends_with_colon(s))
		return 0;
	start = imp_sentence_start(im, lead, lead > key_last + 3 ? lead - 3 : key_last + 1);
	buf[0] = '\0';
	for (n = start; n <= lead; n++) {
		s = imp_skip_ws(imp_line_at(im, n));
		if (!imp_join_words(buf, cap, &len, s, imp_rtrim_len(s, strlen(s))))
			return 0;
	}
	return lead;
}

/* After the delete verb, s reads "the following value:" (or "these
 * entries:", "this registry object:") and ends: the block below is the
 * verb's object.  "For the following value name, remove MUP:" removes
 * one entry of the value, not the value. */
static int deletes_the_block(const char *s, int *entry, const char **verb)
{
	static const char *const verbs[] = { "delete ", "remove ", NULL };
	static const char *const dets[] = { "the following ", "these ", "this ", "following ", NULL };
	static const char *const nouns[] = { "values", "value", "objects", "object", "entries", "entry", NULL };
	const char *p = NULL, *q;
	size_t i;

	for (i = 0; verbs[i] != NULL && p == NULL; i++)
		for (q = s; (q = imp_ci_find(q, verbs[i])) != NULL; q++)
			if (q == s || !isalpha((unsigned char)q[-1])) {
				*verb = q;
				p = q + strlen(verbs[i]);
				break;
			}
	if (p == NULL)
		return 0;
	for (i = 0; dets[i] != NULL && !imp_starts_ci(p, dets[i]); i++)
		;
	if (dets[i] == NULL)
		return 0;
	p += strlen(dets[i]);
	if (imp_starts_ci(p, "registry "))
		p += 9;
	for (i = 0; nouns[i] != NULL && !imp_starts_ci(p, nouns[i]); i++)
		;
	if (nouns[i] == NULL)
		return 0;
	*entry = imp_starts_ci(nouns[i], "entr");
	p = imp_skip_ws(p + strlen(nouns[i]));
	return p[0] == ':' && *imp_skip_ws(p + 1) == '\0';
}

/* How many words s holds (runs of non-blanks). */
static size_t words_in(const char *s)
{
	size_t k = 0;

	for (; *s != '\0'; s++)
		if (!isspace((unsigned char)*s) && (s[1] == '\0' || isspace((unsigned char)s[1])))
			k++;
	return k;
}

/* A line inside the block (after its first) starts another step or is a
 * lead-in of its own ("4. Add the following value:"): the block reader
 * ran on past the delete's values into what the next step does, which
 * may be the opposite. */
static int block_spans_a_step(const struct imp *im, const struct value_block *vb)
{
	size_t n;

	for (n = vb->first + 1; n <= vb->last && n < im->a->body_end; n++) {
		const char *s = imp_skip_ws(imp_line_at(im, n));
		if (imp_numbered_step(s) || imp_substep(s))
			return 1;
		/* "Then add this value:": a sentence ending with a colon (a
		 * value's label ending so, "Value data:", has one or two
		 * words) */
		if (imp_ends_with_colon(s) && words_in(s) > 2)
			return 1;
	}
	return 0;
}

/* "In the DependOnService value, remove the following entry:", or an
 * entry of a REG_MULTI_SZ listed: the entry is one line of a list value,
 * and deleting the value would take the whole list.  Words before the
 * verb (head, hl bytes) that name a value, or a list type in the block. */
static int entry_of_a_list(const char *head, size_t hl, const struct value_block *vb)
{
	char before[640];
	size_t i;

	snprintf(before, sizeof before, "%.*s", (int)hl, head);
	if (imp_has_word(before, "value") || imp_has_word(before, "list"))
		return 1;
	for (i = 0; i < vb->nv; i++)
		if (vb->v[i].type != NULL && imp_ci_find(vb->v[i].type, "MULTI") != NULL)
			return 1;
	return 0;
}

/* The words from the ask window over the key to the lead-in (lines
 * first..lead) undo a change ("To undo this change, ... delete the
 * following value:", "To turn it off again later"): the way back from
 * the fix, not the fix. */
static int undoes_a_change(struct imp *im, size_t first, size_t lead)
{
	static const char *const cues[] = { "undo", "revert", "restore", "roll back", "go back", "back to",
					    "again later", "remove the change", "remove this change", NULL };
	size_t n, i;

	for (n = first; n <= lead && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		for (i = 0; cues[i] != NULL; i++)
			if (strchr(cues[i], ' ') != NULL ? imp_ci_find(s, cues[i]) != NULL : imp_has_word(s, cues[i]))
				return 1;
	}
	return 0;
}

int imp_place_deleted_block(struct imp *im, const char *key, size_t key_line, size_t key_last,
			    const struct value_block *vb)
{
	const struct imp_at at = { .key_line = key_line, .key_last = key_last, .repair = 1 };
	struct key_act ka;
	char buf[640];
	const char *head, *verb = NULL, *sub;
	size_t lead, i, n, placed = 0;
	int entry = 0, unsure = 0;

	if (vb->nv == 0 || (lead = block_lead_in(im, key_last, vb->first, buf, sizeof buf)) == 0)
		return 0;
	if (block_spans_a_step(im, vb))
		return 0;
	if (imp_suggests(buf) || imp_intro_shows_example(buf))
		return 0;
	head = imp_past_step_mark(buf);
	imp_sentence_act(head, &ka);
	if (ka.verb != KV_DELETE || !deletes_the_block(head, &entry, &verb))
		return 0;
	if (entry && entry_of_a_list(head, (size_t)(verb - head), vb))
		return 0;
	if (undoes_a_change(im, imp_ask_window_start(im, key_line), lead) ||
	    imp_delete_undoes_itself(verb, ""))
		return 0;
	/* "Under the Linkage subkey, delete the following value:": the
	 * values are under a subkey the words name, not the key read */
	if ((sub = imp_subkey_in_words(im, head, IMP_NAME_AFTER | IMP_NAME_BEFORE, &unsure)) != NULL || unsure) {
		const char *leaf = strrchr(key, '\\');
		if (sub == NULL || strcasecmp(sub, leaf != NULL ? leaf + 1 : key) != 0)
			return 0;
	}
	/* "use either of these methods ... -or-": one way of several */
	for (n = lead > im->a->body_first + 4 ? lead - 4 : im->a->body_first; n <= vb->last + 3 && n < im->a->body_end;
	     n++)
		if (imp_ci_find(imp_line_at(im, n), "-or-") != NULL ||
		    imp_ci_find(imp_line_at(im, n), "either of the following") != NULL)
			return 0;
	for (i = 0; i < vb->nv; i++) {
		const struct value_spec *v = &vb->v[i];
		if (v->name == NULL || v->alternative || v->example || imp_has_placeholder(v->name) ||
		    imp_placeholder_value_name(v->name))
			return 0;
	}
	if (imp_has_placeholder(key))
		return 0;
	/* each value its own check; one imp_add_check_at() refuses (the
	 * default value's label, a repeat) has that function's own review
	 * item, and the others stand.  The lines of each placed value are
	 * read: no "not tied to a key" note on them. */
	for (i = 0; i < vb->nv; i++) {
		const struct value_spec *v = &vb->v[i];
		if (imp_add_check_at(im, &at, key, v->name, NULL, IE_VALUE_ABSENT, NULL, v->line) == NULL)
			continue;
		placed++;
		for (n = v->line; n <= (v->last > v->line ? v->last : v->line); n++)
			im->used[n] = 1;
	}
	return placed > 0;
}

/* ---- the block shown, then deleted by the step after it -------------- */

/* s, after its delete verb, points back at one value: "delete the
 * value", "remove this entry", "delete it".  Not "delete the value's
 * data", not "the values" (which ones?). */
static int deletes_the_one_shown(const char *s)
{
	static const char *const verbs[] = { "delete ", "remove ", NULL };
	static const char *const objects[] = { "the value", "this value", "that value", "the entry", "this entry",
						"that entry", "the registry value", "this registry value", "it", NULL };
	const char *q, *e;
	size_t i, j;

	for (i = 0; verbs[i] != NULL; i++)
		for (q = s; (q = imp_ci_find(q, verbs[i])) != NULL; q++) {
			if (q > s && isalpha((unsigned char)q[-1]))
				continue;
			e = q + strlen(verbs[i]);
			for (j = 0; objects[j] != NULL; j++)
				if (imp_starts_ci(e, objects[j]) && !isalnum((unsigned char)e[strlen(objects[j])]) &&
				    e[strlen(objects[j])] != '\'')
					return 1;
		}
	return 0;
}

int imp_place_block_deleted_after(struct imp *im, const char *key, size_t key_line, size_t key_last,
				  const struct value_block *vb)
{
	const struct imp_at at = { .key_line = key_line, .key_last = key_last, .repair = 1 };
	const struct value_spec *v = &vb->v[0];
	struct kb_buf b = { 0 };
	struct key_act ka;
	size_t first, last, starts[4], n;
	const char *head, *end, *sentence;
	int ok;

	if (vb->nv != 1 || v->name == NULL || v->alternative || v->example || imp_has_placeholder(v->name) ||
	    imp_placeholder_value_name(v->name) || imp_has_placeholder(key) || block_spans_a_step(im, vb))
		return 0;
	/* the step right after the block, its first sentence */
	for (first = vb->last + 1; first < im->a->body_end && first <= vb->last + 2 && imp_blank(imp_line_at(im, first));
	     first++)
		;
	if (first >= im->a->body_end || imp_blank(imp_line_at(im, first)) ||
	    !(imp_numbered_step(imp_line_at(im, first)) || imp_substep(imp_line_at(im, first))))
		return 0;
	for (last = first; last + 1 < im->a->body_end && last < first + 2 && !imp_blank(imp_line_at(im, last + 1)) &&
			   !imp_numbered_step(imp_line_at(im, last + 1)) && !imp_substep(imp_line_at(im, last + 1));
	     last++)
		;
	imp_join_lines(im, first, last, &b, starts, 4);
	if (b.oom || b.p == NULL) {
		kb_buf_free(&b);
		return 0;
	}
	head = imp_past_step_mark(b.p);
	for (end = head; *end != '\0' && !(*end == '.' && (end[1] == ' ' || end[1] == '\0')); end++)
		;
	sentence = imp_dupn(im, head, (size_t)(end - head));
	kb_buf_free(&b);
	if (sentence == NULL || imp_suggests(sentence))
		return 0;
	imp_sentence_act(sentence, &ka);
	/* "Change the value to 1 or remove the entry": a choice */
	ok = ka.verb == KV_DELETE && deletes_the_one_shown(sentence) && !imp_has_word(sentence, "or") &&
	     !imp_delete_undoes_itself(sentence, "") && !undoes_a_change(im, first, first);
	if (!ok)
		return 0;
	for (n = first > 4 ? first - 4 : 0; n <= last + 2 && n < im->a->body_end; n++)
		if (n >= im->a->body_first && imp_ci_find(imp_line_at(im, n), "-or-") != NULL)
			return 0;
	if (imp_add_check_at(im, &at, key, v->name, NULL, IE_VALUE_ABSENT, NULL, v->line) == NULL)
		return 0;
	for (n = v->line; n <= (v->last > v->line ? v->last : v->line); n++)
		im->used[n] = 1;
	return 1;
}
