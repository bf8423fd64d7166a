/* kbimport_sources.c: an event's source as Event Viewer logs it
 * (kbimport_int.h).  Articles write one source many ways ("MSExchange
 * MTA", "Net Logon", "ese97"); the draft's symptom must carry the name a
 * log holds, so a spelling that differs only in case, spaces or dots
 * from a well-known source is written as that source.  Also read here:
 * a source named in the sentence before the ID ("the X Agent records
 * event ID 5170"), and events named only in a related article's title,
 * which are not this article's symptoms. */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

/* The sources the archive writes most often in "Source:" fields (four
 * times or more over its 56,929 articles, all spellings of one source
 * counted together, then those of three articles), each in the spelling the archive uses most, which
 * is the one Event Viewer shows: MSExchangeMTA 191 of 198, NETLOGON 15
 * of 27 (Netlogon 7, NetLogon 4, "Net Logon" 1), RemoteAccess 14 of 17
 * ("Remote Access" 3).  A source written otherwise is kept as written. */
static const char *const logged_sources[] = {
	"MSExchangeMTA", "Service Control Manager", "SNA Server", "MSExchangeIS",
	"MSExchangeIMC", "MSExchangeDS", "MSExchangeIS Private", "ESE97", "MSExchangeMig",
	"MSExchangeSA", "NETLOGON", "MSExchangeMSMI", "DrWatson", "Router", "DNS",
	"MSExchangeIS Public", "W3SVC", "Srv", "TN3270 Server", "MSExchangeES", "WINS",
	"EDB", "COMTI", "RemoteAccess", "ClusSvc", "WLBS", "Perflib", "SNA Host Security",
	"MSExchangeDX", "SNA Base Service", "MSExchangeDSImp", "MSExchangeCCMC",
	"DhcpServer", "Serial", "Security", "Replicator", "MSExchangeKMS", "MSExchangeFB",
	"MSExchange IMAP4", "DCOM", "MSExchangePOP3", "Workstation", "Transaction Server",
	"SNA APPC Application", "NetBT", "NTBackup", "MSExchangeDSAccess",
	"MSExchangeCalCon", "Userenv", "Server", "SNA Virtual Print Driver",
	"SNA TN5250 Server", "SNA Manage Agent", "PPV5250",
	"Microsoft OLE DB Provider for ODBC Driver", "MSExchangeNOTES", "MSExchangeGWRtr",
	"MSExchangeGWISE", "MSExchange NNTP", "perfctrs", "aic78xx", "SNA DLC Link Service",
	"Print", "MSExchangeMigDS", "MSExchangeMCA", "MSExchangeDSExp", "LicenseService",
	"DHCP", "Browser",
	/* three articles each */
	"X400Proxy", "SNA RUI Application", "Rdr", "MacFile", "MSExchangeMvServer",
	"MSExchangeAdmin", "IISLog", "CertSvc", "Application Popup", "Active Server Pages",
	NULL,
};

/* Sources known only where a field names the source ("Source: Event
 * Log"): in prose, "the application event log may post an event 230"
 * names the log.  EventLog logs 6005, 6006 and 6008; 2 archive articles
 * write it "Event Log" (audit 25's Q243848). */
static const char *const field_sources[] = { "EventLog", NULL };

/* n bytes at s equal name when both are read as their letters and
 * digits only, without case. */
static int same_letters(const char *s, size_t n, const char *name)
{
	size_t i = 0;

	for (;;) {
		while (i < n && !isalnum((unsigned char)s[i]))
			i++;
		while (*name != '\0' && !isalnum((unsigned char)*name))
			name++;
		if (i == n || *name == '\0')
			return i == n && *name == '\0';
		if (tolower((unsigned char)s[i]) != tolower((unsigned char)*name))
			return 0;
		i++;
		name++;
	}
}

static const char *logged_name(const char *s, size_t n)
{
	size_t i, k;

	for (k = 0; k < n && !isalnum((unsigned char)s[k]); k++)
		;
	if (k == n)
		return NULL;    /* no letters: nothing to compare */
	for (i = 0; logged_sources[i] != NULL; i++)
		if (same_letters(s, n, logged_sources[i]))
			return logged_sources[i];
	return NULL;
}

const char *imp_source_as_logged(const char *source)
{
	const char *name;
	size_t l, i;

	if (source == NULL)
		return NULL;
	l = strlen(source);
	name = logged_name(source, l);
	/* "SNA Server Service", "Remote Access Service": a well-known
	 * source with the word "Service" added (guide C19: the logged name
	 * is written); a name that is itself known ("SNA Base Service")
	 * matched above */
	if (name == NULL && l > 8 && strcasecmp(source + l - 8, " Service") == 0)
		name = logged_name(source, l - 8);
	for (i = 0; name == NULL && field_sources[i] != NULL; i++)
		if (same_letters(source, l, field_sources[i]))
			name = field_sources[i];
	return name != NULL ? name : source;
}

const char *imp_known_source(const char *s, size_t n)
{
	char name[64];
	const char *known;

	if (n == 0 || n >= sizeof name)
		return NULL;
	memcpy(name, s, n);
	name[n] = '\0';
	return (known = imp_source_as_logged(name)) != name ? known : NULL;
}

int imp_source_logs_to_application(const char *source)
{
	/* the families by the start of their names: SNA Server's (its
	 * links, emulators and gateways), Exchange's database engine's; then
	 * single services.  Any of Exchange's: "exchange" in the name. */
	static const char *const starts[] = { "SNA ", "TN3270", "TN5250", "COMTI", "ESE", NULL };
	static const char *const names[] = {
		"EDB", "DrWatson", "Perflib", "Userenv", "MSDTC", "Active Server Pages", "LicenseService",
		"Winlogon", "LoadPerf", "MSSQLServer", "SQLServerAgent", "Application Error", "Application Hang",
		"SnaBase", NULL
	};
	size_t i;

	if (source == NULL)
		return 0;
	if (imp_ci_find(source, "exchange") != NULL)
		return 1;
	for (i = 0; starts[i] != NULL; i++)
		if (strncasecmp(source, starts[i], strlen(starts[i])) == 0)
			return 1;
	for (i = 0; names[i] != NULL; i++)
		if (strcasecmp(source, names[i]) == 0)
			return 1;
	return 0;
}

/* s's letters and digits, in lower case, into out (cap bytes): their
 * count, or cap when they do not fit. */
static size_t letters_of(const char *s, char *out, size_t cap)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (isalnum((unsigned char)*s)) {
			if (n + 1 >= cap)
				return cap;
			out[n++] = (char)tolower((unsigned char)*s);
		}
	out[n] = '\0';
	return n;
}

/* One word of six letters at least, the same first two and last three
 * as a known name of one word: the letters that tell one Exchange
 * service from another ("MSExchangeIS", "MSExchangeDS", "MSExchangeES"),
 * a short name and a name of several words ("SNA SDLC Link Service" is
 * not "SNA DLC Link Service") are never taken for a slip, so a real
 * source missing from the list is not rewritten. */
const char *imp_source_misspelt(const char *source)
{
	char a[64], b[64];
	const char *found = NULL;
	size_t la, lb, i;

	if (source == NULL || strchr(source, ' ') != NULL || logged_name(source, strlen(source)) != NULL)
		return NULL;
	if ((la = letters_of(source, a, sizeof a)) < 6 || la == sizeof a)
		return NULL;
	for (i = 0; logged_sources[i] != NULL; i++) {
		if (strchr(logged_sources[i], ' ') != NULL)
			continue;
		lb = letters_of(logged_sources[i], b, sizeof b);
		if (lb < 6 || lb == sizeof b || memcmp(a, b, 2) != 0 || strcmp(a + la - 3, b + lb - 3) != 0 ||
		    !imp_one_slip(a, la, b, lb, 1))
			continue;
		if (found != NULL)
			return NULL;    /* two names as near: no guess */
		found = logged_sources[i];
	}
	return found;
}

/* "   Q217339 Frob Fails to Start with Event ID 7000" (or the
 * "Q217339 - Title" form): a line opening with an article number.  Lists
 * of related articles also bullet their lines ("- Q194848 SDLC
 * Connection Fails with Event 23") or put a colon after the number
 * ("Q129730: Event Viewer Displays DHCP Events 1010, 1016, and 1014"):
 * 113 events in 18 archive articles were titles in those two forms. */
int imp_article_number_line(const char *s)
{
	const char *p = imp_skip_ws(s);
	size_t k;

	/* "| Q172512 | Routing and Remote Access Event ID 20100 |": a cell
	 * of a table of related articles (6 archive articles, 15 events) */
	if ((*p == '-' || *p == '*' || *p == '|') && (p[1] == ' ' || p[1] == '\t'))
		p = imp_skip_ws(p + 1);
	if (*p != 'Q' && *p != 'q')
		return 0;
	k = strspn(p + 1, "0123456789");
	if (k < 5 || k > 7)
		return 0;
	p += 1 + k;
	/* "Q162837Replacing TCPIP ...": the space is sometimes lost */
	if (isupper((unsigned char)*p))
		return 1;
	if (*p == ':')
		p++;
	if (*imp_skip_ws(s) == '|' && *imp_skip_ws(p) == '|')
		p = imp_skip_ws(p) + 1;
	return *p == ' ' || *p == '\t';
}

/* "   ARTICLE-ID: Q137505" then "   TITLE : Driver Causes Event ID 7000":
 * the reference block the older articles print; line n is its title
 * line.  25 codes and events in 13 archive articles were drafted from
 * such title lines (labelling guide C15). */
int imp_titled_reference_line(const struct imp *im, size_t n)
{
	const char *s = imp_skip_ws(imp_line_at(im, n)), *above;

	if (!imp_starts_ci(s, "TITLE") || *imp_skip_ws(s + 5) != ':' || n <= im->a->body_first)
		return 0;
	above = imp_skip_ws(imp_line_at(im, n - 1));
	return (imp_starts_ci(above, "ARTICLE-ID") || imp_starts_ci(above, "ARTICLE ID")) &&
	       *imp_skip_ws(above + 10) == ':';
}

/* Line n is an item of a list in the REFERENCES section ("- COM Method
 * Call in WM_PAINT Handler Returns 0x80010005"): the title of a document
 * the article points to, named without its number. */
static int reference_list_item(const struct imp *im, size_t n)
{
	const char *s = imp_skip_ws(imp_line_at(im, n));
	const struct kb_article_section *sec;

	/* (the bullet first: this is asked of every line) */
	if ((s[0] != '-' && s[0] != '*') || s[1] != ' ')
		return 0;
	sec = imp_section_of(im, n);
	return sec != NULL && imp_starts_ci(sec->name, "REFERENCE");
}

/* Line s opens a quoted title after an article's number that it does
 * not close ('see Knowledge Base article Q154690, "How to Troubleshoot'):
 * the next line goes on with the title. */
static int opens_quoted_title(const char *s)
{
	const char *p, *q;

	for (p = s; (p = strchr(p, 'Q')) != NULL; p++) {
		size_t k = strspn(p + 1, "0123456789");
		if (k < 5 || k > 7 || (p > s && isalnum((unsigned char)p[-1])))
			continue;
		q = p + 1 + k;
		if (*q == ',')
			q++;
		q = imp_skip_ws(q);
		if (*q == '"' && strchr(q + 1, '"') == NULL)
			return 1;
	}
	return 0;
}

int imp_related_title_line(const struct imp *im, size_t n)
{
	size_t m;

	if (imp_article_number_line(imp_line_at(im, n)) || imp_titled_reference_line(im, n) ||
	    reference_list_item(im, n))
		return 1;
	/* '... article Q154690, "How to Troubleshoot' / 'Event 9 and Event
	 * 11 Error Messages."': the rest of a quoted title, closed here */
	if (n > im->a->body_first && strchr(imp_line_at(im, n), '"') != NULL &&
	    opens_quoted_title(imp_line_at(im, n - 1)))
		return 1;
	/* a title wrapped onto an indented line or two under its number */
	for (m = n; m > im->a->body_first && m + 2 >= n; m--) {
		const char *s = imp_line_at(im, m);
		if (imp_blank(s) || imp_indent_of(s) == 0)
			return 0;
		if (m < n && imp_article_number_line(s))
			return 1;
	}
	return 0;
}

int imp_related_title_event(struct imp *im, unsigned long id, size_t line)
{
	if (line < im->a->body_first || line >= im->a->body_end || !imp_related_title_line(im, line))
		return 0;
	imp_review(im, line, T_SYMPTOMS, 0,
		   imp_fmt(im, "event %lu is named in a related article's title, not as a symptom of this one: add it only if the technician sees it", id));
	return 1;
}

/* Words between the subject and "event" in "<subject> [may|will|also]
 * records|logs|generates|reports|writes [an|a|the] [following] event". */
static const char *const modal_words[] = {
	"may", "might", "will", "can", "could", "also", "then", "now", "sometimes", "always",
	"should", "would", "still", "repeatedly",
	/* "begins logging", "continues to log" */
	"begins", "began", "begin", "starts", "started", "start", "continues", "continued", "continue", "to", NULL,
};
static const char *const log_verbs[] = {
	"records", "record", "logs", "log", "logged", "logging", "generates", "generate",
	"reports", "report", "writes", "write", "posts", "post", "produces", "produce", "produced", "causes", "cause", "caused", NULL,
};
/* Words between the verb and "event" that say the event's type or log,
 * not its source ("logs system error event 10010", "logs an Application
 * warning event 30"). */
static const char *const event_kind_words[] = {
	"an", "a", "the", "following", "system", "application", "error", "warning",
	"information", "informational", NULL,
};
/* Words before a source's name that are not part of it ("The SNA Server
 * logs", "Microsoft SNA Server event ID 23"). */
static const char *const name_lead_words[] = {
	"The", "An", "A", "Microsoft", NULL,
};

/* The word ending at end (exclusive) in [start, end): its start, or NULL
 * when the text there does not end with a letter or digit. */
static const char *word_before(const char *start, const char *end)
{
	const char *w = end;

	while (w > start && isalnum((unsigned char)w[-1]))
		w--;
	return w < end ? w : NULL;
}

/* The subject of the verb in text[0, end): the longest run of one to four
 * words right before it that names a well-known source, not part of a
 * longer capitalised name ("DNS Server logs" is DNS's, not Server's). */
static const char *subject_source(const char *text, const char *end)
{
	const char *starts[5], *p = end, *found = NULL;
	size_t k, nw = 0;

	while (nw < 5) {
		const char *w;
		if (p > text && p[-1] == ' ')
			p--;
		else if (nw > 0)
			break;  /* punctuation ends the phrase */
		if ((w = word_before(text, p)) == NULL)
			break;
		starts[nw++] = w;
		p = w;
	}
	for (k = 1; k <= nw && k <= 4; k++) {
		const char *name = logged_name(starts[k - 1], (size_t)(end - starts[k - 1])), *c;
		if (name == NULL)
			continue;
		/* "the (DNS) server produces": a name written all in small
		 * letters is a common noun, not the source "Server" (a
		 * source so written, "wins logs event 4102", is lost; no
		 * archive article writes one so) */
		for (c = starts[k - 1]; c < end && !isupper((unsigned char)*c); c++)
			;
		if (c == end)
			continue;
		if (k < nw && isupper((unsigned char)*starts[k]) &&
		    !imp_word_in(starts[k], (size_t)(starts[k - 1] - 1 - starts[k]), name_lead_words))
			continue;
		found = name;
	}
	return found;
}

/* "(DCOM) logs": a subject in brackets right before end, the name a
 * longer subject abbreviates ("The distributed version of the Component
 * Object Model (DCOM) logs"), when it is a well-known source. */
static const char *bracketed_source(const char *text, const char *end)
{
	const char *close = end, *open;

	while (close > text && close[-1] == ' ')
		close--;
	if (close == text || close[-1] != ')')
		return NULL;
	for (open = close - 1; open > text && open[-1] != '(' && close - open < 40; open--)
		;
	if (open == text || open[-1] != '(')
		return NULL;
	return logged_name(open, (size_t)(close - 1 - open));
}

/* Before and (at w in text), a verb of the subject's own: one word
 * ending in 's' ("stops", "fails", "restarts"; not "is", "was" or "has"),
 * maybe with a gerund after it ("stops responding"), past its spaces;
 * where it starts, or NULL. */
static const char *first_verb_before(const char *text, const char *w)
{
	static const char *const not_verbs[] = { "is", "was", "has", "does", "this", "its", "his", "as", "us",
						 NULL };
	const char *p = w, *v;

	while (p > text && p[-1] == ' ')
		p--;
	/* ("stops responding and reports": the verb before its gerund) */
	if ((v = word_before(text, p)) != NULL && p - v > 5 && strncmp(p - 3, "ing", 3) == 0) {
		for (p = v; p > text && p[-1] == ' '; p--)
			;
	}
	if ((v = word_before(text, p)) == NULL || p - v < 4 || (p[-1] != 's' && p[-1] != 'S') ||
	    imp_word_in(v, (size_t)(p - v), not_verbs) || !islower((unsigned char)*v))
		return NULL;
	return v;
}

/* In text[0, ev) (ev: where "event" starts), "<subject> [modal] verb
 * [an|a|the] [following] ": where the subject ends (past its spaces), or
 * NULL when the words before "event" are not so; *bracket set when the
 * subject ends at a bracket the verb follows directly ("(DCOM) logs"). */
static const char *clause_subject_end(const char *text, const char *ev, int *bracket)
{
	const char *p = ev, *w, *v;
	int verb = 0;

	*bracket = 0;
	while (p > text) {
		if (p[-1] != ' ')
			return NULL;
		while (p > text && p[-1] == ' ')
			p--;
		if ((w = word_before(text, p)) == NULL) {
			*bracket = verb;
			return verb ? p : NULL;
		}
		if (!verb && imp_word_in(w, (size_t)(p - w), event_kind_words)) {
			p = w;
			continue;
		}
		if (!verb && imp_word_in(w, (size_t)(p - w), log_verbs)) {
			verb = 1;
			p = w;
			continue;
		}
		if (verb && imp_word_in(w, (size_t)(p - w), modal_words)) {
			p = w;
			continue;
		}
		/* "the MTA stops and reports event 9411": the subject's
		 * first verb, joined by "and" */
		if (verb == 1 && p - w == 3 && strncasecmp(w, "and", 3) == 0) {
			if ((v = first_verb_before(text, w)) == NULL)
				return NULL;
			p = v;
			verb = 2;
			continue;
		}
		if (!verb)
			return NULL;
		/* "the MTA service logs": the service by its name */
		if (p - w == 7 && strncmp(w, "service", 7) == 0 && w > text && w[-1] == ' ')
			p = w;
		while (p > text && p[-1] == ' ')
			p--;
		return p;
	}
	return NULL;
}

/* The well-known source the subject of "<subject> [modal] verb ...
 * event" names (clause_subject_end()), or NULL. */
static const char *source_of_clause(const char *text, const char *ev)
{
	int bracket;
	const char *end = clause_subject_end(text, ev, &bracket);

	if (end == NULL)
		return NULL;
	return bracket ? bracketed_source(text, end) : subject_source(text, end);
}

/* "NETLOGON Event 3210", "SNA Server Event 624", "DHCP Event 1010", "the
 * Service Control Manager event 7003": a well-known source's name right
 * before "event" (ev: where it starts), written as the event's own label
 * (labelling guide section 3, "X Event ID: N").  80 archive articles
 * name a source so; a name that is part of a longer capitalised one
 * ("Systems Management Server Event 336") is no source.  Titles and
 * "X Event ID" labels are read by kbimport_events.c's
 * source_word_before(), one word from a shorter list: prose names
 * sources in several words ("SNA Server"), which that list cannot hold. */
static const char *source_before_event(const char *text, const char *ev)
{
	if (ev == text || ev[-1] != ' ')
		return NULL;
	return subject_source(text, ev - 1);
}

const char *imp_event_number_at(const char *p, int *with_id)
{
	const char *q = p + 5;
	int id_word;

	/* "For Event1, with VARIANT parameter", "App.LogEvent "Event1"",
	 * "Event32.dll": the archive's 26 words with a digit glued to
	 * "Event" are all names in code or files, none an event */
	if (isdigit((unsigned char)*q)) {
		if (with_id != NULL)
			*with_id = 0;
		return p;
	}
	if (*q == 's' || *q == 'S')
		q++;
	/* "Event-ID 7000", "Event-ID: 2026": the words joined (2 archive
	 * articles) */
	else if (*q == '-' && imp_starts_ci(q + 1, "ID") && !isalnum((unsigned char)q[3]))
		q++;
	q = imp_skip_ws(q);
	id_word = imp_starts_ci(q, "ID");
	if (id_word) {
		q += 2;
		/* "event IDs 9266, 2219 and 9321" (60 archive articles) */
		if ((*q == 's' || *q == 'S') && !isalnum((unsigned char)q[1]))
			q++;
		q = imp_skip_ws(q);
	}
	/* "a Service Control Manager event number 7024" (2 archive
	 * articles) */
	else if (imp_starts_ci(q, "number ") && isdigit((unsigned char)*imp_skip_ws(q + 7))) {
		q = imp_skip_ws(q + 7);
		id_word = 1;
	}
	/* "WINS causes event error 4204", "Event Error 7 may also be
	 * logged": an error-type event by its ID (the articles' titles
	 * write "Event Error 2000" so too) */
	else if (imp_starts_ci(q, "error ") && isdigit((unsigned char)*imp_skip_ws(q + 6)))
		q = imp_skip_ws(q + 6);
	while (*q == ':' || *q == '#')   /* "Event ID#: 7005" */
		q = imp_skip_ws(q + 1);
	/* "The common event IDs are 5000, 1120, and 1121", "an event ID of
	 * 3001" (6 archive lines) */
	if (id_word) {
		static const char *const verbs[] = { "are ", "is ", "was ", "were ", "of ", NULL };
		size_t i;
		for (i = 0; verbs[i] != NULL; i++)
			if (imp_starts_ci(q, verbs[i]) && isdigit((unsigned char)*imp_skip_ws(q + strlen(verbs[i])))) {
				q = imp_skip_ws(q + strlen(verbs[i]));
				break;
			}
	}
	if (with_id != NULL)
		*with_id = id_word;
	return q;
}

/* "event id", "Event ID: id", "event id" at p: the number read is id.
 * Not "events": the subject of "The remote server generates events 9301
 * and 9202" is no source, that of "NETLOGON events number 5715" is (the
 * archive's only two; as many wrong as right). */
static int event_names(const char *p, unsigned long id)
{
	const char *q = imp_event_number_at(p, NULL);
	char *end;

	if (p[5] == 's' || p[5] == 'S' || !isdigit((unsigned char)*q))
		return 0;
	return strtoul(q, &end, 10) == id && !isalnum((unsigned char)*end);
}

/* The longest run of one to three words at q that is a well-known
 * source ("MSExchangeIS Private", "Perflib"), its end in *after; NULL
 * when none. */
static const char *known_source_at(const char *q, const char **after)
{
	const char *w0 = q, *found = NULL, *e;
	size_t nw;

	for (nw = 0; nw < 3 && isalnum((unsigned char)*q); nw++) {
		const char *name;
		for (e = q; isalnum((unsigned char)*e) || *e == '_'; e++)
			;
		if ((name = logged_name(w0, (size_t)(e - w0))) != NULL) {
			found = name;
			*after = e;
		}
		if (*e != ' ')
			break;
		q = e + 1;
	}
	return found;
}

/* A name the article gives outright after "source" ("with Source JET,",
 * "Event ID 2024, Source FPNWSrv:", "report the source SNA IBM SDLC
 * Link."): at p, in quotes or not, a well-known source (known_source_at(),
 * words may follow it: "from source SNA Host Security may be present"),
 * else one to four words that each open with a capital and end the
 * phrase (punctuation or the text's end follows, not more words:
 * "Source Netlogon reports" is a sentence's).  No list need vouch for
 * that name: the word "source" does.  A copy of the name, or NULL. */
static const char *source_named_at(struct imp *im, const char *p)
{
	const char *w, *e = NULL, *after;
	int nw, quoted = *p == '"';

	if ((w = known_source_at(p + quoted, &after)) != NULL)
		return w;
	w = p + quoted;
	for (nw = 0; nw < 4 && isupper((unsigned char)*w); nw++) {
		while (isalnum((unsigned char)*w) || *w == '_')
			w++;
		e = w;
		if (*w != ' ' || !isupper((unsigned char)w[1]))
			break;
		w++;
	}
	if (e == NULL || (nw == 4 && *e == ' '))
		return NULL;
	after = e;
	if (quoted) {
		/* "with source "Monitoring," Event ID 8022": the comma inside */
		if (*after == ',' || *after == '.')
			after++;
		if (*after != '"')
			return NULL;
		after++;
	}
	after = imp_skip_ws(after);
	if (*after != '\0' && strchr(".,;:)", *after) == NULL)
		return NULL;
	return imp_dupn(im, p + quoted, (size_t)(e - p - quoted));
}

/* "event ID 10010 from DCOM in the Event Viewer", "event 1001 from
 * MSExchangeIS Private": after the number p names, "from [the]" and one to
 * three words (in quotes or not) of which the longest run is a well-known
 * source (labelling guide section 3: "event N from X").  The archive has
 * 24 articles with "event [ID] N from ..."; the known-source check leaves
 * out "from the Exchange Server" and "from the MTA service", which name a
 * product or a machine.  NULL when none. */
static const char *source_after_from(struct imp *im, const char *p)
{
	/* "event ID 2025 error message from "MSExchangeIS Private"": the
	 * event's type and what it is called may come between; "Event Id
	 * 54's coming from source SNA Host Security" */
	static const char *const between[] = { "error", "warning", "information", "informational",
					       "message", "entry", "coming", NULL };
	const char *q = imp_event_number_at(p, NULL), *after, *w, *r;
	size_t k;

	while (isdigit((unsigned char)*q))
		q++;
	/* "event IDs are 5000, 1120, and 1121 from the MSExchangeIS": past
	 * the list's other numbers */
	for (k = 0; k < 8; k++) {
		r = q;
		if (*r == ',')
			r++;
		r = imp_skip_ws(r);
		if (imp_starts_ci(r, "and ") || imp_starts_ci(r, "or "))
			r = imp_skip_ws(r + (r[0] == 'a' || r[0] == 'A' ? 4 : 3));
		if (r == q || !isdigit((unsigned char)*r))
			break;
		for (q = r; isdigit((unsigned char)*q); q++)
			;
	}
	if (q[0] == '\'' && q[1] == 's' && !isalnum((unsigned char)q[2]))
		q += 2;
	q = imp_skip_ws(q);
	for (k = 0; k < 2 && *q != '\0'; k++) {
		for (w = q; isalpha((unsigned char)*w); w++)
			;
		if (*w != ' ' || !imp_word_in(q, (size_t)(w - q), between))
			break;
		q = imp_skip_ws(w);
	}
	if (!imp_starts_ci(q, "from "))
		return NULL;
	q = imp_skip_ws(q + 5);
	if (imp_starts_ci(q, "the "))
		q = imp_skip_ws(q + 4);
	/* "event ID 20077 from source RemoteAccess": the word says it */
	if (imp_starts_ci(q, "source "))
		return source_named_at(im, imp_skip_ws(q + 7));
	if (*q == '"')
		q++;
	return known_source_at(q, &after);
}

/* "event 1017 or 1018 (the disable events) posted by the Perflib source",
 * "Event 624, logged by SNA Server", "Event 631 is logged by SNA Server":
 * in the sentence after the number p names (text may run on to the next
 * line), "by the", a well-known source (known_source_at()), then
 * "source"; or "logged by [the]" and a well-known source.  NULL when
 * none. */
static const char *source_by_the(const char *p)
{
	const char *q = imp_event_number_at(p, NULL), *stop, *by, *found, *after;

	stop = q + strcspn(q, ".;");
	for (by = q; (by = imp_ci_find(by, " by the ")) != NULL && by < stop; by++)
		if ((found = known_source_at(by + 8, &after)) != NULL && imp_starts_ci(after, " source") &&
		    !isalpha((unsigned char)after[7]))
			return found;
	for (by = q; (by = imp_ci_find(by, "logged by ")) != NULL && by < stop; by++) {
		const char *at = imp_skip_ws(by + 10);
		if (imp_starts_ci(at, "the "))
			at = imp_skip_ws(at + 4);
		if ((found = known_source_at(at, &after)) != NULL)
			return found;
	}
	return NULL;
}

/* The spaces in s (up to end, or its end when end is NULL). */
static size_t spaces_in(const char *s, const char *end)
{
	size_t k = 0;

	for (; *s != '\0' && (end == NULL || s < end); s++)
		k += *s == ' ';
	return k;
}

/* "Event ID 2380 MSExchangeMSMI", "Event ID 7200 - MSExchangeIS
 * Private", "Event 650, SNA Server, Warning, ...", "Event 203: TN3270
 * server", "Event 5711 Source Netlogon": a well-known source right after
 * the number p names, alone or after a comma, a colon, a dash or the word
 * "Source" (a log's line, ID then source, as Event Viewer's columns run).
 * The name may open the next line, under the ID ("Event ID: 1005" /
 * "MSExchangeSA" / "Type: Error").  Over the archive's events drafted
 * with no source this gives 68 events in 39 articles their source, read
 * one by one.  Left out, the event's text that opens with a source's
 * name: "Event ID 7026: Serial mouse failed to start",
 * "Event 552: DNS was unable to serve", "Event ID 145 - MSExchangeIS((1856))
 * could not access": a name that runs on into a word in lower case or a
 * bracket is the text's, not a source.  So is one spaced otherwise than
 * it is logged: "Event 7023: Remote Access Connection Manager service
 * terminated" is the Service Control Manager's, whose text names the
 * service.  NULL when none. */
static const char *source_right_after(struct imp *im, const char *p)
{
	const char *q = imp_event_number_at(p, NULL), *found, *after, *next;
	int labelled = 0;

	if (!isdigit((unsigned char)*q))
		return NULL;
	while (isdigit((unsigned char)*q))
		q++;
	if (*q == ',' || *q == ':')
		q++;
	else if (q[0] == ' ' && q[1] == '-' && q[2] == ' ')
		q += 2;
	if (*q != ' ' && *q != '\t')
		return NULL;
	q = imp_skip_ws(q);
	if (imp_starts_ci(q, "source") && (q[6] == ' ' || q[6] == ':')) {
		q = imp_skip_ws(q + 6 + (q[6] == ':'));
		labelled = 1;
	}
	/* "Event ID 2024, Source FPNWSrv:", "Event 5010, source
	 * MSExchangeNotesCal": after the word, a name no list holds */
	if ((found = known_source_at(q, &after)) == NULL)
		return labelled ? source_named_at(im, q) : NULL;
	if (*after == '(' || spaces_in(q, after) != spaces_in(found, NULL))
		return NULL;
	next = imp_skip_ws(after);
	if (!labelled && next > after && islower((unsigned char)*next))
		return NULL;
	return found;
}

const char *imp_next_event_number(const char *s, const char *from, const char *end)
{
	const char *w, *d;

	for (w = from; (w = imp_ci_find(w, "event")) != NULL && (end == NULL || w < end); w += 5)
		if ((w == s || !isalpha((unsigned char)w[-1])) &&
		    isdigit((unsigned char)*(d = imp_event_number_at(w, NULL))))
			return d;
	return NULL;
}

int imp_event_named_between(const char *q, const char *end)
{
	return imp_next_event_number(q, q, end) != NULL;
}

/* ". The source for the event ID is HPMON.", ". The source of the error
 * will be Userenv": a later sentence (its start at w, the ". ") that
 * names the source after "is" or "will be", with at most a few words
 * between ("of the error", "for this event").  Where the name starts, or
 * NULL. */
static const char *source_sentence_name(const char *w)
{
	static const char *const between[] = { "of", "for", "the", "this", "that", "error", "event",
					       "ID", "message", NULL };
	const char *p = imp_ci_find(w, "source ") + 7, *e;
	size_t k;

	for (k = 0; k < 5; k++) {
		if (strncmp(p, "is ", 3) == 0)
			return imp_skip_ws(p + 3);
		if (strncmp(p, "will be ", 8) == 0)
			return imp_skip_ws(p + 8);
		for (e = p; isalpha((unsigned char)*e); e++)
			;
		if (*e != ' ' || !imp_word_in(p, (size_t)(e - p), between))
			return NULL;
		p = imp_skip_ws(e);
	}
	return NULL;
}

/* The words at w (after q, the end of the event's number) start a word
 * ("with", or "(with") and speak of this event: no other event is named
 * between ("Event ID 5, Event ID 6 (with a source of IISLOG)"). */
static int words_of_this_event(const char *q, const char *w)
{
	return (w[-1] == ' ' || w[-1] == '(') && !imp_event_named_between(q, w);
}

/* "event ID 2009 with a source of Srv.", "Event ID 7000 with Service
 * Control Manager as the source is logged", "either Event ID 5, Event ID
 * 6 (with a source of IISLOG), or both", "event ID 1000, with Source
 * JET, will appear": in the sentence after the number p names (or a later
 * sentence of the lines read: "The source is X."), words that say the
 * source outright, whatever its name (no list need vouch for it, unlike
 * the readers above).  A copy of the name, or NULL. */
static const char *source_said_outright(struct imp *im, const char *p)
{
	const char *q = imp_event_number_at(p, NULL), *stop, *w, *e, *name;

	while (isdigit((unsigned char)*q))
		q++;
	for (stop = q; *stop != '\0' && *stop != ';' && !(*stop == '.' && (stop[1] == ' ' || stop[1] == '\0'));
	     stop++)
		;
	for (w = q; (w = imp_ci_find(w, "with a source of ")) != NULL && w < stop; w++)
		if (words_of_this_event(q, w)) {
			w += 17;
			e = w + strcspn(w, ",)");
			if (e > stop)
				e = stop;
			if (e > w && isupper((unsigned char)*w))
				return imp_dupn(im, w, imp_rtrim_len(w, (size_t)(e - w)));
			break;
		}
	for (w = q; (w = imp_ci_find(w, "with source ")) != NULL && w < stop; w++)
		if (words_of_this_event(q, w) && (name = source_named_at(im, imp_skip_ws(w + 12))) != NULL)
			return name;
	if ((e = imp_ci_find(q, " as the source")) != NULL && e < stop) {
		for (w = e; w > q && !imp_starts_ci(w, " with "); w--)
			;
		if (imp_starts_ci(w, " with ") && e - w > 6 && e - w < 70 && isupper((unsigned char)w[6]))
			return imp_dupn(im, w + 6, (size_t)(e - w - 6));
	}
	/* "Event 4097 will be logged ... The source is PPV5250.": a later
	 * sentence of the lines read says so, before another event is named,
	 * of one word (2 archive articles; "The source is Service Control
	 * Manager." is no one word, and is left); each such sentence in turn
	 * (". The source files ..." may come first) */
	for (w = q; (e = strstr(w, ". The ")) != NULL; w = e + 2) {
		const char *x;
		if (strncmp(e + 6, "source ", 7) != 0 && strncmp(e + 6, "event source ", 13) != 0)
			continue;
		if (imp_event_named_between(q, e))
			return NULL;
		if ((name = source_sentence_name(e)) == NULL)
			continue;
		for (x = name; isalnum((unsigned char)*x) || *x == '_'; x++)
			;
		if (x > name && isupper((unsigned char)*name) &&
		    (*x == '.' || *x == ',' || *x == ';' || *x == '\0' || (*x == ' ' && islower((unsigned char)x[1]))))
			return imp_dupn(im, name, (size_t)(x - name));
	}
	return NULL;
}

/* Line line's text joined with the line above (the subject may end it:
 * "... the Frob Agent" / "records event ID 12") and the line below (the
 * sentence may go on there, with the number, "the X service logs event
 * ID" / "5722 ...", or the source, "posted by" / "the Perflib source"),
 * when they are not blank: a string the caller frees, or NULL. */
static char *prose_lines(struct imp *im, size_t line)
{
	const struct kb_article *a = im->a;
	struct kb_buf b = { 0 };
	size_t first = line, last = line;

	if (line < a->body_first || line >= a->body_end)
		return NULL;
	if (line > a->body_first && !imp_blank(imp_line_at(im, line - 1)))
		first = line - 1;
	if (line + 1 < a->body_end && !imp_blank(imp_line_at(im, line + 1)))
		last = line + 1;
	for (; first <= last; first++) {
		if (b.len > 0)
			kb_buf_add(&b, " ", 1);
		kb_buf_puts(&b, imp_skip_ws(imp_line_at(im, first)));
	}
	if (b.oom || b.p == NULL) {
		if (b.oom)
			im->oom = 1;
		free(b.p);
		return NULL;
	}
	return b.p;
}

const char *imp_prose_event_source(struct imp *im, unsigned long id, size_t line)
{
	char *s = prose_lines(im, line);
	const char *p, *found = NULL;

	if (s == NULL)
		return NULL;
	for (p = s; found == NULL && (p = imp_ci_find(p, "event")) != NULL; p += 5)
		if ((p == s || !isalpha((unsigned char)p[-1])) && event_names(p, id) &&
		    (found = source_of_clause(s, p)) == NULL &&
		    (found = source_before_event(s, p)) == NULL && (found = source_after_from(im, p)) == NULL &&
		    (found = source_by_the(p)) == NULL && (found = source_right_after(im, p)) == NULL)
			found = source_said_outright(im, p);
	free(s);
	return found;
}

/* The subject that ends at end in text ends with a service's short name
 * in capitals, two to five letters: "The MTA" (may log ...), or the same
 * in the brackets that close a longer subject, "the message transfer
 * agent (MTA)".  Where the name starts, its end in *stop; NULL when
 * none. */
static const char *short_name_ending(const char *text, const char *end, const char **stop)
{
	const char *w;
	int bracketed = end > text && end[-1] == ')';

	if (bracketed)
		end--;
	if ((w = word_before(text, end)) == NULL || end - w < 2 || end - w > 5 ||
	    strspn(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != (size_t)(end - w) || (bracketed && (w == text || w[-1] != '(')))
		return NULL;
	*stop = end;
	return w;
}

const char *imp_prose_short_subject(struct imp *im, unsigned long id, size_t line)
{
	char *s = prose_lines(im, line);
	const char *p, *end, *w, *e, *found = NULL;
	int bracket;

	if (s == NULL)
		return NULL;
	for (p = s; found == NULL && (p = imp_ci_find(p, "event")) != NULL; p += 5) {
		if ((p != s && isalpha((unsigned char)p[-1])) || !event_names(p, id) ||
		    (end = clause_subject_end(s, p, &bracket)) == NULL)
			continue;
		if ((w = short_name_ending(s, end, &e)) != NULL)
			found = imp_dupn(im, w, (size_t)(e - w));
	}
	free(s);
	return found;
}

const char *imp_lead_in_source(struct imp *im, const char *text, int *as_written)
{
	static const char *const event_words[] = { "event", "events", NULL };
	static const char *const report_verbs[] = { "report", "reports", "show", "shows", "list", "lists",
						    "give", "gives", "display", "displays", NULL };
	const char *p, *e, *end, *w, *found, *name_end;

	*as_written = 0;
	/* "coming from source SNA Host Security", "from the source Srv",
	 * "from the MSExchangeIMC service" (a name a list vouches for) */
	for (p = text; (p = imp_ci_find(p, "from ")) != NULL; p += 5) {
		const char *q = imp_skip_ws(p + 5), *after;
		if (p > text && isalpha((unsigned char)p[-1]))
			continue;
		if (imp_starts_ci(q, "the "))
			q = imp_skip_ws(q + 4);
		if (imp_starts_ci(q, "source ") && (found = known_source_at(imp_skip_ws(q + 7), &after)) != NULL)
			return found;
		/* "error messages from the MSExchangeIMC service:"; "the
		 * following events from Service Control Manager will also be
		 * logged:", the events' own source */
		if ((found = known_source_at(q, &after)) != NULL &&
		    (imp_starts_ci(imp_skip_ws(after), "service") || *imp_skip_ws(after) == ':' ||
		     imp_word_before_is(text, p, event_words)))
			return found;
	}
	/* "The Event Detail will report the source SNA IBM SDLC Link.",
	 * "the event log shows them under the MSExchangeMSMI source:": the
	 * word "source" names it, before or after; "the source" after a verb
	 * that reports ("on the source DC:", "from the source server" speak of
	 * a computer) */
	for (p = text; (p = imp_ci_find(p, "the source ")) != NULL; p += 11)
		if ((p == text || p[-1] == ' ') && imp_word_before_is(text, p, report_verbs) &&
		    (found = source_named_at(im, imp_skip_ws(p + 11))) != NULL)
			return found;
	/* "the following event logged by MSExchangeDSImp:", "events
	 * generated by the Srv service": a name a list vouches for after
	 * "by [the]", a form of a verb that logs before it */
	for (p = text; (p = imp_ci_find(p, " by ")) != NULL; p += 4) {
		static const char *const by_verbs[] = { "logged", "posted", "generated", "written", "reported",
							"recorded", "raised", NULL };
		const char *q = imp_skip_ws(p + 4), *after;
		if (imp_starts_ci(q, "the "))
			q = imp_skip_ws(q + 4);
		if (imp_word_before_is(text, p + 1, by_verbs) && (found = known_source_at(q, &after)) != NULL)
			return found;
	}
	for (p = text; (p = imp_ci_find(p, "under the ")) != NULL; p += 10) {
		const char *after;
		if ((p == text || !isalpha((unsigned char)p[-1])) &&
		    (found = known_source_at(imp_skip_ws(p + 10), &after)) != NULL &&
		    imp_starts_ci(imp_skip_ws(after), "source") && !isalpha((unsigned char)imp_skip_ws(after)[6]))
			return found;
	}
	for (p = text; *p != '\0'; p = e) {
		while (*p != '\0' && !isalpha((unsigned char)*p))
			p++;
		for (e = p; isalpha((unsigned char)*e); e++)
			;
		if (e == p || (p > text && isalnum((unsigned char)p[-1])) ||
		    !imp_word_in(p, (size_t)(e - p), log_verbs))
			continue;
		/* back over "may", "will", "repeatedly" ... to the subject */
		for (end = p; end > text && end[-1] == ' '; end = w) {
			w = word_before(text, end - 1);
			if (w == NULL || !imp_word_in(w, (size_t)(end - 1 - w), modal_words))
				break;
		}
		while (end > text && end[-1] == ' ')
			end--;
		if ((found = subject_source(text, end)) != NULL || (found = bracketed_source(text, end)) != NULL)
			return found;
		/* "The MTA may log", "The Microsoft Exchange message transfer
		 * agent (MTA) reports" */
		if ((w = short_name_ending(text, end, &name_end)) != NULL) {
			*as_written = 1;
			return imp_dupn(im, w, (size_t)(name_end - w));
		}
	}
	return NULL;
}

/* "The description for Event ID ( 8007 ) in Source ( NwRdr ) could not
 * be found", "... for Event ID "8504" in source "NwSapAgent" could not be
 * found": Event Viewer's message for an event whose message file is
 * missing names the source in brackets or quotes after "in Source" (30
 * such messages in the archive).  The source named so on line n or the
 * line after it (the message wraps), or NULL. */
const char *imp_in_source(struct imp *im, size_t n)
{
	const struct kb_article *a = im->a;
	struct kb_buf b = { 0 };
	const char *p, *q, *e, *found = NULL;
	char close;

	if (n < a->body_first || n >= a->body_end || imp_ci_find(imp_line_at(im, n), "event") == NULL)
		return NULL;
	kb_buf_puts(&b, imp_line_at(im, n));
	if (n + 1 < a->body_end) {
		kb_buf_add(&b, " ", 1);
		kb_buf_puts(&b, imp_skip_ws(imp_line_at(im, n + 1)));
	}
	if (b.oom || b.p == NULL) {
		im->oom |= b.oom;
		free(b.p);
		return NULL;
	}
	for (p = b.p; found == NULL && (p = imp_ci_find(p, "in source")) != NULL; p += 9) {
		if ((p > b.p && isalpha((unsigned char)p[-1])) || isalpha((unsigned char)p[9]))
			continue;
		q = imp_skip_ws(p + 9);
		if (*q != '(' && *q != '"')
			continue;
		close = *q == '(' ? ')' : '"';
		q = imp_skip_ws(q + 1);
		if ((e = strchr(q, close)) == NULL)
			break;
		/* "in Source ( <msfile> )": a placeholder names no source */
		if (e > q && (size_t)(e - q) <= 64 && *q != '<')
			found = imp_dupn(im, q, imp_rtrim_len(q, (size_t)(e - q)));
	}
	free(b.p);
	return found;
}

/* Words that end a source field's name when the field runs on into the
 * sentence ("Source:  IPXRIP logs with the following description:",
 * "Source = DrWatson with the following Description: The ..."), or into
 * the message ("Source: SNA Print Server The Buffer pool for ..."). */
static const char *const run_on_words[] = {
	"with", "logs", "logged", "will", "is", "was", "are", "reports", "records", "generates",
	"may", "might", "appears", "has", "when", "that", "which", "The", "This", NULL,
};
/* An event type written after the source in the same field ("Source:
 * Service Control Manager Error", 8 lines in 4 archive articles). */
static const char *const event_types[] = {
	"Error", "Warning", "Information", NULL,
};

const char *imp_source_name(struct imp *im, const char *source)
{
	const char *w, *end, *cut = NULL;
	size_t l, k, i, depth = 0;

	if (source == NULL)
		return NULL;
	/* "Source: <value>", "Source: <Link service name>": a placeholder
	 * (the whole field in angle brackets) names no source */
	l = strlen(source);
	if (source[0] == '<' && l > 2 && source[imp_rtrim_len(source, l) - 1] == '>' &&
	    memchr(source + 1, '<', imp_rtrim_len(source, l) - 1) == NULL)
		return "";
	/* "an event with a source of Service Control Manager will be logged";
	 * in such prose a comma ends the name ("a source of Portmapper, an
	 * event ID of 3001, and ...") */
	end = NULL;
	if (strncmp(source, "of ", 3) == 0) {
		source = imp_skip_ws(source + 3);
		end = strchr(source, ',');
	}
	/* "Source - Active Server Pages": a dash for the colon */
	if (source[0] == '-' && source[1] == ' ')
		source = imp_skip_ws(source + 2);
	/* "MSExchangeIS Private<BR/>": an HTML line break ends the field */
	if (end == NULL)
		end = imp_ci_find(source, "<BR");
	if (end == NULL || end == source)
		end = source + strlen(source);
	for (w = source; w < end; w++) {
		if (*w == '(')
			depth++;
		else if (*w == ')' && depth > 0)
			depth--;
		if (depth > 0 || w == source || w[-1] != ' ' || !isalpha((unsigned char)*w))
			continue;
		for (k = 0; isalpha((unsigned char)w[k]); k++)
			;
		if (isalnum((unsigned char)w[k]) || w[k] == '.')
			continue;
		/* "DHCP Server Description : The ...": the next label */
		if (*imp_skip_ws(w + k) == ':') {
			cut = w;
			break;
		}
		/* matched in their case: prose words are lower case, and
		 * "The" or "This" capitalised opens the message */
		for (i = 0; run_on_words[i] != NULL && cut == NULL; i++)
			if (strlen(run_on_words[i]) == k && strncmp(run_on_words[i], w, k) == 0)
				cut = w;
		if (cut != NULL)
			break;
	}
	l = imp_rtrim_len(source, (size_t)((cut != NULL ? cut : end) - source));
	/* "SNA Server (snadump)", "SNA Server (or SnaBase)": a remark or an
	 * alternative in brackets after the name is not part of the name
	 * Event Viewer shows (the first name is kept) */
	if (l > 2 && source[l - 1] == ')') {
		const char *open = memchr(source, '(', l);
		if (open != NULL && open > source && open[-1] == ' ' &&
		    memchr(open + 1, '(', (size_t)(source + l - open - 1)) == NULL)
			l = imp_rtrim_len(source, (size_t)(open - source));
	}
	/* "Source: n": one letter is a field cut off, no name (guide
	 * section 3) */
	if (l == 1)
		return "";
	/* "Service Control Manager Error": a well-known source then a type */
	for (k = 0; event_types[k] != NULL; k++) {
		size_t tl = strlen(event_types[k]);
		if (l > tl + 1 && source[l - tl - 1] == ' ' && strncmp(source + l - tl, event_types[k], tl) == 0 &&
		    logged_name(source, imp_rtrim_len(source, l - tl - 1)) != NULL) {
			l = imp_rtrim_len(source, l - tl - 1);
			break;
		}
	}
	/* "MSExchangeMTA  Field Engineering": the category after a column's
	 * gap, behind a well-known source (3 archive fields) */
	{
		const char *gap = strstr(source, "  ");
		if (gap != NULL && (size_t)(gap - source) < l && logged_name(source, (size_t)(gap - source)) != NULL)
			l = (size_t)(gap - source);
	}
	if (l == 0 || l == strlen(source))
		return source;
	return imp_dupn(im, source, l);
}
