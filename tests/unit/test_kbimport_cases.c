/* test_kbimport_cases.c: cases a draft cannot carry
 * (core/kbimport_cases.c).  Guides C7 and C8 draft each alternative and
 * each conditional fix as a fact; the article line that carries the case
 * gets a review item naming the fixes it concerns, and no fact is added
 * or dropped.  Each case is a small article written here in our own
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

/* A lead-in that offers a choice of ways, or headings that number them:
 * fixes under two items or more are alternatives.  Not a symptom to
 * pick, "all of the following", one method's steps, or one heading. */
static void test_fixes_under_two_offered_ways_are_alternatives(void **state)
{
	static const struct draft_case cases[] = {
		{ "a lead-in that offers either of two methods, a fix under each bullet",
		  "\n"
		  "To work around this problem, use either of the following methods:\n"
		  "\n"
		  " - Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "      StrictNames: REG_SZ: YES\n"
		  "\n"
		  " - Set the following registry value instead:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "      LooseNames: REG_SZ: NO\n",
		  { "review 18: fall under different items", "review 18: 'fix-strictnames' and 'fix-loosenames'", "repairs 2", NULL },
		  { NULL } },
		{ "numbered headings, a fix under each",
		  "\n"
		  "Method 1\n"
		  "--------\n"
		  "\n"
		  "Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n"
		  "\n"
		  "Method 2\n"
		  "--------\n"
		  "\n"
		  "Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "   LooseNames: REG_SZ: NO\n",
		  { "review 18: fall under different numbered ways", "repairs 2", NULL },
		  { NULL } },
		{ "'do one of the following:' with a fix under each bullet",
		  "\n"
		  "To resolve this problem, do one of the following:\n"
		  "\n"
		  " - Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "      StrictNames: REG_SZ: YES\n"
		  "\n"
		  " - Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "      LooseNames: REG_SZ: NO\n",
		  { "review 18: fall under different items", NULL },
		  { NULL } },
		{ "one of the following error messages is no choice of ways",
		  "\n"
		  "You may receive one of the following error messages:\n"
		  "\n"
		  " - Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "      StrictNames: REG_SZ: YES\n"
		  "\n"
		  " - Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "      LooseNames: REG_SZ: NO\n",
		  { "repairs 2", NULL },
		  { "fall under different", NULL } },
		{ "'do all of the following' is no choice",
		  "\n"
		  "To resolve this problem, do all of the following:\n"
		  "\n"
		  " - Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "      StrictNames: REG_SZ: YES\n"
		  "\n"
		  " - Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "      LooseNames: REG_SZ: NO\n",
		  { "repairs 2", NULL },
		  { "fall under different", NULL } },
		{ "the numbered steps of one method are no alternatives",
		  "\n"
		  "To work around this problem, use either of the following methods:\n"
		  "\n"
		  " - Edit the registry:\n"
		  "\n"
		  "   1. Set the following registry value:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "         StrictNames: REG_SZ: YES\n"
		  "\n"
		  "   2. Set the following registry value:\n"
		  "\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "         LooseNames: REG_SZ: NO\n"
		  "\n"
		  " - Install the latest service pack.\n",
		  { "repairs 2", NULL },
		  { "fall under different", NULL } },
		{ "fixes under one numbered heading only",
		  "\n"
		  "Method 1\n"
		  "--------\n"
		  "\n"
		  "Set the following registry values:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "   LooseNames: REG_SZ: NO\n"
		  "\n"
		  "Method 2\n"
		  "--------\n"
		  "\n"
		  "Install the latest service pack.\n",
		  { "repairs 2", NULL },
		  { "fall under different", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A line naming the machine, role, platform or version the steps under
 * it are for, when another fix falls under another scope or none. */
static void test_fixes_under_a_scope_line_hold_for_that_scope(void **state)
{
	static const struct draft_case cases[] = {
		{ "a fix on the server and one on the client, each under its scope line",
		  "\n"
		  "On the server, set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n"
		  "\n"
		  "On the client computers, set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "   LooseNames: REG_SZ: NO\n",
		  { "review 18: fix 'fix-strictnames' under this line", "review 23: fix 'fix-loosenames' under this line", "repairs 2", NULL },
		  { NULL } },
		{ "a 'For <platform> clients, ...:' lead-in under a general fix",
		  "\n"
		  "Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n"
		  "\n"
		  "For Windows 95 clients, the setting must also be as follows:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "   LooseNames: REG_SZ: NO\n",
		  { "review 23: fix 'fix-loosenames' under this line", "repairs 2", NULL },
		  { "review 18: fix", NULL } },
		{ "underlined headings that name versions",
		  "\n"
		  "Windows NT 4.0-based servers\n"
		  "----------------------------\n"
		  "\n"
		  "Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n"
		  "\n"
		  "Windows 2000-based servers\n"
		  "--------------------------\n"
		  "\n"
		  "Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "   LooseNames: REG_SZ: NO\n",
		  { "review 18: only for the machine", "review 26: only for the machine", NULL },
		  { NULL } },
		{ "a purpose on a computer: 'To do this on the client computer, ...:'",
		  "\n"
		  "Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n"
		  "\n"
		  "To do this on the client computer, set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "   LooseNames: REG_SZ: NO\n",
		  { "review 23: fix 'fix-loosenames' under this line", NULL },
		  { NULL } },
		{ "bullets whose lead-ins say where their steps run",
		  "\n"
		  " - Set the following registry value on the server:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "      StrictNames: REG_SZ: YES\n"
		  "\n"
		  " - Set the following registry value on the client computers in the registry:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "      LooseNames: REG_SZ: NO\n",
		  { "review 18: fix 'fix-strictnames' under this line", "review 23: fix 'fix-loosenames' under this line", "repairs 2", NULL },
		  { NULL } },
		{ "'on all nodes' or 'on BOTH nodes' is every machine, no case",
		  "\n"
		  "Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n"
		  "\n"
		  "On all nodes, set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "   LooseNames: REG_SZ: NO\n",
		  { "repairs 2", NULL },
		  { "only for the machine", NULL } },
		{ "a plain 'To resolve this problem, follow these steps:' names no scope",
		  "\n"
		  "To resolve this problem, follow these steps:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n"
		  "\n"
		  "To finish, set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "   LooseNames: REG_SZ: NO\n",
		  { "repairs 2", NULL },
		  { "only for the machine", NULL } },
		{ "every fix under one scope line",
		  "\n"
		  "On the server, set the following registry values:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "   LooseNames: REG_SZ: NO\n",
		  { "repairs 2", NULL },
		  { "only for the machine", NULL } },
		{ "'For more information' and 'On the Edit menu' name no scope",
		  "\n"
		  "For more information about Windows NT servers, see the following:\n"
		  "\n"
		  "On the Edit menu, click Add Value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n"
		  "\n"
		  "Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n"
		  "   LooseNames: REG_SZ: NO\n",
		  { "repairs 2", NULL },
		  { "only for the machine", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A sentence right after a value fix giving the value another datum for
 * a case. */
static void test_another_datum_for_a_case_after_a_value_fix(void **state)
{
	static const struct draft_case cases[] = {
		{ "a NOTE right after a value step gives it another datum for a case",
		  "\n"
		  "Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   MaxThreads: REG_DWORD: 4\n"
		  "\n"
		  "NOTE: If the server has more than four processors, set this value to 8 instead.\n",
		  { "review 23: the data depends on the case", "repair HKLM\\SOFTWARE\\Frobnitz\\Server|MaxThreads", NULL },
		  { NULL } },
		{ "'when ..., use N' after a value step",
		  "\n"
		  "Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   MaxThreads: REG_DWORD: 4\n"
		  "\n"
		  "IMPORTANT: When a proxy server is used, use 16.\n",
		  { "review 23: gives 16 for a case", NULL },
		  { NULL } },
		{ "a range, the same datum again or a datum far below are no case",
		  "\n"
		  "Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   MaxThreads: REG_DWORD: 4\n"
		  "\n"
		  "NOTE: The value may range from 1 to 64.\n"
		  "If you reinstall the program, set this value to 4 again.\n"
		  "\n"
		  "Restart the computer.\n"
		  "\n"
		  "\n"
		  "\n"
		  "\n"
		  "\n"
		  "\n"
		  "\n"
		  "\n"
		  "\n"
		  "If the server is busy, set the value to 8.\n",
		  { "repairs 1", NULL },
		  { "depends on the case", NULL } },
		{ "what each datum means is no case's datum",
		  "\n"
		  "Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   MaxThreads: REG_DWORD: 4\n"
		  "\n"
		  "NOTE: If this value is set to 0, the agent uses one thread; when it is\n"
		  "set to 2 the agent uses two.\n",
		  { "repairs 1", NULL },
		  { "depends on the case", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The value steps the made-up articles below use: a key and a value on
 * two lines, as an article sets them. */
#define SET_STRICT "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n   StrictNames: REG_SZ: YES\n"
#define SET_LOOSE "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Client\n   LooseNames: REG_SZ: NO\n"
#define SET_REBUILD "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Cache\n   Rebuild: REG_DWORD: 1\n"
#define SET_THREADS "Set the following registry value:\n\n   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n   MaxThreads: REG_DWORD: 4\n\n"

/* Near forms where a note would ask for a wrong repair: a follow-up step
 * for every way called an alternative, a fix for every machine given a
 * scope, a verb's "on" or a noun after a machine read as a place, and
 * another value's datum, a prohibition, a duration, a described default
 * or an undo read as a case's datum.  Each ends the list or scope sooner,
 * or gives no note; the last cases are near forms that keep theirs. */
static void test_no_note_that_asks_for_a_wrong_repair(void **state)
{
	static const struct draft_case cases[] = {
		{ "bullets at the margin: a paragraph at the margin after them is no item's",
		  "\n"
		  "To work around this problem, use one of the following methods:\n"
		  "\n"
		  "- Set the following registry value on the server:\n"
		  "\n" SET_STRICT
		  "\n"
		  "- Set the following registry value on the client:\n"
		  "\n" SET_LOOSE
		  "\n"
		  "Then set the following value, and restart the computer:\n"
		  "\n" SET_REBUILD,
		  { "review 18: 'fix-strictnames' and 'fix-loosenames' fall under", NULL },
		  { "review 0: 'fix-rebuild' fall under", "review 0: and 'fix-rebuild' fall under", NULL } },
		{ "'after either method' outside indented bullets ends the choice",
		  "\n"
		  "To work around this problem, use either of the following methods:\n"
		  "\n"
		  " - Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  " - Set the following registry value instead:\n"
		  "\n" SET_LOOSE
		  "\n"
		  " After you use either method, you must also set the following value:\n"
		  "\n" SET_REBUILD,
		  { "review 18: 'fix-strictnames' and 'fix-loosenames' fall under", NULL },
		  { "review 0: and 'fix-rebuild'", NULL } },
		{ "'after you use either method' ends numbered headings' ways",
		  "\n"
		  "Method 1: Edit the Registry\n"
		  "---------------------------\n"
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "Method 2: Use the Frobnitz Console\n"
		  "----------------------------------\n"
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_LOOSE
		  "\n"
		  "After you use either method, you must also set the following value:\n"
		  "\n" SET_REBUILD,
		  { "review 18: 'fix-strictnames' and 'fix-loosenames' fall under different numbered ways", NULL },
		  { "review 0: and 'fix-rebuild'", NULL } },
		{ "a lead-in for every computer ends the lead-in scope above it",
		  "\n"
		  "On the server, set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "On the client computers, set the following registry value:\n"
		  "\n" SET_LOOSE
		  "\n"
		  "Finally, set the following value on every computer, and then restart:\n"
		  "\n" SET_REBUILD,
		  { "review 18: fix 'fix-strictnames' under this line", "review 23: fix 'fix-loosenames' under this line holds", NULL },
		  { "review 0: 'fix-loosenames' and 'fix-rebuild'", NULL } },
		{ "a plain lead-in after a lead-in scope is outside it",
		  "\n"
		  "On the server, set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_LOOSE,
		  { "review 18: fix 'fix-strictnames' under this line holds", NULL },
		  { "review 0: 'fix-strictnames' and 'fix-loosenames' under", NULL } },
		{ "the 'on' of a verb is no place: 'turn on the computer', 'log on to the server'",
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "Shut down the computer, reseat the adapter, turn on the computer, and\n"
		  "then set the following registry value:\n"
		  "\n" SET_LOOSE
		  "\n"
		  "Log on to the server as an administrator, and set the following value:\n"
		  "\n" SET_REBUILD,
		  { "repairs 3", NULL },
		  { "only for the machine", NULL } },
		{ "a machine's word that qualifies a noun is no place: 'the server load balancer'",
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "To tune the cache on the server load balancer, set the following value:\n"
		  "\n" SET_LOOSE,
		  { "repairs 2", NULL },
		  { "only for the machine", NULL } },
		{ "'Depending on the server load' is no place",
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "Depending on the server load, you may also want to set the following value:\n"
		  "\n" SET_LOOSE,
		  { "repairs 2", NULL },
		  { "only for the machine", NULL } },
		{ "'on the server and on every client computer' is every machine",
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "On the server and on every client computer, set the following value:\n"
		  "\n" SET_LOOSE,
		  { "repairs 2", NULL },
		  { "only for the machine", NULL } },
		{ "another value named before 'value' takes the datum",
		  "\n" SET_THREADS
		  "NOTE: If the service takes too long to start, set the StartTimeout value to\n"
		  "120 as well.\n",
		  { "repairs 1", NULL },
		  { "for a case", NULL } },
		{ "a prohibition gives no datum",
		  "\n" SET_THREADS
		  "NOTE: Do not set this value to 0 on a domain controller.\n",
		  { "repairs 1", NULL },
		  { "for a case", NULL } },
		{ "a duration ('up to 60 seconds') gives no datum",
		  "\n" SET_THREADS
		  "NOTE: On a busy server, it can take up to 60 seconds before the new setting\n"
		  "takes effect.\n",
		  { "repairs 1", NULL },
		  { "for a case", NULL } },
		{ "a default described ('defaults to 2') gives no datum",
		  "\n" SET_THREADS
		  "NOTE: In Windows 2000, this value defaults to 2.\n",
		  { "repairs 1", NULL },
		  { "for a case", NULL } },
		{ "a datum when the reader's work is done undoes the fix, no case",
		  "\n" SET_THREADS
		  "When you have finished the test, set this value to 0.\n",
		  { "repairs 1", NULL },
		  { "for a case", NULL } },
		{ "must not: 'when you add this value on a platform' is a case",
		  "\n" SET_THREADS
		  "IMPORTANT: When you add this value on a computer running Windows 95, set\n"
		  "this value to 8 instead.\n",
		  { "review 23: gives 8 for a case", NULL },
		  { NULL } },
		{ "must not: the value's own name before 'value' still points at it",
		  "\n" SET_THREADS
		  "NOTE: If the server has eight processors, set the MaxThreads value to 8.\n",
		  { "review 23: gives 8 for a case", NULL },
		  { NULL } },
		{ "'from' that is no range: 'If you upgraded the server from Windows NT 3.51, ...'",
		  "\n" SET_THREADS
		  "NOTE: If you upgraded the server from Windows NT 3.51, set this value to 8 instead.\n",
		  { "review 23: gives 8 for a case", NULL },
		  { NULL } },
		{ "must not: 'from 4 to 8' is an old datum and a new",
		  "\n" SET_THREADS
		  "NOTE: If the server is busy, change this value from 4 to 8.\n",
		  { "repairs 1", NULL },
		  { "for a case", NULL } },
		{ "must not: a case's clause may say 'not' ('If the service does not start, set ...')",
		  "\n" SET_THREADS
		  "NOTE: If the service does not start, set this value to 2 instead.\n",
		  { "review 23: gives 2 for a case", NULL },
		  { NULL } },
		{ "must not: a heading scope keeps the lead-ins under it",
		  "\n"
		  "Windows NT 4.0-based servers\n"
		  "----------------------------\n"
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "Then set the following registry value:\n"
		  "\n" SET_REBUILD
		  "\n"
		  "Windows 2000-based servers\n"
		  "--------------------------\n"
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_LOOSE,
		  { "review 18: fixes 'fix-strictnames' and 'fix-rebuild' under this line", NULL },
		  { NULL } },
		{ "a heading scope ends at a lead-in for every computer",
		  "\n"
		  "Windows NT 4.0-based servers\n"
		  "----------------------------\n"
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "Then set the following registry value on all computers:\n"
		  "\n" SET_REBUILD,
		  { "review 18: fix 'fix-strictnames' under this line holds", NULL },
		  { "review 0: and 'fix-rebuild'", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Scope and choice forms beyond "For"/"On" lead-ins and bullets: a step's
 * mark before "For ...", "In <platform>," and "If you run <platform>,"
 * lead-ins, and numbered items under a lead-in offering a choice.  Not
 * "In the Registry Editor" or "If you use the server as a router". */
static void test_more_scope_and_choice_forms(void **state)
{
	static const struct draft_case cases[] = {
		{ "a step's mark before 'For <platform> clients, ...:'",
		  "\n"
		  "1. For Windows 95 clients, set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "2. For Windows NT Workstation clients, set the following registry value:\n"
		  "\n" SET_LOOSE,
		  { "review 18: fix 'fix-strictnames' under this line", "review 23: fix 'fix-loosenames' under this line", NULL },
		  { NULL } },
		{ "'In <platform>, set ...:' lead-ins",
		  "\n"
		  "In Windows NT 4.0, set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "In Windows 2000, set the following registry value instead:\n"
		  "\n" SET_LOOSE,
		  { "review 18: fix 'fix-strictnames' under this line", "review 23: fix 'fix-loosenames' under this line", NULL },
		  { NULL } },
		{ "'If you run <platform>, set ...:' lead-ins",
		  "\n"
		  "If you run Windows 95, set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "If you are using Windows NT 4.0, set the following registry value:\n"
		  "\n" SET_LOOSE,
		  { "review 18: fix 'fix-strictnames' under this line", "review 23: fix 'fix-loosenames' under this line", NULL },
		  { NULL } },
		{ "must not: 'In the Registry Editor' and 'If you use the server as a router' name no scope",
		  "\n"
		  "In the Registry Editor, set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "If you use the server as a router, set the following registry value:\n"
		  "\n" SET_LOOSE,
		  { "repairs 2", NULL },
		  { "only for the machine", NULL } },
		{ "a lead-in of three lines names its scope on the third",
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "To keep the name checks from timing out when many users log on at\n"
		  "the same hour, add the following registry value to the registry\n"
		  "on the Windows NT 4.0 domain controllers:\n"
		  "\n" SET_LOOSE,
		  { "review 23: fix 'fix-loosenames' under this line", NULL },
		  { "review 18: fix", NULL } },
		{ "must not: a lead-in of three lines for every computer",
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "To keep the name checks from timing out when many users log on at\n"
		  "the same hour, add the following registry value to the registry\n"
		  "on all computers:\n"
		  "\n" SET_LOOSE,
		  { "repairs 2", NULL },
		  { "only for the machine", NULL } },
		{ "numbered items under a lead-in that offers a choice",
		  "\n"
		  "To work around this problem, use one of the following methods:\n"
		  "\n"
		  "1. Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "2. Set the following registry value:\n"
		  "\n" SET_LOOSE,
		  { "review 18: 'fix-strictnames' and 'fix-loosenames' fall under different items", NULL },
		  { NULL } },
		{ "must not: numbered steps under a plain lead-in are one way",
		  "\n"
		  "To work around this problem, follow these steps:\n"
		  "\n"
		  "1. Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "2. Set the following registry value:\n"
		  "\n" SET_LOOSE,
		  { "repairs 2", NULL },
		  { "alternatives", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Second review: a datum note must be the fix's own value's, for a case,
 * and the datum itself.  Each "must not" gave a note that asked for a
 * wrong datum. */
static void test_datum_note_is_the_values_own(void **state)
{
	static const struct draft_case cases[] = {
		{ "must not: the next fix's lead-in gives its own datum",
		  "\n" SET_THREADS
		  "NOTE: If the problem persists, set the following value to 1 as well:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_DWORD: 1\n",
		  { "repairs 2", NULL },
		  { "for a case", NULL } },
		{ "must not: a bare other name before 'to'",
		  "\n" SET_THREADS
		  "NOTE: If it still stops responding, set StartTimeout to 120 as well.\n",
		  { "repairs 1", NULL },
		  { "for a case", NULL } },
		{ "must not: 'the value named X' and a described value",
		  "\n" SET_THREADS
		  "NOTE: If the link is slow, set the value named StartTimeout to 120.\n"
		  "If the link is slow, set the Frobnitz service's wait value to 8.\n",
		  { "repairs 1", NULL },
		  { "for a case", NULL } },
		{ "must not: another value named at the end of a long case clause",
		  "\n" SET_THREADS
		  "NOTE: If the server still stops responding after the threads are raised, and the event log shows that the wait for the name service ran out before the name service answered the first request of the day, which happens most often on the first start after a long idle time on a busy network with many clients, set the StartTimeout value to 120 as well.\n",
		  { "repairs 1", NULL },
		  { "for a case", NULL } },
		{ "the fix's own name or a pointer right before 'to' still gives a note",
		  "\n" SET_THREADS
		  "NOTE: If the server has eight processors, set MaxThreads to 8.\n",
		  { "review 23: gives 8 for a case", NULL },
		  { NULL } },
		{ "a data type between the pointer and 'value' still points at it",
		  "\n" SET_THREADS
		  "NOTE: If the server has eight processors, set this DWORD value to 8.\n",
		  { "review 23: gives 8 for a case", NULL },
		  { NULL } },
		{ "must not: an undo after the work ('no longer', 'is complete')",
		  "\n" SET_THREADS
		  "If you no longer need the extra threads, set this value to 1.\n"
		  "When the test is complete, set this value to 2 and restart the service.\n",
		  { "repairs 1", NULL },
		  { "for a case", NULL } },
		{ "must not: a factor, a unit or a bound is no datum",
		  "\n" SET_THREADS
		  "If the server is busy, set this value to 2 times the number of processors.\n"
		  "If the server is busy, set this value to 16 MB.\n"
		  "If the server is busy, you can set this value to any number up to 32.\n",
		  { "repairs 1", NULL },
		  { "for a case", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Second review: a choice or a scope note must not take in a step every
 * way or every machine needs, nor read a choice or a scope the lead-in
 * does not offer. */
static void test_choice_and_scope_notes_keep_required_fixes(void **state)
{
	static const struct draft_case cases[] = {
		{ "must not: a choice's words outside the clause the colon closes",
		  "\n"
		  "To make the server accept one of the following methods of logon, follow these steps:\n"
		  "\n"
		  "1. Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "2. Set the following registry value:\n"
		  "\n" SET_LOOSE
		  "\n"
		  "If you have already tried either of the following methods, follow these steps:\n"
		  "\n"
		  "1. Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "2. Set the following registry value:\n"
		  "\n" SET_REBUILD,
		  { "repairs 3", NULL },
		  { "alternatives", "fall under different", NULL } },
		{ "a step for every computer after numbered ways stays out of the choice",
		  "\n"
		  "To work around this problem, use one of the following methods:\n"
		  "\n"
		  "1. Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "2. Set the following registry value:\n"
		  "\n" SET_LOOSE
		  "\n"
		  "3. When you have finished, set the following registry value on all computers:\n"
		  "\n" SET_REBUILD
		  "\n"
		  "Regardless of the method you use, restart the computer.\n",
		  { "review 0: 'fix-strictnames' and 'fix-loosenames' fall under different items", NULL },
		  { "review 0: and 'fix-rebuild'", NULL } },
		{ "'regardless of the method' after numbered headings ends the ways",
		  "\n"
		  "Method 1\n"
		  "--------\n"
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "Method 2\n"
		  "--------\n"
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_LOOSE
		  "\n"
		  "Regardless of the method you use, you must also set the following value on every computer:\n"
		  "\n" SET_REBUILD,
		  { "review 0: 'fix-strictnames' and 'fix-loosenames' fall under different numbered ways", NULL },
		  { "review 0: and 'fix-rebuild'", NULL } },
		{ "must not: an excepted machine or a lead-in for every computer is no scope",
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "Except on the domain controllers, set the following registry value as well:\n"
		  "\n" SET_LOOSE
		  "\n"
		  "Because this value is not read on the domain controllers, set the following value on every computer instead:\n"
		  "\n" SET_REBUILD,
		  { "repairs 3", NULL },
		  { "only for the machine", NULL } },
		{ "must not: the server and the client computers are every machine",
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "On the server and the client computers, set the following registry value:\n"
		  "\n" SET_LOOSE,
		  { "repairs 2", NULL },
		  { "only for the machine", NULL } },
		{ "a paragraph for either version ends the version headings' scope",
		  "\n"
		  "Windows NT 4.0\n"
		  "--------------\n"
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "Windows 2000\n"
		  "------------\n"
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_LOOSE
		  "\n"
		  "For either version, also set the following registry value:\n"
		  "\n" SET_REBUILD,
		  { "review 18: fix 'fix-strictnames' under this line", NULL },
		  { "review 0: 'fix-loosenames' and 'fix-rebuild'", NULL } },
		{ "an indented lead-in for every computer ends the lead-in scope above it",
		  "\n"
		  "Set the following registry value:\n"
		  "\n" SET_LOOSE
		  "\n"
		  "On the server, set the following registry value:\n"
		  "\n" SET_STRICT
		  "\n"
		  "   NOTE: Also set the following value, which every computer needs:\n"
		  "\n" SET_REBUILD,
		  { "review 23: fix 'fix-strictnames' under this line holds", NULL },
		  { "review 0: 'fix-strictnames' and 'fix-rebuild'", NULL } },
		{ "a lead-in at the margin ends the scope of a margin bullet above it",
		  "\n"
		  "- Set the following registry value on the server:\n"
		  "\n" SET_STRICT
		  "\n"
		  "- Set the following registry value on the client:\n"
		  "\n" SET_LOOSE
		  "\n"
		  "Then set the following value, and restart the computer:\n"
		  "\n" SET_REBUILD,
		  { "review 23: fix 'fix-loosenames' under this line holds", NULL },
		  { "review 0: 'fix-loosenames' and 'fix-rebuild'", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* A choice of ways with the registry fix under one of them only: the
 * other ways change no value, so no second fix shows the choice; the
 * fix is still one way, and the draft says so.  One way's steps alone,
 * or "do all of the following", say nothing. */
/* Two bullets under a lead-in: a service pack, then a registry value. */
#define SP_THEN_VALUE \
	"\n" \
	" - Install the latest frob service pack.\n" \
	"\n" \
	" - Set the following registry value:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n" \
	"      StrictNames: REG_SZ: YES\n"

static void test_a_fix_under_one_way_of_several(void **state)
{
	static const struct draft_case cases[] = {
		{ "numbered headings: a vendor update, then the registry",
		  "\n"
		  "Method 1\n"
		  "--------\n"
		  "\n"
		  "Ask the frob board's maker for an updated driver.\n"
		  "\n"
		  "Method 2\n"
		  "--------\n"
		  "\n"
		  "Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n",
		  { "review 18: fix 'fix-strictnames' under one of the 2 numbered ways", "repairs 1", NULL },
		  { NULL } },
		{ "'try one of the following methods:' with the fix under its second bullet",
		  "\n"
		  "To work around this problem, try one of the following methods:\n"
		  SP_THEN_VALUE,
		  { "review 18: fix 'fix-strictnames' under one of the 2 items of the choice", "repairs 1", NULL },
		  { NULL } },
		{ "'do all of the following' offers no choice",
		  "\n"
		  "To resolve this problem, do all of the following:\n"
		  SP_THEN_VALUE,
		  { "repairs 1", NULL },
		  { "under one of the", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Every fix under one scope line that names a version or a platform: the
 * draft holds no fix for another case, yet the fix is still for that
 * case only, so the draft says so; a role alone, or no scope line, gets
 * no note. */
static void test_every_fix_under_one_scope_line(void **state)
{
	static const struct draft_case cases[] = {
		{ "a version's underlined heading over the only fix",
		  "\n"
		  "Frobnitz Server 5.0\n"
		  "-------------------\n"
		  "\n"
		  "Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n",
		  { "review 18: fix 'fix-strictnames' under this line holds only for the version", "repairs 1", NULL },
		  { NULL } },
		{ "'For Windows NT 3.51, ...:' over the only fix",
		  "\n"
		  "For Windows NT 3.51, set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n",
		  { "review 18: fix 'fix-strictnames' under this line holds only", "repairs 1", NULL },
		  { NULL } },
		{ "a role alone ('On the domain controllers, ...:') is the article's own case: no note",
		  "\n"
		  "On the domain controllers, set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n",
		  { "repairs 1", NULL },
		  { "under this line", NULL } },
		{ "no scope line: no note",
		  "\n"
		  "Set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Server\n"
		  "   StrictNames: REG_SZ: YES\n",
		  { "repairs 1", NULL },
		  { "under this line", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixes_under_two_offered_ways_are_alternatives),
		cmocka_unit_test(test_a_fix_under_one_way_of_several),
		cmocka_unit_test(test_fixes_under_a_scope_line_hold_for_that_scope),
		cmocka_unit_test(test_every_fix_under_one_scope_line),
		cmocka_unit_test(test_another_datum_for_a_case_after_a_value_fix),
		cmocka_unit_test(test_no_note_that_asks_for_a_wrong_repair),
		cmocka_unit_test(test_more_scope_and_choice_forms),
		cmocka_unit_test(test_datum_note_is_the_values_own),
		cmocka_unit_test(test_choice_and_scope_notes_keep_required_fixes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
