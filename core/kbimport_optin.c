/* kbimport_optin.c: a registry change the article offers as an option
 * once its fix is in place (kbimport_int.h):
 *
 *     With the fix applied, the server sends a null by default.  If you
 *     need the old character, you can modify the registry as shown below.
 *
 * or "If you want addresses translated the old way after you apply this
 * fix, edit the registry:".  Outside the RESOLUTION and WORKAROUND, a
 * procedure led in by the reader's wish ("if you want", "if you need")
 * in words that name the fix is a choice some sites make on top of the
 * fix, often putting back the behaviour the fix changed: not the repair
 * of the problem the technician has.  Its sets are dropped to review. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

/* How far above a check's key the lead-in is looked for. */
#define OPTIN_WINDOW 16
/* How far above a check's key a "New Features" heading is looked for. */
#define FEATURE_WINDOW 25
/* The longest verb after "if you still want to" read. */
#define VERB_MAX 32

/* Line s is a numbered step, a registry warning or blank: not the
 * lead-in's prose. */
static int not_lead_in(const char *s)
{
	const char *t = imp_skip_ws(s);

	return imp_blank(s) || imp_numbered_step(t) || imp_starts_ci(t, "WARNING") ||
	       imp_ci_find(s, "Registry Editor") != NULL || imp_ci_find(s, "reinstall your operating") != NULL ||
	       imp_ci_find(s, "at your own risk") != NULL || imp_indent_of(s) > 0 ||
	       /* the boilerplate on how to edit the registry: "view the
	        * "Changing Keys And Values" Help topic ... back up the
	        * registry before you edit it" */
	       imp_ci_find(s, "Help topic") != NULL || imp_ci_find(s, "how to edit the registry") != NULL ||
	       imp_ci_find(s, "Information in the Registry") != NULL ||
	       imp_ci_find(s, "registry before you edit") != NULL;
}

/* Line n is a heading over the key's lines ("For Windows NT Clients" over
 * its rule of dashes, or the rule itself) or a label of where the key is
 * ("Subtree:   HKEY_LOCAL_MACHINE", "Key: ..."): what stands between a
 * lead-in and the key it leads in to, not the lead-in. */
static int heading_or_label(const struct imp *im, size_t n)
{
	const char *t = imp_skip_ws(imp_line_at(im, n));
	size_t i;

	if (imp_rule_line(t) || (n + 1 < im->a->body_end && !imp_blank(t) &&
				 imp_rule_line(imp_skip_ws(imp_line_at(im, n + 1)))))
		return 1;
	if (imp_starts_ci(t, "Subtree:"))
		return 1;
	for (i = 0; imp_key_path_labels[i] != NULL; i++)
		if (imp_starts_ci(t, imp_key_path_labels[i]))
			return 1;
	return 0;
}

/* The lead-in of the procedure holding the key at line k: the prose
 * paragraph above its steps and the registry warning, in the same
 * section, joined into b.  0 when there is none. */
static int lead_in_text(struct imp *im, size_t k, struct kb_buf *b)
{
	const struct kb_article_section *sec = imp_section_of(im, k);
	size_t n = k, first, last, starts[16];

	/* up past the steps and the warning (whose own lines are prose too)
	 * to the prose above them */
	while (n > im->a->body_first && k - n < OPTIN_WINDOW &&
	       (imp_ci_find(imp_line_at(im, n - 1), "Microsoft cannot") != NULL ||
		imp_ci_find(imp_line_at(im, n - 1), "guarantee") != NULL ||
		imp_ci_find(imp_line_at(im, n - 1), "incorrectly") != NULL ||
		imp_ci_find(imp_line_at(im, n - 1), "serious problems") != NULL || not_lead_in(imp_line_at(im, n - 1)) ||
		heading_or_label(im, n - 1)))
		n--;
	if (n <= im->a->body_first || k - n >= OPTIN_WINDOW)
		return 0;
	last = n - 1;
	for (first = last; first > im->a->body_first && !imp_blank(imp_line_at(im, first - 1)); first--)
		;
	if (sec == NULL || imp_section_of(im, first) != sec)
		return 0;
	return imp_join_lines(im, first, last, b, starts, 16) > 0 && !b->oom && b->p != NULL;
}

/* The lead-in buf offers the change as the reader's choice on top of the
 * fix: a wish ("if you want", "if you need", "if you prefer", "if you
 * wish", "if required") and the fix named ("the fix", "this fix",
 * "hotfix", "service pack", "this update", "With this client update
 * applied"). */
static int offers_option(const char *buf)
{
	static const char *const wishes[] = { "if you want", "if you need", "if you prefer", "if you wish",
					      "if you would like", "if required", NULL };
	static const char *const fixes[] = { "the fix", "this fix", "hotfix", "service pack", "this update",
					     "the update", "fix applied", "fix is applied", "update applied", NULL };
	size_t i, j;

	for (i = 0; wishes[i] != NULL; i++)
		if (imp_ci_find(buf, wishes[i]) != NULL)
			for (j = 0; fixes[j] != NULL; j++)
				if (imp_ci_find(buf, fixes[j]) != NULL)
					return 1;
	return 0;
}

/* A form of the verb (its letters in verb) is a whole word of the
 * sentence of text around at, before the wish ("if you still") when
 * that sentence holds it: "enable", "enables", "enabled", "enabling";
 * "use", "using", not "users"; "set", not "Setup". */
static int sentence_has_verb(const char *text, const char *at, const char *verb)
{
	const char *start = imp_sentence_of(text, at), *end = strstr(at, ". "), *wish, *v;
	char forms[5][VERB_MAX + 4];
	size_t l = strlen(verb), i;
	int e = l > 1 && verb[l - 1] == 'e';

	if ((wish = imp_ci_find(start, "if you still")) != NULL && (end == NULL || wish < end))
		end = wish;
	snprintf(forms[0], sizeof forms[0], "%s", verb);
	snprintf(forms[1], sizeof forms[1], "%ss", verb);
	snprintf(forms[2], sizeof forms[2], "%s%s", verb, e ? "d" : "ed");
	snprintf(forms[3], sizeof forms[3], "%.*sing", (int)(e ? l - 1 : l), verb);
	snprintf(forms[4], sizeof forms[4], "%ses", verb);
	for (i = 0; i < 5; i++)
		if ((v = imp_find_word(start, forms[i])) != NULL && (end == NULL || v < end))
			return 1;
	return 0;
}

/* The sentence of text around at holds the phrase w. */
static int sentence_has_phrase(const char *text, const char *at, const char *w)
{
	const char *end = strstr(at, ". "), *v = imp_find_word(imp_sentence_of(text, at), w);

	return v != NULL && (end == NULL || v < end);
}

/* The procedure is one the article advises against: its lead-in (buf)
 * goes on "If you still want to ...", and the section above it says the
 * change is not recommended ("It is recommended that customers not
 * enable this feature").  "Still" alone is no advice: a fix's own steps
 * may say it ("If you still want to enable this mechanism" after "a new
 * value must be set"). */
static int advised_against(struct imp *im, size_t k, const char *buf)
{
	static const char *const stills[] = { "if you still want to ", "if you still wish to ",
					      "if you still choose to ", "if you still decide to ", NULL };
	static const char *const againsts[] = { "not recommended", "recommended that customers not",
						"recommended that you not", "recommend that you do not",
						"recommends that you do not", "do not recommend", "does not recommend",
						"recommends against", "recommend against", "is discouraged", NULL };
	static const char *const these[] = { "this change", "this feature", "this setting", NULL };
	const struct kb_article_section *sec = imp_section_of(im, k);
	const char *p = NULL;
	char verb[VERB_MAX], text[512];
	size_t i, j, n, vl;

	for (i = 0; stills[i] != NULL; i++)
		if ((p = imp_ci_find(buf, stills[i])) != NULL)
			break;
	if (stills[i] == NULL || sec == NULL)
		return 0;
	/* the verb the wish goes on with ("enable"): the advice must be
	 * about doing that ("recommended that customers not enable this
	 * feature", "does not recommend enabling"), not about something
	 * else in the section ("Turning off the firewall is not
	 * recommended.  If you still want to use FTP ...") */
	p += strlen(stills[i]);
	for (vl = 0; isalpha((unsigned char)p[vl]) && vl + 1 < sizeof verb; vl++)
		verb[vl] = p[vl];
	verb[vl] = '\0';
	if (vl < 2)
		return 0;
	for (n = sec->first_line; n < k; n++) {
		/* the advice's sentence, wrapped onto the next line */
		const char *t = imp_step_text(im, n, text, sizeof text), *a;
		for (i = 0; againsts[i] != NULL; i++) {
			if ((a = imp_ci_find(t, againsts[i])) == NULL)
				continue;
			if (sentence_has_verb(t, a, verb))
				return 1;
			for (j = 0; these[j] != NULL; j++)
				if (sentence_has_phrase(t, a, these[j]))
					return 1;
		}
	}
	return 0;
}

/* The words of t (l bytes) are a title's: each opens with a capital or
 * a digit, but for the small words ("New Features Added in Hotfix
 * 1.0"); not a sentence ("This can be done as shown:"). */
static int title_words(const char *t, size_t l)
{
	static const char *const small[] = { "a", "an", "the", "and", "or", "of", "in", "on", "for", "to", "with",
					     "from", "by", "at", "as", NULL };
	const char *p = t, *e = t + l;
	size_t wl;

	while (p < e) {
		while (p < e && !isalnum((unsigned char)*p))
			p++;
		for (wl = 0; p + wl < e && !isspace((unsigned char)p[wl]); wl++)
			;
		if (wl > 0 && !isupper((unsigned char)*p) && !isdigit((unsigned char)*p) && !imp_word_in(p, wl, small))
			return 0;
		p += wl;
	}
	return 1;
}

/* Line n is a heading: a short line of its own (a blank line or the
 * section's start above it, no sentence break in it), underlined, or
 * in a title's words ending with ':' over a blank line.  Its words in
 * *t. */
static int heading_line(struct imp *im, size_t n, const struct kb_article_section *sec, const char **t)
{
	const char *s = imp_line_at(im, n);
	size_t l;

	*t = imp_skip_ws(s);
	l = imp_rtrim_len(*t, strlen(*t));
	if (l == 0 || l >= 72 || strstr(*t, ". ") != NULL || n + 1 >= im->a->body_end ||
	    (n > sec->first_line && !imp_blank(imp_line_at(im, n - 1))))
		return 0;
	if (imp_underline(imp_line_at(im, n + 1)))
		return 1;
	return (*t)[l - 1] == ':' && imp_blank(imp_line_at(im, n + 1)) && title_words(*t, l - 1);
}

/* A sub-heading numbered under another ("2.2 Using MS-CHAP with
 * RADIUS"): its parent ("2.0 New Features Added In This Update") says
 * what the part is. */
static int numbered_sub_heading(const char *t)
{
	size_t d = strspn(t, "0123456789");

	return d > 0 && t[d] == '.' && isdigit((unsigned char)t[d + 1]) && !(t[d + 1] == '0' && !isdigit((unsigned char)t[d + 2]));
}

/* The nearest heading above k, in its section and the few lines above,
 * heads a list of new features ("2.0 New Features Added In This Update",
 * "New Features Added in Hotfix 1.0:"), its numbered sub-headings
 * passed: release notes document what an update makes possible ("In
 * order to enable MS-CHAP with RADIUS authentication, you must add
 * ..."), a choice for the sites that want it, not a repair.  A nearer
 * heading of another kind ("Problems Fixed in Update 2") decides
 * otherwise. */
static int under_new_features(struct imp *im, size_t k)
{
	static const char *const heads[] = { "new feature", "features added", NULL };
	const struct kb_article_section *sec = imp_section_of(im, k);
	const char *t, *cue;
	size_t n;

	if (sec == NULL)
		return 0;
	for (n = k; n > sec->first_line && k - n < FEATURE_WINDOW; n--) {
		if (!heading_line(im, n - 1, sec, &t) || numbered_sub_heading(t))
			continue;
		/* the words near its start (past a number like "2.0") */
		return (cue = imp_cue_in(t, heads)) != NULL && cue - t < 20;
	}
	return 0;
}

void imp_scan_fix_options(struct imp *im)
{
	size_t i = 0, k;

	while (i < im->n_checks) {
		const struct imp_check *c = &im->checks[i];
		const struct kb_article_section *sec;
		struct kb_buf b = { 0 };
		int option, against = 0, feature = 0;
		k = c->key_line > 0 ? c->key_line : c->line;
		sec = imp_section_of(im, k);
		option = c->repair && sec != NULL && lead_in_text(im, k, &b);
		if (option) {
			against = advised_against(im, k, b.p);
			option = against || (!imp_in_resolution(im, k) && offers_option(b.p));
		}
		kb_buf_free(&b);
		if (!option && c->repair && sec != NULL && !imp_in_resolution(im, k) && under_new_features(im, k))
			option = feature = 1;
		if (!option) {
			i++;
			continue;
		}
		/* one drop, its reason the advice against or the option */
		imp_drop_check_reviewed(im, i,
					imp_fmt(im, "not drafted: %s%s%s: %s: write it by hand if a site wants it",
						c->key, c->value != NULL ? "\\" : "", c->value != NULL ? c->value : "",
						against ? "the article advises against this change (in the words above it, then \"if you still want\")" :
						feature ? "the article lists this change under new features an update brings, for the sites that want them, not as the repair of a problem" :
						imp_fmt(im, "the article offers this change in its %s as a choice once its fix is applied (\"if you want\" / \"if you need\"), not as the repair of the problem",
							sec->name)),
					imp_fmt(im, "not drafted: the key %s: what the article changes under it is %s", c->key,
						against ? "a change it advises against" :
						feature ? "a new feature's setting" : "a choice offered once its fix is applied"));
	}
}
