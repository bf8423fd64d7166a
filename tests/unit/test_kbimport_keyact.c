/* test_kbimport_keyact.c: what the sentence governing a key asks of it
 * (core/kbimport_keyact.c, read by core/kbimport_edits.c).  The lead-in
 * ending with a colon above a list of keys is read as one verb class and
 * one object, whatever words come between ("registry", "following", "on
 * the X server"): "Delete the following keys" deletes each key listed,
 * even when the steps after it remove other things (a folder).  A key
 * named in words ("the Wobble key in the following key"), a negated verb
 * and a key only opened are not deleted, also when its lead-in sits right
 * under another list's key with no blank line between.  Each case imports a small
 * article written here, in our own words (the body starts at line 17). */
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

#define FROB "HKLM\\SOFTWARE\\Frobco\\Frob"
#define FROBSVC "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob"

static void test_a_lead_in_deleting_listed_keys_governs_each_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "two keys joined by 'and' under 'Delete the following registry keys on the X:'",
		  "\n"
		  "1. Take the Frob resource offline.\n"
		  "\n"
		  "2. Delete the following registry keys on the Frob server:\n"
		  "\n"
		  "   HKLM\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "   and\n"
		  "\n"
		  "   HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "3. Remove the shared FrobLog folder on the shared drive.\n"
		  "\n"
		  "4. Start the Frob agent again.\n",
		  { "absent " FROB, "repair " FROB, "absent " FROBSVC, "repair " FROBSVC, "checks 2", NULL },
		  { "could not read plainly", "check " FROB "\\FrobLog", NULL } },
		{ "the same keys with 'Install the Frob agent again' after them: both read, both clean-out review",
		  "\n"
		  "1. Take the Frob resource offline.\n"
		  "\n"
		  "2. Delete the following registry keys on the Frob server:\n"
		  "\n"
		  "   HKLM\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "   and\n"
		  "\n"
		  "   HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "3. Remove the shared FrobLog folder on the shared drive.\n"
		  "\n"
		  "4. Install the Frob agent again.\n",
		  { "the key " FROB ": the article deletes it to clean out before a reinstall",
		    "the key " FROBSVC ": the article deletes it to clean out before a reinstall", "checks 0", NULL },
		  { "could not read plainly", "check " FROB "\\FrobLog", "repair " FROB, "repair " FROBSVC, NULL } },
		{ "a condition keeps the action: 'you need to remove the following key'",
		  "\n"
		  "If the Frob agent is installed, you need to remove the following\n"
		  "registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "Remove the shared FrobLog folder by hand.\n",
		  { "absent " FROB, "repair " FROB, NULL },
		  { "could not read plainly", NULL } },
		{ "'you must remove the following keys:' with other steps after it",
		  "\n"
		  "To make the agent start again, you must remove the following keys:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "Then remove the Frob folder from the Program Files folder and restart.\n",
		  { "absent " FROB, "repair " FROB, NULL },
		  { "could not read plainly", NULL } },
		{ "'use Registry Editor to delete the following key from the registry:'",
		  "\n"
		  "To resolve this issue, use Registry Editor to delete the following key from the\n"
		  "Frobco registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "After you remove this key, start the Frob agent again.\n",
		  { "absent " FROB, "repair " FROB, NULL },
		  { "could not read plainly", NULL } },
		{ "the same lead-in with 'After you remove this key, install the Frob agent again.'",
		  "\n"
		  "To resolve this issue, use Registry Editor to delete the following key from the\n"
		  "Frobco registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "After you remove this key, install the Frob agent again.\n",
		  { "the key " FROB ": the article deletes it to clean out before a reinstall", "checks 0", NULL },
		  { "could not read plainly", "repair " FROB, NULL } },
		{ "a key of the list wrapped onto a second line does not hide the lead-in from the next key",
		  "\n"
		  "1. Delete the following keys:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Wobble Cache\n"
		  "   Store\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "2. Remove the shared FrobLog folder on the shared drive.\n",
		  { "absent " FROBSVC, "repair " FROBSVC, NULL },
		  /* the wrapped key is read short: never deleted as read */
		  { "absent " FROB "\\Wobble Cache", "repair " FROB "\\Wobble Cache", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_lead_in_that_does_not_delete_the_listed_key_deletes_nothing(void **state)
{
	static const struct draft_case cases[] = {
		{ "a key only located, a folder removed after it",
		  "\n"
		  "1. Locate and then click the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "2. Remove the shared FrobLog folder on the shared drive.\n",
		  { NULL },
		  { "absent " FROB, "repair " FROB, "repairs 1", NULL } },
		{ "a lead-in that only opens its key, right below a delete's list with no blank line",
		  "\n"
		  "Delete the following key:\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "Locate the following key:\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "Remove the shared FrobLog folder on the shared drive.\n",
		  { NULL },
		  { "absent " FROB, "repair " FROB, NULL } },
		{ "a negated delete",
		  "\n"
		  "1. Do not delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "2. Remove the shared FrobLog folder on the shared drive.\n",
		  { NULL },
		  { "absent " FROB, "repair " FROB, NULL } },
		{ "a setup that does not remove the keys (a description, not a step)",
		  "\n"
		  "The Frob setup program does not remove the following key from the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "Remove the shared FrobLog folder by hand.\n",
		  { NULL },
		  { "absent " FROB, "repair " FROB, NULL } },
		{ "a key named in words is deleted, not the key that holds it",
		  "\n"
		  "1. Delete the Wobble Cache key in the following registry key on both nodes:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "2. Remove the shared FrobLog folder on the shared drive.\n",
		  { NULL },
		  { "absent " FROB, "repair " FROB, NULL } },
		{ "a hedge: 'it may also be necessary to remove the following key'",
		  "\n"
		  "It may also be necessary to remove the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "Remove the shared FrobLog folder by hand.\n",
		  { NULL },
		  { "absent " FROB, "repair " FROB, NULL } },
		{ "the reader's choice: 'if you want to remove the following key'",
		  "\n"
		  "Decide whether you want to remove the following registry key. If you want to\n"
		  "remove the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "Remove the shared FrobLog folder by hand.\n",
		  { NULL },
		  { "absent " FROB, "repair " FROB, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* "Delete the X value from the following key:": the value named in the
 * lead-in, under the key below, is deleted; a suggestion ("you may want
 * to") is not an ask. */
static void test_a_lead_in_deleting_a_named_value_from_the_key_below(void **state)
{
	static const struct draft_case cases[] = {
		{ "'use Registry Editor to remove the X value from the following registry key:'",
		  "\n"
		  "Use Registry Editor to remove the WobbleCache value from the following registry\n"
		  "key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "Also, remove the \"WobbleCache=1\" entry if it is present in the [Frob] section\n"
		  "of the Frob.ini file.\n",
		  { "absent " FROB "|WobbleCache", "repair " FROB "|WobbleCache", "checks 1", NULL },
		  { "absent " FROB, "could not read plainly", NULL } },
		{ "a suggestion: 'you may want to turn it off. To turn it off, delete ...'",
		  "\n"
		  "If the agent still stops, you may want to turn off wobbling as a\n"
		  "troubleshooting step. To turn off wobbling, delete the WobbleCache value in\n"
		  "the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\\n"
		  "\n"
		  "Also remove the Frob.ini file.\n",
		  { NULL },
		  { "absent " FROB "|WobbleCache", "repairs 1", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A key only opened ("Locate the following key:") to add a value under
 * it is not a fact of its own (labelling guide, section 4): no key check,
 * a review item on its line; the value keeps its check. */
static void test_a_key_only_opened_is_no_check_of_its_own(void **state)
{
	static const struct draft_case cases[] = {
		{ "Locate the key, then a condition on something else under it",
		  "\n"
		  "1. Using Registry Editor, locate the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "2. If the Wobble Version key exists, update it by hand using these\n"
		  "   values:\n"
		  "\n"
		  "   First release (build 12): 1.00.12\n"
		  "   Second release (build 13): 1.00.13\n"
		  "\n"
		  "3. If the registry value does not exist, create the value and supply the\n"
		  "   right version from step 2.\n",
		  { "review 20: the steps only open this key", NULL },
		  { "check " FROB, "repair " FROB, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define PART(n) "HKLM\\SOFTWARE\\Frobco\\Part" #n
/* fourteen key paths, one a line: a list longer than the old ask window */
#define FOURTEEN_PARTS \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Part01\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Part02\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Part03\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Part04\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Part05\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Part06\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Part07\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Part08\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Part09\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Part10\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Part11\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Part12\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Part13\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Part14\n"

/* The words over a list of paths ask for every path in it, however long
 * the list: a manual uninstall lists thirty keys or more under one
 * "remove the following keys:" (the ask window once ended 12-15 lines
 * above the key, and the keys further down were left as "asks nothing"). */
static void test_a_lead_in_governs_every_key_of_a_long_list(void **state)
{
	static const struct draft_case cases[] = {
		{ "fourteen keys, one a line, under 'remove the following keys:' and a note",
		  "\n"
		  "5. Using Registry Editor, remove the following keys:\n"
		  "\n"
		  "   NOTE: Some of these keys may not exist, depending on what was\n"
		  "   installed.\n"
		  "\n"
		  FOURTEEN_PARTS
		  "\n"
		  "6. Restart the computer.\n",
		  { "absent " PART(01), "repair " PART(01), "absent " PART(13), "repair " PART(13),
		    "absent " PART(14), "repair " PART(14), "checks 14", NULL },
		  { "asks nothing of it", "could not read plainly", NULL } },
		{ "ten keys with blank lines between, the delete verb on the line above the colon",
		  "\n"
		  "2. Start Registry Editor, and then find and delete the\n"
		  "   following registry keys:\n"
		  "\n"
		  "   HKLM\\SOFTWARE\\Frobco\\Part01\n"
		  "\n"
		  "   HKLM\\SOFTWARE\\Frobco\\Part02\n"
		  "\n"
		  "   HKLM\\SOFTWARE\\Frobco\\Part03\n"
		  "\n"
		  "   HKLM\\SOFTWARE\\Frobco\\Part04\n"
		  "\n"
		  "   HKLM\\SOFTWARE\\Frobco\\Part05\n"
		  "\n"
		  "   HKLM\\SOFTWARE\\Frobco\\Part06\n"
		  "\n"
		  "   HKLM\\SOFTWARE\\Frobco\\Part07\n"
		  "\n"
		  "   HKLM\\SOFTWARE\\Frobco\\Part08\n"
		  "\n"
		  "   HKLM\\SOFTWARE\\Frobco\\Part09\n"
		  "\n"
		  "   HKLM\\SOFTWARE\\Frobco\\Part10\n"
		  "\n"
		  "3. Quit Registry Editor.\n",
		  { "absent " PART(01), "absent " PART(09), "repair " PART(09), "absent " PART(10),
		    "repair " PART(10), "checks 10", NULL },
		  { "asks nothing of it", "could not read plainly", NULL } },
		{ "a long list that setup creates asks nothing of the reader",
		  "\n"
		  "Setup creates the following keys:\n"
		  "\n"
		  FOURTEEN_PARTS
		  "\n"
		  "Restart the computer after setup.\n",
		  { "checks 0", NULL },
		  { "repair " PART(14), "absent " PART(14), "repair " PART(01), NULL } },
		{ "a long list to verify gives checks and no repair",
		  "\n"
		  "Verify that the following keys exist:\n"
		  "\n"
		  FOURTEEN_PARTS
		  "\n"
		  "Then restart the computer.\n",
		  { "check " PART(14), "check " PART(01), NULL },
		  { "repair " PART(14), "repair " PART(01), "absent " PART(14), NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The first step of the negation cases: the key their values are under
 * (lines 17-21; the step that follows is line 22). */
#define LOCATE_FROB \
	"\n" \
	"1. Locate the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n" \
	"\n"

/* A negation is said of the verb only in the verb's own clause
 * (imp_not_asked()): one in a clause before it (", so", ":", ";"), in a
 * condition that opens the sentence ("In case X doesn't start,") or on
 * "forget" ("Don't forget to delete") leaves the ask; one in the verb's
 * clause, or a program that "doesn't forget to", still asks nothing. */
static void test_a_negation_in_a_clause_before_the_verb_leaves_the_ask(void **state)
{
	static const struct draft_case cases[] = {
		{ "'X isn't read any more, so delete the X value': the negation is the clause before",
		  LOCATE_FROB
		  "2. Release 4 isn't reading the Spool value any more, so delete the Spool value.\n"
		  "3. Quit Registry Editor.\n",
		  { "absent " FROB "|Spool", "repair " FROB "|Spool", NULL },
		  { "could not read plainly", NULL } },
		{ "'X won't load while it is there: delete the X value' (a colon ends the clause)",
		  LOCATE_FROB
		  "2. The agent won't load while it is present: delete the Spool value.\n"
		  "3. Quit Registry Editor.\n",
		  { "absent " FROB "|Spool", "repair " FROB "|Spool", NULL },
		  { NULL } },
		{ "'In case X still won't start, delete the X value': an opening condition",
		  LOCATE_FROB
		  "2. In case the agent still won't start, delete the Spool value.\n"
		  "3. Quit Registry Editor.\n",
		  { "absent " FROB "|Spool", "repair " FROB "|Spool", NULL },
		  { NULL } },
		{ "'Don't forget to delete the X value': a reminder asks",
		  LOCATE_FROB
		  "2. Do not forget to delete the Spool value.\n"
		  "3. Quit Registry Editor.\n",
		  { "absent " FROB "|Spool", "repair " FROB "|Spool", NULL },
		  { NULL } },
		{ "'Setup doesn't make these values, so add them to the key:' over a table",
		  LOCATE_FROB
		  "2. Frob Setup doesn't make these values, so add them to the key:\n"
		  "\n"
		  "   Name          Type          Data\n"
		  "   Retries       REG_DWORD     4\n"
		  "\n"
		  "3. Quit Registry Editor.\n",
		  { "check REG_DWORD " FROB "|Retries = 4", "repair " FROB "|Retries", NULL },
		  { "the words above it say not to", NULL } },
		{ "'Release 4 reads the X value, so don't delete it': the verb's own clause negates",
		  LOCATE_FROB
		  "2. Release 4 still reads the Spool value, so do not delete the Spool value.\n"
		  "3. Quit Registry Editor.\n",
		  { "repairs 0", NULL },
		  { "absent " FROB "|Spool", NULL } },
		{ "'Setup doesn't forget to delete the X value': a program's doing, no ask",
		  LOCATE_FROB
		  "2. Frob Setup doesn't forget to delete the Spool value.\n"
		  "3. Quit Registry Editor.\n",
		  { "repairs 0", NULL },
		  { "absent " FROB "|Spool", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define FROBPAR "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters"

/* A set word in the passive ("unless SecureFrob is set to YES", "if the
 * keys are correct") tells a state: no ask, so no repair; a modal before
 * "be" ("must be set to") still asks. */
static void test_a_passive_set_verb_asks_nothing(void **state)
{
	static const struct draft_case cases[] = {
		{ "'unless X is set to YES in the following key:' over a listing",
		  "\n"
		  "Only frob data is encrypted, unless the SecureFrob registry parameter is set\n"
		  "to YES on the server in the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "      SecureFrob: REG_SZ: YES\n"
		  "\n"
		  "The service then encrypts its control data as well.\n",
		  { NULL },
		  { "repair " FROBPAR "|SecureFrob", NULL } },
		{ "'If the keys are correct, ...': an adjective, no ask",
		  "\n"
		  "Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "   Value Name: FrobLevel\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 2\n"
		  "\n"
		  "If the keys are correct, you may have to install the frob service again.\n",
		  { NULL },
		  { "repair " FROBPAR "|FrobLevel", NULL } },
		{ "'must be set to' asks",
		  "\n"
		  "The FrobLevel value must be set to 2 in the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "   Value Name: FrobLevel\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 2\n",
		  { "repair " FROBPAR "|FrobLevel", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A set word after a determiner is a noun or an adjective: "the correct
 * database", "a change", "the delete operation" ask nothing; "press the
 * DELETE key" is the keyboard's key, and asks. */
static void test_a_set_word_after_a_determiner_asks_nothing(void **state)
{
	static const struct draft_case cases[] = {
		{ "'make sure X contains the full path to the correct database' over a listing",
		  "\n"
		  "To fix this, make sure that the FrobPath value holds the full path to\n"
		  "the correct frob file in the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  " - FrobPath: REG_SZ:d:\\frob\\main.frb\n",
		  { NULL },
		  { "repair " FROBPAR "|FrobPath", NULL } },
		{ "'press the DELETE key' on a selected key deletes it",
		  "\n"
		  "1. Start Registry Editor.\n"
		  "\n"
		  "2. Select the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "3. Press the DELETE key, and then click Yes to confirm.\n",
		  { "absent " FROB, "repair " FROB, NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A key whose line goes straight on with an indented line ("...\\Peer
 * List" over "   for site xyz") may have its name wrapped at a space:
 * the path read may be cut short, so no check or create is drafted on
 * it, a review item says so. */
static void test_a_key_whose_name_may_go_on_is_no_check(void **state)
{
	static const struct draft_case cases[] = {
		{ "'must be created:' over a key whose name goes on on the next line",
		  "\n"
		  "2. To create a list of preferred frob servers, the following registry key\n"
		  "   must be created:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Client\\Preferred Servers\\Peer List\n"
		  "   for site xyz\n"
		  "\n"
		  "   where xyz is the site code\n",
		  { "review 21: the line after it may go on", NULL },
		  { "check " FROB "\\Client\\Preferred Servers\\Peer List", "repair " FROB "\\Client\\Preferred Servers\\Peer List", NULL } },
		{ "the same key with a blank line after it is created",
		  "\n"
		  "2. To create a list of preferred frob servers, the following registry key\n"
		  "   must be created:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Client\\Preferred Servers\\Peer List\n"
		  "\n"
		  "3. Restart the frob service.\n",
		  { "check " FROB "\\Client\\Preferred Servers\\Peer List", "repair " FROB "\\Client\\Preferred Servers\\Peer List", NULL },
		  { "may go on", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define CACHE "HKLM\\SOFTWARE\\Frobco\\Frob\\Cache"

/* The reviewer's cases against the passive, determiner, modal and
 * wrapped-name readings: what something else "will add" is told; a
 * capitalised command name and a verb with its object still ask; a key
 * followed by a sentence or a remark is not a wrapped name. */
static void test_what_the_readings_of_a_lead_in_must_not_lose_or_add(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Setup will add the following value again': told, no repair",
		  "\n"
		  "After the delete of the Frob program, Setup will add the following value\n"
		  "again the next time it runs:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "   Value Name: FrobLevel\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 1\n",
		  { NULL },
		  { "repair " FROBPAR "|FrobLevel", NULL } },
		{ "'Use the Add Value command ... with these entries:' sets",
		  "\n"
		  "1. Locate the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Use the Add Value command on the Edit menu with these entries:\n"
		  "\n"
		  "   Value Name: FrobLevel\n"
		  "   Data Type: REG_DWORD\n"
		  "   Data: 1\n",
		  { "repair " FROBPAR "|FrobLevel", NULL },
		  { NULL } },
		{ "'To fix this delete the following registry key:' deletes",
		  "\n"
		  "To fix this delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n"
		  "\n"
		  "Then restart the computer.\n",
		  { "absent " CACHE, "repair " CACHE, NULL },
		  { "asks nothing", NULL } },
		{ "a remark in brackets under the key is no part of its name",
		  "\n"
		  "To resolve this problem, create the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n"
		  "   (Create the Frob key first if it does not exist.)\n"
		  "\n"
		  "Then restart the computer.\n",
		  { "check " CACHE, "repair " CACHE, NULL },
		  { "may go on", NULL } },
		{ "a sentence under the key is no part of its name",
		  "\n"
		  "To resolve this problem, verify that the following registry key exists:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n"
		  "   If it is missing, reinstall Frob.\n",
		  { "check " CACHE, NULL },
		  { "may go on", "repair " CACHE, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Second-round cases: an aside or "the following:" does not cut a
 * negation or a modal off the verb; "you will add" is the reader's
 * step, "Setup will then add" is not, and "you might need to delete"
 * is the reader's need as "you may need to" is; "make this change the ..." is a
 * noun, "this change CacheSize to 0" a verb; a short key line followed
 * by a fragment was ended by its writer, not wrapped. */
static void test_asides_modals_and_short_key_lines(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Do not, so to speak, delete the following registry key:'",
		  "\n"
		  "Do not, so to speak, delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n",
		  { NULL },
		  { "repair " CACHE, NULL } },
		{ "'Don't, so to speak, delete the following registry key:'",
		  "\n"
		  "Don't, so to speak, delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n",
		  { NULL },
		  { "repair " CACHE, NULL } },
		{ "'Never do the following: delete the registry key'",
		  "\n"
		  "Never do the following: delete the registry key\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n",
		  { NULL },
		  { "repair " CACHE, NULL } },
		{ "'You will add the following value:' is the reader's step",
		  "\n"
		  "Start Registry Editor. You will add the following value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "   Value Name: FrobLevel\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 1\n",
		  { "repair " FROBPAR "|FrobLevel", NULL },
		  { NULL } },
		{ "'Setup will then add the following value:' is told",
		  "\n"
		  "Setup will then add the following value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "   Value Name: FrobLevel\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 1\n",
		  { NULL },
		  { "repair " FROBPAR "|FrobLevel", NULL } },
		{ "'After you make this change the service reads ...' asks nothing",
		  "\n"
		  "The frob service reads its settings from the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "   Value Name: FrobLevel\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 0\n"
		  "\n"
		  "After you make this change the frob service reads the new level.\n",
		  { NULL },
		  { "repair " FROBPAR "|FrobLevel", NULL } },
		{ "'To work around this change FrobLevel to 0 under the following key:' asks",
		  "\n"
		  "To work around this change FrobLevel to 0 under the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "   Value Name: FrobLevel\n"
		  "   Data Type: REG_DWORD\n"
		  "   Value: 0\n",
		  { "repair " FROBPAR "|FrobLevel", NULL },
		  { NULL } },
		{ "'You might need to delete the following key:' is the reader's need (as 'may need to')",
		  "\n"
		  "You might need to delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n",
		  { "repair " CACHE, NULL },
		  { NULL } },
		{ "'So that Frob does not stop, delete the following key:': a purpose opening the sentence",
		  "\n"
		  "So that Frob does not stop, delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n",
		  { "repair " CACHE, NULL },
		  { NULL } },
		{ "'Please do not forget to delete the following key:' is a reminder, which asks",
		  "\n"
		  "Please do not forget to delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n",
		  { "repair " CACHE, NULL },
		  { NULL } },
		{ "'Frob Setup will not forget to delete the following key:' asks nothing",
		  "\n"
		  "Frob Setup will not forget to delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n",
		  { NULL },
		  { "repair " CACHE, NULL } },
		{ "'Frob Setup might delete the following key:' is told",
		  "\n"
		  "Frob Setup might delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n",
		  { NULL },
		  { "repair " CACHE, NULL } },
		{ "'Back up the registry in case you need to delete the following key:' asks nothing",
		  "\n"
		  "Back up the registry in case you need to delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n",
		  { NULL },
		  { "repair " CACHE, NULL } },
		{ "a short key line over '   on every server' is not wrapped",
		  "\n"
		  "Create the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n"
		  "   on every server\n"
		  "\n"
		  "Then restart the computer.\n",
		  { "check " CACHE, "repair " CACHE, NULL },
		  { "may go on", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define PEERS FROB "\\Client\\Preferred Servers"

/* One test of a wrapped name (imp_key_runs_on()): a key's line goes on
 * with its name below when the break falls at a backslash, inside a
 * placeholder, or at a space near the width a writer wraps at; under a
 * shorter key line the fragment is no part of the name.  A delete and
 * the walk up to a lead-in ask more widely (imp_line_under_key()): any
 * line set under a key is the key's, so a remark, a name or a value
 * under it neither hides the lead-in from the next key nor lets the key
 * above be deleted as read (it is reviewed). */
static void test_one_test_of_a_wrapped_name(void **state)
{
	static const struct draft_case cases[] = {
		{ "a remark under a short key of a delete's list: the key reviewed, the next key deleted",
		  "\n"
		  "1. Delete the following registry keys:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n"
		  "   on every frob server\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "2. Restart the frob service.\n",
		  { "absent " FROBSVC, "repair " FROBSVC, "review 20", NULL },
		  { "absent " CACHE, "repair " CACHE, "check " CACHE " on", NULL } },
		{ "a long key of a delete's list wrapped at a space: deleted whole, the next key too",
		  "\n"
		  "1. Delete the following registry keys:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Client\\Preferred Servers\\Wobble\n"
		  "   Cache\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "2. Restart the frob service.\n",
		  { "absent " PEERS "\\Wobble Cache", "repair " PEERS "\\Wobble Cache", "absent " FROBSVC,
		    "repair " FROBSVC, NULL },
		  { "absent " PEERS "\\Wobble", NULL } },
		{ "a long key wrapped into words of its name: not deleted as read, the next key is",
		  "\n"
		  "1. Delete the following registry keys:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Client\\Preferred Servers\\Peer List\n"
		  "   for site xyz\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "2. Restart the frob service.\n",
		  { "absent " FROBSVC, "repair " FROBSVC, NULL },
		  { "absent " PEERS "\\Peer List", "repair " PEERS "\\Peer List", NULL } },
		{ "a short key line broken inside a GUID goes on: no check or create on the part read",
		  "\n"
		  "Create the following registry key:\n"
		  "\n"
		  "   HKLM\\SOFTWARE\\Frobco\\{0A1B2C3D-\n"
		  "   1111-2222-3333-444455556666}\n"
		  "\n"
		  "Then restart the computer.\n",
		  { "review 20: the line after it may go on", NULL },
		  { "repair HKLM\\SOFTWARE\\Frobco\\{0A1B2C3D-", "check HKLM\\SOFTWARE\\Frobco\\{0A1B2C3D-", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_lead_in_deleting_listed_keys_governs_each_key),
		cmocka_unit_test(test_a_lead_in_that_does_not_delete_the_listed_key_deletes_nothing),
		cmocka_unit_test(test_a_lead_in_deleting_a_named_value_from_the_key_below),
		cmocka_unit_test(test_a_key_only_opened_is_no_check_of_its_own),
		cmocka_unit_test(test_a_lead_in_governs_every_key_of_a_long_list),
		cmocka_unit_test(test_a_negation_in_a_clause_before_the_verb_leaves_the_ask),
		cmocka_unit_test(test_a_passive_set_verb_asks_nothing),
		cmocka_unit_test(test_a_set_word_after_a_determiner_asks_nothing),
		cmocka_unit_test(test_a_key_whose_name_may_go_on_is_no_check),
		cmocka_unit_test(test_what_the_readings_of_a_lead_in_must_not_lose_or_add),
		cmocka_unit_test(test_asides_modals_and_short_key_lines),
		cmocka_unit_test(test_one_test_of_a_wrapped_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
