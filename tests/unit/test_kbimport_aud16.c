/* test_kbimport_aud16.c: forms the repair audit of session 16 found
 * drafted wrong.  Each case is a small article written here in our own
 * words (the body starts at line 17). */
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

#define AGENT "HKLM\\SOFTWARE\\Frobnitz\\Agent"

/* "add the following value" over the agent's key and one inline value
 * line v. */
#define AGENT_VALUE(v) \
	"To fix this, add the following value:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"   " v "\n"

static void test_a_hex_number_with_spaces_in_its_0x(void **state)
{
	static const struct draft_case cases[] = {
		{ "'0 x 2': hex 2, not 0",
		  AGENT_VALUE("Mode REG_DWORD: 0 x 2"),
		  { "check REG_DWORD " AGENT "|Mode = 2", "repair " AGENT "|Mode", "review 21: read as 0x2", NULL },
		  { "check REG_DWORD " AGENT "|Mode = 0", NULL } },
		{ "'0 x 1c': hex 1c",
		  AGENT_VALUE("Mode REG_DWORD: 0 x 1c"),
		  { "check REG_DWORD " AGENT "|Mode = 28", NULL },
		  { NULL } },
		{ "'0x 10': hex 10",
		  AGENT_VALUE("Mode REG_DWORD: 0x 10"),
		  { "check REG_DWORD " AGENT "|Mode = 16", NULL },
		  { NULL } },
		{ "'0x2' as before: no note",
		  AGENT_VALUE("Mode REG_DWORD: 0x2"),
		  { "check REG_DWORD " AGENT "|Mode = 2", NULL },
		  { "review 21: read as", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "use the following information" over a string value Realm under the
 * agent's key, with data d (a Value Name / Data Type / Value block). */
#define REALM_BLOCK(d) \
	"1. Go to the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"2. Add a value with the following information:\n" \
	"\n" \
	"   Value Name: Realm\n" \
	"   Data Type: REG_SZ\n" \
	"   Value: " d "\n"

static void test_data_with_a_length_limit_is_the_readers(void **state)
{
	static const struct draft_case cases[] = {
		{ "'RealmName (not longer than 12 chars)': a stand-in, no repair",
		  REALM_BLOCK("RealmName (not longer than 12 chars)"),
		  { "review 23: limits its length", NULL },
		  { "RealmName'", "repair " AGENT "|Realm", NULL } },
		{ "'yourrealm (max. 8 characters)': a stand-in, no repair",
		  REALM_BLOCK("yourrealm (max. 8 characters)"),
		  { "review 23: limits its length", NULL },
		  { "check " AGENT "|Realm", "repair " AGENT "|Realm", NULL } },
		{ "'NORTH (the realm of the head office)': a datum with a remark, drafted",
		  REALM_BLOCK("NORTH (the realm of the head office)"),
		  { "check REG_SZ " AGENT "|Realm = NORTH", "repair " AGENT "|Realm", NULL },
		  { "limits its length", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_no_repair_under_hklm_hardware(void **state)
{
	static const struct draft_case cases[] = {
		{ "a value set under HKLM\\HARDWARE: a step for a person, no check or repair",
		  "1. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\HARDWARE\\DESCRIPTION\\System\\FrobAdapter\\0\n"
		  "\n"
		  "2. Change the Kind value as follows:\n"
		  "\n"
		  "   Kind: REG_SZ: FROB\n"
		  "\n"
		  "3. Run the Frobnitz setup again before you restart.\n",
		  { "review 0: kept in no hive file", NULL },
		  { "key: 'HKLM\\HARDWARE", "checks 1", "repairs 1", NULL } },
		{ "the same value under HKLM\\SOFTWARE: drafted",
		  "1. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
		  "\n"
		  "2. Change the Kind value as follows:\n"
		  "\n"
		  "   Kind: REG_SZ: FROB\n",
		  { "check REG_SZ " AGENT "|Kind = FROB", "repair " AGENT "|Kind", NULL },
		  { "kept in no hive file", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "change to" a key written k, then a value Size set to 0x240. */
#define GLUED_KEY(k) \
	"To do this, start Registry Editor and change to:\n" \
	"\n" \
	"   " k "\n" \
	"\n" \
	"Now set the following value:\n" \
	"\n" \
	"   Size: REG_DWORD: 0x240\n"

#define FROB_SVC "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobIpx\\Parameters"

static void test_two_names_glued_by_a_lost_backslash(void **state)
{
	static const struct draft_case cases[] = {
		{ "'ServicesFrobIpx' under CurrentControlSet: Services and FrobIpx",
		  GLUED_KEY("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\ServicesFrobIpx\\Parameters"),
		  { "check REG_DWORD " FROB_SVC "|Size = 576", "repair " FROB_SVC "|Size",
		    "review 19: glues two names into 'ServicesFrobIpx'", NULL },
		  { "ServicesFrobIpx\\Parameters'", NULL } },
		{ "'SYSTEMCurrentControlSet' under the root: SYSTEM and CurrentControlSet",
		  GLUED_KEY("HKEY_LOCAL_MACHINE\\SYSTEMCurrentControlSet\\Services\\FrobIpx\\Parameters"),
		  { "check REG_DWORD " FROB_SVC "|Size = 576", "review 19: glues two names", NULL },
		  { NULL } },
		{ "'ControlSet002Services': the control set and Services",
		  GLUED_KEY("HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet002Services\\FrobIpx\\Parameters"),
		  { "check HKLM\\SYSTEM\\ControlSet002\\Services\\FrobIpx\\Parameters|Size", NULL },
		  { NULL } },
		{ "'ServicesFrobIpx' under SOFTWARE: any name may open so, kept",
		  GLUED_KEY("HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\ServicesFrobIpx"),
		  { "check HKLM\\SOFTWARE\\Frobnitz\\ServicesFrobIpx|Size", NULL },
		  { "glues two names", NULL } },
		{ "'Services' itself and 'SERVICESX' all capitals: kept",
		  GLUED_KEY("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\SERVICESFROB\\Parameters"),
		  { NULL },
		  { "glues two names", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Uninstall, delete the agent's key, then what tail says (under its own
 * sub-headings, the steps numbered anew under each). */
#define CLEAN_THEN(tail) \
	"Do these in the order given.\n" \
	"\n" \
	"Remove Frobnitz\n" \
	"---------------\n" \
	"\n" \
	"1. In Add/Remove Programs, remove Frobnitz.\n" \
	"\n" \
	"Delete the Frobnitz keys\n" \
	"------------------------\n" \
	"\n" \
	"1. Select the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"2. Press DELETE, and then click Yes.\n" \
	"\n" tail

static void test_a_delete_before_a_download_and_install(void **state)
{
	static const struct draft_case cases[] = {
		{ "'double-click the file to install Frobnitz' under a later sub-heading: a clean-out",
		  CLEAN_THEN("Get Frobnitz\n"
			     "------------\n"
			     "\n"
			     "After you download the Frobnitz setup, double-click the file to install Frobnitz.\n"),
		  { "review 0: to clean out before a reinstall", NULL },
		  { "repair " AGENT, NULL } },
		{ "'run Setup.exe to install Frobnitz': a clean-out",
		  CLEAN_THEN("3. Run Setup.exe to install Frobnitz.\n"),
		  { "review 0: to clean out before a reinstall", NULL },
		  { "repair " AGENT, NULL } },
		{ "'you can double-click the file to install it': the reader's choice, the delete stays",
		  CLEAN_THEN("Get Frobnitz\n"
			     "------------\n"
			     "\n"
			     "You can double-click the setup file to install Frobnitz.\n"),
		  { "repair " AGENT, NULL },
		  { "clean out", NULL } },
		{ "no install after the delete: the delete stays",
		  CLEAN_THEN("3. Restart the computer.\n"),
		  { "repair " AGENT, NULL },
		  { "clean out", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* lead, then "add the following value" over a DWORD Depth with data d,
 * then tail. */
#define DEPTH_ADDED(lead, ask, d, tail) \
	lead \
	"1. Locate the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"2. " ask "\n" \
	"\n" \
	"   Value Name: Depth\n" \
	"   Data Type: REG_DWORD\n" \
	"   Value: " d "\n" \
	"\n" tail

static void test_a_value_added_with_its_default(void **state)
{
	static const struct draft_case cases[] = {
		{ "the lead-in names the default, the block adds it: no repair",
		  DEPTH_ADDED("If the nesting passes the default value of 40, the agent stops. You can\n"
			      "change this in the registry:\n\n",
			      "On the Edit menu, click Add Value, and add this value:", "40", ""),
		  { "review 0: the data it gives as the value's default (line 17)", NULL },
		  { "repair " AGENT "|Depth", "check " AGENT "|Depth", NULL } },
		{ "the block's remark names the default as its data: no repair",
		  DEPTH_ADDED("", "On the Edit menu, click Add Value, and add this value:",
			      "0x28 (any of 0-FF, but the default is 0x28)", ""),
		  { "review 0: value's default (line 25)", NULL },
		  { "repair " AGENT "|Depth", NULL } },
		{ "a note under the block names the default as its data: no repair",
		  DEPTH_ADDED("", "Add this value:", "40", "   NOTE: The default is 40.\n"),
		  { "review 0: value's default (line 27)", NULL },
		  { "repair " AGENT "|Depth", NULL } },
		{ "another default: the repair stays",
		  DEPTH_ADDED("If the nesting passes the default value of 40, the agent stops.\n\n",
			      "On the Edit menu, click Add Value, and add this value:", "80", ""),
		  { "check REG_DWORD " AGENT "|Depth = 80", "repair " AGENT "|Depth", NULL },
		  { "value's default", NULL } },
		{ "'Set the value to 40 (the default)': put back, the repair stays",
		  DEPTH_ADDED("", "Set the following value back to 40:", "40", "   NOTE: The default is 40.\n"),
		  { "check REG_DWORD " AGENT "|Depth = 40", "repair " AGENT "|Depth", NULL },
		  { "value's default", NULL } },
		{ "'Modify' over an added value: put back, the repair stays",
		  DEPTH_ADDED("", "Click Add Value, then modify the following value:", "40",
			      "   NOTE: The default is 40.\n"),
		  { "repair " AGENT "|Depth", NULL },
		  { "value's default", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* ask over a DWORD Signing with data d under the agent's key. */
#define SIGNING(ask, d) \
	"1. Locate the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"2. " ask "\n" \
	"\n" \
	"   Name: Signing\n" \
	"   Type: REG_DWORD\n" \
	"   Value: " d "\n"

static void test_data_listing_choices_with_remarks(void **state)
{
	static const struct draft_case cases[] = {
		{ "'0 (off), 1 (on)' under 'add': a choice, no repair",
		  SIGNING("Add the following value:", "0 (off), 1 (on)"),
		  { "review 23: a range or a choice", NULL },
		  { "repair " AGENT "|Signing", "check " AGENT "|Signing", NULL } },
		{ "'0x0, 0x1': a choice, no repair",
		  SIGNING("Add the following value:", "0x0, 0x1"),
		  { "review 23: a range or a choice", NULL },
		  { "repair " AGENT "|Signing", NULL } },
		{ "'0 (Default) or 1': a choice, no repair",
		  SIGNING("Add the following value:", "0 (Default) or 1"),
		  { "review 23: a range or a choice", NULL },
		  { "repair " AGENT "|Signing", NULL } },
		{ "'Set the following value to 1:' over '0 (off), 1 (on)': 1 is picked",
		  SIGNING("Set the following value to 1:", "0 (off), 1 (on)"),
		  { "check REG_DWORD " AGENT "|Signing = 1", "repair " AGENT "|Signing", "review 0: picked", NULL },
		  { NULL } },
		{ "'Set the following value to 5:' over '0 (off), 1 (on)': not a choice listed, no repair",
		  SIGNING("Set the following value to 5:", "0 (off), 1 (on)"),
		  { "review 23: a range or a choice", NULL },
		  { "repair " AGENT "|Signing", NULL } },
		{ "'1 (on)': one datum with its remark, drafted",
		  SIGNING("Add the following value:", "1 (on)"),
		  { "check REG_DWORD " AGENT "|Signing = 1", "repair " AGENT "|Signing", NULL },
		  { "a range or a choice", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_hex_number_with_spaces_in_its_0x),
		cmocka_unit_test(test_data_with_a_length_limit_is_the_readers),
		cmocka_unit_test(test_no_repair_under_hklm_hardware),
		cmocka_unit_test(test_two_names_glued_by_a_lost_backslash),
		cmocka_unit_test(test_a_delete_before_a_download_and_install),
		cmocka_unit_test(test_a_value_added_with_its_default),
		cmocka_unit_test(test_data_listing_choices_with_remarks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
