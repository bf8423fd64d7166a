/* test_kbimport_blk.c: core/kbimport_field.c and the value block reader
 * (kbimport_values.c): one cleaner for the name, type and data fields
 * every value reader takes (quotes, a remark on the quotes, a full stop,
 * HTML tags), one reader of registry types as articles write them, and a
 * block that goes on past a line telling the reader what to click.  Each
 * test imports a small article written here, in our own words, and reads
 * the draft as a parsed rule: what it holds and what it must not. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/article.h"
#include "kbwiz/kbimport.h"
#include "kbwiz/rule_load.h"
#include "draft_probe.h"

#define KEY "HKLM\\SOFTWARE\\Frobnitz\\Agent"

/* Whether any check of the draft names value (a junk name would not). */
static int any_check_named(const struct rule *r, const char *value)
{
	size_t i;

	for (i = 0; i < r->n_checks; i++)
		if (r->checks[i].value != NULL && strcmp(r->checks[i].value, value) == 0)
			return 1;
	return 0;
}

static void test_quotes_and_their_remark_leave_every_field(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* line 17 on; the block on lines 24-26 */
	draft_import_body("\n"
	       "1. Open this key in Registry Editor:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. On the Edit menu, click Add Value, and then type the following:\n"
	       "\n"
	       "   Value Name: \"SpoolFlush\" (without the quotation marks)\n"
	       "   Value Type: \"DWORD\" (without the quotation marks)\n"
	       "   Value Data: \"3\" (no quotes)\n"
	       "\n"
	       "3. Quit Registry Editor.\n", &d);
	c = draft_check(d.r, KEY, "SpoolFlush");
	assert_non_null(c);
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_int_equal(c->number, 3);
	assert_non_null(draft_fix(d.r, c->id));
	/* no name that keeps the quotes or the remark */
	assert_int_equal(d.r->n_checks, 1);
	assert_false(draft_review_says(d.r, 0, "quotation"));
	assert_false(draft_review_says(d.r, 0, "not a registry type"));
	draft_free(&d);

	/* HTML left by conversion, a sentence's full stop */
	draft_import_body("\n"
	       "Go to the following key and add the value below:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Value Name: <B>QueuePath</B>\n"
	       "   Data Type: REG_SZ<BR/>\n"
	       "   Data: C:\\Frob\\Queue.\n", &d);
	c = draft_check(d.r, KEY, "QueuePath");
	assert_non_null(c);
	assert_int_equal(c->type, KB_REG_SZ);
	assert_string_equal(c->data, "C:\\Frob\\Queue");
	assert_false(any_check_named(d.r, "<B>QueuePath</B>"));
	draft_free(&d);

	/* a line break's tag after the name: "<BR/>" is read whole, not
	 * taken for a "<B" that does not close */
	draft_import_body("\n"
	       "Go to the following key and add the value below:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Value Name: QueueDepth<BR/>\n"
	       "   Data Type: REG_DWORD<BR>\n"
	       "   Data: 8\n", &d);
	c = draft_check(d.r, KEY, "QueueDepth");
	assert_non_null(c);
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_false(any_check_named(d.r, "QueueDepth<BR/>"));
	draft_free(&d);
}

static void test_types_in_registry_editors_words_and_misspelt(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* "String value", "REG_EXPAND" cut short, "REG_DEWORD" one letter off
	 * (read, and said on the review list), a second "Type" line that is
	 * a value of its own after a whole value */
	draft_import_body("\n"
	       "Change the service's entries under this key to read:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "    ImagePath: REG_EXPAND: %SystemRoot%\\frob.exe\n"
	       "    ObjectName: REG_SZ: LocalSystem\n"
	       "    Start: REG_DWORD: 0x2\n"
	       "    Type: REG_DEWORD: 0x20\n", &d);
	c = draft_check(d.r, KEY, "ImagePath");
	assert_non_null(c);
	assert_int_equal(c->type, KB_REG_EXPAND_SZ);
	assert_string_equal(c->data, "%SystemRoot%\\frob.exe");
	c = draft_check(d.r, KEY, "Start");
	assert_non_null(c);
	assert_int_equal(c->number, 2);
	c = draft_check(d.r, KEY, "Type");
	assert_non_null(c);
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_int_equal(c->number, 0x20);
	/* line 25: the misspelling is a person's to confirm */
	assert_true(draft_review_says(d.r, 25, "REG_DEWORD"));
	draft_free(&d);

	/* a type two letters off, or a word that is no type: no check */
	draft_import_body("\n"
	       "Go to the following key and add the value below:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Value Name: Widgets\n"
	       "   Data Type: REG_DWARFS\n"
	       "   Data: 4\n", &d);
	assert_null(draft_check(d.r, KEY, "Widgets"));
	assert_true(draft_review_says(d.r, 22, "not a registry type"));
	draft_free(&d);

	draft_import_body("\n"
	       "Go to the following key and add the value below:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Value Name: Greeting\n"
	       "   Data Type: String value\n"
	       "   Data: hello\n", &d);
	c = draft_check(d.r, KEY, "Greeting");
	assert_non_null(c);
	assert_int_equal(c->type, KB_REG_SZ);
	assert_string_equal(c->data, "hello");
	draft_free(&d);
}

static void test_a_block_goes_on_past_a_click_line(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* "(press OK now)" and a blank between the type and the data */
	draft_import_body("\n"
	       "1. Start Registry Editor and open this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. On the Edit menu, click Add Value, and enter:\n"
	       "\n"
	       "      Value Name: TurboMode\n"
	       "      Data Type: REG_SZ\n"
	       "\n"
	       "   (press OK now)\n"
	       "\n"
	       "      Data: on\n"
	       "\n"
	       "3. Quit Registry Editor.\n", &d);
	c = draft_check(d.r, KEY, "TurboMode");
	assert_non_null(c);
	assert_string_equal(c->data, "on");
	assert_false(draft_review_says(d.r, 0, "gives no data"));
	draft_free(&d);

	/* a whole value, a click line, then another value's data: the data
	 * is not taken for the first value, nor a block joined past it */
	draft_import_body("\n"
	       "1. Start Registry Editor and open this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. On the Edit menu, click Add Value, and enter:\n"
	       "\n"
	       "      Value Name: TurboMode\n"
	       "      Data Type: REG_SZ\n"
	       "      Data: on\n"
	       "\n"
	       "   (press OK now)\n"
	       "\n"
	       "      Data: off\n", &d);
	c = draft_check(d.r, KEY, "TurboMode");
	assert_non_null(c);
	assert_string_equal(c->data, "on");
	assert_int_equal(d.r->n_checks, 1);
	draft_free(&d);

	/* a range and a default, no data: the default is never the data */
	draft_import_body("\n"
	       "1. Open this key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. Add the following value:\n"
	       "\n"
	       "      Value Name:    FlushCount\n"
	       "      Data Type:     REG_DWORD\n"
	       "      Value range:   0 - 9\n"
	       "      Default value: 4\n", &d);
	assert_null(draft_check(d.r, KEY, "FlushCount"));
	assert_true(draft_review_says(d.r, 24, "gives no data"));
	assert_true(draft_review_says(d.r, 24, "'FlushCount' REG_DWORD"));
	draft_free(&d);
}

static void test_a_path_ending_in_a_value_then_its_type_and_data(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "To stop the delay, add the following registry entry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\StartDelay\n"
	       "\n"
	       "   REG_DWORD: 0\n", &d);
	c = draft_check(d.r, KEY, "StartDelay");
	assert_non_null(c);
	assert_int_equal(c->number, 0);
	assert_null(draft_check(d.r, KEY "\\StartDelay", NULL));
	draft_free(&d);

	/* a key's name and the value's on one line, a space between: read
	 * so, and said */
	draft_import_body("\n"
	       "To stop the delay, add the following value to the following key:\n"
	       "\n"
	       "   HKLM\\SOFTWARE\\Frobnitz\\Agent Spooler\n"
	       "\n"
	       "   REG_DWORD: 1\n", &d);
	c = draft_check(d.r, KEY, "Spooler");
	assert_non_null(c);
	assert_int_equal(c->number, 1);
	assert_true(draft_review_says(d.r, 0, "read as subkey 'Agent' and value 'Spooler'"));
	draft_free(&d);

	/* words after the type are no datum */
	draft_import_body("\n"
	       "The client needs this entry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Sites\n"
	       "\n"
	       "   REG_MULTI_SZ type named \"Home Sites\"\n", &d);
	assert_null(draft_check(d.r, KEY, "Sites"));
	assert_int_equal(d.r->n_checks, 0);
	draft_free(&d);
}

static void test_a_default_or_a_radix_in_the_data(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "Go to the following key and add the value below:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Value Name: LogSize\n"
	       "   Data Type: DWORD\n"
	       "   Value: 200 (hexadecimal) for a larger log\n", &d);
	c = draft_check(d.r, KEY, "LogSize");
	assert_non_null(c);
	assert_int_equal(c->number, 0x200);
	draft_free(&d);

	draft_import_body("\n"
	       "Go to the following key and add the value below:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Value Name: WaitMinutes\n"
	       "   Data Type: DWORD\n"
	       "   Value: 30 is the default for a slow link\n", &d);
	assert_null(draft_check(d.r, KEY, "WaitMinutes"));
	assert_true(draft_review_says(d.r, 22, "names the default"));
	draft_free(&d);
}

static void test_label_spellings_and_labels_on_one_line(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	/* "DataType", "Value Data Type", spaced equals signs */
	draft_import_body("\n"
	       "Go to the following key and add the values below:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Value: DependOnFrob\n"
	       "   DataType: REG_MULTI_SZ\n"
	       "   Data: FrobCore\n"
	       "\n"
	       "   Value Name = HoldTime\n"
	       "   Value Data Type = REG_DWORD\n"
	       "   Data = 9\n", &d);
	c = draft_check(d.r, KEY, "DependOnFrob");
	assert_non_null(c);
	assert_int_equal(c->type, KB_REG_MULTI_SZ);
	assert_string_equal(c->data, "FrobCore");
	c = draft_check(d.r, KEY, "HoldTime");
	assert_non_null(c);
	assert_int_equal(c->number, 9);
	/* no value named after a label */
	assert_false(any_check_named(d.r, "DataType"));
	assert_false(any_check_named(d.r, "Value Data Type"));
	draft_free(&d);

	/* the labels run on one line; a remark in brackets is no datum */
	draft_import_body("\n"
	       "Go to the following key and add the values below:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Value Name: PollRate Data Type: REG_DWORD Value: 12\n"
	       "\n"
	       "   Value Name: Banner Data Type: REG_SZ Value: (leave it empty)\n", &d);
	c = draft_check(d.r, KEY, "PollRate");
	assert_non_null(c);
	assert_int_equal(c->number, 12);
	assert_null(draft_check(d.r, KEY, "Banner"));
	assert_true(draft_review_says(d.r, 24, "remark in brackets"));
	assert_false(any_check_named(d.r, "PollRate Data Type: REG_DWORD Value: 12"));
	draft_free(&d);
}

/* "<No Name>:REG_SZ:Printers" (a wrapped "<No" / "Name>" too) and
 * "(Default)" are Registry Editor's label for a key's default value,
 * which has no name: no check names them, the line is reviewed, and the
 * named value beside them is read as before. */
static void test_the_default_values_label_is_no_name(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Add the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   <No Name>:REG_SZ:Printers\n"
	       "   Mode:REG_DWORD:0x1\n", &d);
	assert_false(any_check_named(d.r, "<No Name>"));
	assert_non_null(draft_check(d.r, KEY, "Mode"));
	assert_true(draft_review_says(d.r, 22, "default value"));
	draft_free(&d);

	draft_import_body("\n"
	       "Under the Agent key there is a value whose data is <No\n"
	       "Name>:REG_SZ:Printers. Add the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   (Default):REG_SZ:Printers\n", &d);
	assert_false(any_check_named(d.r, "Name>"));
	assert_false(any_check_named(d.r, "(Default)"));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quotes_and_their_remark_leave_every_field),
		cmocka_unit_test(test_types_in_registry_editors_words_and_misspelt),
		cmocka_unit_test(test_a_block_goes_on_past_a_click_line),
		cmocka_unit_test(test_a_path_ending_in_a_value_then_its_type_and_data),
		cmocka_unit_test(test_a_default_or_a_radix_in_the_data),
		cmocka_unit_test(test_label_spellings_and_labels_on_one_line),
		cmocka_unit_test(test_the_default_values_label_is_no_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
