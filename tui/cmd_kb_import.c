/* cmd_kb_import.c: `kbwiz kb import FILE... [-o DIR | --stdout] [--force]`:
 * draft a rule from each KB article for a person to finish.
 *
 * Every file is tried, so one run over many articles reports every one
 * that fails; a file that fails writes nothing.  Drafts are named after
 * the article's id (QNNNNNN.yaml), written atomically, and never over an
 * existing file unless --force.  One summary line per file goes to
 * stderr. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "kbwiz/article.h"
#include "kbwiz/fsutil.h"
#include "kbwiz/kbimport.h"

#define USAGE "usage: kbwiz kb import FILE... [-o DIR|--stdout] [--force]"

struct import_opts {
	const char *out_dir;
	int to_stdout;
	int force;
	size_t written;         /* drafts already on stdout */
};

/* Exit codes rank so that the run's status is its worst file's. */
static int worse(int a, int b)
{
	static const int order[] = { EXIT_OK, EXIT_BADINPUT, EXIT_REFUSED, EXIT_IO,
				     EXIT_INTERNAL };
	size_t i, ra = 0, rb = 0;

	for (i = 0; i < sizeof order / sizeof order[0]; i++) {
		if (order[i] == a) ra = i;
		if (order[i] == b) rb = i;
	}
	return ra >= rb ? a : b;
}

static void report(const char *path, const char *dest,
		   const struct kb_import_stats *st)
{
	fprintf(stderr, "kbwiz: ");
	cli_put(stderr, path);
	fprintf(stderr, " -> ");
	cli_put(stderr, dest);
	fprintf(stderr, ": draft with %zu event(s), %zu error(s), %zu check(s), "
		"%zu log evidence (%zu sequence(s)), %zu to review\n",
		st->n_events, st->n_errors, st->n_checks, st->n_evidence,
		st->n_sequences, st->n_reviews);
}

static int import_one(struct import_opts *o, const char *path)
{
	struct kb_error err = { "" };
	struct kb_article *a = NULL;
	struct kb_import_stats st;
	struct stat sb;
	char *yaml = NULL, *dest = NULL;
	size_t len = 0;
	int rc, code = EXIT_OK;

	rc = kb_article_load(path, &a, &err);
	if (rc == 0)
		rc = kb_import_article(a, &yaml, &len, &st, &err);
	if (rc != 0) {
		cli_error("%s", err.msg);
		code = cli_exit_code(rc);
		goto out;
	}
	if (o->to_stdout) {
		if (o->written++ > 0)
			fputs("---\n", stdout);
		if (fwrite(yaml, 1, len, stdout) != len) {
			cli_error("writing the draft of %s: %s", path, strerror(errno));
			code = EXIT_IO;
			goto out;
		}
		report(path, "stdout", &st);
		goto out;
	}
	dest = malloc(strlen(o->out_dir) + strlen(a->id) + 8);
	if (dest == NULL) {
		code = EXIT_INTERNAL;
		goto out;
	}
	/* The id is letters and digits only (article.h), so it cannot
	 * climb out of the output directory. */
	sprintf(dest, "%s/%s.yaml", o->out_dir, a->id);
	if (!o->force && lstat(dest, &sb) == 0) {
		cli_error("%s: %s already exists; not overwritten (use --force)", path, dest);
		code = EXIT_REFUSED;
		goto out;
	}
	if ((rc = kb_write_file_atomic(dest, yaml, len, &err)) != 0) {
		cli_error("%s", err.msg);
		code = cli_exit_code(rc);
		goto out;
	}
	report(path, dest, &st);
out:
	free(dest);
	free(yaml);
	kb_article_free(a);
	return code;
}

int kb_import_run(struct cli *cli, int argc, char **argv)
{
	struct import_opts o = { ".", 0, 0, 0 };
	struct stat sb;
	int i, nfiles = 0, worst = EXIT_OK, out_given = 0, opts_done = 0;

	(void)cli;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!opts_done && strcmp(a, "--") == 0) {
			opts_done = 1;
		} else if (!opts_done && strcmp(a, "-o") == 0) {
			if (i + 1 >= argc) {
				cli_error("-o needs a directory");
				return EXIT_USAGE;
			}
			o.out_dir = argv[++i];
			out_given = 1;
		} else if (!opts_done && strcmp(a, "--stdout") == 0) {
			o.to_stdout = 1;
		} else if (!opts_done && strcmp(a, "--force") == 0) {
			o.force = 1;
		} else if (!opts_done && (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0)) {
			printf("%s\n", USAGE);
			return EXIT_OK;
		} else if (!opts_done && a[0] == '-' && a[1] != '\0') {
			cli_error("unknown option '%s'", a);
			fprintf(stderr, "%s\n", USAGE);
			return EXIT_USAGE;
		} else {
			nfiles++;
		}
	}
	if (nfiles == 0 || (o.to_stdout && out_given)) {
		if (o.to_stdout && out_given)
			cli_error("-o and --stdout exclude each other");
		fprintf(stderr, "%s\n", USAGE);
		return EXIT_USAGE;
	}
	if (!o.to_stdout && stat(o.out_dir, &sb) != 0) {
		/* An output directory that is not there yet is made, as
		 * "mkdir -p" would; the drafts are the only thing written. */
		struct kb_error merr = { "" };
		if (kb_mkdir_p(o.out_dir, &merr) != 0) {
			cli_error("%s", merr.msg);
			return EXIT_IO;
		}
	} else if (!o.to_stdout && !S_ISDIR(sb.st_mode)) {
		cli_error("%s: not a directory (-o wants the directory the drafts go in)", o.out_dir);
		return EXIT_IO;
	}
	opts_done = 0;
	for (i = 1; i < argc; i++) {
		if (!opts_done && strcmp(argv[i], "--") == 0) {
			opts_done = 1;
			continue;
		}
		if (!opts_done && strcmp(argv[i], "-o") == 0) {
			i++;
			continue;
		}
		if (!opts_done && argv[i][0] == '-' && argv[i][1] != '\0')
			continue;
		worst = worse(worst, import_one(&o, argv[i]));
	}
	if (fflush(stdout) != 0) {
		cli_error("writing drafts: %s", strerror(errno));
		worst = worse(worst, EXIT_IO);
	}
	return worst;
}
