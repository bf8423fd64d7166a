/* kbimport_fallback.c: the reader of last resort for registry values no
 * layout reader placed.
 *
 * Whatever the layout ("name   REG_SZ :  data" columns, "Name = REG_DWORD
 * 1", "Name (REG_SZ) data"), a value row holds a name, a REG_ type and
 * data; and whatever the layout, its key is the nearest key context above
 * the rows: a "Key Name:" / "Key:" label (Regedt32's printed form, its root
 * named in the lead-in) or a full path alone on its line.  A row is drafted
 * only when all of key, name, type, data and a request ("verify", "add",
 * ...) are read; every existing asked-for decision still applies (imp_gate
 * runs after this pass).  What stays unread keeps its review item, whose
 * note then says what was missing. */
#include "kbwiz/kbimport.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* How far above a row the key context may be (rows between included). */
#define FB_KEY_WINDOW 24

/* A row "name <sep> REG_X <sep> data" in any of the separators: fills v
 * (fields cleaned), 1; 0 when the line is not one. */
static int fb_row(struct imp *im, const char *s, size_t line, struct value_spec *v)
{
	const char *t = imp_skip_ws(s), *p, *type = NULL, *d;
	size_t tl = 0, nl, dl;
	int guessed = 0;

	for (p = t; *p != '\0'; p++) {
		if ((p == t || !isalnum((unsigned char)p[-1])) && strncasecmp(p, "REG", 3) == 0 &&
		    (type = imp_reg_type(p, 0, &tl, &guessed)) != NULL)
			break;
	}
	if (type == NULL || guessed || p == t)
		return 0;
	/* the name: what is before the type, less separators and "(" */
	nl = (size_t)(p - t);
	while (nl > 0 && (isspace((unsigned char)t[nl - 1]) || strchr(":=(", t[nl - 1]) != NULL))
		nl--;
	/* a backslash makes it the tail of a wrapped path: the key
	 * readers' to place, not a name */
	if (nl == 0 || memchr(t, ':', nl) != NULL || memchr(t, '=', nl) != NULL ||
	    memchr(t, '\\', nl) != NULL)
		return 0;
	/* a sentence is not a name: at most two words */
	{
		size_t i, words = 1;
		for (i = 0; i < nl; i++)
			if (t[i] == ' ' && i + 1 < nl && t[i + 1] != ' ')
				words++;
		if (words > 2 || (nl > 0 && t[nl - 1] == '.'))
			return 0;
		/* "1. Name", "b Name": a list's marker, not a name's word */
		if (words == 2 && (t[1] == ' ' || imp_numbered_step(t) || imp_substep(t)))
			return 0;
	}
	d = p + tl;
	if (*d == ')')
		d++;
	while (*d == ' ' || *d == '\t' || *d == ':' || *d == '=')
		d++;
	dl = imp_rtrim_len(d, strlen(d));
	if (dl == 0)
		return 0;
	memset(v, 0, sizeof *v);
	v->name = imp_clean_field(im, t, nl);
	v->type = type;
	v->data = imp_clean_field(im, d, dl);
	v->line = line;
	return v->name != NULL && v->data != NULL && v->name[0] != '\0' && v->data[0] != '\0';
}

/* "Key Name:   SOFTWARE\Microsoft\Rpc" / "Key: ...": the path, or NULL. */
static const char *fb_key_label(const char *s)
{
	const char *t = imp_skip_ws(s);
	size_t l;

	if (imp_starts_ci(t, "Key Name:"))
		t += 9;
	else if (imp_starts_ci(t, "Key:"))
		t += 4;
	else
		return NULL;
	t = imp_skip_ws(t);
	l = imp_rtrim_len(t, strlen(t));
	return l > 0 && memchr(t, '\\', l) != NULL && memchr(t, ' ', l) == NULL ? t : NULL;
}

/* "Software\Microsoft\Mail\Custom Messages" alone on a line: two
 * backslashes or more, no sentence's end. */
static int fb_bare_path(const char *t)
{
	size_t l = imp_rtrim_len(t, strlen(t)), i, slashes = 0;

	for (i = 0; i < l; i++)
		slashes += t[i] == '\\';
	return slashes >= 2 && l > 0 && strchr(".:,;", t[l - 1]) == NULL;
}

/* The machine root named in lines first..last ("HKEY_LOCAL_MACHINE
 * subtree", "under HKLM", a full path): 1 when one is. */
static int fb_root_named(const struct imp *im, size_t first, size_t last)
{
	size_t n;

	for (n = first; n <= last; n++)
		if (imp_ci_find(imp_line_at(im, n), "HKEY_LOCAL_MACHINE") != NULL ||
		    imp_ci_find(imp_line_at(im, n), "HKLM") != NULL)
			return 1;
	return 0;
}

/* The step or lead-in the key at key_line belongs to: back to a numbered
 * step (within FB_KEY_WINDOW lines), else imp_ask_window_start(). */
static size_t fb_ask_start(const struct imp *im, size_t key_line)
{
	size_t n, stop = key_line > im->a->body_first + FB_KEY_WINDOW ? key_line - FB_KEY_WINDOW :
									 im->a->body_first;

	for (n = key_line; n > stop; n--)
		if (imp_numbered_step(imp_line_at(im, n - 1)))
			return n - 1;
	return imp_ask_window_start(im, key_line);
}

/* key (in im's arena; NULL when out of memory), a path under
 * HKEY_LOCAL_MACHINE, read as every key is (imp_normal_key(), which
 * reviews on line what it mends or refuses); NULL with *why when it
 * refuses. */
static const char *machine_key(struct imp *im, const char *key, size_t line, const char **why)
{
	if (key == NULL)
		return NULL;    /* im->oom says so */
	*why = "its key cannot be read from a machine hive";
	return imp_normal_key(im, key, line);
}

/* The key of the row at line: the nearest key context above, over rows
 * and blank lines only.  NULL (with *why) when none is sure. */
static const char *fb_key(struct imp *im, size_t line, size_t *key_line, const char **why)
{
	size_t n, lead;
	const char *k, *t;
	struct value_spec v;

	*why = "no key above it";
	for (n = line; n-- > im->a->body_first && line - n <= FB_KEY_WINDOW;) {
		const char *s = imp_line_at(im, n);
		t = imp_skip_ws(s);
		if (*t == '\0' || fb_row(im, s, n, &v))
			continue;
		*key_line = n;
		k = fb_key_label(s);
		/* a path alone on its line under a machine hive's first key
		 * ("Software\Microsoft\Mail"): relative, as a label's */
		if (k == NULL && (imp_starts_ci(t, "SOFTWARE\\") || imp_starts_ci(t, "SYSTEM\\")) &&
		    fb_bare_path(t))
			k = t;
		if (k != NULL) {
			size_t kl = imp_rtrim_len(k, strlen(k));
			/* "...\Services\" ends a line the path goes on from */
			if (kl > 0 && k[kl - 1] == '\\')
				return *why = "its key's path is cut at the end of a line", NULL;
			if (imp_starts_ci(k, "HKEY_LOCAL_MACHINE\\") || imp_starts_ci(k, "HKLM\\"))
				return machine_key(im, imp_dupn(im, k, kl), n, why);
			if (imp_starts_ci(k, "HKEY_"))
				return *why = "its key is not under HKEY_LOCAL_MACHINE", NULL;
			/* a relative path: its root named in the lead-in (the
			 * step's, when a step holds several blocks) */
			lead = fb_ask_start(im, n);
			if (n > im->a->body_first + 8 && lead > n - 8)
				lead = n - 8;
			if (n > lead && fb_root_named(im, lead, n - 1))
				return machine_key(im, imp_fmt(im, "HKLM\\%.*s", (int)kl, k), n, why);
			return *why = "its key's root is not named", NULL;
		}
		if (imp_starts_ci(t, "HKEY_LOCAL_MACHINE\\") &&
		    memchr(t, ' ', imp_rtrim_len(t, strlen(t))) == NULL)
			return machine_key(im, imp_dupn(im, t, imp_rtrim_len(t, strlen(t))), n, why);
		return NULL;
	}
	return NULL;
}

void imp_scan_fallback_values(struct imp *im)
{
	unsigned char *placed = imp_placed_lines(im, 0);
	size_t n, key_line = 0, start, checks;
	const char *key, *why;
	struct value_spec v;
	struct imp_at at;
	enum asks ask;

	if (placed == NULL)
		return;
	for (n = im->a->body_first; n < im->a->body_end && !im->oom; n++) {
		const char *s = imp_line_at(im, n);
		if (placed[n] || !kb_import_line_names_fact(s) || !fb_row(im, s, n, &v))
			continue;
		if ((key = fb_key(im, n, &key_line, &why)) == NULL) {
			if (strcmp(why, "no key above it") != 0)
				imp_review(im, n, T_CHECKS, 0,
					   imp_fmt(im, "value '%s' (%s): %s; write its check by hand", v.name,
						   v.type, why));
			continue;
		}
		start = fb_ask_start(im, key_line);
		ask = imp_article_asks(im, start, key_line, key_line);
		if (ask != ASK_CHECK && ask != ASK_SET) {
			imp_review(im, n, T_CHECKS, 0,
				   imp_fmt(im, "value '%s' under %s: %s; check it by hand", v.name, key,
					   ask == ASK_DELETE ? "the lead-in asks to delete, not to check it" :
					   "no request above it asks to check or set it"));
			continue;
		}
		if (imp_in_reference_part(im, n) || imp_program_writes(im, start, key_line) ||
		    imp_example_heading(im, start, n) || imp_data_left_to_reader(im, n, n) != NULL) {
			imp_review(im, n, T_CHECKS, 0,
				   imp_fmt(im, "value '%s' under %s is shown, not asked for: check it by hand", v.name,
					   key));
			continue;
		}
		at = (struct imp_at){ .key_line = key_line, .key_last = key_line, .repair = ask == ASK_SET };
		checks = im->n_checks;
		imp_value_checks(im, &at, key, &v);
		if (im->n_checks > checks)
			imp_review(im, n, T_CHECKS, 0,
				   imp_fmt(im, "value '%s' is read by the last-resort row reader under %s (line %zu): check its key, name, type and data",
					   v.name, key, key_line));
	}
	free(placed);
}
