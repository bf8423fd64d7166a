/* test_kbverify.c: a rule's cited facts are checked against the article's
 * lines: what the lines hold passes, what they do not is reported with the
 * article line and the rule's value; facts without a source fail; articles
 * are found in flat folders, in the archive's layout and as files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <cmocka.h>

#include "kbwiz/article.h"
#include "kbwiz/kbverify.h"
#include "kbwiz/kbverify_prose.h"
#include "kbwiz/rule_load.h"
#include "lib/testlib.h"

/* A small article in the classic form, written for these tests.  The
 * comment on each line is its line number. */
static const char article_text[] =
	"DOCUMENT:Q900001  01-JAN-2001  [winnt]\r\n"                          /* 1 */
	"TITLE   :Widget Service Does Not Start\r\n"                          /* 2 */
	"PRODUCT :Microsoft Windows NT\r\n"                                   /* 3 */
	"PROD/VER::4.0\r\n"                                                   /* 4 */
	"OPER/SYS:\r\n"                                                       /* 5 */
	"KEYWORDS:kbtest\r\n"                                                 /* 6 */
	"\r\n"                                                                /* 7 */
	"======================================================================\r\n" /* 8 */
	"The information in this article applies to:\r\n"                     /* 9 */
	"\r\n"                                                                /* 10 */
	" - Microsoft Windows NT Server version 4.0\r\n"                      /* 11 */
	"\r\n"                                                                /* 12 */
	"SYMPTOMS\r\n"                                                        /* 13 */
	"========\r\n"                                                        /* 14 */
	"\r\n"                                                                /* 15 */
	"   Event ID: 7023\r\n"                                               /* 16 */
	"   Source: Service Control Manager\r\n"                              /* 17 */
	"   Description: The Widget service terminated with the following error:\r\n" /* 18 */
	"   The endpoint cannot be created\r\n"                               /* 19 */
	"\r\n"                                                                /* 20 */
	"CAUSE\r\n"                                                           /* 21 */
	"=====\r\n"                                                           /* 22 */
	"\r\n"                                                                /* 23 */
	" - HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Widget\\Setup\r\n" /* 24 */
	"   Long Name\\Sub\r\n"                                               /* 25 */
	"\r\n"                                                                /* 26 */
	"   Value Name: Widget List\r\n"                                      /* 27 */
	"   Data Type: REG_MULTI_SZ\r\n"                                      /* 28 */
	"   Data: Alpha\r\n"                                                  /* 29 */
	"\r\n"                                                                /* 30 */
	"   Value Name: Start\r\n"                                            /* 31 */
	"   Data Type: REG_DWORD\r\n"                                         /* 32 */
	"   Data: 0x3\r\n"                                                    /* 33 */
	"\r\n"                                                                /* 34 */
	"   [XX] widget failed to open\r\n"                                   /* 35 */
	"   its store, status 5\r\n"                                          /* 36 */
	"\r\n"                                                                /* 37 */
	"======================================================================\r\n" /* 38 */
	"Keywords          : kbtest\r\n";                                     /* 39 */

/* The rule's head; each test appends its facts. */
static const char rule_head[] =
	"id: T9\n"
	"article: Q900001\n"
	"title: Widget\n"
	"published: 2001-01-01\n"
	"products: [{name: Windows NT Server}]\n"
	"cause-cite: 23-25\n"
	"cause: The widget key is bad.\n"
	"references: [Q900001]\n";

struct seen {
	size_t n;
	char field[8][96];
	size_t article_line[8];
	char rule_says[8][160];
	char message[8][200];
};

static void collect(void *ctx, const struct kbverify_problem *p)
{
	struct seen *s = ctx;

	if (s->n < 8) {
		snprintf(s->field[s->n], sizeof s->field[0], "%s", p->field);
		s->article_line[s->n] = p->article_line;
		snprintf(s->rule_says[s->n], sizeof s->rule_says[0], "%s",
			 p->rule_says != NULL ? p->rule_says : "");
		snprintf(s->message[s->n], sizeof s->message[0], "%s",
			 p->message != NULL ? p->message : "");
	}
	s->n++;
}

/* Load rule_head + body and verify it against the article given. */
static void verify_in(const char *article, const char *body, struct seen *s)
{
	struct kb_error err = { "" };
	struct kb_article *a = NULL;
	struct rule *r = NULL;
	size_t len = strlen(rule_head) + strlen(body);
	char *text = malloc(len + 1);
	size_t n = 0;

	assert_non_null(text);
	strcpy(text, rule_head);
	strcat(text, body);
	memset(s, 0, sizeof *s);
	if (rule_load_text("t.yaml", text, len, &r, &err) != 0)
		fail_msg("%s", err.msg);
	assert_int_equal(kb_article_parse("Q900001.txt", article,
					  strlen(article), &a, &err), 0);
	assert_int_equal(kbverify_rule(r, a, collect, s, &n, &err), 0);
	assert_int_equal(n, s->n);
	kb_article_free(a);
	rule_free(r);
	free(text);
}

static void verify(const char *body, struct seen *s)
{
	verify_in(article_text, body, s);
}

static const char good_body[] =
	"symptoms:\n"
	"  - id: ev\n"
	"    cite: 16-19\n"
	"    event: {log: System, id: 7023, source: Service Control Manager,\n"
	"            text: [Widget], error: 1720, message: The endpoint cannot be created.}\n"
	"  - id: q\n"
	"    cite: 16\n"
	"    question: Did it stop?\n"
	"evidence:\n"
	"  - id: lg\n"
	"    log: text\n"
	"    cite: 35-36\n"
	"    patterns:\n"
	"      - literal: '[XX] widget failed to open its store, status 5'\n"
	"      - regex: 'failed to open\\s+its store'\n"
	"checks:\n"
	"  - id: list\n"
	"    cite: 24-29\n"
	"    key: 'HKLM\\SYSTEM\\ControlSet001\\Services\\Widget\\Setup Long Name\\Sub'\n"
	"    value: widget list\n"
	"    type: REG_MULTI_SZ\n"
	"    expect: contains\n"
	"    data: alpha\n"
	"  - id: start\n"
	"    cite: 24-25, 31-33\n"
	"    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Widget\\Setup Long Name\\Sub'\n"
	"    value: Start\n"
	"    type: REG_DWORD\n"
	"    expect: equals\n"
	"    data: 3\n"
	"remediation:\n"
	"  - id: fix\n"
	"    registry: {check: start, action: set-value}\n"
	"    cite: 31-33\n"
	"  - id: ours\n"
	"    inferred: the article says nothing of restarts\n"
	"    manual: Restart.\n";

static void test_facts_the_lines_hold_pass(void **state)
{
	struct seen s;

	(void)state;
	verify(good_body, &s);
	if (s.n > 0)
		fail_msg("unexpected problem: %s %s %s", s.field[0], s.rule_says[0], s.message[0]);
}

/* Swap the first "from" in good_body for "to". */
static void verify_variant(const char *from, const char *to, struct seen *s)
{
	const char *at = strstr(good_body, from);
	char *body;

	assert_non_null(at);
	body = malloc(sizeof good_body + strlen(to));
	assert_non_null(body);
	memcpy(body, good_body, (size_t)(at - good_body));
	strcpy(body + (at - good_body), to);
	strcat(body, at + strlen(from));
	verify(body, s);
	free(body);
}

static void test_wrong_source_is_reported_with_the_article_line(void **state)
{
	struct seen s;

	(void)state;
	verify_variant("source: Service Control Manager", "source: Service Control Mgr", &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.field[0], "symptoms[0].event.source");
	assert_int_equal(s.article_line[0], 16);
	assert_string_equal(s.rule_says[0], "Service Control Mgr");
}

static void test_wrong_event_id_and_error_are_reported(void **state)
{
	struct seen s;

	(void)state;
	verify_variant("id: 7023", "id: 7024", &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.field[0], "symptoms[0].event.id");
	/* 1722's message is not in the lines, nor is the number. */
	verify_variant("error: 1720", "error: 1722", &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.field[0], "symptoms[0].event.error");
	assert_string_equal(s.rule_says[0], "1722 (0x6BA)");
}

static void test_wrong_key_value_type_and_data_are_reported(void **state)
{
	struct seen s;

	(void)state;
	verify_variant("Services\\Widget\\Setup Long Name\\Sub'\n    value: widget",
		       "Services\\Gadget\\Setup Long Name\\Sub'\n    value: widget", &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.field[0], "checks[0].key");
	verify_variant("value: widget list", "value: widget lists", &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.field[0], "checks[0].value");
	verify_variant("data: alpha", "data: beta", &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.field[0], "checks[0].data");
	assert_int_equal(s.article_line[0], 24);
	verify_variant("    type: REG_DWORD\n", "    type: REG_QWORD\n", &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.field[0], "checks[1].type");
	verify_variant("    data: 3\n", "    data: 4\n", &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.field[0], "checks[1].data");
}

/* An article of our own giving REG_BINARY data in the forms articles use:
 * bytes with blanks (line 11), a .reg line wrapped with a backslash
 * (lines 14-15); lines 23-25 for rule_head's cause. */
static const char binary_article[] =
	"DOCUMENT:Q900001  01-JAN-2001  [winnt]\r\n"                          /* 1 */
	"TITLE   :Widget Flags Are Ignored\r\n"                              /* 2 */
	"\r\n"                                                                /* 3 */
	"RESOLUTION\r\n"                                                      /* 4 */
	"==========\r\n"                                                      /* 5 */
	"\r\n"                                                                /* 6 */
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Widget\r\n" /* 7 */
	"\r\n"                                                                /* 8 */
	"   Value Name: Flags\r\n"                                            /* 9 */
	"   Data Type: REG_BINARY\r\n"                                        /* 10 */
	"   Value: 01 00 0A FF\r\n"                                           /* 11 */
	"\r\n"                                                                /* 12 */
	"   [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Widget]\r\n" /* 13 */
	"   \"Mask\"=hex:10,20,30,\\\r\n"                                     /* 14 */
	"     40,50\r\n"                                                      /* 15 */
	"\r\n\r\n\r\n\r\n"                                                 /* 16-19 */
	"CAUSE\r\n"                                                           /* 20 */
	"=====\r\n"                                                           /* 21 */
	"\r\n\r\n"                                                            /* 22-23 */
	" - HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Widget\\Setup\r\n" /* 24 */
	"   Long Name\\Sub\r\n";                                              /* 25 */

static const char binary_body[] =
	"symptoms:\n"
	"  - id: q\n"
	"    cite: 2\n"
	"    question: Are the widget flags ignored?\n"
	"checks:\n"
	"  - id: flags\n"
	"    cite: 7-11\n"
	"    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Widget'\n"
	"    value: Flags\n"
	"    type: REG_BINARY\n"
	"    expect: equals\n"
	"    data: 01,00,0a,ff\n"
	"  - id: mask\n"
	"    cite: 13-15\n"
	"    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Widget'\n"
	"    value: Mask\n"
	"    type: REG_BINARY\n"
	"    expect: equals\n"
	"    data: '1020304050'\n"
	"remediation:\n"
	"  - id: set-flags\n"
	"    registry: {check: flags, action: set-value}\n"
	"    cite: 9-11\n";

/* Codes as articles write them (session 45's audit of 800 finished
 * drafts: 56 of its 62 code reports were numbers written so): a negative
 * decimal is its 32-bit two's complement; hex with no 0x is read where
 * the word's shape says hex (eight digits, a leading zero, a letter, an
 * 'h' after it); a message number glued to its component's letters is
 * its number.  A decimal word with no such mark is not read as hex, a
 * word of letters is no number, and a range's dash is no minus. */
static void test_codes_as_articles_write_them(void **state)
{
	(void)state;
	assert_true(kbverify_text_has_number("a -1022 error indicating", 4294966274ULL, 0));
	assert_true(kbverify_text_has_number("(Fatal Exception error 0E)", 0xE, 0));
	assert_true(kbverify_text_has_number("returns a Stop 7B - ", 0x7B, 0));
	assert_true(kbverify_text_has_number("Run-time error -2147023071 (80070721)", 0x80070721ULL, 0));
	assert_true(kbverify_text_has_number("Stop 00000050 (0xa8070f7c)", 0x50, 0));
	assert_true(kbverify_text_has_number("caused an exception c0000006H in module", 0xC0000006ULL, 0));
	assert_true(kbverify_text_has_number("error code = 38a", 0x38A, 0));
	assert_true(kbverify_text_has_number("NET3055: A problem exists", 3055, 0));
	assert_true(kbverify_text_has_number("(CreateProcess() returned error code 0x000000C1H)", 0xC1, 0));
	assert_true(kbverify_text_has_number("with a status of 0XC00000005 (0X0)", 0xC0000005ULL, 0));
	assert_true(kbverify_text_has_number("Notes returned code 109 (hex)", 0x109, 0));
	assert_false(kbverify_text_has_number("Notes returned code 109 (dec)", 0x109, 0));
	assert_true(kbverify_text_has_datum("Data Type: REG_DWORD Data: 100 Radix: Hex", 0x100));
	assert_true(kbverify_text_has_datum("set it to 1e (hexadecimal)", 0x1E));
	assert_false(kbverify_text_has_datum("Data Type: REG_DWORD Data: 100 Radix: Decimal", 0x100));
	assert_false(kbverify_text_has_datum("Radix: Hex, then add the value", 0xADD));
	assert_true(kbverify_text_has_number(" - Mmsystem326 No wave device", 326, 0));
	assert_false(kbverify_text_has_number("error 10 occurred", 16, 0));
	assert_false(kbverify_text_has_number("add each value", 0xADD, 0));
	assert_false(kbverify_text_has_number("add each value", 0xEAC, 0));
	assert_false(kbverify_text_has_number("retry 5-10 times", 4294967286ULL, 0));
	assert_false(kbverify_text_has_number("Event 0E", 14, 1));
	assert_true(kbverify_text_has_number("message NMI0210: X.400 Service Event", 210, 1));
	assert_false(kbverify_text_has_number("message NMI0210x: X.400 Service Event", 210, 1));
}

/* A number type's data is compared as a number however the lines write
 * it ("Data: 0x3" holds a rule's 0x03); a key written with forward
 * slashes is the key. */
static void test_number_data_and_slashed_keys(void **state)
{
	struct seen s;

	(void)state;
	verify_variant("    data: 3\n", "    data: 0x03\n", &s);
	assert_int_equal(s.n, 0);
	verify_variant("    data: 3\n", "    data: 0x30\n", &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.field[0], "checks[1].data");
	assert_true(kbverify_key_found("   HKEY_LOCAL_MACHINE/SYSTEM/CurrentControlSet/Services/Frob",
				       "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob"));
	assert_false(kbverify_key_found("   HKEY_LOCAL_MACHINE/SYSTEM/CurrentControlSet/Services/Frob",
					"HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frobs"));
}

static void test_binary_data_is_found_as_hex_bytes(void **state)
{
	static const unsigned char wrapped[] = { 0x30, 0x40, 0x50 };
	static const unsigned char whole[] = { 0x10, 0x20, 0x30, 0x40, 0x50 };
	struct seen s;
	char *body;
	const char *at;

	(void)state;
	verify_in(binary_article, binary_body, &s);
	if (s.n > 0)
		fail_msg("unexpected problem: %s %s %s", s.field[0], s.rule_says[0], s.message[0]);
	/* Other bytes, or the same bytes and one more, are not in the lines. */
	assert_non_null(body = strdup(binary_body));
	at = strstr(body, "01,00,0a,ff");
	memcpy(body + (at - body), "01,00,0a,fe", 11);
	verify_in(binary_article, body, &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.field[0], "checks[0].data");
	assert_string_equal(s.rule_says[0], "01 00 0a fe");
	assert_int_equal(s.article_line[0], 7);
	free(body);
	assert_true(kbverify_text_has_bytes("x hex:10,20,30,\\ 40,50 y", whole, 5, 0));
	assert_true(kbverify_text_has_bytes("x hex:10,20,\\ 30,40,50 y", whole, 5, 0));
	assert_false(kbverify_text_has_bytes("x hex:10,20,30,\\ 40,50 y", wrapped, 3, 0));
	assert_false(kbverify_text_has_bytes("10 20 30 words 40 50", wrapped, 3, 0));
	assert_false(kbverify_text_has_bytes("3040 5", wrapped, 3, 0));
}

/* The rule's bytes are a whole row of the article's, never a part: a rule
 * that drops bytes fails on every healthy machine and writes short data. */
static const char eight_bytes[] =
	"Value: 01 00 0A FF 00 00 00 10\n"
	"This applies to Windows 2000 and to build 1381.\n";

static void test_binary_data_is_a_whole_row(void **state)
{
	static const unsigned char all[] = { 0x01, 0x00, 0x0a, 0xff, 0x00, 0x00, 0x00, 0x10 };
	static const unsigned char first4[] = { 0x01, 0x00, 0x0a, 0xff };
	static const unsigned char middle[] = { 0x00, 0x0a, 0xff };
	static const unsigned char one[] = { 0x0a };
	static const unsigned char last2[] = { 0x00, 0x10 };
	static const unsigned char y2000[] = { 0x20, 0x00 };
	static const unsigned char b1381[] = { 0x13, 0x81 };

	(void)state;
	assert_true(kbverify_text_has_bytes(eight_bytes, all, sizeof all, 0));
	assert_true(kbverify_text_has_bytes(eight_bytes, all, sizeof all, 1));
	assert_false(kbverify_text_has_bytes(eight_bytes, first4, sizeof first4, 0));
	assert_false(kbverify_text_has_bytes(eight_bytes, middle, sizeof middle, 0));
	assert_false(kbverify_text_has_bytes(eight_bytes, one, sizeof one, 0));
	assert_false(kbverify_text_has_bytes(eight_bytes, last2, sizeof last2, 0));
	/* A year or a build number is no data for a rule that wrote bytes
	 * ('20 00', '13,81'); one that glued them ('2000') is taken at its
	 * word, as the number stands alone. */
	assert_false(kbverify_text_has_bytes(eight_bytes, y2000, sizeof y2000, 0));
	assert_false(kbverify_text_has_bytes(eight_bytes, b1381, sizeof b1381, 0));
	assert_true(kbverify_text_has_bytes(eight_bytes, y2000, sizeof y2000, 1));
	/* Glued digits alone on their row are the data of a rule that
	 * glued them too ('2000'), not of one that wrote '20 00'. */
	assert_true(kbverify_text_has_bytes("Value: 2000\n", y2000, sizeof y2000, 1));
	assert_false(kbverify_text_has_bytes("Value: 2000\n", y2000, sizeof y2000, 0));
	assert_false(kbverify_text_has_bytes("Value: 20 00 2000\n", y2000, sizeof y2000, 1));
	/* Digits with hex letters glued are bytes in any row. */
	assert_true(kbverify_text_has_bytes("Value: 01000aff\n", first4, sizeof first4, 0));
	/* Words of letters around the data are prose. */
	assert_true(kbverify_text_has_bytes("It must be 01 00 0A FF.\n", first4, sizeof first4, 0));
	assert_true(kbverify_text_has_bytes("value ff 00 00 00 10 add it\n", all + 3, 5, 0));
	assert_true(kbverify_text_has_bytes("it is FF\n", first4 + 3, 1, 0));
}

static void test_wildcard_key_is_checked_part_by_part(void **state)
{
	struct seen s;

	(void)state;
	verify_variant("Services\\Widget\\Setup Long Name\\Sub'\n    value: widget",
		       "Services\\*\\Setup Long Name\\Sub'\n    match: all\n    value: widget", &s);
	assert_int_equal(s.n, 0);
	verify_variant("Services\\Widget\\Setup Long Name\\Sub'\n    value: widget",
		       "Services\\*\\Setup Short Name\\Sub'\n    match: all\n    value: widget", &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.field[0], "checks[0].key");
	verify_variant("Services\\Widget\\Setup Long Name\\Sub'\n    value: widget",
		       "Gadgets\\*\\Setup Long Name\\Sub'\n    match: any\n    value: widget", &s);
	assert_int_equal(s.n, 1);
}

static void test_log_lines_are_checked(void **state)
{
	struct seen s;

	(void)state;
	verify_variant("status 5'", "status 6'", &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.field[0], "evidence[0].patterns[0]");
	verify_variant("'failed to open\\s+its store'", "'failed to close'", &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.field[0], "evidence[0].patterns[1]");
}

static void test_facts_without_a_source_fail(void **state)
{
	struct seen s;

	(void)state;
	verify_variant("    cite: 16\n", "", &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.field[0], "symptoms[1]");
	assert_string_equal(s.message[0],
			    "neither 'cite' (the article's lines) nor 'inferred' (kbwiz's reason)");
	verify_variant("    cite: 35-36\n", "", &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.field[0], "evidence[0]");
}

static void test_cite_past_the_end_fails(void **state)
{
	struct seen s;

	(void)state;
	verify_variant("    cite: 16\n", "    cite: 16, 900\n", &s);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.message[0], "cites line 900, but Q900001 has 39 lines");
}

/* ---- prose ---------------------------------------------------------------- */

struct words {
	int n;
	char word[8][80];
	char kind[8][40];
};

static void collect_word(void *ctx, const char *word, const char *kind)
{
	struct words *w = ctx;

	if (w->n < 8) {
		snprintf(w->word[w->n], sizeof w->word[0], "%s", word);
		snprintf(w->kind[w->n], sizeof w->kind[0], "%s", kind);
	}
	w->n++;
}

static const char cited_lines[] =
	"   Event ID: 7023 Source: Service Control Manager "
	"Description: The Widget service failed to start due to the "
	"following error: The endpoint cannot be created. "
	"This occurs if the Spooler is set to start manually. "
	"HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Widget "
	"Install Windows NT 4.0 Service Pack 5 or later.";

static int prose(const char *text, struct words *w)
{
	memset(w, 0, sizeof *w);
	return kbverify_prose(text, cited_lines, collect_word, w);
}

static void test_prose_that_keeps_to_its_lines_passes(void **state)
{
	struct words w;

	(void)state;
	/* Names, numbers (1720 as 0x6B8 is not written here, 7023 is), a key
	 * path in its short form, a possessive, a placeholder, SP5 for
	 * "Service Pack 5", a negation vouched for by "failed", a condition
	 * by "if", a quoted phrase the lines hold. */
	assert_int_equal(prose("The Widget service does not start (event 7023): \"the endpoint "
			       "cannot be created\".  Check HKLM\\SYSTEM\\CurrentControlSet\\Services\\<name> "
			       "and the Spooler's start type if it was changed; install SP5.", &w), 0);
	if (w.n > 0)
		fail_msg("unexpected: %s (%s)", w.word[0], w.kind[0]);
}

static void test_prose_adding_a_reason_or_a_name_is_reported(void **state)
{
	struct words w;

	(void)state;
	/* "due to" in cited_lines vouches for a reason; these lines give none. */
	memset(&w, 0, sizeof w);
	assert_int_equal(kbverify_prose("Restart the computer because the Netlogon service hangs.",
					"5. Restart the computer.", collect_word, &w), 2);
	assert_string_equal(w.word[0], "because");
	assert_string_equal(w.kind[0], "a reason or consequence");
	assert_string_equal(w.word[1], "Netlogon");
	assert_string_equal(w.kind[1], "a name");
}

static void test_prose_adding_a_number_restriction_or_retry_is_reported(void **state)
{
	struct words w;

	(void)state;
	assert_int_equal(prose("Only event 7024 is logged; restart and try again.", &w), 3);
	assert_string_equal(w.word[0], "Only");
	assert_string_equal(w.kind[0], "a restriction");
	assert_string_equal(w.word[1], "7024");
	assert_string_equal(w.kind[1], "a number");
	assert_string_equal(w.word[2], "again");
	assert_string_equal(w.kind[2], "a retry or confirmation");
	/* The same word twice is reported once. */
	assert_int_equal(prose("Confirm it starts, then confirm again.", &w), 2);
}

/* A contraction written with the typographic apostrophe (UTF-8 E2 80 99)
 * negates as the ASCII one does, in the prose and in the lines. */
static void test_prose_negation_with_a_typographic_apostrophe(void **state)
{
	struct words w;

	(void)state;
	memset(&w, 0, sizeof w);
	assert_int_equal(kbverify_prose("The agent doesn\xe2\x80\x99t restart.", "5. Restart the agent.",
					collect_word, &w), 1);
	assert_string_equal(w.kind[0], "a negation");
	memset(&w, 0, sizeof w);
	assert_int_equal(kbverify_prose("The agent doesn\xe2\x80\x99t restart.",
					"5. The agent won\xe2\x80\x99t restart.", collect_word, &w), 0);
}

static void test_prose_key_components_quotes_and_hex_are_checked(void **state)
{
	struct words w;

	(void)state;
	assert_int_equal(prose("Open HKLM\\SYSTEM\\CurrentControlSet\\Services\\Gadget.", &w), 1);
	assert_string_equal(w.word[0], "Gadget");
	assert_int_equal(prose("It says \"the endpoint is busy\".", &w), 1);
	assert_string_equal(w.kind[0], "a quotation");
	/* 0x1B6F is 7023; 0x1B70 is not in the lines. */
	assert_int_equal(prose("Event 0x1B6F, then 0x1B70.", &w), 1);
	assert_string_equal(w.word[0], "0x1B70");
}

static void test_prose_condition_needs_one_in_the_lines(void **state)
{
	struct words w;

	(void)state;
	memset(&w, 0, sizeof w);
	assert_int_equal(kbverify_prose("If the file is missing, restart the computer.",
					"5. Restart the computer.", collect_word, &w), 1);
	assert_string_equal(w.word[0], "If");
	assert_string_equal(w.kind[0], "a condition");
	/* Any condition in the lines vouches for it. */
	assert_int_equal(kbverify_prose("If the file is missing, restart the computer.",
					"Restart the computer when the file is gone.", collect_word, &w), 0);
}

/* Through kbverify_rule: a cited cause, step, description or question is
 * checked against its lines; inferred prose is ours and is not. */
static void test_cited_prose_is_checked_inferred_is_not(void **state)
{
	struct seen s;

	(void)state;
	verify("symptoms:\n"
	       "  - id: ev\n"
	       "    cite: 16-19\n"
	       "    description: The Widget service always stops.\n"
	       "    event: {log: System, id: 7023, source: Service Control Manager}\n"
	       "remediation:\n"
	       "  - id: fix\n"
	       "    cite: 31-33\n"
	       "    manual: Set Start to 3 and restart the Widget service so that it recovers.\n"
	       "  - id: ours\n"
	       "    inferred: the article says nothing of restarts\n"
	       "    manual: Restart the computer so that it works again.\n", &s);
	assert_int_equal(s.n, 3);
	assert_string_equal(s.field[0], "symptoms[0].description");
	assert_non_null(strstr(s.message[0], "says \"always\" (a generalisation), which article lines 16-19 do not say"));
	assert_string_equal(s.field[1], "remediation[0]");
	assert_non_null(strstr(s.message[1], "\"Widget\" (a name)"));
	assert_string_equal(s.field[2], "remediation[0]");
	assert_non_null(strstr(s.message[2], "\"so\" (a reason or consequence)"));
	assert_non_null(strstr(s.message[2], "give it its own item with 'inferred'"));
}

static void test_article_is_found_in_folders_and_files(void **state)
{
	struct kb_error err = { "" };
	struct kb_article *a = NULL;
	char *dir = test_tmpdir();
	char path[4200];
	const char *paths[1];

	(void)state;
	/* The archive's layout: txt/900/Q900001.TXT. */
	snprintf(path, sizeof path, "%s/txt", dir);
	assert_int_equal(mkdir(path, 0700), 0);
	snprintf(path, sizeof path, "%s/txt/900", dir);
	assert_int_equal(mkdir(path, 0700), 0);
	snprintf(path, sizeof path, "%s/txt/900/Q900001.TXT", dir);
	assert_int_equal(test_write_file(path, article_text, sizeof article_text - 1), 0);
	paths[0] = dir;
	assert_int_equal(kbverify_find_article("q900001", paths, 1, NULL, &a, &err), 0);
	assert_string_equal(a->id, "Q900001");
	kb_article_free(a);
	/* A file given by name, whatever it is called. */
	paths[0] = path;
	assert_int_equal(kbverify_find_article("Q900001", paths, 1, NULL, &a, &err), 0);
	kb_article_free(a);
	a = NULL;
	/* Not there: a message saying how to give it. */
	assert_int_equal(kbverify_find_article("Q900002", paths, 1, NULL, &a, &err),
			 KB_ENOTFOUND);
	assert_null(a);
	assert_non_null(strstr(err.msg, "Q900002: article not found"));
	/* A flat folder. */
	snprintf(path, sizeof path, "%s/Q900002.txt", dir);
	assert_int_equal(test_write_file(path, article_text, sizeof article_text - 1), 0);
	paths[0] = dir;
	assert_int_equal(kbverify_find_article("Q900002", paths, 1, NULL, &a, &err), 0);
	kb_article_free(a);
	test_rm_rf(dir);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_facts_the_lines_hold_pass),
		cmocka_unit_test(test_wrong_source_is_reported_with_the_article_line),
		cmocka_unit_test(test_wrong_event_id_and_error_are_reported),
		cmocka_unit_test(test_wrong_key_value_type_and_data_are_reported),
		cmocka_unit_test(test_binary_data_is_found_as_hex_bytes),
		cmocka_unit_test(test_binary_data_is_a_whole_row),
		cmocka_unit_test(test_wildcard_key_is_checked_part_by_part),
		cmocka_unit_test(test_log_lines_are_checked),
		cmocka_unit_test(test_facts_without_a_source_fail),
		cmocka_unit_test(test_cite_past_the_end_fails),
		cmocka_unit_test(test_article_is_found_in_folders_and_files),
		cmocka_unit_test(test_prose_that_keeps_to_its_lines_passes),
		cmocka_unit_test(test_prose_adding_a_reason_or_a_name_is_reported),
		cmocka_unit_test(test_prose_adding_a_number_restriction_or_retry_is_reported),
		cmocka_unit_test(test_prose_negation_with_a_typographic_apostrophe),
		cmocka_unit_test(test_codes_as_articles_write_them),
		cmocka_unit_test(test_number_data_and_slashed_keys),
		cmocka_unit_test(test_prose_key_components_quotes_and_hex_are_checked),
		cmocka_unit_test(test_prose_condition_needs_one_in_the_lines),
		cmocka_unit_test(test_cited_prose_is_checked_inferred_is_not),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
