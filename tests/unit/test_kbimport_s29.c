/* test_kbimport_s29.c: forms of session 29's importer mends, read from
 * the misses of unseen set 46.  Each case imports a small article written
 * here, in our own words. */
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

#define FROB_P "HKLM\\SOFTWARE\\Frob\\Parameters"
/* The value block that follows each key below. */
#define ENABLED_BLOCK \
	"   Value Name: Enabled\n" \
	"   Data Type: REG_DWORD\n" \
	"   Value: 1\n\n"

/* unseen46, Q155886 (and the pool's Q153944): "HKEY_LOCAL_MACHINE\SYSTEM",
 * a blank line, then the rest of the path indented deeper under it, a
 * name a line ("\CurrentControlSet" / "\Services" / "\LMHOSTS") or all
 * on one line: one path.  The root and hive's name were read as a key of
 * their own ("names a hive, not a key in it") and the names below were
 * left to the review net line by line (core/kbimport_registry.c
 * join_wrapped()); the lines of a key read whole carry no item of their
 * own (core/kbimport.c imp_placed_lines()). */
static void test_u46_a_path_set_apart_from_its_root_by_a_blank(void **state)
{
	static const struct draft_case cases[] = {
		{ "a name a line under the root and the hive's name",
		  "\nTo turn the agent on, add the following value under this key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\n\n"
		  "      \\Frob\n"
		  "         \\Parameters\n\n" ENABLED_BLOCK END_WORDS,
		  { "check REG_DWORD " FROB_P "|Enabled = 1", "repair " FROB_P "|Enabled", NULL },
		  { "review 0: names a hive", "review 23: did not place", "review 24: did not place", NULL } },
		{ "the rest of the path on one line",
		  "\nTo turn the agent on, add the following value under this key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\n\n"
		  "      \\Frob\\Parameters\n\n" ENABLED_BLOCK END_WORDS,
		  { "check REG_DWORD " FROB_P "|Enabled = 1", NULL },
		  { "review 0: names a hive", "review 23: did not place", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen46, Q177719: "installs the following registry keys and subkeys
 * under the HKEY_LOCAL_MACHINE\...\Services registry branch:" over
 * "VxD\Winsock2", "Winsock2", "Winsock2\Setup": keys named below the key
 * the lead-in gives, each a line the review net lists (only the one
 * holding "Parameters" reached it).  Files listed under a folder are
 * not keys (core/kbimport_net.c key_under_lead_in_key()). */
static void test_u46_keys_listed_under_a_key_the_lead_in_names(void **state)
{
	static const struct draft_case cases[] = {
		{ "keys under a branch the lead-in names",
		  "\nThe Frob update installs the following registry keys and subkeys under the\n"
		  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco registry branch:\n\n"
		  "   Vxd\\Frob2\n"
		  "   Frob2\n"
		  "   Frob2\\Setup (includes subkeys)\n\n" END_WORDS,
		  { "review 21: names a registry key", "review 22: names a registry key",
		    "review 23: names a registry key", NULL },
		  { NULL } },
		{ "files under a folder",
		  "\nThe Frob update installs the following files under the C:\\Frob folder:\n\n"
		  "   Vxd\\Frob2.vxd\n"
		  "   Frob2.dll\n\n" END_WORDS,
		  { NULL },
		  { "review 20: names a registry key", "review 21: names a registry key", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define NAMESPACE "HKLM\\SOFTWARE\\Frob\\Desktop\\NameSpace"
#define FROB_GUID "{0A1B2C3D-0000-0000-C000-000000000046}"

/* unseen46, Q238567: "click Add Key, and then add the following registry
 * key:" over "Key Name: {00020D75-...-000000000046}": a class's GUID is
 * the name of the key made, as a plain name is; the line was left to the
 * review net (core/kbimport_subkeys.c imp_made_key_name_at(), and
 * core/kbimport_keyforce.c name_alone() for a GUID alone on its line). */
static void test_u46_a_guid_named_in_the_add_key_dialog(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Key Name: {GUID}' after Add Key",
		  "\n1. Locate the following key in the registry:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Desktop\\NameSpace\\\n\n"
		  "2. On the Edit menu, click Add Key, and then add the following registry key:\n\n"
		  "   Key Name: " FROB_GUID "\n\n"
		  "3. Quit Registry Editor.\n\n" END_WORDS,
		  { "check " NAMESPACE "\\" FROB_GUID, "expect: key-exists", "repair " NAMESPACE "\\" FROB_GUID, NULL },
		  { "review 24: did not place", NULL } },
		{ "a GUID cut short is no name",
		  "\n1. Locate the following key in the registry:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Desktop\\NameSpace\\\n\n"
		  "2. On the Edit menu, click Add Key, and then add the following registry key:\n\n"
		  "   Key Name: {0A1B2C3D-0000-0000-C000-0000000000}\n\n"
		  "3. Quit Registry Editor.\n\n" END_WORDS,
		  { NULL },
		  { "check " NAMESPACE "\\{0A1B2C3D-0000-0000-C000-0000000000}", "expect: key-exists", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen46, Q294406: "Value data: https:" (the article notes that the
 * data must end with a colon): one word ending with a colon is a datum,
 * not a sentence leading in to something; words that end with one still
 * are (core/kbimport_registry.c data_reads_as_words()). */
static void test_u46_a_datum_that_ends_with_a_colon(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Value data: https:'",
		  "\n1. Locate and click the following key in the registry:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Parameters\n\n"
		  "2. On the Edit menu, click Add Value, and then add the following registry value:\n\n"
		  "   Value name: Frob Url Protocol\n"
		  "   Data type: Reg_SZ\n"
		  "   Value data: https:\n\n" END_WORDS,
		  { "check REG_SZ " FROB_P "|Frob Url Protocol = https:", "repair " FROB_P "|Frob Url Protocol", NULL },
		  { "review 0: reads as a sentence", NULL } },
		{ "words ending with a colon",
		  "\n1. Locate and click the following key in the registry:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Parameters\n\n"
		  "2. On the Edit menu, click Add Value, and then add the following registry value:\n\n"
		  "   Value name: Frob Url Protocol\n"
		  "   Data type: Reg_SZ\n"
		  "   Value data: one of these protocols:\n\n" END_WORDS,
		  { "review 0: reads as a sentence", NULL },
		  { "check REG_SZ " FROB_P "|Frob Url Protocol", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen46, Q154410 (a parameter reference): "BurstHandling" alone over
 * "Type = REG_DWORD", "Value: 0 or 1", "Default = 0": the entry's name
 * heads it.  The block reader read "Type = REG_DWORD" as a value named
 * Type (and, with "Type:", "Value: 0 or 1" as a value named "0 or 1"),
 * and the reference pass knew only labels with a colon
 * (core/kbimport_values.c imp_read_value_block(), core/kbimport_regblock.c
 * type_label()). */
static void test_u46_a_parameter_named_over_its_type_label(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Type = REG_DWORD' under the name",
		  "\nThe following parameters are under this key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Parameters\n\n"
		  "      BurstFrob\n"
		  "      Type = REG_DWORD\n"
		  "      Value: 0 or 1\n"
		  "      Default = 0\n\n"
		  "This parameter smooths bursts of requests.\n\n"
		  "      FrobTime\n"
		  "      Type = REG_SZ\n"
		  "      Default = 2:00:00\n\n" END_WORDS,
		  { "review 22: value 'BurstFrob' REG_DWORD", "review 29: value 'FrobTime' (REG_SZ, default 2:00:00)", NULL },
		  { "review 0: value 'Type'", "review 0: value '0 or 1'", "check " FROB_P "|BurstFrob", NULL } },
		{ "'Data Type: REG_DWORD' under the name",
		  "\nThe following parameters are under this key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Parameters\n\n"
		  "      BurstFrob\n"
		  "      Data Type: REG_DWORD\n"
		  "      Value: 0 or 1\n\n" END_WORDS,
		  { "review 22: value 'BurstFrob' REG_DWORD", NULL },
		  { "review 0: value '0 or 1'", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The article names a key by its path somewhere: the prose reader reads
 * only articles that speak of the registry. */
#define REG_PATH_LINE "The agent's keys are under HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob.\n\n"

/* unseen46, Q165574: "Remove the SNMP_EVENTS" / "key, and run ...": a
 * key named in words whose noun wrapped onto the next line.  The line
 * reached no review list (core/kbimport_named.c
 * imp_scan_named_in_prose()); a plain word before the wrapped noun
 * ("the registry" / "key") names nothing. */
static void test_u46_a_name_whose_noun_wrapped(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Remove the FROB_EVENTS' / 'key, and run'",
		  "\n - Verify that the Frob service is started in the registry. Remove the FROB_EVENTS\n"
		  "   key, and run the Frob translator again.\n\n" REG_PATH_LINE END_WORDS,
		  { "review 18: key 'FROB_EVENTS' is named here in words", NULL },
		  { NULL } },
		{ "'... the MaxFrob' / 'value.'",
		  "\nThe agent saves its files to the folder the registry gives in the MaxFrob\n"
		  "value.\n\n" REG_PATH_LINE END_WORDS,
		  { "review 18: value 'MaxFrob' is named here in words", NULL },
		  { NULL } },
		{ "a plain word before the noun",
		  "\nThe agent keeps its settings in the registry. Remove the Frob\n"
		  "key only when asked to.\n\n" REG_PATH_LINE END_WORDS,
		  { NULL },
		  { "review 18: is named here in words", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen46, Q262464: "add the ExportPictureWithMetafile=0 string" /
 * "value to the Windows registry": a Name=data the words after it give a
 * value's type, the line broken before "value".  The review net knew
 * such a Name=data only with the word "registry" on its line
 * (core/kbimport_net.c name_data_in_registry_sentence()); an .ini file's
 * "the Frob=1 entry" stays out. */
static void test_u46_name_data_with_a_type_after_it(void **state)
{
	static const struct draft_case cases[] = {
		{ "'the ExportFrob=0 string' / 'value'",
		  "\nTo keep the files small, add the ExportFrobWithMeta=0 string\n"
		  "value to the Windows registry using the following steps:\n\n" END_WORDS,
		  { "review 18: names a registry key or value", NULL },
		  { NULL } },
		{ "'the Frob=1 entry' of an .ini file",
		  "\nThe error occurs when the FrobMode=1 entry appears in the [Frob]\n"
		  "section of the Frob.ini file.\n\n" END_WORDS,
		  { NULL },
		  { "review 18: names a registry key or value", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define LSA "HKLM\\SYSTEM\\Frob\\Lsa"

/* Two values, one for each case, each under the lead-in of its case. */
#define TWO_CASES(second_lead_in) \
	"\n1. Under the HKEY_LOCAL_MACHINE subtree, go to the following subkey:\n\n" \
	"      SYSTEM\\Frob\\Lsa\n\n" \
	"2. Make one of the changes listed below, depending on the protocol used:\n\n" \
	"   For password support using the Frob protocol, enter:\n\n" \
	"      Value Name:  FrobClientSupport\n" \
	"      Data Type:  REG_DWORD\n" \
	"      DWORD Editor Data: 1\n\n" \
	"   -OR-\n\n" \
	second_lead_in \
	"      Value Name:  WobClientSupport\n" \
	"      Data Type:  REG_DWORD\n" \
	"      DWORD Editor Data: 1\n\n" \
	"3. Restart the computer.\n\n" END_WORDS

/* unseen47, Q156182: "DWORD Editor Data: 1" (Regedt32's DWORD Editor box)
 * gives a value's data; and "-OR-", then the other case's lead-in ("For
 * password support using TCP/IP protocol, enter:"), then its value: the
 * two values are alternatives, both under the key.  The first was read
 * with no data and the second tied to no key; with the data read alone,
 * the first would have been drafted as a set with no word of the other
 * case (core/kbimport_values.c value_fields[], value_name_follows()). */
static void test_u47_alternatives_each_under_its_case(void **state)
{
	static const struct draft_case cases[] = {
		{ "'-OR-' then the other case's lead-in",
		  TWO_CASES("   For password support using the Wob protocol, enter:\n\n"),
		  { "review 0: value 'FrobClientSupport' REG_DWORD under " LSA ": the article offers this value as one of alternatives",
		    "review 0: value 'WobClientSupport' REG_DWORD under " LSA ": the article offers this value as one of alternatives", NULL },
		  { "repair " LSA "|FrobClientSupport", "review 0: not tied to a key", NULL } },
		{ "'-OR-' then the value",
		  TWO_CASES(""),
		  { "review 0: value 'WobClientSupport' REG_DWORD under " LSA ": the article offers this value as one of alternatives", NULL },
		  { "repair " LSA "|FrobClientSupport", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen47, Q232628: "If you do not want Frob installed, delete registry
 * key: HKLM\Software\Frob\Connection Manager" over a heading's rule: the
 * path the sentence labels "key:" runs to the line's end, past the space
 * in its last name; it was cut to "...\Connection".  A sentence that goes
 * on on the next line keeps the first word only
 * (core/kbimport_registry.c labelled_to_line_end()). */
static void test_u47_a_path_labelled_in_a_sentence_ends_its_line(void **state)
{
	static const struct draft_case cases[] = {
		{ "the path ends its paragraph",
		  "\nIf you do not want Frob installed, delete registry key: HKLM\\Software\\Frob\\Connection Manager\n"
		  "--------------------------------------------------------------------------------\n\n" END_WORDS,
		  { "review 18: key HKLM\\Software\\Frob\\Connection Manager is named", NULL },
		  { "review 18: key HKLM\\Software\\Frob\\Connection is named", NULL } },
		{ "the sentence goes on",
		  "\nTo remove the reader, delete the following registry key: HKLM\\Software\\Frob\\eBook If Frob\n"
		  "Reader is installed again, the key comes back.\n\n" END_WORDS,
		  { "review 18: key HKLM\\Software\\Frob\\eBook", NULL },
		  { "review 18: eBook If", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen47, Q240348: "3. Click the folder of the program that has more
 * than 63 characters in the" / "title, right-click DisplayName, and then
 * click Modify.": the review net kept out any line opening with the word
 * "title" (meant for a related article's "TITLE   :" header quoted in the
 * body), so the value clicked was listed nowhere
 * (core/kbimport_net.c title_header()). */
static void test_u47_a_line_opening_with_the_word_title(void **state)
{
	static const struct draft_case cases[] = {
		{ "'title, right-click DisplayName, and then click Modify.'",
		  "\n2. Locate the following registry key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Uninstall\n\n"
		  "3. Click the folder of the program that has more than 63 characters in the\n"
		  "   title, right-click DisplayName, and then click Modify.\n\n"
		  "4. In the \"Value data\" box, type a shorter name.\n\n" END_WORDS,
		  { "review 23: names a registry key or value", NULL },
		  { NULL } },
		{ "a related article's header",
		  "\nThe agent keeps its list in the registry, HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob.\n"
		  "For more information, see the following article:\n\n"
		  "   TITLE   : Double-click FrobList, and then click Modify Fails\n\n" END_WORDS,
		  { NULL },
		  { "review 21: names a registry key or value", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen47, Q136597: "you must modify the value for the "NoDrives" DWORD
 * in the following registry" / "key ...": a value named in words, the
 * type word standing for "value"; and Q194525's "Remove the string value
 * "Web Connector" from this key": the name quoted after "the string
 * value".  Neither line reached a review list (core/kbimport_named.c
 * named_in()).  "a DWORD" names nothing. */
static void test_u47_a_value_called_a_dword(void **state)
{
	static const struct draft_case cases[] = {
		{ "'the \"NoFrobs\" DWORD in the following registry key'",
		  "\n - To show the drives again, you must modify the value for the \"NoFrobs\" DWORD\n"
		  "   in the following registry key:\n\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Policies\n\n" END_WORDS,
		  { "review 18: value 'NoFrobs' is named here in words", NULL },
		  { NULL } },
		{ "'Remove the string value \"Frob Connector\" from this key.' (unseen47, Q194525)",
		  "\n   b. Locate the following key: HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Setup\n\n"
		  "   c. Remove the string value \"Frob Connector\" from this key. This clears the\n"
		  "      check box.\n\n" END_WORDS,
		  { "review 20: value 'Frob Connector' is named here in words", NULL },
		  { NULL } },
		{ "'a DWORD in the following registry key'",
		  "\n - To show the drives again, you must add a DWORD\n"
		  "   in the following registry key:\n\n"
		  "      HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Policies\n\n" END_WORDS,
		  { NULL },
		  { "review 18: is named here in words", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen48, Q99885: "3. Make sure the ACL on the following registry key
 * allows only Administrators and the System write access." over
 * ...\LSA, then "4. Make sure all values in the following registry key
 * are ...": neither asks that ...\LSA exist (the first is of its ACL,
 * the second of the next key, and of its values, not of it), and "this
 * key exists because ..." under a key in a description is a reason, not
 * an ask.  Each was drafted as a key-exists check (core/kbimport_asks.c
 * key_asks()); the set's two wrong facts as drawn. */
static void test_u48_a_key_whose_acl_is_asked_of(void **state)
{
	static const struct draft_case cases[] = {
		{ "the ACL, then the next step's key",
		  "\n3. Make sure the ACL on the following registry key allows only Administrators\n"
		  "   and the System write access.\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Lsa\n\n"
		  "4. Make sure all values in the following registry key are for filter packages\n"
		  "   that Setup installed.\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Lsa\\Packages\n\n" END_WORDS,
		  { NULL },
		  { "check HKLM\\SOFTWARE\\Frob\\Lsa", "expect: key-exists", NULL } },
		{ "'this key exists because'",
		  "\nFrob.dll ships with the server and is in the following default registry\n"
		  "configuration:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Lsa\n\n"
		  "Although Frob may not be installed, this key exists because this is the only\n"
		  "place to pick up password changes.\n\n" END_WORDS,
		  { NULL },
		  { "expect: key-exists", NULL } },
		{ "'make sure that the following registry key exists'",
		  "\n3. Make sure that the following registry key exists:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frob\\Lsa\n\n"
		  "4. Quit Registry Editor.\n\n" END_WORDS,
		  { "check HKLM\\SOFTWARE\\Frob\\Lsa", "expect: key-exists", NULL },
		  { NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen48, Q152453 (and the archive's Q165318, Q185493): "Right click on
 * DirectHost and choose Modify", "right-click AlwaysBatch, and then
 * select Modify": Registry Editor's Modify command written with "choose"
 * or "select", the name after "click on"; the review net knew "click X,
 * and then click Modify" only (core/kbimport_net.c modify_command()). */
static void test_u48_modify_chosen_on_a_clicked_value(void **state)
{
	static const struct draft_case cases[] = {
		{ "'Right click on FrobHost and choose Modify.'",
		  "\n1. Start Registry Editor (Regedit.exe) and open HKEY_LOCAL_MACHINE.\n\n"
		  "2. Right click on FrobHost and choose Modify. The Edit String dialog appears.\n\n" END_WORDS,
		  { "review 20: names a registry key or value", NULL },
		  { NULL } },
		{ "'right-click FrobBatch, and then select Modify'",
		  "\n1. Start Registry Editor (Regedit.exe) and open HKEY_LOCAL_MACHINE.\n\n"
		  "2. On the right side, right-click FrobBatch, and then select Modify.\n\n" END_WORDS,
		  { "review 20: names a registry key or value", NULL },
		  { NULL } },
		{ "'choose Modify' on a style in a word processor",
		  "\n1. On the Format menu, click Style.\n\n"
		  "2. Right click on BodyText and choose Modify.\n\n" END_WORDS,
		  { NULL },
		  { "review 20: names a registry key or value", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

#define FROB_WKS "HKLM\\SYSTEM\\Frob\\Workstation\\Parameters"

/* unseen48, Q259928 (and the archive's Q217040): a value given in a box
 * of two columns, the labels in the first ("| Value Name: | Frob |",
 * "| Data Type:  | REG_DWORD |", "| Data: | 0 |", "| Radix: | Hex |"): read
 * as the labels they are.  The rows named no value at all (or a value
 * named "Data Type      String"); a box whose header is "| Value |
 * Meaning |" lists data and their meanings, no value
 * (core/kbimport_values.c boxed_label_row()). */
static void test_u48_a_value_in_a_box_of_labels(void **state)
{
	static const struct draft_case cases[] = {
		{ "a box of labels and their text",
		  "\nMove to the following registry path and add the following value if it is not\n"
		  "already there:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\Frob\\Workstation\\Parameters\n\n"
		  "+--------------------------------+\n"
		  "| Value Name: | UseFrobCaching   |\n"
		  "+--------------------------------+\n"
		  "| Data Type:  | REG_DWORD        |\n"
		  "+--------------------------------+\n"
		  "| Data:       | 0                |\n"
		  "+--------------------------------+\n"
		  "| Radix:      | Hex              |\n"
		  "+--------------------------------+\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_WKS "|UseFrobCaching = 0", "repair " FROB_WKS "|UseFrobCaching", NULL },
		  { "review 0: did not place", NULL } },
		{ "a box of data and their meanings",
		  "\nThe following registry key holds the audit flags:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\Frob\\Workstation\\Parameters\n\n"
		  "+--------------------------------+\n"
		  "| Value | Meaning                |\n"
		  "+--------------------------------+\n"
		  "| A     | Restart, Shutdown      |\n"
		  "+--------------------------------+\n\n" END_WORDS,
		  { NULL },
		  { "review 0: value 'Meaning'", "check " FROB_WKS "|Meaning", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

/* unseen48, Q257995 (and the archive's Q177979): "The following events may
 * be logged in the application event log:" over "   9315 MTA" and its
 * message: an event's ID and source heading its message.  The lines
 * reached no review list (core/kbimport_net.c event_id_source_row()); a
 * number wrapped in prose ("Windows" / "95 taskbar.") is no event. */
static void test_u48_events_listed_by_id_and_source(void **state)
{
	static const struct draft_case cases[] = {
		{ "'9315 FrobMTA' under the events' lead-in",
		  "\nThe agent may stop responding. The following events may be logged in the\n"
		  "application event log:\n\n"
		  "   9315 FrobMTA\n"
		  "   A resource limit has been reached.\n\n"
		  "   9405 FrobMTA\n"
		  "   An unexpected error has occurred.\n\n" END_WORDS,
		  { "review 21: an event ID", "review 24: an event ID", NULL },
		  { NULL } },
		{ "a number wrapped in prose",
		  "\nThis occurs when either of the following events occurs:\n\n"
		  " - You move the toolbar so that it is hidden behind the Frob\n"
		  "   95 taskbar.\n\n" END_WORDS,
		  { NULL },
		  { "review 21: an event ID", NULL } },
	};

	(void)state;
	draft_expect_cases(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_u46_a_path_set_apart_from_its_root_by_a_blank),
		cmocka_unit_test(test_u46_keys_listed_under_a_key_the_lead_in_names),
		cmocka_unit_test(test_u46_a_guid_named_in_the_add_key_dialog),
		cmocka_unit_test(test_u46_a_datum_that_ends_with_a_colon),
		cmocka_unit_test(test_u46_a_parameter_named_over_its_type_label),
		cmocka_unit_test(test_u46_a_name_whose_noun_wrapped),
		cmocka_unit_test(test_u46_name_data_with_a_type_after_it),
		cmocka_unit_test(test_u47_alternatives_each_under_its_case),
		cmocka_unit_test(test_u47_a_path_labelled_in_a_sentence_ends_its_line),
		cmocka_unit_test(test_u47_a_line_opening_with_the_word_title),
		cmocka_unit_test(test_u47_a_value_called_a_dword),
		cmocka_unit_test(test_u48_a_key_whose_acl_is_asked_of),
		cmocka_unit_test(test_u48_modify_chosen_on_a_clicked_value),
		cmocka_unit_test(test_u48_a_value_in_a_box_of_labels),
		cmocka_unit_test(test_u48_events_listed_by_id_and_source),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
