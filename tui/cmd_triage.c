/* cmd_triage.c: `kbwiz triage`: many machines' evidence diagnosed in
 * parallel (core/triage.c), printed as a table, JSON Lines or CSV, with a
 * summary; --cluster compares the nodes' registry values. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "kbwiz/cluster_nodes.h"
#include "kbwiz/fsutil.h"
#include "kbwiz/report.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/triage.h"
#include "triage_out.h"

enum triage_format { FMT_TABLE, FMT_JSONL, FMT_CSV, FMT_HTML };

struct triage_cmd {
	struct cli *cli;
	enum triage_format format;
	FILE *out;
	int tty;                  /* progress on stderr */
	int record;
	int cluster;
	int cluster_all;         /* --all: the equal values too */
	json_t *sum;              /* triage_summary_new */
	json_t *nodes;            /* --cluster and html: every line kept */
	int code;                 /* the worst of the machines */
};

static void show_progress(void *ctx, size_t done, size_t total, size_t running)
{
	struct triage_cmd *t = ctx;

	if (!t->tty)
		return;
	if (running == 0 && done == total)
		fprintf(stderr, "\r\033[K");
	else
		fprintf(stderr, "\r\033[Ktriage: %zu of %zu machines done, %zu running", done, total,
			running);
	fflush(stderr);
}

static int on_result(void *ctx, size_t index, json_t *line)
{
	struct triage_cmd *t = ctx;
	size_t i;
	json_t *p;

	(void)index;
	if (t->tty)
		fprintf(stderr, "\r\033[K");
	if (triage_summary_add(t->sum, line) != 0)
		return KB_ENOMEM;
	/* Exit status as `diagnose` gives it: 5 (unreadable) wins over 3. */
	json_array_foreach(json_object_get(line, "problems"), i, p) {
		const char *code = json_string_value(json_object_get(p, "code"));
		int c = code != NULL && strcmp(code, "io") == 0 ? EXIT_IO : EXIT_BADINPUT;
		if (t->code == EXIT_OK || c == EXIT_IO)
			t->code = c;
	}
	if (t->nodes != NULL)
		json_array_append(t->nodes, line);
	switch (t->format) {
	case FMT_JSONL:
		triage_print_jsonl(t->out, line);
		break;
	case FMT_CSV:
		triage_print_csv_row(t->out, line);
		break;
	case FMT_TABLE:
		triage_print_table_row(t->out, line);
		break;
	case FMT_HTML:
		break;   /* one page at the end */
	}
	fflush(t->out);
	return 0;
}

/* --record: skip the machines earlier runs recorded whole, close the
 * sessions cut short, and keep the zips' copies beside the store (the
 * sessions read them when continued). */
static int record_begin(struct cli *cli, struct triage_list *list,
			struct triage_options *opt, char *keep_dir, size_t size)
{
	struct kb_error err = { "" };
	size_t done, abandoned;
	int rc;

	if (store_read_only(cli->store)) {
		cli_error("%s is read-only: --record cannot write sessions", store_path(cli->store));
		return EXIT_STORE;
	}
	if ((rc = triage_record_scan(cli->store, list, &done, &abandoned, &err)) != 0) {
		cli_error("%s", err.msg);
		return cli_exit_code(rc);
	}
	if (done > 0)
		fprintf(stderr, "kbwiz: %zu machine%s already recorded by an earlier run: read again, not recorded again\n",
			done, done == 1 ? "" : "s");
	if (abandoned > 0)
		fprintf(stderr, "kbwiz: %zu session%s cut short by an earlier run closed as abandoned; recorded again\n",
			abandoned, abandoned == 1 ? "" : "s");
	kb_dirname(store_path(cli->store), keep_dir, size);
	if (strlen(keep_dir) + sizeof "/triage-evidence" > size) {
		cli_error("%s: path too long", keep_dir);
		return EXIT_USAGE;
	}
	strcat(keep_dir, "/triage-evidence");
	if ((rc = kb_mkdir_p(keep_dir, &err)) != 0) {
		cli_error("%s", err.msg);
		return cli_exit_code(rc);
	}
	opt->record_store = store_path(cli->store);
	opt->keep_dir = keep_dir;
	return EXIT_OK;
}

/* --cluster --record: the nodes' sessions together in one more session,
 * which the wizard opens with the nodes side by side. */
static int record_cluster(struct cli *cli, json_t *lines)
{
	struct kb_error err = { "" };
	int64_t *ids = calloc(json_array_size(lines) + 1, sizeof *ids), id = 0;
	const char **paths = calloc(json_array_size(lines) + 1, sizeof *paths);
	size_t i, n = 0;
	json_t *line;
	int rc, code = EXIT_OK;

	if (ids == NULL || paths == NULL) {
		cli_error("out of memory");
		code = EXIT_INTERNAL;
		goto out;
	}
	json_array_foreach(lines, i, line) {
		if (!json_is_integer(json_object_get(line, "session")))
			continue;
		ids[n] = json_integer_value(json_object_get(line, "session"));
		paths[n++] = json_string_value(json_object_get(line, "path"));
	}
	if (n < 2)
		goto out;
	if ((rc = cluster_session_record(cli->store, ids, paths, n, &id, &err)) != 0) {
		cli_error("the cluster's session: %s", err.msg);
		code = cli_exit_code(rc);
		goto out;
	}
	fprintf(stderr, "kbwiz: the %zu nodes together: session #%lld (the wizard's Resume opens "
		"it; step 4 compares the nodes)\n", n, (long long)id);
out:
	free(ids);
	free(paths);
	return code;
}

static int parse_format(const char *s, enum triage_format *f)
{
	if (strcmp(s, "table") == 0)
		*f = FMT_TABLE;
	else if (strcmp(s, "jsonl") == 0 || strcmp(s, "json") == 0)
		*f = FMT_JSONL;
	else if (strcmp(s, "csv") == 0)
		*f = FMT_CSV;
	else if (strcmp(s, "html") == 0)
		*f = FMT_HTML;
	else
		return -1;
	return 0;
}

static int run_triage(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct triage_options opt;
	struct triage_list list = { 0 };
	struct rule_set set = { 0 };
	struct triage_cmd t;
	const char **paths = NULL, *out_path = NULL, *only = NULL;
	char *mem = NULL, keep_dir[4096];
	size_t n_paths = 0, mem_len = 0;
	int code = EXIT_OK, rc, i, force = 0;

	memset(&t, 0, sizeof t);
	t.cli = cli;
	t.out = stdout;
	triage_default_options(&opt);
	if ((paths = calloc((size_t)argc, sizeof *paths)) == NULL) {
		cli_error("out of memory");
		return EXIT_INTERNAL;
	}
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] != '-' || strcmp(a, "-") == 0) {
			paths[n_paths++] = a;
			continue;
		}
		if (strcmp(a, "--record") == 0) {
			t.record = 1;
			continue;
		}
		if (strcmp(a, "--cluster") == 0) {
			t.cluster = 1;
			continue;
		}
		if (strcmp(a, "--all") == 0) {
			t.cluster_all = 1;
			continue;
		}
		if (strcmp(a, "--force") == 0) {
			force = 1;
			continue;
		}
		if (i + 1 >= argc) {
			cli_error("%s needs a value (see kbwiz triage --help)", a);
			code = EXIT_USAGE;
			goto out;
		}
		if (strcmp(a, "--jobs") == 0 || strcmp(a, "-j") == 0) {
			char *end;
			long n = strtol(argv[++i], &end, 10);
			if (*end != '\0' || n < 1 || n > 1024) {
				cli_error("--jobs wants a number from 1 to 1024, not '%s'", argv[i]);
				code = EXIT_USAGE;
				goto out;
			}
			opt.jobs = (int)n;
		} else if (strcmp(a, "--format") == 0) {
			if (parse_format(argv[++i], &t.format) != 0) {
				cli_error("--format is table, jsonl, csv or html, not '%s'", argv[i]);
				code = EXIT_USAGE;
				goto out;
			}
		} else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
			out_path = argv[++i];
		} else if (strcmp(a, "--rule") == 0) {
			only = argv[++i];
		} else {
			cli_error("unknown triage option '%s'", a);
			code = EXIT_USAGE;
			goto out;
		}
	}
	if (n_paths == 0) {
		cli_error("no machines: give one PATH per machine (a volume, a KAPE folder, a zip), "
			  "or a directory of them");
		code = EXIT_USAGE;
		goto out;
	}
	if (out_path != NULL) {
		if ((code = cli_check_output(out_path, force)) != 0)
			goto out;
		/* Written whole at the end (temp file and rename), so a run
		 * cut short never leaves half a report. */
		if ((t.out = open_memstream(&mem, &mem_len)) == NULL) {
			cli_error("out of memory");
			code = EXIT_INTERNAL;
			goto out;
		}
	}
	if (cli_store(cli, &code) == NULL)
		goto out;
	if ((rc = store_get_rules(cli->store, only, &set, &err)) != 0) {
		cli_error("%s", err.msg);
		code = cli_exit_code(rc);
		goto out;
	}
	if ((rc = triage_expand(paths, n_paths, &list, &err)) != 0) {
		cli_error("%s", err.msg);
		code = cli_exit_code(rc);
		goto out;
	}
	if (t.record && (code = record_begin(cli, &list, &opt, keep_dir, sizeof keep_dir)) != EXIT_OK)
		goto out;
	if ((t.cluster || t.format == FMT_HTML) && (t.nodes = json_array()) == NULL) {
		cli_error("out of memory");
		code = EXIT_INTERNAL;
		goto out;
	}
	opt.store_path = store_path(cli->store);
	opt.progress = show_progress;
	t.tty = isatty(STDERR_FILENO);
	if ((t.sum = triage_summary_new()) == NULL) {
		cli_error("out of memory");
		code = EXIT_INTERNAL;
		goto out;
	}
	if (t.format == FMT_CSV)
		triage_print_csv_header(t.out);
	else if (t.format == FMT_TABLE)
		triage_print_table_header(t.out);
	rc = triage_run(&list, set.rules, set.n, &opt, on_result, &t, &err);
	if (rc != 0) {
		cli_error("%s", err.msg);
		code = cli_exit_code(rc);
		goto out;
	}
	triage_summary_finish(t.sum);
	if (t.record && t.cluster && (rc = record_cluster(cli, t.nodes)) != EXIT_OK) {
		code = rc;
		goto out;
	}
	if (t.format == FMT_JSONL) {
		triage_print_jsonl(t.out, t.sum);
		if (t.cluster)
			triage_print_cluster_jsonl(t.out, t.nodes);
	} else if (t.format == FMT_TABLE) {
		triage_print_summary(t.out, t.sum);
		if (t.cluster)
			triage_print_cluster(t.out, t.nodes, t.cluster_all);
	} else if (t.format == FMT_HTML) {
		json_t *cmp = t.cluster ? triage_cluster_compare(t.nodes) : NULL;
		struct kb_buf b = { 0 };
		if ((t.cluster && cmp == NULL) || triage_write_html(t.nodes, t.sum, cmp, &b) != 0) {
			json_decref(cmp);
			kb_buf_free(&b);
			cli_error("out of memory");
			code = EXIT_INTERNAL;
			goto out;
		}
		fwrite(b.p, 1, b.len, t.out);
		json_decref(cmp);
		kb_buf_free(&b);
	} else {
		/* CSV holds the machines only: the summary goes beside it. */
		triage_print_summary(stderr, t.sum);
		if (t.cluster)
			triage_print_cluster(stderr, t.nodes, t.cluster_all);
	}
	if (out_path != NULL) {
		fclose(t.out);
		t.out = NULL;
		if ((rc = report_write_file(out_path, mem, mem_len, force, &err)) != 0) {
			cli_error("%s", err.msg);
			code = cli_exit_code(rc);
			goto out;
		}
	}
	code = t.code;
out:
	if (out_path != NULL && t.out != NULL)
		fclose(t.out);
	free(mem);
	json_decref(t.sum);
	json_decref(t.nodes);
	triage_list_free(&list);
	rule_set_free(&set);
	free(paths);
	return code;
}

const struct cli_command cmd_triage = {
	"triage",
	"kbwiz triage PATH... [--jobs N] [--format table|jsonl|csv|html] [-o FILE [--force]] [--record] [--cluster [--all]] [--rule ID]",
	"diagnose many machines' evidence (volumes, KAPE folders, Velociraptor zips) in parallel",
	run_triage,
};
