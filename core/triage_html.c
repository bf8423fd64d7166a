/* triage_html.c: `kbwiz triage --format html`: the machines, the summary
 * and (--cluster) the nodes side by side as one HTML page.  Every string
 * from the evidence is made visible (report_visible) and HTML-escaped;
 * the odd node is marked with a sign as well as a colour. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "kbwiz/strbuf.h"
#include "kbwiz/triage.h"
#include "report_internal.h"

static const char css[] =
	"body{font-family:system-ui,sans-serif;max-width:80em;margin:1em auto;padding:0 1em;color:#1c2128}\n"
	"table{border-collapse:collapse;margin:.5em 0 1.5em}\n"
	"th,td{border:1px solid #c8cdd3;padding:.25em .5em;text-align:left;vertical-align:top}\n"
	"th{background:#eef1f4}code{font-size:.9em}\n"
	".confirmed{color:#a4161a;font-weight:bold}.possible{color:#8a5a00}\n"
	".unreadable{color:#5b6470;font-style:italic}.odd{background:#fde2e1}\n"
	".differs{font-weight:bold}.muted{color:#5b6470}\n";

static void h_text(struct kb_buf *b, const char *s)
{
	report_html_text(b, s, 1);
}

static const char *str(json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static void cell_ids(struct kb_buf *b, json_t *arr)
{
	size_t i;
	json_t *v;

	kb_buf_puts(b, "<td>");
	json_array_foreach(arr, i, v) {
		if (i > 0)
			kb_buf_puts(b, " ");
		h_text(b, json_string_value(v));
	}
	kb_buf_puts(b, "</td>");
}

static void machines(struct kb_buf *b, json_t *lines)
{
	size_t i, j;
	json_t *l, *p;

	kb_buf_puts(b, "<h2>Machines</h2>\n<table><tr><th>verdict</th><th>computer</th><th>Windows</th>"
		    "<th>confirmed</th><th>possible</th><th>machine</th><th>problems</th></tr>\n");
	json_array_foreach(lines, i, l) {
		json_t *m = json_object_get(l, "machine");
		const char *v = triage_line_verdict(l);
		kb_buf_printf(b, "<tr><td class=\"%s\">%s</td><td>", v, v);
		h_text(b, str(m, "computer_name") != NULL ? str(m, "computer_name") : "-");
		kb_buf_puts(b, "</td><td>");
		h_text(b, str(m, "description") != NULL ? str(m, "description") : "-");
		kb_buf_puts(b, "</td>");
		cell_ids(b, json_object_get(l, "confirmed"));
		cell_ids(b, json_object_get(l, "possible"));
		kb_buf_puts(b, "<td><code>");
		h_text(b, str(l, "path"));
		kb_buf_puts(b, "</code></td><td>");
		json_array_foreach(json_object_get(l, "problems"), j, p) {
			if (j > 0)
				kb_buf_puts(b, "<br>");
			h_text(b, str(p, "reason"));
		}
		kb_buf_puts(b, "</td></tr>\n");
	}
	kb_buf_puts(b, "</table>\n");
}

static void summary(struct kb_buf *b, json_t *sum)
{
	json_t *s = json_object_get(sum, "summary"), *bv = json_object_get(s, "by_verdict"), *r;
	static const char *const verdicts[] = { "confirmed", "possible", "cause-not-found", "repaired",
						    "none", "unreadable" };
	size_t i;

	kb_buf_printf(b, "<h2>Summary: %lld machines</h2>\n<table><tr><th>verdict</th><th>machines</th></tr>\n",
		      (long long)json_integer_value(json_object_get(s, "machines")));
	for (i = 0; i < sizeof verdicts / sizeof verdicts[0]; i++)
		kb_buf_printf(b, "<tr><td class=\"%s\">%s</td><td>%lld</td></tr>\n", verdicts[i], verdicts[i],
			      (long long)json_integer_value(json_object_get(bv, verdicts[i])));
	kb_buf_puts(b, "</table>\n<table><tr><th>rule</th><th>confirmed on</th><th>possible on</th></tr>\n");
	json_array_foreach(json_object_get(s, "rules"), i, r) {
		kb_buf_puts(b, "<tr><td>");
		h_text(b, str(r, "id"));
		kb_buf_printf(b, "</td><td>%lld</td><td>%lld</td></tr>\n",
			      (long long)json_integer_value(json_object_get(r, "confirmed")),
			      (long long)json_integer_value(json_object_get(r, "possible")));
	}
	kb_buf_puts(b, "</table>\n");
}

static void cluster(struct kb_buf *b, json_t *cmp)
{
	json_t *cl = json_object_get(cmp, "cluster"), *v, *n;
	size_t i, j;

	kb_buf_printf(b, "<h2>Cluster: %zu nodes side by side</h2>\n<p>%lld of %zu registry values differ; "
		      "&#x2260; marks a node whose value is not the one most compared nodes hold; "
		      "&quot;not checked&quot; is not compared.</p>\n"
		      "<table><tr><th>rule / check</th><th>key \\ value</th>",
		      json_array_size(json_object_get(cl, "nodes")),
		      (long long)json_integer_value(json_object_get(cl, "differing")),
		      json_array_size(json_object_get(cl, "values")));
	json_array_foreach(json_object_get(cl, "nodes"), i, n) {
		if (!json_is_true(json_object_get(n, "compared")))
			continue;
		kb_buf_puts(b, "<th>");
		h_text(b, str(n, "node"));
		kb_buf_puts(b, "</th>");
	}
	kb_buf_puts(b, "</tr>\n");
	json_array_foreach(json_object_get(cl, "values"), i, v) {
		int differs = json_is_true(json_object_get(v, "differs"));
		kb_buf_printf(b, "<tr%s><td>", differs ? " class=\"differs\"" : "");
		h_text(b, str(v, "rule"));
		kb_buf_puts(b, " / ");
		h_text(b, str(v, "check"));
		kb_buf_puts(b, differs ? "<br>differs" : "<br><span class=\"muted\">same</span>");
		kb_buf_puts(b, "</td><td><code>");
		h_text(b, str(v, "key"));
		if (str(v, "value") != NULL) {
			kb_buf_puts(b, " \\ ");
			h_text(b, str(v, "value"));
		}
		kb_buf_puts(b, "</code></td>");
		json_array_foreach(json_object_get(v, "nodes"), j, n) {
			int odd = json_is_true(json_object_get(n, "odd"));
			kb_buf_printf(b, "<td%s>%s", odd ? " class=\"odd\"" : "", odd ? "&#x2260; " : "");
			h_text(b, str(n, "status"));
			kb_buf_puts(b, ": ");
			h_text(b, str(n, "found") != NULL ? str(n, "found") : "-");
			kb_buf_puts(b, "</td>");
		}
		kb_buf_puts(b, "</tr>\n");
	}
	kb_buf_puts(b, "</table>\n");
}

int triage_write_html(json_t *lines, json_t *sum, json_t *cmp, struct kb_buf *b)
{
	kb_buf_printf(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
		      "<title>kbwiz triage: %zu machines</title>\n<style>\n%s</style></head><body>\n"
		      "<h1>kbwiz triage: %zu machines</h1>\n", json_array_size(lines), css,
		      json_array_size(lines));
	summary(b, sum);
	if (cmp != NULL)
		cluster(b, cmp);
	machines(b, lines);
	kb_buf_printf(b, "<p class=\"muted\">kbwiz %s. Verdicts as <code>kbwiz diagnose</code> gives them; "
		      "the lines as JSON: <code>kbwiz triage --format jsonl</code>.</p>\n</body></html>\n",
		      KBWIZ_VERSION);
	return b->oom ? KB_ENOMEM : 0;
}
