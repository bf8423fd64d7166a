/* evtlog.c: format detection, log names, and the binary logs (.evt
 * through libevt, .evtx through libevtx).  Exports: evtlog_export.c. */
#include "kbwiz/evtlog.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libevt.h>
#include <libevtx.h>

#include "kbwiz/strutil.h"

/* Progress is reported every this many records, and once at the end. */
#define PROGRESS_EVERY 256

/* ---------------------------------------------------------------------
 * Names */

const char *evtlog_format_name(enum evtlog_format f)
{
	switch (f) {
	case EVTLOG_EVT: return "evt";
	case EVTLOG_EVTX: return "evtx";
	case EVTLOG_TEXT_EXPORT: return "text export";
	case EVTLOG_CSV_EXPORT: return "csv export";
	}
	return "unknown";
}

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
 * Detection (exports: evtlog_detect_format in evtlog_export.c) */

/* 1 and the format when head starts a binary log. */
static int binary_format(const unsigned char *head, size_t len,
			 enum evtlog_format *format)
{
	/* ELF_LOGFILE_HEADER: HeaderSize then the "LfLe" signature; records
	 * carry the same signature at the same offset, so a log cut at its
	 * start is still recognised. */
	if (len >= 8 && memcmp(head + 4, "LfLe", 4) == 0) {
		*format = EVTLOG_EVT;
		return 1;
	}
	/* The .evtx file header starts with "ElfFile\0". */
	if (len >= 8 && memcmp(head, "ElfFile\0", 8) == 0) {
		*format = EVTLOG_EVTX;
		return 1;
	}
	return 0;
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
 * Shared pieces of the binary readers */

/* The strings of one event, owned until strvec_reset. */
struct strvec {
	char **items;
	size_t n, cap;
};

static void strvec_reset(struct strvec *v)
{
	size_t i;

	for (i = 0; i < v->n; i++)
		free(v->items[i]);
	v->n = 0;
}

static void strvec_free(struct strvec *v)
{
	strvec_reset(v);
	free(v->items);
	v->items = NULL;
	v->cap = 0;
}

/* Takes ownership of s (freed here on failure). */
static int strvec_push(struct strvec *v, char *s)
{
	if (v->n == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 8;
		char **items = realloc(v->items, cap * sizeof *items);

		if (items == NULL) {
			free(s);
			return KB_ENOMEM;
		}
		v->items = items;
		v->cap = cap;
	}
	v->items[v->n++] = s;
	return 0;
}

struct binreader {
	const char *name;
	evtlog_event_fn on_event;
	evtlog_progress_fn on_progress;
	void *ctx;
	struct evtlog_stats *stats;
	char log_from_name[128];
	char *source, *computer;
	char *xml;                /* reused between records */
	size_t xml_cap;
	struct strvec strings;
	uint64_t done, total;
};

static void binreader_free(struct binreader *r)
{
	free(r->source);
	free(r->computer);
	free(r->xml);
	r->source = r->computer = r->xml = NULL;
	strvec_free(&r->strings);
}

static int binreader_progress(struct binreader *r, int force,
			      struct kb_error *err)
{
	if (r->on_progress == NULL)
		return 0;
	if (!force && r->done % PROGRESS_EVERY != 0)
		return 0;
	if (r->on_progress(r->ctx, r->done, r->total) != 0)
		return kb_errorf(err, KB_ECANCEL, "%s: stopped by caller",
				 r->name);
	return 0;
}

static int binreader_deliver(struct binreader *r, struct kb_event *ev,
			     struct kb_error *err)
{
	ev->source = r->source != NULL ? r->source : "";
	ev->computer = r->computer != NULL ? r->computer : "";
	ev->strings = (const char *const *)r->strings.items;
	ev->n_strings = r->strings.n;
	r->stats->events++;
	if (ev->recovered)
		r->stats->recovered++;
	if (r->on_event != NULL && r->on_event(r->ctx, ev) != 0)
		return kb_errorf(err, KB_ECANCEL, "%s: stopped by caller",
				 r->name);
	return 0;
}

/* After one record of a .evt or .evtx file: rc is what reading it gave.
 * A record that cannot be read or decoded (KB_EFORMAT) is counted as
 * damaged and the file read on; out of memory, a stop by the caller and
 * other failures end the read.  Then progress is reported. */
static int binreader_record_done(struct binreader *r, int rc,
				 struct kb_error *err)
{
	if (rc == KB_EFORMAT)
		r->stats->damaged++;
	else if (rc == KB_ENOMEM)
		return kb_errorf(err, rc, "%s: out of memory", r->name);
	else if (rc != 0)
		return rc;
	return binreader_progress(r, 0, err);
}

/* The first line of a libyal error, for our one-line messages. */
static void libyal_message(char *buf, size_t size, int rc_sprint)
{
	char *nl;

	if (rc_sprint < 0 || buf[0] == '\0') {
		snprintf(buf, size, "unknown library error");
		return;
	}
	nl = strchr(buf, '\n');
	if (nl != NULL)
		*nl = '\0';
}

/* Getter pattern shared by libevt and libevtx: ask the size of a UTF-8
 * string, then fetch it.  Returns a malloc'ed string, "" when the record
 * has none, NULL on a read failure or out of memory. */
#define DEFINE_UTF8_GETTER(fname, rectype, errtype, errfree, sizefn, getfn) \
static char *fname(rectype *rec)                                            \
{                                                                           \
	errtype *lerr = NULL;                                               \
	size_t size = 0;                                                    \
	char *s;                                                            \
	int rc = sizefn(rec, &size, &lerr);                                 \
									    \
	if (rc == -1) {                                                     \
		errfree(&lerr);                                             \
		return NULL;                                                \
	}                                                                   \
	if (rc == 0 || size == 0)                                           \
		return calloc(1, 1);                                        \
	s = malloc(size);                                                   \
	if (s == NULL)                                                      \
		return NULL;                                                \
	if (getfn(rec, (uint8_t *)s, size, &lerr) != 1) {                   \
		errfree(&lerr);                                             \
		free(s);                                                    \
		return NULL;                                                \
	}                                                                   \
	s[size - 1] = '\0';                                                 \
	return s;                                                           \
}

DEFINE_UTF8_GETTER(evt_source_name, libevt_record_t, libevt_error_t,
		   libevt_error_free, libevt_record_get_utf8_source_name_size,
		   libevt_record_get_utf8_source_name)
DEFINE_UTF8_GETTER(evt_computer_name, libevt_record_t, libevt_error_t,
		   libevt_error_free,
		   libevt_record_get_utf8_computer_name_size,
		   libevt_record_get_utf8_computer_name)
DEFINE_UTF8_GETTER(evtx_source_name, libevtx_record_t, libevtx_error_t,
		   libevtx_error_free,
		   libevtx_record_get_utf8_source_name_size,
		   libevtx_record_get_utf8_source_name)
DEFINE_UTF8_GETTER(evtx_computer_name, libevtx_record_t, libevtx_error_t,
		   libevtx_error_free,
		   libevtx_record_get_utf8_computer_name_size,
		   libevtx_record_get_utf8_computer_name)

/* The record rendered as XML in r->xml, or NULL.  Asking the size first
 * renders the record twice, so try the buffer of the previous record
 * first and ask only when it is too small. */
#define XML_FIRST_CAP 65536
static const char *evtx_xml_string(struct binreader *r, libevtx_record_t *rec)
{
	libevtx_error_t *lerr = NULL;
	size_t size = 0;
	char *grown;

	if (r->xml == NULL) {
		r->xml = malloc(XML_FIRST_CAP);
		if (r->xml == NULL)
			return NULL;
		r->xml_cap = XML_FIRST_CAP;
	}
	if (libevtx_record_get_utf8_xml_string(rec, (uint8_t *)r->xml,
					       r->xml_cap, &lerr) == 1) {
		r->xml[r->xml_cap - 1] = '\0';
		return r->xml;
	}
	libevtx_error_free(&lerr);
	if (libevtx_record_get_utf8_xml_string_size(rec, &size, &lerr) != 1 ||
	    size <= r->xml_cap) {
		libevtx_error_free(&lerr);
		return NULL;
	}
	grown = realloc(r->xml, size);
	if (grown == NULL)
		return NULL;
	r->xml = grown;
	r->xml_cap = size;
	if (libevtx_record_get_utf8_xml_string(rec, (uint8_t *)r->xml, size,
					       &lerr) != 1) {
		libevtx_error_free(&lerr);
		return NULL;
	}
	r->xml[size - 1] = '\0';
	return r->xml;
}

/* ---------------------------------------------------------------------
 * Legacy .evt */

static enum event_level evt_level(uint16_t type)
{
	/* EVENTLOG_SUCCESS (0) is shown as Information by Event Viewer. */
	switch (type) {
	case 0x0000: return EVLEVEL_INFORMATION;
	case LIBEVT_EVENT_TYPE_ERROR: return EVLEVEL_ERROR;
	case LIBEVT_EVENT_TYPE_WARNING: return EVLEVEL_WARNING;
	case LIBEVT_EVENT_TYPE_INFORMATION: return EVLEVEL_INFORMATION;
	case LIBEVT_EVENT_TYPE_AUDIT_SUCCESS: return EVLEVEL_AUDIT_SUCCESS;
	case LIBEVT_EVENT_TYPE_AUDIT_FAILURE: return EVLEVEL_AUDIT_FAILURE;
	}
	return EVLEVEL_UNKNOWN;
}

static int evt_strings(struct binreader *r, libevt_record_t *rec)
{
	libevt_error_t *lerr = NULL;
	int n = 0, i, rc;

	if (libevt_record_get_number_of_strings(rec, &n, &lerr) != 1) {
		libevt_error_free(&lerr);
		return KB_EFORMAT;
	}
	for (i = 0; i < n; i++) {
		size_t size = 0;
		char *s;

		if (libevt_record_get_utf8_string_size(rec, i, &size,
						       &lerr) != 1) {
			libevt_error_free(&lerr);
			return KB_EFORMAT;
		}
		s = malloc(size + 1);
		if (s == NULL)
			return KB_ENOMEM;
		s[0] = '\0';
		if (size > 0 &&
		    libevt_record_get_utf8_string(rec, i, (uint8_t *)s, size,
						  &lerr) != 1) {
			libevt_error_free(&lerr);
			free(s);
			return KB_EFORMAT;
		}
		s[size > 0 ? size - 1 : 0] = '\0';
		rc = strvec_push(&r->strings, s);
		if (rc != 0)
			return rc;
	}
	return 0;
}

/* Convert one record.  Returns 0, KB_EFORMAT for a damaged record (the
 * caller counts it), or another error that ends the read. */
static int evt_record(struct binreader *r, libevt_record_t *rec,
		      int recovered, struct kb_error *err)
{
	libevt_error_t *lerr = NULL;
	struct kb_event ev;
	uint32_t number = 0, created = 0, identifier = 0;
	uint16_t type = 0;
	int rc;

	memset(&ev, 0, sizeof ev);
	free(r->source);
	free(r->computer);
	r->source = r->computer = NULL;
	strvec_reset(&r->strings);
	if (libevt_record_get_identifier(rec, &number, &lerr) != 1 ||
	    libevt_record_get_event_identifier(rec, &identifier,
					       &lerr) != 1 ||
	    libevt_record_get_event_type(rec, &type, &lerr) != 1) {
		libevt_error_free(&lerr);
		return KB_EFORMAT;
	}
	/* A record without a creation time is still worth reading. */
	if (libevt_record_get_creation_time(rec, &created, &lerr) != 1) {
		libevt_error_free(&lerr);
		created = 0;
	}
	r->source = evt_source_name(rec);
	r->computer = evt_computer_name(rec);
	if (r->source == NULL || r->computer == NULL)
		return KB_EFORMAT;
	rc = evt_strings(r, rec);
	if (rc != 0)
		return rc;
	ev.time = created;
	ev.record_number = number;
	ev.log = r->log_from_name;
	/* Legacy identifiers keep severity (bits 30-31), customer (29) and
	 * facility (16-27) above the event code. */
	ev.event_id = identifier & 0xFFFFu;
	ev.raw_identifier = identifier;
	ev.level = evt_level(type);
	ev.recovered = recovered;
	return binreader_deliver(r, &ev, err);
}

typedef int (*evt_get_fn)(libevt_file_t *, int, libevt_record_t **,
			  libevt_error_t **);

static int evt_read_records(struct binreader *r, libevt_file_t *file,
			    int count, evt_get_fn get, int recovered,
			    struct kb_error *err)
{
	int i, rc;

	for (i = 0; i < count; i++) {
		libevt_error_t *lerr = NULL;
		libevt_record_t *rec = NULL;

		r->done++;
		if (get(file, i, &rec, &lerr) != 1) {
			libevt_error_free(&lerr);
			rc = KB_EFORMAT;
		} else {
			rc = evt_record(r, rec, recovered, err);
			libevt_record_free(&rec, NULL);
		}
		if ((rc = binreader_record_done(r, rc, err)) != 0)
			return rc;
	}
	return 0;
}

static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

/* Legacy logs are preallocated to ELF_LOGFILE_HEADER.MaxSize, so a file
 * shorter than that was cut (a partial copy, a full disk).  Sets
 * *expected to the records the header promises (CurrentRecordNumber -
 * OldestRecordNumber) when it is cut, else 0. */
static int evt_is_truncated(const char *path, uint64_t *expected)
{
	unsigned char h[0x30];
	struct stat st;
	FILE *f;
	size_t got;
	uint32_t current, oldest;

	*expected = 0;
	f = fopen(path, "rb");
	if (f == NULL)
		return 0;
	got = fread(h, 1, sizeof h, f);
	if (got != sizeof h || fstat(fileno(f), &st) != 0) {
		fclose(f);
		return got < sizeof h;
	}
	fclose(f);
	if (get32(h) != 0x30 || memcmp(h + 4, "LfLe", 4) != 0)
		return 0;
	if ((uint64_t)st.st_size >= get32(h + 32))
		return 0;
	current = get32(h + 24);
	oldest = get32(h + 28);
	if (oldest != 0 && current > oldest)
		*expected = current - oldest;
	return 1;
}

static int evt_read_file(struct binreader *r, const char *path,
			 struct kb_error *err)
{
	uint64_t expected = 0, got;
	libevt_error_t *lerr = NULL;
	libevt_file_t *file = NULL;
	char msg[512] = "";
	int n_records = 0, n_recovered = 0, rc = 0, opened = 0;
	uint32_t flags = 0;

	if (libevt_file_initialize(&file, &lerr) != 1) {
		libevt_error_free(&lerr);
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", r->name);
	}
	/* libevt opens dirty, wrapped and corrupted logs read-only without
	 * complaint; what it cannot parse it moves to recovered records. */
	if (libevt_file_open(file, path, LIBEVT_OPEN_READ, &lerr) != 1) {
		libyal_message(msg, sizeof msg,
			       libevt_error_sprint(lerr, msg, sizeof msg));
		libevt_error_free(&lerr);
		rc = kb_errorf(err, KB_EFORMAT,
			       "%s: not a readable .evt event log (%s)",
			       r->name, msg);
		goto out;
	}
	opened = 1;
	if (libevt_file_get_flags(file, &flags, &lerr) == 1)
		r->stats->file_dirty =
			(flags & LIBEVT_FILE_FLAG_IS_DIRTY) != 0;
	libevt_error_free(&lerr);
	r->stats->file_corrupted = libevt_file_is_corrupted(file, &lerr) == 1;
	libevt_error_free(&lerr);
	if (libevt_file_get_number_of_records(file, &n_records, &lerr) != 1)
		n_records = 0;
	libevt_error_free(&lerr);
	if (libevt_file_get_number_of_recovered_records(file, &n_recovered,
							&lerr) != 1)
		n_recovered = 0;
	libevt_error_free(&lerr);
	r->total = (uint64_t)n_records + (uint64_t)n_recovered;
	r->stats->file_truncated = evt_is_truncated(path, &expected);
	rc = evt_read_records(r, file, n_records,
			      libevt_file_get_record_by_index, 0, err);
	if (rc == 0)
		rc = evt_read_records(r, file, n_recovered,
				      libevt_file_get_recovered_record_by_index,
				      1, err);
	/* Records the header promises that are neither readable nor
	 * recoverable were lost in the cut: count them as damaged. */
	got = r->stats->events + r->stats->damaged;
	if (rc == 0 && r->stats->file_truncated && expected > got)
		r->stats->damaged += expected - got;
	if (rc == 0)
		rc = binreader_progress(r, 1, err);
out:
	if (opened)
		libevt_file_close(file, NULL);
	libevt_file_free(&file, NULL);
	return rc;
}

/* ---------------------------------------------------------------------
 * .evtx */

static enum event_level evtx_level(uint8_t level, uint64_t keywords)
{
	switch (level) {
	case LIBEVTX_EVENT_LEVEL_CRITICAL: return EVLEVEL_CRITICAL;
	case LIBEVTX_EVENT_LEVEL_ERROR: return EVLEVEL_ERROR;
	case LIBEVTX_EVENT_LEVEL_WARNING: return EVLEVEL_WARNING;
	case LIBEVTX_EVENT_LEVEL_INFORMATION: return EVLEVEL_INFORMATION;
	case LIBEVTX_EVENT_LEVEL_VERBOSE: return EVLEVEL_VERBOSE;
	case 0:
		/* LogAlways: the Security log marks audits by keyword
		 * (0x0020... success, 0x0010... failure) instead of level. */
		if (keywords & 0x0020000000000000ull)
			return EVLEVEL_AUDIT_SUCCESS;
		if (keywords & 0x0010000000000000ull)
			return EVLEVEL_AUDIT_FAILURE;
		return EVLEVEL_INFORMATION;
	}
	return EVLEVEL_UNKNOWN;
}

/* The text of the first <tag>...</tag> inside <System>, copied into out;
 * 0 when absent.  The System element comes first in every event, so the
 * first match is the right one even when EventData repeats the name. */
static int xml_system_value(const char *xml, const char *tag, char *out,
			    size_t out_size)
{
	char open[64];
	const char *p, *end, *sys_end;
	size_t n;

	sys_end = strstr(xml, "</System>");
	snprintf(open, sizeof open, "<%s>", tag);
	p = strstr(xml, open);
	if (p == NULL || (sys_end != NULL && p > sys_end))
		return 0;
	p += strlen(open);
	end = strchr(p, '<');
	if (end == NULL)
		return 0;
	n = (size_t)(end - p);
	if (n >= out_size)
		n = out_size - 1;
	memcpy(out, p, n);
	out[n] = '\0';
	return 1;
}

static int evtx_strings(struct binreader *r, libevtx_record_t *rec)
{
	libevtx_error_t *lerr = NULL;
	int n = 0, i, rc;

	/* Records whose template cannot be resolved have no strings; that
	 * is not damage, the System part is still good. */
	if (libevtx_record_get_number_of_strings(rec, &n, &lerr) != 1) {
		libevtx_error_free(&lerr);
		return 0;
	}
	for (i = 0; i < n; i++) {
		size_t size = 0;
		char *s;

		if (libevtx_record_get_utf8_string_size(rec, i, &size,
							&lerr) != 1) {
			libevtx_error_free(&lerr);
			size = 0;
		}
		s = malloc(size + 1);
		if (s == NULL)
			return KB_ENOMEM;
		s[0] = '\0';
		if (size > 0 &&
		    libevtx_record_get_utf8_string(rec, i, (uint8_t *)s, size,
						   &lerr) != 1) {
			libevtx_error_free(&lerr);
			size = 0;
			s[0] = '\0';
		}
		s[size > 0 ? size - 1 : 0] = '\0';
		rc = strvec_push(&r->strings, s);
		if (rc != 0)
			return rc;
	}
	return 0;
}

static int evtx_record(struct binreader *r, libevtx_record_t *rec,
		       int recovered, struct kb_error *err)
{
	libevtx_error_t *lerr = NULL;
	struct kb_event ev;
	uint64_t number = 0, filetime = 0, keywords = 0;
	uint32_t identifier = 0, qualifiers = 0;
	uint8_t level = 0;
	char channel[256] = "", kw[32];
	const char *xml;
	int rc;

	memset(&ev, 0, sizeof ev);
	free(r->source);
	free(r->computer);
	r->source = r->computer = NULL;
	strvec_reset(&r->strings);
	if (libevtx_record_get_identifier(rec, &number, &lerr) != 1 ||
	    libevtx_record_get_event_identifier(rec, &identifier,
						&lerr) != 1) {
		libevtx_error_free(&lerr);
		return KB_EFORMAT;
	}
	/* Optional parts: 0 means absent, -1 unreadable; either way the
	 * event is still useful. */
	if (libevtx_record_get_event_identifier_qualifiers(rec, &qualifiers,
							   &lerr) != 1)
		qualifiers = 0;
	libevtx_error_free(&lerr);
	if (libevtx_record_get_event_level(rec, &level, &lerr) != 1)
		level = 0xFF;
	libevtx_error_free(&lerr);
	if (libevtx_record_get_written_time(rec, &filetime, &lerr) != 1)
		filetime = 0;
	libevtx_error_free(&lerr);
	r->source = evtx_source_name(rec);
	r->computer = evtx_computer_name(rec);
	if (r->source == NULL || r->computer == NULL)
		return KB_EFORMAT;
	/* libevtx 20181227 has no getter for the channel or the keywords;
	 * the rendered XML has both. */
	xml = evtx_xml_string(r, rec);
	if (xml != NULL) {
		xml_system_value(xml, "Channel", channel, sizeof channel);
		if (xml_system_value(xml, "Keywords", kw, sizeof kw))
			keywords = strtoull(kw, NULL, 16);
	}
	rc = evtx_strings(r, rec);
	if (rc != 0)
		return rc;
	ev.time = kb_filetime_to_unix(filetime);
	ev.record_number = number;
	ev.log = channel[0] != '\0' ? channel : r->log_from_name;
	ev.event_id = identifier & 0xFFFFu;
	/* Classic providers keep the legacy severity bits as Qualifiers. */
	ev.raw_identifier = ((qualifiers & 0xFFFFu) << 16) |
			    (identifier & 0xFFFFu);
	ev.level = level == 0xFF ? EVLEVEL_UNKNOWN : evtx_level(level,
								keywords);
	ev.recovered = recovered;
	return binreader_deliver(r, &ev, err);
}

typedef int (*evtx_get_fn)(libevtx_file_t *, int, libevtx_record_t **,
			   libevtx_error_t **);

static int evtx_read_records(struct binreader *r, libevtx_file_t *file,
			     int count, evtx_get_fn get, int recovered,
			     struct kb_error *err)
{
	int i, rc;

	for (i = 0; i < count; i++) {
		libevtx_error_t *lerr = NULL;
		libevtx_record_t *rec = NULL;

		r->done++;
		if (get(file, i, &rec, &lerr) != 1) {
			libevtx_error_free(&lerr);
			rc = KB_EFORMAT;
		} else {
			rc = evtx_record(r, rec, recovered, err);
			libevtx_record_free(&rec, NULL);
		}
		if ((rc = binreader_record_done(r, rc, err)) != 0)
			return rc;
	}
	return 0;
}

static int evtx_read_file(struct binreader *r, const char *path,
			  struct kb_error *err)
{
	libevtx_error_t *lerr = NULL;
	libevtx_file_t *file = NULL;
	char msg[512] = "";
	int n_records = 0, n_recovered = 0, rc = 0, opened = 0;
	uint32_t flags = 0;

	if (libevtx_file_initialize(&file, &lerr) != 1) {
		libevtx_error_free(&lerr);
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", r->name);
	}
	if (libevtx_file_open(file, path, LIBEVTX_OPEN_READ, &lerr) != 1) {
		libyal_message(msg, sizeof msg,
			       libevtx_error_sprint(lerr, msg, sizeof msg));
		libevtx_error_free(&lerr);
		rc = kb_errorf(err, KB_EFORMAT,
			       "%s: not a readable .evtx event log (%s)",
			       r->name, msg);
		goto out;
	}
	opened = 1;
	if (libevtx_file_get_flags(file, &flags, &lerr) == 1)
		r->stats->file_dirty =
			(flags & LIBEVTX_FILE_FLAG_IS_DIRTY) != 0;
	libevtx_error_free(&lerr);
	r->stats->file_corrupted =
		libevtx_file_is_corrupted(file, &lerr) == 1;
	libevtx_error_free(&lerr);
	if (libevtx_file_get_number_of_records(file, &n_records, &lerr) != 1)
		n_records = 0;
	libevtx_error_free(&lerr);
	if (libevtx_file_get_number_of_recovered_records(file, &n_recovered,
							 &lerr) != 1)
		n_recovered = 0;
	libevtx_error_free(&lerr);
	r->total = (uint64_t)n_records + (uint64_t)n_recovered;
	rc = evtx_read_records(r, file, n_records,
			       libevtx_file_get_record_by_index, 0, err);
	if (rc == 0)
		rc = evtx_read_records(
			r, file, n_recovered,
			libevtx_file_get_recovered_record_by_index, 1, err);
	if (rc == 0)
		rc = binreader_progress(r, 1, err);
out:
	if (opened)
		libevtx_file_close(file, NULL);
	libevtx_file_free(&file, NULL);
	return rc;
}

/* ---------------------------------------------------------------------
 * Entry points */

/* path is what the library opens, name what messages and the log name
 * use (they differ for buffers written to a temporary file). */
static int read_binary(enum evtlog_format format, const char *path,
		       const char *name, evtlog_event_fn on_event,
		       evtlog_progress_fn on_progress, void *ctx,
		       struct evtlog_stats *stats, struct kb_error *err)
{
	struct binreader r;
	int rc;

	memset(&r, 0, sizeof r);
	r.name = name;
	r.on_event = on_event;
	r.on_progress = on_progress;
	r.ctx = ctx;
	r.stats = stats;
	evtlog_log_name_from_path(name, 0, r.log_from_name,
				  sizeof r.log_from_name);
	if (format == EVTLOG_EVT)
		rc = evt_read_file(&r, path, err);
	else
		rc = evtx_read_file(&r, path, err);
	binreader_free(&r);
	return rc;
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

static void stats_init(struct evtlog_stats *stats)
{
	memset(stats, 0, sizeof *stats);
}

int evtlog_read(const char *path, evtlog_event_fn on_event,
		evtlog_progress_fn on_progress, void *ctx,
		struct evtlog_stats *stats, struct kb_error *err)
{
	struct evtlog_stats local;
	unsigned char head[8], *data = NULL;
	enum evtlog_format format;
	size_t got, len = 0;
	FILE *f;
	int rc;

	if (stats == NULL)
		stats = &local;
	stats_init(stats);
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
	if (binary_format(head, got, &format)) {
		stats->format = format;
		return read_binary(format, path, path, on_event, on_progress,
				   ctx, stats, err);
	}
	rc = read_whole_file(path, &data, &len, err);
	if (rc != 0)
		return rc;
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
	struct evtlog_stats local;
	enum evtlog_format format;
	char tmp[4096];
	int rc;

	if (stats == NULL)
		stats = &local;
	stats_init(stats);
	if (name == NULL)
		name = "(buffer)";
	if (data == NULL && len > 0)
		return kb_errorf(err, KB_EINVAL, "%s: no data", name);
	if (len == 0)
		return kb_errorf(err, KB_EFORMAT,
				 "%s: empty, not an event log", name);
	if (binary_format(data, len, &format)) {
		stats->format = format;
		rc = write_temp(data, len, tmp, sizeof tmp, err);
		if (rc != 0)
			return kb_error_prefix(err, rc, "%s", name);
		rc = read_binary(format, tmp, name, on_event, NULL, ctx, stats,
				 err);
		unlink(tmp);
		return rc;
	}
	return evtlog_parse_export(name, data, len, on_event, NULL, ctx,
				   stats, err);
}
