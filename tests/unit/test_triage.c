/* test_triage.c: listing machines (layouts, directories of many), zip
 * entry names and copies (zipsrc), the summary and the cluster
 * comparison.  Whole runs are in tests/e2e/test_triage*.sh. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include <archive.h>
#include <archive_entry.h>
#include <jansson.h>

#include "kbwiz/fsutil.h"
#include "kbwiz/triage.h"
#include "kbwiz/zipsrc.h"
#include "lib/testlib.h"

static void touch(const char *dir, const char *rel)
{
	char path[1024], cmd[1200];

	snprintf(path, sizeof path, "%s/%s", dir, rel);
	snprintf(cmd, sizeof cmd, "mkdir -p \"$(dirname '%s')\"", path);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(test_write_file(path, "x", 1), 0);
}

static void test_decode_name_turns_escapes_and_backslashes_into_a_path(void **state)
{
	char buf[256];

	(void)state;
	assert_int_equal(zipsrc_decode_name("uploads/auto/C%3A/Windows", buf, sizeof buf), 0);
	assert_string_equal(buf, "uploads/auto/C:/Windows");
	assert_int_equal(zipsrc_decode_name("uploads/ntfs/%5C%5C.%5CC%3A/Windows", buf, sizeof buf), 0);
	assert_string_equal(buf, "uploads/ntfs///./C:/Windows");
	assert_int_equal(zipsrc_decode_name("bad%G1", buf, sizeof buf), -1);
	assert_int_equal(zipsrc_decode_name("cut%4", buf, sizeof buf), -1);
	assert_int_equal(zipsrc_decode_name("nul%00here", buf, sizeof buf), -1);
	assert_int_equal(zipsrc_decode_name("toolong", buf, 4), -1);
}

static void test_volume_path_starts_at_the_windows_directory(void **state)
{
	char buf[512];

	(void)state;
	assert_int_equal(zipsrc_volume_path("uploads/auto/C%3A/Windows/System32/config/SYSTEM",
					    buf, sizeof buf), 1);
	assert_string_equal(buf, "Windows/System32/config/SYSTEM");
	assert_int_equal(zipsrc_volume_path("uploads/ntfs/%5C%5C.%5CC%3A/WINNT/system32/config/SOFTWARE",
					    buf, sizeof buf), 1);
	assert_string_equal(buf, "WINNT/system32/config/SOFTWARE");
	assert_int_equal(zipsrc_volume_path("windows/System32/config/SYSTEM", buf, sizeof buf), 1);
	assert_int_equal(zipsrc_volume_path("collection_context.json", buf, sizeof buf), 0);
	assert_int_equal(zipsrc_volume_path("C/Windows/System32/config/SYSTEM", buf, sizeof buf), 1);
	assert_string_equal(buf, "Windows/System32/config/SYSTEM");
	/* The folder a KAPE collection was zipped from, on top. */
	assert_int_equal(zipsrc_volume_path("W7/C/Windows/System32/config/SYSTEM", buf, sizeof buf), 1);
	assert_string_equal(buf, "Windows/System32/config/SYSTEM");
	assert_int_equal(zipsrc_volume_path("W7/data/Windows/System32/config/SYSTEM", buf, sizeof buf), 0);
	/* A Windows folder deeper down is not the system's. */
	assert_int_equal(zipsrc_volume_path("uploads/auto/C%3A/Users/bob/AppData/Local/Microsoft/"
					    "Windows/System32/config/SYSTEM", buf, sizeof buf), 0);
	assert_int_equal(zipsrc_volume_path("a/bb/Windows/System32/config/SYSTEM", buf, sizeof buf), 0);
}

static void test_volume_path_refuses_climbing_and_absolute_names(void **state)
{
	char buf[512];

	(void)state;
	assert_int_equal(zipsrc_volume_path("../Windows/x", buf, sizeof buf), -1);
	assert_int_equal(zipsrc_volume_path("Windows/../../x", buf, sizeof buf), -1);
	assert_int_equal(zipsrc_volume_path("Windows/%2E%2E/%2E%2E/x", buf, sizeof buf), -1);
	assert_int_equal(zipsrc_volume_path("Windows\\..\\..\\x", buf, sizeof buf), -1);
	assert_int_equal(zipsrc_volume_path("/etc/Windows/x", buf, sizeof buf), -1);
	assert_int_equal(zipsrc_volume_path("%2Fetc/Windows/x", buf, sizeof buf), -1);
	assert_int_equal(zipsrc_volume_path("C:/Windows/x", buf, sizeof buf), -1);
	assert_int_equal(zipsrc_volume_path("\\Windows\\x", buf, sizeof buf), -1);
	assert_int_equal(zipsrc_volume_path("", buf, sizeof buf), -1);
}

/* A zip written with libarchive: entries (name, data, or a link when
 * data starts with "->"). */
static void write_zip(const char *path, const char *const *entries, size_t n)
{
	struct archive *a = archive_write_new();
	size_t i;

	assert_non_null(a);
	assert_int_equal(archive_write_set_format_zip(a), ARCHIVE_OK);
	assert_int_equal(archive_write_open_filename(a, path), ARCHIVE_OK);
	for (i = 0; i + 1 < n * 2; i += 2) {
		struct archive_entry *e = archive_entry_new();
		const char *data = entries[i + 1];
		archive_entry_set_pathname(e, entries[i]);
		if (strncmp(data, "->", 2) == 0) {
			archive_entry_set_filetype(e, AE_IFLNK);
			archive_entry_set_symlink(e, data + 2);
			archive_entry_set_perm(e, 0777);
			assert_int_equal(archive_write_header(a, e), ARCHIVE_OK);
		} else {
			archive_entry_set_filetype(e, AE_IFREG);
			archive_entry_set_perm(e, 0644);
			archive_entry_set_size(e, (la_int64_t)strlen(data));
			assert_int_equal(archive_write_header(a, e), ARCHIVE_OK);
			assert_int_equal(archive_write_data(a, data, strlen(data)), (la_ssize_t)strlen(data));
		}
		archive_entry_free(e);
	}
	assert_int_equal(archive_write_close(a), ARCHIVE_OK);
	archive_write_free(a);
}

static int count_files(const char *dir)
{
	char cmd[1200], line[32];
	FILE *p;
	int n = -1;

	snprintf(cmd, sizeof cmd, "find '%s' -type f | wc -l", dir);
	p = popen(cmd, "r");
	if (p != NULL && fgets(line, sizeof line, p) != NULL)
		n = atoi(line);
	if (p != NULL)
		pclose(p);
	return n;
}

static void test_extract_copies_only_evidence_under_names_kbwiz_gives(void **state)
{
	char *dir = test_tmpdir(), zip[512], dest[512], path[700];
	const char *entries[] = {
		"collection_context.json", "{}",
		"uploads/auto/C%3A/Windows/System32/config/SYSTEM", "hive",
		"uploads/auto/C%3A/Windows/System32/config/SYSTEM.LOG1", "log1",
		"uploads/ntfs/%5C%5C.%5CC%3A/Windows/System32/config/SYSTEM", "second copy",
		"uploads/auto/C%3A/Windows/System32/drivers/etc/hosts", "not evidence",
		"uploads/auto/C%3A/Windows/Cluster/clus%20ter.log", "cluster log",
	};
	struct zipsrc_limits lim;
	struct zipsrc_result r;
	struct kb_error err = { "" };
	char *data = NULL;
	size_t len;

	(void)state;
	snprintf(zip, sizeof zip, "%s/velo.zip", dir);
	snprintf(dest, sizeof dest, "%s/private", dir);
	assert_int_equal(mkdir(dest, 0700), 0);
	write_zip(zip, entries, sizeof entries / sizeof entries[0] / 2);
	zipsrc_default_limits(&lim);
	assert_int_equal(zipsrc_extract(zip, dest, &lim, &r, &err), 0);
	assert_int_equal(r.n_files, 3);
	snprintf(path, sizeof path, "%s/vol/Windows/System32/config/SYSTEM", dest);
	/* The first of two entries for one file is kept. */
	assert_int_equal(kb_read_file(path, 100, &data, &len, &err), 0);
	assert_string_equal(data, "hive");
	free(data);
	snprintf(path, sizeof path, "%s/vol/Windows/Cluster/clus_ter.log", dest);
	assert_int_equal(access(path, F_OK), 0);
	assert_string_equal(r.files[0].entry_name, "uploads/auto/C%3A/Windows/System32/config/SYSTEM");
	assert_int_equal(count_files(dest), 3);
	zipsrc_result_free(&r);
	test_rm_rf(dir);
	free(dir);
}

static void test_extract_refuses_links_climbs_and_bombs(void **state)
{
	char *dir = test_tmpdir(), zip[512], dest[512];
	const char *link[] = { "Windows/System32/config/SYSTEM", "->/etc/passwd" };
	const char *climb[] = { "Windows/System32/config/SYSTEM", "hive", "Windows/../../evil", "x" };
	struct zipsrc_limits lim;
	struct zipsrc_result r;
	struct kb_error err = { "" };
	char *big;
	const char *bomb[2];
	int i;

	(void)state;
	zipsrc_default_limits(&lim);
	for (i = 0; i < 3; i++) {
		snprintf(zip, sizeof zip, "%s/z%d.zip", dir, i);
		snprintf(dest, sizeof dest, "%s/private%d", dir, i);
		assert_int_equal(mkdir(dest, 0700), 0);
		if (i == 0) {
			write_zip(zip, link, 1);
		} else if (i == 1) {
			write_zip(zip, climb, 2);
		} else {
			/* 4 MiB of one letter against a 1 MiB entry limit. */
			big = malloc(4 << 20 | 1);
			assert_non_null(big);
			memset(big, 'a', 4 << 20);
			big[4 << 20] = '\0';
			bomb[0] = "Windows/System32/config/SOFTWARE";
			bomb[1] = big;
			write_zip(zip, bomb, 1);
			free(big);
			lim.max_entry_bytes = 1 << 20;
		}
		assert_int_equal(zipsrc_extract(zip, dest, &lim, &r, &err), KB_EREFUSED);
		assert_non_null(strstr(err.msg, "refused"));
		zipsrc_result_free(&r);
	}
	test_rm_rf(dir);
	free(dir);
}

static void test_find_volume_knows_volume_and_kape_layouts(void **state)
{
	char *dir = test_tmpdir(), sub[512], vol[1024];
	enum triage_layout layout;

	(void)state;
	touch(dir, "vol/WINNT/system32/config/SYSTEM");
	touch(dir, "kape/C/Windows/System32/config/SYSTEM");
	touch(dir, "other/stuff.txt");
	snprintf(sub, sizeof sub, "%s/vol", dir);
	assert_int_equal(triage_find_volume(sub, &layout, vol, sizeof vol), 0);
	assert_int_equal(layout, TRIAGE_VOLUME);
	assert_string_equal(vol, sub);
	snprintf(sub, sizeof sub, "%s/kape", dir);
	assert_int_equal(triage_find_volume(sub, &layout, vol, sizeof vol), 0);
	assert_int_equal(layout, TRIAGE_KAPE);
	assert_non_null(strstr(vol, "/kape/C"));
	snprintf(sub, sizeof sub, "%s/other", dir);
	assert_int_equal(triage_find_volume(sub, &layout, vol, sizeof vol), -1);
	test_rm_rf(dir);
	free(dir);
}

static void test_expand_lists_a_directory_of_many_by_name(void **state)
{
	char *dir = test_tmpdir(), missing[512];
	const char *paths[2];
	struct triage_list l;
	struct kb_error err = { "" };

	(void)state;
	touch(dir, "b-node/WINNT/system32/config/SYSTEM");
	touch(dir, "a-node/C/Windows/System32/config/SYSTEM");
	touch(dir, "c.zip");
	touch(dir, ".hidden/WINNT/system32/config/SYSTEM");
	touch(dir, "notes.txt");
	assert_int_equal(mkdir(strcat(strcpy(missing, dir), "/empty"), 0700), 0);
	snprintf(missing, sizeof missing, "%s/no-such", dir);
	paths[0] = dir;
	paths[1] = missing;
	assert_int_equal(triage_expand(paths, 2, &l, &err), 0);
	assert_int_equal(l.n, 5);
	assert_non_null(strstr(l.machines[0].path, "/a-node"));
	assert_int_equal(l.machines[0].layout, TRIAGE_KAPE);
	assert_int_equal(l.machines[1].layout, TRIAGE_VOLUME);
	assert_int_equal(l.machines[2].layout, TRIAGE_ZIP);
	assert_non_null(strstr(l.machines[3].path, "/empty"));
	assert_int_equal(l.machines[3].layout, TRIAGE_UNKNOWN);
	assert_int_equal(l.machines[4].layout, TRIAGE_UNKNOWN);
	triage_list_free(&l);
	test_rm_rf(dir);
	free(dir);
}

static json_t *node(const char *name, const char *transports)
{
	return json_pack("{s:s, s:{s:s}, s:s, s:[s], s:[], s:[{s:s, s:s, s:s, s:s, s:s, s:s}]}",
			 "path", name, "machine", "computer_name", name, "verdict",
			 transports[0] == 'T' && strstr(transports, "Clusnet") == NULL ? "confirmed" : "none",
			 "confirmed", "Q262832", "possible",
			 "checks", "rule", "Q262832", "check", "transports", "key", "HKLM\\SYSTEM\\x",
			 "value", "Transports", "status", strstr(transports, "Clusnet") ? "passed" : "failed",
			 "found", transports);
}

static void test_cluster_marks_the_node_that_differs(void **state)
{
	json_t *lines = json_array(), *cmp, *v, *nodes;

	(void)state;
	json_array_append_new(lines, node("NODE1", "Tcpip, NetBT"));
	json_array_append_new(lines, node("NODE2", "Tcpip, NetBT, Clusnet"));
	json_array_append_new(lines, node("NODE3", "Tcpip, NetBT, Clusnet"));
	cmp = triage_cluster_compare(lines);
	assert_non_null(cmp);
	v = json_array_get(json_object_get(json_object_get(cmp, "cluster"), "values"), 0);
	assert_true(json_is_true(json_object_get(v, "differs")));
	nodes = json_object_get(v, "nodes");
	assert_true(json_is_true(json_object_get(json_array_get(nodes, 0), "odd")));
	assert_false(json_is_true(json_object_get(json_array_get(nodes, 1), "odd")));
	assert_false(json_is_true(json_object_get(json_array_get(nodes, 2), "odd")));
	assert_int_equal(json_integer_value(json_object_get(json_object_get(cmp, "cluster"), "differing")), 1);
	json_decref(cmp);
	json_decref(lines);
}

static json_t *set_status(json_t *line, const char *status)
{
	json_t *c = json_array_get(json_object_get(line, "checks"), 0);

	json_object_set_new(c, "status", json_string(status));
	json_object_set_new(c, "found", json_null());
	return line;
}

static json_t *odd_of(json_t *cmp, size_t node)
{
	json_t *v = json_array_get(json_object_get(json_object_get(cmp, "cluster"), "values"), 0);

	return json_object_get(json_array_get(json_object_get(v, "nodes"), node), "odd");
}

static void test_cluster_compares_only_nodes_where_the_value_was_read(void **state)
{
	json_t *lines = json_array(), *cmp, *v;

	(void)state;
	/* NODE1 not checked (the rule does not apply there); NODE2 and NODE3
	 * agree: nothing differs, nobody is odd. */
	json_array_append_new(lines, set_status(node("NODE1", "Tcpip"), "not checked"));
	json_array_append_new(lines, node("NODE2", "Tcpip, NetBT, Clusnet"));
	json_array_append_new(lines, node("NODE3", "Tcpip, NetBT, Clusnet"));
	cmp = triage_cluster_compare(lines);
	assert_non_null(cmp);
	v = json_array_get(json_object_get(json_object_get(cmp, "cluster"), "values"), 0);
	assert_false(json_is_true(json_object_get(v, "differs")));
	assert_false(json_is_true(odd_of(cmp, 0)));
	assert_false(json_is_true(odd_of(cmp, 1)));
	assert_false(json_is_true(json_object_get(json_array_get(json_object_get(v, "nodes"), 0),
						  "compared")));
	assert_int_equal(json_integer_value(json_object_get(json_object_get(cmp, "cluster"), "differing")), 0);
	json_decref(cmp);
	json_decref(lines);
}

static void test_cluster_of_two_that_differ_names_no_odd_node(void **state)
{
	json_t *lines = json_array(), *cmp, *v;

	(void)state;
	json_array_append_new(lines, node("NODE1", "Tcpip, NetBT"));
	json_array_append_new(lines, node("NODE2", "Tcpip, NetBT, Clusnet"));
	cmp = triage_cluster_compare(lines);
	assert_non_null(cmp);
	v = json_array_get(json_object_get(json_object_get(cmp, "cluster"), "values"), 0);
	assert_true(json_is_true(json_object_get(v, "differs")));
	assert_false(json_is_true(odd_of(cmp, 0)));
	assert_false(json_is_true(odd_of(cmp, 1)));
	json_decref(cmp);
	json_decref(lines);
}

static void test_summary_counts_machines_and_rules(void **state)
{
	json_t *sum = triage_summary_new(), *a = node("A", "Tcpip"), *b = node("B", "Tcpip, Clusnet");
	json_t *s, *r;

	(void)state;
	assert_int_equal(triage_summary_add(sum, a), 0);
	assert_int_equal(triage_summary_add(sum, b), 0);
	triage_summary_finish(sum);
	s = json_object_get(sum, "summary");
	assert_int_equal(json_integer_value(json_object_get(s, "machines")), 2);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(s, "by_verdict"), "confirmed")), 1);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(s, "by_verdict"), "none")), 1);
	r = json_array_get(json_object_get(s, "rules"), 0);
	assert_string_equal(json_string_value(json_object_get(r, "id")), "Q262832");
	assert_int_equal(json_integer_value(json_object_get(r, "confirmed")), 2);
	json_decref(a);
	json_decref(b);
	json_decref(sum);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode_name_turns_escapes_and_backslashes_into_a_path),
		cmocka_unit_test(test_volume_path_starts_at_the_windows_directory),
		cmocka_unit_test(test_volume_path_refuses_climbing_and_absolute_names),
		cmocka_unit_test(test_extract_copies_only_evidence_under_names_kbwiz_gives),
		cmocka_unit_test(test_extract_refuses_links_climbs_and_bombs),
		cmocka_unit_test(test_find_volume_knows_volume_and_kape_layouts),
		cmocka_unit_test(test_expand_lists_a_directory_of_many_by_name),
		cmocka_unit_test(test_cluster_marks_the_node_that_differs),
		cmocka_unit_test(test_cluster_compares_only_nodes_where_the_value_was_read),
		cmocka_unit_test(test_cluster_of_two_that_differ_names_no_odd_node),
		cmocka_unit_test(test_summary_counts_machines_and_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
