/* test_evtlog.c: core/evtlog.c and core/evtlog_export.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "kbwiz/evtlog.h"
#include "lib/evt_writer.h"
#include "lib/testlib.h"

#define SHARED "../shared/testdata"

/* ---------------------------------------------------------------------
 * Collecting events (deep copies: the reader's strings are borrowed) */

struct copied_event {
	struct kb_event ev;
	char *log, *source, *computer;
	char **strings;
};

struct collector {
	struct copied_event *events;
	size_t n, cap;
	size_t stop_after;      /* 0: never */
	uint64_t last_done, last_total;
	unsigned progress_calls;
};

static char *xstrdup(const char *s)
{
	char *d = malloc(strlen(s) + 1);

	assert_non_null(d);
	strcpy(d, s);
	return d;
}

static int collect(void *ctx, const struct kb_event *ev)
{
	struct collector *c = ctx;
	struct copied_event *e;
	size_t i;

	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 64;
		c->events = realloc(c->events, c->cap * sizeof *c->events);
		assert_non_null(c->events);
	}
	e = &c->events[c->n++];
	e->ev = *ev;
	assert_non_null(ev->log);
	assert_non_null(ev->source);
	assert_non_null(ev->computer);
	e->log = xstrdup(ev->log);
	e->source = xstrdup(ev->source);
	e->computer = xstrdup(ev->computer);
	e->strings = calloc(ev->n_strings + 1, sizeof *e->strings);
	assert_non_null(e->strings);
	for (i = 0; i < ev->n_strings; i++) {
		assert_non_null(ev->strings[i]);
		e->strings[i] = xstrdup(ev->strings[i]);
	}
	return c->stop_after != 0 && c->n >= c->stop_after;
}

static int progress(void *ctx, uint64_t done, uint64_t total)
{
	struct collector *c = ctx;

	assert_true(done <= total);
	c->last_done = done;
	c->last_total = total;
	c->progress_calls++;
	return 0;
}

static void collector_free(struct collector *c)
{
	size_t i, j;

	for (i = 0; i < c->n; i++) {
		free(c->events[i].log);
		free(c->events[i].source);
		free(c->events[i].computer);
		for (j = 0; j < c->events[i].ev.n_strings; j++)
			free(c->events[i].strings[j]);
		free(c->events[i].strings);
	}
	free(c->events);
	memset(c, 0, sizeof *c);
}

static const struct copied_event *find_id(const struct collector *c,
					  unsigned id)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->events[i].ev.event_id == id)
			return &c->events[i];
	return NULL;
}

/* ---------------------------------------------------------------------
 * Fixtures */

struct fixture {
	char *dir;
	char path[4096];
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);

	if (f == NULL)
		return -1;
	f->dir = test_tmpdir();
	if (f->dir == NULL) {
		free(f);
		return -1;
	}
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	test_rm_rf(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

static const char *fixture_path(struct fixture *f, const char *name)
{
	snprintf(f->path, sizeof f->path, "%s/%s", f->dir, name);
	return f->path;
}

/* 2002-06-11 10:15:42 UTC */
#define T_7023 INT64_C(1023790542)

static void write_cluster_log(const char *path, uint32_t flags)
{
	static const char *const s7023[] = { "Cluster Server", "%%1720" };
	static const char *const s7036[] = { "Cluster Server", "running" };
	static const char *const s_unicode[] = { "Dienst \xc3\xbc" "ber",
						 "\xf0\x9f\x92\xbe", "" };
	struct evt_writer *w = evt_writer_new(path, NULL);

	assert_non_null(w);
	evt_writer_set_flags(w, flags);
	assert_int_equal(evt_writer_add(w, T_7023 - 60,
					evt_identifier_for(6005,
							   EVT_TYPE_INFORMATION),
					EVT_TYPE_INFORMATION, "EventLog",
					"NODE1", NULL, 0, NULL), 0);
	assert_int_equal(evt_writer_add(w, T_7023, 0xC0001B6Fu,
					EVT_TYPE_ERROR,
					"Service Control Manager", "NODE1",
					s7023, 2, NULL), 0);
	assert_int_equal(evt_writer_add(w, T_7023 + 1, 0x40001B7Cu,
					EVT_TYPE_INFORMATION,
					"Service Control Manager", "NODE1",
					s7036, 2, NULL), 0);
	assert_int_equal(evt_writer_add(w, T_7023 + 2, 0x8000A001u,
					EVT_TYPE_WARNING, "Quelle-\xc3\xa9",
					"NODE1", s_unicode, 3, NULL), 0);
	assert_int_equal(evt_writer_add(w, T_7023 + 3, 528,
					EVT_TYPE_AUDIT_SUCCESS, "Security",
					"NODE1", NULL, 0, NULL), 0);
	assert_int_equal(evt_writer_close(w, NULL), 0);
}

/* ---------------------------------------------------------------------
 * .evt written by tests/lib/evt_writer.c, read back through libevt */

static void test_evt_writer_round_trip_keeps_every_field(void **state)
{
	struct fixture *f = *state;
	struct collector c = { 0 };
	struct evtlog_stats st;
	struct kb_error err;
	const struct copied_event *e;

	write_cluster_log(fixture_path(f, "SysEvent.Evt"), 0);
	assert_int_equal(evtlog_read(f->path, collect, NULL, &c, &st, &err),
			 0);
	assert_int_equal(st.format, EVTLOG_EVT);
	assert_int_equal(st.events, 5);
	assert_int_equal(st.recovered, 0);
	assert_int_equal(st.damaged, 0);
	assert_int_equal(st.file_dirty, 0);
	assert_int_equal(st.file_truncated, 0);
	assert_int_equal(c.n, 5);

	e = &c.events[1];
	assert_int_equal(e->ev.event_id, 7023);
	assert_int_equal(e->ev.raw_identifier, 0xC0001B6Fu);
	assert_int_equal(e->ev.level, EVLEVEL_ERROR);
	assert_true(e->ev.time == T_7023);
	assert_int_equal(e->ev.record_number, 2);
	assert_string_equal(e->log, "System");
	assert_string_equal(e->source, "Service Control Manager");
	assert_string_equal(e->computer, "NODE1");
	assert_int_equal(e->ev.n_strings, 2);
	assert_string_equal(e->strings[0], "Cluster Server");
	assert_string_equal(e->strings[1], "%%1720");
	assert_int_equal(e->ev.recovered, 0);

	assert_int_equal(c.events[0].ev.event_id, 6005);
	assert_int_equal(c.events[0].ev.raw_identifier, 0x40001775u);
	assert_int_equal(c.events[0].ev.level, EVLEVEL_INFORMATION);
	assert_int_equal(c.events[0].ev.n_strings, 0);
	assert_int_equal(c.events[2].ev.event_id, 7036);

	e = &c.events[3];
	assert_int_equal(e->ev.event_id, 0xA001);
	assert_int_equal(e->ev.level, EVLEVEL_WARNING);
	assert_string_equal(e->source, "Quelle-\xc3\xa9");
	assert_int_equal(e->ev.n_strings, 3);
	assert_string_equal(e->strings[0], "Dienst \xc3\xbc" "ber");
	assert_string_equal(e->strings[1], "\xf0\x9f\x92\xbe");
	assert_string_equal(e->strings[2], "");

	assert_int_equal(c.events[4].ev.event_id, 528);
	assert_int_equal(c.events[4].ev.raw_identifier, 528);
	assert_int_equal(c.events[4].ev.level, EVLEVEL_AUDIT_SUCCESS);
	collector_free(&c);
}

static void test_evt_identifier_for_adds_severity_bits(void **state)
{
	(void)state;
	assert_int_equal(evt_identifier_for(7023, EVT_TYPE_ERROR),
			 0xC0001B6Fu);
	assert_int_equal(evt_identifier_for(7000, EVT_TYPE_ERROR),
			 0xC0001B58u);
	assert_int_equal(evt_identifier_for(7036, EVT_TYPE_INFORMATION),
			 0x40001B7Cu);
	assert_int_equal(evt_identifier_for(1000, EVT_TYPE_WARNING),
			 0x800003E8u);
	assert_int_equal(evt_identifier_for(528, EVT_TYPE_AUDIT_SUCCESS),
			 528);
}

static void test_evt_dirty_flag_is_reported_and_log_still_read(void **state)
{
	struct fixture *f = *state;
	struct collector c = { 0 };
	struct evtlog_stats st;
	struct kb_error err;

	write_cluster_log(fixture_path(f, "SysEvent.Evt"), EVT_FLAG_DIRTY);
	assert_int_equal(evtlog_read(f->path, collect, NULL, &c, &st, &err),
			 0);
	assert_int_equal(st.file_dirty, 1);
	assert_int_equal(c.n, 5);
	collector_free(&c);
}

static void test_evt_log_name_comes_from_file_name(void **state)
{
	struct fixture *f = *state;
	static const struct {
		const char *file, *log;
	} cases[] = {
		{ "AppEvent.Evt", "Application" },
		{ "SECEVENT.EVT", "Security" },
		{ "sysevent.evt", "System" },
		{ "copy of node1.evt", "copy of node1" },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct collector c = { 0 };
		struct kb_error err;

		write_cluster_log(fixture_path(f, cases[i].file), 0);
		assert_int_equal(evtlog_read(f->path, collect, NULL, &c, NULL,
					     &err), 0);
		assert_true(c.n > 0);
		assert_string_equal(c.events[0].log, cases[i].log);
		collector_free(&c);
	}
}

static void test_log_name_from_path_maps_legacy_and_channel_names(void **state)
{
	char out[128];

	(void)state;
	evtlog_log_name_from_path("/x/SysEvent.Evt", 0, out, sizeof out);
	assert_string_equal(out, "System");
	evtlog_log_name_from_path("System.evtx", 0, out, sizeof out);
	assert_string_equal(out, "System");
	evtlog_log_name_from_path(
		"Microsoft-Windows-TaskScheduler%4Operational.evtx", 0, out,
		sizeof out);
	assert_string_equal(out, "Microsoft-Windows-TaskScheduler/Operational");
	evtlog_log_name_from_path("export1.csv", 1, out, sizeof out);
	assert_string_equal(out, "");
	evtlog_log_name_from_path("application.csv", 1, out, sizeof out);
	assert_string_equal(out, "Application");
}

static void test_truncated_evt_still_yields_records_before_the_cut(void **state)
{
	struct fixture *f = *state;
	struct collector c = { 0 };
	struct evtlog_stats st;
	struct kb_error err;
	struct evt_writer *w;
	unsigned char *data;
	size_t len, i;
	int rc;

	w = evt_writer_new(fixture_path(f, "SysEvent.Evt"), NULL);
	assert_non_null(w);
	for (i = 0; i < 40; i++) {
		char name[32];
		const char *strings[1] = { name };

		snprintf(name, sizeof name, "service %zu", i);
		assert_int_equal(evt_writer_add(w, T_7023 + (int64_t)i,
						evt_identifier_for(
							7000 + (unsigned)i,
							EVT_TYPE_ERROR),
						EVT_TYPE_ERROR,
						"Service Control Manager",
						"NODE1", strings, 1, NULL), 0);
	}
	assert_int_equal(evt_writer_close(w, NULL), 0);
	data = test_slurp(f->path, &len);
	/* Cut in the middle of a record, about two thirds in. */
	assert_int_equal(test_write_file(f->path, data, len * 2 / 3 + 7), 0);
	rc = evtlog_read(f->path, collect, NULL, &c, &st, &err);
	/* Either read with what was before the cut or refused clearly. */
	if (rc != 0) {
		assert_non_null(strstr(err.msg, f->path));
	} else {
		size_t complete = 0;

		/* Every record wholly before the cut comes out, in order,
		 * with its fields intact. */
		for (i = 0; i < c.n; i++)
			if (c.events[i].ev.event_id == 7000 + complete)
				complete++;
		assert_true(complete >= 20);
		assert_int_equal(c.events[0].ev.raw_identifier, 0xC0001B58u);
		assert_string_equal(c.events[0].strings[0], "service 0");
		assert_int_equal(st.events, c.n);
		/* The cut is reported, and what it lost is counted. */
		assert_int_equal(st.file_truncated, 1);
		assert_true(st.damaged >= 1);
		assert_true(st.events + st.damaged >= 40);
	}
	free(data);
	collector_free(&c);
}

static void test_evt_cut_inside_the_header_is_a_clear_error_or_empty(void **state)
{
	struct fixture *f = *state;
	struct collector c = { 0 };
	struct evtlog_stats st;
	struct kb_error err;
	unsigned char *data;
	size_t len, cut;

	write_cluster_log(fixture_path(f, "SysEvent.Evt"), 0);
	data = test_slurp(f->path, &len);
	for (cut = 8; cut < 0x30 + 8; cut += 4) {
		int rc;

		assert_int_equal(test_write_file(f->path, data, cut), 0);
		rc = evtlog_read(f->path, collect, NULL, &c, &st, &err);
		if (rc != 0) {
			assert_int_equal(rc, KB_EFORMAT);
			assert_non_null(strstr(err.msg, f->path));
		}
		assert_int_equal(c.n, st.events);
		collector_free(&c);
	}
	free(data);
}

static void test_zero_length_file_is_an_error_naming_it(void **state)
{
	struct fixture *f = *state;
	struct kb_error err;
	int rc;

	assert_int_equal(test_write_file(fixture_path(f, "empty.evt"), "", 0),
			 0);
	rc = evtlog_read(f->path, collect, NULL, NULL, NULL, &err);
	assert_int_equal(rc, KB_EFORMAT);
	assert_non_null(strstr(err.msg, f->path));
	assert_non_null(strstr(err.msg, "empty"));
}

static void test_not_an_event_log_is_an_error_naming_it(void **state)
{
	struct fixture *f = *state;
	static const char text[] =
		"# kbwiz\n\nA console troubleshooting wizard, version 1.0\n"
		"see 6/11/2002 for details, 7023 times.\n";
	struct kb_error err;
	int rc;

	assert_int_equal(test_write_file(fixture_path(f, "README.md"), text,
					 sizeof text - 1), 0);
	rc = evtlog_read(f->path, collect, NULL, NULL, NULL, &err);
	assert_int_equal(rc, KB_EFORMAT);
	assert_non_null(strstr(err.msg, f->path));
	assert_non_null(strstr(err.msg, "not an event log"));
}

static void test_fake_signature_is_an_error_naming_the_file(void **state)
{
	struct fixture *f = *state;
	static const unsigned char evt_head[16] = "\x30\0\0\0LfLe\x01";
	static const unsigned char evtx_head[16] = "ElfFile\0garbage";
	struct kb_error err;
	int rc;

	assert_int_equal(test_write_file(fixture_path(f, "fake.evt"), evt_head,
					 sizeof evt_head), 0);
	rc = evtlog_read(f->path, collect, NULL, NULL, NULL, &err);
	if (rc != 0)
		assert_non_null(strstr(err.msg, f->path));
	assert_int_equal(test_write_file(fixture_path(f, "fake.evtx"),
					 evtx_head, sizeof evtx_head), 0);
	rc = evtlog_read(f->path, collect, NULL, NULL, NULL, &err);
	assert_int_equal(rc, KB_EFORMAT);
	assert_non_null(strstr(err.msg, f->path));
}

static void test_missing_file_is_not_found(void **state)
{
	struct fixture *f = *state;
	struct kb_error err;

	assert_int_equal(evtlog_read(fixture_path(f, "nope.evt"), collect,
				     NULL, NULL, NULL, &err), KB_ENOTFOUND);
	assert_non_null(strstr(err.msg, "nope.evt"));
}

static void test_callback_nonzero_stops_the_read(void **state)
{
	struct fixture *f = *state;
	struct collector c = { 0 };
	struct evtlog_stats st;
	struct kb_error err;

	write_cluster_log(fixture_path(f, "SysEvent.Evt"), 0);
	c.stop_after = 2;
	assert_int_equal(evtlog_read(f->path, collect, NULL, &c, &st, &err),
			 KB_ECANCEL);
	assert_int_equal(c.n, 2);
	collector_free(&c);
}

static void test_progress_ends_with_done_equal_total(void **state)
{
	struct fixture *f = *state;
	struct collector c = { 0 };
	struct kb_error err;

	write_cluster_log(fixture_path(f, "SysEvent.Evt"), 0);
	assert_int_equal(evtlog_read(f->path, collect, progress, &c, NULL,
				     &err), 0);
	assert_true(c.progress_calls >= 1);
	assert_int_equal(c.last_total, 5);
	assert_int_equal(c.last_done, 5);
	collector_free(&c);
}

static void test_read_buffer_gives_the_same_events_as_read(void **state)
{
	struct fixture *f = *state;
	struct collector a = { 0 }, b = { 0 };
	struct evtlog_stats st;
	struct kb_error err;
	unsigned char *data;
	size_t len, i;

	write_cluster_log(fixture_path(f, "SysEvent.Evt"), 0);
	assert_int_equal(evtlog_read(f->path, collect, NULL, &a, NULL, &err),
			 0);
	data = test_slurp(f->path, &len);
	assert_int_equal(evtlog_read_buffer("SysEvent.Evt", data, len, collect,
					    &b, &st, &err), 0);
	assert_int_equal(st.format, EVTLOG_EVT);
	assert_int_equal(a.n, b.n);
	for (i = 0; i < a.n; i++) {
		assert_int_equal(a.events[i].ev.raw_identifier,
				 b.events[i].ev.raw_identifier);
		assert_string_equal(a.events[i].log, b.events[i].log);
	}
	free(data);
	collector_free(&a);
	collector_free(&b);
}

static void test_detect_format_by_content(void **state)
{
	static const char csv[] =
		"Level,Date and Time,Source,Event ID,Task Category\n"
		"Error,6/11/2012 10:15:42 AM,Service Control Manager,7023,"
		"None,\"x\"\n";
	static const char listing[] = "\r\nEvent Type:\tError\r\n";
	enum evtlog_format fmt;

	(void)state;
	assert_int_equal(evtlog_detect_format("\x30\0\0\0LfLe", 8, &fmt), 0);
	assert_int_equal(fmt, EVTLOG_EVT);
	assert_int_equal(evtlog_detect_format("ElfFile\0", 8, &fmt), 0);
	assert_int_equal(fmt, EVTLOG_EVTX);
	assert_int_equal(evtlog_detect_format(csv, sizeof csv - 1, &fmt), 0);
	assert_int_equal(fmt, EVTLOG_CSV_EXPORT);
	assert_int_equal(evtlog_detect_format(listing, sizeof listing - 1,
					      &fmt), 0);
	assert_int_equal(fmt, EVTLOG_TEXT_EXPORT);
	assert_int_equal(evtlog_detect_format("hello, world\n", 13, &fmt),
			 KB_EFORMAT);
}

/* ---------------------------------------------------------------------
 * Exports */

static void read_export(struct fixture *f, const char *name,
			const void *text, size_t len, struct collector *c,
			struct evtlog_stats *st)
{
	struct kb_error err;
	int rc;

	assert_int_equal(test_write_file(fixture_path(f, name), text, len), 0);
	rc = evtlog_read(f->path, collect, NULL, c, st, &err);
	if (rc != 0)
		fail_msg("%s", err.msg);
}

static void test_nt_csv_export_is_parsed_with_continued_description(void **state)
{
	static const char text[] =
		"6/11/2002,10:14:58 AM,EventLog,Information,None,6005,N/A,"
		"NODE1,The Event log service was started.\r\n"
		"6/11/2002,10:15:42 AM,Service Control Manager,Error,None,7023,"
		"N/A,NODE1,The Cluster Server service terminated with the "
		"following error: \r\n"
		"The endpoint cannot be created.\r\n"
		"13/6/2002,1:05:00 PM,Userenv,Warning,None,1517,NT AUTHORITY\\"
		"SYSTEM,NODE1,Windows saved user NODE1\\a, b, \"c\" registry.\r\n";
	struct fixture *f = *state;
	struct collector c = { 0 };
	struct evtlog_stats st;
	const struct copied_event *e;

	read_export(f, "System.csv", text, sizeof text - 1, &c, &st);
	assert_int_equal(st.format, EVTLOG_CSV_EXPORT);
	assert_int_equal(st.damaged, 0);
	assert_int_equal(c.n, 3);
	e = find_id(&c, 7023);
	assert_non_null(e);
	assert_true(e->ev.time == T_7023);
	assert_int_equal(e->ev.raw_identifier, 7023);
	assert_int_equal(e->ev.level, EVLEVEL_ERROR);
	assert_string_equal(e->source, "Service Control Manager");
	assert_string_equal(e->computer, "NODE1");
	assert_string_equal(e->log, "System");
	assert_int_equal(e->ev.n_strings, 1);
	assert_string_equal(e->strings[0],
			    "The Cluster Server service terminated with the "
			    "following error:\nThe endpoint cannot be created.");
	e = find_id(&c, 1517);
	assert_non_null(e);
	/* 13/6: the first number exceeds 12, so day first. */
	assert_true(e->ev.time == INT64_C(1023973500));
	assert_int_equal(e->ev.level, EVLEVEL_WARNING);
	assert_string_equal(e->strings[0],
			    "Windows saved user NODE1\\a, b, \"c\" registry.");
	collector_free(&c);
}

static void test_nt_tab_text_export_is_parsed(void **state)
{
	static const char text[] =
		"6/11/2002\t10:15:42 AM\tService Control Manager\tError\tNone\t"
		"7023\tN/A\tNODE1\tThe Cluster Server service terminated.\n"
		"6/11/2002\t10:16:05 AM\tService Control Manager\tInformation\t"
		"None\t7036\tN/A\tNODE1\tThe WMI service entered the running "
		"state.\n"
		"6/11/2002\t10:17:00 AM\tSecurity\tSuccess Audit\tLogon/Logoff\t"
		"528\tNODE1\\admin\tNODE1\tSuccessful Logon:\n";
	struct fixture *f = *state;
	struct collector c = { 0 };
	struct evtlog_stats st;

	read_export(f, "node1.txt", text, sizeof text - 1, &c, &st);
	assert_int_equal(st.format, EVTLOG_TEXT_EXPORT);
	assert_int_equal(c.n, 3);
	assert_int_equal(c.events[0].ev.event_id, 7023);
	assert_string_equal(c.events[0].log, "");
	assert_int_equal(c.events[1].ev.level, EVLEVEL_INFORMATION);
	assert_int_equal(c.events[2].ev.level, EVLEVEL_AUDIT_SUCCESS);
	assert_string_equal(c.events[2].strings[0], "Successful Logon:");
	collector_free(&c);
}

static void test_vista_csv_export_with_quoted_multiline_message(void **state)
{
	static const char text[] =
		"\xef\xbb\xbfLevel,Date and Time,Source,Event ID,Task Category\r\n"
		"Error,6/11/2012 10:15:42 AM,Service Control Manager,7023,None,"
		"\"The Cluster Service service terminated with the following "
		"error: \r\nThe endpoint cannot be created.\"\r\n"
		"Information,6/11/2012 10:16:05 AM,Service Control Manager,7036,"
		"None,\"The \"\"WMI\"\" service entered the running state.\"\r\n"
		"Critical,2012-06-11 10:17:00,Microsoft-Windows-Kernel-Power,41,"
		"(63),The system has rebooted, without cleanly shutting down.\r\n";
	struct fixture *f = *state;
	struct collector c = { 0 };
	struct evtlog_stats st;

	read_export(f, "export.csv", text, sizeof text - 1, &c, &st);
	assert_int_equal(st.format, EVTLOG_CSV_EXPORT);
	assert_int_equal(st.damaged, 0);
	assert_int_equal(c.n, 3);
	assert_int_equal(c.events[0].ev.event_id, 7023);
	assert_true(c.events[0].ev.time == INT64_C(1339409742));
	assert_int_equal(c.events[0].ev.level, EVLEVEL_ERROR);
	assert_string_equal(c.events[0].strings[0],
			    "The Cluster Service service terminated with the "
			    "following error: \nThe endpoint cannot be created.");
	assert_string_equal(c.events[1].strings[0],
			    "The \"WMI\" service entered the running state.");
	assert_int_equal(c.events[2].ev.level, EVLEVEL_CRITICAL);
	assert_int_equal(c.events[2].ev.event_id, 41);
	assert_string_equal(c.events[2].strings[0],
			    "The system has rebooted, without cleanly shutting "
			    "down.");
	collector_free(&c);
}

static void test_vista_text_export_in_utf16_is_parsed(void **state)
{
	static const char utf8[] =
		"Level\tDate and Time\tSource\tEvent ID\tTask Category\r\n"
		"Warning\t6/11/2012 10:15:42 AM\tW32Time\t36\tNone\t"
		"Die Uhr wurde nicht synchronisiert (\xc3\xbc).\r\n";
	struct fixture *f = *state;
	struct collector c = { 0 };
	struct evtlog_stats st;
	unsigned char buf[sizeof utf8 * 2 + 2];
	size_t i, o = 0;

	/* UTF-16LE with BOM, as Notepad and Event Viewer save Unicode. */
	buf[o++] = 0xFF;
	buf[o++] = 0xFE;
	for (i = 0; i < sizeof utf8 - 1; i++) {
		unsigned ch = (unsigned char)utf8[i];

		if (ch == 0xC3) {
			ch = 0xFC;
			i++;
		}
		buf[o++] = (unsigned char)ch;
		buf[o++] = 0;
	}
	read_export(f, "w32time.txt", buf, o, &c, &st);
	assert_int_equal(st.format, EVTLOG_TEXT_EXPORT);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.events[0].ev.event_id, 36);
	assert_int_equal(c.events[0].ev.level, EVLEVEL_WARNING);
	assert_string_equal(c.events[0].source, "W32Time");
	assert_string_equal(c.events[0].strings[0],
			    "Die Uhr wurde nicht synchronisiert (\xc3\xbc).");
	collector_free(&c);
}

static void test_event_properties_listings_are_parsed(void **state)
{
	static const char text[] =
		"Event Type:\tError\r\n"
		"Event Source:\tService Control Manager\r\n"
		"Event Category:\tNone\r\n"
		"Event ID:\t7023\r\n"
		"Date:\t\t6/11/2002\r\n"
		"Time:\t\t10:15:42 AM\r\n"
		"User:\t\tN/A\r\n"
		"Computer:\tNODE1\r\n"
		"Description:\r\n"
		"The Cluster Server service terminated with the following "
		"error: \r\n"
		"The endpoint cannot be created.\r\n"
		"\r\n"
		"Data:\r\n"
		"0000: 00 00 00 00\r\n"
		"\r\n"
		"Log Name:      System\r\n"
		"Source:        Service Control Manager\r\n"
		"Date:          6/11/2012 10:16:05 PM\r\n"
		"Event ID:      7036\r\n"
		"Task Category: None\r\n"
		"Level:         Information\r\n"
		"Computer:      node2.example.local\r\n"
		"Description:\r\n"
		"The WMI service entered the running state.\r\n"
		"Event Xml:\r\n"
		"<Event xmlns=\"...\"><System><EventID>7036</EventID></System>"
		"</Event>\r\n"
		"Event Type:\tWarning\r\n"
		"Event Source:\tBroken\r\n";
	struct fixture *f = *state;
	struct collector c = { 0 };
	struct evtlog_stats st;

	read_export(f, "clip.txt", text, sizeof text - 1, &c, &st);
	assert_int_equal(st.format, EVTLOG_TEXT_EXPORT);
	assert_int_equal(c.n, 2);
	assert_int_equal(st.damaged, 1);   /* the last block has no ID */
	assert_int_equal(c.events[0].ev.event_id, 7023);
	assert_true(c.events[0].ev.time == T_7023);
	assert_int_equal(c.events[0].ev.level, EVLEVEL_ERROR);
	assert_string_equal(c.events[0].source, "Service Control Manager");
	assert_string_equal(c.events[0].computer, "NODE1");
	assert_string_equal(c.events[0].strings[0],
			    "The Cluster Server service terminated with the "
			    "following error: \nThe endpoint cannot be created.");
	assert_int_equal(c.events[1].ev.event_id, 7036);
	assert_string_equal(c.events[1].log, "System");
	assert_true(c.events[1].ev.time == INT64_C(1339452965));
	assert_string_equal(c.events[1].computer, "node2.example.local");
	assert_string_equal(c.events[1].strings[0],
			    "The WMI service entered the running state.");
	collector_free(&c);
}

static void test_ansi_export_is_read_as_windows_1252(void **state)
{
	static const char text[] =
		"6/11/2002,10:15:42 AM,Userenv,Error,None,1000,N/A,NODE1,"
		"Benutzer M\xfcller \x80 \x93quoted\x94\r\n";
	struct fixture *f = *state;
	struct collector c = { 0 };
	struct evtlog_stats st;

	read_export(f, "app.csv", text, sizeof text - 1, &c, &st);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.events[0].strings[0],
			    "Benutzer M\xc3\xbcller \xe2\x82\xac "
			    "\xe2\x80\x9cquoted\xe2\x80\x9d");
	collector_free(&c);
}

static void test_export_lines_that_do_not_parse_are_counted_damaged(void **state)
{
	static const char text[] =
		"Level,Date and Time,Source,Event ID,Task Category\n"
		"Error,6/11/2012 10:15:42 AM,Service Control Manager,7023,None,"
		"ok\n"
		"Error,6/11/2012 10:15:43 AM,Service Control Manager,notanid,"
		"None,bad id\n"
		"Error,6/11/2012 99:15:43 AM,Service Control Manager,1,None,"
		"bad time, taken as a continuation\n"
		"Error,6/11/2012 10:15:44 AM,Service Control Manager,7036,None,"
		"ok\n";
	struct fixture *f = *state;
	struct collector c = { 0 };
	struct evtlog_stats st;

	read_export(f, "x.csv", text, sizeof text - 1, &c, &st);
	assert_int_equal(c.n, 2);
	assert_int_equal(st.damaged, 1);
	assert_int_equal(c.events[1].ev.event_id, 7036);
	collector_free(&c);
}

static void test_nul_bytes_in_export_do_not_crash(void **state)
{
	static const char text[] =
		"6/11/2002,10:15:42 AM,Service\0Control Manager,Error,None,7023,"
		"N/A,NODE1,The \0Cluster Server\0 service\r\n"
		"\0\0\0\0\0\0\r\n"
		"6/11/2002,10:16:00 AM,EventLog,Information,None,6005,N/A,NODE1,"
		"\0\r\n";
	struct fixture *f = *state;
	struct collector c = { 0 };
	struct evtlog_stats st;
	struct kb_error err;
	int rc;

	read_export(f, "nul.csv", text, sizeof text - 1, &c, &st);
	assert_int_equal(c.n, 2);
	assert_int_equal(c.events[0].ev.event_id, 7023);
	assert_string_equal(c.events[0].source, "Service Control Manager");
	collector_free(&c);
	/* Mostly NULs: not an event log, and no crash on the way. */
	rc = evtlog_read_buffer("zeros.bin", "\0\0\0\0\0\0\0\0\0\0\0\0", 12,
				collect, &c, &st, &err);
	assert_int_equal(rc, KB_EFORMAT);
	assert_non_null(strstr(err.msg, "zeros.bin"));
	collector_free(&c);
}

static void test_huge_lines_in_export_do_not_crash(void **state)
{
	static const char head[] =
		"Level,Date and Time,Source,Event ID,Task Category\n"
		"Error,6/11/2012 10:15:42 AM,Service Control Manager,7023,None,\"";
	static const char tail[] =
		"\nError,6/11/2012 10:15:43 AM,Service Control Manager,7036,"
		"None,after\n";
	size_t huge = 8u * 1024 * 1024, len = sizeof head - 1 + huge +
		sizeof tail - 1;
	struct collector c = { 0 };
	struct evtlog_stats st;
	struct kb_error err;
	char *text = malloc(len);
	int rc;

	(void)state;
	assert_non_null(text);
	/* An 8 MiB message with an opening quote that never closes. */
	memcpy(text, head, sizeof head - 1);
	memset(text + sizeof head - 1, 'A', huge);
	memcpy(text + sizeof head - 1 + huge, tail, sizeof tail - 1);
	rc = evtlog_read_buffer("huge.csv", text, len, collect, &c, &st, &err);
	assert_int_equal(rc, 0);
	assert_int_equal(c.n, 2);
	assert_int_equal(c.events[1].ev.event_id, 7036);
	/* The message is capped, not unbounded. */
	assert_true(strlen(c.events[0].strings[0]) <= 1024 * 1024 + 1);
	collector_free(&c);
	free(text);
}

/* ---------------------------------------------------------------------
 * Real files from ../shared/testdata */

static void test_real_sysevent_evt_reads_all_records_and_7000(void **state)
{
	const char *path = SHARED "/evt/SysEvent.Evt";
	struct collector c = { 0 };
	struct evtlog_stats st;
	struct kb_error err;
	const struct copied_event *e = NULL;
	size_t i;

	(void)state;
	if (!test_shared_file(path)) {
		skip();
		return;
	}
	if (evtlog_read(path, collect, progress, &c, &st, &err) != 0)
		fail_msg("%s", err.msg);
	assert_int_equal(st.format, EVTLOG_EVT);
	assert_true(st.events >= 6063);
	assert_int_equal(st.events - st.recovered, 6063);
	assert_int_equal(st.recovered, 438);
	assert_int_equal(st.file_dirty, 1);
	assert_int_equal(st.file_corrupted, 1);
	assert_int_equal(c.last_done, c.last_total);
	for (i = 0; i < c.n && e == NULL; i++)
		if (c.events[i].ev.event_id == 7000 &&
		    strcmp(c.events[i].source, "Service Control Manager") == 0)
			e = &c.events[i];
	assert_non_null(e);
	assert_int_equal(e->ev.raw_identifier, 0xC0001B58u);
	assert_int_equal(e->ev.level, EVLEVEL_ERROR);
	assert_string_equal(e->log, "System");
	assert_true(e->ev.n_strings >= 1);
	collector_free(&c);
}

static void test_real_system_evtx_reads_1601_events_with_7036(void **state)
{
	const char *path = SHARED "/evtx/system.evtx";
	struct collector c = { 0 };
	struct evtlog_stats st;
	struct kb_error err;
	const struct copied_event *e = NULL;
	size_t i;

	(void)state;
	if (!test_shared_file(path)) {
		skip();
		return;
	}
	if (evtlog_read(path, collect, NULL, &c, &st, &err) != 0)
		fail_msg("%s", err.msg);
	assert_int_equal(st.format, EVTLOG_EVTX);
	assert_int_equal(st.events, 1601);
	assert_int_equal(st.file_dirty, 1);
	for (i = 0; i < c.n && e == NULL; i++)
		if (c.events[i].ev.event_id == 7036 &&
		    strcmp(c.events[i].source, "Service Control Manager") == 0)
			e = &c.events[i];
	assert_non_null(e);
	/* Qualifiers 0x4000 keep the legacy severity bits. */
	assert_int_equal(e->ev.raw_identifier, 0x40001B7Cu);
	assert_int_equal(e->ev.level, EVLEVEL_INFORMATION);
	assert_string_equal(e->log, "System");
	assert_true(e->ev.n_strings >= 2);
	assert_true(strcmp(e->strings[1], "running") == 0 ||
		    strcmp(e->strings[1], "stopped") == 0);
	assert_true(e->ev.time > INT64_C(1325376000));   /* 2012 */
	collector_free(&c);
}

/* ---------------------------------------------------------------------
 * evtlog_read_wanted: asked before the costly parts, the same events */

#define WANT_ID_MAGIC 0x57414e54u

struct want_id {
	unsigned magic;            /* WANT_ID_MAGIC: the ctx is ours */
	struct collector c;
	unsigned id;
	unsigned asked, asked_with_strings, progress;
};

/* Progress gets the caller's ctx, whatever the reader wraps it in (an
 * export read through want crashed diagnose --events FILE.csv). */
static int want_progress(void *ctx, uint64_t done, uint64_t total)
{
	struct want_id *w = ctx;

	(void)done;
	(void)total;
	assert_int_equal(w->magic, WANT_ID_MAGIC);
	w->progress++;
	return 0;
}

static int want_only_id(void *ctx, const struct kb_event *ev)
{
	struct want_id *w = ctx;

	w->asked++;
	if (ev->n_strings > 0 || ev->log != NULL)
		w->asked_with_strings++;
	return ev->event_id == w->id && strcasecmp(ev->source, "Service Control Manager") == 0;
}

static int collect_wanted(void *ctx, const struct kb_event *ev)
{
	return collect(&((struct want_id *)ctx)->c, ev);
}

/* path read whole and through want: the wanted events are those of the
 * whole read with that ID and source, field for field; the others are
 * counted as skipped.  binary: want sees no log and no strings yet. */
static void check_want_gives_the_same_events(const char *path, unsigned id, int binary)
{
	struct collector all = { 0 };
	struct want_id w;
	struct evtlog_stats st_all, st;
	struct kb_error err;
	size_t i, j, k = 0, n_id = 0;

	memset(&w, 0, sizeof w);
	w.magic = WANT_ID_MAGIC;
	w.id = id;
	if (evtlog_read(path, collect, NULL, &all, &st_all, &err) != 0)
		fail_msg("%s", err.msg);
	if (evtlog_read_wanted(path, want_only_id, collect_wanted, want_progress, &w,
			       &st, &err) != 0)
		fail_msg("%s", err.msg);
	assert_true(w.progress > 0);
	for (i = 0; i < all.n; i++) {
		const struct copied_event *a = &all.events[i], *b;
		if (a->ev.event_id != id || strcasecmp(a->source, "Service Control Manager") != 0)
			continue;
		n_id++;
		assert_true(k < w.c.n);
		b = &w.c.events[k++];
		assert_int_equal(a->ev.record_number, b->ev.record_number);
		assert_int_equal(a->ev.raw_identifier, b->ev.raw_identifier);
		assert_int_equal(a->ev.level, b->ev.level);
		assert_true(a->ev.time == b->ev.time);
		assert_string_equal(a->log, b->log);
		assert_string_equal(a->computer, b->computer);
		assert_int_equal(a->ev.n_strings, b->ev.n_strings);
		for (j = 0; j < a->ev.n_strings; j++)
			assert_string_equal(a->strings[j], b->strings[j]);
	}
	assert_int_equal(w.c.n, n_id);
	assert_true(n_id > 0);
	assert_int_equal(w.asked, st_all.events);
	assert_int_equal(st.events, st_all.events);
	assert_int_equal(st.recovered, st_all.recovered);
	assert_int_equal(st.skipped, st_all.events - n_id);
	assert_int_equal(st.damaged, st_all.damaged);
	if (binary)
		assert_int_equal(w.asked_with_strings, 0);
	collector_free(&all);
	collector_free(&w.c);
}

static void test_want_delivers_the_same_events_evt_and_export(void **state)
{
	static const char text[] =
		"6/11/2002,10:14:58 AM,EventLog,Information,None,6005,N/A,"
		"NODE1,The Event log service was started.\r\n"
		"6/11/2002,10:15:42 AM,Service Control Manager,Error,None,7023,"
		"N/A,NODE1,The Cluster Server service terminated.\r\n";
	struct fixture *f = *state;

	write_cluster_log(fixture_path(f, "SysEvent.Evt"), 0);
	check_want_gives_the_same_events(f->path, 7023, 1);
	assert_int_equal(test_write_file(fixture_path(f, "export.csv"), text,
					 sizeof text - 1), 0);
	check_want_gives_the_same_events(f->path, 7023, 0);
}

static void test_want_delivers_the_same_events_real_evtx(void **state)
{
	const char *path = SHARED "/evtx/system.evtx";

	(void)state;
	if (!test_shared_file(path)) {
		skip();
		return;
	}
	check_want_gives_the_same_events(path, 7036, 1);
}

static void test_real_malformed_evtx_is_partial_or_clean_error(void **state)
{
	const char *path = SHARED "/evtx/dns_log_malformed.evtx";
	struct collector c = { 0 };
	struct evtlog_stats st;
	struct kb_error err;
	int rc;

	(void)state;
	if (!test_shared_file(path)) {
		skip();
		return;
	}
	rc = evtlog_read(path, collect, NULL, &c, &st, &err);
	if (rc != 0) {
		assert_int_equal(rc, KB_EFORMAT);
		assert_non_null(strstr(err.msg, path));
	} else {
		assert_int_equal(st.format, EVTLOG_EVTX);
		assert_int_equal(c.n, st.events);
		/* The channel comes from the records, not the file name. */
		if (c.n > 0)
			assert_string_equal(c.events[0].log,
				"Microsoft-Windows-DNSServer/Analytical");
	}
	collector_free(&c);
}

static void test_real_files_truncated_do_not_crash(void **state)
{
	static const char *const paths[] = {
		SHARED "/evt/SysEvent.Evt",
		SHARED "/evtx/system.evtx",
	};
	size_t p;

	(void)state;
	for (p = 0; p < sizeof paths / sizeof paths[0]; p++) {
		unsigned char *data;
		size_t len, cut;

		if (!test_shared_file(paths[p])) {
			skip();
			return;
		}
		data = test_slurp(paths[p], &len);
		for (cut = 9; cut < len; cut = cut * 3 + 1) {
			struct collector c = { 0 };
			struct evtlog_stats st;
			struct kb_error err;
			int rc = evtlog_read_buffer(paths[p], data, cut,
						    collect, &c, &st, &err);

			if (rc != 0)
				assert_non_null(strstr(err.msg, paths[p]));
			assert_int_equal(c.n, st.events);
			collector_free(&c);
		}
		free(data);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
			test_evt_writer_round_trip_keeps_every_field, setup,
			teardown),
		cmocka_unit_test(test_evt_identifier_for_adds_severity_bits),
		cmocka_unit_test_setup_teardown(
			test_evt_dirty_flag_is_reported_and_log_still_read,
			setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_evt_log_name_comes_from_file_name, setup,
			teardown),
		cmocka_unit_test(
			test_log_name_from_path_maps_legacy_and_channel_names),
		cmocka_unit_test_setup_teardown(
			test_truncated_evt_still_yields_records_before_the_cut,
			setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_evt_cut_inside_the_header_is_a_clear_error_or_empty,
			setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_zero_length_file_is_an_error_naming_it, setup,
			teardown),
		cmocka_unit_test_setup_teardown(
			test_not_an_event_log_is_an_error_naming_it, setup,
			teardown),
		cmocka_unit_test_setup_teardown(
			test_fake_signature_is_an_error_naming_the_file, setup,
			teardown),
		cmocka_unit_test_setup_teardown(test_missing_file_is_not_found,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_callback_nonzero_stops_the_read, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_progress_ends_with_done_equal_total, setup,
			teardown),
		cmocka_unit_test_setup_teardown(
			test_read_buffer_gives_the_same_events_as_read, setup,
			teardown),
		cmocka_unit_test(test_detect_format_by_content),
		cmocka_unit_test_setup_teardown(
			test_nt_csv_export_is_parsed_with_continued_description,
			setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_nt_tab_text_export_is_parsed, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_vista_csv_export_with_quoted_multiline_message,
			setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_vista_text_export_in_utf16_is_parsed, setup,
			teardown),
		cmocka_unit_test_setup_teardown(
			test_event_properties_listings_are_parsed, setup,
			teardown),
		cmocka_unit_test_setup_teardown(
			test_ansi_export_is_read_as_windows_1252, setup,
			teardown),
		cmocka_unit_test_setup_teardown(
			test_export_lines_that_do_not_parse_are_counted_damaged,
			setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_nul_bytes_in_export_do_not_crash, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_huge_lines_in_export_do_not_crash, setup,
			teardown),
		cmocka_unit_test(
			test_real_sysevent_evt_reads_all_records_and_7000),
		cmocka_unit_test(
			test_real_system_evtx_reads_1601_events_with_7036),
		cmocka_unit_test_setup_teardown(test_want_delivers_the_same_events_evt_and_export, setup, teardown),
		cmocka_unit_test(test_want_delivers_the_same_events_real_evtx),
		cmocka_unit_test(
			test_real_malformed_evtx_is_partial_or_clean_error),
		cmocka_unit_test(test_real_files_truncated_do_not_crash),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
