/* test_kbimport_aud16.c: forms the repair audit of session 16 found
 * drafted wrong.  Each case is a small article written here in our own
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

#define AGENT "HKLM\\SOFTWARE\\Frobnitz\\Agent"

/* "add the following value" over the agent's key and one inline value
 * line v. */
#define AGENT_VALUE(v) \
	"To fix this, add the following value:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n" \
	"   " v "\n"

static void test_a_hex_number_with_spaces_in_its_0x(void **state)
{
	static const struct draft_case cases[] = {
		{ "'0 x 2': hex 2, not 0",
		  AGENT_VALUE("Mode REG_DWORD: 0 x 2"),
		  { "check REG_DWORD " AGENT "|Mode = 2", "repair " AGENT "|Mode", "review 21: read as 0x2", NULL },
		  { "check REG_DWORD " AGENT "|Mode = 0", NULL } },
		{ "'0 x 1c': hex 1c",
		  AGENT_VALUE("Mode REG_DWORD: 0 x 1c"),
		  { "check REG_DWORD " AGENT "|Mode = 28", NULL },
		  { NULL } },
		{ "'0x 10': hex 10",
		  AGENT_VALUE("Mode REG_DWORD: 0x 10"),
		  { "check REG_DWORD " AGENT "|Mode = 16", NULL },
		  { NULL } },
		{ "'0x2' as before: no note",
		  AGENT_VALUE("Mode REG_DWORD: 0x2"),
		  { "check REG_DWORD " AGENT "|Mode = 2", NULL },
		  { "review 21: read as", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_hex_number_with_spaces_in_its_0x),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
