/* test_article.c: core/article.c, the KB article parser. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/article.h"
#include "kbwiz/fsutil.h"

#define FIXTURES "tests/fixtures/articles/"

static char *read_fixture(const char *name, size_t *len)
{
	struct kb_error err = { "" };
	char path[256], *data = NULL;

	snprintf(path, sizeof path, FIXTURES "%s", name);
	assert_int_equal(kb_read_file(path, 1 << 20, &data, len, &err), 0);
	return data;
}

static struct kb_article *parse_ok(const char *name, const void *data, size_t len)
{
	struct kb_error err = { "" };
	struct kb_article *a = NULL;
	int rc = kb_article_parse(name, data, len, &a, &err);

	if (rc != 0)
		fail_msg("%s", err.msg);
	assert_non_null(a);
	return a;
}

static void parse_fails_with(const void *data, size_t len, const char *want)
{
	struct kb_error err = { "" };
	struct kb_article *a = NULL;

	assert_int_equal(kb_article_parse("bad.txt", data, len, &a, &err), KB_EFORMAT);
	assert_null(a);
	if (strstr(err.msg, want) == NULL || strncmp(err.msg, "bad.txt: ", 9) != 0)
		fail_msg("message '%s' lacks 'bad.txt: ...%s'", err.msg, want);
}

static void test_header_gives_id_date_category_title(void **state)
{
	size_t len;
	char *d = read_fixture("Q900001.txt", &len);
	struct kb_article *a = parse_ok("Q900001.txt", d, len);

	(void)state;
	assert_string_equal(a->id, "Q900001");
	assert_string_equal(a->date, "2001-03-14");
	assert_string_equal(a->category, "winnt");
	assert_string_equal(a->title, "Frobnitz Replication Service Stops with Event ID 4711");
	assert_string_equal(a->product, "Frobnitz Server");
	assert_string_equal(a->prod_ver, ":2.0,2.1");
	assert_int_equal(a->encoding, KB_ENC_UTF8);
	assert_false(a->crlf);
	kb_article_free(a);
	free(d);
}

static void test_keywords_merge_header_and_trailer_without_duplicates(void **state)
{
	size_t len;
	char *d = read_fixture("Q900001.txt", &len);
	struct kb_article *a = parse_ok("Q900001.txt", d, len);

	(void)state;
	assert_int_equal(a->n_keywords, 3);
	assert_string_equal(a->keywords[0], "kbfrob");
	assert_string_equal(a->keywords[1], "kbregistry");
	assert_string_equal(a->keywords[2], "kbtshoot");
	assert_true(a->has_trailer);
	assert_true(a->n_trailer >= 3);
	assert_string_equal(a->trailer[2].name, "Issue type");
	assert_string_equal(a->trailer[2].value, "kbprb");
	assert_string_equal(a->query_words, "frobnitz spool");
	kb_article_free(a);
	free(d);
}

static void test_applies_to_list_splits_name_and_versions(void **state)
{
	size_t len;
	char *d = read_fixture("Q900001.txt", &len);
	struct kb_article *a = parse_ok("Q900001.txt", d, len);

	(void)state;
	assert_int_equal(a->n_products, 1);
	assert_string_equal(a->products[0].name, "Frobnitz Server, Datacenter Edition");
	assert_int_equal(a->products[0].n_versions, 2);
	assert_string_equal(a->products[0].versions[0], "2.0");
	assert_string_equal(a->products[0].versions[1], "2.1");
	assert_int_equal(a->products[0].line, 12);
	kb_article_free(a);
	free(d);
}

static void test_sections_have_headings_and_line_ranges(void **state)
{
	size_t len;
	char *d = read_fixture("Q900001.txt", &len);
	struct kb_article *a = parse_ok("Q900001.txt", d, len);
	const struct kb_article_section *s;

	(void)state;
	assert_int_equal(a->n_sections, 4);
	assert_string_equal(a->sections[0].name, "SYMPTOMS");
	assert_string_equal(a->sections[3].name, "MORE INFORMATION");
	s = kb_article_section(a, "cause");
	assert_non_null(s);
	assert_int_equal(s->heading_line, 30);
	assert_int_equal(s->first_line, 32);
	assert_int_equal(s->end_line, 36);
	assert_string_equal(kb_article_line(a, s->heading_line), "CAUSE");
	/* The last section stops before "Additional query words". */
	s = &a->sections[3];
	assert_string_equal(kb_article_line(a, s->end_line - 1), "   [FRS] Helper shutting down");
	assert_null(kb_article_section(a, "STATUS"));
	kb_article_free(a);
	free(d);
}

static void test_crlf_line_ends_are_read_like_lf(void **state)
{
	size_t len, i, o = 0;
	char *d = read_fixture("Q900001.txt", &len), *crlf = malloc(len * 2);
	struct kb_article *a, *b;

	(void)state;
	assert_non_null(crlf);
	for (i = 0; i < len; i++) {
		if (d[i] == '\n')
			crlf[o++] = '\r';
		crlf[o++] = d[i];
	}
	a = parse_ok("lf", d, len);
	b = parse_ok("crlf", crlf, o);
	assert_true(b->crlf);
	assert_int_equal(a->n_lines, b->n_lines);
	for (i = 0; i < a->n_lines; i++)
		assert_string_equal(a->lines[i], b->lines[i]);
	assert_int_equal(a->n_sections, b->n_sections);
	kb_article_free(a);
	kb_article_free(b);
	free(crlf);
	free(d);
}

static void test_windows_1252_bytes_become_utf8(void **state)
{
	static const char text[] =
		"DOCUMENT:Q900005  01-JAN-2001  [frob]\n"
		"TITLE   :Caf\xe9 \x93Quoted\x94 \x80 Sign\n"
		"\n"
		"SYMPTOMS\n========\n\nIt fails.\n";
	struct kb_article *a = parse_ok("cp", text, sizeof text - 1);

	(void)state;
	assert_int_equal(a->encoding, KB_ENC_CP1252);
	assert_string_equal(a->title, "Caf\xc3\xa9 \xe2\x80\x9cQuoted\xe2\x80\x9d \xe2\x82\xac Sign");
	kb_article_free(a);
}

static void test_utf16le_with_bom_is_decoded(void **state)
{
	size_t len, i;
	char *d = read_fixture("Q900002.txt", &len);
	unsigned char *u = malloc(len * 2 + 2);
	struct kb_article *a;

	(void)state;
	assert_non_null(u);
	u[0] = 0xFF;
	u[1] = 0xFE;
	for (i = 0; i < len; i++) {
		u[2 + 2 * i] = (unsigned char)d[i];
		u[3 + 2 * i] = 0;
	}
	a = parse_ok("u16", u, len * 2 + 2);
	assert_int_equal(a->encoding, KB_ENC_UTF16LE);
	assert_string_equal(a->id, "Q900002");
	assert_string_equal(a->title, "Frobnitz Console Shows Events 5001 to 5003 at Startup");
	assert_int_equal(a->n_sections, 4);
	kb_article_free(a);
	free(u);
	free(d);
}

static void test_a_one_megabyte_line_is_kept_whole(void **state)
{
	static const char head[] = "DOCUMENT:Q900006  01-JAN-2001  [frob]\nTITLE   :Long\n\n"
				   "SYMPTOMS\n========\n\n";
	size_t n = 1024 * 1024, hl = sizeof head - 1;
	char *t = malloc(hl + n + 2);
	struct kb_article *a;

	(void)state;
	assert_non_null(t);
	memcpy(t, head, hl);
	memset(t + hl, 'x', n);
	t[hl + n] = '\n';
	a = parse_ok("long", t, hl + n + 1);
	assert_int_equal(strlen(kb_article_line(a, 7)), n);
	kb_article_free(a);
	free(t);
}

static void test_text_without_document_header_is_not_an_article(void **state)
{
	size_t len;
	char *d = read_fixture("not-an-article.txt", &len);

	(void)state;
	parse_fails_with(d, len, "not a KB article: no DOCUMENT: header");
	parse_fails_with("", 0, "not a KB article");
	free(d);
}

static void test_file_ending_inside_the_header_is_truncated(void **state)
{
	size_t len;
	char *d = read_fixture("truncated.txt", &len);

	(void)state;
	parse_fails_with(d, len, "truncated: ends inside the header");
	parse_fails_with("DOCUMENT:Q1  01-JAN-2001  [x]\nTITLE   :t\n\n\n", 42,
			 "truncated: no text after the header");
	free(d);
}

static void test_nul_bytes_are_binary_data_at_their_offset(void **state)
{
	static const char text[] = "DOCUMENT:Q900007  01-JAN-2001  [frob]\nTITLE   :A\0B\n";

	(void)state;
	parse_fails_with(text, sizeof text - 1, "binary data at byte 48");
}

static void test_damaged_document_line_is_refused(void **state)
{
	static const char text[] = "DOCUMENT:../../etc  01-JAN-2001\nTITLE   :x\n\nSYMPTOMS\n";

	(void)state;
	parse_fails_with(text, sizeof text - 1, "no article id");
}

static void test_shared_article_parses_when_present(void **state)
{
	struct kb_error err = { "" };
	struct kb_article *a = NULL;
	const char *path = "../shared/kb-articles/Q262832.txt";
	FILE *f = fopen(path, "rb");

	(void)state;
	if (f == NULL) {
		printf("SKIP: test_shared_article_parses_when_present: %s absent "
		       "(the real articles live in ../shared/kb-articles)\n", path);
		skip();
	}
	fclose(f);
	assert_int_equal(kb_article_load(path, &a, &err), 0);
	assert_string_equal(a->id, "Q262832");
	assert_string_equal(a->date, "2002-06-11");
	assert_non_null(kb_article_section(a, "RESOLUTION"));
	assert_non_null(kb_article_section(a, "MORE INFORMATION"));
	kb_article_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_header_gives_id_date_category_title),
		cmocka_unit_test(test_keywords_merge_header_and_trailer_without_duplicates),
		cmocka_unit_test(test_applies_to_list_splits_name_and_versions),
		cmocka_unit_test(test_sections_have_headings_and_line_ranges),
		cmocka_unit_test(test_crlf_line_ends_are_read_like_lf),
		cmocka_unit_test(test_windows_1252_bytes_become_utf8),
		cmocka_unit_test(test_utf16le_with_bom_is_decoded),
		cmocka_unit_test(test_a_one_megabyte_line_is_kept_whole),
		cmocka_unit_test(test_text_without_document_header_is_not_an_article),
		cmocka_unit_test(test_file_ending_inside_the_header_is_truncated),
		cmocka_unit_test(test_nul_bytes_are_binary_data_at_their_offset),
		cmocka_unit_test(test_damaged_document_line_is_refused),
		cmocka_unit_test(test_shared_article_parses_when_present),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
