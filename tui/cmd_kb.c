/* cmd_kb.c: `kbwiz kb list | show ID | search QUERY | check FILE... | reload`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "kbwiz/rule_load.h"

#define WIDTH 79

static int list_one(void *ctx, const struct rule_summary *r)
{
	int *count = ctx;

	printf("%-10s ", r->id);
	cli_put(stdout, r->title);
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

static void heading(const char *title)
{
	printf("\n%s\n", title);
}

static void para(const char *text)
{
	printf("  ");
	cli_put_wrapped(stdout, text, 2, WIDTH);
	printf("\n");
}

static void print_check(const struct rule_check *c, int n)
{
	printf("  %d. %s: ", n, c->id);
	switch (c->expect) {
	case EXPECT_KEY_EXISTS:
		printf("the key exists");
		break;
	case EXPECT_KEY_ABSENT:
		printf("the key is absent");
		break;
	case EXPECT_VALUE_EQUALS:
		cli_put(stdout, c->value);
		printf(" (%s) equals ", kb_reg_type_name(c->type));
		if (c->data != NULL) {
			printf("\"");
			cli_put(stdout, c->data);
			printf("\"");
		} else {
			printf("%llu", (unsigned long long)c->number);
		}
		break;
	case EXPECT_MULTI_SZ_CONTAINS:
		cli_put(stdout, c->value);
		printf(" (%s) contains \"", kb_reg_type_name(c->type));
		cli_put(stdout, c->data);
		printf("\" among other entries");
		break;
	case EXPECT_DWORD_RANGE:
		cli_put(stdout, c->value);
		printf(" (%s) between %llu and %llu", kb_reg_type_name(c->type),
		       (unsigned long long)c->min, (unsigned long long)c->max);
		break;
	}
	printf("\n     ");
	cli_put(stdout, c->key);
	printf("\n");
	if (c->description != NULL) {
		printf("     ");
		cli_put_wrapped(stdout, c->description, 5, WIDTH);
		printf("\n");
	}
}

static void print_symptom(const struct rule_symptom *sy)
{
	char buf[2048];
	size_t i, used = 0;

#define ADD(...) do { if (used < sizeof buf) used += (size_t)snprintf(buf + used, sizeof buf - used, __VA_ARGS__); } while (0)
	switch (sy->kind) {
	case SYMPTOM_EVENT:
		ADD("Event %u from %s in the %s log", sy->event_id, sy->source, sy->log);
		for (i = 0; i < sy->n_text; i++)
			ADD("%s\"%s\"", i == 0 ? ", naming " : ", ", sy->text[i]);
		if (sy->error_code != 0)
			ADD(", error %u (0x%X)", sy->error_code, sy->error_code);
		if (sy->message != NULL)
			ADD(": %s", sy->message);
		break;
	case SYMPTOM_ERROR:
		ADD("Error %u (0x%X): %s", sy->error_code, sy->error_code, sy->message);
		break;
	case SYMPTOM_QUESTION:
		ADD("Ask: %s", sy->question);
		break;
	}
#undef ADD
	printf("  - ");
	cli_put_wrapped(stdout, buf, 4, WIDTH);
	printf("\n");
	if (sy->description != NULL) {
		printf("    ");
		cli_put_wrapped(stdout, sy->description, 4, WIDTH);
		printf("\n");
	}
}

static void print_rule(const struct rule *r)
{
	size_t i, j;
	int n = 0;

	printf("%s  ", r->id);
	cli_put_wrapped(stdout, r->title, (int)strlen(r->id) + 2, WIDTH);
	printf("\nArticle:   ");
	cli_put(stdout, r->article);
	printf(" (published %s)\n", r->published);
	for (i = 0; i < r->n_products; i++) {
		printf(i == 0 ? "Products:  " : "           ");
		cli_put(stdout, r->products[i].name);
		for (j = 0; j < r->products[i].n_versions; j++) {
			printf(j == 0 ? " " : ", ");
			cli_put(stdout, r->products[i].versions[j]);
		}
		printf("\n");
	}
	if (r->n_tags > 0) {
		printf("Tags:      ");
		for (i = 0; i < r->n_tags; i++) {
			if (i > 0)
				printf(", ");
			cli_put(stdout, r->tags[i]);
		}
		printf("\n");
	}
	if (r->n_applies > 0) {
		heading("Applies when");
		for (i = 0; i < r->n_applies; i++)
			print_check(&r->applies[i], (int)i + 1);
	}
	if (r->trigger != NULL) {
		heading("What usually comes before it");
		para(r->trigger);
	}
	heading("Symptoms");
	for (i = 0; i < r->n_symptoms; i++)
		print_symptom(&r->symptoms[i]);
	heading("Cause");
	para(r->cause);
	if (r->n_evidence > 0) {
		heading("Log evidence");
		for (i = 0; i < r->n_evidence; i++) {
			const struct rule_evidence *e = &r->evidence[i];
			printf("  %s (%s log%s):\n", e->id,
			       e->log == LOG_CLUSTER ? "cluster" : "text",
			       e->sequence ? ", lines in this order" : "");
			if (e->description != NULL) {
				printf("    ");
				cli_put_wrapped(stdout, e->description, 4, WIDTH);
				printf("\n");
			}
			for (j = 0; j < e->n_patterns; j++) {
				printf("    %2zu. %s", j + 1, e->patterns[j].is_regex ? "regex: " : "");
				cli_put(stdout, e->patterns[j].text);
				printf("\n");
			}
		}
	}
	if (r->n_checks > 0) {
		heading("Registry checks");
		for (i = 0; i < r->n_checks; i++)
			print_check(&r->checks[i], (int)i + 1);
	}
	heading("Remediation");
	for (i = 0; i < r->n_fixes; i++) {
		const struct rule_fix *f = &r->fixes[i];
		if (f->kind == FIX_LAST_RESORT) {
			printf("  Last resort: ");
			cli_put_wrapped(stdout, f->text, 15, WIDTH);
			printf("\n");
			continue;
		}
		char buf[2048];
		printf("  %d. ", ++n);
		snprintf(buf, sizeof buf, "%s%s%s%s", f->text,
			 f->kind == FIX_REGISTRY ? " (registry change; repairs check " : "",
			 f->kind == FIX_REGISTRY ? f->check_id : "",
			 f->kind == FIX_REGISTRY ? ")" : "");
		cli_put_wrapped(stdout, buf, 5, WIDTH);
		printf("\n");
	}
	printf("\nReferences: ");
	for (i = 0; i < r->n_references; i++) {
		if (i > 0)
			printf(", ");
		cli_put(stdout, r->references[i]);
	}
	printf("\nSource:     ");
	cli_put(stdout, r->source_path);
	printf("\nSHA-256:    %s\n", r->content_hash);
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
		return cli_exit_code(rc);
	}
	print_rule(r);
	rule_free(r);
	return EXIT_OK;
}

static int kb_search(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct search_hit hits[50];
	char query[1024];
	size_t n = 0, i, used = 0;
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
	if (n == 0) {
		fprintf(stderr, "kbwiz: no rule matches '");
		cli_put(stderr, query);
		fprintf(stderr, "'\n");
		return EXIT_NOTHING;
	}
	return EXIT_OK;
}

static int kb_check(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct rule **rules;
	int i, j, bad = 0, worst = 0;

	(void)cli;
	if (argc < 2) {
		cli_error("usage: kbwiz kb check FILE...");
		return EXIT_USAGE;
	}
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
				fprintf(stderr, "kbwiz: %s:1:1: id: rule '%s' is already defined in %s\n",
					argv[i], rules[i]->id, argv[j]);
				bad++;
				worst = EXIT_BADINPUT;
			}
		if (rules[i]->n_reviews > 0) {
			size_t k;
			/* A draft: valid as written, but not done. */
			for (k = 0; k < rules[i]->n_reviews; k++) {
				const struct rule_review *rv = &rules[i]->reviews[k];
				fprintf(stderr, "kbwiz: %s:%d:1: review", argv[i], rv->line);
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
			fprintf(stderr, "kbwiz: %s: draft: %zu item(s) to review\n", argv[i],
				rules[i]->n_reviews);
			bad++;
			worst = EXIT_BADINPUT;
			continue;
		}
		printf("%s: ok (rule %s, %zu symptoms, %zu checks)\n", argv[i],
		       rules[i]->id, rules[i]->n_symptoms, rules[i]->n_checks);
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
	if (cli_store(cli, &code) == NULL)
		return code;
	rc = cli_reload(cli, &st, &err);
	if (rc != 0) {
		cli_error("%s (the store is unchanged)", err.msg);
		return cli_exit_code(rc);
	}
	{
		char kbdir[4096];
		store_kb_dir(cli->store, kbdir, sizeof kbdir);
		printf("loaded %s: %zu added, %zu updated, %zu unchanged, %zu removed\n",
		       kbdir, st.added, st.updated, st.unchanged, st.removed);
	}
	return EXIT_OK;
}

static const struct cli_command kb_commands[] = {
	{ "list", "kbwiz kb list", "list the rules in the store", kb_list },
	{ "show", "kbwiz kb show ID", "print one rule in full", kb_show },
	{ "search", "kbwiz kb search QUERY...", "find rules by event ID, error code, source or words", kb_search },
	{ "check", "kbwiz kb check FILE...", "validate rule files", kb_check },
	{ "reload", "kbwiz kb reload [DIR]", "rebuild the store's rules from a kb directory", kb_reload },
};

static int run_kb(struct cli *cli, int argc, char **argv)
{
	size_t i;

	if (argc >= 2) {
		for (i = 0; i < sizeof kb_commands / sizeof kb_commands[0]; i++)
			if (strcmp(argv[1], kb_commands[i].name) == 0)
				return kb_commands[i].run(cli, argc - 1, argv + 1);
		cli_error("unknown kb command '%s'", argv[1]);
	}
	fprintf(stderr, "usage:\n");
	for (i = 0; i < sizeof kb_commands / sizeof kb_commands[0]; i++)
		fprintf(stderr, "  %-28s %s\n", kb_commands[i].usage, kb_commands[i].summary);
	return EXIT_USAGE;
}

const struct cli_command cmd_kb = {
	"kb", "kbwiz kb list|show|search|check|reload ...",
	"work with the knowledge base", run_kb,
};
