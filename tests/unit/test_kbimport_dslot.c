/* test_kbimport_dslot.c: how a value's name and data are said in steps
 * (core/kbimport_procedure.c, core/kbimport_dialog.c).  A step names the
 * field it types into (the "Value data" box, quoted or not, with or
 * without its colon; "Under Value data"); a step that makes a new value
 * ("New > DWORD Value", "Add Value") is followed by its name, typed where
 * Registry Editor put "New Value #1"; a value is picked by the words for
 * it before its name; digits typed into the DWORD editor with no radix
 * named are hex, the editor's default.  Each case imports a small article
 * written here, in our own words (the body starts at line 17), and says
 * what the draft holds and what it must not hold (struct draft_case,
 * draft_probe.h). */
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

#define FROB_KEY "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters"

#define FROB_VALUE(name) FROB_KEY "|" name

static void test_a_value_is_named_by_the_step_that_makes_or_picks_it(void **state)
{
	static const struct draft_case cases[] = {
		{ "a new value takes the name typed next and the data under Value data",
		  "\n"
		  "1. Start Registry Editor (Regedit.exe).\n"
		  "\n"
		  "2. Locate the following key in the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. On the Edit menu, point to New, and then click DWORD Value.\n"
		  "\n"
		  "4. Type \"SkipWobble\" (without the quotation marks), and then press ENTER.\n"
		  "\n"
		  "5. Under \"Value data\", type \"1\" (without the quotation marks).\n"
		  "\n"
		  "6. Quit Registry Editor.\n",
		  { "check REG_DWORD " FROB_VALUE("SkipWobble") " = 1", "repair " FROB_VALUE("SkipWobble"), "checks 1", NULL },
		  /* the menu's words are no value, and the type is the menu's */
		  { "check " FROB_VALUE("New"), "review 0: the steps give no type", NULL } },
		{ "a string value named as the new name takes the Value data box",
		  "\n"
		  "1. Locate and click the following key in the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. On the Edit menu, click New, and then click String Value.\n"
		  "\n"
		  "3. Type \"WobbleHost\" as the name of the new value, and press ENTER.\n"
		  "\n"
		  "4. Double-click WobbleHost. In the \"Value data:\" field, type \"spindle\"\n"
		  "   (without the quotation marks), and then click OK.\n",
		  { "check REG_SZ " FROB_VALUE("WobbleHost") " = spindle", "repair " FROB_VALUE("WobbleHost"), "checks 1", NULL },
		  /* "type in" and the field's words are not data */
		  { "check " FROB_VALUE("WobbleHost") " = field", NULL } },
		{ "a rename, then the Value data set in words",
		  "\n"
		  "1. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. On the Edit menu, click New and then point to DWORD Value.\n"
		  "\n"
		  "3. A value named New Value #1 appears in the right pane.\n"
		  "\n"
		  "4. Rename the new value to QuietSpin.\n"
		  "\n"
		  "5. Double-click QuietSpin and change the Value data to 1.\n",
		  { "check REG_DWORD " FROB_VALUE("QuietSpin") " = 1", NULL },
		  /* the DWORD Value step gives the type: nothing is assumed */
		  { "review 0: REG_DWORD is assumed", "check " FROB_VALUE("New Value #1"), NULL } },
		{ "the value of a number entered in the String field",
		  "\n"
		  "1. Go to this key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. On the Edit menu, click Add Value.\n"
		  "\n"
		  "3. In the Value Name box, type SpinCount, in the Data Type box, click\n"
		  "   REG_SZ, and then click OK.\n"
		  "\n"
		  "4. Enter the value of 250 in the String field, and then click OK.\n",
		  { "check REG_SZ " FROB_VALUE("SpinCount") " = 250", "checks 1", NULL },
		  /* "the value of" is not what is typed */
		  { "check " FROB_VALUE("SpinCount") " = the", NULL } },
		{ "a value picked by its kind before its name",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. Select the DWORD Value \"WobbleMode\"\n"
		  "\n"
		  "4. On the Edit menu, click DWORD, type \"3\" (without the quotation marks), and\n"
		  "   then click OK.\n",
		  { "check REG_DWORD " FROB_VALUE("WobbleMode") " = 3", "checks 1", NULL },
		  /* the kind's word is no value's name */
		  { "check " FROB_VALUE("DWORD"), NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_dword_data_is_read_in_the_radix_the_article_gives(void **state)
{
	static const struct draft_case cases[] = {
		{ "digits typed into the DWORD editor with no radix are hex",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Locate the WobbleLimit value under the following key in the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. On the Edit menu, click DWORD, type \"120\" (without the quotation marks),\n"
		  "   and then click OK.\n"
		  "\n"
		  "4. Quit Registry Editor.\n",
		  /* the DWORD editor opens in hex: 0x120 (288), not 120 */
		  { "check REG_DWORD " FROB_VALUE("WobbleLimit") " = 288", "review 0: no radix named", NULL },
		  { "check " FROB_VALUE("WobbleLimit") " = 120", NULL } },
		{ "data set in words with (HEX) after it is hex",
		  "\n"
		  "To turn the wobble filter off, edit this key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "Change the value for WobbleMask to 2000 (HEX)\n",
		  /* 0x2000 */
		  { "check REG_DWORD " FROB_VALUE("WobbleMask") " = 8192", NULL },
		  { "check " FROB_VALUE("WobbleMask") " = 2000", NULL } },
		{ "a step gives one datum and a range after it does not override it",
		  "\n"
		  "1. Start Registry Editor (Regedt32.exe).\n"
		  "\n"
		  "2. Locate the SpinHold value under the following key in the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "3. On the Edit menu, click DWORD, type \"0x3c\" (without the quotation marks),\n"
		  "   and then click OK.\n"
		  "\n"
		  "4. Quit Registry Editor.\n"
		  "\n"
		  "The whole range the service accepts is\n"
		  "\n"
		  "   SpinHold REG_DWORD 0x10 - 0x400\n",
		  /* 0x3c */
		  { "check REG_DWORD " FROB_VALUE("SpinHold") " = 60", "repair " FROB_VALUE("SpinHold"), "checks 1", NULL },
		  /* the range is not a datum: no check holds its ends (0x10) */
		  { "check " FROB_VALUE("SpinHold") " = 16", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Every check of WobbleLimit (not only the first) holds the decimal
 * reading: draft_says reads the first check of a name only. */
static void test_no_radix_is_read_as_the_decimal_the_article_gives_elsewhere(void **state)
{
	struct draft d;
	const struct rule_check *c;
	size_t i;

	(void)state;
	draft_import_body("\n"
	       "1. Locate the WobbleLimit value under the following key in the registry:\n"
	       "\n"
	       "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
	       "\n"
	       "2. On the Edit menu, click DWORD, type \"120\" (without the quotation marks),\n"
	       "   and then click OK.\n"
	       "\n"
	       "If the value is not there, add it:\n"
	       "\n"
	       "   Value Name: WobbleLimit\n"
	       "   Data Type: REG_DWORD\n"
	       "   Radix: Decimal\n"
	       "   Value: 120\n", &d);
	assert_non_null(c = draft_check(d.r, FROB_KEY, "WobbleLimit"));
	/* no check of this value holds the hex reading */
	for (i = 0; i < d.r->n_checks; i++)
		if (d.r->checks[i].value != NULL && strcmp(d.r->checks[i].value, "WobbleLimit") == 0)
			assert_int_equal(d.r->checks[i].number, 120);
	assert_false(draft_review_says(d.r, 0, "hex (0x120)"));
	draft_free(&d);
}

static void test_a_value_whose_data_the_steps_do_not_give_is_not_drafted(void **state)
{
	static const struct draft_case cases[] = {
		{ "a value made with data left to the reader is a review item",
		  "\n"
		  "1. Locate and click the following key in the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. On the Edit menu, point to New, and then click String Value.\n"
		  "\n"
		  "3. Type \"SpinHosts\" (without the quotation marks), and then press ENTER.\n"
		  "\n"
		  "4. Double-click SpinHosts, and then enter the names of the hosts you want\n"
		  "   to spin, separated by commas.\n",
		  /* no datum to write: a person's, named in the review list */
		  { "repairs 0", "review 24: SpinHosts", NULL },
		  { "check " FROB_VALUE("SpinHosts"), NULL } },
		{ "values set under a subkey the steps make are not put under the key",
		  "\n"
		  "1. Locate and click the following key in the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. On the Edit menu, point to New, and then click Key.\n"
		  "\n"
		  "3. Type \"Wobble\" as the new key name, and then press ENTER.\n"
		  "\n"
		  "4. With the Wobble key selected, point to New, and then click String Value.\n"
		  "\n"
		  "5. Type \"Mode\" as the name of the new value, and then press ENTER.\n"
		  "\n"
		  "6. In the Value data box, type \"fast\", and then click OK.\n",
		  /* the value is under Parameters\Wobble: not drafted under Parameters */
		  { "repairs 0", "review 0: under a subkey", NULL },
		  { "check " FROB_VALUE("Mode"), NULL } },
		{ "a description of a field types nothing",
		  "\n"
		  "The Frob service reads the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "By default the Value data box shows 5 for WobbleDepth. If the value is 1,\n"
		  "the service skips the check. The Data Type box lists REG_DWORD.\n",
		  /* what the article says is there is not asked for */
		  { "repairs 0", NULL },
		  { "check " FROB_VALUE("WobbleDepth"), NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_value_is_named_by_the_step_that_makes_or_picks_it),
		cmocka_unit_test(test_dword_data_is_read_in_the_radix_the_article_gives),
		cmocka_unit_test(test_no_radix_is_read_as_the_decimal_the_article_gives_elsewhere),
		cmocka_unit_test(test_a_value_whose_data_the_steps_do_not_give_is_not_drafted),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
