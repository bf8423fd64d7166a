/* kbimport_steps.c: the importer's prose passes (kbimport_int.h): the
 * steps of RESOLUTION / WORKAROUND, the cause, the question asked when
 * no symptom was found, and the sections read only for facts. */
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

/* ---- remediation ---------------------------------------------------------- */

static int fix_section(const char *name)
{
	return imp_ci_find(name, "RESOLUTION") != NULL || imp_ci_find(name, "WORKAROUND") != NULL;
}

/* A paragraph of prose starting at line n (not a warning). */
static int prose_start(const struct imp *im, size_t n)
{
	const char *s = imp_line_at(im, n);

	if (imp_blank(s) || (n > im->a->body_first && !imp_blank(imp_line_at(im, n - 1))) ||
	    imp_indent_of(s) > 0)
		return 0;
	return !imp_starts_ci(s, "WARNING") && !imp_starts_ci(s, "CAUTION") &&
	       !imp_starts_ci(s, "IMPORTANT") && !imp_starts_ci(s, "NOTE");
}

/* A step whose text is the extract of line's paragraph (its words from
 * line to last), or a placeholder (line 0). */
static void add_step(struct imp *im, enum step_kind kind, const char *text, size_t line,
		     size_t last, const char *note)
{
	struct imp_step *st = PUSH(im, steps);

	if (st == NULL)
		return;
	st->kind = kind;
	st->text = text;
	st->line = line;
	st->line_last = last;
	imp_review(im, line, T_STEP, im->n_steps - 1, note);
}

void imp_scan_steps(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t i, n, last;
	const char *text;
	int any_section = 0, last_resort = 0;

	for (i = 0; i < a->n_sections; i++) {
		const struct kb_article_section *sec = &a->sections[i];
		size_t numbered = 0;

		if (!fix_section(sec->name))
			continue;
		any_section = 1;
		for (n = sec->first_line; n < sec->end_line; n++) {
			if (!imp_numbered_step(imp_line_at(im, n)))
				continue;
			text = imp_extract(im, n, &last);
			add_step(im, STEP_MANUAL, text, n, last,
				 "rewrite this step in our own words (the text is the article's)");
			numbered++;
		}
		if (numbered == 0)
			for (n = sec->first_line; n < sec->end_line; n++)
				if (prose_start(im, n) && !imp_ci_find(imp_line_at(im, n), "reinstall")) {
					text = imp_extract(im, n, &last);
					add_step(im, STEP_MANUAL, text, n, last,
						 "write the steps in our own words (the text is the article's)");
					break;
				}
	}
	/* "If all of the registry keys are correct, you may need to
	 * reinstall ...": what to do when every check passes. */
	for (i = 0; i < a->n_sections && !last_resort; i++) {
		const struct kb_article_section *sec = &a->sections[i];
		if (!fix_section(sec->name) && strcasecmp(sec->name, "MORE INFORMATION") != 0)
			continue;
		for (n = sec->first_line; n < sec->end_line && !last_resort; n++) {
			const char *s = imp_line_at(im, n);
			size_t m;
			int hit = 0;
			if (imp_blank(s) || imp_indent_of(s) > 0 || (n > sec->first_line && !imp_blank(imp_line_at(im, n - 1))) ||
			    imp_starts_ci(s, "WARNING") || imp_starts_ci(s, "CAUTION") || imp_starts_ci(s, "IMPORTANT"))
				continue;
			for (m = n; m < sec->end_line && !imp_blank(imp_line_at(im, m)); m++)
				if (imp_ci_find(imp_line_at(im, m), "reinstall") != NULL)
					hit = 1;
			if (!hit || !(imp_starts_ci(imp_skip_ws(s + (imp_starts_ci(s, "NOTE:") ? 5 : 0)), "If")))
				continue;
			text = imp_extract(im, n, &last);
			add_step(im, STEP_LAST_RESORT, text, n, last,
				 "rewrite the last-resort note in our own words");
			last_resort = 1;
		}
	}
	if (!any_section)
		add_step(im, STEP_MANUAL,
			 "REVIEW: the article has no RESOLUTION or WORKAROUND section; write the steps",
			 0, 0, "write the remediation: the article gives no resolution section");
	else if (im->n_steps == 0)
		add_step(im, STEP_MANUAL,
			 "REVIEW: write the steps (none found in the resolution)",
			 0, 0, "write the remediation: no steps were found in the resolution");
}

/* ---- cause, symptoms, unread sections ------------------------------------- */

void imp_scan_cause(struct imp *im)
{
	const struct kb_article_section *sec = kb_article_section(im->a, "CAUSE");
	size_t n;

	if (sec != NULL)
		for (n = sec->first_line; n < sec->end_line; n++)
			if (!imp_blank(imp_line_at(im, n))) {
				im->cause = imp_extract(im, n, &im->cause_last);
				im->cause_line = n;
				imp_review(im, n, T_CAUSE, 0, "rewrite the cause in our own words (the text is the article's)");
				return;
			}
	im->cause = "REVIEW: the article has no CAUSE section; write the cause";
	imp_review(im, 0, T_CAUSE, 0, "write the cause: the article gives none");
}

void imp_scan_question(struct imp *im)
{
	const struct kb_article_section *sec = kb_article_section(im->a, "SYMPTOMS");
	size_t n;

	if (im->n_events > 0 || im->n_errors > 0)
		return;
	if (sec == NULL)
		sec = kb_article_section(im->a, "SUMMARY");
	if (sec != NULL)
		for (n = sec->first_line; n < sec->end_line; n++)
			if (!imp_blank(imp_line_at(im, n))) {
				im->question = imp_extract(im, n, &im->question_last);
				im->question_line = n;
				imp_review(im, n, T_QUESTION, 0,
				       "no event or error found: ask what the technician sees, in our own words");
				return;
			}
	im->question = "REVIEW: what does the technician see?";
	imp_review(im, 0, T_QUESTION, 0, "no symptom found: write one");
}

void imp_note_sections(struct imp *im)
{
	size_t i;

	for (i = 0; i < im->a->n_sections; i++) {
		const struct kb_article_section *sec = &im->a->sections[i];
		if (strcasecmp(sec->name, "SYMPTOMS") == 0 || strcasecmp(sec->name, "CAUSE") == 0 ||
		    fix_section(sec->name) || sec->end_line <= sec->first_line)
			continue;
		imp_review(im, sec->heading_line, T_NONE, 0,
		       imp_fmt(im, "section %s (lines %zu-%zu) was read only for facts: check it for anything else the rule needs",
			   sec->name, sec->first_line, sec->end_line - 1));
	}
	if (!im->a->has_trailer)
		imp_review(im, im->a->n_lines, T_NONE, 0,
		       "the article has no closing keyword block: it may be cut short");
}
