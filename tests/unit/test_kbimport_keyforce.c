/* test_kbimport_keyforce.c: the key in force over a Registry Editor
 * procedure (core/kbimport_keyforce.c).  Between the key a step locates
 * and the values a later step adds, a step may make a subkey whose name
 * comes on a later line ("Key Name: X", the name alone under "type the
 * following", "type "X" to name the new key") and select it, or select
 * the key located once more ("Select the Agent key", "this key"): the
 * values go under the key then in force.  A step selecting some other
 * key, a key named by a placeholder, a value only looked at, a listing
 * of defaults, and data naming the reader's own machine are no check.
 * Each case imports a small article written here, in our own words (the
 * body starts at line 17; struct draft_case, draft_probe.h). */
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
#define GIZMO AGENT "\\Gizmo"

/* Steps 5-7 of the dialog cases after Add Key: Retries, REG_DWORD, 3. */
#define RETRIES_DIALOG \
	"5. In the Value Name box, type Retries.\n" \
	"\n" \
	"6. In the Data Type box, select REG_DWORD, and then click OK.\n" \
	"\n" \
	"7. In the Data box, type 3, click Decimal, and then click OK.\n"

/* Steps 3-5 of the list cases: the Order value picked, its Multi String
 * editor opened, entries to add announced (they start on line 30). */
#define ORDER_OPENED \
	"3. Highlight the following value: Order\n" \
	"\n" \
	"4. Open its Multi String editor from the Edit menu.\n" \
	"\n" \
	"5. Below the names already there, Add the following ones:\n" \
	"\n"

/* As ORDER_OPENED, but step 5 says not to add what it lists. */
#define ORDER_OPENED_NOT \
	"3. Highlight the following value: Order\n" \
	"\n" \
	"4. Open its Multi String editor from the Edit menu.\n" \
	"\n" \
	"5. Below the names already there, do not Add the following ones:\n" \
	"\n"

/* As ORDER_OPENED, but step 5 puts the entries first in the list. */
#define ORDER_OPENED_FIRST \
	"3. Highlight the following value: Order\n" \
	"\n" \
	"4. Open its Multi String editor from the Edit menu.\n" \
	"\n" \
	"5. At the top of the list, ahead of the names there, Add the following:\n" \
	"\n"

/* The step adding Mode to the new key, and the expectations of a case
 * whose new key has no name to read: no check, no repair. */
#define NEW_KEY_MODE_NO_CHECK \
	"4. Pick the new key, then click Add Value on the Edit menu:\n" \
	"\n" \
	MODE_FAST, \
	{ "checks 0", "repairs 0", NULL }, \
	{ NULL } }

/* Steps 3-4 of the cases that make the Gizmo key, its name alone on a
 * line under the step that asks for it (line 27). */
#define GIZMO_MADE \
	"3. Make a key with Add Key on the Edit menu.\n" \
	"\n" \
	"4. Give it this name in the Key Name box, and click OK:\n" \
	"\n" \
	"   Gizmo\n" \
	"\n"

/* The value block most cases add: Mode, REG_SZ, "Fast". */
#define MODE_FAST \
	"   Value Name: Mode\n" \
	"   Data Type:  REG_SZ\n" \
	"   String:     Fast\n"

/* Steps 1-2 of every case: the key located is on line 22. */
#define LOCATE \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	"\n" \
	"2. Go to the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n" \
	"\n"

static const struct draft_case cases[] = {
	{ "Add Key, its name alone on the line under the step, then the new key selected by name",
	  LOCATE
	  "3. On the Edit menu, click Add Key.\n"
	  "\n"
	  "4. In the Key Name box, type the following, and then click OK:\n"
	  "\n"
	  "   Gizmo\n"
	  "\n"
	  "5. Select the Gizmo subkey.\n"
	  "\n"
	  "6. On the Edit menu, click Add Value, and then enter:\n"
	  "\n"
	  MODE_FAST
	  "\n"
	  "7. Quit Registry Editor.\n",
	  { "check " GIZMO "|Mode = Fast", "repair " GIZMO "|Mode", NULL },
	  { "check " AGENT "|Mode", "under an unnamed subkey", NULL } },
	{ "the Add Key dialog's Key Name: label, then the key you created",
	  LOCATE
	  "3. On the Edit menu, click Add Key to create the following entry:\n"
	  "\n"
	  "   Key Name: Gizmo\n"
	  "   Class: <blank>\n"
	  "\n"
	  "4. Open the Gizmo key that you created in step 3.\n"
	  "\n"
	  "5. On the Edit menu, click Add Value to create the following entry:\n"
	  "\n"
	  "   Value Name: Retries\n"
	  "   Data Type: REG_DWORD\n"
	  "   Data: 1\n",
	  { "check REG_DWORD " GIZMO "|Retries = 1", "repair " GIZMO "|Retries", NULL },
	  { "check " AGENT "|Retries", NULL } },
	{ "Regedit's New, Key, with the name typed for the new key and the new key selected",
	  LOCATE
	  "3. Open the Edit menu, point to New, then click Key.\n"
	  "\n"
	  "4. Type \"Gizmo\" (without the quotation marks) to name the new key; leave\n"
	  "   the new key selected.\n"
	  "\n"
	  "5. Choose Add Value from the Edit menu and give it these fields:\n"
	  "\n"
	  "   Value Name: Retries\n"
	  "   Data Type: REG_DWORD\n"
	  "   Value: 3\n",
	  { "check " GIZMO "|Retries = 3", NULL },
	  { "check " AGENT "|Retries", NULL } },
	{ "a second key made inside the first, then picked: no check under either",
	  LOCATE
	  GIZMO_MADE
	  "5. With the Gizmo key picked, click Add Key again and call it \"Inner\".\n"
	  "\n"
	  "6. Select the Inner subkey, then click Add Value on the Edit menu:\n"
	  "\n"
	  MODE_FAST,
	  { "review 0: is under an unnamed subkey", "repairs 0", NULL },
	  { "check " GIZMO "|Mode", "check " AGENT "|Mode", NULL } },
	{ "a key made, then another subkey selected: no check under the key made",
	  LOCATE
	  GIZMO_MADE
	  "5. Now select the Widget subkey.\n"
	  "\n"
	  "6. Click Add Value on the Edit menu:\n"
	  "\n"
	  MODE_FAST,
	  { "review 0: is under an unnamed subkey", "checks 0", "repairs 0", NULL },
	  { NULL } },
	{ "the Add Value dialog after two keys made: no check",
	  LOCATE
	  "3. Click Add Key on the Edit menu, type \"Gizmo\" in the Key Name box, and\n"
	  "   click OK.\n"
	  "\n"
	  "4. Select the Gizmo key, click Add Key, type \"Inner\" in the Key Name box,\n"
	  "   and click OK.\n"
	  "\n"
	  "5. Select the Inner key, and then on the Edit menu, click Add Value.\n"
	  "\n"
	  RETRIES_DIALOG,
	  { "repairs 1", NULL },
	  { "check " GIZMO "|Retries", "check " AGENT "|Retries", "repair " GIZMO "|Retries", NULL } },
	{ "the Add Value dialog after a key made and another selected: no check",
	  LOCATE
	  "3. Click Add Key on the Edit menu, type \"Gizmo\" in the Key Name box, and\n"
	  "   click OK.\n"
	  "\n"
	  "4. Select the Widget subkey, and then on the Edit menu, click Add Value.\n"
	  "\n"
	  RETRIES_DIALOG,
	  { NULL },
	  { "check " GIZMO "|Retries", "check " AGENT "|Retries", "repair " GIZMO "|Retries", NULL } },
	{ "a key made, Registry Editor quit and started again: the value after is under no key made",
	  LOCATE
	  GIZMO_MADE
	  "5. Close Registry Editor, and then reboot.\n"
	  "\n"
	  "6. Open Registry Editor again and click Add Value on the Edit menu:\n"
	  "\n"
	  MODE_FAST,
	  { "repairs 0", NULL },
	  { "check " GIZMO "|Mode", "check " AGENT "|Mode", NULL } },
	{ "a key made, then a value block in the next section: under no key made",
	  LOCATE
	  GIZMO_MADE
	  "MORE INFORMATION\n"
	  "================\n"
	  "\n"
	  MODE_FAST,
	  { "checks 0", "repairs 0", NULL },
	  { NULL } },
	{ "a block the step only asks to view: a check with no repair",
	  LOCATE
	  GIZMO_MADE
	  "5. Pick the Gizmo subkey. Look over the value it holds:\n"
	  "\n"
	  MODE_FAST,
	  { "repairs 0", NULL },
	  { "repair " GIZMO "|Mode", NULL } },
	{ "a quoted block only looked at, its data kept as is: a check with no repair",
	  LOCATE
	  "3. View this value, which the installer made:\n"
	  "\n"
	  "   \"Value Name: Turbo\n"
	  "   Data Type: REG_SZ\n"
	  "   Value: YES\"\n"
	  "\n"
	  "   Do not change this value.\n",
	  { "check REG_SZ " AGENT "|Turbo = YES", "repairs 0", NULL },
	  { "repair " AGENT "|Turbo", "YES\"", NULL } },
	{ "defaults that the installer will set, listed after Add Value: no repair",
	  LOCATE
	  "3. Make a key with Add Key on the Edit menu.\n"
	  "\n"
	  "4. In the Key Name box, type \"Gizmo\" (without the quotation marks).\n"
	  "\n"
	  "5. Pick the new key, then click Add Value on the Edit menu. The following\n"
	  "   are the default values, which the installer will set for the Gizmo key:\n"
	  "\n"
	  "      Slot0:REG_DWORD:0\n"
	  "      Slot1:REG_DWORD:1\n",
	  { "repairs 0", NULL },
	  { "repair " GIZMO "|Slot0", NULL } },
	{ "entries added at the top of a list (add-entry appends): no repair",
	  LOCATE
	  ORDER_OPENED_FIRST
	  "   Frob Bus\n",
	  { "checks 0", "review 28: the step adds entries to a list value other than at its end", NULL },
	  { NULL } },
	{ "entries the step says not to add to a list: no check",
	  LOCATE
	  ORDER_OPENED_NOT
	  "   Frob Bus\n",
	  { "checks 0", "repairs 0", NULL },
	  { NULL } },
	{ "another program's Add Value after Registry Editor is quit: no check",
	  LOCATE
	  "3. Quit Registry Editor.\n"
	  "\n"
	  "4. Start the Frobnitz Console. From its Tools menu, pick Add Value, type\n"
	  "   \"GuardMode\" (without the quotation marks), select REG_DWORD as its Data\n"
	  "   Type, and press OK.\n"
	  "\n"
	  "5. In the Data box, type 1 and press OK.\n",
	  { "repairs 0", NULL },
	  { "check " AGENT "|GuardMode", NULL } },
	{ "the Add Value dialog with a choice of data: no check",
	  LOCATE
	  "3. Click Add Value on the Edit menu.\n"
	  "\n"
	  "4. Type the name of the value as Turbo.\n"
	  "\n"
	  "5. Make it REG_SZ and type On for the value to use the fast path, or Off to\n"
	  "   keep the slow one.\n",
	  { "repairs 0", NULL },
	  { "check " AGENT "|Turbo", NULL } },
	{ "a key's name picked from a list of choices: no check under any",
	  LOCATE
	  "3. Make a key with Add Key on the Edit menu.\n"
	  "\n"
	  "4. Give it one of these names in the Key Name box, and click OK:\n"
	  "\n"
	  "   Gizmo\n"
	  "   Widget\n"
	  "\n"
	  "5. Pick the new key, then click Add Value on the Edit menu:\n"
	  "\n"
	  MODE_FAST,
	  { "repairs 0", NULL },
	  { "check " GIZMO "|Mode", "check " AGENT "|Mode", NULL } },
	{ "a lone word under a step that makes a key is no name for it",
	  LOCATE
	  "3. Make a key with Add Key on the Edit menu.\n"
	  "\n"
	  "   CAUTION\n"
	  "\n"
	  "   Use the name your supplier sends you.\n"
	  "\n"
	  NEW_KEY_MODE_NO_CHECK,
	{ "the Add Value dialog after a key named one way or another: no check under either",
	  LOCATE
	  "3. Click Add Key on the Edit menu, type \"Gizmo\" or \"Widget\" in the Key Name\n"
	  "   box (as your release calls it), and click OK.\n"
	  "\n"
	  "4. Select the new key, and then on the Edit menu, click Add Value.\n"
	  "\n"
	  RETRIES_DIALOG,
	  { "repairs 0", NULL },
	  { "check " GIZMO "|Retries", "check " AGENT "|Retries", "check " GIZMO, NULL } },
	{ "a key made with a name the reader picks, then a block: no check under a word of the sentence",
	  LOCATE
	  "3. Click Add Key on the Edit menu, and type a name of your own for it.\n"
	  "\n"
	  NEW_KEY_MODE_NO_CHECK,
	{ "a NOTE telling what the Add Value dialog holds, with no step using it: no check",
	  LOCATE
	  "3. Check that the agent runs.\n"
	  "\n"
	  "NOTE: Once you pick Add Value, a dialog opens. Typing \"GuardMode\" (without\n"
	  "the quotation marks) as the Value Name, picking REG_DWORD, and typing 1 for\n"
	  "the value is what the installer does for you.\n",
	  { "repairs 0", NULL },
	  { "check " AGENT "|GuardMode", NULL } },
	{ "the key located selected again by its last name: no subkey",
	  LOCATE
	  "3. Select the Agent key.\n"
	  "\n"
	  "4. On the Edit menu, click Add Value.\n"
	  "\n"
	  "5. Add the following:\n"
	  "\n"
	  "   Value Name: Retries\n"
	  "   Data Type:  REG_DWORD\n"
	  "   Data:       2\n",
	  { "check " AGENT "|Retries = 2", NULL },
	  { "under an unnamed subkey", "that the article names in words", NULL } },
	{ "\"this key\" is the key located",
	  LOCATE
	  "3. Select this key to highlight it, click Edit, and then click Add Value.\n"
	  "\n"
	  "4. Create the value with the following parameters:\n"
	  "\n"
	  "   Value Name: Mode\n"
	  "   Data Type: REG_SZ\n"
	  "   String: Fast\n",
	  { "check " AGENT "|Mode = Fast", NULL },
	  { "under an unnamed subkey", NULL } },
	{ "a step selecting another key, neither made nor located: no check, a review",
	  LOCATE
	  "3. Select the Widget subkey.\n"
	  "\n"
	  "4. On the Edit menu, click Add Value, and then enter:\n"
	  "\n"
	  MODE_FAST,
	  { "review 28: is under an unnamed subkey", NULL },
	  { "check " AGENT "|Mode", "checks 1", NULL } },
	{ "the key located named beside another key the step selects: no check under it",
	  LOCATE
	  "3. On the Agent key, select the key with the name of your widget.\n"
	  "\n"
	  "4. On the Edit menu, click Add Value, and then enter:\n"
	  "\n"
	  MODE_FAST,
	  { "review 28: is under an unnamed subkey", NULL },
	  { "check " AGENT "|Mode", NULL } },
	{ "a new key named by a placeholder: no check under it or its parent",
	  LOCATE
	  "3. On the Edit menu, click Add Key to create the following entry:\n"
	  "\n"
	  "   Key Name: <your server name>\n"
	  "\n"
	  "4. Select the key that you created in step 3.\n"
	  "\n"
	  "5. On the Edit menu, click Add Value, and then enter:\n"
	  "\n"
	  MODE_FAST,
	  { "review 32", NULL },
	  { "check " AGENT "|Mode", "repairs 1", NULL } },
	{ "defaults listed under Add Value in the steps are no values to set (guide C3)",
	  LOCATE
	  "3. On the Edit menu, click Add Key.\n"
	  "\n"
	  "4. In the Key Name box, type \"Gizmo\" (without the quotation marks).\n"
	  "\n"
	  "5. Select the newly created key. On the Edit menu, click Add Value. The\n"
	  "   following are the default values for the Gizmo key:\n"
	  "\n"
	  "      Slot0:REG_DWORD:0\n"
	  "      Slot1:REG_DWORD:1\n",
	  { "review 31: among the defaults", NULL },
	  { "repair " GIZMO "|Slot0", "repair " GIZMO "|Slot1", "check " AGENT "|Slot0", NULL } },
	{ "a step that changes the values it lists keeps them, though it calls them the defaults",
	  LOCATE
	  "3. Change the data of these values (the new data are the default values):\n"
	  "\n"
	  "      Slot0 : REG_DWORD : 0x2\n"
	  "      Slot1 : REG_DWORD : 0x1\n",
	  { "check " AGENT "|Slot0 = 2", "repair " AGENT "|Slot1", NULL },
	  { "among the defaults", NULL } },
	{ "data naming the reader's own server (\"Server_name\") is a placeholder",
	  LOCATE
	  "3. On the Edit menu, click Add Value, and then enter:\n"
	  "\n"
	  "   Value Name: SharePath\n"
	  "   Data Type: REG_SZ\n"
	  "   String: \\\\Server_name\\Share\n",
	  { "review 26: the data is a placeholder", NULL },
	  { "check " AGENT "|SharePath", NULL } },
	{ "the Add Value dialog: \"the name of the value as X\", the datum \"for the value\"",
	  LOCATE
	  "3. From the Edit menu, click Add Value.\n"
	  "\n"
	  "4. Type the name of the value as Retries.\n"
	  "\n"
	  "5. Set the type to REG_DWORD and enter 0 (zero) for the value.\n",
	  { "check REG_DWORD " AGENT "|Retries = 0", "repair " AGENT "|Retries", NULL },
	  { NULL } },
	{ "the Add Value dialog: a name of several words on the line under \"As the Value Name, type:\"",
	  LOCATE
	  "3. On the Edit menu, click Add Value.\n"
	  "\n"
	  "4. As the Value Name, type:\n"
	  "\n"
	  "      Frob Queue Limit\n"
	  "\n"
	  "5. Select REG_DWORD as the Data Type, and then click OK.\n"
	  "\n"
	  "6. Type 1 (the numeral one) in the Data field, and click Hex in the Radix field.\n",
	  { "check REG_DWORD " AGENT "|Frob Queue Limit = 1", NULL },
	  { NULL } },
	{ "the Add Value dialog: \"Enter X for the Value name\", the data \"of type HEX\"",
	  LOCATE
	  "3. On the Edit menu, click Add Value.\n"
	  "\n"
	  "4. Enter Frob Queue Limit for the Value name.\n"
	  "\n"
	  "5. Enter REG_DWORD for the Data type.\n"
	  "\n"
	  "6. Enter 10 for the Data of type HEX, and then click OK.\n",
	  { "check REG_DWORD " AGENT "|Frob Queue Limit = 16", NULL },
	  { NULL } },
	{ "the Add Value dialog: the name alone under \"choose Add Value and type:\", a note after it",
	  LOCATE
	  "3. From the Edit menu, choose Add Value and type:\n"
	  "\n"
	  "   Hidden\n"
	  "\n"
	  "   NOTE: The name is case sensitive.\n"
	  "\n"
	  "4. In the Data Type field, choose REG_DWORD and choose OK.\n"
	  "\n"
	  "5. In the Data field, type 1 to hide the agent and choose OK.\n",
	  { "check REG_DWORD " AGENT "|Hidden = 1", NULL },
	  { NULL } },
	{ "the Add Value dialog after Add Key: the value goes under the key made",
	  LOCATE
	  "3. On the Edit menu, click Add Key, type \"Gizmo\" (without the quotation marks)\n"
	  "   in the Key Name box, and then click OK.\n"
	  "\n"
	  "4. Select the Gizmo key, and then on the Edit menu, click Add Value.\n"
	  "\n"
	  RETRIES_DIALOG,
	  { "check REG_DWORD " GIZMO "|Retries = 3", "repair " GIZMO "|Retries", NULL },
	  { "check " AGENT "|Retries", NULL } },
	{ "the Add Value dialog after Add Key with a name the reader picks: no check",
	  LOCATE
	  "3. On the Edit menu, click Add Key, and type a name for your widget.\n"
	  "\n"
	  "4. Select the new key, and then on the Edit menu, click Add Value.\n"
	  "\n"
	  RETRIES_DIALOG,
	  { "review 0: Retries", NULL },
	  { "check " AGENT "|Retries", "repairs 1", NULL } },
	{ "the Add Value dialog: the name typed right after Add Value, its data in the next step",
	  LOCATE
	  "3. Pick Add Value, type \"GuardMode\" (without the quotation marks), select\n"
	  "   REG_DWORD as its Data Type, and press OK.\n"
	  "\n"
	  "4. In the Data box, type 1 and press OK.\n",
	  { "check REG_DWORD " AGENT "|GuardMode = 1", "repair " AGENT "|GuardMode", NULL },
	  { NULL } },
	{ "the name typed right after Add Value is not its data, when the data is the reader's",
	  LOCATE
	  "3. Pick Add Value, type \"GraceTime\" (without the quotation marks), select\n"
	  "   REG_SZ as its Data Type, and press OK.\n"
	  "\n"
	  "4. In the Data box, type the wait you want, in seconds, and press OK.\n",
	  { NULL },
	  { "check " AGENT "|GraceTime", "data: 'GraceTime'", NULL } },
	{ "the Add Value dialog after the steps open a folder the reader picks: no check",
	  LOCATE
	  "3. Open the folder of your own widget, then its Unit0 folder.\n"
	  "\n"
	  "4. Pick Add Value, type \"Rate\" (without the quotation marks), select\n"
	  "   REG_DWORD as its Data Type, and press OK.\n"
	  "\n"
	  "5. In the Data box, type 3c, click Hex, and press OK.\n",
	  { NULL },
	  { "check " AGENT "|Rate", "repairs 1", NULL } },
	{ "the Add Value dialog: a name the reader chooses is no check",
	  LOCATE
	  "3. On the Edit menu, click Add Value.\n"
	  "\n"
	  "4. Type the name of the value as the name of your widget.\n"
	  "\n"
	  "5. Set the type to REG_DWORD and enter 1 for the value.\n",
	  { NULL },
	  { "check " AGENT "|the name of your widget", "repairs 1", NULL } },
	{ "the Add Value dialog: a name and a type with no datum is no check, a review",
	  LOCATE
	  "3. On the Edit menu, click Add Value, and type Frob Limit for the Value Name.\n"
	  "   Leave the Data Type at REG_DWORD. The value is in seconds; the largest\n"
	  "   is 120.\n",
	  { "review 0: Frob Limit", NULL },
	  { "check " AGENT "|Frob Limit", "repairs 1", NULL } },
	{ "a value block inside one pair of quotes, opened before its first label",
	  LOCATE
	  "3. On the Edit menu, click Add Value and use the following entry:\n"
	  "\n"
	  "   \"Value Name: Turbo\n"
	  "   Data Type: REG_SZ\n"
	  "   Value: YES\" (without the quotation marks)\n",
	  { "check REG_SZ " AGENT "|Turbo = YES", "repair " AGENT "|Turbo", NULL },
	  { NULL } },
	{ "a quoted value block whose data is the reader's: no check",
	  LOCATE
	  "3. On the Edit menu, click Add Value and use the following entry:\n"
	  "\n"
	  "   \" Value Name: Turbo\n"
	  "   Data Type: REG_SZ\n"
	  "   Value: <your setting>\" (without the quotation marks)\n",
	  { "review 0: Turbo", NULL },
	  { "check " AGENT "|Turbo", NULL } },
	{ "entries added to a list value picked after the key, in the Multi String editor",
	  LOCATE
	  ORDER_OPENED
	  "   Frob Bus\n"
	  "   Frob Disk\n"
	  "\n"
	  "6. Save the list with OK, then close Registry Editor.\n",
	  { "check REG_MULTI_SZ " AGENT "|Order = Frob Bus", "data: 'Frob Disk'",
	    "repair " AGENT "|Order", "expect: contains", NULL },
	  { NULL } },
	{ "an entry added to the value named before its key, \"to the existing data\"",
	  "\n"
	  "1. Start Registry Editor (Regedt32.exe).\n"
	  "\n"
	  "2. Locate the Paths value under the following key in the registry:\n"
	  "\n"
	  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobnitz\\Agent\n"
	  "\n"
	  "3. On the Edit menu, click Multi String, add \"Software\\Frobnitz\" (without\n"
	  "   the quotation marks) to the existing data, and then click OK.\n",
	  { "check REG_MULTI_SZ " AGENT "|Paths = Software\\Frobnitz", "expect: contains", NULL },
	  { NULL } },
	{ "entries added to a list after a step selects another subkey: no check under the key read",
	  LOCATE
	  "3. Now select the Widget subkey.\n"
	  "\n"
	  ORDER_OPENED
	  "   Frob Bus\n",
	  { "checks 0", "repairs 0", NULL },
	  { NULL } },
	{ "an entry the reader names, or one standing for a drive, is no check",
	  LOCATE
	  ORDER_OPENED
	  "   autofrob /x D:\n"
	  "\n"
	  "   where D: is the drive that you extend.\n",
	  { NULL },
	  { "check " AGENT "|Order", "repairs 1", NULL } },
	{ "a value highlighted, its editor opened from the Edit menu, its data typed later",
	  LOCATE
	  "3. Highlight the Retries value.\n"
	  "\n"
	  "4. From the Edit menu, choose DWORD.\n"
	  "\n"
	  "5. In the Data box, type 5, click Decimal, and then click OK.\n",
	  { "check REG_DWORD " AGENT "|Retries = 5", "repair " AGENT "|Retries", NULL },
	  { NULL } },
	{ "steps written back to back: Add Key, then its name in the next step's line, one key made",
	  LOCATE
	  "3. On the Edit menu, click Add Key.\n"
	  "4. In the Key Name box, type \"Gizmo\", and then click OK.\n"
	  "5. On the Edit menu, click Add Value, and then enter:\n"
	  "\n"
	  MODE_FAST
	  "\n"
	  "6. Quit Registry Editor.\n",
	  { "check " GIZMO "|Mode = Fast", "repair " GIZMO "|Mode", NULL },
	  { "check " AGENT "|Mode", "under an unnamed subkey", "names in words", NULL } },
	{ "steps back to back: a step selecting the key made, then the next step, values under it",
	  LOCATE
	  "3. On the Edit menu, click Add Key, and type \"Gizmo\" for the key name.\n"
	  "4. Select the Gizmo key.\n"
	  "5. On the Edit menu, click Add Value, and then enter:\n"
	  "\n"
	  MODE_FAST,
	  { "check " GIZMO "|Mode = Fast", NULL },
	  { "check " AGENT "|Mode", "under an unnamed subkey", NULL } },
	{ "a value only looked at is no check",
	  LOCATE
	  "3. Highlight the Retries value.\n"
	  "\n"
	  "4. From the Edit menu, choose DWORD, and note the number in the Data box.\n"
	  "\n"
	  "5. Quit Registry Editor.\n",
	  { NULL },
	  { "check " AGENT "|Retries", "repairs 1", NULL } },
};

static void test_key_in_force(void **state)
{
	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_key_in_force),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
