/* kbimport_yaml.c: writing the draft (kbimport_int.h): YAML scalars and
 * the rule's text from what the passes collected. */
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

/* ---- writing the draft ---------------------------------------------------- */

static const char *expect_name(enum imp_expect e)
{
	switch (e) {
	case IE_EXISTS: return "key-exists";
	case IE_CONTAINS: return "contains";
	case IE_EQUALS: return "equals";
	case IE_KEY_ABSENT: return "key-absent";
	case IE_VALUE_ABSENT: return "value-absent";
	case IE_NOT_CONTAINS: return "not-contains";
	}
	return "equals";
}

/* The repair that makes a check pass (kb/README.md's table of actions). */
static const char *action_name(enum imp_expect e)
{
	switch (e) {
	case IE_EXISTS: return "create-key";
	case IE_CONTAINS: return "add-entry";
	case IE_EQUALS: return "set-value";
	case IE_KEY_ABSENT: return "delete-key";
	case IE_VALUE_ABSENT: return "delete-value";
	case IE_NOT_CONTAINS: return "remove-entry";
	}
	return "set-value";
}

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

/* A check cites the line naming its key and the line of its value
 * (imp_check_cite()). */
static void put_check_cite(struct kb_buf *b, const struct imp_check *c)
{
	size_t r[2][2], n = imp_check_cite(c, r), i;

	if (n == 0)
		return;
	kb_buf_puts(b, "    cite: ");
	for (i = 0; i < n; i++) {
		if (r[i][1] > r[i][0])
			kb_buf_printf(b, "%s%zu-%zu", i > 0 ? ", " : "", r[i][0], r[i][1]);
		else
			kb_buf_printf(b, "%s%zu", i > 0 ? ", " : "", r[i][0]);
	}
	kb_buf_puts(b, "\n");
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
		imp_review(im, 0, T_PRODUCTS, 0, "the article names no product: fill in products");
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
			vers[nv++] = imp_dupn(im, p, (size_t)(e - p));
		p = e;
	}
	if (nv > 0 && !im->oom)
		put_versions(b, vers, nv);
	imp_review(im, 0, T_PRODUCTS, 0, "products come from the PRODUCT header (no applies-to list): check them");
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

void imp_write_draft(struct imp *im, struct kb_buf *b)
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
		imp_review(im, 0, T_TITLE, 0, "write a title");
	}
	if (a->date[0] != '\0') {
		put_str(b, 0, "published", a->date);
	} else {
		put_str(b, 0, "published", "1980-01-01");
		imp_review(im, 1, T_PUBLISHED, 0,
		       imp_fmt(im, "the article's date '%s' could not be read: fill in the date", a->date_raw ? a->date_raw : ""));
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
		put_cite(b, 4, "cite", ev->line, ev->line_last > ev->line ? ev->line_last : ev->line);
		kb_buf_puts(b, "    event:\n");
		put_str(b, 6, "log", ev->log);
		kb_buf_printf(b, "      id: %u\n", ev->id);
		put_str(b, 6, "source", ev->source);
		if (ev->code_text != NULL) {
			kb_buf_printf(b, "      error: %s\n", ev->code_text);
			put_str(b, 6, "message", ev->message);
		}
		if (ev->log_guessed)
			imp_review(im, ev->line, T_EVENT, i,
			       imp_fmt(im, "event %u: the article does not say which log; '%s' is a guess", ev->id, ev->log));
		if (ev->desc != NULL && !imp_blank(ev->desc))
			imp_review(im, ev->line, T_EVENT, i,
			       imp_fmt(im, "event %u: pick words of its description for 'text' (the service name, ...)", ev->id));
	}
	nsym = im->n_events;
	for (i = 0; i < im->n_errors; i++) {
		const struct imp_error *er = &im->errors[i];
		kb_buf_printf(b, "  - id: error-%s\n", er->code_text);
		put_cite(b, 4, "cite", er->cite_first ? er->cite_first : er->line,
			 er->line_last > er->line ? er->line_last : er->line);
		kb_buf_puts(b, "    error:\n");
		kb_buf_printf(b, "      code: %s\n", er->code_text);
		put_str(b, 6, "message", er->message);
	}
	nsym += im->n_errors;
	if (im->question != NULL) {
		kb_buf_puts(b, "  - id: question\n");
		put_cite(b, 4, "cite", im->question_line, im->question_last);
		put_str(b, 4, "question", im->question);
		nsym++;
	}

	kb_buf_puts(b, "\n");
	put_cite(b, 0, "cause-cite", im->cause_line, im->cause_last);
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
				imp_review(im, ev->line, T_EVIDENCE, i,
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
				/* value-absent takes no type */
				if (c->type != NULL)
					put_str(b, 4, "type", c->type);
			}
			kb_buf_printf(b, "    expect: %s\n", expect_name(c->expect));
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
		put_cite(b, 4, "cite", st->line, st->line_last);
		put_str(b, 4, "manual", st->text);
	}
	for (i = 0; i < im->n_checks; i++) {
		const struct imp_check *c = &im->checks[i];
		/* A repair only where the article asks to create, set or delete. */
		if (!c->repair)
			continue;
		kb_buf_printf(b, "  - id: fix-%s\n", c->id);
		put_check_cite(b, c);
		kb_buf_puts(b, "    registry:\n");
		kb_buf_printf(b, "      check: %s\n", c->id);
		kb_buf_printf(b, "      action: %s\n", action_name(c->expect));
	}
	for (i = 0; i < im->n_steps; i++) {
		const struct imp_step *st = &im->steps[i];
		if (st->kind != STEP_LAST_RESORT)
			continue;
		kb_buf_puts(b, "  - id: last-resort\n");
		put_cite(b, 4, "cite", st->line, st->line_last);
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
