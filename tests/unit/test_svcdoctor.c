/* test_svcdoctor.c: the service doctor's parts that the e2e test
 * (tests/e2e/test_svcdoctor.sh) does not isolate: the PE header check,
 * the Win32 messages file, picking the Service Control Manager's
 * failures out of other events, 7026's driver list, 7024's own codes and
 * the key name Windows 7 puts in the event's binary data. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kbwiz/evtlist.h"
#include "lib/hive_writer.h"
#include "kbwiz/svcdoctor.h"
#include "lib/testlib.h"

static char *tmpdir;

static int setup(void **state)
{
	(void)state;
	tmpdir = test_tmpdir();
	return tmpdir != NULL ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	test_rm_rf(tmpdir);
	free(tmpdir);
	return 0;
}

static const char *file_with(const char *name, const void *data, size_t len)
{
	static char path[4096];

	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	assert_int_equal(test_write_file(path, data, len), 0);
	return path;
}

/* A PE file: DOS header, PE header at 0x80, one section of raw_size
 * bytes at 0x400. */
static void make_pe(unsigned char *h, size_t len, uint32_t raw_size)
{
	size_t sec = 0x80 + 24 + 0xE0;

	memset(h, 0, len);
	h[0] = 'M';
	h[1] = 'Z';
	h[0x3C] = 0x80;
	memcpy(h + 0x80, "PE\0\0", 4);
	h[0x84] = 0x4c;
	h[0x85] = 0x01;
	h[0x86] = 1;             /* one section */
	h[0x94] = 0xE0;          /* SizeOfOptionalHeader */
	h[sec + 16] = (unsigned char)(raw_size & 0xff);
	h[sec + 17] = (unsigned char)(raw_size >> 8);
	h[sec + 21] = 0x04;      /* PointerToRawData 0x400 */
}

static void test_pe_check_names_what_is_wrong(void **state)
{
	static unsigned char pe[0x800];
	char why[256];

	(void)state;
	assert_int_equal(svd_pe_check(file_with("zero.exe", "", 0), why, sizeof why), 1);
	assert_string_equal(why, "zero-length file");
	assert_int_equal(svd_pe_check(file_with("text.exe", "hello world", 11), why, sizeof why), 1);
	assert_non_null(strstr(why, "no MZ header"));
	assert_int_equal(svd_pe_check(file_with("mz.exe", "MZ", 2), why, sizeof why), 1);
	assert_non_null(strstr(why, "shorter than the DOS header"));
	make_pe(pe, sizeof pe, 0x400);
	assert_int_equal(svd_pe_check(file_with("whole.exe", pe, sizeof pe), why, sizeof why), 0);
	assert_int_equal(svd_pe_check(file_with("cut.exe", pe, 0x500), why, sizeof why), 1);
	assert_string_equal(why, "truncated: 1280 bytes, its sections end at 2048");
	assert_int_equal(svd_pe_check(file_with("hdr.exe", pe, 0x90), why, sizeof why), 1);
	assert_non_null(strstr(why, "its PE header would be at 0x80"));
	memcpy(pe + 0x80, "NE\0\0", 4);
	assert_int_equal(svd_pe_check(file_with("ne.exe", pe, sizeof pe), why, sizeof why), 1);
	assert_non_null(strstr(why, "no PE signature at 0x80"));
	assert_int_equal(svd_pe_check("/nonexistent/x.exe", why, sizeof why), -1);
}

static void test_messages_file_is_read_and_a_bad_line_named(void **state)
{
	struct svd_messages *m = NULL;
	struct kb_error err = { "" };
	const char *name = NULL, *path;

	(void)state;
	assert_int_equal(svd_messages_load("kb/win32-errors.tsv", &m, &err), 0);
	assert_string_equal(svd_messages_lookup(m, 1068, &name),
			    "The dependency service or group failed to start.");
	assert_string_equal(name, "ERROR_SERVICE_DEPENDENCY_FAIL");
	assert_null(svd_messages_lookup(m, 424242, NULL));
	svd_messages_free(m);
	{
		static const char bad[] = "# c\n2\tERROR_FILE_NOT_FOUND\tx\nthree\tX\ty\n";
		path = file_with("bad.tsv", bad, strlen(bad));
	}
	assert_int_equal(svd_messages_load(path, &m, &err), KB_EFORMAT);
	assert_non_null(strstr(err.msg, "bad.tsv:3:"));
	assert_null(m);
}

static struct evl_event event(const char *source, unsigned id, const char **strings,
			      size_t n)
{
	struct evl_event e;

	memset(&e, 0, sizeof e);
	e.source = (char *)source;
	e.event_id = id;
	e.time = 1700000000;
	e.strings = (char **)strings;
	e.n_strings = n;
	return e;
}

static void test_only_the_service_control_managers_failures_count(void **state)
{
	const char *logon[] = { "2", "S-1-5-21-1-2-3-1105" };
	const char *running[] = { "Some Service", "running" };
	const char *failed[] = { "Some Service", "%%2" };
	const char *drivers[] = { "\r\nDrvA\r\nDrvB\r\n" };
	const char *specific[] = { "Own Codes", "3" };
	struct evl_event ev[5];
	struct evl_list l;
	struct svd_report *r = NULL;
	struct kb_error err = { "" };
	size_t i, n_drivers = 0;

	(void)state;
	ev[0] = event("Microsoft-Windows-Winlogon", 7001, logon, 2);
	ev[1] = event("Service Control Manager", 7036, running, 2);
	ev[2] = event("Service Control Manager", 7000, failed, 2);
	ev[3] = event("Service Control Manager", 7026, drivers, 1);
	ev[4] = event("Service Control Manager", 7024, specific, 2);
	memset(&l, 0, sizeof l);
	l.events = ev;
	l.n = 5;
	assert_int_equal(svd_run_events(&l, NULL, NULL, &r, &err), 0);
	assert_int_equal(r->other_sources, 1);
	assert_int_equal(r->scm_failures, 3);
	assert_false(r->configuration);
	assert_int_equal(r->n, 4);
	for (i = 0; i < r->n; i++) {
		const struct svd_finding *f = &r->v[i];
		assert_int_equal(f->verdict, VERDICT_POSSIBLE);
		if (f->kind == SVD_DRIVER)
			n_drivers++;
		if (f->kind == SVD_IMAGE) {
			assert_string_equal(f->service, "Some Service");
			assert_int_equal(f->error_code, 2);
		}
		if (f->kind == SVD_EXIT_CODE) {
			assert_true(f->service_specific);
			assert_int_equal(f->error_code, 3);
			assert_null(f->error_text);   /* the service's own code */
		}
	}
	assert_int_equal(n_drivers, 2);
	svd_free(r);
}

static void test_binary_data_key_name_maps_the_service(void **state)
{
	/* UTF-16LE "IndSvc/1" as libevtx gives binary data: hex text. */
	const char *strs[] = { "Localised Name", "%%1058",
			       "49006E0064005300760063002F0031000000" };
	struct evl_event ev;
	struct evl_list l;
	struct evidence_set set = { 0 };
	struct svd_report *r = NULL;
	struct kb_error err = { "" };
	struct kb_error herr = { "" };
	char path[4096];

	(void)state;
	snprintf(path, sizeof path, "%s/SYSTEM", tmpdir);
	assert_int_equal(hive_fixture_build(path,
		"@name SYSTEM\n[Select]\n\"Current\"=dword:1\n"
		"[ControlSet001\\Services\\IndSvc]\n"
		"\"DisplayName\"=\"@%SystemRoot%\\system32\\ind.dll,-100\"\n"
		"\"Type\"=dword:20\n\"Start\"=dword:4\n", &herr), 0);
	assert_int_equal(evidence_add(&set, EVIDENCE_HIVE, path, &err), 0);
	ev = event("Service Control Manager", 7000, strs, 3);
	memset(&l, 0, sizeof l);
	l.events = &ev;
	l.n = 1;
	assert_int_equal(svd_run_events(&l, &set, NULL, &r, &err), 0);
	assert_true(r->configuration);
	assert_int_equal(r->n, 1);
	assert_string_equal(r->v[0].service, "IndSvc");
	assert_string_equal(r->v[0].named_as, "Localised Name");
	assert_non_null(strstr(r->v[0].mapping, "key name the event's data carries"));
	assert_int_equal(r->v[0].kind, SVD_DISABLED);
	assert_int_equal(r->v[0].verdict, VERDICT_CONFIRMED);
	svd_free(r);
	evidence_set_free(&set);
}

static void test_an_exports_message_gives_the_service_and_the_code(void **state)
{
	const char *msg[] = { "The Missing App service failed to start due to the following "
			      "error: \r\nThe system cannot find the file specified." };
	const char *hang[] = { "Timeout (30000 milliseconds) waiting for the Slow One service "
			       "to connect." };
	struct svd_options o = { "kb/win32-errors.tsv", NULL };
	struct evl_event ev[2];
	struct evl_list l;
	struct svd_report *r = NULL;
	struct kb_error err = { "" };

	(void)state;
	ev[0] = event("Service Control Manager", 7000, msg, 1);
	ev[1] = event("Service Control Manager", 7009, hang, 1);
	memset(&l, 0, sizeof l);
	l.events = ev;
	l.n = 2;
	assert_int_equal(svd_run_events(&l, NULL, &o, &r, &err), 0);
	assert_int_equal(r->n, 2);
	assert_string_equal(r->v[0].service, "Missing App");
	assert_int_equal(r->v[0].kind, SVD_IMAGE);
	assert_int_equal(r->v[0].error_code, 2);
	assert_string_equal(r->v[1].service, "Slow One");
	assert_int_equal(r->v[1].kind, SVD_TIMEOUT);
	svd_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pe_check_names_what_is_wrong),
		cmocka_unit_test(test_messages_file_is_read_and_a_bad_line_named),
		cmocka_unit_test(test_only_the_service_control_managers_failures_count),
		cmocka_unit_test(test_binary_data_key_name_maps_the_service),
		cmocka_unit_test(test_an_exports_message_gives_the_service_and_the_code),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
