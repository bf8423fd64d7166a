/* test_kbimport_undo2.c: a change the article makes for a while only,
 * and near forms that are no undo.  A key deleted and then brought back
 * (added again, re-created, imported or restored from the copy saved
 * first), or deleted "for now", is no repair; a "back" that moves
 * something other than the value, or a later set of other data for a
 * case, leaves the set a repair; the data the CAUSE section gives for the
 * problem does not take the RESOLUTION's fix away; a list of subkeys
 * deleted on a condition is review.  Each case is a small article
 * written here in our own words (the body starts at line 17). */
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
#define FROB_KEY AGENT "\\Frob"
#define SVCS "HKLM\\SYSTEM\\CurrentControlSet\\Services"

/* Lines 17-23: the key gone to, then step 3 deletes its Frob subkey. */
#define DELETE_FROB_KEY(step3) \
	"\n" \
	"1. Start Registry Editor.\n" \
	"2. Locate the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"3. " step3 "\n"

/* Line 18 a lead-in over two keys (lines 20-21) it deletes. */
#define DELETE_TWO_KEYS(lead) \
	"\n" \
	lead "\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Frob\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Frob2\n"

static void test_a_key_delete_the_procedure_undoes(void **state)
{
	static const struct draft_case cases[] = {
		{ "a later step adds the deleted key again: a temporary delete",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "5. Add the Frob key again.\n",
		  { "review 25: brings back the key deleted at line 23", "review 23: not drafted: the delete of the key", NULL },
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL } },
		{ "a later step's second clause adds the key back ('Restart the computer, and then add the key back')",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer, and then add the key back.\n",
		  { "review 24: brings back the key deleted at line 23", NULL },
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL } },
		{ "a later step re-creates the key",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "5. Re-create the key.\n",
		  { "review 25: brings back the key", NULL },
		  { "absent " FROB_KEY, NULL } },
		{ "a later step imports the .reg file the procedure exported",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "5. Import the .reg file you exported before step 3.\n",
		  { "review 25: brings back the key", NULL },
		  { "absent " FROB_KEY, NULL } },
		{ "a later step restores the key from the backup",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "5. Restore the key from the backup.\n",
		  { "review 25: brings back the key", NULL },
		  { "absent " FROB_KEY, NULL } },
		{ "the delete's own lead-in adds the keys again",
		  DELETE_TWO_KEYS("Delete the following keys, and then add them again:"),
		  { "review 18: not drafted: the delete of the key " FROB_KEY, NULL },
		  { "absent " FROB_KEY, "absent " FROB_KEY "2", NULL } },
		{ "the delete's own lead-in re-creates the keys",
		  DELETE_TWO_KEYS("Delete the following keys, and then re-create them:"),
		  { "checks 0", NULL },
		  { "absent " FROB_KEY, "absent " FROB_KEY "2", NULL } },
		{ "'Delete the Frob key for now': a temporary delete",
		  DELETE_FROB_KEY("Delete the Frob key for now."),
		  { "review 23: deletes it for a while only", NULL },
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL } },
		{ "'Temporarily remove the Frob key': a temporary delete",
		  DELETE_FROB_KEY("Temporarily remove the Frob key."),
		  { "review 23: not drafted", NULL },
		  { "absent " FROB_KEY, NULL } },
		{ "a later step imports the registry file it exported (no .reg named)",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "5. Import the registry file that you exported in step 1.\n",
		  { "review 25: brings back the key", NULL },
		  { "absent " FROB_KEY, NULL } },
		{ "a later step imports the file it backed up",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "5. Import the Frob.reg file that you backed up in step 1.\n",
		  { "review 25: brings back the key", NULL },
		  { "absent " FROB_KEY, NULL } },
		{ "the key exported before the delete, then 'Import the file.'",
		  DELETE_FROB_KEY("Export the Frob key to a file, and then delete the Frob key.")
		  "4. Restart the computer.\n"
		  "5. Import the file.\n",
		  { "review 25: brings back the key", NULL },
		  { "absent " FROB_KEY, NULL } },
		{ "'Put the Frob key back'",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "5. Put the Frob key back.\n",
		  { "review 25: brings back the key", NULL },
		  { "absent " FROB_KEY, NULL } },
		{ "'Restore the Frob key that you deleted in step 3'",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "5. Restore the Frob key that you deleted in step 3.\n",
		  { "review 25: brings back the key", NULL },
		  { "absent " FROB_KEY, NULL } },
		{ "'Delete the Frob key until the replay finishes': a temporary delete",
		  DELETE_FROB_KEY("Delete the Frob key until the replay finishes."),
		  { "review 23: deletes it for a while only", NULL },
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL } },
		{ "'Temporarily delete the following keys:': a temporary delete",
		  DELETE_TWO_KEYS("Temporarily delete the following keys:"),
		  { "checks 0", NULL },
		  { "absent " FROB_KEY, "absent " FROB_KEY "2", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_key_delete_nothing_undoes(void **state)
{
	static const struct draft_case cases[] = {
		{ "the product adds the key again ('so that the service adds it again'): the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key, then restart the computer so that the service adds it again."),
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "for a while", "brings back", NULL } },
		{ "a fallback ('If the problem returns, add the key again'): the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "\n"
		  "If the problem returns, add the key again.\n",
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "for a while", "brings back", NULL } },
		{ "'do not re-create the key': the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer. Do not re-create the key.\n",
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "for a while", "brings back", NULL } },
		{ "a .reg file from elsewhere, no copy the procedure saved: the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Import the Frob.reg file from the vendor.\n",
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "brings back", NULL } },
		{ "another key re-created ('Re-create the Frob key' after deleting FrobCache): the delete stays",
		  "\n"
		  "1. Start Registry Editor.\n"
		  "2. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
		  "\n"
		  "3. Delete the FrobCache key.\n"
		  "4. Re-create the Frob key, and then add the value Level to it.\n",
		  { "absent " AGENT "\\FrobCache", "repair " AGENT "\\FrobCache", NULL },
		  { "brings back", NULL } },
		{ "another thing with the key's name ('Remove the Frob share, and then re-create it'): the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "5. Remove the Frob share, and then re-create it.\n",
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "brings back", NULL } },
		{ "'Delete the agent's cache folder, and then re-create it': the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Delete the agent's cache folder, and then re-create it.\n",
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "brings back", NULL } },
		{ "'Restore the permissions on the Agent key from the backup copy': the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "5. Restore the registry permissions on the Agent key from the backup copy.\n",
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "brings back", NULL } },
		{ "a fallback after the verb ('Re-create the key only if the agent does not'): the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Re-create the key only if the agent does not create it when it starts.\n",
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "brings back", NULL } },
		{ "'You may need to re-create the Frob key if ...': the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "\n"
		  "You may need to re-create the Frob key if the agent does not start.\n",
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "brings back", NULL } },
		{ "'Alternatively, restore the Frob key from a backup copy': the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "\n"
		  "Alternatively, restore the Frob key from a backup copy.\n",
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "brings back", NULL } },
		{ "another key added again ('Add the Frob2 key again'): no reinstall, the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "5. Add the Frob2 key again.\n",
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "brings back", "reinstall", NULL } },
		{ "a value with the key's name added back: no reinstall, the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "5. Add the Frob value back under the Agent key.\n",
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "brings back", "reinstall", NULL } },
		{ "'NOTE: Add the key again only if the problem returns': a fallback, the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "\n"
		  "NOTE: Add the key again only if the problem returns.\n",
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "brings back", "reinstall", NULL } },
		{ "'Import the file.' with no copy exported first: the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Restart the computer.\n"
		  "5. Import the file.\n",
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "brings back", NULL } },
		{ "'Temporarily remove the floppy disk' in the next step: the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Temporarily remove the floppy disk from drive A, and then restart the computer.\n",
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "for a while", NULL } },
		{ "'for now' in the next step: the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Stop the agent for now, and remove the cache file.\n",
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "for a while", NULL } },
		{ "'temporarily' in a relative clause ('which holds temporarily cached data'): the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key, which holds temporarily cached passwords."),
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "for a while", NULL } },
		{ "'that the installer created temporarily': the delete stays",
		  DELETE_FROB_KEY("Remove the Frob key that the installer created temporarily."),
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "for a while", NULL } },
		{ "'for now' in the next sentence: the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key. For now, leave the agent stopped."),
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "for a while", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Lines 17-27: step 2 adds Frob = 8 under the key (the value's name on
 * line 24); step 3 (line 28) follows. */
#define SET_FROB_TO_8(step3) \
	"\n" \
	"1. Locate the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"2. Add the following value:\n" \
	"\n" \
	"   Value Name: Frob\n" \
	"   Data Type: REG_DWORD\n" \
	"   Data: 8\n" \
	"\n" \
	"3. " step3 "\n"

#define FROB_SET_STAYS { "check REG_DWORD " AGENT "|Frob = 8", "repair " AGENT "|Frob", NULL }, { "undoes", NULL }
#define FROB_SET_UNDONE { "review 28: undoes the change to value 'Frob' at line 24", NULL }, { "repair " AGENT "|Frob", NULL }

static void test_a_back_that_moves_something_else(void **state)
{
	static const struct draft_case cases[] = {
		{ "'start it back up': the service, not the value", SET_FROB_TO_8("Change Frob and start it back up."),
		  FROB_SET_STAYS },
		{ "'comes back to life': the service, not the value",
		  SET_FROB_TO_8("Change the Frob value so that the agent comes back to life."), FROB_SET_STAYS },
		{ "'switch back to the console': the reader, not the value",
		  SET_FROB_TO_8("Change Frob and switch back to the console."), FROB_SET_STAYS },
		{ "'bring it back online': the service, not the value",
		  SET_FROB_TO_8("Change Frob then bring it back online."), FROB_SET_STAYS },
		{ "'set Frob back to step 1': a step, no data", SET_FROB_TO_8("Set Frob back to step 1."), FROB_SET_STAYS },
		{ "'change Frob back': the value goes back", SET_FROB_TO_8("Change Frob back."), FROB_SET_UNDONE },
		{ "'change Frob back to 0': the value goes back", SET_FROB_TO_8("Change Frob back to 0."), FROB_SET_UNDONE },
		{ "'set the value back to 0' on a line naming Frob: the value goes back",
		  SET_FROB_TO_8("When the tool is done with Frob, set the value back to 0."), FROB_SET_UNDONE },
		{ "'change it back' on a line naming Frob: the value goes back",
		  SET_FROB_TO_8("Run the tool with Frob, then change it back."), FROB_SET_UNDONE },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_the_value_named_any_way_goes_back(void **state)
{
	static const struct draft_case cases[] = {
		{ "'the value of Frob back to 0'", SET_FROB_TO_8("Run the tool, and then change the value of Frob back to 0."),
		  FROB_SET_UNDONE },
		{ "the name quoted ('the \"Frob\" value back')",
		  SET_FROB_TO_8("Run the tool, and then change the \"Frob\" value back to 0."), FROB_SET_UNDONE },
		{ "the old data between ('Frob from 8 back to 0')",
		  SET_FROB_TO_8("Run the tool, and then change Frob from 8 back to 0."), FROB_SET_UNDONE },
		{ "a possessive ('Frob's data back')", SET_FROB_TO_8("Run the tool, and then change Frob's data back to 0."),
		  FROB_SET_UNDONE },
		{ "the type first ('the REG_DWORD value Frob back')",
		  SET_FROB_TO_8("Run the tool, and then change the REG_DWORD value Frob back to 0."), FROB_SET_UNDONE },
		{ "two names ('Frob and Frob2 back')", SET_FROB_TO_8("Run the tool, and then set Frob and Frob2 back to 0."),
		  FROB_SET_UNDONE },
		{ "a bracket after the name ('Frob (the value you added) back')",
		  SET_FROB_TO_8("Run the tool, and then set Frob (the value you added) back to 0."), FROB_SET_UNDONE },
		{ "'back-end' is no 'back': the set stays",
		  SET_FROB_TO_8("Change the back-end Frob value to 8 as well."), FROB_SET_STAYS },
		{ "'the back-end server's Frob value': the set stays",
		  SET_FROB_TO_8("Set the back-end server's Frob value to 8 too."), FROB_SET_STAYS },
		{ "'go back to work': the agent, not the value",
		  SET_FROB_TO_8("Change Frob so that the agent can go back to work."), FROB_SET_STAYS },
		{ "'start the agent back up': the agent, not the value",
		  SET_FROB_TO_8("Change Frob and start the agent back up."), FROB_SET_STAYS },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_later_datum_for_a_case_is_no_undo(void **state)
{
	static const struct draft_case cases[] = {
		{ "'to 16 when more than 100 clients connect': a case",
		  SET_FROB_TO_8("Set Frob to 16 when more than 100 clients connect."), FROB_SET_STAYS },
		{ "'to 16 where more than 100 clients connect': a case",
		  SET_FROB_TO_8("Set Frob to 16 where more than 100 clients connect."), FROB_SET_STAYS },
		{ "'to 16 only on busy servers': a case", SET_FROB_TO_8("Set Frob to 16 only on busy servers."),
		  FROB_SET_STAYS },
		{ "'to 16 (or 32 on multi-processor servers)': a choice",
		  SET_FROB_TO_8("Set Frob to 16 (or 32 on multi-processor servers)."), FROB_SET_STAYS },
		{ "'Change Frob to 0.': a real later change still undoes", SET_FROB_TO_8("Change Frob to 0."),
		  FROB_SET_UNDONE },
		{ "'to 0 when the replay finishes': the task's end, the time to undo",
		  SET_FROB_TO_8("Change Frob to 0 when the replay finishes."), FROB_SET_UNDONE },
		{ "'to 0 only after the tool is done': the task's end, the time to undo",
		  SET_FROB_TO_8("Change Frob to 0 only after the tool is done."), FROB_SET_UNDONE },
		{ "'to 0 (zero).': a word for the number in brackets is no choice",
		  SET_FROB_TO_8("Set Frob to 0 (zero)."), FROB_SET_UNDONE },
		{ "'when the cluster has over 8 nodes': a case, 'over' is no end of the task",
		  SET_FROB_TO_8("Set Frob to 16 when the cluster has over 8 nodes."), FROB_SET_STAYS },
		{ "'when you use the complete installation': a case",
		  SET_FROB_TO_8("Set Frob to 16 when you use the complete installation."), FROB_SET_STAYS },
		{ "'when the server restarts after a power failure': a case",
		  SET_FROB_TO_8("Set Frob to 16 when the server restarts after a power failure."), FROB_SET_STAYS },
		{ "'only after you install the update': a case",
		  SET_FROB_TO_8("Set Frob to 16 only after you install the update."), FROB_SET_STAYS },
		{ "', or to 32 on multi-processor servers': a choice",
		  SET_FROB_TO_8("Set Frob to 16, or to 32 on multi-processor servers."), FROB_SET_STAYS },
		{ "'16 or 32, depending on the load': a choice",
		  SET_FROB_TO_8("Set Frob to 16 or 32, depending on the load."), FROB_SET_STAYS },
		{ "'instead on multi-processor servers': a case",
		  SET_FROB_TO_8("Set Frob to 16 instead on multi-processor servers."), FROB_SET_STAYS },
		{ "'between 9 A.M. and 5 P.M.': a case", SET_FROB_TO_8("Set Frob to 16 between 9 A.M. and 5 P.M."),
		  FROB_SET_STAYS },
		{ "'when finished': the task's end", SET_FROB_TO_8("Change Frob to 0 when finished."), FROB_SET_UNDONE },
		{ "'when you have completed the replay': the task's end",
		  SET_FROB_TO_8("Change Frob to 0 when you have completed the replay."), FROB_SET_UNDONE },
		{ "'only when the replay is over': the task's end",
		  SET_FROB_TO_8("Change Frob to 0 only when the replay is over."), FROB_SET_UNDONE },
		{ "'when you are done': the task's end", SET_FROB_TO_8("Change Frob to 0 when you are done."),
		  FROB_SET_UNDONE },
		{ "'to 0 (or zero)': the same datum in words, no choice", SET_FROB_TO_8("Change Frob to 0 (or zero)."),
		  FROB_SET_UNDONE },
		{ "'to 0 (or 0x0 in hexadecimal)': the same datum in hex, no choice",
		  SET_FROB_TO_8("Change Frob to 0 (or 0x0 in hexadecimal)."), FROB_SET_UNDONE },
		{ "'to 16 (or 0x20)': another number, a choice", SET_FROB_TO_8("Set Frob to 16 (or 0x20)."),
		  FROB_SET_STAYS },
		{ "'to 16 (hex 10) (or 32 on large servers)': the choice in a second bracket",
		  SET_FROB_TO_8("Set Frob to 16 (hex 10) (or 32 on large servers)."), FROB_SET_STAYS },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The article head with a SYMPTOMS section (line 13); the body follows
 * from line 15. */
#define HEAD_SYMPTOMS \
	ARTICLE_HEAD("Q900777", "Frobnitz Agent Does Not Start") \
	"SYMPTOMS\n" \
	"========\n" \
	"\n" \
	"The agent does not start and logs error 1067.\n" \
	"\n"

/* Lines 15-22: CAUSE gives the value's faulty data, 0, under the key
 * (the value's name on line 22). */
#define CAUSE_FROB_0 \
	"CAUSE\n" \
	"=====\n" \
	"\n" \
	"This happens when the following value is set to 0:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"   Value Name: Frob\n" \
	"   Data Type: REG_DWORD\n" \
	"   Data: 0\n" \
	"\n"

/* A section (its heading lines 26-27) that sets Frob to 1 (line 35). */
#define SECTION_SETS_FROB_1(heading, rule) \
	heading "\n" \
	rule "\n" \
	"\n" \
	"1. Locate the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"2. Set the following value:\n" \
	"\n" \
	"   Value Name: Frob\n" \
	"   Data Type: REG_DWORD\n" \
	"   Data: 1\n"

static void test_the_causes_data_against_the_fix(void **state)
{
	/* each body follows HEAD_SYMPTOMS: line 15 on */
	static const struct draft_case cases[] = {
		{ "CAUSE gives 0, RESOLUTION sets 1: the fix stays, the cause's data is no check",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "=========="),
		  { "check REG_DWORD " AGENT "|Frob = 1", "repair " AGENT "|Frob", "checks 1",
		    "review 22: not drafted: value 'Frob' under " AGENT ": this line gives the data that brings the problem; the fix at line 35",
		    NULL },
		  { "check REG_DWORD " AGENT "|Frob = 0", "different data", NULL } },
		{ "CAUSE gives 0, WORKAROUND sets 1: the fix stays",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("WORKAROUND", "=========="),
		  { "check REG_DWORD " AGENT "|Frob = 1", "repair " AGENT "|Frob", "checks 1", NULL },
		  { "different data", NULL } },
		{ "CAUSE gives 0, RESOLUTION sets 1 and later goes back to 0: a workaround for a while, no repair",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  "3. Run the backup program.\n"
		  "4. When the backup is complete, set the cache value back to 0.\n",
		  { "review 22: not drafted", "review 35: not drafted", NULL },
		  { "repair " AGENT "|Frob", NULL } },
		{ "CAUSE gives 0, RESOLUTION sets 1, a later 'back to step 1': the fix stays",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  "3. If the agent still does not start, go back to step 1.\n",
		  { "check REG_DWORD " AGENT "|Frob = 1", "repair " AGENT "|Frob", NULL },
		  { "different data", NULL } },
		{ "CAUSE gives 0, MORE INFORMATION sets 1: no fix section, both stay review",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("MORE INFORMATION", "================"),
		  { "review 22: not drafted", NULL },
		  { "repair " AGENT "|Frob", "brings the problem", NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900777.txt", HEAD_SYMPTOMS, cases, sizeof cases / sizeof cases[0]);
}

static void test_a_check_set_back_in_the_fix_itself(void **state)
{
	static const struct draft_case cases[] = {
		{ "the fix's own section gives other data later (a check set back): still no repair",
		  SET_FROB_TO_8("Run the replay tool.")
		  "\n"
		  "4. Verify that the value is set back to the first setting:\n"
		  "\n"
		  "   Value Name: Frob\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 0\n",
		  { "review 24: different data at lines 24 and 32", NULL },
		  { "repair " AGENT "|Frob", "brings the problem", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Lines 17-21: the Services key gone to; step 2 (line 22) the lead-in
 * over the names on lines 24-25. */
#define LIST_UNDER_SERVICES(lead) \
	"\n" \
	"1. Go to the following subkey:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\n" \
	"\n" \
	"2. " lead "\n" \
	"\n" \
	"   Frob\n" \
	"   FrobLog\n" \
	"\n" \
	"3. Restart the computer.\n"

#define LIST_ON_A_CONDITION { "checks 0", "review 22: deleted on a condition", NULL }, \
	{ "absent " SVCS "\\Frob", "absent " SVCS "\\FrobLog", "asks nothing", NULL }
#define LIST_FOR_A_WHILE { "checks 0", "review 22: the subkeys listed below are deleted for a while only", NULL }, \
	{ "absent " SVCS "\\Frob", "absent " SVCS "\\FrobLog", "asks nothing", NULL }
#define LIST_DELETED { "absent " SVCS "\\Frob", "absent " SVCS "\\FrobLog", "repair " SVCS "\\Frob", NULL }, \
	{ "on a condition", NULL }

static void test_subkeys_deleted_on_a_condition(void **state)
{
	static const struct draft_case cases[] = {
		{ "'only if Frob is not installed': review",
		  LIST_UNDER_SERVICES("Delete the following subkeys only if Frob is not installed:"), LIST_ON_A_CONDITION },
		{ "'if Frob is not installed': review",
		  LIST_UNDER_SERVICES("Delete the following subkeys if Frob is not installed:"), LIST_ON_A_CONDITION },
		{ "'unless Frob is installed': review",
		  LIST_UNDER_SERVICES("Delete the following subkeys unless Frob is installed:"), LIST_ON_A_CONDITION },
		{ "'when Frob is removed': review",
		  LIST_UNDER_SERVICES("Delete the following subkeys when Frob is removed:"), LIST_ON_A_CONDITION },
		{ "the condition first ('If Frob is not installed, delete ...'): review",
		  LIST_UNDER_SERVICES("If Frob is not installed, delete the following subkeys:"), LIST_ON_A_CONDITION },
		{ "'if they exist': no condition, the deletes are drafted",
		  LIST_UNDER_SERVICES("Delete the following subkeys if they exist:"), LIST_DELETED },
		{ "'if present': no condition, the deletes are drafted",
		  LIST_UNDER_SERVICES("Delete the following subkeys, if present:"), LIST_DELETED },
		{ "'if the Frob program is no longer present': a condition, not 'if they are there'",
		  LIST_UNDER_SERVICES("Delete the following subkeys if the Frob program is no longer present:"),
		  LIST_ON_A_CONDITION },
		{ "'if there is no Frob folder': a condition",
		  LIST_UNDER_SERVICES("Delete the following subkeys if there is no Frob folder on the disk:"),
		  LIST_ON_A_CONDITION },
		{ "'only on computers that do not run Frob 2.0': review",
		  LIST_UNDER_SERVICES("Delete the following subkeys only on computers that do not run Frob 2.0:"),
		  LIST_ON_A_CONDITION },
		{ "'on servers where Frob is not installed': review",
		  LIST_UNDER_SERVICES("Delete the following subkeys on servers where Frob is not installed:"),
		  LIST_ON_A_CONDITION },
		{ "'provided that Frob is not installed': review",
		  LIST_UNDER_SERVICES("Delete the following subkeys, provided that Frob is not installed:"),
		  LIST_ON_A_CONDITION },
		{ "'in case Frob is not installed': review",
		  LIST_UNDER_SERVICES("Delete the following subkeys in case Frob is not installed:"), LIST_ON_A_CONDITION },
		{ "'except on domain controllers': review",
		  LIST_UNDER_SERVICES("Delete the following subkeys except on domain controllers:"), LIST_ON_A_CONDITION },
		{ "'(Frob 2.0 only)': review", LIST_UNDER_SERVICES("Delete the following subkeys (Frob 2.0 only):"),
		  LIST_ON_A_CONDITION },
		{ "'whenever Frob is reinstalled': review",
		  LIST_UNDER_SERVICES("Delete the following subkeys whenever Frob is reinstalled:"), LIST_ON_A_CONDITION },
		{ "'if you find them': no condition, the deletes are drafted",
		  LIST_UNDER_SERVICES("Delete the following subkeys if you find them:"), LIST_DELETED },
		{ "'if needed': no condition, the deletes are drafted",
		  LIST_UNDER_SERVICES("Delete the following subkeys if needed:"), LIST_DELETED },
		{ "'when' in a clause about the keys ('which Setup leaves when it fails'): drafted",
		  LIST_UNDER_SERVICES("Delete the following subkeys, which Setup leaves behind when it fails:"),
		  LIST_DELETED },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_subkeys_listed_deleted_for_a_while(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Delete the following subkeys for now:': review",
		  LIST_UNDER_SERVICES("Delete the following subkeys for now:"), LIST_FOR_A_WHILE },
		{ "'..., and then re-create them:': review",
		  LIST_UNDER_SERVICES("Delete the following subkeys, and then re-create them:"), LIST_FOR_A_WHILE },
		{ "'..., then add them again after you restart:': review",
		  LIST_UNDER_SERVICES("Delete the following subkeys, then add them again after you restart:"),
		  LIST_FOR_A_WHILE },
		{ "'..., and then restart the computer:': nothing comes back, drafted",
		  LIST_UNDER_SERVICES("Delete the following subkeys, and then restart the computer:"), LIST_DELETED },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define KEY_DELETE_ON_A_CONDITION { "checks 0", "review 23: not drafted: the delete of the key " FROB_KEY " is asked on a condition", NULL }, \
	{ "absent " FROB_KEY, NULL }

static void test_a_key_delete_on_a_condition(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Delete the Frob key only if ...': review",
		  DELETE_FROB_KEY("Delete the Frob key only if the Frob program is not installed."),
		  KEY_DELETE_ON_A_CONDITION },
		{ "'Delete the Frob key on servers where Frob is not installed': review",
		  DELETE_FROB_KEY("Delete the Frob key on servers where Frob is not installed."), KEY_DELETE_ON_A_CONDITION },
		{ "'Delete the following keys only if ...:' over full paths: review",
		  DELETE_TWO_KEYS("Delete the following keys only if the Frob program is not installed:"),
		  { "checks 0", "review 18: not drafted: the delete of the key " FROB_KEY " is asked on a condition", NULL },
		  { "absent " FROB_KEY, "absent " FROB_KEY "2", NULL } },
		{ "'Delete the Frob key if it exists': no condition, the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key if it exists."),
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "on a condition", NULL } },
		{ "'Delete the Frob key if this key exists': no condition, the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key if this key exists."),
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "on a condition", NULL } },
		{ "'where X is the ...' names a placeholder, no case: the delete stays",
		  DELETE_TWO_KEYS("Delete the following keys, where Frob is the name of the agent's cache:"),
		  { "absent " FROB_KEY, "repair " FROB_KEY, NULL },
		  { "on a condition", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Lines 17-27: the key gone to, the Feeds value picked and the Multi
 * String editor opened; step 5 (line 27) the lead-in over one entry. */
#define ADD_FEEDS_ENTRY(lead) \
	"\n" \
	"1. Locate the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"2. Select the Feeds value.\n" \
	"3. On the Edit menu, click Multi String.\n" \
	"4. " lead "\n" \
	"\n" \
	"      NorthFeed\n" \
	"\n" \
	"5. Click OK.\n"

static void test_entries_added_on_a_condition(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Add the following to the end of the list whenever ...:': no entry drafted",
		  ADD_FEEDS_ENTRY("Add the following to the end of the list whenever the agent runs on a cluster:"),
		  { NULL },
		  { "repair " AGENT "|Feeds", NULL } },
		{ "'..., provided that ...:': no entry drafted",
		  ADD_FEEDS_ENTRY("Add the following to the end of the list, provided that the agent runs on a cluster:"),
		  { NULL },
		  { "repair " AGENT "|Feeds", NULL } },
		{ "no condition: the entry is drafted",
		  ADD_FEEDS_ENTRY("Add the following to the end of the list:"),
		  { "repair " AGENT "|Feeds", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define KEY_DELETED { "absent " FROB_KEY, "repair " FROB_KEY, NULL }, { "on a condition", NULL }

/* A condition word in a second clause governs that clause's own verb
 * ("and then click Yes when you are asked"), not the delete. */
static void test_a_later_clause_condition_is_not_the_deletes(void **state)
{
	static const struct draft_case cases[] = {
		{ "', and then click Yes when you are asked to confirm': the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key, and then click Yes when you are asked to confirm."), KEY_DELETED },
		{ "the same wrapped, with no 'then' ('..., and\\n click Yes when prompted'): the delete stays",
		  DELETE_FROB_KEY("On the Edit menu, click Delete to remove the Frob key, and\n"
				  "   click Yes when you are prompted."),
		  KEY_DELETED },
		{ "'and restart the agent if it is running' (no comma): the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key and restart the agent if it is running."), KEY_DELETED },
		{ "'..., and then quit Registry Editor unless ...': the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key, and then quit Registry Editor unless you have more to delete."),
		  KEY_DELETED },
		{ "a listed group, 'Remove ...; the editor asks whether to delete each one if ...': the deletes stay (the step's verb is the first)",
		  LIST_UNDER_SERVICES("Remove the following subkeys; the editor asks whether to delete each one if it has values:"),
		  LIST_DELETED },
		{ "must not: a listed group, 'Remove the following subkeys if the agent is gone; the editor asks ... delete ...': review",
		  LIST_UNDER_SERVICES("Remove the following subkeys if the agent is gone; the editor asks whether to delete each one:"),
		  LIST_ON_A_CONDITION },
		/* the list's verb is the last delete verb before "the
		 * following": an earlier clause's verb does not end the list's
		 * clause */
		{ "'Remove the old files and then delete the following subkeys only if ...:': review",
		  LIST_UNDER_SERVICES("Remove the old agent files and then delete the following subkeys only if you keep no older agent:"),
		  LIST_ON_A_CONDITION },
		{ "must not: 'Remove the old files and then delete the following subkeys, and click Yes ...:': the deletes stay",
		  LIST_UNDER_SERVICES("Remove the old agent files and then delete the following subkeys, and click Yes when you are asked:"),
		  LIST_DELETED },
		/* a single key's verb is the nearest delete verb before its
		 * name: another clause's condition is not its own */
		{ "'Remove the FrobSvc subkey, and then delete the following subkeys only if ...:': FrobSvc's delete stays, the list is review",
		  LIST_UNDER_SERVICES("Remove the FrobSvc subkey, and then delete the following subkeys only if you keep no older agent:"),
		  { "absent " SVCS "\\FrobSvc", "repair " SVCS "\\FrobSvc", "review 22: the subkeys listed below are deleted on a condition", NULL },
		  { "absent " SVCS "\\FrobLog", NULL } },
		{ "must not: 'Remove the FrobSvc subkey only if ..., and then delete the following subkeys:': FrobSvc is review",
		  LIST_UNDER_SERVICES("Remove the FrobSvc subkey only if you keep no older agent, and then delete the following subkeys:"),
		  { "checks 0", NULL }, { "repair " SVCS "\\FrobSvc", NULL } },
		{ "'Remove the Frob key, and then delete the cache files only if ...': the key's delete stays",
		  DELETE_FROB_KEY("Remove the Frob key, and then delete the cache files only if you keep no older agent."),
		  KEY_DELETED },
		{ "must not: 'Delete the cache files, and then remove the Frob key only if ...': review",
		  DELETE_FROB_KEY("Delete the cache files, and then remove the Frob key only if you keep no older agent."),
		  KEY_DELETE_ON_A_CONDITION },
		{ "must not: 'Remove the Frob key only if ..., and then delete the cache files': review",
		  DELETE_FROB_KEY("Remove the Frob key only if you keep no older agent, and then delete the cache files."),
		  KEY_DELETE_ON_A_CONDITION },
		{ "a listed subkey group, '..., and click Yes when you are asked:': the deletes stay",
		  LIST_UNDER_SERVICES("Delete the following subkeys, and click Yes when you are asked to confirm:"),
		  LIST_DELETED },
		{ "must not: the condition in the delete's own clause, then a second verb: review",
		  DELETE_FROB_KEY("Delete the Frob key only if the agent is not installed, and then restart the computer."),
		  KEY_DELETE_ON_A_CONDITION },
		{ "must not: 'and the FrobLog key if ...' is still the delete's object: review",
		  DELETE_FROB_KEY("Delete the Frob key and the FrobLog key if the agent is not installed."),
		  KEY_DELETE_ON_A_CONDITION },
		{ "the note quotes the condition whole, past a version's dot ('Frob 1.0')",
		  DELETE_FROB_KEY("Delete the Frob key only if you upgraded from Frob 1.0."),
		  { "checks 0", "review 23: not drafted: the delete of the key " FROB_KEY
		    " is asked on a condition ('only if you upgraded from Frob 1.0')", NULL },
		  { "absent " FROB_KEY, NULL } },
		{ "must not: 'the Frob and Run keys if ...': a second key's name, not a verb: review",
		  DELETE_FROB_KEY("Delete the Frob and Run keys if the agent is not installed."),
		  { NULL }, { "absent " FROB_KEY, "repair " FROB_KEY, NULL } },
		{ "must not: a listed group, 'when the agent is removed, and then restart': review",
		  LIST_UNDER_SERVICES("Delete the following subkeys when the agent is removed, and then restart:"),
		  LIST_ON_A_CONDITION },
		/* a list's lead-in is read from its start
		 * (imp_lead_in_delete_condition()), a single key's delete from
		 * its verb: an opening condition cases a list, a single key's is
		 * most often the problem the fix is for */
		{ "an opening 'If the agent is not installed,' on a listed group: review",
		  LIST_UNDER_SERVICES("If the agent is not installed, delete the following subkeys:"), LIST_ON_A_CONDITION },
		{ "an opening 'If the agent does not start,' on one key: the delete stays",
		  DELETE_FROB_KEY("If the agent does not start, delete the Frob key."), KEY_DELETED },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Words that say only that there may be nothing to delete, or that
 * order a precaution or describe, set no case on a delete. */
static void test_a_key_delete_with_no_case(void **state)
{
	static const struct draft_case cases[] = {
		{ "'if present on the computer': the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key if present on the computer."), KEY_DELETED },
		{ "'if found under the Agent key': the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key if found under the Agent key."), KEY_DELETED },
		{ "'if there is one': the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key if there is one."), KEY_DELETED },
		{ "'if one exists': the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key if one exists."), KEY_DELETED },
		{ "'only after you export it' orders a precaution: the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key only after you save a copy of it to a file."), KEY_DELETED },
		{ "'(... in case you need it)' in a bracket: the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key (save a copy first in case you need it)."), KEY_DELETED },
		{ "'where Frob stands for ...' names a placeholder: the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key, where Frob stands for the agent's name."), KEY_DELETED },
		{ "a listed group, a bracket that describes with 'when': the deletes stay",
		  LIST_UNDER_SERVICES("Delete the following subkeys (Setup makes them when the agent is installed):"),
		  LIST_DELETED },
		{ "a listed group, 'where present': the deletes stay",
		  LIST_UNDER_SERVICES("Delete the following subkeys, where present:"), LIST_DELETED },
		{ "a listed group, 'only after you export them': the deletes stay",
		  LIST_UNDER_SERVICES("Delete the following subkeys only after you export them:"), LIST_DELETED },
		{ "must not: 'if one of the agents fails' is a case: review",
		  DELETE_FROB_KEY("Delete the Frob key if one of the agents fails."), KEY_DELETE_ON_A_CONDITION },
		{ "must not: 'if there is one agent on the server' is a case: review",
		  DELETE_FROB_KEY("Delete the Frob key if there is one agent on the server."), KEY_DELETE_ON_A_CONDITION },
		{ "must not: '(only if you upgraded ...)' in a bracket is still a case: review",
		  DELETE_FROB_KEY("Delete the Frob key (only if you upgraded from Frob 1.0)."), KEY_DELETE_ON_A_CONDITION },
		{ "must not: 'where the agent is installed' is a case: review",
		  DELETE_FROB_KEY("Delete the Frob key where the agent is installed."), KEY_DELETE_ON_A_CONDITION },
		{ "must not: a listed group, 'where the agent runs': review",
		  LIST_UNDER_SERVICES("Delete the following subkeys where the agent runs:"), LIST_ON_A_CONDITION },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Lines 17-21: a lead-in adds the FastBoot value under the Agent key;
 * line 22 the sentence that gives its data. */
#define ADD_FASTBOOT_BELOW(below) \
	"\n" \
	"Add a registry value FastBoot of type REG_DWORD to the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" below "\n"
#define FASTBOOT_SET { "check REG_DWORD " AGENT "|FastBoot = 1", "repair " AGENT "|FastBoot", NULL }, { NULL }
#define FASTBOOT_NOT_SET { NULL }, { "repair " AGENT "|FastBoot", NULL }

/* The set and entry readers' condition words are their own: a "when" or
 * "where" there mostly describes the value, and a set "if it exists"
 * is a case (the set would create the value). */
static void test_a_set_or_entry_condition(void **state)
{
	static const struct draft_case cases[] = {
		{ "'to make the agent start when Windows starts' describes: the set is drafted",
		  ADD_FASTBOOT_BELOW("Set it to 1 to make the agent start when Windows starts."), FASTBOOT_SET },
		{ "'and then restart the computer where the agent runs': the set is drafted",
		  ADD_FASTBOOT_BELOW("Set it to 1, and then restart the computer where the agent runs."), FASTBOOT_SET },
		{ "a bracket with 'when': the set is drafted",
		  ADD_FASTBOOT_BELOW("Set it to 1 (the agent then skips its scan when it starts)."), FASTBOOT_SET },
		{ "must not: 'if it exists' is a case for a set: no set",
		  ADD_FASTBOOT_BELOW("Set it to 1 if it exists."), FASTBOOT_NOT_SET },
		{ "must not: 'if it is present' is a case for a set: no set",
		  ADD_FASTBOOT_BELOW("Set it to 1 if it is present."), FASTBOOT_NOT_SET },
		{ "must not: 'except on domain controllers': no set",
		  ADD_FASTBOOT_BELOW("Set it to 1 except on domain controllers."), FASTBOOT_NOT_SET },
		{ "entries: 'where each entry is on a line of its own' describes: the entry is drafted",
		  ADD_FEEDS_ENTRY("Add the following to the end of the list, where each entry is on a line of its own:"),
		  { "repair " AGENT "|Feeds", NULL }, { NULL } },
		{ "entries: 'exactly as shown when you type it': the entry is drafted",
		  ADD_FEEDS_ENTRY("Add the following to the end of the list exactly as shown when you type it:"),
		  { "repair " AGENT "|Feeds", NULL }, { NULL } },
		{ "must not: entries 'if the agent runs on a cluster': no entry drafted",
		  ADD_FEEDS_ENTRY("Add the following to the end of the list if the agent runs on a cluster:"),
		  { NULL }, { "repair " AGENT "|Feeds", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define CAUSE_AND_FIX_REVIEW { "review 22: not drafted", "review 35: not drafted", NULL }, { "repair " AGENT "|Frob", NULL }
#define FIX_STAYS { "check REG_DWORD " AGENT "|Frob = 1", "repair " AGENT "|Frob", "checks 1", NULL }, { "different data", NULL }

/* A later step that goes back to the CAUSE's data in words other than
 * "back to <digits>" makes the fix a workaround for a while; a "back"
 * of another thing, or an option the reader may take, leaves the fix. */
static void test_the_fix_goes_back_to_the_causes_data(void **state)
{
	/* each body follows HEAD_SYMPTOMS: line 15 on; the fix on line 35 */
	static const struct draft_case cases[] = {
		{ "'set the cache value to 0 again': no repair",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  "3. Run the backup program.\n"
		  "4. When the backup ends, set the cache value to 0 again.\n",
		  CAUSE_AND_FIX_REVIEW },
		{ "'return the cache value to 0': no repair",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  "3. Run the backup program, and then return the cache value to 0.\n",
		  CAUSE_AND_FIX_REVIEW },
		{ "'restore the setting to its original value': no repair",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  "3. After the backup, restore the cache setting to its original value.\n",
		  CAUSE_AND_FIX_REVIEW },
		{ "'turn the cache back on (set the\\n value to 0)': no repair",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  "3. After the backup, turn the cache back on (set the\n"
		  "   value to 0).\n",
		  CAUSE_AND_FIX_REVIEW },
		{ "'set the value back to zero' (a datum in words): no repair",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  "3. After the backup, set the value back to zero.\n",
		  CAUSE_AND_FIX_REVIEW },
		{ "the fix deletes the value, a later step adds it again: no repair (the gate pairs other data only)",
		  CAUSE_FROB_0
		  "RESOLUTION\n"
		  "==========\n"
		  "\n"
		  "1. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
		  "\n"
		  "2. Delete the Frob value.\n"
		  "3. Run the backup program.\n"
		  "4. When the backup ends, add the Frob value again with a data of 0.\n",
		  { "review 22: not drafted", "review 33: not drafted", NULL },
		  { "repair " AGENT "|Frob", "brings the problem", NULL } },
		{ "a plain undo ('change the Frob value to 0' after the task): the undo reader's, whose notes name line 39",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  "3. Run the backup program.\n"
		  "4. When the backup is complete, change the Frob value to 0.\n",
		  { "review 22: not drafted: value 'Frob' under " AGENT ": this line gives the data that brings the problem",
		    "review 35: not drafted: value 'Frob' under " AGENT ": the article undoes this change at line 39",
		    "review 39: undoes the change", NULL },
		  { "repair " AGENT "|Frob", "different data", NULL } },
		{ "a step that is one long paragraph (past 512 bytes) ending 'set the Frob value back to 0': no repair",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  "3. Run the backup program and wait for it to finish its work on every volume that the job names, "
		  "which on a large server with many shares and a slow tape drive can take several hours, and do not "
		  "close the console of the agent while the job runs, because the console holds the job's catalog open "
		  "and a closed console makes the catalog stale for the next run of the same job; check the job log "
		  "for errors from each volume, and when a volume reports an error, run the job for that volume alone "
		  "before you go on; when the whole backup is complete and the log shows no errors, set the Frob value back to 0.\n",
		  CAUSE_AND_FIX_REVIEW },
		{ "must not: 'switch the console back to 0 pane view' moves another thing: the fix stays",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  "3. If you use the agent console, switch the console back to 0 pane view.\n",
		  FIX_STAYS },
		{ "must not: 'If you want to turn the cache back on later, set the value back to 0': an option, the fix stays",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  "3. If you want to turn the cache back on later, set the value back to 0.\n",
		  FIX_STAYS },
		{ "must not: 'restart the computer again' names no value: the fix stays",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  "3. If the agent does not start, restart the computer again.\n",
		  FIX_STAYS },
	};

	(void)state;
	draft_expect_cases_head("Q900777.txt", HEAD_SYMPTOMS, cases, sizeof cases / sizeof cases[0]);
}

/* Lines 38-40: a step that names another key (a place to go, or a NOTE
 * about one nobody changes), after the fix of SECTION_SETS_FROB_1. */
#define STEP3_OTHER_KEY(opening) \
	"3. " opening "\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Backup\n" \
	"\n"

/* The gate reads a set back to the problem's data to the end of the
 * fix's own section: a step that opens another key, or a note naming
 * one, does not end the task the fix lasts for.  Past a key whose own
 * value is worked on, only a line that names the fix's value counts:
 * "the value" there may be that one; a key only located or named keeps
 * "the value" the fix's, and so does going back to the fix's key. */
static void test_the_fix_goes_back_past_another_key(void **state)
{
	/* each body follows HEAD_SYMPTOMS: line 15 on; the fix on line 35 */
	static const struct draft_case cases[] = {
		{ "another key located between, then 'set the Frob value back to 0': no repair",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  STEP3_OTHER_KEY("Locate the following key:")
		  "4. Run the backup program.\n"
		  "5. When the backup is complete, set the Frob value back to 0.\n",
		  CAUSE_AND_FIX_REVIEW },
		{ "a NOTE naming a key nobody changes, then 'turn the cache back on (set the Frob value to 0)': no repair",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("WORKAROUND", "==========")
		  STEP3_OTHER_KEY("NOTE: The backup program keeps its own settings under this key, which you need not change:")
		  "4. When the backup is complete, turn the cache back on (set the Frob value to 0).\n",
		  CAUSE_AND_FIX_REVIEW },
		/* a key only located, named in a NOTE, or a subkey of the
		 * fix's own, has no value of its own set: "the setting" and
		 * "the value" can only be the fix's */
		{ "another key only located, then 'restore the setting to its original value': no repair",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  STEP3_OTHER_KEY("Check that the backup job is listed under the following key:")
		  "4. Run the backup program.\n"
		  "5. When the backup is complete, restore the setting to its original value.\n",
		  CAUSE_AND_FIX_REVIEW },
		{ "a NOTE naming a key nobody changes, then 'set the value back to 0': no repair",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  STEP3_OTHER_KEY("NOTE: The backup program keeps its own settings under this key, which you need not change:")
		  "4. When the backup is complete, set the value back to 0.\n",
		  CAUSE_AND_FIX_REVIEW },
		{ "a subkey of the fix's key located, then 'set the value back to 0': no repair",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  "3. Make sure the job is listed under the following subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Jobs\n"
		  "\n"
		  "4. When the backup is complete, set the value back to 0.\n",
		  CAUSE_AND_FIX_REVIEW },
		{ "another key, then back to the fix's own key and 'set it back to 0' of 'the value you changed': no repair",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  STEP3_OTHER_KEY("Locate the following key:")
		  "4. Set the CacheSize value to 5, and run the backup program.\n"
		  "5. When the backup is complete, go to the following key again:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
		  "\n"
		  "6. Double-click the value that you changed in step 2, and set it back to 0.\n",
		  CAUSE_AND_FIX_REVIEW },
		{ "past a located key, 'set the DWORD value back to 0' (a type, no other value's name): no repair",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  STEP3_OTHER_KEY("Locate the following key:")
		  "4. Run the backup program.\n"
		  "5. When the backup is complete, set the DWORD value back to 0.\n",
		  CAUSE_AND_FIX_REVIEW },
		{ "must not: another key whose own value is set, then 'set the value back to its original value': the fix stays",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  STEP3_OTHER_KEY("Locate the following key:")
		  "4. Set the CacheSize value to 5.\n"
		  "5. Run the backup program, and then set the value back to its original value.\n",
		  { "check REG_DWORD " AGENT "|Frob = 1", "repair " AGENT "|Frob", NULL }, { "different data", NULL } },
		{ "must not: past another key, 'set the Frob2 value back to 0' names another value: the fix stays",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  STEP3_OTHER_KEY("Locate the following key:")
		  "4. Set the Frob2 value to 5.\n"
		  "5. Run the backup program, and then set the Frob2 value back to 0.\n",
		  { "check REG_DWORD " AGENT "|Frob = 1", "repair " AGENT "|Frob", NULL }, { "different data", NULL } },
		{ "must not: past another key, 'set the Frob_Old value back to 0' names another value: the fix stays",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  STEP3_OTHER_KEY("Locate the following key:")
		  "4. Set the Frob_Old value under this key to 1, and run the backup program.\n"
		  "5. When the backup is complete, set the Frob_Old value back to 0.\n",
		  { "check REG_DWORD " AGENT "|Frob = 1", "repair " AGENT "|Frob", NULL }, { "different data", NULL } },
		{ "must not: past another key, 'set the CacheSize value back to its original value' is its own value's: the fix stays",
		  CAUSE_FROB_0 SECTION_SETS_FROB_1("RESOLUTION", "==========")
		  STEP3_OTHER_KEY("Locate the following key:")
		  "4. Set the CacheSize value to 5.\n"
		  "5. Run the backup program, and then set the CacheSize value back to its original value.\n",
		  { "check REG_DWORD " AGENT "|Frob = 1", "repair " AGENT "|Frob", NULL }, { "different data", NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900777.txt", HEAD_SYMPTOMS, cases, sizeof cases / sizeof cases[0]);
}

#define KEY_DELETED_NOT_UNDONE { "absent " FROB_KEY, "repair " FROB_KEY, NULL }, { "brings back the key", "for a while only", NULL }
#define KEY_DELETE_UNDONE { "review 23: not drafted: the delete of the key", NULL }, { "absent " FROB_KEY, NULL }

/* Another file, another key, values of the key's name, and words of
 * another verb's clause do not bring the deleted key back nor make the
 * delete temporary. */
static void test_a_delete_another_thing_comes_back_after(void **state)
{
	static const struct draft_case cases[] = {
		{ "a .reg file with a name of its own, 'that you saved': the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Import the Options.reg file that you saved in step 1 to restore the other options.\n",
		  KEY_DELETED_NOT_UNDONE },
		{ "an export above, then another named .reg file double-clicked: the delete stays",
		  "\n"
		  "1. Start Registry Editor, and export the Agent key to a file as a backup.\n"
		  "2. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
		  "\n"
		  "3. Delete the Frob key.\n"
		  "4. Double-click the Update.reg file that comes with the fix to add its settings.\n",
		  KEY_DELETED_NOT_UNDONE },
		{ "'Re-create the following key:' over another path: the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Re-create the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\Options\n",
		  KEY_DELETED_NOT_UNDONE },
		{ "'Add the Frob and FrobLevel values again': values, the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Add the Frob and FrobLevel values again to the Options key.\n",
		  KEY_DELETED_NOT_UNDONE },
		{ "'to clear the temporarily stored data' is a purpose: the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key to clear the temporarily stored data."), KEY_DELETED_NOT_UNDONE },
		{ "'and wait until the agent stops' is another verb's: the delete stays",
		  DELETE_FROB_KEY("Delete the Frob key and wait until the agent stops."), KEY_DELETED_NOT_UNDONE },
		{ "must not: 'Import the Frob.reg file that you exported': brings the key back",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Import the Frob.reg file that you exported before step 3.\n",
		  KEY_DELETE_UNDONE },
		{ "must not: 'Add the Frob and Frob2 keys again': brings the key back",
		  DELETE_FROB_KEY("Delete the Frob key.")
		  "4. Add the Frob and Frob2 keys again.\n",
		  KEY_DELETE_UNDONE },
		{ "must not: 'Delete the Frob key temporarily to test the agent': for a while",
		  DELETE_FROB_KEY("Delete the Frob key temporarily to test the agent."), KEY_DELETE_UNDONE },
		{ "must not: 'Delete the Frob key until the update is installed': for a while",
		  DELETE_FROB_KEY("Delete the Frob key until the update is installed."), KEY_DELETE_UNDONE },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A "back" that another verb governs (it moves data), and a "back to"
 * the fix's own data, undo no set. */
static void test_a_back_of_another_verb_or_to_the_fix(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Reset the agent so that it reads the Frob value back ...': the set stays",
		  SET_FROB_TO_8("Reset the agent so that it reads the Frob value back from the registry."),
		  FROB_SET_STAYS },
		{ "'Set up the console to send the Frob setting back ...': the set stays",
		  SET_FROB_TO_8("Set up the console to send the Frob setting back to each client."), FROB_SET_STAYS },
		{ "'... makes the agent write the data back ...': the set stays",
		  SET_FROB_TO_8("Setting Frob to 8 makes the agent write the data back to the server."), FROB_SET_STAYS },
		{ "'Change Frob back to 8 if Setup resets it' restates the fix: the set stays",
		  SET_FROB_TO_8("Change the Frob value back to 8 if Setup resets it."), FROB_SET_STAYS },
		{ "'set Frob back to 8, because the update resets it': the set stays",
		  SET_FROB_TO_8("After you install the update, set Frob back to 8, because the update resets it."),
		  FROB_SET_STAYS },
		{ "must not: 'change the value that you added back to 0': an undo",
		  SET_FROB_TO_8("When the replay finishes, change the value that you added back to 0."), FROB_SET_UNDONE },
		{ "must not: 'set Frob back to 0': an undo",
		  SET_FROB_TO_8("When the replay finishes, set Frob back to 0."), FROB_SET_UNDONE },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* After a time clause, a change verb that names the value and puts it to
 * other data or its original data undoes the set. */
static void test_a_change_back_after_a_time_clause(void **state)
{
	static const struct draft_case cases[] = {
		{ "'When the replay ends, return Frob to 0.': an undo",
		  SET_FROB_TO_8("When the replay ends, return Frob to 0."), FROB_SET_UNDONE },
		{ "'..., set Frob to its original value.': an undo",
		  SET_FROB_TO_8("When the replay ends, set Frob to its original value."), FROB_SET_UNDONE },
		{ "'..., restore the original data of Frob.': an undo",
		  SET_FROB_TO_8("When the replay ends, restore the original data of Frob."), FROB_SET_UNDONE },
		{ "'..., change Frob to 0 again.': an undo",
		  SET_FROB_TO_8("Once the replay ends, change Frob to 0 again."), FROB_SET_UNDONE },
		{ "'Run the tool. Afterward, change the Frob value to 0.': an undo",
		  SET_FROB_TO_8("Run the replay tool. Afterward, change the Frob value to 0."), FROB_SET_UNDONE },
		{ "must not: '..., set Frob to 8 again.' (the fix's own data): the set stays",
		  SET_FROB_TO_8("When the replay ends, set Frob to 8 again."), FROB_SET_STAYS },
		{ "must not: 'If the agent fails, return Frob to 0.' (an option): the set stays",
		  SET_FROB_TO_8("If the agent fails, return Frob to 0."), FROB_SET_STAYS },
		{ "must not: 'When the replay ends, restart the computer.' names no value: the set stays",
		  SET_FROB_TO_8("When the replay ends, restart the computer."), FROB_SET_STAYS },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_key_delete_the_procedure_undoes),
		cmocka_unit_test(test_a_key_delete_nothing_undoes),
		cmocka_unit_test(test_a_back_that_moves_something_else),
		cmocka_unit_test(test_the_value_named_any_way_goes_back),
		cmocka_unit_test(test_a_later_datum_for_a_case_is_no_undo),
		cmocka_unit_test(test_the_causes_data_against_the_fix),
		cmocka_unit_test(test_a_check_set_back_in_the_fix_itself),
		cmocka_unit_test(test_subkeys_deleted_on_a_condition),
		cmocka_unit_test(test_subkeys_listed_deleted_for_a_while),
		cmocka_unit_test(test_a_key_delete_on_a_condition),
		cmocka_unit_test(test_entries_added_on_a_condition),
		cmocka_unit_test(test_a_later_clause_condition_is_not_the_deletes),
		cmocka_unit_test(test_a_key_delete_with_no_case),
		cmocka_unit_test(test_a_set_or_entry_condition),
		cmocka_unit_test(test_the_fix_goes_back_to_the_causes_data),
		cmocka_unit_test(test_the_fix_goes_back_past_another_key),
		cmocka_unit_test(test_a_delete_another_thing_comes_back_after),
		cmocka_unit_test(test_a_back_of_another_verb_or_to_the_fix),
		cmocka_unit_test(test_a_change_back_after_a_time_clause),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
