/* kbimport_registry.c: the importer's registry pass (kbimport_int.h):
 * key paths (whole, wrapped, relative to a root named before, in REGEDIT
 * blocks) and the checks drafted for them.  Reading a key's values is
 * kbimport_values.c's; what the article asks of it, kbimport_asks.c's. */
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

/* ---- registry ------------------------------------------------------------- */

static const char *const key_roots[][2] = {
	{ "HKEY_LOCAL_MACHINE", "HKLM" },
	{ "HKLM", "HKLM" },
	{ "\\Registry\\Machine", "HKLM" },   /* REGINI's name for the root */
	{ "HKEY_CURRENT_USER", NULL },
	{ "HKEY_USERS", NULL },
	{ "HKEY_CLASSES_ROOT", NULL },
	{ "HKEY_CURRENT_CONFIG", NULL },
	{ "HKEY_DYN_DATA", NULL },
	/* the other hives shortened as HKLM is (imp_short_root_at()) */
	{ "HKCU", NULL },
	{ "HKCR", NULL },
	{ "HKU", NULL },
};

static int has_check(const struct imp *im, const char *key, const char *value,
		     const char *data)
{
	size_t i;

	for (i = 0; i < im->n_checks; i++) {
		const struct imp_check *c = &im->checks[i];
		if (strcasecmp(c->key, key) != 0)
			continue;
		if (value == NULL && c->value == NULL)
			return 1;
		if (value != NULL && c->value != NULL && strcasecmp(c->value, value) == 0 &&
		    ((data == NULL && c->data == NULL) ||
		     (data != NULL && c->data != NULL && strcmp(data, c->data) == 0)))
			return 1;
	}
	return 0;
}

static const char *check_id(struct imp *im, const char *base)
{
	char id[48];
	size_t i, k;
	int n;

	imp_slug(base, strlen(base), id, 40);
	if (id[0] == '\0')
		snprintf(id, sizeof id, "check");
	for (n = 1;; n++) {
		char cand[64];
		if (n == 1)
			snprintf(cand, sizeof cand, "%s", id);
		else
			snprintf(cand, sizeof cand, "%s-%d", id, n);
		for (k = 0, i = 0; i < im->n_checks; i++)
			if (im->checks[i].id != NULL && strcmp(im->checks[i].id, cand) == 0)
				k = 1;
		if (!k)
			return imp_fmt(im, "%s", cand);
	}
}

/* value is how Registry Editor shows a key's default value: "<No Name>",
 * "(Default)", "<Default>", or the tail "Name>" of a "<No Name>" that
 * wrapped after "<No". */
static int default_value_label(const char *value)
{
	static const char *const labels[] = { "<No Name>", "(Default)", "<Default>", "Name>", NULL };
	size_t i;

	for (i = 0; labels[i] != NULL; i++)
		if (strcasecmp(value, labels[i]) == 0)
			return 1;
	return 0;
}

struct imp_check *imp_add_check(struct imp *im, const char *key, const char *value,
				   const char *type, enum imp_expect expect,
				   const char *data, size_t line)
{
	static const struct imp_at none;

	return imp_add_check_at(im, &none, key, value, type, expect, data, line);
}

struct imp_check *imp_add_check_at(struct imp *im, const struct imp_at *at, const char *key,
				   const char *value, const char *type, enum imp_expect expect,
				   const char *data, size_t line)
{
	struct imp_check *c;
	const char *last, *inside;
	char hive[32];

	if (key == NULL || im->oom || has_check(im, key, value, data))
		return NULL;
	/* Every way of building a key ends here, so the loader's own test
	 * of a key is applied once for all of them: a draft must load. */
	if (rule_key_split(key, hive, sizeof hive, &inside) != 0 || *imp_skip_ws(inside) == '\0') {
		imp_review(im, line, T_CHECKS, 0,
		       imp_fmt(im, "key %s names a hive, not a key in it: check it by hand", key));
		return NULL;
	}
	/* "<No Name>:REG_SZ:Printers", "(Default)": Registry Editor's label
	 * for the key's default value, which has no name ("Name>" when the
	 * label wraps after "<No") */
	if (value != NULL && default_value_label(value)) {
		imp_review(im, line, T_CHECKS, 0,
			   imp_fmt(im, "'%s' is Registry Editor's label for the default value of %s (it has no name): write its check by hand",
				   value, key));
		return NULL;
	}
	/* "locate the following registry key: ...\Parameters\DBFlag" then
	 * "Change the DBFlag value to 0x4": the path ends with the value's
	 * name, so the key is the path without it. */
	if (value != NULL && imp_key_ends_in(inside, value)) {
		last = strrchr(inside, '\\');
		key = imp_dupn(im, key, (size_t)(last - key));
		imp_review(im, line, T_CHECKS, 0,
		       imp_fmt(im, "the path ends with the name of value '%s': read as key %s and that value; check it",
			   value, key));
		if (key == NULL || has_check(im, key, value, data))
			return NULL;
	}
	if (value != NULL) {
		last = value;
	} else {
		last = strrchr(key, '\\');
		last = last != NULL ? imp_fmt(im, "%s-key", last + 1) : "key";
	}
	c = PUSH(im, checks);
	if (c == NULL)
		return NULL;
	c->key = key;
	c->value = value;
	c->type = type;
	c->expect = expect;
	c->data = data;
	c->line = line;
	c->repair = at->repair;
	c->key_line = at->key_line != line ? at->key_line : 0;
	c->key_last = c->key_line > 0 && at->key_last >= c->key_line && at->key_last < line ?
		      at->key_last : c->key_line;
	c->line_last = at->value_last > line ? at->value_last : line;
	c->id = check_id(im, last != NULL && *last != '\0' ? last : "default-value");
	c->recommended = at->recommended;
	imp_decide_asked(im, c);
	return c;
}

/* Slips in a machine key that have one reading: "HKLM\CurrentControlSet\"
 * (the hive has no such key: SYSTEM's is meant), "Current Version", a space
 * before a backslash ("CurrentControlSet \Services"), two names glued
 * ("ServicesNwlnkIpx", kbimport_glued.c).  Each with a review item. */
static const char *key_typos(struct imp *im, const char *key, size_t line)
{
	const char *out = key;
	char *k, *c;

	if (imp_starts_ci(out, "HKLM\\CurrentControlSet\\") || imp_starts_ci(out, "HKLM\\ControlSet00")) {
		out = imp_fmt(im, "HKLM\\SYSTEM%s", out + 4);
		if (out == NULL)
			return NULL;
		imp_review(im, line, T_CHECKS, 0,
		       imp_fmt(im, "the article leaves SYSTEM out of the path: read as %s; check it", out));
	}
	if ((c = (char *)imp_ci_find(out, "\\CurrentControlSet\\Service\\")) != NULL) {
		/* "...\CurrentControlSet\Service\X": the hive has only Services */
		out = imp_fmt(im, "%.*sServices%s", (int)(c + 19 - out), out, c + 26);
		if (out == NULL)
			return NULL;
		imp_review(im, line, T_CHECKS, 0,
		       imp_fmt(im, "the article writes 'Service' for 'Services' in the path: read as %s; check it", out));
	}
	if ((c = (char *)imp_ci_find(out, "\\Current Version")) != NULL && (c[16] == '\\' || c[16] == '\0')) {
		/* "...\Windows NT\Current Version\AeDebug" (14 archive
		 * articles): the hive's key is CurrentVersion */
		out = imp_fmt(im, "%.*sCurrentVersion%s", (int)(c + 1 - out), out, c + 16);
		if (out == NULL)
			return NULL;
		imp_review(im, line, T_CHECKS, 0,
		       imp_fmt(im, "the article writes 'Current Version' for 'CurrentVersion' in the path: read as %s; check it", out));
	}
	if ((c = (char *)imp_ci_find(out, "\\Microsoft\\WindowsNT\\")) != NULL) {
		/* "...\Microsoft\WindowsNT\CurrentVersion": the key's name
		 * has a space (Windows NT) */
		out = imp_fmt(im, "%.*sWindows NT%s", (int)(c + 11 - out), out, c + 20);
		if (out == NULL)
			return NULL;
		imp_review(im, line, T_CHECKS, 0,
		       imp_fmt(im, "the article writes 'WindowsNT' for 'Windows NT' in the path: read as %s; check it", out));
	}
	if (strstr(out, " \\") != NULL) {
		k = strdup(out);
		if (k == NULL) {
			im->oom = 1;
			return NULL;
		}
		for (c = k; (c = strstr(c, " \\")) != NULL;)
			memmove(c, c + 1, strlen(c));
		out = imp_keep(im, k);
		if (out == NULL)
			return NULL;
		imp_review(im, line, T_CHECKS, 0,
		       imp_fmt(im, "the article has a space before a backslash in the path: read as %s; check it", out));
	}
	return imp_unglued_key(im, out, line);
}

int imp_key_ends_in(const char *key, const char *name)
{
	const char *last = strrchr(key, '\\');

	return last != NULL && strcasecmp(last + 1, name) == 0;
}

const char *imp_key_child(struct imp *im, const char *key, const char *name)
{
	return imp_key_ends_in(key, name) ? key : imp_fmt(im, "%s\\%s", key, name);
}

/* p, at spaces after a '\', goes on with a name written as one, up to the
 * next '\' or the end: at most six words, each opening with a capital or
 * a digit ("SMART 16/4 PCMCIA"), no stop or comma, and not a sentence's
 * opening word ("\ If this key does not exist, create it."). */
static int name_after_spaces(const char *p)
{
	static const char *const openers[] = { "If", "This", "The", "These", "That", "Make", "Note", "To",
					       "When", "See", "For", "In", "On", "Then", "You", "It", "Do",
					       "Create", "Delete", "Add", "Set", "Change", "Remove", NULL };
	size_t words = 0, i;

	p += strspn(p, " ");
	for (i = 0; openers[i] != NULL; i++)
		if (imp_starts_word(p, openers[i]))
			return 0;
	while (*p != '\0' && *p != '\\') {
		if (!isupper((unsigned char)*p) && !isdigit((unsigned char)*p))
			return 0;
		if (++words > 6)
			return 0;
		while (*p != '\0' && *p != '\\' && *p != ' ') {
			if (*p == '.' || *p == ',' || *p == ';')
				return 0;
			p++;
		}
		p += strspn(p, " ");
	}
	return words > 0;
}

/* key holds "\ " before a name written as one. */
static int stray_space(const char *key)
{
	const char *p;

	for (p = key; (p = strstr(p, "\\ ")) != NULL; p++)
		if (name_after_spaces(p + 1))
			return 1;
	return 0;
}

const char *imp_normal_key(struct imp *im, const char *key, size_t line)
{
	size_t i, n;
	char hive[32];
	const char *inside, *out;

	for (i = 0; i < sizeof key_roots / sizeof key_roots[0]; i++) {
		n = strlen(key_roots[i][0]);
		if (strncasecmp(key, key_roots[i][0], n) == 0 && key[n] == '\\')
			break;
	}
	if (i == sizeof key_roots / sizeof key_roots[0])
		return (key = imp_root_typo(im, key, line)) != NULL ? imp_normal_key(im, key, line) : NULL;
	if (key_roots[i][1] == NULL) {
		imp_review(im, line, T_CHECKS, 0,
		       imp_fmt(im, "key %s is not under HKEY_LOCAL_MACHINE: kbwiz reads only machine hives; check it by hand", key));
		return NULL;
	}
	out = imp_fmt(im, "HKLM%s", key + n);
	if (out == NULL)
		return NULL;
	out = key_typos(im, out, line);
	if (out == NULL)
		return NULL;
	/* "...\CurrentVersion\ " with the value on the next line: the
	 * backslash ends the path, it opens no key */
	if (strlen(out) > 5 && out[strlen(out) - 1] == '\\')
		out = imp_dupn(im, out, strlen(out) - 1);
	if (out == NULL)
		return NULL;
	/* "HKEY_LOCAL_MACHINE\\SYSTEM\...": a key's name is never empty, so a
	 * doubled '\' is one written twice */
	if (strstr(out, "\\\\") != NULL) {
		char k[1024];
		const char *r;
		size_t w = 0;
		for (r = out; *r != '\0' && w + 1 < sizeof k; r++)
			if (!(*r == '\\' && w > 0 && k[w - 1] == '\\'))
				k[w++] = *r;
		k[w] = '\0';
		if ((out = imp_dupn(im, k, w)) == NULL)
			return NULL;
		imp_review(im, line, T_CHECKS, 0,
			   imp_fmt(im, "the article writes a '\\' twice in the path: read as %s; check it", out));
	}
	/* "HKEY_LOCAL_MACHINE\System|CurrentControlSet\...": a '|' where a
	 * '\' belongs, or a name no hive holds; which, only a person can
	 * tell ("...\NoManager: REG_DWORD:0|1" is a value's choice of data,
	 * past the colon that ends the path) */
	if (strchr(out, '|') != NULL && (strchr(out, ':') == NULL || strchr(out, '|') < strchr(out, ':'))) {
		imp_review(im, line, T_CHECKS, 0,
			   imp_fmt(im, "key %s holds a '|' (a mistyped '\\'?): check the path and write its check by hand",
				   out));
		return NULL;
	}
	/* "...\PCMCIA" / "\Database\MADGE\ SMART 16/4 PCMCIA": a space
	 * after a backslash, left by the wrap or the typist, before a name
	 * written as one (a capital or a digit: "\ and the actual" is the
	 * sentence going on); no key name opens with a space in practice */
	if (stray_space(out)) {
		char k[1024];
		const char *r;
		size_t w = 0;
		for (r = out; *r != '\0' && w + 1 < sizeof k; r++)
			if (!(*r == ' ' && w > 0 && k[w - 1] == '\\' && name_after_spaces(r)))
				k[w++] = *r;
		k[w] = '\0';
		if ((out = imp_dupn(im, k, w)) == NULL)
			return NULL;
		imp_review(im, line, T_CHECKS, 0,
			   imp_fmt(im, "key %s is read without the space the article writes after a '\\' in its path: check the path",
				   out));
	}
	/* "HKEY_LOCAL_MACHINE\System\CCS\Services\...": articles shorten
	 * CurrentControlSet; the hive has no key of that name */
	if (strncasecmp(out, "HKLM\\SYSTEM\\CCS\\", 16) == 0) {
		out = imp_fmt(im, "%.12sCurrentControlSet%s", out, out + 15);
		if (out == NULL)
			return NULL;
		imp_review(im, line, T_CHECKS, 0,
		       imp_fmt(im, "key %s: 'CCS' is read as CurrentControlSet; check it", out));
	}
	if (rule_key_split(out, hive, sizeof hive, &inside) != 0 || *inside == '\0') {
		imp_review(im, line, T_CHECKS, 0,
		       imp_fmt(im, "key %s names a hive, not a key in it: check it by hand", out));
		return NULL;
	}
	return out;
}

/* "HKEY_LOCAL_MACHINE/SYSTEM/..." -> "HKEY_LOCAL_MACHINE\SYSTEM\...". */
static const char *backslashed(struct imp *im, const char *key)
{
	char *k = strdup(key), *c;

	if (k == NULL) {
		im->oom = 1;
		return NULL;
	}
	for (c = k; *c != '\0'; c++)
		if (*c == '/')
			*c = '\\';
	while (c > k && (c[-1] == '\\' || c[-1] == ' '))
		*--c = '\0';
	return imp_keep(im, k);
}

/* The nearest line above n that is not blank ends a lead-in to a
 * message ("it stops with the following message:", "error:"): a quoted
 * line under it is the message's text, whatever path it names. */
static int under_message_lead_in(const struct imp *im, size_t n)
{
	size_t m;

	for (m = n; m > im->a->body_first && m + 3 > n; m--) {
		const char *t = imp_line_at(im, m - 1);
		if (imp_blank(t))
			continue;
		return imp_announces_message(t);
	}
	return 0;
}

/* s (at an opening quote) holds one quoted run that ends the line, a
 * stop or a comma after it at most: '"HKEY_...\\Parameters"'. */
static int quoted_to_end(const char *s)
{
	const char *q = strchr(s + 1, '"');
	size_t l;

	if (q == NULL || q == s + 1)
		return 0;
	l = imp_rtrim_len(q + 1, strlen(q + 1));
	return l == 0 || (l == 1 && (q[1] == '.' || q[1] == ','));
}

/* How many lines after its first a step that opens with its key is read
 * in; how many a join of them holds. */
#define OPENING_STEP_LINES 5

/* The step's lines from line on: up to a blank line, the next step or
 * OPENING_STEP_LINES; its last. */
static size_t step_last_line(const struct imp *im, size_t line)
{
	size_t to = line;

	while (to + 1 < im->a->body_end && to + 1 < line + OPENING_STEP_LINES && !imp_blank(imp_line_at(im, to + 1)) &&
	       !imp_numbered_step(imp_line_at(im, to + 1)) && !imp_substep(imp_line_at(im, to + 1)))
		to++;
	return to;
}

/* In text (a step's lines joined), the first path's end, marked off by
 * the quote that closes it when it opened with one, else by a comma or
 * the word "key": past the mark, or NULL when there is none.  *end gets
 * where the path's text stops. */
static const char *past_opening_path(const char *text, const char **end)
{
	const char *p = imp_next_root(text), *e;

	if (p == NULL)
		return NULL;
	if (p > text && p[-1] == '"') {
		if ((e = strchr(p, '"')) == NULL)
			return NULL;
		*end = e;
		/* "In "HKEY_...\\Agent" key, set ...": the word after the
		 * quote is the mark's own */
		p = imp_skip_ws(e + 1);
		return imp_starts_word(p, "key") ? p + 3 : e + 1;
	}
	for (e = p; *e != '\0' && *e != ','; e++)
		if (*e == ' ' && imp_starts_word(e + 1, "key"))
			break;
	*end = e;
	return *e == ',' ? e + 1 : *e == ' ' ? e + 4 : NULL;
}

/* Text holds a second sentence: a stop, then a space and more words
 * ("0x2. Then start Frob Manager"; not "0x2." at its end). */
static int more_than_one_sentence(const char *text)
{
	const char *p;

	for (p = text; (p = strpbrk(p, ".;!?")) != NULL; p++)
		if (p[1] == ' ' && *imp_skip_ws(p + 1) != '\0')
			return 1;
	return 0;
}

/* "3. In "HKEY_...\\Perflib", set the value of X to 0x736", "b. Under
 * the HKEY_...\\Frob key, change ...": a step that opens with the key
 * says where the rest of the step sets its values.  The step's first
 * path must be that key (its last part right before the mark,
 * past_opening_path()), and the rest of the step must name no other key,
 * by path or in words ("In the Relay key", "under Agent"), nor move to
 * another place ("click FrobSvc", "expand", "locate Agent"): what is set
 * would be under that one; and it holds one sentence.  Not in SYMPTOMS or
 * CAUSE, nor under steps that reproduce the problem: those steps make it.
 * 1 when line opens such a step, the step's last line in *to. */
static int step_opens_with_key(struct imp *im, const char *key, size_t line, size_t *to)
{
	static const char *const frames[] = { "In ", "Under ", NULL };
	static const char *const moves[] = { "click", "select", "choose", "pick", "highlight", "open", "expand",
					     "go", "navigate", "browse", "folder", "under", "key", "keys", "subkey",
					     "subkeys", "locate", "find", "scroll", NULL };
	const char *s = imp_past_step_mark(imp_line_at(im, line)), *last, *p, *end = NULL, *rest;
	struct kb_buf b = { 0 };
	size_t i, l, starts[OPENING_STEP_LINES];
	int framed = 0;

	if (s == imp_skip_ws(imp_line_at(im, line)) && !imp_numbered_step(imp_line_at(im, line)) &&
	    !imp_substep(imp_line_at(im, line)))
		return 0;
	if (imp_in_symptoms_or_cause(im, line) || imp_in_reproduction(im, line))
		return 0;
	for (i = 0; frames[i] != NULL && !imp_starts_ci(s, frames[i]); i++)
		;
	if (frames[i] == NULL)
		return 0;
	p = imp_skip_ws(s + strlen(frames[i]));
	if (imp_starts_ci(p, "the "))
		p = imp_skip_ws(p + 4);
	if (*p == '"')
		p++;
	if (!imp_starts_ci(p, "HKEY_") && !imp_short_root_at(p))
		return 0;
	last = strrchr(key, '\\');
	last = last != NULL ? last + 1 : key;
	l = strlen(last);
	*to = step_last_line(im, line);
	if (l == 0 || imp_join_lines(im, line, *to, &b, starts, OPENING_STEP_LINES) == 0 || b.p == NULL) {
		free(b.p);
		return 0;
	}
	/* one sentence: a later one may turn to another program or file
	 * ("Then start Frob Manager, and on the Server tab, set ...") */
	if ((rest = past_opening_path(b.p, &end)) != NULL && (size_t)(end - b.p) > l && end[-(long)l - 1] == '\\' &&
	    strncasecmp(end - l, last, l) == 0 && imp_next_root(rest) == NULL && imp_find_any_word(rest, moves) == NULL &&
	    !more_than_one_sentence(rest))
		framed = 1;
	free(b.p);
	return framed;
}

/* "... the AppletalkClientSupport registry setting under HKEY_LOCAL_
 * MACHINE\\...\\lsa needs to be set on the PDC as follows:" over
 * "AppletalkClientSupport REG_DWORD 1": the sentence naming the key at
 * line leads in, with a colon at its end (on line or one of the next
 * two), to a value written a line ("Name REG_TYPE data").  Where the path
 * ends is sure enough only when a stop or prose in lower case follows it,
 * on its line or the next (not "...\\Windows NT\\...", a name with a
 * space).  The colon's line, or 0 when the sentence is not such a
 * lead-in. */
static void place_key_values(struct imp *im, const char *key, size_t key_line, size_t key_last);

static size_t running_lead_in_to_values(struct imp *im, const char *key, size_t line)
{
	const char *s = imp_line_at(im, line), *last = strrchr(key, '\\'), *at, *after;
	struct value_spec iv;
	size_t m, colon = 0;

	/* the path's last name on the line, with its backslash ("\\Frob",
	 * not the "Frob" of "FrobSupport" before it) */
	if (last == NULL || (at = imp_ci_find(s, last)) == NULL)
		return 0;
	after = at + strlen(last);
	/* "... under HKEY_...\\Parameters:": the path ends the lead-in */
	if (*after == ':' && imp_blank(after + 1))
		colon = line;
	else if (!(*after == '.' || *after == ',' || (*after == ' ' && islower((unsigned char)after[1])) ||
	      (imp_blank(after) && line + 1 < im->a->body_end &&
	       islower((unsigned char)*imp_skip_ws(imp_line_at(im, line + 1))))))
		return 0;
	for (m = line; colon == 0 && m < im->a->body_end && m <= line + 2; m++) {
		const char *t = imp_line_at(im, m);
		if (imp_blank(t) || (m > line && (imp_numbered_step(t) || imp_substep(t))))
			return 0;
		/* one sentence: none ends before the colon */
		if (strstr(m == line ? after : t, ". ") != NULL)
			return 0;
		if (imp_ends_with_colon(t)) {
			colon = m;
			break;
		}
	}
	if (colon == 0)
		return 0;
	for (m = colon + 1; m < im->a->body_end && m <= colon + 2 && imp_blank(imp_line_at(im, m)); m++)
		;
	if (m >= im->a->body_end || imp_blank(imp_line_at(im, m)))
		return 0;
	/* a value on one line, or a block's first label ("Value Name: X") */
	if (imp_starts_ci(imp_skip_ws(imp_line_at(im, m)), "Value Name"))
		return colon;
	if (!imp_inline_value(im, imp_skip_ws(imp_line_at(im, m)), m, &iv) || iv.name == NULL || iv.type == NULL)
		return 0;
	return colon;
}

/* "2. Navigate to the key HKEY_...\\Winlogon.", "b. Locate
 * HKEY_...\\Parameters in the registry.": a step (lines line..last)
 * that only goes to the key, the key ending it but for the words for
 * it; the steps after it act under the key as under one set out on a
 * line of its own. */
static int step_only_goes_to_key(const struct imp *im, const char *key, size_t line, size_t last)
{
	static const char *const moves[] = { "navigate to ", "go to ", "browse to ", "locate ", "find ", "open ",
					     "select ", "highlight ", NULL };
	static const char *const tails[] = { "", " key", " subkey", " registry key", " registry subkey",
					     " in the registry", " key in the registry", " subkey in the registry",
					     NULL };
	const char *s = imp_line_at(im, line), *p, *tail, *e;
	size_t i, l, kl;

	if (!imp_numbered_step(s) && !imp_substep(s))
		return 0;
	if (imp_in_symptoms_or_cause(im, line) || imp_in_reproduction(im, line))
		return 0;
	p = imp_past_step_mark(s);
	for (i = 0; moves[i] != NULL && !imp_starts_ci(p, moves[i]); i++)
		;
	if (moves[i] == NULL)
		return 0;
	p = imp_skip_ws(p + strlen(moves[i]));
	/* "Locate and then click the following registry subkey: HKEY_...":
	 * later articles' step, the key after the colon on its line */
	if (imp_starts_ci(p, "and then click "))
		p = imp_skip_ws(p + 15);
	else if (imp_starts_ci(p, "and click "))
		p = imp_skip_ws(p + 10);
	if (imp_starts_ci(p, "the "))
		p = imp_skip_ws(p + 4);
	if (imp_starts_ci(p, "following "))
		p = imp_skip_ws(p + 10);
	if (imp_starts_ci(p, "registry "))
		p = imp_skip_ws(p + 9);
	if (imp_starts_ci(p, "key") || imp_starts_ci(p, "subkey")) {
		p += strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
		if (*p == ':')
			p++;
		p = imp_skip_ws(p);
	}
	if (!imp_starts_ci(p, "HKEY_") && !imp_short_root_at(p))
		return 0;
	/* the sentence ends at the key's last name on the step's last
	 * line, with only the words for the key after it */
	e = imp_line_at(im, last);
	tail = strrchr(key, '\\');
	tail = tail != NULL ? tail + 1 : key;
	kl = strlen(tail);
	for (p = e; (p = imp_ci_find(p, tail)) != NULL; p++)
		if (!isalnum((unsigned char)p[kl]) && p[kl] != '\\')
			break;
	if (p == NULL)
		return 0;
	p += kl;
	for (i = 0; tails[i] != NULL; i++) {
		l = strlen(tails[i]);
		/* (the key may end the step's one line bare, after
		 * "subkey:"; a key wrapped over lines ends no sentence so
		 * surely) */
		if (strncasecmp(p, tails[i], l) == 0 &&
		    (((p[l] == '.' || p[l] == ':') && imp_blank(p + l + 1)) || (l == 0 && imp_blank(p) && last == line)))
			return last + 1 >= im->a->body_end || imp_blank(imp_line_at(im, last + 1)) ||
			       imp_numbered_step(imp_line_at(im, last + 1)) || imp_substep(imp_line_at(im, last + 1));
	}
	return 0;
}

/* A key named inside a sentence (on lines line..last, when the line's
 * end breaks it): where its path ends is a guess, so it gives a check
 * only through a value the sentence sets ("set the HKEY_...\\X value to
 * 1"), or the values a step that opens with it sets
 * (step_opens_with_key()); else a review item. */
static void place_running_key(struct imp *im, const char *key, size_t line, size_t last)
{
	struct value_spec pv;
	const char *pk;
	struct imp_at at = { .key_line = line, .repair = 1 };
	size_t to;

	/* "reg add HKLM\...\Parameters /v FrobLimit /t REG_DWORD /d 1" */
	if (imp_place_reg_command(im, key, line, last))
		return;
	if (!imp_has_placeholder(key) && imp_prose_value(im, key, line, line + 1, &pk, &pv) &&
	    pk != key) {
		if (imp_settle_assumed_type(im, line, &pv))
			imp_value_checks(im, &at, pk, &pv);
		return;
	}
	at.key_last = line;
	if (!imp_has_placeholder(key) && step_opens_with_key(im, key, line, &to) &&
	    imp_place_procedure_values(im, &at, key, line, line, line, to, NULL, NULL) > 0)
		return;
	/* "2. Navigate to the key HKEY_...\\Winlogon.": the steps after
	 * it, read as under a key on a line of its own */
	if (!imp_has_placeholder(key) && step_only_goes_to_key(im, key, line, last)) {
		place_key_values(im, key, line, last);
		return;
	}
	/* the values the sentence leads in to, read as under a key on its
	 * own line whose last line is the colon's */
	if (!imp_has_placeholder(key) && (to = running_lead_in_to_values(im, key, last)) > 0) {
		size_t before = im->n_checks;
		place_key_values(im, key, line, to);
		if (im->n_checks > before)
			return;
	}
	imp_review(im, line, T_CHECKS, 0,
	       imp_fmt(im, "key %s is named in running text: add a check by hand if the article asks for one", key));
}

/* A key read at lines key_line..key_last: its values, in whatever form
 * the article gives them, as checks with the repair the article asks
 * for; a deletion as a review item. */
/* The key above key when its last name is the value name, or the name
 * and a remark in brackets: "...\Parameters\Max Threads (EXDS+NSP+DRA)"
 * for the value "Max Threads"; NULL otherwise. */
static const char *path_ends_in(struct imp *im, const char *key, const char *name)
{
	const char *last = strrchr(key, '\\');
	size_t nl = strlen(name);

	if (last == NULL || strncasecmp(last + 1, name, nl) != 0)
		return NULL;
	if (last[1 + nl] != '\0' &&
	    !(last[1 + nl] == ' ' && last[2 + nl] == '(' && last[strlen(last) - 1] == ')'))
		return NULL;
	return imp_dupn(im, key, (size_t)(last - key));
}

/* The key's values (block vb) listed for a person instead of drafted:
 * a review item on line (key_note) and one on each value's line ("value
 * 'X' " then value_says); the block's lines are placed. */
static void review_block(struct imp *im, const struct value_block *vb, size_t line, const char *key_note,
			 const char *value_says)
{
	size_t i;

	imp_review(im, line, T_CHECKS, 0, key_note);
	for (i = 0; i < vb->nv; i++)
		imp_review(im, vb->v[i].line, T_CHECKS, 0,
		       imp_fmt(im, "value '%s' %s", vb->v[i].name != NULL ? vb->v[i].name : "", value_says));
	for (i = vb->first; i > 0 && i <= vb->last; i++)
		im->used[i] = 1;
}


/* "...\\NdisWan(x)", "...\\Adapter(n)": one of numbered keys, named by a
 * placeholder the reader fills in. */
static int numbered_placeholder(const char *key)
{
	const char *p;

	for (p = key; (p = strchr(p, '(')) != NULL; p++)
		if ((p[1] == 'x' || p[1] == 'X' || p[1] == 'n' || p[1] == 'N') && p[2] == ')' &&
		    (p[3] == '\0' || p[3] == '\\'))
			return 1;
	return 0;
}

/* "Where 'myapp.exe' is the name of your application's file" within the
 * three lines after the key: its last name stands for one the reader
 * knows. */
static int named_as_placeholder(const struct imp *im, const char *key, size_t key_last)
{
	const char *last = strrchr(key, '\\');
	size_t m, ll;

	if (last == NULL || (ll = strlen(last + 1)) == 0)
		return 0;
	for (m = key_last + 1; m < im->a->body_end && m <= key_last + 3; m++) {
		const char *t = imp_skip_ws(imp_line_at(im, m)), *p;
		if (!imp_starts_ci(t, "where ") || (p = imp_ci_find(t, last + 1)) == NULL)
			continue;
		p += ll;
		if (*p == '\'' || *p == '"')
			p++;
		if (imp_starts_ci(p, " is ") || imp_starts_ci(p, " = "))
			return 1;
	}
	return 0;
}

/* Data that is words, not one datum: a sentence ("value in the following
 * subkey:") or a choice ("YES | NO"). */
static int data_reads_as_words(const char *d)
{
	size_t l;

	if (d == NULL)
		return 0;
	l = imp_rtrim_len(d, strlen(d));
	/* (one word ending with a colon is a datum: "https:", a drive's
	 * "C:") */
	return strstr(d, " | ") != NULL || imp_ci_find(d, " the following") != NULL ||
	       (l > 0 && d[l - 1] == ':' && memchr(d, ' ', l) != NULL);
}

/* The value v is on the line right after the path's last line, indented
 * as the path, and the path's last name has a space: the break may fall
 * inside the value's name ("...\\Parameters RID" / "Consistency
 * Checking : REG_DWORD : 0"). */
static int value_name_wrapped(const struct imp *im, const char *key, size_t key_last,
			      const struct value_spec *v)
{
	const char *last = strrchr(key, '\\');

	return v->line == key_last + 1 && last != NULL && strchr(last, ' ') != NULL &&
	       imp_indent_of(imp_line_at(im, v->line)) == imp_indent_of(imp_line_at(im, key_last));
}

/* The key's line is cited by a check made from it or carries a review
 * item of its own, so that every line naming a key is accounted for. */
static void place_key(struct imp *im, const char *key, size_t key_line, size_t key_last)
{
	size_t checks = im->n_checks, reviews = im->n_reviews;

	size_t i, kl;
	int cited = 0;

	place_key_values(im, key, key_line, key_last);
	for (i = checks; i < im->n_checks; i++)
		if (im->checks[i].key_line == key_line || im->checks[i].line == key_line)
			cited = 1;
	for (i = reviews; i < im->n_reviews; i++)
		if (im->reviews[i].line == key_line)
			cited = 1;
	/* ("...\\Parameters:" leading in to its values: the colon is the
	 * sentence's) */
	kl = strlen(key);
	if (kl > 0 && key[kl - 1] == ':')
		kl--;
	if (!cited)
		imp_review(im, key_line, T_CHECKS, 0, im->n_reviews > reviews || im->n_checks > checks ?
		       imp_fmt(im, "key %.*s: what the article gives under it is listed on the lines that follow", (int)kl, key) :
		       imp_fmt(im, "key %.*s: nothing could be read from it; check it by hand", (int)kl, key));
}

/* Words that add value v after an earlier key ("locate K1. Create a DWORD
 * value named X and set it to 0. The value is copied to: K2") were placed
 * under that key: the value, named on the same line, is already a check
 * of a key above the words.  They ask for nothing under a later key. */
static int placed_under_key_above(const struct imp *im, const struct value_spec *v)
{
	size_t i;

	for (i = 0; i < im->n_checks; i++)
		if (im->checks[i].line == v->line && im->checks[i].key_line < v->line &&
		    im->checks[i].value != NULL && strcmp(im->checks[i].value, v->name) == 0)
			return 1;
	return 0;
}

/* The words from the step that leads in to the key at key_line up to it
 * name a value or an entry ("Locate the value" / "Log Size Mb" / "under
 * the following key"): the value is that one, not the path's last name. */
static int lead_in_says_value(const struct imp *im, size_t key_line)
{
	size_t n;

	for (n = imp_ask_window_start(im, key_line); n < key_line; n++)
		if (imp_has_word(imp_line_at(im, n), "value") || imp_has_word(imp_line_at(im, n), "entry") ||
		    imp_has_word(imp_line_at(im, n), "values"))
			return 1;
	return 0;
}

/* key split before its last name, when that name may be a value's: the
 * key above it holds more than a root and a name, and the last name is
 * none of the keys a service or product always has ("Parameters",
 * "CurrentVersion"), nor a GUID.  The key above, its value's name in
 * *name; NULL when key is no such path. */
static const char *path_value_split(struct imp *im, const char *key, const char **name)
{
	static const char *const key_names[] = { "Parameters", "CurrentVersion", "Linkage", "Enum", "Security",
						 "Setup", "Services", "Control", "Performance", NULL };
	const char *last = strrchr(key, '\\'), *p;
	size_t i, depth = 0;

	if (last == NULL || last[1] == '\0' || last[1] == '{')
		return NULL;
	for (p = key; p < last; p++)
		depth += *p == '\\';
	if (depth < 2)
		return NULL;
	for (i = 0; key_names[i] != NULL; i++)
		if (strcasecmp(last + 1, key_names[i]) == 0)
			return NULL;
	*name = last + 1;
	return imp_dupn(im, key, (size_t)(last - key));
}

/* The line right after a path ending at key_last goes on with names of
 * it: no blank line between, its first word holds a backslash ("Files\\
 * Kit@v4:"), no root, step or label of its own. */
static int path_goes_on(const struct imp *im, size_t key_last)
{
	const char *t;
	size_t wl;

	if (key_last + 1 >= im->a->body_end)
		return 0;
	t = imp_skip_ws(imp_line_at(im, key_last + 1));
	wl = strcspn(t, " \t");
	return wl > 0 && isalnum((unsigned char)*t) && memchr(t, '\\', wl) != NULL && !imp_starts_ci(t, "HK") &&
	       !imp_numbered_step(t);
}

/* A value the article adds (in words, or through the Add Value dialog):
 * its check and set action, read back by a person; without data, only a
 * review item. */
static void place_added_value(struct imp *im, struct imp_at *at, const char *key,
			      const struct value_spec *v, const char *how, const char *from)
{
	struct value_spec cv = *v;

	/* the data said in a later step of the procedure */
	if (v->data == NULL && imp_procedure_complete(im, at->key_line, at->key_last, 0, 0, &cv))
		v = &cv;
	if (v->data == NULL) {
		imp_review(im, v->line, T_CHECKS, 0,
		       imp_fmt(im, "value '%s' (%s) under %s is added %s, with no data the import could read: write its check by hand",
			   v->name, v->type != NULL ? v->type : "no type given", key, how));
		return;
	}
	imp_review(im, v->line, T_CHECKS, 0,
	       imp_fmt(im, "value '%s' is read from %s: check its name, type and data", v->name, from));
	at->repair = 1;
	imp_value_checks(im, at, key, v);
}

/* "Here is what a sample registry entry looks like for adding a ...
 * disk:" in the paragraph before the key at key_line (six lines at
 * most, not past a step): the key and values are an illustration.  A
 * heading "Sample registry entries:" over what the reader configures is
 * not enough: the words must say it only looks like that. */
static int shown_as_sample(const struct imp *im, size_t key_line)
{
	static const char *const looks[] = { "looks like", "look like", "might appear", "would look",
					     "could look", "might look", NULL };
	size_t n;

	/* "For example:", "Common use examples of these keys would be:",
	 * "Sample registry entries:": the sentence right before the key
	 * introduces it as an example or a sample */
	for (n = key_line; n > im->a->body_first && n + 3 > key_line; n--) {
		const char *s = imp_line_at(im, n - 1);
		size_t l = imp_rtrim_len(s, strlen(s));
		if (imp_blank(s))
			continue;
		/* ("Client1 in the example):" points back at another one) */
		if (l > 0 && s[l - 1] == ':' &&
		    (imp_ci_find(s, "example") != NULL || imp_ci_find(s, "sample") != NULL) &&
		    imp_ci_find(s, "in the example") == NULL)
			return 1;
		break;
	}
	for (n = key_line; n > im->a->body_first && n + 6 > key_line; n--) {
		const char *s = imp_line_at(im, n - 1);
		if (imp_ci_find(s, "sample") != NULL && imp_cue_in(s, looks) != NULL)
			return 1;
		if (imp_numbered_step(s))
			break;
	}
	return 0;
}

/* "add a parameter value called" / "MaxBurstSize with a type of REG_DWORD
 * and set the value to 0": a block whose one line (vb's, under the key
 * that ends at key_last) reads as a value's line but is the words that
 * add that value, read as such when they say it whole, the same name and
 * type; 1 when placed. */
static int place_block_line_added_in_words(struct imp *im, struct imp_at *at, const char *key, size_t key_last,
					   const struct value_block *vb)
{
	struct value_spec pv;
	const char *t;
	size_t i;

	if (!imp_value_named_in_words(im, key_last + 1, vb->last + 1, &pv) || pv.data == NULL ||
	    pv.line > vb->v[0].line || vb->v[0].type == NULL ||
	    !imp_has_word(imp_line_at(im, vb->v[0].line), pv.name) ||
	    (t = imp_reg_type(vb->v[0].type, 1, NULL, &(int){ 0 })) == NULL || strcmp(t, pv.type) != 0)
		return 0;
	for (i = vb->first; i > 0 && i <= vb->last; i++)
		im->used[i] = 1;
	if (pv.last < vb->v[0].line)
		pv.last = vb->v[0].line;     /* cited over both lines */
	place_added_value(im, at, key, &pv, "in words", "the words that add it");
	return 1;
}

/* "to the Explorer key" between key and the values of vb names another
 * key than key: a name written as names are (a capital or a digit
 * first: not "the next key", "the desired key"), which is no part of
 * key's path ("to the Parameters key" over "...\\Parameters\\FrobLimit",
 * "to the Frob key" over "...\\Frob\\Parameters") and no value of the
 * block ("in the FrobLimit key": a value called a key). */
static int names_another_key(const char *key, const struct value_block *vb, const char *name)
{
	const char *p;
	size_t i, l = strlen(name);

	if (!isupper((unsigned char)name[0]) && !isdigit((unsigned char)name[0]))
		return 0;
	for (p = key; (p = strchr(p, '\\')) != NULL; p++)
		if (strncasecmp(p + 1, name, l) == 0 && (p[1 + l] == '\\' || p[1 + l] == '\0'))
			return 0;
	for (i = 0; i < vb->nv; i++)
		if (vb->v[i].name != NULL && strcasecmp(vb->v[i].name, name) == 0)
			return 0;
	return 1;
}

/* The line among key_last+1..before-1 (the steps between a key and the
 * values under the subkey they make) that names the subkey made, name;
 * 0 when none does. */
static size_t made_key_line(const struct imp *im, const char *name, size_t key_last, size_t before)
{
	size_t n;

	for (n = key_last + 1; n < before && n < im->a->body_end; n++)
		if (imp_ci_find(imp_line_at(im, n), name) != NULL)
			return n;
	return 0;
}

static void place_key_values(struct imp *im, const char *key, size_t key_line, size_t key_last)
{
	struct value_block vb;
	struct value_spec tv;
	struct imp_at at = { 0 };
	const char *vkey = key, *raw;
	enum asks ask;
	size_t i, end, checks = im->n_checks, read_at = (size_t)-1, made = 0;
	int tail;

	raw = key;
	key = imp_trim_prose(im, key, key_line);
	if (key == NULL)
		return;
	{       /* the key in force for a table further on (kbimport_coltable.c) */
		struct imp_key_read *kr = PUSH(im, keys_read);
		if (kr != NULL) {
			*kr = (struct imp_key_read){ .key = key, .line = key_line, .last = key_last };
			read_at = im->n_keys_read - 1;
		}
	}
	vkey = key;
	tail = imp_trailing_value(im, &vkey, key_line, key_last, &tv);
	if (!tail && vkey != key && vkey != NULL) {
		/* "...\\Parameters:" over named values: the key without its
		 * colon, for a table further on too */
		key = vkey;
		if (read_at < im->n_keys_read)
			im->keys_read[read_at].key = key;
	}
	imp_read_value_block(im, key_last + 1, &vb);
	/* no values of its own: a table below (kbimport_coltable.c) goes
	 * under the subkey the steps move to */
	if (vb.nv == 0 && read_at < im->n_keys_read) {
		struct imp_key_read *kr = &im->keys_read[read_at];
		kr->subkey = vb.subkey;
		kr->subkey_line = vb.subkey_line;
		kr->subkey_unnamed = vb.subkey == NULL && vb.subkey_awaited;
	}
	/* "Remove the Frob key from:" over the key: its child, as asked;
	 * the values below, if any, are read on as before */
	if (!tail && (vb.nv == 0 || vb.subkey_line > 0) && imp_place_named_child(im, key, key_line, key_last) &&
	    vb.nv == 0)
		return;
	/* 'add the "X" data value to the Y multi-string value in the
	 * following key:', "add W3svc to the Depend On Service list": an
	 * entry the sentence adds, whatever lines below read as a block */
	if (!tail && imp_place_list_add(im, key, key_line, key_last) && vb.nv == 0)
		return;
	/* "locate ...\\Parameters; under the subkey named Parameters, add
	 * this value": the subkey named in words is the key located, which
	 * leaves a later step that moves to a subkey it does not name
	 * (subkey_line) in force.  A subkey the steps add ("Add Key ...
	 * type Parameters") is made under the key, whatever its name. */
	if (vb.nv > 0 && vb.subkey != NULL && (vb.subkey_in_words || vb.subkey_labelled) &&
	    imp_key_ends_in(key, vb.subkey))
		vb.subkey = NULL;
	if (vb.nv > 0 && vb.named_other_line > 0) {
		/* "Add Value: gizmo" over "Mask = REG_DWORD 0x10" (a subkey
		 * named as a value, or another value), "Key: gizmo -or-
		 * gadget" (a key's label that is no plain name): not plainly
		 * the key's */
		const char *other = vb.named_other_value ? "another value " : "";
		const char *what = vb.named_other_value ? " (or a subkey of that name)" : "";

		review_block(im, &vb, vb.named_other_line,
			     imp_fmt(im, "line %zu names %s'%s'%s between %s and the values below it: which key they are under is unclear: write their checks by hand",
				     vb.named_other_line, other, vb.named_other, what, key),
			     imp_fmt(im, "is below line %zu, which names %s'%s'%s: write its check by hand",
				     vb.named_other_line, other, vb.named_other, what));
		return;
	}
	if (vb.nv > 0 && vb.subkey != NULL) {
		/* made by the steps ("click New, then select Key. Type X"),
		 * not only named ("under the subkey named X", "Key: X") */
		if (!vb.subkey_in_words && !vb.subkey_labelled)
			made = made_key_line(im, vb.subkey, key_last, vb.first);
		key = imp_fmt(im, "%s\\%s", key, vb.subkey);
		if (key == NULL)
			return;
	} else if (vb.nv > 0 && vb.subkey_line > 0) {
		review_block(im, &vb, vb.subkey_line,
			     imp_fmt(im, "the values after line %zu are under a subkey of %s that the article names in words: write their checks by hand",
				     vb.subkey_line, key),
			     "is under an unnamed subkey: write its check by hand");
		return;
	} else if (vb.nv > 0 && vb.key_in_words != NULL && names_another_key(key, &vb, vb.key_in_words)) {
		/* "...\\Policies" / "Add the following value to the Explorer
		 * key:": the values' key is named in words and is not the
		 * key read (a subkey the article makes, or another key) */
		review_block(im, &vb, vb.key_in_words_line,
			     imp_fmt(im, "line %zu puts the values below in the '%s' key, which is not %s: write their checks by hand",
				     vb.key_in_words_line, vb.key_in_words, key),
			     imp_fmt(im, "is put in the '%s' key (line %zu), not in %s: write its check by hand",
				     vb.key_in_words, vb.key_in_words_line, key));
		return;
	}
	/* "...\\CurrentVersion\\MinorVersion" over "MajorVersion:REG_DWORD:4"
	 * / "MinorVersion:REG_DWORD:0": the path ends with the name of one of
	 * the block's values, which may be that value's path (the key is the
	 * path without it) or a key that holds a value of its own name
	 * ("...\\Frob\\Security" holds "Security"): a person decides, for
	 * every value of the block.  (One value alone is imp_add_check_at()'s
	 * to read as its path.) */
	if (vb.nv > 1) {
		size_t j;
		for (j = 0; j < vb.nv; j++)
			if (vb.v[j].name != NULL && imp_key_ends_in(key, vb.v[j].name))
				break;
		if (j < vb.nv) {
			review_block(im, &vb, key_line,
				     imp_fmt(im, "the path %s ends with the name of value '%s', one of the values below it: is that part the key or the value? write their checks by hand",
					     key, vb.v[j].name),
				     "is below a path that ends with a value's name: write its check by hand");
			return;
		}
	}
	if (imp_has_placeholder(key) || numbered_placeholder(key) ||
	    named_as_placeholder(im, key, key_last)) {
		/* "...\<VolumeName>", "...\AdapterName#": no literal name. */
		review_block(im, &vb, key_line, imp_fmt(im, "key %s holds a placeholder: write its checks by hand", key),
			     "is under a key named by a placeholder: write its check by hand");
		if (read_at < im->n_keys_read)
			im->keys_read[read_at].refused = "its key holds a placeholder";
		return;
	}
	if (shown_as_sample(im, key_line)) {
		/* "Here is what a sample registry entry looks like": an
		 * example of what the steps make, not what to check */
		review_block(im, &vb, key_line,
			     imp_fmt(im, "key %s is shown as a sample: write its checks by hand if the rule needs them", key),
			     "is part of a sample entry: write its check by hand if the rule needs it");
		if (read_at < im->n_keys_read)
			im->keys_read[read_at].refused = "its key is shown as a sample";
		return;
	}
	/* "Go to the following subkey:" over the key, then "Delete the
	 * following subkeys:" over bare names: the names are its children,
	 * and a later "Remove the Frobdrv key" another.  Read here, past the
	 * checks for a sample, not in the delete chain below: the list's
	 * numbered lead-in ends the window imp_article_asks() reads. */
	if (!tail && vb.nv == 0 && imp_place_listed_subkeys(im, key, key_line, key_last)) {
		imp_place_deleted_subkeys(im, key, key_line, key_last);
		return;
	}
	end = vb.last > 0 ? vb.last : imp_past_backup_steps(im, key_last) + 3;
	ask = imp_article_asks(im, imp_ask_window_start(im, key_line), vb.last > key_last ? vb.last : key_last,
			   end + 2);
	/* "After you install this update, the following registry value is
	 * created:" over the value: what setup makes, not a change the
	 * reader is asked for (the key alone is read so in imp_key_only()) */
	if (ask == ASK_SET && vb.nv > 0 && imp_created_by_program(im, imp_ask_window_start(im, key_line), key_line - 1)) {
		review_block(im, &vb, key_line,
			     imp_fmt(im, "key %s: the article says a program or setup creates what it lists under it, not the reader: nothing to check or repair unless the article asks elsewhere",
				     key),
			     "is made by a program or setup, the article says: write its check by hand if the rule needs it");
		return;
	}
	/* "Double-click the value and remove Helsinki. The value should
	 * look like this:" then the whole value: the article gives the
	 * data to end with, which is a set */
	if (ask == ASK_DELETE && vb.nv > 0 && vb.v[0].data != NULL &&
	    (imp_lines_say(im, key_last + 1, vb.first, "should look") ||
	     imp_lines_say(im, key_last + 1, vb.first, "should read") ||
	     imp_lines_say(im, key_last + 1, vb.first, "should now")))
		ask = ASK_SET;
	/* "...\\MS Setup (ACME)\\Table" over "Files\\Kit@v4: REG_SZ: ...": the
	 * next line goes on with names the join did not take, so what the
	 * steps delete is not the key read */
	if (ask == ASK_DELETE && path_goes_on(im, key_last)) {
		imp_review(im, key_line, T_CHECKS, 0,
			   imp_fmt(im, "the article deletes %s or something under it, and the line after the path goes on with more of it: write the check and its delete action by hand with the whole path",
				   key));
		return;
	}
	if (ask == ASK_DELETE && vb.nv == 0 &&
	    (imp_place_deletion(im, key, key_line, key_last, vkey, tail ? &tv : NULL) ||
	     (!tail && imp_place_selected_deletes(im, key, key_line, key_last)) ||
	     (!tail && imp_place_deleted_subkeys(im, key, key_line, key_last)) ||
	     (!tail && imp_place_value_request(im, key, key_line, key_last))))
		return;
	if (ask == ASK_DELETE && (imp_place_deleted_block(im, key, key_line, key_last, &vb) ||
				  imp_place_block_deleted_after(im, key, key_line, key_last, &vb)))
		return;
	if (ask == ASK_DELETE) {
		review_block(im, &vb, key_line,
			     imp_fmt(im, "the article deletes %s or something in it, in words the import could not read plainly: write the check and its delete action by hand", key),
			     "is part of a deletion: write it by hand");
		return;
	}
	at.key_line = key_line;
	at.key_last = key_last;
	at.repair = ask == ASK_SET && !imp_block_only_viewed(im, &vb);
	if (tail) {
		if (tv.data == NULL)
			tv.data = imp_typed_data(im, key_last + 1, key_last + 5);
		if (tv.data == NULL && tv.type != NULL) {
			struct value_spec pv;
			const char *pk;
			if (imp_prose_value(im, key, key_line > 3 ? key_line - 3 : 1, key_last + 3, &pk, &pv))
				tv.data = pv.data;
		}
		if (tv.type == NULL && tv.data != NULL && imp_read_number(im, tv.data, 0xFFFFFFFFu, &(int){ 0 }) != NULL) {
			tv.type = "REG_DWORD";
			if (imp_starts_ci(tv.data, "0x"))
				imp_review(im, tv.line, T_CHECKS, 0,
				       imp_fmt(im, "value '%s': the article gives no type; REG_DWORD is read from its 0x data", tv.name));
			else
				tv.type_assumed = 1;
		}
		if (imp_settle_assumed_type(im, key_line, &tv))
			imp_value_checks(im, &at, vkey, &tv);
	}
	if (!tail && vb.nv == 1 && vb.v[0].sentence && at.repair &&
	    place_block_line_added_in_words(im, &at, key, key_last, &vb))
		return;
	/* steps between the key and a block further on */
	if (!tail && vb.nv > 0 && vb.first > key_last + 2)
		imp_place_procedure_values(im, &at, key, key_line, key_last, key_last + 1, vb.first - 1, &vb, NULL);
	for (i = 0; i < vb.nv; i++) {
		struct value_spec *v = &vb.v[i];
		int from_steps = 0;
		if (v->data == NULL && v->def != NULL &&
		    imp_lines_say(im, imp_ask_window_start(im, key_line), key_line, "default value"))
			v->data = v->def;
		/* "Default value: 1" then "Change this value to 0." */
		if (v->data == NULL && vb.last > 0)
			from_steps = imp_procedure_complete(im, key_line, key_last, vb.last + 1, 0, v);
		/* "Sponsors: REG_MULTI_SZ: server1" with "server2" lined up
		 * under its data on the next lines: a list, not one datum */
		if (v->data != NULL && !v->data_wraps && v->line + 1 < im->a->body_end) {
			const char *nx = imp_line_at(im, (v->last > v->line ? v->last : v->line) + 1);
			if (!imp_blank(nx) && imp_indent_of(nx) > imp_indent_of(imp_line_at(im, v->line)) &&
			    strchr(nx, ':') == NULL && !imp_numbered_step(nx) && imp_ci_find(nx, "HKEY_") == NULL)
				v->data_wraps = 1;
		}
		/* "SNAVersion: REG_SZ: 4.0 SP3" then "change "4.0 SP3" to
		 * "4.0 SP2"": the data shown is the present one */
		if (v->data != NULL)
			imp_data_changed_to(im, v);
		if (v->name != NULL && v->name[0] == '"') {
			size_t l = strlen(v->name);
			if (l >= 2 && v->name[l - 1] == '"')
				v->name = imp_dupn(im, v->name + 1, l - 2);
		}
		if (data_reads_as_words(v->data) ||
		    /* "YES | NO" read as "YES   NO"; not a table's row, nor a
		     * box's ("| Value Name: | Frob |") */
		    (v->data != NULL && strstr(imp_line_at(im, v->line), " | ") != NULL &&
		     *imp_skip_ws(imp_line_at(im, v->line)) != '|' &&
		     strstr(imp_line_at(im, v->line), v->data) == NULL)) {
			/* "MACHINE:Reg_Multi_SZ value in the following subkey:",
			 * "YES | NO": a sentence or a choice where the data
			 * stands, not one datum */
			imp_review(im, v->line, T_CHECKS, 0,
			       imp_fmt(im, "value '%s' under %s: its data reads as a sentence or a choice ('%s'): write its check by hand",
				   v->name != NULL ? v->name : "", tail ? vkey : key, v->data));
			continue;
		}
		if (i == 0 && value_name_wrapped(im, key, key_last, v)) {
			/* "...\\Parameters RID" / "Consistency Checking : REG_DWORD
			 * : 0": the break may fall inside the value's name */
			imp_review(im, v->line, T_CHECKS, 0,
			       imp_fmt(im, "value '%s' follows the path %s on the next line: the line break may fall inside the value's name; write its check by hand",
				   v->name != NULL ? v->name : "", key));
			continue;
		}
		/* a step asks for the data: the block's range and default
		 * document the value, they do not make the step a description */
		at.recommended = from_steps;
		imp_value_checks(im, &at, tail ? vkey : key, v);
		at.recommended = 0;
	}
	for (i = vb.first; i > 0 && i <= vb.last; i++)
		im->used[i] = 1;
	if (!tail && vb.nv > 0 && im->n_checks == checks && made > 0) {
		/* the key the steps make, over values none of which could be
		 * drafted (data left to the reader): making it is asked for,
		 * whatever goes under it (guide C13) */
		struct imp_check *c;
		at.repair = 1;
		at.key_line = at.key_last = made;
		if ((c = imp_add_check_at(im, &at, key, NULL, NULL, IE_EXISTS, NULL, made)) != NULL) {
			/* the steps add under it, but nothing under it is
			 * drafted: the create is the fact (not kept as a check
			 * only, imp_decide_asked()'s reading for a key whose
			 * values stand for it) */
			if (c->not_asked == NULL && c->check_only != NULL) {
				c->check_only = NULL;
				c->repair = 1;
			}
			imp_review(im, made, T_CHECK, im->n_checks - 1,
				   imp_fmt(im, "key %s is made by the steps (line %zu) and none of its values could be drafted: the check and its create action are on the key alone; check it",
					   key, made));
		}
	} else if (!tail && vb.nv > 0 && im->n_checks == checks &&
	    imp_key_asked_later(im, vb.last)) {
		/* "The new value is called: X" with no data, then "3. Add the
		 * above registry key and value.": the key is asked for */
		at.repair = 1;
		if (imp_add_check_at(im, &at, key, NULL, NULL, IE_EXISTS, NULL, key_line) != NULL)
			imp_review(im, key_line, T_CHECK, im->n_checks - 1,
			       imp_fmt(im, "key %s is asked for further on (\"add the above key\"): check that the check and its create action belong",
				   key));
	}
	if (!tail && vb.nv == 0) {
		struct value_spec pv, listed[LISTED_NAMES];
		const char *pk, *vk;
		size_t nl, lead;
		int r, one_of;
		if (imp_value_named_in_words(im, imp_ask_window_start(im, key_line), key_last + 4, &pv) &&
		    /* "Then, add a DWORD value named X ... to the following
		     * key:" after this key introduces the next one */
		    !(pv.line > key_last && imp_lines_say(im, pv.line, pv.line + 1, "following")) &&
		    !placed_under_key_above(im, &pv)) {
			struct value_spec later;
			/* "Set the value of the X value from 0 to 255" further on */
			if (pv.data == NULL &&
			    imp_prose_value(im, key, key_line, key_last + 6, &pk, &later) && pk == key &&
			    later.name != NULL && strcasecmp(later.name, pv.name) == 0 &&
			    (strcmp(pv.type, "REG_DWORD") == 0 || strcmp(pv.type, "REG_SZ") == 0)) {
				/* cited to the sentence giving the data too */
				pv.data = later.data;
				pv.last = later.last > later.line ? later.last : later.line;
			}
			/* "... and set it to TRUE:": data the request reader
			 * (kbimport_sentence.c) reads where this one does not */
			if (pv.data != NULL || !imp_place_value_request(im, key, key_line, key_last))
				place_added_value(im, &at, key, &pv, "in words", "the words that add it");
		} else if (imp_place_value_request(im, key, key_line, key_last)) {
			/* drafted by the call itself (kbimport_sentence.c):
			 * "Delete the X and Y values from the following key:",
			 * "Add a registry value X of type REG_DWORD to the
			 * following key:" / "Set it to 1."; true ends the
			 * chain, so the prose reader below, which takes "it"
			 * there for the key's last name, does not read it too */
		} else if (imp_prose_value(im, key, key_line > 3 ? key_line - 3 : 1, key_last + 6, &pk, &pv)) {
			/* refused: the value has its review item (guide C11) */
			int reported = !imp_settle_assumed_type(im, key_line, &pv);
			if (!reported) {
				size_t checks_before = im->n_checks, reviews_before = im->n_reviews;
				imp_value_checks(im, &at, pk, &pv);
				/* refused there (a placeholder datum, no type): a
				 * review item and no check, reported as well */
				reported = im->n_checks == checks_before && im->n_reviews > reviews_before;
			}
			/* "change A to 1 and B to 2": the others the steps set */
			if (pk == key)
				imp_place_procedure_values(im, &at, key, key_line, key_last, 0, 0, NULL,
							   reported ? &pv : NULL);
		} else if (imp_value_named_before(im, key_line, key_last, &pv)) {
			imp_value_checks(im, &at, key, &pv);
		} else if (imp_lines_say(im, imp_ask_window_start(im, key_line), key_line, "following value") ||
			   imp_lines_say(im, imp_ask_window_start(im, key_line), key_line, "following registry value") ||
			   imp_lines_say(im, imp_ask_window_start(im, key_line), key_line, "following registry entry") ||
			   imp_lines_say(im, imp_ask_window_start(im, key_line), key_line, "following entry")) {
			/* "change the following value: ...\\DisablePwdCaching": the
			 * path ends in a value the article gives no data for */
			imp_review(im, key_line, T_CHECKS, 0,
			       imp_fmt(im, "%s ends in a value name, with no data given: write its check by hand", key));
		} else if ((nl = imp_values_listed_after(im, key_last, listed, LISTED_NAMES, &lead, &one_of)) > 0) {
			/* "Add the following DWORD value of 0:" / "Frob Names";
			 * "Add one of the following values, depending on which
			 * protocol is shared:" over four names: alternatives,
			 * each drafted and the choice left to a person (C7) */
			size_t k;
			if (one_of)
				imp_review(im, lead, T_CHECKS, 0,
					   "the article adds one of the values listed below, the one that fits the case it names: keep only that value's check and repair");
			for (k = 0; k < nl; k++)
				place_added_value(im, &at, key, &listed[k], "by the step that lists its name",
						  "the step that lists its name under the key");
		} else if ((r = imp_dialog_value(im, key_last, &pv)) == 1) {
			place_added_value(im, &at, key, &pv, "in Registry Editor's Add Value dialog",
					  "the Add Value dialog steps after the key");
		} else if (r == 2) {
			place_added_value(im, &at, key, &pv, "by editing it in Registry Editor",
					  "the steps after the key that edit it");
			/* "Double-click X", "In the Edit DWORD Value dialog
			 * box, type 2", then "point to New, and then click
			 * String Value" for a second value: the others the
			 * steps set (X, drafted, is left alone there) */
			imp_place_procedure_values(im, &at, key, key_line, key_last, 0, 0, NULL, &pv);
		} else if ((pk = imp_value_ahead_of_key(im, key_line, &pv.line)) != NULL &&
			   (vk = path_ends_in(im, raw, pk)) != NULL &&
			   (strcmp(vk, key) == 0 || path_ends_in(im, key, pk) != NULL) &&
			   imp_value_edited_after(im, pk, key_last, &pv)) {
			/* "Locate the Max Threads value under the following
			 * key:" over a path ending in the value's full name
			 * ("Max Threads (EXDS+NSP+DRA)"), then steps that edit
			 * it */
			pv.name = strrchr(raw, '\\') + 1;
			place_added_value(im, &at, vk, &pv, "by editing it in Registry Editor",
					  "the steps after the key that edit it");
		} else if (imp_value_ahead_of_key(im, key_line, &pv.line) == NULL &&
			   !lead_in_says_value(im, key_line) && (vk = path_value_split(im, key, &pk)) != NULL &&
			   imp_path_value_edited(im, key_last, pk, &pv)) {
			/* "Locate the following key: ...\\DBAGENT\\Type" / "On
			 * the Edit menu, click DWORD, type "10"": the editor
			 * opens on the path's last name, a value */
			place_added_value(im, &at, vk, &pv, "by editing it in Registry Editor",
					  "the path's last name, which the next step edits as a value");
		} else if (imp_place_typed_entry(im, key, key_line, key_last)) {
			/* kbimport_listentry.c: "click Multi String, type "X"" */
		} else if ((pk = imp_value_ahead_of_key(im, key_line, &pv.line)) != NULL) {
			/* "set the MaxTokenSize value that is located in the
			 * following key to a decimal value of less than 50,000":
			 * the article asks about the value, with data the import
			 * cannot read; a check of the key alone is not it */
			int fix = 0;
			if (imp_place_procedure_values(im, &at, key, key_line, key_last, 0, 0, NULL, NULL) > 0) {
				/* drafted by the steps */
			} else if (imp_value_verified_after(im, pk, key_last, &pv, &fix)) {
				/* "Verify that the REG_DWORD value is set to 0x3." */
				imp_review(im, pv.line, T_CHECKS, 0,
					   imp_fmt(im, "value '%s' is read from the words on line %zu that %s its data: check its name, type and data",
						   pk, pv.last, fix ? "require" : "verify"));
				at.repair = fix;
				imp_value_checks(im, &at, key, &pv);
			} else {
				imp_review(im, pv.line, T_CHECKS, 0,
				       imp_fmt(im, "value '%s' under %s is named before its key but its data could not be read: write its check by hand",
					   pk, key));
			}
		} else {
			if (imp_place_procedure_values(im, &at, key, key_line, key_last, 0, 0, NULL, NULL) == 0)
				imp_key_only(im, &at, key, key_line, key_last,
					     read_at < im->n_keys_read ? &im->keys_read[read_at] : NULL);
		}
	}
}

static int ends_with_backslash(const char *s)
{
	size_t l = imp_rtrim_len(s, strlen(s));

	return l > 0 && s[l - 1] == '\\';
}

/* "*[HKEY_": one mark before a header. Not ';' or '#' (a commented-out
 * header, which REGEDIT skips) nor '-' (a typo for "[-HKEY", a delete). */
static int stray_before_header(const char *t)
{
	return t[0] != '\0' && ispunct((unsigned char)t[0]) && strchr(";#-[", t[0]) == NULL &&
	       imp_starts_ci(t + 1, "[HKEY_");
}

/* REGEDIT files: [HKEY_LOCAL_MACHINE\...] then "Name"=dword:00000001. */
static size_t regedit_block(struct imp *im, size_t n)
{
	const char *s = imp_skip_ws(imp_line_at(im, n)), *close, *key;
	size_t m, values = 0, first, unread = 0;
	int asked, paths_adjusted = -1;
	struct imp_at at = { 0 };

	if (stray_before_header(s)) {
		/* "*[HKEY_...]": a mark the article left before the header */
		imp_review(im, n, T_CHECKS, 0,
		       imp_fmt(im, "the REGEDIT header has a stray '%c' before it: read as the header of the values below", s[0]));
		s++;
	}
	if (imp_starts_ci(s, "[-HKEY_")) {
		/* REGEDIT's "[-KEY]" deletes the key and its subkeys */
		close = strrchr(s, ']');
		key = close != NULL ? imp_dupn(im, s + 2, (size_t)(close - s - 2)) : NULL;
		key = key != NULL ? imp_normal_key(im, key, n) : NULL;
		at.repair = 1;
		if (key == NULL || imp_has_placeholder(key) ||
		    imp_add_check_at(im, &at, key, NULL, NULL, IE_KEY_ABSENT, NULL, n) == NULL)
			imp_review(im, n, T_CHECKS, 0,
			       imp_fmt(im, "the article deletes a key (%s): add a key-absent check by hand", s));
		im->used[n] = 1;
		return 1;
	}
	close = strrchr(s, ']');
	if (close != NULL) {
		key = imp_dupn(im, s + 1, (size_t)(close - s - 1));
		first = n + 1;
	} else {
		/* "[HKEY_...\\Terminal" / "Server\\Compatibility\\...]": a header
		 * wrapped by the article, joined with the space the break
		 * took unless it fell at a backslash. */
		const char *t = n + 1 < im->a->body_end ? imp_skip_ws(imp_line_at(im, n + 1)) : "";
		size_t sl = imp_rtrim_len(s, strlen(s));
		close = strrchr(t, ']');
		if (close == NULL || strchr(t, '[') != NULL || *t == '"')
			return 0;
		key = imp_fmt(im, "%.*s%s%.*s", (int)(sl - 1), s + 1,
			  s[sl - 1] == '\\' || *t == '\\' ? "" : " ", (int)(close - t), t);
		imp_review(im, n, T_CHECKS, 0,
		       imp_fmt(im, "the REGEDIT header is wrapped over lines %zu-%zu: check the key path joined from them", n, n + 1));
		im->used[n + 1] = 1;
		first = n + 2;
	}
	im->used[n] = 1;
	key = imp_normal_key(im, key, n);
	/* merging a REGEDIT file creates and sets; an export shown only
	 * to be verified, or as documentation, does not */
	asked = imp_regedit_asks(im, n);
	at.repair = asked > 0;
	at.key_line = n;
	for (m = first; m < im->a->body_end; m++) {
		const char *l = imp_skip_ws(imp_line_at(im, m)), *eq, *name;
		struct value_spec v = { 0 };
		size_t nl;

		/* "; remark" or a commented-out entry ("; \"Name\"=\"\""):
		 * REGEDIT skips it and reads the entries after it; left
		 * unplaced, so a commented-out name still gets its review */
		if (*l == ';')
			continue;
		/* an article may set the values off from the header by a
		 * blank line */
		if (m == first && values == 0 && *l == '\0' && m + 1 < im->a->body_end) {
			const char *nx = imp_skip_ws(imp_line_at(im, m + 1));
			if (*nx == '"' || *nx == '@')
				continue;
		}
		if (*l != '"' && *l != '@') {
			/* "[...\MimeMap]" over "type/sub,ext,,5": lines the
			 * header holds that are no entries this reader knows */
			if (*l != '[' && *l != ';' && *l != '-' && *l != '=' &&
			    (strchr(l, ',') != NULL || strchr(l, '=') != NULL))
				unread = m;
			break;
		}
		eq = *l == '@' ? l + 1 : strstr(l + 1, "\"=");
		if (eq == NULL)
			break;
		if (*l == '@') {
			name = "";
		} else {
			nl = (size_t)(eq - l - 1);
			name = imp_dupn(im, l + 1, nl);
			eq++;
		}
		if (*eq != '=')
			break;
		eq++;
		im->used[m] = 1;
		values++;
		v.line = m;
		/* hex data goes on over lines that end with a backslash: the
		 * lines joined, without the backslashes, are the data */
		if (imp_starts_ci(eq, "hex") && ends_with_backslash(imp_line_at(im, m))) {
			struct kb_buf j = { 0 };
			const char *l2 = eq;
			for (;;) {
				int more = ends_with_backslash(l2);
				size_t ll = imp_rtrim_len(l2, strlen(l2));
				kb_buf_add(&j, l2, more ? ll - 1 : ll);
				if (!more || m + 1 >= im->a->body_end)
					break;
				l2 = imp_skip_ws(imp_line_at(im, ++m));
				im->used[m] = 1;
			}
			eq = j.oom || j.p == NULL ? NULL : imp_dupn(im, j.p, j.len);
			im->oom |= j.oom;
			free(j.p);
			if (eq == NULL)
				return m - n;
			v.last = m;
		}
		if (key == NULL)
			continue;
		if (asked < 0) {
			imp_review(im, v.line, T_CHECKS, 0,
			       imp_fmt(im, "value '%s' under %s is shown in a REGEDIT export the article %s: write its check by hand if the rule needs it",
				   name, key, asked == IMP_REG_REFERENCE ? "lists as reference material" : "does not ask to merge or verify"));
			continue;
		}
		v.name = name;
		if (imp_starts_ci(eq, "dword:")) {
			v.type = "REG_DWORD";
			v.data = eq;
		} else if (*eq == '"') {
			/* REGEDIT escapes \ and " with a backslash. */
			char *d = malloc(strlen(eq) + 1), *o = d;
			const char *p;
			if (d == NULL) {
				im->oom = 1;
				return m - n;
			}
			for (p = eq + 1; *p != '\0' && *p != '"'; p++) {
				if (*p == '\\' && (p[1] == '\\' || p[1] == '"'))
					p++;
				*o++ = *p;
			}
			*o = '\0';
			v.type = "REG_SZ";
			v.exact = 1;
			v.data = imp_keep(im, d);
			if (v.data != NULL && imp_blank(v.data)) {
				/* the rule language has no empty or all-space string data */
				imp_review(im, v.line, T_CHECKS, 0,
				       imp_fmt(im, "value '%s' under %s is set to '%s' (%s): write its check by hand", name, key,
					       v.data, v.data[0] == '\0' ? "an empty string" : "spaces only"));
				continue;
			}
			if (v.data != NULL && paths_adjusted < 0)
				paths_adjusted = imp_export_paths_adjusted(im, n);
			/* the data is the article's path, which its words tell
			 * the reader to adjust: the reader's data (guide
			 * section 4), not drafted */
			if (v.data != NULL && paths_adjusted > 0 && imp_data_is_path(v.data)) {
				imp_review(im, v.line, T_CHECKS, 0,
				       imp_fmt(im, "value '%s' under %s: the article says to adjust this path to the system: write its check by hand with the reader's path",
					   name, key));
				continue;
			}
		} else if (*eq == '-' && imp_blank(eq + 1) && !imp_has_placeholder(key) &&
			   name[0] != '\0') {
			/* REGEDIT's "Name"=- deletes the value */
			if (imp_add_check_at(im, &at, key, name, NULL, IE_VALUE_ABSENT, NULL, v.line) == NULL)
				imp_review(im, v.line, T_CHECKS, 0,
				       imp_fmt(im, "value '%s' under %s is deleted: write its check by hand", name, key));
			continue;
		} else {
			const char *why;
			if (!imp_regedit_hex(im, eq, &v.type, &v.data, &why)) {
				imp_review(im, v.line, T_CHECKS, 0,
				       imp_fmt(im, "value '%s' under %s has data '%.60s%s' that is not converted (%s): write its check by hand",
					   name, key, eq, strlen(eq) > 60 ? "..." : "", why));
				continue;
			}
			v.exact = 1;
			/* bytes over several lines are a blob (a security
			 * descriptor, a time zone's rules) no person checks by
			 * eye: the labelling guide's call, left to a person */
			if (v.last > v.line && strcmp(v.type, "REG_BINARY") == 0) {
				imp_review(im, v.line, T_CHECKS, 0,
				       imp_fmt(im, "value '%s' under %s: its REG_BINARY data goes on over lines %zu-%zu: write its check by hand if the rule needs it",
					   name, key, v.line, v.last));
				continue;
			}
			if (v.last > v.line)
				imp_review(im, v.line, T_CHECKS, 0,
				       imp_fmt(im, "value '%s' under %s: its hex data goes on over lines %zu-%zu, read as one: check it",
					   name, key, v.line, v.last));
		}
		imp_value_checks(im, &at, key, &v);
	}
	if (values == 0 && key != NULL && asked < 0)
		imp_review(im, n, T_CHECKS, 0,
		       imp_fmt(im, "key %s is shown in a REGEDIT export the article %s: add a check by hand if the rule needs it", key,
			       asked == IMP_REG_REFERENCE ? "lists as reference material" : "does not ask to merge or verify"));
	else if (values == 0 && key != NULL && unread > 0)
		imp_review(im, unread, T_CHECKS, 0,
		       imp_fmt(im, "key %s: the lines under its REGEDIT header are no \"name\"=data entries the import could read: write its checks by hand",
			       key));
	else if (values == 0 && key != NULL)
		imp_add_check_at(im, &at, key, NULL, NULL, IE_EXISTS, NULL, n);
	return m - n;
}

/* "Inventory Agent": a few words each starting with a capital or a
 * digit, the way key names are written, unlike a sentence. */
static int title_words(const char *t, size_t tl)
{
	size_t i, words = 0;

	for (i = 0; i < tl; i++)
		if (i == 0 || t[i - 1] == ' ') {
			if (t[i] == ' ')
				continue;
			if (!isupper((unsigned char)t[i]) && !isdigit((unsigned char)t[i]))
				return 0;
			words++;
		}
	return words <= 4 && t[tl - 1] != '.';
}

/* Line n is the first one with text after the line naming the root
 * ("go to the following subkey:", a blank line, then "\SYSTEM" alone:
 * the path written a name a line). */
static int first_after_root(const struct imp *im, size_t root, size_t n)
{
	size_t m;

	for (m = root + 1; m < n; m++)
		if (!imp_blank(imp_line_at(im, m)))
			return 0;
	return n > root;
}

/* Line n (text t, indented when not right after the root) holds a path
 * relative to the root named at line root: "\SYSTEM\CurrentControlSet"
 * or "\Software" alone as the first line after it. */
static int relative_path_line(const struct imp *im, size_t root, size_t n, const char *s, const char *t)
{
	return root > 0 && n > root && n - root <= 6 && !im->used[n] && *t == '\\' &&
	       isalpha((unsigned char)t[1]) && !imp_starts_ci(t + 1, "HKEY") && (strchr(t + 1, '\\') != NULL || first_after_root(im, root, n)) &&
	       (imp_indent_of(s) > 0 || n == root + 1) && strchr(t, ':') == NULL;
}

/* t opens with a word of a sentence, not a key's name: "to 1.", "and
 * then", "is set". */
static int prose_word_opens(const char *t)
{
	static const char *const words[] = { "to ", "and ", "or ", "is ", "are ", "from ", "in ",
					     "on ", "with ", "for ", "then ", "if ", "as ", NULL };

	return imp_opens_with(t, words);
}

/* The first word of line s (text t) when it goes on a path its line
 * above broke after a backslash: a name or names ("LanmanServer\\Parameters",
 * its sentence's full stop, colon or closing quote left off), not a step, a root, a
 * label or a setting; less indented than the path (col), only when it
 * holds a backslash or ends its sentence.  Its length, or 0. */
static size_t wrapped_word(const char *s, const char *t, size_t col)
{
	size_t wl = strcspn(t, " \t"), l = wl, tl = imp_rtrim_len(t, strlen(t));
	const char *b;

	/* "Internet Settings": the line is one name of a few capitalised
	 * words */
	if (tl > 0 && memchr(t, '\\', tl) == NULL && strpbrk(t, ":=\"") == NULL && title_words(t, tl) &&
	    !imp_numbered_step(s) && !imp_starts_ci(t, "HKEY"))
		return tl;

	while (wl > 0 && strchr(".,;:)\"", t[wl - 1]) != NULL)
		wl--;
	if (wl == 0 || !isalnum((unsigned char)*t) || imp_numbered_step(s) || imp_starts_ci(t, "HKEY") ||
	    memchr(t, ':', wl) != NULL || memchr(t, '=', l) != NULL || memchr(t, '"', wl) != NULL)
		return 0;
	if (imp_indent_of(s) < col && memchr(t, '\\', wl) == NULL && !(l > wl && t[wl] == '.'))
		return 0;
	/* "Parameters\\Master: REG_DWORD: 1": the last name is the value's */
	if (t[wl] == ':' && imp_ci_find(t + wl, "REG_") != NULL) {
		const char *lastb = NULL;
		for (b = t; b < t + wl; b++)
			if (*b == '\\')
				lastb = b;
		return lastb != NULL ? (size_t)(lastb - t) : 0;
	}
	/* one plain word with prose after it ("These keys are ..."): no name */
	if (memchr(t, '\\', wl) == NULL && !imp_blank(t + l) && !(l > wl && t[wl] == '.'))
		return 0;
	return wl;
}

/* t, a tree's line opening with a backslash, ends the path in a value
 * written with its type and data, colon its first ':':
 * "\\Parameters\\NONOTIFYRSP:REG_SZ:YES", no space in the names (not
 * "\\Parameters   ValidateHostRequest: REG_DWORD: 1", whose value the
 * spaces set apart, nor "\\Script Map\\.pl : Reg_Sz : Path"), data
 * given (not "<list>"). */
static int tree_value_line(const char *t, const char *colon)
{
	const char *d;

	if (colon == NULL || memchr(t, ' ', (size_t)(colon - t)) != NULL || memchr(t, '\t', (size_t)(colon - t)) != NULL)
		return 0;
	d = imp_skip_ws(colon + 1);
	d = strchr(d, ':');
	if (d == NULL)
		return 0;
	d = imp_skip_ws(d + 1);
	return *d != '\0' && *d != '<';
}

/* The width the archive's articles are wrapped to, less a margin: a word
 * that would end past it did not fit on the line before. */
#define WRAP_WIDTH 72

/* The key's last name and the first name of t (a wrapped line) are one
 * name split at its space ("Windows" / "NT\\CurrentVersion"): "Windows
 * NT", or a name the article writes whole on a line other than n and m,
 * the two the break is between. */
static int name_split_at_space(const struct imp *im, const char *key, const char *t, size_t n, size_t m)
{
	const char *last = strrchr(key, '\\');
	char pair[128];
	size_t l, k;

	last = last != NULL ? last + 1 : key;
	l = strcspn(t, "\\ \t");
	if (*last == '\0' || l == 0 || snprintf(pair, sizeof pair, "%s %.*s", last, (int)l, t) >= (int)sizeof pair)
		return 0;
	if (strcasecmp(pair, "Windows NT") == 0)
		return 1;
	for (k = im->a->body_first; k < im->a->body_end; k++)
		if (k != n && k != m && imp_ci_find(imp_line_at(im, k), pair) != NULL)
			return 1;
	return 0;
}

/* Articles wrap long paths; the next line continues the key when it is
 * indented under it, holds no label or sentence, and the key line was
 * long or the break sits at a backslash.  Returns the joined key and
 * sets *last to its last line. */
static const char *join_wrapped(struct imp *im, const char *key, size_t n, size_t col,
				size_t *last)
{
	size_t m, line_len = strlen(imp_line_at(im, n));
	/* a line holding one name ("\\SYSTEM"): the path goes on a name a
	 * line; a full path followed by "\\A" / "\\B" lines is a list */
	const char *first = imp_skip_ws(imp_line_at(im, n));
	const char *bs = strchr(*first == '\\' ? first + 1 : first, '\\');
	/* "HKLM\\" / "  System\\" / "    CurrentControlSet\\": a tree, one
	 * name a line, each ending with the backslash; "HKEY_LOCAL_MACHINE\\
	 * System" / "\\CurrentControlSet" / "\\Services" / ...: the root and
	 * one name, then a name a line */
	int one_name = bs == NULL || imp_blank(bs + 1) ||
		       (imp_starts_ci(first, "HKEY_") && strchr(bs + 1, '\\') == NULL);

	*last = n;
	/* "HKEY_LOCAL_MACHINE\\SYSTEM" / "" / "      \\CurrentControlSet":
	 * the root and a hive's name set apart by a blank line from the rest
	 * of the path, indented deeper under it; the names go on past the
	 * blank (a line as deep is a path of its own under the root) */
	if (one_name && imp_starts_ci(first, "HKEY_") && n + 2 < im->a->body_end &&
	    imp_blank(imp_line_at(im, n + 1)) && !im->used[n + 2] &&
	    *imp_skip_ws(imp_line_at(im, n + 2)) == '\\' && imp_indent_of(imp_line_at(im, n + 2)) > col)
		n++;
	/* up to three lines, or a path written a name a line
	 * ("HKEY_LOCAL_MACHINE" / "\\SYSTEM" / "\\CurrentControlSet" ...) */
	for (m = n + 1; m < im->a->body_end && (m < n + 4 || (m < n + 16 && one_name &&
		    (*imp_skip_ws(imp_line_at(im, m)) == '\\' ||
		     (key[0] != '\0' && key[strlen(key) - 1] == '\\')))); m++) {
		const char *s = imp_line_at(im, m), *t = imp_skip_ws(s);
		size_t tl = imp_rtrim_len(t, strlen(t)), kl = strlen(key), wl;
		int at_slash;

		/* "\\Services\\Frob\\Parameters:": the path's last line ends
		 * the lead-in to what follows it */
		int lead_colon = *t == '\\' && tl > 1 && t[tl - 1] == ':' && strchr(t, ':') == t + tl - 1;

		if (imp_blank(s) || im->used[m] || imp_indent_of(s) < col || tl > 60 ||
		    (strchr(t, ':') != NULL && !lead_colon) || strchr(t, '=') != NULL || strstr(t, ". ") != NULL ||
		    *t == '-' || *t == '[' || *t == '"' || imp_starts_ci(t, "HKEY") || imp_next_root(t) != NULL ||
		    imp_numbered_step(s) || imp_ci_find(t, "Value Name") != NULL) {
			/* "...\\CurrentVersion\\" / "FileManager\\AddOns\\Afp
			 * Manager: REG_SZ: sfmmgr.cpl": the path's last line
			 * ends in a value written with its type and data,
			 * which the trailing value reader splits off */
			const char *colon = strchr(t, ':');
			/* (a tree's last line, "\\Parameters\\Name:REG_SZ:YES",
			 * goes on the same way when its names hold no space and
			 * its data is given) */
			if (kl > 0 && (key[kl - 1] == '\\' || (*t == '\\' && tree_value_line(t, colon))) &&
			    !im->used[m] && colon != NULL && colon - t < 60 &&
			    memchr(t, '\\', (size_t)(colon - t)) != NULL && *t != '-' && *t != '"' &&
			    imp_starts_ci(imp_skip_ws(colon + 1), "REG_") && !imp_starts_ci(t, "HKEY") &&
			    !imp_numbered_step(s)) {
				*last = m;
				return imp_fmt(im, "%s%.*s", key, (int)tl, t);
			}
			/* "...\\Services\\" / "LanmanServer\\Parameters. The value
			 * ...": after a backslash the break is the path's; its
			 * next word goes on, however the line is indented */
			if (kl > 0 && key[kl - 1] == '\\' && !imp_blank(s) && !im->used[m] &&
			    (wl = wrapped_word(s, t, col)) > 0) {
				*last = m;
				return imp_fmt(im, "%s%.*s", key, (int)wl, t);
			}
			break;
		}
		/* "...\\Parameters\\" / "to 1.": the sentence goes on */
		if (prose_word_opens(t))
			break;
		if (lead_colon)
			tl--;
		at_slash = *t == '\\' || (kl > 0 && key[kl - 1] == '\\');
		/* a path written with '/' all through goes on the same way */
		if (strchr(key, '\\') == NULL && strchr(t, '\\') == NULL)
			at_slash |= *t == '/' || (kl > 0 && key[kl - 1] == '/');
		/* (a short line goes on when the next line's first word, a
		 * path's rest, would not have fitted on it, and the name the
		 * break splits is one the article writes whole elsewhere:
		 * "...\\Microsoft\\Windows" / "NT\\CurrentVersion\\Perflib\\009";
		 * not "...\\Services" / "W3SVC\\Parameters", a backslash lost) */
		if (!at_slash && line_len < 60 && !(memchr(t, '\\', strcspn(t, " \t")) != NULL &&
						     line_len + 1 + strcspn(t, " \t") > WRAP_WIDTH &&
						     name_split_at_space(im, key, t, n, m)))
			break;
		/* "...\MSExchangeIS\" / "ParametersPublic.": the sentence's
		 * full stop after the path's last name is not part of it */
		if (tl > 1 && t[tl - 1] == '.' && (isalnum((unsigned char)t[tl - 2]) || t[tl - 2] == ')'))
			tl--;
		/* Continuations are a path: no run of lower-case prose. */
		if (!at_slash && strchr(t, '\\') == NULL && strchr(t, ' ') != NULL &&
		    !title_words(t, tl))
			break;
		/* "...\\Res" / "toreInProgress": a break inside a word (the
		 * next line goes on in lower case) takes no space; names the
		 * break split in two ("Current" / "Version") are rejoined. */
		/* a GUID ("{3B1" / "433E1-...}") is broken without a space */
		key = imp_fmt(im, "%s%s%.*s", key, at_slash || islower((unsigned char)*t) ||
			      (strrchr(key, '{') != NULL && strchr(strrchr(key, '{'), '}') == NULL) ?
			      "" : " ", (int)tl, t);
		if (key != NULL && (imp_ci_find(key, "\\Current Version") != NULL ||
				    imp_ci_find(key, "\\CurrentControl Set") != NULL)) {
			char *k = (char *)key, *sp = strchr(imp_ci_find(k, "\\Current") + 1, ' ');
			memmove(sp, sp + 1, strlen(sp));
		}
		if (key == NULL)
			return NULL;
		*last = m;
		line_len = strlen(s);
	}
	return key;
}

/* The path p (len bytes) goes on in prose on its line (imp_prose_cut()),
 * and its last name before the prose still holds a word in lower case
 * ("Serial By default DMA is not enabled"): where it ends is a guess.
 * "Client for NFS" (no prose after) and "ServerProtocols and" (none
 * left) are paths. */
static int prose_in_last_name(const char *p, size_t len)
{
	const char *last = p, *q, *cut;
	char buf[512];
	int depth = 0;

	if (len >= sizeof buf)
		return 0;
	memcpy(buf, p, len);
	buf[len] = '\0';
	if ((cut = imp_prose_cut(buf)) == NULL || (*cut == ' ' && cut[1] == '('))
		return 0;
	len = (size_t)(cut - buf);
	for (q = p; q < p + len; q++)
		if (*q == '\\')
			last = q + 1;
	for (q = last; q < p + len; q++) {
		if (*q == '(')
			depth++;
		else if (*q == ')' && depth > 0)
			depth--;
		else if (depth == 0 && q > last && q[-1] == ' ' && islower((unsigned char)*q))
			return 1;
	}
	return 0;
}

/* "HKEY_LOCAL_MACHINE" alone on line n (root, len bytes), then one name a
 * line, each indented deeper than the one above, with no backslash: the
 * path joined ("HKEY_LOCAL_MACHINE\\Software\\Microsoft"), *last its last
 * line; NULL when fewer than two names follow. */
static const char *indent_tree(struct imp *im, const char *root, size_t len, size_t n,
			       size_t *last)
{
	size_t m, ind = imp_indent_of(imp_line_at(im, n));
	const char *key = imp_dupn(im, root, len), *c;

	*last = n;
	for (m = n + 1; key != NULL && m < im->a->body_end && m <= n + 12; m++) {
		const char *s = imp_line_at(im, m), *t = imp_skip_ws(s);
		size_t tl = imp_rtrim_len(t, strlen(t));
		if (imp_blank(s) || imp_indent_of(s) <= ind || tl > 60 || im->used[m] ||
		    strpbrk(t, "\\:=/") != NULL || strstr(t, ". ") != NULL || imp_numbered_step(s) ||
		    !isalnum((unsigned char)*t))
			break;
		key = imp_fmt(im, "%s\\%.*s", key, (int)tl, t);
		ind = imp_indent_of(s);
		*last = m;
	}
	if (key == NULL || *last < n + 2)
		return NULL;
	/* names the tree split as words: "Current Version" */
	if ((c = imp_ci_find(key, "\\Current Version")) != NULL)
		key = imp_fmt(im, "%.*s%s", (int)(c + 8 - key), key, c + 9);
	return key;
}

/* The root at p (len letters) when it is a hive other than
 * HKEY_LOCAL_MACHINE, as key_roots spells it; NULL otherwise. */
static const char *other_hive(const char *p, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof key_roots / sizeof key_roots[0]; i++)
		if (key_roots[i][1] == NULL && strlen(key_roots[i][0]) == len &&
		    strncasecmp(p, key_roots[i][0], len) == 0)
			return key_roots[i][0];
	return NULL;
}

/* " on Local Machine\\SOFTWARE\\...", after a hive's name: Regedt32 titles
 * a hive's window "HKEY_LOCAL_MACHINE on Local Machine" and articles copy
 * the title into paths.  Where the path goes on (its first backslash),
 * or NULL: at most four words, each starting with a capital. */
static const char *window_title_path(const char *e)
{
	const char *q;
	size_t words = 0;

	if (!imp_starts_ci(e, " on "))
		return NULL;
	for (q = e + 4; *q != '\\'; q++) {
		if (*q == ' ')
			continue;
		if (!isalpha((unsigned char)*q))
			return NULL;
		if (q[-1] == ' ' && (!isupper((unsigned char)*q) || ++words > 4))
			return NULL;
	}
	return words > 0 && q[-1] != ' ' ? q : NULL;
}

/* A path in running text read to its first space at p + len: "The
 * HKEY_LOCAL_MACHINE\SOFTWARE\MICROSOFT\WINDOWS NT\MCI line should be:"
 * goes on past the space while the next word holds a backslash (a name of
 * the path, not a file's "C:\..." nor prose); the path's length. */
static size_t spaced_name_goes_on(const char *p, size_t len)
{
	while (p[len] == ' ' && isalnum((unsigned char)p[len + 1])) {
		size_t w = strcspn(p + len + 1, " \t");
		const char *b = memchr(p + len + 1, '\\', w);
		if (b == NULL || memchr(p + len + 1, ':', w) != NULL || memchr(p + len + 1, '.', (size_t)(b - p - len - 1)) != NULL)
			break;
		len += 1 + w;
	}
	return len;
}

/* "..., delete registry key: HKLM\\Software\\Microsoft\\Connection Manager"
 * over a blank line or a heading's rule: a path a sentence labels with
 * "key:" and that ends its paragraph goes on past a space to the line's
 * end while the words are capitalised (a name's, at most three); the
 * path's length from p on line n (read to len so far). */
static size_t labelled_to_line_end(const struct imp *im, size_t n, const char *p, size_t len)
{
	const char *s = imp_line_at(im, n), *b = p, *next;
	size_t l = imp_rtrim_len(p, strlen(p)), words = 0, i;

	while (b > s && b[-1] == ' ')
		b--;
	if (b - s < 4 || strncasecmp(b - 4, "key:", 4) != 0 || l <= len || p[len] != ' ')
		return len;
	/* "key: HKEY_...\\eBook If Microsoft" / "Reader is ...": the
	 * sentence goes on */
	next = n + 1 < im->a->body_end ? imp_line_at(im, n + 1) : "";
	if (!imp_blank(next) && !imp_rule_line(imp_skip_ws(next)))
		return len;
	for (i = len; i < l; i++) {
		if (p[i] == ' ' && p[i + 1] != ' ' && (!isupper((unsigned char)p[i + 1]) || ++words > 3))
			return len;
		if (!isalnum((unsigned char)p[i]) && strchr(" _-\\", p[i]) == NULL)
			return len;
	}
	return l;
}

/* "Key: HKEY_...", "Registry key: HKEY_...", "Key: HKLM\\...": a label
 * before the path (a block's first line); the path after it stands
 * alone. */
static const char *key_label(const char *b)
{
	const char *r;
	size_t i;

	for (i = 0; imp_key_path_labels[i] != NULL; i++)
		if (imp_starts_ci(b, imp_key_path_labels[i]) &&
		    (imp_starts_ci(r = imp_skip_ws(b + strlen(imp_key_path_labels[i])), "HKEY_") ||
		     imp_short_root_at(r)))
			return r;
	/* "Key     = HKLM\\SYSTEM\\...": the label written with '=', as
	 * over "Value   = Name REG_DWORD 1" */
	if (imp_starts_word(b, "Key") && *(r = imp_skip_ws(b + 3)) == '=' &&
	    (imp_starts_ci(r = imp_skip_ws(r + 1), "HKEY_") || imp_short_root_at(r)))
		return r;
	return b;
}

int imp_step_colon_lead(const char *b, const char *p)
{
	const char *e = p, *w;

	if (!imp_numbered_step(b) && !imp_substep(b))
		return 0;
	while (e > b && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	if (e == b || e[-1] != ':')
		return 0;
	e--;
	for (w = e; w > b && isalpha((unsigned char)w[-1]); w--)
		;
	if (!((e - w == 3 && strncasecmp(w, "key", 3) == 0) || (e - w == 6 && strncasecmp(w, "subkey", 6) == 0)))
		return 0;
	/* one sentence, the step's own: no full stop after its mark */
	b = imp_past_step_mark(b);
	for (w = b; w + 1 < e; w++)
		if (*w == '.' && w[1] == ' ')
			return 0;
	w = imp_ci_find(b, "following");
	return w != NULL && w < e;
}

/* "... to the registry key HKEY_LOCAL_MACHINE\\Software\\Microsoft\\" /
 * "Windows\\CurrentVersion\\RunOnce to prepare ...": a path in running text
 * that the line's end breaks after a backslash goes on with the next line's
 * first word (its sentence's full stop or comma left off).  *last is set
 * to that line unless it names a root of its own, which the scan still
 * reads. */
static const char *running_wrapped(struct imp *im, const char *key, size_t n, size_t *last)
{
	const char *t;
	size_t tl;

	if (n + 1 >= im->a->body_end || im->used[n + 1])
		return key;
	t = imp_skip_ws(imp_line_at(im, n + 1));
	if ((tl = wrapped_word(imp_line_at(im, n + 1), t, 0)) == 0)
		return key;
	if (imp_next_root(t) == NULL)
		*last = n + 1;
	return imp_fmt(im, "%s%.*s", key, (int)tl, t);
}

/* The last name of key is one of the machine hive's fixed containers
 * right under a control set ("...\\CurrentControlSet\\Services"): names
 * below it hold no space, so a path broken after it goes on with a '\\'
 * the break took.  Elsewhere ("...\\Windows" / "NT\\CurrentVersion",
 * "HKEY_CURRENT_USER\\Control" / "Panel\\Desktop") the break took a space. */
static int ends_in_set_container(const char *key)
{
	static const char *const containers[] = { "Services", "Control", "Enum", NULL };
	const char *last = strrchr(key, '\\'), *prev;
	size_t i;

	if (last == NULL)
		return 0;
	for (prev = last; prev > key && prev[-1] != '\\'; prev--)
		;
	if (!imp_starts_ci(prev, "CurrentControlSet\\") && !imp_starts_ci(prev, "ControlSet"))
		return 0;
	for (i = 0; containers[i] != NULL; i++)
		if (strcasecmp(last + 1, containers[i]) == 0)
			return 1;
	return 0;
}

/* "... navigate to the key HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows" /
 * "NT\\CurrentVersion\\Winlogon.": a path in running text that the line's
 * end breaks inside a name, the next line's first word going on with
 * names ("NT\\CurrentVersion\\Winlogon", a backslash in it, no root).
 * Joined with the space the break took (a '\\' after a control set's
 * fixed container), with a review item on line n; key as it was when the
 * next line does not go on so. */
static const char *running_wrapped_in_name(struct imp *im, const char *key, size_t n, size_t *last)
{
	const char *t, *joined, *mark;
	size_t wl;

	if (n + 1 >= im->a->body_end || im->used[n + 1] || strchr(key, '\\') == NULL)
		return key;
	t = imp_skip_ws(imp_line_at(im, n + 1));
	wl = strcspn(t, " \t");
	while (wl > 0 && strchr(".,;:)]\"'", t[wl - 1]) != NULL)
		wl--;
	/* "... under HKey_local_machine\\system\\CurrentControlSet" /
	 * "\\services\\MSExchangeDS\\Parameters:": broken before a
	 * backslash, the next line's first word goes on with no space */
	mark = strpbrk(t, ":=\"<>");
	if (*t == '\\' && wl > 1 && isalnum((unsigned char)t[1]) && (mark == NULL || (size_t)(mark - t) >= wl) &&
	    !imp_numbered_step(imp_line_at(im, n + 1)) && key[strlen(key) - 1] != '\\') {
		joined = imp_fmt(im, "%s%.*s", key, (int)wl, t);
		if (joined == NULL)
			return key;
		*last = n + 1;
		imp_review(im, n, T_CHECKS, 0,
			   imp_fmt(im, "the path is broken over lines %zu-%zu before a backslash: read as %s; check it", n,
				   n + 1, joined));
		return joined;
	}
	if (wl == 0 || !isalnum((unsigned char)*t) || memchr(t, '\\', wl) == NULL || t[wl - 1] == '\\' ||
	    imp_next_root(t) != NULL || imp_numbered_step(imp_line_at(im, n + 1)))
		return key;
	/* "Panel\\Desktop: REG_SZ", "<site code>\\...": a label or a
	 * placeholder, not names going on */
	if ((mark = strpbrk(t, ":=\"<>")) != NULL && (size_t)(mark - t) < wl)
		return key;
	joined = imp_fmt(im, "%s%s%.*s", key, ends_in_set_container(key) ? "\\" : " ", (int)wl, t);
	if (joined == NULL)
		return key;
	*last = n + 1;
	imp_review(im, n, T_CHECKS, 0,
		   imp_fmt(im, "the path is broken over lines %zu-%zu inside a name: read as %s; check it", n, n + 1,
			   joined));
	return joined;
}

/* Up to this many lines below, in the same section, a root named apart
 * ("From the HKEY_LOCAL_MACHINE subtree, go to the following key:") is
 * the root of a relative path ("Key Name: SYSTEM\\CurrentControlSet\\..."):
 * a procedure's steps (three sub-procedures of "a. Click the ...
 * folder") stay this close to the step naming the root. */
#define RELATIVE_ROOT_WINDOW 30

/* key (kept in im's arena) written with '/' all through, and
 * "SnaBase/  Parameters" spaced after a slash: read with '\\' in place,
 * with a review item on line n. */
static void slashed_relative(struct imp *im, char *key, size_t n)
{
	char *c;

	for (c = key; *c != '\0'; c++)
		if (*c == '/')
			*c = '\\';
	for (c = key; (c = strstr(c, "\\ ")) != NULL;)
		memmove(c + 1, c + 2, strlen(c + 2) + 1);
	imp_review(im, n, T_CHECKS, 0, imp_fmt(im, "the article writes the path with '/': read as %s; check it", key));
}

/* The root named at line root still holds at line n. */
static int root_holds(const struct imp *im, size_t root, size_t n)
{
	return root > 0 && n - root <= RELATIVE_ROOT_WINDOW && imp_section_of(im, root) == imp_section_of(im, n);
}

/* A path relative to HKEY_LOCAL_MACHINE as a line writes it. */
struct relative_path {
	const char *p;  /* where it starts in the line's text ('\\', '/' or a name) */
	size_t len;     /* its length */
	size_t col;     /* its column: a wrapped path goes on under it */
	int slashed;    /* written with '/' ("SYSTEM/CurrentControlSet/..."): turned round */
	int wrap;       /* it may go on on the lines below (join_wrapped()) */
	int alone;      /* where it ends is known: placed as a key, else as one in running text */
	int unrooted;   /* no root named near it: HKEY_LOCAL_MACHINE's by its first names */
};

/* The relative path r on line n joined to the HKEY_LOCAL_MACHINE named at
 * im->root_line, read and placed as a key, with a review item saying it
 * was built so.  *last: its last line when wrapped. */
static void place_relative(struct imp *im, const struct relative_path *r, size_t n, size_t *last)
{
	const char *key, *sep = *r->p == '\\' || *r->p == '/' ? "" : "\\";
	size_t before = im->n_checks;

	key = imp_fmt(im, "HKEY_LOCAL_MACHINE%s%.*s", sep, (int)r->len, r->p);
	if (key == NULL)
		return;
	if (r->slashed)
		slashed_relative(im, (char *)key, n);
	else if (r->wrap)
		key = join_wrapped(im, key, n, r->col, last);
	if (key == NULL || (key = imp_normal_key(im, key, n)) == NULL)
		return;
	im->unrooted = r->unrooted;
	if (r->alone)
		place_key(im, key, n, *last);
	else
		place_running_key(im, key, n, *last);
	im->unrooted = 0;
	if (im->n_checks > before && r->unrooted)
		imp_review(im, n, T_CHECK, before,
			   "the article gives this path no root: read under HKEY_LOCAL_MACHINE, the only root that holds SYSTEM\\CurrentControlSet; check it");
	else if (im->n_checks > before)
		imp_review(im, n, T_CHECK, before,
			   imp_fmt(im, "key path built from HKEY_LOCAL_MACHINE (line %zu) and line %zu: check it", im->root_line, n));
}

/* The relative path p (len bytes) opens with SYSTEM\CurrentControlSet or
 * SYSTEM\ControlSet00n: no root but HKEY_LOCAL_MACHINE holds these, so
 * the path needs no root named near it.  "SOFTWARE\..." does (the user's
 * hive has a Software key too): that root stays the article's to give. */
static int machine_only_path(const char *p, size_t len)
{
	static const char *const sets[] = { "SYSTEM\\CurrentControlSet", "SYSTEM\\ControlSet00", NULL };
	size_t i, l;

	if (len > 0 && *p == '\\') {
		p++;
		len--;
	}
	for (i = 0; sets[i] != NULL; i++) {
		l = strlen(sets[i]);
		if (len > l && strncasecmp(p, sets[i], l) == 0 &&
		    (i == 0 ? p[l] == '\\' : isdigit((unsigned char)p[l])))
			return 1;
	}
	return 0;
}

/* The relative path p (len bytes) in line n's text s, under the root named last
 * (HKEY_LOCAL_MACHINE at im->root_line, another hive at other_root):
 * joined to it and placed as a key (alone: where it ends is known) or as
 * a key in running text; with no root named near it, a review item only
 * (the root is the article's to give, never guessed).  *last: its last
 * line when wrapped. */
static void relative_key(struct imp *im, const char *s, const char *p, size_t len, int alone, size_t n,
			 size_t other_root, const char *other_name, size_t *last)
{
	const char *sep = *p == '\\' || *p == '/' ? "" : "\\";
	struct relative_path r = { .p = p, .len = len, .col = (size_t)(p - s), .alone = alone };

	*last = n;
	if (other_root > im->root_line && root_holds(im, other_root, n)) {
		imp_review(im, n, T_CHECKS, 0,
			   imp_fmt(im, "key %s%s%.*s (built from line %zu and line %zu) is not under HKEY_LOCAL_MACHINE: kbwiz reads only machine hives; check it by hand",
				   other_name, sep, (int)len, p, other_root, n));
		return;
	}
	/* ("HKLM,\\System\\CurrentControlSet\\...,": an INF line names its
	 * root its own way, and what it adds is a value the line after
	 * gives) */
	if (!root_holds(im, im->root_line, n) && machine_only_path(p, len) && memchr(p, '/', len) == NULL &&
	    !(p > s && p[-1] == ',') && imp_ci_find(s, "HKLM") == NULL && imp_ci_find(s, "HKCU") == NULL &&
	    /* "Delete the following string:" over it: a value's data */
	    !imp_lines_say(im, n > 3 ? n - 3 : 1, n - 1, "string")) {
		/* alone on its line, it goes on below as a rooted path does
		 * ("SYSTEM\\...\\MSExchangeIMC" / "      \\Parameters\\Name") */
		r.unrooted = 1;
		r.wrap = alone;
		place_relative(im, &r, n, last);
		return;
	}
	if (!root_holds(im, im->root_line, n)) {
		while (len > 1 && p[len - 1] == '\\')
			len--;
		imp_review(im, n, T_CHECKS, 0,
			   imp_fmt(im, "key path %.*s is given without its root, and no root is named just above it: write its check by hand if the article asks for one",
				   (int)len, p));
		return;
	}
	/* "SYSTEM/CurrentControlSet/Services/SnaBase/  Parameters"; a path in
	 * a sentence goes on below only when it breaks at a backslash
	 * ("SYSTEM\\CurrentControlSet\\Services\\" / "Gadget\\Parameters") */
	r.slashed = memchr(p, '/', len) != NULL;
	r.wrap = alone && len > 0 && p[len - 1] == '\\' && imp_blank(p + len);
	place_relative(im, &r, n, last);
}

/* 'HKEY_LOCAL_MACHINE,"SOFTWARE\\Frobco\\Frob"' (kbimport_infkey.c): a key
 * alone is placed as any key on its own line (a list the article asks to
 * delete is read by its lead-in); with a value after it, listed for a
 * person (an INF's flags say the type, which no reader here reads).  1
 * when line n is such a line, *last its last line. */
static int inf_key_line(struct imp *im, size_t n, size_t *last)
{
	int valued;
	const char *key = imp_inf_key(im, n, last, &valued);

	if (key == NULL || (key = imp_normal_key(im, key, n)) == NULL)
		return imp_inf_line_starts_key(imp_line_at(im, n));
	if (!valued)
		place_key(im, key, n, *last);
	else
		imp_review(im, n, T_CHECKS, 0,
			   imp_fmt(im, "key %s is written the INF way with a value after it (line %zu): write the value's check by hand if the article asks for one",
				   key, n));
	return 1;
}

/* A key path built from lines n..last in a layout other than a path
 * (from, the layout's words for the review note): placed with a note
 * that says how it was read. */
static void place_built_key(struct imp *im, const char *key, size_t n, size_t last, const char *from)
{
	imp_review(im, n, T_CHECKS, 0,
		   imp_fmt(im, "key path built from %s (lines %zu-%zu): read as %s; check it", from, n, last, key));
	if ((key = imp_normal_key(im, key, n)) != NULL)
		place_key(im, key, n, last);
}

void imp_scan_registry(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, other_root = 0;
	const char *other_name = "";

	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = imp_root_unspaced(im, imp_line_at(im, n)), *t = imp_skip_ws(s), *p, *key;
		size_t last = n, col;
		int standalone;

		if (imp_starts_ci(t, "[HKEY_") || imp_starts_ci(t, "[-HKEY_") || stray_before_header(t)) {
			size_t k = regedit_block(im, n);
			if (k > 0) {
				n += k - 1;
				continue;
			}
		}
		/* Relative keys under a root named just before:
		 * "From the HKEY_LOCAL_MACHINE subtree, go to the following key:
		 *     \SYSTEM\CurrentControlSet\Services" */
		if (relative_path_line(im, other_root, n, s, t) && other_root > im->root_line) {
			/* "in the HKEY_CURRENT_USER subtree:" / "\\Software\\...":
			 * a key of a hive kbwiz does not read */
			size_t tl = imp_rtrim_len(t, strlen(t));
			while (tl > 0 && t[tl - 1] == '.')
				tl--;
			key = imp_fmt(im, "%s%.*s", other_name, (int)tl, t);
			if (key != NULL)
				key = join_wrapped(im, key, n, imp_indent_of(s), &last);
			imp_review(im, n, T_CHECKS, 0,
			       imp_fmt(im, "key %s (built from line %zu and line %zu) is not under HKEY_LOCAL_MACHINE: kbwiz reads only machine hives; check it by hand",
				   key != NULL ? key : t, other_root, n));
			for (; n < last; n++)
				im->used[n] = 1;
			im->used[n] = 1;
			continue;
		}
		if (!im->used[n] && im->root_line > 0 && n - im->root_line <= 6 &&
		    im->root_line >= other_root &&
		    (((*t == '\\') && isalpha((unsigned char)t[1]) &&
		      (strchr(t + 1, '\\') != NULL || first_after_root(im, im->root_line, n))) ||
		     /* "/SYSTEM/CurrentControlSet/Services/X": slashes */
		     (*t == '/' && strchr(t, '\\') == NULL &&
		      (imp_starts_ci(t + 1, "SYSTEM/") || imp_starts_ci(t + 1, "SOFTWARE/"))) ||
		     imp_starts_ci(t, "SYSTEM\\") || imp_starts_ci(t, "SOFTWARE\\")) &&
		    (imp_indent_of(s) > 0 || first_after_root(im, im->root_line, n)) && strchr(t, ':') == NULL) {
			/* alone on its line, right under the root.  A '/' is
			 * turned round only when it opens the path, as this
			 * reader always did; relative_key() turns any (no
			 * archive line tells the two apart). */
			struct relative_path r = { .p = t, .len = imp_rtrim_len(t, strlen(t)),
						   .col = imp_indent_of(s), .slashed = *t == '/',
						   .wrap = *t != '/', .alone = 1 };
			while (r.len > 0 && t[r.len - 1] == '.')
				r.len--;
			place_relative(im, &r, n, &last);
			n = last;
			continue;
		}
		/* imp_relative_path() first: it drops a line with no '\' or '/'
		 * at once, where the root tests scan the whole line */
		if (!im->used[n] && (p = imp_relative_path(s, &col, &standalone)) != NULL &&
		    imp_ci_find(s, "HKEY") == NULL && imp_next_root(s) == NULL) {
			relative_key(im, s, p, col, standalone, n, other_root, other_name, &last);
			for (; n < last; n++)
				im->used[n] = 1;
			im->used[n] = 1;
			continue;
		}
		if (imp_starts_ci(t, "KEY_LOCAL_MACHINE\\") && !im->used[n]) {
			/* "KEY_LOCAL_MACHINE\\SYSTEM\\...": the H lost */
			key = imp_fmt(im, "H%.*s", (int)imp_rtrim_len(t, strlen(t)), t);
			if (key != NULL)
				key = join_wrapped(im, key, n, imp_indent_of(s), &last);
			if (key != NULL && (key = imp_normal_key(im, key, n)) != NULL) {
				imp_review(im, n, T_CHECKS, 0,
				       imp_fmt(im, "the article writes KEY_LOCAL_MACHINE: read as %s", key));
				place_key(im, key, n, last);
			}
			for (; n < last; n++)
				im->used[n] = 1;
			im->used[n] = 1;
			continue;
		}
		if (!im->used[n] && inf_key_line(im, n, &last)) {
			for (; n < last; n++)
				im->used[n] = 1;
			im->used[n] = 1;
			continue;
		}
		for (p = s; (p = imp_next_root(p)) != NULL;) {
			const char *e = p, *w;
			size_t klen, boxed_len = 0;
			int slashed, quoted, given_data = 0, boxed = 0;

			while (isalpha((unsigned char)*e) || *e == '_')
				e++;
			/* "HKEY_LOCAL_MACHINE on Local Machine\\SOFTWARE\\...":
			 * the hive as Regedt32's window title names it */
			if (*e == ' ' && !im->used[n] && (w = window_title_path(e)) != NULL) {
				klen = imp_rtrim_len(w, strlen(w));
				if (strstr(w, ". ") != NULL)
					klen = (size_t)(strstr(w, ". ") - w);
				while (klen > 0 && (w[klen - 1] == '.' || w[klen - 1] == ','))
					klen--;
				key = imp_fmt(im, "%.*s%.*s", (int)(e - p), p, (int)klen, w);
				col = (size_t)(p - s);
				if (key != NULL && p == t)
					key = join_wrapped(im, key, n, col, &last);
				if (key != NULL && (key = imp_normal_key(im, key, n)) != NULL) {
					imp_review(im, n, T_CHECKS, 0,
					       imp_fmt(im, "the path is written with Regedt32's window title ('%.*s'): read as %s; check it",
						   (int)(w - p), p, key));
					if (p == t)
						place_key(im, key, n, last);
					else
						place_running_key(im, key, n, n);
				}
				p = w + (klen > 0 ? klen : 1);
				if (last > n)
					break;
				continue;
			}
			/* "HKEY_LOCAL_MACHINE/SYSTEM/CurrentControlSet/...": a path
			 * written with forward slashes all through */
			slashed = *e == '/' && (isalpha((unsigned char)e[1]) || imp_blank(e + 1)) &&
				  memchr(p, '\\', strcspn(p, " \t")) == NULL;
			if (*e != '\\' && !slashed && !im->used[n] && imp_starts_ci(p, "HKEY_LOCAL_MACHINE") &&
			    (key = imp_tree_walk(im, n, s, p, (size_t)(e - p), &last)) != NULL) {
				/* "Open HKEY_LOCAL_MACHINE, then open System,
				 * CurrentControlSet, ...": the folders the steps open */
				place_built_key(im, key, n, last, "the steps that open Registry Editor's folders");
				break;
			}
			if (*e != '\\' && !slashed && p == t && imp_blank(e) && !im->used[n] &&
			    (key = indent_tree(im, p, (size_t)(e - p), n, &last)) != NULL) {
				/* "HKEY_LOCAL_MACHINE" / "    Software" / "        Microsoft":
				 * a path written as a tree, one name a line */
				place_built_key(im, key, n, last, "an indented tree");
				break;
			}
			if (*e != '\\' && !slashed) {
				/* "the HKEY_LOCAL_MACHINE subtree": a root for the
				 * relative keys that follow. */
				if (imp_starts_ci(p, "HKEY_LOCAL_MACHINE")) {
					/* "Delete the \\System\\Disk key under
					 * HKEY_LOCAL_MACHINE subtree" */
					if (!im->used[n])
						imp_place_relative_named(im, s, p, n);
					im->root_line = n;
				} else if (other_hive(p, (size_t)(e - p)) != NULL && !(p == t && imp_blank(e))) {
					/* "in the HKEY_CURRENT_USER subtree:": a root for
					 * the relative keys that follow, in a hive kbwiz
					 * does not read */
					other_root = n;
					other_name = other_hive(p, (size_t)(e - p));
				} else if (p == t && imp_blank(e) && n + 1 < a->body_end &&
					 *imp_skip_ws(imp_line_at(im, n + 1)) == '\\' && !im->used[n]) {
					/* "HKEY_CURRENT_USER" / " \Software" / "  \Microsoft":
					 * a key of another root written a name a line */
					size_t m;
					for (m = n + 1; m < a->body_end && m <= n + 12 &&
					     *imp_skip_ws(imp_line_at(im, m)) == '\\'; m++)
						im->used[m] = 1;
					im->used[n] = 1;
					imp_review(im, n, T_CHECKS, 0,
					       imp_fmt(im, "a key under %.*s is written a name a line (lines %zu-%zu): kbwiz reads only machine hives; check it by hand",
						   (int)(e - p), p, n, m - 1));
				}
				p = e;
				continue;
			}
			/* "   \\HKEY_...\\EventLog" / "   \\Application\\...": the
			 * continuation lines up with the backslash */
			col = (size_t)(p - s) - (p > s && p[-1] == '\\');
			quoted = 0;
			{
				const char *b = imp_skip_ws(s);
				if (*b == '-' || *b == '*' || *b == 'o')
					b = (b[1] == ' ') ? imp_skip_ws(b + 1) : b;
				b = key_label(b);
				/* "<B>HKEY_...\\MSExchangeKMS</B>": the bold of the
				 * page the text was taken from (5 archive articles) */
				if (imp_starts_ci(b, "<B>")) {
					col = (size_t)(b - s);
					b += 3;
				}
				/* '   "HKEY_...\\Parameters"': the whole line is the
				 * path in quotes, which end it */
				if (*b == '"' && quoted_to_end(b) && !under_message_lead_in(im, n)) {
					b++;
					quoted = 1;
				}
				/* "\\\\HKEY_..." and "My Computer\\HKEY_...": the
				 * path as Regedit's status bar or a UNC-minded writer
				 * shows it, still alone on its line; "Computer\\HKEY_...",
				 * as later Regedits' address bar shows it */
				if (imp_starts_ci(b, "My Computer\\") || imp_starts_ci(b, "Computer\\HKEY_") ||
				    (*b == '\\' && b[1] == '\\')) {
					/* a wrapped path's next line may line up with
					 * the prefix, not with the root */
					col = (size_t)(b - s);
					b += *b == '\\' ? 1 : imp_starts_ci(b, "My ") ? strlen("My Computer\\") : strlen("Computer\\");
				}
				if (*b == '\\')
					b++;
				/* "2. Delete the following registry subkey: HKEY_...":
				 * later articles' step, the key after its colon
				 * standing as on a line of its own under the words
				 * that lead in to it */
				if (b != p && imp_step_colon_lead(b, p))
					b = p;
				/* "| Registry key | HKEY_... |": a box's row, the
				 * path alone in its cell */
				if (*b == '|' && imp_boxed_key_path(b, &boxed_len) == p) {
					b = p;
					boxed = 1;
				}
				standalone = b == p;
			}
			if (standalone && !im->used[n]) {
				const char *stop = strstr(p, ". "), *eq = strstr(p, " = ");
				/* "...\\Parameters\\CacheTimeout = 60000 (60 seconds),":
				 * a name's data after it; no key's name holds " = "
				 * ("...\\SourceSafe = Value: Current Database" names
				 * its value after a label, read with the key as before) */
				if (eq != NULL && (stop == NULL || eq < stop) && !imp_starts_ci(imp_skip_ws(eq + 3), "Value:")) {
					stop = eq;
					given_data = 1;
				}
				klen = boxed ? boxed_len : stop != NULL ? (size_t)(stop - p) : imp_rtrim_len(p, strlen(p));
				while (klen > 0 && (p[klen - 1] == '.' || p[klen - 1] == ',' || (quoted && p[klen - 1] == '"')))
					klen--;
				if (prose_in_last_name(p, klen)) {
					/* "...\\Services\\Serial By default DMA is not
					 * enabled": the line goes on in prose, so where
					 * the path ends is a guess, as in running text */
					standalone = 0;
					for (klen = 0; p[klen] != '\0' && p[klen] != ' ' && p[klen] != '\t'; klen++)
						;
					while (klen > 0 && strchr(".,;:)\"'", p[klen - 1]) != NULL)
						klen--;
				}
				key = imp_dupn(im, p, klen);
				if (key != NULL && stop == NULL && standalone && !quoted)
					key = join_wrapped(im, key, n, col, &last);
			} else {
				for (klen = 0; p[klen] != '\0' && p[klen] != ' ' && p[klen] != '\t'; klen++)
					;
				klen = spaced_name_goes_on(p, klen);
				klen = labelled_to_line_end(im, n, p, klen);
				while (klen > 0 && strchr(".,;:)\"'", p[klen - 1]) != NULL)
					klen--;
				key = imp_dupn(im, p, klen);
				if (key != NULL && klen > 0 && p[klen - 1] == '\\' && imp_blank(p + klen))
					key = running_wrapped(im, key, n, &last);
				else if (key != NULL && klen > 0 && imp_blank(p + klen))
					key = running_wrapped_in_name(im, key, n, &last);
			}
			if (key == NULL)
				return;
			if (imp_bold_closed_len(key, strlen(key)) < strlen(key))
				key = imp_dupn(im, key, imp_bold_closed_len(key, strlen(key)));
			if (slashed && (key = backslashed(im, key)) != NULL)
				imp_review(im, n, T_CHECKS, 0,
				       imp_fmt(im, "the article writes the path %s with '/': read with '\\'; check it", key));
			if (key == NULL)
				return;
			key = imp_normal_key(im, key, n);
			if (key != NULL) {
				if (im->used[n] == IMP_USED_KEY) {
					/* placed already, by the REGINI file reader */
				} else if (im->used[n]) {
					imp_review(im, n, T_CHECKS, 0,
					       imp_fmt(im, "key %s is named in an event's text: add a check by hand if it matters", key));
				} else {
					size_t before = im->n_checks;
					if (standalone && given_data)
						/* the path's last name may be a value, or the
						 * key's default value ("HKEY_CLASSES_ROOT\\...\\
						 * command = PBRUSH.EXE %1" in other articles):
						 * not a key to read values under */
						imp_review(im, n, T_CHECKS, 0,
							   imp_fmt(im, "%s is given data on its line ('%s'): its last name is a value, or the data is the key's default value; write its check by hand",
								   key, imp_skip_ws(strstr(p, " = ") + 3)));
					else if (standalone)
						place_key(im, key, n, last);
					else if (!imp_place_running_named(im, key, s, p, klen, n, &last))
						place_running_key(im, key, n, last);
					/* (a reg.exe command's path is its argument,
					 * whole: no guess where it ends) */
					if (im->n_checks > before && !standalone && !imp_reg_command_line(im, n))
						imp_review(im, n, T_CHECK, before,
						       imp_fmt(im, "key %s is named in running text: check that it belongs in the checks and where its path ends",
							       im->checks[before].key));
				}
			}
			p += klen > 0 ? klen : 1;
			if (last > n)
				break;
		}
		if (last > n) {
			size_t m;
			for (m = n; m <= last; m++)
				im->used[m] = 1;
			n = last;
		}
	}
}

/* "Name: Opener" over "Type: REG_SZ" (Regedt32's printout of a value,
 * "Value 0" above it): a value's name in a block, not a person's or a
 * file's.  The text after the label, or NULL. */
static const char *block_name_label(const struct imp *im, size_t n)
{
	const char *t = imp_value_label(imp_skip_ws(imp_line_at(im, n)), "Name"), *ty;
	int guessed;

	if (t == NULL || n + 1 >= im->a->body_end)
		return NULL;
	ty = imp_skip_ws(imp_line_at(im, n + 1));
	if ((ty = imp_value_label(ty, "Type")) == NULL &&
	    (ty = imp_value_label(imp_skip_ws(imp_line_at(im, n + 1)), "Data Type")) == NULL)
		return NULL;
	return imp_reg_type(ty, 0, NULL, &guessed) != NULL ? t : NULL;
}

/* Value names no key claimed are listed, never dropped. */
void imp_scan_orphan_values(struct imp *im)
{
	size_t n;
	const char *t;

	for (n = im->a->body_first; n < im->a->body_end; n++)
		if (!im->used[n] && ((t = imp_value_label(imp_skip_ws(imp_line_at(im, n)), "Value Name")) != NULL ||
				     (t = block_name_label(im, n)) != NULL))
			imp_review(im, n, T_CHECKS, 0,
			       imp_fmt(im, "value '%.*s' is not tied to a key the import could read: write its check by hand",
				   (int)imp_rtrim_len(t, strlen(t)), t));
}
