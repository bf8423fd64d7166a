/* kbimport_regblock.c: the importer's pass over registry blocks that
 * document values rather than ask for them (kbimport_int.h).
 *
 * Parameter references list each value under a heading of its own name,
 * then its type, its range and its default:
 *
 *     SomeParameter
 *     -------------
 *
 *     Data Type : REG_DWORD
 *     Range : 0 or 1
 *     Default : 0
 *
 * They ask nothing of the reader: each value becomes a review item on its
 * name's line (a person drafts a check when the rule needs one), never a
 * check or a repair. */
#include "kbwiz/kbimport.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

/* "Data Type : REG_DWORD", "Value Type: REG_SZ", "Type: REG_DWORD -
 * Boolean": the type named at the start of line s (NULL when none), its
 * length in *len. */
static const char *type_label(const char *s, size_t *len)
{
	static const char *const labels[] = { "Data Type", "Value Type", "Type", NULL };
	const char *p = imp_skip_ws(s);
	size_t i;

	for (i = 0; labels[i] != NULL; i++)
		if (imp_starts_ci(p, labels[i])) {
			p = imp_skip_ws(p + strlen(labels[i]));
			break;
		}
	if (labels[i] == NULL || *p != ':')
		return NULL;
	p = imp_skip_ws(p + 1);
	if (strncmp(p, "REG_", 4) != 0)
		return NULL;
	*len = strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_");
	return p;
}

/* "------" or "======" under a heading. */
static int underline(const char *s)
{
	const char *p = imp_skip_ws(s);
	size_t k = strspn(p, "-=");

	return k >= 3 && imp_blank(p + k);
}

/* A value's name alone on its line: one word of letters, digits and
 * underscores ("DoBackupOnTerm", "VersCounterStartVal_LowWord"), as
 * parameter references head each entry; not a label ("Value Name"), not
 * a sentence. */
static int lone_name(const char *s, size_t *len)
{
	const char *p = imp_skip_ws(s);
	size_t k;

	if (!isalpha((unsigned char)*p))
		return 0;
	for (k = 0; isalnum((unsigned char)p[k]) || p[k] == '_'; k++)
		;
	if (k < 3 || !imp_blank(p + k))
		return 0;
	*len = k;
	return 1;
}

/* The line holds a check's value or a review item already. */
static int placed(const struct imp *im, size_t n)
{
	size_t i;

	for (i = 0; i < im->n_checks; i++)
		if (im->checks[i].line == n || im->checks[i].key_line == n)
			return 1;
	for (i = 0; i < im->n_reviews; i++)
		if (im->reviews[i].line == n)
			return 1;
	return 0;
}

void imp_scan_param_reference(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, m, tl, nl;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *type = type_label(imp_line_at(im, n), &tl), *name;
		const char *def = NULL;

		if (type == NULL)
			continue;
		/* the name: up to three lines above, past an underline and
		 * blank lines */
		for (m = n; m > a->body_first && m + 4 > n; m--) {
			const char *s = imp_line_at(im, m - 1);
			if (!imp_blank(s) && !underline(s))
				break;
		}
		if (m <= a->body_first || m + 4 <= n)
			continue;
		m--;
		name = imp_line_at(im, m);
		if (im->used[m] || !lone_name(name, &nl) || placed(im, m))
			continue;
		name = imp_skip_ws(name);
		/* the entry's own lines: its type, range, default, remarks */
		for (; n < a->body_end && !imp_blank(imp_line_at(im, n)); n++) {
			const char *s = imp_skip_ws(imp_line_at(im, n)), *v;
			if (def == NULL && imp_starts_ci(s, "Default") &&
			    (v = strchr(s, ':')) != NULL && strchr(s, ':') < s + 12)
				def = imp_skip_ws(v + 1);
			im->used[n] = 1;
		}
		im->used[m] = 1;
		imp_review(im, m, T_CHECKS, 0,
			   imp_fmt(im, "value '%.*s' (%.*s%s%.*s) is documented here (type, range, default), not asked for: add a check by hand if the rule needs it",
				   (int)nl, name, (int)tl, type, def != NULL ? ", default " : "",
				   def != NULL ? (int)imp_rtrim_len(def, strlen(def)) : 0, def != NULL ? def : ""));
		n--;
	}
}

/* "Data Type:", "Type:" or "Value Type:" starting the line below n. */
static int type_follows(const struct imp *im, size_t n)
{
	const char *t;

	if (n + 1 >= im->a->body_end)
		return 0;
	t = imp_skip_ws(imp_line_at(im, n + 1));
	return imp_value_label(t, "Data Type") != NULL || imp_value_label(t, "Type") != NULL ||
	       imp_value_label(t, "Value Type") != NULL;
}

void imp_scan_unplaced_value_labels(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *p = imp_skip_ws(imp_line_at(im, n)), *name, *type = NULL;

		if (im->used[n] || placed(im, n))
			continue;
		name = imp_type_then_name(p, &type);
		if (name == NULL && type_follows(im, n) && imp_value_label(p, "Value Name") == NULL)
			name = imp_value_label(p, "Value");
		if (name == NULL || *name == '\0')
			continue;
		im->used[n] = 1;
		imp_review(im, n, T_CHECKS, 0,
			   imp_fmt(im, "value '%.*s'%s%s is not tied to a key the import could read: write its check by hand",
				   (int)imp_rtrim_len(name, strlen(name)), name, type != NULL ? " " : "",
				   type != NULL ? type : ""));
	}
}
