/* test_evtlist.c: several logs as one list in time order, the filters,
 * the time and level arguments, and message references (%%1058) found
 * and explained (core/evtlist.c, core/msgref.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lib/evt_writer.h"
#include "kbwiz/evtlist.h"
#include "kbwiz/msgref.h"
#include "lib/testlib.h"

static char *tmpdir;
static char path_a[4096], path_b[4096], path_bad[4096];

/* 2002-06-11 00:00:00 UTC */
#define DAY 1023753600

static void write_log(const char *path, const int64_t *times, const unsigned *ids,
		      const unsigned *types, const char *const *s1, size_t n)
{
	struct evt_writer *w = evt_writer_new(path, NULL);
	size_t i;

	assert_non_null(w);
	for (i = 0; i < n; i++) {
		const char *strings[2] = { s1[i], "%%1058" };
		assert_int_equal(evt_writer_add(w, times[i], evt_identifier_for(ids[i], types[i]),
						types[i], i == 2 ? "Other Source" : "Service Control Manager",
						"NODE", strings, 2, NULL), 0);
	}
	assert_int_equal(evt_writer_close(w, NULL), 0);
}

static int group_setup(void **state)
{
	static const int64_t ta[] = { DAY + 100, DAY + 300, DAY + 500 };
	static const int64_t tb[] = { DAY + 200, DAY + 300, DAY + 86400 };
	static const unsigned ids_a[] = { 7000, 7036, 7001 };
	static const unsigned ids_b[] = { 7000, 7023, 7036 };
	static const unsigned ty[] = { EVT_TYPE_ERROR, EVT_TYPE_INFORMATION, EVT_TYPE_WARNING };
	static const char *const sa[] = { "Computer Browser", "Server", "Workstation" };
	static const char *const sb[] = { "Computer Browser", "Cluster Server", "Alerter" };

	(void)state;
	tmpdir = test_tmpdir();
	if (tmpdir == NULL)
		return -1;
	snprintf(path_a, sizeof path_a, "%s/a.evt", tmpdir);
	snprintf(path_b, sizeof path_b, "%s/b.evt", tmpdir);
	snprintf(path_bad, sizeof path_bad, "%s/bad.evt", tmpdir);
	write_log(path_a, ta, ids_a, ty, sa, 3);
	write_log(path_b, tb, ids_b, ty, sb, 3);
	return test_write_file(path_bad, "not an event log\n", 17);
}

static int group_teardown(void **state)
{
	(void)state;
	test_rm_rf(tmpdir);
	free(tmpdir);
	return 0;
}

static void test_two_logs_merge_in_time_order(void **state)
{
	const char *paths[] = { path_a, path_b };
	struct evl_list l;
	struct kb_error e = { "" };
	size_t i;

	(void)state;
	memset(&l, 0, sizeof l);
	assert_int_equal(evl_load(&l, paths, 2, NULL, &e), 0);
	assert_int_equal(l.n, 6);
	assert_int_equal(l.read, 6);
	for (i = 1; i < l.n; i++)
		assert_true(l.events[i - 1].time <= l.events[i].time);
	/* Same second: the first file's event first. */
	assert_int_equal(l.events[2].time, DAY + 300);
	assert_int_equal(l.events[2].file, 0);
	assert_int_equal(l.events[3].file, 1);
	assert_int_equal(l.events[0].event_id, 7000);
	assert_int_equal(l.events[0].raw_identifier, 0xC0001B58);
	assert_int_equal(l.files[1].kept, 3);
	evl_free(&l);
}

static void test_filters_combine(void **state)
{
	const char *paths[] = { path_a, path_b };
	static const unsigned ids[] = { 7000, 7001 };
	struct evl_filter f;
	struct evl_list l;
	struct kb_error e = { "" };

	(void)state;
	memset(&f, 0, sizeof f);
	memset(&l, 0, sizeof l);
	f.ids = ids;
	f.n_ids = 2;
	f.levels = EVL_LEVEL_BIT(EVLEVEL_ERROR);
	assert_int_equal(evl_load(&l, paths, 2, &f, &e), 0);
	assert_int_equal(l.n, 2);
	assert_int_equal(l.read, 6);
	evl_free(&l);

	memset(&f, 0, sizeof f);
	f.source = "other";
	assert_int_equal(evl_load(&l, paths, 2, &f, &e), 0);
	assert_int_equal(l.n, 2);
	evl_free(&l);

	memset(&f, 0, sizeof f);
	f.text = "CLUSTER  1058";
	assert_int_equal(evl_load(&l, paths, 2, &f, &e), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.events[0].event_id, 7023);
	evl_free(&l);

	memset(&f, 0, sizeof f);
	f.since = DAY + 200;
	f.until = DAY + 300;
	assert_int_equal(evl_load(&l, paths, 2, &f, &e), 0);
	assert_int_equal(l.n, 3);
	evl_free(&l);
}

static void test_bad_file_is_recorded_and_others_read(void **state)
{
	const char *paths[] = { path_bad, path_a };
	struct evl_list l;
	struct kb_error e = { "" };

	(void)state;
	memset(&l, 0, sizeof l);
	assert_int_equal(evl_load(&l, paths, 2, NULL, &e), 0);
	assert_int_equal(l.n_files, 2);
	assert_false(l.files[0].ok);
	assert_non_null(strstr(l.files[0].error, path_bad));
	assert_true(l.files[1].ok);
	assert_int_equal(l.n, 3);
	evl_free(&l);
}

static void test_times_parse_as_utc(void **state)
{
	int64_t t;

	(void)state;
	assert_int_equal(evl_parse_time("2002-06-11", 0, &t), 0);
	assert_int_equal(t, DAY);
	assert_int_equal(evl_parse_time("2002-06-11", 1, &t), 0);
	assert_int_equal(t, DAY + 86399);
	assert_int_equal(evl_parse_time("2002-06-11 09:30", 0, &t), 0);
	assert_int_equal(t, DAY + 9 * 3600 + 1800);
	assert_int_equal(evl_parse_time("2002-06-11 09:30", 1, &t), 0);
	assert_int_equal(t, DAY + 9 * 3600 + 1859);
	assert_int_equal(evl_parse_time("2002-06-11T09:30:15Z", 0, &t), 0);
	assert_int_equal(t, DAY + 9 * 3600 + 1815);
	assert_int_equal(evl_parse_time("2002-13-01", 0, &t), -1);
	assert_int_equal(evl_parse_time("yesterday", 0, &t), -1);
	assert_int_equal(evl_parse_time("2002-06-11 9:30", 0, &t), -1);
	assert_int_equal(evl_parse_time("2002-06-11 09:30x", 0, &t), -1);
}

static void test_levels_parse_as_a_list(void **state)
{
	unsigned lv;
	char bad[32];

	(void)state;
	assert_int_equal(evl_parse_levels("error,Warning", &lv, bad, sizeof bad), 0);
	assert_int_equal(lv, EVL_LEVEL_BIT(EVLEVEL_ERROR) | EVL_LEVEL_BIT(EVLEVEL_WARNING));
	assert_int_equal(evl_parse_levels("error,fatal", &lv, bad, sizeof bad), -1);
	assert_string_equal(bad, "fatal");
	assert_int_equal(evl_parse_levels("", &lv, bad, sizeof bad), -1);
}

static void test_message_references_found_and_explained(void **state)
{
	struct rule r;
	struct rule_symptom s[2];
	struct rule *rules[1] = { &r };
	struct msgref_table t = { NULL, 0 };
	const struct msgref_entry *m;
	size_t pos = 0;
	unsigned code;
	const char *text = "a %%1720 b %%% %%12345678901 %%2";

	(void)state;
	assert_int_equal(msgref_next(text, &pos, &code), 1);
	assert_int_equal(code, 1720);
	assert_int_equal(msgref_next(text, &pos, &code), 1);
	assert_int_equal(code, 2);
	assert_int_equal(msgref_next(text, &pos, &code), 0);
	assert_true(msgref_mentions("x %%1720", 1720));
	assert_false(msgref_mentions("x %%17200", 1720));

	memset(&r, 0, sizeof r);
	memset(s, 0, sizeof s);
	r.id = (char *)"Q262832";
	r.article = (char *)"Q262832";
	r.symptoms = s;
	r.n_symptoms = 2;
	s[0].error_code = 1720;
	s[0].message = (char *)"The endpoint cannot be created";
	s[1].error_code = 2;
	s[1].message = (char *)"The rule's words for 2";
	assert_int_equal(msgref_table_add_rules(&t, rules, 1), 0);
	m = msgref_lookup(&t, 1720);
	assert_non_null(m);
	assert_string_equal(m->from, "as worded in Q262832");
	/* Windows' own text wins over a rule's wording of a common code. */
	assert_string_equal(msgref_lookup(&t, 2)->message,
			    "The system cannot find the file specified.");
	m = msgref_lookup(NULL, 1058);
	assert_non_null(m);
	assert_string_equal(m->from, "Windows system error text");
	assert_null(msgref_lookup(&t, 4242));
	msgref_table_free(&t);
}

/* A want that takes only 7000 (another reader's, as diagnose's rules),
 * asking the feed too. */
static int want_7000_or_feed(void *feed, const struct kb_event *ev)
{
	return ev->event_id == 7000 || evl_feed_want(feed, ev);
}

static int want_feed(void *feed, const struct kb_event *ev)
{
	return evl_feed_want(feed, ev);
}

/* The list filled from another reader's read (evl_feed, as diagnose fills
 * the service doctor's and the unexplained events' list) is evl_load's:
 * the same events in the same order, the same files, the same count of
 * events read; unreadable files keep their place and message. */
static void check_feed_is_load(const struct evl_filter *f, evtlog_want_fn want)
{
	const char *paths[] = { path_a, path_bad, path_b };
	struct evl_list a, b;
	struct evl_feed feed;
	struct kb_error e = { "" };
	size_t i, j;

	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	assert_int_equal(evl_load(&a, paths, 3, f, &e), 0);
	evl_feed_init(&feed, &b, f);
	for (i = 0; i < 3; i++) {
		struct evtlog_stats st;
		struct kb_error ferr = { "" };
		int rc;

		assert_int_equal(evl_feed_file(&feed, paths[i]), 0);
		rc = evtlog_read_wanted(paths[i], want, evl_feed_event, NULL, &feed, &st, &ferr);
		assert_int_equal(evl_feed_file_done(&feed, rc, &st, ferr.msg), 0);
	}
	assert_int_equal(evl_feed_finish(&feed, &e), 0);
	assert_int_equal(a.n, b.n);
	assert_true(a.n > 0);
	assert_int_equal(a.read, b.read);
	assert_int_equal(a.n_files, b.n_files);
	for (i = 0; i < a.n_files; i++) {
		assert_string_equal(a.files[i].path, b.files[i].path);
		assert_int_equal(a.files[i].ok, b.files[i].ok);
		assert_int_equal(a.files[i].kept, b.files[i].kept);
		assert_int_equal(a.files[i].stats.events, b.files[i].stats.events);
		assert_int_equal(a.files[i].stats.skipped, b.files[i].stats.skipped);
		if (!a.files[i].ok)
			assert_string_equal(a.files[i].error, b.files[i].error);
	}
	for (i = 0; i < a.n; i++) {
		const struct evl_event *x = &a.events[i], *y = &b.events[i];

		assert_int_equal(x->record_number, y->record_number);
		assert_int_equal(x->file, y->file);
		assert_int_equal(x->event_id, y->event_id);
		assert_int_equal(x->level, y->level);
		assert_string_equal(x->source, y->source);
		assert_int_equal(x->n_strings, y->n_strings);
		for (j = 0; j < x->n_strings; j++)
			assert_string_equal(x->strings[j], y->strings[j]);
	}
	evl_free(&a);
	evl_free(&b);
}

static void test_feed_from_another_read_is_load(void **state)
{
	static const unsigned also[] = { 7036 };
	struct evl_filter f;

	(void)state;
	/* The unexplained events' filter: errors and warnings, and 7036. */
	memset(&f, 0, sizeof f);
	f.levels = EVL_LEVEL_BIT(EVLEVEL_ERROR) | EVL_LEVEL_BIT(EVLEVEL_WARNING);
	f.also_ids = also;
	f.n_also_ids = 1;
	check_feed_is_load(&f, want_feed);
	check_feed_is_load(&f, want_7000_or_feed);
	/* Words are checked on the event, not at want. */
	memset(&f, 0, sizeof f);
	f.text = "browser";
	check_feed_is_load(&f, want_feed);
	check_feed_is_load(NULL, want_7000_or_feed);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_logs_merge_in_time_order),
		cmocka_unit_test(test_feed_from_another_read_is_load),
		cmocka_unit_test(test_filters_combine),
		cmocka_unit_test(test_bad_file_is_recorded_and_others_read),
		cmocka_unit_test(test_times_parse_as_utc),
		cmocka_unit_test(test_levels_parse_as_a_list),
		cmocka_unit_test(test_message_references_found_and_explained),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
