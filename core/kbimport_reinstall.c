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
 * Read once every pass has run, within the delete's own section and the
 * sections after it whose heading names an install ("REINSTALLING
 * WIDGET"): a later step that installs, reinstalls, sets up or applies
 * again, adds back, runs Setup, presumes the reinstall done ("After you
 * reinstall Widget, restart"), or chooses a dialog's "Add Software", "Add
 * New Programs" or NT 4.0 "Add" button (a "Step 4: Reinstall Widget" or
 * "Reinstalling Widget" sub-heading counts); or a lead-in above the delete
 * or in its own paragraph that joins the removal to the install ("remove
 * X and install Y", "Before you install Widget again, delete", "To
 * reinstall Widget, first delete", "Reinstall Widget.  Before you do so,
 * delete").  The archive shows no workable tie of the installed thing to
 * the key by name (NetBEUI writes NBF, WMI writes WBEM, Microsoft Reader
 * writes EBooks), so any reinstall asked counts, except:
 *   - a service pack, hotfix or update as the thing installed, which
 *     refreshes what is there (not when the key is that update's own,
 *     "...\Updates\...\Q299999", nor a component named for updates,
 *     "Windows Server Update Services");
 *   - the operating system ("you may have to reinstall Windows", not "the
 *     Windows networking components");
 *   - a reinstall that leaves a part out ("reinstall Widget without the
 *     Gadget option"): the deleted key may be that part's;
 *   - a key of another edition ("...\Widget Trial" deleted, then
 *     "reinstall Widget"): the full product writes no trial's key;
 *   - a key that stands in the way of the install (a policy, a marker
 *     such as "InstallInProgress" as a whole part of its name, not the
 *     letters of "Clock"): no install writes it;
 *   - an option or a case, not a step ("If you want to use Widget later,
 *     install it again", "Alternatively, install Widget 2.1", "... again
 *     if you still need it"); "add the group back", "click Apply again";
 *   - another method's, case's, problem's or platform's steps ("Method
 *     B", "CASE #2:", "Problem 2:", "- OR -", "Instead, ...", a "do one
 *     of the following" bullet, a "Windows 2000" or "Error 1058 When the
 *     Service Starts" sub-heading), another fix's lead-in
 *     ("To stop the error, delete ..." after "To restore the icon, remove
 *     and reinstall Widget"), and the registry warning.
 * The reinstall may also be the article's problem: a title or SYMPTOMS
 * line where it fails or is tried ("Cannot Reinstall Widget", "When you
 * attempt to reinstall Widget, Setup stops"): the resolution's key
 * deletes make way for it, so they are clean-outs too.  So is a delete
 * that a later step or note says comes back ("Run the Trace tool; this
 * recreates the keys you deleted", "re-created the next time the
 * service starts"): a reset, not a lasting absence.
 * Value deletes are read the same way (a Setup's table entry deleted so
 * that the product installs again is written back by it), past the same
 * exceptions: a pending-operation marker ("PendingFileRenameOperations")
 * stands in the way of the install, and a choice's bullet goes on over
 * the paragraphs indented under it (its key, a "-or-" and a second way).
 * A manual uninstall with no install step stays a delete. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* The kinds of deleted key that the reading of an install depends on:
 * an update's own key (update_key()) and the editions its last name says
 * (another_edition()), as bits; the readings of a paragraph are kept for
 * each kind. */
#define KEY_KINDS 32

/* A paragraph of the section: its lines joined (on the heap, however
 * long), its first and last line; heading when it is a sub-heading (its
 * next line underlines it).  The readings that do not depend on the key
 * are made once; asked[] and lead[] hold, for each kind of key, whether
 * it asks an install or joins the removal to one (-1: not read yet). */
struct para {
	char *text;
	size_t first, last;
	unsigned heading : 1, method : 1, warning : 1, purpose : 1, other : 1, stage : 1;
	signed char asked[KEY_KINDS], lead[KEY_KINDS];
};

/* The paragraphs of a stretch of lines, split once for every delete in
 * it (a long section with many deletes read once, not once per delete). */
struct paras {
	size_t first, end, n;
	struct para *p;
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

/* The last line of the paragraph that starts at line first and ends
 * before end (a run of lines with no blank between, a new step starting
 * a new one; a sub-heading is its line and the underline). */
static size_t para_last(struct imp *im, size_t first, size_t end, int heading)
{
	size_t n;

	if (heading)
		return first + 1;
	for (n = first + 1; n < end && !imp_blank(imp_line_at(im, n)) && !opens_step(imp_line_at(im, n)); n++)
		;
	return n - 1;
}

/* The paragraph that starts at or after line n and ends before end: 1
 * and *pa (its text on the heap: free it), or 0 when none is left or
 * memory is out. */
static int next_para(struct imp *im, size_t n, size_t end, struct para *pa)
{
	size_t len = 0, cap = 1, k, top;

	while (n < end && imp_blank(imp_line_at(im, n)))
		n++;
	if (n >= end)
		return 0;
	memset(pa, 0, sizeof *pa);
	pa->first = n;
	pa->heading = n + 1 < end && imp_underline(imp_line_at(im, n + 1));
	pa->last = para_last(im, n, end, pa->heading);
	top = pa->heading ? pa->first : pa->last;   /* an underline is no text */
	for (k = pa->first; k <= top; k++)   /* a blank before each, and room to spare */
		cap += strlen(imp_line_at(im, k)) + 2;
	if ((pa->text = malloc(cap)) == NULL) {
		im->oom = 1;    /* not the section's end: the caller refuses the article */
		return 0;
	}
	pa->text[0] = '\0';
	for (k = pa->first; k <= top; k++) {
		const char *l = k == pa->first ? past_marks(imp_line_at(im, k)) : imp_skip_ws(imp_line_at(im, k));
		imp_join_words(pa->text, cap, &len, l, imp_rtrim_len(l, strlen(l)));
	}
	return 1;
}

/* text opens with word and a number or letter that labels it ("Case 2",
 * "CASE #2:", "Problem 1:", "Scenario B:"), not the word in a sentence
 * ("Case matters in the path"). */
static int numbered_label(const char *text, const char *word)
{
	const char *p;

	if (!imp_starts_word(text, word))
		return 0;
	p = imp_skip_ws(text + strlen(word));
	if (*p == '#')
		p++;
	if (isdigit((unsigned char)*p))
		return 1;
	return isalpha((unsigned char)p[0]) && (p[1] == ':' || p[1] == '.' || p[1] == ')');
}

/* The paragraph starts another way to the fix ("Method 2: ...", "Method
 * B", "CASE #2:", "-or-", "- OR -", "Alternatively, ..."): what follows belongs to no
 * step of the method before.  line is the paragraph's first line as
 * written: "- OR -" would read as a bullet in text. */
static int opens_method(const char *text, const char *line)
{
	return imp_starts_word(text, "Method") || numbered_label(text, "Case") ||
	       numbered_label(text, "Scenario") || numbered_label(text, "Problem") ||
	       numbered_label(text, "Issue") || numbered_label(text, "Symptom") || imp_or_line(line) ||
	       imp_starts_word(text, "Alternatively") ||
	       (imp_starts_word(text, "Instead") && text[7] == ',' && !opens_step(line));
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

/* The clause after the verb at v, into buf: to a full stop, ';', ',' or
 * ':', or to a "then" that starts the next action ("Reinstall Widget and
 * then reapply the service pack"). */
static void clause_after(const char *v, char *buf, size_t cap)
{
	char *then;

	imp_copy_to(v, ".;,:", buf, cap);
	if ((then = (char *)imp_find_word(buf, "then")) != NULL) {
		*then = '\0';
		if ((then = (char *)imp_find_word(buf, "and")) != NULL && *imp_skip_ws(then + 3) == '\0')
			*then = '\0';
	}
}

/* The deleted key is an update's own: an "Updates" or "Hotfix" element, a
 * "Q123456" or "KB123456" name, or "SP3".  Installing that update again
 * writes it back. */
static int update_key(const char *key)
{
	const char *p;

	if (imp_ci_find(key, "\\Updates\\") != NULL || imp_ci_find(key, "\\Hotfix\\") != NULL)
		return 1;
	for (p = key; (p = strchr(p, '\\')) != NULL; p++) {
		const char *e = p + 1;
		size_t pre = toupper((unsigned char)e[0]) == 'Q' ? 1 : strncasecmp(e, "KB", 2) == 0 ? 2 :
			     strncasecmp(e, "SP", 2) == 0 ? 2 : 0;
		size_t digits = pre > 0 ? strspn(e + pre, "0123456789") : 0;
		if (digits > 0 && (e[pre + digits] == '\0' || e[pre + digits] == '\\') &&
		    (digits >= 5 || strncasecmp(e, "SP", 2) == 0))
			return 1;
	}
	return 0;
}

/* s starts with one of the NULL-ended words, as a whole word. */
static int word_in(const char *s, const char *const *words)
{
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (imp_starts_word(s, words[i]))
			return 1;
	return 0;
}

/* Where in s the first of cues (any case) starts, or NULL. */
static const char *cue_at(const char *s, const char *const *cues)
{
	const char *best = NULL, *p;
	size_t i;

	for (i = 0; cues[i] != NULL; i++)
		if ((p = imp_ci_find(s, cues[i])) != NULL && (best == NULL || p < best))
			best = p;
	return best;
}

/* The word at p (in the clause) and what follows name an update: "hotfix",
 * "update", "patch", "service pack", then only a number or a name with a
 * digit up to a word that ends the name ("Service Pack 3", "update 815021
 * again", "the latest service pack for Windows"), not a component whose
 * name holds the word ("Windows Server Update Services", "the Automatic
 * Updates client"). */
static int update_named_at(const char *p)
{
	static const char *const ends[] = { "again", "from", "for", "on", "to", "that", "which", "if", "in",
					    "and", "or", "package", "rollup", "by", "with", NULL };

	for (p = imp_skip_ws(p + strcspn(p, " \t")); *p != '\0'; p = imp_skip_ws(p + strcspn(p, " \t"))) {
		size_t l = strcspn(p, " \t"), i;

		for (i = 0; i < l && !isdigit((unsigned char)p[i]); i++)
			;
		if (i < l)
			continue;
		return word_in(p, ends);
	}
	return 1;
}

/* The clause installs what brings back no removed component: a service
 * pack ("Reinstall the latest service pack", "Reapply SP3"), a hotfix or
 * an update, as the thing installed.  Not when it runs that update again
 * to finish an install of its own that failed ("Run the service pack
 * again to complete the installation"): it then writes what it installs,
 * the keys cleaned out before it among them. */
static int brings_no_key_back(const char *clause)
{
	static const char *const others[] = { "pack", "hotfix", "hot fix", "update", "updates", "patch", "patches",
					      NULL };
	static const char *const finishes[] = { "to complete the installation", "to complete the setup",
						"to finish the installation", "to finish the setup", NULL };
	const char *p;
	size_t i;

	if (imp_cue_in(clause, finishes) != NULL)
		return 0;

	for (i = 0; others[i] != NULL; i++)
		for (p = clause; (p = imp_find_word(p, others[i])) != NULL; p += strlen(others[i]))
			if ((i > 0 || imp_phrase_ends_at(clause, p, "service ")) && update_named_at(p) &&
			    !imp_phrase_ends_at(clause, p, "Automatic "))   /* the component */
				return 1;
	for (p = clause; (p = imp_find_word(p, "SP")) != NULL; p += 2)
		if (isdigit((unsigned char)p[2]))
			return 1;
	return 0;
}

/* The rest of the sentence after a reinstall leaves a part of the install
 * out: "... without the Gadget option", "During Setup, do not select the
 * Gadget component".  The deleted key may be that part's, so the delete
 * may stay.  The cue needs a part word after it: "without restarting", "do
 * not click Restart" leave nothing out. */
static int leaves_part_out(const char *v)
{
	static const char *const outs[] = { "without", "do not click", "do not select", "do not choose",
					    "do not check", "don't click", "don't select", "don't choose",
					    "clear the", NULL };
	static const char *const parts[] = { "option", "options", "component", "components", "feature",
					     "features", "check box", NULL };
	const char *p;
	char rest[512];

	if ((p = cue_at(v, outs)) == NULL)
		return 0;
	imp_copy_to(p, ".", rest, sizeof rest);
	return imp_cue_in(rest, parts) != NULL;
}

/* The sentence opens with a case or a choice ("If you want Widget later,
 * install it again", "Optionally, reinstall ...", "Alternatively, install
 * Widget 2.1", "To install Widget again later, run Setup"), or the verb's
 * clause ends with one ("install Widget again if you still need it"): no
 * step the procedure takes. */
static int an_option(const char *sentence, const char *clause)
{
	static const char *const cases[] = { "if", "unless", "optionally", "in case", "should", "alternatively",
					     "instead", "or", NULL };

	char opening[128];

	imp_copy_to(sentence, ",", opening, sizeof opening);
	return word_in(sentence, cases) || imp_has_word(clause, "if") || imp_has_word(clause, "unless") ||
	       imp_has_word(opening, "later") || imp_ci_find(opening, "in the future") != NULL;
}

/* The deleted key is an edition's own (its last name says "Trial",
 * "Beta", "Preview", "Evaluation": "...\Widget Trial") and the install
 * in clause names no such edition ("reinstall Widget"): the full product
 * goes back, which writes no trial's key, so the delete is kept. */
static const char *const editions[] = { "trial", "beta", "preview", "evaluation", NULL };

static int another_edition(const char *key, const char *clause)
{
	const char *last = strrchr(key, '\\');
	size_t i;

	last = last != NULL ? last + 1 : key;
	for (i = 0; editions[i] != NULL; i++)
		if (imp_find_word(last, editions[i]) != NULL && imp_find_word(clause, editions[i]) == NULL)
			return 1;
	return 0;
}

/* p names the operating system ("Windows", "the operating system",
 * "your Windows NT 4.0", "Microsoft Windows 2000 Server"), not a
 * component of it ("Windows Messaging", "Windows Server Update
 * Services", "the Windows networking components"): after "Windows" and
 * its version only the end of the words or a word that ends the name
 * ("from the CD", "on the server", "if you must"). */
static int names_system(const char *p)
{
	static const char *const owners[] = { "the", "your", "Microsoft", NULL };
	static const char *const ends[] = { "from", "on", "if", "again", "and", "or", "to", "by", "using",
					    "with", "before", "after", "then", "unless", "when", "in", "only",
					    NULL };
	static const char *const versions[] = { "NT", "2000", "95", "98", "Me", "XP", "Server", "Workstation",
						"Professional", "Vista", "7", "Millennium", "Edition", NULL };

	while (word_in(p, owners))
		p = imp_skip_ws(p + strcspn(p, " \t"));
	if (imp_starts_ci(p, "operating system"))
		return 1;
	if (!imp_starts_word(p, "Windows"))
		return 0;
	for (p = imp_skip_ws(p + 7); word_in(p, versions) || isdigit((unsigned char)*p);
	     p = imp_skip_ws(p + strcspn(p, " \t")))
		;
	return !isalnum((unsigned char)*p) || word_in(p, ends);
}

/* The verb's clause installs the operating system ("reinstall Windows",
 * "you may have to reinstall Windows NT 4.0"): the registry warning's
 * words, never a step that writes a deleted key back. */
static int the_system(const char *clause)
{
	return names_system(imp_skip_ws(clause + strcspn(clause, " \t")));
}

/* A sub-heading that names only a platform ("Windows NT 4.0", "For
 * Windows 2000", "Microsoft Windows 98:"): the steps under it are another
 * platform's way, not a later stage of the delete's procedure. */
static int platform_heading(const char *text)
{
	if (imp_starts_word(text, "For") || imp_starts_word(text, "On"))
		text = imp_skip_ws(text + strcspn(text, " \t"));
	return names_system(text);
}

/* "add ... back" gives back a member of a list or a registry thing, not
 * an install: "add the Everyone group back to the list", "add the user
 * back", "add the Frob2 key again" (whether the deleted key itself comes
 * back is the undo reader's to say, kbimport_undo.c, with the key
 * named); or adds on a case ("add the key again only if the problem
 * returns"). */
static int adds_a_member(const char *clause)
{
	static const char *const members[] = { "group", "groups", "user", "users", "account", "accounts",
					       "permission", "permissions", "entry", "entries", "value", "values",
					       "right", "rights", "member", "members", "line", "string", "key",
					       "keys", "subkey", "subkeys", NULL };
	const char *p;

	for (p = clause; *p != '\0'; p = imp_skip_ws(p + strcspn(p, " \t")))
		if (word_in(p, members))
			return 1;
	return imp_condition_in(clause) != NULL;
}

/* Where text chooses the button of a network or setup dialog that adds
 * a component ("Choose Add Software and select Widget Services", "click
 * Add Protocol", "click Add New Programs", the NT 4.0 Network tool's
 * "click Add, click Widget Protocol"), or NULL: the install, named by the
 * dialog's words.  Only as the button (capital "Add" after "click" or
 * "choose"): "add software to the server" in prose is no step. */
static const char *add_button(const char *text)
{
	static const char *const buttons[] = { "Add Software", "Add Protocol", "Add Service", "Add Adapter",
					       "Add New Programs", "Add,", NULL };
	static const char *const kinds[] = { "Protocol", "Service", "Adapter", "Software", NULL };
	const char *b;
	size_t i;

	for (i = 0; buttons[i] != NULL; i++)
		for (b = text; (b = strstr(b, buttons[i])) != NULL; b++) {
			char next[128];
			if (!imp_phrase_ends_at(text, b, "click ") && !imp_phrase_ends_at(text, b, "choose "))
				continue;
			if (an_option(sentence_of(text, b), "") || imp_not_asked(sentence_of(text, b), b))
				continue;
			/* a bare "Add" button: the next choice names the kind */
			imp_copy_to(b + 4, ".;", next, sizeof next);
			if (strcmp(buttons[i], "Add,") == 0 &&
			    (!imp_starts_word(imp_skip_ws(next), "click") || cue_at(next, kinds) == NULL))
				continue;
			return b;
		}
	return NULL;
}

/* The clause runs Setup itself ("run Setup", "run Setup.exe", "run Widget
 * Setup again"), not a tool named for it ("the Network Setup Wizard",
 * "Setup Log"): nothing capitalized follows the word. */
static int setup_run(const char *clause)
{
	const char *p = imp_find_word(clause, "setup"), *next;

	if (p == NULL)
		return 0;
	next = imp_skip_ws(p + 5);
	return !isupper((unsigned char)*next);
}

/* The words between an action and its "to install" (from..to) are the
 * action's object only ("the file", "Setup.exe"): no verb, wh-word,
 * person or joint ("when you are prompted", "to learn how", "only if
 * you want", "and then click Help"), and a few words at most. */
static int object_only(const char *from, const char *to)
{
	static const char *const not_object[] = { "prompted", "asked", "how", "whether", "want", "wants", "need",
						  "needs", "learn", "if", "only", "when", "and", "then", "or", "you",
						  "are", "is", "be", "to", "not", "later", "choose", NULL };
	char between[160];
	size_t words = 0;
	const char *p;

	if (to <= from || (size_t)(to - from) >= sizeof between)
		return 0;
	snprintf(between, sizeof between, "%.*s", (int)(to - from), from);
	if (imp_find_any_word(between, not_object) != NULL || strpbrk(between, ",;:(") != NULL)
		return 0;
	for (p = between; *p != '\0'; p++)
		if (isalnum((unsigned char)*p) && (p == between || *(p - 1) == ' '))
			words++;
	return words >= 1 && words <= 5;
}

/* The sentence s asks a step taken for the install at v: "double-click
 * the file to install Widget", "After you download it, run Setup.exe to
 * install Widget" (an action the reader is asked, its object, then "to"
 * and the install); not "you can use the tool to install"
 * (imp_verb_asked() refuses "can"), "click Cancel when you are prompted
 * to install", "click Help to learn how to install", "run Setup only if
 * you want to install" (object_only()). */
static int step_to_install(const char *s, const char *v)
{
	static const char *const actions[] = { "double-click", "run", "open", "start", "click", NULL };
	static const char *const declines[] = { "cancel", "no", NULL };
	const char *w, *to;
	size_t i;

	if (!imp_phrase_ends_at(s, v, "to "))
		return 0;
	/* "click Cancel", "click No", "only if", "if you want": the install
	 * is declined or left to the reader */
	if (imp_find_any_word(s, declines) != NULL || imp_ci_find(s, "only if") != NULL ||
	    imp_ci_find(s, "if you want") != NULL)
		return 0;
	for (to = v; to > s && to[-1] == ' '; to--)
		;
	to -= 2;        /* at "to" */
	for (i = 0; actions[i] != NULL; i++)
		for (w = s; (w = imp_find_word(w, actions[i])) != NULL && w < to; w += strlen(actions[i]))
			if (imp_verb_asked(s, w) && object_only(w + strlen(actions[i]), to))
				return 1;
	return 0;
}

/* Where in text a step installs something again, or NULL: the verb asked
 * in a sentence that is no option, for a thing that is no service pack
 * (brings_no_key_back()) nor the operating system.  The forms: "install",
 * "reinstall", "re-install", "continue by reinstalling", "apply ...
 * again", "reapply", "set up ... again", "add ... back", "re-run Setup",
 * "run Setup", "After you reinstall X, ...", a "click Reinstall" button,
 * "perform a stand-alone installation of", a step taken to install
 * ("double-click the file to install Widget", step_to_install()), and a
 * dialog's "Add Software" button (add_button()). */
static const char *install_asked(const char *text, const char *key)
{
	static const struct {
		const char *verb, *needs;       /* needs: a word the clause holds */
	} forms[] = {
		{ "reinstall", NULL },    { "re-install", NULL },     { "install", NULL },
		{ "reinstalling", NULL }, { "reapply", NULL },        { "re-apply", NULL },
		{ "apply", "again" },     { "set up", "again" },      { "add", "back" },
		{ "add", "again" },       { "rerun", "setup" },       { "re-run", "setup" },
		{ "run", "setup" },       { "double-click", "setup" }, { "perform", "installation" },
		{ "run", "installation" }, /* "Run the service pack again to complete the installation" */
	};
	char clause[256];
	const char *v;
	size_t i;

	for (i = 0; i < sizeof forms / sizeof forms[0]; i++)
		for (v = text; (v = imp_find_word(v, forms[i].verb)) != NULL; v += strlen(forms[i].verb)) {
			const char *s = sentence_of(text, v);
			clause_after(v, clause, sizeof clause);
			if (forms[i].needs != NULL && imp_find_word(clause, forms[i].needs) == NULL)
				continue;
			if (forms[i].needs != NULL && strcmp(forms[i].needs, "setup") == 0 && !setup_run(clause))
				continue;
			if ((brings_no_key_back(clause) && !update_key(key)) || leaves_part_out(v) ||
			    another_edition(key, clause) || an_option(s, clause) || the_system(clause) ||
			    imp_has_word(clause, "remove") || imp_has_word(clause, "uninstall") ||
			    (strcmp(forms[i].verb, "add") == 0 && adds_a_member(clause)))
				continue;
			/* "click Reinstall": the button that runs the install;
			 * any other button ("click Apply again") is none */
			if (imp_phrase_ends_at(s, v, "click ") && isupper((unsigned char)*v)) {
				if (strstr(forms[i].verb, "install") != NULL)
					return v;
				continue;
			}
			/* "continue by reinstalling Widget" */
			if (strcmp(forms[i].verb, "reinstalling") == 0) {
				if (imp_phrase_ends_at(s, v, "by ") && !imp_not_asked(s, v))
					return v;
				continue;
			}
			/* "After you reinstall Widget, restart": the install is
			 * a step the sentence takes as done */
			if (imp_starts_word(s, "After") && imp_phrase_ends_at(s, v, "you ")) {
				/* not a note's: "NOTE: After you reinstall
				 * Widget, the problem may return" */
				if (!imp_starts_ci(text, "NOTE"))
					return v;
				continue;
			}
			/* "double-click the file to install Widget" */
			if (strstr(forms[i].verb, "install") != NULL && step_to_install(s, v))
				return v;
			if (imp_verb_asked(s, v))
				return v;
		}
	return add_button(text);
}

/* The text says the removal comes before an install: "Before you install
 * Widget again, delete ...", "removed before reinstalling the service";
 * not when negated ("You do not have to delete the keys before
 * reinstalling"). */
static int before_install(const char *text)
{
	static const char *const installs[] = { "reinstall", "reinstalling", "re-install", "re-installing", NULL };
	static const char *const agains[] = { "install", "installing", "set up", "setting up", NULL };
	static const char *const runs[] = { "run", "running", NULL };
	const char *b;

	for (b = text; (b = imp_find_word(b, "before")) != NULL; b += 6) {
		const char *p = imp_skip_ws(b + 6);
		char clause[256];
		if (imp_starts_word(p, "you"))
			p = imp_skip_ws(p + 3);
		clause_after(p, clause, sizeof clause);
		if (!word_in(p, installs) && !(word_in(p, agains) && imp_has_word(clause, "again")) &&
		    !(word_in(p, runs) && setup_run(clause) && imp_has_word(clause, "again")))
			continue;
		if (brings_no_key_back(clause) || the_system(clause) || imp_not_asked(sentence_of(text, b), b))
			continue;
		return 1;
	}
	return 0;
}

/* A sentence of text states the install as the purpose of a removal it
 * asks: "To reinstall Widget successfully, you must first delete the
 * following keys:", "To install Widget again, remove ...". */
static int purpose_install(const char *text)
{
	static const char *const installs[] = { "reinstall", "re-install", NULL };
	static const char *const removes[] = { "remove", "delete", "uninstall", NULL };
	const char *t;

	for (t = text; (t = imp_find_word(t, "To")) != NULL; t += 2) {
		const char *p = imp_skip_ws(t + 2);
		char clause[256], rest[512];
		if (sentence_of(text, t) != t)
			continue;
		imp_copy_to(p, ".;,:", clause, sizeof clause);
		if (!word_in(p, installs) && !(imp_starts_word(p, "install") && imp_has_word(clause, "again")))
			continue;
		if (brings_no_key_back(clause) || the_system(clause) || imp_has_word(clause, "later"))
			continue;
		imp_copy_to(p, ".", rest, sizeof rest);
		if (cue_at(rest, removes) != NULL)
			return 1;
	}
	return 0;
}

/* A lead-in sentence above the delete (or its own) says the removal is for
 * a reinstall: it removes and, after, installs ("completely remove and
 * reinstall the Widget service", "remove Widget and install the version
 * that ships with Gizmo"), asks the install and then the removal "before
 * you do so", states the install as the purpose, or says the keys must be
 * gone "before reinstalling". */
static int lead_says_reinstall(const char *text, const char *key)
{
	static const char *const removes[] = { "remove", "removed", "delete", "uninstall", NULL };
	static const char *const firsts[] = { "before you do so", "before you do this", "before doing so", NULL };
	const char *v, *s;
	size_t i;

	if (before_install(text) || purpose_install(text))
		return 1;
	if ((v = install_asked(text, key)) == NULL)
		return 0;
	if (cue_at(v, firsts) != NULL)
		return 1;
	s = sentence_of(text, v);
	for (i = 0; removes[i] != NULL; i++) {
		const char *r = imp_find_word(s, removes[i]);
		if (r != NULL && r < v)
			return 1;
	}
	return 0;
}

/* The paragraph starting at line first opens a fix of its own: prose (no
 * step) that states a purpose ("To stop the Widget service from failing,
 * delete ..."): a lead-in above it is another fix's. */
static int own_purpose(struct imp *im, const struct para *pa)
{
	return !opens_step(imp_line_at(im, pa->first)) && imp_starts_word(pa->text, "To");
}

/* The kind of the deleted key, 0 .. KEY_KINDS-1 (see KEY_KINDS). */
static unsigned key_kind(const char *key)
{
	const char *last = strrchr(key, '\\');
	unsigned kind = update_key(key) ? 1 : 0;
	size_t i;

	last = last != NULL ? last + 1 : key;
	for (i = 0; editions[i] != NULL; i++)
		if (imp_find_word(last, editions[i]) != NULL)
			kind |= 2u << i;
	return kind;
}

/* The sentence s runs a tool for what the verb at v does: "Run Disk
 * Administrator to re-create the key", not "You may need to re-create". */
static int run_to(const char *s, const char *v)
{
	static const char *const to[] = { "to", NULL };
	const char *t = imp_past_step_mark(s);

	return (imp_starts_word(t, "Run") || imp_starts_word(t, "Start")) && imp_word_before_is(s, v, to);
}

/* text says the deleted key comes back: "Run the Trace tool.  This
 * recreates the registry keys that you deleted", "This key is re-created
 * the next time the service starts", "Run Disk Administrator to
 * re-create the DISK key"; not "does not recreate", nor another key
 * ("Re-create the Frob key" after deleting FrobCache, "Re-create the
 * following key:", a step undo.c reads). */
static int says_recreated(const char *text, const char *key)
{
	static const char *const done[] = { "recreates", "recreated", "re-creates", "re-created", "rebuilds",
					    "rebuilt", NULL };
	static const char *const asked[] = { "recreate", "re-create", NULL };
	static const char *const cases[] = { "if", "unless", "do not", "don't", "never", "avoid", NULL };
	static const char *const keyish[] = { "key", "keys", "subkey", "subkeys", "registry", NULL };
	const char *last = strrchr(key, '\\'), *v, *start;
	size_t i, form;

	last = last != NULL ? last + 1 : key;
	for (form = 0; form < 2; form++)
		for (i = 0; (form == 0 ? done : asked)[i] != NULL; i++) {
			const char *verb = (form == 0 ? done : asked)[i];
			for (v = text; (v = imp_find_word(v, verb)) != NULL; v += strlen(verb)) {
				char sentence[256];
				int named;
				start = sentence_of(text, v);
				/* the whole sentence, its clauses before v among it */
				imp_copy_to(start, ".", sentence, sizeof sentence);
				named = imp_find_word(sentence, last) != NULL;
				/* "Do not run the tool; it re-creates the keys",
				 * "if you run it, it re-creates them": no step
				 * of the procedure */
				if (imp_negated_before(text, v) || imp_find_any_word(sentence, cases) != NULL ||
				    imp_find_any_word(sentence, keyish) == NULL)
					continue;
				if (form == 0 && (named || (strchr(sentence, '\\') == NULL &&
							    !imp_names_another_key(sentence, key))))
					return 1;
				/* the base form asks for a key back, undo.c's to
				 * read ("You may need to re-create the Frob key
				 * if ..."), except as what a tool is run for:
				 * "Run Disk Administrator to re-create the DISK
				 * key" */
				if (form == 1 && named && run_to(start, v))
					return 1;
			}
		}
	return 0;
}

/* Paragraph pa asks an install (read for key's kind once) or says the
 * key comes back ("re-created"). */
static int para_asks(struct para *pa, const char *key, unsigned kind)
{
	/* the install's reading depends only on the key's kind, and is
	 * kept; "re-creates the Frob key" depends on the key's name */
	if (pa->asked[kind] < 0)
		pa->asked[kind] = install_asked(pa->text, key) != NULL;
	return pa->asked[kind] || says_recreated(pa->text, key);
}

/* Paragraph pa joins the removal to an install, read once per kind. */
static int para_lead(struct para *pa, const char *key, unsigned kind)
{
	if (pa->lead[kind] < 0)
		pa->lead[kind] = lead_says_reinstall(pa->text, key);
	return pa->lead[kind];
}

/* A heading names an install as its stage ("REINSTALLING WIDGET",
 * "Setting Up Widget Again"), not a service pack's. */
static int names_install(const char *heading)
{
	static const char *const installs[] = { "install", "reinstall", "reinstalling", "installing", "setup",
						"set up", "setting up", "reinstallation", "re-installation",
						"re-install", "re-installing", NULL };

	/* whole words: not "Checking the Installation", "Uninstall" */
	return imp_find_any_word(heading, installs) != NULL && !brings_no_key_back(heading) && !the_system(heading);
}

/* A sub-heading that heads another part of the article, not a stage of
 * the procedure ("Step 8: Restart Windows", "Removing Widget"): a
 * platform's ("Windows NT 4.0") or another problem's ("Error 1058 When
 * the Service Starts", "Widget Icon Is Missing", "Problem 2: ..."). */
static int other_part(const char *text)
{
	static const char *const problems[] = { "not", "cannot", "can't", "missing", "fails", "failure", "error",
						"problem", "issue", "symptom", NULL };

	return platform_heading(text) || imp_find_any_word(text, problems) != NULL;
}

/* A lead-in whose items are alternatives: "do one of the following",
 * "use either of the following methods". */
static int lists_choices(const char *text)
{
	static const char *const choices[] = { "one of the following", "either of the following", NULL };

	return imp_find_any_word(text, choices) != NULL;
}

/* The line where the section asks to install again around the delete
 * that spans lines from to to (section lines first to end), or 0: a
 * lead-in paragraph of the delete's own method (the one above it, or the
 * delete's own paragraph; a sub-heading that is no install stage, or a
 * "Problem 2:" label, starts another part), or a later one up to the
 * next method, alternative ("do one of the following" bullets) or
 * sub-heading that is no stage of the procedure. */
static size_t reinstall_line(struct paras *ps, const char *key, size_t from, size_t to)
{
	unsigned kind = key_kind(key);
	size_t i, lead = 0;

	for (i = 0; i < ps->n; i++) {
		struct para *pa = &ps->p[i];
		if (pa->heading) {
			if (pa->first > to && (pa->stage || para_asks(pa, key, kind)))
				return pa->first;
			if (pa->other) {
				if (pa->first > to)
					break;
				lead = 0;
			}
			continue;
		}
		if (pa->method) {
			if (pa->first > to)
				break;
			lead = 0;
		}
		if (pa->warning)
			continue;
		if (pa->first > to) {
			if (para_asks(pa, key, kind))
				return pa->first;
		} else if (para_lead(pa, key, kind)) {
			if (pa->last >= from)
				return pa->first;
			if (lead == 0 || pa->purpose)
				lead = pa->first;
		} else if (pa->purpose) {
			lead = 0;
		}
	}
	return lead;
}

/* Reads the key-free words of each paragraph of ps once: a method, an
 * alternative ("do one of the following" bullets, until the next
 * sub-heading or lead-in), a warning, a purpose, another part, a stage. */
static void read_paras(struct imp *im, struct paras *ps)
{
	int choices = 0;
	size_t i, choices_indent = 0;

	for (i = 0; i < ps->n; i++) {
		struct para *pa = &ps->p[i];
		const char *line = imp_line_at(im, pa->first);
		int bullet = imp_past_bullet(line) != imp_skip_ws(line);
		size_t indent = imp_indent_of(line);

		memset(pa->asked, -1, sizeof pa->asked);
		memset(pa->lead, -1, sizeof pa->lead);
		if (pa->heading) {
			pa->stage = names_install(pa->text);
			pa->other = other_part(pa->text);
			choices = 0;
			continue;
		}
		/* a paragraph indented under a choice's bullet (its key, a
		 * "-or-", the second way of that choice) goes on with the
		 * list; one at the lead-in's level ends it */
		if (!bullet && (!choices || indent <= choices_indent)) {
			choices = lists_choices(pa->text);
			choices_indent = indent;
		}
		pa->method = opens_method(pa->text, line) || (choices && bullet);
		pa->warning = a_warning(pa->text);
		pa->purpose = own_purpose(im, pa);
	}
}

/* Splits lines first to end into ps; 0 when memory is out. */
static int split_paras(struct imp *im, size_t first, size_t end, struct paras *ps)
{
	struct para pa;
	size_t n = first, cap = 0;

	ps->first = first;
	ps->end = end;
	while (next_para(im, n, end, &pa)) {
		n = pa.last + 1;
		if (ps->n == cap) {
			struct para *p = realloc(ps->p, (cap = cap ? cap * 2 : 16) * sizeof *p);
			if (p == NULL) {
				free(pa.text);
				return 0;
			}
			ps->p = p;
		}
		ps->p[ps->n++] = pa;
	}
	if (im->oom)
		return 0;
	read_paras(im, ps);
	return 1;
}

static void free_paras(struct paras *ps)
{
	size_t i;

	for (i = 0; i < ps->n; i++)
		free(ps->p[i].text);
	free(ps->p);
	memset(ps, 0, sizeof *ps);
}

/* The lines where the delete's procedure may go on: its section, and the
 * sections after it whose heading names an install ("REINSTALLING
 * WIDGET", "Setting Up Widget Again"). */
static size_t procedure_end(const struct imp *im, const struct kb_article_section *sec)
{
	const struct kb_article_section *last = im->a->sections + im->a->n_sections, *s;
	size_t end = sec->end_line;

	for (s = sec + 1; s < last && names_install(s->name); s++)
		end = s->end_line;
	return end < im->a->body_end ? end : im->a->body_end;
}

/* part is a whole part of the name: a word, or a CamelCase part
 * ("SetupLock", "Install In Progress"), not letters inside one ("Clock",
 * "Unlock", "Blocks"). */
static int name_part(const char *name, const char *part)
{
	size_t l = strlen(part);
	const char *p;

	for (p = name; (p = imp_ci_find(p, part)) != NULL; p++) {
		int starts = p == name || !isalpha((unsigned char)p[-1]) ||
			     (isupper((unsigned char)p[0]) && islower((unsigned char)p[-1]));
		int ends = !isalpha((unsigned char)p[l]) || isupper((unsigned char)p[l]);
		if (starts && ends)
			return 1;
	}
	return 0;
}

/* A key that stands in the way of an install, not one the install
 * writes: a policy ("...\Policies\...\BlockSetup") or a marker of an
 * install under way ("InstallInProgress", "PendingSetup", "SetupLock"). */
static int blocks_install(const char *key)
{
	static const char *const markers[] = { "InProgress", "Pending", "Lock", "Block", NULL };
	const char *last = strrchr(key, '\\');
	size_t i;

	last = last != NULL ? last + 1 : key;
	if (imp_ci_find(key, "\\Policies\\") != NULL)
		return 1;
	for (i = 0; markers[i] != NULL; i++)
		if (name_part(last, markers[i]))
			return 1;
	return 0;
}

/* The reinstall word at v (in text) is one that fails or is tried:
 * "Cannot Reinstall Widget", "Widget Will Not Re-install", "When you
 * attempt to reinstall Widget", "Error When Reinstalling Widget"; not
 * one done ("After you reinstall Widget, ..."). */
static int reinstall_tried(const char *text, const char *v, const char *around)
{
	static const char *const fails[] = { "cannot", "can't", "not", "won't", "unable", NULL };
	static const char *const tries[] = { "to", "when", "while", "during", NULL };
	static const char *const errors[] = { "error", "errors", "fail", "fails", "failed", "failure", "stops",
					      "message", "not install", "cannot", "unable", "exists", NULL };
	if (imp_word_before_is(text, v, fails))
		return 1;
	/* "When you attempt to reinstall Widget, Setup fails", "Error When
	 * Reinstalling Widget"; not "The problem is not resolved when you
	 * try to reinstall Widget" */
	if (!imp_word_before_is(text, v, tries))
		return 0;
	/* (a message quoted: a title's ""Key Already Exists" When
	 * Reinstalling Widget") */
	return strchr(around, '"') != NULL || imp_find_any_word(around, errors) != NULL;
}

static const char *const reinstall_words[] = { "reinstall", "re-install", "reinstalling", "re-installing",
					       NULL };

/* text says a reinstall fails or is tried (around: text and the lines
 * after it, where the error may be), of a product: not the operating
 * system nor an update ("reinstall the service pack"). */
static int says_reinstall_tried(const char *text, const char *around)
{
	char clause[256];
	const char *v;
	size_t i;

	for (i = 0; reinstall_words[i] != NULL; i++)
		for (v = text; (v = imp_find_word(v, reinstall_words[i])) != NULL; v += strlen(reinstall_words[i])) {
			clause_after(v, clause, sizeof clause);
			if (reinstall_tried(text, v, around) && !brings_no_key_back(clause) && !the_system(clause))
				return 1;
		}
	return 0;
}

/* The title or a SYMPTOMS line that says installing the product again
 * fails ("Cannot Reinstall Widget"): the article deletes keys so that the
 * reinstall can run, and the reinstall writes them back.  Its line (the
 * title's is its TITLE header line), or 0. */
static size_t symptom_reinstall_line(struct imp *im)
{
	size_t i, n;

	if (im->a->title != NULL && says_reinstall_tried(im->a->title, im->a->title))
		return imp_title_line(im) != 0 ? imp_title_line(im) : im->a->body_first;
	for (i = 0; i < im->a->n_sections; i++) {
		const struct kb_article_section *sec = &im->a->sections[i];
		if (!imp_symptoms_section(sec))
			continue;
		for (n = sec->first_line; n < sec->end_line && n < im->a->body_end; n++) {
			/* the error may follow on the next lines ("... try to
			 * re-install Widget ... / You receive the following
			 * fatal error message:") */
			char around[512];
			if (imp_find_any_word(imp_line_at(im, n), reinstall_words) == NULL)
				continue;
			snprintf(around, sizeof around, "%s %s %s", imp_line_at(im, n),
				 n + 1 < sec->end_line ? imp_line_at(im, n + 1) : "",
				 n + 2 < sec->end_line ? imp_line_at(im, n + 2) : "");
			if (says_reinstall_tried(imp_line_at(im, n), around))
				return n;
		}
		break;
	}
	return 0;
}

/* Drops check i to review: its delete cleans out before the reinstall on
 * line at. */
static void drop_cleaned_out(struct imp *im, size_t i, size_t at)
{
	const struct imp_check *c = &im->checks[i];
	const char *what = c->value != NULL ? imp_fmt(im, "the value '%s' under %s", c->value, c->key) :
					      imp_fmt(im, "the key %s", c->key);
	const char *it = c->value != NULL ? "value" : "key";

	imp_drop_check_reviewed(im, i,
				imp_fmt(im, "not drafted: %s: the article deletes it to clean out before a "
					    "reinstall (line %zu), which writes the %s again: no repair",
					what, at, it),
				imp_fmt(im, "not drafted: %s: deleted to clean out before a reinstall "
					    "(line %zu), so the %s comes back",
					what, at, it));
}

void imp_scan_reinstalled_keys(struct imp *im)
{
	struct paras ps = { 0, 0, 0, NULL };
	size_t i = 0, symptom_at = SIZE_MAX;

	while (i < im->n_checks) {
		const struct imp_check *c = &im->checks[i];
		const struct kb_article_section *sec;
		size_t from, to, reinstall_at = 0;

		/* the cheap tests first: most checks delete nothing */
		if (c->repair && ((c->expect == IE_KEY_ABSENT && c->value == NULL) ||
				  (c->expect == IE_VALUE_ABSENT && c->value != NULL)) && c->key != NULL &&
		    (sec = imp_section_of(im, c->line)) != NULL && !blocks_install(c->key) &&
		    (c->value == NULL || !blocks_install(c->value))) {
			size_t end = procedure_end(im, sec);
			imp_check_span(c, &from, &to);
			if (ps.p == NULL || ps.first != sec->first_line || ps.end != end) {
				free_paras(&ps);
				if (!split_paras(im, sec->first_line, end, &ps)) {
					im->oom = 1;
					break;
				}
			}
			reinstall_at = reinstall_line(&ps, c->key, from, to);
			/* (read once: most articles delete no key) */
			if (reinstall_at == 0) {
				if (symptom_at == SIZE_MAX)
					symptom_at = symptom_reinstall_line(im);
				reinstall_at = symptom_at;
			}
		}
		if (reinstall_at == 0) {
			i++;
			continue;
		}
		drop_cleaned_out(im, i, reinstall_at);
	}
	free_paras(&ps);
}
