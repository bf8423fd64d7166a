/* kbimport_catalogue.c: a catalogue of event IDs is not one problem
 * (kbimport_int.h; labelling guide call C6).  An article that lists what
 * a component logs ("DNS Event IDs 2000 Through 9999", "Description of
 * Directory Export/Import Event IDs") reports no problem: its entries are
 * a message reference, and a rule with 172 event symptoms would match
 * nearly any log of that component.  Such an article's events go to the
 * review list, one line each, not to the symptoms.
 *
 * The signal: no SYMPTOMS section, and 15 or more distinct event IDs
 * listed -- drafted as events, or written as catalogue rows "2000
 * (Success) NAME" at the start of an indented line.  Counted over the
 * archive (56,929 articles, the importer of 260d107): 5 articles draft
 * 15 or more events with no SYMPTOMS section (Q184532 172, Q117304 101,
 * Q174074 57, Q193603 16, Q183400 15), each read: all are catalogues
 * (export/import, RAS, security, load balancing and ISINTEG event
 * lists); 2 more list 84 and 86 "N (Severity)" rows (the DNS event
 * catalogues).  An article with a SYMPTOMS section keeps its events
 * whatever their number (Q275602, 11 events, is one problem).
 *
 * The same holds for a catalogue of error codes (guide C2 and C6: a
 * message reference is not what the technician sees for one problem).
 * Counted over the archive (importer of 68b58bf): 22 articles with no
 * SYMPTOMS section drafted 15 or more error codes, 1,773 of the 6,577
 * codes drafted in all (27%); each title read: the Terminal Server error
 * message lists (Q186539-Q186555, 17 articles), the DAPI error code
 * lists (Q261283, Q261288), an APPC error troubleshooting reference and
 * an application log message list.  Their codes go to review the same
 * way, as do those of a shorter list whose title says it is one ("XADM:
 * ESE97 Error Codes", "Description of DirectX Setup Error Codes",
 * "Unexpected DOS Errors 0 - 23 and Windows": 13 archive articles drafted
 * 1 to 9 of their codes). */
#include "kbwiz/kbimport.h"

#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

enum { CATALOGUE_MIN_IDS = 15 };

/* An indented line "2000 (Success) DNS_BOOTFILE_BACKUP_MESSAGE": an ID,
 * then its severity in parentheses. */
static int catalogue_row(const char *s)
{
	static const char *const severities[] = { "(Success)", "(Error)", "(Warning)",
						  "(Informational)", "(Information)", NULL };
	const char *p = imp_skip_ws(s);
	size_t digits = 0, i;

	if (imp_indent_of(s) == 0)
		return 0;
	while (isdigit((unsigned char)p[digits]))
		digits++;
	if (digits < 1 || digits > 5 || p[digits] != ' ')
		return 0;
	p = imp_skip_ws(p + digits);
	for (i = 0; severities[i] != NULL; i++)
		if (strncasecmp(p, severities[i], strlen(severities[i])) == 0)
			return 1;
	return 0;
}

static size_t distinct_event_ids(const struct imp *im)
{
	size_t i, j, n = 0;

	for (i = 0; i < im->n_events; i++) {
		for (j = 0; j < i; j++)
			if (im->events[j].id == im->events[i].id)
				break;
		if (j == i)
			n++;
	}
	return n;
}

/* The distinct events kept off the draft as informational: still entries
 * of the list the catalogue counts. */
static size_t informational_ids(const struct imp *im)
{
	size_t i, j, n = 0;

	for (i = 0; i < im->n_events_off; i++) {
		if (im->events_off[i].why != EV_OFF_INFO)
			continue;
		for (j = 0; j < i; j++)
			if (im->events_off[j].why == EV_OFF_INFO && im->events_off[j].id == im->events_off[i].id)
				break;
		if (j == i)
			n++;
	}
	return n;
}

/* Words of a problem's or a how-to's title, not a list's: "NetWare
 * Programs Fail to Run and Display Error Messages", "SMC9232N Driver
 * Causing Multiple STOP Messages", "How to Get Longer Error Messages". */
static int title_says_problem(const char *t)
{
	static const char *const problem[] = {
		"fail", "fails", "failing", "failed", "cause", "causes", "causing", "caused", "display",
		"displays", "missing", "returns", "when", "with", "after", "during", "if", "may",
		"not", "cannot", "occur", "occurs", "receive", "generates", "using", "how", "get", "troubleshoot",
		"troubleshooting", NULL,
	};

	return imp_find_any_word(t, problem) != NULL;
}

/* The title t ends with "Codes", "Messages" or "Numbers" (a bracket after
 * them allowed) after a word that says what kind ("Error Codes", "Data
 * Codes (Windows NT and RAS)"), or opens with "List of", "Description
 * of" or "Interpretation of" and ends so. */
static int title_ends_with_list(const char *t)
{
	static const char *const kinds[] = { "error", "status", "data", "return", "setup", "stop", "exit", NULL };
	static const char *const lists[] = { "codes", "messages", "numbers", NULL };
	static const char *const opens[] = { "list of ", "description of ", "interpretation of ", NULL };
	const char *c, *e, *w, *k;
	size_t i;
	int opened = 0;

	for (i = 0; opens[i] != NULL; i++)
		opened |= strncasecmp(t, opens[i], strlen(opens[i])) == 0;
	/* the last word, before a closing bracket's group */
	e = t + strlen(t);
	while (e > t && e[-1] == ' ')
		e--;
	if (e > t && e[-1] == ')') {
		for (c = e - 1; c > t && *c != '('; c--)
			;
		for (e = c; e > t && e[-1] == ' '; e--)
			;
	}
	for (w = e; w > t && isalpha((unsigned char)w[-1]); w--)
		;
	if (!imp_word_in(w, (size_t)(e - w), lists))
		return 0;
	for (k = w; k > t && k[-1] == ' '; k--)
		;
	for (c = k; c > t && isalpha((unsigned char)c[-1]); c--)
		;
	return opened || imp_word_in(c, (size_t)(k - c), kinds);
}

/* A code at p: digits, a letter before them allowed ("S208"); past it,
 * or NULL. */
static const char *title_code_at(const char *p)
{
	size_t k;

	if (isalpha((unsigned char)p[0]) && isdigit((unsigned char)p[1]))
		p++;
	k = strspn(p, "0123456789");
	return k > 0 && !isalnum((unsigned char)p[k]) ? p + k : NULL;
}

/* The title names a range of codes after the word for them: "Unexpected
 * DOS Errors 0 - 23 and Windows", "Terminal Server Error Messages: 3100 to
 * 3199", "Setup Error Codes (S208 through S214)". */
static int title_names_code_range(const char *t)
{
	static const char *const lists[] = { "errors", "codes", "messages", NULL };
	static const char *const joins[] = { "- ", "to ", "through ", "thru ", NULL };
	const char *c, *w, *q;
	size_t i;

	for (c = t; *c != '\0'; c = w) {
		while (*c != '\0' && !isalpha((unsigned char)*c))
			c++;
		for (w = c; isalpha((unsigned char)*w); w++)
			;
		if (w == c || !imp_word_in(c, (size_t)(w - c), lists))
			continue;
		q = imp_skip_ws(w + (*w == ':'));
		if (*q == '(')
			q++;
		if ((q = title_code_at(q)) == NULL)
			continue;
		q = imp_skip_ws(q);
		for (i = 0; joins[i] != NULL; i++)
			if (strncasecmp(q, joins[i], strlen(joins[i])) == 0 &&
			    title_code_at(imp_skip_ws(q + strlen(joins[i]))) != NULL)
				return 1;
	}
	return 0;
}

/* The title names a list of codes, not a problem: "PC Adm: Microsoft
 * Extraction Utilities Error Messages", "XADM: ESE97 Error Codes",
 * "NetBIOS Data Codes (Windows NT and RAS)", "List of MAPI Error Codes",
 * "Unexpected DOS Errors 0 - 23 and Windows"; and none of the words of a
 * problem's title. */
static int title_lists_codes(const char *title)
{
	const char *t = title, *c;

	/* past a product prefix ("XADM: ", "PC Adm: ") */
	if ((c = strchr(t, ':')) != NULL && c - t <= 12 && c[1] == ' ')
		t = c + 2;
	return (title_ends_with_list(t) || title_names_code_range(t)) && !title_says_problem(t);
}

static void demote_error_catalogue(struct imp *im)
{
	size_t i;
	const char *whose;

	/* each code is drafted once (has_error()), so n_errors counts
	 * distinct codes */
	if (im->n_errors == 0 ||
	    (im->n_errors < CATALOGUE_MIN_IDS && !title_lists_codes(im->a->title != NULL ? im->a->title : "")))
		return;
	for (i = 0; i < im->n_reviews; i++)
		if (im->reviews[i].target == T_ERROR) {
			im->reviews[i].target = T_SYMPTOMS;
			im->reviews[i].index = 0;
		}
	/* (what makes it one: its number of codes, or its title) */
	whose = im->n_errors >= CATALOGUE_MIN_IDS ?
			imp_fmt(im, "one entry of a catalogue of %zu error codes", im->n_errors) :
			"an entry of the list of codes the title names";
	for (i = 0; i < im->n_errors; i++)
		imp_review(im, im->errors[i].line, T_SYMPTOMS, 0,
			   imp_fmt(im, "error %s is %s (the article has no SYMPTOMS section): a message reference, not one problem's symptom; add it only if the technician sees it",
				   im->errors[i].code_text != NULL ? im->errors[i].code_text : "?", whose));
	im->n_errors = 0;
}

void imp_demote_event_catalogue(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, rows = 0, ids, i;

	if (imp_has_symptoms_section(a))
		return;
	demote_error_catalogue(im);
	if (im->n_events == 0)
		return;
	for (n = a->body_first; n < a->body_end; n++)
		rows += (size_t)catalogue_row(imp_line_at(im, n));
	ids = distinct_event_ids(im) + informational_ids(im);
	if (ids < CATALOGUE_MIN_IDS && rows < CATALOGUE_MIN_IDS)
		return;
	if (rows > ids)
		ids = rows;
	/* notes already tied to one event ("fill in the source") now
	 * concern the list of symptoms as a whole */
	for (i = 0; i < im->n_reviews; i++)
		if (im->reviews[i].target == T_EVENT) {
			im->reviews[i].target = T_SYMPTOMS;
			im->reviews[i].index = 0;
		}
	for (i = 0; i < im->n_events; i++)
		imp_review(im, im->events[i].line, T_SYMPTOMS, 0,
			   imp_fmt(im, "event %u is one entry of a catalogue of about %zu event IDs (the article has no SYMPTOMS section): a message reference, not one problem's symptom; add it only if the technician sees it",
				   im->events[i].id, ids));
	im->n_events = 0;
}
