/* kbimport_cases.c: notes on cases a draft cannot carry.
 *
 * The labelling guide (C7, C8) drafts each alternative and each
 * conditional action as a fact: a rule has no "either" and no "only on
 * the client".  Where the article says one, the draft is right line by
 * line and still misleads, since a rule applies every fix it holds.  So
 * the draft keeps its facts and says so at the article line that carries
 * the case, naming the fixes it concerns:
 *   - a lead-in that offers a choice of ways ("use either of the
 *     following methods:") or headings that number them ("Method 2"),
 *     with fixes under two items or more: the fixes are alternatives;
 *   - a line that names the machine, role, platform or version the steps
 *     under it are for ("On the domain controllers:", "For Windows 95
 *     clients, ...:"), when another fix falls under another such line or
 *     under none: the fixes under it hold for that scope only;
 *   - a sentence a few lines after a value fix giving that value another
 *     datum for a case ("If the server is busy, set it to 20 instead"):
 *     the datum depends on the case.
 * Runs after the checks are final, beside imp_note_alternatives(). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* How many lines below a value fix a sentence may give its datum for a
 * case: the step's own NOTE or IMPORTANT, not a later procedure. */
#define CASE_DATUM_WINDOW 8
/* How many fixes a note names before "and N more". */
#define NAMED_MAX 6
/* How many lines after a lead-in its items are read in. */
#define ITEMS_CAP 400

/* Check c is a drafted repair. */
static int is_fix(const struct imp_check *c)
{
	return c->repair && c->not_asked == NULL;
}

static size_t fixes_drafted(const struct imp *im)
{
	size_t i, n = 0;

	for (i = 0; i < im->n_checks; i++)
		n += is_fix(&im->checks[i]);
	return n;
}

/* Line s past its blanks, a bullet and a step mark. */
static const char *line_words(const char *s)
{
	return imp_past_bullet(imp_past_step_mark(imp_past_bullet(s)));
}

/* Line s opens a list's item: a bullet or a step's mark ("- ", "3. ",
 * "b) "). */
static int is_item(const char *s)
{
	const char *t = imp_skip_ws(s);

	return imp_past_bullet(t) != t || imp_past_step_mark(t) != t;
}

/* How many lines a lead-in's paragraph is read in: the colon that ends
 * it and the cues in it (a choice, a scope) are looked for this far. */
#define LEAD_IN_LINES 3

/* The last line of the paragraph from line n that a lead-in is read in:
 * up to LEAD_IN_LINES lines, to a blank one. */
static size_t lead_in_last(const struct imp *im, size_t n)
{
	size_t k;

	for (k = n; k + 1 < im->a->body_end && k + 1 < n + LEAD_IN_LINES && !imp_blank(imp_line_at(im, k + 1)); k++)
		;
	return k;
}

/* The words of the lead-in paragraph from line n (its first line past a
 * bullet or step mark, the rest joined with one blank), in text. */
static const char *lead_in_text(const struct imp *im, size_t n, char *text, size_t cap)
{
	size_t k, last = lead_in_last(im, n), len;

	snprintf(text, cap, "%s", line_words(imp_line_at(im, n)));
	for (k = n + 1; k <= last; k++) {
		len = strlen(text);
		snprintf(text + len, cap - len, " %s", imp_skip_ws(imp_line_at(im, k)));
	}
	return text;
}

/* The paragraph starting at line n (up to LEAD_IN_LINES lines, to a blank
 * one) ends with a colon: it leads in to what follows. */
static int leads_in(const struct imp *im, size_t n)
{
	return imp_ends_with_colon(imp_line_at(im, lead_in_last(im, n)));
}

/* Line n opens its paragraph: the body's first line, or a blank line or
 * an underline above it. */
static int opens_paragraph(const struct imp *im, size_t n)
{
	return n <= im->a->body_first || imp_blank(imp_line_at(im, n - 1)) || imp_underline(imp_line_at(im, n - 1));
}

/* Line n is a heading by its form: the next line underlines it. */
static int underlined(const struct imp *im, size_t n)
{
	return n + 1 < im->a->body_end && !imp_blank(imp_line_at(im, n)) && imp_underline(imp_line_at(im, n + 1));
}

/* ---- which fixes, named ------------------------------------------------ */

/* "'fix-a', 'fix-b' and 'fix-c'" for the fixes whose group[] is g (at most
 * NAMED_MAX named, then "and N more"); their count in *count. */
static const char *fixes_named(struct imp *im, const size_t *group, size_t g, size_t *count)
{
	/* ids are slugs of under 40 bytes (imp_slug() into 40, a short
	 * suffix for a twin): NAMED_MAX of them quoted with their joints and
	 * " and N more" stay well under 512 bytes, so no name is cut */
	char buf[512];
	size_t i, len = 0, named = 0, total = 0, last = 0;

	for (i = 0; i < im->n_checks; i++)
		if (group[i] == g)
			total++, last = i;
	buf[0] = '\0';
	for (i = 0; i < im->n_checks && named < NAMED_MAX; i++) {
		if (group[i] != g)
			continue;
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s'fix-%s'",
					named == 0 ? "" : (i == last ? " and " : ", "), im->checks[i].id);
		if (len >= sizeof buf)
			len = sizeof buf - 1;
		named++;
	}
	if (total > named)
		snprintf(buf + len, sizeof buf - len, " and %zu more", total - named);
	*count = total;
	return imp_fmt(im, "%s", buf);
}

/* ---- 1. alternative ways under a lead-in or numbered headings ---------- */

/* "Method 2", "Option 1:", "Workaround 3 - ...", "Solution B": a heading
 * that numbers one way among others; "CASE #1:", "Scenario 2:" one case
 * among others, whose fixes hold in that case only (a rule applies them
 * all the same).  What follows the number is a title after a colon, a
 * dash, a stop or a bracket, or nothing: "Method 1 is faster" is a
 * sentence. */
/* The words that head numbered ways, and those that head numbered cases
 * (numbered_way_heading() reads both). */
static const char *const way_heads[] = { "method", "option", "workaround", "solution", "resolution",
					 "alternative", NULL };
static const char *const case_heads[] = { "case", "scenario", NULL };

static int numbered_way_heading(const char *s)
{
	static const char *const numbers[] = { "one", "two", "three", "four", "five", NULL };
	const char *p = imp_past_bullet(s), *q;
	size_t l = imp_starts_any_word(p, way_heads);

	if (l == 0 && (l = imp_starts_any_word(p, case_heads)) == 0)
		return 0;
	q = imp_skip_ws(p + l);
	if (*q == '#')
		q++;
	if (isdigit((unsigned char)*q))
		q += strspn(q, "0123456789");
	else if (*q >= 'A' && *q <= 'E' && !isalnum((unsigned char)q[1]))
		q++;
	else if ((l = imp_starts_any_word(q, numbers)) > 0)
		q += l;
	else
		return 0;
	q = imp_skip_ws(q);
	return *q == '\0' || strchr(":.-)", *q) != NULL;
}

/* The numbered headings from line s number cases ("CASE #1:", "Scenario
 * 2"), not ways. */
static int numbers_cases(const char *s)
{
	return imp_starts_any_word(imp_past_bullet(s), case_heads) > 0;
}

/* Nouns for ways of doing a thing, which a lead-in offers to choose
 * from. */
static const char *const way_nouns[] = { "method", "methods", "workaround", "workarounds", "solution",
					 "solutions", "way", "ways", "resolution", "resolutions",
					 "alternative", "alternatives", "procedure", "procedures", NULL };

/* The word at p is one of way_nouns (after "possible", "different"). */
static int way_noun_at(const char *p)
{
	static const char *const fillers[] = { "possible", "different", "other", "available", NULL };
	size_t i;

	for (i = 0; fillers[i] != NULL; i++)
		if (imp_starts_word(p, fillers[i]))
			return way_noun_at(imp_skip_ws(p + strlen(fillers[i])));
	for (i = 0; way_nouns[i] != NULL; i++)
		if (imp_starts_word(p, way_nouns[i]))
			return 1;
	return 0;
}

/* text offers the reader a choice of ways:
 *   "either of the following methods", "any of these methods", "one of
 *   the following workarounds" (a way's noun after the choice);
 *   "do one of the following:", "try either of the following:" (a verb
 *   of doing before it, and nothing after);
 *   "The following workarounds", "several possible workarounds", "two
 *   different ways" (the noun itself says they are alternatives).
 * Not "one of the following error messages", "any of the following
 * conditions" (a symptom or a cause to pick), "do all of the following". */
static int offers_choice(const char *text)
{
	static const char *const choices[] = { "either", "one", "any", NULL };
	static const char *const doing[] = { "do", "try", "use", "perform", "follow", "apply", "choose",
					     "select", "complete", NULL };
	static const char *const counted[] = { "two", "three", "four", "several", "multiple", "various",
					       "following", NULL };
	static const char *const alternatives[] = { "workarounds", "alternatives", "ways", "solutions",
						    "methods", NULL };
	const char *p, *after;
	size_t i, k;

	for (i = 0; choices[i] != NULL; i++)
		for (p = text; (p = imp_find_word(p, choices[i])) != NULL; p += strlen(choices[i])) {
			after = imp_skip_ws(p + strlen(choices[i]));
			if (!imp_starts_word(after, "of"))
				continue;
			after = imp_skip_ws(after + 2);
			if (imp_starts_word(after, "the"))
				after = imp_skip_ws(after + 3);
			if (imp_starts_word(after, "following"))
				after = imp_skip_ws(after + 9);
			else if (imp_starts_word(after, "these"))
				after = imp_skip_ws(after + 5);
			else
				continue;
			if (way_noun_at(after))
				return 1;
			if ((*after == ':' || *after == '\0') && imp_word_before_is(text, p, doing))
				return 1;
		}
	/* "The following workarounds ...:", "there are two different ways
	 * ...:"; "the following methods" only with a count ("two methods"):
	 * "use the following methods" may be one procedure's parts */
	for (i = 0; counted[i] != NULL; i++)
		for (p = text; (p = imp_find_word(p, counted[i])) != NULL; p += strlen(counted[i])) {
			after = imp_skip_ws(p + strlen(counted[i]));
			while (imp_starts_word(after, "possible") || imp_starts_word(after, "different"))
				after = imp_skip_ws(after + strcspn(after, " \t"));
			for (k = 0; alternatives[k] != NULL; k++)
				if (imp_starts_word(after, alternatives[k]) &&
				    (strcmp(counted[i], "following") != 0 || strcmp(alternatives[k], "workarounds") == 0 ||
				     strcmp(alternatives[k], "alternatives") == 0))
					return 1;
		}
	return 0;
}

/* The clause of text that its last colon closes: past the last comma,
 * semicolon, colon or sentence's stop before it.  "To make the server
 * accept one of the following methods of logon, follow these steps:"
 * closes "follow these steps:"; a choice's words before it name a
 * thing, deny one ("The following workarounds do not help: ...") or
 * tell what was tried, and offer nothing. */
static const char *closing_clause(const char *text)
{
	const char *end = text + imp_rtrim_len(text, strlen(text)), *p, *start = text;

	if (end > text && end[-1] == ':')
		end--;
	for (p = text; p < end; p++)
		if (strchr(",;:", *p) != NULL || (*p == '.' && (p + 1 == end || p[1] == ' ')))
			start = p + 1;
	return imp_skip_ws(start);
}

/* Line n opens a lead-in that offers a choice of ways: the clause that
 * closes its paragraph (up to LEAD_IN_LINES lines) offers one, and the
 * paragraph ends with a colon. */
static int choice_lead_in(struct imp *im, size_t n)
{
	char text[512];
	const char *next = n + 1 < im->a->body_end ? imp_line_at(im, n + 1) : "";

	if (!leads_in(im, n))
		return 0;
	/* the cue opens on this line: a wrapped one is the line above's */
	return offers_choice(closing_clause(lead_in_text(im, n, text, sizeof text))) &&
	       !offers_choice(line_words(next));
}

/* The labels that open an aside ("NOTE:", "IMPORTANT:"): aside() and
 * imp_past_aside_label() (kbimport_undo.c) read the same ones. */
static const char *const aside_labels[] = { "NOTE", "WARNING", "IMPORTANT", "CAUTION", NULL };

/* s opens with an aside's label (any case). */
static int aside(const char *s)
{
	return imp_starts_any_word(s, aside_labels) > 0;
}

/* Past the words that may stand between a word for all and its noun
 * ("all of the above methods", "either of these two versions"), in any
 * order. */
static const char *past_between(const char *p)
{
	static const char *const between[] = { "of", "the", "these", "those", "two", "three", "above", NULL };
	size_t k;

	for (k = 0; between[k] != NULL;)
		if (imp_starts_word(p, between[k]))
			p = imp_skip_ws(p + strlen(between[k])), k = 0;
		else
			k++;
	return p;
}

/* text speaks of the ways as a set, so it stands outside any one of
 * them: "After you apply either workaround", "both methods", "any of these
 * procedures" (a word for all or either, then a way's noun), "regardless
 * of the method", "whichever way". */
static int refers_to_ways(const char *text)
{
	static const char *const sets[] = { "either", "both", "all", "any", "each", NULL };
	static const char *const any_way[] = { "regardless", "whichever", "whatever", NULL };
	const char *p, *after;
	size_t i;

	/* "Regardless of the method you use", "Whichever way you chose" */
	if (imp_find_any_word(text, any_way) != NULL)
		return 1;
	for (i = 0; sets[i] != NULL; i++)
		for (p = text; (p = imp_find_word(p, sets[i])) != NULL; p += strlen(sets[i])) {
			after = past_between(imp_skip_ws(p + strlen(sets[i])));
			if (way_noun_at(after))
				return 1;
		}
	return 0;
}

static int on_every_machine(const char *text);

/* The paragraph or item at line n is a step for every way: it speaks of
 * the ways as a set (refers_to_ways()), or leads in to a step on every
 * machine ("3. When you have finished, set the following value on all
 * computers:"), which no one way is. */
static int outside_the_ways(struct imp *im, size_t n, char *text, size_t cap)
{
	imp_step_text(im, n, text, cap);
	return refers_to_ways(text) || (leads_in(im, n) && on_every_machine(text));
}

/* The items after a lead-in at line lead (or from the heading at line
 * lead, when the lead-in is the heading itself): headings that number
 * ways when there are any, else the items (bullets, or steps' marks
 * "1. ", "b) ") at the first item's indent.  item[n - lead] is 1 + the
 * item holding line n, 0 before the first; the region's end (one past)
 * is returned.  It ends at the section's end, at a heading of another
 * form (underlined), at another lead-in that offers a choice, at a
 * paragraph or item for every way (outside_the_ways(): "after either
 * method", "on all computers"), and (bullets) at a paragraph that opens
 * no deeper than the bullets and is no aside. */
static size_t read_items(struct imp *im, size_t lead, size_t *item, size_t cap)
{
	size_t end = imp_section_end(im, lead), n, items = 0, indent = 0;
	int headings = 0, bullets = 0, para_start = 0;
	char text[512];

	if (end > lead + cap)
		end = lead + cap;
	/* headings number the ways when one comes before another form of
	 * heading ends the region */
	for (n = lead; n < end && !headings; n++) {
		int numbered = numbered_way_heading(imp_line_at(im, n));

		if (n > lead && underlined(im, n) && !numbered)
			break;
		headings = numbered;
	}
	for (n = lead; n < end; n++) {
		const char *s = imp_line_at(im, n);
		item[n - lead] = items;
		if (imp_blank(s)) {
			para_start = 1;
			continue;
		}
		if (n > lead && (choice_lead_in(im, n) || (underlined(im, n) && !numbered_way_heading(s))))
			break;
		/* "After you apply either workaround, also set ...": a step
		 * for every way, outside the choice */
		if (n > lead && para_start && outside_the_ways(im, n, text, sizeof text))
			break;
		if (headings && numbered_way_heading(s)) {
			item[n - lead] = ++items;
		} else if (!headings && is_item(s) && n > lead && (!bullets || imp_indent_of(s) == indent)) {
			if (!bullets)
				indent = imp_indent_of(s), bullets = 1;
			item[n - lead] = ++items;
		} else if (!headings && bullets && para_start && imp_indent_of(s) <= indent && !aside(imp_skip_ws(s))) {
			/* a paragraph no deeper than the bullets is none's: "- "
			 * at the margin has its text indented under it */
			break;
		}
		para_start = 0;
	}
	return n;
}

/* What fixes_split() puts in group[] for a check that is no fix. */
#define NOT_A_FIX ((size_t)-1)

/* The fixes by the region their first line falls in (region[] holds one
 * entry per line from line base, len lines: 1 + the region, 0 none): in
 * group[i], 0 for a fix outside every region, NOT_A_FIX for no fix.  1
 * when the fixes fall in two regions or more, counting "none" as one
 * when none_counts (a scope: fixes under one and under none mix cases;
 * a choice: a fix outside the items is no way's). */
static int fixes_split(struct imp *im, size_t base, size_t len, const size_t *region, size_t *group,
		       int none_counts)
{
	size_t i, first, last, seen = 0;
	int split = 0;

	for (i = 0; i < im->n_checks; i++) {
		group[i] = NOT_A_FIX;
		if (!is_fix(&im->checks[i]))
			continue;
		imp_check_span(&im->checks[i], &first, &last);
		group[i] = first >= base && first < base + len ? region[first - base] : 0;
		if (group[i] == 0 && !none_counts)
			continue;
		if (seen != 0 && seen != group[i] + 1)
			split = 1;
		seen = group[i] + 1;
	}
	return split;
}

/* The fixes in lines lead..end by the item they fall under: 1 when they
 * fall under two items or more, and then group[i] is 1 for each fix
 * under an item (one name for the whole set), 0 for the rest. */
static int fixes_in_two_items(struct imp *im, size_t lead, size_t end, const size_t *item, size_t *group)
{
	int two = fixes_split(im, lead, end - lead, item, group, 0);
	size_t i;

	for (i = 0; i < im->n_checks; i++)
		group[i] = group[i] != 0 && group[i] != NOT_A_FIX;
	return two;
}

/* How many items read_items() found over len lines (their numbers rise
 * from 1). */
static size_t ways_read(const size_t *item, size_t len)
{
	size_t i, most = 0;

	for (i = 0; i < len; i++)
		if (item[i] > most)
			most = item[i];
	return most;
}

/* How many of the numbered ways (item[] over the len lines from base)
 * hold a fix of group 1 or a review item on one: a command under "Method
 * 2" that repeats the change the steps under "Method 1" drafted is tied
 * to that fix by its review item (kbimport_regexe.c). */
static size_t ways_with_fix(const struct imp *im, size_t base, size_t len, const size_t *item, const size_t *group)
{
	unsigned char seen[64] = { 0 };
	size_t i, first, last, at, n = 0;

	for (i = 0; i < im->n_checks + im->n_reviews; i++) {
		if (i < im->n_checks) {
			if (group[i] != 1)
				continue;
			imp_check_span(&im->checks[i], &first, &last);
			at = first;
		} else {
			const struct imp_review *r = &im->reviews[i - im->n_checks];
			if (r->target != T_CHECK || r->index >= im->n_checks || group[r->index] != 1)
				continue;
			at = r->line;
		}
		if (at < base || at >= base + len || item[at - base] == 0 || item[at - base] >= sizeof seen ||
		    seen[item[at - base]])
			continue;
		seen[item[at - base]] = 1;
		n++;
	}
	return n;
}

static void note_alternative_ways(struct imp *im, size_t *group)
{
	size_t item[ITEMS_CAP];
	size_t n, end, count, ways;
	const char *named;

	for (n = im->a->body_first; n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		int lead = choice_lead_in(im, n);
		if (!lead && !numbered_way_heading(s))
			continue;
		end = read_items(im, n, item, ITEMS_CAP);
		if (fixes_in_two_items(im, n, end, item, group)) {
			named = fixes_named(im, group, 1, &count);
			imp_review(im, n, T_REMEDIATION, 0,
				   imp_fmt(im, "fixes %s fall under different %s: they are alternatives, each a way on its own; keep the one that applies, or give each an 'applies' condition",
					   named, lead ? "items of the choice this line offers" :
					   numbers_cases(s) ? "numbered cases from this heading on" : "numbered ways from this heading on"));
		} else if ((ways = ways_read(item, end - n)) >= 2 && (named = fixes_named(im, group, 1, &count)) != NULL &&
			   count > 0) {
			/* "use one of the following methods:" / "- Install the
			 * service pack." / "- Set the following value: ...": the
			 * registry fix is one way; the others change none, so no
			 * second fix shows the choice */
			const char *kind = lead ? "items of the choice this line offers" :
					   numbers_cases(s) ? "numbered cases from this heading on" :
					   "numbered ways from this heading on";
			const char *fixes = count > 1 ? "fixes" : "fix";
			if (ways_with_fix(im, n, end - n, item, group) >= ways)
				/* "Method 1: Use Registry Editor" / "Method 2: Use
				 * a command": each way makes the one change */
				imp_review(im, n, T_REMEDIATION, 0,
					   imp_fmt(im, "%s %s: each of the %zu %s makes the same change, so one fix serves them all; check that they do",
						   fixes, named, ways, kind));
			else if (!lead && numbers_cases(s))
				imp_review(im, n, T_REMEDIATION, 0,
					   imp_fmt(im, "%s %s under one of the %zu numbered cases from this heading on; no fix was drafted under the others: it holds in that case only; keep it if the rule is for that case, or give it an 'applies' condition",
						   fixes, named, ways));
			else
				imp_review(im, n, T_REMEDIATION, 0,
					   imp_fmt(im, "%s %s under one of the %zu %s; no fix was drafted under the others: it is one way, not the only one; keep it if the rule is for that way, or give it an 'applies' condition",
						   fixes, named, ways, kind));
		}
		if (end > n + 1)
			n = end - 1;
	}
}

/* ---- 2. a line that scopes the steps under it --------------------------- */

/* Words that name a machine or its role. */
static const char *const machines[] = { "server", "servers", "client", "clients", "computer", "computers",
					"workstation", "workstations", "controller", "controllers", "PDC", "PDCs",
					"BDC", "BDCs", "node", "nodes", "host", "hosts", "gateway", "gateways",
					"machine", "machines", NULL };
/* Words that name a platform. */
static const char *const platforms[] = { "Windows", "MS-DOS", "Macintosh", "OS/2", "UNIX", "NetWare",
					 "Win32", "Win16", NULL };

/* The lower-case words a scope may hold besides machines' ("the
 * Exchange server running Windows NT 4.0 or later", "the computer
 * running Host Integration Server or on the Admin client"). */
static int scope_filler(const char *w, size_t wl)
{
	static const char *const fillers[] = { "the", "a", "an", "all", "each", "every", "any", "your", "and",
					       "or", "on", "running", "based", "with", "later", "earlier",
					       "version", "versions", "service", "pack", "domain", "member",
					       "primary", "backup", "local", "remote", "end-user", "that", "run",
					       "dial-up", "print", "file", "proxy", "other", "x", "for", NULL };

	return imp_word_in(w, wl, fillers) || imp_word_in(w, wl, machines);
}

/* The word w (wl bytes) is a machine's or a role's (any case). */
static int is_machine(const char *w, size_t wl)
{
	return imp_word_in(w, wl, machines);
}

/* The machine words a (al bytes) and b (bl bytes) name one role, in
 * either number: "client" and "Clients". */
static int same_role(const char *a, size_t al, const char *b, size_t bl)
{
	if (al > 1 && tolower((unsigned char)a[al - 1]) == 's')
		al--;
	if (bl > 1 && tolower((unsigned char)b[bl - 1]) == 's')
		bl--;
	return al == bl && strncasecmp(a, b, al) == 0;
}

/* The wl bytes at w are one of words as written (case kept: "Windows"
 * is a platform's name, "windows" a word; "NT", not "nt"). */
static int word_in_as_written(const char *w, size_t wl, const char *const *words)
{
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (wl == strlen(words[i]) && strncmp(w, words[i], wl) == 0)
			return 1;
	return 0;
}

/* The word w (wl bytes) is a machine's (any case) or a platform's (as
 * written). */
static int machine_or_platform(const char *w, size_t wl)
{
	return is_machine(w, wl) || word_in_as_written(w, wl, platforms);
}

/* The word w (wl bytes) can end a scope's name: a machine's or a
 * platform's word, a version ("98", "4.0", "SP3", "4.0-based servers"
 * ends in "servers"), "NT", or "later" and "earlier" after one. */
static int scope_head(const char *w, size_t wl)
{
	static const char *const heads[] = { "NT", "XP", "later", "earlier", NULL };

	if (isdigit((unsigned char)*w) || (wl >= 3 && strncmp(w, "SP", 2) == 0 && isdigit((unsigned char)w[2])))
		return 1;
	return word_in_as_written(w, wl, heads) || machine_or_platform(w, wl);
}

/* The word w (wl bytes) takes in every machine: "both", "all", "each",
 * "every". */
static int every_machine(const char *w, size_t wl)
{
	static const char *const everyone[] = { "both", "all", "each", "every", NULL };

	return imp_word_in(w, wl, everyone);
}

/* The word w (wl bytes) may follow a scope that ends before its clause
 * does: a preposition or a joint ("on the server in the Registry", "on
 * the clients to 4K", "on the server before you restart"), not a noun
 * that makes the machine's word a modifier ("the server load"). */
static int ends_phrase(const char *w, size_t wl)
{
	static const char *const joints[] = { "in", "to", "by", "using", "before", "after", "when", "if", "so",
					      "then", "as", "through", "from", "at", "under", "via", "only", "first",
					      "too", "also", "instead", "that", "which", "where", "is", "are",
					      "must", "should", "can", "you", NULL };

	return imp_word_in(w, wl, joints);
}

/* The words from p to e after "Running" name what runs ("FPNW",
 * "Frob Server"): capitalised, not a state ("Out of Memory", "Slowly",
 * "Under a Service Account"). */
static int runs_a_product(const char *p, const char *e)
{
	static const char *const states[] = { "out", "under", "low", "short", "slow", "fast", "hot", "late",
					      "again", "without", "with", "as", "at", "in", "on", NULL };
	size_t wl;

	p = imp_skip_ws(p);
	for (wl = 0; p + wl < e && isalnum((unsigned char)p[wl]); wl++)
		;
	return wl > 0 && isupper((unsigned char)*p) && !imp_word_in(p, wl, states) &&
	       !(wl > 2 && strncasecmp(p + wl - 2, "ly", 2) == 0);
}

/* The most words a scope's name holds: "the Exchange server running
 * Windows NT 4.0 or later" is nine; a run of names and fillers longer
 * than this bound is taken for a sentence, not a scope. */
#define SCOPE_WORDS_MAX 14

/* How names_scope() reads a phrase. */
#define SCOPE_ON_OK 1   /* "on" may stand in it ("or on the Admin client") */
#define SCOPE_PREFIX 2  /* the scope may end before the phrase does ("on
			   the clients to 4K", "on the server in the
			   Registry") */

/* p (l bytes) names a scope: each word a name (a capital or a digit
 * first: "Windows", "4.0-based", "SP3") or a word scope_filler() knows
 * ("on" only with SCOPE_ON_OK: a heading alone that says "on" is a step,
 * "Disable detection on the server"), one word at least a machine's, a
 * platform's or a name with a version ("Outlook 98"), and the last word
 * one that ends a scope (scope_head(): "For Comm Server Support" is a
 * feature).  With SCOPE_PREFIX the words up to one that ends a scope are
 * enough.  "more information about X", "page 56", "the File menu" are no
 * scope. */
static int names_scope(const char *p, size_t l, int how)
{
	const char *w = p, *e = p + l, *role = NULL;
	size_t role_len = 0;
	int marked = 0, prev_name = 0, words = 0, head = 0, after_joint = 0, role_joined = 0;
	size_t wl;

	while (w < e) {
		while (w < e && (isspace((unsigned char)*w) || *w == ','))
			w++;
		if (w >= e)
			break;
		for (wl = 0; w + wl < e && !isspace((unsigned char)w[wl]) && w[wl] != ','; wl++)
			;
		/* "on both nodes", "on all computers", "on each client", "on the
		 * server and on every client": every machine the article
		 * speaks of, no case */
		if (++words > SCOPE_WORDS_MAX || ((words == 1 || after_joint) && every_machine(w, wl)))
			return 0;
		/* "the server and the client computers": two roles joined
		 * take in the machines the article speaks of, no one case;
		 * "the SNA Server client and the End-User client" is one role */
		if (role_joined && is_machine(w, wl) && !same_role(role, role_len, w, wl))
			return 0;
		if (is_machine(w, wl) && !role_joined)
			role = w, role_len = wl;       /* the head of the first name */
		else if (imp_word_is(w, wl, "and") && role != NULL)
			role_joined = 1;
		after_joint = imp_word_is(w, wl, "and") || imp_word_is(w, wl, "or") || imp_word_is(w, wl, "on");
		/* "Windows NT Server Version 3.51 Running FPNW": the scope
		 * is named before what runs on it */
		if (imp_word_is(w, wl, "running") && marked && head && runs_a_product(w + wl, e))
			return 1;
		if (!isupper((unsigned char)*w) && !isdigit((unsigned char)*w) &&
		    (!scope_filler(w, wl) || (!(how & SCOPE_ON_OK) && imp_word_is(w, wl, "on"))))
			return (how & SCOPE_PREFIX) && marked && head && ends_phrase(w, wl);
		if ((isdigit((unsigned char)*w) && prev_name) || machine_or_platform(w, wl))
			marked = 1;
		prev_name = isupper((unsigned char)*w) != 0;
		head = scope_head(w, wl);
		w += wl;
	}
	return marked && head;
}

/* The scope phrase of a line that opens with "For", "On", "In" or "If
 * you run/use" (a step's mark skipped): up to its first comma or colon
 * ("For Windows 95 clients, this setting ...:", "In Windows NT 4.0, set
 * ...:", "If you run Windows 95, set ...:").  "In the Registry Editor"
 * or "If you use the server as a router" names no scope. */
static int scope_after_opener(const char *s)
{
	static const char *const openers[] = { "For", "On", "In", "If you run", "If you use", "If you are running",
					       "If you are using", NULL };
	size_t i, l;

	for (i = 0; openers[i] != NULL; i++)
		if (strncmp(s, openers[i], strlen(openers[i])) == 0 && !isalnum((unsigned char)s[strlen(openers[i])])) {
			s = imp_skip_ws(s + strlen(openers[i]));
			l = strcspn(s, ",:");
			return names_scope(s, imp_rtrim_len(s, l), SCOPE_ON_OK);
		}
	return 0;
}

/* A lead-in that says where its steps run: "To do this on the client
 * computer, ...:", "..., and then run it on the IIS servers:", "Disable
 * the feature on the server in the Registry:" ("on" and a scope, which
 * may end before the clause does). */
static int scope_after_on(const char *text)
{
	const char *on;
	size_t l;

	/* the "on" of a verb is no place: "turn on the computer", "log on
	 * to the server", "depending on the server load" */
	static const char *const verbs[] = { "turn", "turns", "turned", "turning", "log", "logs", "logged",
					     "logging", "based", "depend", "depends", "depending", "rely", "relies",
					     "relying", "click", "clicks", "clicked", "switch", "switched", "power",
					     "powered", "focus", "focuses", "put", "carry", "go", "goes", "come",
					     "comes", "keep", "hold", "pass", "try", "sign", "signed", NULL };

	for (on = imp_find_word(text, "on"); on != NULL; on = imp_find_word(on + 2, "on")) {
		const char *p = imp_skip_ws(on + 2);
		if (imp_word_before_is(text, on, verbs))
			continue;
		l = strcspn(p, ",:;()");
		if (names_scope(p, imp_rtrim_len(p, l), SCOPE_ON_OK | SCOPE_PREFIX))
			return 1;
	}
	return 0;
}

/* A lead-in's text excepts or denies a machine ("Except on the domain
 * controllers, ...", "Because this value is not read on the domain
 * controllers, ...", "other than the server", "unlike the clients") or
 * sends its steps to every machine ("... on every computer instead:"):
 * a machine it names is not its steps' scope, and "only for" it would
 * be the reverse. */
static int excepts_or_takes_all(const char *text)
{
	static const char *const but[] = { "except", "excepting", "excluding", "besides", "unlike", "not",
					   "than", "without", NULL };

	return imp_find_any_word(text, but) != NULL || on_every_machine(text);
}

/* What scope_line() found. */
#define SCOPE_LEAD_IN 1 /* a lead-in: its steps end at the next lead-in */
#define SCOPE_HEADING 2 /* a heading: its steps may have lead-ins of their own */

/* Line n names the scope of the steps under it: a lead-in (its paragraph
 * ends with a colon, and opens on this line) that opens with "For
 * <scope>", "On <scope>", "In <scope>" or "If you run/use <scope>"
 * (scope_after_opener()), or says "on <scope>" ("To do this on the
 * client computer, ...:", "Disable it on the server:"); or a heading that
 * is a scope alone ("Windows NT 4.0-based servers", underlined or ending
 * with a colon).  A plain "To resolve this problem, follow these steps:"
 * names none. */
static int scope_line(struct imp *im, size_t n)
{
	const char *s = imp_line_at(im, n), *w = imp_past_bullet(s);
	char text[512];
	size_t l = imp_rtrim_len(w, strlen(w));

	if (l == 0)
		return 0;
	/* a heading alone: no step's mark, a blank line (or the section's
	 * start) above, and no "Method 2" */
	if ((underlined(im, n) || w[l - 1] == ':') && imp_past_step_mark(w) == w && !numbered_way_heading(w) &&
	    opens_paragraph(im, n) && names_scope(w, w[l - 1] == ':' ? l - 1 : l, 0))
		return SCOPE_HEADING;
	/* a lead-in opens its paragraph: "... messages) on the server:"
	 * wrapped below is the line above's */
	if (!leads_in(im, n) || !(opens_paragraph(im, n) || is_item(s)))
		return 0;
	lead_in_text(im, n, text, sizeof text);
	if (excepts_or_takes_all(text))
		return 0;
	return scope_after_opener(text) || scope_after_on(text) ? SCOPE_LEAD_IN : 0;
}

/* text says its steps run "on every computer", "on all servers", "on
 * both nodes": every machine, which ends any one's scope. */
static int on_every_machine(const char *text)
{
	const char *on, *w;

	for (on = imp_find_word(text, "on"); on != NULL; on = imp_find_word(on + 2, "on")) {
		w = imp_skip_ws(on + 2);
		if (every_machine(w, strcspn(w, " \t,:;.")))
			return 1;
	}
	return 0;
}

/* text speaks of every machine or every case the scopes split: "on
 * every computer", "which every computer needs", "For either version",
 * "In all cases", "both platforms" (a word for all, then a machine's
 * word or a word for a version, platform or case). */
static int speaks_of_every(const char *text)
{
	static const char *const every[] = { "both", "all", "each", "every", "either", NULL };
	static const char *const kinds[] = { "version", "versions", "platform", "platforms", "case", "cases",
					     "system", "systems", "role", "roles", NULL };
	const char *p, *after;
	size_t i, wl;

	if (on_every_machine(text))
		return 1;
	for (i = 0; every[i] != NULL; i++)
		for (p = text; (p = imp_find_word(p, every[i])) != NULL; p += strlen(every[i])) {
			after = past_between(imp_skip_ws(p + strlen(every[i])));
			wl = strcspn(after, " \t,:;.");
			if (is_machine(after, wl) || imp_word_in(after, wl, kinds))
				return 1;
		}
	return 0;
}

/* Per line from the body's start, 1 + the scope line above it whose
 * steps it is among (0: none), in scope[]: a scope lasts to the next
 * one, a heading, an "-or-" line, a new lead-in no deeper than it and
 * (one a lead-in or a bullet opened: "Set the following value:"
 * below "On the server, set ...:" is no longer the server's, nor a margin
 * paragraph below "- Set it on the server:"), a paragraph at any depth
 * for every machine or case (speaks_of_every(): "Set it on every
 * computer:", "For either version, ...") or its section's end; one a
 * bullet or a step opens ("- Disable it on the server:", "b. On the
 * client, ...:") ends too at the next bullet or step no deeper than its
 * own. */
static void read_scopes(struct imp *im, size_t *scope)
{
	const struct kb_article *a = im->a;
	size_t n, in = 0, end = 0, item_indent = 0;
	int in_item = 0, heading = 0, kind;
	char text[512];

	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = imp_line_at(im, n);

		/* read once: both the scope's end and a new scope ask it */
		kind = imp_blank(s) ? 0 : scope_line(im, n);
		if (in != 0 && (n >= end || imp_or_line(s) || numbered_way_heading(s) || (underlined(im, n) && !kind) ||
				(in_item && is_item(s) && imp_indent_of(s) <= item_indent) ||
				(!is_item(s) && opens_paragraph(im, n) && leads_in(im, n) &&
				 imp_indent_of(s) <= item_indent && !heading) ||
				(!imp_blank(s) && opens_paragraph(im, n) &&
				 speaks_of_every(imp_step_text(im, n, text, sizeof text)))))
			in = 0;
		if (kind != 0) {
			in = n + 1, end = imp_section_end(im, n);
			in_item = is_item(s), item_indent = imp_indent_of(s), heading = kind == SCOPE_HEADING;
		}
		scope[n - a->body_first] = in;
	}
}

/* Line s names a version (a word that starts with a digit: "5.0",
 * "3.51") or a platform as written ("Windows", "Macintosh"); its step
 * mark or bullet ("1. On the server") is no version. */
static int names_version_or_platform(const char *s)
{
	const char *p = imp_past_step_mark(imp_past_bullet(s));

	while (*p != '\0') {
		size_t wl;
		while (*p != '\0' && !isalnum((unsigned char)*p))
			p++;
		for (wl = 0; isalnum((unsigned char)p[wl]) || p[wl] == '.' || p[wl] == '-' || p[wl] == '/'; wl++)
			;
		if (wl > 0 && (isdigit((unsigned char)p[0]) || word_in_as_written(p, wl, platforms)))
			return 1;
		p += wl;
	}
	return 0;
}

/* When the fixes mix cases, a note at each scope line naming the fixes
 * under it (once a line); when every fix falls under one line naming a
 * version or a platform, a note there.  The scan for a group's first fix
 * and fixes_named() make this O(checks^2), as datum_window_end() is per
 * check: an article drafts a few dozen checks at most, so no index is
 * kept. */
static void note_scopes(struct imp *im, size_t *group)
{
	const struct kb_article *a = im->a;
	size_t *scope = calloc(a->body_end - a->body_first + 1, sizeof *scope);
	size_t i, k, count;
	const char *named;

	if (scope == NULL) {
		im->oom = 1;
		return;
	}
	read_scopes(im, scope);
	/* group[i]: 1 + the scope line fix i falls under, 0 none */
	if (!fixes_split(im, a->body_first, a->body_end - a->body_first, scope, group, 1)) {
		/* every fix under one scope line: the rule is for that case,
		 * which a role ("On the server") in an article about servers
		 * says of itself; a version or a platform ("Frobnitz 5.0",
		 * "Windows NT 3.51") is one case of several the article's
		 * products hold */
		for (i = 0; i < im->n_checks && (group[i] == 0 || group[i] == NOT_A_FIX); i++)
			;
		if (i < im->n_checks && names_version_or_platform(imp_line_at(im, group[i] - 1))) {
			named = fixes_named(im, group, group[i], &count);
			imp_review(im, group[i] - 1, T_REMEDIATION, 0,
				   imp_fmt(im, "%s %s under this line %s only for the version or platform it names: give the rule an 'applies' condition for it",
					   count > 1 ? "fixes" : "fix", named, count > 1 ? "hold" : "holds"));
		}
	} else
		for (i = 0; i < im->n_checks; i++) {
			size_t g = group[i];
			if (g == 0 || g == NOT_A_FIX)
				continue;
			for (k = 0; k < i && group[k] != g; k++)
				;
			if (k < i)
				continue;       /* noted with the first fix under it */
			named = fixes_named(im, group, g, &count);
			imp_review(im, g - 1, T_REMEDIATION, 0,
				   imp_fmt(im, "%s %s under this line %s only for the machine, role, platform or version it names; the draft holds fixes for other cases too: give %s an 'applies' condition for this case",
					   count > 1 ? "fixes" : "fix", named, count > 1 ? "hold" : "holds",
					   count > 1 ? "them" : "it"));
		}
	free(scope);
}

/* ---- 3. another datum for a case, right after a value fix --------------- */

/* The word before p in s (a token, past quotes around it) in *w..*e:
 * 0 when there is none. */
static int token_before(const char *s, const char *p, const char **w, const char **e)
{
	*w = imp_word_before(s, p, IMP_WORD_TOKEN, e);
	while (*w < *e && (**w == '"' || **w == '\''))
		(*w)++;
	while (*e > *w && ((*e)[-1] == '"' || (*e)[-1] == '\''))
		(*e)--;
	return *e > *w;
}

/* The object right before the "to" at to (inside sent) is the value
 * check c sets: its name ("set MaxThreads to 8", "the MaxThreads value
 * to 8"), "it", or a word for a value after a pointing word ("this
 * value", "the setting", "its data").  Only the object counts, so a
 * pointer in the case's own clause ("If it still fails, set StartTimeout
 * to 120"), another value's name ("the value named StartTimeout", "the
 * StartTimeout value"), a description ("the service's wait value") and
 * the next fix's lead-in ("set the following value to 1:") point at no
 * value of c's; read in place, so a long sentence loses nothing. */
/* The words of sent right before at are name, a name of several words
 * ("set the value of Per-Site Frob Level to 1"), case ignored and any
 * run of spaces read as one. */
static int name_ends_at(const char *sent, const char *at, const char *name)
{
	const char *p = at, *n = name + strlen(name);

	while (p > sent && isspace((unsigned char)p[-1]))
		p--;
	while (n > name && p > sent) {
		if (n[-1] == ' ' && isspace((unsigned char)p[-1])) {
			while (p > sent && isspace((unsigned char)p[-1]))
				p--;
			n--;
		} else if (tolower((unsigned char)n[-1]) == tolower((unsigned char)p[-1]))
			n--, p--;
		else
			return 0;
	}
	return n == name && (p == sent || !isalnum((unsigned char)p[-1]));
}

static int points_at_value(const char *sent, const char *to, const struct imp_check *c)
{
	static const char *const nouns[] = { "value", "setting", "entry", "data", NULL };
	static const char *const pointing[] = { "this", "that", "the", "its", NULL };
	const char *w, *e, *at = to;
	size_t tl;
	int noun = 0;

	if (strchr(c->value, ' ') != NULL && name_ends_at(sent, at, c->value))
		return 1;
	if (!token_before(sent, at, &w, &e))
		return 0;
	if (imp_word_is(w, (size_t)(e - w), c->value) || imp_word_is(w, (size_t)(e - w), "it"))
		return 1;
	while (imp_word_in(w, (size_t)(e - w), nouns)) {
		noun = 1, at = w;
		if (!token_before(sent, at, &w, &e))
			return 0;
	}
	/* "this DWORD value", "the REG_SZ entry": a data type is no name */
	if (noun && imp_type_word_before(sent, e, &tl) != NULL) {
		at = e - tl;
		if (!token_before(sent, at, &w, &e))
			return 0;
	}
	return noun && (imp_word_is(w, (size_t)(e - w), c->value) || imp_word_in(w, (size_t)(e - w), pointing));
}

/* The sentence from s opens with a case: "If ...", "When ...", "Unless
 * ...", "On ...", "For ...", "In ..." ("In a large network, use 20"). */
static int opens_with_case(const char *s)
{
	static const char *const cases[] = { "if", "when", "unless", "where", "on", "for", "in", NULL };

	return imp_starts_any_word(s, cases) > 0;
}

/* The "to" at to (inside s) follows a form of "be" and "set" or
 * "changed": "is set to 1", "was changed to 0" say what the data is. */
static int is_passive_set(const char *s, const char *to)
{
	static const char *const verbs[] = { "set", "changed", "configured", NULL };
	static const char *const be[] = { "is", "are", "was", "were", "be", "been", NULL };
	const char *v;

	if (!imp_word_before_is(s, to, verbs))
		return 0;
	v = imp_word_before(s, to, IMP_WORD_LETTERS, NULL);
	return imp_word_before_is(s, v, be);
}

/* p opens "you have ...", "you are done", "you finish", "you no longer
 * ...": the reader's work is over, so a datum after it undoes the fix
 * ("When you have collected the trace, set it to 0"), where "when you add
 * this value on Windows 9x" is a case. */
static int done_after(const char *p)
{
	static const char *const done[] = { "have", "are", "finish", "complete", "no", "do", NULL };

	return imp_starts_word(p, "you") && imp_starts_any_word(imp_skip_ws(p + 3), done) > 0;
}

/* sent opens with a clause for the end of the reader's work, so a datum
 * after it undoes the fix (kbimport_undo.c's): "When you have collected
 * the trace", "When the trace is complete" (the undo pass's own reader,
 * imp_at_tasks_end()), "If you no longer need the trace".  "If you do
 * not use a proxy" is a case. */
static int ends_the_work(const char *sent)
{
	const char *comma = strchr(sent, ','), *nl;

	if (imp_starts_word(sent, "when"))
		return done_after(imp_skip_ws(sent + 4)) || imp_at_tasks_end(sent);
	if (!imp_starts_word(sent, "if") || !imp_starts_word(imp_skip_ws(sent + 2), "you"))
		return 0;
	nl = imp_find_word(sent, "no longer");
	return nl != NULL && (comma == NULL || nl < comma);
}

/* The main clause of sent (past case_comma, the comma that ends the case
 * sent opens with, when it has one) up to the datum's verb at w asks the
 * reader for a datum: a verb of asking before "to" ("set it to 8", not
 * "it can take up to 60 seconds" or "this value defaults to 2"; "use N"
 * is its own verb), not negated ("Do not set this value to 0":
 * a prohibition), and no time clause that ends the reader's work ("When
 * you have collected the trace, set it to 0", "After ...", "Once ...":
 * an undo, kbimport_undo.c's). */
static int asks_datum(const char *sent, const char *case_comma, const char *w, int use)
{
	static const char *const asking[] = { "set", "change", "increase", "decrease", "raise", "lower",
					      "reduce", "configure", "modify", "adjust", "reset", NULL };
	static const char *const times[] = { "after", "once", "until", "before", NULL };
	const char *main_clause = case_comma != NULL ? case_comma + 1 : sent;
	char words[256];
	size_t l;

	if (imp_starts_any_word(sent, times) > 0 || ends_the_work(sent))
		return 0;
	/* a long clause keeps its tail: the words nearest the datum hold
	 * its verb and any negation */
	if ((size_t)(w - main_clause) >= sizeof words)
		main_clause = w - (sizeof words - 1);
	l = (size_t)(w - main_clause);
	memcpy(words, main_clause, l);
	words[l] = '\0';
	if (imp_says_negation(words))
		return 0;
	return use || imp_find_any_word(words, asking) != NULL;
}

/* sent has "from" before a datum ("from 1 to 10", "from 4 to 8"): a range
 * or an old datum and a new, no case; "upgraded from Windows NT 3.51"
 * is a case's words. */
static int from_datum(const char *sent)
{
	const char *p, *d;

	for (p = sent; (p = imp_find_word(p, "from")) != NULL; p += 4) {
		d = imp_skip_ws(p + 4);
		if (*d == '"')
			d++;
		if (isdigit((unsigned char)*d))
			return 1;
	}
	return 0;
}

/* The l bytes at d are a number that stands alone as the data: digits
 * (or "0x" and hex digits) with no word after them that makes it a
 * factor, a share or a size in some unit ("2 times the number of
 * processors", "16 MB", "50 percent", "2x", "30 seconds" when the value
 * may count milliseconds): such a number is not the value's data. */
static int datum_alone(const char *d, size_t l)
{
	static const char *const factors[] = { "times", "x", NULL };
	const char *next = imp_skip_ws(d + l);
	unsigned long long v;

	return imp_data_number(d, l, &v) && !imp_unit_after(d + l) &&
	       !imp_word_in(next, strcspn(next, " \t,;:.()"), factors);
}

/* text (a line after check c's value) gives c's value another datum for
 * a case: "set it to 20 instead", "If the link is slow, change this
 * value to 20", "NOTE: when a proxy is used, use 510".  The datum comes
 * after "to" (the words before it point at the value) or right after
 * "use"; it is another number than c's; and its sentence opens with a
 * case, or the words after the datum give one (imp_datum_for_case(),
 * the undo pass's reader).  "from 1 to 10" (from_datum()) and "between"
 * give a range, "back to" an undo (kbimport_undo.c's), no case. */
static const char *case_datum_asked(struct imp *im, const char *text, const struct imp_check *c)
{
	static const char *const verbs[] = { "to", "use", NULL };
	static const char *const back[] = { "back", NULL };
	static const char *const not_cases[] = { "between", "range", "default", "defaults", "defaulted", NULL };
	/* "up to 32", "as much as 32": a bound, not a setting */
	static const char *const bound[] = { "up", "as", NULL };
	const char *w, *d, *sent, *to, *comma;
	size_t i, l;
	int cased;

	for (i = 0; verbs[i] != NULL; i++)
		for (w = text; (w = imp_find_word(w, verbs[i])) != NULL; w += strlen(verbs[i])) {
			d = imp_skip_ws(w + strlen(verbs[i]));
			if (*d == '"')
				d++;
			if (!isdigit((unsigned char)*d))
				continue;
			sent = imp_past_aside_label(imp_sentence_of(text, w));
			if (imp_word_before_is(text, w, back) || imp_find_any_word(sent, not_cases) != NULL ||
			    from_datum(sent))
				continue;
			/* "to N": the words before point at the value; "use N":
			 * the datum itself, unless a "to" before it gives the
			 * object ("use Setup to ...") */
			if (i == 0 ? !points_at_value(sent, w, c) : ((to = imp_find_word(sent, "to")) != NULL && to < w))
				continue;
			cased = opens_with_case(sent);
			comma = cased ? memchr(sent, ',', (size_t)(w - sent)) : NULL;
			if (!asks_datum(sent, comma, w, i == 1))
				continue;
			/* "If it is set to 0, the feature is off": the datum
			 * is the case's, which says what data means; the
			 * case's datum is asked in the main clause, past the
			 * case's comma ("If X, set it to 8") */
			if (i == 0 && is_passive_set(sent, w))
				continue;
			if (cased ? comma == NULL : !imp_datum_for_case(d))
				continue;
			l = strcspn(d, " \t,;:()\"");
			while (l > 0 && d[l - 1] == '.')
				l--;
			if (!datum_alone(d, l) || imp_word_before_is(sent, w, bound))
				continue;
			d = imp_dupn(im, d, l);
			if (d != NULL && !imp_same_data(c->type, d, c->type, c->data))
				return d;
		}
	return NULL;
}

/* Where the lines read for check c's case data end (c's last line is
 * last): the next line where another check starts ("this value" below
 * it is that one's; a check not asked ends nothing), the section's end,
 * or CASE_DATUM_WINDOW lines past c, whichever comes first. */
static size_t datum_window_end(const struct imp *im, const struct imp_check *c, size_t last)
{
	size_t end = imp_section_end(im, last), i, first, l;

	if (end > last + 1 + CASE_DATUM_WINDOW)
		end = last + 1 + CASE_DATUM_WINDOW;
	for (i = 0; i < im->n_checks; i++) {
		if (&im->checks[i] == c || im->checks[i].not_asked != NULL)
			continue;
		imp_check_span(&im->checks[i], &first, &l);
		if (first > last && first < end)
			end = first;
	}
	return end;
}

static void note_data_for_cases(struct imp *im)
{
	char text[512];
	size_t i, n, first, last, end;
	const char *d;

	for (i = 0; i < im->n_checks; i++) {
		const struct imp_check *c = &im->checks[i];
		if (!is_fix(c) || c->expect != IE_EQUALS || c->value == NULL || c->data == NULL)
			continue;
		imp_check_span(c, &first, &last);
		end = datum_window_end(im, c, last);
		for (n = last + 1; n < end; n++) {
			if (imp_blank(imp_line_at(im, n)) ||
			    (d = case_datum_asked(im, imp_step_text(im, n, text, sizeof text), c)) == NULL)
				continue;
			imp_review(im, n, T_CHECK, i,
				   imp_fmt(im, "fix 'fix-%s' sets %s to %s, but this line gives %s for a case: the data depends on the case; give the fix an 'applies' condition, or write the case's data by hand",
					   c->id, c->value, c->data, d));
			break;
		}
	}
}

/* The words in text that tell the reader to put their own drive letter
 * in a path: "substitute the appropriate drive letter", "replace C with
 * your drive letter", "if Windows is installed on a drive other than C",
 * "installed on a different drive"; where they are, or NULL. */
static const char *drive_letter_words(const char *text)
{
	static const char *const others[] = { "other than drive C", "other than C:", "drive other than C",
					      "installed on a different drive", "installed on another drive", NULL };
	static const char *const verbs[] = { "substitute", "replace", "use the appropriate", "use the correct",
					     "use your", NULL };
	const char *at = NULL, *v, *w;
	size_t i;

	for (i = 0; others[i] != NULL && at == NULL; i++)
		at = imp_ci_find(text, others[i]);
	/* "drive letter" and a verb that asks for the reader's own, in one
	 * sentence, the verb first */
	if (at == NULL && (v = imp_ci_find(text, "drive letter")) != NULL)
		for (i = 0; verbs[i] != NULL && at == NULL; i++)
			if ((w = imp_find_word(imp_sentence_of(text, v), verbs[i])) != NULL && w < v)
				at = v;
	return at;
}

/* A line in section sec that tells the reader to put their own drive
 * letter in a path (drive_letter_words()): the line the words are on
 * (line n alone, else the next line where they wrap onto it), 0 when
 * none. */
static size_t drive_letter_said(struct imp *im, const struct kb_article_section *sec)
{
	char text[512];
	size_t n;

	for (n = sec->first_line; n < sec->end_line && n < im->a->body_end; n++) {
		if (drive_letter_words(imp_line_at(im, n)) != NULL)
			return n;
		if (drive_letter_words(imp_step_text(im, n, text, sizeof text)) != NULL)
			return n + 1;
	}
	return 0;
}

/* "type "C:\Program Files" ... if Windows is on another partition,
 * substitute the appropriate drive letter": the drive in a fix's data
 * is the article's example; the fix stays (the path is the article's),
 * with a note to check the drive before it is written.  The words are
 * looked for in the fix's own section. */
static void note_drive_letters(struct imp *im)
{
	size_t i, said;

	for (i = 0; i < im->n_checks; i++) {
		const struct imp_check *c = &im->checks[i];
		const struct kb_article_section *sec = imp_section_of(im, c->line);
		if (c->not_asked != NULL || !c->repair || c->data == NULL || !isalpha((unsigned char)c->data[0]) ||
		    c->data[1] != ':' || c->data[2] != '\\' || sec == NULL || (said = drive_letter_said(im, sec)) == 0)
			continue;
		imp_review(im, c->line, T_CHECK, i,
			   imp_fmt(im, "value '%s': its data '%s' names drive %c:, and line %zu tells the reader to put their own drive letter: check the drive on the machine before the repair is written",
				   c->value != NULL ? c->value : "", c->data, c->data[0], said));
	}
}

void imp_note_cases(struct imp *im)
{
	size_t fixes = fixes_drafted(im), *group;

	/* one fix may have a case of its own, or be one way of several;
	 * two under different scopes make alternatives */
	if (fixes == 0)
		return;
	note_data_for_cases(im);
	note_drive_letters(im);
	group = calloc(im->n_checks, sizeof *group);
	if (group == NULL) {
		im->oom = 1;
		return;
	}
	note_alternative_ways(im, group);
	note_scopes(im, group);
	free(group);
}
