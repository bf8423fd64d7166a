/* test_kbimport_s55.c: what session 55 taught the importer.  Each case
 * reads a small article written here, in our own words, in the form the
 * archive's articles show a code in. */
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

/* A mail client's report of a failed connection names the protocol in a
 * field and gives the server's reply as "Server Error: 550" beside the
 * client's own "Error Number: 0x800CCC79": the reply is the protocol's
 * (labelling guide section 3), a review item; the client's code is
 * drafted.  "SNA Server Error: 546", with no protocol field, stays a
 * code. */
static void test_server_reply_in_mail_report(void **state)
{
	static const struct draft_case cases[] = {
		{ "an SMTP reply beside the client's code, the report wrapped",
		  "\n"
		  "Sending mail fails with the following message:\n"
		  "\n"
		  "   The message could not be sent. Account: 'Frob', Server: 'mail.example.com',\n"
		  "   Protocol: SMTP, Server Response: '550 Relaying denied', Port: 25,\n"
		  "   Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79\n" FIX_WORDS,
		  { "error 0x800CCC79", "review 0: status 550 is a server's reply in the SMTP protocol", NULL },
		  { "error 550", NULL } },
		{ "a news server's reply, the protocol quoted",
		  "\n"
		  "Posting fails:\n"
		  "\n"
		  "   Posting failed. Account: 'News', Server: 'news.example.com', Protocol: 'NNTP',\n"
		  "   Port: 119, Secure(SSL): No, Server Error: 441, Error Number: 0x800CCCA9\n" FIX_WORDS,
		  { "error 0x800CCCA9", "review 0: status 441 is a server's reply in the NNTP protocol", NULL },
		  { "error 441", NULL } },
		{ "the reply's field wrapped between its words",
		  "\n"
		  "Sending fails:\n"
		  "\n"
		  "   An unknown error has occurred. Account: 'Frob', Server: 'mail',\n"
		  "   Protocol: SMTP, Server Response: '554 Frob denied', Port: 25, Secure(SSL): No, Server\n"
		  "   Error:554, Error Number: 0x800CCC6F\n" FIX_WORDS,
		  { "error 0x800CCC6F", "review 0: status 554 is a server's reply in the SMTP protocol", NULL },
		  { "error 554", NULL } },
		{ "the report's quoted reply broken by a blank line",
		  "\n"
		  "Posting fails:\n"
		  "\n"
		  "   Subject <Test>, Account: <News>, Server: <news>, Protocol: NNTP, Server\n"
		  "   Response: '441 (442)\n"
		  "\n"
		  "   Article Rejected', Port: 119, Secure(SSL): No, Server Error: 441, Error\n"
		  "   Number: 0x800CCCA9\n" FIX_WORDS,
		  { "error 0x800CCCA9", "review 0: status 441 is a server's reply in the NNTP protocol", NULL },
		  { "error 441", NULL } },
		{ "a product's own server error names no protocol field",
		  "\n"
		  "The client cannot connect and shows:\n"
		  "\n"
		  "   SNA Server Error: 546 Cannot establish connection with the server\n" FIX_WORDS,
		  { "error 546", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Mail Cannot Be Sent"), cases);
}

/* A line of prose that ends with the code and a colon ("..., you
 * receive run-time error 4711:") leads in to the program's message, set
 * in under it: the block's first sentence is the code's message, its
 * quotes left off.  A block that is an event's header ("9322: ...") or a
 * line of program code is no message, and the placeholder stays. */
static void test_message_set_in_under_prose(void **state)
{
	static const struct draft_case cases[] = {
		{ "a quoted message under the prose line",
		  "\n"
		  "When the form loads the frob control, you receive run-time error 4711:\n"
		  "\n"
		  "   \"Frob handle not found\"\n" FIX_WORDS,
		  { "error 4711", "message: 'Frob handle not found'",
		    "review 0: error 4711: the message is read from the text around it", NULL },
		  { NULL } },
		{ "a message of two sentences: the first",
		  "\n"
		  "Dialing fails, and the client reports error 4712:\n"
		  "\n"
		  "   The frob device reported an error. Check the cable and dial\n"
		  "   again.\n" FIX_WORDS,
		  { "message: 'The frob device reported an error.'", NULL },
		  { NULL } },
		{ "an event's header under the line is no message",
		  "\n"
		  "The server logs an event with a frob error of 4713:\n"
		  "\n"
		  "   9322: FrobService\n"
		  "   The frob interface failed.\n" FIX_WORDS,
		  { "error 4713", "review 0: error 4713: the words by it lead in to what follows them", NULL },
		  { "message: '9322", NULL } },
		{ "a line of program code under the line is no message",
		  "\n"
		  "The handler below catches the specific error, which is error number 4714:\n"
		  "\n"
		  "   Private Sub Frob_Error(ByVal Number As Long, _\n"
		  "      Description As String)\n" FIX_WORDS,
		  { "error 4714", "review 0: error 4714: the words by it lead in to what follows them", NULL },
		  { "message: 'Private", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Control Fails to Load"), cases);
}

/* Steps 3-6 of a Windows 95 procedure: pick the key FROBSUP under the
 * key read, make a string value there, rename it FrobHost and set it to
 * 0. */
#define WIN95_PICK_AND_MAKE_STRING \
	"3. Select FROBSUP.\n" \
	"\n" \
	"4. On the Edit menu, select New, then choose String Value. A new value\n" \
	"   appears in the right-hand pane.\n" \
	"\n" \
	"5. Right click on the new item and choose Rename. Type FrobHost and press\n" \
	"   ENTER.\n" \
	"\n" \
	"6. Right click on FrobHost and choose Modify. Type 0 (zero) and click OK.\n"

/* Windows 95's Registry Editor, told step by step: the steps go down the
 * tree naming the root on the way ("Open HKEY_LOCAL_MACHINE, then open
 * System, ..."), which ends no procedure; "Select FROBSUP." picks a key
 * under the one read, and the value the next step makes ("select New,
 * then choose String Value") is made in it: its check is under that
 * subkey, with a review note.  A key picked that the key read already
 * ends in ("Click the Parameters key.") adds nothing. */
static void test_value_made_in_a_picked_key(void **state)
{
	static const struct draft_case cases[] = {
		{ "a subkey picked, then a string value made, renamed and modified",
		  "\n"
		  "1. Start Registry Editor and go to the following subkey of\n"
		  "   HKEY_LOCAL_MACHINE:\n"
		  "\n"
		  "   System\\CurrentControlSet\\Services\\VxD\n"
		  "\n"
		  "2. Open HKEY_LOCAL_MACHINE, then open System, CurrentControlSet,\n"
		  "   Services, and then finally open VxD.\n"
		  "\n"
		  WIN95_PICK_AND_MAKE_STRING,
		  { "check REG_SZ HKLM\\System\\CurrentControlSet\\Services\\VxD\\FROBSUP|FrobHost = 0",
		    "repair HKLM\\System\\CurrentControlSet\\Services\\VxD\\FROBSUP|FrobHost",
		    "review 0: value 'FrobHost' is set in 'FROBSUP', which the steps select", NULL },
		  { "check HKLM\\System\\CurrentControlSet\\Services\\VxD|FrobHost", NULL } },
		{ "the key read ends in the key picked",
		  "\n"
		  "1. Go to the following key:\n"
		  "\n"
		  "   HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters\n"
		  "\n"
		  "2. Click the Parameters key.\n"
		  "\n"
		  "3. On the Edit menu, click New, and then click DWORD Value.\n"
		  "\n"
		  "4. Type FrobLimit, and then press ENTER.\n"
		  "\n"
		  "5. Double-click FrobLimit, type 1, and then click OK.\n",
		  { "check REG_DWORD HKLM\\SYSTEM\\CurrentControlSet\\Services\\Frob\\Parameters|FrobLimit = 1",
		    NULL },
		  { "is set in 'Parameters'", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* A key told as the folders the steps open ("Open HKEY_LOCAL_MACHINE,
 * then open System, CurrentControlSet, Services, and then finally open
 * VxD.", "expand HKEY_Local_Machine, expand System, ...", "Double-click
 * the HKEY_LOCAL_MACHINE folder." over steps that double-click more
 * folders) is the path of the names opened, with a review note; the
 * steps after the walk are read under it.  "Under MSFTPSVC, select
 * Parameter" picks a key under the one walked to.  A step that opens the
 * root and names no key under it ("Open the HKEY_LOCAL_MACHINE window",
 * "expand HKEY_LOCAL_MACHINE to the following subkey:") gives none. */
static void test_key_walked_down_the_tree(void **state)
{
	static const struct draft_case cases[] = {
		{ "the folders opened in one step, a key picked, a value made",
		  "\n"
		  "1. Start Registry Editor.\n"
		  "\n"
		  "2. Open (click on the + next to) HKEY_LOCAL_MACHINE, then open System,\n"
		  "   CurrentControlSet, Services, and then finally open VxD.\n"
		  "\n"
		  WIN95_PICK_AND_MAKE_STRING,
		  { "check REG_SZ HKLM\\System\\CurrentControlSet\\Services\\VxD\\FROBSUP|FrobHost = 0",
		    "review 20: key path built from the steps that open Registry Editor's folders (lines 20-21)",
		    NULL },
		  { NULL } },
		{ "expanded one by one, a key picked under the last",
		  "\n"
		  "1. Start Registry Editor.\n"
		  "\n"
		  "2. Expand HKEY_Local_Machine, expand System, expand CurrentControlSet,\n"
		  "   expand Services, and then expand FrobSvc.\n"
		  "\n"
		  "3. Under FrobSvc, select Parameter and find the DWord value for\n"
		  "   AllowFrob.\n"
		  "\n"
		  "4. Double-click AllowFrob. Under Base select Decimal, and then change the\n"
		  "   Value Data to 1. Click OK.\n",
		  { "check REG_DWORD HKLM\\System\\CurrentControlSet\\Services\\FrobSvc\\Parameter|AllowFrob = 1",
		    "review 0: value 'AllowFrob' is set in 'Parameter', which the steps select", NULL },
		  { "check HKLM\\System\\CurrentControlSet\\Services\\FrobSvc|AllowFrob", NULL } },
		{ "folders double-clicked over several steps",
		  "\n"
		  "1. Start Registry Editor, and then double-click the HKEY_LOCAL_MACHINE folder.\n"
		  "\n"
		  "2. Double-click the SOFTWARE folder, and then the Contoso folder.\n"
		  "\n"
		  "3. Double-click the Frob folder.\n"
		  "\n"
		  "4. On the Edit menu, click New, and then click DWORD Value.\n"
		  "\n"
		  "5. Type FrobLimit, and then press ENTER.\n"
		  "\n"
		  "6. Double-click FrobLimit, type 1, and then click OK.\n",
		  { "check REG_DWORD HKLM\\SOFTWARE\\Contoso\\Frob|FrobLimit = 1", NULL },
		  { NULL } },
		{ "a root opened with no key named under it",
		  "\n"
		  "1. Expand HKEY_LOCAL_MACHINE to the following subkey:\n"
		  "\n"
		  "   SYSTEM\\CurrentControlSet\\Services\\Frob\n"
		  "\n"
		  "2. Open the HKEY_LOCAL_MACHINE window.\n",
		  { NULL },
		  { "built from the steps that open", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(BODY_HEAD, cases);
}

/* A mail client's report opens with its message, then its fields ("The
 * connection to the server has failed. Account: 'X', ..., Socket Error:
 * 10061, Error Number: 0x800CCC0E"): every code in the report takes
 * that message.  Not when the words before the first field do not end a
 * sentence, hold a lead-in's colon, or start further up than a cite
 * reaches. */
static void test_mail_report_message(void **state)
{
	static const struct draft_case cases[] = {
		{ "the report's opening sentences for each of its codes",
		  "\n"
		  "Connecting fails with the following message:\n"
		  "\n"
		  "   The frob server could not be found. Please check its name. Account:\n"
		  "   'Frob', Server: 'pop3.example.com', Protocol: POP3, Port: 110,\n"
		  "   Secure(SSL): No, Socket Error: 11001, Error Number: 0x800CCC0D\n" FIX_WORDS,
		  { "error 11001", "error 0x800CCC0D",
		    "message: 'The frob server could not be found. Please check its name.'", NULL },
		  { "message: 'REVIEW", NULL } },
		{ "a lead-in joined above the report",
		  "\n"
		  "Connecting fails with the following message:\n"
		  "   The frob server could not be found. Account: 'Frob', Server: 'pop3',\n"
		  "   Protocol: POP3, Port: 110, Secure(SSL): No, Error Number: 0x800CCC0D\n" FIX_WORDS,
		  { "error 0x800CCC0D", NULL },
		  { "message: 'Connecting fails", "message: 'The frob server", NULL } },
		{ "the message further up than the cite reaches",
		  "\n"
		  "Connecting fails with the following message:\n"
		  "\n"
		  "   * The frob server refused the logon.\n"
		  "   Account: 'Frob',\n"
		  "   Server: 'pop3.example.com',\n"
		  "   Protocol: POP3,\n"
		  "   Server Response: 'ERR logon refused',\n"
		  "   Port: 110, Secure(SSL): No, Error Number:\n"
		  "   0x800CCC18\n" FIX_WORDS,
		  { "error 0x800CCC18", NULL },
		  { "message: 'The frob server refused", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Mail Cannot Be Read"), cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_server_reply_in_mail_report),
		cmocka_unit_test(test_message_set_in_under_prose),
		cmocka_unit_test(test_value_made_in_a_picked_key),
		cmocka_unit_test(test_key_walked_down_the_tree),
		cmocka_unit_test(test_mail_report_message),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
