/* cmd_kb_test.c: `kbwiz kb test [ID...]`: run the rules' own test cases
 * (kb/tests/<ID>.yaml) against every rule in the store. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "kbwiz/kbtest.h"

static void report(void *ctx, const struct kbtest_outcome *o)
{
	int verbose = *(int *)ctx;

	/* The same PASS:/FAIL: lines the test runner counts. */
	printf("%s: ", o->passed ? "PASS" : "FAIL");
	cli_put(stdout, o->rule_id);
	putchar('/');
	cli_put(stdout, o->case_name);
	if (!o->passed || verbose) {
		printf(": ");
		cli_put(stdout, o->message);
	}
	printf("\n");
	fflush(stdout);
}

static int wanted(const char *file, int argc, char **argv)
{
	size_t n = strlen(file);
	int i;

	if (argc == 0)
		return 1;
	for (i = 0; i < argc; i++)
		if (strlen(argv[i]) + 5 == n && strncasecmp(file, argv[i], n - 5) == 0)
			return 1;
	return 0;
}

int kb_test_run(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct rule_set set = { 0 };
	char dir[4096], path[4400];
	struct dirent **names = NULL;
	size_t passed = 0, failed = 0, files = 0, unreadable = 0;
	int code = 0, n, i, verbose = 0, first = 1;

	if (argc > 1 && strcmp(argv[1], "-v") == 0) {
		verbose = 1;
		first = 2;
	}
	if (cli_store(cli, &code) == NULL)
		return code;
	if (store_get_rules(cli->store, NULL, &set, &err) != 0) {
		cli_error("%s", err.msg);
		return EXIT_STORE;
	}
	snprintf(dir, sizeof dir, "%s/tests", cli_kb_dir(cli));
	n = scandir(dir, &names, NULL, alphasort);
	if (n < 0) {
		cli_error("%s: cannot read the rule tests", dir);
		rule_set_free(&set);
		return EXIT_IO;
	}
	for (i = 0; i < n; i++) {
		const char *name = names[i]->d_name;
		size_t len = strlen(name), p, f;
		if (len > 5 && strcmp(name + len - 5, ".yaml") == 0 &&
		    wanted(name, argc - first, argv + first)) {
			snprintf(path, sizeof path, "%s/%s", dir, name);
			files++;
			if (kbtest_run_file(path, set.rules, set.n, report, &verbose, &p, &f, &err) != 0) {
				cli_error("%s", err.msg);
				code = EXIT_BADINPUT;
				unreadable++;
			}
			passed += p;
			failed += f;
		}
		free(names[i]);
	}
	free(names);
	rule_set_free(&set);
	if (files == 0) {
		cli_error("no rule tests found in %s%s", dir, argc > first ? " for those rules" : "");
		return EXIT_NOTHING;
	}
	/* A file that could not be read ran none of its cases: saying only
	 * "0 failed" would read as a clean run. */
	if (unreadable > 0)
		fprintf(stderr, "kbwiz: rule tests: %zu passed, %zu failed, %zu of %zu files not run (unreadable)\n",
			passed, failed, unreadable, files);
	else
		fprintf(stderr, "kbwiz: rule tests: %zu passed, %zu failed (%zu files)\n",
			passed, failed, files);
	if (code != 0)
		return code;
	return failed > 0 ? EXIT_NOTHING : EXIT_OK;
}
