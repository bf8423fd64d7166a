/* test_kbimport_setto.c: the words after "set X to" (core/kbimport_setdatum.c),
 * as the three readers of a value set in words read them: a procedure's
 * step (kbimport_procedure.c), a sentence around a key (kbimport_asks.c)
 * and the sentence leading into a value block with no data
 * (kbimport_prosekey.c).
 * - One datum is data: "to 0x10", "to 10 hex", "to 16 decimal", "to 300
 *   in decimal".
 * - A choice ("to one of the following", "to 0 or 1", "to 1 or higher"),
 *   a range ("to between 1 and 5") and a quantity in a unit ("to 30
 *   seconds", "to 5 minutes") are the reader's to pick or convert: no
 *   datum is drafted from them.
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

#define FROB "HKLM\\SOFTWARE\\Frobco\\Frob"

/* The sentence leading into a block that gives ProxyWait no data: the
 * datum is the lead-in's (kbimport_prosekey.c). */
#define LEAD_IN(words) \
	"\n" \
	"To lengthen the wait, change the following registry parameter " words ":\n" \
	"\n" \
	"HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\\\n" \
	"\n" \
	"   Value Name: ProxyWait\n" \
	"   Value Type: REG_DWORD\n"

/* A procedure that adds ProxyWait, then sets its data in step 4
 * (kbimport_procedure.c). */
#define STEPS(words) \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	"\n" \
	"2. Go to the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n" \
	"\n" \
	"3. On the Edit menu, click Add Value, type ProxyWait in the Value Name box, click\n" \
	"   REG_DWORD, and then click OK.\n" \
	"\n" \
	"4. Set the data " words ".\n" \
	"\n" \
	"5. Quit Registry Editor.\n"

/* One sentence naming the value and its key (kbimport_asks.c). */
#define SENTENCE(words) \
	"\n" \
	"To lengthen the wait, set the ProxyWait value " words " in the following registry key:\n" \
	"\n" \
	"HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n" \
	"\n" \
	"Then restart the computer.\n"

/* One sentence adding ProxyWait and giving its data, over the key
 * (kbimport_dialog.c imp_value_named_in_words()).  The sentence is line 18. */
#define ADDED(type, words) \
	"\n" \
	"To lengthen the wait, add a " type " value named ProxyWait " words " to the following key:\n" \
	"\n" \
	"HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n" \
	"\n" \
	"Then restart the computer.\n"

/* The value added in words, its data asked after the key's place
 * (kbimport_dialog.c, then kbimport_sentence.c).  The sentence is line 18. */
#define ADDED_AFTER(type, words) \
	"\n" \
	"To lengthen the wait, add a " type " value named ProxyWait to the following key" words ":\n" \
	"\n" \
	"HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n" \
	"\n" \
	"Then restart the computer.\n"

/* One request sentence over the key (kbimport_sentence.c): "add the X
 * DWORD value", then words.  The sentence is line 18. */
#define REQUEST(words) \
	"\n" \
	"To lengthen the wait, add the ProxyWait DWORD value to the following key" words ":\n" \
	"\n" \
	"HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n" \
	"\n" \
	"Then restart the computer.\n"

/* "set the X value in the key to ...": the data after the key's place. */
#define SET_TO(type, words) \
	"\n" \
	"To lengthen the wait, set the ProxyWait " type " value in the following key to " words ":\n" \
	"\n" \
	"HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n" \
	"\n" \
	"Then restart the computer.\n"

static const struct draft_case lead_in_cases[] = {
	{ "lead-in: 'to 1' is the datum", LEAD_IN("to 1"),
	  { "check REG_DWORD " FROB "|ProxyWait = 1", NULL }, { NULL } },
	{ "lead-in: 'to 10 hex' is 0x10, not 10", LEAD_IN("to 10 hex"),
	  { "check REG_DWORD " FROB "|ProxyWait = 16", NULL }, { "check " FROB "|ProxyWait = 10", NULL } },
	{ "lead-in: 'to one of the following' is a choice, not 1", LEAD_IN("to one of the following"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "lead-in: 'to 30 seconds' is a quantity", LEAD_IN("to 30 seconds"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "lead-in: 'to 5 minutes' is a quantity", LEAD_IN("to 5 minutes"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
};

static const struct draft_case step_cases[] = {
	{ "step: 'to 10 hex' is 0x10", STEPS("to 10 hex"),
	  { "check " FROB "|ProxyWait = 16", NULL }, { NULL } },
	{ "step: 'to 16 decimal' is 16", STEPS("to 16 decimal"),
	  { "check " FROB "|ProxyWait = 16", NULL }, { NULL } },
	{ "step: 'to 0 or 1' is a choice, not 0", STEPS("to 0 or 1"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 1 or higher' is a choice, not 1", STEPS("to 1 or higher"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 30 seconds' is a quantity", STEPS("to 30 seconds"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 300 in decimal' is 300", STEPS("to 300 in decimal"),
	  { "check " FROB "|ProxyWait = 300", NULL }, { NULL } },
};

static const struct draft_case sentence_cases[] = {
	{ "sentence: 'to 10 hex' is 0x10", SENTENCE("to 10 hex"),
	  { "check " FROB "|ProxyWait = 16", NULL }, { NULL } },
	{ "sentence: 'to 0 or 1' is a choice, not 0", SENTENCE("to 0 or 1"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "sentence: 'to 1 or higher' is a choice, not 1", SENTENCE("to 1 or higher"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "sentence: 'to 30 seconds' is a quantity", SENTENCE("to 30 seconds"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "sentence: 'to 1-5' is a range", SENTENCE("to 1-5"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
};

/* Review findings on the datum's words (setdatum.c). */

/* A number shown again in brackets in the other radix: the bracket says
 * which radix the digits are in, and must agree with them. */
static const struct draft_case bracket_cases[] = {
	{ "step: 'to 20 (32 decimal)' is 0x20, not 20", STEPS("to 20 (32 decimal)"),
	  { "check " FROB "|ProxyWait = 32", NULL }, { "check " FROB "|ProxyWait = 20", NULL } },
	{ "sentence: 'to 200 (512 in decimal)' is 0x200", SENTENCE("to 200 (512 in decimal)"),
	  { "check REG_DWORD " FROB "|ProxyWait = 512", NULL }, { "check " FROB "|ProxyWait = 200", NULL } },
	{ "lead-in: 'to 40 (64 decimal)' is 0x40", LEAD_IN("to 40 (64 decimal)"),
	  { "check REG_DWORD " FROB "|ProxyWait = 64", NULL }, { "check " FROB "|ProxyWait = 40", NULL } },
	{ "step: 'to 20 (21 decimal)' agrees in no radix: no datum", STEPS("to 20 (21 decimal)"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "sentence: 'to 12 (1B hex)' agrees in no radix: no datum", SENTENCE("to 12 (1B hex)"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 27 (1B hex)' is 27", STEPS("to 27 (1B hex)"),
	  { "check " FROB "|ProxyWait = 27", NULL }, { NULL } },
	{ "step: 'to 0x20 (32 decimal)' is 0x20", STEPS("to 0x20 (32 decimal)"),
	  { "check " FROB "|ProxyWait = 32", NULL }, { NULL } },
};

/* A choice said after the radix, and a list of numbers ending in "or". */
static const struct draft_case choice_cases[] = {
	{ "step: 'to 20 hex or higher' is a choice", STEPS("to 20 hex or higher"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 32 decimal or more' is a choice", STEPS("to 32 decimal or more"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 1 (decimal) or 0 to stop it' is a choice", STEPS("to 1 (decimal) or 0 to stop it"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 4 in decimal, or 6 on a busy server' is a choice",
	  STEPS("to 4 in decimal, or 6 on a busy server"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 0x20 (32 decimal) or 0x40 on a server' is a choice",
	  STEPS("to 0x20 (32 decimal) or 0x40 on a server"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 0x2, 0x4, or 0x8' is a choice", STEPS("to 0x2, 0x4, or 0x8"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "sentence: 'to 20 hex or higher' is a choice", SENTENCE("to 20 hex or higher"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "lead-in: 'to 2, 4, or 8' is a choice", LEAD_IN("to 2, 4, or 8"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "lead-in: 'to 1 (decimal) or 0 to stop it' is a choice", LEAD_IN("to 1 (decimal) or 0 to stop it"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 20 hex, and then quit' is 0x20", STEPS("to 20 hex, and then quit"),
	  { "check " FROB "|ProxyWait = 32", NULL }, { NULL } },
	{ "step: 'to 60000 decimal or 0xEA60' says one number twice", STEPS("to 60000 decimal or 0xEA60"),
	  { "check " FROB "|ProxyWait = 60000", NULL }, { NULL } },
	{ "sentence: 'to 0x20, or 32 decimal' says one number twice", SENTENCE("to 0x20, or 32 decimal"),
	  { "check REG_DWORD " FROB "|ProxyWait = 32", NULL }, { NULL } },
	{ "step: 'to 32 decimal or 0x40' is a choice", STEPS("to 32 decimal or 0x40"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
};

/* A radix word that names what the number counts; a radix said as a
 * format. */
static const struct draft_case places_cases[] = {
	{ "step: 'to 3 decimal places' is no datum", STEPS("to 3 decimal places"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "sentence: 'to 8 hex digits' is no datum", SENTENCE("to 8 hex digits"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "lead-in: 'to 3 decimal places' is no datum", LEAD_IN("to 3 decimal places"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 20 in hexadecimal format' is 0x20", STEPS("to 20 in hexadecimal format"),
	  { "check " FROB "|ProxyWait = 32", NULL }, { NULL } },
};

/* Leading zeros in a decimal datum (the loader would read octal), and
 * "(DWORD)" after the number. */
static const struct draft_case zeros_dword_cases[] = {
	{ "step: 'to 020 (decimal)' is 20, not octal 16", STEPS("to 020 (decimal)"),
	  { "check " FROB "|ProxyWait = 20", NULL }, { "check " FROB "|ProxyWait = 16", NULL } },
	{ "sentence: 'to 0300 in decimal' is 300", SENTENCE("to 0300 in decimal"),
	  { "check REG_DWORD " FROB "|ProxyWait = 300", NULL }, { NULL } },
	{ "step: 'to 0 (decimal)' is 0", STEPS("to 0 (decimal)"),
	  { "check " FROB "|ProxyWait = 0", NULL }, { NULL } },
	{ "sentence: 'to 2 (DWORD)' is REG_DWORD 2", SENTENCE("to 2 (DWORD)"),
	  { "check REG_DWORD " FROB "|ProxyWait = 2", NULL }, { NULL } },
	{ "lead-in: 'to 2 (REG_DWORD)' is 2", LEAD_IN("to 2 (REG_DWORD)"),
	  { "check REG_DWORD " FROB "|ProxyWait = 2", NULL }, { NULL } },
};

/* Second-round findings (review-r2 4, 5, 9). */

/* A step that names ProxyWait and sets it, the key in the step before
 * (kbimport_asks.c). */
#define CHANGE_STEP(words) \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	"2. Locate the following key in the registry:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n" \
	"\n" \
	"3. Change the ProxyWait value " words ".\n" \
	"4. Quit Registry Editor.\n"

/* A number that is a term of a sum or an example: no datum. */
static const struct draft_case formula_cases[] = {
	{ "change: 'to 4 (decimal) times the number of disks' is no datum",
	  CHANGE_STEP("to 4 (decimal) times the number of disks"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "lead-in: 'to 8 plus 2 for each disk' is no datum", LEAD_IN("to 8 plus 2 for each disk"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "change: 'to 3 plus the disk count' is no datum", CHANGE_STEP("to 3 plus the disk count"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "change: 'to 12 decimal, for example' is no datum", CHANGE_STEP("to 12 decimal, for example"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "change: 'to 12 decimal' is 12", CHANGE_STEP("to 12 decimal"),
	  { "check " FROB "|ProxyWait = 12", NULL }, { NULL } },
};

/* Choices whose items carry a radix, or whose "or" comes later in the
 * clause. */
static const struct draft_case radix_choice_cases[] = {
	{ "step: 'to 2 hex, 8 hex, or 10 hex' is a choice", STEPS("to 2 hex, 8 hex, or 10 hex"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "lead-in: 'to 2 hex, 8 hex, or 10 hex' is a choice", LEAD_IN("to 2 hex, 8 hex, or 10 hex"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 10 hex (16 decimal) on a desk computer, or 30 hex on a server' is a choice",
	  STEPS("to 10 hex (16 decimal) on a desk computer, or 30 hex on a server"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "lead-in: 'to 10 (16 decimal) on a desk computer, or 30 on a server' is a choice",
	  LEAD_IN("to 10 (16 decimal) on a desk computer, or 30 on a server"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 10 hex on a server, and then restart' is 0x10",
	  STEPS("to 10 hex on a server, and then restart"),
	  { "check " FROB "|ProxyWait = 16", NULL }, { NULL } },
};

/* A bracket or radix word that disagrees with the radix already said. */
static const struct draft_case disagree_cases[] = {
	{ "step: 'to 50 decimal (0x40)' disagrees: no datum", STEPS("to 50 decimal (0x40)"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "lead-in: 'to 50 decimal (0x40)' disagrees: no datum", LEAD_IN("to 50 decimal (0x40)"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 0x20 in decimal' disagrees: no datum", STEPS("to 0x20 in decimal"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	{ "step: 'to 64 decimal (0x40)' agrees: 64", STEPS("to 64 decimal (0x40)"),
	  { "check " FROB "|ProxyWait = 64", NULL }, { NULL } },
	{ "step: 'to 40 hex (64 decimal)' agrees: 0x40", STEPS("to 40 hex (64 decimal)"),
	  { "check " FROB "|ProxyWait = 64", NULL }, { NULL } },
};

/* A step asking to delete ProxyWait, its sentence on the line after
 * ("then" the words, joined) (kbimport_edits.c). */
#define DELETE_STEP(then) \
	"\n" \
	"1. Start Registry Editor (Regedt32.exe).\n" \
	"2. Go to the following key:\n" \
	"\n" \
	"   HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n" \
	"\n" \
	"3. Delete the ProxyWait value\n" \
	then \
	"4. Quit Registry Editor.\n"

/* The line after a step goes on with its sentence unless it starts a
 * step or a lettered substep of its own (imp_step_goes_on()). */
static const struct draft_case join_cases[] = {
	{ "delete: lettered substeps under 'Delete the ProxyWait value' are not its object",
	  DELETE_STEP("   a. Click the ProxyWait value.\n"
		      "   b. On the Edit menu, click Delete, and then click Yes.\n"),
	  { "absent " FROB "|ProxyWait", "repair " FROB "|ProxyWait", NULL }, { NULL } },
	{ "delete: 'from the list in the Data box' on the next line goes on with the sentence",
	  DELETE_STEP("   from the list in the Data box.\n"),
	  { NULL }, { "repair " FROB "|ProxyWait", NULL } },
};

/* "to 020 (decimal)": the draft writes 20; kbwiz's loader reads 020 as
 * 20 too, but a YAML 1.1 reader takes a leading zero for octal (16). */
/* A value added in words: its data read as every other reader reads
 * the words after "to" (imp_set_datum()); no datum, a review item. */
static const struct draft_case added_cases[] = {
	{ "added: 'with a value of 1' is 1", ADDED("DWORD", "with a value of 1"),
	  { "check REG_DWORD " FROB "|ProxyWait = 1", NULL }, { NULL } },
	{ "added: 'with a value of 1 or 2' is a choice", ADDED("DWORD", "with a value of 1 or 2"),
	  { "review 18" }, { "check " FROB "|ProxyWait", NULL } },
	{ "added: 'with a value of 10 seconds' is a quantity", ADDED("DWORD", "with a value of 10 seconds"),
	  { "review 18" }, { "check " FROB "|ProxyWait", NULL } },
	{ "added: 'with a data value of 1-5' is a range", ADDED("DWORD", "with a data value of 1-5"),
	  { "review 18" }, { "check " FROB "|ProxyWait", NULL } },
	{ "added: 'with a value of 10 MB' is a quantity", ADDED("DWORD", "with a value of 10 MB"),
	  { "review 18" }, { "check " FROB "|ProxyWait", NULL } },
	{ "added: 'with a value of 20 hex' is 0x20", ADDED("DWORD", "with a value of 20 hex"),
	  { "check REG_DWORD " FROB "|ProxyWait = 32", NULL }, { NULL } },
	{ "added: 'with a hexadecimal value of 1a' is 0x1a", ADDED("DWORD", "with a hexadecimal value of 1a"),
	  { "check REG_DWORD " FROB "|ProxyWait = 26", NULL }, { NULL } },
	{ "added: 'with a value of 0x10 in decimal' disagrees: no datum",
	  ADDED("DWORD", "with a value of 0x10 in decimal"),
	  { "review 18" }, { "check " FROB "|ProxyWait", NULL } },
	{ "added: 'with a value of 60 (hexadecimal 3c)' is 60", ADDED("DWORD", "with a value of 60 (hexadecimal 3c)"),
	  { "check REG_DWORD " FROB "|ProxyWait = 60", NULL }, { NULL } },
	{ "added: 'with a value of 60 (hexadecimal 3d)' agrees in no radix: no datum",
	  ADDED("DWORD", "with a value of 60 (hexadecimal 3d)"),
	  { "review 18" }, { "check " FROB "|ProxyWait", NULL } },
	{ "added: 'a Multi String value' is REG_MULTI_SZ, not string data", ADDED("Multi String", "with a value of \"alpha\""),
	  { NULL }, { "check REG_SZ " FROB "|ProxyWait", NULL } },
	{ "added: 'with a value of 1 for the QueueMax value' gives 1 to another value",
	  ADDED("DWORD", "with a value of 1 for the QueueMax value"),
	  { "review 18" }, { "check " FROB "|ProxyWait", NULL } },
	{ "added: 'with a positive numeric value of 5' is 5", ADDED("DWORD", "with a positive numeric value of 5"),
	  { "check REG_DWORD " FROB "|ProxyWait = 5", NULL }, { NULL } },
	{ "added: 'a string value ... \"fast\"' is fast", ADDED("string", "with a value of \"fast\""),
	  { "check REG_SZ " FROB "|ProxyWait = fast", NULL }, { NULL } },
};

/* Words asking for a datum that do not ask it: negated, an option, an
 * aside, a description, a default, another value's name, a range after
 * "add", a choice of words.  No datum (the value stays review), and the
 * asking words still read where they ask. */
#define NO_DATUM { NULL }, { "check " FROB "|ProxyWait", NULL }
static const struct draft_case asked_cases[] = {
	{ "asked: ', but never set it to 1' asks no datum", REQUEST(", but never set it to 1"), NO_DATUM },
	{ "asked: '; do not assign the value 1' asks no datum", REQUEST("; do not assign the value 1"), NO_DATUM },
	{ "asked: 'without the value set to 1' asks no datum", REQUEST(" without the value set to 1"), NO_DATUM },
	{ "asked: 'it must not have the data value of 1' asks no datum",
	  REQUEST("; it must not have the data value of 1"), NO_DATUM },
	{ "asked: 'if you want, give it a value of 1' is an option", REQUEST("; if you want, give it a value of 1"),
	  NO_DATUM },
	{ "asked: 'which the installer fills with the value set to 0' describes",
	  REQUEST(", which the installer later fills with the value set to 0"), NO_DATUM },
	{ "asked: added, '; do not give it a value of 1' asks no datum",
	  ADDED_AFTER("DWORD", "; do not give it a value of 1"), NO_DATUM },
	{ "asked: added, '. You can set it to 1' is an option", ADDED_AFTER("DWORD", ". You can set it to 1 to wait longer"),
	  NO_DATUM },
	{ "asked: added, '(a value of 1, the default, ...)' is an aside",
	  ADDED_AFTER("DWORD", " (a value of 1, the default, makes it wait)"), NO_DATUM },
	{ "asked: added, 'the default value of 0 applies' is a default",
	  ADDED_AFTER("DWORD", "; when it is missing the default value of 0 (zero) applies"), NO_DATUM },
	{ "asked: added, 'A value of 1 means' describes", ADDED_AFTER("DWORD", ". A value of 1 (one) means it waits"),
	  NO_DATUM },
	{ "asked: request, '(the default value of 0 ...)' is a default",
	  REQUEST(" (the default value of 0 (zero) leaves it off)"), NO_DATUM },
	{ "asked: 'to the value of WaitLimit' names another value", SET_TO("string", "the value of WaitLimit"),
	  NO_DATUM },
	{ "asked: added, 'its data can run from 0 to 3' is a range", ADDED_AFTER("DWORD", ". Its data can run from 0 to 3"),
	  NO_DATUM },
	{ "asked: added, 'with a value from 0 to 3' is a range", ADDED("DWORD", "with a value from 0 to 3"), NO_DATUM },
	{ "asked: added, 'whose data may range from 1 to 64' is a range",
	  ADDED("DWORD", ", whose data may range from 1 to 64,"), NO_DATUM },
	{ "asked: added, 'set it to \"fast\" or \"slow\"' is a choice",
	  ADDED_AFTER("string", ", and set it to \"fast\" or \"slow\""), NO_DATUM },
	{ "asked: added, 'with a value of 1 -or- with a value of 2' is a choice",
	  ADDED("DWORD", "with a value of 1 -or- with a value of 2"), NO_DATUM },
	{ "asked: added, 'set it to 1, and then set it to 0 when ...' asks two data",
	  ADDED_AFTER("DWORD", ", and set it to 1, and then set it to 0 when the copy ends"), NO_DATUM },
	{ "asked: added, 'set the data value to 1, and if ..., change its value to 0' asks two data",
	  ADDED_AFTER("DWORD", ", set the data value to 1, and if the wait is too long, open it and change its value to 0"),
	  NO_DATUM },
	{ "asked: added, 'set it to 1.' then another sentence's 'set it to 0' for the next step is 1",
	  ADDED_AFTER("DWORD", ", and set it to 1. Later steps set the Other value to 0"),
	  { "check REG_DWORD " FROB "|ProxyWait = 1", NULL }, { NULL } },
	{ "asked: added, ', and then set it to 1' is 1", ADDED_AFTER("DWORD", ", and then set it to 1"),
	  { "check REG_DWORD " FROB "|ProxyWait = 1", NULL }, { NULL } },
	{ "asked: added, '. Assign the hex value 1a' (the next sentence) is 0x1a",
	  ADDED_AFTER("DWORD", ". Assign the hex value 1a"), { "check REG_DWORD " FROB "|ProxyWait = 26", NULL },
	  { NULL } },
	{ "asked: 'to the hex value of 10' is 0x10", SET_TO("DWORD", "the hex value of 10"),
	  { "check REG_DWORD " FROB "|ProxyWait = 16", NULL }, { NULL } },
	{ "asked: 'with a hex editor' before 'with a value of 10' leaves it decimal",
	  ADDED("DWORD", "(do not open it with a hex editor) with a value of 10"),
	  { "check REG_DWORD " FROB "|ProxyWait = 10", NULL }, { NULL } },
	{ "asked: 'set it to 1 (servers with a value of 0 ...)' is 1: the words read in order",
	  ADDED_AFTER("DWORD", ", and set it to 1 (servers with a value of 0 keep the short wait)"),
	  { "check REG_DWORD " FROB "|ProxyWait = 1", NULL }, { NULL } },
};

/* A radix word in brackets after the number names the number's radix,
 * with a noun or a comma after it ("(hex value)", "(hex, not decimal)");
 * only a number of the bracket's own is the other radix's. */
#define SIXTEEN "check REG_DWORD " FROB "|ProxyWait = 16"
static const struct draft_case radix_bracket_cases[] = {
	{ "radix bracket: 'to 10 (hex value)' is 0x10", SENTENCE("to 10 (hex value)"),
	  { SIXTEEN, NULL }, { NULL } },
	{ "radix bracket: 'to 10 (hexadecimal number)' is 0x10", SENTENCE("to 10 (hexadecimal number)"),
	  { SIXTEEN, NULL }, { NULL } },
	{ "radix bracket: 'to 10 (hex, not decimal)' is 0x10", SENTENCE("to 10 (hex, not decimal)"),
	  { SIXTEEN, NULL }, { NULL } },
	{ "radix bracket: added, 'and set it to 10 (hex value)' is 0x10",
	  ADDED_AFTER("DWORD", ", and set it to 10 (hex value)"), { SIXTEEN, NULL }, { NULL } },
	{ "radix bracket: 'to 10 (hexadecimal 0b)' agrees in no radix: no datum", SENTENCE("to 10 (hexadecimal 0b)"),
	  { NULL }, { "check " FROB "|ProxyWait", NULL } },
	/* the bracket's number is the datum's own digits: the radix is said */
	{ "radix bracket: 'to 10 (hex value 0x10)' is 0x10", SENTENCE("to 10 (hex value 0x10)"),
	  { SIXTEEN, NULL }, { NULL } },
	{ "radix bracket: 'to 10 (hexadecimal value 10)' is 0x10", SENTENCE("to 10 (hexadecimal value 10)"),
	  { SIXTEEN, NULL }, { NULL } },
	{ "radix bracket: added, 'and set it to 10 (hex value 0x10)' is 0x10",
	  ADDED_AFTER("DWORD", ", and set it to 10 (hex value 0x10)"), { SIXTEEN, NULL }, { NULL } },
	/* a real conversion keeps the datum's own radix */
	{ "radix bracket: 'to 60 (hexadecimal 3c)' is 60, not 0x60", SENTENCE("to 60 (hexadecimal 3c)"),
	  { "check REG_DWORD " FROB "|ProxyWait = 60", NULL }, { NULL } },
};

/* The words after the number go on with the sentence (one word list,
 * imp_datum_goes_on()): a new clause or, after the request's words,
 * where the change applies; in a step, what the change is for. */
static const struct draft_case goes_on_cases[] = {
	{ "goes on: 'with a value of 1 so that it waits' is 1", ADDED("DWORD", "with a value of 1 so that it waits"),
	  { "check REG_DWORD " FROB "|ProxyWait = 1", NULL }, { NULL } },
	{ "goes on: 'with a value of 1 instead of 0' is 1", ADDED("DWORD", "with a value of 1 instead of 0"),
	  { "check REG_DWORD " FROB "|ProxyWait = 1", NULL }, { NULL } },
	{ "goes on: 'and set it to 1 on every server' is 1", ADDED_AFTER("DWORD", ", and set it to 1 on every server"),
	  { "check REG_DWORD " FROB "|ProxyWait = 1", NULL }, { NULL } },
	/* (session 20: "to" and a verb after the datum say what the change
	 * is for, the number stays the datum; another number in the rest of
	 * the sentence makes a choice) */
	{ "goes on: a step's 'to 1 to make it wait' is 1", STEPS("to 1 to make it wait"),
	  { "check REG_DWORD " FROB "|ProxyWait = 1", NULL }, { NULL } },
	{ "goes on: a step's 'to 1 to make it wait, or 0 to not' is a choice, no datum",
	  STEPS("to 1 to make it wait, or 0 to not"),
	  { NULL }, { "check " FROB "|ProxyWait = 1", NULL } },
	{ "goes on: a step's 'to 1 to the left' is a place, no datum", STEPS("to 1 to the left"),
	  { NULL }, { "check " FROB "|ProxyWait = 1", NULL } },
};

/* A type word is a whole word: "keystring" names no type. */
static const struct draft_case type_word_cases[] = {
	{ "type word: 'a keystring value' is no string value", ADDED_AFTER("keystring", ", and set it to \"on\""),
	  { NULL }, { "check REG_SZ " FROB "|ProxyWait", NULL } },
	{ "type word: 'a string value' is one", ADDED_AFTER("string", ", and set it to \"on\""),
	  { "check REG_SZ " FROB "|ProxyWait = on", NULL }, { NULL } },
};

#define ONE "check REG_DWORD " FROB "|ProxyWait = 1"

/* A range the value takes, described, then the datum asked: the range
 * asks nothing, so the reading goes on to the datum. */
static const struct draft_case range_then_asked_cases[] = {
	{ "range then asked: 'It takes a value of 0 to 3; set it to 1' is 1",
	  ADDED_AFTER("DWORD", ". It takes a value of 0 to 3; set it to 1"), { ONE, NULL }, { NULL } },
	{ "range then asked: 'It accepts a value of 0 through 3; set it to 1' is 1",
	  ADDED_AFTER("DWORD", ". It accepts a value of 0 through 3; set it to 1"), { ONE, NULL }, { NULL } },
	{ "range then asked: 'and set it to 0 through 3' asks a range: no datum",
	  ADDED_AFTER("DWORD", ", and set it to 0 through 3"), NO_DATUM },
};

/* Words before the ask that are not said of it: an aside ", which ...,",
 * a sentence part before ";", a purpose ("so that", "in order") or a
 * condition opening the sentence, a word holding a wish phrase; "be
 * sure to" and "make sure you" ask. */
static const struct draft_case aside_cases[] = {
	{ "aside: ', which is absent at first, to the key, and set it to 1' is 1",
	  "\n"
	  "To lengthen the wait, add a DWORD value named ProxyWait, which is not there at first, to the "
	  "following key, and set it to 1:\n"
	  "\n"
	  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Frobco\\Frob\n"
	  "\n"
	  "Then restart the computer.\n",
	  { ONE, NULL }, { NULL } },
	{ "aside: 'key, which a fresh setup lacks, and set it to 1' is 1",
	  ADDED_AFTER("DWORD", ", which a fresh setup does not have, and set it to 1"), { ONE, NULL }, { NULL } },
	{ "aside: 'It is not there at first; give it a value of 1' is 1",
	  ADDED_AFTER("DWORD", ". It is not there at first; give it a value of 1"), { ONE, NULL }, { NULL } },
	{ "aside: 'So that the wait does not end, set it to 1' is 1",
	  ADDED_AFTER("DWORD", ". So that the wait does not end early, set it to 1"), { ONE, NULL }, { NULL } },
	{ "aside: 'In order not to drop calls, set it to 1' is 1",
	  ADDED_AFTER("DWORD", ". In order not to drop calls, set it to 1"), { ONE, NULL }, { NULL } },
	{ "aside: 'If you want the proxy to wait, set it to 1' is a condition: 1",
	  ADDED_AFTER("DWORD", ". If you want the proxy to wait longer, set it to 1"), { ONE, NULL }, { NULL } },
	{ "aside: 'the optionally built proxy' holds no wish: 1",
	  ADDED_AFTER("DWORD", " of the optionally built proxy, shown below, and set it to 1"), { ONE, NULL }, { NULL } },
	{ "aside: 'Be sure to set it to 1' asks: 1", ADDED_AFTER("DWORD", ". Be sure to set it to 1"),
	  { ONE, NULL }, { NULL } },
	{ "aside: 'Make sure that you set it to 1' asks: 1", ADDED_AFTER("DWORD", ". Make sure that you set it to 1"),
	  { ONE, NULL }, { NULL } },
	{ "aside: 'If you want, set it to 1' is still an option", ADDED_AFTER("DWORD", ". If you want, set it to 1"),
	  NO_DATUM },
	{ "aside: 'Be sure not to set it to 1' asks no datum", ADDED_AFTER("DWORD", ". Be sure not to set it to 1"),
	  NO_DATUM },
	{ "aside: '; optionally, set it to 1' is still an option", ADDED_AFTER("DWORD", "; optionally, set it to 1"),
	  NO_DATUM },
	{ "aside: 'to the key if you like, and set it to 1' is still an option",
	  ADDED_AFTER("DWORD", " if you like, and set it to 1"), NO_DATUM },
};

/* "the value" as the verb's object, with or without "of". */
static const struct draft_case the_value_cases[] = {
	{ "the value: 'Assign it the value of 1' is 1", ADDED_AFTER("DWORD", ". Assign it the value of 1"),
	  { ONE, NULL }, { NULL } },
	{ "the value: 'Give it the value 1' is 1", ADDED_AFTER("DWORD", ". Give it the value 1"), { ONE, NULL }, { NULL } },
	{ "the value: 'Give it the value of 1' is 1", ADDED_AFTER("DWORD", ". Give it the value of 1"),
	  { ONE, NULL }, { NULL } },
	{ "the value: 'Do not assign it the value of 1' asks no datum",
	  ADDED_AFTER("DWORD", ". Do not assign it the value of 1"), NO_DATUM },
};

static void decimal_datum_drops_leading_zeros(void **state)
{
	struct draft d;

	(void)state;
	draft_import_body(STEPS("to 020 (decimal)"), &d);
	if (strstr(d.yaml, "data: 020") != NULL || strstr(d.yaml, "data: 20\n") == NULL)
		fail_msg("'to 020 (decimal)' should be drafted as data 20\n%s", d.yaml);
	draft_free(&d);
}

/* One case of a table, the case in *state. */
static void one_case(void **state)
{
	draft_expect_cases(*state, 1);
}

#define CASE_TEST(name, table, i) \
	static void name(void **state) \
	{ \
		(void)state; \
		draft_expect_cases(&table[i], 1); \
	}

CASE_TEST(lead_in_0, lead_in_cases, 0)
CASE_TEST(lead_in_1, lead_in_cases, 1)
CASE_TEST(lead_in_2, lead_in_cases, 2)
CASE_TEST(lead_in_3, lead_in_cases, 3)
CASE_TEST(lead_in_4, lead_in_cases, 4)
CASE_TEST(step_0, step_cases, 0)
CASE_TEST(step_1, step_cases, 1)
CASE_TEST(step_2, step_cases, 2)
CASE_TEST(step_3, step_cases, 3)
CASE_TEST(step_4, step_cases, 4)
CASE_TEST(step_5, step_cases, 5)
CASE_TEST(sentence_0, sentence_cases, 0)
CASE_TEST(sentence_1, sentence_cases, 1)
CASE_TEST(sentence_2, sentence_cases, 2)
CASE_TEST(sentence_3, sentence_cases, 3)
CASE_TEST(sentence_4, sentence_cases, 4)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(lead_in_0), cmocka_unit_test(lead_in_1), cmocka_unit_test(lead_in_2),
		cmocka_unit_test(lead_in_3), cmocka_unit_test(lead_in_4),
		cmocka_unit_test(step_0), cmocka_unit_test(step_1), cmocka_unit_test(step_2),
		cmocka_unit_test(step_3), cmocka_unit_test(step_4), cmocka_unit_test(step_5),
		cmocka_unit_test(sentence_0), cmocka_unit_test(sentence_1), cmocka_unit_test(sentence_2),
		cmocka_unit_test(sentence_3), cmocka_unit_test(sentence_4),
		cmocka_unit_test(decimal_datum_drops_leading_zeros),
	};

	static const struct { const struct draft_case *cases; size_t n; } findings[] = {
		{ bracket_cases, sizeof bracket_cases / sizeof bracket_cases[0] },
		{ choice_cases, sizeof choice_cases / sizeof choice_cases[0] },
		{ places_cases, sizeof places_cases / sizeof places_cases[0] },
		{ zeros_dword_cases, sizeof zeros_dword_cases / sizeof zeros_dword_cases[0] },
		{ join_cases, sizeof join_cases / sizeof join_cases[0] },
		{ formula_cases, sizeof formula_cases / sizeof formula_cases[0] },
		{ radix_choice_cases, sizeof radix_choice_cases / sizeof radix_choice_cases[0] },
		{ disagree_cases, sizeof disagree_cases / sizeof disagree_cases[0] },
		{ added_cases, sizeof added_cases / sizeof added_cases[0] },
		{ asked_cases, sizeof asked_cases / sizeof asked_cases[0] },
		{ radix_bracket_cases, sizeof radix_bracket_cases / sizeof radix_bracket_cases[0] },
		{ goes_on_cases, sizeof goes_on_cases / sizeof goes_on_cases[0] },
		{ type_word_cases, sizeof type_word_cases / sizeof type_word_cases[0] },
		{ range_then_asked_cases, sizeof range_then_asked_cases / sizeof range_then_asked_cases[0] },
		{ aside_cases, sizeof aside_cases / sizeof aside_cases[0] },
		{ the_value_cases, sizeof the_value_cases / sizeof the_value_cases[0] },
	};
	struct CMUnitTest each[160];
	size_t i, k, n = 0;
	int failed;

	failed = cmocka_run_group_tests(tests, NULL, NULL);
	for (i = 0; i < sizeof findings / sizeof findings[0]; i++)
		for (k = 0; k < findings[i].n && n < sizeof each / sizeof each[0]; k++) {
			struct CMUnitTest t = cmocka_unit_test_prestate(one_case, (void *)&findings[i].cases[k]);
			t.name = findings[i].cases[k].what;
			each[n++] = t;
		}
	return failed + _cmocka_run_group_tests("setdatum findings", each, n, NULL, NULL);
}
