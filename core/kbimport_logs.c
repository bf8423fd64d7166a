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

/* Whether the log-shaped line t, w past its "[...]", shows something
 * other than a program's log line: a check box ("[ ] Inspect registry
 * files", "[X] ..."), buttons or options, nothing but "[...]"s
 * ("[Abort] [Retry] [Ignore]", "[-h] [-k] [-r]"), a character the
 * article spells out ("[ASCII 179]"), an .ini file's lines ("[NetWare]
 * NWShareHandles=true") or a dump's offset and bytes ("[  16] 05 00 00
 * 00 05 35 7A 03").  Archive: 141
 * of the 409 excerpts the other tests left, 93 of them one article's
 * dump (Q153188). */
static int shown_not_logged(const char *t, const char *w)
{
	const char *p = imp_skip_ws(t + 1);
	size_t bytes = 0;

	if (*p == ']' || ((*p == 'x' || *p == 'X') && p[1] == ']') || *p == '-' ||
	    imp_starts_ci(p, "ASCII "))
		return 1;
	for (p = w; *p == '[' && strchr(p, ']') != NULL; p = imp_skip_ws(strchr(p, ']') + 1))
		;
	if (*w == '[' && imp_blank(p))
		return 1;       /* nothing but "[...]"s */
	if (strcspn(w, "= ") < strlen(w) && w[strcspn(w, "= ")] == '=' && strcspn(w, "= ") > 0)
		return 1;
	for (p = w; isxdigit((unsigned char)p[0]) && isxdigit((unsigned char)p[1]) &&
		    (p[2] == ' ' || p[2] == '\0'); p = imp_skip_ws(p + 2))
		bytes++;
	return bytes >= 4 && *p == '\0';
}

/* Whether the log-shaped line n is not an excerpt of a log: a line that
 * carries on the sentence above ("... add the following lines to the end
 * of the" / "[SourceDisksFiles] section of the Txtsetup.sif file:"), a
 * section of an .ini file named in words ("[386Enh] section"), or a line
 * of code ("HRESULT MyFunc(" / "[in] long p1,", "[default] interface
 * IMyCtl;").  A pattern made of any of them would match prose, not what
 * a program wrote.  Archive: 116 of the 525 excerpts drafted before were
 * these, most of them .ini sections of Windows 3.x articles. */
static int not_an_excerpt(const struct imp *im, size_t n)
{
	static const char *const named[] = { "section", "heading", "entry", "entries", "setting", NULL };
	const char *s = imp_line_at(im, n), *t = imp_log_text(s), *above, *w;
	size_t l = imp_rtrim_len(s, strlen(s)), al, i;

	w = imp_skip_ws(strchr(t, ']') + 1);
	if (shown_not_logged(t, w))
		return 1;
	for (i = 0; named[i] != NULL; i++) {
		size_t nl = strlen(named[i]);
		if (imp_starts_ci(w, named[i]) &&
		    !isalnum((unsigned char)w[nl + (w[nl] == 's')]))      /* "sections" too */
			return 1;
	}
	if (l > 0 && (s[l - 1] == ',' || s[l - 1] == ';'))
		return 1;
	if (n <= im->a->body_first)
		return 0;
	above = imp_line_at(im, n - 1);
	if (imp_blank(above) || imp_log_text(above) != NULL)
		return 0;
	al = imp_rtrim_len(above, strlen(above));
	if (strchr("({,", above[al - 1]) != NULL)
		return 1;
	/* a wrapped sentence: a long line at the same indent that stops
	 * on a word, with no colon to present what follows; unless the
	 * lines are an excerpt a lead-in presents ("... the following error
	 * message:" / "   ERROR SMTPPUT: ... to mail database" / "   [tx] 552
	 * Error in local delivery") */
	if (imp_indent_of(above) != imp_indent_of(s) || al - imp_indent_of(above) < 45 ||
	    !islower((unsigned char)above[al - 1]))
		return 0;
	for (i = n - 1; i > im->a->body_first && !imp_blank(imp_line_at(im, i - 1)); i--)
		;
	if (i - 1 > im->a->body_first) {
		const char *lead = imp_line_at(im, i - 2);
		size_t ll = imp_rtrim_len(lead, strlen(lead));
		if (imp_blank(imp_line_at(im, i - 1)) && ll > 0 && lead[ll - 1] == ':')
			return 0;
	}
	return 1;
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
		if (not_an_excerpt(im, n)) {    /* the run goes with its first line */
			n = m - 1;
			continue;
		}
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
