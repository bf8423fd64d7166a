/* test_kbimport_s44.c: forms of session 44's importer mends, read from
 * the labelled sets' misses that no review item listed and from the
 * whole archive's drafts.  Each case reads a small article written here,
 * in our own words. */
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

/* The review net and a failure's code written with 0x in any facility
 * (COM+'s 0x8011..., ESE's 0xC800..., an exception's 0xE...) when words
 * before it call it one, and FACILITY_NULL's codes written bare
 * (80004005): labelled codes of nine sets that no reader drafted and no
 * review item listed.  A kernel address looks the same and is no fact:
 * a disassembly's, a dump's field, a register's. */
static const char status_body[] =
	"\n"
	"The scheduler's log shows:\n"                                              /* 18 */
	"\n"
	"   FROB DATA  : Handling an error condition (0xe0040013) for job Nightly\n" /* 20 */
	"   FROB DATA  : Supplied code <0xe160052a>\n"                               /* 21 */
	"   Unable to replay the frob log because error 0xc8000228 occurred\n"       /* 22 */
	"   80004002    17386       FrobE_INTERFACE_NOT_SUPPORTED\n"                 /* 23 */
	"   Frob Agent - 1201 - [80004005 - FFFFFBFE]\n"                             /* 24 */
	"\n"
	"The debugger shows:\n"                                                     /* 26 */
	"\n"
	"   0x80137992  c20400           retn         0004\n"                         /* 28 */
	"   ExceptionAddress . . .0x801325ec\n"                                       /* 29 */
	"   Registers: cr0=80000011 cr2=00000000\n"                                   /* 30 */
	"   Memory at 0x004E00CB was read from 0x801135D8\n"                          /* 31 */
	"   The frob mask is 0x80000000.\n"                                           /* 32 */
	"\n" END_WORDS;

static void test_status_codes_in_any_facility_are_in_the_net(void **state)
{
	static const size_t names[] = { 20, 21, 22, 23, 24 }, none[] = { 28, 29, 30, 31, 32 };

	(void)state;
	expect_net_lines(status_body, names, sizeof names / sizeof names[0], none, sizeof none / sizeof none[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_status_codes_in_any_facility_are_in_the_net),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
