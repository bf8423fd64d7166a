/* main.c: kbwiz's entry point.  Global options, then either a command
 * from the table below or, with none, the terminal wizard. */
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const struct cli_command *const commands[] = {
	&cmd_kb,
	&cmd_diagnose,
};

static void usage(FILE *f)
{
	size_t i;

	fprintf(f,
		"usage: kbwiz [--db PATH] [--kb-dir DIR] [COMMAND ARGS...]\n"
		"\n"
		"kbwiz walks you from a failing Windows server's symptoms to a fix, using\n"
		"rules drawn from Microsoft Knowledge Base articles and the machine's own\n"
		"evidence: offline registry hives, event logs and cluster logs.\n"
		"\n"
		"Commands:\n");
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(f, "  %s\n      %s\n", commands[i]->usage, commands[i]->summary);
	fprintf(f,
		"\n"
		"Options:\n"
		"  --db PATH      the store (default $KBWIZ_DB, else\n"
		"                 $XDG_DATA_HOME/kbwiz/kbwiz.db or ~/.local/share/kbwiz/kbwiz.db)\n"
		"  --kb-dir DIR   the rule files loaded into a new store (default: built-in)\n"
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
	const char *codeset;
	size_t i;
	int a = 1, rc;

	memset(&cli, 0, sizeof cli);
	cli.prog = argv[0];
	setlocale(LC_ALL, "");
	codeset = nl_langinfo(CODESET);
	cli.ascii = codeset == NULL || strcmp(codeset, "UTF-8") != 0;

	while (a < argc && argv[a][0] == '-') {
		const char *opt = argv[a];
		if (strcmp(opt, "--help") == 0 || strcmp(opt, "-h") == 0) {
			usage(stdout);
			return EXIT_OK;
		} else if (strcmp(opt, "--version") == 0) {
			printf("kbwiz %s\n", KBWIZ_VERSION);
			return EXIT_OK;
		} else if (strcmp(opt, "--db") == 0 || strcmp(opt, "--kb-dir") == 0) {
			if (a + 1 >= argc) {
				cli_error("%s needs a value", opt);
				return EXIT_USAGE;
			}
			if (strcmp(opt, "--db") == 0)
				cli.db_path = argv[a + 1];
			else
				cli.kb_dir = argv[a + 1];
			a += 2;
		} else if (strcmp(opt, "--") == 0) {
			a++;
			break;
		} else {
			cli_error("unknown option '%s' (see kbwiz --help)", opt);
			return EXIT_USAGE;
		}
	}
	if (a >= argc) {
		usage(stderr);
		return EXIT_USAGE;
	}
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++) {
		if (strcmp(argv[a], commands[i]->name) == 0) {
			rc = commands[i]->run(&cli, argc - a, argv + a);
			store_close(cli.store);
			return rc;
		}
	}
	cli_error("unknown command '%s' (see kbwiz --help)", argv[a]);
	return EXIT_USAGE;
}
