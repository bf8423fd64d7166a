/* test_kbimport_audfix.c: forms a repair audit of archive drafts found
 * wrong or arguable.  A value line is its key's only when nothing that
 * names something else sits between them; a value asked for twice with
 * different data, or set and then undone by the same procedure, is no
 * repair.  Each case is a small article written here in our own words
 * (the body starts at line 17). */
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

#define APPS "HKLM\\SOFTWARE\\Frobnitz\\Compat\\Programs"
#define AGENT "HKLM\\SOFTWARE\\Frobnitz\\Agent"

static void test_a_name_labelled_between_a_key_and_its_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Add Value: X' over a value of another name: which key is unclear",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\n"
		  "      \\Programs\n"
		  "      Add Value: frobtool\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "review 22: between", "review 23: frobtool", NULL },
		  { "check " APPS "|Mask", "repair " APPS "|Mask", "check " APPS "\\frobtool|Mask", NULL } },
		{ "'Subkey: X' over a named value: the value is under the subkey",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Subkey: frobtool\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "check REG_DWORD " APPS "\\frobtool|Mask = 520", "repair " APPS "\\frobtool|Mask", NULL },
		  { "check " APPS "|Mask", NULL } },
		{ "'Add Key: X' over a named value: the value is under the key added",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Add Key: frobtool\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "check REG_DWORD " APPS "\\frobtool|Mask = 520", "repair " APPS "\\frobtool|Mask", NULL },
		  { "check " APPS "|Mask", NULL } },
		{ "'Add Value: X' naming the value itself: the value stays the key's",
		  "\n"
		  "To stop the hang, add the following value:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Add Value: Mask\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "check REG_DWORD " APPS "|Mask = 520", "repair " APPS "|Mask", NULL },
		  { "between", NULL } },
		{ "'Add Key: GadgetName': no plain name: a review, no subkey",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Add Key: GadgetName\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "review 21: between", NULL },
		  { APPS "\\", "repair ", NULL } },
		{ "'Add Key: gizmo (the program file less .exe)': no plain name: a review, no subkey",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Add Key: gizmo (the program file less .exe)\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "review 21: between", NULL },
		  { APPS "\\", "repair ", NULL } },
		{ "'- Add Key: gizmo -or- gadget': no plain name: a review, no subkey",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      - Add Key: gizmo -or- gadget\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "review 21: between", NULL },
		  { APPS "\\", "repair ", NULL } },
		{ "'Subkey: for example, gizmo': no plain name: a review, no subkey",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Subkey: for example, gizmo\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "review 21: between", NULL },
		  { APPS "\\", "repair ", NULL } },
		{ "'Key: none': no plain name: a review, no subkey",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Key: none\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "review 21: between", NULL },
		  { APPS "\\", "repair ", NULL } },
		{ "'Key: entries marked * may be left out': no plain name: a review, no subkey",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Key: entries marked * may be left out\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "review 21: between", NULL },
		  { APPS "\\", "repair ", NULL } },
		{ "'Key: Required': a form's answer, no subkey: a review",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Key: Required\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "review 21: between", NULL },
		  { APPS "\\", "repair ", NULL } },
		{ "'Key: Yes': a form's answer, no subkey: a review",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Key: Yes\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "review 21: between", NULL },
		  { APPS "\\", "repair ", NULL } },
		{ "'Key: HKLM': a hive's short name, no subkey: a review",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Key: HKLM\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "review 21: between", NULL },
		  { APPS "\\", "repair ", NULL } },
		{ "'Key: Programs' under ...\\Programs: the label is the key itself",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Key: Programs\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "check REG_DWORD " APPS "|Mask = 520", NULL },
		  { APPS "\\Programs", NULL } },
		{ "'Add Value: (see below)': no name, the label says nothing",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Add Value: (see below)\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "check REG_DWORD " APPS "|Mask = 520", NULL },
		  { "between", NULL } },
		{ "'New Value: Mask, a DWORD': the label's first word is the value's own name",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      New Value: Mask, a DWORD\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "check REG_DWORD " APPS "|Mask = 520", NULL },
		  { "between", NULL } },
		{ "no line between: the value is the key's",
		  "\n"
		  "To stop the hang, add these compatibility flags:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Compat\\Programs\n"
		  "      Mask = REG_DWORD 0x208\n",
		  { "check REG_DWORD " APPS "|Mask = 520", "repair " APPS "|Mask", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "add the following value" over a string value Mode under the agent's
 * key, with data d (lines of one method). */
#define MODE_STRING(d) \
	"To fix this, add the following value:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"   Value Name: Mode\n" \
	"   Data Type: REG_SZ\n" \
	"   String: " d "\n"

static void test_one_value_asked_for_with_data_at_odds(void **state)
{
	static const struct draft_case cases[] = {
		{ "two methods set one value to different data: alternatives, no repair",
		  "\n"
		  "Method 1\n"
		  "\n"
		  "1. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
		  "\n"
		  "2. Set the following value:\n"
		  "\n"
		  "   Value Name: Helper\n"
		  "   Data Type: REG_SZ\n"
		  "   Data: frobdbg -p\n"
		  "\n"
		  "Method 2\n"
		  "\n"
		  "1. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
		  "\n"
		  "2. Set the following value:\n"
		  "\n"
		  "   Value Name: Helper\n"
		  "   Data Type: REG_SZ\n"
		  "   Data: frobtrace -q\n",
		  { "review 26: different data at lines 26 and 38", "review 38: different data", NULL },
		  { "check " AGENT "|Helper", "repair " AGENT "|Helper", NULL } },
		{ "one value set twice with one number written two ways: still drafted",
		  "\n"
		  "1. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "   Value Name: Spool\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 0x400\n"
		  "\n"
		  "3. On the second server, locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
		  "\n"
		  "4. Add the following value:\n"
		  "\n"
		  "   Value Name: Spool\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 0x00000400\n",
		  { "check REG_DWORD " AGENT "|Spool = 1024", "repair " AGENT "|Spool", NULL },
		  { "different data", NULL } },
		{ "one path written with and without a trailing backslash: one ask, still drafted",
		  "\n"
		  "To fix this, add the following value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
		  "\n"
		  "   Value Name: SpoolDir\n"
		  "   Data Type: REG_SZ\n"
		  "   String: D:\\Frob\\Spool\n"
		  "\n"
		  "Or save these lines in a .reg file and double-click it:\n"
		  "\n"
		  "   REGEDIT4\n"
		  "\n"
		  "   [HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent]\n"
		  "   \"SpoolDir\"=\"D:\\\\Frob\\\\Spool\\\\\"\n",
		  { "check REG_SZ " AGENT "|SpoolDir", NULL },
		  { "different data", NULL } },
		{ "a string '010' and a string '8': different data (no octal reading)",
		  "\n"
		  "Method 1\n"
		  "\n"
		  MODE_STRING("010")
		  "\n"
		  "Method 2\n"
		  "\n"
		  MODE_STRING("8"),
		  { "different data", NULL },
		  { "repair " AGENT "|Mode", NULL } },
		{ "one value set and deleted in one article: no repair",
		  "\n"
		  "1. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
		  "\n"
		  "2. Add the following value:\n"
		  "\n"
		  "   Value Name: Spool\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 1\n"
		  "\n"
		  "3. Delete the Spool value under the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n",
		  { "review 24: both set and deleted", NULL },
		  { "check " AGENT "|Spool", "absent " AGENT "|Spool", "repair " AGENT "|Spool", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A set the cases below go on from: lines 17-27, the value on line 24. */
#define BODY_SET \
	"\n" \
	"1. Locate the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"2. Add the following value:\n" \
	"\n" \
	"   Value Name: Replay\n" \
	"   Data Type: REG_DWORD\n" \
	"   Data: 1\n" \
	"\n"

/* After BODY_SET: the run, then the same key named again (lines 28-32). */
#define BACK_UNDER_THE_KEY \
	"3. Run the replay tool.\n" \
	"\n" \
	"To return the server to its first role, use this registry key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n"

static void test_a_set_the_procedure_later_undoes(void **state)
{
	static const struct draft_case cases[] = {
		{ "'change this value back to' after the run: a temporary step",
		  BODY_SET
		  "3. Run the replay tool.\n"
		  "\n"
		  "   NOTE: Change the Replay value back to 0 after the tool finishes.\n",
		  { "review 24: undoes this change at line 30", "review 30: undoes the change", NULL },
		  { "check " AGENT "|Replay", "repair " AGENT "|Replay", NULL } },
		{ "'remove the values you added' a few steps later: a temporary step",
		  BODY_SET
		  "3. Run the replay tool.\n"
		  "\n"
		  "4. Remove the registry value that you added in step 2.\n",
		  { "review 24: undoes this change at line 30", "review 30", NULL },
		  { "repair " AGENT "|Replay", NULL } },
		{ "a later procedure sets the same value to other data under the same key",
		  BODY_SET
		  BACK_UNDER_THE_KEY
		  "Change the Replay value setting to 0 (zero).\n",
		  { "review 24: undoes this change at line 34", "review 34: undoes the change", NULL },
		  { "repair " AGENT "|Replay", NULL } },
		{ "drafted twice, the undo as a set of other data: neither is a repair",
		  BODY_SET
		  BACK_UNDER_THE_KEY
		  "Change the Replay value to 0 (zero).\n",
		  { "review 24: different data at lines 24 and 34", "review 34: different data", NULL },
		  { "repair " AGENT "|Replay", NULL } },
		{ "a back-out option ('To restore the old behavior, ...') keeps the repair",
		  BODY_SET
		  "To restore the old behavior later, change the Replay value back to 0.\n",
		  { "check REG_DWORD " AGENT "|Replay = 1", "repair " AGENT "|Replay", NULL },
		  { "undoes", NULL } },
		{ "a negation ('Do not change it back until ...') keeps the repair",
		  BODY_SET
		  "NOTE: Do not change the Replay value back to 0 until the next update.\n",
		  { "check REG_DWORD " AGENT "|Replay = 1", NULL },
		  { "undoes", NULL } },
		{ "a fallback ('If it still fails, remove the value you added'): no undo (the delete is another pass's review)",
		  BODY_SET
		  "If the relay still stalls, remove the value you added and call the vendor.\n",
		  { "review 24: part of a deletion", NULL },
		  { "undoes", NULL } },
		{ "a description ('is set back to 0 when you reinstall') keeps the repair",
		  BODY_SET
		  "NOTE: When you reinstall the agent, Replay is set back to 0, so repeat the steps.\n",
		  { "check REG_DWORD " AGENT "|Replay = 1", "repair " AGENT "|Replay", NULL },
		  { "undoes", NULL } },
		{ "'the value you added does not remove ...': the value is no object of the verb",
		  BODY_SET
		  "3. Quit Registry Editor.\n"
		  "\n"
		  "The value you added does not remove the jobs already queued.\n",
		  { "check REG_DWORD " AGENT "|Replay = 1", "repair " AGENT "|Replay", NULL },
		  { "undoes", NULL } },
		{ "'go back to step 2' in another clause: no undo",
		  BODY_SET
		  "3. Check that Replay is set, and then go back to step 1 for the next server.\n",
		  { "check REG_DWORD " AGENT "|Replay = 1", "repair " AGENT "|Replay", NULL },
		  { "undoes", NULL } },
		{ "a set under another key named in words: not this value",
		  BODY_SET
		  "3. Set the Replay value in the Relay subkey to 0.\n",
		  { "check REG_DWORD " AGENT "|Replay = 1", "repair " AGENT "|Replay", NULL },
		  { "undoes", NULL } },
		{ "a set for a case ('on servers with ...'): an alternative, not an undo",
		  BODY_SET
		  "3. Change the Replay value on servers with two disks to 0.\n",
		  { "check REG_DWORD " AGENT "|Replay = 1", "repair " AGENT "|Replay", NULL },
		  { "undoes", NULL } },
		{ "a described set with a purpose in a later section: not an undo",
		  "\n"
		  "RESOLUTION\n"
		  "==========\n"
		  BODY_SET
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "Set Replay to 0 to turn replaying off.\n",
		  { "check REG_DWORD " AGENT "|Replay = 1", NULL },
		  { "undoes", NULL } },
		{ "the same name under another key below: not this value",
		  BODY_SET
		  "3. Run the replay tool.\n"
		  "\n"
		  "To turn relaying off, use this registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Relay\n"
		  "\n"
		  "Change the Replay value setting to 0 (zero).\n",
		  { "check REG_DWORD " AGENT "|Replay = 1", "repair " AGENT "|Replay", NULL },
		  { "undoes this change", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_name_labelled_between_a_key_and_its_value),
		cmocka_unit_test(test_one_value_asked_for_with_data_at_odds),
		cmocka_unit_test(test_a_set_the_procedure_later_undoes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
