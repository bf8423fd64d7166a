/* kbimport_netcodes.c: the review net's reading of codes written in the
 * forms no reader drafts (kbimport_int.h: imp_net_names_code()).  The
 * labelled sets' error codes that were neither drafted nor in any review
 * item (204 of 4,390 after session 47) were written so: a message's
 * number first under a lead-in that announces it ("1321 The Installer
 * has insufficient privileges"), a negative number ("-2147217890",
 * "MSExchangeIS ((451)) -1019"), hex with an 'h' ("error 27h", "Trap 13
 * (0DH)"), a processor trap ("Trap D", "fatal error 0D"), a number
 * closing a failure's words ("Unable to retrieve server list from
 * SERVER01: 1230"), a NetWare message's "NETADMIN-4.00-970", a Mail
 * notice ("Notice 127 Private Folder Index Missing"), or hex in brackets
 * after a failure ("A new entry could not be added. [82040116]").  Only
 * the review net asks (kbimport_net.c): a line read here gets a review
 * item when nothing placed it, and no fact is drafted from it. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/kbimport.h"
#include "kbimport_int.h"

/* Words that say something failed or went wrong, whole, any case: the
 * number on their line is likely the failure's code. */
static const char *const failure_words[] = {
	"error", "errors", "fail", "fails", "failed", "failure", "unable", "cannot", "can't", "exception",
	"fatal", "returned", "return", "native", "warning", "abend", NULL,
};

/* The d digits at p read as a year or a day before a month ("2000 Mar
 * 12", "31 May 2002": imp_dated_text()), a year alone ("Windows 2000") or
 * a time: a date, no code. */
static int date_number(const char *p, size_t d)
{
	if (p[d] == ':' && isdigit((unsigned char)p[d + 1]))
		return 1;
	if (imp_dated_text(imp_skip_ws(p + d)))
		return 1;
	return d == 4 && (strncmp(p, "19", 2) == 0 || strncmp(p, "20", 2) == 0);
}

/* ---- a message's number first, under its lead-in --------------------------- */

/* The word at w is two capitals or more and no other letter: a BASIC
 * program's keyword after its line's number ("10 LINE INPUT ; A$",
 * "15 WEND"), not a message's first word. */
static int capitals_word(const char *w)
{
	size_t l = strspn(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");

	return l >= 2 && !isalnum((unsigned char)w[l]);
}

/* The lead-in over the indented block that holds line n: up over blank
 * lines, "-or-" lines and the block's lines (as deep as n or deeper) to
 * the first shallower line ending with a colon; it, or the
 * line above it when it is wrapped, says an error, a message, an event or
 * a warning follows ("... may receive the following error message:",
 * "... is generated:" under "... the following error"). */
static int under_message_lead_in(const struct imp *im, size_t n)
{
	static const char *const words[] = { "error", "errors", "message", "messages", "event", "events",
					     "warning", "warnings", "fails", "failed", NULL };
	size_t m, ind = imp_indent_of(imp_line_at(im, n));

	for (m = n; m > im->a->body_first && n - m < 12; m--) {
		const char *a = imp_line_at(im, m - 1);
		if (imp_blank(a) || imp_or_line(a) || imp_and_line(a))
			continue;
		/* (a row of the block may end with a colon too: "1321 ...
		 * cannot modify this file:" over the file's name) */
		if (imp_ends_with_colon(a) && imp_indent_of(a) < ind)
			return imp_find_any_word(a, words) != NULL ||
			       (m - 1 > im->a->body_first && imp_find_any_word(imp_line_at(im, m - 2), words) != NULL);
		if (imp_indent_of(a) < ind)
			return 0;
	}
	return 0;
}

/* "   1321 The Installer has insufficient privileges ...", "   80 - Bad
 * Gateway Service Type on Create", "   '3426' - The action was cancelled
 * ...", "   1173(11056,2) - \\ ... Unknown error.", "   60: Method ~ of
 * Object ~ failed", "   10048" alone, "   (163)": a number of two to
 * five digits opening an indented row, a message's words after it, in a
 * block whose lead-in announces an error or a message.  The readers draft
 * only the first row of such a block with four digits or more; the rest
 * (a reply of FTP or SMTP, "530 User cannot log in", among them) is a
 * person's to judge. */
static int message_number_row(const struct imp *im, size_t n, const char *s)
{
	const char *t = imp_skip_ws(s), *e;
	size_t d;
	int bracket = 0, quote = 0;

	if (imp_indent_of(s) < 2 || n <= im->a->body_first)
		return 0;
	if (*t == '(') {
		bracket = 1;
		t++;
	} else if (*t == '\'' || *t == '"') {
		quote = *t;
		t++;
	}
	d = strspn(t, "0123456789");
	if (d < 2 || d > 5 || date_number(t, d))
		return 0;
	e = t + d;
	if (bracket) {
		if (*e != ')')
			return 0;
		e++;
	} else if (quote) {
		if (*e != quote)
			return 0;
		e++;
	}
	if (imp_blank(e) || (*e == '.' && imp_blank(e + 1))) {
		/* the number alone, its paragraph's only row (not a
		 * fraction's "10000" over "-----") */
		if ((n + 1 < im->a->body_end && !imp_blank(imp_line_at(im, n + 1))) ||
		    !imp_blank(imp_line_at(im, n - 1)))
			return 0;
	} else if (strncmp(e, " - ", 3) == 0 || strncmp(e, "--", 2) == 0 || strncmp(e, ": ", 2) == 0 ||
		   strncmp(e, ", ", 2) == 0) {
		e = imp_skip_ws(e + (*e == ' ' ? 3 : 2));
		if (!isalpha((unsigned char)*e) && *e != '"' && *e != '\\')
			return 0;
	} else if (*e == '(' && !bracket && !quote) {
		/* "1173(11056,2) - ...": a message's number and its
		 * arguments */
		if (!isdigit((unsigned char)e[1]) || strchr(e, ')') == NULL)
			return 0;
	} else if (*e == ' ' || *e == '\t') {
		/* "11001 Host not found": a capital opens the message (not
		 * "4096 Bytes Free": a unit says a count) */
		e = imp_skip_ws(e);
		if (!isupper((unsigned char)e[0]) || imp_counted_after(t + d) || capitals_word(e))
			return 0;
	} else {
		return 0;
	}
	return under_message_lead_in(im, n);
}

/* ---- negative numbers ------------------------------------------------------ */

/* "-2147217890 lRowsOffset would position you ...", "MSExchangeIS
 * ((451)) -1019", "Unknown Error in Windows (-22)", "Native:-3500": a
 * minus before three digits or more (two in brackets), standing alone
 * (not a range's "10-20", an option's "-100", a date's), on a line whose
 * words say something failed, that name an Exchange service or JET; or
 * ten digits opening -214 (an HRESULT written as a signed decimal)
 * anywhere.  JET's errors and Visual Basic's Err.Number are written so. */
static int negative_code(const char *s)
{
	const char *p;
	int failing = -1;

	for (p = s; (p = strchr(p, '-')) != NULL; p++) {
		size_t d = strspn(p + 1, "0123456789");
		const char *e = p + 1 + d;
		int bracketed;

		if (d < 2 || d > 10 || isalnum((unsigned char)*e) || *e == '_' || *e == '%' || *e == '-' ||
		    (*e == '.' && isdigit((unsigned char)e[1])) || (*e == ',' && isdigit((unsigned char)e[1])))
			continue;
		if (p > s && !(p[-1] == ' ' || p[-1] == '(' || p[-1] == ':' || p[-1] == '[' || p[-1] == '=' ||
			       p[-1] == ',' || p[-1] == '\t' || p[-1] == '"' || p[-1] == '\''))
			continue;
		/* (not a range's end: "-2147483647 to 2147483647") */
		if (d == 10 && strncmp(p + 1, "214", 3) == 0 && !imp_starts_word(imp_skip_ws(e), "to"))
			return 1;
		bracketed = p > s && p[-1] == '(' && *e == ')';
		if (d < 3 && !bracketed)
			continue;
		if (failing < 0)
			failing = imp_find_any_word(s, failure_words) != NULL ||
				  imp_ci_find(s, "MSExchange") != NULL || strstr(s, "JET") != NULL;
		if (failing)
			return 1;
	}
	return 0;
}

/* ---- hex written with an 'h', and processor traps --------------------------- */

/* At p, one to eight hex digits then 'h' or 'H', ending a word: "27h",
 * "0DH", "002B000AH", "FFh"; its length with the 'h', or 0. */
static size_t h_hex_at(const char *p)
{
	size_t d = strspn(p, "0123456789abcdefABCDEF"), digits = 0, i;
	int upper = 1;

	if (d == 0 || d > 8 || (p[d] != 'h' && p[d] != 'H') || isalnum((unsigned char)p[d + 1]))
		return 0;
	/* a digit among them ("each" is no code), or capitals only: "FFh" */
	for (i = 0; i < d; i++) {
		digits += isdigit((unsigned char)p[i]) != 0;
		upper &= !islower((unsigned char)p[i]);
	}
	return digits > 0 || (d >= 2 && upper) ? d + 1 : 0;
}

/* The words that name a processor's or a program's fault, then its
 * number: "Trap 13", "Trap D", "trap 0Dh", "fatal error 0D", "exception
 * 05h", "Fault: 000D", "System Abend
 * 0C2-0000", "Error FFh", "Error Code: 002B000AH", "subcode 002B000AH". */
static int fault_number(const char *s)
{
	static const char *const words[] = { "trap", "exception", "fault", "abend", "error", "code", "subcode",
					     NULL };
	static const size_t lens[] = { 4, 9, 5, 5, 5, 4, 7 };
	const char *p;

	/* (from one of the words' first letters to the next: this runs on
	 * every line with a digit that no other form placed) */
	for (p = s; (p = strpbrk(p, "tTeEfFaAcCsS")) != NULL; p++) {
		const char *w = p, *q;
		size_t wl = 0, i, hex;

		if (p > s && isalpha((unsigned char)p[-1]))
			continue;
		while (isalpha((unsigned char)w[wl]))
			wl++;
		p += wl - 1;
		for (i = 0; words[i] != NULL; i++)
			if (lens[i] == wl && strncasecmp(w, words[i], wl) == 0)
				break;
		if (words[i] == NULL)
			continue;
		q = w + wl;
		if (*q == ':')
			q++;
		if (*q != ' ')
			continue;
		q = imp_skip_ws(q);
		/* hex with its 'h' after any of them */
		if ((hex = h_hex_at(q)) > 0)
			return 1;
		/* a trap's, a fault's or an abend's number bare: "Trap 13",
		 * "Trap D", "Trap 0D", "Fault: 000D", "Abend 0C2" (an
		 * exception's or an error's bare number the other forms read) */
		if (i <= 3 && i != 1) {
			hex = strspn(q, "0123456789abcdefABCDEF");
			if (hex > 0 && hex <= 4 && !isalpha((unsigned char)q[hex]) && q[hex] != '_' && q[hex] != '/' &&
			    (hex > 1 || isdigit((unsigned char)q[0]) || isupper((unsigned char)q[0])))
				return 1;
		}
		/* "fatal error 0D", "exception 0D": two hex digits, a letter
		 * among them, written as the fault's number */
		if ((i == 1 || i == 4) && isxdigit((unsigned char)q[0]) && isxdigit((unsigned char)q[1]) &&
		    !isalnum((unsigned char)q[2]) && q[2] != '_' &&
		    (isdigit((unsigned char)q[0]) || isdigit((unsigned char)q[1])) &&
		    (isupper((unsigned char)q[0]) || isupper((unsigned char)q[1])))
			return 1;
	}
	return 0;
}

/* ---- a number closing a failure's words ------------------------------------ */

/* "Unable to retrieve server list from SERVER01: 1230", "Unable to Open
 * Configuration File, 352", "SNA Server Warning: 629", "Return code from
 * Read Event Log is 122.", "the call was 10055", "Error Returned was
 * [5].", "... aggregate function or the GROUP BY clause. [#8120]": a
 * number of two digits or more (one in brackets) at the line's end, set
 * off by ": ", ", ", " is ", " was ", '#' or brackets, on a line whose
 * words say something failed.  Not a year ("SQL Server 2000" has no such
 * mark), not a count ("... is 4096 bytes" has a unit after it). */
static int trailing_failure_number(const char *s)
{
	size_t l = imp_rtrim_len(s, strlen(s)), d;
	const char *e, *b;
	int bracket = 0;

	while (l > 0 && (s[l - 1] == '.' || s[l - 1] == '"' || s[l - 1] == '\'' || s[l - 1] == ')' ||
			 s[l - 1] == ']'))
		bracket |= s[--l] == ')' || s[l] == ']';
	e = s + l;
	for (b = e; b > s && isdigit((unsigned char)b[-1]); b--)
		;
	d = (size_t)(e - b);
	if (d == 0 || d > 10 || (d < 2 && !bracket) || date_number(b, d) || strspn(b, "0") == d)
		return 0;
	if (b > s && b[-1] == '#')
		b--;
	else if (b > s && (b[-1] == '[' || b[-1] == '(') && !bracket)
		return 0;       /* "... higher than 100000h (16" wrapped */
	else if (b > s && (b[-1] == '[' || b[-1] == '('))
		b--;
	if (b > s && (b[-1] == '[' || b[-1] == '('))
		b--;
	/* (the MTA's "[BASE XFER-IN 18] (16)" ends with a severity) */
	if (*b == '(' && b - s >= 2 && b[-1] == ' ' && b[-2] == ']')
		return 0;
	if (!(b - s >= 2 && (strncmp(b - 2, ": ", 2) == 0 || strncmp(b - 2, ", ", 2) == 0)) &&
	    !(b - s >= 4 && strncasecmp(b - 4, " is ", 4) == 0) && !(b - s >= 5 && strncasecmp(b - 5, " was ", 5) == 0) &&
	    !(b > s && (*b == '#' || *b == '[' || *b == '(')))
		return 0;
	return imp_find_any_word(s, failure_words) != NULL;
}

/* ---- a product's own numbering --------------------------------------------- */

/* "Error Report : NETADMIN-4.00-970", "NetWare Error: NWDrv-3.00-20":
 * a NetWare message's module, version and number joined by '-'. */
static int netware_message(const char *s)
{
	const char *p;

	for (p = s; (p = strchr(p, '-')) != NULL; p++) {
		const char *v = p + 1, *b = p;
		size_t d;
		while (b > s && isalnum((unsigned char)b[-1]))
			b--;
		if (p - b < 3 || !isalpha((unsigned char)*b) || (b > s && (b[-1] == '-' || b[-1] == '.')))
			continue;
		d = strspn(v, "0123456789");
		if (d == 0 || v[d] != '.' || strspn(v + d + 1, "0123456789") == 0)
			continue;
		v += d + 1 + strspn(v + d + 1, "0123456789");
		if (*v == '-' && (d = strspn(v + 1, "0123456789")) > 0 && !isalnum((unsigned char)v[1 + d]))
			return 1;
	}
	return 0;
}

/* "Notice 127 Private Folder Index Missing", "Warning 43 Gateway alias
 * has no physical address", "Fatal 138 and Fatal 139": Microsoft Mail's
 * numbered notices and errors, the word capitalised, its number, then a
 * message's capital, "and", "-" or the line's end. */
static int numbered_notice(const char *s)
{
	static const char *const words[] = { "Notice", "Warning", "Fatal", NULL };
	size_t i;

	for (i = 0; words[i] != NULL; i++) {
		const char *p;
		size_t wl = strlen(words[i]);
		for (p = s; (p = strstr(p, words[i])) != NULL; p += wl) {
			const char *q = p + wl, *e;
			size_t d;
			if ((p > s && isalnum((unsigned char)p[-1])) || *q != ' ')
				continue;
			q++;
			d = strspn(q, "0123456789");
			if (d == 0 || d > 5 || isalnum((unsigned char)q[d]) || q[d] == '.' || q[d] == ',')
				continue;
			e = imp_skip_ws(q + d);
			if (*e == '\0' || *e == '-' || isupper((unsigned char)*e) || imp_starts_word(e, "and"))
				return 1;
		}
	}
	return 0;
}

/* ---- hex in brackets after a failure ---------------------------------------- */

/* "A new entry could not be added. [82040116]", "Unexpected Error
 * (89F8)", "The system can not log you on (13D)", "Client - 0 -
 * (80000008)", "[0x0000139]", "[F004] [010000F0]": two to eight hex
 * digits in brackets, a digit among them and a letter too unless there
 * are eight or a "0x", on a line whose words say something failed (or
 * "can not"). */
static int bracketed_hex(const char *s)
{
	const char *p;
	int failing = -1;

	for (p = s; (p = strpbrk(p, "[(")) != NULL; p++) {
		const char *h = p + 1;
		size_t d;
		int x = 0, digit = 0, letter = 0, i;

		if (h[0] == '0' && (h[1] == 'x' || h[1] == 'X')) {
			h += 2;
			x = 1;
		}
		d = strspn(h, "0123456789abcdefABCDEF");
		/* (the bracket ends a word: not "(3C509)network adapter") */
		if (d < 2 || d > 8 || h[d] != (*p == '[' ? ']' : ')') || isalnum((unsigned char)h[d + 1]))
			continue;
		for (i = 0; i < (int)d; i++) {
			digit |= isdigit((unsigned char)h[i]) != 0;
			letter |= isalpha((unsigned char)h[i]) != 0;
		}
		if (!digit || (!letter && !x && d != 8))
			continue;
		if (failing < 0)
			failing = imp_find_any_word(s, failure_words) != NULL || imp_ci_find(s, "can not") != NULL ||
				  imp_ci_find(s, "could not") != NULL;
		if (failing)
			return 1;
	}
	return 0;
}

int imp_net_names_code(const struct imp *im, size_t n, const char *s)
{
	/* a constant's value, a compiler's switch: "#DEFINE HKEY_USERS
	 * -2147483645", "#pragma warning(disable: 4786)" */
	if (strchr(s, '#') != NULL && (imp_ci_find(s, "#define") != NULL || imp_ci_find(s, "#pragma") != NULL))
		return 0;
	return message_number_row(im, n, s) || negative_code(s) || fault_number(s) || trailing_failure_number(s) ||
	       netware_message(s) || numbered_notice(s) || bracketed_hex(s);
}
