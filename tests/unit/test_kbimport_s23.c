/* test_kbimport_s23.c: forms of session 23's importer mends, read from
 * the findings left by session 22's reviews and audit and from unseen
 * set 36 (measured as drawn first).  Each case imports a small article
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
#include "kbwiz/kbimport.h"
#include "kbwiz/rule_load.h"
#include "draft_probe.h"

#define FROB "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob"
#define FROBP FROB "\\Parameters"

/* Review 22c's finding left: a default the sentence scopes to one case
 * before its number ("On a Frob server, this value defaults to 1") is
 * not the default where the fix is applied, so adding the value with
 * that data is a change; a default said for every case still is none. */
static void test_r22c_a_default_for_one_case(void **state)
{
	static const struct draft_case cases[] = {
		{ "'On a Frob server, this value defaults to 1.'",
		  LEAD_THEN_FIX("On a Frob server, this value defaults to 1."),
		  { "check REG_DWORD " FROBP "|FrobLimit = 1", "repair " FROBP "|FrobLimit", NULL }, { NULL } },
		{ "'When Frob runs on a cluster, the default value of FrobLimit is 1.'",
		  LEAD_THEN_FIX("When Frob runs on a cluster, the default value of FrobLimit is 1."),
		  { "repair " FROBP "|FrobLimit", NULL }, { NULL } },
		{ "'In this case, this value defaults to 1.' is the default here",
		  LEAD_THEN_FIX("In this case, this value defaults to 1."),
		  { NULL }, { "repair " FROBP "|FrobLimit", NULL } },
		{ "'For example, this value defaults to 1.' is the default",
		  LEAD_THEN_FIX("For example, this value defaults to 1."),
		  { NULL }, { "repair " FROBP "|FrobLimit", NULL } },
		{ "'If this value is not present, the default is 1.' is the default",
		  LEAD_THEN_FIX("If this value is not present, the default is 1."),
		  { NULL }, { "repair " FROBP "|FrobLimit", NULL } },
		{ "'When FrobLimit is absent, it defaults to 1.' is the default",
		  LEAD_THEN_FIX("When FrobLimit is absent, this value defaults to 1."),
		  { NULL }, { "repair " FROBP "|FrobLimit", NULL } },
		{ "'If there is no FrobLimit value, this value defaults to 1.' (review 23)",
		  LEAD_THEN_FIX("If there is no FrobLimit value, this value defaults to 1."),
		  { NULL }, { "repair " FROBP "|FrobLimit", NULL } },
		{ "'On all servers, this value defaults to 1.' (review 23)",
		  LEAD_THEN_FIX("On all servers, this value defaults to 1."),
		  { NULL }, { "repair " FROBP "|FrobLimit", NULL } },
		{ "'Unless you change it, this value defaults to 1.' (review 23)",
		  LEAD_THEN_FIX("Unless you change it, this value defaults to 1."),
		  { NULL }, { "repair " FROBP "|FrobLimit", NULL } },
		{ "'This value defaults to 1.' is the default",
		  LEAD_THEN_FIX("This value defaults to 1."),
		  { NULL }, { "repair " FROBP "|FrobLimit", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen34's wrong event: an event of a service the article makes up
 * for its example ("For example, assume that server A runs a service
 * called "frobsvc"") is no symptom; a service named so outside an
 * example keeps its event. */
static void test_u34_an_event_of_a_made_up_service(void **state)
{
	static const struct draft_case cases[] = {
		{ "'assume that server A runs a service called \"frobsvc\"'",
		  "\n"
		  "For example, assume that server A runs a service called \"frobsvc\", and\n"
		  "that server B does not. When you open A's saved log on B, you see:\n"
		  "\n"
		  "   The description for Event ID (51) in Source (frobsvc) could not be found.\n",
		  { "review 21: a name the article makes up", NULL }, { "event 51", NULL } },
		{ "'The following example shows ... the service named frobsvc' (review 23)",
		  "\n"
		  "The following example shows what happens when the service named frobsvc\n"
		  "loses its store. You see the following in the System log:\n"
		  "\n"
		  "   The description for Event ID (51) in Source (frobsvc) could not be found.\n",
		  { "event 51", NULL }, { NULL } },
		{ "'the agent runs a service called \"frobsvc\"'",
		  "\n"
		  "The agent runs a service called \"frobsvc\". When the service stops, you see\n"
		  "the following event in the System log:\n"
		  "\n"
		  "   The description for Event ID (51) in Source (frobsvc) could not be found.\n",
		  { "event 51", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Audit 23's Q200490 form: a "key" the article gives a type or data
 * ("If the following DWORD key exists, increase the current value by
 * one" / "If this registry key does not exist, add it, and set the value
 * to 6") is a value called a key: no create-key of the path, a review
 * item; a key the words only ask to create keeps its check. */
static void test_a23_a_value_called_a_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "'If the following DWORD key exists ... set the value to 6'",
		  "\n"
		  " - If the following DWORD key exists in the registry, increase the current\n"
		  "   value by one.\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\FrobDepth\n"
		  "\n"
		  " - If this registry key does not exist, add it to the registry, and set the\n"
		  "   value to 6.\n",
		  { "checks 0", "review 21: give it a type", NULL }, { NULL } },
		{ "'add a DWORD value under that key ... with a value of 1': the data is the value's",
		  "\n"
		  "1. Add the following key, and add a DWORD value under that key which is\n"
		  "   FrobLimit with a value of 1:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\Cache\n",
		  { NULL }, { "give it a type", NULL } },
		{ "'Write down the current value of FrobLimit, then create the following key:' (review 23)",
		  "\n"
		  "1. Write down the current value of FrobLimit, then create the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\Cache\n"
		  "\n"
		  "2. In the Cache key, add FrobLimit as a REG_DWORD and set the value to 1.\n",
		  { "repair " FROBP "\\Cache", NULL }, { "give it a type", NULL } },
		{ "'If the following key does not exist, add it to the registry.'",
		  "\n"
		  " - If the following key does not exist, add it to the registry.\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\Cache\n",
		  { "repair " FROBP "\\Cache", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Audit 23's Q190026 form: a '|' inside a path ("System|CurrentControlSet")
 * is a typo or a name no hive holds: the path goes to review, no check. */
static void test_a23_a_bar_in_a_path(void **state)
{
	static const struct draft_case cases[] = {
		{ "'HKEY_LOCAL_MACHINE\\System|CurrentControlSet\\...'",
		  "\n"
		  "1. Locate the FrobLimit value under the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\System|CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Set FrobLimit to 1 (REG_DWORD).\n",
		  { "checks 0", "review 20: holds a '|'", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A how-to (no SYMPTOMS section) over lines 10-13, its MORE INFORMATION
 * heading on lines 15-16: a case's body starts on line 17. */
#define HOWTO_HEAD \
	ARTICLE_HEAD("Q900778", "How to Get Longer Frob Error Messages") \
	"SUMMARY\n" \
	"=======\n" \
	"\n" \
	"Frob can return longer error messages.\n" \
	"\n" \
	"MORE INFORMATION\n" \
	"================\n"

/* unseen36's wrong error (Q174352's form): in a how-to, an error code in
 * the message a setting makes the program return, "in this example,
 * 80040999", is what the setting shows, not a symptom; so is the same
 * code later in the example's log.  "For example:" before what a reader
 * may receive, and an article with a SYMPTOMS section, keep the code. */
static void test_u36_an_error_shown_in_this_example(void **state)
{
	static const struct draft_case howto[] = {
		{ "'... error message such as: ... (80040999)' / 'in this example, 80040999'",
		  "\n"
		  "The setting makes Frob return a longer error message such as:\n"
		  "\n"
		  "   Failed to open the frob store. [FROB_E_LOCKED(80040999)]\n"
		  "\n"
		  "Look up the error number in the message, in this example, 80040999.\n"
		  "\n"
		  "Later the log says again: Failed to open the frob store (80040999).\n",
		  { "review 20: shown as an example", NULL }, { "error 0x80040999", NULL } },
		{ "'In this example, the servers are named FROB1 and FROB2.' near a real error (review 23)",
		  "\n"
		  "In this example, the servers are named FROB1 and FROB2.\n"
		  "\n"
		  "If FROB2 cannot reach FROB1, replication stops and the agent logs\n"
		  "error 1722: The RPC server is unavailable.\n",
		  { "error 1722", NULL }, { NULL } },
		{ "'This example uses 2 servers' above a real error 2 (review 23)",
		  "\n"
		  "This example uses 2 servers that run Frob.\n"
		  "\n"
		  "If the store file is gone, the agent stops with error 2: The system cannot\n"
		  "find the file specified.\n",
		  { "error 2", NULL }, { NULL } },
		{ "'you may receive ... For example: ... (80040999)'",
		  "\n"
		  "A client may receive an open failure while Frob starts. For example:\n"
		  "\n"
		  "   Failed to open the frob store. [FROB_E_LOCKED(80040999)]\n",
		  { "error 0x80040999", NULL }, { NULL } },
	};
	static const struct draft_case symptom[] = {
		{ "'in this example, 80040999' in an article with a SYMPTOMS section",
		  "\n"
		  "Frob returns an error message such as:\n"
		  "\n"
		  "   Failed to open the frob store. [FROB_E_LOCKED(80040999)]\n"
		  "\n"
		  "Look up the error number in the message, in this example, 80040999.\n",
		  { "error 0x80040999", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900778.txt", HOWTO_HEAD, howto, sizeof howto / sizeof howto[0]);
	draft_expect_cases(symptom, sizeof symptom / sizeof symptom[0]);
}

/* Release notes' new features (audit 23's Q168469 form).  The body is
 * put under MORE INFORMATION, after BODY_HEAD's RESOLUTION. */
#define FEATURE_NOTE(heading) \
	"\n" \
	"Install the update.\n" \
	"\n" \
	"MORE INFORMATION\n" \
	"================\n" \
	"\n" \
	heading "\n" \
	"\n" \
	" - Using Frob with RADIUS.\n" \
	"\n" \
	"   In order to enable Frob with RADIUS, you must add the following registry\n" \
	"   value:\n" \
	"\n" \
	"      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n" \
	"      Value Name: FrobRadius\n" \
	"      Data Type: REG_DWORD\n" \
	"      Data: 1\n"

/* A value an update's release notes list under its new features ("New
 * Features Added in Update 2:" / "In order to enable Frob with RADIUS,
 * you must add ...") is a choice for the sites that want the feature,
 * not a repair: the check is dropped to review.  Under another heading
 * the value stays a repair. */
static void test_a23_a_new_feature_in_release_notes(void **state)
{
	static const struct draft_case cases[] = {
		{ "'New Features Added in Frob Update 2:'",
		  FEATURE_NOTE("New Features Added in Frob Update 2:"),
		  { "checks 0", "new features an update brings", NULL }, { NULL } },
		{ "'2.0 New Features Added In This Update'",
		  FEATURE_NOTE("2.0 New Features Added In This Update\n"
			       "-------------------------------------"),
		  { "checks 0", NULL }, { NULL } },
		{ "'New Features in Update 2' underlined far above 'Problems Fixed in Update 2' (review 23)",
		  FEATURE_NOTE("New Features in Update 2\n"
			       "------------------------\n"
			       "\n"
			       " - Frob can now print its queue.\n"
			       "\n"
			       "Problems Fixed in Update 2\n"
			       "--------------------------"),
		  { "repair " FROBP "|FrobRadius", NULL }, { NULL } },
		{ "a wrapped line opening 'new features,' is no heading (review 23)",
		  FEATURE_NOTE("Update 2 gives the scheduler several\n"
			       "new features, and with them the agent may fail to start."),
		  { "repair " FROBP "|FrobRadius", NULL }, { NULL } },
		{ "'Problems Fixed in Frob Update 2:'",
		  FEATURE_NOTE("Problems Fixed in Frob Update 2:"),
		  { "repair " FROBP "|FrobRadius", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A how-to whose SUMMARY (lines 10-14) gives its change's purpose, then
 * MORE INFORMATION on lines 16-17: a case's body starts on line 18. */
#define SUMMARY_HEAD(purpose) \
	ARTICLE_HEAD("Q900779", "How to Enable the Frob Watch Window") \
	"SUMMARY\n" \
	"=======\n" \
	"\n" \
	purpose "\n" \
	"\n" \
	"MORE INFORMATION\n" \
	"================\n"

#define WATCH_ON \
	LOCATE_THEN_ADD \
	"   Value Name: watch\n" \
	"   Data Type: REG_SZ\n" \
	"   Value: yes\n"

/* Audit 23's Q231409 form: a how-to (no SYMPTOMS section) whose SUMMARY
 * says the change puts a program in debug mode or helps troubleshoot it
 * drafts no repair of the switch; a SUMMARY with another purpose keeps
 * it. */
static void test_a23_a_switch_for_troubleshooting(void **state)
{
	static const struct draft_case debug[] = {
		{ "'You can set the Frob agent to debug mode ... helpful for troubleshooting'", WATCH_ON,
		  { "checks 0", "puts a program in debug mode", NULL }, { NULL } },
	};
	static const struct draft_case other[] = {
		{ "'The watch window shows the queue to the operator.'", WATCH_ON,
		  { "repair " FROBP "|watch", NULL }, { NULL } },
	};
	static const struct draft_case helpful[] = {
		{ "'The watch window, which is helpful for troubleshooting, is described elsewhere.' (review 23)",
		  WATCH_ON, { "repair " FROBP "|watch", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900779.txt",
				SUMMARY_HEAD("You can set the Frob agent to debug mode by enabling the watch window.\n"
					     "This is helpful for troubleshooting Frob agent problems."),
				debug, 1);
	draft_expect_cases_head("Q900779.txt", SUMMARY_HEAD("The watch window shows the queue to the operator."),
				other, 1);
	/* review 23: "helpful for troubleshooting" said of another thing */
	draft_expect_cases_head("Q900779.txt",
				SUMMARY_HEAD("The watch window, which is helpful for troubleshooting, is described\n"
					     "elsewhere."),
				helpful, 1);
}

/* Audit 23's Q167816 form: an underlined heading that names a platform
 * and what runs on it ("Windows NT Server Version 3.51 Running FrobNet")
 * scopes the fix under it, which gets a note to give the rule an
 * 'applies' condition; a heading naming no version or platform does
 * not. */
static void test_a23_a_fix_under_a_version_heading(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Windows NT Server Version 3.51 Running FrobNet' underlined",
		  "\n"
		  "Windows NT Server Version 3.51 Running FrobNet\n"
		  "----------------------------------------------\n"
		  LEAD_THEN_FIX("To work around the problem, turn the frob limit on:"),
		  { "review 18: only for the version or platform", "repair " FROBP "|FrobLimit", NULL }, { NULL } },
		{ "'Windows NT 4.0 Running Out of Memory' underlined (review 23)",
		  "\n"
		  "Windows NT 4.0 Running Out of Memory\n"
		  "------------------------------------\n"
		  LEAD_THEN_FIX("To work around the problem, turn the frob limit on:"),
		  { "repair " FROBP "|FrobLimit", NULL }, { "review 18: only for the version or platform", NULL } },
		{ "'Turning the Frob Limit On' underlined",
		  "\n"
		  "Turning the Frob Limit On\n"
		  "-------------------------\n"
		  LEAD_THEN_FIX("To work around the problem, turn the frob limit on:"),
		  { "repair " FROBP "|FrobLimit", NULL }, { "review 18: only for the version or platform", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen37's Q282115 form: a list of paths relative to a root the
 * lead-in names ("..\MSExchangeIS\ParametersPrivate\Gateway In
 * Threads=0x2"): each line names a registry path (an Exchange
 * "ParametersX" key as much as "Parameters"), so each is in review. */
static void test_u37_relative_paths_listed(void **state)
{
	static const struct draft_case cases[] = {
		{ "'..\\FrobIS\\ParametersPrivate\\Gate Threads=0x2'",
		  "\n"
		  "Raise the threads in these keys (all under the Services key):\n"
		  "\n"
		  "   ..\\FrobIS\\ParametersPrivate\\Gate Threads=0x2\n"
		  "   ..\\FrobIS\\ParametersSystem\\Back Threads=0x60\n",
		  { "review 20", "review 21", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Re-judge 23's Q120739 form: "add bit 0x10 to the following section of
 * the registry" over "FrobOptions: REG_DWORD: 0x13", then "after adding
 * 0x10 to 0x03 the result becomes 0x13": the datum is a sum worked out
 * from the default, no repair; the same block without the bit's words is
 * one. */
static void test_rj23_a_bit_added_to_the_data(void **state)
{
	static const struct draft_case cases[] = {
		{ "'add bit 0x10 ...' / 'after adding 0x10 to 0x03'",
		  "\n"
		  "To turn the option on for every volume, add bit 0x10 to the following\n"
		  "section of the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "   FrobOptions: REG_DWORD: 0x13\n"
		  "\n"
		  "NOTE: FrobOptions defaults to 0x03; after adding 0x10 to 0x03 the result is\n"
		  "0x13.\n",
		  { "checks 0", "adds a bit", NULL }, { NULL } },
		{ "the same block set outright",
		  "\n"
		  "To turn the option on for every volume, set the following value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "   FrobOptions: REG_DWORD: 0x13\n",
		  { "repair " FROBP "|FrobOptions", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen37's Q233082 form: "HKEY_LOCAL_MACHINE\\SYSTEM\..." writes a '\'
 * twice; a key's name is never empty, so the path is read with one, and
 * a review item says so. */
static void test_u37_a_backslash_written_twice(void **state)
{
	static const struct draft_case cases[] = {
		{ "'HKEY_LOCAL_MACHINE\\\\SYSTEM\\CurrentControlSet\\...'",
		  "\n"
		  "1. Locate the following key in the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. On the Edit menu, click Add Value, and then add the following registry value:\n"
		  "\n"
		  "   Value Name: FrobLimit\n"
		  "   Data Type:  REG_DWORD\n"
		  "   Value:      0\n",
		  { "repair " FROBP "|FrobLimit", "review 20: twice in the path", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Re-judge 23's Q201255 form: "Locate the following subkey:
 * ...\Parameters" then "Click to select FrobCache." before "Add Value":
 * the value may belong under the subkey selected, which the path does not
 * name, so its check goes to review.  A step selecting a key the path
 * holds ("Select the Parameters key.") or the value itself keeps it. */
#define SELECT_THEN_ADD(pick) \
	"\n" \
	"1. Locate the following subkey:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n" \
	"2. " pick "\n" \
	"\n" \
	"3. On the Edit menu, click Add Value, and then add the following value:\n" \
	"\n" \
	"   Value Name: FrobLimit\n" \
	"   Data Type: REG_DWORD\n" \
	"   Data: 1\n"

static void test_rj23_a_subkey_selected_before_the_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Click to select FrobCache.'", SELECT_THEN_ADD("Click to select FrobCache."),
		  { "checks 0", "review 26: select 'FrobCache'", NULL }, { NULL } },
		{ "'Select the Parameters key.'", SELECT_THEN_ADD("Select the Parameters key."),
		  { "repair " FROBP "|FrobLimit", NULL }, { NULL } },
		{ "'Click to select FrobLimit.' (the value itself)", SELECT_THEN_ADD("Click to select FrobLimit."),
		  { "repair " FROBP "|FrobLimit", NULL }, { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_r22c_a_default_for_one_case),
		cmocka_unit_test(test_u34_an_event_of_a_made_up_service),
		cmocka_unit_test(test_a23_a_value_called_a_key),
		cmocka_unit_test(test_a23_a_bar_in_a_path),
		cmocka_unit_test(test_u36_an_error_shown_in_this_example),
		cmocka_unit_test(test_a23_a_new_feature_in_release_notes),
		cmocka_unit_test(test_a23_a_switch_for_troubleshooting),
		cmocka_unit_test(test_a23_a_fix_under_a_version_heading),
		cmocka_unit_test(test_u37_relative_paths_listed),
		cmocka_unit_test(test_rj23_a_bit_added_to_the_data),
		cmocka_unit_test(test_u37_a_backslash_written_twice),
		cmocka_unit_test(test_rj23_a_subkey_selected_before_the_value),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
