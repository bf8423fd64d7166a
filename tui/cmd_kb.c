/* cmd_kb.c: `kbwiz kb list | show ID | search QUERY | check FILE... | reload`. */
#include <dirent.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "kbwiz/library.h"
#include "kbwiz/rule_load.h"
#include "rule_text.h"

#define WIDTH 79

static int list_one(void *ctx, const struct rule_summary *r)
{
	int *count = ctx;

	printf("%-10s ", r->id);
	cli_put_wrapped(stdout, r->title, 11, WIDTH);
	printf("\n");
	(*count)++;
	return 0;
}

static int kb_list(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct kb_store *s;
	int code = 0, count = 0;

	(void)argv;
	if (argc != 1) {
		cli_error("usage: kbwiz kb list");
		return EXIT_USAGE;
	}
	if ((s = cli_store(cli, &code)) == NULL)
		return code;
	if (store_list_rules(s, list_one, &count, &err) != 0) {
		cli_error("%s", err.msg);
		return EXIT_STORE;
	}
	fprintf(stderr, "%d rules\n", count);
	return count > 0 ? EXIT_OK : EXIT_NOTHING;
}

/* One line of rule_text(): the prefix as is, the body wrapped at WIDTH
 * when asked. */
static void put_rule_line(void *ctx, const char *prefix, const char *body,
			  int indent, int flags)
{
	FILE *f = ctx;

	cli_put(f, prefix);
	if (flags & RT_WRAP)
		cli_put_wrapped(f, body, indent, WIDTH);
	else
		cli_put(f, body);
	fputc('\n', f);
}

static void print_rule(const struct rule *r)
{
	rule_text(r, put_rule_line, stdout);
}

static int kb_show(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct kb_store *s;
	struct rule *r;
	int code = 0, rc;

	if (argc != 2) {
		cli_error("usage: kbwiz kb show ID");
		return EXIT_USAGE;
	}
	if ((s = cli_store(cli, &code)) == NULL)
		return code;
	rc = store_get_rule(s, argv[1], &r, &err);
	if (rc != 0) {
		cli_error("%s", err.msg);
		return cli_lookup_exit_code(rc);
	}
	print_rule(r);
	rule_free(r);
	return EXIT_OK;
}

static int kb_search(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct search_hit hits[50];
	struct library_hit lib[10];
	char query[1024];
	size_t n = 0, n_lib = 0, i, used = 0;
	struct kb_store *s;
	int code = 0, rc, a;

	if (argc < 2) {
		cli_error("usage: kbwiz kb search QUERY...");
		return EXIT_USAGE;
	}
	query[0] = '\0';
	for (a = 1; a < argc && used < sizeof query; a++)
		used += (size_t)snprintf(query + used, sizeof query - used, "%s%s",
					 a > 1 ? " " : "", argv[a]);
	if ((s = cli_store(cli, &code)) == NULL)
		return code;
	rc = store_search(s, query, hits, sizeof hits / sizeof hits[0], &n, &err);
	if (rc != 0) {
		cli_error("%s", err.msg);
		return cli_exit_code(rc);
	}
	for (i = 0; i < n; i++) {
		printf("%2zu. %-10s ", i + 1, hits[i].id);
		cli_put_wrapped(stdout, hits[i].title, 15, WIDTH);
		printf("\n               ");
		cli_put_wrapped(stdout, hits[i].matched, 15, WIDTH);
		printf("\n");
	}
	/* Where no rule exists yet, the right article still helps: the
	 * library's matches come after the rules. */
	rc = library_search(s, query, lib, sizeof lib / sizeof lib[0], &n_lib, &err);
	if (rc != 0)
		n_lib = 0;
	if (n_lib > 0)
		printf("%sArticles in the library (kbwiz kb library show ID):\n", n > 0 ? "\n" : "");
	for (i = 0; i < n_lib; i++) {
		printf("%2zu. %-10s ", i + 1, lib[i].id);
		cli_put_wrapped(stdout, lib[i].title, 15, WIDTH);
		if (lib[i].published[0] != '\0')
			printf(" (%s)", lib[i].published);
		printf("\n               ");
		cli_put_wrapped(stdout, lib[i].snippet, 15, WIDTH);
		printf("\n");
	}
	if (n == 0 && n_lib == 0) {
		fprintf(stderr, "kbwiz: no rule or article matches '");
		cli_put(stderr, query);
		fprintf(stderr, "'\n");
		return EXIT_NOTHING;
	}
	return EXIT_OK;
}

static int yaml_name(const struct dirent *de)
{
	size_t n = strlen(de->d_name);

	return n > 5 && de->d_name[0] != '.' && strcmp(de->d_name + n - 5, ".yaml") == 0;
}

static int check_files(int argc, char **argv);

/* A directory stands for its *.yaml files (kb check kb), in name order. */
static int kb_check(struct cli *cli, int argc, char **argv)
{
	char **list;
	int n = 1, i, k, rc;
	struct stat st;

	(void)cli;
	if (argc < 2) {
		cli_error("usage: kbwiz kb check FILE|DIR...");
		return EXIT_USAGE;
	}
	list = calloc(1, sizeof *list);
	if (list == NULL)
		return EXIT_INTERNAL;
	list[0] = argv[0];
	for (i = 1; i < argc; i++) {
		struct dirent **names = NULL;
		int m = 0;
		char **grown;

		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
			m = scandir(argv[i], &names, yaml_name, alphasort);
		grown = realloc(list, (size_t)(n + (m > 0 ? m : 1)) * sizeof *list);
		if (grown == NULL) {
			rc = EXIT_INTERNAL;
			goto out;
		}
		list = grown;
		if (m <= 0) {
			list[n++] = strdup(argv[i]);
		} else {
			for (k = 0; k < m; k++) {
				size_t len = strlen(argv[i]) + strlen(names[k]->d_name) + 2;
				if ((list[n] = malloc(len)) != NULL)
					snprintf(list[n], len, "%s/%s", argv[i], names[k]->d_name);
				n++;
				free(names[k]);
			}
		}
		free(names);
		for (k = 1; k < n; k++)
			if (list[k] == NULL) {
				rc = EXIT_INTERNAL;
				goto out;
			}
	}
	rc = check_files(n, list);
out:
	for (k = 1; k < n; k++)
		free(list[k]);
	free(list);
	return rc;
}

static int check_files(int argc, char **argv)
{
	struct kb_error err = { "" };
	struct rule **rules;
	int i, j, bad = 0, worst = 0;

	rules = calloc((size_t)argc, sizeof *rules);
	if (rules == NULL)
		return EXIT_INTERNAL;
	/* Every file is checked, so one run shows every broken file. */
	for (i = 1; i < argc; i++) {
		int rc = rule_load_file(argv[i], &rules[i], &err);
		if (rc != 0) {
			fprintf(stderr, "kbwiz: ");
			cli_put(stderr, err.msg);
			fprintf(stderr, "\n");
			bad++;
			if (worst == 0 || rc == KB_EIO)
				worst = cli_exit_code(rc);
			continue;
		}
		for (j = 1; j < i; j++)
			if (rules[j] != NULL && strcmp(rules[j]->id, rules[i]->id) == 0) {
				cli_error("%s:1:1: id: rule '%s' is already defined in %s",
					argv[i], rules[i]->id, argv[j]);
				bad++;
				worst = EXIT_BADINPUT;
			}
		if (rules[i]->n_reviews > 0) {
			size_t k;
			/* A draft: valid as written, but not done. */
			for (k = 0; k < rules[i]->n_reviews; k++) {
				const struct rule_review *rv = &rules[i]->reviews[k];
				fputs("kbwiz: ", stderr);
				cli_put(stderr, argv[i]);
				fprintf(stderr, ":%d:1: review", rv->line);
				if (rv->field != NULL) {
					fprintf(stderr, " (");
					cli_put(stderr, rv->field);
					fprintf(stderr, ")");
				}
				if (rv->source_line > 0)
					fprintf(stderr, " [article line %d]", rv->source_line);
				fprintf(stderr, ": ");
				cli_put(stderr, rv->note);
				fprintf(stderr, "\n");
			}
			cli_error("%s: draft: %zu item(s) to review", argv[i],
				rules[i]->n_reviews);
			bad++;
			worst = EXIT_BADINPUT;
			continue;
		}
		cli_put(stdout, argv[i]);
		printf(": ok (rule ");
		cli_put(stdout, rules[i]->id);
		printf(", %zu symptom%s, %zu check%s)\n", rules[i]->n_symptoms, rules[i]->n_symptoms == 1 ? "" : "s",
		       rules[i]->n_checks, rules[i]->n_checks == 1 ? "" : "s");
	}
	for (i = 1; i < argc; i++)
		rule_free(rules[i]);
	free(rules);
	if (bad > 0)
		fprintf(stderr, "kbwiz: %d of %d files have errors\n", bad, argc - 1);
	return bad > 0 ? worst : EXIT_OK;
}

static int kb_reload(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct store_load_stats st;
	int code = 0, rc;

	if (argc == 2)
		cli->kb_dir = argv[1];
	else if (argc != 1) {
		cli_error("usage: kbwiz kb reload [DIR]");
		return EXIT_USAGE;
	}
	/* The reload counts what changed: a sync on open would take the
	 * change first and leave the reload to report "unchanged". */
	cli->no_sync = 1;
	if (cli_store(cli, &code) == NULL)
		return code;
	rc = cli_reload(cli, &st, &err);
	if (rc != 0) {
		cli_error("%s (the store is unchanged)", err.msg);
		return cli_exit_code(rc);
	}
	{
		char kbdir[4096];
		store_kb_dir(cli->store, kbdir, sizeof kbdir, NULL);
		printf("loaded %s: %zu added, %zu updated, %zu unchanged, %zu removed\n",
		       kbdir, st.added, st.updated, st.unchanged, st.removed);
	}
	return EXIT_OK;
}

static const struct cli_command kb_commands[] = {
	{ "list", "kbwiz kb list", "list the rules in the store", kb_list },
	{ "show", "kbwiz kb show ID", "print one rule in full", kb_show },
	{ "search", "kbwiz kb search QUERY...", "find rules by event ID, error code, source or words", kb_search },
	{ "check", "kbwiz kb check FILE|DIR...", "validate rule files (a directory: its *.yaml)", kb_check },
	{ "reload", "kbwiz kb reload [DIR]", "rebuild the store's rules from a kb directory", kb_reload },
	{ "test", "kbwiz kb test [-v] [ID...]", "run the rules' test cases (kb/tests)", kb_test_run },
	{ "verify", "kbwiz kb verify [ID...] [--articles DIR|FILE...]", "check each rule's cited facts against its article's lines", kb_verify_run },
	{ "library", "kbwiz kb library add|list|show|search|stats|problems|remove ...", "the article library: reference KB articles", kb_library_run },
	{ "import", "kbwiz kb import FILE... [-o DIR|--stdout] [--force]", "draft a rule from a KB article", kb_import_run },
};

static int run_kb(struct cli *cli, int argc, char **argv)
{
	size_t i;

	int help = argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0);

	if (argc >= 2 && !help) {
		for (i = 0; i < sizeof kb_commands / sizeof kb_commands[0]; i++) {
			if (strcmp(argv[1], kb_commands[i].name) != 0)
				continue;
			/* kbwiz kb SUB --help: its usage, not a search for "--help". */
			if (argc == 3 && (strcmp(argv[2], "--help") == 0 || strcmp(argv[2], "-h") == 0) &&
			    strcmp(argv[1], "import") != 0 && strcmp(argv[1], "library") != 0) {
				cli_print_usage(stdout, kb_commands[i].usage, kb_commands[i].summary);
				return EXIT_OK;
			}
			return kb_commands[i].run(cli, argc - 1, argv + 1);
		}
		cli_error("unknown kb command '%s'", argv[1]);
	}
	fprintf(help ? stdout : stderr, "usage:\n");
	for (i = 0; i < sizeof kb_commands / sizeof kb_commands[0]; i++)
		fprintf(help ? stdout : stderr, "  %s\n      %s\n", kb_commands[i].usage,
			kb_commands[i].summary);
	return help ? EXIT_OK : EXIT_USAGE;
}

const struct cli_command cmd_kb = {
	"kb", "kbwiz kb list|show|search|check|reload|test|verify|import|library ...",
	"work with the knowledge base", run_kb,
};
