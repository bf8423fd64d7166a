/* cmd_log.c: `kbwiz log`: a cluster log or other text log around a line,
 * or the lines holding a text with a few lines of context, as the wizard's
 * context view shows them (core/logview.c).  Log text is untrusted: made
 * visible in the table, escaped in JSON. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli.h"
#include "kbwiz/json_text.h"
#include "kbwiz/logview.h"
#include "kbwiz/sanitize.h"
#include "kbwiz/strbuf.h"
#include "kbwiz/strutil.h"
#include "textfit.h"

/* The table's lines wrap at this many columns, continuation rows
 * indented under the text. */
#define LOG_WIDTH 80

struct log_args {
	const char *file, *grep;
	uint64_t line;          /* 0: not given (--line 0 is refused) */
	size_t context;
	int context_given;
	size_t max_hits;
	int backward, json, line_given;
};

static const char *encoding_name(enum text_encoding e)
{
	return e == ENC_UTF16LE_BOM ? "utf-16le" : e == ENC_UTF8_BOM ? "utf-8 with BOM" : "utf-8";
}

/* One shown line, for the table or JSON. */
static void put_line(struct kb_buf *b, json_t *arr, const struct logview_line *l, int mark,
		     int width, int ascii)
{
	if (arr != NULL) {
		json_t *o = json_object();
		struct kb_buf t = KB_BUF_INIT;
		size_t i;
		/* NUL bytes would end the JSON string early. */
		for (i = 0; i < l->len; i++)
			if (l->text[i] == '\0')
				kb_buf_puts(&t, "\xEF\xBF\xBD");
			else
				kb_buf_putc(&t, l->text[i]);
		json_object_set_new(o, "line", json_integer((json_int_t)l->line_no));
		json_object_set_new(o, "text", kb_json_text(kb_buf_str(&t)));
		json_object_set_new(o, "cut", json_boolean(l->cut));
		json_object_set_new(o, "bytes", json_integer((json_int_t)l->full_len));
		json_object_set_new(o, "hit", json_boolean(mark));
		json_array_append_new(arr, o);
		kb_buf_free(&t);
		return;
	}
	{
		/* Made visible first, then wrapped, so that an escape's
		 * visible form takes the columns it shows in. */
		char *safe = kb_sanitize(l->text, l->len, ascii), *text = safe;
		int indent = 1 + width + 2, avail = LOG_WIDTH - indent;
		size_t pos = 0, n, end, next;

		if (safe != NULL && l->cut)
			text = kb_strdup_printf("%s [... %llu more bytes not shown]", safe,
						(unsigned long long)(l->full_len - l->len));
		if (text == NULL) {
			b->oom = 1;
			free(safe);
			return;
		}
		if (avail < 20)
			avail = 20;
		kb_buf_printf(b, "%c%*llu  ", mark ? '>' : ' ', width, (unsigned long long)l->line_no);
		n = strlen(text);
		do {
			end = tf_wrap_row(text, n, pos, avail, &next);
			if (pos > 0)
				kb_buf_printf(b, "%*s", indent, "");
			kb_buf_add(b, text + pos, end - pos);
			kb_buf_putc(b, '\n');
			pos = next;
		} while (pos < n);
		if (text != safe)
			free(text);
		free(safe);
	}
}

static int show_window(struct logview *lv, uint64_t first, uint64_t last, uint64_t mark,
		       struct kb_buf *b, json_t *arr, int width, int ascii, struct kb_error *err)
{
	struct logview_window w;
	size_t i;
	int rc;

	rc = logview_read(lv, first, (size_t)(last - first + 1), &w, err);
	if (rc != 0)
		return rc;
	for (i = 0; i < w.n; i++)
		put_line(b, arr, &w.lines[i], w.lines[i].line_no == mark, width, ascii);
	logview_window_clear(&w);
	return 0;
}

static int parse_u64(const char *s, uint64_t *out)
{
	char *end;
	unsigned long long v;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0 || *end != '\0')
		return -1;
	*out = v;
	return 0;
}

static int parse_args(int argc, char **argv, struct log_args *a)
{
	const char *format = "table";
	uint64_t v;
	int i;

	for (i = 1; i < argc; i++) {
		const char *o = argv[i];
		if (o[0] != '-' || strcmp(o, "-") == 0) {
			if (a->file != NULL) {
				cli_error("log: one file at a time ('%s' and '%s')", a->file, o);
				return EXIT_USAGE;
			}
			a->file = o;
			continue;
		}
		if (strcmp(o, "--backward") == 0) {
			a->backward = 1;
			continue;
		}
		if (i + 1 >= argc) {
			cli_error("%s: unknown, or needs a value (see kbwiz log --help)", o);
			return EXIT_USAGE;
		}
		if (strcmp(o, "--grep") == 0) {
			a->grep = argv[++i];
			continue;
		}
		if (strcmp(o, "--format") == 0) {
			format = argv[++i];
			continue;
		}
		if (strcmp(o, "--line") != 0 && strcmp(o, "--context") != 0 &&
		    strcmp(o, "--max") != 0) {
			cli_error("unknown log option '%s'", o);
			return EXIT_USAGE;
		}
		if (parse_u64(argv[++i], &v) != 0 || v > 1000000000ULL) {
			cli_error("%s: not a number: %s", o, argv[i]);
			return EXIT_USAGE;
		}
		if (strcmp(o, "--line") == 0) {
			a->line = v;
			a->line_given = 1;
		}
		else if (strcmp(o, "--context") == 0) {
			a->context = (size_t)(v > 10000 ? 10000 : v);
			a->context_given = 1;
		} else
			a->max_hits = (size_t)v;
	}
	if (strcmp(format, "json") == 0)
		a->json = 1;
	else if (strcmp(format, "table") != 0 && strcmp(format, "text") != 0) {
		cli_error("unknown format '%s': table or json", format);
		return EXIT_USAGE;
	}
	if (a->file == NULL) {
		cli_error("log: give the log file (kbwiz log FILE [--line N] [--grep TEXT])");
		return EXIT_USAGE;
	}
	if (a->grep != NULL && (a->grep[0] == '\0' || strlen(a->grep) > LOGVIEW_SEARCH_MAX)) {
		cli_error("--grep: give a text of 1 to %d bytes", LOGVIEW_SEARCH_MAX);
		return EXIT_USAGE;
	}
	if (a->line_given && a->line == 0) {
		cli_error("--line 0: lines are numbered from 1");
		return EXIT_USAGE;
	}
	if (a->backward && a->grep == NULL) {
		cli_error("--backward searches back with --grep TEXT (from --line N, or from the end)");
		return EXIT_USAGE;
	}
	if (!a->context_given)
		a->context = a->grep != NULL ? 0 : 5;
	return 0;
}

/* --grep: each hit with its context; windows that touch are merged, and
 * "--" separates the others, as grep does. */
static int show_hits(struct logview *lv, const struct log_args *a, struct kb_buf *b,
		     json_t *hits, int width, int ascii, size_t *n_hits, struct kb_error *err)
{
	uint64_t from = a->line, found = 0, shown_to = 0, total = logview_line_count(lv);
	int rc;

	if (a->backward && from == 0)
		from = total + 1;
	*n_hits = 0;
	while (a->max_hits == 0 || *n_hits < a->max_hits) {
		uint64_t first, last;
		rc = logview_search(lv, a->grep, from, a->backward, &found, err);
		if (rc == KB_ENOTFOUND)
			break;
		if (rc != 0)
			return rc;
		(*n_hits)++;
		first = found > a->context ? found - a->context : 1;
		last = found + a->context < total ? found + a->context : total;
		if (a->backward || shown_to == 0 || first > shown_to + 1) {
			if (hits == NULL && *n_hits > 1)
				kb_buf_puts(b, "--\n");
		} else {
			first = shown_to + 1;
		}
		if (first <= last) {
			json_t *one = NULL;
			if (hits != NULL) {
				one = json_array();
				json_array_append_new(hits, one);
			}
			if ((rc = show_window(lv, first, last, found, b, one, width, ascii, err)) != 0)
				return rc;
		}
		shown_to = last;
		from = found;
	}
	return 0;
}

static int run_log(struct cli *cli, int argc, char **argv)
{
	struct log_args a;
	struct kb_error err = { "" };
	struct logview *lv = NULL;
	struct kb_buf b = KB_BUF_INIT;
	json_t *doc = NULL, *arr = NULL;
	char digits[32];
	size_t n_hits = 0;
	uint64_t total;
	int rc, code = EXIT_OK, width, searched = 0;

	memset(&a, 0, sizeof a);
	a.max_hits = 50;
	for (rc = 1; rc < argc; rc++)
		if (strcmp(argv[rc], "--help") == 0 || strcmp(argv[rc], "-h") == 0) {
			cli_print_usage(stdout, cmd_log.usage, cmd_log.summary);
			return EXIT_OK;
		}
	if ((rc = parse_args(argc, argv, &a)) != 0)
		return rc;
	/* The same checks, message and exit status as diagnose --log. */
	if ((rc = cli_check_file(a.file)) != 0)
		return rc;
	if ((rc = logview_open(a.file, NULL, NULL, &lv, &err)) != 0) {
		cli_error("%s", err.msg);
		return rc == KB_ENOTFOUND || rc == KB_EIO ? EXIT_IO : cli_exit_code(rc);
	}
	total = logview_line_count(lv);
	width = snprintf(digits, sizeof digits, "%llu", (unsigned long long)total);
	kb_buf_puts(&b, "");
	if (a.json) {
		doc = json_object();
		json_object_set_new(doc, "file", kb_json_text(a.file));
		json_object_set_new(doc, "lines", json_integer((json_int_t)total));
		json_object_set_new(doc, "bytes", json_integer((json_int_t)logview_size_bytes(lv)));
		json_object_set_new(doc, "encoding", json_string(encoding_name(logview_encoding(lv))));
		if (a.grep != NULL)
			json_object_set_new(doc, "grep", kb_json_text(a.grep));
		arr = json_array();
		json_object_set_new(doc, a.grep != NULL ? "hits" : "shown", arr);
	} else {
		char *safe = kb_sanitize_str(a.file, cli->ascii);
		kb_buf_printf(&b, "%s: %llu lines (%s)\n", safe != NULL ? safe : "",
			      (unsigned long long)total, encoding_name(logview_encoding(lv)));
		free(safe);
	}
	if (a.line > total) {
		/* As sed and grep would find nothing there: said, not an
		 * empty listing (nor, with --grep, "no line after"). */
		cli_error("%s: line %llu is past the end (%llu lines)", a.file,
			  (unsigned long long)a.line, (unsigned long long)total);
		code = EXIT_NOTHING;
		rc = 0;
	} else if (a.grep != NULL && a.backward && a.line == 1) {
		cli_error("%s: nothing before line 1, the first line", a.file);
		code = EXIT_NOTHING;
		rc = 0;
	} else if (a.grep != NULL) {
		searched = 1;
		rc = show_hits(lv, &a, &b, arr, width, cli->ascii, &n_hits, &err);
		if (rc == 0 && n_hits == 0)
			code = EXIT_NOTHING;
	} else {
		uint64_t at = a.line != 0 ? a.line : 1;
		uint64_t first = a.line != 0 && at > a.context ? at - a.context : 1;
		uint64_t last = at + a.context < total ? at + a.context : total;
		rc = first <= last ? show_window(lv, first, last, a.line, &b, arr, width, cli->ascii,
						 &err) : 0;
	}
	if (rc != 0) {
		cli_error("%s", err.msg);
		code = cli_exit_code(rc);
		goto out;
	}
	if (doc != NULL) {
		char *s = json_dumps(doc, JSON_INDENT(2));
		if (s == NULL)
			b.oom = 1;
		else
			kb_buf_printf(&b, "%s\n", s);
		free(s);
	} else if (searched && n_hits == 0) {
		if (a.line != 0)
			cli_error("no line %s line %llu holds '%s'", a.backward ? "before" : "after",
				  (unsigned long long)a.line, a.grep);
		else
			cli_error("no line holds '%s'", a.grep);
	}
	if (b.oom) {
		cli_error("out of memory");
		code = EXIT_INTERNAL;
		goto out;
	}
	if (fwrite(b.p, 1, b.len, stdout) != b.len || fflush(stdout) != 0) {
		cli_error("writing the log lines: %s", strerror(errno));
		code = EXIT_IO;
	}
out:
	json_decref(doc);
	kb_buf_free(&b);
	logview_close(lv);
	return code;
}

const struct cli_command cmd_log = {
	"log",
	"kbwiz log FILE [--line N] [--context K] [--grep TEXT [--backward] [--max N]] "
	"[--format table|json]",
	"a cluster or text log around line N (K lines each side, default 5), or the lines "
	"holding TEXT (any case) after line N with K lines of context",
	run_log,
};
