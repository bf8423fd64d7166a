/* test_kbimport_optin.c: a registry change the article offers as a
 * choice once its fix is in place (core/kbimport_optin.c): "With the fix
 * applied ... If you need the old character, you can modify the registry
 * as shown below." in MORE INFORMATION is no repair; the same steps in the
 * RESOLUTION, or led in without a wish, keep theirs.  Each case imports a
 * small article written here, in our own words. */
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

#define FROB "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters"

#define STEPS \
	"WARNING: If you use Registry Editor incorrectly, you may cause serious problems\n" \
	"that may require you to reinstall your operating system. Use Registry Editor\n" \
	"at your own risk.\n" \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	"\n" \
	"2. Go to the following key in the registry:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n" \
	"3. On the Edit menu, click Add Value, and use the following entry:\n" \
	"\n" \
	"   Value Name: SendOldFrob\n" \
	"   Data Type: REG_DWORD\n" \
	"   Value: 1\n" \
	"\n" \
	"4. Quit Registry Editor.\n"

static void import(const char *resolution, const char *more, struct draft *d)
{
	char body[4096];

	snprintf(body, sizeof body,
		 "SYMPTOMS\n========\n\nThe frob agent sends the wrong character.\n\n"
		 "RESOLUTION\n==========\n\n%s\n"
		 "MORE INFORMATION\n================\n\n%s", resolution, more);
	draft_import_head_body("Q900810.txt", ARTICLE_HEAD("Q900810", "Frob Agent Sends Wrong Character"), body,
			       d);
}

static void test_a_change_offered_once_the_fix_is_in(void **state)
{
	struct draft d;
	const struct rule_check *c;

	(void)state;
	import("Apply the latest frob service pack.\n",
	       "With the fix applied, the agent sends a null by default. If you need the old\n"
	       "character, you can modify the registry as shown below.\n\n" STEPS, &d);
	assert_null(draft_check(d.r, FROB, "SendOldFrob"));
	draft_free(&d);
	/* the same steps as the resolution keep their repair */
	import("To make the agent send the old character, change the registry.\n\n" STEPS, "Nothing more.\n", &d);
	assert_non_null(c = draft_check(d.r, FROB, "SendOldFrob"));
	assert_non_null(draft_fix(d.r, c->id));
	draft_free(&d);
	/* a wish with no fix named is not this */
	import("Apply the latest frob service pack.\n",
	       "If you want the agent to send the old character, change the registry.\n\n" STEPS, &d);
	assert_non_null(c = draft_check(d.r, FROB, "SendOldFrob"));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_change_offered_once_the_fix_is_in),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
