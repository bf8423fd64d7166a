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
#include <stdio.h>
#include <string.h>

#include "kbimport_int.h"

static const char *const data_words[] = {
	"setting", "value", "entry", "parameter", "key", NULL,
};

/* "configure the following" and the same request in other words (unseen9
 * showed them; archive counts in FIGURES-reg2.md): "configuring the
 * following Windows NT registry setting:", "enable the following registry
 * parameter:", and the passive "the following registry parameter can be
 * configured:" / "must be set:" over the listing. */
static const char *const verbs[] = { "configure ", "configuring ", "enable ", "enabling ", NULL };
static const char *const modals[] = { "can be ", "must be ", "should be ", "may be ", "needs to be ",
				      "need to be ", "has to be ", "have to be ", NULL };
static const char *const participles[] = { "configured", "enabled", "set", "added", "created",
					   "changed", "modified", NULL };

/* q past a determiner: "[Windows NT] [registry] setting[s]"; the end of
 * the noun or NULL. */
static const char *data_noun(const char *q)
{
	size_t k;

	if (imp_starts_ci(q, "Windows NT "))
		q = imp_skip_ws(q + 11);
	if (imp_starts_ci(q, "registry"))
		q = imp_skip_ws(q + 8);
	for (k = 0; data_words[k] != NULL; k++)
		if (imp_starts_ci(q, data_words[k])) {
			q += strlen(data_words[k]);
			if (*q == 's' || *q == 'S')
				q++;
			return isalpha((unsigned char)*q) ? NULL : q;
		}
	return NULL;
}

static int one_of(const char *q, const char *const *words)
{
	size_t k;

	for (k = 0; words[k] != NULL; k++)
		if (imp_starts_ci(q, words[k]) &&
		    (words[k][strlen(words[k]) - 1] == ' ' || !isalpha((unsigned char)q[strlen(words[k])])))
			return (int)strlen(words[k]);
	return 0;
}

int imp_asks_configure(const struct imp *im, size_t n)
{
	static const char *const dets[] = { "the following ", "this ", "these ", NULL };
	const char *s = imp_line_at(im, n), *p, *q;
	char text[512];
	size_t i, v, sl = strlen(s);
	int k;

	/* the sentence read over its line break, not into the next step; a
	 * match starts on line n */
	snprintf(text, sizeof text, "%s %s", s, imp_step_goes_on(im, n));
	if (sl >= sizeof text)
		sl = sizeof text - 1;
	for (v = 0; verbs[v] != NULL; v++)
		for (p = text; (p = imp_ci_find(p, verbs[v])) != NULL && (size_t)(p - text) < sl; p++) {
			if (p > text && isalpha((unsigned char)p[-1]))
				continue;
			q = imp_skip_ws(p + strlen(verbs[v]));
			for (i = 0; dets[i] != NULL && !imp_starts_ci(q, dets[i]); i++)
				;
			if (dets[i] != NULL && data_noun(imp_skip_ws(q + strlen(dets[i]))) != NULL)
				return 1;
		}
	for (p = text; (p = imp_ci_find(p, "the following ")) != NULL && (size_t)(p - text) < sl; p++) {
		if ((q = data_noun(imp_skip_ws(p + 14))) == NULL)
			continue;
		q = imp_skip_ws(q);
		if ((k = one_of(q, modals)) > 0 && one_of(imp_skip_ws(q + k), participles) > 0)
			return 1;
	}
	return 0;
}
