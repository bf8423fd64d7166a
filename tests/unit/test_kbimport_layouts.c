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

#define ARTICLE "tests/fixtures/kbimport/Q900141.txt"
#define BLOCKS "tests/fixtures/kbimport/Q900142.txt"

static struct rule *draft_of(const char *path)
{
	struct kb_error err = { "" };
	struct kb_article *a = NULL;
	struct rule *r = NULL;
	char *yaml = NULL;
	size_t len = 0;

	if (kb_article_load(path, &a, &err) != 0)
		fail_msg("%s", err.msg);
	if (kb_import_article(a, &yaml, &len, NULL, &err) != 0)
		fail_msg("%s", err.msg);
	kb_article_free(a);
	if (rule_load_text(path, yaml, len, &r, &err) != 0)
		fail_msg("draft of %s does not load: %s\n%s", path, err.msg, yaml);
	free(yaml);
	return r;
}

static const struct rule_symptom *event_of(const struct rule *r, unsigned id)
{
	size_t i;

	for (i = 0; i < r->n_symptoms; i++)
		if (r->symptoms[i].kind == SYMPTOM_EVENT && r->symptoms[i].event_id == id)
			return &r->symptoms[i];
	return NULL;
}

static int has_error(const struct rule *r, uint32_t code)
{
	size_t i;

	for (i = 0; i < r->n_symptoms; i++)
		if (r->symptoms[i].kind == SYMPTOM_ERROR && r->symptoms[i].error_code == code)
			return 1;
	return 0;
}

static int review_says(const struct rule *r, const char *text)
{
	size_t i;

	for (i = 0; i < r->n_reviews; i++)
		if (strstr(r->reviews[i].note, text) != NULL)
			return 1;
	return 0;
}

static void test_source_named_in_the_title_or_before_the_label(void **state)
{
	struct rule *r = draft_of(ARTICLE);
	const struct rule_symptom *s;

	(void)state;
	assert_non_null(s = event_of(r, 3013));
	assert_string_equal(s->source, "Rdr");
	assert_true(review_says(r, "read from the title"));
	assert_non_null(s = event_of(r, 77));
	assert_string_equal(s->source, "MSExchangeFrob");
	rule_free(r);
}

static void test_events_quoted_as_id_then_message(void **state)
{
	struct rule *r = draft_of(ARTICLE);

	(void)state;
	assert_non_null(event_of(r, 6100));
	assert_non_null(event_of(r, 6101));
	/* the code in the message is still read */
	assert_true(has_error(r, 0xc8001234u));
	rule_free(r);
}

static void test_an_example_in_a_how_to_article_is_reviewed_not_drafted(void **state)
{
	struct rule *r = draft_of("tests/fixtures/kbimport/Q900144.txt");

	(void)state;
	assert_null(event_of(r, 4242));
	assert_true(review_says(r, "event 4242 is shown as an example"));
	/* a REGINI script's key, listed with its usual name */
	assert_true(review_says(r, "a REGINI script names HKLM\\Software\\Frobnitz\\Store"));
	rule_free(r);
}

static void test_codes_quoted_glued_returned_and_in_data_words(void **state)
{
	struct rule *r = draft_of(ARTICLE);

	(void)state;
	assert_true(has_error(r, 0x80070005u));   /* error '80070005' */
	assert_true(has_error(r, 0x80070035u));   /* Return code = 0x... */
	assert_true(has_error(r, 0x8007000Eu));   /* HRESULT : 0x...-Text */
	assert_true(has_error(r, 0xC00000B5u));   /* data word the title names */
	assert_false(has_error(r, 0xC0000BB8u));  /* a data word nothing names */
	assert_true(has_error(r, 0xC0031007u));   /* "... written. ID C0031007" */
	assert_false(has_error(r, 0xC7F3A747u));  /* a message's ID */
	rule_free(r);
}

static const struct rule_check *check_of(const struct rule *r, const char *key, const char *value)
{
	size_t i;

	for (i = 0; i < r->n_checks; i++)
		if (strcmp(r->checks[i].key, key) == 0 && r->checks[i].value != NULL &&
		    strcmp(r->checks[i].value, value) == 0)
			return &r->checks[i];
	return NULL;
}

static int review_at(const struct rule *r, int line)
{
	size_t i;

	for (i = 0; i < r->n_reviews; i++)
		if (r->reviews[i].source_line == line)
			return 1;
	return 0;
}

#define FROBSTORE_SECURE "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobStore\\Secure"
#define FROBSTORE "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobStore\\Parameters"

static void test_regedit_block_after_a_blank_line_with_placeholders_and_hex(void **state)
{
	struct rule *r = draft_of(BLOCKS);
	const struct rule_check *c;

	(void)state;
	assert_non_null(c = check_of(r, FROBSTORE, "Store logging"));
	assert_string_equal(c->data, "ON");
	assert_non_null(c = check_of(r, FROBSTORE, "Cache pages (count)"));
	assert_string_equal(c->data, "0x00000080");
	/* read on past the hex data's continuation line */
	assert_non_null(check_of(r, FROBSTORE, "Flush interval"));
	/* "[folder name]" is the reader's, not data: a review item */
	assert_null(check_of(r, FROBSTORE, "Store path"));
	assert_true(review_at(r, 28));
	assert_true(review_at(r, 31));   /* hex data: by hand */
	rule_free(r);
}

static void test_a_parameter_reference_is_reviewed_never_checked(void **state)
{
	struct rule *r = draft_of(BLOCKS);

	(void)state;
	assert_null(check_of(r, FROBSTORE, "CachePagesMax"));
	assert_null(check_of(r, FROBSTORE, "ShrinkOnIdle"));
	assert_true(review_at(r, 40));
	assert_true(review_at(r, 49));
	assert_true(review_says(r, "value 'CachePagesMax' (REG_DWORD, default 128) is documented here"));
	rule_free(r);
}

static void test_a_stop_code_in_the_title_only_and_codes_before_error(void **state)
{
	struct rule *r = draft_of("tests/fixtures/kbimport/Q900143.txt");
	size_t i;

	(void)state;
	assert_true(has_error(r, 0x3Fu));
	assert_true(has_error(r, 0x80071234u));
	assert_true(has_error(r, 0x80070733u));
	/* an SNA sense code is hex, its keyword wrapped over two lines */
	assert_true(has_error(r, 0x1008u));
	/* "System error N has occurred." wraps the message on the next line */
	for (i = 0; i < r->n_symptoms; i++)
		if (r->symptoms[i].kind == SYMPTOM_ERROR && r->symptoms[i].error_code == 2250)
			assert_string_equal(r->symptoms[i].message, "The frob connection could not be found.");
	assert_true(has_error(r, 2250));
	/* a related article's title names a code: listed, not drafted */
	assert_false(has_error(r, 3221487624u));
	assert_true(review_at(r, 34));
	rule_free(r);
}

static void test_type_first_labels_bracketed_types_and_label_remarks(void **state)
{
	struct rule *r = draft_of(BLOCKS);

	(void)state;
	/* "DWORD: Name" then "Value: 0x1 == meaning" choices: a review */
	assert_null(check_of(r, FROBSTORE_SECURE, "FrobSecureMode"));
	assert_true(review_says(r, "value 'FrobSecureMode' REG_DWORD under"));
	/* "Flags (Reg_DWORD): 0x200" under a key whose "Progname" the
	 * article defines as a stand-in */
	assert_null(check_of(r, "HKLM\\SOFTWARE\\Frobnitz\\Programs\\Progname", "Flags"));
	assert_true(review_says(r, "value 'Flags' Reg_DWORD under"));
	/* "Value (case sensitive): Name" with "Data (...): <placeholder>" */
	assert_true(review_says(r, "value 'Frob Limit Name' REG_SZ under"));
	assert_true(review_at(r, 58));
	assert_true(review_at(r, 66));
	assert_true(review_at(r, 73));
	/* the same under a path the import did not read: listed all the
	 * same, never dropped */
	assert_true(review_at(r, 81));
	rule_free(r);
}

static void test_a_listing_with_subkey_headers(void **state)
{
	struct rule *r = draft_of(BLOCKS);
	const struct rule_check *c;

	(void)state;
#define RELAY "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobRelay"
	assert_non_null(check_of(r, RELAY, "Start"));
	assert_non_null(c = check_of(r, RELAY "\\Linkage", "OtherDependencies"));
	assert_string_equal(c->data, "FrobStore");
	assert_non_null(check_of(r, RELAY "\\Parameters", "RelayPort"));
	/* back at the key's own level */
	assert_non_null(check_of(r, RELAY, "ErrorControl"));
	assert_null(check_of(r, RELAY "\\Parameters", "ErrorControl"));
#undef RELAY
	rule_free(r);
}

/* A repair of the registry the article does not ask for is never
 * drafted: a .reg file to merge sets its values, an export to verify
 * gives checks only, an export shown as documentation or as what
 * something else writes goes to a person. */
static void test_what_the_article_asks_of_a_regedit_export(void **state)
{
	struct rule *r = draft_of("tests/fixtures/kbimport/Q900144.txt");
	const struct rule_check *c;
	size_t i;
	int fixes = 0;

	(void)state;
	assert_null(check_of(r, "HKLM\\SOFTWARE\\Frobnitz\\Installer", "Build"));
	assert_true(review_at(r, 21));
	assert_null(check_of(r, "HKLM\\SOFTWARE\\Frobnitz\\Helper", "Autostart"));
	assert_true(review_at(r, 27));
	assert_non_null(c = check_of(r, "HKLM\\SOFTWARE\\Frobnitz\\Store", "Pages"));
	assert_non_null(check_of(r, "HKLM\\SOFTWARE\\Frobnitz\\Trace", "Level"));
	/* the second key of the same file, its header wrapped */
	assert_non_null(check_of(r, "HKLM\\SOFTWARE\\Frobnitz\\Trace\\Sink Options", "File"));
	for (i = 0; i < r->n_fixes; i++)
		if (r->fixes[i].kind == FIX_REGISTRY) {
			fixes++;
			assert_string_not_equal(r->fixes[i].check_id, c->id);
		}
	/* "This is the journal key:" presents the export; the paragraph
	 * above it asks */
	assert_non_null(check_of(r, "HKLM\\SOFTWARE\\Frobnitz\\Journal", "Enabled"));
	assert_int_equal(fixes, 3);
	/* a key in brackets to navigate to, then deleted: never created */
	for (i = 0; i < r->n_checks; i++)
		assert_string_not_equal(r->checks[i].key, "HKLM\\SOFTWARE\\Frobnitz\\Builds\\3.0");
	rule_free(r);
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
