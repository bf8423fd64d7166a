/* test_kbimport_s35.c: forms of session 35's importer mends, read from
 * the misses of unseen sets 113 and on (drawn from the articles that name
 * an error code, neither an event ID nor the registry) and from the whole
 * archive's drafts.  Each case imports a small article written here, in
 * our own words. */
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

/* The cases' bodies open under a SYMPTOMS heading: what they name is
 * what the technician sees. */
static const char sym_head[] = SYMPTOMS_ARTICLE("Frob Mail Is Returned");

/* A how-to's head: what its MORE INFORMATION shows is documentation. */
static const char how_to_head[] = HOW_TO_ARTICLE("How to Register a Frob Attach Manager",
					   "This article documents the frob attach manager's verbs.");

/* unseen113's Q306041 and the archive (Q176319): a failed status and its
 * constant's name alone on a message's line, "0x800CCC78
 * SMTP_REJECTED_SENDER", were read only when words followed the code
 * (core/kbimport_errors.c scan_listed_codes()).  The status alone on its
 * line was not read under a stop's lead-in, unseen121's Q111995
 * "0xc000000D." under "the following STOP message appears:", nor under a
 * lead-in wrapped before its colon's line (Q267251)
 * (scan_message_hex_line()). */
static void test_u113_a_status_and_its_constant_alone(void **state)
{
	static const struct draft_case cases[] = {
		{ "under a lead-in announcing the message",
		  "\nWhen you send frob mail, you receive the following error message:\n\n"
		  "   0x800CCC78 SMTP_REJECTED_SENDER\n" FIX_WORDS,
		  { "error 0x800CCC78", "message: 'SMTP_REJECTED_SENDER'", NULL },
		  { NULL } },
		{ "a stop after the name",
		  "\nThe frob call fails with the following error:\n\n"
		  "   0x800706F4 RPC_X_NULL_REF_POINTER.\n" FIX_WORDS,
		  { "error 0x800706F4", "message: 'RPC_X_NULL_REF_POINTER'", NULL },
		  { NULL } },
		{ "a status alone under a stop's lead-in (unseen121's Q111995)",
		  "\nWhen frob clients connect to the server, the server fails and the\n"
		  "following STOP message appears:\n\n"
		  "   0xc000000D.\n" FIX_WORDS,
		  { "error 0xc000000D", NULL },
		  { NULL } },
		{ "an address further down a stop screen's block",
		  "\nThe frob server stops and the following STOP screen appears:\n\n"
		  "   STOP 0x0000000A (0x004E00CB, 0x00000002, 0x00000000, 0x801135D8)\n"
		  "   Base 80100000 == NTOSKRNL.EXE\n\n"
		  "   0x801135D8\n" FIX_WORDS,
		  { "error 0x0000000A", NULL },
		  { "error 0x801135D8", NULL } },
		{ "a status alone under a lead-in wrapped before its colon's line",
		  "\nThe following error message occurs when you return the frob values\n"
		  "from the test console to the calling component:\n\n"
		  "   0x800706BE\n"
		  "   Automation Error - The remote procedure call failed.\n" FIX_WORDS,
		  { "error 0x800706BE", "message: 'Automation Error - The remote procedure call failed.'", NULL },
		  { NULL } },
		{ "a status a sentence goes on to",
		  "\nThe frob driver reads memory at the following address:\n"
		  "   0x801135D8\n" FIX_WORDS,
		  { NULL },
		  { "error 0x801135D8", NULL } },
		{ "a header's constants under no message's lead-in",
		  "\nThe frob header defines the following constants:\n\n"
		  "   0x80070005 FROB_E_ACCESS\n" FIX_WORDS,
		  { NULL },
		  { "error 0x80070005", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen113's Q183547 and the archive (38 lines of 23 articles have the
 * form): a message opening with its number in brackets, "(1738) The
 * method could not be matched", under "the following runtime error
 * message may appear:".  The lead-in itself was not read as announcing an
 * error: " appear" was cut before " may appear", leaving "... message may"
 * (core/kbimport_errors.c scan_message_number(), announces_error()).
 * Under a lead-in naming the event log the number is the message's own,
 * not the event's ID, and is left. */
static void test_u113_a_message_with_its_number_in_brackets(void **state)
{
	static const struct draft_case cases[] = {
		{ "under an error message that may appear",
		  "\nWhen you replay a frob recording, the following runtime\n"
		  "error message may appear:\n\n"
		  "   (1738) The method and its parameters could not be matched in the recording.\n" FIX_WORDS,
		  { "error 1738", "message: 'The method and its parameters could not be matched in the recording.'",
		    NULL },
		  { NULL } },
		{ "a negative number is a failed HRESULT",
		  "\nWhen you call the frob method, the following error message appears:\n\n"
		  "   (-2147220992) The application is using arguments of the wrong type.\n" FIX_WORDS,
		  { "error 0x80040200", NULL },
		  { NULL } },
		{ "under the event log's lead-in",
		  "\nThe frob service posts the following event to the application event log when\n"
		  "this error occurs:\n\n"
		  "   (1533) An error occurred when the frob size was read.\n" FIX_WORDS,
		  { NULL },
		  { "error 1533", NULL } },
		{ "a numbered item of a list",
		  "\nTo work around the problem, do the following:\n\n"
		  "   (1) Restart the frob service.\n" FIX_WORDS,
		  { NULL },
		  { "error 1", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen113's Q244973 and the archive (Q237896): an APPC verb's return
 * codes in the host's hex notation, the constant in brackets after them,
 * "primary_rc = X'0001' (AP_PARAMETER_CHECK)": the reader knew only the
 * constant first and the code in brackets (core/kbimport_errors.c
 * scan_rc_constant()).  An API reference's list is still no symptom. */
static void test_u113_an_appc_return_code_in_host_hex(void **state)
{
	static const struct draft_case cases[] = {
		{ "in the symptoms",
		  "\nA frob client may return the following APPC error:\n\n"
		  "   primary_rc = X'0001' (AP_PARAMETER_CHECK)\n"
		  "   secondary_rc = X'0000015B' (AP_BAD_PARTNER_LU_ALIAS)\n" FIX_WORDS,
		  { "error 0x0001", "message: 'AP_PARAMETER_CHECK'", "error 0x0000015B",
		    "message: 'AP_BAD_PARTNER_LU_ALIAS'", NULL },
		  { NULL } },
		{ "a success is no error",
		  "\nThe frob program receives the following return code:\n\n"
		  "   primary_rc = X'0000' (AP_OK)\n" FIX_WORDS,
		  { NULL },
		  { "error 0x0000", NULL } },
	};
	static const struct draft_case reference[] = {
		{ "an API reference's list of codes",
		  "\nlu_alias: the local LU alias. If it is not known, the following error will\n"
		  "be returned:\n\n"
		  "   primary_rc = X'0001' (AP_PARAMETER_CHECK)\n" FIX_WORDS,
		  { NULL },
		  { "error 0x0001", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
	DRAFT_EXPECT_ALL(how_to_head, reference);
}

/* unseen114's Q164489, unseen113's Q124067 and unseen119's Q185073: a
 * status marked by what prints it, not by a keyword: MAPI's "The MAPI call
 * failed.<<80004005>>.", a crash dump's "BugCheckCode . . . . .0x0000000a"
 * and Device Manager's "(Code 10.)" (core/kbimport_errors.c
 * scan_marked_status()). */
static void test_u114_a_status_marked_by_what_prints_it(void **state)
{
	static const struct draft_case cases[] = {
		{ "MAPI's double angle brackets",
		  "\nWhen you generate the frob address book, the following error occurs:\n\n"
		  "   Result: The MAPI call failed.<<80004005>>.\n" FIX_WORDS,
		  { "error 0x80004005", NULL },
		  { NULL } },
		{ "a crash dump's summary",
		  "\nThe frob server stops. The crash dump's summary shows:\n\n"
		  "   BugCheckCode . . . . .0x0000000a\n"
		  "   BugCheckParameter1 . .0x00000000\n" FIX_WORDS,
		  { "error 0x0000000a", NULL },
		  { "error 0x00000000", NULL } },
		{ "Device Manager's problem code (unseen119's Q185073)",
		  "\nThe frob adapter shows an exclamation point in Device Manager, with the following\n"
		  "status:\n\n"
		  "   This device is not present, not working properly, or does not have all the\n"
		  "   drivers installed. See your hardware documentation (Code 10.)\n" FIX_WORDS,
		  { "error 10", NULL },
		  { NULL } },
		{ "brackets around a success",
		  "\nThe frob tool prints the following result:\n\n"
		  "   Result: The call completed.<<00000000>>.\n" FIX_WORDS,
		  { NULL },
		  { "error 0x00000000", "error 0", NULL } },
	};
	static const struct draft_case sample[] = {
		{ "a how-to's sample dump",
		  "\nThe following is a sample of the dump summary:\n\n"
		  "   BugCheckCode . . . . .0x0000000a\n" FIX_WORDS,
		  { NULL },
		  { "error 0x0000000a", NULL } },
		{ "Device Manager's code in a how-to",
		  "\nA device that is turned off shows the status \"(Code 22)\" in Device Manager.\n" FIX_WORDS,
		  { NULL },
		  { "error 22", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
	DRAFT_EXPECT_ALL(how_to_head, sample);
}

/* unseen113's Q248019 and the archive (Q260384, Q297947): a related
 * document's title names a code, in a REFERENCES list without its number
 * ("- Frob Call in a Paint Handler Returns 0x80010005") or after its
 * number with the code bare in brackets ("Q249388 Err Msg: Runtime Error
 * '-2147352560(80020010)'"): the title's code was drafted as the article's
 * (the readers that run last did not ask whether a line is a title), and
 * a title's code named with no keyword went to no review item at all
 * (core/kbimport_errors.c note_foreign_codes(), core/kbimport_sources.c
 * reference_list_item()). */
static void test_u113_a_related_title_s_code(void **state)
{
	static const struct draft_case cases[] = {
		{ "a REFERENCES list's title",
		  "\nA frob client stops responding when it calls the server.\n" FIX_WORDS_NO_END
		  "REFERENCES\n==========\n\n"
		  " - Frob Call in a Paint Handler Returns 0x80010005\n\n" END_WORDS,
		  { "review 0: a related article's title names status 0x80010005", NULL },
		  { "error 0x80010005", NULL } },
		{ "a numbered title, the code bare in brackets",
		  "\nA frob client stops responding when it calls the server.\n\n"
		  "RESOLUTION\n==========\n\n"
		  "Apply the fix that the following article describes:\n\n"
		  "   Q249388 Err Msg: Runtime Error '-2147352560(80020010)':Automation Error\n\n" END_WORDS,
		  { "review 0: a related article's title names status 80020010", NULL },
		  { "error 0x80020010", NULL } },
		{ "a list item of the symptoms is the article's own",
		  "\nThe frob client logs the following:\n\n"
		  " - Frob Call Returns 0x80010005\n" FIX_WORDS,
		  { "error 0x80010005", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen113's Q186483 and the archive (Q149583, Q281312): "you receive a
 * 2185 error: The Service Name is Invalid" names the code before the word
 * "error"; the reader took only negative numbers there (a database
 * engine's) or a code its constant names.  Four or five digits after "a"
 * or "an", in the symptoms or the cause, is what the technician sees;
 * "logs a 1011 error" is an event, "an A2138 error" an assembler's code
 * with its letter, "a 404 error" a web server's reply
 * (core/kbimport_errors.c seen_as_error()). */
static void test_u113_a_code_before_the_word_error(void **state)
{
	static const struct draft_case cases[] = {
		{ "a code and its message after a colon",
		  "\nIf you try to start the frob service, you receive a 2185 error: The Service\n"
		  "Name is Invalid.\n" FIX_WORDS,
		  { "error 2185", "message: 'The Service Name is Invalid'", NULL },
		  { NULL } },
		{ "a code with no message",
		  "\nThe frob service will not restart, and a Dr. Frob dialog shows a 1067 error.\n" FIX_WORDS,
		  { "error 1067", NULL },
		  { NULL } },
		{ "a log holds it: an event's number",
		  "\nThe frob store does not start and logs a 1011 error.\n" FIX_WORDS,
		  { NULL },
		  { "error 1011", NULL } },
		{ "an assembler's code with its letter",
		  "\nThe frob assembler fails with an A2138 error message.\n" FIX_WORDS,
		  { NULL },
		  { "error 2138", NULL } },
		{ "three digits: a server's reply, any product's",
		  "\nThe frob browser shows a 404 error.\n" FIX_WORDS,
		  { NULL },
		  { "error 404", NULL } },
		{ "a clause that denies it",
		  "\nAfter the fix, you do not receive a 2185 error.\n" FIX_WORDS,
		  { NULL },
		  { "error 2185", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen116's Q248294 and unseen116's Q137967: on a blue screen, a bug
 * check's code in brackets after its name, "Page fault in nonpaged area
 * (0x00000050)", was not read (the bracket reader takes only C... and
 * 800... statuses); and "the second parameter (0xc0000185)" of a stop was
 * drafted as an error of its own (core/kbimport_errors.c
 * scan_bracketed_status(), after_nth_parameter()).  A message that ends
 * with the word "parameter" keeps its status. */
static void test_u116_a_bug_check_code_in_brackets_and_a_stop_s_parameter(void **state)
{
	static const struct draft_case cases[] = {
		{ "a bug check's name and its code on a blue screen",
		  "\nWhen you open a frob font, the following error message may be displayed on a\n"
		  "blue screen:\n\n"
		  "   Page fault in nonpaged area (0x00000050)\n" FIX_WORDS,
		  { "error 0x00000050", "message: 'Page fault in nonpaged area'", NULL },
		  { NULL } },
		{ "a stop's second parameter",
		  "\nThe frob server stops with the following stop error:\n\n"
		  "   STOP 0x00000077 (0x00000103, 0xc0000185, 0x00000001, 0x00005000)\n\n"
		  "The stop code and the second parameter (0xc0000185) are always the same.\n" FIX_WORDS,
		  { "error 0x00000077", NULL },
		  { "error 0xc0000185", "error 0x00000103", NULL } },
		{ "a message ending with the word parameter",
		  "\nWhen you change a frob site, you receive the following error message:\n\n"
		  "   An error occurred reading or setting a configuration parameter (0x80080005)\n" FIX_WORDS,
		  { "error 0x80080005", NULL },
		  { NULL } },
		{ "a bracketed small code with no blue screen",
		  "\nThe frob tool prints the following message:\n\n"
		  "   Frob count exceeded (0x00000050)\n" FIX_WORDS,
		  { NULL },
		  { "error 0x00000050", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen115's Q171942: "Server Message Block (SMB) Error 231" in a network
 * trace is a server's reply in its protocol, which the labelling guide
 * leaves out as it does FTP's and SMTP's; the protocol's name in brackets
 * was not read (core/kbimport_errors.c protocol_before()). */
static void test_u115_an_smb_reply(void **state)
{
	static const struct draft_case cases[] = {
		{ "the protocol named in brackets",
		  "\nA network trace shows the frob server responding with Server Message Block\n"
		  "(SMB) Error 231 to the client's request.\n" FIX_WORDS,
		  { "review 0: status 231 is a server's reply in the SMB protocol", NULL },
		  { "error 231", NULL } },
		{ "a name in brackets that is no protocol",
		  "\nThe frob service (FRB) error 1067 stops the agent.\n" FIX_WORDS,
		  { "error 1067", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen118's Q104528, unseen117's Q126651, Q177430 and unseen126's
 * Q83356: an article whose title names a list of codes ("... Utilities
 * Error Messages", "... Data Codes (Windows NT and RAS)", "Description of
 * ... Error Codes", "Unexpected DOS Errors 0 - 23 and Windows") is a
 * message reference, like the catalogues of 15 codes or more: its codes go
 * to review, whatever their number (core/kbimport_catalogue.c
 * title_lists_codes()).  A problem's title that ends the same way keeps
 * its codes, and so does an article with a SYMPTOMS section. */
static void test_u118_a_title_that_names_a_list_of_codes(void **state)
{
	static const char list_body[] =
		"\nThis article describes the error messages the frob extract utility can\n"
		"produce.\n\n"
		"   Error 2: Not enough memory to complete the frob process.\n\n"
		"   Error 53: The network path of the frob server was not found.\n\n" END_WORDS;
	static const struct draft_case listed[] = {
		{ "a list's codes go to review", list_body,
		  { "review 0: error 2 is an entry of the list of codes the title names",
		    "review 0: error 53 is an entry of the list of codes the title names", NULL },
		  { "error 2", "error 53", NULL } },
	};
	static const struct draft_case problem[] = {
		{ "a problem's title keeps its codes", list_body,
		  { "error 53", NULL },
		  { "list of codes the title names", NULL } },
	};
	static const char list_head[] = SUMMARY_ARTICLE("PC Adm: Frob Extract Utilities Error Messages");
	static const char bracket_head[] = SUMMARY_ARTICLE("Frob Data Codes (Windows NT and RAS)");
	static const char problem_head[] = SUMMARY_ARTICLE("Frob Programs Fail to Run and Display Error Messages");
	static const char symptoms_head[] = SYMPTOMS_ARTICLE("XADM: Frob Error Codes");
	static const char range_head[] = SUMMARY_ARTICLE("Unexpected Frob Errors 0 - 23 and Windows");
	static const char return_head[] = SUMMARY_ARTICLE("Frob Return Codes");

	(void)state;
	draft_expect_cases_head("Q900777.txt", list_head, listed, 1);
	draft_expect_cases_head("Q900777.txt", bracket_head, listed, 1);
	draft_expect_cases_head("Q900777.txt", range_head, listed, 1);
	draft_expect_cases_head("Q900777.txt", return_head, listed, 1);
	draft_expect_cases_head("Q900777.txt", problem_head, problem, 1);
	draft_expect_cases_head("Q900777.txt", symptoms_head, problem, 1);
}

/* unseen118's Q255235 and unseen117's Q137396, with the archive's
 * Q231737: "18204 Access is denied" under a lead-in wrapped before its
 * last words ("... the following error" / "message may appear:") was not
 * read (a message number had four digits, and the lead-in was read from
 * its last line alone); "... terminated unexpectedly with a status" / "of
 * 0xC000006d (0x00000000 0x00000000)." wraps the status onto the next
 * line after "of"; and "3706: ..." under "The application event log may
 * report the following error messages" / "from the MSExchangeIMC
 * service:" is that service's event (core/kbimport_errors.c
 * lead_in_announces(), scan_message_number(), wrapped_label_code(),
 * scan_listed_codes(); core/kbimport_sources.c imp_lead_in_source()). */
static void test_u118_wrapped_lead_ins_and_a_wrapped_status(void **state)
{
	static const struct draft_case cases[] = {
		{ "five digits under a wrapped lead-in",
		  "\nWhen you back up the frob server to a share, the backup fails and the following error\n"
		  "message may appear:\n\n"
		  "   18204 Access is denied\n" FIX_WORDS,
		  { "error 18204", "message: 'Access is denied'", NULL },
		  { NULL } },
		{ "a status wrapped after its keyword",
		  "\nWhen the computer restarts, the following STOP message may appear:\n\n"
		  "   STOP: 0xC000021A {Fatal System Error}\n"
		  "   The Frob Logon Process system process terminated unexpectedly with a status\n"
		  "   of 0xC000006d (0x00000000 0x00000000).\n" FIX_WORDS,
		  { "error 0xC000021A", "error 0xC000006d", NULL },
		  { NULL } },
		{ "an event log's messages from a service",
		  "\nThe mail service stops. The application event log may report the following error\n"
		  "messages from the MSExchangeIMC service:\n\n"
		  "   4070: An error occurred while the frob spool file was opened.\n" FIX_WORDS,
		  { "event 4070 from MSExchangeIMC", NULL },
		  { "error 4070", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen115's Q173285 and the archive (11 drafts): "fails with socket
 * error" / "10009 (WSAEBADF). The connection ..." wraps the code onto the
 * next line with its constant after it, which the wrapped-code reader
 * took only for a status with its severity bits; and a Windows Sockets
 * constant has no '_', so the words after the bracket were taken for the
 * message (core/kbimport_errors.c wrapped_code(), bracketed_name(),
 * code_message()). */
static void test_u115_a_wrapped_code_named_by_its_constant(void **state)
{
	static const struct draft_case cases[] = {
		{ "a socket error wrapped with its constant",
		  "\nThe frob client's attempt to open a connection to the server fails with socket error\n"
		  "10009 (WSAEBADF). The connection to the first server fails as expected.\n" FIX_WORDS,
		  { "error 10009", "message: 'WSAEBADF'", NULL },
		  { NULL } },
		{ "a wrapped number with words in brackets is no code",
		  "\nThe frob client stops after it sends error\n"
		  "15 (fifteen) times in a row.\n" FIX_WORDS,
		  { NULL },
		  { "error 15", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen119's Q111703 and the archive (Q132059, Q187779, Q95521): a
 * release note's "The frob server now continues to process updates ...
 * Previously, under these conditions FROB.EXE would quit, and the
 * following entries would be added to the log:" announces what was logged
 * before the fix, not after it; and MS Mail's log writes a warning's code
 * in brackets as it does an error's ("Warning [8] Error deleting file")
 * (core/kbimport_afterfix.c says_now_does(), core/kbimport_errors.c
 * code_keywords). */
static void test_u119_entries_logged_before_the_fix_and_a_bracketed_warning(void **state)
{
	static const char head[] = ARTICLE_HEAD("Q900777", "Frob Mail Server Update")
		"SUMMARY\n"
		"=======\n\n"
		"An update to the frob directory server is available.\n\n"
		"MORE INFORMATION\n"
		"================\n";
	static const struct draft_case cases[] = {
		{ "previously ... would be added",
		  "\nThis update includes the following change:\n\n"
		  " - The frob server now continues to process updates when it meets duplicate\n"
		  "   entries. Previously, under these conditions FROB.EXE would quit, and the\n"
		  "   following entries would be added to the FROB.LOG file:\n\n"
		  "   Error [115] Failure to read mail from NULL\n\n"
		  "   Warning [8] Error deleting file: FROB.DAT\n\n" END_WORDS,
		  { "error 115", "error 8", NULL },
		  { NULL } },
		{ "what the server now logs",
		  "\nThis update includes the following change:\n\n"
		  " - The frob server now logs the following entry when it meets duplicate\n"
		  "   entries:\n\n"
		  "   Error [116] Duplicate entry skipped\n\n" END_WORDS,
		  { NULL },
		  { "error 116", NULL } },
		{ "a warning's number without brackets",
		  "\nThe frob server may log warning 8 when a file is in use.\n\n" END_WORDS,
		  { NULL },
		  { "error 8", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(head, cases);
}

/* unseen121's Q177886 and Q222553, with the archive (11 drafts, 26
 * events): events listed by their IDs alone, each over its message, under
 * a lead-in whose words stand on the lines above the colon's ("... with
 * Events ID's similar to the following in the" / "Application log:"),
 * were read only when the colon's line itself said "following events";
 * "4007: MSExchangeIMC" gives the ID and its source; "2444" over "Source:
 * MSExchangeMSMI" or over "MSExchange Pop3" alone gives the source below
 * the ID (core/kbimport_errors.c lead_in_lists_events(),
 * imp_scan_event_number_list()). */
static void test_u121_events_listed_by_their_ids_alone(void **state)
{
	static const struct draft_case cases[] = {
		{ "the lead-in's words above its colon",
		  "\nThe frob agent may terminate unexpectedly with events similar to the following\n"
		  "in the Application log:\n\n"
		  "   9405\n"
		  "   An unexpected error has occurred which may cause the frob agent to stop.\n\n"
		  "   2171\n"
		  "   A frob database error was encountered while reading an attribute.\n" FIX_WORDS,
		  { "event 9405", "event 2171", NULL },
		  { NULL } },
		{ "an ID and its source",
		  "\nThe mail service fails to start and logs the following two Event IDs in the\n"
		  "application event log:\n\n"
		  "   4007: MSExchangeIMC\n"
		  "   The following error occurred while the frob listener was bound.\n" FIX_WORDS,
		  { "event 4007 from MSExchangeIMC", NULL },
		  { NULL } },
		{ "the source under the ID",
		  "\nClients will see the following errors in the event log:\n\n"
		  "   12802\n"
		  "   MSExchange Pop3\n"
		  "   Error during frob stream configuration\n" FIX_WORDS,
		  { "event 12802 from MSExchangePOP3", NULL },
		  { NULL } },
		{ "an ID and a message after a colon is no source",
		  "\nThe frob service logs the following events in the application log:\n\n"
		  "   4070: An error occurred while the frob spool was opened.\n" FIX_WORDS,
		  { NULL },
		  { "event 4070 from An error", NULL } },
		{ "numbers under a dialog box's lead-in",
		  "\nA dialog box shows the following event numbers:\n\n"
		  "   2444\n" FIX_WORDS,
		  { NULL },
		  { "event 2444", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

/* unseen124's Q138792 and the archive (13 drafts): "a STOP message
 * appears with a Trap 0x0000000A", "experiences a Trap 0x93 in": Windows
 * NT 3.5's word for a bug check, its code written with 0x; a processor's
 * "Trap 0E" without it is the trap's number in hex, as the labels read
 * "Trap D" (unseen119, 183, 205, 210, 216: session 42's trap_hex()). */
static void test_u124_a_trap_names_a_bug_check(void **state)
{
	static const struct draft_case cases[] = {
		{ "a trap and its code",
		  "\nOn multiprocessor computers using the frob driver, a STOP message appears with a\n"
		  "Trap 0x0000000A, or the system appears to hang.\n" FIX_WORDS,
		  { "error 0x0000000A", NULL },
		  { NULL } },
		{ "a processor's trap number, hex as its letter says",
		  "\nThe frob program stops with a Trap 0E in its own code.\n" FIX_WORDS,
		  { "error 0x0E", NULL },
		  { "error 0", NULL } },
		{ "a trap that no longer occurs",
		  "\nAfter the fix the frob driver no longer causes a Trap 0x0000001E.\n" FIX_WORDS,
		  { NULL },
		  { "error 0x0000001E", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(sym_head, cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_u113_a_status_and_its_constant_alone),
		cmocka_unit_test(test_u113_a_message_with_its_number_in_brackets),
		cmocka_unit_test(test_u113_an_appc_return_code_in_host_hex),
		cmocka_unit_test(test_u114_a_status_marked_by_what_prints_it),
		cmocka_unit_test(test_u113_a_related_title_s_code),
		cmocka_unit_test(test_u113_a_code_before_the_word_error),
		cmocka_unit_test(test_u116_a_bug_check_code_in_brackets_and_a_stop_s_parameter),
		cmocka_unit_test(test_u115_an_smb_reply),
		cmocka_unit_test(test_u118_a_title_that_names_a_list_of_codes),
		cmocka_unit_test(test_u118_wrapped_lead_ins_and_a_wrapped_status),
		cmocka_unit_test(test_u115_a_wrapped_code_named_by_its_constant),
		cmocka_unit_test(test_u119_entries_logged_before_the_fix_and_a_bracketed_warning),
		cmocka_unit_test(test_u121_events_listed_by_their_ids_alone),
		cmocka_unit_test(test_u124_a_trap_names_a_bug_check),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
