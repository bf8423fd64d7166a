/* test_rule_load.c: the rule loader accepts the documented format and
 * rejects every malformed rule with a message naming file:line:column,
 * the field path, what was expected and what was found. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kbwiz/rule_load.h"
#include "lib/testlib.h"

/* Columns are libfyaml's: a quoted scalar is placed at its first
 * character inside the quotes. */
/* A small valid rule; each bad case below changes one thing in it. */
static const char base_rule[] =
	"id: T1\n"                                                   /* 1 */
	"article: Q999001\n"                                         /* 2 */
	"title: Test service does not start\n"                       /* 3 */
	"published: 2001-02-03\n"                                    /* 4 */
	"products:\n"                                                /* 5 */
	"  - name: Windows 2000 Server\n"                            /* 6 */
	"    versions: [\"5.0\"]\n"                                  /* 7 */
	"symptoms:\n"                                                /* 8 */
	"  - id: ev\n"                                               /* 9 */
	"    event: {log: System, id: 7000, source: Service Control Manager}\n" /* 10 */
	"cause: Something is wrong.\n"                               /* 11 */
	"evidence:\n"                                                /* 12 */
	"  - id: lg\n"                                               /* 13 */
	"    log: text\n"                                            /* 14 */
	"    patterns:\n"                                            /* 15 */
	"      - regex: 'fail(ed)? \\d+'\n"                          /* 16 */
	"checks:\n"                                                  /* 17 */
	"  - id: c1\n"                                               /* 18 */
	"    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Foo'\n" /* 19 */
	"    value: Start\n"                                         /* 20 */
	"    type: REG_DWORD\n"                                      /* 21 */
	"    expect: equals\n"                                       /* 22 */
	"    data: 2\n"                                              /* 23 */
	"remediation:\n"                                             /* 24 */
	"  - id: f1\n"                                               /* 25 */
	"    registry: {check: c1, action: set-value}\n"             /* 26 */
	"references: [Q999001]\n";                                   /* 27 */

/* Replace the first occurrence of from in base_rule with to. */
static char *variant(const char *from, const char *to)
{
	const char *at = strstr(base_rule, from);
	size_t pre, len;
	char *out;

	assert_non_null(at);
	pre = (size_t)(at - base_rule);
	len = strlen(base_rule) - strlen(from) + strlen(to);
	out = malloc(len + 1);
	assert_non_null(out);
	memcpy(out, base_rule, pre);
	strcpy(out + pre, to);
	strcat(out, at + strlen(from));
	return out;
}

static void expect_error(const char *text, const char *message)
{
	struct kb_error err = { "" };
	struct rule *r = NULL;
	int rc;

	rc = rule_load_text("t.yaml", text, strlen(text), &r, &err);
	assert_int_equal(rc, KB_EFORMAT);
	assert_null(r);
	assert_string_equal(err.msg, message);
}

static void expect_variant_error(const char *from, const char *to,
				 const char *message)
{
	char *text = variant(from, to);

	expect_error(text, message);
	free(text);
}

static void test_base_rule_loads_every_field(void **state)
{
	struct kb_error err = { "" };
	struct rule *r = NULL;

	(void)state;
	assert_int_equal(rule_load_text("t.yaml", base_rule, strlen(base_rule), &r, &err), 0);
	assert_string_equal(r->id, "T1");
	assert_string_equal(r->products[0].versions[0], "5.0");
	assert_int_equal(r->symptoms[0].kind, SYMPTOM_EVENT);
	assert_int_equal(r->symptoms[0].event_id, 7000);
	assert_int_equal(r->symptoms[0].line, 9);
	assert_int_equal(r->evidence[0].patterns[0].is_regex, 1);
	assert_int_equal(r->checks[0].expect, EXPECT_VALUE_EQUALS);
	assert_int_equal(r->checks[0].type, KB_REG_DWORD);
	assert_int_equal(r->checks[0].number, 2);
	assert_int_equal(r->fixes[0].action, FIX_ACTION_SET_VALUE);
	/* A registry step without words gets words from its check. */
	assert_string_equal(r->fixes[0].text,
			    "Set the value of HKLM\\SYSTEM\\CurrentControlSet\\Services\\Foo");
	assert_int_equal(strlen(r->content_hash), 64);
	rule_free(r);
}

static void test_q262832_rule_encodes_the_article(void **state)
{
	struct kb_error err = { "" };
	struct rule *r = NULL;
	const struct rule_check *c;

	(void)state;
	assert_int_equal(rule_load_file("kb/Q262832.yaml", &r, &err), 0);
	assert_int_equal(r->symptoms[0].event_id, 7023);
	assert_string_equal(r->symptoms[0].source, "Service Control Manager");
	assert_int_equal(r->symptoms[0].error_code, 1720);
	assert_int_equal(r->symptoms[1].kind, SYMPTOM_ERROR);
	assert_string_equal(r->symptoms[1].message, "The endpoint cannot be created");
	assert_int_equal(r->n_evidence, 1);
	assert_true(r->evidence[0].sequence);
	assert_int_equal(r->evidence[0].n_patterns, 16);
	assert_string_equal(r->evidence[0].patterns[1].text,
			    "[INIT] Unable to bind RPC to CDP, status 1720");
	assert_int_equal(r->n_checks, 3);
	c = rule_find_check(r, "clusnet-provider-key");
	assert_non_null(c);
	assert_int_equal(c->expect, EXPECT_KEY_EXISTS);
	/* The lists hold other entries too: contains, never equals. */
	c = rule_find_check(r, "provider-list-has-clusnet");
	assert_int_equal(c->expect, EXPECT_MULTI_SZ_CONTAINS);
	assert_string_equal(c->value, "Provider List");
	assert_string_equal(c->data, "Clusnet");
	c = rule_find_check(r, "transports-has-clusnet");
	assert_int_equal(c->expect, EXPECT_MULTI_SZ_CONTAINS);
	assert_string_equal(c->key, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Winsock\\Parameters");
	assert_int_equal(r->fixes[r->n_fixes - 1].kind, FIX_LAST_RESORT);
	rule_free(r);
}

static void test_unknown_field_is_named_with_position(void **state)
{
	(void)state;
	expect_variant_error("    log: text\n", "    log: text\n    sequnce: true\n",
			     "t.yaml:15:5: evidence[0].sequnce: unknown field (expected one of: id, description, log, sequence, patterns, cite, inferred)");
}

static void test_wrong_type_says_expected_and_found(void **state)
{
	(void)state;
	expect_variant_error("title: Test service does not start\n", "title: [a, b]\n",
			     "t.yaml:3:9: title: expected a string, found a list");
	expect_variant_error("id: 7000,", "id: seven,",
			     "t.yaml:10:30: symptoms[0].event.id: expected an event ID (0-65535), found 'seven'");
	expect_variant_error("id: 7000,", "id: 70000,",
			     "t.yaml:10:30: symptoms[0].event.id: expected an event ID (0-65535), found '70000'");
}

static void test_unknown_registry_type_is_rejected(void **state)
{
	(void)state;
	expect_variant_error("type: REG_DWORD", "type: REG_DWORDS",
			     "t.yaml:21:11: checks[0].type: expected a registry type (REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ, REG_DWORD, REG_QWORD, REG_BINARY), found 'REG_DWORDS'");
}

static void test_missing_required_field_is_named(void **state)
{
	(void)state;
	expect_variant_error("cause: Something is wrong.\n", "",
			     "t.yaml:1:1: cause: required field is missing");
	expect_variant_error("    expect: equals\n", "",
			     "t.yaml:18:5: checks[0].expect: required field is missing");
}

static void test_bad_regex_names_the_pattern(void **state)
{
	(void)state;
	expect_variant_error("'fail(ed)? \\d+'", "'fail(ed? \\d+'",
			     "t.yaml:16:17: evidence[0].patterns[0].regex: expected a valid regular expression, found 'fail(ed? \\d+' (missing closing parenthesis at offset 12)");
}

static void test_yaml_syntax_error_has_position(void **state)
{
	(void)state;
	expect_error("id: X\n  foo: [1\n", "t.yaml:2:6: YAML syntax error: invalid multiline plain key");
}

static void test_equals_on_dword_needs_a_number(void **state)
{
	(void)state;
	expect_variant_error("    data: 2\n", "    data: two\n",
			     "t.yaml:23:11: checks[0].data: expected a number (decimal or 0x hex) for this type, found 'two'");
}

/* REG_BINARY data in each written form loads as the same bytes, shown in
 * one form. */
static void test_binary_equals_loads_hex_bytes(void **state)
{
	static const char *const forms[] = {
		"'01 00 0a ff'", "'01,00,0A,FF'", "01000aff", "'  01, 00 0aFF '", "' 01000aff '",
	};
	/* Joined up: no blank or comma between two bytes (kb verify reads a
	 * glued number of the article only for such data). */
	static const int joined[] = { 0, 0, 1, 0, 1 };
	static const unsigned char want[] = { 0x01, 0x00, 0x0a, 0xff };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		struct kb_error err = { "" };
		struct rule *r = NULL;
		char to[80];
		char *text;

		snprintf(to, sizeof to, "    type: REG_BINARY\n    expect: equals\n    data: %s\n",
			 forms[i]);
		text = variant("    type: REG_DWORD\n    expect: equals\n    data: 2\n", to);
		if (rule_load_text("t.yaml", text, strlen(text), &r, &err) != 0)
			fail_msg("%s: %s", forms[i], err.msg);
		assert_int_equal(r->checks[0].type, KB_REG_BINARY);
		assert_int_equal(r->checks[0].n_bytes, sizeof want);
		assert_memory_equal(r->checks[0].bytes, want, sizeof want);
		assert_string_equal(r->checks[0].data, "01 00 0a ff");
		assert_int_equal(r->checks[0].bytes_joined, joined[i]);
		rule_free(r);
		free(text);
	}
}

static void test_binary_equals_bad_data_names_the_fault(void **state)
{
	static const char from[] = "    type: REG_DWORD\n    expect: equals\n    data: 2\n";

	(void)state;
	expect_variant_error(from, "    type: REG_BINARY\n    expect: equals\n    data: '01 0a0'\n",
			     "t.yaml:23:12: checks[0].data: REG_BINARY data is whole bytes of two hex digits; "
			     "'01 0a0' has an odd count of digits (3) before its end");
	expect_variant_error(from, "    type: REG_BINARY\n    expect: equals\n    data: '1,00'\n",
			     "t.yaml:23:12: checks[0].data: REG_BINARY data is whole bytes of two hex digits; "
			     "'1,00' has an odd count of digits (1) before a separator");
	expect_variant_error(from, "    type: REG_BINARY\n    expect: equals\n    data: '01 0g'\n",
			     "t.yaml:23:12: checks[0].data: REG_BINARY data is hex bytes (\"01 00 0a ff\", "
			     "\"01,00,0a,ff\" or \"01000aff\"); '01 0g' has 'g' at character 5, not a hex digit");
	expect_variant_error(from, "    type: REG_BINARY\n    expect: equals\n    data: 0x01\n",
			     "t.yaml:23:11: checks[0].data: REG_BINARY data is hex bytes (\"01 00 0a ff\", "
			     "\"01,00,0a,ff\" or \"01000aff\"); '0x01' has 'x' at character 2, not a hex digit");
	expect_variant_error(from, "    type: REG_BINARY\n    expect: equals\n    data: ' , '\n",
			     "t.yaml:23:12: checks[0].data: REG_BINARY data holds no bytes: write them as hex (\"01 00 0a ff\")");
}

/* More than RULE_BINARY_MAX bytes is refused with file:line and why; the
 * most is loaded. */
static void test_binary_equals_too_long_is_refused(void **state)
{
	static const char from[] = "    type: REG_DWORD\n    expect: equals\n    data: 2\n";
	static const char head[] = "    type: REG_BINARY\n    expect: equals\n    data: ";
	char *to = malloc(sizeof head + 2 * (RULE_BINARY_MAX + 1) + 2);
	struct kb_error err = { "" };
	struct rule *r = NULL;
	char *text;

	(void)state;
	assert_non_null(to);
	memcpy(to, head, sizeof head - 1);
	memset(to + sizeof head - 1, 'a', 2 * RULE_BINARY_MAX);
	strcpy(to + sizeof head - 1 + 2 * RULE_BINARY_MAX, "\n");
	text = variant(from, to);
	if (rule_load_text("t.yaml", text, strlen(text), &r, &err) != 0)
		fail_msg("%s", err.msg);
	assert_int_equal(r->checks[0].n_bytes, RULE_BINARY_MAX);
	rule_free(r);
	free(text);
	strcpy(to + sizeof head - 1 + 2 * RULE_BINARY_MAX, "bb\n");
	text = variant(from, to);
	assert_int_not_equal(rule_load_text("t.yaml", text, strlen(text), &r, &err), 0);
	assert_null(r);
	assert_non_null(strstr(err.msg, "t.yaml:23:11: checks[0].data: REG_BINARY data holds 4097 bytes, more than the 4096"));
	assert_non_null(strstr(err.msg, "16344"));
	free(text);
	free(to);
}

static void test_contains_needs_multi_sz(void **state)
{
	(void)state;
	expect_variant_error("    type: REG_DWORD\n    expect: equals\n",
			     "    type: REG_SZ\n    expect: contains\n",
			     "t.yaml:21:11: checks[0].type: expected REG_MULTI_SZ for a 'contains' check, found REG_SZ");
}

static void test_fix_must_name_an_existing_check(void **state)
{
	(void)state;
	expect_variant_error("{check: c1,", "{check: c9,",
			     "t.yaml:25:1: remediation[0].registry.check: expected the id of one of this rule's checks, found 'c9'");
}

static void test_fix_action_must_suit_the_check(void **state)
{
	(void)state;
	expect_variant_error("action: set-value", "action: create-key",
			     "t.yaml:25:1: remediation[0].registry.action: check 'c1' (equals) cannot be repaired by this action; expected set-value");
}

static void test_duplicate_ids_within_a_rule(void **state)
{
	(void)state;
	expect_variant_error("  - id: f1\n", "  - id: f0\n    manual: Back up.\n  - id: f0\n",
			     "t.yaml:27:1: remediation[1].id: expected a unique id, found 'f0' again (first at line 25)");
}

static void test_symptom_needs_exactly_one_kind(void **state)
{
	(void)state;
	expect_variant_error("    event: {", "    question: Really?\n    event: {",
			     "t.yaml:10:5: symptoms[0]: expected only one of 'event' and 'question'");
}

static void test_overlong_id_is_rejected(void **state)
{
	(void)state;
	expect_variant_error("  - id: f1\n",
			     "  - id: f1234567890123456789012345678901234567890123456789012345678901234\n",
			     "t.yaml:25:9: remediation[0].id: expected an id of at most 63 letters, digits, '-', '_' or '.', found 'f1234567890123456789012345678901234567890123456789012345678901234'");
}

static void test_bad_date(void **state)
{
	(void)state;
	expect_variant_error("2001-02-03", "2001-13-03",
			     "t.yaml:4:12: published: expected a date YYYY-MM-DD, found '2001-13-03'");
}

static void test_key_outside_hklm_is_rejected(void **state)
{
	(void)state;
	expect_variant_error("'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Foo'",
			     "'SYSTEM\\Foo'",
			     "t.yaml:19:11: checks[0].key: expected a key under HKLM\\<hive>\\ (e.g. HKLM\\SYSTEM\\CurrentControlSet\\Services), found 'SYSTEM\\Foo'");
}

static void test_binary_and_empty_files_are_refused(void **state)
{
	struct kb_error err = { "" };
	struct rule *r = NULL;

	(void)state;
	assert_int_equal(rule_load_text("b.yaml", "id\0x", 4, &r, &err), KB_EFORMAT);
	assert_string_equal(err.msg, "b.yaml: not a text file (holds NUL bytes)");
	assert_int_equal(rule_load_text("e.yaml", "", 0, &r, &err), KB_EFORMAT);
	assert_string_equal(err.msg, "e.yaml: empty file: expected a rule");
	/* Invalid UTF-8 is refused before the YAML parser sees it (libfyaml
	 * 0.7 loops forever on this directive line). */
	assert_int_equal(rule_load_text("u.yaml", "id: X\n%\xd1", 8, &r, &err), KB_EFORMAT);
	assert_string_equal(err.msg, "u.yaml:2:2: not valid UTF-8 (byte 0xD1): rule files are UTF-8 text");
	assert_int_equal(rule_load_text("c.yaml", "title: 'a\007b'", 12, &r, &err), KB_EFORMAT);
	assert_string_equal(err.msg, "c.yaml:1:10: control character 0x07: rule files are plain text");
}

static void test_duplicate_rule_ids_across_files(void **state)
{
	struct kb_error err = { "" };
	struct rule_set set;
	char *dir = test_tmpdir(), a[512], b[512];

	(void)state;
	assert_non_null(dir);
	snprintf(a, sizeof a, "%s/A.yaml", dir);
	snprintf(b, sizeof b, "%s/B.yaml", dir);
	assert_int_equal(test_write_file(a, base_rule, strlen(base_rule)), 0);
	assert_int_equal(test_write_file(b, base_rule, strlen(base_rule)), 0);
	assert_int_equal(rule_load_dir(dir, &set, &err), KB_EFORMAT);
	assert_int_equal(set.n, 0);
	assert_non_null(strstr(err.msg, "B.yaml:1:1: id: rule 'T1' is already defined in "));
	assert_non_null(strstr(err.msg, "A.yaml"));
	test_rm_rf(dir);
	free(dir);
}

static void test_load_dir_reads_yaml_files_in_order(void **state)
{
	struct kb_error err = { "" };
	struct rule_set set;
	char *dir = test_tmpdir(), p[512], *second;

	(void)state;
	snprintf(p, sizeof p, "%s/B.yaml", dir);
	assert_int_equal(test_write_file(p, base_rule, strlen(base_rule)), 0);
	second = variant("id: T1", "id: T0");
	snprintf(p, sizeof p, "%s/A.yaml", dir);
	assert_int_equal(test_write_file(p, second, strlen(second)), 0);
	snprintf(p, sizeof p, "%s/notes.txt", dir);
	assert_int_equal(test_write_file(p, "x", 1), 0);
	assert_int_equal(rule_load_dir(dir, &set, &err), 0);
	assert_int_equal(set.n, 2);
	assert_string_equal(set.rules[0]->id, "T0");
	assert_string_equal(set.rules[1]->id, "T1");
	rule_set_free(&set);
	free(second);
	test_rm_rf(dir);
	free(dir);
}


/* ---- sources: cite / inferred ------------------------------------------ */

static void test_cites_and_inferred_load_on_every_fact(void **state)
{
	struct kb_error err = { "" };
	struct rule *r = NULL;
	char *a = variant("  - id: ev\n", "  - id: ev\n    cite: 26-29, 35\n");
	char *b, *c, *d;

	(void)state;
	b = variant("cause: Something is wrong.\n",
		    "cause-cite: [40-42, 52]\ncause: Something is wrong.\n");
	assert_int_equal(rule_load_text("t.yaml", b, strlen(b), &r, &err), 0);
	assert_int_equal(r->cause_cite.n_ranges, 2);
	assert_int_equal(r->cause_cite.ranges[1].first, 52);
	rule_free(r);
	r = NULL;
	free(b);
	/* One rule with a source on each kind of fact. */
	b = strdup(a);
	assert_non_null(b);
	c = malloc(strlen(b) + 400);
	assert_non_null(c);
	strcpy(c, b);
	d = strstr(c, "cause: Something");
	memmove(d + strlen("cause-inferred: \"our reading\"\n"), d, strlen(d) + 1);
	memcpy(d, "cause-inferred: \"our reading\"\n", strlen("cause-inferred: \"our reading\"\n"));
	assert_int_equal(rule_load_text("t.yaml", c, strlen(c), &r, &err), 0);
	assert_int_equal(r->symptoms[0].cite.n_ranges, 2);
	assert_int_equal(r->symptoms[0].cite.ranges[0].first, 26);
	assert_int_equal(r->symptoms[0].cite.ranges[0].last, 29);
	assert_int_equal(r->symptoms[0].cite.ranges[1].first, 35);
	assert_int_equal(r->symptoms[0].cite.ranges[1].last, 35);
	assert_int_equal(r->symptoms[0].cite.line, 10);
	assert_true(rule_cite_is_article(&r->symptoms[0].cite));
	assert_string_equal(r->cause_cite.inferred, "our reading");
	assert_false(rule_cite_is_article(&r->cause_cite));
	/* Facts without a source still load (kb verify reports them). */
	assert_int_equal(r->checks[0].cite.n_ranges, 0);
	assert_null(r->checks[0].cite.inferred);
	rule_free(r);
	free(a);
	free(b);
	free(c);
}

static void test_cite_list_form_and_format(void **state)
{
	struct kb_error err = { "" };
	struct rule *r = NULL;
	char buf[64];
	char *t = variant("    data: 2\n", "    data: 2\n    cite: [57-61, 80]\n");

	(void)state;
	assert_int_equal(rule_load_text("t.yaml", t, strlen(t), &r, &err), 0);
	rule_cite_format(&r->checks[0].cite, buf, sizeof buf);
	assert_string_equal(buf, "57-61, 80");
	rule_free(r);
	free(t);
	t = variant("    registry: {check: c1, action: set-value}\n",
		    "    registry: {check: c1, action: set-value}\n    inferred: ours\n");
	assert_int_equal(rule_load_text("t.yaml", t, strlen(t), &r, &err), 0);
	assert_string_equal(r->fixes[0].cite.inferred, "ours");
	rule_free(r);
	free(t);
}

static void test_bad_cites_are_refused_with_position(void **state)
{
	(void)state;
	expect_variant_error("    data: 2\n", "    data: 2\n    cite: 61-57\n",
			     "t.yaml:24:11: checks[0].cite: expected a range that goes up (57-61), found 61-57");
	expect_variant_error("    data: 2\n", "    data: 2\n    cite: 80, 57\n",
			     "t.yaml:24:11: checks[0].cite: expected ascending line ranges that do not overlap, found 57 after 80");
	expect_variant_error("    data: 2\n", "    data: 2\n    cite: 0\n",
			     "t.yaml:24:11: checks[0].cite: expected article line numbers from 1, found 0");
	expect_variant_error("    data: 2\n", "    data: 2\n    cite: [12, x]\n",
			     "t.yaml:24:16: checks[0].cite[1]: expected article line numbers (57, 57-61 or [57-61, 80]), found 'x'");
	expect_variant_error("    data: 2\n", "    data: 2\n    cite: 0x10\n",
			     "t.yaml:24:11: checks[0].cite: expected article line numbers (57, 57-61 or [57-61, 80]), found '0x10'");
	expect_variant_error("    data: 2\n", "    data: 2\n    cite: 12\n    inferred: why\n",
			     "t.yaml:25:5: checks[0]: expected only one of 'cite' (the article's lines) and 'inferred' (kbwiz's own reason)");
	expect_variant_error("  - id: ev\n", "  - id: ev\n    inferred: \"\"\n",
			     "t.yaml:10:16: symptoms[0].inferred: expected a string, found ''");
	expect_variant_error("cause: Something is wrong.\n",
			     "trigger-cite: 3\ncause: Something is wrong.\n",
			     "t.yaml:11:1: a trigger's source is given but the rule has no 'trigger'");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_base_rule_loads_every_field),
		cmocka_unit_test(test_q262832_rule_encodes_the_article),
		cmocka_unit_test(test_unknown_field_is_named_with_position),
		cmocka_unit_test(test_wrong_type_says_expected_and_found),
		cmocka_unit_test(test_unknown_registry_type_is_rejected),
		cmocka_unit_test(test_missing_required_field_is_named),
		cmocka_unit_test(test_bad_regex_names_the_pattern),
		cmocka_unit_test(test_yaml_syntax_error_has_position),
		cmocka_unit_test(test_equals_on_dword_needs_a_number),
		cmocka_unit_test(test_binary_equals_loads_hex_bytes),
		cmocka_unit_test(test_binary_equals_bad_data_names_the_fault),
		cmocka_unit_test(test_binary_equals_too_long_is_refused),
		cmocka_unit_test(test_contains_needs_multi_sz),
		cmocka_unit_test(test_fix_must_name_an_existing_check),
		cmocka_unit_test(test_fix_action_must_suit_the_check),
		cmocka_unit_test(test_duplicate_ids_within_a_rule),
		cmocka_unit_test(test_symptom_needs_exactly_one_kind),
		cmocka_unit_test(test_overlong_id_is_rejected),
		cmocka_unit_test(test_bad_date),
		cmocka_unit_test(test_key_outside_hklm_is_rejected),
		cmocka_unit_test(test_binary_and_empty_files_are_refused),
		cmocka_unit_test(test_duplicate_rule_ids_across_files),
		cmocka_unit_test(test_load_dir_reads_yaml_files_in_order),
		cmocka_unit_test(test_cites_and_inferred_load_on_every_fact),
		cmocka_unit_test(test_cite_list_form_and_format),
		cmocka_unit_test(test_bad_cites_are_refused_with_position),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
