/* kbimport_listentry.c: an entry typed into a multi-string value named
 * before its key (kbimport_int.h).  "Locate the DependOnService value
 * under the following key:" then "On the Edit menu, click Multi String,
 * type "Frob" (without the quotation marks) to add it to the list":
 * Regedt32's Multi String editor opens on the value's present entries,
 * and the step types one more.  Drafted as a 'contains' check with its
 * add-entry repair only when the words say the entry is added (or the
 * value is a service's dependency list, which the steps extend): typing
 * over the list would replace it, which a contains check cannot say. */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* Lists of names a service waits for: what is typed joins them. */
static int dependency_list(const char *name)
{
	return strcasecmp(name, "DependOnService") == 0 || strcasecmp(name, "DependOnGroup") == 0;
}

/* Regedt32's Multi String editor named in s ("click Multi String", "In
 * the Multi-String Editor"): where, or NULL. */
static const char *multi_string_in(const char *s)
{
	const char *p = imp_ci_find(s, "Multi String");

	return p != NULL ? p : imp_ci_find(s, "Multi-String");
}

/* In lines first..last, "Multi String" then "type "X"": X (quoted, no
 * placeholder), its line in *line; NULL when not said so. */
static const char *typed_entry(struct imp *im, size_t first, size_t last, size_t *line, int *adds)
{
	size_t n, ms = 0;
	const char *p, *q;

	*adds = 0;
	for (n = first; n <= last && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		if (imp_ci_find(s, "HKEY_") != NULL)
			break;
		if (multi_string_in(s) != NULL)
			ms = n;
		if (ms == 0)
			continue;
		/* "to add it to the list", on this line or the next */
		if (imp_ci_find(s, "add it to") != NULL ||
		    (n + 1 < im->a->body_end && imp_ci_find(imp_line_at(im, n + 1), "add it to") != NULL))
			*adds = 1;
		p = imp_ci_find(n == ms ? multi_string_in(s) : s, "type \"");
		if (p == NULL)
			continue;
		p += 6;
		q = strchr(p, '"');
		if (q == NULL || q == p || memchr(p, '<', (size_t)(q - p)) != NULL ||
		    memchr(p, ' ', (size_t)(q - p)) != NULL || memchr(p, '=', (size_t)(q - p)) != NULL)
			return NULL;
		*line = n;
		return imp_dupn(im, p, (size_t)(q - p));
	}
	return NULL;
}

/* A button or a menu Regedt32's steps click ("Click OK, and then ..."),
 * not a value. */
static int button_name(const char *w)
{
	static const char *const buttons[] = { "OK", "Cancel", "Apply", "Yes", "No", "Start", "Edit", "Close",
					       "Next", "Finish", "Add", "Delete", "Browse", "Save", "Registry",
					       "View", "Security", NULL };
	size_t i;

	for (i = 0; buttons[i] != NULL; i++)
		if (strcasecmp(w, buttons[i]) == 0)
			return 1;
	return 0;
}

/* "Select the X value", "double-click the existing X entry": X, its
 * end in *e, or NULL. */
static const char *named_by_pick(struct imp *im, const char *s, const char **e)
{
	static const char *const picks[] = { "Select the ", "double-click the existing ", "double-click the ",
					      NULL };
	const char *p, *name;
	size_t i;

	for (i = 0; picks[i] != NULL; i++)
		if ((p = imp_ci_find(s, picks[i])) != NULL &&
		    (name = imp_said_word(im, p + strlen(picks[i]), e)) != NULL &&
		    (imp_starts_ci(*e, " value") || imp_starts_ci(*e, " entry")) && imp_name_shaped(name, strlen(name)))
			return name;
	return NULL;
}

/* Line s finishes an edit of its own ("and then type 2 in the Data
 * box"): a value it picks is not the one the Multi String editor opens. */
static int types_data(const char *s)
{
	static const char *const cues[] = { "then type ", ", type ", " and type ", "data box", NULL };

	return imp_cue_in(s, cues) != NULL;
}

/* "3. Click Machine, and then on the Edit menu, click Multi String." (s
 * past its step mark, ms where it names the editor): Machine, the value
 * clicked on the editor's own step, when nothing but "on the Edit menu,
 * click" stands between ", and then" and the editor ("Click Frob, and
 * then click DependOnService" clicks a key, then a value); else NULL. */
static const char *clicked_on_editor_step(struct imp *im, const char *s, const char *ms)
{
	const char *name, *e, *p;

	if (!imp_starts_ci(s, "Click ") || (name = imp_said_word(im, s + 6, &e)) == NULL ||
	    !imp_starts_ci(e, ", and then") || e >= ms || !imp_name_shaped(name, strlen(name)) || button_name(name))
		return NULL;
	p = imp_skip_ws(e + 10);
	if (imp_starts_ci(p, "on the Edit menu,"))
		p = imp_skip_ws(p + 17);
	else if (imp_starts_ci(p, "from the Edit menu,"))
		p = imp_skip_ws(p + 19);
	if (imp_starts_ci(p, "click "))
		p = imp_skip_ws(p + 6);
	else if (imp_starts_ci(p, "select "))
		p = imp_skip_ws(p + 7);
	return p == ms ? name : NULL;
}

/* "3. Select the following entry: List", "2. Select the NullSessionShares
 * value.": the value a step after the key picks, before the editor opens
 * (line ms): the nearest pick, on the editor's own line before it names
 * the editor ("Double-click the X value, and then in the Multi-String
 * Editor") or on the lines above it, read upwards; none past a line that
 * finishes an edit of its own ("Double-click the Start value, and then
 * type 2").  Its line in *line, or NULL. */
static const char *picked_before(struct imp *im, size_t first, size_t ms, size_t *line)
{
	static const char *const picks[] = { "following entry:", "following value:", NULL };
	const char *s, *p, *name, *e, *at;
	char head[400];
	size_t n, i;

	/* the editor's own line, up to where it names the editor (the
	 * caller found it there) */
	s = imp_past_step_mark(imp_line_at(im, ms));
	if ((at = multi_string_in(s)) == NULL)
		return NULL;
	snprintf(head, sizeof head, "%.*s", (int)(at - s), s);
	if ((name = clicked_on_editor_step(im, s, at)) != NULL ||
	    ((name = named_by_pick(im, head, &e)) != NULL && !types_data(e))) {
		*line = ms;
		return name;
	}
	if (types_data(head))
		return NULL;
	for (n = ms; n-- > first && n < im->a->body_end;) {
		s = imp_line_at(im, n);
		for (i = 0; picks[i] != NULL; i++)
			if ((p = imp_ci_find(s, picks[i])) != NULL &&
			    (name = imp_said_word(im, p + strlen(picks[i]), &e)) != NULL && imp_blank(e)) {
				*line = n;
				return name;
			}
		/* "Select the X value", "Select the X entry", "double-click
		 * the existing X entry" */
		if ((name = named_by_pick(im, s, &e)) != NULL) {
			if (types_data(e))
				return NULL;
			*line = n;
			return name;
		}
		if (types_data(s))
			return NULL;
	}
	return NULL;
}

/* s places what it adds anywhere but at the end ("to the beginning of
 * the list", "at the top", "before NDIS"): the order of such a list
 * matters and an add-entry repair appends, so the step is for a person. */
static int places_not_last(const char *s)
{
	static const char *const places[] = { "beginning", "top of", "start of", "before ", "above ",
					      "first entry", "first line", "first item", NULL };

	return imp_cue_in(s, places) != NULL;
}

/* The step at line ms opens the Multi String editor: the entries it adds,
 * each a line, into entries (at most max), their first line in *line:
 * 'add "X" (without the quotation marks) to the existing data', or "Add
 * the following to the end of the list:" over the entries, one a line.
 * 0 when the step types over the list, leaves the entry to the reader
 * ("add the domain", "<name>", "where D: is the drive"), or adds none. */
/* The entry quoted from p to q (its closing quote) on the editor's step
 * ms, as entries[0]: 1, or 0 when the words place it anywhere but at the
 * list's end (a review item says so), it holds a placeholder, or memory
 * is out. */
static size_t one_added_entry(struct imp *im, size_t ms, const char *p, const char *q, const char **entries,
			      size_t *line)
{
	if (places_not_last(q)) {
		imp_review(im, ms, T_CHECKS, 0,
			   "the step adds an entry to a list value other than at its end, and add-entry appends: write this change by hand");
		return 0;
	}
	entries[0] = imp_dupn(im, p, (size_t)(q - p));
	*line = ms;
	return entries[0] != NULL && strpbrk(entries[0], "<>") == NULL ? 1 : 0;
}

static size_t added_entries(struct imp *im, size_t ms, const char **entries, size_t max, size_t *line)
{
	const char *s = imp_line_at(im, ms), *p, *q;
	char joined[400];
	size_t n, k = 0;

	snprintf(joined, sizeof joined, "%s %s", s, imp_step_goes_on(im, ms));
	/* "add a line containing the string "LMHOSTS"": one more line of
	 * the list, wherever the editor puts it */
	if ((p = imp_ci_find(joined, "add a line containing the string \"")) != NULL ||
	    (p = imp_ci_find(joined, "add a line containing \"")) != NULL) {
		/* "Do not add a line ...", "If you add a line ...", "you may
		 * want to add ...": no entry the steps plainly add */
		if (imp_negated_before(joined, p) || imp_set_condition_in(joined) || imp_suggests(joined))
			return 0;
		p = strchr(p, '"') + 1;
		if ((q = strchr(p, '"')) != NULL && q > p && memchr(p, ' ', (size_t)(q - p)) == NULL)
			return one_added_entry(im, ms, p, q, entries, line);
	}
	if ((p = imp_ci_find(joined, "add \"")) != NULL && (q = strchr(p + 5, '"')) != NULL && q > p + 5 &&
	    imp_ci_find(q, "existing") != NULL)
		return one_added_entry(im, ms, p + 5, q, entries, line);
	/* "Add the following to the end of the list:" on this step or the
	 * next one, then the entries */
	for (n = ms; n < ms + 4 && n < im->a->body_end; n++) {
		s = imp_line_at(im, n);
		if (imp_ci_find(s, "Add the following") != NULL && imp_ends_with_colon(s))
			break;
	}
	if (n >= ms + 4 || n >= im->a->body_end)
		return 0;
	/* "Do not add the following ...:", "Only if ..., add the
	 * following:": no entry the steps plainly add */
	p = imp_ci_find(s, "Add the following");
	/* the set's own condition words (imp_set_condition_in()): "where
	 * each entry is on a line of its own" or "when you type it"
	 * describe the entries, no case */
	if (imp_set_condition_in(s) || imp_negated_before(s, p))
		return 0;
	if (places_not_last(s)) {
		imp_review(im, n, T_CHECKS, 0,
			   "the step adds entries to a list value other than at its end, and add-entry appends: write this change by hand");
		return 0;
	}
	for (n++; n < im->a->body_end && imp_blank(imp_line_at(im, n)); n++)
		;
	for (*line = n; n < im->a->body_end && !imp_blank(imp_line_at(im, n)) && k < max; n++) {
		s = imp_skip_ws(imp_line_at(im, n));
		if (imp_numbered_step(s) || imp_indent_of(imp_line_at(im, n)) == 0 || strpbrk(s, "<>") != NULL)
			return 0;
		entries[k++] = imp_dupn(im, s, imp_rtrim_len(s, strlen(s)));
	}
	/* "where D: is the drive letter" under the list: a placeholder */
	for (; n < im->a->body_end && imp_blank(imp_line_at(im, n)); n++)
		;
	if (n < im->a->body_end && imp_starts_ci(imp_skip_ws(imp_line_at(im, n)), "where "))
		return 0;
	return k;
}

/* The steps after the key (ending at key_last) up to line ms select
 * another key ("3. Select the Widget subkey."): the list is not under
 * the key read. */
static int steps_leave_key(struct imp *im, size_t key_last, size_t ms)
{
	struct kb_buf b = { 0 };
	size_t starts[12];
	int left = 1;

	if (ms <= key_last + 1)
		return 0;
	imp_join_lines(im, key_last + 1, ms - 1, &b, starts, 12);
	if (!b.oom && b.p != NULL)
		left = imp_steps_leave_key(im, b.p, key_last, NULL);
	kb_buf_free(&b);
	return left;
}

/* "Select the following entry: List" / "From the Edit menu, select Multi
 * String." / "Add the following to the end of the list:" over entries:
 * the entries the step adds to the value picked after the key, each a
 * 'contains' check with its add-entry repair.  name (its line
 * name_line): the value named ahead of the key, or NULL.  1 when placed. */
static int place_added_entries(struct imp *im, const char *key, size_t key_line, size_t key_last,
			       const char *name, size_t name_line)
{
	const char *entries[8];
	size_t n, ms = 0, line = 0, k, i, placed = 0;

	for (n = key_last + 1; n < key_last + 8 && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		if (imp_ci_find(s, "HKEY_") != NULL)
			return 0;
		if (multi_string_in(s) != NULL) {
			ms = n;
			break;
		}
	}
	if (ms == 0 || steps_leave_key(im, key_last, ms))
		return 0;
	if (name == NULL && (name = picked_before(im, key_last + 1, ms, &name_line)) == NULL)
		return 0;
	if ((k = added_entries(im, ms, entries, 8, &line)) == 0 || imp_has_placeholder(key))
		return 0;
	for (i = 0; i < k; i++)
		if (imp_add_list_entry(im, key_line, key_last, line + i, key, name, entries[i], name_line) != NULL)
			placed++;
	return placed > 0;
}

int imp_place_typed_entry(struct imp *im, const char *key, size_t key_line, size_t key_last)
{
	const char *name, *entry;
	size_t name_line = 0, entry_line = 0;
	int adds;

	if ((name = imp_value_ahead_of_key(im, key_line, &name_line)) == NULL)
		return place_added_entries(im, key, key_line, key_last, NULL, 0);
	entry = typed_entry(im, key_last + 1, key_last + 6, &entry_line, &adds);
	if (entry == NULL)
		return place_added_entries(im, key, key_line, key_last, name, name_line);
	if (imp_has_placeholder(entry) || imp_has_placeholder(key) || (!adds && !dependency_list(name)))
		return 0;
	return imp_add_list_entry(im, key_line, key_last, entry_line, key, name, entry, name_line) != NULL;
}

struct imp_check *imp_add_list_entry(struct imp *im, size_t key_line, size_t key_last,
				     size_t entry_last, const char *key, const char *value,
				     const char *entry, size_t line)
{
	const struct imp_at at = { .key_line = key_line, .key_last = key_last,
				   .value_last = entry_last, .repair = 1 };

	return imp_add_check_at(im, &at, key, value, "REG_MULTI_SZ", IE_CONTAINS, entry, line);
}
