/* test_rule_blob.c: a parsed rule as bytes and back gives the same rule,
 * field for field; a blob of another format, made from other text, or
 * damaged is refused, never half-read; and the store uses its cached rules
 * only when they are current (a stale or damaged cache row is passed
 * over for the rule's text), fills them on a store upgraded from schema
 * 4, and gives the same diagnosis from either. */
#include <glob.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "kbwiz/diagnose.h"
#include "kbwiz/evidence.h"
#include "kbwiz/rule_blob.h"
#include "kbwiz/rule_load.h"
#include "kbwiz/store.h"
#include "lib/testlib.h"

/* ---- comparing two rules field by field ---------------------------- */

static void str_eq(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		assert_ptr_equal(a, b);
	else
		assert_string_equal(a, b);
}

/* Absent (NULL) and empty lists stay apart, as the loader makes them. */
static void list_eq(const void *a, size_t na, const void *b, size_t nb)
{
	assert_int_equal(na, nb);
	assert_int_equal(a == NULL, b == NULL);
}

static void strv_eq(char *const *a, size_t na, char *const *b, size_t nb)
{
	size_t i;

	list_eq(a, na, b, nb);
	for (i = 0; i < na; i++)
		str_eq(a[i], b[i]);
}

static void cite_eq(const struct rule_cite *a, const struct rule_cite *b)
{
	size_t i;

	list_eq(a->ranges, a->n_ranges, b->ranges, b->n_ranges);
	for (i = 0; i < a->n_ranges; i++) {
		assert_int_equal(a->ranges[i].first, b->ranges[i].first);
		assert_int_equal(a->ranges[i].last, b->ranges[i].last);
	}
	str_eq(a->inferred, b->inferred);
	assert_int_equal(a->line, b->line);
}

static void checks_eq(const struct rule_check *a, size_t na,
		      const struct rule_check *b, size_t nb)
{
	size_t i;

	list_eq(a, na, b, nb);
	for (i = 0; i < na; i++) {
		str_eq(a[i].id, b[i].id);
		str_eq(a[i].description, b[i].description);
		str_eq(a[i].key, b[i].key);
		str_eq(a[i].value, b[i].value);
		assert_int_equal(a[i].type, b[i].type);
		assert_int_equal(a[i].expect, b[i].expect);
		str_eq(a[i].data, b[i].data);
		assert_int_equal(a[i].bytes == NULL, b[i].bytes == NULL);
		assert_int_equal(a[i].n_bytes, b[i].n_bytes);
		assert_int_equal(a[i].bytes_joined, b[i].bytes_joined);
		if (a[i].n_bytes > 0)
			assert_memory_equal(a[i].bytes, b[i].bytes, a[i].n_bytes);
		assert_int_equal(a[i].number, b[i].number);
		assert_int_equal(a[i].min, b[i].min);
		assert_int_equal(a[i].max, b[i].max);
		str_eq(a[i].reason, b[i].reason);
		assert_int_equal(a[i].any_group, b[i].any_group);
		assert_int_equal(a[i].match_any, b[i].match_any);
		assert_int_equal(a[i].if_key_exists, b[i].if_key_exists);
		strv_eq(a[i].when_symptoms, a[i].n_when_symptoms,
			b[i].when_symptoms, b[i].n_when_symptoms);
		cite_eq(&a[i].cite, &b[i].cite);
		assert_int_equal(a[i].line, b[i].line);
	}
}

static void assert_rules_equal(const struct rule *a, const struct rule *b)
{
	size_t i, j;

	str_eq(a->id, b->id);
	str_eq(a->article, b->article);
	str_eq(a->title, b->title);
	str_eq(a->published, b->published);
	str_eq(a->trigger, b->trigger);
	str_eq(a->cause, b->cause);
	cite_eq(&a->trigger_cite, &b->trigger_cite);
	cite_eq(&a->cause_cite, &b->cause_cite);
	list_eq(a->products, a->n_products, b->products, b->n_products);
	for (i = 0; i < a->n_products; i++) {
		const struct rule_product *p = &a->products[i], *q = &b->products[i];
		str_eq(p->name, q->name);
		strv_eq(p->versions, p->n_versions, q->versions, q->n_versions);
		strv_eq(p->windows, p->n_windows, q->windows, q->n_windows);
		str_eq(p->role, q->role);
		str_eq(p->edition, q->edition);
		strv_eq(p->service_packs, p->n_service_packs, q->service_packs,
			q->n_service_packs);
	}
	strv_eq(a->tags, a->n_tags, b->tags, b->n_tags);
	checks_eq(a->applies, a->n_applies, b->applies, b->n_applies);
	list_eq(a->symptoms, a->n_symptoms, b->symptoms, b->n_symptoms);
	for (i = 0; i < a->n_symptoms; i++) {
		const struct rule_symptom *s = &a->symptoms[i], *t = &b->symptoms[i];
		str_eq(s->id, t->id);
		assert_int_equal(s->kind, t->kind);
		str_eq(s->description, t->description);
		str_eq(s->log, t->log);
		assert_int_equal(s->event_id, t->event_id);
		str_eq(s->source, t->source);
		strv_eq(s->text, s->n_text, t->text, t->n_text);
		assert_int_equal(s->error_code, t->error_code);
		str_eq(s->message, t->message);
		assert_int_equal(s->min_count, t->min_count);
		assert_int_equal(s->within_seconds, t->within_seconds);
		str_eq(s->question, t->question);
		cite_eq(&s->cite, &t->cite);
		assert_int_equal(s->line, t->line);
	}
	list_eq(a->evidence, a->n_evidence, b->evidence, b->n_evidence);
	for (i = 0; i < a->n_evidence; i++) {
		const struct rule_evidence *e = &a->evidence[i], *f = &b->evidence[i];
		str_eq(e->id, f->id);
		str_eq(e->description, f->description);
		assert_int_equal(e->log, f->log);
		assert_int_equal(e->sequence, f->sequence);
		list_eq(e->patterns, e->n_patterns, f->patterns, f->n_patterns);
		for (j = 0; j < e->n_patterns; j++) {
			assert_int_equal(e->patterns[j].is_regex, f->patterns[j].is_regex);
			str_eq(e->patterns[j].text, f->patterns[j].text);
			cite_eq(&e->patterns[j].cite, &f->patterns[j].cite);
			assert_int_equal(e->patterns[j].line, f->patterns[j].line);
		}
		cite_eq(&e->cite, &f->cite);
		assert_int_equal(e->line, f->line);
	}
	checks_eq(a->checks, a->n_checks, b->checks, b->n_checks);
	list_eq(a->fixes, a->n_fixes, b->fixes, b->n_fixes);
	for (i = 0; i < a->n_fixes; i++) {
		const struct rule_fix *f = &a->fixes[i], *g = &b->fixes[i];
		str_eq(f->id, g->id);
		assert_int_equal(f->kind, g->kind);
		str_eq(f->text, g->text);
		str_eq(f->check_id, g->check_id);
		assert_int_equal(f->action, g->action);
		cite_eq(&f->cite, &g->cite);
		assert_int_equal(f->line, g->line);
	}
	strv_eq(a->references, a->n_references, b->references, b->n_references);
	list_eq(a->reviews, a->n_reviews, b->reviews, b->n_reviews);
	for (i = 0; i < a->n_reviews; i++) {
		assert_int_equal(a->reviews[i].source_line, b->reviews[i].source_line);
		str_eq(a->reviews[i].field, b->reviews[i].field);
		str_eq(a->reviews[i].note, b->reviews[i].note);
		assert_int_equal(a->reviews[i].line, b->reviews[i].line);
	}
	str_eq(a->source_path, b->source_path);
	assert_string_equal(a->content_hash, b->content_hash);
}

/* ---- the blob on its own ------------------------------------------- */

/* Fields the kb/ rules leave out: an any-of group, a wildcard key with
 * match, if-key-exists, count and within, a regex, an empty tag list,
 * REG_BINARY data. */
static const char rich_rule[] =
	"id: T9\n"
	"article: Q999009\n"
	"title: A rule that uses the rarer fields\n"
	"published: 2003-04-05\n"
	"products:\n"
	"  - name: Windows Server 2003\n"
	"    versions: [\"5.2 SP1\"]\n"
	"    windows: [\"5.2\"]\n"
	"    service-pack: [\"1+\"]\n"
	"tags: []\n"
	"applies:\n"
	"  - any:\n"
	"      - id: a1\n"
	"        inferred: one of two services\n"
	"        key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\A'\n"
	"        expect: key-exists\n"
	"      - id: a2\n"
	"        inferred: one of two services\n"
	"        key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\B'\n"
	"        expect: key-exists\n"
	"    reason: neither A nor B is installed\n"
	"symptoms:\n"
	"  - id: ev\n"
	"    inferred: a test\n"
	"    event: {log: System, id: 7031, source: Service Control Manager,\n"
	"            text: [\"Foo\"], count: 3, within: 10m}\n"
	"cause-inferred: a test\n"
	"cause: Something is wrong.\n"
	"evidence:\n"
	"  - id: lg\n"
	"    inferred: a test\n"
	"    log: text\n"
	"    patterns:\n"
	"      - regex: 'fail(ed)? \\d+'\n"
	"      - literal: 'stopped, code 5'\n"
	"checks:\n"
	"  - id: c1\n"
	"    inferred: a test\n"
	"    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\*\\Parameters'\n"
	"    match: any\n"
	"    value: Start\n"
	"    type: REG_DWORD\n"
	"    expect: in-range\n"
	"    min: 2\n"
	"    max: 3\n"
	"  - id: c2\n"
	"    inferred: a test\n"
	"    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Foo'\n"
	"    if-key-exists: true\n"
	"    value: DependOnService\n"
	"    type: REG_MULTI_SZ\n"
	"    expect: contains\n"
	"    data: Bar\n"
	"    when-symptom: [ev]\n"
	"  - id: c3\n"
	"    inferred: a test\n"
	"    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Foo'\n"
	"    value: Blob\n"
	"    type: REG_BINARY\n"
	"    expect: equals\n"
	"    data: '01,00,0A,ff'\n"
	"remediation:\n"
	"  - id: r1\n"
	"    inferred: a test\n"
	"    manual: Do it by hand.\n"
	"references: [Q999009]\n"
	"review:\n"
	"  - line: 12\n"
	"    field: cause\n"
	"    note: check the cause against the article\n"
	"  - note: a note with no line\n";

static void round_trip(const struct rule *r)
{
	struct kb_buf b = KB_BUF_INIT, again = KB_BUF_INIT;
	struct kb_error err = { "" };
	struct rule *back = NULL;

	assert_int_equal(rule_blob_encode(r, &b), 0);
	if (rule_blob_decode(b.p, b.len, r->source_path, r->content_hash, &back, &err) != 0)
		fail_msg("%s: %s", r->source_path, err.msg);
	assert_rules_equal(r, back);
	/* And the decoded rule encodes to the same bytes. */
	assert_int_equal(rule_blob_encode(back, &again), 0);
	assert_int_equal(again.len, b.len);
	assert_memory_equal(again.p, b.p, b.len);
	rule_free(back);
	kb_buf_free(&b);
	kb_buf_free(&again);
}

static void test_rich_rule_round_trips(void **state)
{
	struct kb_error err = { "" };
	struct rule *r = NULL;

	(void)state;
	if (rule_load_text("rich.yaml", rich_rule, sizeof rich_rule - 1, &r, &err) != 0)
		fail_msg("%s", err.msg);
	/* The fixture does use what it is here for. */
	assert_int_equal(r->n_applies, 2);
	assert_int_equal(r->applies[1].any_group, 1);
	assert_true(r->checks[0].match_any);
	assert_true(r->checks[1].if_key_exists);
	assert_int_equal(r->checks[2].n_bytes, 4);
	assert_int_equal(r->symptoms[0].min_count, 3);
	assert_int_equal(r->symptoms[0].within_seconds, 600);
	assert_non_null(r->tags);
	assert_int_equal(r->n_tags, 0);
	assert_int_equal(r->n_reviews, 2);
	round_trip(r);
	rule_free(r);
}

/* Every rule file the project has: the KB's, and any test fixture that
 * loads as a rule. */
static void test_every_rule_file_round_trips(void **state)
{
	static const char *const patterns[] = {
		"kb/*.yaml", "tests/fixtures/*/*.yaml", "tests/fixtures/*/*/*.yaml",
		"tests/fixtures/*/*/*/*.yaml",
	};
	struct kb_error err = { "" };
	size_t p, i, n = 0;

	(void)state;
	for (p = 0; p < sizeof patterns / sizeof patterns[0]; p++) {
		glob_t g;

		if (glob(patterns[p], 0, NULL, &g) != 0)
			continue;
		for (i = 0; i < g.gl_pathc; i++) {
			struct rule *r = NULL;
			if (rule_load_file(g.gl_pathv[i], &r, &err) != 0)
				continue;
			round_trip(r);
			n++;
			rule_free(r);
		}
		globfree(&g);
	}
	assert_true(n >= 31);
	print_message("%zu rule files round-tripped\n", n);
}

static void test_blob_of_other_format_or_text_is_refused(void **state)
{
	struct kb_buf b = KB_BUF_INIT;
	struct kb_error err = { "" };
	struct rule *r = NULL, *back = NULL;

	(void)state;
	assert_int_equal(rule_load_text("rich.yaml", rich_rule, sizeof rich_rule - 1, &r, &err), 0);
	assert_int_equal(rule_blob_encode(r, &b), 0);
	/* Made from other text than the rule the store holds now. */
	assert_int_equal(rule_blob_decode(b.p, b.len, "rich.yaml",
					  "0000000000000000000000000000000000000000000000000000000000000000",
					  &back, &err), KB_EVERSION);
	assert_null(back);
	assert_non_null(strstr(err.msg, "other text"));
	/* Another format: the byte after the magic. */
	b.p[4] = RULE_BLOB_FORMAT + 1;
	assert_int_equal(rule_blob_decode(b.p, b.len, "rich.yaml", r->content_hash,
					  &back, &err), KB_EVERSION);
	assert_null(back);
	assert_non_null(strstr(err.msg, "format"));
	b.p[4] = RULE_BLOB_FORMAT;
	assert_int_equal(rule_blob_decode(b.p, b.len, "rich.yaml", r->content_hash,
					  &back, &err), 0);
	rule_free(back);
	back = NULL;
	/* One encoding per number: the format as two bytes (0x81 0x00) is
	 * not read as 1. */
	{
		struct kb_buf longer = KB_BUF_INIT;
		kb_buf_add(&longer, b.p, 4);
		kb_buf_add(&longer, "\x81\x00", 2);
		kb_buf_add(&longer, b.p + 5, b.len - 5);
		assert_int_equal(rule_blob_decode(longer.p, longer.len, "rich.yaml",
						  r->content_hash, &back, &err), KB_EFORMAT);
		assert_null(back);
		kb_buf_free(&longer);
	}
	rule_free(r);
	kb_buf_free(&b);
}

/* Every cut and many flipped bytes: refused or decoded, never a crash
 * or a leak (ASan runs this), and never a rule missing its id. */
static void test_damaged_blobs_are_refused_whole(void **state)
{
	struct kb_buf b = KB_BUF_INIT;
	struct kb_error err = { "" };
	struct rule *r = NULL, *back = NULL;
	unsigned char *copy;
	size_t len, i;
	int rc;

	(void)state;
	assert_int_equal(rule_load_file("kb/Q262832.yaml", &r, &err), 0);
	assert_int_equal(rule_blob_encode(r, &b), 0);
	for (len = 0; len < b.len; len++) {
		rc = rule_blob_decode(b.p, len, "x", NULL, &back, &err);
		assert_true(rc == KB_EFORMAT || rc == KB_EVERSION);
		assert_null(back);
	}
	/* Trailing bytes are damage too. */
	kb_buf_add(&b, "x", 1);
	assert_int_equal(rule_blob_decode(b.p, b.len, "x", NULL, &back, &err), KB_EFORMAT);
	assert_non_null(strstr(err.msg, "trailing"));
	b.len--;
	copy = malloc(b.len);
	assert_non_null(copy);
	for (i = 4; i < b.len; i++) {
		memcpy(copy, b.p, b.len);
		copy[i] ^= (unsigned char)(0x80 | (i * 37));
		rc = rule_blob_decode(copy, b.len, "x", NULL, &back, &err);
		if (rc == 0) {
			assert_non_null(back->id);
			rule_free(back);
			back = NULL;
		}
	}
	assert_int_equal(rule_blob_decode(NULL, 0, "x", NULL, &back, &err), KB_EFORMAT);
	free(copy);
	rule_free(r);
	kb_buf_free(&b);
}

/* A blob whose bytes do not fit its check is damage, as the loader would
 * never make it: no bytes on a REG_BINARY equals, none left in its list,
 * more than RULE_BINARY_MAX, or bytes on another check. */
static void refused_after(struct rule *r, void (*spoil)(struct rule_check *))
{
	struct kb_buf b = KB_BUF_INIT;
	struct kb_error err = { "" };
	struct rule *back = NULL;
	struct rule_check keep = r->checks[2], keep0 = r->checks[0];

	spoil(r->checks);
	assert_int_equal(rule_blob_encode(r, &b), 0);
	assert_int_equal(rule_blob_decode(b.p, b.len, "x", NULL, &back, &err), KB_EFORMAT);
	assert_null(back);
	assert_non_null(strstr(err.msg, "out of range"));
	r->checks[2] = keep;
	r->checks[0] = keep0;
	kb_buf_free(&b);
}

static void no_bytes(struct rule_check *c) { c[2].bytes = NULL; c[2].n_bytes = 0; }
static void empty_bytes(struct rule_check *c) { c[2].n_bytes = 0; }
static void too_many(struct rule_check *c) { c[2].n_bytes = RULE_BINARY_MAX + 1; }
static void joined_twice(struct rule_check *c) { c[2].bytes_joined = 2; }
static void joined_no_bytes(struct rule_check *c) { c[0].bytes_joined = 1; }
static void bytes_elsewhere(struct rule_check *c)
{
	c[0].bytes = c[2].bytes;
	c[0].n_bytes = c[2].n_bytes;
}

static void test_bytes_that_do_not_fit_the_check_are_refused(void **state)
{
	struct kb_error err = { "" };
	struct rule *r = NULL;
	unsigned char *big = calloc(RULE_BINARY_MAX + 1, 1);
	unsigned char *had;

	(void)state;
	assert_non_null(big);
	assert_int_equal(rule_load_text("rich.yaml", rich_rule, sizeof rich_rule - 1, &r, &err), 0);
	assert_int_equal(r->checks[2].type, KB_REG_BINARY);
	round_trip(r);
	refused_after(r, no_bytes);
	refused_after(r, empty_bytes);
	had = r->checks[2].bytes;
	r->checks[2].bytes = big;
	refused_after(r, too_many);
	r->checks[2].bytes = had;
	refused_after(r, joined_twice);
	refused_after(r, joined_no_bytes);
	refused_after(r, bytes_elsewhere);
	free(big);
	rule_free(r);
}

/* ---- the store's cache ---------------------------------------------- */

static int setup(void **state)
{
	return test_store_dir_setup(state, "kbwiz.db");
}

static int teardown(void **state)
{
	return test_store_dir_teardown(state);
}

static void load_kb(struct kb_store *s, struct rule_set *set)
{
	struct kb_error err = { "" };
	struct store_load_stats st;

	assert_int_equal(rule_load_dir("kb", set, &err), 0);
	if (store_load_rules(s, set, "kb", &st, &err) != 0)
		fail_msg("load: %s", err.msg);
}

static int db_int(const char *db, const char *sql)
{
	sqlite3 *h;
	sqlite3_stmt *st;
	int v = -1;

	assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(h);
	return v;
}

static void db_exec(const char *db, const char *sql)
{
	sqlite3 *h;
	char *msg = NULL;

	assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
	if (sqlite3_exec(h, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg);
	sqlite3_close(h);
}

/* The store's rules, every one, equal to the files parsed. */
static void assert_store_matches(struct kb_store *s, const struct rule_set *files)
{
	struct kb_error err = { "" };
	struct rule_set got;
	size_t i, j;

	assert_int_equal(store_get_rules(s, NULL, &got, &err), 0);
	assert_int_equal(got.n, files->n);
	for (i = 0; i < files->n; i++) {
		for (j = 0; j < got.n; j++)
			if (strcmp(got.rules[j]->id, files->rules[i]->id) == 0)
				break;
		assert_true(j < got.n);
		assert_rules_equal(files->rules[i], got.rules[j]);
	}
	rule_set_free(&got);
}

static void test_store_caches_every_rule_and_reads_it_back_equal(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	struct rule_set set;
	struct rule *one = NULL;
	size_t i;

	assert_int_equal(store_open(f->db, STORE_OPEN_CREATE, &s, NULL, &err), 0);
	load_kb(s, &set);
	assert_int_equal(db_int(f->db, "SELECT count(*) FROM rule_cache"), (int)set.n);
	assert_int_equal(db_int(f->db, "SELECT count(*) FROM rule_cache c JOIN rules r"
			       " ON r.id = c.rule_id AND r.content_hash = c.content_hash"),
			 (int)set.n);
	assert_store_matches(s, &set);
	assert_int_equal(store_get_rule(s, "q262832", &one, &err), 0);
	for (i = 0; i < set.n; i++)
		if (strcmp(set.rules[i]->id, "Q262832") == 0)
			assert_rules_equal(set.rules[i], one);
	rule_free(one);
	rule_set_free(&set);
	store_close(s);
}

/* A cache row that is not the current parse of the rule's text is
 * never used: one made from other text (another rule's blob put in,
 * with this rule's hash beside it), one of another format, and a damaged
 * one all give the rule as its text says. */
static void test_stale_or_damaged_cache_rows_are_passed_over(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	struct rule_set set;

	assert_int_equal(store_open(f->db, STORE_OPEN_CREATE, &s, NULL, &err), 0);
	load_kb(s, &set);
	store_close(s);
	/* Q262832's row gets another rule's blob (its own hash kept). */
	db_exec(f->db, "UPDATE rule_cache SET rule = (SELECT rule FROM rule_cache"
		" WHERE rule_id <> 'Q262832' ORDER BY rule_id LIMIT 1)"
		" WHERE rule_id = 'Q262832'");
	/* Another rule's row says it was made by another format. */
	db_exec(f->db, "UPDATE rule_cache SET format = format + 1 WHERE rule_id ="
		" (SELECT rule_id FROM rule_cache WHERE rule_id <> 'Q262832'"
		" ORDER BY rule_id LIMIT 1 OFFSET 1)");
	/* A third one is cut short. */
	db_exec(f->db, "UPDATE rule_cache SET rule = substr(rule, 1, length(rule) / 2)"
		" WHERE rule_id = (SELECT rule_id FROM rule_cache WHERE rule_id <> 'Q262832'"
		" ORDER BY rule_id LIMIT 1 OFFSET 2)");
	/* And a fourth's text changed behind the cache's back (its hash
	 * with it, as a reload would write it). */
	db_exec(f->db, "UPDATE rules SET content_hash = 'edited' WHERE id ="
		" (SELECT id FROM rules WHERE id <> 'Q262832' ORDER BY id LIMIT 1 OFFSET 3)");
	assert_int_equal(store_open(f->db, 0, &s, NULL, &err), 0);
	/* The edited rule reads back from its text, with the hash of that
	 * text (not the row's, which this test made up). */
	assert_store_matches(s, &set);
	store_close(s);
	rule_set_free(&set);
}

/* A store of schema 4 (rules, no cache) is upgraded: its rules read as
 * before (from their text), and the next load caches them without
 * counting them as changed. */
static void test_store_from_schema_4_is_upgraded_and_cached(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	struct store_load_stats st;
	struct rule_set set;

	assert_int_equal(store_open_at_version(f->db, 4, &s, &err), 0);
	load_kb(s, &set);
	store_close(s);
	assert_int_equal(db_int(f->db, "PRAGMA user_version"), 4);
	assert_int_equal(db_int(f->db, "SELECT count(*) FROM sqlite_master WHERE name = 'rule_cache'"), 0);

	assert_int_equal(store_open(f->db, 0, &s, NULL, &err), 0);
	assert_int_equal(store_schema_version(s), STORE_SCHEMA_VERSION);
	assert_int_equal(db_int(f->db, "SELECT count(*) FROM rule_cache"), 0);
	assert_store_matches(s, &set);
	if (store_load_rules(s, &set, "kb", &st, &err) != 0)
		fail_msg("%s", err.msg);
	assert_int_equal(st.unchanged, set.n);
	assert_int_equal(st.added + st.updated + st.removed, 0);
	assert_int_equal(db_int(f->db, "SELECT count(*) FROM rule_cache"), (int)set.n);
	assert_store_matches(s, &set);
	/* Now nothing is left to do: a load takes no write at all. */
	db_exec(f->db, "CREATE TRIGGER no_writes BEFORE INSERT ON rule_cache"
		" BEGIN SELECT raise(FAIL, 'written'); END");
	if (store_load_rules(s, &set, "kb", &st, &err) != 0)
		fail_msg("%s", err.msg);
	store_close(s);
	rule_set_free(&set);
}

/* The rules read from the cache and the rules parsed from their text
 * give the same diagnosis, to the byte of its JSON. */
static void test_cached_rules_diagnose_like_parsed_ones(void **state)
{
	struct test_store_dir *f = *state;
	struct kb_error err = { "" };
	struct kb_store *s = NULL;
	struct rule_set files, cached;
	struct evidence_set ev = { 0 };
	struct diagnosis *d1 = NULL, *d2 = NULL;
	char *j1 = NULL, *j2 = NULL;

	assert_int_equal(store_open(f->db, STORE_OPEN_CREATE, &s, NULL, &err), 0);
	load_kb(s, &files);
	assert_int_equal(store_get_rules(s, NULL, &cached, &err), 0);
	assert_int_equal(evidence_add(&ev, EVIDENCE_LOG,
				      "tests/fixtures/logs/cluster_nt_q262832.log", &err), 0);
	assert_int_equal(diagnosis_new_borrowed(files.rules, files.n, &d1, &err), 0);
	assert_int_equal(diagnosis_new_borrowed(cached.rules, cached.n, &d2, &err), 0);
	d1->serial_readers = d2->serial_readers = 1;
	assert_int_equal(diagnosis_run(d1, &ev, NULL, NULL, &err), 0);
	assert_int_equal(diagnosis_run(d2, &ev, NULL, NULL, &err), 0);
	assert_int_equal(diagnosis_to_json(d1, &j1, &err), 0);
	assert_int_equal(diagnosis_to_json(d2, &j2, &err), 0);
	assert_string_equal(j1, j2);
	assert_true(diagnosis_count_verdict(d2, VERDICT_CONFIRMED) >= 1);
	free(j1);
	free(j2);
	diagnosis_free(d1);
	diagnosis_free(d2);
	evidence_set_free(&ev);
	rule_set_free(&cached);
	rule_set_free(&files);
	store_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rich_rule_round_trips),
		cmocka_unit_test(test_bytes_that_do_not_fit_the_check_are_refused),
		cmocka_unit_test(test_every_rule_file_round_trips),
		cmocka_unit_test(test_blob_of_other_format_or_text_is_refused),
		cmocka_unit_test(test_damaged_blobs_are_refused_whole),
		cmocka_unit_test_setup_teardown(test_store_caches_every_rule_and_reads_it_back_equal,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_stale_or_damaged_cache_rows_are_passed_over,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_from_schema_4_is_upgraded_and_cached,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_cached_rules_diagnose_like_parsed_ones,
						setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
