/* kbimport_trees.c: keys written in layouts the key reader does not
 * join (kbimport_int.h), listed for a person so that no line naming a
 * key is dropped:
 *
 *   - an indented tree, the root alone and each name below it on a line
 *     of its own, indented deeper, with no backslashes:
 *
 *         HKEY_LOCAL_MACHINE
 *             SOFTWARE
 *                 Vendor
 *                     Product
 *
 *   - a path opening with a backslash under a root other than
 *     HKEY_LOCAL_MACHINE named in the words just above it ("in the
 *     HKEY_CURRENT_USER subtree:" then "\Software\Vendor\Product").
 *
 * Both run after imp_scan_registry(), on lines it left unclaimed: a key
 * reader that learns these layouts claims the lines first and this pass
 * then finds nothing to list. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "kbimport_int.h"

/* How far above a backslashed path its root may be named. */
#define TREE_ROOT_WINDOW 3

static const char *const roots[] = {
	"HKEY_LOCAL_MACHINE", "HKEY_CURRENT_USER", "HKEY_USERS", "HKEY_CLASSES_ROOT",
	"HKEY_CURRENT_CONFIG", NULL,
};

/* The root named alone on line s (trimmed), or NULL. */
static const char *root_alone(const char *s)
{
	const char *p = imp_skip_ws(s);
	size_t i, l = imp_rtrim_len(p, strlen(p));

	for (i = 0; roots[i] != NULL; i++)
		if (l == strlen(roots[i]) && imp_starts_ci(p, roots[i]))
			return roots[i];
	return NULL;
}

/* One name of an indented tree on line s: words without a backslash, a
 * colon or an equals sign (a value's "Name = REG_SZ data" ends the tree),
 * at most 64 characters. */
static int tree_name(const char *s, size_t *len)
{
	const char *p = imp_skip_ws(s);
	size_t l = imp_rtrim_len(p, strlen(p));

	if (l == 0 || l > 64 || !isalnum((unsigned char)*p) || memchr(p, '\\', l) != NULL ||
	    memchr(p, ':', l) != NULL || memchr(p, '=', l) != NULL || memchr(p, '/', l) != NULL)
		return 0;
	*len = l;
	return 1;
}

const char *imp_tree_key(struct imp *im, size_t n, size_t *last)
{
	const char *root = root_alone(imp_line_at(im, n));
	char path[512];
	size_t m, indent, used, count = 0, l;

	if (root == NULL)
		return NULL;
	used = (size_t)snprintf(path, sizeof path, "%s", root);
	indent = imp_indent_of(imp_line_at(im, n));
	for (m = n + 1; m < im->a->body_end; m++) {
		const char *s = imp_line_at(im, m);
		if (imp_indent_of(s) <= indent || !tree_name(s, &l) || used + l + 2 >= sizeof path)
			break;
		used += (size_t)snprintf(path + used, sizeof path - used, "\\%.*s", (int)l, imp_skip_ws(s));
		indent = imp_indent_of(s);
		*last = m;
		count++;
	}
	return count >= 2 ? imp_dupn(im, path, used) : NULL;
}

/* A root other than HKEY_LOCAL_MACHINE named in the lines just above
 * line n ("in the HKEY_CURRENT_USER subtree:"), or NULL. */
static const char *other_root_above(const struct imp *im, size_t n)
{
	size_t m, i;

	for (m = n; m > im->a->body_first && m + TREE_ROOT_WINDOW > n; m--) {
		const char *s = imp_line_at(im, m - 1);
		for (i = 1; roots[i] != NULL; i++) {
			const char *p = imp_ci_find(s, roots[i]);
			if (p != NULL && p[strlen(roots[i])] != '\\')
				return roots[i];
		}
		if (imp_ci_find(s, roots[0]) != NULL)
			return NULL;
	}
	return NULL;
}

void imp_scan_key_trees(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, m, last;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = imp_line_at(im, n), *p = imp_skip_ws(s), *key, *root;

		if (im->used[n])
			continue;
		last = n;
		if ((key = imp_tree_key(im, n, &last)) != NULL) {
			for (m = n; m <= last; m++)
				im->used[m] = 1;
			imp_review(im, n, T_CHECKS, 0,
				   imp_fmt(im, "key %s is written as an indented tree, one name a line (lines %zu-%zu): the import did not read what the article asks of it; write its checks by hand",
					   key, n, last));
			n = last;
			continue;
		}
		/* "\Software\Vendor\Product" under "the HKEY_CURRENT_USER
		 * subtree:" */
		if (*p == '\\' && isalpha((unsigned char)p[1]) && strchr(p + 1, '\\') != NULL &&
		    strstr(p, ". ") == NULL && strchr(p, ',') == NULL &&
		    (root = other_root_above(im, n)) != NULL) {
			im->used[n] = 1;
			imp_review(im, n, T_CHECKS, 0,
				   imp_fmt(im, "key %s%.*s (its root named just above): kbwiz reads only machine hives; check it by hand",
					   root, (int)imp_rtrim_len(p, strlen(p)), p));
		}
	}
}
