/* kbimport_trees.c: a key written in a layout the key reader does not
 * join, listed for a person so that no line naming a key is dropped: a
 * path opening with a backslash under a root other than
 * HKEY_LOCAL_MACHINE named in the words just above it ("in the
 * HKEY_CURRENT_USER subtree:" then "\Software\Vendor\Product").
 * (Indented trees, one name a line, are joined by the key reader itself:
 * indent_tree() in kbimport_registry.c.)
 *
 * Runs after imp_scan_registry(), on lines it left unclaimed: a key
 * reader that learns this layout claims the lines first and this pass
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
	size_t n;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = imp_line_at(im, n), *p = imp_skip_ws(s), *root;

		if (im->used[n])
			continue;
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
