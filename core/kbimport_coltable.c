/* kbimport_coltable.c: registry values given in a table with a header row.
 *
 *      Type            Name             Data
 *      ----------------------------------------------
 *      String Value    Friendly Name    Some Tool
 *      Binary Value    Settings         01
 *
 * The header names the columns ("Name", "Value Name", "Type", "Data Type",
 * "Data", "Value Data", "Value", in any order); each row below gives one
 * value, its cells apart by two spaces or more (a cell may hold single
 * spaces: "Friendly Name"), read at the header's column offsets.  In the
 * archive (56,929 articles) about 40 tables have such a header; the rest of
 * the tables headed "Value  Meaning" or "Value  Description" say what data
 * values mean and are no value list: a list has a column for the value's
 * name and one for its data.
 *
 * The values belong to the key in force above the table (the key the
 * registry pass read last, with no other key named between), plus the
 * subkey a title over the table names when the words under the key say it
 * has subkeys ("Each tool has a key beneath this branch", then "Tool A" /
 * "------" over its table).  What is asked comes from the words between
 * the key and the table: "add the following values" sets, "verify" checks,
 * and a list the article calls the defaults is at most checked (guide C3).
 * A one-word subkey the lead-in names ("add another string value under
 * the Parameters key") is added to the key the same way.  Rows that cannot
 * be drafted (no key in force, no type, an example, a description) get a
 * review item each, with what was missing.
 *
 * The same reading serves rows with no header under an underlined title
 * ("Port3" / "-----" / "Device : REG_SZ : COM3"): the title names the
 * subkey the rows go under (the value block reader leaves them here,
 * imp_title_over_rows()). */
#include "kbwiz/kbimport.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbimport_int.h"

#define CT_MAX_COLS 6
#define CT_MAX_ROWS 60
/* How many lines of text may stand between a table and its key. */
#define CT_KEY_WINDOW 40
/* The lines of text a table's lead-in runs back over at most. */
#define CT_LEAD_LINES 8

enum ct_role { CT_NONE, CT_NAME, CT_TYPE, CT_DATA, CT_DEFAULT, CT_EITHER, CT_OTHER };

struct ct_cell {
	size_t col;             /* its first character's column, tabs expanded */
	const char *p;
	size_t len;
};

struct ct_header {
	size_t n;
	size_t col[CT_MAX_COLS];
	enum ct_role role[CT_MAX_COLS];
};

/* The cells of line s: runs of text apart by a tab or two spaces or more;
 * how many (at most max). */
static size_t ct_cells(const char *s, struct ct_cell *out, size_t max)
{
	size_t n = 0, col = 0;
	const char *p = s;

	while (*p != '\0' && n < max) {
		const char *e;
		size_t c;
		while (*p == ' ' || *p == '\t') {
			col = *p == '\t' ? (col / 8 + 1) * 8 : col + 1;
			p++;
		}
		if (*p == '\0' || *p == '\r' || *p == '\n')
			break;
		out[n].col = col;
		out[n].p = p;
		for (e = p, c = col; *e != '\0' && *e != '\t' && *e != '\r' && *e != '\n' &&
				     !(e[0] == ' ' && (e[1] == ' ' || e[1] == '\t' || e[1] == '\0'));
		     e++, c++)
			;
		out[n].len = (size_t)(e - p);
		n++;
		col = c;
		p = e;
	}
	return n;
}

/* What a header cell names: a column of the value's name, type, data or
 * default, "Value" or "Setting" (the name or the data, by the other
 * cells), a remark column; CT_NONE for words no header holds. */
static enum ct_role ct_header_word(const char *p, size_t len)
{
	static const struct {
		const char *w;
		enum ct_role role;
	} words[] = {
		{ "Name", CT_NAME }, { "Value Name", CT_NAME },
		{ "Entry", CT_NAME }, { "Entry Name", CT_NAME }, { "Registry Value", CT_NAME },
		{ "Registry Entry", CT_NAME }, { "Parameter", CT_NAME }, { "Registry Setting", CT_NAME },
		{ "Type", CT_TYPE }, { "Value Type", CT_TYPE }, { "Data Type", CT_TYPE },
		{ "Type of Value", CT_TYPE },
		{ "Data", CT_DATA }, { "Value Data", CT_DATA }, { "Data Value", CT_DATA },
		{ "Default", CT_DEFAULT }, { "Default Value", CT_DEFAULT }, { "Default Data", CT_DEFAULT },
		{ "Default Setting", CT_DEFAULT },
		{ "Value", CT_EITHER }, { "Setting", CT_EITHER },
		{ "Description", CT_OTHER }, { "Meaning", CT_OTHER }, { "Effect", CT_OTHER },
		{ "Purpose", CT_OTHER }, { "Notes", CT_OTHER }, { "Comments", CT_OTHER },
		{ "Comment", CT_OTHER }, { "Remarks", CT_OTHER }, { "Function", CT_OTHER },
		{ "Use", CT_OTHER },
	};
	size_t i;

	while (len > 0 && p[len - 1] == ':')
		len--;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i].w) == len && strncasecmp(p, words[i].w, len) == 0)
			return words[i].role;
	return CT_NONE;
}

/* Line s as a value list's header: every cell a header word, a name
 * column and a data (or default) column.  "Value" is the name where no
 * other cell names it ("Value  Type  Data"), else the data ("Name
 * Value"); "Value  Meaning" has no data column: a table of meanings.  1
 * and h filled when it is one. */
static int ct_header(const char *s, struct ct_header *h)
{
	struct ct_cell c[CT_MAX_COLS + 1];
	size_t n = ct_cells(s, c, CT_MAX_COLS + 1), i;
	int name = 0, data = 0, meaning = 0;

	if (n < 2 || n > CT_MAX_COLS)
		return 0;
	for (i = 0; i < n; i++) {
		h->col[i] = c[i].col;
		if ((h->role[i] = ct_header_word(c[i].p, c[i].len)) == CT_NONE)
			return 0;
		name |= h->role[i] == CT_NAME;
		data |= h->role[i] == CT_DATA || h->role[i] == CT_DEFAULT;
		meaning |= h->role[i] == CT_OTHER;
	}
	/* "Value   Value   Meaning": data and what each means, no names */
	if (meaning && !name && !data)
		return 0;
	h->n = n;
	for (i = 0; i < n; i++) {
		if (h->role[i] != CT_EITHER)
			continue;
		if (!name) {
			h->role[i] = CT_NAME;
			name = 1;
		} else if (!data) {
			h->role[i] = CT_DATA;
			data = 1;
		} else {
			h->role[i] = CT_OTHER;
		}
	}
	return name && data;
}

/* One row of a table: its line and a cell per header column (NULL: none). */
struct ct_row {
	size_t line;
	const char *field[CT_MAX_COLS];
	size_t len[CT_MAX_COLS];
	int wraps;              /* a line below goes on with one of its cells */
};

/* Row r read at the header's columns: each cell to the column whose
 * offset is the nearest at or before it (two columns of slack, as the
 * archive's rows sit off their header by a column or two); in order when
 * the row has as many cells as the header. */
static void ct_assign(const struct ct_header *h, const struct ct_cell *c, size_t n, int tabbed, struct ct_row *r)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		/* cells apart by tabs sit at the tab stops, not under their
		 * header: in order ("<tab>DWORD Value<tab>Retries") */
		if (n == h->n || (tabbed && i < h->n)) {
			k = i;
		} else {
			for (k = h->n; k > 0 && h->col[k - 1] > c[i].col + 2; k--)
				;
			k = k > 0 ? k - 1 : 0;
		}
		if (r->field[k] == NULL) {
			r->field[k] = c[i].p;
			r->len[k] = c[i].len;
		} else if (c[i].p > r->field[k]) {
			/* two cells in one column: one cell with a wide gap */
			r->len[k] = (size_t)(c[i].p + c[i].len - r->field[k]);
		}
	}
}

/* A row of one cell that runs on into the second column's offset, where a
 * word starts after a single space: a name as long as its column leaves
 * one space before the next cell ("Allow Windows Diagnostics 1" under
 * "Value" / "Default setting", the 1 at the second header's offset).
 * Split there when the part before is shaped as a name (capitalised
 * words), the part at the column starts as data does (a digit, a quote,
 * a backslash, a '%') and the row is no sentence (it does not end with a
 * stop): "Restart a new agent after you add the values." is prose.  c holds room for two
 * cells; how many it holds after. */
static size_t ct_split_single_cell(const struct ct_header *h, struct ct_cell *c, size_t n)
{
	size_t off;

	if (n != 1 || h->n < 2 || h->col[1] <= c[0].col + 1 || h->col[1] >= c[0].col + c[0].len ||
	    c[0].p[c[0].len - 1] == '.')
		return n;
	off = h->col[1] - c[0].col;
	/* the part at the column reads as data (a number, a quoted
	 * string, a path), not as more words of a heading ("Server Only
	 * Settings" over the rows) */
	if (c[0].p[off - 1] != ' ' || strchr("0123456789\"'\\%", c[0].p[off]) == NULL ||
	    !imp_name_shaped(c[0].p, off - 1))
		return n;
	c[1].col = h->col[1];
	c[1].p = c[0].p + off;
	c[1].len = c[0].len - off;
	c[0].len = off - 1;
	return 2;
}

/* The column with role, or -1. */
static int ct_column(const struct ct_header *h, enum ct_role role)
{
	size_t i;

	for (i = 0; i < h->n; i++)
		if (h->role[i] == role)
			return (int)i;
	return -1;
}

/* Line m is a title underlined on the next line by a rule as long ("Tool
 * A" / "------"): one cell of text, no sentence's end, no step.  Its
 * length, or 0. */
static size_t ct_underlined(const struct imp *im, size_t m)
{
	const char *t;
	size_t rl, l;

	if (m < im->a->body_first || m + 1 >= im->a->body_end)
		return 0;
	t = imp_skip_ws(imp_line_at(im, m));
	rl = imp_underline_len(imp_line_at(im, m + 1));
	l = imp_rtrim_len(t, strlen(t));
	/* (two cells over one rule are a table's header, not a title) */
	if (rl < 3 || l == 0 || l > 60 || rl + 2 < l || rl > l + 2 ||
	    strstr(t, "  ") != NULL || strchr(t, '\t') != NULL ||
	    strchr(".:,;", t[l - 1]) != NULL || imp_numbered_step(imp_line_at(im, m)))
		return 0;
	return l;
}

/* The title right over the header at line hl (two blank lines at most
 * between): its text and line, or NULL. */
static const char *ct_title(struct imp *im, size_t hl, size_t *tl)
{
	size_t n = hl, l;

	while (n > im->a->body_first && imp_blank(imp_line_at(im, n - 1)) && hl - n < 2)
		n--;
	if (n < im->a->body_first + 2 || (l = ct_underlined(im, n - 2)) == 0)
		return NULL;
	*tl = n - 2;
	return imp_dupn(im, imp_skip_ws(imp_line_at(im, n - 2)), l);
}

/* The first row under the title at line m (after its rule and a blank
 * line at most), when it is "Name : REG_X : data"; 0 otherwise. */
static size_t ct_first_titled_row(struct imp *im, size_t m)
{
	size_t n = m + 2;
	struct value_spec iv;

	if (ct_underlined(im, m) == 0 || n >= im->a->body_end)
		return 0;
	if (imp_blank(imp_line_at(im, n)) && n + 1 < im->a->body_end)
		n++;
	return imp_inline_value(im, imp_line_at(im, n), n, &iv) && iv.name != NULL && iv.type != NULL ? n : 0;
}

int imp_title_over_rows(struct imp *im, size_t m)
{
	return ct_first_titled_row(im, m) != 0;
}

/* The first line below the header at hl that is neither blank nor a
 * rule, within three lines, or 0. */
static size_t ct_first_row_line(const struct imp *im, size_t hl)
{
	size_t n;

	for (n = hl + 1; n < im->a->body_end && n <= hl + 3; n++)
		if (!imp_blank(imp_line_at(im, n)) && !imp_rule_line(imp_line_at(im, n)))
			return n;
	return 0;
}

/* A row "Frob : REG_DWORD : 1" or "Frob = REG_DWORD 1" under "Name
 * Value" is one cell to this reader, which could not split it (nor one
 * with more cells than the header has columns, as ct_rows() stops at):
 * the value-block reader keeps such rows. */
int imp_table_over_rows(struct imp *im, size_t hl)
{
	struct ct_header h;
	struct ct_cell c[CT_MAX_COLS + 2];
	size_t row, nc;

	if (!ct_header(imp_line_at(im, hl), &h) || (row = ct_first_row_line(im, hl)) == 0)
		return 0;
	nc = ct_cells(imp_line_at(im, row), c, CT_MAX_COLS + 2);
	return nc >= 2 && nc <= h.n + 1;
}

/* The words between the key (ending at key_last) and line end say the key
 * has subkeys that titles name ("Each tool has a key beneath this
 * branch", "add a key for each entry", an Add Key step).  A bare "keys"
 * or "subkey" does not ("the value names in these keys are case
 * sensitive"): the title may be a heading only. */
static int ct_subkeys_said(const struct imp *im, size_t key_last, size_t end)
{
	static const char *const ties[] = { "a key for each", "a subkey for each", "has a key", "has a subkey",
					    "have a key", "have a subkey", "its own key", "its own subkey",
					    "one key per", "one subkey per", "create a subkey", "add a subkey",
					    "create a key", "add a key", NULL };
	size_t n;

	for (n = key_last + 1; n < end; n++) {
		const char *s = imp_line_at(im, n);
		if (imp_add_key_command(s) != NULL || imp_cue_in(s, ties) != NULL)
			return 1;
	}
	return 0;
}

/* Line s ends the steps on the key above it: Registry Editor is closed
 * ("and then quit Registry Editor") or a step opens a file ("3. Open the
 * Gizmo.ini file"), whose entries a table below lists, not the key's. */
static int ct_leaves_key(const char *s)
{
	if (imp_leaves_registry_editor(s))
		return 1;
	return imp_numbered_step(s) && imp_has_word(s, "open") &&
	       (imp_has_word(s, "file") || imp_ci_find(s, "Notepad") != NULL);
}

/* The key in force at line before: the last one the registry pass read
 * above it, in the same section, with at most CT_KEY_WINDOW lines of text
 * between (the tables read before, tabled, not counted: a key over a run
 * of titled tables holds for all of them), and no other path named
 * between (that one's own, unread: the rows' key is not sure).  NULL with
 * *why otherwise. */
static struct imp_key_read *ct_key(struct imp *im, size_t before, const unsigned char *tabled,
				   const char **why)
{
	struct imp_key_read *k = NULL;
	size_t i, n, text = 0;

	*why = "no key in force above it";
	for (i = 0; i < im->n_keys_read; i++)
		if (im->keys_read[i].last < before)
			k = &im->keys_read[i];
	if (k == NULL || imp_section_of(im, k->line) != imp_section_of(im, before))
		return NULL;
	for (n = k->last + 1; n < before; n++) {
		const char *s = imp_line_at(im, n);
		if (imp_ci_find(s, "HKEY_") != NULL || imp_line_starts_key(s)) {
			*why = "another key is named between it and the key above";
			return NULL;
		}
		if (ct_leaves_key(s)) {
			*why = "the steps leave the key above (Registry Editor closed or a file opened) before it";
			return NULL;
		}
		text += !tabled[n] && !imp_blank(s);
	}
	return text <= CT_KEY_WINDOW ? k : NULL;
}

/* The paragraph that leads into the table at line hl (or its title at
 * line top): its first line, back over blank lines and the tables above
 * it (tabled: the lines of tables read before, NULL for none) to text,
 * then over text to a blank line.  A table under its group's lead-in
 * ("The following tables list ...") and the tables before it has that
 * lead-in. */
static size_t ct_lead_start(const struct imp *im, size_t top, const unsigned char *tabled)
{
	size_t n = top, text, blanks = 0;

	/* (a run of tables of any length: only blank lines count) */
	while (n > im->a->body_first && ((tabled != NULL && tabled[n - 1]) ||
					 (imp_blank(imp_line_at(im, n - 1)) && blanks++ < CT_KEY_WINDOW)))
		n--;
	text = n;
	while (n > im->a->body_first && !imp_blank(imp_line_at(im, n - 1)) && text - n < CT_LEAD_LINES &&
	       (tabled == NULL || !tabled[n - 1]))
		n--;
	return n;
}

/* The word at p (a letter, a digit or a hyphen run): its length. */
static size_t ct_word_len(const char *p)
{
	size_t l = 0;

	while (isalnum((unsigned char)p[l]) || (p[l] == '-' && isalpha((unsigned char)p[l + 1])))
		l++;
	return l;
}

/* The registry type named at p: "REG_SZ", or one or two words before
 * "value(s)" that imp_reg_type() reads as Registry Editor's ("string
 * value", "multi-string value", "expandable string values"); NULL for
 * none.  *used: how far the mention runs. */
static const char *ct_type_at(const char *p, size_t *used)
{
	char cand[64];
	const char *q = p, *type;
	size_t words, l, tl;
	int guessed;

	*used = ct_word_len(p);
	if (imp_starts_ci(p, "REG_"))
		return (type = imp_reg_type(p, 0, &tl, &guessed)) != NULL && !guessed ? type : NULL;
	for (words = 0; words < 3 && (l = ct_word_len(q)) > 0; words++) {
		if (words > 0 && (l == 5 || l == 6) && strncasecmp(q, "values", l) == 0) {
			/* the words before "value", with "value" and no more */
			if ((size_t)(q - p) + 5 >= sizeof cand)
				return NULL;
			memcpy(cand, p, (size_t)(q - p) + 5);
			cand[q - p + 5] = '\0';
			if ((type = imp_reg_type(cand, 1, &tl, &guessed)) == NULL || guessed)
				return NULL;
			*used = (size_t)(q - p) + l;
			return type;
		}
		q += l;
		if (*q != ' ')
			return NULL;
		q++;
	}
	return NULL;
}

/* The one registry type lines first..last name ("add another string value
 * under", "All of these settings are String Values"), or NULL (none or
 * two).  The lines of tables read before (tabled) are left out here and
 * in the lead-in readers below: a "String Value" row of the table above
 * is no word about this one. */
static const char *ct_type_in_words(const struct imp *im, size_t first, size_t last, const unsigned char *tabled)
{
	const char *type = NULL, *t;
	size_t n, used;

	for (n = first; n <= last; n++) {
		const char *s = imp_line_at(im, n), *p;
		if (tabled[n])
			continue;
		for (p = s; *p != '\0'; p += used > 0 ? used : 1) {
			used = 0;
			/* a word's start: "multi-string" is read at "multi" */
			if (!isalpha((unsigned char)*p) || (p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '-' ||
								      p[-1] == '_')))
				continue;
			if ((t = ct_type_at(p, &used)) == NULL)
				continue;
			if (type != NULL && strcmp(type, t) != 0)
				return NULL;
			type = t;
		}
	}
	return type;
}

/* The verbs that ask for a table's rows ("Add the following values",
 * "make sure these values are set"). */
static const char *const ct_row_verbs[] = { "add", "create", "set", "change", "modify", "enter", "verify",
					    "check", "make sure", "ensure", "confirm", NULL };

/* s asks with one of ct_row_verbs: a whole word at the start of its
 * clause, not negated (imp_verb_asked()): "Add these values", not "keeps
 * a set of defaults". */
static int ct_asks_rows(const char *s)
{
	const char *p;
	size_t i, l;

	for (i = 0; ct_row_verbs[i] != NULL; i++)
		for (l = strlen(ct_row_verbs[i]), p = s; (p = imp_find_word(p, ct_row_verbs[i])) != NULL; p += l)
			if (imp_verb_asked(s, p))
				return 1;
	return 0;
}

/* Where the clause or sentence starting at s ends: just past the first
 * punctuation of a clause break (imp_clause_break(): ". ", ";", ", so ",
 * ": "), as in "Gizmo ignores the subkey named for the device, so add
 * these values under the Knobs key:". */
static const char *ct_clause_end(const char *s)
{
	const char *e;

	for (e = s; *e != '\0'; e++)
		if (imp_clause_break(s, e) > 0)
			return e + 1;
	return e;
}

/* A sentence of text (a lead-in joined) that asks for the rows names
 * their subkey in words that cannot be cut for sure ("Add them under the
 * subkey named for your device:").  One that only tells of such a
 * subkey ("Gizmo keeps each user's settings in the subkey named for that
 * user.") places no rows. */
static int ct_asked_into_unsure_subkey(struct imp *im, const char *text)
{
	const char *s, *end, *sentence;
	int unsure;

	for (s = text; *s != '\0'; s = end) {
		end = ct_clause_end(s);
		if ((sentence = imp_dupn(im, s, (size_t)(end - s))) == NULL)
			return 1;
		if (imp_subkey_in_words(im, sentence, IMP_NAME_BEFORE | IMP_NAME_AFTER, &unsure) == NULL && unsure &&
		    ct_asks_rows(sentence))
			return 1;
	}
	return 0;
}

/* "add another string value under the Parameters key with the following
 * information:": the one-word key the lead-in (lines first..last, tables
 * left out) puts the rows under (imp_key_child(): key itself when the
 * lead-in names none or the key's own last name).  Each line is read with
 * the next one, and an unsure pair does not end the scan ("Add them" /
 * "under the subkey named" / "Knobs:" is sure on its second pair).  NULL
 * with *why when it names one of the path's upper names (which one the
 * rows go under is not sure), or when the sentence asking for the rows
 * names a subkey whose name cannot be cut for sure ("under the subkey
 * named Open Tools", no quotes), whatever other sentences name. */
static const char *ct_lead_subkey(struct imp *im, const char *key, size_t first, size_t last,
				  const unsigned char *tabled, const char **why)
{
	struct kb_buf b = KB_BUF_INIT;
	size_t starts[CT_LEAD_LINES], n_starts, end, i;
	const char *name = NULL, *p;
	int unsure, pair_unsure;

	/* the lead-in's text ends at the tables read before (blank lines
	 * and those tables are all that follow it) */
	for (end = first; end <= last && !tabled[end]; end++)
		;
	n_starts = end > first ? imp_join_lines(im, first, end - 1, &b, starts, CT_LEAD_LINES) : 0;
	/* each line with the next one: "under" / "the Parameters key" (an
	 * unsure pair does not decide: the sentences below do) */
	for (i = 0; i < n_starts && name == NULL && !b.oom; i++) {
		char *stop = i + 2 < n_starts ? b.p + starts[i + 2] : NULL, cut = stop != NULL ? *stop : '\0';
		if (stop != NULL)
			*stop = '\0';
		name = imp_subkey_in_words(im, b.p + starts[i], IMP_NAME_BEFORE | IMP_NAME_AFTER, &pair_unsure);
		if (stop != NULL)
			*stop = cut;
	}
	/* read again by whole sentences: the one asking for the rows
	 * decides, whatever a pair of lines found */
	unsure = !b.oom && n_starts > 0 && ct_asked_into_unsure_subkey(im, b.p);
	kb_buf_free(&b);
	if (unsure) {
		*why = "the words above it name a subkey whose name the import cannot cut for sure";
		return NULL;
	}
	if (name == NULL || imp_key_ends_in(key, name))
		return key;
	if ((p = imp_fmt(im, "\\%s\\", name)) == NULL || imp_ci_find(key, p) != NULL) {
		*why = "the words above it name a key of the path above, not the one it ends in";
		return NULL;
	}
	return imp_fmt(im, "%s\\%s", key, name);
}

/* Lines first..last (the lines of tables read before left out) hold one
 * of cues. */
static int ct_lead_says(const struct imp *im, size_t first, size_t last, const unsigned char *tabled,
			const char *const *cues)
{
	size_t n;

	for (n = first; n <= last; n++)
		if (!tabled[n] && imp_cue_in(imp_line_at(im, n), cues) != NULL)
			return 1;
	return 0;
}

/* The lead-in's words show the table rather than ask for it: a sample,
 * what the reader "should see ... similar to", an example. */
static int ct_lead_shows(const struct imp *im, size_t first, size_t last, const unsigned char *tabled)
{
	static const char *const cues[] = { "similar to", "example", "sample", "such as",
					    "looks like", "might look", NULL };

	return ct_lead_says(im, first, last, tabled, cues);
}

/* The lead-in calls the rows the defaults and asks for nothing to restore:
 * a check at most (guide C3). */
static int ct_lead_defaults(const struct imp *im, size_t first, size_t last, const unsigned char *tabled)
{
	static const char *const restore[] = { "restore", "reset", "back to", "set them", NULL };
	size_t n;
	int def = 0;

	for (n = first; n <= last; n++) {
		const char *s = imp_line_at(im, n);
		if (tabled[n])
			continue;
		if (imp_cue_in(s, restore) != NULL)
			return 0;
		def |= imp_has_word(s, "default") || imp_has_word(s, "defaults");
	}
	return def;
}

/* The table at lines top..hl (its lead-in from line lead), with no type
 * column, is about the registry: the words around it name the registry
 * or a key, or its title is a path ("Tool A\\Result Codes").  A table of
 * other settings ("BaudRate  9600") with no key in force is no registry
 * fact and gets no review item. */
static int ct_about_registry(const struct imp *im, const char *title, size_t lead, size_t hl,
			     const unsigned char *tabled)
{
	size_t n;

	if (title != NULL && strchr(title, '\\') != NULL)
		return 1;
	for (n = lead; n <= hl; n++) {
		const char *s = imp_line_at(im, n);
		if (n < hl && tabled[n])
			continue;
		if (imp_ci_find(s, "registry") != NULL || imp_ci_find(s, "HKEY_") != NULL ||
		    imp_names_registry_editor(s))
			return 1;
	}
	return 0;
}

/* What stops row r (read at header h's columns) from being drafted, or
 * NULL; fills v when nothing does.  words_type: the type the lead-in
 * names, for a table with no type column. */
static const char *ct_row_value(struct imp *im, const struct ct_header *h, const struct ct_row *r,
				const char *words_type, struct value_spec *v)
{
	int ni = ct_column(h, CT_NAME), ti = ct_column(h, CT_TYPE), di = ct_column(h, CT_DATA);
	const char *type = NULL;
	int guessed = 0;
	size_t tl = 0;

	memset(v, 0, sizeof *v);
	v->line = r->line;
	if (ni < 0 || r->field[ni] == NULL)
		return "no name in its row";
	v->name = imp_clean_field(im, r->field[ni], r->len[ni]);
	if (v->name == NULL)
		return "no name in its row";
	if (di < 0)
		return "the table gives defaults, not data to check";
	if (r->field[di] == NULL)
		return "no data in its row";
	if (r->wraps)
		return "its data goes on on the next line";
	v->data = imp_clean_field(im, r->field[di], r->len[di]);
	if (strcasecmp(v->name, "(Default)") == 0 || v->name[0] == '\0')
		return "it is a key's unnamed default value";
	if (strchr(v->name, '<') != NULL || (v->data != NULL && strchr(v->data, '<') != NULL))
		return "it holds a placeholder";
	if (ti >= 0 && r->field[ti] != NULL) {
		/* the cell alone: "String Value" ends where its cell does */
		type = imp_reg_type(imp_dupn(im, r->field[ti], r->len[ti]), 1, &tl, &guessed);
		if (type == NULL || guessed)
			return "its type cell names no registry type";
	} else if (words_type != NULL) {
		type = words_type;
	} else if (v->data != NULL && imp_starts_ci(v->data, "0x") &&
		   imp_read_number(im, v->data, 0xFFFFFFFFu, &(int){ 0 }) != NULL) {
		type = "REG_DWORD";     /* data in 0x form: a DWORD's (guide C11) */
	} else {
		return "the article gives no type for it";
	}
	v->type = type;
	return NULL;
}

/* The table (or list) at line hl was read to CT_MAX_ROWS rows: when line
 * next still goes on with it, a person reads the rest. */
static void ct_note_cut(struct imp *im, size_t hl, size_t next)
{
	if (next < im->a->body_end && !imp_blank(imp_line_at(im, next)))
		imp_review(im, next, T_CHECKS, 0,
			   imp_fmt(im, "the table at line %zu goes on past %d rows: read the rest by hand", hl,
				   CT_MAX_ROWS));
}

/* The rows under the header at line hl: to a blank line once a row is read
 * (one blank line may follow the header), a line going on in a later
 * column marking the row above as wrapped.  How many read into rows. */
static size_t ct_rows(struct imp *im, const struct ct_header *h, size_t hl, struct ct_row *rows, size_t *end)
{
	size_t n, nr = 0, blanks = 0;
	int tabbed = strchr(imp_line_at(im, hl), '\t') != NULL;

	*end = hl;
	for (n = hl + 1; n < im->a->body_end && nr < CT_MAX_ROWS; n++) {
		const char *s = imp_line_at(im, n);
		struct ct_cell c[CT_MAX_COLS + 2];
		size_t nc;

		if (imp_blank(s)) {
			if (nr > 0 || ++blanks > 1)
				break;
			continue;
		}
		if (imp_rule_line(s))
			continue;       /* a rule under the header */
		if (imp_numbered_step(s) || imp_substep(s) || imp_line_starts_key(s))
			break;
		nc = ct_cells(s, c, CT_MAX_COLS + 2);
		if (nc > h->n + 1)
			break;
		/* "                      Textconv\X.CNV": the cell above goes on */
		if (nr > 0 && nc == 1 && h->n >= 2 && c[0].col + 2 >= h->col[1]) {
			rows[nr - 1].wraps = 1;
			*end = n;
			continue;
		}
		/* a sentence is no row */
		if (nc == 1 && strstr(c[0].p, ". ") != NULL)
			break;
		if (!tabbed)
			nc = ct_split_single_cell(h, c, nc);
		memset(&rows[nr], 0, sizeof rows[nr]);
		rows[nr].line = n;
		ct_assign(h, c, nc, tabbed && strchr(s, '\t') != NULL, &rows[nr]);
		nr++;
		*end = n;
	}
	if (nr == CT_MAX_ROWS)
		ct_note_cut(im, hl, *end + 1);
	return nr;
}

/* The lead-in lines first..last say the rows need no change: "You do not
 * need to change any of them", "listed for your information". */
static int ct_lead_declines(const struct imp *im, size_t first, size_t last, const unsigned char *tabled)
{
	static const char *const cues[] = { "do not need to", "don't need to", "need not", "no need to",
					    "for your information", "for reference", "for information only",
					    NULL };

	return ct_lead_says(im, first, last, tabled, cues);
}

/* The lines between the key (ending at key_last) and the lead-in at line
 * lead hold no step of their own: the lead-in goes on with the key's
 * step, whose words ask for the rows too. */
static int ct_lead_in_keys_step(const struct imp *im, size_t key_last, size_t lead, const unsigned char *tabled)
{
	size_t n;

	for (n = key_last + 1; n < lead; n++)
		if (!tabled[n] && (imp_numbered_step(imp_line_at(im, n)) || imp_substep(imp_line_at(im, n))))
			return 0;
	return !imp_numbered_step(imp_line_at(im, lead)) && !imp_substep(imp_line_at(im, lead));
}

/* Every verb of lines first..last that would ask for the rows is
 * negated or optional ("Do not add the following values", "If you want
 * to, you can add these values"): imp_not_asked(), the reader every
 * lead-in asks.  0 when the lines hold no such verb. */
static int ct_lead_not_asked(const struct imp *im, size_t first, size_t last, const unsigned char *tabled)
{
	size_t n, i, seen = 0;

	for (n = first; n <= last; n++) {
		const char *s = imp_line_at(im, n), *p;
		if (tabled[n])
			continue;
		for (i = 0; ct_row_verbs[i] != NULL; i++) {
			size_t l = strlen(ct_row_verbs[i]);
			for (p = s; (p = imp_find_word(p, ct_row_verbs[i])) != NULL; p += l) {
				if (!imp_not_asked(s, p))
					return 0;
				seen++;
			}
		}
	}
	return seen > 0;
}

/* What lines first..last ask, the lines of tables read before left out
 * (a header's "Type" is no verb): imp_article_asks() line by line, the
 * strongest. */
static enum asks ct_asks(const struct imp *im, size_t first, size_t last, const unsigned char *tabled)
{
	enum asks ask = ASK_NOTHING, a;
	size_t n;

	for (n = first; n <= last; n++) {
		if (tabled[n])
			continue;
		a = imp_article_asks(im, n, n, n);
		if (a > ask)    /* enum asks runs from nothing to delete */
			ask = a;
	}
	return ask;
}

/* Why the values of the table (lead-in at lines lead..hl-1) are not asked
 * for, or NULL; *repair is what is asked when they are.  What is asked
 * is the lead-in's own request; the words leading into the key count
 * only when the lead-in asks nothing and goes on with the key's step
 * ("verify that these values exist under the following key:" / key /
 * "The defaults are:"): a later step's request ("2. Set the SpinMode
 * value to 1.") is not the table's. */
static const char *ct_asked(struct imp *im, const struct imp_key_read *k, size_t lead, size_t hl, int *repair,
			    const unsigned char *tabled)
{
	size_t start = imp_ask_window_start(im, k->line), para = ct_lead_start(im, k->line, NULL);
	enum asks ask;

	/* "Use Registry Editor to verify that the settings exist. They are
	 * under the following branch:": the paragraph leading into the key */
	if (para < start)
		start = para;

	if (imp_in_reference_part(im, hl))
		return "it is in a part the article calls reference material";
	if (ct_lead_shows(im, lead, hl - 1, tabled) || imp_example_heading(im, k->last + 1, hl) ||
	    imp_lead_in_shows(im, hl, k->last) != NULL)
		return "the table is shown as an example or a sample";
	if (ct_lead_declines(im, lead, hl - 1, tabled))
		return "the words above it list the values for information, not to change";
	/* "NOTE: To run it hidden, add another string value ...": an
	 * option the article mentions beside its steps, not one of them */
	if (lead < hl && imp_in_note(im, lead))
		return "the words above it are a NOTE, an aside beside the steps";
	if (imp_program_writes(im, start, hl - 1))
		return "the table lists what a program writes, not what to change";
	ask = ct_asks(im, lead, hl - 1, tabled);
	/* (asked for nothing too: "Do not add these values" asks nothing,
	 * and says not to) */
	if (ct_lead_not_asked(im, lead, hl - 1, tabled))
		return "the words above it say not to, or leave it to the reader";
	if (ask == ASK_NOTHING && lead > k->last && ct_lead_in_keys_step(im, k->last, lead, tabled))
		ask = ct_asks(im, start, lead - 1, tabled);
	if (ask == ASK_DELETE)
		return "the words above it delete, not set";
	if (ask == ASK_NOTHING)
		return "no request above it asks to check or set it";
	*repair = ask == ASK_SET && !ct_lead_defaults(im, lead, hl - 1, tabled);
	return NULL;
}

/* The values of one table or titled list, read, before they are placed:
 * each with what stops it from being drafted (NULL: nothing). */
struct ct_group {
	size_t hl;              /* the header's line, or the first row's */
	size_t top;             /* the title's line, or hl */
	size_t end;             /* the last line read */
	const char *title;      /* the title over it, or NULL */
	int registry;           /* its rows name registry types */
	size_t n;
	struct value_spec v[CT_MAX_ROWS];
	const char *why[CT_MAX_ROWS];
};

/* A step between key k and line top selects a subkey without its name
 * ("Select the key named for your device"); selecting k's own last name
 * ("Select the AutoMan key") moves nowhere. */
static int ct_selects_unnamed(const struct imp *im, const struct imp_key_read *k, size_t top)
{
	const char *lastname = strrchr(k->key, '\\');

	if (k->subkey_line == 0 || k->subkey_line >= top)
		return 0;
	return lastname == NULL || !imp_has_word(imp_line_at(im, k->subkey_line), lastname + 1);
}

/* Rows of group g are drafted under key (k's or a subkey of it): the
 * registry pass's note on k (imp_key_only(): "named but the article asks
 * nothing of it here") no longer holds and says so, naming the first
 * such table. */
static void ct_note_drafted(struct imp *im, const struct ct_group *g, struct imp_key_read *k, const char *key)
{
	if (k->unasked_note == 0)
		return;
	im->reviews[k->unasked_note - 1].note =
		imp_fmt(im, "key %s: the values of the table at line %zu are drafted under %s; add a check of the key by hand if it matters",
			k->key, g->hl, key);
	k->unasked_note = 0;
}

/* The rows of group g go under a subkey of k the steps make or select,
 * or to a person for want of its name: k's own key-only check (the key
 * the steps open to work under, left as a check only) is no fact of the
 * article; imp_gate() drops it with a review item on k's line. */
static void ct_drop_parent_check(struct imp *im, const struct ct_group *g, const struct imp_key_read *k)
{
	struct imp_check *c = k->key_check > 0 ? &im->checks[k->key_check - 1] : NULL;

	if (c != NULL && !c->repair && c->not_asked == NULL)
		c->not_asked = imp_fmt(im, "the steps work in a subkey below it; the table at line %zu gives that subkey's values",
				       g->hl);
}

/* The header line of group g names value columns ("Value Name  Value
 * Data"): a note that its rows are read, rather than the last pass's
 * "names a value the import did not place". */
static void ct_note_header(struct imp *im, const struct ct_group *g)
{
	if (g->hl != g->v[0].line && imp_names_fact(im, g->hl))
		imp_review(im, g->hl, T_CHECKS, 0,
			   "the table headed here is read row by row: its rows carry their own notes");
}

/* Group g (its lead-in from line lead): the key its rows go under and
 * what is asked, each row drafted as a check or given a review item. */
static void ct_place(struct imp *im, const struct ct_group *g, size_t lead, const unsigned char *placed,
		     unsigned char *tabled)
{
	const char *why = NULL, *key = NULL;
	struct imp_key_read *k;
	int repair = 0, drafted = 0, steps_below = 0;
	size_t i;

	for (i = g->top; i <= g->end; i++)
		tabled[i] = 1;
	k = ct_key(im, g->top, tabled, &why);
	if (k != NULL && k->refused != NULL) {
		/* the registry pass's own verdict on the key (a sample) */
		why = k->refused;
	} else if (k != NULL && imp_has_placeholder(k->key)) {
		why = "its key holds a placeholder";
	} else if (k != NULL && g->title != NULL) {
		if (ct_subkeys_said(im, k->last, g->top))
			key = imp_fmt(im, "%s\\%s", k->key, g->title);
		else
			why = "a title over the table may name a subkey the words do not confirm";
	} else if (k != NULL) {
		key = k->key;
	}
	if (key != NULL)
		key = ct_lead_subkey(im, key, lead, g->hl - 1, tabled, &why);
	/* a subkey the lead-in names wins over the one the steps add or
	 * select ("click Add Key, and then type Helpers"), which may be the
	 * key itself ("Select the Parameters key") */
	if (key != NULL && key == k->key && g->title == NULL && k->subkey != NULL) {
		key = imp_key_child(im, k->key, k->subkey);
		steps_below = key != k->key;
	} else if (key != NULL && key == k->key && g->title == NULL && k->subkey_unnamed) {
		why = "the steps above it make a key whose name the article does not give";
		key = NULL;
		steps_below = 1;
	} else if (key != NULL && key == k->key && g->title == NULL && ct_selects_unnamed(im, k, g->top)) {
		why = "a step above it selects a subkey it does not name";
		key = NULL;
		steps_below = 1;
	}
	if (steps_below)
		ct_drop_parent_check(im, g, k);
	if (key != NULL)
		why = ct_asked(im, k, lead, g->hl, &repair, tabled);
	else if (k == NULL && !g->registry && !ct_about_registry(im, g->title, lead, g->hl, tabled))
		return;
	for (i = 0; i < g->n && !im->oom; i++) {
		const struct value_spec *v = &g->v[i];
		size_t checks = im->n_checks;
		if (placed[v->line])
			continue;
		if (why != NULL || g->why[i] != NULL) {
			imp_review(im, v->line, T_CHECKS, 0,
				   imp_fmt(im, "value '%.40s' in the table at line %zu: %s; write its check by hand if the article asks for it",
					   v->name != NULL ? v->name : "", g->hl, why != NULL ? why : g->why[i]));
			continue;
		}
		imp_value_checks(im, &(struct imp_at){ .key_line = k->line, .key_last = k->last, .repair = repair },
				 key, v);
		if (im->n_checks == checks)
			continue;
		drafted = 1;
		imp_review(im, v->line, T_CHECKS, 0,
			   imp_fmt(im, "value '%.40s' is read from the table at line %zu under %s: check its key, name, type and data",
				   v->name, g->hl, key));
	}
	if (drafted)
		ct_note_drafted(im, g, k, key);
	ct_note_header(im, g);
}

/* The table whose header is at line hl: its rows drafted or reviewed. */
static void ct_table(struct imp *im, const struct ct_header *h, size_t hl, const unsigned char *placed,
		     unsigned char *tabled)
{
	struct ct_row rows[CT_MAX_ROWS];
	struct ct_group *g = calloc(1, sizeof *g);
	size_t nr, i, tl = 0, lead;
	const char *words_type;

	if (g == NULL) {
		im->oom = 1;
		return;
	}
	nr = ct_rows(im, h, hl, rows, &g->end);
	g->hl = hl;
	g->title = ct_title(im, hl, &tl);
	g->top = g->title != NULL ? tl : hl;
	g->registry = ct_column(h, CT_TYPE) >= 0;
	lead = ct_lead_start(im, g->top, tabled);
	words_type = ct_type_in_words(im, lead, hl - 1, tabled);
	for (i = 0; i < nr; i++)
		g->why[i] = ct_row_value(im, h, &rows[i], words_type, &g->v[i]);
	g->n = nr;
	if (nr > 0)
		ct_place(im, g, lead, placed, tabled);
	free(g);
}

/* "Port3" / "-----" / "Device : REG_SZ : COM3" / "IRQ : REG_DWORD : 0x5":
 * rows of one value each (name, REG_ type, data on one line) under a
 * title at line tl, which names the subkey they go under: drafted as a
 * table's rows; nothing when line tl is no such title. */
static void ct_titled_rows(struct imp *im, size_t tl, const unsigned char *placed, unsigned char *tabled)
{
	struct ct_group *g;
	size_t n = ct_first_titled_row(im, tl);
	const char *s;

	if (n == 0 || placed[n])
		return;
	if ((g = calloc(1, sizeof *g)) == NULL) {
		im->oom = 1;
		return;
	}
	g->top = tl;
	g->hl = n;
	g->title = imp_dupn(im, imp_skip_ws(imp_line_at(im, tl)), ct_underlined(im, tl));
	g->registry = 1;
	for (; n < im->a->body_end && g->n < CT_MAX_ROWS; n++) {
		struct value_spec *v = &g->v[g->n];
		s = imp_line_at(im, n);
		if (imp_blank(s) || !imp_inline_value(im, s, n, v) || v->name == NULL || v->type == NULL ||
		    v->sentence)
			break;
		/* "Login:REG_SZ is the name of ...": a note on the value */
		if (v->data != NULL && (imp_has_word(v->data, "is") || imp_has_word(v->data, "can") ||
					strstr(v->data, ". ") != NULL))
			break;
		v->line = n;
		g->why[g->n] = v->data == NULL ? "no data in its row" : NULL;
		g->n++;
		g->end = n;
	}
	if (g->n == CT_MAX_ROWS)
		ct_note_cut(im, g->hl, n);
	if (g->n > 0)
		ct_place(im, g, ct_lead_start(im, tl, tabled), placed, tabled);
	free(g);
}

void imp_scan_column_tables(struct imp *im)
{
	unsigned char *placed = imp_placed_lines(im, 0), *tabled = calloc(im->a->n_lines + 2, 1);
	struct ct_header h;
	size_t n;

	if (placed == NULL || tabled == NULL) {
		im->oom |= tabled == NULL;
		free(placed);
		free(tabled);
		return;
	}
	for (n = im->a->body_first; n < im->a->body_end && !im->oom; n++) {
		const char *s = imp_line_at(im, n);
		if (placed[n] || tabled[n] || imp_blank(s))
			continue;
		if (ct_header(s, &h))
			ct_table(im, &h, n, placed, tabled);
		else
			ct_titled_rows(im, n, placed, tabled);
	}
	free(placed);
	free(tabled);
}
