/* kbimport_seldelete.c: values deleted by picking them in Registry
 * Editor (kbimport_int.h).  "Locate the following key: ...\LSA" then
 * "Select the Frob value and click Delete", "Right-click the Frob entry
 * in the Name list, and then click Delete", "Click the value Frob, press
 * DELETE": each names one value of the located key to delete.  Read when
 * the article's words delete but the deletion reader found nothing it
 * could place.  A name picked bare ("Click SPAP, click Edit, and click
 * Delete") is a key or a value as the article calls it elsewhere ("the
 * SPAP and CHAP registry keys"), or a person's to write. */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

static const char *const pick_verbs[] = {
	"select the ", "click the ", "right-click the ", "highlight the ", NULL,
};

/* A value's name at p: letters, digits, '_', '.', starting with a
 * capital or a digit (so "the incorrect value" names none); length. */
static size_t name_at(const char *p)
{
	size_t n = 0;

	if (!isupper((unsigned char)*p) && !isdigit((unsigned char)*p))
		return 0;
	while (isalnum((unsigned char)p[n]) || p[n] == '_' || p[n] == '.')
		n++;
	while (n > 0 && p[n - 1] == '.')
		n--;
	return n;
}

/* After the verb at p: "value X" or "X value|entry" ("X registry
 * value"); the name and its length, or NULL. */
static const char *picked_value(const char *p, size_t *len)
{
	const char *q;
	size_t n;

	if (imp_starts_ci(p, "value ") && (n = name_at(p + 6)) > 0) {
		*len = n;
		return p + 6;
	}
	if ((n = name_at(p)) == 0)
		return NULL;
	q = p + n;
	if (imp_starts_ci(q, " registry "))
		q += 9;
	if (imp_starts_ci(q, " value") || imp_starts_ci(q, " entry")) {
		if (isalpha((unsigned char)q[6]))
			return NULL;
		*len = n;
		return p;
	}
	return NULL;
}

/* "click Delete", "press DELETE", "choose Delete" in [p, end). */
static int deletes_in(const char *p, const char *end)
{
	static const char *const acts[] = { "click delete", "press delete", "press the delete",
					    "choose delete", "click on delete", NULL };
	const char *q;
	size_t i;

	for (i = 0; acts[i] != NULL; i++)
		if ((q = imp_ci_find(p, acts[i])) != NULL && q < end &&
		    !isalpha((unsigned char)q[strlen(acts[i])]))
			return 1;
	return 0;
}

/* ---- a name picked bare: "Click SPAP, click Edit, and click Delete" -- */

/* What the article calls name: 'k' for a key ("the SPAP and CHAP
 * registry keys", "the Frob subkey"), 'v' for a value ("the Frob value",
 * "the Frob entry"), 0 for neither or both.  The name may open a list of
 * names joined by "and", "or" or commas before the noun. */
static int called_key_or_value(struct imp *im, const char *name, size_t nl)
{
	int kind = 0;
	size_t n;

	for (n = im->a->body_first; n < im->a->body_end; n++) {
		/* the line with the next one after it: "delete the SPAP and" /
		 * "CHAP registry keys"; a name is read where it starts */
		const char *line = imp_line_at(im, n), *s, *p, *q;
		size_t ll = strlen(line);
		if (imp_ci_find(line, name) == NULL)
			continue;
		s = n + 1 < im->a->body_end ? imp_fmt(im, "%s %s", line, imp_skip_ws(imp_line_at(im, n + 1))) : line;
		if (s == NULL)
			return 0;
		for (p = s; (p = imp_ci_find(p, name)) != NULL && p < s + ll; p += nl) {
			int k = 0, j;
			if ((p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '\\')) || isalnum((unsigned char)p[nl]) ||
			    p[nl] == '\\')
				continue;
			q = p + nl;
			/* ", CHAP and MS-CHAP": up to three more names */
			for (j = 0; j < 3; j++) {
				const char *r = q;
				if (*r == ',')
					r++;
				r = imp_skip_ws(r);
				if (imp_starts_ci(r, "and ") || imp_starts_ci(r, "or "))
					r = imp_skip_ws(r + (r[0] == 'a' || r[0] == 'A' ? 4 : 3));
				else if (*q != ',')
					break;
				while (isalnum((unsigned char)*r) || *r == '_' || *r == '-' || *r == '.')
					r++;
				q = r;
			}
			q = imp_skip_ws(q);
			if (imp_starts_ci(q, "registry "))
				q += 9;
			if ((imp_starts_ci(q, "key") || imp_starts_ci(q, "subkey")) &&
			    !isalpha((unsigned char)q[imp_starts_ci(q, "key") ? 3 + (q[3] == 's') : 6 + (q[6] == 's')]))
				k = 'k';
			else if ((imp_starts_ci(q, "value") && !isalpha((unsigned char)q[5 + (q[5] == 's')])) ||
				 imp_starts_ci(q, "entry ") || imp_starts_ci(q, "entry.") || imp_starts_ci(q, "entries"))
				k = 'v';
			if (k != 0 && kind != 0 && k != kind)
				return 0;
			if (k != 0)
				kind = k;
		}
	}
	return kind;
}

/* Registry Editor's confirmation named right after the pick at p (in
 * its sentence or the next, 200 characters at most): "the Confirm Value
 * Delete dialog box" ('v'), "Confirm Key Delete", "confirm the key
 * deletion" ('k'); 0 for none.  The dialog says what the pick was where
 * the article's words do not. */
static int confirmed_kind(const char *p)
{
	char buf[201];
	size_t l = strlen(p);

	if (l > 200)
		l = 200;
	memcpy(buf, p, l);
	buf[l] = '\0';
	if (imp_ci_find(buf, "Confirm Value Delete") != NULL || imp_ci_find(buf, "confirm the value deletion") != NULL)
		return 'v';
	if (imp_ci_find(buf, "Confirm Key Delete") != NULL || imp_ci_find(buf, "confirm the key deletion") != NULL)
		return 'k';
	return 0;
}

/* "Select Web Gizmo, click Delete": a name of two or three words, each
 * opening with a capital or a digit, picked bare before a comma; its
 * length, or 0 (one word is name_at()'s). */
static size_t words_name_at(const char *p)
{
	size_t n = 0, w, words = 0;

	for (;;) {
		if ((w = name_at(p + n)) == 0)
			return 0;
		n += w;
		words++;
		if (p[n] == ',')
			return words >= 2 ? n : 0;
		if (p[n] != ' ' || words == 3)
			return 0;
		n++;
	}
}

/* The article writes a path ending in "\\name" under another key than
 * key ("Click the following key: ...\\DirectPlay" then "Right-click the
 * DirectX registry key", which the article gives elsewhere as
 * "...\\Microsoft\\DirectX"): the key picked in the tree is not
 * known to be key's subkey. */
static int path_elsewhere(struct imp *im, const char *key, const char *name)
{
	const char *last = strrchr(key, '\\'), *line, *p;
	size_t n, nl, ll;

	/* (out of memory: no reading; a key with no backslash has no
	 * parent to compare) */
	if (name == NULL || last == NULL)
		return name == NULL;
	last++;
	/* the key located, picked again */
	if (strcasecmp(last, name) == 0)
		return 0;
	nl = strlen(name);
	ll = strlen(last);
	for (n = im->a->body_first; n < im->a->body_end; n++)
		for (line = imp_line_at(im, n); (p = imp_ci_find(line, name)) != NULL; line = p + nl) {
			if (p == line || p[-1] != '\\' || isalnum((unsigned char)p[nl]))
				continue;
			/* "...\\Frob\\Parameters" under ...\\Frob: the same */
			if ((size_t)(p - 1 - imp_line_at(im, n)) >= ll &&
			    strncasecmp(p - 1 - ll, last, ll) == 0)
				continue;
			return 1;
		}
	return 0;
}

/* After the verb at p: "X subkey", "X key", "X registry key" (the key
 * located's subkey, picked in the tree); the name and its length, or
 * NULL. */
static const char *picked_subkey(const char *p, size_t *len)
{
	const char *q;
	size_t n;

	if ((n = name_at(p)) == 0)
		return NULL;
	q = p + n;
	if (imp_starts_ci(q, " registry "))
		q += 9;
	if (imp_starts_ci(q, " subkey") && !isalpha((unsigned char)q[7])) {
		*len = n;
		return p;
	}
	if (imp_starts_ci(q, " key") && !isalpha((unsigned char)q[4])) {
		*len = n;
		return p;
	}
	return NULL;
}

/* The sentence of s holding the pick at p picks name in Registry
 * Editor's right pane ("In the right pane, right-click Frob, and then
 * click Delete"), which lists only values. */
static int picked_in_values_pane(struct imp *im, const char *s, const char *p, const char *name)
{
	const char *start = p, *at, *picked;

	while (start > s && !(start[-1] == ' ' && start - 1 > s && start[-2] == '.'))
		start--;
	picked = imp_values_pane_pick(im, start, &at);
	return picked != NULL && strcasecmp(picked, name) == 0;
}

/* "Click SPAP, click Edit, and click Delete", "Right-click DAEMON.EXE,
 * and then click Delete": a name picked with no noun after it, and the
 * same sentence deletes it.  A key or a value as the article calls it
 * elsewhere; for a person when it calls it neither.  Drafted checks are
 * counted in *drafted. */
static void place_bare_picks(struct imp *im, const char *key, const struct imp_at *at0, const char *s,
			     size_t first, const size_t *starts, size_t ns, size_t *drafted)
{
	static const char *const verbs[] = { "click ", "select ", "right-click ", "highlight ", NULL };
	struct imp_at at = *at0;
	const char *p, *name, *end, *after;
	size_t i, len, n;

	for (i = 0; verbs[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, verbs[i])) != NULL; p += strlen(verbs[i])) {
			int kind;
			if (p > s && (isalpha((unsigned char)p[-1]) || (i == 0 && p[-1] == '-')))
				continue;
			name = p + strlen(verbs[i]);
			if ((len = name_at(name)) < 2 || imp_editor_command(name, len))
				continue;
			if (name[len] == ' ' && words_name_at(name) > 0)
				len = words_name_at(name);
			/* another action follows: "SPAP, click Edit", "X and
			 * press DELETE" (not "the Frob value", read above) */
			after = name + len;
			if (!(*after == ',' || imp_starts_ci(after, " and ") || imp_starts_ci(after, " then ")))
				continue;
			end = after + strcspn(after, ".;");
			if (!deletes_in(after, end))
				continue;
			n = imp_joined_line(first, starts, ns, (size_t)(name - s));
			if ((name = imp_dupn(im, name, len)) == NULL)
				return;
			kind = called_key_or_value(im, name, len);
			if (kind == 0)
				kind = confirmed_kind(after);
			if (kind == 0 && picked_in_values_pane(im, s, p, name))
				kind = 'v';
			if (kind == 0) {
				imp_review(im, n, T_CHECKS, 0,
					   imp_fmt(im, "'%s' is picked under %s and deleted, and the article does not say whether it is a key or a value: write the check and its delete action by hand",
						   name, key));
				continue;
			}
			at.value_last = imp_joined_line(first, starts, ns, (size_t)(end - s));
			if (kind == 'k') {
				const char *sub = imp_fmt(im, "%s\\%.*s", key, (int)len, name);
				if (sub != NULL && imp_add_check_at(im, &at, sub, NULL, NULL, IE_KEY_ABSENT, NULL, n) != NULL)
					(*drafted)++;
			} else if (imp_add_check_at(im, &at, key, name, NULL, IE_VALUE_ABSENT, NULL, n) != NULL) {
				(*drafted)++;
			}
		}
}

int imp_place_selected_deletes(struct imp *im, const char *key, size_t key_line, size_t key_last)
{
	struct kb_buf b = { 0 };
	size_t n, starts[12], ns, i, len, drafted = 0;
	const char *p, *s, *name, *end;
	struct imp_at at = { .key_line = key_line, .key_last = key_last, .repair = 1 };
	int subkey;

	if (imp_has_placeholder(key) || (ns = imp_join_after_key(im, key_last, 11, 0, &b, starts, 12)) == 0)
		return 0;
	s = b.p;
	for (i = 0; pick_verbs[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, pick_verbs[i])) != NULL; p += strlen(pick_verbs[i])) {
			if (p > s && isalpha((unsigned char)p[-1]))
				continue;
			if (i == 1 && p > s && p[-1] == '-')
				continue;       /* "right-click the" is read as its own verb */
			subkey = 0;
			name = picked_value(p + strlen(pick_verbs[i]), &len);
			if (name == NULL && (name = picked_subkey(p + strlen(pick_verbs[i]), &len)) != NULL)
				subkey = 1;
			if (name == NULL)
				continue;
			end = name + len + strcspn(name + len, ".;");
			if (!deletes_in(name + len, end))
				continue;
			n = imp_joined_line(key_last + 1, starts, ns, (size_t)(name - s));
			at.value_last = imp_joined_line(key_last + 1, starts, ns, (size_t)(end - s));
			if (subkey && (imp_starts_ci(name, "HKEY") ||
				       path_elsewhere(im, key, imp_dupn(im, name, len))))
				continue;
			if (subkey) {
				/* "Right-click the Parameters key" under ...\Parameters
				 * itself: the key located, picked again */
				const char *picked = imp_dupn(im, name, len);
				const char *sub = picked == NULL ? NULL : imp_key_ends_in(key, picked) ? key :
					imp_fmt(im, "%s\\%s", key, picked);
				if (sub != NULL && imp_add_check_at(im, &at, sub, NULL, NULL, IE_KEY_ABSENT, NULL, n) != NULL)
					drafted++;
			} else if (imp_add_check_at(im, &at, key, imp_dupn(im, name, len), NULL, IE_VALUE_ABSENT, NULL,
						    n) != NULL) {
				drafted++;
			}
		}
	if (drafted == 0)
		place_bare_picks(im, key, &at, s, key_last + 1, starts, ns, &drafted);
	kb_buf_free(&b);
	return drafted > 0;
}
