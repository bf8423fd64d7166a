/* kbimport_errors.c: the importer's error passes (kbimport_int.h): error
 * messages and codes ("Error 1068: ...", "STOP 0x0000001E", "0x80070005"),
 * lists of event numbers and events named in prose, and the link between
 * an event and the code its description gives. */
#include "kbwiz/kbimport.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kbwiz/rule.h"
#include "kbwiz/sanitize.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"
#include "kbimport_int.h"

/* ---- error messages ------------------------------------------------------- */

/* The message of a code the article gives without one: a person's to
 * write. */
#define NO_MESSAGE "REVIEW: the article gives no message for this code"
#define LEAD_IN_MESSAGE "REVIEW: the words by the code lead in to what follows them, no message of their own: write the message by hand"
/* In running text, the words by the code are the article's sentence about
 * it (who shows it, or the sentence after), not what the program prints
 * (code_message_words()). */
#define PROSE_MESSAGE "REVIEW: the words by the code are the article's own, not the program's message: write the message from the article"

/* At p, right after a number's digits, the rest of its digits as a
 * placeholder in angle brackets: "0xE005<xxxx>", "0x8007<nnnn>" (the
 * article: "where <xxxx> is a number that represents the specific
 * error").  What stands before it is only the code's first part, no code
 * (the digits written "0x80070XXX" are refused as a run of letters
 * already).  An HTML tag after a whole code ("0x1e<BR/>") is none. */
static int placeholder_digits(const char *p)
{
	size_t k = 1;

	if (*p != '<')
		return 0;
	while (p[k] != '\0' && strchr("xXnN?#", p[k]) != NULL)
		k++;
	return k >= 3 && p[k] == '>';
}

/* "1720", "0013", "0x6B8", "-1414" at s: the code's text length, 0 when
 * there is no code; the value in *code (negatives as their 32-bit form). */
static size_t read_code(const char *s, uint32_t *code, int *negative)
{
	const char *p = s;
	unsigned long long v = 0;
	int digits = 0;

	*negative = 0;
	if (*p == '-') {
		*negative = 1;
		p++;
	}
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		for (p += 2; isxdigit((unsigned char)*p) && digits < 9; p++, digits++)
			v = v * 16 + (unsigned)(isdigit((unsigned char)*p) ? *p - '0' :
						tolower((unsigned char)*p) - 'a' + 10);
	} else {
		for (; isdigit((unsigned char)*p) && digits < 11; p++, digits++)
			v = v * 10 + (unsigned)(*p - '0');
	}
	if (digits == 0 || v > 0xFFFFFFFFull || isalnum((unsigned char)*p) || placeholder_digits(p) ||
	    (*negative && v > 0x80000000ull))
		return 0;
	*code = *negative ? (uint32_t)(0x100000000ull - v) : (uint32_t)v;
	return (size_t)(p - s);
}

static int has_error(const struct imp *im, uint32_t code)
{
	return imp_drafted_error(im, code) != NULL;
}

/* Mentions are listed once per code. */
static int mentioned(const struct imp *im, const char *note)
{
	size_t i;

	for (i = 0; i < im->n_reviews; i++)
		if (strcmp(im->reviews[i].note, note) == 0)
			return 1;
	return 0;
}

/* Line n names an event viewer or an event log, or one of the four lines
 * before it does: "the following error messages in the event viewer:". */
static int names_event_viewer(const struct imp *im, size_t n)
{
	char two[512];
	size_t m;

	for (m = n; m + 5 > n && m >= im->a->body_first; m--) {
		const char *s = imp_line_at(im, m), *next = imp_line_at(im, m + 1);
		/* the line and the start of the next: "... in the event" /
		 * "viewer:" */
		snprintf(two, sizeof two, "%.*s %.40s", (int)imp_rtrim_len(s, strlen(s)), s,
			 m < n ? imp_skip_ws(next) : "");
		if (imp_ci_find(two, "event viewer") != NULL || imp_ci_find(two, "event log") != NULL)
			return 1;
		if (m == 0)
			break;
	}
	return 0;
}

/* "Error 1702 Error just occurred while ..." under "in the event
 * viewer:", "Error 9405 Source: MSExchangeMTA": a row as Event Viewer
 * lists it, its Type then its event ID, not an error code (a code's
 * message comes after a colon or a dash: "Error 1068: The dependency
 * ..."). Drafts the event (or gives the one drafted from its block the
 * source the row names) and returns 1. */
static int event_viewer_row(struct imp *im, size_t n, const char *p, size_t clen, uint32_t code)
{
	const char *s = imp_line_at(im, n), *after = imp_skip_ws(p + clen);
	const char *source = imp_label_value(im, s, "Source");
	size_t i;

	if (code > 65535 || *p == '-' || *after == ':' || *after == '-' || after == p + clen ||
	    (source == NULL && !names_event_viewer(im, n)))
		return 0;
	if (source != NULL && *source == '\0')
		source = NULL;
	for (i = 0; i < im->n_events; i++)
		if (im->events[i].id == code) {
			if (source != NULL && imp_starts_ci(im->events[i].source, "REVIEW:"))
				im->events[i].source = source;
			return 1;
		}
	imp_add_event(im, code, source, NULL, NULL, n, n);
	return 1;
}

static void scan_error_codes(struct imp *im);
static void scan_message_status(struct imp *im, size_t n, const char *s);
static void scan_named_code(struct imp *im, size_t n, const char *s);
static void scan_service_dialog_code(struct imp *im, size_t n, const char *s);
static void scan_message_number(struct imp *im, size_t n, const char *s);
static void scan_message_trailing_code(struct imp *im, size_t n, const char *s);
static void scan_paired_code(struct imp *im, size_t n, const char *s);
static void scan_dashed_status(struct imp *im, size_t n, const char *s);
static int quoted_message_line(const struct imp *im, size_t n, const char *s);
static void scan_plural_codes(struct imp *im, size_t n, const char *s);
static void scan_listed_after_code(struct imp *im, size_t n, const char *s);
static void scan_exception_code(struct imp *im, size_t n, const char *s);
static void scan_message_hex_line(struct imp *im, size_t n, const char *s);
static void scan_ndr_diagnostic(struct imp *im, size_t n, const char *s);
static int lead_in_names_event_log(const struct imp *im, size_t m);
static size_t message_block_lead(const struct imp *im, size_t n, const char *s, int (*announces)(const char *));
static void scan_status_pair(struct imp *im, size_t n, const char *s);
static void scan_hex_marked_code(struct imp *im, size_t n, const char *s);
static void scan_socket_error(struct imp *im, size_t n, const char *s);
static void scan_asp_error(struct imp *im, size_t n, const char *s);
static void scan_rc_constant(struct imp *im, size_t n, const char *s);
static void scan_bugcheck_line(struct imp *im, size_t n, const char *s);
static void scan_net_message(struct imp *im, size_t n, const char *s);
static void scan_connector_log(struct imp *im, size_t n, const char *s);
static void scan_sql_server_message(struct imp *im, size_t n, const char *s);
static void scan_error_id_with_hex(struct imp *im, size_t n, const char *s);
static void scan_access_violation_slip(struct imp *im, size_t n, const char *s);
static void scan_jet_error(struct imp *im, size_t n, const char *s);
static void scan_error_id_plain(struct imp *im, size_t n, const char *s);
static void scan_marked_status(struct imp *im, size_t n, const char *s);
static int under_stop_words(const struct imp *im, size_t n);
static int kb_reference_line(const struct imp *im, size_t n, const char *s);
static const char *next_failure_hex(const char *s, const char *from, size_t *clen, uint32_t *code, int *neg);
static int bare_hresult(const char *c, uint32_t *code);
static int hresult_digits(const char *p, size_t clen);
static void after_fix_review(struct imp *im, size_t n, int why, const char *p, size_t clen);
static int shown_as_example(const struct imp *im, size_t n, const char *p, size_t clen);
static int leads_in(const char *m);
static int in_sample_program(struct imp *im, size_t n, const char *p, size_t clen);
static int has_event_id(const struct imp *im, unsigned id);
static void example_review(struct imp *im, size_t n, const char *p, size_t clen);
static int said_expected(struct imp *im, size_t n, const char *p, size_t clen);
static void expected_review(struct imp *im, size_t n, const char *p, size_t clen);
static void scan_data_words(struct imp *im);
static const char *data_words_at(const char *s);
static void scan_title_codes(struct imp *im);
static int reply_reviewed(struct imp *im, size_t n, const char *p, size_t clen, uint32_t code);
static const char *reply_protocol(struct imp *im, size_t n, const char *p, size_t clen, uint32_t code);

/* Line s (text) opens with the item number "Error N:" or "Error #N:"
 * (after a list's bullet), or with one word between ("Error 1
 * correction:"): N, else 0. */
static uint32_t error_item_number(const char *s)
{
	const char *t = imp_past_bullet(s), *e;
	size_t d;

	if (!imp_starts_ci(t, "error "))
		return 0;
	t = imp_skip_ws(t + 6);
	if (*t == '#')
		t++;
	d = strspn(t, "0123456789");
	if (d == 0 || d > 2 || (t[d] != ':' && t[d] != ' '))
		return 0;
	if (t[d] == ' ') {
		for (e = t + d + 1; isalpha((unsigned char)*e); e++)
			;
		if (e == t + d + 1 || *e != ':')
			return 0;
	}
	return (uint32_t)strtoul(t, NULL, 10);
}

/* "Error 1:" / "Error #2:" opening line s ("Error" at p, the number
 * code), when another line of the article opens with the item next
 * to it ("Error 2:" or "Error 1:") and the list starts at "Error 1:": a
 * list that numbers the errors it describes ("Error #1: ... Error #2:
 * ..."), its numbers no codes (a table of a program's codes, "Error 2:
 * Not enough memory", "Error 3: ...", "Error 53: ...", need not start at
 * 1).  The other item's number, or 0. */
static uint32_t numbered_error_item(const struct imp *im, const char *s, const char *p, uint32_t code)
{
	size_t m;
	uint32_t next = 0;
	int first = 0;

	if (code == 0 || code > 50 || imp_past_bullet(s) != p || error_item_number(s) != code)
		return 0;
	for (m = im->a->body_first; m < im->a->body_end; m++) {
		uint32_t k = error_item_number(imp_line_at(im, m));
		if (k != 0 && (k == code + 1 || k + 1 == code) && next == 0)
			next = k;
		first |= k == 1;
	}
	return first ? next : 0;
}

/* "ESE97<TAB>Error<TAB><TAB>145<TAB>The database engine could not ...":
 * a row of Event Viewer's list saved as text, its fields parted by tabs:
 * source, type, [category,] event ID, description.  "Error" at p is the
 * type, the number at c (clen long) the event's ID, the first field its
 * source.  Drafts the event and returns 1, or 0. */
static int tabbed_event_row(struct imp *im, size_t n, const char *s, const char *p, const char *c, size_t clen,
			    uint32_t code)
{
	const char *src = imp_skip_ws(s), *q;
	size_t sl;

	if (code == 0 || code > 65535 || p <= src || p[-1] != '\t' || c[clen] != '\t')
		return 0;
	for (q = p + 5; q < c; q++)
		if (*q != '\t' && *q != ' ')
			return 0;
	/* the source: the first field, all of the text before the type */
	sl = imp_rtrim_len(src, (size_t)(p - 1 - src));
	if (sl < 2 || sl > 40 || memchr(src, '\t', sl) != NULL || !isalpha((unsigned char)*src))
		return 0;
	if (!has_event_id(im, code))
		imp_add_event(im, code, imp_dupn(im, src, sl), NULL, NULL, n, n);
	return 1;
}

/* "The exception generated is 0xE005<xxxx>, where <xxxx> is a number
 * that represents the specific error": a hex code whose last digits are
 * a placeholder (placeholder_digits()).  No reader drafts it (read_code()
 * refuses it: what stands before the placeholder is only the code's first
 * part); the line names a code all the same, so it is listed for a
 * person, once per line. */
static void scan_partial_code(struct imp *im, size_t n, const char *s)
{
	const char *p;
	size_t k;

	for (p = s; (p = imp_ci_find(p, "0x")) != NULL; p += 2) {
		if (p > s && isalnum((unsigned char)p[-1]))
			continue;
		k = strspn(p + 2, "0123456789abcdefABCDEF");
		if (k == 0 || k > 7 || !placeholder_digits(p + 2 + k))
			continue;
		k += 2 + strcspn(p + 2 + k, ">") + 1;
		imp_review(im, n, T_SYMPTOMS, 0,
			   imp_fmt(im, "error %.*s: the article gives only the code's first digits, the rest a placeholder: write the code by hand if the technician sees one",
				   (int)k, p));
		return;
	}
}

void imp_scan_errors(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, m;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = imp_line_at(im, n), *p = imp_skip_ws(s), *msg;
		struct imp_error *er;
		uint32_t code;
		size_t clen, ind = imp_indent_of(s);
		int neg, why;
		struct kb_buf b = { 0 };

		if (im->used[n] || ind < 2 || !imp_starts_ci(p, "error ") ||
		    (clen = read_code(imp_skip_ws(p + 6), &code, &neg)) == 0 || code == 0)
			continue;
		p = imp_skip_ws(p + 6);
		if (!neg && hresult_digits(p, clen))
			code = (uint32_t)strtoul(p, NULL, 16);
		msg = imp_skip_ws(p + clen);
		if (*msg == ':' || *msg == '-')
			msg = imp_skip_ws(msg + 1);
		/* A message reads as text starting with a capital: "Error
		 * 1720 The endpoint ..."; "Error -1414 or 0xfff..." does not. */
		if (!isupper((unsigned char)*msg))
			continue;
		if (event_viewer_row(im, n, p, clen, code)) {
			im->used[n] = 1;
			continue;
		}
		im->used[n] = 1;
		if (has_error(im, code) || reply_reviewed(im, n, p, clen, code))
			continue;
		if ((why = imp_after_fix(im, n)) != 0) {
			after_fix_review(im, n, why, p, clen);
			continue;
		}
		if (shown_as_example(im, n, p, clen)) {
			example_review(im, n, p, clen);
			continue;
		}
		if (in_sample_program(im, n, p, clen))
			continue;
		if (said_expected(im, n, p, clen)) {
			expected_review(im, n, p, clen);
			continue;
		}
		kb_buf_add(&b, msg, imp_rtrim_len(msg, strlen(msg)));
		for (m = n + 1; m < a->body_end && m < n + 4; m++) {
			const char *c = imp_line_at(im, m);
			if (imp_blank(c) || imp_indent_of(c) != ind || im->used[m] ||
			    imp_starts_ci(imp_skip_ws(c), "error "))
				break;
			kb_buf_add(&b, " ", 1);
			kb_buf_add(&b, imp_skip_ws(c), imp_rtrim_len(imp_skip_ws(c), strlen(imp_skip_ws(c))));
			im->used[m] = 1;
		}
		if (b.oom) {
			kb_buf_free(&b);
			im->oom = 1;
			return;
		}
		er = PUSH(im, errors);
		if (er == NULL) {
			kb_buf_free(&b);
			return;
		}
		er->code = code;
		er->line = n;
		er->line_last = n;      /* (widened to the message's lines by
					   imp_cite_errors()) */
		er->message = imp_keep(im, kb_buf_steal(&b));
		if (neg) {
			er->code_text = imp_fmt(im, "0x%08X", (unsigned)code);
			imp_review(im, n, T_ERROR, im->n_errors - 1,
			       imp_fmt(im, "error %.*s is written as %s (its 32-bit form)",
				   (int)clen, p, er->code_text));
		} else if (hresult_digits(p, clen)) {
			er->code_text = imp_fmt(im, "0x%.8s", p);
		} else {
			er->code_text = imp_dupn(im, p, clen);
		}
	}
	/* Codes the text names with a keyword ("STOP 0x...", "error
	 * 1815") are drafted; what is left in the symptoms and cause is
	 * listed for a person, as it comes without its message. */
	scan_error_codes(im);
	scan_data_words(im);
	scan_title_codes(im);
	/* last: only codes no keyword or title gave */
	for (n = im->a->body_first; n < im->a->body_end; n++) {
		/* (a line with no digit names no code; a related article's
		 * title: its codes were noted as foreign by scan_error_codes()) */
		if (strpbrk(imp_line_at(im, n), "0123456789") == NULL ||
		    kb_reference_line(im, n, imp_line_at(im, n)) || imp_related_title_line(im, n))
			continue;
		scan_message_status(im, n, imp_line_at(im, n));
		scan_named_code(im, n, imp_line_at(im, n));
		scan_service_dialog_code(im, n, imp_line_at(im, n));
		scan_message_number(im, n, imp_line_at(im, n));
		scan_message_trailing_code(im, n, imp_line_at(im, n));
		scan_paired_code(im, n, imp_line_at(im, n));
		scan_plural_codes(im, n, imp_line_at(im, n));
		scan_exception_code(im, n, imp_line_at(im, n));
		scan_status_pair(im, n, imp_line_at(im, n));
		scan_hex_marked_code(im, n, imp_line_at(im, n));
		scan_socket_error(im, n, imp_line_at(im, n));
		scan_asp_error(im, n, imp_line_at(im, n));
		scan_rc_constant(im, n, imp_line_at(im, n));
		scan_bugcheck_line(im, n, imp_line_at(im, n));
		scan_net_message(im, n, imp_line_at(im, n));
		scan_connector_log(im, n, imp_line_at(im, n));
		scan_sql_server_message(im, n, imp_line_at(im, n));
		scan_error_id_with_hex(im, n, imp_line_at(im, n));
		scan_access_violation_slip(im, n, imp_line_at(im, n));
		scan_jet_error(im, n, imp_line_at(im, n));
		scan_error_id_plain(im, n, imp_line_at(im, n));
		scan_partial_code(im, n, imp_line_at(im, n));
		/* (last: a list after a code any reader above drafted) */
		scan_listed_after_code(im, n, imp_line_at(im, n));
	}
	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = imp_line_at(im, n), *p;

		if (imp_log_text(s) != NULL || !imp_in_symptoms_or_cause(im, n) || imp_related_title_line(im, n))
			continue;
		for (p = s; (p = imp_ci_find(p, "error ")) != NULL; p += 6) {
			uint32_t code;
			size_t clen;
			int neg;
			const char *note;

			if (p > s && isalpha((unsigned char)p[-1]))
				continue;
			/* (a protocol's reply is no error code a log holds; an
			 * "error N" drafted as event N is placed, and the
			 * named-again note points to it; a sample program's
			 * code and an expected one have their own notes) */
			if ((clen = read_code(p + 6, &code, &neg)) == 0 || code == 0 || has_error(im, code) ||
			    has_event_id(im, code) || reply_protocol(im, n, p + 6, clen, code) != NULL ||
			    imp_in_code_sample(im, n) || said_expected(im, n, p + 6, clen))
				continue;
			note = imp_fmt(im, "error %.*s is named in the text without its message: add it as a symptom if the technician sees it",
				   (int)clen, p + 6);
			if (note != NULL && !mentioned(im, note))
				imp_review(im, n, T_SYMPTOMS, 0, note);
		}
	}
}

/* ---- codes and events named in the text ---------------------------------- */

static int has_event_id(const struct imp *im, unsigned id)
{
	return imp_drafted_event(im, id) != NULL;
}

/* Event id, met on line n where an error reader read the number (a log's
 * lead-in said so), drafted once, its source from the text around it. */
static void add_event_once(struct imp *im, uint32_t id, size_t n)
{
	if (!has_event_id(im, id))
		imp_add_event(im, id, imp_nearby_source(im, n), NULL, NULL, n, n);
}

/* "PC DirSync: Err Msg: Fatal [203] GAL Rebuild Problem:" over "   Q108831"
 * alone (a blank line between or none): a list of fixes that gives each
 * fix's article title over its number; the title is the other article's. */
static int title_over_number(const struct imp *im, size_t n)
{
	size_t m = n + 1, digits;
	const char *q;

	if (m < im->a->body_end && imp_blank(imp_line_at(im, m)))
		m++;
	/* the list's shape: the title at the margin, its number indented
	 * under it (a message quoted over a number at the margin is not) */
	if (m >= im->a->body_end || imp_indent_of(imp_line_at(im, n)) > 0 || imp_indent_of(imp_line_at(im, m)) == 0)
		return 0;
	q = imp_skip_ws(imp_line_at(im, m));
	if (*q != 'Q' && *q != 'q')
		return 0;
	digits = strspn(q + 1, "0123456789");
	return digits >= 5 && digits <= 7 && imp_blank(q + 1 + digits);
}

/* "   Q180054 Perfmon Trap or Winlogon STOP C000021A ...": line n (s) is
 * a line of a list of related articles, or a referenced article's
 * "TITLE :" line, whose titles are not this article's facts. */
static int kb_reference_line(const struct imp *im, size_t n, const char *s)
{
	return imp_article_number_line(s) || imp_titled_reference_line(im, n) || title_over_number(im, n);
}

/* Most words a source's name has ("SNA IBM SDLC Link Service",
 * "Microsoft Exchange Key Management service"). */
#define SOURCE_WORDS 6

/* The name after "Source " with no colon, up to what follows it on the
 * line: "Source MSFTPSVC Event ID 8: FTP Server could not ..." names
 * MSFTPSVC, "Source DHCP Server Description : ..." DHCP Server, not the
 * rest of the line.  The name ends at the next field ("Event",
 * "Description", "Category", "Type"), a colon, a comma or a dash between
 * spaces, within a source name's words; with no such end the rest of the
 * line is the value, as before this reader cut it.  A copy. */
static const char *source_field_words(struct imp *im, const char *v)
{
	static const char *const fields[] = { "Event", "Description", "Category", "Type", NULL };
	const char *end = v, *w = v;
	size_t words = 0, i;

	while (*w != '\0' && words <= SOURCE_WORDS) {
		for (i = 0; fields[i] != NULL && !imp_starts_word(w, fields[i]); i++)
			;
		if (fields[i] != NULL || *w == ':' || *w == ',' || (*w == '-' && w > v && w[-1] == ' ' && w[1] == ' '))
			break;
		while (*w != '\0' && *w != ' ' && *w != ':' && *w != ',')
			w++;
		end = w;
		words++;
		while (*w == ' ')
			w++;
	}
	if (*w == '\0' || words == 0 || words > SOURCE_WORDS)
		return imp_dupn(im, v, imp_rtrim_len(v, strlen(v)));
	/* (a name in quotes: 'Source "Application Center," Category ...') */
	if (*v == '"' && end > v + 1 && end[-1] == '"') {
		v++;
		end--;
	} else if (*v == '"' && memchr(v + 1, '"', (size_t)(end - v - 1)) == NULL) {
		v++;
	}
	return imp_dupn(im, v, imp_rtrim_len(v, (size_t)(end - v)));
}

/* The source line s names as a field: "Source: X" anywhere on it, or
 * "Source X" opening it ("Source MSFTPSVC Event ID 8: FTP Server could
 * not ..."); NULL when none. */
static const char *line_source(struct imp *im, const char *s)
{
	const char *v, *t = imp_skip_ws(s);

	if ((v = imp_label_value(im, s, "Source")) != NULL && *v != '\0')
		return v;
	if (imp_starts_ci(t, "Source ") && !imp_starts_ci(imp_skip_ws(t + 7), "("))
		return source_field_words(im, imp_skip_ws(t + 7));
	return NULL;
}

/* The source named near an event found in running text: "Source: X" or
 * "Source X" in the lines of its paragraph.  (The sentence's own words
 * for it, "with a source of X", are imp_prose_event_source()'s.) */
const char *imp_nearby_source(struct imp *im, size_t n)
{
	size_t m, first = n;
	const char *v;

	/* "Event 624 - Source: SNA Server" / "Event 4097 - Source: DrWatson":
	 * a source on the event's own line is its own, before its
	 * neighbours' */
	if ((v = imp_label_value(im, imp_line_at(im, n), "Source")) != NULL && *v != '\0')
		return v;
	while (first > im->a->body_first && first + 2 > n && !imp_blank(imp_line_at(im, first - 1)))
		first--;
	/* (and the paragraph after one blank line, when the event's line
	 * is alone: "Event ID 13005" / "" / "Source MSExchangePOP3") */
	for (m = first; m < im->a->body_end && m <= n + 3 &&
			(m <= n || !imp_blank(imp_line_at(im, m)) ||
			 (m == n + 1 && first == n && n + 2 < im->a->body_end &&
			  imp_starts_ci(imp_skip_ws(imp_line_at(im, n + 2)), "Source")));
	     m++)
		if ((v = line_source(im, imp_line_at(im, m))) != NULL)
			return v;
	return NULL;
}

/* "0x0000001E", "C000021A" (eight hex digits with a letter), "1815",
 * "2L": a code after a keyword.  Returns its length, 0 when none. */
static size_t code_at(const char *p, uint32_t *code, int *neg)
{
	size_t n = read_code(p, code, neg), k;

	if (n > 0)
		return n;
	/* "2L": a C long constant */
	for (k = 0; isdigit((unsigned char)p[k]); k++)
		;
	if (k > 0 && k < 10 && (p[k] == 'L' || p[k] == 'l') && !isalnum((unsigned char)p[k + 1])) {
		*code = (uint32_t)strtoul(p, NULL, 10);
		*neg = 0;
		return k + 1;
	}
	/* "0XC0000009A", "0xc00000005": an NTSTATUS written with one zero
	 * too many (nine hex digits); the zero is dropped from the run after
	 * the C.  One that ends in 0 ("0xc00000050") could have its extra
	 * zero at either end: not read. */
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && (p[2] == 'c' || p[2] == 'C') && p[3] == '0' &&
	    strspn(p + 2, "0123456789abcdefABCDEF") == 9 && p[10] != '0' && !isalnum((unsigned char)p[11])) {
		char eight[9];
		memcpy(eight, p + 2, 1);
		memcpy(eight + 1, p + 4, 7);
		eight[8] = '\0';
		*code = (uint32_t)strtoul(eight, NULL, 16);
		*neg = 0;
		return 11;
	}
	/* "returned error code 0x000000C1H": 0x and the assembler's hex
	 * suffix both (2 archive articles) */
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && (k = strspn(p + 2, "0123456789abcdefABCDEF")) > 0 &&
	    k <= 8 && (p[2 + k] == 'h' || p[2 + k] == 'H') && !isalnum((unsigned char)p[3 + k])) {
		*code = (uint32_t)strtoul(p + 2, NULL, 16);
		*neg = 0;
		return 3 + k;
	}
	/* "&H80004005": Visual Basic's hex literal, as its run-time and
	 * automation errors are written ("System Error &H80004005
	 * (-2147467259)"); an HRESULT only */
	if (p[0] == '&' && (p[1] == 'H' || p[1] == 'h')) {
		for (k = 2; isxdigit((unsigned char)p[k]) && k < 10; k++)
			;
		/* only an HRESULT's eight digits, top bit set: "rc = &H2" in a
		 * sample is a return code of the program, not the failure */
		if (k == 10 && !isalnum((unsigned char)p[k]) && strchr("89abcdefABCDEF", p[2]) != NULL) {
			*code = (uint32_t)strtoul(p + 2, NULL, 16);
			*neg = 0;
			return k;
		}
		return 0;
	}
	/* bare NTSTATUS / HRESULT: c0000005, C000021A, c1030b0d; with the
	 * assembler's hex suffix, "exception c0000006h", "Error Code:
	 * C0000008H" (its length takes the suffix in) */
	for (k = 0; isxdigit((unsigned char)p[k]); k++)
		;
	if (k == 8 && strchr("89abcdefABCDEF", p[0]) != NULL &&
	    (!isalnum((unsigned char)p[k]) || ((p[k] == 'h' || p[k] == 'H') && !isalnum((unsigned char)p[k + 1])))) {
		*code = (uint32_t)strtoul(p, NULL, 16);
		*neg = 0;
		return isalnum((unsigned char)p[k]) ? k + 1 : k;
	}
	return 0;
}

/* Code p (clen long, as code_at() read it) is "0x" hex with the
 * assembler's suffix ("0x000000C1H"). */
static int hex_suffixed(const char *p, size_t clen)
{
	return clen > 3 && imp_starts_ci(p, "0x") && (p[clen - 1] == 'h' || p[clen - 1] == 'H');
}

/* code_keywords[]'s indexes: what the keyword loop asks of the keyword
 * it found (searched for in this order). */
enum code_kw {
	KW_ERROR, KW_STOP, KW_LASTERROR, KW_DWERROR, KW_SUFFIX_RC, KW_RC, KW_EXCEPTION, KW_STATUS, KW_ID_NO,
	KW_NT_ID, KW_VIOLATION, KW_FAILED, KW_RETURNS, KW_RETURNED, KW_RETURNING, KW_RETURN, KW_HRESULT,
	KW_ID, KW_HELPMSG, KW_FATAL, KW_WIN32, KW_HR, KW_ERRORCODE, KW_GETLASTERROR, KW_WARNING, KW_TRAP,
	KW_NATIVE, KW_SCODE, KW_FATALEXIT, KW_BUG_CHECK, KW_BUGCHECK, KW_COUNT
};
/* The words after which a code is an error code, and the words that may
 * come between ("error code is 0x...", "STOP: 0x...", "NT ID: 0x...";
 * "dwError = 1", a setup log's Win32 error, 2 archive articles; "NET
 * HELPMSG 2182", the command that prints error 2182's text, 16; "Fatal
 * [ 7]", MS Mail's log bracketing a fatal error's code, only so, 17;
 * "{WIN32:1332(No mapping ...)}", Exchange 2000 connectors' Win32 error
 * in braces, 5; "(hr=0xc0000835)", a COM call's HRESULT, only with its
 * '=' ("24 hr" is a time), 7; "ErrorCode: 1722" in a log's fields, 9;
 * "LoadLibrary failed GetLastError is 0x0000045a", the Win32 call that
 * gives a failed call's code, 5; "Warning [8] Error deleting file", MS
 * Mail's log bracketing a warning's code as a fatal error's, only so, 9
 * drafts; "a STOP message appears with a Trap 0x0000000A", Windows NT
 * 3.5's word for a bug check, with 0x, 13 drafts, or a processor's trap
 * padded or with a hex letter ("TRAP 000D", "Trap D"); "*pfNativeError =
 * 7221", "SQLSTATE = 37000 NativeError = 102", ODBC's SQLError() giving
 * the server's own error number, the variable's name with or without its
 * type's prefix, 18 lines in 12 archive articles, none placed before;
 * "scode = 800A0BD3", "sCode = 0x8007000E E_OUTOFMEMORY", the status an
 * MFC or DAO failure prints in debug output, only with its '=', 3
 * articles; "a FatalExit 0x0001", "Fatal Exit code 0x0007", the code
 * the debugging version of Windows 3.x stops a program with, only with
 * 0x, 11 body lines in 8 articles; "Bug Check 0x9F:
 * DRIVER_POWER_STATE_FAILURE", "a BugCheck 0x0000000A", "bug check code
 * 0x0000007E", the debugger's and later articles' name for a STOP error,
 * with 0x, or glued and padded as the debugger prints it, "Bugcheck
 * 00000055 : fbd6f00b ...", its parameters after the code). */
static const char *const code_keywords[] = {
	[KW_ERROR] = "error", [KW_STOP] = "stop", [KW_LASTERROR] = "lasterror", [KW_DWERROR] = "dwerror",
	[KW_SUFFIX_RC] = "_rc", [KW_RC] = "rc", [KW_EXCEPTION] = "exception", [KW_STATUS] = "status",
	[KW_ID_NO] = "id no", [KW_NT_ID] = "nt id", [KW_VIOLATION] = "violation", [KW_FAILED] = "failed",
	[KW_RETURNS] = "returns", [KW_RETURNED] = "returned", [KW_RETURNING] = "returning",
	[KW_RETURN] = "return", [KW_HRESULT] = "hresult", [KW_ID] = "id", [KW_HELPMSG] = "helpmsg",
	[KW_FATAL] = "fatal", [KW_WIN32] = "{win32", [KW_HR] = "hr", [KW_ERRORCODE] = "errorcode",
	[KW_GETLASTERROR] = "getlasterror", [KW_WARNING] = "warning", [KW_TRAP] = "trap",
	[KW_NATIVE] = "nativeerror", [KW_SCODE] = "scode", [KW_FATALEXIT] = "fatalexit",
	[KW_BUG_CHECK] = "bug check", [KW_BUGCHECK] = "bugcheck",
	[KW_COUNT] = NULL,
};
/* "NMAKE : fatal error U1077: 'cd' return code 1": s is a build tool's
 * message as it prints it, its name, a colon, "fatal error" or "error"
 * and the message's lettered number with its colon; output shown, not
 * prose, however far it is indented. */
static int tool_diagnostic_line(const char *s)
{
	const char *p = imp_skip_ws(s);
	size_t k;

	while (isalnum((unsigned char)*p) || *p == '.' || *p == '_')
		p++;
	if (p == imp_skip_ws(s))
		return 0;
	if (*p == ' ')
		p++;
	if (p[0] != ':' || p[1] != ' ')
		return 0;
	p += 2;
	if (strncmp(p, "fatal ", 6) == 0)
		p += 6;
	if (strncmp(p, "error ", 6) != 0)
		return 0;
	p += 6;
	for (k = 0; isupper((unsigned char)p[k]); k++)
		;
	if (k == 0 || !isdigit((unsigned char)p[k]))
		return 0;
	p += k + strspn(p + k, "0123456789");
	return *p == ':';
}

/* "returns", "returned", "returning", "return": the keyword at i names a
 * returned value. */
static int return_keyword(size_t i)
{
	return i == KW_RETURNS || i == KW_RETURNED || i == KW_RETURNING || i == KW_RETURN;
}
/* ("The error reported was: [87] The parameter is incorrect.": the
 * Internet Mail Service's words for a dial-up failure's code; "returned
 * result code 1", the cc:Mail connector's; "Error returned: 1722", the
 * SNA print driver's) */
static const char *const code_fillers[] = {
	"code", "number", "is", "was", "of", "generated", "no.", "no", "reported was", "result code", "returned:",
	NULL,
};

static const char *const fatal_word[] = { "fatal", NULL };

/* How many bytes of s from at up to where its sentence ends (". ", or
 * a "." that ends the line); strlen when it goes on. */
static size_t to_sentence_end(const char *at)
{
	const char *q;

	for (q = at; *q != '\0'; q++)
		if (*q == '.' && (q[1] == ' ' || q[1] == '\t' || q[1] == '\0'))
			return (size_t)(q - at);
	return strlen(at);
}

/* The words of the sentence holding d (on line n, at s) after it, into
 * buf: a sentence the line does not end goes on the next one ("An
 * exception 0E has" / "occurred at 0028:..."). */
static void sentence_after(const struct imp *im, size_t n, const char *d, char *buf, size_t cap)
{
	size_t len = 0, l = to_sentence_end(d);

	buf[0] = '\0';
	imp_join_words(buf, cap, &len, d, l);
	if (d[l] == '\0' && n + 1 < im->a->body_end && n >= im->a->body_first &&
	    !imp_blank(imp_line_at(im, n + 1))) {
		const char *next = imp_skip_ws(imp_line_at(im, n + 1));
		imp_join_words(buf, cap, &len, next, to_sentence_end(next));
	}
}

/* In buf, "without" and then a word ending in -ing: "without returning",
 * "without causing". */
static int without_doing(const char *buf)
{
	const char *from, *w, *v, *e;

	for (from = buf; (w = imp_find_word(from, "without")) != NULL; from = w + 7) {
		v = imp_skip_ws(w + 7);
		for (e = v; isalpha((unsigned char)*e); e++)
			;
		if (e - v > 4 && strncasecmp(e - 3, "ing", 3) == 0)
			return 1;
	}
	return 0;
}

/* The clause of line n (s) that ends at p says it is not so: "you do not
 * receive an exception 0E", "no longer causes an exception 0E", "display
 * the image without returning an ASP 0131 error" ("without" only before a
 * verb's -ing: "servers without the update stop with ..." deny nothing).
 * The clause starts past the last ". ", "," or ";" before p, on the line
 * above when this one has none (a body line); "If the agent is not
 * loaded, an exception 0E error occurs" is the exception's own clause
 * only. */
static int clause_negates(const struct imp *im, size_t n, const char *s, const char *p)
{
	char buf[512];
	size_t len = 0;
	const char *q = p;

	buf[0] = '\0';
	while (q > s && !(q[-1] == ',' || q[-1] == ';' || (q[-1] == '.' && (*q == ' ' || *q == '\t'))))
		q--;
	if (q == s && n > im->a->body_first && n < im->a->body_end && !imp_blank(imp_line_at(im, n - 1))) {
		const char *above = imp_line_at(im, n - 1), *a = above + strlen(above);
		while (a > above && !(a[-1] == ',' || a[-1] == ';' || (a[-1] == '.' && (*a == ' ' || *a == '\0'))))
			a--;
		imp_join_words(buf, sizeof buf, &len, a, strlen(a));
	}
	imp_join_words(buf, sizeof buf, &len, q, (size_t)(p - q));
	return imp_says_negation(buf) || imp_find_word(buf, "no longer") != NULL || without_doing(buf);
}

/* "OE", "Od": a blue screen's exception typed with the letter O for its
 * zero (7 archive articles: "Fatal Exception OE", "Error: OE: 0028:...");
 * not the word "of". */
static int letter_o_for_zero(const char *d)
{
	return (d[0] == 'O' || d[0] == 'o') && isxdigit((unsigned char)d[1]) && !isdigit((unsigned char)d[1]) &&
	       d[1] != 'f' && d[1] != 'F' && !isalnum((unsigned char)d[2]);
}

/* The blue screen's exception at d: two hex digits, or the letter O
 * and one (*letter_o set); 1 with the number in *code, else 0. */
static int exception_digits(const char *d, uint32_t *code, int *letter_o)
{
	*letter_o = letter_o_for_zero(d);
	if ((!isxdigit((unsigned char)d[0]) && !*letter_o) || !isxdigit((unsigned char)d[1]))
		return 0;
	*code = (uint32_t)((*letter_o ? 0 : kb_hex_digit(d[0])) << 4 | kb_hex_digit(d[1]));
	return 1;
}

/* c, after "Exception" (at p on line n, s): the processor's exception
 * that Windows 95's blue screen names, two hex digits with no 0x.  After
 * "Fatal": "0E", or "Error 06".  Without it only where the sentence is
 * the blue screen's ("An exception 0E has occurred at 0028:...", "an
 * exception 0E error may occur") or Windows 98's dialog's, the digits
 * with the assembler's hex suffix before "in module" ("caused an
 * exception 10H in module X"): "exception 13" in prose about a program
 * (in a module or not), "Exception 01  The tape is ..." in a program's
 * table of its own exceptions, stay the keyword's (decimal) reading, and
 * "exception error 12" is EMM386's, decimal.  How far c reaches to the
 * digits' end and suffix (0 when it is no blue screen's), the number in
 * *code. */
static size_t blue_screen_exception(const struct imp *im, size_t n, const char *s, const char *p, const char *c,
				    uint32_t *code, int *letter_o)
{
	const char *d = c, *e;
	int fatal = imp_word_before_is(s, p, fatal_word);
	char rest[512];
	size_t h;       /* 1 with the hex suffix */

	if (fatal && imp_starts_word(d, "error"))
		d = imp_skip_ws(d + strlen("error"));
	/* (Windows 98's "caused an exception 10H in module X": the
	 * assembler's hex suffix) */
	h = d[0] != '\0' && d[1] != '\0' && (d[2] == 'h' || d[2] == 'H') ? 1 : 0;
	if (!exception_digits(d, code, letter_o) || isalnum((unsigned char)d[2 + h]) || d[2 + h] == '_')
		return 0;
	if (!fatal) {
		/* the digits right after the word, then "error", "in
		 * module" or an "occurred at" in the same sentence */
		if (d != imp_skip_ws(p + strlen("exception")))
			return 0;
		sentence_after(im, n, d + 2 + h, rest, sizeof rest);
		e = rest;
		if (*e == '"' || *e == '\'')
			e++;
		if (!imp_starts_word(imp_skip_ws(e), "error") && !(h && imp_starts_ci(imp_skip_ws(e), "in module ")) &&
		    imp_ci_find(rest, "occurred at") == NULL && imp_ci_find(rest, "occurs at") == NULL)
			return 0;
	}
	return (size_t)(d + 2 + h - c);
}

/* c, after "Error" (at p): Windows Me's blue screen, "Error: 0E : 0028 :
 * C000EC99", the processor's exception then the code segment (0028, the
 * system's) and the address.  How far c reaches over the exception's two
 * digits (0 when it is no such screen), the number in *code. */
static size_t me_blue_screen(const char *c, uint32_t *code, int *letter_o)
{
	const char *q;

	if (!exception_digits(c, code, letter_o))
		return 0;
	q = imp_skip_ws(c + 2);
	if (*q != ':' || !imp_starts_ci(imp_skip_ws(q + 1), "0028") || *imp_skip_ws(imp_skip_ws(q + 1) + 4) != ':')
		return 0;
	return 2;
}

/* p opens a bracket that holds a code and nothing else ("[234]",
 * "<183>", "[0x80004001]", "<<0xc0040000 - ...", Exchange's own form):
 * not a comparison ("rc <= 5", "status << 8"), a count ("[3 of 10]",
 * "[1/2]") or a time ("[10:42:07]").  Where the code starts, or NULL. */
static const char *bracketed_code(const char *p)
{
	char close = *p == '[' ? ']' : '>';
	const char *q = p + 1, *start;
	size_t n;

	if (*p != '[' && *p != '<')
		return NULL;
	if (p[0] == '<' && p[1] == '<' && imp_starts_ci(p + 2, "0x"))
		return p + 2;
	/* "Error [ 72]": MS Mail pads its codes to three places */
	while (*q == ' ')
		q++;
	start = q;
	if (*q == '-')
		q++;
	n = imp_starts_ci(q, "0x") ? 2 + strspn(q + 2, "0123456789abcdefABCDEF") : strspn(q, "0123456789abcdefABCDEF");
	/* "Unexpected error [0xc0040000 - The client operation failed": a
	 * status of eight hex digits opens the message the bracket holds */
	if (n == 10 && imp_starts_ci(q, "0x"))
		return start;
	return n > 0 && q[n] == close ? start : NULL;
}

/* The bracket at b ("[1]") also opens a line of the article, with a
 * sentence after it: a footnote's mark ("... after the error [1], ..." /
 * "[1] See the log."), not a code. */
static int footnote_mark(const struct imp *im, const char *b)
{
	size_t n, len = strcspn(b, "]") + 1;

	if (*b != '[' || b[len - 1] != ']')
		return 0;
	for (n = im->a->body_first; n < im->a->body_end; n++) {
		const char *t = imp_skip_ws(imp_line_at(im, n));
		if (strncmp(t, b, len) == 0 && (t[len] == ' ' || t[len] == '\t') &&
		    isalpha((unsigned char)*imp_skip_ws(t + len)))
			return 1;
	}
	return 0;
}

/* Where a code follows keyword k at p: skips fillers and ':', '=', '#',
 * '(' and a bracket that holds only a code ("Error [234] on ...", "ERROR
 * CODE <183>": 79 archive articles bracket a code after its keyword),
 * whose opening *bracket gives when bracket is not NULL (else NULL).
 * NULL when something else follows. */
static const char *after_keyword(const char *p, const char **bracket)
{
	const char *code;
	size_t i;
	int again = 1;

	if (bracket != NULL)
		*bracket = NULL;
	while (again) {
		again = 0;
		p = imp_skip_ws(p);
		if (*p == ':' || *p == '=' || *p == '(' || *p == '#') {
			p++;
			again = 1;
			continue;
		}
		if ((code = bracketed_code(p)) != NULL) {
			if (bracket != NULL)
				*bracket = p;
			p = code;
			again = 1;
			continue;
		}
		for (i = 0; code_fillers[i] != NULL; i++) {
			size_t n = strlen(code_fillers[i]);
			/* "Error code" ending the line: the code wraps */
			/* ("Exception code=C0000005", "Error code=4097": 58
			 * archive articles put '=' right after the filler) */
			if (strncasecmp(p, code_fillers[i], n) == 0 && !isalnum((unsigned char)p[n]) &&
			    (p[n] == ' ' || p[n] == ':' || p[n] == '=' || p[n] == '\t' || imp_blank(p + n))) {
				p += n;
				again = 1;
				break;
			}
		}
	}
	return p;
}

/* "duplicate key error - 1605", "Access violation - code c0000005",
 * "(error - 21)": after error, exception or violation, a dash standing
 * apart is a separator (26 codes in 24 archive drafts were missed so).
 * Where the code starts after it, or c when there is none to skip.  A
 * decimal of six digits or more after the dash is left alone: "Run-time
 * error - 2147467259 (80004005)" is a negative number written apart from
 * its sign (read by spaced_negative_hresult() when its hex form in
 * brackets says so; "error -1018", the dash on the number, is read as
 * negative where the code is read).  After "status" or "rc" the dash starts a
 * list ("-s status - 0 or 1") or a comment ("Myres.rc - 16 & 32 bit"). */
static const char *past_separating_dash(const char *c)
{
	const char *d;
	size_t digits;

	if (*c != '-' || (c[1] != ' ' && c[1] != '\t'))
		return c;
	d = after_keyword(c + 1, NULL);
	digits = strspn(d, "0123456789");
	if (digits == 0 && !imp_starts_ci(d, "0x") && !isxdigit((unsigned char)*d))
		return c;
	if (digits >= 6 && !isalnum((unsigned char)d[digits]))
		return c;
	return d;
}

/* "Run-time error - 2147467259 (80004005)": at c a dash standing apart,
 * ten digits, then in brackets the eight hex digits of the same number
 * as a negative 32-bit value (past_separating_dash() leaves so long a
 * number alone: only its hex form in brackets says it is negative).
 * Where the hex digits start, the value in *code; NULL when not so. */
static const char *spaced_negative_hresult(const char *c, uint32_t *code)
{
	const char *d, *h;
	unsigned long long v;
	uint32_t neg;

	if (c[0] != '-' || (c[1] != ' ' && c[1] != '\t'))
		return NULL;
	d = imp_skip_ws(c + 1);
	if (strspn(d, "0123456789") != 10)
		return NULL;
	v = strtoull(d, NULL, 10);
	h = imp_skip_ws(d + 10);
	if (v == 0 || v > 0x80000000ull || h == d + 10 || h[0] != '(' ||
	    strspn(h + 1, "0123456789abcdefABCDEF") != 8 || h[9] != ')')
		return NULL;
	neg = (uint32_t)(0x100000000ull - v);
	if ((uint32_t)strtoul(h + 1, NULL, 16) != neg)
		return NULL;
	*code = neg;
	return h + 1;
}

/* After "STOP" or "Stop" (kw, as written), the hex digits of a bug
 * check's code at c without its 0x: all eight ("STOP 0000001E", "Stop
 * 00000041"), or one to three ("STOP 7B", "Stop 44", read 0x44, never
 * decimal), a whole word with a digit (not "Stop CD Playing").  Their
 * count, or 0; after "stop" in lower case a number is prose's ("stop 2
 * services"), never a bug check's. */
static size_t stop_hex_run(const char *kw, const char *c)
{
	size_t k = strspn(c, "0123456789abcdefABCDEF");

	if ((strncmp(kw, "STOP", 4) != 0 && strncmp(kw, "Stop", 4) != 0) || k == 0 || isalnum((unsigned char)c[k]) ||
	    c[k] == '_' || strcspn(c, "0123456789") >= k)
		return 0;
	return k == 8 || k <= 3 ? k : 0;
}

/* The bug check's code after "STOP" (kw) at c as stop_hex_run() reads it,
 * written with its 0x ("0x7B"), its value in *code and the digits' count
 * in *digits; NULL when there is none. */
static const char *stop_hex_code(struct imp *im, const char *kw, const char *c, uint32_t *code, size_t *digits)
{
	if ((*digits = stop_hex_run(kw, c)) == 0)
		return NULL;
	*code = (uint32_t)strtoul(c, NULL, 16);
	return imp_fmt(im, "0x%.*s", (int)*digits, c);
}

/* The words after a code start past the marks that part them from it
 * ("0x80004005: Unspecified", "1130 - Not enough", "(...). The", "Run-time
 * error '13': Type mismatch", "Return code = 0x800704b1; The device is
 * ...", the quote closing the code). */
static const char *past_separators(const char *p)
{
	while (*p == ')' || *p == ',' || *p == ':' || *p == ';' || *p == '-' || *p == '.' || *p == ' ' ||
	       *p == '\t' || *p == '\'' || *p == '"')
		p++;
	return p;
}

/* s past the label of a field that opens it ("Exception: access
 * violation", "Error: Run-time error '3028'", Dr. Watson's and a
 * program's fields); s itself when there is none. */
static const char *past_field_label(const char *s)
{
	size_t l = imp_field_label_len(s);

	return l > 0 && s[l] == ' ' ? imp_skip_ws(s + l) : s;
}

/* p opens with the label of a field a program prints after a code on its
 * line (Dr. Watson's "Address:", a mail client's "Error Number:", a
 * script's "Source:"), which holds no message. */
static int next_field(const char *p)
{
	static const char *const labels[] = {
		"Address", "Error Number", "Error Code", "Number", "Source", "Line", "Column", "Facility",
		"Severity", "Protocol", "Port", "Server", "Time", "Date", NULL
	};
	size_t l = imp_field_label_len(p);

	return l > 1 && imp_word_in(p, l - 1, labels);
}

/* p opens with where a failure was, which differs from one machine to
 * the next and is no message: an address ("address 0x00405766", Dr.
 * Watson's "Address <number>", "address:0x0064897c"), a location ("at
 * 0x5003eaed", "at address ...", "at memory address ..."), a module ("in
 * ORA804.DLL @01B20002.", "in Win32k.sys"). */
static int where_it_failed(const char *p)
{
	static const char *const modules[] = { ".dll", ".exe", ".sys", ".drv", NULL };
	const char *w, *e;
	size_t i;

	/* (its value may be wrapped onto the next line) */
	if (imp_starts_ci(p, "address") && (p[7] == ' ' || p[7] == ':' || p[7] == '[' || p[7] == '\0')) {
		w = imp_skip_ws(p + 7 + (p[7] == ':'));
		return *w == '\0' || *w == '<' || *w == '[' || isxdigit((unsigned char)*w);
	}
	if (imp_starts_word(p, "at")) {
		w = imp_skip_ws(p + 2);
		return imp_starts_ci(w, "0x") || imp_starts_word(w, "address") || imp_starts_word(w, "location") ||
		       imp_starts_word(w, "memory");
	}
	if (!imp_starts_word(p, "in"))
		return 0;
	w = imp_skip_ws(p + 2);
	for (e = w; *e != '\0' && *e != ' ' && *e != ',' && *e != '(' && *e != ')'; e++)
		;
	while (e > w && e[-1] == '.')
		e--;
	for (i = 0; modules[i] != NULL; i++)
		if (e - w > 4 && strncasecmp(e - 4, modules[i], 4) == 0)
			return 1;
	return 0;
}

/* Line text p opens with words: a letter, or a quotation mark before one
 * ("Run-time error 10:" / "\"This Array is fixed or temporarily
 * locked\""). */
static int opens_words(const char *p)
{
	return isalpha((unsigned char)*p) || ((*p == '"' || *p == '\'') && isalpha((unsigned char)p[1]));
}

/* The l bytes at p, a line's words, without the quotation marks around
 * them all ("\"The network path was not found.\"", a stop after the
 * close too); quotes inside are kept ("'Visible' property can't be set
 * ..."). */
static const char *line_words(struct imp *im, const char *p, size_t l)
{
	size_t e = l;

	if (e > 0 && p[e - 1] == '.' && e > 1 && p[e - 2] == p[0])
		e--;
	if (l >= 3 && (p[0] == '"' || p[0] == '\'') && p[e - 1] == p[0] && memchr(p + 1, p[0], e - 2) == NULL)
		return imp_dupn(im, p + 1, e - 2);
	return imp_dupn(im, p, l);
}

/* The words w..e before a code name what raised it, as a web page's
 * script error does over its message on the next line: a script engine
 * or a data provider ("Microsoft VBScript runtime (0x800A01B6)",
 * "Microsoft OLE DB Provider for ODBC Drivers error '80004005'", "Microsoft
 * JET Database Engine", "ADODB.Recordset"). */
static int names_script_source(const char *w, const char *e)
{
	static const char *const last[] = { "runtime", "compilation", "Drivers", "Engine", "Provider", NULL };
	const char *s, *end;

	if (imp_starts_ci(w, "ADODB."))
		return 1;
	e = w + imp_rtrim_len(w, (size_t)(e - w));
	s = imp_word_before(w, e, IMP_WORD_LETTERS, &end);
	return end == e && end > s && imp_word_in(s, (size_t)(end - s), last);
}

/* Line p is another field of the block the code is in, not its message:
 * one next_field() names ("Address: ...") or an assignment ("Secondary_rc
 * = 010000F0", "TP name = ...").  A "Source:" field is left to
 * imp_plain_message(), which reads the box's "Description:" for it. */
static int field_line(const char *p)
{
	size_t k = strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_ ");

	return (next_field(p) && !imp_starts_ci(p, "Source:")) || (k > 0 && k <= 24 && p[k] == '=');
}

/* Line p opens with a field's label (imp_field_label_len()) other than
 * one whose field holds a message's text: "Method: release", "Line: 13";
 * not "Description: ...", nor "Source:", whose box imp_plain_message()
 * reads the "Description:" of (field_line()). */
static int other_field_line(const char *p)
{
	static const char *const texts[] = { "Description", "Message", "Text", "Explanation", "Error Description",
					     "Error Message", "Source", NULL };
	size_t l = imp_field_label_len(p);

	return l > 1 && !imp_word_in(p, l - 1, texts);
}

/* The title of a program's dialog that ends the words s..e, before
 * "ID no" ("Microsoft Exchange Administrator", "Microsoft Windows NT"):
 * the words s..e after the last sentence's end, or all of them, each
 * capitalised, the last not ending a sentence.  Its length, or 0 when
 * the words end otherwise. */
static size_t dialog_title_at(const char *s, const char *e)
{
	const char *t = s, *p;

	if (e == s || e[-1] == '.')
		return 0;
	for (p = s; p + 1 < e; p++)
		if (*p == '.' && p[1] == ' ')
			t = p + 1;
	while (t < e && (*t == ' ' || *t == '\t'))
		t++;
	if (t >= e)
		return 0;
	for (p = t; p < e; p++)
		if ((p == t || p[-1] == ' ') && *p != ' ' && !isupper((unsigned char)*p))
			return 0;
	return (size_t)(e - t);
}

/* Lines first..last (max at most) joined into b as a message the article
 * wraps over them: one space between, none after a word broken at its
 * hyphen ("timer-" / "based agent": "timer-based agent"); starts[] gets
 * each line's offset in b.  How many lines were joined. */
static size_t join_wrapped(struct imp *im, size_t first, size_t last, struct kb_buf *b, size_t *starts, size_t max)
{
	size_t n, k = 0;

	for (n = first; n <= last && n < im->a->body_end && k < max; n++) {
		const char *t = imp_skip_ws(imp_line_at(im, n));
		if (k > 0 && !(b->len >= 2 && b->p[b->len - 1] == '-' && isalpha((unsigned char)b->p[b->len - 2]) &&
			       islower((unsigned char)*t)))
			kb_buf_add(b, " ", 1);
		starts[k++] = b->len;
		kb_buf_add(b, t, imp_rtrim_len(t, strlen(t)));
	}
	if (b->oom)
		im->oom = 1;
	return k;
}

/* The text of lines first..last joined as join_wrapped() joins them (a
 * message the article wraps over them); NULL when they are more than 8. */
static const char *joined_lines(struct imp *im, size_t first, size_t last)
{
	struct kb_buf b = KB_BUF_INIT;
	size_t starts[8];
	const char *out = NULL;

	if (last < first || last - first >= 8)
		return NULL;
	join_wrapped(im, first, last, &b, starts, 8);
	if (!b.oom && b.len > 0)
		out = imp_dupn(im, b.p, imp_rtrim_len(b.p, b.len));
	kb_buf_free(&b);
	return out;
}

/* Line s leaves a single quote open: it holds an odd number of them
 * ("Server Response: '441 (442)", the reply going on below). */
static int leaves_quote_open(const char *s)
{
	int odd = 0;

	for (; *s != '\0'; s++)
		odd ^= *s == '\'';
	return odd;
}

/* A mail client's report of a failed connection, which Outlook Express
 * writes as its message and then a run of fields ("The connection to
 * the server has failed. Account: 'X', Server: 'Y', Protocol: SMTP, Port:
 * 25, Secure(SSL): No, Socket Error: 10061, Error Number: 0x800CCC0E"):
 * the paragraph holding line n (eight lines at most, up to the blank
 * lines around it, over one blank line inside a quoted reply), joined,
 * when it has the "Secure(SSL)" field; its first line in *first.  NULL
 * when line n is in no such report. */
static const char *mail_report(struct imp *im, size_t n, size_t *first)
{
	size_t last = n;
	const char *text;
	int crossed = 0;

	*first = n;
	for (;;) {
		while (*first > im->a->body_first && n - *first < 7 && !imp_blank(imp_line_at(im, *first - 1)))
			(*first)--;
		/* "Server Response: '441 (442)" / "" / "Article Rejected ...'":
		 * a blank line inside a quoted reply, the line above it set in
		 * as the report is and leaving the quote open */
		if (!crossed && *first >= im->a->body_first + 2 && n - *first < 6 &&
		    imp_blank(imp_line_at(im, *first - 1)) && !imp_blank(imp_line_at(im, *first - 2)) &&
		    imp_indent_of(imp_line_at(im, *first - 2)) == imp_indent_of(imp_line_at(im, *first)) &&
		    leaves_quote_open(imp_line_at(im, *first - 2))) {
			*first -= 2;
			crossed = 1;
			continue;
		}
		break;
	}
	while (last + 1 < im->a->body_end && last - *first < 7 && !imp_blank(imp_line_at(im, last + 1)))
		last++;
	if ((text = joined_lines(im, *first, last)) == NULL || strstr(text, "Secure(SSL)") == NULL)
		return NULL;
	return text;
}

/* The message of every code in the mail report holding line n
 * (mail_report()): the words before its first field ("Account",
 * "Subject", "Server"), when they end a sentence and start within
 * IMP_CITE_REACH lines above line n; NULL otherwise. */
static const char *mail_report_message(struct imp *im, size_t n)
{
	static const char *const fields[] = { "Account:", "Account '", "Account <", "Subject:", "Subject '",
					      "Subject <", "Server:", NULL };
	size_t first, i;
	const char *text, *f = NULL, *q;

	/* (a message further up than the cite reaches stays a person's) */
	if ((text = mail_report(im, n, &first)) == NULL || n - first > IMP_CITE_REACH)
		return NULL;
	text = imp_past_bullet(text);
	for (i = 0; fields[i] != NULL; i++)
		if ((q = strstr(text, fields[i])) != NULL && (f == NULL || q < f))
			f = q;
	if (f == NULL || f - text < 10 || f - text > 300)
		return NULL;
	while (f > text && (f[-1] == ' ' || f[-1] == ','))
		f--;
	/* (a colon: a lead-in joined above the report, "... the following:") */
	if (f == text || f[-1] != '.' || memchr(text, ':', (size_t)(f - text)) != NULL)
		return NULL;
	return imp_dupn(im, text, (size_t)(f - text));
}

/* The paragraph at line k that the code's line n, set off by its indent
 * (an article shows the screen so), leads to over a blank line ("System
 * error 1385 has occurred." / "" / "Logon failure: ..."): indented as
 * line n is, opening with a capital or a bracket, its lines joined to
 * the one that ends its sentence (four at most); NULL when there is no
 * such paragraph. */
static const char *paragraph_below(struct imp *im, size_t n, size_t k)
{
	size_t ind = imp_indent_of(imp_line_at(im, n)), last;
	const char *t;

	if (ind < 2 || k >= im->a->body_end || imp_blank(imp_line_at(im, k)) ||
	    imp_indent_of(imp_line_at(im, k)) != ind)
		return NULL;
	t = imp_skip_ws(imp_line_at(im, k));
	if (!isupper((unsigned char)*t) && *t != '[' && *t != '"')
		return NULL;
	/* (not a field, nor the next code of a list: "Error 6") */
	if (field_line(t) || imp_word_count(t, strlen(t)) < 3)
		return NULL;
	for (last = k; last < k + 3 && last + 1 < im->a->body_end; last++) {
		const char *nx = imp_line_at(im, last + 1);
		if (imp_ends_sentence(imp_line_at(im, last), strlen(imp_line_at(im, last))))
			break;
		if (imp_blank(nx) || imp_indent_of(nx) != ind)
			break;
	}
	return joined_lines(im, k, last);
}

/* Line s ends as a line of program code does: Visual Basic's " _"
 * continuation, or C's "{", ";", "(" or ",".  A message the program shows
 * ends with a word or its full stop. */
static int program_line_end(const char *s)
{
	size_t l = imp_rtrim_len(s, strlen(s));

	if (l == 0)
		return 0;
	return (l >= 2 && s[l - 1] == '_' && s[l - 2] == ' ') || s[l - 1] == '{' || s[l - 1] == ';' ||
	       s[l - 1] == '(' || s[l - 1] == ',';
}

/* "..., you receive run-time error 424:" over the program's message set
 * in under it ("   "Object required""): the code ends its line, a colon
 * after it (after, past the code, holds only that), and the next line
 * but a blank opens a block indented deeper than the code's line.  The
 * block's first sentence (three lines at most, its quotes left off), or
 * NULL.  A block that opens with "Error" (the next code of a list), leads
 * in again, holds a quote inside or runs past 200 characters is left
 * alone. */
static const char *message_below(struct imp *im, size_t n, const char *after)
{
	struct kb_buf b = { 0 };
	size_t j, k, ind, l;
	const char *t, *msg = NULL, *end;

	t = imp_skip_ws(after);
	if (*t != ':' || !imp_blank(t + 1))
		return NULL;
	for (j = n + 1; j < im->a->body_end && j <= n + 2 && imp_blank(imp_line_at(im, j)); j++)
		;
	if (j > n + 2 || j >= im->a->body_end || imp_blank(imp_line_at(im, j)) ||
	    (ind = imp_indent_of(imp_line_at(im, j))) <= imp_indent_of(imp_line_at(im, n)) || ind < 3)
		return NULL;
	/* a message opens with a letter or its quote: not "9322: MSExchangeMTA"
	 * (an event's header), "[0003]" or "{" */
	t = imp_skip_ws(imp_line_at(im, j));
	if (!isalpha((unsigned char)*t) && *t != '"')
		return NULL;
	for (k = j; k < im->a->body_end && k < j + 3 && !imp_blank(imp_line_at(im, k)) &&
		    imp_indent_of(imp_line_at(im, k)) >= ind; k++)
		if (program_line_end(imp_line_at(im, k)))
			return NULL;
	imp_join_lines(im, j, k - 1, &b, (size_t[3]){ 0 }, 3);
	if (b.oom || b.p == NULL) {
		kb_buf_free(&b);
		return NULL;
	}
	/* the first sentence: up to ". " (or the block's end) */
	end = strstr(b.p, ". ");
	l = end != NULL ? (size_t)(end + 1 - b.p) : imp_rtrim_len(b.p, b.len);
	t = b.p;
	if (l >= 2 && t[0] == '"' && t[l - 1] == '"') {
		t++;
		l -= 2;
	} else if (l >= 3 && t[0] == '"' && t[l - 1] == '.' && t[l - 2] == '"') {
		t++;
		l -= 3;
	}
	if (l >= 3 && l <= 200 && memchr(t, '"', l) == NULL && (msg = imp_dupn(im, t, l)) != NULL &&
	    (leads_in(msg) || imp_starts_ci(msg, "error")))
		msg = NULL;
	kb_buf_free(&b);
	return msg;
}

/* A dialog's title on line s alone, between its text and the "ID no"
 * line ("Microsoft Exchange Administrator", "Microsoft Windows NT",
 * "Setup"): five capitalised words at most, no sentence's end but after
 * "Microsoft ..." ("Microsoft Exchange Administrator.").  With ms, only
 * a title naming Microsoft (one above a dialog's text is a window's). */
static int title_line(const char *s, int ms)
{
	const char *t = imp_skip_ws(s);
	size_t l = imp_rtrim_len(t, strlen(t));
	int microsoft = imp_starts_ci(t, "Microsoft ");

	if (microsoft && l > 0 && t[l - 1] == '.')
		l--;
	return l > 0 && (microsoft || !ms) && imp_word_count(t, l) <= 5 && dialog_title_at(t, t + l) == l;
}

/* The dialog's text m without a title wrapped onto its last line ("...
 * has not completed. Microsoft Exchange directory" before "ID no", "...
 * in this organization Microsoft Exchange" / "Administrator ID no"):
 * the words from the last " Microsoft" on, four at most with no stop,
 * after a sentence's end or all capitalised. */
static const char *without_wrapped_title(struct imp *im, const char *m)
{
	const char *t = NULL, *q, *w;

	if (m == NULL)          /* (out of memory: im->oom refuses the article) */
		return NULL;
	for (q = m; (q = strstr(q, " Microsoft")) != NULL; q++)
		t = q;
	if (t == NULL || t == m || strchr(t, '.') != NULL || imp_word_count(t, strlen(t)) > 4)
		return m;
	if (t[-1] != '.')
		for (w = t + 1; *w != '\0'; w++)
			if (w[-1] == ' ' && *w != ' ' && !isupper((unsigned char)*w))
				return m;
	return imp_dupn(im, m, imp_rtrim_len(m, (size_t)(t - m)));
}

/* The text of the dialog whose "ID no" (or "NT ID") line is n: the lines
 * above it in its block (indented as it is, six at most, the first after a
 * blank line or a lead-in ending ':'), past the title on the line above
 * and one blank line after a title ("The user is in the wrong state for
 * this operation." / "Microsoft Exchange Administrator" / "ID no:
 * c1031d9c"), then the words b..pre on line n before the title and the
 * keyword.  Exchange Setup's "Processing file 'x.ins', at or near line
 * 122" above the message is its progress, not the message.  NULL when
 * the block above holds no text. */
static const char *dialog_text_above(struct imp *im, size_t n, const char *b, const char *pre, int titled)
{
	static const char *const message_labels[] = { "Description", "Message", "Message Text", "Error", NULL };
	size_t ind = imp_indent_of(imp_line_at(im, n)), k, first, j;
	const char *m;
	int labelled = 0;

	if (ind < 2 || n <= im->a->body_first)
		return NULL;
	k = n - 1;
	/* (a title alone on its line: one naming Microsoft, or after a
	 * sentence's end or a blank line, not the end of a sentence wrapped
	 * onto it: "... the Microsoft Exchange" / "Private Information Store") */
	if (b == pre && title_line(imp_line_at(im, k), 0) && imp_indent_of(imp_line_at(im, k)) == ind &&
	    k > im->a->body_first &&
	    (title_line(imp_line_at(im, k), 1) || imp_blank(imp_line_at(im, k - 1)) ||
	     imp_ends_sentence(imp_line_at(im, k - 1), strlen(imp_line_at(im, k - 1))))) {
		k--;
		titled = 1;
	}
	if (titled && b == pre && imp_blank(imp_line_at(im, k)) && k > im->a->body_first)
		k--;
	if (imp_blank(imp_line_at(im, k)) || imp_indent_of(imp_line_at(im, k)) != ind || title_line(imp_line_at(im, k), 1))
		return NULL;
	for (first = k; first > im->a->body_first && k - first < 5; first--) {
		const char *up = imp_line_at(im, first - 1);
		size_t ul = imp_rtrim_len(up, strlen(up));
		if (imp_blank(up) || imp_indent_of(up) != ind || up[ul - 1] == ':')
			break;
	}
	/* (a block longer than a dialog's text is a listing or a log) */
	if (first > im->a->body_first && !imp_blank(imp_line_at(im, first - 1)) &&
	    imp_indent_of(imp_line_at(im, first - 1)) == ind && k - first >= 5)
		return NULL;
	/* the block's top may hold what is not the message: Setup's
	 * progress, the window's title, an event's fields ("Window Title:
	 * ...", "Source: ..."); a field that holds the message ("ERROR:
	 * Your upgrade did not complete ...", "Description: ...") opens it,
	 * without its label */
	for (j = first; j <= k; j++) {
		const char *t = imp_skip_ws(imp_line_at(im, j));
		size_t fl = imp_field_label_len(t);
		if (fl > 0 && imp_word_in(t, fl - 1, message_labels) && !imp_blank(t + fl)) {
			first = j;
			labelled = 1;
		} else if (imp_starts_ci(t, "Processing file") || title_line(t, 1) || fl > 0) {
			first = j + 1;
			labelled = 0;
		}
	}
	if (first > k || (m = joined_lines(im, first, k)) == NULL)
		return NULL;
	if (labelled)
		m = imp_skip_ws(m + imp_field_label_len(m));
	if (pre > b)
		m = imp_fmt(im, "%s %.*s", m, (int)(pre - b), b);
	return without_wrapped_title(im, m);
}

/* The length of the constant's name at p, min bytes at least: capitals
 * and digits, words joined by '_' ("RPC_S_CALL_FAILED",
 * "KMODE_EXCEPTION_NOT_HANDLED"), opening with a capital; 0 when p holds
 * none. */
static size_t constant_name(const char *p, size_t min)
{
	size_t l = strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

	return l >= min && isupper((unsigned char)p[0]) && memchr(p, '_', l) != NULL && p[l - 1] != '_' ? l : 0;
}

/* A bug check's symbolic name at p ("KMODE_EXCEPTION_NOT_HANDLED", as
 * the blue screen prints it after the code): a constant's name, not a
 * registry root ("HKEY_LOCAL_MACHINE") nor a file's name
 * ("DISPLAY_DRIVER.SYS"), nor glued to lower-case words.  Its length, or
 * 0. */
static size_t bug_check_name(const char *p)
{
	size_t l = constant_name(p, 8);

	if (l == 0 || strncmp(p, "HKEY_", 5) == 0 || isalnum((unsigned char)p[l]) || p[l] == '\\' ||
	    (p[l] == '.' && isalnum((unsigned char)p[l + 1])))
		return 0;
	return l;
}

/* p past a bug check's parameters and what parts them from its code:
 * "(0xC0000005, 0xA0036FC2, ...)", ": a0cd0000 00000000" (the blue
 * screen's own layout), one group of each.  *open says a bracket is open
 * across lines: set when p's opens and does not close, and p's line is
 * then read from past the ')' that closes it ("0x00000000)PFN_LIST_
 * CORRUPT"). */
static const char *past_stop_parameters(const char *p, int *open)
{
	const char *e;
	size_t h;

	p = imp_skip_ws(p);
	if (*open) {
		if ((e = strchr(p, ')')) == NULL)
			return p;
		p = imp_skip_ws(e + 1);
		*open = 0;
	}
	if (*p == '(') {
		if ((e = strchr(p, ')')) == NULL) {
			*open = 1;
			return p + strlen(p);
		}
		p = imp_skip_ws(e + 1);
	}
	while (*p == ':' || *p == ',' || *p == '-')
		p = imp_skip_ws(p + 1);
	/* hex parameters with no brackets ("00000050 : a0cd0000 00000000") */
	for (;;) {
		size_t x = imp_starts_ci(p, "0x") ? 2 : 0;
		h = strspn(p + x, "0123456789abcdefABCDEF");
		if (h == 0 || (x == 0 && h != 8) || (p[x + h] != '\0' && p[x + h] != ' ' && p[x + h] != ','))
			break;
		p = imp_skip_ws(p + x + h + (p[x + h] == ','));
	}
	return p;
}

/* The name of the bug check whose code "STOP" names on line n (after: the
 * text after the code): after its parameters on that line, or opening the
 * next line (past parameters wrapped onto it: "(0x00000000,...)NO_MORE_
 * SYSTEM_PTES"), one blank line between at most, as the blue screen and
 * the articles lay it out; NULL when other words come first.  The name is
 * the message: the address and driver after it ("*** Address a002339e has
 * base at ...", "- TCPIP.SYS") differ from one machine to the next. */
static const char *stop_name(struct imp *im, size_t n, const char *after)
{
	int open = 0;
	const char *p = past_stop_parameters(after, &open);
	size_t k = n, l, blanks = 0;

	for (;;) {
		if ((l = bug_check_name(p)) > 0)
			return imp_dupn(im, p, l);
		if (*p != '\0' || ++k >= im->a->body_end || k > n + 3)
			return NULL;
		p = imp_line_at(im, k);
		if (imp_blank(p)) {
			if (++blanks > 1 || open)
				return NULL;
			p = "";
			continue;
		}
		p = past_stop_parameters(p, &open);
	}
}

/* p opens with a field of a run of them: one to four words, the first
 * capitalised, a colon, then its value on the same line ("Object at
 * fault: 06000035.", "Procedure: 138"). */
static int labelled_value(const char *p)
{
	const char *q = p;
	int words = 0;

	if (!isupper((unsigned char)*p))
		return 0;
	while (words < 4 && isalnum((unsigned char)*q)) {
		while (isalnum((unsigned char)*q) || *q == '_' || *q == '-')
			q++;
		words++;
		if (*q == ':')
			return q[1] == ' ' && q[2] != '\0' && q[2] != ' ';
		if (*q != ' ')
			return 0;
		q++;
	}
	return 0;
}

/* Line s is running text, as an article's own sentences are printed: it
 * starts at the margin (what a program prints, the article sets in). */
static int running_text(const char *s)
{
	return !imp_blank(s) && imp_indent_of(s) == 0;
}

/* Right after the code (at after), a double quote closes one the line
 * opened before it: ""Object Error 325" Occurs ...", not "run-time error
 * 424 "Object Required"" (the quote after a space opens the words). */
static int quote_closed(const char *line, const char *after)
{
	return *after == '"' && imp_in_quotation(line, after);
}

/* The words w..e end with a verb that hands on what follows ("reports",
 * "will display", "Event Viewer logs"). */
static int ends_telling(const char *w, const char *e)
{
	static const char *const tells[] = { "report", "reports", "reported", "display", "displays", "log", "logs",
					     "show", "shows", "receive", "receives", "get", "gets", NULL };
	const char *v, *ve;

	v = imp_word_before(w, e, IMP_WORD_LETTERS, &ve);
	return v != NULL && ve > v && imp_word_in(v, (size_t)(ve - v), tells);
}

/* The message for a code named at line n: the words after it, or before
 * the keyword, or the next line ("STOP 0x0000009A" / "SYSTEM_LICENSE_
 * VIOLATION").  Sets *loose when it is a guess a person must check. */
static const char *code_message_words(struct imp *im, size_t n, const char *line, const char *kw,
				      const char *after)
{
	const char *p = past_separators(after), *e, *b, *w, *q;
	size_t l, h;

	if ((imp_starts_ci(kw, "stop") || imp_starts_ci(kw, "bug")) && (q = stop_name(im, n, after)) != NULL)
		return q;
	/* "... Socket Error: 10061, Error Number: 0x800CCC0E": a mail
	 * client's report, whose message opens it */
	if ((q = mail_report_message(im, n)) != NULL)
		return q;
	/* "80040C15-F0000000.", "8004011c-0521-00000000": the Exchange
	 * status's own numbers after it are no words of its message */
	while ((h = strspn(p, "0123456789abcdefABCDEF")) >= 4 && (p[h] == '-' || p[h] == '.' || p[h] == '\0') &&
	       strspn(p, "0123456789") < h + (p[h] == '\0'))
		p = past_separators(p + h + (p[h] != '\0'));

	if (*p == '(') {
		/* "0x0014 (LUA_UNSUCCESSFUL)", "10009 (WSAEBADF)": the code's
		 * symbol (Windows Sockets' have no '_') */
		if ((l = constant_name(p + 1, 4)) == 0 && strncmp(p + 1, "WSA", 3) == 0)
			l = strspn(p + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
		if (l >= 4 && p[1 + l] == ')')
			return imp_dupn(im, p + 1, l);
		e = strchr(p, ')');
		/* "Exception number: c0000005 (access violation)": Dr.
		 * Watson's log names the exception in lower case in brackets
		 * after its code, ending the line; the message is the line
		 * from the keyword, as the log holds it */
		if (e != NULL && e - p > 2 && imp_starts_ci(kw, "exception number") && islower((unsigned char)p[1]) &&
		    strspn(p + 1, "abcdefghijklmnopqrstuvwxyz ") == (size_t)(e - p - 1) && imp_blank(e + 1))
			return imp_dupn(im, kw, (size_t)(e + 1 - kw));
		/* "{WIN32:5(Access is denied.)}": the message in the
		 * brackets, when they open with a word and nothing but their
		 * close follows */
		if (e != NULL && e - p > 8 && isupper((unsigned char)p[1]) && islower((unsigned char)p[2]) &&
		    memchr(p, ' ', (size_t)(e - p)) != NULL && strspn(e + 1, "}'\". ") == strlen(e + 1))
			return imp_dupn(im, p + 1, imp_rtrim_len(p + 1, (size_t)(e - p - 1)));
		/* else what follows them: "STOP 0x0000001E (0xC0000005,
		 * ...)" (the parameters), "&H80004005 (-2147467259).
		 * Unspecified error." */
		p = e != NULL ? past_separators(e + 1) : p + strlen(p);
	}
	l = imp_rtrim_len(p, strlen(p));
	/* ", Address: 0x019985e9", ", Error Number: 0x800CCC0D": the next
	 * field of the line, not the code's message, which the words before
	 * the code give, unless the code is a field's value too ("Server
	 * Error: 441, Error Number: 0x800CCCA9": the line is a run of fields
	 * and holds no message); after a code that is a field's value, any
	 * label opens the next field ("Database error code: 2111. Object at
	 * fault: 06000035.", labelled_value()) */
	if (next_field(p) || (memchr(kw, ':', (size_t)(after - kw)) != NULL && labelled_value(p))) {
		if (memchr(kw, ':', (size_t)(after - kw)) != NULL)
			return NO_MESSAGE;
		l = 0;
	} else if (imp_starts_word(kw, "violation") && where_it_failed(p)) {
		l = 0;
	}
	/* "The event log shows RemoteAccess Error # 20078:" over a blank
	 * line: the colon ending the line leads in to the paragraph below,
	 * which holds the message: indented as the code's line, or set in
	 * under a line of prose (message_below()) */
	if (l == 0 && (h = imp_rtrim_len(after, strlen(after))) > 0 && after[h - 1] == ':' &&
	    (n + 1 >= im->a->body_end || imp_blank(imp_line_at(im, n + 1))))
		return (q = paragraph_below(im, n, n + 2)) != NULL || (q = message_below(im, n, after)) != NULL ?
			       q : LEAD_IN_MESSAGE;
	/* "System error 1130 has occurred." / "Not enough server storage
	 * is available ...": the NET command's wrapper, the message on the
	 * next line */
	h = imp_starts_ci(p, "has occurred") ? 12 : imp_starts_ci(p, "has occured") ? 11 : 0;
	if (h > 0 && !imp_blank(p + h + (p[h] == '.' || p[h] == ':')))
		h = 0;          /* (words after it: "has occurred (internal ID ...). Contact ...") */
	if (h > 0 && n + 1 < im->a->body_end && isupper((unsigned char)*imp_skip_ws(imp_line_at(im, n + 1)))) {
		const char *nx = imp_skip_ws(imp_line_at(im, n + 1));
		return imp_dupn(im, nx, imp_rtrim_len(nx, strlen(nx)));
	}
	/* (or over a blank line, as NET prints it; "occured" as some
	 * articles spell it) */
	if (h > 0 && n + 1 < im->a->body_end && imp_blank(imp_line_at(im, n + 1)) &&
	    (q = paragraph_below(im, n, n + 2)) != NULL)
		return q;
	/* (an ODBC driver's message opens with its makers in brackets:
	 * "[Microsoft][ODBC SQL Server Driver] ...") */
	if (l >= 6 && (isalpha((unsigned char)*p) || (*p == '[' && strstr(p, "][") != NULL))) {
		/* in running text, a sentence after the code's, or words after
		 * the quote that closed the code, are the article's: "...
		 * terminates with an access violation of 0xC0000005. Windows NT
		 * displays STOP", ""Object Error 325" Occurs While Your Custom
		 * Setup Program Is Running" */
		if (running_text(line) && (memchr(after, '.', (size_t)(p - after)) != NULL || quote_closed(line, after)) &&
		    !leads_in(p))
			return PROSE_MESSAGE;
		return imp_dupn(im, p, l);
	}
	/* "Run-time error '5':" over "Invalid procedure call or argument":
	 * a colon ending the line after the code leads in to the message */
	if (l == 0 && memchr(after, ':', (size_t)(p - after)) != NULL && n + 1 < im->a->body_end &&
	    opens_words(imp_skip_ws(imp_line_at(im, n + 1)))) {
		p = imp_skip_ws(imp_line_at(im, n + 1));
		return line_words(im, p, imp_rtrim_len(p, strlen(p)));
	}
	e = kw;
	while (e > line && (e[-1] == ' ' || e[-1] == '(' || e[-1] == ':'))
		e--;
	/* "Exception: access violation (0xc0000005)", "Error: MAPI MapiSend
	 * Failed: 21": the keyword ends the exception's name or the failure,
	 * which is the message */
	if (imp_starts_word(kw, "violation"))
		e = kw + 9;
	else if (imp_starts_word(kw, "failed"))
		e = kw + 6;
	/* words, not one or two before "error": "Run-time" in "Run-time
	 * error '3251'" over "Feature not available", "Windows NT error
	 * 0xc0020002", "TN3270E Service Error 505" name the kind of error or
	 * what raised it, the next line its message; a field's label before
	 * them ("Error: Run-time error '3028'") is not one of the words,
	 * though the message keeps it ("Exception: access violation", as Dr.
	 * Watson prints it) */
	b = imp_skip_ws(line);
	w = past_field_label(b);
	/* "The frob is in the wrong state for this operation." / "Microsoft
	 * Exchange Administrator" / "ID no: c1031d9c": the dialog's text on
	 * the lines above, with the words before the title on this one (e is
	 * before b when the keyword opens the line) */
	if (imp_starts_ci(kw, "id no") || imp_starts_ci(kw, "nt id")) {
		q = e > b ? e : b;
		h = dialog_title_at(b, q);
		q = b + imp_rtrim_len(b, (size_t)(q - b) - h);
		if ((q = dialog_text_above(im, n, b, q, h > 0)) != NULL)
			return q;
	}
	/* "The object is not valid. Microsoft Exchange Administrator ID no:
	 * c1035b3c" with no text above: a dialog's text, then its title
	 * before "ID no"; the title alone, or after words whose sentence
	 * began on the line above, gives no message */
	if ((imp_starts_ci(kw, "id no") || imp_starts_ci(kw, "nt id")) && (h = dialog_title_at(b, e)) > 0) {
		if (h == (size_t)(e - b) || (n > im->a->body_first && !imp_blank(imp_line_at(im, n - 1))))
			return NO_MESSAGE;
		e = b + imp_rtrim_len(b, (size_t)(e - b) - h);
	}
	/* "Locality Table (LTAB) index: 73, NT/MTA error code: 1783": the
	 * words before are the fields before the code's, no message */
	if (e > w && (q = memchr(w, ':', (size_t)(e - w))) != NULL && memchr(q, ',', (size_t)(e - q)) != NULL)
		return NO_MESSAGE;
	if (e - w >= 8 && memchr(w, ' ', (size_t)(e - w)) != NULL && !names_script_source(w, e) &&
	    !(imp_starts_word(kw, "error") && imp_word_count(w, (size_t)(e - w)) <= 2))
		/* "When you are viewing a PCI device in Device Manager, it may
		 * report error code 29": in running text, words ending with a
		 * verb that hands the code on say who shows it, not what */
		return running_text(line) && ends_telling(w, e) ? PROSE_MESSAGE : imp_dupn(im, b, (size_t)(e - b));
	if (n + 1 < im->a->body_end && !imp_blank(imp_line_at(im, n + 1))) {
		p = imp_skip_ws(imp_line_at(im, n + 1));
		l = imp_rtrim_len(p, strlen(p));
		/* "Error: 1945" over "Method: release": the code is a field's
		 * value and the next line another field, not its text */
		if (l >= 4 && (opens_words(p) || *p == '[') && !field_line(p) &&
		    !(imp_field_label_len(b) > 0 && other_field_line(p)))
			return line_words(im, p, l);
	}
	/* "System Error 71", "Error: 3862", "Microsoft VBScript runtime error
	 * '800a03e3'" / "" / "Unknown runtime error": the code ends a line of
	 * its own (a blank line above: not the last of a block of fields,
	 * "Status: 0xC0050013"), after two words at most or what raised it,
	 * and the message is the paragraph below, unless that is a title */
	if (imp_blank(after) && n > im->a->body_first && imp_blank(imp_line_at(im, n - 1)) &&
	    (e <= w || imp_word_count(w, (size_t)(e - w)) <= 2 || names_script_source(w, e)) &&
	    n + 1 < im->a->body_end && imp_blank(imp_line_at(im, n + 1)) &&
	    (q = paragraph_below(im, n, n + 2)) != NULL && !title_line(q, 1))
		return q;
	return NO_MESSAGE;
}

/* Words read for a message that end by leading in to what follows ("The
 * stack trace might look like the following:", "The error message is:",
 * "this is defined as:", "... reads as follows:") introduce the text
 * below them. */
static int leads_in(const char *m)
{
	static const char *const last[] = { "is", "as", "are", "that", "below", "follows", NULL };
	size_t l = imp_rtrim_len(m, strlen(m));
	const char *w, *e;

	if (l < 2 || m[l - 1] != ':')
		return 0;
	w = imp_word_before(m, m + l - 1, IMP_WORD_LETTERS, &e);
	return (e > w && e == m + l - 1 && imp_word_in(w, (size_t)(e - w), last)) || imp_find_word(m, "following") != NULL;
}

/* code_message_words(), unless its words lead in to what follows them:
 * then the sentences before the lead-in's ("Fatal error during
 * installation. The log shows the following:"), or none. */
static const char *code_message(struct imp *im, size_t n, const char *line, const char *kw,
				const char *after)
{
	const char *m = code_message_words(im, n, line, kw, after), *cut = NULL, *q;

	/* (out of memory copying the words: im->oom refuses the article) */
	if (m == NULL)
		return NO_MESSAGE;
	if (strcmp(m, NO_MESSAGE) == 0 || !leads_in(m))
		return m;
	for (q = m; (q = strstr(q, ". ")) != NULL; q++)
		cut = q;
	if (cut != NULL && !leads_in(imp_dupn(im, m, (size_t)(cut + 1 - m))))
		return imp_dupn(im, m, (size_t)(cut + 1 - m));
	return LEAD_IN_MESSAGE;
}

/* Lines from..to joined into buf (cap bytes), line to only up to end
 * (NULL: whole).  0 when they do not fit. */
static int join_lines(struct imp *im, size_t from, size_t to, const char *end, char *buf, size_t cap)
{
	size_t len = 0, k, l;
	const char *t;

	buf[0] = '\0';
	for (k = from; k <= to; k++) {
		t = imp_past_bullet(imp_line_at(im, k));
		l = k == to && end != NULL ? (end > t ? (size_t)(end - t) : 0) : imp_rtrim_len(t, strlen(t));
		if (l > 0 && !imp_join_words(buf, cap, &len, t, l))
			return 0;
	}
	return 1;
}

/* The message of a code named by "NET HELPMSG N" at kw (line n, after:
 * past the code): the words the command prints, written after it ("NET
 * HELPMSG 2182 displays the following: The requested ..."), else the
 * message that pointed to the command: the paragraph's words before
 * "More help is available by typing", or the paragraph above when that
 * line stands alone.  NULL when neither gives a message (code_message()
 * then guesses). */
static const char *helpmsg_message(struct imp *im, size_t n, const char *kw, const char *after)
{
	const char *f = imp_ci_find(after, "following"), *t, *cut, *colon;
	char para[512];
	size_t k, last, pf, pl, m;

	/* "... you receive the following" / "message:": the label wraps */
	if (f != NULL && strchr(f, ':') == NULL && imp_blank(f + strcspn(f, " \t")) && n + 1 < im->a->body_end &&
	    (colon = strchr(t = imp_line_at(im, n + 1), ':')) != NULL && imp_blank(colon + 1) && colon - t < 40)
		n++, f = colon;
	if (f != NULL && (colon = strchr(f, ':')) != NULL) {
		if (strlen(t = imp_skip_ws(colon + 1)) >= 6)
			return imp_dupn(im, t, imp_rtrim_len(t, strlen(t)));
		/* "... you receive the following message:" then the message
		 * set apart below */
		for (m = n + 1; m < im->a->body_end && m <= n + 2 && imp_blank(imp_line_at(im, m)); m++)
			;
		if (m > n + 1 && m < im->a->body_end && isupper((unsigned char)*(t = imp_skip_ws(imp_line_at(im, m)))))
			return imp_dupn(im, t, imp_rtrim_len(t, strlen(t)));
		return NULL;
	}
	imp_paragraph_of(im, n, &k, &last);
	if (!join_lines(im, k, n, kw, para, sizeof para))
		return NULL;
	if ((cut = imp_ci_find(para, "More help")) == NULL && (cut = imp_ci_find(para, "typing NET")) == NULL)
		return NULL;
	/* "More help is ..." alone: the message is the paragraph above */
	if (cut == para && imp_paragraph_above(im, k, &pf, &pl)) {
		if (!join_lines(im, pf, pl, NULL, para, sizeof para))
			return NULL;
		cut = para + strlen(para);
	}
	/* "... delete". There is more help available by typing" */
	if (cut - para >= 9 && strncasecmp(cut - 9, "There is ", 9) == 0)
		cut -= 9;
	/* the quote that held the message, and its full stop outside it */
	while (cut > para && (strchr(" -\"'", cut[-1]) != NULL ||
			      (cut[-1] == '.' && cut - 1 > para && cut[-2] == '"')))
		cut--;
	/* the message opens the paragraph or follows a colon, not a
	 * sentence of the article's that leads to it */
	colon = memchr(para, ':', (size_t)(cut - para));
	t = colon != NULL ? imp_skip_ws(colon + 1) : para;
	if (*t == '"' || *t == '\'')
		t = imp_skip_ws(t + 1);
	if (cut - t < 6 || !isupper((unsigned char)*t))
		return NULL;
	return imp_dupn(im, t, (size_t)(cut - t));
}

/* The review note for SNA sense code `code`; once it is on the list, no
 * other reader drafts the same number as an error from that article. */
static const char *sense_note(struct imp *im, uint32_t code)
{
	return imp_fmt(im, "0x%X is an SNA sense code, a protocol reply, not an error code (labelling guide section 3): add it only if the technician sees it as the failure",
		       (unsigned)code);
}

static int sense_noted(struct imp *im, uint32_t code)
{
	const char *note = sense_note(im, code);

	return note != NULL && mentioned(im, note);
}

/* A code the article shows once its fix is applied (why, imp_after_fix()'s
 * answer for line n): listed once for a person, not drafted. */
static void after_fix_review(struct imp *im, size_t n, int why, const char *p, size_t clen)
{
	const char *note = why == 3 ?
		imp_fmt(im, "error %.*s is brought by the article's own change or procedure (done wrong, left half done, or an option's design: the article says so around it), not a symptom: add it only if the technician sees it",
			(int)clen, p) :
		imp_fmt(im, why == 2 ?
			"error %.*s is given as normal or expected (the article says so around it), not a symptom: add it only if the technician sees it" :
			"error %.*s is reported once the fix is applied (the article says so around it), not a symptom: add it only if the technician sees it",
			(int)clen, p);

	if (note != NULL && !mentioned(im, note))
		imp_review(im, n, T_SYMPTOMS, 0, note);
}

/* The products a web server's or browser's article names: an HTTP
 * status there is the server's reply. */
static int web_article(const struct imp *im)
{
	static const char *const web[] = { "Internet Information Server", "Internet Information Services",
					   "IIS", "Personal Web Server",
					   "FrontPage", "Internet Explorer", "Proxy Server", "Site Server",
					   "Outlook Web Access", NULL };
	const struct kb_article *a = im->a;
	size_t i, k;

	for (i = 0; web[i] != NULL; i++) {
		if ((a->title != NULL && imp_find_word(a->title, web[i]) != NULL) ||
		    (a->product != NULL && imp_find_word(a->product, web[i]) != NULL))
			return 1;
		for (k = 0; k < a->n_products; k++)
			if (imp_find_word(a->products[k].name, web[i]) != NULL)
				return 1;
	}
	return 0;
}

/* One of reasons, a whole phrase, at m past the brackets, quotes and
 * punctuation that part a status from its reason ("404 - Not Found",
 * "200 (OK)", "403: \"Forbidden\"").  With alone, the phrase must also
 * end there (a bracket, a quote, a stop or the line's end: "201 Created
 * file is empty" is no reason phrase). */
static int reason_phrase_at(const char *m, const char *const *reasons, int alone)
{
	size_t i, l;

	m = imp_skip_ws(m);
	while (*m == ',' || *m == '-' || *m == ':' || *m == '"' || *m == '(' || *m == ' ')
		m++;
	for (i = 0; reasons[i] != NULL; i++) {
		l = strlen(reasons[i]);
		if (strncasecmp(m, reasons[i], l) == 0 && !isalnum((unsigned char)m[l]) &&
		    (!alone || m[l] == '\0' || strchr(")\"'.,;", m[l]) != NULL))
			return 1;
	}
	return 0;
}

/* An HTTP status's reason phrase at m ("Not Found", "Forbidden"), as
 * RFC 7231 names them (501's among them): strings the articles print. */
static int http_reason(const char *m)
{
	static const char *const reasons[] = { "Bad Request", "Unauthorized", "Forbidden", "Not Found",
					       "Object Not Found", "Method Not Allowed", "Not Acceptable",
					       "Proxy Authentication Required", "Request Timeout",
					       "Request Time-out", "Internal Server Error", "Not Implemented",
					       "Bad Gateway", "Service Unavailable", "Gateway Timeout",
					       "Access Forbidden", "Access Denied", "Not Supported",
					       "Authentication Required", NULL };

	return reason_phrase_at(m, reasons, 0);
}

/* A success's or a redirect's reason phrase at m, as RFC 7231 names them:
 * "Status: 200 OK", "the status code is 302 (Found)".  Such a status is
 * the server's answer that all went well, never an error code. */
static int http_success_reason(const char *m)
{
	static const char *const reasons[] = { "OK", "Continue", "Created", "Accepted", "No Content",
					       "Partial Content", "Moved Permanently", "Moved Temporarily",
					       "Object Moved", "Found", "See Other", "Not Modified",
					       "Temporary Redirect", NULL };

	return reason_phrase_at(m, reasons, 1);
}

/* "FTP error 425", "SMTP Error 499": before the code at p in line, a
 * mail or file protocol's name and the word for its reply.  The
 * protocol's name, or NULL. */
static const char *protocol_before(const char *line, const char *p)
{
	static const char *const protocols[] = { "FTP", "SMTP", "NNTP", "POP3", "IMAP4", "IMAP", "SMB", NULL };
	static const char *const replies[] = { "error", "reply", "response", "status", "code", NULL };
	const char *e = p, *w;
	size_t i;

	while (e > line && (e[-1] == ' ' || e[-1] == ':'))
		e--;
	for (w = e; w > line && isalpha((unsigned char)w[-1]); w--)
		;
	if (w == e || !imp_word_in(w, (size_t)(e - w), replies))
		return NULL;
	for (e = w; e > line && e[-1] == ' '; e--)
		;
	/* "Server Message Block (SMB) Error 231": the name in brackets */
	if (e > line && e[-1] == ')')
		e--;
	for (w = e; w > line && isalnum((unsigned char)w[-1]); w--)
		;
	if (*e == ')' && (w == line || w[-1] != '('))
		return NULL;
	for (i = 0; protocols[i] != NULL; i++)
		if ((size_t)(e - w) == strlen(protocols[i]) && strncasecmp(w, protocols[i], (size_t)(e - w)) == 0)
			return protocols[i];
	return NULL;
}

/* In a mail client's report (mail_report(): "Account: 'X', Server: 'Y',
 * Protocol: SMTP, Server Response: '550 Requested action not taken',
 * Port: 25, Secure(SSL): No, Server Error: 550, Error Number:
 * 0x800CCC79"), the "Server Error" is the server's reply, the "Error
 * Number" the client's own code.  The code at p on line n follows "Server
 * Error:" (wrapped between its words too: "..., Server" / "Error:554,")
 * in a report whose "Protocol:" field names a mail or news protocol:
 * that protocol's name, or NULL.  "SNA Server Error: 546" and "SQL Server
 * Error: 4002" are in no report. */
static const char *protocol_field_before(struct imp *im, size_t n, const char *line, const char *p)
{
	static const char *const protocols[] = { "SMTP", "NNTP", "POP3", "IMAP4", "IMAP", NULL };
	const char *e = p, *f, *report;
	size_t first, i;

	while (e > line && (e[-1] == ' ' || e[-1] == ':'))
		e--;
	if ((size_t)(e - line) < 12 || strncasecmp(e - 12, "Server Error", 12) != 0) {
		const char *t = imp_skip_ws(line), *above;
		size_t al;
		if (e - t != 5 || strncasecmp(t, "Error", 5) != 0 || n <= im->a->body_first)
			return NULL;
		above = imp_line_at(im, n - 1);
		al = imp_rtrim_len(above, strlen(above));
		if (al < 7 || strncasecmp(above + al - 6, "Server", 6) != 0 || isalpha((unsigned char)above[al - 7]))
			return NULL;
	}
	if ((report = mail_report(im, n, &first)) == NULL)
		return NULL;
	for (f = report; (f = imp_ci_find(f, "Protocol:")) != NULL; f += 9) {
		const char *v = imp_skip_ws(f + 9);
		if (*v == '\'')
			v++;
		for (i = 0; protocols[i] != NULL; i++) {
			size_t l = strlen(protocols[i]);
			if (strncasecmp(v, protocols[i], l) == 0 && !isalnum((unsigned char)v[l]))
				return protocols[i];
		}
	}
	return NULL;
}

/* Code (written as p, clen bytes, on line n) is a server's reply in its
 * protocol, which the labelling guide leaves out as it does SMTP's 550:
 * three digits after a protocol's name ("FTP error 425") or after "Server
 * Error:" in a report whose "Protocol:" field names one
 * (protocol_field_before()), or an HTTP status, 400-505 with "HTTP" on
 * its line or the lines around it, a reason phrase after it, or in a web
 * product's article.  The protocol's name, or NULL. */
static const char *reply_protocol(struct imp *im, size_t n, const char *p, size_t clen, uint32_t code)
{
	size_t m;
	const char *line = imp_line_at(im, n), *proto, *q;
	char digits[4];

	if (clen != 3 || strspn(p, "0123456789") != 3 || code < 100 || code > 599)
		return NULL;
	memcpy(digits, p, 3);
	digits[3] = '\0';
	/* (p may be a copy: the code is looked for in the line) */
	for (q = line; (q = strstr(q, digits)) != NULL; q += 3)
		if ((q == line || !isalnum((unsigned char)q[-1])) && !isalnum((unsigned char)q[3]) &&
		    ((proto = protocol_before(line, q)) != NULL || (proto = protocol_field_before(im, n, line, q)) != NULL))
			return proto;
	/* (a success's or a redirect's status only with its reason phrase
	 * and where the web is spoken of: "Frob error 201: Created file is
	 * empty" is a product's own error) */
	if (code > 505 || (code < 400 && !http_success_reason(p + 3)))
		return NULL;
	/* "Run-time Error '429'": a program's own error, whatever the
	 * article's product */
	if (imp_ci_find(line, "run-time") != NULL || imp_ci_find(line, "runtime") != NULL ||
	    imp_ci_find(line, "Error Number") != NULL)
		return NULL;
	if ((code >= 400 && http_reason(p + 3)) || web_article(im))
		return "HTTP";
	for (m = n > im->a->body_first ? n - 1 : n; m <= n + 1 && m < im->a->body_end; m++)
		if (strstr(imp_line_at(im, m), "HTTP") != NULL)
			return "HTTP";
	return NULL;
}

/* code as a whole token in s: no letter or digit on either side ("2" is
 * not in "32" nor in "Win32"). */
static int names_code(const char *s, const char *code)
{
	size_t l = strlen(code);
	const char *p;

	for (p = s; l > 0 && (p = imp_ci_find(p, code)) != NULL; p += l)
		if ((p == s || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[l]))
			return 1;
	return 0;
}

/* The error code at p (clen bytes) on line n is shown as an example of
 * what a setting or a tool gives: "return a more detailed error message
 * such as: ... (80040111)", then "the error number returned in the error
 * message, in this example, 80040111".  An article that reports no
 * problem (no SYMPTOMS section), outside its CAUSE, whose title does not
 * name the code, with a line of the code's own section that says "this
 * example" and names the code.  Only a code of four characters or more:
 * "this example uses 2 servers" names no error 2.  As for events
 * (kbimport_events.c), what a how-to shows is no symptom. */
static int shown_as_example(const struct imp *im, size_t n, const char *p, size_t clen)
{
	const struct kb_article *a = im->a;
	const struct kb_article_section *sec = imp_section_of(im, n);
	char code[24];
	const char *bare;
	size_t m;

	if (clen < 4 || clen >= sizeof code || imp_has_symptoms_section(a) || sec == NULL ||
	    imp_in_symptoms_or_cause(im, n))
		return 0;
	/* the code as written, with or without its "0x" ("(80040111)" is
	 * read as 0x80040111) */
	snprintf(code, sizeof code, "%.*s", (int)clen, p);
	bare = imp_starts_ci(code, "0x") ? code + 2 : code;
	if (a->title != NULL && (names_code(a->title, code) || names_code(a->title, bare)))
		return 0;
	for (m = sec->first_line; m < sec->end_line && m < a->body_end; m++) {
		const char *s = imp_line_at(im, m);
		if (imp_ci_find(s, "this example") != NULL && (names_code(s, code) || names_code(s, bare)))
			return 1;
	}
	return 0;
}

/* The words of text from..to (a sentence), lower case, outside double
 * quotes (a quoted message's own words are not the article's: "Too few
 * parameters. Expected 1"), into w[] (at most max, each cut to 15
 * letters); how many, and in *before how many start before mark. */
static size_t words_outside_quotes(const char *from, const char *to, const char *mark, char (*w)[16], size_t max,
				   size_t *before)
{
	size_t n = 0, k;
	int quoted = 0;

	*before = 0;
	while (from < to && n < max) {
		if (*from == '"')
			quoted = !quoted;
		if (!isalpha((unsigned char)*from)) {
			from++;
			continue;
		}
		if (from < mark)
			*before = n + !quoted;
		for (k = 0; from < to && isalpha((unsigned char)*from); from++)
			if (k < 15)
				w[n][k++] = (char)tolower((unsigned char)*from);
		w[n][k] = '\0';
		if (!quoted)
			n++;
	}
	return n;
}

/* The sentence that holds the code at p (line n) says the code is what
 * should happen, not what went wrong: "the driver should return error
 * 22002", "You should get a MIDL error 2311" ("should", then a verb of
 * getting before the code, not "should not"), "fails as expected with
 * error 10061", "the expected error message is "Error 53: ..."", "as
 * would be expected" (not "is expected to": "The new ID is expected to
 * be large" says nothing of the code).  The sentence (imp_sentence_at())
 * is read outside quotes.  (A reader may hand in the code
 * from a copy of the line: it is then found on the line by its text.) */
static int said_expected(struct imp *im, size_t n, const char *p, size_t clen)
{
	static const char *const gets[] = { "get", "receive", "return", "produce", "fail", "see", "generate",
					    "display", "raise", "give", "report", "show", "appear", NULL };
	static const char *const turns[] = { "but", "instead", "however", "although", "yet", NULL };
	static const char *const expects[] = { "error", "errors", "message", "result", "results", "behavior",
					       "behaviour", NULL };
	size_t nb, nw, i, j;
	struct kb_buf b = { 0 };
	const char *t = imp_line_at(im, n), *at, *from, *to;
	char w[48][16], code[24];
	int found = 0;

	if (p < t || p >= t + strlen(t)) {
		if (clen >= sizeof code)
			return 0;
		memcpy(code, p, clen);
		code[clen] = '\0';
		if ((p = strstr(t, code)) == NULL)
			return 0;
	}
	if (!imp_sentence_at(im, n, p, &b, &from, &to, &at)) {
		kb_buf_free(&b);
		return 0;
	}
	nw = words_outside_quotes(from, to, at, w, 48, &nb);
	for (i = 0; i < nb && !found; i++)
		if (strcmp(w[i], "should") == 0 && i + 1 < nb && strcmp(w[i + 1], "not") != 0)
			for (j = i + 1; j < nb && j <= i + 3 && !found; j++)
				found = imp_word_in(w[j], strlen(w[j]), gets);
	/* "should fail with error 2120 but instead produces an error 6700":
	 * the sentence turns to what happens */
	for (; found && i < nb; i++)
		found = !imp_word_in(w[i], strlen(w[i]), turns);
	for (i = 1; i < nw && !found; i++)
		if (strcmp(w[i], "expected") == 0 &&
		    (strcmp(w[i - 1], "as") == 0 || strcmp(w[i - 1], "be") == 0 ||
		     (strcmp(w[i - 1], "the") == 0 && i + 1 < nw && imp_word_in(w[i + 1], strlen(w[i + 1]), expects))))
			found = !(i + 1 < nw && strcmp(w[i + 1], "to") == 0);
	kb_buf_free(&b);
	return found;
}

static void expected_review(struct imp *im, size_t n, const char *p, size_t clen)
{
	/* (once per line: several readers may read the code) */
	imp_review_once(im, n, T_SYMPTOMS,
			imp_fmt(im, "error %.*s: the words around it say it is what should happen (expected), not what went wrong: add it only if the technician sees it",
				(int)clen, p));
}

static void example_review(struct imp *im, size_t n, const char *p, size_t clen)
{
	imp_review(im, n, T_SYMPTOMS, 0,
		   imp_fmt(im, "error %.*s is shown as an example (the article has no SYMPTOMS section, and the words around it say so), not a symptom: add it only if the technician sees it",
			   (int)clen, p));
}

/* "Error 80010108 Automation Error": eight decimal digits opening with 8
 * are a failed HRESULT printed without 0x (as %08X prints it), not
 * eighty million. */
static int hresult_digits(const char *p, size_t clen)
{
	return clen == 8 && p[0] == '8' && strspn(p, "0123456789") == 8;
}

/* Code p (clen long) on line n is a server's protocol reply
 * (reply_protocol()): listed for a person, not drafted.  1 when it is. */
static int reply_reviewed(struct imp *im, size_t n, const char *p, size_t clen, uint32_t code)
{
	const char *proto = reply_protocol(im, n, p, clen, code), *what;

	if (proto == NULL)
		return 0;
	what = strcmp(proto, "HTTP") == 0 ? "a web server's protocol reply (HTTP)" :
	       imp_fmt(im, "a server's reply in the %s protocol", proto);
	/* (once per line: the keyword readers may read the line again) */
	if (what != NULL)
		imp_review_once(im, n, T_SYMPTOMS,
				imp_fmt(im, "status %.*s is %s, not an error code a log of the machine holds: write the symptom by hand if the rule needs it",
					(int)clen, p, what));
	return 1;
}

/* add_code_worded()'s flags.  CODE_OWN_WORDS: the reader made the
 * message from the words that name the code ("exception 0E", the blue
 * screen's only words), which are no sentence to be cut from; otherwise
 * imp_plain_message() judges them.  CODE_HEX_DIGITS: the code is hex
 * even when written of digits only (where it stands says so). */
#define CODE_OWN_WORDS  1u
#define CODE_HEX_DIGITS 2u
/* CODE_ZERO_FAULT: 0 is the processor's exception 00 (a divide error) on
 * Windows 95's blue screen, a fault, not the success 0 is elsewhere. */
#define CODE_ZERO_FAULT 4u

/* Line s is a program's test of a value: a control word opens it ("CASE
 * error = 2", "IF nError == 5", "ElseIf Err = 53 Then") and a comparison
 * follows.  Such a line is program code wherever it stands (Q115731's
 * FoxPro error handler has no marks around it). */
static int program_test_line(const char *s)
{
	static const char *const words[] = { "CASE", "IF", "ELSEIF", "ELSE IF", "WHILE", "DO WHILE", "WHEN", NULL };
	const char *t = imp_skip_ws(s), *q;
	size_t i, l;

	for (i = 0; words[i] != NULL; i++) {
		l = strlen(words[i]);
		if (strncasecmp(t, words[i], l) == 0 && (t[l] == ' ' || t[l] == '\t' || t[l] == '('))
			break;
	}
	if (words[i] == NULL)
		return 0;
	for (q = t + l; *q != '\0'; q++)
		if (*q == '=' || (*q == '<' && q[1] == '>') || (*q == '!' && q[1] == '='))
			return 1;
	return 0;
}

/* Code p (clen long) on line n sits in a program listing the article
 * marks ("********* START CODE ****" ... "END CODE"): the sample's own
 * statement or return value ("ERROR 21" raising an error in a Visual
 * FoxPro class), which the labels leave out as program code.  Listed for
 * a person then; 1 when so. */
static int in_sample_program(struct imp *im, size_t n, const char *p, size_t clen)
{
	if (!imp_in_code_sample(im, n))
		return 0;
	imp_review_once(im, n, T_SYMPTOMS,
			imp_fmt(im, "code %.*s is in the article's sample program (between its marks for the start and the end of the code), not a message the machine shows: add it only if the technician sees it",
				(int)clen, p));
	return 1;
}

/* Code p (clen long) on line n sits in a statement of program code that
 * no listing mark holds, told by its comment: "throw Exception(-1,
 * "error");   // should be ...", "LEVEL_MAX = 0xFFFFFFFF; // Maximum
 * ...", "hr = FrobOpen(name);  /" "* returns 0x80070005 *" "/" (a ';'
 * then a comment: never prose; a code in the comment is the statement's
 * return value); on a Basic or C listing's comment line; after a
 * comparison's "=="; or on a line that tests a value
 * (program_test_line()).  p may be a copy of the code made elsewhere (the
 * readers that add 0x to a bare HRESULT): only a p inside line n is
 * looked at beside it.  Listed for a person; 1 when so. */
static int in_commented_statement(struct imp *im, size_t n, const char *p, size_t clen)
{
	const char *s = imp_line_at(im, n), *c, *q;
	uintptr_t at = (uintptr_t)p, from = (uintptr_t)s;

	/* "      ' The error is 2474 if no control is active.": a Basic
	 * program's comment line, indented in its listing (9 archive
	 * drafts; the labels leave each out or review it); "   // if the
	 * return code is 1264", "   /" "* ... *" "/": a C or C++ listing's,
	 * which no prose opens with */
	c = imp_skip_ws(s);
	if (imp_indent_of(s) >= 2 &&
	    ((c[0] == '\'' && c[1] == ' ') || strncmp(c, "REM ", 4) == 0 || (c[0] == '/' && (c[1] == '/' || c[1] == '*')))) {
		imp_review_once(im, n, T_SYMPTOMS,
				imp_fmt(im, "code %.*s is in a comment of a program's listing (a line opening with ', REM, // or /*), not a message the machine shows: add it only if the technician sees it",
					(int)clen, p));
		return 1;
	}
	/* "if (display.secondary_rc ==  3019964416)": a value a program
	 * compares, in a listing's condition */
	if (at > from && at <= from + strlen(s)) {
		for (q = p; q > s && (q[-1] == ' ' || q[-1] == '\t'); q--)
			;
		if (q - s >= 2 && q[-1] == '=' && q[-2] == '=') {
			imp_review_once(im, n, T_SYMPTOMS,
					imp_fmt(im, "code %.*s is a value a program compares ('=='), not a message the machine shows: add it only if the technician sees it",
						(int)clen, p));
			return 1;
		}
	}
	/* "CASE error = 2": a program's test of the value, a control word
	 * opening the line */
	if (program_test_line(s)) {
		imp_review_once(im, n, T_SYMPTOMS,
				imp_fmt(im, "code %.*s is a value a program line tests ('%s'), not a message the machine shows: add it only if the technician sees it",
					(int)clen, p, imp_skip_ws(s)));
		return 1;
	}

	for (c = s; (c = strchr(c, '/')) != NULL; c++) {
		if (c[1] != '/' && c[1] != '*')
			continue;
		for (q = c; q > s && (q[-1] == ' ' || q[-1] == '\t'); q--)
			;
		if (q > s && q[-1] == ';') {
			imp_review_once(im, n, T_SYMPTOMS,
					imp_fmt(im, "code %.*s is in a statement of program code (a line ending in ';' and a comment, '//' or '/*'), not a message the machine shows: add it only if the technician sees it",
						(int)clen, p));
			return 1;
		}
	}
	return 0;
}

/* "109 (hex)": the code p (clen long) is hex digits the words after it
 * call hex, however it reads. */
static int marked_hex(const char *p, size_t clen)
{
	const char *m = p + clen;

	return strspn(p, "0123456789abcdefABCDEF") >= clen && (*m == ' ' || *m == '(') &&
	       strncasecmp(m + (*m == ' '), "(hex)", 5) == 0;
}

/* Words a wrapped line of a program's message cannot end on: the line
 * goes on below. */
static const char *const wrap_words[] = { "a", "an", "the", "to", "of", "in", "for", "with", "and", "or", "at", "by",
					  "from", "on", "that", "is", "was", NULL };

/* Line a's sentence goes on at line b (the next): a does not end with a
 * stop or a colon, and b opens in lower case or is one word of letters
 * alone ("... for component SMS Programs" / "Manager"), or a ends with a
 * comma, a hyphen, an open bracket or a word no sentence ends on ("...
 * failed with" / "error code 2L ..."). */
static int line_goes_on(const char *a, const char *b)
{
	size_t l = imp_rtrim_len(a, strlen(a)), bl;
	const char *w, *e;

	if (l == 0 || strchr(".!?:", a[l - 1]) != NULL)
		return 0;
	b = imp_skip_ws(b);
	bl = imp_rtrim_len(b, strlen(b));
	if (islower((unsigned char)*b) || strchr(",-(", a[l - 1]) != NULL ||
	    (bl > 1 && strspn(b, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") == bl))
		return 1;
	w = imp_word_before(a, a + l, IMP_WORD_LETTERS, &e);
	return e == a + l && e > w && imp_word_in(w, (size_t)(e - w), wrap_words);
}

/* The paragraph of prose above the indented block around line n (past
 * other blocks and "-or-" between) ends with a colon: it leads in to the
 * block, which shows what a program prints or logs ("... the following
 * error message:", "... may record the following in the DIRSYNC.LOG
 * file:", "The following event is logged:").  Looser than
 * quoted_message_line(), which wants a lead-in that names a message:
 * tried in its place, it lost 104 archive messages read from logs and
 * events (recall on the labels 72.6% -> 69.5%). */
static int block_led_in(const struct imp *im, size_t n)
{
	size_t k;

	for (k = n; k > im->a->body_first && n - k < 25; k--) {
		const char *s = imp_line_at(im, k - 1), *t = imp_skip_ws(s);
		if (imp_blank(s) || imp_indent_of(s) >= 2 || strspn(t, "-orOR ") == imp_rtrim_len(t, strlen(t)))
			continue;
		return imp_ends_with_colon(t);
	}
	return 0;
}

/* Text t holds a time or a date ("13:42:45", "8/27/1997"): a log line's
 * or a report's, which no other machine's holds. */
static int holds_time(const char *t)
{
	const char *q;
	size_t a, b;

	for (q = t; *q != '\0'; q++) {
		if (!isdigit((unsigned char)*q) || (q > t && isdigit((unsigned char)q[-1])))
			continue;
		a = strspn(q, "0123456789");
		if ((q[a] == ':' || q[a] == '/') && a <= 2 && (b = strspn(q + a + 1, "0123456789")) >= 1 && b <= 2 &&
		    q[a + 1 + b] == q[a])
			return 1;
	}
	return 0;
}

/* The l bytes at m, holding a code at c, are a program's sentence, not
 * a log line's fields nor a code's label: they open with a letter or a
 * bracket (not a time stamp, "-[Exiting ...", "~Copying ..."), hold no
 * time or date, name no event ("Event ID 1000 userenv ...") nor dialog
 * ("... ID no: ..."), the code is no bug check's ("STOP 0x0000001E
 * (...)": stop_name() reads those), they hold one field at most
 * ("Conversion error: 4096, Object at fault: ...", "SQLSTATE = 37000
 * NativeError = 102") and no "-or-" (two messages), and three words of
 * letters besides the words that label a code ("System error 224
 * occurred.", "SNA Server - Error # 1003" say only that there is one). */
static int sentence_of_words(struct imp *im, const char *m, size_t l, const char *c)
{
	static const char *const code_words[] = { "error", "code", "rc", "status", "err", "number", "no",
						  "occurred", "occured", "has", "returned", NULL };
	const char *w, *e, *q, *text;
	size_t words = 0, fields = 0, i;

	if (!isalpha((unsigned char)*m) && *m != '[')
		return 0;
	w = imp_word_before(m, c, IMP_WORD_LETTERS, &e);
	if (e > w && e + 1 >= c && imp_starts_ci(w, "stop"))
		return 0;
	for (i = 0; i + 1 < l; i++)
		if ((m[i] == ':' && m[i + 1] == ' ') || (m[i] == '=' && i > 0 && m[i - 1] == ' '))
			fields++;
	if (fields >= 2)
		return 0;
	if ((text = imp_dupn(im, m, l)) == NULL)
		return 0;
	if (imp_ci_find(text, "event id") != NULL || imp_ci_find(text, "id no") != NULL ||
	    imp_ci_find(text, "nt id") != NULL || holds_time(text) || imp_ci_find(text, " -or- ") != NULL)
		return 0;
	for (q = text; *q != '\0'; q = e) {
		while (*q != '\0' && !isalpha((unsigned char)*q))
			q++;
		for (e = q; isalpha((unsigned char)*e); e++)
			;
		if (e - q >= 2 && (*e == '\0' || !isalnum((unsigned char)*e)) && !imp_word_in(q, (size_t)(e - q), code_words))
			words++;
		while (*e != '\0' && isalnum((unsigned char)*e))
			e++;
	}
	return words >= 3;
}

/* Where the words after a code (at p) go on to where the failure was
 * (where_it_failed(): ", address:0x0064897c", " at address ...", " in
 * Services.exe"): the comma or blank before it; NULL when they do not. */
static const char *address_after(const char *p)
{
	const char *q;

	for (q = p; *q != '\0'; q++)
		if ((*q == ',' || *q == ' ') && where_it_failed(imp_skip_ws(q + (*q == ','))))
			return q;
	return NULL;
}

/* The sentence a program prints the code p (clen long, on line n) in,
 * when the article shows it in an indented block it leads in to with a
 * colon ("AppRegisterI returned error 1058 for component Hardware
 * Inventory Agent", "The error 0x80040115 was encountered while trying to
 * communicate with" / "the message store.", "OpenProcess failed,
 * LastError = 0x57"): the line's sentence joined over the lines it is
 * wrapped on (four at most), from the stop before the code to the one
 * after it, without a field's label opening it ("Description: ...").
 * NULL when the line is no sentence: a field and its value ("Error Code =
 * 0xffffffff"), or fewer than three words besides the code. */
static const char *sample_sentence(struct imp *im, size_t n, const char *p, size_t clen)
{
	const char *s = imp_line_at(im, n), *t, *from, *to, *q;
	size_t first = n, last = n, starts[4], at, l;
	struct kb_buf b = KB_BUF_INIT;
	const char *out = NULL;

	if (imp_indent_of(s) < 2 || (uintptr_t)p < (uintptr_t)imp_skip_ws(s) || (uintptr_t)p > (uintptr_t)(s + strlen(s)) ||
	    !block_led_in(im, n))
		return NULL;
	while (first > im->a->body_first && n - first < 3 && imp_indent_of(imp_line_at(im, first - 1)) >= 2 &&
	       !imp_blank(imp_line_at(im, first - 1)) && line_goes_on(imp_line_at(im, first - 1), imp_line_at(im, first)))
		first--;
	while (last + 1 < im->a->body_end && last - first < 3 && imp_indent_of(imp_line_at(im, last + 1)) >= 2 &&
	       !imp_blank(imp_line_at(im, last + 1)) && line_goes_on(imp_line_at(im, last), imp_line_at(im, last + 1)))
		last++;
	join_wrapped(im, first, last, &b, starts, 4);
	if (b.oom || b.len == 0) {
		kb_buf_free(&b);
		return NULL;
	}
	t = b.p;
	at = starts[n - first] + (size_t)(p - imp_skip_ws(s));
	if (at + clen > b.len) {
		kb_buf_free(&b);
		return NULL;
	}
	for (from = t + at; from > t; from--)
		if (from - t >= 2 && from[-1] == ' ' && strchr(".!?", from[-2]) != NULL)
			break;
	from += imp_field_label_len(from) > 0 && from[imp_field_label_len(from)] == ' ' ? imp_field_label_len(from) : 0;
	from = imp_skip_ws(from);
	for (to = t + at + clen; *to != '\0' && !(strchr(".!?", *to) != NULL && (to[1] == ' ' || to[1] == '\0')); to++)
		;
	if (*to != '\0')
		to++;
	l = imp_rtrim_len(from, (size_t)(to - from));
	/* (where it failed, ", Address 0x01dec73c", ", address:0x0064897c",
	 * "at address [0x77f3cbcd]", differs from one machine to the next) */
	if ((q = address_after(t + at + clen)) != NULL && (uintptr_t)q < (uintptr_t)(from + l))
		l = imp_rtrim_len(from, (size_t)(q - from));
	if ((uintptr_t)from <= (uintptr_t)(t + at) && l <= 300 && sentence_of_words(im, from, l, t + at))
		out = imp_dupn(im, from, l);
	kb_buf_free(&b);
	return out;
}

/* The symbolic name of the code p (clen long, on line n) when the article
 * gives it as the code's own words: before the code in its bracket
 * ("STATUS_ACCOUNT_RESTRICTION (0xC000006E)", "MAPI_E_NOT_FOUND(8004010F)"),
 * or in a bracket opening the next line when the code ends its own ("...
 * error code 1726" / "(RPC_S_CALL_FAILED). This happens ...").  Capitals,
 * digits and '_', a '_' in it; NULL when there is none. */
static const char *code_symbol(struct imp *im, size_t n, const char *p, size_t clen)
{
	const char *s = imp_line_at(im, n), *q, *w;
	size_t l;

	if ((uintptr_t)p <= (uintptr_t)s || (uintptr_t)p > (uintptr_t)(s + strlen(s)))
		return NULL;
	q = p;
	if (q > s && q[-1] == '(') {
		for (q--; q > s && q[-1] == ' '; q--)
			;
		for (w = q; w > s && (isupper((unsigned char)w[-1]) || isdigit((unsigned char)w[-1]) || w[-1] == '_'); w--)
			;
		if ((l = constant_name(w, 6)) == (size_t)(q - w) && l > 0 && (w == s || !isalnum((unsigned char)w[-1])))
			return imp_dupn(im, w, l);
	}
	q = p + clen;
	while (*q == ')' || *q == '.' || *q == ',' || *q == ' ')
		q++;
	if (*q != '\0' || n + 1 >= im->a->body_end)
		return NULL;
	q = imp_skip_ws(imp_line_at(im, n + 1));
	if (*q == '(' && (l = constant_name(q + 1, 6)) > 0 && q[1 + l] == ')')
		return imp_dupn(im, q + 1, l);
	return NULL;
}

/* No message was read by the code: none there, or the article's own
 * words (PROSE_MESSAGE); the program's line may still give one. */
static int none_read(const char *plain)
{
	return strcmp(plain, NO_MESSAGE) == 0 || strcmp(plain, PROSE_MESSAGE) == 0;
}

/* Code p (clen long) on line n, with the message an error reader took
 * for it. */
static void add_code_worded(struct imp *im, size_t n, const char *p, size_t clen, uint32_t code,
			    int neg, const char *message, unsigned flags)
{
	struct imp_error *er;
	const char *plain = message, *fragment = NULL, *whole = NULL, *whole_fragment;
	int why, hex_digits = (flags & CODE_HEX_DIGITS) != 0;

	if (!neg && (hresult_digits(p, clen) || marked_hex(p, clen)))
		hex_digits = 1;
	if (hex_digits)
		code = (uint32_t)strtoul(p, NULL, 16);

	/* "with status 0x0", "return code 0", "error 0 at offset 5": 0 is
	 * ERROR_SUCCESS, STATUS_SUCCESS and S_OK, a success, not a symptom */
	if ((code == 0 && !(flags & CODE_ZERO_FAULT)) || has_error(im, code) || has_event_id(im, code) ||
	    sense_noted(im, code))
		return;
	if (reply_reviewed(im, n, p, clen, code))
		return;
	if ((why = imp_after_fix(im, n)) != 0) {
		after_fix_review(im, n, why, p, clen);
		return;
	}
	if (shown_as_example(im, n, p, clen)) {
		example_review(im, n, p, clen);
		return;
	}
	if (in_sample_program(im, n, p, clen) || in_commented_statement(im, n, p, clen))
		return;
	/* (after program code: "// should fail" comments a statement) */
	if (said_expected(im, n, p, clen)) {
		expected_review(im, n, p, clen);
		return;
	}
	if (!(flags & CODE_OWN_WORDS) && (plain = imp_plain_message(im, n, message, &fragment)) == NULL)
		plain = "REVIEW: the words by the code are no whole message: write the message from the article";
	/* no words by the code, or none that make a message: the program's
	 * line the code is printed in, when the article shows one */
	if (!(flags & CODE_OWN_WORDS) && (fragment != NULL || none_read(plain)) &&
	    (whole = code_symbol(im, n, p, clen)) != NULL) {
		plain = whole;
		fragment = NULL;
	} else if (!(flags & CODE_OWN_WORDS) && (fragment != NULL || none_read(plain)) &&
	    (whole = sample_sentence(im, n, p, clen)) != NULL &&
	    (whole = imp_plain_message(im, n, whole, &whole_fragment)) != NULL) {
		plain = whole;
		fragment = NULL;
	}
	er = PUSH(im, errors);
	if (er == NULL)
		return;
	er->code = code;
	er->line = n;
	er->line_last = n;      /* (widened to a wrapped code's line and its
				   message's by imp_cite_errors()) */
	er->message = plain;
	er->own_line = plain == whole;
	if (neg || (clen == 11 && imp_starts_ci(p, "0x") && !hex_suffixed(p, clen))) {
		er->code_text = imp_fmt(im, "0x%08X", (unsigned)code);
		if (!neg)
			imp_review(im, n, T_ERROR, im->n_errors - 1,
				   imp_fmt(im, "error %.*s has nine hex digits: read as %s (one zero dropped); check it",
					   (int)clen, p, er->code_text));
	} else if (hex_digits)
		er->code_text = imp_fmt(im, "0x%.*s", (int)clen, p);
	else if (hex_suffixed(p, clen))
		er->code_text = imp_dupn(im, p, clen - 1);     /* "0x000000C1H" */
	else if (imp_starts_ci(p, "0x") || strspn(p, "0123456789") == clen)
		er->code_text = imp_dupn(im, p, clen);
	else if (strspn(p, "0123456789") == clen - 1 && (p[clen - 1] == 'L' || p[clen - 1] == 'l'))
		er->code_text = imp_dupn(im, p, clen - 1);     /* "2L" (not "8007000E") */
	else if (p[0] == '&')
		er->code_text = imp_fmt(im, "0x%.*s", (int)clen - 2, p + 2);  /* "&H80004005" */
	else if (clen == 9 && (p[8] == 'h' || p[8] == 'H'))
		er->code_text = imp_fmt(im, "0x%.8s", p);                      /* "c0000006h" */
	else
		er->code_text = imp_fmt(im, "0x%.*s", (int)clen, p);
	if (fragment != NULL)
		imp_review(im, n, T_ERROR, im->n_errors - 1,
			   imp_fmt(im, "error %s: the words read for its message ('%s') are part of a sentence or cut off: write the message by hand",
				   er->code_text, fragment));
	else if (plain == message && strcmp(plain, NO_MESSAGE) == 0)
		imp_review(im, n, T_ERROR, im->n_errors - 1,
			   imp_fmt(im, "error %s: the article gives no message for it: write the message the technician sees", er->code_text));
	else if (plain == message && strcmp(plain, PROSE_MESSAGE) == 0)
		imp_review(im, n, T_ERROR, im->n_errors - 1,
			   imp_fmt(im, "error %s: the words by it, in a line of the article's prose, are the article's own (who shows the code, or the sentence after it), not the program's message: write the message the technician sees", er->code_text));
	else if (plain == message && strcmp(plain, LEAD_IN_MESSAGE) == 0)
		imp_review(im, n, T_ERROR, im->n_errors - 1,
			   imp_fmt(im, "error %s: the words by it lead in to what follows them ('... following:', '... is:'), no message of their own: write the message the technician sees by hand", er->code_text));
	else if (plain == message)
		imp_review(im, n, T_ERROR, im->n_errors - 1,
			   imp_fmt(im, "error %s: the message is read from the text around it; check it", er->code_text));
	else if (plain == whole)
		imp_review(im, n, T_ERROR, im->n_errors - 1,
			   imp_fmt(im, "error %s: the message is the sentence of the program's line the code is printed in, joined over its wrap; check that the program prints it so",
				   er->code_text));
	else
		imp_review(im, n, T_ERROR, im->n_errors - 1,
			   imp_fmt(im, "error %s: the message is read from the text around it, over the lines it is wrapped on or past the words that lead in to it (\"has occurred\", a field's label); check it",
				   er->code_text));
}

static void add_code(struct imp *im, size_t n, const char *p, size_t clen, uint32_t code,
		     int neg, const char *message)
{
	add_code_worded(im, n, p, clen, code, neg, message, 0);
}

/* "0xC000006A", "0x800706ba": eight hex digits written with 0x whose top
 * bit is set (an NTSTATUS error or warning, a failed HRESULT): an error
 * code wherever it stands, unlike a small number. */
static int severe_hex(const char *c, size_t clen, uint32_t code)
{
	/* (eleven: "0xC00000035", one zero too many, see code_at()) */
	return (clen == 10 || clen == 11) && imp_starts_ci(c, "0x") && (code & 0x80000000u) != 0;
}

/* "c0000034", "C000021A": the same written bare (code_at() reads eight
 * hex digits with a letter, top bit set, as hex). */
static int severe_status(const char *c, size_t clen, uint32_t code)
{
	return severe_hex(c, clen, code) ||
	       (clen == 8 && strspn(c, "0123456789abcdefABCDEF") == 8 && (code & 0x80000000u) != 0);
}

/* "80070003", "80004005": eight digits opening with 80 after an error
 * keyword are an HRESULT written without its 0x (facility under 0x100,
 * failure bit set), never a decimal error of eighty million.  Sets *code
 * to the hex value. */
static int bare_hresult(const char *c, uint32_t *code)
{
	if (c[0] != '8' || c[1] != '0' || strspn(c, "0123456789abcdefABCDEF") != 8 ||
	    isalnum((unsigned char)c[8]) || c[8] == '_')
		return 0;
	*code = (uint32_t)strtoul(c, NULL, 16);
	return 1;
}

/* "(WSAEBADF)", "(E_FAIL)." at p: a constant's name in brackets, four
 * capitals, digits or '_' or more (what names the code before it). */
static int bracketed_name(const char *p)
{
	size_t k;

	if (*p != '(')
		return 0;
	k = strspn(p + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
	return k >= 4 && isupper((unsigned char)p[1]) && p[1 + k] == ')';
}

/* "80004005 when you ...", opening the line after "an error": an HRESULT
 * without its 0x and words after it, not a count ("80000000 bytes") nor
 * a bare mask whose low word is zero. */
static int wrapped_bare_hresult(const char *c)
{
	uint32_t code;

	return bare_hresult(c, &code) && (code & 0xFFFFu) != 0 && !imp_counted_after(c + 8);
}

/* The line after one ending with "error": its code when it starts with
 * one of three digits or more that ends the sentence ("3221487623."),
 * not a numbered step ("2. Restart ...") or a count ("100 times"). */
static const char *wrapped_code(const char *next)
{
	const char *c = imp_skip_ws(next);
	uint32_t code;
	int neg;
	size_t clen;

	int bracketed = 0;

	/* "access violation" / "(0xc0000005)": the status in brackets;
	 * "returning an error code of" / "<112>.", lodctr's code in angle
	 * brackets, which set it apart however short it is */
	if ((*c == '(' || *c == '<') && (clen = code_at(c + 1, &code, &neg)) > 0 &&
	    c[1 + clen] == (*c == '(' ? ')' : '>')) {
		bracketed = *c == '<';
		c++;
	}
	clen = code_at(c, &code, &neg);

	if (clen == 0 || (clen < 3 && !bracketed))
		return NULL;
	/* (the bracket ends the line or its sentence: "<1> (see the note
	 * below)" is a footnote's mark) */
	if (bracketed) {
		const char *after = c + clen + 1;
		return imp_blank(after) || ((*after == '.' || *after == ',') && imp_blank(after + 1)) ? c : NULL;
	}
	/* "0x8007000d. The request was ...", "9301.The MTA ...": the code
	 * ends a sentence and the next one starts on the same line, or a
	 * quoted message ("ID no:" / "c1030b37.""); "(error" / "8020)."
	 * closes a bracket opened on the line before */
	if (c[clen] == '.')
		return imp_blank(c + clen + 1) || isupper((unsigned char)*imp_skip_ws(c + clen + 1)) ||
		       *imp_skip_ws(c + clen + 1) == '[' ||
		       (c[clen + 1] == '"' && imp_blank(c + clen + 2)) ? c : NULL;
	/* "The exception generated" / "c0000005 at address 6f2674ab": a
	 * status with its severity bits set is the code whatever follows;
	 * "ID no:" / "8004011c-0521-00000000", the Exchange Administrator's
	 * status then its own numbers, even of digits only, and "an error" /
	 * "80004005 when you ...", an HRESULT without its 0x; "socket error" /
	 * "10009 (WSAEBADF).", the code named by its constant */
	return imp_blank(c + clen) || c[clen] == ':' || c[clen] == ',' || c[clen] == ')' ||
	       ((c[clen] == ' ' || c[clen] == '-') && severe_status(c, clen, code)) ||
	       (c[clen] == '-' && bare_hresult(c, &code)) || (c[clen] == ' ' && wrapped_bare_hresult(c)) ||
	       (c[clen] == ' ' && bracketed_name(c + clen + 1)) ?
		       c : NULL;
}

/* The line after one ending with an error keyword, when it opens with
 * the code's label and the code ("code=8511 [POP4 ...]", "Code 122
 * appears.", "code: 2110.") or with the verb that gives it ("The Error
 * code" / "was 0x80420664.", "with a status" / "of 0xC000006d (...)"):
 * where the code starts; else what
 * wrapped_code() finds.  Not a label then a bracket ("number
 * (0x80020009)."), which another reader takes with its own line. */
static const char *wrapped_label_code(const char *next)
{
	const char *nx = imp_skip_ws(next), *q;
	size_t l = imp_starts_ci(nx, "code") ? 4 : imp_starts_ci(nx, "number") ? 6 :
		   imp_starts_ci(nx, "was ") ? 3 : imp_starts_ci(nx, "is ") ? 2 : imp_starts_ci(nx, "of ") ? 2 : 0;

	q = imp_skip_ws(nx + l);
	/* (after "of" only a status: "... status" / "of 30 seconds" is a
	 * time) */
	if (l > 0 && (*q == '=' || *q == ':' || isdigit((unsigned char)*q)) &&
	    isdigit((unsigned char)*(q = after_keyword(nx, NULL))) &&
	    (!imp_starts_ci(nx, "of ") || imp_starts_ci(q, "0x")))
		return q;
	return wrapped_code(next);
}

/* The word STOP at p, ending its line s, names a bug check whose code
 * may open the next line: written "Stop" or "STOP" (a table's "0x2
 * stop", "does not stop" are the verb), not a character table's "Full
 * Stop" or "Full-Stop", the period's name above the next character's
 * code. */
static int wraps_stop(const char *s, const char *p)
{
	static const char *const full[] = { "full", NULL };

	return isupper((unsigned char)*p) && !(p > s && p[-1] == '-') && !imp_word_before_is(s, p, full);
}

/* The line after one ending with "STOP", when it opens with the bug
 * check's code written with 0x, bare or in brackets after the words
 * that name the screen ("Stop" / "0x1E in Srv.sys", "a STOP" / "error
 * message (0xA) may occur"): where the code starts, else what
 * wrapped_label_code() finds. */
static const char *wrapped_stop_code(const char *next)
{
	static const char *const names[] = { "error", "message", "screen", NULL };
	const char *w = imp_skip_ws(next);
	size_t l, k;

	for (k = 0; k < 2 && (l = imp_starts_any_word(w, names)) > 0; k++)
		w = imp_skip_ws(w + l);
	if (*w == '(')
		w++;
	return imp_starts_ci(w, "0x") && isxdigit((unsigned char)w[2]) ? w : wrapped_label_code(next);
}

/* Two words of letters at p: "User logon", "Logon of", "A network"
 * (a one-letter word only the article "A"). */
static int words_follow(const char *p)
{
	size_t k = 0;

	while (isalpha((unsigned char)p[k]))
		k++;
	if ((k < 2 && !(k == 1 && p[0] == 'A')) || p[k] != ' ')
		return 0;
	return isalpha((unsigned char)p[k + 1]) != 0;
}

/* The lead-in over line n's message block names the event log. */
static int under_event_log_lead(const struct imp *im, size_t n, const char *s)
{
	size_t m = message_block_lead(im, n, s, imp_announces_message);

	return m != 0 && lead_in_names_event_log(im, m);
}

/* Text t (l bytes, its ends trimmed) holds a column's gap: a tab, or
 * three blanks in a row. */
static int column_gap(const char *t, size_t l)
{
	size_t i;

	for (i = 0; i < l; i++)
		if (t[i] == '\t' || (i + 2 < l && t[i] == ' ' && t[i + 1] == ' ' && t[i + 2] == ' '))
			return 1;
	return 0;
}

/* Line n goes on a sentence from the line above: that line, at the same
 * indent, opens with no code and ends with a word (no stop, no colon).
 * Words parted by a column's gap ("Error code    Description") are a
 * table's headings over the row, not a sentence. */
static int prose_runs_on(const struct imp *im, size_t n)
{
	const char *a, *t;
	size_t l;

	if (n <= im->a->body_first)
		return 0;
	a = imp_line_at(im, n - 1);
	t = imp_skip_ws(a);
	l = imp_rtrim_len(a, strlen(a));
	return !imp_blank(a) && imp_indent_of(a) == imp_indent_of(imp_line_at(im, n)) && !isdigit((unsigned char)*t) &&
	       l > 0 && isalpha((unsigned char)a[l - 1]) && !column_gap(t, (size_t)(a + l - t));
}

/* The length of the constant's name at p ("SMTP_REJECTED_SENDER",
 * "E_OUTOFMEMORY": capitals, digits and '_', one '_' at least, six long
 * or more), or 0. */
static size_t constant_name_len(const char *p)
{
	size_t k = 0, under = 0;

	if (!isupper((unsigned char)p[0]))
		return 0;
	while (isupper((unsigned char)p[k]) || isdigit((unsigned char)p[k]) || p[k] == '_')
		under += p[k++] == '_';
	return under > 0 && k >= 6 && !isalnum((unsigned char)p[k]) ? k : 0;
}

/* A line that starts with a code and its meaning ("0xC0000234 User logon
 * with Account Locked"), or a symbol and its code in brackets
 * ("RPC_S_SERVER_UNAVAILABLE (0x800706ba) - The RPC server is
 * unavailable"): tables of codes, which name no keyword. */
static void scan_listed_codes(struct imp *im, size_t n, const char *s)
{
	const char *p = imp_skip_ws(s), *c;
	uint32_t code;
	size_t clen;
	int neg;

	/* the meaning is words ("User logon with ..."), not a memory dump's
	 * next column ("0xBFF94D00  bff94e20>"); 0xFFFFFFFF alone in a table
	 * is -1, a sentinel ("0xffffffff  Standard beep") */
	/* "80070003 "Path not found"", "80030070 - There is no space ...",
	 * "80050001: No session: ...": an HRESULT without its 0x opening a
	 * line, then its message in quotes or after a colon or a dash */
	/* ("'800a01ad' ActiveX component can't create object": the
	 * HRESULT in quotes, as a script host shows it, in a message block
	 * under its lead-in; "set the entry to the string" / "'80000001' and
	 * then restart" is a value) */
	if ((*p == '\'' || *p == '"') && bare_hresult(p + 1, &code) && p[9] == *p && p[10] == ' ' &&
	    words_follow(p + 11) && message_block_lead(im, n, s, imp_announces_message) != 0) {
		add_code(im, n, imp_fmt(im, "0x%.8s", p + 1), 10, code, 0,
			 imp_dupn(im, p + 11, imp_rtrim_len(p + 11, strlen(p + 11))));
		return;
	}
	if (bare_hresult(p, &code)) {
		const char *m = imp_skip_ws(p + 8);
		if (*m == ':' || (*m == '-' && m[1] == ' '))
			m = imp_skip_ws(m + 1);
		else if (*m != '"' || m == p + 8)
			m = NULL;
		if (m != NULL && (*m == '"' ? isalpha((unsigned char)m[1]) : words_follow(m))) {
			add_code(im, n, imp_fmt(im, "0x%.8s", p), 10, code, 0,
				 imp_dupn(im, m, imp_rtrim_len(m, strlen(m))));
			return;
		}
	}
	/* "| 0x80070005 | Access is denied. |": a box's row, the code alone
	 * in its first cell and its message in the next, as later articles
	 * tabulate them */
	if (*p == '|') {
		const char *cell[3], *rest;
		size_t len[3];
		if (imp_row_cells(p, cell, len, 3, &rest) >= 2 && (clen = code_at(cell[0], &code, &neg)) == len[0] &&
		    severe_hex(cell[0], clen, code) && code != 0xFFFFFFFFu && words_follow(cell[1]))
			add_code(im, n, cell[0], clen, code, neg, imp_dupn(im, cell[1], len[1]));
		return;
	}
	if ((clen = code_at(p, &code, &neg)) > 0 && severe_hex(p, clen, code) && code != 0xFFFFFFFFu) {
		const char *name = imp_skip_ws(p + clen), *m = imp_skip_ws(p + clen + (p[clen] == ':'));
		size_t nl = constant_name_len(name);

		/* "0x800706f4 RPC_X_NULL_REF_POINTER": the status and its
		 * constant's name alone on a quoted message's line, the name
		 * the message (the status alone is scan_message_hex_line()'s) */
		if (name > p + clen && nl > 0 && imp_blank(name + nl + (name[nl] == '.')) &&
		    quoted_message_line(im, n, s)) {
			add_code(im, n, p, clen, code, neg, imp_dupn(im, name, nl));
			return;
		}
		/* (a colon may part them, "0x80004005: Unspecified Error",
		 * before a message's capital, not a disassembly's "0x80123456:
		 * mov eax"; not a blue screen's module line, "0x80116bf4 has
		 * base at 80100000 ntoskrnl.exe", an address; nor a sentence
		 * wrapped before the number, "a print queue ID of" /
		 * "0xf903004f would also appear") */
		if ((p[clen] == ' ' || p[clen] == '\t' ||
		     (p[clen] == ':' && p[clen + 1] == ' ' && isupper((unsigned char)*m))) &&
		    words_follow(m) && !imp_starts_ci(name, "has base") && !prose_runs_on(im, n)) {
			add_code(im, n, p, clen, code, neg, imp_dupn(im, m, imp_rtrim_len(m, strlen(m))));
			return;
		}
	}
	/* "3706: ADO could not find the specified provider": a decimal code,
	 * a colon and the message's capital, on a quoted message's line (not
	 * under "the following error in the server's Event Log:", where the
	 * number is an event's) */
	if ((clen = strspn(p, "0123456789")) >= 3 && clen <= 5 && p[clen] == ':' && p[clen + 1] == ' ' &&
	    isupper((unsigned char)p[clen + 2]) && words_follow(p + clen + 2) && quoted_message_line(im, n, s)) {
		const char *m = p + clen + 2;
		code = (uint32_t)strtoul(p, NULL, 10);
		/* (under "The application event log may report the following
		 * error messages from the X service:" the number is the
		 * event's ID) */
		if (under_event_log_lead(im, n, s)) {
			add_event_once(im, code, n);
		} else
			add_code(im, n, p, clen, code, 0, imp_dupn(im, m, imp_rtrim_len(m, strlen(m))));
		return;
	}
	for (c = s; *c != '\0'; c++) {
		const char *sym = c, *q;
		size_t k;

		if (!isupper((unsigned char)*c) || (c > s && (isalnum((unsigned char)c[-1]) || c[-1] == '_')))
			continue;
		k = strspn(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
		c += k - 1;     /* the loop goes on after the symbol, never past the end */
		if (constant_name_len(sym) == 0)
			continue;
		q = imp_skip_ws(sym + k);
		if (*q != '(' && *q != '=')
			continue;
		q = imp_skip_ws(q + 1);
		if ((clen = code_at(q, &code, &neg)) > 0 && severe_hex(q, clen, code))
			add_code(im, n, q, clen, code, neg, code_message(im, n, s, sym, q + clen));
	}
}

int imp_where_symptoms_are(const struct imp *im, size_t n)
{
	return imp_in_symptoms_or_cause(im, n) || imp_section_of(im, n) == NULL;
}

/* A crash dump's summary line, "BugCheckCode . . . . .0x0000000a": the
 * bug check's code; no message. */
static void scan_bugcheck_summary(struct imp *im, size_t n, const char *p)
{
	const char *c = p + strlen("BugCheckCode");
	uint32_t code;
	size_t clen;
	int neg;

	c += strspn(c, " .:\t");
	if ((clen = code_at(c, &code, &neg)) == 10 && imp_starts_ci(c, "0x") && imp_blank(c + clen))
		add_code(im, n, c, clen, code, 0, NO_MESSAGE);
}

/* "... See your hardware documentation (Code 10.)": Device Manager's
 * problem code closing a device's status (the status's words wrap over
 * the lines above: no message is read). */
static void scan_device_manager_code(struct imp *im, size_t n, const char *c)
{
	size_t clen;
	uint32_t code;

	if (c == NULL || (clen = strspn(c + 6, "0123456789")) < 1 || clen > 2 ||
	    !(c[6 + clen] == ')' || (c[6 + clen] == '.' && c[7 + clen] == ')')) ||
	    (code = (uint32_t)strtoul(c + 6, NULL, 10)) == 0)
		return;
	add_code(im, n, c + 6, clen, code, 0, NO_MESSAGE);
}

/* MAPI's "The MAPI call failed.<<80004005>>.": eight hex digits, top bit
 * set, between double angle brackets; the words before them (from p, the
 * line's first) are the message. */
static void scan_mapi_status(struct imp *im, size_t n, const char *s, const char *p)
{
	const char *c;
	uint32_t code;

	for (c = s; (c = strstr(c, "<<")) != NULL; c += 2)
		if (strspn(c + 2, "0123456789abcdefABCDEF") == 8 && strncmp(c + 10, ">>", 2) == 0 &&
		    (code = (uint32_t)strtoul(c + 2, NULL, 16)) & 0x80000000u) {
			size_t ml = imp_rtrim_len(p, (size_t)(c - p));
			add_code_worded(im, n, c + 2, 8, code, 0, ml > 0 ? imp_dupn(im, p, ml) : NO_MESSAGE,
					CODE_HEX_DIGITS);
		}
}

/* A failure status marked by what prints it rather than by a keyword: a
 * crash dump's summary, Device Manager's problem code, MAPI's bracketed
 * status.  Met in the symptoms or the cause, or in an article with no
 * sections. */
static void scan_marked_status(struct imp *im, size_t n, const char *s)
{
	const char *p = imp_skip_ws(s);
	const char *device = strstr(s, "(Code ");
	int dump = imp_starts_ci(p, "BugCheckCode");

	/* (the marks first: the section is asked of few lines) */
	if ((!dump && device == NULL && strstr(s, "<<") == NULL) || !imp_where_symptoms_are(im, n))
		return;
	if (dump)
		scan_bugcheck_summary(im, n, p);
	else if (device)
		scan_device_manager_code(im, n, device);
	else
		scan_mapi_status(im, n, s, p);
}

/* The next failure status written with 0x in s from "from" on (eight
 * hex digits, top bit set, not -1), not the tail of a word or a number:
 * where it starts, its length and value filled in; NULL when none. */
static const char *next_failure_hex(const char *s, const char *from, size_t *clen, uint32_t *code, int *neg)
{
	const char *p;

	for (p = from; (p = imp_ci_find(p, "0x")) != NULL; p += 2)
		if (!(p > s && isalnum((unsigned char)p[-1])) && (*clen = code_at(p, code, neg)) != 0 &&
		    severe_hex(p, *clen, *code) && *code != 0xFFFFFFFFu)
			return p;
	return NULL;
}

/* "... <<0xc1030b1a - The directory database has ...", "updates.
 * 0xc1030b22 - The requested operation ...": a failure status (eight hex
 * digits with 0x, top bit set) then " - " and its message, inside a
 * line of a message.  The Exchange Administrator prints its errors so,
 * after "<<" (19 archive articles write the form, 7 with no "error"
 * before the code, which the keyword readers left unread); written
 * without the "<<" the line must be a quoted message's.  A flag or mask
 * list's "DOS 0x00000001 - An MS-DOS application" has no top bit. */
static void scan_dashed_status(struct imp *im, size_t n, const char *s)
{
	const char *p, *q;
	uint32_t code;
	size_t clen;
	int neg;

	/* (most lines have no " - ": the case-blind search for "0x" is
	 * left to those that do) */
	if (strstr(s, " - ") == NULL)
		return;
	for (p = s; (p = next_failure_hex(s, p, &clen, &code, &neg)) != NULL; p += 2) {
		if (p > s && p[-1] == '-')
			continue;
		q = p + clen;
		if (!(q[0] == ' ' && q[1] == '-' && q[2] == ' ') || !isupper((unsigned char)q[3]) ||
		    !words_follow(q + 3))
			continue;
		if (!(p - s >= 2 && p[-1] == '<' && p[-2] == '<') && !quoted_message_line(im, n, s))
			continue;
		q += 3;
		add_code(im, n, p, clen, code, neg, imp_dupn(im, q, imp_rtrim_len(q, strlen(q))));
	}
}

/* "Message ID: EDBA53BE", "Nachrichten-ID:", "120  id: f0f0f0f0": the ID
 * of a message, a thread, a session, a print queue or a device, not a
 * status: the word before "ID" at p says so. */
static int other_id(const char *line, const char *p)
{
	static const char *const owners[] = {
		"message", "msg", "conversation", "thread", "process", "session", "user",
		"object", "transaction", "connection", "client",
		/* "a print queue ID of 0xf903004f", "Vendor ID 0x8086" */
		"queue", "job", "vendor", "device", "product", "class", "interface", "request", "record",
		"volume", NULL,
	};
	const char *e;

	if (p > line && p[-1] == '-')
		return 1;
	imp_word_before(line, p, IMP_WORD_LETTERS, &e);
	if (e > line && isdigit((unsigned char)e[-1]))
		return 1;
	return imp_word_before_is(line, p, owners);
}

/* "you receive the -2146893792 (0x80090020) error code", "a 0x80070005
 * error message": a failure status with the word "error" after it. */
static void scan_code_then_error(struct imp *im, size_t n, const char *s)
{
	const char *p, *q;
	uint32_t code;
	size_t clen;
	int neg;

	for (p = s; (p = next_failure_hex(s, p, &clen, &code, &neg)) != NULL; p += 2) {
		q = p + clen;
		if (*q == ')')
			q++;
		q = imp_skip_ws(q);
		if (*q == '\0' && n + 1 < im->a->body_end)      /* "the 0x80071234" / "error message" */
			q = imp_skip_ws(imp_line_at(im, n + 1));
		if (imp_starts_ci(q, "error") && !isalpha((unsigned char)q[5]))
			add_code(im, n, p, clen, code, neg, NO_MESSAGE);
	}
}

/* "you receive a 2185 error", "will not restart with a Dr. Watson and a
 * 1067 error": the number (clen long at c, on line n, s) before "error"
 * is what the technician sees when it has four or five digits (a system
 * or product error, not a web or mail server's three-digit reply), after
 * "a" or "an", in the symptoms or the cause, in a line that speaks of no
 * log or event ("logs a 1011 error", "a 1008 error is recorded" are
 * events) and does not deny it; not a letter's code, "an A2138 error" (an
 * assembler's, its letter part of the code). */
/* Words that say a number before "error" is logged: an event's ("logs a
 * 1011 error", "writes a type 1 error to the event log"). */
static const char *const logged_words[] = { "log", "logs", "logged", "recorded", "records", "event", "events",
					    NULL };

static int seen_as_error(const struct imp *im, size_t n, const char *s, const char *c, size_t clen)
{
	static const char *const arts[] = { "a", "an", NULL };

	return (clen == 4 || clen == 5) && isdigit((unsigned char)c[0]) && c[0] != '0' && c > s && c[-1] == ' ' &&
	       imp_word_before_is(s, c, arts) && imp_in_symptoms_or_cause(im, n) &&
	       imp_find_any_word(s, logged_words) == NULL && !clause_negates(im, n, s, c);
}

/* Code c (clen long, on line n) is a Macintosh system error named by its
 * type outside the symptoms and the cause (a readme's list of what a
 * release fixed: "dragging attachments sometimes caused a Type 2
 * error"): listed for a person once, unless drafted from another line.
 * 1 when so. */
static int macintosh_type_outside(struct imp *im, size_t n, const char *c, size_t clen, uint32_t code)
{
	if (imp_in_symptoms_or_cause(im, n))
		return 0;
	if (!has_error(im, code))
		imp_review_once(im, n, T_SYMPTOMS,
				imp_fmt(im, "error %.*s (a Macintosh system error, by its type) is named outside the symptoms and the cause: add it only if the technician sees it",
					(int)clen, c));
	return 1;
}

/* "a -1018 error (JET_errReadVerifyFailure) may be returned", "an -1011
 * error message": a code written before the word "error", after "a",
 * "an" or "the".  A negative number (the database engine's codes, 16
 * archive articles), one the error's constant names in brackets after it,
 * or one the technician is said to see (seen_as_error(): "you receive a
 * 2185 error: The Service Name is Invalid"); "a 404 error" or "the 2510
 * error code" in other words may be any product's number.  The
 * constant, or the words after a colon, is the message. */
static void scan_code_before_error(struct imp *im, size_t n, const char *s)
{
	static const char *const arts[] = { "a", "an", "the", NULL };
	static const char *const type_word[] = { "type", NULL };
	const char *p, *c, *e, *sym = NULL;
	uint32_t code;
	size_t clen, sl = 0;
	int neg;

	for (p = s; (p = imp_find_word(p, "error")) != NULL; p += 5) {
		sym = NULL;
		/* the number and its article before "error" */
		for (c = p; c > s && c[-1] == ' '; c--)
			;
		e = c;
		while (c > s && (isdigit((unsigned char)c[-1]) || c[-1] == '-'))
			c--;
		if (c == e || (clen = code_at(c, &code, &neg)) != (size_t)(e - c) || code == 0)
			continue;
		/* "a type 2 error", "A type -192 error is received": the
		 * Macintosh's system error by its type (as "an error of type
		 * 2" in the keyword loop) */
		/* (outside the symptoms and the cause, a readme's list of
		 * what a release fixed, "you sometimes caused a Type 2
		 * error", describes: listed, as seen_as_error() leaves such
		 * a number) */
		/* (the type after "a", "an" or a quote, apart from its
		 * number: not "type-2", not "a type 1 error to the event
		 * log", an event's type) */
		if (imp_word_before_is(s, c, type_word)) {
			const char *t = imp_word_before(s, c, IMP_WORD_LETTERS, NULL), *q = t;
			while (q > s && q[-1] == ' ')
				q--;
			if (c[-1] != ' ' || !(imp_word_before_is(s, t, arts) || (q > s && q[-1] == '"')) ||
			    imp_find_any_word(s, logged_words) != NULL)
				continue;
			if (!macintosh_type_outside(im, n, c, clen, code) && !clause_negates(im, n, s, c))
				add_code(im, n, c, clen, code, neg, NO_MESSAGE);
			continue;
		}
		if (!imp_word_before_is(s, c, arts))
			continue;
		e = imp_skip_ws(p + 5);
		if (*e == '(') {
			sl = strspn(e + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
			sym = sl >= 5 && e[1 + sl] == ')' && memchr(e + 1, '_', sl) != NULL ? e + 1 : NULL;
		}
		/* ("the -1 error returned from EndPage()": a return value) */
		if ((!neg || clen < 4) && sym == NULL) {
			if (!seen_as_error(im, n, s, c, clen))
				continue;
			/* "a 2185 error: The Service Name is Invalid." */
			if (e[0] == ':' && isupper((unsigned char)*imp_skip_ws(e + 1))) {
				char buf[256];
				sentence_after(im, n, imp_skip_ws(e + 1), buf, sizeof buf);
				add_code(im, n, c, clen, code, 0, imp_dupn(im, buf, strlen(buf)));
				continue;
			}
		}
		add_code(im, n, c, clen, code, neg,
			 sym != NULL ? imp_dupn(im, sym, sl) : NO_MESSAGE);
	}
}

/* The bracket at p (line s) follows "the second parameter", "first
 * argument": a stop's or a call's parameter, not a message ending in the
 * word ("... setting a configuration parameter (0x80080005)"). */
static int after_nth_parameter(const char *s, const char *p)
{
	static const char *const params[] = { "parameter", "argument", NULL };
	static const char *const nth[] = { "first", "second", "third", "fourth", NULL };

	return imp_word_before_is(s, p, params) && imp_word_before_is(s, imp_word_before(s, p, IMP_WORD_LETTERS, NULL), nth);
}

/* The word that ends at b (in line s) has a digit: "0x0000001E" or
 * "STOP:0x1E" before a bracket is a code, not a name. */
static int word_before_has_digit(const char *s, const char *b)
{
	const char *w = imp_word_before(s, b, IMP_WORD_TOKEN, NULL);

	return w != NULL && strcspn(w, "0123456789") < (size_t)(b - w);
}

/* "The application failed to initialize properly (0xc0000142)", "The
 * system cannot log you on (C0000224).", "[E_FAIL (80004005)]": a failure
 * status in brackets after a message's words (or opening a line that
 * goes on from the message above it).  Only the forms that are statuses:
 * an NTSTATUS error (C...) or an HRESULT failure of a system facility
 * (800...); a kernel address (8010abcd, f7309781) after a symbol and an
 * offset in a stack dump or a disassembly is not one. */
static void scan_bracketed_status(struct imp *im, size_t n, const char *s)
{
	const char *p, *c, *t = imp_skip_ws(s), *msg;
	uint32_t code = 0;
	size_t k;
	int mapi, nine, neg;

	/* "801144a4 7407  jz ...": a disassembly or a dump's line */
	if (strspn(t, "0123456789abcdefABCDEF") >= 8)
		return;
	for (p = s; (p = strpbrk(p, "([")) != NULL; p++) {
		const char *b = p;
		char close = *p == '(' ? ')' : ']';

		c = imp_starts_ci(p + 1, "0x") ? p + 3 : p + 1;
		k = strspn(c, "0123456789abcdefABCDEF");
		/* "- [8004010F]", "12:51:31 [80004005-501-0-550]": MAPI's
		 * form, a status in square brackets, alone or with its
		 * context numbers after dashes */
		mapi = close == ']' && k == 8 && (c[k] == ']' || (c[k] == '-' && isdigit((unsigned char)c[k + 1])));
		/* "(0xc00000005)": nine digits, read by code_at() */
		nine = k == 9 && c == p + 3 && c[k] == close && code_at(p + 1, &code, &neg) == 11;
		if ((k != 8 && !nine) || (c[k] != close && !mapi))
			continue;
		while (b > s && (b[-1] == ' ' || b[-1] == '\t'))
			b--;
		/* "Page fault in nonpaged area (0x00000050)" on a blue screen:
		 * a bug check's code after its name, written with 0x */
		if (c == p + 3 && !mapi && strncmp(c, "000000", 6) == 0 && strncmp(c, "00000000", 8) != 0 &&
		    b > s && isalpha((unsigned char)b[-1]) && !word_before_has_digit(s, b) &&
		    !after_nth_parameter(s, p) && under_stop_words(im, n)) {
			add_code(im, n, p + 1, 10, (uint32_t)strtoul(c, NULL, 16), 0,
				 imp_dupn(im, t, (size_t)(b - t)));
			continue;
		}
		/* (MAPI's form also holds Exchange's own failures,
		 * "Microsoft Exchange Client - 9992 - [81002708]",
		 * facility 0x100) */
		if (!(tolower((unsigned char)c[0]) == 'c' || strncmp(c, "800", 3) == 0 ||
		      (mapi && strncmp(c, "810", 3) == 0)))
			continue;
		/* the words before: a message's ("properly", "on you.",
		 * "E_FAIL"), not a number, an offset, a parameter list or a
		 * stop's parameter ("the second parameter (0xc0000185)") */
		if (after_nth_parameter(s, p))
			continue;
		if (mapi) {
			/* any words before */
		} else if (b > s) {
			if (!isalpha((unsigned char)b[-1]) && b[-1] != '.' && b[-1] != '_')
				continue;
		} else if (n <= im->a->body_first) {
			continue;
		} else {
			const char *prev = imp_line_at(im, n - 1);
			size_t pl = imp_rtrim_len(prev, strlen(prev));
			if (pl == 0 || (!isalpha((unsigned char)prev[pl - 1]) && prev[pl - 1] != '.'))
				continue;
		}
		if (!nine)
			code = (uint32_t)strtoul(c, NULL, 16);
		if (code == 0xFFFFFFFFu)
			continue;
		/* the message is the words before the bracket, unless they
		 * name the script engine that raised it ("Microsoft VBScript
		 * runtime (0x800A01B6)"): then the words after it or below */
		if (b - t >= 8 && !names_script_source(past_field_label(t), b))
			msg = imp_dupn(im, t, (size_t)(b - t));
		else if (b == s && n > im->a->body_first && !imp_blank(imp_line_at(im, n - 1)))
			msg = imp_dupn(im, imp_skip_ws(imp_line_at(im, n - 1)),
				       imp_rtrim_len(imp_skip_ws(imp_line_at(im, n - 1)),
						     strlen(imp_skip_ws(imp_line_at(im, n - 1)))));
		else
			msg = code_message(im, n, s, p, c + k + 1);
		if (nine)
			add_code(im, n, p + 1, 11, code, 0, msg);
		else
			add_code(im, n, imp_fmt(im, "0x%.8s", c), 10, code, 0, msg);
	}
}

/* A sense code's digits at c: four or eight hex digits, with or without
 * 0x, that end the word; into *code. */
static int sense_code_at(const char *c, uint32_t *code)
{
	size_t k;

	if (imp_starts_ci(c, "0x"))
		c += 2;
	k = strspn(c, "0123456789abcdefABCDEF");
	if ((k != 4 && k != 8) || isalnum((unsigned char)c[k]))
		return 0;
	*code = (uint32_t)strtoul(c, NULL, 16);
	return 1;
}

/* Sense code code on line n: one review item, once. */
static void review_sense_code(struct imp *im, size_t n, uint32_t code)
{
	const char *note = sense_note(im, code);

	if (note != NULL && !mentioned(im, note))
		imp_review(im, n, T_SYMPTOMS, 0, note);
}

/* Line n is an item of a list whose lead-in, within the dozen lines above
 * (items' wrapped words between), says "sense code": "the following
 * sense code errors may occur if ... is not enabled:" over "   80050001:
 * No session: ...".  The lead-in is the nearest line that ends in ':'
 * with the two lines before it. */
static int listed_under_sense_lead(struct imp *im, size_t n)
{
	const struct kb_article_section *sec = imp_section_of(im, n);
	size_t first = sec != NULL ? sec->first_line : im->a->body_first, m, k, l;

	for (m = n; m > first && n - m < 12;) {
		const char *t = imp_line_at(im, --m);
		l = imp_rtrim_len(t, strlen(t));
		if (l == 0 || t[l - 1] != ':')
			continue;
		for (k = 0; k < 3 && m >= first + k; k++)
			if (imp_ci_find(imp_line_at(im, m - k), "sense code") != NULL)
				return 1;
		return 0;
	}
	return 0;
}

/* "IBM Sense Code 0x0814 (Bracket BID Reject ...)", "sense data =
 * 084C0000": an SNA sense code, four or eight hex digits with or
 * without 0x (hex even when no letter is among them).  The labelling
 * guide (section 3) makes sense codes protocol replies, not error codes
 * (unseen2 Q180864 relabelled): each is one review item.  Archive: 44
 * drafted as errors in 42 articles before this, every one of them after
 * "sense code" or "sense data" (read: all SNA sense codes); no tuning
 * set labels a sense code as an error. */
static void scan_sense_codes(struct imp *im, size_t n, const char *s)
{
	static const char *const keywords[] = { "sense code", "sense data", "code", "data", NULL };
	const char *p, *c, *prev = n > im->a->body_first ? imp_line_at(im, n - 1) : "";
	size_t i, pl = imp_rtrim_len(prev, strlen(prev));
	uint32_t code;
	/* "... IBM Sense" / "Code 0x0814 (...)": the words wrapped */
	int wrapped = pl >= 5 && strncasecmp(prev + pl - 5, "sense", 5) == 0 &&
		      (pl == 5 || !isalpha((unsigned char)prev[pl - 6]));

	if (!wrapped && imp_ci_find(s, "sense") == NULL) {
		/* "   80050001: No session: ..." under a sense-code lead-in
		 * (the code's shape first: most lines open with none) */
		if (sense_code_at(imp_skip_ws(s), &code) && listed_under_sense_lead(im, n))
			review_sense_code(im, n, code);
		return;
	}

	for (i = 0; keywords[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, keywords[i])) != NULL; p += strlen(keywords[i])) {
			if ((p > s && isalnum((unsigned char)p[-1])) ||
			    (i >= 2 && (!wrapped || p != imp_skip_ws(s))))
				continue;
			c = imp_skip_ws(p + strlen(keywords[i]));
			while (*c == ':' || *c == '=')
				c = imp_skip_ws(c + 1);
			if (sense_code_at(c, &code))
				review_sense_code(im, n, code);
		}
}

/* "80004005'": eight hex digits in quotes after an error keyword, with
 * an HRESULT's failure bit set. */
static int quoted_hresult(const char *c, uint32_t *code)
{
	if (strspn(c, "0123456789abcdefABCDEF") != 8 || c[8] != '\'' || strchr("89abcdefABCDEF", c[0]) == NULL)
		return 0;
	*code = (uint32_t)strtoul(c, NULL, 16);
	return 1;
}

/* "   Q216159 Dr Watson Starting TS License Service with Error
 * 3221487623", "Additional query words: Event ID 4116": a code or an
 * event that a related article's title or the search words name.  Not
 * this article's symptom, but a person may want it: one review item. */
static void note_foreign_codes(struct imp *im, size_t n, const char *s, int related)
{
	static const char *const keywords[] = { "error", "stop", "event id", "event", NULL };
	const char *p, *c;
	size_t i, clen;
	uint32_t code;
	int neg;
	const char *whose = related ? "a related article's title" : "the query words";

	for (i = 0; keywords[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, keywords[i])) != NULL; p += strlen(keywords[i])) {
			/* (a digit may stand before: "Q128488Error C0000035",
			 * the title glued to its number) */
			if ((p > s && isalpha((unsigned char)p[-1])) || isalnum((unsigned char)p[strlen(keywords[i])]))
				continue;
			c = after_keyword(p + strlen(keywords[i]), NULL);
			if ((clen = code_at(c, &code, &neg)) == 0)
				continue;
			imp_review(im, n, T_SYMPTOMS, 0,
				   imp_fmt(im, "%s names %.*s %.*s: a related article's or the search words', not a symptom drafted here",
					   whose, (int)strlen(keywords[i]), p, (int)clen, c));
			return;
		}
	/* no keyword: a failure status written with 0x ("Handler Returns
	 * 0x80010005"), or an HRESULT bare in brackets ("Err
	 * '-2147352560(80020010)'") */
	if ((c = next_failure_hex(s, s, &clen, &code, &neg)) == NULL)
		for (p = s; (p = strchr(p, '(')) != NULL && c == NULL; p++)
			if (bare_hresult(p + 1, &code) && p[9] == ')') {
				c = p + 1;
				clen = 8;
			}
	if (c != NULL)
		imp_review(im, n, T_SYMPTOMS, 0,
			   imp_fmt(im, "%s names status %.*s: a related article's or the search words', not a symptom drafted here",
				   whose, (int)clen, c));
}

/* The next kw (lower case) in s from "from" on: found in low, s in
 * lower case, when the line fits the buffer (NULL: searched in s). */
static const char *find_keyword(const char *s, const char *low, const char *from, const char *kw)
{
	const char *q;

	if (low == NULL)
		return imp_ci_find(from, kw);
	q = strstr(low + (from - s), kw);
	return q != NULL ? s + (q - low) : NULL;
}

/* Codes named in running text, STOP screens, return codes and exception
 * lines: "STOP 0x00000050", "error 1815", "LastError = 0x57",
 * "primary_rc = 0xF004", "access violation (0xc0000005)". */
/* "Number: -2146824584 (0x800a0e78)": an error object's number as a
 * script prints it (under "Source: ADO" and the like), the negative
 * HRESULT and its hex form in brackets.  The hex form, when its failure
 * bit is set and the two agree. */
static void scan_error_number(struct imp *im, size_t n, const char *s)
{
	const char *p = imp_skip_ws(s), *h;
	char *end;
	long long v;
	uint32_t code;

	if (!imp_starts_ci(p, "Number:"))
		return;
	p = imp_skip_ws(p + 7);
	if (*p != '-' || !isdigit((unsigned char)p[1]))
		return;
	v = strtoll(p, &end, 10);
	h = imp_skip_ws(end);
	if (h[0] != '(' || !imp_starts_ci(h + 1, "0x") || strspn(h + 3, "0123456789abcdefABCDEF") != 8 ||
	    h[11] != ')')
		return;
	code = (uint32_t)strtoul(h + 3, NULL, 16);
	if (!severe_hex(h + 1, 10, code) || (uint32_t)v != code)
		return;
	add_code(im, n, h + 1, 10, code, 0, code_message(im, n, s, p, h + 12));
}

/* The debugger's message after its status ("0xC0000005: Access
 * Violation.", often wrapped onto the next line): up to the sentence's
 * end or a closing quote, without the dot. */
static const char *debugger_message(struct imp *im, size_t n, const char *after)
{
	struct kb_buf b = { 0 };
	const char *p = imp_skip_ws(after), *msg;
	size_t l;

	if (*p == ':')
		p = imp_skip_ws(p + 1);
	kb_buf_add(&b, p, imp_rtrim_len(p, strlen(p)));
	if (strpbrk(p, ".\"") == NULL && n + 1 < im->a->body_end && !imp_blank(imp_line_at(im, n + 1))) {
		if (b.len > 0)
			kb_buf_add(&b, " ", 1);
		kb_buf_puts(&b, imp_skip_ws(imp_line_at(im, n + 1)));
	}
	if (b.oom || b.p == NULL) {
		im->oom |= b.oom;
		free(b.p);
		return NO_MESSAGE;
	}
	/* (a closing quote ends it too: 'Access Violation" is shown') */
	for (l = 0; b.p[l] != '\0' && b.p[l] != '"' &&
		    !(b.p[l] == '.' && (b.p[l + 1] == '\0' || b.p[l + 1] == ' ')); l++)
		;
	while (l > 0 && (b.p[l - 1] == '.' || b.p[l - 1] == ' '))
		l--;
	msg = l > 0 ? imp_dupn(im, b.p, l) : NO_MESSAGE;
	free(b.p);
	return msg;
}

/* "Error" at p in s is Visual Basic's Error statement: "Then Error 5",
 * "Else Error 6" (the words before it end an If). */
static int basic_error_statement(const char *s, const char *p)
{
	return p - s >= 5 && (strncmp(p - 5, "Then ", 5) == 0 || strncmp(p - 5, "Else ", 5) == 0);
}

/* "... produces the following event" over "error 454:" (line n, s; kw
 * where "error" starts, after past its number): the event error wrapped
 * at "event", the label alone on its line. */
static int event_over_error_label(const struct imp *im, size_t n, const char *s, const char *kw, const char *after)
{
	static const char *const event_word[] = { "event", NULL }, *const following[] = { "following", NULL };
	const char *t, *e, *w, *q = imp_skip_ws(after);

	if (kw != imp_skip_ws(s) || n <= im->a->body_first || *q != ':' || !imp_blank(q + 1))
		return 0;
	t = imp_line_at(im, n - 1);
	e = t + imp_rtrim_len(t, strlen(t));
	if (!imp_word_before_is(t, e, event_word))
		return 0;
	w = imp_word_before(t, e, IMP_WORD_LETTERS, NULL);
	return imp_word_before_is(t, w, following);
}

/* The words after an error's number (after, on line n, and the next
 * line when the sentence goes on there) say it is logged in Windows' event
 * log: "is logged to the Windows NT system event log", "will also be
 * logged in the Windows NT Application Event log", "is repeatedly logged
 * in the Event Application log", "from SMS_SITE_CONFIG_MANAGER in the
 * application event log" (*from, *from_len: the source so named, else
 * NULL). */
static int said_logged(const struct imp *im, size_t n, const char *after, const char **from, size_t *from_len)
{
	static const char *const aux[] = { "is", "are", "will", "also", "be", "being", "repeatedly", "then",
					   "often", "always", NULL };
	static const char *const verbs[] = { "logged", "reported", "recorded", "written", NULL };
	static const char *const preps[] = { "to", "in", "into", NULL };
	static const char *const log_words[] = { "the", "windows", "nt", "system", "application", "event", NULL };
	char buf[256];
	const char *q, *next;
	size_t k, w, words = 0;

	*from = NULL;
	next = n + 1 < im->a->body_end ? imp_line_at(im, n + 1) : "";
	snprintf(buf, sizeof buf, "%s %s", after, imp_blank(next) ? "" : imp_skip_ws(next));
	q = imp_skip_ws(buf);
	if (imp_starts_word(q, "from")) {
		/* "from SMS_SITE_CONFIG_MANAGER in the ... log": a component's
		 * name in capitals is the source it logs as */
		const char *nm = imp_skip_ws(q + 4);
		size_t nl = strspn(nm, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"), off = (size_t)(nm - buf);
		if (nl < 3 || nm[nl] != ' ' || !imp_starts_word(imp_skip_ws(nm + nl), "in"))
			return 0;
		/* (buf opens with after's text: the name's place in it;
		 * one on the next line is left) */
		if (off + nl <= strlen(after)) {
			*from = after + off;
			*from_len = nl;
		}
		q = imp_skip_ws(nm + nl);
	} else {
		for (k = 0; k < 4 && (w = imp_starts_any_word(q, aux)) > 0; k++)
			q = imp_skip_ws(q + w);
		if ((w = imp_starts_any_word(q, verbs)) == 0)
			return 0;
		q = imp_skip_ws(q + w);
	}
	if ((w = imp_starts_any_word(q, preps)) == 0)
		return 0;
	for (q = imp_skip_ws(q + w); (w = imp_starts_any_word(q, log_words)) > 0 && words < 5; words++)
		q = imp_skip_ws(q + w);
	return words > 1 && (imp_starts_word(q, "log") || imp_starts_word(q, "eventlog"));
}

/* "check the System log for error 3013", "logs error 5722 in the system
 * event log", "error 1224 in the Application Log": an "error N" that a
 * log holds is that log's event N (labelling guide section 3: what
 * Event Viewer lists is an event; 5 archive articles, each an event when
 * it was written); and "the following event" over "error 454:"
 * (event_over_error_label(): "event error 4204" on one line is read by
 * the event readers, imp_event_number_at()).
 * kw is where "error" starts in s (line n), after where the number ends.
 * Drafts the event and returns 1, or 0. */
static int logged_as_event(struct imp *im, size_t n, const char *s, const char *kw, const char *after,
			   uint32_t code)
{
	static const char *const logs[] = { "system", "application", "event", NULL };
	const char *q = imp_skip_ws(after), *from = NULL;
	size_t i, from_len = 0;
	int in_log = 0;

	if (code == 0 || code > 65535)
		return 0;
	/* "... log for error 3013"; "the following event" over "error 454:"
	 * ("event error 4204" on one line is the event readers') */
	if ((kw - s >= 8 && strncasecmp(kw - 8, "log for ", 8) == 0) || event_over_error_label(im, n, s, kw, after))
		in_log = 1;
	/* "error 1224 in the [Windows NT] Application [Event] Log" */
	if (imp_starts_ci(q, "is "))
		q = imp_skip_ws(q + 3);
	if (imp_starts_ci(q, "in the ")) {
		q = imp_skip_ws(q + 7);
		if (imp_starts_ci(q, "Windows NT "))
			q = imp_skip_ws(q + 11);
		for (i = 0; logs[i] != NULL && !in_log; i++)
			if (imp_starts_ci(q, logs[i])) {
				const char *w = imp_skip_ws(q + strlen(logs[i]));
				if (imp_starts_ci(w, "event "))
					w = imp_skip_ws(w + 6);
				in_log = imp_starts_ci(w, "log") && !isalpha((unsigned char)w[3]);
			}
	}
	/* "event log error 8199" */
	if (kw - s >= 10 && strncasecmp(kw - 10, "event log ", 10) == 0)
		in_log = 1;
	if (!in_log && !said_logged(im, n, after, &from, &from_len))
		return 0;
	if (from != NULL && !has_event_id(im, code))
		imp_add_event(im, code, imp_dupn(im, from, from_len), NULL, NULL, n, n);
	else
		add_event_once(im, code, n);
	return 1;
}

/* Lead-in line t announces several messages or errors ("the following
 * error messages:", "Errors in the system log may include:", or wrapped,
 * "... the following error messages" / "from the MSExchangeIMC
 * service:"); not "finds no errors, it displays the following message:". */
static int announces_several(const char *t)
{
	static const char *const plural[] = { "messages", "errors", NULL };
	static const char *const none[] = { "no", "not", "without", NULL };
	const char *w;

	for (w = t; (w = imp_find_any_word(w, plural)) != NULL; w++)
		if (!imp_word_before_is(t, w, none))
			return 1;
	return 0;
}

/* Line n (s) is a message the article quotes: indented, under a line
 * that ends "error message:", "error:", "message:" (up to three blank
 * lines between; the lead-in may wrap onto it), or a line above of the
 * same block, or of the messages quoted before it under a lead-in that
 * announces several ("the following error messages:" over two, a blank
 * line between), up to eight lines up. */
static int quoted_message_line(const struct imp *im, size_t n, const char *s)
{
	size_t m, back = 0, blanks = 0;
	int earlier = 0;        /* past an indented line over a blank one,
				   further up than a message's own line: a
				   message quoted before this one */

	if (imp_indent_of(s) == 0)
		return 0;
	for (m = n; m > im->a->body_first && back < 8 && blanks <= 3; m--, back++) {
		const char *t = imp_line_at(im, m - 1);
		size_t l = imp_rtrim_len(t, strlen(t));
		if (imp_blank(t)) {
			blanks++;
			continue;
		}
		if (imp_indent_of(t) > 0 && l > 0 && t[l - 1] != ':') {
			/* the message's own line above, or an earlier one's */
			earlier |= blanks > 0 && back >= 2;
			continue;
		}
		/* several messages only under a lead-in that announces
		 * several ("the following error messages:"), not output a
		 * command prints ("run the following ... exception ...:") */
		if (earlier && !announces_several(t) &&
		    !(m - 1 > im->a->body_first && announces_several(imp_line_at(im, m - 2))))
			return 0;
		/* "... the following exception may be" / "generated:": the
		 * lead-in wrapped, its words on the line above the colon's */
		if (!imp_announces_message(t) && imp_ends_with_colon(t) && m - 1 > im->a->body_first &&
		    imp_indent_of(t) == 0 && islower((unsigned char)*t)) {
			const char *above = imp_line_at(im, m - 2);
			return !imp_blank(above) && (imp_ci_find(above, "message") != NULL ||
						     imp_ci_find(above, "error") != NULL ||
						     imp_find_word(above, "exception") != NULL);
		}
		return imp_announces_message(t);
	}
	return 0;
}

/* Line n (text s) is one of an event's description, under its
 * "Description:" label (the label's line, or up to four lines of the
 * block below it; the label may end a line of other fields, "Category:
 * Knowledge Consistency Description:"). */
static int event_description_line(const struct imp *im, size_t n, const char *s)
{
	size_t m, back, l;

	if (imp_starts_ci(imp_skip_ws(s), "Description:"))
		return 1;
	for (m = n, back = 0; m > im->a->body_first && back < 4; m--, back++) {
		const char *t = imp_line_at(im, m - 1);
		if (imp_blank(t))
			return 0;
		l = imp_rtrim_len(t, strlen(t));
		if (imp_starts_ci(imp_skip_ws(t), "Description:") ||
		    (l >= 12 && strncasecmp(t + l - 12, "Description:", 12) == 0))
			return 1;
	}
	return 0;
}

/* The HRESULT at c (eight hex digits opening with 80, bare_hresult())
 * ends a message's words: after a sentence's stop ("... Generation
 * disabled. 80001010") or after a comma that follows a word
 * ("Unable to install mailbox agent, 80004005"), not after a number
 * (a dump's words, "00000000, 0000001c, 00000000, 801156f4", an
 * address "at 801453ea"). */
static int hresult_ends_words(const char *s, const char *c)
{
	const char *w;

	if (c - s < 4 || c[-1] != ' ' || (c[-2] != '.' && c[-2] != ','))
		return 0;
	for (w = c - 2; w > s && w[-1] != ' '; w--)
		;
	/* (a STOP screen's parameters, "0x00000001, 0x8010ab20": a number) */
	if (w == c - 2 || imp_starts_ci(w, "0x"))
		return 0;
	/* the word before has a letter that is no hex digit */
	for (; w < c - 2; w++)
		if (isalpha((unsigned char)*w) && !isxdigit((unsigned char)*w))
			return 1;
	return 0;
}

/* A failure status at "at" (its text code_text, value code) ends the
 * words of line n (hresult_ends_words()): drafted, with those words (a
 * "Description:" label before them left out) as its message, when the
 * line is a quoted message's or an event description's. */
static void add_ending_status(struct imp *im, size_t n, const char *s, const char *words_end,
			      const char *code_text, uint32_t code)
{
	const char *t = imp_skip_ws(s);

	if (code_text == NULL || (!quoted_message_line(im, n, s) && !event_description_line(im, n, s)))
		return;
	if (imp_starts_ci(t, "Description:"))
		t = imp_skip_ws(t + 12);
	add_code(im, n, code_text, 10, code, 0, imp_dupn(im, t, imp_rtrim_len(t, (size_t)(words_end - t))));
}

/* "... in a timely fashion 0xc002041d.", "Unhandled Exception in <app>
 * ntdll.dll 0xC0000008": a failure status written with 0x right after
 * the message's last word, no stop between (c: where the 0x starts).
 * Not after a word that makes it a place or a value ("at 0x8...",
 * "address", "base", "value", "of", ...), nor after a keyword, whose
 * reader took the code with its own message. */
static int status_after_word(const char *s, const char *c)
{
	static const char *const placing[] = {
		"at", "address", "addr", "location", "base", "offset", "from", "to", "of", "in", "by", "with",
		"value", "values", "parameter", "parameters", "or", "and", "is", "was", "be", "as", "than",
		"mask", "flags", "flag", "handle", "pointer", "equals",
		"sysver",       /* a blue screen's "irql:1f SYSVER 0xf0000327" */
		NULL,
	};
	const char *w;

	if (c - s < 3 || c[-1] != ' ' || !isalpha((unsigned char)c[-2]))
		return 0;
	for (w = c - 1; w > s && w[-1] != ' '; w--)
		;
	return !imp_word_in(w, (size_t)(c - 1 - w), placing) && !imp_word_in(w, (size_t)(c - 1 - w), code_keywords);
}

/* "System cannot log you on c0000017.": a quoted message that ends with
 * an NTSTATUS error written bare (eight hex digits with a letter, severity
 * bits set: C0000017, not an address, which a ':' joins to its segment);
 * or with a failure status after the message's last word
 * (hresult_ends_words()), in a quoted message or an event's description:
 * "API error. 0xC000000D", "... disabled. 80001010", "again. c1030b0f". */
static void scan_message_status(struct imp *im, size_t n, const char *s)
{
	size_t l = imp_rtrim_len(s, strlen(s));
	const char *c;
	uint32_t code;

	if (l > 0 && s[l - 1] == '.')
		l--;
	/* (an event's data words, "0000: 00040000 ... c00007d0", are read
	 * by scan_data_words(), which asks the article to call one a code) */
	if (l < 9 || data_words_at(s) != NULL)
		return;
	c = s + l - 8;
	/* with its 0x */
	if (l >= 11 && c[-1] == 'x' && c[-2] == '0' && c[-3] == ' ' && strspn(c, "0123456789abcdefABCDEF") >= 8 &&
	    (code = (uint32_t)strtoul(c, NULL, 16)) >= 0x80000000u && code != 0xFFFFFFFFu) {
		if (hresult_ends_words(s, c - 2))
			add_ending_status(im, n, s, c - 4, c - 2, code);
		else if (status_after_word(s, c - 2))
			add_ending_status(im, n, s, c - 3, c - 2, code);
		return;
	}
	/* bare: an HRESULT of digits, "80001010", or a status with a letter
	 * and its top bit set, "c1030b0f" */
	if ((bare_hresult(c, &code) ||
	     (strspn(c, "0123456789abcdefABCDEF") == 8 && strchr("89abcdefABCDEF", c[0]) != NULL &&
	      strspn(c, "0123456789") < 8 && (code = (uint32_t)strtoul(c, NULL, 16)) != 0xFFFFFFFFu)) &&
	    hresult_ends_words(s, c)) {
		add_ending_status(im, n, s, c - 2, imp_fmt(im, "0x%.8s", c), code);
		return;
	}
	/* (not a STOP screen's parameter, "(00041284, 0e7f8000, C0502000)",
	 * nor an address after its segment spaced, "0028 : C000EC99") */
	if (c[-1] != ' ' || (c - s >= 2 && c[-2] == ',') ||
	    (c - s >= 7 && c[-2] == ':' && c[-3] == ' ' && strspn(c - 7, "0123456789abcdefABCDEF") == 4) ||
	    strspn(c, "0123456789abcdefABCDEF") < 8 ||
	    !(c[0] == 'c' || c[0] == 'C') || c[1] != '0')
		return;
	/* (the eight digits end the line's text: strtoul stops there) */
	code = (uint32_t)strtoul(c, NULL, 16);
	if (!quoted_message_line(im, n, s))
		return;
	add_code(im, n, c, 8, code, 0, imp_dupn(im, imp_skip_ws(s), (size_t)(s + l - imp_skip_ws(s))));
}

/* The Services dialog's first line over line n: right above it, or over
 * one blank line, and maybe wrapped onto a second line ("... Internet
 * Mail Connector on \\<Server" / "Name>").  The line, or NULL. */
static const char *dialog_first_line(const struct imp *im, size_t n)
{
	static const char *const verbs[] = { "Could not start the ", "Could not stop the ",
					     "Could not pause the ", "Could not continue the ", NULL };
	size_t m = n - 1, k, i;

	if (m > im->a->body_first && imp_blank(imp_line_at(im, m)))
		m--;
	for (k = 0; k < 2 && m > im->a->body_first && !imp_blank(imp_line_at(im, m)); k++, m--) {
		const char *above = imp_skip_ws(imp_line_at(im, m));
		for (i = 0; verbs[i] != NULL; i++)
			if (imp_starts_ci(above, verbs[i]))
				return above;
	}
	return NULL;
}

/* "Could not start the Frob service on \\\\Server." over "2186: The
 * service is not responding to the control function.": the Services
 * dialog's message, whose second line is a Win32 or network error code
 * and its text (the "Error " before the code is often left out).  Only
 * under that line (right under it, or over one blank line, the line
 * maybe wrapped: unseen67's Q146791): a bare "NNNN: text" elsewhere is as
 * often an event ID or a code page. */
static void scan_service_dialog_code(struct imp *im, size_t n, const char *s)
{
	const char *p = imp_skip_ws(s), *above, *msg;
	uint32_t code;
	size_t clen;
	int neg;

	if (im->used[n] || n <= im->a->body_first || !isdigit((unsigned char)*p) ||
	    (clen = read_code(p, &code, &neg)) < 3 || clen > 5 || neg || p[clen] != ':')
		return;
	msg = imp_skip_ws(p + clen + 1);
	if (!isupper((unsigned char)*msg) || (above = dialog_first_line(im, n)) == NULL)
		return;
	/* it names a service, or the computer ("on \\Server") */
	if (imp_ci_find(above, " service") == NULL && strstr(above, " on \\\\") == NULL)
		return;
	im->used[n] = 1;
	add_code(im, n, p, clen, code, 0, imp_dupn(im, msg, imp_rtrim_len(msg, strlen(msg))));
}

int imp_dated_text(const char *msg)
{
	static const char *const names[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
					      "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
					      "Sun", NULL };
	size_t i;

	for (i = 0; names[i] != NULL; i++)
		if (strncmp(msg, names[i], 3) == 0 && msg[3] == ' ' &&
		    (isdigit((unsigned char)msg[4]) || isupper((unsigned char)msg[4])))
			return 1;
	for (i = 0; msg[i] != '\0' && i < 24; i++)
		if (isdigit((unsigned char)msg[i]) && isdigit((unsigned char)msg[i + 1]) && msg[i + 2] == ':' &&
		    isdigit((unsigned char)msg[i + 3]))
			return 1;
	return 0;
}

/* A line of the sentence that ends at lead-in line m (up to three lines
 * above it) holds one of words. */
static int lead_in_sentence_names(const struct imp *im, size_t m, const char *const *words)
{
	size_t k;

	for (k = imp_sentence_start(im, m, m > 3 ? m - 3 : im->a->body_first); k <= m; k++)
		if (imp_find_any_word(imp_line_at(im, k), words) != NULL)
			return 1;
	return 0;
}

/* The sentence whose last line is line m offers a list of codes that
 * may come, not the message seen: "possible", "subcodes", "codes", "one
 * of the following" (whole words: not "listener", "decodes"). */
static int lead_in_lists_codes(const struct imp *im, size_t m)
{
	static const char *const lists[] = { "possible", "subcode", "subcodes", "codes", "one of the following",
					     "any of the following", "list", NULL };

	return lead_in_sentence_names(im, m, lists);
}

/* The sentence whose last line is line m says a log holds the message
 * ("In the event log, you may receive ...", "the following error is
 * logged:"), and no dialog box shows it (one shown while Event Viewer
 * opens a log holds an error).  Whole words, and never "logged" alone:
 * "you are logged on" is a user's, not a log's. */
static int lead_in_names_event_log(const struct imp *im, size_t m)
{
	static const char *const logged[] = { "event log", "System log", "Application log", "logged in the",
					      "logged to the", "logged:", "logs the", "logs an", NULL };
	static const char *const dialogs[] = { "dialog box", "message box", "pop-up", "popup", NULL };

	return !lead_in_sentence_names(im, m, dialogs) && lead_in_sentence_names(im, m, logged);
}

/* How far above a message's number its lead-in may be: the block may
 * hold a few messages, each a paragraph. */
#define MESSAGE_BLOCK_LINES 12

/* s (l bytes, its colon left out) says where or when the error it
 * announced shows after the words that announce it: "the following error
 * message may be displayed during the power-on self test (POST)", "error
 * messages similar to the following messages during the installation
 * phase".  A show phrase after "error" or "error message(s)", a repeated
 * "message(s)" after "similar to the following", then a clause of place
 * or time with no sentence's end in it. */
static int announces_error_then_when(const char *s, size_t l)
{
	static const char *const shows[] = { " may appear", " may occur", " may be displayed", " appears",
					     " is displayed", " are displayed", " occurs", " is generated",
					     " similar to the following", NULL };
	static const char *const when[] = { "during", "when", "while", "after", "before", "in", "on", "at",
					    "from", "if", NULL };
	static const char *const ends[] = { "error", "errors", "error message", "error messages", "messages",
					    NULL };
	char buf[256];
	size_t i;

	if (l >= sizeof buf || memchr(s, '.', l) != NULL)
		return 0;
	memcpy(buf, s, l);
	buf[l] = '\0';
	for (i = 0; shows[i] != NULL; i++) {
		const char *p = imp_ci_find(buf, shows[i]), *t;
		size_t k;
		if (p == NULL)
			continue;
		t = p + strlen(shows[i]);
		/* "similar to the following messages during ..." */
		if (imp_starts_word(t + (*t == ' '), "messages") || imp_starts_word(t + (*t == ' '), "message"))
			t = imp_skip_ws(t) + (imp_starts_word(imp_skip_ws(t), "messages") ? 8 : 7);
		if (*t != ' ' || imp_starts_any_word(t + 1, when) == 0)
			continue;
		/* what comes before the show phrase announces an error */
		for (k = 0; ends[k] != NULL; k++) {
			size_t el = strlen(ends[k]);
			if ((size_t)(p - buf) >= el && strncasecmp(p - el, ends[k], el) == 0 &&
			    (p - el == buf || p[-(ptrdiff_t)el - 1] == ' ') && imp_find_word(buf, "error") != NULL)
				return 1;
		}
	}
	return 0;
}

/* A lead-in that announces an error message: its words end with "error:",
 * "errors:", "error message:" or "error messages:", or with those words
 * and what the message does ("the following error message appears:",
 * "... may be displayed:", "an error similar to the following:"; some
 * 1,900 archive lead-ins end so). */
static int announces_error(const char *s)
{
	static const char *const ends[] = { "error", "errors", "error message", "error messages", "error(s)",
					    NULL };
	/* (the longer first: " may appear" before " appear", which would
	 * leave "... error message may") */
	static const char *const shows[] = {
		" may appear", " may occur", " may be displayed", " appears", " appear", " is displayed",
		" are displayed", " occurs", " occur", " is generated", " is returned", " similar to the following",
		NULL,
	};
	size_t l = imp_rtrim_len(s, strlen(s)), i, el, k, text_len;

	if (l == 0 || s[l - 1] != ':')
		return 0;
	text_len = --l;
	/* "... error message appears:" read as "... error message:"; twice
	 * for "an error similar to the following may be displayed:" */
	for (k = 0; k < 2; k++)
		for (i = 0; shows[i] != NULL; i++) {
			el = strlen(shows[i]);
			if (l > el && strncasecmp(s + l - el, shows[i], el) == 0) {
				l -= el;
				break;
			}
		}
	for (i = 0; ends[i] != NULL; i++) {
		el = strlen(ends[i]);
		if (l >= el && strncasecmp(s + l - el, ends[i], el) == 0 && (l == el || s[l - el - 1] == ' '))
			return 1;
	}
	return announces_error_then_when(s, text_len);
}

/* Line m announces what follows (announces()), read with the end of
 * the line above when its sentence is wrapped there ("... the following
 * error" / "message may appear:"). */
static int lead_in_announces(const struct imp *im, size_t m, int (*announces)(const char *))
{
	const char *t = imp_line_at(im, m), *above, *tail;
	char buf[256];
	size_t al, tl, reach;

	if (announces(t))
		return 1;
	if (m <= im->a->body_first || !islower((unsigned char)*imp_skip_ws(t)))
		return 0;
	above = imp_line_at(im, m - 1);
	al = imp_rtrim_len(above, strlen(above));
	if (al == 0 || !isalpha((unsigned char)above[al - 1]))
		return 0;
	/* the last words of the line above (enough for "error message";
	 * for an error's lead-in, which may say where the error shows after
	 * it, the whole of "you may receive error messages similar to the
	 * following messages" / "during the installation phase:") and the
	 * end of line m, which announces() reads */
	reach = announces == announces_error ? 80 : 40;
	tail = above + (al > reach ? al - reach : 0);
	t = imp_skip_ws(t);
	tl = strlen(t);
	if (tl > sizeof buf - (reach + 8))
		t += tl - (sizeof buf - (reach + 8));
	snprintf(buf, sizeof buf, "%.*s %s", (int)(above + al - tail), tail, t);
	return announces(buf);
}

/* An "-or-" line lies between lines m and n: what is above it is
 * another message of the same block. */
static int after_or_line(const struct imp *im, size_t m, size_t n)
{
	size_t k;

	for (k = m + 1; k < n; k++)
		if (imp_or_line(imp_line_at(im, k)))
			return 1;
	return 0;
}

/* The lead-in over the indented message block that holds line n (text
 * s), or 0: up over the block (blank lines, and lines at least as deep
 * as s that end with no colon) to the first line above ending with a
 * colon, or shallower.  The lead-in stands out of the block (an inner
 * "... due to the following error:" line of the message above is no
 * lead-in), announces what is seen (announces(): "error message:"), and
 * is not a list of what may be ("the following six subcodes describe
 * other possible errors:"). */
static size_t message_block_lead(const struct imp *im, size_t n, const char *s, int (*announces)(const char *))
{
	size_t m;

	for (m = n - 1; m > im->a->body_first && m + MESSAGE_BLOCK_LINES > n; m--) {
		const char *above = imp_line_at(im, m);
		if (imp_blank(above) || imp_or_line(above) || imp_and_line(above))
			continue;
		/* (a message of the block above may end with a colon: "1321
		 * The Installer cannot modify this file:" over the file's
		 * name, then "-or-" and the next message) */
		if (imp_indent_of(above) < imp_indent_of(s) ||
		    (imp_ends_with_colon(above) &&
		     (imp_indent_of(above) > imp_indent_of(s) || imp_hangs_in_item(im, m) || !after_or_line(im, m, n))))
			break;
	}
	/* (a lead-in as deep as the block is a list item's text hanging
	 * over it: " - If ..., the" / "   following error appears:") */
	if (imp_indent_of(imp_line_at(im, m)) > imp_indent_of(s) ||
	    (imp_indent_of(imp_line_at(im, m)) == imp_indent_of(s) && !imp_hangs_in_item(im, m)) ||
	    !lead_in_announces(im, m, announces) || lead_in_lists_codes(im, m))
		return 0;
	return m;
}

/* Line s ends with a number in brackets, a stop after it or not
 * ("(12)", "[18].": a message's last line): where the bracket opens, its
 * closing one in *close; NULL when it does not. */
static const char *trailing_number(const char *s, const char **close)
{
	size_t l = imp_rtrim_len(s, strlen(s));
	const char *open;

	if (l > 0 && s[l - 1] == '.')
		l--;
	if (l < 3 || (s[l - 1] != ')' && s[l - 1] != ']'))
		return NULL;
	*close = s + l - 1;
	for (open = *close - 1; open > s && isdigit((unsigned char)*open); open--)
		;
	return *open == (**close == ')' ? '(' : '[') && *close - open > 1 ? open : NULL;
}

/* The message at line n (text s) goes on on the next line, as deep,
 * with no capital to open a message of its own ("555-0100.", ": 74"). */
static int goes_on(const struct imp *im, size_t n, const char *s)
{
	const char *next;

	if (n + 1 >= im->a->body_end || imp_blank(imp_line_at(im, n + 1)) ||
	    imp_indent_of(imp_line_at(im, n + 1)) < imp_indent_of(s))
		return 0;
	next = imp_skip_ws(imp_line_at(im, n + 1));
	return !isupper((unsigned char)*next);
}

/* The lead-in at line m (with the line above it, where it may wrap)
 * names the number in brackets as something other than an error's
 * code: a count, a build or version, a level, or "not an error". */
static int lead_in_names_other_number(const struct imp *im, size_t m)
{
	static const char *const others[] = { "count", "build", "version", "level", "severity", NULL };
	char text[512];

	snprintf(text, sizeof text, "%s %s", m > im->a->body_first ? imp_line_at(im, m - 1) : "",
		 imp_line_at(im, m));
	return imp_find_any_word(text, others) != NULL || imp_ci_find(text, "not an error") != NULL;
}

/* The words of s before p say something failed: "Could not load
 * debuggee, Windows is out of memory (1)", "Error during
 * WNetAddConnection2 (53)" (a message's number in brackets with no stop
 * before it, which a phone call's "at (800)" or a heading's "Step (2)"
 * never says).  The caller asks it only right after a word: the MTA's
 * "[POP4 POP4 DOWN4 18] (14)" ends with a diagnostic level, no code. */
static int says_failure_before(const char *s, const char *p)
{
	static const char *const words[] = { "error", "errors", "fail", "fails", "failed", "failure", "cannot",
					     "unable", "denied", "invalid", NULL };
	char buf[256];
	size_t l = (size_t)(p - s);

	if (l >= sizeof buf)
		return 0;
	memcpy(buf, s, l);
	buf[l] = '\0';
	return imp_find_any_word(buf, words) != NULL || imp_ci_find(buf, "could not") != NULL;
}

/* A lead-in that names the log its lines are read from: "the Sender.log
 * file states:", "The following entries appear in the CCM log:", "...
 * may log the following entry:". */
static int announces_log(const char *s)
{
	static const char *const logs[] = { "log", "logs", NULL };

	return imp_ends_with_colon(s) && imp_find_any_word(s, logs) != NULL;
}

/* "you may receive the following error" / "messages:" over "   ... A new
 * profile will be created. (1009)." and "   Please contact your network
 * administrator. [18]": a message that ends its last sentence with its
 * number in brackets, as the program prints it.  Only after a sentence's
 * stop and a space, or after words that say something failed
 * (says_failure_before()): "lsnabapi(660)", "x(10)" and "stisupp.cpp(2612)"
 * are a function, an array and a source line, and a number after a phone
 * call's "at (800)" has neither before it, nor a year, nor a number the
 * message goes on past, nor one its lead-in names as something else
 * (lead_in_names_other_number()).  The lead-in may wrap, so its
 * last line need only name a message or an error and end with a colon
 * (imp_announces_message()). */
static void scan_message_trailing_code(struct imp *im, size_t n, const char *s)
{
	size_t clen, first, m, starts[5];
	const char *open, *close, *above, *cut, *msg = NULL;
	struct kb_buf b = { 0 };
	uint32_t code;
	int neg, failed, log_entry = 0;

	if (im->used[n] || n <= im->a->body_first || imp_indent_of(s) < 2 ||
	    (open = trailing_number(s, &close)) == NULL || close - open > 6 || open - s < 3 || open[-1] != ' ')
		return;
	failed = isalnum((unsigned char)open[-2]) && says_failure_before(s, open);
	/* one digit only after words that say what failed ("Fail (5)"): a
	 * sentence's "(1)" marks a list's item or a note */
	if ((open[-2] != '.' && open[-2] != '!' && !failed) || (close - open < 3 && !failed))
		return;
	clen = read_code(open + 1, &code, &neg);
	/* a year is no code; nor a number the message goes on past ("call
	 * Frob Support. (425)" over "555-0100.") */
	if (clen != (size_t)(close - open - 1) || neg || code == 0 || (clen == 4 && code >= 1900 && code <= 2099) ||
	    goes_on(im, n, s))
		return;
	/* a log's line that says what failed is an entry of its own under a
	 * lead-in that names the log ("the Sender.log file states:" over
	 * "Error during WNetAddConnection2 to \\S\SMS_SITE (487)."), a
	 * program's log: an event's text ends with other numbers ("MAIN BASE
	 * 1 (16)", the MTA's severity); no lead-in may call the number
	 * something else ("the count", "the build number", "not an error") */
	if ((m = message_block_lead(im, n, s, imp_announces_message)) == 0 && failed &&
	    (m = message_block_lead(im, n, s, announces_log)) != 0) {
		if (lead_in_names_event_log(im, m))
			return;
		log_entry = 1;
	}
	if (m == 0 || lead_in_names_other_number(im, m))
		return;
	im->used[n] = 1;
	/* the message is the paragraph up to its number, over its lines,
	 * not the message above it (ended by its own number) nor a lead-in
	 * (ended by a colon); a log's entry is its line */
	for (first = n; !log_entry && first > im->a->body_first && first + 4 > n && !imp_blank(imp_line_at(im, first - 1)) &&
			imp_indent_of(imp_line_at(im, first - 1)) >= 2 && trailing_number(imp_line_at(im, first - 1), &above) == NULL &&
			!imp_ends_with_colon(imp_line_at(im, first - 1));
	     first--)
		;
	if (imp_join_lines(im, first, n, &b, starts, 5) > 0 && b.p != NULL && (cut = strrchr(b.p, *open)) != NULL)
		msg = imp_dupn(im, b.p, imp_rtrim_len(b.p, (size_t)(cut - b.p)));
	kb_buf_free(&b);
	add_code(im, n, open + 1, clen, code, 0,
		 msg != NULL ? msg : imp_dupn(im, imp_skip_ws(s), (size_t)(open - 1 - imp_skip_ws(s))));
}

/* The line above n (over no blank line) ends by naming the code that
 * the next line holds: "Error Number:", "Return code was:", "... error
 * number" (a field's label wrapped away from its value).  Where the
 * label starts, or NULL. */
static const char *code_label_above(const struct imp *im, size_t n)
{
	static const char *const labels[] = { "error number", "return code was", "code was", "error was",
					      "status was", "code is", "number", "code", "error", "status",
					      "hresult", NULL };
	const char *t;
	size_t l, i, ll;

	if (n <= im->a->body_first || imp_blank(t = imp_line_at(im, n - 1)))
		return NULL;
	l = imp_rtrim_len(t, strlen(t));
	if (l > 0 && t[l - 1] == ':')
		l--;
	for (i = 0; labels[i] != NULL; i++) {
		ll = strlen(labels[i]);
		if (l >= ll && strncasecmp(t + l - ll, labels[i], ll) == 0 &&
		    (l == ll || t[l - ll - 1] == ' '))
			return t + l - ll;
	}
	return NULL;
}

/* The words of the message whose code stands alone on line n: the
 * sentence a label over the code ends ("DllUnregisterServer in
 * <component.dll> failed. Return code was:"), or the lines of the block
 * under lead-in m above the code, or under it when the code opens the
 * block ("0x800706BE" over "Automation Error - The remote ...").  NULL
 * when there are none. */
static const char *hex_line_message(struct imp *im, size_t n, size_t m, const char *label)
{
	size_t first = m + 1, last = n - 1, starts[MESSAGE_BLOCK_LINES], l;
	struct kb_buf b = { 0 };
	const char *msg = NULL, *t;

	if (label != NULL) {
		t = imp_skip_ws(imp_line_at(im, n - 1));
		l = imp_rtrim_len(t, (size_t)(label - t));
		return l > 0 && t[l - 1] == '.' ? imp_dupn(im, t, l) : NULL;
	}
	while (first < n && imp_blank(imp_line_at(im, first)))
		first++;
	if (first >= n) {
		first = n + 1;
		for (last = n; last + 1 < im->a->body_end && last < n + 4 && !imp_blank(imp_line_at(im, last + 1)); last++)
			;
	}
	if (first <= last && imp_join_lines(im, first, last, &b, starts, MESSAGE_BLOCK_LINES) > 0 && b.p != NULL &&
	    (l = imp_rtrim_len(b.p, b.len)) > 0 && strspn(b.p, "-0123456789abcdefABCDEFx") < l)
		msg = imp_dupn(im, b.p, l);
	kb_buf_free(&b);
	return msg;
}

/* The lead-in over line n (text s) when it is wrapped before its colon's
 * line ("the following error message occurs when you" / "return the
 * values:"), which message_block_lead() does not read as announcing and
 * quoted_message_line() does: the colon's line, over blank lines only and
 * shallower than s; else 0. */
static size_t wrapped_lead_in_above(const struct imp *im, size_t n, const char *s)
{
	size_t m;

	if (n <= im->a->body_first + 1 || !imp_blank(imp_line_at(im, n - 1)) || !quoted_message_line(im, n, s))
		return 0;
	for (m = n - 1; m > im->a->body_first && m + MESSAGE_BLOCK_LINES > n && imp_blank(imp_line_at(im, m)); m--)
		;
	return !imp_blank(imp_line_at(im, m)) && imp_indent_of(imp_line_at(im, m)) < imp_indent_of(s) ? m : 0;
}

/* "   0xc1030b22" alone on a line: a failure status (eight hex digits
 * with 0x, top bit set) that a program prints under or over its message
 * (the Exchange Administrator, COMTI's Test Console, a failed
 * DllRegisterServer), inside the block a lead-in announces as an error
 * or a message ("you may receive the following error message:"), or
 * under a label wrapped onto the line above ("Error Number:", "Return
 * code was:").  Under a STOP screen's lead-in only as the block's first
 * line ("0xc000000D." under "the following STOP message appears:"): the
 * block lists addresses ("0x801135D8" under "Base 80100000 ==
 * NTOSKRNL.EXE"); nor a value the block has shown on a line above (an
 * address again). */
static void scan_message_hex_line(struct imp *im, size_t n, const char *s)
{
	const char *c = imp_skip_ws(s), *rest, *hex, *label;
	size_t clen, m = 0, k;
	uint32_t code;
	int neg;

	if (im->used[n] || imp_indent_of(s) == 0 || !imp_starts_ci(c, "0x") ||
	    (clen = code_at(c, &code, &neg)) == 0 || !severe_hex(c, clen, code) || code == 0xFFFFFFFFu)
		return;
	rest = c + clen;
	if (*rest == '.')
		rest++;
	if (!imp_blank(rest))
		return;
	if ((label = code_label_above(im, n)) == NULL) {
		/* (a lead-in wrapped before its colon's line, "the following
		 * error message occurs when you" / "return the values:", is
		 * quoted_message_line()'s to read) */
		if ((m = message_block_lead(im, n, s, imp_announces_message)) == 0)
			m = wrapped_lead_in_above(im, n, s);
		if (m == 0)
			return;
		/* under a stop's lead-in only the status that opens the
		 * block, "the following STOP message appears:" over
		 * "0xc000000D." */
		if (imp_has_word(imp_line_at(im, m), "STOP"))
			for (k = m + 1; k < n; k++)
				if (!imp_blank(imp_line_at(im, k)))
					return;
		hex = imp_dupn(im, c, clen);
		for (k = m + 1; k < n; k++)
			if (imp_ci_find(imp_line_at(im, k), hex) != NULL)
				return;
	}
	im->used[n] = 1;
	add_code(im, n, c, clen, code, neg, hex_line_message(im, n, m, label));
}

/* The words msg that follow a code on line n, or, when there are none,
 * the first line with words among the next `below` lines (a page or a
 * dialog prints the code's message under it). */
static const char *words_or_below(const struct imp *im, size_t n, const char *msg, size_t below)
{
	size_t k;

	for (k = n + 1; imp_blank(msg) && k < im->a->body_end && k <= n + below; k++)
		msg = imp_skip_ws(imp_line_at(im, k));
	return msg;
}

/* "MSEXCH:IMS:Org Name:Site:SERVER1 0 (000C0595) Ambiguous Recipient":
 * the diagnostic line of an Exchange non-delivery report names the
 * component that failed (then the organisation, site and server, whose
 * names may hold spaces), a reason number, and in brackets the status
 * the technician looks up: eight hex digits, written without 0x and
 * often of digits only ("(00120270)"), which are hex all the same.  The
 * words after the bracket are its message.  The archive prints 12 such
 * lines in 10 articles; no keyword stands before the code. */
static void scan_ndr_diagnostic(struct imp *im, size_t n, const char *s)
{
	const char *p = strstr(s, "MSEXCH:"), *b, *d, *msg;
	uint32_t code;

	if (p == NULL || im->used[n])
		return;
	for (b = p + 7; (b = strchr(b, '(')) != NULL; b++) {
		if (strspn(b + 1, "0123456789abcdefABCDEF") != 8 || b[9] != ')')
			continue;
		/* the reason number, alone, right before the bracket */
		for (d = b; d > p && d[-1] == ' '; d--)
			;
		if (d == b || !isdigit((unsigned char)d[-1]))
			continue;
		while (d > p && isdigit((unsigned char)d[-1]))
			d--;
		if (d[-1] != ' ')
			continue;
		code = (uint32_t)strtoul(b + 1, NULL, 16);
		msg = imp_skip_ws(b + 10);
		/* "(000B099C)<BR/>" over "Message exceeds size limit.": a
		 * web page's markup or nothing, the words on the line below */
		msg = words_or_below(im, n, *msg == '<' ? "" : msg, 1);
		add_code_worded(im, n, b + 1, 8, code, 0, msg, CODE_HEX_DIGITS);
		return;
	}
}

/* A Windows Sockets error's number (winsock2.h: WSABASEERR + 4 ...
 * 11004, the numbers WSAGetLastError() gives for a call that failed; the
 * quality of service's WSA_QOS_* numbers above them are left out).  Not
 * 10000 itself nor a number between the defined ones. */
static int winsock_error(uint32_t code)
{
	return code == 10004 || code == 10009 || code == 10013 || code == 10014 || code == 10022 ||
	       code == 10024 || (code >= 10035 && code <= 10071) || (code >= 10091 && code <= 10093) ||
	       (code >= 10101 && code <= 10112) || (code >= 11001 && code <= 11004);
}

/* Between named and p a word says a failure: error, fail(s, ed, ure),
 * code, errno, or a Windows Sockets error's constant (WSAE...). */
static int socket_failure_words(const char *named, const char *p)
{
	static const char *const words[] = { "error", "fail", "code", "errno", "WSAE", NULL };
	const char *w;
	size_t i, l;

	for (w = named; w < p; w++) {
		if (w > named && isalpha((unsigned char)w[-1]))
			continue;
		for (i = 0; words[i] != NULL; i++) {
			l = strlen(words[i]);
			if (w + l <= p && strncasecmp(w, words[i], l) == 0)
				return 1;
		}
	}
	return 0;
}

/* "Socket () failed, 10047", "Couldn't create socket(10047)", "(socket
 * code 10053)", "Bind() call fails with WSAENOBUFS(10055)", "listener
 * socket (10050)": a Windows Sockets error's number on a line that names
 * sockets (the word, or a WSA constant) before it; the number alone says
 * what it is, in whatever words it stands (28 archive articles write one
 * so, most with no keyword the readers above take).  In the symptoms or
 * the cause; elsewhere listed for a person. */
static void scan_socket_error(struct imp *im, size_t n, const char *s)
{
	const char *p, *named;
	uint32_t code;

	if (strstr(s, "ocket") == NULL && strstr(s, "OCKET") == NULL && strstr(s, "WSA") == NULL)
		return;
	if (imp_starts_ci(imp_skip_ws(s), "Additional query words"))
		return;
	named = imp_ci_find(s, "socket");
	if (named == NULL || (strstr(s, "WSA") != NULL && strstr(s, "WSA") < named))
		named = strstr(s, "WSA");
	for (p = named; p != NULL && (p = strpbrk(p, "1")) != NULL; p++) {
		/* (the number is the failure's: in brackets right after the
		 * words, "socket(10047)", "WSAENOBUFS(10055)", or with an
		 * error's word between them and it, "Socket () failed,
		 * 10047", "socket code 10053"; not "a socket bound to TCP port
		 * 10050") */
		if (p > s && p[-1] != '(' && p[-1] != '/' && !socket_failure_words(named, p))
			continue;
		if (p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '.' || p[-1] == '-'))
			continue;
		/* (the number ends its phrase: "(10047)", "10047.", ", 10047"
		 * at the end, "10048]", "10054 (WSAECONNRESET)"; not "10047
		 * bytes") */
		if (strspn(p, "0123456789") != 5 ||
		    !(p[5] == '\0' || strchr(")],.;", p[5]) != NULL || (p[5] == ' ' && p[6] == '(')) ||
		    (p[5] == '.' && isdigit((unsigned char)p[6])))
			continue;
		code = (uint32_t)strtoul(p, NULL, 10);
		if (!winsock_error(code) || has_error(im, code))
			continue;
		/* (outside the symptoms and the cause, a how-to's sample of a
		 * debug run: a person's call, as for a NET message) */
		if (imp_where_symptoms_are(im, n))
			add_code(im, n, p, 5, code, 0, NO_MESSAGE);
		else
			imp_review_once(im, n, T_SYMPTOMS,
					imp_fmt(im, "%.5s is a Windows Sockets error's number: add the error as a symptom if the technician sees it",
						p));
	}
}

/* The word "code" at b in line ls (line n itself when on_n) follows
 * "returned", "return" or "error", on its line or, opening line n, at
 * the end of the line above ("... 41301:Notes returned" / "code: 2c5"). */
static int owned_code(const struct imp *im, size_t n, int on_n, const char *ls, const char *b)
{
	static const char *const owners[] = { "returned", "return", "error", NULL };
	const char *above;

	if (imp_word_before_is(ls, b, owners))
		return 1;
	if (!on_n || imp_skip_ws(ls) != b || n <= im->a->body_first)
		return 0;
	above = imp_line_at(im, n - 1);
	return imp_word_before_is(above, above + strlen(above), owners);
}

/* "Notes returned code: 2c5 (hex)", "returned code 109 (hex)", or "code:"
 * ending the line above the number: a code the log itself calls hex (a
 * mail connector's log, 5 archive articles), letters or none.  The
 * keyword readers take no code with a letter and no bare word "code".
 * Only "error", or "code" after "returned", "return" or "error": an
 * "ASCII code 1B (hex)" or a "scan code 3B (hex)" is a character's (the
 * word before "code" may end the line above: "... 41301:Notes returned" /
 * "code: 2c5 (hex)"); in a clause that does not deny it. */
static void scan_hex_marked_code(struct imp *im, size_t n, const char *s)
{
	const char *m, *tok, *w, *ls, *b, *e;
	size_t len;

	/* (a case-bound look first: every line with a digit comes here) */
	if (strstr(s, "ex)") == NULL && strstr(s, "EX)") == NULL)
		return;
	for (m = s; (m = imp_ci_find(m, "(hex)")) != NULL; m += 5) {
		for (tok = m; tok > s && tok[-1] == ' '; tok--)
			;
		for (len = 0; tok > s && isxdigit((unsigned char)tok[-1]); tok--)
			len++;
		if (len == 0 || len > 8 || (tok > s && (isalnum((unsigned char)tok[-1]) || tok[-1] == '_')))
			continue;
		/* the word before: on this line, or ending the line above */
		ls = s;
		w = tok;
		if (imp_skip_ws(s) == tok && n > im->a->body_first) {
			ls = imp_line_at(im, n - 1);
			w = ls + strlen(ls);
		}
		while (w > ls && (w[-1] == ' ' || w[-1] == ':'))
			w--;
		b = imp_word_before(ls, w, IMP_WORD_LETTERS, &e);
		if (e != w || !((e - b == 5 && strncasecmp(b, "error", 5) == 0) ||
				(e - b == 4 && strncasecmp(b, "code", 4) == 0 && owned_code(im, n, ls == s, ls, b))))
			continue;
		if (!clause_negates(im, n, s, tok))
			add_code_worded(im, n, tok, len, (uint32_t)strtoul(tok, NULL, 16), 0, NO_MESSAGE,
					CODE_HEX_DIGITS);
	}
}

/* "Description: Message processing failed because there is not enough
 * available memory" / "(8007000E-F2000200).": a failed HRESULT and a
 * subcode of the component's own, joined by a dash in brackets, end an
 * event's description or a quoted message (the Internet Mail Service's
 * content engine writes them so: 3 archive articles).  The HRESULT is the
 * code, the words before the bracket, from the description's label or
 * the message's first line (up to three lines above), its message. */
static void scan_status_pair(struct imp *im, size_t n, const char *s)
{
	const char *b, *c, *t;
	char buf[512];
	size_t k, first;
	uint32_t code;

	for (b = strchr(s, '('); b != NULL; b = strchr(b + 1, '(')) {
		c = b + 1;
		if (strspn(c, "0123456789abcdefABCDEF") != 8 || c[8] != '-' ||
		    (k = strspn(c + 9, "0123456789abcdefABCDEF")) < 4 || k > 8 || c[9 + k] != ')')
			continue;
		code = (uint32_t)strtoul(c, NULL, 16);
		if ((code & 0x80000000u) == 0 || code == 0xFFFFFFFFu)
			continue;
		if (!event_description_line(im, n, s) && !quoted_message_line(im, n, s))
			return;
		for (first = n; first > im->a->body_first && n - first < 3 &&
				!imp_starts_ci(imp_skip_ws(imp_line_at(im, first)), "Description:");
		     first--) {
			t = imp_line_at(im, first - 1);
			k = imp_rtrim_len(t, strlen(t));
			if (imp_blank(t) || (k > 0 && t[k - 1] == ':' &&
					     !imp_starts_ci(imp_skip_ws(t), "Description:")))
				break;
		}
		if (!join_lines(im, first, n, b, buf, sizeof buf))
			buf[0] = '\0';
		t = imp_skip_ws(buf);
		if (imp_starts_ci(t, "Description:"))
			t = imp_skip_ws(t + 12);
		add_code_worded(im, n, c, 8, code, 0, imp_dupn(im, t, imp_rtrim_len(t, strlen(t))),
				CODE_HEX_DIGITS);
		return;
	}
}

/* "an \"ASP 0115\" error", "ASP 0115 errors", "ASP 0115 - Unexpected
 * error": at p (in s), "ASP " and an ASP error's number as prose names
 * it, a word of its own (a quote or a space before it), four digits
 * opening with 0 (the numbers run 0100-0250), then the word error (past a
 * closing quote) or a dash and the message.  The message after the dash,
 * or the number's end when the word error follows; NULL when p is no
 * such name. */
static const char *asp_worded(const char *s, const char *p)
{
	const char *num = p + 4, *end = num + 4, *w;

	if ((p > s && p[-1] != ' ' && p[-1] != '"' && p[-1] != '\'') || num[0] != '0' || num[1] == '0' ||
	    strspn(num, "0123456789") != 4)
		return NULL;
	w = end + (*end == '"' || *end == '\'');
	if (*w == ' ' && imp_starts_ci(w + 1, "error") && !isalpha((unsigned char)w[6 + (w[6] == 's')]))
		return end;
	if (strncmp(w, " - ", 3) == 0 && isalpha((unsigned char)w[3]))
		return w + 3;
	return NULL;
}

/* "Server object error 'ASP 0177 : 800401f3'" over "Server.CreateObject
 * Failed", "Error 'ASP 0115'" over "Unexpected error", and IIS 5's
 * "Application object, ASP 0197 (0x80004005)" over "Disallowed object
 * use": the error page of Active Server Pages names its own error number
 * (decimal, written with leading zeros), then maybe the COM error it met
 * (an HRESULT, in IIS 4's quotes without 0x); the message is the words
 * after the quote or the bracket, or else the page's next line (over one
 * blank line).  37 archive articles print such pages; the keyword readers
 * stop at the quote or the comma.  Prose names the number so too, "an
 * \"ASP 0115\" error message", "ASP 0115 errors", "ASP 0115 - Unexpected
 * error": four digits, the first a zero, then the word error or a dash
 * and the message (asp_worded()).  Not in a related article's title. */
static void scan_asp_error(struct imp *im, size_t n, const char *s)
{
	const char *p, *num, *hr, *end, *msg;
	size_t nlen, hlen;
	int quoted;

	for (p = s; (p = strstr(p, "ASP ")) != NULL; p = end) {
		num = p + 4;
		end = num;
		quoted = p - s >= 7 && strncasecmp(p - 7, "error '", 7) == 0;
		if (!quoted && (msg = asp_worded(s, p)) != NULL) {
			end = num + 4;
			/* ("without returning an ASP 0131 error") */
			if (!clause_negates(im, n, s, p))
				add_code(im, n, num + 1, 3, (uint32_t)strtoul(num, NULL, 10), 0,
					 msg == end ? NO_MESSAGE : msg);
			continue;
		}
		if ((!quoted && (p - s < 2 || p[-2] != ',' || p[-1] != ' ')) ||
		    (nlen = strspn(num, "0123456789")) < 3 || nlen > 5)
			continue;
		hr = num + nlen;
		hlen = 0;
		if (quoted) {
			/* "'ASP 0177 : 800401f3'", "'ASP 0177:800a0046'" */
			if (*hr == ' ')
				hr++;
			if (*hr == ':') {
				hr = imp_skip_ws(hr + 1);
				if (imp_starts_ci(hr, "0x"))
					hr += 2;
				if ((hlen = strspn(hr, "0123456789abcdefABCDEF")) != 8)
					continue;
			}
			end = hlen > 0 ? hr + hlen : num + nlen;
			if (*end != '\'')
				continue;
		} else {
			/* ", ASP 0197 (0x80004005)" */
			if (!imp_starts_ci(hr, " (0x") || (hlen = strspn(hr + 4, "0123456789abcdefABCDEF")) != 8 ||
			    hr[12] != ')')
				continue;
			hr += 4;
			end = hr + hlen;
		}
		msg = imp_skip_ws(end + 1);
		/* (IIS 5 repeats the HRESULT after the bracket: "(0x800706D5)
		 * 800706d5") */
		if (hlen > 0 && strncasecmp(msg, hr, 8) == 0)
			msg = imp_skip_ws(msg + 8);
		msg = words_or_below(im, n, msg, 2);
		/* (the page's "/page.asp, line 3" says where, not what) */
		if (*msg == '/')
			msg = NO_MESSAGE;
		/* "ASP 0115" is error 115 */
		while (nlen > 1 && *num == '0') {
			num++;
			nlen--;
		}
		add_code(im, n, num, nlen, (uint32_t)strtoul(num, NULL, 10), 0, msg);
		if (hlen > 0)
			add_code_worded(im, n, hr, 8, (uint32_t)strtoul(hr, NULL, 16), 0, msg, CODE_HEX_DIGITS);
	}
}

/* "instead of indicating a more permanent error condition:" over the
 * block that holds line n: the lead-in gives what follows as what should
 * have happened. */
static int lead_in_says_instead(const struct imp *im, size_t n)
{
	size_t bf, bl, pf, pl;

	imp_paragraph_of(im, n, &bf, &bl);
	return imp_paragraph_above(im, bf, &pf, &pl) && imp_ends_with_colon(imp_line_at(im, pl)) &&
	       imp_lines_say(im, pf, pl, "instead of");
}

/* "primary_rc = AP_COMM_SUBSYSTEM_NOT_LOADED (0xF004)", "secondary_rc =
 * AP_BAD_TP_ID (0x00000001)": an APPC verb's return codes as SNA Server's
 * messages and traces print them, the constant's name between the label
 * and the code in brackets (23 archive lines, none drafted: the keyword
 * readers stop at the name); or the code first in the host's hex notation,
 * the name in brackets after it, "primary_rc = X'0001'
 * (AP_PARAMETER_CHECK)".  The name is the message; a code of 0 (AP_OK) is
 * a success and add_code() leaves it. */
static void scan_rc_constant(struct imp *im, size_t n, const char *s)
{
	const char *p, *q, *e, *b, *c, *name;
	size_t clen, nl;
	uint32_t code;
	int neg;
	unsigned flags;

	/* (a quick look first: the search for "rc" costs every line) */
	if (strchr(s, '=') == NULL || strchr(s, '(') == NULL)
		return;
	for (p = s; (p = imp_ci_find(p, "rc")) != NULL; p += 2) {
		if ((p > s && isalnum((unsigned char)p[-1])) || isalnum((unsigned char)p[2]))
			continue;
		q = imp_skip_ws(p + 2);
		if (*q != '=')
			continue;
		q = imp_skip_ws(q + 1);
		if (q[0] == 'X' && q[1] == '\'') {
			c = q + 2;
			clen = strspn(c, "0123456789abcdefABCDEF");
			if (clen == 0 || clen > 8 || c[clen] != '\'')
				continue;
			b = imp_skip_ws(c + clen + 1);
			if (*b != '(' || (nl = constant_name_len(b + 1)) == 0 || b[1 + nl] != ')')
				continue;
			code = (uint32_t)strtoul(c, NULL, 16);
			neg = 0;
			name = b + 1;
			flags = CODE_HEX_DIGITS;
		} else {
			for (e = q; isupper((unsigned char)*e) || isdigit((unsigned char)*e) || *e == '_'; e++)
				;
			if (e - q < 4 || memchr(q, '_', (size_t)(e - q)) == NULL)
				continue;
			b = imp_skip_ws(e);
			c = b + 1;
			if (*b != '(' || (clen = code_at(c, &code, &neg)) == 0 || c[clen] != ')')
				continue;
			name = q;
			nl = (size_t)(e - q);
			flags = 0;
		}
		if (code == 0)
			continue;
		/* (an API reference lists the codes a verb may return, under
		 * "the following error will be returned:": only the symptoms
		 * and the cause show one that is met, or a short article with
		 * no sections, under a lead-in announcing the errors) */
		if (!imp_in_symptoms_or_cause(im, n) &&
		    (imp_section_of(im, n) != NULL || !quoted_message_line(im, n, s)))
			return;
		if (lead_in_says_instead(im, n)) {
			imp_review(im, n, T_SYMPTOMS, 0,
				   imp_fmt(im, "error %.*s is the code the article says should be returned instead (the right behaviour), not a symptom: add it only if the technician sees it",
					   (int)clen, c));
			continue;
		}
		add_code_worded(im, n, c, clen, code, neg, imp_dupn(im, name, nl), flags);
	}
}

/* Line n's block is led in by words that speak of a stop, a blue screen
 * or a bug check: on a line of the block above it ("Description: ... The
 * bugcheck was:") or in the prose paragraph over it, up past the block's
 * other lines and its "NOTE: The parameters may vary." remarks (a list of
 * stop lines shares one lead-in). */
static int under_stop_words(const struct imp *im, size_t n)
{
	size_t m, k, prose = 0;

	for (m = n; m > im->a->body_first && n - m < 16 && prose < 3; m--) {
		const char *t = imp_line_at(im, m - 1);
		if (imp_has_word(t, "stop") || imp_ci_find(t, "blue screen") != NULL ||
		    imp_ci_find(t, "bugcheck") != NULL || imp_ci_find(t, "bug check") != NULL)
			return 1;
		k = imp_indent_of(t);
		if (imp_blank(t))
			prose = prose > 0 ? 3 : 0;     /* above the lead-in: done */
		else if (k == 0 && !imp_starts_ci(t, "NOTE"))
			prose++;
	}
	return 0;
}

/* "   0x0000007F (0x00000008, 0x00000000, 0x00000000, 0x00000000)": a
 * bug check's code and its four parameters as a blue screen's first line
 * prints them, without "STOP:" before (22 archive lines in 10 articles;
 * only the codes a title repeated were drafted).  Read in an indented
 * block under words that speak of a stop, a blue screen or a bug check
 * (under_stop_words()), in the symptoms or the cause (or an article with
 * no sections).  Its message is the words right after the parameters
 * (the code's name), when any. */
static void scan_bugcheck_line(struct imp *im, size_t n, const char *s)
{
	const char *c = imp_skip_ws(s), *b, *e, *msg;
	size_t clen, k;
	uint32_t code;
	int neg, commas = 0, words = 0;

	if (imp_indent_of(s) == 0 || !imp_starts_ci(c, "0x") || (clen = code_at(c, &code, &neg)) != 10)
		return;
	b = imp_skip_ws(c + clen);
	if (*b != '(' || (e = strchr(b, ')')) == NULL)
		return;
	/* four parameters, "(0x00000008, 0x0, 0x0, 0x0)" or, as some
	 * screens print them, "(c0000005 f1f733f7 00000000 0000000c)" */
	for (k = 1; b + k < e; k++) {
		commas += b[k] == ',';
		words += b[k] != ' ' && b[k] != ',' && (b[k - 1] == ' ' || b[k - 1] == ',' || b[k - 1] == '(');
	}
	if (commas != 3 && !(commas == 0 && words == 4))
		return;
	if (!imp_where_symptoms_are(im, n) || !under_stop_words(im, n))
		return;
	/* (not a sentence going on past the bracket: ". Microsoft ...") */
	msg = imp_skip_ws(e + 1);
	add_code(im, n, c, clen, code, 0,
		 imp_blank(msg) || !isalpha((unsigned char)*msg) ? NO_MESSAGE :
		 imp_dupn(im, msg, imp_rtrim_len(msg, strlen(msg))));
}

/* Error code (its number without leading zeros: "NET0133" is 133, an
 * entry's "00500" is 500) on line n with the message at m, the words
 * after its colon (none when m is empty), read to its sentence's end,
 * on the next line too when may_wrap says the message goes on there;
 * " >> mex2dia(6274)", a connector's place in its source, cut off. */
static void add_numbered_message(struct imp *im, size_t n, uint32_t code, const char *m, int may_wrap)
{
	const char *digits = imp_fmt(im, "%u", (unsigned)code);
	char buf[256], *where;
	size_t l;

	if (digits == NULL)
		return;
	if (*m == '\0') {
		add_code(im, n, digits, strlen(digits), code, 0, NO_MESSAGE);
		return;
	}
	if (may_wrap) {
		sentence_after(im, n, m, buf, sizeof buf);
	} else {
		l = imp_rtrim_len(m, to_sentence_end(m));
		while (l > 0 && m[l - 1] == '.')
			l--;
		l = l < sizeof buf ? l : sizeof buf - 1;
		memcpy(buf, m, l);
		buf[l] = '\0';
	}
	if ((where = strstr(buf, " >> ")) != NULL)
		*where = '\0';
	add_code(im, n, digits, strlen(digits), code, 0, imp_dupn(im, buf, strlen(buf)));
}

/* Messages that carry their error's number after a component's name:
 * LAN Manager's and Windows for Workgroups' net messages, "NET3513: More
 * data is available than can be returned by LAN Manager.", "a NET3778
 * error message appears" (33 archive lines no reader placed), "NET 3056
 * - A system error has occurred." (spaced, 4 articles; "Net 3054:
 * A request for memory ...", the word capitalised, 2), and the
 * Windows multimedia system's, "MMSYSTEM263 This is not a registered MCI
 * device.", "MMSYSTEM 262 There is a problem with your media device"
 * (43 archive lines in 28 articles, none placed; two labelled sets read
 * the number as the error); and OS/2's system messages, "SYS1811:",
 * "SYS2070: The system could not demand load ..." (31 archive articles;
 * five labelled sets read SYS0031 as error 31). */
static const struct numbered_message {
	const char *prefix;     /* as written; MMSYSTEM in any case */
	int any_case;
	size_t digits;          /* exactly so many */
	int spaced;             /* one space may come before the number */
	int colon;              /* the message follows a colon (or a dash:
				   "NET 3056 - A system error has occurred.") */
	const char *whose;      /* for the review note */
} numbered_messages[] = {
	{ "NET", 0, 4, 1, 1, "LAN Manager's" },
	{ "Net", 0, 4, 1, 1, "LAN Manager's" },
	{ "SYS", 0, 4, 0, 1, "OS/2's" },
	{ "MMSYSTEM", 1, 3, 1, 0, "the multimedia system's (MMSYSTEM)" },
};

/* In the symptoms or the cause the number is the error, its message the
 * words after it (after a colon, for NET); elsewhere it is listed for a
 * person. */
static void scan_net_message(struct imp *im, size_t n, const char *s)
{
	const char *p, *d, *m;
	uint32_t code;
	size_t i, l;

	for (i = 0; i < sizeof numbered_messages / sizeof numbered_messages[0]; i++) {
		const struct numbered_message *nm = &numbered_messages[i];
		l = strlen(nm->prefix);
		for (p = s; (p = nm->any_case ? imp_ci_find(p, nm->prefix) : strstr(p, nm->prefix)) != NULL; p += l) {
			d = p + l;
			if (nm->spaced && *d == ' ')
				d++;
			/* (not ".NET 2003", a product's name and year) */
			/* (nor a file's name, "ERASE SYS2018.*") */
			if ((p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '_' || p[-1] == '.')) ||
			    strspn(d, "0123456789") != nm->digits || isalnum((unsigned char)d[nm->digits]) ||
			    d[nm->digits] == '_' ||
			    (d[nm->digits] == '.' && (isalnum((unsigned char)d[nm->digits + 1]) || d[nm->digits + 1] == '*')) ||
			    (code = (uint32_t)strtoul(d, NULL, 10)) == 0 || has_error(im, code))
				continue;

			if (!imp_where_symptoms_are(im, n)) {
				const char *note = imp_fmt(im, "%.*s is %s message for error %u: add the error as a symptom if the technician sees it",
							   (int)(d + nm->digits - p), p, nm->whose, (unsigned)code);
				if (note != NULL && !mentioned(im, note))
					imp_review(im, n, T_SYMPTOMS, 0, note);
				continue;
			}
			m = imp_skip_ws(d + nm->digits);
			/* NET spaced from its number only with its message after a
			 * colon or a dash ("NET 3056 - A system ..."): a bare
			 * "NET 2003" may be a name and a year */
			if (nm->colon && d > p + l && *m != ':' && !(*m == '-' && m[1] == ' '))
				continue;
			if (nm->colon)
				m = (*m == ':' || (*m == '-' && m[1] == ' ')) && isupper((unsigned char)*imp_skip_ws(m + 1))
					    ? imp_skip_ws(m + 1)
					    : "";
			else if (!isupper((unsigned char)*m))
				m = "";
			add_numbered_message(im, n, code, m, 1);
		}
	}
}

/* "1998/03/02 05:23:28- LME-NOTES-NTSMEX(0157) 1 41217:Error opening
 * Notes Mail", "LME-PROFS-NJE(01b7) 2 23353:SNA connection to the ...":
 * an entry of the Exchange connectors' logs (Lotus Notes, PROFS, SNADS),
 * "LME-" and the component, its thread in brackets, the entry's level,
 * its number and a colon.  Where the level stands in s, or NULL when s
 * holds no entry. */
static const char *connector_entry_level(const char *s)
{
	const char *p, *q;
	size_t k;

	for (p = s; (p = strstr(p, "LME-")) != NULL; p += 4) {
		if (p > s && isalnum((unsigned char)p[-1]))
			continue;
		for (q = p + 4; isalnum((unsigned char)*q) || *q == '-'; q++)
			;
		if (*q == '(' && (k = strspn(q + 1, "0123456789abcdefABCDEF")) > 0 && q[1 + k] == ')' &&
		    isdigit((unsigned char)*(q = imp_skip_ws(q + 2 + k))) && q[1] == ' ')
			return q;
	}
	return NULL;
}

/* The lead-in over line n's block, whatever it announces ("... include
 * the following description:"), names Windows' event log by a name no
 * product's own log takes: Event Viewer, the Application or System log,
 * an event's ID ("the FrobLink event log file", "logged in the
 * connectivity log" are a connector's own). */
static int under_event_description_lead(const struct imp *im, size_t n, const char *s)
{
	static const char *const windows_log[] = { "Event Viewer", "Application log", "Application event log",
						   "System log", "System event log", "Event ID", NULL };
	size_t m = message_block_lead(im, n, s, imp_ends_with_colon);

	return m != 0 && lead_in_sentence_names(im, m, windows_log);
}

/* A connector's log entry (connector_entry_level(); 190 archive lines in
 * 32 articles, none placed).  Levels 1 and 2 are errors and warnings, 3
 * information (listed, never drafted), 4 traces (left).  The entry's
 * number is the connector's own message, written to its own log file
 * (the Browse or connectivity log), which kbwiz does not read (labelling
 * guide C24): it is listed once for a person.  Only an entry the article shows in an
 * event's description in Windows' event log ("Event ID 1 is logged in
 * the application log ... the following description:":
 * under_event_description_lead()), in the symptoms or the cause, is
 * drafted, with the words after the colon (on the next line too, unless
 * that is the next entry). */
static void scan_connector_log(struct imp *im, size_t n, const char *s)
{
	const char *q = connector_entry_level(s), *note;
	uint32_t code;
	size_t k;
	char level;

	if (q == NULL || ((level = *q) != '1' && level != '2' && level != '3'))
		return;
	q += 2;
	if ((k = strspn(q, "0123456789")) < 3 || k > 5 || q[k] != ':' ||
	    (code = (uint32_t)strtoul(q, NULL, 10)) == 0 || has_error(im, code))
		return;
	if (level == '3' || !imp_where_symptoms_are(im, n) || !under_event_description_lead(im, n, s)) {
		note = imp_fmt(im, "entry %.*s of an Exchange connector's own log (level %c, %s): kbwiz does not read that log; add it as a symptom only where the technician sees it in an event",
			       (int)k, q, level, level == '1' ? "an error" : level == '2' ? "a warning" : "information");
		if (note != NULL && !mentioned(im, note))
			imp_review(im, n, T_SYMPTOMS, 0, note);
		return;
	}
	add_numbered_message(im, n, code, imp_skip_ws(q + k + 1),
			     n + 1 < im->a->body_end && !imp_blank(imp_line_at(im, n + 1)) &&
				     connector_entry_level(imp_line_at(im, n + 1)) == NULL);
}

/* Past ", Name N" at p (", State 2", ", Line 1", case ignored): where
 * the next field or the words start, or p when no such field is there. */
static const char *past_numbered_field(const char *p, const char *name)
{
	const char *q;
	size_t k;

	if (*p != ',')
		return p;
	q = imp_skip_ws(p + 1);
	if (!imp_starts_ci(q, name) || q[strlen(name)] != ' ')
		return p;
	q = imp_skip_ws(q + strlen(name));
	if ((k = strspn(q, "0123456789")) == 0 || isalnum((unsigned char)q[k]))
		return p;
	return q + k;
}

/* Past ", Procedure NAME" at p (SQL Server's field naming the stored
 * procedure that failed: "State 2, Procedure sp_addfrob, Line 52"), or p. */
static const char *past_procedure_field(const char *p)
{
	const char *q;

	if (*p != ',' || !imp_starts_ci(q = imp_skip_ws(p + 1), "Procedure "))
		return p;
	q = imp_skip_ws(q + 10);
	return *q != '\0' && *q != ',' ? q + strcspn(q, ", \t") : p;
}

/* "SQL Err >> #107 Sev 16: The column ...", "Err>> #10025 Sev 9:": the
 * SMS Provider's report of SQL Server's error (5 archive lines in 3
 * articles): where the number starts after its '#', or NULL. */
static const char *provider_sql_err(const char *s)
{
	const char *p, *q;

	for (p = s; (p = strstr(p, "Err")) != NULL; p += 3) {
		if (p > s && isalnum((unsigned char)p[-1]))
			continue;
		q = imp_skip_ws(p + 3);
		if (q[0] == '>' && q[1] == '>')
			q = imp_skip_ws(q + 2);
		if (*q == '#' && isdigit((unsigned char)q[1]))
			return q + 1;
	}
	return NULL;
}

/* Past " Sev 16" at p (the SMS Provider's severity), or p. */
static const char *past_sev_field(const char *p)
{
	const char *q = imp_skip_ws(p);
	size_t k;

	if (q == p || strncmp(q, "Sev ", 4) != 0 || (k = strspn(q + 4, "0123456789")) == 0 ||
	    isalnum((unsigned char)q[4 + k]))
		return p;
	return q + 4 + k;
}

/* SQL Server's own message line, "Server: Msg 7306, Level 16, State 2,
 * Line 1 Could not open table ..." (over "Invalid object name" on the
 * next line when nothing follows its fields), and the same number as a
 * client's log reports it, "SQL Server reported SQL message 105,
 * severity 15: Unclosed quotation mark ..." (10 archive lines in 6
 * articles, none placed): the number is the server's error, the
 * severity its level.  Drafted in the symptoms or the cause, listed once
 * elsewhere. */
static void scan_sql_server_message(struct imp *im, size_t n, const char *s)
{
	const char *p, *q, *note;
	uint32_t code;
	size_t k;

	if ((p = strstr(s, "Msg ")) != NULL && (p == s || !isalnum((unsigned char)p[-1])))
		p += 4;
	else if ((strstr(s, "SQL") != NULL || strstr(s, "sql") != NULL) && (p = imp_ci_find(s, "SQL message ")) != NULL)
		p += 12;
	else if ((p = provider_sql_err(s)) == NULL)
		return;
	if ((k = strspn(p, "0123456789")) == 0 || k > 6 || (code = (uint32_t)strtoul(p, NULL, 10)) == 0)
		return;
	q = past_numbered_field(p + k, "Level");
	if (q == p + k)
		q = past_numbered_field(p + k, "Severity");
	if (q == p + k)
		q = past_sev_field(p + k);
	if (q == p + k || has_error(im, code))
		return;
	q = past_numbered_field(q, "State");
	q = past_procedure_field(q);
	q = past_numbered_field(q, "Line");
	if (*q == ':' || *q == ',')
		q++;
	q = imp_skip_ws(q);
	if (!imp_where_symptoms_are(im, n)) {
		note = imp_fmt(im, "SQL Server's message %u (its error number, beside its level): add it as a symptom if the technician sees it",
			       (unsigned)code);
		if (note != NULL && !mentioned(im, note))
			imp_review(im, n, T_SYMPTOMS, 0, note);
		return;
	}
	/* "Msg 208, Level 16, State 1" alone: the words are the next line */
	if (*q == '\0' && n + 1 < im->a->body_end && !imp_blank(imp_line_at(im, n + 1))) {
		add_numbered_message(im, n, code, imp_skip_ws(imp_line_at(im, n + 1)), 0);
		return;
	}
	add_numbered_message(im, n, code, q, 1);
}

/* The number after the label "Error ID" found at p in line s (NULL: not
 * found), a colon between allowed: where its digits start, their count in
 * *k; NULL when the label is part of a longer word or no digit follows. */
static const char *error_id_number(const char *s, const char *p, size_t *k)
{
	const char *c;

	if (p == NULL || (p > s && isalnum((unsigned char)p[-1])))
		return NULL;
	c = imp_skip_ws(p + 8);
	if (*c == ':')
		c = imp_skip_ws(c + 1);
	return (*k = strspn(c, "0123456789")) > 0 ? c : NULL;
}

/* "The RPC Server is unavailable" / "Error ID: 1722 (000006ba)": Cluster
 * Administrator closes its error messages with the Win32 error's number
 * and the same in hex in brackets, eight digits or nine (Q228480's
 * "(0000006ba)": one zero too many, as code_at() reads "0xc00000005";
 * 10 archive lines in 9 articles, none placed).  The hex must agree:
 * "Error ID 1003 may appear in the Event Log" names an event, which
 * scan_error_id_plain() places.  The message is the text above it in its
 * block (up to another message's "Error ID"), and before it on its line. */
static void scan_error_id_with_hex(struct imp *im, size_t n, const char *s)
{
	const char *p, *c, *h;
	size_t k, hk, first, ind;
	unsigned long long v;
	char buf[512];

	/* (the hex's bracket first: the case-blind search is left to the
	 * few lines that have one) */
	if (strchr(s, '(') == NULL || (p = imp_ci_find(s, "Error ID")) == NULL || (c = error_id_number(s, p, &k)) == NULL ||
	    k > 10 || (v = strtoull(c, NULL, 10)) == 0 || v > 0xFFFFFFFFull)
		return;
	ind = imp_indent_of(s);
	h = imp_skip_ws(c + k);
	if (*h != '(' || (hk = strspn(h + 1, "0123456789abcdefABCDEF")) == 0 || hk > 9 || h[1 + hk] != ')' ||
	    strtoull(h + 1, NULL, 16) != v || has_error(im, (uint32_t)v))
		return;
	if (!imp_where_symptoms_are(im, n)) {
		imp_review_once(im, n, T_SYMPTOMS,
				imp_fmt(im, "error %.*s (Cluster Administrator's \"Error ID\") is named here: add it as a symptom if the technician sees it",
					(int)k, c));
		return;
	}
	first = n;
	if (ind > 0)
		while (first > im->a->body_first && n - first < 4) {
			const char *up = imp_line_at(im, first - 1);
			if (imp_blank(up) || imp_indent_of(up) != ind || imp_ci_find(up, "Error ID") != NULL)
				break;
			first--;
		}
	if (!join_lines(im, first, n, p, buf, sizeof buf))
		buf[0] = '\0';
	buf[imp_rtrim_len(buf, strlen(buf))] = '\0';
	add_code(im, n, c, k, (uint32_t)v, 0, buf[0] != '\0' ? imp_dupn(im, buf, strlen(buf)) : NO_MESSAGE);
}

/* "-1305 Jet_errObjectNotFound", "JET_errLVCorrupted (-1526)",
 * "JET_errDatabaseCorrupted (-1206 = 0xfffffb4a = ...)": an ESE (Jet)
 * error, its negative number beside its symbolic name, which vouches
 * that the number is an error code though no keyword names it (11
 * archive lines; the codes are drafted in their 32-bit form, as a
 * negative code is, the name as the message the technician sees).
 * Outside where symptoms are, a review item. */
static void scan_jet_error(struct imp *im, size_t n, const char *s)
{
	const char *p, *e, *c, *num;
	size_t clen;
	uint32_t code;
	int neg;

	/* (runs on every line with a digit: the name's underscore, found
	 * many bytes at a time, rules out nearly all of them) */
	if (strchr(s, '_') == NULL)
		return;
	for (p = s; (p = imp_ci_find(p, "jet_err")) != NULL; p = e) {
		for (e = p + 7; isalnum((unsigned char)*e) || *e == '_'; e++)
			;
		if ((p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) || e == p + 7)
			continue;
		/* the number before the name ("-1305 Jet_err...", a quote
		 * between allowed) or in the bracket after it */
		num = NULL;
		for (c = p; c > s && (c[-1] == ' ' || c[-1] == '"'); c--)
			;
		if (c < p && c > s && isdigit((unsigned char)c[-1])) {
			while (c > s && isdigit((unsigned char)c[-1]))
				c--;
			if (c > s && c[-1] == '-' && (c - 1 == s || !isalnum((unsigned char)c[-2])))
				num = c - 1;
		}
		if (num == NULL && *(c = imp_skip_ws(e)) == '(' && c[1] == '-')
			num = c + 1;
		if (num == NULL || (clen = read_code(num, &code, &neg)) == 0 || !neg || clen < 4 ||
		    has_error(im, code))
			continue;
		if (!imp_where_symptoms_are(im, n)) {
			imp_review_once(im, n, T_SYMPTOMS,
					imp_fmt(im, "error %.*s (%.*s) is named here: add it as a symptom if the technician sees it",
						(int)clen, num, (int)(e - p), p));
			continue;
		}
		add_code_worded(im, n, num, clen, code, 1, imp_dupn(im, p, (size_t)(e - p)), CODE_OWN_WORDS);
	}
}

/* "Error ID 1069. The Service Did Not Start Due to Logon Failure.",
 * "Error ID 1003 may appear in the Event Log", "Error ID: 7024  Source:":
 * the label some dialogs and copies of an event give a number with no
 * hex after it (scan_error_id_with_hex() reads the one with).  A line that
 * names the event log or a Source field names an event; else, on an
 * indented line, the words after the number's full stop or colon are an
 * error's message.  Outside where symptoms are, a review item. */
static void scan_error_id_plain(struct imp *im, size_t n, const char *s)
{
	const char *c, *after;
	size_t k;
	unsigned long v;

	if ((c = error_id_number(s, strstr(s, "Error ID"), &k)) == NULL || k > 5 || isalnum((unsigned char)c[k]) ||
	    (v = strtoul(c, NULL, 10)) == 0 || *imp_skip_ws(c + k) == '(' || has_error(im, (uint32_t)v) ||
	    has_event_id(im, (unsigned)v))
		return;
	if (!imp_where_symptoms_are(im, n)) {
		imp_review_once(im, n, T_SYMPTOMS,
				imp_fmt(im, "\"Error ID %.*s\" is named here: add it as a symptom if the technician sees it",
					(int)k, c));
		return;
	}
	after = c + k;
	if (imp_ci_find(s, "event log") != NULL || imp_ci_find(s, "event viewer") != NULL ||
	    imp_starts_ci(imp_skip_ws(after), "Source:")) {
		add_event_once(im, (uint32_t)v, n);
		return;
	}
	if ((*after == '.' || *after == ':') && after[1] == ' ' && isupper((unsigned char)*imp_skip_ws(after + 1)) &&
	    imp_indent_of(s) > 0) {
		const char *msg = imp_skip_ws(after + 1);
		add_code(im, n, c, k, (uint32_t)v, 0, imp_dupn(im, msg, imp_rtrim_len(msg, strlen(msg))));
	}
}

/* "Exception: access violation (0c00000005), Address: ...", "(Oxc0000005)",
 * "(0xc00000050)": Dr. Watson's access violation with its status
 * misprinted (a letter O for the zero, the x lost, a zero too many; 8
 * archive lines in 7 articles, none placed; the labels read them as
 * 0xC0000005).  Only the bracket right after the words, whose text is no
 * code as written ("(0xc000005)", a code, is kept as written, as the
 * labels keep it) and, its 0x, its letter O and its leading zeros set
 * aside, one slip of the keys from c0000005. */
static void scan_access_violation_slip(struct imp *im, size_t n, const char *s)
{
	static const char status[] = "0xC0000005";
	const char *p, *b, *e;
	char t[16];
	size_t k = 0, i, before = im->n_errors, l;
	uint32_t code;
	int neg;

	/* (this line's bracket after the words, or its first, the words
	 * ending the line above: "... Exception: access violation" /
	 * "(oxc0000005), Address: ..."; either way a bracket on this line,
	 * asked first: every line with a digit comes here) */
	if (strchr(s, '(') == NULL)
		return;
	if ((p = imp_ci_find(s, "access violation")) != NULL) {
		b = imp_skip_ws(p + 16);
	} else if (*(b = imp_skip_ws(s)) == '(' && n > im->a->body_first) {
		p = imp_line_at(im, n - 1);
		l = imp_rtrim_len(p, strlen(p));
		if (l < 16 || strncasecmp(p + l - 16, "access violation", 16) != 0)
			return;
	} else {
		return;
	}
	if (*b != '(' || (e = strchr(b, ')')) == NULL || e - b - 1 < 8 || e - b - 1 > 12 ||
	    code_at(b + 1, &code, &neg) == (size_t)(e - b - 1) || has_error(im, 0xC0000005u))
		return;
	for (i = 1; b + i < e; i++) {
		int c = tolower((unsigned char)b[i]);
		if (c == 'o' && i <= 2)
			c = '0';        /* the letter for the zero */
		if (c == 'x' && i <= 2)
			continue;       /* its 0x */
		if (!isxdigit(c))
			return;
		if (k == 0 && c == '0')
			continue;       /* leading zeros */
		t[k++] = (char)c;
	}
	if (!imp_one_slip(t, k, "c0000005", 8, 0))
		return;
	if (!imp_where_symptoms_are(im, n)) {
		imp_review_once(im, n, T_SYMPTOMS,
				imp_fmt(im, "error 0xC0000005 (the access violation's status, written '%.*s') is named here: add it as a symptom if the technician sees it",
					(int)(e - b - 1), b + 1));
		return;
	}
	add_code_worded(im, n, status, sizeof status - 1, 0xC0000005u, 0, "Access violation", CODE_OWN_WORDS);
	if (im->n_errors > before)
		imp_review(im, n, T_ERROR, im->n_errors - 1,
			   imp_fmt(im, "error 0xC0000005: the article writes '%.*s' after \"access violation\", read as that status: check it",
				   (int)(e - b - 1), b + 1));
}

/* At p, what joins a list's last two items ("or ", "and ", "and/or ",
 * a comma before them allowed): where the next item starts, or NULL. */
static const char *past_list_joiner(const char *p)
{
	static const char *const joiners[] = { "and/or ", "and ", "or ", NULL };
	const char *q = imp_skip_ws(p);
	size_t i;

	if (*q == ',')
		q = imp_skip_ws(q + 1);
	for (i = 0; joiners[i] != NULL; i++)
		if (imp_starts_ci(q, joiners[i]))
			return imp_skip_ws(q + strlen(joiners[i]));
	return NULL;
}

/* A decimal code of two to five digits at q, a whole word: its length,
 * its value in *v; else 0. */
static size_t short_decimal_at(const char *q, uint32_t *v)
{
	size_t l = strspn(q, "0123456789");
	int neg;

	return l >= 2 && l <= 5 && !isalnum((unsigned char)q[l]) && read_code(q, v, &neg) == l ? l : 0;
}

/* ---- a list of codes: "errors 5, 1300, and 1307" ------------------------- */

#define LISTED_MAX 8

/* How a list writes its items: all the same way, or it is no list of
 * codes. */
enum list_notation { LN_DECIMAL, LN_NEGATIVE, LN_HEX_0X, LN_SHORT_HEX };

struct listed_code {
	const char *p;
	size_t len;
	uint32_t code;
};

/* One item at p as a list of codes writes it: "1307", "-3005", "0x01E",
 * "0E" (eight digits at most, the first a decimal one, a whole word, not
 * a version's "4.0"): its length, or 0. */
static size_t list_item_at(const char *p)
{
	size_t l = 0, d;

	if (*p == '-')
		l = 1;
	else if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
		l = 2;
	d = strspn(p + l, "0123456789abcdefABCDEF");
	/* (a word of hex letters, "add", "bad", is no item: a code opens
	 * with a digit, as "0E" does) */
	if (d == 0 || d > 8 || !isdigit((unsigned char)p[l]) || isalnum((unsigned char)p[l + d]) || p[l + d] == '_' ||
	    (p[l + d] == '.' && isdigit((unsigned char)p[l + d + 1])) ||
	    (l == 1 && strspn(p + 1, "0123456789") != d))
		return 0;
	return l + d;
}

/* The items of the list of codes that opens at q: "5, 1300, and 1307",
 * "06, 0E, 0C, or 0D" (exceptions' short hex), "-108, -3005, -3019 or
 * -3020", "0x0A, 0x01E, and 0x50".  Commas part the items, "and" or
 * "or" (a comma before it allowed) the last two; a list is two items or
 * more joined so, or three or more with commas alone ("Errors 2127,
 * 2155, 2202, 2194"), all written one way (a digit-only item may stand
 * among short hex ones: "06, 0E").  How many, with their values in
 * it[]; 0 for no list ("error 4711, 0 bytes", "error 425, a"). */
static size_t code_list_at(const char *q, struct listed_code *it, enum list_notation *how)
{
	const char *p = q, *e, *nx;
	size_t k = 0, i, len;
	int joined = 0, neg, letters = 0, all_0x = 1, all_neg = 1, short_items = 1;

	for (;;) {
		if (k == LISTED_MAX || (len = list_item_at(p)) == 0)
			break;
		it[k].p = p;
		it[k++].len = len;
		if (joined)
			break;
		e = p + len;
		if ((nx = past_list_joiner(e)) != NULL) {
			joined = 1;
			p = nx;
			continue;
		}
		if (*e != ',')
			break;
		p = imp_skip_ws(e + 1);
	}
	/* (a joiner with no item after it ends no list) */
	if (k < 2 || (joined && it[k - 1].p != p) || (!joined && k < 3))
		return 0;
	for (i = 0; i < k; i++) {
		const char *d = it[i].p;
		size_t dl = it[i].len;
		all_0x &= imp_starts_ci(d, "0x");
		all_neg &= *d == '-';
		if (*d == '-' || imp_starts_ci(d, "0x")) {
			d += *d == '-' ? 1 : 2;
			dl -= (size_t)(d - it[i].p);
		}
		if (strspn(d, "0123456789") < dl)
			letters = 1;
		short_items &= dl <= 2;
	}
	if (all_neg)
		*how = LN_NEGATIVE;
	else if (all_0x)
		*how = LN_HEX_0X;
	else if (letters && short_items && it[0].p[0] != '-' && !imp_starts_ci(it[0].p, "0x"))
		*how = LN_SHORT_HEX;
	else if (!letters)
		*how = LN_DECIMAL;
	else
		return 0;
	for (i = 0; i < k; i++) {
		if (*how == LN_SHORT_HEX) {
			if (*it[i].p == '-' || imp_starts_ci(it[i].p, "0x"))
				return 0;
			it[i].code = (uint32_t)strtoul(it[i].p, NULL, 16);
		} else if (*how == LN_DECIMAL && (*it[i].p == '-' || imp_starts_ci(it[i].p, "0x"))) {
			return 0;
		} else if (read_code(it[i].p, &it[i].code, &neg) != it[i].len) {
			return 0;
		}
	}
	return k;
}

/* Every item of the list (k of them) is one or two digits: hex as well
 * as decimal. */
static int short_hex_list(const struct listed_code *it, size_t k)
{
	size_t i;

	for (i = 0; i < k; i++)
		if (it[i].len > 2)
			return 0;
	return 1;
}

/* Item i of a list written how, drafted as its first would be, with no
 * message (the words name none for it). */
static void add_listed_code(struct imp *im, size_t n, const struct listed_code *c, enum list_notation how)
{
	add_code_worded(im, n, c->p, c->len, c->code, how == LN_NEGATIVE, NO_MESSAGE,
			CODE_OWN_WORDS | (how == LN_SHORT_HEX ? CODE_HEX_DIGITS : 0u));
}

/* "You may also see Errors 1232 or 1233", "errors 5, 1300, and 1307 will
 * appear": the codes after the plural, each drafted (with no message:
 * the words name none) as "error N" would be.  Decimal numbers only; a
 * pair's of two to five digits.  Not "error codes 19, 20, and 21": the
 * words of a programming interface's reference (a catalogue, labelling
 * guide C6) more often than of a failure seen. */
static void scan_plural_codes(struct imp *im, size_t n, const char *s)
{
	static const char *const plurals[] = { "errors ", NULL };
	struct listed_code it[LISTED_MAX];
	enum list_notation how;
	const char *p, *q;
	size_t i, j, k;
	uint32_t v;

	for (i = 0; plurals[i] != NULL; i++)
		for (p = s; (p = imp_ci_find(p, plurals[i])) != NULL; p += strlen(plurals[i])) {
			if (p > s && isalnum((unsigned char)p[-1]))
				continue;
			q = imp_skip_ws(p + strlen(plurals[i]));
			if ((k = code_list_at(q, it, &how)) == 0 || how != LN_DECIMAL ||
			    (k == 2 && (short_decimal_at(it[0].p, &v) == 0 || short_decimal_at(it[1].p, &v) == 0)))
				continue;
			/* "Errors 138 and 139 will be generated ...; however, you
			 * can ignore these errors": not the problem (asked only of
			 * a list found: every line with a digit comes here) */
			if (imp_lines_say(im, n, n + 1, "ignore"))
				return;
			for (j = 0; j < k; j++)
				add_listed_code(im, n, &it[j], how);
			return;
		}
}

/* The word right before p (spaces between) is one a code's number
 * follows: "error 06", "Error number -108", "STOP 0x0A", "exception 0E". */
static int after_code_word(const char *s, const char *p)
{
	static const char *const words[] = { "error", "errors", "number", "code", "codes", "exception", "stop",
					     "trap", "fault", "status", NULL };
	const char *e, *w = imp_word_before(s, p, IMP_WORD_LETTERS, &e);

	return w != e && imp_word_in(w, (size_t)(e - w), words);
}

/* "a fatal exception error 06, 0E, 0C, or 0D", "Error number -108,
 * -3005, -3019 or -3020", "a STOP 0x0A, 0x01E, and 0x50 error": a code a
 * reader drafted from line n (s), right after its keyword, opens a list
 * of codes written the same way; the others are drafted too, as the
 * first was (the readers take a keyword's first number only).  Not a
 * list of other numbers that happens to open with the code's value
 * ("error 5 when the count is 5, 6, or 7"), nor a bug check's
 * parameters in brackets. */
static void scan_listed_after_code(struct imp *im, size_t n, const char *s)
{
	struct listed_code it[LISTED_MAX];
	enum list_notation how;
	const char *p;
	size_t i, j, k, depth = 0;

	/* (only a line a reader drafted a code from, with a comma) */
	for (i = 0; i < im->n_errors && im->errors[i].line != n; i++)
		;
	if (i == im->n_errors || strchr(s, ',') == NULL)
		return;
	for (p = s; *p != '\0'; p++) {
		if (*p == '(')
			depth++;
		else if (*p == ')' && depth > 0)
			depth--;
		/* (a bug check's parameters in brackets, "STOP 0x0000000A
		 * (0xfcc35000, 0xa, 0x00000001, ...)", are no list of codes
		 * though one may equal the code) */
		if (depth > 0 || (p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '-' || p[-1] == '.' || p[-1] == '_')) ||
		    list_item_at(p) == 0 || !after_code_word(s, p) || (k = code_list_at(p, it, &how)) == 0)
			continue;
		for (i = 0; i < im->n_errors; i++) {
			const struct imp_error *er = &im->errors[i];
			if (er->line != n)
				continue;
			/* "exception 06, 08, or 10" read as 0x06: the items are
			 * the same short hex, though none has a letter */
			if (how == LN_DECIMAL && imp_starts_ci(er->code_text, "0x") && short_hex_list(it, k) &&
			    er->code == (uint32_t)strtoul(it[0].p, NULL, 16)) {
				how = LN_SHORT_HEX;
				for (j = 0; j < k; j++)
					it[j].code = (uint32_t)strtoul(it[j].p, NULL, 16);
				break;
			}
			if (er->code == it[0].code)
				break;
		}
		if (i < im->n_errors)
			for (j = 1; j < k; j++)
				add_listed_code(im, n, &it[j], how);
		p = it[k - 1].p + it[k - 1].len - 1;
	}
}

/* "-2147023143 (&H800706d9)" on line n (s), a heading over its message:
 * a negative number and, in brackets right after it, the same 32-bit
 * value in hex ("&H...", "0x..." or bare eight digits), as Visual
 * Basic's programs print a failed HRESULT.  The two agreeing is what
 * makes it a code with no word for an error near it.  The message is the
 * rest of the line past its punctuation ("-2147467259(80004005) ,
 * Automation error"); for a pair alone on its line, a heading, the next
 * line that is not a section's own heading. */
static void scan_paired_code(struct imp *im, size_t n, const char *s)
{
	const char *p, *h, *msg, *t = imp_skip_ws(s);
	uint32_t code, hex;
	size_t clen, hlen;
	int neg, hneg;

	if (im->used[n] || strchr(s, '(') == NULL)
		return;
	for (p = s; (p = strchr(p, '-')) != NULL; p++) {
		if ((p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '-')) || !isdigit((unsigned char)p[1]) ||
		    (clen = read_code(p, &code, &neg)) < 9 || !neg)
			continue;
		h = imp_skip_ws(p + clen);
		if (*h != '(' || (hlen = code_at(h + 1, &hex, &hneg)) == 0 || hneg)
			continue;
		/* "(80004005)": eight digits, hex though none is a letter */
		if (hex != code && hlen == 8 && strspn(h + 1, "0123456789") == 8)
			hex = (uint32_t)strtoul(h + 1, NULL, 16);
		if (hex != code || h[1 + hlen] != ')')
			continue;
		msg = h + 2 + hlen;
		while (*msg != '\0' && strchr(" \t,;:'\"-", *msg) != NULL)
			msg++;
		if (*msg == '\0' && p == t && n + 2 < im->a->body_end) {
			const char *next = imp_skip_ws(imp_line_at(im, imp_blank(imp_line_at(im, n + 1)) ? n + 2 : n + 1));
			const char *c;
			for (c = next; *c != '\0' && !islower((unsigned char)*c); c++)
				;
			if (*c != '\0')
				msg = next;
		}
		im->used[n] = 1;
		/* (neg: the code is written in hex however its text reads) */
		if (*msg == '\0')
			add_code_worded(im, n, h + 1, hlen, code, 1, NO_MESSAGE, CODE_OWN_WORDS);
		else
			add_code(im, n, h + 1, hlen, code, 1, imp_dupn(im, msg, imp_rtrim_len(msg, strlen(msg))));
		return;
	}
}

/* "   Exception description:" over "   (2159) The TCP transport received a
 * socket error ...": COM Transaction Integrator's exception as its event
 * prints it, the error's number in brackets opening its text (15 archive
 * blocks).  The "(102) COM Transaction Integrator reported the following
 * exception" line above repeats the event's ID, under no such label. */
static void scan_exception_code(struct imp *im, size_t n, const char *s)
{
	const char *p = imp_skip_ws(s), *above, *msg;
	uint32_t code;
	size_t clen;
	int neg;

	if (im->used[n] || n <= im->a->body_first || *p != '(')
		return;
	above = imp_skip_ws(imp_line_at(im, n - 1));
	if (strncasecmp(above, "Exception description:", 22) != 0 || !imp_blank(above + 22))
		return;
	if ((clen = read_code(p + 1, &code, &neg)) < 3 || clen > 5 || neg || p[1 + clen] != ')' ||
	    p[2 + clen] != ' ' || !isupper((unsigned char)p[3 + clen]))
		return;
	msg = p + 3 + clen;
	add_code(im, n, p + 1, clen, code, 0, imp_dupn(im, msg, imp_rtrim_len(msg, strlen(msg))));
}

/* Line n - 1 is a box's title over the message on line n: a paragraph's
 * first row as deep as n, a few words each with a capital, no digit and
 * no stop ("   Frob Server Security" / "   7003 Cannot assign a network
 * drive"). */
static int under_box_title(const struct imp *im, size_t n)
{
	const char *t = imp_line_at(im, n - 1), *p;
	size_t words = 0;

	if (n < im->a->body_first + 2 || !imp_blank(imp_line_at(im, n - 2)) ||
	    imp_indent_of(t) != imp_indent_of(imp_line_at(im, n)) || strpbrk(t, "0123456789.:;,!?") != NULL)
		return 0;
	for (p = imp_skip_ws(t); *p != '\0'; p = imp_skip_ws(p)) {
		if (!isupper((unsigned char)*p) || ++words > 5)
			return 0;
		while (*p != '\0' && *p != ' ')
			p++;
	}
	return words > 0;
}

/* "you receive the following error:" / "   3050 Could not lock file.":
 * a program's message as it prints it, its number first and no "Error"
 * before it (or quoted, "'429': ActiveX component ...").  Only four
 * digits (a Win32, Jet or Exchange code; the three-digit replies of FTP,
 * SMTP and HTTP servers open their lines the same way and are no code of
 * the machine), then a capitalised word, and only as the first line of a
 * paragraph of the indented block right under such a lead-in. */
static void scan_message_number(struct imp *im, size_t n, const char *s)
{
	const char *p = imp_skip_ws(s), *msg, *named;
	uint32_t code;
	size_t clen, m;
	int neg;

	/* "'429': ActiveX component can't create object.": Visual Basic's
	 * run-time error, its number quoted and any length */
	if (*p == '\'' && (clen = read_code(p + 1, &code, &neg)) > 0 && !neg && p[1 + clen] == '\'' &&
	    p[2 + clen] == ':' && p[3 + clen] == ' ' && !im->used[n] && n > im->a->body_first &&
	    imp_indent_of(s) >= 2) {
		/* under "... causes this run-time error message:", the
		 * paragraph above, as deep as it or not */
		msg = imp_skip_ws(p + clen + 3);
		if (isupper((unsigned char)msg[0]) && imp_blank(imp_line_at(im, n - 1)) && n - 1 > im->a->body_first &&
		    announces_error(imp_line_at(im, n - 2))) {
			im->used[n] = 1;
			add_code(im, n, p + 1, clen, code, 0, imp_dupn(im, msg, imp_rtrim_len(msg, strlen(msg))));
		}
		return;
	}
	/* "(1738) The method could not be matched.", "(-2147220992) The
	 * application is using ...": a COM or host-integration message with
	 * its number in brackets, under a lead-in announcing an error (under
	 * one naming the event log the number is the message's own, not the
	 * event's ID: left) */
	if (*p == '(' && (clen = read_code(p + 1, &code, &neg)) >= 2 && p[1 + clen] == ')' && p[2 + clen] == ' ') {
		msg = p + clen + 3;
		if (!im->used[n] && n > im->a->body_first && imp_indent_of(s) >= 2 && isupper((unsigned char)msg[0]) &&
		    words_follow(msg) && imp_blank(imp_line_at(im, n - 1)) &&
		    (m = message_block_lead(im, n, s, announces_error)) != 0 && !lead_in_names_event_log(im, m)) {
			im->used[n] = 1;
			add_code(im, n, p + 1, clen, code, neg, imp_dupn(im, msg, imp_rtrim_len(msg, strlen(msg))));
		}
		return;
	}
	if (im->used[n] || n <= im->a->body_first || imp_indent_of(s) < 2 ||
	    (clen = read_code(p, &code, &neg)) < 4 || clen > 5 || neg || p[clen] != ' ')
		return;
	/* "3050 Could not lock file.", "5719 - No domain controller",
	 * "18204 Access is denied"; not a log line's date ("2001 Mar 12
	 * 10:22:01 ...") */
	msg = p + clen + 1;
	if (msg[0] == '-' && msg[1] == ' ')
		msg += 2;
	if (!isupper((unsigned char)msg[0]) || !islower((unsigned char)msg[1]) || imp_dated_text(msg))
		return;
	/* "1005 Unable to start the store. Error 1011": the line's code is
	 * the one "Error" names; the number before it is the event's */
	if ((named = imp_find_word(msg, "error")) != NULL && isdigit((unsigned char)*imp_skip_ws(named + 5)))
		return;
	if (!(imp_blank(imp_line_at(im, n - 1)) || under_box_title(im, n)) ||
	    (m = message_block_lead(im, n, s, announces_error)) == 0)
		return;
	im->used[n] = 1;
	/* "In the event log, you may receive the following error message:":
	 * what the log holds is an event, its number the event's ID */
	if (lead_in_names_event_log(im, m)) {
		add_event_once(im, code, n);
		return;
	}
	add_code(im, n, p, clen, code, 0, imp_dupn(im, msg, imp_rtrim_len(msg, strlen(msg))));
}

/* The n bytes at p are an error constant's name as the SDK headers write
 * them: capitals, digits and '_', a known family's prefix or "_E_" /
 * "_ERROR_" inside ("STATUS_AUDIT_FAILED", "E_ACCESSDENIED",
 * "MAPI_E_LOGON_FAILURE", "NTE_BAD_SIGNATURE", "ERROR_PATH_NOT_FOUND"). */
static int error_constant(const char *p, size_t n)
{
	static const char *const prefixes[] = { "STATUS_", "ERROR_", "E_", "NERR_", "RPC_S_", "RPC_X_", "NTE_",
						 NULL };
	size_t i;
	char name[64];

	if (n < 5 || n >= sizeof name || strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") < n)
		return 0;
	memcpy(name, p, n);
	name[n] = '\0';
	for (i = 0; prefixes[i] != NULL; i++)
		if (strncmp(name, prefixes[i], strlen(prefixes[i])) == 0 && n > strlen(prefixes[i]))
			return 1;
	return strstr(name, "_E_") != NULL || strstr(name, "_ERROR_") != NULL;
}

/* "0x80070005 (E_ACCESSDENIED)", "c0000244 (STATUS_AUDIT_FAILED)": eight
 * hex digits with the top bit set (a failure), named by their constant in
 * brackets right after, in a quoted message, or in the symptoms or cause
 * on a line that speaks of an error, a failure or a status ("you expect
 * the return code to be 0x8000000A (E_PENDING)" is the success awaited;
 * "This causes the SCODE of the error to be ..." in a how-to tells what
 * its code does).  The constant is the message. */
static void scan_named_code(struct imp *im, size_t n, const char *s)
{
	static const char *const failure_words[] = { "error", "errors", "fail", "fails", "failed", "failure",
						      "status", NULL };
	const char *p, *c, *b, *e;
	size_t clen;
	uint32_t code;

	for (p = s; (b = strchr(p, '(')) != NULL; p = b + 1) {
		e = strchr(b, ')');
		if (e == NULL || !error_constant(b + 1, (size_t)(e - b - 1)))
			continue;
		c = b;
		while (c > s && c[-1] == ' ')
			c--;
		if (c - s < 8 || strspn(c - 8, "0123456789abcdefABCDEF") < 8)
			continue;
		c -= 8;
		clen = 8;
		if (c - s >= 2 && (c[-1] == 'x' || c[-1] == 'X') && c[-2] == '0') {
			c -= 2;
			clen += 2;
		}
		if (c > s && (isalnum((unsigned char)c[-1]) || c[-1] == ':'))
			continue;
		code = (uint32_t)strtoul(c, NULL, 16);
		if ((code & 0x80000000u) == 0)
			continue;
		if (!quoted_message_line(im, n, s) &&
		    (!imp_in_symptoms_or_cause(im, n) ||
		     imp_find_any_word(s, failure_words) == NULL))
			continue;
		add_code(im, n, c, clen, code, 0, imp_dupn(im, b + 1, (size_t)(e - b - 1)));
	}
}

/* The letters before p in s are a variable's type prefix in Hungarian
 * notation, one to three small letters after a non-letter ("pf" of
 * "*pfNativeError", "sdw" of "sdwNativeError"). */
static int type_prefix(const char *s, const char *p)
{
	const char *q = p;

	while (q > s && islower((unsigned char)q[-1]) && p - q < 4)
		q--;
	return q < p && p - q <= 3 && (q == s || !isalnum((unsigned char)q[-1]));
}

/* The first quote q in s that can close a quotation: not an apostrophe
 * between two letters ("can't"); NULL when none.  s follows a code on
 * its line, so s[-1] is that line's. */
static const char *closing_quote(const char *s, char q)
{
	for (; (s = strchr(s, q)) != NULL; s++)
		if (q != '\'' || !isalpha((unsigned char)s[-1]) || !isalpha((unsigned char)s[1]))
			return s;
	return NULL;
}

/* The message of a native error read on line n: ODBC's "szErrorMsg =
 * "[Microsoft][ODBC SQL Server Driver]..."" (or "ErrorMsg =") on that line
 * or the next two of its paragraph, its first line; not "*pcbErrorMsg =
 * 107", the message's length ("cb" is a count's prefix, "sz" a string's:
 * the variable's name with a string's prefix or none, as type_prefix()
 * reads "pfNativeError").  Not imp_label_value(): a log field's value
 * ends at a comma, a C string's runs to its closing quote.  NULL when
 * none is given. */
static const char *native_error_message(struct imp *im, size_t n)
{
	size_t m;

	for (m = n; m < n + 3 && m < im->a->body_end && (m == n || !imp_blank(imp_line_at(im, m))); m++) {
		const char *s = imp_line_at(im, m), *p = s, *v;
		while ((p = imp_ci_find(p, "errormsg")) != NULL) {
			const char *w = p;
			p += strlen("errormsg");
			if (w > s && (isalnum((unsigned char)w[-1]) || w[-1] == '_') &&
			    !(type_prefix(s, w) && w - s >= 2 && strncmp(w - 2, "sz", 2) == 0))
				continue;
			v = imp_skip_ws(p);
			if (*v != '=' && *v != ':')
				continue;
			v = imp_skip_ws(v + 1);
			if (*v == '"' || *v == '\'')
				v++;
			if (imp_blank(v))
				break;
			return imp_dupn(im, v, imp_rtrim_len(v, strcspn(v, "\"")));
		}
	}
	return NULL;
}

/* After the keyword at p: "code" (when with_code) and then '=' or ':',
 * the label of a log's field ("Error Code = 0D0D", "ErrorCode: 19FE"). */
static int code_label_set(const char *p, int with_code)
{
	p = imp_skip_ws(p);
	if (with_code) {
		if (!imp_starts_ci(p, "code") || isalnum((unsigned char)p[4]))
			return 0;
		p = imp_skip_ws(p + 4);
	}
	return *p == '=' || *p == ':';
}

/* "an error of type 28", "a system error of type 10 or 11", "\"Frob\"
 * error type 11", "error type 11" alone on its line, "an error type 2 or
 * error type 3": the Macintosh's dialog (p the word "error" on line n, s;
 * c its type); not "soft error type 2 from the adapter" or "reports
 * error type 3", another product's field.  Outside the symptoms and the
 * cause, listed (macintosh_type_outside()). */
static int macintosh_dialog(struct imp *im, size_t n, const char *s, const char *p, const char *c)
{
	static const char *const before[] = { "a", "an", "or", NULL };
	const char *q = p;
	uint32_t code;
	int neg;
	size_t clen;

	while (q > s && q[-1] == ' ')
		q--;
	if (!imp_starts_word(imp_skip_ws(p + strlen("error")), "of") && q > s && q[-1] != '"' &&
	    !imp_word_before_is(s, p, before))
		return 0;
	if ((clen = code_at(c, &code, &neg)) == 0)
		return 0;
	return macintosh_type_outside(im, n, c, clen, code) ? -1 : 1;
}

/* "ERROR write: (9)": the call's name, a colon, then the number in
 * brackets right at c (the keyword at p, line n, s). */
static int socket_call(struct imp *im, size_t n, const char *s, const char *p, const char *c)
{
	(void)im;
	(void)n;
	(void)p;
	return c - s >= 3 && c[-1] == '(' && c[-2] == ' ' && c[-3] == ':' && isdigit((unsigned char)c[0]) &&
	       c[strspn(c, "0123456789")] == ')';
}

/* A line of the article opens with "Error Message" and number c (k
 * digits): a heading that numbers the article's messages ("Error
 * Message 1", "Error message #3 (Windows NT):"). */
static int message_heading(const struct imp *im, const char *c, size_t k)
{
	const char *t;
	size_t m;

	for (m = im->a->body_first; m < im->a->body_end; m++) {
		t = imp_skip_ws(imp_line_at(im, m));
		if (!imp_starts_ci(t, "Error Message"))
			continue;
		t = imp_skip_ws(t + 13);
		if (*t == '#')
			t = imp_skip_ws(t + 1);
		if (strncmp(t, c, k) == 0 && !isalnum((unsigned char)t[k]))
			return 1;
	}
	return 0;
}

/* "you may receive error message 87", "the error message C00E0044 can
 * appear": the message named by its number c (the keyword at p, line n,
 * s).  Not a heading that numbers the article's messages, "Error Message
 * 1" opening its line, nor such a heading's number named in prose ("in
 * error message 1, click OK"), nor a number under three digits that
 * counts ("the error message 3 times"). */
static int message_number(struct imp *im, size_t n, const char *s, const char *p, const char *c)
{
	static const char *const counts[] = { "times", "time", "of", "or", "and", "to", "more", "seconds",
					      "minutes", NULL };
	size_t k = strspn(c, "0123456789");

	(void)n;
	if (p == imp_skip_ws(s) || (k > 0 && message_heading(im, c, k)))
		return 0;
	if (k == 0 || k >= 3 || isalnum((unsigned char)c[k]))
		return 1;
	/* (a small number then a count's or a list's word: "3 times") */
	return imp_starts_any_word(imp_skip_ws(c + k), counts) == 0;
}

/* Words that may stand between a keyword and its code, past the fillers
 * every keyword takes (code_fillers[]): "GetLastError returns 0x000000b6",
 * "GetLastError() returned 5", "gives 0x0000057F", "returns the value
 * 0x57F" (the call and what it gave); "STOP Message 0x0000001E", "a STOP
 * message 0xA", the bug check named by the screen it shows (3 body lines
 * in the archive, besides titles); "Fatal Exit 0x0019", "Fatal Exit code
 * 0x0007", the two words of FatalExit written apart; "an error of type
 * 1", "error type 11", a Macintosh system error; "ERROR write: (9)", the
 * socket call a mail gateway's log names; "error message 87", the
 * message by its number (message_number()).  A row with no words is
 * the keyword's own rule: "a STOP message appears with a Trap
 * 0x0000000A", Windows NT 3.5's word for a bug check, or a processor's
 * trap; "a FatalExit 0x0001".  A row that is hex_only takes its code
 * only written with 0x (or, HEX_OR_PADDED, padded with zeros as the OS
 * Loader's trap screen writes it, "TRAP 0000000E", and OS/2's, "Trap
 * 0002", or a digit or two with a hex letter, "Trap D": trap_hex()), in
 * a clause that does not deny it
 * ("a STOP message appears", "produce a Fatal Exit" name none). */
#define HEX_0X 1
#define HEX_OR_PADDED 2
static const struct keyword_words {
	enum code_kw keyword;
	const char *const words[8];	/* one of them, then the code (NULL-ended) */
	const char *then;		/* a phrase that may stand after the word */
	int hex_only;
	int wraps;			/* the code may wrap onto the next line */
	/* the keyword at p (line n, s) with its code at c is the row's form:
	 * 1, else 0 (NULL: always); -1 when listed for a person instead */
	int (*takes)(struct imp *im, size_t n, const char *s, const char *p, const char *c);
} keyword_words[] = {
	/* (first: getlasterror_verb() reads its words as the call's verbs) */
	{ KW_GETLASTERROR, { "returns", "returned", "return", "gives", "gave", "give", NULL }, "the value", 0, 0, NULL },
	{ KW_STOP, { "message", NULL }, NULL, HEX_0X, 0, NULL },
	{ KW_FATAL, { "exit", NULL }, NULL, HEX_0X, 1, NULL },
	{ KW_TRAP, { NULL }, NULL, HEX_OR_PADDED, 0, NULL },
	{ KW_FATALEXIT, { NULL }, NULL, HEX_0X, 0, NULL },
	{ KW_BUG_CHECK, { NULL }, NULL, HEX_0X, 0, NULL },
	{ KW_BUGCHECK, { NULL }, NULL, HEX_OR_PADDED, 0, NULL },
	/* "error of type 28", "error type 11": the Macintosh's system error
	 * as its dialog names it (28 archive articles) */
	{ KW_ERROR, { "type", NULL }, NULL, 0, 0, macintosh_dialog },
	/* "ERROR write: (9) Bad file number", "ERROR connect: (121) network
	 * error": a mail gateway's log names the socket call that failed,
	 * then its error number in brackets (8 archive articles) */
	{ KW_ERROR, { "read", "write", "close", "connect", "send", "recv", "open", NULL }, NULL, 0, 0,
	  socket_call },
	{ KW_ERROR, { "message", NULL }, NULL, 0, 0, message_number },
};

/* "0000000E", "000D": a double word or a word padded with zeros, written
 * without 0x (the OS Loader's "TRAP 0000000E", 3 archive articles; OS/2's
 * and LAN Manager's "Trap 0002", "TRAP 000D", 7; a debugger's "!trap
 * f5cc6cf8" is an address): its length, 0 when c is no such number. */
static size_t padded_hex(const char *c)
{
	size_t k = strspn(c, "0123456789abcdefABCDEF");

	if (isalnum((unsigned char)c[k]) || c[k] == '_')
		return 0;
	return (k == 8 && strncmp(c, "000000", 6) == 0) || (k == 4 && strncmp(c, "00", 2) == 0) ? k : 0;
}

/* A trap's number written without 0x: padded (padded_hex()), or one or
 * two hex digits with a capital letter among them, OS/2's and Windows
 * NT's "Trap D", "Trap E", "trap 0E" (14 archive articles; a letter says
 * hex, where "trap 13" could be either).  Its length, or 0. */
static size_t trap_hex(const char *c)
{
	size_t k = strspn(c, "0123456789ABCDEF");

	if (padded_hex(c) > 0)
		return padded_hex(c);
	/* (not a language's name: "trap C++ exceptions", "trap C#
	 * errors", "trap B-tree faults") */
	if (k == 0 || k > 2 || strspn(c, "0123456789") == k || isalnum((unsigned char)c[k]) || c[k] == '_' ||
	    c[k] == '+' || c[k] == '#' || ((c[k] == '-' || c[k] == '.') && isalpha((unsigned char)c[k + 1])))
		return 0;
	return k;
}

/* In s, "rap " (or "RAP ") ends the word "Trap" ("trap", "TRAP") before
 * a trap's hex letter: "Trap D", "TRAP E", a code with no digit
 * (trap_hex()).  (A case-bound search: every line with no digit whose
 * next line has none comes here.) */
static int lettered_trap_in(const char *s, const char *rap)
{
	const char *p;

	for (p = s; (p = strstr(p, rap)) != NULL; p += 4)
		if (p > s && toupper((unsigned char)p[-1]) == 'T' && (p - 1 == s || !isalpha((unsigned char)p[-2])) &&
		    trap_hex(p + 4) > 0)
			return 1;
	return 0;
}

static int names_lettered_trap(const char *s)
{
	return lettered_trap_in(s, "rap ") || lettered_trap_in(s, "RAP ");
}

/* The keyword at p (kl long, line s) is an object's member in a
 * program: a word and a dot before it, '=' or '(' after it
 * ("oPrinter.STATUS = 1", "VBA.Error (4)"; not "Frob.Error 1722 in the
 * log", nor a stop lost before "Error 1722"). */
static int program_member(const char *s, const char *p, size_t kl)
{
	const char *a = imp_skip_ws(p + kl);

	return p - s >= 2 && p[-1] == '.' && isalnum((unsigned char)p[-2]) && (*a == '=' || *a == '(');
}

/* Where the word (letters, digits, '.', '_') that holds p starts in s. */
static const char *dotted_word_start(const char *s, const char *p)
{
	while (p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '.' || p[-1] == '_'))
		p--;
	return p;
}

/* "RC" at p (line s) names a release candidate: it follows a service
 * pack's number ("Version 4.0 (Build 1381: Service Pack 3, RC 1."), not
 * a job's return code later on the line ("After Service Pack 2 the job
 * ends with RC 12"). */
static int release_candidate(const char *s, const char *p)
{
	const char *sp, *q;
	size_t d;

	for (sp = s; (sp = imp_ci_find(sp, "service pack")) != NULL && sp < p; sp += 12) {
		q = imp_skip_ws(sp + 12);
		if ((d = strspn(q, "0123456789")) == 0)
			continue;
		q += d;
		if (*q == ',')
			q++;
		if (imp_skip_ws(q) == p)
			return 1;
	}
	return 0;
}

/* Where GetLastError's verb stands after its name (c, on line n): past
 * "()" and "function" or "API", on the next line when the name ends its
 * line, and past a modal ("may", "will") and an adverb after it ("may
 * also"): "the GetLastError function may return 8", "GetLastError()" /
 * "will return 5".  c itself unless a verb of keyword_words[]'s row
 * stands there ("the value of GetLastError" / "then returns 3 to the
 * service" is the program's own return). */
static const char *getlasterror_verb(const struct imp *im, size_t n, const char *c)
{
	static const char *const called[] = { "function", "API", NULL };
	static const char *const modals[] = { "may", "might", "will", "would", "can", "could", "should", NULL };
	static const char *const adverbs[] = { "also", "then", "now", "still", NULL };
	const char *const *verbs = keyword_words[0].words;	/* KW_GETLASTERROR's row */
	const char *w = *c == ')' ? imp_skip_ws(c + 1) : c;
	size_t l;

	if ((l = imp_starts_any_word(w, called)) > 0)
		w = imp_skip_ws(w + l);
	if (imp_blank(w) && n + 1 < im->a->body_end) {
		w = imp_skip_ws(imp_line_at(im, n + 1));
		if ((l = imp_starts_any_word(w, called)) > 0)
			w = imp_skip_ws(w + l);
	}
	if ((l = imp_starts_any_word(w, modals)) > 0) {
		w = imp_skip_ws(w + l);
		if ((l = imp_starts_any_word(w, adverbs)) > 0)
			w = imp_skip_ws(w + l);
	}
	return imp_starts_any_word(w, verbs) > 0 ? w : c;
}

/* c, where after_keyword() left keyword i (at p on line n, s): past the
 * keyword's own words (keyword_words[]), where its code starts, and *b
 * the bracket it is in as after_keyword() gives it; c itself when none of
 * them stands there (*took 0); NULL when they stand there but lead to no
 * code their row takes.  A row that wraps reads a code on the next line
 * ("produce a Fatal Exit" / "code 0x8800 with the following message:");
 * "a STOP message" / "(0x0000008B) appears" is read where its code is. */
static const char *past_keyword_words(struct imp *im, size_t n, const char *s, const char *p, size_t i,
				      const char *c, const char **b, int *took)
{
	const struct keyword_words *row = NULL;
	const char *w;
	size_t r, len;
	int t;

	*took = 0;
	/* "the GetLastError function may return 8": the call named as a
	 * function, and a verb's modal before its "return"
	 * (getlasterror_verb()) */
	if (i == KW_GETLASTERROR)
		c = getlasterror_verb(im, n, c);
	/* the keyword's row whose words stand at c, or its row of none */
	for (r = 0; r < sizeof keyword_words / sizeof keyword_words[0] && row == NULL; r++) {
		const struct keyword_words *k = &keyword_words[r];
		if (k->keyword != (enum code_kw)i)
			continue;
		w = *c == ')' && k->words[0] != NULL ? imp_skip_ws(c + 1) : c;
		if (k->words[0] == NULL || imp_starts_any_word(w, k->words) > 0)
			row = k;
	}
	if (row == NULL)
		return c;
	w = c;
	if (row->words[0] != NULL) {
		if (*w == ')')	/* "GetLastError()": after_keyword() took its '(' */
			w = imp_skip_ws(w + 1);
		if ((len = imp_starts_any_word(w, row->words)) == 0)
			return c;
		*took = 1;
		w = imp_skip_ws(w + len);
		if (row->then != NULL && imp_starts_ci(w, row->then) &&
		    !isalnum((unsigned char)w[strlen(row->then)]))
			w += strlen(row->then);
		w = after_keyword(w, b);
		if (row->wraps && imp_blank(w) && n + 1 < im->a->body_end &&
		    (w = wrapped_label_code(imp_line_at(im, n + 1))) == NULL)
			return NULL;
	}
	if (row->hex_only &&
	    ((!imp_starts_ci(w, "0x") && !(row->hex_only == HEX_OR_PADDED && trap_hex(w) > 0)) ||
	     clause_negates(im, n, s, p)))
		return NULL;
	if (row->takes != NULL && (t = row->takes(im, n, s, p, w)) <= 0) {
		*took = 0;
		return t < 0 ? NULL : c;
	}
	return w;
}

/* Code c, k hex digits written without their 0x (where it stands says
 * they are hex), on line n (s) after the keyword at p: drafted as 0x and
 * the digits, its message read after them. */
static void add_bare_hex(struct imp *im, size_t n, const char *s, const char *p, const char *c, size_t k)
{
	const char *hex = imp_fmt(im, "0x%.*s", (int)k, c);

	if (hex != NULL)
		add_code(im, n, hex, k + 2, (uint32_t)strtoul(c, NULL, 16), 0, code_message(im, n, s, p, c + k));
}

static void scan_error_codes(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, i, sl;
	char low_buf[1024], *low;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = imp_line_at(im, n), *p;
		int digits = strpbrk(s, "0123456789") != NULL, query, ref, related;

		/* A code has digits: most lines of prose have none (a code
		 * may be wrapped onto the next line), but for a trap's
		 * letter ("a Trap D protection violation"). */
		if (!digits && (n + 1 >= a->body_end || strpbrk(imp_line_at(im, n + 1), "0123456789") == NULL) &&
		    !names_lettered_trap(s))
			continue;
		query = imp_starts_ci(imp_skip_ws(s), "Additional query words");
		ref = kb_reference_line(im, n, s);
		related = imp_related_title_line(im, n);
		/* (a title wrapped onto the lines under its number is the
		 * related article's too; the events pass may have said so of
		 * its event already) */
		if (digits && (ref || query || (related && !imp_line_reviewed(im, n))))
			note_foreign_codes(im, n, s, ref || related);
		if (imp_log_text(s) != NULL || query || imp_ci_find(s, "HKEY_") != NULL || ref || related ||
		    imp_dir_listing_line(s))
			continue;
		/* a sense code first: the other readers leave a code noted */
		scan_sense_codes(im, n, s);
		scan_listed_codes(im, n, s);
		scan_marked_status(im, n, s);
		scan_code_then_error(im, n, s);
		scan_dashed_status(im, n, s);
		scan_error_number(im, n, s);
		/* the line in lower case once, searched for every keyword */
		sl = strlen(s);
		low = sl < sizeof low_buf ? low_buf : NULL;
		for (i = 0; low != NULL && i <= sl; i++)
			low_buf[i] = (char)tolower((unsigned char)s[i]);
		for (i = 0; code_keywords[i] != NULL; i++) {
			size_t kl = strlen(code_keywords[i]);
			for (p = find_keyword(s, low, s, code_keywords[i]); p != NULL;
			     p = find_keyword(s, low, p + kl, code_keywords[i])) {
				const char *c, *b, *hm, *msg_at, *rc;
				uint32_t code, item;
				size_t clen, k;
				int neg, named_code, took, letter_o;

				if (i != KW_SUFFIX_RC && p > s &&
				    (isalnum((unsigned char)p[-1]) || p[-1] == '_') &&
				    !(i == KW_NATIVE && type_prefix(s, p)))
					continue;
				if (isalnum((unsigned char)p[kl]) || p[kl] == '_')
					continue;
				if ((i == KW_HR || i == KW_SCODE) && *imp_skip_ws(p + kl) != '=')
					continue;
				/* "Account.rc  04/29/99", a resource script's name;
				 * "Service Pack 3, RC 1.", a release candidate */
				if (i == KW_RC && ((p > s && p[-1] == '.') || release_candidate(s, p)))
					continue;
				/* "CASE oPrinter.STATUS = 1", "VBA.Error (4)": an
				 * object's property or method in a program (a word,
				 * a dot, the keyword, then '=' or '('), listed */
				if (program_member(s, p, kl)) {
					imp_review_once(im, n, T_SYMPTOMS,
							imp_fmt(im, "the number after %.*s is a program's property or call, not a message the machine shows: add it only if the technician sees it",
								(int)(p + kl - dotted_word_start(s, p)), dotted_word_start(s, p)));
					continue;
				}
				/* (an SCODE is a failure only with its severity bit:
				 * "sCode = 0x00000001 (S_FALSE)" is success) */
				if (i == KW_SCODE && (code_at(after_keyword(p + kl, NULL), &code, &neg) == 0 || code < 0x80000000u))
					continue;
				/* "status[1]", "rc[2]": an array's index glued to its
				 * name ("VM error[27]" is the error word's own) */
				if ((p[kl] == '[' || p[kl] == '<') && i != KW_ERROR)
					continue;
				/* "with the exception of 4": the idiom for "but",
				 * no exception's code ("raises the exception of
				 * c0000005" names one) */
				if (i == KW_EXCEPTION && p - s >= 9 && imp_starts_ci(p - 9, "with the ") &&
				    imp_starts_word(imp_skip_ws(p + kl), "of"))
					continue;
				c = after_keyword(p + kl, &b);
				if ((c = past_keyword_words(im, n, s, p, i, c, &b, &took)) == NULL)
					continue;
				/* "the Jet Blue error ID -1808", "error ID: -1808": a
				 * negative number is no event's ID */
				if (i == KW_ERROR && imp_starts_word(c, "ID")) {
					const char *v = imp_skip_ws(c + 2 + (c[2] == ':'));
					if (v[0] == '-' && isdigit((unsigned char)v[1]))
						c = v;
				}
				/* "Logging msg id c0000231": the ID of a message, a
				 * thread or a device is no status in any form */
				if (i == KW_ID && other_id(s, p))
					continue;
				/* "Fatal [ 7] Error renaming file", "Warning [8] Error
				 * deleting file": MS Mail's log brackets the code of a
				 * fatal error or a warning as it does an error's;
				 * "fatal" and "warning" name a code only so (not
				 * "Non-Fatal [ 3]", "no longer fatal [ 7]") */
				if (!took && (i == KW_FATAL || i == KW_WARNING) &&
				    (b == NULL || (p > s && p[-1] == '-') || clause_negates(im, n, s, p)))
					continue;
				/* a code in brackets: never after STOP ("the Stop [2]
				 * button"), never a footnote's mark */
				if (b != NULL &&
				    ((i == KW_STOP && !took) || footnote_mark(im, b)))
					continue;
				if (i == KW_ERROR || i == KW_EXCEPTION ||
				    i == KW_VIOLATION) {
					const char *h = spaced_negative_hresult(c, &code);
					if (h != NULL) {
						const char *hex = imp_fmt(im, "0x%.8s", h);
						if (hex != NULL)
							add_code(im, n, hex, 10, code, 0, code_message(im, n, s, p, h + 9));
						continue;
					}
					c = past_separating_dash(c);
				}
				/* "First-chance exception in App.exe (KERNEL32.DLL):
				 * 0xC0000005: Access Violation", "Unhandled exception
				 * in App.exe: 0xC00000FD": the debugger names the
				 * module, then the status (22 lines in 19 archive
				 * articles) */
				if (i == KW_EXCEPTION && imp_starts_ci(c, "in ")) {
					const char *h = NULL;
					if ((k = strcspn(c, ":")) < 80 && c[k] == ':')
						h = imp_skip_ws(c + k + 1);
					/* ("Unhandled exception in VB5.EXE 0xC0000005:
					 * Access Violation": no colon after the module) */
					if (h == NULL || code_at(h, &code, &neg) == 0) {
						const char *t = imp_skip_ws(c + 3);
						h = imp_skip_ws(t + strcspn(t, " "));
					}
					if ((clen = code_at(h, &code, &neg)) > 0 && severe_hex(h, clen, code)) {
						add_code(im, n, h, clen, code, neg, debugger_message(im, n, h + clen));
						continue;
					}
				}
				/* "A Fatal Exception 0E has occurred at 0028:...",
				 * "Fatal Exception Error 06", "an exception 0E
				 * error": Windows 95's blue screen names the
				 * processor's exception, two hex digits with no 0x
				 * (49 archive articles with "Fatal"); not a symptom
				 * where the clause denies it ("you no longer
				 * receive ...") */
				if ((i == KW_EXCEPTION && (k = blue_screen_exception(im, n, s, p, c, &code, &letter_o)) > 0) ||
				    (i == KW_ERROR && (k = me_blue_screen(c, &code, &letter_o)) > 0)) {
					/* its message is its own words: the screen
					 * gives no name, only where it occurred */
					const char *from = imp_word_before_is(s, p, fatal_word)
								   ? imp_word_before(s, p, IMP_WORD_LETTERS, NULL)
								   : p,
						   *hex = imp_fmt(im, "0x%02X", (unsigned)code);
					size_t before = im->n_errors;
					if (hex != NULL && !clause_negates(im, n, s, from))
						add_code_worded(im, n, hex, 4, code, 0,
								imp_dupn(im, from, (size_t)(c + k - from)),
								CODE_OWN_WORDS | CODE_ZERO_FAULT);
					if (letter_o && im->n_errors > before)
						imp_review(im, n, T_ERROR, im->n_errors - 1,
						       imp_fmt(im, "error %s is written with the letter O for its zero: check it", hex));
					continue;
				}
				/* "Return code from OpenEventLog is 1314.": the
				 * function that returned it, named between; "...
				 * returned result code 1.", the cc:Mail connector's
				 * event text */
				rc = imp_skip_ws(p + kl);
				if (imp_starts_ci(rc, "result code"))
					rc += 7;
				named_code = return_keyword(i) && imp_starts_ci(rc, "code") &&
					     !isalnum((unsigned char)rc[4]);
				if (named_code && imp_starts_ci(c, "from ")) {
					c = imp_skip_ws(c + 5);
					while (*c != '\0' && *c != ' ' && *c != '\t')
						c++;
					c = after_keyword(c, NULL);
				}
				/* "error '80004005'": an HRESULT quoted without its
				 * 0x, read as hex even when it has no letter */
				if (*c == '\'' && quoted_hresult(c + 1, &code)) {
					const char *hex = imp_fmt(im, "0x%.8s", c + 1);
					if (hex != NULL)
						add_code(im, n, hex, 10, code, 0, code_message(im, n, s, p, c + 10));
					continue;
				}
				/* "terminated with service-specific error" /
				 * "3221487623.": the code wrapped onto the next line;
				 * "... Error" / "code=8511 [POP4 ...]" (the MTA's
				 * events), with its label, read as on one line; "a
				 * STOP" / "error message (0xA)", the bug check's code
				 * after the screen's words (wrapped_stop_code()) */
				if (imp_blank(c) && n + 1 < a->body_end)
					c = i == KW_STOP && wraps_stop(s, p) ? wrapped_stop_code(imp_line_at(im, n + 1))
									     : wrapped_label_code(imp_line_at(im, n + 1));
				/* "Run-time error '3426':", "error '-2147217842
				 * (80040e4e)'": a code alone in quotes, or with its
				 * hex form; not a status line quoted whole ("550
				 * Unable to relay", "401 Access Denied") */
				if (c != NULL && (*c == '\'' || *c == '"') &&
				    (*(c + 1) == '-' || isdigit((unsigned char)c[1]))) {
					const char *h;
					int slip;
					if ((clen = code_at(c + 1, &code, &neg)) == 0)
						continue;
					h = imp_skip_ws(c + 1 + clen);
					/* ("status is "0xC00000BE invalid connection"": a
					 * status with its severity bits set, quoted with
					 * its words) */
					/* ("Run-time error '3011.'", "Run-time error
					 * '5174: This file ...": the stop inside the
					 * quotes, or the closing quote lost before the
					 * message; 3 archive lines) */
					slip = (c[1 + clen] == '.' && c[2 + clen] == *c) ||
					       (c[1 + clen] == ':' && closing_quote(c + 2 + clen, *c) == NULL);
					if (c[1 + clen] != *c && !slip && *h != '(' &&
					    !(c[1 + clen] == ' ' && severe_hex(c + 1, clen, code)))
						continue;
					/* "'-214217904 (80040e10)'": the hex form
					 * when the two differ (a digit lost) */
					if (*h == '(' && strspn(h + 1, "0123456789abcdefABCDEF") == 8 &&
					    h[9] == ')' && (uint32_t)strtoul(h + 1, NULL, 16) != code) {
						const char *hex = imp_fmt(im, "0x%.8s", h + 1);
						if (hex != NULL)
							add_code(im, n, hex, 10, (uint32_t)strtoul(h + 1, NULL, 16), 0,
								 code_message(im, n, s, p, h + 10));
						continue;
					}
					c++;
				}
				if (c != NULL && bare_hresult(c, &code)) {
					const char *hex = imp_fmt(im, "0x%.8s", c);
					if (hex != NULL)
						add_code(im, n, hex, 10, code, 0, code_message(im, n, s, p, c + 8));
					continue;
				}
				/* "TRAP 0000000E ====== PAGE FAULT ======": the OS
				 * Loader's screen, its trap a zero-padded double word,
				 * hex with or without a letter; OS/2's "Trap 0002",
				 * "TRAP 000D", a padded word; "Trap D", "Trap 0E", a
				 * digit or two with a hex letter (trap_hex()) */
				if (c != NULL && i == KW_TRAP && (k = trap_hex(c)) > 0) {
					add_bare_hex(im, n, s, p, c, k);
					continue;
				}
				/* "Bugcheck 00000055 : fbd6f00b ...": the debugger
				 * prints the code as a zero-padded double word */
				if (c != NULL && i == KW_BUGCHECK && padded_hex(c) == 8) {
					add_bare_hex(im, n, s, p, c, 8);
					continue;
				}
				/* "due to error 00000BB8": a status printed as a
				 * zero-padded double word with a hex letter in it
				 * (the information store's delivery events) */
				if (c != NULL && i == KW_ERROR && c[0] == '0' &&
				    strspn(c, "0123456789abcdefABCDEF") == 8 && strspn(c, "0123456789") < 8 &&
				    !isalnum((unsigned char)c[8]) && c[8] != '_') {
					add_bare_hex(im, n, s, p, c, 8);
					continue;
				}
				/* "Error Code = 0D0D", "error code = 38a",
				 * "ErrorCode=19FE": a code after its label and '='
				 * or ':', with a hex letter in it, is hex (5 archive
				 * lines, none placed before) */
				if (c != NULL && (i == KW_ERROR || i == KW_ERRORCODE) && code_label_set(p + kl, i == KW_ERROR) &&
				    (k = strspn(c, "0123456789abcdefABCDEF")) <= 8 && k > strspn(c, "0123456789") &&
				    strpbrk(c, "0123456789") != NULL && strpbrk(c, "0123456789") < c + k &&
				    !isalnum((unsigned char)c[k]) && c[k] != '_') {
					add_bare_hex(im, n, s, p, c, k);
					continue;
				}
				/* "Secondary Return Code = 08000000", "Primary
				 * Return Code = F011": a return code printed as a
				 * zero-padded word or double word is hex */
				if (c != NULL && named_code && imp_indent_of(s) > 0 &&
				    ((k = strspn(c, "0123456789abcdefABCDEF")) == 4 || k == 8) &&
				    !isalnum((unsigned char)c[k]) && (c[0] == '0' || strspn(c, "0123456789") < k)) {
					add_bare_hex(im, n, s, p, c, k);
					continue;
				}
				/* "primary_rc = F004", "secondary_rc = 0000015B": an
				 * APPC verb's return code is printed as a hex word or
				 * double word; one holding a letter reads as no
				 * decimal number */
				/* (zero-padded as the "Return Code" above: "Secondary_rc
				 * = 00000509" is 0x509) */
				if (c != NULL && i == KW_SUFFIX_RC &&
				    ((k = strspn(c, "0123456789abcdefABCDEF")) == 4 || k == 8) &&
				    !isalnum((unsigned char)c[k]) && (c[0] == '0' || strspn(c, "0123456789") < k)) {
					add_bare_hex(im, n, s, p, c, k);
					continue;
				}
				/* "STOP 0000000a (0x00000000 ...)", "STOP 7B": a bug
				 * check's code is hex with or without its 0x */
				if (c != NULL && i == KW_STOP && !imp_starts_ci(c, "0x")) {
					const char *hex = stop_hex_code(im, p, c, &code, &k);
					if (hex != NULL)
						add_code(im, n, hex, k + 2, code, 0, code_message(im, n, s, p, c + k));
					continue;
				}
				if (c == NULL || (clen = code_at(c, &code, &neg)) == 0)
					continue;
				/* "Service Pack 3 RC 1.32": after "RC" a dotted
				 * number is a release candidate's version, not a
				 * return code (2 archive articles drafted "error
				 * 1" so, both versions) */
				if (i == KW_RC && c[clen] == '.' &&
				    isdigit((unsigned char)c[clen + 1]))
					continue;
				/* "returns 0xC000006A", "LSA returning (c0000034)": a
				 * returned status is an error only when its severity
				 * bits say so ("returns 1" is not one) */
				/* (a return code named in prose, "a return code of
				 * 3, 4, 6 or 7 decrements ...", describes; one in
				 * a quoted message or listing is the code) */
				if ((return_keyword(i) ||
				     i == KW_HRESULT) && !severe_status(c, clen, code) &&
				    !(named_code && (imp_indent_of(s) > 0 || tool_diagnostic_line(s))))
					continue;
				/* "The Hman.log file should show all sites active
				 * (status 1)": a status in brackets after the words
				 * it stands for names the state they describe; only
				 * a failure's severity bits make it an error */
				if (i == KW_STATUS && p > s && p[-1] == '(' &&
				    c[clen] == ')' && !severe_status(c, clen, code))
					continue;
				/* "Access is denied. ID C0020005": after a bare "ID"
				 * only a status with its severity bits set is a code
				 * (an event's or a user's ID is a small number) */
				/* (an SMS client's "ID ABC00012": a bare ID must
				 * read as an error (8...) or an NTSTATUS error
				 * (C...)) */
				if (i == KW_ID && !severe_hex(c, clen, code) &&
				    !(clen == 8 && strchr("8cC", c[0]) != NULL && strspn(c, "0123456789") < 8))
					continue;
				if (i == KW_ERROR && !neg &&
				    (logged_as_event(im, n, s, p, c + clen, code) || tabbed_event_row(im, n, s, p, c, clen, code)))
					continue;
				if (i == KW_ERROR && !neg && (item = numbered_error_item(im, s, p, code)) != 0) {
					imp_review(im, n, T_SYMPTOMS, 0,
						   imp_fmt(im, "\"Error %.*s:\" numbers an item of a list of errors the article describes (\"Error %u:\" is another), not a code: add the error the item names if the technician sees it",
							   (int)clen, c, item));
					continue;
				}
				/* "If lrc <> ERROR_NONE Then Error 5": Visual Basic's
				 * Error statement in sample code raises the error,
				 * no message the machine shows */
				if (i == KW_ERROR && basic_error_statement(s, p)) {
					imp_review(im, n, T_SYMPTOMS, 0,
						   imp_fmt(im, "error %.*s is raised by a Visual Basic statement in sample code ('Then Error %.*s'), not a message the machine shows: add it only if the technician sees it",
							   (int)clen, c, (int)clen, c));
					continue;
				}
				/* "error 3 reported in Event ID 70" is still an
				 * error; "Error 1083: The ..." lines were read
				 * with their message already. */
				if (i == KW_HELPMSG &&
				    (hm = helpmsg_message(im, n, p, c + clen)) != NULL) {
					add_code(im, n, c, clen, code, neg, hm);
					continue;
				}
				if (i == KW_NATIVE) {
					add_code(im, n, c, clen, code, neg, native_error_message(im, n));
					continue;
				}
				/* "[234] Failure to ...": the words start past the
				 * bracket that closes the code */
				msg_at = c + clen;
				if (b != NULL && (*msg_at == ']' || *msg_at == '>'))
					msg_at++;
				add_code(im, n, c, clen, code, neg, code_message(im, n, s, p, msg_at));
				/* "0xF0000001 or 0xF0000002"; "Trap 0x50 and 0xA",
				 * "STOP 0x0000001e and 0x0000000a": with "and" only
				 * two codes written in hex with 0x ("error 5 and 6
				 * times" counts) */
				{
					const char *first = c, *second;
					c = imp_skip_ws(c + clen);
					second = imp_starts_ci(c, "or ") ? imp_skip_ws(c + 3) :
						 imp_starts_ci(c, "and ") && imp_starts_ci(first, "0x") &&
							 imp_starts_ci(imp_skip_ws(c + 4), "0x") ? imp_skip_ws(c + 4) : NULL;
					if (second != NULL && (clen = code_at(second, &code, &neg)) > 0)
						add_code(im, n, second, clen, code, neg,
							 code_message(im, n, s, p, second + clen));
				}
			}
		}
		/* after the keywords, whose message reading is older */
		scan_bracketed_status(im, n, s);
		scan_code_before_error(im, n, s);
		scan_message_hex_line(im, n, s);
		scan_ndr_diagnostic(im, n, s);
	}
}

/* "0010: 00000000 c000023a 00000000": an event's data as words, an
 * offset then up to eight words of eight hex digits; or one word under
 * its label, "Data word: c0000022" (an event's fields written out).
 * Returns where the words start, or NULL. */
static const char *data_words_at(const char *s)
{
	const char *p = imp_skip_ws(s);

	if (imp_starts_ci(p, "Data word:")) {
		p = imp_skip_ws(p + 10);
		return strspn(p, "0123456789abcdefABCDEF") == 8 && !isalnum((unsigned char)p[8]) ? p : NULL;
	}
	if (strspn(p, "0123456789abcdefABCDEF") != 4 || p[4] != ':' || p[5] != ' ')
		return NULL;
	p = imp_skip_ws(p + 5);
	return strspn(p, "0123456789abcdefABCDEF") == 8 ? p : NULL;
}

/* word (eight hex digits) as a whole word in s, bare or after 0x. */
static int names_word(const char *s, const char *word)
{
	const char *p;

	for (p = s; (p = imp_ci_find(p, word)) != NULL; p++)
		if ((p == s || !isalnum((unsigned char)p[-1]) ||
		     (p - s >= 2 && (p[-1] == 'x' || p[-1] == 'X') && p[-2] == '0')) &&
		    !isxdigit((unsigned char)p[8]))
			return 1;
	return 0;
}

/* A status code among an event's data words is the event's error only
 * when the article names it too (in its title, "Srv Event 2000 with
 * Status Code C000023A", or in its text): other words are addresses and
 * counters.  Drafted on the data line when the text's own mention gave
 * no code (it names none with a keyword). */
static void scan_data_words(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, m;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *w = data_words_at(imp_line_at(im, n));
		char word[9];

		for (; w != NULL && strspn(w, "0123456789abcdefABCDEF") == 8; w = imp_skip_ws(w + 8)) {
			uint32_t code = (uint32_t)strtoul(w, NULL, 16);
			int named = 0;

			if (isalnum((unsigned char)w[8]) || (code & 0x80000000u) == 0 || code == 0xFFFFFFFFu ||
			    has_error(im, code))
				continue;
			memcpy(word, w, 8);
			word[8] = '\0';
			named = a->title != NULL && names_word(a->title, word);
			for (m = a->body_first; m < a->body_end && !named; m++)
				named = data_words_at(imp_line_at(im, m)) == NULL &&
					names_word(imp_line_at(im, m), word);
			if (named)
				add_code(im, n, imp_fmt(im, "0x%s", word), 10, code, 0,
					 NO_MESSAGE);
		}
	}
}

/* The first body line with a hex number of value code ("A STOP message
 * appears (0x0000001E in SFMSRV.SYS)" for a title's "STOP 0x1E"), 0 when
 * none: the readers of the text passed it by, but the fact is stated
 * there, and a title is never a fact's line (guide C15), nor are the
 * query words. */
static size_t body_line_with_hex(const struct imp *im, uint32_t code)
{
	size_t n;
	const char *s, *p;
	char *end;

	for (n = im->a->body_first; n < im->a->body_end; n++)
		for (s = imp_line_at(im, n), p = s;
		     !imp_starts_ci(imp_skip_ws(s), "Additional query words") && (p = imp_ci_find(p, "0x")) != NULL;
		     p += 2)
			if ((p == s || !isalnum((unsigned char)p[-1])) && isxdigit((unsigned char)p[2]) &&
			    strtoul(p + 2, &end, 16) == code && end - (p + 2) <= 8 && !isalnum((unsigned char)*end))
				return n;
	return 0;
}

/* A status drafted already ends with code's digits, code being the
 * short form a title writes for it ("STOP 0x21A" for 0xC000021A, the
 * status Windows NT's bug check 0xC000021A is named by). */
static int short_form_drafted(const struct imp *im, uint32_t code)
{
	size_t i;

	if (code == 0 || code > 0xFFF)
		return 0;
	for (i = 0; i < im->n_errors; i++)
		if ((im->errors[i].code & 0xFFFFF000u) == 0xC0000000u && (im->errors[i].code & 0xFFFu) == code)
			return 1;
	return 0;
}

/* "Third Party GINAs May Fail with Service Pack 4 Causing STOP 0x21": a
 * code the title names after "STOP" (or a failure status after "error")
 * and the text does not repeat in a form its readers take (it names the
 * symptom only in the title, or in a form they pass by), cited to the
 * body line that gives it in hex, else to the title's line. */
static void scan_title_codes(struct imp *im)
{
	static const char *const keywords[] = { "stop", "error", NULL };
	const char *t, *p, *c, *from;
	size_t n, i, clen, body;
	uint32_t code;
	int neg;

	if ((n = imp_title_line(im)) == 0)
		return;
	t = imp_line_at(im, n);
	for (i = 0; keywords[i] != NULL; i++)
		for (p = t; (p = imp_ci_find(p, keywords[i])) != NULL; p += strlen(keywords[i])) {
			if ((p > t && isalnum((unsigned char)p[-1])) || isalnum((unsigned char)p[strlen(keywords[i])]))
				continue;
			c = after_keyword(p + strlen(keywords[i]), NULL);
			/* ""Stop 82" Error Message": a bug check's hex */
			if (i == 0 && !imp_starts_ci(c, "0x")) {
				if ((c = stop_hex_code(im, p, c, &code, &clen)) == NULL || has_error(im, code))
					continue;
				clen += 2;
				neg = 0;
			} else if ((clen = code_at(c, &code, &neg)) == 0 || has_error(im, code))
				continue;
			/* "HTTP Error 500-13", "Run-Time Error 713": after
			 * "error" a title's number may be any product's;
			 * only a failure status is certain */
			if (i > 0 && (code & 0x80000000u) == 0)
				continue;
			/* "STOP 0x0000021a" over a text that gives "STOP:
			 * 0xc000021a": the title's short form of the status
			 * drafted */
			if (i == 0 && short_form_drafted(im, code))
				continue;
			body = body_line_with_hex(im, code);
			add_code(im, body > 0 ? body : n, c, clen, code, neg,
				 NO_MESSAGE);
		}
	/* "Exception 0E May Be Caused by ...": a title that names an
	 * exception by its two hex digits names Windows 95's blue screen
	 * (the text may call it only "the error") */
	for (p = t; (p = imp_find_word(p, "exception")) != NULL; p += strlen("exception")) {
		c = imp_skip_ws(p + strlen("exception"));
		if (!isxdigit((unsigned char)c[0]) || !isxdigit((unsigned char)c[1]) ||
		    isalnum((unsigned char)c[2]) || c[2] == '_' || clause_negates(im, n, t, p))
			continue;
		/* the screen's form, "0E", "0D", "06": a title's "Exception 13"
		 * without it may be a program's decimal number */
		if (c[0] != '0' && isdigit((unsigned char)c[1]) && isdigit((unsigned char)c[0]))
			continue;
		code = (uint32_t)strtoul((char[]){ c[0], c[1], '\0' }, NULL, 16);
		from = imp_word_before_is(t, p, fatal_word) ? imp_word_before(t, p, IMP_WORD_LETTERS, NULL) : p;
		if (!has_error(im, code))
			add_code(im, n, imp_fmt(im, "0x%02X", (unsigned)code), 4, code, 0,
				 imp_dupn(im, from, (size_t)(c + 2 - from)));
	}
}

/* "the following events may appear in the Application Log:" then
 * paragraphs that each start with the event ID alone on a line. */
/* The intro at line n (and the two lines of its paragraph before it)
 * speaks of events: "the following errors may be reported in the event
 * log:", "you may receive an Event ID 108 error:". */
static int intro_names_events(const struct imp *im, size_t n)
{
	size_t m;

	for (m = n; m + 2 >= n && m >= im->a->body_first; m--) {
		const char *s = imp_line_at(im, m);
		if (imp_blank(s))
			break;
		if (imp_has_word(s, "event") || imp_has_word(s, "events"))
			return 1;
		/* "the following error is logged in the system log:" */
		if (imp_has_word(s, "logged") &&
		    (imp_ci_find(s, "system log") != NULL || imp_ci_find(s, "application log") != NULL))
			return 1;
		if (m == 0)
			break;
	}
	return 0;
}

/* What the lead-in ending on line n (its paragraph, three lines at most)
 * says of the events listed under it: *when, that it tells when they are
 * logged ("will be logged when", "is logged whenever"), a description of
 * what a component or an option logs, not a symptom; *logs, that it has
 * them logged ("the following error is logged in the system log:",
 * "following events ... will be logged:"), not a message shown ("a
 * dialog box appears with the following error message:"), so that "1502
 * - The log file is full." under it is an event; *lists, that it
 * announces events listed by their IDs alone ("the following events may
 * appear in the Application Log:", "... with Events ID's similar to the
 * following in the" / "Application log:", "the following event IDs may be
 * logged by the" / "Exchange Server MTA:", "A number of errors appear in
 * the application log ... contain the following information:": the words
 * may stand on the lines above the colon's), not a dialog box's. */
static void read_lead_in(struct imp *im, size_t n, int *when, int *logs, int *lists)
{
	struct kb_buf b = { 0 };
	size_t first = n, starts[3];
	int dialog;

	*when = *logs = *lists = 0;
	while (first > im->a->body_first && first + 3 > n && !imp_blank(imp_line_at(im, first - 1)))
		first--;
	imp_join_lines(im, first, n, &b, starts, 3);
	if (b.p != NULL && !b.oom) {
		dialog = imp_ci_find(b.p, "dialog box") != NULL;
		*when = imp_ci_find(b.p, "logged when") != NULL || imp_ci_find(b.p, "logged whenever") != NULL;
		*logs = !dialog && (imp_ci_find(b.p, "logged") != NULL || imp_ci_find(b.p, "event log") != NULL ||
				    imp_has_word(b.p, "events"));
		*lists = !dialog && imp_has_word(b.p, "following") &&
			 (imp_has_word(b.p, "events") || imp_has_word(b.p, "event") ||
			  imp_ci_find(b.p, "application log") != NULL || imp_ci_find(b.p, "event log") != NULL ||
			  imp_ci_find(b.p, "system log") != NULL);
	}
	im->oom |= b.oom;
	kb_buf_free(&b);
}

/* "   5000 Unable to initialize the ... service.", "   4204 - An Error
 * was encountered": an event quoted as its ID then its message, with no
 * label: an indented line starting with two to five digits, a space (or,
 * dashed, " - ") and a capitalised word, quoted or not.  Dashed, the line
 * may start the paragraph's margin ("5730 - Replication of the SAM ...":
 * the dash sets the ID apart as the indent does). */
static int id_then_message(const char *line, size_t k, int dashed)
{
	const char *t = imp_skip_ws(line), *m = t + k + 1;

	if (k < 2 || t[k] != ' ')
		return 0;
	if (dashed && m[0] == '-' && m[1] == ' ')
		m += 2;
	else if (imp_indent_of(line) == 0)
		return 0;
	if (*m == '"')
		m++;
	return isupper((unsigned char)*m) && words_follow(m);
}

/* The first line with words under line n may open a list of event IDs:
 * an ID of one to five digits, unread, or the "Source:" field over them
 * (a cheap test before the lead-in's words are read, on every colon). */
static int id_list_may_follow(const struct imp *im, size_t n)
{
	size_t m, k;
	const char *t;

	for (m = n + 1; m < im->a->body_end && imp_blank(imp_line_at(im, m)); m++)
		;
	if (m >= im->a->body_end)
		return 0;
	t = imp_skip_ws(imp_line_at(im, m));
	k = strspn(t, "0123456789");
	return (k >= 1 && k <= 5 && !im->used[m]) || imp_starts_ci(t, "Source");
}

void imp_scan_event_number_list(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n, m, j;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = imp_line_at(im, n), *source = NULL, *own;
		size_t l = imp_rtrim_len(s, strlen(s));
		int alone, messages, dashed, when, logs;

		if (l == 0 || s[l - 1] != ':' || !id_list_may_follow(im, n))
			continue;
		read_lead_in(im, n, &when, &logs, &alone);
		messages = intro_names_events(im, n);
		/* "the following application event will be logged when SNA
		 * Server receives a bad update:" under an option: what the
		 * option logs by design (guide C2), not the problem's */
		if ((!alone && !messages) || when)
			continue;
		dashed = messages && logs;
		for (m = n + 1; m < a->body_end; m++) {
			const char *t = imp_skip_ws(imp_line_at(im, m)), *v;
			size_t k = strspn(t, "0123456789");
			int with_message;
			/* ("   -or-" between the IDs: "4204 - An Error was
			 * encountered" / "-or-" / "4294 - Missing or Corrupt
			 * database files") */
			if (imp_blank(imp_line_at(im, m)) || imp_or_line(imp_line_at(im, m)))
				continue;
			/* "   Source: MSExchangeMTA" over "   2026 - An internal
			 * MTA error occurred": the source of the IDs under it */
			if (k == 0 && imp_starts_ci(t, "Source") && !im->used[m] &&
			    (v = imp_label_value(im, t, "Source")) != NULL && *v != '\0') {
				source = v;
				continue;
			}
			if (k == 0 || k > 5 || im->used[m])
				break;
			with_message = messages && id_then_message(imp_line_at(im, m), k, dashed);
			/* "   9322: MSExchangeMTA" over its message: the ID and
			 * the source that logs it, a name a list vouches for */
			/* ("4070: An error occurred ..." is a message: a source
			 * only when a list knows the name) */
			own = alone && t[k] == ':' && !imp_blank(t + k + 1) ? imp_skip_ws(t + k + 1) : NULL;
			if (own != NULL && (v = imp_source_as_logged(own)) != own)
				own = v;
			else
				own = NULL;
			if (!(alone && imp_blank(t + k)) && !with_message && own == NULL)
				break;
			/* "   2444" over "   Source: MSExchangeMSMI": an event
			 * record's fields under its ID; "   12802" over
			 * "   MSExchange Pop3": the source alone under it */
			for (j = m + 1; own == NULL && j < a->body_end && j < m + 4 && !imp_blank(imp_line_at(im, j)); j++) {
				const char *u = imp_skip_ws(imp_line_at(im, j));
				if ((v = imp_label_value(im, u, "Source")) != NULL && *v != '\0')
					own = v;
				else if (j == m + 1 && alone && (v = imp_source_as_logged(u)) != u)
					own = v;
			}
			/* (imp_add_event() says so when the source is missing) */
			imp_add_event(im, strtoul(t, NULL, 10), own != NULL ? own : source, NULL, NULL, m, n);
			im->used[m] = 1;
			/* its message: the rest of the paragraph (read for the
			 * codes it names, not claimed, when on the ID's line) */
			while (m + 1 < a->body_end && !imp_blank(imp_line_at(im, m + 1))) {
				const char *u = imp_line_at(im, m + 1);
				if (with_message && id_then_message(u, strspn(imp_skip_ws(u), "0123456789"), dashed))
					break;  /* "08226 Process ... terminated": the next one */
				m++;
				if (!with_message)
					im->used[m] = 1;
			}
		}
	}
}

/* "logs a 701 event", "will log a 9322 event", "before logging a 9405
 * event": the ID before the word, after a form of "log" and "a|an".
 * The ID's start, or NULL. */
static const char *logged_id_before(const char *s, const char *p)
{
	static const char *const logs[] = { "logs a ", "log a ", "logged a ", "logging a ", "logs an ",
					    "log an ", "logged an ", "logging an " };
	const char *q = p, *d;
	size_t i;

	if (q <= s || q[-1] != ' ')
		return NULL;
	q--;
	d = q;
	while (d > s && isdigit((unsigned char)d[-1]))
		d--;
	if (d == q || q - d > 5 || d == s)
		return NULL;
	for (i = 0; i < sizeof logs / sizeof logs[0]; i++) {
		size_t l = strlen(logs[i]);
		if ((size_t)(d - s) >= l && strncasecmp(d - l, logs[i], l) == 0 &&
		    ((size_t)(d - s) == l || !isalpha((unsigned char)*(d - l - 1))))
			return d;
	}
	return NULL;
}

/* Event id, drafted without a source, named again on line n with one
 * ("The description for Event ID ( 8007 ) in Source ( NwRdr ) could not
 * be found", "Source MSFTPSVC Event ID 8: FTP Server could not ..."):
 * the draft takes that source, the same event's.  The source set, or
 * NULL when none was. */
static const char *fill_in_source(struct imp *im, unsigned id, size_t n)
{
	const char *src, *note;
	size_t i;

	for (i = 0; i < im->n_events; i++)
		if (im->events[i].id == id && imp_starts_ci(im->events[i].source, "REVIEW:"))
			break;
	if (i == im->n_events)
		return NULL;
	if ((src = imp_in_source(im, n)) == NULL && (src = line_source(im, imp_line_at(im, n))) == NULL)
		return NULL;
	im->events[i].source = imp_source_as_logged(src);
	note = imp_fmt(im, "event %u: its source %s is read from line %zu: check it", id, im->events[i].source, n);
	/* the note that said the article names none is now wrong: it says
	 * where the source was read instead, on that line (which it places:
	 * the line would else be listed as naming the event again) */
	if (im->events[i].no_source_note > 0) {
		im->reviews[im->events[i].no_source_note - 1].note = note;
		im->reviews[im->events[i].no_source_note - 1].line = n;
	} else
		imp_review(im, n, T_EVENT, i, note);
	return im->events[i].source;
}

/* After an event's ID at e: " through 1305", " thru 1018", " to 4199",
 * "-7504": the ID opens a range (4 archive articles: "Events 1283
 * through 1305", "event IDs 2000 Through 9999"), no one event.  Where the
 * range ends, or NULL. */
static const char *range_after(const char *e)
{
	static const char *const joins[] = { " through ", " thru ", " to ", " - ", "-", NULL };
	size_t i;

	for (i = 0; joins[i] != NULL; i++)
		if (imp_starts_ci(e, joins[i]) && isdigit((unsigned char)e[strlen(joins[i])]))
			return e + strlen(joins[i]) + strspn(e + strlen(joins[i]), "0123456789");
	return NULL;
}

/* Event id named in prose on line n: drafted with source (a source
 * found with the ID before it) or the one nearby, else with none and a
 * review item; an ID drafted already gets the source the line names.
 * The source it has in the draft, or NULL. */
static const char *add_prose_event(struct imp *im, unsigned long id, size_t n, const char *source)
{
	const char *src;
	size_t before = im->n_events;

	if (has_event_id(im, (unsigned)id)) {
		const struct imp_event *drafted = imp_drafted_event(im, id);
		const char *note;
		size_t i;
		/* the source just filled in is that event's, whichever of two
		 * events with this ID it was */
		if ((src = fill_in_source(im, (unsigned)id, n)) != NULL)
			return src;
		/* "with source "Monitoring," Event" / "ID 8022, and ...", the
		 * event drafted from another line (a block further down, a
		 * sentence above): this mention says where it went, where the
		 * list's last pass (which reads a line that names a fact
		 * alone) would not */
		if (drafted->line != n && !imp_names_fact(im, n) && !kb_reference_line(im, n, imp_line_at(im, n)) &&
		    !imp_related_title_line(im, n) && (note = imp_event_named_again(im, drafted)) != NULL &&
		    !mentioned(im, note))
			imp_review(im, n, T_NONE, 0, note);
		for (i = 0; i < im->n_events; i++)
			if (im->events[i].id == id)
				return im->events[i].source;
		return NULL;
	}
	src = source != NULL && !imp_starts_ci(source, "REVIEW:") ? source : imp_nearby_source(im, n);
	imp_add_event(im, id, src != NULL ? src : "REVIEW: the article names no source", NULL, NULL, n, n);
	if (im->n_events == before)
		return NULL;
	if (src == NULL && im->events[im->n_events - 1].line == n &&
	    imp_starts_ci(im->events[im->n_events - 1].source, "REVIEW:")) {
		imp_review(im, n, T_EVENT, im->n_events - 1,
			   imp_fmt(im, "event %lu is named without its source: fill in the source", id));
		im->events[im->n_events - 1].no_source_note = im->n_reviews;
	}
	return im->events[im->n_events - 1].source;
}

/* After an event's number at p: " or 1018", " and 9202", " and/or 4126"
 * naming a second event ("event 1017 or 1018", "Event ID 7023 and 4165
 * are logged"): its ID, or 0 (a number that goes on, "and 624 bytes" read
 * as an ID only when a word follows that is not a unit). */
static unsigned long second_event_id(const char *p)
{
	static const char *const units[] = { "bytes", "byte", "kb", "mb", "seconds", "minutes", "ms", "times",
					     "percent", "more", "higher", "later", NULL };
	const char *q = past_list_joiner(p), *w;
	size_t k;
	unsigned long id;

	if (q == NULL)
		return 0;
	k = strspn(q, "0123456789");
	if (k == 0 || k > 5 || isalnum((unsigned char)q[k]) || (q[k] == '.' && isdigit((unsigned char)q[k + 1])))
		return 0;
	id = strtoul(q, NULL, 10);
	w = imp_skip_ws(q + k);
	if (id == 0 || id > 65535 || imp_starts_any_word(w, units) > 0)
		return 0;
	return id;
}

/* After an event's number at p, in a list after a plural ("event IDs
 * 9266, 2219, 2206, and 9321"): ", " and the next ID when another comma
 * or the list's joiner follows it (the last item is second_event_id()'s).
 * The ID, where it ends in *end; 0 when p holds no such item. */
static unsigned long listed_event_id(const char *p, char **end)
{
	const char *q = imp_skip_ws(p), *w;
	size_t k;
	unsigned long id;

	if (*q != ',')
		return 0;
	q = imp_skip_ws(q + 1);
	k = strspn(q, "0123456789");
	if (k == 0 || k > 5 || isalnum((unsigned char)q[k]))
		return 0;
	w = imp_skip_ws(q + k);
	if (*w != ',' && past_list_joiner(w) == NULL)
		return 0;
	id = strtoul(q, NULL, 10);
	if (id == 0 || id > 65535)
		return 0;
	*end = (char *)(q + k);
	return id;
}

/* The line after n opens with "ID" and the event's number ("... Event" /
 * "ID 4117 are displayed"): where the number starts, or NULL. */
static const char *wrapped_id_at(const struct imp *im, size_t n)
{
	const char *w;

	if (n + 1 >= im->a->body_end)
		return NULL;
	w = imp_skip_ws(imp_line_at(im, n + 1));
	if (!imp_starts_ci(w, "ID") || isalpha((unsigned char)w[2]))
		return NULL;
	w = imp_skip_ws(w + 2);
	if (*w == ':')
		w = imp_skip_ws(w + 1);
	return isdigit((unsigned char)*w) ? w : NULL;
}

/* "Event ID 8007 may also appear", "(Event 186)", "Event 567:", "logs
 * event 2012": events named outside an event block.  The article gives
 * no source: the draft says so and a person fills it in. */
void imp_scan_prose_events(struct imp *im)
{
	const struct kb_article *a = im->a;
	size_t n;

	for (n = a->body_first; n < a->body_end; n++) {
		const char *s = imp_line_at(im, n), *p;

		if (im->used[n] || (strpbrk(s, "0123456789") == NULL &&
				    (n + 1 >= a->body_end || !isdigit((unsigned char)*imp_skip_ws(imp_line_at(im, n + 1)))) &&
				    wrapped_id_at(im, n) == NULL) ||
		    imp_starts_ci(imp_skip_ws(s), "Additional query words") || imp_log_text(s) != NULL)
			continue;
		for (p = s; (p = imp_ci_find(p, "event")) != NULL; p += 5) {
			const char *q, *wid;
			unsigned long id;
			char *end;
			int with_id, on_line = 1;   /* the number is on line n */

			if (p > s && isalpha((unsigned char)p[-1]))
				continue;
			q = imp_event_number_at(p, &with_id);
			/* "Event ID 12006 and Event" / "ID 4117 are displayed":
			 * the line broke between the word and its "ID" (11
			 * archive articles) */
			if (*q == '\0' && !with_id && (p[5] == ' ' || p[5] == '\0') && (wid = wrapped_id_at(im, n)) != NULL) {
				q = wid;
				with_id = 1;
				on_line = 0;
			}
			/* "generates an event id" / "5722 in the System log":
			 * the number wrapped onto the next line (47 archive
			 * articles); a numbered step there ("2. Click") is
			 * none */
			if (*q == '\0' && n + 1 < a->body_end && (p == s || p[-1] != '_') &&
			    (with_id || (p[5] != 's' && p[5] != 'S'))) {
				const char *w = imp_skip_ws(imp_line_at(im, n + 1));
				size_t k = strspn(w, "0123456789");
				/* (the number goes on with the sentence: a list's
				 * "2 - Warning events" or "08   = event" is none) */
				if (k > 0 && (w[k] == '\0' || strchr(",.:;)", w[k]) != NULL ||
					      (w[k] == ' ' && (islower((unsigned char)w[k + 1]) || w[k + 1] == '('))) &&
				    !(w[k] == '.' && (w[k + 1] == ' ' || w[k + 1] == '\0'))) {
					q = w;
					on_line = 0;
				}
			}
			/* "Event ID ( 8007 ) in Source ( NwRdr )", "Event ID
			 * "8504" in source": Event Viewer's missing-message
			 * text brackets or quotes the ID ("set event (1)" is
			 * no event) */
			if (with_id && (*q == '(' || *q == '"') && isdigit((unsigned char)*imp_skip_ws(q + 1))) {
				const char *d = imp_skip_ws(q + 1);
				const char *e = d + strspn(d, "0123456789");
				if (*imp_skip_ws(e) == (*q == '(' ? ')' : '"'))
					q = d;
			}
			if (!isdigit((unsigned char)*q) && (isalpha((unsigned char)p[5]) ||
							   (q = logged_id_before(s, p)) == NULL))
				continue;
			id = strtoul(q, &end, 10);
			/* "repeated Event ID 903s", "many Event ID 2024s": the
			 * ID made plural (12 archive articles) */
			/* ("Event32.dll", a digit glued to the word, is a name:
			 * imp_event_number_at() gives no number for it) */
			if (*end == 's' && !isalnum((unsigned char)end[1]) && end[1] != '_')
				end++;
			if (isalnum((unsigned char)*end) || (*end == '.' && isdigit((unsigned char)end[1])) || id > 65535)
				continue;
			if (range_after(end) != NULL) {
				imp_review(im, n, T_SYMPTOMS, 0,
					   imp_fmt(im, "events %lu%.*s: a range of IDs, not one event: write the events the rule needs by hand",
						   id, (int)(range_after(end) - end), end));
				continue;
			}
			{
				const char *src = add_prose_event(im, id, n, NULL);
				unsigned long id2;
				int plural = p[5] == 's' || p[5] == 'S' || imp_starts_ci(imp_skip_ws(p + 5), "IDs");
				/* "event 1017 or 1018", "events 9301 and 9202": the
				 * second ID is an event of the same source; after a
				 * plural ("event IDs 9266, 2219, 2206, and 9321"), a
				 * list's items before it */
				if (plural)
					while ((id2 = listed_event_id(end, &end)) != 0)
						add_prose_event(im, id2, n, src);
				if ((id2 = second_event_id(end)) != 0)
					add_prose_event(im, id2, n, src);
				/* "Event 2048" / "or 1087 is reported": the line
				 * broke before the joiner (3 archive articles) */
				else if (on_line && *imp_skip_ws(end) == '\0' && n + 1 < a->body_end &&
					 (id2 = second_event_id(imp_line_at(im, n + 1))) != 0)
					add_prose_event(im, id2, n + 1, src);
			}
		}
	}
}

/* Tie events to the error they carry: its code ("error 1720", "%%1720")
 * or its message in the event's description.  A message read as the
 * sentence the code is printed in may be the description's own ("The
 * data is the error: 26 27 00 00", the event's binary data): it ties
 * nothing, as a code with no message did not. */
void imp_link_events(struct imp *im)
{
	size_t i, j;

	for (i = 0; i < im->n_events; i++) {
		struct imp_event *ev = &im->events[i];
		if (ev->desc == NULL)
			continue;
		for (j = 0; j < im->n_errors; j++) {
			const struct imp_error *er = &im->errors[j];
			char num[32];
			snprintf(num, sizeof num, "%%%%%u", (unsigned)er->code);
			if ((!er->own_line && imp_ci_find(ev->desc, er->message) != NULL) || strstr(ev->desc, num) != NULL) {
				ev->code_text = er->code_text;
				ev->message = er->message;
				break;
			}
		}
	}
}
