/* kbimport_named.c: values and keys an article names in its sentences by
 * their own names (kbimport_int.h): "the AuditLevel value", "the value of
 * AuditLevel from 1 to 0", "the Frob registry key", "the X and Y registry
 * entries", "the registry key Queue Path".  The registry pass reads values
 * under the paths it finds; a value or key named only in words, with no
 * path beside it, is a fact no pass places.  Every such line that the
 * draft does not already cite or list gets a review item of its own, so
 * that a reviewer can rely on the list (issue 14: every line naming a key
 * or value is in the draft or in review:).  Nothing is drafted here: which
 * key holds the value, its type and data are not in the words. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* Words that stand where a name would and are not one: types, the words
 * for a value, articles. */
static const char *const not_names[] = {
	"DWORD", "QWORD", "String", "Binary", "Default", "Data", "New", "Hex", "Hexadecimal",
	"Decimal", "Multi", "Expandable", "Value", "Values", "Key", "Keys", "Entry", "Registry",
	"Following", "Same", "Correct", "Above", "Below", "Appropriate", "Existing", "Old",
	"This", "That", "These", "Those", "The", "Its", "Their", "Each", "Any", "Some", "All",
	"Your",
	/* keyboard keys: "press the DELETE key" */
	"Delete", "Del", "Enter", "Ctrl", "Alt", "Shift", "Esc", "Tab", "Backspace", "Insert",
	"Home", "End", "Windows", "Spacebar", "Return", "NumLock", "NUM", "CapsLock", "Caps",
	"ScrollLock", "Scroll", "Pause", "Break", "PrtScn", "Space", "Our", "Other", "Another", "First", "Second", "Next", "Last", NULL,
};

int imp_not_a_name(const char *w, size_t wl)
{
	size_t i;

	for (i = 0; not_names[i] != NULL; i++)
		if (strlen(not_names[i]) == wl && strncasecmp(not_names[i], w, wl) == 0)
			return 1;
	/* "the F1 key" */
	if (wl >= 2 && (w[0] == 'F' || w[0] == 'f') && strspn(w + 1, "0123456789") == wl - 1)
		return 1;
	return wl >= 4 && (strncasecmp(w, "REG_", 4) == 0 || strncasecmp(w, "HKEY", 4) == 0);
}

/* The name-like word ending just before end (start of the line at
 * line): its start, or NULL.  shaped: it must look like a value's name
 * (a capital after its first letter, a digit or an underscore:
 * "AuditLevel", "Max_Retries"), not a word that opens a sentence. */
static const char *word_before(const char *line, const char *end, int shaped)
{
	const char *b = end;
	size_t i, wl;
	int shape = 0;

	while (b > line && (isalnum((unsigned char)b[-1]) || b[-1] == '_'))
		b--;
	wl = (size_t)(end - b);
	if (wl < 2 || !isupper((unsigned char)*b) || imp_not_a_name(b, wl) || (b > line && b[-1] == '\\'))
		return NULL;
	for (i = 1; i < wl; i++)
		if (isupper((unsigned char)b[i]) || isdigit((unsigned char)b[i]) || b[i] == '_')
			shape = 1;
	if (shaped && !shape)
		return NULL;
	/* "the X": the word before the name is an article or a possessive */
	return b;
}

/* Words of the not_names list that also open or stand inside names of
 * several words ("Last Update Cycle", "Default Page Width"). */
static int name_word(const char *w, size_t wl)
{
	static const char *const words[] = { "Last", "First", "Next", "New", "Default", "Old", NULL };
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (strlen(words[i]) == wl && strncmp(words[i], w, wl) == 0)
			return 1;
	return 0;
}

/* "the Site Config Last Checked" before end: two to five words, each
 * starting with a capital or a digit, after "the"; their start or NULL. */
static const char *title_words_before(const char *line, const char *end)
{
	const char *b = end, *we;
	size_t words = 0;

	for (;;) {
		we = b;
		while (b > line && (isalnum((unsigned char)b[-1]) || b[-1] == '_' || b[-1] == '-'))
			b--;
		/* "Last" may be a word of a name ("Site Config Last
		 * Checked"), not the word before the noun ("the New value") */
		if (b == we || (!isupper((unsigned char)*b) && !isdigit((unsigned char)*b)) ||
		    (imp_not_a_name(b, (size_t)(we - b)) && (words == 0 || !name_word(b, (size_t)(we - b)))) ||
		    ++words > 5)
			return NULL;
		if (b - line >= 4 && strncasecmp(b - 4, "the ", 4) == 0 &&
		    (b - line == 4 || !isalpha((unsigned char)b[-5])))
			return words >= 2 ? b : NULL;
		if (b == line || b[-1] != ' ')
			return NULL;
		b--;
	}
}

/* The word starting at p, as for word_before; its end or NULL. */
static const char *word_after(const char *p, int shaped)
{
	const char *e = p;
	size_t i;
	int shape = 0;

	while (isalnum((unsigned char)*e) || *e == '_')
		e++;
	if (e - p < 2 || !isupper((unsigned char)*p) || imp_not_a_name(p, (size_t)(e - p)))
		return NULL;
	for (i = 1; p + i < e; i++)
		if (isupper((unsigned char)p[i]) || isdigit((unsigned char)p[i]) || p[i] == '_')
			shape = 1;
	return shaped && !shape ? NULL : e;
}

/* "the registry key Work Folder points to ...": a name of several words
 * after its first (at e) runs to the verb, a condition or a preposition
 * ("the registry value NetWareClientSupport if NWLINK is not
 * installed"), or the end of the clause. */
static const char *name_words_end(const char *e)
{
	static const char *const stops[] = { "is", "are", "was", "has", "must", "should", "points",
					     "to", "in", "under", "and", "or", "which", "that",
					     "located", "value", "key", "entry", "if", "when", "unless",
					     "from", "for", "on", "with", "by", "because", NULL };
	const char *q = e, *w;
	size_t i, words = 0;

	while (*q == ' ' && words < 3) {
		w = q + 1;
		for (q = w; isalnum((unsigned char)*q) || *q == '_'; q++)
			;
		if (q == w)
			break;
		for (i = 0; stops[i] != NULL; i++)
			if (strlen(stops[i]) == (size_t)(q - w) && strncasecmp(stops[i], w, (size_t)(q - w)) == 0)
				break;
		if (stops[i] != NULL)
			break;
		e = q;
		words++;
	}
	return e;
}

/* A value's name as written beside its type word: letters, digits and
 * "_.$-", at least two, with a capital, a digit or a dot in it
 * ("Deskcp16.dll", "s1159", "Completed"), none of the words for a type or
 * a value. */
static size_t typed_name_at(const char *b)
{
	const char *e = b;
	size_t wl;
	int shape = 0;

	while (isalnum((unsigned char)*e) || *e == '_' || *e == '$' || *e == '-' ||
	       (*e == '.' && isalnum((unsigned char)e[1])))
		e++;
	wl = (size_t)(e - b);
	if (wl < 2 || imp_not_a_name(b, wl))
		return 0;
	for (const char *q = b; q < e; q++)
		if (isupper((unsigned char)*q) || isdigit((unsigned char)*q) || *q == '.')
			shape = 1;
	return shape ? wl : 0;
}

/* "remove the Deskcp16.dll value", "delete the s1159 and s2359 string
 * values", "the Smsrun32.exe string value", "Delete the binary Completed
 * value": a name beside a type word, or a file name, before the word for
 * a value; the name, or NULL. */
static const char *typed_named_in(struct imp *im, const char *s)
{
	static const char *const types[] = { "string", "binary", "DWORD", "expandable string", "multi-string",
					     "REG_SZ", "REG_DWORD", "REG_BINARY", NULL };
	const char *p, *b, *t;
	size_t i, tl, wl;

	static const char *const verbs[] = { "Edit", "Click", "Select", "Add", "Create", "Modify", "New", NULL };

	for (p = s; (p = imp_ci_find(p, " value")) != NULL; p += 6) {
		const char *after = p + 6 + (p[6] == 's');
		if (isalpha((unsigned char)p[6]) && !(p[6] == 's' && !isalpha((unsigned char)p[7])))
			continue;
		/* "the Edit DWORD Value dialog box": a window's title */
		if (imp_starts_ci(imp_skip_ws(after), "dialog") || imp_starts_ci(imp_skip_ws(after), "box"))
			continue;
		/* "the X string value": step back over the type word */
		t = p;
		for (i = 0; types[i] != NULL; i++) {
			tl = strlen(types[i]);
			if ((size_t)(p - s) > tl && strncasecmp(p - tl, types[i], tl) == 0 && p[-(long)tl - 1] == ' ') {
				t = p - tl - 1;
				break;
			}
		}
		/* the word before: "the Deskcp16.dll value" (a file name
		 * needs no type word), "the s1159 string value" */
		for (b = t; b > s && b[-1] != ' '; b--)
			;
		wl = typed_name_at(b);
		for (i = 0; wl > 0 && verbs[i] != NULL; i++)
			if (strlen(verbs[i]) == wl && strncmp(b, verbs[i], wl) == 0)
				wl = 0;
		/* a file name needs the word for a value in lower case, after
		 * it ("the Deskcp16.dll value"; "MSDOS.SYS Values" heads a list) */
		if (wl > 0 && b + wl == t && (t != p || (memchr(b, '.', wl) != NULL && p[1] == 'v')))
			return imp_dupn(im, b, wl);
		/* "the binary Completed value": the type word before the
		 * name */
		for (i = 0; t == p && types[i] != NULL; i++) {
			tl = strlen(types[i]);
			for (b = p; b > s && b[-1] != ' '; b--)
				;
			if ((size_t)(b - s) > tl + 1 && strncasecmp(b - tl - 1, types[i], tl) == 0 && b[-1] == ' ' &&
			    isupper((unsigned char)*b) && (wl = typed_name_at(b)) > 0 && b + wl == p)
				return imp_dupn(im, b, wl);
		}
	}
	return NULL;
}

/* The first value or key line s names by its own name in words: the name
 * (in the pool) and whether it is a key, or NULL. */
static const char *named_in(struct imp *im, const char *s, int *is_key)
{
	static const char *const nouns[][2] = {
		/* noun after the name; 1: a key */
		{ " registry value", "0" }, { " registry entry", "0" }, { " registry entries", "0" },
		{ " registry values", "0" }, { " registry parameter", "0" }, { " registry setting", "0" },
		{ " registry key", "1" }, { " registry subkey", "1" },
		{ " key of the registry", "1" }, { " key in the registry", "1" },
		{ " value of the registry", "0" }, { " value in the registry", "0" },
		{ " value", "0" }, { " entry", "0" }, { " parameter", "0" },
		{ " key", "1" }, { " subkey", "1" },
		/* "the "NoDrives" DWORD in the following registry key" */
		{ " DWORD", "0" },
	};
	const char *p, *b, *e;
	size_t i;

	for (i = 0; i < sizeof nouns / sizeof nouns[0]; i++) {
		size_t nl = strlen(nouns[i][0]);
		/* without "registry" the name must look like one */
		int shaped = strstr(nouns[i][0], "registry") == NULL;
		for (p = s; (p = imp_ci_find(p, nouns[i][0])) != NULL; p += nl) {
			if (isalpha((unsigned char)p[nl]) && !(p[nl] == 's' && !isalpha((unsigned char)p[nl + 1])))
				continue;
			e = p;
			/* "the "Log Path" value": a quoted name */
			if (e > s && (e[-1] == '"' || e[-1] == '\'')) {
				const char *q = e - 1;
				for (b = q - 1; b > s && *b != *q; b--)
					;
				if (*b != *q || q - b < 2 || q - b > 40 || !isupper((unsigned char)b[1]))
					continue;
				*is_key = nouns[i][1][0] == '1';
				return imp_dupn(im, b + 1, (size_t)(q - b - 1));
			}
			b = word_before(s, e, shaped);
			if (b == NULL && (b = title_words_before(s, e)) != NULL) {
				/* "Double-click the Site Config Last Checked value" */
				*is_key = nouns[i][1][0] == '1';
				return imp_dupn(im, b, (size_t)(e - b));
			}
			if (b == NULL)
				continue;
			/* "the X and Y registry entries": the first name is
			 * named too; one review item covers the line */
			if (b - s < 4 || strncasecmp(b - 4, "the ", 4) != 0) {
				const char *a = b;
				if (!(a - s >= 5 && strncasecmp(a - 5, " and ", 5) == 0))
					continue;
			}
			*is_key = nouns[i][1][0] == '1';
			return imp_dupn(im, b, (size_t)(e - b));
		}
	}
	/* "Delete the key, "UserData."", "the value "Max Size"": the name
	 * quoted after the word for it */
	{
		static const char *const words[][2] = {
			{ "the key", "1" }, { "the subkey", "1" }, { "the registry key", "1" },
			{ "the value", "0" }, { "the entry", "0" }, { "the registry value", "0" },
			{ "the string value", "0" }, { "the DWORD value", "0" }, { "the binary value", "0" },
		};
		for (i = 0; i < sizeof words / sizeof words[0]; i++)
			for (p = s; (p = imp_ci_find(p, words[i][0])) != NULL; p++) {
				const char *q = p + strlen(words[i][0]), *c;
				size_t l;
				if (*q == ',')
					q++;
				if (*q != ' ' || (q[1] != '"' && q[1] != '\'') || !isalpha((unsigned char)q[2]))
					continue;
				/* "set it to the value "yes"": data, not a name */
				if ((p - s >= 3 && strncasecmp(p - 3, "to ", 3) == 0) ||
				    (p - s >= 5 && strncasecmp(p - 5, "with ", 5) == 0))
					continue;
				c = strchr(q + 2, q[1]);
				if (c == NULL || c - q > 60)
					continue;
				l = (size_t)(c - q - 2);
				while (l > 0 && (q[2 + l - 1] == '.' || q[2 + l - 1] == ','))
					l--;
				*is_key = words[i][1][0] == '1';
				return imp_dupn(im, q + 2, l);
			}
	}
	/* "the Deskcp16.dll value", "the s1159 string value" */
	if ((p = typed_named_in(im, s)) != NULL) {
		*is_key = 0;
		return p;
	}
	/* "the value of AuditLevel", "the registry key Queue Path" */
	for (p = s; (p = imp_ci_find(p, "value of ")) != NULL; p += 9) {
		const char *n0 = p + 9;
		if (imp_starts_ci(n0, "the "))
			n0 += 4;
		if ((e = word_after(n0, 1)) != NULL) {
			*is_key = 0;
			return imp_dupn(im, n0, (size_t)(e - n0));
		}
	}
	for (i = 0; i < 2; i++) {
		/* in lower case: "the Registry Key Permissions dialog box"
		 * is a window's title */
		const char *lead = i == 0 ? "the registry key " : "the registry value ";
		for (p = s; (p = strstr(p, lead)) != NULL; p += strlen(lead)) {
			const char *n0 = p + strlen(lead);
			if ((e = word_after(n0, 0)) == NULL || imp_starts_ci(n0, "HKEY"))
				continue;
			e = name_words_end(e);
			*is_key = i == 0;
			return imp_dupn(im, n0, (size_t)(e - n0));
		}
	}
	return NULL;
}

/* The article names a key or a registry type somewhere: only then are
 * "the X value" words read as the registry's (not a program's). */
static int speaks_of_registry(const struct imp *im)
{
	size_t n;

	for (n = im->a->body_first; n < im->a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		if (imp_ci_find(s, "HKEY_") != NULL || imp_ci_find(s, "HKLM\\") != NULL ||
		    strstr(s, "REG_") != NULL)
			return 1;
	}
	return 0;
}

/* "remove all the sequences that end in 1", "delete any entries other
 * than ...", "remove each printer subkey that ...": entries of the
 * registry the reader picks by a rule the words give, which no check can
 * name.  1 when line s asks for such a deletion (not of files, folders
 * or accounts). */
static int picked_deletion(const char *s, size_t own)
{
	static const char *const verbs[] = { "remove ", "delete ", NULL };
	static const char *const quants[] = { "all ", "any ", "each ", "every ", NULL };
	static const char *const modals[] = { "will ", "not ", "may ", "can ", "would ", "might ",
					      "could ", NULL };
	static const char *const rules[] = { "that", "which", "except", "not", "other", "whose",
					     "but", "ending", "beginning", "starting", "containing",
					     "listed", "related", "referring", "pointing", NULL };
	static const char *const not_registry[] = { "file", "files", "folder", "folders",
						    "directory", "directories", "account",
						    "accounts", "user", "users", "program", "programs",
						    "log", "logs", "data", "text", "lines", "line",
						    "printer", "printers", "mail", "messages", NULL };
	size_t i, j, k, words;
	const char *p, *q, *w;

	for (i = 0; verbs[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, verbs[i])) != NULL && (size_t)(p - s) < own; p++) {
			if (p > s && isalpha((unsigned char)p[-1]))
				continue;
			/* "the store will remove any views", "did not remove
			 * all": what happens, not a step */
			for (k = 0; modals[k] != NULL; k++)
				if ((size_t)(p - s) >= strlen(modals[k]) &&
				    strncasecmp(p - strlen(modals[k]), modals[k], strlen(modals[k])) == 0)
					break;
			if (modals[k] != NULL)
				continue;
			q = p + strlen(verbs[i]);
			for (j = 0; quants[j] != NULL; j++)
				if (imp_starts_ci(q, quants[j]))
					break;
			if (quants[j] == NULL)
				continue;
			q += strlen(quants[j]);
			if (imp_starts_ci(q, "of "))
				q += 3;
			if (imp_starts_ci(q, "the "))
				q += 4;
			/* up to three words, then the rule that picks them */
			for (words = 0; words < 4 && *q != '\0'; words++) {
				size_t wl;
				for (w = q; isalnum((unsigned char)*q) || *q == '_' || *q == '-'; q++)
					;
				wl = (size_t)(q - w);
				if (wl == 0)
					break;
				for (k = 0; not_registry[k] != NULL; k++)
					if (strlen(not_registry[k]) == wl && strncasecmp(not_registry[k], w, wl) == 0)
						return 0;
				for (k = 0; rules[k] != NULL; k++)
					if (words > 0 && strlen(rules[k]) == wl && strncasecmp(rules[k], w, wl) == 0)
						return 1;
				if (*q != ' ')
					break;
				q++;
			}
		}
	return 0;
}

/* Line n introduces a list ("for the following:", "the following
 * values:") within five lines after a line naming a key path. */
static int list_after_key(const struct imp *im, size_t n)
{
	const char *s = imp_line_at(im, n);
	size_t l = imp_rtrim_len(s, strlen(s)), m;

	if (l < 10 || strncasecmp(s + l - 10, "following:", 10) != 0)
		return 0;
	for (m = n; m > im->a->body_first && m + 6 > n; m--) {
		const char *k = imp_line_at(im, m - 1);
		if (imp_ci_find(k, "HKEY_") != NULL || imp_ci_find(k, "HKLM\\") != NULL)
			return 1;
	}
	return 0;
}

/* " - Cache table", "* TTL": a short bullet item (at most five words,
 * no sentence); its text (borrowed up to the line's end) or NULL. */
static const char *bullet_item(const char *s)
{
	const char *t = imp_skip_ws(s), *q;
	size_t words = 1, l;

	if (!((*t == '-' || *t == '*' || *t == 'o') && t[1] == ' '))
		return NULL;
	t = imp_skip_ws(t + 1);
	l = imp_rtrim_len(t, strlen(t));
	if (l == 0 || l > 60 || t[l - 1] == '.' || t[l - 1] == ':' || strstr(t, ". ") != NULL ||
	    strchr(t, '\\') != NULL)
		return NULL;
	for (q = t; q < t + l; q++)
		if (*q == ' ' && ++words > 5)
			return NULL;
	return t;
}

/* "Locate the Dir Sync alias name rule value under the following key":
 * a value named by several words between "the" and "value under|in the
 * following", its first word a capital; the words (in the import's pool)
 * or NULL.  Which of the words are the name the sentence does not show,
 * so none is drafted (kbimport_asks.c imp_value_named_before() takes one
 * word only). */
static const char *words_named_value(struct imp *im, const char *s)
{
	static const char *const tails[] = { " value under the following", " value in the following",
					     " value that is located", " value located", NULL };
	const char *p = NULL, *q;
	size_t i, words = 1;

	for (i = 0; tails[i] != NULL && p == NULL; i++)
		p = imp_ci_find(s, tails[i]);
	if (p == NULL)
		return NULL;
	for (q = p; q > s && !(q - s >= 5 && imp_starts_ci(q - 5, " the ")) && !(q - s == 4 && imp_starts_ci(s, "the "));
	     q--)
		if (q[-1] == ' ' && ++words > 6)
			return NULL;
		else if (q[-1] == '.' || q[-1] == ',' || q[-1] == ':')
			return NULL;
	if (q == s || words < 2 || !isupper((unsigned char)*q) || imp_not_a_name(q, strcspn(q, " ")))
		return NULL;
	return imp_dupn(im, q, (size_t)(p - q));
}

/* Line s ends with a word shaped as a name ("SNMP_EVENTS", "MaxFrob":
 * a capital or an underscore after its first letter), no stop after it. */
static int ends_with_name(const char *s)
{
	size_t l = imp_rtrim_len(s, strlen(s)), b = l, i;
	int inner = 0;

	while (b > 0 && (isalnum((unsigned char)s[b - 1]) || s[b - 1] == '_'))
		b--;
	if (l - b < 3 || !isupper((unsigned char)s[b]) || (b > 0 && s[b - 1] != ' '))
		return 0;
	for (i = b + 1; i < l; i++)
		inner |= isupper((unsigned char)s[i]) || s[i] == '_';
	return inner;
}

/* Text t opens with the word for a key or a value. */
static int noun_opens(const char *t)
{
	static const char *const nouns[] = { "key", "subkey", "value", "entry", "registry key", "registry value",
					     "registry entry", NULL };
	size_t i, l;

	for (i = 0; nouns[i] != NULL; i++) {
		l = strlen(nouns[i]);
		if (strncasecmp(t, nouns[i], l) == 0 && !isalpha((unsigned char)t[l]))
			return 1;
	}
	return 0;
}

/* Line s ends with the word "the": the phrase goes on on the next line. */
static int ends_with_the(const char *s)
{
	size_t l = imp_rtrim_len(s, strlen(s));

	return l >= 4 && strncasecmp(s + l - 4, " the", 4) == 0;
}

void imp_scan_named_in_prose(struct imp *im)
{
	const struct kb_article *a = im->a;
	unsigned char *placed;
	size_t n;
	int list_open = 0;

	if (!speaks_of_registry(im))
		return;
	placed = imp_placed_lines(im, 1);
	if (placed == NULL)
		return;
	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = imp_line_at(im, n), *name, *item;
		char joined[512];
		int is_key = 0;

		/* "...\\SMTPSRV\\Parameters" / "for the following:" / " - Cache
		 * table": names listed under a key, one a bullet */
		if (list_after_key(im, n))
			list_open = 1;
		else if (list_open && !imp_blank(s) && (item = bullet_item(s)) == NULL)
			list_open = 0;
		if (list_open && !placed[n] && (item = bullet_item(s)) != NULL) {
			imp_review(im, n, T_CHECKS, 0,
			       imp_fmt(im, "'%.*s' is listed under the key above: check whether the article asks something of it (a value's type and data, or a subkey)",
				   (int)imp_rtrim_len(item, strlen(item)), item));
			continue;
		}
		if (placed[n] || imp_ci_find(s, "Help topic") != NULL ||
		    imp_ci_find(s, "Information in the Registry") != NULL)
			continue;
		/* the sentence may go on on the next line */
		snprintf(joined, sizeof joined, "%s %s", s, imp_step_goes_on(im, n));
		if (picked_deletion(joined, strlen(s))) {
			imp_review(im, n, T_CHECKS, 0,
			       "the article deletes registry entries the reader picks by a rule given in words: write the checks and their delete actions by hand");
			continue;
		}
		name = named_in(im, s, &is_key);
		if (name == NULL && n > a->body_first && ends_with_the(imp_line_at(im, n - 1))) {
			/* "... ensure that the" / "registry key Queue Path is" */
			snprintf(joined, sizeof joined, "the %s", imp_skip_ws(s));
			name = named_in(im, joined, &is_key);
		}
		if (name == NULL && n + 1 < a->body_end && ends_with_name(s) &&
		    noun_opens(imp_skip_ws(imp_line_at(im, n + 1)))) {
			/* "Remove the SNMP_EVENTS" / "key, and run ...": the
			 * noun after the name wrapped onto the next line */
			snprintf(joined, sizeof joined, "%s %s", s, imp_skip_ws(imp_line_at(im, n + 1)));
			name = named_in(im, joined, &is_key);
		}
		if (name == NULL && (name = words_named_value(im, s)) != NULL) {
			imp_review(im, n, T_CHECKS, 0,
			       imp_fmt(im, "a value is named here in words ('%s'), which do not show where its name starts: check which value it is and what the article asks of it",
				       name));
			continue;
		}
		if (name == NULL)
			continue;
		imp_review(im, n, T_CHECKS, 0, is_key ?
		       imp_fmt(im, "key '%s' is named here in words, with no path: check whether the article asks something of it", name) :
		       imp_fmt(im, "value '%s' is named here in words: check whether the article asks something of it (its key, type and data)", name));
	}
	free(placed);
}
