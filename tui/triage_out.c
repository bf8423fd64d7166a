/* triage_out.c: `kbwiz triage`'s outputs: JSON Lines, CSV, a table, the
 * summary and the cluster comparison.  Untrusted text (names and paths
 * from the evidence) goes through cli_put or the CSV quoting. */
#include <stdlib.h>
#include <string.h>

#include "kbwiz/report.h"
#include "triage_out.h"

void triage_print_jsonl(FILE *f, json_t *o)
{
	/* JSON_ENSURE_ASCII: a line stays one line and plain bytes
	 * whatever the evidence held. */
	char *text = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII | JSON_PRESERVE_ORDER);

	if (text != NULL)
		fprintf(f, "%s\n", text);
	free(text);
}

static const char *str_at(json_t *o, const char *k1, const char *k2)
{
	json_t *v = json_object_get(o, k1);

	if (k2 != NULL)
		v = json_object_get(v, k2);
	return json_string_value(v);
}

/* The ids of an array joined with sep, malloc'd. */
static char *join_ids(json_t *arr, const char *sep)
{
	size_t i, len = 1;
	json_t *v;
	char *s;

	json_array_foreach(arr, i, v)
		len += strlen(json_string_value(v) != NULL ? json_string_value(v) : "") + strlen(sep);
	if ((s = calloc(1, len)) == NULL)
		return NULL;
	json_array_foreach(arr, i, v) {
		if (i > 0)
			strcat(s, sep);
		strcat(s, json_string_value(v) != NULL ? json_string_value(v) : "");
	}
	return s;
}

static void csv_field(FILE *f, const char *s, int last)
{
	char *buf = NULL;
	size_t len = 0, cap = 0;

	if (report_csv_field(&buf, &len, &cap, s) == 0 && buf != NULL)
		fwrite(buf, 1, len, f);
	free(buf);
	fputs(last ? "\r\n" : ",", f);
}

void triage_print_csv_header(FILE *f)
{
	fputs("path,computer_name,windows,verdict,confirmed,possible,problems\r\n", f);
}

static char *problems_text(json_t *line)
{
	json_t *p, *reasons = json_array();
	size_t i;
	char *s;

	json_array_foreach(json_object_get(line, "problems"), i, p)
		json_array_append(reasons, json_object_get(p, "reason"));
	s = join_ids(reasons, "; ");
	json_decref(reasons);
	return s;
}

void triage_print_csv_row(FILE *f, json_t *line)
{
	char *conf = join_ids(json_object_get(line, "confirmed"), " ");
	char *poss = join_ids(json_object_get(line, "possible"), " ");
	char *probs = problems_text(line);

	csv_field(f, str_at(line, "path", NULL), 0);
	csv_field(f, str_at(line, "machine", "computer_name"), 0);
	csv_field(f, str_at(line, "machine", "description"), 0);
	csv_field(f, triage_line_verdict(line), 0);
	csv_field(f, conf, 0);
	csv_field(f, poss, 0);
	csv_field(f, probs, 1);
	free(conf);
	free(poss);
	free(probs);
}

void triage_print_table_header(FILE *f)
{
	fprintf(f, "%-15s  %-15s  %-24s  %s\n", "VERDICT", "COMPUTER", "RULES", "MACHINE");
}

/* s made visible, cut to cols (a cut ends in "~"), padded when pad. */
static void fit(FILE *f, const char *s, int cols, int pad)
{
	char buf[256];
	size_t n;

	if (s == NULL)
		s = "-";
	snprintf(buf, sizeof buf, "%s", s);
	n = strlen(buf);
	if ((int)n > cols) {
		buf[cols - 1] = '~';
		buf[cols] = '\0';
		n = (size_t)cols;
	}
	cli_put(f, buf);
	if (pad)
		fprintf(f, "%*s", cols - (int)n, "");
}

static void cell(FILE *f, const char *s, int cols)
{
	fit(f, s, cols, 1);
}

void triage_print_table_row(FILE *f, json_t *line)
{
	char *conf = join_ids(json_object_get(line, "confirmed"), " ");
	char *poss = join_ids(json_object_get(line, "possible"), " ");
	char rules[512];
	json_t *p;
	size_t i;

	snprintf(rules, sizeof rules, "%s%s%s%s", conf != NULL ? conf : "",
		 poss != NULL && poss[0] != '\0' ? (conf != NULL && conf[0] != '\0' ? " ?" : "?") : "",
		 poss != NULL ? poss : "", "");
	/* A machine confirmed by the service doctor alone names the service,
	 * so that its verdict is never shown with nothing behind it. */
	if (rules[0] == '\0') {
		json_array_foreach(json_object_get(line, "services"), i, p) {
			const char *v = str_at(p, "verdict", NULL);
			if (v != NULL && strcmp(v, "confirmed") == 0 && str_at(p, "service", NULL) != NULL) {
				snprintf(rules, sizeof rules, "service %s", str_at(p, "service", NULL));
				break;
			}
		}
	}
	cell(f, triage_line_verdict(line), 15);  /* "cause-not-found" */
	fputs("  ", f);
	cell(f, str_at(line, "machine", "computer_name"), 15);
	fputs("  ", f);
	cell(f, rules[0] != '\0' ? rules : "-", 24);
	fputs("  ", f);
	cli_put(f, str_at(line, "path", NULL));
	fputc('\n', f);
	json_array_foreach(json_object_get(line, "problems"), i, p) {
		fputs("            problem: ", f);
		cli_put_wrapped(f, str_at(p, "reason", NULL), 21, 79);
		fputc('\n', f);
	}
	free(conf);
	free(poss);
}

void triage_print_summary(FILE *f, json_t *summary)
{
	json_t *s = json_object_get(summary, "summary"), *bv = json_object_get(s, "by_verdict");
	json_t *r;
	size_t i;

	fprintf(f, "\nSummary: %lld machine%s\n", (long long)json_integer_value(json_object_get(s, "machines")),
		json_integer_value(json_object_get(s, "machines")) == 1 ? "" : "s");
	fprintf(f, "  confirmed        %lld\n  possible         %lld\n  cause not found  %lld\n"
		"  repaired         %lld\n  none             %lld\n  unreadable       %lld\n",
		(long long)json_integer_value(json_object_get(bv, "confirmed")),
		(long long)json_integer_value(json_object_get(bv, "possible")),
		(long long)json_integer_value(json_object_get(bv, "cause-not-found")),
		(long long)json_integer_value(json_object_get(bv, "repaired")),
		(long long)json_integer_value(json_object_get(bv, "none")),
		(long long)json_integer_value(json_object_get(bv, "unreadable")));
	if (json_array_size(json_object_get(s, "rules")) == 0)
		return;
	fprintf(f, "Rules by machines: %-12s %9s %9s\n", "", "confirmed", "possible");
	json_array_foreach(json_object_get(s, "rules"), i, r) {
		fputs("  ", f);
		cell(f, str_at(r, "id", NULL), 29);
		fprintf(f, " %9lld %9lld\n", (long long)json_integer_value(json_object_get(r, "confirmed")),
			(long long)json_integer_value(json_object_get(r, "possible")));
	}
	fputs("  (RULES: confirmed ids, then '?' and possible ones)\n", f);
}

/* One value: its rule and check, key and value, then a line per node,
 * each cut to 80 columns (the whole text: --format jsonl). */
static void print_cluster_value(FILE *f, json_t *v, int differs)
{
	char key[256];
	json_t *n;
	size_t j;
	const char *rule = str_at(v, "rule", NULL), *check = str_at(v, "check", NULL);
	const char *k = str_at(v, "key", NULL), *value = str_at(v, "value", NULL);

	fprintf(f, "%s ", differs ? "DIFFERS" : "same   ");
	snprintf(key, sizeof key, "%s/%s", rule != NULL ? rule : "-", check != NULL ? check : "-");
	fit(f, key, 72, 0);
	fputs("\n  ", f);
	snprintf(key, sizeof key, "%s%s%s", k != NULL ? k : "-", value != NULL ? " \\ " : "",
		 value != NULL ? value : "");
	fit(f, key, 78, 0);
	fputc('\n', f);
	json_array_foreach(json_object_get(v, "nodes"), j, n) {
		/* 4 + 2 + 15 + 1 + 11 + 1 columns before the value. */
		fprintf(f, "    %s ", json_is_true(json_object_get(n, "odd")) ? "*" : " ");
		cell(f, str_at(n, "node", NULL), 15);
		fprintf(f, " %-11s ", str_at(n, "status", NULL));
		if (!json_is_true(json_object_get(n, "compared")))
			fit(f, "(not compared)", 46, 0);
		else
			fit(f, str_at(n, "found", NULL), 46, 0);
		fputc('\n', f);
	}
}

void triage_print_cluster(FILE *f, json_t *nodes, int all)
{
	json_t *cmp = triage_cluster_compare(nodes), *cl = json_object_get(cmp, "cluster"), *v, *n;
	size_t i, n_values, n_nodes = 0;
	long long differing;

	if (cmp == NULL) {
		cli_error("out of memory");
		return;
	}
	json_array_foreach(json_object_get(cl, "nodes"), i, n) {
		if (json_is_true(json_object_get(n, "compared"))) {
			n_nodes++;
			continue;
		}
		fputs("\nCluster: not compared (unreadable): ", f);
		cli_put(f, str_at(n, "path", NULL));
	}
	n_values = json_array_size(json_object_get(cl, "values"));
	differing = (long long)json_integer_value(json_object_get(cl, "differing"));
	fprintf(f, "\nCluster: %zu nodes, %lld of %zu registry values differ\n", n_nodes, differing,
		n_values);
	fputs("  (only nodes where a value was read are compared; * marks the odd node,\n"
	      "  named only when most nodes hold one value)\n", f);
	if (!all && n_values > (size_t)differing)
		fprintf(f, "  %lld the same on every node not listed (--all lists them)\n",
			(long long)n_values - differing);
	/* Differing values first: they are what the comparison is for. */
	for (int pass = 0; pass < (all ? 2 : 1); pass++) {
		json_array_foreach(json_object_get(cl, "values"), i, v) {
			int differs = json_is_true(json_object_get(v, "differs"));
			if (differs == (pass == 0))
				print_cluster_value(f, v, differs);
		}
	}
	json_decref(cmp);
}

void triage_print_cluster_jsonl(FILE *f, json_t *nodes)
{
	json_t *cmp = triage_cluster_compare(nodes);

	if (cmp == NULL) {
		cli_error("out of memory");
		return;
	}
	triage_print_jsonl(f, cmp);
	json_decref(cmp);
}
