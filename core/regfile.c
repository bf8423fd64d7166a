/* regfile.c: .reg files in regedit's two formats (regfile.h).
 *
 * The text is built as UTF-8 first and converted once at the end: to
 * UTF-16LE with a BOM for version 5.00, to Windows-1252 for REGEDIT4.
 * Hex dumps of string data (hex(2), hex(7)) are converted before they
 * are dumped, since there the bytes themselves carry the encoding. */
#include "kbwiz/regfile.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/fsutil.h"
#include "kbwiz/rule.h"
#include "kbwiz/sanitize.h"
#include "kbwiz/strbuf.h"

/* Wine's regedit (programs/regedit/export.c, MAX_HEX_CHARS) and Windows'
 * own break a hex line once it holds 77 characters. */
#define HEX_LINE_MAX 77

/* Windows-1252's 0x80..0x9F; 0 marks the five unassigned bytes. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* The Windows-1252 byte for code point cp, or -1. */
static int cp1252_byte(unsigned cp)
{
	unsigned i;

	if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF))
		return (int)cp;
	for (i = 0; i < 32; i++)
		if (cp1252_high[i] != 0 && cp1252_high[i] == cp)
			return (int)(0x80 + i);
	return -1;
}

static void put_utf8(struct kb_buf *b, unsigned cp)
{
	unsigned char u[4];
	size_t n;

	if (cp < 0x80) {
		u[0] = (unsigned char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (unsigned char)(0xC0 | cp >> 6);
		u[1] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (unsigned char)(0xE0 | cp >> 12);
		u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		u[0] = (unsigned char)(0xF0 | cp >> 18);
		u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	kb_buf_add(b, u, n);
}

static void put_utf16(struct kb_buf *b, unsigned cp)
{
	if (cp >= 0x10000) {
		cp -= 0x10000;
		put_utf16(b, 0xD800 | (cp >> 10));
		put_utf16(b, 0xDC00 | (cp & 0x3FF));
		return;
	}
	kb_buf_putc(b, (char)(cp & 0xFF));
	kb_buf_putc(b, (char)(cp >> 8));
}

/* Next code point of UTF-16LE data[0..n_units); 0 at the end, -1 when a
 * surrogate is unpaired. */
static int utf16_next(const unsigned char *data, size_t n_units, size_t *i,
		      unsigned *cp)
{
	unsigned u, lo;

	if (*i >= n_units)
		return 0;
	u = (unsigned)data[2 * *i] | (unsigned)data[2 * *i + 1] << 8;
	(*i)++;
	if (u >= 0xDC00 && u <= 0xDFFF)
		return -1;
	if (u >= 0xD800 && u <= 0xDBFF) {
		if (*i >= n_units)
			return -1;
		lo = (unsigned)data[2 * *i] | (unsigned)data[2 * *i + 1] << 8;
		if (lo < 0xDC00 || lo > 0xDFFF)
			return -1;
		(*i)++;
		u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
	}
	*cp = u;
	return 1;
}

/* Is data a plain string regedit can quote: UTF-16LE, ending with its
 * single NUL, no NUL, CR or LF before it? */
static int quotable_string(const unsigned char *data, size_t len)
{
	size_t n = len / 2, i = 0;
	unsigned cp;
	int r;

	if (len < 2 || len % 2 != 0 || data[len - 1] != 0 || data[len - 2] != 0)
		return 0;
	while ((r = utf16_next(data, n - 1, &i, &cp)) == 1)
		if (cp == 0 || cp == '\r' || cp == '\n')
			return 0;
	return r == 0;
}

/* Append s with regedit's escapes for names and strings. */
static void put_escaped(struct kb_buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\\' || *s == '"')
			kb_buf_putc(b, '\\');
		kb_buf_putc(b, (char)*s);
	}
}

/* UTF-16LE string data (NUL-terminated) as UTF-8 text. */
static int utf16_to_utf8(const unsigned char *data, size_t len, struct kb_buf *b)
{
	size_t n = len / 2, i = 0;
	unsigned cp;
	int r;

	if (n > 0 && data[2 * n - 1] == 0 && data[2 * n - 2] == 0)
		n--;
	while ((r = utf16_next(data, n, &i, &cp)) == 1)
		put_utf8(b, cp);
	return r;
}

/* REGEDIT4 keeps strings in the ANSI code page: convert UTF-16LE data
 * unit by unit (a NUL stays a NUL, so REG_MULTI_SZ keeps its shape). */
static int utf16_to_ansi(const unsigned char *data, size_t len, struct kb_buf *b,
			 struct kb_error *err)
{
	size_t n = len / 2, i = 0;
	unsigned cp;
	int r, byte;

	if (len % 2 != 0)
		return kb_errorf(err, KB_EINVAL, "string data of odd length %zu", len);
	while ((r = utf16_next(data, n, &i, &cp)) == 1) {
		if ((byte = cp1252_byte(cp)) < 0)
			return kb_errorf(err, KB_EINVAL,
					 "U+%04X has no Windows-1252 (ANSI) form: use the version 5.00 format",
					 cp);
		kb_buf_putc(b, (char)byte);
	}
	if (r < 0)
		return kb_errorf(err, KB_EINVAL, "invalid UTF-16 in string data");
	return 0;
}

/* Characters on the current line so far (UTF-8 code points). */
static size_t text_columns(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* hex[(N)]:xx,xx,... wrapped as regedit wraps it.  line_len is what the
 * line already holds ("Name"=). */
static void put_hex(struct kb_buf *b, unsigned type, const unsigned char *data,
		    size_t len, size_t line_len)
{
	char prefix[16];
	size_t i;

	if (type == KB_REG_BINARY)
		snprintf(prefix, sizeof prefix, "hex:");
	else
		snprintf(prefix, sizeof prefix, "hex(%x):", type);
	kb_buf_puts(b, prefix);
	line_len += strlen(prefix);
	for (i = 0; i < len; i++) {
		char hex[4];

		snprintf(hex, sizeof hex, "%02x", data[i]);
		kb_buf_puts(b, hex);
		if (i + 1 == len)
			break;
		kb_buf_putc(b, ',');
		line_len += 3;
		if (line_len >= HEX_LINE_MAX) {
			kb_buf_puts(b, "\\\r\n  ");
			line_len = 2;
		}
	}
}

static int put_value(struct kb_buf *b, enum regfile_format fmt,
		     const struct regfile_value *v, struct kb_error *err)
{
	size_t line_start = b->len;
	struct kb_buf conv = { 0 };
	int rc = 0;

	if (v->name == NULL || v->name[0] == '\0') {
		kb_buf_putc(b, '@');
	} else {
		kb_buf_putc(b, '"');
		put_escaped(b, v->name);
		kb_buf_putc(b, '"');
	}
	kb_buf_putc(b, '=');
	if (b->oom)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	if (v->remove)
		kb_buf_putc(b, '-');
	else if (v->type == KB_REG_SZ && quotable_string(v->data, v->len)) {
		struct kb_buf text = { 0 };

		if (utf16_to_utf8(v->data, v->len, &text) != 0) {
			kb_buf_free(&text);
			return kb_errorf(err, KB_EINVAL, "invalid UTF-16 in value '%s'", v->name);
		}
		kb_buf_putc(b, '"');
		put_escaped(b, kb_buf_str(&text));
		kb_buf_putc(b, '"');
		rc = text.oom ? kb_errorf(err, KB_ENOMEM, "out of memory") : 0;
		kb_buf_free(&text);
	} else if (v->type == KB_REG_DWORD && v->len == 4) {
		char num[24];
		uint32_t d = (uint32_t)v->data[0] | (uint32_t)v->data[1] << 8 |
			     (uint32_t)v->data[2] << 16 | (uint32_t)v->data[3] << 24;

		snprintf(num, sizeof num, "dword:%08x", (unsigned)d);
		kb_buf_puts(b, num);
	} else if (fmt == REGFILE_REGEDIT4 &&
		   (v->type == KB_REG_EXPAND_SZ || v->type == KB_REG_MULTI_SZ)) {
		if ((rc = utf16_to_ansi(v->data, v->len, &conv, err)) == 0)
			put_hex(b, v->type, (const unsigned char *)conv.p, conv.len,
				text_columns(b->p + line_start));
		if (rc != 0)
			kb_error_prefix(err, rc, "value '%s'", v->name);
	} else {
		put_hex(b, v->type, v->data, v->len,
			text_columns(b->p + line_start));
	}
	kb_buf_free(&conv);
	kb_buf_puts(b, "\r\n");
	return rc;
}

/* The UTF-8 text in the file's encoding. */
static int encode_text(enum regfile_format fmt, const struct kb_buf *text,
		       struct kb_buf *out, struct kb_error *err)
{
	size_t i = 0;

	if (fmt == REGFILE_V5) {
		kb_buf_putc(out, '\xFF');
		kb_buf_putc(out, '\xFE');
	}
	while (i < text->len) {
		unsigned cp;
		size_t n = kb_utf8_decode((const unsigned char *)text->p + i, text->len - i, &cp);
		int byte;

		if (n == 0)
			return kb_errorf(err, KB_EINVAL, "invalid UTF-8 in a key or value name");
		i += n;
		if (fmt == REGFILE_V5) {
			put_utf16(out, cp);
		} else if ((byte = cp1252_byte(cp)) < 0) {
			return kb_errorf(err, KB_EINVAL,
					 "U+%04X has no Windows-1252 (ANSI) form: use the version 5.00 format",
					 cp);
		} else {
			kb_buf_putc(out, (char)byte);
		}
	}
	return 0;
}

int regfile_render(enum regfile_format fmt, const struct regfile_key *keys,
		   size_t n_keys, unsigned char **out, size_t *out_len,
		   struct kb_error *err)
{
	return regfile_render_commented(fmt, NULL, keys, n_keys, out, out_len, err);
}

/* comment as "; " lines; see regfile.h for what is replaced. */
static void put_comment(struct kb_buf *text, enum regfile_format fmt, const char *comment)
{
	const unsigned char *c = (const unsigned char *)comment;
	size_t left = strlen(comment);
	int start = 1;

	while (left > 0) {
		unsigned cp;
		size_t n = kb_utf8_decode(c, left, &cp);

		if (start)
			kb_buf_puts(text, "; ");
		start = *c == '\n';
		if (n == 0)
			n = 1, cp = '?';
		if (start)
			kb_buf_puts(text, "\r\n");
		else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) ||
			 (fmt == REGFILE_REGEDIT4 && cp >= 0x80) || cp == '?')
			kb_buf_putc(text, '?');
		else
			kb_buf_add(text, c, n);
		c += n;
		left -= n;
	}
	if (!start)
		kb_buf_puts(text, "\r\n");
	kb_buf_puts(text, "\r\n");
}

int regfile_render_commented(enum regfile_format fmt, const char *comment,
			     const struct regfile_key *keys, size_t n_keys,
			     unsigned char **out, size_t *out_len, struct kb_error *err)
{
	struct kb_buf text = { 0 }, file = { 0 };
	size_t i, j;
	int rc = 0;

	*out = NULL;
	*out_len = 0;
	if (fmt != REGFILE_REGEDIT4 && fmt != REGFILE_V5)
		return kb_errorf(err, KB_EINVAL, "unknown .reg format %d (4 or 5)", (int)fmt);
	kb_buf_puts(&text, fmt == REGFILE_V5 ? "Windows Registry Editor Version 5.00\r\n\r\n"
					 : "REGEDIT4\r\n\r\n");
	if (comment != NULL && *comment != '\0')
		put_comment(&text, fmt, comment);
	for (i = 0; i < n_keys && rc == 0; i++) {
		kb_buf_puts(&text, keys[i].remove ? "[-" : "[");
		kb_buf_puts(&text, keys[i].path);
		kb_buf_puts(&text, "]\r\n");
		for (j = 0; j < keys[i].n_values && rc == 0 && !keys[i].remove; j++)
			rc = put_value(&text, fmt, &keys[i].values[j], err);
		kb_buf_puts(&text, "\r\n");
	}
	if (rc == 0 && text.oom)
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
	if (rc == 0)
		rc = encode_text(fmt, &text, &file, err);
	if (rc == 0 && file.oom)
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
	kb_buf_free(&text);
	if (rc != 0) {
		kb_buf_free(&file);
		return rc;
	}
	*out = (unsigned char *)file.p;
	*out_len = file.len;
	return 0;
}

int regfile_write(const char *path, enum regfile_format fmt,
		  const struct regfile_key *keys, size_t n_keys,
		  struct kb_error *err)
{
	unsigned char *data;
	size_t len;
	int rc;

	if ((rc = regfile_render(fmt, keys, n_keys, &data, &len, err)) != 0)
		return kb_error_prefix(err, rc, "%s", path);
	rc = kb_write_file_atomic(path, data, len, err);
	free(data);
	return rc;
}
