/* cmd_kb_verify.c: `kbwiz kb verify [ID...] [--articles DIR|FILE...]`:
 * check every cited fact of the store's rules against its article's lines
 * (core/kbverify.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <strings.h>

#include "cli.h"
#include "kbwiz/kbverify.h"
#include "kbwiz/rule_load.h"

/* file:line: field: article line N says "...", rule says "..." */
static void report(void *ctx, const struct kbverify_problem *p)
{
	(void)ctx;
	cli_put(stdout, p->rule_file);
	printf(":%d: ", p->rule_line);
	cli_put(stdout, p->field);
	printf(": ");
	if (p->message != NULL) {
		cli_put(stdout, p->message);
	} else {
		printf("article line %zu says \"", p->article_line);
		cli_put(stdout, p->article_says != NULL ? p->article_says : "");
		printf("\", rule says \"");
		cli_put(stdout, p->rule_says != NULL ? p->rule_says : "");
		printf("\"");
	}
	printf("\n");
}

static int wanted(const struct rule *r, char **ids, size_t n_ids)
{
	size_t i;

	if (n_ids == 0)
		return 1;
	for (i = 0; i < n_ids; i++)
		if (strcasecmp(ids[i], r->id) == 0)
			return 1;
	return 0;
}

int kb_verify_run(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct rule_set set = { 0 };
	char **ids = NULL;
	const char **paths = NULL;
	size_t n_ids = 0, n_paths = 0, i, checked = 0, bad_rules = 0, problems = 0;
	int code = EXIT_OK, in_paths = 0, a;

	ids = calloc((size_t)argc, sizeof *ids);
	paths = calloc((size_t)argc, sizeof *paths);
	if (ids == NULL || paths == NULL) {
		code = EXIT_INTERNAL;
		goto out;
	}
	for (a = 1; a < argc; a++) {
		if (strcmp(argv[a], "--articles") == 0) {
			in_paths = 1;
			if (a + 1 >= argc) {
				cli_error("--articles needs a folder or file");
				code = EXIT_USAGE;
				goto out;
			}
		} else if (argv[a][0] == '-') {
			cli_error("unknown option '%s' (usage: kbwiz kb verify [ID...] [--articles DIR|FILE...])",
				  argv[a]);
			code = EXIT_USAGE;
			goto out;
		} else if (in_paths && (strchr(argv[a], '/') != NULL ||
					access(argv[a], F_OK) == 0)) {
			paths[n_paths++] = argv[a];
		} else {
			/* A word after --articles that names no file is a rule
			 * id: `kb verify --articles DIR Q262832` reads as meant. */
			ids[n_ids++] = argv[a];
		}
	}
	if (cli_store(cli, &code) == NULL)
		goto out;
	if (store_get_rules(cli->store, NULL, &set, &err) != 0) {
		cli_error("%s", err.msg);
		code = EXIT_STORE;
		goto out;
	}
	for (i = 0; i < n_ids; i++) {
		size_t k;
		for (k = 0; k < set.n && strcasecmp(set.rules[k]->id, ids[i]) != 0; k++)
			;
		if (k == set.n) {
			cli_error("no rule '%s' in the store", ids[i]);
			code = EXIT_USAGE;
			goto out;
		}
	}
	for (i = 0; i < set.n; i++) {
		const struct rule *r = set.rules[i];
		struct kb_article *art = NULL;
		size_t n = 0;
		int rc;

		if (!wanted(r, ids, n_ids))
			continue;
		checked++;
		rc = kbverify_find_article(r->article, paths, n_paths, cli->store, &art, &err);
		if (rc == 0)
			rc = kbverify_rule(r, art, report, NULL, &n, &err);
		kb_article_free(art);
		if (rc != 0) {
			cli_put(stdout, r->source_path != NULL ? r->source_path : r->id);
			printf(": ");
			cli_put(stdout, err.msg);
			printf("\n");
			bad_rules++;
			if (rc == KB_EIO)
				code = EXIT_IO;
			continue;
		}
		if (n > 0)
			bad_rules++;
		problems += n;
	}
	fprintf(stderr, "kbwiz: kb verify: %zu rule(s) checked, %zu with problems, %zu mismatch(es)\n",
		checked, bad_rules, problems);
	if (code == EXIT_OK && bad_rules > 0)
		code = EXIT_BADINPUT;
out:
	rule_set_free(&set);
	free(ids);
	free(paths);
	return code;
}
