/* kbimport_logs.c: the importer's log pass (kbimport_int.h): indented
 * excerpts of a log become evidence patterns. */
#include "kbwiz/kbimport.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/rule.h"
#include "kbwiz/sanitize.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"
#include "kbimport_int.h"

/* ---- log excerpts --------------------------------------------------------- */

/* "[INIT] Unable to bind ..." or, in the Windows 2000 form,
 * "00000c94.00000cd4::2000/04/10-19:10:46.321 [CS] ...": the part a
 * pattern can match on any machine, or NULL. */
const char *imp_log_text(const char *s)
{
	const char *p = imp_skip_ws(s), *q;
	size_t i;

	if (p == s)
		return NULL;    /* excerpts are indented */
	if (strspn(p, "0123456789abcdefABCDEF") == 8 && p[8] == '.' &&
	    strspn(p + 9, "0123456789abcdefABCDEF") == 8 && p[17] == ':' && p[18] == ':') {
		q = strchr(p, ' ');
		if (q == NULL)
			return NULL;
		p = imp_skip_ws(q);
	}
	if (*p != '[' || imp_starts_ci(p, "[HKEY") || imp_starts_ci(p, "[-HKEY"))
		return NULL;
	for (i = 1; i <= 16 && p[i] != '\0' && p[i] != ']'; i++)
		if (!isalnum((unsigned char)p[i]) && p[i] != '_' && p[i] != ' ' &&
		    p[i] != '.' && p[i] != '-')
			return NULL;
	if (i == 1 || p[i] != ']' || p[i + 1] != ' ' || imp_blank(p + i + 1))
		return NULL;
	return p;
}

void imp_scan_logs(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, m;

	for (n = a->body_first; n < a->body_end; n++) {
		struct imp_evidence *ev;
		size_t count = 0, k;

		if (im->used[n] || imp_log_text(imp_line_at(im, n)) == NULL)
			continue;
		for (m = n; m < a->body_end && !im->used[m] && imp_log_text(imp_line_at(im, m)) != NULL; m++)
			count++;
		ev = PUSH(im, evidence);
		if (ev == NULL)
			return;
		ev->line = n;
		ev->cluster = im->cluster_log;
		ev->patterns = calloc(count, sizeof *ev->patterns);
		if (ev->patterns == NULL || imp_keep(im, (char *)ev->patterns) == NULL) {
			im->oom = 1;
			return;
		}
		for (k = 0; k < count; k++) {
			const char *t = imp_log_text(imp_line_at(im, n + k));
			ev->patterns[k] = imp_dupn(im, t, imp_rtrim_len(t, strlen(t)));
			im->used[n + k] = 1;
		}
		ev->n_patterns = count;
		n = m - 1;
	}
}
