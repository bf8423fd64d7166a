/* test_kbimport_lblock.c: settings files given as the fix
 * (core/kbimport_regini.c) and labelled value blocks (core/kbimport_values.c).
 * A REGINI script the article asks the reader to save and apply is a set of
 * values to set; the same script shown for its syntax is not.  Each test
 * imports a small article written here, in our own words (the body starts at
 * line 17), and asserts both what the draft holds and what it must not hold. */
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

#define SPOOL_KEY "HKLM\\SOFTWARE\\Gadgetry\\Spooler"

static void test_a_regini_file_the_steps_apply_is_drafted_as_values_to_set(void **state)
{
	struct draft d;
	const struct rule_check *c;
	const struct rule_fix *f;

	(void)state;
	draft_import_body("\n"
	       "1. Save the following text in a file named Spool.ini:\n"
	       "\n"
	       "   \\Registry\\Machine\\SOFTWARE\\Gadgetry\\Spooler [1 5 7]\n"
	       "       QueueDepth = REG_DWORD 0x00000020\n"
	       "       Banner = REG_SZ Night shift\n"
	       "       Overflow\n"
	       "           Limit = REG_DWORD 0x10\n"
	       "       Night Queue\n"
	       "           Limit = REG_DWORD 0x4\n"
	       "\n"
	       "2. At a command prompt, type regini spool.ini and press ENTER.\n", &d);
	assert_non_null(c = draft_check(d.r, SPOOL_KEY, "QueueDepth"));
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_string_equal(c->data, "0x00000020");
	assert_non_null(f = draft_fix(d.r, c->id));
	assert_int_equal(f->action, FIX_ACTION_SET_VALUE);
	assert_non_null(c = draft_check(d.r, SPOOL_KEY, "Banner"));
	assert_string_equal(c->data, "Night shift");
	/* an indented name without '=' is a subkey of the key above it */
	assert_non_null(c = draft_check(d.r, SPOOL_KEY "\\Overflow", "Limit"));
	assert_non_null(draft_fix(d.r, c->id));
	assert_null(draft_check(d.r, SPOOL_KEY, "Limit"));
	/* a subkey named in a few capitalised words ("Windows NT") */
	assert_non_null(c = draft_check(d.r, SPOOL_KEY "\\Night Queue", "Limit"));
	assert_int_equal(c->number, 4);
	assert_null(draft_check(d.r, SPOOL_KEY "\\Overflow\\Night Queue", "Limit"));
	assert_int_equal(draft_registry_fixes(d.r), 4);
	/* the permission list is no part of the key, and is for a person */
	assert_null(draft_check(d.r, SPOOL_KEY " [1 5 7]", "QueueDepth"));
	assert_true(draft_review_says(d.r, 20, "permissions"));
	draft_free(&d);
}

/* A REGINI key is read as every key is (imp_normal_key()): the article's
 * slips in the path ("CCS") are mended with a review item saying so. */
static void test_a_regini_key_is_mended_as_every_key_is(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Save the following text in a file named Gizmo.ini:\n"
	       "\n"
	       "   \\Registry\\Machine\\System\\CCS\\Services\\Gizmo\n"
	       "       Retries = REG_DWORD 0x00000003\n"
	       "\n"
	       "2. At a command prompt, type regini gizmo.ini and press ENTER.\n", &d);
	assert_non_null(c = draft_check(d.r, "HKLM\\System\\CurrentControlSet\\Services\\Gizmo", "Retries"));
	assert_string_equal(c->data, "0x00000003");
	assert_true(draft_review_says(d.r, 20, "'CCS' is read as CurrentControlSet"));
	/* the path as written is no key */
	assert_null(draft_check(d.r, "HKLM\\System\\CCS\\Services\\Gizmo", "Retries"));
	draft_free(&d);
}

static void test_a_regini_script_shown_for_its_syntax_sets_nothing(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Regini.exe reads a text file written in the following format:\n"
	       "\n"
	       "   \\Registry\\Machine\\SOFTWARE\\Gadgetry\\Spooler\n"
	       "       QueueDepth = REG_DWORD 0x00000020\n"
	       "\n"
	       "Run regini with the name of the file.\n", &d);
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_null(draft_check(d.r, SPOOL_KEY, "QueueDepth"));
	draft_free(&d);
}

static void test_a_regini_file_under_another_root_or_with_a_stand_in_is_reviewed(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Create a text file that contains the following lines:\n"
	       "\n"
	       "   \\Registry\\User\\S-1-5-21-1-2-3-1001\\Software\\Gadgetry\n"
	       "       Theme = REG_SZ Dark\n"
	       "\n"
	       "   \\Registry\\Machine\\SOFTWARE\\Gadgetry\\Drivers\\XXXXXXXX\n"
	       "       Start = REG_DWORD 0x4\n"
	       "\n"
	       "2. Run regini theme.ini.\n", &d);
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Gadgetry\\Drivers\\XXXXXXXX", "Start"));
	assert_true(draft_review_says(d.r, 21, "Theme"));
	assert_true(draft_review_at(d.r, 24));
	draft_free(&d);
}

#define WIDGET_KEY "HKLM\\SOFTWARE\\Gadgetry\\Widget"

/* A key, then a step whose sentence ends on its line, then the block:
 * "Value:" names the value right under the step. */
static void test_a_labelled_line_under_a_step_is_the_blocks_not_the_steps_sentence(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. In the HKEY_LOCAL_MACHINE subtree, go to the following key:\n"
	       "\n"
	       "   \\SOFTWARE\\Gadgetry\\Widget\n"
	       "\n"
	       "2. Add a new value to this key:\n"
	       "   Value: SpinLimit\n"
	       "   Data Type: REG_DWORD\n"
	       "   Data Value: 0x8\n"
	       "\n"
	       "3. Quit Registry Editor.\n", &d);
	assert_non_null(c = draft_check(d.r, WIDGET_KEY, "SpinLimit"));
	assert_int_equal(c->type, KB_REG_DWORD);
	assert_int_equal(c->number, 8);
	assert_non_null(draft_fix(d.r, c->id));
	/* never read as a value with no name, nor left unplaced */
	assert_false(draft_review_says(d.r, 0, "not tied to a key"));
	assert_false(draft_review_says(d.r, 0, "has no name"));
	draft_free(&d);
}

/* A line of labels with empty fields ("Value Name:   Data Type:
 * Value:") over rows: never a refused import ("out of memory"), never a
 * value named by a label's word; the block above it is drafted, the
 * line is reviewed. */
static void test_a_line_of_empty_labels_is_a_header_not_a_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "labels with empty fields under a block: the block drafted, no value \"Data\"",
		  "\n"
		  "1. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gadgetry\\Widget\n"
		  "\n"
		  "2. Add these values to the key:\n"
		  "\n"
		  "   Value Name: Tint\n"
		  "   Data Type: REG_SZ\n"
		  "   Value: amber\n"
		  "   Value Name:   Data Type:   Value:\n"
		  "   Hue           REG_DWORD    4\n"
		  "\n"
		  "3. Quit Registry Editor.\n",
		  { "check REG_SZ " WIDGET_KEY "|Tint = amber", "repair " WIDGET_KEY "|Tint", "review 27", NULL },
		  { "check " WIDGET_KEY "|Data", "check " WIDGET_KEY "|Value Name", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "value:" alone closes the step's sentence: no nameless value. */
static void test_a_label_word_ending_a_steps_sentence_is_no_value(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Locate the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gadgetry\\Widget\n"
	       "\n"
	       "2. On the Edit menu, click Add Value, and then add the following registry\n"
	       "   value:\n"
	       "\n"
	       "   Value Name: Tint\n"
	       "   Data Type: REG_SZ\n"
	       "   Value: amber\n", &d);
	assert_non_null(c = draft_check(d.r, WIDGET_KEY, "Tint"));
	assert_string_equal(c->data, "amber");
	assert_false(draft_review_says(d.r, 0, "has no name"));
	draft_free(&d);
}

#define MEANING_BLOCK(ask, lines) \
	"\n" \
	ask "\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gadgetry\\Widget\n" \
	"\n" \
	"   DWORD: Handshake\n" \
	lines

static void test_one_datum_given_with_its_meaning_is_set_when_asked(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body(MEANING_BLOCK("To let old clients connect, you must add the following value:",
					"   Value: 0x00000002 == accept clients that send no banner\n"), &d);
	assert_non_null(c = draft_check(d.r, WIDGET_KEY, "Handshake"));
	assert_int_equal(c->number, 2);
	assert_non_null(draft_fix(d.r, c->id));
	assert_true(draft_review_says(d.r, 22, "its meaning left out"));
	/* the meaning is no part of the data */
	assert_null(strstr(c->data != NULL ? c->data : "", "accept"));
	draft_free(&d);
}

static void test_several_data_lines_for_one_value_stay_a_choice(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body(MEANING_BLOCK("This release reads a new value that controls the handshake:",
					"   Value: 0x00000001 == require a banner from each client\n"
					"   before it connects\n"
					"   Value: 0x00000000 == accept any client (default)\n"), &d);
	assert_null(draft_check(d.r, WIDGET_KEY, "Handshake"));
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_true(draft_review_says(d.r, 22, "a range or a choice"));
	draft_free(&d);
}

static void test_one_datum_with_its_meaning_and_no_ask_is_reviewed(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body(MEANING_BLOCK("The handshake is described by the following registry entry:",
					"   Value: 0x00000002 == accept clients that send no banner\n"), &d);
	assert_null(draft_check(d.r, WIDGET_KEY, "Handshake"));
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_true(draft_review_says(d.r, 22, "meaning"));
	draft_free(&d);
}

/* "Description:" is a remark of its value: the next value of the list is
 * still under the key (and, being a default, a review item). */
static void test_a_description_label_keeps_the_block_going(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "The tool reads these entries under the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gadgetry\\Widget\n"
	       "\n"
	       "   Name: SpinHours\n"
	       "   Type: REG_DWORD\n"
	       "   Description: Hours between two spins.\n"
	       "   Default: 24\n"
	       "\n"
	       "   Name: SpinCount\n"
	       "   Type: REG_DWORD\n"
	       "   Default: 7\n", &d);
	assert_null(draft_check(d.r, WIDGET_KEY, "SpinHours"));
	assert_null(draft_check(d.r, WIDGET_KEY, "SpinCount"));
	assert_int_equal(draft_registry_fixes(d.r), 0);
	assert_true(draft_review_says(d.r, 22, "SpinHours"));
	assert_true(draft_review_says(d.r, 27, "SpinCount"));
	assert_false(draft_review_says(d.r, 27, "not tied to a key"));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_regini_file_the_steps_apply_is_drafted_as_values_to_set),
		cmocka_unit_test(test_a_regini_key_is_mended_as_every_key_is),
		cmocka_unit_test(test_a_regini_script_shown_for_its_syntax_sets_nothing),
		cmocka_unit_test(test_a_regini_file_under_another_root_or_with_a_stand_in_is_reviewed),
		cmocka_unit_test(test_a_labelled_line_under_a_step_is_the_blocks_not_the_steps_sentence),
		cmocka_unit_test(test_a_label_word_ending_a_steps_sentence_is_no_value),
		cmocka_unit_test(test_a_line_of_empty_labels_is_a_header_not_a_value),
		cmocka_unit_test(test_one_datum_given_with_its_meaning_is_set_when_asked),
		cmocka_unit_test(test_several_data_lines_for_one_value_stay_a_choice),
		cmocka_unit_test(test_one_datum_with_its_meaning_and_no_ask_is_reviewed),
		cmocka_unit_test(test_a_description_label_keeps_the_block_going),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
