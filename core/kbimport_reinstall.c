/* kbimport_reinstall.c: a key the article deletes to clean out before a
 * reinstall.
 *
 * A procedure that removes the Widget keys and then installs Widget again
 * ("Delete the following keys ... Restart ... Reinstall Widget", "To fix
 * this, remove and reinstall the Widget service:", "remove the Widget
 * component and apply it again; if Setup cannot remove it, delete these
 * keys") deletes leftovers so that a fresh install succeeds.  The install
 * writes the same keys again, so "key absent" is false once the procedure
 * is done: kept as a repair it would fire on every healthy machine that
 * has Widget.  Such a delete is dropped to review.
 *
 * Read once every pass has run, within the delete's own section: a later
 * step that installs, reinstalls, sets up or applies again, adds back,
 * chooses a dialog's "Add Software" button or runs Setup again (a "Step 4: Reinstall Widget" heading inside the
 * section counts), or a lead-in sentence above the delete that joins the
 * removal to the install ("remove X and install Y", "removed before
 * reinstalling").  The whole archive shows no need to tie the installed
 * thing to the key by name (NetBEUI writes NBF, WMI writes WBEM), so any
 * reinstall asked counts, except:
 *   - a service pack, hotfix or update, which refreshes what is there and
 *     brings back no removed component;
 *   - a reinstall that leaves a part out ("reinstall Widget without the
 *     Gadget option"): the deleted key may be that part's;
 *   - a key of another edition ("...\Widget Trial" deleted, then
 *     "reinstall Widget"): the full product writes no trial's key;
 *   - an option or a case, not a step ("If you want to use Widget later,
 *     install it again"): the procedure itself ends with the key gone;
 *   - another method's steps ("Method 2", "-or-"), and the registry
 *     warning ("... may require you to reinstall Windows").
 * A manual uninstall with no install step stays a delete. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* A paragraph of the section: its lines joined, its first line. */
struct para {
	char text[1024];
	size_t first, last;
};

/* Line s past a step mark ("3."), a bullet, and a "Step 4:" label. */
static const char *past_marks(const char *s)
{
	const char *p = imp_past_bullet(imp_past_step_mark(s));

	if (imp_starts_word(p, "Step")) {
		const char *q = imp_skip_ws(p + 4);
		if (isdigit((unsigned char)*q)) {
			q += strspn(q, "0123456789");
			if (*q == ':' || *q == '.')
				return imp_skip_ws(q + 1);
		}
	}
	return p;
}

/* Line s opens a new paragraph although no blank line comes before it: a
 * step ("4. ...") or a bullet. */
static int opens_step(const char *s)
{
	const char *p = imp_skip_ws(s);

	return imp_past_step_mark(s) != p || imp_past_bullet(s) != p;
}

/* The paragraph that starts at or after line n and ends before end (a
 * run of lines with no blank between, a new step starting a new one):
 * 1 and *pa, or 0 when none is left. */
static int next_para(struct imp *im, size_t n, size_t end, struct para *pa)
{
	size_t len = 0;

	while (n < end && imp_blank(imp_line_at(im, n)))
		n++;
	if (n >= end)
		return 0;
	pa->first = n;
	pa->text[0] = '\0';
	for (; n < end && !imp_blank(imp_line_at(im, n)) && (n == pa->first || !opens_step(imp_line_at(im, n)));
	     n++) {
		const char *l = n == pa->first ? past_marks(imp_line_at(im, n)) : imp_skip_ws(imp_line_at(im, n));
		imp_join_words(pa->text, sizeof pa->text, &len, l, imp_rtrim_len(l, strlen(l)));
	}
	pa->last = n - 1;
	return 1;
}

/* The paragraph starts another way to the fix ("Method 2: ...", "-or-",
 * "OR"): what follows belongs to no step of the method before. */
static int opens_method(const char *text)
{
	const char *p = text;

	if (imp_starts_word(p, "Method")) {
		p = imp_skip_ws(p + 6);
		return isdigit((unsigned char)*p) || imp_starts_word(p, "one") || imp_starts_word(p, "two");
	}
	return strcmp(text, "-or-") == 0 || strcmp(text, "OR") == 0 || strcmp(text, "Or") == 0;
}

/* The registry warning ("... may require you to reinstall Windows") and
 * other notes about risk, not steps. */
static int a_warning(const char *text)
{
	return imp_starts_ci(text, "WARNING") || imp_starts_ci(text, "CAUTION") ||
	       imp_ci_find(text, "require you to reinstall") != NULL;
}

/* Where the sentence holding at (inside text) starts: past the last ". "
 * before it, else text. */
static const char *sentence_of(const char *text, const char *at)
{
	const char *p;

	for (p = at; p > text; p--)
		if ((p[-1] == '.' || p[-1] == ':') && (p[0] == ' ' || p[0] == '\t'))
			return imp_skip_ws(p);
	return text;
}

/* The clause after the verb at v (inside text), to a full stop, ';' or
 * ',', into buf. */
static void clause_after(const char *v, char *buf, size_t cap)
{
	size_t l = strcspn(v, ".;,:");

	if (l >= cap)
		l = cap - 1;
	memcpy(buf, v, l);
	buf[l] = '\0';
}

/* The clause installs what brings back no removed component: a service
 * pack ("Reinstall the latest service pack", "Reapply SP3"), a hotfix or
 * an update. */
static int brings_no_key_back(const char *clause)
{
	static const char *const others[] = { "service pack", "hotfix", "hot fix", "update", "patch", NULL };
	const char *p;

	if (imp_cue_in(clause, others) != NULL)
		return 1;
	for (p = clause; (p = imp_find_word(p, "SP")) != NULL; p += 2)
		if (isdigit((unsigned char)p[2]))
			return 1;
	return 0;
}

/* The text after a reinstall (the rest of its step) leaves a part of
 * the install out: "... without the Gadget option", "During Setup, do
 * not select the Gadget component".  The deleted key may be that part's,
 * so the delete may stay. */
static int leaves_part_out(const char *rest)
{
	static const char *const outs[] = { "without", "do not click", "do not select", "do not choose",
					    "do not check", "don't click", "don't select", "don't choose",
					    "clear the", NULL };

	return imp_cue_in(rest, outs) != NULL;
}

/* The sentence opens with a case or a choice ("If you want Widget later,
 * install it again", "Optionally, reinstall ..."): no step the procedure
 * takes. */
static int an_option(const char *sentence)
{
	static const char *const cases[] = { "if", "unless", "optionally", "in case", "should", NULL };
	size_t i;

	for (i = 0; cases[i] != NULL; i++)
		if (imp_starts_word(sentence, cases[i]))
			return 1;
	return 0;
}

/* The deleted key is an edition's own (its last name says "Trial",
 * "Beta", "Preview", "Evaluation": "...\Widget Trial") and the install
 * in clause names no such edition ("reinstall Widget"): the full product
 * goes back, which writes no trial's key, so the delete is kept. */
static int another_edition(const char *key, const char *clause)
{
	static const char *const editions[] = { "trial", "beta", "preview", "evaluation", NULL };
	const char *last = strrchr(key, '\\');
	size_t i;

	last = last != NULL ? last + 1 : key;
	for (i = 0; editions[i] != NULL; i++)
		if (imp_find_word(last, editions[i]) != NULL && imp_find_word(clause, editions[i]) == NULL)
			return 1;
	return 0;
}

/* Where text chooses the button of a network or setup dialog that adds
 * a component ("Choose Add Software and select Widget Services", "click
 * Add Protocol"), or NULL: the install, named by the dialog's words.  Only
 * as the button (capital "Add" after "click" or "choose"): "add software
 * to the server" in prose is no step. */
static const char *add_button(const char *text)
{
	static const char *const buttons[] = { "Add Software", "Add Protocol", "Add Service", "Add Adapter",
					       NULL };
	const char *b;
	size_t i;

	for (i = 0; buttons[i] != NULL; i++)
		for (b = text; (b = strstr(b, buttons[i])) != NULL; b++)
			if ((imp_phrase_ends_at(text, b, "click ") || imp_phrase_ends_at(text, b, "choose ")) &&
			    !an_option(sentence_of(text, b)) && !imp_not_asked(sentence_of(text, b), b))
				return b;
	return NULL;
}

/* Where in text a step installs something again, or NULL: the verb asked
 * in a sentence that is no option, for a thing that is no service pack
 * (brings_no_key_back()).  The forms: "install", "reinstall",
 * "re-install", "apply ... again", "reapply", "set up ... again", "add
 * ... back", "re-run Setup", a "click Reinstall" button, "perform a
 * stand-alone installation of", and a dialog's "Add Software" button
 * (add_button()). */
static const char *install_asked(const char *text, const char *key)
{
	static const struct {
		const char *verb, *needs;       /* needs: a word the clause holds */
	} forms[] = {
		{ "reinstall", NULL },    { "re-install", NULL },     { "install", NULL },
		{ "reapply", NULL },      { "re-apply", NULL },       { "apply", "again" },
		{ "set", "up again" },    { "add", "back" },          { "add", "again" },
		{ "rerun", "setup" },     { "re-run", "setup" },      { "run", "setup again" },
		{ "perform", "installation" },
	};
	char clause[256];
	const char *v;
	size_t i;

	for (i = 0; i < sizeof forms / sizeof forms[0]; i++)
		for (v = text; (v = imp_find_word(v, forms[i].verb)) != NULL; v += strlen(forms[i].verb)) {
			const char *s = sentence_of(text, v);
			clause_after(v, clause, sizeof clause);
			if (forms[i].needs != NULL && imp_ci_find(clause, forms[i].needs) == NULL)
				continue;
			if (brings_no_key_back(clause) || leaves_part_out(v) || another_edition(key, clause) ||
			    an_option(s))
				continue;
			/* "click Reinstall": the button that runs the install */
			if (imp_phrase_ends_at(s, v, "click ") && isupper((unsigned char)*v))
				return v;
			if (imp_verb_asked(s, v))
				return v;
		}
	return add_button(text);
}

/* A lead-in sentence above the delete says the removal is for a
 * reinstall: it removes and, after, installs ("completely remove and
 * reinstall the Widget service", "remove Widget and install the version
 * that ships with Gizmo") or says the keys must be gone "before
 * reinstalling". */
static int lead_says_reinstall(const char *text, const char *key)
{
	static const char *const removes[] = { "remove", "removed", "delete", "uninstall", NULL };
	const char *v = install_asked(text, key), *s;
	size_t i;

	if (imp_ci_find(text, "before reinstalling") != NULL || imp_ci_find(text, "before you reinstall") != NULL)
		return 1;
	if (v == NULL)
		return 0;
	s = sentence_of(text, v);
	for (i = 0; removes[i] != NULL; i++) {
		const char *r = imp_find_word(s, removes[i]);
		if (r != NULL && r < v)
			return 1;
	}
	return 0;
}

/* The line where the section asks to install again around the delete
 * that spans lines from to to (section lines first to end), or 0: a
 * lead-in paragraph of the delete's own method, or a later one up to the
 * next method. */
static size_t reinstall_line(struct imp *im, const char *key, size_t first, size_t end, size_t from, size_t to)
{
	struct para pa;
	size_t n = first, lead = 0;

	while (next_para(im, n, end, &pa)) {
		n = pa.last + 1;
		if (opens_method(pa.text)) {
			if (pa.first > to)
				break;
			lead = 0;
		}
		if (a_warning(pa.text))
			continue;
		if (pa.last < from) {
			if (lead == 0 && lead_says_reinstall(pa.text, key))
				lead = pa.first;
		} else if (pa.first > to && install_asked(pa.text, key) != NULL) {
			return pa.first;
		}
	}
	return lead;
}

void imp_scan_reinstalled_keys(struct imp *im)
{
	size_t i = 0;

	while (i < im->n_checks) {
		const struct imp_check *c = &im->checks[i];
		const struct kb_article_section *sec = imp_section_of(im, c->line);
		size_t from = c->key_line > 0 && c->key_line < c->line ? c->key_line : c->line;
		size_t to = c->line_last > c->line ? c->line_last : c->line, at = 0;

		if (c->key_last > to)
			to = c->key_last;
		if (c->repair && c->expect == IE_KEY_ABSENT && c->value == NULL && c->key != NULL && sec != NULL)
			at = reinstall_line(im, c->key, sec->first_line, sec->end_line < im->a->body_end ?
						   sec->end_line : im->a->body_end, from, to);
		if (at == 0) {
			i++;
			continue;
		}
		imp_drop_check_reviewed(im, i,
					imp_fmt(im, "not drafted: the key %s: the article deletes it to clean out before a reinstall (line %zu), which writes the key again: no repair",
						c->key, at),
					imp_fmt(im, "not drafted: the key %s: deleted to clean out before a reinstall (line %zu), so the key comes back",
						c->key, at));
	}
}
