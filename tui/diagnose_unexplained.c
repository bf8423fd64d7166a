/* diagnose_unexplained.c: the part of `kbwiz diagnose` that lists the
 * error and warning events no rule explains, with library articles to
 * read for each (core/unexplained.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "kbwiz/machine.h"
#include "kbwiz/unexplained.h"

#define WIDTH 80
/* Groups printed as text; the JSON document has them all. */
#define TEXT_GROUPS 10

void unx_group_text(const struct unx_group *g, const struct machine_info *m,
		    char *buf, size_t size)
{
	char when[128] = "";
	int n;

	/* UTC, as the rules' events are shown, with the machine's clock. */
	if (g->first != 0)
		machine_format_time_text(m, g->first, when, sizeof when);
	/* Errors are the rule here: say so only of the others. */
	n = snprintf(buf, size, "%s %u%s%s%s:", g->source, g->event_id,
		     g->level != EVLEVEL_ERROR ? " (" : "",
		     g->level != EVLEVEL_ERROR ? event_level_name(g->level) : "",
		     g->level != EVLEVEL_ERROR ? ")" : "");
	if (n >= 0 && (size_t)n < size && g->service != NULL)
		n += snprintf(buf + n, size - (size_t)n, " %s,", g->service);
	if (n >= 0 && (size_t)n < size && g->has_error)
		n += snprintf(buf + n, size - (size_t)n, g->error_message != NULL ?
			      " error %u (%s)," : " error %u,", g->error_code, g->error_message);
	if (n >= 0 && (size_t)n < size)
		snprintf(buf + n, size - (size_t)n, " %u time%s%s%s", g->count,
			 g->count == 1 ? "" : "s", *when ? ", first " : "", when);
}

static void print_text(const struct unexplained *u, const struct machine_info *m)
{
	size_t i, j;
	char line[1024];

	printf("\nEvents no rule explains (errors and warnings: %llu, %llu explained by a rule)\n",
	       (unsigned long long)u->events, (unsigned long long)u->explained);
	if (u->n == 0) {
		printf("  none\n");
		return;
	}
	for (i = 0; i < u->n && i < TEXT_GROUPS; i++) {
		const struct unx_group *g = &u->groups[i];
		unx_group_text(g, m, line, sizeof line);
		printf("  ");
		cli_put_wrapped(stdout, line, 4, WIDTH);
		printf("\n");
		if (g->error_message != NULL && g->error_from != NULL) {
			/* "(Windows system error text)" or "(error text as
			 * worded in Q171390)". */
			printf("    (%s", strncmp(g->error_from, "as worded", 9) == 0 ?
			       "error text " : "");
			cli_put(stdout, g->error_from);
			printf(")\n");
		}
		for (j = 0; j < g->n_articles; j++) {
			const struct library_hit *a = &g->articles[j];
			snprintf(line, sizeof line, "%s%s%s%s", a->title, a->published[0] ? " (" : "",
				 a->published, a->published[0] ? ")" : "");
			printf("    article ");
			cli_put(stdout, a->id);
			printf(" ");
			cli_put_wrapped(stdout, line, 13 + (int)strlen(a->id), WIDTH);
			printf("\n");
		}
		if (u->library_articles > 0 && g->n_articles == 0)
			printf("    no library article quotes this event ID\n");
	}
	if (u->n > TEXT_GROUPS)
		printf("  ... and %zu more (--json lists them all)\n", u->n - TEXT_GROUPS);
	if (u->library_articles > 0)
	{
		printf("  ");
		cli_put_wrapped(stdout, "Articles are from the library, for reading: each quotes the "
				"event ID or names it with the error code, but no rule checks "
				"that it fits this machine (kbwiz kb library show ID).", 2, WIDTH);
		printf("\n");
	}
	else {
		printf("  ");
		cli_put_wrapped(stdout, unexplained_library_hint(), 2, WIDTH);
		printf("\n");
	}
}

int diagnose_unexplained(struct cli *cli, const struct diagnosis *d,
			 const struct evidence_set *ev, char **json_text)
{
	return diagnose_unexplained_events(cli, d, ev, NULL, json_text);
}

int diagnose_unexplained_events(struct cli *cli, const struct diagnosis *d,
				const struct evidence_set *ev,
				const struct evl_list *events, char **json_text)
{
	struct unexplained *u = NULL;
	struct kb_error err = { "" };
	int rc;

	if ((rc = unexplained_for_events(d, ev, events, cli->store, &u, &err)) != 0 || u == NULL)
		goto out;
	if (json_text != NULL)
		rc = unexplained_add_to_json(u, json_text, &err);
	else
		print_text(u, &d->machine);
out:
	if (rc != 0)
		cli_error("listing the events no rule explains: %s", err.msg);
	unexplained_free(u);
	return rc != 0 ? cli_exit_code(rc) : 0;
}
