/* logview.c: a log read around a line and searched, with memory bounded
 * by a sparse line index and fixed-size buffers (see logview.h). */
#include "kbwiz/logview.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kbwiz/strutil.h"

#define CHUNK ((size_t)64 << 10)
/* A decoded UTF-16 piece: every 2 input bytes give at most 3 output. */
#define DEC_CAP (CHUNK / 2 * 3 + 8)

struct logview {
	char *path;
	int fd;
	enum text_encoding enc;
	uint64_t size;
	uint64_t start;        /* the first line's offset (after a BOM) */
	uint64_t lines;
	uint64_t *index;       /* index[k]: offset of line k*EVERY+1 */
	size_t n_index;
	unsigned char *scratch;   /* search: carry + piece */
};

/* A reader of raw bytes from an offset, handing out pieces of lines. */
struct rd {
	const struct logview *lv;
	uint64_t off;          /* the file offset of buf[0] */
	unsigned char buf[CHUNK];
	size_t n, pos;
	int eof;
	unsigned char dec[DEC_CAP];
	uint64_t done;         /* bytes read, for progress */
	struct kb_error *err;
};

static void rd_init(struct rd *r, const struct logview *lv, uint64_t off,
		    struct kb_error *err)
{
	r->lv = lv;
	r->off = off;
	r->n = r->pos = 0;
	r->eof = 0;
	r->done = 0;
	r->err = err;
}

/* Keep what is not consumed, read more after it. */
static int rd_fill(struct rd *r)
{
	ssize_t got;

	if (r->pos > 0) {
		memmove(r->buf, r->buf + r->pos, r->n - r->pos);
		r->off += r->pos;
		r->n -= r->pos;
		r->pos = 0;
	}
	if (r->n == CHUNK)
		return 0;
	do
		got = pread(r->lv->fd, r->buf + r->n, CHUNK - r->n,
			    (off_t)(r->off + r->n));
	while (got < 0 && errno == EINTR);
	if (got < 0)
		return kb_errorf(r->err, KB_EIO, "%s: %s", r->lv->path, strerror(errno));
	if (got == 0)
		r->eof = 1;
	r->n += (size_t)got;
	r->done += (size_t)got;
	return 0;
}

static uint64_t rd_tell(const struct rd *r)
{
	return r->off + r->pos;
}

static size_t put_utf8(unsigned char *o, uint32_t cp)
{
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | cp >> 6);
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | cp >> 12);
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | cp >> 18);
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

static unsigned unit_at(const unsigned char *p)
{
	return (unsigned)p[0] | (unsigned)p[1] << 8;
}

/* Offset of the first LF unit in buf[pos..n) (UTF-16LE), or n. */
static size_t find_lf16(const struct rd *r)
{
	size_t i;

	for (i = r->pos; i + 2 <= r->n; i += 2)
		if (r->buf[i] == '\n' && r->buf[i + 1] == 0)
			return i;
	return r->n;
}

/* UTF-16LE units buf[pos..end) to UTF-8 in dec.  A high surrogate whose
 * pair is not in reach, and a lone low one, become U+FFFD. */
static size_t decode16(struct rd *r, size_t end)
{
	size_t i = r->pos, o = 0;

	while (i + 2 <= end) {
		uint32_t u = unit_at(r->buf + i), cp = u;
		size_t used = 2;

		if (u >= 0xD800 && u <= 0xDBFF) {
			uint32_t u2 = i + 4 <= end ? unit_at(r->buf + i + 2) : 0;
			if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
				cp = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
				used = 4;
			} else {
				cp = 0xFFFD;
			}
		} else if (u >= 0xDC00 && u <= 0xDFFF) {
			cp = 0xFFFD;
		}
		o += put_utf8(r->dec + o, cp);
		i += used;
	}
	return o;
}

/* The next piece of the current line in *p, *len (UTF-8); *end when it
 * is the line's last.  1 for a piece, 0 at the end of the file, or an
 * error.  Pieces are as large as the buffer allows; a CR is held back
 * at a piece's end so that a CRLF split across reads still loses it. */
static int next_piece(struct rd *r, const unsigned char **p, size_t *len, int *end)
{
	int u16 = r->lv->enc == ENC_UTF16LE_BOM, rc;
	size_t unit = u16 ? 2 : 1, lf, stop;

	for (;;) {
		if (!r->eof && r->n - r->pos < 8 && (rc = rd_fill(r)) != 0)
			return rc;
		if (r->n - r->pos < unit)
			return 0;   /* an odd last byte of UTF-16 is no character */
		if (u16) {
			lf = find_lf16(r);
		} else {
			const unsigned char *q = memchr(r->buf + r->pos, '\n', r->n - r->pos);
			lf = q != NULL ? (size_t)(q - r->buf) : r->n;
		}
		if (lf < r->n || r->eof || r->pos == 0)
			break;
		if ((rc = rd_fill(r)) != 0)    /* room to be made: read on */
			return rc;
	}
	*end = lf < r->n || r->eof;
	stop = lf < r->n ? lf : r->n - (r->n - r->pos) % unit;
	/* A CR before the LF is dropped; one at a piece's end waits. */
	if (stop - r->pos >= unit && r->buf[stop - unit] == '\r' &&
	    (!u16 || r->buf[stop - 1] == 0) && (lf < r->n || !r->eof))
		stop -= unit;
	/* Likewise a high surrogate whose pair may be in the next read. */
	if (u16 && lf == r->n && !r->eof && stop - r->pos >= 2 &&
	    unit_at(r->buf + stop - 2) >= 0xD800 && unit_at(r->buf + stop - 2) <= 0xDBFF)
		stop -= 2;
	if (u16) {
		*len = decode16(r, stop);
		*p = r->dec;
	} else {
		*len = stop - r->pos;
		*p = r->buf + r->pos;
	}
	r->pos = lf < r->n ? lf + unit : stop;
	return 1;
}

/* Skip lines until the reader is at the start of line target, from line
 * at (the line the reader starts at). */
static int skip_to(struct rd *r, uint64_t at, uint64_t target)
{
	const unsigned char *p;
	size_t len;
	int end, rc;

	while (at < target) {
		rc = next_piece(r, &p, &len, &end);
		if (rc <= 0)
			return rc < 0 ? rc : 0;
		if (end)
			at++;
	}
	return 0;
}

/* A reader at the start of line (1-based, <= lines). */
static int rd_at_line(struct rd *r, const struct logview *lv, uint64_t line,
		      struct kb_error *err)
{
	size_t k = (size_t)((line - 1) / LOGVIEW_INDEX_EVERY);

	if (k >= lv->n_index)
		k = lv->n_index - 1;
	rd_init(r, lv, lv->index[k], err);
	return skip_to(r, (uint64_t)k * LOGVIEW_INDEX_EVERY + 1, line);
}

static int add_index(struct logview *lv, uint64_t off)
{
	uint64_t *v;

	if ((lv->n_index & (lv->n_index - 1)) == 0) {   /* 0, 1, 2, 4, ... */
		v = realloc(lv->index, (lv->n_index ? lv->n_index * 2 : 1) * sizeof *v);
		if (v == NULL)
			return KB_ENOMEM;
		lv->index = v;
	}
	lv->index[lv->n_index++] = off;
	return 0;
}

static int detect_encoding(struct logview *lv, struct kb_error *err)
{
	unsigned char b[3];
	ssize_t got;

	do
		got = pread(lv->fd, b, sizeof b, 0);
	while (got < 0 && errno == EINTR);
	if (got < 0)
		return kb_errorf(err, KB_EIO, "%s: %s", lv->path, strerror(errno));
	lv->enc = ENC_UTF8;
	if (got == 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0) {
		lv->enc = ENC_UTF8_BOM;
		lv->start = 3;
	} else if (got >= 2 && b[0] == 0xFF && b[1] == 0xFE) {
		lv->enc = ENC_UTF16LE_BOM;
		lv->start = 2;
	}
	return 0;
}

int logview_open(const char *path, logscan_progress_fn on_progress, void *ctx,
		 struct logview **out, struct kb_error *err)
{
	struct logview *lv;
	struct rd *r = NULL;
	struct stat st;
	const unsigned char *p;
	size_t len;
	int end, rc;

	*out = NULL;
	lv = calloc(1, sizeof *lv);
	if (lv != NULL)
		lv->fd = -1;
	if (lv == NULL || (lv->path = kb_strdup(path)) == NULL ||
	    (r = malloc(sizeof *r)) == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	lv->fd = open(path, O_RDONLY | O_CLOEXEC);
	if (lv->fd < 0) {
		rc = kb_errorf(err, errno == ENOENT ? KB_ENOTFOUND : KB_EIO, "%s: %s", path,
			       strerror(errno));
		goto out;
	}
	if (fstat(lv->fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		rc = kb_errorf(err, KB_EIO, "%s: not a regular file", path);
		goto out;
	}
	lv->size = (uint64_t)st.st_size;
	if ((rc = detect_encoding(lv, err)) != 0)
		goto out;
	rd_init(r, lv, lv->start, err);
	if ((rc = add_index(lv, lv->start)) != 0)
		goto oom;
	while ((rc = next_piece(r, &p, &len, &end)) > 0) {
		if (!end)
			continue;
		lv->lines++;
		if (lv->lines % LOGVIEW_INDEX_EVERY == 0 && rd_tell(r) < lv->size &&
		    (rc = add_index(lv, rd_tell(r))) != 0)
			goto oom;
		if (on_progress != NULL && lv->lines % 65536 == 0 &&
		    on_progress(ctx, rd_tell(r), lv->size) != 0) {
			rc = kb_errorf(err, KB_ECANCEL, "%s: reading cancelled", path);
			goto out;
		}
	}
	if (rc < 0)
		goto out;
	rc = 0;
	goto out;
oom:
	rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", path);
out:
	free(r);
	if (rc != 0) {
		logview_close(lv);
		return rc;
	}
	*out = lv;
	return 0;
}

void logview_close(struct logview *lv)
{
	if (lv == NULL)
		return;
	if (lv->fd >= 0)
		close(lv->fd);
	free(lv->path);
	free(lv->index);
	free(lv->scratch);
	free(lv);
}

const char *logview_path(const struct logview *lv)
{
	return lv->path;
}

uint64_t logview_line_count(const struct logview *lv)
{
	return lv->lines;
}

uint64_t logview_size_bytes(const struct logview *lv)
{
	return lv->size;
}

enum text_encoding logview_encoding(const struct logview *lv)
{
	return lv->enc;
}

void logview_window_clear(struct logview_window *w)
{
	size_t i;

	for (i = 0; i < w->n; i++)
		free(w->lines[i].text);
	free(w->lines);
	w->lines = NULL;
	w->n = 0;
}

/* Cut at a character boundary: never half a UTF-8 sequence at the end. */
static size_t utf8_cut(const char *s, size_t len)
{
	size_t i = len;

	while (i > 0 && i > len - 4 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	if (i > 0 && (unsigned char)s[i - 1] >= 0xC0) {
		unsigned char c = (unsigned char)s[i - 1];
		size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
		if (len - (i - 1) < need)
			return i - 1;
	}
	return len;
}

int logview_read(struct logview *lv, uint64_t first, size_t count,
		 struct logview_window *out, struct kb_error *err)
{
	struct rd *r = NULL;
	const unsigned char *p;
	size_t len, i = 0;
	int end, rc = 0;

	out->lines = NULL;
	out->n = 0;
	if (first == 0)
		first = 1;
	if (first > lv->lines || count == 0)
		return 0;
	if (count > lv->lines - first + 1)
		count = (size_t)(lv->lines - first + 1);
	out->lines = calloc(count, sizeof *out->lines);
	r = malloc(sizeof *r);
	if (out->lines == NULL || r == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "out of memory");
		goto out;
	}
	if ((rc = rd_at_line(r, lv, first, err)) != 0)
		goto out;
	for (i = 0; i < count; i++) {
		struct logview_line *l = &out->lines[i];
		if ((l->text = malloc(LOGVIEW_LINE_MAX + 1)) == NULL) {
			rc = kb_errorf(err, KB_ENOMEM, "out of memory");
			goto out;
		}
		l->line_no = first + i;
		out->n = i + 1;
		do {
			rc = next_piece(r, &p, &len, &end);
			if (rc < 0)
				goto out;
			if (rc == 0)
				break;
			if (l->len < LOGVIEW_LINE_MAX) {
				size_t take = len < LOGVIEW_LINE_MAX - l->len ? len
					      : LOGVIEW_LINE_MAX - l->len;
				memcpy(l->text + l->len, p, take);
				l->len += take;
			}
			l->full_len += len;
		} while (!end);
		rc = 0;
		if (l->full_len > l->len) {
			l->cut = 1;
			l->len = utf8_cut(l->text, l->len);
		}
		l->text[l->len] = '\0';
	}
out:
	free(r);
	if (rc != 0)
		logview_window_clear(out);
	return rc;
}

int logview_around(struct logview *lv, uint64_t line, size_t context,
		   struct logview_window *out, struct kb_error *err)
{
	uint64_t first = line > context ? line - context : 1;

	return logview_read(lv, first, (size_t)(line - first) + context + 1, out, err);
}

static unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

static const unsigned char *find_ci(const unsigned char *hay, size_t n,
				    const unsigned char *needle, size_t k)
{
	unsigned char a = lower(needle[0]), b = (unsigned char)(a >= 'a' && a <= 'z' ? a - 32 : a);
	size_t i, j;

	for (i = 0; i + k <= n; i++) {
		if (hay[i] != a && hay[i] != b)
			continue;
		for (j = 1; j < k && lower(hay[i + j]) == lower(needle[j]); j++)
			;
		if (j == k)
			return hay + i;
	}
	return NULL;
}

int logview_find_in(const char *line, size_t len, const char *text, size_t *off)
{
	size_t k = strlen(text);
	const unsigned char *q;

	if (k == 0 || *off > len)
		return 0;
	q = find_ci((const unsigned char *)line + *off, len - *off,
		    (const unsigned char *)text, k);
	if (q == NULL)
		return 0;
	*off = (size_t)(q - (const unsigned char *)line);
	return 1;
}

/* Whether the line at the reader holds text; the reader moves to the next
 * line.  *eof when there was no line.  The last k-1 bytes of a piece are
 * carried into the next, so a match across pieces is found. */
static int line_matches(struct logview *lv, struct rd *r, const unsigned char *text,
			size_t k, int *eof)
{
	const unsigned char *p;
	size_t len, carry = 0;
	int end = 0, rc, hit = 0;

	*eof = 0;
	while (!end) {
		rc = next_piece(r, &p, &len, &end);
		if (rc < 0)
			return rc;
		if (rc == 0) {
			*eof = 1;   /* pieces end with end set: no line here */
			break;
		}
		if (hit)
			continue;
		memcpy(lv->scratch + carry, p, len);
		len += carry;
		if (find_ci(lv->scratch, len, text, k) != NULL) {
			hit = 1;
			continue;
		}
		carry = len < k - 1 ? len : k - 1;
		memmove(lv->scratch, lv->scratch + len - carry, carry);
	}
	return hit;
}

int logview_search(struct logview *lv, const char *text, uint64_t from,
		   int backward, uint64_t *found, struct kb_error *err)
{
	struct rd *r = NULL;
	size_t k = text != NULL ? strlen(text) : 0;
	uint64_t line, last = 0, stop;
	long block;
	int rc = 0, eof;

	if (k == 0 || k > LOGVIEW_SEARCH_MAX)
		return kb_errorf(err, KB_EINVAL, "search text: %s", k == 0 ? "empty" : "too long");
	if (lv->scratch == NULL &&
	    (lv->scratch = malloc(DEC_CAP + LOGVIEW_SEARCH_MAX)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	if ((r = malloc(sizeof *r)) == NULL)
		return kb_errorf(err, KB_ENOMEM, "out of memory");
	if (!backward) {
		if (from >= lv->lines)
			goto none;
		if ((rc = rd_at_line(r, lv, from + 1, err)) != 0)
			goto out;
		for (line = from + 1; line <= lv->lines; line++) {
			rc = line_matches(lv, r, (const unsigned char *)text, k, &eof);
			if (rc < 0 || eof)
				goto out_rc;
			if (rc == 1) {
				*found = line;
				rc = 0;
				goto out;
			}
		}
		goto none;
	}
	/* Backward: each index block from the one before from, read forward,
	 * keeping its last match before stop. */
	if (from > lv->lines + 1)
		from = lv->lines + 1;
	if (from <= 1)
		goto none;
	stop = from;   /* lines < stop */
	for (block = (long)((from - 2) / LOGVIEW_INDEX_EVERY); block >= 0; block--) {
		uint64_t first = (uint64_t)block * LOGVIEW_INDEX_EVERY + 1;
		rd_init(r, lv, lv->index[block], err);
		for (line = first; line < stop; line++) {
			rc = line_matches(lv, r, (const unsigned char *)text, k, &eof);
			if (rc < 0)
				goto out;
			if (eof)
				break;
			if (rc == 1)
				last = line;
		}
		if (last != 0) {
			*found = last;
			rc = 0;
			goto out;
		}
		stop = first;
	}
none:
	rc = kb_errorf(err, KB_ENOTFOUND, "%s: \"%s\" not found %s line %llu", lv->path, text,
		       backward ? "before" : "after", (unsigned long long)from);
	goto out;
out_rc:
	if (rc >= 0)
		rc = kb_errorf(err, KB_ENOTFOUND, "%s: \"%s\" not found", lv->path, text);
out:
	free(r);
	return rc;
}
