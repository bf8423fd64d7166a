/* kbimport_describes.c: words that show, document or misname a check
 * instead of asking for it (kbimport_int.h).
 *
 * Some layouts only describe a value: a parameter reference ("Valid Range:
 * 0,1", "Default: 0", "Suggested value ...: 1"), data the reader picks
 * ("0 (default) to 5 as defined above"), an export shown "in this
 * example", a key whose permissions the reader checks, a key named in the
 * cause.  Others read a name wrongly (a wrapped name, a name glued to
 * "from <old data>", a GUID split by the print wrap).  These cues were the
 * gate's (kbimport_gate.c), which took back checks already drafted; they
 * are now read when a check is drafted (imp_decide_asked(), in
 * kbimport_asks.c), so a check the article does not ask for is never
 * drafted as one. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* How far around a check its describing words are looked for. */
#define GATE_BEFORE 4   /* the sentence introducing a key or an export */
#define GATE_DEFAULTS 14 /* a step with a defaults lead-in above its listing */
#define GATE_SCENARIO 30 /* a lead-in saying the procedure below uses an example */
#define GATE_FOR_A_WHILE 15 /* "Temporarily disable X": the option's first line */
#define EXAMPLE_OF_REACH 12 /* "This example illustrates [the] registry changes": what it is of, right after */
#define GATE_BLOCK 8    /* the rest of a value's block, to a blank line */

/* "0 to 5", "1-10", "0,1": the data line offers a choice, not one value. */
static int says_range(const char *s)
{
	const char *p;

	for (p = s; *p != '\0'; p++) {
		const char *q;

		if (!isdigit((unsigned char)*p) || (p > s && isalnum((unsigned char)p[-1])))
			continue;
		q = p;
		while (isdigit((unsigned char)*q))
			q++;
		if (strncmp(q, " to ", 4) == 0 && isdigit((unsigned char)q[4]))
			return 1;
		if ((q[0] == '-' || q[0] == ',') && isdigit((unsigned char)q[1]))
			return 1;
		p = q - 1;
	}
	return 0;
}

/* Words on a value's own lines saying the data is documented, not asked
 * for.  "(Default)" alone is the name Registry Editor gives the unnamed
 * value, so it counts only after a label's colon (on the data). */
int imp_line_documents_data(const char *s)
{
	/* labels that open a line of a parameter reference */
	static const char *const labels[] = {
		"valid range", "range", "valid values", "valid data", "suggested value",
		"recommended value", "possible values", "default setting", "default",
	};
	/* words on the data that point elsewhere for it */
	static const char *const refs[] = {
		"as defined above", "as described above", "or as defined", NULL,
	};
	const char *t = imp_skip_ws(s);
	const char *colon = strchr(s, ':');
	size_t i;

	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (imp_starts_word(t, labels[i]))
			return 1;
	if (imp_cue_in(s, refs) != NULL)
		return 1;
	if (colon == NULL || (imp_ci_find(s, "data") == NULL && imp_ci_find(s, "value") == NULL))
		return 0;
	/* "Data: 1 to 10"; "Data: 0 (default), 1, or 250": a choice, with
	 * the default among others (not "Value Name: (Default)", nor one
	 * value that is also the default) */
	if (says_range(colon + 1))
		return 1;
	return imp_ci_find(colon, "(default)") != NULL &&
	       (imp_ci_find(colon, " or ") != NULL || imp_ci_find(colon, " to ") != NULL ||
		strchr(colon, ',') != NULL);
}

/* Line s of check c's block is "Default = 0" alone where the article
 * asks for other data ("Add the following registry parameter:" / "Key
 * = ..." / "Value = Name REG_DWORD 1" / "Default = 0", the block's labels
 * written with '='): the default is the state before, not the value's
 * documentation.  (A reference's "Default: 800(2048)" under "Value:
 * 0-FFFFFFFF" documents.) */
static int other_default(const struct imp_check *c, const char *s)
{
	const char *t = imp_skip_ws(s), *d;
	size_t dl, i;

	if (!c->repair || c->data == NULL || !imp_starts_word(t, "default"))
		return 0;
	d = imp_skip_ws(t + 7);
	if (*d != '=')
		return 0;
	d = imp_skip_ws(d + 1);
	dl = imp_rtrim_len(d, strlen(d));
	for (i = 0; i < dl; i++)
		if (!isalnum((unsigned char)d[i]))
			return 0;
	if (dl == 0)
		return 0;
	if (isdigit((unsigned char)*d) && isdigit((unsigned char)*c->data))
		return strtoul(d, NULL, 0) != strtoul(c->data, NULL, 0);
	return strlen(c->data) != dl || strncasecmp(d, c->data, dl) != 0;
}

/* "Name <set to 0x1(1)>", "Name (change to 2)": the value's own line
 * gives the data to write, whatever defaults its block documents. */
static int line_sets(const char *s)
{
	static const char *const cues[] = {
		"<set to ", "(set to ", "[set to ", "<change to ", "(change to ", "[change to ", NULL,
	};

	return imp_cue_in(s, cues) != NULL;
}

/* Words before a key or an export saying it is shown, not asked for:
 * an example, "examples of use" (data the reader picks).  Not "Sample
 * registry entries:" under "configure extra settings through REGEDT32":
 * those are the settings asked for (a hand label says so). */
int imp_intro_shows_example(const char *s)
{
	static const char *const cues[] = {
		"in this example", "for example", "example of", "for instance", "fictitious",
		"to demonstrate", NULL,
	};

	return imp_cue_in(s, cues) != NULL || imp_has_word(s, "examples");
}

/* A value read from a table row ("| Name | Description | REG_DWORD | 30 |")
 * whose heading names its data column "Default": the table documents the
 * defaults, it asks for no data. */
static int table_of_defaults(const struct imp *im, size_t line)
{
	size_t n;

	for (n = line; n > im->a->body_first && n + 40 > line; n--) {
		const char *s = imp_skip_ws(imp_line_at(im, n - 1));
		if (*s != '|' && *s != '+')
			return 0;
		if (*s == '|' && imp_ci_find(s, "REG_") == NULL && imp_ci_find(s, "Default") != NULL)
			return 1;
	}
	return 0;
}

/* A line of a .reg export: "REGEDIT4", a "[HKEY_...]" header, a
 * ""Name"=dword:1" or "@=" value. */
static int regfile_line(const char *s)
{
	s = imp_skip_ws(s);
	return *s == '[' || *s == '"' || *s == '@' || imp_starts_ci(s, "REGEDIT") ||
	       imp_starts_ci(s, "Windows Registry Editor");
}

/* A sentence or step that asks: "3. Add the following value:", "Set
 * ...", "Merge ...".  The first word, after a step's number or letter. */
static int asks_line(const char *s)
{
	static const char *const verbs[] = {
		"set", "add", "change", "create", "modify", "type", "delete", "remove",
		"merge", "import", "enter", "edit", "rename", "replace", "increase", "decrease",
	};
	size_t i;

	s = imp_skip_ws(s);
	if (isalnum((unsigned char)s[0])) {
		const char *p = s;
		while (isalnum((unsigned char)*p) && p - s < 3)
			p++;
		if ((*p == '.' || *p == ')') && p[1] == ' ')
			s = imp_skip_ws(p + 1);
	}
	for (i = 0; i < sizeof verbs / sizeof verbs[0]; i++) {
		size_t n = strlen(verbs[i]);
		/* "Type: REG_DWORD" is a label, not a step */
		if (imp_starts_ci(s, verbs[i]) && !isalpha((unsigned char)s[n]) &&
		    *imp_skip_ws(s + n) != ':')
			return 1;
	}
	return 0;
}

/* The end of a value's block: a blank line, or the next value's lines. */
static int next_value_line(const char *s)
{
	s = imp_skip_ws(s);
	return *s == '\0' || regfile_line(s) || imp_value_label(s, "Value Name") != NULL ||
	       imp_value_label(s, "Name") != NULL;
}

/* Lines first..last ask to check or bring back a value's data: "verify
 * that the following value", "make sure", "restore" (whole words). */
static int check_asked(const struct imp *im, size_t first, size_t last)
{
	static const char *const asks[] = { "verify", "make sure", "ensure", "check that", "confirm", "restore",
					    NULL };
	size_t n;

	for (n = first; n <= last && n < im->a->body_end; n++)
		if (imp_find_any_word(imp_line_at(im, n), asks) != NULL)
			return 1;
	return 0;
}

/* The paragraph right after a value's block (lines past last, one
 * blank between) says that the check's data is the default: "Default is
 * 1", "The default value is 0x1", "defaults to 1".  Data shown with no
 * ask that is the default documents the value (call C3). */
static int block_data_is_default(struct imp *im, const struct imp_check *c, size_t last)
{
	unsigned long long data;
	size_t n = last + 1;
	const char *d;

	if (c->data == NULL || !imp_data_number(c->data, strlen(c->data), &data))
		return 0;
	if (n < im->a->body_end && imp_blank(imp_line_at(im, n)))
		n++;
	for (; n < im->a->body_end && n <= last + GATE_BLOCK + 1; n++) {
		const char *s = imp_line_at(im, n);
		if (next_value_line(s) || imp_line_starts_key(s))
			break;
		/* kbimport_default.c's reading of "the default is N" */
		if ((d = imp_default_stated(im, c, n)) != NULL && imp_same_data(c->type, c->data, c->type, d))
			return 1;
	}
	return 0;
}

static int in_section(const struct imp *im, size_t n, const char *name)
{
	const struct kb_article_section *s = imp_section_of(im, n);

	return s != NULL && s->name != NULL && imp_ci_find(s->name, name) != NULL;
}

/* "Value: milliseconds (Default: 10000)": the data read is the unit of
 * a number the reader picks, not data to set. */
static int data_is_unit(const char *d)
{
	static const char *const units[] = {
		"milliseconds", "seconds", "minutes", "hours", "days", "bytes", "kilobytes", "megabytes",
	};
	size_t i;

	if (d == NULL)
		return 0;
	if (*d == '\'' || *d == '"')
		d++;
	for (i = 0; i < sizeof units / sizeof units[0]; i++) {
		size_t n = strlen(units[i]);
		if (strncasecmp(d, units[i], n) == 0 && !isalnum((unsigned char)d[n]))
			return 1;
	}
	return 0;
}

/* "(value not to exceed 200)": data read as words in brackets opening in
 * lower case describes the data the reader picks ("(GMT+02:00) Athens"
 * is data). */
static int data_is_words(const char *d)
{
	const char *e;
	size_t spaces = 0;

	if (d == NULL || d[0] != '(' || !islower((unsigned char)d[1]) || (e = strchr(d, ')')) == NULL)
		return 0;
	for (; d < e; d++)
		if (*d == ' ')
			spaces++;
	return spaces >= 2;
}

/* "Start : REG_DWORD : 0." then "change the "0" to a "2"": the data read
 * is the value's state before the change the article asks for. */
static int data_changed_below(const struct imp *im, const struct imp_check *c)
{
	size_t last = imp_check_last_line(c), n;
	char a[96], b[96];

	if (c->data == NULL || *c->data == '\0' || strlen(c->data) > 60)
		return 0;
	snprintf(a, sizeof a, "change the \"%s\" to", c->data);
	snprintf(b, sizeof b, "change \"%s\" to", c->data);
	for (n = c->line; n <= last + 3 && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		if (imp_ci_find(s, a) != NULL || imp_ci_find(s, b) != NULL)
			return 1;
	}
	return 0;
}

/* "HKEY_...\\NdisWanX" then "where X is the adapter number": a key
 * whose name ends in the letter the next lines say stands for a number
 * or a name.  The line, or 0. */
static size_t key_placeholder(const struct imp *im, const struct imp_check *c)
{
	size_t first = c->key_line > 0 ? c->key_line : c->line;
	size_t last = c->key_last > first ? c->key_last : first, n;
	const char *k = c->key, *p;

	if (k == NULL)
		return 0;
	for (n = last + 1; n <= last + 2 && n < im->a->body_end; n++) {
		const char *s = imp_skip_ws(imp_line_at(im, n));
		char x;
		if (!imp_starts_ci(s, "where ") || !isalpha((unsigned char)s[6]) || s[7] != ' ' ||
		    !imp_starts_ci(s + 8, "is "))
			continue;
		x = s[6];
		/* a name of the key ending in x after a small letter or a
		 * digit: "NdisWanX", "Netflex3X" */
		for (p = k; (p = strchr(p, x)) != NULL; p++)
			if (p > k && (islower((unsigned char)p[-1]) || isdigit((unsigned char)p[-1])) &&
			    (p[1] == '\0' || p[1] == '\\'))
				return n;
	}
	return 0;
}

/* A sentence of s opens with one of verbs, as a step asks ("4. Change
 * the value of these keys", "Set these back to the defaults"), or has it
 * after "to" ("Use Registry Editor to verify"); not "the default values
 * that Setup will set". */
static int opens_sentence_with(const char *s, const char *const *verbs)
{
	const char *p, *first = imp_skip_ws(s), *w;
	size_t i;

	for (p = first; *p != '\0'; p++) {
		if (p != first && !(p - first >= 2 && p[-1] == ' ' && (p[-2] == '.' || p[-2] == ':')) &&
		    !(p - first >= 3 && strncasecmp(p - 3, "to ", 3) == 0 && (p - first == 3 || p[-4] == ' ')))
			continue;
		w = p == first && imp_numbered_step(s) ? imp_skip_ws(p + strspn(p, "0123456789.)")) : p;
		for (i = 0; verbs[i] != NULL; i++)
			if (imp_starts_ci(w, verbs[i]) && !isalpha((unsigned char)w[strlen(verbs[i])]))
				return 1;
	}
	return 0;
}

/* "The following parameters are the defaults.", "The default values are
 * as follows:" in the step above the value (to its numbered step, at
 * most GATE_DEFAULTS lines): the listing states defaults (guide C3), it
 * asks for none of them.  Not a sentence that asks to set or restore
 * them ("Set these back to the default values"). */
static int under_defaults_lead_in(const struct imp *im, size_t first)
{
	static const char *const cues[] = {
		"are the defaults", "is the default:", "are the default values", "are the default settings",
		"default values are", "default settings are", "default values:", "default settings:", NULL,
	};
	size_t n;

	for (n = first; n > im->a->body_first && n + GATE_DEFAULTS > first; n--) {
		const char *s = imp_line_at(im, n - 1), *cue = imp_cue_in(s, cues), *p, *q;
		if (imp_section_of(im, n - 1) != imp_section_of(im, first))
			break;
		if (cue != NULL) {
			p = imp_ci_find(s, cue);
			/* the cue's sentence: from the last full stop before it */
			for (q = p; q > s && !(q[-1] == ' ' && q - s >= 2 && q[-2] == '.'); q--)
				;
			static const char *const restores[] = { "set", "restore", "reset", NULL };
			if (!opens_sentence_with(q, restores) && imp_ci_find(q, "back to") == NULL)
				return 1;
		}
		if (imp_numbered_step(s))
			break;
	}
	return 0;
}

/* The numbered step above line (at most GATE_DEFAULTS lines up) asks to
 * change, set or verify what it lists: "4. Change the value of these
 * keys", "verify that the values below exist". */
static int step_changes_values(const struct imp *im, size_t line)
{
	size_t n;

	for (n = line; n > im->a->body_first && n + GATE_DEFAULTS > line; n--) {
		static const char *const changes[] = { "change", "set", "modify", "verify", "make sure",
						       "ensure", "confirm", NULL };
		const char *s = imp_line_at(im, n - 1);
		if (opens_sentence_with(s, changes))
			return 1;
		if (imp_numbered_step(s))
			break;
	}
	return 0;
}

/* "This example illustrates registry changes ...", "The following
 * example shows how to ...": a sentence that calls what follows it an
 * example. */
static int example_says_what_follows(const char *two)
{
	static const char *const heads[] = { "this example ", "the following example ", "the example below ",
					     "this sample ", NULL };
	static const char *const verbs[] = { "illustrates", "shows", "demonstrates", "describes", NULL };
	/* what the example is of: changes the procedure makes, not "the
	 * event that is logged", "why the setting fails" or "the registry
	 * setting that stops the agent" */
	static const char *const ofs[] = { "registry changes", "registry change", "registry edits", "the steps",
					   "these steps", "the following steps", "the procedure", "how to", NULL };
	const char *p, *end;
	size_t i, j, k;

	for (i = 0; heads[i] != NULL; i++)
		for (p = two; (p = imp_ci_find(p, heads[i])) != NULL; p++) {
			if (p > two && isalpha((unsigned char)p[-1]))
				continue;
			for (j = 0; verbs[j] != NULL; j++)
				if (imp_starts_word(p + strlen(heads[i]), verbs[j]))
					break;
			if (verbs[j] == NULL)
				continue;
			/* what it is of comes right after the verb ("shows how
			 * to", "illustrates the registry changes"), not later in
			 * the sentence ("shows the error ... when the steps below
			 * are skipped") */
			end = p + strlen(heads[i]) + strlen(verbs[j]);
			for (k = 0; ofs[k] != NULL; k++) {
				const char *o = imp_ci_find(end, ofs[k]);
				if (o != NULL && o - end <= EXAMPLE_OF_REACH && memchr(end, '.', (size_t)(o - end)) == NULL)
					return 1;
			}
		}
	return 0;
}

/* "The scenario below uses the example of having run Hotfix X.", "The
 * following steps use the Foo service as an example": the procedure
 * after it acts on an example (guide C1), whose keys are not the
 * reader's.  Read in the check's section, up to GATE_SCENARIO lines
 * above its first line, a sentence joined over two lines. */
static int procedure_uses_example(const struct imp *im, size_t first)
{
	static const char *const what[] = { "steps", "procedure", "scenario", "instructions" };
	static const char *const where[] = { "below", "following", "these", "that follow" };
	size_t n, i;
	int w, h;

	for (n = first; n > im->a->body_first && n + GATE_SCENARIO > first; n--) {
		char two[256];
		if (imp_section_of(im, n - 1) != imp_section_of(im, first))
			break;
		snprintf(two, sizeof two, "%s %s", imp_line_at(im, n - 1), n < first ? imp_line_at(im, n) : "");
		/* "This example illustrates registry changes for ...": the
		 * sentence says itself that what follows is an example */
		if (example_says_what_follows(two))
			return 1;
		if (imp_ci_find(two, "use the example") == NULL && imp_ci_find(two, "uses the example") == NULL &&
		    imp_ci_find(two, "as an example") == NULL)
			continue;
		for (i = 0, w = 0; i < sizeof what / sizeof what[0]; i++)
			w |= imp_has_word(two, what[i]);
		for (i = 0, h = 0; i < sizeof where / sizeof where[0]; i++)
			h |= imp_ci_find(two, where[i]) != NULL;
		if (w && h)
			return 1;
	}
	return 0;
}

static int joined_lines_say(const struct imp *im, size_t first, size_t last, const char *phrase);

/* "Setting this registry key: <path> to (DWORD) 3 allows the server to
 * ...": a check no step asks for, its data in a sentence whose subject is
 * the setting and whose verb says what it does.  A description of the
 * setting, not a request (guide C9). */
static int setting_said_to_do(const struct imp *im, const struct imp_check *c, size_t first, size_t last)
{
	static const char *const effects[] = { " allows ", " enables ", " disables ", " causes ",
					       " prevents ", " lets ", " makes ", NULL };
	size_t i, n = first > im->a->body_first + 2 ? first - 2 : im->a->body_first;

	if (c->repair || c->value == NULL)
		return 0;
	/* the sentence opens with "Setting" on the key's line or just above */
	while (n <= first && !imp_starts_ci(imp_skip_ws(imp_line_at(im, n)), "Setting "))
		n++;
	if (n > first)
		return 0;
	/* the data and the verb follow the path, when the path comes last */
	if (c->key_last > last)
		last = c->key_last;
	for (i = 0; effects[i] != NULL; i++)
		if (joined_lines_say(im, n, last + 2, effects[i]))
			return 1;
	return 0;
}

/* "Temporarily disable SMB signing on the PDC." over the steps that set
 * the value (Q199714's first option), or "3. Temporarily set the
 * following value to 0:": the article asks for this data only while
 * something else is done, after which the old data is to be back.  As a
 * repair it would leave the machine in the passing state.  Read from the
 * check's value line up to GATE_FOR_A_WHILE lines above it in its
 * section, to the option's heading ("Option 2:", "Method 1") or the
 * lead-in of another procedure ("To re-enable signing:").  Only
 * "temporarily" before a verb that changes a setting counts: in
 * "Temporarily join a workgroup, and then enable signing" the enabling
 * is meant to last. */
static int set_for_a_while(const struct imp *im, const struct imp_check *c)
{
	static const char *const verbs[] = { "disable", "enable", "set", "change", "turn", "stop", "increase",
					     "decrease", "raise", "lower", "reduce", "modify", "add", "remove",
					     "delete", "rename", "allow", NULL };
	const struct kb_article_section *sec = imp_section_of(im, c->line);
	size_t n, first = imp_check_first_line(c);
	const char *t, *w;

	for (n = c->line; n >= im->a->body_first && n + GATE_FOR_A_WHILE > first; n--) {
		if (imp_section_of(im, n) != sec)
			break;
		t = imp_past_bullet(imp_line_at(im, n));
		for (w = t; (w = imp_find_word(w, "temporarily")) != NULL; w++)
			if (imp_starts_any_word(imp_skip_ws(w + strlen("temporarily")), verbs) > 0 &&
			    !imp_negated_before(t, w))
				return 1;
		if (n < first && (((imp_starts_word(t, "Option") || imp_starts_word(t, "Method")) &&
				   isdigit((unsigned char)imp_skip_ws(t + 6)[0])) ||
				  (imp_starts_word(t, "To") && imp_ends_with_colon(t))))
			break;
	}
	return 0;
}

const char *imp_why_shown(struct imp *im, const struct imp_check *c, int *after_enum)
{
	size_t first = imp_check_first_line(c);
	size_t last = imp_check_last_line(c);
	size_t n, stop, ask;
	const char *why = NULL;
	int perm = 0, to_file = 0;

	*after_enum = 0;
	if (c->value != NULL && *imp_skip_ws(imp_line_at(im, c->line)) == '|' && table_of_defaults(im, c->line))
		return "the article's table lists this value's default, it does not ask to set it";
	/* the lead-in above the key, or one between the key and the value
	 * ("Click Add Value. The following are the default values for the
	 * new key:"), unless that step changes or verifies them ("Change the
	 * value of these keys (these new values are the default values):") */
	if (c->value != NULL && (under_defaults_lead_in(im, first) ||
				 (c->line > first && under_defaults_lead_in(im, c->line) &&
				  !step_changes_values(im, c->line))))
		return "the article lists this value among the defaults, it does not ask to set it";
	if (procedure_uses_example(im, first))
		return "the article's procedure acts on an example it names, not on the reader's computer";
	if (setting_said_to_do(im, c, first, last))
		return "the article says what the setting does (\"Setting X to 3 allows ...\"), it does not ask to set it";
	if (set_for_a_while(im, c))
		return "the article sets this only for a while (\"Temporarily disable ...\"), the old data to come back "
		       "after: write the step by hand";
	/* (a listing of a parameter's choices is known only once every
	 * check is read: imp_gate() tests it here, ahead of what follows) */
	*after_enum = 1;
	/* A value whose data is said where the article tells what goes wrong
	 * ("This can occur if the X value is set to 0") or what is there by
	 * default ("By default, both values are set to 5"): that is the
	 * state the article describes, not the data it asks for. */
	if (c->value != NULL && in_section(im, first, "CAUSE") && in_section(im, c->line, "CAUSE") &&
	    imp_lines_say(im, c->line, last, "set to"))
		return "the article gives this data in its cause (the state that goes wrong), it does not ask to set it";
	if (c->value != NULL && c->line > im->a->body_first &&
	    (imp_ci_find(imp_line_at(im, c->line), "by default") != NULL ||
	     imp_ci_find(imp_line_at(im, c->line - 1), "by default,") != NULL) &&
	    imp_ci_find(imp_line_at(im, c->line), "set to") != NULL)
		return "the article says what the value holds by default, it does not ask to set it";
	/* "These examples will fail:" above a value's lines where the article
	 * tells what goes wrong (the key named further up) */
	if (c->value != NULL && (in_section(im, c->line, "CAUSE") || in_section(im, c->line, "SYMPTOM"))) {
		size_t k = c->line, seen = 0;
		while (k > im->a->body_first && seen < 2) {
			const char *t = imp_line_at(im, --k);
			if (imp_blank(t))
				continue;
			if (imp_intro_shows_example(t))
				return "the article shows this as an example of what goes wrong, it does not ask to set it";
			if (*imp_skip_ws(t) != '\0' && strchr(t, ':') == NULL)
				seen++;
		}
	}
	/* A key alone (no value) named where the article tells what goes
	 * wrong: its fix, if any, is asked for elsewhere. */
	if (c->value == NULL && (in_section(im, first, "CAUSE") || in_section(im, first, "SYMPTOM")))
		return "the article names it in its cause or symptoms, it asks nothing of it here";
	/* The value's block: its lines and the ones below it to a blank.
	 * "Set these values back to their defaults" asks for the "Default:"
	 * the block documents. */
	ask = imp_ask_window_start(im, first);
	if (c->value != NULL && !imp_lines_say(im, ask, first, "default value") &&
	    !imp_lines_say(im, ask, first, "to the default") && !line_sets(imp_line_at(im, c->line)) && !c->recommended) {
		stop = last + GATE_BLOCK;
		for (n = c->line; n <= stop && n < im->a->body_end; n++) {
			const char *s = imp_line_at(im, n);
			if (n > last && next_value_line(s))
				break;
			if (imp_line_documents_data(s) && !other_default(c, s))
				return "the article documents this value (a range, a default or a suggestion), it does not ask to set it";
		}
		/* (only for data shown with no step asking for it: "Set the
		 * following value to 0:" over a block whose note says the
		 * default is 0 asks to put the default back) */
		if (!c->repair && !check_asked(im, ask, c->line) && block_data_is_default(im, c, last))
			return "the text right after this value says its data is the default: it documents the value, it does not ask to set it";
	}
	if (c->value != NULL && data_is_unit(c->data))
		return "the data as read names a unit, the article lets the reader pick the number";
	if (c->value != NULL && data_is_words(c->data))
		return "the data as read is words describing it, the article lets the reader pick it";
	if (c->value != NULL && data_changed_below(im, c))
		return "the article changes this data to another, the data read is the state before";
	if (key_placeholder(im, c) > 0)
		return "the key's last letter stands for a number or name the article leaves to the reader ('where X is ...')";
	/* The paragraph introducing the key or the export (above the export's
	 * other lines and headers). */
	n = first;
	while (n > im->a->body_first && (imp_blank(imp_line_at(im, n - 1)) ||
					 regfile_line(imp_line_at(im, n - 1))))
		n--;
	for (stop = 0; n > im->a->body_first && stop < GATE_BEFORE; stop++) {
		const char *s = imp_line_at(im, --n);
		if (imp_blank(s)) {
			n++;
			break;
		}
		/* "The list is stored in the following key:" tells where a
		 * thing lives, it asks for no key */
		if (c->value == NULL && (imp_ci_find(s, "stored in") != NULL ||
					 imp_ci_find(s, "stored under") != NULL))
			return "the article tells what the key holds, it asks nothing of it";
		if (c->value == NULL && imp_ci_find(s, "permission") != NULL)
			perm = 1;
		if (imp_intro_shows_example(s))
			why = "the article shows this as an example, it does not ask to set it";
		if (imp_ci_find(s, "following line to") != NULL || imp_ci_find(s, "following lines to") != NULL)
			to_file = 1;
	}
	/* "add the following line to the end of the X.srg file": the text
	 * goes into a file a program reads, not into this registry (not a
	 * .reg file, nor one the steps merge or import) */
	if (to_file && imp_lines_say(im, n, first, " file") && !imp_lines_say(im, n, first, ".reg") &&
	    !imp_lines_say(im, n, first, "reg file") && !imp_lines_say(im, n, first, "reg extension") &&
	    !imp_lines_say(im, n, first, "regedit") && !imp_lines_say(im, n, first, "merge") && !imp_lines_say(im, n, first, "import"))
		return "the article adds these lines to a file, it does not ask to set them in the registry";
	/* Permissions alone; not "make adjustments if the keys are missing,
	 * damaged, or have improper permissions", which asks for the key. */
	if (perm && !imp_lines_say(im, n, first, "missing") && !imp_lines_say(im, n, first, "exist"))
		return "the article has the reader look at the key's permissions, it asks nothing of its values";
	/* An example the reader is told to apply ("For example, to do X: 1.
	 * Remove the following key:") is asked for. */
	for (; why != NULL && n <= c->line; n++)
		if (asks_line(imp_line_at(im, n)))
			return NULL;
	return why;
}

/* The line among the check's key lines (and its own) whose text ends with
 * "\\value": the path was read as ending in the value's name; 0 when
 * none does. */
static size_t path_ends_with_value(const struct imp *im, const struct imp_check *c)
{
	size_t first = c->key_line > 0 ? c->key_line : c->line;
	size_t last = c->key_last > first ? c->key_last : first, n, vl;

	if (c->value == NULL)
		return 0;
	if (c->line > last)
		last = c->line;
	/* the path may go on, wrapped before a backslash, past the lines
	 * the check cites */
	while (last + 1 < im->a->body_end && *imp_skip_ws(imp_line_at(im, last + 1)) == '\\')
		last++;
	vl = strlen(c->value);
	for (n = first; n <= last && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		size_t l = imp_rtrim_len(s, strlen(s));
		if (l > vl && s[l - vl - 1] == '\\' && strncasecmp(s + l - vl, c->value, vl) == 0)
			return n;
	}
	return 0;
}

/* "...\\DisableNTFS" ending a line, then "8dot3NameCreation to 1." opening
 * the next: a word of a name (a digit in it, or a capital after a small
 * letter) glued to the line above by the wrap, before the "to" that gives
 * the data.  The name read is cut short. */
static const char *value_name_wrapped_below(struct imp *im, size_t n, size_t *at)
{
	const char *p, *e, *q;
	int ident = 0;

	if (n + 1 >= im->a->body_end)
		return NULL;
	p = imp_skip_ws(imp_line_at(im, n + 1));
	for (e = p; isalnum((unsigned char)*e) || *e == '_'; e++)
		if (isdigit((unsigned char)*e) ||
		    (e > p && isupper((unsigned char)*e) && islower((unsigned char)e[-1])))
			ident = 1;
	q = e;
	if (!ident || e == p || strncmp(q, " to ", 4) != 0)
		return NULL;
	*at = n + 1;
	return imp_dupn(im, p, (size_t)(e - p));
}

/* "Add the following registry value (type of DWORD set to 1):" and the
 * value's name alone on a line below it, near the check's line or the
 * path's end at path_end: the data given in words was read
 * as the path's last name's, but the article names another value.  Its
 * line and name, or NULL. */
static const char *value_named_below(struct imp *im, const struct imp_check *c, size_t path_end,
				     size_t *at)
{
	size_t n, m, k, first = c->line < path_end ? c->line : path_end;
	size_t last = (c->line > path_end ? c->line : path_end) + 4;

	for (n = first; n <= last && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n), *p;
		size_t l = imp_rtrim_len(s, strlen(s));
		if (l == 0 || s[l - 1] != ':' || imp_ci_find(s, "following") == NULL ||
		    (imp_ci_find(s, " value") == NULL && imp_ci_find(s, " entry") == NULL))
			continue;
		for (m = n + 1; m < im->a->body_end && m <= n + 2 && imp_blank(imp_line_at(im, m)); m++)
			;
		if (m >= im->a->body_end || imp_blank(imp_line_at(im, m)))
			return NULL;
		p = imp_skip_ws(imp_line_at(im, m));
		l = imp_rtrim_len(p, strlen(p));
		if (l < 3 || l > 48 || !isalpha((unsigned char)*p) || imp_numbered_step(imp_line_at(im, m)))
			return NULL;
		for (k = 0; k < l; k++)
			if (!isalnum((unsigned char)p[k]) && p[k] != ' ' && p[k] != '_')
				return NULL;
		if (m + 1 < im->a->body_end && !imp_blank(imp_line_at(im, m + 1)))
			return NULL;
		*at = m;
		return imp_dupn(im, p, l);
	}
	return NULL;
}

/* Words around a value's data naming the value they set: "Create a value
 * called X and set it to 250", "Find X and set it to 1", "Change the X
 * value setting to 0", "the X parameter".  The name after the cue (to
 * "and", "value", "parameter" or the line's end, at most six words), or
 * NULL. */
static const char *value_named_in_words(struct imp *im, const char *s)
{
	static const struct { const char *cue; int after; } cues[] = {
		{ "value called ", 1 }, { "value named ", 1 }, { "Find the ", 1 },
		{ "Find ", 1 }, { "the ", 0 },
	};
	static const char *const ends[] = { " value", " parameter", " entry", " and ", NULL };
	size_t i, j;

	for (i = 0; i < sizeof cues / sizeof cues[0]; i++) {
		const char *p, *q, *e = NULL, *end;
		for (p = s; (p = cues[i].after ? strstr(p, cues[i].cue) : imp_ci_find(p, cues[i].cue)) != NULL;
		     p++) {
			size_t words = 0;
			q = p + strlen(cues[i].cue);
			if (p > s && isalpha((unsigned char)p[-1]))
				continue;
			/* a name starts with a capital: "the following value",
			 * "the registry" are no names */
			if (!isupper((unsigned char)*q))
				continue;
			end = q + strlen(q);
			for (j = 0; ends[j] != NULL; j++) {
				const char *t = strstr(q, ends[j]);
				if (t != NULL && t < end)
					end = t;
			}
			/* "the X value": the name needs its noun after it; "the X
			 * and Y values" names two */
			if (!cues[i].after && strncmp(end, " and ", 5) == 0) {
				const char *y = end + 5, *v = strstr(y, " values");
				if (v == NULL || v - y > 40 || !isupper((unsigned char)*y) ||
				    memchr(y, ' ', (size_t)(v - y)) != NULL)
					continue;
			} else if (!cues[i].after && *end == '\0') {
				continue;
			}
			for (e = q; e < end; e++)
				if (*e == ' ')
					words++;
			if (words > 5 || end == q || memchr(q, ',', (size_t)(end - q)) != NULL ||
			    memchr(q, '.', (size_t)(end - q)) != NULL)
				continue;
			if (!cues[i].after || (*end != '\0' && strncmp(end, " and ", 5) == 0) ||
			    strncmp(end, " value", 6) == 0 || strncmp(end, " parameter", 10) == 0)
				return imp_dupn(im, q, imp_rtrim_len(q, (size_t)(end - q)));
		}
	}
	return NULL;
}

/* A value's name as read that is words of a sentence: three words or
 * more opening in lower case ("following Registry value from 1", "when
 * you use Regedit.exe, and as a"), or ending on a stop or a comma ("to
 * 1."), or holding a colon and a space ("create the following value:
 * X").  Value names are identifiers or capitalised phrases. */
static int name_is_prose(const char *v)
{
	size_t l = strlen(v), spaces = 0, i;

	if (l == 0)
		return 0;
	for (i = 0; i < l; i++)
		if (v[i] == ' ')
			spaces++;
	return (islower((unsigned char)v[0]) && spaces >= 2) || strchr(v, '"') != NULL ||
	       (spaces > 0 && (v[l - 1] == '.' || v[l - 1] == ',')) || strstr(v, ": ") != NULL;
}

/* The value's name as read is not the article's: why, or NULL. */
const char *imp_why_misnamed(struct imp *im, const struct imp_check *c)
{
	size_t n, at = 0;
	const char *other;

	if (c->value != NULL && name_is_prose(c->value))
		return "the value's name as read is words of a sentence, not a name";
	if (c->value != NULL && (strcasecmp(c->value, "DataType") == 0 || strcasecmp(c->value, "Data Type") == 0 ||
				 strcasecmp(c->value, "Value Type") == 0 || strcasecmp(c->value, "Value Name") == 0))
		return "the value's name as read is a block's label, not a name";
	n = path_ends_with_value(im, c);

	if (n == 0)
		return NULL;
	if ((other = value_name_wrapped_below(im, n, &at)) != NULL)
		return imp_fmt(im, "the value's name is wrapped: it goes on with '%s' on line %zu, so the name read is cut short",
			       other, at);
	if ((other = value_named_below(im, c, n, &at)) != NULL && strcasecmp(other, c->value) != 0)
		return imp_fmt(im, "the article names the value '%s' on line %zu, not the path's last name",
			       other, at);
	/* the sentence giving the data (on the check's line, or on the
	 * lines just after the path) names the value itself */
	{
		size_t cand[4], k, nc = 0;
		cand[nc++] = c->line;
		for (at = n + 1; at <= n + 3 && at < im->a->body_end; at++)
			if (at != c->line)
				cand[nc++] = at;
		for (k = 0; k < nc; k++) {
			other = value_named_in_words(im, imp_line_at(im, cand[k]));
			/* "Click the Max Threads value" for "Max Threads (A+B)":
			 * the name shortened is the same value */
			if (other != NULL && strncasecmp(other, c->value, strlen(other)) != 0)
				return imp_fmt(im, "the words on line %zu name the value '%s', not the path's last name",
					       cand[k], other);
		}
	}
	return NULL;
}

/* Lines first..last read as one text into buf (cap bytes), a line break
 * as a space. */
static void joined_lines(const struct imp *im, size_t first, size_t last, char *buf, size_t cap)
{
	size_t n, len = 0;

	buf[0] = '\0';
	for (n = first; n <= last && n < im->a->body_end; n++) {
		const char *s = imp_skip_ws(imp_line_at(im, n));
		if (!imp_join_words(buf, cap, &len, s, imp_rtrim_len(s, strlen(s))))
			break;
	}
}

/* Lines first..last read as one text: phrase found in it. */
static int joined_lines_say(const struct imp *im, size_t first, size_t last, const char *phrase)
{
	char buf[2048];

	joined_lines(im, first, last, buf, sizeof buf);
	return imp_ci_find(buf, phrase) != NULL;
}

#define ADDS_UNDER "check only: the article adds something under this key, it does not ask to create the key itself"

/* "add a key that is named "00000c09" to the following registry key:",
 * "Add the provider ProgID to a key in the registry at:": what is added
 * goes into the key the sentence leads to, so the key is where, not what.
 * Lines first..last read as one text: an "add" with a "to ... key" after
 * it. */
static int adds_to_key(const struct imp *im, size_t first, size_t last)
{
	char buf[2048];
	const char *add = NULL, *p, *to;

	joined_lines(im, first, last, buf, sizeof buf);
	/* the last "add" of the words: the one that leads to the key */
	for (p = buf; (p = imp_ci_find(p, "add")) != NULL; p += 3)
		if ((p == buf || !isalpha((unsigned char)p[-1])) && !isalpha((unsigned char)p[3]))
			add = p;
	if (add == NULL || (to = imp_ci_find(add, " to ")) == NULL)
		return 0;
	/* "to the following registry key", "to a key", "to this key": not
	 * "add it to the registry", which makes the thing itself */
	return imp_ci_find(to, "key") != NULL;
}

/* A key the reader goes to in order to add something under it ("Locate
 * the following key: ... On the Edit menu, click Add Value"; "Create a
 * registry key under the following location:"; "click Edit, New, then Key
 * to create a new key under Services"): the steps need it to exist, they
 * do not ask to create it.  The words are looked for in the eight lines
 * after the key, and in the sentence that introduces it. */
const char *imp_adds_under(const struct imp *im, const struct imp_check *c)
{
	static const char *const adds[] = {
		"add value", "add key", "add a value", "add the following value",
		"add a dword", "add a new value", "add the value", "add a string",
		"create a new key", "create a registry key", "create a key", "create a subkey",
		"create a new subkey", "add a subkey", "add a key", "add the following key",
		"add the following subkey", "add a new key", "add a new subkey",
		"create a new registry key", "create a registry subkey", "create a new registry subkey", NULL,
	};
	size_t last = c->key_last > c->line ? c->key_last : c->line;
	size_t first = imp_check_first_line(c);
	size_t n, i, from = imp_ask_window_start(im, first);

	/* "set (or create) a registry setting in the following key:": a
	 * value made in the key, not the key */
	static const char *const values_in[] = {
		"a registry setting in", "a registry value in", "a value in", "a new value in",
		"a registry setting under", "a registry value under", "a value under", NULL,
	};

	/* "change|modify|edit the following key(s)": the steps change what
	 * the key holds, they do not create it */
	static const char *const changes[] = {
		"change the following key", "change the following registry key",
		"modify the following key", "modify the following registry key",
		"edit the following key", "edit the following registry key",
	};

	/* (over a registry warning put between the sentence and the key,
	 * and over the sentence's line breaks) */
	for (i = 0; i < sizeof changes / sizeof changes[0]; i++)
		if (joined_lines_say(im, first > im->a->body_first + 12 ? first - 12 : im->a->body_first, first,
				     changes[i]))
			return "check only: the article changes what this key holds, it does not ask to create the key";
	if (from < first && adds_to_key(im, from, first - 1))
		return ADDS_UNDER;
	for (n = from; n < first; n++) {
		const char *s = imp_line_at(im, n);
		if (!imp_has_word(s, "under") && !imp_has_word(s, "in"))
			continue;
		if (imp_cue_in(s, adds) != NULL || imp_cue_in(s, values_in) != NULL)
			return ADDS_UNDER;
	}
	for (n = last + 1; n <= last + 8 && n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		if (imp_ci_find(s, "HKEY_") != NULL)
			return NULL;
		if (imp_cue_in(s, adds) != NULL)
			return ADDS_UNDER;
	}
	return NULL;
}

/* "{00000231-0000-0010-8000- 00AA006D2EA4}": a GUID the print wrap split
 * after a dash, the line break read as a space.  A GUID holds no space:
 * the key with the GUID joined (reading only 8-4-4-4-12 hex digits), or
 * NULL when the key holds no such split GUID. */
const char *imp_joined_guid_key(struct imp *im, const char *key)
{
	char buf[512];
	const char *p;
	size_t n = 0;
	int fixed = 0;

	if (key == NULL || strlen(key) >= sizeof buf)
		return NULL;
	for (p = key; *p != '\0'; p++) {
		if (*p == '{') {
			const char *e = strchr(p, '}');
			char g[64], braced[68];
			size_t gl = 0;
			const char *q;
			if (e == NULL || e - p > 60)
				goto copy;
			for (q = p + 1; q < e; q++)
				if (*q != ' ')
					g[gl++] = *q;
			g[gl] = '\0';
			snprintf(braced, sizeof braced, "{%s}", g);
			if ((size_t)(e - p - 1) != gl && imp_guid_len(braced) == 38) {
				n += (size_t)snprintf(buf + n, sizeof buf - n, "%s", braced);
				p = e;
				fixed = 1;
				continue;
			}
		}
copy:
		buf[n++] = *p;
	}
	buf[n] = '\0';
	return fixed ? imp_dupn(im, buf, n) : NULL;
}

/* "Change X from 0 to 1.", "Change the X value from 2 to 5": a name
 * read with the sentence's "from <old data>" (and "value") glued to it.
 * The name cut before them when the check's line says "<name> from
 * <old> to", or NULL. */
const char *imp_name_before_from(struct imp *im, const struct imp_check *c)
{
	const char *v = c->value, *f, *line;
	size_t l;

	/* (not "following Registry value from 1": words of the sentence,
	 * whole, see name_is_prose()) */
	if (v == NULL || name_is_prose(v) || (f = strstr(v, " from ")) == NULL || strchr(f + 6, ' ') != NULL ||
	    f[6] == '\0')
		return NULL;
	line = imp_line_at(im, c->line);
	if (imp_ci_find(line, imp_fmt(im, "%s to", v)) == NULL)
		return NULL;
	l = (size_t)(f - v);
	if (l > 6 && strncmp(f - 6, " value", 6) == 0)
		l -= 6;
	else if (l > 6 && strncmp(f - 6, " entry", 6) == 0)
		l -= 6;
	return l > 0 ? imp_dupn(im, v, l) : NULL;
}
