/* test_kbimport_s41.c: forms of session 41's importer mends, read from
 * the labelled sets' misses (the registry facts of every set, and the
 * errors of unseen202-205, POOL errors3) and from the whole archive's
 * drafts.  Each case imports a small article written here, in our own
 * words. */
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

/* The cases' bodies open under a SYMPTOMS heading (line 12 is the body's
 * first): what they name is what the technician sees. */
static const char sym_head[] = SYMPTOMS_ARTICLE("Frob Agent Stops Responding");

/* A resolution that merges a .reg file whose lines follow (the header's
 * line is 23, the first value's 24), and the end of the article. */
#define REG_FILE_FIX \
	"\nThe frob agent stops responding.\n" \
	"\nRESOLUTION\n==========\n\n" \
	"To resolve this problem, save the following lines as Frob.reg, and then\n" \
	"double-click the file:\n\n" \
	"   REGEDIT4\n\n" \
	"   [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters]\n"
#define FROB_KEY "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters"

/* The whole archive's Q222967, Q148637, Q165318, Q250912: a .reg file
 * writes every type but REG_SZ and REG_DWORD as hex bytes ("hex:",
 * "hex(2):", "hex(7):"), going on over lines that end with a backslash;
 * 13 such values were left to a person as "not converted" (2 labelled). */
static void test_a_regedit_line_s_hex_data(void **state)
{
	static const struct draft_case cases[] = {
		{ "hex(2) in a REGEDIT4 file: one byte a character",
		  REG_FILE_FIX
		  "   \"Temp\"=hex(2):25,53,79,73,74,65,6d,52,6f,6f,74,25,5c,54,45,4d,50,00\n\n" END_WORDS,
		  { "check REG_EXPAND_SZ " FROB_KEY "|Temp = %SystemRoot%\\TEMP", "repair " FROB_KEY "|Temp", NULL },
		  { "not converted", NULL } },
		{ "hex(2) in UTF-16, going on over the next line",
		  REG_FILE_FIX
		  "   \"Image\"=hex(2):43,00,3a,00,5c,00,46,00,72,00,6f,00,62,00,5c,00,\\\n"
		  "     66,00,2e,00,73,00,79,00,73,00,00,00\n\n" END_WORDS,
		  { "check REG_EXPAND_SZ " FROB_KEY "|Image = C:\\Frob\\f.sys",
		    "review 24: goes on over lines 24-25", NULL },
		  { NULL } },
		{ "hex(7): a list, each entry checked",
		  REG_FILE_FIX "   \"Order\"=hex(7):61,62,00,63,64,00,00\n\n" END_WORDS,
		  { "check REG_MULTI_SZ " FROB_KEY "|Order = ab", "data: 'cd'", "expect: contains", NULL },
		  { NULL } },
		{ "hex: REG_BINARY, the bytes as they are written",
		  REG_FILE_FIX "   \"Mask\"=hex:01,00,0a,ff\n\n" END_WORDS,
		  { "check REG_BINARY " FROB_KEY "|Mask = 01 00 0a ff", NULL },
		  { NULL } },
		{ "hex: over two lines: a blob left to a person",
		  REG_FILE_FIX "   \"Rules\"=hex:2c,01,00,00,00,00,00,00,c4,ff,ff,ff,\\\n     00,00,0a,00\n\n" END_WORDS,
		  { "review 24: REG_BINARY data goes on over lines 24-25", "checks 0", NULL },
		  { NULL } },
		{ "hex(4) and hex(b): numbers, least significant byte first",
		  REG_FILE_FIX "   \"Limit\"=hex(4):1e,01,00,00\n   \"Big\"=hex(b):00,00,00,00,01,00,00,00\n\n" END_WORDS,
		  { "check REG_DWORD " FROB_KEY "|Limit = 286", "check REG_QWORD " FROB_KEY "|Big = 4294967296", NULL },
		  { NULL } },
		{ "REG_NONE, a character past ASCII, a list with no end, a cut-off line: a person's",
		  REG_FILE_FIX
		  "   \"None\"=hex(0):\n"
		  "   \"Accent\"=hex(2):63,61,66,e9,00\n"
		  "   \"Cut\"=hex(7):61,62\n"
		  "   \"More\"=hex:01,02,...\n\n" END_WORDS,
		  { "review 24: no bytes", "review 25: other than printable ASCII", "review 26: zero character",
		    "review 27: not all hex bytes", "checks 0", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen202's Q285323, unseen204's Q197104, unseen205's Q287723: Windows
 * 95's blue screen names the processor's exception in two hex digits;
 * exception 00 is a divide error (a fault, not the success 0 is
 * elsewhere), articles type the zero as the letter O ("OE"), and Windows
 * Me's screen writes "Error: 0E : 0028 : C000EC99" (the exception, the
 * system's code segment, the address); 10 archive articles. */
static void test_the_blue_screen_s_exception(void **state)
{
	static const struct draft_case cases[] = {
		{ "exception 00, the divide error",
		  "\nThe frob game stops with the following message:\n\n"
		  "   A fatal exception 00 has occurred at 0028:C0FD5A27 in VXD FROB(01) +\n"
		  "   00000A27.\n" FIX_WORDS,
		  { "code: 0x00", NULL },
		  { NULL } },
		{ "the letter O typed for the zero",
		  "\nThe frob game stops with the following message:\n\n"
		  "   Fatal exception oe has occurred at 0028:02800240\n" FIX_WORDS,
		  { "error 0x0E", "review 15: the letter O for its zero", NULL },
		  { NULL } },
		{ "Windows Me's screen, its address no status",
		  "\nThe frob game stops with the following message:\n\n"
		  "   Error: 0E : 0028 : C000EC99\n" FIX_WORDS,
		  { "error 0x0E", NULL },
		  { "error 0xC000EC99", NULL } },
		{ "Windows Me's screen with the letter O",
		  "\nThe frob game stops with the following message:\n\n"
		  "   Error:OD: 0028:C0012345\n" FIX_WORDS,
		  { "error 0x0D", "review 15: the letter O", NULL },
		  { NULL } },
		{ "not the word 'of', not another program's error with another segment",
		  "\nThe frob game stops with the following messages:\n\n"
		  "   A fatal exception of type 0E has occurred.\n"
		  "   Frob Error: 0C : 0029 : 5\n" FIX_WORDS,
		  { NULL },
		  { "error 0x0F", "error 0x0C", NULL } },
		{ "no zero code elsewhere: a status 0 is a success",
		  "\nThe frob agent stops. The log shows \"return code 0\" and error 0 at\n"
		  "offset 5.\n" FIX_WORDS,
		  { NULL },
		  { "code: 0x00", "code: 0\n", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* A procedure that locates a service's key (its last line 16, the step
 * that edits a value 18). */
#define SERVICE_KEY_STEPS \
	"\nThe frob service does not start.\n" \
	"\nRESOLUTION\n==========\n\n" \
	"To prevent this problem, follow these steps:\n\n" \
	"1. Locate and then click the following registry key:\n\n" \
	"   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frobsvc\n\n"
#define FROBSVC_KEY "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frobsvc"

/* Q320331 (labelled in an earlier set): "Edit the DependOnService value.
 * Add "ClusSvc" to the list of services.": the list is the value the step
 * opened, named a sentence before. */
static void test_an_entry_added_to_the_list_the_step_opened(void **state)
{
	static const struct draft_case cases[] = {
		{ "a dependency list opened, the entry quoted, the sentence wrapped",
		  SERVICE_KEY_STEPS
		  "2. Edit the DependOnService value. Add \"ClusSvc\" (without the quotation marks)\n"
		  "   to the list of services.\n\n" END_WORDS,
		  { "check REG_MULTI_SZ " FROBSVC_KEY "|DependOnService = ClusSvc", "expect: contains", "action: add-entry",
		    NULL },
		  { NULL } },
		{ "a known list double-clicked",
		  SERVICE_KEY_STEPS
		  "2. Double-click the NullSessionPipes value, and then add FROBPIPE to the list.\n\n" END_WORDS,
		  { "check REG_MULTI_SZ " FROBSVC_KEY "|NullSessionPipes = FROBPIPE", "action: add-entry", NULL },
		  { NULL } },
		{ "a value the words do not make a list, and a list named nowhere",
		  SERVICE_KEY_STEPS
		  "2. Edit the FrobMode value, and then add Bar to the list.\n"
		  "3. Add Baz to the list of programs that start.\n\n" END_WORDS,
		  { "checks 0", NULL },
		  { NULL } },
		{ "a new list the step makes: not an entry added to what is there",
		  SERVICE_KEY_STEPS
		  "2. Add a REG_MULTI_SZ value that is named DependOnService, and then add Tcpip\n"
		  "   to the list.\n\n" END_WORDS,
		  { NULL },
		  { "action: add-entry", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* Q156996 (labelled in an earlier set): "Add a registry value Foo of type
 * REG_DWORD to:" / the key / "and set it to 1.": the colon ending the
 * sentence is the key's place, as "to the following key:" is. */
static void test_a_value_added_to_the_key_after_a_colon(void **state)
{
	static const struct draft_case cases[] = {
		{ "the value, its type, the key after 'to:', the datum under it",
		  "\nThe frob service does not start.\n"
		  "\nWORKAROUND\n==========\n\n"
		  "Add a registry value FrobLimit of type REG_DWORD to:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frobsvc\n\n"
		  "and set it to 1.\n\n" END_WORDS,
		  { "check REG_DWORD " FROBSVC_KEY "|FrobLimit = 1", "repair " FROBSVC_KEY "|FrobLimit", NULL },
		  { NULL } },
		{ "something else added 'to:' is no value",
		  "\nThe frob service does not start.\n"
		  "\nWORKAROUND\n==========\n\n"
		  "Add the Frob Operators group to:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frobsvc\n\n" END_WORDS,
		  { NULL },
		  { "repairs 1", "check " FROBSVC_KEY "|Frob", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* A procedure that locates the print monitors' key (line 20), then a
 * step (line 22) and the last (line 24). */
#define MONITORS_STEPS(key_line, step) \
	"\nThe spooler stops.\n" \
	"\nRESOLUTION\n==========\n\n" \
	"1. Start Registry Editor (Regedt32.exe), and then locate the following\n" \
	"   registry key:\n\n" key_line "\n\n" step "\n\n" "3. Quit Registry Editor.\n\n" END_WORDS
#define MONITORS_KEY "HKLM\\System\\CurrentControlSet\\Control\\Print\\Monitors"
#define MONITORS_LINE "   HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\\Print\\Monitors"

/* Q246491, Q246523 (labelled in earlier sets): "Delete the HP Jet Admin
 * value and the HP Language Monitor value.", a value's name of several
 * words (capitalised, or in quotes), two values one verb deletes, and a
 * key line that ends with a backslash; a suggestion over the key asks
 * nothing, whatever the key line's end (it held only where the line's
 * backslash kept the step reader away). */
static void test_values_deleted_by_their_names_in_words(void **state)
{
	static const struct draft_case cases[] = {
		{ "a name of several capitalised words",
		  MONITORS_STEPS(MONITORS_LINE, "2. Delete the Frob Port Monitor value."),
		  { "absent " MONITORS_KEY "|Frob Port Monitor", "repair " MONITORS_KEY "|Frob Port Monitor", NULL },
		  { NULL } },
		{ "a name in quotes",
		  MONITORS_STEPS(MONITORS_LINE, "2. Delete the \"frob monitor\" value."),
		  { "absent " MONITORS_KEY "|frob monitor", NULL },
		  { NULL } },
		{ "two values, one verb",
		  MONITORS_STEPS(MONITORS_LINE, "2. Delete the Frob Jet value and the Frob Language Monitor value."),
		  { "absent " MONITORS_KEY "|Frob Jet", "absent " MONITORS_KEY "|Frob Language Monitor", "repairs 2", NULL },
		  { NULL } },
		{ "the key line ends with a backslash",
		  MONITORS_STEPS(MONITORS_LINE "\\", "2. Delete the FrobMon value."),
		  { "absent " MONITORS_KEY "|FrobMon", NULL },
		  { NULL } },
		{ "a second value not read whole: the step is a person's",
		  MONITORS_STEPS(MONITORS_LINE, "2. Delete the FrobMon value and the FrobLang value from the old list."),
		  { "checks 0", NULL },
		  { NULL } },
		{ "a suggestion over the key, its line with no backslash: nothing asked (guide C8)",
		  "\nThe spooler stops.\n"
		  "\nRESOLUTION\n==========\n\n"
		  "If the spooler still stops, you may want to turn off frobbing as a\n"
		  "troubleshooting step. To turn off frobbing, delete the FrobMon value in\n"
		  "the following registry key:\n\n" MONITORS_LINE "\n\n" END_WORDS,
		  { NULL },
		  { "absent " MONITORS_KEY "|FrobMon", "repairs 1", NULL } },
		{ "lowercase words are a sentence, another object is not a value",
		  MONITORS_STEPS(MONITORS_LINE, "2. Delete the old frob value and the Frob Cache folder."),
		  { "checks 0", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen205's Q172302: "you may encounter the following events:" over
 * "5730 - Replication of the SAM Global group ..." at the paragraph's
 * margin: the dash sets the ID apart as an indent does. */
static void test_an_event_list_at_the_margin(void **state)
{
	static const struct draft_case cases[] = {
		{ "IDs with a dash at the margin, after a lead-in naming events",
		  "\nWhen the frob replicates, you may encounter the following events:\n\n"
		  "5730 - Replication of the Frob group from the primary frob server\n"
		  "failed with the following error: cannot perform this operation.\n\n"
		  "5731 - Replication of the Frob member failed.\n" FIX_WORDS,
		  { "event 5730", "event 5731", NULL },
		  { NULL } },
		{ "at the margin with no dash: a paragraph's number, not an ID",
		  "\nWhen the frob replicates, you may encounter the following events:\n\n"
		  "2000 Frob servers were replicated before the failure.\n" FIX_WORDS,
		  { NULL },
		  { "event 2000", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen209's Q151448: "Trap 0x50 and 0xA occur": two codes after one
 * keyword joined by "and", as "or" joins them, when both are written in
 * hex with 0x (a decimal after "and" may count something). */
static void test_two_hex_codes_joined_by_and(void **state)
{
	static const struct draft_case cases[] = {
		{ "two traps",
		  "\nOn a computer running Frob, Trap 0x50 and 0xA occur when you copy files.\n" FIX_WORDS,
		  { "error 0x50", "error 0xA", NULL },
		  { NULL } },
		{ "a decimal after 'and' is no second code",
		  "\nThe frob agent stops with error 0x5 and 6 retries are logged.\n" FIX_WORDS,
		  { "error 0x5", NULL },
		  { "error 6", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen213's Q103202 (and the labelled Q102209, Q102302): OS/2's and LAN
 * Manager's "Trap 0002", "TRAP 000D", the processor's trap a word padded
 * with zeros, hex as the OS Loader's padded "TRAP 0000000E" is. */
static void test_a_trap_as_a_padded_word(void **state)
{
	static const struct draft_case cases[] = {
		{ "a trap screen's padded word",
		  "\nThe frob server stops. The trap information will look like:\n\n"
		  "   TRAP 000D ERRACD=0008 ERRAC=**** ERLIM=********\n" FIX_WORDS,
		  { "error 0xD", NULL },
		  { NULL } },
		{ "in prose, digits only",
		  "\nTrap 0002 exceptions like this one indicate a memory parity error.\n" FIX_WORDS,
		  { "error 0x2", NULL },
		  { NULL } },
		{ "not a handler's number, not an address",
		  "\nThe trap 0200 handler runs, and the debugger shows !trap f5cc6cf8.\n" FIX_WORDS,
		  { NULL },
		  { "error 0x200", "error 200", "error 0xF5CC6CF8", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen202's Q161791, unseen211's Q312437: "The command lodctr ... failed,
 * returning an error code of" / "<112>.": the code wrapped onto the next
 * line in angle brackets, which set it apart however short it is. */
static void test_a_wrapped_code_in_angle_brackets(void **state)
{
	static const struct draft_case cases[] = {
		{ "two digits in angle brackets on the next line",
		  "\nSetup stops with the following message:\n\n"
		  "   The command lodctr frobctrs.ini failed, returning an error code of\n"
		  "   <32>.\n" FIX_WORDS,
		  { "error 32", NULL },
		  { NULL } },
		{ "two bare digits on the next line are too short to trust",
		  "\nSetup stops with the following message:\n\n"
		  "   The command lodctr frobctrs.ini failed, returning an error code of\n"
		  "   32 seconds later.\n" FIX_WORDS,
		  { NULL },
		  { "error 32", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen206's Q100706, unseen212's Q105289 (and the labelled Q100707,
 * Q100708): a mail gateway's "ERROR write: (9) Bad file number", the
 * socket call that failed, then its error number in brackets; a second
 * row of the error keyword's own words, beside the Macintosh's type. */
static void test_a_socket_call_s_error_number(void **state)
{
	static const struct draft_case cases[] = {
		{ "the call, a colon, the number in brackets, the message",
		  "\nThe frob gateway log shows:\n\n"
		  "   07:33:24 - ERROR close: (9) Bad file number\n"
		  "   ERROR connect: (121) network error\n" FIX_WORDS,
		  { "error 9", "error 121", "message: 'Bad file number'", NULL },
		  { NULL } },
		{ "the Macintosh's row still read beside it",
		  "\nThe frob application quits because an error of type 28 occurred.\n" FIX_WORDS,
		  { "error 28", NULL },
		  { NULL } },
		{ "a read error in prose, a count in brackets",
		  "\nThere is an error read from the disk (5 times), and an error: write (7) fails.\n" FIX_WORDS,
		  { NULL },
		  { "error 5", "error 7", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen212's Q153077: LAN Manager's "NET 3056 - A system error has
 * occurred.", the net message's number written after a space and its
 * message after a dash, as "NET3056: ..." is read. */
static void test_a_net_message_spaced(void **state)
{
	static const struct draft_case cases[] = {
		{ "a space before the number, a dash before the message",
		  "\nThe Frob service of LAN Manager fails to start:\n\n"
		  "   Error: \"NET 3056 - A system error has occurred.\"\n" FIX_WORDS,
		  { "error 3056", "message: 'A system error has occurred.'", NULL },
		  { NULL } },
		{ "not a word that ends in NET, not three digits",
		  "\nThe frob agent stops. The FROBNET 3056 board and the NET 305 card are removed.\n" FIX_WORDS,
		  { NULL },
		  { "error 3056", "error 305", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen212's Q79843 (and the labelled Q61660, Q153243): OS/2's system
 * messages, "SYS1811:", "SYS2070: The system could not demand load ...",
 * the number the error as LAN Manager's NET messages' is; not a file's
 * name. */
static void test_an_os2_system_message(void **state)
{
	static const struct draft_case cases[] = {
		{ "the message ID alone, and with its words",
		  "\nUnder OS/2, you receive the following errors:\n\n"
		  "   SYS1811:\n\n"
		  "   SYS2070: The system could not demand load the application segment.\n" FIX_WORDS,
		  { "error 1811", "error 2070", "message: 'The system could not demand load the application segment'", NULL },
		  { NULL } },
		{ "a file's name, and SYS0000",
		  "\nThe frob setup stops. Type ERASE SYS2018.* at the prompt; the log shows [SYS0000].\n" FIX_WORDS,
		  { NULL },
		  { "error 2018", "code: 0\n", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* A review of the session's readers (a helper's, each finding shown with
 * made-up text): what each new form must not take. */
static void test_review_of_the_session_s_readers(void **state)
{
	static const struct draft_case cases[] = {
		{ "a product's name and year is no spaced net message",
		  "\nWhen you build a project in Frob Studio .NET 2003, the frob service stops.\n" FIX_WORDS,
		  { NULL },
		  { "error 2003", NULL } },
		{ "a spaced net message needs its message after a colon or a dash",
		  "\nThe NET 2003 upgrade stops the frob service.\n" FIX_WORDS,
		  { NULL },
		  { "error 2003", NULL } },
		{ "a footnote's mark in angle brackets on the next line",
		  "\nWhen you start the Frob program, you receive the following error\n"
		  "<1> (see the note below).\n" FIX_WORDS,
		  { NULL },
		  { "error 1", NULL } },
		{ "a type word is no part of a value's name",
		  "\nThe frob service stops.\n\nRESOLUTION\n==========\n\n"
		  "1. Locate the following key:\n\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frobsvc\n\n"
		  "2. Delete the MaxFrobs DWORD value.\n\n" END_WORDS,
		  { NULL },
		  { "absent " FROBSVC_KEY "|MaxFrobs DWORD", NULL } },
		{ "UTF-16 with a character past ASCII, a type that is not hex: a person's",
		  REG_FILE_FIX
		  "   \"Products\"=hex(7):46,00,72,00,6f,00,62,00,22,21,00,00,00,00\n"
		  "   \"Odd\"=hex(1x):41,00\n\n" END_WORDS,
		  { "review 24: UTF-16", "review 25: not converted", "checks 0", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_regedit_line_s_hex_data),
		cmocka_unit_test(test_the_blue_screen_s_exception),
		cmocka_unit_test(test_an_entry_added_to_the_list_the_step_opened),
		cmocka_unit_test(test_a_value_added_to_the_key_after_a_colon),
		cmocka_unit_test(test_values_deleted_by_their_names_in_words),
		cmocka_unit_test(test_an_event_list_at_the_margin),
		cmocka_unit_test(test_two_hex_codes_joined_by_and),
		cmocka_unit_test(test_a_trap_as_a_padded_word),
		cmocka_unit_test(test_a_wrapped_code_in_angle_brackets),
		cmocka_unit_test(test_a_socket_call_s_error_number),
		cmocka_unit_test(test_a_net_message_spaced),
		cmocka_unit_test(test_an_os2_system_message),
		cmocka_unit_test(test_review_of_the_session_s_readers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
