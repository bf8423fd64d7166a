/* evtlog_binary.c: the binary event logs (see evtlog_internal.h): .evt
 * through libevt, .evtx through libevtx, behind one file and record loop. */
#include "evtlog_internal.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libevt.h>
#include <libevtx.h>
#include <zlib.h>

#include "kbwiz/evtx_fast.h"
#include "kbwiz/strutil.h"

/* Progress is reported every this many records, and once at the end. */
#define PROGRESS_EVERY 256

/* ---------------------------------------------------------------------
 * What the two binary readers share */

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
	const struct evtlog_source *src;  /* name, callbacks, stats, log name */
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

/* Forget the previous record's strings. */
static void binreader_start_record(struct binreader *r)
{
	free(r->source);
	free(r->computer);
	r->source = r->computer = NULL;
	strvec_reset(&r->strings);
}

static int binreader_progress(struct binreader *r, int force,
			      struct kb_error *err)
{
	if (r->src->on_progress == NULL)
		return 0;
	if (!force && r->done % PROGRESS_EVERY != 0)
		return 0;
	if (r->src->on_progress(r->src->ctx, r->done, r->total) != 0)
		return kb_errorf(err, KB_ECANCEL, "%s: stopped by caller",
				 r->src->name);
	return 0;
}

/* Count and hand over one event: the part every reader of a binary log
 * shares once ev is filled. */
static int source_deliver(const struct evtlog_source *src, struct kb_event *ev,
			  struct kb_error *err)
{
	src->stats->events++;
	if (ev->recovered)
		src->stats->recovered++;
	if (src->on_event != NULL && src->on_event(src->ctx, ev) != 0)
		return kb_errorf(err, KB_ECANCEL, "%s: stopped by caller",
				 src->name);
	return 0;
}

/* Whether the caller wants ev (log and strings not yet read).  One it
 * declines is counted as read and skipped, and goes no further. */
static int source_wanted(const struct evtlog_source *src, struct kb_event *ev)
{
	if (src->want == NULL)
		return 1;
	ev->log = NULL;
	ev->strings = NULL;
	ev->n_strings = 0;
	if (src->want(src->ctx, ev))
		return 1;
	src->stats->events++;
	src->stats->skipped++;
	if (ev->recovered)
		src->stats->recovered++;
	return 0;
}

static int binreader_deliver(struct binreader *r, struct kb_event *ev,
			     struct kb_error *err)
{
	ev->source = r->source != NULL ? r->source : "";
	ev->computer = r->computer != NULL ? r->computer : "";
	ev->strings = (const char *const *)r->strings.items;
	ev->n_strings = r->strings.n;
	return source_deliver(r->src, ev, err);
}

/* Whether the caller wants the event ev (filled from the record's cheap
 * accessors, log and strings not yet read). */
static int binreader_wanted(struct binreader *r, struct kb_event *ev)
{
	ev->source = r->source != NULL ? r->source : "";
	ev->computer = r->computer != NULL ? r->computer : "";
	return source_wanted(r->src, ev);
}

/* After one record of a .evt or .evtx file: rc is what reading it gave.
 * A record that cannot be read or decoded (KB_EFORMAT) is counted as
 * damaged and the file read on; out of memory, a stop by the caller and
 * other failures end the read.  Then progress is reported. */
static int binreader_record_done(struct binreader *r, int rc,
				 struct kb_error *err)
{
	if (rc == KB_EFORMAT)
		r->src->stats->damaged++;
	else if (rc == KB_ENOMEM)
		return kb_errorf(err, rc, "%s: out of memory", r->src->name);
	else if (rc != 0)
		return rc;
	return binreader_progress(r, 0, err);
}

/* What differs between the two libraries when reading a whole file:
 * libevt and libevtx have the same shape (both libyal), each with its
 * own types.  The file and record loop below is written once. */
struct binformat {
	const char *what;         /* ".evt", in messages */
	/* Open path: 0, KB_ENOMEM, or KB_EFORMAT with the library's words
	 * in msg. */
	int (*open)(void **file, const char *path, char *msg, size_t msg_size);
	/* Flags into stats; how many records and recovered records. */
	void (*describe)(void *file, struct evtlog_stats *stats, int *n_records,
			 int *n_recovered);
	/* Records a cut file promised, or 0 (sets stats->file_truncated);
	 * NULL when the format cannot tell. */
	uint64_t (*promised)(const char *path, struct evtlog_stats *stats);
	/* Record i (of the recovered ones when recovered): 0 or KB_EFORMAT. */
	int (*get)(void *file, int i, int recovered, void **rec);
	/* 0, KB_EFORMAT for a damaged record, or an error ending the read. */
	int (*convert)(struct binreader *r, void *rec, int recovered,
		       struct kb_error *err);
	void (*free_record)(void *rec);
	void (*close)(void *file);
};

static int read_records(struct binreader *r, const struct binformat *fmt,
			void *file, int count, int recovered, struct kb_error *err)
{
	int i, rc;

	for (i = 0; i < count; i++) {
		void *rec = NULL;

		r->done++;
		rc = fmt->get(file, i, recovered, &rec);
		if (rc == 0) {
			rc = fmt->convert(r, rec, recovered, err);
			fmt->free_record(rec);
		}
		if ((rc = binreader_record_done(r, rc, err)) != 0)
			return rc;
	}
	return 0;
}

/* Every record, then every recovered one (what the library carved from
 * free space), then progress at the end. */
static int read_binary_file(const struct evtlog_source *src,
			    const struct binformat *fmt, struct kb_error *err)
{
	struct binreader r;
	uint64_t expected = 0, got;
	void *file = NULL;
	char msg[512] = "";
	int n_records = 0, n_recovered = 0, rc;

	memset(&r, 0, sizeof r);
	r.src = src;
	rc = fmt->open(&file, src->path, msg, sizeof msg);
	if (rc == KB_ENOMEM)
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", src->name);
	if (rc != 0)
		return kb_errorf(err, KB_EFORMAT, "%s: not a readable %s event log (%s)",
				 src->name, fmt->what, msg);
	fmt->describe(file, src->stats, &n_records, &n_recovered);
	r.total = (uint64_t)n_records + (uint64_t)n_recovered;
	if (fmt->promised != NULL)
		expected = fmt->promised(src->path, src->stats);
	rc = read_records(&r, fmt, file, n_records, 0, err);
	if (rc == 0)
		rc = read_records(&r, fmt, file, n_recovered, 1, err);
	/* Records the header promises that are neither readable nor
	 * recoverable were lost in the cut: count them as damaged. */
	got = src->stats->events + src->stats->damaged;
	if (rc == 0 && src->stats->file_truncated && expected > got)
		src->stats->damaged += expected - got;
	if (rc == 0)
		rc = binreader_progress(&r, 1, err);
	fmt->close(file);
	binreader_free(&r);
	return rc;
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

/* The file-level steps, the same for both libraries but for the names
 * (libyal's naming: lib_file_open, LIB_OPEN_READ, ...).  p is the
 * prefix of the functions made, lib the library's, LIB its macros'. */
#define DEFINE_LIBYAL_FILE(p, lib, LIB)                                     \
static int p##_open(void **out, const char *path, char *msg,               \
		    size_t msg_size)                                        \
{                                                                           \
	lib##_error_t *lerr = NULL;                                         \
	lib##_file_t *file = NULL;                                          \
									    \
	if (lib##_file_initialize(&file, &lerr) != 1) {                     \
		lib##_error_free(&lerr);                                    \
		return KB_ENOMEM;                                           \
	}                                                                   \
	if (lib##_file_open(file, path, LIB##_OPEN_READ, &lerr) != 1) {     \
		libyal_message(msg, msg_size,                               \
			       lib##_error_sprint(lerr, msg, msg_size));    \
		lib##_error_free(&lerr);                                    \
		lib##_file_free(&file, NULL);                               \
		return KB_EFORMAT;                                          \
	}                                                                   \
	*out = file;                                                        \
	return 0;                                                           \
}                                                                           \
									    \
static void p##_describe(void *f, struct evtlog_stats *stats,              \
			 int *n_records, int *n_recovered)                  \
{                                                                           \
	lib##_error_t *lerr = NULL;                                         \
	lib##_file_t *file = f;                                             \
	uint32_t flags = 0;                                                 \
									    \
	if (lib##_file_get_flags(file, &flags, &lerr) == 1)                 \
		stats->file_dirty = (flags & LIB##_FILE_FLAG_IS_DIRTY) != 0; \
	lib##_error_free(&lerr);                                            \
	stats->file_corrupted = lib##_file_is_corrupted(file, &lerr) == 1;  \
	lib##_error_free(&lerr);                                            \
	if (lib##_file_get_number_of_records(file, n_records, &lerr) != 1)  \
		*n_records = 0;                                             \
	lib##_error_free(&lerr);                                            \
	if (lib##_file_get_number_of_recovered_records(file, n_recovered,   \
						       &lerr) != 1)         \
		*n_recovered = 0;                                           \
	lib##_error_free(&lerr);                                            \
}                                                                           \
									    \
static int p##_get(void *file, int i, int recovered, void **rec)           \
{                                                                           \
	lib##_error_t *lerr = NULL;                                         \
	lib##_record_t *r = NULL;                                           \
	int ok = recovered                                                  \
		? lib##_file_get_recovered_record_by_index(file, i, &r, &lerr) \
		: lib##_file_get_record_by_index(file, i, &r, &lerr);       \
									    \
	if (ok != 1) {                                                      \
		lib##_error_free(&lerr);                                    \
		return KB_EFORMAT;                                          \
	}                                                                   \
	*rec = r;                                                           \
	return 0;                                                           \
}                                                                           \
									    \
static void p##_free_record(void *rec)                                      \
{                                                                           \
	lib##_record_t *r = rec;                                            \
									    \
	lib##_record_free(&r, NULL);                                        \
}                                                                           \
									    \
static void p##_close(void *f)                                              \
{                                                                           \
	lib##_file_t *file = f;                                             \
									    \
	lib##_file_close(file, NULL);                                       \
	lib##_file_free(&file, NULL);                                       \
}

/* libevt opens dirty, wrapped and corrupted logs read-only without
 * complaint; what it cannot parse it moves to recovered records. */
DEFINE_LIBYAL_FILE(evt, libevt, LIBEVT)
DEFINE_LIBYAL_FILE(evtx, libevtx, LIBEVTX)

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

/* A record's insertion strings into r->strings.  damage: whether strings
 * that cannot be read make the record damaged (.evt).  An .evtx
 * record's strings come from a template that may not resolve, which is
 * not damage (its System part is still good): unreadable strings are
 * then empty, and a record whose count cannot be read has none. */
#define DEFINE_STRINGS_READER(fname, rectype, errtype, errfree, countfn,    \
			      sizefn, getfn, damage)                        \
static int fname(struct binreader *r, rectype *rec)                         \
{                                                                           \
	errtype *lerr = NULL;                                               \
	int n = 0, i, rc;                                                   \
									    \
	if (countfn(rec, &n, &lerr) != 1) {                                 \
		errfree(&lerr);                                             \
		return (damage) ? KB_EFORMAT : 0;                           \
	}                                                                   \
	for (i = 0; i < n; i++) {                                           \
		size_t size = 0;                                            \
		char *s;                                                    \
									    \
		if (sizefn(rec, i, &size, &lerr) != 1) {                    \
			errfree(&lerr);                                     \
			if (damage)                                         \
				return KB_EFORMAT;                          \
			size = 0;                                           \
		}                                                           \
		if ((s = malloc(size + 1)) == NULL)                         \
			return KB_ENOMEM;                                   \
		s[0] = '\0';                                                \
		if (size > 0 &&                                             \
		    getfn(rec, i, (uint8_t *)s, size, &lerr) != 1) {        \
			errfree(&lerr);                                     \
			if (damage) {                                       \
				free(s);                                    \
				return KB_EFORMAT;                          \
			}                                                   \
			size = 0;                                           \
			s[0] = '\0';                                        \
		}                                                           \
		s[size > 0 ? size - 1 : 0] = '\0';                          \
		if ((rc = strvec_push(&r->strings, s)) != 0)                \
			return rc;                                          \
	}                                                                   \
	return 0;                                                           \
}

DEFINE_STRINGS_READER(evt_strings, libevt_record_t, libevt_error_t,
		      libevt_error_free, libevt_record_get_number_of_strings,
		      libevt_record_get_utf8_string_size,
		      libevt_record_get_utf8_string, 1)
DEFINE_STRINGS_READER(evtx_strings, libevtx_record_t, libevtx_error_t,
		      libevtx_error_free, libevtx_record_get_number_of_strings,
		      libevtx_record_get_utf8_string_size,
		      libevtx_record_get_utf8_string, 0)

/* Convert one record.  Returns 0, KB_EFORMAT for a damaged record (the
 * caller counts it), or another error that ends the read. */
static int evt_record(struct binreader *r, void *record, int recovered,
		      struct kb_error *err)
{
	libevt_record_t *rec = record;
	libevt_error_t *lerr = NULL;
	struct kb_event ev;
	uint32_t number = 0, created = 0, identifier = 0;
	uint16_t type = 0;
	int rc;

	memset(&ev, 0, sizeof ev);
	binreader_start_record(r);
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
	ev.time = created;
	ev.record_number = number;
	/* Legacy identifiers keep severity (bits 30-31), customer (29) and
	 * facility (16-27) above the event code. */
	ev.event_id = identifier & 0xFFFFu;
	ev.raw_identifier = identifier;
	ev.level = evt_level(type);
	ev.recovered = recovered;
	if (!binreader_wanted(r, &ev))
		return 0;
	rc = evt_strings(r, rec);
	if (rc != 0)
		return rc;
	ev.log = r->src->log_name;
	return binreader_deliver(r, &ev, err);
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

static uint64_t evt_promised(const char *path, struct evtlog_stats *stats)
{
	uint64_t expected = 0;

	stats->file_truncated = evt_is_truncated(path, &expected);
	return expected;
}

static const struct binformat evt_format = {
	".evt", evt_open, evt_describe, evt_promised, evt_get, evt_record,
	evt_free_record, evt_close,
};

int evtlog_evt_read(const struct evtlog_source *src, struct kb_error *err)
{
	return read_binary_file(src, &evt_format, err);
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

static int evtx_record(struct binreader *r, void *record, int recovered,
		       struct kb_error *err)
{
	libevtx_record_t *rec = record;
	libevtx_error_t *lerr = NULL;
	struct kb_event ev;
	uint64_t number = 0, filetime = 0, keywords = 0;
	uint32_t identifier = 0, qualifiers = 0;
	uint8_t level = 0;
	char channel[256] = "", kw[32];
	const char *xml;
	int rc;

	memset(&ev, 0, sizeof ev);
	binreader_start_record(r);
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
	ev.time = kb_filetime_to_unix(filetime);
	ev.record_number = number;
	ev.event_id = identifier & 0xFFFFu;
	/* Classic providers keep the legacy severity bits as Qualifiers. */
	ev.raw_identifier = ((qualifiers & 0xFFFFu) << 16) |
			    (identifier & 0xFFFFu);
	/* Before the keywords are known (the XML): audits show as
	 * information to want. */
	ev.level = level == 0xFF ? EVLEVEL_UNKNOWN : evtx_level(level, 0);
	ev.recovered = recovered;
	if (!binreader_wanted(r, &ev))
		return 0;
	/* libevtx 20181227 has no getter for the channel or the keywords;
	 * the rendered XML has both.  Rendering it is most of the cost of a
	 * record, hence the want callback first. */
	xml = evtx_xml_string(r, rec);
	if (xml != NULL) {
		xml_system_value(xml, "Channel", channel, sizeof channel);
		if (xml_system_value(xml, "Keywords", kw, sizeof kw))
			keywords = strtoull(kw, NULL, 16);
	}
	rc = evtx_strings(r, rec);
	if (rc != 0)
		return rc;
	ev.log = channel[0] != '\0' ? channel : r->src->log_name;
	ev.level = level == 0xFF ? EVLEVEL_UNKNOWN : evtx_level(level,
								keywords);
	return binreader_deliver(r, &ev, err);
}

static const struct binformat evtx_format = {
	".evtx", evtx_open, evtx_describe, NULL, evtx_get, evtx_record,
	evtx_free_record, evtx_close,
};

/* ---------------------------------------------------------------------
 * .evtx through evtx_fast.c, libevtx checking and filling in
 *
 * libevtx renders each record's whole binary XML into a tree, most of the
 * cost of reading a file; evtx_fast.c reads just the fields kbwiz uses.
 * libevtx still opens the file (cheap: it reads the chunk headers) and
 * stays the authority: the fast reader is used only when libevtx finds
 * the file sound (not corrupted, nothing to recover) and the records the
 * chunks frame are the ones libevtx lists (same count, same first and
 * last identifiers); any record evtx_fast.c does not read is read
 * through libevtx by its index. */

enum evtx_reader evtlog_evtx_reader = EVTX_READER_AUTO;

struct evtx_fast_state {
	int fd;
	uint64_t n_chunks;
	uint8_t *chunk;
	struct evtx_fast *fast;
};

/* len bytes at offset at of fd into buf: 1, 0 when the file ends
 * first, -1 on a read error. */
static int pread_full(int fd, uint8_t *buf, size_t len, off_t at)
{
	size_t got = 0;

	while (got < len) {
		ssize_t n = pread(fd, buf + got, len - got, at + (off_t)got);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0)
			return 0;
		got += (size_t)n;
	}
	return 1;
}

/* Chunk i into st->chunk: 1, 0 when it is not a whole chunk, -1 on a
 * read error. */
static int evtx_load_chunk(struct evtx_fast_state *st, uint64_t i)
{
	return pread_full(st->fd, st->chunk, EVTX_CHUNK_SIZE,
			  (off_t)(EVTX_FILE_HEADER_SIZE + i * EVTX_CHUNK_SIZE));
}

/* The identifier of libevtx's record i, or -1. */
static int evtx_record_id(libevtx_file_t *file, int i, uint64_t *id)
{
	libevtx_record_t *rec = NULL;
	libevtx_error_t *lerr = NULL;
	int ok;

	if (libevtx_file_get_record_by_index(file, i, &rec, &lerr) != 1) {
		libevtx_error_free(&lerr);
		return -1;
	}
	ok = libevtx_record_get_identifier(rec, id, &lerr) == 1;
	libevtx_error_free(&lerr);
	libevtx_record_free(&rec, NULL);
	return ok ? 0 : -1;
}

/* Whether the chunks frame exactly the records libevtx lists. */
static int evtx_fast_agrees(struct evtx_fast_state *st, libevtx_file_t *file,
			    int n_records)
{
	uint64_t i, first = 0, last = 0, a = 0, b = 0, lib_first, lib_last;
	long total = 0, n;
	int rc;

	for (i = 0; i < st->n_chunks; i++) {
		if ((rc = evtx_load_chunk(st, i)) < 0)
			return 0;
		if (rc == 0)
			break;
		/* Chunks never written (zeros) hold nothing, for libevtx
		 * too; a damaged one makes libevtx call the file corrupted,
		 * which was ruled out before. */
		if (memcmp(st->chunk, "ElfChnk\0", 8) != 0)
			continue;
		n = evtx_fast_chunk_count(st->chunk, EVTX_CHUNK_SIZE, &a, &b);
		if (n < 0)
			return 0;
		if (n > 0 && total == 0)
			first = a;
		if (n > 0)
			last = b;
		total += n;
	}
	if (total != n_records)
		return 0;
	if (total == 0)
		return 1;
	return evtx_record_id(file, 0, &lib_first) == 0 &&
	       evtx_record_id(file, n_records - 1, &lib_last) == 0 &&
	       lib_first == first && lib_last == last;
}

/* Where the libevtx records a fast read leaves to libevtx come from:
 * the file libevtx opened whole (file set, chunk NULL), or the chunk
 * being read, opened through libevtx on its own when a record first
 * needs it (a one-chunk file in memory: header then chunk). */
struct evtx_lib {
	libevtx_file_t *file;
	/* Per chunk. */
	const uint8_t *header;    /* the file's header block */
	const uint8_t *chunk;     /* the chunk being read */
	long chunk_records;       /* how many records it frames */
	uint8_t *buf;             /* EVTX_FILE_HEADER_SIZE + EVTX_CHUNK_SIZE */
	libbfio_handle_t *bfio;
	int state;                /* 0 not opened, 1 open, -1 failed */
};

/* Forget the chunk opened (the next chunk is about to be read). */
static void evtx_lib_next_chunk(struct evtx_lib *l, const uint8_t *chunk,
				long records)
{
	if (l->file != NULL)
		evtx_close(l->file);
	l->file = NULL;
	l->state = 0;
	l->chunk = chunk;
	l->chunk_records = records;
}

static void evtx_lib_free(struct evtx_lib *l)
{
	evtx_lib_next_chunk(l, NULL, 0);
	if (l->bfio != NULL)
		libbfio_handle_free(&l->bfio, NULL);
	free(l->buf);
	l->buf = NULL;
}

/* libevtx over the chunk alone: its records are what it reads from the
 * whole file (a record's binary XML refers only to its own chunk).  0,
 * KB_ENOMEM, or KB_EFORMAT when libevtx does not read the chunk as it
 * was vouched for. */
static int evtx_lib_open_chunk(struct evtx_lib *l)
{
	libevtx_error_t *lerr = NULL;
	libbfio_error_t *berr = NULL;
	uint8_t *h;
	int n = -1, rc = KB_EFORMAT;
	uint32_t crc;

	if (l->state != 0)
		return l->state > 0 ? 0 : KB_EFORMAT;
	l->state = -1;
	if (l->buf == NULL) {
		l->buf = malloc(EVTX_FILE_HEADER_SIZE + EVTX_CHUNK_SIZE);
		if (l->buf == NULL)
			return KB_ENOMEM;
		if (libbfio_memory_range_initialize(&l->bfio, &berr) != 1 ||
		    libbfio_memory_range_set(l->bfio, l->buf,
					     EVTX_FILE_HEADER_SIZE + EVTX_CHUNK_SIZE,
					     &berr) != 1) {
			libbfio_error_free(&berr);
			return KB_ENOMEM;
		}
	}
	h = l->buf;
	memcpy(h, l->header, EVTX_FILE_HEADER_SIZE);
	memcpy(h + EVTX_FILE_HEADER_SIZE, l->chunk, EVTX_CHUNK_SIZE);
	/* First and last chunk numbers 0, one chunk, the CRC32 again. */
	memset(h + 8, 0, 16);
	h[42] = 1;
	h[43] = 0;
	crc = (uint32_t)crc32(0, h, 120);
	h[124] = (uint8_t)crc;
	h[125] = (uint8_t)(crc >> 8);
	h[126] = (uint8_t)(crc >> 16);
	h[127] = (uint8_t)(crc >> 24);
	if (libevtx_file_initialize(&l->file, &lerr) != 1) {
		libevtx_error_free(&lerr);
		return KB_ENOMEM;
	}
	if (libevtx_file_open_file_io_handle(l->file, l->bfio, LIBEVTX_OPEN_READ,
					     &lerr) != 1) {
		libevtx_error_free(&lerr);
		libevtx_file_free(&l->file, NULL);
		return KB_EFORMAT;
	}
	if (libevtx_file_get_number_of_records(l->file, &n, &lerr) == 1 &&
	    n == l->chunk_records &&
	    libevtx_file_is_corrupted(l->file, &lerr) == 0) {
		l->state = 1;
		rc = 0;
	}
	libevtx_error_free(&lerr);
	return rc;
}

/* libevtx's record index (of the whole file, or of the chunk) for the
 * record with identifier id, after checking that it is: 0 or
 * KB_EFORMAT. */
static int evtx_get_checked(struct evtx_lib *l, int index, uint64_t id,
			    void **out)
{
	void *rec = NULL;
	libevtx_error_t *lerr = NULL;
	uint64_t got = 0;
	int rc;

	if (l->chunk != NULL && (rc = evtx_lib_open_chunk(l)) != 0)
		return rc;
	if (evtx_get(l->file, index, 0, &rec) != 0)
		return KB_EFORMAT;
	if (libevtx_record_get_identifier(rec, &got, &lerr) != 1 || got != id) {
		libevtx_error_free(&lerr);
		evtx_free_record(rec);
		return KB_EFORMAT;
	}
	*out = rec;
	return 0;
}

/* Record index (libevtx's numbering) through libevtx, after checking it
 * is the record the chunk holds. */
static int evtx_slow_record(struct binreader *r, struct evtx_lib *lib,
			    int index, uint64_t id, struct kb_error *err)
{
	void *rec = NULL;
	int rc;

	r->src->stats->evtx_libevtx++;
	if ((rc = evtx_get_checked(lib, index, id, &rec)) != 0)
		return rc;
	rc = evtx_record(r, rec, 0, err);
	evtx_free_record(rec);
	return rc;
}

/* A record whose System part evtx_fast.c read but whose strings it left
 * to libevtx: asked of want first, then the strings from libevtx (no
 * XML rendered: the channel is known). */
static int evtx_fast_deliver(struct binreader *r, struct evtx_lib *lib,
			     int index, const struct evtx_fast_record *fr,
			     struct kb_error *err)
{
	const struct evtlog_source *src = r->src;
	struct kb_event ev;
	void *rec = NULL;
	int rc;

	memset(&ev, 0, sizeof ev);
	ev.time = kb_filetime_to_unix(fr->written_time);
	ev.record_number = fr->identifier;
	ev.event_id = fr->event_id;
	ev.raw_identifier = (uint32_t)fr->qualifiers << 16 | fr->event_id;
	ev.level = evtx_level(fr->level, 0);
	ev.source = fr->provider;
	ev.computer = fr->computer;
	if (!source_wanted(src, &ev))
		return 0;
	ev.log = fr->channel[0] != '\0' ? fr->channel : src->log_name;
	ev.level = evtx_level(fr->level, fr->keywords);
	if (fr->supported) {
		ev.strings = fr->strings;
		ev.n_strings = fr->n_strings;
		return source_deliver(src, &ev, err);
	}
	src->stats->evtx_libevtx++;
	if ((rc = evtx_get_checked(lib, index, fr->identifier, &rec)) != 0)
		return rc;
	rc = evtx_strings(r, rec);
	evtx_free_record(rec);
	if (rc != 0)
		return rc;
	ev.strings = (const char *const *)r->strings.items;
	ev.n_strings = r->strings.n;
	return source_deliver(src, &ev, err);
}

/* The records of the chunk in st->chunk, through the fast reader; *index
 * is libevtx's index (in lib) of the chunk's first record, moved past its
 * last.  0 or an error ending the read. */
static int evtx_chunk_records(struct binreader *r, struct evtx_fast_state *st,
			      struct evtx_lib *lib, int *index,
			      struct kb_error *err)
{
	struct evtx_fast_record fr;
	int rc;

	if (evtx_fast_chunk_start(st->fast, st->chunk, EVTX_CHUNK_SIZE) != 0)
		return kb_errorf(err, KB_EFORMAT, "%s: changed while read",
				 r->src->name);
	while ((rc = evtx_fast_next(st->fast, &fr)) == 1) {
		r->done++;
		binreader_start_record(r);
		if (fr.system_ok)
			rc = evtx_fast_deliver(r, lib, *index, &fr, err);
		else
			rc = evtx_slow_record(r, lib, *index, fr.identifier, err);
		(*index)++;
		if ((rc = binreader_record_done(r, rc, err)) != 0)
			return rc;
	}
	if (rc == -2)
		return kb_errorf(err, KB_ENOMEM, "%s: out of memory", r->src->name);
	if (rc < 0)
		return kb_errorf(err, KB_EFORMAT, "%s: changed while read",
				 r->src->name);
	return 0;
}

/* Every record of the file in order, through the fast reader. */
static int evtx_fast_records(struct binreader *r, struct evtx_fast_state *st,
			     libevtx_file_t *file, struct kb_error *err)
{
	struct evtx_lib lib;
	uint64_t i;
	int index = 0, rc;

	memset(&lib, 0, sizeof lib);
	lib.file = file;
	for (i = 0; i < st->n_chunks; i++) {
		if ((rc = evtx_load_chunk(st, i)) < 0)
			return kb_errorf(err, KB_EIO, "%s: %s", r->src->name,
					 strerror(errno));
		if (rc == 0)
			break;
		if (memcmp(st->chunk, "ElfChnk\0", 8) != 0)
			continue;
		if ((rc = evtx_chunk_records(r, st, &lib, &index, err)) != 0)
			return rc;
	}
	return binreader_progress(r, 1, err);
}

/* The fast read: 1 when it declines the file before reading any record
 * (libevtx reads it all), 0 when done, or an error. */
static int evtx_fast_file(const struct evtlog_source *src, struct kb_error *err)
{
	struct evtx_fast_state st;
	struct binreader r;
	struct stat sb;
	void *file = NULL;
	char msg[512] = "";
	int n_records = 0, n_recovered = 0, rc = 1;

	memset(&st, 0, sizeof st);
	memset(&r, 0, sizeof r);
	st.fd = -1;
	r.src = src;
	if (evtx_open(&file, src->path, msg, sizeof msg) != 0)
		return 1;
	evtx_describe(file, src->stats, &n_records, &n_recovered);
	if (n_recovered != 0 || src->stats->file_corrupted)
		goto out;
	st.fd = open(src->path, O_RDONLY | O_CLOEXEC);
	if (st.fd < 0 || fstat(st.fd, &sb) != 0 ||
	    sb.st_size < EVTX_FILE_HEADER_SIZE)
		goto out;
	st.n_chunks = ((uint64_t)sb.st_size - EVTX_FILE_HEADER_SIZE) /
		      EVTX_CHUNK_SIZE;
	st.chunk = malloc(EVTX_CHUNK_SIZE);
	st.fast = evtx_fast_new();
	if (st.chunk == NULL || st.fast == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", src->name);
		goto out;
	}
	if (!evtx_fast_agrees(&st, file, n_records))
		goto out;
	r.total = (uint64_t)n_records;
	rc = evtx_fast_records(&r, &st, file, err);
out:
	if (st.fd >= 0)
		close(st.fd);
	free(st.chunk);
	evtx_fast_free(st.fast);
	binreader_free(&r);
	evtx_close(file);
	return rc;
}

/* ---------------------------------------------------------------------
 * .evtx streamed: kbwiz vouches for the file itself
 *
 * Opening a file, libevtx reads every chunk and keeps a table of every
 * record: memory grows with the file.  Here the file is read twice, one
 * chunk at a time (memory flat in the file size): first the header and
 * every chunk are checked as libevtx checks them (evtx_fast_file_header,
 * evtx_fast_chunk_sound: nothing libevtx would call corrupted or carve
 * as recovered, the chunks in use all there, the rest never written),
 * then the records are read, a chunk being opened through libevtx on
 * its own only when one of its records needs it.  A file not vouched
 * for is left to the reader above, libevtx opening it whole. */

/* 1 when the file's chunks are all as libevtx reads a sound file;
 * *records: how many records they frame. */
static int evtx_stream_vouch(struct evtx_fast_state *st,
			     const struct evtx_fast_file_info *info,
			     uint64_t *records)
{
	uint64_t i, total = 0;
	long n;

	/* libevtx calls a file missing chunks in use corrupted. */
	if (st->n_chunks < info->n_chunks)
		return 0;
	for (i = 0; i < st->n_chunks; i++) {
		if (evtx_load_chunk(st, i) <= 0)
			return 0;
		if (i >= info->n_chunks) {
			/* libevtx reads every whole chunk of the file: one
			 * past the count in use holds records it recovers, or
			 * makes the count disagree (corrupted). */
			if (!evtx_fast_all_zero(st->chunk, EVTX_CHUNK_SIZE))
				return 0;
			continue;
		}
		if ((n = evtx_fast_chunk_sound(st->chunk, EVTX_CHUNK_SIZE)) < 0)
			return 0;
		total += (uint64_t)n;
	}
	/* libevtx numbers records with an int. */
	if (total > INT_MAX)
		return 0;
	*records = total;
	return 1;
}

/* The records of the chunks in use, libevtx opening one chunk at a time
 * where needed. */
static int evtx_stream_records(struct binreader *r, struct evtx_fast_state *st,
			       const struct evtx_fast_file_info *info,
			       const uint8_t *header, struct kb_error *err)
{
	struct evtx_lib lib;
	uint64_t i;
	long n;
	int index, rc = 0;

	memset(&lib, 0, sizeof lib);
	lib.header = header;
	for (i = 0; i < info->n_chunks; i++) {
		if ((rc = evtx_load_chunk(st, i)) < 0) {
			rc = kb_errorf(err, KB_EIO, "%s: %s", r->src->name,
				       strerror(errno));
			goto out;
		}
		/* Checked again: the file may have changed since. */
		n = rc == 0 ? -1 : evtx_fast_chunk_sound(st->chunk, EVTX_CHUNK_SIZE);
		if (n < 0) {
			rc = kb_errorf(err, KB_EFORMAT, "%s: changed while read",
				       r->src->name);
			goto out;
		}
		evtx_lib_next_chunk(&lib, st->chunk, n);
		index = 0;
		if ((rc = evtx_chunk_records(r, st, &lib, &index, err)) != 0)
			goto out;
	}
	rc = binreader_progress(r, 1, err);
out:
	evtx_lib_free(&lib);
	return rc;
}

/* The streamed read: 1 when the file is not vouched for (nothing read
 * yet, nothing set in stats), 0 when done, or an error. */
static int evtx_stream_file(const struct evtlog_source *src, struct kb_error *err)
{
	struct evtx_fast_state st;
	struct evtx_fast_file_info info;
	struct binreader r;
	struct stat sb;
	uint8_t *header = NULL;
	uint64_t records = 0;
	int rc = 1;

	memset(&st, 0, sizeof st);
	memset(&r, 0, sizeof r);
	r.src = src;
	st.fd = open(src->path, O_RDONLY | O_CLOEXEC);
	if (st.fd < 0 || fstat(st.fd, &sb) != 0 ||
	    sb.st_size < EVTX_FILE_HEADER_SIZE + EVTX_CHUNK_SIZE)
		goto out;
	/* libevtx reads whole chunks only; a cut one at the end is not
	 * read. */
	st.n_chunks = ((uint64_t)sb.st_size - EVTX_FILE_HEADER_SIZE) /
		      EVTX_CHUNK_SIZE;
	header = malloc(EVTX_FILE_HEADER_SIZE);
	st.chunk = malloc(EVTX_CHUNK_SIZE);
	st.fast = evtx_fast_new();
	if (header == NULL || st.chunk == NULL || st.fast == NULL) {
		rc = kb_errorf(err, KB_ENOMEM, "%s: out of memory", src->name);
		goto out;
	}
	if (pread_full(st.fd, header, EVTX_FILE_HEADER_SIZE, 0) != 1 ||
	    evtx_fast_file_header(header, EVTX_FILE_HEADER_SIZE, &info) != 0 ||
	    !evtx_stream_vouch(&st, &info, &records))
		goto out;
	src->stats->file_dirty = info.dirty;
	src->stats->evtx_streamed = 1;
	r.total = records;
	rc = evtx_stream_records(&r, &st, &info, header, err);
out:
	if (st.fd >= 0)
		close(st.fd);
	free(header);
	free(st.chunk);
	evtx_fast_free(st.fast);
	binreader_free(&r);
	return rc;
}

int evtlog_evtx_read(const struct evtlog_source *src, struct kb_error *err)
{
	int rc;

	if (evtlog_evtx_reader != EVTX_READER_LIBEVTX) {
		rc = evtx_stream_file(src, err);
		if (rc != 1)
			return rc;
		rc = evtx_fast_file(src, err);
		if (rc != 1)
			return rc;
		/* Declined: what describe set is set again below. */
		memset(src->stats, 0, sizeof *src->stats);
		src->stats->format = EVTLOG_EVTX;
	}
	return read_binary_file(src, &evtx_format, err);
}
