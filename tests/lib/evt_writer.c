/* evt_writer.c: legacy .evt files for fixtures (see evt_writer.h). */
#include "lib/evt_writer.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EVT_SIGNATURE 0x654c664cu          /* "LfLe" little-endian */
#define EVT_HEADER_SIZE 0x30u
#define EVT_RECORD_FIXED_SIZE 0x38u         /* EVENTLOGRECORD up to names */
#define EVT_EOF_SIZE 0x28u

struct evt_writer {
	char *path;
	uint32_t flags;
	uint32_t next_record_number;
	unsigned char *buf;   /* the records, back to back */
	size_t len, cap;
	int failed;           /* an add ran out of memory: close fails */
};

struct evt_writer *evt_writer_new(const char *path, struct kb_error *err)
{
	struct evt_writer *w = calloc(1, sizeof *w);

	if (w == NULL || (w->path = malloc(strlen(path) + 1)) == NULL) {
		free(w);
		kb_errorf(err, KB_ENOMEM, "%s: out of memory", path);
		return NULL;
	}
	strcpy(w->path, path);
	w->next_record_number = 1;
	return w;
}

void evt_writer_set_flags(struct evt_writer *w, uint32_t flags)
{
	w->flags = flags;
}

uint32_t evt_identifier_for(unsigned event_id, unsigned type)
{
	/* Message compiler severity bits: 11 error, 10 warning,
	 * 01 informational; audits and success carry none. */
	uint32_t id = event_id & 0xFFFFu;

	switch (type) {
	case EVT_TYPE_ERROR: return id | 0xC0000000u;
	case EVT_TYPE_WARNING: return id | 0x80000000u;
	case EVT_TYPE_INFORMATION: return id | 0x40000000u;
	}
	return id;
}

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static void put16(unsigned char *p, unsigned v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
}

/* UTF-8 to NUL-terminated UTF-16LE at out (NULL: only count).  Returns
 * the size in bytes; malformed UTF-8 bytes become U+FFFD. */
static size_t utf16_put(unsigned char *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t o = 0;

	while (*p != '\0') {
		unsigned long cp = *p;
		size_t len = 1, i;

		if (cp >= 0xF0 && cp <= 0xF4)
			len = 4, cp &= 0x07;
		else if (cp >= 0xE0)
			len = 3, cp &= 0x0F;
		else if (cp >= 0xC2 && cp <= 0xDF)
			len = 2, cp &= 0x1F;
		else if (cp >= 0x80)
			len = 0;
		for (i = 1; i < len; i++) {
			if ((p[i] & 0xC0) != 0x80) {
				len = 0;
				break;
			}
			cp = (cp << 6) | (p[i] & 0x3F);
		}
		if (len == 0) {
			cp = 0xFFFD;
			len = 1;
		}
		p += len;
		if (cp >= 0x10000) {
			if (out != NULL) {
				put16(out + o, 0xD800 + ((cp - 0x10000) >> 10));
				put16(out + o + 2,
				      0xDC00 + ((cp - 0x10000) & 0x3FF));
			}
			o += 4;
		} else {
			if (out != NULL)
				put16(out + o, (unsigned)cp);
			o += 2;
		}
	}
	if (out != NULL)
		put16(out + o, 0);
	return o + 2;
}

int evt_writer_add(struct evt_writer *w, int64_t time,
		   uint32_t event_identifier, unsigned type,
		   const char *source, const char *computer,
		   const char *const *strings, size_t n_strings,
		   struct kb_error *err)
{
	size_t size, names, strings_off, strings_size = 0, i, o;
	unsigned char *rec;

	if (time < 0 || time > (int64_t)UINT32_MAX || n_strings > 0xFFFF ||
	    type > 0xFFFF)
		return kb_errorf(err, KB_EINVAL, "%s: record %u: a time, type or string count"
				 " the format cannot hold", w->path, (unsigned)w->next_record_number);
	if (source == NULL)
		source = "";
	if (computer == NULL)
		computer = "";
	names = utf16_put(NULL, source) + utf16_put(NULL, computer);
	/* The user SID, when present, starts on a DWORD boundary; the
	 * strings follow it (we write no SID). */
	strings_off = (EVT_RECORD_FIXED_SIZE + names + 3) & ~(size_t)3;
	for (i = 0; i < n_strings; i++)
		strings_size += utf16_put(NULL, strings[i] ? strings[i] : "");
	/* Data (none), padding to a DWORD, then the length again. */
	size = ((strings_off + strings_size + 3) & ~(size_t)3) + 4;
	if (size > 0x7FFFFFFF)
		return kb_errorf(err, KB_EINVAL, "%s: record %u: too large for the format",
				 w->path, (unsigned)w->next_record_number);
	if (w->len + size > w->cap) {
		size_t cap = w->cap ? w->cap : 4096;
		unsigned char *buf;

		while (cap < w->len + size)
			cap *= 2;
		buf = realloc(w->buf, cap);
		if (buf == NULL) {
			w->failed = 1;
			return kb_errorf(err, KB_ENOMEM, "%s: out of memory", w->path);
		}
		w->buf = buf;
		w->cap = cap;
	}
	rec = w->buf + w->len;
	memset(rec, 0, size);
	put32(rec + 0, (uint32_t)size);
	put32(rec + 4, EVT_SIGNATURE);
	put32(rec + 8, w->next_record_number);
	put32(rec + 12, (uint32_t)time);            /* TimeGenerated */
	put32(rec + 16, (uint32_t)time);            /* TimeWritten */
	put32(rec + 20, event_identifier);
	put16(rec + 24, type);
	put16(rec + 26, (unsigned)n_strings);
	put16(rec + 28, 0);                         /* EventCategory */
	put16(rec + 30, 0);                         /* ReservedFlags */
	put32(rec + 32, 0);                         /* ClosingRecordNumber */
	put32(rec + 36, (uint32_t)strings_off);
	put32(rec + 40, 0);                         /* UserSidLength */
	put32(rec + 44, (uint32_t)strings_off);     /* UserSidOffset */
	put32(rec + 48, 0);                         /* DataLength */
	put32(rec + 52, (uint32_t)(strings_off + strings_size));
	o = EVT_RECORD_FIXED_SIZE;
	o += utf16_put(rec + o, source);
	utf16_put(rec + o, computer);
	o = strings_off;
	for (i = 0; i < n_strings; i++)
		o += utf16_put(rec + o, strings[i] ? strings[i] : "");
	put32(rec + size - 4, (uint32_t)size);
	w->len += size;
	w->next_record_number++;
	return 0;
}

int evt_writer_close(struct evt_writer *w, struct kb_error *err)
{
	unsigned char header[EVT_HEADER_SIZE], eof[EVT_EOF_SIZE];
	uint32_t end_offset, oldest, file_size;
	FILE *f = NULL;
	int rc = 0;

	if (w->failed) {
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", w->path);
		goto out;
	}
	if (w->len > 0x7FFFFFFF - EVT_HEADER_SIZE - EVT_EOF_SIZE) {
		rc = kb_errorf(err, KB_EINVAL, "%s: too large for the format", w->path);
		goto out;
	}
	end_offset = EVT_HEADER_SIZE + (uint32_t)w->len;
	file_size = end_offset + EVT_EOF_SIZE;
	oldest = w->next_record_number > 1 ? 1 : 0;

	memset(header, 0, sizeof header);
	put32(header + 0, EVT_HEADER_SIZE);
	put32(header + 4, EVT_SIGNATURE);
	put32(header + 8, 1);                       /* MajorVersion */
	put32(header + 12, 1);                      /* MinorVersion */
	put32(header + 16, EVT_HEADER_SIZE);        /* StartOffset */
	put32(header + 20, end_offset);             /* EndOffset: EOF record */
	put32(header + 24, w->next_record_number);  /* CurrentRecordNumber */
	put32(header + 28, oldest);                 /* OldestRecordNumber */
	put32(header + 32, file_size);              /* MaxSize */
	put32(header + 36, w->flags);
	put32(header + 40, 0);                      /* Retention */
	put32(header + 44, EVT_HEADER_SIZE);        /* EndHeaderSize */

	/* ELF_EOF_RECORD: its size twice around four fixed markers. */
	put32(eof + 0, EVT_EOF_SIZE);
	put32(eof + 4, 0x11111111u);
	put32(eof + 8, 0x22222222u);
	put32(eof + 12, 0x33333333u);
	put32(eof + 16, 0x44444444u);
	put32(eof + 20, EVT_HEADER_SIZE);           /* BeginRecord */
	put32(eof + 24, end_offset);                /* EndRecord */
	put32(eof + 28, w->next_record_number);
	put32(eof + 32, oldest);
	put32(eof + 36, EVT_EOF_SIZE);

	f = fopen(w->path, "wb");
	if (f == NULL ||
	    fwrite(header, 1, sizeof header, f) != sizeof header ||
	    (w->len > 0 && fwrite(w->buf, 1, w->len, f) != w->len) ||
	    fwrite(eof, 1, sizeof eof, f) != sizeof eof)
		rc = kb_errorf(err, KB_EIO, "%s: %s", w->path, strerror(errno));
out:
	if (f != NULL && fclose(f) != 0 && rc == 0)
		rc = kb_errorf(err, KB_EIO, "%s: %s", w->path, strerror(errno));
	free(w->buf);
	free(w->path);
	free(w);
	return rc;
}
