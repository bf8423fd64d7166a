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

/* A line of text wrapped at WIDTH after indent columns, its following
 * lines at indent + 2. */
static void put_line(int indent, const char *text)
{
	printf("%*s", indent, "");
	cli_put_wrapped(stdout, text, indent + 2, WIDTH);
	printf("\n");
}

static void print_text(const struct svd_report *r)
{
	char line[4096];
	size_t i, j;

	printf("\n");
	put_line(0, "Service doctor (kbwiz's own reasoning from the Service Control Manager's "
		 "events, not an article's)");
	if (r->configuration)
		snprintf(line, sizeof line, "configuration: %s, %s%s", r->hive_path, r->control_set,
			 r->volume ? ", image files looked up on the volume" :
			 ", no volume: image files not looked up");
	else
		snprintf(line, sizeof line, "configuration: not available (%s)",
			 r->configuration_why != NULL ? r->configuration_why : "");
	put_line(2, line);
	if (r->n == 0) {
		/* Say what was read: "0 read" would seem to say no events
		 * were read at all. */
		snprintf(line, sizeof line, "no service failures: of the %llu event%s read, none is "
			 "a Service Control Manager event of a service that failed to start or "
			 "stopped with an error%s", (unsigned long long)r->events_read,
			 r->events_read == 1 ? "" : "s", r->other_sources > 0 ?
			 " (events with the same IDs from other sources left out)" : "");
		put_line(2, line);
		return;
	}
	for (i = 0; i < r->n; i++) {
		const struct svd_finding *f = &r->v[i];
		snprintf(line, sizeof line, "[%s] %s", diag_verdict_name(f->verdict), f->summary);
		put_line(2, line);
		/* Without a hive nothing is mapped: the header says why. */
		if (r->configuration && strcmp(f->mapping, "by display name") != 0) {
			snprintf(line, sizeof line, "named \"%s\": %s", f->named_as, f->mapping);
			put_line(4, line);
		}
		if (f->has_error && f->error_from != NULL) {
			snprintf(line, sizeof line, "(error text: %s)", f->error_from);
			put_line(4, line);
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
	if (r->other_sources > 0) {
		snprintf(line, sizeof line, "(%llu event%s with these IDs from other sources left out)",
			 (unsigned long long)r->other_sources, r->other_sources == 1 ? "" : "s");
		put_line(2, line);
	}
}

int diagnose_svcdoctor(struct cli *cli, const struct evidence_set *ev, char **json_text,
		       size_t *n_confirmed)
{
	return diagnose_svcdoctor_events(cli, ev, NULL, json_text, n_confirmed);
}

int diagnose_svcdoctor_events(struct cli *cli, const struct evidence_set *ev,
			      const struct evl_list *events, char **json_text,
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
	if ((rc = events != NULL ? svd_run_events(events, ev, &o, &r, &err)
				 : svd_run(ev, &o, &r, &err)) != 0 ||
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
