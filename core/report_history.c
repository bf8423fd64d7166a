/* report_history.c: the session history as a table, CSV or JSON
 * (report.h, docs/report-json.md). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "kbwiz/json_text.h"
#include "kbwiz/sanitize.h"
#include "report_internal.h"

#define TABLE_WIDTH 80
/* The ID column is at least this wide; a wider id widens it and the
 * label column gives up the columns (history_relayout). */
#define ID_COLS 5
/* Columns from STARTED to RULE with their gaps: 2+16+2+12+2+1+2+9+1. */
#define MIDDLE_COLS 47

int history_format_from_name(const char *name)
{
	if (name == NULL)
		return -1;
	if (strcasecmp(name, "table") == 0 || strcasecmp(name, "txt") == 0)
		return HISTORY_TABLE;
	if (strcasecmp(name, "csv") == 0)
		return HISTORY_CSV;
	if (strcasecmp(name, "json") == 0)
		return HISTORY_JSON;
	return -1;
}

/* Non-zero when s is printable ASCII only: nothing to make visible, one
 * byte a column (the common case, taken without copying). */
static int plain_ascii(const char *s)
{
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p != '\0'; p++)
		if (*p < 0x20 || *p >= 0x7F)
			return 0;
	return 1;
}

int report_csv_field(char **buf, size_t *len, size_t *cap, const char *field)
{
	struct kb_buf b = { *buf, *len, *cap, 0 };
	const char *p, *q;
	char *safe = NULL;
	int quote;

	if (field == NULL)
		field = "";
	/* A CSV file is read with cat and less as often as with a
	 * spreadsheet: control characters (ESC, BEL, CR, LF) from the
	 * machine are made visible here, as on the terminal.  Printable
	 * ASCII is what it is: no copy. */
	if (!plain_ascii(field)) {
		safe = kb_sanitize_str(field, 0);
		if (safe == NULL)
			return KB_ENOMEM;
		field = safe;
	}
	/* RFC 4180 2.6 and 2.7: quote a field holding a comma, quote, CR or
	 * LF, and double the quotes inside. */
	quote = strpbrk(field, ",\"\r\n") != NULL;
	if (quote)
		kb_buf_putc(&b, '"');
	/* A spreadsheet runs a cell starting with = + - @ (and, in some,
	 * tab or CR) as a formula (CSV injection); a leading single quote
	 * makes it text in Excel, LibreOffice and Google Sheets. */
	if (field[0] != '\0' && strchr("=+-@\t\r", field[0]) != NULL)
		kb_buf_putc(&b, '\'');
	/* The runs between quotes whole; each quote twice. */
	for (p = field; (q = strchr(p, '"')) != NULL; p = q + 1) {
		kb_buf_add(&b, p, (size_t)(q - p + 1));
		kb_buf_putc(&b, '"');
	}
	kb_buf_add(&b, p, strlen(p));
	if (quote)
		kb_buf_putc(&b, '"');
	free(safe);
	*buf = b.p;
	*len = b.len;
	*cap = b.cap;
	return b.oom ? KB_ENOMEM : 0;
}

struct history_ctx {
	enum history_format f;
	struct kb_buf b;
	size_t n;
	int repaired_shown;    /* a "repaired" row needs the legend */
	int written_shown;     /* and a "repaired*" row its own */
	struct session_repair_of *repairs; /* sorted by id (session_repair_states) */
	size_t n_repairs;
	/* Table: where each row and its label cell start in b, so that the
	 * table can be laid out again when an id is wider than ID_COLS. */
	struct table_row { size_t row_at, label_at; } *rows;
	size_t rows_cap;
	int id_cols;           /* widest id written */
	int row_cols;          /* the ID column the rows are written with:
				  the first row's (0 before it) */
};

static int repair_cmp(const void *key, const void *elem)
{
	int64_t id = *(const int64_t *)key, other = ((const struct session_repair_of *)elem)->id;

	return id < other ? -1 : id > other;
}

static void csv_put(struct history_ctx *h, const char *field, int last)
{
	if (report_csv_field(&h->b.p, &h->b.len, &h->b.cap, field) != 0)
		h->b.oom = 1;
	kb_buf_puts(&h->b, last ? "\r\n" : ",");
}

/* kb_buf_add without the call when the room is there: a row of the
 * table is a dozen short pieces, 100,000 rows a listing. */
static inline void put(struct kb_buf *b, const char *s, size_t n)
{
	if (b->p != NULL && !b->oom && b->cap - b->len > n) {
		memcpy(b->p + b->len, s, n);
		b->len += n;
		b->p[b->len] = '\0';
	} else {
		kb_buf_add(b, s, n);
	}
}

static void put_blanks(struct kb_buf *b, int n)
{
	static const char blanks[] = "                                        ";

	while (n > 0) {
		int k = n < (int)sizeof blanks - 1 ? n : (int)sizeof blanks - 1;
		put(b, blanks, (size_t)k);
		n -= k;
	}
}

/* Up to cols characters of s, made visible, padded to cols when pad; a
 * cut string ends in "~".  Written in one piece: the characters that
 * fit, then the "~" or the padding. */
static void table_cell(struct kb_buf *b, const char *s, int cols, int pad)
{
	char *safe = NULL, *p;
	int used = 0, total = 0;

	if (s == NULL)
		s = "";
	if (!plain_ascii(s)) {
		if ((safe = report_visible(s)) == NULL) {
			b->oom = 1;
			return;
		}
		for (p = safe; *p != '\0'; p++)
			if (*p == '\n')
				*p = ' ';
		s = safe;
	}
	for (p = (char *)s; *p != '\0'; p++)
		total += ((unsigned char)*p & 0xC0) != 0x80;
	if (total <= cols || cols < 1) {
		/* It fits (or there is no column to cut it to): whole. */
		put(b, s, (size_t)(p - s));
		used = total;
	} else {
		/* cols - 1 characters and the "~". */
		for (p = (char *)s; used < cols - 1; used++)
			for (p++; ((unsigned char)*p & 0xC0) == 0x80; p++)
				;
		put(b, s, (size_t)(p - s));
		put(b, "~", 1);
		used = cols;
	}
	if (pad)
		put_blanks(b, cols - used);
	free(safe);
}

/* ,\n    "key": value as json_dumps(JSON_INDENT(2)) writes it inside the
 * array; the first member of an object opens it.  Strings that need no
 * escaping (printable ASCII without quote or backslash) are written as
 * they are; any other goes through jansson, so that the bytes are the
 * same as before and bad UTF-8 is handled once (kb_json_text). */
static void json_member(struct kb_buf *b, int first, const char *key)
{
	kb_buf_puts(b, first ? "{\n    \"" : ",\n    \"");
	kb_buf_puts(b, key);
	kb_buf_puts(b, "\": ");
}

static void json_value(struct kb_buf *b, json_t *v)
{
	char *text;

	if (v == NULL) {
		b->oom = 1;
		return;
	}
	text = json_dumps(v, JSON_ENCODE_ANY);
	json_decref(v);
	if (text == NULL) {
		b->oom = 1;
		return;
	}
	kb_buf_puts(b, text);
	free(text);
}

/* outside: the text comes from outside data (kb_json_text), else it is
 * kbwiz's own (json_string). */
static void json_text_member(struct kb_buf *b, const char *key, const char *s, int outside)
{
	const char *p;

	for (p = s; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7F || *p == '"' || *p == '\\')
			break;
	if (*p == '\0') {
		json_member(b, 0, key);
		kb_buf_putc(b, '"');
		kb_buf_add(b, s, (size_t)(p - s));
		kb_buf_putc(b, '"');
		return;
	}
	if (!outside) {
		/* json_string refuses bad UTF-8; the object then went without
		 * the member, as json_object_set_new does with NULL. */
		json_t *v = json_string(s);
		if (v == NULL)
			return;
		json_member(b, 0, key);
		json_value(b, v);
		return;
	}
	json_member(b, 0, key);
	json_value(b, kb_json_text(s));
}

static void json_session(struct kb_buf *b, int first, const struct session_summary *s,
			 enum session_repair repair)
{
	kb_buf_puts(b, first ? "\n  " : ",\n  ");
	json_member(b, 1, "id");
	kb_buf_printf(b, "%lld", (long long)s->id);
	json_text_member(b, "created", s->created, 0);
	json_text_member(b, "updated", s->updated, 0);
	json_text_member(b, "technician", s->technician, 1);
	json_text_member(b, "label", s->label, 1);
	json_text_member(b, "state", report_state_id(s->state), 0);
	json_member(b, 0, "step");
	kb_buf_printf(b, "%d", (int)s->step);
	json_text_member(b, "step_name", session_step_name(s->step), 0);
	if (s->rule[0] != '\0') {
		json_text_member(b, "rule", s->rule, 1);
	} else {
		json_member(b, 0, "rule");
		kb_buf_puts(b, "null");
	}
	json_member(b, 0, "repair");
	kb_buf_puts(b, repair == SESSION_REPAIR_VERIFIED ? "\"verified\"" :
		    repair == SESSION_REPAIR_WRITTEN ? "\"written\"" : "null");
	kb_buf_puts(b, "\n  }");
}

/* s padded with spaces to cols. */
static void put_padded(struct kb_buf *b, const char *s, size_t cols)
{
	size_t n = strlen(s);

	put(b, s, n);
	if (n < cols)
		put_blanks(b, (int)(cols - n));
}

/* The columns id takes as a number. */
static int id_width(int64_t id)
{
	uint64_t v = id < 0 ? (uint64_t)0 - (uint64_t)id : (uint64_t)id;
	int n = id < 0 ? 2 : 1;

	while ((v /= 10) != 0)
		n++;
	return n;
}

/* "YYYY-MM-DD HH:MM" from an ISO 8601 time, as "%.10s %.5s" of it and of
 * what follows its 11th character writes it: into when[17]. */
static void started(char *when, const char *created)
{
	size_t n = strnlen(created, 10), k = 0;

	memcpy(when, created, n);
	when[n++] = ' ';
	if (strnlen(created, 12) > 11)
		k = strnlen(created + 11, 5);
	memcpy(when + n, created + 11, k);
	when[n + k] = '\0';
}

/* "%*lld  %-16s  %-12s  %d  " (id_cols wide) without printf's cost on
 * each of 100,000 rows; the number of columns the id took. */
static int row_start(struct kb_buf *b, int64_t id, int id_cols, const char *when,
		     const char *state, int step)
{
	char num[24];
	int n = 0, digits;
	uint64_t v = id < 0 ? (uint64_t)0 - (uint64_t)id : (uint64_t)id;

	do
		num[sizeof num - 1 - n++] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	if (id < 0)
		num[sizeof num - 1 - n++] = '-';
	digits = n;
	while (n < id_cols && n < (int)sizeof num)
		num[sizeof num - 1 - n++] = ' ';
	put(b, num + sizeof num - n, (size_t)n);
	put(b, "  ", 2);
	put_padded(b, when, 16);
	put(b, "  ", 2);
	put_padded(b, state, 12);
	put(b, "  ", 2);
	if (step >= 0 && step <= 9) {
		char c = (char)('0' + step);
		put(b, &c, 1);
	} else {
		kb_buf_printf(b, "%d", step);
	}
	put(b, "  ", 2);
	return digits;
}

/* The header line with an ID column id_cols wide. */
static void table_header(struct kb_buf *b, int id_cols)
{
	kb_buf_printf(b, "%*s  %-16s  %-12s  %s  %-9s ", id_cols, "ID", "STARTED (UTC)", "STATE",
		      "S", "RULE");
	table_cell(b, "MACHINE/CASE (TECHNICIAN)", TABLE_WIDTH - MIDDLE_COLS - id_cols, 0);
	kb_buf_putc(b, '\n');
}

/* The table again with the ID column as wide as the widest id (at
 * 100,000 sessions and up) and the label column that much narrower, so
 * that the columns stay in line and within TABLE_WIDTH.  The rows were
 * written with row_cols; their label cells are cut again here, as
 * table_cell would cut them: a cell longer than cols keeps cols - 1
 * characters and "~". */
static int history_relayout(struct history_ctx *h, size_t rows_end)
{
	struct kb_buf out = { 0 };
	int cols = TABLE_WIDTH - MIDDLE_COLS - h->id_cols;
	size_t i;

	static const char spaces[] = "                    ";
	kb_buf_reserve(&out, h->b.len + h->n * (size_t)(h->id_cols - h->row_cols) + 256);
	table_header(&out, h->id_cols);
	for (i = 0; i < h->n; i++) {
		const char *row = h->b.p + h->rows[i].row_at;
		const char *label = h->b.p + h->rows[i].label_at;
		const char *end = h->b.p + (i + 1 < h->n ? h->rows[i + 1].row_at : rows_end) - 1;
		const char *id = row, *p;
		int used = 0, total = 0;

		while (*id == ' ')
			id++;
		for (p = id; *p != ' '; p++)
			;
		used = (int)(p - id);
		if (used < h->id_cols)
			kb_buf_add(&out, spaces, (size_t)(h->id_cols - used));
		kb_buf_add(&out, id, (size_t)(label - id));
		for (p = label; p < end; p++)
			total += ((unsigned char)*p & 0xC0) != 0x80;
		if (total <= cols) {
			kb_buf_add(&out, label, (size_t)(end - label + 1));
			continue;
		}
		for (p = label, used = 0; p < end; used++) {
			const char *q = p + 1;
			while (q < end && ((unsigned char)*q & 0xC0) == 0x80)
				q++;
			if (total > cols && used + 1 == cols) {
				kb_buf_putc(&out, '~');
				break;
			}
			kb_buf_add(&out, p, (size_t)(q - p));
			p = q;
		}
		kb_buf_putc(&out, '\n');
	}
	kb_buf_add(&out, h->b.p + rows_end, h->b.len - rows_end);
	if (out.oom) {
		kb_buf_free(&out);
		return KB_ENOMEM;
	}
	kb_buf_free(&h->b);
	h->b = out;
	return 0;
}

static int add_session(void *ctx, const struct session_summary *s)
{
	struct history_ctx *h = ctx;
	enum session_repair repair = SESSION_REPAIR_NONE;
	const char *state = session_state_name(s->state);
	char buf[64];

	h->n++;
	/* A repaired session stays in progress until it is closed; the
	 * history says the repair was made (session_repair_state). */
	if (s->state == SESSION_IN_PROGRESS && h->n_repairs > 0) {
		const struct session_repair_of *r = bsearch(&s->id, h->repairs, h->n_repairs,
							    sizeof *h->repairs, repair_cmp);
		if (r != NULL)
			repair = r->repair;
	}
	if (repair == SESSION_REPAIR_VERIFIED)
		state = "repaired";
	else if (repair == SESSION_REPAIR_WRITTEN)
		state = "repaired*";
	switch (h->f) {
	case HISTORY_TABLE: {
		char when[17];
		int id_cols;
		/* id 5, started 16, state 12, step 1, rule 9: 52 columns with
		 * the gaps, 28 left for the label and technician (fewer when
		 * an id is wider).  The newest session comes first and
		 * usually has the widest id: the rows are written as wide as
		 * its, and laid out again only when a later id is wider
		 * (history_relayout). */
		if (h->row_cols == 0) {
			h->row_cols = id_width(s->id);
			if (h->row_cols < ID_COLS)
				h->row_cols = ID_COLS;
			h->id_cols = h->row_cols;
			table_header(&h->b, h->row_cols);
		}
		started(when, s->created);
		if (h->n > h->rows_cap) {
			size_t cap = h->rows_cap ? h->rows_cap * 2 : 256;
			struct table_row *rows = realloc(h->rows, cap * sizeof *rows);
			if (rows == NULL) {
				h->b.oom = 1;
				return -1;
			}
			h->rows = rows;
			h->rows_cap = cap;
		}
		h->rows[h->n - 1].row_at = h->b.len;
		id_cols = row_start(&h->b, s->id, h->row_cols, when, state, (int)s->step);
		if (id_cols > h->id_cols)
			h->id_cols = id_cols;
		h->repaired_shown |= repair != SESSION_REPAIR_NONE;
		h->written_shown |= repair == SESSION_REPAIR_WRITTEN;
		table_cell(&h->b, s->rule[0] ? s->rule : "-", 9, 1);
		put(&h->b, " ", 1);
		h->rows[h->n - 1].label_at = h->b.len;
		{
			/* label (technician): both bounded by session_summary. */
			char who[sizeof s->label + sizeof s->technician + 4];
			const char *label = s->label[0] ? s->label : "(no label)";
			size_t n = strlen(label), t = strlen(s->technician);
			memcpy(who, label, n);
			if (t > 0) {
				memcpy(who + n, " (", 2);
				memcpy(who + n + 2, s->technician, t);
				who[n + 2 + t] = ')';
				n += t + 3;
			}
			who[n] = '\0';
			table_cell(&h->b, who, TABLE_WIDTH - MIDDLE_COLS - h->row_cols, 0);
		}
		put(&h->b, "\n", 1);
		break;
	}
	case HISTORY_CSV:
		snprintf(buf, sizeof buf, "%lld", (long long)s->id);
		csv_put(h, buf, 0);
		csv_put(h, s->created, 0);
		csv_put(h, s->updated, 0);
		csv_put(h, s->technician, 0);
		csv_put(h, s->label, 0);
		csv_put(h, report_state_id(s->state), 0);
		snprintf(buf, sizeof buf, "%d", (int)s->step);
		csv_put(h, buf, 0);
		csv_put(h, session_step_name(s->step), 0);
		csv_put(h, s->rule, 1);
		break;
	case HISTORY_JSON:
		json_session(&h->b, h->n == 1, s, repair);
		break;
	}
	return h->b.oom ? -1 : 0;
}

int report_history(struct kb_store *store, const struct session_filter *filter,
		   enum history_format f, char **out, size_t *len,
		   size_t *n_sessions, struct kb_error *err)
{
	struct history_ctx h;
	size_t rows_end;
	int rc;

	*out = NULL;
	*len = 0;
	memset(&h, 0, sizeof h);
	h.f = f;
	kb_buf_puts(&h.b, "");
	/* The table's header comes with its first row (add_session). */
	if (f == HISTORY_CSV)
		kb_buf_puts(&h.b, "id,created,updated,technician,label,state,step,step_name,rule\r\n");
	else if (f == HISTORY_JSON)
		kb_buf_putc(&h.b, '[');
	/* One read for every session's repair state, not one per row. */
	if (f != HISTORY_CSV &&
	    (rc = session_repair_states(store, &h.repairs, &h.n_repairs, err)) != 0) {
		kb_buf_free(&h.b);
		return rc;
	}
	rc = session_list(store, filter, add_session, &h, err);
	if (rc == 0 && f == HISTORY_TABLE && h.n == 0)
		table_header(&h.b, ID_COLS);
	rows_end = h.b.len;
	if (rc == 0 && f == HISTORY_TABLE && h.repaired_shown)
		kb_buf_printf(&h.b, "repaired: in progress, kbwiz wrote the repair and the checks pass "
			      "on the hive since%s; the session is not closed yet.\n",
			      h.written_shown ? " (repaired*: written, not checked again since)" : "");
	/* The array as json_dumps(JSON_INDENT(2)) closes it: "[]" empty. */
	if (f == HISTORY_JSON)
		kb_buf_puts(&h.b, h.n > 0 ? "\n]\n" : "]\n");
	free(h.repairs);
	if (rc == 0 && !h.b.oom && f == HISTORY_TABLE && h.id_cols > h.row_cols)
		rc = history_relayout(&h, rows_end);
	free(h.rows);
	if (rc == 0 && h.b.oom)
		rc = kb_errorf(err, KB_ENOMEM, "out of memory listing sessions");
	if (rc != 0) {
		kb_buf_free(&h.b);
		return rc;
	}
	if (n_sessions != NULL)
		*n_sessions = h.n;
	*out = h.b.p;
	*len = h.b.len;
	return 0;
}

void report_table_cell(struct kb_buf *b, const char *s, int cols, int pad)
{
	table_cell(b, s, cols, pad);
}
