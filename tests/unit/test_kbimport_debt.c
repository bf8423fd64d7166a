/* test_kbimport_debt.c: an allocation that fails while the importer joins
 * an article's lines (imp_join_lines, core/kbimport_dialog.c) refuses the
 * article with an out-of-memory error, never a draft missing what the
 * failed join would have read.
 *
 * The project has no allocation-failure hook in core (the fault hooks of
 * core/fix.c fail named stages of a fix, not allocations), so this test
 * binary alone is linked with -Wl,--wrap=realloc (Makefile): every
 * realloc() in the core library reaches __wrap_realloc below, which fails
 * a kb_buf's growth while the text already in the buffer starts with the
 * marker word of the made-up article; kb_buf_reserve() then sets the
 * buffer's oom flag as a real failure would.  The article is written
 * here, in our own words. */
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

/* The first word of the step after the key: only a buffer holding the
 * steps joined from the key's next line has it within its first bytes
 * (the blank line and the step's number before it). */
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

/* A key, then steps that add a value to it: the lines after the key are
 * joined (the Add Value dialog and the procedure readers), and the first
 * step line is long enough that the join must grow its buffer. */
static const char body[] =
	"\n"
	"1. Start Registry Editor.\n"
	"2. Locate the following key in the registry:\n"
	"\n"
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Parameters\n"
	"\n"
	"3. " MARK " steps follow: on the Edit menu, click Add Value, and then add the\n"
	"   following registry value so that the agent waits for its store:\n"
	"\n"
	"   Value Name: StoreWaitSeconds\n"
	"   Data Type: REG_DWORD\n"
	"   Value: 30\n"
	"\n"
	"4. Quit Registry Editor, and then restart the Frobnitz Agent.\n";

static struct kb_article *article(void)
{
	struct kb_error err = { "" };
	struct kb_article *a = NULL;
	size_t hl = strlen(BODY_HEAD), bl = strlen(body);
	char *text = malloc(hl + bl + 1);

	assert_non_null(text);
	memcpy(text, BODY_HEAD, hl);
	memcpy(text + hl, body, bl + 1);
	if (kb_article_parse("Q900777.txt", text, hl + bl, &a, &err) != 0)
		fail_msg("%s", err.msg);
	free(text);
	return a;
}

/* Without the failure the article drafts its value check: the join is on
 * the path the draft comes from. */
static void test_join_article_drafts_when_memory_holds(void **state)
{
	struct draft d;

	(void)state;
	fail_armed = 0;
	draft_import_head_body("Q900777.txt", BODY_HEAD, body, &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Parameters", "StoreWaitSeconds"));
	assert_null(strstr(d.yaml, "out of memory"));
	draft_free(&d);
}

/* A join that cannot grow its buffer: the article is refused with
 * KB_ENOMEM and a message naming it, and no draft is handed back. */
static void test_failed_join_refuses_the_article(void **state)
{
	struct kb_error err = { "" };
	struct kb_article *a = article();
	char *yaml = NULL;
	size_t len = 0;
	int rc;

	(void)state;
	fail_count = 0;
	fail_armed = 1;
	rc = kb_import_article(a, &yaml, &len, NULL, &err);
	fail_armed = 0;
	kb_article_free(a);
	assert_true(fail_count > 0);
	assert_int_equal(rc, KB_ENOMEM);
	assert_non_null(strstr(err.msg, "Q900777.txt"));
	assert_non_null(strstr(err.msg, "out of memory"));
	/* nothing drafted: not a draft without the value the join reads */
	assert_null(yaml);
	assert_int_equal(len, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_join_article_drafts_when_memory_holds),
		cmocka_unit_test(test_failed_join_refuses_the_article),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
