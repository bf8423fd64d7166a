/* kbimport_diagset.c: set-value repairs that are no fix, read once every
 * other check pass has run.
 *
 * Each reader before this one decides whether a step asks for a value;
 * some steps do ask, yet what they set is not the fix the rule should
 * apply:
 * - a log turned up ("LogLevel", "TraceLevel") under a lead-in that finds
 *   something out, the log then sent to support: the same set-up; a
 *   "...Logging" or "...Tracing" switch set to 1, unless the title says the log is
 *   missing (the archive's three such repairs: a RAS device
 *   log and two dial-script logs, each turned on to watch a connection);
 * - a switch the words after it say is set "for debug purposes", in an
 *   article whose title is about debugging (a developer's how-to);
 * - a value the step that adds it says is "for troubleshooting";
 * - a switch set outside a fix's section in an article with no SYMPTOMS
 *   section whose SUMMARY says the change puts a program in "debug mode",
 *   or whose own words above it say the steps are "for troubleshooting
 *   purposes" (a how-to of a troubleshooting aid);
 * - a value named for debug output ("DBFlag", "...DebugLevel") turned on:
 *   a log for troubleshooting, not a fix (turned off, by 0 or a word such
 *   as "no", or turned down by a step that says "lower" or "reduce", it
 *   is the fix of too much logging and stays);
 * - a debugger or a global flag turned on for a program under Image File
 *   Execution Options: a set-up for debugging it, which left in place
 *   keeps the program from running on its own (a heap switch there can
 *   be the fix and stays; so does a switch set to 0 or emptied, which
 *   undoes a set-up).  The system-wide GlobalFlag under Session Manager
 *   turned on is the same set-up for every program (heap tagging for a
 *   leak tool, pool tagging): the archive's two such repairs both belong
 *   to how-tos of a debugging tool (labelling guide C20);
 * - "Set X from 0 to 255" where the datum is read from those words and
 *   the value is new (the step or the one before adds it), or where the
 *   sentence giving the numbers says it is a range (the next only when it
 *   points back: "any number between these"): the span the reader picks
 *   from, not a change from one datum to another;
 * - a set under a test: a "Test 1" or "Troubleshooting Steps" heading
 *   in any section (not the latter under a fix's lead-in), or in the
 *   CAUSE or MORE INFORMATION section a lead-in ("To find out whether
 *   this is your problem ...:"), no fix's lead-in between ("To solve
 *   this", "If the test shows", "To turn on X, follow these steps"): a
 *   diagnostic, unless the resolution or workaround sends the reader back
 *   to it ("use the above steps", "the change described in the Cause
 *   section", "leave X in place"; not "if the steps above do not help");
 * - a datum the words work out by adding a bit to the present data ("add
 *   bit 0x10 ...", "after adding 0x10 to 0x03 the result becomes 0x13"):
 *   a machine whose value holds other bits needs its own sum;
 * - a listing in the CAUSE section introduced as what a key holds "by
 *   default" (not "should have": as often a missing value's lead-in; a
 *   negation counts in the lead-in's own clause, not in an aside ", which
 *   most sites never change"), the resolution naming none of its values:
 *   the install's defaults, which a set would write over a tuned value.
 * The rule format has no "the value exists" check, so each becomes a
 * review item on its line (with the key's line noted once).
 *
 * This pass only takes repairs away, so each reading is kept narrow: a
 * removal must be sure, as a lost repair is as bad as a kept wrong one. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

/* Lines above a value's key where the step adding it may sit ("3. Add a
 * REG_DWORD value named X." over "4. Set X from 0 to 255"). */
#define DIAG_ADD_STEP_LINES 3

/* Lines of prose read above a listing for its lead-in: a paragraph's
 * last sentence rarely starts further up. */
#define DIAG_LEAD_IN_LINES 8

static int section_named(const struct kb_article_section *sec, const char *name)
{
	return sec != NULL && imp_starts_ci(sec->name, name);
}

/* sec is the RESOLUTION or WORKAROUND section (imp_in_resolution()). */
static int fix_section(const struct imp *im, const struct kb_article_section *sec)
{
	return sec != NULL && imp_in_resolution(im, sec->first_line);
}

/* What the scan keeps for one article: the buffer every join of lines
 * reuses (grown to the longest, never freed between joins), and, built
 * the first time a set asks (most articles have none to ask about), per
 * line n whether a check on it stands under a test's heading (no fix's
 * lead-in or other heading between) and whether the lines of its section
 * up to n give a test's lead-in below the last fix's lead-in.  Built once
 * per article in one pass down each section: each set's test then reads
 * only its own line's marks. */
struct diag_scan {
	struct kb_buf join;
	unsigned char *under_head;      /* [n]: under a test's heading */
	unsigned char *lead_upto;       /* [n]: a test's lead-in on a line up to n */
	int built;
	/* the fix sections that send the reader back to a test's steps
	 * (sends_back()), read once, the first time a test's set asks:
	 * how many, and one of them */
	int backs_read;
	size_t n_backs;
	const struct kb_article_section *a_back;
};

/* Lines n .. n+count-1 joined with a blank between (a phrase may wrap)
 * in ds's buffer, good until the next join; NULL when out of memory,
 * with im->oom set: the import refuses the article rather than read a
 * "no" into it. */
static char *lines_joined(struct imp *im, struct diag_scan *ds, size_t n, size_t count)
{
	size_t k;

	kb_buf_reset(&ds->join);
	for (k = 0; k < count; k++) {
		if (k > 0)
			kb_buf_putc(&ds->join, ' ');
		kb_buf_puts(&ds->join, imp_line_at(im, n + k));
	}
	if (ds->join.oom || ds->join.p == NULL) {
		im->oom = 1;
		return NULL;
	}
	return ds->join.p;
}

static int sentence_end(const char *p)
{
	return (*p == '.' || *p == '!' || *p == '?') && (p[1] == '\0' || isspace((unsigned char)p[1]));
}

/* The start of the sentence holding p in text. */
static const char *sentence_start(const char *text, const char *p)
{
	while (p > text && !sentence_end(p - 1))
		p--;
	return imp_skip_ws(p);
}

/* Past the end of the sentence from p (its stop included). */
static const char *sentence_past(const char *p)
{
	while (*p != '\0' && !sentence_end(p))
		p++;
	return *p != '\0' ? p + 1 : p;
}

/* The word w (whole) is in the text from a up to b. */
static int word_between(const char *a, const char *b, const char *w)
{
	const char *p = imp_find_word(a, w);

	return p != NULL && p + strlen(w) <= b;
}

/* The sentence holding p is a condition on it ("create it if it is not
 * there", "If the steps above do not help"): an if or unless before or
 * after p in it. */
static int conditional_sentence(const char *text, const char *p)
{
	const char *a = sentence_start(text, p), *b = sentence_past(p);

	return word_between(a, b, "if") || word_between(a, b, "unless");
}

/* ---- a debugging set-up ------------------------------------------------- */

/* Values the loader reads for a program to start it under a debugger or
 * with the heap and loader checks of a debugging session on. */
static const char *const debug_switches[] = {
	"Debugger", "GlobalFlag", "VerifierDlls", "VerifierFlags", "VerifierDebug",
	"PageHeapFlags", "BreakOnDllLoad", "ShowLoaderSnaps", "DebugProcessHeapOnly",
	"StackTraceDatabaseSizeInMb", NULL,
};

/* The datum turns the switch off: 0, an empty string (no debugger), or
 * a word for off ("no", "false", "off", "disabled"). */
static int switch_cleared(const struct imp_check *c)
{
	static const char *const offs[] = { "no", "n", "false", "off", "disabled", "disable", NULL };
	unsigned long long n;
	const char *d = c->data != NULL ? imp_skip_ws(c->data) : NULL;
	size_t len, k;

	if (d == NULL)
		return 0;
	len = imp_rtrim_len(d, strlen(d));
	for (k = 0; offs[k] != NULL; k++)
		if (len == strlen(offs[k]) && strncasecmp(d, offs[k], len) == 0)
			return 1;
	return len == 0 || (imp_data_number(d, len, &n) && n == 0);
}

/* The lines of the check's step and the few above it ask to turn the
 * output down ("Lower the trace level so that only errors are written",
 * "reduce the logging"): the fix of too much logging, not a set-up. */
static int output_turned_down(const struct imp *im, const struct imp_check *c)
{
	static const char *const downs[] = { "lower", "reduce", "decrease", "disable", NULL };
	size_t first = imp_check_first_line(c), n;

	first = first > im->a->body_first + DIAG_LEAD_IN_LINES ? first - DIAG_LEAD_IN_LINES : im->a->body_first;
	for (n = first; n <= c->line; n++)
		if (imp_find_any_word(imp_line_at(im, n), downs) != NULL)
			return 1;
	return 0;
}

/* name ends in one of ends (NULL-ended), case ignored. */
static int name_ends_in(const char *name, const char *const *ends)
{
	size_t l = strlen(name), k, el;

	for (k = 0; ends[k] != NULL; k++)
		if (l >= (el = strlen(ends[k])) && strcasecmp(name + l - el, ends[k]) == 0)
			return 1;
	return 0;
}

/* A value whose name says it turns a component's debug output on
 * ("DBFlag", "Debug", "UserEnvDebugLevel", "...DebugFlags"): set to
 * anything but 0, it is a troubleshooting set-up (labelling guide C20);
 * its check would fire on every machine that runs without the log.  Not
 * a value that only sizes or places such a log ("Log File Size for
 * Debugging"), nor a debugger's command line ("Debugger"). */
static int debug_output_switch(const struct imp_check *c)
{
	static const char *const ends[] = { "DebugLevel", "DebugFlags", "DebugFlag", NULL };

	return strcasecmp(c->value, "DBFlag") == 0 || strcasecmp(c->value, "Debug") == 0 ||
	       name_ends_in(c->value, ends);
}

/* A value that turns a log or trace up ("LogLevel", "EnableLogging",
 * "TraceLevel", "Verbose"). */
static int log_switch(const char *value)
{
	static const char *const parts[] = { "LogLevel", "Logging", "TraceLevel", "Tracing", "Verbose",
					     "Verbosity", "LogMode", NULL };
	size_t k;

	for (k = 0; parts[k] != NULL; k++)
		if (imp_ci_find(value, parts[k]) != NULL)
			return 1;
	return 0;
}

/* The check's section turns a log on to find something out and sends it
 * to support ("To find out which file the agent stops on, turn on full
 * logging: ... send the log to Technical Support"): a troubleshooting
 * step (labelling guide C20) in whatever section it stands. */
static int log_for_support(struct imp *im, const struct imp_check *c, struct diag_scan *ds)
{
	static const char *const finds[] = { "to find out which", "to find out where", "to find out why",
					     "to find out what", "to determine which", "to determine why", NULL };
	const struct kb_article_section *sec = imp_section_of(im, c->line);
	size_t first = imp_check_first_line(c), n;
	int find = 0, send = 0;

	if (sec == NULL || !log_switch(c->value))
		return 0;
	/* the lead-in just above the step, the sending just after it */
	first = first > sec->first_line + DIAG_LEAD_IN_LINES ? first - DIAG_LEAD_IN_LINES : sec->first_line;
	for (n = first; n < c->line; n++)
		find |= imp_find_any_word(imp_line_at(im, n), finds) != NULL;
	for (n = c->line; n < sec->end_line && n <= c->line + DIAG_LEAD_IN_LINES; n++) {
		const char *two = lines_joined(im, ds, n, 2);
		send |= two != NULL && imp_find_word(two, "send") != NULL && imp_find_word(two, "Support") != NULL;
	}
	return find && send;
}

/* A switch that turns a log or trace on, set on: its name one word ending
 * in "Logging" or "Tracing" ("Logging", "EnableLogging"; not "Circular
 * Logging" or "Database logging/recovery", which say how a database
 * keeps its transaction logs), its datum 1 or a word for on.  A level
 * ("TraceLevel = 3") is left to log_for_support(): a level may be the
 * fix of too much or too little output. */
static int log_turned_on(const struct imp_check *c)
{
	static const char *const ends[] = { "Logging", "Tracing", NULL };
	/* "DisableLogging = 1" turns the log off */
	static const char *const offs[] = { "Disable", "No", "Suppress", "Stop", "Skip", NULL };
	static const char *const ons[] = { "yes", "y", "true", "on", "enabled", NULL };
	size_t k, dl;
	const char *d = c->data != NULL ? imp_skip_ws(c->data) : NULL;
	unsigned long long n;

	if (d == NULL || strpbrk(c->value, " /") != NULL || !name_ends_in(c->value, ends))
		return 0;
	/* (a capital after the word: "NoLogging", not "NotifyLogging") */
	for (k = 0; offs[k] != NULL; k++)
		if (strncasecmp(c->value, offs[k], strlen(offs[k])) == 0 &&
		    (c->value[strlen(offs[k])] == '\0' || isupper((unsigned char)c->value[strlen(offs[k])])))
			return 0;
	dl = imp_rtrim_len(d, strlen(d));
	for (k = 0; ons[k] != NULL; k++)
		if (dl == strlen(ons[k]) && strncasecmp(d, ons[k], dl) == 0)
			return 1;
	return imp_data_number(d, dl, &n) && n == 1;
}

/* The article's title says a log is missing or not written ("Frob Log
 * Is Not Created", "No Trace File After Upgrade"): turning it on is then
 * the fix asked for, not a set-up for finding something out. */
static int log_is_the_problem(const struct imp *im)
{
	static const char *const logs[] = { "log", "logs", "logging", "trace", "tracing", NULL };
	static const char *const missing[] = { "not", "no", "missing", "empty", "cannot", "fails", "lost", NULL };
	const char *t = im->a->title, *w, *m;
	size_t i, j;

	/* the missing word a word or two from the log word ("Log Is Not
	 * Created", "No Trace File"), not anywhere ("Cannot Connect ...; How
	 * to Turn On Logging"); every place of every word is tried */
	if (t == NULL)
		return 0;
	for (i = 0; logs[i] != NULL; i++)
		for (w = imp_find_word(t, logs[i]); w != NULL; w = imp_find_word(w + 1, logs[i]))
			for (j = 0; missing[j] != NULL; j++)
				for (m = imp_find_word(t, missing[j]); m != NULL; m = imp_find_word(m + 1, missing[j]))
					if ((m > w ? m - w : w - m) <= 16)
						return 1;
	return 0;
}

/* Lines after a value (its note and the next paragraph) in which the
 * article may say what the switch is for. */
#define PURPOSE_LINES 4

/* The title is a how-to of debugging: "HOWTO: JIT Debug a Frob Server",
 * "How to Debug ...", "Debugging Frob Related Problems"; not a problem in
 * debugging ("PRB: Cannot Debug the Frob Service"), whose fix may well be
 * such a switch. */
static int debugging_howto(const char *title)
{
	const char *t = title != NULL ? imp_skip_ws(title) : NULL;

	return t != NULL && (((imp_starts_ci(t, "HOWTO") || imp_starts_ci(t, "How to ")) &&
				  imp_find_word(t, "Debug") != NULL) ||
			     imp_starts_ci(t, "Debugging "));
}

/* The words right after the value say it is set "for debug purposes"
 * ("the run time then passes these exceptions on to the caller (for
 * debug purposes)"), or the section says its settings are "for debugging
 * purposes only", in a how-to of debugging by its title ("HOWTO: Debug a
 * Frob Server"): a switch a developer turns on to catch a fault in a
 * debugger, which left on changes how every program runs, not a fix.
 * Both are asked, so that a fix that happens to mention a debugger
 * stays. */
static int set_for_debugging(struct imp *im, const struct imp_check *c, struct diag_scan *ds)
{
	static const char *const purposes[] = { "for debug purposes", "for debugging purposes", NULL };
	/* "These settings should not be active for normal use of the system
	 * and are intended for debugging purposes only": said of every
	 * setting in the section, above or below them */
	static const char *const only[] = { "for debugging purposes only", "for debug purposes only",
					    "not be active for normal use", NULL };
	size_t first = (c->line_last > c->line ? c->line_last : c->line) + 1, count, n;
	const struct kb_article_section *sec;
	const char *text;

	if (!debugging_howto(im->a->title))
		return 0;
	if (first < im->a->body_end) {
		count = im->a->body_end - first < PURPOSE_LINES ? im->a->body_end - first : PURPOSE_LINES;
		if ((text = lines_joined(im, ds, first, count)) != NULL && imp_cue_in(text, purposes) != NULL)
			return 1;
	}
	if ((sec = imp_section_of(im, c->line)) == NULL)
		return 0;
	for (n = sec->first_line; n + 1 < sec->end_line && n < im->a->body_end; n++)
		if ((text = lines_joined(im, ds, n, 2)) != NULL && imp_cue_in(text, only) != NULL)
			return 1;
	return 0;
}

/* The set is a switch (0 or 1, yes or no, ...) outside a fix's section
 * in an article that reports no problem (no SYMPTOMS section): what a
 * how-to of a troubleshooting aid turns on, when its words give that
 * purpose. */
static int howto_switch(const struct imp *im, const struct imp_check *c)
{
	static const char *const switch_data[] = { "0", "1", "yes", "no", "true", "false", "on", "off", NULL };
	size_t i;

	if (imp_has_symptoms_section(im->a) || fix_section(im, imp_section_of(im, c->line)) || c->data == NULL)
		return 0;
	/* a switch turned on or off, not a count ("MaxConnections 500") */
	for (i = 0; switch_data[i] != NULL && strcasecmp(c->data, switch_data[i]) != 0; i++)
		;
	return switch_data[i] != NULL;
}

/* Lines first .. end-1 (inside the body) give one of purposes, two lines
 * at a time: a phrase broken over a line end. */
static int lines_give_purpose(struct imp *im, struct diag_scan *ds, size_t first, size_t end,
			      const char *const *purposes)
{
	const char *text;
	size_t n;

	for (n = first; n < end && n < im->a->body_end; n++)
		if ((text = lines_joined(im, ds, n, n + 1 < end ? 2 : 1)) != NULL && imp_cue_in(text, purposes) != NULL)
			return 1;
	return 0;
}

/* A how-to's switch (howto_switch()) whose SUMMARY gives the change's
 * purpose as a debug mode ("You can set the agent to debug mode by
 * enabling the Spy window."): a troubleshooting aid, which left on fixes
 * nothing. */
static int summary_says_debugging(struct imp *im, const struct imp_check *c, struct diag_scan *ds)
{
	/* not "helpful for troubleshooting" alone: "The Frob log, which is
	 * helpful for troubleshooting, is described in ..." is of another
	 * thing */
	static const char *const purposes[] = { "debug mode", "debugging mode", NULL };
	const struct kb_article *a = im->a;
	size_t i;

	if (!howto_switch(im, c))
		return 0;
	for (i = 0; i < a->n_sections; i++)
		if (section_named(&a->sections[i], "SUMMARY") &&
		    lines_give_purpose(im, ds, a->sections[i].first_line, a->sections[i].end_line, purposes))
			return 1;
	return 0;
}

/* A how-to's switch (howto_switch()) whose section says, above it, that
 * the procedure is "for troubleshooting purposes" ("For troubleshooting
 * purposes, you may want to configure Windows NT so that the MTA creates a
 * crash dump file ... To do so, use the following steps."): the purpose
 * of the steps as a whole, stated in the paragraph that leads in to them,
 * which set_for_troubleshooting()'s window (the step's own lines) does
 * not reach.  The words "purposes" make it the aid's purpose, not a
 * problem's ("To troubleshoot this problem, ..." leads in to a fix). */
static int section_says_troubleshooting(struct imp *im, const struct imp_check *c, struct diag_scan *ds)
{
	static const char *const purposes[] = { "for troubleshooting purposes", "for debugging purposes",
						"for diagnostic purposes", NULL };
	const struct kb_article_section *sec = imp_section_of(im, c->line);

	return sec != NULL && howto_switch(im, c) &&
	       lines_give_purpose(im, ds, sec->first_line, c->line, purposes);
}

/* The step that asks for the value (the lines from its key, or from four
 * lines above it, down to the value) says the value is added "for
 * troubleshooting" ("2. Add the following for troubleshooting the Notes
 * provider."): a set-up that finds out which part fails, not the fix.
 * Not "To troubleshoot this problem, ...", which articles also write
 * ahead of a fix. */
static int set_for_troubleshooting(struct imp *im, const struct imp_check *c, struct diag_scan *ds)
{
	static const char *const purposes[] = { "for troubleshooting", NULL };
	size_t first = c->key_line > 0 && c->key_line < c->line ? c->key_line : c->line > 4 ? c->line - 4 : 1;
	const char *text;

	if (first + 8 < c->line)
		first = c->line - 8;
	text = lines_joined(im, ds, first, c->line - first + 1);
	return text != NULL && imp_cue_in(text, purposes) != NULL;
}

static const char *debugging_setup(struct imp *im, const struct imp_check *c, struct diag_scan *ds)
{
	size_t k;

	if (c->key == NULL || switch_cleared(c))
		return NULL;
	if (debug_output_switch(c))
		return output_turned_down(im, c) ? NULL
			: "a switch that turns debug output on: a troubleshooting set-up, never a repair to keep";
	if (log_for_support(im, c, ds))
		return "a log turned up to find out what fails and send to support: a troubleshooting "
			"set-up, never a repair to keep";
	if (log_turned_on(c) && !log_is_the_problem(im))
		return "a log or trace turned on: a troubleshooting set-up that leaves the machine "
		       "logging, never a repair to keep";
	if (set_for_debugging(im, c, ds))
		return "a switch the article sets for debug purposes in a how-to of debugging: a set-up "
		       "for catching a fault in a debugger, never a repair to keep";
	if (set_for_troubleshooting(im, c, ds))
		return "a value the step adds for troubleshooting (its words say so): a set-up that "
		       "finds out what fails, never a repair to keep";
	if (summary_says_debugging(im, c, ds))
		return "a switch that the article's summary says puts a program in debug mode, in an "
		       "article that reports no problem: a troubleshooting set-up, never a repair to keep";
	if (section_says_troubleshooting(im, c, ds))
		return "a switch that the steps, by the words that lead in to them, turn on for "
		       "troubleshooting purposes, in an article that reports no problem: a set-up, never a "
		       "repair to keep";
	if (strcasecmp(c->value, "GlobalFlag") == 0 && imp_key_ends_in(c->key, "Session Manager") &&
	    imp_ci_find(c->key, "\\Control\\Session Manager") != NULL)
		return "the system-wide GlobalFlag turned on: a debugging set-up for every program (a "
			"leak or pool tool's), never a repair to keep";
	if (imp_ci_find(c->key, "\\Image File Execution Options") == NULL)
		return NULL;
	for (k = 0; debug_switches[k] != NULL; k++)
		if (strcasecmp(c->value, debug_switches[k]) == 0)
			return "a debugger or debugging switch set for a program under Image File "
				"Execution Options: a set-up for debugging it, never a repair to keep";
	return NULL;
}

/* ---- a range read as a change ------------------------------------------- */

/* The length of the number-like word at s (digits, letters: "0x1F"). */
static size_t word_len(const char *s)
{
	size_t l = 0;

	while (isalnum((unsigned char)s[l]))
		l++;
	return l;
}

/* Where text says "from A to B", A and B numbers, B the datum read: the
 * "from", or NULL.  *past: just past B. */
static const char *from_to_datum(const char *text, unsigned long long datum, const char **past)
{
	const char *p;

	for (p = imp_find_word(text, "from"); p != NULL; p = imp_find_word(p + 4, "from")) {
		const char *a = imp_skip_ws(p + 4), *to;
		unsigned long long na, nb;
		size_t al = word_len(a), bl;
		if (!imp_data_number(a, al, &na))
			continue;
		to = imp_skip_ws(a + al);
		if (!imp_starts_word(to, "to"))
			continue;
		to = imp_skip_ws(to + 2);
		bl = word_len(to);
		if (imp_data_number(to, bl, &nb) && nb == datum) {
			*past = to + bl;
			return p;
		}
	}
	return NULL;
}

/* "from A to B" with B a check's datum, as read near the check. */
struct from_to {
	size_t line;            /* the line it starts on, 0 when none */
	int in_check;           /* on the check's own lines: the datum is
				   read from these words */
	char bounds[80];        /* "from 0 to 255", for the note */
	char *said;             /* its sentence and the next: free it */
	size_t own_len;         /* the length of its own sentence in said */
};

/* Words that point back at the numbers as a span to pick from ("any
 * number between these works"; "pick the one that suits your site"):
 * read in the sentence giving them or the next. */
static const char *const pick_cues[] = {
	"any value", "any number", "between these", "between those", "pick the", "pick a", "pick any",
	"choose a number", "choose a value", "choose the number", "choose the value",
	"that suits", "that best suits", NULL };

/* Words that call numbers a range, read only in the sentence giving them:
 * the next sentence says them of the value or of something else ("Valid
 * values are 0 and 1", "waits between 5 and 10 seconds").  Not "seconds"
 * or other units: "from 30 to 60 seconds" is as often a change. */
static int own_sentence_says_range(const char *own)
{
	static const char *const cues[] = { "range", "ranges", "valid value", "valid values", NULL };
	const char *p;

	if (imp_find_any_word(own, cues) != NULL)
		return 1;
	/* "between 0 and 255" (not "between the server and its clients") */
	for (p = imp_find_word(own, "between"); p != NULL; p = imp_find_word(p + 7, "between"))
		if (isdigit((unsigned char)*imp_skip_ws(p + 7)))
			return 1;
	return 0;
}

/* The numbers of ft are a span to pick from, as said of them. */
static int says_range(struct imp *im, const struct from_to *ft)
{
	char *own = strndup(ft->said, ft->own_len);
	int yes;

	if (own == NULL) {
		im->oom = 1;
		return 0;
	}
	yes = imp_find_any_word(ft->said, pick_cues) != NULL || own_sentence_says_range(own);
	free(own);
	return yes;
}

/* p (in text, lines joined by one blank, the first len long) starts on
 * the first line, or, when wrap, is the first word of the second. */
static int starts_on(const char *text, const char *p, size_t len, int wrap)
{
	if ((size_t)(p - text) < len)
		return 1;
	return wrap && text[len] != '\0' && imp_skip_ws(text + len + 1) == p;
}

/* Finds "from A to B" with B the check's datum on the check's lines and
 * the two after, in a sentence about this value (on the check's own
 * lines, or naming the value): a step's "change it from 0 to 1" for the
 * next value is not this one's. */
static int find_from_to(struct imp *im, const struct imp_check *c, struct from_to *ft, struct diag_scan *ds)
{
	size_t own = imp_check_last_line(c), n;
	unsigned long long datum;

	memset(ft, 0, sizeof *ft);
	if (c->data == NULL || !imp_data_number(c->data, strlen(c->data), &datum))
		return 0;
	for (n = c->line; n <= own + 2 && n < im->a->body_end; n++) {
		const char *text = lines_joined(im, ds, n, 3);
		const char *past = NULL, *p = text != NULL ? from_to_datum(text, datum, &past) : NULL;
		/* the match must start on line n itself, or open line n+1
		 * when line n is the check's own ("change the value / from
		 * 1 to 99", wrapped) */
		if (p == NULL || !starts_on(text, p, strlen(imp_line_at(im, n)), n <= own) ||
		    (n > own && imp_find_word(imp_line_at(im, n), c->value) == NULL))
			continue;
		ft->line = (size_t)(p - text) < strlen(imp_line_at(im, n)) ? n : n + 1;
		ft->in_check = n <= own;
		snprintf(ft->bounds, sizeof ft->bounds, "%.*s", (int)(past - p), p);
		{
			const char *a = sentence_start(text, p), *b = sentence_past(sentence_past(past));
			ft->own_len = (size_t)(sentence_past(past) - a);
			ft->said = malloc((size_t)(b - a) + 1);
			if (ft->said != NULL) {
				memcpy(ft->said, a, (size_t)(b - a));
				ft->said[b - a] = '\0';
			} else {
				im->oom = 1;
			}
		}
		return ft->said != NULL;
	}
	return 0;
}

/* A step from line a to b adds a value ("Add a REG_DWORD value named X",
 * "create a new value"), not on a condition ("create it if it is not
 * there"); an imperative, not what the program does ("so that the agent
 * creates a new log"). */
static int steps_add(const struct imp *im, size_t a, size_t b)
{
	static const char *const adds[] = { "add", "create", "new value", "new DWORD",
					    "new REG_DWORD", "new REG_SZ", "new REG_BINARY",
					    "new REG_EXPAND_SZ", "new REG_MULTI_SZ", NULL };
	size_t n, k;

	for (n = a; n <= b; n++) {
		const char *s = imp_line_at(im, n);
		for (k = 0; adds[k] != NULL; k++) {
			const char *p;
			for (p = imp_find_word(s, adds[k]); p != NULL; p = imp_find_word(p + strlen(adds[k]), adds[k]))
				if (!conditional_sentence(s, p))
					return 1;
		}
	}
	return 0;
}

/* Lines above a value's first line and below its last read for a bit
 * the words add to the present data. */
#define BIT_LINES_ABOVE 6
#define BIT_LINES_BELOW 4

/* The words around the value add a bit to its present data ("add bit
 * 0x10 to the following section of the registry", "after adding 0x10 to
 * 0x03 the result becomes 0x13"): the datum shown is worked out from the
 * default, and a machine whose value holds other bits needs its own sum,
 * not this one. */
static const char *bit_added(struct imp *im, const struct imp_check *c, struct diag_scan *ds)
{
	static const char *const adds[] = { "add bit", "adding bit", "add the bit", "adding the bit", "after adding",
					    NULL };
	size_t first, last, from, end;
	const char *text;

	imp_check_span(c, &first, &last);
	from = first > im->a->body_first + BIT_LINES_ABOVE ? first - BIT_LINES_ABOVE : im->a->body_first;
	end = last + BIT_LINES_BELOW + 1 < im->a->body_end ? last + BIT_LINES_BELOW + 1 : im->a->body_end;
	if (end <= from || (text = lines_joined(im, ds, from, end - from)) == NULL ||
	    imp_cue_in(text, adds) == NULL)
		return NULL;
	return "the article adds a bit to the value's present data; the datum shown is worked out from "
	       "the default (set the bit by hand on the machine's own data)";
}

static const char *range_not_change(struct imp *im, const struct imp_check *c, struct diag_scan *ds)
{
	const struct kb_article_section *sec;
	struct from_to ft;
	const char *why = NULL;
	size_t first;

	if (!find_from_to(im, c, &ft, ds))
		return NULL;
	sec = imp_section_of(im, ft.line);
	first = imp_check_first_line(c);
	first = first > im->a->body_first + DIAG_ADD_STEP_LINES ? first - DIAG_ADD_STEP_LINES : im->a->body_first;
	if (sec != NULL && first < sec->first_line)
		first = sec->first_line;
	if (says_range(im, &ft))
		why = imp_fmt(im, "'%s' (line %zu) gives the range the reader picks from, not a "
			"change: write the datum by hand",
			      ft.bounds, ft.line);
	else if (ft.in_check && steps_add(im, first, ft.line))
		why = imp_fmt(im, "'%s' (line %zu) on a value the steps add (it holds no earlier "
			"datum) gives the range the reader picks from, not a change: write "
			"the datum by hand",
			      ft.bounds, ft.line);
	free(ft.said);
	return why;
}

/* Line s is part of a registry listing: a key in brackets or written out,
 * a value line ("Name"=..., @=...), a REGEDIT header, or a field of a
 * value block. */
static int listing_line(const char *s)
{
	static const char *const opens[] = { "[", "\"", "@=", "REGEDIT", "Windows Registry Editor",
					     "HKEY_", "HKLM\\", "Value Name", "Data Type", "Value:",
					     "Data:", "String:", "Type:", NULL };
	const char *t = imp_skip_ws(s);
	size_t k;

	for (k = 0; opens[k] != NULL; k++)
		if (imp_starts_ci(t, opens[k]))
			return 1;
	return 0;
}

/* ---- a set under a test ------------------------------------------------ */

/* A fix's lead-in: the steps after it are the fix, not a test's. */
static const char *const fix_leads[] = {
	"to fix this", "to fix the problem", "to fix it", "to resolve this", "to resolve the problem",
	"to correct this", "to correct the problem", "to correct it", "to solve this", "to solve the problem",
	"to work around", "if either test", "if both tests", "if the test shows", "if the tests show", NULL };

/* Words of a purpose that finds out or watches, not one that changes:
 * "To find out whether ..., follow these steps" leads a test. */
static const char *const test_leads[] = {
	"to determine whether", "to determine if", "to find out whether", "to find out if",
	"to check whether", "to test whether", "as a test", "perform either",
	"one of the following tests", "following tests", "to confirm that this",
	"to confirm whether", "to verify that this is", NULL };
static const char *const watch_words[] = {
	"determine", "find", "check", "test", "confirm", "verify", "see", "troubleshoot", "diagnose",
	"isolate", "log", "trace", "debug", "monitor", "capture", "record", NULL };

/* text holds "To <purpose>, follow these steps" (or "do the following"),
 * the purpose a change ("To turn on the fast scan, follow these steps"),
 * not a look ("To find out which file ..."). */
static int purpose_steps(const char *text)
{
	static const char *const steps[] = { "follow these steps", "do the following", NULL };
	const char *p = imp_find_any_word(text, steps), *a;
	size_t k;

	if (p == NULL)
		return 0;
	a = sentence_start(text, p);
	if (!imp_starts_word(a, "To"))
		return 0;
	/* the purpose, from "To" up to the steps, says no look */
	for (k = 0; watch_words[k] != NULL; k++)
		if (word_between(a, p, watch_words[k]))
			return 0;
	return 1;
}

/* text says a fix's lead-in. */
static int says_fix_lead(const char *text)
{
	return imp_find_any_word(text, fix_leads) != NULL || purpose_steps(text);
}

/* Line s is "Troubleshooting Steps" alone on its line. */
static int troubleshooting_heading(const char *s)
{
	const char *t = imp_skip_ws(s);

	return imp_starts_ci(t, "Troubleshooting Steps") &&
	       imp_rtrim_len(t, strlen(t)) <= strlen("Troubleshooting Steps") + 1;
}

/* Line s is a heading of a test: "Test 1", "Test 2:", "Test 3 - title",
 * "Test 4 (title)", "Troubleshooting Steps". */
static int test_heading(const char *s)
{
	const char *t = imp_skip_ws(s);
	size_t l = imp_rtrim_len(t, strlen(t));

	if (troubleshooting_heading(t))
		return 1;
	if (!imp_starts_ci(t, "Test ") || !isdigit((unsigned char)t[5]))
		return 0;
	t += 5;
	while (isdigit((unsigned char)*t))
		t++;
	if ((size_t)(t - imp_skip_ws(s)) >= l || imp_blank(t) || *t == ':' || *t == '.')
		return 1;
	t = imp_skip_ws(t);
	return *t == '(' || (*t == '-' && isspace((unsigned char)t[1]));
}

/* Phrases of a resolution that send the reader back to a test's steps. */
static const char *const back[] = { "above direction", "above directions", "above step", "above steps",
				    "above procedure", "steps above", "procedure above", "directions above",
				    "steps in the Cause section", "steps in the \"Cause\" section",
				    "procedure in the Cause section", "steps described in the Cause section",
				    "change described in the Cause section", "changes described in the Cause section",
				    "change in the Cause section", "changes in the Cause section",
				    "setting described in the Cause section", "settings described in the Cause section",
				    NULL };

/* text sends the reader back to the steps above, not on a condition ("If
 * the steps above do not help" is about the fix's own steps). */
static int sends_back(const char *text)
{
	size_t k;
	const char *p;

	for (k = 0; back[k] != NULL; k++)
		for (p = imp_find_word(text, back[k]); p != NULL; p = imp_find_word(p + strlen(back[k]), back[k]))
			if (!conditional_sentence(text, p))
				return 1;
	return 0;
}

/* text keeps the test's value as the fix ("leave NoViewCache in place",
 * "keep the NoViewCache value"), not when it takes it away or says not
 * to ("do not leave NoViewCache set"; "then delete NoViewCache"). */
static int keeps_value(struct imp *im, const char *text, const char *value)
{
	static const char *const keeps[] = { "leave", "keep", "in place", "permanent", "permanently", NULL };
	static const char *const against[] = { "not", "never", "remove", "delete", "undo", NULL };
	const char *p = imp_find_word(text, value), *a, *b;
	char *sentence;
	int yes;

	if (p == NULL)
		return 0;
	a = sentence_start(text, p);
	b = sentence_past(p);
	sentence = strndup(a, (size_t)(b - a));
	if (sentence == NULL) {
		im->oom = 1;
		return 0;
	}
	yes = imp_find_any_word(sentence, keeps) != NULL && imp_find_any_word(sentence, against) == NULL;
	free(sentence);
	return yes;
}

/* Counts in ds the fix sections with a line (joined with the next) that
 * sends the reader back to a test's steps: the words name no value, so
 * one pass serves every set. */
static void read_backs(struct imp *im, struct diag_scan *ds)
{
	size_t s, n;

	ds->backs_read = 1;
	for (s = 0; s < im->a->n_sections; s++) {
		const struct kb_article_section *sec = &im->a->sections[s];
		if (!fix_section(im, sec))
			continue;
		for (n = sec->first_line; n < sec->end_line; n++) {
			const char *two = lines_joined(im, ds, n, 2);
			if (two != NULL && sends_back(two)) {
				ds->n_backs++;
				ds->a_back = sec;
				break;
			}
		}
	}
}

/* Line n, joined with the next, may name value: a name with no blank
 * sits whole in one of the two lines, so only those are joined. */
static int may_name(struct imp *im, size_t n, const char *value)
{
	return strpbrk(value, " \t") != NULL || imp_find_word(imp_line_at(im, n), value) != NULL ||
	       imp_find_word(imp_line_at(im, n + 1), value) != NULL;
}

/* A section the reader applies the fix from, other than the one holding
 * the test, sends the reader back to the test's steps ("use the above
 * directions") or keeps its value ("leave NoViewCache in place"): the
 * test is the fix too.  The send-back words are read once
 * (read_backs()); the value's words are looked for per set, over every
 * fix line: values x lines, cheap per line (may_name() joins only a line
 * that may name the value). */
static int fix_refers_back(struct imp *im, const struct kb_article_section *test_sec,
			   const char *value, struct diag_scan *ds)
{
	size_t s, n;

	if (!ds->backs_read)
		read_backs(im, ds);
	if (ds->n_backs > 1 || (ds->n_backs == 1 && ds->a_back != test_sec))
		return 1;
	for (s = 0; s < im->a->n_sections; s++) {
		const struct kb_article_section *sec = &im->a->sections[s];
		if (sec == test_sec || !fix_section(im, sec))
			continue;
		for (n = sec->first_line; n < sec->end_line; n++) {
			const char *two = may_name(im, n, value) ? lines_joined(im, ds, n, 2) : NULL;
			if (two != NULL && keeps_value(im, two, value))
				return 1;
		}
	}
	return 0;
}

/* Line n holds words: not blank, no line of a registry listing (a
 * phrase there is read at the next line, which starts it). */
static int prose_line(const struct imp *im, size_t n)
{
	const char *s = imp_line_at(im, n);

	return !imp_blank(s) && !listing_line(s);
}

/* The sentence holding the lead-in at p asks about the problem and
 * introduces steps ("To find out whether the views are your problem, turn
 * the cache off:"), not a sentence of advice ("Make a trace to determine
 * whether the LAN is at fault.") */
static int introduces_test(const char *text, const char *p, const char *const *about_problem)
{
	const char *a = sentence_start(text, p), *b = p;
	size_t k;

	while (*b != '\0' && *b != ':' && !sentence_end(b))
		b++;
	if (*b != ':')
		return 0;
	for (k = 0; about_problem[k] != NULL; k++)
		if (word_between(a, b, about_problem[k]))
			return 1;
	return 0;
}

/* The lead-ins a prose line may give the steps below it: a test's ("To
 * find out whether this is your problem, ...:") or a fix's ("To resolve
 * this problem, ..."). */
enum { M_TEST_LEAD = 1, M_FIX_LEAD = 2 };

/* The lead-ins line m gives (read joined with the next line):
 * M_TEST_LEAD, M_FIX_LEAD, both or none; a test's only where tests
 * counts (a section that tells what goes wrong: mark_section()).  A
 * test's lead-in asks about the problem or its cause and ends in ":"
 * over the steps (introduces_test()): a how-to's "to determine whether
 * the fix is in place, and to apply it" or a trace's advice is no
 * test. */
static int lead_marks(struct imp *im, size_t m, int tests, struct diag_scan *ds)
{
	static const char *const about_problem[] = { "problem", "problems", "cause", "issue", NULL };
	const char *two = prose_line(im, m) ? lines_joined(im, ds, m, 2) : NULL, *lead;
	int marks = 0;

	if (two == NULL)
		return 0;
	if (says_fix_lead(two))
		marks |= M_FIX_LEAD;
	if (!tests)
		return marks;
	lead = imp_find_any_word(two, test_leads);
	if (lead != NULL && introduces_test(two, lead, about_problem))
		marks |= M_TEST_LEAD;
	return marks;
}

/* One pass down section sec: each line's state is set by the nearest
 * line above it, in the section, that decides.  Under a test's heading:
 * the nearest heading ("Test 1" over dashes: yes; another heading: no),
 * a test's heading opening its line ("Test 2:": yes) or a fix's lead-in
 * (no); a "Troubleshooting Steps" heading in the fix's own section under
 * a fix's lead-in ("To resolve this problem, work through these steps")
 * heads the fix.  Under a test's lead-in: the nearest fix's lead-in (no)
 * or test's lead-in (yes), read only where the article tells what goes
 * wrong (CAUSE) or adds to it (MORE INFORMATION); a resolution's own
 * lead-ins are its fix's. */
static void mark_section(struct imp *im, const struct kb_article_section *sec, struct diag_scan *ds)
{
	int leads = section_named(sec, "CAUSE") || section_named(sec, "MORE INFORMATION");
	int in_fix = fix_section(im, sec);
	int head = 0, lead = 0, fix_lead_seen = 0;
	size_t m;

	for (m = sec->first_line; m < sec->end_line && m < im->a->body_end; m++) {
		const char *s = imp_line_at(im, m);
		int marks = lead_marks(im, m, leads, ds);
		/* a "Troubleshooting Steps" heading under the fix's lead-in
		 * heads the fix's own steps, no test */
		int heads_test = test_heading(s) && !(troubleshooting_heading(s) && in_fix && fix_lead_seen);
		/* the line's own state first: a check on line m + 1 reads
		 * line m */
		if (imp_underline(imp_line_at(im, m + 1)) && !imp_blank(s) && !imp_underline(s))
			head = heads_test;
		else if (heads_test)
			head = 1;
		else if (marks & M_FIX_LEAD)
			head = 0;
		if (leads && (marks & M_FIX_LEAD))
			lead = 0;
		else if (leads && (marks & M_TEST_LEAD))
			lead = 1;
		fix_lead_seen |= (marks & M_FIX_LEAD) != 0;
		if (m + 1 < sec->end_line)
			ds->under_head[m + 1] = (unsigned char)head;
		ds->lead_upto[m] = (unsigned char)lead;
	}
}

/* Builds ds's per-line marks for the article; 0 when out of memory
 * (im->oom set).  ds is built only once both arrays are there: a later
 * set must never read marks that were not allocated. */
static int build_test_marks(struct imp *im, struct diag_scan *ds)
{
	size_t s, n = im->a->body_end + 1;

	ds->under_head = calloc(n, 1);
	ds->lead_upto = calloc(n, 1);
	if (ds->under_head == NULL || ds->lead_upto == NULL) {
		im->oom = 1;
		return 0;
	}
	ds->built = 1;
	for (s = 0; s < im->a->n_sections && !im->oom; s++)
		mark_section(im, &im->a->sections[s], ds);
	return !im->oom;
}

static const char *diagnostic_test(struct imp *im, const struct imp_check *c, struct diag_scan *ds)
{
	const struct kb_article_section *sec = imp_section_of(im, c->line);

	if (sec == NULL || c->line >= im->a->body_end)
		return NULL;
	if (!ds->built && !build_test_marks(im, ds))
		return NULL;
	if (!ds->under_head[c->line] && !ds->lead_upto[c->line])
		return NULL;
	if (fix_refers_back(im, sec, c->value, ds))
		return NULL;
	return "set in a test or troubleshooting steps (to find out whether or where the reader has "
		"the problem), not the fix: write the repair by hand if the resolution asks for it";
}

/* ---- a listing of defaults in the CAUSE section ------------------------- */

/* name is a plain word ("Start", "Type", "Path"), which prose says in
 * other senses, not a compound ("ImagePath", "Max_Views", "Port2"). */
static int plain_word(const char *name)
{
	size_t k;

	for (k = 0; name[k] != '\0'; k++)
		if (!isalpha((unsigned char)name[k]) || (k > 0 && isupper((unsigned char)name[k])))
			return 0;
	return 1;
}

/* At p, the value's name as text names a value: a compound name anywhere,
 * a plain word only quoted, followed by "value", "entry" or "=", or set
 * "to" ("the Start value", "set Start to 2"; not "Start Registry Editor",
 * "the path to the folder"); neither in a sentence that only looks at it
 * ("Make sure that ImagePath points to ..."). */
static int names_value_at(const char *line, const char *p, const char *value)
{
	static const char *const value_words[] = { "value", "entry", NULL };
	static const char *const checks[] = { "make sure", "verify", "check", "confirm", "ensure", NULL };
	const char *after = p + strlen(value), *w;
	size_t k;

	/* "Make sure that ImagePath points to the folder": a look at the
	 * value, which asks for no datum */
	for (k = 0; checks[k] != NULL; k++)
		if (imp_starts_word(sentence_start(line, p), checks[k]))
			return 0;
	if (!plain_word(value))
		return 1;
	if (p > line && (p[-1] == '"' || p[-1] == '\''))
		return 1;
	w = imp_skip_ws(after);
	if (*w == '=')
		return 1;
	/* "set Start to 2", not "the path to the folder" */
	if (imp_starts_word(w, "to") &&
	    (imp_phrase_ends_at(line, p, "set ") || imp_phrase_ends_at(line, p, "change ")))
		return 1;
	for (k = 0; value_words[k] != NULL; k++)
		if (imp_starts_word(w, value_words[k]))
			return 1;
	return 0;
}

/* The value's name is written, as a value's, in a RESOLUTION or
 * WORKAROUND section. */
static int fix_names_value(const struct imp *im, const char *value)
{
	size_t s, n;

	for (s = 0; s < im->a->n_sections; s++) {
		const struct kb_article_section *sec = &im->a->sections[s];
		if (!fix_section(im, sec))
			continue;
		for (n = sec->first_line; n < sec->end_line; n++) {
			const char *line = imp_line_at(im, n), *p;
			for (p = imp_find_word(line, value); p != NULL; p = imp_find_word(p + strlen(value), value))
				if (names_value_at(line, p, value))
					return 1;
		}
	}
	return 0;
}


/* The line above the listing that holds line n: its first line's line
 * minus one (blanks and listing lines between keys skipped). */
static size_t above_listing(const struct imp *im, const struct kb_article_section *sec, size_t n)
{
	while (n > sec->first_line && (imp_blank(imp_line_at(im, n - 1)) || listing_line(imp_line_at(im, n - 1))))
		n--;
	return n > sec->first_line ? n - 1 : 0;
}

/* The last line of the paragraph above line n (blanks skipped), a note's
 * paragraph passed over ("NOTE: the path differs ..."): 0 when none. */
static size_t lead_in_end(const struct imp *im, const struct kb_article_section *sec, size_t n)
{
	int notes = 0;

	while (n >= sec->first_line) {
		size_t top;
		while (n > sec->first_line && imp_blank(imp_line_at(im, n)))
			n--;
		if (imp_blank(imp_line_at(im, n)))
			return 0;
		for (top = n; top > sec->first_line && !imp_blank(imp_line_at(im, top - 1)); top--)
			;
		if (!imp_starts_ci(imp_skip_ws(imp_line_at(im, top)), "NOTE") || notes++ > 0)
			return n;
		if (top == sec->first_line)
			return 0;
		n = top - 1;
	}
	return 0;
}

/* Ends the sentence s (inside text) before an aside about the values,
 * whose negation is not the lead-in's: ", which most sites never need to
 * change", "(you should not edit them)". */
static void cut_aside(char *text, const char *s)
{
	static const char *const asides[] = { ", which", ", that", " (", NULL };
	char *w = text + (s - text);    /* s points into text, which is ours to write */
	size_t k;

	for (k = 0; asides[k] != NULL; k++) {
		char *p = strstr(w, asides[k]);
		if (p != NULL)
			*p = '\0';
	}
}

/* The sentence that ends the paragraph ending at line last introduces
 * the key's defaults ("By default, the key holds the values below:"),
 * not a state the fix changes ("By default it does not ... To make it
 * ..., add:") or a value that is missing ("should have made it, but"). */
static int defaults_lead_in(struct imp *im, size_t first, size_t last, struct diag_scan *ds)
{
	/* not "should have": as often the lead-in of values that are
	 * missing ("should have the value below, which the upgrade leaves
	 * out") */
	static const char *const defaults[] = { "by default", "should contain", "default value",
						"default values", "default setting", "default settings", NULL };
	static const char *const against[] = { "not", "but", "never", "cannot", NULL };
	size_t top = last;
	char *text, *end;
	const char *s;
	int yes;

	while (top > first && last - top < DIAG_LEAD_IN_LINES && !imp_blank(imp_line_at(im, top - 1)))
		top--;
	text = lines_joined(im, ds, top, last - top + 1);
	if (text == NULL)
		return 0;
	end = text + imp_rtrim_len(text, strlen(text));
	*end = '\0';
	s = end > text ? sentence_start(text, end - 1) : text;
	yes = imp_find_any_word(s, defaults) != NULL;
	cut_aside(text, s);
	yes = yes && imp_find_any_word(s, against) == NULL;
	yes = yes && imp_ci_find(s, "n't") == NULL;
	return yes;
}

/* A line of prose between the key (first) and the value (line) says the
 * word "default": the values below it are the defaults.  Not a listing
 * line ("DefaultUserName", a datum "Default"). */
static int default_between(const struct imp *im, size_t first, size_t line)
{
	size_t n;

	for (n = first + 1; n < line; n++) {
		const char *s = imp_line_at(im, n);
		if (!listing_line(s) && imp_find_word(s, "default") != NULL)
			return 1;
	}
	return 0;
}

/* The listing holding line first is introduced as the key's defaults. */
static int introduced_as_defaults(struct imp *im, const struct kb_article_section *sec, size_t first,
				  struct diag_scan *ds)
{
	size_t above = above_listing(im, sec, first);

	if (above == 0 || (above = lead_in_end(im, sec, above)) == 0)
		return 0;
	return defaults_lead_in(im, sec->first_line, above, ds);
}

static const char *default_listing(struct imp *im, const struct imp_check *c, struct diag_scan *ds)
{
	const struct kb_article_section *sec = imp_section_of(im, c->line);
	size_t first = imp_check_first_line(c);

	/* the local tests first: fix_names_value() reads every fix section */
	if (!section_named(sec, "CAUSE"))
		return NULL;
	if (!default_between(im, first, c->line) && !introduced_as_defaults(im, sec, first, ds))
		return NULL;
	if (fix_names_value(im, c->value))
		return NULL;
	return "listed in the cause as what the key holds by default; the resolution names it only by "
		"reference: no value to set (check by hand that it exists)";
}

void imp_scan_diagnostic_sets(struct imp *im)
{
	size_t i = im->n_checks;
	struct diag_scan ds = { .join = KB_BUF_INIT };

	/* out of memory the article is refused: read no further */
	while (i-- > 0 && !im->oom) {
		const struct imp_check *c = &im->checks[i];
		const char *why;
		if (!c->repair || c->expect != IE_EQUALS || c->value == NULL)
			continue;
		why = debugging_setup(im, c, &ds);
		if (why == NULL)
			why = range_not_change(im, c, &ds);
		if (why == NULL)
			why = bit_added(im, c, &ds);
		if (why == NULL)
			why = diagnostic_test(im, c, &ds);
		if (why == NULL)
			why = default_listing(im, c, &ds);
		if (why == NULL)
			continue;
		imp_drop_check_reviewed(im, i,
					imp_fmt(im, "not drafted: %s\\%s: %s", c->key ? c->key : "?", c->value, why),
					imp_fmt(im, "not drafted: a value set under the key %s is no "
						"repair (see the note on that value's line; a "
						"value under it with no note of its own stays)",
						c->key ? c->key : "?"));
	}
	kb_buf_free(&ds.join);
	free(ds.under_head);
	free(ds.lead_upto);
}
