/* rule_text.c: a rule as the lines `kbwiz kb show` prints (see
 * rule_text.h); the knowledge-base screen shows the same lines. */
#include "rule_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/strbuf.h"

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
	case EXPECT_VALUE_EQUALS: {
		char datum[1024];

		rule_check_datum_text(c, 0, datum, sizeof datum);
		snprintf(buf, size, "%s (%s) equals %s", nz(c->value), kb_reg_type_name(c->type), datum);
		break;
	}
	case EXPECT_MULTI_SZ_CONTAINS:
		snprintf(buf, size, "%s (%s) contains \"%s\" among other entries",
			 nz(c->value), kb_reg_type_name(c->type), nz(c->data));
		break;
	case EXPECT_DWORD_RANGE:
		snprintf(buf, size, "%s (%s) between %llu and %llu", nz(c->value),
			 kb_reg_type_name(c->type), (unsigned long long)c->min,
			 (unsigned long long)c->max);
		break;
	case EXPECT_VALUE_ABSENT:
		snprintf(buf, size, "no value %s", nz(c->value));
		break;
	case EXPECT_NOT_CONTAINS:
		snprintf(buf, size, "%s (%s) does not contain \"%s\"", nz(c->value),
			 kb_reg_type_name(c->type), nz(c->data));
		break;
	default:
		snprintf(buf, size, "?");
		break;
	}
}

/* Where a fact comes from, on its own line under it: the article's lines,
 * or kbwiz's own words with the reason, so that our advice is never read as
 * the article's.  ours is "advice" for steps, "reading" for facts. */
static void source_line(const struct rule *r, const struct rule_cite *c,
			const char *ours, const char *indent, rule_text_fn fn,
			void *ctx)
{
	struct kb_buf b = { 0 };
	char what[1024];

	rule_cite_describe(c, nz(r->article), ours, what, sizeof what);
	kb_buf_printf(&b, "[%s]", what);
	fn(ctx, indent, kb_buf_str(&b), (int)strlen(indent), RT_WRAP);
	kb_buf_free(&b);
}

/* When a check counts at all: v2's wildcard, if-key-exists,
 * when-symptom and any-of group, in words. */
static void check_condition_lines(const struct rule_check *c, rule_text_fn fn, void *ctx)
{
	struct kb_buf b = { 0 };
	size_t i;

	if (rule_key_has_wildcard(c->key))
		kb_buf_printf(&b, "%s key matching the '*' must pass. ",
			      c->match_any ? "At least one" : "Every");
	if (c->if_key_exists)
		kb_buf_puts(&b, "Checked only where the key exists. ");
	if (c->any_group > 0)
		kb_buf_puts(&b, "One of this group of conditions is enough. ");
	for (i = 0; i < c->n_when_symptoms; i++)
		kb_buf_printf(&b, "%s%s", i == 0 ? "Checked only when this symptom was seen: " : ", ",
			      c->when_symptoms[i]);
	if (b.len > 0)
		fn(ctx, "     ", kb_buf_str(&b), 5, RT_WRAP);
	kb_buf_free(&b);
}

static void check_lines(const struct rule *r, const struct rule_check *c, int n,
			rule_text_fn fn, void *ctx)
{
	struct kb_buf b = { 0 };
	char expect[2048];

	rule_check_expectation(c, expect, sizeof expect);
	kb_buf_printf(&b, "  %d. %s: %s", n, nz(c->id), expect);
	fn(ctx, "", kb_buf_str(&b), 0, 0);
	fn(ctx, "     ", nz(c->key), 5, 0);
	if (c->description != NULL)
		fn(ctx, "     ", c->description, 5, RT_WRAP);
	check_condition_lines(c, fn, ctx);
	source_line(r, &c->cite, "reading", "     ", fn, ctx);
	kb_buf_free(&b);
}

static void symptom_lines(const struct rule *r, const struct rule_symptom *sy,
			  rule_text_fn fn, void *ctx)
{
	struct kb_buf b = { 0 };
	size_t i;

	switch (sy->kind) {
	case SYMPTOM_EVENT:
		kb_buf_printf(&b, "Event %u from %s in the %s log", sy->event_id,
			nz(sy->source), nz(sy->log));
		for (i = 0; i < sy->n_text; i++)
			kb_buf_printf(&b, "%s\"%s\"", i == 0 ? ", naming " : ", ", sy->text[i]);
		if (sy->error_code != 0)
			kb_buf_printf(&b, ", error %u (0x%X)", sy->error_code, sy->error_code);
		if (sy->message != NULL)
			kb_buf_printf(&b, ": %s", sy->message);
		if (sy->min_count > 1)
			kb_buf_printf(&b, "; at least %u times", sy->min_count);
		if (sy->within_seconds > 0)
			kb_buf_printf(&b, " within %lld seconds", (long long)sy->within_seconds);
		break;
	case SYMPTOM_ERROR:
		kb_buf_printf(&b, "Error %u (0x%X): %s", sy->error_code, sy->error_code,
			nz(sy->message));
		break;
	case SYMPTOM_QUESTION:
		kb_buf_printf(&b, "Ask: %s", nz(sy->question));
		break;
	}
	fn(ctx, "  - ", kb_buf_str(&b), 4, RT_WRAP);
	if (sy->description != NULL)
		fn(ctx, "    ", sy->description, 4, RT_WRAP);
	source_line(r, &sy->cite, "reading", "    ", fn, ctx);
	kb_buf_free(&b);
}

void rule_text(const struct rule *r, rule_text_fn fn, void *ctx)
{
	struct kb_buf b = { 0 };
	char prefix[80];
	size_t i, j;
	int n = 0;

	snprintf(prefix, sizeof prefix, "%.60s  ", nz(r->id));
	fn(ctx, prefix, nz(r->title), (int)strlen(prefix), RT_WRAP | RT_TITLE);
	kb_buf_printf(&b, "%s (published %s)", nz(r->article), nz(r->published));
	fn(ctx, "Article:   ", kb_buf_str(&b), 11, 0);
	for (i = 0; i < r->n_products; i++) {
		kb_buf_reset(&b);
		kb_buf_printf(&b, "%s", nz(r->products[i].name));
		for (j = 0; j < r->products[i].n_versions; j++)
			kb_buf_printf(&b, "%s%s", j == 0 ? " " : ", ", r->products[i].versions[j]);
		fn(ctx, i == 0 ? "Products:  " : "           ", kb_buf_str(&b), 11, 0);
	}
	if (r->n_tags > 0) {
		kb_buf_reset(&b);
		for (i = 0; i < r->n_tags; i++)
			kb_buf_printf(&b, "%s%s", i > 0 ? ", " : "", r->tags[i]);
		fn(ctx, "Tags:      ", kb_buf_str(&b), 11, 0);
	}
	if (r->n_applies > 0) {
		heading(fn, ctx, "Applies when");
		for (i = 0; i < r->n_applies; i++)
			check_lines(r, &r->applies[i], (int)i + 1, fn, ctx);
	}
	if (r->trigger != NULL) {
		heading(fn, ctx, "What usually comes before it");
		fn(ctx, "  ", r->trigger, 2, RT_WRAP);
		source_line(r, &r->trigger_cite, "reading", "  ", fn, ctx);
	}
	heading(fn, ctx, "Symptoms");
	for (i = 0; i < r->n_symptoms; i++)
		symptom_lines(r, &r->symptoms[i], fn, ctx);
	heading(fn, ctx, "Cause");
	fn(ctx, "  ", nz(r->cause), 2, RT_WRAP);
	source_line(r, &r->cause_cite, "reading", "  ", fn, ctx);
	if (r->n_evidence > 0) {
		heading(fn, ctx, "Log evidence");
		for (i = 0; i < r->n_evidence; i++) {
			const struct rule_evidence *e = &r->evidence[i];
			kb_buf_reset(&b);
			kb_buf_printf(&b, "  %s (%s log%s):", nz(e->id),
				e->log == LOG_CLUSTER ? "cluster" : "text",
				e->sequence ? ", lines in this order" : "");
			fn(ctx, "", kb_buf_str(&b), 4, 0);
			if (e->description != NULL)
				fn(ctx, "    ", e->description, 4, RT_WRAP);
			source_line(r, &e->cite, "reading", "    ", fn, ctx);
			for (j = 0; j < e->n_patterns; j++) {
				snprintf(prefix, sizeof prefix, "    %2zu. %s", j + 1,
					 e->patterns[j].is_regex ? "regex: " : "");
				fn(ctx, prefix, nz(e->patterns[j].text), 8, 0);
				if (rule_cite_is_article(&e->patterns[j].cite) ||
				    e->patterns[j].cite.inferred != NULL)
					source_line(r, &e->patterns[j].cite, "reading",
						    "        ", fn, ctx);
			}
		}
	}
	if (r->n_checks > 0) {
		heading(fn, ctx, "Registry checks");
		for (i = 0; i < r->n_checks; i++)
			check_lines(r, &r->checks[i], (int)i + 1, fn, ctx);
	}
	heading(fn, ctx, "Remediation");
	for (i = 0; i < r->n_fixes; i++) {
		const struct rule_fix *f = &r->fixes[i];
		if (f->kind == FIX_LAST_RESORT) {
			fn(ctx, "  Last resort: ", nz(f->text), 15, RT_WRAP);
			source_line(r, &f->cite, "advice", "               ", fn, ctx);
			continue;
		}
		kb_buf_reset(&b);
		kb_buf_printf(&b, "%s", nz(f->text));
		if (f->kind == FIX_REGISTRY)
			kb_buf_printf(&b, " (registry change; repairs check %s)", nz(f->check_id));
		snprintf(prefix, sizeof prefix, "  %d. ", ++n);
		fn(ctx, prefix, kb_buf_str(&b), 5, RT_WRAP);
		source_line(r, &f->cite, "advice", "     ", fn, ctx);
	}
	blank(fn, ctx);
	kb_buf_reset(&b);
	for (i = 0; i < r->n_references; i++)
		kb_buf_printf(&b, "%s%s", i > 0 ? ", " : "", r->references[i]);
	fn(ctx, "References: ", kb_buf_str(&b), 12, 0);
	fn(ctx, "Source:     ", nz(r->source_path), 12, 0);
	fn(ctx, "SHA-256:    ", r->content_hash, 12, 0);
	kb_buf_free(&b);
}
