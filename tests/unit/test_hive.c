/* test_hive.c: offline hives open (or fail with a message naming the
 * file), CurrentControlSet resolves through Select\Current, and every
 * check kind reports what it found, on fixtures built from
 * the specs in tests/fixtures/hives and on the real hives in ../shared/testdata
 * when they are there. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <fcntl.h>
#include <hivex.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kbwiz/hive.h"
#include "lib/hive_writer.h"
#include "lib/testlib.h"

#define FIXTURES "tests/fixtures/hives/"
#define REAL_HIVES "../shared/testdata/hives/"
#define WINSOCK "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Winsock"

static char *tmpdir;

static int group_setup(void **state)
{
	(void)state;
	/* hivex prints its debug trace when this is set; the tests check
	 * that nothing reaches stderr otherwise. */
	unsetenv("HIVEX_DEBUG");
	tmpdir = test_tmpdir();
	return tmpdir != NULL ? 0 : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	test_rm_rf(tmpdir);
	free(tmpdir);
	return 0;
}

static char *tmp_path(const char *name)
{
	char *p = malloc(strlen(tmpdir) + strlen(name) + 2);

	assert_non_null(p);
	sprintf(p, "%s/%s", tmpdir, name);
	return p;
}

/* Build tests/fixtures/hives/<name>.spec into the temp dir. */
static char *build_fixture(const char *name)
{
	struct kb_error err = { "" };
	char spec[256];
	char *out;

	snprintf(spec, sizeof spec, FIXTURES "%s.spec", name);
	out = tmp_path(name);
	if (hive_fixture_build_file(out, spec, &err) != 0)
		fail_msg("building %s: %s", name, err.msg);
	return out;
}

static char *build_text(const char *name, const char *spec)
{
	struct kb_error err = { "" };
	char *out = tmp_path(name);

	if (hive_fixture_build(out, spec, &err) != 0)
		fail_msg("building %s: %s", name, err.msg);
	return out;
}

static struct kb_hive *open_ok(const char *path)
{
	struct kb_hive *h = NULL;
	struct kb_error err = { "" };

	if (hive_open(path, &h, &err) != 0)
		fail_msg("hive_open: %s", err.msg);
	return h;
}

static struct rule_check key_check(const char *key, enum check_expect e)
{
	struct rule_check c;

	memset(&c, 0, sizeof c);
	c.id = (char *)"t";
	c.key = (char *)key;
	c.expect = e;
	return c;
}

static struct rule_check value_check(const char *key, const char *value,
				     enum kb_reg_type type, enum check_expect e,
				     const char *data)
{
	struct rule_check c = key_check(key, e);

	c.value = (char *)value;
	c.type = type;
	c.data = (char *)data;
	return c;
}

/* The three checks of kb/Q262832.yaml. */
static struct rule_check q_provider_key(void)
{
	struct rule_check c = key_check(WINSOCK "\\Setup Migration\\Providers\\Clusnet",
					EXPECT_KEY_EXISTS);
	c.id = (char *)"clusnet-provider-key";
	return c;
}

static struct rule_check q_provider_list(void)
{
	struct rule_check c = value_check(WINSOCK "\\Setup Migration", "Provider List",
					  KB_REG_MULTI_SZ,
					  EXPECT_MULTI_SZ_CONTAINS, "Clusnet");
	c.id = (char *)"provider-list-has-clusnet";
	return c;
}

static struct rule_check q_transports(void)
{
	struct rule_check c = value_check(WINSOCK "\\Parameters", "Transports",
					  KB_REG_MULTI_SZ,
					  EXPECT_MULTI_SZ_CONTAINS, "Clusnet");
	c.id = (char *)"transports-has-clusnet";
	return c;
}

static void eval(struct kb_hive *h, struct rule_check c, struct check_result *r)
{
	struct kb_error err = { "" };

	if (hive_eval_check(h, &c, r, &err) != 0)
		fail_msg("hive_eval_check: %s", err.msg);
}

static void assert_result(const struct check_result *r, enum check_status s,
			  enum check_failure f, const char *found,
			  const char *detail)
{
	assert_string_equal(check_status_name(r->status), check_status_name(s));
	assert_string_equal(check_failure_name(r->failure), check_failure_name(f));
	if (found != NULL)
		assert_string_equal(r->found, found);
	if (detail != NULL)
		assert_string_equal(r->detail, detail);
}

/* ---- the writer ---- */

static void test_empty_hive_writer_output_opens_in_hivex(void **state)
{
	char *path = tmp_path("empty.hive");
	struct kb_error err = { "" };
	unsigned char base[4096];
	hive_h *hx;
	hive_node_h *kids;
	struct kb_hive *h;
	FILE *f;

	(void)state;
	assert_int_equal(hive_write_empty(path, NULL, &err), 0);
	hx = hivex_open(path, 0);
	assert_non_null(hx);
	assert_true(hivex_root(hx) != 0);
	kids = hivex_node_children(hx, hivex_root(hx));
	assert_non_null(kids);
	assert_true(kids[0] == 0);
	free(kids);
	hivex_close(hx);

	f = fopen(path, "rb");
	assert_non_null(f);
	assert_int_equal(fread(base, 1, sizeof base, f), sizeof base);
	fclose(f);
	assert_memory_equal(base, "regf", 4);
	assert_int_equal(hive_base_block_checksum(base),
			 base[0x1FC] | base[0x1FD] << 8 | base[0x1FE] << 16 |
			 (uint32_t)base[0x1FF] << 24);

	h = open_ok(path);
	assert_string_equal(hive_kind(h), "");
	assert_false(hive_is_dirty(h));
	hive_close(h);
	free(path);
}

static void test_empty_hive_accepts_keys_through_hivex_write(void **state)
{
	char *path = tmp_path("grown.hive");
	struct kb_error err = { "" };
	hive_h *hx;
	hive_node_h node;

	(void)state;
	assert_int_equal(hive_write_empty(path, NULL, &err), 0);
	hx = hivex_open(path, HIVEX_OPEN_WRITE);
	assert_non_null(hx);
	node = hivex_node_add_child(hx, hivex_root(hx), "Select");
	assert_true(node != 0);
	assert_int_equal(hivex_commit(hx, path, 0), 0);
	hivex_close(hx);
	hx = hivex_open(path, 0);
	assert_non_null(hx);
	assert_true(hivex_node_get_child(hx, hivex_root(hx), "Select") != 0);
	hivex_close(hx);
	free(path);
}

static void test_fixture_builder_names_the_bad_spec_line(void **state)
{
	char *out = tmp_path("bad.hive");
	struct kb_error err = { "" };

	(void)state;
	assert_int_equal(hive_fixture_build(out, "[A]\n\"x\"=dword:zz\n", &err), KB_EFORMAT);
	assert_non_null(strstr(err.msg, "line 2:"));
	assert_int_equal(hive_fixture_build(out, "\"x\"=\"y\"\n", &err), KB_EFORMAT);
	assert_non_null(strstr(err.msg, "line 1: value before any [key]"));
	free(out);
}

/* ---- opening and its errors ---- */

static void expect_open_error(const char *path, int code, const char *text)
{
	struct kb_hive *h = (struct kb_hive *)1;
	struct kb_error err = { "" };

	assert_int_equal(hive_open(path, &h, &err), code);
	assert_null(h);
	/* The message names the file... */
	assert_true(strncmp(err.msg, path, strlen(path)) == 0);
	/* ...and says what is wrong. */
	if (strstr(err.msg, text) == NULL)
		fail_msg("message \"%s\" lacks \"%s\"", err.msg, text);
}

static void test_open_missing_file_names_it(void **state)
{
	char *path = tmp_path("no-such-hive");

	(void)state;
	expect_open_error(path, KB_ENOTFOUND, ": no such file");
	free(path);
}

static void test_open_zero_length_file_names_it(void **state)
{
	char *path = tmp_path("zero");

	(void)state;
	assert_int_equal(test_write_file(path, "", 0), 0);
	expect_open_error(path, KB_EFORMAT,
			  ": empty file (0 bytes), not a registry hive");
	free(path);
}

static void test_open_not_a_hive_names_it(void **state)
{
	static const char text[] = "Windows Registry Editor Version 5.00\r\n";
	char *path = tmp_path("SYSTEM.reg");

	(void)state;
	assert_int_equal(test_write_file(path, text, sizeof text - 1), 0);
	expect_open_error(path, KB_EFORMAT,
			  ": not a registry hive (no 'regf' signature)");
	free(path);
}

/* Copy the first len bytes of src to dst, flipping bit `bit` of byte
 * flip_at when flip_at is not -1. */
static void copy_damaged(const char *src, const char *dst, long len,
			 long flip_at, int bit)
{
	FILE *f = fopen(src, "rb");
	unsigned char *buf;
	long n;

	assert_non_null(f);
	buf = malloc(1 << 20);
	assert_non_null(buf);
	n = (long)fread(buf, 1, 1 << 20, f);
	fclose(f);
	if (len < 0 || len > n)
		len = n;
	if (flip_at >= 0)
		buf[flip_at] ^= (unsigned char)(1u << bit);
	assert_int_equal(test_write_file(dst, buf, (size_t)len), 0);
	free(buf);
}

static void test_open_truncated_hive_names_it(void **state)
{
	char *good = build_fixture("q262832-healthy");
	char *cut = tmp_path("SYSTEM.cut");

	(void)state;
	copy_damaged(good, cut, 4096 + 4096 + 100, -1, 0);
	expect_open_error(cut, KB_EFORMAT, ": truncated registry hive: 8292 bytes, "
			  "but its base block declares");
	copy_damaged(good, cut, 2000, -1, 0);
	expect_open_error(cut, KB_EFORMAT, ": truncated registry hive (2000 bytes");
	free(good);
	free(cut);
}

static void test_open_bit_flipped_base_block_names_it(void **state)
{
	char *good = build_fixture("q262832-healthy");
	char *bad = tmp_path("SYSTEM.flip");

	(void)state;
	copy_damaged(good, bad, -1, 0x24, 3);   /* root cell offset */
	expect_open_error(bad, KB_EFORMAT, ": damaged registry hive: base block "
			  "checksum");
	free(good);
	free(bad);
}

static void test_open_bit_flipped_hbin_names_it(void **state)
{
	char *good = build_fixture("q262832-healthy");
	char *bad = tmp_path("SYSTEM.flip2");

	(void)state;
	copy_damaged(good, bad, -1, 4096 + 1, 0);       /* "hbin" -> "hcin" */
	expect_open_error(bad, KB_EFORMAT, ": damaged registry hive: its cells "
			  "cannot be read");
	free(good);
	free(bad);
}

static void test_open_transaction_log_names_it(void **state)
{
	char *good = build_fixture("q262832-healthy");
	char *log = tmp_path("SYSTEM.LOG1");
	unsigned char base[4096];
	uint32_t sum;
	FILE *f;

	(void)state;
	copy_damaged(good, log, -1, -1, 0);
	f = fopen(log, "r+b");
	assert_non_null(f);
	assert_int_equal(fread(base, 1, sizeof base, f), sizeof base);
	base[0x1C] = 6;         /* the file type Windows 8 gives .LOG1/.LOG2 */
	sum = hive_base_block_checksum(base);
	base[0x1FC] = (unsigned char)sum;
	base[0x1FD] = (unsigned char)(sum >> 8);
	base[0x1FE] = (unsigned char)(sum >> 16);
	base[0x1FF] = (unsigned char)(sum >> 24);
	assert_int_equal(fseek(f, 0, SEEK_SET), 0);
	assert_int_equal(fwrite(base, 1, sizeof base, f), sizeof base);
	fclose(f);
	expect_open_error(log, KB_EFORMAT, ": a registry transaction log (file "
			  "type 6), not a primary hive file");
	if (access(REAL_HIVES "SYSTEM_B.LOG1", R_OK) == 0)
		expect_open_error(REAL_HIVES "SYSTEM_B.LOG1", KB_EFORMAT,
				  ": a registry transaction log");
	free(good);
	free(log);
}

static void test_open_unreadable_file_names_it(void **state)
{
	char *good = build_fixture("q262832-healthy");

	char *under = tmp_path("q262832-healthy/SYSTEM");

	(void)state;
	/* A path through a file cannot be opened, whoever we are. */
	expect_open_error(under, KB_EIO, ": cannot open: Not a directory");
	free(under);
	assert_int_equal(chmod(good, 0), 0);
	/* Root (CAP_DAC_OVERRIDE) reads through file modes: ask the system,
	 * not the user id. */
	if (access(good, R_OK) == 0) {
		printf("SKIP: test_open_unreadable_file_names_it: file modes do not stop "
		       "reads for this process (root)\n");
		assert_int_equal(chmod(good, 0600), 0);
		free(good);
		skip();
	}
	expect_open_error(good, KB_EIO, ": cannot open: Permission denied");
	assert_int_equal(chmod(good, 0600), 0);
	free(good);
}

static void test_open_directory_names_it(void **state)
{
	(void)state;
	expect_open_error(tmpdir, KB_EFORMAT, ": not a regular file");
}

static void test_open_errors_print_nothing_to_stderr(void **state)
{
	char *good = build_fixture("q262832-healthy");
	char *bad = tmp_path("quiet.flip");
	char *log = tmp_path("stderr.log");
	struct kb_hive *h = NULL;
	struct kb_error err;
	struct stat st;
	int saved, fd;

	(void)state;
	copy_damaged(good, bad, -1, 4096 + 1, 0);
	fflush(stderr);
	saved = dup(2);
	fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(saved >= 0 && fd >= 0);
	dup2(fd, 2);
	close(fd);
	assert_int_not_equal(hive_open(bad, &h, &err), 0);
	if (access(REAL_HIVES "corrupted_system_hive", R_OK) == 0)
		assert_int_not_equal(hive_open(REAL_HIVES "corrupted_system_hive",
					       &h, &err), 0);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	assert_int_equal(stat(log, &st), 0);
	assert_int_equal(st.st_size, 0);
	free(good);
	free(bad);
	free(log);
}

/* ---- hive facts ---- */

static void test_dirty_hive_detected_from_sequence_numbers(void **state)
{
	char *clean = build_fixture("q262832-healthy");
	char *dirty = build_text("dirty.hive", "@sequence 1622 1621\n[Select]\n");
	struct kb_hive *h;

	(void)state;
	h = open_ok(clean);
	assert_false(hive_is_dirty(h));
	hive_close(h);
	h = open_ok(dirty);
	assert_true(hive_is_dirty(h));
	hive_close(h);
	free(clean);
	free(dirty);
}

static void test_hive_kind_from_stored_name(void **state)
{
	/* Windows keeps the tail of the hive's path in the base block. */
	char *p = build_text("a.hive", "@name emRoot\\System32\\Config\\SOFTWARE\n"
			     "[Select]\n");
	struct kb_hive *h = open_ok(p);

	(void)state;
	assert_string_equal(hive_kind(h), "SOFTWARE");
	hive_close(h);
	free(p);
}

static void test_hive_kind_from_file_name(void **state)
{
	char *p = build_text("NTUSER.DAT", "[Software]\n");
	struct kb_hive *h = open_ok(p);

	(void)state;
	assert_string_equal(hive_kind(h), "NTUSER");
	hive_close(h);
	free(p);
}

static void test_hive_kind_from_content(void **state)
{
	char *sys = build_text("b.hive", "[Select]\n\"Current\"=dword:1\n");
	char *soft = build_text("c.hive",
				"[Microsoft\\Windows NT\\CurrentVersion]\n");
	struct kb_hive *h;

	(void)state;
	h = open_ok(sys);
	assert_string_equal(hive_kind(h), "SYSTEM");
	hive_close(h);
	h = open_ok(soft);
	assert_string_equal(hive_kind(h), "SOFTWARE");
	assert_string_equal(hive_path(h), soft);
	hive_close(h);
	free(sys);
	free(soft);
}

static void test_hive_select_reads_named_values(void **state)
{
	char *p = build_fixture("q262832-healthy");
	char *nosel = build_text("nosel.hive", "[ControlSet001]\n");
	struct kb_hive *h = open_ok(p);
	struct kb_error err;
	int n = 0;

	(void)state;
	assert_int_equal(hive_select(h, "Current", &n, &err), 0);
	assert_int_equal(n, 1);
	assert_int_equal(hive_select(h, "lastknowngood", &n, &err), 0);
	assert_int_equal(n, 2);
	assert_int_equal(hive_select(h, "Bogus", &n, &err), KB_ENOTFOUND);
	assert_non_null(strstr(err.msg, ": Select\\Bogus missing"));
	hive_close(h);
	h = open_ok(nosel);
	assert_int_equal(hive_select(h, "Current", &n, &err), KB_ENOTFOUND);
	assert_non_null(strstr(err.msg, ": no Select key"));
	hive_close(h);
	free(p);
	free(nosel);
}

/* ---- checks on the Q262832 fixtures ---- */

static void test_key_exists_passes_when_key_present(void **state)
{
	char *p = build_fixture("q262832-healthy");
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	eval(h, q_provider_key(), &r);
	assert_result(&r, CHECK_PASSED, FAIL_NONE, "key exists", "as expected");
	assert_string_equal(r.hive_file, p);
	assert_string_equal(r.control_set, "ControlSet001");
	assert_string_equal(r.resolved_key, "ControlSet001\\Services\\Winsock\\"
			    "Setup Migration\\Providers\\Clusnet");
	assert_int_equal(r.found_type, KB_REG_NONE);
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_key_exists_fails_naming_the_missing_subkey(void **state)
{
	char *p = build_fixture("q262832-no-provider-key");
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	eval(h, q_provider_key(), &r);
	assert_result(&r, CHECK_FAILED, FAIL_KEY_MISSING, "key missing",
		      "subkey Clusnet missing under ControlSet001\\Services\\"
		      "Winsock\\Setup Migration\\Providers");
	check_result_clear(&r);
	/* The other two checks are untouched by this fault. */
	eval(h, q_provider_list(), &r);
	assert_int_equal(r.status, CHECK_PASSED);
	check_result_clear(&r);
	eval(h, q_transports(), &r);
	assert_int_equal(r.status, CHECK_PASSED);
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_key_absent_passes_and_fails(void **state)
{
	char *p = build_fixture("q262832-no-provider-key");
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	eval(h, key_check(WINSOCK "\\Setup Migration\\Providers\\Clusnet",
			  EXPECT_KEY_ABSENT), &r);
	assert_result(&r, CHECK_PASSED, FAIL_NONE, "key missing",
		      "absent as expected");
	check_result_clear(&r);
	eval(h, key_check(WINSOCK "\\Setup Migration\\Providers\\Tcpip",
			  EXPECT_KEY_ABSENT), &r);
	assert_result(&r, CHECK_FAILED, FAIL_KEY_PRESENT, "key exists",
		      "key should be absent");
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_multi_sz_contains_passes_among_other_entries(void **state)
{
	char *p = build_fixture("q262832-healthy");
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	eval(h, q_transports(), &r);
	assert_result(&r, CHECK_PASSED, FAIL_NONE,
		      "Transports (REG_MULTI_SZ) = [Tcpip, NetBT, Clusnet]",
		      "Clusnet present");
	assert_int_equal(r.found_type, KB_REG_MULTI_SZ);
	assert_int_equal(r.n_found_entries, 3);
	assert_string_equal(r.found_entries[0], "Tcpip");
	assert_string_equal(r.found_entries[1], "NetBT");
	assert_string_equal(r.found_entries[2], "Clusnet");
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_multi_sz_contains_fails_keeping_found_entries(void **state)
{
	char *p = build_fixture("q262832-transports-lacks-clusnet");
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	eval(h, q_transports(), &r);
	assert_result(&r, CHECK_FAILED, FAIL_ENTRY_MISSING,
		      "Transports (REG_MULTI_SZ) = [Tcpip, NetBT]",
		      "Clusnet missing");
	assert_int_equal(r.n_found_entries, 2);
	assert_string_equal(r.found_entries[0], "Tcpip");
	assert_string_equal(r.found_entries[1], "NetBT");
	check_result_clear(&r);
	eval(h, q_provider_key(), &r);
	assert_int_equal(r.status, CHECK_PASSED);
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_provider_list_lacking_clusnet_fails_that_check(void **state)
{
	char *p = build_fixture("q262832-provider-list-lacks-clusnet");
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	eval(h, q_provider_list(), &r);
	assert_result(&r, CHECK_FAILED, FAIL_ENTRY_MISSING,
		      "Provider List (REG_MULTI_SZ) = [Tcpip, NetBT]",
		      "Clusnet missing");
	check_result_clear(&r);
	eval(h, q_transports(), &r);
	assert_int_equal(r.status, CHECK_PASSED);
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_all_three_faults_fail_all_three_checks(void **state)
{
	char *p = build_fixture("q262832-all-faults");
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	eval(h, q_provider_key(), &r);
	assert_int_equal(r.failure, FAIL_KEY_MISSING);
	check_result_clear(&r);
	eval(h, q_provider_list(), &r);
	assert_int_equal(r.failure, FAIL_ENTRY_MISSING);
	check_result_clear(&r);
	eval(h, q_transports(), &r);
	assert_int_equal(r.failure, FAIL_ENTRY_MISSING);
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_multi_sz_contains_is_case_insensitive(void **state)
{
	char *p = build_text("case.hive",
			     "[Select]\n\"Current\"=dword:1\n"
			     "[ControlSet001\\Services\\Winsock\\Parameters]\n"
			     "\"Transports\"=multi:\"Tcpip\",\"CLUSNET\"\n");
	struct kb_hive *h = open_ok(p);
	struct check_result r;
	struct rule_check c = q_transports();

	(void)state;
	c.data = (char *)"clusNet";
	eval(h, c, &r);
	assert_result(&r, CHECK_PASSED, FAIL_NONE,
		      "Transports (REG_MULTI_SZ) = [Tcpip, CLUSNET]",
		      "clusNet present");
	/* Entries keep the case they are stored in, for the fix. */
	assert_string_equal(r.found_entries[1], "CLUSNET");
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_key_and_value_names_are_case_insensitive(void **state)
{
	char *p = build_fixture("q262832-healthy");
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	eval(h, value_check("hkey_local_machine\\system\\currentcontrolset\\"
			    "SERVICES\\winsock\\PARAMETERS", "tRANSPORTS",
			    KB_REG_MULTI_SZ, EXPECT_MULTI_SZ_CONTAINS, "Clusnet"),
	     &r);
	/* The found text shows the name as stored, as regedit would. */
	assert_result(&r, CHECK_PASSED, FAIL_NONE,
		      "Transports (REG_MULTI_SZ) = [Tcpip, NetBT, Clusnet]", NULL);
	assert_string_equal(r.control_set, "ControlSet001");
	check_result_clear(&r);
	eval(h, key_check("HKLM\\SYSTEM\\CONTROLSET002\\services\\CLUSSVC",
			  EXPECT_KEY_EXISTS), &r);
	assert_int_equal(r.status, CHECK_PASSED);
	assert_null(r.control_set);
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_wrong_type_fails_showing_what_was_found(void **state)
{
	char *p = build_fixture("q262832-transports-wrong-type");
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	eval(h, q_transports(), &r);
	assert_result(&r, CHECK_FAILED, FAIL_WRONG_TYPE,
		      "Transports (REG_SZ) = \"Tcpip\"",
		      "expected REG_MULTI_SZ, found REG_SZ");
	assert_int_equal(r.found_type, KB_REG_SZ);
	assert_int_equal(r.n_found_entries, 1);
	assert_string_equal(r.found_entries[0], "Tcpip");
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_value_missing_fails_naming_the_key(void **state)
{
	char *p = build_text("noval.hive",
			     "[Select]\n\"Current\"=dword:1\n"
			     "[ControlSet001\\Services\\Winsock\\Parameters]\n"
			     "\"Other\"=\"x\"\n");
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	eval(h, q_transports(), &r);
	assert_result(&r, CHECK_FAILED, FAIL_VALUE_MISSING,
		      "value Transports missing",
		      "no value Transports under ControlSet001\\Services\\"
		      "Winsock\\Parameters");
	assert_int_equal(r.found_type, KB_REG_NONE);
	check_result_clear(&r);
	eval(h, q_provider_list(), &r);
	assert_result(&r, CHECK_FAILED, FAIL_KEY_MISSING, "key missing",
		      "subkey Setup Migration missing under ControlSet001\\"
		      "Services\\Winsock");
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static const char types_spec[] =
	"[Select]\n\"Current\"=dword:1\n"
	"[ControlSet001\\Services\\X]\n"
	"\"Start\"=dword:00000002\n"
	"\"Big\"=qword:100000000\n"
	"\"ImagePath\"=expand:\"%SystemRoot%\\system32\\x.sys\"\n"
	"\"Name\"=\"text \\\"quoted\\\" \\\\ done\"\n"
	"\"Blob\"=hex:01,02,ff\n"
	"@=\"default\"\n"
	"\"Short\"=hex(4):01,02,03\n"
	"\"Odd\"=hex(7):41,00,42\n"
	"\"Surrogate\"=hex(7):54,00,00,00,00,d8,41,00,00,00,00,00\n"
	"\"OddSz\"=hex(1):41,00,42\n";

#define X_KEY "HKLM\\SYSTEM\\CurrentControlSet\\Services\\X"

static void test_value_equals_dword_passes_and_fails(void **state)
{
	char *p = build_text("types1.hive", types_spec);
	struct kb_hive *h = open_ok(p);
	struct rule_check c = value_check(X_KEY, "Start", KB_REG_DWORD,
					  EXPECT_VALUE_EQUALS, NULL);
	struct check_result r;

	(void)state;
	c.number = 2;
	eval(h, c, &r);
	assert_result(&r, CHECK_PASSED, FAIL_NONE,
		      "Start (REG_DWORD) = 2 (0x00000002)", "equals 2");
	assert_int_equal(r.n_found_entries, 1);
	assert_string_equal(r.found_entries[0], "2");
	check_result_clear(&r);
	c.number = 3;
	eval(h, c, &r);
	assert_result(&r, CHECK_FAILED, FAIL_WRONG_DATA,
		      "Start (REG_DWORD) = 2 (0x00000002)",
		      "expected 3 (0x00000003)");
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_value_equals_qword_passes(void **state)
{
	char *p = build_text("types2.hive", types_spec);
	struct kb_hive *h = open_ok(p);
	struct rule_check c = value_check(X_KEY, "Big", KB_REG_QWORD,
					  EXPECT_VALUE_EQUALS, NULL);
	struct check_result r;

	(void)state;
	c.number = 0x100000000ull;
	eval(h, c, &r);
	assert_result(&r, CHECK_PASSED, FAIL_NONE,
		      "Big (REG_QWORD) = 4294967296 (0x0000000100000000)",
		      "equals 4294967296");
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_value_equals_string_passes_and_fails(void **state)
{
	char *p = build_text("types3.hive", types_spec);
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	eval(h, value_check(X_KEY, "ImagePath", KB_REG_EXPAND_SZ,
			    EXPECT_VALUE_EQUALS, "%systemroot%\\System32\\x.sys"), &r);
	assert_result(&r, CHECK_PASSED, FAIL_NONE,
		      "ImagePath (REG_EXPAND_SZ) = \"%SystemRoot%\\system32\\x.sys\"",
		      "equals \"%systemroot%\\System32\\x.sys\"");
	check_result_clear(&r);
	eval(h, value_check(X_KEY, "Name", KB_REG_SZ, EXPECT_VALUE_EQUALS,
			    "other"), &r);
	assert_result(&r, CHECK_FAILED, FAIL_WRONG_DATA,
		      "Name (REG_SZ) = \"text \"quoted\" \\ done\"",
		      "expected \"other\"");
	check_result_clear(&r);
	/* An expected REG_SZ does not accept a REG_EXPAND_SZ. */
	eval(h, value_check(X_KEY, "ImagePath", KB_REG_SZ, EXPECT_VALUE_EQUALS,
			    "x"), &r);
	assert_result(&r, CHECK_FAILED, FAIL_WRONG_TYPE, NULL,
		      "expected REG_SZ, found REG_EXPAND_SZ");
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_binary_and_default_values_are_shown(void **state)
{
	char *p = build_text("types4.hive", types_spec);
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	eval(h, value_check(X_KEY, "Blob", KB_REG_SZ, EXPECT_VALUE_EQUALS, "x"),
	     &r);
	assert_result(&r, CHECK_FAILED, FAIL_WRONG_TYPE,
		      "Blob (REG_BINARY) = 01 02 ff", NULL);
	assert_string_equal(r.found_entries[0], "01,02,ff");
	check_result_clear(&r);
	eval(h, value_check(X_KEY, "", KB_REG_SZ, EXPECT_VALUE_EQUALS, "default"),
	     &r);
	assert_result(&r, CHECK_PASSED, FAIL_NONE,
		      "(Default) (REG_SZ) = \"default\"", NULL);
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_dword_range_passes_and_fails(void **state)
{
	char *p = build_text("types5.hive", types_spec);
	struct kb_hive *h = open_ok(p);
	struct rule_check c = value_check(X_KEY, "Start", KB_REG_DWORD,
					  EXPECT_DWORD_RANGE, NULL);
	struct check_result r;

	(void)state;
	c.min = 0;
	c.max = 2;
	eval(h, c, &r);
	assert_result(&r, CHECK_PASSED, FAIL_NONE,
		      "Start (REG_DWORD) = 2 (0x00000002)", "within 0..2");
	check_result_clear(&r);
	c.min = 3;
	c.max = 4;
	eval(h, c, &r);
	assert_result(&r, CHECK_FAILED, FAIL_OUT_OF_RANGE,
		      "Start (REG_DWORD) = 2 (0x00000002)", "expected 3..4");
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_odd_length_multi_sz_is_damaged(void **state)
{
	char *p = build_text("damaged1.hive", types_spec);
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	eval(h, value_check(X_KEY, "Odd", KB_REG_MULTI_SZ,
			    EXPECT_MULTI_SZ_CONTAINS, "A"), &r);
	assert_result(&r, CHECK_DAMAGED, FAIL_NONE,
		      "Odd (REG_MULTI_SZ) = <undecodable, 3 bytes>",
		      "odd byte length 3: REG_MULTI_SZ data is UTF-16LE");
	assert_int_equal(r.n_found_entries, 0);
	assert_int_equal(r.found_type, KB_REG_MULTI_SZ);
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_invalid_utf16_multi_sz_is_damaged(void **state)
{
	char *p = build_text("damaged2.hive", types_spec);
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	/* "T", then an unpaired high surrogate in the second entry. */
	eval(h, value_check(X_KEY, "Surrogate", KB_REG_MULTI_SZ,
			    EXPECT_MULTI_SZ_CONTAINS, "T"), &r);
	assert_result(&r, CHECK_DAMAGED, FAIL_NONE,
		      "Surrogate (REG_MULTI_SZ) = <undecodable, 12 bytes>",
		      "invalid UTF-16 in entry 2");
	assert_int_equal(r.n_found_entries, 0);
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_short_dword_and_odd_string_are_damaged(void **state)
{
	char *p = build_text("damaged3.hive", types_spec);
	struct kb_hive *h = open_ok(p);
	struct rule_check c = value_check(X_KEY, "Short", KB_REG_DWORD,
					  EXPECT_VALUE_EQUALS, NULL);
	struct check_result r;

	(void)state;
	eval(h, c, &r);
	assert_result(&r, CHECK_DAMAGED, FAIL_NONE,
		      "Short (REG_DWORD) = <undecodable, 3 bytes>",
		      "REG_DWORD data is 3 bytes, not 4");
	check_result_clear(&r);
	eval(h, value_check(X_KEY, "OddSz", KB_REG_SZ, EXPECT_VALUE_EQUALS, "AB"),
	     &r);
	assert_result(&r, CHECK_DAMAGED, FAIL_NONE, NULL,
		      "odd byte length 3: REG_SZ data is UTF-16LE");
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void put_le(unsigned char *p, uint32_t v, int bytes)
{
	int i;

	for (i = 0; i < bytes; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static hive_value_h find_x_value(hive_h *hx, const char *name)
{
	hive_node_h node = hivex_node_get_child(hx, hivex_root(hx), "ControlSet001");

	node = hivex_node_get_child(hx, node, "Services");
	node = hivex_node_get_child(hx, node, "X");
	assert_true(node != 0);
	return hivex_node_get_value(hx, node, name);
}

static void test_damaged_big_data_record_is_damaged_not_a_crash(void **state)
{
	/* "Big" gets a small data cell; "Tail", written last, the last
	 * cell of the file. */
	char *p = build_text("bigdata.hive",
			     "[Select]\n\"Current\"=dword:1\n"
			     "[ControlSet001\\Services\\X]\n"
			     "\"Big\"=hex:00,01,02,03,04,05,06,07,08,09,0a,0b,0c,0d,"
			     "0e,0f,10,11,12,13,14,15,16,17,18,19,1a,1b,1c,1d\n"
			     "\"Tail\"=hex:00,01,02,03,04,05,06,07\n");
	struct kb_hive *h;
	struct check_result r;
	hive_h *hx;
	hive_value_h big, tail;
	size_t big_data, tail_data, last, len, i;
	unsigned char *buf;
	long size;
	FILE *f;

	(void)state;
	hx = hivex_open(p, 0);
	assert_non_null(hx);
	big = find_x_value(hx, "Big");
	tail = find_x_value(hx, "Tail");
	assert_true(big != 0 && tail != 0);
	big_data = hivex_value_data_cell_offset(hx, big, &len);
	tail_data = hivex_value_data_cell_offset(hx, tail, &len);
	assert_true(big_data != 0 && tail_data > big_data);
	hivex_close(hx);

	/* Make Big's data cell a big-data record claiming 65535 segments
	 * listed in the free cell after Tail's (the last of the file, now
	 * marked used), filled to the end of the file with the offset of a
	 * valid cell: a reader that trusts the count walks off the end of
	 * the file.  (hivex 1.3.23 happens to stop; older ones did not.) */
	f = fopen(p, "r+b");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	buf = malloc((size_t)size);
	assert_non_null(buf);
	fseek(f, 0, SEEK_SET);
	assert_int_equal(fread(buf, 1, (size_t)size, f), (size_t)size);
	last = tail_data + (size_t)-(int32_t)(buf[tail_data] |
					     buf[tail_data + 1] << 8 |
					     buf[tail_data + 2] << 16 |
					     (uint32_t)buf[tail_data + 3] << 24);
	put_le(buf + last, (uint32_t)-(int32_t)((size_t)size - last), 4);
	memcpy(buf + big_data + 4, "db", 2);
	put_le(buf + big_data + 6, 0xFFFF, 2);
	put_le(buf + big_data + 8, (uint32_t)(last - 4096), 4);
	put_le(buf + big + 8, 20000, 4);        /* vk data length */
	for (i = last + 4; i + 4 <= (size_t)size; i += 4)
		put_le(buf + i, (uint32_t)(big_data - 4096), 4);
	fseek(f, 0, SEEK_SET);
	assert_int_equal(fwrite(buf, 1, (size_t)size, f), (size_t)size);
	fclose(f);
	free(buf);

	h = open_ok(p);
	eval(h, value_check(X_KEY, "Big", KB_REG_BINARY, EXPECT_VALUE_EQUALS,
			    "x"), &r);
	assert_result(&r, CHECK_DAMAGED, FAIL_NONE, "Big = <unreadable>",
		      "the data of Big cannot be read (damaged big-data record)");
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_null_hive_gives_not_checked(void **state)
{
	struct check_result r;

	(void)state;
	eval(NULL, q_transports(), &r);
	assert_result(&r, CHECK_NOT_CHECKED, FAIL_NONE, "not checked",
		      "no SYSTEM hive supplied");
	assert_null(r.hive_file);
	assert_null(r.control_set);
	check_result_clear(&r);
}

static void test_check_for_another_hive_is_not_checked(void **state)
{
	char *p = build_fixture("q262832-healthy");
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	eval(h, key_check("HKLM\\SOFTWARE\\Microsoft", EXPECT_KEY_EXISTS), &r);
	assert_int_equal(r.status, CHECK_NOT_CHECKED);
	assert_non_null(strstr(r.detail, "is a SYSTEM hive; the check reads SOFTWARE"));
	check_result_clear(&r);
	eval(h, key_check("HKCU\\Software", EXPECT_KEY_EXISTS), &r);
	assert_result(&r, CHECK_NOT_CHECKED, FAIL_NONE, "not checked",
		      "key HKCU\\Software is not under HKLM\\<hive>");
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_unresolvable_current_control_set_is_not_checked(void **state)
{
	char *p = build_text("SYSTEM", "[ControlSet001\\Services\\Winsock\\"
			     "Parameters]\n\"Transports\"=multi:\"Clusnet\"\n");
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	eval(h, q_transports(), &r);
	assert_int_equal(r.status, CHECK_NOT_CHECKED);
	assert_non_null(strstr(r.detail, "CurrentControlSet cannot be resolved: "));
	assert_non_null(strstr(r.detail, "no Select key"));
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

/* ---- CurrentControlSet ---- */

static void test_current_control_set_follows_select_current_1(void **state)
{
	char *p = build_fixture("q262832-all-faults");
	struct kb_hive *h = open_ok(p);
	struct check_result r;

	(void)state;
	/* ControlSet002 is healthy here; only 001 must be read. */
	eval(h, q_transports(), &r);
	assert_int_equal(r.status, CHECK_FAILED);
	assert_string_equal(r.control_set, "ControlSet001");
	assert_string_equal(r.resolved_key,
			    "ControlSet001\\Services\\Winsock\\Parameters");
	check_result_clear(&r);
	hive_close(h);
	free(p);
}

static void test_current_control_set_follows_select_current_2(void **state)
{
	char *fault = build_fixture("q262832-current2-fault-in-002");
	char *fix = build_fixture("q262832-current2-fix-in-002");
	struct kb_hive *h;
	struct check_result r;

	(void)state;
	/* Only ControlSet002 lacks Clusnet: reading 001 would pass. */
	h = open_ok(fault);
	eval(h, q_transports(), &r);
	assert_result(&r, CHECK_FAILED, FAIL_ENTRY_MISSING,
		      "Transports (REG_MULTI_SZ) = [Tcpip, NetBT]", "Clusnet missing");
	assert_string_equal(r.control_set, "ControlSet002");
	check_result_clear(&r);
	hive_close(h);

	/* Only ControlSet002 is healthy: reading 001 would fail all three. */
	h = open_ok(fix);
	eval(h, q_provider_key(), &r);
	assert_int_equal(r.status, CHECK_PASSED);
	assert_string_equal(r.control_set, "ControlSet002");
	check_result_clear(&r);
	eval(h, q_provider_list(), &r);
	assert_int_equal(r.status, CHECK_PASSED);
	check_result_clear(&r);
	eval(h, q_transports(), &r);
	assert_int_equal(r.status, CHECK_PASSED);
	check_result_clear(&r);
	hive_close(h);
	free(fault);
	free(fix);
}

/* ---- control set comparison ---- */

static void test_compare_control_sets_lists_each_difference(void **state)
{
	char *p = build_fixture("q262832-all-faults");
	struct kb_hive *h = open_ok(p);
	struct rule_check checks[3];
	struct rule r;
	struct controlset_diff *d = NULL;
	struct kb_error err;
	size_t n = 0;

	(void)state;
	checks[0] = q_provider_key();
	checks[1] = q_provider_list();
	checks[2] = q_transports();
	memset(&r, 0, sizeof r);
	r.checks = checks;
	r.n_checks = 3;
	assert_int_equal(hive_compare_control_sets(h, &r, &d, &n, &err), 0);
	assert_int_equal(n, 3);
	assert_string_equal(d[0].check_id, "clusnet-provider-key");
	assert_string_equal(d[0].control_set, "ControlSet002");
	assert_string_equal(d[0].current, "key missing");
	assert_string_equal(d[0].other, "key exists");
	assert_string_equal(d[1].check_id, "provider-list-has-clusnet");
	assert_string_equal(d[1].current,
			    "Provider List (REG_MULTI_SZ) = [Tcpip, NetBT]");
	assert_string_equal(d[1].other,
			    "Provider List (REG_MULTI_SZ) = [Tcpip, NetBT, Clusnet]");
	assert_string_equal(d[2].check_id, "transports-has-clusnet");
	controlset_diffs_free(d, n);
	hive_close(h);
	free(p);
}

static void test_compare_control_sets_healthy_has_no_differences(void **state)
{
	char *p = build_fixture("q262832-healthy");
	char *p2 = build_fixture("q262832-current2-fault-in-002");
	struct kb_hive *h = open_ok(p);
	struct rule_check checks[2];
	struct rule r;
	struct controlset_diff *d = NULL;
	struct kb_error err;
	size_t n = 5;

	(void)state;
	checks[0] = q_provider_key();
	checks[1] = q_transports();
	memset(&r, 0, sizeof r);
	r.checks = checks;
	r.n_checks = 2;
	assert_int_equal(hive_compare_control_sets(h, &r, &d, &n, &err), 0);
	assert_int_equal(n, 0);
	controlset_diffs_free(d, n);
	hive_close(h);

	/* Current = 2: the other set is ControlSet001. */
	h = open_ok(p2);
	assert_int_equal(hive_compare_control_sets(h, &r, &d, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_string_equal(d[0].control_set, "ControlSet001");
	assert_string_equal(d[0].current,
			    "Transports (REG_MULTI_SZ) = [Tcpip, NetBT]");
	controlset_diffs_free(d, n);
	hive_close(h);
	free(p);
	free(p2);
}

/* ---- real hives ---- */

static int real_hive_present(const char *name)
{
	char path[256];

	snprintf(path, sizeof path, REAL_HIVES "%s", name);
	if (access(path, R_OK) == 0)
		return 1;
	printf("SKIP: %s not present (real test data lives in ../shared/testdata)\n",
	       path);
	return 0;
}

static void test_real_system_hive_opens_clean_with_current_1(void **state)
{
	struct kb_hive *h;
	struct check_result r;
	struct kb_error err;
	int n = 0;

	(void)state;
	if (!real_hive_present("SYSTEM"))
		skip();
	h = open_ok(REAL_HIVES "SYSTEM");
	assert_string_equal(hive_kind(h), "SYSTEM");
	assert_false(hive_is_dirty(h));
	assert_int_equal(hive_select(h, "Current", &n, &err), 0);
	assert_int_equal(n, 1);
	eval(h, key_check("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip",
			  EXPECT_KEY_EXISTS), &r);
	assert_int_equal(r.status, CHECK_PASSED);
	assert_string_equal(r.control_set, "ControlSet001");
	check_result_clear(&r);
	/* A workstation: no cluster service. */
	eval(h, key_check("HKLM\\SYSTEM\\CurrentControlSet\\Services\\ClusSvc",
			  EXPECT_KEY_EXISTS), &r);
	assert_int_equal(r.failure, FAIL_KEY_MISSING);
	check_result_clear(&r);
	hive_close(h);
}

static void test_real_system_b_hive_is_dirty(void **state)
{
	struct kb_hive *h;

	(void)state;
	if (!real_hive_present("SYSTEM_B"))
		skip();
	h = open_ok(REAL_HIVES "SYSTEM_B");
	assert_true(hive_is_dirty(h));
	assert_string_equal(hive_kind(h), "SYSTEM");
	hive_close(h);
}

static void test_real_corrupted_hive_gives_clean_error(void **state)
{
	(void)state;
	if (!real_hive_present("corrupted_system_hive"))
		skip();
	expect_open_error(REAL_HIVES "corrupted_system_hive", KB_EFORMAT,
			  ": damaged registry hive");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_hive_writer_output_opens_in_hivex),
		cmocka_unit_test(test_empty_hive_accepts_keys_through_hivex_write),
		cmocka_unit_test(test_fixture_builder_names_the_bad_spec_line),
		cmocka_unit_test(test_open_missing_file_names_it),
		cmocka_unit_test(test_open_zero_length_file_names_it),
		cmocka_unit_test(test_open_not_a_hive_names_it),
		cmocka_unit_test(test_open_truncated_hive_names_it),
		cmocka_unit_test(test_open_bit_flipped_base_block_names_it),
		cmocka_unit_test(test_open_bit_flipped_hbin_names_it),
		cmocka_unit_test(test_open_transaction_log_names_it),
		cmocka_unit_test(test_open_unreadable_file_names_it),
		cmocka_unit_test(test_open_directory_names_it),
		cmocka_unit_test(test_open_errors_print_nothing_to_stderr),
		cmocka_unit_test(test_dirty_hive_detected_from_sequence_numbers),
		cmocka_unit_test(test_hive_kind_from_stored_name),
		cmocka_unit_test(test_hive_kind_from_file_name),
		cmocka_unit_test(test_hive_kind_from_content),
		cmocka_unit_test(test_hive_select_reads_named_values),
		cmocka_unit_test(test_key_exists_passes_when_key_present),
		cmocka_unit_test(test_key_exists_fails_naming_the_missing_subkey),
		cmocka_unit_test(test_key_absent_passes_and_fails),
		cmocka_unit_test(test_multi_sz_contains_passes_among_other_entries),
		cmocka_unit_test(test_multi_sz_contains_fails_keeping_found_entries),
		cmocka_unit_test(test_provider_list_lacking_clusnet_fails_that_check),
		cmocka_unit_test(test_all_three_faults_fail_all_three_checks),
		cmocka_unit_test(test_multi_sz_contains_is_case_insensitive),
		cmocka_unit_test(test_key_and_value_names_are_case_insensitive),
		cmocka_unit_test(test_wrong_type_fails_showing_what_was_found),
		cmocka_unit_test(test_value_missing_fails_naming_the_key),
		cmocka_unit_test(test_value_equals_dword_passes_and_fails),
		cmocka_unit_test(test_value_equals_qword_passes),
		cmocka_unit_test(test_value_equals_string_passes_and_fails),
		cmocka_unit_test(test_binary_and_default_values_are_shown),
		cmocka_unit_test(test_dword_range_passes_and_fails),
		cmocka_unit_test(test_odd_length_multi_sz_is_damaged),
		cmocka_unit_test(test_invalid_utf16_multi_sz_is_damaged),
		cmocka_unit_test(test_short_dword_and_odd_string_are_damaged),
		cmocka_unit_test(test_damaged_big_data_record_is_damaged_not_a_crash),
		cmocka_unit_test(test_null_hive_gives_not_checked),
		cmocka_unit_test(test_check_for_another_hive_is_not_checked),
		cmocka_unit_test(test_unresolvable_current_control_set_is_not_checked),
		cmocka_unit_test(test_current_control_set_follows_select_current_1),
		cmocka_unit_test(test_current_control_set_follows_select_current_2),
		cmocka_unit_test(test_compare_control_sets_lists_each_difference),
		cmocka_unit_test(test_compare_control_sets_healthy_has_no_differences),
		cmocka_unit_test(test_real_system_hive_opens_clean_with_current_1),
		cmocka_unit_test(test_real_system_b_hive_is_dirty),
		cmocka_unit_test(test_real_corrupted_hive_gives_clean_error),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
