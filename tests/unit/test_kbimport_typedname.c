/* test_kbimport_typedname.c: a value named in words beside its type word
 * or as a file name (core/kbimport_named.c typed_named_in()): "delete the
 * s1159 and s2359 string values", "remove the Deskcp16.dll value", "Delete
 * the binary Completed value" give a review item on their line, so that
 * the review list holds every line naming a value; a dialog's title ("the
 * Edit DWORD Value dialog box") and a list's heading ("FROB.INI Values")
 * do not.  Each case imports a small article written here, in our own
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

/* (the article must speak of the registry: a key at its end) */
#define KEYLINE "\nThe agent keeps them under HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob.\n"

static void test_values_named_beside_a_type_word(void **state)
{
	static const struct draft_case cases[] = {
		{ "'delete the s1159 and s2359 string values in the registry'",
		  "\nTo resolve this, delete the s1159 and s2359 string values in the registry.\n" KEYLINE,
		  { "review 18: value 's2359' is named here", NULL }, { NULL } },
		{ "'remove the Frobcp16.dll value from the key'",
		  "\nTo resolve this, remove the Frobcp16.dll value from the key of the agent.\n" KEYLINE,
		  { "review 18: value 'Frobcp16.dll' is named here", NULL }, { NULL } },
		{ "'Delete the binary Completed value'",
		  "\n2. Delete the binary Completed value that the agent leaves.\n" KEYLINE,
		  { "review 18: value 'Completed' is named here", NULL }, { NULL } },
		{ "a dialog's title and a list's heading name no value",
		  "\n5. In the Edit DWORD Value dialog box, change the data to 1.\n\nFROB.INI Values\n" KEYLINE,
		  { NULL }, { "review 18: value 'Edit'", "review 20: value 'FROB.INI'", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_values_named_beside_a_type_word),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
