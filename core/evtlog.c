/* evtlog.c: what every event log format shares (see evtlog_internal.h):
 * detection, names, getting the bytes, the entry points.  The readers:
 * evtlog_binary.c (.evt, .evtx) and evtlog_export.c (exports). */
#include "evtlog_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---------------------------------------------------------------------
 * The formats.  The binary ones are known by a signature and opened by
 * their library from a file; an export is known by its layout, which
 * only its reader can tell (evtlog_export_sniff), and read from memory. */

static const struct evtlog_format_info {
	enum evtlog_format format;
	const char *name;
	size_t sig_offset;        /* the signature: sig_len bytes there */
	const char *sig;          /* NULL: an export */
	size_t sig_len;
	int (*read)(const struct evtlog_source *src, struct kb_error *err);
} formats[] = {
	/* ELF_LOGFILE_HEADER: HeaderSize then the "LfLe" signature; records
	 * carry the same signature at the same offset, so a log cut at its
	 * start is still recognised. */
	{ EVTLOG_EVT, "evt", 4, "LfLe", 4, evtlog_evt_read },
	/* The .evtx file header starts with "ElfFile\0". */
	{ EVTLOG_EVTX, "evtx", 0, "ElfFile\0", 8, evtlog_evtx_read },
	{ EVTLOG_TEXT_EXPORT, "text export", 0, NULL, 0, evtlog_export_read },
	{ EVTLOG_CSV_EXPORT, "csv export", 0, NULL, 0, evtlog_export_read },
};

#define N_FORMATS (sizeof formats / sizeof formats[0])

/* The binary format whose signature head has, or NULL. */
static const struct evtlog_format_info *binary_format(const void *head, size_t len)
{
	const unsigned char *p = head;
	size_t i;

	for (i = 0; i < N_FORMATS; i++)
		if (formats[i].sig != NULL &&
		    len >= formats[i].sig_offset + formats[i].sig_len &&
		    memcmp(p + formats[i].sig_offset, formats[i].sig, formats[i].sig_len) == 0)
			return &formats[i];
	return NULL;
}

const char *evtlog_format_name(enum evtlog_format f)
{
	size_t i;

	for (i = 0; i < N_FORMATS; i++)
		if (formats[i].format == f)
			return formats[i].name;
	return "unknown";
}

int evtlog_detect_format(const void *data, size_t len,
			 enum evtlog_format *format)
{
	const struct evtlog_format_info *bin;

	if (data == NULL || len == 0)
		return KB_EFORMAT;
	if ((bin = binary_format(data, len)) != NULL) {
		*format = bin->format;
		return 0;
	}
	return evtlog_export_sniff(data, len, format);
}

/* ---------------------------------------------------------------------
 * Names */

const char *event_level_name(enum event_level l)
{
	switch (l) {
	case EVLEVEL_UNKNOWN: return "unknown";
	case EVLEVEL_ERROR: return "error";
	case EVLEVEL_WARNING: return "warning";
	case EVLEVEL_INFORMATION: return "information";
	case EVLEVEL_AUDIT_SUCCESS: return "audit success";
	case EVLEVEL_AUDIT_FAILURE: return "audit failure";
	case EVLEVEL_CRITICAL: return "critical";
	case EVLEVEL_VERBOSE: return "verbose";
	}
	return "unknown";
}

/* ---------------------------------------------------------------------
 * Log name from the file name.  Legacy logs live in fixed files under
 * system32\config; .evtx files are named after their channel with '/'
 * written as "%4". */

static const struct {
	const char *stem;
	const char *log;
} legacy_log_names[] = {
	{ "SysEvent", "System" },
	{ "AppEvent", "Application" },
	{ "SecEvent", "Security" },
	{ "DnsEvent", "DNS Server" },
	{ "NtFrs", "File Replication Service" },
	{ "NTDS", "Directory Service" },
	{ "System", "System" },
	{ "Application", "Application" },
	{ "Security", "Security" },
};

static int ascii_casecmp_n(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		int ca = (unsigned char)a[i], cb = (unsigned char)b[i];

		if (ca >= 'A' && ca <= 'Z')
			ca += 'a' - 'A';
		if (cb >= 'A' && cb <= 'Z')
			cb += 'a' - 'A';
		if (ca != cb)
			return ca - cb;
		if (ca == '\0')
			return 0;
	}
	return 0;
}

void evtlog_log_name_from_path(const char *path, int known_only,
			       char *out, size_t out_size)
{
	const char *base, *dot, *s;
	size_t stem_len, i, o = 0;

	out[0] = '\0';
	if (path == NULL || out_size == 0)
		return;
	base = strrchr(path, '/');
	base = base != NULL ? base + 1 : path;
	dot = strrchr(base, '.');
	stem_len = dot != NULL && dot != base ? (size_t)(dot - base)
					       : strlen(base);
	for (i = 0; i < sizeof legacy_log_names / sizeof legacy_log_names[0];
	     i++) {
		const char *stem = legacy_log_names[i].stem;

		if (strlen(stem) == stem_len &&
		    ascii_casecmp_n(stem, base, stem_len) == 0) {
			snprintf(out, out_size, "%s", legacy_log_names[i].log);
			return;
		}
	}
	if (known_only)
		return;
	for (s = base; s < base + stem_len && o + 1 < out_size; s++) {
		if (s[0] == '%' && s + 1 < base + stem_len && s[1] == '4') {
			out[o++] = '/';
			s++;
		} else {
			out[o++] = *s;
		}
	}
	out[o] = '\0';
}

/* ---------------------------------------------------------------------
 * Entry points */

static void source_init(struct evtlog_source *src, const char *name,
			const char *log_name, evtlog_event_fn on_event,
			evtlog_progress_fn on_progress, void *ctx,
			struct evtlog_stats *stats)
{
	memset(src, 0, sizeof *src);
	src->name = name;
	src->log_name = log_name;
	src->on_event = on_event;
	src->on_progress = on_progress;
	src->ctx = ctx;
	src->stats = stats;
}

/* Read a binary log from path (what the library opens; name is what
 * messages and the log name use: they differ for a buffer). */
static int read_binary(const struct evtlog_format_info *fmt, const char *path,
		       const char *name, evtlog_want_fn want, evtlog_event_fn on_event,
		       evtlog_progress_fn on_progress, void *ctx,
		       struct evtlog_stats *stats, struct kb_error *err)
{
	struct evtlog_source src;
	char log_name[128];

	evtlog_log_name_from_path(name, 0, log_name, sizeof log_name);
	source_init(&src, name, log_name, on_event, on_progress, ctx, stats);
	src.path = path;
	src.want = want;
	stats->format = fmt->format;
	return fmt->read(&src, err);
}

static int read_whole_file(const char *path, unsigned char **data,
			   size_t *len, struct kb_error *err)
{
	unsigned char *buf = NULL, *grown;
	size_t used = 0, cap = 0;
	FILE *f;
	int rc = 0;

	*data = NULL;
	*len = 0;
	f = fopen(path, "rb");
	if (f == NULL)
		return kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
	for (;;) {
		size_t got;

		if (used == cap) {
			cap = cap ? cap * 2 : 65536;
			grown = realloc(buf, cap);
			if (grown == NULL) {
				rc = kb_errorf(err, KB_ENOMEM,
					       "%s: out of memory", path);
				goto out;
			}
			buf = grown;
		}
		got = fread(buf + used, 1, cap - used, f);
		used += got;
		if (got == 0)
			break;
	}
	if (ferror(f))
		rc = kb_errorf(err, KB_EIO, "%s: read error", path);
out:
	fclose(f);
	if (rc != 0) {
		free(buf);
		return rc;
	}
	*data = buf;
	*len = used;
	return 0;
}

int evtlog_parse_export(const char *name, const void *data, size_t len,
			evtlog_event_fn on_event,
			evtlog_progress_fn on_progress, void *ctx,
			struct evtlog_stats *stats, struct kb_error *err)
{
	struct evtlog_source src;
	struct evtlog_stats local;
	char log_name[128];

	if (stats == NULL)
		stats = &local;
	memset(stats, 0, sizeof *stats);
	if (name == NULL)
		name = "(buffer)";
	if (len == 0)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: empty file, not an event log", name);
	if (data == NULL)
		return kb_errorf(err, KB_EINVAL, "%s: no data", name);
	/* "export1.csv" says nothing about the log: known names only. */
	evtlog_log_name_from_path(name, 1, log_name, sizeof log_name);
	source_init(&src, name, log_name, on_event, on_progress, ctx, stats);
	src.data = data;
	src.len = len;
	return evtlog_export_read(&src, err);
}

/* An export is parsed whole before an event exists: want is asked then,
 * between the reader and on_event. */
struct want_filter {
	evtlog_want_fn want;
	evtlog_event_fn on_event;
	evtlog_progress_fn on_progress;
	void *ctx;
	struct evtlog_stats *stats;
};

/* Progress goes to the caller's callback with the caller's ctx, not the
 * filter's (the reader is handed the filter as its ctx). */
static int filter_progress(void *vctx, uint64_t done, uint64_t total)
{
	struct want_filter *w = vctx;

	return w->on_progress(w->ctx, done, total);
}

static int filter_event(void *vctx, const struct kb_event *ev)
{
	struct want_filter *w = vctx;

	if (!w->want(w->ctx, ev)) {
		w->stats->skipped++;
		return 0;
	}
	return w->on_event != NULL ? w->on_event(w->ctx, ev) : 0;
}

int evtlog_read(const char *path, evtlog_event_fn on_event,
		evtlog_progress_fn on_progress, void *ctx,
		struct evtlog_stats *stats, struct kb_error *err)
{
	return evtlog_read_wanted(path, NULL, on_event, on_progress, ctx, stats, err);
}

int evtlog_read_wanted(const char *path, evtlog_want_fn want,
		       evtlog_event_fn on_event, evtlog_progress_fn on_progress,
		       void *ctx, struct evtlog_stats *stats, struct kb_error *err)
{
	struct want_filter wf;
	const struct evtlog_format_info *bin;
	struct evtlog_stats local;
	unsigned char head[8], *data = NULL;
	size_t got, len = 0;
	FILE *f;
	int rc;

	if (stats == NULL)
		stats = &local;
	memset(stats, 0, sizeof *stats);
	if (path == NULL)
		return kb_errorf(err, KB_EINVAL, "evtlog_read: no path");
	/* Peek first: the binary formats are opened by the libraries, only
	 * exports are read into memory. */
	f = fopen(path, "rb");
	if (f == NULL)
		return kb_errorf(err, errno == ENOENT ? KB_ENOTFOUND : KB_EIO,
				 "%s: %s", path, strerror(errno));
	got = fread(head, 1, sizeof head, f);
	fclose(f);
	if (got == 0)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: empty file, not an event log", path);
	if ((bin = binary_format(head, got)) != NULL)
		return read_binary(bin, path, path, want, on_event, on_progress,
				   ctx, stats, err);
	rc = read_whole_file(path, &data, &len, err);
	if (rc != 0)
		return rc;
	wf.want = want;
	wf.on_event = on_event;
	wf.on_progress = on_progress;
	wf.ctx = ctx;
	wf.stats = stats;
	if (want != NULL)
		rc = evtlog_parse_export(path, data, len, filter_event,
					 on_progress != NULL ? filter_progress : NULL, &wf,
					 stats, err);
	else
		rc = evtlog_parse_export(path, data, len, on_event, on_progress, ctx,
					 stats, err);
	free(data);
	return rc;
}

/* Write data to a private temporary file, since this libevt/libevtx
 * build opens files by name only (no libbfio in the public API). */
static int write_temp(const void *data, size_t len, char *path,
		      size_t path_size, struct kb_error *err)
{
	const char *dir = getenv("TMPDIR");
	const unsigned char *p = data;
	int fd;

	if (dir == NULL || dir[0] == '\0')
		dir = "/tmp";
	if ((size_t)snprintf(path, path_size, "%s/kbwiz-evtlog.XXXXXX", dir)
	    >= path_size)
		return kb_errorf(err, KB_EIO, "%s: TMPDIR path too long", dir);
	fd = mkstemp(path);
	if (fd < 0)
		return kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
	while (len > 0) {
		ssize_t n = write(fd, p, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
			close(fd);
			unlink(path);
			return KB_EIO;
		}
		p += n;
		len -= (size_t)n;
	}
	if (close(fd) != 0) {
		kb_errorf(err, KB_EIO, "%s: %s", path, strerror(errno));
		unlink(path);
		return KB_EIO;
	}
	return 0;
}

int evtlog_read_buffer(const char *name, const void *data, size_t len,
		       evtlog_event_fn on_event, void *ctx,
		       struct evtlog_stats *stats, struct kb_error *err)
{
	const struct evtlog_format_info *bin;
	struct evtlog_stats local;
	char tmp[4096];
	int rc;

	if (stats == NULL)
		stats = &local;
	memset(stats, 0, sizeof *stats);
	if (name == NULL)
		name = "(buffer)";
	if (data == NULL && len > 0)
		return kb_errorf(err, KB_EINVAL, "%s: no data", name);
	if (len == 0)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: empty, not an event log", name);
	if ((bin = binary_format(data, len)) != NULL) {
		rc = write_temp(data, len, tmp, sizeof tmp, err);
		if (rc != 0) {
			stats->format = bin->format;
			return kb_error_prefix(err, rc, "%s", name);
		}
		rc = read_binary(bin, tmp, name, NULL, on_event, NULL, ctx, stats,
				 err);
		unlink(tmp);
		return rc;
	}
	return evtlog_parse_export(name, data, len, on_event, NULL, ctx,
				   stats, err);
}
