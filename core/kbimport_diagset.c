/* kbimport_diagset.c: set-value repairs that are no fix, read once every
 * other check pass has run.
 *
 * Each reader before this one decides whether a step asks for a value;
 * some steps do ask, yet what they set is not the fix the rule should
 * apply:
 * - a debugger or a global flag set for a program under Image File
 *   Execution Options: a set-up for debugging it, which left in place
 *   keeps the program from running on its own (other values there, such
 *   as a heap switch, can be the fix and stay);
 * - "Set X from 0 to 255" where the value is new (the step or the one
 *   before adds it) or the words say it is a range: the span the reader
 *   picks from, not a change from one datum to another;
 * - a set under a test: a "Test 1" or "Troubleshooting Steps" heading
 *   in any section, or in the CAUSE section a lead-in ("To find out
 *   whether this is your problem ..."): a diagnostic, unless the
 *   resolution or workaround sends the reader back to it ("use the
 *   above steps");
 * - a listing in the CAUSE section of what a key holds "by default" or
 *   "should have", the resolution naming none of its values: the
 *   install's defaults, which a set would write over a tuned value.
 * The rule format has no "the value exists" check, so each becomes a
 * review item on its line (with the key's line noted once). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* How many lines above a value a defaults lead-in may sit (the key and
 * a blank between). */
#define DIAG_LEAD_IN 4

static int section_named(const struct kb_article_section *sec, const char *name)
{
	return sec != NULL && imp_starts_ci(sec->name, name);
}

/* Line n and the next joined (a phrase may wrap): buf. */
static const char *two_lines(const struct imp *im, size_t n, char *buf, size_t size)
{
	snprintf(buf, size, "%s %s", imp_line_at(im, n), imp_line_at(im, n + 1));
	return buf;
}

/* Any line from a to b (b included), joined with the next, says one of
 * the NULL-ended phrases (any case). */
static int span_says(const struct imp *im, size_t a, size_t b, const char *const *phrases)
{
	char buf[512];
	size_t n, k;

	for (n = a; n <= b; n++)
		for (k = 0; phrases[k] != NULL; k++)
			if (imp_ci_find(two_lines(im, n, buf, sizeof buf), phrases[k]) != NULL)
				return 1;
	return 0;
}

/* ---- a debugging set-up under Image File Execution Options -------------- */

/* Values the loader reads for a program to start it under a debugger or
 * with the heap and loader checks of a debugging session on. */
static const char *const debug_switches[] = {
	"Debugger", "GlobalFlag", "VerifierDlls", "VerifierFlags", "VerifierDebug",
	"PageHeapFlags", "BreakOnDllLoad", "ShowLoaderSnaps", "DebugProcessHeapOnly",
	"StackTraceDatabaseSizeInMb", NULL,
};

static const char *debugging_setup(const struct imp_check *c)
{
	size_t k;

	if (c->key == NULL || imp_ci_find(c->key, "\\Image File Execution Options") == NULL)
		return NULL;
	for (k = 0; debug_switches[k] != NULL; k++)
		if (strcasecmp(c->value, debug_switches[k]) == 0)
			return "a debugger or debugging switch set for a program under Image File Execution Options: a set-up for debugging it, never a repair to keep";
	return NULL;
}

/* ---- a range read as a change ------------------------------------------- */

/* A number as written ("255", "0x1f"): 1 and *n. */
static int number_at(const char *s, size_t len, unsigned long long *n)
{
	char buf[32], *end;

	if (len == 0 || len >= sizeof buf || !isdigit((unsigned char)s[0]))
		return 0;
	memcpy(buf, s, len);
	buf[len] = '\0';
	*n = strtoull(buf, &end, strncasecmp(buf, "0x", 2) == 0 ? 16 : 10);
	return *end == '\0';
}

/* The length of the number-like word at s (digits, letters: "0x1F"). */
static size_t word_len(const char *s)
{
	size_t l = 0;

	while (isalnum((unsigned char)s[l]))
		l++;
	return l;
}

/* The text holds "from A to B", A and B numbers, B the datum read. */
static int from_to_datum(const char *text, unsigned long long datum)
{
	const char *p;

	for (p = imp_find_word(text, "from"); p != NULL; p = imp_find_word(p + 4, "from")) {
		const char *a = imp_skip_ws(p + 4), *to;
		unsigned long long na, nb;
		size_t al = word_len(a);
		if (!number_at(a, al, &na))
			continue;
		to = imp_skip_ws(a + al);
		if (!imp_starts_word(to, "to"))
			continue;
		to = imp_skip_ws(to + 2);
		if (number_at(to, word_len(to), &nb) && nb == datum)
			return 1;
	}
	return 0;
}

/* The line from which the words "from A to B" with B the check's datum
 * are read (the check's lines and the two after), 0 when none. */
static size_t from_to_line(const struct imp *im, const struct imp_check *c)
{
	size_t last = (c->line_last > c->line ? c->line_last : c->line) + 2, n;
	unsigned long long datum;
	char buf[512];

	if (c->data == NULL || !number_at(c->data, strlen(c->data), &datum))
		return 0;
	for (n = c->line; n <= last && n < im->a->body_end; n++)
		if (from_to_datum(two_lines(im, n, buf, sizeof buf), datum))
			return n;
	return 0;
}

static const char *range_not_change(const struct imp *im, const struct imp_check *c)
{
	static const char *const range_words[] = { "range", "between", "valid value", "any value", NULL };
	static const char *const adds[] = { "add ", "add a", "create", "new value", "new REG_", NULL };
	size_t at = from_to_line(im, c), first;

	if (at == 0)
		return NULL;
	if (span_says(im, at, at + 1, range_words))
		return "'from A to B' gives the range the reader picks from, not a change: write the datum by hand";
	first = c->key_line > 0 && c->key_line < c->line ? c->key_line : c->line;
	first = first > im->a->body_first + 3 ? first - 3 : im->a->body_first;
	if (imp_section_of(im, first) != imp_section_of(im, at))
		first = imp_section_of(im, at) != NULL ? imp_section_of(im, at)->first_line : at;
	if (span_says(im, first, at > first ? at - 1 : at, adds) || span_says(im, at, at, adds))
		return "'from A to B' on a value the steps add (it holds no earlier datum) gives the range the reader picks from, not a change: write the datum by hand";
	return NULL;
}

/* ---- a set under a test ------------------------------------------------ */

/* Line s is a heading of a test: "Test 1", "Test 2:", "Troubleshooting
 * Steps" alone on its line. */
static int test_heading(const char *s)
{
	const char *t = imp_skip_ws(s);
	size_t l = imp_rtrim_len(t, strlen(t));

	if (imp_starts_ci(t, "Troubleshooting Steps"))
		return l <= strlen("Troubleshooting Steps") + 1;
	if (!imp_starts_ci(t, "Test ") || !isdigit((unsigned char)t[5]))
		return 0;
	t += 5;
	while (isdigit((unsigned char)*t))
		t++;
	return *t == ':' || *t == '.' || imp_blank(t) || (size_t)(t - imp_skip_ws(s)) >= l;
}

/* A section the reader applies the fix from, other than the one holding
 * the test, sends the reader back to the test's steps ("use the above
 * directions"): the test is the fix too. */
static int fix_refers_back(const struct imp *im, const struct kb_article_section *test_sec)
{
	static const char *const back[] = { "above direction", "above step", "above procedure",
					    "steps above", "procedure above", "directions above",
					    "Cause section", "\"Cause\" section", NULL };
	size_t s;

	for (s = 0; s < im->a->n_sections; s++) {
		const struct kb_article_section *sec = &im->a->sections[s];
		if (sec == test_sec || sec->end_line <= sec->first_line)
			continue;
		if ((section_named(sec, "RESOLUTION") || section_named(sec, "WORKAROUND")) &&
		    span_says(im, sec->first_line, sec->end_line - 1, back))
			return 1;
	}
	return 0;
}

/* The nearest heading inside the section above line n ("Test 1" over
 * dashes, or "Test 2:" opening its line) is a test's: the steps under it
 * find out whether the reader has the problem. */
static int under_test_heading(const struct imp *im, const struct kb_article_section *sec, size_t n)
{
	while (n-- > sec->first_line) {
		const char *s = imp_line_at(im, n);
		if (imp_underline(imp_line_at(im, n + 1)) && !imp_blank(s) && !imp_underline(s))
			return test_heading(s);
		if (test_heading(s))
			return 1;
	}
	return 0;
}

static const char *diagnostic_test(const struct imp *im, const struct imp_check *c)
{
	static const char *const lead_ins[] = {
		"to determine whether", "to determine if", "to find out whether", "to find out if",
		"to check whether", "to test whether", "as a test", "perform either", "one of the following tests",
		NULL };
	const struct kb_article_section *sec = imp_section_of(im, c->line);

	if (sec == NULL)
		return NULL;
	/* a test's heading marks its steps in any section; the lead-in
	 * words only where the article tells what goes wrong (a resolution
	 * may open "To determine whether ... and to fix it") */
	if (!under_test_heading(im, sec, c->line) &&
	    !(section_named(sec, "CAUSE") && span_says(im, sec->first_line, c->line, lead_ins)))
		return NULL;
	if (fix_refers_back(im, sec))
		return NULL;
	return "set in a test or troubleshooting steps (to find out whether or where the reader has the problem), not the fix: write the repair by hand if the resolution asks for it";
}

/* ---- a listing of defaults in the CAUSE section ------------------------- */

/* The value's name is written in a RESOLUTION or WORKAROUND section. */
static int fix_names_value(const struct imp *im, const char *value)
{
	size_t s, n;

	for (s = 0; s < im->a->n_sections; s++) {
		const struct kb_article_section *sec = &im->a->sections[s];
		if (!section_named(sec, "RESOLUTION") && !section_named(sec, "WORKAROUND"))
			continue;
		for (n = sec->first_line; n < sec->end_line; n++)
			if (imp_ci_find(imp_line_at(im, n), value) != NULL)
				return 1;
	}
	return 0;
}

static const char *default_listing(const struct imp *im, const struct imp_check *c)
{
	static const char *const defaults[] = { "by default", "should have", "should contain",
						"default value", "default setting", NULL };
	const struct kb_article_section *sec = imp_section_of(im, c->line);
	size_t first = c->key_line > 0 && c->key_line < c->line ? c->key_line : c->line, from, n;

	if (!section_named(sec, "CAUSE") || fix_names_value(im, c->value))
		return NULL;
	from = first > sec->first_line + DIAG_LEAD_IN ? first - DIAG_LEAD_IN : sec->first_line;
	/* the lead-in, and any line between the key and this value */
	for (n = from; n < c->line; n++)
		if (n < first ? span_says(im, n, n, defaults) : imp_ci_find(imp_line_at(im, n), "default") != NULL)
			return "listed in the cause as what the key holds by default; the resolution names it only by reference: no value to set (check by hand that it exists)";
	return NULL;
}

void imp_scan_diagnostic_sets(struct imp *im)
{
	size_t i = im->n_checks;

	while (i-- > 0) {
		const struct imp_check *c = &im->checks[i];
		const char *why;
		if (!c->repair || c->expect != IE_EQUALS || c->value == NULL)
			continue;
		why = debugging_setup(c);
		if (why == NULL)
			why = range_not_change(im, c);
		if (why == NULL)
			why = diagnostic_test(im, c);
		if (why == NULL)
			why = default_listing(im, c);
		if (why == NULL)
			continue;
		imp_drop_check_reviewed(im, i,
					imp_fmt(im, "not drafted: %s\\%s: %s", c->key ? c->key : "?", c->value, why),
					imp_fmt(im, "not drafted: the key %s: a value set under it is no repair (see the value's line)",
						c->key ? c->key : "?"));
	}
}
