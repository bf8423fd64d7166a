/* test_kbimport_reinstall.c: a key deleted to clean out before a
 * reinstall is no repair.  A procedure that removes the Frob keys and
 * then installs Frob again (a later step, a "Step 4: Reinstall Frob"
 * heading, or a lead-in sentence that joins the removal to the install)
 * deletes leftovers so that the install succeeds; the install writes the
 * keys back, so the delete becomes a review item naming the install's
 * line.  It stays a repair for a manual removal with no install, a
 * restart after it, an install offered as a later choice ("if you want
 * Frob later"), a service pack, a reinstall that leaves a part out, the
 * full product reinstalled over a trial's deleted key, and an install in
 * another method.  Each case imports a small article
 * written here, in our own words (the body starts at line 17). */
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
#define FROBSVC "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobSvc"
#define FROB_LINE "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
#define FROBSVC_LINE "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobSvc\n"
#define CLEANED "deletes it to clean out before a reinstall"

static void test_a_delete_followed_by_a_reinstall_step_is_review(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Remove the keys ... Restart ... Install Frob again'",
		  "\n"
		  "1. Remove the following registry keys:\n"
		  "\n"
		  FROB_LINE
		  FROBSVC_LINE
		  "\n"
		  "2. Restart the computer.\n"
		  "\n"
		  "3. Install the Frob agent again.\n",
		  { "review 18: the key " FROB ": the article " CLEANED " (line 25)", "checks 0", NULL },
		  { "repair " FROB, "repair " FROBSVC, NULL } },
		{ "'After you remove this key, reinstall Frob.' in the same paragraph as the step",
		  "\n"
		  "Use Registry Editor to delete the following key:\n"
		  "\n"
		  FROBSVC_LINE
		  "\n"
		  "After you delete this key, reinstall the Frob agent.\n",
		  { CLEANED " (line 22)", "checks 0", NULL },
		  { "repair " FROBSVC, NULL } },
		{ "a 'Step 4: Reinstall Frob' heading inside the section",
		  "\n"
		  "Step 3: Delete the Frob keys\n"
		  "----------------------------\n"
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "Step 4: Reinstall Frob\n"
		  "----------------------\n"
		  "\n"
		  "1. Run the Frob package that you downloaded.\n",
		  { CLEANED " (line 25)", NULL },
		  { "repair " FROB, NULL } },
		{ "'Add the Frob protocol back' in the network tool",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROBSVC_LINE
		  "\n"
		  "2. Restart the computer, and then add the Frob protocol back in the Network tool.\n",
		  { CLEANED " (line 22)", NULL },
		  { "repair " FROBSVC, NULL } },
		{ "'Choose Add Software and select Frob Services' in the network tool",
		  "\n"
		  "1. Remove the following registry key:\n"
		  "\n"
		  FROBSVC_LINE
		  "\n"
		  "2. Restart the computer.\n"
		  "\n"
		  "3. In the Network tool, choose Add Software and select Frob Services.\n",
		  { CLEANED " (line 24)", NULL },
		  { "repair " FROBSVC, NULL } },
		{ "'Re-run Frob Setup' after the delete",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Re-run Frob Setup.\n",
		  { CLEANED " (line 22)", NULL },
		  { "repair " FROB, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_lead_in_that_removes_to_reinstall_makes_the_delete_review(void **state)
{
	static const struct draft_case cases[] = {
		{ "'completely remove and reinstall the Frob service:' over the steps",
		  "\n"
		  "To fix this, completely remove and reinstall the Frob service:\n"
		  "\n"
		  "1. Stop the Frob service.\n"
		  "\n"
		  "2. Delete the following registry key:\n"
		  "\n"
		  FROBSVC_LINE
		  "\n"
		  "3. Restart the computer.\n",
		  { CLEANED " (line 18)", "checks 0", NULL },
		  { "repair " FROBSVC, NULL } },
		{ "'remove the component and apply it again; if Setup cannot, delete these keys'",
		  "\n"
		  "To fix this, remove the Frob component and apply it again. If Setup cannot\n"
		  "remove the component, you must remove it by hand:\n"
		  "\n"
		  "1. Remove the following registry keys:\n"
		  "\n"
		  FROB_LINE
		  FROBSVC_LINE,
		  { CLEANED " (line 18)", "checks 0", NULL },
		  { "repair " FROB, "repair " FROBSVC, NULL } },
		{ "'remove Frob and install the version that ships with Gizmo'",
		  "\n"
		  "To get the server back, remove Frob and install the version that ships\n"
		  "with Gizmo.\n"
		  "\n"
		  "1. In the registry, remove the Frob key from:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\n",
		  { CLEANED " (line 18)", NULL },
		  { "repair " FROB, NULL } },
		{ "'make sure the keys are removed before reinstalling the service'",
		  "\n"
		  "If the error appears, make sure that every Frob key is removed before\n"
		  "reinstalling the service.\n"
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROBSVC_LINE,
		  { CLEANED " (line 18)", NULL },
		  { "repair " FROBSVC, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

static void test_a_delete_with_no_reinstall_of_its_component_stays_a_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "a manual removal, no install",
		  "\n"
		  "To remove Frob by hand:\n"
		  "\n"
		  "1. Remove the following registry keys:\n"
		  "\n"
		  FROB_LINE
		  FROBSVC_LINE
		  "\n"
		  "2. Delete the Frob folder.\n",
		  { "repair " FROB, "repair " FROBSVC, NULL },
		  { "clean out", NULL } },
		{ "'Restart the computer' after the delete",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROBSVC_LINE
		  "\n"
		  "2. Restart the computer.\n",
		  { "repair " FROBSVC, NULL },
		  { "clean out", NULL } },
		{ "'If you want to use Frob later, install it again': a choice, not a step",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROBSVC_LINE
		  "\n"
		  "2. Restart the computer.\n"
		  "\n"
		  "If you want to use Frob later, install it again.\n",
		  { "repair " FROBSVC, NULL },
		  { "clean out", NULL } },
		{ "'Install Service Pack 3' after the delete: a service pack writes no removed key back",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Install Service Pack 3.\n"
		  "\n"
		  "3. Reapply SP3 for the Gizmo server.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "'Reinstall Frob. During Setup, do not select the Gizmo option': the part left out",
		  "\n"
		  "1. Remove Frob.\n"
		  "\n"
		  "2. Delete the following registry key:\n"
		  "\n"
		  FROBSVC_LINE
		  "\n"
		  "3. Reinstall Frob. During Setup, do not select the Gizmo Monitor option.\n",
		  { "repair " FROBSVC, NULL },
		  { "clean out", NULL } },
		{ "an install in the next method belongs to no step of the first",
		  "\n"
		  "Method 1: Delete the Key\n"
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "Method 2: Install the Newer Frob\n"
		  "\n"
		  "1. Install the newer Frob agent.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "a trial's key deleted, then the full product reinstalled: no trial's key comes back",
		  "\n"
		  "To resolve this issue, delete the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob Trial\n"
		  "\n"
		  "After you remove this key, reinstall Frob.\n",
		  { "repair " FROB " Trial", NULL },
		  { "clean out", NULL } },
		{ "the registry warning after the delete ('may require you to reinstall')",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "WARNING: Using Registry Editor incorrectly can cause problems that may\n"
		  "require you to reinstall your operating system.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_delete_followed_by_a_reinstall_step_is_review),
		cmocka_unit_test(test_a_lead_in_that_removes_to_reinstall_makes_the_delete_review),
		cmocka_unit_test(test_a_delete_with_no_reinstall_of_its_component_stays_a_repair),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
