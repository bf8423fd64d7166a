/* diagnose_svcdoctor.c: the part of `kbwiz diagnose` that shows the
 * service doctor's findings (core/svcdoctor.c): each failing service,
 * its verdict, evidence, reasoning and manual steps, marked as kbwiz's
 * own reasoning. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "kbwiz/svcdoctor.h"

#define WIDTH 80

static void put_lines(const char *label, char *const *v, size_t n, int indent)
{
	size_t i;

	for (i = 0; i < n; i++) {
		/* Leading blanks are a tree's indentation: kept. */
		int lead = (int)strspn(v[i], " ");
		printf("%*s%s", indent, "", i == 0 ? label : "");
		if (i > 0)
			printf("%*s", (int)strlen(label), "");
		printf("%*s", lead, "");
		cli_put_wrapped(stdout, v[i] + lead, indent + (int)strlen(label) + lead, WIDTH);
		printf("\n");
	}
}

static void print_text(const struct svd_report *r)
{
	size_t i, j;

	printf("\nService doctor (kbwiz's own reasoning from the Service Control Manager's "
	       "events, not an article's)\n");
	printf("  configuration: ");
	if (r->configuration) {
		cli_put(stdout, r->hive_path);
		printf(", %s%s\n", r->control_set, r->volume ? ", image files looked up on the volume" :
		       ", no volume: image files not looked up");
	} else {
		printf("not available (");
		cli_put(stdout, r->configuration_why != NULL ? r->configuration_why : "");
		printf(")\n");
	}
	if (r->n == 0) {
		printf("  no service failures in the Service Control Manager's events (%llu read",
		       (unsigned long long)r->scm_failures);
		printf("%s)\n", r->other_sources > 0 ? "; events with the same IDs from other "
		       "sources left out" : "");
		return;
	}
	for (i = 0; i < r->n; i++) {
		const struct svd_finding *f = &r->v[i];
		char *line = malloc(strlen(f->summary) + 32);
		if (line != NULL) {
			sprintf(line, "[%s] %s", diag_verdict_name(f->verdict), f->summary);
			printf("  ");
			cli_put_wrapped(stdout, line, 4, WIDTH);
			printf("\n");
			free(line);
		}
		/* Without a hive nothing is mapped: the header says why. */
		if (r->configuration && strcmp(f->mapping, "by display name") != 0) {
			printf("    named \"");
			cli_put(stdout, f->named_as);
			printf("\": ");
			cli_put_wrapped(stdout, f->mapping, 6, WIDTH);
			printf("\n");
		}
		if (f->has_error && f->error_from != NULL) {
			printf("    (error text: ");
			cli_put(stdout, f->error_from);
			printf(")\n");
		}
		put_lines("evidence: ", f->evidence, f->n_evidence, 4);
		put_lines("why: ", f->reasoning, f->n_reasoning, 4);
		put_lines("steps (kbwiz's advice): ", f->steps, f->n_steps, 4);
		for (j = 0; j < f->n_articles; j++) {
			/* Search results for reading, as in the unexplained
			 * events' section: no rule checked them. */
			printf("    to read: ");
			cli_put(stdout, f->articles[j].id);
			printf(" ");
			cli_put_wrapped(stdout, f->articles[j].title, 14 + (int)strlen(f->articles[j].id), WIDTH);
			printf("\n");
		}
	}
	if (r->other_sources > 0)
		printf("  (%llu events with these IDs from other sources left out)\n",
		       (unsigned long long)r->other_sources);
}

int diagnose_svcdoctor(struct cli *cli, const struct evidence_set *ev, char **json_text,
		       size_t *n_confirmed)
{
	struct svd_options o = { NULL, NULL };
	struct svd_report *r = NULL;
	struct kb_error err = { "" };
	char messages[4096];
	size_t i, n_event_files = 0;
	int rc = 0;

	*n_confirmed = 0;
	for (i = 0; i < ev->n; i++)
		n_event_files += ev->files[i].kind == EVIDENCE_EVENTS;
	if (n_event_files == 0)
		return 0;
	snprintf(messages, sizeof messages, "%s/win32-errors.tsv", cli_kb_dir(cli));
	o.messages_path = messages;
	if ((rc = svd_run(ev, &o, &r, &err)) != 0 ||
	    (rc = svd_suggest(r, cli->store, &err)) != 0)
		goto out;
	for (i = 0; i < r->n; i++)
		*n_confirmed += r->v[i].verdict == VERDICT_CONFIRMED;
	if (json_text != NULL)
		rc = svd_add_to_json(r, json_text, &err);
	else
		print_text(r);
out:
	if (rc != 0)
		cli_error("service doctor: %s", err.msg);
	svd_free(r);
	return rc != 0 ? cli_exit_code(rc) : 0;
}
