/* test_kbimport_s50.c: what session 50 taught the importer.  Each case
 * reads a small article written here, in our own words: a how-to whose
 * steps turn a switch on "for troubleshooting purposes", a code whose
 * last digits are a placeholder, an event block that opens with its
 * source's name, the Internet Mail Service's events; and the later
 * articles' ways (the archive ends in 2002): labels of a value's lines,
 * Regedit's New menu with the width of its items, a bug check, a
 * PowerShell command, a table of keys and values. */
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

/* Later articles give a value's key, name, type and data on labelled
 * lines of their own words: "Registry location:", "Registry subkey:",
 * "DWORD name:", "DWORD value:", "Entry:", "Registry entry:", "Base:" (the importer knew
 * "Key:", "Subkey:", "Value name:" and "Radix:"; with these it drafted
 * nothing, or the wrong name).  A sentence that ends "... the following
 * registry entry:" on a line of its own is no label. */
static void test_later_labels_of_a_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "Registry location and DWORD name",
		  "\n"
		  "To resolve this issue, add the following registry entry:\n"
		  "\n"
		  "Registry location: HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "DWORD name: FrobTimeout\n"
		  "Value data: 60\n"
		  "\n"
		  "Then restart the computer.\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|FrobTimeout = 60", "repair " FROB_KEY "|FrobTimeout", NULL },
		  { NULL } },
		{ "Subkey, Entry, Type and a value with its base",
		  "\n"
		  "To resolve this issue, set the following registry value:\n"
		  "\n"
		  "Subkey: HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "Entry: FrobTimeout\n"
		  "Type: REG_DWORD\n"
		  "Base: Hexadecimal\n"
		  "Value: 3c\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|FrobTimeout = 60", "repair " FROB_KEY "|FrobTimeout", NULL },
		  { NULL } },
		{ "Registry subkey and Registry entry",
		  "\n"
		  "To resolve this issue, set the following registry value:\n"
		  "\n"
		  "Registry subkey: HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "Registry entry: FrobLog\n"
		  "Type: REG_SZ\n"
		  "Value: C:\\Frob\\Log\n\n" END_WORDS,
		  { "check REG_SZ " FROB_KEY "|FrobLog = C:\\Frob\\Log", NULL },
		  { NULL } },
		{ "DWORD name over DWORD value",
		  "\n"
		  "To resolve this issue, configure the following registry entry:\n"
		  "\n"
		  "Registry location: HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "DWORD name: FrobCache\n"
		  "DWORD value: 1\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|FrobCache = 1", NULL },
		  { NULL } },
		{ "DWORD value as a choice",
		  "\n"
		  "To resolve this issue, configure the following registry entry:\n"
		  "\n"
		  "Registry location: HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "DWORD name: FrobCache\n"
		  "DWORD value: 0 = Disabled, 1 = Enabled\n\n" END_WORDS,
		  { "checks 0", "review 0: a range or a choice", NULL },
		  { NULL } },
		{ "a sentence ends with the words of a label",
		  "\n"
		  "The agent keeps its settings under the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "The Frob.ini file that older versions read holds the following\n"
		  "entry:\n"
		  "\n"
		  "   [Frob]\n"
		  "   Timeout=60\n\n" END_WORDS,
		  { "checks 0", NULL },
		  { "review 0: value ''", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Times Out"), cases);
}

/* Regedit since Windows Vista names its New menu's items "DWORD (32-bit)
 * Value" and "QWORD (64-bit) Value": the steps that make a value so are
 * read as those that click "DWORD Value" (they drafted nothing), a QWORD's
 * data over 64 bits, and the New menu's item still ends the reading of
 * the value picked before it (session 49's mend, in the later words). */
static void test_the_new_menu_with_the_width(void **state)
{
	static const struct draft_case cases[] = {
		{ "DWORD (32-bit) Value",
		  "\n"
		  "1. Locate and then click the following registry subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. On the Edit menu, point to New, and then click DWORD (32-bit) Value.\n"
		  "3. Type FrobTimeout, and then press ENTER.\n"
		  "4. Right-click FrobTimeout, and then click Modify.\n"
		  "5. In the Value data box, type 60, click Decimal, and then click OK.\n"
		  "6. Exit Registry Editor.\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|FrobTimeout = 60", "repair " FROB_KEY "|FrobTimeout", NULL },
		  { NULL } },
		{ "QWORD (64-bit) Value",
		  "\n"
		  "1. Locate and then click the following registry subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. On the Edit menu, point to New, and then click QWORD (64-bit) Value.\n"
		  "3. Type FrobQuota, and then press ENTER.\n"
		  "4. Right-click FrobQuota, and then click Modify.\n"
		  "5. In the Value data box, type 5000000000, click Decimal, and then click OK.\n\n" END_WORDS,
		  { "check REG_QWORD " FROB_KEY "|FrobQuota = 5000000000", NULL },
		  { NULL } },
		{ "a picked value, then a new one",
		  "\n"
		  "1. Locate and then click the following registry subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Double-click the MaxFrobs value.\n"
		  "3. In the Value data box, type 2, and then click OK.\n"
		  "4. On the Edit menu, point to New, and then click DWORD (32-bit) Value.\n"
		  "5. Type FrobSize, and then press ENTER.\n"
		  "6. Right-click FrobSize, and then click Modify.\n"
		  "7. In the Value data box, type 10, click Decimal, and then click OK.\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|FrobSize = 10", "checks 1", NULL },
		  { "check " FROB_KEY "|MaxFrobs", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Times Out"), cases);
}

/* A STOP error by the debugger's and later articles' name for it: "Bug
 * Check 0xD1: DRIVER_IRQL_NOT_LESS_OR_EQUAL", "bug check code
 * 0x0000009F", and the debugger's line "Bugcheck 00000055 : fbd6f00b
 * ..." (the code padded, its parameters after it).  Each was missed, and
 * the first two had no review item.  A bug check's parameter is no code. */
static void test_a_bug_check(void **state)
{
	static const struct draft_case cases[] = {
		{ "Bug Check 0xD1",
		  "\n"
		  "The server stops with Bug Check 0xD1: DRIVER_IRQL_NOT_LESS_OR_EQUAL.\n" FIX_WORDS,
		  { "error 0xD1", NULL },
		  { NULL } },
		{ "bug check code 0x0000009F",
		  "\n"
		  "The server stops with bug check code 0x0000009F.\n" FIX_WORDS,
		  { "error 0x9F", NULL },
		  { NULL } },
		{ "the debugger's line",
		  "\n"
		  "The server stops, and the debugger shows:\n"
		  "\n"
		  "   Bugcheck 00000055 : fbd6f00b 806e9e08 00000000 00000000\n" FIX_WORDS,
		  { "error 0x55", NULL },
		  { "error 0xfbd6f00b", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Server Stops with a Blue Screen"), cases);
}

/* Later articles' steps: the key as the address bar of later Regedits
 * shows it ("Computer\HKEY_LOCAL_MACHINE\..."), then "Right-click X, and
 * then click Modify" for a value already there (read as a key in running
 * text, and no value).  Modify opens a value's editor, so the plain name
 * is a value's; "Right-click FrobSvc, point to New" picks no value. */
static void test_later_steps_pick_a_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "the address bar's path and a value right-clicked",
		  "\n"
		  "1. Open Registry Editor, and go to the following subkey:\n"
		  "\n"
		  "   Computer\\HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Right-click FrobTimeout, and then click Modify.\n"
		  "3. In the Value data box, type 60, click Decimal, and then click OK.\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|FrobTimeout = 60", "repair " FROB_KEY "|FrobTimeout", NULL },
		  { NULL } },
		{ "a key right-clicked",
		  "\n"
		  "1. Go to the following subkey:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Right-click FrobSvc, point to New, and then click Key.\n"
		  "3. In the Value data box, type 60, click Decimal, and then click OK.\n\n" END_WORDS,
		  { "checks 0", NULL },
		  { "check " FROB_KEY "|FrobSvc", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Times Out"), cases);
}

/* After BODY_HEAD: step 1 locates FROB_KEY (line 20), then step 2 (line
 * 22). */
#define LOCATE_THEN_STEP(step) \
	"\n" \
	"1. Locate and then click the following registry subkey:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n" \
	"\n" \
	"2. " step "\n\n" END_WORDS

#define CONTOSO_KEY "HKLM\\SOFTWARE\\Contoso\\Frob"

/* After SYMPTOMS_ARTICLE: a symptom (line 13), then the RESOLUTION
 * heading; a case's body after it starts on line 17. */
#define UNDER_RESOLUTION "\nThe agent times out.\n\nRESOLUTION\n==========\n"

/* A change told as a PowerShell command on the registry provider's
 * drives, by the cmdlets' documented parameters: Set-ItemProperty and
 * New-ItemProperty set a value of the kind -Type or -PropertyType names,
 * Remove-ItemProperty deletes one, New-Item makes a key, Remove-Item
 * deletes one.  None was read (the archive ends in 2002).  What the
 * command does not say is for a person: a value set with no kind, a path
 * in a variable, a user's hive (HKCU:), a command the symptoms show, a
 * command (reg.exe's too) led in to as an example or as an undo (these
 * two were drafted as repairs). */
static void test_a_powershell_command(void **state)
{
	static const struct draft_case cases[] = {
		{ "Set-ItemProperty with its type",
		  UNDER_RESOLUTION "\n"
		  "To set the value, run the following command in Windows PowerShell:\n"
		  "\n"
		  "   Set-ItemProperty -Path \"HKLM:\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\" -Name FrobTimeout -Value 60 -Type DWord\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|FrobTimeout = 60", "repair " FROB_KEY "|FrobTimeout", NULL },
		  { NULL } },
		{ "the other cmdlets",
		  UNDER_RESOLUTION "\n"
		  "Run the following commands:\n"
		  "\n"
		  "   New-ItemProperty -Path HKLM:\\SOFTWARE\\Contoso\\Frob -Name LogPath -PropertyType String -Value \"C:\\Frob Logs\" -Force\n"
		  "   Remove-ItemProperty -Path \"HKLM:\\SOFTWARE\\Contoso\\Frob\" -Name StaleCache\n"
		  "   Remove-Item -Path \"HKLM:\\SOFTWARE\\Contoso\\Frob\\Cache\" -Recurse\n"
		  "   New-Item -Path \"HKLM:\\SOFTWARE\\Contoso\\Frob\\Agent\" -Force\n\n" END_WORDS,
		  { "check REG_SZ " CONTOSO_KEY "|LogPath = C:\\Frob Logs", "absent " CONTOSO_KEY "|StaleCache",
		    "absent " CONTOSO_KEY "\\Cache", "check " CONTOSO_KEY "\\Agent", "repairs 4", NULL },
		  { NULL } },
		{ "what the command does not say",
		  UNDER_RESOLUTION "\n"
		  "Run the following commands:\n"
		  "\n"
		  "   Set-ItemProperty -Path \"HKLM:\\SOFTWARE\\Contoso\\Frob\" -Name FrobTimeout -Value 60\n"  /* 20 */
		  "   Set-ItemProperty -Path $key -Name FrobLimit -Value 2 -Type DWord\n"                      /* 21 */
		  "   Set-ItemProperty -Path \"HKCU:\\Software\\Contoso\\Frob\" -Name Color -Value 1 -Type DWord\n\n" /* 22 */
		  END_WORDS,
		  { "checks 0", "review 20: gives no kind of value", "review 21: does not write out",
		    "review 22: a user's hive", NULL },
		  { NULL } },
	};
	static const struct draft_case aside_cases[] = {
		{ "a command offered as an example",
		  UNDER_RESOLUTION "\n"
		  "For example, to set the cache size to 4 MB, run:\n"
		  "\n"
		  "   Set-ItemProperty -Path \"HKLM:\\SOFTWARE\\Contoso\\Frob\" -Name CacheSize -Value 4096 -Type DWord\n"
		  "   reg add HKLM\\SOFTWARE\\Contoso\\Frob /v CacheMode /t REG_DWORD /d 1 /f\n\n" END_WORDS,
		  { "checks 0", "review 20: as an example or an undo", "review 21: as an example or an undo", NULL },
		  { NULL } },
		{ "a command that undoes the change",
		  UNDER_RESOLUTION "\n"
		  "To undo the change later, run:\n"
		  "\n"
		  "   Remove-ItemProperty -Path \"HKLM:\\SOFTWARE\\Contoso\\Frob\" -Name CacheSize\n\n" END_WORDS,
		  { "checks 0", "review 20: as an example or an undo", NULL },
		  { NULL } },
	};
	static const struct draft_case symptom_cases[] = {
		{ "a command run when the problem shows",
		  "\n"
		  "When you run the following command, you receive an access denied error:\n"
		  "\n"
		  "   Set-ItemProperty -Path \"HKLM:\\SOFTWARE\\Contoso\\Frob\" -Name FrobTimeout -Value 60 -Type DWord\n" FIX_WORDS,
		  { "checks 0", "review 15: symptoms or cause", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Times Out"), cases);
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Times Out"), symptom_cases);
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Times Out"), aside_cases);
}

/* A path that ends in the value's name, its type and its data labelled
 * on the lines under it ("...\Parameters\FrobTimeout" / "Type: REG_DWORD"
 * / "Value: 60"): the data is read (it was a review item, "no data").
 * The same block led in to as an option once the fix is applied ("With
 * this update applied, the following registry entry can be used to ...
 * if required"), under a heading and a "Subtree:" label, is no repair:
 * the lead-in is read past the heading and the label to the prose. */
static void test_a_path_over_its_type_and_data(void **state)
{
	static const struct draft_case cases[] = {
		{ "the data under the type",
		  UNDER_RESOLUTION "\n"
		  "To resolve this issue, set the following registry value:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\FrobTimeout\n"
		  "   Type: REG_DWORD\n"
		  "   Value: 60\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|FrobTimeout = 60", "repair " FROB_KEY "|FrobTimeout", NULL },
		  { NULL } },
		{ "an option once the fix is applied",
		  UNDER_RESOLUTION "\n"
		  "Apply the latest service pack.\n"
		  "\n"
		  "MORE INFORMATION\n"
		  "================\n"
		  "\n"
		  "With this agent update applied, the following registry entry can be used to\n"
		  "make the agent wait longer if required.\n"
		  "\n"
		  "For Windows NT Servers\n"
		  "----------------------\n"
		  "\n"
		  "Subtree:   HKEY_LOCAL_MACHINE\n"
		  " Key:       \\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\\FrobTimeout\n"
		  " Type:      REG_DWORD\n"
		  " Value:     60\n\n" END_WORDS,
		  { "repairs 0", "review 0: as a choice once its fix is applied", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Times Out"), cases);
}

/* A table of '|' cells whose every row gives a key and one of its values
 * ("| Registry key | Value name | Value type | Value data |"), as later
 * articles' tables are copied to text: each row a check, a repair when
 * the words above the table ask to set (its keys were "named in running
 * text" and no value was read).  Words that only show the table ask for
 * nothing: each row is a review item.  A row whose key cell holds no key
 * is one too. */
static void test_a_table_of_keys_and_values(void **state)
{
	static const struct draft_case cases[] = {
		{ "the rows asked for",
		  UNDER_RESOLUTION "\n"
		  "To resolve this issue, configure the following registry values:\n"         /* 18 */
		  "\n"
		  "| Registry key | Value name | Value type | Value data |\n"                   /* 20 */
		  "|---|---|---|---|\n"
		  "| HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters | FrobTimeout | REG_DWORD | 60 |\n"
		  "| HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Frob | FrobLog | REG_SZ | C:\\Frob\\Log |\n"
		  "| the agent's own key | FrobMode | REG_DWORD | 1 |\n\n" END_WORDS,            /* 24 */
		  { "check REG_DWORD " FROB_KEY "|FrobTimeout = 60", "check REG_SZ " CONTOSO_KEY "|FrobLog = C:\\Frob\\Log",
		    "repairs 2", "review 24: could not read whole", NULL },
		  { "review 22", NULL } },
		{ "the rows only shown",
		  UNDER_RESOLUTION "\n"
		  "The agent reads the following registry values:\n"
		  "\n"
		  "| Subkey | Value | Type | Data |\n"
		  "|---|---|---|---|\n"
		  "| HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Frob | FrobLog | REG_SZ | C:\\Frob\\Log |\n\n" END_WORDS,
		  { "checks 0", "review 22: 'FrobLog' under HKLM\\SOFTWARE\\Contoso\\Frob", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Agent Times Out"), cases);
}

#define POLICY_KEY "HKLM\\SOFTWARE\\Policies\\Contoso\\Frob"
/* Lines 17-21 after BODY_HEAD: step 1 goes to POLICY_KEY (line 20);
 * step 2 starts on line 22. */
#define GO_TO_POLICY_KEY \
	"\n" \
	"1. In Registry Editor, navigate to the following subkey:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Contoso\\Frob\n" \
	"\n"

/* Steps that make a value and name it in later articles' words: "Name it
 * X", "Name the new value X" (the steps' reader took no sentence opening
 * with "Name" for a step), "Create a new DWORD (32-bit) Value named X".
 * "Right-click Frob, point to New, click DWORD Value, name it X, and set
 * it to 1" drafted a wrong repair, value Frob = 1 under the key's parent
 * (the prose reader took "it" for the path's last name); the value the
 * sentence makes is the steps' to read. */
static void test_a_new_value_named_in_words(void **state)
{
	static const struct draft_case cases[] = {
		{ "Name it X",
		  GO_TO_POLICY_KEY
		  "2. On the Edit menu, point to New, and then click DWORD Value.\n"
		  "3. Name it DisableFrob, and then press ENTER.\n"
		  "4. Double-click DisableFrob, type 1, and then click OK.\n\n" END_WORDS,
		  { "check REG_DWORD " POLICY_KEY "|DisableFrob = 1", "repair " POLICY_KEY "|DisableFrob", NULL },
		  { NULL } },
		{ "Name the new value X",
		  GO_TO_POLICY_KEY
		  "2. Right-click Frob, point to New, and then click DWORD Value.\n"
		  "3. Name the new value DisableFrob.\n"
		  "4. Double-click DisableFrob, and set its value to 1.\n\n" END_WORDS,
		  { "check REG_DWORD " POLICY_KEY "|DisableFrob = 1", NULL },
		  { NULL } },
		{ "a DWORD (32-bit) Value named X",
		  GO_TO_POLICY_KEY
		  "2. Create a new DWORD (32-bit) Value named DisableFrob, and set its value to 1.\n\n" END_WORDS,
		  { "check REG_DWORD " POLICY_KEY "|DisableFrob = 1", NULL },
		  { NULL } },
		{ "it is the value the sentence makes",
		  GO_TO_POLICY_KEY
		  "2. Right-click Frob, point to New, click DWORD Value, name it DisableFrob, and set it to 1.\n\n"
		  END_WORDS,
		  { NULL },
		  { "check HKLM\\SOFTWARE\\Policies\\Contoso|Frob", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* Later articles' own template: the key after the colon of the step that
 * locates it ("2. Locate the following subkey: HKEY_...\Lsa"), then the
 * New menu, the name typed and the data typed.  The key was "named in
 * running text" and nothing drafted.  (The same form with "Delete" is
 * session 51's: test_kbimport_s51.c.) */
static void test_the_key_after_the_steps_colon(void **state)
{
	static const struct draft_case cases[] = {
		{ "the key after the colon",
		  "\n"
		  "1. Start Registry Editor.\n"
		  "2. Locate and then click the following registry subkey: HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "3. Right-click Parameters, point to New, and then click DWORD Value.\n"
		  "4. Type FrobCheck, and then press ENTER.\n"
		  "5. Right-click FrobCheck, and then click Modify.\n"
		  "6. In the Value data box, type 1, and then click OK.\n"
		  "7. Exit Registry Editor, and then restart the computer.\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|FrobCheck = 1", "repair " FROB_KEY "|FrobCheck", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* "the FrobCheck DWORD value": a type's word between a value's name and
 * the noun.  The readers took "FrobCheck DWORD" for the name (a wrong
 * fact where a step typed the data); "Create a FrobCheck DWORD value, and
 * set it to 1" drafted value Parameters = 1 (the path's last name for
 * "it").  The name is the words before the type's word, which gives the
 * type. */
static void test_a_type_word_after_the_name(void **state)
{
	static const struct draft_case cases[] = {
		{ "double-clicked, the data typed",
		  LOCATE_THEN_STEP("Double-click the FrobCheck DWORD value, type 1 in the Value data box, and then click OK."),
		  { "check REG_DWORD " FROB_KEY "|FrobCheck = 1", NULL },
		  { "check " FROB_KEY "|FrobCheck DWORD", NULL } },
		{ "set in words",
		  LOCATE_THEN_STEP("Set the FrobCheck DWORD value to 1."),
		  { "check REG_DWORD " FROB_KEY "|FrobCheck = 1", NULL },
		  { "review 0: 'FrobCheck DWORD'", NULL } },
		{ "created, then set as it",
		  LOCATE_THEN_STEP("Create a FrobCheck DWORD value, and set it to 1."),
		  { "check REG_DWORD " FROB_KEY "|FrobCheck = 1", NULL },
		  { "check HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob|Parameters", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_steps_for_troubleshooting_purposes),
		cmocka_unit_test(test_a_code_with_placeholder_digits),
		cmocka_unit_test(test_a_source_alone_above_the_id),
		cmocka_unit_test(test_the_internet_mail_service_logs_as_imc),
		cmocka_unit_test(test_later_labels_of_a_value),
		cmocka_unit_test(test_the_new_menu_with_the_width),
		cmocka_unit_test(test_a_bug_check),
		cmocka_unit_test(test_later_steps_pick_a_value),
		cmocka_unit_test(test_a_powershell_command),
		cmocka_unit_test(test_a_path_over_its_type_and_data),
		cmocka_unit_test(test_a_table_of_keys_and_values),
		cmocka_unit_test(test_a_new_value_named_in_words),
		cmocka_unit_test(test_the_key_after_the_steps_colon),
		cmocka_unit_test(test_a_type_word_after_the_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
