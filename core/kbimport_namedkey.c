/* kbimport_namedkey.c: a value block whose key the sentence before it
 * names by its last name (kbimport_int.h).  "2. Locate the following
 * key: HKEY_LOCAL_MACHINE\...\Parameters" ... steps and notes ... "4. If
 * the Frob value does not exist in the Parameters key, click Add Value,
 * and then add the following registry value:" / "Value Name: Frob": the
 * block is too far below the path for the key reader to claim it, but
 * its own sentence says which key holds it.  Tied to the nearest path
 * above (within sixty lines) whose last name is that one; blocks whose
 * sentence names no key stay listed for a person. */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

/* In the sentence s, "in|under|to the <Name> key|subkey": the name
 * (one word), its length; NULL when none. */
static const char *key_named(const char *s, size_t *len)
{
	static const char *const preps[] = { " in the ", " under the ", " to the ", NULL };
	const char *p, *w;
	size_t i, n;

	for (i = 0; preps[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, preps[i])) != NULL; p += strlen(preps[i])) {
			w = p + strlen(preps[i]);
			for (n = 0; isalnum((unsigned char)w[n]) || w[n] == '_'; n++)
				;
			if (n == 0 || !isupper((unsigned char)*w))
				continue;
			if ((imp_starts_ci(w + n, " key") || imp_starts_ci(w + n, " subkey")) &&
			    !isalpha((unsigned char)w[n + (imp_starts_ci(w + n, " key") ? 4 : 7)])) {
				*len = n;
				return w;
			}
		}
	return NULL;
}

/* The path on line m ending in name (the whole line's path, one line,
 * HKEY_LOCAL_MACHINE or HKLM): as the checks write it, or NULL. */
static const char *path_ending_in(struct imp *im, size_t m, const char *name, size_t nlen)
{
	const char *s = imp_line_at(im, m), *p, *e, *root;
	size_t l;

	p = imp_ci_find(s, "HKEY_");
	if (p == NULL)
		p = imp_ci_find(s, "HKLM\\");
	if (p == NULL)
		return NULL;
	l = strcspn(p, " \t\r\n");
	while (l > 0 && (p[l - 1] == '\\' || p[l - 1] == '.' || p[l - 1] == ','))
		l--;
	if (imp_blank(p + strcspn(p, " \t\r\n")) == 0)
		return NULL;    /* words after the path: not a path line */
	for (e = p + l; e > p && e[-1] != '\\'; e--)
		;
	if ((size_t)(p + l - e) != nlen || strncasecmp(e, name, nlen) != 0)
		return NULL;
	root = imp_dupn(im, p, l);
	if (root == NULL)
		return NULL;
	if (strncasecmp(root, "HKLM\\", 5) != 0 && strncasecmp(root, "HKEY_LOCAL_MACHINE\\", 19) != 0) {
		const char *fixed = imp_root_typo(im, root, m);
		if (fixed == NULL)
			return NULL;
		root = fixed;
	}
	if (strncasecmp(root, "HKEY_LOCAL_MACHINE\\", 19) == 0)
		root = imp_fmt(im, "HKLM%s", root + 18);
	if (root == NULL || imp_has_placeholder(root) || strchr(root, '/') != NULL)
		return NULL;
	return root;
}

void imp_scan_values_under_named_key(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, first, m, i, len, key_line;
	const char *name, *key;

	for (n = a->body_first + 1; n < a->body_end; n++) {
		struct kb_buf b = { 0 };
		struct value_block vb;
		size_t starts[8];
		enum asks ask;

		if (im->used[n] || imp_value_label(imp_skip_ws(imp_line_at(im, n)), "Value Name") == NULL)
			continue;
		/* the sentence introducing the block: the paragraph above it,
		 * past blank lines */
		for (m = n - 1; m > a->body_first && imp_blank(imp_line_at(im, m)) && m + 4 > n; m--)
			;
		if (imp_blank(imp_line_at(im, m)) || imp_line_at(im, m)[imp_rtrim_len(imp_line_at(im, m), strlen(imp_line_at(im, m))) - 1] != ':')
			continue;
		for (first = m; first > a->body_first && !imp_blank(imp_line_at(im, first - 1)) && first + 5 > m; first--)
			;
		imp_join_lines(im, first, m, &b, starts, 8);
		name = b.p != NULL && !b.oom ? key_named(b.p, &len) : NULL;
		/* the name points into b, freed below and named in the review
		 * note after it: keep a copy */
		if (name != NULL)
			name = imp_dupn(im, name, len);
		key = NULL;
		key_line = 0;
		for (i = first; name != NULL && i > a->body_first && i + 60 > first && key == NULL; i--)
			if ((key = path_ending_in(im, i - 1, name, len)) != NULL)
				key_line = i - 1;
		kb_buf_free(&b);
		if (key == NULL)
			continue;
		imp_read_value_block(im, m + 1, &vb);
		if (vb.nv == 0 || vb.subkey != NULL || vb.subkey_line > 0 || vb.named_other_line > 0)
			continue;
		ask = imp_article_asks(im, first, m, m);
		if (ask != ASK_SET && ask != ASK_CHECK)
			continue;
		for (i = 0; i < vb.nv; i++) {
			struct imp_at at = { .key_line = key_line, .key_last = key_line,
					     .value_last = vb.v[i].last, .repair = ask == ASK_SET };
			imp_value_checks(im, &at, key, &vb.v[i]);
		}
		imp_review(im, vb.v[0].line, T_CHECKS, 0,
			   imp_fmt(im, "the values from line %zu are tied to %s (line %zu) by the words 'the %.*s key' before them: check it",
				   vb.v[0].line, key, key_line, (int)len, name));
		for (i = vb.first; i > 0 && i <= vb.last; i++)
			im->used[i] = 1;
	}
}
