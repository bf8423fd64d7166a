/* library_bench: the figures bench/bench_library.sh prints, measured in
 * process so that start-up does not count.
 *
 *   library_bench index DB PATH...
 *       index into the store DB; one line:
 *       files=N added=N unchanged=N problems=N duplicates=N seconds=S
 *       articles_per_s=R maxrss_kib=K
 *   library_bench search DB [N]
 *       run the built-in queries (event IDs, error codes, words, phrases,
 *       article ids) N times over (default 1) and print
 *       queries=N median_ms=M p90_ms=P max_ms=X empty=E
 *   library_bench export OUTDIR SQLFILE PATH...
 *       decode every article the library would take, exactly as it keeps
 *       the text (kb_article_parse, lines joined with LF), into OUTDIR/N.txt
 *       and write SQLFILE: a plain FTS5 table loaded with readfile(), for
 *       the sqlite3 shell to time. */
#include "kbwiz/article.h"
#include "kbwiz/library.h"
#include "kbwiz/store.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long maxrss_kib(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

static int cmd_index(int argc, char **argv)
{
	struct kb_error err = { "" };
	struct library_add_stats st;
	struct kb_store *s;
	double t0, secs;
	int rc;

	if (store_open(argv[0], STORE_OPEN_CREATE, &s, NULL, &err) != 0) {
		fprintf(stderr, "library_bench: %s\n", err.msg);
		return 1;
	}
	t0 = now_s();
	rc = library_add_paths(s, (const char *const *)argv + 1, (size_t)argc - 1, NULL, &st, &err);
	secs = now_s() - t0;
	store_close(s);
	if (rc != 0) {
		fprintf(stderr, "library_bench: %s\n", err.msg);
		return 1;
	}
	printf("files=%zu added=%zu unchanged=%zu problems=%zu duplicates=%zu seconds=%.3f"
	       " articles_per_s=%.0f maxrss_kib=%ld\n",
	       st.files, st.added, st.unchanged, st.problems, st.duplicates, secs,
	       (double)(st.added + st.updated) / secs, maxrss_kib());
	return 0;
}

static const char *const queries[] = {
	"7023", "1069", "7000", "7001", "7009", "7011", "7024", "7026", "7031", "7034",
	"1000", "1001", "1003", "1004", "1053", "1058", "2000", "2011", "2019", "2020",
	"3013", "4199", "5719", "5722", "5723", "5805", "6008", "9", "11", "15",
	"51", "129", "1311", "13559", "1722", "1726", "1727", "0x6B8", "0x6D9", "0x80070005",
	"0xC0000005", "0xC000021A", "0x0000007B", "0x0000000A", "0x00000050", "0x8007000E",
	"1720", "1753", "2140", "2182", "5", "53", "64", "67", "1326", "1355",
	"endpoint cannot be created", "cluster service", "Service Control Manager",
	"logon failure", "access is denied", "network path was not found",
	"no more endpoints", "RPC server is unavailable", "domain controller",
	"dhcp server", "wins replication", "print spooler", "blue screen",
	"stop error", "page fault", "paged pool", "nonpaged pool", "trust relationship",
	"browser election", "exchange information store", "IIS metabase", "SQL Server",
	"backup", "registry", "Q262832", "Q256986", "KB120929", "262832",
	"\"quoted words\" AND NEAR", "cluster* OR (", "the", "windows nt server",
	"remote access", "dial-up networking", "terminal server licensing",
	"group policy", "dns", "netlogon", "kerberos", "ntfs", "chkdsk", "boot.ini",
	"event id 7023 cluster", "0x80004005",
};

#define N_QUERIES (sizeof queries / sizeof queries[0])

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static int cmd_search(int argc, char **argv)
{
	struct kb_error err = { "" };
	struct library_hit hits[20];
	struct kb_store *s;
	size_t i, k = 0, n, empty = 0, rounds = argc > 1 ? (size_t)atoi(argv[1]) : 1;
	double *ms;

	if (rounds == 0)
		rounds = 1;
	if (store_open(argv[0], 0, &s, NULL, &err) != 0) {
		fprintf(stderr, "library_bench: %s\n", err.msg);
		return 1;
	}
	ms = calloc(N_QUERIES * rounds, sizeof *ms);
	if (ms == NULL)
		return 1;
	/* One query first, so that the first timing is not the page cache
	 * warming up the schema. */
	library_search(s, "warm", hits, 20, &n, &err);
	for (; rounds > 0; rounds--)
		for (i = 0; i < N_QUERIES; i++) {
			double t0 = now_s();
			if (library_search(s, queries[i], hits, 20, &n, &err) != 0) {
				fprintf(stderr, "library_bench: %s: %s\n", queries[i], err.msg);
				return 1;
			}
			ms[k++] = (now_s() - t0) * 1000.0;
			if (n == 0)
				empty++;
		}
	qsort(ms, k, sizeof *ms, cmp_double);
	printf("queries=%zu median_ms=%.3f p90_ms=%.3f max_ms=%.3f empty=%zu\n", k,
	       ms[k / 2], ms[k * 9 / 10], ms[k - 1], empty);
	free(ms);
	store_close(s);
	return 0;
}

struct exporter {
	const char *outdir;
	FILE *sql;
	size_t n;
};

static void export_file(struct exporter *x, const char *path)
{
	struct kb_error err = { "" };
	struct kb_article *a;
	char out[4096];
	FILE *f;
	size_t i;

	if (kb_article_load(path, &a, &err) != 0)
		return;
	snprintf(out, sizeof out, "%s/%zu.txt", x->outdir, x->n++);
	if ((f = fopen(out, "wb")) == NULL) {
		perror(out);
		exit(1);
	}
	for (i = 0; i < a->n_lines; i++) {
		if (i > 0)
			fputc('\n', f);
		fputs(a->lines[i], f);
	}
	fclose(f);
	fprintf(x->sql, "INSERT INTO t(name, body) VALUES('%s', CAST(readfile('%s') AS TEXT));\n",
		a->id, out);
	kb_article_free(a);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void export_path(struct exporter *x, const char *path)
{
	struct stat st;
	struct dirent *de;
	char **names = NULL, child[4096];
	size_t n = 0, i;
	DIR *d;

	if (stat(path, &st) != 0)
		return;
	if (S_ISREG(st.st_mode)) {
		export_file(x, path);
		return;
	}
	if (!S_ISDIR(st.st_mode) || (d = opendir(path)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		names = realloc(names, (n + 1) * sizeof *names);
		if (names == NULL || (names[n] = strdup(de->d_name)) == NULL)
			exit(1);
		n++;
	}
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof *names, cmp_names);
	for (i = 0; i < n; i++) {
		snprintf(child, sizeof child, "%s/%s", path, names[i]);
		export_path(x, child);
		free(names[i]);
	}
	free(names);
}

static int cmd_export(int argc, char **argv)
{
	struct exporter x = { argv[0], NULL, 0 };
	int i;

	if ((x.sql = fopen(argv[1], "w")) == NULL) {
		perror(argv[1]);
		return 1;
	}
	fprintf(x.sql, "CREATE VIRTUAL TABLE t USING fts5(name, body);\nBEGIN;\n");
	for (i = 2; i < argc; i++)
		export_path(&x, argv[i]);
	fprintf(x.sql, "COMMIT;\n");
	fclose(x.sql);
	printf("articles=%zu\n", x.n);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 4 && strcmp(argv[1], "index") == 0)
		return cmd_index(argc - 2, argv + 2);
	if (argc >= 3 && strcmp(argv[1], "search") == 0)
		return cmd_search(argc - 2, argv + 2);
	if (argc >= 5 && strcmp(argv[1], "export") == 0)
		return cmd_export(argc - 2, argv + 2);
	fprintf(stderr, "usage: library_bench index DB PATH... | search DB [ROUNDS] |"
		" export OUTDIR SQLFILE PATH...\n");
	return 2;
}
