/* cli.c: helpers shared by the command-line commands. */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kbwiz/fsutil.h"
#include "kbwiz/kb_stamp.h"
#include "kbwiz/rule_blob.h"
#include "kbwiz/rule_load.h"
#include "kbwiz/sanitize.h"

int cli_exit_code(int kb_status)
{
	switch (kb_status) {
	case KB_OK: return EXIT_OK;
	case KB_EFORMAT: return EXIT_BADINPUT;
	case KB_EINVAL: return EXIT_USAGE;
	case KB_ENOTFOUND: return EXIT_NOTHING;
	case KB_EDB:
	case KB_EVERSION: return EXIT_STORE;
	case KB_EIO: return EXIT_IO;
	case KB_EREFUSED: return EXIT_REFUSED;
	case KB_ECANCEL: return EXIT_NOTHING;
	default: return EXIT_INTERNAL;
	}
}

void cli_error(const char *fmt, ...)
{
	char msg[2048], *safe;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	safe = kb_sanitize_str(msg, 0);
	fprintf(stderr, "kbwiz: %s\n", safe != NULL ? safe : msg);
	free(safe);
}

int cli_check_file(const char *path)
{
	struct stat st;

	if (stat(path, &st) != 0) {
		cli_error("%s: %s", path, errno == ENOENT ? "no such file" : strerror(errno));
		return EXIT_IO;
	}
	if (!S_ISREG(st.st_mode)) {
		cli_error("%s: not a regular file (%s)", path,
			  S_ISDIR(st.st_mode) ? "a directory: for a mounted Windows volume use --root" :
			  S_ISFIFO(st.st_mode) ? "a pipe" : "a device or special file");
		return EXIT_BADINPUT;
	}
	if (access(path, R_OK) != 0) {
		cli_error("%s: %s", path, strerror(errno));
		return EXIT_IO;
	}
	return 0;
}

int cli_lookup_exit_code(int kb_status)
{
	return kb_status == KB_ENOTFOUND ? EXIT_USAGE : cli_exit_code(kb_status);
}

int cli_check_output(const char *path, int force)
{
	struct kb_error err = { "" };
	struct stat st;
	mode_t mode;
	int rc;

	if ((rc = kb_output_check(path, &mode, &err)) != 0) {
		cli_error("%s", err.msg);
		return cli_exit_code(rc);
	}
	/* The same words as report_write_file, which export uses. */
	if (!force && lstat(path, &st) == 0) {
		cli_error("%s: already exists (--force replaces it)", path);
		return EXIT_REFUSED;
	}
	return 0;
}

int cli_check_dir(const char *path)
{
	struct stat st;

	if (stat(path, &st) != 0) {
		cli_error("%s: %s (expected a mounted Windows system volume)", path,
			  errno == ENOENT ? "no such directory" : strerror(errno));
		return EXIT_IO;
	}
	if (!S_ISDIR(st.st_mode)) {
		cli_error("%s: not a directory (expected a mounted Windows system volume; "
			  "give a single file with --hive, --log or --events)", path);
		return EXIT_BADINPUT;
	}
	return 0;
}

void cli_put(FILE *f, const char *s)
{
	char *safe = kb_sanitize_str(s, 0);

	if (safe != NULL)
		fputs(safe, f);
	free(safe);
}

void cli_put_wrapped(FILE *f, const char *s, int indent, int width)
{
	cli_put_wrapped_from(f, s, indent, indent, width);
}

void cli_put_wrapped_from(FILE *f, const char *s, int col, int indent, int width)
{
	char *safe = kb_sanitize_str(s, 0), *p, *word;
	int at_start = 1;   /* nothing on this line yet after its indent */

	if (safe == NULL)
		return;
	p = safe;
	/* Words are split on spaces and newlines; a word longer than the line
	 * is printed whole rather than cut. */
	while ((word = strtok(p, " \n")) != NULL) {
		int len = (int)strlen(word);
		p = NULL;
		if (!at_start && col + 1 + len > width) {
			fprintf(f, "\n%*s", indent, "");
			col = indent;
		} else if (!at_start) {
			fputc(' ', f);
			col++;
		}
		fputs(word, f);
		col += len;
		at_start = 0;
	}
	free(safe);
}

/* A command's usage within 80 columns, broken only between options (a
 * bracketed group is kept whole); the cursor is at column col, the next
 * lines start at indent. */
void cli_put_usage(FILE *f, const char *usage, int col, int indent)
{
	const char *p = usage;

	while (*p != '\0') {
		const char *end = p;
		int depth = 0;
		size_t len;

		while (*end != '\0' && (*end != ' ' || depth > 0)) {
			depth += *end == '[' ? 1 : *end == ']' ? -1 : 0;
			end++;
		}
		len = (size_t)(end - p);
		if (p != usage && col + 1 + (int)len > 80) {
			fprintf(f, "\n%*s", indent, "");
			col = indent;
		} else if (p != usage) {
			fputc(' ', f);
			col++;
		}
		fwrite(p, 1, len, f);
		col += (int)len;
		p = *end == ' ' ? end + 1 : end;
	}
}

void cli_print_usage(FILE *f, const char *usage, const char *summary)
{
	fprintf(f, "usage: ");
	cli_put_usage(f, usage, 7, 8);
	fprintf(f, "\n  ");
	cli_put_wrapped(f, summary, 2, 80);
	fprintf(f, "\n");
}

static int is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *cli_kb_dir(struct cli *cli)
{
	char exe[PATH_MAX], *slash;
	const char *env = getenv("KBWIZ_KB_DIR");
	ssize_t n;

	if (cli->kb_dir != NULL)
		return cli->kb_dir;
	if (env != NULL && *env != '\0')
		return env;
	/* Run from a build tree (build/kbwiz): the rules are in ../kb.
	 * Installed (PREFIX/bin/kbwiz): in ../share/kbwiz/kb. */
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash != NULL) {
			*slash = '\0';
			snprintf(cli->kb_buf, sizeof cli->kb_buf, "%.3000s/../kb", exe);
			if (is_dir(cli->kb_buf))
				return cli->kb_buf;
			snprintf(cli->kb_buf, sizeof cli->kb_buf, "%.3000s/../share/kbwiz/kb", exe);
			if (is_dir(cli->kb_buf))
				return cli->kb_buf;
		}
	}
	return KBWIZ_DATADIR "/kb";
}

#define STAMP_KEY "kb_dir_stamp"

/* The stamp kept beside the rules: the directory's (kb_stamp.h) and the
 * number of rules the store held, so that rules added to the store some
 * other way (kb import) still make the next command compare; and the
 * format of the store's parsed rules, so that a store upgraded to a new
 * one (rule_blob.h) is loaded once more, which caches them again. */
static int stamp_now(struct kb_store *s, const char *dir, char *buf, size_t size)
{
	char stamp[KB_STAMP_MAX];
	struct kb_error err = { "" };

	if (kb_dir_stamp(dir, stamp, &err) != 0)
		return -1;
	snprintf(buf, size, "%s/%zu/b%d", stamp, store_rule_count(s), RULE_BLOB_FORMAT);
	return 0;
}

/* After a load: record the stamp, unless already there (no write lock
 * for nothing).  A failure only costs the next command a full compare. */
static void remember_stamp(struct kb_store *s, const char *dir)
{
	char now[128], stored[128];
	struct kb_error err = { "" };

	if (stamp_now(s, dir, now, sizeof now) != 0 ||
	    store_meta_get(s, STAMP_KEY, stored, sizeof stored, NULL) != 0)
		return;
	if (strcmp(now, stored) != 0)
		(void)store_meta_set(s, STAMP_KEY, now, &err);
}

/* Load the rules of dir into the store: used on first run and by
 * `kb reload`. */
static int load_builtin(struct cli *cli, struct kb_store *s, const char *dir,
			struct store_load_stats *stats, struct kb_error *err)
{
	struct rule_set set;
	char real[PATH_MAX];
	int rc;

	(void)cli;
	/* Rules remember their file: give them a clean absolute path. */
	if (realpath(dir, real) != NULL)
		dir = real;
	rc = rule_load_dir(dir, &set, err);
	if (rc != 0)
		return rc;
	rc = store_load_rules(s, &set, dir, stats, err);
	rule_set_free(&set);
	if (rc == 0)
		remember_stamp(s, dir);
	return rc;
}

/* A store built from the built-in rules follows them: after an upgrade
 * or an edit of kb/, the next run picks the change up.  Unchanged rules
 * cost a hash comparison.  A store loaded from another directory (kb
 * reload DIR) is left alone, and so is the store when the rules there do
 * not load: the user is told, and works on with the rules they had. */
static void sync_builtin(struct cli *cli)
{
	struct kb_error err = { "" };
	struct store_load_stats stats;
	char stored[4096], real[PATH_MAX];
	const char *dir = cli_kb_dir(cli);

	if (store_kb_dir(cli->store, stored, sizeof stored, NULL) != 0 ||
	    realpath(dir, real) == NULL || strcmp(stored, real) != 0)
		return;
	{
		char now[128], was[128];

		/* The files are the ones loaded last time: no need to parse
		 * them all (seconds at 10,000 rules) to learn that. */
		if (stamp_now(cli->store, real, now, sizeof now) == 0 &&
		    store_meta_get(cli->store, STAMP_KEY, was, sizeof was, NULL) == 0 &&
		    strcmp(now, was) == 0)
			return;
	}
	if (load_builtin(cli, cli->store, real, &stats, &err) != 0) {
		cli_error("warning: the rules in %s were not reloaded: %s", real, err.msg);
		return;
	}
	if (stats.added + stats.updated + stats.removed > 0)
		cli_error("rules updated from %s: %zu added, %zu updated, %zu removed",
			real, stats.added, stats.updated, stats.removed);
}

/* A writer waiting for another kbwiz's lock: say so rather than hang. */
static void say_waiting(void *ctx, const char *path, int timeout_ms)
{
	(void)ctx;
	cli_error("%s is busy (another kbwiz is writing to it); waiting up to %d s",
		  path, (timeout_ms + 999) / 1000);
}

struct kb_store *cli_store(struct cli *cli, int *exit_code)
{
	struct kb_error err = { "" };
	struct store_load_stats stats;
	const char *path = cli->db_path;
	int created = 0, rc;

	if (cli->store != NULL)
		return cli->store;
	if (path == NULL) {
		if (store_default_path(cli->db_buf, sizeof cli->db_buf, &err) != 0) {
			cli_error("%s", err.msg);
			*exit_code = EXIT_USAGE;
			return NULL;
		}
		path = cli->db_buf;
	}
	rc = store_open(path, STORE_OPEN_CREATE, &cli->store, &created, &err);
	if (rc != 0) {
		cli_error("%s", err.msg);
		*exit_code = cli_exit_code(rc);
		return NULL;
	}
	store_on_wait(cli->store, say_waiting, NULL);
	/* A read-only store is read as it is: its rules cannot be loaded or
	 * brought up to date, and every write will say why. */
	if (store_read_only(cli->store)) {
		if (store_rule_count(cli->store) == 0)
			cli_error("warning: %s is read-only and holds no rules", path);
	} else if (created || store_rule_count(cli->store) == 0) {
		rc = load_builtin(cli, cli->store, cli_kb_dir(cli), &stats, &err);
		if (rc != 0) {
			cli_error("loading the built-in rules: %s", err.msg);
			store_close(cli->store);
			cli->store = NULL;
			*exit_code = cli_exit_code(rc);
			return NULL;
		}
		if (created)
			cli_error("created the store %s with %zu rules",
				path, stats.added);
	} else if (!cli->no_sync) {
		sync_builtin(cli);
	}
	return cli->store;
}

int cli_reload(struct cli *cli, struct store_load_stats *stats,
	       struct kb_error *err)
{
	return load_builtin(cli, cli->store, cli_kb_dir(cli), stats, err);
}
