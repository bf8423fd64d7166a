/* test_kbimport_s26.c: forms of session 26's importer mends, read from
 * the wrong repairs earlier audits left drafted and from the misses of
 * unseen set 40.  Each case imports a small article written here, in our
 * own words. */
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

#define FROB "HKLM\\SOFTWARE\\Frob"

/* The steps that set a value under ...\Frob, after BODY_HEAD and the
 * lines lead (which end on a blank line): the key, then "Set the
 * following value to <data>:" and its block. */
#define FROB_STEPS(step3, name, data) \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	"\n" \
	"2. Locate the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\n" \
	"\n" \
	"3. " step3 "\n" \
	"\n" \
	"   Value Name: " name "\n" \
	"   Data Type: REG_DWORD\n" \
	"   Data: " data "\n" \
	"\n"

#define END_WORDS "Additional query words: frob\n"

/* Rejudge 23, Q199714: "Option 1: Temporarily disable SMB signing on the
 * PDC." over steps that set RequireSecuritySignature to 0.  The article
 * wants the old data back once the BDC has joined; as a repair the
 * draft would leave signing off for good (core/kbimport_describes.c,
 * set_for_a_while()). */
static void test_a23_a_setting_made_for_a_while(void **state)
{
	static const struct draft_case cases[] = {
		{ "an option that opens 'Temporarily disable'",
		  "\nOption 1:\n\nTemporarily disable frob signing on the hub.\n\n"
		  FROB_STEPS("Set the following value to 0:", "RequireSigning", "0") END_WORDS,
		  { "review 0: the article sets this only for a while", NULL },
		  { "repair " FROB "|RequireSigning", "check " FROB "|RequireSigning", NULL } },
		{ "the step itself says 'temporarily set'",
		  "\nTo let the old agents connect:\n\n"
		  FROB_STEPS("Temporarily set the following value to 0:", "RequireSigning", "0") END_WORDS,
		  { "review 0: the article sets this only for a while", NULL },
		  { "repair " FROB "|RequireSigning", NULL } },
		{ "'temporarily join a workgroup, and then enable': the enabling lasts",
		  "\nTemporarily join a workgroup, and then enable frob signing on the member.\n\n"
		  FROB_STEPS("Set the following value to 1:", "EnableSigning", "1") END_WORDS,
		  { "repair " FROB "|EnableSigning", NULL },
		  { "review 0: the article sets this only for a while", NULL } },
		{ "the next option's steps are not the temporary one's",
		  "\nOption 1:\n\nTemporarily disable frob signing on the hub.\n\n"
		  "Option 2:\n\nEnable frob signing on every member.\n\n"
		  FROB_STEPS("Set the following value to 1:", "EnableSigning", "1") END_WORDS,
		  { "repair " FROB "|EnableSigning", NULL },
		  { "review 0: the article sets this only for a while", NULL } },
		{ "another procedure's lead-in ends the temporary one",
		  "\nTemporarily disable frob signing on the hub, and then add the member.\n\n"
		  "To turn frob signing on for the member:\n\n"
		  FROB_STEPS("Set the following value to 1:", "EnableSigning", "1") END_WORDS,
		  { "repair " FROB "|EnableSigning", NULL },
		  { "review 0: the article sets this only for a while", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a23_a_setting_made_for_a_while),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
