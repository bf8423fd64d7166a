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

size_t imp_starts_any_word(const char *p, const char *const *ws)
{
	size_t i;

	for (i = 0; ws[i] != NULL; i++)
		if (imp_starts_word(p, ws[i]))
			return strlen(ws[i]);
	return 0;
}

/* "zero" .. "ten" at p: the digits (kbimport_int.h). */
const char *imp_number_word(const char *p, const char **end)
{
	static const char *const words[] = { "zero", "one", "two", "three", "four", "five",
					     "six", "seven", "eight", "nine", "ten", NULL };
	static const char *const digits[] = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10" };
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (imp_starts_word(p, words[i])) {
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

size_t imp_radix_word(const char *p, int *hex)
{
	static const char *const hexes[] = { "hexadecimal", "hex", NULL };
	static const char *const decimals[] = { "decimal", NULL };
	size_t l;

	*hex = (l = imp_starts_any_word(p, hexes)) > 0;
	return l > 0 ? l : imp_starts_any_word(p, decimals);
}

/* "4 decimal places", "8 hex digits": the radix word at p names what
 * the number counts, not the number's radix. */
static int radix_counts(const char *p)
{
	static const char *const counted[] = { "places", "place", "points", "point", "digits", "digit", NULL };
	size_t l = imp_radix_word(p, &(int){ 0 });

	return l > 0 && imp_starts_any_word(imp_skip_ws(p + l), counted) > 0;
}

/* The number at p is the datum's own digits (d to e) again, or their
 * "0x" form: "10 (hex value 0x10)", "10 (hexadecimal value 10)".  Past
 * it; p when not (no d, other digits: a conversion). */
static const char *same_digits_at(const char *d, const char *e, const char *p)
{
	const char *q = p;
	size_t l;

	if (d == NULL)
		return p;
	if (imp_starts_ci(d, "0x"))
		d += 2;
	if (imp_starts_ci(q, "0x"))
		q += 2;
	l = (size_t)(e - d);
	if (e <= d || strspn(q, "0123456789abcdefABCDEF") != l || strncasecmp(q, d, l) != 0)
		return p;
	return q + l;
}

/* p follows the radix word in a bracket after the digits d to e: past
 * the bracket when the radix is the digits' ("(hex)", "(hex value)",
 * "(hexadecimal number)", "(hex, not decimal)", "(hex value 0x10)" after
 * 10); e when the bracket goes on to a number of its own ("(hexadecimal
 * 3c)": other_radix_after()) or to other words. */
static const char *bracket_radix_end(const char *d, const char *e, const char *p)
{
	static const char *const nouns[] = { "value", "number", "notation", "data", NULL };
	const char *close, *past;
	size_t l;

	if ((l = imp_starts_any_word(p, nouns)) > 0)
		p = imp_skip_ws(p + l);
	if ((past = same_digits_at(d, e, p)) != p && *imp_skip_ws(past) == ')')
		return imp_skip_ws(past) + 1;
	if (*p == ')')
		return p + 1;
	/* "(hex, not decimal)": the rest of the bracket says it again */
	if ((*p == ',' || *p == ';') && (close = strchr(p, ')')) != NULL && close - p < 40 &&
	    memchr(p, '(', (size_t)(close - p)) == NULL)
		return close + 1;
	return e;
}

/* A radix said after the digits d to e (d NULL when not known): "
 * hex", " (hexadecimal)", " decimal", " in decimal", " in hexadecimal
 * format".  Where its words end, *hex 1 for hex; e when none. */
static const char *radix_after_digits(const char *d, const char *e, int *hex)
{
	const char *p = imp_skip_ws(e);
	int bracket = *p == '(';
	size_t l;

	if (bracket)
		p = imp_skip_ws(p + 1);
	/* "to 60000 in decimal", "(in decimal)" */
	if (imp_starts_ci(p, "in "))
		p = imp_skip_ws(p + 3);
	*hex = 0;
	if (radix_counts(p) || (l = imp_radix_word(p, hex)) == 0)
		return e;
	p += l;
	if (imp_starts_word(imp_skip_ws(p), "format"))
		p = imp_skip_ws(p) + 6;
	return bracket ? bracket_radix_end(d, e, imp_skip_ws(p)) : p;
}

static const char *radix_after(const char *e, int *hex)
{
	return radix_after_digits(NULL, e, hex);
}

/* "1 (DWORD)", "1 (REG_DWORD)": the type said after the number, as
 * "(DWORD) 1" says it before (guide C11).  Past it; e when none. */
static const char *dword_after(const char *e)
{
	static const char *const said[] = { "(DWORD)", "(REG_DWORD)", NULL };
	const char *p = imp_skip_ws(e);
	size_t i;

	for (i = 0; said[i] != NULL; i++)
		if (imp_starts_ci(p, said[i]))
			return p + strlen(said[i]);
	return e;
}

/* The value of the digits at d (a "0x" before them says hex), in the
 * radix hex says; UINT64_MAX when too big. */
static uint64_t value_of(const char *d, int hex)
{
	uint64_t v = 0;

	if (imp_starts_ci(d, "0x")) {
		d += 2;
		hex = 1;
	}
	for (; hex ? isxdigit((unsigned char)*d) : isdigit((unsigned char)*d); d++) {
		unsigned digit = isdigit((unsigned char)*d) ? (unsigned)(*d - '0') :
				 (unsigned)(tolower((unsigned char)*d) - 'a' + 10);
		if (v > (UINT32_MAX - digit) / (hex ? 16 : 10))
			return UINT64_MAX;
		v = v * (hex ? 16 : 10) + digit;
	}
	return v;
}

/* "hex 3c", "decimal 60": a radix word before the number at p, which
 * it names.  Past it (*hex 1 for hex); p when none. */
static const char *radix_before(const char *p, int *hex)
{
	size_t l;

	if ((l = imp_radix_word(p, hex)) == 0)
		return p;
	return isxdigit((unsigned char)*imp_skip_ws(p + l)) ? imp_skip_ws(p + l) : p;
}

/* "31 (1F hex)", "16 (0x10)", "10 (16 decimal)", "60 (hexadecimal
 * 3c)": the number in the other radix, in brackets after it.  Only a
 * DWORD is shown so (guide C11).  Past the bracket, *value the
 * bracket's number; e when none. */
static const char *other_radix_after(const char *e, uint64_t *value)
{
	const char *p = imp_skip_ws(e), *q, *w;
	int hex = 0;
	size_t l;

	if (*p != '(')
		return e;
	w = imp_skip_ws(p + 1);
	p = radix_before(w, &hex);
	q = imp_starts_ci(p, "0x") ? p + 2 : p;
	if ((l = strspn(q, "0123456789abcdefABCDEF")) == 0)
		return e;
	q += l;
	if (q > p + l)          /* "0x10" says its radix itself */
		hex = 1;
	else if (p == w && (q = radix_after(q, &hex)) == p + l)
		return e;
	*value = value_of(p, hex);
	q = imp_skip_ws(q);
	return *q == ')' ? q + 1 : e;
}

/* ", or 0xEA60" after "60000 decimal": the same number again in the
 * other radix, which is no choice.  Past it when its radix is said and
 * its value is value; e otherwise. */
static const char *restated_after(const char *e, uint64_t value)
{
	const char *p = imp_skip_ws(e), *q;
	int hex = 0;
	size_t l;

	if (*p == ',')
		p = imp_skip_ws(p + 1);
	if (!imp_starts_word(p, "or"))
		return e;
	p = imp_skip_ws(p + 2);
	q = imp_starts_ci(p, "0x") ? p + 2 : p;
	if ((l = strspn(q, "0123456789abcdefABCDEF")) == 0 || isalnum((unsigned char)q[l]))
		return e;
	if (q > p)
		hex = 1;
	else if (radix_after(q + l, &hex) == q + l)
		return e;
	if (value_of(p, hex) != value)
		return e;
	return q > p ? q + l : radix_after(q + l, &hex);
}

/* The datum num (its digits at d, no radix said) shown again as value
 * in the other radix: num when they agree, "0x" and the digits when
 * the digits are the bracket's number in hex ("10 (16 decimal)"); NULL
 * when neither, which leaves the reader no datum to trust. */
static const char *agreeing_datum(struct imp *im, const char *num, const char *d, int radix_said,
				  uint64_t value)
{
	if (value_of(num, 0) == value)
		return num;
	if (!radix_said && isdigit((unsigned char)*d) && value_of(d, 1) == value)
		return imp_fmt(im, "0x%.*s", (int)strspn(d, "0123456789"), d);
	return NULL;
}

/* A unit after a number: the number counts seconds or bytes, which the
 * value may count in another unit (milliseconds, KB). */
int imp_unit_after(const char *e)
{
	static const char *const units[] = {
		"milliseconds", "millisecond", "ms", "seconds", "second", "secs", "sec", "minutes",
		"minute", "mins", "min", "hours", "hour", "hrs", "days", "day", "weeks", "bytes",
		"byte", "KB", "MB", "GB", "K", "kilobytes", "megabytes", "gigabytes", "percent", NULL };
	const char *p = imp_skip_ws(e);

	return *p == '%' || imp_starts_any_word(p, units) > 0 || radix_counts(p);
}

int imp_datum_goes_on(const char *e, int places)
{
	/* a new clause, or what the change is for: the number stays one
	 * datum ("with a value of 1 so that ...", "1 instead of 0") */
	static const char *const clauses[] = { "and", "or", "then", "so", "instead", NULL };
	/* where or what the change applies to ("to 1 in the following
	 * key", "1 on every server") */
	static const char *const where[] = { "to", "in", "under", "for", "on", NULL };

	if (*e != ' ' || !isalpha((unsigned char)e[1]))
		return 1;
	return imp_starts_any_word(e + 1, clauses) > 0 || (places && imp_starts_any_word(e + 1, where) > 0);
}

/* "0 or 1", "1 or higher", ", or 2": the number at e is one of a choice. */
static int choice_after(const char *e)
{
	static const char *const more[] = { "higher", "more", "greater", "larger", "less", "lower",
					     "smaller", "fewer", "above", "below", NULL };
	const char *p = imp_skip_ws(e), *w;
	int hex = 0;

	/* "0x10, 0x20, or 0x40", "1 hex, 2 hex, or 4 hex": past the list,
	 * each number's radix word too, to its "or" */
	w = imp_skip_ws(radix_after(p, &hex));
	if (*w == ',' && isdigit((unsigned char)*imp_skip_ws(w + 1)))
		p = w;
	while (*p == ',' && isdigit((unsigned char)*(w = imp_skip_ws(p + 1)))) {
		w += strspn(w, "0123456789abcdefxABCDEFX");
		if (isalnum((unsigned char)*w))
			break;
		p = imp_skip_ws(radix_after(w, &hex));
	}
	if (*p == ',')
		p = imp_skip_ws(p + 1);
	/* "with a value of 1 -or- with a value of 2": the articles' mark
	 * for another way, here in the same sentence as the datum */
	if (imp_starts_ci(p, "-or- "))
		return 1;
	if (!imp_starts_word(p, "or"))
		return 0;
	p = imp_skip_ws(p + 2);
	if (*p == '"')
		p++;
	return isdigit((unsigned char)*p) || imp_number_word(p, &w) != NULL || imp_starts_any_word(p, more) > 0;
}

/* ", or 40 hex for 64" later in the clause the number at e ends ("20
 * hex (32 decimal) for 32 users, or 40 hex for 64"): another number
 * the reader may pick instead. */
static int or_number_in_clause(const char *e)
{
	const char *p, *w;

	for (p = e; *p != '\0' && *p != ';' && *p != ':' && !(*p == '.' && !isdigit((unsigned char)p[1])); p++) {
		if (*p != ',')
			continue;
		w = imp_skip_ws(p + 1);
		if (!imp_starts_word(w, "or"))
			continue;
		w = imp_skip_ws(w + 2);
		if (*w == '"')
			w++;
		if (isdigit((unsigned char)*w) || imp_number_word(w, &w) != NULL)
			return 1;
	}
	return 0;
}

/* "5 times the number of processors", "10 plus 1 for each processor",
 * "10, for example": after the number (and its radix), words that make
 * it a term of a sum or an example, not the datum to set. */
static int formula_after(const char *e)
{
	/* Not "for each" alone: "to 1 for each adapter" sets each one to 1 */
	static const char *const joins[] = { "times", "plus", "minus", "multiplied", "per", "for example",
					     "for instance", "such as", "e.g.", NULL };
	const char *p = imp_skip_ws(e);
	size_t i;

	if (*p == ',' || *p == '(')
		p = imp_skip_ws(p + 1);
	for (i = 0; joins[i] != NULL; i++)
		if (imp_starts_word(p, joins[i]))
			return 1;
	return 0;
}

/* "1-5", "1 - 5", "1 through 5", "1 to 5": the number at e starts a range. */
static int range_after(const char *e)
{
	const char *p = imp_skip_ws(e);

	if (*p == '-')
		return isdigit((unsigned char)*imp_skip_ws(p + 1));
	if (imp_starts_word(p, "through") || imp_starts_word(p, "to") || imp_starts_word(p, "and"))
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
	/* "hex 1a": the loader reads hex digits after a 0x */
	num = hex && !imp_starts_ci(d, "0x") ? imp_fmt(im, "0x%.*s", (int)(e - d), d) : imp_dupn(im, d, (size_t)(e - d));
	/* out of memory (im->oom set, the article refused): no datum */
	return num != NULL ? imp_read_number(im, num, 0xFFFFFFFFu, &extra) : NULL;
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

/* The choice or range the words at e go on to: SD_CHOICE, SD_RANGE, or
 * SD_NONE when the number at e stands alone. */
static enum set_datum_kind more_than_one(const char *e)
{
	if (choice_after(e))
		return SD_CHOICE;
	if (range_after(e))
		return SD_RANGE;
	return SD_NONE;
}

/* "010 (decimal)": a datum said decimal, without the leading zeros a
 * YAML 1.1 reader takes for octal.  Digits with no radix said keep
 * theirs: "00000000" may be what the editor shows, for the reader to see. */
static const char *without_leading_zeros(const char *num)
{
	while (num[0] == '0' && isdigit((unsigned char)num[1]))
		num++;
	return num;
}

/* The fill words from..to (before the number) say "decimal" ("a
 * decimal value of"). */
static int says_decimal(const char *from, const char *to)
{
	const char *q;

	for (q = from; q + 7 <= to; q++)
		if (strncasecmp(q, "decimal", 7) == 0)
			return 1;
	return 0;
}

int imp_set_datum(struct imp *im, const char *to, struct set_datum *sd)
{
	return imp_set_datum_radix(im, to, 0, sd);
}

int imp_set_datum_radix(struct imp *im, const char *to, int hex_before, struct set_datum *sd)
{
	const char *d = imp_skip_ws(to), *e = NULL, *num, *after, *fills = d;
	int hex = 0, said_hex = 0, said_before = 0, said_decimal, decimal_before;
	uint64_t other = 0;

	memset(sd, 0, sizeof *sd);
	sd->end = d;
	if (imp_starts_ci(d, "one of") || imp_starts_ci(d, "either ")) {
		sd->kind = SD_CHOICE;
		return 0;
	}
	if (imp_starts_word(d, "between")) {
		sd->kind = SD_RANGE;
		return 0;
	}
	d = past_fills(d, &hex, &said_before);
	if (hex_before)
		hex = said_before = 1;
	if ((num = imp_number_word(d, &e)) != NULL)
		sd->in_words = 1;
	else if ((num = digits_at(im, d, hex, &e)) == NULL && (num = hex_digits_said_after(im, d, &e)) == NULL)
		return 0;
	sd->end = e;
	if ((sd->kind = more_than_one(e)) != SD_NONE)
		return 0;
	e = radix_after_digits(d, e, &said_hex);
	decimal_before = said_before && !hex && says_decimal(fills, d);
	/* "0x10 in decimal", "decimal 10 hex": which radix is meant, the
	 * words do not agree */
	if (e != sd->end && ((!said_hex && (hex || imp_starts_ci(d, "0x") || imp_starts_ci(d, "dword:"))) ||
			     (said_hex && decimal_before))) {
		sd->kind = SD_CONFLICT;
		return 0;
	}
	if (e != sd->end && said_hex && !imp_starts_ci(num, "0x") && isdigit((unsigned char)*d))
		num = imp_fmt(im, "0x%s", num);
	said_decimal = (e != sd->end && !said_hex) || decimal_before;
	/* "1846 (decimal)" says the radix as "0x736" does */
	sd->dword_said = said_before || e != sd->end || hex || imp_starts_ci(d, "dword:");
	if ((after = dword_after(e)) != e) {
		e = after;
		sd->dword_said = 1;
	}
	after = other_radix_after(e, &other);
	if (after != e && e == sd->end) {
		/* "10 (16 decimal)": the bracket says which radix the digits are in */
		if ((num = agreeing_datum(im, num, d, said_before || hex || sd->in_words, other)) == NULL) {
			sd->kind = SD_CONFLICT;
			return 0;
		}
		e = after;
		sd->dword_said = said_decimal = 1;
	} else if (after != e) {
		/* "100 decimal (0x46)": the radix is said, and the bracket
		 * must show the same number */
		if (value_of(num, 0) != other) {
			sd->kind = SD_CONFLICT;
			return 0;
		}
		e = after;
	}
	if (sd->dword_said && (after = restated_after(e, value_of(num, 0))) != e)
		e = after;
	/* "10 hex or higher", "1 (decimal) or 0 to turn it off" */
	if ((sd->kind = more_than_one(e)) != SD_NONE)
		return 0;
	if (or_number_in_clause(e)) {
		sd->kind = SD_CHOICE;
		return 0;
	}
	if (formula_after(e)) {
		sd->kind = SD_FORMULA;
		return 0;
	}
	if (imp_unit_after(e)) {
		sd->kind = SD_UNIT;
		return 0;
	}
	sd->kind = SD_DATA;
	sd->hex = hex || said_hex || imp_starts_ci(num, "0x");
	sd->data = said_decimal && !sd->hex ? without_leading_zeros(num) : num;
	sd->dword_said |= sd->hex;
	sd->end = e;
	return 1;
}
