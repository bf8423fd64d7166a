/* main.c: kbwiz's entry point.  Global options, then either a command
 * from the table below or, with none, the terminal wizard. */
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "tui.h"

static const struct cli_command *const commands[] = {
	&cmd_kb,
	&cmd_diagnose,
	&cmd_export,
	&cmd_history,
	&cmd_fix,
	&cmd_hive,
	&cmd_services,
	&cmd_events,
	&cmd_log,
	&cmd_triage,
	&cmd_collect_spec,
};

static int is_help(const char *arg)
{
	return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0;
}


static void usage(FILE *f)
{
	size_t i;

	fprintf(f,
		"usage: kbwiz [--db PATH] [--kb-dir DIR] [COMMAND ARGS...]\n"
		"       kbwiz [--db PATH] [--root DIR]... [--hive F]... [--log F]...\n"
		"             [--events F]...\n"
		"\n"
		"kbwiz walks you from a failing Windows server's symptoms to a fix, using\n"
		"rules drawn from Microsoft Knowledge Base articles and the machine's own\n"
		"evidence: offline registry hives, event logs and cluster logs.\n"
		"\n"
		"With no command, kbwiz starts the terminal wizard; --root, --hive, --log\n"
		"and --events start a new session there with that evidence added.\n"
		"\n"
		"Commands:\n");
	/* Within 80 columns: a usage goes on under itself, a summary under
	 * the usage. */
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++) {
		fprintf(f, "  ");
		cli_put_usage(f, commands[i]->usage, 2, 8);
		fprintf(f, "\n      ");
		cli_put_wrapped(f, commands[i]->summary, 6, 80);
		fprintf(f, "\n");
	}
	fprintf(f,
		"\n"
		"Options:\n"
		"  --db PATH      the store (default $KBWIZ_DB, else\n"
		"                 $XDG_DATA_HOME/kbwiz/kbwiz.db or ~/.local/share/kbwiz/kbwiz.db)\n"
		"  --kb-dir DIR   the rule files loaded into a new store (default: built-in)\n"
		"  --root DIR     wizard: a mounted Windows volume to search for evidence;\n"
		"                 repeated: a cluster's nodes, compared side by side in step 4\n"
		"  --hive F, --log F, --events F\n"
		"                 wizard: evidence files (each may be repeated)\n"
		"  --help         this text\n"
		"  --version      the version\n"
		"\n"
		"Exit status: 0 ok; 1 nothing found; 2 usage; 3 bad input file;\n"
		"4 store error; 5 file not readable or writable; 6 unsafe change refused.\n"
		"See kbwiz(1).\n");
}

int main(int argc, char **argv)
{
	struct cli cli;
	struct tui_start start;
	struct tui_evidence_arg *files;
	const char **roots;
	const char *codeset;
	size_t i;
	int a = 1, rc;

	memset(&cli, 0, sizeof cli);
	memset(&start, 0, sizeof start);
	/* At most one evidence file per two arguments. */
	files = calloc((size_t)argc / 2 + 1, sizeof *files);
	roots = calloc((size_t)argc / 2 + 1, sizeof *roots);
	if (files == NULL || roots == NULL) {
		cli_error("out of memory");
		free(files);
		free(roots);
		return EXIT_INTERNAL;
	}
	start.files = files;
	start.roots = roots;
	cli.prog = argv[0];
	setlocale(LC_ALL, "");
	codeset = nl_langinfo(CODESET);
	cli.ascii = codeset == NULL || strcmp(codeset, "UTF-8") != 0;

	while (a < argc && argv[a][0] == '-') {
		const char *opt = argv[a];
		if (strcmp(opt, "--help") == 0 || strcmp(opt, "-h") == 0) {
			usage(stdout);
			rc = EXIT_OK;
			goto out;
		} else if (strcmp(opt, "--version") == 0) {
			printf("kbwiz %s\n", KBWIZ_VERSION);
			rc = EXIT_OK;
			goto out;
		} else if (strcmp(opt, "--") == 0) {
			a++;
			break;
		} else if (strcmp(opt, "--db") != 0 && strcmp(opt, "--kb-dir") != 0 &&
			   strcmp(opt, "--root") != 0 && strcmp(opt, "--hive") != 0 &&
			   strcmp(opt, "--log") != 0 && strcmp(opt, "--events") != 0) {
			cli_error("unknown option '%s' (see kbwiz --help)", opt);
			rc = EXIT_USAGE;
			goto out;
		}
		if (a + 1 >= argc) {
			cli_error("%s needs a value", opt);
			rc = EXIT_USAGE;
			goto out;
		}
		if (strcmp(opt, "--db") == 0)
			cli.db_path = argv[a + 1];
		else if (strcmp(opt, "--kb-dir") == 0)
			cli.kb_dir = argv[a + 1];
		else if (strcmp(opt, "--root") == 0)
			roots[start.n_roots++] = argv[a + 1];
		else {
			files[start.n_files].kind = strcmp(opt, "--hive") == 0 ? EVIDENCE_HIVE :
				strcmp(opt, "--log") == 0 ? EVIDENCE_LOG : EVIDENCE_EVENTS;
			files[start.n_files++].path = argv[a + 1];
		}
		a += 2;
	}
	if (a >= argc) {
		/* No command: the terminal wizard. */
		rc = tui_run(&cli, &start);
		goto out;
	}
	if (start.n_roots > 0 || start.n_files > 0) {
		cli_error("--root, --hive, --log and --events before a command are for the wizard; "
			  "give them after the command (see kbwiz --help)");
		rc = EXIT_USAGE;
		goto out;
	}
	rc = EXIT_USAGE;
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(argv[a], commands[i]->name) == 0)
			break;
	if (i < sizeof commands / sizeof commands[0] && a + 1 < argc && is_help(argv[a + 1]) &&
	    commands[i] != &cmd_kb) {
		/* kbwiz COMMAND --help: that command's usage, whatever it is. */
		cli_print_usage(stdout, commands[i]->usage, commands[i]->summary);
		printf("See kbwiz(1).\n");
		rc = EXIT_OK;
	} else if (i < sizeof commands / sizeof commands[0]) {
		rc = commands[i]->run(&cli, argc - a, argv + a);
	} else if (strcmp(argv[a], "help") == 0) {
		usage(stdout);
		rc = EXIT_OK;
	} else {
		cli_error("unknown command '%s' (see kbwiz --help)", argv[a]);
	}
out:
	store_close(cli.store);
	free(files);
	free(roots);
	return rc;
}
