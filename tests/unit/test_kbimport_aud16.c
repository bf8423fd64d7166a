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
#include "../../core/kbimport_int.h"

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

/* ---- the review of the branch (findings 1-8, 10) ------------------------ */

/* Finding 1: a step naming both choices, or one for a case, picks none. */
static void test_a_step_naming_two_choices_or_a_case_picks_none(void **state)
{
	static const struct draft_case cases[] = {
		{ "'to 1 to enable, or to 0 to disable': both choices, no repair",
		  SIGNING("Set the following value to 1 to turn signing on, or to 0 to turn it off:", "0 (off), 1 (on)"),
		  { "review 23: a range or a choice", NULL },
		  { "repair " AGENT "|Signing", "check " AGENT "|Signing", NULL } },
		{ "'to 1 on a server (on a desk machine, set it to 0)': a case, no repair",
		  SIGNING("Set the following value to 1 on a server (on a desk machine, set it to 0):", "0 (off), 1 (on)"),
		  { "review 23: a range or a choice", NULL },
		  { "repair " AGENT "|Signing", "check " AGENT "|Signing", NULL } },
		{ "'to 1 if the agent signs': a case, no repair",
		  SIGNING("Set the following value to 1 if the agent signs its mail:", "0 (off), 1 (on)"),
		  { "review 23: a range or a choice", NULL },
		  { "repair " AGENT "|Signing", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Finding 2: a default stated for a platform, a version, another value
 * or another quantity is no default of this datum. */
static void test_a_default_of_another_case_or_quantity_is_not_this_datum(void **state)
{
	static const struct draft_case cases[] = {
		{ "'the default is 0 on Frobnitz Desk and 1 on Frobnitz Server': the repair stays",
		  DEPTH_ADDED("The default is 0 on Frobnitz Desk and 1 on Frobnitz Server. On the\n"
			      "server, do the following:\n\n",
			      "On the Edit menu, click Add Value, and add this value:", "0", ""),
		  { "check REG_DWORD " AGENT "|Depth = 0", "repair " AGENT "|Depth", NULL },
		  { "value's default", NULL } },
		{ "a note giving the default for one version and another for the next: the repair stays",
		  DEPTH_ADDED("", "On the Edit menu, click Add Value, and add this value:", "40",
			      "   NOTE: The default is 40 with version 2 of the agent; with version 3\n"
			      "   the limit is 10 when the value is missing.\n"),
		  { "check REG_DWORD " AGENT "|Depth = 40", "repair " AGENT "|Depth", NULL },
		  { "value's default", NULL } },
		{ "'the pause has a default of 5 seconds. To retry 5 times': another quantity, the repair stays",
		  DEPTH_ADDED("The agent pauses before it tries again; the pause has a default of 5\n"
			      "seconds. To make the agent try 5 times instead of once, add a value:\n\n",
			      "On the Edit menu, click Add Value, and add this value:", "5", ""),
		  { "check REG_DWORD " AGENT "|Depth = 5", "repair " AGENT "|Depth", NULL },
		  { "value's default", NULL } },
		{ "'the default is 1.5': not 1, the repair stays",
		  DEPTH_ADDED("", "On the Edit menu, click Add Value, and add this value:", "1",
			      "   NOTE: The default is 1.5.\n"),
		  { "check REG_DWORD " AGENT "|Depth = 1", "repair " AGENT "|Depth", NULL },
		  { "value's default", NULL } },
		{ "'the default is 10,000': not 10, the repair stays",
		  DEPTH_ADDED("", "On the Edit menu, click Add Value, and add this value:", "10",
			      "   NOTE: The default is 10,000.\n"),
		  { "check REG_DWORD " AGENT "|Depth = 10", "repair " AGENT "|Depth", NULL },
		  { "value's default", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Delete the agent's key, restart, then step 4 (tail). */
#define DELETE_THEN(tail) \
	"To remove the damaged agent entry, follow these steps:\n" \
	"\n" \
	"1. Start Registry Editor (Regedit.exe).\n" \
	"\n" \
	"2. Locate and then delete the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"3. Quit Registry Editor, and then restart the computer.\n" \
	"\n" \
	"4. " tail "\n"

/* Finding 3: an install declined, taught or left to the reader is no
 * reinstall after the delete. */
static void test_an_install_not_asked_keeps_the_delete(void **state)
{
	static const struct draft_case cases[] = {
		{ "'click Cancel when you are prompted to install': the delete stays",
		  DELETE_THEN("Click Cancel when you are prompted to install Frobnitz again."),
		  { "repair " AGENT, NULL },
		  { "clean out", NULL } },
		{ "'click Help to learn how to install': the delete stays",
		  DELETE_THEN("Click Start, and then click Help to learn how to install a new agent."),
		  { "repair " AGENT, NULL },
		  { "clean out", NULL } },
		{ "'run Frobsetup.exe only if you want to install': the delete stays",
		  DELETE_THEN("Run Frobsetup.exe only if you want to install Frobnitz again."),
		  { "repair " AGENT, NULL },
		  { "clean out", NULL } },
		{ "'double-click Frobfix.exe to install Frobnitz again': a clean-out",
		  DELETE_THEN("Double-click Frobfix.exe to install Frobnitz again."),
		  { "review 0: to clean out before a reinstall", NULL },
		  { "repair " AGENT, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Finding 4: a number with a remark naming characters is a datum. */
static void test_a_number_with_a_length_remark_is_a_datum(void **state)
{
	static const struct draft_case cases[] = {
		{ "REG_DWORD '255 (the most, 255 characters)': drafted",
		  DEPTH_ADDED("", "On the Edit menu, click Add Value, and add this value:",
			      "255 (the maximum, 255 characters)", ""),
		  { "check REG_DWORD " AGENT "|Depth = 255", "repair " AGENT "|Depth", NULL },
		  { "limits its length", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Finding 5: a length limit in other words, or in a note under the block. */
static void test_a_length_limit_in_other_words(void **state)
{
	static const struct draft_case cases[] = {
		{ "a note under the block limits 'RealmName': a stand-in, no repair",
		  REALM_BLOCK("RealmName") "\n   NOTE: RealmName must not be longer than 12 characters.\n",
		  { "review 23: limits its length", NULL },
		  { "repair " AGENT "|Realm", "check " AGENT "|Realm", NULL } },
		{ "'(limited to 12 characters)': no repair",
		  REALM_BLOCK("RealmName (limited to 12 characters)"),
		  { "review 23: limits its length", NULL },
		  { "repair " AGENT "|Realm", NULL } },
		{ "'(maximum length: 12)': no repair",
		  REALM_BLOCK("RealmName (maximum length: 12)"),
		  { "review 23: limits its length", NULL },
		  { "repair " AGENT "|Realm", NULL } },
		{ "'(a short name, 12 characters)': no repair",
		  REALM_BLOCK("RealmName (a short name, 12 characters)"),
		  { "review 23: limits its length", NULL },
		  { "repair " AGENT "|Realm", NULL } },
		{ "'(must be under 13 characters)': no repair",
		  REALM_BLOCK("RealmName (must be under 13 characters)"),
		  { "review 23: limits its length", NULL },
		  { "repair " AGENT "|Realm", NULL } },
		{ "a note on another word: 'NORTH' drafted",
		  REALM_BLOCK("NORTH") "\n   NOTE: A realm name must not be longer than 12 characters.\n",
		  { "check REG_SZ " AGENT "|Realm = NORTH", "repair " AGENT "|Realm", NULL },
		  { "limits its length", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Findings 6 and 7: prose after a remark, and commas in string data, are
 * no choice. */
static void test_prose_after_a_remark_and_string_commas_are_no_choice(void **state)
{
	static const struct draft_case cases[] = {
		{ "'1 (on) to turn on the check': one datum, drafted",
		  SIGNING("Change the following value:", "1 (on) to turn on the check"),
		  { "check REG_DWORD " AGENT "|Signing = 1", "repair " AGENT "|Signing", NULL },
		  { "a range or a choice", NULL } },
		{ "'1 (hex) - see the note below': one datum, drafted",
		  SIGNING("Change the following value:", "1 (hex) - see the note below"),
		  { "check REG_DWORD " AGENT "|Signing = 1", "repair " AGENT "|Signing", NULL },
		  { "a range or a choice", NULL } },
		{ "REG_SZ '0, 0, 640, 480': one string, drafted",
		  "1. Locate the following key:\n\n   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n\n"
		  "2. Change the following value:\n\n   Name: Pos\n   Type: REG_SZ\n   Value: 0, 0, 640, 480\n",
		  { "check REG_SZ " AGENT "|Pos = 0, 0, 640, 480", "repair " AGENT "|Pos", NULL },
		  { "a range or a choice", NULL } },
		{ "REG_SZ 'Frob, 2' (b a hex letter): one string, drafted",
		  "1. Locate the following key:\n\n   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n\n"
		  "2. Change the following value:\n\n   Name: Pos\n   Type: REG_SZ\n   Value: Frob, 2\n",
		  { "check REG_SZ " AGENT "|Pos = Frob, 2", "repair " AGENT "|Pos", NULL },
		  { "a range or a choice", NULL } },
		{ "REG_MULTI_SZ 'Frob1, 2': drafted",
		  "1. Locate the following key:\n\n   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n\n"
		  "2. Change the following value:\n\n   Name: Pos\n   Type: REG_MULTI_SZ\n   Value: Frob1, 2\n",
		  { "repair " AGENT "|Pos", NULL },
		  { "a range or a choice", NULL } },
		{ "REG_DWORD '0xA, 0xB': a choice, no repair",
		  SIGNING("Add the following value:", "0xA, 0xB"),
		  { "review 23: a range or a choice", NULL },
		  { "repair " AGENT "|Signing", NULL } },
		{ "'0 (default) to 5': a range around a remark, no repair",
		  SIGNING("Add the following value:", "0 (default) to 5"),
		  { "review 23: a range or a choice", NULL },
		  { "repair " AGENT "|Signing", NULL } },
		{ "'0 (default) or as set above': a choice in words, no repair",
		  SIGNING("Add the following value:", "0 (default) or as set above"),
		  { "review 23: a range or a choice", NULL },
		  { "repair " AGENT "|Signing", NULL } },
		{ "REG_DWORD 'A, 1' (no 0x): not read as a choice of numbers",
		  SIGNING("Add the following value:", "A, 1"),
		  { NULL },
		  { "a range or a choice", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Finding 8: "0 x 2" is read as 0x2 only by the value block's reader,
 * which notes it; every other reader refuses it (not 0, not 0x2 unsaid). */
static void test_a_spaced_hex_number_is_read_only_where_it_is_noted(void **state)
{
	struct imp im;
	int extra = 0;
	size_t i;

	(void)state;
	memset(&im, 0, sizeof im);
	assert_null(imp_read_number(&im, "0 x 2", 0xFFFFFFFFu, &extra));
	assert_null(imp_read_number(&im, "0x 10", 0xFFFFFFFFu, &extra));
	assert_string_equal(imp_read_spaced_number(&im, "0 x 2", 0xFFFFFFFFu, &extra), "0x2");
	assert_string_equal(imp_read_number(&im, "0x2", 0xFFFFFFFFu, &extra), "0x2");
	assert_string_equal(imp_read_number(&im, "0 (off)", 0xFFFFFFFFu, &extra), "0");
	assert_false(im.oom);
	for (i = 0; i < im.n_pool; i++)
		free(im.pool[i]);
	free(im.pool);
}

/* Finding 10: a HARDWARE key only shown gets no "step" note. */
static void test_a_hardware_key_only_shown_is_no_step(void **state)
{
	static const struct draft_case cases[] = {
		{ "a value under HKLM\\HARDWARE shown as it looks: no check, no 'step' note",
		  "The agent reads the adapter kind that Windows finds at startup. On a\n"
		  "working computer it looks like this:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\HARDWARE\\DESCRIPTION\\System\\FrobAdapter\\0\n"
		  "\n"
		  "   Kind: REG_SZ: FROB\n"
		  "\n"
		  "Reinstall the agent.\n",
		  { "review 0: a person checks or changes it on the running machine", NULL },
		  { "key: 'HKLM\\HARDWARE", "do this step by hand", NULL } },
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
		cmocka_unit_test(test_a_step_naming_two_choices_or_a_case_picks_none),
		cmocka_unit_test(test_a_default_of_another_case_or_quantity_is_not_this_datum),
		cmocka_unit_test(test_an_install_not_asked_keeps_the_delete),
		cmocka_unit_test(test_a_number_with_a_length_remark_is_a_datum),
		cmocka_unit_test(test_a_length_limit_in_other_words),
		cmocka_unit_test(test_prose_after_a_remark_and_string_commas_are_no_choice),
		cmocka_unit_test(test_a_spaced_hex_number_is_read_only_where_it_is_noted),
		cmocka_unit_test(test_a_hardware_key_only_shown_is_no_step),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
