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
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* Lists of names a service waits for: what is typed joins them. */
static int dependency_list(const char *name)
{
	return strcasecmp(name, "DependOnService") == 0 || strcasecmp(name, "DependOnGroup") == 0;
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
		if (imp_ci_find(s, "Multi String") != NULL)
			ms = n;
		if (ms == 0)
			continue;
		/* "to add it to the list", on this line or the next */
		if (imp_ci_find(s, "add it to") != NULL ||
		    (n + 1 < im->a->body_end && imp_ci_find(imp_line_at(im, n + 1), "add it to") != NULL))
			*adds = 1;
		p = imp_ci_find(n == ms ? imp_ci_find(s, "Multi String") : s, "type \"");
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

int imp_place_typed_entry(struct imp *im, const char *key, size_t key_line, size_t key_last)
{
	const char *name, *entry;
	size_t name_line = 0, entry_line = 0;
	int adds;

	if ((name = imp_value_ahead_of_key(im, key_line, &name_line)) == NULL)
		return 0;
	entry = typed_entry(im, key_last + 1, key_last + 6, &entry_line, &adds);
	if (entry == NULL || imp_has_placeholder(entry) || imp_has_placeholder(key) ||
	    (!adds && !dependency_list(name)))
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
