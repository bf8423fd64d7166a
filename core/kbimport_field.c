/* kbimport_field.c: one cleaner for the name, type and data fields that
 * the value readers take from an article (kbimport_int.h), and one reader
 * of a registry type as articles write it.
 *
 * Articles wrap a field in what is not part of it: quotes ("Name"), a
 * remark on the quotes ("(without the quotation marks)"), a sentence's
 * full stop, HTML tags left by conversion ("REG_DWORD<BR/>").  Types come
 * as REG_ names in any case, without their prefix ("DWORD"), in Registry
 * Editor's menu words ("String Value", "Multi-String"), cut short
 * ("REG_EXPAND") or misspelt ("REG_DEWORD"). */
#include "kbwiz/kbimport.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/rule.h"
#include "kbimport_int.h"

/* HTML tags an article converted from a web page keeps; any other text
 * in angle brackets ("<server name>") is the article's and is kept. */
static size_t html_tag_len(const char *p)
{
	static const char *const tags[] = { "B", "I", "U", "P", "BR", "TT", "CODE", "PRE", "FONT", "EM",
					    "STRONG", NULL };
	const char *q = p + 1;
	size_t i, l;

	if (*p != '<')
		return 0;
	if (*q == '/')
		q++;
	for (i = 0; tags[i] != NULL; i++) {
		const char *e;

		l = strlen(tags[i]);
		/* the whole name: "<BR/>" is no "<B" */
		if (strncasecmp(q, tags[i], l) != 0 || isalpha((unsigned char)q[l]))
			continue;
		for (e = q + l; *e == ' '; e++)
			;
		if (*e == '/')
			e++;
		return *e == '>' ? (size_t)(e + 1 - p) : 0;
	}
	return 0;
}

/* Length of an opening quote at p (straight, or UTF-8 typographic), 0
 * when none. */
static size_t open_quote(const char *p)
{
	if (*p == '"')
		return 1;
	if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
	    ((unsigned char)p[2] == 0x9C || (unsigned char)p[2] == 0x98))
		return 3;
	return 0;
}

/* Length of a closing quote ending at s[n - 1], 0 when none. */
static size_t close_quote(const char *s, size_t n)
{
	if (n >= 1 && s[n - 1] == '"')
		return 1;
	if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
	    ((unsigned char)s[n - 1] == 0x9D || (unsigned char)s[n - 1] == 0x99))
		return 3;
	return 0;
}

/* "(without the quotation marks)", "(no quotes)", "(omit the quotes)":
 * a closing bracketed remark about the quotes, at the end of s[0, n).
 * Its start, or n when there is none. */
static size_t quote_remark_at(const char *s, size_t n)
{
	size_t o;

	if (n < 2 || s[n - 1] != ')')
		return n;
	for (o = n - 1; o > 0 && s[o - 1] != '('; o--)
		;
	if (o == 0)
		return n;
	o--;
	/* the remark speaks of the quotes and nothing else */
	if (n - o > 48)
		return n;
	for (size_t i = o; i + 5 <= n; i++)
		if (strncasecmp(s + i, "quot", 4) == 0)
			return o;
	return n;
}

const char *imp_clean_field(struct imp *im, const char *s, size_t n)
{
	char buf[512];
	size_t o = 0, i, q, r;

	if (s == NULL)
		return NULL;
	/* HTML tags out first: "REG_DWORD<BR/>" */
	for (i = 0; i < n && o + 1 < sizeof buf; i++) {
		size_t t = html_tag_len(s + i);
		if (t > 0 && i + t <= n) {
			i += t - 1;
			continue;
		}
		buf[o++] = s[i];
	}
	if (i < n)
		return imp_dupn(im, s, imp_rtrim_len(s, n));   /* too long to be a field: left as is */
	buf[o] = '\0';
	s = buf;
	n = o;
	/* blanks, and the no-break space articles pad with (Latin-1 0xA0,
	 * UTF-8 C2 A0) */
	for (;;) {
		if (n > 0 && (isspace((unsigned char)*s) || (unsigned char)*s == 0xA0)) {
			s++;
			n--;
		} else if (n > 1 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0) {
			s += 2;
			n -= 2;
		} else {
			break;
		}
	}
	for (;;) {
		if (n > 1 && (unsigned char)s[n - 2] == 0xC2 && (unsigned char)s[n - 1] == 0xA0)
			n -= 2;
		else if (n > 0 && (isspace((unsigned char)s[n - 1]) || (unsigned char)s[n - 1] == 0xA0))
			n--;
		else
			break;
	}
	/* '"Name" (without the quotation marks).': the sentence's stop, then
	 * the remark, then the quotes */
	if (n > 1 && (s[n - 1] == '.' || s[n - 1] == ',' || s[n - 1] == ';') && s[n - 2] != '.')
		n = imp_rtrim_len(s, n - 1);
	r = quote_remark_at(s, n);
	if (r < n) {
		n = imp_rtrim_len(s, r);
		if (n > 1 && (s[n - 1] == '.' || s[n - 1] == ',') && s[n - 2] != '.')
			n = imp_rtrim_len(s, n - 1);
		/* 'dword:1" (without the quotation marks)': the remark names
		 * the quotes, one of them left on this side of the field */
		if (n > 1 && s[n - 1] == '"' && memchr(s, '"', n - 1) == NULL)
			n--;
		else if (n > 1 && s[0] == '"' && memchr(s + 1, '"', n - 1) == NULL) {
			s++;
			n--;
		}
	}
	if ((q = open_quote(s)) > 0) {
		size_t c = close_quote(s, n);
		/* only a pair around the whole field: '"a" and "b"' keeps its
		 * quotes */
		if (c > 0 && n >= q + c && memchr(s + q, '"', n - q - c) == NULL) {
			s += q;
			n -= q + c;
		}
	}
	return imp_dupn(im, s, imp_rtrim_len(s, n));
}

const char *imp_past_block_quote(const char *p)
{
	const char *q = p;

	if (*q != '"')
		return p;
	q = imp_skip_ws(q + 1);
	return imp_starts_ci(q, "Value Name") ? q : p;
}

/* The registry types a value check can hold, without their REG_ prefix. */
static const char *const reg_types[] = { "SZ", "EXPAND_SZ", "MULTI_SZ", "DWORD", "QWORD", "BINARY", NULL };

/* 1 when a and b differ by one letter added, dropped or changed. */
static int one_letter_off(const char *a, size_t al, const char *b)
{
	size_t bl = strlen(b), i = 0, j = 0;
	int diff = 0;

	if (al > bl + 1 || bl > al + 1 || (al == bl && strncasecmp(a, b, al) == 0))
		return 0;
	while (i < al && j < bl) {
		if (toupper((unsigned char)a[i]) == b[j]) {
			i++;
			j++;
			continue;
		}
		if (diff++)
			return 0;
		if (al > bl)
			i++;
		else if (bl > al)
			j++;
		else {
			i++;
			j++;
		}
	}
	return diff + (int)(al - i) + (int)(bl - j) == 1;
}

/* "DWORD" -> "REG_DWORD". */
static const char *reg_type_name(const char *suffix)
{
	static const char *const names[] = { "REG_SZ", "REG_EXPAND_SZ", "REG_MULTI_SZ", "REG_DWORD",
					     "REG_QWORD", "REG_BINARY", NULL };
	size_t i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(names[i] + 4, suffix) == 0)
			return names[i];
	return NULL;
}

/* Registry Editor's words for the types (its New menu and the Data Type
 * list), as articles write them with or without "Value"; later Regedits
 * add the width ("DWORD (32-bit) Value"), read first, as the longer. */
static const struct {
	const char *words, *type;
} type_words[] = {
	{ "DWORD (32-bit)", "REG_DWORD" },
	{ "QWORD (64-bit)", "REG_QWORD" },
	{ "DWORD", "REG_DWORD" },
	{ "QWORD", "REG_QWORD" },
	{ "String", "REG_SZ" },
	{ "Binary", "REG_BINARY" },
	{ "Multi-String", "REG_MULTI_SZ" },
	{ "Multi String", "REG_MULTI_SZ" },
	{ "MultiString", "REG_MULTI_SZ" },
	{ "Expandable String", "REG_EXPAND_SZ" },
	{ "Expandable-String", "REG_EXPAND_SZ" },
	{ "Expanded String", "REG_EXPAND_SZ" },
	{ NULL, NULL },
};

/* "REG_DWORD", "reg_sz" at p, a whole word: its REG_ name and *len, or
 * NULL.  Exactly a type's name: the misspellings imp_reg_type() reads
 * are for a Type: field, not for a sentence's words. */
static const char *reg_name_at(const char *p, size_t *len)
{
	char tok[24];
	size_t n = 0;

	if (strncasecmp(p, "REG_", 4) != 0)
		return NULL;
	for (p += 4; (isalnum((unsigned char)*p) || *p == '_') && n + 1 < sizeof tok; p++)
		tok[n++] = (char)toupper((unsigned char)*p);
	tok[n] = '\0';
	if (isalnum((unsigned char)*p) || *p == '_')
		return NULL;
	*len = n + 4;
	return reg_type_name(tok);
}

/* The word at p ends there: not "DWORDs", "REG_SZ_LIST", "string-". */
static int type_word_ends(const char *p)
{
	return !isalnum((unsigned char)*p) && *p != '_';
}

const char *imp_type_word_at(const char *p, size_t *len)
{
	const char *t;
	size_t i, l;

	if ((t = reg_name_at(p, len)) != NULL)
		return t;
	for (i = 0; type_words[i].words != NULL; i++) {
		l = strlen(type_words[i].words);
		if (strncasecmp(p, type_words[i].words, l) == 0 && type_word_ends(p + l)) {
			*len = l;
			return type_words[i].type;
		}
	}
	return NULL;
}

/* The word starting at w (within s) starts there: not "keystring"'s
 * "string". */
static int type_word_starts(const char *s, const char *w)
{
	return w == s || (!isalnum((unsigned char)w[-1]) && w[-1] != '_');
}

const char *imp_type_word_before(const char *s, const char *p, size_t *len)
{
	const char *best = NULL, *t;
	size_t i, l, n, best_len = 0;

	/* the longest that ends at p: "expandable string", not "string" */
	for (i = 0; type_words[i].words != NULL; i++) {
		l = strlen(type_words[i].words);
		if ((size_t)(p - s) >= l && l > best_len && strncasecmp(p - l, type_words[i].words, l) == 0 &&
		    type_word_starts(s, p - l))
			best = type_words[i].type, best_len = l;
	}
	/* "REG_DWORD" ending at p, read as imp_type_word_at() reads it */
	for (i = 0; reg_types[i] != NULL; i++) {
		l = 4 + strlen(reg_types[i]);
		if ((size_t)(p - s) >= l && l > best_len && type_word_starts(s, p - l) &&
		    (t = reg_name_at(p - l, &n)) != NULL && n == l)
			best = t, best_len = l;
	}
	*len = best_len;
	return best;
}

const char *imp_reg_type(const char *s, int words_ok, size_t *len, int *guessed)
{
	char tok[32];
	size_t n = 0, i, hits = 0;
	const char *found = NULL, *e;

	*guessed = 0;
	if (len != NULL)
		*len = 0;
	if (s == NULL)
		return NULL;
	/* "REG_DWORD", "Reg_Dword", "REG-DWORD", "RG_EXPAND_SZ" */
	for (e = s; (isalnum((unsigned char)*e) || *e == '_' || (*e == '-' && isalpha((unsigned char)e[1]))) &&
		    n + 1 < sizeof tok; e++)
		tok[n++] = *e == '-' ? '_' : (char)toupper((unsigned char)*e);
	tok[n] = '\0';
	if (n == 0 || isalnum((unsigned char)*e) || *e == '_')
		return NULL;
	if (n > 4 && strncmp(tok, "REG_", 4) == 0) {
		const char *t = tok + 4;
		size_t tl = n - 4;
		for (i = 0; reg_types[i] != NULL; i++)
			if (strcmp(t, reg_types[i]) == 0)
				found = reg_types[i], hits = 1;
		/* "REG_EXPAND": the start of one type's name only (three
		 * letters at least, so "REG_S" is none) */
		for (i = 0; found == NULL && reg_types[i] != NULL; i++)
			if (tl >= 3 && tl < strlen(reg_types[i]) && strncmp(t, reg_types[i], tl) == 0 &&
			    reg_types[i][tl] == '_')
				hits++, found = reg_types[i];
		if (found == NULL && strcmp(t, "DWORD_LITTLE_ENDIAN") == 0)
			found = "DWORD", hits = 1;
		if (found == NULL && strcmp(t, "QWORD_LITTLE_ENDIAN") == 0)
			found = "QWORD", hits = 1;
		/* "REG_DEWORD", "REG_MULI_SZ": one letter off one type */
		if (found == NULL) {
			for (i = 0; reg_types[i] != NULL; i++)
				if (one_letter_off(t, tl, reg_types[i]))
					hits++, found = reg_types[i];
			*guessed = 1;
		}
	} else if (n > 3 && strncmp(tok, "RG_", 3) == 0) {
		/* "RG_EXPAND_SZ": the prefix one letter short */
		for (i = 0; reg_types[i] != NULL; i++)
			if (strcmp(tok + 3, reg_types[i]) == 0)
				hits++, found = reg_types[i];
		*guessed = 1;
	}
	if (found != NULL && hits == 1) {
		if (len != NULL)
			*len = (size_t)(e - s);
		return reg_type_name(found);
	}
	*guessed = 0;
	if (found != NULL || !words_ok)
		return NULL;
	/* "DWORD", "String value", "Multi-String", "DWORD (Boolean)": the
	 * type in Registry Editor's words, then nothing or a remark */
	for (i = 0; type_words[i].words != NULL; i++) {
		size_t wl = strlen(type_words[i].words);
		const char *p;
		if (strncasecmp(s, type_words[i].words, wl) != 0 || isalnum((unsigned char)s[wl]) ||
		    s[wl] == '-')
			continue;
		p = s + wl;
		if (imp_starts_word(imp_skip_ws(p), "Value"))
			p = imp_skip_ws(p) + 5;
		e = imp_skip_ws(p);
		/* nothing after it, or a remark: not "String concatenation" */
		if (*e != '\0' && *e != '(' && *e != '-' && *e != ',' && *e != ';' && *e != '.')
			continue;
		if (len != NULL)
			*len = (size_t)(p - s);
		return type_words[i].type;
	}
	return NULL;
}
