/* test_fix.c: the registry repair (core/fix.c) on the Q262832 fixtures:
 * each fault alone and all three are fixed and the checks pass after;
 * existing REG_MULTI_SZ entries survive in order; a second run has
 * nothing to do; Select\Current=2 writes to ControlSet002 only; a wrong
 * type is left to the technician; and every refusal or failure (read-only
 * hive or directory, a hive changed since the checks, a dirty hive, a
 * full disk, a failed write, verify or rename) leaves the original bytes
 * as they were.  Undo puts the original back; a session records it all.
 *
 * Tests run as root, so permission bits stop nothing: read-only cases
 * use chattr +i and a read-only bind mount, a full disk a small tmpfs,
 * each skipped with a visible line when the system does not allow it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <dirent.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "kbwiz/fix.h"
#include "kbwiz/fsutil.h"
#include "kbwiz/hash.h"
#include "kbwiz/hive.h"
#include "kbwiz/rule_load.h"
#include "kbwiz/session.h"
#include "kbwiz/store.h"
#include "lib/hive_writer.h"
#include "lib/testlib.h"

#define FIXTURES "tests/fixtures/hives/"
#define MAX_CHECKS 8

static char *tmpdir;
static struct rule *rule;

static int group_setup(void **state)
{
	struct kb_error err = { "" };

	(void)state;
	unsetenv("HIVEX_DEBUG");
	unsetenv("KBWIZ_TEST_KILL_AT");
	unsetenv("KBWIZ_TEST_FAIL_AT");
	tmpdir = test_tmpdir();
	if (tmpdir == NULL || rule_load_file("kb/Q262832.yaml", &rule, &err) != 0) {
		fprintf(stderr, "setup: %s\n", err.msg);
		return -1;
	}
	return 0;
}

static int group_teardown(void **state)
{
	(void)state;
	rule_free(rule);
	test_rm_rf(tmpdir);
	free(tmpdir);
	return 0;
}

static int run_shell(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Run a shell command quietly; its exit status. */
static int run_shell(const char *fmt, ...)
{
	char cmd[2048];
	va_list ap;
	int rc;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof cmd, fmt, ap);
	va_end(ap);
	strncat(cmd, " >/dev/null 2>&1", sizeof cmd - strlen(cmd) - 1);
	rc = system(cmd);
	return rc == -1 ? -1 : WEXITSTATUS(rc);
}

/* A fresh directory under the temp dir holding the fixture as SYSTEM. */
static char *fixture_in(const char *dir_name, const char *spec)
{
	struct kb_error msg = { "" };
	char dir[512], path[600], specpath[256];
	char *out;

	snprintf(dir, sizeof dir, "%s/%s", tmpdir, dir_name);
	mkdir(dir, 0700);
	snprintf(path, sizeof path, "%s/SYSTEM", dir);
	snprintf(specpath, sizeof specpath, FIXTURES "%s.spec", spec);
	if (hive_fixture_build_file(path, specpath, &msg) != 0)
		fail_msg("building %s: %s", spec, msg.msg);
	out = strdup(path);
	assert_non_null(out);
	return out;
}

static char *slurp(const char *path, size_t *len)
{
	struct kb_error err = { "" };
	char *data = NULL;

	if (kb_read_file(path, 64u << 20, &data, len, &err) != 0)
		fail_msg("%s", err.msg);
	return data;
}

static void assert_same_bytes(const char *path, const char *orig, size_t orig_len)
{
	size_t len;
	char *now = slurp(path, &len);

	assert_int_equal(len, orig_len);
	assert_memory_equal(now, orig, len);
	free(now);
}

/* Files in dir whose name contains part. */
static int count_files(const char *path_in_dir, const char *part)
{
	char dir[600];
	struct dirent *e;
	DIR *d;
	int n = 0;

	kb_dirname(path_in_dir, dir, sizeof dir);
	assert_non_null(d = opendir(dir));
	while ((e = readdir(d)) != NULL)
		n += strstr(e->d_name, part) != NULL;
	closedir(d);
	return n;
}

static void eval_all(const char *path, struct check_result *res)
{
	struct kb_error err = { "" };
	struct kb_hive *h = NULL;
	size_t i;

	if (hive_open(path, &h, &err) != 0)
		fail_msg("%s", err.msg);
	for (i = 0; i < rule->n_checks; i++)
		assert_int_equal(hive_eval_check(h, &rule->checks[i], &res[i], &err), 0);
	hive_close(h);
}

static void clear_all(struct check_result *res)
{
	size_t i;

	for (i = 0; i < rule->n_checks; i++)
		check_result_clear(&res[i]);
}

static struct fix_plan *plan_for(const char *path)
{
	struct kb_error err = { "" };
	struct check_result res[MAX_CHECKS];
	struct fix_plan *p = NULL;

	eval_all(path, res);
	if (fix_plan_build(rule, res, NULL, &p, &err) != 0)
		fail_msg("plan: %s", err.msg);
	clear_all(res);
	return p;
}

static int say_yes(void *ctx, const struct fix_plan *p, const char *question)
{
	(void)p;
	if (ctx != NULL)
		snprintf(ctx, 512, "%s", question);
	return 1;
}

static int say_no(void *ctx, const struct fix_plan *p, const char *question)
{
	(void)ctx;
	(void)p;
	(void)question;
	return 0;
}

static int apply_plan(const struct fix_plan *p, int force_dirty, struct fix_apply_result *res,
		      struct kb_error *err)
{
	struct fix_apply_opts opts;

	memset(&opts, 0, sizeof opts);
	opts.force_dirty = force_dirty;
	opts.confirm = say_yes;
	return fix_apply(p, &opts, res, err);
}

static void assert_all_pass(const char *path)
{
	struct check_result res[MAX_CHECKS];
	size_t i;

	eval_all(path, res);
	for (i = 0; i < rule->n_checks; i++)
		if (res[i].status != CHECK_PASSED)
			fail_msg("check %s: %s: %s", rule->checks[i].id, check_status_name(res[i].status),
				 res[i].detail);
	clear_all(res);
}

/* ---- repairs ----------------------------------------------------------- */

static void fix_one(const char *spec, size_t want_changes)
{
	struct kb_error err = { "" };
	struct fix_apply_result res;
	struct fix_plan *p;
	char *path = fixture_in(spec, spec);
	char orig_sha[KB_SHA256_HEX_SIZE], sha[KB_SHA256_HEX_SIZE];

	assert_int_equal(kb_sha256_file(path, orig_sha, &err), 0);
	p = plan_for(path);
	assert_int_equal(p->n_changes, want_changes);
	assert_int_equal(p->n_manual, 0);
	assert_string_equal(p->control_set, "ControlSet001");
	if (apply_plan(p, 0, &res, &err) != 0)
		fail_msg("apply %s: %s", spec, err.msg);
	assert_int_equal(res.n_applied, want_changes);
	assert_all_pass(path);
	/* The backup is the original, byte for byte. */
	assert_int_equal(kb_sha256_file(res.backup_path, sha, &err), 0);
	assert_string_equal(sha, orig_sha);
	assert_string_equal(res.backup_sha256, orig_sha);
	assert_int_equal(count_files(path, ".kbwiz-tmp-"), 0);
	fix_plan_free(p);
	/* A second run has nothing to do. */
	p = plan_for(path);
	assert_int_equal(p->n_changes, 0);
	assert_int_equal(p->n_passed, rule->n_checks);
	assert_int_equal(apply_plan(p, 0, &res, &err), 0);
	assert_int_equal(res.n_applied, 0);
	fix_plan_free(p);
	free(path);
}

static void test_missing_provider_key_is_created(void **state)
{
	(void)state;
	fix_one("q262832-no-provider-key", 1);
}

static void test_provider_list_gets_clusnet(void **state)
{
	(void)state;
	fix_one("q262832-provider-list-lacks-clusnet", 1);
}

static void test_transports_gets_clusnet(void **state)
{
	(void)state;
	fix_one("q262832-transports-lacks-clusnet", 1);
}

static void test_all_three_faults_are_fixed(void **state)
{
	(void)state;
	fix_one("q262832-all-faults", 3);
}

static void test_existing_entries_survive_in_order(void **state)
{
	static const char *const want[] = { "Tcpip", "NetBT", "Clusnet" };
	struct kb_error err = { "" };
	struct check_result res[MAX_CHECKS];
	struct fix_apply_result ar;
	struct fix_plan *p;
	char *path = fixture_in("order", "q262832-all-faults");
	size_t i, k;

	(void)state;
	p = plan_for(path);
	for (i = 0; i < p->n_changes; i++)
		if (p->changes[i].kind == FIXCH_ADD_ENTRY) {
			assert_string_equal(p->changes[i].before, "[Tcpip, NetBT]");
			assert_string_equal(p->changes[i].after, "[Tcpip, NetBT, Clusnet]");
		}
	assert_int_equal(apply_plan(p, 0, &ar, &err), 0);
	fix_plan_free(p);
	eval_all(path, res);
	for (i = 1; i < rule->n_checks; i++) {
		assert_int_equal(res[i].n_found_entries, 3);
		for (k = 0; k < 3; k++)
			assert_string_equal(res[i].found_entries[k], want[k]);
	}
	clear_all(res);
	free(path);
}

/* A check that reads a fixed control set, to look at the other one. */
static void assert_transports(const char *path, const char *key, const char *const *want, size_t n)
{
	struct kb_error err = { "" };
	struct rule_check c;
	struct check_result res;
	struct kb_hive *h = NULL;
	size_t i;

	memset(&c, 0, sizeof c);
	c.id = "probe";
	c.key = (char *)key;
	c.value = "Transports";
	c.type = KB_REG_MULTI_SZ;
	c.expect = EXPECT_MULTI_SZ_CONTAINS;
	c.data = "Clusnet";
	assert_int_equal(hive_open(path, &h, &err), 0);
	assert_int_equal(hive_eval_check(h, &c, &res, &err), 0);
	hive_close(h);
	assert_int_equal(res.n_found_entries, n);
	for (i = 0; i < n; i++)
		assert_string_equal(res.found_entries[i], want[i]);
	check_result_clear(&res);
}

static void test_select_current_2_writes_controlset002_only(void **state)
{
	static const char *const cs1[] = { "Tcpip", "NetBT", "Clusnet" };
	struct kb_error err = { "" };
	struct fix_apply_result ar;
	struct fix_plan *p;
	char *path = fixture_in("current2", "q262832-current2-fault-in-002");
	char *healthy2 = fixture_in("current2-ok", "q262832-current2-fix-in-002");

	(void)state;
	p = plan_for(path);
	assert_string_equal(p->control_set, "ControlSet002");
	assert_int_equal(p->n_changes, 1);
	assert_string_equal(p->changes[0].key, "ControlSet002\\Services\\Winsock\\Parameters");
	assert_string_equal(p->changes[0].live_key,
			    "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Winsock\\Parameters");
	assert_int_equal(apply_plan(p, 0, &ar, &err), 0);
	fix_plan_free(p);
	assert_all_pass(path);
	assert_transports(path, "HKLM\\SYSTEM\\ControlSet001\\Services\\Winsock\\Parameters", cs1, 3);
	free(path);
	/* The faults in ControlSet001 are not the current set's: nothing to do. */
	p = plan_for(healthy2);
	assert_int_equal(p->n_changes, 0);
	fix_plan_free(p);
	free(healthy2);
}

/* ControlSet001 lacks Winsock\Setup Migration altogether: the key and
 * its parents are created, parents first, each once, and the missing
 * Provider List becomes a one-entry REG_MULTI_SZ. */
static const char no_setup_migration_spec[] =
	"@name SYSTEM\n"
	"[Select]\n\"Current\"=dword:00000001\n\"LastKnownGood\"=dword:00000001\n"
	"[ControlSet001\\Services\\ClusSvc]\n\"Start\"=dword:00000002\n"
	"[ControlSet001\\Services\\Winsock\\Parameters]\n\"Transports\"=multi:\"Tcpip\"\n";

static void test_missing_parents_are_created_first(void **state)
{
	static const char *const want[] = {
		"ControlSet001\\Services\\Winsock\\Setup Migration",
		"ControlSet001\\Services\\Winsock\\Setup Migration\\Providers",
		"ControlSet001\\Services\\Winsock\\Setup Migration\\Providers\\Clusnet",
	};
	struct kb_error err = { "" };
	struct fix_apply_result ar;
	struct fix_plan *p;
	struct kb_error msg = { "" };
	char path[600];
	size_t i;

	(void)state;
	snprintf(path, sizeof path, "%s/noparents", tmpdir);
	mkdir(path, 0700);
	strcat(path, "/SYSTEM");
	assert_int_equal(hive_fixture_build(path, no_setup_migration_spec, &msg), 0);
	p = plan_for(path);
	assert_int_equal(p->n_changes, 5);
	for (i = 0; i < 3; i++) {
		assert_int_equal(p->changes[i].kind, FIXCH_CREATE_KEY);
		assert_string_equal(p->changes[i].key, want[i]);
	}
	assert_int_equal(p->changes[3].kind, FIXCH_CREATE_VALUE);
	assert_string_equal(p->changes[3].value, "Provider List");
	assert_string_equal(p->changes[3].after, "[Clusnet]");
	assert_int_equal(p->changes[4].kind, FIXCH_ADD_ENTRY);
	assert_string_equal(p->changes[4].after, "[Tcpip, Clusnet]");
	assert_int_equal(apply_plan(p, 0, &ar, &err), 0);
	fix_plan_free(p);
	assert_all_pass(path);
}

static void test_wrong_type_is_left_to_the_technician(void **state)
{
	struct fix_plan *p;
	char *path = fixture_in("wrongtype", "q262832-transports-wrong-type");

	(void)state;
	p = plan_for(path);
	assert_int_equal(p->n_changes, 0);
	assert_int_equal(p->n_manual, 1);
	assert_string_equal(p->manual[0].check_id, "transports-has-clusnet");
	assert_non_null(strstr(p->manual[0].why, "REG_SZ"));
	assert_non_null(strstr(p->manual[0].why, "leaves it to you"));
	fix_plan_free(p);
	free(path);
}

/* ---- refusals and rollbacks -------------------------------------------- */

/* Apply must fail with code; the hive keeps its bytes and no temporary
 * file is left. */
static void expect_untouched(const char *path, const struct fix_plan *p, int force_dirty,
			     int code, const char *words)
{
	struct kb_error err = { "" };
	struct fix_apply_result ar;
	size_t len;
	char *orig = slurp(path, &len);
	int rc = apply_plan(p, force_dirty, &ar, &err);

	if (rc != code)
		fail_msg("apply returned %d, wanted %d: %s", rc, code, err.msg);
	if (strstr(err.msg, words) == NULL)
		fail_msg("message lacks '%s': %s", words, err.msg);
	assert_same_bytes(path, orig, len);
	assert_int_equal(count_files(path, ".kbwiz-tmp-"), 0);
	free(orig);
}

static void test_declined_confirmation_writes_nothing(void **state)
{
	struct kb_error err = { "" };
	struct fix_apply_opts opts;
	struct fix_plan *p;
	char *path = fixture_in("declined", "q262832-all-faults");
	size_t len;
	char *orig = slurp(path, &len);

	(void)state;
	p = plan_for(path);
	memset(&opts, 0, sizeof opts);
	opts.confirm = say_no;
	assert_int_equal(fix_apply(p, &opts, NULL, &err), KB_ECANCEL);
	assert_same_bytes(path, orig, len);
	assert_int_equal(count_files(path, ".bak"), 0);
	fix_plan_free(p);
	free(orig);
	free(path);
}

static void test_question_names_the_hive(void **state)
{
	struct kb_error err = { "" };
	struct fix_apply_opts opts;
	struct fix_plan *p;
	char question[512] = "", want[700];
	char *path = fixture_in("question", "q262832-all-faults");

	(void)state;
	p = plan_for(path);
	memset(&opts, 0, sizeof opts);
	opts.confirm = say_yes;
	opts.confirm_ctx = question;
	assert_int_equal(fix_apply(p, &opts, NULL, &err), 0);
	snprintf(want, sizeof want, "Write 3 changes to %s?", p->hive_path);
	assert_string_equal(question, want);
	fix_plan_free(p);
	free(path);
}

/* kbwiz's own repair (the service doctor's): the question and the undo
 * record say it is not an article's, the record with its evidence. */
static void test_own_repair_is_said_in_question_and_undo_record(void **state)
{
	struct kb_error err = { "" };
	struct fix_apply_opts opts;
	struct fix_undo_record rec;
	struct fix_plan *p;
	char question[512] = "", rpath[4200];
	char *path = fixture_in("own", "q262832-all-faults"), *text = NULL;
	size_t len;

	(void)state;
	p = plan_for(path);
	p->own_basis = strdup("TopSvc: dependency (1 event: 7001 x1)\n  LowSvc  DISABLED\x1b[31m\n");
	assert_non_null(p->own_basis);
	memset(&opts, 0, sizeof opts);
	opts.confirm = say_yes;
	opts.confirm_ctx = question;
	assert_int_equal(fix_apply(p, &opts, NULL, &err), 0);
	assert_non_null(strstr(question, "This is kbwiz's own repair, not a Microsoft article's"));
	assert_int_equal(fix_undo_record_read(p->hive_path, &rec, &err), 0);
	assert_int_equal(rec.own, 1);
	snprintf(rpath, sizeof rpath, "%s.kbwiz-undo", p->hive_path);
	assert_int_equal(kb_read_file(rpath, 65536, &text, &len, &err), 0);
	assert_non_null(strstr(text, "# kbwiz's own repair, not a Microsoft article's"));
	assert_non_null(strstr(text, "\n#   TopSvc: dependency (1 event: 7001 x1)\n"));
	/* The escape in the evidence is stored as %XX, never raw. */
	assert_non_null(strstr(text, "#     LowSvc  DISABLED%1B[31m\n"));
	assert_non_null(strstr(text, "\nsource=kbwiz\n"));
	free(text);
	fix_plan_free(p);
	free(path);
}

/* Yes to the first question, no to the second; keeps the second. */
struct two_answers {
	int calls;
	char second[1024];
};

static int yes_then_no(void *ctx, const struct fix_plan *p, const char *question)
{
	struct two_answers *a = ctx;

	(void)p;
	if (++a->calls == 2)
		snprintf(a->second, sizeof a->second, "%s", question);
	return a->calls == 1;
}

static void test_already_damaged_hive_is_said_and_asked_twice(void **state)
{
	struct kb_error err = { "" };
	struct fix_apply_opts opts;
	struct two_answers a = { 0, "" };
	struct fix_plan *p;
	size_t len, i;
	char *path = fixture_in("damaged", "q262832-all-faults");
	char *data = slurp(path, &len);
	FILE *f;

	(void)state;
	/* ComputerName's value record (not read by the rule) claims 64 KiB
	 * of data: the checks still run, a full read fails. */
	for (i = 20; i + 12 <= len; i++)
		if (memcmp(data + i, "ComputerName", 12) == 0 && memcmp(data + i - 20, "vk", 2) == 0)
			break;
	assert_true(i + 12 <= len);
	memcpy(data + i - 16, "\0\0\1\0", 4);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
	p = plan_for(path);
	assert_non_null(p->damage);
	assert_non_null(strstr(p->damage, "already damaged"));
	memset(&opts, 0, sizeof opts);
	opts.confirm = yes_then_no;
	opts.confirm_ctx = &a;
	assert_int_equal(fix_apply(p, &opts, NULL, &err), KB_ECANCEL);
	assert_int_equal(a.calls, 2);
	assert_non_null(strstr(a.second, "Write anyway?"));
	assert_same_bytes(path, data, len);
	assert_int_equal(count_files(path, ".bak"), 0);
	fix_plan_free(p);
	free(data);
	free(path);
}

static void test_healthy_hive_is_asked_once(void **state)
{
	struct fix_plan *p;
	char *path = fixture_in("whole", "q262832-all-faults");

	(void)state;
	p = plan_for(path);
	assert_null(p->damage);
	fix_plan_free(p);
	free(path);
}

static void test_hive_changed_since_checks_is_refused(void **state)
{
	struct kb_error msg = { "" };
	struct fix_plan *p;
	char *path = fixture_in("changed", "q262832-all-faults");

	(void)state;
	p = plan_for(path);
	/* Someone writes the hive after the checks ran. */
	assert_int_equal(hive_fixture_build_file(path, FIXTURES "q262832-transports-lacks-clusnet.spec",
						 &msg), 0);
	expect_untouched(path, p, 0, KB_EREFUSED, "not the hive the checks ran on");
	fix_plan_free(p);
	free(path);
}

static void test_dirty_hive_is_refused_unless_forced(void **state)
{
	struct kb_error err = { "" };
	struct fix_apply_result ar;
	struct kb_error msg = { "" };
	struct fix_plan *p;
	char *path = fixture_in("dirty", "q262832-all-faults");

	(void)state;
	assert_int_equal(hive_set_sequence(path, 1623, 1622, &msg), 0);
	p = plan_for(path);
	assert_true(p->dirty);
	expect_untouched(path, p, 0, KB_EREFUSED, "no transaction log is beside it");
	assert_int_equal(count_files(path, ".bak"), 0);
	/* --force-dirty: written, and hivex leaves it clean. */
	assert_int_equal(apply_plan(p, 1, &ar, &err), 0);
	assert_all_pass(path);
	fix_plan_free(p);
	free(path);
}

static void test_immutable_hive_is_refused(void **state)
{
	struct fix_plan *p;
	char *path = fixture_in("immutable", "q262832-all-faults");

	(void)state;
	if (run_shell("chattr +i '%s'", path) != 0) {
		printf("SKIP: chattr +i is not supported here\n");
		free(path);
		skip();
	}
	p = plan_for(path);
	expect_untouched(path, p, 0, KB_EREFUSED, "cannot be written");
	run_shell("chattr -i '%s'", path);
	fix_plan_free(p);
	free(path);
}

static void test_read_only_mount_is_refused(void **state)
{
	char src[600], ro[600], hive[700];
	struct fix_plan *p;
	char *path = fixture_in("rosrc", "q262832-all-faults");

	(void)state;
	kb_dirname(path, src, sizeof src);
	snprintf(ro, sizeof ro, "%s/romount", tmpdir);
	mkdir(ro, 0700);
	if (run_shell("mount --bind '%s' '%s' && mount -o remount,ro,bind '%s'", src, ro, ro) != 0) {
		run_shell("umount '%s'", ro);
		printf("SKIP: read-only bind mounts are not allowed here\n");
		free(path);
		skip();
	}
	snprintf(hive, sizeof hive, "%s/SYSTEM", ro);
	p = plan_for(hive);
	expect_untouched(hive, p, 0, KB_EREFUSED, "cannot be written");
	fix_plan_free(p);
	run_shell("umount '%s'", ro);
	free(path);
}

static void test_full_disk_is_refused(void **state)
{
	struct kb_error msg = { "" };
	char mnt[600], hive[700];
	struct fix_plan *p;

	(void)state;
	snprintf(mnt, sizeof mnt, "%s/small", tmpdir);
	mkdir(mnt, 0700);
	if (run_shell("mount -t tmpfs -o size=64k tmpfs '%s'", mnt) != 0) {
		printf("SKIP: cannot mount a small tmpfs here\n");
		skip();
	}
	snprintf(hive, sizeof hive, "%s/SYSTEM", mnt);
	assert_int_equal(hive_fixture_build_file(hive, FIXTURES "q262832-all-faults.spec", &msg), 0);
	/* Fill what is left but a few kilobytes. */
	run_shell("dd if=/dev/zero of='%s/filler' bs=4k count=8", mnt);
	p = plan_for(hive);
	expect_untouched(hive, p, 0, KB_EREFUSED, "not enough free space");
	assert_int_equal(count_files(hive, ".bak"), 0);
	fix_plan_free(p);
	run_shell("umount '%s'", mnt);
}

/* A step that fails after the backup: the temporary file goes, the hive
 * stays, the backup stays. */
static void failing_step(const char *stage, const char *words)
{
	struct fix_plan *p;
	char name[64];
	char *path;

	snprintf(name, sizeof name, "fail-%s", stage);
	path = fixture_in(name, "q262832-all-faults");
	p = plan_for(path);
	setenv("KBWIZ_TEST_FAIL_AT", stage, 1);
	expect_untouched(path, p, 0, stage[0] == 'v' ? KB_EFORMAT : KB_EIO, words);
	unsetenv("KBWIZ_TEST_FAIL_AT");
	assert_int_equal(count_files(path, ".bak"), 1);
	fix_plan_free(p);
	/* Nothing was lost: a new plan finds the same three changes. */
	p = plan_for(path);
	assert_int_equal(p->n_changes, 3);
	fix_plan_free(p);
	free(path);
}

static void test_write_error_rolls_back(void **state)
{
	(void)state;
	failing_step("write", "was not changed");
}

static void test_failed_verification_rolls_back(void **state)
{
	(void)state;
	failing_step("verify", "verification failed");
}

static void test_failed_rename_rolls_back(void **state)
{
	(void)state;
	failing_step("rename", "renaming");
}

/* ---- undo -------------------------------------------------------------- */

static void test_undo_restores_the_original(void **state)
{
	struct kb_error err = { "" };
	struct fix_apply_result ar;
	struct fix_plan *p;
	char *path = fixture_in("undo", "q262832-all-faults");
	char orig[KB_SHA256_HEX_SIZE], now[KB_SHA256_HEX_SIZE];
	int restored = -1;

	(void)state;
	assert_int_equal(kb_sha256_file(path, orig, &err), 0);
	p = plan_for(path);
	assert_int_equal(apply_plan(p, 0, &ar, &err), 0);
	fix_plan_free(p);
	assert_int_equal(fix_undo(path, NULL, 0, &restored, &err), 0);
	assert_int_equal(restored, 1);
	assert_int_equal(kb_sha256_file(path, now, &err), 0);
	assert_string_equal(now, orig);
	/* Twice: nothing more to do. */
	assert_int_equal(fix_undo(path, NULL, 0, &restored, &err), 0);
	assert_int_equal(restored, 0);
	free(path);
}

static void test_undo_refuses_a_hive_changed_since(void **state)
{
	struct kb_error err = { "" };
	struct fix_apply_result ar;
	struct fix_plan *p;
	struct kb_error msg = { "" };
	char orig[KB_SHA256_HEX_SIZE], now[KB_SHA256_HEX_SIZE];
	char *path = fixture_in("undo-changed", "q262832-all-faults");
	size_t len;
	char *before;
	int restored = -1;

	(void)state;
	assert_int_equal(kb_sha256_file(path, orig, &err), 0);
	p = plan_for(path);
	assert_int_equal(apply_plan(p, 0, &ar, &err), 0);
	fix_plan_free(p);
	assert_int_equal(hive_fixture_build_file(path, FIXTURES "q262832-healthy.spec", &msg), 0);
	before = slurp(path, &len);
	assert_int_equal(fix_undo(path, NULL, 0, &restored, &err), KB_EREFUSED);
	assert_non_null(strstr(err.msg, "not the hive kbwiz wrote"));
	assert_same_bytes(path, before, len);
	free(before);
	assert_int_equal(fix_undo(path, NULL, 1, &restored, &err), 0);
	assert_int_equal(kb_sha256_file(path, now, &err), 0);
	assert_string_equal(now, orig);
	free(path);
}

static void test_undo_refuses_a_damaged_backup(void **state)
{
	struct kb_error err = { "" };
	struct fix_apply_result ar;
	struct fix_plan *p;
	char *path = fixture_in("undo-badbak", "q262832-all-faults");
	size_t len;
	char *before;
	FILE *f;
	int restored = -1;

	(void)state;
	p = plan_for(path);
	assert_int_equal(apply_plan(p, 0, &ar, &err), 0);
	fix_plan_free(p);
	assert_non_null(f = fopen(ar.backup_path, "r+b"));
	fseek(f, 5000, SEEK_SET);
	fputc('X', f);
	fclose(f);
	before = slurp(path, &len);
	assert_int_equal(fix_undo(path, NULL, 0, &restored, &err), KB_EREFUSED);
	assert_non_null(strstr(err.msg, "damaged or was replaced"));
	assert_same_bytes(path, before, len);
	free(before);
	free(path);
}

/* ---- with a session ---------------------------------------------------- */

struct seen {
	int plan, backup, write, verify, rename, undo, export;
};

static int on_record(void *ctx, const struct session_record *r)
{
	struct seen *s = ctx;

	s->plan += strcmp(r->kind, "fix-plan") == 0;
	s->backup += strcmp(r->kind, "fix-backup") == 0;
	s->write += strcmp(r->kind, "fix-write") == 0;
	s->verify += strcmp(r->kind, "fix-verify") == 0;
	s->rename += strcmp(r->kind, "fix-rename") == 0;
	s->undo += strcmp(r->kind, "fix-undo") == 0;
	s->export += strcmp(r->kind, "fix-export") == 0 &&
		     strstr(r->text, "exported the repair as ") != NULL &&
		     strstr(r->text, "(version 5.00, 3 changes)") != NULL;
	return 0;
}

static void test_session_records_every_step_and_marks_steps_done(void **state)
{
	struct kb_error err = { "" };
	struct kb_store *store = NULL;
	struct session *s = NULL;
	struct rule_set set = { 0 };
	struct fix_apply_result ar;
	struct fix_plan *p = NULL;
	struct session_fix fixes[16];
	struct seen seen = { 0 };
	char db[600], hive[4096], tag[64];
	char *path = fixture_in("session", "q262832-all-faults");
	size_t n, i, done = 0;
	int restored = 0;

	(void)state;
	snprintf(db, sizeof db, "%s/kbwiz.db", tmpdir);
	assert_int_equal(store_open(db, STORE_OPEN_CREATE, &store, NULL, &err), 0);
	assert_int_equal(rule_load_dir("kb", &set, &err), 0);
	assert_int_equal(store_load_rules(store, &set, "kb", NULL, &err), 0);
	rule_set_free(&set);
	assert_int_equal(session_new(store, &s, &err), 0);
	assert_int_equal(session_add_evidence(s, EVIDENCE_HIVE, path, &err), 0);
	assert_int_equal(session_check_registry(s, &err), 0);
	assert_int_equal(session_choose(s, "Q262832", &err), 0);
	/* A .reg handed to the live machine is part of the record. */
	assert_int_equal(fix_plan_for_session(s, &p, &err), 0);
	assert_int_equal(fix_note_reg_export(s, p, REGFILE_V5, "/media/usb/q.reg", &err), 0);
	fix_plan_free(p);
	if (fix_session_apply(s, 0, say_yes, NULL, &p, &ar, &err) != 0)
		fail_msg("%s", err.msg);
	assert_int_equal(ar.n_applied, 3);
	snprintf(tag, sizeof tag, ".kbwiz-s%lld-", (long long)session_id(s));
	assert_non_null(strstr(ar.backup_path, tag));
	fix_plan_free(p);
	assert_all_pass(path);
	n = session_fixes(s, fixes, 16);
	for (i = 0; i < n; i++)
		if (fixes[i].fix->kind == FIX_REGISTRY) {
			assert_int_equal(fixes[i].status, FIXST_DONE);
			done++;
		}
	assert_int_equal(done, 3);
	/* A second plan from the same session refuses: the hive changed
	 * since its checks ran. */
	assert_int_equal(fix_plan_for_session(s, &p, &err), 0);
	assert_true(p->stale);
	fix_plan_free(p);
	assert_int_equal(fix_session_hive(s, hive, sizeof hive, &err), 0);
	assert_int_equal(fix_undo(hive, s, 0, &restored, &err), 0);
	assert_int_equal(restored, 1);
	assert_int_equal(session_timeline(store, session_id(s), on_record, &seen, &err), 0);
	assert_true(seen.plan >= 1 && seen.backup >= 1 && seen.write >= 1 && seen.verify >= 1 &&
		    seen.rename >= 1 && seen.undo >= 1 && seen.export == 1);
	session_close(s);
	store_close(store);
	free(path);
}

/* A check the article asks for only where a symptom is seen (when-symptom)
 * that the run did not see is not repaired, and the plan says why. */
static void test_symptom_gated_check_is_not_offered(void **state)
{
	static const char text[] =
		"id: T9\narticle: Q900009\ntitle: t\npublished: 2001-01-01\n"
		"products: [{name: Windows NT Server}]\n"
		"symptoms:\n"
		"  - id: hung\n    cite: 1\n"
		"    event: {log: System, id: 7022, source: Service Control Manager}\n"
		"cause-inferred: ours\ncause: c\n"
		"checks:\n"
		"  - id: dep\n    cite: 2\n"
		"    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\Spooler'\n"
		"    value: DependOnService\n    expect: contains\n    data: LanmanWorkstation\n"
		"    when-symptom: hung\n"
		"remediation:\n"
		"  - id: add\n    cite: 3\n"
		"    registry: {check: dep, action: add-entry}\n"
		"references: [Q900009]\n";
	struct kb_error err = { "" }, msg = { "" };
	struct check_result res[1];
	struct fix_plan *p = NULL;
	struct rule *r = NULL;
	char *dir = test_tmpdir(), path[512];

	(void)state;
	assert_int_equal(rule_load_text("t.yaml", text, sizeof text - 1, &r, &err), 0);
	/* Not checked in a hive this run did not read: not this plan's. */
	memset(res, 0, sizeof res);
	res[0].status = CHECK_NOT_CHECKED;
	assert_int_equal(fix_plan_build(r, res, NULL, &p, &err), 0);
	assert_int_equal(p->n_manual, 0);
	fix_plan_free(p);
	/* Set aside by the gate in a hive where it fails: not offered. */
	snprintf(path, sizeof path, "%s/SYSTEM", dir);
	assert_int_equal(hive_fixture_build_file(path, "tests/fixtures/hives/q262832-all-faults.spec",
						 &msg), 0);
	res[0].hive_file = path;
	assert_int_equal(fix_plan_build(r, res, NULL, &p, &err), 0);
	assert_int_equal(p->n_changes, 0);
	assert_int_equal(p->n_manual, 1);
	assert_string_equal(p->manual[0].check_id, "dep");
	assert_non_null(strstr(p->manual[0].why,
			       "not offered: Q900009 asks for this change only where symptom "
			       "hung (System event 7022 from Service Control Manager) is seen, "
			       "and this run did not see it"));
	assert_int_equal(p->n_passed, 0);
	fix_plan_free(p);
	rule_free(r);
	test_rm_rf(dir);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_missing_provider_key_is_created),
		cmocka_unit_test(test_provider_list_gets_clusnet),
		cmocka_unit_test(test_transports_gets_clusnet),
		cmocka_unit_test(test_all_three_faults_are_fixed),
		cmocka_unit_test(test_existing_entries_survive_in_order),
		cmocka_unit_test(test_select_current_2_writes_controlset002_only),
		cmocka_unit_test(test_missing_parents_are_created_first),
		cmocka_unit_test(test_wrong_type_is_left_to_the_technician),
		cmocka_unit_test(test_declined_confirmation_writes_nothing),
		cmocka_unit_test(test_own_repair_is_said_in_question_and_undo_record),
		cmocka_unit_test(test_already_damaged_hive_is_said_and_asked_twice),
		cmocka_unit_test(test_healthy_hive_is_asked_once),
		cmocka_unit_test(test_question_names_the_hive),
		cmocka_unit_test(test_hive_changed_since_checks_is_refused),
		cmocka_unit_test(test_dirty_hive_is_refused_unless_forced),
		cmocka_unit_test(test_immutable_hive_is_refused),
		cmocka_unit_test(test_read_only_mount_is_refused),
		cmocka_unit_test(test_full_disk_is_refused),
		cmocka_unit_test(test_write_error_rolls_back),
		cmocka_unit_test(test_failed_verification_rolls_back),
		cmocka_unit_test(test_failed_rename_rolls_back),
		cmocka_unit_test(test_undo_restores_the_original),
		cmocka_unit_test(test_undo_refuses_a_hive_changed_since),
		cmocka_unit_test(test_undo_refuses_a_damaged_backup),
		cmocka_unit_test(test_session_records_every_step_and_marks_steps_done),
		cmocka_unit_test(test_symptom_gated_check_is_not_offered),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
