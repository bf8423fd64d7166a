/* kbimport_cites.c: a draft's cites hold what they cite (kbimport_int.h).
 *
 * The readers take a fact from wherever the article writes it: a code's
 * message from the code's own line, the lines after it ("Run-time error
 * '75':" / "Path/File access error") or the lines before it, where the
 * code closes a wrapped message ("... Please contact your" / "network
 * administrator. [18]"); a code wrapped onto the line after the words
 * that name it ("a "Stop" / "0xA" error"); a key wrapped past the line
 * read as its start, a value named over its table, data typed in the
 * step after the value's.  A draft's cite must hold every fact it gives,
 * for kb verify reads them on the cited lines and a person checks them
 * there.  Rather than have each reader widen its own cite, these passes
 * run once after them all and widen each error's, event's and check's
 * cite to the fewest lines around it that hold its facts, judged by the
 * very tests kb verify applies (kbverify_text_has_number(),
 * kbverify_text_has(), kbverify_key_found(), kbverify_text_has_datum()).
 * What is not found near its line keeps its cite: kb verify then reports
 * it, as it should.  imp_check_cite() gives a check's ranges to
 * kbimport_yaml.c too, so what is tested is what is printed. */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/kbverify_prose.h"
#include "kbwiz/rule.h"
#include "kbwiz/strbuf.h"
#include "kbimport_int.h"

/* How far from the code's line the cite may reach: IMP_CITE_REACH
 * (kbimport_int.h). */
#define REACH IMP_CITE_REACH

/* The lines of ranges r (n of them) joined as kb verify joins a cite's;
 * NULL when out of memory. */
static char *ranges_joined(struct imp *im, size_t r[2][2], size_t n)
{
	struct kb_buf b = { 0 };
	size_t i, l;

	for (i = 0; i < n; i++)
		for (l = r[i][0]; l <= r[i][1] && l < im->a->body_end; l++) {
			kb_buf_puts(&b, imp_line_at(im, l));
			kb_buf_puts(&b, " ");
		}
	if (b.oom) {
		free(b.p);
		im->oom = 1;
		return NULL;
	}
	return b.p != NULL ? kb_buf_steal(&b) : strdup("");
}

/* Lines first..last joined (ranges_joined()). */
static char *lines_joined(struct imp *im, size_t first, size_t last)
{
	size_t r[2][2] = { { first, last }, { 0, 0 } };

	return ranges_joined(im, r, 1);
}

/* Whether lines first..last hold er's code (er NULL: no code to find)
 * and msg (NULL: no message to find) as kb verify reads them. */
static int lines_hold(struct imp *im, size_t first, size_t last, const struct imp_error *er,
		      const char *msg)
{
	char *text = lines_joined(im, first, last);
	int found = text != NULL && (er == NULL || kbverify_text_has_number(text, er->code, 0)) &&
		    (msg == NULL || kbverify_text_has(text, msg));

	free(text);
	return found;
}

/* The message as kb verify compares it: without the full stop one copy
 * of a message has and another has not.  A copy; NULL when none. */
static char *message_compared(struct imp *im, const char *message)
{
	size_t len;
	char *m;

	if (message == NULL || imp_starts_ci(message, "REVIEW:"))
		return NULL;
	len = strlen(message);
	while (len > 0 && (message[len - 1] == '.' || message[len - 1] == ' ' || message[len - 1] == '\t'))
		len--;
	if (len == 0)
		return NULL;
	m = malloc(len + 1);
	if (m == NULL) {
		im->oom = 1;
		return NULL;
	}
	memcpy(m, message, len);
	m[len] = '\0';
	return m;
}

/* The fewest lines around er's that hold its code (unless need_code is
 * 0) and msg: every span of width w (the extra lines, above and below
 * together) is tried before any of width w + 1, those reaching down
 * before those reaching up.  1 with the span in *top, *bottom; 0 when
 * none within REACH does. */
static int span_holding(struct imp *im, const struct imp_error *er, int need_code, const char *msg,
			size_t *top, size_t *bottom)
{
	size_t first = er->line, last = er->line_last > er->line ? er->line_last : er->line;
	size_t w, up;

	if (first < im->a->body_first)
		return 0;       /* (a code read from the title keeps its line) */
	for (w = 0; w <= 2 * REACH && !im->oom; w++)
		for (up = w > REACH ? w - REACH : 0; up <= w && up <= REACH; up++) {
			if (up > first - im->a->body_first)
				break;
			*top = first - up;
			*bottom = last + (w - up);
			if (*bottom >= im->a->body_end)
				continue;
			if (lines_hold(im, *top, *bottom, need_code ? er : NULL, msg))
				return 1;
		}
	return 0;
}

/* Whether the code as the reader wrote it (its text, "0x" aside, in
 * the same case) stands as a word on lines first..last. */
static int code_written_on(struct imp *im, size_t first, size_t last, const char *code_text)
{
	size_t n;
	const char *t = code_text;

	if (t == NULL)
		return 0;
	if (t[0] == '0' && (t[1] == 'x' || t[1] == 'X'))
		t += 2;
	for (n = first; n <= last; n++)
		if (imp_number_on_line(imp_line_at(im, n), t, 1))
			return 1;
	return 0;
}

/* Widen er's cite to the fewest lines that hold its code and message.
 * The code is looked for on other lines only when the reader did not
 * take it from the cite's own ("a "Stop" / "0xA" error"): a code kb
 * verify cannot read as written ("Stop 50", read as 0x50) is never
 * "found" in another number of the same value nearby ("80 users").
 * Else, and when no span holds both, the lines that hold the message
 * (the code's own line stays in the cite). */
static void widen_cite(struct imp *im, struct imp_error *er)
{
	size_t top, bottom;
	char *msg = message_compared(im, er->message);
	int code_away = !code_written_on(im, er->line, er->line_last > er->line ? er->line_last : er->line,
					 er->code_text);

	if (!im->oom && ((code_away && span_holding(im, er, 1, msg, &top, &bottom)) ||
			 (msg != NULL && span_holding(im, er, 0, msg, &top, &bottom)))) {
		er->cite_first = top < er->line ? top : 0;
		if (bottom > er->line_last)
			er->line_last = bottom;
	}
	free(msg);
}

void imp_cite_errors(struct imp *im)
{
	size_t i;

	for (i = 0; i < im->n_errors && !im->oom; i++)
		widen_cite(im, &im->errors[i]);
}

/* How far below its ID an event's cite may reach for the error its
 * description carries: Event Viewer's block, a dozen lines at most. */
#define EVENT_BLOCK 12

/* An event tied to an error (imp_link_events()) writes the error's code
 * and message: its cite reaches down to the error's last line when its
 * own lines do not hold them and the error's lines lie in its block;
 * else, when the code is named elsewhere, down to the line of its block
 * where the message ends. */
static void widen_event_cite(struct imp *im, struct imp_event *ev)
{
	size_t j, last = ev->line_last > ev->line ? ev->line_last : ev->line;
	char *msg;

	if (ev->code_text == NULL)
		return;
	for (j = 0; j < im->n_errors && im->errors[j].code_text != ev->code_text; j++)
		;
	if (j == im->n_errors)
		return;
	msg = message_compared(im, ev->message);
	if (lines_hold(im, ev->line, last, &im->errors[j], msg)) {
		free(msg);
		return;
	}
	if ((im->errors[j].cite_first ? im->errors[j].cite_first : im->errors[j].line) >= ev->line &&
	    im->errors[j].line_last > last && im->errors[j].line_last <= ev->line + EVENT_BLOCK &&
	    lines_hold(im, ev->line, im->errors[j].line_last, &im->errors[j], msg)) {
		ev->line_last = im->errors[j].line_last;
	} else if (msg != NULL) {
		/* the code named elsewhere in the article, the message in
		 * the event's description: the cite holds the message */
		size_t end;
		for (end = last + 1; end <= ev->line + EVENT_BLOCK && end < im->a->body_end &&
				     !imp_blank(imp_line_at(im, end)); end++)
			if (lines_hold(im, ev->line, end, NULL, msg)) {
				ev->line_last = end;
				break;
			}
	}
	free(msg);
}

void imp_cite_events(struct imp *im)
{
	size_t i;

	for (i = 0; i < im->n_events && !im->oom; i++)
		widen_event_cite(im, &im->events[i]);
}

size_t imp_check_cite(const struct imp_check *c, size_t r[2][2])
{
	if (c->key_line > 0 && c->line < c->key_line) {
		/* "Delete the following keys:" before the key it concerns;
		 * "Add a list value named X to this key:" and its entries
		 * listed below the key (line_last) */
		r[0][0] = r[0][1] = c->line;
		if (c->lead_last > c->line && c->lead_last < c->key_line)
			r[0][1] = c->lead_last;
		r[1][0] = c->key_line;
		r[1][1] = c->line_last > c->key_last ? c->line_last : c->key_last;
		if (r[1][1] < r[1][0])
			r[1][1] = r[1][0];
		return 2;
	}
	if (c->key_line > 0 && c->key_last + 1 < c->line) {
		r[0][0] = c->key_line;
		r[0][1] = c->key_last > c->key_line ? c->key_last : c->key_line;
		r[1][0] = c->line;
		r[1][1] = c->line_last > c->line ? c->line_last : c->line;
		return 2;
	}
	r[0][0] = c->key_line > 0 ? c->key_line : c->line;
	r[0][1] = c->line_last > r[0][0] ? c->line_last : r[0][0];
	return r[0][0] > 0;
}

/* What check_cite_holds() looks for in a check's cited lines. */
enum { HOLDS_KEY = 1, HOLDS_VALUE = 2, HOLDS_DATA = 4, HOLDS_ALL = 7 };

/* Whether check c's cite holds what `what` names of its key, value and
 * data, as kb verify reads them: a number type's data as a number;
 * binary data is not looked for (its rows are the byte reader's). */
static int check_cite_holds(struct imp *im, const struct imp_check *c, unsigned what)
{
	size_t r[2][2], n = imp_check_cite(c, r);
	char *text;
	int ok = 1;

	if (n == 0 || (text = ranges_joined(im, r, n)) == NULL)
		return 1;
	if (what & HOLDS_KEY)
		ok = kbverify_key_found(text, c->key);
	if (ok && (what & HOLDS_VALUE) && c->value != NULL)
		ok = kbverify_text_has(text, c->value);
	if (ok && (what & HOLDS_DATA) && c->data != NULL &&
	    (c->expect == IE_EQUALS || c->expect == IE_CONTAINS || c->expect == IE_NOT_CONTAINS)) {
		int type = c->type != NULL ? kb_reg_type_from_name(c->type) : -1;
		if (type >= 0 && kb_reg_type_is_number((unsigned)type))
			ok = kbverify_text_has_datum(text, strtoull(c->data, NULL, 0));
		else if (type != KB_REG_BINARY)
			ok = kbverify_text_has(text, c->data);
	}
	free(text);
	return ok;
}

/* A datum of three characters or fewer ("1", "0", "TRUE" is longer) is
 * in any line with such a digit ("Valid Range: 0,1"): a line added for
 * it must state it as data, after "to", "of", "is", "=" or a label's
 * colon that no "Range" or "Default" names ("set it to 1", "a value of
 * 1", "Data: 1", "Type 1 in"). */
static int datum_stated(const char *line, const char *from, const char *datum)
{
	size_t n = strlen(datum);
	const char *p, *q, *w;

	for (p = from; (p = imp_ci_find(p, datum)) != NULL; p += n) {
		if ((p > line && isalnum((unsigned char)p[-1])) || isalnum((unsigned char)p[n]))
			continue;
		for (q = p; q > line && (q[-1] == ' ' || q[-1] == '"' || q[-1] == '\t'); q--)
			;
		if (q > line && (q[-1] == '=' || q[-1] == ':')) {
			for (w = q - 1; w > line && (w[-1] == ' ' || w[-1] == '\t'); w--)
				;
			if (!imp_phrase_ends_at(line, w, "Range") && !imp_phrase_ends_at(line, w, "Default"))
				return 1;
			continue;
		}
		if (imp_phrase_ends_at(line, q, "to") || imp_phrase_ends_at(line, q, "of") ||
		    imp_phrase_ends_at(line, q, "is") || imp_phrase_ends_at(line, q, "Type") ||
		    imp_phrase_ends_at(line, q, "enter"))
			return 1;
	}
	return 0;
}

/* Line n states datum (datum_stated()), read after the line above it:
 * 'Under "Value data", type' / '"1" (without the quotation marks).' */
static int line_states_datum(struct imp *im, size_t n, const char *datum)
{
	struct kb_buf b = { 0 };
	size_t at;
	int stated;

	if (n > im->a->body_first)
		kb_buf_puts(&b, imp_line_at(im, n - 1));
	kb_buf_puts(&b, " ");
	at = b.len;
	kb_buf_puts(&b, imp_line_at(im, n));
	if (b.oom || b.p == NULL) {
		free(b.p);
		im->oom = 1;
		return 0;
	}
	stated = datum_stated(b.p, b.p + at, datum);
	free(b.p);
	return stated;
}

/* t widens c's cite for its data: when the datum is short, one of the
 * lines t adds states it. */
static int datum_stated_between(struct imp *im, const struct imp_check *c, const struct imp_check *t)
{
	size_t from, n, c_last = c->line_last > c->line ? c->line_last : c->line;

	if (c->data == NULL || strlen(c->data) > 3)
		return 1;
	from = c->lead_last > c->line ? c->lead_last : c->line;
	for (n = from + 1; n <= t->lead_last; n++)
		if (line_states_datum(im, n, c->data))
			return 1;
	for (n = c_last + 1; n <= t->line_last; n++)
		if (line_states_datum(im, n, c->data))
			return 1;
	return 0;
}

/* How far a check's cite may reach: a key's first line up to two lines
 * back, its last line (or the gap to its value) and its value's last up
 * to three lines on: a key wrapped past the line read as its start, a
 * value named on the key's second line, data typed in the next step. */
#define KEY_BACK 2
/* ... and a value's lines up to the subkey named over its table */
#define SUBKEY_REACH 8
#define CHECK_REACH 3

/* The key's lines first: the fewest lines moved (its first back by b,
 * its last on by k) that hold the key; a check read from its value's
 * line alone (no key line) gains the lines above it, where a key wrapped
 * onto that line starts.  0 when none does. */
static int widen_key(struct imp *im, struct imp_check *c)
{
	struct imp_check t;
	size_t total, b, k, key_end = c->key_last > c->key_line ? c->key_last : c->key_line;

	/* (lines before the body are the header's: no cite reaches there) */
	if (c->line <= im->a->body_first || (c->key_line > 0 && c->key_line < im->a->body_first))
		return 0;
	if (c->key_line == 0) {
		for (b = 1; b <= KEY_BACK && b <= c->line - im->a->body_first; b++) {
			t = *c;
			t.key_line = c->line - b;
			t.key_last = c->line - 1;
			if (check_cite_holds(im, &t, HOLDS_KEY)) {
				c->key_line = t.key_line;
				c->key_last = t.key_last;
				return 1;
			}
		}
		return 0;
	}
	for (total = 1; total <= KEY_BACK + CHECK_REACH; total++)
		for (b = 0; b <= KEY_BACK && b <= total; b++) {
			k = total - b;
			if (k > CHECK_REACH || b >= c->key_line - im->a->body_first)
				continue;
			t = *c;
			t.key_line -= b;
			t.key_last = (t.key_last > c->key_line ? t.key_last : c->key_line) + k;
			/* (the lead-in's line cited apart stays apart; a key
			 * that would run into its value's line is no key) */
			if ((c->line < c->key_line && t.key_line <= c->line) ||
			    (c->line > c->key_line && t.key_last >= c->line) || t.key_last >= im->a->body_end)
				continue;
			if (check_cite_holds(im, &t, HOLDS_KEY)) {
				c->key_line = t.key_line;
				c->key_last = t.key_last;
				return 1;
			}
		}
	/* a subkey named over its values ("Serial3" / "-------" /
	 * "DosDevices : REG_SZ : COM3"), the key's parent cited apart:
	 * the value's lines reach up to the name */
	for (b = 1; b <= SUBKEY_REACH && c->line > key_end && c->line - b > key_end; b++) {
		t = *c;
		t.line = c->line - b;
		if (check_cite_holds(im, &t, HOLDS_KEY)) {
			c->line = t.line;
			return 1;
		}
	}
	return 0;
}

/* Widen c's cite, when it does not hold its facts, to the fewest lines
 * that do: the key's lines (widen_key()) when they do not hold the key,
 * then a lead-in's lines above the key and the value's last line on,
 * for the key's end, its value and data.  Data is never looked for above
 * the check's lines: a step's number there ("1. Start Registry Editor")
 * is no datum. */
static void widen_check_cite(struct imp *im, struct imp_check *c)
{
	struct imp_check t;
	size_t v, lead, total;
	int data_held;

	if (im->oom || check_cite_holds(im, c, HOLDS_ALL))
		return;
	/* (a key that no line above completes may go on below, with its
	 * value: the loop below looks for it there) */
	if (!check_cite_holds(im, c, HOLDS_KEY))
		widen_key(im, c);
	data_held = check_cite_holds(im, c, HOLDS_DATA);
	/* (a lead-in above the key, "... and set the value to" / "1.", goes
	 * on to the lines before the key: lead lines of it, v past the
	 * value's last, fewest in all first) */
	for (total = 0; total <= 2 * CHECK_REACH && !im->oom; total++)
		for (lead = 0; lead <= total && lead <= CHECK_REACH; lead++) {
			v = total - lead;
			if (v > CHECK_REACH || (lead > 0 && (c->key_line == 0 || c->line >= c->key_line ||
							     c->line + lead >= c->key_line)))
				continue;
			t = *c;
			t.lead_last = lead > 0 ? c->line + lead : c->lead_last;
			t.line_last = (t.line_last > t.line ? t.line_last : t.line) + v;
			if (t.line_last >= im->a->body_end)
				continue;
			if (check_cite_holds(im, &t, HOLDS_ALL) &&
			    (data_held || datum_stated_between(im, c, &t))) {
				c->lead_last = t.lead_last;
				c->line_last = t.line_last;
				return;
			}
		}
}

void imp_cite_checks(struct imp *im)
{
	size_t i;

	for (i = 0; i < im->n_checks && !im->oom; i++)
		widen_check_cite(im, &im->checks[i]);
}
