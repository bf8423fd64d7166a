/* test_kbimport_s50.c: what session 50 taught the importer.  Each case
 * reads a small article written here, in our own words: a how-to whose
 * steps turn a switch on "for troubleshooting purposes", a code whose
 * last digits are a placeholder, an event block that opens with its
 * source's name, and the Internet Mail Service's events. */
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

#define FROB_KEY "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters"

/* A how-to (no SYMPTOMS section): the paragraph that leads in to its
 * steps gives their purpose, then the key and a switch set to 1. */
#define HOWTO_STEPS(purpose) \
	"\n" \
	purpose "\n" \
	LOCATE_THEN_ADD \
	"   Value Name: FrobDumpOnFailure\n" \
	"   Data Type: REG_DWORD\n" \
	"   Data: 1\n" \
	"\n" \
	"Once the value is set, the agent writes a dump file when it fails.\n\n" END_WORDS

/* A switch the steps turn on "for troubleshooting purposes", in an
 * article that reports no problem, makes the agent write a dump file when
 * it fails: a set-up that finds out what fails, not a repair to keep (the
 * importer drafted it as one: the purpose is said in the paragraph that
 * leads in to the steps, above the window the step's own words are read
 * in).  The same steps led in to without that purpose stay a repair. */
static void test_steps_for_troubleshooting_purposes(void **state)
{
	static const struct draft_case cases[] = {
		{ "the steps are for troubleshooting purposes",
		  HOWTO_STEPS("For troubleshooting purposes, you may want the agent to write a dump\n"
			      "file when it fails. To do so, follow these steps."),
		  { "review 0: for troubleshooting purposes", "repairs 0", NULL },
		  { "repair " FROB_KEY "|FrobDumpOnFailure", NULL } },
		{ "the steps give no such purpose",
		  HOWTO_STEPS("You may want the agent to write a dump file when it fails. To do so,\n"
			      "follow these steps."),
		  { "check REG_DWORD " FROB_KEY "|FrobDumpOnFailure = 1", "repair " FROB_KEY "|FrobDumpOnFailure",
		    NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(HOW_TO_ARTICLE("How to Have the Frob Agent Write a Dump File",
					"This article describes how to have the agent write a dump file."),
			 cases);
}

/* "0xC0F0<xxxx>, where <xxxx> names the failure": only the code's first
 * digits are given; the importer drafted them as error 0xC0F0.  No code
 * is drafted, and the line is a review item.  A whole code followed by an
 * HTML line break ("0x1e<BR/>") is still a code. */
static void test_a_code_with_placeholder_digits(void **state)
{
	static const struct draft_case cases[] = {
		{ "the code's last digits are a placeholder",
		  "\n"
		  "The agent stops with exception 0xC0F0<xxxx>, where <xxxx> names the failure.\n" FIX_WORDS,
		  { "review 13: 0xC0F0<xxxx>", NULL },
		  { "error 0xC0F0", NULL } },
		{ "a whole code before an HTML line break",
		  "\n"
		  "The agent stops with error 0x1e<BR/>\n" FIX_WORDS,
		  { "error 0x1e", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Stops Unexpectedly"), cases);
}

/* An event block whose paragraph opens with the source's name alone on
 * its line, over the ID ("MSFrobAgent" / "Event ID: 4122"): the source is
 * read (it was drafted as unnamed).  A line over the ID that is no
 * source's name ("Category Rules"), or that goes on from the paragraph
 * above it, names none. */
static void test_a_source_alone_above_the_id(void **state)
{
	static const struct draft_case cases[] = {
		{ "the block opens with the source",
		  "\n"
		  "The following event is logged:\n"
		  "\n"
		  "   MSFrobAgent\n"
		  "   Event ID: 4122\n"
		  "   The agent could not read its configuration.\n" FIX_WORDS,
		  { "event 4122 from MSFrobAgent", NULL },
		  { NULL } },
		{ "the block opens with another field",
		  "\n"
		  "The following event is logged:\n"
		  "\n"
		  "   Category Rules\n"
		  "   Event ID: 4122\n"
		  "   The agent could not read its configuration.\n" FIX_WORDS,
		  { "event 4122", NULL },
		  { "event 4122 from Category Rules", NULL } },
		{ "the name goes on from the line above",
		  "\n"
		  "The following event is logged by the agent called\n"
		  "   MSFrobAgent\n"
		  "   Event ID: 4122\n"
		  "   The agent could not read its configuration.\n" FIX_WORDS,
		  { "event 4122", NULL },
		  { "event 4122 from MSFrobAgent", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Does Not Start"), cases);
}

/* The Internet Mail Service logs its events under its service's name,
 * MSExchangeIMC: a source field "MSExchangeIMS" in an article about
 * Exchange is read so, with a review note (as the short field "IMS"
 * was). */
static void test_the_internet_mail_service_logs_as_imc(void **state)
{
	static const struct draft_case cases[] = {
		{ "the source field names the service",
		  "\n"
		  "The following event is logged:\n"
		  "\n"
		  "   Event ID: 4122\n"
		  "   Source: MSExchangeIMS\n"
		  "   Description: The message could not be delivered.\n" FIX_WORDS,
		  { "event 4122 from MSExchangeIMC", "review 0: read as MSExchangeIMC", NULL },
		  { "event 4122 from MSExchangeIMS", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(EXCHANGE_SYMPTOMS_ARTICLE("IMS Does Not Deliver Mail"), cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_steps_for_troubleshooting_purposes),
		cmocka_unit_test(test_a_code_with_placeholder_digits),
		cmocka_unit_test(test_a_source_alone_above_the_id),
		cmocka_unit_test(test_the_internet_mail_service_logs_as_imc),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
