/* kbimport.c: a parsed KB article -> a draft rule in YAML (kbimport.h).
 *
 * The driver (kb_import_article), the helpers every pass uses (the
 * import's string pool, review items, text helpers) and the last pass,
 * which lists every fact line no other pass placed.  The passes
 * themselves live in kbimport_*.c; kbimport_int.h says which and in what
 * order they run. */
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

/* Extracts of prose for a person to rewrite stay this short: enough to
 * find the place in the article, too short to be the article's text. */
#define EXTRACT_WORDS 12

void *imp_push(struct imp *im, void **arr, size_t *n, size_t *cap, size_t elem)
{
	char *p;

	if (*n == *cap) {
		size_t c = *cap ? *cap * 2 : 8;
		void *q = realloc(*arr, c * elem);
		if (q == NULL) {
			im->oom = 1;
			return NULL;
		}
		*arr = q;
		*cap = c;
	}
	p = (char *)*arr + *n * elem;
	memset(p, 0, elem);
	(*n)++;
	return p;
}

char *imp_keep(struct imp *im, char *s)
{
	char **p;

	if (s == NULL) {
		im->oom = 1;
		return NULL;
	}
	if (im->n_pool == im->cap_pool) {
		size_t c = im->cap_pool ? im->cap_pool * 2 : 64;
		p = realloc(im->pool, c * sizeof *p);
		if (p == NULL) {
			free(s);
			im->oom = 1;
			return NULL;
		}
		im->pool = p;
		im->cap_pool = c;
	}
	im->pool[im->n_pool++] = s;
	return s;
}

const char *imp_dupn(struct imp *im, const char *s, size_t n)
{
	char *d = malloc(n + 1);

	if (d != NULL) {
		memcpy(d, s, n);
		d[n] = '\0';
	}
	return imp_keep(im, d);
}

const char *imp_fmt(struct imp *im, const char *f, ...)
{
	va_list ap;
	char *s;

	va_start(ap, f);
	s = kb_strdup_vprintf(f, ap);
	va_end(ap);
	return imp_keep(im, s);
}

void imp_review(struct imp *im, size_t line, enum target t, size_t index,
		   const char *note)
{
	struct imp_review *r;

	if (note == NULL)
		return;
	r = PUSH(im, reviews);
	if (r == NULL)
		return;
	r->line = line;
	r->target = t;
	r->index = index;
	r->note = note;
}

void imp_review_once(struct imp *im, size_t line, enum target t, const char *note)
{
	size_t r;

	if (note == NULL)
		return;
	for (r = 0; r < im->n_reviews; r++)
		if (im->reviews[r].line == line && im->reviews[r].note != NULL &&
		    strcmp(im->reviews[r].note, note) == 0)
			return;
	imp_review(im, line, t, 0, note);
}

int imp_line_reviewed(const struct imp *im, size_t line)
{
	size_t i;

	for (i = 0; i < im->n_reviews; i++)
		if (im->reviews[i].line == line)
			return 1;
	return 0;
}

/* ---- text helpers ----------------------------------------------------------- */

const char *imp_line_at(const struct imp *im, size_t n)
{
	return kb_article_line(im->a, n);
}

const char *imp_skip_ws(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

size_t imp_indent_of(const char *s)
{
	return (size_t)(imp_skip_ws(s) - s);
}

int imp_blank(const char *s)
{
	return *imp_skip_ws(s) == '\0';
}

/* "APPEXEC  RC        807 10-07-92  12:00a": a line of a directory
 * listing (a file's name, its extension, its size, the date and time it
 * was written), whose "RC" is a resource script's extension and whose
 * number is a size (18 drafted codes in 6 archive articles, MS Mail's
 * sample listings). */
int imp_dir_listing_line(const char *s)
{
	const char *p = imp_skip_ws(s);
	size_t k;
	int field;

	/* the name, then the extension (maybe none) */
	for (field = 0; field < 2; field++) {
		k = strcspn(p, " \t");
		if (k == 0 || k > 8)
			return 0;
		p = imp_skip_ws(p + k);
		if (isdigit((unsigned char)*p))
			break;
	}
	if ((k = strspn(p, "0123456789,")) == 0 || (p[k] != ' ' && p[k] != '\t'))
		return 0;
	p = imp_skip_ws(p + k);
	/* mm-dd-yy then h:mm */
	if ((k = strspn(p, "0123456789")) == 0 || k > 2 || (p[k] != '-' && p[k] != '/'))
		return 0;
	p += k + 1;
	if ((k = strspn(p, "0123456789")) == 0 || k > 2 || p[k] != p[-1])
		return 0;
	p += k + 1;
	if ((k = strspn(p, "0123456789")) != 2 && k != 4)
		return 0;
	p = imp_skip_ws(p + k);
	k = strspn(p, "0123456789");
	if (k < 1 || k > 2 || p[k] != ':' || strspn(p + k + 1, "0123456789") != 2)
		return 0;
	/* the time's "a" or "p" glued to it, then the line's end or the
	 * file's long name ("12:00a APPEXEC.TXT"); not a log's row that
	 * goes on with its message ("2:15 PM Frob component failed") */
	p += k + 3;
	p += strspn(p, "apAP");
	if (*p != '\0' && *p != ' ' && *p != '\t')
		return 0;
	p = imp_skip_ws(p);
	if (*p == '\0')
		return 1;
	k = strcspn(p, " \t");
	return memchr(p, '.', k) != NULL && imp_blank(p + k);
}

size_t imp_underline_len(const char *s)
{
	const char *p = imp_skip_ws(s);
	size_t k = strspn(p, "-=");

	return imp_blank(p + k) ? k : 0;
}

int imp_underline(const char *s)
{
	return imp_underline_len(s) >= 3;
}

int imp_rule_line(const char *s)
{
	const char *p = imp_skip_ws(s);

	return *p != '\0' && strspn(p, "-=_+| \t") == strlen(p);
}

size_t imp_rtrim_len(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return n;
}

size_t imp_bold_closed_len(const char *s, size_t n)
{
	if (n >= 4 && strncasecmp(s + n - 4, "</B>", 4) == 0)
		return imp_rtrim_len(s, n - 4);
	return n;
}

/* Case-insensitive search for an ASCII needle. */
const char *imp_ci_find(const char *hay, const char *needle)
{
	char first[3];
	int c1;

	if (needle[0] == '\0')
		return hay;
	/* This runs on every line of every article for dozens of words:
	 * strpbrk() finds the first letter in either case many bytes at a
	 * time, and the second is compared inline before the rest (hay[1]
	 * is at worst the terminator, which no needle byte equals). */
	first[0] = (char)tolower((unsigned char)needle[0]);
	first[1] = (char)toupper((unsigned char)needle[0]);
	first[2] = '\0';
	if (first[1] == first[0])
		first[1] = '\0';
	c1 = tolower((unsigned char)needle[1]);
	for (hay = strpbrk(hay, first); hay != NULL; hay = strpbrk(hay + 1, first))
		if (c1 == '\0' || (tolower((unsigned char)hay[1]) == c1 &&
		                    (needle[2] == '\0' || imp_starts_ci(hay + 2, needle + 2))))
			return hay;
	return NULL;
}

int imp_starts_ci(const char *s, const char *prefix)
{
	/* Most calls differ at the first byte: no strlen() of the prefix. */
	for (; *prefix != '\0'; s++, prefix++)
		if (tolower((unsigned char)*s) != tolower((unsigned char)*prefix))
			return 0;
	return 1;
}

int imp_opens_with(const char *s, const char *const *starts)
{
	size_t i;

	for (i = 0; starts[i] != NULL; i++)
		if (strncmp(s, starts[i], strlen(starts[i])) == 0)
			return 1;
	return 0;
}

int imp_word_is(const char *w, size_t wl, const char *word)
{
	return strlen(word) == wl && strncasecmp(w, word, wl) == 0;
}

int imp_word_in(const char *w, size_t wl, const char *const *words)
{
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (imp_word_is(w, wl, words[i]))
			return 1;
	return 0;
}

int imp_starts_word(const char *s, const char *w)
{
	size_t n = strlen(w);

	return imp_starts_ci(s, w) && !isalnum((unsigned char)s[n]) && s[n] != '_';
}

int imp_negation_word(const char *w, size_t wl)
{
	static const char *const words[] = { "not", "never", "cannot", NULL };
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (imp_word_is(w, wl, words[i]))
			return 1;
	return kb_word_negates(w, wl);
}

int imp_negated_before(const char *s, const char *at)
{
	const char *end, *w = imp_word_before(s, at, IMP_WORD_TOKEN, &end);

	return imp_negation_word(w, (size_t)(end - w));
}

const char *imp_word_before(const char *s, const char *p, enum imp_word_kind kind, const char **end)
{
	const char *e = p, *w;

	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	if (kind == IMP_WORD_TOKEN)
		for (w = e; w > s && w[-1] != ' ' && w[-1] != '\t'; w--)
			;
	else
		for (w = e; w > s && isalpha((unsigned char)w[-1]); w--)
			;
	if (end != NULL)
		*end = e;
	return w;
}

int imp_word_before_is(const char *s, const char *p, const char *const *words)
{
	const char *e, *w = imp_word_before(s, p, IMP_WORD_LETTERS, &e);
	size_t i;

	for (i = 0; e > w && words[i] != NULL; i++)
		if (imp_word_is(w, (size_t)(e - w), words[i]))
			return 1;
	return 0;
}

int imp_data_number(const char *s, size_t len, unsigned long long *n)
{
	char buf[64], *end;
	int hex = len > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');

	if (len == 0 || len >= sizeof buf || !isdigit((unsigned char)s[0]) || (hex && !isxdigit((unsigned char)s[2])))
		return 0;
	memcpy(buf, s, len);
	buf[len] = '\0';
	*n = strtoull(hex ? buf + 2 : buf, &end, hex ? 16 : 10);
	return *end == '\0';
}

size_t imp_check_first_line(const struct imp_check *c)
{
	return c->key_line > 0 && c->key_line < c->line ? c->key_line : c->line;
}

size_t imp_check_last_line(const struct imp_check *c)
{
	return c->line_last > c->line ? c->line_last : c->line;
}

int imp_string_type(const char *type)
{
	return type != NULL && (strcmp(type, "REG_SZ") == 0 || strcmp(type, "REG_EXPAND_SZ") == 0);
}

int imp_number_on_line(const char *line, const char *num, int same_case)
{
	size_t len = strlen(num);
	const char *p;

	if (len == 0)
		return 0;
	for (p = line; (p = same_case ? strstr(p, num) : imp_ci_find(p, num)) != NULL; p++) {
		int after_0x = p - line >= 2 && (p[-1] == 'x' || p[-1] == 'X') && p[-2] == '0';
		if ((p == line || !isalnum((unsigned char)p[-1]) || after_0x) && !isalnum((unsigned char)p[len]))
			return 1;
	}
	return 0;
}

size_t imp_wrapped_number_line(const struct imp *im, size_t n, const char *num, size_t len)
{
	char buf[24];

	if (len == 0 || len >= sizeof buf || n + 1 >= im->a->body_end)
		return n;
	memcpy(buf, num, len);
	buf[len] = '\0';
	/* the words' line holds the digits nowhere, not even inside a longer
	 * token ("SYS0005" read as 5, a reader's copy written otherwise):
	 * only then does the number stand on the next line, as a whole word */
	return imp_ci_find(imp_line_at(im, n), buf) == NULL && imp_number_on_line(imp_line_at(im, n + 1), buf, 0)
		       ? n + 1
		       : n;
}

const char *imp_find_word(const char *text, const char *w)
{
	const char *p;
	size_t n = strlen(w);

	for (p = text; (p = imp_ci_find(p, w)) != NULL; p += n)
		if ((p == text || !isalpha((unsigned char)p[-1])) && !isalpha((unsigned char)p[n]))
			return p;
	return NULL;
}

int imp_phrase_ends_at(const char *s, const char *p, const char *phrase)
{
	size_t l = strlen(phrase);

	return (size_t)(p - s) >= l && strncasecmp(p - l, phrase, l) == 0 &&
	       (p - l == s || !isalpha((unsigned char)p[-(ptrdiff_t)l - 1]));
}

int imp_only_words(const char *a, const char *b, const char *const *words)
{
	size_t i;

	for (a = imp_skip_ws(a); a < b; a = imp_skip_ws(a + strlen(words[i]))) {
		for (i = 0; words[i] != NULL && !imp_starts_word(a, words[i]); i++)
			;
		if (words[i] == NULL)
			return 0;
	}
	return 1;
}

int imp_join_words(char *buf, size_t cap, size_t *len, const char *s, size_t l)
{
	if (*len + l + 2 >= cap)
		return 0;
	if (*len > 0)
		buf[(*len)++] = ' ';
	memcpy(buf + *len, s, l);
	*len += l;
	buf[*len] = '\0';
	return 1;
}

void imp_copy_to(const char *s, const char *stops, char *buf, size_t cap)
{
	size_t l = strcspn(s, stops);

	if (l >= cap)
		l = cap - 1;
	memcpy(buf, s, l);
	buf[l] = '\0';
}

const char *imp_past_bullet(const char *s)
{
	const char *t = imp_skip_ws(s);

	return (*t == '-' || *t == '*') && t[1] == ' ' ? imp_skip_ws(t + 2) : t;
}

int imp_hangs_in_item(const struct imp *im, size_t m)
{
	size_t ind = imp_indent_of(imp_line_at(im, m)), k;
	const char *t, *text;

	for (k = m; k > im->a->body_first && m - k < 8 && !imp_blank(imp_line_at(im, k - 1)); k--) {
		t = imp_line_at(im, k - 1);
		if (imp_indent_of(t) == ind)
			continue;
		if (imp_indent_of(t) > ind)
			return 0;
		if (imp_numbered_step(t) || imp_substep(t))
			text = imp_skip_ws(strpbrk(t, ".)") + 1);
		else if ((text = imp_past_bullet(t)) == imp_skip_ws(t))
			return 0;
		return (size_t)(text - t) == ind;
	}
	return 0;
}

const char *imp_find_any_word(const char *text, const char *const *words)
{
	const char *p;
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if ((p = imp_find_word(text, words[i])) != NULL)
			return p;
	return NULL;
}

/* Words of a step, matched as whole words ("set", not "settings"). */
int imp_has_word(const char *s, const char *w)
{
	return imp_find_word(s, w) != NULL;
}

/* (kbimport_int.h; a misspelt machine root, source name or status) */
int imp_one_slip(const char *a, size_t la, const char *b, size_t lb, int swaps)
{
	size_t i = 0;

	if (la > lb + 1 || lb > la + 1)
		return 0;
	while (i < la && i < lb && a[i] == b[i])
		i++;
	if (la > lb)
		return memcmp(a + i + 1, b + i, la - i - 1) == 0;
	if (lb > la)
		return memcmp(a + i, b + i + 1, lb - i - 1) == 0;
	if (i == la || memcmp(a + i + 1, b + i + 1, la - i - 1) == 0)
		return 1;
	return swaps && i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] &&
	       memcmp(a + i + 2, b + i + 2, la - i - 2) == 0;
}

/* Line s is a mark that opens (want 'b') or closes (want 'e') a program
 * listing: "********* START CODE *****", "* Start of code example", "***
 * Begin code ***", "// END OF SAMPLE CODE" (115 archive articles mark
 * their samples so); the mark's words alone on the line. */
static int code_mark(const char *s, int want)
{
	static const char *const opens[] = { "start", "begin", NULL }, *const closes[] = { "end", NULL };
	static const char *const fill[] = { "of", "the", "sample", "program", NULL };
	static const char *const tail[] = { "example", "sample", "listing", NULL };
	const char *p = s + strspn(s, " \t*/'-;=#!<>"), *e;
	size_t l, k;
	int code = 0;

	for (e = p + strlen(p); e > p && strchr(" \t\r*/'-;=#!<>", e[-1]) != NULL; e--)
		;
	for (k = 0; p < e; k++) {
		l = strcspn(p, " \t");
		if (p + l > e)
			l = (size_t)(e - p);
		if (k == 0) {
			if (!imp_word_in(p, l, want == 'b' ? opens : closes))
				return 0;
		} else if (!code && imp_word_is(p, l, "code")) {
			code = 1;
		} else if (!imp_word_in(p, l, code ? tail : fill)) {
			return 0;
		}
		p = imp_skip_ws(p + l);
	}
	return code;
}

int imp_in_code_sample(const struct imp *im, size_t n)
{
	size_t m;

	for (m = n; m > im->a->body_first && n - m < 400; m--) {
		const char *s = imp_line_at(im, m - 1);
		if (code_mark(s, 'e'))
			return 0;
		if (code_mark(s, 'b'))
			break;
	}
	if (m == im->a->body_first || n - m >= 400)
		return 0;
	for (m = n + 1; m < im->a->body_end && m - n < 400; m++) {
		const char *s = imp_line_at(im, m);
		if (code_mark(s, 'b'))
			return 0;
		if (code_mark(s, 'e'))
			return 1;
	}
	return 0;
}

/* The section holding line n, or NULL (the text before the first one). */
const struct kb_article_section *imp_section_of(const struct imp *im, size_t n)
{
	size_t i;

	for (i = 0; i < im->a->n_sections; i++)
		if (n >= im->a->sections[i].first_line && n < im->a->sections[i].end_line)
			return &im->a->sections[i];
	return NULL;
}

int imp_announces_message(const char *s)
{
	return imp_ends_with_colon(s) && (imp_ci_find(s, "message") != NULL || imp_ci_find(s, "error") != NULL ||
					  imp_find_word(s, "exception") != NULL);
}

size_t imp_title_line(const struct imp *im)
{
	size_t n;

	for (n = 1; n < im->a->body_first; n++)
		if (imp_starts_ci(imp_line_at(im, n), "TITLE"))
			return n;
	return 0;
}

int imp_symptoms_section(const struct kb_article_section *sec)
{
	return strcasecmp(sec->name, "SYMPTOMS") == 0 || strcasecmp(sec->name, "SYMPTOM") == 0;
}

int imp_has_symptoms_section(const struct kb_article *a)
{
	size_t i;

	for (i = 0; i < a->n_sections; i++)
		if (imp_symptoms_section(&a->sections[i]))
			return 1;
	return 0;
}

int imp_in_symptoms_or_cause(const struct imp *im, size_t n)
{
	const struct kb_article_section *sec = imp_section_of(im, n);

	return sec != NULL && (imp_symptoms_section(sec) || strcasecmp(sec->name, "CAUSE") == 0);
}

int imp_in_resolution(const struct imp *im, size_t n)
{
	const struct kb_article_section *sec = imp_section_of(im, n);

	return sec != NULL && (strcasecmp(sec->name, "RESOLUTION") == 0 ||
			       strcasecmp(sec->name, "WORKAROUND") == 0);
}

/* "REVIEW: " and the first words of the paragraph starting at line n
 * (skipping a leading "NOTE:"), then "..." when there is more. */
const char *imp_extract(struct imp *im, size_t n, size_t *last)
{
	struct kb_buf b = { 0 };
	size_t words = 0, end = im->a->body_end, start = n;
	int more = 0, first = 1;

	*last = n;

	kb_buf_puts(&b, "REVIEW: ");
	/* A paragraph ends at a blank line or at the next numbered step. */
	for (; n < end && !imp_blank(imp_line_at(im, n)) && !more &&
	       (n == start || !imp_numbered_step(imp_line_at(im, n))); n++) {
		const char *s = imp_line_at(im, n);
		for (;;) {
			const char *e;
			s = imp_skip_ws(s);
			if (*s == '\0')
				break;
			e = s;
			while (*e != '\0' && *e != ' ' && *e != '\t')
				e++;
			/* "NOTE:" and a step's own number are not its words. */
			if (first && ((e - s == 5 && strncasecmp(s, "NOTE:", 5) == 0) ||
				      (isdigit((unsigned char)*s) && (e[-1] == '.' || e[-1] == ')') &&
				       strspn(s, "0123456789") == (size_t)(e - s - 1)))) {
				first = 0;
				s = e;
				continue;
			}
			first = 0;
			if (words == EXTRACT_WORDS) {
				more = 1;
				break;
			}
			if (words > 0)
				kb_buf_add(&b, " ", 1);
			/* Keep extracts short even when a "word" is a long run
			 * without spaces. */
			kb_buf_add(&b, s, (size_t)(e - s) > 80 ? 80 : (size_t)(e - s));
			words++;
			*last = n;
			s = e;
		}
	}
	if (more)
		kb_buf_puts(&b, " ...");
	return imp_keep(im, kb_buf_steal(&b));
}

/* A lower-case id from text: letters and digits, other runs become '-'. */
void imp_slug(const char *s, size_t n, char *out, size_t size)
{
	size_t o = 0, i;
	int dash = 0;

	for (i = 0; i < n && o + 2 < size; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isalnum(c) && c < 0x80) {
			if (dash && o > 0)
				out[o++] = '-';
			dash = 0;
			out[o++] = (char)tolower(c);
		} else {
			dash = 1;
		}
	}
	out[o] = '\0';
}

/* ---- what no pass placed ---------------------------------------------------- */

/* '"Show"=hex:00,00', '"Max"=dword:1', '@=hex(2):25,00': a value as a
 * REGEDIT export writes it, with data in a form only the registry uses
 * ('"Owner"="someone"' may be any program's pair). */
static int regedit_line_with_registry_data(const char *t)
{
	const char *q = imp_regedit_value_data(t);

	return q != NULL && (imp_starts_ci(q, "dword:") || imp_starts_ci(q, "hex:") || imp_starts_ci(q, "hex("));
}

int kb_import_line_names_fact(const char *s)
{
	static const char *const types[] = { "REG_SZ", "REG_DWORD", "REG_MULTI_SZ",
					     "REG_EXPAND_SZ", "REG_BINARY", NULL };
	const char *p, *t = imp_skip_ws(s);
	size_t i;

	/* "Data Type: REG_DWORD" belongs to the value named above it */
	if (imp_starts_ci(t, "Data Type") || imp_starts_ci(t, "Value Type") || imp_starts_ci(t, "Type") ||
	    imp_starts_ci(t, "REG_"))
		return 0;
	if (strchr(s, '\\') != NULL) {
		for (p = s; (p = imp_next_root(p)) != NULL; p++) {
			const char *e;
			if (imp_short_root_at(p))
				return 1;
			/* "HKEY_" and a hive's name up to a backslash */
			for (e = p + 5; isalpha((unsigned char)*e) || *e == '_'; e++)
				;
			if (*e == '\\')
				return 1;
		}
	}
	if (imp_ci_find(s, "Value Name") != NULL || regedit_line_with_registry_data(t))
		return 1;
	if (strstr(s, "REG_") != NULL)
		for (i = 0; types[i] != NULL; i++)
			if (strstr(s, types[i]) != NULL)
				return 1;
	/* the rest need a number */
	if (strpbrk(s, "0123456789") == NULL)
		return 0;
	if (imp_ci_find(s, "=dword:") != NULL)
		return 1;
	for (p = s; (p = imp_ci_find(p, "event id")) != NULL; p++) {
		const char *q = p + 8;
		while (*q == ' ' || *q == ':' || *q == '\t')
			q++;
		if (isdigit((unsigned char)*q))
			return 1;
	}
	for (p = s; (p = strstr(p, "STOP")) != NULL; p++) {
		const char *q = p + 4;
		while (*q == ' ' || *q == ':')
			q++;
		if (q[0] == '0' && (q[1] == 'x' || q[1] == 'X'))
			return 1;
	}
	return 0;
}

/* Line s, its blanks and a closing full stop or colon left off, is a part
 * of path key. */
static int path_part_of(const char *key, const char *s)
{
	char buf[256];
	const char *t = imp_skip_ws(s);
	size_t tl = imp_rtrim_len(t, strlen(t));

	while (tl > 0 && (t[tl - 1] == '.' || t[tl - 1] == ':'))
		tl--;
	if (tl == 0 || tl >= sizeof buf)
		return 0;
	memcpy(buf, t, tl);
	buf[tl] = '\0';
	return imp_ci_find(key, buf) != NULL;
}

static void mark_range(unsigned char *placed, size_t n_lines, size_t first, size_t last)
{
	size_t i;

	for (i = first; i <= last && i <= n_lines; i++)
		placed[i] = 1;
}

unsigned char *imp_placed_lines(struct imp *im, int fact_reviews_only)
{
	const struct kb_article *a = im->a;
	unsigned char *placed = calloc(a->n_lines + 2, 1);
	size_t i;

	if (placed == NULL) {
		im->oom = 1;
		return NULL;
	}
	for (i = 0; i < im->n_events; i++)
		mark_range(placed, a->n_lines, im->events[i].line,
			   im->events[i].line_last > im->events[i].line ? im->events[i].line_last : im->events[i].line);
	for (i = 0; i < im->n_errors; i++)
		mark_range(placed, a->n_lines, im->errors[i].cite_first ? im->errors[i].cite_first : im->errors[i].line,
			   im->errors[i].line_last > im->errors[i].line ? im->errors[i].line_last : im->errors[i].line);
	for (i = 0; i < im->n_checks; i++) {
		const struct imp_check *c = &im->checks[i];
		if (c->key_line > 0)
			mark_range(placed, a->n_lines, c->key_line, c->key_last);
		mark_range(placed, a->n_lines, c->line, c->line_last);
	}
	for (i = 0; i < im->n_evidence; i++)
		mark_range(placed, a->n_lines, im->evidence[i].line,
			   im->evidence[i].line + im->evidence[i].n_patterns - 1);
	for (i = 0; i < im->n_reviews; i++) {
		enum target t = im->reviews[i].target;
		if (fact_reviews_only == PLACED_BY_ANY_REVIEW ||
		    (fact_reviews_only == PLACED_BY_FACT_REVIEW && (t == T_CHECKS || t == T_CHECK || t == T_NONE)) ||
		    (fact_reviews_only == PLACED_BUT_BY_STEP_NOTE && t != T_STEP && t != T_REMEDIATION))
			mark_range(placed, a->n_lines, im->reviews[i].line, im->reviews[i].line);
	}
	/* a key read over several lines ("HKEY_LOCAL_MACHINE\\SYSTEM" /
	 * "\\CurrentControlSet" / "\\Services"): a line that holds only its
	 * names is placed with its first, which carries the check or the item
	 * about it ("FileManager\\AddOns\\AfpManager: REG_SZ: ..." holds a value
	 * too) */
	for (i = 0; i < im->n_keys_read; i++) {
		const struct imp_key_read *k = &im->keys_read[i];
		size_t n;

		if (!placed[k->line])
			continue;
		for (n = k->line + 1; n <= k->last && n <= a->n_lines; n++)
			if (path_part_of(k->key, imp_line_at(im, n)))
				placed[n] = 1;
	}
	return placed;
}

/* p is where the number of an event named in s starts ("event 8"). */
static int event_number_at(const char *s, const char *p)
{
	const char *q = s;

	while ((q = imp_next_event_number(s, q, p + 1)) != NULL && q < p)
		q++;
	return q == p;
}

const struct imp_event *imp_drafted_event(const struct imp *im, unsigned long id)
{
	size_t i;

	for (i = 0; i < im->n_events; i++)
		if (im->events[i].id == id)
			return &im->events[i];
	return NULL;
}

const struct imp_error *imp_drafted_error(const struct imp *im, unsigned long code)
{
	size_t i;

	for (i = 0; i < im->n_errors; i++)
		if (im->errors[i].code == code)
			return &im->errors[i];
	return NULL;
}

/* A hex code at p with no 0x ("c0000374", "80004005"): eight hex
 * digits, at least one a letter or the first an 8, standing alone.  Its
 * length, or 0. */
static size_t bare_status_at(const char *s, const char *p)
{
	size_t k = strspn(p, "0123456789abcdefABCDEF");

	if (k != 8 || (p > s && isalnum((unsigned char)p[-1])) || isalnum((unsigned char)p[8]) ||
	    (strspn(p, "0123456789") == 8 && *p != '8'))
		return 0;
	return k;
}

/* Line s names only events and error codes drafted from other lines
 * ("the Event 1339 messages", "Status 0xC000006A means ...", "Error
 * 0x8004010f."): every hex code on it (0x..., or eight hex digits alone)
 * is a drafted error's, the number after "event" a drafted event's,
 * every other number of three digits or more a drafted error's or
 * event's, and no registry path, type or the word "registry" stands on
 * it.  The review note that says where the first of them is drafted, or
 * NULL (the line keeps the note that the import did not place what it
 * names). */
const char *imp_event_named_again(struct imp *im, const struct imp_event *ev)
{
	return imp_fmt(im, "event %u, drafted from line %zu, is named again here: check that this line adds nothing to it",
		       ev->id, ev->line);
}

static const char *named_again_note(struct imp *im, const char *s)
{
	/* (the first fact named: the note points at it) */
	const struct imp_event *ev = NULL;
	const struct imp_error *er = NULL;
	const char *p;
	size_t k;

	if (strchr(s, '\\') != NULL || strstr(s, "REG_") != NULL || imp_ci_find(s, "HKEY") != NULL ||
	    imp_ci_find(s, "HKLM") != NULL || imp_ci_find(s, "registry") != NULL)
		return NULL;
	for (p = s; *p != '\0'; p += k) {
		const struct imp_event *e = NULL;
		const struct imp_error *r = NULL;
		if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && isxdigit((unsigned char)p[2])) {
			k = 2 + strspn(p + 2, "0123456789abcdefABCDEF");
			if (k > 10 || (r = imp_drafted_error(im, strtoul(p + 2, NULL, 16))) == NULL)
				return NULL;
		} else if ((k = bare_status_at(s, p)) > 0) {
			if ((r = imp_drafted_error(im, strtoul(p, NULL, 16))) == NULL)
				return NULL;
		} else if ((k = strspn(p, "0123456789")) > 0 && (p == s || !isalnum((unsigned char)p[-1]))) {
			unsigned long v = strtoul(p, NULL, 10);
			if (event_number_at(s, p)) {
				if ((e = imp_drafted_event(im, v)) == NULL)
					return NULL;
			} else if (k < 3) {
				continue;       /* "Service Pack 3", a short number no event's */
			} else if ((r = imp_drafted_error(im, v)) == NULL && (e = imp_drafted_event(im, v)) == NULL) {
				return NULL;
			}
		} else {
			k = k > 0 ? k : 1;
			continue;
		}
		if (ev == NULL && er == NULL) {
			ev = e;
			er = r;
		}
	}
	if (ev != NULL)
		return imp_event_named_again(im, ev);
	if (er != NULL)
		return imp_fmt(im, "error %s, drafted from line %zu, is named again here: check that this line adds nothing to it",
			       er->code_text, er->line);
	return NULL;
}

/* Every line that names a fact is in the draft or in its review list:
 * what the passes above neither drafted nor listed is listed here, so a
 * reviewer can rely on the list. */
static void review_unplaced(struct imp *im)
{
	const struct kb_article *a = im->a;
	/* (a step's "rewrite this step" item places no fact: "3. Add
	 * SetFixedTabs = 'TRUE' (the type is REG_SZ)." is listed here) */
	unsigned char *placed = imp_placed_lines(im, PLACED_BUT_BY_STEP_NOTE);
	size_t n;

	if (placed == NULL)
		return;
	/* (first the rows of tables of codes, each with a note of its own) */
	imp_review_code_tables(im, placed);
	for (n = a->body_first; n < a->body_end; n++) {
		const char *again;
		if (placed[n] || !imp_names_fact(im, n))
			continue;
		if ((again = named_again_note(im, imp_line_at(im, n))) != NULL)
			imp_review(im, n, T_NONE, 0, again);
		else
			imp_review(im, n, T_NONE, 0,
				   "this line names a registry key or value, an event ID or an error code that the import did not place: check it");
	}
	free(placed);
}

static void imp_free(struct imp *im)
{
	size_t i;

	for (i = 0; i < im->n_pool; i++)
		free(im->pool[i]);
	free(im->pool);
	free(im->used);
	free(im->events);
	free(im->errors);
	free(im->checks);
	free(im->evidence);
	free(im->steps);
	free(im->reviews);
	free(im->events_off);
	free(im->keys_read);
}

int kb_import_article(const struct kb_article *a, char **yaml, size_t *len,
		      struct kb_import_stats *stats, struct kb_error *err)
{
	struct imp im;
	struct kb_article mended;
	struct kb_buf b = { 0 };
	size_t i, yaml_len;
	int rc = 0;

	*yaml = NULL;
	if (len != NULL)
		*len = 0;
	memset(&im, 0, sizeof im);
	im.a = a;
	im.used = calloc(a->n_lines + 2, 1);
	if (im.used == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", a->name);
		goto out;
	}
	/* a root misspelt beyond what the key readers mend: every pass
	 * reads the line with it written right */
	if (imp_mend_roots(&im, &mended))
		im.a = &mended;
	for (i = a->body_first; i < a->body_end && !im.cluster_log; i++)
		if (imp_ci_find(imp_line_at(&im, i), "cluster log") != NULL ||
		    imp_ci_find(imp_line_at(&im, i), "cluster.log") != NULL)
			im.cluster_log = 1;
	imp_scan_events(&im);
	imp_scan_logs(&im);
	imp_scan_event_number_list(&im);
	imp_scan_prose_events(&im);
	imp_scan_errors(&im);
	imp_link_events(&im);
	imp_demote_event_catalogue(&im);
	imp_scan_regini_files(&im);
	imp_scan_ps_registry(&im);
	imp_scan_key_tables(&im);
	imp_scan_registry(&im);
	imp_scan_values_under_named_key(&im);
	imp_scan_orphan_values(&im);
	imp_scan_value_first(&im);
	imp_scan_key_trees(&im);
	imp_scan_ini_settings(&im);
	imp_scan_param_reference(&im);
	imp_scan_unplaced_value_labels(&im);
	imp_scan_regini(&im);
	imp_scan_question(&im);
	imp_scan_cause(&im);
	imp_scan_steps(&im);
	imp_note_sections(&im);
	imp_scan_named_in_prose(&im);
	imp_scan_column_tables(&im);
	imp_scan_fallback_values(&im);
	imp_scan_deleted_by_reference(&im);
	imp_scan_listed_added_when_missing(&im);
	imp_gate(&im);
	imp_scan_added_subkeys(&im);
	imp_scan_selected_subkeys(&im);
	imp_gate_conflicts(&im);
	imp_drop_shown_values(&im);
	imp_scan_undone_sets(&im);
	imp_scan_default_sets(&im);
	imp_scan_fix_options(&im);
	imp_scan_reinstalled_keys(&im);
	/* before the alternatives note, which names checks: a set the
	 * diagset pass drops is no alternative to give an 'applies' */
	imp_scan_diagnostic_sets(&im);
	imp_drop_bare_workplaces(&im);
	imp_note_alternatives(&im);
	imp_note_cases(&im);
	imp_cite_errors(&im);
	imp_cite_events(&im);
	imp_cite_checks(&im);
	review_unplaced(&im);
	if (im.oom) {
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", a->name);
		goto out;
	}
	imp_write_draft(&im, &b);
	if (im.oom || b.oom) {
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", a->name);
		goto out;
	}
	if (stats != NULL) {
		memset(stats, 0, sizeof *stats);
		stats->n_events = im.n_events;
		stats->n_errors = im.n_errors;
		stats->n_checks = im.n_checks;
		stats->n_evidence = im.n_evidence;
		for (i = 0; i < im.n_evidence; i++)
			if (im.evidence[i].n_patterns > 1)
				stats->n_sequences++;
		stats->n_steps = im.n_steps + im.n_checks;
		stats->n_reviews = im.n_reviews;
	}
	yaml_len = b.len;
	*yaml = kb_buf_steal(&b);
	if (*yaml == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", a->name);
		goto out;
	}
	if (len != NULL)
		*len = yaml_len;
out:
	kb_buf_free(&b);
	imp_free(&im);
	return rc;
}
