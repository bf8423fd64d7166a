/* test_kbimport_s48.c: what session 48 taught the importer.  Each case
 * reads a small article written here, in our own words. */
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

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/* A message's number first, on a row of the block under a lead-in that
 * announces an error or a message (kbimport_netcodes.c): the rows after
 * an "-or-", a wrapped block's second row, a number alone, quoted, with
 * its arguments; not a count, a date, a BASIC program's numbered line, a
 * row under a lead-in that announces no message, nor a number alone
 * inside a block (a fraction's "10000" over its bar). */
static const char message_rows_body[] =
	"\n"
	"When you run the frob package, you may receive messages similar\n"          /* 18 */
	"to the following during the installation phase:\n"                          /* 19 */
	"\n"
	"   2413 The frob installer cannot write this file:\n"                        /* 21 */
	"\n"
	"   -or-\n"
	"\n"
	"   2414 Could not create key: <key>\n"                                       /* 25 */
	"\n"
	"The frob console then displays this error:\n"                               /* 27 */
	"\n"
	"   Frob Console Security\n"                                                  /* 29 */
	"   81 - Bad Frob Service Type on Create\n"                                   /* 30 */
	"   '3126' - The frob action was cancelled\n"                                 /* 31 */
	"   1173(11056,2) - \\\\ ... Unknown frob error.\n"                            /* 32 */
	"   60: Method ~ of Frob ~ failed\n"                                          /* 33 */
	"\n"
	"   10048\n"                                                                  /* 35 */
	"\n"
	"The frob console shows the following messages:\n"                           /* 37 */
	"\n"
	"   4096 Bytes Free\n"                                                        /* 39 */
	"   2001 Mar 12 10:22:01 frob started\n"                                      /* 40 */
	"   15 WEND\n"                                                                /* 41 */
	"\n"
	"The width of the frob cell is shown as the following:\n"                    /* 43 */
	"\n"
	"   3126 Frob Units\n"                                                        /* 45 */
	"\n"
	"The frob error message shows the following fraction:\n"                     /* 47 */
	"\n"
	"   10000\n"                                                                  /* 49 */
	"   -----\n"
	"   45345\n"                                                                  /* 51 */
	"\n" END_WORDS;

static void test_a_message_number_first_is_reviewed(void **state)
{
	static const size_t names[] = { 21, 25, 30, 31, 32, 33, 35 }, none[] = { 18, 29, 39, 40, 41, 45, 49, 51 };

	(void)state;
	expect_net_lines(message_rows_body, names, N_OF(names), none, N_OF(none));
}

/* A negative number after words that say something failed, or that name
 * an Exchange service or JET, and a signed HRESULT anywhere; not an
 * option, a range, a constant's #define, or a number with no failure
 * beside it. */
static const char negative_body[] =
	"\n"
	"   Description: MSExchangeIS ((451)) -1019\n"                              /* 18 */
	"   -2147217891 lRowsOffset would position the frob past the end\n"         /* 19 */
	"   Could not load the frob debuggee. Unknown Error in Frob (-22)\n"        /* 20 */
	"   State:37000,Native:-3500,Origin:\n"                                      /* 21 */
	"The frob store logs JET -1811 when it starts.\n"                          /* 22 */
	"Run frobutil -100 to shrink the frob store.\n"                             /* 23 */
	"The frob values range from -2147483647 to 2147483647.\n"                  /* 24 */
	"   #DEFINE FROB_ROOT          -2147483646\n"                               /* 25 */
	"The frob temperature fell to -120 degrees.\n"                              /* 26 */
	"Canon Bubble-Jet BJC-240, -610, and -4550 frob printers print.\n"           /* 27 */
	"\n" END_WORDS;

static void test_a_negative_code_is_reviewed(void **state)
{
	static const size_t names[] = { 18, 19, 20, 21, 22 }, none[] = { 23, 24, 25, 26, 27 };

	(void)state;
	expect_net_lines(negative_body, names, N_OF(names), none, N_OF(none));
}

/* Hex written with an 'h' after a fault's words, and a trap's or a
 * fault's number; not a word that ends in 'h' ("each"), nor a port's
 * "snmp-trap 162/udp". */
static const char fault_body[] =
	"\n"
	"The frob driver reports critical error 27h (Disk not ready).\n"           /* 18 */
	"   - FROB32 caused an exception 05h in FROBSVC.DLL\n"                      /* 19 */
	"   Trap 13 (0DH) - General Protection Fault 0000\n"                        /* 20 */
	"   Frob: A fatal error 0D has occurred at 0028:C0001234 in VXD FROB(01)\n" /* 21 */
	"   Security Error: Invalid Frob Response, subcode 002B000AH.\n"            /* 22 */
	"   GP Fault 3\n"                                                           /* 23 */
	"The frob error reports each address in turn.\n"                            /* 24 */
	"   snmp-trap         162/udp    frob\n"                                    /* 25 */
	"Trap the frob message with the debugger.\n"                               /* 26 */
	"\n" END_WORDS;

static void test_a_fault_number_is_reviewed(void **state)
{
	static const size_t names[] = { 18, 19, 20, 21, 22, 23 }, none[] = { 24, 25, 26 };

	(void)state;
	expect_net_lines(fault_body, names, N_OF(names), none, N_OF(none));
}

/* A number closing a failure's words, set off by a colon, a comma, "is",
 * "was", '#' or brackets; not a year, not a line without failure words,
 * not the MTA's severity after its bracketed component, not a number in
 * a bracket the line leaves open (wrapped). */
static const char trailing_body[] =
	"\n"
	"   Unable to retrieve frob list from FROB01: 1230\n"                        /* 18 */
	"   Unable to Open Frob Configuration File, 352\n"                           /* 19 */
	"The return code from the frob call was 10055.\n"                           /* 20 */
	"   Frob Error Returned was [5].\n"                                          /* 21 */
	"   Warning: Unable to check the frob site \"BB2\" - #2147942453\n"          /* 22 */
	"The frob service fails on Frob Server 2000\n"                              /* 23 */
	"The frob service list holds: 1230\n"                                       /* 24 */
	"   Error: frob deadlock. [BASE FROB-IN 18] (16)\n"                         /* 25 */
	"The frob cannot address memory higher than 100000h (16\n"                  /* 26 */
	"\n" END_WORDS;

static void test_a_number_closing_a_failure_is_reviewed(void **state)
{
	static const size_t names[] = { 18, 19, 20, 21, 22 }, none[] = { 23, 24, 25, 26 };

	(void)state;
	expect_net_lines(trailing_body, names, N_OF(names), none, N_OF(none));
}

/* A NetWare message's module, version and number, a Mail notice's
 * number, and hex in brackets after a failure; not a version alone
 * ("FROB-3.00"), a notice word in prose, nor brackets that open a word or
 * sit on a line where nothing failed. */
static const char product_body[] =
	"\n"
	"   Error Report : FROBADMIN-4.00-970\n"                                     /* 18 */
	"   Notice 127 Private Frob Index Missing.\n"                                /* 19 */
	"   Warning 43 Frob alias has no physical address.\n"                        /* 20 */
	"   A new frob entry could not be added. [82040117]\n"                       /* 21 */
	"   Unexpected Frob Error (89F8)\n"                                          /* 22 */
	"Install FROB-3.00 on the frob server.\n"                                   /* 23 */
	"Notice that 12 frobs are listed.\n"                                        /* 24 */
	"The (3C509)frob adapter may fail to start.\n"                              /* 25 */
	"The frob board is a (3C509) model.\n"                                      /* 26 */
	"\n" END_WORDS;

static void test_a_product_numbered_message_is_reviewed(void **state)
{
	static const size_t names[] = { 18, 19, 20, 21, 22 }, none[] = { 23, 24, 25, 26 };

	(void)state;
	expect_net_lines(product_body, names, N_OF(names), none, N_OF(none));
}

/* The draft: a line of these forms that no reader placed gets the
 * review net's item with its line, and no code is drafted from it. */
static void test_the_draft_lists_the_line(void **state)
{
	static const struct draft_case cases[] = {
		{ "a message's number after an -or-",
		  "\nWhen you run the frob package, you may receive messages similar\n"
		  "to the following during the installation phase:\n\n"
		  "   Error 2412, Could not update the frob file.\n\n"
		  "   -or-\n\n"
		  "   2414 Could not create key: <key>\n" FIX_WORDS,
		  { "error 2412", "review 20: this line names", NULL },
		  { "error 2414", NULL } },
		{ "a negative code in an event's text",
		  "\nThe frob store does not start. The application log shows:\n\n"
		  "   Description: MSExchangeIS ((451)) -1019\n" FIX_WORDS,
		  { "review 15: this line names", NULL },
		  { "code: -1019", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Package Does Not Install"), cases);
}

/* A program's message, its number first, under a lead-in that says
 * where or when it shows after announcing it ("... may be displayed
 * during the power-on self test:", "error messages similar to the
 * following messages" / "during setup:"), or "error(s):"; each message of
 * the block, "-or-" between them, even after one whose text ends with a
 * colon; and under a box's title row.  Not under a lead-in whose
 * announcement ends a sentence before its colon, nor under a row of
 * prose. */
static void test_a_message_number_under_a_wider_lead_in(void **state)
{
	static const struct draft_case cases[] = {
		{ "an error shown during a stage",
		  "\nAfter you add a frob card, the following error message may be displayed\n"
		  "during the power-on self test (POST):\n\n"
		  "   2782 Frob Controller Failure\n" FIX_WORDS,
		  { "error 2782", "      message: 'Frob Controller Failure'", NULL },
		  { NULL } },
		{ "error(s)",
		  "\nThe frob browser displays the following error(s):\n\n"
		  "   Frob cannot open the site\n\n"
		  "   11004 Frob host not found\n" FIX_WORDS,
		  { "error 11004", NULL },
		  { NULL } },
		{ "each message after an -or-, one ending with a colon",
		  "\nWhen you run a frob package as a standard user, you may receive error\n"
		  "messages similar to the following messages during the installation phase:\n\n"
		  "   2321 The frob installer has insufficient privileges to modify this file:\n"
		  "   <filename>\n\n"
		  "   -or-\n\n"
		  "   2401 Could not create frob key: <key>\n" FIX_WORDS,
		  { "error 2321", "error 2401", NULL },
		  { NULL } },
		{ "under a box's title",
		  "\nIf the frob user ID has ten characters, the following error appears:\n\n"
		  "   Frob Server Security\n"
		  "   7013 Cannot assign a frob drive\n" FIX_WORDS,
		  { "error 7013", "      message: 'Cannot assign a frob drive'", NULL },
		  { NULL } },
		{ "under a row of prose",
		  "\nThe following error appears:\n\n"
		  "   The frob cannot be reached, because the number of users\n"
		  "   7013 Users exceeds the licence.\n" FIX_WORDS,
		  { NULL },
		  { "error 7013", NULL } },
		{ "an announcement that ends its sentence first",
		  "\nThe following error message may be displayed. Then in the frob\n"
		  "console, click the following during setup:\n\n"
		  "   2782 Frob Controller Settings\n" FIX_WORDS,
		  { NULL },
		  { "error 2782", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Package Does Not Install"), cases);
}

/* The subject of "<subject> ... reports event N" names the source when
 * the verb is the second of two joined by "and" ("the MTA service stops
 * responding and reports Event ID 9411"), after a verb of beginning
 * ("begins logging"), and with "service" after the name; not when the
 * first of the joined words is no verb of the subject's ("the fix is
 * applied and reports"). */
static void test_a_source_as_the_subject_of_joined_verbs(void **state)
{
	static const struct draft_case cases[] = {
		{ "stops responding and reports",
		  "\nThe Frob Message Transfer Agent (MTA) service stops responding and\n"
		  "reports Event ID 9411 in the application event log.\n" FIX_WORDS,
		  { "event 9411 from MSExchangeMTA", NULL },
		  { NULL } },
		{ "begins logging",
		  "\nAfter you apply the frob fix, the MTA begins logging Event 9412.\n" FIX_WORDS,
		  { "event 9412 from MSExchangeMTA", NULL },
		  { NULL } },
		{ "the service by its name",
		  "\nAfter you apply the frob fix, the MTA service logs Event 9414.\n" FIX_WORDS,
		  { "event 9414 from MSExchangeMTA", NULL },
		  { NULL } },
		{ "no verb of the subject's before and",
		  "\nThe frob fix for the MTA is applied and reports Event 9413.\n" FIX_WORDS,
		  { "event 9413", NULL },
		  { "event 9413 from MSExchangeMTA", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(EXCHANGE_SYMPTOMS_ARTICLE("Frob MTA Stops"), cases);
}

/* A table whose rows give the message first and its code last ("Invalid
 * frob length.       1") is a table of codes when the lines above it say
 * its numbers are error numbers (or codes, or event IDs): each row is
 * listed for review.  Rows of names and counts under a lead-in that only
 * mentions errors, and a list of articles with their pages, are not. */
static void test_a_table_with_its_codes_last(void **state)
{
	static const struct draft_case cases[] = {
		{ "messages and their error numbers",
		  "\nThe frob driver displays these messages:\n\n"
		  "Message                                   Error Number\n"
		  "------------------------------------------------------\n"
		  "Invalid frob length.                        1\n"
		  "Invalid frob command.                       3\n"
		  "Frob time-out.                              5\n"
		  "No frob circuit available.                  9\n"
		  "Frob call cleared.                         10\n"
		  "Not enough memory to start the frob.      207\n" FIX_WORDS,
		  { "review 17: code 1 is a row of a table of codes (lines 17-22)",
		    "review 22: code 207 is a row of a table of codes", NULL },
		  { "error 207", NULL } },
		{ "names and counts",
		  "\nThe frob error check returns the mode it finds:\n\n"
		  "   Frob for Workgroups enhanced mode      6\n"
		  "   Frob 3.1 enhanced mode                 5\n"
		  "   Frob 3.1 standard mode                 4\n"
		  "   Frob 3.0 enhanced mode                 3\n"
		  "   Frob 3.0 standard mode                 2\n" FIX_WORDS,
		  { NULL },
		  { "is a row of a table of codes", NULL } },
		{ "articles and their pages",
		  "\nArticles about frob error codes:\n\n"
		  "ITEM ID ARTICLE TITLE                                  PAGES\n"
		  "Q900001 Frob Error Message: Cannot Start                   3\n"
		  "Q900002 Frob Fails to Start After Setup                    4\n"
		  "Q900003 Frob Error 5 When Opening a Share                  2\n"
		  "Q900004 Frob Cannot Connect to the Server                  6\n"
		  "Q900005 Frob Fails With Invalid Parameter                  1\n" FIX_WORDS,
		  { NULL },
		  { "is a row of a table of codes", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Driver Messages"), cases);
}

/* More shapes of a table of codes: a message with its number in brackets
 * at its end ("... is not a frob file. (1196)"), SNA's hex ("X'000A'")
 * first, and a code first with " - " before its words.  A list of
 * messages whose brackets close a word, not a number, is none. */
static void test_more_shapes_of_a_table_of_codes(void **state)
{
	static const struct draft_case cases[] = {
		{ "SNA's hex first, a dash before the words",
		  "\nThe reason for the frob failure is given by the error code, as follows:\n\n"
		  "   X'0001' - Frob hardware initialization failure\n"
		  "   X'0008' - Invalid frob length specified\n"
		  "   X'000A' - Fatal frob hardware error\n"
		  "   X'000B' - Invalid frob link index\n"
		  "   X'000C' - Frob link already active\n" FIX_WORDS,
		  { "review 15: code X'0001' is a row of a table of codes (lines 15-19)", NULL },
		  { NULL } },
		{ "an asterisk marking some codes",
		  "\nThe following numbers are frob errors. An asterisk (*) marks those the\n"
		  "frob manager handles.\n\n"
		  "    *0  Out of frob memory\n"
		  "    *2  Frob file not found\n"
		  "     3  Frob path not found\n"
		  "    *5  Frob link failed\n"
		  "   *10  Incorrect frob version\n" FIX_WORDS,
		  { "review 16: code 0 is a row of a table of codes (lines 16-20)",
		    "review 20: code 10 is a row", NULL },
		  { NULL } },
		{ "brackets around words",
		  "\nThe frob error messages are:\n\n"
		  "   The frob is busy (retry)\n"
		  "   The frob is offline (wait)\n"
		  "   The frob is full (clean)\n"
		  "   The frob is locked (unlock)\n"
		  "   The frob is lost (find)\n" FIX_WORDS,
		  { NULL },
		  { "is a row of a table of codes", NULL } },
	};

	static const struct draft_case listed[] = {
		{ "messages with their numbers in brackets",
		  "\nFrob Error Messages and Their Numbers\n"
		  "-------------------------------------\n\n"
		  "   \"<file>\" is not a frob file. (1196)\n\n"
		  "   \"<name>\" is not a frob variable. (226)\n\n"
		  "   Frob alias \"<alias>\" not found. (13)\n\n"
		  "   Not enough disk space for \"<file name>\". (56)\n\n"
		  "   Frob procedure \"<procedure>\" not found. (1162)\n" FIX_WORDS,
		  { "review 21: code 1196 is a row of a table of codes (lines 21-29)",
		    "review 29: code 1162 is a row", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Messages"), cases);
	/* (a list of messages under MORE INFORMATION: none of them is the
	 * problem the article is about) */
	DRAFT_EXPECT_ALL(HOW_TO_ARTICLE("Frob Messages", "This article lists the frob messages."), listed);
}

/* A value's name in words over its type alone on the next line, as deep
 * (and its data below): "Background Frob Threads" / "REG_DWORD" /
 * "0x25".  Not a sentence over a type, nor a name whose type line is
 * deeper (a wrapped sentence's end). */
static const char name_type_body[] =
	"\n"
	"These frob store registry values are the following:\n"                  /* 18 */
	"\n"
	"   Background Frob Threads\n"                                            /* 20 */
	"   REG_DWORD\n"
	"   0x25\n"
	"\n"
	"   Frob Threshold High Percent\n"                                        /* 24 */
	"   REG_DWORD\n"
	"   0x3\n"
	"\n"
	"   The frob value must be of this type:\n"                               /* 28 */
	"   REG_SZ\n"
	"\n"
	"   Frob Cache Size\n"                                                    /* 31 */
	"      REG_DWORD\n"
	"\n" END_WORDS;

static void test_a_name_over_its_type_alone(void **state)
{
	static const size_t names[] = { 20, 24 }, none[] = { 18, 28, 31 };

	(void)state;
	expect_net_lines(name_type_body, names, N_OF(names), none, N_OF(none));
}

/* A setup program's listing of the values it writes under a key, each
 * name in quotes, spaces round the '=' ("\"Media Path\"   =   \"\"");
 * not a program's statement that ends with ';'. */
static const char quoted_names_body[] =
	"\n"
	"Entries made by the frob setup program:\n"                             /* 18 */
	"\n"
	"HKEY_CURRENT_USER\\Software\\Frob Program Settings\\Frob\n"              /* 20 */
	"               \"Name\"           =     \"\"\n"                         /* 21 */
	"               \"Database Name\"  =     \"\"\n"                         /* 22 */
	"               \"Media Path\"     =     \"\"\n"                         /* 23 */
	"               \"Frob Path\"      =     \"\";\n"                        /* 24 */
	"\n" END_WORDS;

static void test_quoted_names_spaced_round_the_equals(void **state)
{
	static const size_t names[] = { 21, 22, 23 }, none[] = { 18, 24 };

	(void)state;
	expect_net_lines(quoted_names_body, names, N_OF(names), none, N_OF(none));
}

/* A reference of a key's values, a row each: the value's name, two
 * blanks or more, its description or data, in a run of three rows or
 * more under lines that name the key or the registry (a name may be a
 * few capitalised words).  Not a form's
 * properties tabulated the same way under words that speak only of
 * settings, nor a run of two. */
static const char listed_values_body[] =
	"\n"
	"Set the following settings of the frob form:\n"                      /* 18 */
	"\n"
	"      ControlBox    False\n"                                           /* 20 */
	"      MaxButton     False\n"                                           /* 21 */
	"      MinButton     False\n"                                           /* 22 */
	"\n"
	"Key: HKEY_CURRENT_USER\\Software\\Frob\\Policies\\Display\n"           /* 24 */
	"\n"
	"      NoDispFrobPage         Restrict Display - Hide Frob Tab\n"       /* 26 */
	"      NoDispGizmoPage        - Hide Gizmo Tab\n"                       /* 27 */
	"      NoDispCPL              - Deny access to the frob icon\n"         /* 28 */
	"      Dlg Frob Path          Sets the path for the frob bullets\n"     /* 29 */
	"\n"
	"The frob values under that key are these:\n"                         /* 31 */
	"\n"
	"   FrobSize       3\n"                                                 /* 33 */
	"   FrobAnnounce   0\n"                                                 /* 34 */
	"\n" END_WORDS;

static void test_a_reference_of_listed_values(void **state)
{
	static const size_t names[] = { 26, 27, 28, 29 }, none[] = { 20, 21, 22, 33, 34 };

	(void)state;
	expect_net_lines(listed_values_body, names, N_OF(names), none, N_OF(none));
}

/* "error N is logged in the ... event log": what Windows' event log holds
 * is an event, its number the event's ID (labelling guide section 3), the
 * words after the number read on into the next line; "from X in the
 * application event log" names the source.  An error reported to the
 * user, or written to a program's own log file, stays an error. */
static void test_an_error_logged_in_the_event_log(void **state)
{
	static const struct draft_case cases[] = {
		{ "logged, the sentence wrapped",
		  "\nWhen a damaged frob profile is downloaded, an error 1209 is\n"
		  "logged to the Windows NT system event log.\n" FIX_WORDS,
		  { "event 1209", NULL },
		  { "error 1209", NULL } },
		{ "will also be logged",
		  "\nThe frob connector stops. An error 54 will also be logged in the\n"
		  "Windows NT Application Event log.\n" FIX_WORDS,
		  { "event 54", NULL },
		  { "error 54", NULL } },
		{ "from a component, in the application event log",
		  "\nFrob setup fails, and you see:\n\n"
		  "   - Error 7412 from FROB_SITE_MANAGER in the application event log\n" FIX_WORDS,
		  { "event 7412 from FROB_SITE_MANAGER", NULL },
		  { "error 7412", NULL } },
		{ "an event log error",
		  "\nFrob propagation may fail with the following event log error 8199:\n\n"
		  "   Frob error in receiving from socket.\n" FIX_WORDS,
		  { "event 8199", NULL },
		  { "error 8199", NULL } },
		{ "reported to the user",
		  "\nWhen you open the frob, error 1234 is reported to the user.\n" FIX_WORDS,
		  { "error 1234", NULL },
		  { "event 1234", NULL } },
		{ "written to a program's own log",
		  "\nWhen you open the frob, error 1235 is written to the Frob.log file.\n" FIX_WORDS,
		  { "error 1235", NULL },
		  { "event 1235", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Profile Is Damaged"), cases);
}

/* A row of Event Viewer's list saved as text, its fields parted by tabs
 * (source, type, category, event ID, description): an "Error" row is the
 * source's event, not an error code; a number in the description is
 * read as before. */
static void test_a_tabbed_event_viewer_row(void **state)
{
	static const struct draft_case cases[] = {
		{ "source, type, category, ID, description",
		  "\nThe application log shows:\n\n"
		  "FrobStore\tInformation\t100\tThe frob engine started.\n"
		  "FrobStore\tError\t\t145\tThe frob engine could not access the file called C:\\frob.edb.\n"
		  "FrobStore IS\tError\t1120\tError Non-frob file initializing the frob store.\n" FIX_WORDS,
		  { "event 145 from FrobStore", "event 1120 from FrobStore IS", NULL },
		  { "error 145", "error 1120", "event 100", NULL } },
		{ "a type in prose, no tabs",
		  "\nThe frob store logs an Error 1121 when it starts.\n" FIX_WORDS,
		  { NULL },
		  { "event 1121 from", NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Store Does Not Start"), cases);
}

/* "Error #1:", "Error #2:" opening lines, or "Error 1 correction:": a list
 * that numbers the errors it describes; the numbers are no codes (a
 * review item each).  "Error 5:" alone, no item next to it, is a code;
 * so are a program's codes listed so when the list does not start at 1. */
static void test_numbered_error_items(void **state)
{
	static const struct draft_case cases[] = {
		{ "a numbered list of errors",
		  "\nThere are two errors in the frob manual:\n\n"
		  " - Error 1: The frob number should not have a dash.\n\n"
		  " - Error 2: The first frob entry should be 0.\n\n"
		  "Corrections:\n\n"
		  " - Error 1 correction: The frob number is 1,152.\n" FIX_WORDS,
		  { "review 15: \"Error 1:\" numbers an item", "review 17: \"Error 2:\" numbers an item", NULL },
		  { "error 1", "error 2", NULL } },
		{ "hash marks",
		  "\nThe frob page shows:\n\n"
		  "Error #1:\n\n"
		  "   Frob object required.\n\n"
		  "Error #2:\n\n"
		  "   Frob type mismatch.\n" FIX_WORDS,
		  { NULL },
		  { "error 1", "error 2", NULL } },
		{ "a program's codes, not starting at 1",
		  "\nThe frob utility may report the following errors:\n\n"
		  "   Error 2: Not enough memory to complete the frob.\n\n"
		  "   Error 3: Failed to access the frob output file.\n\n"
		  "   Error 53: The frob path was not found.\n" FIX_WORDS,
		  { NULL },
		  { "numbers an item", NULL } },
		{ "one error alone",
		  "\nWhen you start the frob, you receive:\n\n"
		  "Error 5: Access is denied.\n" FIX_WORDS,
		  { "error 5", NULL },
		  { NULL } },
	};

	(void)state;
	DRAFT_EXPECT_ALL(SYMPTOMS_ARTICLE("Frob Manual Errors"), cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_message_number_first_is_reviewed),
		cmocka_unit_test(test_a_negative_code_is_reviewed),
		cmocka_unit_test(test_a_fault_number_is_reviewed),
		cmocka_unit_test(test_a_number_closing_a_failure_is_reviewed),
		cmocka_unit_test(test_a_product_numbered_message_is_reviewed),
		cmocka_unit_test(test_the_draft_lists_the_line),
		cmocka_unit_test(test_a_message_number_under_a_wider_lead_in),
		cmocka_unit_test(test_a_source_as_the_subject_of_joined_verbs),
		cmocka_unit_test(test_a_table_with_its_codes_last),
		cmocka_unit_test(test_more_shapes_of_a_table_of_codes),
		cmocka_unit_test(test_a_name_over_its_type_alone),
		cmocka_unit_test(test_quoted_names_spaced_round_the_equals),
		cmocka_unit_test(test_a_reference_of_listed_values),
		cmocka_unit_test(test_an_error_logged_in_the_event_log),
		cmocka_unit_test(test_a_tabbed_event_viewer_row),
		cmocka_unit_test(test_numbered_error_items),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
