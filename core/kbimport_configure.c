/* kbimport_configure.c: "configure" asking for a registry setting
 * (kbimport_int.h).  "One way to work around the problem is to configure
 * the following registry setting:" over a key and a value block asks to
 * make the value so, as "set" does; "configure" alone ("to configure the
 * server, ...", "the configured value") names the reader's set-up, not
 * the value below, so only "configure the following|this|these" followed
 * by a word for registry data counts, the sentence read over its line
 * break. */
#include <ctype.h>
#include <stddef.h>
#include <string.h>

#include "kbimport_int.h"

static const char *const data_words[] = {
	"setting", "value", "entry", "parameter", "key", NULL,
};

int imp_asks_configure(const struct imp *im, size_t n)
{
	const char *s = imp_line_at(im, n), *p, *q;
	static const char *const dets[] = { "the following ", "this ", "these ", NULL };
	size_t i, k;

	for (p = s; (p = imp_ci_find(p, "configure ")) != NULL; p += 10) {
		if (p > s && isalpha((unsigned char)p[-1]))
			continue;
		q = imp_skip_ws(p + 10);
		for (i = 0; dets[i] != NULL && !imp_starts_ci(q, dets[i]); i++)
			;
		if (dets[i] == NULL)
			continue;
		q = imp_skip_ws(q + strlen(dets[i]));
		/* the noun may be on the next line */
		if (*q == '\0' && n + 1 < im->a->body_end)
			q = imp_skip_ws(imp_line_at(im, n + 1));
		if (imp_starts_ci(q, "registry"))
			q = imp_skip_ws(q + 8);
		if (*q == '\0' && n + 1 < im->a->body_end)
			q = imp_skip_ws(imp_line_at(im, n + 1));
		for (k = 0; data_words[k] != NULL; k++)
			if (imp_starts_ci(q, data_words[k]))
				return 1;
	}
	return 0;
}
