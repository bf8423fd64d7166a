/* kbimport_gate.c: the last pass over the drafted checks.
 *
 * Whether the article asks for a check is decided when the check is drafted
 * (imp_decide_asked(), kbimport_asks.c): a check its words only show or
 * document never becomes a repair.  What stays here must run after every
 * pass:
 * - a listing of a parameter's choices ("type"="enum" under a key, as setup
 *   scripts keep them) may come after the values it describes, so it is
 *   known only once every check is read;
 * - a check not asked for is dropped here, with its review items, and not
 *   when drafted: until every pass has run, its entry keeps the ids of later
 *   checks with the same name, the readers' "already drafted" test, and the
 *   index that review items made in between name it by (imp_drop_check()
 *   moves them on);
 * - a GUID split by the print wrap and a name glued to "from <old data>"
 *   are mended here, on the check as every pass left it (the decision read
 *   the check as mended).
 * Every line naming a key or value stays in the draft or in review. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* A listing of a parameter's choices: a key named "enum" whose values
 * map each datum to its label ("0"="Disabled"), or a key describing the
 * parameter ("type"="enum", "default", "ParamDesc") as setup scripts
 * keep them.  What it lists is never the data to set. */
static int lists_choices(const struct imp_check *c, const char *const *enum_keys, size_t n_enum)
{
	const char *last = c->key != NULL ? strrchr(c->key, '\\') : NULL;
	size_t j;

	if (last != NULL && strcasecmp(last + 1, "enum") == 0)
		return 1;
	for (j = 0; j < n_enum && c->key != NULL; j++)
		if (strcasecmp(enum_keys[j], c->key) == 0)
			return 1;
	return 0;
}

/* The keys holding a "type"="enum" value, gathered before any check is
 * dropped (the listing's order must not matter); at most max. */
static size_t enum_keys_of(const struct imp *im, const char **keys, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < im->n_checks && n < max; i++) {
		const struct imp_check *o = &im->checks[i];
		if (o->key != NULL && o->value != NULL && strcasecmp(o->value, "type") == 0 &&
		    o->data != NULL && strcasecmp(o->data, "enum") == 0)
			keys[n++] = o->key;
	}
	return n;
}

/* Keys every program shares, by where they sit (a product may name a key
 * of its own "Run"): an article that lists one among its product's keys
 * to remove ("remove the following entries: ...\\SharedDLLs") means the
 * product's entries in it, and one that does mean the key exports it
 * first and restores it after.  Deleting one whole is a person's
 * decision; a key that holds values only, or whose every child is shared
 * (a device class under Control\Class), has no name under it to delete
 * as a key either (children). */
static const struct {
	const char *path;       /* the key's path's end */
	int children;           /* a name under it is no key to delete either */
} shared_keys[] = {
	{ "\\Windows\\CurrentVersion\\Run", 1 },
	{ "\\Windows\\CurrentVersion\\RunOnce", 1 },
	{ "\\Windows\\CurrentVersion\\RunOnceEx", 1 },
	{ "\\Windows\\CurrentVersion\\RunServices", 1 },
	{ "\\Windows\\CurrentVersion\\RunServicesOnce", 1 },
	{ "\\Windows\\CurrentVersion\\SharedDLLs", 1 },
	{ "\\Policies\\Explorer\\Run", 1 },
	{ "\\CurrentVersion\\Explorer\\Shell Folders", 1 },
	{ "\\CurrentVersion\\Explorer\\User Shell Folders", 1 },
	{ "\\Session Manager\\KnownDLLs", 1 },
	{ "\\Session Manager\\Environment", 1 },
	{ "\\Windows NT\\CurrentVersion\\Fonts", 1 },
	{ "\\Control\\Class", 1 },
	{ "\\Windows\\CurrentVersion\\App Paths", 0 },
	{ "\\Control\\Session Manager", 0 },
	{ "\\Control\\Lsa", 0 },
	{ "\\Windows NT\\CurrentVersion\\Winlogon", 0 },
	{ "\\Image File Execution Options", 0 },
	{ "\\Classes\\CLSID", 0 },
	{ "\\Classes\\Interface", 0 },
	{ "\\Classes\\TypeLib", 0 },
	{ "\\Classes\\AppID", 0 },
	{ "\\Control\\Print\\Monitors", 0 },
	{ "\\Control\\Print\\Environments", 0 },
	{ "\\Control\\Print\\Printers", 0 },
	{ "\\Control\\Print\\Providers", 0 },
	{ "\\Services\\WinSock2\\Parameters", 0 },
	/* WMI's own: every WMI provider registers under it, and Windows
	 * 2000 on needs it (audit 25b's Q217044, an SMS uninstall) */
	{ "\\Microsoft\\WBEM", 0 },
};

/* The letters of s, spaces left out, lower case, in buf (size bytes). */
static const char *squeezed(const char *s, char *buf, size_t size)
{
	size_t o = 0;

	for (; *s != '\0' && o + 1 < size; s++)
		if (*s != ' ')
			buf[o++] = (char)tolower((unsigned char)*s);
	buf[o] = '\0';
	return buf;
}

/* k (squeezed, kl bytes) ends in suffix (squeezed). */
static int ends_in(const char *k, size_t kl, const char *suffix)
{
	size_t sl = strlen(suffix);

	return kl >= sl && strncmp(k + kl - sl, suffix, sl) == 0;
}

/* key is a shared key, or a name under one that has none to delete;
 * spaces are not compared ("SessionManager" is Session Manager). */
static int shared_key(const char *key)
{
	char kb[512], sb[128];
	const char *k, *last;
	size_t i, kl;

	if (key == NULL)
		return 0;
	k = squeezed(key, kb, sizeof kb);
	kl = strlen(k);
	last = strrchr(k, '\\');
	for (i = 0; i < sizeof shared_keys / sizeof shared_keys[0]; i++) {
		const char *sf = squeezed(shared_keys[i].path, sb, sizeof sb);
		if (ends_in(k, kl, sf) ||
		    (shared_keys[i].children && last != NULL && ends_in(k, (size_t)(last - k), sf)))
			return 1;
	}
	return 0;
}

void imp_drop_check(struct imp *im, size_t i)
{
	size_t r;

	for (r = 0; r < im->n_reviews; r++) {
		struct imp_review *v = &im->reviews[r];
		if (v->target != T_CHECK)
			continue;
		if (v->index == i)
			v->target = T_NONE, v->index = 0;
		else if (v->index > i)
			v->index--;
	}
	memmove(&im->checks[i], &im->checks[i + 1], (im->n_checks - i - 1) * sizeof im->checks[0]);
	im->n_checks--;
}

/* The key of several dropped values is listed once. */
void imp_drop_check_reviewed(struct imp *im, size_t i, const char *check_note, const char *key_note)
{
	const struct imp_check *c = &im->checks[i];

	imp_review(im, c->line, T_NONE, 0, check_note);
	if (c->key_line > 0 && c->key_line != c->line)
		imp_review_once(im, c->key_line, T_NONE, key_note);
	imp_drop_check(im, i);
}

void imp_gate(struct imp *im)
{
	const char *enum_keys[8];
	size_t i = 0, n_enum = enum_keys_of(im, enum_keys, sizeof enum_keys / sizeof enum_keys[0]);

	while (i < im->n_checks) {
		const char *joined = imp_joined_guid_key(im, im->checks[i].key), *why, *what;
		struct imp_check c;

		if (joined != NULL) {
			imp_review(im, im->checks[i].line, T_CHECK, i,
				   imp_fmt(im, "the key's GUID is wrapped over two lines in the article: read as %s; check it",
					   joined));
			im->checks[i].key = joined;
		}
		{
			const char *cut = imp_name_before_from(im, &im->checks[i]);
			if (cut != NULL) {
				imp_review(im, im->checks[i].line, T_CHECK, i,
					   imp_fmt(im, "the value's name was read as '%s' (the sentence's 'from' glued to it): check the name '%s'",
						   im->checks[i].value, cut));
				im->checks[i].value = cut;
			}
		}
		c = im->checks[i];
		if (c.expect == IE_KEY_ABSENT && c.value == NULL && c.not_asked == NULL && shared_key(c.key))
			c.not_asked = "a key every program shares, or a name in one that holds values only: deleting it whole is a person's decision (an article that lists it most often means the product's entries in it)";
		/* the listing of choices ranks below the cues on the name and
		 * the defaults, above the others (see imp_decide_asked()) */
		why = c.not_asked != NULL && !c.not_asked_late ? c.not_asked :
		      lists_choices(&c, enum_keys, n_enum) ?
		      "the key lists a parameter's choices (an enum and its labels), not data to set" :
		      c.not_asked;
		if (why == NULL) {
			if (c.check_only != NULL)
				imp_review(im, c.line, T_CHECK, i, c.check_only);
			i++;
			continue;
		}
		what = c.value != NULL ? imp_fmt(im, "%s\\%s", c.key ? c.key : "", c.value)
				       : c.key;
		imp_drop_check_reviewed(im, i, imp_fmt(im, "not drafted: %s: %s", what ? what : "?", why),
					imp_fmt(im, "not drafted: the key %s: %s", c.key ? c.key : "?", why));
	}
}

/* Whether a check other than i is on key or under it. */
static int drafted_under(const struct imp *im, size_t i, const char *key)
{
	size_t j, kl = strlen(key);

	for (j = 0; j < im->n_checks; j++) {
		const char *k = im->checks[j].key;
		if (j != i && k != NULL && strncasecmp(k, key, kl) == 0 &&
		    (k[kl] == '\\' || (k[kl] == '\0' && im->checks[j].value != NULL)))
			return 1;
	}
	return 0;
}

void imp_drop_bare_workplaces(struct imp *im)
{
	size_t i = 0, r;

	while (i < im->n_checks) {
		const struct imp_check *c = &im->checks[i];
		const char *note;
		if (c->check_only == NULL || c->repair || c->value != NULL || c->key == NULL ||
		    drafted_under(im, i, c->key)) {
			i++;
			continue;
		}
		note = imp_fmt(im, "not drafted: the key %s: the steps add under it something the import could not "
				   "draft (write it by hand); the key alone is where they work, not a fact of its own",
			       c->key);
		/* the check-only note imp_gate() gave it now says why it went */
		for (r = 0; r < im->n_reviews; r++)
			if (im->reviews[r].target == T_CHECK && im->reviews[r].index == i &&
			    im->reviews[r].note == c->check_only)
				im->reviews[r].note = note;
		imp_drop_check(im, i);
	}
}

/* Type t holds a number: the data compare as numbers. */
static int number_type(const char *t)
{
	return t != NULL && (strcasecmp(t, "REG_DWORD") == 0 || strcasecmp(t, "REG_QWORD") == 0);
}

/* Text a and b are one path or string: case ignored, and a trailing
 * backslash left out ("C:\Frob\Logs" is "C:\Frob\Logs\", the one
 * a block's, the other a .reg line's). */
static int same_text(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	if (la > 1 && a[la - 1] == '\\')
		la--;
	if (lb > 1 && b[lb - 1] == '\\')
		lb--;
	return la == lb && strncasecmp(a, b, la) == 0;
}

int imp_same_data(const char *type_a, const char *a, const char *type_b, const char *b)
{
	unsigned long long na, nb;

	if (number_type(type_a) && number_type(type_b) && a != NULL && b != NULL && imp_data_number(a, strlen(a), &na) &&
	    imp_data_number(b, strlen(b), &nb))
		return na == nb;
	return same_text(a, b);
}

/* Why the checks a and b on one value cannot both be repairs: asked for
 * with different data, or set and deleted; NULL when they can. */
static const char *at_odds(const struct imp_check *a, const struct imp_check *b)
{
	if (!a->repair && !b->repair)
		return NULL;
	if (a->key == NULL || b->key == NULL || a->value == NULL || b->value == NULL ||
	    strcasecmp(a->key, b->key) != 0 || strcasecmp(a->value, b->value) != 0)
		return NULL;
	if (a->expect == IE_EQUALS && b->expect == IE_EQUALS && a->data != NULL && b->data != NULL &&
	    !imp_same_data(a->type, a->data, b->type, b->data))
		return "is asked for with different data";
	if ((a->expect == IE_EQUALS && b->expect == IE_VALUE_ABSENT) ||
	    (a->expect == IE_VALUE_ABSENT && b->expect == IE_EQUALS))
		return "is both set and deleted";
	return NULL;
}

size_t imp_section_end(const struct imp *im, size_t n)
{
	const struct kb_article_section *sec = imp_section_of(im, n);

	return sec != NULL && sec->end_line < im->a->body_end ? sec->end_line : im->a->body_end;
}

/* Check d only describes the value's data where the article states its
 * problem (no repair, in SYMPTOMS or CAUSE: "this happens when Frob is
 * 0"), and fix asks for other data where it says what to do (RESOLUTION
 * or WORKAROUND): the fix stands, and the description, the faulty data,
 * is no check of a healthy machine.  A check with no repair in the same
 * part as the fix ("set them back to the first settings") still makes
 * the pair alternatives or a temporary change, and so does a fix a later
 * step of its procedure sets back (imp_set_back_to_problem(): the
 * problem's data is then the state the procedure returns to). */
static int describes_what_fix_mends(struct imp *im, const struct imp_check *d, const struct imp_check *fix)
{
	/* other data only: a fix that deletes the value ("remove the cache
	 * value while you run the backup") is mostly added back later,
	 * which no reader here sees */
	return !d->repair && fix->repair && d->expect == IE_EQUALS && fix->expect == IE_EQUALS &&
	       imp_in_symptoms_or_cause(im, d->line) && imp_in_resolution(im, fix->line) &&
	       !imp_set_back_to_problem(im, fix, d);
}

/* Drops every repair check whose value another check asks for with other
 * data, or sets where the other deletes (at_odds()), with a review item
 * on each check's line and key line naming the other's line.  Mined from
 * the whole archive's drafts: the value asked for twice are
 * alternatives (one method sets one debugger, the next another), one per
 * program under a subkey the import did not read, a temporary change set
 * back later, or a value from the cause.  Which one the reader's case
 * needs is for a person: neither is a repair, and the same value given
 * twice with one datum is no conflict. */
void imp_gate_conflicts(struct imp *im)
{
	size_t *other, i, j;
	const char **why;
	/* the check only gives the problem's data, against the fix at
	 * other[i] (describes_what_fix_mends()): dropped as that, not as a
	 * conflict */
	unsigned char *describes_problem;

	if (im->n_checks < 2)
		return;
	other = calloc(im->n_checks, sizeof *other);
	why = calloc(im->n_checks, sizeof *why);
	describes_problem = calloc(im->n_checks, sizeof *describes_problem);
	if (other == NULL || why == NULL || describes_problem == NULL) {
		im->oom = 1;
		free(other);
		free(why);
		free(describes_problem);
		return;
	}
	for (i = 0; i < im->n_checks; i++)
		for (j = i + 1; j < im->n_checks; j++) {
			const char *w = at_odds(&im->checks[i], &im->checks[j]);
			int fix_i, fix_j;
			if (w == NULL)
				continue;
			/* the one that is the fix keeps its repair */
			fix_i = describes_what_fix_mends(im, &im->checks[j], &im->checks[i]);
			fix_j = describes_what_fix_mends(im, &im->checks[i], &im->checks[j]);
			if (why[i] == NULL && !fix_i)
				why[i] = w, other[i] = im->checks[j].line, describes_problem[i] = fix_j;
			if (why[j] == NULL && !fix_j)
				why[j] = w, other[j] = im->checks[i].line, describes_problem[j] = fix_i;
		}
	for (i = im->n_checks; i-- > 0;) {
		const struct imp_check *c = &im->checks[i];
		if (why[i] == NULL)
			continue;
		if (describes_problem[i]) {
			imp_drop_check_reviewed(im, i,
						imp_fmt(im, "not drafted: value '%s' under %s: this line gives the data that brings the problem; the fix at line %zu asks for other data",
							c->value, c->key, other[i]),
						imp_fmt(im, "not drafted: the key %s: its value '%s' is the problem's data here (the fix is at line %zu)",
							c->key, c->value, other[i]));
			continue;
		}
		imp_drop_check_reviewed(im, i,
					imp_fmt(im, "not drafted: value '%s' under %s %s at lines %zu and %zu: alternatives, one per case, a temporary change or a wrong key; write it by hand",
						c->value, c->key, why[i], c->line < other[i] ? c->line : other[i],
						c->line < other[i] ? other[i] : c->line),
					imp_fmt(im, "not drafted: the key %s: its value '%s' %s", c->key, c->value, why[i]));
	}
	free(other);
	free(why);
	free(describes_problem);
}
