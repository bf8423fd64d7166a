/* test_kbimport_layouts.c: the importer's layouts found on unseen
 * articles, each on a made-up article: events and errors that label
 * nothing beside the ID or the code (kbimport_events.c,
 * kbimport_errors.c), registry blocks (REGEDIT exports, listings,
 * parameter references). */
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

#define ARTICLE "tests/fixtures/kbimport/Q900141.txt"
#define BLOCKS "tests/fixtures/kbimport/Q900142.txt"

static void test_source_named_in_the_title_or_before_the_label(void **state)
{
	struct draft d;
	struct rule *r = draft_import_file(ARTICLE, &d);
	const struct rule_symptom *s;

	(void)state;
	assert_non_null(s = draft_event(r, 3013));
	assert_string_equal(s->source, "Rdr");
	assert_true(draft_review_says(r, 0, "read from the title"));
	assert_non_null(s = draft_event(r, 77));
	assert_string_equal(s->source, "MSExchangeFrob");
	draft_free(&d);
}

static void test_events_quoted_as_id_then_message(void **state)
{
	struct draft d;
	struct rule *r = draft_import_file(ARTICLE, &d);

	(void)state;
	assert_non_null(draft_event(r, 6100));
	assert_non_null(draft_event(r, 6101));
	/* the code in the message is still read */
	assert_true(draft_error(r, 0xc8001234u) != NULL);
	draft_free(&d);
}

static void test_an_example_in_a_how_to_article_is_reviewed_not_drafted(void **state)
{
	struct draft d;
	struct rule *r = draft_import_file("tests/fixtures/kbimport/Q900144.txt", &d);

	(void)state;
	assert_null(draft_event(r, 4242));
	assert_true(draft_review_says(r, 0, "event 4242 is shown as an example"));
	/* a REGINI script's key, listed with its usual name */
	assert_true(draft_review_says(r, 0, "a REGINI script names HKLM\\Software\\Frobnitz\\Store"));
	draft_free(&d);
}

static void test_codes_quoted_glued_returned_and_in_data_words(void **state)
{
	struct draft d;
	struct rule *r = draft_import_file(ARTICLE, &d);

	(void)state;
	assert_true(draft_error(r, 0x80070005u) != NULL);   /* error '80070005' */
	assert_true(draft_error(r, 0x80070035u) != NULL);   /* Return code = 0x... */
	assert_true(draft_error(r, 0x8007000Eu) != NULL);   /* HRESULT : 0x...-Text */
	assert_true(draft_error(r, 0xC00000B5u) != NULL);   /* data word the title names */
	assert_false(draft_error(r, 0xC0000BB8u) != NULL);  /* a data word nothing names */
	assert_true(draft_error(r, 0xC0031007u) != NULL);   /* "... written. ID C0031007" */
	assert_false(draft_error(r, 0xC7F3A747u) != NULL);  /* a message's ID */
	draft_free(&d);
}

#define FROBSTORE_SECURE "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobStore\\Secure"
#define FROBSTORE "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobStore\\Parameters"

static void test_regedit_block_after_a_blank_line_with_placeholders_and_hex(void **state)
{
	struct draft d;
	struct rule *r = draft_import_file(BLOCKS, &d);
	const struct rule_check *c;

	(void)state;
	assert_non_null(c = draft_check(r, FROBSTORE, "Store logging"));
	assert_string_equal(c->data, "ON");
	assert_non_null(c = draft_check(r, FROBSTORE, "Cache pages (count)"));
	assert_string_equal(c->data, "0x00000080");
	/* read on past the hex data's continuation line */
	assert_non_null(draft_check(r, FROBSTORE, "Flush interval"));
	/* "[folder name]" is the reader's, not data: a review item */
	assert_null(draft_check(r, FROBSTORE, "Store path"));
	assert_true(draft_review_at(r, 28));
	assert_true(draft_review_at(r, 31));   /* hex data: by hand */
	draft_free(&d);
}

static void test_a_parameter_reference_is_reviewed_never_checked(void **state)
{
	struct draft d;
	struct rule *r = draft_import_file(BLOCKS, &d);

	(void)state;
	assert_null(draft_check(r, FROBSTORE, "CachePagesMax"));
	assert_null(draft_check(r, FROBSTORE, "ShrinkOnIdle"));
	assert_true(draft_review_at(r, 40));
	assert_true(draft_review_at(r, 49));
	assert_true(draft_review_says(r, 0, "value 'CachePagesMax' (REG_DWORD, default 128) is documented here"));
	draft_free(&d);
}

static void test_a_stop_code_in_the_title_only_and_codes_before_error(void **state)
{
	struct draft d;
	struct rule *r = draft_import_file("tests/fixtures/kbimport/Q900143.txt", &d);
	size_t i;

	(void)state;
	assert_true(draft_error(r, 0x3Fu) != NULL);
	assert_true(draft_error(r, 0x80071234u) != NULL);
	assert_true(draft_error(r, 0x80070733u) != NULL);
	/* an SNA sense code, its keyword wrapped over two lines, is a
	 * protocol reply (labelling guide section 3): listed, not drafted */
	assert_null(draft_error(r, 0x1008u));
	assert_true(draft_review_says(r, 22, "0x1008 is an SNA sense code"));
	/* "System error N has occurred." wraps the message on the next line */
	for (i = 0; i < r->n_symptoms; i++)
		if (r->symptoms[i].kind == SYMPTOM_ERROR && r->symptoms[i].error_code == 2250)
			assert_string_equal(r->symptoms[i].message, "The frob connection could not be found.");
	assert_true(draft_error(r, 2250) != NULL);
	/* a related article's title names a code: listed, not drafted */
	assert_false(draft_error(r, 3221487624u) != NULL);
	assert_true(draft_review_at(r, 34));
	draft_free(&d);
}

static void test_type_first_labels_bracketed_types_and_label_remarks(void **state)
{
	struct draft d;
	struct rule *r = draft_import_file(BLOCKS, &d);

	(void)state;
	/* "DWORD: Name" then "Value: 0x1 == meaning" choices: a review */
	assert_null(draft_check(r, FROBSTORE_SECURE, "FrobSecureMode"));
	assert_true(draft_review_says(r, 0, "value 'FrobSecureMode' REG_DWORD under"));
	/* "Flags (Reg_DWORD): 0x200" under a key whose "Progname" the
	 * article defines as a stand-in */
	assert_null(draft_check(r, "HKLM\\SOFTWARE\\Frobnitz\\Programs\\Progname", "Flags"));
	assert_true(draft_review_says(r, 0, "value 'Flags' Reg_DWORD under"));
	/* "Value (case sensitive): Name" with "Data (...): <placeholder>" */
	assert_true(draft_review_says(r, 0, "value 'Frob Limit Name' REG_SZ under"));
	assert_true(draft_review_at(r, 58));
	assert_true(draft_review_at(r, 66));
	assert_true(draft_review_at(r, 73));
	/* the same under a path the import did not read: listed all the
	 * same, never dropped */
	assert_true(draft_review_at(r, 81));
	draft_free(&d);
}

static void test_a_listing_with_subkey_headers(void **state)
{
	struct draft d;
	struct rule *r = draft_import_file(BLOCKS, &d);
	const struct rule_check *c;

	(void)state;
#define RELAY "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobRelay"
	assert_non_null(draft_check(r, RELAY, "Start"));
	assert_non_null(c = draft_check(r, RELAY "\\Linkage", "OtherDependencies"));
	assert_string_equal(c->data, "FrobStore");
	assert_non_null(draft_check(r, RELAY "\\Parameters", "RelayPort"));
	/* back at the key's own level */
	assert_non_null(draft_check(r, RELAY, "ErrorControl"));
	assert_null(draft_check(r, RELAY "\\Parameters", "ErrorControl"));
#undef RELAY
	draft_free(&d);
}

/* A repair of the registry the article does not ask for is never
 * drafted: a .reg file to merge sets its values, an export to verify
 * gives checks only, an export shown as documentation or as what
 * something else writes goes to a person. */
static void test_what_the_article_asks_of_a_regedit_export(void **state)
{
	struct draft d;
	struct rule *r = draft_import_file("tests/fixtures/kbimport/Q900144.txt", &d);
	const struct rule_check *c;
	size_t i;
	int fixes = 0;

	(void)state;
	assert_null(draft_check(r, "HKLM\\SOFTWARE\\Frobnitz\\Installer", "Build"));
	assert_true(draft_review_at(r, 21));
	assert_null(draft_check(r, "HKLM\\SOFTWARE\\Frobnitz\\Helper", "Autostart"));
	assert_true(draft_review_at(r, 27));
	assert_non_null(c = draft_check(r, "HKLM\\SOFTWARE\\Frobnitz\\Store", "Pages"));
	assert_non_null(draft_check(r, "HKLM\\SOFTWARE\\Frobnitz\\Trace", "Level"));
	/* the second key of the same file, its header wrapped */
	assert_non_null(draft_check(r, "HKLM\\SOFTWARE\\Frobnitz\\Trace\\Sink Options", "File"));
	for (i = 0; i < r->n_fixes; i++)
		if (r->fixes[i].kind == FIX_REGISTRY) {
			fixes++;
			assert_string_not_equal(r->fixes[i].check_id, c->id);
		}
	/* "This is the journal key:" presents the export; the paragraph
	 * above it asks */
	assert_non_null(draft_check(r, "HKLM\\SOFTWARE\\Frobnitz\\Journal", "Enabled"));
	assert_int_equal(fixes, 3);
	/* a key in brackets to navigate to, then deleted: never created */
	for (i = 0; i < r->n_checks; i++)
		assert_string_not_equal(r->checks[i].key, "HKLM\\SOFTWARE\\Frobnitz\\Builds\\3.0");
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_source_named_in_the_title_or_before_the_label),
		cmocka_unit_test(test_events_quoted_as_id_then_message),
		cmocka_unit_test(test_an_example_in_a_how_to_article_is_reviewed_not_drafted),
		cmocka_unit_test(test_codes_quoted_glued_returned_and_in_data_words),
		cmocka_unit_test(test_regedit_block_after_a_blank_line_with_placeholders_and_hex),
		cmocka_unit_test(test_a_parameter_reference_is_reviewed_never_checked),
		cmocka_unit_test(test_a_stop_code_in_the_title_only_and_codes_before_error),
		cmocka_unit_test(test_type_first_labels_bracketed_types_and_label_remarks),
		cmocka_unit_test(test_what_the_article_asks_of_a_regedit_export),
		cmocka_unit_test(test_a_listing_with_subkey_headers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
