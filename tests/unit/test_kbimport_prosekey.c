/* test_kbimport_prosekey.c: a key or value to delete or check named in
 * the sentence of a step (core/kbimport_prosekey.c, kbimport_infkey.c).
 * - "Remove the X key from:" over a path deletes the path's child X (or
 *   the path itself when its last name is X); "Check the X registry key
 *   that is located in the following registry key:" checks that child;
 *   "Remove the X entry located in" and "delete the value X from the
 *   following key:" over a path delete that value.
 * - "Delete the HKEY_...\X registry key from the server" in running text
 *   deletes the path as written, with a name that has a space; "remove the
 *   X key located under HKEY_... and the Y key under HKEY_..." deletes
 *   both children; "Delete the \Path key under HKEY_LOCAL_MACHINE
 *   subtree" joins the path to the root named after it.
 * - A key only mentioned, a negated delete, a delete described (not
 *   asked), the one key kept ("all the keys except the X key") and a
 *   hotfix's back-out steps draft nothing.
 * - Keys written the INF way ('HKLM,"SOFTWARE\..."', wrapped inside the
 *   quotes) are read whole: a list of them to delete is deleted, one with
 *   a value after it is listed for a person.
 * - 'add the "X" data value to the Y multi-string value' (or to a list
 *   Windows types, NullSessionPipes) is an entry added to the list.
 * - A REG_DWORD block with no data takes it from the sentence asking for
 *   it ("change the following registry parameter to 1", "Set this key to
 *   1."), not from a parameter reference's "Set this to 1 to disable X"
 *   or "If set to 1".
 * Each case imports a small article written here, in our own words (the
 * body starts at line 17). */
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

#define FROBCO "HKLM\\SOFTWARE\\Frobco"
#define FROB "HKLM\\SOFTWARE\\Frobco\\Frob"

static void test_a_key_named_over_its_parent_is_deleted_or_checked(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Remove the X key from:' over the parent deletes the child",
		  "\n"
		  "1. Stop the Frob agent.\n"
		  "\n"
		  "2. Remove the WobbleCache key from:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "3. Start the Frob agent again.\n",
		  { "absent " FROB "\\WobbleCache", "repair " FROB "\\WobbleCache", "checks 1", NULL },
		  { "absent " FROB, "could not read plainly", NULL } },
		{ "'delete the X key in the following registry key on both nodes:' (words after the place)",
		  "\n"
		  "4. Delete the Wobble key in the following registry key on both nodes:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n",
		  { "absent " FROB "\\Wobble", "repair " FROB "\\Wobble", "checks 1", NULL },
		  { "absent " FROB, NULL } },
		{ "'delete the X Y key from the Registry Editor in the following location:'",
		  "\n"
		  "To resolve this, delete the Wobble in Progress key from the Registry Editor in the\n"
		  "following location:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n",
		  { "absent " FROB "\\Wobble in Progress", "checks 1", NULL },
		  { "absent " FROB, NULL } },
		{ "'Remove the X key located in:' over a path ending in X deletes that path",
		  "\n"
		  "3. Remove the following keys from the registry:\n"
		  "\n"
		  "   a. Remove the Frob! key located in:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob!\n",
		  { "absent " FROBCO "\\Frob!", "repair " FROBCO "\\Frob!", "checks 1", NULL },
		  { "absent " FROBCO "\\Frob!\\Frob!", NULL } },
		{ "'Check the X registry key that is located in the following registry key:' checks the child",
		  "\n"
		  "10. Check the Wobble in Progress registry key that is located in the following\n"
		  "   registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n",
		  { "check " FROB "\\Wobble in Progress", "checks 1", NULL },
		  { "repair " FROB "\\Wobble in Progress", "absent " FROB "\\Wobble in Progress", NULL } },
		{ "'Check the X registry key that is located in the following registry key:' then 'If the X key is there, ... Remove it.'",
		  "\n"
		  "1. Check the Wobble registry key that is located in the following registry key:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "   If the Wobble key is there, the old agent left it behind. Remove it.\n",
		  { "repairs 0", NULL },
		  { "check " FROB "\\Wobble", NULL } },
		{ "'Check the HKEY_...\\X registry key. If it exists, delete it' is no check that it exists",
		  "\n"
		  "1. Check the HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob registry key. If it\n"
		  "   exists, delete it and restart the computer.\n",
		  { "repairs 0", NULL },
		  { "check " FROB, NULL } },
		{ "'Remove the X entry located in' over the key deletes the value",
		  "\n"
		  "   b. Remove the FROBLOG@ entry located in\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Table Files\n",
		  { "absent " FROB "\\Table Files|FROBLOG@", "repair " FROB "\\Table Files|FROBLOG@", NULL },
		  { "absent " FROB "\\Table Files", NULL } },
		{ "'delete the X value in the Y subkey under the following registry entry:' over a path ending in Y",
		  "\n"
		  "If the message persists, use Registry Editor to delete the StaticWob value in the\n"
		  "Frob subkey under the following registry entry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n",
		  { "absent " FROB "|StaticWob", "repair " FROB "|StaticWob", "checks 1", NULL },
		  { "absent " FROB, "absent " FROB "\\Frob", NULL } },
		{ "'delete the value X from following key:' (the value's name after the word, no 'the')",
		  "\n"
		  "To use boot files, apply the hotfix and use Registry Editor to delete the value\n"
		  "EnableWobBoot from following key:\n"
		  "\n"
		  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n",
		  { "absent " FROB "|EnableWobBoot", "repair " FROB "|EnableWobBoot", "checks 1", NULL },
		  { "absent " FROB, NULL } },
		{ "'Delete the value \"X=0\" from the following registry key:' names X",
		  "\n"
		  "1. Delete the value \"WobTail=0\" from the following registry key:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n",
		  { "absent " FROB "|WobTail", "repair " FROB "|WobTail", NULL },
		  { "absent " FROB "|WobTail=0", NULL } },
		{ "'you must delete the registry key' over the path deletes the path",
		  "\n"
		  "To resolve this issue, you must delete the registry key\n"
		  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob.\n"
		  "\n"
		  "Then start the Frob agent again.\n",
		  { "absent " FROB, "repair " FROB, NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_key_named_in_running_text_is_deleted_as_asked(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Delete the HKLM\\...\\X Y key.' keeps the name with a space",
		  "\n"
		  "3. Delete the Frob folder and empty the Recycle Bin.\n"
		  "\n"
		  "4. Delete the HKLM\\SOFTWARE\\Frobco\\Frob Agent key.\n"
		  "\n"
		  "5. Restart the computer.\n",
		  { "absent " FROBCO "\\Frob Agent", "repair " FROBCO "\\Frob Agent", "checks 1", NULL },
		  { "absent " FROBCO "\\Frob", NULL } },
		{ "'Delete the HKEY_...\\X registry key from the' wrapped onto the next line",
		  "\n"
		  "5. Delete the HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob registry key from the\n"
		  "   same server.\n",
		  { "absent " FROB, "repair " FROB, NULL },
		  { NULL } },
		{ "'delete the HKEY_...\\X Registry key.' (a capital 'Registry' is no part of the name)",
		  "\n"
		  "4. Delete the HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob Registry key.\n",
		  { "absent " FROB, "repair " FROB, NULL },
		  { "absent " FROB " Registry", NULL } },
		{ "'delete the HKEY_...\\X Registry Key, and then restart.'",
		  "\n"
		  "4. Delete the HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob Registry Key, and then restart.\n",
		  { "absent " FROB, NULL },
		  { "absent " FROB " Registry", NULL } },
		{ "'remove the X key located under HKEY_...\\P and the Y key under HKEY_...\\Q.'",
		  "\n"
		  "Also remove the Wobble registry key located under\n"
		  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco and the Cache key under\n"
		  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob.\n",
		  { "absent " FROBCO "\\Wobble", "absent " FROB "\\Cache", "checks 2", NULL },
		  { "absent " FROBCO, "absent " FROB, NULL } },
		{ "'Delete the \\Path key under HKEY_LOCAL_MACHINE subtree.': the root named after the path",
		  "\n"
		  "1. Run Registry Editor.\n"
		  "\n"
		  "2. Delete the \\SOFTWARE\\Frobco\\Frob key under HKEY_LOCAL_MACHINE subtree.\n"
		  "\n"
		  "3. Restart the computer.\n",
		  { "absent " FROB, "repair " FROB, "review 20: built from the path and the root", NULL },
		  { NULL } },
		{ "the same path with 'Run the Frob setup program again to re-create the key': clean-out review",
		  "\n"
		  "1. Run Registry Editor.\n"
		  "\n"
		  "2. Delete the \\SOFTWARE\\Frobco\\Frob key under HKEY_LOCAL_MACHINE subtree.\n"
		  "\n"
		  "3. Run the Frob setup program again to re-create the key.\n",
		  { "the key " FROB ": the article deletes it to clean out before a reinstall", NULL },
		  { "repair " FROB, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_key_named_but_not_asked_for_is_no_check(void **state)
{
	static const struct draft_case cases[] = {
		{ "a key only mentioned over its parent",
		  "\n"
		  "The agent keeps its state in the Wobble key located in:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n",
		  { NULL },
		  { "check " FROB "\\Wobble", "absent " FROB "\\Wobble", "repairs 1", NULL } },
		{ "'Do not delete the X key from:'",
		  "\n"
		  "2. Do not delete the Wobble key from:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n",
		  { NULL },
		  { "absent " FROB "\\Wobble", "absent " FROB, "repairs 1", NULL } },
		{ "a delete described in MORE INFORMATION",
		  "\n"
		  "Install the latest Frob update.\n"
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "The update forces Setup to delete the HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob registry\n"
		  "key when it runs, and Setup removes the Wobble key located under\n"
		  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco as well.\n",
		  { NULL },
		  { "absent " FROB, "absent " FROBCO "\\Wobble", "repairs 1", NULL } },
		{ "a relative path before its root, only described",
		  "\n"
		  "Setup creates the \\SOFTWARE\\Frobco\\Frob key under HKEY_LOCAL_MACHINE subtree.\n",
		  { NULL },
		  { "absent " FROB, "check " FROB, "repairs 1", NULL } },
		{ "'remove all the keys except for the X key from the following registry key:'",
		  "\n"
		  "Use Registry Editor to remove all the keys except for the Wobble key from the\n"
		  "following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n",
		  { NULL },
		  { "absent " FROB "\\Wobble", "absent " FROB, NULL } },
		{ "'To uninstall the update, delete the X key located in:' (back-out)",
		  "\n"
		  "To uninstall the update, delete the Q900777 key located in:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Updates\n",
		  { "repairs 0", NULL },
		  { "absent " FROB "\\Updates\\Q900777", NULL } },
		{ "'Delete the HKEY_...\\SYSTEM\\ControlSet001 key.': a container is never deleted",
		  "\n"
		  "2. Delete the HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001 key.\n",
		  { "repairs 0", NULL },
		  { "absent HKLM\\SYSTEM\\ControlSet001", NULL } },
		{ "a key deleted in a hotfix's back-out steps",
		  "\n"
		  "If you have problems with this hotfix, follow these steps to back out the\n"
		  "hotfix:\n"
		  "\n"
		  "1. Copy the old Frob.dll back to the System32 folder.\n"
		  "\n"
		  "2. Start Registry Editor and delete the Q900777 key from:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Hotfix\n",
		  { NULL },
		  { "absent " FROB "\\Hotfix\\Q900777", "absent " FROB "\\Hotfix", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* One test over the whole clause before the verb (keyact.c's
 * imp_not_asked(), which every delete reader asks): a negation anywhere in
 * it, a program's subject with "will" or a mid-sentence "when", an option
 * ("can also"), draft nothing; a condition opening the sentence keeps the
 * ask (labelling guide C8). */
static void test_a_delete_negated_or_described_anywhere_in_its_clause_is_no_check(void **state)
{
	static const struct draft_case cases[] = {
		{ "'does not, however, delete the HKEY_... registry key' (a comma between)",
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "The Frob remover does not, however, delete the HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob key.\n",
		  { "repairs 0", "checks 0", NULL },
		  { "absent " FROB, NULL } },
		{ "\"doesn't, however, delete the HKEY_... registry key\" (any \"n't\" word)",
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "The Frob remover doesn't, however, delete the HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob key.\n",
		  { "repairs 0", "checks 0", NULL },
		  { "absent " FROB, NULL } },
		{ "\"doesn't, however, delete the HKEY_... key\" with the typographic apostrophe (UTF-8)",
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "The Frob remover doesn\xe2\x80\x99t, however, delete the HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob key.\n",
		  { "repairs 0", "checks 0", NULL },
		  { "absent " FROB, NULL } },
		{ "\"Please do not forget to delete the HKEY_... key\": a reminder asks",
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "Please do not forget to delete the HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob key.\n",
		  { "absent " FROB, "repair " FROB, NULL },
		  { NULL } },
		{ "\"The remover does not forget to delete the HKEY_... key\": a program's doing, no ask",
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "The Frob remover does not forget to delete the HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob key.\n",
		  { "repairs 0", "checks 0", NULL },
		  { "absent " FROB, NULL } },
		{ "\"If the Frob service doesn't start, delete the HKEY_... key\": the opening condition keeps the ask",
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "If the Frob service doesn't start, delete the HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob key.\n",
		  { "absent " FROB, "repair " FROB, NULL },
		  { NULL } },
		{ "'Setup will then delete the HKEY_... registry key' (a subject and a modal)",
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "Frob Setup will then delete the HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob key for you.\n",
		  { "repairs 0", "checks 0", NULL },
		  { "absent " FROB, NULL } },
		{ "'Old builds of Setup, when run again, delete the HKEY_... key' (a clause inside)",
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "Old builds of Frob Setup, when run again, delete the HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob key.\n",
		  { "repairs 0", "checks 0", NULL },
		  { "absent " FROB, NULL } },
		{ "'you do not have to remove the X key located under HKEY_...'",
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "Note that you do not have to remove the Frob key located under HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco.\n",
		  { "repairs 0", "checks 0", NULL },
		  { "absent " FROB, NULL } },
		{ "'When X starts, it will then remove the X key located under HKEY_...'",
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "When the agent starts, it will then remove the Frob key located under HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco.\n",
		  { "repairs 0", "checks 0", NULL },
		  { "absent " FROB, NULL } },
		{ "'... program does not' / 'delete the \\Path key under HKEY_LOCAL_MACHINE subtree.' (the negation a line above)",
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "Unlike the old release, the new Frob removal program does not\n"
		  "delete the \\SOFTWARE\\Frobco\\Frob key under HKEY_LOCAL_MACHINE subtree.\n",
		  { "repairs 0", "checks 0", NULL },
		  { "absent " FROB, NULL } },
		{ "'2. Run Setup and then' / 'delete the \\Path key under HKEY_LOCAL_MACHINE subtree.' (the ask a line above)",
		  "\n"
		  "1. Quit the Frob agent.\n"
		  "2. Start Registry Editor, and then\n"
		  "   delete the \\SOFTWARE\\Frobco\\Frob key under HKEY_LOCAL_MACHINE subtree.\n",
		  { "absent " FROB, "repair " FROB, NULL },
		  { NULL } },
		{ "'Do not, under any circumstances, remove the X key from:' over the parent",
		  "\n"
		  "Do not, under any circumstances, remove the Frob key from:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\n",
		  { "repairs 0", "checks 0", NULL },
		  { "absent " FROB, NULL } },
		{ "'Do not, under any circumstances, delete the following key:' (an older reader's lead-in)",
		  "\n"
		  "Do not, under any circumstances, delete the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n",
		  { "repairs 0", NULL },
		  { "absent " FROB, NULL } },
		{ "'When X, Setup will then delete the following keys:' in MORE INFORMATION",
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "When the fix installs, Setup will then delete the following keys:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Old\n",
		  { "repairs 0", NULL },
		  { "absent " FROB "\\Cache", "absent " FROB "\\Old", NULL } },
		{ "'You can also manually remove the X key located in:' (an option)",
		  "\n"
		  "You can also manually remove the Frob key located in:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\n",
		  { "repairs 0", "checks 0", NULL },
		  { "absent " FROB, NULL } },
		{ "'If X is not needed, delete the X value from the following key:' (the condition keeps the ask)",
		  "\n"
		  "If the old Frob settings are not needed, delete the FrobPath value from the\n"
		  "following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n",
		  { "absent " FROB "|FrobPath", "repair " FROB "|FrobPath", NULL },
		  { NULL } },
		{ "'Using Registry Editor, remove the following keys:' ('Editor,' holds no 'or')",
		  "\n"
		  "5. Using Registry Editor, remove the following keys:\n"
		  "\n"
		  "   NOTE: Some of these keys may not exist on every computer.\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Old\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Wob_1.0_*\n"
		  "\n"
		  "6. Restart the computer.\n",
		  { "absent " FROB "\\Cache", "absent " FROB "\\Old", "repairs 2", NULL },
		  { "absent " FROBCO "\\Wob_1.0_*", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_keys_written_the_inf_way_are_read_whole(void **state)
{
	static const struct draft_case cases[] = {
		{ "a list of 'ROOT,\"path\"' keys to delete, one wrapped inside its quotes",
		  "\n"
		  "3. Locate the following registry keys, export each key to your desktop, and then\n"
		  "   delete each key from the registry:\n"
		  "\n"
		  "   HKEY_CURRENT_USER,\"SOFTWARE\\Frobco\\Frob\"\n"
		  "   HKEY_LOCAL_MACHINE,\"SOFTWARE\\Frobco\\Frob\"\n"
		  "   HKEY_LOCAL_MACHINE,\"SOFTWARE\\Frobco\\App\n"
		  "   Paths\\FROB.EXE\"\n"
		  "\n"
		  "4. Restart the computer.\n",
		  { "absent " FROB, "repair " FROB, "absent " FROBCO "\\App Paths\\FROB.EXE", "checks 2",
		    "review 21: not under HKEY_LOCAL_MACHINE", NULL },
		  { "absent " FROBCO "\\App", NULL } },
		{ "an INF line with a value after its key: listed, never drafted",
		  "\n"
		  "Add the following lines to the [AddReg] section of Frob.inf:\n"
		  "\n"
		  "   HKLM,\"SOFTWARE\\Frobco\\Frob\",\"MaxCache\",0x00010001,8\n",
		  { "review 20: written the INF way", NULL },
		  { "check " FROB "|MaxCache", "check " FROB, "repairs 1", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_an_entry_added_to_a_multi_string_value_in_words(void **state)
{
	static const struct draft_case cases[] = {
		{ "'add the \"X\" (remark) data value to the Y multi-string value in the following key:'",
		  "\n"
		  "To resolve this, use Registry Editor to add the \"FrobNet\" (without the\n"
		  "quotation marks) data value to the FrobLists multi-string value in the\n"
		  "following registry key:\n"
		  "\n"
		  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "The FrobLists value is shown as binary data in Regedit.exe, and as a REG_MULTI_SZ\n"
		  "value in Regedt32.exe.\n",
		  { "check REG_MULTI_SZ " FROB "|FrobLists = FrobNet", "repair " FROB "|FrobLists", NULL },
		  { "check " FROB, NULL } },
		{ "'Add \"X\" (remark) to the NullSessionPipes entry.' under the key located above",
		  "\n"
		  "1. Go to the following key in the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobSrv\\Parameters\n"
		  "\n"
		  "2. Add \"frobpipe\" (without the quotation marks) to the NullSessionPipes entry.\n"
		  "\n"
		  "3. Restart the computer.\n",
		  { "check REG_MULTI_SZ HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobSrv\\Parameters|NullSessionPipes = frobpipe",
		    "repair HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobSrv\\Parameters|NullSessionPipes",
		    /* the step's own line, not the blank above it (read
		     * joined to the step, which starts its own sentence) */
		    "cite: 20, 22", NULL },
		  { "cite: 20-21", NULL } },
		{ "an entry added to a value the article gives no list type for",
		  "\n"
		  "1. Go to the following key in the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "2. Add \"frobpipe\" (without the quotation marks) to the FrobPipes entry.\n",
		  { NULL },
		  { "check " FROB "|FrobPipes", "repairs 1", NULL } },
		{ "'Many administrators add \"X\" to the NullSessionPipes entry in the following key, which ...' (described)",
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "Many administrators add \"frobpipe\" to the NullSessionPipes entry in the\n"
		  "following key, which opens the pipe to anyone:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobSrv\\Parameters\n",
		  { "repairs 0", "checks 0", NULL },
		  { "check HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobSrv\\Parameters|NullSessionPipes", NULL } },
		{ "'Some programs add the \"X\" data value to the Y multi-string value in the following key:'",
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "Some programs add the \"FrobFilter\" data value to the FrobLists\n"
		  "multi-string value in the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n",
		  { "repairs 0", "checks 0", NULL },
		  { "check " FROB "|FrobLists", NULL } },
		{ "an add in a step naming no key is not the key of a later step's",
		  "\n"
		  "1. On the server, add \"frobpipe\" (without the quotation marks) to the\n"
		  "   NullSessionPipes entry of the FrobSrv service.\n"
		  "2. Restart the server.\n"
		  "3. Verify that the following key exists:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n",
		  { "check " FROB, "repairs 0", NULL },
		  { "check " FROB "|NullSessionPipes", NULL } },
		{ "'To fix this, add X to the Depend On Service list for Y:' over the procedure's steps",
		  "\n"
		  "To fix this, add the Wobble service (WobSvc) to the Depend On\n"
		  "Service list for FrobSrv:\n"
		  "\n"
		  "1. Open the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobSrv\n"
		  "\n"
		  "2. Double-click Depend on Service.\n",
		  { "check REG_MULTI_SZ HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobSrv|DependOnService = WobSvc", NULL },
		  { NULL } },
		{ "'Do not add \"X\" to the NullSessionPipes entry.'",
		  "\n"
		  "1. Go to the following key in the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobSrv\\Parameters\n"
		  "\n"
		  "2. Do not add \"frobpipe\" to the NullSessionPipes entry.\n",
		  { NULL },
		  { "check HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobSrv\\Parameters|NullSessionPipes", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_dword_s_data_said_in_the_sentence_asking_for_it(void **state)
{
	static const struct draft_case cases[] = {
		{ "'you must manually change the following registry parameter to 1 to enable X:' over a block with no data",
		  "\n"
		  "To use the Frob proxy, you must manually change the following registry\n"
		  "parameter to 1 to enable it:\n"
		  "\n"
		  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\\n"
		  "\n"
		  "   Value Name: EnableProxy\n"
		  "   Value Type: REG_DWORD\n",
		  { "check REG_DWORD " FROB "|EnableProxy = 1", "repair " FROB "|EnableProxy",
		    "review 23: read from the words asking for it", NULL },
		  { NULL } },
		{ "'change the following registry parameter to 1:' over two values: neither takes the 1",
		  "\n"
		  "To turn on logging, change the following registry parameter to 1:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "   Value Name: EnableLog\n"
		  "   Data Type: REG_DWORD\n"
		  "\n"
		  "   Value Name: LogLevel\n"
		  "   Data Type: REG_DWORD\n"
		  "   Range: 0-5\n"
		  "   Default: 3\n"
		  "\n"
		  "Restart the computer.\n",
		  { "repairs 0", NULL },
		  { "check " FROB "|LogLevel = 1", "check " FROB "|EnableLog = 1", NULL } },
		{ "'Set this key to 1.' right after a new value's range and default",
		  "\n"
		  "1. Go to the following subkey:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "2. Create a new value using the following information:\n"
		  "\n"
		  "      DisableWob  REG_DWORD\n"
		  "      Range:  0 or 1\n"
		  "      Default:  0 (Enabled)\n"
		  "\n"
		  "   Set this key to 1.\n",
		  { "check REG_DWORD " FROB "|DisableWob = 1", "repair " FROB "|DisableWob", NULL },
		  { NULL } },
		{ "a parameter reference's 'Set this to 1 (true) to disable X' is no ask",
		  "\n"
		  "The following registry entries control how the Frob agent browses:\n"
		  "\n"
		  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "DisableWobThread REG_DWORD\n"
		  "Range: 0 or 1\n"
		  "Default: 0 (false)\n"
		  "Set this to 1 (true) to disable the browse thread on this computer.\n",
		  { NULL },
		  { "check " FROB "|DisableWobThread", "repairs 1", NULL } },
		{ "'If set to 1, ...' describes the value",
		  "\n"
		  "The agent reads the following key:\n"
		  "\n"
		  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "   Value Name: EnableProxy\n"
		  "   Value Type: REG_DWORD\n"
		  "\n"
		  "If set to 1, the agent answers for its clients.\n",
		  { NULL },
		  { "check " FROB "|EnableProxy", "repairs 1", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_key_named_over_its_parent_is_deleted_or_checked),
		cmocka_unit_test(test_a_key_named_in_running_text_is_deleted_as_asked),
		cmocka_unit_test(test_a_key_named_but_not_asked_for_is_no_check),
		cmocka_unit_test(test_a_delete_negated_or_described_anywhere_in_its_clause_is_no_check),
		cmocka_unit_test(test_keys_written_the_inf_way_are_read_whole),
		cmocka_unit_test(test_an_entry_added_to_a_multi_string_value_in_words),
		cmocka_unit_test(test_a_dword_s_data_said_in_the_sentence_asking_for_it),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
