/* kbverify_prose.h: a rule's cited prose (cause, trigger, a symptom's
 * description or question, a check's description, a remediation step)
 * checked word by word against its cited lines.
 *
 * Prose is in our own words, so it cannot be compared as text.  What can
 * be compared mechanically are the words that carry a fact a technician
 * would act on, and each must be vouched for by the cited lines:
 *  - names and numbers: a word with a digit (7023, SP5, 8.3), a name
 *    written as one (ImagePath, ClusSvc, MUP.SYS, %SystemRoot%, DLC), a
 *    capitalised word inside a sentence (Spooler, Exchange), a key path's
 *    components, a quoted phrase;
 *  - kinds of claim the lines must make too: a negation ("not", "never"),
 *    a restriction ("only"), a reason or consequence ("because", "so"), a
 *    condition ("if", "unless"), a retry or confirmation ("again",
 *    "confirm").  Each kind is vouched for by any word of its kind in the
 *    lines ("fails" for "not", "occurs if" for "because").
 * A sentence that adds what its lines do not say belongs in an item of
 * its own marked `inferred:`. */
#ifndef KBWIZ_KBVERIFY_PROSE_H
#define KBWIZ_KBVERIFY_PROSE_H

#include <stddef.h>

/* Called per word of the prose the cited text does not vouch for: word is
 * the word as written (or the quoted phrase), kind says what it is
 * ("a name", "a number", "a reason", ...).  Both are borrowed for the
 * call only. */
typedef void (*kbprose_fn)(void *ctx, const char *word, const char *kind);

/* Check prose against cited (the cited lines joined).  Returns how many
 * words were reported (each distinct word once), or -1 when out of
 * memory. */
int kbverify_prose(const char *prose, const char *cited, kbprose_fn fn,
		   void *ctx);

/* The comparisons kbverify uses for facts, shared with the prose check:
 * needle in hay, case, white space, HKEY_LOCAL_MACHINE/HKLM and
 * CurrentControlSet/ControlSet00N aside; a number written in text in
 * decimal, 0x hex, a negative decimal as its 32-bit two's complement
 * ("-1022"), or hex with no 0x where the word's shape says hex (eight
 * digits, a leading zero, a letter, an 'h' after it: "80070721", "0E",
 * "7B", "c0000006H"); decimal only when decimal_only. */
int kbverify_text_has(const char *hay, const char *needle);
/* key (HKLM\... or another root, '*' for any one subkey) written in
 * cited: whole, wrapped, with forward slashes, or its parent and the
 * rest apart. */
int kbverify_key_found(const char *cited, const char *key);
int kbverify_text_has_number(const char *text, unsigned long long want,
			     int decimal_only);
/* A registry value's number data in text: as kbverify_text_has_number()
 * reads it, or, where text says its numbers are hex ("Radix: Hex",
 * "hexadecimal"), any word of hex digits ("Data: 100" for 0x100). */
int kbverify_text_has_datum(const char *text, unsigned long long want);
/* want (n > 0 bytes) written in text as a whole row of hex bytes: pairs
 * of hex digits alone or glued ("01 00 0a ff", "01,00,0A,FF",
 * "01000aff", a .reg file's "hex:01,00,\" wrapped on), white space,
 * commas and backslashes between them; any other word or mark ends the
 * row.  A part of a row is not the data, though words of letters only
 * ("be", "add") may stand before or after it.  A glued word of digits only
 * ("2000") is bytes only as a row of its own and when joined (the rule
 * wrote its bytes joined up as well).  1 found, 0 not, -1 out of memory
 * (the check is then not judged). */
int kbverify_text_has_bytes(const char *text, const unsigned char *want,
			    size_t n, int joined);

#endif
