/* report_history.c: the session history as a table, CSV or JSON
 * (report.h, docs/report-json.md). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "kbwiz/json_text.h"
#include "kbwiz/sanitize.h"
#include "report_internal.h"

#define TABLE_WIDTH 80

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

int report_csv_field(char **buf, size_t *len, size_t *cap, const char *field)
{
	struct kb_buf b = { *buf, *len, *cap, 0 };
	const char *p;
	char *safe;
	int quote;

	if (field == NULL)
		field = "";
	/* A CSV file is read with cat and less as often as with a
	 * spreadsheet: control characters (ESC, BEL, CR, LF) from the
	 * machine are made visible here, as on the terminal. */
	safe = kb_sanitize_str(field, 0);
	if (safe == NULL)
		return KB_ENOMEM;
	field = safe;
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
	for (p = field; *p != '\0'; p++) {
		if (*p == '"')
			kb_buf_putc(&b, '"');
		kb_buf_putc(&b, *p);
	}
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
	json_t *arr;
	size_t n;
	struct kb_store *store;
	struct kb_error *err;
	int failed;            /* a callback's error code (err is filled) */
	int repaired_shown;    /* a "repaired" row needs the legend */
	int written_shown;     /* and a "repaired*" row its own */
};

static void csv_put(struct history_ctx *h, const char *field, int last)
{
	if (report_csv_field(&h->b.p, &h->b.len, &h->b.cap, field) != 0)
		h->b.oom = 1;
	kb_buf_puts(&h->b, last ? "\r\n" : ",");
}

/* Up to cols characters of s, made visible, padded to cols when pad; a
 * cut string ends in "~". */
static void table_cell(struct kb_buf *b, const char *s, int cols, int pad)
{
	char *safe = report_visible(s), *p;
	int used = 0;

	if (safe == NULL) {
		b->oom = 1;
		return;
	}
	for (p = safe; *p != '\0'; p++)
		if (*p == '\n')
			*p = ' ';
	for (p = safe; *p != '\0';) {
		size_t n = 1;
		int rest = 0;
		const char *q;
		while (((unsigned char)p[n] & 0xC0) == 0x80)
			n++;
		for (q = p; *q != '\0'; q++)
			rest += ((unsigned char)*q & 0xC0) != 0x80;
		if (used + 1 == cols && rest > 1) {
			kb_buf_putc(b, '~');
			used++;
			break;
		}
		kb_buf_add(b, p, n);
		used++;
		p += n;
	}
	while (pad && used++ < cols)
		kb_buf_putc(b, ' ');
	free(safe);
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
	if (s->state == SESSION_IN_PROGRESS &&
	    (h->failed = session_repair_state(h->store, s->id, &repair, h->err)) != 0)
		return -1;
	if (repair == SESSION_REPAIR_VERIFIED)
		state = "repaired";
	else if (repair == SESSION_REPAIR_WRITTEN)
		state = "repaired*";
	switch (h->f) {
	case HISTORY_TABLE: {
		char when[17];
		/* id 5, started 16, state 12, step 1, rule 9: 52 columns with
		 * the gaps, 28 left for the label and technician. */
		snprintf(when, sizeof when, "%.10s %.5s", s->created,
			 strlen(s->created) > 11 ? s->created + 11 : "");
		kb_buf_printf(&h->b, "%5lld  %-16s  %-12s  %d  ", (long long)s->id, when,
			  state, (int)s->step);
		h->repaired_shown |= repair != SESSION_REPAIR_NONE;
		h->written_shown |= repair == SESSION_REPAIR_WRITTEN;
		table_cell(&h->b, s->rule[0] ? s->rule : "-", 9, 1);
		kb_buf_puts(&h->b, " ");
		{
			struct kb_buf who = { 0 };
			kb_buf_puts(&who, s->label[0] ? s->label : "(no label)");
			if (s->technician[0]) {
				kb_buf_puts(&who, " (");
				kb_buf_puts(&who, s->technician);
				kb_buf_puts(&who, ")");
			}
			if (who.oom)
				h->b.oom = 1;
			else
				table_cell(&h->b, who.p, TABLE_WIDTH - 52, 0);
			kb_buf_free(&who);
		}
		kb_buf_putc(&h->b, '\n');
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
	case HISTORY_JSON: {
		json_t *o = json_object();
		json_object_set_new(o, "id", json_integer(s->id));
		json_object_set_new(o, "created", json_string(s->created));
		json_object_set_new(o, "updated", json_string(s->updated));
		json_object_set_new(o, "technician", kb_json_text(s->technician));
		json_object_set_new(o, "label", kb_json_text(s->label));
		json_object_set_new(o, "state", json_string(report_state_id(s->state)));
		json_object_set_new(o, "step", json_integer(s->step));
		json_object_set_new(o, "step_name", json_string(session_step_name(s->step)));
		json_object_set_new(o, "rule", s->rule[0] ? kb_json_text(s->rule) : json_null());
		json_object_set_new(o, "repair", repair == SESSION_REPAIR_VERIFIED ? json_string("verified") :
				    repair == SESSION_REPAIR_WRITTEN ? json_string("written") : json_null());
		json_array_append_new(h->arr, o);
		break;
	}
	}
	return h->b.oom ? -1 : 0;
}

int report_history(struct kb_store *store, const struct session_filter *filter,
		   enum history_format f, char **out, size_t *len,
		   size_t *n_sessions, struct kb_error *err)
{
	struct history_ctx h;
	int rc;

	*out = NULL;
	*len = 0;
	memset(&h, 0, sizeof h);
	h.f = f;
	h.store = store;
	h.err = err;
	kb_buf_puts(&h.b, "");
	if (f == HISTORY_TABLE)
		kb_buf_printf(&h.b, "%5s  %-16s  %-12s  %s  %-9s %s\n", "ID", "STARTED (UTC)", "STATE",
			  "S", "RULE", "MACHINE/CASE (TECHNICIAN)");
	else if (f == HISTORY_CSV)
		kb_buf_puts(&h.b, "id,created,updated,technician,label,state,step,step_name,rule\r\n");
	else if ((h.arr = json_array()) == NULL)
		h.b.oom = 1;
	rc = session_list(store, filter, add_session, &h, err);
	if (rc == 0 && h.failed != 0)
		rc = h.failed;
	if (rc == 0 && f == HISTORY_TABLE && h.repaired_shown)
		kb_buf_printf(&h.b, "repaired: in progress, kbwiz wrote the repair and the checks pass "
			      "on the hive since%s; the session is not closed yet.\n",
			      h.written_shown ? " (repaired*: written, not checked again since)" : "");
	if (rc == 0 && f == HISTORY_JSON && !h.b.oom) {
		char *text = json_dumps(h.arr, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		if (text == NULL) {
			h.b.oom = 1;
		} else {
			kb_buf_puts(&h.b, text);
			kb_buf_putc(&h.b, '\n');
			free(text);
		}
	}
	json_decref(h.arr);
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
