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

/* s made visible, cut to cols (a cut ends in "~"), padded. */
static void cell(FILE *f, const char *s, int cols)
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
	fprintf(f, "%*s", cols - (int)n, "");
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

void triage_print_cluster(FILE *f, json_t *nodes)
{
	json_t *cmp = triage_cluster_compare(nodes), *cl = json_object_get(cmp, "cluster"), *v, *n;
	size_t i, j;

	if (cmp == NULL) {
		cli_error("out of memory");
		return;
	}
	json_array_foreach(json_object_get(cl, "nodes"), i, n) {
		if (json_is_true(json_object_get(n, "compared")))
			continue;
		fputs("\nCluster: not compared (unreadable): ", f);
		cli_put(f, str_at(n, "path", NULL));
	}
	fprintf(f, "\nCluster: %zu nodes, %lld of %zu registry values differ (* marks the odd node)\n",
		json_array_size(json_object_get(cl, "values")) > 0 ?
		json_array_size(json_object_get(json_array_get(json_object_get(cl, "values"), 0), "nodes")) :
		(size_t)0,
		(long long)json_integer_value(json_object_get(cl, "differing")),
		json_array_size(json_object_get(cl, "values")));
	/* Differing values first: they are what the comparison is for. */
	for (int pass = 0; pass < 2; pass++) {
		json_array_foreach(json_object_get(cl, "values"), i, v) {
			int differs = json_is_true(json_object_get(v, "differs"));
			if (differs != (pass == 0))
				continue;
			fprintf(f, "%s %s/%s  ", differs ? "DIFFERS" : "same   ",
				str_at(v, "rule", NULL), str_at(v, "check", NULL));
			cli_put(f, str_at(v, "key", NULL));
			if (str_at(v, "value", NULL) != NULL) {
				fputs(" \\ ", f);
				cli_put(f, str_at(v, "value", NULL));
			}
			fputc('\n', f);
			json_array_foreach(json_object_get(v, "nodes"), j, n) {
				fprintf(f, "    %s ", json_is_true(json_object_get(n, "odd")) ? "*" : " ");
				cell(f, str_at(n, "node", NULL), 15);
				fprintf(f, " %-11s ", str_at(n, "status", NULL));
				cli_put(f, str_at(n, "found", NULL) != NULL ? str_at(n, "found", NULL) : "-");
				fputc('\n', f);
			}
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
