/* kbimport_events.c: the importer's event pass (kbimport_int.h): event
 * blocks ("Event ID: 1069" / "Source: ClusSvc" / "Description: ...") and
 * event tables, read first because their descriptions may name keys and
 * errors that are part of the event's text. */
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

/* ---- events ------------------------------------------------------------ */

static const char *const event_labels[] = {
	"Event ID", "Event Source", "Event Type", "Event Category", "Event Log",
	"Source", "Type", "Category", "Description", "Log", "Date", "Time",
	"User", "Computer", NULL,
};

/* Where label ("Source") starts in s as a field label (followed by ':' or
 * '='), or NULL.  *value is set past the separator. */
static const char *find_label(const char *s, const char *label, const char **value)
{
	const char *p = s, *q;
	size_t n = strlen(label);

	while ((p = imp_ci_find(p, label)) != NULL) {
		if (p == s || !isalpha((unsigned char)p[-1])) {
			q = imp_skip_ws(p + n);
			if (*q == ':' || *q == '=') {
				*value = imp_skip_ws(q + 1);
				return p;
			}
			/* "   Source - MSExchangeMTA": a field parted from its
			 * value by a dash, as some copies of Event Viewer's
			 * block write every field; only where the label opens
			 * the line, capitalised as a field's name is, so that
			 * prose's dashes stay prose ("the queue" / "log - which
			 * is kept in frob.log - is full") */
			if (*q == '-' && q > p + n && (q[1] == ' ' || q[1] == '\t') && p == imp_skip_ws(s) &&
			    isupper((unsigned char)*p)) {
				*value = imp_skip_ws(q + 1);
				return p;
			}
		}
		p += n;
	}
	return NULL;
}

const char *imp_label_value(struct imp *im, const char *s, const char *label)
{
	const char *v, *end, *p, *dummy, *at, *open;
	size_t i;

	if ((at = find_label(s, label, &v)) == NULL)
		return NULL;
	end = v + strlen(v);
	/* "Event 5120 (source: Microsoft-Windows-FailoverClustering) is
	 * logged": a label inside brackets ends with them */
	for (open = at; open > s && open[-1] != '(' && open[-1] != ')'; open--)
		;
	if (open > s && open[-1] == '(' && (p = strchr(v, ')')) != NULL)
		end = p;
	for (i = 0; event_labels[i] != NULL; i++) {
		p = find_label(v, event_labels[i], &dummy);
		if (p != NULL && p < end)
			end = p;
	}
	if ((p = strchr(v, ',')) != NULL && p < end)
		end = p;
	while (end > v && (end[-1] == ' ' || end[-1] == '.' || end[-1] == '"' ||
			   end[-1] == '\t'))
		end--;
	while (v < end && *v == '"')
		v++;
	return imp_dupn(im, v, (size_t)(end - v));
}

/* "Microsoft-Windows-FailoverClustering/Operational": a channel of the
 * later event logs, named with its type after a '/' ("Operational",
 * "Admin", "Analytic", "Debug"), in text t: the channel's name (its
 * length in *len), or NULL. */
static const char *channel_in(const char *t, size_t *len)
{
	static const char *const types[] = { "/Operational", "/Admin", "/Analytic", "/Debug", NULL };
	const char *p, *b;
	size_t i, tl;

	for (i = 0; types[i] != NULL; i++)
		for (p = t; (p = imp_ci_find(p, types[i])) != NULL; p++) {
			tl = strlen(types[i]);
			if (isalnum((unsigned char)p[tl]))
				continue;
			for (b = p; b > t && (isalnum((unsigned char)b[-1]) || b[-1] == '-' || b[-1] == '.'); b--)
				;
			if (b == p || !isalpha((unsigned char)*b))
				continue;
			*len = (size_t)(p + tl - b);
			return b;
		}
	return NULL;
}

/* The log that line n, read with the line after it (a name wrapped
 * before "log": "the application\n event log"), names: "system log",
 * "Application Event log", "application event viewer", "an application
 * event logged by", a later channel ("the Microsoft-Windows-
 * FailoverClustering/Operational log"), or the log Event Viewer's "Log
 * Name:" field gives;
 * NULL when none, "" when it names two ("in the application event log
 * and system event log"). */
static const char *log_named_at(struct imp *im, size_t n)
{
	static const struct { const char *name, *log; } logs[] = {
		{ "system", "System" }, { "application", "Application" }, { "security", "Security" },
	};
	static const char *const after[] = { " log", " event log", " event viewer", " events log", NULL };
	char text[512];
	const char *a = imp_skip_ws(imp_line_at(im, n)), *b = imp_skip_ws(imp_line_at(im, n + 1)), *p, *e;
	const char *found = NULL;
	size_t i, j, nl;

	/* Event Viewer's later copy of an event names it in a field:
	 * "Log Name:      Application" */
	if (imp_starts_ci(a, "Log Name:")) {
		const char *v = imp_skip_ws(a + 9);
		size_t vl = imp_rtrim_len(v, strlen(v));
		for (i = 0; i < sizeof logs / sizeof logs[0]; i++)
			if (vl == strlen(logs[i].name) && strncasecmp(v, logs[i].name, vl) == 0)
				return logs[i].log;
		/* (any other log by the name the field gives: "Directory
		 * Service", "Microsoft-Windows-FailoverClustering/Diagnostic") */
		return vl > 0 && vl <= 80 ? imp_dupn(im, v, vl) : NULL;
	}
	snprintf(text, sizeof text, "%.*s %s", (int)imp_rtrim_len(a, strlen(a)), a, b);
	/* "in the Microsoft-Windows-FailoverClustering/Operational log" (on
	 * line n itself): a channel, alone or with one of the three */
	if ((p = channel_in(text, &nl)) != NULL && (size_t)(p - text) < imp_rtrim_len(a, strlen(a)) &&
	    (imp_starts_ci(p + nl, " log") || imp_starts_ci(p + nl, " event log") || imp_starts_ci(p + nl, " channel")))
		found = imp_dupn(im, p, nl);
	for (i = 0; i < sizeof logs / sizeof logs[0]; i++)
		for (p = text; (p = imp_ci_find(p, logs[i].name)) != NULL; p += nl) {
			nl = strlen(logs[i].name);
			/* on line n itself, not only on the line after it */
			if ((size_t)(p - text) > imp_rtrim_len(a, strlen(a)) ||
			    (p > text && isalpha((unsigned char)p[-1])))
				continue;
			for (j = 0; after[j] != NULL; j++) {
				if (!imp_starts_ci(p + nl, after[j]))
					continue;
				/* "log", "logs", "logged", not "logon" */
				e = p + nl + strlen(after[j]);
				if (!isalpha((unsigned char)*e) || imp_starts_ci(e, "s") || imp_starts_ci(e, "ged"))
					break;
			}
			if (after[j] == NULL)
				continue;
			if (found != NULL && found != logs[i].log)
				return "";
			found = logs[i].log;
		}
	return found;
}

/* No source yet: none given, an empty one, or the note that says so. */
static int source_missing(const char *source)
{
	return source == NULL || *source == '\0' || imp_starts_ci(source, "REVIEW:");
}

/* The article is about Exchange: its category or its product says so. */
static int exchange_article(const struct imp *im)
{
	return strcasecmp(im->a->category, "exchange") == 0 || imp_ci_find(im->a->product, "Exchange") != NULL;
}

/* The article is about a product whose services write their events to
 * the Application log (Exchange Server's, SNA Server's): its category or
 * its product says so. */
static int application_log_article(const struct imp *im)
{
	return exchange_article(im) || strcasecmp(im->a->category, "sna") == 0 ||
	       imp_ci_find(im->a->product, "SNA Server") != NULL;
}

/* The log an event at line first is in: the one named nearest it, on
 * its line, up to 12 lines above it in its section, or on the two lines
 * after it ("Event ID: 624 ... This event is logged in the Application
 * Event log"); else a guess from its source, its ID (id) and what the
 * article is about (*guessed set). */
static const char *guess_log(struct imp *im, size_t first, unsigned long id, const char *source,
			     int *guessed)
{
	const struct kb_article_section *sec = imp_section_of(im, first);
	size_t top = sec != NULL && sec->first_line > im->a->body_first ? sec->first_line : im->a->body_first;
	size_t d;
	const char *log;

	*guessed = 0;
	for (d = 0; d <= 12; d++) {
		if ((first >= top + d && (log = log_named_at(im, first - d)) != NULL) ||
		    (d >= 1 && d <= 2 && first + d < im->a->body_end && (log = log_named_at(im, first + d)) != NULL)) {
			if (*log != '\0')
				return log;
			break;          /* two logs named: which is a guess */
		}
	}
	*guessed = 1;
	if (imp_source_logs_to_application(source))
		return "Application";
	/* (an event the article gives no source for, in an article about
	 * Exchange or SNA Server, is its services' more often than the
	 * system's: "Event 290", "Event 23"; not the Service Control
	 * Manager's 7000-7099 nor NETLOGON's 5700-5799, which the System log
	 * holds whatever the product) */
	if (source_missing(source) && application_log_article(im) && !(id >= 7000 && id <= 7099) &&
	    !(id >= 5700 && id <= 5799))
		return "Application";
	/* (the audit's source writes only to the Security log) */
	if (source != NULL && strcasecmp(source, "Security") == 0)
		return "Security";
	return "System";
}

/* Sources as articles write them, as Event Viewer shows them: "SCM",
 * "ServiceControlManager" are the Service Control Manager; a trailing
 * colon ("Replicator:") is punctuation. */
static const char *known_source(struct imp *im, const char *source)
{
	size_t l;

	source = imp_source_name(im, source);
	l = strlen(source);
	if (strcasecmp(source, "SCM") == 0 || strcasecmp(source, "ServiceControlManager") == 0 ||
	    strcasecmp(source, "Service Control Manager") == 0)
		return "Service Control Manager";
	while (l > 0 && (source[l - 1] == ':' || source[l - 1] == ';' || source[l - 1] == ' '))
		l--;
	return imp_source_as_logged(l < strlen(source) ? imp_dupn(im, source, l) : source);
}

/* "Source: MTA", "Source MSMI", "Source: IMC": an Exchange service's
 * source field written with the short name the article uses for the
 * service (8 such fields in the archive), where Event Viewer shows the
 * name the service registers (guide section 3: the source as logged).
 * So is "MSExchangeIMS": the Internet Mail Service kept the Internet Mail
 * Connector's service name, MSExchangeIMC, which its events are logged
 * under.  Only in an article about Exchange, and only the whole field.
 * The registered name, or NULL. */
static const char *exchange_short_source(const struct imp *im, const char *source)
{
	static const char *const shorts[][2] = {
		{ "MTA", "MSExchangeMTA" }, { "MSMI", "MSExchangeMSMI" },
		{ "IMC", "MSExchangeIMC" }, { "IMS", "MSExchangeIMC" }, { "MSExchangeIMS", "MSExchangeIMC" },
	};
	size_t i;

	if (!exchange_article(im))
		return NULL;
	for (i = 0; i < sizeof shorts / sizeof shorts[0]; i++)
		if (strcasecmp(source, shorts[i][0]) == 0)
			return shorts[i][1];
	return NULL;
}

static int has_event(const struct imp *im, unsigned id, const char *source)
{
	size_t i;

	for (i = 0; i < im->n_events; i++)
		if (im->events[i].id == id && strcasecmp(im->events[i].source, source) == 0)
			return 1;
	return 0;
}

/* Sources whose Event Viewer name is also the short name articles use
 * in titles and before "Event ID" ("Srv Event 2000", "MSExchangeMTA
 * Event ID: 37").  Short names that are not the source as logged ("MTA"
 * for MSExchangeMTA, "RAS" for RemoteAccess, "MTS" for Transaction
 * Server, "DHCP" for DhcpServer on servers) are left out. */
static const char *const source_words[] = {
	"Srv", "Rdr", "Netlogon", "WINS", "DNS", "Perflib", "DrWatson", "ClusSvc", "W3SVC",
	"NetBT", "Userenv", "DCOM", "Browser", "CertSvc", "Replicator", "WLBS", "ESE97",
	"EDB", "FTDISK", "SnaBase", "Tcpip", "LsaSrv", "NtFrs", "EventLog", NULL,
};

/* The n bytes at w are a source name as written: one of the above, or
 * "MS" and a capital ("MSExchangeIS", "MSDSS", "MSADC"). */
static int source_word(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)w[i]))
			return 0;
	if (n >= 4 && w[0] == 'M' && w[1] == 'S' && isupper((unsigned char)w[2]))
		return 1;
	for (i = 0; source_words[i] != NULL; i++)
		if (strlen(source_words[i]) == n && strncasecmp(source_words[i], w, n) == 0)
			return 1;
	return 0;
}

/* The one word in text[0, ev) that ends one space before ev (where
 * "Event" starts), copied, when it is a source name as written; else
 * NULL.  Titles and "X Event ID" labels name the source so; prose is read
 * by imp_prose_event_source() with the longer list of logged names, as a
 * sentence's subject may be several words and a short word there
 * ("Server", "Print") is seldom a source. */
static const char *source_word_before(struct imp *im, const char *text, const char *ev)
{
	const char *w;

	if (ev == text || ev[-1] != ' ')
		return NULL;
	for (w = ev - 1; w > text && w[-1] != ' '; w--)
		;
	return source_word(w, (size_t)(ev - 1 - w)) ? imp_dupn(im, w, (size_t)(ev - 1 - w)) : NULL;
}

/* "Srv Event 2000 with Status Code C000023A": the source a title names
 * right before "Event [ID] <id>", or NULL. */
static const char *title_source(struct imp *im, unsigned long id)
{
	const char *t = im->a->title, *p, *q, *source;
	char *end;

	if (t == NULL)
		return NULL;
	for (p = t; (p = imp_ci_find(p, "event")) != NULL; p += 5) {
		q = imp_skip_ws(p + 5);
		if (imp_starts_ci(q, "ID"))
			q = imp_skip_ws(q + 2);
		if (!isdigit((unsigned char)*q) || strtoul(q, &end, 10) != id || isalnum((unsigned char)*end))
			continue;
		if ((source = source_word_before(im, t, p)) != NULL)
			return source;
	}
	return NULL;
}

/* "Event 9301   MSExchangeMTA     Configuration", "Event  2335   Source
 * MSExchangeMSMI", "Event ID 175    MSExchangeMTA    X400 Service": Event
 * Viewer's list row copied whole, the source in the column after the ID
 * (two spaces or more between; 14 such rows in the archive drafted with
 * no source).  The source when it is a well-known one, or NULL. */
static const char *row_source(struct imp *im, unsigned long id, size_t line)
{
	const char *s, *p, *w, *e, *col, *logged;
	char *end;

	if (line < im->a->body_first || line >= im->a->body_end)
		return NULL;
	s = imp_line_at(im, line);
	p = imp_skip_ws(s);
	if (!imp_starts_ci(p, "Event"))
		return NULL;
	p = imp_skip_ws(p + 5);
	if (imp_starts_ci(p, "ID"))
		p = imp_skip_ws(p + 2);
	if (*p == ':')
		p = imp_skip_ws(p + 1);
	if (!isdigit((unsigned char)*p) || strtoul(p, &end, 10) != id || end[0] != ' ' || end[1] != ' ')
		return NULL;
	w = imp_skip_ws(end);
	if (imp_starts_ci(w, "Source") && (w[6] == ' ' || w[6] == '\t'))
		w = imp_skip_ws(w + 6);
	/* the column ends at two spaces or the line's end */
	for (e = w; *e != '\0' && !(e[0] == ' ' && (e[1] == ' ' || e[1] == '\0')) && *e != '\t'; e++)
		;
	if (e == w || (col = imp_dupn(im, w, (size_t)(e - w))) == NULL)
		return NULL;
	/* a well-known source, or a source word ("MSExchangeMSMI") */
	logged = imp_source_as_logged(col);
	return logged != col || source_word(w, (size_t)(e - w)) ? logged : NULL;
}

/* The number id as a whole word in s. */
static int names_number(const char *s, unsigned long id)
{
	char num[16];
	const char *p;
	size_t l;

	snprintf(num, sizeof num, "%lu", id);
	l = strlen(num);
	for (p = s; (p = strstr(p, num)) != NULL; p += l)
		if ((p == s || !isdigit((unsigned char)p[-1])) && !isdigit((unsigned char)p[l]))
			return 1;
	return 0;
}

/* An event shown as an example of what a tool or a setting logs ("When
 * you view the Event log for this example, you will see the
 * following:") in an article that reports no problem (no SYMPTOMS
 * section), outside its CAUSE, whose ID neither the title nor the cause
 * names: how-to articles document such events, the technician does not
 * see them as a symptom. */
static int example_event(const struct imp *im, unsigned long id, size_t line, size_t ctx_line)
{
	const struct kb_article *a = im->a;
	const struct kb_article_section *s2;
	size_t n, from = ctx_line > a->body_first + 5 ? ctx_line - 5 : a->body_first;
	int example = 0;

	if (imp_where_symptoms_are(im, line))
		return 0;
	for (n = from; n <= line && n < a->body_end && !example; n++)
		example = imp_has_word(imp_line_at(im, n), "example") ||
			  imp_has_word(imp_line_at(im, n), "sample");
	if (!example || (a->title != NULL && names_number(a->title, id)))
		return 0;
	/* an article that reports a problem shows its events "for
	 * example" too: those are its symptoms */
	if (imp_has_symptoms_section(a))
		return 0;
	for (n = a->body_first; n < a->body_end; n++)
		if ((s2 = imp_section_of(im, n)) != NULL && strcasecmp(s2->name, "CAUSE") == 0 &&
		    names_number(imp_line_at(im, n), id))
			return 0;
	return 1;
}

/* The source is a name the article makes up for an example: named
 * after "called" or "named" (its quote skipped) on a line up to the
 * event's, that line or the one above it setting a scene ("For example,
 * assume that server A runs a service called "aservice""); never an
 * event of the SYMPTOMS section. */
static int source_made_up(const struct imp *im, const char *source, size_t line)
{
	static const char *const namers[] = { "called", "named", NULL };
	/* a scene made up ("assume that", "suppose"), not "The following
	 * example shows" or "for example" before real services */
	static const char *const scenes[] = { "assume", "suppose", "hypothetical", "fictitious", "imaginary", NULL };
	const struct kb_article *a = im->a;
	const char *s, *w, *p;
	size_t n;

	if (source == NULL || strlen(source) < 3 ||
	    (imp_section_of(im, line) != NULL && strcasecmp(imp_section_of(im, line)->name, "SYMPTOMS") == 0))
		return 0;
	for (n = a->body_first; n <= line && n < a->body_end; n++) {
		s = imp_line_at(im, n);
		for (w = imp_find_word(s, source); w != NULL; w = imp_find_word(w + strlen(source), source)) {
			for (p = w; p > s && (p[-1] == '"' || p[-1] == '\''); p--)
				;
			if (!imp_word_before_is(s, p, namers))
				continue;
			if (imp_find_any_word(s, scenes) != NULL ||
			    (n > a->body_first && imp_find_any_word(imp_line_at(im, n - 1), scenes) != NULL))
				return 1;
		}
	}
	return 0;
}

static int event_id_at(const char *s, unsigned long *id);
static int bare_event_id_at(const struct imp *im, size_t n, unsigned long *id);
static int is_event_label_line(const char *s);

/* At p, a date written as Event Viewer's list shows it ("5/22/97",
 * "31/12/96", "2/17/1997"): where it ends, or NULL. */
static const char *list_date_end(const char *p)
{
	size_t a = strspn(p, "0123456789"), b, c;

	if (a < 1 || a > 2 || p[a] != '/')
		return NULL;
	b = strspn(p + a + 1, "0123456789");
	if (b < 1 || b > 2 || p[a + 1 + b] != '/')
		return NULL;
	c = strspn(p + a + b + 2, "0123456789");
	return (c == 2 || c == 4) && (p[a + b + 2 + c] == ' ' || p[a + b + 2 + c] == '\t') ? p + a + b + 2 + c : NULL;
}

/* At p, a time ("12:55:53 PM", "19:56:34", "4:15 PM"): where it ends
 * (past an AM or PM), or NULL. */
static const char *list_time_end(const char *p)
{
	size_t h = strspn(p, "0123456789"), m;
	const char *e;

	if (h < 1 || h > 2 || p[h] != ':')
		return NULL;
	m = strspn(p + h + 1, "0123456789");
	if (m != 2)
		return NULL;
	e = p + h + 1 + m;
	if (e[0] == ':' && strspn(e + 1, "0123456789") == 2)
		e += 3;
	if (*e != ' ' && *e != '\t')
		return NULL;
	p = imp_skip_ws(e);
	if ((imp_starts_ci(p, "AM") || imp_starts_ci(p, "PM")) && (p[2] == ' ' || p[2] == '\t'))
		return p + 2;
	return e;
}

/* "5/22/97 12:55:53 PM MSExchangeMSMI Error Session Error 2375 N/A TRADE":
 * a row of Event Viewer's list copied whole (date, time, source, type,
 * category, event ID, user, computer).  The source is the words between
 * the time and the type, the ID the first number after the type that a
 * user column follows ("N/A", a name) or that ends the row; the category
 * between may be words ("Session Error", "X.400 Service") or "None".
 * The ID, with the source in *source and the type's word in *type, or 0
 * when line s is no such row. */
static unsigned long list_view_row(struct imp *im, const char *s, const char **source, const char **type)
{
	static const char *const types[] = { "Error", "Warning", "Information", "Success Audit", "Failure Audit", NULL };
	const char *p = imp_skip_ws(s), *src, *t = NULL, *q;
	size_t i, tl = 0;
	unsigned long id;
	char *end;

	if ((p = list_date_end(p)) == NULL || (p = list_time_end(imp_skip_ws(p))) == NULL)
		return 0;
	src = p = imp_skip_ws(p);
	/* the type: the first of the type words, one to three words on */
	for (q = p, i = 0; *q != '\0' && t == NULL && i < 4; i++) {
		size_t k;
		for (k = 0; types[k] != NULL; k++) {
			tl = strlen(types[k]);
			if (q > src && strncmp(q, types[k], tl) == 0 && (q[tl] == ' ' || q[tl] == '\t')) {
				t = q;
				break;
			}
		}
		q = imp_skip_ws(q + strcspn(q, " \t"));
	}
	if (t == NULL)
		return 0;
	for (q = imp_skip_ws(t + tl); *q != '\0'; q = imp_skip_ws(q + strcspn(q, " \t"))) {
		if (!isdigit((unsigned char)*q))
			continue;
		id = strtoul(q, &end, 10);
		if (*end != ' ' && *end != '\t' && *end != '\0')
			continue;
		*source = imp_dupn(im, src, imp_rtrim_len(src, (size_t)(t - src)));
		*type = t;
		return id > 0 && id < 65536 ? id : 0;
	}
	return 0;
}

/* Line n holds the block's Type as informational ("Type: Information",
 * "Event Type: Success Audit", a list row's type column) or the
 * description says the work was done ("completed successfully",
 * "startup complete"); *severe is set when the Type is Error or Warning. */
static int informational_line(struct imp *im, size_t n, int *severe)
{
	static const char *const done[] = { "completed successfully", "started successfully",
					    "startup complete", NULL };
	const char *s = imp_line_at(im, n), *type = imp_label_value(im, s, "Type");

	/* (a list row's type column: "... MSExchangeMTA Warning ...") */
	if (type == NULL)
		list_view_row(im, s, &(const char *){ NULL }, &type);
	if (type != NULL && (imp_starts_ci(type, "Error") || imp_starts_ci(type, "Warning")))
		*severe = 1;
	if (type != NULL && (imp_starts_ci(type, "Information") || imp_starts_ci(type, "Success Audit") ||
			     imp_starts_ci(type, "Audit Success")))
		return 1;
	return imp_cue_in(s, done) != NULL;
}

/* Lines first..last of the block holding event line n: its paragraph, cut
 * at the next or the previous "Event ID" line.  Above an "Event ID" line
 * the block keeps the labels Event Viewer prints before the ID ("Event
 * Type: Information", "Event Source: ...", "Event Category: ...", its
 * copy's order), not a line of the block before. */
static void event_block_of(const struct imp *im, size_t n, size_t *first, size_t *last)
{
	unsigned long other;

	*first = n;
	while (*first > im->a->body_first && !imp_blank(imp_line_at(im, *first - 1)) &&
	       !event_id_at(imp_line_at(im, *first), &other))
		(*first)--;
	if (*first == n)
		while (*first > im->a->body_first && is_event_label_line(imp_line_at(im, *first - 1)) &&
		       !event_id_at(imp_line_at(im, *first - 1), &other))
			(*first)--;
	*last = n;
	while (*last + 1 < im->a->body_end && !imp_blank(imp_line_at(im, *last + 1)) &&
	       !event_id_at(imp_line_at(im, *last + 1), &other))
		(*last)++;
}

/* The paragraph at line first is an event block: it opens with a label
 * ("Source:", "Event Type:"), an "Event ID" line or "Event" and its
 * number ("Event:6015", "Event 5715 Source Netlogon ...").  Prose that announces
 * a block opens with its own words, even when a line of it wraps to
 * start with "Event Id 316's" or "Event Log:". */
static int block_opens(const struct imp *im, size_t first)
{
	const char *s = imp_line_at(im, first), *p = imp_skip_ws(s);

	if (imp_starts_ci(p, "Event")) {        /* "Event:6015", "Event 5715 Source" */
		p = imp_skip_ws(p + 5);
		if (*p == ':' || isdigit((unsigned char)*p))
			return 1;
	}
	return is_event_label_line(s) || event_id_at(s, &(unsigned long){ 0 });
}

/* Lines first..last name a problem, or have the reader look for the
 * event: the series is the problem's, or the event is its diagnosis. */
static int names_problem(const struct imp *im, size_t first, size_t last)
{
	static const char *const problem[] = { "error", "fail", "problem", "issue", "symptom", "accompan",
					       "unable", "could not", "cannot", "denied", "invalid", "interrupt",
					       "terminat", "search", "look for", "check", "warning", "behavior",
					       "behaviour", NULL };
	size_t n;

	for (n = first; n <= last; n++)
		if (imp_cue_in(imp_line_at(im, n), problem) != NULL)
			return 1;
	return 0;
}

/* Event id at line n is one of normal operation (labelling guide C2): its
 * block is informational (Type Information or Success Audit, or it says
 * "completed successfully"), outside SYMPTOMS and CAUSE, and nothing ties
 * it to a problem: the title does not name it, its own text names no
 * failure, no Error or Warning block stands beside it in the same run of
 * blocks, and the prose that announces the run names no problem and does
 * not have the reader look for it ("4. Search for the following event:",
 * "a series of events similar to the following accompany this behavior",
 * "the following errors are logged" keep it a symptom).  Counted over the
 * archive's drafted events outside SYMPTOMS and CAUSE: 76 informational
 * events in 47 articles; a sample of 30 read 16 normal operation ("The
 * following event is logged when the information store starts", Event
 * Viewer's sync "completed successfully" on the PDC, the bulk address
 * process "Starting"/"Completed", a Success Audit logon), 9 part of a
 * problem, 3 either; the guards keep the 9. */
static int informational_event(struct imp *im, unsigned long id, size_t line)
{
	size_t first, last, n, pf, pl, run_first, step;
	int info = 0, severe = 0;

	if (imp_where_symptoms_are(im, line) ||
	    (im->a->title != NULL && names_number(im->a->title, id)))
		return 0;
	event_block_of(im, line, &first, &last);
	for (n = first; n <= last; n++)
		info |= informational_line(im, n, &severe);
	if (!info || severe)
		return 0;
	for (n = first; n <= last; n++) {
		const char *type = imp_label_value(im, imp_line_at(im, n), "Type");
		if (type == NULL && names_problem(im, n, n))
			return 0;
	}
	/* the blocks around it, in their paragraphs, then the prose that
	 * announces them */
	imp_paragraph_of(im, line, &first, &last);
	for (n = first; n <= last; n++)
		informational_line(im, n, &severe);
	run_first = first;
	for (step = 0; step < 6 && imp_paragraph_below(im, last, &pf, &pl) && block_opens(im, pf); step++) {
		for (n = pf; n <= pl; n++)
			informational_line(im, n, &severe);
		last = pl;
	}
	for (step = 0; step < 6 && imp_paragraph_above(im, run_first, &pf, &pl); step++) {
		if (!block_opens(im, pf))
			return !names_problem(im, pf, pl) && !severe;
		for (n = pf; n <= pl; n++)
			informational_line(im, n, &severe);
		run_first = pf;
	}
	return !severe;
}

/* An earlier mention of event id was found to come with the fix: "With
 * the fix applied, ... the following error is logged: Event ID: 9" then
 * "There are various causes of the Event 9 error": the same event.  So
 * is one shown as an example, then named again in its description ("The
 * description for Event ID ( 2001 ) in Source ( CommandLog )"), and one
 * found informational (its block said so).  Why the first mention was
 * kept off the draft, or 0. */
static int after_fix_noted(const struct imp *im, unsigned long id)
{
	size_t i;

	for (i = 0; i < im->n_events_off; i++)
		if (im->events_off[i].id == id)
			return (int)im->events_off[i].why;
	return 0;
}

/* Keeps event id off the draft with a review item on line saying so, and
 * records why for later mentions (after_fix_noted()) and the catalogue. */
static void keep_event_off(struct imp *im, unsigned long id, size_t line, enum imp_event_off why,
			   const char *note)
{
	struct imp_event_off_note *o;

	imp_review(im, line, T_SYMPTOMS, 0, note);
	o = PUSH(im, events_off);
	if (o == NULL)
		return;
	o->id = id;
	o->why = why;
}

/* "event ID 705 is posted with the following information:" over a block
 * of Event Viewer's fields that has no ID line ("Source: SNA Base
 * Service" / "Description: ..."): the prose names the event, the block
 * below its lead-in gives the source.  The sentence holding the ID ends
 * its paragraph with a colon on line n or the next; the block is the
 * next paragraph, indented, with a "Source" field in its first lines and
 * no event ID.  The source, or NULL. */
static const char *source_in_block_below(struct imp *im, size_t n)
{
	size_t last = n, pf, pl, m;
	const char *src = NULL;
	unsigned long other;

	if (n + 1 < im->a->body_end && !imp_blank(imp_line_at(im, n + 1)))
		last = n + 1;
	if (!imp_ends_with_colon(imp_line_at(im, last)) || !imp_paragraph_below(im, last, &pf, &pl) ||
	    imp_indent_of(imp_line_at(im, pf)) == 0)
		return NULL;
	for (m = pf; m <= pl; m++) {
		const char *t = imp_line_at(im, m);
		if (event_id_at(t, &other))
			return NULL;
		if (src == NULL && m < pf + 4)
			src = imp_label_value(im, t, "Source");
	}
	return src;
}

/* "The MTA may log several 9405 events in the Application event log ...
 * The 9405 events appear similar to the following:" over "   Event ID:
 * 9405" and no Source field; "The application log shows the following
 * two events coming from source SNA Host Security." over "   Event ID 1247
 * - ...": the lead-in paragraph above the indented block that holds line
 * n (and the blocks before it under the same lead-in) names the source
 * (imp_lead_in_source()), when it speaks of this ID or of "the following"
 * events.  A short name in an Exchange article is read as the service's
 * registered name, with a review item; another name no list vouches for
 * is taken only where the word "source" names it ("report the source
 * Frob Link Service.").  The source, or NULL. */
static const char *source_in_lead_in_above(struct imp *im, unsigned long id, size_t n)
{
	size_t bf, bl, pf, pl, m, step;
	struct kb_buf b = { 0 };
	const char *src = NULL, *registered;
	int as_written = 0;

	if (imp_indent_of(imp_line_at(im, n)) == 0)
		return NULL;
	imp_paragraph_of(im, n, &bf, &bl);
	/* up over the blocks before this one under the same lead-in (the
	 * article's second and third sample of the event) */
	for (step = 0; step < 4; step++) {
		if (!imp_paragraph_above(im, bf, &pf, &pl))
			return NULL;
		if (imp_indent_of(imp_line_at(im, pf)) < imp_indent_of(imp_line_at(im, n)))
			break;
		bf = pf;
	}
	if (step == 4 || pl - pf > 5)
		return NULL;
	for (m = pf; m <= pl; m++) {
		if (b.len > 0)
			kb_buf_add(&b, " ", 1);
		kb_buf_puts(&b, imp_skip_ws(imp_line_at(im, m)));
	}
	if (b.oom || b.p == NULL) {
		im->oom |= b.oom;
		free(b.p);
		return NULL;
	}
	/* (a lead-in that ends with a colon introduces the block, "The
	 * description might read like this:", unless it speaks of another
	 * event) */
	if (imp_find_word(b.p, "following") != NULL || names_number(b.p, id) ||
	    (imp_ends_with_colon(b.p) && !imp_event_named_between(b.p, NULL)))
		src = imp_lead_in_source(im, b.p, &as_written);
	free(b.p);
	if (src != NULL && as_written) {
		registered = exchange_short_source(im, src);
		if (registered != NULL)
			imp_review(im, n, T_SYMPTOMS, 0,
				   imp_fmt(im, "event %lu: its source is read as %s from the lead-in above ('%s', the short name the article gives the service): check it",
					   id, registered, src));
		src = registered;
	}
	return src;
}

/* The words that make an event's text the MTA's own: its messages speak
 * of "an internal MTA error", "an MTA database server error", of "the
 * MTA" that "will attempt to recover" or "is terminating", of the
 * locality table its connections are indexed by, of "a non-delivery
 * report (reason code ...)", print themselves as an "X.400 Service
 * Event" (the MTA's own log's form), or end with the MTA's trace of where
 * it was ("[BASE IL TCP/IP DRVR 10 274] (12)", "[DB Server DELIVER 38
 * 58] (14)", "[MTA XFER-IN 19 26] (12)").  Over the archive's drafted
 * events that have a source field, each of these is in MSExchangeMTA's
 * events only (the trace's "[BASE" in 48, the NDR's words in 20), but
 * "internal MTA error" (39, and one directory event) and "[XAPI" (9, and
 * the same directory event), which mta_other_words[] tells apart. */
static const char *const mta_own_words[] = {
	"internal MTA error", "MTA database server error", "MTA fatal error", "fatal MTA error",
	"fatal MTA database", "cause the MTA to terminate", "The MTA will", "The MTA is terminating",
	"The MTA has issued", "X.400 Service Event", "non-delivery report (reason code", "Locality Table",
	"(LTAB)", "[BASE ", "[DB Server ", "[MTA ", NULL,
};

/* Words that name another service's part in the MTA's affairs: the
 * directory's replication agent ("couldn't connect to the MTA"), MS Mail
 * Connector ("has detected an error in the MS Exchange MTA"); in any
 * case, as imp_cue_in() reads.  (The store's, "Verify that the MSX MTA
 * service has started", are in not_own_words[], which holds for every
 * service.) */
static const char *const mta_other_words[] = {
	"directory", "Mail Connector", NULL,
};

/* The words by which other Exchange services' events speak of the
 * service itself, as its own messages open: the directory's "The
 * directory replication agent (DRA) ...", the Internet Mail Service's
 * (the Internet Mail Connector's before it, one service name) "The
 * Internet Mail Connector cannot start ...", MS Mail Connector's "MS Mail
 * Connector Interchange has ...".  Over the archive's drafted events with
 * a source field: 21 of 22 with "directory replication agent" are
 * MSExchangeDS's (the other the MTA's, which its own words name), 34 of 35
 * with "Internet Mail Service" MSExchangeIMC's (the other the cluster
 * service's, whose text names a cluster resource; not_own_words[]), and
 * every one with "Connector Interchange" MSExchangeMSMI's. */
static const char *const ds_own_words[] = { "directory replication agent", NULL };
static const char *const imc_own_words[] = { "Internet Mail Service", "Internet Mail Connector", NULL };
static const char *const msmi_own_words[] = { "Connector Interchange", NULL };

/* How far into an event's text a service's name may start and still be
 * the subject the text opens with: past a category's label ("Internal
 * event: The", "Replication warning: The"), in its first sentence. */
#define OWN_SUBJECT_OPENS 40

/* The Exchange services an event's text can name as its writer, each
 * with its own words (see above), as Event Viewer names the source. */
static const struct {
	const char *source;
	const char *const *words;
} exchange_own_texts[] = {
	{ "MSExchangeMTA", mta_own_words }, { "MSExchangeDS", ds_own_words },
	{ "MSExchangeIMC", imc_own_words }, { "MSExchangeMSMI", msmi_own_words },
};

/* Words of another writer's message about a service: the Service Control
 * Manager's ("The Microsoft Exchange Internet Mail Service service
 * terminated unexpectedly", "... failed to start", "... depends on"), a
 * cluster resource's, the store's wait for the MTA ("Verify that the MSX
 * MTA service has started"). */
static const char *const not_own_words[] = {
	"service terminated", "failed to start", "service hung", "depends on", "service entered",
	"cluster resource", "Verify that", "MSX-IS", "Information Store", NULL,
};

/* A sentence of text ends before w (a full stop and a space between). */
static int sentence_ends_before(const char *text, const char *w)
{
	const char *p;

	for (p = text; p + 1 < w; p++)
		if (*p == '.' && p[1] == ' ')
			return 1;
	return 0;
}

/* "Event ID 9405 An unexpected error has occurred which may cause the MTA
 * to terminate.", "Event: 210" / "Description: An internal MTA error
 * occurred.", "Event ID: 1106" / "Description: The directory replication
 * agent (DRA) has been trying to connect ...": in an article about
 * Exchange, the text of the event at line n (past its number on that
 * line, then the rest of its block, six lines at most) is one an Exchange
 * service writes of itself: it holds the words of exactly one service in
 * exchange_own_texts[] and none of not_own_words[] (nor, for the MTA, of
 * mta_other_words[]).  That service's source as logged, or NULL.  Over
 * the archive's drafted events, 39 that name the MTA in their text and do
 * have a source field were read first: 31 are MSExchangeMTA's, the others
 * a directory, store or connector event that names the MTA
 * (mta_other_words[] keeps them out).  Another service's words count only
 * where the text opens with them (OWN_SUBJECT_OPENS). */
static const char *exchange_own_text(struct imp *im, unsigned long id, size_t n)
{
	struct kb_buf b = { 0 };
	size_t first, last, i, starts[7];
	const char *s = imp_skip_ws(imp_line_at(im, n)), *at, *found = NULL, *text;
	char num[16];
	int writers = 0;

	snprintf(num, sizeof num, "%lu", id);
	at = imp_find_word(s, num);
	event_block_of(im, n, &first, &last);
	if (imp_join_lines(im, n, last < n + 6 ? last : n + 6, &b, starts, 7) == 0 || b.oom || b.p == NULL) {
		kb_buf_free(&b);
		return NULL;
	}
	/* where the text opens: past the number, marks and a "Description:"
	 * label (the line's own words start the join) */
	text = b.p + (at != NULL ? (size_t)(at - s) + strlen(num) : 0);
	text += strspn(text, " \t:-=");
	if (imp_starts_ci(text, "Description:"))
		text = imp_skip_ws(text + 12);
	if (imp_cue_in(text, not_own_words) == NULL)
		for (i = 0; i < sizeof exchange_own_texts / sizeof exchange_own_texts[0]; i++) {
			const char *w = NULL, *q;
			size_t k;
			for (k = 0; exchange_own_texts[i].words[k] != NULL; k++)
				if ((q = imp_ci_find(text, exchange_own_texts[i].words[k])) != NULL && (w == NULL || q < w))
					w = q;
			if (w == NULL)
				continue;
			/* the MTA's words are its own anywhere in the text;
			 * another service's name only as the subject the text
			 * opens with ("Internal event: The directory
			 * replication agent (DRA) was asked ...", not "Failed
			 * to open embedded message. At the Internet Mail
			 * Service, ...") */
			if (exchange_own_texts[i].words == mta_own_words ? imp_cue_in(text, mta_other_words) != NULL :
			    (size_t)(w - text) > OWN_SUBJECT_OPENS || sentence_ends_before(text, w))
				continue;
			found = exchange_own_texts[i].source;
			writers++;
		}
	kb_buf_free(&b);
	return writers == 1 ? found : NULL;
}

void imp_add_event(struct imp *im, unsigned long id, const char *source,
		      const char *log, const char *desc, size_t line, size_t ctx_line)
{
	struct imp_event *ev;
	const char *from_title, *own_source, *registered, *subject;
	int guessed = 0, why = 0, noted = 0;
	size_t no_source_note = 0;

	if (imp_related_title_event(im, id, line))
		return;
	/* the source as given, or as the event's own line names it
	 * ("Event ID (51) in Source (aservice)"), which a reader that found
	 * the ID first fills in later */
	own_source = source != NULL && !imp_starts_ci(source, "REVIEW:") ? source : imp_in_source(im, line);
	/* what the article says around the line, read once: whether the
	 * fix brings the event (imp_after_fix()) and how an earlier mention
	 * of the same ID was reviewed */
	if (id <= 65535) {
		why = imp_after_fix(im, line);
		noted = after_fix_noted(im, id);
	}
	if (id <= 65535 && source_made_up(im, own_source, line)) {
		keep_event_off(im, id, line, EV_OFF_EXAMPLE,
		       imp_fmt(im, "event %lu is of %s, a name the article makes up for an example, not a symptom: add it only if the technician sees it", id, own_source));
		return;
	}
	if (id <= 65535 && (example_event(im, id, line, ctx_line) || noted == EV_OFF_EXAMPLE)) {
		keep_event_off(im, id, line, EV_OFF_EXAMPLE,
		       imp_fmt(im, "event %lu is shown as an example (a how-to section, not a symptom): add it as a symptom only if the technician sees it", id));
		return;
	}
	if (id <= 65535 && (informational_event(im, id, line) || noted == EV_OFF_INFO)) {
		keep_event_off(im, id, line, EV_OFF_INFO,
		       imp_fmt(im, "event %lu is informational, of normal operation (its block's type or text says so, and nothing around it names a problem), not a symptom: add it only if the technician sees it", id));
		return;
	}
	if (id <= 65535 && why == 2) {
		imp_review(im, line, T_SYMPTOMS, 0,
		       imp_fmt(im, "event %lu is given as normal or expected (the article says so around it), not a symptom: add it only if the technician sees it", id));
		return;
	}
	if (id <= 65535 && why == 3) {
		imp_review(im, line, T_SYMPTOMS, 0,
		       imp_fmt(im, "event %lu is brought by the article's own change or procedure (done wrong, left half done, or an option's design: the article says so around it), not a symptom: add it only if the technician sees it", id));
		return;
	}
	if (id <= 65535 && (why || noted == EV_OFF_FIX)) {
		keep_event_off(im, id, line, EV_OFF_FIX,
		       imp_fmt(im, "event %lu is logged once the fix is applied (the article says so around it), not a symptom: add it only if the technician sees it", id));
		return;
	}
	if (id <= 65535 && imp_event_not_logged(im, line, id)) {
		imp_review(im, line, T_SYMPTOMS, 0,
		       imp_fmt(im, "event %lu is named as one that is not logged (the article says so around it), not a symptom a log shows: add it only if the technician sees it", id));
		return;
	}
	if (id > 65535) {
		imp_review(im, line, T_SYMPTOMS, 0,
		       imp_fmt(im, "event ID %lu is out of range (0-65535): check it", id));
		return;
	}
	/* "Source: SNA Server (or SnaBase)": the first name is drafted, the
	 * reviewer picks between them */
	if (source != NULL && strstr(source, "(or ") != NULL)
		imp_review(im, line, T_SYMPTOMS, 0,
		       imp_fmt(im, "event %lu: the article gives another source as an alternative (%s): check it", id, source));
	/* "MSExchangeIS Private | Public", "SNA 3270 Emulator (or) SNA APPC
	 * Application": the same, the first name drafted */
	else if (source != NULL && (strchr(source, '|') != NULL || strstr(source, " (or) ") != NULL)) {
		size_t cut = strchr(source, '|') != NULL ? (size_t)(strchr(source, '|') - source) :
							 (size_t)(strstr(source, " (or) ") - source);
		imp_review(im, line, T_SYMPTOMS, 0,
		       imp_fmt(im, "event %lu: the article gives another source as an alternative (%s): check it", id, source));
		while (cut > 0 && (source[cut - 1] == ' ' || source[cut - 1] == '"'))
			cut--;
		source = imp_dupn(im, source, cut);
	}
	/* trimmed first: a source column holding only ":" is no source */
	if (source != NULL)
		source = known_source(im, source);
	if (source != NULL && (registered = imp_source_misspelt(source)) != NULL) {
		imp_review(im, line, T_SYMPTOMS, 0,
		       imp_fmt(im, "event %lu: its source '%s' is read as %s, the well-known source it misspells by one slip of the keys: check it",
			       id, source, registered));
		source = registered;
	}
	if (source != NULL && (registered = exchange_short_source(im, source)) != NULL) {
		imp_review(im, line, T_SYMPTOMS, 0,
		       imp_fmt(im, "event %lu: its source '%s' is read as %s, the name the Exchange service logs under: check it",
			       id, source, registered));
		source = registered;
	}
	/* "SNA <type> Link Service", "MSExchange <Protocol> Interface": the
	 * reader's own name is in it, so no log holds it as written; in
	 * "Source: workstation <computer name> is not a valid computer
	 * name." the field runs on into the description after a
	 * well-known source */
	if (source != NULL && strchr(source, '<') != NULL && strchr(source, '>') > strchr(source, '<')) {
		const char *head = imp_dupn(im, source, imp_rtrim_len(source, (size_t)(strchr(source, '<') - source)));
		const char *known = head != NULL && *head != '\0' ? imp_source_as_logged(head) : NULL;
		if (known != NULL && known != head) {
			imp_review(im, line, T_SYMPTOMS, 0,
			       imp_fmt(im, "event %lu: its source is read as %s, the first words of '%s' (the rest is the description's): check it",
				       id, known, source));
			source = known;
		} else {
			imp_review(im, line, T_SYMPTOMS, 0,
			       imp_fmt(im, "event %lu: its source '%s' holds a placeholder: fill in the source the log shows",
				       id, source));
			source = "REVIEW: the article's source holds a placeholder";
		}
	}
	if (source_missing(source) &&
	    (from_title = title_source(im, id)) != NULL) {
		source = from_title;
		imp_review(im, line, T_SYMPTOMS, 0,
		       imp_fmt(im, "event %lu: its source %s is read from the title: check it", id, source));
	}
	if (source_missing(source) &&
	    (from_title = imp_prose_event_source(im, id, line)) != NULL)
		source = from_title;
	if (source_missing(source) &&
	    (from_title = imp_in_source(im, line)) != NULL)
		source = known_source(im, from_title);
	if (source_missing(source) &&
	    (from_title = row_source(im, id, line)) != NULL)
		source = from_title;
	if (source_missing(source) &&
	    (from_title = source_in_block_below(im, line)) != NULL)
		source = known_source(im, from_title);
	if (source_missing(source) &&
	    (from_title = source_in_lead_in_above(im, id, line)) != NULL)
		source = from_title;
	/* "the MTA may log an event 1016": the service's short name as the
	 * subject, in an article about Exchange (a guess with a review note:
	 * after every reader of what the article writes out) */
	if (source_missing(source) && exchange_article(im) && (subject = imp_prose_short_subject(im, id, line)) != NULL &&
	    (registered = exchange_short_source(im, subject)) != NULL) {
		imp_review(im, line, T_SYMPTOMS, 0,
		       imp_fmt(im, "event %lu: its source is read as %s from the words that log it ('%s', the short name the article gives the service): check it",
			       id, registered, subject));
		source = registered;
	}
	if (source_missing(source) && exchange_article(im) && (registered = exchange_own_text(im, id, line)) != NULL) {
		imp_review(im, line, T_SYMPTOMS, 0,
		       imp_fmt(im, "event %lu: its source is read as %s from the event's text, which is that service's own (the article names no source): check it",
			       id, registered));
		source = registered;
	}
	if (source == NULL || *source == '\0') {
		imp_review(im, line, T_SYMPTOMS, 0,
		       imp_fmt(im, "event %lu has no source in the article: fill in the source", id));
		no_source_note = im->n_reviews;
		source = "REVIEW: the article names no source";
	}
	if (has_event(im, (unsigned)id, source)) {
		imp_review(im, line, T_SYMPTOMS, 0,
		       imp_fmt(im, "event %lu from %s is named again here: it is drafted once", id, source));
		return;
	}
	if (log == NULL || *log == '\0')
		log = guess_log(im, ctx_line, id, source, &guessed);
	ev = PUSH(im, events);
	if (ev == NULL)
		return;
	ev->id = (unsigned)id;
	ev->source = source;
	ev->log = log;
	ev->log_guessed = guessed;
	ev->desc = desc;
	ev->line = line;
	{
		char num[16];
		int l = snprintf(num, sizeof num, "%lu", id);
		ev->line_last = imp_wrapped_number_line(im, line, num, (size_t)l);
	}
	ev->no_source_note = no_source_note;
}

/* "Event ID  Source  Description" column headings, then rows. */
static size_t event_table(struct imp *im, size_t n)
{
	const char *h = imp_line_at(im, n), *src, *desc;
	size_t src_col, desc_col = 0, r;

	/* Column headings: "Event ID", white space, "Source". */
	h = imp_skip_ws(h);
	if (!imp_starts_ci(h, "Event ID") || !imp_starts_ci(imp_skip_ws(h + 8), "Source") ||
	    imp_skip_ws(h + 8) - (h + 8) < 2)
		return 0;
	h = imp_line_at(im, n);
	src = imp_ci_find(h, "Source");
	src_col = (size_t)(src - h);
	if ((desc = imp_ci_find(h, "Description")) != NULL && desc > src)
		desc_col = (size_t)(desc - h);
	r = n + 1;
	if (r < im->a->body_end && strspn(imp_skip_ws(imp_line_at(im, r)), "- \t") ==
	    strlen(imp_skip_ws(imp_line_at(im, r))) && !imp_blank(imp_line_at(im, r)))
		r++;
	for (; r < im->a->body_end && !imp_blank(imp_line_at(im, r)); r++) {
		const char *row = imp_line_at(im, r), *t = imp_skip_ws(row);
		size_t len = strlen(row), s0, s1;
		unsigned long id;
		char *end;

		im->used[r] = 1;
		if (!isdigit((unsigned char)*t))
			continue;       /* a wrapped description */
		id = strtoul(t, &end, 10);
		if (len <= src_col) {
			imp_review(im, r, T_SYMPTOMS, 0,
			       imp_fmt(im, "event %lu in a table without a source column", id));
			continue;
		}
		s0 = src_col;
		/* The row's source starts near the heading's column. */
		while (s0 > 0 && row[s0 - 1] != ' ')
			s0--;
		s1 = desc_col > s0 && desc_col < len ? desc_col : len;
		s1 = imp_rtrim_len(row, s1);
		while (s0 < s1 && row[s0] == ' ')
			s0++;
		imp_add_event(im, id, imp_dupn(im, row + s0, s1 > s0 ? s1 - s0 : 0), NULL,
			  desc_col > 0 && desc_col < len ? imp_dupn(im, row + desc_col, len - desc_col) : NULL,
			  r, n);
	}
	im->used[n] = 1;
	return r - n;
}

/* The column of the header cells cell[0..nc) whose text is one of
 * names, or nc. */
static size_t box_column(const char *const *cell, const size_t *len, size_t nc, const char *const *names)
{
	size_t i;

	for (i = 0; i < nc; i++)
		if (imp_word_in(cell[i], len[i], names))
			return i;
	return nc;
}

/* "| Event ID | Source | Description |" over "|---|---|---|" and a row
 * an event ("| 1135 | Microsoft-Windows-FailoverClustering | Cluster
 * node ... |"): later articles' table of events, read as the text
 * table's columns are (event_table()).  A row whose ID cell is no one
 * number ("1135, 1177") is a review item.  The lines read, or 0. */
static size_t event_box_table(struct imp *im, size_t n)
{
	/* (not "ID" alone: a box of bugs or articles numbers them so) */
	static const char *const ids[] = { "Event ID", "Event", "Event IDs", NULL };
	static const char *const sources[] = { "Source", "Event source", "Provider", "Event provider", NULL };
	static const char *const descs[] = { "Description", "Message", "Event description", "Event message",
					     "Text", NULL };
	const char *cell[8], *rest, *row;
	size_t len[8], nc, id_col, src_col, desc_col, r, rc, k;
	unsigned long id;
	char *end;

	nc = imp_row_cells(imp_line_at(im, n), cell, len, 8, &rest);
	if (nc < 2 || (id_col = box_column(cell, len, nc, ids)) == nc)
		return 0;
	src_col = box_column(cell, len, nc, sources);
	desc_col = box_column(cell, len, nc, descs);
	for (r = n + 1; r < im->a->body_end; r++) {
		const char *rc_cell[8];
		size_t rc_len[8];

		row = imp_line_at(im, r);
		if ((rc = imp_row_cells(row, rc_cell, rc_len, 8, &rest)) == 0)
			break;
		im->used[r] = 1;
		/* the header's rule, "|---|:--:|" */
		for (k = 0; k < rc && strspn(rc_cell[k], "-: ") >= rc_len[k]; k++)
			;
		if (k == rc)
			continue;
		if (id_col >= rc || rc_len[id_col] == 0 || !isdigit((unsigned char)rc_cell[id_col][0]) ||
		    (id = strtoul(rc_cell[id_col], &end, 10)) == 0 || (size_t)(end - rc_cell[id_col]) != rc_len[id_col]) {
			imp_review(im, r, T_SYMPTOMS, 0,
				   "a row of the article's table of events whose ID cell is not one number: write its events by hand");
			continue;
		}
		if (src_col >= rc || rc_len[src_col] == 0) {
			imp_review(im, r, T_SYMPTOMS, 0,
				   imp_fmt(im, "event %lu in a table without a source column", id));
			continue;
		}
		imp_add_event(im, id, imp_dupn(im, rc_cell[src_col], rc_len[src_col]), NULL,
			      desc_col < rc && rc_len[desc_col] > 0 ? imp_dupn(im, rc_cell[desc_col], rc_len[desc_col]) : NULL,
			      r, n);
	}
	im->used[n] = 1;
	return r - n;
}

/* A field of Event Viewer's block (is_event_label_line()), or of a
 * record logged with it: "Message: Error occurred ...", "Return code:
 * 8004010f", "Error:General".  Prose that ends in a colon ("The query
 * returns:") is none. */
static int record_field_line(const char *s)
{
	static const char *const record_labels[] = { "Message", "Return code", "Error", "Status", NULL };
	const char *v;
	size_t i;

	s = imp_skip_ws(s);
	if (is_event_label_line(s))
		return 1;
	for (i = 0; record_labels[i] != NULL; i++)
		if (find_label(s, record_labels[i], &v) == s)
			return 1;
	return 0;
}

/* Line n's paragraph (the lines about it up to a blank line) holds an
 * event's ID field. */
static int paragraph_names_id(const struct imp *im, size_t n)
{
	size_t first, last, m;

	imp_paragraph_of(im, n, &first, &last);
	for (m = first; m <= last; m++)
		if (event_id_at(imp_line_at(im, m), &(unsigned long){ 0 }) ||
		    bare_event_id_at(im, m, &(unsigned long){ 0 }))
			return 1;
	return 0;
}

/* The body line next to line m going dir (-1 up, 1 down), in *next; 0
 * when m is the body's first or last line. */
static int next_body_line(const struct kb_article *a, size_t m, int dir, size_t *next)
{
	if (dir < 0 ? m <= a->body_first : m + 1 >= a->body_end)
		return 0;
	*next = dir < 0 ? m - 1 : m + 1;
	return 1;
}

/* The Source field of an event block written double-spaced, its fields
 * parted by single blank lines: "Event ID: 7026", a blank line, "Source:
 * Service Control Manager" (26 events in the archive were drafted
 * without their source so); "Event Source: SNA Server", a blank line,
 * "Event Category: None", a blank line, "Event ID: 38", the source
 * above; "Event:6064", "Message: ...", "Return code: ...", "Source:X", a
 * logged record's fields with blank lines between.  Lines start to
 * stop - 1 are the block read so far.  The walk goes over fields
 * (record_field_line()) and single blank lines only, and ends at two
 * blank lines, at another event's ID (with its label or bare, "ID: 200")
 * or at a line read before.  The source (its line marked used), or
 * NULL. */
static const char *source_in_spaced_block(struct imp *im, size_t start, size_t stop)
{
	const char *s, *v;
	size_t m, k, after;
	int dir;

	for (dir = -1; dir <= 1; dir += 2) {
		m = dir < 0 ? start : stop - 1;
		for (k = 0; k < 12 && next_body_line(im->a, m, dir, &m); k++) {
			s = imp_line_at(im, m);
			if (imp_blank(s)) {
				/* one blank line between fields; two end them */
				if (!next_body_line(im->a, m, dir, &after) || imp_blank(imp_line_at(im, after)))
					break;
				continue;
			}
			if (im->used[m] || event_id_at(s, &(unsigned long){ 0 }) || bare_event_id_at(im, m, &(unsigned long){ 0 }))
				break;
			/* (the Source field in any of its forms: "Source:",
			 * "Source =", "Source - X", "source: x") */
			if ((imp_starts_ci(imp_skip_ws(s), "Source") || imp_starts_ci(imp_skip_ws(s), "Event Source")) &&
			    (v = imp_label_value(im, s, "Source")) != NULL && *v != '\0') {
				/* (not a source in another event's own block:
				 * "Event Type" / "Event Source" / "Event ID: 1082"
				 * under a line that names an event) */
				if (paragraph_names_id(im, m))
					break;
				im->used[m] = 1;
				return v;
			}
			if (!record_field_line(s))
				break;
		}
	}
	return NULL;
}

/* "   Event ID 8005" over "   MSSYNC", "   Event ID - 4122" over
 * "   MSExchangeIMC", "   Event ID 4097" over "   Dr Watson Error": an
 * event record copied without its labels, the source alone on the line
 * under a line that holds only the ID (n), the event's type word after it
 * allowed, or a row of source, type and category ("MSExchangeGWRtr, Error
 * General, Failed to ...").  A well-known source (imp_source_as_logged())
 * is taken as logged; another name only when it is one word with two
 * capitals or more ("MSSYNC", not "Logon Failure" or "Description"), alone
 * on its line, and no sentence goes on under it, with a review note.  The
 * source, or NULL. */
static const char *source_alone_below(struct imp *im, unsigned long id, size_t n)
{
	static const char *const types[] = { " Error", " Warning", " Information", NULL };
	const char *s = imp_line_at(im, n), *u, *known, *w;
	size_t l = imp_rtrim_len(s, strlen(s)), k, caps = 0;
	char name[48];

	if (l == 0 || !isdigit((unsigned char)s[l - 1]) || n + 1 >= im->a->body_end)
		return NULL;
	u = imp_skip_ws(imp_line_at(im, n + 1));
	l = imp_rtrim_len(u, strlen(u));
	/* "MSExchangeGWRtr, Error General, Failed to move ...": the
	 * source, type and category as a row, the text after them; only a
	 * well-known source is read so */
	if ((w = memchr(u, ',', l)) != NULL)
		return imp_known_source(u, (size_t)(w - u));
	if (l == 0 || l >= sizeof name || memchr(u, ':', l) != NULL || memchr(u, '=', l) != NULL || u[l - 1] == '.')
		return NULL;
	for (k = 0; types[k] != NULL; k++)
		if (l > strlen(types[k]) && strncmp(u + l - strlen(types[k]), types[k], strlen(types[k])) == 0) {
			l -= strlen(types[k]);
			break;
		}
	snprintf(name, sizeof name, "%.*s", (int)l, u);
	if ((known = imp_source_as_logged(name)) != name)
		return known;
	for (w = name; isalnum((unsigned char)*w) || *w == '_'; w++)
		caps += isupper((unsigned char)*w) != 0;
	if (*w != '\0' || caps < 2 || l < 3 ||
	    (n + 2 < im->a->body_end && !imp_blank(imp_line_at(im, n + 2)) && !is_event_label_line(imp_line_at(im, n + 2))))
		return NULL;
	imp_review(im, n + 1, T_SYMPTOMS, 0,
		   imp_fmt(im, "event %lu: its source %s is read from the line under its ID, which has no label: check it", id,
			   name));
	return imp_dupn(im, name, l);
}

/* "   MSExchangeCOCO" over "   EventID: 10200": an event block whose
 * paragraph opens with the source's name alone on its line, above the
 * ID's line (n), at the same indent.  Only a name of one word that reads
 * as a source as written (source_word(): "MSExchangeIMS", "W3SVC"), or a
 * well-known source: "Application Log" or "Category Rules" over an ID
 * name no source.  The source, or NULL. */
static const char *source_alone_above(struct imp *im, size_t n)
{
	const char *s, *w, *known;
	size_t l;

	if (n < im->a->body_first + 1 || im->used[n - 1])
		return NULL;
	s = imp_line_at(im, n - 1);
	if (imp_blank(s) || imp_indent_of(s) != imp_indent_of(imp_line_at(im, n)) ||
	    (n - 1 > im->a->body_first && !imp_blank(imp_line_at(im, n - 2))))
		return NULL;
	w = imp_skip_ws(s);
	l = imp_rtrim_len(w, strlen(w));
	if ((known = imp_known_source(w, l)) != NULL)
		return known;
	return source_word(w, l) ? imp_dupn(im, w, l) : NULL;
}

/* "Source MSExchangeIS Public", "Category Rules": a field of Event
 * Viewer's block copied without its colon, a few words after the label
 * and no sentence (no colon or full stop).  The source in *source when
 * the label is "Source" (NULL otherwise). */
static int bare_label_line(struct imp *im, const char *s, const char **source)
{
	static const char *const labels[] = { "Source", "Event Source", "Category", "Event Category", "Type",
					      "Event Type", NULL };
	const char *p = imp_skip_ws(s), *v;
	size_t i, l, words = 0;

	*source = NULL;
	for (i = 0; labels[i] != NULL; i++)
		if (strncmp(p, labels[i], strlen(labels[i])) == 0 && p[strlen(labels[i])] == ' ')
			break;
	if (labels[i] == NULL)
		return 0;
	v = imp_skip_ws(p + strlen(labels[i]));
	l = imp_rtrim_len(v, strlen(v));
	if (l == 0 || !isupper((unsigned char)*v) || memchr(v, ':', l) != NULL || memchr(v, '=', l) != NULL ||
	    v[l - 1] == '.')
		return 0;
	for (p = v; p < v + l; words++) {
		p += strcspn(p, " \t");
		p += strspn(p, " \t");
	}
	if (words > 4)
		return 0;
	if (strstr(labels[i], "Source") != NULL)
		*source = imp_dupn(im, v, l);
	return 1;
}

static int is_event_label_line(const char *s)
{
	const char *v;
	size_t i;

	s = imp_skip_ws(s);
	for (i = 0; event_labels[i] != NULL; i++)
		if (find_label(s, event_labels[i], &v) == s)
			return 1;
	return 0;
}

/* How many words of letters, each capitalised, open p (up to end), with
 * *stop where the letters and spaces end; 0 when one is not capitalised. */
static size_t capitalised_words(const char *p, const char *end, const char **stop)
{
	const char *w;
	size_t words = 0;

	for (w = p; w < end && (isalpha((unsigned char)*w) || *w == ' '); w++)
		if (isalpha((unsigned char)*w) && (w == p || w[-1] == ' ')) {
			if (!isupper((unsigned char)*w))
				return 0;
			words++;
		}
	*stop = w;
	return words;
}

/* "System Error, Source=DCOM, Event ID=10005": Event Viewer's fields
 * as one line of labelled values parted by commas, the ID's after its
 * source's.  Every part before the ID's is a field ("Source=DCOM",
 * "Category=CI Service") but the first, which may be the record's type
 * in a few capitalised words ("Application Error"); a sentence that
 * names a source and an ID ("... an entry with Source: X, Event ID: 45.")
 * is no such line.  Where "Event ID" starts in p, or NULL. */
static const char *id_among_fields(const char *p)
{
	/* (the field's name as Event Viewer writes it: a case-blind search
	 * of every line the event readers ask about cost 1% of an import) */
	const char *id = strstr(p, ", Event ID"), *part, *end, *w, *v;
	int seen_source = 0, first = 1;
	size_t words;

	if (id == NULL || find_label(id + 2, "Event ID", &(const char *){ NULL }) != id + 2)
		return NULL;
	for (part = p; part < id; part = end + 2, first = 0) {
		if ((end = strstr(part, ", ")) == NULL || end > id)
			end = id;
		if ((w = find_label(part, "Source", &v)) == part && v < end) {
			seen_source = 1;
			continue;
		}
		/* another field: a short label right before its '=' or ':' */
		words = capitalised_words(part, end, &w);
		if (words == 0 || words > 3 || (w < end && *w != '=' && *w != ':') || (w == end && !first))
			return NULL;
	}
	return seen_source ? id + 2 : NULL;
}

/* "Event ID" starting a line (after white space), with ':' '=' or a bare
 * number after it: an event block, not a sentence. */
static int event_id_at(const char *s, unsigned long *id)
{
	const char *p = imp_skip_ws(s), *w;
	char *end;

	/* "MSExchangeMTA Event ID: 37": the source before the label */
	for (w = p; isalnum((unsigned char)*w); w++)
		;
	if (*w == ' ' && imp_starts_ci(w + 1, "Event ID") && source_word(p, (size_t)(w - p)))
		p = w + 1;
	/* "Date:     10/25/93          Event ID:  2000" over "Time: ...
	 * Source: Srv": Event Viewer's fields in two columns, the ID in the
	 * second (13 archive articles print a block so; the quick search
	 * first, as every line comes here) */
	if ((w = strstr(p, "  Event ID")) != NULL && !imp_starts_ci(p, "Event ID") && is_event_label_line(p) &&
	    find_label(w + 2, "Event ID", &(const char *){ NULL }) == w + 2)
		p = w + 2;
	/* "System Error, Source=DCOM, Event ID=10005": Event Viewer's fields
	 * as one line of "label=value" pairs parted by commas, the ID's
	 * among them after its source */
	else if ((w = id_among_fields(p)) != NULL)
		p = w;
	/* "EventID: 1041", the field's name run together as some
	 * exports print it */
	if (imp_starts_ci(p, "Event ID"))
		p = imp_skip_ws(p + 8);
	else if (strncmp(p, "EventID", 7) == 0 && (p[7] == ':' || p[7] == '=' || p[7] == ' ' || p[7] == '\t'))
		p = imp_skip_ws(p + 7);
	/* ("EventId=1107": another case only as a field, its '=' or ':'
	 * right after the name; "eventId = 1000" is a program's variable) */
	else if (*p == 'E' && strncasecmp(p, "EventID", 7) == 0 && (p[7] == ':' || p[7] == '='))
		p += 7;
	/* "Event: 3031" alone on its line, among "Source: Rdr" and "Type:
	 * Warning": the field as some exports label it (102 such lines in
	 * 68 archive articles) */
	else if (strncmp(p, "Event:", 6) == 0 && isdigit((unsigned char)*(w = imp_skip_ws(p + 6))) &&
		 imp_blank(w + strspn(w, "0123456789")))
		p += 5;         /* at the colon, which is passed below */
	else
		return 0;
	/* (":", "=", or a dash: "Event ID - 2079", "Event ID -1294", the
	 * dash no sign, as no event's number is negative) */
	if (*p == ':' || *p == '=' || (*p == '-' && (p[1] == ' ' || isdigit((unsigned char)p[1]))))
		p = imp_skip_ws(p + 1);
	if (*p == '"')
		p++;
	if (!isdigit((unsigned char)*p))
		return 0;
	*id = strtoul(p, &end, 10);
	/* "event ID 667 that looks similar to the following:": a sentence
	 * that wrapped before "event", not a block; a block's line goes on
	 * with a label ("source=x", "Source: x"), a remark in brackets or
	 * nothing. */
	p = imp_skip_ws(end);
	/* "event ID 200, event ID 132, and event ID 145.": a sentence's
	 * list that wrapped to open a line, not a block ("Event ID 7001,
	 * Service Control Manager"; "Event ID 442, 443, 444", a block's list
	 * of IDs) */
	if (*p == ',') {
		const char *q = imp_skip_ws(p + 1);
		if (imp_starts_ci(q, "and ") || imp_starts_ci(q, "or "))
			q = imp_skip_ws(q + (*q == 'a' || *q == 'A' ? 4 : 3));
		if (imp_starts_ci(q, "event"))
			return 0;
	}
	if (!islower((unsigned char)*p))
		return 1;
	while (isalpha((unsigned char)*p))
		p++;
	p = imp_skip_ws(p);
	return *p == '=' || *p == ':';
}

/* "   ID 7011 - Service control manager - Timeout(120000 ms)": a
 * well-known source between dashes after the ID that opens line s (the
 * record's fields on one line, as some copies write them), as logged;
 * NULL when none. */
static const char *dashed_source(const char *s)
{
	const char *p = imp_skip_ws(s), *q, *e;

	if (strncmp(p, "ID ", 3) != 0)
		return NULL;
	for (q = imp_skip_ws(p + 3); isdigit((unsigned char)*q); q++)
		;
	if (strncmp(q, " - ", 3) != 0)
		return NULL;
	q += 3;
	if ((e = strstr(q, " - ")) == NULL)
		e = q + imp_rtrim_len(q, strlen(q));
	return imp_known_source(q, (size_t)(e - q));
}

/* Line n is indented and opens its paragraph, and the paragraph above
 * it ends with a colon and speaks of an event, an error, a message or a
 * log ("you may receive the following error message:"). */
static int id_block_under_lead_in(const struct imp *im, size_t n)
{
	static const char *const words[] = { "event", "events", "error", "errors", "message", "messages",
					     "log", "entry", NULL };
	size_t pf, pl, m, first = n, step;
	size_t ind = imp_indent_of(imp_line_at(im, n));

	if (ind == 0 || n <= im->a->body_first || !imp_blank(imp_line_at(im, n - 1)))
		return 0;
	/* up over the blocks of the same list ("   ID 11502" ... "   ID
	 * 11303" ...) to their lead-in */
	for (step = 0;; step++) {
		if (step == 6 || !imp_paragraph_above(im, first, &pf, &pl))
			return 0;
		if (imp_indent_of(imp_line_at(im, pf)) != ind ||
		    strncmp(imp_skip_ws(imp_line_at(im, pf)), "ID ", 3) != 0)
			break;
		first = pf;
	}
	if (!imp_ends_with_colon(imp_line_at(im, pl)))
		return 0;
	for (m = pf; m <= pl; m++)
		if (imp_find_any_word(imp_line_at(im, m), words) != NULL)
			return 1;
	return 0;
}

/* "ID: 5000" alone on line n, right under an event block's label line
 * ("Event Category: General Event") or over one ("Source: EDB", after a
 * blank line at most): Event Viewer's block with the word "Event" lost
 * from its ID line; so too "MessageId=1102" (the message compiler's
 * field), and "ID 1601 Source: DNS ..." with the source on its line. */
static int bare_event_id_at(const struct imp *im, size_t n, unsigned long *id)
{
	const char *p = imp_skip_ws(imp_line_at(im, n));
	size_t next = n + 1, label = 2;
	char *end;

	/* "MessageId=1102" under "Source: MSExchangeDS": the event's ID as
	 * the message compiler's source (.mc) names it, its other fields
	 * ("Severity=Warning") around it */
	if (strncmp(p, "MessageId", 9) == 0 && (p[9] == '=' || p[9] == ':'))
		label = 9;
	else if (!imp_starts_ci(p, "ID"))
		return 0;
	/* "ID 1601 Source: DNS Warning: ...": the ID's field and the
	 * source's on one line, the word "Event" lost as above; "   ID 3096"
	 * alone, or "   ID 7011 - Service control manager - ...", opening an
	 * indented block under a lead-in about an event or a message ("The
	 * following event error appears in the new BDC's event log:") */
	if (strncmp(p, "ID ", 3) == 0 && isdigit((unsigned char)*imp_skip_ws(p + 3))) {
		*id = strtoul(imp_skip_ws(p + 3), &end, 10);
		if (strncmp(imp_skip_ws(end), "Source:", 7) == 0)
			return 1;
		return (imp_blank(end) || strncmp(end, " - ", 3) == 0) && id_block_under_lead_in(im, n);
	}
	if (next < im->a->body_end && imp_blank(imp_line_at(im, next)))
		next++;
	if (!(n > im->a->body_first && is_event_label_line(imp_line_at(im, n - 1))) &&
	    !(next < im->a->body_end && is_event_label_line(imp_line_at(im, next))))
		return 0;
	p = imp_skip_ws(p + label);
	if (*p != ':' && !(label == 9 && *p == '='))
		return 0;
	p = imp_skip_ws(p + 1);
	if (!isdigit((unsigned char)*p))
		return 0;
	*id = strtoul(p, &end, 10);
	return imp_blank(end);
}

/* The source written before "Event ID" on line s ("Srv Event ID: 2000"
 * with the word first on the line), or NULL. */
static const char *source_before_label(struct imp *im, const char *s)
{
	const char *p = imp_skip_ws(s), *w;

	for (w = p; isalnum((unsigned char)*w); w++)
		;
	if (*w != ' ' || !imp_starts_ci(w + 1, "Event ID"))
		return NULL;
	return source_word_before(im, p, w + 1);
}

/* "   7200" / "   MSExchangeIS Private" / "   Error" / "   Background
 * thread ...": an event as Event Viewer's columns give it with no labels,
 * its ID alone on the first line of an indented paragraph, its source on
 * the next and its type on the third (the type's word is what tells the
 * block from a list of numbers), under words about events.  Its ID, its
 * source, and the line after the paragraph in *stop; 0 when line n opens
 * no such block. */
static int unlabelled_block(const struct imp *im, size_t n, unsigned long *id, const char **source, size_t *stop)
{
	static const char *const types[] = { "Error", "Warning", "Information", "Success Audit", "Failure Audit",
					     "Audit Success", "Audit Failure", NULL };
	const struct kb_article *a = im->a;
	const char *s = imp_line_at(im, n), *t = imp_skip_ws(s), *src, *ty;
	size_t dl, tl, i, m;
	int labelled = 0;

	/* "Event ID 11106" over "MSExchangeNNTP" over "Warning": the same
	 * columns under the ID's label */
	if (imp_starts_ci(t, "Event") && !isalnum((unsigned char)t[5])) {
		t = imp_event_number_at(t, NULL);
		labelled = 1;
	}
	dl = strspn(t, "0123456789");
	if (dl == 0 || dl > 5 || !imp_blank(t + dl) || imp_indent_of(s) < 2 || n <= a->body_first ||
	    n + 3 >= a->body_end || !imp_blank(imp_line_at(im, n - 1)))
		return 0;
	*id = strtoul(t, NULL, 10);
	if (*id == 0 || *id > 65535)
		return 0;
	src = imp_skip_ws(imp_line_at(im, n + 1));
	ty = imp_skip_ws(imp_line_at(im, n + 2));
	tl = imp_rtrim_len(ty, strlen(ty));
	if (!isalpha((unsigned char)*src) || strchr(src, ':') != NULL || strlen(src) > 60)
		return 0;
	for (i = 0; types[i] != NULL; i++)
		if (strlen(types[i]) == tl && strncasecmp(ty, types[i], tl) == 0)
			break;
	if (types[i] == NULL)
		return 0;
	/* (under its label the ID needs no words about events above it) */
	if (!labelled) {
		for (m = n > a->body_first + 20 ? n - 20 : a->body_first; m < n; m++)
			if (imp_ci_find(imp_line_at(im, m), "event") != NULL)
				break;
		if (m == n)
			return 0;
	}
	*source = imp_dupn((struct imp *)im, src, imp_rtrim_len(src, strlen(src)));
	for (*stop = n + 3; *stop < a->body_end && !imp_blank(imp_line_at(im, *stop)); (*stop)++)
		;
	return 1;
}

/* "   message NMI0210: X.400 Service Event, severity 14": the Exchange
 * MTA names its events in its own log by the event's number after "NMI"
 * (20 such lines in 11 archive articles, quoted as what the MTA logs for
 * the problem; the labels read them as the event of that number), the
 * word "message" sometimes left out ("   NMI9224: Internal Operating
 * System Error;").  The number in *id and where the event's words start,
 * or NULL. */
static const char *mta_message_id(const char *s, unsigned long *id)
{
	const char *p = imp_skip_ws(s);

	if (imp_starts_ci(p, "message "))
		p = imp_skip_ws(p + 8);
	if (imp_indent_of(s) == 0 || strncmp(p, "NMI", 3) != 0 || strspn(p + 3, "0123456789") != 4 || p[7] != ':')
		return NULL;
	*id = strtoul(p + 3, NULL, 10);
	return *id == 0 ? NULL : imp_skip_ws(p + 8);
}

void imp_scan_events(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, m, start, stop;
	unsigned long id;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *source = NULL, *log = NULL, *p;
		struct kb_buf desc = { 0 };

		if (im->used[n])
			continue;
		if (event_table(im, n) > 0 || event_box_table(im, n) > 0)
			continue;
		if ((id = list_view_row(im, imp_line_at(im, n), &source, &(const char *){ NULL })) != 0) {
			im->used[n] = 1;
			imp_add_event(im, id, source, NULL, NULL, n, n);
			continue;
		}
		if ((p = mta_message_id(imp_line_at(im, n), &id)) != NULL) {
			im->used[n] = 1;
			imp_review(im, n, T_SYMPTOMS, 0,
				   imp_fmt(im, "event %lu is read from the MTA's 'message NMI%04lu' (its log's name for the event the event log shows by the same number): check it",
					   id, id));
			imp_add_event(im, id, NULL, NULL, imp_dupn(im, p, imp_rtrim_len(p, strlen(p))), n, n);
			continue;
		}
		if (unlabelled_block(im, n, &id, &source, &stop)) {
			struct kb_buf d = { 0 };
			for (m = n; m < stop; m++) {
				im->used[m] = 1;
				if (m >= n + 3) {
					if (d.len > 0)
						kb_buf_add(&d, " ", 1);
					kb_buf_puts(&d, imp_skip_ws(imp_line_at(im, m)));
				}
			}
			if (d.oom)
				im->oom = 1;
			imp_add_event(im, id, source, NULL, d.p != NULL ? imp_keep(im, d.p) : NULL, n, n);
			n = stop - 1;
			continue;
		}
		if (!event_id_at(imp_line_at(im, n), &id) && !bare_event_id_at(im, n, &id))
			continue;
		/* The block: this paragraph, from the line after the previous
		 * event (or the paragraph's start) to the next event. */
		start = n;
		while (start > a->body_first && !imp_blank(imp_line_at(im, start - 1)) && !im->used[start - 1] &&
		       (is_event_label_line(imp_line_at(im, start - 1)) ||
			bare_label_line(im, imp_line_at(im, start - 1), &(const char *){ NULL })))
			start--;
		for (stop = n + 1; stop < a->body_end && !imp_blank(imp_line_at(im, stop)); stop++)
			if (event_id_at(imp_line_at(im, stop), &(unsigned long){ 0 }))
				break;
		for (m = start; m < stop; m++) {
			const char *s = imp_line_at(im, m);
			im->used[m] = 1;
			if (source == NULL)
				source = imp_label_value(im, s, "Source");
			if (source == NULL && m < n)
				bare_label_line(im, s, &source);
			if (log == NULL)
				log = imp_label_value(im, s, "Log");
			if (desc.len > 0 && !is_event_label_line(s)) {
				kb_buf_add(&desc, " ", 1);
				kb_buf_puts(&desc, imp_skip_ws(s));
			} else if (find_label(s, "Description", &p) != NULL) {
				kb_buf_puts(&desc, p);
			} else if (m == n && (p = strchr(s, '"')) != NULL &&
				   find_label(s, "Source", &(const char *){ NULL }) != NULL) {
				/* Event ID = 1, Source = X, "the text" */
				kb_buf_puts(&desc, p);
			}
		}
		if (desc.oom)
			im->oom = 1;
		if (source == NULL)
			source = source_before_label(im, imp_line_at(im, n));
		if (source == NULL)
			source = source_in_spaced_block(im, start, stop);
		if (source == NULL)
			source = imp_nearby_source(im, n);  /* "Source SRV", no colon */
		if (source == NULL)
			source = dashed_source(imp_line_at(im, n));
		if (source == NULL)
			source = source_alone_below(im, id, n);
		if (source == NULL && start == n)
			source = source_alone_above(im, n);
		imp_add_event(im, id, source, log, desc.p != NULL ? imp_keep(im, desc.p) : NULL, n, start);
		n = stop - 1;
	}
}
