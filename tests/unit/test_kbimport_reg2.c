/* test_kbimport_reg2.c: registry forms the unseen9 set showed
 * (core/kbimport_registry.c's REGEDIT reader, kbimport_values.c,
 * kbimport_procedure.c, kbimport_asks.c): a .reg file with a stray mark
 * before a header and string data that is empty or only spaces.  Each
 * case imports a small article written here, in our own words (the body
 * starts at line 17), and says what its draft holds and must not hold
 * (struct draft_case, draft_probe.h). */
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

#define FROB_KEY "HKLM\\SOFTWARE\\Frobnitz\\Relay\\{0A1B2C3D-0000-1111-2222-333344445555}"

/* body line 17 is the blank line after the title */
static const char reg_file_with_marks[] =
	"\n"
	"To repair the relay, save the following as Relay.reg and merge it into\n"   /* 18 */
	"the registry:\n"
	"\n"
	"   REGEDIT4\n"
	"\n"
	"   *[HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Relay\\{0A1B2C3D-0000-1111-2222-333344445555}]\n" /* 23 */
	"   \"Mode\"=\"Pooled\"\n"                                                     /* 24 */
	"   \"Comment\"=\"\"\n"                                                        /* 25 */
	"   \"Label\"=\"  \"\n"                                                        /* 26 */
	"   \"Limit\"=dword:0000000a\n"                                               /* 27 */
	"\n"
	"   ;[HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Spare]\n"                        /* 29 */
	"   \"Ghost\"=\"Yes\"\n";                                                      /* 30 */

#define RELAY_PARAMS "HKLM\\SYSTEM\\CurrentControlSet\\Services\\FrobRelay\\Parameters"
#define RELAY_CLIENT "HKLM\\SOFTWARE\\Frobnitz\\FrobRelay\\Parameters"
#define SPOOLER "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Frob Spooler"
#define PANEL "HKLM\\SOFTWARE\\Frobnitz\\Policies\\Panel"

static const struct draft_case cases[] = {
	{ "a stray mark before a REGEDIT header keeps its values", reg_file_with_marks,
	  { "check " FROB_KEY "|Mode = Pooled", "repair " FROB_KEY "|Mode", "repair " FROB_KEY "|Limit",
	    "review 23: stray '*'" },
	  /* the mark is no part of the key */
	  { "check *" FROB_KEY "|Mode" } },
	{ "empty or blank REGEDIT strings are review items, not checks", reg_file_with_marks,
	  /* the rule language has no empty or all-space string data */
	  { "review 25: an empty string", "review 26: spaces only" },
	  { "check " FROB_KEY "|Comment", "check " FROB_KEY "|Label" } },
	{ "a commented-out REGEDIT header is not read", reg_file_with_marks,
	  { NULL },
	  { "check HKLM\\SOFTWARE\\Frobnitz\\Spare", "check HKLM\\SOFTWARE\\Frobnitz\\Spare|Ghost",
	    "check " FROB_KEY "|Ghost" } },
	{ "a parameter that can be configured per machine is set",
	  "\n"
	  "To make the relay answer at once, the following registry parameter can be\n"
	  "configured:\n"
	  "\n"
	  "On the relay server:\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobRelay\\Parameters\\\n"
	  "   AnswerAtOnce: REG_SZ: YES\n"
	  "\n"
	  "-OR-\n"
	  "\n"
	  "On the relay client:\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\FrobRelay\\Parameters\\\n"
	  "   AnswerAtOnce: REG_SZ: YES\n",
	  { "check " RELAY_PARAMS "|AnswerAtOnce = YES", "repair " RELAY_PARAMS "|AnswerAtOnce",
	    "repair " RELAY_CLIENT "|AnswerAtOnce" },
	  { NULL } },
	{ "enable or configure the following setting asks to set it",
	  "\n"
	  "If the relays are split by routers, then enable the following registry\n"
	  "parameter:\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobRelay\\Parameters\\\n"
	  "   : RouteAround:REG_SZ:YES\n",
	  { "repair " RELAY_PARAMS "|RouteAround" },
	  { NULL } },
	{ "a parameter the program reads is not asked for",
	  "\n"
	  "The relay reads the following registry parameter when it starts:\n"
	  "\n"
	  "On the relay server:\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\FrobRelay\\Parameters\\\n"
	  "   AnswerAtOnce: REG_SZ: YES\n",
	  { NULL },
	  /* described, not asked: no repair, whatever else is drafted */
	  { "repair " RELAY_PARAMS "|AnswerAtOnce" } },
	{ "a key after a Key: label heads its value block",
	  "\n"
	  "To turn the fix on, you must add the following registry value:\n"
	  "\n"
	  "   Key: HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Frob Spooler\n"
	  "\n"
	  "   Value Name: UseSoftQueue\n"
	  "   Type: DWORD\n"
	  "   Value: 1\n",
	  { "check " SPOOLER "|UseSoftQueue = 1", "repair " SPOOLER "|UseSoftQueue" },
	  /* the path is read whole, not cut at its space */
	  { "check HKLM\\SYSTEM\\CurrentControlSet\\Control\\Frob", "review 20: running text" } },
	{ "data given as meanings is a choice, not a datum",
	  "\n"
	  "Policy: Hide the frob tab\n"
	  "Key: HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Policies\\Panel\n"
	  "\n"
	  "Registry Value Registry Data Description\n"
	  "NoFrobTab REG_DWORD Off = 0 or value removed; On = 1\n"
	  "FrobText REG_SZ Off = value is removed; On = text of the caption\n",
	  { "review 22", "review 23" },
	  { "check " PANEL "|NoFrobTab", "check " PANEL "|FrobText" } },
};

static void test_registry_forms_of_unseen9(void **state)
{
	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_registry_forms_of_unseen9),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
