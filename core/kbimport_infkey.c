/* kbimport_infkey.c: keys written the INF / setup-script way
 * (kbimport_int.h): 'HKEY_LOCAL_MACHINE,"SOFTWARE\Frobco\Frob"' or
 * 'HKLM,"Software\...\App' / '   Paths\FROB.EXE"' (the root, a comma, the
 * path in quotes, wrapped inside the quotes onto the next line), as an
 * INF's AddReg and DelReg sections write them and as some articles list
 * keys to delete.  The key scan reads the root alone and missed the path.
 * Nine archive articles hold such lines. */
#include <ctype.h>
#include <stddef.h>
#include <string.h>

#include "kbimport_int.h"

static const char *const inf_roots[][2] = {
	{ "HKEY_LOCAL_MACHINE", "HKEY_LOCAL_MACHINE" }, { "HKLM", "HKEY_LOCAL_MACHINE" },
	{ "HKEY_CURRENT_USER", "HKEY_CURRENT_USER" },   { "HKCU", "HKEY_CURRENT_USER" },
	{ "HKEY_CLASSES_ROOT", "HKEY_CLASSES_ROOT" },   { "HKCR", "HKEY_CLASSES_ROOT" },
	{ "HKEY_USERS", "HKEY_USERS" },                 { "HKU", "HKEY_USERS" },
};

/* s (trimmed) opens with an INF root and its comma: the root's full name,
 * with *after just past the comma; NULL otherwise. */
static const char *inf_root(const char *s, const char **after)
{
	size_t i;

	/* (every root opens with "HK": most lines are none, at once) */
	if (!imp_starts_ci(s, "HK"))
		return NULL;
	for (i = 0; i < sizeof inf_roots / sizeof inf_roots[0]; i++) {
		if (imp_starts_ci(s, inf_roots[i][0])) {
			const char *p = imp_skip_ws(s + strlen(inf_roots[i][0]));
			if (*p != ',')
				continue;
			*after = imp_skip_ws(p + 1);
			return inf_roots[i][1];
		}
	}
	return NULL;
}

int imp_inf_line_starts_key(const char *s)
{
	const char *after;

	return inf_root(imp_skip_ws(s), &after) != NULL && *after == '"';
}

const char *imp_inf_key(struct imp *im, size_t n, size_t *last, int *valued)
{
	const char *t = imp_skip_ws(imp_line_at(im, n)), *root, *p, *q, *rest;
	const char *key;
	size_t l;

	*last = n;
	*valued = 0;
	if ((root = inf_root(t, &p)) == NULL || *p != '"')
		return NULL;
	p++;
	q = strchr(p, '"');
	if (q != NULL) {
		key = imp_fmt(im, "%s\\%.*s", root, (int)(q - p), p);
		rest = q + 1;
	} else {
		/* wrapped inside the quotes: the next line closes them; a
		 * break at a backslash joins as it is, one between words
		 * stood for a space ("App" / "Paths\FROB.EXE") */
		const char *next;
		if (n + 1 >= im->a->body_end)
			return NULL;
		for (*last = n + 1; *last < im->a->body_end && *last <= n + 2 && imp_blank(imp_line_at(im, *last));
		     (*last)++)
			;
		if (*last >= im->a->body_end)
			return NULL;
		next = imp_skip_ws(imp_line_at(im, *last));
		if ((q = strchr(next, '"')) == NULL)
			return NULL;
		l = imp_rtrim_len(p, strlen(p));
		key = imp_fmt(im, "%s\\%.*s%s%.*s", root, (int)l, p,
			      (l > 0 && p[l - 1] == '\\') || *next == '\\' ? "" : " ", (int)(q - next), next);
		rest = q + 1;
	}
	/* 'ROOT,"key"' alone, or with empty fields (",,,"): a key; a name
	 * or data after it: a value of the key */
	for (; *rest != '\0'; rest++)
		if (*rest != ',' && !isspace((unsigned char)*rest))
			*valued = 1;
	/* 'HKLM,"...\Frob",' / '   "Name",0x00010001,1': the value's
	 * fields go on on the next line */
	if (!*valued && *last + 1 < im->a->body_end && *imp_skip_ws(imp_line_at(im, *last + 1)) == '"')
		*valued = 1;
	return key;
}
