/* kbverify.c: a rule's cited facts checked against its article's lines
 * (kbverify.h).
 *
 * The cited lines are joined and normalised once per fact: articles wrap
 * long key paths and messages anywhere, write HKEY_LOCAL_MACHINE or HKLM,
 * CurrentControlSet or ControlSet001, and vary the letter case, none of
 * which changes the fact. */
#include "kbwiz/kbverify.h"
#include "kbwiz/kbverify_prose.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "kbwiz/fsutil.h"
#include "kbwiz/library.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"

struct verifier {
	const struct rule *r;
	const struct kb_article *a;
	kbverify_fn fn;
	void *ctx;
	size_t n;
	int oom;
};

/* ---- text ---------------------------------------------------------------- */

static int starts_ci(const char *s, const char *word)
{
	return strncasecmp(s, word, strlen(word)) == 0;
}

/* Lower case, white space runs as one space, no space beside a backslash
 * (a path wrapped after or before '\'), HKEY_LOCAL_MACHINE as hklm, and
 * CurrentControlSet / ControlSet00N as ccs.  With no_spaces every space
 * goes: for a name wrapped in its middle. */
static char *normalise(const char *s, int no_spaces)
{
	size_t len = strlen(s), o = 0;
	char *out = malloc(len + 1);

	if (out == NULL)
		return NULL;
	while (*s != '\0') {
		if (isspace((unsigned char)*s)) {
			while (isspace((unsigned char)*s))
				s++;
			if (!no_spaces && o > 0 && out[o - 1] != '\\' && *s != '\\' && *s != '\0')
				out[o++] = ' ';
			continue;
		}
		if (starts_ci(s, "hkey_local_machine")) {
			memcpy(out + o, "hklm", 4);
			o += 4;
			s += 18;
			continue;
		}
		if (starts_ci(s, "currentcontrolset")) {
			memcpy(out + o, "ccs", 3);
			o += 3;
			s += 17;
			continue;
		}
		if (starts_ci(s, "controlset") && isdigit((unsigned char)s[10])) {
			memcpy(out + o, "ccs", 3);
			o += 3;
			for (s += 10; isdigit((unsigned char)*s); s++)
				;
			continue;
		}
		out[o++] = (char)tolower((unsigned char)*s);
		s++;
	}
	/* A trailing space before a backslash was written before we saw it. */
	out[o] = '\0';
	return out;
}

/* needle found in hay, both normalised the same way (spaces kept, then
 * dropped). */
int kbverify_text_has(const char *hay, const char *needle)
{
	char *h = normalise(hay, 0), *n = normalise(needle, 0);
	int found = 0;

	if (h != NULL && n != NULL) {
		found = strstr(h, n) != NULL;
		if (!found) {
			free(h);
			free(n);
			h = normalise(hay, 1);
			n = normalise(needle, 1);
			found = h != NULL && n != NULL && strstr(h, n) != NULL;
		}
	}
	free(h);
	free(n);
	return found;
}

/* The cited lines joined with spaces (a wrapped line goes on). */
static char *cited_text(const struct kb_article *a, const struct rule_cite *c)
{
	struct kb_buf b = { 0 };
	size_t i;
	int l;

	for (i = 0; i < c->n_ranges; i++)
		for (l = c->ranges[i].first; l <= c->ranges[i].last; l++) {
			kb_buf_puts(&b, kb_article_line(a, (size_t)l));
			kb_buf_puts(&b, " ");
		}
	return kb_buf_steal(&b);
}

/* The n bytes at w are a code written in hex with no 0x, as articles
 * write them: "80070721", "00000050" (eight digits, an HRESULT's or a
 * STOP code's shape), "0E", "0014" (a leading zero), "7B", "38a" (a
 * letter), "c0000006H" (the assembler's suffix); one digit at least, so
 * that a word such as "add" is no number. */
static int hex_written(const char *w, size_t n)
{
	size_t digits = strspn(w, "0123456789abcdefABCDEF"), dec = 0, i;
	int suffixed = n > 1 && digits == n - 1 && (w[n - 1] == 'h' || w[n - 1] == 'H');

	if ((digits != n && !suffixed) || digits > 8)
		return 0;
	for (i = 0; i < digits; i++)
		dec += isdigit((unsigned char)w[i]) != 0;
	return dec > 0 && (suffixed || dec < digits || digits == 8 || (digits >= 2 && w[0] == '0'));
}

/* "NET3055", "SYS1733", "Mmsystem326", "ASP0115": a message number
 * glued to its component's letters (two to eight, then three to five
 * digits ending the word); the number in *v. */
static int prefixed_code(const char *w, size_t n, unsigned long long *v)
{
	size_t letters = 0;

	while (letters < n && isalpha((unsigned char)w[letters]))
		letters++;
	if (letters < 2 || letters > 8 || n - letters < 3 || n - letters > 5 ||
	    strspn(w + letters, "0123456789") != n - letters)
		return 0;
	*v = strtoull(w + letters, NULL, 10);
	return 1;
}

/* The word at start in text is written with a minus sign before it
 * ("error -1022", "(-1811)"): a negative code, which a rule holds as
 * its 32-bit two's complement. */
static int negative_written(const char *text, const char *start)
{
	return start > text && start[-1] == '-' &&
	       (start - 1 == text || !isalnum((unsigned char)start[-2]));
}

/* Every number written in text (decimal, 0x hex, a negative decimal,
 * or hex as hex_written() reads it) is compared with want; only decimal
 * runs of digits when decimal_only. */
int kbverify_text_has_number(const char *text, unsigned long long want,
			     int decimal_only)
{
	const char *p = text;

	while (*p != '\0') {
		const char *start = p;
		unsigned long long v;
		char *end;

		if (!isalnum((unsigned char)*p)) {
			p++;
			continue;
		}
		if (decimal_only) {
			/* Exports glue fields together ("7023Service Control
			 * Manager"): a run of digits after a non-letter counts,
			 * and a message number glued to its component's letters
			 * ("message NMI0210", the MTA's number for event 210). */
			const char *word = p;
			while (isalpha((unsigned char)*p) || *p == '_')
				p++;
			start = p;
			while (isdigit((unsigned char)*p))
				p++;
			if (p > start && p - start <= 20 && (start == text || !isalpha((unsigned char)start[-1])) &&
			    strtoull(start, NULL, 10) == want)
				return 1;
			if (p > start && !isalnum((unsigned char)*p) && *p != '_' &&
			    prefixed_code(word, (size_t)(p - word), &v) && v == want)
				return 1;
			while (isalnum((unsigned char)*p) || *p == '_')
				p++;
			continue;
		}
		while (isalnum((unsigned char)*p) || *p == '_')
			p++;
		if ((size_t)(p - start) > 20)
			continue;
		if (start[0] == '0' && (start[1] == 'x' || start[1] == 'X')) {
			v = strtoull(start + 2, &end, 16);
			if (end == p - 1 && (*end == 'h' || *end == 'H'))
				end++;          /* "0x000000C1H": the assembler's 'h' too */
			/* "0XC00000005": an NTSTATUS with one zero too many, as
			 * the importer reads it (one zero after the C dropped) */
			if (end == p && p - start == 11 && (start[2] == 'c' || start[2] == 'C') && start[3] == '0' &&
			    start[10] != '0' && ((v & 0xF00000000ULL) >> 4 | (v & 0x0FFFFFFFULL)) == want)
				return 1;
		} else if (starts_ci(p, " (hex)") && strspn(start, "0123456789abcdefABCDEF") == (size_t)(p - start)) {
			v = strtoull(start, &end, 16);  /* "code 109 (hex)" */
		} else {
			v = strtoull(start, &end, 10);
			if (end == p && negative_written(text, start) && v > 0 && v <= 0x80000000ULL &&
			    0x100000000ULL - v == want)
				return 1;
			if (end != p && prefixed_code(start, (size_t)(p - start), &v) && v == want)
				return 1;
			if (end != p || v != want) {
				if (!hex_written(start, (size_t)(p - start)))
					continue;
				v = strtoull(start, &end, 16);
				if (end == p - 1)
					end++;          /* the assembler's 'h' */
			}
		}
		if (end == p && v == want)
			return 1;
	}
	return 0;
}

/* Whether text says its numbers are hex: "Radix: Hex", "hexadecimal",
 * "(hex)", a whole word. */
static int says_hex(const char *text)
{
	const char *p;

	for (p = text; *p != '\0'; p++)
		if ((p == text || !isalpha((unsigned char)p[-1])) && starts_ci(p, "hex") &&
		    (!isalpha((unsigned char)p[3]) || (starts_ci(p, "hexadecimal") && !isalpha((unsigned char)p[11]))))
			return 1;
	return 0;
}

int kbverify_text_has_datum(const char *text, unsigned long long want)
{
	const char *p = text, *start;

	if (kbverify_text_has_number(text, want, 0))
		return 1;
	if (!says_hex(text))
		return 0;
	/* "Data: 100" over "Radix: Hex": every word of hex digits with a
	 * digit in it is read as hex */
	while (*p != '\0') {
		if (!isalnum((unsigned char)*p)) {
			p++;
			continue;
		}
		start = p;
		while (isalnum((unsigned char)*p) || *p == '_')
			p++;
		if (p - start <= 8 && strspn(start, "0123456789abcdefABCDEF") == (size_t)(p - start) &&
		    strcspn(start, "0123456789") < (size_t)(p - start) && strtoull(start, NULL, 16) == want)
			return 1;
	}
	return 0;
}

/* A word of hex digits, even in count, read as bytes into row (room for
 * `room` more past *n) by the rule format's reader, rule_hex_scan(); 0
 * when the word (letters, digits, '_' from w to end, never a separator:
 * the row's blanks and commas are the caller's) is anything else (its
 * first bytes may then lie past *n, which the row does not count). */
static int hex_word(const char *w, const char *end, unsigned char *row, size_t *n,
		    size_t room)
{
	struct rule_hex_scan r;

	if (rule_hex_scan(w, (size_t)(end - w), row + *n, room, &r) != RULE_HEX_OK)
		return 0;
	*n += r.n;
	return 1;
}

/* A row of words read as bytes: where each word starts in b, and what
 * kind of word it is. */
struct byte_row {
	unsigned char *b;
	size_t n;
	size_t *at;          /* word i's first byte */
	unsigned char *kind; /* word i: WORD_* */
	size_t words;
};

enum { WORD_BYTES, WORD_LETTERS, WORD_NUMBER };

/* Letters only ("be", "add", "face") may be prose around the data;
 * digits only and more than one byte ("2000", "1381") a number. */
static int word_kind(const char *w, const char *end)
{
	size_t len = (size_t)(end - w), digits = 0, i;

	for (i = 0; i < len; i++)
		digits += isdigit((unsigned char)w[i]) != 0;
	if (digits == 0)
		return WORD_LETTERS;
	return digits == len && len > 2 ? WORD_NUMBER : WORD_BYTES;
}

/* The rule's data is words first..last-1 of the row, every byte of
 * them: not a part of a word or of the data's row.  Only words of
 * letters may stand before or after it in the row, as prose ("must be
 * 01 00").  A glued number reads as hex only by chance, so it is the
 * data only alone and when the rule wrote its bytes joined up too. */
static int row_is(const struct byte_row *row, const unsigned char *want, size_t n,
		  int joined)
{
	size_t first, last, k, end;

	for (first = 0; first < row->words; first++) {
		for (last = row->words; last > first; last--) {
			end = last < row->words ? row->at[last] : row->n;
			if (end - row->at[first] == n &&
			    memcmp(row->b + row->at[first], want, n) == 0) {
				for (k = first; k < last && row->kind[k] != WORD_NUMBER; k++)
					;
				if (k == last || (last - first == 1 && joined))
					return 1;
			}
			if (row->kind[last - 1] != WORD_LETTERS)
				break;
		}
		if (row->kind[first] != WORD_LETTERS)
			break;
	}
	return 0;
}

int kbverify_text_has_bytes(const char *text, const unsigned char *want,
			    size_t n, int joined)
{
	/* A row never holds more bytes, or words, than the text has
	 * characters / 2. */
	size_t cap = strlen(text) / 2 + 1;
	struct byte_row row = { malloc(cap), 0, malloc(cap * sizeof(size_t)), malloc(cap), 0 };
	const char *p = text;
	int found = 0;

	if (row.b == NULL || row.at == NULL || row.kind == NULL) {
		found = -1;
		goto out;
	}
	if (n == 0)
		goto out;
	while (*p != '\0' && !found) {
		const char *w = p;
		size_t at = row.n;

		if (*p == ' ' || *p == '\t' || *p == ',' || *p == '\\' ||
		    *p == '\r' || *p == '\n') {
			p++;
			continue;
		}
		while (isalnum((unsigned char)*p) || *p == '_')
			p++;
		if (p > w && hex_word(w, p, row.b, &row.n, cap - row.n)) {
			row.at[row.words] = at;
			row.kind[row.words++] = (unsigned char)word_kind(w, p);
			continue;
		}
		/* Another word or mark ends the row. */
		found = row_is(&row, want, n, joined);
		row.n = row.words = 0;
		if (p == w)
			p++;
	}
	found = found || row_is(&row, want, n, joined);
out:
	free(row.b);
	free(row.at);
	free(row.kind);
	return found;
}

/* "Source:", "SOURCE -", "Source =" : the lines name an event source. */
static int names_a_source(const char *text)
{
	const char *p;

	for (p = text; *p != '\0'; p++) {
		const char *q = p + 6;
		if (!starts_ci(p, "source"))
			continue;
		while (*q == ' ' || *q == '\t')
			q++;
		if (*q == ':' || *q == '=' || *q == '-')
			return 1;
	}
	return 0;
}

/* ---- problems ------------------------------------------------------------ */

static void trimmed_line(const struct kb_article *a, size_t n, char *buf,
			 size_t size)
{
	const char *s = kb_article_line(a, n);
	size_t len;

	while (isspace((unsigned char)*s))
		s++;
	len = strlen(s);
	while (len > 0 && isspace((unsigned char)s[len - 1]))
		len--;
	if (len > 120)
		snprintf(buf, size, "%.117s...", s);
	else
		snprintf(buf, size, "%.*s", (int)len, s);
}

static void problem(struct verifier *v, int line, const char *field,
		    const struct rule_cite *c, const char *rule_says,
		    const char *message)
{
	struct kbverify_problem p = { 0 };
	char says[160];

	p.rule_file = v->r->source_path != NULL ? v->r->source_path : v->r->id;
	p.rule_line = line;
	p.field = field;
	p.rule_says = rule_says;
	p.message = message;
	if (c != NULL && c->n_ranges > 0 && message == NULL) {
		p.article_line = (size_t)c->ranges[0].first;
		trimmed_line(v->a, p.article_line, says, sizeof says);
		p.article_says = says;
	}
	v->n++;
	if (v->fn != NULL)
		v->fn(v->ctx, &p);
}

/* The fact's source is given and points inside the article.  0 when its
 * content can be checked, 1 when it is inferred or broken (reported). */
static int source_ok(struct verifier *v, const struct rule_cite *c, int line,
		     const char *field)
{
	char msg[200];
	size_t i;

	if (c->inferred != NULL)
		return 1;
	if (c->n_ranges == 0) {
		problem(v, line, field, NULL, NULL,
			"neither 'cite' (the article's lines) nor 'inferred' (kbwiz's reason)");
		return 1;
	}
	for (i = 0; i < c->n_ranges; i++)
		if ((size_t)c->ranges[i].last > v->a->n_lines) {
			snprintf(msg, sizeof msg, "cites line %d, but %s has %zu lines",
				 c->ranges[i].last, v->a->id, v->a->n_lines);
			problem(v, c->line > 0 ? c->line : line, field, NULL, NULL, msg);
			return 1;
		}
	return 0;
}

static void want_text(struct verifier *v, const char *cited,
		      const struct rule_cite *c, int line, const char *field,
		      const char *rule_says)
{
	if (rule_says != NULL && !kbverify_text_has(cited, rule_says))
		problem(v, line, field, c, rule_says, NULL);
}

/* Messages end in a full stop in one place and not in another. */
static void want_message(struct verifier *v, const char *cited,
			 const struct rule_cite *c, int line, const char *field,
			 const char *message)
{
	char *m;
	size_t len;

	if (message == NULL)
		return;
	m = strdup(message);
	if (m == NULL) {
		v->oom = 1;
		return;
	}
	len = strlen(m);
	while (len > 0 && (m[len - 1] == '.' || isspace((unsigned char)m[len - 1])))
		m[--len] = '\0';
	if (!kbverify_text_has(cited, m))
		problem(v, line, field, c, message, NULL);
	free(m);
}

static void want_number(struct verifier *v, const char *cited,
			const struct rule_cite *c, int line, const char *field,
			unsigned long long n, int decimal_only)
{
	char says[48];

	if (kbverify_text_has_number(cited, n, decimal_only))
		return;
	if (decimal_only || n < 10)
		snprintf(says, sizeof says, "%llu", n);
	else
		snprintf(says, sizeof says, "%llu (0x%llX)", n, n);
	problem(v, line, field, c, says, NULL);
}

/* Articles often quote only an error's message ("An instance of the
 * service is already running") where the event holds its number (%%1056).
 * These are Windows' own texts for the Win32 codes the rules use (winerror.h):
 * a cited message vouches for its code. */
static const struct {
	unsigned code;
	const char *message;
} win32_messages[] = {
	{ 2, "The system cannot find the file specified" },
	{ 3, "The system cannot find the path specified" },
	{ 5, "Access is denied" },
	{ 13, "The data is invalid" },
	{ 31, "A device attached to the system is not functioning" },
	{ 193, "is not a valid Windows NT application" },
	{ 193, "is not a valid application" },
	{ 1053, "The service did not respond to the start or control request in a timely fashion" },
	{ 1056, "An instance of the service is already running" },
	{ 1058, "The service cannot be started, either because it is disabled" },
	{ 1062, "The service has not been started" },
	{ 1060, "The specified service does not exist as an installed service" },
	{ 1067, "The process terminated unexpectedly" },
	{ 1068, "The dependency service or group failed to start" },
	{ 1069, "The service did not start due to a logon failure" },
	{ 1075, "The dependency service does not exist or has been marked for deletion" },
	{ 1079, "The account specified for this service is different from the account specified for other services running in the same process" },
	{ 1306, "Indicated two revision levels are incompatible" },
	{ 1311, "There are currently no logon servers available to service the logon request" },
	{ 1720, "The endpoint cannot be created" },
	{ 1722, "The RPC server is unavailable" },
};

static int message_vouches_for(const char *cited, unsigned long long code)
{
	size_t i;

	for (i = 0; i < sizeof win32_messages / sizeof win32_messages[0]; i++)
		if (win32_messages[i].code == code && kbverify_text_has(cited, win32_messages[i].message))
			return 1;
	return 0;
}

static void want_error_code(struct verifier *v, const char *cited,
			    const struct rule_cite *c, int line, const char *field,
			    unsigned code)
{
	if (message_vouches_for(cited, code))
		return;
	want_number(v, cited, c, line, field, code, 0);
}

/* ---- prose --------------------------------------------------------------- */

struct prose_ctx {
	struct verifier *v;
	int line;
	const char *field;
	const struct rule_cite *c;
};

static void prose_problem(void *ctx, const char *word, const char *kind)
{
	struct prose_ctx *pc = ctx;
	char lines[120], msg[400];

	rule_cite_format(pc->c, lines, sizeof lines);
	snprintf(msg, sizeof msg,
		 "says \"%.120s\" (%s), which article line%s %s do%s not say: reword it, or give it its own item with 'inferred'",
		 word, kind, strchr(lines, '-') != NULL || strchr(lines, ',') != NULL ? "s" : "",
		 lines, strchr(lines, '-') != NULL || strchr(lines, ',') != NULL ? "" : "es");
	problem(pc->v, pc->line, pc->field, NULL, NULL, msg);
}

/* Our words for a cited fact say only what its lines say: names, numbers
 * and the kind of each claim (kbverify_prose.h).  Inferred prose is ours
 * and said to be. */
static void verify_prose(struct verifier *v, const struct rule_cite *c,
			 int line, const char *field, const char *text)
{
	struct prose_ctx pc = { v, line, field, c };
	char *cited;
	size_t i;

	if (text == NULL || !rule_cite_is_article(c))
		return;
	for (i = 0; i < c->n_ranges; i++)
		if ((size_t)c->ranges[i].last > v->a->n_lines)
			return;         /* reported by source_ok */
	if ((cited = cited_text(v->a, c)) == NULL) {
		v->oom = 1;
		return;
	}
	if (kbverify_prose(text, cited, prose_problem, &pc) < 0)
		v->oom = 1;
	free(cited);
}

/* ---- facts --------------------------------------------------------------- */

static void field_name(char *buf, size_t size, const char *base, size_t i,
		       const char *sub)
{
	if (sub != NULL)
		snprintf(buf, size, "%s[%zu].%s", base, i, sub);
	else
		snprintf(buf, size, "%s[%zu]", base, i);
}

static void verify_symptom(struct verifier *v, const struct rule_symptom *s,
			   size_t i)
{
	char f[96];
	char *cited;
	size_t k;

	field_name(f, sizeof f, "symptoms", i, NULL);
	if (source_ok(v, &s->cite, s->line, f) != 0)
		return;
	field_name(f, sizeof f, "symptoms", i, "description");
	verify_prose(v, &s->cite, s->line, f, s->description);
	field_name(f, sizeof f, "symptoms", i, "question");
	verify_prose(v, &s->cite, s->line, f, s->question);
	if ((cited = cited_text(v->a, &s->cite)) == NULL) {
		v->oom = 1;
		return;
	}
	switch (s->kind) {
	case SYMPTOM_EVENT:
		field_name(f, sizeof f, "symptoms", i, "event.id");
		want_number(v, cited, &s->cite, s->line, f, s->event_id, 1);
		/* Some articles list events without their source: the
		 * source is then checked only where the lines name one. */
		field_name(f, sizeof f, "symptoms", i, "event.source");
		if (names_a_source(cited))
			want_text(v, cited, &s->cite, s->line, f, s->source);
		for (k = 0; k < s->n_text; k++) {
			char sub[40];
			snprintf(sub, sizeof sub, "event.text[%zu]", k);
			field_name(f, sizeof f, "symptoms", i, sub);
			want_text(v, cited, &s->cite, s->line, f, s->text[k]);
		}
		if (s->error_code != 0) {
			field_name(f, sizeof f, "symptoms", i, "event.error");
			want_error_code(v, cited, &s->cite, s->line, f, s->error_code);
		}
		field_name(f, sizeof f, "symptoms", i, "event.message");
		want_message(v, cited, &s->cite, s->line, f, s->message);
		break;
	case SYMPTOM_ERROR:
		field_name(f, sizeof f, "symptoms", i, "error.code");
		want_error_code(v, cited, &s->cite, s->line, f, s->error_code);
		field_name(f, sizeof f, "symptoms", i, "error.message");
		want_message(v, cited, &s->cite, s->line, f, s->message);
		break;
	case SYMPTOM_QUESTION:
		/* Our question about the article's situation: the cite is
		 * the check. */
		break;
	}
	free(cited);
}

static int regex_matches_lines(struct verifier *v, const char *re,
			       const struct rule_cite *c, const char *joined)
{
	pcre2_code *code;
	pcre2_match_data *md;
	int errcode, found = 0, l;
	PCRE2_SIZE off;
	size_t i;

	code = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED, PCRE2_UTF,
			     &errcode, &off, NULL);
	if (code == NULL)
		return 0;
	md = pcre2_match_data_create_from_pattern(code, NULL);
	if (md == NULL) {
		v->oom = 1;
		pcre2_code_free(code);
		return 1;
	}
	for (i = 0; i < c->n_ranges && !found; i++)
		for (l = c->ranges[i].first; l <= c->ranges[i].last && !found; l++)
			found = pcre2_match(code, (PCRE2_SPTR)kb_article_line(v->a, (size_t)l),
					    PCRE2_ZERO_TERMINATED, 0, 0, md, NULL) >= 0;
	if (!found) {
		/* A log line wrapped by the article: the lines joined, their
		 * indentation folded into one space. */
		char *flat = strdup(joined);
		size_t r = 0, w = 0;
		if (flat == NULL) {
			v->oom = 1;
		} else {
			for (; flat[r] != '\0'; r++)
				if (!(isspace((unsigned char)flat[r]) && w > 0 &&
				      flat[w - 1] == ' '))
					flat[w++] = isspace((unsigned char)flat[r]) ? ' ' : flat[r];
			flat[w] = '\0';
			found = pcre2_match(code, (PCRE2_SPTR)flat, PCRE2_ZERO_TERMINATED, 0,
					    0, md, NULL) >= 0;
			free(flat);
		}
	}
	pcre2_match_data_free(md);
	pcre2_code_free(code);
	return found;
}

static void verify_evidence(struct verifier *v, const struct rule_evidence *e,
			    size_t i)
{
	char f[96], sub[48];
	size_t j;
	int block_ok;

	field_name(f, sizeof f, "evidence", i, NULL);
	/* A block's cite covers the patterns that give none of their own. */
	block_ok = e->cite.n_ranges > 0 || e->cite.inferred != NULL;
	if (block_ok && source_ok(v, &e->cite, e->line, f) != 0 && e->cite.inferred == NULL)
		return;
	if (block_ok) {
		field_name(f, sizeof f, "evidence", i, "description");
		verify_prose(v, &e->cite, e->line, f, e->description);
	}
	for (j = 0; j < e->n_patterns; j++) {
		const struct rule_pattern *p = &e->patterns[j];
		const struct rule_cite *c = &p->cite;
		char *cited;

		snprintf(sub, sizeof sub, "patterns[%zu]", j);
		field_name(f, sizeof f, "evidence", i, sub);
		if (c->n_ranges == 0 && c->inferred == NULL) {
			if (!block_ok) {
				field_name(f, sizeof f, "evidence", i, NULL);
				source_ok(v, &e->cite, e->line, f);
				return;
			}
			c = &e->cite;
		}
		if (c->inferred != NULL || source_ok(v, c, p->line, f) != 0)
			continue;
		if ((cited = cited_text(v->a, c)) == NULL) {
			v->oom = 1;
			return;
		}
		if (p->is_regex) {
			if (!regex_matches_lines(v, p->text, c, cited))
				problem(v, p->line, f, c, p->text, NULL);
		} else {
			want_text(v, cited, c, p->line, f, p->text);
		}
		free(cited);
	}
}

/* A key with a '*' component: the article names the parts around it
 * (the parent, then "the Parameters key of each service"), so each part
 * must be in the cited lines. */
static int wildcard_key_found(const char *cited, const char *key)
{
	const char *star = strstr(key, "\\*");
	char *head;
	int found;

	while (star != NULL && star[2] != '\0' && star[2] != '\\')
		star = strstr(star + 1, "\\*");
	if (star == NULL)
		return kbverify_key_found(cited, key);
	if ((head = strndup(key, (size_t)(star - key))) == NULL)
		return 0;
	found = kbverify_key_found(cited, head);
	free(head);
	if (found && star[2] == '\\')
		found = wildcard_key_found(cited, star + 3);
	return found;
}

/* Key components split on '\', normalised, without the HKLM root. */
int kbverify_key_found(const char *cited, const char *key)
{
	char *nt, *nk;

	if (rule_key_has_wildcard(key))
		return wildcard_key_found(cited, key);
	nt = normalise(cited, 0);
	nk = normalise(key, 0);
	const char *k, *cut;
	int found = 0;

	if (nt == NULL || nk == NULL)
		goto out;
	k = nk;
	if (strncmp(k, "hklm\\", 5) == 0)
		k += 5;
	if (strstr(nt, k) != NULL) {
		found = 1;
		goto out;
	}
	/* The article names the parent key in one place and the subkey
	 * under it in another ("...\Services" then "Winsock\Parameters"). */
	for (cut = strchr(k, '\\'); cut != NULL && !found; cut = strchr(cut + 1, '\\')) {
		char *head = strndup(k, (size_t)(cut - k));
		found = head != NULL && strstr(nt, head) != NULL && strstr(nt, cut + 1) != NULL;
		free(head);
	}
	if (!found) {
		free(nt);
		free(nk);
		nt = normalise(cited, 1);
		nk = normalise(key, 1);
		if (nt != NULL && nk != NULL)
			found = strstr(nt, strncmp(nk, "hklm\\", 5) == 0 ? nk + 5 : nk) != NULL;
	}
	/* "HKEY_LOCAL_MACHINE/SYSTEM/CurrentControlSet/Services": a path
	 * written with forward slashes, which the importer reads as one */
	if (!found && strchr(cited, '/') != NULL) {
		char *slashed = strdup(cited), *q;
		if (slashed != NULL) {
			for (q = slashed; *q != '\0'; q++)
				if (*q == '/')
					*q = '\\';
			found = kbverify_key_found(slashed, key);
			free(slashed);
		}
	}
out:
	free(nt);
	free(nk);
	return found;
}

/* The next "REG_" (any case) in p, or NULL. */
static const char *find_reg_prefix(const char *p)
{
	for (; *p != '\0'; p++)
		if (starts_ci(p, "REG_"))
			return p;
	return NULL;
}

/* The REG_ type names written in the cited lines: when there are some, the
 * rule's type must be among them. */
static int type_mismatch(const char *cited, enum kb_reg_type type)
{
	const char *p = cited;
	int seen = 0;

	while ((p = find_reg_prefix(p)) != NULL) {
		char name[40];
		size_t n = 0;
		int t;
		while (n + 1 < sizeof name && (isalnum((unsigned char)p[n]) || p[n] == '_')) {
			name[n] = p[n];
			n++;
		}
		name[n] = '\0';
		p += n > 0 ? n : 1;
		t = kb_reg_type_from_name(name);
		if (t < 0)
			continue;
		seen = 1;
		if (t == (int)type)
			return 0;
	}
	return seen;
}

static void verify_check(struct verifier *v, const struct rule_check *c,
			 const char *base, size_t i)
{
	char f[96];
	char *cited;

	field_name(f, sizeof f, base, i, NULL);
	if (source_ok(v, &c->cite, c->line, f) != 0)
		return;
	field_name(f, sizeof f, base, i, "description");
	verify_prose(v, &c->cite, c->line, f, c->description);
	if ((cited = cited_text(v->a, &c->cite)) == NULL) {
		v->oom = 1;
		return;
	}
	field_name(f, sizeof f, base, i, "key");
	if (!kbverify_key_found(cited, c->key))
		problem(v, c->line, f, &c->cite, c->key, NULL);
	if (c->value != NULL) {
		field_name(f, sizeof f, base, i, "value");
		want_text(v, cited, &c->cite, c->line, f, c->value);
		if (c->type != KB_REG_NONE && type_mismatch(cited, c->type)) {
			field_name(f, sizeof f, base, i, "type");
			problem(v, c->line, f, &c->cite, kb_reg_type_name(c->type), NULL);
		}
	}
	field_name(f, sizeof f, base, i, "data");
	if (c->bytes != NULL) {
		int has = kbverify_text_has_bytes(cited, c->bytes, c->n_bytes, c->bytes_joined);
		if (has < 0)
			v->oom = 1;     /* not judged: no problem said of the rule */
		else if (has == 0)
			problem(v, c->line, f, &c->cite, c->data, NULL);
	} else if (c->expect == EXPECT_VALUE_EQUALS && (c->data == NULL || kb_reg_type_is_number(c->type))) {
		/* a number however the article writes it: "dword:00000800"
		 * for 0x800, "Data: 100" under "Radix: Hex" for 0x100 */
		if (!kbverify_text_has_datum(cited, c->number))
			want_number(v, cited, &c->cite, c->line, f, c->number, 0);
	}
	else if (c->expect == EXPECT_VALUE_EQUALS || c->expect == EXPECT_MULTI_SZ_CONTAINS ||
		 c->expect == EXPECT_NOT_CONTAINS)
		want_text(v, cited, &c->cite, c->line, f, c->data);
	free(cited);
}

/* A registry step that gave no text gets the loader's words: a short verb
 * and its check's key ("Create the key HKLM\..."), which is verified with
 * the check, against the check's lines. */
static int loader_words(const struct rule *r, const struct rule_fix *f)
{
	const struct rule_check *c;
	size_t tlen, klen;

	if (f->kind != FIX_REGISTRY || f->text == NULL || f->check_id == NULL ||
	    (c = rule_find_check(r, f->check_id)) == NULL)
		return 0;
	tlen = strlen(f->text);
	klen = strlen(c->key);
	return tlen > klen + 1 && tlen - klen - 1 <= 24 &&
	       strcmp(f->text + tlen - klen, c->key) == 0 && f->text[tlen - klen - 1] == ' ';
}

int kbverify_rule(const struct rule *r, const struct kb_article *a,
		  kbverify_fn fn, void *ctx, size_t *n_problems,
		  struct kb_error *err)
{
	struct verifier v = { r, a, fn, ctx, 0, 0 };
	char f[96];
	size_t i;

	if (r->trigger != NULL &&
	    source_ok(&v, &r->trigger_cite, r->trigger_cite.line, "trigger") == 0)
		verify_prose(&v, &r->trigger_cite, r->trigger_cite.line, "trigger", r->trigger);
	if (source_ok(&v, &r->cause_cite, r->cause_cite.line, "cause") == 0)
		verify_prose(&v, &r->cause_cite, r->cause_cite.line, "cause", r->cause);
	for (i = 0; i < r->n_applies; i++)
		verify_check(&v, &r->applies[i], "applies", i);
	for (i = 0; i < r->n_symptoms; i++)
		verify_symptom(&v, &r->symptoms[i], i);
	for (i = 0; i < r->n_evidence; i++)
		verify_evidence(&v, &r->evidence[i], i);
	for (i = 0; i < r->n_checks; i++)
		verify_check(&v, &r->checks[i], "checks", i);
	for (i = 0; i < r->n_fixes; i++) {
		field_name(f, sizeof f, "remediation", i, NULL);
		if (source_ok(&v, &r->fixes[i].cite, r->fixes[i].line, f) == 0 &&
		    !loader_words(r, &r->fixes[i]))
			verify_prose(&v, &r->fixes[i].cite, r->fixes[i].line, f, r->fixes[i].text);
	}
	if (n_problems != NULL)
		*n_problems = v.n;
	if (v.oom)
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory while verifying",
				 r->id);
	return 0;
}

/* ---- finding the article ------------------------------------------------- */

/* The places a folder may hold Q262832: flat (any case of .txt), or the
 * archive's txt/262/Q262832.TXT. */
static int find_in_dir(const char *dir, const char *id, char *out, size_t size)
{
	const char *digits = id;
	char three[4];
	int i;

	while (*digits != '\0' && !isdigit((unsigned char)*digits))
		digits++;
	snprintf(three, sizeof three, "%.3s", digits);
	for (i = 0; i < 6; i++) {
		switch (i) {
		case 0: snprintf(out, size, "%s/%s.txt", dir, id); break;
		case 1: snprintf(out, size, "%s/%s.TXT", dir, id); break;
		case 2: snprintf(out, size, "%s/txt/%s/%s.TXT", dir, three, id); break;
		case 3: snprintf(out, size, "%s/txt/%s/%s.txt", dir, three, id); break;
		case 4: snprintf(out, size, "%s/%s/%s.TXT", dir, three, id); break;
		default: snprintf(out, size, "%s/%s/%s.txt", dir, three, id); break;
		}
		if (kb_is_regular_file(out))
			return 1;
	}
	return 0;
}

int kbverify_find_article(const char *article_id, const char *const *paths,
			  size_t n_paths, struct kb_store *s,
			  struct kb_article **out, struct kb_error *err)
{
	char path[4200], id[20];
	size_t i;
	int rc;

	*out = NULL;
	/* Article files are named in upper case: Q262832. */
	snprintf(id, sizeof id, "%s", article_id);
	for (i = 0; id[i] != '\0'; i++)
		id[i] = (char)toupper((unsigned char)id[i]);
	for (i = 0; i < n_paths; i++) {
		struct kb_article *a = NULL;

		if (kb_is_dir(paths[i])) {
			if (!find_in_dir(paths[i], id, path, sizeof path))
				continue;
			return kb_article_load(path, out, err);
		}
		/* A file: the article it holds, whatever its name. */
		if ((rc = kb_article_load(paths[i], &a, err)) != 0)
			return rc;
		if (strcasecmp(a->id, id) == 0) {
			*out = a;
			return 0;
		}
		kb_article_free(a);
	}
	if (s != NULL) {
		struct library_article *la = NULL;

		rc = library_get(s, id, &la, err);
		if (rc == 0) {
			rc = kb_article_parse(la->source_path, la->text, la->text_len, out, err);
			library_article_free(la);
			return rc;
		}
		if (rc != KB_ENOTFOUND)
			return rc;
	}
	return kb_errorf(err, KB_ENOTFOUND,
			 "%s: article not found (give it with --articles FILE|DIR, or add it with 'kbwiz kb library add')",
			 id);
}
