/* kbimport.c: a parsed KB article -> a draft rule in YAML (kbimport.h).
 *
 * The article is read in passes that each claim the lines they use, so
 * that one fact is not read twice in two roles: event blocks first (their
 * descriptions may name keys and errors that are part of the event's
 * text), then log excerpts, then error messages, then registry keys and
 * their values, then the steps of RESOLUTION / WORKAROUND.  What is found
 * is collected first and written out at the end, so the review items can
 * name the fields they concern by their final index. */
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

/* Extracts of prose for a person to rewrite stay this short: enough to
 * find the place in the article, too short to be the article's text. */
#define EXTRACT_WORDS 12

/* ---- YAML scalars --------------------------------------------------------- */

/* YAML streams are UTF-8 and single-quoted scalars may hold only
 * printable characters; anything else needs a double-quoted escape. */
static void put_yaml_quoted(struct kb_buf *b, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, n = strlen(s), k;
	unsigned cp;
	int plain = 1;

	for (i = 0; i < n && plain;) {
		if (u[i] < 0x20 || u[i] == 0x7F) {
			plain = 0;
		} else if (u[i] < 0x80) {
			i++;
		} else {
			k = kb_utf8_decode(u + i, n - i, &cp);
			if (k == 0 || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 ||
			    cp == 0x2029 || cp == 0xFEFF || (cp >= 0xD800 && cp <= 0xDFFF) ||
			    cp == 0xFFFE || cp == 0xFFFF)
				plain = 0;
			i += k ? k : 1;
		}
	}
	/* libfyaml 0.8 misreads runs of doubled quotes ('''') in block
	 * context (the scalar comes back cut short or holding a NUL), so
	 * such strings, and strings starting or ending with a quote, go
	 * double-quoted. */
	if (plain && (strstr(s, "''") != NULL || s[0] == '\'' ||
		      (n > 0 && s[n - 1] == '\'')))
		plain = 0;
	if (plain) {
		kb_buf_add(b, "'", 1);
		for (i = 0; i < n; i++) {
			if (u[i] == '\'')
				kb_buf_add(b, "''", 2);
			else
				kb_buf_add(b, s + i, 1);
		}
		kb_buf_add(b, "'", 1);
		return;
	}
	kb_buf_add(b, "\"", 1);
	for (i = 0; i < n;) {
		if (u[i] == '"' || u[i] == '\\') {
			kb_buf_add(b, "\\", 1);
			kb_buf_add(b, s + i, 1);
			i++;
		} else if (u[i] == '\t') {
			kb_buf_add(b, "\\t", 2);
			i++;
		} else if (u[i] < 0x20 || u[i] == 0x7F) {
			kb_buf_printf(b, "\\x%02X", u[i]);
			i++;
		} else if (u[i] < 0x80) {
			kb_buf_add(b, s + i, 1);
			i++;
		} else {
			k = kb_utf8_decode(u + i, n - i, &cp);
			if (k == 0) {
				/* not UTF-8: the byte cannot be carried */
				kb_buf_add(b, "\\uFFFD", 6);
				i++;
			} else if ((cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
				   cp == 0xFEFF || (cp >= 0xD800 && cp <= 0xDFFF) ||
				   cp == 0xFFFE || cp == 0xFFFF) {
				kb_buf_printf(b, "\\u%04X", cp);
				i += k;
			} else {
				kb_buf_add(b, s + i, k);
				i += k;
			}
		}
	}
	kb_buf_add(b, "\"", 1);
}

char *kb_yaml_quote(const char *s)
{
	struct kb_buf b = { 0 };

	put_yaml_quoted(&b, s);
	return kb_buf_steal(&b);
}

/* ---- what the import collects ---------------------------------------------- */

struct imp_event {
	unsigned id;
	const char *source;
	const char *log;
	int log_guessed;
	const char *desc;       /* the description, joined (not emitted) */
	const char *code_text;  /* error code found for it, as written */
	const char *message;
	size_t line;
};

struct imp_error {
	const char *code_text;  /* as it will be written: "1720", "0x6B8" */
	uint32_t code;
	const char *message;
	size_t line;
};

enum imp_expect { IE_EXISTS, IE_CONTAINS, IE_EQUALS };

struct imp_check {
	const char *id;
	const char *key;
	const char *value;
	const char *type;
	enum imp_expect expect;
	const char *data;
	size_t line;
	size_t key_line;        /* the line naming the key, when apart */
	size_t key_last;        /* ... its last line when wrapped */
	size_t line_last;       /* the value's last line (type, data) */
	int repair;             /* the article asks to create or set it */
};

struct imp_evidence {
	const char *id;
	const char **patterns;
	size_t n_patterns;
	int cluster;
	size_t line;
};

enum step_kind { STEP_MANUAL, STEP_LAST_RESORT };

struct imp_step {
	const char *id;
	enum step_kind kind;
	const char *text;
	size_t line;
};

/* Which field a review item concerns; resolved to "checks[2]" when the
 * draft is written. */
enum target {
	T_NONE, T_TITLE, T_PUBLISHED, T_PRODUCTS, T_EVENT, T_ERROR, T_QUESTION,
	T_CAUSE, T_EVIDENCE, T_CHECK, T_STEP, T_SYMPTOMS, T_CHECKS, T_REMEDIATION,
};

struct imp_review {
	size_t line;
	enum target target;
	size_t index;
	const char *note;
};

struct imp {
	const struct kb_article *a;
	unsigned char *used;    /* per line: claimed by an earlier pass */
	int oom;
	int cluster_log;        /* the article speaks of the cluster log */
	size_t root_line;       /* last line naming HKEY_LOCAL_MACHINE alone */
	/* What the article asks for the key being read (article_asks());
	 * add_check() copies them into each check. */
	int cur_repair;
	size_t cur_key_line, cur_key_last, cur_value_last;

	struct imp_event *events;
	size_t n_events, cap_events;
	struct imp_error *errors;
	size_t n_errors, cap_errors;
	struct imp_check *checks;
	size_t n_checks, cap_checks;
	struct imp_evidence *evidence;
	size_t n_evidence, cap_evidence;
	struct imp_step *steps;
	size_t n_steps, cap_steps;
	struct imp_review *reviews;
	size_t n_reviews, cap_reviews;
	const char *question;   /* when nothing else is a symptom */
	size_t question_line;
	const char *cause;
	size_t cause_line;

	char **pool;            /* every string made here, freed at the end */
	size_t n_pool, cap_pool;
};

static void *push(struct imp *im, void **arr, size_t *n, size_t *cap, size_t elem)
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

#define PUSH(im, what) \
	push((im), (void **)&(im)->what, &(im)->n_##what, &(im)->cap_##what, sizeof *(im)->what)

static char *keep(struct imp *im, char *s)
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

static const char *dupn(struct imp *im, const char *s, size_t n)
{
	char *d = malloc(n + 1);

	if (d != NULL) {
		memcpy(d, s, n);
		d[n] = '\0';
	}
	return keep(im, d);
}

static const char *fmt(struct imp *im, const char *f, ...)
	__attribute__((format(printf, 2, 3)));

static const char *fmt(struct imp *im, const char *f, ...)
{
	va_list ap;
	char *s;

	va_start(ap, f);
	s = kb_strdup_vprintf(f, ap);
	va_end(ap);
	return keep(im, s);
}

static void review(struct imp *im, size_t line, enum target t, size_t index,
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

/* ---- text helpers ----------------------------------------------------------- */

static const char *line_at(const struct imp *im, size_t n)
{
	return kb_article_line(im->a, n);
}

static const char *skip_ws(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

static size_t indent_of(const char *s)
{
	return (size_t)(skip_ws(s) - s);
}

static int blank(const char *s)
{
	return *skip_ws(s) == '\0';
}

static size_t rtrim_len(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return n;
}

/* Case-insensitive search for an ASCII needle. */
static const char *ci_find(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	int c0;

	if (n == 0)
		return hay;
	/* The first byte is compared inline: this runs on every line of
	 * every article for a dozen words. */
	c0 = tolower((unsigned char)needle[0]);
	for (; *hay != '\0'; hay++)
		if (tolower((unsigned char)*hay) == c0 && strncasecmp(hay + 1, needle + 1, n - 1) == 0)
			return hay;
	return NULL;
}

static int starts_ci(const char *s, const char *prefix)
{
	return strncasecmp(s, prefix, strlen(prefix)) == 0;
}

/* Words of a step, matched as whole words ("set", not "settings"). */
static int has_word(const char *s, const char *w)
{
	const char *p;
	size_t n = strlen(w);

	for (p = s; (p = ci_find(p, w)) != NULL; p += n)
		if ((p == s || !isalpha((unsigned char)p[-1])) && !isalpha((unsigned char)p[n]))
			return 1;
	return 0;
}

/* The section holding line n, or NULL (the text before the first one). */
static const struct kb_article_section *section_of(const struct imp *im, size_t n)
{
	size_t i;

	for (i = 0; i < im->a->n_sections; i++)
		if (n >= im->a->sections[i].first_line && n < im->a->sections[i].end_line)
			return &im->a->sections[i];
	return NULL;
}

static int numbered_step(const char *s);

/* "REVIEW: " and the first words of the paragraph starting at line n
 * (skipping a leading "NOTE:"), then "..." when there is more. */
static const char *extract(struct imp *im, size_t n)
{
	struct kb_buf b = { 0 };
	size_t words = 0, end = im->a->body_end, start = n;
	int more = 0, first = 1;

	kb_buf_puts(&b, "REVIEW: ");
	/* A paragraph ends at a blank line or at the next numbered step. */
	for (; n < end && !blank(line_at(im, n)) && !more &&
	       (n == start || !numbered_step(line_at(im, n))); n++) {
		const char *s = line_at(im, n);
		for (;;) {
			const char *e;
			s = skip_ws(s);
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
			s = e;
		}
	}
	if (more)
		kb_buf_puts(&b, " ...");
	return keep(im, kb_buf_steal(&b));
}

/* A lower-case id from text: letters and digits, other runs become '-'. */
static void slug(const char *s, size_t n, char *out, size_t size)
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

/* ---- events ------------------------------------------------------------ */

static const char *const event_labels[] = {
	"Event ID", "Event Source", "Event Type", "Event Category", "Event Log",
	"Source", "Type", "Category", "Description", "Log", "Date", "Time",
	"User", "Computer", NULL,
};

/* Where label ("Source") starts in s as a field label (followed by ':' or
 * '='), or NULL.  *value is set past the separator. */
static const char *find_label(const char *s, const char *label, const char **value)
{
	const char *p = s, *q;
	size_t n = strlen(label);

	while ((p = ci_find(p, label)) != NULL) {
		if (p == s || !isalpha((unsigned char)p[-1])) {
			q = skip_ws(p + n);
			if (*q == ':' || *q == '=') {
				*value = skip_ws(q + 1);
				return p;
			}
		}
		p += n;
	}
	return NULL;
}

/* The value of label on line s, ending at the next label, a comma or the
 * line's end; trailing dots and quotes dropped. */
static const char *label_value(struct imp *im, const char *s, const char *label)
{
	const char *v, *end, *p, *dummy;
	size_t i;

	if (find_label(s, label, &v) == NULL)
		return NULL;
	end = v + strlen(v);
	for (i = 0; event_labels[i] != NULL; i++) {
		p = find_label(v, event_labels[i], &dummy);
		if (p != NULL && p < end)
			end = p;
	}
	if ((p = strchr(v, ',')) != NULL && p < end)
		end = p;
	while (end > v && (end[-1] == ' ' || end[-1] == '.' || end[-1] == '"' ||
			   end[-1] == '\t'))
		end--;
	while (v < end && *v == '"')
		v++;
	return dupn(im, v, (size_t)(end - v));
}

static const char *guess_log(struct imp *im, size_t first, const char *source,
			     int *guessed)
{
	size_t n;

	*guessed = 0;
	for (n = first > 5 ? first - 5 : 1; n <= first; n++) {
		const char *s = line_at(im, n);
		if (ci_find(s, "system log") || ci_find(s, "system event log"))
			return "System";
		if (ci_find(s, "application log") || ci_find(s, "application event log"))
			return "Application";
		if (ci_find(s, "security log"))
			return "Security";
	}
	*guessed = 1;
	if (source != NULL && ci_find(source, "exchange") != NULL)
		return "Application";
	return "System";
}

/* Sources as articles write them, as Event Viewer shows them: "SCM",
 * "ServiceControlManager" are the Service Control Manager; a trailing
 * colon ("Replicator:") is punctuation. */
static const char *known_source(struct imp *im, const char *source)
{
	size_t l = strlen(source);

	if (strcasecmp(source, "SCM") == 0 || strcasecmp(source, "ServiceControlManager") == 0 ||
	    strcasecmp(source, "Service Control Manager") == 0)
		return "Service Control Manager";
	while (l > 0 && (source[l - 1] == ':' || source[l - 1] == ' '))
		l--;
	return l < strlen(source) ? dupn(im, source, l) : source;
}

static int has_event(const struct imp *im, unsigned id, const char *source)
{
	size_t i;

	for (i = 0; i < im->n_events; i++)
		if (im->events[i].id == id && strcasecmp(im->events[i].source, source) == 0)
			return 1;
	return 0;
}

static void add_event(struct imp *im, unsigned long id, const char *source,
		      const char *log, const char *desc, size_t line, size_t ctx_line)
{
	struct imp_event *ev;
	int guessed = 0;

	if (id > 65535) {
		review(im, line, T_SYMPTOMS, 0,
		       fmt(im, "event ID %lu is out of range (0-65535): check it", id));
		return;
	}
	if (source == NULL || *source == '\0') {
		review(im, line, T_SYMPTOMS, 0,
		       fmt(im, "event %lu has no source in the article: fill in the source", id));
		source = "REVIEW: the article names no source";
	}
	source = known_source(im, source);
	if (has_event(im, (unsigned)id, source)) {
		review(im, line, T_SYMPTOMS, 0,
		       fmt(im, "event %lu from %s is named again here: it is drafted once", id, source));
		return;
	}
	if (log == NULL || *log == '\0')
		log = guess_log(im, ctx_line, source, &guessed);
	ev = PUSH(im, events);
	if (ev == NULL)
		return;
	ev->id = (unsigned)id;
	ev->source = source;
	ev->log = log;
	ev->log_guessed = guessed;
	ev->desc = desc;
	ev->line = line;
}

/* "Event ID  Source  Description" column headings, then rows. */
static size_t event_table(struct imp *im, size_t n)
{
	const char *h = line_at(im, n), *src, *desc;
	size_t src_col, desc_col = 0, r;

	/* Column headings: "Event ID", white space, "Source". */
	h = skip_ws(h);
	if (!starts_ci(h, "Event ID") || !starts_ci(skip_ws(h + 8), "Source") ||
	    skip_ws(h + 8) - (h + 8) < 2)
		return 0;
	h = line_at(im, n);
	src = ci_find(h, "Source");
	src_col = (size_t)(src - h);
	if ((desc = ci_find(h, "Description")) != NULL && desc > src)
		desc_col = (size_t)(desc - h);
	r = n + 1;
	if (r < im->a->body_end && strspn(skip_ws(line_at(im, r)), "- \t") ==
	    strlen(skip_ws(line_at(im, r))) && !blank(line_at(im, r)))
		r++;
	for (; r < im->a->body_end && !blank(line_at(im, r)); r++) {
		const char *row = line_at(im, r), *t = skip_ws(row);
		size_t len = strlen(row), s0, s1;
		unsigned long id;
		char *end;

		im->used[r] = 1;
		if (!isdigit((unsigned char)*t))
			continue;       /* a wrapped description */
		id = strtoul(t, &end, 10);
		if (len <= src_col) {
			review(im, r, T_SYMPTOMS, 0,
			       fmt(im, "event %lu in a table without a source column", id));
			continue;
		}
		s0 = src_col;
		/* The row's source starts near the heading's column. */
		while (s0 > 0 && row[s0 - 1] != ' ')
			s0--;
		s1 = desc_col > s0 && desc_col < len ? desc_col : len;
		s1 = rtrim_len(row, s1);
		while (s0 < s1 && row[s0] == ' ')
			s0++;
		add_event(im, id, dupn(im, row + s0, s1 > s0 ? s1 - s0 : 0), NULL,
			  desc_col > 0 && desc_col < len ? dupn(im, row + desc_col, len - desc_col) : NULL,
			  r, n);
	}
	im->used[n] = 1;
	return r - n;
}

static int is_event_label_line(const char *s)
{
	const char *v;
	size_t i;

	s = skip_ws(s);
	for (i = 0; event_labels[i] != NULL; i++)
		if (find_label(s, event_labels[i], &v) == s)
			return 1;
	return 0;
}

/* "Event ID" starting a line (after white space), with ':' '=' or a bare
 * number after it: an event block, not a sentence. */
static int event_id_at(const char *s, unsigned long *id)
{
	const char *p = skip_ws(s);
	char *end;

	if (!starts_ci(p, "Event ID"))
		return 0;
	p = skip_ws(p + 8);
	if (*p == ':' || *p == '=')
		p = skip_ws(p + 1);
	if (*p == '"')
		p++;
	if (!isdigit((unsigned char)*p))
		return 0;
	*id = strtoul(p, &end, 10);
	return 1;
}

static const char *nearby_source(struct imp *im, size_t n);

static void scan_events(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, m, start, stop;
	unsigned long id;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *source = NULL, *log = NULL, *p;
		struct kb_buf desc = { 0 };

		if (im->used[n])
			continue;
		if (event_table(im, n) > 0)
			continue;
		if (!event_id_at(line_at(im, n), &id))
			continue;
		/* The block: this paragraph, from the line after the previous
		 * event (or the paragraph's start) to the next event. */
		start = n;
		while (start > a->body_first && !blank(line_at(im, start - 1)) &&
		       !im->used[start - 1] && is_event_label_line(line_at(im, start - 1)))
			start--;
		for (stop = n + 1; stop < a->body_end && !blank(line_at(im, stop)); stop++)
			if (event_id_at(line_at(im, stop), &(unsigned long){ 0 }))
				break;
		for (m = start; m < stop; m++) {
			const char *s = line_at(im, m);
			im->used[m] = 1;
			if (source == NULL)
				source = label_value(im, s, "Source");
			if (log == NULL)
				log = label_value(im, s, "Log");
			if (desc.len > 0 && !is_event_label_line(s)) {
				kb_buf_add(&desc, " ", 1);
				kb_buf_puts(&desc, skip_ws(s));
			} else if (find_label(s, "Description", &p) != NULL) {
				kb_buf_puts(&desc, p);
			} else if (m == n && (p = strchr(s, '"')) != NULL &&
				   find_label(s, "Source", &(const char *){ NULL }) != NULL) {
				/* Event ID = 1, Source = X, "the text" */
				kb_buf_puts(&desc, p);
			}
		}
		if (desc.oom)
			im->oom = 1;
		if (source == NULL)
			source = nearby_source(im, n);  /* "Source SRV", no colon */
		add_event(im, id, source, log, desc.p != NULL ? keep(im, desc.p) : NULL, n, start);
		n = stop - 1;
	}
}

/* ---- log excerpts --------------------------------------------------------- */

/* "[INIT] Unable to bind ..." or, in the Windows 2000 form,
 * "00000c94.00000cd4::2000/04/10-19:10:46.321 [CS] ...": the part a
 * pattern can match on any machine, or NULL. */
static const char *log_text(const char *s)
{
	const char *p = skip_ws(s), *q;
	size_t i;

	if (p == s)
		return NULL;    /* excerpts are indented */
	if (strspn(p, "0123456789abcdefABCDEF") == 8 && p[8] == '.' &&
	    strspn(p + 9, "0123456789abcdefABCDEF") == 8 && p[17] == ':' && p[18] == ':') {
		q = strchr(p, ' ');
		if (q == NULL)
			return NULL;
		p = skip_ws(q);
	}
	if (*p != '[' || starts_ci(p, "[HKEY") || starts_ci(p, "[-HKEY"))
		return NULL;
	for (i = 1; i <= 16 && p[i] != '\0' && p[i] != ']'; i++)
		if (!isalnum((unsigned char)p[i]) && p[i] != '_' && p[i] != ' ' &&
		    p[i] != '.' && p[i] != '-')
			return NULL;
	if (i == 1 || p[i] != ']' || p[i + 1] != ' ' || blank(p + i + 1))
		return NULL;
	return p;
}

static void scan_logs(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, m;

	for (n = a->body_first; n < a->body_end; n++) {
		struct imp_evidence *ev;
		size_t count = 0, k;

		if (im->used[n] || log_text(line_at(im, n)) == NULL)
			continue;
		for (m = n; m < a->body_end && !im->used[m] && log_text(line_at(im, m)) != NULL; m++)
			count++;
		ev = PUSH(im, evidence);
		if (ev == NULL)
			return;
		ev->line = n;
		ev->cluster = im->cluster_log;
		ev->patterns = calloc(count, sizeof *ev->patterns);
		if (ev->patterns == NULL || keep(im, (char *)ev->patterns) == NULL) {
			im->oom = 1;
			return;
		}
		for (k = 0; k < count; k++) {
			const char *t = log_text(line_at(im, n + k));
			ev->patterns[k] = dupn(im, t, rtrim_len(t, strlen(t)));
			im->used[n + k] = 1;
		}
		ev->n_patterns = count;
		n = m - 1;
	}
}

/* ---- error messages ------------------------------------------------------- */

/* "1720", "0013", "0x6B8", "-1414" at s: the code's text length, 0 when
 * there is no code; the value in *code (negatives as their 32-bit form). */
static size_t read_code(const char *s, uint32_t *code, int *negative)
{
	const char *p = s;
	unsigned long long v = 0;
	int digits = 0;

	*negative = 0;
	if (*p == '-') {
		*negative = 1;
		p++;
	}
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		for (p += 2; isxdigit((unsigned char)*p) && digits < 9; p++, digits++)
			v = v * 16 + (unsigned)(isdigit((unsigned char)*p) ? *p - '0' :
						tolower((unsigned char)*p) - 'a' + 10);
	} else {
		for (; isdigit((unsigned char)*p) && digits < 11; p++, digits++)
			v = v * 10 + (unsigned)(*p - '0');
	}
	if (digits == 0 || v > 0xFFFFFFFFull || isalnum((unsigned char)*p) ||
	    (*negative && v > 0x80000000ull))
		return 0;
	*code = *negative ? (uint32_t)(0x100000000ull - v) : (uint32_t)v;
	return (size_t)(p - s);
}

static int has_error(const struct imp *im, uint32_t code)
{
	size_t i;

	for (i = 0; i < im->n_errors; i++)
		if (im->errors[i].code == code)
			return 1;
	return 0;
}

/* Mentions are listed once per code. */
static int mentioned(const struct imp *im, const char *note)
{
	size_t i;

	for (i = 0; i < im->n_reviews; i++)
		if (strcmp(im->reviews[i].note, note) == 0)
			return 1;
	return 0;
}

static void scan_error_codes(struct imp *im);

static void scan_errors(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, m;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = line_at(im, n), *p = skip_ws(s), *msg;
		struct imp_error *er;
		uint32_t code;
		size_t clen, ind = indent_of(s);
		int neg;
		struct kb_buf b = { 0 };

		if (im->used[n] || ind < 2 || !starts_ci(p, "error ") ||
		    (clen = read_code(skip_ws(p + 6), &code, &neg)) == 0)
			continue;
		p = skip_ws(p + 6);
		msg = skip_ws(p + clen);
		if (*msg == ':' || *msg == '-')
			msg = skip_ws(msg + 1);
		/* A message reads as text starting with a capital: "Error
		 * 1720 The endpoint ..."; "Error -1414 or 0xfff..." does not. */
		if (!isupper((unsigned char)*msg))
			continue;
		im->used[n] = 1;
		if (has_error(im, code))
			continue;
		kb_buf_add(&b, msg, rtrim_len(msg, strlen(msg)));
		for (m = n + 1; m < a->body_end && m < n + 4; m++) {
			const char *c = line_at(im, m);
			if (blank(c) || indent_of(c) != ind || im->used[m] ||
			    starts_ci(skip_ws(c), "error "))
				break;
			kb_buf_add(&b, " ", 1);
			kb_buf_add(&b, skip_ws(c), rtrim_len(skip_ws(c), strlen(skip_ws(c))));
			im->used[m] = 1;
		}
		if (b.oom) {
			kb_buf_free(&b);
			im->oom = 1;
			return;
		}
		er = PUSH(im, errors);
		if (er == NULL) {
			kb_buf_free(&b);
			return;
		}
		er->code = code;
		er->line = n;
		er->message = keep(im, kb_buf_steal(&b));
		if (neg) {
			er->code_text = fmt(im, "0x%08X", (unsigned)code);
			review(im, n, T_ERROR, im->n_errors - 1,
			       fmt(im, "error %.*s is written as %s (its 32-bit form)",
				   (int)clen, p, er->code_text));
		} else {
			er->code_text = dupn(im, p, clen);
		}
	}
	/* Codes the text names with a keyword ("STOP 0x...", "error
	 * 1815") are drafted; what is left in the symptoms and cause is
	 * listed for a person, as it comes without its message. */
	scan_error_codes(im);
	for (n = a->body_first; n < a->body_end; n++) {
		const struct kb_article_section *sec = section_of(im, n);
		const char *s = line_at(im, n), *p;

		if (log_text(s) != NULL || sec == NULL ||
		    (strcasecmp(sec->name, "SYMPTOMS") != 0 && strcasecmp(sec->name, "CAUSE") != 0))
			continue;
		for (p = s; (p = ci_find(p, "error ")) != NULL; p += 6) {
			uint32_t code;
			size_t clen;
			int neg;
			const char *note;

			if (p > s && isalpha((unsigned char)p[-1]))
				continue;
			if ((clen = read_code(p + 6, &code, &neg)) == 0 || has_error(im, code))
				continue;
			note = fmt(im, "error %.*s is named in the text without its message: add it as a symptom if the technician sees it",
				   (int)clen, p + 6);
			if (note != NULL && !mentioned(im, note))
				review(im, n, T_SYMPTOMS, 0, note);
		}
	}
}

/* ---- codes and events named in the text ---------------------------------- */

static int has_event_id(const struct imp *im, unsigned id)
{
	size_t i;

	for (i = 0; i < im->n_events; i++)
		if (im->events[i].id == id)
			return 1;
	return 0;
}

/* "   Q180054 Perfmon Trap or Winlogon STOP C000021A ...": a line of a
 * list of related articles, whose titles are not this article's facts. */
static int kb_reference_line(const char *s)
{
	const char *p = skip_ws(s);
	size_t k;

	if (*p != 'Q' && *p != 'q')
		return 0;
	k = strspn(p + 1, "0123456789");
	/* "Q162837Replacing TCPIP ...": the space is sometimes lost */
	return k >= 5 && k <= 7 && (p[1 + k] == ' ' || isupper((unsigned char)p[1 + k]));
}

/* The source named near an event found in running text: "Source: X" or
 * "Source X" in the lines of its paragraph. */
static const char *nearby_source(struct imp *im, size_t n)
{
	size_t m, first = n;
	const char *v;

	while (first > im->a->body_first && first + 2 > n && !blank(line_at(im, first - 1)))
		first--;
	for (m = first; m < im->a->body_end && m <= n + 3 && (m <= n || !blank(line_at(im, m))); m++) {
		const char *s = line_at(im, m), *t = skip_ws(s);
		if ((v = label_value(im, s, "Source")) != NULL && *v != '\0')
			return v;
		if (starts_ci(t, "Source ") && !starts_ci(skip_ws(t + 7), "("))
			return dupn(im, skip_ws(t + 7), rtrim_len(skip_ws(t + 7), strlen(skip_ws(t + 7))));
	}
	return NULL;
}

/* "0x0000001E", "C000021A" (eight hex digits with a letter), "1815",
 * "2L": a code after a keyword.  Returns its length, 0 when none. */
static size_t code_at(const char *p, uint32_t *code, int *neg)
{
	size_t n = read_code(p, code, neg), k;

	if (n > 0)
		return n;
	/* "2L": a C long constant */
	for (k = 0; isdigit((unsigned char)p[k]); k++)
		;
	if (k > 0 && k < 10 && (p[k] == 'L' || p[k] == 'l') && !isalnum((unsigned char)p[k + 1])) {
		*code = (uint32_t)strtoul(p, NULL, 10);
		*neg = 0;
		return k + 1;
	}
	/* bare NTSTATUS / HRESULT: c0000005, C000021A, c1030b0d */
	for (k = 0; isxdigit((unsigned char)p[k]); k++)
		;
	if (k == 8 && !isalnum((unsigned char)p[k]) && strchr("89abcdefABCDEF", p[0]) != NULL) {
		*code = (uint32_t)strtoul(p, NULL, 16);
		*neg = 0;
		return k;
	}
	return 0;
}

/* The words after which a code is an error code, and the words that may
 * come between ("error code is 0x...", "STOP: 0x...", "NT ID: 0x..."). */
static const char *const code_keywords[] = {
	"error", "stop", "lasterror", "_rc", "rc", "exception", "status", "id no", "nt id",
	"violation", "failed", NULL,
};
static const char *const code_fillers[] = {
	"code", "number", "is", "was", "of", "generated", "no.", "no", NULL,
};

/* Where a code follows keyword k at p: skips fillers and ':', '=', '('
 * , '#'.  NULL when something else follows. */
static const char *after_keyword(const char *p)
{
	size_t i;
	int again = 1;

	while (again) {
		again = 0;
		p = skip_ws(p);
		if (*p == ':' || *p == '=' || *p == '(' || *p == '#') {
			p++;
			again = 1;
			continue;
		}
		for (i = 0; code_fillers[i] != NULL; i++) {
			size_t n = strlen(code_fillers[i]);
			if (strncasecmp(p, code_fillers[i], n) == 0 && !isalnum((unsigned char)p[n]) &&
			    (p[n] == ' ' || p[n] == ':' || p[n] == '\t')) {
				p += n;
				again = 1;
				break;
			}
		}
	}
	return p;
}

/* The message for a code named at line n: the words after it, or before
 * the keyword, or the next line ("STOP 0x0000009A" / "SYSTEM_LICENSE_
 * VIOLATION").  Sets *loose when it is a guess a person must check. */
static const char *code_message(struct imp *im, size_t n, const char *line, const char *kw,
				const char *after)
{
	const char *p = after, *e;
	size_t l;

	while (*p == ')' || *p == ',' || *p == ':' || *p == '-' || *p == '.' || *p == ' ' || *p == '\t')
		p++;
	if (*p == '(') {
		/* "STOP 0x0000001E (0xC0000005, ...)": the parameters */
		e = strchr(p, ')');
		p = e != NULL ? skip_ws(e + 1) : p + strlen(p);
	}
	l = rtrim_len(p, strlen(p));
	if (l >= 6 && isalpha((unsigned char)*p))
		return dupn(im, p, l);
	e = kw;
	while (e > line && (e[-1] == ' ' || e[-1] == '(' || e[-1] == ':'))
		e--;
	if (e - skip_ws(line) >= 8 && strchr(skip_ws(line), ' ') != NULL)
		return dupn(im, skip_ws(line), (size_t)(e - skip_ws(line)));
	if (n + 1 < im->a->body_end && !blank(line_at(im, n + 1))) {
		p = skip_ws(line_at(im, n + 1));
		l = rtrim_len(p, strlen(p));
		if (l >= 4 && isalpha((unsigned char)*p))
			return dupn(im, p, l);
	}
	return "REVIEW: the article gives no message for this code";
}

static void add_code(struct imp *im, size_t n, const char *p, size_t clen, uint32_t code,
		     int neg, const char *message)
{
	struct imp_error *er;

	if (has_error(im, code) || has_event_id(im, code))
		return;
	er = PUSH(im, errors);
	if (er == NULL)
		return;
	er->code = code;
	er->line = n;
	er->message = message;
	if (neg)
		er->code_text = fmt(im, "0x%08X", (unsigned)code);
	else if (starts_ci(p, "0x") || strspn(p, "0123456789") == clen)
		er->code_text = dupn(im, p, clen);
	else if (strspn(p, "0123456789") == clen - 1)
		er->code_text = dupn(im, p, clen - 1);     /* "2L" */
	else
		er->code_text = fmt(im, "0x%.*s", (int)clen, p);
	review(im, n, T_ERROR, im->n_errors - 1,
	       fmt(im, "error %s: the message is read from the text around it; check it", er->code_text));
}

/* Codes named in running text, STOP screens, return codes and exception
 * lines: "STOP 0x00000050", "error 1815", "LastError = 0x57",
 * "primary_rc = 0xF004", "access violation (0xc0000005)". */
static void scan_error_codes(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, i;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = line_at(im, n), *p;

		/* A code has digits: most lines of prose have none. */
		if (strpbrk(s, "0123456789") == NULL || log_text(s) != NULL ||
		    starts_ci(skip_ws(s), "Additional query words") ||
		    ci_find(s, "HKEY_") != NULL || kb_reference_line(s))
			continue;
		for (i = 0; code_keywords[i] != NULL; i++) {
			size_t kl = strlen(code_keywords[i]);
			for (p = s; (p = ci_find(p, code_keywords[i])) != NULL; p += kl) {
				const char *c;
				uint32_t code;
				size_t clen;
				int neg;

				if (code_keywords[i][0] != '_' && p > s &&
				    (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
					continue;
				if (isalnum((unsigned char)p[kl]) || p[kl] == '_')
					continue;
				c = after_keyword(p + kl);
				if ((clen = code_at(c, &code, &neg)) == 0)
					continue;
				/* "error 3 reported in Event ID 70" is still an
				 * error; "Error 1083: The ..." lines were read
				 * with their message already. */
				add_code(im, n, c, clen, code, neg, code_message(im, n, s, p, c + clen));
				/* "0xF0000001 or 0xF0000002" */
				c = skip_ws(c + clen);
				if (starts_ci(c, "or ") && (clen = code_at(skip_ws(c + 3), &code, &neg)) > 0)
					add_code(im, n, skip_ws(c + 3), clen, code, neg,
						 code_message(im, n, s, p, skip_ws(c + 3) + clen));
			}
		}
	}
}

/* "the following events may appear in the Application Log:" then
 * paragraphs that each start with the event ID alone on a line. */
static void scan_event_number_list(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, m;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = line_at(im, n);
		size_t l = rtrim_len(s, strlen(s));

		if (l == 0 || s[l - 1] != ':' || !has_word(s, "events") || !has_word(s, "following"))
			continue;
		for (m = n + 1; m < a->body_end; m++) {
			const char *t = skip_ws(line_at(im, m));
			size_t k = strspn(t, "0123456789"), before;
			if (blank(line_at(im, m)))
				continue;
			if (k == 0 || k > 5 || !blank(t + k) || im->used[m])
				break;
			before = im->n_events;
			add_event(im, strtoul(t, NULL, 10), NULL, NULL, NULL, m, n);
			im->used[m] = 1;
			if (im->n_events > before)
				review(im, m, T_EVENT, im->n_events - 1,
				       fmt(im, "event %.*s is listed without its source: fill in the source", (int)k, t));
			/* its message: the rest of the paragraph */
			while (m + 1 < a->body_end && !blank(line_at(im, m + 1)))
				im->used[++m] = 1;
		}
	}
}

/* "Event ID 8007 may also appear", "(Event 186)", "Event 567:", "logs
 * event 2012": events named outside an event block.  The article gives
 * no source: the draft says so and a person fills it in. */
static void scan_prose_events(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = line_at(im, n), *p;

		if (im->used[n] || strpbrk(s, "0123456789") == NULL ||
		    starts_ci(skip_ws(s), "Additional query words") || log_text(s) != NULL)
			continue;
		for (p = s; (p = ci_find(p, "event")) != NULL; p += 5) {
			const char *q = p + 5;
			unsigned long id;
			char *end;

			if (p > s && isalpha((unsigned char)p[-1]))
				continue;
			if (*q == 's' || *q == 'S')
				q++;
			q = skip_ws(q);
			if (starts_ci(q, "ID"))
				q = skip_ws(q + 2);
			while (*q == ':' || *q == '#')   /* "Event ID#: 7005" */
				q = skip_ws(q + 1);
			if (!isdigit((unsigned char)*q))
				continue;
			id = strtoul(q, &end, 10);
			if (isalnum((unsigned char)*end) || (*end == '.' && isdigit((unsigned char)end[1])) ||
			    id > 65535 || has_event_id(im, (unsigned)id))
				continue;
			{
				const char *src = nearby_source(im, n);
				size_t before = im->n_events;
				add_event(im, id, src != NULL ? src : "REVIEW: the article names no source",
					  NULL, NULL, n, n);
				if (src != NULL || im->n_events == before)
					continue;
			}
			if (im->n_events > 0 && im->events[im->n_events - 1].line == n)
				review(im, n, T_EVENT, im->n_events - 1,
				       fmt(im, "event %lu is named without its source: fill in the source", id));
		}
	}
}

/* Tie events to the error they carry: its code ("error 1720", "%%1720")
 * or its message in the event's description. */
static void link_events(struct imp *im)
{
	size_t i, j;

	for (i = 0; i < im->n_events; i++) {
		struct imp_event *ev = &im->events[i];
		if (ev->desc == NULL)
			continue;
		for (j = 0; j < im->n_errors; j++) {
			const struct imp_error *er = &im->errors[j];
			char num[32];
			snprintf(num, sizeof num, "%%%%%u", (unsigned)er->code);
			if (ci_find(ev->desc, er->message) != NULL || strstr(ev->desc, num) != NULL) {
				ev->code_text = er->code_text;
				ev->message = er->message;
				break;
			}
		}
	}
}

/* ---- registry ------------------------------------------------------------- */

static const char *const key_roots[][2] = {
	{ "HKEY_LOCAL_MACHINE", "HKLM" },
	{ "HKLM", "HKLM" },
	{ "HKEY_CURRENT_USER", NULL },
	{ "HKEY_USERS", NULL },
	{ "HKEY_CLASSES_ROOT", NULL },
	{ "HKEY_CURRENT_CONFIG", NULL },
	{ "HKEY_DYN_DATA", NULL },
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

	slug(base, strlen(base), id, 40);
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
			return fmt(im, "%s", cand);
	}
}

static struct imp_check *add_check(struct imp *im, const char *key, const char *value,
				   const char *type, enum imp_expect expect,
				   const char *data, size_t line)
{
	struct imp_check *c;
	const char *last, *inside;
	char hive[32];

	if (key == NULL || im->oom || has_check(im, key, value, data))
		return NULL;
	/* Every way of building a key ends here, so the loader's own test
	 * of a key is applied once for all of them: a draft must load. */
	if (rule_key_split(key, hive, sizeof hive, &inside) != 0 || *inside == '\0') {
		review(im, line, T_CHECKS, 0,
		       fmt(im, "key %s names a hive, not a key in it: check it by hand", key));
		return NULL;
	}
	if (value != NULL) {
		last = value;
	} else {
		last = strrchr(key, '\\');
		last = last != NULL ? fmt(im, "%s-key", last + 1) : "key";
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
	c->repair = im->cur_repair;
	c->key_line = im->cur_key_line != line ? im->cur_key_line : 0;
	c->key_last = c->key_line > 0 && im->cur_key_last >= c->key_line && im->cur_key_last < line ?
		      im->cur_key_last : c->key_line;
	c->line_last = im->cur_value_last > line ? im->cur_value_last : line;
	c->id = check_id(im, last != NULL && *last != '\0' ? last : "default-value");
	return c;
}

/* "HKEY_LOCAL_MACHINE\X" -> "HKLM\X", or NULL (with a review item) for a
 * key kbwiz cannot read from a hive. */
static const char *normal_key(struct imp *im, const char *key, size_t line)
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
		return NULL;
	if (key_roots[i][1] == NULL) {
		review(im, line, T_CHECKS, 0,
		       fmt(im, "key %s is not under HKEY_LOCAL_MACHINE: kbwiz reads only machine hives; check it by hand", key));
		return NULL;
	}
	out = fmt(im, "HKLM%s", key + n);
	if (out == NULL)
		return NULL;
	if (rule_key_split(out, hive, sizeof hive, &inside) != 0 || *inside == '\0') {
		review(im, line, T_CHECKS, 0,
		       fmt(im, "key %s names a hive, not a key in it: check it by hand", out));
		return NULL;
	}
	return out;
}

static int has_placeholder(const char *key)
{
	return strchr(key, '<') != NULL || strchr(key, '[') != NULL || strchr(key, '#') != NULL ||
	       ci_find(key, "xxx") != NULL || ci_find(key, "a.b.c.d") != NULL;
}

struct value_spec {
	const char *name, *type, *data;
	size_t line;
	size_t last;            /* its last line (type, data), 0: line */
	int radix_hex;
	int exact;              /* REGEDIT data: no remark to strip */
	int example;            /* "(Example: 20 MB = 20,480,000)" */
	const char *def;        /* "Default: 5", the data when the article
				   asks for the default values back */
};

/* Registry types as articles write them: "REG_MULTI_SZ", sometimes with
 * a trailing remark. */
static const char *read_type(const char *s)
{
	const char *e = s;
	char buf[48];
	size_t n;
	int t;

	while (*e != '\0' && (isalnum((unsigned char)*e) || *e == '_'))
		e++;
	n = (size_t)(e - s);
	if (n == 0 || n >= sizeof buf)
		return NULL;
	memcpy(buf, s, n);
	buf[n] = '\0';
	t = kb_reg_type_from_name(buf);
	if (t <= 0)
		return NULL;
	return kb_reg_type_name((unsigned)t);
}

/* "0x1", "1", "dword:00000001", "0x00000001 (1)": the number as a string
 * the loader reads ("0x1" or "1"), or NULL. */
static const char *read_number(struct imp *im, const char *s, uint64_t max, int *extra)
{
	const char *p = s, *e, *q;
	uint64_t v = 0;
	int hex = 0;

	if (starts_ci(p, "dword:")) {
		p += 6;
		hex = 1;
	}
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		p += 2;
		hex = 1;
	}
	e = p;
	while (hex ? isxdigit((unsigned char)*e) : isdigit((unsigned char)*e))
		e++;
	if (e == p || isalnum((unsigned char)*e))
		return NULL;
	/* The loader refuses data too big for the type: so does this. */
	for (q = p; q < e; q++) {
		unsigned d = isdigit((unsigned char)*q) ? (unsigned)(*q - '0') :
			     (unsigned)(tolower((unsigned char)*q) - 'a' + 10);
		unsigned base = hex ? 16 : 10;
		if (v > (max - d) / base)
			return NULL;
		v = v * base + d;
	}
	*extra = !blank(e);
	return hex ? fmt(im, "0x%.*s", (int)(e - p), p) : dupn(im, p, (size_t)(e - p));
}

/* "454000 - 681000", "0 or 1", "1 to 65535", "Number of seconds". */
static int data_is_choice(const char *d)
{
	const char *p = d;

	if (has_word(d, "or") || has_word(d, "to") || has_word(d, "between") ||
	    has_word(d, "number") || has_word(d, "see"))
		return 1;
	if (starts_ci(p, "0x"))
		p += 2;
	while (isxdigit((unsigned char)*p) || *p == ',')
		p++;
	p = skip_ws(p);
	return *p == '-' && isdigit((unsigned char)*skip_ws(p + 1));
}

static void value_checks(struct imp *im, const char *key, const struct value_spec *v)
{
	const char *type, *why = NULL, *data, *paren, *num;
	int contains = 0, extra = 0;
	size_t dl;
	struct imp_check *c;

	im->cur_value_last = v->last;
	type = v->type != NULL ? read_type(v->type) : NULL;
	data = v->data;
	if (v->name == NULL || v->name[0] == '\0')
		why = "the value has no name (the key's default value)";
	else if (v->type == NULL)
		why = "the article gives no data type";
	else if (type == NULL)
		why = fmt(im, "the data type '%s' is not a registry type", v->type);
	else if (data == NULL || *data == '\0')
		why = "the article gives no data";
	else if (strchr(data, '<') != NULL || ci_find(data, "a.b.c.d") != NULL)
		why = "the data is a placeholder";
	else if (v->example)
		why = "the article gives the data as an example";
	else if (data_is_choice(dupn(im, data, strcspn(data, "("))))
		why = "the article gives a range or a choice, not one datum";
	if (why == NULL) {
		/* "Clusnet (There will be other data values for this key as
		 * well)": other entries are allowed, so the check is
		 * 'contains', and the remark is not data. */
		if (ci_find(data, "other data value") != NULL || ci_find(data, "other value") != NULL ||
		    ci_find(data, "other entries") != NULL)
			contains = 1;
		paren = v->exact ? NULL : strchr(data, '(');
		dl = paren != NULL && paren > data ? (size_t)(paren - data) : strlen(data);
		dl = rtrim_len(data, dl);
		if (dl >= 2 && data[0] == '"' && data[dl - 1] == '"') {
			data++;
			dl -= 2;
		}
		data = dupn(im, data, dl);
		if (data == NULL)
			return;
		if (dl == 0)
			why = "the article gives no data";
		else if (strcmp(type, "REG_DWORD") == 0 || strcmp(type, "REG_QWORD") == 0) {
			num = read_number(im, data, strcmp(type, "REG_DWORD") == 0 ?
					  0xFFFFFFFFu : UINT64_MAX, &extra);
			if (num == NULL) {
				why = fmt(im, "the data '%s' is not a number", data);
			} else {
				c = add_check(im, key, v->name, type, IE_EQUALS, num, v->line);
				if (c != NULL && (extra || paren != NULL))
					review(im, v->line, T_CHECK, im->n_checks - 1,
					       fmt(im, "value '%s': data '%s' was read as %s: check it",
						   v->name, v->data, num));
				return;
			}
		} else if (strcmp(type, "REG_MULTI_SZ") == 0) {
			const char *p = data, *q;
			size_t entries = 0;
			int many = strstr(data, "<CR>") != NULL;
			/* "A<CR>B<CR>C": the entries of the list. */
			while (*p != '\0') {
				q = strstr(p, "<CR>");
				if (q == NULL)
					q = p + strlen(p);
				if (q > p) {
					c = add_check(im, key, v->name, type,
						      contains || many ? IE_CONTAINS : IE_EQUALS,
						      dupn(im, p, (size_t)(q - p)), v->line);
					entries++;
				}
				p = *q != '\0' ? q + 4 : q;
			}
			if (many && !contains)
				review(im, v->line, T_CHECKS, 0,
				       fmt(im, "value '%s' lists its entries in full: each is checked with 'contains'; decide whether other entries are allowed", v->name));
			if (entries == 0)
				why = "the article gives no data";
			else
				return;
		} else if (strcmp(type, "REG_SZ") == 0 || strcmp(type, "REG_EXPAND_SZ") == 0) {
			size_t words = 0;
			const char *p;
			for (p = data; *p != '\0'; p++)
				if (*p == ' ')
					words++;
			if (words >= 6)
				why = "the data is described in words";
			else {
				add_check(im, key, v->name, type, IE_EQUALS, data, v->line);
				return;
			}
		} else {
			why = fmt(im, "%s data is not converted", type);
		}
	}
	/* What cannot be a value check goes to a person; no key check is
	 * made up in its place. */
	review(im, v->line, T_CHECKS, 0,
	       fmt(im, "value '%s'%s%s under %s: %s; write its check by hand",
		   v->name != NULL ? v->name : "(unnamed)", v->type != NULL ? " " : "",
		   v->type != NULL ? v->type : "", key, why));
}

/* A label at the start of a trimmed line: "Value Name:", "Data Type:". */
static const char *value_label(const char *s, const char *label)
{
	const char *p;

	if (!starts_ci(s, label))
		return NULL;
	p = skip_ws(s + strlen(label));
	return *p == ':' ? skip_ws(p + 1) : NULL;
}

static int numbered_step(const char *s)
{
	const char *p = skip_ws(s);

	if (indent_of(s) > 4 || !isdigit((unsigned char)*p))
		return 0;
	while (isdigit((unsigned char)*p))
		p++;
	return (*p == '.' || *p == ')') && (p[1] == ' ' || p[1] == '\t');
}

/* "Decimal: 5", "Hex: 1F", "String : x": data labels naming the radix. */
static const char *data_label(const char *p, int *radix_hex)
{
	static const char *const labels[] = { "Data", "Value", "String", "Decimal", "Hex",
					      "Hexadecimal", "Binary", "DWORD", NULL };
	const char *t;
	size_t i;

	for (i = 0; labels[i] != NULL; i++)
		if ((t = value_label(p, labels[i])) != NULL) {
			*radix_hex = i == 4 || i == 5;
			return t;
		}
	return NULL;
}

/* "Name: REG_DWORD: 4096", "Name:REG_DWORD:0x1", "Name   REG_DWORD   1",
 * "2 for Name : REG_DWORD : 0x2": one line naming a value, its type and
 * its data.  Fills v (name NULL when the line gives only "REG_X: data"). */
static int inline_value(struct imp *im, const char *s, size_t line, struct value_spec *v)
{
	const char *p, *r = NULL, *q, *e;
	size_t nl;

	/* "| Display | REG_SZ | (GMT+02:00) Helsinki |": a table row */
	if (strchr(s, '|') != NULL) {
		char *t = (char *)dupn(im, s, strlen(s)), *c;
		if (t == NULL)
			return 0;
		for (c = t; *c != '\0'; c++)
			if (*c == '|')
				*c = ' ';
		s = t;
	}
	p = skip_ws(s);
	for (q = p; (q = ci_find(q, "REG_")) != NULL; q++)
		if ((q == p || q[-1] == ' ' || q[-1] == ':' || q[-1] == '\t') && read_type(q) != NULL) {
			r = q;
			break;
		}
	if (r == NULL || strstr(p, ". ") != NULL || ci_find(p, "HKEY_") != NULL)
		return 0;
	memset(v, 0, sizeof *v);
	v->line = line;
	/* "2 for XAPI MA threads : REG_DWORD : 0x2" */
	q = p;
	if (isdigit((unsigned char)*q)) {
		while (isalnum((unsigned char)*q))
			q++;
		if (starts_ci(q, " for "))
			p = q + 5;
	}
	nl = (size_t)(r - p);
	while (nl > 0 && (p[nl - 1] == ' ' || p[nl - 1] == ':' || p[nl - 1] == '\t' ||
			  p[nl - 1] == '='))
		nl--;
	if (nl > 64 || memchr(p, '\\', nl) != NULL || memchr(p, '<', nl) != NULL ||
	    (nl > 0 && (value_label(p, "Type") != NULL || value_label(p, "Data Type") != NULL ||
				   value_label(p, "Value Type") != NULL)))
		return 0;
	v->name = nl > 0 ? dupn(im, p, nl) : NULL;
	for (e = r; isalnum((unsigned char)*e) || *e == '_'; e++)
		;
	v->type = dupn(im, r, (size_t)(e - r));
	e = skip_ws(e);
	if (*e == ':' || *e == '=')
		e = skip_ws(e + 1);
	v->data = *e != '\0' ? dupn(im, e, rtrim_len(e, strlen(e))) : NULL;
	return 1;
}

/* Where a value block ends: the last line read, 0 when none was. */
struct value_block {
	struct value_spec v[16];
	size_t nv, first, last;
	const char *subkey;     /* "Add Key ... enter SMS": values go under it */
	size_t subkey_line;     /* a step selects a subkey: which one, if named */
};

/* "From the Edit menu, choose Add Key and enter SMS for the Key name",
 * "create a subkey named Foo", "Select the SMS key": a step between a
 * key and its values that moves to a subkey.  Named: the values go under
 * it; not named ("select the key with the name of the zone"): the
 * values go to a person. */
static void step_subkey(struct imp *im, const char *s, size_t line, struct value_block *vb)
{
	const char *p, *e;

	if (ci_find(s, "one path") != NULL || ci_find(s, "wrapped") != NULL)
		return;
	if ((p = ci_find(s, "Add Key")) != NULL || (p = ci_find(s, "create a subkey")) != NULL ||
	    (p = ci_find(s, "add a subkey")) != NULL || (p = ci_find(s, "create a key")) != NULL ||
	    (p = ci_find(s, "add a key")) != NULL) {
		const char *q;
		if ((q = ci_find(p, " enter ")) != NULL || (q = ci_find(p, " named ")) != NULL ||
		    (q = ci_find(p, " type ")) != NULL || (q = ci_find(p, " called ")) != NULL) {
			q = skip_ws(strchr(q + 1, ' '));
			if (*q == '"')
				q++;
			for (e = q; *e != '\0' && *e != ' ' && *e != '"' && *e != ',' &&
				    !(*e == '.' && (e[1] == '\0' || e[1] == ' ')); e++)
				;
			if (e > q) {
				vb->subkey = dupn(im, q, (size_t)(e - q));
				return;
			}
		}
	}
	if (vb->subkey == NULL && has_word(s, "key") &&
	    (has_word(s, "select") || has_word(s, "click") || has_word(s, "highlight") ||
	     has_word(s, "open") || has_word(s, "expand")))
		vb->subkey_line = line;
}


/* The "Value Name / Data Type / Data" lines (or inline "Name: REG_X:
 * data" lines) after a key.  Step lines ("3. On the Edit menu, click Add
 * Value.") and a short remark may come between the key and its values. */
static void read_value_block(struct imp *im, size_t after, struct value_block *vb)
{
	size_t m, blanks = 0, skipped = 0;
	const char *t;
	int seen = 0, hex, example = 0;

	memset(vb, 0, sizeof *vb);
	for (m = after; m < im->a->body_end && m < after + 20; m++) {
		const char *s = line_at(im, m), *p = skip_ws(s);
		struct value_spec iv;

		if (blank(s)) {
			if (++blanks > 1 && seen)
				break;
			continue;
		}
		blanks = 0;
		if (ci_find(s, "HKEY_") != NULL || im->used[m] ||
		    (*p == '\\' && strchr(p + 1, '\\') != NULL))
			break;
		if (strspn(p, "+-=| \t") == strlen(p))
			continue;       /* a table's rule line */
		if (vb->nv > 0 && vb->v[vb->nv - 1].data == NULL && (t = value_label(p, "Default")) != NULL) {
			vb->v[vb->nv - 1].def = dupn(im, t, rtrim_len(t, strlen(t)));
		} else if ((t = value_label(p, "Value Name")) != NULL || (t = value_label(p, "Name")) != NULL ||
		    (vb->nv == 0 && (t = value_label(p, "Value")) != NULL)) {
			if (vb->nv == sizeof vb->v / sizeof vb->v[0])
				break;
			vb->v[vb->nv].name = dupn(im, t, rtrim_len(t, strlen(t)));
			vb->v[vb->nv].line = m;
			vb->nv++;
		} else if (vb->nv > 0 && ((t = value_label(p, "Data Type")) != NULL ||
					  (t = value_label(p, "Value Type")) != NULL ||
					  (t = value_label(p, "Type")) != NULL)) {
			vb->v[vb->nv - 1].type = dupn(im, t, rtrim_len(t, strlen(t)));
		} else if (vb->nv > 0 && (t = value_label(p, "Radix")) != NULL) {
			if (starts_ci(t, "hex") && vb->v[vb->nv - 1].data != NULL &&
			    isxdigit((unsigned char)vb->v[vb->nv - 1].data[0]) &&
			    !starts_ci(vb->v[vb->nv - 1].data, "0x"))
				vb->v[vb->nv - 1].data = fmt(im, "0x%s", vb->v[vb->nv - 1].data);
			vb->v[vb->nv - 1].radix_hex = starts_ci(t, "hex");
		} else if (vb->nv > 0 && vb->v[vb->nv - 1].data == NULL &&
			   (t = data_label(p, &hex)) != NULL) {
			vb->v[vb->nv - 1].data = hex && isxdigit((unsigned char)*t) && !starts_ci(t, "0x") ?
				fmt(im, "0x%.*s", (int)rtrim_len(t, strlen(t)), t) :
				dupn(im, t, rtrim_len(t, strlen(t)));
			if (vb->v[vb->nv - 1].radix_hex && vb->v[vb->nv - 1].data != NULL &&
			    isxdigit((unsigned char)*t) && !starts_ci(t, "0x"))
				vb->v[vb->nv - 1].data = fmt(im, "0x%s", vb->v[vb->nv - 1].data);
		} else if (vb->nv > 0 &&
			   (value_label(p, "Default") != NULL || value_label(p, "Range") != NULL ||
			    value_label(p, "Valid Range") != NULL)) {
			/* remarks of the block */
		} else if (inline_value(im, s, m, &iv) && iv.name != NULL) {
			if (vb->nv == sizeof vb->v / sizeof vb->v[0])
				break;
			vb->v[vb->nv++] = iv;
		} else if ((numbered_step(s) || (!seen && skipped < 3)) && skipped++ < 4) {
			const char *ex = ci_find(s, "example:");
			if (ex != NULL && !blank(ex + 8))
				example = 1;
			step_subkey(im, s, m, vb);
			/* "3. From the Edit menu, click Add Value.  4. Add the
			 * following:" may come between a key and its values. */
			continue;
		} else {
			break;
		}
		if (!seen)
			vb->first = m;
		seen = 1;
		vb->last = m;
		if (vb->nv > 0)
			vb->v[vb->nv - 1].last = m;
	}
	if (vb->nv == 0)
		vb->first = vb->last = 0;
	for (m = 0; m < vb->nv; m++)
		vb->v[m].example = example;
}

enum asks { ASK_NOTHING, ASK_CHECK, ASK_SET, ASK_DELETE };

static int ends_with_colon(const char *s)
{
	size_t l = rtrim_len(s, strlen(s));

	return l > 0 && s[l - 1] == ':';
}

/* Where the words asking something of the key at key_line start: three
 * lines before it, or the sentence that introduces a list of keys
 * ("Check each of the following keys and correct them:") when one ends
 * with a colon within the lines before. */
static size_t ask_window_start(const struct imp *im, size_t key_line)
{
	size_t n, first = key_line > 3 ? key_line - 3 : 1;

	for (n = key_line; n > im->a->body_first && n + 15 > key_line; n--) {
		const char *s = line_at(im, n - 1);
		size_t l = rtrim_len(s, strlen(s));
		if (l > 0 && s[l - 1] == ':' && ci_find(s, "HKEY") == NULL &&
		    strchr(skip_ws(s), ':') == s + l - 1) {
			if (n - 1 < first)
				first = n - 1;
			break;
		}
		if (numbered_step(s))
			break;
	}
	return first;
}

/* What lines first..last ask of a key or value, by the words of their
 * steps: deleting wins (it becomes a review item), then creating or
 * setting, then verifying.  The warning boilerplate ("Add and Delete
 * Information in the Registry") asks nothing. */
static enum asks article_asks(const struct imp *im, size_t first, size_t after, size_t last)
{
	static const char *const del[] = { "delete", "remove", "deleting", "removing", NULL };
	static const char *const set[] = { "add", "create", "set", "change", "modify", "edit",
					   "correct", "increase", "decrease", "enter", "type",
					   "adding", "creating", "changing", "raise", NULL };
	static const char *const chk[] = { "verify", "check", "make sure", "ensure", "missing",
					   "exists", "should be", "must be", "confirm", NULL };
	size_t n, i;
	int d = 0, st = 0, c = 0;

	if (first < im->a->body_first)
		first = im->a->body_first;
	for (n = first; n <= last && n < im->a->body_end; n++) {
		const char *s = line_at(im, n);
		/* a following step that introduces its own key ("5. Delete
		 * the following key:") asks its own things */
		if (n > after && numbered_step(s) && ends_with_colon(s))
			break;
		if (ci_find(s, "Help topic") != NULL || ci_find(s, "Information in the Registry") != NULL ||
		    ci_find(s, "Registry Editor incorrectly") != NULL || ci_find(s, "Data Type") != NULL ||
		    ci_find(s, "Value Type") != NULL)
			continue;
		for (i = 0; del[i] != NULL; i++)
			d |= has_word(s, del[i]);
		for (i = 0; set[i] != NULL; i++)
			st |= has_word(s, set[i]);
		for (i = 0; chk[i] != NULL; i++)
			c |= has_word(s, chk[i]);
	}
	return d ? ASK_DELETE : st ? ASK_SET : c ? ASK_CHECK : ASK_NOTHING;
}

/* "...\Parameters\MaxFreeTcbs" followed by "Value Type: REG_DWORD", or
 * "...\Parameters\LetHex27Pass: REG_SZ: x", "...\PPP:MaxConfigure",
 * "...\DiskSpaceLowWaterMark (DWORD)": the path ends in a value name.
 * Splits *key and fills v; 0 when the path is a key. */
static int trailing_value(struct imp *im, const char **key, size_t key_line, size_t key_last,
			  struct value_spec *v)
{
	const char *k = *key, *last = strrchr(k, '\\'), *colon, *next = NULL, *t;
	size_t m;

	if (last == NULL || last[1] == '\0')
		return 0;
	memset(v, 0, sizeof *v);
	v->line = key_line;
	for (m = key_last + 1; m < im->a->body_end && m <= key_last + 2; m++)
		if (!blank(line_at(im, m))) {
			next = skip_ws(line_at(im, m));
			break;
		}
	colon = strchr(last, ':');
	if (colon != NULL) {
		struct value_spec iv;
		/* "\Name: REG_SZ: data" or "\Key:Name" */
		if (inline_value(im, colon + 1, key_line, &iv) && iv.name == NULL) {
			*v = iv;
			v->name = dupn(im, last + 1, (size_t)(colon - last - 1));
		} else if (skip_ws(colon + 1)[0] == '\0') {
			v->name = dupn(im, last + 1, (size_t)(colon - last - 1));
			if (next != NULL && inline_value(im, next, m, &iv) && iv.name == NULL) {
				v->type = iv.type;
				v->data = iv.data;
				im->used[m] = 1;
			}
		} else {
			v->name = dupn(im, skip_ws(colon + 1), rtrim_len(skip_ws(colon + 1), strlen(skip_ws(colon + 1))));
			*key = dupn(im, k, (size_t)(colon - k));
			return 1;
		}
		*key = dupn(im, k, (size_t)(last - k));
		return 1;
	}
	if ((t = ci_find(last, "(REG_")) != NULL || (t = ci_find(last, "(DWORD)")) != NULL) {
		v->name = dupn(im, last + 1, rtrim_len(last + 1, (size_t)(t - last - 1)));
		v->type = *skip_ws(t + 1) == 'D' || *skip_ws(t + 1) == 'd' ? "REG_DWORD" :
			  dupn(im, t + 1, strcspn(t + 1, ")"));
		*key = dupn(im, k, (size_t)(last - k));
		return 1;
	}
	if (next == NULL)
		return 0;
	if ((t = value_label(next, "Value Type")) != NULL || (t = value_label(next, "Data Type")) != NULL ||
	    (t = value_label(next, "Type")) != NULL) {
		v->name = dupn(im, last + 1, strlen(last + 1));
		v->type = dupn(im, t, rtrim_len(t, strlen(t)));
		im->used[m] = 1;
		*key = dupn(im, k, (size_t)(last - k));
		return 1;
	}
	if (*next == '=' ) {
		/* "...\Active Messaging Use Exchange" / "= 0x00000001 (1)" */
		v->name = dupn(im, last + 1, strlen(last + 1));
		v->data = dupn(im, skip_ws(next + 1), rtrim_len(skip_ws(next + 1), strlen(skip_ws(next + 1))));
		v->line = m;
		im->used[m] = 1;
		*key = dupn(im, k, (size_t)(last - k));
		return 1;
	}
	return 0;
}

/* "change the Autorun value to 0", "Set MaxWorkItems to 4096", "set the
 * <key>\SQL Enabled registry parameter to 1", "Change it to 0x00000004":
 * a value given in words in lines first..last.  The name is the words
 * between the verb and "to" ("it" or the key itself: the path's last
 * name, which must then be a value).  Fills v; 0 when none. */
static int prose_value(struct imp *im, const char *key, size_t first, size_t last,
		       const char **value_key, struct value_spec *v)
{
	struct kb_buf b = { 0 };
	const char *p, *s, *to, *num, *name_from, *named = NULL;
	size_t n, nl = 0, starts[16], n_starts = 0;
	int extra = 0, found = 0;

	if (first < im->a->body_first)
		first = im->a->body_first;
	for (n = first; n <= last && n < im->a->body_end && n_starts < 16; n++) {
		starts[n_starts++] = b.len;
		kb_buf_puts(&b, skip_ws(line_at(im, n)));
		kb_buf_add(&b, " ", 1);
	}
	if (b.oom || b.p == NULL) {
		kb_buf_free(&b);
		return 0;
	}
	s = b.p;
	/* "Locate the OpenRetryDelay value under the following key" */
	for (p = s; (p = ci_find(p, " value under")) != NULL || (p = NULL, 0); p++) {
		const char *q = p;
		while (q > s && q[-1] != ' ')
			q--;
		if (q > s + 4 && starts_ci(q - 4, "the "))
			named = dupn(im, q, (size_t)(p - q));
		break;
	}
	for (p = s; !found && *p != '\0'; p++) {
		size_t vl;
		if (!(p == s || p[-1] == ' ') ||
		    !(starts_ci(p, "set ") || starts_ci(p, "change ") || starts_ci(p, "setting ")))
			continue;
		if (p >= s + 3 && (starts_ci(p - 3, "is ") || starts_ci(p - 3, "be ")))
			continue;
		vl = starts_ci(p, "set ") ? 4 : starts_ci(p, "setting ") ? 8 : 7;
		to = starts_ci(p + vl, "to ") ? p + vl - 1 : strstr(p + vl, " to ");
		if (to == NULL || to - p > 160)
			continue;
		num = read_number(im, skip_ws(to + 4), 0xFFFFFFFFu, &extra);
		if (num == NULL)
			continue;
		name_from = skip_ws(p + vl);
		if (starts_ci(name_from, "the "))
			name_from += 4;
		nl = (size_t)(to - name_from);
		{
			const char *e = name_from + nl;
			static const char *const tails[] = { " value", " entry", " parameter",
							     " registry", " data", NULL };
			size_t i;
			int again = 1;
			while (again) {
				again = 0;
				for (i = 0; tails[i] != NULL; i++) {
					size_t tl = strlen(tails[i]);
					if ((size_t)(e - name_from) >= tl && strncasecmp(e - tl, tails[i], tl) == 0) {
						e -= tl;
						again = 1;
					}
				}
			}
			nl = (size_t)(e - name_from);
			if ((nl == 5 && strncasecmp(name_from, "value", 5) == 0) ||
			    (nl == 5 && strncasecmp(name_from, "entry", 5) == 0) ||
			    (nl == 9 && strncasecmp(name_from, "parameter", 9) == 0) ||
			    (nl > 0 && name_from[0] == '('))
				nl = 0;
		}
		memset(v, 0, sizeof *v);
		v->data = num;
		v->type = "REG_DWORD";
		/* the line the verb is on */
		for (n = 0; n + 1 < n_starts && starts[n + 1] <= (size_t)(p - s); n++)
			;
		v->line = first + n;
		*value_key = key;
		if (nl == 0 || (nl == 2 && strncasecmp(name_from, "it", 2) == 0) ||
		    memchr(name_from, '\\', nl) != NULL) {
			const char *lastc = strrchr(key, '\\');
			if (named != NULL && memchr(name_from, '\\', nl) == NULL) {
				v->name = named;
			} else if (nl > 0 && lastc != NULL) {
				v->name = dupn(im, lastc + 1, strlen(lastc + 1));
				*value_key = dupn(im, key, (size_t)(lastc - key));
			} else {
				continue;
			}
		} else if (nl <= 40 && memchr(name_from, ',', nl) == NULL &&
			   memchr(name_from, '.', nl) == NULL) {
			v->name = dupn(im, name_from, nl);
		} else {
			continue;
		}
		found = 1;
	}
	kb_buf_free(&b);
	return found;
}

/* "...\\Bh key and its subkeys, or": a path ends where prose starts.
 * "MSExchangeDS or MSExchangeIS\\Restore in Progress" names two keys: a
 * review item, not one merged path.  NULL when nothing is left. */
static const char *trim_prose(struct imp *im, const char *key, size_t line)
{
	static const char *const words[] = { " key", " keys", " subkey", " subkeys", " registry",
					     " and", " or", " if", " is", " are", " has", " which",
					     " where", " with", " to", " on", " the", " as", " (", NULL };
	const char *cut = NULL, *p;
	size_t i, n;

	for (i = 0; words[i] != NULL; i++) {
		n = strlen(words[i]);
		for (p = key; (p = ci_find(p, words[i])) != NULL; p += n)
			if ((words[i][1] == '(' || !isalnum((unsigned char)p[n])) && (cut == NULL || p < cut)) {
				/* "(DWORD)" after a value name is a type, kept. */
				if (words[i][1] == '(' && (starts_ci(p + 2, "REG_") || starts_ci(p + 2, "DWORD")))
					break;
				cut = p;
				break;
			}
	}
	if (cut == NULL)
		return key;
	if (starts_ci(cut, " or ") && strchr(cut, '\\') != NULL) {
		review(im, line, T_CHECKS, 0,
		       fmt(im, "'%s' names alternative keys: write a check for each by hand", key));
		return NULL;
	}
	n = (size_t)(cut - key);
	while (n > 0 && (key[n - 1] == '\\' || key[n - 1] == ' '))
		n--;
	return dupn(im, key, n);
}

/* What the lines around a key ask of the key itself: "Add Key",
 * "create the following key" (create); "is missing", "verify that the
 * key exists" (check).  Navigation ("go to the following key") asks
 * nothing. */
static enum asks key_asks(const struct imp *im, size_t key_line, size_t key_last)
{
	size_t n, first = ask_window_start(im, key_line);
	int st = 0, c = 0;

	if (first < im->a->body_first)
		first = im->a->body_first;
	for (n = first; n <= key_last + 2 && n < im->a->body_end; n++) {
		const char *s = line_at(im, n);
		if (n > key_last && numbered_step(s) && ends_with_colon(s))
			break;
		int key = has_word(s, "key") || has_word(s, "keys") || has_word(s, "subkey") ||
			  (n >= key_line && n <= key_last);
		if (ci_find(s, "Help topic") != NULL || ci_find(s, "Restoring") != NULL)
			continue;
		if (key && (has_word(s, "create") || has_word(s, "add") || has_word(s, "correct")))
			st = 1;
		if (has_word(s, "missing") || has_word(s, "does not exist") ||
		    (key && (has_word(s, "verify") || has_word(s, "exists") || has_word(s, "make sure"))))
			c = 1;
	}
	return st ? ASK_SET : c ? ASK_CHECK : ASK_NOTHING;
}

/* "click Modify, and then type "20" (without the quotation marks) in
 * the Value Data field.  Make sure that Hexadecimal is selected": data
 * typed into Registry Editor, in lines first..last. */
static const char *typed_data(struct imp *im, size_t first, size_t last)
{
	size_t n, k;
	const char *p, *data = NULL;
	int hex = 0;

	for (n = first; n <= last && n < im->a->body_end; n++) {
		const char *s = line_at(im, n);
		if (data == NULL && (p = ci_find(s, "type \"")) != NULL) {
			k = strspn(p + 6, "0123456789abcdefABCDEF");
			if (k > 0 && p[6 + k] == '"')
				data = dupn(im, p + 6, k);
		}
		if (has_word(s, "Hexadecimal"))
			hex = 1;
	}
	if (data != NULL && (hex || strspn(data, "0123456789") < strlen(data)))
		data = fmt(im, "0x%s", data);
	return data;
}

/* Lines first..last name phrase ("back to their default values"). */
static int lines_say(const struct imp *im, size_t first, size_t last, const char *phrase)
{
	size_t n;

	for (n = first; n <= last && n < im->a->body_end; n++)
		if (ci_find(line_at(im, n), phrase) != NULL)
			return 1;
	return 0;
}

/* A key named with no value: a check only when the article asks for one
 * ("verify", "create"); else a review item, never a repair the article
 * does not ask for. */
static void key_only(struct imp *im, const char *key, size_t key_line, size_t key_last)
{
	enum asks ask = key_asks(im, key_line, key_last);

	if (ask == ASK_SET || ask == ASK_CHECK) {
		if (add_check(im, key, NULL, NULL, IE_EXISTS, NULL, key_line) != NULL &&
		    has_placeholder(key))
			review(im, key_line, T_CHECK, im->n_checks - 1,
			       fmt(im, "key %s holds a placeholder: replace it or make the check by hand", key));
		return;
	}
	review(im, key_line, T_CHECKS, 0,
	       fmt(im, "key %s is named but the article asks nothing of it here: add a check by hand if it matters", key));
}

/* A key named inside a sentence: where its path ends is a guess, so it
 * gives a check only through a value the sentence sets ("set the
 * HKEY_...\\X value to 1"); else a review item. */
static void place_running_key(struct imp *im, const char *key, size_t line)
{
	struct value_spec pv;
	const char *pk;

	if (!has_placeholder(key) && prose_value(im, key, line, line + 1, &pk, &pv) &&
	    pk != key) {
		im->cur_key_line = line;
		im->cur_repair = 1;
		review(im, line, T_CHECKS, 0,
		       fmt(im, "value '%s' is set in words: REG_DWORD is assumed for its number; check it", pv.name));
		value_checks(im, pk, &pv);
		im->cur_key_line = im->cur_key_last = im->cur_value_last = 0;
		im->cur_repair = 0;
		return;
	}
	review(im, line, T_CHECKS, 0,
	       fmt(im, "key %s is named in running text: add a check by hand if the article asks for one", key));
}

/* A key read at lines key_line..key_last: its values, in whatever form
 * the article gives them, as checks with the repair the article asks
 * for; a deletion as a review item. */
static void place_key_values(struct imp *im, const char *key, size_t key_line, size_t key_last);

/* The key's line is cited by a check made from it or carries a review
 * item of its own, so that every line naming a key is accounted for. */
static void place_key(struct imp *im, const char *key, size_t key_line, size_t key_last)
{
	size_t checks = im->n_checks, reviews = im->n_reviews;

	size_t i;
	int cited = 0;

	place_key_values(im, key, key_line, key_last);
	for (i = checks; i < im->n_checks; i++)
		if (im->checks[i].key_line == key_line || im->checks[i].line == key_line)
			cited = 1;
	for (i = reviews; i < im->n_reviews; i++)
		if (im->reviews[i].line == key_line)
			cited = 1;
	if (!cited)
		review(im, key_line, T_CHECKS, 0, im->n_reviews > reviews || im->n_checks > checks ?
		       fmt(im, "key %s: what the article gives under it is listed on the lines that follow", key) :
		       fmt(im, "key %s: nothing could be read from it; check it by hand", key));
}

static void place_key_values(struct imp *im, const char *key, size_t key_line, size_t key_last)
{
	struct value_block vb;
	struct value_spec tv;
	const char *vkey = key;
	enum asks ask;
	size_t i, end;
	int tail;

	key = trim_prose(im, key, key_line);
	if (key == NULL)
		return;
	vkey = key;
	tail = trailing_value(im, &vkey, key_line, key_last, &tv);
	read_value_block(im, key_last + 1, &vb);
	if (vb.nv > 0 && vb.subkey != NULL) {
		key = fmt(im, "%s\\%s", key, vb.subkey);
		if (key == NULL)
			return;
	} else if (vb.nv > 0 && vb.subkey_line > 0) {
		review(im, vb.subkey_line, T_CHECKS, 0,
		       fmt(im, "the values after line %zu are under a subkey of %s that the article names in words: write their checks by hand",
			   vb.subkey_line, key));
		for (i = 0; i < vb.nv; i++)
			review(im, vb.v[i].line, T_CHECKS, 0,
			       fmt(im, "value '%s' is under an unnamed subkey: write its check by hand",
				   vb.v[i].name != NULL ? vb.v[i].name : ""));
		for (i = vb.first; i > 0 && i <= vb.last; i++)
			im->used[i] = 1;
		return;
	}
	if (has_placeholder(key)) {
		/* "...\<VolumeName>", "...\AdapterName#": no literal name. */
		review(im, key_line, T_CHECKS, 0,
		       fmt(im, "key %s holds a placeholder: write its checks by hand", key));
		for (i = 0; i < vb.nv; i++)
			review(im, vb.v[i].line, T_CHECKS, 0,
			       fmt(im, "value '%s' is under a key named by a placeholder: write its check by hand",
				   vb.v[i].name != NULL ? vb.v[i].name : ""));
		for (i = vb.first; i > 0 && i <= vb.last; i++)
			im->used[i] = 1;
		return;
	}
	end = vb.last > 0 ? vb.last : key_last + 3;
	ask = article_asks(im, ask_window_start(im, key_line), vb.last > key_last ? vb.last : key_last,
			   end + 2);
	if (ask == ASK_DELETE) {
		review(im, key_line, T_CHECKS, 0,
		       fmt(im, "the article deletes %s or something in it: the rule language has no delete action; write it by hand", key));
		for (i = 0; i < vb.nv; i++)
			review(im, vb.v[i].line, T_CHECKS, 0,
			       fmt(im, "value '%s' is part of a deletion: write it by hand",
				   vb.v[i].name != NULL ? vb.v[i].name : ""));
		for (i = vb.first; i > 0 && i <= vb.last; i++)
			im->used[i] = 1;
		return;
	}
	im->cur_key_line = key_line;
	im->cur_key_last = key_last;
	im->cur_repair = ask == ASK_SET;
	if (tail) {
		if (tv.data == NULL)
			tv.data = typed_data(im, key_last + 1, key_last + 5);
		if (tv.data == NULL && tv.type != NULL) {
			struct value_spec pv;
			const char *pk;
			if (prose_value(im, key, key_line > 3 ? key_line - 3 : 1, key_last + 3, &pk, &pv))
				tv.data = pv.data;
		}
		if (tv.type == NULL && tv.data != NULL && read_number(im, tv.data, 0xFFFFFFFFu, &(int){ 0 }) != NULL) {
			tv.type = "REG_DWORD";
			review(im, tv.line, T_CHECKS, 0,
			       fmt(im, "value '%s': the article gives no type; REG_DWORD is assumed for its number", tv.name));
		}
		value_checks(im, vkey, &tv);
	}
	for (i = 0; i < vb.nv; i++) {
		struct value_spec *v = &vb.v[i];
		if (v->data == NULL && v->def != NULL &&
		    lines_say(im, ask_window_start(im, key_line), key_line, "default value"))
			v->data = v->def;
		if (v->name != NULL && v->name[0] == '"') {
			size_t l = strlen(v->name);
			if (l >= 2 && v->name[l - 1] == '"')
				v->name = dupn(im, v->name + 1, l - 2);
		}
		value_checks(im, tail ? vkey : key, v);
	}
	for (i = vb.first; i > 0 && i <= vb.last; i++)
		im->used[i] = 1;
	if (!tail && vb.nv == 0) {
		struct value_spec pv;
		const char *pk;
		if (prose_value(im, key, key_line > 3 ? key_line - 3 : 1, key_last + 6, &pk, &pv)) {
			review(im, pv.line, T_CHECKS, 0,
			       fmt(im, "value '%s' is set in words: REG_DWORD is assumed for its number; check it", pv.name));
			value_checks(im, pk, &pv);
		} else if (lines_say(im, ask_window_start(im, key_line), key_line, "following value") ||
			   lines_say(im, ask_window_start(im, key_line), key_line, "following registry value") ||
			   lines_say(im, ask_window_start(im, key_line), key_line, "following registry entry") ||
			   lines_say(im, ask_window_start(im, key_line), key_line, "following entry")) {
			/* "change the following value: ...\\DisablePwdCaching": the
			 * path ends in a value the article gives no data for */
			review(im, key_line, T_CHECKS, 0,
			       fmt(im, "%s ends in a value name, with no data given: write its check by hand", key));
		} else {
			key_only(im, key, key_line, key_last);
		}
	}
	im->cur_key_line = im->cur_key_last = im->cur_value_last = 0;
	im->cur_repair = 0;
}

/* REGEDIT files: [HKEY_LOCAL_MACHINE\...] then "Name"=dword:00000001. */
static size_t regedit_block(struct imp *im, size_t n)
{
	const char *s = skip_ws(line_at(im, n)), *close, *key;
	size_t m, values = 0, first;

	if (starts_ci(s, "[-HKEY_")) {
		review(im, n, T_CHECKS, 0,
		       fmt(im, "the article deletes a key (%s): add a key-absent check by hand", s));
		im->used[n] = 1;
		return 1;
	}
	close = strrchr(s, ']');
	if (close != NULL) {
		key = dupn(im, s + 1, (size_t)(close - s - 1));
		first = n + 1;
	} else {
		/* "[HKEY_...\\Terminal" / "Server\\Compatibility\\...]": a header
		 * wrapped by the article, joined with the space the break
		 * took unless it fell at a backslash. */
		const char *t = n + 1 < im->a->body_end ? skip_ws(line_at(im, n + 1)) : "";
		size_t sl = rtrim_len(s, strlen(s));
		close = strrchr(t, ']');
		if (close == NULL || strchr(t, '[') != NULL || *t == '"')
			return 0;
		key = fmt(im, "%.*s%s%.*s", (int)(sl - 1), s + 1,
			  s[sl - 1] == '\\' || *t == '\\' ? "" : " ", (int)(close - t), t);
		review(im, n, T_CHECKS, 0,
		       fmt(im, "the REGEDIT header is wrapped over lines %zu-%zu: check the key path joined from them", n, n + 1));
		im->used[n + 1] = 1;
		first = n + 2;
	}
	im->used[n] = 1;
	key = normal_key(im, key, n);
	im->cur_repair = 1;     /* merging a REGEDIT file creates and sets */
	im->cur_key_line = n;
	for (m = first; m < im->a->body_end; m++) {
		const char *l = skip_ws(line_at(im, m)), *eq, *name;
		struct value_spec v = { 0 };
		size_t nl;

		if (*l != '"' && *l != '@')
			break;
		eq = *l == '@' ? l + 1 : strstr(l + 1, "\"=");
		if (eq == NULL)
			break;
		if (*l == '@') {
			name = "";
		} else {
			nl = (size_t)(eq - l - 1);
			name = dupn(im, l + 1, nl);
			eq++;
		}
		if (*eq != '=')
			break;
		eq++;
		im->used[m] = 1;
		values++;
		if (key == NULL)
			continue;
		v.name = name;
		v.line = m;
		if (starts_ci(eq, "dword:")) {
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
			v.data = keep(im, d);
			if (v.data != NULL && v.data[0] == '\0') {
				review(im, m, T_CHECKS, 0,
				       fmt(im, "value '%s' under %s is set empty: write its check by hand", name, key));
				continue;
			}
		} else {
			review(im, m, T_CHECKS, 0,
			       fmt(im, "value '%s' under %s has data '%s' that is not converted: write its check by hand",
				   name, key, eq));
			continue;
		}
		value_checks(im, key, &v);
	}
	if (values == 0 && key != NULL)
		add_check(im, key, NULL, NULL, IE_EXISTS, NULL, n);
	im->cur_repair = 0;
	im->cur_key_line = im->cur_key_last = im->cur_value_last = 0;
	return m - n;
}

/* Articles wrap long paths; the next line continues the key when it is
 * indented under it, holds no label or sentence, and the key line was
 * long or the break sits at a backslash.  Returns the joined key and
 * sets *last to its last line. */
static const char *join_wrapped(struct imp *im, const char *key, size_t n, size_t col,
				size_t *last)
{
	size_t m, line_len = strlen(line_at(im, n));

	*last = n;
	for (m = n + 1; m < im->a->body_end && m < n + 4; m++) {
		const char *s = line_at(im, m), *t = skip_ws(s);
		size_t tl = rtrim_len(t, strlen(t)), kl = strlen(key);
		int at_slash;

		if (blank(s) || im->used[m] || indent_of(s) < col || tl > 60 ||
		    strchr(t, ':') != NULL || strchr(t, '=') != NULL || strstr(t, ". ") != NULL ||
		    *t == '-' || *t == '[' || *t == '"' || starts_ci(t, "HKEY") ||
		    numbered_step(s) || ci_find(t, "Value Name") != NULL)
			break;
		at_slash = *t == '\\' || (kl > 0 && key[kl - 1] == '\\');
		if (!at_slash && line_len < 60)
			break;
		/* Continuations are a path: no run of lower-case prose. */
		if (!at_slash && strchr(t, '\\') == NULL && strchr(t, ' ') != NULL)
			break;
		/* "...\\Res" / "toreInProgress": a break inside a word (the
		 * next line goes on in lower case) takes no space; names the
		 * break split in two ("Current" / "Version") are rejoined. */
		key = fmt(im, "%s%s%.*s", key, at_slash || islower((unsigned char)*t) ? "" : " ", (int)tl, t);
		if (key != NULL && (ci_find(key, "\\Current Version") != NULL ||
				    ci_find(key, "\\CurrentControl Set") != NULL)) {
			char *k = (char *)key, *sp = strchr(ci_find(k, "\\Current") + 1, ' ');
			memmove(sp, sp + 1, strlen(sp));
		}
		if (key == NULL)
			return NULL;
		*last = m;
		line_len = strlen(s);
	}
	return key;
}

static void scan_registry(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = line_at(im, n), *t = skip_ws(s), *p, *key;
		size_t last = n, col;
		int standalone;

		if (starts_ci(t, "[HKEY_") || starts_ci(t, "[-HKEY_")) {
			size_t k = regedit_block(im, n);
			if (k > 0) {
				n += k - 1;
				continue;
			}
		}
		/* Relative keys under a root named just before:
		 * "From the HKEY_LOCAL_MACHINE subtree, go to the following key:
		 *     \SYSTEM\CurrentControlSet\Services" */
		if (!im->used[n] && im->root_line > 0 && n - im->root_line <= 6 &&
		    (((*t == '\\') && strchr(t + 1, '\\') != NULL && isalpha((unsigned char)t[1])) ||
		     starts_ci(t, "SYSTEM\\") || starts_ci(t, "SOFTWARE\\")) &&
		    indent_of(s) > 0 && strchr(t, ':') == NULL) {
			size_t tl = rtrim_len(t, strlen(t));
			while (tl > 0 && t[tl - 1] == '.')
				tl--;
			key = fmt(im, "HKEY_LOCAL_MACHINE%s%.*s", *t == '\\' ? "" : "\\", (int)tl, t);
			if (key != NULL)
				key = join_wrapped(im, key, n, indent_of(s), &last);
			if (key != NULL && (key = normal_key(im, key, n)) != NULL) {
				size_t before = im->n_checks;
				place_key(im, key, n, last);
				if (im->n_checks > before)
					review(im, n, T_CHECK, before,
					       fmt(im, "key path built from HKEY_LOCAL_MACHINE (line %zu) and line %zu: check it", im->root_line, n));
			}
			n = last;
			continue;
		}
		if (starts_ci(t, "KEY_LOCAL_MACHINE\\") && !im->used[n]) {
			/* "KEY_LOCAL_MACHINE\\SYSTEM\\...": the H lost */
			key = fmt(im, "H%.*s", (int)rtrim_len(t, strlen(t)), t);
			if (key != NULL)
				key = join_wrapped(im, key, n, indent_of(s), &last);
			if (key != NULL && (key = normal_key(im, key, n)) != NULL) {
				review(im, n, T_CHECKS, 0,
				       fmt(im, "the article writes KEY_LOCAL_MACHINE: read as %s", key));
				place_key(im, key, n, last);
			}
			for (; n < last; n++)
				im->used[n] = 1;
			im->used[n] = 1;
			continue;
		}
		for (p = s; (p = ci_find(p, "HKEY_")) != NULL;) {
			const char *e = p;
			size_t klen;

			while (isalpha((unsigned char)*e) || *e == '_')
				e++;
			if (*e != '\\') {
				/* "the HKEY_LOCAL_MACHINE subtree": a root for the
				 * relative keys that follow. */
				if (starts_ci(p, "HKEY_LOCAL_MACHINE"))
					im->root_line = n;
				p = e;
				continue;
			}
			col = (size_t)(p - s);
			{
				const char *b = skip_ws(s);
				if (*b == '-' || *b == '*' || *b == 'o')
					b = (b[1] == ' ') ? skip_ws(b + 1) : b;
				if (*b == '\\')
					b++;
				standalone = b == p;
			}
			if (standalone && !im->used[n]) {
				const char *stop = strstr(p, ". ");
				klen = stop != NULL ? (size_t)(stop - p) : rtrim_len(p, strlen(p));
				while (klen > 0 && (p[klen - 1] == '.' || p[klen - 1] == ','))
					klen--;
				key = dupn(im, p, klen);
				if (key != NULL && stop == NULL)
					key = join_wrapped(im, key, n, col, &last);
			} else {
				for (klen = 0; p[klen] != '\0' && p[klen] != ' ' && p[klen] != '\t'; klen++)
					;
				while (klen > 0 && strchr(".,;:)\"'", p[klen - 1]) != NULL)
					klen--;
				key = dupn(im, p, klen);
			}
			if (key == NULL)
				return;
			key = normal_key(im, key, n);
			if (key != NULL) {
				if (im->used[n]) {
					review(im, n, T_CHECKS, 0,
					       fmt(im, "key %s is named in an event's text: add a check by hand if it matters", key));
				} else {
					size_t before = im->n_checks;
					if (standalone)
						place_key(im, key, n, last);
					else
						place_running_key(im, key, n);
					if (im->n_checks > before && !standalone)
						review(im, n, T_CHECK, before,
						       fmt(im, "key %s is named in running text: check that it belongs in the checks and where its path ends", key));
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

/* Value names no key claimed are listed, never dropped. */
static void scan_orphan_values(struct imp *im)
{
	size_t n;
	const char *t;

	for (n = im->a->body_first; n < im->a->body_end; n++)
		if (!im->used[n] && (t = value_label(skip_ws(line_at(im, n)), "Value Name")) != NULL)
			review(im, n, T_CHECKS, 0,
			       fmt(im, "value '%.*s' is not tied to a key the import could read: write its check by hand",
				   (int)rtrim_len(t, strlen(t)), t));
}

/* ---- what no pass placed ---------------------------------------------------- */

int kb_import_line_names_fact(const char *s)
{
	static const char *const types[] = { "REG_SZ", "REG_DWORD", "REG_MULTI_SZ",
					     "REG_EXPAND_SZ", "REG_BINARY", NULL };
	const char *p, *t = skip_ws(s);
	size_t i;

	/* "Data Type: REG_DWORD" belongs to the value named above it */
	if (starts_ci(t, "Data Type") || starts_ci(t, "Value Type") || starts_ci(t, "Type") ||
	    starts_ci(t, "REG_"))
		return 0;
	if (strchr(s, '\\') != NULL) {
		for (p = s; (p = ci_find(p, "HKEY_")) != NULL; p++) {
			const char *e = p + 5;
			while (isalpha((unsigned char)*e) || *e == '_')
				e++;
			if (*e == '\\')
				return 1;
		}
		if (ci_find(s, "HKLM\\") != NULL)
			return 1;
	}
	if (ci_find(s, "Value Name") != NULL)
		return 1;
	if (strstr(s, "REG_") != NULL)
		for (i = 0; types[i] != NULL; i++)
			if (strstr(s, types[i]) != NULL)
				return 1;
	/* the rest need a number */
	if (strpbrk(s, "0123456789") == NULL)
		return 0;
	if (ci_find(s, "=dword:") != NULL)
		return 1;
	for (p = s; (p = ci_find(p, "event id")) != NULL; p++) {
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

static void mark_range(unsigned char *placed, size_t n_lines, size_t first, size_t last)
{
	size_t i;

	for (i = first; i <= last && i <= n_lines; i++)
		placed[i] = 1;
}

/* Every line that names a fact is in the draft or in its review list:
 * what the passes above neither drafted nor listed is listed here, so a
 * reviewer can rely on the list. */
static void review_unplaced(struct imp *im)
{
	const struct kb_article *a = im->a;
	unsigned char *placed = calloc(a->n_lines + 2, 1);
	size_t i, n;

	if (placed == NULL) {
		im->oom = 1;
		return;
	}
	for (i = 0; i < im->n_events; i++)
		mark_range(placed, a->n_lines, im->events[i].line, im->events[i].line);
	for (i = 0; i < im->n_errors; i++)
		mark_range(placed, a->n_lines, im->errors[i].line, im->errors[i].line);
	for (i = 0; i < im->n_checks; i++) {
		const struct imp_check *c = &im->checks[i];
		if (c->key_line > 0)
			mark_range(placed, a->n_lines, c->key_line, c->key_last);
		mark_range(placed, a->n_lines, c->line, c->line_last);
	}
	for (i = 0; i < im->n_evidence; i++)
		mark_range(placed, a->n_lines, im->evidence[i].line,
			   im->evidence[i].line + im->evidence[i].n_patterns - 1);
	for (i = 0; i < im->n_reviews; i++)
		mark_range(placed, a->n_lines, im->reviews[i].line, im->reviews[i].line);
	for (n = a->body_first; n < a->body_end; n++)
		if (!placed[n] && kb_import_line_names_fact(line_at(im, n)))
			review(im, n, T_NONE, 0,
			       "this line names a registry key or value, an event ID or an error code that the import did not place: check it");
	free(placed);
}

/* ---- remediation ---------------------------------------------------------- */

static int fix_section(const char *name)
{
	return ci_find(name, "RESOLUTION") != NULL || ci_find(name, "WORKAROUND") != NULL;
}

/* A paragraph of prose starting at line n (not a warning). */
static int prose_start(const struct imp *im, size_t n)
{
	const char *s = line_at(im, n);

	if (blank(s) || (n > im->a->body_first && !blank(line_at(im, n - 1))) ||
	    indent_of(s) > 0)
		return 0;
	return !starts_ci(s, "WARNING") && !starts_ci(s, "CAUTION") &&
	       !starts_ci(s, "IMPORTANT") && !starts_ci(s, "NOTE");
}

static void add_step(struct imp *im, enum step_kind kind, const char *text, size_t line,
		     const char *note)
{
	struct imp_step *st = PUSH(im, steps);

	if (st == NULL)
		return;
	st->kind = kind;
	st->text = text;
	st->line = line;
	review(im, line, T_STEP, im->n_steps - 1, note);
}

static void scan_steps(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t i, n;
	int any_section = 0, last_resort = 0;

	for (i = 0; i < a->n_sections; i++) {
		const struct kb_article_section *sec = &a->sections[i];
		size_t numbered = 0;

		if (!fix_section(sec->name))
			continue;
		any_section = 1;
		for (n = sec->first_line; n < sec->end_line; n++) {
			if (!numbered_step(line_at(im, n)))
				continue;
			add_step(im, STEP_MANUAL, extract(im, n), n,
				 "rewrite this step in our own words (the text is the article's)");
			numbered++;
		}
		if (numbered == 0)
			for (n = sec->first_line; n < sec->end_line; n++)
				if (prose_start(im, n) && !ci_find(line_at(im, n), "reinstall")) {
					add_step(im, STEP_MANUAL, extract(im, n), n,
						 "write the steps in our own words (the text is the article's)");
					break;
				}
	}
	/* "If all of the registry keys are correct, you may need to
	 * reinstall ...": what to do when every check passes. */
	for (i = 0; i < a->n_sections && !last_resort; i++) {
		const struct kb_article_section *sec = &a->sections[i];
		if (!fix_section(sec->name) && strcasecmp(sec->name, "MORE INFORMATION") != 0)
			continue;
		for (n = sec->first_line; n < sec->end_line && !last_resort; n++) {
			const char *s = line_at(im, n);
			size_t m;
			int hit = 0;
			if (blank(s) || indent_of(s) > 0 || (n > sec->first_line && !blank(line_at(im, n - 1))) ||
			    starts_ci(s, "WARNING") || starts_ci(s, "CAUTION") || starts_ci(s, "IMPORTANT"))
				continue;
			for (m = n; m < sec->end_line && !blank(line_at(im, m)); m++)
				if (ci_find(line_at(im, m), "reinstall") != NULL)
					hit = 1;
			if (!hit || !(starts_ci(skip_ws(s + (starts_ci(s, "NOTE:") ? 5 : 0)), "If")))
				continue;
			add_step(im, STEP_LAST_RESORT, extract(im, n), n,
				 "rewrite the last-resort note in our own words");
			last_resort = 1;
		}
	}
	if (!any_section)
		add_step(im, STEP_MANUAL,
			 "REVIEW: the article has no RESOLUTION or WORKAROUND section; write the steps",
			 0, "write the remediation: the article gives no resolution section");
	else if (im->n_steps == 0)
		add_step(im, STEP_MANUAL,
			 "REVIEW: write the steps (none found in the resolution)",
			 0, "write the remediation: no steps were found in the resolution");
}

/* ---- cause, symptoms, unread sections ------------------------------------- */

static void scan_cause(struct imp *im)
{
	const struct kb_article_section *sec = kb_article_section(im->a, "CAUSE");
	size_t n;

	if (sec != NULL)
		for (n = sec->first_line; n < sec->end_line; n++)
			if (!blank(line_at(im, n))) {
				im->cause = extract(im, n);
				im->cause_line = n;
				review(im, n, T_CAUSE, 0, "rewrite the cause in our own words (the text is the article's)");
				return;
			}
	im->cause = "REVIEW: the article has no CAUSE section; write the cause";
	review(im, 0, T_CAUSE, 0, "write the cause: the article gives none");
}

static void scan_question(struct imp *im)
{
	const struct kb_article_section *sec = kb_article_section(im->a, "SYMPTOMS");
	size_t n;

	if (im->n_events > 0 || im->n_errors > 0)
		return;
	if (sec == NULL)
		sec = kb_article_section(im->a, "SUMMARY");
	if (sec != NULL)
		for (n = sec->first_line; n < sec->end_line; n++)
			if (!blank(line_at(im, n))) {
				im->question = extract(im, n);
				im->question_line = n;
				review(im, n, T_QUESTION, 0,
				       "no event or error found: ask what the technician sees, in our own words");
				return;
			}
	im->question = "REVIEW: what does the technician see?";
	review(im, 0, T_QUESTION, 0, "no symptom found: write one");
}

static void note_sections(struct imp *im)
{
	size_t i;

	for (i = 0; i < im->a->n_sections; i++) {
		const struct kb_article_section *sec = &im->a->sections[i];
		if (strcasecmp(sec->name, "SYMPTOMS") == 0 || strcasecmp(sec->name, "CAUSE") == 0 ||
		    fix_section(sec->name) || sec->end_line <= sec->first_line)
			continue;
		review(im, sec->heading_line, T_NONE, 0,
		       fmt(im, "section %s (lines %zu-%zu) was read only for facts: check it for anything else the rule needs",
			   sec->name, sec->first_line, sec->end_line - 1));
	}
	if (!im->a->has_trailer)
		review(im, im->a->n_lines, T_NONE, 0,
		       "the article has no closing keyword block: it may be cut short");
}

/* ---- writing the draft ---------------------------------------------------- */

static void put_key(struct kb_buf *b, int indent, const char *key)
{
	kb_buf_printf(b, "%*s%s: ", indent, "", key);
}

/* "cite: 57" or "cite: 57-61" for a fact placed from known article lines
 * (kb verify checks it); nothing when the line is not known. */
static void put_cite(struct kb_buf *b, int indent, const char *name,
		     size_t first, size_t last)
{
	if (first == 0)
		return;
	if (last > first)
		kb_buf_printf(b, "%*s%s: %zu-%zu\n", indent, "", name, first, last);
	else
		kb_buf_printf(b, "%*s%s: %zu\n", indent, "", name, first);
}

/* A check cites the line naming its key and the line of its value. */
static void put_check_cite(struct kb_buf *b, const struct imp_check *c)
{
	if (c->key_line > 0 && c->key_last + 1 < c->line) {
		kb_buf_puts(b, "    cite: ");
		if (c->key_last > c->key_line)
			kb_buf_printf(b, "%zu-%zu, ", c->key_line, c->key_last);
		else
			kb_buf_printf(b, "%zu, ", c->key_line);
		if (c->line_last > c->line)
			kb_buf_printf(b, "%zu-%zu\n", c->line, c->line_last);
		else
			kb_buf_printf(b, "%zu\n", c->line);
	} else if (c->key_line > 0) {
		put_cite(b, 4, "cite", c->key_line, c->line_last);
	} else {
		put_cite(b, 4, "cite", c->line, c->line_last);
	}
}

static void put_str(struct kb_buf *b, int indent, const char *key, const char *v)
{
	put_key(b, indent, key);
	put_yaml_quoted(b, v);
	kb_buf_add(b, "\n", 1);
}

static void put_versions(struct kb_buf *b, const char *const *v, size_t n)
{
	size_t i;

	kb_buf_puts(b, "    versions: [");
	for (i = 0; i < n; i++) {
		if (i > 0)
			kb_buf_puts(b, ", ");
		put_yaml_quoted(b, v[i]);
	}
	kb_buf_puts(b, "]\n");
}

static void products_from_header(struct imp *im, struct kb_buf *b)
{
	const struct kb_article *a = im->a;
	const char *vers[16], *p, *e;
	size_t nv = 0;

	if (a->product[0] == '\0') {
		kb_buf_puts(b, "  - name: 'REVIEW: unknown product'\n");
		review(im, 0, T_PRODUCTS, 0, "the article names no product: fill in products");
		return;
	}
	kb_buf_puts(b, "  - name: ");
	put_yaml_quoted(b, a->product);
	kb_buf_puts(b, "\n");
	/* PROD/VER: "winnt:4.0,5.5" or ":4.0". */
	p = strrchr(a->prod_ver, ':');
	p = p != NULL ? p + 1 : a->prod_ver;
	while (*p != '\0' && nv < 16) {
		while (*p == ' ' || *p == ',')
			p++;
		for (e = p; *e != '\0' && *e != ',' && *e != ' '; e++)
			;
		if (e > p)
			vers[nv++] = dupn(im, p, (size_t)(e - p));
		p = e;
	}
	if (nv > 0 && !im->oom)
		put_versions(b, vers, nv);
	review(im, 0, T_PRODUCTS, 0, "products come from the PRODUCT header (no applies-to list): check them");
}

/* Where step i lands in remediation: the manual steps, then one
 * registry step per check, then the last resort. */
static size_t step_index(const struct imp *im, size_t i)
{
	size_t j, manual = 0, before = 0;

	for (j = 0; j < im->n_steps; j++)
		if (im->steps[j].kind == STEP_MANUAL) {
			manual++;
			if (j < i)
				before++;
		}
	return im->steps[i].kind == STEP_LAST_RESORT ? manual + im->n_checks : before;
}

static void write_draft(struct imp *im, struct kb_buf *b)
{
	const struct kb_article *a = im->a;
	size_t i, j, nsym = 0;

	kb_buf_printf(b, "# DRAFT rule imported from Microsoft KB article %s by `kbwiz kb import`.\n", a->id);
	kb_buf_puts(b, "# Facts (IDs, codes, sources, keys, values, log lines) are the article's;\n"
		   "# every 'REVIEW:' text is a short extract to rewrite in our own words.\n"
		   "# Work through the review list at the end, then delete it.\n");
	put_str(b, 0, "id", a->id);
	put_str(b, 0, "article", a->id);
	if (a->title[0] != '\0') {
		put_str(b, 0, "title", a->title);
	} else {
		put_str(b, 0, "title", "REVIEW: the article has no title");
		review(im, 0, T_TITLE, 0, "write a title");
	}
	if (a->date[0] != '\0') {
		put_str(b, 0, "published", a->date);
	} else {
		put_str(b, 0, "published", "1980-01-01");
		review(im, 1, T_PUBLISHED, 0,
		       fmt(im, "the article's date '%s' could not be read: fill in the date", a->date_raw ? a->date_raw : ""));
	}
	kb_buf_puts(b, "products:\n");
	for (i = 0, j = 0; i < a->n_products; i++) {
		if (a->products[i].name[0] == '\0')
			continue;
		kb_buf_puts(b, "  - name: ");
		put_yaml_quoted(b, a->products[i].name);
		kb_buf_puts(b, "\n");
		if (a->products[i].n_versions > 0)
			put_versions(b, a->products[i].versions, a->products[i].n_versions);
		j++;
	}
	if (j == 0)
		products_from_header(im, b);
	if (a->n_keywords > 0) {
		kb_buf_puts(b, "tags: [");
		for (i = 0; i < a->n_keywords; i++) {
			if (i > 0)
				kb_buf_puts(b, ", ");
			put_yaml_quoted(b, a->keywords[i]);
		}
		kb_buf_puts(b, "]\n");
	}

	kb_buf_puts(b, "\nsymptoms:\n");
	for (i = 0; i < im->n_events; i++) {
		const struct imp_event *ev = &im->events[i];
		for (j = 0; j < i && im->events[j].id != ev->id; j++)
			;
		/* The same ID from another source needs its own symptom id. */
		if (j < i)
			kb_buf_printf(b, "  - id: event-%u-%zu\n", ev->id, i + 1);
		else
			kb_buf_printf(b, "  - id: event-%u\n", ev->id);
		put_cite(b, 4, "cite", ev->line, ev->line);
		kb_buf_puts(b, "    event:\n");
		put_str(b, 6, "log", ev->log);
		kb_buf_printf(b, "      id: %u\n", ev->id);
		put_str(b, 6, "source", ev->source);
		if (ev->code_text != NULL) {
			kb_buf_printf(b, "      error: %s\n", ev->code_text);
			put_str(b, 6, "message", ev->message);
		}
		if (ev->log_guessed)
			review(im, ev->line, T_EVENT, i,
			       fmt(im, "event %u: the article does not say which log; '%s' is a guess", ev->id, ev->log));
		if (ev->desc != NULL && !blank(ev->desc))
			review(im, ev->line, T_EVENT, i,
			       fmt(im, "event %u: pick words of its description for 'text' (the service name, ...)", ev->id));
	}
	nsym = im->n_events;
	for (i = 0; i < im->n_errors; i++) {
		const struct imp_error *er = &im->errors[i];
		kb_buf_printf(b, "  - id: error-%s\n", er->code_text);
		put_cite(b, 4, "cite", er->line, er->line);
		kb_buf_puts(b, "    error:\n");
		kb_buf_printf(b, "      code: %s\n", er->code_text);
		put_str(b, 6, "message", er->message);
	}
	nsym += im->n_errors;
	if (im->question != NULL) {
		kb_buf_puts(b, "  - id: question\n");
		put_cite(b, 4, "cite", im->question_line, im->question_line);
		put_str(b, 4, "question", im->question);
		nsym++;
	}

	kb_buf_puts(b, "\n");
	put_cite(b, 0, "cause-cite", im->cause_line, im->cause_line);
	put_str(b, 0, "cause", im->cause);

	if (im->n_evidence > 0) {
		kb_buf_puts(b, "\nevidence:\n");
		for (i = 0; i < im->n_evidence; i++) {
			const struct imp_evidence *ev = &im->evidence[i];
			const char *base = ev->cluster ? "cluster-log" : "log";
			if (i == 0)
				kb_buf_printf(b, "  - id: %s\n", base);
			else
				kb_buf_printf(b, "  - id: %s-%zu\n", base, i + 1);
			put_cite(b, 4, "cite", ev->line, ev->line + ev->n_patterns - 1);
			kb_buf_printf(b, "    log: %s\n", ev->cluster ? "cluster" : "text");
			if (ev->n_patterns > 1)
				kb_buf_puts(b, "    sequence: true\n");
			kb_buf_puts(b, "    patterns:\n");
			for (j = 0; j < ev->n_patterns; j++)
				put_str(b, 6, "- literal", ev->patterns[j]);
			if (!ev->cluster)
				review(im, ev->line, T_EVIDENCE, i,
				       "log lines from an excerpt: say which log they come from");
		}
	}

	if (im->n_checks > 0) {
		kb_buf_puts(b, "\nchecks:\n");
		for (i = 0; i < im->n_checks; i++) {
			const struct imp_check *c = &im->checks[i];
			kb_buf_printf(b, "  - id: %s\n", c->id);
			put_check_cite(b, c);
			put_str(b, 4, "key", c->key);
			if (c->value != NULL) {
				put_str(b, 4, "value", c->value);
				put_str(b, 4, "type", c->type);
			}
			kb_buf_printf(b, "    expect: %s\n", c->expect == IE_EXISTS ? "key-exists" :
				  c->expect == IE_CONTAINS ? "contains" : "equals");
			if (c->data != NULL) {
				if (strcmp(c->type, "REG_DWORD") == 0 || strcmp(c->type, "REG_QWORD") == 0)
					kb_buf_printf(b, "    data: %s\n", c->data);
				else
					put_str(b, 4, "data", c->data);
			}
		}
	}

	kb_buf_puts(b, "\nremediation:\n");
	for (i = 0; i < im->n_steps; i++) {
		const struct imp_step *st = &im->steps[i];
		if (st->kind != STEP_MANUAL)
			continue;
		kb_buf_printf(b, "  - id: step-%zu\n", i + 1);
		put_cite(b, 4, "cite", st->line, st->line);
		put_str(b, 4, "manual", st->text);
	}
	for (i = 0; i < im->n_checks; i++) {
		const struct imp_check *c = &im->checks[i];
		/* A repair only where the article asks to create or set. */
		if (!c->repair)
			continue;
		kb_buf_printf(b, "  - id: fix-%s\n", c->id);
		put_check_cite(b, c);
		kb_buf_puts(b, "    registry:\n");
		kb_buf_printf(b, "      check: %s\n", c->id);
		kb_buf_printf(b, "      action: %s\n", c->expect == IE_EXISTS ? "create-key" :
			  c->expect == IE_CONTAINS ? "add-entry" : "set-value");
	}
	for (i = 0; i < im->n_steps; i++) {
		const struct imp_step *st = &im->steps[i];
		if (st->kind != STEP_LAST_RESORT)
			continue;
		kb_buf_puts(b, "  - id: last-resort\n");
		put_cite(b, 4, "cite", st->line, st->line);
		put_str(b, 4, "last-resort", st->text);
	}

	kb_buf_puts(b, "\nreferences: [");
	put_yaml_quoted(b, a->id);
	kb_buf_puts(b, "]\n");

	/* In article order, so a person can work down the article. */
	for (i = 1; i < im->n_reviews; i++) {
		struct imp_review r = im->reviews[i];
		for (j = i; j > 0 && im->reviews[j - 1].line > r.line; j--)
			im->reviews[j] = im->reviews[j - 1];
		im->reviews[j] = r;
	}
	if (im->n_reviews > 0) {
		kb_buf_puts(b, "\n# A person's work list: the store refuses a rule that still has one.\n");
		kb_buf_puts(b, "review:\n");
		for (i = 0; i < im->n_reviews; i++) {
			const struct imp_review *r = &im->reviews[i];
			const char *field = NULL;
			char buf[64];

			switch (r->target) {
			case T_NONE: break;
			case T_TITLE: field = "title"; break;
			case T_PUBLISHED: field = "published"; break;
			case T_PRODUCTS: field = "products"; break;
			case T_CAUSE: field = "cause"; break;
			case T_SYMPTOMS: field = "symptoms"; break;
			case T_CHECKS: field = "checks"; break;
			case T_REMEDIATION: field = "remediation"; break;
			case T_EVENT:
				snprintf(buf, sizeof buf, "symptoms[%zu]", r->index);
				field = buf;
				break;
			case T_ERROR:
				snprintf(buf, sizeof buf, "symptoms[%zu]", im->n_events + r->index);
				field = buf;
				break;
			case T_QUESTION:
				snprintf(buf, sizeof buf, "symptoms[%zu]", nsym > 0 ? nsym - 1 : 0);
				field = buf;
				break;
			case T_EVIDENCE:
				snprintf(buf, sizeof buf, "evidence[%zu]", r->index);
				field = buf;
				break;
			case T_CHECK:
				snprintf(buf, sizeof buf, "checks[%zu]", r->index);
				field = buf;
				break;
			case T_STEP:
				snprintf(buf, sizeof buf, "remediation[%zu]", step_index(im, r->index));
				field = buf;
				break;
			}
			if (r->line > 0)
				kb_buf_printf(b, "  - line: %zu\n", r->line);
			if (field != NULL)
				put_str(b, r->line > 0 ? 4 : 2, r->line > 0 ? "field" : "- field", field);
			put_str(b, r->line > 0 || field != NULL ? 4 : 2,
				r->line > 0 || field != NULL ? "note" : "- note", r->note);
		}
	}
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
}

int kb_import_article(const struct kb_article *a, char **yaml, size_t *len,
		      struct kb_import_stats *stats, struct kb_error *err)
{
	struct imp im;
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
	for (i = a->body_first; i < a->body_end && !im.cluster_log; i++)
		if (ci_find(line_at(&im, i), "cluster log") != NULL ||
		    ci_find(line_at(&im, i), "cluster.log") != NULL)
			im.cluster_log = 1;
	scan_events(&im);
	scan_logs(&im);
	scan_event_number_list(&im);
	scan_prose_events(&im);
	scan_errors(&im);
	link_events(&im);
	scan_registry(&im);
	scan_orphan_values(&im);
	scan_question(&im);
	scan_cause(&im);
	scan_steps(&im);
	note_sections(&im);
	review_unplaced(&im);
	if (im.oom) {
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", a->name);
		goto out;
	}
	write_draft(&im, &b);
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
