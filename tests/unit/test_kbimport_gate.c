/* test_kbimport_gate.c: core/kbimport_gate.c, the last pass that keeps
 * only the checks an article asks for.  Each test imports a small article
 * written here, in our own words, and reads the draft as a parsed rule:
 * a value or key the article only describes (a range, a default, a
 * suggestion, an example's export, permissions, the cause) is a review
 * item on its line, never a check or a repair. */
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

#include "../../core/kbimport_int.h"

static void test_line_cues(void **state)
{
	(void)state;
	assert_true(imp_line_documents_data("   Valid Range: 0-255"));
	assert_true(imp_line_documents_data("   Data: 2 (default) to 7 as given earlier"));
	assert_true(imp_line_documents_data("   Data:  1 to 10"));
	assert_true(imp_line_documents_data("   Default: 30"));
	assert_true(imp_line_documents_data("   Suggested value on a busy server: 4"));
	assert_true(imp_line_documents_data("   Recommended value: 8"));
	assert_true(imp_line_documents_data("   Valid values: 0, 1 or 2"));
	assert_false(imp_line_documents_data("   Data: 1"));
	assert_false(imp_line_documents_data("   Value Name: (Default)"));
	assert_false(imp_line_documents_data("   Data Type: REG_DWORD"));
	assert_true(imp_intro_shows_example("In this example, saving the key gave this file:"));
	assert_true(imp_intro_shows_example("For example, on a test server:"));
	assert_false(imp_intro_shows_example("Merge the following file into the registry:"));
}

static void test_data_the_reader_picks(void **state)
{
	struct draft d;

	(void)state;
	/* line 17 on: "add" asks, but the data is a range with a default */
	draft_import_body("\n"
	       "1. Open the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. Add the following value:\n"
	       "\n"
	       "      Value Name: RetryLevel\n"
	       "      Data Type: REG_DWORD\n"
	       "      Data:  2 (default) to 7 as given earlier\n"
	       "\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "RetryLevel"));
	assert_true(draft_review_at(d.r, 24));
	draft_free(&d);
}

static void test_a_documented_value_with_a_suggestion(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "The agent reads one more value, which turns on the spare queue.\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\SpareQueue\n"
	       "       Value Type: REG_DWORD\n"
	       "       Valid Range: 0,1\n"
	       "       Default: 0\n"
	       "       Suggested value for a busy server: 1\n"
	       "\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "SpareQueue"));
	assert_true(draft_review_at(d.r, 20) || draft_review_at(d.r, 21));
	draft_free(&d);
}

static void test_an_example_export_is_not_a_repair(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Save the key of your own card to a file. In this example, saving\n"
	       "the key of the sample card gave this file:\n"
	       "\n"
	       "   REGEDIT4\n"
	       "\n"
	       "   [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\frobcard]\n"
	       "   \"Start\"=dword:00000003\n"
	       "   \"Group\"=\"Frob\"\n"
	       "\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_at(d.r, 24));
	assert_true(draft_review_at(d.r, 25));
	draft_free(&d);
}

static void test_an_export_to_merge_keeps_its_repairs(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "To fix it, save the following text as fix.reg and merge it into the\n"
	       "registry:\n"
	       "\n"
	       "   REGEDIT4\n"
	       "\n"
	       "   [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\frobcard]\n"
	       "   \"Start\"=dword:00000003\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\frobcard", "Start");
	assert_non_null(c);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_permissions_on_a_key(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "Make sure that the permissions on the following keys let the agent's\n"
	       "account read them:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Queue\n"
	       "\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_at(d.r, 21));
	assert_true(draft_review_at(d.r, 23));
	draft_free(&d);
}

static void test_a_key_missing_or_with_bad_permissions(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "To fix it, find the following key and repair it if it is missing or\n"
	       "has the wrong permissions:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n", &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL));
	draft_free(&d);
}

static void test_a_key_in_the_cause(void **state)
{
	struct draft d;

	(void)state;
	/* RESOLUTION opens on line 15; CAUSE on line 19 */
	draft_import_body("\n"
	       "See below.\n"
	       "\n"
	       "CAUSE\n"
	       "=====\n"
	       "\n"
	       "The QueueDepth value is missing from the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n", &d);
	assert_int_equal(d.r->n_checks, 0);
	assert_true(draft_review_at(d.r, 25));
	draft_free(&d);
}

static void test_defaults_asked_back(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "To fix it, set the following values back to their default values:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Value Name: QueueDepth\n"
	       "   Data Type: REG_DWORD\n"
	       "   Valid Range: 1-64\n"
	       "   Default: 8\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "QueueDepth");
	assert_non_null(c);
	draft_free(&d);
}

static void test_a_key_the_reader_adds_under(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "1. Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\n"
	       "\n"
	       "2. On the Edit menu, click Add Key, and type Agent.\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz", NULL);
	if (c != NULL)
		assert_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_examples_of_use_are_not_repairs(void **state)
{
	struct draft d;

	(void)state;
	assert_true(imp_intro_shows_example("Typical use examples for these two values would be:"));
	assert_true(imp_intro_shows_example("For instance, on a small office server:"));
	assert_false(imp_intro_shows_example("An example file ships with it; add this value:"));
	draft_import_body("\n"
	       "Typical use examples for these two values would be:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "   Value Name: WatchMask\n"
	       "   Data Type : REG_DWORD\n"
	       "   Data      : 0x3F\n"
	       "\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "WatchMask"));
	assert_true(draft_review_at(d.r, 20));
	draft_free(&d);
}

static void test_a_type_label_is_no_step(void **state)
{
	struct draft d;

	(void)state;
	/* "Type: REG_DWORD: 0x10" in an example's listing is a value's
	 * line, not a step asking to type something */
	draft_import_body("\n"
	       "For example, the agent's key on one test server holds:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "     Start: REG_DWORD: 0x3\n"
	       "     Type: REG_DWORD: 0x10\n"
	       "     Level: REG_DWORD: 0x2\n"
	       "\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Start"));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Level"));
	draft_free(&d);
}

static void test_lines_added_to_a_file(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "To turn on mirroring, add the following line to the end of the\n"
	       "Agent.cfg file in the program folder:\n"
	       "\n"
	       "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Mirror]\n"
	       "\"Target\"=\"<\\\\\\\\host\\\\share>\"\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Mirror", NULL);
	if (c != NULL)
		assert_null(draft_fix(d.r, c->id));
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Mirror", "Target");
	if (c != NULL)
		assert_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_a_unit_is_no_data(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. On the Edit menu, click Add Value, and add the following value:\n"
	       "\n"
	       "   Value Name: IdleWait\n"
	       "   Data Type: REG_SZ\n"
	       "   Value: seconds (Default: 30) (Never: 0)\n"
	       "\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "IdleWait"));
	assert_true(draft_review_at(d.r, 22) || draft_review_at(d.r, 24));
	draft_free(&d);
}

static void test_a_key_to_change_is_not_created(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "To correct this, use Registry Editor to change the\n"
	       "following keys to the right folder and file name:\n"
	       "\n"
	       "WARNING: a careless edit of the registry can stop the server from\n"
	       "starting. Back it up first.\n"
	       "\n"
	       "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Plugins\n"
	       "\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Plugins", NULL);
	if (c != NULL)
		assert_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

static void test_data_in_words_or_changed_below(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. On the Edit menu, click Add Value and add the following:\n"
	       "\n"
	       "   SpoolLimit REG_SZ (keep it below the disk size)\n"
	       "\n"
	       "3. Find this value:\n"
	       "\n"
	       "   Mode : REG_DWORD : 0\n"
	       "\n"
	       "Double-click it, change the \"0\" to a \"3\", and click OK.\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "SpoolLimit"));
	{
		const struct rule_check *c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Mode");
		if (c != NULL && c->data != NULL)
			assert_string_not_equal(c->data, "0");
	}
	draft_free(&d);
}

static void test_a_key_letter_the_reader_fills_in(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobNicN\n"
	       "\n"
	       "   where N is the number of the card.\n"
	       "\n"
	       "2. On the Edit menu, click Add Value and add the following:\n"
	       "\n"
	       "   Value Name: RingSize\n"
	       "   Data Type: REG_DWORD\n"
	       "   Data: 64\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobNicN", "RingSize"));
	draft_free(&d);
}

static void test_a_name_read_with_its_old_data(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body("\n"
	       "1. Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "\n"
	       "2. Change SpareQueue from 0 to 1.\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "SpareQueue from 0"));
	{
		const struct rule_check *c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "SpareQueue");
		if (c != NULL)
			assert_true(draft_review_at(d.r, 20) || draft_review_at(d.r, 18));
	}
	draft_free(&d);
	/* words of the sentence before "from" are no name */
	draft_import_body("\n"
	       "Change the following Registry value from 0 to 1:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\SpareQueue\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\SpareQueue", "following Registry"));
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "following Registry"));
	draft_free(&d);
}

static void test_examples_in_the_cause(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "CAUSE\n"
	       "=====\n"
	       "\n"
	       "The agent keeps its jobs under\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Jobs\n"
	       "\n"
	       "and a job whose command holds a space is never run. These examples fail:\n"
	       "\n"
	       "   Command:reg_sz:c:\\Frob Files\\job run\n"
	       "\n"
	       "RESOLUTION\n"
	       "==========\n"
	       "\n"
	       "To add the job, create a new registry key called Nightly in the\n"
	       "following registry path:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Jobs", "Command"));
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", NULL);
	if (c != NULL)
		assert_null(draft_fix(d.r, c->id));
	draft_free(&d);
}

/* A key every program shares (SharedDLLs, Run, Session Manager, ...)
 * listed among a product's keys to remove: the product's own keys are
 * deleted, the shared one is reviewed, never deleted whole. */
static void test_a_key_every_program_shares_is_not_deleted(void **state)
{
	static const struct draft_case cases[] = {
		{ "a shared key in a list of the product's keys",
		  "\n"
		  "To remove the frob tools by hand, delete the following registry keys:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gadget Works\\Frob Tools\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\SharedDLLs\n",
		  { "absent HKLM\\SOFTWARE\\Gadget Works\\Frob Tools", "repair HKLM\\SOFTWARE\\Gadget Works\\Frob Tools",
		    "review 22: a key every program shares", NULL },
		  { "absent HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\SharedDLLs",
		    "repair HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\SharedDLLs", NULL } },
		{ "the Run key alone",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\n",
		  { "review 20: a key every program shares", NULL },
		  { "repair HKLM", "checks 1", NULL } },
		{ "a product's own key named Run, and a name under the shared Run key",
		  "\n"
		  "To remove the frob agent by hand, delete the following registry keys:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Gadget Works\\Frob Agent\\Run\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\FrobAgent\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\KnownDLLs\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\KnownDLLs\\frobhook\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Classes\\CLSID\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SessionManager\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4D36E96B-E325-11CE-BFC1-08002BE10318}\n",
		  { "absent HKLM\\SOFTWARE\\Gadget Works\\Frob Agent\\Run", "repair HKLM\\SOFTWARE\\Gadget Works\\Frob Agent\\Run", NULL },
		  { "absent HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\FrobAgent",
		    "absent HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\KnownDLLs", "absent HKLM\\SOFTWARE\\Classes",
		    "absent HKLM\\SYSTEM\\CurrentControlSet\\Control\\SessionManager", "absent HKLM\\SYSTEM\\CurrentControlSet\\Control\\Class", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A value shown with its data, then a paragraph that says the data is
 * the default: a parameter reference, no check; a step asking to set it
 * back to that default is still asked. */
static void test_shown_data_that_is_the_default(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	draft_import_body("\n"
	       "Two parameters under:\n"
	       "\n"
	       "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Parameters\n"
	       "\n"
	       "   AllowRequeue: REG_DWORD: 0x1\n"
	       "\n"
	       "Setting this parameter to 0 stops requeueing. Default is 1 (that is,\n"
	       "a failed job goes back to the queue).\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Parameters", "AllowRequeue"));
	assert_true(draft_review_at(d.r, 22));
	draft_free(&d);

	/* must not: other data than the default, and a step that asks */
	draft_import_body("\n"
	       "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Parameters\n"
	       "\n"
	       "   AllowRequeue: REG_DWORD: 0x0\n"
	       "\n"
	       "Default is 1.\n", &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Parameters", "AllowRequeue"));
	draft_free(&d);
	draft_import_body("\n"
	       "1. Go to the following key:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Parameters\n"
	       "\n"
	       "2. Set the following value to 0:\n"
	       "\n"
	       "   Name: AllowRequeue\n"
	       "   Type: REG_DWORD\n"
	       "   Value: 0\n"
	       "\n"
	       "   NOTE: The default is 0.\n", &d);
	c = draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Parameters", "AllowRequeue");
	assert_non_null(c);
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
	/* a step that asks to verify the data keeps the check; "1,000" is
	 * no 1 */
	draft_import_body("\n"
	       "Verify that the following value is set:\n"
	       "\n"
	       "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Parameters\n"
	       "\n"
	       "   AllowRequeue: REG_DWORD: 0x1\n"
	       "\n"
	       "The default is 1.\n", &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Parameters", "AllowRequeue"));
	draft_free(&d);
	draft_import_body("\n"
	       "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Parameters\n"
	       "\n"
	       "Verify that it holds this value:\n"
	       "\n"
	       "   QueueLimit: REG_DWORD: 1\n"
	       "\n"
	       "The default is 1.\n", &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Parameters", "QueueLimit"));
	draft_free(&d);
	draft_import_body("\n"
	       "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Parameters\n"
	       "\n"
	       "   QueueLimit: REG_DWORD: 1\n"
	       "\n"
	       "The default is 1.5 seconds, or 1,000 items.\n", &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent\\Parameters", "QueueLimit"));
	draft_free(&d);
}

/* A value no step sets is a check only where the article says what to
 * do, or says it must be so; shown in the cause or a description, it is
 * what the article describes. */
static void test_a_value_shown_outside_the_fix_is_no_check(void **state)
{
	struct draft d;

	(void)state;
	/* in the cause: the state that goes wrong */
	draft_import_body("\n"
	       "Install the latest agent update.\n"
	       "\n"
	       "CAUSE\n"
	       "=====\n"
	       "\n"
	       "After an upgrade, the agent's value reads as follows:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "   Spool: REG_SZ: C:\\Frob Spool\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Spool"));
	assert_true(draft_review_at(d.r, 26));
	draft_free(&d);

	/* in MORE INFORMATION, a listing of what the agent holds */
	draft_import_body("\n"
	       "Install the latest agent update.\n"
	       "\n"
	       "MORE INFORMATION\n"
	       "================\n"
	       "\n"
	       "On a typical server the agent holds entries like these:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "   Spool: REG_SZ: C:\\FROBNITZ\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Spool"));
	draft_free(&d);

	/* must not: the same listing with words saying it must be so */
	draft_import_body("\n"
	       "Install the latest agent update.\n"
	       "\n"
	       "MORE INFORMATION\n"
	       "================\n"
	       "\n"
	       "1. Verify the agent's entries. A working server normally has these\n"
	       "   entries:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "   Spool: REG_SZ: C:\\FROBNITZ\n", &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Spool"));
	draft_free(&d);
	/* in the cause, cue words do not make the bad state required,
	 * nor do a cue inside the value's name or a negated "correctly" */
	draft_import_body("\n"
	       "Install the latest agent update.\n"
	       "\n"
	       "CAUSE\n"
	       "=====\n"
	       "\n"
	       "To confirm that you have this problem, look at the value; it should be\n"
	       "0, but on an affected server it reads:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "   RunAtBoot: REG_DWORD: 1\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "RunAtBoot"));
	draft_free(&d);
	draft_import_body("\n"
	       "Install the latest agent update.\n"
	       "\n"
	       "MORE INFORMATION\n"
	       "================\n"
	       "\n"
	       "Setup does not correctly update the following value:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "   ConfirmDelete: REG_DWORD: 0\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "ConfirmDelete"));
	draft_free(&d);
	draft_import_body("\n"
	       "Install the latest agent update.\n"
	       "\n"
	       "MORE INFORMATION\n"
	       "================\n"
	       "\n"
	       "The value should be 1, but after the upgrade it reads:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "   RunAtBoot: REG_DWORD: 0\n", &d);
	assert_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "RunAtBoot"));
	draft_free(&d);
	/* a sub-heading inside RESOLUTION is still the resolution */
	draft_import_body("\n"
	       "WINDOWS NT 4.0\n"
	       "==============\n"
	       "\n"
	       "The agent uses this value:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "   Spool: REG_SZ: C:\\FROBNITZ\n", &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Spool"));
	draft_free(&d);
	draft_import_body("\n"
	       "If the agent is installed correctly, entries similar to these appear:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	       "   Spool: REG_SZ: C:\\FROBNITZ\n", &d);
	assert_non_null(draft_check(d.r, "HKLM\\SOFTWARE\\Frobnitz\\Agent", "Spool"));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_line_cues),
		cmocka_unit_test(test_a_key_every_program_shares_is_not_deleted),
		cmocka_unit_test(test_data_the_reader_picks),
		cmocka_unit_test(test_a_documented_value_with_a_suggestion),
		cmocka_unit_test(test_shown_data_that_is_the_default),
		cmocka_unit_test(test_a_value_shown_outside_the_fix_is_no_check),
		cmocka_unit_test(test_an_example_export_is_not_a_repair),
		cmocka_unit_test(test_an_export_to_merge_keeps_its_repairs),
		cmocka_unit_test(test_permissions_on_a_key),
		cmocka_unit_test(test_a_key_missing_or_with_bad_permissions),
		cmocka_unit_test(test_a_key_in_the_cause),
		cmocka_unit_test(test_defaults_asked_back),
		cmocka_unit_test(test_a_key_the_reader_adds_under),
		cmocka_unit_test(test_examples_of_use_are_not_repairs),
		cmocka_unit_test(test_a_type_label_is_no_step),
		cmocka_unit_test(test_lines_added_to_a_file),
		cmocka_unit_test(test_a_unit_is_no_data),
		cmocka_unit_test(test_a_key_to_change_is_not_created),
		cmocka_unit_test(test_data_in_words_or_changed_below),
		cmocka_unit_test(test_a_key_letter_the_reader_fills_in),
		cmocka_unit_test(test_a_name_read_with_its_old_data),
		cmocka_unit_test(test_examples_in_the_cause),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
