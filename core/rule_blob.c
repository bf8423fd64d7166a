/* rule_blob.c: a parsed rule as bytes and back (rule_blob.h). */
#include "kbwiz/rule_blob.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char blob_magic[4] = { 'K', 'B', 'R', 'B' };

/* ---- writing ----------------------------------------------------------- */

static void put_u64(struct kb_buf *b, uint64_t v)
{
	unsigned char tmp[10];
	size_t n = 0;

	do {
		tmp[n] = (unsigned char)(v & 0x7f);
		v >>= 7;
		if (v != 0)
			tmp[n] |= 0x80;
		n++;
	} while (v != 0);
	kb_buf_add(b, tmp, n);
}

static void put_i64(struct kb_buf *b, int64_t v)
{
	put_u64(b, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

static void put_str(struct kb_buf *b, const char *s)
{
	size_t n;

	if (s == NULL) {
		put_u64(b, 0);
		return;
	}
	n = strlen(s);
	put_u64(b, (uint64_t)n + 1);
	kb_buf_add(b, s, n);
}

/* A list's count, telling an absent list (NULL) from an empty one. */
static void put_count(struct kb_buf *b, const void *list, size_t n)
{
	put_u64(b, list == NULL ? 0 : (uint64_t)n + 1);
}

static void put_strv(struct kb_buf *b, char *const *v, size_t n)
{
	size_t i;

	put_count(b, v, n);
	for (i = 0; v != NULL && i < n; i++)
		put_str(b, v[i]);
}

static void put_cite(struct kb_buf *b, const struct rule_cite *c)
{
	size_t i;

	put_count(b, c->ranges, c->n_ranges);
	for (i = 0; c->ranges != NULL && i < c->n_ranges; i++) {
		put_i64(b, c->ranges[i].first);
		put_i64(b, c->ranges[i].last);
	}
	put_str(b, c->inferred);
	put_i64(b, c->line);
}

static void put_checks(struct kb_buf *b, const struct rule_check *c, size_t n)
{
	size_t i;

	put_count(b, c, n);
	for (i = 0; c != NULL && i < n; i++) {
		put_str(b, c[i].id);
		put_str(b, c[i].description);
		put_str(b, c[i].key);
		put_str(b, c[i].value);
		put_u64(b, (uint64_t)c[i].type);
		put_u64(b, (uint64_t)c[i].expect);
		put_str(b, c[i].data);
		put_u64(b, c[i].number);
		put_u64(b, c[i].min);
		put_u64(b, c[i].max);
		put_str(b, c[i].reason);
		put_i64(b, c[i].any_group);
		put_i64(b, c[i].match_any);
		put_i64(b, c[i].if_key_exists);
		put_strv(b, c[i].when_symptoms, c[i].n_when_symptoms);
		put_cite(b, &c[i].cite);
		put_i64(b, c[i].line);
	}
}

static void put_symptoms(struct kb_buf *b, const struct rule *r)
{
	size_t i;

	put_count(b, r->symptoms, r->n_symptoms);
	for (i = 0; r->symptoms != NULL && i < r->n_symptoms; i++) {
		const struct rule_symptom *s = &r->symptoms[i];
		put_str(b, s->id);
		put_u64(b, (uint64_t)s->kind);
		put_str(b, s->description);
		put_str(b, s->log);
		put_u64(b, s->event_id);
		put_str(b, s->source);
		put_strv(b, s->text, s->n_text);
		put_u64(b, s->error_code);
		put_str(b, s->message);
		put_u64(b, s->min_count);
		put_i64(b, s->within_seconds);
		put_str(b, s->question);
		put_cite(b, &s->cite);
		put_i64(b, s->line);
	}
}

static void put_evidence(struct kb_buf *b, const struct rule *r)
{
	size_t i, j;

	put_count(b, r->evidence, r->n_evidence);
	for (i = 0; r->evidence != NULL && i < r->n_evidence; i++) {
		const struct rule_evidence *e = &r->evidence[i];
		put_str(b, e->id);
		put_str(b, e->description);
		put_u64(b, (uint64_t)e->log);
		put_i64(b, e->sequence);
		put_count(b, e->patterns, e->n_patterns);
		for (j = 0; e->patterns != NULL && j < e->n_patterns; j++) {
			put_i64(b, e->patterns[j].is_regex);
			put_str(b, e->patterns[j].text);
			put_cite(b, &e->patterns[j].cite);
			put_i64(b, e->patterns[j].line);
		}
		put_cite(b, &e->cite);
		put_i64(b, e->line);
	}
}

static void put_products(struct kb_buf *b, const struct rule *r)
{
	size_t i;

	put_count(b, r->products, r->n_products);
	for (i = 0; r->products != NULL && i < r->n_products; i++) {
		const struct rule_product *p = &r->products[i];
		put_str(b, p->name);
		put_strv(b, p->versions, p->n_versions);
		put_strv(b, p->windows, p->n_windows);
		put_str(b, p->role);
		put_str(b, p->edition);
		put_strv(b, p->service_packs, p->n_service_packs);
	}
}

static void put_fixes(struct kb_buf *b, const struct rule *r)
{
	size_t i;

	put_count(b, r->fixes, r->n_fixes);
	for (i = 0; r->fixes != NULL && i < r->n_fixes; i++) {
		const struct rule_fix *f = &r->fixes[i];
		put_str(b, f->id);
		put_u64(b, (uint64_t)f->kind);
		put_str(b, f->text);
		put_str(b, f->check_id);
		put_u64(b, (uint64_t)f->action);
		put_cite(b, &f->cite);
		put_i64(b, f->line);
	}
}

static void put_reviews(struct kb_buf *b, const struct rule *r)
{
	size_t i;

	put_count(b, r->reviews, r->n_reviews);
	for (i = 0; r->reviews != NULL && i < r->n_reviews; i++) {
		put_i64(b, r->reviews[i].source_line);
		put_str(b, r->reviews[i].field);
		put_str(b, r->reviews[i].note);
		put_i64(b, r->reviews[i].line);
	}
}

int rule_blob_encode(const struct rule *r, struct kb_buf *out)
{
	kb_buf_add(out, blob_magic, sizeof blob_magic);
	put_u64(out, RULE_BLOB_FORMAT);
	put_str(out, r->content_hash);
	put_str(out, r->id);
	put_str(out, r->article);
	put_str(out, r->title);
	put_str(out, r->published);
	put_str(out, r->trigger);
	put_str(out, r->cause);
	put_cite(out, &r->trigger_cite);
	put_cite(out, &r->cause_cite);
	put_products(out, r);
	put_strv(out, r->tags, r->n_tags);
	put_checks(out, r->applies, r->n_applies);
	put_symptoms(out, r);
	put_evidence(out, r);
	put_checks(out, r->checks, r->n_checks);
	put_fixes(out, r);
	put_strv(out, r->references, r->n_references);
	put_reviews(out, r);
	return out->oom ? KB_ENOMEM : 0;
}

/* ---- reading ----------------------------------------------------------- */

/* A cursor over the blob.  bad and oom are sticky: once set, every get
 * returns 0 or NULL and the decoder unwinds at its end. */
struct reader {
	const unsigned char *p, *end;
	int bad, oom;
};

static uint64_t get_u64(struct reader *rd)
{
	uint64_t v = 0;
	unsigned shift = 0;
	unsigned char c;

	if (rd->bad || rd->oom)
		return 0;
	do {
		if (rd->p >= rd->end || shift > 63) {
			rd->bad = 1;
			return 0;
		}
		c = *rd->p++;
		v |= (uint64_t)(c & 0x7f) << shift;
		shift += 7;
	} while (c & 0x80);
	return v;
}

static int64_t get_i64(struct reader *rd)
{
	uint64_t v = get_u64(rd);

	return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

static int get_int(struct reader *rd)
{
	int64_t v = get_i64(rd);

	if (v < INT32_MIN || v > INT32_MAX)
		rd->bad = 1;
	return rd->bad ? 0 : (int)v;
}

static unsigned get_uint(struct reader *rd)
{
	uint64_t v = get_u64(rd);

	if (v > UINT32_MAX)
		rd->bad = 1;
	return rd->bad ? 0 : (unsigned)v;
}

/* An enum's value, refused above its last member (callers index tables
 * with them). */
static unsigned get_enum(struct reader *rd, unsigned last)
{
	unsigned v = get_uint(rd);

	if (v > last)
		rd->bad = 1;
	return rd->bad ? 0 : v;
}

static char *get_str(struct reader *rd)
{
	uint64_t n = get_u64(rd);
	char *s;

	if (n == 0 || rd->bad || rd->oom)
		return NULL;
	n--;
	/* Strings are C strings: no NUL inside (rule files hold none). */
	if (n > (uint64_t)(rd->end - rd->p) || memchr(rd->p, '\0', (size_t)n) != NULL) {
		rd->bad = 1;
		return NULL;
	}
	if ((s = malloc((size_t)n + 1)) == NULL) {
		rd->oom = 1;
		return NULL;
	}
	memcpy(s, rd->p, (size_t)n);
	s[n] = '\0';
	rd->p += n;
	return s;
}

/* A list: NULL for an absent one, else count + 1 zeroed items (the
 * loader's calloc(count + 1) too).  Every item takes at least one byte,
 * so a count beyond the bytes left is damage, not an allocation to try. */
static void *get_list(struct reader *rd, size_t item_size, size_t *n)
{
	uint64_t v = get_u64(rd);
	void *list;

	*n = 0;
	if (v == 0 || rd->bad || rd->oom)
		return NULL;
	if (v - 1 > (uint64_t)(rd->end - rd->p)) {
		rd->bad = 1;
		return NULL;
	}
	if ((list = calloc((size_t)v, item_size)) == NULL) {
		rd->oom = 1;
		return NULL;
	}
	*n = (size_t)(v - 1);
	return list;
}

static char **get_strv(struct reader *rd, size_t *n)
{
	char **v = get_list(rd, sizeof *v, n);
	size_t i;

	for (i = 0; v != NULL && i < *n; i++)
		v[i] = get_str(rd);
	return v;
}

static void get_cite(struct reader *rd, struct rule_cite *c)
{
	size_t i;

	c->ranges = get_list(rd, sizeof *c->ranges, &c->n_ranges);
	for (i = 0; c->ranges != NULL && i < c->n_ranges; i++) {
		c->ranges[i].first = get_int(rd);
		c->ranges[i].last = get_int(rd);
	}
	c->inferred = get_str(rd);
	c->line = get_int(rd);
}

static struct rule_check *get_checks(struct reader *rd, size_t *n)
{
	struct rule_check *c = get_list(rd, sizeof *c, n);
	size_t i;

	for (i = 0; c != NULL && i < *n; i++) {
		c[i].id = get_str(rd);
		c[i].description = get_str(rd);
		c[i].key = get_str(rd);
		c[i].value = get_str(rd);
		c[i].type = (enum kb_reg_type)get_uint(rd);
		c[i].expect = (enum check_expect)get_enum(rd, EXPECT_NOT_CONTAINS);
		c[i].data = get_str(rd);
		c[i].number = get_u64(rd);
		c[i].min = get_u64(rd);
		c[i].max = get_u64(rd);
		c[i].reason = get_str(rd);
		c[i].any_group = get_int(rd);
		c[i].match_any = get_int(rd);
		c[i].if_key_exists = get_int(rd);
		c[i].when_symptoms = get_strv(rd, &c[i].n_when_symptoms);
		get_cite(rd, &c[i].cite);
		c[i].line = get_int(rd);
	}
	return c;
}

static void get_symptoms(struct reader *rd, struct rule *r)
{
	size_t i;

	r->symptoms = get_list(rd, sizeof *r->symptoms, &r->n_symptoms);
	for (i = 0; r->symptoms != NULL && i < r->n_symptoms; i++) {
		struct rule_symptom *s = &r->symptoms[i];
		s->id = get_str(rd);
		s->kind = (enum symptom_kind)get_enum(rd, SYMPTOM_QUESTION);
		s->description = get_str(rd);
		s->log = get_str(rd);
		s->event_id = get_uint(rd);
		s->source = get_str(rd);
		s->text = get_strv(rd, &s->n_text);
		s->error_code = get_uint(rd);
		s->message = get_str(rd);
		s->min_count = get_uint(rd);
		s->within_seconds = get_i64(rd);
		s->question = get_str(rd);
		get_cite(rd, &s->cite);
		s->line = get_int(rd);
	}
}

static void get_evidence(struct reader *rd, struct rule *r)
{
	size_t i, j;

	r->evidence = get_list(rd, sizeof *r->evidence, &r->n_evidence);
	for (i = 0; r->evidence != NULL && i < r->n_evidence; i++) {
		struct rule_evidence *e = &r->evidence[i];
		e->id = get_str(rd);
		e->description = get_str(rd);
		e->log = (enum log_kind)get_enum(rd, LOG_TEXT);
		e->sequence = get_int(rd);
		e->patterns = get_list(rd, sizeof *e->patterns, &e->n_patterns);
		for (j = 0; e->patterns != NULL && j < e->n_patterns; j++) {
			e->patterns[j].is_regex = get_int(rd);
			e->patterns[j].text = get_str(rd);
			get_cite(rd, &e->patterns[j].cite);
			e->patterns[j].line = get_int(rd);
		}
		get_cite(rd, &e->cite);
		e->line = get_int(rd);
	}
}

static void get_products(struct reader *rd, struct rule *r)
{
	size_t i;

	r->products = get_list(rd, sizeof *r->products, &r->n_products);
	for (i = 0; r->products != NULL && i < r->n_products; i++) {
		struct rule_product *p = &r->products[i];
		p->name = get_str(rd);
		p->versions = get_strv(rd, &p->n_versions);
		p->windows = get_strv(rd, &p->n_windows);
		p->role = get_str(rd);
		p->edition = get_str(rd);
		p->service_packs = get_strv(rd, &p->n_service_packs);
	}
}

static void get_fixes(struct reader *rd, struct rule *r)
{
	size_t i;

	r->fixes = get_list(rd, sizeof *r->fixes, &r->n_fixes);
	for (i = 0; r->fixes != NULL && i < r->n_fixes; i++) {
		struct rule_fix *f = &r->fixes[i];
		f->id = get_str(rd);
		f->kind = (enum fix_kind)get_enum(rd, FIX_LAST_RESORT);
		f->text = get_str(rd);
		f->check_id = get_str(rd);
		f->action = (enum fix_action)get_enum(rd, FIX_ACTION_REMOVE_ENTRY);
		get_cite(rd, &f->cite);
		f->line = get_int(rd);
	}
}

static void get_reviews(struct reader *rd, struct rule *r)
{
	size_t i;

	r->reviews = get_list(rd, sizeof *r->reviews, &r->n_reviews);
	for (i = 0; r->reviews != NULL && i < r->n_reviews; i++) {
		r->reviews[i].source_line = get_int(rd);
		r->reviews[i].field = get_str(rd);
		r->reviews[i].note = get_str(rd);
		r->reviews[i].line = get_int(rd);
	}
}

/* The header: magic, format and the hash of the text it was made from.
 * 0 when this build may decode the rest; the hash goes into hash. */
static int read_header(struct reader *rd, const char *source_path,
		       const char *content_hash, char hash[65],
		       struct kb_error *err)
{
	uint64_t format;
	char *h;

	if ((size_t)(rd->end - rd->p) < sizeof blob_magic ||
	    memcmp(rd->p, blob_magic, sizeof blob_magic) != 0)
		return kb_errorf(err, KB_EFORMAT, "%s: cached rule: not a rule blob",
				 source_path);
	rd->p += sizeof blob_magic;
	format = get_u64(rd);
	if (rd->bad)
		return kb_errorf(err, KB_EFORMAT, "%s: cached rule: truncated", source_path);
	if (format != RULE_BLOB_FORMAT)
		return kb_errorf(err, KB_EVERSION,
				 "%s: cached rule: format %llu, this kbwiz reads %d",
				 source_path, (unsigned long long)format, RULE_BLOB_FORMAT);
	h = get_str(rd);
	if (h == NULL || strlen(h) > 64) {
		int oom = rd->oom;
		free(h);
		return oom ? kb_errorf(err, KB_ENOMEM, "out of memory")
			   : kb_errorf(err, KB_EFORMAT, "%s: cached rule: no content hash",
				       source_path);
	}
	snprintf(hash, 65, "%s", h);
	free(h);
	if (content_hash != NULL && strcmp(hash, content_hash) != 0)
		return kb_errorf(err, KB_EVERSION,
				 "%s: cached rule: made from other text than the rule's",
				 source_path);
	return 0;
}

int rule_blob_decode(const void *data, size_t len, const char *source_path,
		     const char *content_hash, struct rule **out,
		     struct kb_error *err)
{
	struct reader rd = { NULL, NULL, 0, 0 };
	struct rule *r;
	int rc;

	*out = NULL;
	if (source_path == NULL)
		source_path = "(rule)";
	if (data != NULL) {
		rd.p = data;
		rd.end = rd.p + len;
	}
	r = calloc(1, sizeof *r);
	if (r == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	if ((rc = read_header(&rd, source_path, content_hash, r->content_hash, err)) != 0)
		goto fail;
	r->id = get_str(&rd);
	r->article = get_str(&rd);
	r->title = get_str(&rd);
	r->published = get_str(&rd);
	r->trigger = get_str(&rd);
	r->cause = get_str(&rd);
	get_cite(&rd, &r->trigger_cite);
	get_cite(&rd, &r->cause_cite);
	get_products(&rd, r);
	r->tags = get_strv(&rd, &r->n_tags);
	r->applies = get_checks(&rd, &r->n_applies);
	get_symptoms(&rd, r);
	get_evidence(&rd, r);
	r->checks = get_checks(&rd, &r->n_checks);
	get_fixes(&rd, r);
	r->references = get_strv(&rd, &r->n_references);
	get_reviews(&rd, r);
	r->source_path = strdup(source_path);
	if (rd.oom || r->source_path == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto fail;
	}
	/* What every reader of a rule takes for granted is there. */
	if (!rd.bad && (r->id == NULL || r->article == NULL || r->title == NULL ||
			r->cause == NULL))
		rd.bad = 1;
	if (rd.bad || rd.p != rd.end) {
		rc = kb_errorf(err, KB_EFORMAT, "%s: cached rule: damaged (%s)", source_path,
			       rd.bad ? "truncated or out of range" : "trailing bytes");
		goto fail;
	}
	*out = r;
	return 0;
fail:
	rule_free(r);
	return rc;
}
