/* test_kbimport_debt.c: an allocation that fails while the importer joins
 * an article's lines (imp_join_lines, core/kbimport_dialog.c) refuses the
 * article with an out-of-memory error, never a draft missing what the
 * failed join would have read: in the procedure reader, the Add Value
 * dialog reader, the deletions reader (kbimport_edits.c) and the
 * values-in-words reader (kbimport_asks.c), one made-up article each.
 *
 * The project has no allocation-failure hook in core (the fault hooks of
 * core/fix.c fail named stages of a fix, not allocations), so this test
 * binary alone is linked with -Wl,--wrap=realloc (Makefile): every
 * realloc() in the core library reaches __wrap_realloc below, which fails
 * a kb_buf's growth while the text already in the buffer starts with the
 * marker word of the made-up article; kb_buf_reserve() then sets the
 * buffer's oom flag as a real failure would.  It is linked with
 * -Wl,--wrap=calloc too: __wrap_calloc below fails one chosen calloc of
 * an article's per-line marks (kbimport_diagset.c's test marks), which
 * must refuse the article as a failed join does.  The articles are
 * written here, in our own words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/article.h"
#include "kbwiz/error.h"
#include "kbwiz/kbimport.h"
#include "kbwiz/rule_load.h"
#include "draft_probe.h"

void *__real_realloc(void *p, size_t n);
void *__wrap_realloc(void *p, size_t n);

/* The marker word each article puts where the join under test starts:
 * only a buffer joined from that line has it within its first bytes (a
 * blank line and a step's number before it). */
#define MARK "Zqxv"

static int fail_armed;
static unsigned fail_count;

void *__wrap_realloc(void *p, size_t n)
{
	const char *m = fail_armed && p != NULL ? strstr(p, MARK) : NULL;

	if (m != NULL && m - (const char *)p < 8) {
		fail_count++;
		return NULL;
	}
	return __real_realloc(p, n);
}

void *__real_calloc(size_t n, size_t size);
void *__wrap_calloc(size_t n, size_t size);

/* Armed when marks_len is not 0: the calloc(marks_len, 1) numbered
 * marks_fail (0 the first) fails.  The article's other per-line callocs
 * are n_lines + 2 long, the marks body_end + 1. */
static size_t marks_len;
static unsigned marks_fail, marks_seen;

void *__wrap_calloc(size_t n, size_t size)
{
	if (marks_len != 0 && size == 1 && n == marks_len && marks_seen++ == marks_fail) {
		fail_count++;
		return NULL;
	}
	return __real_calloc(n, size);
}

/* Steps 1-2 and the key, on lines 17-22; step 3 opens line 23. */
#define LOCATE_PARAMS \
	"\n" \
	"1. Start Registry Editor.\n" \
	"2. Locate the following key in the registry:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Parameters\n" \
	"\n"

/* A key, then steps that add a value to it: the lines after the key are
 * joined (the Add Value dialog and the procedure readers), and the first
 * step line is long enough that the join must grow its buffer. */
static const char body[] =
	LOCATE_PARAMS
	"3. " MARK " steps follow: on the Edit menu, click Add Value, and then add the\n"
	"   following registry value so that the agent waits for its store:\n"
	"\n"
	"   Value Name: StoreWaitSeconds\n"
	"   Data Type: REG_DWORD\n"
	"   Value: 30\n"
	"\n"
	"4. Quit Registry Editor, and then restart the Frobnitz Agent.\n";

/* The Add Value dialog told over the steps (kbimport_dialog.c joins them
 * from the key's next line). */
static const char dialog_body[] =
	LOCATE_PARAMS
	"3. " MARK ": on the Edit menu, click Add Value.\n"
	"4. In the Value Name box, type RetryLimit, and then click REG_DWORD in the\n"
	"   Data Type box. Click OK.\n"
	"5. In the Data box, type 5, click Decimal, and then click OK.\n"
	"6. Quit Registry Editor.\n";

/* A key deleted by its name in the step above its parent's path
 * (kbimport_edits.c joins the step's lines before the path). */
static const char edits_body[] =
	"\n"
	"1. Start Registry Editor.\n"
	"2. " MARK ": the old agent leaves its timer behind when it is removed. To\n"
	"   clean up, delete the FrobTimer key in the following registry key:\n"
	"\n"
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\n"
	"\n"
	"3. Quit Registry Editor.\n";

/* A value set in words (kbimport_asks.c joins from three lines above the
 * key).  The sentence ending in a colon further up moves the other
 * readers' lead-in above the marker, and the lines from the marker to
 * the key are short: only the words reader's join starts at the marker
 * and must grow. */
static const char asks_body[] =
	"\n"
	"Do this on each agent server:\n"
	"\n"
	MARK " first stops the agent.\n"
	"\n"
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Parameters\n"
	"\n"
	"Set the RetryLimit value to 0x5 so that the agent tries its store again\n"
	"before it gives up, and then start the agent.\n";

/* A value set in the steps under a paragraph of prose (kbimport_diagset.c
 * joins every prose line with the next to find a test's heading or
 * lead-in above a set).  The marker opens a line far above the key, no
 * step and no lead-in: only that join starts there, and the two lines
 * are long enough that it must grow. */
static const char diag_body[] =
	"\n"
	MARK " marks the part of the steps that sets how long the agent waits for its\n"
	"store before it gives up, which a busy server may need raised well past this.\n"
	"\n"
	"1. Start Registry Editor.\n"
	"2. Locate the following key in the registry:\n"
	"\n"
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Parameters\n"
	"\n"
	"3. Add the following registry value:\n"
	"\n"
	"   Value Name: StoreWaitSeconds\n"
	"   Data Type: REG_DWORD\n"
	"   Value: 30\n"
	"\n"
	"4. Quit Registry Editor.\n";

static const struct join_case {
	const char *reader;             /* whose join grows the buffer */
	const char *body;
	const char *key, *value;        /* what the draft holds when memory does */
} cases[] = {
	{ "the procedure reader", body, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Parameters", "StoreWaitSeconds" },
	{ "the Add Value dialog reader", dialog_body, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Parameters", "RetryLimit" },
	{ "the deletions reader", edits_body, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobTimer", NULL },
	{ "the values-in-words reader", asks_body, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Parameters", "RetryLimit" },
	{ "the test-steps reader", diag_body, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Parameters", "StoreWaitSeconds" },
};

static struct kb_article *article(const char *text_body)
{
	struct kb_error err = { "" };
	struct kb_article *a = NULL;
	size_t hl = strlen(BODY_HEAD), bl = strlen(text_body);
	char *text = malloc(hl + bl + 1);

	assert_non_null(text);
	memcpy(text, BODY_HEAD, hl);
	memcpy(text + hl, text_body, bl + 1);
	if (kb_article_parse("Q900777.txt", text, hl + bl, &a, &err) != 0)
		fail_msg("%s", err.msg);
	free(text);
	return a;
}

/* Without the failure each article drafts its check: the join is on the
 * path the draft comes from. */
static void test_join_articles_draft_when_memory_holds(void **state)
{
	struct draft d;
	size_t i;

	(void)state;
	fail_armed = 0;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		draft_import_head_body("Q900777.txt", BODY_HEAD, cases[i].body, &d);
		if (draft_check(d.r, cases[i].key, cases[i].value) == NULL)
			fail_msg("%s: no check on %s %s\n%s", cases[i].reader, cases[i].key,
				 cases[i].value != NULL ? cases[i].value : "", d.yaml);
		assert_null(strstr(d.yaml, "out of memory"));
		draft_free(&d);
	}
}

/* A join that cannot grow its buffer: the article is refused with
 * KB_ENOMEM and a message naming it, and no draft is handed back. */
static void test_failed_join_refuses_the_article(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct kb_error err = { "" };
		struct kb_article *a = article(cases[i].body);
		char *yaml = NULL;
		size_t len = 0;
		int rc;

		fail_count = 0;
		fail_armed = 1;
		rc = kb_import_article(a, &yaml, &len, NULL, &err);
		fail_armed = 0;
		kb_article_free(a);
		if (fail_count == 0 || rc != KB_ENOMEM)
			fail_msg("%s: %u failed growths, rc %d (want KB_ENOMEM)\n%s", cases[i].reader, fail_count,
				 rc, yaml != NULL ? yaml : "");
		assert_non_null(strstr(err.msg, "Q900777.txt"));
		assert_non_null(strstr(err.msg, "out of memory"));
		/* nothing drafted: not a draft without the value the join reads */
		assert_null(yaml);
		assert_int_equal(len, 0);
	}
}

/* Two values set under a test's lead-in in MORE INFORMATION: the first
 * set the test reader asks about builds the article's marks, the second
 * reads them.  The blank lines at the end are no part of the body, so
 * the marks' length (body_end + 1) is no other per-line calloc's. */
static const char marks_body[] =
	"\n"
	"Install the latest service pack for the agent.\n"
	"\n"
	"MORE INFORMATION\n"
	"================\n"
	"\n"
	"To check whether the cache is the cause of this problem, turn it off:\n"
	"\n"
	"1. Locate the following key:\n"
	"\n"
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	"\n"
	"2. Set the following values:\n"
	"\n"
	"   Value Name: CacheOn\n"
	"   Data Type: REG_DWORD\n"
	"   Data: 0\n"
	"\n"
	"   Value Name: CacheSize\n"
	"   Data Type: REG_DWORD\n"
	"   Data: 0\n"
	"\n"
	"\n"
	"\n";

/* With memory, both sets are the test's, no repair. */
static void test_marks_article_drafts_when_memory_holds(void **state)
{
	struct draft d;

	(void)state;
	marks_len = 0;
	draft_import_head_body("Q900777.txt", BODY_HEAD, marks_body, &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "CacheOn"));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "CacheSize"));
	assert_non_null(strstr(d.yaml, "set in a test"));
	draft_free(&d);
}

/* Either of the marks' two callocs failing refuses the article: the
 * marks are not taken as built, and no later set reads them. */
static void test_failed_marks_refuse_the_article(void **state)
{
	unsigned which;

	(void)state;
	for (which = 0; which < 2; which++) {
		struct kb_error err = { "" };
		struct kb_article *a = article(marks_body);
		char *yaml = NULL;
		size_t len = 0;
		int rc;

		fail_count = 0;
		marks_seen = 0;
		marks_fail = which;
		marks_len = a->body_end + 1;
		assert_true(marks_len < a->n_lines + 2);
		rc = kb_import_article(a, &yaml, &len, NULL, &err);
		marks_len = 0;
		kb_article_free(a);
		if (fail_count != 1 || rc != KB_ENOMEM)
			fail_msg("marks calloc %u: %u failed, rc %d (want KB_ENOMEM)\n%s", which, fail_count, rc,
				 yaml != NULL ? yaml : "");
		assert_non_null(strstr(err.msg, "out of memory"));
		assert_null(yaml);
		assert_int_equal(len, 0);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_join_articles_draft_when_memory_holds),
		cmocka_unit_test(test_failed_join_refuses_the_article),
		cmocka_unit_test(test_marks_article_drafts_when_memory_holds),
		cmocka_unit_test(test_failed_marks_refuse_the_article),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
