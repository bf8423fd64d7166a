/* test_kbimport_fb.c: the last-resort row reader (core/kbimport_fallback.c).
 * Value rows ("name  REG_SZ :  data") no layout reader placed are drafted
 * under the nearest "Key Name:" above them, its root named in the step's
 * lead-in, when a request above asks for them; otherwise they stay review
 * items whose note says what was missing.  Each case imports a small
 * article written here, in our own words (the body starts at line 17),
 * and says both what the draft holds and what it must not hold (struct
 * draft_case, draft_probe.h). */
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

#define GADGET_KEY "HKLM\\SOFTWARE\\Gadgetry\\Spindle\\Outbound"

/* Two printed key blocks, rows in columns; lead-in given by the caller. */
#define TWO_BLOCKS \
	"\n" \
	"       Key Name:        SOFTWARE\\Gadgetry\\Spindle\\Inbound\n" \
	"\n" \
	"       wobble_fast      REG_SZ :    Spinin.dll\n" \
	"       wobble_slow      REG_SZ : Spinin.dll\n" \
	"\n" \
	"       Key Name:        SOFTWARE\\Gadgetry\\Spindle\\Outbound\n" \
	"\n" \
	"       wobble_fast      REG_SZ :    Spinout.dll\n" \
	"       wobble_slow      REG_SZ : spinout2.dll\n" \
	"\n"

#define INBOUND "HKLM\\SOFTWARE\\Gadgetry\\Spindle\\Inbound"

static const struct draft_case cases[] = {
	{ "rows under a second Key Name block are checked when a step asks",
	  "\n"
	  "1. Verify the registry values for the spindle DLL files. A damaged\n"
	  "   setup can leave them wrong. The HKEY_LOCAL_MACHINE subtree should\n"
	  "   hold keys that read as follows:\n"
	  TWO_BLOCKS
	  "2. Restart the computer.\n",
	  { "check " GADGET_KEY "|wobble_slow = spinout2.dll", "type: 'REG_SZ'",
	    "check " GADGET_KEY "|wobble_fast = Spinout.dll",
	    /* a check, not a repair: the step asks to verify */
	    "repairs 0", "review 0: last-resort row reader" },
	  /* the data of one block is never read under the other's key */
	  { "check " INBOUND "|wobble_slow = spinout2.dll", "check " INBOUND "|wobble_fast = Spinout.dll" } },
	{ "rows no request asks for stay review items saying so",
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "On a new installation the HKEY_LOCAL_MACHINE subtree holds keys\n"
	  "that read as follows:\n"
	  TWO_BLOCKS,
	  { "repairs 0", "review 0: no request above it asks to check or set it" },
	  { "check " GADGET_KEY "|wobble_slow", "check " GADGET_KEY "|wobble_fast" } },
	{ "rows under a relative key whose root is not named are reviewed",
	  "\n"
	  "1. Verify the values the spindle reads. They should read as follows:\n"
	  "\n"
	  "       Key Name:        SOFTWARE\\Gadgetry\\Spindle\\Outbound\n"
	  "\n"
	  "       wobble_fast      REG_SZ :    Spinout.dll\n"
	  "\n"
	  "2. Restart the computer.\n",
	  { "checks 0", "review 0: root is not named" },
	  { "check " GADGET_KEY "|wobble_fast" } },
	{ "a list marker or a cut path is never read as a name or a key",
	  "\n"
	  "1. Verify the values under the HKEY_LOCAL_MACHINE subtree:\n"
	  "\n"
	  "       Key Name:        SOFTWARE\\Gadgetry\\Spindle\\Outbound\n"
	  "\n"
	  "       b wobble_fast    REG_SZ :    Spinout.dll\n"
	  "\n"
	  "       Key Name:        SOFTWARE\\Gadgetry\\\n"
	  "\n"
	  "       wobble_slow      REG_SZ :    Spinout.dll\n"
	  "\n"
	  "2. Restart the computer.\n",
	  { "review 0: cut at the end of a line" },
	  { "check " GADGET_KEY "|b wobble_fast", "check " GADGET_KEY "|wobble_fast",
	    "check HKLM\\SOFTWARE\\Gadgetry|wobble_slow", "check HKLM\\SOFTWARE\\Gadgetry\\|wobble_slow" } },
};

static void test_the_last_resort_row_reader(void **state)
{
	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_the_last_resort_row_reader),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
