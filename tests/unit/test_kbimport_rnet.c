/* test_kbimport_rnet.c: the review net (core/kbimport_net.c).  A line that
 * names a key, a value, an event ID or an error code in a form the draft's
 * readers do not place ("\CurrentControlSet\..." without its root,
 * "Tcpip\Parameters", "ID: 46", 0x80070005, c0000005, "Value:
 * MaxCacheTtl", "DlcT1Timer=0x5" under words about the registry, a
 * REGEDIT line, "2000 (Success) NAME", "Double-click the Start value"
 * near words about the registry, "the registry entry SpinLimit") is a review item of its own (issue 14: every such line is in the draft or in
 * review:); a line that only looks like one (a folder, a mask, an offset,
 * a constant, a protocol's reply, a program's or a script's Name=data,
 * a dialog box's title) is not.  Each case imports a small
 * article written here, in our own words (the body starts at line 17). */
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

#define AT(n) "review " #n ": did not place"

/* The cases' bodies end with a keyword block, as the articles do: the
 * review item "no closing keyword block" would sit on the last line. */
#define END "\nAdditional query words: spindle\n"

static const struct draft_case key_cases[] = {
	{ "a key written without its root, under its control set, is listed",
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "The spindle reads its settings from a subkey of the machine hive:\n"
	  "\n"
	  "   \\CurrentControlSet\\Services\\Spindle\\Parameters\n"
	  "\n"
	  "It reads them once, when it starts.\n" END,
	  { AT(23), "checks 0" },
	  { AT(21), AT(25) } },
	{ "relative Parameters keys in a list are listed, one item a line",
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "The service keys that hold the same entry are\n"
	  "\n"
	  "   Spindle\\Parameters\n"
	  "   Wobbler\\Parameters\n" END,
	  { AT(23), AT(24), "checks 0" },
	  { AT(21) } },
	{ "a root alone above its path is listed on its first line only; one spaced from its path is read with it",
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "The agent keeps its list under\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\n"
	  "   \\SOFTWARE\\Gadgetry\\Spindle\\Lists\n"
	  "\n"
	  "and its cache under HKEY_LOCAL_MACHINE \\SOFTWARE\\Gadgetry\\Cache.\n" END,
	  { AT(23), "review 26: key HKLM\\SOFTWARE\\Gadgetry\\Cache is named in running text" },
	  { AT(24), AT(26) } },
	{ "a key tree drawn one component a line is listed once",
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "The agent's settings sit here:\n"
	  "\n"
	  "   \\HKEY_LOCAL_MACHINE\n"
	  "    \\System\n"
	  "     \\CurrentControlSet\n"
	  "      \\Services\n" END,
	  { AT(23) },
	  { AT(24), AT(25), AT(26) } },
	{ "a path called a key is listed; folders and files are not",
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "Setup removes the \\Gadgetry\\Spindle key when it finishes.\n"
	  "Setup copies the \\Software\\Spindle directory to the disk.\n"
	  "The driver is C:\\Windows\\System\\spindle.drv and Setup reads\n"
	  "%SystemRoot%\\System32\\Config\\spindle.log and the Macintosh\n"
	  "folder System\\Preferences\\Spindle Files.\n" END,
	  { AT(21) },
	  { AT(22), AT(23), AT(24), AT(25) } },
};

static const struct draft_case code_cases[] = {
	{ "codes in a table and a debugger line, and an event block's ID line, are listed",
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "The codes the spindle returns:\n"
	  "\n"
	  "   80040113    1275        SPIN_E_CANCELLED\n"
	  "\n"
	  "   Fatal error: Exception code=C0000005\n"
	  "\n"
	  "   ID: 46  Source: Spindle\n"
	  "\n"
	  "   Access violation - code c0000005 (first chance)\n" END,
	  /* line 25: the errors pass drafts or lists it; line 29 names its
	   * code again (session 37: the note says so) */
	  { AT(23), "review 25", AT(27), "review 29: error 0xC0000005, drafted from line 25, is named again here" },
	  { "repairs 1" } },
	{ "words of an event's data, a stack or registers are not listed (guide C16)",
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "The event's data and the stack the debugger shows:\n"
	  "\n"
	  "   0010: 00000000 c0000013 00000000 00000000\n"
	  "   0012ffc0 77f1b26b 00000208 7ffdf000 c0000005\n"
	  "   806d90f0 800bfde0 : spindle!WobbleCheck+0x254\n"
	  "   ECX=0067da30 DS=016f ESI=c0001350 FS=113f\n" END,
	  { "checks 0" },
	  { AT(23), AT(24), AT(25), AT(26) } },
	{ "masks, offsets, registers, constants, success and protocol replies are not listed",
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "The flag word is 0x80000000 when the spindle is idle.\n"
	  "The fault was at 0028:C003C47C in the wobbler.\n"
	  "   tr=0028 cr0=80000011 cr2=00000002\n"
	  "   Const SPINDLE_STOP_ERROR = 8\n"
	  "The copy ends with error 0 when every file is written.\n"
	  "The proxy answers HTTP/1.1 Error 404 to such a request.\n"
	  "Set the version to 3.5 and restart.\n" END,
	  { "checks 0" },
	  { AT(21), AT(22), AT(23), AT(24), AT(25), AT(26), AT(27) } },
	{ "a related article's title names no fact of this one",
	  "\n"
	  "REFERENCES\n"
	  "==========\n"
	  "\n"
	  "For more information, see the following article:\n"
	  "\n"
	  "   Q217339 Spindle Agent Logs Event 9 When the Disk Is Full\n" END,
	  { "checks 0" },
	  { AT(23) } },
};

static const struct draft_case value_cases[] = {
	{ "a parameter listing's Key:, Entry: and Value: lines are listed; Value: data is not",
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "The parameters the spindle reads:\n"
	  "\n"
	  "   Key:        Spindle\\Settings\n"
	  "   Value:      MaxWobbleCount\n"
	  "   Value:      YES\n"
	  "   Entry:      WobbleDelay\n"
	  "   Entry:      Description:  Range:\n" END,
	  /* line 24 gets the registry pass's own item: a relative key */
	  { AT(23), "review 24", AT(26) },
	  { AT(25), AT(27) } },
	{ "Name=data lines under words about the registry, and one in a registry sentence, are listed",
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "The Flags subkey holds these entries, all of them REG_DWORD:\n"
	  "\n"
	  "   WobbleRate=0x5\n"
	  "   Spinner=0\n"
	  "\n"
	  "To turn it off, set SpinFast=0 in the following registry key.\n" END,
	  { AT(23), AT(24), AT(26) },
	  /* the net lists; it never drafts */
	  { "repairs 1" } },
	{ "Name=data lines of a setup script or a program are not listed",
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "The setup script makes the shortcut with these lines:\n"
	  "   Key Type=1536\n"
	  "   Flags=00000001\n"
	  "\n"
	  "The program opens the registry key with these lines:\n"
	  "\n"
	  "   lnResult=RegOpenKeyEx(;\n"
	  "   hot_key=0;\n"
	  "   KEY=0\n"
	  "   Count=Count+1\n" END,
	  { "checks 0" },
	  { AT(23), AT(27), AT(28), AT(29), AT(30) } },
	{ "REGEDIT lines under a [HKEY_...] header are listed, a stray one is not",
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "The export below shows what the wizard wrote:\n"
	  "\n"
	  "   [HKEY_CURRENT_USER\\Software\\Gadgetry\\Spindle]\n"
	  "   \"Owner\"=\"Frob Team\"\n"
	  "   @=\"spindle\"\n"
	  "\n"
	  "The dialog box shows the pair as follows:\n"
	  "\n"
	  "   \"Owner\"=\"someone\"\n" END,
	  { "review 24", "review 25" },
	  { AT(29) } },
	{ "a catalogue's entries, an ID and its type in brackets, are listed one a line",
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "The spindle logs the following events:\n"
	  "\n"
	  "   2000 (Success) SPINDLE_STARTED\n"
	  "   2001 (Error) SPINDLE_FAILED\n"
	  "   2002 Spindle stopped (twice)\n" END,
	  { AT(23), AT(24) },
	  { AT(25) } },
	{ "a value named by one plain word is listed where the registry is spoken of",
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "1. Start Registry Editor (Regedt32.exe).\n"
	  "2. Double-click the Spin value, and type 4 in the Data box.\n"
	  "3. Add the Owner string value, then click the Add Value option.\n"
	  "4. In the Edit Binary Value dialog box, type the data.\n"
	  "5. Note the Maximum value shown.\n"
	  "\n"
	  "The wizard's Next button reads the Spin value of its form, and the\n"
	  "form's Title entry holds its caption.\n"
	  "\n"
	  "Nothing else changes.\n" END,
	  /* line 21 is a step the steps pass already lists */
	  { AT(22), AT(23) },
	  { AT(24), AT(25), AT(27), AT(28) } },
	{ "a value named after 'registry entry' or 'value called' is listed; a dialog's title is not",
	  "\n"
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  "The fix reads the registry entry SpinLimit when the agent starts.\n"
	  "\n"
	  "In Registry Editor, create a value called WobbleCap and set it to 3.\n"
	  "\n"
	  "The Registry Value Permissions dialog box lists the accounts.\n"
	  "\n"
	  "Nothing else changes for the agent.\n"
	  "\n"
	  "The greeting card program also\n"
	  "\n"
	  "makes an AutoText entry called Greeting for the letter.\n" END,
	  { AT(21), AT(23) },
	  { AT(25), AT(31) } },
};

static void test_values_named_by_labels_reg_lines_and_name_data_are_listed(void **state)
{
	(void)state;
	draft_expect_cases(value_cases, sizeof value_cases / sizeof value_cases[0]);
}

static void test_keys_without_their_root_are_listed(void **state)
{
	(void)state;
	draft_expect_cases(key_cases, sizeof key_cases / sizeof key_cases[0]);
}

static void test_events_and_codes_written_other_ways_are_listed(void **state)
{
	(void)state;
	draft_expect_cases(code_cases, sizeof code_cases / sizeof code_cases[0]);
}

/* Issue 14's property on one article: every line that names a fact in
 * the net's terms (kb_import_article_line_names_fact(), the reading the
 * coverage measure uses) is cited by a drafted fact or on a review item.
 * The article mixes forms the draft's readers place (a key and its value
 * block, "logs error 1067" in BODY_HEAD) with forms only the net knows (a
 * key without its root, "event 7031", 0x80070005); a folder's path names
 * nothing.  The lines that name a fact are listed, so the property cannot
 * hold by finding none. */
static const char property_body[] =
	"\n"
	"   1. Start Registry Editor (Regedt32.exe).\n"
	"   2. Locate the following key in the registry:\n"
	"\n"
	"      HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Spindle\\Parameters\n"
	"\n"
	"   3. On the Edit menu, click Add Value, and then add the following value:\n"
	"\n"
	"      Value Name: SpinLimit\n"
	"      Data Type: REG_DWORD\n"
	"      Value: 4\n"
	"\n"
	"   4. Quit Registry Editor.\n"
	"\n"
	"MORE INFORMATION\n"
	"================\n"
	"\n"
	"The agent also reads \\CurrentControlSet\\Services\\Wobbler\\Parameters.\n"
	"\n"
	"When it cannot start, the agent logs event 7031 and returns\n"
	"0x80070005 to the console.\n"
	"\n"
	"It writes its notes to the \\Spindle\\Logs directory.\n" END;

static void test_every_fact_line_is_cited_or_in_review(void **state)
{
	/* error 1067, the key, its value, the rootless key, the event, the
	 * code; not the folder on line 39 */
	static const size_t want[] = { 13, 21, 25, 34, 36, 37 };
	size_t facts[64], n, k = 0;
	struct kb_article *a = draft_parse_head_body("Q900777.txt", BODY_HEAD, property_body);
	struct draft d;
	const struct rule_check *check;

	(void)state;
	for (n = 0; n < a->n_lines + 1 && k < 64; n++)
		if (kb_import_article_line_names_fact(a, n))
			facts[k++] = n;
	assert_int_equal(k, sizeof want / sizeof want[0]);
	for (n = 0; n < k; n++)
		assert_int_equal(facts[n], want[n]);
	memset(&d, 0, sizeof d);
	draft_of_article("Q900777.txt", a, &d);
	for (n = 0; n < k; n++)
		if (!draft_places_line(d.r, (int)facts[n]))
			fail_msg("line %zu names a fact and is neither cited nor in review:\n%s", facts[n], d.yaml);
	/* both ways of placing one are in play: a cited check, a net's item */
	check = draft_check(d.r, "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Spindle\\Parameters", "SpinLimit");
	assert_non_null(check);
	assert_true(draft_cites(check, 25));
	assert_true(draft_review_says(d.r, 34, "did not place"));
	draft_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keys_without_their_root_are_listed),
		cmocka_unit_test(test_events_and_codes_written_other_ways_are_listed),
		cmocka_unit_test(test_values_named_by_labels_reg_lines_and_name_data_are_listed),
		cmocka_unit_test(test_every_fact_line_is_cited_or_in_review),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
