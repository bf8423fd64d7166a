/* kbimport_keytable.c: a table whose every row gives a key and one of its
 * values (kbimport_int.h):
 *
 *   | Registry key                                  | Value name  | Type      | Data |
 *   |-----------------------------------------------|-------------|-----------|------|
 *   | HKEY_LOCAL_MACHINE\SYSTEM\...\Frob\Parameters | FrobTimeout | REG_DWORD | 60   |
 *
 * Later articles set several values under several keys in one such table,
 * its cells between '|' as the pages' tables are copied to text.  The
 * columns are named by the header row: the key's ("Registry key",
 * "Subkey", "Path", "Location"), the name's ("Value name", "Name",
 * "Entry"), the type's ("Type", "Value type") and the data's ("Data",
 * "Value data", "Value").  A table with a key in force above it and no
 * key column is the column-table reader's (kbimport_coltable.c) and the
 * value block reader's.  What is asked is the lead-in's: the paragraph
 * above the header ("add", "set": a repair; "verify": a check; nothing:
 * each row a review item).  A row the reader cannot take whole (no key
 * in its cell, a placeholder, a cell missing) is a review item of its
 * own, so every row is placed. */
#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

/* The most cells a row is read in. */
#define KT_CELLS 8
/* How far above the header the lead-in's paragraph may start. */
#define KT_LEAD_LINES 6

enum kt_col { KT_KEY, KT_NAME, KT_TYPE, KT_DATA, KT_COLS };

/* The cells of the row at s (a line opening with '|'), trimmed, into
 * cell[] (pointers into buf, cap bytes); their number, 0 when s is no
 * row or holds too many. */
static size_t row_cells(const char *s, char *buf, size_t cap, const char **cell)
{
	const char *p = imp_skip_ws(s);
	size_t n = 0, l;
	char *b, *e, *c;

	if (*p != '|' || (l = strlen(p)) + 1 > cap)
		return 0;
	memcpy(buf, p, l + 1);
	b = buf + 1;
	while (n < KT_CELLS && (e = strchr(b, '|')) != NULL) {
		*e = '\0';
		for (c = b; *c == ' ' || *c == '\t'; c++)
			;
		b = e + 1;
		for (e = c + strlen(c); e > c && (e[-1] == ' ' || e[-1] == '\t'); e--)
			e[-1] = '\0';
		cell[n++] = c;
	}
	return strchr(b, '|') != NULL ? 0 : n;
}

/* The row's cells are a rule ("---", ":---:"): the header's underline. */
static int rule_row(const char *const *cell, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (*cell[i] == '\0' || strspn(cell[i], "-: ") != strlen(cell[i]))
			return 0;
	return n > 0;
}

/* The header's cells name the columns: col[] gets each one's index, 1 when
 * the key, the name and the data each have one (the type may not). */
static int header_columns(const char *const *cell, size_t n, size_t *col)
{
	static const char *const keys[] = { "key", "subkey", "path", "location", NULL };
	static const char *const names[] = { "name", "entry", NULL };
	size_t i, k;

	for (k = 0; k < KT_COLS; k++)
		col[k] = KT_CELLS;
	for (i = 0; i < n; i++) {
		const char *c = cell[i];
		if (imp_find_any_word(c, keys) != NULL && col[KT_KEY] == KT_CELLS)
			col[KT_KEY] = i;
		else if (imp_find_any_word(c, names) != NULL && col[KT_NAME] == KT_CELLS)
			col[KT_NAME] = i;
		else if (imp_has_word(c, "type") && col[KT_TYPE] == KT_CELLS)
			col[KT_TYPE] = i;
		else if ((imp_has_word(c, "data") || strcasecmp(c, "Value") == 0) && col[KT_DATA] == KT_CELLS)
			col[KT_DATA] = i;
		else if (imp_has_word(c, "data") && col[KT_DATA] < n && strcasecmp(cell[col[KT_DATA]], "Value") == 0 &&
			 col[KT_NAME] == KT_CELLS) {
			/* "| Subkey | Value | Type | Data |": "Value" names the
			 * value when a column of its own gives the data */
			col[KT_NAME] = col[KT_DATA];
			col[KT_DATA] = i;
		}
	}
	return col[KT_KEY] < n && col[KT_NAME] < n && col[KT_DATA] < n;
}

/* What the paragraph above the header (line hl) asks of the rows. */
static enum asks lead_in_asks(const struct imp *im, size_t hl)
{
	size_t first = hl;

	while (first > im->a->body_first && imp_blank(imp_line_at(im, first - 1)) && hl - first < 2)
		first--;
	while (first > im->a->body_first && !imp_blank(imp_line_at(im, first - 1)) && hl - first < KT_LEAD_LINES)
		first--;
	return first < hl ? imp_article_asks(im, first, hl, hl - 1) : ASK_NOTHING;
}

/* One row (line n) under the columns col (the header on line hl): its
 * check, or its review item. */
static void place_row(struct imp *im, size_t hl, size_t n, const char *const *cell, size_t nc, const size_t *col,
		      enum asks ask)
{
	/* (the header is cited with the row: it says what each cell is) */
	struct imp_at at = { .key_line = hl, .key_last = hl, .repair = ask == ASK_SET };
	struct value_spec v;
	const char *key;

	if (col[KT_KEY] >= nc || col[KT_NAME] >= nc || col[KT_DATA] >= nc ||
	    (key = imp_normal_key(im, cell[col[KT_KEY]], n)) == NULL || *cell[col[KT_NAME]] == '\0') {
		imp_review(im, n, T_CHECKS, 0,
			   "a row of the table of keys and values that the import could not read whole (no key in its cell, or a cell missing): write its check by hand");
		return;
	}
	if (ask == ASK_NOTHING || ask == ASK_DELETE) {
		imp_review(im, n, T_CHECKS, 0,
			   imp_fmt(im, "value '%s' under %s in the table: %s; write its check by hand if the article asks for it",
				   cell[col[KT_NAME]], key,
				   ask == ASK_DELETE ? "the words above the table delete, not set" :
						       "no request above the table asks to check or set it"));
		return;
	}
	memset(&v, 0, sizeof v);
	v.name = imp_dupn(im, cell[col[KT_NAME]], strlen(cell[col[KT_NAME]]));
	v.type = col[KT_TYPE] < nc && *cell[col[KT_TYPE]] != '\0' ?
			 imp_dupn(im, cell[col[KT_TYPE]], strlen(cell[col[KT_TYPE]])) : NULL;
	v.data = imp_dupn(im, cell[col[KT_DATA]], strlen(cell[col[KT_DATA]]));
	v.line = n;
	imp_value_checks(im, &at, key, &v);
}

void imp_scan_key_tables(struct imp *im)
{
	const struct kb_article *a = im->a;
	char buf[1024];
	const char *cell[KT_CELLS];
	size_t n, m, nc, col[KT_COLS];
	enum asks ask;

	for (n = a->body_first; n < a->body_end; n++) {
		if (im->used[n] || (nc = row_cells(imp_line_at(im, n), buf, sizeof buf, cell)) < 3 ||
		    !header_columns(cell, nc, col))
			continue;
		ask = imp_where_symptoms_are(im, n) || imp_in_reference_part(im, n) ? ASK_NOTHING : lead_in_asks(im, n);
		im->used[n] = 1;
		for (m = n + 1; m < a->body_end; m++) {
			if ((nc = row_cells(imp_line_at(im, m), buf, sizeof buf, cell)) == 0)
				break;
			/* (placed here: the key scanner passes its key by) */
			im->used[m] = IMP_USED_KEY;
			if (!rule_row(cell, nc))
				place_row(im, n, m, cell, nc, col, ask);
		}
		n = m - 1;
	}
}
