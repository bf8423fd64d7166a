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
 * another method, another problem's part ("Problem 2:", a sub-heading
 * such as "Error 1058 ...") or alternative ("do one of the following").
 * Each case imports a small article
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
/* Lines of a long step: ten of them run past the paragraph buffer. */
#define LOG_LINES \
	"\n   The log names each file that the agent opened, the time it opened it, the" \
	"\n   account it ran as, and the error it met, one line for each file, so that" \
	"\n   a person can see the last file the agent read before it stopped working."

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

/* The reviewer's forms of the delete and the reinstall that the pass did
 * not read: the delete's own paragraph, a component whose name holds
 * "update" or "patch", the hotfix's own key, "without restarting",
 * install wordings missing from the table, lead-ins that put the install
 * first or state it as the purpose, a section that follows, and a
 * paragraph longer than the buffer. */
static void test_reinstall_forms_once_missed_are_review(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Delete the X key, and then reinstall Frob' in one step",
		  "\n"
		  "1. Stop the Frob service.\n"
		  "\n"
		  "2. Delete the HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob key, and then\n"
		  "   reinstall Frob from the original disk.\n"
		  "\n"
		  "3. Restart the computer.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "'remove and reinstall Frob. First, delete the following keys:' in one paragraph",
		  "\n"
		  "To fix this, remove and reinstall Frob. First, delete the\n"
		  "following registry keys:\n"
		  "\n"
		  FROB_LINE
		  FROBSVC_LINE,
		  { CLEANED, "checks 0", NULL },
		  { "repair " FROB, "repair " FROBSVC, NULL } },
		{ "'Before you reinstall Frob, delete the following key:'",
		  "\n"
		  "Before you reinstall Frob, delete the following registry key:\n"
		  "\n"
		  FROB_LINE,
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "'Reinstall the Frob Dispatcher service': 'patch' inside a name is no patch",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROBSVC_LINE
		  "\n"
		  "2. Reinstall the Frob Dispatcher service.\n",
		  { CLEANED, NULL },
		  { "repair " FROBSVC, NULL } },
		{ "'Reinstall Frob Update Services': a component named for updates",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROBSVC_LINE
		  "\n"
		  "2. Reinstall Frob Update Services.\n",
		  { CLEANED, NULL },
		  { "repair " FROBSVC, NULL } },
		{ "'Reinstall the Automatic Updates client'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Reinstall the Automatic Updates client.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "'Reinstall Frob and then reapply the latest service pack': Frob goes back first",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Reinstall Frob and then reapply the latest service pack.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "the hotfix's own key deleted, then 'Install the hotfix again'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Updates\\Frob 3.0\\Q299999\n"
		  "\n"
		  "2. Install the hotfix again.\n",
		  { CLEANED, NULL },
		  { "repair HKLM\\SOFTWARE\\Frobco\\Updates", NULL } },
		{ "'Reinstall Frob. ... do not click Restart when Setup asks': no part left out",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Reinstall Frob. You do not have to restart the computer; do not click\n"
		  "   Restart when Setup asks.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "'Reinstall Frob without restarting the computer'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Reinstall Frob without restarting the computer.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "'run Setup.exe'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Insert the Frob disk, and then run Setup.exe.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "'set up Frob again'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer, and then set up Frob again.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "'continue by reinstalling Frob'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer, and then continue by reinstalling Frob.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "the NT 4.0 Network tool: 'click Add, click Frob Protocol'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROBSVC_LINE
		  "\n"
		  "2. In the Network tool, on the Protocols tab, click Add,\n"
		  "   click Frob Protocol, and then click OK.\n",
		  { CLEANED, NULL },
		  { "repair " FROBSVC, NULL } },
		{ "'click Add New Programs' in Add/Remove Programs",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. In Add/Remove Programs, click Add New Programs, click CD or Floppy,\n"
		  "   and then follow the steps to put Frob back.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "'After you reinstall Frob, restart the computer': the reinstall taken as a step",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. After you reinstall Frob, restart the computer.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "'Before you install Frob again, delete ...'",
		  "\n"
		  "Before you install Frob again, delete the following registry key:\n"
		  "\n"
		  FROB_LINE,
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "'To reinstall Frob successfully, you must first delete the following key:'",
		  "\n"
		  "To reinstall Frob successfully, you must first delete the following\n"
		  "registry key:\n"
		  "\n"
		  FROB_LINE,
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "'Reinstall Frob. Before you do so, delete the following keys:'",
		  "\n"
		  "To fix this, reinstall Frob. Before you do so, delete the\n"
		  "following registry keys:\n"
		  "\n"
		  FROB_LINE
		  FROBSVC_LINE,
		  { CLEANED, "checks 0", NULL },
		  { "repair " FROB, "repair " FROBSVC, NULL } },
		{ "a following section whose heading names the reinstall",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer.\n"
		  "\n"
		  "REINSTALLING FROB\n"
		  "=================\n"
		  "\n"
		  "Run Setup from the Frob disk again.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "a step longer than the paragraph buffer ends 'reinstall Frob'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Turn on the Frob log." LOG_LINES LOG_LINES LOG_LINES LOG_LINES LOG_LINES
		  LOG_LINES LOG_LINES LOG_LINES LOG_LINES LOG_LINES "\n"
		  "   When the log is written, reinstall Frob from the original disk.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The reviewer's forms where the pass dropped a right delete: a key that
 * stands in the way of the install, another way to the fix, another fix's
 * lead-in, the registry warning's "reinstall Windows", and steps that
 * only look like an install ("add the group back", "click Apply again",
 * an install offered "if you still need it"). */
static void test_a_delete_the_install_does_not_write_back_stays_a_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "a policy key that blocks Setup, then 'Install Frob'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Frobco\\BlockSetup\n"
		  "\n"
		  "2. Install Frob.\n",
		  { "repair HKLM\\SOFTWARE\\Policies\\Frobco\\BlockSetup", NULL },
		  { "clean out", NULL } },
		{ "a marker of an install under way, then 'Run Setup again'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\InstallInProgress\n"
		  "\n"
		  "2. Run Setup again.\n",
		  { "repair " FROB "\\InstallInProgress", NULL },
		  { "clean out", NULL } },
		{ "'Alternatively, install Frob version 2.1'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "Alternatively, install Frob version 2.1, in which this problem is fixed.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "'Method A' / 'Method B: Install Frob 2.1'",
		  "\n"
		  "Method A: Delete the Cache Key\n"
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "Method B: Install Frob 2.1\n"
		  "\n"
		  "1. Install Frob 2.1.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "'- OR -' between the delete and the install",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "- OR -\n"
		  "\n"
		  "2. Install Frob 2.1, in which this problem is fixed.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "a platform's sub-heading between the delete and another platform's install",
		  "\n"
		  "Windows NT 4.0\n"
		  "--------------\n"
		  "\n"
		  "Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "Windows 2000\n"
		  "------------\n"
		  "\n"
		  "Remove Frob by using Add/Remove Programs, and then install Frob 2.1.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "'CASE #2:' opens another case",
		  "\n"
		  "CASE #1:\n"
		  "\n"
		  "Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "CASE #2:\n"
		  "\n"
		  "Reinstall Frob from the network share.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "an earlier paragraph's reinstall is another fix's lead-in",
		  "\n"
		  "To get a missing Frob icon back, remove Frob and install\n"
		  "it again from the disk.\n"
		  "\n"
		  "To stop the Frob agent from failing with error 1067, delete the following\n"
		  "registry key, and then restart the computer:\n"
		  "\n"
		  FROB_LINE,
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "'You do not have to delete the keys before reinstalling Frob'",
		  "\n"
		  "NOTE: You do not have to delete any Frob keys before reinstalling Frob;\n"
		  "Setup replaces them.\n"
		  "\n"
		  "To clear the error, delete the following registry key:\n"
		  "\n"
		  FROB_LINE,
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "'IMPORTANT: ... you may need to reinstall Windows'",
		  "\n"
		  "IMPORTANT: Back up the registry before you remove any key; otherwise, you may\n"
		  "need to reinstall Windows if something goes wrong.\n"
		  "\n"
		  "To resolve this problem, delete the following registry key:\n"
		  "\n"
		  FROB_LINE,
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "'if you remove the wrong key, you may have to reinstall Windows'",
		  "\n"
		  "Note that if you remove the wrong key, you may have to reinstall Windows.\n"
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "'add the Everyone group back to the list'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\Cache\n"
		  "\n"
		  "2. Right-click the Frob key, click Permissions, and then add the Everyone\n"
		  "   group back to the list.\n",
		  { "repair " FROB "\\Cache", NULL },
		  { "clean out", NULL } },
		{ "'click Apply again' is a button, not an install",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. In the Frob Properties dialog box, change the port number, click Apply\n"
		  "   again, and then click OK.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "'install Frob again if you still need it': a choice at the clause's end",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer, and then install Frob again if you still need it.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "'To install Frob again later, run Setup': a later choice",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "To install Frob again later, run Setup from the Frob disk.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "'Run Netsetup': Setup inside another program's name",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Run Netsetup from the client computer.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "'click Add' with no protocol, service or adapter chosen after it",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROBSVC_LINE
		  "\n"
		  "2. In the Network tool, click Add, and then close the dialog box.\n",
		  { "repair " FROBSVC, NULL },
		  { "clean out", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* ---- r2afix: the second-round review's forms ---------------------------- */

/* An install that belongs to another problem ("Problem 1:" labels, a
 * sub-heading such as "Error 1058 When the Service Starts") or to another
 * alternative ("do one of the following" bullets) is not the delete's:
 * the delete stays.  A sub-heading that is a stage of the same procedure
 * ("Step 2: Restart the Computer") does not end it. */
static void test_an_install_of_another_problem_or_alternative_keeps_the_delete(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Problem 1:' asks a reinstall, 'Problem 2:' deletes the key",
		  "\n"
		  "Problem 1: The Frob icon is missing from Control Panel.\n"
		  "\n"
		  "1. Remove Frob, and then install it again from the Frob CD.\n"
		  "\n"
		  "Problem 2: The Frob service does not start.\n"
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "underlined sub-headings of two problems, the reinstall under the first",
		  "\n"
		  "Missing Frob Icon\n"
		  "-----------------\n"
		  "\n"
		  "1. Remove Frob, and then install it again from the Frob CD.\n"
		  "\n"
		  "Error 1058 When the Service Starts\n"
		  "----------------------------------\n"
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "a later sub-heading of another problem, the reinstall under it",
		  "\n"
		  "Service Does Not Start\n"
		  "----------------------\n"
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer.\n"
		  "\n"
		  "Frob Icon Is Missing from Control Panel\n"
		  "---------------------------------------\n"
		  "\n"
		  "1. Remove Frob, and then install it again from the Frob CD.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "'do one of the following:' bullets, the reinstall one of them",
		  "\n"
		  "To work around this problem, do one of the following:\n"
		  "\n"
		  " - Remove Frob, and then reinstall it.\n"
		  "\n"
		  " - Delete the following registry key, and then restart the computer:\n"
		  "\n"
		  FROB_LINE,
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "must not: a 'Step 2: Restart the Computer' heading before 'Step 3: Reinstall Frob'",
		  "\n"
		  "Step 1: Delete the Frob Key\n"
		  "---------------------------\n"
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "Step 2: Restart the Computer\n"
		  "----------------------------\n"
		  "\n"
		  "1. Click Start, and then click Shut Down.\n"
		  "\n"
		  "Step 3: Reinstall Frob\n"
		  "----------------------\n"
		  "\n"
		  "1. Run the Frob package that you downloaded.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Later words that install nothing: a heading "Checking the Installation"
 * (no install word whole), a note about a reinstall to come, a wizard
 * named "Setup" that configures.  "Run Setup again" still installs. */
static void test_later_words_that_install_nothing_keep_the_delete(void **state)
{
	static const struct draft_case cases[] = {
		{ "a later heading 'Checking the Installation'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer.\n"
		  "\n"
		  "Checking the Installation\n"
		  "-------------------------\n"
		  "\n"
		  "To make sure that Frob works, open the Frob console and look at the log.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "'NOTE: After you reinstall Frob, the problem may return.'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer.\n"
		  "\n"
		  "NOTE: After you reinstall Frob, the problem may return. Repeat these steps\n"
		  "if it does.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "'Run the Network Setup Wizard to share the connection again'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer.\n"
		  "\n"
		  "3. Run the Network Setup Wizard to share the Internet connection again.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "must not: 'Run Frob Setup again from the CD'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer.\n"
		  "\n"
		  "3. Run Frob Setup again from the CD.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A key whose name holds a marker's letters ("FrobClock"), "the Windows
 * networking components", and an aside "Instead of restarting, ..." do
 * not stop the reinstall from counting: review.  A whole marker part
 * ("FrobSetupLock") and a paragraph "Instead, ..." still do. */
static void test_words_that_only_look_like_an_exception_leave_the_delete_review(void **state)
{
	static const struct draft_case cases[] = {
		{ "a key named 'FrobClock' removed and installed again",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\FrobClock\n"
		  "\n"
		  "2. Install Frob Clock again from the original CD.\n",
		  { CLEANED, NULL },
		  { "repair HKLM\\SOFTWARE\\Frobco\\FrobClock", NULL } },
		{ "'reinstall the Windows networking components that you removed'",
		  "\n"
		  "1. Delete the following registry key, and then restart the computer:\n"
		  "\n"
		  FROBSVC_LINE
		  "\n"
		  "2. In Control Panel, double-click Network, and reinstall the Windows\n"
		  "   networking components that you removed.\n",
		  { CLEANED, NULL },
		  { "repair " FROBSVC, NULL } },
		{ "an aside 'Instead of restarting, ...' before 'Reinstall Frob'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer.\n"
		  "\n"
		  "Instead of restarting, you can log off and log on again.\n"
		  "\n"
		  "3. Reinstall Frob from the Frob CD.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "must not: a marker part 'FrobSetupLock', then 'Install Frob'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\FrobSetupLock\n"
		  "\n"
		  "2. Install Frob.\n",
		  { "repair HKLM\\SOFTWARE\\Frobco\\FrobSetupLock", NULL },
		  { "clean out", NULL } },
		{ "must not: a paragraph 'Instead, reinstall Frob 2.1' after the delete",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer.\n"
		  "\n"
		  "Instead, you can reinstall Frob 2.1, in which this problem is fixed.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A step written as one line longer than any fixed buffer (over 2,000
 * bytes) is read whole: its reinstall at the end still counts. */
#define LONG_WORDS \
	" The agent keeps a copy of each file that it reads, the time that it read it, and the account" \
	" that it ran as, so that a person can see later which file it read last before it stopped."
static void test_a_step_longer_than_any_buffer_is_read_whole(void **state)
{
	static const struct draft_case cases[] = {
		{ "a one-line step of about 2,300 bytes that ends with the reinstall",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer." LONG_WORDS LONG_WORDS LONG_WORDS LONG_WORDS LONG_WORDS LONG_WORDS
		  LONG_WORDS LONG_WORDS LONG_WORDS LONG_WORDS LONG_WORDS LONG_WORDS
		  " Then reinstall Frob from the original CD.\n"
		  "   The install takes a few minutes.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Install wordings the review found unread: "Before you run Setup again,
 * delete", "double-click Setup.exe", "Reinstall Automatic Updates" (the
 * component, not an update).  A wizard double-clicked is no install. */
static void test_more_install_wordings_make_the_delete_review(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Before you run Setup again, delete the following key:'",
		  "\n"
		  "Before you run Setup again, delete the following registry key:\n"
		  "\n"
		  FROB_LINE,
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "'insert the Frob CD, and double-click Setup.exe'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer, insert the Frob CD, and double-click Setup.exe.\n",
		  { CLEANED, NULL },
		  { "repair " FROB, NULL } },
		{ "'Reinstall Automatic Updates.' (a key the install writes)",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\AutoFrob\n"
		  "\n"
		  "2. Restart the computer.\n"
		  "\n"
		  "3. Reinstall Automatic Updates.\n",
		  { CLEANED, NULL },
		  { "repair HKLM\\SOFTWARE\\Frobco\\AutoFrob", NULL } },
		{ "must not: 'double-click the Network Setup Wizard'",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROB_LINE
		  "\n"
		  "2. Restart the computer, and double-click the Network Setup Wizard icon.\n",
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
		{ "'Run the service pack again to complete the installation' after the delete: the install it finishes writes the keys",
		  "\n"
		  "1. Back up and then remove the following registry key:\n"
		  "\n"
		  FROBSVC_LINE
		  "\n"
		  "2. Run the Frob service pack again to complete the installation.\n",
		  { CLEANED, NULL },
		  { "repair " FROBSVC, NULL } },
		{ "must not: 'Run the Frob service pack again.' (no install it finishes)",
		  "\n"
		  "1. Delete the following registry key:\n"
		  "\n"
		  FROBSVC_LINE
		  "\n"
		  "2. Run the Frob service pack again.\n",
		  { "repair " FROBSVC, NULL },
		  { "clean out", NULL } },
		{ "must not: 'Before you run Setup, delete' (no 'again': the first install)",
		  "\n"
		  "Before you run Setup, delete the following registry key:\n"
		  "\n"
		  FROB_LINE,
		  { "repair " FROB, NULL },
		  { "clean out", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The title or the symptoms say the reinstall fails ("Cannot
 * Reinstall Frob", "When you attempt to reinstall Frob, ..."): the keys
 * the resolution deletes are cleaned out so that the reinstall can run,
 * and it writes them back.  Not a reinstall done ("After you reinstall
 * Frob, the agent stops"), nor one of the operating system. */
#define HEAD_OF(title, symptom) \
	ARTICLE_HEAD("Q900777", title) \
	"SYMPTOMS\n" \
	"========\n" \
	"\n" \
	symptom "\n" \
	"\n" \
	"RESOLUTION\n" \
	"==========\n"
#define DELETE_FROB \
	"\n" \
	"Delete the following registry key:\n" \
	"\n" \
	FROB_LINE

static void test_a_reinstall_the_symptoms_say_fails_makes_the_delete_review(void **state)
{
	static const struct draft_case tried_title[] = {
		{ "the title says the reinstall fails", DELETE_FROB,
		  { "review 18: the key " FROB ": the article " CLEANED, "checks 0", NULL },
		  { "repair " FROB, NULL } },
	};
	static const struct draft_case tried_symptom[] = {
		{ "the symptoms try a reinstall", DELETE_FROB,
		  { "review 18: the key " FROB ": the article " CLEANED " (line 13)", "checks 0", NULL },
		  { "repair " FROB, NULL } },
	};
	static const struct draft_case done[] = {
		{ "a reinstall done, or one of Windows: the delete stays", DELETE_FROB,
		  { "repair " FROB, NULL }, { CLEANED, NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900777.txt", HEAD_OF("Cannot Reinstall the Frob Agent", "Setup stops with an error."),
				tried_title, 1);
	draft_expect_cases_head("Q900777.txt",
				HEAD_OF("Frob Setup Error", "When you attempt to reinstall Frob, Setup stops."),
				tried_symptom, 1);
	draft_expect_cases_head("Q900777.txt",
				HEAD_OF("Agent Stops", "After you reinstall Frob, the agent stops."), done, 1);
	draft_expect_cases_head("Q900777.txt",
				HEAD_OF("Agent Stops", "The problem is not resolved when you try to reinstall Frob."),
				done, 1);
	draft_expect_cases_head("Q900777.txt",
				HEAD_OF("Agent Stops", "You cannot reinstall Windows on this server."), done, 1);
}

/* A later step or note says the deleted keys come back: a tool or the
 * service re-creates them, so the delete is a reset, not a lasting
 * absence. */
static void test_a_key_the_procedure_recreates_is_review(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Run the Frob tool.  This recreates the registry keys you deleted.'",
		  DELETE_FROB
		  "\n"
		  "2. Run the Frob tool. This recreates the registry keys that you deleted,\n"
		  "   without the old entries.\n",
		  { "review 18: the key " FROB ": the article " CLEANED " (line 22)", "checks 0", NULL },
		  { "repair " FROB, NULL } },
		{ "'The key is re-created the next time the service starts.'",
		  DELETE_FROB
		  "\n"
		  "   NOTE: This key is re-created the next time the Frob service starts.\n",
		  { "review 18: the key " FROB ": the article " CLEANED, "checks 0", NULL },
		  { "repair " FROB, NULL } },
		{ "'Run the Frob tool to re-create the Frob key.'",
		  DELETE_FROB
		  "\n"
		  "2. Run the Frob tool to re-create the Frob key with the current settings.\n",
		  { "review 18: the key " FROB ": the article " CLEANED, "checks 0", NULL },
		  { "repair " FROB, NULL } },
		{ "'This subkey is rebuilt when the Frob tool restarts.'",
		  DELETE_FROB
		  "\n"
		  "   This subkey is rebuilt when the Frob tool restarts.\n",
		  { "review 18: the key " FROB ": the article " CLEANED, "checks 0", NULL },
		  { "repair " FROB, NULL } },
		{ "must not: 'Do not run the cleanup tool; it re-creates the keys you deleted.'",
		  DELETE_FROB
		  "\n"
		  "   Do not run the cleanup tool; it re-creates the keys you deleted.\n",
		  { "repair " FROB, NULL }, { CLEANED, NULL } },
		{ "'Run the Frob tool to re-create the Frob key.' after deleting Frob and Gizmo: Gizmo stays",
		  "\n"
		  "1. Delete the following registry keys:\n"
		  "\n"
		  FROB_LINE
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Gizmo\n"
		  "\n"
		  "2. Run the Frob tool to re-create the Frob key.\n",
		  { "review 18: the key " FROB ": the article " CLEANED, "repair HKLM\\SOFTWARE\\Frobco\\Gizmo", NULL },
		  { "repair " FROB, NULL } },
		{ "must not: 'the service does not re-create the key', or a file re-created",
		  DELETE_FROB
		  "\n"
		  "   NOTE: The Frob service does not re-create this key.\n"
		  "\n"
		  "2. Run the Frob tool. This re-creates the log file.\n",
		  { "repair " FROB, NULL }, { CLEANED, NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A value deleted to clean out before a reinstall is dropped as a key is
 * (a Setup's table entry that the install writes back), citing the title
 * line when the title says the reinstall fails; a pending-operation
 * marker stays; a choice's bullet goes on over the paragraphs indented
 * under it, so the next bullet's reinstall is another way, not a step. */
static void test_a_value_deleted_to_clean_out_is_review(void **state)
{
	static const struct draft_case tried_title[] = {
		{ "a Setup table entry deleted so that the reinstall runs",
		  "\n"
		  "Remove the FrobEntry@ value from the following key:\n"
		  "\n"
		  FROB_LINE,
		  { "review 0: the value 'FrobEntry@' under " FROB ": the article " CLEANED " (line 2)", "checks 0",
		    NULL },
		  { "repair " FROB "|FrobEntry@", NULL } },
		{ "a marker of an install under way stands in its way: it stays",
		  "\n"
		  "Remove the PendingFrobOperations value from the following key:\n"
		  "\n"
		  FROB_LINE,
		  { "absent " FROB "|PendingFrobOperations", "repair " FROB "|PendingFrobOperations", NULL },
		  { CLEANED, NULL } },
	};
	static const struct draft_case choices[] = {
		{ "the second bullet of 'either of the following methods' is another way",
		  "\n"
		  "To work around this problem, use either of the following methods:\n"
		  "\n"
		  " - Use Registry Editor to delete the FrobCache value under the following key:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
		  "\n"
		  "   -or-\n"
		  "\n"
		  "   Use Registry Editor to delete the FrobCache value under the following key:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Gizmo\n"
		  "\n"
		  " - Remove the Frob agent and then reinstall it.\n",
		  { "repair " FROB "|FrobCache", "repair HKLM\\SOFTWARE\\Frobco\\Gizmo|FrobCache", NULL },
		  { CLEANED, NULL } },
	};

	(void)state;
	draft_expect_cases_head("Q900777.txt", HEAD_OF("Cannot Reinstall the Frob Agent", "Setup stops with an error."),
				tried_title, sizeof tried_title / sizeof tried_title[0]);
	draft_expect_cases_head("Q900777.txt", HEAD_OF("Agent Stops", "The agent stops."), choices,
				sizeof choices / sizeof choices[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_delete_followed_by_a_reinstall_step_is_review),
		cmocka_unit_test(test_a_lead_in_that_removes_to_reinstall_makes_the_delete_review),
		cmocka_unit_test(test_a_delete_with_no_reinstall_of_its_component_stays_a_repair),
		cmocka_unit_test(test_reinstall_forms_once_missed_are_review),
		cmocka_unit_test(test_a_delete_the_install_does_not_write_back_stays_a_repair),
		cmocka_unit_test(test_an_install_of_another_problem_or_alternative_keeps_the_delete),
		cmocka_unit_test(test_later_words_that_install_nothing_keep_the_delete),
		cmocka_unit_test(test_words_that_only_look_like_an_exception_leave_the_delete_review),
		cmocka_unit_test(test_a_step_longer_than_any_buffer_is_read_whole),
		cmocka_unit_test(test_more_install_wordings_make_the_delete_review),
		cmocka_unit_test(test_a_reinstall_the_symptoms_say_fails_makes_the_delete_review),
		cmocka_unit_test(test_a_key_the_procedure_recreates_is_review),
		cmocka_unit_test(test_a_value_deleted_to_clean_out_is_review),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
