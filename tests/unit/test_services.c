/* test_services.c: the services model read from a SYSTEM hive: start
 * types, types, image paths in every form Windows writes them, files
 * looked up on a volume ignoring case, dependencies that exist, are
 * disabled or are missing, and the dependency tree both ways; on the
 * fixture tests/fixtures/hives/services.spec and, when present, the real
 * Windows 7 SYSTEM hive in ../shared/testdata. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kbwiz/hive.h"
#include "lib/hive_writer.h"
#include "kbwiz/services.h"
#include "lib/testlib.h"

#define SPEC "tests/fixtures/hives/services.spec"
#define REAL_SYSTEM "../shared/testdata/hives/SYSTEM"

static char *tmpdir, *hive_file, *volume;
static struct kb_hive *hive;
static struct svc_model *model;        /* without a volume */
static struct svc_model *model_vol;    /* with the volume */

static void touch(const char *rel)
{
	char path[4096], *slash;

	snprintf(path, sizeof path, "%s/%s", volume, rel);
	for (slash = path + strlen(volume) + 1; (slash = strchr(slash, '/')) != NULL; slash++) {
		*slash = '\0';
		mkdir(path, 0700);
		*slash = '/';
	}
	assert_int_equal(test_write_file(path, "MZ", 2), 0);
}

static int group_setup(void **state)
{
	struct kb_error err = { "" };
	struct kb_error e = { "" };

	(void)state;
	unsetenv("HIVEX_DEBUG");
	tmpdir = test_tmpdir();
	if (tmpdir == NULL)
		return -1;
	hive_file = malloc(strlen(tmpdir) + 16);
	volume = malloc(strlen(tmpdir) + 16);
	sprintf(hive_file, "%s/SYSTEM", tmpdir);
	sprintf(volume, "%s/vol", tmpdir);
	mkdir(volume, 0700);
	if (hive_fixture_build_file(hive_file, SPEC, &err) != 0) {
		fprintf(stderr, "building %s: %s\n", SPEC, err.msg);
		return -1;
	}
	/* Mixed case as NTFS keeps it; no bowser.sys, no browser.dll. */
	touch("WINDOWS/System32/svchost.exe");
	touch("WINDOWS/System32/Drivers/TCPIP.SYS");
	touch("WINDOWS/System32/Drivers/MrxSmb.sys");
	touch("Program Files/My App/app.exe");
	if (hive_open(hive_file, &hive, &e) != 0 ||
	    svc_model_load(hive, NULL, &model, &e) != 0 ||
	    svc_model_load(hive, volume, &model_vol, &e) != 0) {
		fprintf(stderr, "%s\n", e.msg);
		return -1;
	}
	return 0;
}

static int group_teardown(void **state)
{
	(void)state;
	svc_model_free(model);
	svc_model_free(model_vol);
	hive_close(hive);
	test_rm_rf(tmpdir);
	free(tmpdir);
	free(hive_file);
	free(volume);
	return 0;
}

static const struct svc_service *get(const struct svc_model *m, const char *name)
{
	const struct svc_service *s = svc_find(m, name);

	if (s == NULL)
		fail_msg("no service %s", name);
	return s;
}

static void test_every_services_key_is_listed_by_name(void **state)
{
	size_t i;

	(void)state;
	assert_string_equal(model->control_set, "ControlSet001");
	assert_int_equal(model->n, 14);
	for (i = 1; i < model->n; i++)
		assert_true(strcasecmp(model->services[i - 1].name, model->services[i].name) < 0);
	/* A key with no Type still shows; lookup ignores case. */
	assert_string_equal(svc_kind_name(get(model, "notype")), "");
	assert_non_null(svc_find(model, "BROWSER"));
	assert_null(svc_find(model, "Srv2"));
}

static void test_start_types_and_delayed_flag(void **state)
{
	(void)state;
	assert_string_equal(svc_start_name(get(model, "Disk")), "boot");
	assert_string_equal(svc_start_name(get(model, "Tcpip")), "system");
	assert_string_equal(svc_start_name(get(model, "LanmanWorkstation")), "automatic");
	assert_string_equal(svc_start_name(get(model, "LanmanServer")), "automatic (delayed)");
	assert_string_equal(svc_start_name(get(model, "SamSS")), "manual");
	assert_string_equal(svc_start_name(get(model, "Browser")), "disabled");
	/* ControlSet002 (not current) says automatic: not read. */
	assert_int_equal(get(model, "Browser")->start, SVC_START_DISABLED);
}

static void test_types_in_words(void **state)
{
	char buf[64];

	(void)state;
	svc_type_text(get(model, "Tcpip"), buf, sizeof buf);
	assert_string_equal(buf, "kernel driver");
	assert_string_equal(svc_kind_name(get(model, "Tcpip")), "driver");
	svc_type_text(get(model, "MRxSmb"), buf, sizeof buf);
	assert_string_equal(buf, "file system driver");
	svc_type_text(get(model, "MyApp"), buf, sizeof buf);
	assert_string_equal(buf, "own process");
	svc_type_text(get(model, "Browser"), buf, sizeof buf);
	assert_string_equal(buf, "shared process");
	assert_string_equal(svc_kind_name(get(model, "Browser")), "service");
	svc_type_text(get(model, "Quoted"), buf, sizeof buf);
	assert_string_equal(buf, "own process, interactive");
	svc_error_control_text(get(model, "Tcpip"), buf, sizeof buf);
	assert_string_equal(buf, "critical");
}

static void test_damaged_values_are_noted_not_fatal(void **state)
{
	const struct svc_service *s;

	(void)state;
	s = get(model, "Bad");
	assert_false(s->has_type);
	assert_false(s->has_start);
	assert_non_null(s->damaged);
	assert_non_null(strstr(s->damaged, "Type: REG_SZ, not REG_DWORD"));
	assert_non_null(strstr(s->damaged, "Start: REG_DWORD data is 3 bytes"));
	assert_null(get(model, "Browser")->damaged);
}

static void test_image_paths_expand(void **state)
{
	const struct svc_service *s;

	(void)state;
	s = get(model, "Browser");
	assert_string_equal(s->image.path, "%SystemRoot%\\system32\\svchost.exe");
	assert_string_equal(s->image.args, "-k netsvcs");
	assert_string_equal(s->service_dll.path, "%SystemRoot%\\System32\\browser.dll");
	assert_int_equal(s->image.file, SVC_FILE_UNKNOWN);
	assert_string_equal(get(model, "Tcpip")->image.path,
			    "%SystemRoot%\\System32\\drivers\\tcpip.sys");
	assert_string_equal(get(model, "MRxSmb")->image.path,
			    "%SystemRoot%\\system32\\DRIVERS\\mrxsmb.sys");
	assert_string_equal(get(model, "Disk")->image.path,
			    "C:\\Windows\\system32\\drivers\\disk.sys");
	s = get(model, "Bowser");
	assert_true(s->image.defaulted);
	assert_null(s->image.raw);
	assert_string_equal(s->image.path, "%SystemRoot%\\System32\\drivers\\Bowser.sys");
	s = get(model, "MyApp");
	assert_string_equal(s->image.path, "C:\\Program Files\\My App\\app.exe");
	assert_string_equal(s->image.args, "-service");
	s = get(model, "Quoted");
	assert_string_equal(s->image.path, "C:\\Program Files\\Q\\q.exe");
	assert_string_equal(s->image.args, "/run now");
	assert_null(get(model, "NoType")->image.path);
}

static void test_image_files_looked_up_on_volume_ignoring_case(void **state)
{
	(void)state;
	assert_string_equal(model_vol->windows_dir, "C:\\WINDOWS");
	assert_string_equal(get(model_vol, "Browser")->image.path,
			    "C:\\WINDOWS\\system32\\svchost.exe");
	assert_int_equal(get(model_vol, "Browser")->image.file, SVC_FILE_PRESENT);
	assert_int_equal(get(model_vol, "Browser")->service_dll.file, SVC_FILE_MISSING);
	assert_int_equal(get(model_vol, "Tcpip")->image.file, SVC_FILE_PRESENT);
	assert_non_null(strstr(get(model_vol, "Tcpip")->image.found, "Drivers/TCPIP.SYS"));
	assert_int_equal(get(model_vol, "MRxSmb")->image.file, SVC_FILE_PRESENT);
	assert_int_equal(get(model_vol, "Bowser")->image.file, SVC_FILE_MISSING);
	assert_int_equal(get(model_vol, "MyApp")->image.file, SVC_FILE_PRESENT);
	/* Another drive cannot be looked at. */
	assert_int_equal(get(model_vol, "Bad")->image.file, SVC_FILE_UNKNOWN);
}

static void test_unquoted_path_with_blanks_tries_prefixes_on_volume(void **state)
{
	struct svc_image img;
	struct kb_error e = { "" };

	(void)state;
	/* No ".exe" in the prefix that exists: only the volume can tell. */
	touch("Program Files/Tool");
	assert_int_equal(svc_image_parse("C:\\Program Files\\Tool run it", "C:\\WINDOWS",
					 volume, &img, &e), 0);
	assert_string_equal(img.path, "C:\\Program Files\\Tool");
	assert_string_equal(img.args, "run it");
	assert_int_equal(img.file, SVC_FILE_PRESENT);
	svc_image_clear(&img);
	assert_int_equal(svc_image_parse("  ", "C:\\WINDOWS", NULL, &img, &e), 0);
	assert_null(img.path);
	svc_image_clear(&img);
}

static const struct svc_dep *dep(const struct svc_service *s, const char *name)
{
	size_t i;

	for (i = 0; i < s->n_deps; i++)
		if (strcmp(s->deps[i].name, name) == 0)
			return &s->deps[i];
	fail_msg("%s has no dependency %s", s->name, name);
	return NULL;
}

static void test_dependencies_exist_missing_disabled(void **state)
{
	const struct svc_service *s;

	(void)state;
	s = get(model, "LanmanServer");
	assert_true(dep(s, "SamSS")->exists);
	assert_false(dep(s, "Srv2")->exists);
	assert_int_equal(dep(s, "Srv2")->index, -1);
	s = get(model, "LanmanWorkstation");
	assert_true(dep(s, "MRxSmb")->disabled);
	assert_false(dep(s, "Bowser")->disabled);
	assert_true(dep(s, "NetworkProvider")->is_group);
	assert_true(dep(s, "NetworkProvider")->exists);
	s = get(model, "MyApp");
	assert_false(dep(s, "NoSuchGroup")->exists);
	/* Listed in ServiceGroupOrder, though no service is in it. */
	assert_true(dep(s, "Empty Group")->exists);
	/* "+name" in DependOnService is a group. */
	s = get(model, "Quoted");
	assert_true(dep(s, "PNP_TDI")->is_group);
	assert_true(dep(s, "PNP_TDI")->exists);
}

static void test_dependency_tree_what_it_needs(void **state)
{
	struct svc_dep_line *l;
	size_t n;
	struct kb_error e = { "" };

	(void)state;
	assert_int_equal(svc_dep_tree(model, "browser", 0, &l, &n, &e), 0);
	/* Browser, LanmanServer, SamSS, Srv2, LanmanWorkstation, Bowser,
	 * MRxSmb, NetworkProvider, Bowser (above), MRxSmb (above) */
	assert_int_equal(n, 10);
	assert_string_equal(l[0].name, "Browser");
	assert_true(l[0].disabled);
	assert_string_equal(l[3].name, "Srv2");
	assert_int_equal(l[3].depth, 2);
	assert_true(l[3].missing);
	assert_string_equal(l[6].name, "MRxSmb");
	assert_true(l[6].disabled);
	assert_string_equal(l[7].name, "NetworkProvider");
	assert_true(l[7].is_group);
	assert_int_equal(l[8].depth, 3);
	assert_true(l[8].shown_above);
	free(l);
	assert_int_equal(svc_dep_tree(model, "NoSuch", 0, &l, &n, &e), KB_ENOTFOUND);
	assert_non_null(strstr(e.msg, "NoSuch"));
}

static void test_dependency_tree_what_needs_it_and_cycles(void **state)
{
	struct svc_dep_line *l;
	size_t n;
	struct kb_error e = { "" };

	(void)state;
	/* Bowser is needed by LanmanWorkstation directly and through its
	 * group; LanmanWorkstation by Browser. */
	assert_int_equal(svc_dep_tree(model, "Bowser", 1, &l, &n, &e), 0);
	assert_int_equal(n, 5);
	assert_string_equal(l[1].name, "LanmanWorkstation");
	assert_string_equal(l[2].name, "Browser");
	assert_int_equal(l[2].depth, 2);
	assert_string_equal(l[3].name, "NetworkProvider");
	assert_true(l[3].is_group);
	assert_true(l[4].shown_above);
	free(l);
	assert_int_equal(svc_dep_tree(model, "Cyc1", 0, &l, &n, &e), 0);
	assert_int_equal(n, 3);
	assert_string_equal(l[2].name, "Cyc1");
	assert_true(l[2].cycle);
	free(l);
}

static void test_not_a_system_hive_is_a_clear_error(void **state)
{
	struct kb_error err = { "" };
	char path[4096];
	struct kb_hive *h = NULL;
	struct svc_model *m = NULL;
	struct kb_error e = { "" };

	(void)state;
	snprintf(path, sizeof path, "%s/SOFTWARE", tmpdir);
	assert_int_equal(hive_fixture_build(path, "[Microsoft\\Windows]\n\"x\"=dword:1\n",
					    &err), 0);
	assert_int_equal(hive_open(path, &h, &e), 0);
	assert_int_not_equal(svc_model_load(h, NULL, &m, &e), 0);
	assert_null(m);
	assert_non_null(strstr(e.msg, path));
	assert_non_null(strstr(e.msg, "Select"));
	hive_close(h);
	snprintf(path, sizeof path, "%s/NOSERVICES", tmpdir);
	assert_int_equal(hive_fixture_build(path, "[Select]\n\"Current\"=dword:3\n",
					    &err), 0);
	assert_int_equal(hive_open(path, &h, &e), 0);
	assert_int_equal(svc_model_load(h, NULL, &m, &e), KB_ENOTFOUND);
	assert_non_null(strstr(e.msg, "ControlSet003"));
	hive_close(h);
}

static void test_real_windows7_system_hive_lists_every_services_key(void **state)
{
	struct kb_hive *h = NULL;
	struct svc_model *m = NULL;
	struct kb_error e = { "" };
	struct hive_subkey *keys = NULL;
	hive_key k;
	size_t n = 0;

	(void)state;
	if (access(REAL_SYSTEM, R_OK) != 0)
		skip();
	assert_int_equal(hive_open(REAL_SYSTEM, &h, &e), 0);
	assert_int_equal(svc_model_load(h, NULL, &m, &e), 0);
	assert_int_equal(hive_key_find(h, hive_root_key(h), "ControlSet001\\Services", &k, &e), 0);
	assert_int_equal(hive_key_subkeys(h, k, &keys, &n, &e), 0);
	assert_int_equal(m->n, n);
	assert_true(n > 300);
	assert_non_null(svc_find(m, "Tcpip"));
	assert_string_equal(svc_kind_name(svc_find(m, "Tcpip")), "driver");
	hive_subkeys_free(keys, n);
	svc_model_free(m);
	hive_close(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_services_key_is_listed_by_name),
		cmocka_unit_test(test_start_types_and_delayed_flag),
		cmocka_unit_test(test_types_in_words),
		cmocka_unit_test(test_damaged_values_are_noted_not_fatal),
		cmocka_unit_test(test_image_paths_expand),
		cmocka_unit_test(test_image_files_looked_up_on_volume_ignoring_case),
		cmocka_unit_test(test_unquoted_path_with_blanks_tries_prefixes_on_volume),
		cmocka_unit_test(test_dependencies_exist_missing_disabled),
		cmocka_unit_test(test_dependency_tree_what_it_needs),
		cmocka_unit_test(test_dependency_tree_what_needs_it_and_cycles),
		cmocka_unit_test(test_not_a_system_hive_is_a_clear_error),
		cmocka_unit_test(test_real_windows7_system_hive_lists_every_services_key),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
