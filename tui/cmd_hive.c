/* cmd_hive.c: `kbwiz hive info HIVE` (the base block and the logs beside
 * it) and `kbwiz hive recover HIVE -o OUT [--force]` (the hive with its
 * transaction logs replayed, written to a new file; core/hivelog.c does
 * the work). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "kbwiz/fsutil.h"
#include "kbwiz/hive.h"
#include "kbwiz/hivelog.h"
#include "kbwiz/strutil.h"

#define HIVE_USAGE "kbwiz hive info HIVE | kbwiz hive recover HIVE -o OUT [--force]"

static void print_filetime(uint64_t ft)
{
	time_t t = (time_t)kb_filetime_to_unix(ft);
	char buf[64];
	struct tm tm;

	if (t == 0) {
		printf("not set");
		return;
	}
	if (gmtime_r(&t, &tm) == NULL ||
	    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", &tm) == 0) {
		printf("unreadable");
		return;
	}
	printf("%s", buf);
}

static const char *format_name(enum hivelog_format f)
{
	return f == HIVELOG_FMT_OLD ? "old format (DIRT)" :
	       f == HIVELOG_FMT_NEW ? "new format (HvLE)" : "unknown format";
}

static int status_exit(const struct hivelog_result *r)
{
	return r->status == HIVELOG_DAMAGED ? EXIT_BADINPUT : EXIT_OK;
}

/* The base block and the logs say nothing of the rest of the file: a
 * truncated or damaged hive can have a clean base block.  Open it as
 * every other command does (logs replayed) and read every key and value,
 * so that "clean" or "recovered" is never said of a hive that cannot be
 * read.  0, or the core's error code with err filled. */
static int check_hive_readable(const char *path, struct kb_error *err)
{
	struct kb_hive *h = NULL;
	int rc;

	if ((rc = hive_open(path, &h, err)) != 0)
		return rc;
	rc = hive_check_whole(h, err);
	hive_close(h);
	return rc;
}

static int hive_info(const char *path)
{
	struct hivelog_result r;
	struct kb_error err = { "" }, damage = { "" };
	int readable;
	const struct hivelog_base *b = &r.hive;
	size_t i;
	int rc;

	if ((rc = hivelog_recover_file(path, &r, &err)) != 0) {
		cli_error("%s", err.msg);
		return cli_exit_code(rc);
	}
	fputs("hive: ", stdout);
	cli_put(stdout, path);
	fputs("\nstored name: ", stdout);
	cli_put(stdout, b->name[0] ? b->name : "(none)");
	printf("\nsequence numbers: %" PRIu32 " / %" PRIu32 "\n", b->sequence1,
	       b->sequence2);
	fputs("last written: ", stdout);
	print_filetime(b->last_written);
	printf("\nversion: %" PRIu32 ".%" PRIu32 "\n", b->major, b->minor);
	printf("hive bins size: %" PRIu32 " bytes\n", b->bins_size);
	if (b->checksum_ok)
		printf("base block checksum: right (0x%08" PRIX32 ")\n",
		       b->checksum_stored);
	else
		printf("base block checksum: wrong (stored 0x%08" PRIX32 ", data "
		       "gives 0x%08" PRIX32 ")\n", b->checksum_stored,
		       b->checksum_computed);
	/* The base block alone can look clean on a truncated or damaged
	 * file: the state is said of the hive as it reads. */
	readable = check_hive_readable(path, &damage) == 0;
	fputs("state: ", stdout);
	if (!readable)
		fputs("DAMAGED: ", stdout);
	cli_put(stdout, readable ? r.message : damage.msg);
	printf("\nlogs: %s\n", r.n_logs == 0 ? "none found" : "");
	for (i = 0; i < r.n_logs; i++) {
		const struct hivelog_log *lg = &r.logs[i];

		fputs("  ", stdout);
		cli_put(stdout, lg->name);
		printf(": %zu bytes", lg->size_bytes);
		if (lg->has_base) {
			printf(", %s, sequence %" PRIu32, format_name(lg->format),
			       lg->base.sequence1);
			if (lg->base.sequence2 != lg->base.sequence1)
				printf("/%" PRIu32, lg->base.sequence2);
			if (lg->format == HIVELOG_FMT_NEW && lg->n_entries > 0)
				printf(", entries %" PRIu32 "..%" PRIu32 " (%u)",
				       lg->first_seq, lg->last_seq, lg->n_entries);
		}
		if (lg->used)
			fputs(", used", stdout);
		if (lg->problem[0] != '\0') {
			fputs(lg->damaged ? ", REFUSED: " : ", ", stdout);
			cli_put(stdout, lg->problem);
		}
		putchar('\n');
	}
	rc = readable ? status_exit(&r) : EXIT_BADINPUT;
	hivelog_result_free(&r);
	return rc;
}

static int hive_recover(const char *path, const char *out, int force)
{
	struct hivelog_result r;
	struct kb_error err = { "" };
	char *copy = NULL;
	int rc, code = EXIT_OK;

	if ((rc = hivelog_recover_file(path, &r, &err)) != 0) {
		cli_error("%s", err.msg);
		return cli_exit_code(rc);
	}
	switch (r.status) {
	case HIVELOG_DAMAGED:
	case HIVELOG_NO_LOGS:
		cli_error("%s: %s; nothing written", path, r.message);
		code = EXIT_BADINPUT;
		goto out;
	case HIVELOG_CLEAN:
	case HIVELOG_RECOVERED:
		break;
	}
	if ((rc = check_hive_readable(path, &err)) != 0) {
		cli_error("%s; nothing written", err.msg);
		code = cli_exit_code(rc);
		goto out;
	}
	if (r.status == HIVELOG_CLEAN) {
		size_t len;

		if ((rc = kb_read_file(path, (size_t)2 << 30, &copy, &len, &err)) != 0) {
			cli_error("%s", err.msg);
			code = cli_exit_code(rc);
			goto out;
		}
		rc = hivelog_write_new(&r, path, (unsigned char *)copy, len, out,
				       force, &err);
	} else {
		rc = hivelog_write_new(&r, path, r.image, r.image_size, out, force,
				       &err);
	}
	if (rc != 0) {
		cli_error("%s", err.msg);
		code = cli_exit_code(rc);
		goto out;
	}
	fputs("Wrote ", stdout);
	cli_put(stdout, out);
	if (r.status == HIVELOG_CLEAN) {
		fputs(": a copy; the hive is clean, no recovery was needed\n",
		      stdout);
	} else {
		fputs(": ", stdout);
		cli_put(stdout, r.message);
		putchar('\n');
	}
out:
	free(copy);
	hivelog_result_free(&r);
	return code;
}

static int run_hive(struct cli *cli, int argc, char **argv)
{
	const char *sub, *hive = NULL, *out = NULL;
	int force = 0, i, rc;

	(void)cli;
	if (argc < 2) {
		cli_error("hive needs info or recover (usage: %s)", HIVE_USAGE);
		return EXIT_USAGE;
	}
	sub = argv[1];
	if (strcmp(sub, "--help") == 0 || strcmp(sub, "-h") == 0) {
		printf("usage: %s\n", HIVE_USAGE);
		return EXIT_OK;
	}
	if (strcmp(sub, "info") != 0 && strcmp(sub, "recover") != 0) {
		cli_error("unknown hive command '%s' (usage: %s)", sub, HIVE_USAGE);
		return EXIT_USAGE;
	}
	for (i = 2; i < argc; i++) {
		const char *a = argv[i];

		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			printf("usage: %s\n", HIVE_USAGE);
			return EXIT_OK;
		} else if (strcmp(a, "--force") == 0 || strcmp(a, "-f") == 0) {
			force = 1;
		} else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
			if (i + 1 >= argc) {
				cli_error("%s needs a file", a);
				return EXIT_USAGE;
			}
			out = argv[++i];
		} else if (a[0] == '-' && a[1] != '\0') {
			cli_error("unknown hive option '%s'", a);
			return EXIT_USAGE;
		} else if (hive == NULL) {
			hive = a;
		} else {
			cli_error("hive %s takes one hive file", sub);
			return EXIT_USAGE;
		}
	}
	if (hive == NULL) {
		cli_error("hive %s needs a hive file (usage: %s)", sub, HIVE_USAGE);
		return EXIT_USAGE;
	}
	if ((rc = cli_check_file(hive)) != 0)
		return rc;
	if (strcmp(sub, "info") == 0) {
		if (out != NULL || force) {
			cli_error("hive info takes no -o or --force");
			return EXIT_USAGE;
		}
		return hive_info(hive);
	}
	if (out == NULL) {
		cli_error("hive recover needs -o OUT: the hive is never written "
			  "in place");
		return EXIT_USAGE;
	}
	return hive_recover(hive, out, force);
}

const struct cli_command cmd_hive = {
	"hive",
	HIVE_USAGE,
	"Show a hive's base block and transaction logs, or write it with its "
	"logs replayed (dirty hives) to a new file.",
	run_hive,
};
