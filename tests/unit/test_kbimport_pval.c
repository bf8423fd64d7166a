/* test_kbimport_pval.c: values given in prose and in tables (issue 14).
 * Each case is a small article written here, in our own words: a value
 * the article asks for is a check of its type and data with its repair,
 * cited on the value's line; a value it only describes, gives no type
 * for, or leaves the data of to the reader is no check, and a review
 * item stands on its line. */
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

#define KEY "HKLM\\SOFTWARE\\Frobnitz\\Agent"

/* The first step many cases share (lines 17-21): the key, with step 2 on
 * line 22. */
#define GO_TO_AGENT \
	"\n" \
	"1. In Registry Editor, go to this key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n"

/* One article and what its draft must hold.  The body starts on line 17
 * (BODY_HEAD is 16 lines). */
static const struct value_case {
	const char *what;
	const char *body;
	const char *value;      /* the value the case is about */
	enum kb_reg_type type;  /* KB_REG_NONE: the value must not be drafted */
	const char *data;       /* string data, or NULL (number used) */
	uint64_t number;        /* DWORD data */
	int line;               /* the cite (drafted) or the review (not) */
} cases[] = {
	{ "a sentence that names a type is not a value's name",
	  GO_TO_AGENT
	  "2. Add the following value:\n"
	  "\n"
	  "   Gadgets\n"
	  "\n"
	  "   This value should be a data type of REG_MULTI_SZ.\n"
	  "\n"
	  "3. Quit Registry Editor.\n",
	  "This value should be a data type of", KB_REG_NONE, NULL, 0, 26 },
	{ "words that run on into the type are not a name either",
	  GO_TO_AGENT
	  "   Make a new REG_SZ:GadgetMode with a value of ON.\n",
	  "Make a new", KB_REG_NONE, NULL, 0, 22 },
	{ "a value of several words named in a sentence that sets it",
	  "\n"
	  "Start Registry Editor and locate the following registry key:\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	  "\n"
	  "Create a DWORD value named Skip Gadget Scan and set the data value to 1.\n",
	  "Skip Gadget Scan", KB_REG_DWORD, NULL, 1, 22 },
	{ "the type, the words for a value and its name, no 'named'",
	  "\n"
	  "Start Registry Editor and locate the following registry key:\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	  "\n"
	  "Create the DWORD registry value GadgetCheck and set the value to 1.\n",
	  "GadgetCheck", KB_REG_DWORD, NULL, 1, 22 },
	{ "a quoted name after a comma",
	  "\n"
	  "Start Registry Editor and locate the following registry key:\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	  "\n"
	  "Add a DWORD value, \"GadgetPing\" (without the quotation marks), with a value of 3.\n",
	  "GadgetPing", KB_REG_DWORD, NULL, 3, 22 },
	{ "a value described, not added, is no check",
	  "\n"
	  "The setting that turns this on is in the following key:\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	  "\n"
	  "and is a DWORD value \"GadgetPing\", which the agent reads when it starts.\n",
	  "GadgetPing", KB_REG_NONE, NULL, 0, 22 },
	{ "a string added with data the article does not write plainly",
	  "\n"
	  "Start Registry Editor and locate the following registry key:\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	  "\n"
	  "Add a string value named GadgetHome and set it to the folder you installed to.\n",
	  "GadgetHome", KB_REG_NONE, NULL, 0, 22 },
	{ "the type in brackets before the number the path's value is set to",
	  "\n"
	  "To let the agent page the operator, you must add a registry value of:\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\PageOperator\n"
	  "\n"
	  "and set it to (DWORD) 1. The agent reads it when it starts.\n",
	  "PageOperator", KB_REG_DWORD, NULL, 1, 22 },
	{ "a setting said to do something, with no step asking for it",
	  "\n"
	  "Setting this registry key:\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\\QuietMode\n"
	  "\n"
	  "to (DWORD) 3 allows the agent to start without a console.\n",
	  "QuietMode", KB_REG_NONE, NULL, 0, 18 },
	{ "a value in REGEDIT's form under a key written as a path, asked for",
	  "\n"
	  "Change the following registry key to turn the gadget cache off:\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	  "\n"
	  "   \"GadgetCache\"=dword:00000000\n",
	  "GadgetCache", KB_REG_DWORD, NULL, 0, 22 },
	{ "a string in REGEDIT's form, the name unquoted",
	  "\n"
	  "Set the following registry key:\n"
	  "\n"
	  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	  "GadgetTrace=\"Y\"\n"
	  "\n"
	  "The agent then writes a trace of each gadget it loads.\n",
	  "GadgetTrace", KB_REG_SZ, "Y", 0, 21 },
	{ "a state shown in REGEDIT's form, no step asking for it",
	  "\n"
	  "The installer leaves the cache on in the following registry key:\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	  "\n"
	  "   \"GadgetCache\"=dword:00000001\n",
	  "GadgetCache", KB_REG_NONE, NULL, 0, 22 },
	{ "REGEDIT-form values whose data the reader picks from a list after them",
	  "\n"
	  "You can also turn on gadget tracing by adding the following values to the\n"
	  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent key.\n"
	  "\n"
	  "\"GadgetLevel\"=dword:00000000\n"
	  "\"GadgetParts\"=dword:000030F3\n"
	  "\n"
	  "Acceptable values for GadgetLevel and GadgetParts are in the following list.\n",
	  "GadgetLevel", KB_REG_NONE, NULL, 0, 21 },
	{ "a block shows the data there now, the step under it sets another",
	  GO_TO_AGENT
	  "2. Locate the following entry:\n"
	  "\n"
	  "   Value name: GadgetGuard\n"
	  "   Data type: REG_DWORD\n"
	  "   Value: 1\n"
	  "\n"
	  "3. Change the value to 0.\n",
	  "GadgetGuard", KB_REG_DWORD, NULL, 0, 28 },
	{ "Name=0x data under a lead-in that adds it",
	  GO_TO_AGENT
	  "2. On the Edit menu, click Add Value, and then add the following registry value:\n"
	  "\n"
	  "   GadgetFlags=0x108\n"
	  "\n"
	  "3. Quit Registry Editor.\n",
	  "GadgetFlags", KB_REG_DWORD, NULL, 0x108, 24 },
	/* guide C11: what says a number's type, and what does not */
	{ "a bare number set in words says no type: review, no repair",
	  GO_TO_AGENT
	  "2. Change the GadgetLimit value to 4.\n",
	  "GadgetLimit", KB_REG_NONE, NULL, 0, 22 },
	{ "a number the steps type with no type said: review",
	  GO_TO_AGENT
	  "2. Double-click the GadgetLimit value.\n"
	  "\n"
	  "3. In the Value data box, type 4, and then click OK.\n",
	  "GadgetLimit", KB_REG_NONE, NULL, 0, 22 },
	{ "the decimal radix said after the number",
	  GO_TO_AGENT
	  "2. Change the GadgetLimit value to 40 (decimal).\n",
	  "GadgetLimit", KB_REG_DWORD, NULL, 40, 22 },
	{ "the number again in hex in brackets: the first keeps its radix",
	  GO_TO_AGENT
	  "2. Change the GadgetLimit value from 48 (30 hex) to 31 (1F hex).\n",
	  "GadgetLimit", KB_REG_DWORD, NULL, 31, 22 },
	{ "the type the article shows for the value in its list above",
	  "\n"
	  "The agent reads these values:\n"
	  "\n"
	  "   GadgetLimit   REG_DWORD   how many gadgets run at once\n"
	  GO_TO_AGENT
	  "2. Change the GadgetLimit value to 4.\n",
	  "GadgetLimit", KB_REG_DWORD, NULL, 4, 26 },
	{ "a string type shown above is the type, not REG_DWORD",
	  "\n"
	  "The agent reads these values:\n"
	  "\n"
	  "   GadgetLimit   REG_SZ   how many gadgets run at once\n"
	  GO_TO_AGENT
	  "2. Change the GadgetLimit value to 4.\n",
	  "GadgetLimit", KB_REG_SZ, "4", 0, 26 },
	{ "a type named beside the name in prose is another value's",
	  GO_TO_AGENT
	  "2. Change the GadgetLimit value to 4. Leave the REG_SZ value SpoolDir as it is.\n",
	  "GadgetLimit", KB_REG_NONE, NULL, 0, 22 },
	{ "0x on the name's line that is an error code, not its data",
	  GO_TO_AGENT
	  "2. Change the GadgetLimit value to 4; a wrong GadgetLimit logs error 0x80070005.\n",
	  "GadgetLimit", KB_REG_NONE, NULL, 0, 22 },
	{ "a size said of the name in hex ('is 0x10 bytes long') is not its data",
	  "\n"
	  "The GadgetLimit value is 0x20 bytes long in this key:\n"
	  GO_TO_AGENT
	  "2. Change the GadgetLimit value to 4.\n",
	  "GadgetLimit", KB_REG_NONE, NULL, 0, 24 },
	{ "a type listed for the name under another key is not this key's",
	  "\n"
	  "On clients the agent keeps its limit here:\n"
	  "\n"
	  "   HKEY_CURRENT_USER\\Software\\Frobnitz\\Client\n"
	  "   GadgetLimit : REG_SZ : 2\n"
	  GO_TO_AGENT
	  "2. Change the GadgetLimit value to 4.\n",
	  "GadgetLimit", KB_REG_NONE, NULL, 0, 27 },
	{ "a value the steps type beside another value's block is still reviewed",
	  GO_TO_AGENT
	  "2. Double-click the GadgetLimit value, type 16, and then click OK.\n"
	  "\n"
	  "3. Add the following value:\n"
	  "\n"
	  "   Value Name: DisplayName\n"
	  "   Data Type: REG_SZ\n"
	  "   Value: Frobnitz Agent\n",
	  "GadgetLimit", KB_REG_NONE, NULL, 0, 22 },
	{ "two types shown for the name: no guess between them",
	  "\n"
	  "Older agents keep GadgetLimit as REG_SZ; newer ones as REG_DWORD.\n"
	  GO_TO_AGENT
	  "2. Change the GadgetLimit value to 4.\n",
	  "GadgetLimit", KB_REG_NONE, NULL, 0, 24 },
};

static void check_case(const struct value_case *c)
{
	struct draft d;
	const struct rule_check *ck;

	draft_import_body(c->body, &d);
	ck = draft_check(d.r, KEY, c->value);
	if (c->type == KB_REG_NONE) {
		if (ck != NULL)
			fail_msg("%s: drafted\n%s", c->what, d.yaml);
		if (!draft_review_at(d.r, c->line))
			fail_msg("%s: no review item on line %d\n%s", c->what, c->line, d.yaml);
		draft_free(&d);
		return;
	}
	if (ck == NULL)
		fail_msg("%s: not drafted\n%s", c->what, d.yaml);
	if (ck->type != c->type)
		fail_msg("%s: type %d\n%s", c->what, (int)ck->type, d.yaml);
	if (c->data != NULL ? ck->data == NULL || strcmp(ck->data, c->data) != 0 : ck->number != c->number)
		fail_msg("%s: data\n%s", c->what, d.yaml);
	if (!draft_cites(ck, c->line))
		fail_msg("%s: not cited on line %d\n%s", c->what, c->line, d.yaml);
	if (draft_fix(d.r, ck->id) == NULL)
		fail_msg("%s: no repair\n%s", c->what, d.yaml);
	draft_free(&d);
}

static void test_values_in_prose_and_tables(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		check_case(&cases[i]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_values_in_prose_and_tables),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
