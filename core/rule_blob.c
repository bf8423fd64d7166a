/* rule_blob.c: a parsed rule as bytes and back (rule_blob.h). */
#include "kbwiz/rule_blob.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char blob_magic[4] = { 'K', 'B', 'R', 'B' };

/* Every piece of a decoded rule is carved from one block at this
 * alignment (malloc's). */
#define ARENA_ALIGN ((size_t)_Alignof(max_align_t))
#define ARENA_ROUND(n) (((n) + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1))

/* ---- writing ----------------------------------------------------------- */

/* The body's bytes, and the size of the block that decoding them takes:
 * the decoder allocates it once, and rule_free frees it once. */
struct enc {
	struct kb_buf *b;
	size_t arena;
};

static void put_u64(struct enc *e, uint64_t v)
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
	kb_buf_add(e->b, tmp, n);
}

static void put_i64(struct enc *e, int64_t v)
{
	put_u64(e, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

static void put_str(struct enc *e, const char *s)
{
	size_t n;

	if (s == NULL) {
		put_u64(e, 0);
		return;
	}
	n = strlen(s);
	put_u64(e, (uint64_t)n + 1);
	kb_buf_add(e->b, s, n);
	e->arena += ARENA_ROUND(n + 1);
}

/* A list's count, telling an absent list (NULL) from an empty one.  It
 * decodes to count + 1 items of item_size (the loader's calloc(n + 1)). */
static void put_count(struct enc *e, const void *list, size_t n, size_t item_size)
{
	put_u64(e, list == NULL ? 0 : (uint64_t)n + 1);
	if (list != NULL)
		e->arena += ARENA_ROUND((n + 1) * item_size);
}

/* Bytes (REG_BINARY data): a list of one-byte items, NULL kept apart
 * from none. */
static void put_bytes(struct enc *e, const unsigned char *p, size_t n)
{
	put_count(e, p, n, 1);
	if (p != NULL)
		kb_buf_add(e->b, p, n);
}

static void put_strv(struct enc *e, char *const *v, size_t n)
{
	size_t i;

	put_count(e, v, n, sizeof *v);
	for (i = 0; v != NULL && i < n; i++)
		put_str(e, v[i]);
}

static void put_cite(struct enc *e, const struct rule_cite *c)
{
	size_t i;

	put_count(e, c->ranges, c->n_ranges, sizeof *c->ranges);
	for (i = 0; c->ranges != NULL && i < c->n_ranges; i++) {
		put_i64(e, c->ranges[i].first);
		put_i64(e, c->ranges[i].last);
	}
	put_str(e, c->inferred);
	put_i64(e, c->line);
}

static void put_checks(struct enc *e, const struct rule_check *c, size_t n)
{
	size_t i;

	put_count(e, c, n, sizeof *c);
	for (i = 0; c != NULL && i < n; i++) {
		put_str(e, c[i].id);
		put_str(e, c[i].description);
		put_str(e, c[i].key);
		put_str(e, c[i].value);
		put_u64(e, (uint64_t)c[i].type);
		put_u64(e, (uint64_t)c[i].expect);
		put_str(e, c[i].data);
		put_bytes(e, c[i].bytes, c[i].n_bytes);
		put_i64(e, c[i].bytes_joined);
		put_u64(e, c[i].number);
		put_u64(e, c[i].min);
		put_u64(e, c[i].max);
		put_str(e, c[i].reason);
		put_i64(e, c[i].any_group);
		put_i64(e, c[i].match_any);
		put_i64(e, c[i].if_key_exists);
		put_strv(e, c[i].when_symptoms, c[i].n_when_symptoms);
		put_cite(e, &c[i].cite);
		put_i64(e, c[i].line);
	}
}

static void put_symptoms(struct enc *e, const struct rule *r)
{
	size_t i;

	put_count(e, r->symptoms, r->n_symptoms, sizeof *r->symptoms);
	for (i = 0; r->symptoms != NULL && i < r->n_symptoms; i++) {
		const struct rule_symptom *s = &r->symptoms[i];
		put_str(e, s->id);
		put_u64(e, (uint64_t)s->kind);
		put_str(e, s->description);
		put_str(e, s->log);
		put_u64(e, s->event_id);
		put_str(e, s->source);
		put_strv(e, s->text, s->n_text);
		put_u64(e, s->error_code);
		put_str(e, s->message);
		put_u64(e, s->min_count);
		put_i64(e, s->within_seconds);
		put_str(e, s->question);
		put_cite(e, &s->cite);
		put_i64(e, s->line);
	}
}

static void put_evidence(struct enc *e, const struct rule *r)
{
	size_t i, j;

	put_count(e, r->evidence, r->n_evidence, sizeof *r->evidence);
	for (i = 0; r->evidence != NULL && i < r->n_evidence; i++) {
		const struct rule_evidence *ev = &r->evidence[i];
		put_str(e, ev->id);
		put_str(e, ev->description);
		put_u64(e, (uint64_t)ev->log);
		put_i64(e, ev->sequence);
		put_count(e, ev->patterns, ev->n_patterns, sizeof *ev->patterns);
		for (j = 0; ev->patterns != NULL && j < ev->n_patterns; j++) {
			put_i64(e, ev->patterns[j].is_regex);
			put_str(e, ev->patterns[j].text);
			put_cite(e, &ev->patterns[j].cite);
			put_i64(e, ev->patterns[j].line);
		}
		put_cite(e, &ev->cite);
		put_i64(e, ev->line);
	}
}

static void put_products(struct enc *e, const struct rule *r)
{
	size_t i;

	put_count(e, r->products, r->n_products, sizeof *r->products);
	for (i = 0; r->products != NULL && i < r->n_products; i++) {
		const struct rule_product *p = &r->products[i];
		put_str(e, p->name);
		put_strv(e, p->versions, p->n_versions);
		put_strv(e, p->windows, p->n_windows);
		put_str(e, p->role);
		put_str(e, p->edition);
		put_strv(e, p->service_packs, p->n_service_packs);
	}
}

static void put_fixes(struct enc *e, const struct rule *r)
{
	size_t i;

	put_count(e, r->fixes, r->n_fixes, sizeof *r->fixes);
	for (i = 0; r->fixes != NULL && i < r->n_fixes; i++) {
		const struct rule_fix *f = &r->fixes[i];
		put_str(e, f->id);
		put_u64(e, (uint64_t)f->kind);
		put_str(e, f->text);
		put_str(e, f->check_id);
		put_u64(e, (uint64_t)f->action);
		put_cite(e, &f->cite);
		put_i64(e, f->line);
	}
}

static void put_reviews(struct enc *e, const struct rule *r)
{
	size_t i;

	put_count(e, r->reviews, r->n_reviews, sizeof *r->reviews);
	for (i = 0; r->reviews != NULL && i < r->n_reviews; i++) {
		put_i64(e, r->reviews[i].source_line);
		put_str(e, r->reviews[i].field);
		put_str(e, r->reviews[i].note);
		put_i64(e, r->reviews[i].line);
	}
}

int rule_blob_encode(const struct rule *r, struct kb_buf *out)
{
	struct kb_buf body = KB_BUF_INIT;
	struct enc e = { &body, ARENA_ROUND(sizeof *r) };
	struct enc head = { out, 0 };
	int rc;

	put_str(&e, r->id);
	put_str(&e, r->article);
	put_str(&e, r->title);
	put_str(&e, r->published);
	put_str(&e, r->trigger);
	put_str(&e, r->cause);
	put_cite(&e, &r->trigger_cite);
	put_cite(&e, &r->cause_cite);
	put_products(&e, r);
	put_strv(&e, r->tags, r->n_tags);
	put_checks(&e, r->applies, r->n_applies);
	put_symptoms(&e, r);
	put_evidence(&e, r);
	put_checks(&e, r->checks, r->n_checks);
	put_fixes(&e, r);
	put_strv(&e, r->references, r->n_references);
	put_reviews(&e, r);
	/* The header, then the body: the block's size is known only now. */
	kb_buf_add(out, blob_magic, sizeof blob_magic);
	put_u64(&head, RULE_BLOB_FORMAT);
	put_str(&head, r->content_hash);
	put_u64(&head, e.arena);
	kb_buf_add(out, body.p, body.len);
	rc = out->oom || body.oom ? KB_ENOMEM : 0;
	kb_buf_free(&body);
	return rc;
}

/* ---- reading ----------------------------------------------------------- */

/* A cursor over the blob, and the block the rule is carved from.  bad is
 * sticky: once set, every get returns 0 or NULL and the decoder unwinds
 * at its end. */
struct reader {
	const unsigned char *p, *end;
	int bad;
	unsigned char *arena;
	size_t used, cap;
};

/* size zeroed bytes of the block; more than the header said is damage. */
static void *take(struct reader *rd, size_t size)
{
	void *at;

	size = ARENA_ROUND(size);
	if (rd->bad || size > rd->cap - rd->used) {
		rd->bad = 1;
		return NULL;
	}
	at = rd->arena + rd->used;
	rd->used += size;
	memset(at, 0, size);
	return at;
}

static uint64_t get_u64(struct reader *rd)
{
	uint64_t v = 0;
	unsigned shift = 0;
	unsigned char c;

	if (rd->bad)
		return 0;
	do {
		if (rd->p >= rd->end || shift > 63) {
			rd->bad = 1;
			return 0;
		}
		c = *rd->p++;
		/* One encoding per number: no bits past 64, no zero byte
		 * ending a longer form. */
		if ((shift == 63 && c > 1) || (c == 0 && shift > 0)) {
			rd->bad = 1;
			return 0;
		}
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

	if (n == 0 || rd->bad)
		return NULL;
	n--;
	/* Strings are C strings: no NUL inside (rule files hold none). */
	if (n > (uint64_t)(rd->end - rd->p) || memchr(rd->p, '\0', (size_t)n) != NULL) {
		rd->bad = 1;
		return NULL;
	}
	if ((s = take(rd, (size_t)n + 1)) == NULL)
		return NULL;
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
	if (v == 0 || rd->bad)
		return NULL;
	if (v - 1 > (uint64_t)(rd->end - rd->p)) {
		rd->bad = 1;
		return NULL;
	}
	if ((list = take(rd, (size_t)v * item_size)) == NULL)
		return NULL;
	*n = (size_t)(v - 1);
	return list;
}

static unsigned char *get_bytes(struct reader *rd, size_t *n)
{
	unsigned char *p = get_list(rd, 1, n);

	if (p == NULL)
		return NULL;
	if (*n > (size_t)(rd->end - rd->p)) {
		rd->bad = 1;
		return NULL;
	}
	memcpy(p, rd->p, *n);
	rd->p += *n;
	return p;
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
		c[i].bytes = get_bytes(rd, &c[i].n_bytes);
		c[i].bytes_joined = get_int(rd);
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
		/* As the loader leaves them: bytes on a REG_BINARY equals
		 * (1 to RULE_BINARY_MAX) and on no other check, else a
		 * damaged blob would write an empty or a cut value. */
		if ((c[i].bytes != NULL) !=
		    (c[i].expect == EXPECT_VALUE_EQUALS && c[i].type == KB_REG_BINARY) ||
		    (c[i].bytes != NULL && (c[i].n_bytes < 1 || c[i].n_bytes > RULE_BINARY_MAX)) ||
		    (c[i].bytes_joined != 0 && (c[i].bytes == NULL || c[i].bytes_joined != 1)))
			rd->bad = 1;
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

/* The header: magic, format, the hash of the text it was made from and
 * the size of the block the rule takes.  0 when this build may decode the
 * rest; the hash goes into hash, the size into *arena. */
static int read_header(struct reader *rd, const char *source_path,
		       const char *content_hash, char hash[65], size_t *arena,
		       struct kb_error *err)
{
	uint64_t format, n, size;

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
	n = get_u64(rd);
	if (rd->bad || n == 0 || n - 1 > 64 || n - 1 > (uint64_t)(rd->end - rd->p) ||
	    memchr(rd->p, '\0', (size_t)(n - 1)) != NULL)
		return kb_errorf(err, KB_EFORMAT, "%s: cached rule: no content hash",
				 source_path);
	memcpy(hash, rd->p, (size_t)(n - 1));
	hash[n - 1] = '\0';
	rd->p += n - 1;
	if (content_hash != NULL && strcmp(hash, content_hash) != 0)
		return kb_errorf(err, KB_EVERSION,
				 "%s: cached rule: made from other text than the rule's",
				 source_path);
	/* Each byte of the body makes at most a list item (the largest is
	 * a check) or a string's byte: a size beyond that is damage, not an
	 * allocation to try. */
	size = get_u64(rd);
	if (rd->bad || size < ARENA_ROUND(sizeof(struct rule)) ||
	    size > ARENA_ROUND(sizeof(struct rule)) +
		   (uint64_t)(rd->end - rd->p) * 2 * ARENA_ROUND(sizeof(struct rule_check)))
		return kb_errorf(err, KB_EFORMAT, "%s: cached rule: bad size", source_path);
	*arena = (size_t)size;
	return 0;
}

int rule_blob_decode(const void *data, size_t len, const char *source_path,
		     const char *content_hash, struct rule **out,
		     struct kb_error *err)
{
	struct reader rd = { NULL, NULL, 0, NULL, 0, 0 };
	char hash[65];
	size_t arena = 0, path_len;
	struct rule *r;
	int rc;

	*out = NULL;
	if (source_path == NULL)
		source_path = "(rule)";
	if (data != NULL) {
		rd.p = data;
		rd.end = rd.p + len;
	}
	if ((rc = read_header(&rd, source_path, content_hash, hash, &arena, err)) != 0)
		return rc;
	/* One block: the rule, its strings and lists, and its path. */
	path_len = strlen(source_path) + 1;
	rd.cap = arena + ARENA_ROUND(path_len);
	if ((rd.arena = malloc(rd.cap)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	r = take(&rd, sizeof *r);
	r->arena = rd.arena;
	memcpy(r->content_hash, hash, sizeof hash);
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
	if ((r->source_path = take(&rd, path_len)) != NULL)
		memcpy(r->source_path, source_path, path_len);
	/* What every reader of a rule takes for granted is there. */
	if (!rd.bad && (r->id == NULL || r->article == NULL || r->title == NULL ||
			r->cause == NULL))
		rd.bad = 1;
	if (rd.bad || rd.p != rd.end || rd.used != rd.cap) {
		rc = kb_errorf(err, KB_EFORMAT, "%s: cached rule: damaged (%s)", source_path,
			       rd.bad ? "truncated or out of range" :
			       rd.p != rd.end ? "trailing bytes" : "size mismatch");
		goto fail;
	}
	*out = r;
	return 0;
fail:
	rule_free(r);
	return rc;
}
