/* kbimport_afterfix.c: events and codes that the fix brings (kbimport_int.h).
 * "If you run X on systems where this hotfix is applied, X generates the
 * following Event ID 3007 error:", "After you apply the update, the
 * server logs an Event 25 error", "With this update applied, ... the
 * Event 60 error log": outside the SYMPTOMS and the CAUSE, an event or a
 * code that the article says comes once its fix is in place is not the
 * problem the technician has; the draft lists it for a person instead. */
#include "kbwiz/kbimport.h"

#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

enum { MAX_WORDS = 160, WORD_LEN = 16 };

struct words {
	char w[MAX_WORDS][WORD_LEN];
	unsigned short sentence[MAX_WORDS];     /* which sentence the word is in */
	unsigned char opens[MAX_WORDS];         /* first word of its sentence */
	size_t n;
};

/* The words of lines first..last (prose_only: of those not indented, not
 * a quoted message), lower case, cut to WORD_LEN - 1, each with its
 * sentence (a '.', ':' or '?' before white space ends one). */
static void read_words(const struct imp *im, size_t first, size_t last, int prose_only, struct words *ws)
{
	size_t n, k;
	unsigned short sentence = 0;
	int opens = 1;

	ws->n = 0;
	for (n = first; n <= last && ws->n < MAX_WORDS; n++) {
		const char *p = imp_line_at(im, n);
		if (prose_only && imp_indent_of(p) > 0)
			continue;
		while (*p != '\0' && ws->n < MAX_WORDS) {
			while (*p != '\0' && !isalpha((unsigned char)*p)) {
				if ((*p == '.' || *p == ':' || *p == '?') &&
				    (p[1] == '\0' || p[1] == ' ' || p[1] == '\t')) {
					sentence++;
					opens = 1;
				}
				p++;
			}
			for (k = 0; isalpha((unsigned char)*p); p++)
				if (k + 1 < WORD_LEN)
					ws->w[ws->n][k++] = (char)tolower((unsigned char)*p);
			if (k > 0) {
				ws->w[ws->n][k] = '\0';
				ws->sentence[ws->n] = sentence;
				ws->opens[ws->n] = (unsigned char)opens;
				opens = 0;
				ws->n++;
			}
		}
	}
}

static int word_in(const char *w, const char *const *set)
{
	size_t i;

	for (i = 0; set[i] != NULL; i++)
		if (strcmp(w, set[i]) == 0)
			return 1;
	return 0;
}

static const char *const the_this[] = { "this", "the", "these", NULL };
static const char *const fixes[] = { "hotfix", "fix", "update", "patch", "pack", NULL };
static const char *const applied[] = { "applied", "installed", NULL };

/* At word i: "this hotfix is applied", "the update has been installed",
 * "the service pack was applied" (the fix, then a form of "be", then
 * applied or installed). */
static int fix_is_applied(const struct words *ws, size_t i)
{
	size_t j = i + 2;

	if (i + 3 >= ws->n || !word_in(ws->w[i], the_this) || !word_in(ws->w[i + 1], fixes))
		return 0;
	if (strcmp(ws->w[i + 1], "pack") != 0 && j < ws->n && strcmp(ws->w[j], "pack") == 0)
		j++;    /* "the service pack": "service" was word i + 1 */
	if (j < ws->n && (strcmp(ws->w[j], "has") == 0 || strcmp(ws->w[j], "have") == 0))
		j++;
	if (j + 1 >= ws->n || !(strcmp(ws->w[j], "is") == 0 || strcmp(ws->w[j], "was") == 0 ||
				strcmp(ws->w[j], "are") == 0 || strcmp(ws->w[j], "been") == 0))
		return 0;
	return word_in(ws->w[j + 1], applied);
}

/* At word i, the words say what the article's change brings, outside its
 * symptoms: "This hotfix introduces a new Security Audit event", "three
 * new events" (the fix adds the event); "With logging enabled, ...", "With
 * strong encryption enabled, you will see" (a sentence opening with the
 * setting in place); "when ... the registry value is set" (the value the
 * article sets); "The fix causes event 61 to be logged"; "When you set
 * this DWORD, ... an Event 23 is logged" (the reader's change made, in the
 * sentence that opens the words read).  Counted over
 * the archive's drafted events outside SYMPTOMS and CAUSE (bulleted title
 * lists left out): "new ... event" 9 events in 6 articles, a "With ...
 * enabled|set|configured|applied" opening 2, "value|entry is set|enabled"
 * 2, "fix causes" 1; read, each is logged once the change is made or is
 * the change working.  Left out: "With ... installed" ("With an antivirus
 * package installed, you may receive" names a cause), "value is
 * configured to generate" and "now logs" / "will now log" (the fresh and
 * unseen5 labels make such events symptoms: Q163085, Q137309). */
static int says_change_in_place(const struct words *ws, size_t i)
{
	static const char *const events[] = { "event", "events", "eventid", NULL };
	static const char *const in_place[] = { "enabled", "set", "configured", "applied", NULL };
	static const char *const setting[] = { "value", "entry", "setting", "parameter", NULL };
	static const char *const settings[] = { "value", "entry", "setting", "parameter", "values", "entries",
						"settings", "parameters", "dword", NULL };
	static const char *const causes[] = { "causes", "generates", "logs", NULL };
	static const char *const set_verbs[] = { "set", "enable", "add", "create", "configure", NULL };
	static const char *const this_these[] = { "this", "these", NULL };
	size_t j;

	/* ("these new events" points back at events the sentence before
	 * named, and decided) */
	if (strcmp(ws->w[i], "new") == 0 && !(i > 0 && (strcmp(ws->w[i - 1], "these") == 0 ||
							 strcmp(ws->w[i - 1], "those") == 0)))
		for (j = i + 1; j < ws->n && j <= i + 4 && ws->sentence[j] == ws->sentence[i]; j++)
			if (word_in(ws->w[j], events))
				return 1;
	if (strcmp(ws->w[i], "with") == 0 && ws->opens[i])
		for (j = i + 2; j < ws->n && j <= i + 6 && ws->sentence[j] == ws->sentence[i]; j++)
			if (word_in(ws->w[j], in_place))
				return 1;
	/* "When you set this DWORD, ...", "When you enable this setting":
	 * the reader's change made, in the sentence that opens the words
	 * read (what a later sentence says of it comes after the event:
	 * "Event 4412 is logged. To avoid this, set X. When you set this
	 * value, ..."); "this", pointing back at the article's own change,
	 * not "the value of DiagLevel", which may be raised to diagnose */
	if (strcmp(ws->w[i], "when") == 0 && ws->opens[i] && ws->sentence[i] == 0 && i + 4 < ws->n &&
	    strcmp(ws->w[i + 1], "you") == 0 && word_in(ws->w[i + 2], set_verbs) && word_in(ws->w[i + 3], this_these) &&
	    word_in(ws->w[i + 4], settings))
		return 1;
	if (word_in(ws->w[i], setting) && i + 2 < ws->n && strcmp(ws->w[i + 1], "is") == 0 &&
	    (strcmp(ws->w[i + 2], "set") == 0 || strcmp(ws->w[i + 2], "enabled") == 0))
		return 1;
	return word_in(ws->w[i], fixes) && i + 1 < ws->n && word_in(ws->w[i + 1], causes) &&
	       i > 0 && word_in(ws->w[i - 1], the_this);
}

/* The words say the fix is in place: "this hotfix is applied", "after
 * you apply the update", "after installing this fix", "with this update
 * applied". */
static int says_fix_in_place(const struct words *ws)
{
	static const char *const apply[] = { "apply", "install", "applying", "installing", NULL };
	static const char *const service[] = { "service", NULL };
	size_t i, j;

	for (i = 0; i < ws->n; i++) {
		if (fix_is_applied(ws, i))
			return 1;
		if (i + 1 < ws->n && word_in(ws->w[i], the_this) && word_in(ws->w[i + 1], service) &&
		    fix_is_applied(ws, i + 1))
			return 1;
		if (strcmp(ws->w[i], "after") == 0) {
			j = i + 1;
			if (j < ws->n && strcmp(ws->w[j], "you") == 0)
				j++;
			if (j + 1 < ws->n && word_in(ws->w[j], apply) && word_in(ws->w[j + 1], the_this) &&
			    j + 2 < ws->n && (word_in(ws->w[j + 2], fixes) || strcmp(ws->w[j + 2], "service") == 0))
				return 1;
		}
		if (strcmp(ws->w[i], "with") == 0 && i + 3 < ws->n && word_in(ws->w[i + 1], the_this) &&
		    word_in(ws->w[i + 2], fixes) && word_in(ws->w[i + 3], applied))
			return 1;
		if (says_change_in_place(ws, i))
			return 1;
	}
	return 0;
}

/* The paragraph around line n: its first and last lines. */
void imp_paragraph_of(const struct imp *im, size_t n, size_t *first, size_t *last)
{
	*first = n;
	while (*first > im->a->body_first && !imp_blank(imp_line_at(im, *first - 1)))
		(*first)--;
	*last = n;
	while (*last + 1 < im->a->body_end && !imp_blank(imp_line_at(im, *last + 1)))
		(*last)++;
}

/* The paragraph before the one starting at line first, one or two blank
 * lines above: 1 and its lines in *pf..*pl, or 0 (none that close). */
int imp_paragraph_above(const struct imp *im, size_t first, size_t *pf, size_t *pl)
{
	size_t m = first;

	while (m > im->a->body_first && m + 3 > first && imp_blank(imp_line_at(im, m - 1)))
		m--;
	if (m == first || m <= im->a->body_first || imp_blank(imp_line_at(im, m - 1)))
		return 0;
	imp_paragraph_of(im, m - 1, pf, pl);
	return 1;
}

/* The paragraph after the one ending at line last, one or two blank
 * lines below: 1 and its lines in *pf..*pl, or 0. */
int imp_paragraph_below(const struct imp *im, size_t last, size_t *pf, size_t *pl)
{
	size_t m = last + 1;

	while (m < im->a->body_end && m < last + 4 && imp_blank(imp_line_at(im, m)))
		m++;
	if (m == last + 1 || m >= im->a->body_end || imp_blank(imp_line_at(im, m)))
		return 0;
	imp_paragraph_of(im, m, pf, pl);
	return 1;
}

/* Line n ends with ':' (it announces what follows). */
static int ends_with_colon(const struct imp *im, size_t n)
{
	return imp_ends_with_colon(imp_line_at(im, n));
}

/* Lines first..last say word w ("following": the quoted block is
 * announced; "also": they go on from what came before). */
static int lines_say_word(const struct imp *im, size_t first, size_t last, const char *w)
{
	size_t n;

	for (n = first; n <= last; n++)
		if (imp_has_word(imp_line_at(im, n), w))
			return 1;
	return 0;
}

/* The words of line n's paragraph, and of the sentence that announces
 * it when it is a quoted (indented) message. */
static void context_words(const struct imp *im, size_t n, int prose_only, struct words *ws)
{
	size_t first, last, m;

	imp_paragraph_of(im, n, &first, &last);
	/* a quoted message (indented) belongs to the sentence before it that
	 * ends with ':' ("generates the following Event ID 3007 error:") */
	if (imp_indent_of(imp_line_at(im, first)) > 0) {
		m = first;
		while (m > im->a->body_first && imp_blank(imp_line_at(im, m - 1)))
			m--;
		if (m > im->a->body_first && m < first) {
			const char *s = imp_line_at(im, m - 1);
			size_t l = imp_rtrim_len(s, strlen(s)), f2, l2;

			/* (or one that ends with '.' and names "the following
			 * event": "... the following event will be logged if
			 * this problem occurs after the update is applied.") */
			if (l > 0 && imp_indent_of(s) < imp_indent_of(imp_line_at(im, first))) {
				imp_paragraph_of(im, m - 1, &f2, &l2);
				if (s[l - 1] == ':' || (s[l - 1] == '.' && lines_say_word(im, f2, l2, "following")))
					first = f2;
			}
		}
	}
	read_words(im, first, last, prose_only, ws);
}

/* Word i, in sentence `sentence` (any when it is (size_t)-1), is a
 * subject that points back (one of back), optionally with its noun (one
 * of nouns: "this event", "which"): the index of the word after it, or 0
 * when it is none. */
static size_t after_subject(const struct words *ws, size_t i, size_t sentence, const char *const *back,
			    const char *const *nouns)
{
	size_t j = i + 1;

	if (!word_in(ws->w[i], back) || (sentence != (size_t)-1 && ws->sentence[i] != sentence))
		return 0;
	if (j < ws->n && word_in(ws->w[j], nouns))
		j++;
	return j;
}

/* In sentence `sentence` (or any, when it is (size_t)-1) the words say
 * that what was just named is normal or expected (labelling guide C2: an
 * event or a code of normal operation is not a symptom): "This is
 * normal", "this error is expected for controls such as ...", "This is
 * a good message", "but this is normal", "which is to be expected".
 * The subject must point back (this, that, which, it, these, those,
 * optionally with event, error, message, exception or behavior, or their
 * plurals: "These exceptions are normal."): "The new TID is expected to
 * be large" says nothing of the code.  Counted over the archive's drafted
 * events and codes (paragraph and the 3 lines after it): 8 facts in 7
 * articles; outside SYMPTOMS and CAUSE all 7 read as normal operation
 * (Q296787 "fail to start, reporting an event 1087 or an error 1011.
 * This is normal", Q146738 "This is a good message", Q147699, Q177696,
 * Q194980); in SYMPTOMS, Q247922's "This event is expected and can be
 * ignored when booting with the No Network Hardware Profile" is the
 * symptom, so the sections stay excluded. */
static int says_normal(const struct words *ws, size_t sentence)
{
	static const char *const back[] = { "this", "that", "which", "it", "these", "those", NULL };
	static const char *const nouns[] = { "event", "error", "message", "behavior", "behaviour", "exception",
					     "events", "errors", "messages", "exceptions", NULL };
	size_t i, j;

	for (i = 0; i < ws->n; i++) {
		if ((j = after_subject(ws, i, sentence, back, nouns)) == 0)
			continue;
		/* "These exceptions are normal." after a list of them */
		if (j + 1 >= ws->n || (strcmp(ws->w[j], "is") != 0 && strcmp(ws->w[j], "are") != 0))
			continue;
		j++;
		if (strcmp(ws->w[j], "normal") == 0)
			return 1;
		if (strcmp(ws->w[j], "expected") == 0 && !(j + 1 < ws->n && strcmp(ws->w[j + 1], "to") == 0))
			return 1;
		if (j + 2 < ws->n && strcmp(ws->w[j], "a") == 0 && strcmp(ws->w[j + 1], "good") == 0 &&
		    strcmp(ws->w[j + 2], "message") == 0)
			return 1;
		if (j + 2 < ws->n && strcmp(ws->w[j], "to") == 0 && strcmp(ws->w[j + 1], "be") == 0 &&
		    strcmp(ws->w[j + 2], "expected") == 0)
			return 1;
	}
	/* "If a -1011 error message is displayed when you start the store,
	 * it does not indicate a problem." (2 archive articles, both the
	 * store's resynchronisation after a repair the article has the
	 * reader run; unseen65's Q242364 drafted its code as a symptom) */
	for (i = 0; i < ws->n; i++) {
		if ((j = after_subject(ws, i, sentence, back, nouns)) == 0 || j + 4 >= ws->n)
			continue;
		if ((strcmp(ws->w[j], "does") == 0 || strcmp(ws->w[j], "do") == 0) &&
		    strcmp(ws->w[j + 1], "not") == 0 && strcmp(ws->w[j + 2], "indicate") == 0 &&
		    (strcmp(ws->w[j + 3], "a") == 0 || strcmp(ws->w[j + 3], "any") == 0) &&
		    strcmp(ws->w[j + 4], "problem") == 0)
			return 1;
	}
	return 0;
}

/* In sentence `sentence` (or any, when it is (size_t)-1), the words say
 * what was just named can be ignored: "which can be ignored", "it can
 * safely be ignored", "this event may be safely ignored" (labelling guide
 * C2, an event of normal operation).  Over the archive's drafted events
 * and codes this moves one (Q188674's cluster checkpoint event, which its
 * WORKAROUND's own step produces).  "This is by design" was tried with
 * it and left out: its one other archive instance (Q148565's SUMMARY)
 * says the resolution is by design, and the 2140 there is the problem. */
static int says_ignorable(const struct words *ws, size_t sentence)
{
	static const char *const back[] = { "this", "that", "which", "it", "these", "they", NULL };
	static const char *const nouns[] = { "event", "events", "error", "errors", "message", "messages",
					     "entry", "entries", "warning", "warnings", NULL };
	static const char *const may[] = { "can", "may", "should", NULL };
	size_t i, j;

	for (i = 0; i < ws->n; i++) {
		if ((j = after_subject(ws, i, sentence, back, nouns)) == 0)
			continue;
		if (j >= ws->n || !word_in(ws->w[j], may))
			continue;
		j++;
		if (j < ws->n && strcmp(ws->w[j], "safely") == 0)
			j++;
		if (j >= ws->n || strcmp(ws->w[j], "be") != 0)
			continue;
		j++;
		if (j < ws->n && strcmp(ws->w[j], "safely") == 0)
			j++;
		if (j < ws->n && strcmp(ws->w[j], "ignored") == 0)
			return 1;
	}
	return 0;
}

/* The paragraph that announces the quoted block opening at line first
 * (ending with ':', one or two blank lines above) says in its last
 * sentence that what follows can be ignored: "This produces the
 * following System Event log entry, which can be ignored:". */
static int announcing_says_ignorable(const struct imp *im, size_t first)
{
	struct words ws;
	size_t f2, l2;

	if (!imp_paragraph_above(im, first, &f2, &l2) || !ends_with_colon(im, l2))
		return 0;
	read_words(im, f2, l2, 0, &ws);
	return ws.n > 0 && says_ignorable(&ws, ws.sentence[ws.n - 1]);
}

/* Line n's paragraph says it is normal; or, one of the first two
 * sentences of the paragraph after it does (a quoted message, then "This
 * is a good message." on its own).  A paragraph that opens indented is a
 * quoted block: its words are the message's own ("No Windows NT Domain
 * Controller is available ... (This event is expected and can be ignored
 * when booting with the 'No Net' Hardware Profile.)" is event 5719's
 * text, 2 archive articles quote it outside SYMPTOMS), so only the
 * paragraph after it is read. */
static int paragraph_says_normal(const struct imp *im, size_t n)
{
	struct words ws;
	size_t first, last, m;

	imp_paragraph_of(im, n, &first, &last);
	if (imp_indent_of(imp_line_at(im, first)) == 0) {
		read_words(im, first, last, 0, &ws);
		if (says_normal(&ws, (size_t)-1) || says_ignorable(&ws, (size_t)-1))
			return 1;
	} else if (announcing_says_ignorable(im, first)) {
		return 1;
	}
	m = last + 1;
	while (m < im->a->body_end && imp_blank(imp_line_at(im, m)))
		m++;
	if (m >= im->a->body_end || m > last + 3)
		return 0;
	imp_paragraph_of(im, m, &first, &last);
	read_words(im, first, last, 0, &ws);
	return ws.n > 0 && (says_normal(&ws, ws.sentence[0]) || says_normal(&ws, ws.sentence[0] + 1) ||
			    says_ignorable(&ws, ws.sentence[0]) || says_ignorable(&ws, ws.sentence[0] + 1));
}

/* The prose around line n: its own paragraph when that opens at the left
 * margin (or as a "- " bullet), else the paragraph that announces the
 * quoted block it is in (ending with ':', one or two blank lines above).
 * 0 when there is none. */
static int prose_paragraph(const struct imp *im, size_t n, size_t *first, size_t *last)
{
	size_t f2, l2;

	imp_paragraph_of(im, n, first, last);
	if (imp_indent_of(imp_line_at(im, *first)) < 2)
		return 1;
	if (!imp_paragraph_above(im, *first, &f2, &l2) || !ends_with_colon(im, l2))
		return 0;
	*first = f2;
	*last = l2;
	return imp_indent_of(imp_line_at(im, *first)) < 2;
}

/* The prose says what the software does now, that is once the article's
 * fix is in: "SNA Server now logs Event 700 to indicate this", "In
 * addition, SNA Server now logs an Event 631", "The IPX/SPX transport now
 * verifies that the incoming message length is valid. If the length is
 * invalid, ... an event 631 is logged", "SNAIP.DLL now aborts a
 * connection ... an event 706 is logged" (labelling guide C2: logged only
 * after the change).  "now" then a verb ending in 's'; a verb that says
 * the problem ("now fails", "now stops", "now receives") does not count.
 * Counted over the archive's drafted events and codes (their paragraph,
 * or the one announcing their quoted block): 7 facts in 6 articles, each
 * read: all are logged by the fixed code (Q106524, Q155555, Q197085 event
 * 631; Q137309 700/701; Q142037 706; Q111558 and Q132059 "The System log
 * now returns the name ... after an error 002").  A quoted message's own
 * words ("Queue %4 now contains %5 items") are not read; neither is "will
 * now" ("it will now retry ... error -1018" names the problem). */
static int says_now_does(const struct imp *im, size_t n)
{
	static const char *const problem[] = { "fails", "stops", "hangs", "crashes", "freezes", "receives",
					       "gets", "takes", "appears", "seems", "is", "has", "was",
					       "contains", "this", "its", "as", "needs", "requires", NULL };
	struct words ws;
	size_t first, last, i, l;

	if (!prose_paragraph(im, n, &first, &last))
		return 0;
	read_words(im, first, last, 0, &ws);
	/* "... now continues to process updates ... Previously, SRVMAIN.EXE
	 * would quit ... and the following entries would be added:": the
	 * paragraph's last sentence announces what follows (it ends with a
	 * colon) and tells the behaviour before the fix */
	if (imp_ends_with_colon(imp_line_at(im, last)))
		for (i = 0; i < ws.n; i++)
			if ((strcmp(ws.w[i], "previously") == 0 || strcmp(ws.w[i], "formerly") == 0) &&
			    ws.sentence[i] == ws.sentence[ws.n - 1])
				return 0;
	for (i = 0; i + 1 < ws.n; i++) {
		if (strcmp(ws.w[i], "now") != 0 || ws.sentence[i + 1] != ws.sentence[i] ||
		    (i > 0 && strcmp(ws.w[i - 1], "will") == 0))
			continue;
		l = strlen(ws.w[i + 1]);
		if (l > 3 && ws.w[i + 1][l - 1] == 's' && ws.w[i + 1][l - 2] != 's' &&
		    !word_in(ws.w[i + 1], problem))
			return 1;
	}
	return 0;
}

/* The words of line n's paragraph and of the paragraphs that lead to it,
 * at any indent: one ending with ':' announces the next ("If you set the
 * number too high, you will get the following error message:", the
 * message, "You will also see event ID 4300 in the application log:",
 * the event's block); one saying "also" goes on from the one before; an
 * earlier quoted block (not a key path) that was itself announced is
 * passed over to its announcement, *passed_block set.  At most six
 * paragraphs back, each one or two blank lines above. */
static void announced_words(const struct imp *im, size_t n, struct words *ws, int *passed_block)
{
	size_t first, last, top, top_last, f2, l2, step;
	int also = 0;

	*passed_block = 0;

	imp_paragraph_of(im, n, &first, &last);
	top = first;
	top_last = last;
	for (step = 0; step < 6; step++) {
		if (!imp_paragraph_above(im, top, &f2, &l2))
			break;
		if (ends_with_colon(im, l2) && step > 0 && !also) {
			/* announcements nested ("After this fix is applied,
			 * when this error occurs:" / "- The following error
			 * code is returned:" / the code): the outer one speaks
			 * of what the inner announces */
			*passed_block = 1;
		} else if (!ends_with_colon(im, l2) && lines_say_word(im, top, top_last, "also")) {
			also = 1;
		} else if (!ends_with_colon(im, l2)) {
			/* an earlier quoted block announced in turn ("... may
			 * log the following event:" / its block / "If the client
			 * cannot, it may log the following event:"): the account
			 * goes on over it, to what announced the first */
			size_t f3, l3;
			/* (announced all the way: not over an "also", which
			 * goes on from one paragraph's words, not its event) */
			if (step == 0 || also || imp_indent_of(imp_line_at(im, f2)) < 2 ||
			    imp_line_starts_key(imp_line_at(im, f2)) ||
			    !imp_paragraph_above(im, f2, &f3, &l3) || !ends_with_colon(im, l3))
				break;
			f2 = f3;
			l2 = l3;
			*passed_block = 1;
		}
		top = f2;
		top_last = l2;
	}
	read_words(im, top, last, 0, ws);
}

/* Word i is w. */
static int word_is(const struct words *ws, size_t i, const char *w)
{
	return i < ws->n && strcmp(ws->w[i], w) == 0;
}

/* At word i the words say that the article's own change or procedure
 * brings what follows, done wrong, left half done or as an option's
 * design (labelling guide C2): "Failure to follow this order will cause
 * event 5722", "if you do not restart the server, event 1105 is logged",
 * "If you set the number ... too high, you will get error 2140",
 * "excessively reducing the pool ... Stop 0x4D", "This setting may cause
 * ... stop 0x3F", "If this registry value is being used, ... event 2604",
 * Counted over the archive's drafted events and codes outside SYMPTOMS,
 * CAUSE and SUMMARY: each form is rare, 7 articles in all (11 facts),
 * all read as not the problem.  Left out: "If you do not" alone ("If you
 * do not make this change, you may receive STOP 0x78", "If you do not
 * specify the OEM driver" give the problem the change prevents, and the
 * labels make those symptoms); "if this setting is too low" (the problem
 * state, not the reader setting it); "When you set diagnostics logging
 * to maximum, the following event appears" (2 of its 4 articles have
 * the reader raise logging to find the problem's event, C2's diagnosis). */
static int says_change_brings(const struct words *ws, size_t i)
{
	static const char *const wrong[] = { "wrong", "incorrect", NULL };
	static const char *const restart[] = { "restart", "reboot", NULL };
	static const char *const extremes[] = { "high", "low", "large", "small", "many", "few", NULL };
	static const char *const over[] = { "excessively", "overly", NULL };
	static const char *const modal[] = { "may", "will", "can", "could", NULL };
	static const char *const setting[] = { "value", "entry", "setting", "parameter", "option", NULL };
	size_t j;

	if (word_is(ws, i, "failure") && word_is(ws, i + 1, "to") && word_is(ws, i + 2, "follow"))
		return 1;
	if (word_in(ws->w[i], wrong) && word_is(ws, i + 1, "order"))
		return 1;
	if (word_is(ws, i, "if") && word_is(ws, i + 1, "you") && word_is(ws, i + 2, "do") &&
	    word_is(ws, i + 3, "not") && i + 4 < ws->n && word_in(ws->w[i + 4], restart))
		return 1;
	if (word_is(ws, i, "if") && word_is(ws, i + 1, "you") && word_is(ws, i + 2, "set"))
		for (j = i + 3; j + 1 < ws->n && j <= i + 14 && ws->sentence[j] == ws->sentence[i]; j++)
			if (strcmp(ws->w[j], "too") == 0 && word_in(ws->w[j + 1], extremes))
				return 1;
	if (word_in(ws->w[i], over) && i + 1 < ws->n && (strncmp(ws->w[i + 1], "reduc", 5) == 0 ||
							  strncmp(ws->w[i + 1], "increas", 7) == 0))
		return 1;
	if (word_is(ws, i, "this") && i + 2 < ws->n && word_in(ws->w[i + 1], setting) &&
	    word_in(ws->w[i + 2], modal) && word_is(ws, i + 3, "cause"))
		return 1;
	/* "if this registry value is being used" */
	if (word_is(ws, i, "if") && word_is(ws, i + 1, "this")) {
		j = i + 2 + word_is(ws, i + 2, "registry");
		if (j < ws->n && word_in(ws->w[j], setting) && word_is(ws, j + 1, "is") &&
		    word_is(ws, j + 2, "being") && word_is(ws, j + 3, "used"))
			return 1;
	}
	return 0;
}

/* Some word of ws starts says_change_brings(). */
static int change_brings(const struct words *ws)
{
	size_t i;

	for (i = 0; i < ws->n; i++)
		if (says_change_brings(ws, i))
			return 1;
	return 0;
}

int imp_after_fix(const struct imp *im, size_t n)
{
	const struct kb_article_section *sec = imp_section_of(im, n);
	struct words ws;
	int passed;

	if (sec == NULL || imp_in_symptoms_or_cause(im, n))
		return 0;
	context_words(im, n, 0, &ws);
	if (says_fix_in_place(&ws) || says_now_does(im, n))
		return 1;
	if (paragraph_says_normal(im, n))
		return 2;
	/* (a SUMMARY of an article with no SYMPTOMS gives its problem) */
	if (strcasecmp(sec->name, "SUMMARY") == 0)
		return 0;
	announced_words(im, n, &ws, &passed);
	/* "With 128-bit encryption enabled, you will see ... may log the
	 * following event:" / its event / "If the client cannot, ... the
	 * following event:" / this event: the account of what the change
	 * brings goes on over an earlier event it announced */
	if (passed && says_fix_in_place(&ws))
		return 1;
	return change_brings(&ws) ? 3 : 0;
}

/* The character at c (in text) ends a sentence: '.', '?' or ';', not the
 * last stop of "e.g." or "i.e."; or a quote such a stop closes ("...
 * was not found." Frob shows). */
static int sentence_stop(const char *text, const char *c)
{
	if (*c == '"' && c > text)
		c--;
	if (*c != '.' && *c != '?' && *c != ';')
		return 0;
	return !(c - 3 >= text && (strncasecmp(c - 3, "e.g.", 4) == 0 || strncasecmp(c - 3, "i.e.", 4) == 0));
}

int imp_sentence_at(struct imp *im, size_t n, const char *p, struct kb_buf *b, const char **from,
		    const char **to, const char **at)
{
	size_t first, last, starts[24], n_starts;
	const char *t = imp_skip_ws(imp_line_at(im, n));

	if (p < t || p > t + strlen(t))
		return 0;
	imp_paragraph_of(im, n, &first, &last);
	if (n < first)
		return 0;
	if (n - first > 8)
		first = n - 8;
	if (last - first >= 24)
		last = first + 23;
	n_starts = imp_join_lines(im, first, last, b, starts, 24);
	if (b->oom || b->p == NULL || n - first >= n_starts)
		return 0;
	*at = b->p + starts[n - first] + (size_t)(p - t);
	/* from past the stop before it to the stop after */
	for (*from = *at; *from - 1 > b->p; (*from)--)
		if ((*from)[-1] == ' ' && sentence_stop(b->p, *from - 2))
			break;
	for (*to = *at; **to != '\0'; (*to)++)
		if (((*to)[1] == ' ' || (*to)[1] == '\0') && sentence_stop(b->p, *to))
			break;
	return 1;
}

/* A turn of the sentence in sent between from and to ("no events other
 * than event ID 7031", "... but event ID 7031 is written"). */
static int turn_between(const char *from, const char *to)
{
	static const char *const turns[] = { " other than ", " except ", " besides ", " but ", " however",
					     " otherwise", NULL };
	const char *t;
	size_t k;

	for (k = 0; turns[k] != NULL; k++)
		if ((t = strstr(from, turns[k])) != NULL && t < to)
			return 1;
	return 0;
}

/* The sentence that holds the ID on line n (a whole number), in lower
 * case, into sent (cap bytes), *id_at where the ID stands in it; 0 when
 * the line holds no such number or the sentence does not fit. */
static int id_sentence(struct imp *im, size_t n, unsigned long id, char *sent, size_t cap, const char **id_at)
{
	struct kb_buf b = { 0 };
	size_t k;
	char num[24];
	const char *line = imp_line_at(im, n), *t, *at = NULL, *from, *to;
	int ok = 0;

	snprintf(num, sizeof num, "%lu", id);
	for (t = line; (t = strstr(t, num)) != NULL; t++)
		if ((t == line || !isdigit((unsigned char)t[-1])) && !isdigit((unsigned char)t[strlen(num)])) {
			at = t;
			break;
		}
	if (at != NULL && imp_sentence_at(im, n, at, &b, &from, &to, &at) && (size_t)(to - from) < cap) {
		for (k = 0; from + k < to; k++)
			sent[k] = (char)tolower((unsigned char)from[k]);
		sent[k] = '\0';
		*id_at = sent + (at - from);
		ok = 1;
	}
	kb_buf_free(&b);
	return ok;
}

/* "ends silently, without generating a Drwtsn32.log or logging an Event
 * 624", "Windows NT fails to notify you with Event 2013": in the ID's
 * sentence, right before "event [id]" and the ID (a filler or two
 * between: "an", "the", "you with"), a gerund of logging that "without"
 * governs, or "fail(s|ed) to" with a verb of logging: the article names
 * the event as one that is missing. */
static int missing_by_words(struct imp *im, size_t n, unsigned long id)
{
	static const char *const gerunds[] = { "logging", "writing", "recording", "generating", NULL };
	static const char *const verbs[] = { "log", "write", "record", "generate", "notify", NULL };
	static const char *const fillers[] = { "you", "with", "an", "the", "a", "any", NULL };
	char sent[600];
	const char *id_at, *p, *w;
	int words;

	if (!id_sentence(im, n, id, sent, sizeof sent, &id_at))
		return 0;
	/* back over "event id", "event", then the fillers */
	p = id_at;
	while (p > sent && !isalpha((unsigned char)p[-1]))
		p--;
	if (p - sent >= 2 && strncmp(p - 2, "id", 2) == 0 && (p - 2 == sent || p[-3] == ' '))
		for (p -= 2; p > sent && p[-1] == ' '; p--)
			;
	if (p - sent < 5 || strncmp(p - 5, "event", 5) != 0)
		return 0;
	for (p -= 5, words = 0; words < 3; words++) {
		while (p > sent && p[-1] == ' ')
			p--;
		for (w = p; w > sent && isalpha((unsigned char)w[-1]); w--)
			;
		if (w == p)
			return 0;
		if (imp_word_in(w, (size_t)(p - w), gerunds)) {
			/* "without" before the gerund, in the same clause */
			const char *wo = strstr(sent, "without ");
			return wo != NULL && wo < w && w - wo < 80;
		}
		if (imp_word_in(w, (size_t)(p - w), verbs)) {
			static const char *const fails[] = { "fails to", "failed to", "fail to", NULL };
			const char *t = w;
			size_t i, l;
			while (t > sent && t[-1] == ' ')
				t--;
			for (i = 0; fails[i] != NULL; i++)
				if ((size_t)(t - sent) >= (l = strlen(fails[i])) && strncmp(t - l, fails[i], l) == 0)
					return 1;
			return 0;
		}
		if (!imp_word_in(w, (size_t)(p - w), fillers))
			return 0;
		p = w;
	}
	return 0;
}

/* "No event (such as event ID 7031) is written to the System log": in
 * the sentence that holds the ID (line n), "no" and an entry word before
 * it, "is|are|was|were logged|written|recorded|generated" after it.  Not
 * "no events other than event ID 7031 are written" (the one that is),
 * not "If no event ... is written" (a condition), and not a sentence that
 * turns between the two ("but", "however", "otherwise").  The paragraph
 * is read from eight lines above the ID's line at most; "e.g." and
 * "i.e." end no sentence. */
static int no_entry_before_id(struct imp *im, size_t n, unsigned long id)
{
	static const char *const entries[] = { "no event", "no events", "no entry", "no entries", NULL };
	static const char *const be[] = { "is ", "are ", "was ", "were ", NULL };
	static const char *const done[] = { "logged", "written", "recorded", "generated", NULL };
	size_t k, j;
	char sent[600];
	const char *t, *no = NULL, *id_at;
	int hit = 0;

	/* the ID on line n, a whole number, and its sentence */
	if (!id_sentence(im, n, id, sent, sizeof sent, &id_at))
		return 0;
	/* the nearest "no event(s)|entry|entries" before the ID */
	for (k = 0; entries[k] != NULL; k++)
		for (t = sent; (t = strstr(t, entries[k])) != NULL && t < id_at; t++)
			if ((t == sent || !isalpha((unsigned char)t[-1])) && !isalpha((unsigned char)t[strlen(entries[k])]) &&
			    (no == NULL || t > no))
				no = t;
	if (no == NULL)
		return 0;
	/* "If no event ...", "When no event ...": a condition */
	if (imp_starts_word(sent, "if") || imp_starts_word(sent, "when") || imp_starts_word(sent, "unless") ||
	    (no >= sent + 3 && strncmp(no - 3, "if ", 3) == 0) || turn_between(no, id_at))
		return 0;
	/* the verb after the ID, with no turn between */
	for (t = id_at; *t != '\0' && !hit; t++)
		for (k = 0; be[k] != NULL && !hit; k++)
			if ((t == sent || t[-1] == ' ') && strncmp(t, be[k], strlen(be[k])) == 0)
				for (j = 0; done[j] != NULL; j++)
					if (imp_starts_word(t + strlen(be[k]), done[j])) {
						hit = !turn_between(id_at, t);
						break;
					}
	return hit;
}

/* "(Event 23) may not be logged", "this event ID is not logged by certain
 * builds", "Savedump.exe does not write the following entry to the event
 * log:": the article names the event as one that is missing, which a log
 * cannot show as a symptom.  The words: an event word, then within six
 * words "not" [be] logged|written|recorded|generated; or "not" log|write|
 * record|generate, then [the|this|these|an|any] [following] event|entry.
 * 4 drafted events in 4 archive articles ("Builds 2354-2620 do not log
 * Event ID 9301", "This event is not generated by non-administrators");
 * "is not logged accurately" (the event is logged), "no event is logged
 * at the controller" in a sentence after the ID's (another machine) and
 * "does not generate an error" do not match.  The sentence that holds the
 * ID may say none is logged itself (no_entry_before_id()). */
int imp_event_not_logged(struct imp *im, size_t n, unsigned long id)
{
	static const char *const event_words[] = { "event", "events", "eventid", "id", NULL };
	static const char *const logged[] = { "logged", "written", "recorded", "generated", NULL };
	static const char *const log_verbs[] = { "log", "write", "record", "generate", NULL };
	static const char *const determiners[] = { "the", "this", "these", "an", "any", NULL };
	static const char *const entries[] = { "event", "events", "entry", "entries", NULL };
	static const char *const manner[] = { "accurately", "correctly", "properly", "twice", "again", NULL };
	struct words ws;
	size_t i, j, k;

	if (no_entry_before_id(im, n, id) || missing_by_words(im, n, id))
		return 1;
	/* (the prose only: "Changes could not be written" in the event's
	 * own message says nothing of the event) */
	context_words(im, n, 1, &ws);
	for (i = 0; i < ws.n; i++) {
		/* ("an Event ID of 2004 is never written") */
		if (strcmp(ws.w[i], "not") != 0 && strcmp(ws.w[i], "never") != 0)
			continue;
		j = i + 1;
		if (j < ws.n && strcmp(ws.w[j], "be") == 0)
			j++;
		if (j < ws.n && word_in(ws.w[j], logged) && !(j + 1 < ws.n && word_in(ws.w[j + 1], manner)))
			for (k = i; k > 0 && k + 6 >= i; k--)
				if (ws.sentence[k - 1] == ws.sentence[i] && word_in(ws.w[k - 1], event_words))
					return 1;
		j = i + 1;
		if (j + 1 < ws.n && word_in(ws.w[j], log_verbs)) {
			j++;
			if (j + 1 < ws.n && word_in(ws.w[j], determiners))
				j++;
			if (j + 1 < ws.n && strcmp(ws.w[j], "following") == 0)
				j++;
			if (word_in(ws.w[j], entries))
				return 1;
		}
	}
	return 0;
}
