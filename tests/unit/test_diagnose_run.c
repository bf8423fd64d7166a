/* test_diagnose_run.c: diagnosis_run reading several event files side by
 * side (core/diagnose_run.c): each file into a diagnosis of its own,
 * merged in file order (diagnosis_merge_events), gives what one pass over
 * the files gives: counts, first and last events, a count/within window
 * met only across files, file records in order, a missing file in its
 * place; and the list the service doctor and the unexplained events share
 * (evl_feed) is the one pass's. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lib/evt_writer.h"
#include "lib/testlib.h"
#include "kbwiz/diagnose.h"
#include "kbwiz/evtlist.h"
#include "kbwiz/rule_load.h"

/* 7023 three times within 10 minutes, and 7036 of anything. */
static const char rule_yaml[] =
	"id: T1\n"
	"article: T1\n"
	"title: Test service fails again and again\n"
	"published: 2002-01-01\n"
	"products:\n"
	"  - name: Windows NT Server, Enterprise Edition\n"
	"    versions: [\"4.0\"]\n"
	"    windows: \"4.0\"\n"
	"symptoms:\n"
	"  - id: burst\n"
	"    event: {log: System, id: 7023, source: Service Control Manager, count: 3, within: 10m}\n"
	"  - id: state\n"
	"    event: {log: System, id: 7036, source: Service Control Manager}\n"
	"cause: The service fails.\n"
	"remediation:\n"
	"  - id: fix\n"
	"    manual: Fix it.\n"
	"references: [T1]\n";

#define T0 1023790142   /* 2002-06-11 */

static char *dir;

/* A .evt of n events: ids[i] at T0 + secs[i]. */
static void write_evt(const char *path, const unsigned *ids, const int64_t *secs, size_t n)
{
	static const char *const strings[] = { "Test Service", "%%1058" };
	struct evt_writer *w = evt_writer_new(path, NULL);
	size_t i;

	assert_non_null(w);
	for (i = 0; i < n; i++) {
		unsigned type = ids[i] == 7036 ? EVT_TYPE_INFORMATION : EVT_TYPE_ERROR;

		assert_int_equal(evt_writer_add(w, T0 + secs[i], evt_identifier_for(ids[i], type),
						type, "Service Control Manager", "NODE9", strings, 2,
						NULL), 0);
	}
	assert_int_equal(evt_writer_close(w, NULL), 0);
}

struct outcome {
	struct diagnosis *d;
	struct evl_list list;
};

/* diagnosis_run over ev, serially or side by side, with the shared list. */
static void run(const struct evidence_set *ev, int serial, struct outcome *o)
{
	struct kb_error err = { "" };
	struct rule *rule;
	struct evl_filter f;
	struct evl_feed feed;

	memset(o, 0, sizeof *o);
	memset(&f, 0, sizeof f);
	f.levels = EVL_LEVEL_BIT(EVLEVEL_ERROR);
	if (rule_load_text("T1.yaml", rule_yaml, strlen(rule_yaml), &rule, &err) != 0)
		fail_msg("rule: %s", err.msg);
	assert_int_equal(diagnosis_new(&rule, 1, &o->d, &err), 0);
	o->d->serial_readers = serial;
	evl_feed_init(&feed, &o->list, &f);
	o->d->event_feed = &feed;
	if (diagnosis_run(o->d, ev, NULL, NULL, &err) != 0)
		fail_msg("run: %s", err.msg);
	assert_int_equal(evl_feed_finish(&feed, &err), 0);
	o->d->event_feed = NULL;
}

static void free_outcome(struct outcome *o)
{
	diagnosis_free(o->d);
	evl_free(&o->list);
}

static void same_event(const struct diag_event *a, const struct diag_event *b)
{
	assert_int_equal(a->time, b->time);
	assert_int_equal(a->record_number, b->record_number);
	if (a->file == NULL || b->file == NULL)
		assert_ptr_equal(a->file, b->file);
	else
		assert_string_equal(a->file, b->file);
}

static void test_event_files_side_by_side_are_one_pass(void **state)
{
	/* The burst's three 7023s fall in two files; the third file has
	 * none; a missing file between them. */
	static const unsigned ids_a[] = { 7036, 7023, 7023 };
	static const int64_t secs_a[] = { 0, 60, 120 };
	static const unsigned ids_b[] = { 7036, 7036 };
	static const int64_t secs_b[] = { 5, 6 };
	static const unsigned ids_c[] = { 7023, 7036 };
	static const int64_t secs_c[] = { 180, 200 };
	const char *names[] = { "a.evt", "missing.evt", "b.evt", "c.evt" };
	struct evidence_set ev = { 0 };
	struct kb_error err = { "" };
	struct outcome one, side;
	char path[4][700];
	size_t i, j;

	(void)state;
	for (i = 0; i < 4; i++) {
		snprintf(path[i], sizeof path[i], "%s/%s", dir, names[i]);
		assert_int_equal(evidence_add(&ev, EVIDENCE_EVENTS, path[i], &err), 0);
	}
	write_evt(path[0], ids_a, secs_a, 3);
	write_evt(path[2], ids_b, secs_b, 2);
	write_evt(path[3], ids_c, secs_c, 2);

	run(&ev, 1, &one);
	run(&ev, 0, &side);
	for (i = 0; i < 2; i++) {
		const struct diag_symptom *x = &one.d->rules[0].symptoms[i];
		const struct diag_symptom *y = &side.d->rules[0].symptoms[i];

		assert_int_equal(x->count, y->count);
		assert_int_equal(x->matched, y->matched);
		same_event(&x->first, &y->first);
		same_event(&x->last, &y->last);
	}
	/* The window is met only across a.evt and c.evt. */
	assert_int_equal(side.d->rules[0].symptoms[0].count, 3);
	assert_int_equal(side.d->rules[0].symptoms[1].count, 4);
	assert_int_equal(side.d->rules[0].verdict, one.d->rules[0].verdict);
	assert_int_equal(one.d->n_files, side.d->n_files);
	for (i = 0; i < one.d->n_files; i++) {
		assert_string_equal(one.d->files[i].path, side.d->files[i].path);
		assert_int_equal(one.d->files[i].ok, side.d->files[i].ok);
		if (one.d->files[i].detail != NULL)
			assert_string_equal(one.d->files[i].detail, side.d->files[i].detail);
	}
	assert_false(side.d->files[1].ok);
	assert_int_equal(one.list.n, side.list.n);
	assert_int_equal(one.list.n, 3);
	assert_int_equal(one.list.read, side.list.read);
	assert_int_equal(one.list.n_files, side.list.n_files);
	for (i = 0; i < one.list.n; i++) {
		assert_int_equal(one.list.events[i].file, side.list.events[i].file);
		assert_int_equal(one.list.events[i].record_number,
				 side.list.events[i].record_number);
		for (j = 0; j < one.list.events[i].n_strings; j++)
			assert_string_equal(one.list.events[i].strings[j],
					    side.list.events[i].strings[j]);
	}
	free_outcome(&one);
	free_outcome(&side);
	evidence_set_free(&ev);
}

static int setup(void **state)
{
	(void)state;
	dir = test_tmpdir();
	return dir == NULL ? -1 : 0;
}

static int teardown(void **state)
{
	(void)state;
	test_rm_rf(dir);
	free(dir);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_event_files_side_by_side_are_one_pass),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
