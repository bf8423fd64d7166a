/* cmd_history.c: `kbwiz history`: the recorded sessions, newest first, as
 * a table, CSV or JSON (core/report_history.c does the work). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "kbwiz/report.h"
#include "kbwiz/session.h"

/* YYYY-MM-DD with a month 01-12 and a day 01-31. */
static int valid_date(const char *s)
{
	int i;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	return strncmp(s + 5, "01", 2) >= 0 && strncmp(s + 5, "12", 2) <= 0 &&
	       strncmp(s + 8, "01", 2) >= 0 && strncmp(s + 8, "31", 2) <= 0;
}

static int run_history(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct session_filter filter = { NULL, NULL, -1, NULL, NULL };
	const char *format_arg = "table";
	char *text = NULL;
	size_t len = 0, n = 0;
	int code = EXIT_OK, rc, i, format;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *v;
		if (i + 1 >= argc) {
			cli_error("%s: unknown, or needs a value (see kbwiz --help)", a);
			return EXIT_USAGE;
		}
		v = argv[++i];
		if (strcmp(a, "--since") == 0 || strcmp(a, "--until") == 0) {
			if (!valid_date(v)) {
				cli_error("%s wants a date as YYYY-MM-DD, not '%s'", a, v);
				return EXIT_USAGE;
			}
			if (strcmp(a, "--since") == 0)
				filter.since = v;
			else
				filter.until = v;
		} else if (strcmp(a, "--rule") == 0) {
			filter.rule = v;
		} else if (strcmp(a, "--outcome") == 0) {
			filter.state = session_state_from_name(v);
			if (filter.state < 0) {
				cli_error("unknown outcome '%s': in-progress, resolved, not-resolved "
					  "or abandoned", v);
				return EXIT_USAGE;
			}
		} else if (strcmp(a, "--text") == 0) {
			filter.text = v;
		} else if (strcmp(a, "--format") == 0) {
			format_arg = v;
		} else {
			cli_error("unknown history option '%s'", a);
			return EXIT_USAGE;
		}
	}
	format = history_format_from_name(format_arg);
	if (format < 0) {
		cli_error("unknown format '%s': table, csv or json", format_arg);
		return EXIT_USAGE;
	}
	if (cli_store(cli, &code) == NULL)
		return code;
	rc = report_history(cli->store, &filter, (enum history_format)format, &text, &len,
			    &n, &err);
	if (rc != 0) {
		cli_error("%s", err.msg);
		return cli_exit_code(rc);
	}
	if (format == HISTORY_TABLE && n == 0)
		fprintf(stderr, "kbwiz: no sessions%s\n",
			filter.since || filter.until || filter.rule || filter.state >= 0 ||
			filter.text ? " match" : " recorded yet");
	else if (fwrite(text, 1, len, stdout) != len || fflush(stdout) != 0) {
		cli_error("writing the history: %s", strerror(errno));
		code = EXIT_IO;
	}
	free(text);
	if (code == EXIT_OK && n == 0)
		code = EXIT_NOTHING;
	return code;
}

const struct cli_command cmd_history = {
	"history",
	"kbwiz history [--since DATE] [--until DATE] [--rule ID] [--outcome STATE] "
	"[--text WORDS] [--format table|csv|json]",
	"the recorded sessions, newest first (STATE: in-progress, resolved, not-resolved, "
	"abandoned; DATE: YYYY-MM-DD)",
	run_history,
};
