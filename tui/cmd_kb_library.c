/* cmd_kb_library.c: `kbwiz kb library add|list|show|search|stats|problems|remove`:
 * the article library (core/library.c) from the command line. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "kbwiz/library.h"

/* Declared here until cli.h carries it; cmd_kb.c's table calls it with
 * argv starting at "library". */
int kb_library_run(struct cli *cli, int argc, char **argv);

#define WIDTH 79
/* Problems printed by add; the rest are in `kb library problems`. */
#define ADD_PROBLEMS_SHOWN 20
/* Without a terminal, one progress line per this many files. */
#define PLAIN_PROGRESS_EVERY 5000

static volatile sig_atomic_t stop_requested;

static void on_stop_signal(int sig)
{
	(void)sig;
	stop_requested = 1;
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

struct add_view {
	int tty;
	double started, last_draw;
	size_t last_plain;
	size_t problems_shown, problems;
	int bar_drawn;
};

static int add_progress(void *ctx, const struct library_progress *p)
{
	struct add_view *v = ctx;
	double t = now_s();

	if (v->tty) {
		/* Redrawn at most ten times a second, and at the end. */
		if (t - v->last_draw >= 0.1 || p->files_done == p->files_total) {
			int width = 30, fill = p->files_total > 0 ?
				(int)((double)p->files_done * width / (double)p->files_total) : width;
			double rate = t > v->started ? (double)p->files_done / (t - v->started) : 0;
			fprintf(stderr, "\r[%.*s%*s] %zu/%zu files, %zu new, %zu problems, %.0f/s ",
				fill, "##############################", width - fill, "",
				p->files_done, p->files_total, p->added + p->updated, p->problems, rate);
			fflush(stderr);
			v->last_draw = t;
			v->bar_drawn = 1;
		}
	} else if (p->files_done - v->last_plain >= PLAIN_PROGRESS_EVERY) {
		fprintf(stderr, "kbwiz: library: %zu/%zu files (%zu new, %zu unchanged, %zu problems)\n",
			p->files_done, p->files_total, p->added + p->updated, p->unchanged,
			p->problems);
		v->last_plain = p->files_done;
	}
	return 0;
}

static void end_bar(struct add_view *v)
{
	if (v->bar_drawn) {
		fputc('\n', stderr);
		v->bar_drawn = 0;
	}
}

static void add_problem(void *ctx, const char *path, const char *reason)
{
	struct add_view *v = ctx;

	v->problems++;
	if (v->problems_shown >= ADD_PROBLEMS_SHOWN)
		return;
	v->problems_shown++;
	end_bar(v);
	fprintf(stderr, "kbwiz: ");
	cli_put(stderr, path);
	fprintf(stderr, ": ");
	cli_put(stderr, reason);
	fprintf(stderr, "\n");
}

static int lib_add(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct library_add_options opt;
	struct library_add_stats st;
	struct add_view view;
	struct sigaction sa, old_int, old_term;
	struct kb_store *s;
	int code = 0, rc;
	double secs;

	if (argc < 2) {
		cli_error("usage: kbwiz kb library add DIR|FILE...");
		return EXIT_USAGE;
	}
	if ((s = cli_store(cli, &code)) == NULL)
		return code;
	memset(&view, 0, sizeof view);
	memset(&opt, 0, sizeof opt);
	view.tty = isatty(STDERR_FILENO);
	view.started = now_s();
	opt.progress = add_progress;
	opt.progress_ctx = &view;
	opt.problem = add_problem;
	opt.problem_ctx = &view;
	opt.cancel = &stop_requested;
	/* Ctrl-C finishes the batch in hand, so the next add goes on from
	 * there. */
	stop_requested = 0;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_stop_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	rc = library_add_paths(s, (const char *const *)argv + 1, (size_t)argc - 1, &opt, &st, &err);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	end_bar(&view);
	secs = now_s() - view.started;
	if (view.problems > view.problems_shown)
		fprintf(stderr, "kbwiz: ... and %zu more problems (kbwiz kb library problems)\n",
			view.problems - view.problems_shown);
	if (rc != 0 && rc != KB_ECANCEL) {
		cli_error("%s", err.msg);
		if (st.files == 0)
			return cli_exit_code(rc);
	}
	printf("library: %zu files in %.1fs: %zu added, %zu updated, %zu unchanged, "
	       "%zu problems, %zu duplicates\n", st.files, secs, st.added, st.updated,
	       st.unchanged, st.problems, st.duplicates);
	if (rc == KB_ECANCEL) {
		cli_error("%s", err.msg);
		return 130;
	}
	return rc != 0 ? cli_exit_code(rc) : EXIT_OK;
}

static int list_one(void *ctx, const struct library_entry *e)
{
	size_t *count = ctx;

	printf("%-9s %-10s ", e->id, e->published[0] != '\0' ? e->published : "-");
	cli_put(stdout, e->title[0] != '\0' ? e->title : "(no title)");
	putchar('\n');
	(*count)++;
	return 0;
}

/* A listing command with no arguments: lists what list() calls back with
 * on stdout and its count on stderr ("12 articles"). */
static int run_listing(struct cli *cli, int argc, const char *usage,
		       int (*list)(struct kb_store *s, size_t *count, struct kb_error *err),
		       const char *counted)
{
	struct kb_error err = { "" };
	struct kb_store *s;
	size_t count = 0;
	int code = 0;

	if (argc != 1) {
		cli_error("%s", usage);
		return EXIT_USAGE;
	}
	if ((s = cli_store(cli, &code)) == NULL)
		return code;
	if (list(s, &count, &err) != 0) {
		cli_error("%s", err.msg);
		return EXIT_STORE;
	}
	fprintf(stderr, "%zu %s\n", count, counted);
	return count > 0 ? EXIT_OK : EXIT_NOTHING;
}

static int list_articles(struct kb_store *s, size_t *count, struct kb_error *err)
{
	return library_list(s, list_one, count, err);
}

static int lib_list(struct cli *cli, int argc, char **argv)
{
	(void)argv;
	return run_listing(cli, argc, "usage: kbwiz kb library list", list_articles,
			   "articles");
}

/* The article's text line by line: each line sanitized on its own, so that
 * the line ends stay line ends and nothing else reaches the terminal. */
static void put_text(FILE *f, const char *text)
{
	const char *p = text, *nl;
	char *line;

	while (*p != '\0') {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p);
		line = strndup(p, (size_t)(nl - p));
		if (line != NULL) {
			cli_put(f, line);
			free(line);
		}
		fputc('\n', f);
		p = *nl == '\n' ? nl + 1 : nl;
	}
}

static int lib_show(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct library_article *a;
	struct kb_store *s;
	int code = 0, rc;

	if (argc != 2) {
		cli_error("usage: kbwiz kb library show ID");
		return EXIT_USAGE;
	}
	if ((s = cli_store(cli, &code)) == NULL)
		return code;
	if ((rc = library_get(s, argv[1], &a, &err)) != 0) {
		cli_error("%s", err.msg);
		return cli_exit_code(rc);
	}
	printf("# %s  (library article from ", a->id);
	cli_put(stdout, a->source_path);
	printf(")\n");
	if (!a->complete)
		printf("# note: the closing keyword block is missing: the article may be cut short\n");
	put_text(stdout, a->text);
	library_article_free(a);
	return EXIT_OK;
}

static int lib_search(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct library_hit hits[20];
	char query[1024];
	size_t n = 0, i, used = 0;
	struct kb_store *s;
	int code = 0, rc, a;

	if (argc < 2) {
		cli_error("usage: kbwiz kb library search QUERY...");
		return EXIT_USAGE;
	}
	query[0] = '\0';
	for (a = 1; a < argc && used < sizeof query; a++) {
		int w = snprintf(query + used, sizeof query - used, "%s%s", a > 1 ? " " : "", argv[a]);
		if (w < 0)
			break;
		used += (size_t)w;
	}
	if ((s = cli_store(cli, &code)) == NULL)
		return code;
	rc = library_search(s, query, hits, sizeof hits / sizeof hits[0], &n, &err);
	if (rc != 0) {
		cli_error("%s", err.msg);
		return cli_exit_code(rc);
	}
	for (i = 0; i < n; i++) {
		printf("%2zu. %-9s ", i + 1, hits[i].id);
		cli_put_wrapped(stdout, hits[i].title[0] != '\0' ? hits[i].title : "(no title)",
				14, WIDTH);
		if (hits[i].snippet[0] != '\0') {
			printf("\n              ");
			cli_put_wrapped(stdout, hits[i].snippet, 14, WIDTH);
		}
		printf("\n");
	}
	if (n == 0) {
		fprintf(stderr, "kbwiz: no library article matches '");
		cli_put(stderr, query);
		fprintf(stderr, "'\n");
		return EXIT_NOTHING;
	}
	return EXIT_OK;
}

static int lib_stats(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct library_stats st;
	struct kb_store *s;
	struct stat sb;
	char wal[4200];
	long long bytes = 0;
	int code = 0;

	(void)argv;
	if (argc != 1) {
		cli_error("usage: kbwiz kb library stats");
		return EXIT_USAGE;
	}
	if ((s = cli_store(cli, &code)) == NULL)
		return code;
	if (library_stats(s, &st, &err) != 0) {
		cli_error("%s", err.msg);
		return EXIT_STORE;
	}
	if (stat(store_path(s), &sb) == 0)
		bytes = (long long)sb.st_size;
	snprintf(wal, sizeof wal, "%s-wal", store_path(s));
	if (stat(wal, &sb) == 0)
		bytes += (long long)sb.st_size;
	printf("articles:     %zu (%zu may be cut short)\n", st.articles, st.incomplete);
	printf("files:        %zu (%.1f MB of articles), %zu problems, %zu duplicates\n",
	       st.files, (double)st.source_bytes / 1e6, st.problems, st.duplicates);
	printf("published:    %s to %s\n", st.oldest[0] ? st.oldest : "-",
	       st.newest[0] ? st.newest : "-");
	printf("last added:   %s\n", st.last_added[0] ? st.last_added : "never");
	printf("store:        ");
	cli_put(stdout, store_path(s));
	printf(" (%.1f MB)\n", (double)bytes / 1e6);
	return EXIT_OK;
}

static int problem_one(void *ctx, const struct library_problem *p)
{
	size_t *count = ctx;

	printf("%-9s ", p->status);
	cli_put(stdout, p->path);
	printf(": ");
	cli_put(stdout, p->reason);
	putchar('\n');
	(*count)++;
	return 0;
}

static int list_problems(struct kb_store *s, size_t *count, struct kb_error *err)
{
	return library_list_problems(s, problem_one, count, err);
}

static int lib_problems(struct cli *cli, int argc, char **argv)
{
	(void)argv;
	return run_listing(cli, argc, "usage: kbwiz kb library problems", list_problems,
			   "files refused or duplicated");
}

static int lib_remove(struct cli *cli, int argc, char **argv)
{
	struct kb_error err = { "" };
	struct kb_store *s;
	size_t removed = 0, total = 0;
	int code = 0, rc, i, worst = EXIT_OK;

	if (argc < 2) {
		cli_error("usage: kbwiz kb library remove ID...|PATH...|--all");
		return EXIT_USAGE;
	}
	if ((s = cli_store(cli, &code)) == NULL)
		return code;
	if (argc == 2 && strcmp(argv[1], "--all") == 0) {
		if ((rc = library_remove(s, NULL, &removed, &err)) != 0) {
			cli_error("%s", err.msg);
			return cli_exit_code(rc);
		}
		printf("library: %zu articles removed (the library is empty)\n", removed);
		return EXIT_OK;
	}
	for (i = 1; i < argc; i++) {
		rc = library_remove(s, argv[i], &removed, &err);
		if (rc != 0) {
			cli_error("%s", err.msg);
			worst = cli_exit_code(rc);
			continue;
		}
		total += removed;
	}
	printf("library: %zu articles removed\n", total);
	return worst;
}

static const struct cli_command library_commands[] = {
	{ "add", "kbwiz kb library add DIR|FILE...", "index article files (again: only what changed)", lib_add },
	{ "list", "kbwiz kb library list", "list the library's articles", lib_list },
	{ "show", "kbwiz kb library show ID", "print one article", lib_show },
	{ "search", "kbwiz kb library search QUERY...", "find articles by event ID, error code, id or words", lib_search },
	{ "stats", "kbwiz kb library stats", "how big the library is", lib_stats },
	{ "problems", "kbwiz kb library problems", "files refused by add, and why", lib_problems },
	{ "remove", "kbwiz kb library remove ID...|PATH...|--all", "take articles out of the library", lib_remove },
};

int kb_library_run(struct cli *cli, int argc, char **argv)
{
	size_t i;
	int help = argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0);
	FILE *out = help ? stdout : stderr;

	if (argc >= 2 && !help) {
		for (i = 0; i < sizeof library_commands / sizeof library_commands[0]; i++)
			if (strcmp(argv[1], library_commands[i].name) == 0)
				return library_commands[i].run(cli, argc - 1, argv + 1);
		cli_error("unknown kb library command '%s'", argv[1]);
	}
	fprintf(out, "usage:\n");
	for (i = 0; i < sizeof library_commands / sizeof library_commands[0]; i++)
		fprintf(out, "  %-44s %s\n", library_commands[i].usage,
			library_commands[i].summary);
	return help ? EXIT_OK : EXIT_USAGE;
}
