/* evtlog_export.c: Event Viewer text and CSV exports, and the event
 * listings copied from an event's Properties.  The accepted layouts are
 * listed in evtlog.h. */
#include "evtlog_internal.h"

#include <stdlib.h>
#include <string.h>

#include "kbwiz/strbuf.h"

/* Event Viewer caps a description at 32K UTF-16 units, so a quoted field
 * longer than this is a stray quote, not a message. */
#define QUOTE_SCAN_MAX (256u * 1024u)
/* Continuation lines past this are dropped: no message is that long, and
 * it bounds memory on hostile input. */
#define MESSAGE_MAX (1024u * 1024u)
#define MAX_COLUMNS 64
/* Detection looks at this much of the start of a buffer. */
#define DETECT_BYTES (64u * 1024u)
#define PROGRESS_BYTES (64u * 1024u)

/* ---------------------------------------------------------------------
 * Small text helpers (ASCII only: the layouts' keywords are English) */

static int lower_ascii(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int is_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static void trim(const char **p, size_t *n)
{
	while (*n > 0 && is_blank((unsigned char)**p)) {
		(*p)++;
		(*n)--;
	}
	while (*n > 0 && is_blank((unsigned char)(*p)[*n - 1]))
		(*n)--;
}

/* Case-insensitive equality of (p, n) with the NUL-terminated word. */
static int word_eq(const char *p, size_t n, const char *word)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (word[i] == '\0' ||
		    lower_ascii((unsigned char)p[i]) !=
		    lower_ascii((unsigned char)word[i]))
			return 0;
	return word[n] == '\0';
}

/* Append to a field, cutting it at MESSAGE_MAX bytes.  Returns 0 or
 * KB_ENOMEM. */
static int add_capped(struct kb_buf *b, const char *p, size_t n)
{
	if (b->len + n > MESSAGE_MAX)
		n = b->len < MESSAGE_MAX ? MESSAGE_MAX - b->len : 0;
	kb_buf_add(b, p, n);
	return b->oom ? KB_ENOMEM : 0;
}

/* ---------------------------------------------------------------------
 * Decoding to UTF-8.  NT-era exports are ANSI (Windows-1252 on western
 * systems), Vista's may be UTF-16 with a BOM or UTF-8; NUL bytes become
 * spaces so that every string handed out is a proper C string. */

static const unsigned short cp1252_high[32] = {
	0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
	0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

static size_t put_utf8(char *out, unsigned long cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Length of a valid UTF-8 sequence at p (0 when it is not one). */
static size_t utf8_valid_len(const unsigned char *p, size_t n)
{
	unsigned long cp;
	size_t len, i;

	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xC2 && p[0] <= 0xDF)
		len = 2, cp = p[0] & 0x1F;
	else if (p[0] >= 0xE0 && p[0] <= 0xEF)
		len = 3, cp = p[0] & 0x0F;
	else if (p[0] >= 0xF0 && p[0] <= 0xF4)
		len = 4, cp = p[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3F);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

static int looks_utf16le(const unsigned char *p, size_t n)
{
	size_t i, zeros = 0, pairs = 0;

	/* ASCII text in UTF-16LE without a BOM: every odd byte is zero. */
	for (i = 0; i + 1 < n && i < 512; i += 2) {
		pairs++;
		if (p[i] != 0 && p[i + 1] == 0)
			zeros++;
	}
	return pairs >= 4 && zeros * 10 >= pairs * 9;
}

static char *decode_utf16(const unsigned char *p, size_t n, int big_endian,
			  size_t *out_len)
{
	char *out = malloc((n / 2) * 3 + 1);
	size_t i, o = 0;

	if (out == NULL)
		return NULL;
	for (i = 0; i + 1 < n; i += 2) {
		unsigned long u = big_endian ? (unsigned long)p[i] << 8 | p[i + 1]
					     : (unsigned long)p[i + 1] << 8 | p[i];

		if (u >= 0xD800 && u <= 0xDBFF && i + 3 < n) {
			unsigned long lo = big_endian
				? (unsigned long)p[i + 2] << 8 | p[i + 3]
				: (unsigned long)p[i + 3] << 8 | p[i + 2];

			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				u = 0x10000 + ((u - 0xD800) << 10) +
				    (lo - 0xDC00);
				i += 2;
			} else {
				u = 0xFFFD;
			}
		} else if (u >= 0xD800 && u <= 0xDFFF) {
			u = 0xFFFD;
		}
		if (u == 0)
			u = ' ';
		/* A 4-byte sequence comes from two units (4 input bytes), so
		 * 3 bytes out per 2 in is enough. */
		o += put_utf8(out + o, u);
	}
	out[o] = '\0';
	*out_len = o;
	return out;
}

/* Returns a malloc'ed UTF-8 copy without NUL bytes, or NULL. */
static char *decode_text(const void *data, size_t n, size_t *out_len)
{
	const unsigned char *p = data;
	char *out;
	size_t i, o = 0;

	if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE)
		return decode_utf16(p + 2, n - 2, 0, out_len);
	if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF)
		return decode_utf16(p + 2, n - 2, 1, out_len);
	if (looks_utf16le(p, n))
		return decode_utf16(p, n, 0, out_len);
	if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
		p += 3;
		n -= 3;
	}
	/* Mixed input decodes byte by byte: valid UTF-8 sequences stay, any
	 * other byte is Windows-1252 (at most 3 bytes out per byte in). */
	out = malloc(n * 3 + 1);
	if (out == NULL)
		return NULL;
	for (i = 0; i < n;) {
		size_t len = utf8_valid_len(p + i, n - i);

		if (len == 1 && p[i] == 0) {
			out[o++] = ' ';
		} else if (len > 0) {
			memcpy(out + o, p + i, len);
			o += len;
			i += len;
			continue;
		} else if (p[i] >= 0x80 && p[i] < 0xA0) {
			o += put_utf8(out + o, cp1252_high[p[i] - 0x80]);
		} else {
			o += put_utf8(out + o, p[i]);
		}
		i++;
	}
	out[o] = '\0';
	*out_len = o;
	return out;
}

/* ---------------------------------------------------------------------
 * Dates, times, levels, IDs */

static int parse_uint(const char **p, const char *end, unsigned max_digits,
		      unsigned *value)
{
	unsigned v = 0, digits = 0;

	while (*p < end && is_digit((unsigned char)**p)) {
		if (++digits > max_digits)
			return 0;
		v = v * 10 + (unsigned)(**p - '0');
		(*p)++;
	}
	*value = v;
	return digits > 0;
}

static int days_in_month(unsigned y, unsigned m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30,
				      31, 31, 30, 31, 30, 31 };

	if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return days[m - 1];
}

/* Days since 1970-01-01 of a proleptic Gregorian date (portable
 * replacement for timegm, which POSIX.1-2008 lacks). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* A date at *p: M/D/Y (D/M/Y when the first number exceeds 12), Y/M/D,
 * Y-M-D or D.M.Y; two-digit years are 1970-2069.  Advances *p. */
static int parse_date(const char **p, const char *end, int64_t *days)
{
	unsigned a, b, c, y, m, d;
	char sep;

	if (!parse_uint(p, end, 4, &a) || *p >= end)
		return 0;
	sep = **p;
	if (sep != '/' && sep != '-' && sep != '.')
		return 0;
	(*p)++;
	if (!parse_uint(p, end, 2, &b) || *p >= end || **p != sep)
		return 0;
	(*p)++;
	if (!parse_uint(p, end, 4, &c))
		return 0;
	if (a >= 100) {
		y = a, m = b, d = c;
	} else if (sep == '.' || (sep == '/' && a > 12)) {
		d = a, m = b, y = c;
	} else if (sep == '-') {
		/* Y-M-D with a two-digit year is not something Event Viewer
		 * writes; D-M-Y is taken as a locale form. */
		d = a, m = b, y = c;
	} else {
		m = a, d = b, y = c;
	}
	if (y < 100)
		y += y < 70 ? 2000 : 1900;
	if (y < 1601 || m < 1 || m > 12 || d < 1 ||
	    (int)d > days_in_month(y, m))
		return 0;
	*days = days_from_civil(y, m, d);
	return 1;
}

/* H:MM[:SS[.fraction]] [AM|PM]; advances *p. */
static int parse_time(const char **p, const char *end, int64_t *seconds)
{
	unsigned h, m, s = 0, frac;

	if (!parse_uint(p, end, 2, &h) || *p >= end || **p != ':')
		return 0;
	(*p)++;
	if (!parse_uint(p, end, 2, &m))
		return 0;
	if (*p < end && **p == ':') {
		(*p)++;
		if (!parse_uint(p, end, 2, &s))
			return 0;
		if (*p < end && (**p == '.' || **p == ',') && *p + 1 < end &&
		    is_digit((unsigned char)(*p)[1])) {
			(*p)++;
			parse_uint(p, end, 9, &frac);
		}
	}
	while (*p < end && **p == ' ')
		(*p)++;
	if (end - *p >= 2 && lower_ascii((unsigned char)(*p)[1]) == 'm' &&
	    (lower_ascii((unsigned char)**p) == 'a' ||
	     lower_ascii((unsigned char)**p) == 'p')) {
		int pm = lower_ascii((unsigned char)**p) == 'p';

		if (h < 1 || h > 12)
			return 0;
		h = h % 12 + (pm ? 12 : 0);
		*p += 2;
	}
	if (h > 23 || m > 59 || s > 60)
		return 0;
	*seconds = (int64_t)h * 3600 + m * 60 + s;
	return 1;
}

static int rest_is_blank(const char *p, const char *end)
{
	for (; p < end; p++)
		if (!is_blank((unsigned char)*p))
			return 0;
	return 1;
}

static int field_date(const char *p, size_t n, int64_t *days)
{
	const char *end;

	trim(&p, &n);
	end = p + n;
	return parse_date(&p, end, days) && rest_is_blank(p, end);
}

static int field_time(const char *p, size_t n, int64_t *seconds)
{
	const char *end;

	trim(&p, &n);
	end = p + n;
	return parse_time(&p, end, seconds) && rest_is_blank(p, end);
}

/* "6/11/2012 10:15:42 AM" (Vista and later), time optional. */
static int field_datetime(const char *p, size_t n, int64_t *t)
{
	const char *end;
	int64_t days, secs = 0;

	trim(&p, &n);
	end = p + n;
	if (!parse_date(&p, end, &days))
		return 0;
	while (p < end && (*p == ' ' || *p == 'T' || *p == '\t'))
		p++;
	if (p < end && !parse_time(&p, end, &secs))
		return 0;
	if (!rest_is_blank(p, end))
		return 0;
	*t = days * 86400 + secs;
	return 1;
}

static enum event_level level_from_word(const char *p, size_t n)
{
	static const struct {
		const char *word;
		enum event_level level;
	} words[] = {
		{ "error", EVLEVEL_ERROR },
		{ "warning", EVLEVEL_WARNING },
		{ "information", EVLEVEL_INFORMATION },
		{ "informational", EVLEVEL_INFORMATION },
		{ "info", EVLEVEL_INFORMATION },
		/* EVENTLOG_SUCCESS, shown as Information by Event Viewer */
		{ "success", EVLEVEL_INFORMATION },
		{ "success audit", EVLEVEL_AUDIT_SUCCESS },
		{ "audit success", EVLEVEL_AUDIT_SUCCESS },
		{ "failure audit", EVLEVEL_AUDIT_FAILURE },
		{ "audit failure", EVLEVEL_AUDIT_FAILURE },
		{ "critical", EVLEVEL_CRITICAL },
		{ "verbose", EVLEVEL_VERBOSE },
	};
	size_t i;

	trim(&p, &n);
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (word_eq(p, n, words[i].word))
			return words[i].level;
	return EVLEVEL_UNKNOWN;
}

/* An event ID column: decimal; exports show the low 16 bits, but keep
 * whatever was written as the raw identifier. */
static int field_event_id(const char *p, size_t n, uint32_t *raw)
{
	unsigned long long v = 0;
	size_t i;

	trim(&p, &n);
	if (n == 0 || n > 10)
		return 0;
	for (i = 0; i < n; i++) {
		if (!is_digit((unsigned char)p[i]))
			return 0;
		v = v * 10 + (unsigned)(p[i] - '0');
	}
	if (v > 0xFFFFFFFFull)
		return 0;
	*raw = (uint32_t)v;
	return 1;
}

/* ---------------------------------------------------------------------
 * The event being assembled: emitted when the next one starts (its
 * message may continue on following lines) or at the end. */

struct pending {
	int active;
	int64_t time;
	uint32_t raw;
	enum event_level level;
	struct kb_buf source, computer, log, message;
};

struct export_reader {
	const struct evtlog_source *src;  /* name, callbacks, stats, log name */
	const char *text;
	size_t len, pos, progress_at;
	uint64_t record_number;
	int in_damaged;   /* continuation lines belong to a damaged record */
	struct pending ev;
};

static void pending_start(struct pending *ev)
{
	ev->active = 1;
	ev->time = 0;
	ev->raw = 0;
	ev->level = EVLEVEL_UNKNOWN;
	kb_buf_reset(&ev->source);
	kb_buf_reset(&ev->computer);
	kb_buf_reset(&ev->log);
	kb_buf_reset(&ev->message);
}

static int flush_pending(struct export_reader *r, struct kb_error *err)
{
	struct pending *p = &r->ev;
	struct kb_event ev;
	const char *message;
	size_t n;

	if (!p->active)
		return 0;
	p->active = 0;
	/* Continuation lines leave trailing blank lines behind. */
	while (p->message.len > 0 &&
	       (p->message.p[p->message.len - 1] == '\n' ||
		is_blank((unsigned char)p->message.p[p->message.len - 1])))
		kb_buf_truncate(&p->message, p->message.len - 1);
	message = kb_buf_str(&p->message);
	n = 0;
	while (message[n] == '\n')
		n++;
	message += n;
	memset(&ev, 0, sizeof ev);
	ev.time = p->time;
	ev.record_number = ++r->record_number;
	ev.log = p->log.len > 0 ? kb_buf_str(&p->log) : r->src->log_name;
	ev.source = kb_buf_str(&p->source);
	ev.event_id = p->raw & 0xFFFFu;
	ev.raw_identifier = p->raw;
	ev.level = p->level;
	ev.computer = kb_buf_str(&p->computer);
	ev.strings = &message;
	ev.n_strings = message[0] != '\0' ? 1 : 0;
	r->src->stats->events++;
	if (r->src->on_event != NULL && r->src->on_event(r->src->ctx, &ev) != 0)
		return kb_errorf(err, KB_ECANCEL, "%s: stopped by caller",
				 r->src->name);
	if (r->src->on_progress != NULL && r->pos - r->progress_at >= PROGRESS_BYTES) {
		r->progress_at = r->pos;
		if (r->src->on_progress(r->src->ctx, r->pos, r->len) != 0)
			return kb_errorf(err, KB_ECANCEL,
					 "%s: stopped by caller", r->src->name);
	}
	return 0;
}

/* Copy a field into b, undoing CSV quoting ("" inside quotes is "). */
static int set_field(struct kb_buf *b, const char *p, size_t n, int quoted)
{
	size_t i, start;
	int rc;

	kb_buf_reset(b);
	if (!quoted) {
		trim(&p, &n);
		return add_capped(b, p, n);
	}
	for (i = start = 0; i < n; i++) {
		if (p[i] == '"' && i + 1 < n && p[i + 1] == '"') {
			rc = add_capped(b, p + start, i + 1 - start);
			if (rc != 0)
				return rc;
			start = i + 2;
			i++;
		}
	}
	rc = add_capped(b, p + start, n - start);
	if (rc != 0)
		return rc;
	/* Quoted messages keep CRLF from Windows; store plain newlines. */
	for (i = start = 0; i < b->len; i++)
		if (b->p[i] != '\r')
			b->p[start++] = b->p[i];
	kb_buf_truncate(b, start);
	return 0;
}

/* ---------------------------------------------------------------------
 * Delimited records */

enum column {
	COL_IGNORE,
	COL_DATE,
	COL_TIME,
	COL_DATETIME,
	COL_SOURCE,
	COL_LEVEL,
	COL_ID,
	COL_COMPUTER,
	COL_MESSAGE,
	COL_LOG,
};

enum layout_kind {
	LAYOUT_DELIMITED,  /* a header row or the NT-era column order */
	LAYOUT_LISTING,    /* "Event Type:" / "Log Name:" blocks */
};

struct layout {
	enum layout_kind kind;
	char delim;
	int has_header;
	enum column cols[MAX_COLUMNS + 1];
	size_t ncols;
};

struct field {
	const char *p;
	size_t n;
	int quoted;
};

/* Where the line starting at pos ends (at '\n' or len). */
static size_t line_end(const char *text, size_t len, size_t pos)
{
	const char *nl = memchr(text + pos, '\n', len - pos);

	return nl != NULL ? (size_t)(nl - text) : len;
}

/* Split one record starting at *pos into at most max fields; the last
 * field, unless quoted, runs to the end of the line because NT-era
 * exports write descriptions with commas and without quotes.  A quote
 * opens a field only at its start and only when a closing quote follows
 * it before a delimiter or line end (Vista quotes multi-line messages);
 * otherwise it is text.  Advances *pos past the record. */
static size_t split_record(const char *text, size_t len, size_t *pos,
			   char delim, struct field *fields, size_t max)
{
	size_t i = *pos, n = 0;

	while (n < max) {
		struct field *f = &fields[n++];
		size_t end;

		f->quoted = 0;
		if (i < len && text[i] == '"') {
			size_t j = i + 1, limit = len - i > QUOTE_SCAN_MAX
				? i + QUOTE_SCAN_MAX : len;

			while (j < limit) {
				if (text[j] == '"') {
					if (j + 1 < len && text[j + 1] == '"') {
						j += 2;
						continue;
					}
					break;
				}
				j++;
			}
			if (j < limit) {
				size_t k = j + 1;

				while (k < len && text[k] == '\r')
					k++;
				if (k >= len || text[k] == '\n' ||
				    text[k] == delim) {
					f->p = text + i + 1;
					f->n = j - i - 1;
					f->quoted = 1;
					i = k;
					if (i < len && text[i] == delim &&
					    n < max) {
						i++;
						continue;
					}
					break;
				}
			}
		}
		end = line_end(text, len, i);
		if (n < max) {
			const char *d = memchr(text + i, delim, end - i);

			if (d != NULL)
				end = (size_t)(d - text);
		}
		f->p = text + i;
		f->n = end - i;
		i = end;
		if (i < len && text[i] == delim && n < max) {
			i++;
			continue;
		}
		break;
	}
	/* Skip to the start of the next line. */
	i = line_end(text, len, i);
	*pos = i < len ? i + 1 : len;
	return n;
}

static enum column column_from_name(const char *p, size_t n)
{
	static const struct {
		const char *name;
		enum column col;
	} names[] = {
		{ "date", COL_DATE },
		{ "time", COL_TIME },
		{ "date and time", COL_DATETIME },
		{ "source", COL_SOURCE },
		{ "event source", COL_SOURCE },
		{ "type", COL_LEVEL },
		{ "event type", COL_LEVEL },
		{ "level", COL_LEVEL },
		{ "event", COL_ID },
		{ "event id", COL_ID },
		{ "eventid", COL_ID },
		{ "computer", COL_COMPUTER },
		{ "description", COL_MESSAGE },
		{ "message", COL_MESSAGE },
		{ "log name", COL_LOG },
		{ "log", COL_LOG },
	};
	size_t i;

	trim(&p, &n);
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (word_eq(p, n, names[i].name))
			return names[i].col;
	return COL_IGNORE;
}

static const enum column nt_columns[] = {
	COL_DATE, COL_TIME, COL_SOURCE, COL_LEVEL, COL_IGNORE /* category */,
	COL_ID, COL_IGNORE /* user */, COL_COMPUTER, COL_MESSAGE,
};

static int layout_has(const struct layout *l, enum column c)
{
	size_t i;

	for (i = 0; i < l->ncols; i++)
		if (l->cols[i] == c)
			return 1;
	return 0;
}

/* A header row names at least a date, a source and an event ID. */
static int try_header(const char *text, size_t len, char delim,
		      struct layout *l)
{
	struct field fields[MAX_COLUMNS];
	size_t pos = 0, n, i;

	n = split_record(text, len, &pos, delim, fields, MAX_COLUMNS);
	l->kind = LAYOUT_DELIMITED;
	l->delim = delim;
	l->has_header = 1;
	l->ncols = 0;
	for (i = 0; i < n; i++)
		l->cols[l->ncols++] = column_from_name(fields[i].p,
							fields[i].n);
	/* Vista and later name five columns and put the message in a sixth
	 * without a header. */
	while (l->ncols > 0 && l->cols[l->ncols - 1] == COL_IGNORE &&
	       fields[l->ncols - 1].n == 0)
		l->ncols--;
	if (!layout_has(l, COL_MESSAGE))
		l->cols[l->ncols++] = COL_MESSAGE;
	return (layout_has(l, COL_DATE) || layout_has(l, COL_DATETIME)) &&
	       layout_has(l, COL_SOURCE) && layout_has(l, COL_ID);
}

/* The NT 4.0/2000/XP/2003 column order, without a header: accepted when
 * the first record has a date, a time and a numeric event ID where that
 * order puts them. */
static int try_nt_layout(const char *text, size_t len, char delim,
			 struct layout *l)
{
	struct field f[9];
	size_t pos = 0, n;
	int64_t days, secs;
	uint32_t raw;

	n = split_record(text, len, &pos, delim, f, 9);
	if (n < 8 || !field_date(f[0].p, f[0].n, &days) ||
	    !field_time(f[1].p, f[1].n, &secs) ||
	    !field_event_id(f[5].p, f[5].n, &raw))
		return 0;
	l->kind = LAYOUT_DELIMITED;
	l->delim = delim;
	l->has_header = 0;
	memcpy(l->cols, nt_columns, sizeof nt_columns);
	l->ncols = sizeof nt_columns / sizeof nt_columns[0];
	return 1;
}

static int starts_with_key(const char *p, size_t n, const char *key)
{
	size_t k = strlen(key);

	return n > k && word_eq(p, k, key) && p[k] == ':';
}

/* Decide the layout from the first non-blank line of text; *start is
 * where that line begins. */
static int detect_layout(const char *text, size_t len, struct layout *l,
			 size_t *start)
{
	size_t pos = 0, end;
	const char *line;
	char delim;

	memset(l, 0, sizeof *l);
	for (;;) {
		if (pos >= len)
			return KB_EFORMAT;
		end = line_end(text, len, pos);
		line = text + pos;
		if (!rest_is_blank(line, text + end))
			break;
		pos = end + 1;
	}
	*start = pos;
	if (starts_with_key(line, end - pos, "Event Type") ||
	    starts_with_key(line, end - pos, "Log Name")) {
		l->kind = LAYOUT_LISTING;
		return 0;
	}
	delim = memchr(line, '\t', end - pos) != NULL ? '\t' : ',';
	if (try_header(line, len - pos, delim, l) ||
	    try_nt_layout(line, len - pos, delim, l))
		return 0;
	return KB_EFORMAT;
}

static int delimited_record(struct export_reader *r, const struct layout *l,
			    struct kb_error *err)
{
	struct field fields[MAX_COLUMNS + 1];
	size_t start = r->pos, n, i;
	int64_t days = 0, secs = 0, datetime = 0;
	int have_date = 0, have_datetime = 0, ok = 1, rc = 0;
	uint32_t raw = 0;

	n = split_record(r->text, r->len, &r->pos, l->delim, fields,
			 l->ncols);
	if (n == 1 && rest_is_blank(fields[0].p, fields[0].p + fields[0].n))
		return 0;
	/* A record starts with a parseable date; any other line continues
	 * the previous event's message (NT-era exports break long
	 * descriptions over several lines). */
	for (i = 0; i < n; i++) {
		if (l->cols[i] == COL_DATE) {
			have_date = field_date(fields[i].p, fields[i].n, &days);
			break;
		}
		if (l->cols[i] == COL_DATETIME) {
			have_datetime = field_datetime(fields[i].p,
						       fields[i].n, &datetime);
			break;
		}
	}
	if (!have_date && !have_datetime) {
		if (r->ev.active) {
			size_t end = line_end(r->text, r->len, start);

			r->pos = end < r->len ? end + 1 : r->len;
			if ((rc = add_capped(&r->ev.message, "\n", 1)) != 0 ||
			    (rc = add_capped(&r->ev.message, r->text + start,
					   end - start)) != 0)
				return rc;
			if (r->ev.message.len > 0 &&
			    r->ev.message.p[r->ev.message.len - 1] == '\r')
				kb_buf_truncate(&r->ev.message, r->ev.message.len - 1);
			return 0;
		}
		if (!r->in_damaged)
			r->src->stats->damaged++;
		r->in_damaged = 1;
		return 0;
	}
	r->in_damaged = 0;
	rc = flush_pending(r, err);
	if (rc != 0)
		return rc;
	pending_start(&r->ev);
	for (i = 0; i < n && ok; i++) {
		const struct field *f = &fields[i];

		switch (l->cols[i]) {
		case COL_TIME:
			ok = field_time(f->p, f->n, &secs);
			break;
		case COL_ID:
			ok = field_event_id(f->p, f->n, &raw);
			break;
		case COL_LEVEL:
			r->ev.level = level_from_word(f->p, f->n);
			break;
		case COL_SOURCE:
			rc = set_field(&r->ev.source, f->p, f->n, f->quoted);
			break;
		case COL_COMPUTER:
			rc = set_field(&r->ev.computer, f->p, f->n, f->quoted);
			break;
		case COL_LOG:
			rc = set_field(&r->ev.log, f->p, f->n, f->quoted);
			break;
		case COL_MESSAGE:
			rc = set_field(&r->ev.message, f->p, f->n, f->quoted);
			break;
		case COL_DATE:
		case COL_DATETIME:
		case COL_IGNORE:
			break;
		}
		if (rc != 0)
			return rc;
	}
	/* A record needs its event ID column. */
	for (i = n; i < l->ncols && ok; i++)
		if (l->cols[i] == COL_ID)
			ok = 0;
	if (!ok) {
		r->ev.active = 0;
		r->src->stats->damaged++;
		r->in_damaged = 1;
		return 0;
	}
	r->ev.time = have_datetime ? datetime : days * 86400 + secs;
	r->ev.raw = raw;
	return 0;
}

/* ---------------------------------------------------------------------
 * Listings: "Key: value" lines, the description after "Description:"
 * until "Data:" / "Event Xml:" or the next event. */

static int listing_line(struct export_reader *r, const char *line,
			size_t n, int *in_description, int *skip_rest,
			int64_t *days, int64_t *secs, int *have_id,
			struct kb_error *err)
{
	const char *colon, *value;
	size_t key_n, value_n;
	int rc;

	if (starts_with_key(line, n, "Event Type") ||
	    starts_with_key(line, n, "Log Name")) {
		if (r->ev.active) {
			if (*have_id) {
				r->ev.time = *days * 86400 + *secs;
				rc = flush_pending(r, err);
				if (rc != 0)
					return rc;
			} else {
				r->ev.active = 0;
				r->src->stats->damaged++;
			}
		}
		pending_start(&r->ev);
		*in_description = *skip_rest = *have_id = 0;
		*days = *secs = 0;
	} else if (!r->ev.active || *skip_rest) {
		return 0;
	} else if (*in_description) {
		if (starts_with_key(line, n, "Data") ||
		    starts_with_key(line, n, "Event Xml")) {
			*skip_rest = 1;
			return 0;
		}
		if ((rc = add_capped(&r->ev.message, "\n", 1)) != 0)
			return rc;
		return add_capped(&r->ev.message, line, n);
	}
	colon = memchr(line, ':', n);
	if (colon == NULL)
		return 0;
	key_n = (size_t)(colon - line);
	value = colon + 1;
	value_n = n - key_n - 1;
	trim(&value, &value_n);
	trim(&line, &key_n);
	if (word_eq(line, key_n, "event type") || word_eq(line, key_n, "level"))
		r->ev.level = level_from_word(value, value_n);
	else if (word_eq(line, key_n, "event source") ||
		 word_eq(line, key_n, "source"))
		return set_field(&r->ev.source, value, value_n, 0);
	else if (word_eq(line, key_n, "computer"))
		return set_field(&r->ev.computer, value, value_n, 0);
	else if (word_eq(line, key_n, "log name"))
		return set_field(&r->ev.log, value, value_n, 0);
	else if (word_eq(line, key_n, "event id"))
		*have_id = field_event_id(value, value_n, &r->ev.raw);
	else if (word_eq(line, key_n, "date")) {
		int64_t t;

		/* Vista's listing has date and time on one line. */
		if (field_datetime(value, value_n, &t)) {
			*days = t / 86400;
			*secs = t % 86400;
		}
	} else if (word_eq(line, key_n, "time"))
		field_time(value, value_n, secs);
	else if (word_eq(line, key_n, "description")) {
		*in_description = 1;
		return set_field(&r->ev.message, value, value_n, 0);
	}
	return 0;
}

static int read_listing(struct export_reader *r, struct kb_error *err)
{
	int in_description = 0, skip_rest = 0, have_id = 0, rc = 0;
	int64_t days = 0, secs = 0;

	while (r->pos < r->len) {
		size_t end = line_end(r->text, r->len, r->pos), n;

		n = end - r->pos;
		if (n > 0 && r->text[r->pos + n - 1] == '\r')
			n--;
		rc = listing_line(r, r->text + r->pos, n, &in_description,
				  &skip_rest, &days, &secs, &have_id, err);
		r->pos = end < r->len ? end + 1 : r->len;
		if (rc != 0)
			return rc;
	}
	if (r->ev.active) {
		if (have_id) {
			r->ev.time = days * 86400 + secs;
			return flush_pending(r, err);
		}
		r->ev.active = 0;
		r->src->stats->damaged++;
	}
	return 0;
}

/* ---------------------------------------------------------------------
 * Entry points (evtlog.c decides which file is an export) */

int evtlog_export_sniff(const void *data, size_t len, enum evtlog_format *format)
{
	struct layout layout;
	size_t text_len = 0, start;
	char *text;
	int rc;

	text = decode_text(data, len < DETECT_BYTES ? len : DETECT_BYTES,
			   &text_len);
	if (text == NULL)
		return KB_ENOMEM;
	rc = detect_layout(text, text_len, &layout, &start);
	if (rc == 0)
		*format = layout.kind == LAYOUT_DELIMITED && layout.delim == ','
			? EVTLOG_CSV_EXPORT : EVTLOG_TEXT_EXPORT;
	free(text);
	return rc;
}

int evtlog_export_read(const struct evtlog_source *src, struct kb_error *err)
{
	struct export_reader r;
	struct field header[MAX_COLUMNS];
	struct layout layout;
	const char *name = src->name;
	char *text = NULL;
	size_t text_len = 0, start = 0;
	int rc;

	memset(&r, 0, sizeof r);
	text = decode_text(src->data, src->len, &text_len);
	if (text == NULL)
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", name);
	rc = detect_layout(text, text_len, &layout, &start);
	if (rc != 0) {
		rc = kb_errorf(err, KB_EFORMAT,
			       "%s: not an event log (neither .evt, .evtx nor "
			       "an Event Viewer text or CSV export)", name);
		goto out;
	}
	src->stats->format = layout.kind == LAYOUT_DELIMITED && layout.delim == ','
		? EVTLOG_CSV_EXPORT : EVTLOG_TEXT_EXPORT;
	r.src = src;
	r.text = text;
	r.len = text_len;
	r.pos = start;
	if (layout.kind == LAYOUT_LISTING) {
		rc = read_listing(&r, err);
	} else {
		if (layout.has_header)
			split_record(text, text_len, &r.pos, layout.delim,
				     header, MAX_COLUMNS);
		rc = 0;
		while (rc == 0 && r.pos < r.len)
			rc = delimited_record(&r, &layout, err);
		if (rc == 0)
			rc = flush_pending(&r, err);
	}
	if (rc == KB_ENOMEM)
		rc = kb_errorf(err, rc, "%s: out of memory", name);
	if (rc == 0 && src->on_progress != NULL &&
	    src->on_progress(src->ctx, r.len, r.len) != 0)
		rc = kb_errorf(err, KB_ECANCEL, "%s: stopped by caller", name);
out:
	kb_buf_free(&r.ev.source);
	kb_buf_free(&r.ev.computer);
	kb_buf_free(&r.ev.log);
	kb_buf_free(&r.ev.message);
	free(text);
	return rc;
}
