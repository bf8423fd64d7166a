/* rule_text.c: a rule as the lines `kbwiz kb show` prints (see
 * rule_text.h); the knowledge-base screen shows the same lines. */
#include "rule_text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A growing line; on out-of-memory it keeps what fitted. */
struct sbuf {
	char *s;
	size_t len, cap;
};

static void sb_addf(struct sbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void sb_addf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if (b->len + (size_t)n + 1 > b->cap) {
		size_t cap = (b->len + (size_t)n + 1) * 2;
		char *p = realloc(b->s, cap);
		if (p == NULL)
			return;
		b->s = p;
		b->cap = cap;
	}
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

static const char *sb_str(struct sbuf *b)
{
	return b->s != NULL ? b->s : "";
}

static void sb_reset(struct sbuf *b)
{
	b->len = 0;
	if (b->s != NULL)
		b->s[0] = '\0';
}

static const char *nz(const char *s)
{
	return s != NULL ? s : "";
}

static void blank(rule_text_fn fn, void *ctx)
{
	fn(ctx, "", "", 0, 0);
}

static void heading(rule_text_fn fn, void *ctx, const char *title)
{
	blank(fn, ctx);
	fn(ctx, "", title, 0, RT_HEADING);
}

void rule_check_expectation(const struct rule_check *c, char *buf, size_t size)
{
	switch (c->expect) {
	case EXPECT_KEY_EXISTS:
		snprintf(buf, size, "the key exists");
		break;
	case EXPECT_KEY_ABSENT:
		snprintf(buf, size, "the key is absent");
		break;
	case EXPECT_VALUE_EQUALS:
		if (c->data != NULL)
			snprintf(buf, size, "%s (%s) equals \"%s\"", nz(c->value),
				 kb_reg_type_name(c->type), c->data);
		else
			snprintf(buf, size, "%s (%s) equals %llu", nz(c->value),
				 kb_reg_type_name(c->type), (unsigned long long)c->number);
		break;
	case EXPECT_MULTI_SZ_CONTAINS:
		snprintf(buf, size, "%s (%s) contains \"%s\" among other entries",
			 nz(c->value), kb_reg_type_name(c->type), nz(c->data));
		break;
	case EXPECT_DWORD_RANGE:
		snprintf(buf, size, "%s (%s) between %llu and %llu", nz(c->value),
			 kb_reg_type_name(c->type), (unsigned long long)c->min,
			 (unsigned long long)c->max);
		break;
	default:
		snprintf(buf, size, "?");
		break;
	}
}

static void check_lines(const struct rule_check *c, int n, rule_text_fn fn,
			void *ctx)
{
	struct sbuf b = { NULL, 0, 0 };
	char expect[2048];

	rule_check_expectation(c, expect, sizeof expect);
	sb_addf(&b, "  %d. %s: %s", n, nz(c->id), expect);
	fn(ctx, "", sb_str(&b), 0, 0);
	fn(ctx, "     ", nz(c->key), 5, 0);
	if (c->description != NULL)
		fn(ctx, "     ", c->description, 5, RT_WRAP);
	free(b.s);
}

static void symptom_lines(const struct rule_symptom *sy, rule_text_fn fn,
			  void *ctx)
{
	struct sbuf b = { NULL, 0, 0 };
	size_t i;

	switch (sy->kind) {
	case SYMPTOM_EVENT:
		sb_addf(&b, "Event %u from %s in the %s log", sy->event_id,
			nz(sy->source), nz(sy->log));
		for (i = 0; i < sy->n_text; i++)
			sb_addf(&b, "%s\"%s\"", i == 0 ? ", naming " : ", ", sy->text[i]);
		if (sy->error_code != 0)
			sb_addf(&b, ", error %u (0x%X)", sy->error_code, sy->error_code);
		if (sy->message != NULL)
			sb_addf(&b, ": %s", sy->message);
		break;
	case SYMPTOM_ERROR:
		sb_addf(&b, "Error %u (0x%X): %s", sy->error_code, sy->error_code,
			nz(sy->message));
		break;
	case SYMPTOM_QUESTION:
		sb_addf(&b, "Ask: %s", nz(sy->question));
		break;
	}
	fn(ctx, "  - ", sb_str(&b), 4, RT_WRAP);
	if (sy->description != NULL)
		fn(ctx, "    ", sy->description, 4, RT_WRAP);
	free(b.s);
}

void rule_text(const struct rule *r, rule_text_fn fn, void *ctx)
{
	struct sbuf b = { NULL, 0, 0 };
	char prefix[80];
	size_t i, j;
	int n = 0;

	snprintf(prefix, sizeof prefix, "%.60s  ", nz(r->id));
	fn(ctx, prefix, nz(r->title), (int)strlen(prefix), RT_WRAP | RT_TITLE);
	sb_addf(&b, "%s (published %s)", nz(r->article), nz(r->published));
	fn(ctx, "Article:   ", sb_str(&b), 11, 0);
	for (i = 0; i < r->n_products; i++) {
		sb_reset(&b);
		sb_addf(&b, "%s", nz(r->products[i].name));
		for (j = 0; j < r->products[i].n_versions; j++)
			sb_addf(&b, "%s%s", j == 0 ? " " : ", ", r->products[i].versions[j]);
		fn(ctx, i == 0 ? "Products:  " : "           ", sb_str(&b), 11, 0);
	}
	if (r->n_tags > 0) {
		sb_reset(&b);
		for (i = 0; i < r->n_tags; i++)
			sb_addf(&b, "%s%s", i > 0 ? ", " : "", r->tags[i]);
		fn(ctx, "Tags:      ", sb_str(&b), 11, 0);
	}
	if (r->n_applies > 0) {
		heading(fn, ctx, "Applies when");
		for (i = 0; i < r->n_applies; i++)
			check_lines(&r->applies[i], (int)i + 1, fn, ctx);
	}
	if (r->trigger != NULL) {
		heading(fn, ctx, "What usually comes before it");
		fn(ctx, "  ", r->trigger, 2, RT_WRAP);
	}
	heading(fn, ctx, "Symptoms");
	for (i = 0; i < r->n_symptoms; i++)
		symptom_lines(&r->symptoms[i], fn, ctx);
	heading(fn, ctx, "Cause");
	fn(ctx, "  ", nz(r->cause), 2, RT_WRAP);
	if (r->n_evidence > 0) {
		heading(fn, ctx, "Log evidence");
		for (i = 0; i < r->n_evidence; i++) {
			const struct rule_evidence *e = &r->evidence[i];
			sb_reset(&b);
			sb_addf(&b, "  %s (%s log%s):", nz(e->id),
				e->log == LOG_CLUSTER ? "cluster" : "text",
				e->sequence ? ", lines in this order" : "");
			fn(ctx, "", sb_str(&b), 4, 0);
			if (e->description != NULL)
				fn(ctx, "    ", e->description, 4, RT_WRAP);
			for (j = 0; j < e->n_patterns; j++) {
				snprintf(prefix, sizeof prefix, "    %2zu. %s", j + 1,
					 e->patterns[j].is_regex ? "regex: " : "");
				fn(ctx, prefix, nz(e->patterns[j].text), 8, 0);
			}
		}
	}
	if (r->n_checks > 0) {
		heading(fn, ctx, "Registry checks");
		for (i = 0; i < r->n_checks; i++)
			check_lines(&r->checks[i], (int)i + 1, fn, ctx);
	}
	heading(fn, ctx, "Remediation");
	for (i = 0; i < r->n_fixes; i++) {
		const struct rule_fix *f = &r->fixes[i];
		if (f->kind == FIX_LAST_RESORT) {
			fn(ctx, "  Last resort: ", nz(f->text), 15, RT_WRAP);
			continue;
		}
		sb_reset(&b);
		sb_addf(&b, "%s", nz(f->text));
		if (f->kind == FIX_REGISTRY)
			sb_addf(&b, " (registry change; repairs check %s)", nz(f->check_id));
		snprintf(prefix, sizeof prefix, "  %d. ", ++n);
		fn(ctx, prefix, sb_str(&b), 5, RT_WRAP);
	}
	blank(fn, ctx);
	sb_reset(&b);
	for (i = 0; i < r->n_references; i++)
		sb_addf(&b, "%s%s", i > 0 ? ", " : "", r->references[i]);
	fn(ctx, "References: ", sb_str(&b), 12, 0);
	fn(ctx, "Source:     ", nz(r->source_path), 12, 0);
	fn(ctx, "SHA-256:    ", r->content_hash, 12, 0);
	free(b.s);
}
