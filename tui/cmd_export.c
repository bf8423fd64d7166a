/* cmd_export.c: `kbwiz export`: one session as a Markdown, HTML, JSON or
 * text report, on stdout or into a file (core/report.c does the work). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "kbwiz/report.h"

static int parse_id(const char *s, int64_t *id)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v <= 0)
		return -1;
	*id = (int64_t)v;
	return 0;
}

static int is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int run_export(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct report *r = NULL;
	const char *session_arg = NULL, *out_path = NULL, *format_arg = "md";
	char path[4096];
	char *text = NULL;
	size_t len = 0;
	int64_t id = 0;
	int force = 0, code = EXIT_OK, rc, i, format;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--force") == 0 || strcmp(a, "-f") == 0) {
			force = 1;
		} else if (strcmp(a, "--format") == 0 || strcmp(a, "-o") == 0 ||
			   strcmp(a, "--output") == 0) {
			if (i + 1 >= argc) {
				cli_error("%s needs a value (see kbwiz --help)", a);
				return EXIT_USAGE;
			}
			if (strcmp(a, "--format") == 0)
				format_arg = argv[++i];
			else
				out_path = argv[++i];
		} else if (a[0] == '-' && a[1] != '\0') {
			cli_error("unknown export option '%s'", a);
			return EXIT_USAGE;
		} else if (session_arg == NULL) {
			session_arg = a;
		} else {
			cli_error("export takes one session (got '%s' too)", a);
			return EXIT_USAGE;
		}
	}
	if (session_arg == NULL || parse_id(session_arg, &id) != 0) {
		cli_error("export needs a session number (kbwiz history lists them)");
		return EXIT_USAGE;
	}
	format = report_format_from_name(format_arg);
	if (format < 0) {
		char names[128];
		report_format_names(names, sizeof names);
		cli_error("unknown format '%s': %s", format_arg, names);
		return EXIT_USAGE;
	}
	if (cli_store(cli, &code) == NULL)
		return code;
	rc = report_build(cli->store, id, NULL, &r, &err);
	if (rc == 0)
		rc = report_render(r, (enum report_format)format, &text, &len, &err);
	if (rc != 0) {
		cli_error("%s", err.msg);
		code = cli_lookup_exit_code(rc);
		goto out;
	}
	if (out_path == NULL) {
		if (fwrite(text, 1, len, stdout) != len || fflush(stdout) != 0) {
			cli_error("writing the report: %s", strerror(errno));
			code = EXIT_IO;
		}
		goto out;
	}
	/* A directory: the default name inside it. */
	if (is_dir(out_path)) {
		char name[512], *real = realpath(out_path, NULL);
		int root = real != NULL && strcmp(real, "/") == 0;
		free(real);
		/* A report dropped at the top of the Linux system is a slip
		 * (-o / for -o ./), even where root may write there. */
		if (root) {
			cli_error("%s: is the filesystem root; give a file name or another "
				  "directory to -o", out_path);
			code = EXIT_REFUSED;
			goto out;
		}
		report_default_name(&r->summary, (enum report_format)format, name, sizeof name);
		size_t n = strlen(out_path);
		/* "dir/" as typed with tab completion: no "dir//name". */
		while (n > 1 && out_path[n - 1] == '/')
			n--;
		snprintf(path, sizeof path, "%.*s/%s", (int)(n < 3500 ? n : 3500), out_path, name);
		out_path = path;
	}
	rc = report_write_file(out_path, text, len, force, &err);
	if (rc != 0) {
		cli_error("%s", err.msg);
		code = cli_exit_code(rc);
		goto out;
	}
	fprintf(stderr, "kbwiz: wrote ");
	cli_put(stderr, out_path);
	fprintf(stderr, "\n");
out:
	free(text);
	report_free(r);
	return code;
}

const struct cli_command cmd_export = {
	"export",
	"kbwiz export SESSION [--format md|html|json|txt] [-o FILE|DIR] [--force]",
	"a session's report (default Markdown on stdout; -o writes a file, --force replaces one)",
	run_export,
};
