/* kbimport_setdatum.c: what "set X to ..." sets X to (kbimport_int.h).
 * Three readers find the sentence that sets a value in words: the steps
 * of a procedure (kbimport_procedure.c), a sentence around a key
 * (kbimport_asks.c) and the sentence leading into a value block with no
 * data (kbimport_prosekey.c).  Each names the value its own way; the
 * words after "to" are read here, once, for all three:
 *
 *   to 0x10, to 16 decimal, to 10 hex, to a value of 1, to zero   data
 *   to one of the following, to 0 or 1, to 1 or higher            a choice
 *   to between 1 and 5, to 1-5                                    a range
 *   to 30 seconds, to 10 MB, to 50 percent                        a quantity
 *
 * A choice, a range or a quantity is no datum: which number the value
 * takes is the reader's, or is in a unit the value may not count in. */
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* p starts the word w, which ends there (not "hexagon" for "hex"). */
static int starts_word(const char *p, const char *w)
{
	size_t l = strlen(w);

	return imp_starts_ci(p, w) && !isalnum((unsigned char)p[l]);
}

/* p starts one of the words ws: its length, 0 when none. */
static size_t word_of(const char *p, const char *const *ws)
{
	size_t i;

	for (i = 0; ws[i] != NULL; i++)
		if (starts_word(p, ws[i]))
			return strlen(ws[i]);
	return 0;
}

/* "zero" .. "ten" at p: the digits, NULL otherwise. */
static const char *number_word(const char *p, const char **end)
{
	static const char *const words[] = { "zero", "one", "two", "three", "four", "five",
					     "six", "seven", "eight", "nine", "ten", NULL };
	static const char *const digits[] = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10" };
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (starts_word(p, words[i])) {
			*end = p + strlen(words[i]);
			return digits[i];
		}
	return NULL;
}

/* Words before the number that say nothing of it but its radix: "a
 * value of 1", "a hexadecimal value of 1a", "hex 50".  Past them; *hex
 * 1 for a hex radix, *said 1 when they name a radix or DWORD (which
 * only a DWORD has: guide C11). */
static const char *past_fills(const char *d, int *hex, int *said)
{
	static const char *const hexfills[] = { "a hexadecimal value of ", "a hex value of ",
						"hexadecimal ", "hex ", NULL };
	static const char *const fills[] = { "a value of ", "a data value of ", "the value ", "a value ",
					     "value ", "a decimal value of ", "decimal ", "(DWORD) ",
					     "(REG_DWORD) ", NULL };
	size_t i;

	*hex = 0;
	*said = 0;
	for (i = 0; hexfills[i] != NULL; i++)
		if (imp_starts_ci(d, hexfills[i])) {
			*hex = *said = 1;
			return d + strlen(hexfills[i]);
		}
	for (i = 0; fills[i] != NULL; i++)
		if (imp_starts_ci(d, fills[i])) {
			*said = imp_ci_find(fills[i], "decimal") != NULL || imp_ci_find(fills[i], "DWORD") != NULL;
			return imp_skip_ws(d + strlen(fills[i]));
		}
	return d;
}

/* A radix said after the digits at e: " hex", " (hexadecimal)", "
 * decimal", " in decimal".  Where its words end, *hex 1 for hex; e when none. */
static const char *radix_after(const char *e, int *hex)
{
	static const char *const hexes[] = { "hexadecimal", "hex", NULL };
	static const char *const decs[] = { "decimal", NULL };
	const char *p = imp_skip_ws(e);
	int bracket = *p == '(';
	size_t l;

	if (bracket)
		p = imp_skip_ws(p + 1);
	/* "to 60000 in decimal", "(in decimal)" */
	if (imp_starts_ci(p, "in "))
		p = imp_skip_ws(p + 3);
	*hex = 0;
	if ((l = word_of(p, hexes)) > 0)
		*hex = 1;
	else if ((l = word_of(p, decs)) == 0)
		return e;
	p += l;
	if (bracket && *p == ')')
		p++;
	return p;
}

/* "31 (1F hex)", "16 (0x10)": the same number in the other radix, in
 * brackets after it.  Only a DWORD is shown so (guide C11); the number
 * before keeps its own radix.  Past the bracket; e when none. */
static const char *other_radix_after(const char *e)
{
	const char *p = imp_skip_ws(e), *q;
	int hex = 0;
	size_t l;

	if (*p != '(')
		return e;
	p = imp_skip_ws(p + 1);
	q = imp_starts_ci(p, "0x") ? p + 2 : p;
	if ((l = strspn(q, "0123456789abcdefABCDEF")) == 0)
		return e;
	q += l;
	if (q > p + l)          /* "0x10" says its radix itself */
		hex = 1;
	else if ((q = radix_after(q, &hex)) == p + l)
		return e;
	q = imp_skip_ws(q);
	return *q == ')' ? q + 1 : e;
}

/* A unit after a number: the number counts seconds or bytes, which the
 * value may count in another unit (milliseconds, KB). */
static int unit_after(const char *e)
{
	static const char *const units[] = {
		"milliseconds", "millisecond", "ms", "seconds", "second", "secs", "sec", "minutes",
		"minute", "mins", "min", "hours", "hour", "hrs", "days", "day", "weeks", "bytes",
		"byte", "KB", "MB", "GB", "K", "kilobytes", "megabytes", "gigabytes", "percent", NULL };
	const char *p = imp_skip_ws(e);

	return *p == '%' || word_of(p, units) > 0;
}

/* "0 or 1", "1 or higher", ", or 2": the number at e is one of a choice. */
static int choice_after(const char *e)
{
	static const char *const more[] = { "higher", "more", "greater", "larger", "less", "lower",
					     "smaller", "fewer", "above", "below", NULL };
	const char *p = imp_skip_ws(e), *w;

	if (*p == ',')
		p = imp_skip_ws(p + 1);
	if (!starts_word(p, "or"))
		return 0;
	p = imp_skip_ws(p + 2);
	if (*p == '"')
		p++;
	return isdigit((unsigned char)*p) || number_word(p, &w) != NULL || word_of(p, more) > 0;
}

/* "1-5", "1 - 5", "1 through 5", "1 to 5": the number at e starts a range. */
static int range_after(const char *e)
{
	const char *p = imp_skip_ws(e);

	if (*p == '-')
		return isdigit((unsigned char)*imp_skip_ws(p + 1));
	if (starts_word(p, "through") || starts_word(p, "to") || starts_word(p, "and"))
		return isdigit((unsigned char)*imp_skip_ws(p + strcspn(p, " ")));
	return 0;
}

/* "10,000", "1,048,576" at d: the number without its commas, as the
 * loader reads it (NULL when too big); *end past it. */
static const char *thousands(struct imp *im, const char *d, const char **end)
{
	char digits[24];
	size_t n = 0, l = strspn(d, "0123456789");
	int extra = 0;

	if (l > 3)
		return NULL;
	memcpy(digits, d, l);
	n = l;
	d += l;
	while (*d == ',' && strspn(d + 1, "0123456789") == 3 && n + 3 < sizeof digits) {
		memcpy(digits + n, d + 1, 3);
		n += 3;
		d += 4;
	}
	if (isalnum((unsigned char)*d) || (*d == ',' && isdigit((unsigned char)d[1])))
		return NULL;
	digits[n] = '\0';
	*end = d;
	return imp_read_number(im, digits, 0xFFFFFFFFu, &extra);
}

/* The digits at d, hex when the radix said so before them ("hex 1a"):
 * as the loader reads them, or NULL; *end past them. */
static const char *digits_at(struct imp *im, const char *d, int hex, const char **end)
{
	const char *e, *num;
	int extra = 0;

	/* "dword:00000001", as a REGEDIT line writes it */
	if (imp_starts_ci(d, "dword:")) {
		d += 6;
		hex = 1;
	}
	e = d;
	if (imp_starts_ci(d, "0x"))
		e = d + 2;
	e += hex || e > d ? strspn(e, "0123456789abcdefABCDEF") : strspn(e, "0123456789");
	if (e == d)
		return NULL;
	/* "10,000": thousands, not the datum 10 and more words */
	if (!hex && e == d + strspn(d, "0123456789") && *e == ',' && strspn(e + 1, "0123456789") == 3)
		return thousands(im, d, end);
	if (isalnum((unsigned char)*e))
		return NULL;
	*end = e;
	num = imp_read_number(im, imp_dupn(im, d, (size_t)(e - d)), 0xFFFFFFFFu, &extra);
	if (num != NULL && hex && !imp_starts_ci(num, "0x"))
		num = imp_fmt(im, "0x%s", num);
	return num;
}

/* The hex digits at d said hex after them ("to 1a (hex)"): "0x1a", or
 * NULL; *end past them. */
static const char *hex_digits_said_after(struct imp *im, const char *d, const char **end)
{
	size_t l = strspn(d, "0123456789abcdefABCDEF");
	int hex = 0;

	if (l == 0 || isalnum((unsigned char)d[l]) || radix_after(d + l, &hex) == d + l || !hex)
		return NULL;
	*end = d + l;
	return imp_fmt(im, "0x%.*s", (int)l, d);
}

int imp_set_datum(struct imp *im, const char *to, struct set_datum *sd)
{
	const char *d = imp_skip_ws(to), *e = NULL, *num;
	int hex = 0, said_hex = 0, said_before = 0;

	memset(sd, 0, sizeof *sd);
	sd->end = d;
	if (imp_starts_ci(d, "one of") || imp_starts_ci(d, "either ")) {
		sd->kind = SD_CHOICE;
		return 0;
	}
	if (starts_word(d, "between")) {
		sd->kind = SD_RANGE;
		return 0;
	}
	d = past_fills(d, &hex, &said_before);
	if ((num = number_word(d, &e)) != NULL)
		sd->in_words = 1;
	else if ((num = digits_at(im, d, hex, &e)) == NULL && (num = hex_digits_said_after(im, d, &e)) == NULL)
		return 0;
	sd->end = e;
	if (choice_after(e)) {
		sd->kind = SD_CHOICE;
		return 0;
	}
	if (range_after(e)) {
		sd->kind = SD_RANGE;
		return 0;
	}
	e = radix_after(e, &said_hex);
	if (e != sd->end && said_hex && !imp_starts_ci(num, "0x") && isdigit((unsigned char)*d))
		num = imp_fmt(im, "0x%s", num);
	/* "1846 (decimal)" says the radix as "0x736" does */
	sd->dword_said = said_before || e != sd->end || hex || imp_starts_ci(d, "dword:");
	if (e == sd->end && other_radix_after(e) != e) {
		e = other_radix_after(e);
		sd->dword_said = 1;
	}
	if (unit_after(e)) {
		sd->kind = SD_UNIT;
		return 0;
	}
	sd->kind = SD_DATA;
	sd->data = num;
	sd->hex = hex || said_hex || imp_starts_ci(num, "0x");
	sd->dword_said |= sd->hex;
	sd->end = e;
	return 1;
}
