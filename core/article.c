/* article.c: parsing a plain-text Microsoft KB article (see article.h).
 *
 * The whole archive (57,000 articles) goes through here when it is
 * indexed, so the text is decoded once into one buffer, split into lines
 * in place, and every small string comes from one arena that dies with
 * the article. */
#include "kbwiz/article.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/fsutil.h"
#include "kbwiz/sanitize.h"

/* ---- arena ------------------------------------------------------------ */

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	char data[];
};

struct kb_article_private {
	char *text;                  /* decoded UTF-8, lines split in place */
	struct arena_block *blocks;
};

static void *arena_alloc(struct kb_article_private *p, size_t n)
{
	struct arena_block *b = p->blocks;
	size_t size;

	n = (n + 7) & ~(size_t)7;
	if (b == NULL || b->size - b->used < n) {
		size = n > 8192 ? n : 8192;
		b = malloc(sizeof *b + size);
		if (b == NULL)
			return NULL;
		b->used = 0;
		b->size = size;
		b->next = p->blocks;
		p->blocks = b;
	}
	b->used += n;
	return b->data + b->used - n;
}

static char *arena_strndup(struct kb_article_private *p, const char *s, size_t n)
{
	char *d = arena_alloc(p, n + 1);

	if (d == NULL)
		return NULL;
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

/* A growing array of pointers (or structs) kept in the arena would waste
 * the old copies; these few arrays use realloc and are freed with the
 * article. */
static int grow(void **arr, size_t *cap, size_t n, size_t elem)
{
	void *p;
	size_t c;

	if (n < *cap)
		return 0;
	c = *cap ? *cap * 2 : 16;
	p = realloc(*arr, c * elem);
	if (p == NULL)
		return -1;
	*arr = p;
	*cap = c;
	return 0;
}

/* ---- decoding --------------------------------------------------------- */

/* Windows-1252's 0x80-0x9F; the five undefined bytes keep their
 * ISO-8859-1 (C1) meaning so that nothing is lost. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

static size_t put_utf8(char *o, unsigned cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | (cp >> 18));
	o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

static int valid_utf8(const unsigned char *s, size_t n)
{
	size_t i = 0, k;
	unsigned cp;

	while (i < n) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		k = kb_utf8_decode(s + i, n - i, &cp);
		if (k == 0)
			return 0;
		i += k;
	}
	return 1;
}

static int decode_utf16(const char *name, const unsigned char *d, size_t n,
			int big_endian, char **out, size_t *out_len,
			struct kb_error *err)
{
	size_t i, o = 0;
	char *buf;

	/* Each 2-byte unit becomes at most 3 bytes; a surrogate pair (4
	 * bytes) becomes 4. */
	buf = malloc(n / 2 * 3 + 4);
	if (buf == NULL)
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", name);
	for (i = 2; i + 1 < n; i += 2) {
		unsigned u = big_endian ? (unsigned)d[i] << 8 | d[i + 1]
					: (unsigned)d[i + 1] << 8 | d[i];
		if (u == 0) {
			free(buf);
			return kb_errorf(err, KB_EFORMAT, "%s: binary data at byte %zu",
					 name, i);
		}
		if (u >= 0xD800 && u <= 0xDBFF && i + 3 < n) {
			unsigned lo = big_endian ? (unsigned)d[i + 2] << 8 | d[i + 3]
						 : (unsigned)d[i + 3] << 8 | d[i + 2];
			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
				i += 2;
			} else {
				u = 0xFFFD;
			}
		} else if (u >= 0xD800 && u <= 0xDFFF) {
			u = 0xFFFD;  /* an unpaired surrogate */
		}
		o += put_utf8(buf + o, u);
	}
	buf[o] = '\0';
	*out = buf;
	*out_len = o;
	return 0;
}

static int decode(const char *name, const unsigned char *d, size_t n,
		  struct kb_article *a, char **out, size_t *out_len,
		  struct kb_error *err)
{
	const unsigned char *nul;
	char *buf;
	size_t i, o = 0;

	if (n >= 2 && d[0] == 0xFF && d[1] == 0xFE) {
		a->encoding = KB_ENC_UTF16LE;
		return decode_utf16(name, d, n, 0, out, out_len, err);
	}
	if (n >= 2 && d[0] == 0xFE && d[1] == 0xFF) {
		a->encoding = KB_ENC_UTF16BE;
		return decode_utf16(name, d, n, 1, out, out_len, err);
	}
	if (n >= 3 && d[0] == 0xEF && d[1] == 0xBB && d[2] == 0xBF) {
		d += 3;
		n -= 3;
	}
	/* A NUL never occurs in text: it is a binary file, or UTF-16
	 * without its byte-order mark. */
	nul = memchr(d, 0, n);
	if (nul != NULL)
		return kb_errorf(err, KB_EFORMAT, "%s: binary data at byte %zu%s", name,
				 (size_t)(nul - d),
				 n >= 2 && (d[0] == 0 || d[1] == 0) ?
				 " (UTF-16 text needs a byte-order mark)" : "");
	if (valid_utf8(d, n)) {
		a->encoding = KB_ENC_UTF8;
		buf = malloc(n + 1);
		if (buf == NULL)
			return kb_errorf(err, KB_ENOMEM, "%s: out of memory", name);
		memcpy(buf, d, n);
		buf[n] = '\0';
		*out = buf;
		*out_len = n;
		return 0;
	}
	a->encoding = KB_ENC_CP1252;
	buf = malloc(n * 3 + 1);
	if (buf == NULL)
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", name);
	for (i = 0; i < n; i++) {
		unsigned c = d[i];
		if (c < 0x80)
			buf[o++] = (char)c;
		else
			o += put_utf8(buf + o, c < 0xA0 ? cp1252_high[c - 0x80] : c);
	}
	buf[o] = '\0';
	*out = buf;
	*out_len = o;
	return 0;
}

/* ---- small text helpers ----------------------------------------------- */

static const char *skip_ws(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/* s without trailing white space: its length. */
static size_t trimmed_len(const char *s)
{
	size_t n = strlen(s);

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return n;
}

static int is_blank(const char *s)
{
	return *skip_ws(s) == '\0';
}

/* A line of only c (at least min of them), trailing blanks allowed. */
static size_t rule_line_len(const char *s, char c)
{
	size_t n = 0;

	while (s[n] == c)
		n++;
	if (*skip_ws(s + n) != '\0')
		return 0;
	return n;
}

static char *dup_trimmed(struct kb_article_private *p, const char *s)
{
	s = skip_ws(s);
	return arena_strndup(p, s, trimmed_len(s));
}

/* ---- header ------------------------------------------------------------- */

static const char *const month_names[12] = {
	"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
	"JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
};

/* "11-JUN-2002" -> "2002-06-11"; "" when it does not read as a date. */
static void parse_date(const char *s, size_t n, char out[11])
{
	int day, mon = -1, year, i;

	out[0] = '\0';
	if (n != 11 || !isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]) ||
	    s[2] != '-' || s[6] != '-')
		return;
	for (i = 0; i < 12; i++)
		if (strncasecmp(s + 3, month_names[i], 3) == 0)
			mon = i + 1;
	for (i = 7; i < 11; i++)
		if (!isdigit((unsigned char)s[i]))
			return;
	day = (s[0] - '0') * 10 + (s[1] - '0');
	year = atoi(s + 7);
	if (mon < 0 || day < 1 || day > 31 || year < 1980 || year > 2100)
		return;
	out[0] = s[7]; out[1] = s[8]; out[2] = s[9]; out[3] = s[10];
	out[4] = '-';
	out[5] = (char)('0' + mon / 10); out[6] = (char)('0' + mon % 10);
	out[7] = '-';
	out[8] = s[0]; out[9] = s[1];
	out[10] = '\0';
}

struct builder {
	struct kb_article *a;
	struct kb_article_private *p;
	size_t cap_lines, cap_kw, cap_sections, cap_products, cap_trailer;
};

static int add_keyword(struct builder *b, const char *s, size_t n)
{
	struct kb_article *a = b->a;
	size_t i;
	char *kw;

	for (i = 0; i < a->n_keywords; i++)
		if (strlen(a->keywords[i]) == n && strncasecmp(a->keywords[i], s, n) == 0)
			return 0;
	if (grow((void **)&a->keywords, &b->cap_kw, a->n_keywords, sizeof *a->keywords) != 0 ||
	    (kw = arena_strndup(b->p, s, n)) == NULL)
		return -1;
	a->keywords[a->n_keywords++] = kw;
	return 0;
}

static int add_keywords(struct builder *b, const char *s)
{
	const char *e;

	for (;;) {
		while (*s == ' ' || *s == '\t' || *s == ',' || *s == ';')
			s++;
		if (*s == '\0')
			return 0;
		e = s;
		while (*e != '\0' && *e != ' ' && *e != '\t' && *e != ',' && *e != ';')
			e++;
		if (add_keyword(b, s, (size_t)(e - s)) != 0)
			return -1;
		s = e;
	}
}

/* "DOCUMENT:Q262832  11-JUN-2002  [winnt]" */
static int parse_document_line(struct builder *b, const char *s,
			       struct kb_error *err)
{
	struct kb_article *a = b->a;
	const char *e;
	size_t n;

	s = skip_ws(s + strlen("DOCUMENT:"));
	e = s;
	/* The id names the output file: letters and digits only. */
	while (isalnum((unsigned char)*e))
		e++;
	n = (size_t)(e - s);
	if (n == 0 || n >= sizeof a->id || (*e != '\0' && *e != ' ' && *e != '\t'))
		return kb_errorf(err, KB_EFORMAT,
				 "%s: damaged header: the DOCUMENT: line has no article id",
				 a->name);
	memcpy(a->id, s, n);
	a->id[n] = '\0';
	s = skip_ws(e);
	e = s;
	while (*e != '\0' && *e != ' ' && *e != '\t')
		e++;
	if (*s != '[') {
		parse_date(s, (size_t)(e - s), a->date);
		if ((a->date_raw = arena_strndup(b->p, s, (size_t)(e - s))) == NULL)
			return KB_ENOMEM;
		s = skip_ws(e);
	}
	if (*s == '[' && (e = strchr(s, ']')) != NULL)
		a->category = arena_strndup(b->p, s + 1, (size_t)(e - s - 1));
	if (a->category == NULL)
		a->category = "";
	return 0;
}

static const char *header_value(const char *line, const char *field)
{
	size_t n = strlen(field);
	const char *s;

	if (strncmp(line, field, n) != 0)
		return NULL;
	s = skip_ws(line + n);
	if (*s != ':')
		return NULL;
	return s + 1;
}

static int parse_header(struct builder *b, size_t *next, struct kb_error *err)
{
	struct kb_article *a = b->a;
	size_t i = 0;
	const char *v;
	int rc;

	/* Some archive copies start with a blank line or two. */
	while (i < a->n_lines && i < 20 && is_blank(a->lines[i]))
		i++;
	if (i >= a->n_lines || strncmp(a->lines[i], "DOCUMENT:", 9) != 0)
		return kb_errorf(err, KB_EFORMAT, "%s: not a KB article: no DOCUMENT: header",
				 a->name);
	if ((rc = parse_document_line(b, a->lines[i], err)) != 0)
		return rc == KB_ENOMEM ? kb_errorf(err, rc, "%s: out of memory", a->name) : rc;
	/* The header is the run of "NAME:" lines; a blank or '=' line ends
	 * it.  A file that stops before that was cut off. */
	for (i++; i < a->n_lines; i++) {
		const char *l = a->lines[i];
		char **slot = NULL;

		if (is_blank(l) || *l == '=' || *l == '-')
			break;
		if ((v = header_value(l, "TITLE")) != NULL)
			slot = (char **)&a->title;
		else if ((v = header_value(l, "PRODUCT")) != NULL)
			slot = (char **)&a->product;
		else if ((v = header_value(l, "PROD/VER")) != NULL)
			slot = (char **)&a->prod_ver;
		else if ((v = header_value(l, "OPER/SYS")) != NULL)
			slot = (char **)&a->oper_sys;
		else if ((v = header_value(l, "KEYWORDS")) != NULL) {
			if (add_keywords(b, v) != 0)
				return kb_errorf(err, KB_ENOMEM, "%s: out of memory", a->name);
			continue;
		}
		if (slot != NULL && (*slot = dup_trimmed(b->p, v)) == NULL)
			return kb_errorf(err, KB_ENOMEM, "%s: out of memory", a->name);
	}
	if (i >= a->n_lines)
		return kb_errorf(err, KB_EFORMAT, "%s: truncated: ends inside the header",
				 a->name);
	if (a->title == NULL) a->title = "";
	if (a->product == NULL) a->product = "";
	if (a->prod_ver == NULL) a->prod_ver = "";
	if (a->oper_sys == NULL) a->oper_sys = "";
	*next = i;
	return 0;
}

/* ---- applies-to list ------------------------------------------------------ */

static int is_version_word(const char *s, size_t n)
{
	size_t i, digits = 0;

	for (i = 0; i < n; i++) {
		if (isdigit((unsigned char)s[i]))
			digits++;
		else if (s[i] != '.' && s[i] != 'x' && s[i] != 'a' && s[i] != 'b')
			return 0;
	}
	return digits > 0;
}

/* " - Microsoft Windows NT Server versions 3.5, 3.51, 4.0": the name
 * ends at the last " version(s) "; the rest is split at commas and
 * "and". */
static int add_product(struct builder *b, const char *text, size_t line)
{
	struct kb_article *a = b->a;
	struct kb_article_product *pr;
	const char *s, *vers = NULL, *name_end = text + strlen(text), *e;
	size_t cap = 0;

	for (s = text; (s = strstr(s, "version")) != NULL; s++) {
		if (s == text || s[-1] != ' ')
			continue;
		e = s + 7;
		if (*e == 's')
			e++;
		if (*e != ' ')
			continue;
		name_end = s;
		vers = e;
	}
	while (name_end > text && (name_end[-1] == ' ' || name_end[-1] == ','))
		name_end--;
	if (grow((void **)&a->products, &b->cap_products, a->n_products, sizeof *a->products) != 0)
		return -1;
	pr = &a->products[a->n_products];
	memset(pr, 0, sizeof *pr);
	pr->line = line;
	if (vers == NULL) {
		/* "Microsoft Exchange Server 5.5": a trailing number is the
		 * version. */
		e = name_end;
		while (e > text && e[-1] != ' ')
			e--;
		if (e > text && is_version_word(e, (size_t)(name_end - e))) {
			vers = e;
			name_end = e;
			while (name_end > text && name_end[-1] == ' ')
				name_end--;
		}
	}
	if ((pr->name = arena_strndup(b->p, text, (size_t)(name_end - text))) == NULL)
		return -1;
	for (s = vers; s != NULL && *s != '\0';) {
		while (*s == ' ' || *s == ',')
			s++;
		if (strncmp(s, "and ", 4) == 0)
			s += 4;
		e = s;
		while (*e != '\0' && *e != ' ' && *e != ',')
			e++;
		if (e > s) {
			const char **v = (const char **)pr->versions;
			if (grow((void **)&v, &cap, pr->n_versions, sizeof *v) != 0)
				return -1;
			pr->versions = v;
			if ((v[pr->n_versions] = arena_strndup(b->p, s, (size_t)(e - s))) == NULL)
				return -1;
			pr->n_versions++;
		}
		s = e;
	}
	/* Versions arrays are realloc'd: remember them to free. */
	if (pr->n_versions > 0) {
		const char **keep = arena_alloc(b->p, pr->n_versions * sizeof *keep);
		if (keep == NULL) {
			free((void *)pr->versions);
			return -1;
		}
		memcpy(keep, pr->versions, pr->n_versions * sizeof *keep);
		free((void *)pr->versions);
		pr->versions = keep;
	}
	a->n_products++;
	return 0;
}

static int parse_applies_to(struct builder *b, size_t from, size_t to)
{
	struct kb_article *a = b->a;
	size_t i, limit = from + 60 < to ? from + 60 : to;
	char *cur = NULL;
	size_t cur_line = 0;

	for (i = from; i < limit; i++)
		if (strncasecmp(skip_ws(a->lines[i]), "The information in this article applies to", 42) == 0)
			break;
	if (i >= limit)
		return 0;
	for (i++; i < to; i++) {
		const char *l = skip_ws(a->lines[i]);
		if (*l == '\0' && cur == NULL)
			continue;
		if ((l[0] == '-' || l[0] == '*') && l[1] == ' ') {
			if (cur != NULL && add_product(b, cur, cur_line) != 0)
				return -1;
			if ((cur = dup_trimmed(b->p, l + 2)) == NULL)
				return -1;
			cur_line = i + 1;
		} else if (*l != '\0' && cur != NULL && l > a->lines[i] && *l != '-') {
			/* an indented continuation of a long product line */
			size_t n1 = strlen(cur), n2 = trimmed_len(l);
			char *j = arena_alloc(b->p, n1 + n2 + 2);
			if (j == NULL)
				return -1;
			memcpy(j, cur, n1);
			j[n1] = ' ';
			memcpy(j + n1 + 1, l, n2);
			j[n1 + 1 + n2] = '\0';
			cur = j;
		} else {
			break;
		}
	}
	if (cur != NULL && add_product(b, cur, cur_line) != 0)
		return -1;
	return 0;
}

/* ---- sections and trailer ---------------------------------------------- */

/* An all-caps heading: no lower-case letters, at least two letters, no
 * colon, not indented. */
static int is_heading(const char *s)
{
	size_t letters = 0;

	if (*s == ' ' || *s == '\t' || *s == '\0')
		return 0;
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;
		if (c >= 'a' && c <= 'z')
			return 0;
		if (c == ':' || c == '=')
			return 0;
		if (c >= 'A' && c <= 'Z')
			letters++;
	}
	return letters >= 2;
}

/* The names of an article's own sections, which some articles underline
 * with '-' instead of '=' ("WORKAROUND" / "----------" after "SYMPTOMS" /
 * "========", 143 such headings in 107 archive articles).  Other headings
 * underlined with '-' are a section's own parts or a table's columns
 * ("IN THIS TASK", "NAME"), not sections. */
static int standard_section_name(const char *s, size_t len)
{
	static const char *const names[] = { "SUMMARY", "SYMPTOMS", "SYMPTOM", "CAUSE", "RESOLUTION",
					     "WORKAROUND", "WORKAROUNDS", "STATUS", "MORE INFORMATION",
					     "REFERENCES", NULL };
	size_t i;

	for (i = 0; names[i] != NULL; i++)
		if (strlen(names[i]) == len && strncmp(s, names[i], len) == 0)
			return 1;
	return 0;
}

static int parse_sections(struct builder *b)
{
	struct kb_article *a = b->a;
	size_t i;

	for (i = a->body_first; i + 1 < a->body_end; i++) {
		size_t hl, ul;
		char under = a->lines[i + 1][0];
		struct kb_article_section *sec;

		if ((under != '=' && under != '-') || !is_heading(a->lines[i]))
			continue;
		ul = rule_line_len(a->lines[i + 1], under);
		hl = trimmed_len(a->lines[i]);
		if (under == '-' && !standard_section_name(a->lines[i], hl))
			continue;
		/* The underline is about as long as the heading; the long
		 * separator rules are not underlines. */
		if (ul < 3 || ul > hl + 6 || ul + 6 < hl)
			continue;
		if (grow((void **)&a->sections, &b->cap_sections, a->n_sections,
			 sizeof *a->sections) != 0)
			return -1;
		sec = &a->sections[a->n_sections];
		if ((sec->name = arena_strndup(b->p, a->lines[i], hl)) == NULL)
			return -1;
		sec->heading_line = i + 1;
		sec->first_line = i + 3;
		sec->end_line = a->body_end + 1;
		if (a->n_sections > 0)
			a->sections[a->n_sections - 1].end_line = i + 1;
		a->n_sections++;
		i++;
	}
	return 0;
}

/* The trailing block: a long '=' rule, then "Keywords   : ..." lines. */
static int parse_trailer(struct builder *b)
{
	struct kb_article *a = b->a;
	size_t i, j, k;

	for (i = a->n_lines; i-- > a->body_first;) {
		if (rule_line_len(a->lines[i], '=') < 20)
			continue;
		for (j = i + 1; j < a->n_lines && is_blank(a->lines[j]); j++)
			;
		if (j >= a->n_lines || strncmp(a->lines[j], "Keywords", 8) != 0 ||
		    *skip_ws(a->lines[j] + 8) != ':')
			continue;
		a->has_trailer = 1;
		a->body_end = i;
		for (k = j; k < a->n_lines; k++) {
			const char *l = a->lines[k], *colon;
			struct kb_article_field *f;
			if (is_blank(l) || *l == '=')
				break;
			colon = strchr(l, ':');
			if (colon == NULL || l[0] == ' ')
				continue;
			if (grow((void **)&a->trailer, &b->cap_trailer, a->n_trailer,
				 sizeof *a->trailer) != 0)
				return -1;
			f = &a->trailer[a->n_trailer];
			f->line = k + 1;
			{
				size_t nl = (size_t)(colon - l);
				while (nl > 0 && l[nl - 1] == ' ')
					nl--;
				if ((f->name = arena_strndup(b->p, l, nl)) == NULL ||
				    (f->value = dup_trimmed(b->p, colon + 1)) == NULL)
					return -1;
			}
			a->n_trailer++;
			if (strcmp(f->name, "Keywords") == 0 && add_keywords(b, f->value) != 0)
				return -1;
		}
		break;
	}
	/* "Additional query words:" closes the text when it is there. */
	for (i = a->body_end; i-- > a->body_first && i + 12 > a->body_end;) {
		if (strncmp(a->lines[i], "Additional query words:", 23) == 0) {
			if ((a->query_words = dup_trimmed(b->p, a->lines[i] + 23)) == NULL)
				return -1;
			a->body_end = i;
			break;
		}
	}
	/* Trailing blank lines belong to nothing. */
	while (a->body_end > a->body_first && is_blank(a->lines[a->body_end - 1]))
		a->body_end--;
	return 0;
}

/* ---- the article ---------------------------------------------------------- */

static int split_lines(struct builder *b, char *text, size_t len)
{
	struct kb_article *a = b->a;
	char *s = text, *end = text + len;

	/* A DOS end-of-file mark after the text is not part of it. */
	while (end > text && end[-1] == 0x1A)
		*--end = '\0';
	while (s < end) {
		char *e = s;
		while (e < end && *e != '\n' && *e != '\r')
			e++;
		if (grow((void **)&a->lines, &b->cap_lines, a->n_lines, sizeof *a->lines) != 0)
			return -1;
		a->lines[a->n_lines++] = s;
		if (e < end && *e == '\r' && e + 1 < end && e[1] == '\n') {
			a->crlf = 1;
			*e = '\0';
			s = e + 2;
		} else {
			if (e < end)
				*e = '\0';
			s = e + 1;
		}
	}
	return 0;
}

void kb_article_free(struct kb_article *a)
{
	struct arena_block *bl, *next;

	if (a == NULL)
		return;
	if (a->priv != NULL) {
		for (bl = a->priv->blocks; bl != NULL; bl = next) {
			next = bl->next;
			free(bl);
		}
		free(a->priv->text);
		free(a->priv);
	}
	free((void *)a->lines);
	free((void *)a->keywords);
	free(a->sections);
	free(a->products);
	free(a->trailer);
	free(a);
}

int kb_article_parse(const char *name, const void *data, size_t len,
		     struct kb_article **out, struct kb_error *err)
{
	struct builder b;
	struct kb_article *a;
	size_t text_len = 0, i;
	int rc;

	*out = NULL;
	if (name == NULL)
		name = "(article)";
	a = calloc(1, sizeof *a);
	if (a == NULL || (a->priv = calloc(1, sizeof *a->priv)) == NULL) {
		free(a);
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", name);
	}
	memset(&b, 0, sizeof b);
	b.a = a;
	b.p = a->priv;
	if ((a->name = arena_strndup(b.p, name, strlen(name))) == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", name);
		goto out;
	}
	if (len == 0) {
		rc = kb_errorf(err, KB_EFORMAT, "%s: not a KB article: the file is empty", name);
		goto out;
	}
	if ((rc = decode(name, data, len, a, &a->priv->text, &text_len, err)) != 0)
		goto out;
	if (split_lines(&b, a->priv->text, text_len) != 0) {
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", name);
		goto out;
	}
	if ((rc = parse_header(&b, &a->body_first, err)) != 0)
		goto out;
	a->body_end = a->n_lines;
	for (i = a->body_first; i < a->n_lines; i++)
		if (!is_blank(a->lines[i]) && rule_line_len(a->lines[i], '=') == 0 &&
		    rule_line_len(a->lines[i], '-') == 0)
			break;
	if (i >= a->n_lines) {
		rc = kb_errorf(err, KB_EFORMAT, "%s: truncated: no text after the header", name);
		goto out;
	}
	if (parse_trailer(&b) != 0 || parse_sections(&b) != 0 ||
	    parse_applies_to(&b, a->body_first, a->body_end) != 0) {
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", name);
		goto out;
	}
	if (a->n_sections > 0)
		a->sections[a->n_sections - 1].end_line = a->body_end + 1;
	/* Indexes so far; the header promises line numbers. */
	a->body_first++;
	a->body_end++;
	rc = 0;
out:
	if (rc != 0) {
		kb_article_free(a);
		return rc;
	}
	*out = a;
	return 0;
}

int kb_article_load(const char *path, struct kb_article **out,
		    struct kb_error *err)
{
	char *data = NULL;
	size_t len = 0;
	int rc;

	*out = NULL;
	if ((rc = kb_read_file(path, KB_ARTICLE_MAX_BYTES, &data, &len, err)) != 0)
		return rc;
	rc = kb_article_parse(path, data, len, out, err);
	free(data);
	return rc;
}

const struct kb_article_section *kb_article_section(const struct kb_article *a,
						    const char *name)
{
	size_t i;

	for (i = 0; i < a->n_sections; i++)
		if (strcasecmp(a->sections[i].name, name) == 0)
			return &a->sections[i];
	return NULL;
}

const char *kb_article_line(const struct kb_article *a, size_t n)
{
	if (n == 0 || n > a->n_lines)
		return "";
	return a->lines[n - 1];
}
