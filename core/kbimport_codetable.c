/* kbimport_codetable.c: a table of codes is a reference, listed for a
 * person one entry at a time (kbimport_int.h; labelling guide C6).
 *
 * "103    Cannot connect to the registry on site server X in site Y.",
 * "| 09 | Memory block address invalid", "3F     63       Print file was
 * deleted": an article that tabulates what each code of a component
 * means names many codes, none of which is the technician's problem
 * until they see it.  No reader drafts such rows, and no other pass
 * lists them, so a reviewer could not rely on the review list to hold
 * every line that names a code.  This pass, run by the last one
 * (kbimport.c's review_unplaced(), whose record of placed lines it
 * reads and adds to), lists every row of such a table that nothing
 * placed.
 *
 * A row: the code first on its line (decimal, "0x" hex, bare hex with a
 * digit in it and an optional "h", in brackets or between a table's
 * bars; given twice, hex and decimal, allowed), then two blanks, a tab or
 * a bar, then words; or a constant's name, then its code in the next
 * column ("| QUERY_E_FAILED | 0x80041600L | Call failed", "MAPI_E_FAILURE
 * 2"), words after it or none.  A table: five rows or more, a blank line or two,
 * borders and lines deeper than the row (its wrapped words) between
 * them; about codes, as the eight lines above it say ("error", "status",
 * "event", "return code") or a third of its rows read as failures.
 * Counted on the labelled sets (8,600 articles): 793 rows the labels list
 * for review were in no item before.  A first version of this reading,
 * tried on the same sets, also listed 66 rows of tables the labels leave
 * alone (error classes and actions beside an error table); over the
 * archive, 58 drafts gain 3,075 items, nearly all code and event
 * catalogues (a list of fixed bugs by number and a structure's fields by
 * their constants are ones that are not). */
#include "kbwiz/kbimport.h"

#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "kbimport_int.h"

enum {
	TABLE_MIN_ROWS = 5,     /* fewer is a short list, read by the readers */
	ROW_BLANKS = 2,         /* blank lines between two rows of one table */
	LEAD_LINES = 8          /* lines above a table read for what it holds */
};

/* The code that opens row text s: where it ends (past a closing
 * bracket), or NULL.  *code gets where it starts. */
static const char *row_code(const char *s, const char **code)
{
	const char *p = imp_skip_ws(s), *q;
	size_t digits = 0, hex = 0;
	int bracket = 0;

	if (*p == '|')
		p = imp_skip_ws(p + 1);
	/* "*10  Incorrect Windows version": a mark the table explains */
	if (*p == '*' && isdigit((unsigned char)p[1]))
		p++;
	if (*p == '[') {
		bracket = 1;
		p++;
	}
	*code = p;
	if (*p == '-')
		p++;
	if ((p[0] == 'X' || p[0] == 'x') && p[1] == '\'') {
		/* "X'000A'": SNA's hex */
		for (q = p + 2; isxdigit((unsigned char)*q) && q - p < 10; q++)
			;
		if (q - p < 4 || *q != '\'')
			return NULL;
		q++;
	} else if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		for (q = p + 2; isxdigit((unsigned char)*q) && q - p < 10; q++)
			;
		if (q == p + 2)
			return NULL;
		if (*q == 'L')          /* a C header's long: "0x80041600L" */
			q++;
	} else {
		for (q = p; isxdigit((unsigned char)*q) && q - p < 8; q++) {
			digits += isdigit((unsigned char)*q) != 0;
			hex += isalpha((unsigned char)*q) != 0;
		}
		/* a decimal code of six digits at most (not "00401010", an
		 * address), or a short hex one with a digit in it ("0C",
		 * "3F", "C800"), an "h" after it allowed */
		if (digits == 0 || (hex > 0 && q - p > 4) || q - p > 6)
			return NULL;
		if (*q == 'h' || *q == 'H')
			q++;
	}
	if (bracket) {
		if (*q != ']')
			return NULL;
		q++;
	}
	return isalnum((unsigned char)*q) ? NULL : q;
}

/* Past the column break at e (two blanks, a tab or a bar) after a code:
 * the next column's start, or NULL. */
static const char *past_column_break(const char *e)
{
	const char *w = imp_skip_ws(e);

	if (*w == '|')
		return imp_skip_ws(w + 1);
	/* "X'000A' - Fatal LCC hardware error" */
	if (w == e + 1 && w[0] == '-' && w[1] == ' ')
		return imp_skip_ws(w + 1);
	return w - e >= 2 || *e == '\t' ? w : NULL;
}

/* A constant's name ("QUERY_E_FAILED": capitals, digits and an
 * underscore at least) at p: where it ends, or NULL. */
static const char *constant_name_end(const char *p)
{
	const char *q;
	int underscore = 0;

	if (!isupper((unsigned char)*p))
		return NULL;
	for (q = p; isupper((unsigned char)*q) || isdigit((unsigned char)*q) || *q == '_'; q++)
		underscore |= *q == '_';
	return underscore && q - p >= 3 ? q : NULL;
}

/* The code that ends row text s, its words first ("Invalid buffer
 * length.      1", "| Call failed | 23 |"): a code as row_code() reads
 * one, the line's last token, after two blanks, a tab or a bar that
 * follow words (a letter among them).  Where the code ends, or NULL;
 * *code gets where it starts. */
static const char *row_code_last(const char *s, const char **code)
{
	const char *p = imp_skip_ws(s), *end, *b, *e, *w;
	size_t l;

	if (*p == '|')
		p = imp_skip_ws(p + 1);
	if (!isalpha((unsigned char)*p) && *p != '"' && *p != '\'')
		return NULL;
	l = imp_rtrim_len(s, strlen(s));
	while (l > 0 && (s[l - 1] == '|' || s[l - 1] == ' ' || s[l - 1] == '\t'))
		l--;
	end = s + l;
	/* "\"<file>\" is not a FoxPro EXE file. (1196)": a message, then
	 * its number in brackets, two to six digits */
	if (end > p && end[-1] == ')') {
		for (b = end - 1; b > p && isdigit((unsigned char)b[-1]); b--)
			;
		if (b - p < 3 || b[-1] != '(' || b[-2] != ' ' || end - 1 - b < 2 || end - 1 - b > 6)
			return NULL;
		*code = b;
		return end - 1;
	}
	if (!isalpha((unsigned char)*p))
		return NULL;
	for (b = end; b > p && !isspace((unsigned char)b[-1]) && b[-1] != '|'; b--)
		;
	/* the break before it: two blanks, a tab or a bar */
	for (w = b; w > p && (w[-1] == ' ' || w[-1] == '\t'); w--)
		;
	if (b == p || !(b - w >= 2 || (b > w && b[-1] == '\t') || (w > p && w[-1] == '|')))
		return NULL;
	if ((e = row_code(b, code)) == NULL || e != end)
		return NULL;
	return e;
}

/* The code of row text s: first on its line (row_code()), or in the
 * column after a constant's name ("| QUERY_E_FAILED | 0x80041600L |
 * Call failed ...", "NRC_BUFLEN      0x01   illegal buffer length"):
 * where it ends, or NULL; *named set for the second form. */
static const char *row_code_of(const char *s, const char **code, int *named)
{
	const char *p = imp_skip_ws(s), *e, *w;

	*named = 0;
	if ((e = row_code(s, code)) != NULL)
		return e;
	if (*p == '|')
		p = imp_skip_ws(p + 1);
	if ((e = constant_name_end(p)) != NULL && (w = past_column_break(e)) != NULL &&
	    (e = row_code(w, code)) != NULL) {
		*named = 1;
		return e;
	}
	return row_code_last(s, code);
}

/* Line s may open a row (row_code_of() reads it): a digit, a bar, a
 * bracket or a minus first, a digit among its first four hex characters
 * ("C800"), or a constant's name. */
static int may_open_row(const char *s)
{
	size_t i, l = strlen(s);

	/* (words first, a code last: the line ends with a digit, or with an
	 * 'h', an 'L', a hex letter or a bracket one or two after a digit) */
	while (l > 0 && (s[l - 1] == ' ' || s[l - 1] == '|' || s[l - 1] == '\r'))
		l--;
	if ((l > 0 && isdigit((unsigned char)s[l - 1])) || (l > 1 && isdigit((unsigned char)s[l - 2])) ||
	    (l > 2 && isdigit((unsigned char)s[l - 3])))
		return 1;
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s == '|' || *s == '[' || *s == '-' || *s == '*' || (*s == 'X' && s[1] == '\'') ||
	    constant_name_end(s) != NULL)
		return 1;
	for (i = 0; i < 4 && isxdigit((unsigned char)s[i]); i++)
		if (isdigit((unsigned char)s[i]))
			return 1;
	return 0;
}

/* Line s is a table's row: its code, then two blanks, a tab or a bar,
 * then words (a letter, a quote or a bracket); the code may be given
 * twice, in two columns ("3F     63       Print file was deleted", hex
 * and decimal).  A row that names its code's constant may end with the
 * code ("MAPI_USER_ABORT          1"). */
static int table_row(const char *s)
{
	const char *code, *w, *e2, *e, *rest;
	int named;

	if ((e = row_code_of(s, &code, &named)) == NULL)
		return 0;
	/* (words first, the code last: row_code_last() read it; not a
	 * success's 0, a directory's listing, nor a related article and its
	 * pages, "Q130946 Troubleshooting Backup      4") */
	if (!named && row_code(s, &w) == NULL)
		return strspn(code, "0x") < (size_t)(e - code) && !imp_dir_listing_line(s) &&
		       !imp_article_number_line(s);
	w = past_column_break(e);
	if (w != NULL && (e2 = row_code(w, &code)) != NULL && past_column_break(e2) != NULL)
		w = past_column_break(e2);
	for (rest = w != NULL ? w : e; isspace((unsigned char)*rest) || *rest == '|'; rest++)
		;
	if (named && *rest == '\0')
		return 1;
	return w != NULL && (isalpha((unsigned char)*w) || *w == '"' || *w == '\'' || *w == '(' || *w == '<');
}

/* A table's border or a bar row's wrapped cell ("+-----+", "|    |
 * software (virus?)."): part of the table, no row of its own. */
static int table_rule(const char *s)
{
	const char *p = imp_skip_ws(s);

	return *p == '+' || (*p == '|' && !table_row(s));
}

/* Row line n reads as a failure ("Cannot connect", "Insufficient
 * memory", "Print file was deleted" does not). */
static int row_says_failure(const struct imp *im, size_t n)
{
	static const char *const words[] = { "error", "errors", "fail", "failed", "fails", "failure", "cannot",
					     "unable", "invalid", "not", "incorrect", "insufficient", "denied",
					     "violation", "out of", NULL };

	return imp_find_any_word(imp_line_at(im, n), words) != NULL;
}

/* The lines above the table's first row (first) say what it holds is
 * codes: errors, statuses, events or return codes ("codes" alone heads
 * tables of priorities, ports and country codes too). */
static int lead_names_codes(const struct imp *im, size_t first, int last)
{
	static const char *const words[] = { "error", "errors", "status", "event", "events", "return code",
					     "return codes", NULL };
	/* a table whose rows end with a number is of codes when it says
	 * so: rows of names and counts ("Windows 3.0 standard mode  3",
	 * an article's title and its pages) end so too */
	static const char *const numbers[] = { "error number", "error numbers", "error code", "error codes",
					       "return code", "return codes", "status code", "status codes",
					       "event ID", "event IDs", NULL };
	size_t m;

	for (m = first; m > im->a->body_first && m + LEAD_LINES > first; m--)
		if (imp_find_any_word(imp_line_at(im, m - 1), last ? numbers : words) != NULL)
			return 1;
	return 0;
}

/* The table rows[0..n) gives its codes last on the row (row_code_last()):
 * its first row has no code first. */
static int codes_last(const struct imp *im, const size_t *rows, size_t n)
{
	const char *code, *e;
	int named;

	/* (a code in brackets after a message is no count: "... file.
	 * (1196)") */
	return n > 0 && (e = row_code_of(imp_line_at(im, rows[0]), &code, &named)) != NULL && !named &&
	       code[-1] != '(' && row_code(imp_line_at(im, rows[0]), &e) == NULL;
}

/* The rows rows[0..n) make a table of codes: list each that nothing
 * placed, and mark it placed. */
static void review_table(struct imp *im, const size_t *rows, size_t n, unsigned char *placed)
{
	size_t i, failures = 0;
	const char *code, *e;
	int named;

	if (n < TABLE_MIN_ROWS)
		return;
	for (i = 0; i < n; i++)
		failures += row_says_failure(im, rows[i]) != 0;
	/* (a program's listing holds no table of codes: asked once a run
	 * is long enough, the question reads the whole article) */
	if ((!lead_names_codes(im, rows[0], codes_last(im, rows, n)) && failures * 3 < n) ||
	    imp_in_code_sample(im, rows[0]))
		return;
	for (i = 0; i < n; i++) {
		if (placed[rows[i]] || (e = row_code_of(imp_line_at(im, rows[i]), &code, &named)) == NULL)
			continue;
		imp_review(im, rows[i], T_NONE, 0,
			   imp_fmt(im, "code %.*s is a row of a table of codes (lines %zu-%zu), a reference, not one problem: add it as a symptom only if the technician sees it",
				   (int)(e - code), code, rows[0], rows[n - 1]));
		placed[rows[i]] = 1;
	}
}

void imp_review_code_tables(struct imp *im, unsigned char *placed)
{
	const struct kb_article *a = im->a;
	size_t *rows, n_rows = 0, n, blanks = 0, row_indent = 0;

	rows = malloc((a->body_end - a->body_first + 1) * sizeof *rows);
	if (rows == NULL) {
		im->oom = 1;
		return;
	}
	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = imp_line_at(im, n);
		/* (this runs on every line: most open with a word, and are
		 * passed over before any call) */
		if (n_rows == 0 && !may_open_row(s))
			continue;
		if (table_row(s)) {
			rows[n_rows++] = n;
			row_indent = imp_indent_of(s);
			blanks = 0;
			continue;
		}
		/* a row's wrapped words (deeper than it, however many), a
		 * border, or a blank line or two */
		if (n_rows > 0 && !imp_blank(s) && (imp_indent_of(s) > row_indent || table_rule(s))) {
			blanks = 0;
			continue;
		}
		if (n_rows > 0 && imp_blank(s) && ++blanks <= ROW_BLANKS)
			continue;
		review_table(im, rows, n_rows, placed);
		n_rows = 0;
		blanks = 0;
	}
	review_table(im, rows, n_rows, placed);
	free(rows);
}
